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
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from assembler.draft import trace_rows
from assembler.model import Assignment, Group, JSONObject, Meeting, Minutes, Outline, TraceRow
from assembler.render import columns as table
from assembler.render.cells import csv_field
from assembler.render.columns import Column, record
from assembler.render.files import other_folder
from assembler.transaction import cause, folder_cause

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


@contextlib.contextmanager
def _replacing(path: Path, mode: str = "wb", *, encoding: str | None = None,
               newline: str | None = None) -> Iterator[IO[Any]]:
    """A file written beside ``path`` and renamed over it only when the block completes
    (text or bytes as ``mode`` says: IO[Any])."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise folder_cause(e, path, elsewhere=other_folder()) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise cause(e, path, elsewhere=other_folder()) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise cause(e, path, elsewhere=other_folder()) from None
        raise


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _json_list(f: IO[str], key: str, items: Iterable[object], last: bool = False) -> None:
    f.write(f'"{key}":[')
    sep = "\n"
    for item in items:
        f.write(sep)
        f.write(_dumps(item))
        sep = ",\n"
    f.write("\n]" + ("}\n" if last else ",\n"))


def write_json(trace: Trace, path: Path) -> Path:
    """The JSON trace, compact, one line per meeting, point and group."""
    with _replacing(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("{")
        _json_list(f, "meetings", (m.to_dict() for m in trace.meetings))
        _json_list(f, "points", trace.points())
        _json_list(f, "groups", (g.to_dict() for g in trace.groups))
        f.write(f'"problems":{_dumps(list(trace.problems))}')
        for key, value in (trace.accounting or {}).items():
            f.write(f',\n"{key}":{_dumps(value)}')
        f.write("}\n")
    return path


def write_csv(trace: Trace, path: Path) -> Path:
    """The points as CSV (UTF-8 with BOM, CRLF: what Excel opens as Japanese text)."""
    with _replacing(path, "w", encoding="utf-8-sig", newline="") as f:
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
    from assembler.render.xlsx import write_xlsx as write

    sheets = (
        ("points", [(c.key, c.width) for c in trace.columns],
         (row_cells(r, trace.columns) for r in trace.rows)),
        ("meetings", [(c, _MEETING_WIDTHS.get(c, 10)) for c in MEETING_COLUMNS],
         ([_flat(m.get(c)) for c in MEETING_COLUMNS] for m in (x.to_dict() for x in trace.meetings))),
        ("groups", [(c, _GROUP_WIDTHS.get(c, 10)) for c in GROUP_COLUMNS],
         ([_flat(g.get(c)) for c in GROUP_COLUMNS] for g in (x.to_dict() for x in trace.groups))),
    )
    with _replacing(path) as f:
        write(f, sheets, created=_stamp(trace.meetings))
    return path


def write_trace(trace: Trace, docx_path: str | Path) -> tuple[Path, ...]:
    """Write the trace beside the draft (.json, .csv, .xlsx); return the paths."""
    from assembler.timings import stage

    base = Path(docx_path)
    out = []
    for suffix, writer in ((".json", write_json), (".csv", write_csv), (".xlsx", write_xlsx)):
        with stage(f"trace {suffix[1:]}"):
            out.append(writer(trace, base.with_suffix(suffix)))
    return tuple(out)
