"""A table of opinions and answers whose columns plain pdftotext gave one after another.

A record typed in Word as a table ``発言者 | 発言要旨 | 事務局の回答・対応`` (``heads.answered_columns``: the speaker's
cell, the remark, the answer of the one the heading names) printed to PDF comes out of plain ``pdftotext`` (no
``-layout``) column by column: the headings on lines of their own, the speakers' cells (the post over the name,
a bracketed name broken where its space stood: ``（長尾`` … ``慎也）``), the remarks, the answers, in blocks
parted by blank lines. Read as they stand, the cells are a list of names and the words nobody's.

``read_answered_cells`` pairs them only when their order can be told: each column one flow — the remarks one
block of words before the answer's heading, the answers one block after it (以上 and a closing time no one's), the
cells one block (a block of a bracket's closing pieces aside: ``慎也）`` / ``恵）``): pdftotext gives a flow's lines
top to bottom, but of several blocks it may give a later row's before an earlier one's, and nothing in the text
tells (a record written apart gave row 3's remark after row 5's); the rows in each column (a row ends at a
line that ends a sentence and falls short of the column's widest line, or ends its block with a sentence's end;
``―`` alone an answer of its own, no answer) and the cells (a post, wrapped or not, closed by the name under it; a
bracket opened under a post and closed by the next closing piece in order) come to one count, three at least.
Then the k-th cell speaks the k-th remark, and the one the heading names the k-th answer (``―``: no turn), the
rows given in that order; the headings, cells' lines and the page's furniture are the table's (cue ``field``).
Otherwise — a block that ends inside a sentence, a column whose blocks come among the other's (pdftotext put a
row's answer after the next remark), counts that differ — nothing is guessed: every line of the table is
unread (cue ``apart``), and the file is refused when no other speaker stands in it.

**Gate** — a speaker column's heading alone on a line (``発言者``): a file without one pays one pass of
``str.strip`` over its lines.
"""
from __future__ import annotations

from operator import attrgetter

from ..model import Line, SourceText
from ..text import is_page_number
from .heads import ANSWER_HEAD, ANSWERER_HEADS, ASK_HEAD, NO_ANSWER, REMARK_HEADS, ROW_ENDS as _ENDS, SPEAKER_HEADS
from .numbercells import NUMBER_HEADS
from .qatext import WHOLE_BRACKET, cell_label, person_name, post_over_name

__all__ = ["read_answered_cells", "gate"]

_SPEAKER_HEADS = frozenset(SPEAKER_HEADS)
#: the words after the table (以上): no row's
_END_WORDS = frozenset(("以上", "以 上"))
_LEAST_ROWS = 3
#: a speaker's cell's piece: short, no sentence
_PIECE = 12


def gate(lines: tuple[Line, ...] | list[Line]) -> bool:
    """The text has a speaker column's heading alone on a line (the cheap test before the reader)."""
    return not _SPEAKER_HEADS.isdisjoint(map(str.strip, map(attrgetter("text"), lines)))


def read_answered_cells(src: SourceText) -> SourceText | None:
    """The text with its table's rows given their speakers (see the module), or None when the text has no
    such table."""
    if src.format != "txt" or not gate(src.lines):
        return None
    texts = [line.text.strip() for line in src.lines]
    heads = _headings(texts)
    if heads is None:
        return None
    table = _Table(texts, *heads)
    return SourceText(file=src.file, lines=tuple(table.read(list(src.lines))), encoding=src.encoding,
                      format=src.format, readings=src.readings)


def _headings(texts: list[str]) -> tuple[int, int, int, str] | None:
    """The speaker's heading line, the remark's after it, the answer's after that and who answers; None when
    the text has no such headings (or names who answers in a column of its own: 答弁者, another reader's)."""
    if any(t in ANSWERER_HEADS for t in texts):
        return None
    s = next((k for k, t in enumerate(texts) if t in _SPEAKER_HEADS), None)
    if s is None:
        return None
    r = next((k for k in range(s + 1, len(texts)) if texts[k] in REMARK_HEADS or ASK_HEAD.match(texts[k])), None)
    if r is None:
        return None
    a = next((k for k in range(r + 1, len(texts)) if ANSWER_HEAD.match(texts[k])), None)
    if a is None:
        return None
    m = ANSWER_HEAD.match(texts[a])
    assert m is not None
    return s, r, a, m["who"] or m["who2"] or "事務局"


class _Table:
    """The table's cells, rows of remarks and answers, and whether they pair."""

    def __init__(self, texts: list[str], s: int, r: int, a: int, who: str) -> None:
        self.texts = texts
        self.who = who
        self.start = s
        self.furniture, self.closing = _aside(texts, s, {texts[s], texts[r], texts[a]})
        blocks = self.blocks()
        said = [b for b in blocks if any(_said(texts[k]) for k in b)]
        self.remarks = self.rows([b for b in said if b[0] < a])
        self.answers = self.rows([b for b in said if b[0] > a])
        self.cells, self.strays = _cells(texts, [k for b in blocks if b not in said for k in b])
        self.paired = self.pairs(blocks, said, a)
        self.last = max((k for b in blocks for k in b), default=s)

    def pairs(self, blocks: list[list[int]], said: list[list[int]], a: int) -> bool:
        """The rows pair: each column one flow (one block: pdftotext read it top to bottom, its rows in the
        table's order — of several blocks it may give a later row's before an earlier one's, and nothing in the
        text tells; a block of a bracket's closing pieces aside) and one count, three at least."""
        if self.remarks is None or self.answers is None:
            return False
        counts = {len(self.cells), len(self.remarks), len(self.answers)}
        opened = {piece[0] for cell in self.cells for piece in cell}
        flows = (sum(1 for b in said if b[0] < a), sum(1 for b in said if b[0] > a),
                 sum(1 for b in blocks if opened.intersection(b)))
        return len(counts) == 1 and min(counts) >= _LEAST_ROWS and flows == (1, 1, 1)

    def blocks(self) -> list[list[int]]:
        """The table's runs of lines (no blank line between), its furniture and closing lines left out."""
        out: list[list[int]] = [[]]
        for k in range(self.start, len(self.texts)):
            if not self.texts[k]:
                out.append([])
            elif k not in self.furniture and k not in self.closing:
                out[-1].append(k)
        return [b for b in out if b]

    def rows(self, blocks: list[list[int]]) -> list[list[int]] | None:
        """A column's rows: a row ends at a line ending a sentence short of the column's widest line, or at a
        block's last line ending one; ``―`` alone a row. None when a block ends inside a sentence."""
        texts = self.texts
        width = max((len(texts[k]) for b in blocks for k in b), default=0)
        rows: list[list[int]] = []
        for block in blocks:
            row: list[int] = []
            for k in block:
                if texts[k] in NO_ANSWER and not row:
                    rows.append([k])
                    continue
                row.append(k)
                if texts[k].endswith(_ENDS) and (len(texts[k]) < width - 1 or k == block[-1]):
                    rows.append(row)
                    row = []
            if row:
                return None  # the block ends inside a sentence: where its row goes on cannot be told
        return rows

    def read(self, lines: list[Line]) -> list[Line]:
        """The lines: before the table as they stand; the table's lines not in a row (cue ``field``: headings,
        cells, the page's furniture; ``apart``: a stray piece), then the rows (``turns``), then 以上 and the
        closing time and the lines after the table as they stand. Unpaired: the table's lines ``apart``."""
        texts = self.texts
        if not self.paired:
            return [*lines[:self.start], *(Line(line.text, line.number, line.page, "apart" if texts[k] else None)
                                           for k, line in enumerate(lines[self.start:self.last + 1], self.start)),
                    *lines[self.last + 1:]]
        assert self.remarks is not None and self.answers is not None
        in_rows = {k for row in [*self.remarks, *self.answers] for k in row}
        stray = {k for piece in self.strays for k in piece}
        out = lines[:self.start]
        for k in range(self.start, self.last + 1):
            if k not in in_rows and k not in self.closing:
                cue = None if not texts[k] else "apart" if k in stray else "field"
                out.append(Line(lines[k].text, lines[k].number, lines[k].page, cue))
        out.extend(self.turns(lines))
        out.extend(lines[k] for k in sorted(self.closing) if k <= self.last)  # 以上 wherever pdftotext put it: after
        return [*out, *lines[self.last + 1:]]

    def turns(self, lines: list[Line]) -> list[Line]:
        """Each row's speaker line (``cell_label``) and remark, then the answerer's line and answer (``―``: the
        table's, no turn)."""
        assert self.remarks is not None and self.answers is not None
        out: list[Line] = []
        for cell, remark, answer in zip(self.cells, self.remarks, self.answers):
            top = lines[cell[0][0]]
            out.append(Line(cell_label([self.text(p) for p in cell]), top.number, top.page, "speaker"))
            out.extend(lines[k] for k in remark)
            first = lines[answer[0]]
            if len(answer) == 1 and self.texts[answer[0]] in NO_ANSWER:
                out.append(Line(first.text, first.number, first.page, "field"))
                continue
            out.append(Line(self.who, first.number, first.page, "speaker"))
            out.extend(lines[k] for k in answer)
        return out

    def text(self, piece: list[int]) -> str:
        return "".join(self.texts[k] for k in piece)


def _aside(texts: list[str], s: int, heads: set[str]) -> tuple[set[int], set[int]]:
    """From line ``s`` on: the table's furniture (the running head, the headings, the page's numbers) and the
    closing lines (以上, the closing time: no cell's, read as they stand, wherever pdftotext put them)."""
    head = next((t for t in texts if t), "")
    furniture = {k for k in range(s, len(texts)) if texts[k] and (
        texts[k] == head or texts[k] in heads or texts[k] in NUMBER_HEADS or is_page_number(texts[k]))}
    closing = {k for k in range(s, len(texts)) if texts[k] in _END_WORDS or WHOLE_BRACKET.match(texts[k]) and any(
        c.isdigit() for c in texts[k])}
    return furniture, closing


def _cells(texts: list[str], pieces: list[int]) -> tuple[list[list[list[int]]], list[list[int]]]:
    """The speakers' cells in order from the cells' lines: a post (its pieces: 産業 / 振興課長) closed by a name
    under it (宮路 光太郎, （浅見 菜穂）) or by a bracket it opens (（長尾) that the next closing piece in order closes
    (慎也）); a post that a new post follows alone. A name with no post above it is a stray (unread)."""
    cells: list[list[list[int]]] = []
    strays: list[list[int]] = []
    post: list[list[int]] = []
    waiting: list[list[list[int]]] = []  # cells whose bracket is open, in order
    for k in pieces:
        t = texts[k]
        if _closes(t):
            if waiting:
                waiting.pop(0)[-1].append(k)
            else:
                strays.append([k])
            continue
        post_text = "".join(texts[j] for p in post for j in p)
        if post and (t.startswith(("（", "(")) and not WHOLE_BRACKET.match(t)):
            cells.append([*post, [k]])
            waiting.append(cells[-1])
            post = []
        elif post and (WHOLE_BRACKET.match(t) or post_over_name([post_text, t])):
            cells.append([*post, [k]])
            post = []
        elif post and not _name(t):
            post.append([k])  # a post wrapped in its cell
        elif _name(t) or len(t) > _PIECE:
            strays.append([k])
        else:
            if post:
                cells.append(post)
            post = [[k]]
    if post:
        cells.append(post)
    return (cells if not waiting else []), strays


def _closes(text: str) -> bool:
    """慎也）: a bracket's close with no opening, the rest of a name broken where its space stood."""
    return text.endswith(("）", ")")) and "（" not in text and "(" not in text and len(text) <= _PIECE


def _name(text: str) -> bool:
    """A person's name alone (宮路 光太郎, 片桐) or in brackets — no post."""
    return bool(WHOLE_BRACKET.match(text)) or person_name(text)


def _said(text: str) -> bool:
    """A line of a row's words: long, or a sentence; ``―`` alone (no answer)."""
    return len(text) > 8 and not text.startswith(("（", "(")) or "。" in text or text in NO_ANSWER
