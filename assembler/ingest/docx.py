"""Minutes written in Word (.docx), read safely and walked paragraph by paragraph.

The file is checked before anything parses it (``assembler.docx.safety.check_docx_safe``:
zip member count, each member's unpacked size, the total, the compression ratio, and no
``<!DOCTYPE`` in any XML part). Then the body XML is walked in document order — paragraphs,
tables (row by row, cell by cell, nested tables too) and content controls — reading the
text of runs inside insertions, hyperlinks, smart tags and simple fields, and leaving out
deleted text and field codes (``p.text`` would miss or add some of them).

- Line numbers are paragraph numbers: the n-th paragraph of the document, counting empty
  paragraphs and the paragraphs inside table cells. A manual line break (``w:br``) inside a
  paragraph gives several lines with the same number.
- A list paragraph (``w:numPr``) is a bullet start: a bulleted list gets ・, a numbered one
  its number (１．, ２．…; the parser treats those as bullets only under a speaker, so an
  auto-numbered agenda stays an agenda).
- A 2-column table of speaker | remark reads as the speaker's name on its own line followed
  by the remark's paragraphs.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Line, SourceText
from ..model import to_fullwidth
from .text import clean

from ..docx.ooxml import W as _W
from ..i18n import _

if TYPE_CHECKING:  # python-docx and lxml are imported when a .docx is read, not at start-up
    from docx.document import Document
    from lxml.etree import _Element
# Inline containers whose runs are part of the visible text.
_SKIP = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "delText", _W + "rPr", _W + "pPr"}


def _numbering_formats(doc: Document) -> dict[tuple[str, str], str]:
    """(numId, ilvl) -> numFmt (bullet, decimal, …) from the numbering part, if any."""
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for a in numbering.iter(_W + "abstractNum"):
        levels: dict[str, str] = {}
        for lvl in a.iter(_W + "lvl"):
            fmt = lvl.find(_W + "numFmt")
            levels[lvl.get(_W + "ilvl")] = fmt.get(_W + "val") if fmt is not None else "decimal"
        abstract[a.get(_W + "abstractNumId")] = levels
    out: dict[tuple[str, str], str] = {}
    for num in numbering.iter(_W + "num"):
        ref = num.find(_W + "abstractNumId")
        if ref is None:
            continue
        for ilvl, fmt in abstract.get(ref.get(_W + "val"), {}).items():
            out[(num.get(_W + "numId"), ilvl)] = fmt
    return out


def _text(p: _Element) -> list[str]:
    """The visible text of a paragraph, split at manual line breaks."""
    parts: list[str] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag in _SKIP:
            continue
        if tag == _W + "t":
            parts.append(el.text or "")
        elif tag in (_W + "tab", _W + "ptab"):
            parts.append(" ")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _W + "sym":
            parts.append("・")  # Wingdings/Symbol glyphs in minutes are bullets
        else:
            stack.extend(reversed(el))
    return "".join(parts).split("\n")


class _Walker:
    def __init__(self, formats: dict[tuple[str, str], str], style_numbering: dict[str, _Element]) -> None:
        self.formats = formats
        self.style_numbering = style_numbering
        self.counters: dict[tuple[str, str], int] = {}
        self.lines: list[Line] = []
        self.number = 0

    def marker(self, p: _Element) -> str:
        num = p.find(f"{_W}pPr/{_W}numPr")
        if num is None:
            style = p.find(f"{_W}pPr/{_W}pStyle")
            num = self.style_numbering.get(style.get(_W + "val")) if style is not None else None
        if num is None:
            return ""
        num_id = num.find(_W + "numId")
        ilvl = num.find(_W + "ilvl")
        key = (num_id.get(_W + "val") if num_id is not None else "0",
               ilvl.get(_W + "val") if ilvl is not None else "0")
        if key[0] == "0":  # numId 0 switches numbering off
            return ""
        fmt = self.formats.get(key, "bullet")
        if fmt in ("bullet", "none"):
            return "・"
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{to_fullwidth(str(self.counters[key]))}．"

    def paragraph(self, p: _Element) -> None:
        self.number += 1
        pieces = _text(p)
        pieces[0] = self.marker(p) + pieces[0] if pieces[0].strip() else pieces[0]
        for piece in pieces:
            self.lines.append(Line(clean(piece).rstrip(), self.number))

    def block(self, el: _Element) -> None:
        tag = el.tag
        if tag == _W + "p":
            self.paragraph(el)
        elif tag == _W + "tbl":
            for row in el.iter(_W + "tr"):
                if row.getparent() is not el:
                    continue  # nested tables are walked from their cell
                for cell in row.findall(_W + "tc"):
                    for child in cell:
                        self.block(child)
                self.lines.append(Line("", self.number))
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            for child in el:
                self.block(child)


def read_docx(path: Path) -> SourceText:
    """Read a Word file of minutes into lines, one number per paragraph."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from ..docx.safety import check_docx_safe

    file = str(path)
    check_docx_safe(path, minutes=True)
    try:
        doc = Document(file)
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise InputError(_("not a Word document ({name})").format(name=type(e).__name__), file=file,
                         hint=_("save it again from Word as .docx")) from None
    styles = {st.get(_W + "styleId"): st.find(f"{_W}pPr/{_W}numPr")
              for st in doc.styles.element.iter(_W + "style")}
    walker = _Walker(_numbering_formats(doc), {k: v for k, v in styles.items() if v is not None})
    for child in doc.element.body:
        walker.block(child)
    if not any(l.text.strip() for l in walker.lines):
        raise InputError(_("the file is empty"), file=file, hint=_("export the minutes again"))
    return SourceText(file=file, lines=tuple(walker.lines), encoding=None, format="docx")
