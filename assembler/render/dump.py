"""A readable dump of a .docx for golden files and reviews: one line per paragraph."""
from __future__ import annotations

import zipfile
from pathlib import Path

from docx.styles import BabelFish
from lxml import etree

from assembler.docx.ooxml import w

_TEXT_TAGS = {w("t"): None, w("br"): " ", w("tab"): "\t"}


def _text(el) -> str:
    """Visible text of an element: runs, insertions and links, not field codes or deletions."""
    out = []
    for node in el.iter(w("t"), w("br"), w("tab")):
        out.append(node.text or "" if node.tag == w("t") else _TEXT_TAGS[node.tag])
    return "".join(out)


def dump_docx(path: str | Path) -> str:
    """``style<TAB>text`` per body paragraph; ``table<TAB>cell | cell…`` per table row.

    Inserted (tracked) text is shown as it reads with the changes accepted.
    """
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(w("body"))
        styles = etree.fromstring(z.read("word/styles.xml"))
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
