"""Minutes exported as a delimited table of utterances (CSV, TSV), as 会議録検索 systems and
open-data portals publish 会議録: a heading row naming the columns, then one row per utterance.

    "会議名","開催日","発言番号","発言者","役職","発言内容"
    "令和６年第２回定例会 総務委員会","2024-06-12","3","石川","委員長","ただいまから…
    本日の案件は…"                          ← a quoted cell with line breaks inside
    "…","…","4","","","（午前１０時０２分）"   ← a row without a speaker

Read as plain text lines, every line would be the meeting's name, the date, a number and the
speech glued together, and the file refused (no speaker). ``read_delimited`` reads the rows with
the csv module and gives the parser the lines a table drawn in text gives it
(``ingest.texttable``, the cues of ``model.Line``), one line still per line of the file (a quoted
cell's lines keep their own numbers, as ``cat -n`` shows them):

- the heading row is found by its column names (``heads.TABLE_SPEAKER_HEADS``, the speech's
  ``heads.TABLE_REMARK_HEADS``; the title's ``heads.TABLE_TITLE_HEADS``; the meeting's name and
  date ``heads.TABLE_MEETING_HEADS`` / ``heads.TABLE_DATE_HEADS``) among the first rows; it is cued
  ``head`` (furniture), and before it, under its number, stand the meeting's name and date as the
  first row gives them (the front matter: the record's title and ``開催日　2024-06-12``);
- a row with a speaker is cued ``row``: the speaker (the name and the title as the parser's other
  readers give them: ``石川委員長``; a label that already holds the title or brackets as written,
  ``委員長（石川）``; an assembly's ``…君`` as ``議長（山田太郎君）``), U+3000, the speech cell's first
  line; the cell's other lines follow under their own numbers, uncued (the speech going on);
- a row with no speaker is read as it stands: before the first turn the front matter (the date,
  the attendees, the opening clock); after it the row's first line is cued ``after`` — no speaker
  holds the floor (a clock, a note, 「異議なし」: a stage direction or the record's narrative);
- the lines before the heading row are read as they stand;
- an export of several meetings (a search's hits over several days or committees: the meeting's
  name or date column changes between rows) is several meetings, one ``SourceText`` each, all
  of the same file under its own line numbers: a meeting's rows are those from the row whose
  name or date differs from the rows above (an empty cell continues the meeting) to the next
  such row, its name and date stand before it under its first row's number; the lines above
  the heading row and the heading row are the first meeting's.

A file with no such heading row is no minutes table: one error, the file and what to do.
"""
from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..model import Line, SourceText
from .heads import (TABLE_DATE_HEADS, TABLE_MEETING_HEADS, TABLE_REMARK_HEADS, TABLE_SPEAKER_HEADS,
                    TABLE_TITLE_HEADS)
from .text import clean

#: how many rows may stand above the heading row (a title, an export's note)
_HEAD_WITHIN = 5
_SPACES = re.compile(r"[ \u3000]+")
#: a label that already says the title or the person: brackets, a colon
_WRITTEN = re.compile(r"[（(【［\[〔]")
#: a field too large for the csv module's default (a long speech in one cell)
csv.field_size_limit(1 << 24)


class _Columns:
    """Where the heading row puts the speaker, the title, the speech, the meeting and the date."""

    def __init__(self, heads: list[str]) -> None:
        names = [_SPACES.sub("", h.strip().lstrip("\ufeff")) for h in heads]
        self.speaker = _first(names, TABLE_SPEAKER_HEADS)
        self.title = _first(names, TABLE_TITLE_HEADS)
        taken = {self.speaker, self.title}
        self.remark = next((k for h in TABLE_REMARK_HEADS for k, n in enumerate(names)
                            if n == h and k not in taken), None)
        self.meeting = _first(names, TABLE_MEETING_HEADS)
        self.date = _first(names, TABLE_DATE_HEADS)

    @property
    def found(self) -> bool:
        return self.speaker is not None and self.remark is not None


def _first(names: list[str], words: tuple[str, ...]) -> int | None:
    """The column headed by the first of ``words`` that heads one (the list's order is preference)."""
    return next((names.index(w) for w in words if w in names), None)


def _cell(row: list[str], k: int | None) -> str:
    return row[k] if k is not None and k < len(row) else ""


def speaker_label(name: str, title: str) -> str:
    """The speaker's label from a row's name and title cells, as the parser's other readers write
    it: the surname and the title (``石川`` + ``委員長`` → ``石川委員長``; a full name parted by a space
    gives its surname: ``石川　恭子`` + ``委員長`` → ``石川委員長``), either alone (the name whole, its
    spaces gone), a name cell that already holds its title or brackets as written (``委員長（石川）``),
    an assembly's ``…君`` after the title in brackets (``議長（山田太郎君）``).

    >>> speaker_label("石川", "委員長"), speaker_label("", "事務局長"), speaker_label("委員長（石川）", "")
    ('石川委員長', '事務局長', '委員長（石川）')
    >>> speaker_label("石川　恭子", "委員長"), speaker_label("石川　恭子", ""), speaker_label("石川恭子", "委員長")
    ('石川委員長', '石川 恭子', '石川恭子委員長')
    >>> speaker_label("山田 太郎君", "議長"), speaker_label("斎藤委員", "委員"), speaker_label("", "")
    ('議長（山田太郎君）', '斎藤委員', '')

    A name cell of three words or two and no title cell keeps its words apart by an ASCII space
    (the row's label and speech are apart by U+3000): the title may stand first in it, before a
    full name (``委員長　浅野　浩一``), which the parser reads by its role table
    (``title_first.title_then_full_name``; a name alone, ``石川　恭子``, is read without the space).

    >>> speaker_label("委員長　浅野　浩一", ""), speaker_label("委員長　浅野浩一", "")
    ('委員長 浅野 浩一', '委員長 浅野浩一')
    """
    name, title = name.strip(), _SPACES.sub("", title.strip())
    pieces = _SPACES.split(name)
    surname = pieces[0]
    if not title and 2 <= len(pieces) <= 3 and not _WRITTEN.search(name):
        return " ".join(pieces)
    name = _SPACES.sub("", name)
    if not name or not title or name.endswith(title) or _WRITTEN.search(name):
        return name or title
    if name.endswith("君"):
        return f"{title}（{name}）"
    return surname + title


def _delimiter(first_lines: str, suffix: str) -> str:
    """A tab for a .tsv or a heading with tabs and no commas, else a comma."""
    if suffix == ".tsv" or "\t" in first_lines and "," not in first_lines:
        return "\t"
    return ","


def read_delimited(text: str, file: str, *, encoding: str | None, suffix: str) -> tuple[SourceText, ...]:
    """A CSV/TSV export of minutes (its text decoded) into lines the parser reads (see the module):
    one line per line of the file, a quoted cell's lines under their own numbers; one
    ``SourceText`` a meeting."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    physical = text.split("\n")
    if physical and physical[-1] == "":
        physical.pop()
    reader = csv.reader((p + "\n" for p in physical),
                        delimiter=_delimiter("\n".join(physical[:_HEAD_WITHIN + 1]), suffix))
    rows: list[_Row] = []
    start = 1
    for cells in reader:
        # the cell's lines, each on the file's line it stands on (the cells before it may hold
        # line breaks too: they move its start down)
        rows.append(_Row(start, reader.line_num, cells))
        start = reader.line_num + 1
    if start <= len(physical):
        rows.append(_Row(start, len(physical), []))  # blank lines the reader passed over at the end
    form = "tsv" if suffix == ".tsv" else "csv"
    return tuple(SourceText(file=file, lines=lines, encoding=encoding, format=form)
                 for lines in _table_lines(rows, file, lambda n: clean(physical[n - 1])))


def read_workbook(path: Path) -> tuple[SourceText, ...]:
    """An .xlsx export of the same shape (a heading row, one row per utterance) on its first sheet
    that has such a heading: its line numbers are the sheet's row numbers, a cell's lines share
    its row's number (as a Word paragraph's lines share the paragraph's)."""
    from openpyxl import load_workbook

    from ..docx.safety import check_docx_safe

    file = str(path)
    check_docx_safe(path, kind="xlsx")  # the zip's sizes and parts, before openpyxl unpacks it
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises what zipfile, lxml and its own reader raise
        raise InputError(_("not a readable .xlsx ({e})").format(e=e), file=file,
                         hint=_("save the table again from Excel or LibreOffice")) from None
    try:
        sheets = [[_Row(n, n, [_text(v) for v in values])
                   for n, values in enumerate(sheet.iter_rows(values_only=True), 1)] for sheet in book.worksheets]
    finally:
        book.close()
    found = next((rows for rows in sheets if _heading(rows) is not None), sheets[0] if sheets else [])
    by_number = {r.first: "\u3000".join(c for c in r.cells if c.strip()) for r in found}
    return tuple(SourceText(file=file, lines=lines, encoding=None, format="xlsx")
                 for lines in _table_lines(found, file, lambda n: clean(by_number.get(n, ""))))


def _text(value: object) -> str:
    """A spreadsheet cell's value as text (a date cell as its ISO date, a number as written)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Row:
    """A row of the table: the first and last line of the file it stands on, its cells."""

    __slots__ = ("first", "last", "cells")

    def __init__(self, first: int, last: int, cells: list[str]) -> None:
        self.first, self.last, self.cells = first, last, [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]

    def numbers(self, k: int | None) -> list[tuple[int, str]]:
        """Each line of cell ``k`` with the file's line it stands on; the row's lines the cell
        leaves empty as ``""``. A row on one line of the file (a spreadsheet's) keeps the cell's
        lines under that one number."""
        pieces = _cell(self.cells, k).split("\n")
        if self.first == self.last:
            return [(self.first, clean(p).rstrip()) for p in pieces]
        before = sum(c.count("\n") for c in self.cells[:k]) if k is not None else 0
        return [(n, clean(pieces[n - self.first - before]).rstrip() if 0 <= n - self.first - before < len(pieces)
                 else "") for n in range(self.first, self.last + 1)]


def _heading(rows: list[_Row]) -> int | None:
    """The index of the heading row among the first rows, None when there is none."""
    return next((k for k, row in enumerate(rows[:_HEAD_WITHIN + 1]) if _Columns(row.cells).found), None)


def _table_lines(rows: list[_Row], file: str, raw: Callable[[int], str]) -> list[tuple[Line, ...]]:
    """The lines the parser reads from the table's rows, one tuple a meeting (``raw``: a line of
    the file as it stands, for the lines above the heading row)."""
    head = _heading(rows)
    if head is None:
        raise InputError(_("a table with no heading row naming the speaker and the speech (発言者, 発言内容)"),
                         file=file, line=1, hint=_("export the minutes with a heading row, or as text"))
    cols = _Columns(rows[head].cells)
    # the lines above the heading row: read as they stand
    out = [Line(raw(n), n) for n in range(1, rows[head].first)]
    above = _SPACES.sub("", "".join(line.text for line in out))
    meetings = _meetings(rows[head + 1:], cols)
    out.extend(_front(meetings[0][0].cells if meetings[0] else [], cols, rows[head].first, above))
    out.append(Line("発言者\u3000発言内容", rows[head].first, None, "head"))
    out.extend(Line("", n) for n in range(rows[head].first + 1, rows[head].last + 1))
    found = []
    for k, part in enumerate(meetings):
        if k:
            found.append(tuple(out))
            out = _front(part[0].cells, cols, part[0].first, "")
        spoken = False  # a row with a speaker read: from then on a row without one ends the turn
        for row in part:
            label = speaker_label(_cell(row.cells, cols.speaker), _cell(row.cells, cols.title))
            out.extend(_row(label, row.numbers(cols.remark), spoken))
            spoken = spoken or bool(label)
    found.append(tuple(out))
    return found


def _meetings(rows: list[_Row], cols: _Columns) -> list[list[_Row]]:
    """The rows under the heading, parted where the meeting's name or date changes (a row with
    both cells empty goes on with the meeting above it): one list a meeting, never empty but
    for a table with no rows."""
    parts: list[list[_Row]] = [[]]
    current: tuple[str, str] | None = None
    for row in rows:
        key = (_SPACES.sub("", _cell(row.cells, cols.meeting)), _SPACES.sub("", _cell(row.cells, cols.date)))
        if any(key):
            if current is not None and key != current and parts[-1]:
                parts.append([])
            current = key
        parts[-1].append(row)
    return parts


def _front(row: list[str], cols: _Columns, number: int, above: str) -> list[Line]:
    """The meeting's name and date as the first row gives them, under the heading row's number
    (the name not when a title above the heading row already says it: 「…定例会　会議録」)."""
    return front_lines(_cell(row, cols.meeting), _cell(row, cols.date), number, above)


def front_lines(meeting: str, date: str, number: int, above: str = "") -> list[Line]:
    """The front matter's lines of a meeting's name and date (either may be ""), under line
    ``number``: the name as it stands, the date after 開催日 (the name not when ``above``, the
    lines above, already says it). The field reader (``ingest.fields``) writes them so too."""
    out = []
    meeting, date = clean(meeting.strip()), clean(date.strip())
    if meeting and _SPACES.sub("", meeting) not in above:
        out.append(Line(meeting, number))
    if date:
        out.append(Line(f"開催日\u3000{date}", number))
    return out


def _row(label: str, texts: list[tuple[int, str]], spoken: bool) -> list[Line]:
    """One row's lines: with a speaker, the first cued ``row`` (the speaker, U+3000, the speech's
    first line), the others the speech going on; with none, read as they stand."""
    if label:
        return [Line(f"{label}\u3000{t.strip()}".rstrip("\u3000"), n, None, "row") if k == 0 else Line(t, n)
                for k, (n, t) in enumerate(texts)]
    # no speaker: after the turns began nobody holds the floor from the cell's first words on;
    # before them (the front matter, the opening clock) the lines are read as they stand
    opens = next((k for k, (_n, t) in enumerate(texts) if t.strip()), None) if spoken else None
    return [Line(t, n, None, "after" if k == opens else None) for k, (n, t) in enumerate(texts)]
