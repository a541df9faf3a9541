"""Tables drawn in plain text: a Word table as a 会議録検索 system or a text export shows it.

A record kept as a table (発言者 | 発言内容, 会議名 | …, 日時 | …) arrives in a .txt drawn with
box characters (``┌─┬─┐ │委員長  │ただいまから…│ ├─┼─┤``) or as a Markdown table
(``| 発言者 | 発言内容 |`` / ``|---|---|``): each row's cells wrapped over several lines of
the file, a long speaker wrapped in its narrow cell (``議事調査`` / ``課長``), the cells padded
with spaces. Read line by line, every line would be a bar, a cell's piece and a bar — the
speaker glued to the speech and split in two.

``rewrite`` gives each line of such a table the text the minutes parser reads, keeping one
line per line of the file (line numbers stay the editor's):

- a rule (``├──┼──┤``, ``|---|``) is cued ``rule``: the table's furniture, the rows paragraphs apart;
- a row's first line holds the row's first cells, each joined over the row's lines with its
  spaces taken out (``議事調査課長``, ``日時``), then U+3000 and the last cell's piece of
  that line; the row's other lines hold the last cell's piece of their line — the speech
  going on (a leading U+3000 in the cell stays: the paragraph's indent);
- under a heading row that names the speaker's column (``発言者 | 発言内容``, the same
  heading rule the Word and PDF readers use: ``heads.headed_speaker_column``) the heading is
  cued ``head`` and a row whose speaker cell is filled is cued ``row`` (its speaker is the
  first words, up to the U+3000); a row with an empty speaker cell is the speech going on (a
  row broken by a page) or a note (``（「異議なし」の声あり）``), not cued; the columns before
  the speaker's (日程, 番号, 時刻: the item or the clock the row opens) are left out of the
  row's text and given in ``leads`` (the row's first line -> those cells' words), which the
  reader makes a line of their own cued ``lead`` before the row, as Word's and PDF's are. The tables after a headed one with
  as many columns are its pages going on (a heading is not always repeated); the short lines
  between them (a page number, a running head) are cued ``page``, the page's furniture. The
  first line after the last of them is cued ``after``: the last row's speaker no longer
  holds the floor.
- any other table (the front matter's 会議名 | … , 日時 | …) is cued ``cells``: the parser
  takes the first words for a speaker only when they name one, else the line is its text
  (``日時　令和７年…`` — front matter as a typed label and value).
- a box of one cell (``┌───┐`` / ``│第45号議案　…│`` / ``└───┘``, ``+---+`` / ``| … |``) is no
  table but a frame around an agenda item, a notice or a quoted text: its edges (and a rule
  across it, ``├───┤``) are cued ``rule``, each line inside is its text without the bars and
  the padding, cued ``frame`` (an empty line inside is blank: a paragraph break). The parser
  reads framed text as it would read it unframed, but never as the words of a turn unless it
  is speech (``parser.LineParser.frame_step``).

>>> sorted(rewrite(["┌──┬────┐", "│発言者│発言内容│", "├──┼────┤",
...                    "│議事│資料を御覧くだ│", "│課長│さい。　　　│", "└──┴────┘"]).items())[1:5]
[(1, ('発言者\\u3000発言内容', 'head')), (2, ('├──┼────┤', 'rule')), (3, ('議事課長\\u3000資料を御覧くだ', 'row')), (4, ('さい。', None))]
"""
from __future__ import annotations

import re

from .heads import headed_speaker_column, two_column_heads

#: the bars between cells (box drawing light/heavy, ASCII, full-width)
_BARS = "│┃|｜"
_SPLIT = re.compile(f"[{_BARS}]")
_RULE_CHARS = r"\s│┃|｜─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋┠┨┯┷┿╂╞╡╪╒╕╘╛═+\-=:"
#: a rule between rows: box corners, junctions and lines, ASCII +-=:, bars and spaces, with a line in it
_RULE = re.compile(f"^[{_RULE_CHARS}]*[─━┼┬┴╋═+\\-=][{_RULE_CHARS}]*$")
_BOX_LINE = re.compile("[─━═]")
_RULE_START = "┌├└┏┣┗┠╞╒╘+─━-=" + _BARS
_SPACES = re.compile(r"[ \u3000]+")
Out = dict[int, tuple[str, "str | None"]]


def _cells(line: str) -> list[str] | None:
    """The cells of a table's line (``│a│b│`` → ["a", "b"]), None when it is none."""
    s = line.strip(" \u3000\f")
    if len(s) < 3 or s[0] not in _BARS or s[-1] not in _BARS:
        return None
    cells = _SPLIT.split(s[1:-1])
    return cells if len(cells) >= 2 else None


def _rule(line: str) -> bool:
    s = line.strip(" \u3000\f")
    return bool(s) and s[0] in _RULE_START and bool(_RULE.match(s))


def _word(cells: list[str]) -> str:
    """A cell joined over a row's lines, its spaces taken out."""
    return _SPACES.sub("", "".join(c.strip() for c in cells))


def _piece(cell: str) -> str:
    """A cell's piece on one line: the padding taken off, a leading U+3000 (an indent) kept."""
    return cell.rstrip(" \u3000").lstrip(" ")


def rewrite(raw: list[str], leads: dict[int, str] | None = None) -> Out:
    """The lines (0-based index into ``raw``) of the text tables in ``raw``, each with the text
    and the cue the parser reads (see the module's docstring); lines outside tables are not in
    it. ``leads``, when given, receives the cells before the speaker's of each row.

    >>> leads = {}
    >>> _ = rewrite(["|日程|発言者|発言|", "|---|---|---|", "|日程第１|委員長|開会します。|"], leads)
    >>> leads
    {2: '日程第１'}
    """
    out: Out = {}
    lead_cells: dict[int, str] = leads if leads is not None else {}
    lines = _Lines(raw)
    headed: tuple[int, int] | None = None  # (columns, speaker column) of the last headed table
    i, n = 0, len(raw)
    while i < n:
        if not lines.opens_table(i):
            end = _frame(lines, i) if lines.rule[i] else None
            if end is not None:
                _framed(lines, i, end, out)
                i = end
            i += 1
            continue
        j = i
        while j < n and (lines.cells[j] is not None or lines.rule[j]):
            j += 1
        headed, spoken = _table(lines, i, j, out, headed, lead_cells)
        if spoken and headed is not None:
            _after(lines, j, headed[0], out)
        i = j
    return out


#: the corners a frame's top and bottom edges start with (ASCII + too)
_TOP, _BOTTOM = "┌┏╔╒╓╭+", "└┗╚╘╙╰+"
#: what a rule across a table's columns holds (a frame's rule crosses no column)
_JUNCTIONS = re.compile("[┬┴┼╋┳┻╤╧╪╦╩╬┯┷┿╂]")


def _one_cell(line: str) -> bool:
    """A line of a one-cell box: a bar, text with no bar, a bar (``│第45号議案…│``)."""
    s = line.strip(" \u3000\f")
    return len(s) >= 2 and s[0] in _BARS and s[-1] in _BARS and _SPLIT.search(s, 1, len(s) - 1) is None


def _frame(lines: "_Lines", i: int) -> int | None:
    """The last line of the one-cell box whose top edge is line ``i`` (``┌───┐``, ``+---+``):
    lines of one cell, maybe rules across it (``├───┤``), then the bottom edge; None when the
    lines from ``i`` are no such box (a table of several cells, an edge left open)."""
    raw = lines.raw
    top = raw[i].strip(" \u3000\f")
    if top[0] not in _TOP or _JUNCTIONS.search(top):
        return None
    k = i + 1
    while k < len(raw) and _one_cell(raw[k]):
        k += 1
        while k < len(raw) and lines.rule[k]:
            edge = raw[k].strip(" \u3000\f")
            if _JUNCTIONS.search(edge):
                return None
            if edge[0] in _BOTTOM and (k + 1 >= len(raw) or not _one_cell(raw[k + 1])):
                return k
            k += 1
    return None


def _framed(lines: "_Lines", i: int, end: int, out: Out) -> None:
    """A one-cell box on lines i..end: its edges and rules cued ``rule``, each line inside its
    text without the bars and the padding, cued ``frame`` (an empty one a blank line)."""
    for k in range(i, end + 1):
        if lines.rule[k]:
            out[k] = (lines.raw[k], "rule")
            continue
        inner = lines.raw[k].strip(" \u3000\f")[1:-1].strip(" \u3000")
        out[k] = (inner, "frame") if inner else ("\u3000", None)


class _Lines:
    """The text's lines with each one's cells and whether it is a rule, read once."""

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self.cells = [_cells(t) for t in raw]
        self.rule = [_rule(t) for t in raw]

    def opens_table(self, k: int) -> bool:
        """A table's line, or a rule with a table's line below it: the cells of that line."""
        return self.cells[k] is not None or self.rule[k] and k + 1 < len(self.raw) and self.cells[k + 1] is not None

    def table_cells(self, k: int) -> list[str] | None:
        """The cells of the table line ``k`` opens (its own, or the line's below a rule)."""
        return self.cells[k] if self.cells[k] is not None else self.cells[k + 1] if self.opens_table(k) else None


def _after(lines: _Lines, j: int, width: int, out: Out) -> None:
    """The first line after a table of the proceedings, cued ``after`` (the rows' speaker no
    longer holds the floor: ５　今後の予定 is nobody's speech) — unless the table goes on past
    a page break: only blank lines, a page number or a running head (short, no sentence)
    before a table as wide."""
    raw, first = lines.raw, None
    for k in range(j, min(len(raw), j + 8)):
        s = raw[k].strip(" \u3000\f")
        cells = lines.table_cells(k)
        if cells is not None:
            if len(cells) == width:
                # the table goes on after the page's furniture (its number, a running head)
                out.update({m: (raw[m], "page") for m in range(j, k) if raw[m].strip(" \u3000\f")})
                return
            break
        if s and first is None:
            first = k
        if s and (len(s) > 40 or "。" in s):
            break
    if first is not None:
        out[first] = (raw[first], "after")


def _rows(lines: _Lines, i: int, j: int) -> list[list[int]]:
    """The rows of the table on lines i..j-1 as lists of line indices: between rules, or one
    line each when no rule stands between its rows but the heading's ``|---|`` (Markdown)."""
    rule = lines.rule
    body = [k for k in range(i, j) if not rule[k]]
    if not body:
        return []
    inner = [k for k in range(body[0], body[-1]) if rule[k]]
    if not inner or inner == [body[0] + 1] and not _BOX_LINE.search(lines.raw[inner[0]]):
        return [[k] for k in body]  # no rule between rows but the heading's |---| (Markdown)
    rows: list[list[int]] = [[]]
    for k in range(i, j):
        if not rule[k]:
            rows[-1].append(k)
        elif rows[-1]:
            rows.append([])
    return [r for r in rows if r]


def _table(lines: _Lines, i: int, j: int, out: Out, headed: tuple[int, int] | None,
           leads: dict[int, str]) -> tuple[tuple[int, int] | None, bool]:
    """One table on lines i..j-1 into ``out`` (the cells before the speaker's into ``leads``);
    the heading it is under (its own or the last's) and whether it held speakers' rows."""
    spoken = False
    for k in range(i, j):
        if lines.rule[k]:
            out[k] = (lines.raw[k], "rule")
    for row in _rows(lines, i, j):
        cells = [lines.cells[k] or [] for k in row]
        width = max(len(c) for c in cells)
        cells = [c + [""] * (width - len(c)) for c in cells]
        words = [_word([c[col] for c in cells]) for col in range(width)]
        at = headed_speaker_column(words)
        if at is None and width == 2 and two_column_heads(words[0], words[1]):
            at = 0
        if at is not None:
            headed = (width, at)
            out[row[0]] = ("\u3000".join(w for w in words if w), "head")
            out.update({k: ("", None) for k in row[1:]})
        elif headed is not None and headed[0] == width:
            _speaker_row(row, cells, words, headed[1], out, leads)
            spoken = True
        else:
            _plain_row(row, cells, words, out)
    return headed, spoken


def _speaker_row(row: list[int], cells: list[list[str]], words: list[str], at: int, out: Out,
                 leads: dict[int, str]) -> None:
    """A row under a heading that names the speaker's column: cued ``row`` when the speaker's
    cell is filled; the remark's column (and any after it) its lines' text; the cells before
    the speaker's (日程第１, 午前10時00分: the item or the clock the row opens) into ``leads``."""
    speaker = words[at]
    lead = "\u3000".join(w for w in words[:at] if w)
    if lead:
        leads[row[0]] = lead
    for n, k in enumerate(row):
        piece = "\u3000".join(p for p in map(_piece, cells[n][at + 1:]) if p)
        if n == 0 and speaker:
            out[k] = (f"{speaker}\u3000{piece}".rstrip("\u3000"), "row")
        else:
            out[k] = (piece, None)


def _plain_row(row: list[int], cells: list[list[str]], words: list[str], out: Out) -> None:
    """A row of any other table: its first cells joined, then the last cell's pieces."""
    first = "\u3000".join(w for w in words[:-1] if w)
    for n, k in enumerate(row):
        piece = _piece(cells[n][-1])
        if n == 0 and first:
            out[k] = (f"{first}\u3000{piece}".rstrip("\u3000"), "cells")
        else:
            out[k] = (piece, None)
