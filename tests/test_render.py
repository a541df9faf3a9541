"""Render stage: Draft -> .docx (reopened and checked) and the trace exports."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
from importlib.resources import files
import pytest
from lxml import etree

from assembler.errors import ConfigError, InputError, RenderError
from assembler.model import (Assignment, AttendeeGroup, Chapter, CitationPart, Draft, Entry, Group,
                             Link, Meeting, Point, Section, SourceSpan, Speaker, TraceRow)
from assembler.docx.safety import check_docx_safe
from assembler.render import columns, dump_docx, render_docx, write_trace
from assembler.render.trace import Trace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOLDEN = Path(__file__).parent / "golden" / "render_sample.txt"
AUTHOR, REVISED = "事務局", "2020-06-01"

MEETINGS = (
    Meeting("m02", "インフラ海外展開懇談会", 2, "2020-05-12", "16:00–17:00", "オンライン",
            (AttendeeGroup("構成員", ("飯島", "小林")),), "minutes/第2回.txt"),
    Meeting("m03", "インフラ海外展開懇談会", 3, "2020-06-01", None, None, (), "minutes/第3回.pdf",
            kind="議事録"),
)
SPEAKERS = {"飯島": Speaker("飯島委員", "飯島", "委員", "member"),
            "小林": Speaker("小林委員", "小林", "委員", "member"),
            "座長": Speaker("座長", "", "座長", "chair")}
# (point id, meeting, speaker, text, line_start, line_end, section id, placement, group)
POINTS = (
    ("m02_aaaaa1", "m02", "飯島", "デジタル技術を活用した案件形成を加速すべき。", 12, 13, "s1", "自動: DX(3.0)", "g1"),
    ("m03_aaaaa2", "m03", "飯島", "デジタル技術による案件形成の加速が重要。", 40, 41, "s1", "自動: DX(2.0)", "g1"),
    ("m03_bbbbb1", "m03", "小林", "案件形成にデジタル技術を使うべき。", 52, 52, "s1", "自動: DX(2.0)", "g1"),
    ("m02_ccccc1", "m02", "小林", "人材育成の仕組みを官民で整えることが必要。", 20, 22, "s2a", "手動", "g2"),
    ("m03_ddddd1", "m03", "飯島", "質の高いインフラの理念を相手国と共有すべき。", 60, 61, "s2b", "自動: 質の高い(1.5)", "g3"),
    ("m02_eeeee1", "m02", "座長", "本日の議事は以上。", 30, 30, None, "手続的発言", ""),
)
SECTIONS = {
    "s1": Section("s1", "デジタル技術の活用", 1, intro="デジタル技術の活用について、次の意見があった。"),
    "s2": Section("s2", "人材と理念", 2),
    "s2a": Section("s2a", "人材の育成", 1, parent="s2"),
    "s2b": Section("s2b", "質の高いインフラ", 2, parent="s2"),
    "s3": Section("s3", "その他", 3, catch_all=True),
}


def sample_draft(revision_date: str | None = REVISED) -> Draft:
    """Three chapters (one empty, one with two subsections), a merged entry citing three
    points, a new entry, a new citation part and meeting, a PDF source with a page."""
    meetings = {m.id: m for m in MEETINGS}
    rows = []
    for pid, mid, spk, text, a, b, sec, placement, group in POINTS:
        page = 3 if mid == "m03" else None
        point = Point(pid, mid, SPEAKERS[spk], "procedural" if spk == "座長" else "opinion", text,
                      SourceSpan(meetings[mid].source, a, b, page))
        rows.append(TraceRow(point, meetings[mid], sec, SECTIONS[sec].title if sec else "",
                             placement, group, pid in ("m02_aaaaa1", "m02_ccccc1", "m03_ddddd1")))
    merged = Entry("m02_aaaaa1", POINTS[0][3], ("m02_aaaaa1", "m03_aaaaa2", "m03_bbbbb1"),
                   (CitationPart("飯島委員", ("第２回", "第３回"), new_meetings=("第３回",)),
                    CitationPart("小林委員", ("第３回",), new_meetings=("第３回",))), "g1",
                   after=("（事務局注）関連施策は別紙参照。",))
    people = Entry("m02_ccccc1", POINTS[3][3], ("m02_ccccc1",),
                   (CitationPart("小林委員", ("第２回",)),), "g2")
    quality = Entry("m03_ddddd1", POINTS[4][3], ("m03_ddddd1",),
                    (CitationPart("飯島委員", ("第３回",), new_meetings=("第３回",)),), "g3", new=True)
    chapters = (
        Chapter(SECTIONS["s1"], SECTIONS["s1"].intro, (merged,)),
        Chapter(SECTIONS["s2"], None, (), (Chapter(SECTIONS["s2a"], None, (people,)),
                                           Chapter(SECTIONS["s2b"], None, (quality,)))),
        Chapter(SECTIONS["s3"], None, ()),
    )
    return Draft("「インフラ海外展開に関する新戦略」骨子（事務局たたき台）", "2020-06-01", AUTHOR,
                 MEETINGS, chapters, tuple(rows),
                 changes=("第３回の意見を反映した。", "「質の高いインフラ」の項を追加した。"),
                 revision_date=revision_date)


# --- helpers ------------------------------------------------------------------------------


def parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


WJ = "\u2060"  # WORD JOINER: the renderer keeps a citation, a name, a file name on one line


def text_of(el) -> str:
    """The text as a reader sees it (word joiners dropped)."""
    return raw_text(el).replace(WJ, "")


def raw_text(el) -> str:
    return "".join(t.text or "" for t in el.iter(f"{W}t"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    return render_docx(sample_draft(), tmp_path_factory.mktemp("render") / "draft.docx")


@pytest.fixture(scope="module")
def xml(rendered):
    return parts(rendered)


def style_ids(xml) -> dict[str, str]:
    """style name -> id"""
    return {s.find(f"{W}name").get(f"{W}val"): s.get(f"{W}styleId")
            for s in xml["word/styles.xml"].iter(f"{W}style")}


def entry_paragraphs(xml):
    """(anchor, paragraph) for each paragraph carrying a d_ bookmark."""
    out = []
    for p in xml["word/document.xml"].iter(f"{W}p"):
        for bm in p.findall(f"{W}bookmarkStart"):
            if bm.get(f"{W}name").startswith("d_"):
                out.append((bm.get(f"{W}name")[2:], p))
    return out


# --- the page and the styles --------------------------------------------------------------


def test_page_is_a4_portrait_with_a_character_grid_and_a_landscape_appendix(xml):
    body = xml["word/document.xml"].find(f"{W}body")
    main, appendix = body.findall(f"{W}p/{W}pPr/{W}sectPr"), body.find(f"{W}sectPr")
    assert len(main) == 1, "one section break, before the appendix"
    size = main[0].find(f"{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("11906", "16838", None)
    size = appendix.find(f"{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("16838", "11906", "landscape")
    following = main[0].getparent().getparent().getnext()
    assert "".join(t.text for t in following.iter(f"{W}t")).startswith("付録")
    for sect in (main[0], appendix):
        assert sect.find(f"{W}docGrid").get(f"{W}type") == "lines"
        assert sect.find(f"{W}footerReference") is not None
    footer = xml["word/footer1.xml"]
    assert " PAGE " in [t.text for t in footer.iter(f"{W}instrText")]
    assert footer.find(f".//{W}jc") is not None or "center" in etree.tostring(
        xml["word/styles.xml"]).decode()


# the face each style of the draft must be set in (style.yaml's roles table)
GOTHIC_STYLES = {"Title", "heading 1", "heading 2", "heading 3", "TOC Heading", "Changes Heading",
                 "Appendix Heading", "Table Header"}
MINCHO_STYLES = {"Normal", "Body Text", "Chapter Lead", "List Bullet", "List Continue",
                 "Empty Section", "Cover Right", "Cover Note", "toc 1", "toc 2", "toc 3",
                 "Change Item", "Appendix Note", "Table Text", "Table Text Kept", "header", "footer", "Table Grid",
                 "Normal Table", "annotation text"}


def _style_fonts(styles) -> dict[str, dict[str, str]]:
    out = {}
    for st in styles.iter(f"{W}style"):
        if st.get(f"{W}type") in ("numbering", "character"):
            continue
        fonts = st.find(f"{W}rPr/{W}rFonts")
        name = st.find(f"{W}name").get(f"{W}val")
        out[name] = {} if fonts is None else {a.split("}")[1]: v for a, v in fonts.attrib.items()}
    return out


@pytest.mark.parametrize("fonts, mincho, gothic", [(None, "ＭＳ 明朝", "ＭＳ ゴシック"),
                                                   ("ipa", "IPAex明朝", "IPAexゴシック")])
def test_every_style_names_its_roles_face_for_every_script(tmp_path, fonts, mincho, gothic):
    xml = parts(render_docx(sample_draft(), tmp_path / "d.docx", fonts=fonts))
    styles = xml["word/styles.xml"]
    default = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert default.find(f"{W}rFonts").get(f"{W}ascii") == mincho
    assert default.find(f"{W}lang").get(f"{W}eastAsia") == "ja-JP"
    found = _style_fonts(styles)
    assert set(found) == GOTHIC_STYLES | MINCHO_STYLES
    for name, attrs in found.items():
        face = gothic if name in GOTHIC_STYLES else mincho
        # Latin text named in the same Japanese face: no script falls back to another font
        assert {a: attrs.get(a) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == dict.fromkeys(
            ("ascii", "hAnsi", "eastAsia", "cs"), face), name
        assert not [a for a in attrs if a.lower().endswith("theme")], name
    # character styles inherit the paragraph's face (a font there would override headings)
    for st in styles.iter(f"{W}style"):
        if st.get(f"{W}type") == "character":
            assert st.find(f"{W}rPr/{W}rFonts") is None, st.find(f"{W}name").get(f"{W}val")
    bullet = next(lvl for lvl in xml["word/numbering.xml"].iter(f"{W}lvl")
                  if lvl.find(f"{W}lvlText").get(f"{W}val") == "○")
    assert bullet.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == mincho


def test_lead_sentences_and_the_appendix_note_have_their_own_mincho_styles(xml):
    ids = style_ids(xml)
    body = xml["word/document.xml"].find(f"{W}body")
    by_style = {}
    for p in body.iter(f"{W}p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        if ps is not None:
            by_style.setdefault(ps.get(f"{W}val"), []).append("".join(t.text for t in p.iter(f"{W}t")))
    assert by_style[ids["Chapter Lead"]] == ["デジタル技術の活用について、次の意見があった。"]
    assert by_style[ids["Appendix Note"]][0].startswith("本文の各意見")


def test_an_unknown_font_set_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match=r"fonts: unknown font set 'ipx'.*did you mean 'ipa'"):
        render_docx(sample_draft(), tmp_path / "d.docx", fonts="ipx")
    assert not (tmp_path / "d.docx").exists()


def test_app_properties_name_this_tool_and_no_page_count(rendered):
    with zipfile.ZipFile(rendered) as z:
        app = etree.fromstring(z.read("docProps/app.xml"))
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert app.find(f"{ns}Application").text == "strategy-draft assembler"
    for unknown in ("Pages", "Words", "Characters", "Lines", "Paragraphs", "AppVersion", "TotalTime"):
        assert app.find(f"{ns}{unknown}") is None, unknown


def test_font_choice_comes_from_style_yaml(tmp_path):
    user = tmp_path / "templates"
    user.mkdir()
    from importlib.resources import files
    text = files("assembler.templates").joinpath("style.yaml").read_text(encoding="utf-8")
    (user / "style.yaml").write_text(text.replace("ＭＳ 明朝", "游明朝").replace("ＭＳ ゴシック", "游ゴシック"),
                                     encoding="utf-8")
    out = render_docx(sample_draft(), tmp_path / "d.docx", templates_dir=user)
    styles = parts(out)["word/styles.xml"]
    fonts = {f.get(f"{W}eastAsia") for f in styles.iter(f"{W}rFonts")}
    assert fonts == {"游明朝", "游ゴシック"}


def test_headings_are_numbered_through_styles_not_typed_numbers(xml):
    styles, numbering = xml["word/styles.xml"], xml["word/numbering.xml"]
    ids = style_ids(xml)
    num_ids = set()
    for level, name in enumerate(("heading 1", "heading 2", "heading 3")):
        st = styles.find(f"{W}style[@{W}styleId='{ids[name]}']")
        num = st.find(f"{W}pPr/{W}numPr")
        assert num.find(f"{W}ilvl").get(f"{W}val") == str(level)
        # LibreOffice writes the full-width number in the language of the heading's first
        # character: Latin text in en-US made 「第4」 of 「第４　KPI・目標設定」
        assert st.find(f"{W}rPr/{W}lang").get(f"{W}val") == "ja-JP"
        num_ids.add(num.find(f"{W}numId").get(f"{W}val"))
    assert len(num_ids) == 1
    num = numbering.find(f"{W}num[@{W}numId='{num_ids.pop()}']")
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']")
    lvls = [(l.find(f"{W}numFmt").get(f"{W}val"), l.find(f"{W}lvlText").get(f"{W}val"))
            for l in abstract.findall(f"{W}lvl")]
    assert lvls == [("decimalFullWidth", "第%1　"), ("decimalFullWidth", "%2　"), ("decimalFullWidth", "（%3）")]
    headings = [text_of(p) for p in xml["word/document.xml"].iter(f"{W}p")
                if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") in (ids["heading 1"], ids["heading 2"])]
    assert headings == ["デジタル技術の活用", "人材と理念", "人材の育成", "質の高いインフラ", "その他"]


def test_toc_is_a_dirty_field_and_word_is_asked_to_update_fields(xml):
    doc = xml["word/document.xml"]
    instr = [t.text for t in doc.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC ") for i in instr)
    begins = [f for f in doc.iter(f"{W}fldChar") if f.get(f"{W}fldCharType") == "begin"]
    assert begins[0].get(f"{W}dirty") == "true"
    settings = [c.tag.split("}")[1] for c in xml["word/settings.xml"]]
    assert "updateFields" in settings
    # CT_Settings order: updateFields comes before compat, rsids and themeFontLang
    for later in ("compat", "rsids", "themeFontLang"):
        assert settings.index("updateFields") < settings.index(later)


# --- entries, citations, links ------------------------------------------------------------


def test_every_entry_ends_with_its_citation_linked_to_its_appendix_row(xml):
    entries = entry_paragraphs(xml)
    assert [a for a, _ in entries] == ["m02_aaaaa1", "m02_ccccc1", "m03_ddddd1"]
    expected = {"m02_aaaaa1": "（飯島委員〔第２回・第３回〕、小林委員〔第３回〕）",
                "m02_ccccc1": "（小林委員〔第２回〕）", "m03_ddddd1": "（飯島委員〔第３回〕）"}
    link_style = style_ids(xml)["Hyperlink"]
    for anchor, p in entries:
        link = p.findall(f"{W}hyperlink")[-1]
        assert link.get(f"{W}anchor") == anchor
        assert text_of(link) == expected[anchor]
        assert text_of(p).endswith(expected[anchor])
        assert {r.get(f"{W}val") for r in link.iter(f"{W}rStyle")} == {link_style}


def test_a_citations_meeting_labels_never_break_and_names_wrap(xml):
    """A word joiner before every character inside 〔第２回・第３回〕 (across a tracked
    insertion) and before the closing punctuation after it; none in the names, which wrap
    like any Japanese text (a whole citation kept together spread the line before it across
    the width); and the runs' East Asian language is zxx, the one LibreOffice breaks by the
    Unicode rules that honour the joiner (its Japanese rules ignore it: checked in the PDF by
    test_render_look)."""
    entries = dict(entry_paragraphs(xml))
    link = entries["m02_aaaaa1"].findall(f"{W}hyperlink")[-1]
    raw = raw_text(link)
    assert raw == "（飯島委員" + WJ.join("〔第２回・第３回〕、") + "小林委員" + WJ.join("〔第３回〕）")
    assert link.find(f".//{W}ins") is not None  # 第３回 is new: the joiners live in the pieces
    for run in link.iter(f"{W}r"):
        assert run.find(f"{W}rPr/{W}lang").get(f"{W}eastAsia") == "zxx"
        assert run.find(f"{W}rPr/{W}noProof") is not None


def test_every_hyperlink_anchor_is_a_bookmark_and_bookmarks_are_unique(xml):
    doc = xml["word/document.xml"]
    names = [b.get(f"{W}name") for b in doc.iter(f"{W}bookmarkStart")]
    assert len(names) == len(set(names))
    assert all(len(n) <= 40 and n[0].isalpha() for n in names)
    anchors = [h.get(f"{W}anchor") for h in doc.iter(f"{W}hyperlink")]
    assert anchors and set(anchors) <= set(names)
    starts = sorted(b.get(f"{W}id") for b in doc.iter(f"{W}bookmarkStart"))
    assert starts == sorted(b.get(f"{W}id") for b in doc.iter(f"{W}bookmarkEnd"))


def test_after_paragraphs_follow_their_entry_without_bookmarks(xml):
    ids = style_ids(xml)
    body = list(xml["word/document.xml"].find(f"{W}body"))
    anchor, p = entry_paragraphs(xml)[0]
    nxt = body[body.index(p) + 1]
    assert text_of(nxt) == "（事務局注）関連施策は別紙参照。"
    assert nxt.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == ids["List Continue"]
    assert nxt.find(f"{W}bookmarkStart") is None


def test_a_section_without_points_says_so_in_one_line(rendered):
    lines = dump_docx(rendered).splitlines()
    i = lines.index("Heading 1\tその他")
    assert lines[i + 1] == "Empty Section\t（本会合までに該当する意見はない。）"
    assert sum("該当する意見はない" in ln for ln in lines) == 1


def test_changes_block_lists_each_change(rendered):
    lines = dump_docx(rendered).splitlines()
    i = lines.index("Changes Heading\t前回からの変更")
    assert lines[i + 1:i + 3] == ["Change Item\t第３回の意見を反映した。",
                                  "Change Item\t「質の高いインフラ」の項を追加した。"]
    draft = sample_draft()
    plain = render_docx(Draft(**{**draft.__dict__, "changes": ()}), rendered.parent / "plain.docx")
    assert "前回からの変更" not in dump_docx(plain)


# --- tracked changes ----------------------------------------------------------------------


def test_new_entries_and_new_citation_parts_are_tracked_insertions(xml):
    doc = xml["word/document.xml"]
    inserted = {}
    for anchor, p in entry_paragraphs(xml):
        inserted[anchor] = ["".join(text_of(i)) for i in p.iter(f"{W}ins") if i.getparent().tag != f"{W}rPr"]
        mark = p.find(f"{W}pPr/{W}rPr/{W}ins")
        assert (mark is not None) == (anchor == "m03_ddddd1")
    assert inserted == {
        "m02_aaaaa1": ["・第３回", "、小林委員〔第３回〕"],
        "m02_ccccc1": [],
        "m03_ddddd1": ["質の高いインフラの理念を相手国と共有すべき。", "（飯島委員〔第３回〕）"],
    }
    all_ins = list(doc.iter(f"{W}ins"))
    assert {(i.get(f"{W}author"), i.get(f"{W}date")) for i in all_ins} == {(AUTHOR, "2020-06-01T00:00:00Z")}
    ids = [i.get(f"{W}id") for i in all_ins] + [b.get(f"{W}id") for b in doc.iter(f"{W}bookmarkStart")]
    assert len(ids) == len(set(ids))


def test_no_revision_date_means_no_tracked_changes(tmp_path):
    out = render_docx(sample_draft(revision_date=None), tmp_path / "d.docx")
    doc = parts(out)["word/document.xml"]
    assert list(doc.iter(f"{W}ins")) == []
    assert "質の高いインフラの理念を相手国と共有すべき。（飯島委員〔第３回〕）" in dump_docx(out)


# --- appendix -----------------------------------------------------------------------------


def test_appendix_has_one_row_per_point_with_a_repeated_header_and_bookmarks(xml):
    draft = sample_draft()
    tbl = xml["word/document.xml"].find(f"{W}body/{W}tbl")
    rows = tbl.findall(f"{W}tr")
    assert len(rows) == len(draft.trace) + 1
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    assert [text_of(tc) for tc in rows[0].findall(f"{W}tc")] == [
        "ID", "項目", "発言内容", "発言者", "会合", "出典", "配置", "統合"]
    for tr, row in zip(rows[1:], draft.trace):
        assert tr.find(f".//{W}bookmarkStart").get(f"{W}name") == row.point.id
        cells = [text_of(tc) for tc in tr.findall(f"{W}tc")]
        assert cells[0] == row.point.id and cells[2] == row.point.text
        assert cells[6] == row.placement and cells[7] == row.group
    pdf_row = [text_of(tc) for tc in rows[2].findall(f"{W}tc")]
    assert pdf_row[4:6] == ["第３回R2.6.1", "第3回.pdfp.3 40–41行"]


def test_appendix_columns_fit_their_content_and_names_ids_and_files_stay_whole(xml):
    """The id, speaker, meeting and source columns are as wide as their widest line (an
    estimate in ems of the 8 pt table font), their characters are joined (no break inside a
    name, an id or a file name), the text column takes the rest; cells are padded top and
    bottom; a point merged with nothing leaves the merge cell empty (no 「—」 in every row)."""
    from assembler.render.widths import text_width

    tbl = xml["word/document.xml"].find(f"{W}body/{W}tbl")
    widths = [int(g.get(f"{W}w")) for g in tbl.iter(f"{W}gridCol")]
    kept_style = style_ids(xml)["Table Text Kept"]  # no proofing, East Asian language zxx
    kept = xml["word/styles.xml"].find(f"{W}style[@{W}styleId='{kept_style}']/{W}rPr")
    assert kept.find(f"{W}lang").get(f"{W}eastAsia") == "zxx" and kept.find(f"{W}noProof") is not None
    rows = [[tc for tc in tr.findall(f"{W}tc")] for tr in tbl.findall(f"{W}tr")]
    margins = tbl.find(f"{W}tblPr/{W}tblCellMar")
    sides = sum(int(margins.find(f"{W}{side}").get(f"{W}w")) for side in ("left", "right"))
    for i in (0, 3, 4, 5):  # ID, 発言者, 会合, 出典
        widest = max(text_width(line) for r in rows for line in _cell_lines(r[i]))
        assert widths[i] - sides >= widest * 160, (i, widths[i], widest)  # inside the margins
        assert widths[i] <= (widest + 3) * 160 + 114, (i, widths[i], widest)
        for r in rows[1:]:
            for unit in (u for line in _cell_lines(r[i]) for u in line.split()):  # a space may break
                if re.fullmatch(r"\w+", unit, re.ASCII):  # an id: no line breaks inside it anyway
                    assert unit in raw_text(r[i]), unit
                else:
                    assert len(unit) < 2 or WJ.join(unit) in raw_text(r[i]), unit
            assert r[i].find(f".//{W}pStyle").get(f"{W}val") == kept_style
    assert widths[2] == max(widths)
    assert sum(widths) == 14003  # 297 mm less two 25 mm margins: the table fills the width
    assert min(widths) >= 2 * 160  # every heading (項目, 会合) has room for its two characters
    assert int(margins.find(f"{W}top").get(f"{W}w")) >= 40
    assert int(margins.find(f"{W}bottom").get(f"{W}w")) >= 40
    merge = {text_of(r[0]): text_of(r[7]) for r in rows[1:]}
    assert merge["m02_eeeee1"] == "" and "—" not in merge.values()


def test_long_names_and_file_names_leave_the_text_column_room_to_read(tmp_path):
    """A speaker with a long title and minutes with a long file name widen their columns, but
    the text of the points — what the appendix is read for — still holds twenty characters
    of the 8 pt table font a line; the long cells break at a sensible place instead."""
    inner = _inner_widths(tmp_path, "minutes/インフラ海外展開に関する新戦略策定に向けた懇談会_第2回_議事要旨_確定版.txt")
    assert inner["発言内容"] >= 20 * 160, inner


def _inner_widths(tmp_path: Path, long_file: str) -> dict[str, int]:
    """The appendix's columns (heading -> width inside the cell margins, twips) of the sample
    draft with every point's speaker a long title and its minutes ``long_file``."""
    long_speaker = Speaker("国土交通省総合政策局海外プロジェクト推進課長補佐", "山吹",
                           "国土交通省総合政策局海外プロジェクト推進課長補佐", "other")
    draft = sample_draft()
    rows = tuple(replace(r, point=replace(r.point, speaker=long_speaker,
                                          source=replace(r.point.source, file=long_file)))
                 for r in draft.trace)
    out = render_docx(replace(draft, trace=rows), tmp_path / "draft.docx")
    tbl = parts(out)["word/document.xml"].find(f"{W}body/{W}tbl")
    widths = [int(g.get(f"{W}w")) for g in tbl.iter(f"{W}gridCol")]
    labels = [text_of(tc) for tc in tbl.find(f"{W}tr").findall(f"{W}tc")]
    margins = tbl.find(f"{W}tblPr/{W}tblCellMar")
    sides = sum(int(margins.find(f"{W}{side}").get(f"{W}w")) for side in ("left", "right"))
    return {label: width - sides for label, width in zip(labels, widths)}


#: File names and their widths in ems as each face of style.yaml sets them: IPAex明朝 and
#: IPAexゴシック summed from the fonts' advance widths (fontTools, hmtx / unitsPerEm), the ＭＳ
#: faces half an em a character. The old guessed table gave 9.38, 10.38, 12.95 and 16.06.
_SET_WIDTHS = {
    "infra-council-02.txt": (8.927, 8.961, 10.0),
    "WMO-HQ-2026-04.pdf": (10.708, 10.842, 9.0),
    "MOHW-ODA-WG-2026.docx": (13.441, 13.367, 10.5),
    "DOWNTOWN-HUB-MINUTES.pdf": (16.132, 15.49, 12.0),
    "minutes-search-export-cp932.csv": (15.625, 15.711, 15.5),
}


@pytest.mark.parametrize("name", sorted(_SET_WIDTHS))
def test_the_width_estimate_of_latin_text_is_never_narrower_than_a_face_sets_it(name):
    """A fitted column is as wide as the estimate: an estimate below what a face of the
    draft sets leaves the name too long for its cell, and LibreOffice breaks it anywhere
    (「m / inutes-search-export-cp932.csv」 under --fonts ipa)."""
    from assembler.render.widths import text_width

    assert max(_SET_WIDTHS[name]) <= text_width(name) <= max(_SET_WIDTHS[name]) + len(name) / 1000


def test_a_long_latin_file_name_gets_a_column_as_wide_as_itself(tmp_path):
    """A file name with no sensible place to break (no space, / or _) wider than FIT_CAP keeps
    its 出典 column at least as wide as itself; a long Japanese speaker's title, which may
    break between any two characters, is still capped."""
    from assembler.render.widths import FIT_CAP, text_width

    long_file = "minutes-search-export-cp932.csv"
    inner = _inner_widths(tmp_path, long_file)
    assert text_width(long_file) > FIT_CAP
    assert inner["出典"] >= text_width(long_file) * 160, inner
    assert inner["発言者"] <= (FIT_CAP + 1) * 160 and inner["発言内容"] >= 20 * 160, inner


def test_fitted_columns_wider_than_their_part_of_the_table_shrink_together():
    """Names, ids and file names each as wide as they may grow (a big council, long titles):
    together they are cut back to 60 % of the table in proportion, the shared columns keep
    their shares of the rest, and the widths fill the table exactly."""
    from assembler.render.widths import column_widths

    shares, fitted = (0.1, 0.6, 0.3, 0.0, 0.0), (None, None, None, 30.0, 10.0)
    widths = column_widths(8000, 200, 100, shares, fitted)
    assert sum(widths) == 8000
    assert sum(widths[3:]) <= 0.6 * 8000 and sum(widths[:3]) >= 0.4 * 8000
    alone = column_widths(10 ** 6, 200, 100, shares, fitted)[3:]  # room enough: not cut back
    assert abs(widths[3] / widths[4] - alone[0] / alone[1]) < 0.01
    assert abs(widths[1] / widths[0] - 6) < 0.05 and abs(widths[2] / widths[0] - 3) < 0.05


def test_a_rebuild_keeps_the_columns_the_previous_rows_needed(tmp_path):
    """The previous build's appendix had a speaker with a long title; this build's rows are
    narrower. Its rows are shown deleted in the change view, so Reject All must give back the
    previous layout: the table keeps the previous build's column widths."""
    from assembler.render.document import layout_blocks
    from assembler.texts import Texts

    long_speaker = Speaker("国土交通省総合政策局海外プロジェクト推進課長補佐", "山吹",
                           "国土交通省総合政策局海外プロジェクト推進課長補佐", "other")
    now = sample_draft()
    before = replace(now, trace=tuple(replace(r, point=replace(r.point, speaker=long_speaker))
                                      for r in now.trace))

    def grid(path: Path) -> list[str]:
        tbl = parts(path)["word/document.xml"].find(f"{W}body/{W}tbl")
        return [g.get(f"{W}w") for g in tbl.iter(f"{W}gridCol")]

    previous = grid(render_docx(before, tmp_path / "before.docx"))
    alone = grid(render_docx(now, tmp_path / "alone.docx"))
    assert alone != previous  # the long title needed a wider column
    rebuilt = render_docx(now, tmp_path / "after.docx", previous=layout_blocks(before, Texts()))
    assert grid(rebuilt) == previous


def test_a_placement_term_never_breaks_inside(tmp_path):
    """『オペレーション』 is joined (it fits the column); around a term a line may break."""
    draft = sample_draft(revision_date=None)
    rows = list(draft.trace)
    rows[0] = replace(rows[0], placement="『オペレーション』（結論部）『DX』の語による")
    out = render_docx(replace(draft, trace=tuple(rows)), tmp_path / "d.docx")
    tbl = parts(out)["word/document.xml"].find(f"{W}body/{W}tbl")
    cell = raw_text(tbl.findall(f"{W}tr")[1].findall(f"{W}tc")[6])
    assert cell.startswith(WJ.join("『オペレーション』") + "（結論部）『" + WJ + "D")
    assert cell.endswith("』の語による")


def _cell_lines(tc) -> list[str]:
    lines = []
    for p in tc.iter(f"{W}p"):
        line = ""
        for node in p.iter(f"{W}t", f"{W}br"):
            if node.tag == f"{W}br":
                lines.append(line)
                line = ""
            else:
                line += (node.text or "").replace(WJ, "")
        lines.append(line)
    return lines


def test_an_entry_citing_a_point_missing_from_the_appendix_is_refused(tmp_path):
    draft = sample_draft()
    with pytest.raises(RenderError) as e:
        render_docx(Draft(**{**draft.__dict__, "trace": draft.trace[1:]}), tmp_path / "d.docx")
    assert str(e.value) == ("entry 'm02_aaaaa1' cites a point missing from the appendix; "
                            "every entry's anchor must be a point id of the trace")
    assert not (tmp_path / "d.docx").exists()


# --- same input, same bytes; atomic writes -------------------------------------------------


def test_two_renders_give_identical_bytes(tmp_path, rendered):
    again = render_docx(sample_draft(), tmp_path / "again.docx")
    assert again.read_bytes() == rendered.read_bytes()
    with zipfile.ZipFile(again) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        names = z.namelist()
        core = z.read("docProps/core.xml").decode()
    assert not [n for n in names if "thumbnail" in n or "stylesWithEffects" in n]
    assert "2020-06-01T00:00:00Z" in core and "<dc:creator>事務局</dc:creator>" in core


def test_a_target_that_cannot_be_replaced_leaves_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "draft.docx"
    target.write_bytes(b"previous")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(RenderError) as e:
        render_docx(sample_draft(), target)
    assert str(e.value) == (f"{target}: the file is locked by another program; is it open in "
                            "Word or Excel? Close it and run again; nothing was changed")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.docx"]


def test_a_target_that_is_a_directory_is_reported(tmp_path):
    target = tmp_path / "draft.docx"
    target.mkdir()
    with pytest.raises(RenderError) as e:
        render_docx(sample_draft(), target)
    assert str(e.value) == f"{target}: a folder has this name; choose another output folder with -o"
    assert target.is_dir() and list(target.iterdir()) == []


# --- templates ----------------------------------------------------------------------------


_STYLE = files("assembler.templates").joinpath("style.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, text, expected", [
    ("citation.j2", "（{{ parts[0].speakr }}）",
     "{dir}/citation.j2: template error: 'dict object' has no attribute 'speakr'; "
     "the variables it can use: parts"),
    ("empty_section.j2", "{% if %}",
     "{dir}/empty_section.j2: line 1: template error: Expected an expression, got 'end of statement block'"),
    ("cover_title.j2", "{{ titel }}",
     "{dir}/cover_title.j2: template error: 'titel' is undefined; the variables it can use: title"),
    ("trace_columns.j2", "ID\n本文",
     "{dir}/trace_columns.j2: not a `key: heading` line: 'ID'; write one column a line, "
     "e.g. `text: 発言内容`"),
    ("trace_columns.j2", "id: ID\ntext: 発言内容",
     "{dir}/trace_columns.j2: no heading for the column 'section'; add a line `section: 見出し`"),
    ("trace_columns.j2", "id: ID\ntexts: 発言内容",
     "{dir}/trace_columns.j2: no appendix column 'texts'; did you mean 'text'?; the columns are "
     "id, meeting, merge, placement, section, source, speaker, text"),
    ("style.yaml", "fonts: {mincho: a, gothic: b}\nsize: {}\n",
     "{dir}/style.yaml: size: unknown key; did you mean 'sizes'?"),
    ("style.yaml", _STYLE.replace("body: 10.5", "body: -1", 1),
     "{dir}/style.yaml: sizes.body: expected a positive number, got -1"),
    ("style.yaml", _STYLE.replace("line_pitch: ", "line_pitch: 0.5 #", 1),
     "{dir}/style.yaml: page.line_pitch: expected a positive whole number, got 0.5"),
    ("style.yaml", "fonts: [",
     "{dir}/style.yaml: line 1: invalid YAML: expected the node content, but found '<stream end>'; check the "
     "indentation and the ': ' after each key on this line and the ones before it; put a value that holds ': ' "
     "or ' #' in quotes"),
])
def test_template_errors_name_the_template_file(tmp_path, name, text, expected):
    assert text != _STYLE
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises((ConfigError, RenderError)) as e:
        render_docx(sample_draft(), tmp_path / "d.docx", templates_dir=tmp_path)
    assert str(e.value) == expected.format(dir=tmp_path)


def test_a_user_template_rewords_the_citation(tmp_path):
    (tmp_path / "citation.j2").write_text(
        "【{% for p in parts %}{{ p.speaker }}:{{ p.meetings|map(attribute='label')|join(',') }}"
        "{% endfor %}】", encoding="utf-8")
    out = render_docx(sample_draft(revision_date=None), tmp_path / "d.docx", templates_dir=tmp_path)
    assert "人材育成の仕組みを官民で整えることが必要。【小林委員:第２回】" in dump_docx(out)


# --- reference documents ------------------------------------------------------------------


def localised_reference(path: Path) -> Path:
    """A reference doc like one saved by Japanese Word: heading 1 has id '1', Normal 'a'."""
    import docx
    doc = docx.Document()
    root = doc.styles.element
    renames = {"Heading1": "1", "Normal": "a"}
    for el in root.iter(f"{W}basedOn", f"{W}next", f"{W}link"):
        if el.get(f"{W}val") in renames:
            el.set(f"{W}val", renames[el.get(f"{W}val")])
    for st in root.iter(f"{W}style"):
        if st.get(f"{W}styleId") in renames:
            st.set(f"{W}styleId", renames[st.get(f"{W}styleId")])
    doc.styles["Heading 1"].font.size = 203200  # 16 pt: the user's own formatting
    doc.add_paragraph("this body text must not reach the draft")
    doc.save(path)
    return path


def test_a_reference_doc_supplies_styles_resolved_by_name(tmp_path):
    ref = localised_reference(tmp_path / "ref.docx")
    out = render_docx(sample_draft(), tmp_path / "d.docx", reference_doc=ref)
    xml = parts(out)
    ids = style_ids(xml)
    assert ids["heading 1"] == "1" and ids["Normal"] == "a"
    heading = xml["word/styles.xml"].find(f"{W}style[@{W}styleId='1']")
    assert heading.find(f"{W}rPr/{W}sz").get(f"{W}val") == "32"
    assert heading.find(f"{W}pPr/{W}numPr") is not None
    assert heading.find(f"{W}rPr/{W}lang").get(f"{W}val") == "ja-JP"
    used = {p.get(f"{W}val") for p in xml["word/document.xml"].iter(f"{W}pStyle")}
    assert "1" in used and used <= set(ids.values())
    text = dump_docx(out)
    assert "must not reach" not in text and "Heading 1\tデジタル技術の活用" in text


def broken_docx(path: Path, kind: str) -> Path:
    if kind == "not a zip":
        path.write_bytes(b"plain text")
        return path
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        if kind == "doctype":
            z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')
        elif kind == "bomb":
            z.writestr(zipfile.ZipInfo("word/document.xml"), b"\0" * (5 * 1024 * 1024),
                       compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize("kind, expected", [
    ("not a zip", "{p}: not a readable .docx (File is not a zip file); is it a Word .docx file saved by Word or LibreOffice?"),
    ("doctype", "{p}: part word/document.xml declares a DOCTYPE, which Word never writes; refusing a file that may carry XML entities"),
    ("bomb", "{p}: part word/document.xml expands 1026 times when unpacked (a zip bomb?); is it a Word .docx file saved by Word or LibreOffice?"),
])
def test_unsafe_docx_files_are_refused(tmp_path, kind, expected):
    path = broken_docx(tmp_path / "ref.docx", kind)
    with pytest.raises(InputError) as e:
        check_docx_safe(path)
    assert str(e.value) == expected.format(p=path)
    with pytest.raises(InputError):
        render_docx(sample_draft(), tmp_path / "d.docx", reference_doc=path)


# --- golden dump --------------------------------------------------------------------------


def test_dump_matches_the_golden_file(rendered):
    """Review a diff of tests/golden/render_sample.txt like code; regenerate with
    UPDATE_GOLDEN=1 when the change is intended."""
    text = dump_docx(rendered)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


# --- trace exports ------------------------------------------------------------------------


def sample_trace() -> Trace:
    draft = sample_draft()
    rows = tuple(replace(r, assignment=Assignment(
        r.point.id, r.section, (r.section,) if r.section else (), (), (),
        uncertain=r.section == "s2b"), group_id=r.group) for r in draft.trace)
    groups = (Group("g1", ("m02_aaaaa1", "m03_aaaaa2", "m03_bbbbb1"), "m02_aaaaa1",
                    (Link("m02_aaaaa1", "m03_aaaaa2", 91.5), Link("m02_aaaaa1", "m03_bbbbb1", 84.0))),)
    return Trace(MEETINGS, rows, groups)


def test_write_trace_writes_json_csv_and_xlsx_beside_the_draft(tmp_path):
    trace = sample_trace()
    paths = write_trace(trace, tmp_path / "draft.docx")
    assert [p.name for p in paths] == ["draft.json", "draft.csv", "draft.xlsx"]
    text = paths[0].read_text(encoding="utf-8")
    assert json.loads(text) == trace.to_dict()
    assert "\\u" not in text
    # compact, one line per meeting, point and group: the size is linear in the points
    assert len(text.splitlines()) == 3 * 2 + 1 + len(MEETINGS) + len(trace.rows) + len(trace.groups)
    raw = paths[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [c.key for c in columns.COLUMNS]
    assert len(rows) == len(trace.rows) + 1
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_id["m03_aaaaa2"]["page"] == "3" and by_id["m02_aaaaa1"]["page"] == ""
    assert by_id["m03_ddddd1"]["uncertain"] == "true" and by_id["m02_eeeee1"]["uncertain"] == "false"
    assert by_id["m02_ccccc1"]["line_start"] == "20" and by_id["m02_ccccc1"]["file"] == "minutes/第2回.txt"
    # one shape: the placement wording of the appendix, and its code beside it
    assert by_id["m02_aaaaa1"]["placement"] == "自動: DX(3.0)"
    assert by_id["m02_aaaaa1"]["placed_by"] == "auto" and by_id["m02_eeeee1"]["placed_by"] == "procedural"
    point = next(p for p in json.loads(text)["points"] if p["id"] == "m02_aaaaa1")
    assert point["placement"] == "自動: DX(3.0)" and "file" not in point
    from openpyxl import load_workbook
    wb = load_workbook(paths[2])
    ws = wb["points"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert [c.value for c in ws[1]] == rows[0]
    assert ws.max_row == len(trace.rows) + 1
    assert [ws.title for ws in wb.worksheets] == ["points", "meetings", "groups"]
    with zipfile.ZipFile(paths[2]) as z:
        types = z.read("[Content_Types].xml").decode("utf-8")
        parts = [n for n in z.namelist() if not n.endswith(".rels") and n != "[Content_Types].xml"]
    assert all(f'PartName="/{n}"' in types for n in parts), types


@pytest.mark.parametrize("score", [2.0, 1e-05, float("nan"), float("inf")])
def test_the_json_trace_is_the_same_text_with_or_without_orjson(tmp_path, monkeypatch, score):
    """orjson writes the lines json would (render/trace._line); a trace holding NaN or an
    infinite score (null there, NaN here) is written by json throughout (_finite)."""
    from assembler.render import trace as trace_mod

    trace = sample_trace()
    first = trace.rows[0]
    scored = replace(first.assignment, scores=(("s1", score), ("s2", 0.5)))
    trace = replace(trace, rows=(replace(first, assignment=scored), *trace.rows[1:]))
    assert trace_mod.orjson is not None  # a dependency (pyproject.toml)
    fast = write_trace(trace, tmp_path / "a" / "draft.docx")[0].read_bytes()
    monkeypatch.setattr(trace_mod, "orjson", None)
    plain = write_trace(trace, tmp_path / "b" / "draft.docx")[0].read_bytes()
    assert fast == plain
    assert trace_mod._finite(trace) == (score == score and score != float("inf"))


def test_the_xlsx_drops_what_xml_cannot_hold_from_the_bytes_as_from_the_text():
    """render/xlsx._clean removes _ILLEGAL from the UTF-8 bytes: the same bytes as removing it
    from the text, for every character of the Basic Multilingual Plane (surrogates aside:
    they do not encode) and some beyond it, one by one and side by side."""
    from assembler.render.xlsx import _ILLEGAL, _clean

    chars = [chr(c) for c in [*range(0xD800), *range(0xE000, 0x10000), 0x10000, 0x1F600, 0x10FFFF]]
    for ch in chars:
        assert _clean(f"a{ch}b") == _ILLEGAL.sub("", f"a{ch}b").encode("utf-8"), hex(ord(ch))
    text = "".join(chars)
    assert _clean(text) == _ILLEGAL.sub("", text).encode("utf-8")
    assert _clean("x\x00\x0b\ufffe\uffff\uffe0y\t\n\r") == "x\uffe0y\t\n\r".encode("utf-8")


def test_xlsx_cells_are_escaped_and_cleaned(tmp_path):
    from assembler.render.xlsx import write_xlsx
    from datetime import datetime

    out = io.BytesIO()
    write_xlsx(out, [("s", [("a", 10), ("b", 10)], [["R&D <x> \x01ok", "plain"], ["=1+1", 3]])],
               created=datetime(2020, 1, 1))
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert ('<c r="A2" t="inlineStr"><is><t xml:space="preserve">R&amp;D &lt;x&gt; ok</t></is></c>'
            '<c r="B2" t="inlineStr"><is><t xml:space="preserve">plain</t></is></c>') in sheet
    assert '<c r="A3" s="2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="B3"><v>3</v></c>' in sheet
    etree.fromstring(sheet.encode("utf-8"))


def test_the_csv_and_xlsx_lead_to_the_same_lines_of_the_minutes_as_the_json(tmp_path):
    """Each row of the spreadsheet a secretariat filters names the file, the first and the
    last line and the page of the point, as the JSON trace does (bullets over several lines
    included)."""
    from openpyxl import load_workbook

    trace = sample_trace()
    json_path, csv_path, xlsx_path = write_trace(trace, tmp_path / "draft.docx")
    want = {p["id"]: [p["source"]["file"], p["source"]["line_start"], p["source"]["line_end"],
                      p["source"].get("page")]
            for p in json.loads(json_path.read_text(encoding="utf-8"))["points"]}
    assert any(span[1] != span[2] for span in want.values())
    keys = ("file", "line_start", "line_end", "page")
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert {r["id"]: [r["file"], int(r["line_start"]), int(r["line_end"]), int(r["page"]) if r["page"] else None]
            for r in rows} == want
    ws = load_workbook(xlsx_path)["points"]
    head = [c.value for c in ws[1]]
    got = {r[head.index("id")]: [r[head.index(k)] for k in keys] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert got == want


def test_a_column_added_to_the_table_shows_in_all_four_outputs(tmp_path, monkeypatch):
    """One table: a new column with a heading appears in the appendix, CSV, XLSX and JSON."""
    monkeypatch.setattr(columns, "COLUMNS", columns.COLUMNS + (
        columns.Column("chars", "chars", 0.05, lambda r: len(r.point.text)),))
    templates = tmp_path / "templates"
    templates.mkdir()
    shipped = (Path(__file__).resolve().parent.parent / "templates" / "trace_columns.j2")
    (templates / "trace_columns.j2").write_text(
        shipped.read_text(encoding="utf-8") + "chars: 字数\n", encoding="utf-8")
    draft = sample_draft()
    out = render_docx(draft, tmp_path / "draft.docx", templates_dir=templates)
    paths = write_trace(Trace(MEETINGS, draft.trace, ()), out)
    table = docx.Document(str(out)).tables[-1]
    assert table.rows[0].cells[-1].text == "字数"
    assert table.rows[1].cells[-1].text == str(len(draft.trace[0].point.text))
    widths = [c.width for c in table.rows[0].cells]
    assert widths[-1] < widths[2]  # the share is the share of the text width
    points = json.loads(paths[0].read_text(encoding="utf-8"))["points"]
    assert points[0]["chars"] == len(draft.trace[0].point.text)
    rows = list(csv.reader(io.StringIO(paths[1].read_bytes().decode("utf-8-sig"))))
    assert rows[0][-1] == "chars" and rows[1][-1] == str(len(draft.trace[0].point.text))
    from openpyxl import load_workbook
    ws = load_workbook(paths[2])["points"]
    assert ws.cell(1, ws.max_column).value == "chars"
    assert ws.cell(2, ws.max_column).value == len(draft.trace[0].point.text)


def test_write_trace_is_deterministic(tmp_path):
    a = write_trace(sample_trace(), tmp_path / "a" / "draft.docx")
    b = write_trace(sample_trace(), tmp_path / "b" / "draft.docx")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


@pytest.mark.parametrize("code, says", [
    (28, "the disk is full; free some space and run again; nothing was changed"),   # ENOSPC
    (30, "the disk is read-only; choose another output folder with -o"),            # EROFS
    (16, "the file is locked by another program; is it open in Word or Excel? Close it and run "
         "again; nothing was changed"),                                             # EBUSY
])
def test_the_draft_and_its_trace_report_the_same_os_error_alike(tmp_path, monkeypatch, code, says):
    """One home for OS write failures (transaction.cause): the .docx writer and the trace
    writers say the same thing for the same cause."""
    import tempfile

    def fail(*a, **k):
        raise OSError(code, os.strerror(code))

    target = tmp_path / "draft.docx"
    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(RenderError) as e:
        render_docx(sample_draft(), target)
    assert str(e.value) == f"{target}: {says}"
    monkeypatch.undo()
    monkeypatch.setattr(tempfile, "mkstemp", fail)
    with pytest.raises(RenderError) as e:
        write_trace(sample_trace(), target)
    assert str(e.value).split(": ", 1)[1] == says
    assert list(tmp_path.iterdir()) == []


def test_the_kind_of_value_a_style_needs_is_said_in_japanese(tmp_path, japanese):
    (tmp_path / "style.yaml").write_text(_STYLE.replace("body: 10.5", "body: -1", 1),
                                         encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        render_docx(sample_draft(), tmp_path / "d.docx", templates_dir=tmp_path)
    assert str(e.value) == f"{tmp_path}/style.yaml: sizes.body：正の数を書いてください（-1 ではなく）"
