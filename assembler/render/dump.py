"""A readable dump of a .docx for golden files and reviews: one line per paragraph."""
from __future__ import annotations

import zipfile
from pathlib import Path

from docx.styles import BabelFish
from lxml import etree

from assembler.docx.ooxml import visible, w

_BREAKS = {w("br"): " ", w("tab"): "\t"}  # what the empty text elements read as


def _text(el: etree._Element) -> str:
    """Visible text of an element: runs, insertions and links, not field codes or deletions."""
    out: list[str] = []
    for node in el.iter(w("t"), w("br"), w("tab")):
        out.append(node.text or "" if node.tag == w("t") else _BREAKS[node.tag])
    return visible("".join(out))


def review(body: etree._Element, *, accept: bool) -> etree._Element:
    """The body with every tracked change accepted (or rejected), as Word does it.

    A removed paragraph mark joins the paragraph's remaining text to the next paragraph,
    which keeps its own properties; a removed row goes with its cells. Changes the draft
    does not write (formatting, moves) are not handled.
    """
    gone, kept = (w("del"), w("ins")) if accept else (w("ins"), w("del"))
    for el in list(body.iter(gone)):
        parent = el.getparent()
        if parent.tag == w("rPr") and parent.getparent().tag == w("pPr"):
            continue  # a paragraph mark: below
        if parent.tag == w("trPr"):
            tr = parent.getparent()
            tr.getparent().remove(tr)
            continue
        parent.remove(el)
    for el in list(body.iter(kept)):
        parent = el.getparent()
        if parent.tag in (w("rPr"), w("trPr")):
            parent.remove(el)
            continue
        for t in el.iter(w("delText")):
            t.tag = w("t")
        for child in list(el):
            el.addprevious(child)
        parent.remove(el)
    for p in list(body.iter(w("p"))):
        mark = p.find(f"{w('pPr')}/{w('rPr')}/{gone}")
        if mark is None:
            continue
        nxt = p.getnext()
        while nxt is not None and nxt.tag != w("p"):
            nxt = nxt.getnext()
        content = [c for c in p if c.tag != w("pPr")]
        if nxt is not None:
            anchor = nxt.find(w("pPr"))
            for c in reversed(content):
                if anchor is not None:
                    anchor.addnext(c)
                else:
                    nxt.insert(0, c)
        p.getparent().remove(p)
    return body


def dump_docx(path: str | Path, *, changes: str = "shown") -> str:
    """``style<TAB>text`` per body paragraph; ``table<TAB>cell | cell…`` per table row.

    ``changes``: ``shown`` (inserted text reads as accepted, paragraphs as written),
    ``accepted`` or ``rejected`` (every tracked change accepted or rejected, see review).
    """
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(w("body"))
        styles = etree.fromstring(z.read("word/styles.xml"))
    if changes != "shown":
        body = review(body, accept=changes == "accepted")
    names = {}
    for st in styles.iter(w("style")):
        name = st.find(w("name"))
        names[st.get(w("styleId"))] = (BabelFish.internal2ui(name.get(w("val"))) if name is not None
                                         else st.get(w("styleId")))
    lines = []
    for el in body:
        if el.tag == w("p"):
            ps = el.find(f"{w('pPr')}/{w('pStyle')}")
            style = names.get(ps.get(w("val")), ps.get(w("val"))) if ps is not None else "Normal"
            lines.append(f"{style}\t{_text(el)}")
        elif el.tag == w("tbl"):
            for tr in el.iter(w("tr")):
                cells = [_text(tc) for tc in tr.iter(w("tc"))]
                lines.append("table\t" + " | ".join(cells))
    return "\n".join(lines) + "\n"
