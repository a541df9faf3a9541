"""The document's frame: styles with Japanese fonts, numbering, settings, page setup.

Styles are resolved by name (Japanese Word saves localised ids such as ``1`` or ``a``).
Without a reference document the packaged python-docx template is cut down to the styles
the draft uses and each is rewritten from style.yaml; with one, its styles are kept and
only the missing ones are added (and fonts filled in where East Asian text has none).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, TypedDict

from docx.oxml import parse_xml
from docx.styles import BabelFish
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from assembler.render.ooxml import Writer
from assembler.texts import StyleSheet

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.styles import Styles


class ParagraphProps(TypedDict, total=False):
    """A style's paragraph properties, as _ppr takes them (twips for spacing and indents)."""

    keep_next: bool
    page_break: bool
    num: tuple[str, int]  # (numbering key or numId, level)
    snap: bool
    before: int
    after: int
    ind: dict[str, int]  # left, firstLine, hanging
    jc: str
    outline: int

_THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def twips(mm: float) -> int:
    """Millimetres to twentieths of a point.

    >>> twips(210), twips(297)
    (11906, 16838)
    """
    return round(mm * 1440 / 25.4)


def _ppr(*, keep_next: bool = False, page_break: bool = False, num: tuple[str, int] | None = None,
         snap: bool | None = None, before: int | None = None, after: int | None = None,
         ind: dict[str, int] | None = None, jc: str | None = None, outline: int | None = None) -> str:
    """pPr in schema order."""
    x = []
    if keep_next:
        x.append("<w:keepNext/>")
    if page_break:
        x.append("<w:pageBreakBefore/>")
    if num is not None:
        x.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if snap is not None:
        x.append(f'<w:snapToGrid w:val="{1 if snap else 0}"/>')
    if before is not None or after is not None:
        x.append(f'<w:spacing w:before="{before or 0}" w:after="{after or 0}"/>')
    if ind:
        x.append("<w:ind " + " ".join(f'w:{k}="{v}"' for k, v in ind.items()) + "/>")
    if jc:
        x.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        x.append(f'<w:outlineLvl w:val="{outline}"/>')
    return f"<w:pPr>{''.join(x)}</w:pPr>" if x else ""


def _rpr(font: str | None, size: float | None, *, bold: bool = False, color: str | None = None,
         lang: str | None = None, kept: bool = False) -> str:
    """rPr in schema order; ``lang`` the language of Latin text (East Asian text is ja-JP);
    ``kept``: the properties of text kept on one line (ooxml.NOBREAK_RPR: no proofing, East
    Asian language zxx)."""
    x = []
    if font:
        x.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>')
    if bold:
        x.append("<w:b/><w:bCs/>")
    if kept:
        x.append("<w:noProof/>")
    if color:
        x.append(f'<w:color w:val="{color}"/>')
    if size:
        half = round(size * 2)
        x.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if lang:
        x.append(f'<w:lang w:val="{lang}" w:eastAsia="ja-JP" w:bidi="ar-SA"/>')
    elif kept:
        x.append('<w:lang w:eastAsia="zxx"/>')
    return f"<w:rPr>{''.join(x)}</w:rPr>"


@dataclass(frozen=True)
class StyleSpec:
    """One style the draft uses: its name, kind, base, role of text and formatting.

    ``role`` names the entry of style.yaml's ``roles`` table that gives the style its face
    (mincho or gothic); None inherits (a character style such as Hyperlink).
    """

    key: str
    name: str
    type: str  # paragraph | character | table
    based_on: str | None
    role: str | None
    size: str | None
    ppr: ParagraphProps
    bold: bool = False
    color: str | None = None
    kept: bool = False  # its text is kept on one line (see _rpr)


_H_NUM = "headings"
#: The language of Latin text in a numbered style. LibreOffice writes a full-width number
#: (第４) in the language of the paragraph's first character: a heading that starts with
#: Latin text (DX・…, KPI・…) in an en-US run got 「第4」. Word writes ４ either way.
NUMBER_LANGUAGE = "ja-JP"
_TIGHT: ParagraphProps = {"before": 0, "after": 0}
SPECS: tuple[StyleSpec, ...] = (
    StyleSpec("normal", "Normal", "paragraph", None, "body", "body", {"jc": "both"}),
    StyleSpec("title", "Title", "paragraph", "normal", "title", "title",
              {"jc": "center", "after": 240, "snap": False}),
    StyleSpec("h1", "Heading 1", "paragraph", "normal", "heading", "heading1",
              {"keep_next": True, "before": 360, "after": 120, "snap": False, "outline": 0, "num": (_H_NUM, 0)}),
    StyleSpec("h2", "Heading 2", "paragraph", "normal", "heading", "heading2",
              {"keep_next": True, "before": 240, "after": 60, "snap": False, "outline": 1, "num": (_H_NUM, 1)}),
    StyleSpec("h3", "Heading 3", "paragraph", "normal", "heading", "heading3",
              {"keep_next": True, "before": 120, "after": 0, "snap": False, "outline": 2,
               "ind": {"left": 210}, "num": (_H_NUM, 2)}),
    StyleSpec("body", "Body Text", "paragraph", "normal", "body", "body",
              {"after": 60, "ind": {"firstLine": 210}}),
    StyleSpec("lead", "Chapter Lead", "paragraph", "normal", "lead", "body",
              {"keep_next": True, "after": 60, "ind": {"firstLine": 210}}),
    StyleSpec("list", "List Bullet", "paragraph", "normal", "body", "body",
              {"after": 60, "num": ("bullets", 0)}),
    StyleSpec("after", "List Continue", "paragraph", "normal", "body", "body",
              {"after": 60, "ind": {"left": 420}}),
    StyleSpec("empty", "Empty Section", "paragraph", "normal", "body", "body",
              {"after": 60, "ind": {"left": 210}}),
    StyleSpec("cover_right", "Cover Right", "paragraph", "normal", "body", "body", {"jc": "right"}),
    StyleSpec("cover_note", "Cover Note", "paragraph", "normal", "body", "body",
              {**_TIGHT, "ind": {"left": 210}}),
    StyleSpec("toc_heading", "TOC Heading", "paragraph", "normal", "heading", "heading2",
              {"before": 360, "after": 120, "jc": "center", "snap": False}),
    StyleSpec("toc1", "toc 1", "paragraph", "normal", "body", "body", {}),
    StyleSpec("toc2", "toc 2", "paragraph", "normal", "body", "body", {"ind": {"left": 210}}),
    StyleSpec("toc3", "toc 3", "paragraph", "normal", "body", "body", {"ind": {"left": 420}}),
    StyleSpec("changes_heading", "Changes Heading", "paragraph", "normal", "heading", "heading2",
              {"keep_next": True, "before": 240, "after": 60, "snap": False, "outline": 0}),
    StyleSpec("change", "Change Item", "paragraph", "normal", "body", "body",
              {**_TIGHT, "ind": {"left": 210}}),
    StyleSpec("appendix_heading", "Appendix Heading", "paragraph", "normal", "heading", "heading1",
              {"keep_next": True, "after": 120, "snap": False, "outline": 0}),
    StyleSpec("note", "Appendix Note", "paragraph", "normal", "note", "body",
              {"keep_next": True, "after": 120, "ind": {"firstLine": 210}}),
    StyleSpec("cell", "Table Text", "paragraph", "normal", "table", "table",
              {"snap": False, **_TIGHT, "jc": "left"}),
    # cells whose characters the renderer joins (ids, names, file names): the run properties
    # that make LibreOffice honour the joiners live in the style, not in every run
    StyleSpec("cell_kept", "Table Text Kept", "paragraph", "cell", "table", "table", {}, kept=True),
    StyleSpec("cell_header", "Table Header", "paragraph", "normal", "table_header", "table",
              {"snap": False, **_TIGHT, "jc": "center"}),
    StyleSpec("header", "header", "paragraph", "normal", "note", "table", {"jc": "center"}),
    StyleSpec("footer", "footer", "paragraph", "normal", "note", "table", {"jc": "center", "snap": False}),
    StyleSpec("comment_text", "annotation text", "paragraph", "normal", "note", "table", {"jc": "left"}),
    StyleSpec("link", "Hyperlink", "character", None, None, None, {}, color="1F4E79"),
    StyleSpec("comment_ref", "annotation reference", "character", None, None, None, {}),
    StyleSpec("table", "Table Grid", "table", None, "table", "table", {}),
)
# styles the default template keeps besides SPECS (Word expects them)
_KEEP = {"Default Paragraph Font", "Normal Table", "No List"}


def _numbered(spec: StyleSpec) -> bool:
    """Whether the style carries the heading numbers (第１ / １ / （１）)."""
    return spec.ppr.get("num", ("",))[0] == _H_NUM


class StyleIds(dict[str, str]):
    """Style key (``h1``, ``list``…) to the style id in this document."""


def _style_xml(spec: StyleSpec, sid: str, ids: dict[str, str], nums: dict[str, str], sheet: StyleSheet) -> str:
    font = sheet.font(spec.role) if spec.role else None
    size = sheet.sizes[spec.size] if spec.size else None
    ppr = spec.ppr.copy()
    if "num" in ppr:
        key, level = ppr["num"]
        ppr["num"] = (nums[key], level)
    based = f'<w:basedOn w:val="{ids[spec.based_on]}"/>' if spec.based_on else ""
    default = ' w:default="1"' if spec.key == "normal" else ""
    body = ""
    if spec.type == "paragraph":
        body = _ppr(**ppr) + _rpr(font, size, bold=spec.bold, color=spec.color,
                                  lang=NUMBER_LANGUAGE if _numbered(spec) else None, kept=spec.kept)
    elif spec.type == "character":
        body = _rpr(font, size, bold=spec.bold, color=spec.color)
    else:
        body = (_ppr(before=0, after=0) + _rpr(font, size) +
                '<w:tblPr><w:tblBorders>' +
                "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) +
                '</w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
                '<w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>')
    return (f'<w:style {nsdecls("w")} w:type="{spec.type}"{default} w:styleId="{sid}">'
            f'<w:name w:val="{BabelFish.ui2internal(spec.name)}"/>{based}<w:qFormat/>{body}</w:style>')


def _new_id(name: str, taken: set[str]) -> str:
    base = "".join(ch for ch in name.title() if ch.isalnum()) or "Style"
    sid, n = base, 1
    while sid in taken:
        n += 1
        sid = f"{base}{n}"
    return sid


def _find(styles: Styles, name: str) -> etree._Element | None:
    """The style element with this name (python-docx maps UI names like Heading 1)."""
    try:
        return styles[name].element
    except KeyError:
        return None


def prepare_styles(doc: Document, sheet: StyleSheet, *, rewrite: bool) -> StyleIds:
    """Resolve (and create or rewrite) every style the draft uses; return their ids."""
    styles = doc.styles
    root = styles.element
    ids = StyleIds()
    existing = {spec.key: _find(styles, spec.name) for spec in SPECS}
    if rewrite:
        names = {spec.name.lower() for spec in SPECS} | {n.lower() for n in _KEEP}
        for el in root.findall(qn("w:style")):
            name = el.find(qn("w:name"))
            if name is None or name.get(qn("w:val")).lower() not in names:
                root.remove(el)
    taken = {el.get(qn("w:styleId")) for el in root.findall(qn("w:style"))}
    for spec in SPECS:
        el = existing[spec.key]
        if el is not None:
            ids[spec.key] = el.get(qn("w:styleId"))
        else:
            ids[spec.key] = _new_id(spec.name, taken)
            taken.add(ids[spec.key])
    nums = prepare_numbering(doc, ids, sheet)
    for spec in SPECS:
        el = existing[spec.key]
        if el is not None and not rewrite:
            if "num" in spec.ppr and el.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is None:
                _attach_num(el, nums[spec.ppr["num"][0]], spec.ppr["num"][1])
            if _numbered(spec):
                _lang(el.get_or_add_rPr()).set(qn("w:val"), NUMBER_LANGUAGE)
            continue
        new = parse_xml(_style_xml(spec, ids[spec.key], ids, nums, sheet))
        if el is not None:
            el.addprevious(new)
            root.remove(el)
        else:
            root.append(new)
    set_fonts(doc, sheet, overwrite=rewrite,
              roles={ids[spec.key]: spec.role for spec in SPECS if spec.role})
    return ids


def _attach_num(style_el: etree._Element, num_id: str, level: int) -> None:
    ppr = style_el.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = int(num_id)


def set_fonts(doc: Document, sheet: StyleSheet, *, overwrite: bool, roles: dict[str, str]) -> None:
    """Japanese fonts on docDefaults and every paragraph, character and table style.

    ``roles`` maps the draft's style ids to their role (style.yaml's ``roles``); any other
    style gets the body role's font. One face names every script (ascii, hAnsi, eastAsia,
    cs), so Latin text and digits are set in it too. Theme attributes win over font
    names in Word, so they are removed. Without ``overwrite`` only styles with no East
    Asian font of their own are filled in (a reference document's choices are kept).
    """
    root = doc.styles.element
    defaults = _child(root, "w:docDefaults", 0)
    rpr_default = _child(defaults, "w:rPrDefault", 0)
    if overwrite or rpr_default.find(qn("w:rPr")) is None:
        _replace_children(rpr_default, _rpr(sheet.font("body"), sheet.sizes["body"], lang="en-US")
                          .replace("<w:rPr>", f"<w:rPr {nsdecls('w')}>", 1))
    if overwrite:
        _single_spacing(defaults, rpr_default)
    default_rpr = rpr_default.find(qn("w:rPr"))
    targets = [(default_rpr, sheet.font("body")), *_style_fonts(root, sheet, roles)]
    for rpr, font in targets:
        _name_font(rpr, font, overwrite=overwrite)
    _lang(default_rpr).set(qn("w:eastAsia"), "ja-JP")


def _lang(rpr: etree._Element) -> etree._Element:
    """rPr's w:lang, added in schema order (python-docx has no accessor for it)."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
        later = next((c for c in rpr if c.tag in _AFTER_LANG), None)
        if later is not None:
            later.addprevious(lang)
    return lang


_AFTER_LANG = tuple(qn(f"w:{t}") for t in ("eastAsianLayout", "specVanish", "oMath"))


def _child(parent: etree._Element, tag: str, index: int) -> etree._Element:
    """parent's ``tag`` child, inserted at ``index`` when missing."""
    el = parent.find(qn(tag))
    if el is None:
        el = etree.Element(qn(tag))
        parent.insert(index, el)
    return el


def _replace_children(parent: etree._Element, xml: str) -> None:
    for child in list(parent):
        parent.remove(child)
    parent.append(parse_xml(xml))


def _single_spacing(defaults: etree._Element, rpr_default: etree._Element) -> None:
    """Single spacing, no space after: the styles say where space goes (Word's template
    default of 10 pt after and 1.15 lines doubles every line on the character grid)."""
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is not None:
        defaults.remove(ppr_default)
    rpr_default.addnext(parse_xml(
        f'<w:pPrDefault {nsdecls("w")}><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr></w:pPrDefault>'))


def _style_fonts(root: etree._Element, sheet: StyleSheet, roles: dict[str, str]
                 ) -> Iterator[tuple[etree._Element, str]]:
    """(rPr, face) of every style that names a face: by its role, else the body's face.
    Numbering styles have none; a character style without a role inherits the paragraph's."""
    for st in root.findall(qn("w:style")):
        kind = st.get(qn("w:type"))
        role = roles.get(st.get(qn("w:styleId")))
        if kind == "numbering" or (role is None and kind == "character"):
            continue
        yield st.get_or_add_rPr(), sheet.font(role or "body")


def _name_font(rpr: etree._Element, font: str, *, overwrite: bool) -> None:
    """One face for every script of rPr, no theme fonts; without ``overwrite`` only where
    no East Asian face is named yet (and only the scripts not named)."""
    fonts = rpr.get_or_add_rFonts()
    if not overwrite and fonts.get(qn("w:eastAsia")) is not None:
        return
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        if overwrite or fonts.get(qn(f"w:{a}")) is None:
            fonts.set(qn(f"w:{a}"), font)
    for a in _THEME_ATTRS:
        fonts.attrib.pop(qn(f"w:{a}"), None)


def prepare_numbering(doc: Document, ids: StyleIds, sheet: StyleSheet) -> dict[str, str]:
    """Add the heading (第１ / １ / （１）) and bullet definitions; return their numIds."""
    numbering = doc.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    next_abs = max(abstract_ids, default=-1) + 1
    next_num = max(num_ids, default=0) + 1
    ind = ({"left": 0, "firstLine": 0}, {"left": 0, "firstLine": 0}, {"left": 210, "firstLine": 0})
    heading_lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/>'
        f'<w:pStyle w:val="{ids["h" + str(i + 1)]}"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{ind[i]["left"]}" w:firstLine="0"/></w:pPr></w:lvl>'
        for i, text in enumerate(("第%1　", "%2　", "（%3）")))
    body = sheet.font("body")
    bullet_lvl = (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                  f'<w:suff w:val="nothing"/><w:lvlText w:val="{sheet.bullet}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind w:left="420" w:hanging="210"/></w:pPr>'
                  f'<w:rPr><w:rFonts w:ascii="{body}" w:hAnsi="{body}" w:eastAsia="{body}" '
                  f'w:cs="{body}"/></w:rPr></w:lvl>')
    out: dict[str, str] = {}
    first_num = numbering.find(qn("w:num"))
    for key, kind, lvls in (("headings", "multilevel", heading_lvls),
                            ("bullets", "singleLevel", bullet_lvl)):
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{next_abs}">'
                             f'<w:multiLevelType w:val="{kind}"/>{lvls}</w:abstractNum>')
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{next_num}">'
                        f'<w:abstractNumId w:val="{next_abs}"/></w:num>')
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
            if cleanup is not None:
                cleanup.addprevious(abstract)
            else:
                numbering.append(abstract)
        last = numbering.findall(qn("w:num"))
        (last[-1].addnext(num) if last else abstract.addnext(num))
        out[key] = str(next_num)
        next_abs += 1
        next_num += 1
    return out


# children of w:settings that come after w:updateFields (ECMA-376 CT_Settings order)
_AFTER_UPDATE_FIELDS = tuple(qn(f"w:{t}") for t in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids")) + (
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr",) + tuple(
    qn(f"w:{t}") for t in (
        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
        "decimalSymbol", "listSeparator"))


def prepare_settings(doc: Document) -> None:
    """Ask Word to refresh fields (the TOC) on open; no preview picture; ja-JP theme fonts."""
    settings = doc.settings.element
    for tag in ("w:updateFields", "w:savePreviewPicture"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    after = next((c for c in settings if c.tag in _AFTER_UPDATE_FIELDS), None)
    if after is not None:
        after.addprevious(update)
    else:
        settings.append(update)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "ja-JP")


def prepare_section(doc: Document, sheet: StyleSheet, footer_style: str) -> None:
    """A4 portrait, margins, character grid, and a centred PAGE field in the footer.

    The cover (the first page) has an empty footer of its own (titlePg): no page number.
    """
    section = doc.sections[0]
    sect = section._sectPr
    for child in list(sect):
        sect.remove(child)
    pg = sheet.page
    new = parse_xml(
        f'<w:sectPr {nsdecls("w")}>'
        f'<w:pgSz w:w="{twips(pg.width)}" w:h="{twips(pg.height)}"/>'
        f'<w:pgMar w:top="{twips(pg.top)}" w:right="{twips(pg.right)}" w:bottom="{twips(pg.bottom)}" '
        f'w:left="{twips(pg.left)}" w:header="851" w:footer="567" w:gutter="0"/>'
        f'<w:cols w:space="425"/><w:titlePg/><w:docGrid w:type="lines" w:linePitch="{pg.line_pitch}"/>'
        '</w:sectPr>')
    sect.extend(list(new))
    footer = section.footer
    footer.is_linked_to_previous = False
    ftr = footer._element
    for child in list(ftr):
        ftr.remove(child)
    writer = Writer(None)
    writer.paragraph(footer_style, content=Writer.field("PAGE", "1"))
    writer.flush(ftr)
    first = section.first_page_footer
    first.is_linked_to_previous = False
    first_ftr = first._element
    for child in list(first_ftr):
        first_ftr.remove(child)
    writer.paragraph(footer_style)
    writer.flush(first_ftr)

