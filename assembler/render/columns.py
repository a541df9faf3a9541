"""The one table of trace columns: the .docx appendix, the CSV, the XLSX and the JSON trace are
all written from it.

A column has a ``key`` (its CSV/XLSX header and its key in each JSON point), a ``label``
(the key of its heading in ``templates/trace_columns.j2``, a ``key: 見出し`` line; only
appendix columns need one), a ``share`` of the appendix table's width (0: not in the
appendix, only in the files) and a ``cell`` function that reads the value from a
``TraceRow``. A column that ``fit``s is as wide in the appendix as its widest line (an id, a
name, a file name: never broken inside), the others share the rest of the width by their
share (``render/widths.py``); a ``keep`` regex names the spans of a cell that never break
inside (the terms of the placement cell). The appendix shows the columns with a share, in table order; the files show
every column, in table order; a JSON point holds the parse contract, the placement's
evidence and every column that is not ``nested`` in what the point itself writes (``file``
and the lines are under ``source`` there, ``narration`` only where the point has one).

Adding a column is one line here and, for the appendix, one label line in the template.
The render stage may present a cell differently in the .docx (the meeting and source
cells use their templates) but never reads another field.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from assembler.model import JSONObject, TraceRow


@dataclass(frozen=True)
class Column:
    """One trace column: see the module docstring. ``width`` is its XLSX width (characters)."""

    key: str
    label: str | None
    share: float
    cell: Callable[[TraceRow], object]
    width: int = 10
    nested: bool = False
    fit: bool = False
    keep: str | None = None  # a regex: its matches in a cell never break inside (appendix)


def _placed_by(row: TraceRow) -> str:
    a = row.assignment
    if a is None:
        return ""
    if a.excluded:
        return "excluded"
    if a.manual:
        return "manual"
    if a.section is None and row.point.kind == "procedural":
        return "procedural"
    return "auto"


def _sections(row: TraceRow) -> list[str]:
    return list(row.assignment.sections) if row.assignment else ([row.section] if row.section else [])


COLUMNS: tuple[Column, ...] = (
    Column("id", "id", 0.09, lambda r: r.point.id, 14, fit=True),
    Column("meeting", None, 0, lambda r: r.point.meeting),
    Column("section", None, 0, lambda r: r.section, 14),
    Column("section_title", "section", 0.10, lambda r: r.section_title, 24),
    Column("sections", None, 0, _sections, 18),
    Column("text", "text", 0.42, lambda r: r.point.text, 80),
    # the sentence a narrated act's words came from (``Point.narration``; the JSON holds it
    # from the point itself, where there is one, and the appendix under the text)
    Column("narration", None, 0, lambda r: r.point.narration, 60, nested=True),
    Column("speaker", "speaker", 0.07, lambda r: r.point.speaker.label, fit=True),
    Column("name", None, 0, lambda r: r.point.speaker.name),
    Column("title", None, 0, lambda r: r.point.speaker.title),
    Column("role", None, 0, lambda r: r.point.speaker.role),
    Column("kind", None, 0, lambda r: r.point.kind),
    Column("meeting_label", "meeting", 0.06, lambda r: r.meeting.label, fit=True),
    Column("source_cell", "source", 0.11, lambda r: _source(r), 28, fit=True),
    Column("file", None, 0, lambda r: r.point.source.file, 28, nested=True),
    Column("line_start", None, 0, lambda r: r.point.source.line_start, nested=True),
    Column("line_end", None, 0, lambda r: r.point.source.line_end, nested=True),
    Column("page", None, 0, lambda r: r.point.source.page, nested=True),
    Column("uncertain", None, 0, lambda r: bool(r.assignment and r.assignment.uncertain)),
    Column("placed_by", None, 0, _placed_by),
    Column("placement", "placement", 0.14, lambda r: r.placement, 30,
           keep=r"『[^』]*』"),  # 『オペレーション』 stays whole
    Column("group", None, 0, lambda r: r.group_id, 14),
    Column("merge", "merge", 0.07, lambda r: r.group, 18, fit=True),
)


def _source(row: TraceRow) -> str:
    """file:line(–line), p.N for a PDF: the source cell as plain text."""
    s = row.point.source
    lines = f"{s.line_start}" if s.line_end == s.line_start else f"{s.line_start}–{s.line_end}"
    page = f" p.{s.page}" if s.page is not None else ""
    return f"{s.file}:{lines}{page}"


def appendix(columns: tuple[Column, ...] | None = None) -> tuple[Column, ...]:
    """The columns the .docx appendix shows, in order (of ``COLUMNS`` by default, read at
    call time)."""
    return tuple(c for c in (COLUMNS if columns is None else columns) if c.share > 0)


def record(row: TraceRow, columns: tuple[Column, ...] | None = None) -> JSONObject:
    """A point of the JSON trace: the parse contract, the placement's evidence (scores,
    matched terms, reason) and every column's value (nested ones stay under ``source``).

    The column values are set last: ``placement`` is the wording every output shows,
    ``placed_by`` its code (auto, manual, excluded, procedural).
    """
    d = row.point.to_dict()
    if row.assignment is not None:
        d.update(row.assignment.to_dict())
    for c in COLUMNS if columns is None else columns:
        if not c.nested:
            d[c.key] = c.cell(row)
    return d
