"""Pages printed in two text columns side by side, as pdftotext -layout gives them.

A prefectural or municipal assembly's 会議録 is often printed in two columns of speech. Read
with ``pdftotext -layout``, each line holds the left column's text, a run of spaces, then the
right column's text at the same character column on every line of the page; a ○ label may
open a turn in either column, and a turn goes on from the foot of the left column to the top
of the right one. Read line by line, the right column's text runs into the left column's
sentences and the turns that begin there are lost.

``read`` gives the parser the pages in reading order: each page's left column down, then its
right column, every piece a line under its line's number (its page too), so that points and
unread lines cite the file's own lines; ``fates`` folds the pieces' places back to one place a
line of the file. The front matter above the columns (running across the whole page), the
running head, the page number and the clock lines centred under the columns are left where
they stand.

**Decision — only on strong evidence.** A page is read so only when six lines or more of it
are split at the same character column by a gap with prose on both sides of it (a kana or a
stop on the left, text on the right), and the lines between the first and the last of them
are, nearly all, such lines, left-column lines ending before the gap or right-column lines
starting at it. A column of labels beside a column of speech (``議　　長      ただいまから…``,
the ``-layout`` label column the parser reads in ``speech_column``) is never split here: its
labels have no prose, or are short beside the longest (the median split line's left part must
be 60 % of the longest at least), and more of its lines start at the column with nothing on
their left (the speech going on) than are split. The cheap test is one search of the file's text for six gaps of two
spaces or more between words (a count of double spaces, then a search for the runs of them,
each looked at for text before it: 3.3 ms CPU for the seed ×100 — 53,200 lines, 200 runs —
1.2 ms for the PDF ×100); only then are its pages looked at.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Line, SourceText
from .view import FileView

__all__ = ["read", "fates"]

#: text, a gap of two spaces or more, text: the cheap test (six of them in the file at least)
_GAP = re.compile(r"  +(?=\S)")  # a literal first: searched at C speed
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
#: where text resumes after a gap of two spaces or more
_RESUMES = re.compile(r" {2,}(?=\S)")
#: lines split at one column a page needs, with prose on both sides
_MIN_SPLIT = 6
#: of the non-blank lines between a page's first and last split lines, the share in column form
_IN_FORM = 0.8
#: how far past the page's margin a left column's line may start (a paragraph's indent)
_INDENT = 4
#: where a place beats another when a line's pieces went to several (a piece unread is reported)
_RANK = {f: k for k, f in enumerate(("unread", "point", "narrative", "agenda", "stage", "front", "furniture",
                                     "blank"))}


def read(src: SourceText, view: FileView | None = None) -> tuple[SourceText, list[int] | None]:
    """The file with its two-column pages in reading order, and for each of its lines the index
    of the file's line it came from (None when no page is in two columns: ``src`` unchanged).

    >>> from assembler.model import Line, SourceText
    >>> left = ["○議長（山田君）　開会いた", "します。日程第１を議題と", "いたします。", "○知事（川上君）　お答え",
    ...         "いたします。予算は、来年", "度も同じ額を計上する予定", "でございます。"]
    >>> right = ["○議長（山田君）　北原君。", "○３番（北原君）　再質問を", "いたします。予算の額は十", "分とお考えか。",
    ...          "○議長（山田君）　知事。", "○知事（川上君）　十分と考", ""]
    >>> texts = [(l + " " * (30 - len(l)) + r).rstrip() for l, r in zip(left, right)]
    >>> out, origin = read(SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1))))
    >>> [l.text for l in out.lines][6:9], origin[6:9]
    (['でございます。', '○議長（山田君）　北原君。', '○３番（北原君）　再質問を'], [6, 0, 1])
    """
    if src.format == "docx":
        return src, None  # a Word file's paragraphs: no page's columns
    view = FileView.of(src.lines, view)  # the file's text joined once for every pass (view.py)
    texts, joined = view.texts, view.joined
    if joined.count("  ") < _MIN_SPLIT or not _gaps(joined):
        return src, None
    pages: dict[object, list[int]] = {}
    for k, line in enumerate(src.lines):
        pages.setdefault(line.page, []).append(k)
    order: list[tuple[int, str]] = []
    split = False
    for ks in pages.values():
        region = _columns(texts, ks)
        if region is None:
            order += [(k, texts[k]) for k in ks]
            continue
        split = True
        col, first, last = region
        body = ks[first:last + 1]
        left = [(k, _left(texts[k], col)) for k in body]
        right = [(k, texts[k][col:]) for k in body if texts[k][col:].strip() or not texts[k].strip()]
        order += [(k, texts[k]) for k in ks[:first]] + left + right + [(k, texts[k]) for k in ks[last + 1:]]
    if not split:
        return src, None
    lines = tuple(Line(text, src.lines[k].number, src.lines[k].page, src.lines[k].cue) for k, text in order)
    return SourceText(src.file, lines, src.encoding, src.format), [k for k, _t in order]


def _gaps(joined: str) -> bool:
    """Six gaps at least between words (a run of two spaces or more with text on both sides)."""
    found = 0
    for m in _GAP.finditer(joined):
        if m.start() and joined[m.start() - 1] not in " \n":
            found += 1
            if found >= _MIN_SPLIT:
                return True
    return False


def fates(fate: list[str], origin: list[int], n: int) -> list[str]:
    """The place of each of the file's ``n`` lines, from its pieces' places (``read``): a piece
    unread first (it is reported), then a point, narrative, agenda … a blank last."""
    out = ["blank"] * n
    seen = [False] * n
    for f, k in zip(fate, origin):
        if not seen[k] or _RANK[f] < _RANK[out[k]]:
            out[k] = f
            seen[k] = True
    return out


def _left(text: str, col: int) -> str:
    return text[:col].rstrip() if len(text) > col else text.rstrip()


def _split_at(text: str, col: int, prose: bool = True) -> bool:
    """Text on both sides of a gap that ends at ``col`` (``prose``: a kana on the left — the
    evidence that the page is in columns; once it is, any line split there is)."""
    if len(text) <= col or text[col - 1] != " " or not text[col:].strip():
        return False
    left = text[:col].rstrip()
    # a gap of two spaces or more; of one when the right column's text starts at the column
    return bool(left.strip()) and (col - len(left) >= 2 or text[col] != " ") and (
        not prose or _KANA.search(left) is not None)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _in_form(text: str, col: int, margin: int = 0) -> bool:
    """A line of the two columns: split at ``col``, left only (from the page's ``margin``,
    ending before the gap) or right only (from ``col``)."""
    if not text.strip():
        return True
    if len(text.rstrip()) < col - 1:
        return _indent(text) < margin + _INDENT
    return text[col - 1] == " " and (text[:col].strip() == "" or _split_at(text, col, prose=False))


def _column(texts: list[str], ks: list[int]) -> int | None:
    """The character column where most of the page's lines resume after a gap, with a kana on
    both sides (a right column's paragraph indented by a character or two starts past it: the
    column is the least start near the most frequent)."""
    starts: Counter[int] = Counter()
    for k in ks:
        t = texts[k]
        if "  " not in t:
            continue
        for m in _RESUMES.finditer(t):
            if m.start() and _KANA.search(t, 0, m.start()) and _KANA.search(t, m.end()):
                starts[m.end()] += 1
    if not starts:
        return None
    best = max(starts, key=lambda c: sum(starts[c + d] for d in (0, 1, 2, 3)))
    return min((c for c in range(best - 2, best + 1) if starts[c]), default=best)


def _full_left(texts: list[str], ks: list[int], at: list[int], col: int) -> bool:
    """The left column is text, not labels: most of its split lines fill it (a label column's
    labels are short, whatever their kana: まちづくり課長), and fewer lines of the page start at
    the column with nothing on their left than are split (a label column's speech goes on so)."""
    widths = sorted(len(texts[ks[p]][:col].strip()) for p in at)
    alone = sum(1 for k in ks if texts[k][:col].strip() == "" and texts[k][col:].strip())
    return widths[len(widths) // 2] >= 0.6 * widths[-1] and alone < len(at)


def _columns(texts: list[str], ks: list[int]) -> tuple[int, int, int] | None:
    """The column the page's right column starts at and the first and last of its lines (as
    positions in ``ks``) in two-column form, or None: see the module's decision."""
    col = _column(texts, ks)
    if col is None:
        return None
    at = [p for p, k in enumerate(ks) if _split_at(texts[k], col)]
    if len(at) < _MIN_SPLIT or not _full_left(texts, ks, at, col):
        return None
    first, last = at[0], at[-1]
    margin = min(_indent(texts[ks[p]]) for p in at)
    for p in range(last + 1, len(ks)):
        # the left column's last lines, or the right column's, below the last split one (a blank
        # line between them); a line centred under the columns (散会, the page number) ends them
        if not texts[ks[p]].strip():
            continue
        if not _in_form(texts[ks[p]], col, margin):
            break
        last = p
    lines = [texts[k] for k in ks[first:last + 1] if texts[k].strip()]
    if sum(1 for t in lines if _in_form(t, col, margin)) < _IN_FORM * len(lines):
        return None
    return col, first, last
