"""Read an edited draft back: each point's paragraph (found by its ``d_<point id>`` bookmark),
the chapter it now stands in, its wording, and the paragraphs the secretariat added.

Bookmarks survive Word and LibreOffice round trips (content-control tags do not:
LibreOffice drops or rewrites them on save; ``tests/test_project.py`` round-trips a draft
through LibreOffice). Tracked changes are read as accepted: ``w:ins`` text counts, ``w:del`` text
does not. The file is checked (zip sizes, no DOCTYPE) before it is parsed.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from lxml import etree

from assembler.docx.ooxml import BOOKMARK_PREFIX, visible, w
from assembler.docx.safety import check_docx_safe
from assembler.errors import InputError
from ..i18n import _

_P, _T, _TBL = w("p"), w("t"), w("tbl")
_DEL, _HYPER, _BM = w("del"), w("hyperlink"), w("bookmarkStart")


@dataclass(frozen=True)
class EditedEntry:
    """A point's paragraph as it stands in the edited draft."""

    anchor: str
    text: str
    heading: str | None


@dataclass(frozen=True)
class AddedParagraph:
    """A paragraph in a chapter that carries no point bookmark: one the secretariat wrote,
    or a point's paragraph retyped (Word can drop a bookmark with the text it marks).

    ``follows`` is the point paragraph it comes after (None: before any in its chapter);
    ``links`` the anchors its hyperlinks point to (a point's citation links to its row).
    """

    text: str
    heading: str | None
    follows: str | None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class EditedDraft:
    """What the secretariat's copy of the draft holds: the point paragraphs found by their
    bookmarks (``entries``) and every other paragraph in the chapters (``added``)."""

    entries: tuple[EditedEntry, ...]
    added: tuple[AddedParagraph, ...] = ()

    @property
    def after(self) -> dict[str, tuple[str, ...]]:
        """Added paragraphs by the point they follow."""
        out: dict[str, list[str]] = {}
        for a in self.added:
            if a.follows is not None:
                out.setdefault(a.follows, []).append(a.text)
        return {k: tuple(v) for k, v in out.items()}

    @property
    def loose(self) -> tuple[str, ...]:
        """Added paragraphs that follow no point (they cannot be carried over)."""
        return tuple(a.text for a in self.added if a.follows is None)


def _style(p: etree._Element) -> str:
    el = p.find(w("pPr") + "/" + w("pStyle"))
    return el.get(w("val"), "") if el is not None else ""


def _outline_level(p: etree._Element, heading_ids: set[str]) -> bool:
    if _style(p) in heading_ids:
        return True
    return p.find(w("pPr") + "/" + w("outlineLvl")) is not None


def _text(p: etree._Element, *, skip_links: bool) -> str:
    out: list[str] = []
    for t in p.iter(_T):
        anc = t.getparent()
        skip = False
        while anc is not None and anc is not p:
            if anc.tag == _DEL or (skip_links and anc.tag == _HYPER):
                skip = True
                break
            anc = anc.getparent()
        if not skip:
            out.append(t.text or "")
    return visible("".join(out)).strip()


def _heading_ids(z: zipfile.ZipFile) -> set[str]:
    """Style ids of the heading styles (by name: localised ids like '1' are common)."""
    ids = {"Heading1", "Heading2", "Heading3"}
    try:
        root = etree.fromstring(z.read("word/styles.xml"), _parser())
    except KeyError:
        return ids
    for st in root.iter(w("style")):
        name = st.find(w("name"))
        if (name is not None and name.get(w("val"), "").lower().startswith("heading")) \
                or st.find(w("pPr") + "/" + w("outlineLvl")) is not None:
            ids.add(st.get(w("styleId"), ""))
    return ids


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def read_draft(path: str | Path, generated: frozenset[str] = frozenset(),
               chapters: frozenset[str] | None = None) -> EditedDraft:
    """Read the point paragraphs, their chapters and the added paragraphs of an edited draft.

    ``chapters`` holds the titles of the outline's sections: added paragraphs are looked
    for only under those headings (the cover, the changes block and the appendix are the
    tool's). ``generated`` holds texts the tool itself wrote between a heading and the
    first point (intros, the empty-section line): they are not the secretariat's.
    None for ``chapters`` means every heading is a chapter.
    """
    check_docx_safe(path)
    try:
        with zipfile.ZipFile(path) as z:
            heading_ids = _heading_ids(z)
            root = etree.fromstring(z.read("word/document.xml"), _parser())
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as e:
        raise InputError(_("not a readable Word document ({e})").format(e=e), file=str(path),
                         hint=_("save it again from Word as .docx")) from None
    return _walk(root.find(w("body")), heading_ids, generated, chapters)


def _paragraphs(body: etree._Element) -> Iterator[etree._Element]:
    """The body's own paragraphs, up to the appendix table (the draft's body ends there)."""
    for el in body.iter(_P, _TBL):
        if el.tag == _TBL:
            return
        if el.getparent() is None or el.getparent().tag == w("body"):
            yield el


def _anchor(p: etree._Element) -> str | None:
    """The point id of a point paragraph's bookmark, None for any other paragraph."""
    names = (b.get(w("name"), "") for b in p.iter(_BM))
    return next((n[len(BOOKMARK_PREFIX):] for n in names if n.startswith(BOOKMARK_PREFIX)), None)


def _walk(body: etree._Element, heading_ids: set[str], generated: frozenset[str],
          chapters: frozenset[str] | None) -> EditedDraft:
    entries: list[EditedEntry] = []
    added: list[AddedParagraph] = []
    heading: str | None = None
    last: str | None = None
    in_chapter = False
    for el in _paragraphs(body):
        anchor = _anchor(el)
        if _outline_level(el, heading_ids):
            heading, last = _text(el, skip_links=False), None
            in_chapter = chapters is None or heading in chapters
        elif anchor is not None:
            last = anchor
            entries.append(EditedEntry(anchor=last, text=_text(el, skip_links=True), heading=heading))
        elif in_chapter:
            _other(el, entries, added, heading, last, generated)
    return EditedDraft(entries=tuple(entries), added=tuple(added))


def _other(el: etree._Element, entries: list[EditedEntry], added: list[AddedParagraph], heading: str | None,
           last: str | None, generated: frozenset[str]) -> None:
    """A chapter paragraph without a point bookmark: the rest of a point split by Enter (it
    still carries the citation), or a paragraph of the secretariat's (or a retyped point)."""
    text = _text(el, skip_links=True)
    if not text or text in generated:
        return
    links = tuple(h.get(w("anchor")) or "" for h in el.iter(_HYPER))
    if last is not None and last in links and not (added and added[-1].follows == last):
        prev = entries[-1]
        entries[-1] = EditedEntry(prev.anchor, prev.text + text, prev.heading)
    else:
        added.append(AddedParagraph(text=text, heading=heading, follows=last, links=links))
