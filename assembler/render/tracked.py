"""The change view: the previous build's body against this build's, as tracked changes.

The draft body is laid out as a list of ``Block``s (a paragraph, an entry, an appendix row…)
before any XML is written; the project keeps each build's blocks in its manifest. The next
build aligns the previous blocks with its own and marks the difference, so that *Accept
All* gives this build and *Reject All* gives the previous one — counts in lead sentences,
the cover date and meeting list, the change summary and appendix rows included.

Paragraph marks: a run of inserted paragraphs marks the paragraph mark *before* it when that
paragraph has the same formatting as the run's last (an entry after an entry), so that the
paragraph after the run (a heading, the section break before the landscape appendix) is
never inside the change: LibreOffice joins paragraphs keeping the first one's formatting,
Word keeps the last one's, and this way both give back the same paragraphs. Otherwise each
inserted paragraph marks its own mark. Deleted runs are handled the same way.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from assembler.render.ooxml import split_marked

EQUAL, MODIFIED, INSERTED, DELETED = "eq", "mod", "ins", "del"


@dataclass(frozen=True)
class Block:
    """One piece of the body, as it reads (tracked-change markers already removed).

    ``kind``: ``p`` (a paragraph), ``entry`` (a cited point: parts = text, citation),
    ``toc`` (the TOC field), ``sect`` (the break before the appendix), ``table`` (the
    appendix table's start and header: parts = labels), ``row`` (parts = cells),
    ``end`` (the table's end). ``style`` is a style key of styles.SPECS.
    """

    kind: str
    style: str
    parts: tuple[str, ...] = ()
    anchor: str | None = None
    page_break: bool = False
    before: int | None = None
    new: bool = False  # marked as new by the Draft itself (builds without a previous body)
    comments: tuple[str, ...] = ()  # Word comments (doubts): not part of the change view

    def key(self) -> tuple[str, str, tuple[str, ...], bool, int | None]:
        return (self.kind, self.style, self.parts, self.page_break, self.before)

    def shape(self) -> tuple[str, str, str | None, bool, int | None]:
        """What must be equal for two blocks to be one block changed in place."""
        return (self.kind, self.style, self.anchor, self.page_break, self.before)

    def plain(self) -> "Block":
        """The block as it reads with every change accepted (ins markers dropped)."""
        parts = tuple("".join(piece for piece, _ in split_marked(p)) for p in self.parts)
        return Block(self.kind, self.style, parts, self.anchor, self.page_break, self.before,
                     comments=self.comments)

    def to_json(self) -> list[object]:
        return [self.kind, self.style, list(self.parts), self.anchor, self.page_break, self.before]

    @classmethod
    def from_json(cls, data: list[Any]) -> "Block":  # Any: a manifest's JSON, read as written
        kind, style, parts, anchor, page_break, before = data
        return cls(kind, style, tuple(parts), anchor, bool(page_break), before)


@dataclass(frozen=True)
class Op:
    """One block of the change view: what happened to it, and to its paragraph mark."""

    op: str                 # eq | mod | ins | del
    block: Block            # the block shown (the old one for del)
    old: Block | None = None  # for mod: the previous block
    mark: str | None = None   # ins | del: the paragraph mark is tracked


def diff_blocks(old: list[Block], new: list[Block]) -> list[Op]:
    """The change view of ``new`` against ``old``, in document order."""
    ops: list[Op] = []
    a, b = [x.key() for x in old], [x.key() for x in new]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.extend(Op(EQUAL, x) for x in new[j1:j2])
        elif tag == "delete":
            ops.extend(Op(DELETED, x) for x in old[i1:i2])
        elif tag == "insert":
            ops.extend(Op(INSERTED, x) for x in new[j1:j2])
        else:
            ops.extend(_pair(old[i1:i2], new[j1:j2]))
    return _place_marks(ops)


def _pair(old: list[Block], new: list[Block]) -> list[Op]:
    """Within a replaced stretch, blocks of the same shape are one block changed in place."""
    out: list[Op] = []
    sa, sb = [x.shape() for x in old], [x.shape() for x in new]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend(Op(MODIFIED, y, old=x) for x, y in zip(old[i1:i2], new[j1:j2]))
        else:
            out.extend(Op(DELETED, x) for x in old[i1:i2])
            out.extend(Op(INSERTED, y) for y in new[j1:j2])
    return out


_MARKED = ("p", "entry")


def _place_marks(ops: list[Op]) -> list[Op]:
    """Set which paragraph marks are tracked for each run of inserted or deleted paragraphs."""
    marks: list[str | None] = [None] * len(ops)
    i = 0
    while i < len(ops):
        op = ops[i].op
        if op not in (INSERTED, DELETED) or ops[i].block.kind not in _MARKED:
            i += 1
            continue
        j = i
        while j + 1 < len(ops) and ops[j + 1].op == op and ops[j + 1].block.kind in _MARKED:
            j += 1
        before = ops[i - 1] if i else None
        if (before is not None and before.op in (EQUAL, MODIFIED) and marks[i - 1] is None
                and before.block.kind in _MARKED and before.block.style == ops[j].block.style
                and not ops[j].block.page_break and not before.block.page_break
                and before.block.before == ops[j].block.before):
            marks[i - 1] = op
            for k in range(i, j):
                marks[k] = op
        else:
            for k in range(i, j + 1):
                marks[k] = op
        i = j + 1
    return [Op(o.op, o.block, o.old, m) for o, m in zip(ops, marks)]


_TOKEN = re.compile(r"[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]+|.", re.S)


def char_diff(old: str, new: str) -> list[tuple[str, str | None]]:
    """(text, None | 'ins' | 'del') pieces turning ``old`` into ``new``; numbers and Latin
    words change as a whole (15→19, not 1 then 5→9).

    >>> char_diff("15件の意見", "19件の意見")
    [('15', 'del'), ('19', 'ins'), ('件の意見', None)]
    >>> char_diff("〔第２回〕", "〔第２回・第３回〕")
    [('〔第２回', None), ('・第３回', 'ins'), ('〕', None)]
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[tuple[str, str | None]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("".join(b[j1:j2]), None))
            continue
        if i2 > i1:
            out.append(("".join(a[i1:i2]), DELETED))
        if j2 > j1:
            out.append(("".join(b[j1:j2]), INSERTED))
    return out
