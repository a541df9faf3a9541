"""A Word document laid out on A4 pages as a clerk types minutes: IPAex明朝, a page number at the
foot (``- 1 -``, a PAGE field), paragraphs free to break across pages — what the tools here print to
PDF with LibreOffice and read back (pdftotext, pypdf). Needs python-docx."""
import subprocess
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def field(paragraph, instr: str) -> None:
    """A field (``PAGE``) at the paragraph's end, as Word writes it."""
    for kind, text in (("begin", None), (None, instr), ("end", None)):
        run = paragraph.add_run()
        if kind is None:
            el = OxmlElement("w:instrText")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def a4(size: float, top_bottom: float, left_right: float, head: str | None = None) -> Document:
    """An empty document: the font's size in points, the margins in mm, a running head if any."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "IPAexMincho", Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin = sec.bottom_margin = Mm(top_bottom)
    sec.left_margin = sec.right_margin = Mm(left_right)
    if head is not None:
        sec.header.paragraphs[0].text = head
    foot = sec.footer.paragraphs[0]
    foot.add_run("- ")
    field(foot, "PAGE")
    foot.add_run(" -")
    foot.alignment = 1
    return doc


def flows(paragraph) -> None:
    """The paragraph may break anywhere across pages, with no space after it."""
    fmt = paragraph.paragraph_format
    fmt.keep_together, fmt.widow_control, fmt.space_after = False, False, Pt(0)


def printed(doc: Document, folder: str, stem: str) -> Path:
    """The document saved as ``stem``.docx in ``folder`` and printed to PDF by LibreOffice: the PDF."""
    docx = Path(folder) / f"{stem}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, str(docx)],
                   check=True, capture_output=True)
    return docx.with_suffix(".pdf")
