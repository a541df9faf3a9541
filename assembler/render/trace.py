"""The trace beside the draft: the same stem as .json, .csv (UTF-8 with BOM) and .xlsx."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

from assembler.render.files import atomic_write, normalise_zip

CSV_COLUMNS = ("id", "meeting", "speaker", "name", "title", "role", "kind", "section", "sections",
               "uncertain", "placement", "group", "file", "line_start", "line_end", "page", "text")
MEETING_COLUMNS = ("id", "council", "session", "date", "time", "place", "source", "kind")
GROUP_COLUMNS = ("id", "representative", "points", "flagged", "manual")
_WIDTHS = {"id": 14, "text": 80, "file": 28, "sections": 18, "section": 14, "placement": 12,
           "points": 40, "council": 36, "source": 36, "place": 24}


def _cell(value) -> object:
    """A JSON value as a flat cell: lists joined by spaces, None empty, bools as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def point_row(point: dict) -> list:
    """One point of the trace dict flattened in CSV_COLUMNS order (missing keys: empty)."""
    flat = dict(point)
    flat.update({k: v for k, v in (point.get("source") or {}).items()})
    return [_cell(flat.get(c)) for c in CSV_COLUMNS]


def _csv_bytes(trace: dict) -> bytes:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(CSV_COLUMNS)
    for point in trace.get("points", []):
        out.writerow(point_row(point))
    return buf.getvalue().encode("utf-8-sig")


def _stamp(trace: dict) -> datetime:
    dates = [m.get("date") for m in trace.get("meetings", []) if m.get("date")]
    return datetime.fromisoformat(max(dates)[:10]) if dates else datetime(1980, 1, 1)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_bytes(trace: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    stamp = _stamp(trace)
    sheets = (
        ("points", CSV_COLUMNS, [point_row(p) for p in trace.get("points", [])]),
        ("meetings", MEETING_COLUMNS,
         [[_cell(m.get(c)) for c in MEETING_COLUMNS] for m in trace.get("meetings", [])]),
        ("groups", GROUP_COLUMNS,
         [[_cell(g.get(c)) for c in GROUP_COLUMNS] for g in trace.get("groups", [])]),
    )
    bold = Font(bold=True)
    for i, (title, columns, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        ws.append(list(columns))
        for cell in ws[1]:
            cell.font = bold
        for row in rows:
            ws.append([_ILLEGAL.sub("", v) if isinstance(v, str) else v for v in row])
        ws.freeze_panes = "A2"
        for j, c in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(j)].width = _WIDTHS.get(c, 10)
    wb.properties.creator = "assembler"
    wb.properties.lastModifiedBy = "assembler"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    # openpyxl stamps the save time into docProps/core.xml: put the build's date back
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{iso}\g<3>", core)
    return normalise_zip(data, replace={"docProps/core.xml": core.encode("utf-8")})


def write_trace(trace: dict, docx_path: str | Path) -> tuple[Path, ...]:
    """Write the trace dict beside the draft (.json, .csv, .xlsx); return the paths."""
    base = Path(docx_path)
    out = []
    text = json.dumps(trace, ensure_ascii=False, indent=2) + "\n"
    out.append(atomic_write(base.with_suffix(".json"), text.encode("utf-8")))
    out.append(atomic_write(base.with_suffix(".csv"), _csv_bytes(trace)))
    out.append(atomic_write(base.with_suffix(".xlsx"), _xlsx_bytes(trace)))
    return tuple(out)
