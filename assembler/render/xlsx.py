"""A minimal streaming .xlsx writer: sheets of text and numbers, a bold frozen header row.

Why not openpyxl: even in its write-only mode it took 2.6 CPU-seconds per 10,000 trace
points (22 columns; 26 s at 100,000), one Python object per cell. The trace needs none of
its features, so the sheets are written here as SpreadsheetML straight into the zip, row
by row: strings inline (``t="inlineStr"``: never read as a formula), numbers as numbers,
an empty cell left out. The package is deterministic: fixed member order, timestamps and attributes,
and the build's date in the document properties. openpyxl still reads it back in the tests.
"""
from __future__ import annotations

import re
import zipfile
from datetime import datetime
from typing import IO, Iterable, Sequence

from assembler.render.cells import FORMULA_START, formula_like
from assembler.render.files import zip_info

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
           '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
           '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill>'
           '<fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
           # text that starts like a formula: Excel's quote prefix keeps it text when edited
           '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
           '</styleSheet>')


# The smallest theme Excel accepts without repairing the file (a workbook needs one).
_THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">'
          '<a:themeElements><a:clrScheme name="Office">'
          '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
          '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
          + "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in (
              ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"),
              ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"),
              ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")))
          + '</a:clrScheme><a:fontScheme name="Office">'
          + "".join(f'<a:{k}><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
                    f'</a:{k}>' for k in ("majorFont", "minorFont"))
          + '</a:fontScheme><a:fmtScheme name="Office">'
          '<a:fillStyleLst>' + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
          + '</a:fillStyleLst><a:lnStyleLst>'
          + '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' * 3
          + '</a:lnStyleLst><a:effectStyleLst>' + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3
          + '</a:effectStyleLst><a:bgFillStyleLst>'
          + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
          + '</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')


def _text(value: str) -> str:
    """Escaped for XML; characters XML cannot hold are removed by ``_clean`` on whole chunks."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: _ILLEGAL in UTF-8: the control characters are single bytes no other character's encoding
#: holds, U+FFFE and U+FFFF three bytes that start only them.
_ILLEGAL_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def _clean(xml: str) -> bytes:
    """The XML in UTF-8 without the characters XML cannot hold (``_ILLEGAL``), removed from
    the bytes: one pass of ``bytes.translate`` instead of a regular expression over the text
    (0.7 CPU-s for the trace of 100k points)."""
    data = xml.encode("utf-8").translate(None, _ILLEGAL_BYTES)
    if b"\xef\xbf" in data:
        for ch in _NONCHARACTERS:
            data = data.replace(ch, b"")
    return data


def _cell(ref: str, value: object) -> str:
    if type(value) is str and value:  # most cells: text that is not a formula
        style = ' s="2"' if value.startswith(FORMULA_START) else ""
        return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>'
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        value = "true" if value else "false"
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    style = ' s="2"' if formula_like(value) else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{_text(str(value))}</t></is></c>'


def _letters(j: int) -> str:
    """Column letters of the 1-based column ``j`` (1 → A, 27 → AA)."""
    out = ""
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


def _member(zf: zipfile.ZipFile, name: str, data: str | None = None) -> IO[bytes] | None:
    info = zip_info(name, 1)  # the sheets are large and read rarely: the fastest level
    if data is not None:
        zf.writestr(info, _clean(data))
        return None
    return zf.open(info, "w", force_zip64=False)


Sheet = tuple[str, Sequence[tuple[str, float]], Iterable[Sequence[object]]]


def write_xlsx(out: IO[bytes], sheets: Sequence[Sheet], *, created: datetime,
               creator: str = "assembler") -> None:
    """Write a workbook to ``out``: each sheet is (title, [(header, width)…], rows)."""
    n = len(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT}.worksheet+xml"/>'
        for i in range(1, n + 1))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
        '<Override PartName="/xl/theme/theme1.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>{overrides}'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
                + "".join(f'<sheet name="{_text(title)}" sheetId="{i}" r:id="rId{i}"/>'
                          for i, (title, _, _) in enumerate(sheets, 1))
                + "</sheets></workbook>")
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     f'<Relationships xmlns="{_PKG_REL}">'
                     + "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
                               f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
                     + f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
                     f'<Relationship Id="rId{n + 2}" Type="{_REL}/theme" Target="theme/theme1.xml"/>'
                     '</Relationships>')
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{_text(creator)}</dc:creator><cp:lastModifiedBy>{_text(creator)}'
            f'</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
           'schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>assembler</Application></Properties>')
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        _member(zf, "[Content_Types].xml", content_types)
        _member(zf, "_rels/.rels", rels)
        _member(zf, "docProps/core.xml", core)
        _member(zf, "docProps/app.xml", app)
        _member(zf, "xl/workbook.xml", workbook)
        _member(zf, "xl/_rels/workbook.xml.rels", workbook_rels)
        _member(zf, "xl/styles.xml", _STYLES)
        _member(zf, "xl/theme/theme1.xml", _THEME)
        for i, (_, columns, rows) in enumerate(sheets, 1):
            f = _member(zf, f"xl/worksheets/sheet{i}.xml")
            assert f is not None
            with f:
                _sheet(f, columns, rows)


def _sheet(f: IO[bytes], columns: Sequence[tuple[str, float]],
           rows: Iterable[Sequence[object]]) -> None:
    cols = "".join(f'<col min="{j}" max="{j}" width="{width}" customWidth="1"/>'
                   for j, (_, width) in enumerate(columns, 1))
    letters = [_letters(j) for j in range(1, len(columns) + 1)]
    header = "".join(f'<c r="{x}1" s="1" t="inlineStr"><is><t>{_text(name)}</t></is></c>'
                     for x, (name, _) in zip(letters, columns))
    f.write(_clean(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'
             '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
             'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
             f'<cols>{cols}</cols><sheetData><row r="1">{header}</row>'))
    chunk: list[str] = []
    for i, row in enumerate(rows, 2):
        n = str(i)
        cells = [f'<row r="{n}">']
        for x, v in zip(letters, row):
            if type(v) is str and v and not v.startswith(FORMULA_START):  # most cells, inline
                if "&" in v or "<" in v or ">" in v:  # most have none: no call to _text
                    v = _text(v)
                cells.append(f'<c r="{x}{n}" t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>')
            else:
                cells.append(_cell(x + n, v))
        cells.append("</row>")
        chunk.append("".join(cells))
        if len(chunk) >= 1000:
            f.write(_clean("".join(chunk)))
            chunk.clear()
    chunk.append("</sheetData></worksheet>")
    f.write(_clean("".join(chunk)))
