"""A thin lxml layer for WordprocessingML bodies: paragraphs, runs, bookmarks, links, fields.

python-docx's per-paragraph API is quadratic on large documents (DOCX-NOTES.md); this
appends elements directly. One id counter serves bookmarks and tracked insertions.
"""
from __future__ import annotations

import itertools
import re

from lxml import etree

from assembler.render.texts import INS_END, INS_START

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    """Clark name of a w: element or attribute."""
    return f"{{{W_NS}}}{tag}"


P, PPR, PSTYLE, R, RPR, RSTYLE, T, BR, TAB = map(w, ("p", "pPr", "pStyle", "r", "rPr", "rStyle", "t", "br", "tab"))
INS, HYPERLINK, BM_START, BM_END = map(w, ("ins", "hyperlink", "bookmarkStart", "bookmarkEnd"))
FLDCHAR, INSTR, PAGE_BREAK_BEFORE, KEEP_NEXT = map(w, ("fldChar", "instrText", "pageBreakBefore", "keepNext"))
VAL, ID, NAME, AUTHOR, DATE, ANCHOR, HISTORY, TYPE = map(
    w, ("val", "id", "name", "author", "date", "anchor", "history", "type"))

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_MARKED = re.compile(f"{INS_START}(.*?){INS_END}", re.S)


def clean(text: str) -> str:
    """Drop characters XML cannot hold (control characters from a pasted source)."""
    return _NOT_XML.sub("", text)


def split_marked(text: str) -> list[tuple[str, bool]]:
    """Split template output into (text, inserted) pieces at the ins-filter markers.

    >>> split_marked("（A〔2\\ue000・3\\ue001〕）")
    [('（A〔2', False), ('・3', True), ('〕）', False)]
    """
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _MARKED.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        if m.group(1):
            out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return [(clean(s).replace(INS_START, "").replace(INS_END, ""), new) for s, new in out]


def set_text(r, text: str) -> None:
    """Fill a run with text; newlines become w:br."""
    first = True
    for piece in text.split("\n"):
        if not first:
            etree.SubElement(r, BR)
        first = False
        if piece:
            t = etree.SubElement(r, T)
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(XML_SPACE, "preserve")


class Writer:
    """Appends body content to a parent element.

    ``revision`` is (author, ISO date) for tracked insertions, or None to write none.
    """

    def __init__(self, parent, revision: tuple[str, str] | None) -> None:
        self.parent = parent
        self.revision = revision
        self._ids = itertools.count(1)

    def next_id(self) -> str:
        return str(next(self._ids))

    def _ins(self, parent):
        author, date = self.revision  # type: ignore[misc]
        return etree.SubElement(parent, INS, {ID: self.next_id(), AUTHOR: author, DATE: date})

    def paragraph(self, style: str, text: str = "", *, inserted: bool = False,
                  page_break: bool = False, parent=None):
        """A paragraph of one style; inserted marks the paragraph mark and text as new."""
        p = etree.SubElement(self.parent if parent is None else parent, P)
        ppr = etree.SubElement(p, PPR)
        etree.SubElement(ppr, PSTYLE, {VAL: style})
        if page_break:
            etree.SubElement(ppr, PAGE_BREAK_BEFORE)
        if inserted and self.revision:
            self._ins(etree.SubElement(ppr, RPR))
        if text:
            self.runs(p, text, inserted=inserted)
        return p

    def runs(self, parent, text: str, *, inserted: bool = False, rstyle: str | None = None) -> None:
        """Runs for text; pieces marked by the ins filter (or all, if inserted) are tracked."""
        pieces = split_marked(text)
        if inserted:
            pieces = [("".join(piece for piece, _ in pieces), True)]
        for piece, new in pieces:
            if not piece:
                continue
            target = parent
            if (new or inserted) and self.revision:
                target = self._ins(parent)
            r = etree.SubElement(target, R)
            if rstyle:
                etree.SubElement(etree.SubElement(r, RPR), RSTYLE, {VAL: rstyle})
            set_text(r, piece)

    def bookmark_start(self, parent, name: str) -> str:
        bid = self.next_id()
        etree.SubElement(parent, BM_START, {ID: bid, NAME: name})
        return bid

    @staticmethod
    def bookmark_end(parent, bid: str) -> None:
        etree.SubElement(parent, BM_END, {ID: bid})

    def link(self, p, anchor: str, text: str, *, inserted: bool = False, rstyle: str | None = None) -> None:
        """An internal hyperlink to a bookmark (the ins pieces go inside the link)."""
        h = etree.SubElement(p, HYPERLINK, {ANCHOR: anchor, HISTORY: "1"})
        self.runs(h, text, inserted=inserted, rstyle=rstyle)

    @staticmethod
    def field(p, instruction: str, placeholder: str, *, dirty: bool = False) -> None:
        """A complex field (begin, instruction, separate, placeholder, end)."""
        begin = etree.SubElement(etree.SubElement(p, R), FLDCHAR, {w("fldCharType"): "begin"})
        if dirty:
            begin.set(w("dirty"), "true")
        instr = etree.SubElement(etree.SubElement(p, R), INSTR)
        instr.text = f" {instruction} "
        instr.set(XML_SPACE, "preserve")
        etree.SubElement(etree.SubElement(p, R), FLDCHAR, {w("fldCharType"): "separate"})
        set_text(etree.SubElement(p, R), placeholder)
        etree.SubElement(etree.SubElement(p, R), FLDCHAR, {w("fldCharType"): "end"})
