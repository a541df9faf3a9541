"""A borderless table whose first column is a clock, mostly empty, through pdftotext -layout.

A record typed in Word as a borderless table 時刻 | 発言者 | 発言内容 with no heading row (a
地域公共交通会議's, a 策定委員会's 会議録) prints the clock on some rows only; read with
``pdftotext -layout``, the rows with a clock start at the page's margin (``10:12    委員（運輸支局）
国の…``) and the others with the label column's indent (``         事務局（企画課）   資料１…``),
the speech's wrapped lines further in, and a long label wrapped in its cell
(``         委員（みどり交    運転士の…`` / ``         通）         は、…``). Read as they
stand, the labels are no label at the margin (the parser's ``speech_column`` reading of a
label | speech layout) and a wrapped one is lost to the turn above.

``read`` takes the clock column off: in the table's lines (from the first row to the last line
at the label column's indent or further in) the first ``width`` characters go — a row's clock
becomes a line of its own before it, cued ``lead`` (the clock the row opens, as a 時刻 column of a
table is read: ``ingest.texttable``, the PDF and Word readers), under the row's number — so the
labels stand at the margin and the speech at its column, as a two-column record's do.

**Decision — only on the layout's evidence.** Two rows at least open with a clock at the margin
(``10:02``, ``１０：０２``, ``午前10時02分``) and a gap, their text at one column (the label
column), and three lines at least start at that column with a short label, a gap and text (the
rows without a clock); the label column is 6 to 16 characters in. A clock before a label with one
space (``10:05 佐藤委員``, a transcript's stamp) or a label at the margin is no such column. The
cheap test is one search of the file's text for a clock at a line's start before two spaces.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Line

__all__ = ["read"]

_DIGIT = "0-9０-９"
#: a piece of the clock column's cell at a line's start: a clock or the part of one its narrow
#: cell wrapped (``１５：０`` / ``０``), then the gap to the next column
_PIECE = re.compile(rf"[{_DIGIT}午][{_DIGIT}:：時分午前後]{{0,7}}(?= {{2,}}\S)")
#: a whole clock (the cell's pieces joined): 10:02, １０：０２, 午前10時02分, 10時
_CLOCK = re.compile(rf"(?:午[前後])?[{_DIGIT}]{{1,2}}(?:[:：][{_DIGIT}]{{2}}|時(?:[{_DIGIT}]{{1,2}}分)?)")
#: the cheap test: a line opening with such a piece
_PIECE_AT = rf"[{_DIGIT}午][{_DIGIT}:：時分午前後]{{0,7}}  "
# the first line by match(), the others after a literal \n (the engine's fast scan for it; an
# alternation (?:^|\n) first is tried at every position of the file)
_FIRST_PIECE = re.compile(_PIECE_AT)
_ANY_PIECE = re.compile("\n" + _PIECE_AT)
#: a row without a clock: the label column's indent, a short label, a gap, text
_LABEL_ROW = re.compile(r" +(?P<label>[^\s\u3000]{1,12}(?:[ \u3000][^\s\u3000]{1,6}){0,2}) {2,}\S")
_LEAST_CLOCKS, _LEAST_LABELS = 2, 3
_NARROWEST, _WIDEST = 6, 16


def read(lines: tuple[Line, ...], joined: str) -> tuple[Line, ...]:
    """The lines with the clock column taken off (see the module), or ``lines`` as they are.
    ``joined``: the lines' texts joined by line breaks (the cheap test).

    >>> rows = ["会議録", "", "10:00    会長         ただいまから開会", "                     します。",
    ...         "         委員（港湾    運転士の確保が", "         局）         難しい。",
    ...         "         事務局     資料を説明します。", "１０：１     委員長     ありがとう。",
    ...         "２        事務局     以上です。"]
    >>> got = read(tuple(Line(t, n) for n, t in enumerate(rows, 1)), "\\n".join(rows))
    >>> [(l.number, l.text, l.cue) for l in got][2:6]
    [(3, '10:00', 'lead'), (3, '会長         ただいまから開会', None), (4, '            します。', None), (5, '委員（港湾    運転士の確保が', None)]
    >>> [(l.number, l.text, l.cue) for l in got][-3:]
    [(8, '１０：１２', 'lead'), (8, '委員長     ありがとう。', None), (9, '事務局     以上です。', None)]
    """
    if not (_FIRST_PIECE.match(joined) or _ANY_PIECE.search(joined)):
        return lines
    width = _label_column(lines)
    if width is None:
        return lines
    clocks = _clocks(lines, width)
    if len(clocks) < _LEAST_CLOCKS:
        return lines
    pad = " " * width
    taken = {j for _c, js in clocks.values() for j in js}
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in clocks:
            out.append(Line(clocks[k][0], line.number, line.page, "lead"))
        if k in taken or line.text.startswith(pad) and line.text.strip():
            out.append(Line(line.text[width:], line.number, line.page, line.cue))
        else:
            out.append(line)  # outside the table, blank, a page's number or running head at the margin
    return tuple(out)


def _clocks(lines: tuple[Line, ...], width: int) -> dict[int, tuple[str, list[int]]]:
    """The clock column's cells: each clock on its row's first line, with the lines its pieces
    stand on (a clock wrapped in its narrow cell: the pieces on consecutive lines are one)."""
    pieces: dict[int, str] = {}
    for k, line in enumerate(lines):
        m = _PIECE.match(line.text)
        if m is not None and not line.text[m.end():width].strip() and line.text[width - 1:width] == " ":
            pieces[k] = m[0]
    clocks: dict[int, tuple[str, list[int]]] = {}
    for k in sorted(pieces):
        if k - 1 in pieces and not _CLOCK.fullmatch(pieces[k - 1]):
            head = max(h for h in clocks if h < k)
            clocks[head] = (clocks[head][0] + pieces[k], clocks[head][1] + [k])
        else:
            clocks[k] = (pieces[k], [k])
    return {k: c for k, c in clocks.items() if _CLOCK.fullmatch(c[0])}


def _label_column(lines: tuple[Line, ...]) -> int | None:
    """The label column: the indent at which most lines hold a short label, a gap and text (the
    rows without a clock), three at least, 6 to 16 characters in; None without one."""
    indents: Counter[int] = Counter()
    for line in lines:
        t = line.text
        if t[:_NARROWEST] == " " * _NARROWEST:
            m = _LABEL_ROW.match(t)
            if m is not None and _NARROWEST <= m.start("label") <= _WIDEST:
                indents[m.start("label")] += 1
    if not indents:
        return None
    width, seen = indents.most_common(1)[0]
    return width if seen >= _LEAST_LABELS else None
