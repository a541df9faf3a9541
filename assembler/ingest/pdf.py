"""Minutes published as PDF with a text layer, read with pdfminer.six.

pdfminer gives every text line with its position and every character as an object, which
is what lets this reader undo the noise that extraction leaves:

- the spaces it *inserts* for wide gaps (``LTAnno``; Word's justification makes them) are
  dropped unless they separate two Latin words: 「枠組 み」 → 「枠組み」, 「第2 5回」 → 「第25回」;
  a gap a character wide is a full-width space the file drew as a gap (LibreOffice does:
  「会長　ただ今から」) and becomes U+3000;
  spaces that are real glyphs in the file are kept;
- lines are put in reading order by position (top to bottom), lines on one baseline joined;
- a line indented from the page's left margin gets a leading U+3000, as a typed paragraph
  indent would: the minutes parser starts a new paragraph there;
- a wider vertical gap than the usual line pitch becomes an empty line (a block break);
- page numbers (「- 3 -」, 「3」, 「3/6」) and running headers/footers (the same text at the
  top or bottom of most pages) are dropped;
- a table 発言者 | 発言内容 (from its heading row on): each line read by its cells, the speaker
  cell a line of its own cued ``speaker`` (columns before it, 日程 | 発言者 | 発言, give lines of
  their own before it) (a bracket wrapped below it joins it: 事務局 /
  （企画課長）), the remark's lines going on without an indent, the heading row cued ``head``;
  without a heading row the columns are found from the layout (a narrow first column of
  short label cells beside a column of speech, three rows at least): its cells are cued
  ``label`` and the parser takes those that name a speaker; a speaker cell whose remark is
  empty is a line of its own; a speaker cell of two or three lines (委員長 / 藤森, title over
  surname; 環境政策課 / 課長補佐 / 宮下) is one label, its lines apart by U+3000 (``_TableReader``:
  rows are the unit, not lines); in a ruled table (a rule between every two rows) a row ends only at its
  rule, its speaker's cell every line of its column down to it (``qatext.cell_label``: 公園緑地課計 / 画係長 /
  三枝　弘樹), a row broken by the page going on under the heading repeated; the columns before the
  speaker's take their edges from the rows (No. centred over the numbers: a number's cell furniture, a
  事項 cell wrapped over lines one ``lead`` line); a borderless cell goes on right under the row's last
  line (審査請求人 / 代理人), ends at a name in brackets, and a section's row in brackets is ``lead``;
- a table of exchanges whose heading row names who speaks in each column (委員の主な意見・質問 |
  事務局の回答, 委員名 | 意見 | 市の対応: ``heads.asking_columns``, as Word's; No. | 発言者 | 発言要旨 |
  事務局の回答・対応: ``heads.answered_columns``, the speaker's cell its post over the name, the number's
  cell the row's furniture, a row broken by the page going on under the heading repeated) is read by its rows —
  between its rules, or, without rules, where the asking cell starts a paragraph beside an
  answer starting one or opening with a member's name — each row given as Word's reader gives
  it: the asking side's turn, then the answering side's (``_ExchangeReader``); a
  question-and-answer table names each side's speaker in a column of its own (質疑者 | 質疑の要旨 |
  答弁者 | 答弁の要旨): the cells are parted where pdfminer joined them over a gap (``_pieces``),
  an empty speaker's cell is the speaker above, the heading row repeated on the next page (and
  the running head above it) is furniture and the row broken by the page goes on;
- a private-use glyph with no Unicode mapping (``(cid:NN)``) at the start of a line is a
  bullet: it becomes ・; control characters are removed.

Line numbers count the lines this reader produces across the whole file (empty ones too);
``Line.page`` is the 1-based page.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Line, SourceText
from .pdfsafe import iter_pages
from .qatext import CELL_LABEL_END, cell_label, post_over_name
from .heads import (HEAD_WORDS, LEAD_HEADS, NO_ANSWER, answered_columns, asker_label, asking_columns, headed_speaker_column, label_alone,
                    lead_head, names_alone, number_head, seat_alone, SECTION_TITLE)
from .text import clean
from ..i18n import _
from ..text import SPACES as _SPACES, UNIT_ENDS, is_page_number

if TYPE_CHECKING:  # pdfminer is imported when a PDF is read, not at start-up
    from pdfminer.layout import LTAnno, LTChar, LTComponent, LTPage, LTTextLine

_CID = re.compile(r"\(cid:\d+\)")
_DIGITS = re.compile(r"[0-9０-９]+")


@dataclass
class _Row:
    """One visual line on a page: text, left edge, top and bottom, glyph height."""

    text: str
    x0: float
    top: float
    bottom: float
    height: float
    cells: list[tuple[float, str]] | None = None  # (left edge, text) of pieces on one baseline
    tops: list[float] | None = None  # the top of each piece in ``cells``
    ruled: tuple[bool, bool] = (False, False)  # a table's rule right above it, right below it
    columns: tuple[float, ...] = ()  # the page's vertical rules (a ruled table's column edges)
    rules: tuple[float, ...] = ()  # the heights of the page's horizontal rules
    lines: list[LTTextLine] | None = None  # the extractor's lines on this baseline (``_pieces``)
    margin: float | None = None  # the left edge of its column, in a stretch of two (``_in_columns``)


def _keep_inserted_space(prev: str, nxt: str) -> bool:
    """An extractor-inserted space survives only between two Latin words.

    >>> _keep_inserted_space("a", "F"), _keep_inserted_space("組", "み"), _keep_inserted_space("2", "5")
    (True, False, False)
    """
    if not (prev.isascii() and nxt.isascii() and prev.isalnum() and nxt.isalnum()):
        return False
    return not (prev.isdigit() and nxt.isdigit())


def _em_gap(items: Sequence[LTChar | LTAnno], i: int) -> bool:
    """The gap the extractor marked at ``i`` is a character wide (a full-width space that
    the file draws as a gap: 会長　ただ今から…), not the few points justification puts
    between two characters (「枠組 み」)."""
    from pdfminer.layout import LTChar

    if not 0 < i < len(items) - 1:
        return False
    prev, nxt = items[i - 1], items[i + 1]
    return (isinstance(prev, LTChar) and isinstance(nxt, LTChar)
            and nxt.x0 - prev.x1 >= 0.85 * prev.size)


def _line_text(line: LTTextLine) -> str:
    from pdfminer.layout import LTAnno

    items = list(line)
    out: list[str] = []
    for i, item in enumerate(items):
        t = item.get_text()
        if isinstance(item, LTAnno):
            if t == "\n":
                continue
            prev = out[-1][-1:] if out and out[-1] else ""
            nxt = items[i + 1].get_text()[:1] if i + 1 < len(items) else ""
            if t.isspace() and not _keep_inserted_space(prev, nxt):
                if _em_gap(items, i):
                    out.append("\u3000")  # 会長　ただ今から…: a full-width space the file draws as a gap
                continue
        out.append(t)
    return "".join(out)


def _pieces(row: _Row) -> list[tuple[float, str]]:
    """The row's pieces of text, each with its left edge, the extractor's lines parted where a
    gap a character wide stands (山本委員　町税の… in two cells of a table: one line to pdfminer)."""
    from pdfminer.layout import LTAnno, LTChar

    out: list[tuple[float, str]] = []
    for line in row.lines or []:
        items = list(line)
        x, piece = line.x0, list[str]()
        for i, item in enumerate(items):
            t = item.get_text()
            if isinstance(item, LTAnno) and t == "\n":
                continue
            if isinstance(item, LTAnno) and t.isspace():
                prev = piece[-1][-1:] if piece and piece[-1] else ""
                nxt = items[i + 1].get_text()[:1] if i + 1 < len(items) else ""
                if not _keep_inserted_space(prev, nxt):
                    after = items[i + 1] if _em_gap(items, i) else None
                    if isinstance(after, LTChar):  # _em_gap: a character on either side
                        out.append((x, "".join(piece)))
                        x, piece = after.x0, []
                    continue
            piece.append(t)
        out.append((x, "".join(piece)))
    return [(x, t.strip()) for x, t in out if t.strip()] or (row.cells or [(row.x0, row.text)])


def _rows(page: LTPage) -> list[_Row]:
    """The text lines of one page in reading order, lines on one baseline joined; each knows
    the horizontal rules right above and below it and the page's vertical ones (a ruled
    table's row and column edges)."""
    from pdfminer.layout import LTTextLine

    found: list[_Row] = []
    rules: list[LTComponent] = []
    stack: list[LTComponent] = [page]
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTTextLine):
            text = _line_text(obj).rstrip()
            if text.strip():
                found.append(_Row(text, obj.x0, obj.y1, obj.y0, obj.height, lines=[obj]))
        elif hasattr(obj, "__iter__"):
            stack.extend(obj)
        elif obj.width < 2 or obj.height < 2:
            rules.append(obj)  # a line or a thin rectangle: a table's rule
    found.sort(key=lambda r: (-r.top, r.x0))
    if not rules:
        found = _in_columns(found, page.width)
    rows: list[_Row] = []
    for r in found:
        last = rows[-1] if rows else None
        if last is not None and abs(last.bottom - r.bottom) < 0.5 * min(last.height, r.height):
            if last.cells is None:
                last.cells = [(last.x0, last.text)]
                last.tops = [last.top]
            last.cells.append((r.x0, r.text.strip()))
            assert last.tops is not None and last.lines is not None and r.lines is not None
            last.lines.extend(r.lines)
            last.tops.append(r.top)
            last.text = f"{last.text} {r.text.lstrip()}"
            continue
        rows.append(r)
    if rules:
        _rule(rows, rules)
    return rows


#: the least lines of each column before a stretch of a page is read as two columns of text
_COLUMN_LINES = 5


def _in_columns(found: list[_Row], width: float) -> list[_Row]:
    """The page's lines (top to bottom) with each stretch set in two columns of text read as a
    reader reads it: the left column down, then the right one (a 教育委員会's 会議録 whose proceedings
    run in two columns under a front matter across the page). The gutter is where most lines
    that start right of two fifths of the page start; a stretch is the lines between two that
    cross it (a title, a field across the page), holding ``_COLUMN_LINES`` lines on each side at
    least, the gutter in the page's middle fifth and the left column's lines filling its width (a
    median line as wide as seven tenths of it: a table's label cells, 会長 or 日時, do not). A
    stretch whose lines on one baseline are a table's heading row (発言者 | 発言内容, 委員の意見 |
    事務局の回答) is a table, read by its rows as it was; so is a page with rules. A page of one
    column is returned as it is.
    """
    starts = Counter(round(r.x0) for r in found if 0.4 * width < r.x0 < 0.6 * width)
    if not starts or starts.most_common(1)[0][1] < _COLUMN_LINES:
        return found
    gutter = starts.most_common(1)[0][0] - 2
    out: list[_Row] = []
    stretch: list[_Row] = []
    for r in [*found, None]:
        if r is not None and (r.x0 >= gutter or _right_edge(r) <= gutter):
            stretch.append(r)
            continue
        out.extend(_read_down(stretch, gutter))
        stretch = []
        if r is not None:
            out.append(r)
    return out


def _right_edge(row: _Row) -> float:
    assert row.lines is not None
    return max(line.x1 for line in row.lines)


def _read_down(stretch: list[_Row], gutter: float) -> list[_Row]:
    """A stretch of lines none of which crosses the gutter: the left column then the right one
    when each holds ``_COLUMN_LINES`` lines or more and no baseline is a table's heading row."""
    left = [r for r in stretch if r.x0 < gutter]
    right = [r for r in stretch if r.x0 >= gutter]
    if len(left) < _COLUMN_LINES or len(right) < _COLUMN_LINES:
        return stretch
    # columns of text fill their width, line after line; a table's label cells (会長, 日時) do not
    margin = min(r.x0 for r in left)
    if statistics.median(_right_edge(r) - r.x0 for r in left) < 0.7 * (gutter - margin):
        return stretch
    if _table_heading(stretch):
        return stretch
    # a left line a line's height below the right column's last: what follows both (the signers)
    floor = min(r.bottom for r in right)
    edge = min(r.x0 for r in right)
    for r in right:
        r.margin = edge
    return ([r for r in left if r.top > floor - r.height] + right
            + [r for r in left if r.top <= floor - r.height])


def _table_heading(stretch: list[_Row]) -> bool:
    """Lines on one baseline of the stretch are a table's heading row (発言者 | 発言内容, 委員の意見 |
    事務局の回答): a table read by its rows, no columns of text."""
    by_base: dict[int, list[str]] = {}
    for r in stretch:
        by_base.setdefault(round(r.bottom), []).append(_SPACES.sub("", r.text))
    return any(len(cells) > 1 and (asking_columns(cells) is not None or headed_speaker_column(cells) is not None
                                   or all(c in _ALL_HEADS for c in cells)) for cells in by_base.values())


def _rule(rows: list[_Row], rules: list[LTComponent]) -> None:
    """Mark the rows with a horizontal rule (40 points wide at least) right above or below."""
    across = [(o.x0 + o.x1) / 2 for o in rules if o.height > o.width and o.height >= 10]
    ys = sorted((o.y0 + o.y1) / 2 for o in rules if o.width > o.height and o.width >= 40)
    columns = tuple(sorted(across))
    heights = tuple(ys)
    for k, r in enumerate(rows):
        above = rows[k - 1].bottom if k else float("inf")
        below = rows[k + 1].top if k + 1 < len(rows) else float("-inf")
        slack = 0.3 * r.height
        r.ruled = (any(r.top - slack <= y <= above + slack for y in ys),
                   any(below - slack <= y <= r.bottom + slack for y in ys))
        r.columns, r.rules = columns, heights


def _label_cell(text: str) -> bool:
    return 0 < len(text) <= 20 and "。" not in text and "、" not in text


@dataclass(frozen=True)
class _Table:
    """A speaker | remark table: the left edges of its two columns, and the cue of its
    speaker cells (``speaker`` under a heading row; ``label`` when the columns were found
    from the layout alone — the parser then takes a cell that names a speaker)."""

    left: float
    column: float
    cue: str
    lead: tuple[float, ...] = ()  # left edges of the columns before the speaker's (日程)
    numbers: float | None = None  # the left edge of a column of the rows' numbers (No., 番号): furniture
    ruled: bool = False  # a rule between every two rows (Word's table grid): a row ends only at its rule


def _heading_row(row: _Row) -> _Table | None:
    """The table when the line is a 発言者 | 発言内容 heading row, or 日程 | 発言者 | 発言 (the
    columns before the speaker's are read as lines of their own)."""
    cells = _heading_cells(row.cells) if row.cells and len(row.cells) <= 8 else None
    if not cells or not 2 <= len(cells) <= 4:
        return None
    words = [t for _x, t in cells]
    if len(cells) == 2:
        if all(w in HEAD_WORDS for w in words):
            return _Table(cells[0][0], cells[1][0], "speaker")
        return None
    at = headed_speaker_column(words)
    if at is None:
        return None
    numbers = next((x for x, t in cells[:at] if number_head(t)), None)
    return _Table(cells[at][0], cells[at + 1][0], "speaker", tuple(x for x, _t in cells[:at]), numbers)


def _under_heading(table: _Table, pages: list[list[_Row]], page_no: int, heading: _Row) -> _Table:
    """The speaker and remark columns' left edges from the rows under the heading row: a
    heading word may stand centred over its column (発言者 over 北川会長). Each edge is the
    most common left edge of the rows' two cells at or before the heading word's (the
    speaker's, then the remark's right of it); the heading's own when no two rows share one."""
    rows = pages[page_no - 1]
    below = rows[next(k for k, r in enumerate(rows) if r is heading) + 1:][:40]
    pairs = [r.cells for r in below if r.cells and len(r.cells) == 2]
    left = _common_edge([c[0][0] for c in pairs], table.left, float("-inf"))
    column = _common_edge([c[1][0] for c in pairs], table.column, left + 3)
    # the columns before the speaker's likewise (No. centred over the rows' numbers: 1 | 会長 | …)
    whole = [r.cells for r in below if r.cells and len(r.cells) == len(table.lead) + 2]
    lead = tuple(_common_edge([c[j][0] for c in whole], x, float("-inf")) for j, x in enumerate(table.lead))
    numbers = next((e for e, x in zip(lead, table.lead) if x == table.numbers), None)
    ruled = heading.ruled == (True, True) and len(heading.rules) >= 4
    return replace(table, left=left, column=column, lead=lead, numbers=numbers, ruled=ruled)


def _common_edge(edges: list[float], word: float, after: float) -> float:
    """The most common of ``edges`` (two at least) at or before ``word`` and right of ``after``;
    ``word`` when there is none."""
    counts = Counter(round(x, 1) for x in edges if after < x <= word + 3)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else word


_ALL_HEADS = frozenset(HEAD_WORDS + LEAD_HEADS)


def _heading_cells(cells: list[tuple[float, str]]) -> list[tuple[float, str]] | None:
    """The cells of a heading row as words, a word spread so wide that it came in pieces
    joined again (発　　　言 → 発 | 言 → 発言); None when a piece joins no heading word."""
    out: list[tuple[float, str]] = []
    x, word = 0.0, ""
    for left, text in cells:
        if not word:
            x = left
        word += _SPACES.sub("", text)
        if word in _ALL_HEADS or lead_head(word):
            out.append((x, word))
            word = ""
        elif len(word) > 5:
            return None
    return None if word else out


def _layout_table(pages: list[list[_Row]]) -> tuple[int, int, _Table] | None:
    """A speaker | remark table without a heading row, found from the layout: rows whose
    first cell is short and no sentence (a name-like label) beside a second cell that starts
    at one left edge, three rows at least, most of them speech (a sentence, or a remark that
    goes on below in the same column). Returns (page, row index) of its first row."""
    found: dict[tuple[int, int], list[tuple[int, int]]] = {}
    speech: Counter[tuple[int, int]] = Counter()
    for p, rows in enumerate(pages):
        for i, row in enumerate(rows):
            cells = row.cells
            if not cells or len(cells) != 2 or not _label_cell(cells[0][1]) or len(cells[0][1]) > 12:
                continue
            key = (round(cells[0][0]), round(cells[1][0]))
            if key[1] - key[0] < 2 * row.height:
                continue
            found.setdefault(key, []).append((p, i))
            below = rows[i + 1] if i + 1 < len(rows) else None
            if "。" in cells[1][1] or below is not None and not below.cells and abs(below.x0 - cells[1][0]) <= 3:
                speech[key] += 1
    best = max(found, key=lambda k: len(found[k]), default=None)
    if best is None or len(found[best]) < 3 or speech[best] < 0.6 * len(found[best]):
        return None
    p, i = found[best][0]
    return p, i, _Table(float(best[0]), float(best[1]), "label")


@dataclass
class _Cell:
    """The speaker cell of the table row being read: its line among the lines read, how many
    of its lines were read, the page and top of the last one, whether the remark column had
    a line beside it, and whether the remark's last line goes on (no full stop at its end)."""

    at: int
    pieces: int
    page: int
    top: float
    beside: bool
    open: bool = False
    unclosed: bool = False  # the label's bracket is still open (事務局（介護保): its next line goes on
    closed: bool = False  # a name in brackets ended it (委員長 / （野沢）): no line goes on after
    texts: tuple[str, ...] = ()  # the cell's lines read so far (公園緑地課計 / 画係長 / 三枝　弘樹)


#: how a remark's paragraph ends (the next line of the column starts a paragraph)
_PARAGRAPH_ENDS = ("。", "．", "」", "）", ")", "！", "？", "!", "?")


def _cell_pitch(pages: list[list[_Row]], table: _Table) -> float:
    """The line pitch of the speaker column: the least distance between two of its lines one
    above the other, one of them beside a remark (inside the table), on one page."""
    steps = []
    for rows in pages:
        column = [r for r in rows if abs(r.x0 - table.left) <= 3]
        for a, b in zip(column, column[1:]):
            inside = any(r.cells and len(r.cells) == 2 and abs(r.cells[1][0] - table.column) <= 3 for r in (a, b))
            if inside and a.top > b.top:
                steps.append(a.top - b.top)
    return min(steps, default=0.0)


class _TableReader:
    """The lines of a speaker | remark table, row by row (``_table_lines``), keeping the speaker
    cell being read so that a cell of two or three lines is one label: 委員長 / 藤森 (title over
    surname), 早川 / 委員, 環境政策課 / 課長補佐 / 宮下 → one line, its pieces apart by U+3000
    (委員長　藤森), the parser reading the label. A line of the speaker column is the cell's next
    line when it lies right under the cell's last line (the column's line pitch: no gap) on the
    same page and the row goes on beside it: the remark column has nothing beside it (the
    label is longer than the remark), or its line there goes on from the line above (a row
    never starts inside a paragraph), or — the remark starting a paragraph there — the two do
    not start on one top (a new row's cells do; a second line of the cell lies at its own
    pitch). After a gap in the remark column the row beside it is a new one."""

    def __init__(self, table: _Table, pages: list[list[_Row]]) -> None:
        self.table = table
        self.cell: _Cell | None = None
        self.pitch = _cell_pitch(pages, table)
        self.lead: int | None = None  # the line of the row's item (事項), a ruled table's row being read
        self.full = False  # the item's last line filled its column (the word goes on on the next)
        self.page = 0  # the page of the last row read, and whether a row of the table was read on it
        self.read = False
        self.low = float("inf")  # the top of the lowest line read on the page (any column)

    def row(self, row: _Row, page_no: int, lines: list[Line]) -> bool:
        # a column of numbers before the speaker's: pdfminer may give the number and the post as one line
        cells = _by_edges(row, self.table) if self.table.lead else row.cells or [(row.x0, row.text)]
        if page_no != self.page:
            self.page, self.read, self.low = page_no, False, float("inf")
        if self.table.ruled and self.lead is not None and not row.ruled[0]:
            cells = self.lead_goes_on(row, cells, lines)  # 議案第１号 / 令和８年度かえ / で市一般会計予 …
            if not cells:
                return True
        taken = self.take(row, cells, page_no, lines)
        self.read = self.read or taken and _heading_row(row) is None
        self.low = min(row.tops or [row.top]) if taken else float("inf")
        return taken

    def lead_goes_on(self, row: _Row, cells: list[tuple[float, str]], lines: list[Line]) -> list[tuple[float, str]]:
        """The pieces of the item's column on a line of the row under no rule joined to the row's item
        line (a word broken by the column's width goes on, a line shorter than the column ended a
        paragraph: 議案第１号　令和８年度かえで市一般会計予算（土木費））; the row's other cells."""
        assert self.lead is not None
        while cells and any(abs(cells[0][0] - x) <= 3 for x in self.table.lead if x != self.table.numbers):
            old, piece = lines[self.lead], clean(cells[0][1]).strip()
            lines[self.lead] = replace(old, text=f"{old.text}{'' if self.full else chr(0x3000)}{piece}")
            self.full = _fills(cells[0], self.table, row.height)
            cells = cells[1:]
        return cells

    def take(self, row: _Row, cells: list[tuple[float, str]], page_no: int, lines: list[Line]) -> bool:
        if self.goes_on(row, cells, page_no):
            assert self.cell is not None
            cell = self.cell
            if cell.page != page_no:  # the heading repeated over the row broken by the page: the turn goes on
                for k in range(cell.at, len(lines)):
                    if lines[k].page == page_no and lines[k].cue == "head":
                        lines[k] = replace(lines[k], cue="field")
                cell.page = page_no
            old = lines[cell.at]
            cell.texts = (*(cell.texts or (old.text,)), clean(cells[0][1]).strip())
            # a cell of lines one under another beside the speech is a speaker's, found from the layout too
            lines[cell.at] = Line(_cell_text(old.text, cell.texts), old.number, old.page, "speaker")
            cell.pieces += 1
            cell.top, cell.beside = row.top, len(cells) == 2
            cell.unclosed = lines[cell.at].text.count("（") > lines[cell.at].text.count("）")
            if len(cells) == 2:
                lines.append(Line(clean(cells[1][1]).strip(), len(lines) + 1, page_no))
                cell.open = not lines[-1].text.endswith(_PARAGRAPH_ENDS)
            return True
        before = len(lines)
        if not _table_lines(row, cells, self.table, page_no, lines):
            self.cell = None
            return False
        self.follow(row, cells, page_no, lines, before)
        return True

    def follow(self, row: _Row, cells: list[tuple[float, str]], page_no: int, lines: list[Line],
               before: int) -> None:
        """Keep the speaker cell the row's lines opened (or went on with), and the remark's end."""
        new = [k for k in range(before, len(lines)) if lines[k].cue == self.table.cue]
        if self.table.ruled and row.ruled[0]:
            self.ruled_row(row, cells, lines, before, bool(new))
        cells = _past_lead(cells, self.table)
        if len(cells) == 1 and len(lines) > before and lines[-1].cue == "lead":
            self.cell = None  # a section's row across the table: the cell above is over
        elif new:
            right = len(cells) == 2 and abs(cells[-1][0] - self.table.column) <= 3
            label = lines[new[-1]].text
            self.cell = _Cell(new[-1], 1, page_no, row.top, right, unclosed=label.count("（") > label.count("）"))
        elif self.cell is not None and abs(cells[0][0] - self.table.left) <= 3:
            self.cell.top = row.top  # 事務局 / （企画課長）: the bracket joined the label
            self.cell.closed = lines[self.cell.at].text.endswith(("）", ")"))
            self.cell.beside = len(cells) == 2
        elif self.cell is not None and len(cells) == 1 and abs(cells[0][0] - self.table.column) <= 3:
            if self.cell.top - row.top > self.pitch + 0.3 * row.height:
                self.cell.beside = False  # the cell's column has no line beside this far down
        if self.cell is not None and len(lines) > before and lines[-1].cue is None:
            self.cell.open = not lines[-1].text.endswith(_PARAGRAPH_ENDS)

    def ruled_row(self, row: _Row, cells: list[tuple[float, str]], lines: list[Line], before: int, new: bool) -> None:
        """A ruled table's row starts under its rule: its item's line (事項) kept to join the item's next
        lines to, the cell above over when the row has no speaker's cell (９ | （賛成者挙手））."""
        leads = [k for k in range(before, len(lines)) if lines[k].cue == "lead"]
        self.lead = leads[-1] if leads else None
        self.full = bool(leads) and _fills(cells[len(leads) - 1], self.table, row.height)
        if not new and lines[-1].cue != "head":
            self.cell = None

    def broken(self, cells: list[tuple[float, str]], page_no: int) -> bool:
        """A ruled table's row broken by the page: its first row under the heading repeated goes on from
        the words above, which ended no sentence (委員 / …どう決めているの | page 2 | 大槻 / か。), or beside
        no words (a new row's words start beside its cell's first line: 建設課 / 町道と… | 課長補佐 / 沖田)."""
        cell = self.cell
        return (cell is not None and self.table.ruled and cell.page == page_no - 1 and not self.read
                and cell.beside and (cell.open or len(cells) == 1))

    def goes_on(self, row: _Row, cells: list[tuple[float, str]], page_no: int) -> bool:
        """The row's speaker-column line is the next line of the cell above (see the class)."""
        cell, broken = self.cell, self.broken(cells, page_no)
        most = 6 if self.table.ruled else 3  # a ruled row's cell, however many lines (教育委員会 / 事務局 / … / 江口)
        if cell is None or cell.page != page_no and not broken or cell.pieces >= most or cell.closed or not self.pitch:
            return False
        if abs(cells[0][0] - self.table.left) > 3 or len(cells) > 2:
            return False
        piece = clean(cells[0][1]).strip()
        if not _label_cell(piece) or len(piece) > 12 or piece[0] in "（(" or piece in ("〃", "同") or SECTION_TITLE.match(piece):
            return False
        if self.table.ruled:
            return broken or not row.ruled[0]  # a line under no rule is the row's (委員 / 鳴海　洋平 beside a new sentence)
        return self.unruled_goes_on(row, cells, cell)

    def unruled_goes_on(self, row: _Row, cells: list[tuple[float, str]], cell: _Cell) -> bool:
        """A borderless table's speaker-column line goes on the cell above (see the class)."""
        # the row goes on where its line comes right under the row's last line in either column (no row's
        # gap) beside no words or words going on: 審査請求人 / 代理人, the cell's lines a paragraph apart
        near = self.low - (row.tops or [row.top])[0] <= 1.5 * row.height
        if near and (len(cells) == 1 or cell.open and abs(cells[1][0] - self.table.column) <= 3):
            return True
        if cell.top - row.top > self.pitch + 0.3 * row.height:
            return False  # a gap in the speaker column: a row of its own
        if len(cells) == 1:
            return True
        if abs(cells[1][0] - self.table.column) > 3 or not cell.beside:
            return False  # the remark column starts again after a gap: a new row
        if cell.open or cell.unclosed:
            return True  # the remark's sentence goes on, or the label's bracket (事務局（教育総務課課長補 / 佐）)
        tops = row.tops or [row.top, row.top]
        return abs(tops[0] - tops[1]) > 1.0


def _cell_text(label: str, texts: tuple[str, ...]) -> str:
    """A speaker cell's lines as one label: the post broken mid-word (a line ending as no office or title does)
    over the name, however many lines (公園緑地課計 / 画係長 / 三枝　弘樹 → 公園緑地課計画係長　三枝　弘樹:
    ``qatext.cell_label``, the label the text readers give the cell), else the last line joined to the label
    (``_cell_joined``: 環境政策課　課長補佐　宮下, as Word's reader gives the cell)."""
    broken = any(not t.endswith(_OFFICE_ENDS) and not CELL_LABEL_END.search(t) for t in texts[:-1])
    if broken and post_over_name(list(texts)):
        return cell_label(list(texts))  # a post broken mid-word over the name (公園緑地課計 / 画係長 / 三枝　弘樹)
    return _cell_joined(label, texts[-1])


def _by_edges(row: _Row, table: _Table) -> list[tuple[float, str]]:
    """The row's cells parted at the table's columns' edges (１０　議長: one line to pdfminer, the number's
    cell and the post's), a piece at no edge the cell's own (議　長, the post spread over its cell)."""
    edges = (*table.lead, table.left, table.column)
    out: list[tuple[float, str]] = []
    for x, t in _pieces(row):
        if out and not any(abs(x - e) <= 3 for e in edges):
            out[-1] = (out[-1][0], f"{out[-1][1]}\u3000{t}")
        else:
            out.append((x, t))
    return out


def _fills(cell: tuple[float, str], table: _Table, height: float) -> bool:
    """The piece of a column before the speaker's fills the column's width (within two characters):
    its word may go on on the next line."""
    edge = next((x for x in (*table.lead, table.left) if x > cell[0] + 3), table.left)
    return len(cell[1].strip()) * height >= edge - cell[0] - 2 * height


def _past_lead(cells: list[tuple[float, str]], table: _Table) -> list[tuple[float, str]]:
    """The row's cells from the speaker's column on (the number or item before it left out)."""
    while len(cells) > 1 and any(abs(cells[0][0] - x) <= 3 for x in table.lead):
        cells = cells[1:]
    return cells


def _cell_joined(label: str, piece: str) -> str:
    """A speaker cell's next line joined to its label: a word broken by the narrow column goes
    on (事務局（介護保 / 険課長補佐）, the bracket still open; 子ども家庭課 / 長, an office and the
    rest of its title), else the pieces stand apart by U+3000 (委員長 / 藤森, title over surname).

    >>> _cell_joined("事務局（介護保", "険課長補佐）"), _cell_joined("子ども家庭課", "長"), _cell_joined("委員長", "藤森")
    ('事務局（介護保険課長補佐）', '子ども家庭課長', '委員長\u3000藤森')
    """
    broken = label.count("（") > label.count("）") or label.endswith(_OFFICE_ENDS) and _TITLE_TAIL.match(piece)
    return f"{label}{'' if broken else chr(0x3000)}{piece}"


#: how an office's name ends (子ども家庭課, 総務部: ``text.UNIT_ENDS``) and the rest of its head's title that is no title
#: alone (長, 長補佐: 課長補佐, 主査 stand apart as before, the office over the title)
_OFFICE_ENDS = tuple(UNIT_ENDS)
_TITLE_TAIL = re.compile(r"^(?:長|長補佐|補佐)$")


def _lone_cell(cell: tuple[float, str], table: _Table, page_no: int, lines: list[Line]) -> bool:
    """A row's one cell read: the remark going on in its column, or a section's row in brackets across the
    table (【事業者からの説明】, cue ``lead``); False for any other."""
    text = clean(cell[1]).strip()
    if abs(cell[0] - table.column) <= 3:
        lines.append(Line(text, len(lines) + 1, page_no))
        return True
    if abs(cell[0] - table.left) <= 3 and SECTION_TITLE.match(text):
        lines.append(Line(text, len(lines) + 1, page_no, "lead"))
        return True
    return False


def _table_lines(row: _Row, cells: list[tuple[float, str]], table: _Table, page_no: int, lines: list[Line]) -> bool:
    """A line of a speaker | remark table as its cells: the speaker cell (cue ``speaker``,
    or ``label``; a bracket going on from the label above joins it), the remark, a remark
    going on (no indent: the paragraph goes on), the heading row (cue ``head``), a speaker
    cell whose remark is empty (its label alone)."""
    if row.cells and len(row.cells) >= 2 and _heading_row(row) is not None:
        lines.append(Line(row.text, len(lines) + 1, page_no, "head"))  # again on a page: centred, the columns' edges apart
        return True
    if table.lead:
        cells = _lead_lines(cells, table, page_no, lines)
    if len(cells) == 1 and _lone_cell(cells[0], table, page_no, lines):
        return True
    if len(cells) == 1 and abs(cells[0][0] - table.left) <= 3 and _label_cell(cells[0][1]):
        cells = [cells[0], (table.column, "")]  # 森田委員 | (nothing said): the label alone
    if len(cells) != 2 or abs(cells[1][0] - table.column) > 3 or not _label_cell(cells[0][1]):
        return False
    left, right = clean(cells[0][1]).strip(), clean(cells[1][1]).strip()
    at = next((k for k in range(len(lines) - 1, max(-1, len(lines) - 4), -1)
               if lines[k].cue == table.cue), None)
    if left[0] in "（(" and at is not None and "（" not in lines[at].text:
        # 事務局 / （都市計画課長）: the speaker cell wrapped; the label goes on
        lines[at] = Line(lines[at].text + left, lines[at].number, lines[at].page, table.cue)
    else:
        lines.append(Line(left, len(lines) + 1, page_no, table.cue))
    if right:
        lines.append(Line(right, len(lines) + 1, page_no))
    return True


@dataclass(frozen=True)
class _Exchanges:
    """A table of exchanges found by its heading row (``heads.asking_columns``: 委員の主な意見・質問 |
    事務局の回答): where each column starts, the asking column and who asks, the columns naming
    the member, the answering columns -> who answers."""

    starts: tuple[float, ...]
    ask: int
    asker: str
    names: frozenset[int]
    answers: tuple[tuple[int, str], ...]
    answerers: tuple[tuple[int, int], ...] = ()  # an answering column -> the column naming who answers
    topics: frozenset[int] = frozenset()  # the question's subject (質問事項) before the asking column
    numbers: frozenset[int] = frozenset()  # a column of the rows' numbers (No., 番号): the row's furniture


def _exchange_heading(row: _Row) -> _Exchanges | None:
    """The table of exchanges whose heading row this is, or None. A column starts at the
    vertical rule before its heading's word (a heading may stand centred), else a little
    before the word."""
    if not row.cells or not 2 <= len(row.cells) <= 6:
        return None
    # two headings a character apart are one line to pdfminer (質問者　質問項目): its pieces first
    cells = _pieces(row)
    asks = asking_columns([_SPACES.sub("", t) for _x, t in cells]) if len(row.cells) < len(cells) <= 6 else None
    if asks is None:
        cells = row.cells
        asks = asking_columns([_SPACES.sub("", t) for _x, t in cells])
    numbers: frozenset[int] = frozenset()
    if asks is None:  # No. | 発言者 | 発言要旨 | 事務局の回答・対応: the speaker's cell says who speaks
        words = [_SPACES.sub("", t) for _x, t in cells]
        asks = answered_columns(words)
        numbers = frozenset(k for k, w in enumerate(words) if number_head(w))
    if asks is None:
        return None
    ask, asker, names, answers, answerers, topics = asks
    starts = [cells[0][0] - 3]
    for (before, _t), (x, _u) in zip(cells, cells[1:]):
        edges = [c for c in row.columns if before < c <= x]
        starts.append(max(edges) if edges else x - 3)
    return _Exchanges(tuple(starts), ask, asker, names, tuple(sorted(answers.items())),
                      tuple(sorted(answerers.items())), topics, numbers)


#: a member named at the asking cell's start: （岡田委員）…, 岡田委員：…
_NAMED_START = re.compile(r"^(?:[（(][^（）()。、]{1,12}[）)]|[^（）()。、：:\s]{1,12}[：:])")


class _ExchangeReader:
    """The rows of a table of exchanges (PDF): each row's cells gathered over its lines (and a
    page break), then given as Word's reader gives them (``docx.py``, ``exchanges``): the member
    named in a column of names, else the asking side's word (委員) as a speaker line before the
    asking cell, which a name at the cell's start (（岡田委員）…) takes over; then each answering
    cell after the party its heading names (事務局), an empty answer (―) the table's furniture.

    A ruled table's rows lie between its rules, and it ends at the first line under its last
    rule. A table without rules (``end``: its last line, ``_exchange_end``) starts a row where
    the asking cell starts a paragraph beside an answering cell starting one on the same top,
    or opening with a member's name (（北村委員）…, 北村委員：…)."""

    def __init__(self, table: _Exchanges, ruled: bool, end: _Row | None) -> None:
        self.table = table
        self.ruled = ruled
        self.end = end
        self.cells: list[list[tuple[str, int]]] = [[] for _ in table.starts]
        self.done = False
        self.said: dict[int, str] = {}  # a column naming the speaker -> the label its last cell gave
        self.heading: str | None = None  # the cue of the heading row's lines while it goes on
        self.last: tuple[int, bool] | None = None  # the column last read into a turn, and whether it goes on
        self.held: int | None = None  # the page of a row read down to its rule, not yet given (a Q&A table)

    def row(self, row: _Row, page_no: int, lines: list[Line], heading: bool | str) -> bool:
        """Take the row into the table (True), or leave it to the page (False). ``heading``:
        the row is the heading row (True), or the heading row repeated on a page (its cue)."""
        if heading:
            cue = "head" if heading is True else heading
            lines.append(Line(row.text, len(lines) + 1, page_no, cue))
            self.heading = cue if self.ruled and not row.ruled[1] else None
            return True
        if self.done:
            return False
        if self.heading_goes_on(row, page_no, lines):
            return True
        pieces = _by_column(row, self.table.starts, _pieces(row))
        starts = self.release(page_no, pieces, lines) and (row.ruled[0] if self.ruled else self.starts_row(row))
        if starts and any(self.cells):
            self.flush(lines)
        if self.ruled and not any(self.cells) and not (row.ruled[0] and any(y < row.bottom for y in row.rules)):
            self.done = True  # under the table's last rule: the page's text again
            return False
        for k, text in pieces.items():
            self.cells[k].append((clean(text).strip(), page_no))
        self.row_end(row, page_no, lines)
        return True

    def row_end(self, row: _Row, page_no: int, lines: list[Line]) -> None:
        """After a line with a rule below it (or the table's last line): the row's turns given,
        or — in a question-and-answer table — held until the next line says whether the next
        page goes on with it (``release``)."""
        if self.ruled and row.ruled[1] and (self.table.answerers or self.table.names) and row is not self.end:
            self.held = page_no
        elif self.ruled and row.ruled[1] or row is self.end:
            self.flush(lines)
            self.done = row is self.end

    def release(self, page_no: int, pieces: dict[int, str], lines: list[Line]) -> bool:
        """The row held at its rule (``held``) given now, unless the line read (``pieces``, on
        ``page_no``) is its row going on over the page; False when it goes on (no row starts)."""
        held, self.held = self.held, None
        if held is None:
            return True
        if held == page_no or not self.broken(pieces):
            self.flush(lines)  # the row ended at its rule on this page: no row broken by the page
            return True
        return False  # the row broken by the page goes on under the heading repeated

    def broken(self, below: dict[int, str]) -> bool:
        """The row read goes on in the next page's first row (``below``, by column): its words
        stop inside a sentence in a column of words (質問の要旨, 答弁の要旨), or that row has no
        words at all, only a speaker's cell going on (社会福祉協 / 議会事務局 / 長)."""
        said = {self.table.ask, *dict(self.table.answers)}
        return (any(self.cells[k] and not self.cells[k][-1][0].endswith(_PARAGRAPH_ENDS) for k in said)
                or bool(below) and not said & set(below))

    def heading_goes_on(self, row: _Row, page_no: int, lines: list[Line]) -> bool:
        """番 / 号: the heading row's words wrapped in a narrow column, down to its rule — a line
        of the heading's (True)."""
        if self.heading is None or row.ruled[0]:
            self.heading = None
            return False
        lines.append(Line(row.text, len(lines) + 1, page_no, self.heading))
        self.heading = None if row.ruled[1] else self.heading
        return True

    def starts_row(self, row: _Row) -> bool:
        """A table without rules: the row's line opens a row of the table (see the class)."""
        tops = dict(zip(_by_column(row, self.table.starts), row.tops or [row.top]))
        pieces = {k: (text, tops[k]) for k, text in _by_column(row, self.table.starts).items()}
        ask = pieces.get(self.table.ask)
        if ask is None or not self.opens(self.table.ask):
            return False
        if _NAMED_START.match(ask[0]) or any(k in pieces for k in self.table.names):
            return True  # 松井委員 in the column of names, （北村委員）… at the cell's start
        return any(k in pieces and self.opens(k) and abs(pieces[k][1] - ask[1]) <= 1 for k, _w in self.table.answers)

    def opens(self, k: int) -> bool:
        """A line of column ``k`` here starts a paragraph: the column's text so far ends one."""
        return not self.cells[k] or self.cells[k][-1][0].endswith(_PARAGRAPH_ENDS)

    def flush(self, lines: list[Line]) -> None:
        """One row's turns, in order."""
        if self.table.answerers:
            self.flush_named(lines)
            return
        table, cells = self.table, self.cells
        answers = dict(table.answers)
        named = any(cells[k] for k in table.names)
        for k, pieces in enumerate(cells):
            if not pieces:
                continue
            page = pieces[0][1]
            texts = [t for t, _p in pieces]
            if k in table.names:  # 委員 / 真壁　智美, まちづくり / 推進課長 / 寺西: the post over the name read title first
                lines.append(Line(cell_label(texts), len(lines) + 1, page, "speaker"))
                continue
            if k in table.numbers:
                lines.extend([Line(t, len(lines) + 1 + n, p, "field") for n, (t, p) in enumerate(pieces)])
                continue
            if k in answers and _SPACES.sub("", "".join(texts)) in NO_ANSWER:
                lines.extend([Line(t, len(lines) + 1 + n, p, "head") for n, (t, p) in enumerate(pieces)])
                continue
            if k == table.ask and not named or k in answers:
                pieces = self.cell_speaker(k, pieces, lines)
            lines.extend([Line(t, len(lines) + 1 + n, p) for n, (t, p) in enumerate(pieces)])
        self.cells = [[] for _ in table.starts]


    def cell_speaker(self, k: int, pieces: list[tuple[str, int]], lines: list[Line]) -> list[tuple[str, int]]:
        """The speaker line before an asking or answering cell's words: the label the cell opens
        with on its first line alone (山本委員 / 防災行政無線の…, 財政課長 / 屋外の…:
        ``heads.label_alone``), else the side's word its heading gives (委員, 事務局) as a line of
        its own. Returns the cell's lines left."""
        asker = self.table.asker if k == self.table.ask else None
        label = label_alone(pieces[0][0], asker) if len(pieces) > 1 else None
        said = label or (self.table.asker if asker is not None else dict(self.table.answers)[k])
        lines.append(Line(said, len(lines) + 1, pieces[0][1], "speaker"))
        return pieces[1:] if label else pieces

    def flush_named(self, lines: list[Line]) -> None:
        """One row of a question-and-answer table (質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨), its
        speakers in their own columns: the asker's cell a speaker line (a name alone a member:
        ``heads.asker_label``), the question, the answerer's cell (財政課長; wrapped in the cell,
        まちづく / り課長, one word), the answer. A speaker's cell left empty (merged with the one
        above): the same speaker again — or, the column's text going on from the row above (a row
        broken by a page), no new turn. Other columns (番号) are the row's furniture (cue
        ``field``); the question's subject (質問事項 before 質問の要旨) the item the row's question is
        asked under, its lines before the asker's (cue ``lead``: agenda)."""
        table, cells = self.table, self.cells
        speaker_of = {table.ask: next(iter(sorted(table.names)), None), **dict(table.answerers)}
        named = set(table.names) | set(speaker_of.values())
        for k in table.topics:
            lines.extend([Line(t, len(lines) + 1 + n, p, "lead") for n, (t, p) in enumerate(cells[k])])
        for k, pieces in enumerate(cells):
            texts = [t for t, _p in pieces]
            if k in named or k in table.topics or not pieces:
                continue
            if k not in speaker_of:
                lines.extend([Line(t, len(lines) + 1 + n, p, "field") for n, (t, p) in enumerate(pieces)])
                continue
            self.speaker_line(k, speaker_of[k], pieces[0][1], lines)
            if k in dict(table.answers) and _SPACES.sub("", "".join(texts)) in NO_ANSWER:
                lines.extend([Line(t, len(lines) + 1 + n, p, "head") for n, (t, p) in enumerate(pieces)])
                continue
            lines.extend([Line(t, len(lines) + 1 + n, p) for n, (t, p) in enumerate(pieces)])
            self.last = (k, not texts[-1].endswith(_PARAGRAPH_ENDS))
        self.cells = [[] for _ in table.starts]

    def speaker_line(self, k: int, at: int | None, page: int, lines: list[Line]) -> None:
        """The speaker line before column ``k``'s words, from the cell of column ``at`` naming
        who speaks (see ``flush_named``)."""
        table, cells = self.table, self.cells
        if at is not None and cells[at]:
            said = [t for t, _p in cells[at] if not seat_alone(t)] or [t for t, _p in cells[at]]  # ５番 / 堀内 / 由香里
            # 西村議 / 員: a label wrapped in the narrow column; 松下 / 由紀: a name broken where its space stood
            label = (asker_label(("\u3000" if names_alone("".join(said)) else "").join(said), table.asker)
                     if at in table.names else _wrapped_label(said))
            self.said[at] = label
            lines.append(Line(label, len(lines) + 1, cells[at][0][1], "speaker"))
        elif self.last is not None and self.last == (k, True):
            pass  # the cell above goes on (a row broken by a page)
        elif at is not None and at in self.said:
            lines.append(Line(self.said[at], len(lines) + 1, page, "speaker"))
        elif k == table.ask:
            lines.append(Line(table.asker, len(lines) + 1, page, "speaker"))


def _wrapped_label(pieces: list[str]) -> str:
    """An answerer's cell over lines as one label: a title wrapped in a narrow column is one
    word (まちづく / り課長 → まちづくり課長, 産業振興 / 課長); a name under a title stands apart
    (財政課長 / 山田 → 財政課長　山田, read title first).

    >>> _wrapped_label(["まちづく", "り課長"]), _wrapped_label(["財政課長", "山田"])
    ('まちづくり課長', '財政課長\u3000山田')
    """
    out = ""
    for piece in pieces:
        piece = _SPACES.sub("", piece)
        out += f"\u3000{piece}" if out.endswith("長") and not piece.endswith("長") else piece
    return out


def _body_columns(pages: list[list[_Row]], at: tuple[int, int], table: _Exchanges, heading: _Row) -> _Exchanges:
    """A table without rules: where its columns start, from the lines under the heading row
    (a heading may stand centred over its column): for each heading word the last left edge
    at or before it at which two pieces or more of the next lines start."""
    rows = [r for rows in pages[at[0]:] for r in rows][at[1] + 1:at[1] + 41]
    edges = Counter(round(x) for r in rows for x, _t in r.cells or [(r.x0, r.text)])
    common = sorted(x for x, n in edges.items() if n >= 2)
    starts = list(table.starts)
    for k, (x, _t) in enumerate(heading.cells or []):
        before = [e for e in common if e <= x + 3 and (k == 0 or e > starts[k - 1] + 3)]
        if before:
            starts[k] = before[-1] - 3
    return replace(table, starts=tuple(starts))


def _exchange_end(pages: list[list[_Row]], at: tuple[int, int], table: _Exchanges) -> _Row | None:
    """The last line of a table of exchanges without rules: the last line with a piece in an
    answering column, and the lines after it that go on in a paragraph of the table's columns
    (the line before ends none, no gap of a paragraph between)."""
    answering = min(table.starts[k] for k, _w in table.answers)
    rows = [r for rows in pages[at[0]:] for r in rows][at[1] + 1:]
    last = max((k for k, r in enumerate(rows) if any(x >= answering for x, _t in r.cells or [(r.x0, r.text)])),
               default=None)
    if last is None:
        return None
    ends: dict[int, str] = {}  # column -> its text's last line so far
    for r in rows[:last + 1]:
        ends.update(_by_column(r, table.starts))
    while last + 1 < len(rows) and rows[last].bottom - rows[last + 1].top < rows[last].height:
        pieces = _by_column(rows[last + 1], table.starts)
        if any(ends.get(k, "。").endswith(_PARAGRAPH_ENDS) for k in pieces):
            break  # a paragraph starts: no line of the table's
        ends.update(pieces)
        last += 1
    return rows[last]


def _by_column(row: _Row, starts: tuple[float, ...], pieces: list[tuple[float, str]] | None = None) -> dict[int, str]:
    """The row's pieces (its cells, or ``pieces``) by the column they stand in, two in one column
    apart by U+3000 (中川　浩)."""
    out: dict[int, str] = {}
    for x, t in pieces or row.cells or [(row.x0, row.text)]:
        k = max((k for k, s in enumerate(starts) if x >= s), default=0)
        out[k] = f"{out[k]}\u3000{t}" if k in out and pieces else t
    return out


def _lead_lines(cells: list[tuple[float, str]], table: _Table, page_no: int,
                lines: list[Line]) -> list[tuple[float, str]]:
    """日程第３ | 議　長 | …: the item a row opens, a line of its own (cue ``lead``) before the
    speaker's; the cells left. Alone on its row, a line at the lead column's edge is the
    page's text under the table, no cell."""
    while len(cells) > 1 and any(abs(cells[0][0] - x) <= 3 for x in table.lead):
        number = table.numbers is not None and abs(cells[0][0] - table.numbers) <= 3
        lines.append(Line(clean(cells[0][1]).strip(), len(lines) + 1, page_no, "field" if number else "lead"))
        cells = cells[1:]
    return cells


def _margin(pages: list[list[_Row]]) -> float:
    """The left margin: the most common left edge of the text lines."""
    edges = Counter(round(r.x0) for rows in pages for r in rows)
    return float(edges.most_common(1)[0][0]) if edges else 0.0


def _head_key(row: _Row) -> tuple[str, int]:
    return _DIGITS.sub("#", row.text.strip()), round(row.top / 4)


def _repeated(pages: list[list[_Row]]) -> set[tuple[str, int]]:
    """Texts (digits folded) at the same height at the top or bottom of most pages — of both
    pages of a file of two (a running head over each: no part of the title under it)."""
    if len(pages) < 2:
        return set()
    seen: Counter[tuple[str, int]] = Counter()
    for rows in pages:
        seen.update({_head_key(r) for r in rows[:2] + rows[-2:]})
    return {k for k, n in seen.items() if n >= (2 if len(pages) == 2 else max(3, 0.6 * len(pages)))}


def _is_furniture(rows: list[_Row], i: int, repeated: set[tuple[str, int]]) -> bool:
    """A page number or running head: only among the first or last two lines of a page."""
    if 1 < i < len(rows) - 2:
        return False
    return is_page_number(rows[i].text) or _head_key(rows[i]) in repeated


def _load_pages(path: Path, file: str) -> list[list[_Row]]:
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise InputError(_("not a PDF file (no %PDF header)"), file=file,
                         hint=_("give the minutes as .txt, .docx or .pdf"))
    try:
        # boxes_flow=None: no grouping of text boxes (pairwise, memory grows with the square
        # of the boxes on a page); _rows orders the lines by position itself
        return [_rows(page) for page in iter_pages(path, LAParams(boxes_flow=None))]
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(_("the PDF is password-protected"), file=file,
                         hint=_("save a copy without a password and give that")) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as e:
        raise InputError(_("the PDF cannot be read ({name})").format(name=type(e).__name__), file=file,
                         hint=_("open it and save it again as PDF, or give the .docx")) from None


def read_pdf(path: Path) -> SourceText:
    """Read the text layer of a PDF of minutes into lines that carry their page."""
    file = str(path)
    pages = _load_pages(path, file)
    if not any(r.text.strip() for rows in pages for r in rows):
        raise InputError(_("no text layer (a scanned PDF?)"), file=file,
                         hint=_("run OCR on it first (e.g. in Acrobat) and give the result"))
    margin = _margin(pages)
    repeated = _repeated(pages)
    pitch = _pitch(pages)
    tables = _Tables(pages)
    lines: list[Line] = []
    for page_no, rows in enumerate(pages, 1):
        kept = [r for i, r in enumerate(rows) if not _is_furniture(rows, i, repeated)]
        for prev, row in zip([None, *kept], kept):
            if prev is not None and pitch and prev.bottom - row.bottom > 1.5 * pitch and not tables.inside():
                lines.append(Line("", len(lines) + 1, page_no))
            if not tables.take(row, page_no, lines):
                lines.append(Line(_plain_text(row, margin), len(lines) + 1, page_no))
    tables.end(lines)
    return SourceText(file=file, lines=tuple(lines), encoding=None, format="pdf")


class _Tables:
    """The tables of a file as its lines are read: a table of exchanges from its heading row
    (委員の主な意見・質問 | 事務局の回答), a speaker | remark table from its heading row or, found
    from the layout, its first row on."""

    def __init__(self, pages: list[list[_Row]]) -> None:
        self.pages = pages
        self.table: _Table | None = None
        self.reader: _TableReader | None = None
        self.exchanges: _ExchangeReader | None = None
        self.paused = 0  # the lines read when the table of exchanges last took a row
        layout = _layout_table(pages)
        self.layout = layout[2] if layout else None
        self.start = pages[layout[0]][layout[1]] if layout else None

    def inside(self) -> bool:
        """Within a table of exchanges (its rows are given whole: no blank line inside)."""
        return self.exchanges is not None and not self.exchanges.done

    def take(self, row: _Row, page_no: int, lines: list[Line]) -> bool:
        """The row read as a table's (True), or left to be read as the page's text."""
        resumed, found = self.heading(row, page_no, lines)
        if resumed:
            return True
        if found is not None:
            self.open_exchanges(found, row, page_no)
        if self.exchanges is not None and self.exchanges.row(row, page_no, lines, found is not None):
            self.paused = len(lines)
            return True
        if self.table is None and (headed := _heading_row(row)) is not None:
            self.table = _under_heading(headed, self.pages, page_no, row)
        self.table = self.table or (self.layout if row is self.start else None)
        if self.table is not None and self.reader is None:
            self.reader = _TableReader(self.table, self.pages)
        return self.reader is not None and self.reader.row(row, page_no, lines)

    def heading(self, row: _Row, page_no: int, lines: list[Line]) -> tuple[bool, _Exchanges | None]:
        """The heading row of a table of exchanges: a new table's (its columns), or the one read
        before starting again on a page (``resume``: True, the row taken)."""
        again = self.exchanges is not None and self.exchanges.done
        found = _exchange_heading(row) if self.table is None else None
        if found is not None and self.exchanges is not None:
            # again on the next page, right under the row broken by it or under the running head
            return self.resume(found, row, page_no, lines) if again or found.answerers or found.names else False, None
        return False, found

    def open_exchanges(self, found: _Exchanges, row: _Row, page_no: int) -> None:
        """A table of exchanges from its heading row on: ruled, or its columns and last line
        found from the lines below."""
        at = (page_no - 1, next(k for k, r in enumerate(self.pages[page_no - 1]) if r is row))
        if not row.ruled[0]:
            found = _body_columns(self.pages, at, found, row)
        end = None if row.ruled[0] else _exchange_end(self.pages, at, found)
        self.exchanges = _ExchangeReader(found, row.ruled[0], end)

    def resume(self, found: _Exchanges, row: _Row, page_no: int, lines: list[Line]) -> bool:
        """A question-and-answer table's heading row again on the next page: the table goes on
        (the row broken by the page with it), the heading and the running head above it the
        page's furniture (cue ``field``: the turn goes on)."""
        assert self.exchanges is not None
        if not (found.answerers or found.names) or replace(found, starts=()) != replace(self.exchanges.table, starts=()):
            return False
        self.exchanges.done = False
        for k in range(self.paused, len(lines)):
            if lines[k].page == page_no:
                lines[k] = replace(lines[k], cue="field")
        self.paused = len(lines) + 1
        return self.exchanges.row(row, page_no, lines, "field")

    def end(self, lines: list[Line]) -> None:
        if self.exchanges is not None and any(self.exchanges.cells):
            self.exchanges.flush(lines)


def _pitch(pages: list[list[_Row]]) -> float:
    """The usual distance between two lines (the median)."""
    pitches = [a.bottom - b.bottom for rows in pages for a, b in zip(rows, rows[1:]) if a.bottom > b.bottom]
    return statistics.median(pitches) if pitches else 0.0


def _plain_text(row: _Row, margin: float) -> str:
    """A line outside a table: a private-use glyph at its start a bullet, an indent U+3000."""
    text = row.text
    if text.lstrip().startswith("(cid:"):
        text = _CID.sub("・", text, count=1)
    text = clean(_CID.sub("", text)).strip()
    return "\u3000" + text if row.x0 - (margin if row.margin is None else row.margin) >= 0.5 * row.height else text
