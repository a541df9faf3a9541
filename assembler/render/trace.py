"""The trace beside the draft: the same stem as .json, .csv (UTF-8 with BOM) and .xlsx.

All three are written from ``Trace`` (one ``TraceRow`` per point) through the column table
(``render/columns.py``), so a point has one shape everywhere: the appendix, the JSON, the
CSV and the XLSX show the same ``placement`` wording, ``placed_by`` code and merge cell.

They scale with the points: the JSON is written compactly, one line per meeting, point and
group, straight to the file; the CSV and the XLSX row by row (``render/xlsx.py``).
Each file is written to a temporary file beside it and renamed over it when complete.
"""
from __future__ import annotations

import contextlib
import csv
import json
import math
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Callable, ContextManager, Iterable, Iterator

from assembler import collector
from assembler.draft import trace_rows
from assembler.model import Assignment, Group, JSONObject, Meeting, Minutes, Outline, TraceRow
from assembler.render import columns as table
from assembler.render.cells import FORMULA_START, csv_field
from assembler.render.columns import Column, record
from assembler.render.files import replacing

try:  # writes the JSON lines faster, the same text (see _line)
    import orjson
except ImportError:  # pragma: no cover - a dependency; json writes them without it
    orjson = None  # type: ignore[assignment]

MEETING_COLUMNS = ("id", "council", "session", "date", "time", "place", "source", "kind")
GROUP_COLUMNS = ("id", "representative", "points", "flagged", "manual")
_GROUP_WIDTHS = {"id": 14, "representative": 14, "points": 40}
_MEETING_WIDTHS = {"council": 36, "source": 36, "place": 24}


@dataclass(frozen=True)
class Trace:
    """What the trace files hold: the meetings, one row per point, the groups, the problems."""

    meetings: tuple[Meeting, ...]
    rows: tuple[TraceRow, ...]
    groups: tuple[Group, ...]
    problems: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()
    accounting: JSONObject | None = None  # where every input line went (minutes.accounting)

    def __post_init__(self) -> None:
        if not self.columns:  # the table as it is now (a test may add a column)
            object.__setattr__(self, "columns", table.COLUMNS)

    def points(self) -> Iterator[JSONObject]:
        """The JSON points, one at a time."""
        return (record(r, self.columns) for r in self.rows)

    def to_dict(self) -> JSONObject:
        """The whole trace as one dict (what the .json file holds)."""
        return {"meetings": [m.to_dict() for m in self.meetings], "points": list(self.points()),
                "groups": [g.to_dict() for g in self.groups], "problems": list(self.problems),
                **(self.accounting or {})}


def trace_dict(parsed: tuple[Minutes, ...], assignments: tuple[Assignment, ...],
               groups: tuple[Group, ...], problems: tuple[str, ...] = (),
               outline: Outline | None = None) -> JSONObject:
    """The whole trace as a dict: the parse contract plus every column of each point."""
    from assembler.minutes import accounting

    return Trace(tuple(m.meeting for m in parsed), trace_rows(parsed, outline, assignments, groups),
                 groups, problems, accounting=accounting(parsed)).to_dict()


def _flat(value: object) -> object:
    """A value as a flat cell: lists joined by spaces, None empty, bools as true/false."""
    if type(value) is str:  # most cells: nothing to do
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def row_cells(row: TraceRow, columns: tuple[Column, ...]) -> list[object]:
    """One point as CSV/XLSX cells, in the table's order."""
    return [_flat(c.cell(row)) for c in columns]


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(obj: object) -> str:
    return _ENCODER.encode(obj)


#: orjson writes what json writes for the objects of a trace (dicts, lists, str, int, bool,
#: None, finite floats), several times faster, except floats below 1e-4 (0.00001, 1e-7 where
#: json's repr writes 1e-05, 1e-07: such a line is written by json) and NaN or infinity
#: (null, where json writes NaN: a trace holding one is written by json, ``_finite``).
#: Anything else (a subclass, a dataclass, a date) it is told to refuse: json then writes
#: it, or raises as it always did.
_ORJSON_OPTIONS = 0
if orjson is not None:
    _ORJSON_OPTIONS = (orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATACLASS
                       | orjson.OPT_PASSTHROUGH_DATETIME)
_SMALL_FLOAT = re.compile(rb"(?<![0-9.])0\.0000|[0-9]e-[0-9](?![0-9])")


def _line(obj: object, fast: bool) -> str:
    """One object of the trace as compact JSON: by orjson when ``fast`` (the same text, see
    _ORJSON_OPTIONS), else by json."""
    if fast:
        try:
            data = orjson.dumps(obj, option=_ORJSON_OPTIONS)
        except TypeError:  # orjson.JSONEncodeError: refused (a surrogate, a big int, a subclass)
            return _dumps(obj)
        if (b"e-" not in data and b"0.0000" not in data) or not _SMALL_FLOAT.search(data):
            return data.decode("utf-8")
    return _dumps(obj)


def _finite(trace: "Trace") -> bool:
    """Whether every float the trace holds is finite: the sections' scores and the matched
    terms' weights of each point, the scores of the groups' links (no other field holds one)."""
    values: list[float] = []
    for row in trace.rows:
        a = row.assignment
        if a is not None:
            values += [v for _, v in a.scores]
            values += [m.weight for m in a.matched]
    values += [link.score for g in trace.groups for link in g.links]
    return all(map(math.isfinite, values))


def _json_list(f: IO[str], key: str, items: Iterable[object], last: bool = False,
               fast: bool = False) -> None:
    f.write(f'"{key}":[')
    sep = "\n"
    for item in items:
        f.write(sep)
        f.write(_line(item, fast))
        sep = ",\n"
    f.write("\n]" + ("}\n" if last else ",\n"))


def write_json(trace: Trace, path: Path) -> Path:
    """The JSON trace, compact, one line per meeting, point and group."""
    with replacing(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("{")
        _json_list(f, "meetings", (m.to_dict() for m in trace.meetings))
        _json_list(f, "points", trace.points())
        _json_rest(f, trace)
    return path


def _json_rest(f: IO[str], trace: Trace, fast: bool = False) -> None:
    """The JSON trace after its points: groups, problems, the accounting of the lines."""
    _json_list(f, "groups", (g.to_dict() for g in trace.groups), fast=fast)
    f.write(f'"problems":{_dumps(list(trace.problems))}')
    for key, value in (trace.accounting or {}).items():
        f.write(f',\n"{key}":{_dumps(value)}')
    f.write("}\n")


def write_csv(trace: Trace, path: Path) -> Path:
    """The points as CSV (UTF-8 with BOM, CRLF: what Excel opens as Japanese text)."""
    with replacing(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow([c.key for c in trace.columns])
        for row in trace.rows:
            out.writerow([csv_field(v) for v in row_cells(row, trace.columns)])
    return path


def _stamp(meetings: tuple[Meeting, ...]) -> datetime:
    dates = [m.date for m in meetings if m.date]
    return datetime.fromisoformat(max(dates)[:10]) if dates else datetime(1980, 1, 1)


def write_xlsx(trace: Trace, path: Path) -> Path:
    """The points, meetings and groups as three sheets (header row bold and frozen),
    streamed row by row (``render/xlsx.py``)."""
    with replacing(path) as f:
        _xlsx(f, trace, (row_cells(r, trace.columns) for r in trace.rows))
    return path


def _xlsx(f: IO[bytes], trace: Trace, points: Iterator[list[object]]) -> None:
    from assembler.render.xlsx import write_xlsx as write

    sheets = (
        ("points", [(c.key, c.width) for c in trace.columns], points),
        ("meetings", [(c, _MEETING_WIDTHS.get(c, 10)) for c in MEETING_COLUMNS],
         ([_flat(m.get(c)) for c in MEETING_COLUMNS] for m in (x.to_dict() for x in trace.meetings))),
        ("groups", [(c, _GROUP_WIDTHS.get(c, 10)) for c in GROUP_COLUMNS],
         ([_flat(g.get(c)) for c in GROUP_COLUMNS] for g in (x.to_dict() for x in trace.groups))),
    )
    write(f, sheets, created=_stamp(trace.meetings))


SUFFIXES = (".json", ".csv", ".xlsx")


def trace_paths(docx_path: str | Path) -> tuple[Path, ...]:
    """The trace files beside a draft: the same stem as .json, .csv and .xlsx."""
    base = Path(docx_path)
    return tuple(base.with_suffix(s) for s in SUFFIXES)


#: Opens trace file ``index`` (0 JSON, 1 CSV, 2 XLSX) with open()'s ``mode`` and keywords.
Opener = Callable[..., ContextManager[IO[Any]]]


def open_trace_files(files: contextlib.ExitStack[bool | None], opener: Opener
                     ) -> tuple[IO[Any], IO[Any], IO[Any]]:
    """The three files as written (``opener(index, mode, **kw)`` opens one): JSON in UTF-8
    with LF, CSV in UTF-8 with BOM (CR LF rows, what Excel opens as Japanese text), XLSX."""
    return (files.enter_context(opener(0, "w", encoding="utf-8", newline="\n")),
            files.enter_context(opener(1, "w", encoding="utf-8-sig", newline="")),
            files.enter_context(opener(2, "wb")))


def write_trace(trace: Trace, docx_path: str | Path) -> tuple[Path, ...]:
    """Write the trace beside the draft (.json, .csv, .xlsx); return the paths.

    Each file replaces its target only when all three are complete (see write_files;
    ``render/background.py`` does the same in a second process while the .docx is written).
    """
    from assembler.timings import stage

    paths = trace_paths(docx_path)
    with stage("trace"), collector.paused(), contextlib.ExitStack() as files:
        write_files(trace, *open_trace_files(files, lambda i, mode, **kw: replacing(paths[i], mode, **kw)))
    return paths


def write_files(trace: Trace, jf: IO[str], cf: IO[str], xf: IO[bytes]) -> None:
    """The JSON, CSV and XLSX trace, in one pass over the points: each row's column values
    are read once and written to the three files together (the XLSX writer pulls the rows;
    each one pulled is written to the JSON and the CSV on the way)."""
    cols = trace.columns
    out = csv.writer(cf, lineterminator="\r\n")
    out.writerow([c.key for c in cols])
    jf.write("{")
    _json_list(jf, "meetings", (m.to_dict() for m in trace.meetings))
    jf.write('"points":[')
    shown = [i for i, c in enumerate(cols) if not c.nested]
    fast = orjson is not None and _finite(trace)

    def rows() -> Iterator[list[object]]:
        sep = "\n"
        for row in trace.rows:
            values = [c.cell(row) for c in cols]
            point = row.point.to_dict()
            if row.assignment is not None:
                point.update(row.assignment.to_dict())
            for i in shown:
                point[cols[i].key] = values[i]
            jf.write(sep)
            jf.write(_line(point, fast))
            sep = ",\n"
            cells = [v if type(v) is str else _flat(v) for v in values]
            out.writerow([csv_field(v) if type(v) is str and v.startswith(FORMULA_START) else v
                          for v in cells])
            yield cells

    _xlsx(xf, trace, rows())
    jf.write("\n],\n")
    _json_rest(jf, trace, fast)
