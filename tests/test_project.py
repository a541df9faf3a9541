"""A drafting project regenerated after each meeting, keeping the secretariat's edits."""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from lxml import etree

from assembler import project
from assembler.errors import ConfigError, InputError
from assembler.manifest import PointState, State
from benchmarks.generate import generate
from assembler.cli import main
from conftest import SEED

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
EPOCH = "1764374400"  # 2025-11-29: the build date written into tracked changes


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


@pytest.fixture
def proj(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = project.init(tmp_path / "proj", title="「インフラ海外展開に関する新戦略」骨子（事務局たたき台）")
    project.add(root, SEED)
    return root


@pytest.fixture(scope="module")
def meeting3(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen")
    generate(out, meetings=1, seed=3)
    return next(out.glob("*03*.txt"))


def read_body(docx: Path):
    with zipfile.ZipFile(docx) as z:
        return etree.fromstring(z.read("word/document.xml"))


def write_body(docx: Path, root) -> None:
    """Replace word/document.xml in place, keeping every other part."""
    tmp = docx.with_suffix(".tmp")
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(item, data)
    tmp.replace(docx)


def para_of(root, anchor: str):
    bm = root.find(f".//w:bookmarkStart[@w:name='d_{anchor}']", NS)
    assert bm is not None, anchor
    p = bm
    while p.tag != q("p"):
        p = p.getparent()
    return p


def retype(p, text: str) -> None:
    """Replace a paragraph's runs by one run of ``text`` (what typing over it does)."""
    runs = p.findall("w:r", NS)
    runs[0].find("w:t", NS).text = text
    for r in runs[1:]:
        p.remove(r)


def reword_delete_move(root, reword: tuple[str, str], delete: str, move: tuple[str, str]) -> None:
    """What a person does in Word: retype one point, delete another, move a third under
    another chapter's heading (given by its title)."""
    retype(para_of(root, reword[0]), reword[1])
    gone = para_of(root, delete)
    gone.getparent().remove(gone)
    moved = para_of(root, move[0])
    moved.getparent().remove(moved)
    heading(root, move[1]).addnext(moved)


def heading(root, title: str):
    for p in root.iter(q("p")):
        style = p.find("w:pPr/w:pStyle", NS)
        if style is not None and style.get(q("val")).startswith("Heading") and \
                "".join(t.text or "" for t in p.iter(q("t"))) == title:
            return p
    raise AssertionError(title)


def chapter_of(root, anchor: str) -> str:
    current = None
    for p in root.iter(q("p")):
        style = p.find("w:pPr/w:pStyle", NS)
        if style is not None and style.get(q("val")) == "Heading1":
            current = "".join(t.text or "" for t in p.iter(q("t")))
        if p.find(f".//w:bookmarkStart[@w:name='d_{anchor}']", NS) is not None:
            return current
    raise AssertionError(anchor)


def manifest(root: Path) -> dict:
    return json.loads((root / "output" / "manifest.json").read_text(encoding="utf-8"))


def test_init_creates_the_project_and_refuses_to_overwrite(tmp_path):
    root = project.init(tmp_path / "p")
    for name in ("assembler.yaml", "overrides.yaml", "README.txt", "minutes", "output"):
        assert (root / name).exists()
    cfg = project.load_config(root)
    assert (cfg.outline, cfg.threshold, cfg.carry_edits) == (None, None, True)
    with pytest.raises(ConfigError) as e:
        project.init(root)
    assert str(e.value) == (f"{root}/assembler.yaml: a project already exists here; use "
                            "`assembler build` in it, or choose another folder")


def test_config_errors_name_the_key(tmp_path):
    root = project.init(tmp_path / "p")
    cfg = root / "assembler.yaml"
    cfg.write_text("title: x\nthreshhold: 80\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        project.load_config(root)
    assert "threshhold" in str(e.value) and "threshold" in str(e.value)
    cfg.write_text("threshold: high\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        project.load_config(root)
    assert str(e.value) == f"{cfg}: threshold: expected a number from 0 to 100, not 'high'"


def test_add_refuses_a_meeting_already_there_unless_replace(proj, tmp_path):
    copy = tmp_path / "again.txt"
    shutil.copy(SEED, copy)
    with pytest.raises(InputError) as e:
        project.add(proj, copy)
    assert str(e.value) == (f"{copy}: 第２回 (2020-05-12) is already in the project as "
                            f"{proj}/minutes/infra-council-02.txt; give --replace to replace it")
    project.add(proj, copy, replace=True)
    assert sorted(p.name for p in (proj / "minutes").iterdir()) == ["again.txt"]


def test_meetings_are_ordered_by_session_not_file_name(proj, meeting3):
    shutil.copy(meeting3, proj / "minutes" / "a-first-by-name.txt")
    result = project.build(proj)
    assert [m.session for m in result.built.draft.meetings] == [2, 3]


def test_rebuild_without_changes_is_byte_identical(proj):
    first = project.build(proj)
    data = (proj / "output" / "draft.docx").read_bytes()
    again = project.build(proj)
    assert first.changed and not again.changed
    assert (proj / "output" / "draft.docx").read_bytes() == data
    assert not (proj / "output" / "history").exists()


def test_ids_are_stable_when_meetings_are_added_or_fixed(proj, meeting3):
    project.build(proj)
    before = set(manifest(proj)["state"]["points"])
    project.add(proj, meeting3)
    project.build(proj)
    after = set(manifest(proj)["state"]["points"])
    assert before <= after and len(after - before) > 0
    seed = proj / "minutes" / "infra-council-02.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("地球温暖化対策についても",
                                                             "地球温暖化対策に関しても"),
                    encoding="utf-8")
    project.build(proj)
    fixed = set(manifest(proj)["state"]["points"])
    assert len(after - fixed) == 1 and len(fixed - after) == 1


def test_the_second_meeting_is_marked_as_tracked_insertions(proj, meeting3):
    project.build(proj)
    project.add(proj, meeting3)
    result = project.build(proj)
    assert result.changed and result.history is not None
    assert (result.history / "draft.docx").exists() and (result.history / "manifest.json").exists()
    new = result.changes.new_points
    assert new and all(pid.startswith("m03_") for pid in new)
    root = read_body(proj / "output" / "draft.docx")
    ins = root.findall(".//w:ins", NS)
    assert ins and {i.get(q("author")) for i in ins} == {"事務局"}
    assert {i.get(q("date")) for i in ins} == {"2025-11-29T00:00:00Z"}
    body_new = [e for e in result.built.draft.chapters for e in e.entries if e.new]
    for e in body_new:
        p = para_of(root, e.anchor)
        assert all(t.getparent().getparent().tag == q("ins") for t in p.iter(q("t")))
        # its own paragraph mark, or (after an entry) the one before it: see render/tracked.py
        prev = p.getprevious()
        assert (p.find("w:pPr/w:rPr/w:ins", NS) is not None
                or prev.find("w:pPr/w:rPr/w:ins", NS) is not None)
    summary = "".join(result.changes.summary)
    assert "第３回会合の議事を追加した" in summary


def _edit_like_a_person(docx: Path, m: dict) -> dict:
    """Reword one point, delete one, move one to another chapter, add a paragraph after one."""
    entries = m["entries"]
    by_section: dict[str, list[str]] = {}
    for anchor, e in entries.items():
        by_section.setdefault(e["section"], []).append(anchor)
    reword, delete = by_section["covid"][0], by_section["covid"][1]
    move, note_after = by_section["dx"][0], by_section["kpi"][0]
    root = read_body(docx)
    reword_delete_move(root, (reword, "事務局による修文：新型コロナウイルスの影響を踏まえ、早期の経済協力の再開を期待する。"),
                       delete, (move, m["titles"]["om"]))
    anchor_p = para_of(root, note_after)
    added = etree.SubElement(anchor_p.getparent(), q("p"))
    anchor_p.addnext(added)
    etree.SubElement(etree.SubElement(added, q("r")), q("t")).text = "（事務局注）KPI は次回までに具体案を示す。"
    write_body(docx, root)
    return {"reword": reword, "delete": delete, "delete_points": entries[delete]["points"],
            "move": move, "note_after": note_after}


def _check_edits_survived(proj: Path, edits: dict, m: dict) -> None:
    root = read_body(proj / "output" / "draft.docx")
    text = "".join(t.text or "" for t in para_of(root, edits["reword"]).iter(q("t")))
    assert text.startswith("事務局による修文：")
    assert root.find(f".//w:bookmarkStart[@w:name='d_{edits['delete']}']", NS) is None
    assert root.find(f".//w:bookmarkStart[@w:name='{edits['delete']}']", NS) is not None  # appendix
    assert chapter_of(root, edits["move"]) == m["titles"]["om"]
    nxt = para_of(root, edits["note_after"]).getnext()
    assert "".join(t.text or "" for t in nxt.iter(q("t"))) == "（事務局注）KPI は次回までに具体案を示す。"
    assert manifest(proj)["after"] == {edits["note_after"]: ["（事務局注）KPI は次回までに具体案を示す。"]}
    ov = yaml.safe_load((proj / "overrides.yaml").read_text(encoding="utf-8"))
    for pid in edits["delete_points"]:
        assert ov["points"][pid]["exclude"] is True
        assert str(ov["points"][pid]["date"]) == "2025-11-29"
    assert ov["points"][edits["move"]]["section"] == "om"
    assert ov["edits"][edits["reword"]].startswith("事務局による修文：")
    # the original wording is still in the appendix row of the reworded point
    trace = json.loads((proj / "output" / "draft.json").read_text(encoding="utf-8"))
    original = next(p for p in trace["points"] if p["id"] == edits["reword"])
    assert not original["text"].startswith("事務局による修文")


def test_edits_survive_a_new_meeting(proj, meeting3):
    project.build(proj)
    m = manifest(proj)
    edits = _edit_like_a_person(proj / "output" / "draft.docx", m)
    project.add(proj, meeting3)
    result = project.build(proj, carry_edits=proj / "output" / "draft.docx")
    assert not result.not_carried, result.not_carried
    _check_edits_survived(proj, edits, m)
    root = read_body(proj / "output" / "draft.docx")
    assert any(e.new for c in result.built.draft.chapters for e in c.entries)
    assert root.findall(".//w:ins", NS)
    again = project.build(proj)
    assert not again.changed


@pytest.mark.slow
def test_edits_survive_a_libreoffice_round_trip(proj, meeting3, tmp_path):
    project.build(proj)
    m = manifest(proj)
    draft = proj / "output" / "draft.docx"
    edits = _edit_like_a_person(draft, m)
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(draft)],
                   check=True, capture_output=True, timeout=180)
    saved = out / "draft.docx"
    assert saved.exists()
    project.add(proj, meeting3)
    result = project.build(proj, carry_edits=saved)
    assert not result.not_carried, result.not_carried
    _check_edits_survived(proj, edits, m)


def test_cli_project_flow(proj, meeting3, monkeypatch):
    monkeypatch.chdir(proj)
    r = CliRunner().invoke(main, ["build"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["build"])
    assert "no changes since the previous build" in r.output
    r = CliRunner().invoke(main, ["add", str(meeting3)])
    assert r.exit_code == 0, r.output
    assert "第３回" in r.output and "points" in r.output
    r = CliRunner().invoke(main, ["add", str(meeting3)])
    assert r.exit_code == 2
    assert "is already in the project" in r.output and "--replace" in r.output
    r = CliRunner().invoke(main, ["build", "--carry-edits", "output/nope.docx"])
    assert r.output == "error: output/nope.docx: no such file; name the edited draft (.docx)\n"


def test_the_changes_summary_names_moves_merges_and_splits():
    titles = {"dx": "DX", "om": "O&M"}
    pt = lambda section, group, meeting="m02": PointState(hash="h", section=section,  # noqa: E731
                                                          group=group, meeting=meeting)
    base = State(points={"a": pt("dx", "g_a"), "b": pt("dx", "g_a"), "c": pt("om", "g_c"),
                         "x": pt("dx", "g_x")},
                 groups={"g_a": ("a", "b"), "g_c": ("c",), "g_x": ("x",)})
    now = State(points={"a": pt("om", "g_a"), "b": pt("dx", "g_b"), "c": pt("om", "g_c"),
                        "d": pt("om", "g_c", "m03"), "x": pt(None, "g_x")},
                groups={"g_a": ("a",), "g_b": ("b",), "g_c": ("c", "d"), "g_x": ("x",)})
    changes = project.diff(base, now, titles, {"m03": "第３回"}, "2025-11-29")
    assert changes.new_points == {"d"} and changes.date == "2025-11-29"
    # d joined c's entry: a citation added, not a new bullet (issue 14); x was deleted: said so,
    # not "moved to —" (issue 11)
    assert changes.summary == (
        "第３回会合の議事を追加した（1件）。",
        "「O&M」：既出の意見への出典の追加 1件。",
        "章を移した意見 1件（a：DX→O&M）。",
        "草案から除いた意見 1件（x：DXから）。",
        "統合を解いた意見のまとまり 1件。",
    )
    # two new points saying the same are one new bullet; two earlier entries now one: a merge
    later = State(points={**now.points, "e": pt("dx", "g_e", "m04"), "f": pt("dx", "g_e", "m04"),
                          "b": pt("dx", "g_a")},
                  groups={"g_a": ("a", "b"), "g_c": ("c", "d"), "g_e": ("e", "f"), "g_x": ("x",)})
    assert project.diff(now, later, titles, {"m04": "第４回"}, None).summary == (
        "第４回会合の議事を追加した（2件）。",
        "「DX」：新たな意見 1件。",
        "前回の意見のうち同趣旨として一つにまとめたもの 1件。",
    )
    same = project.diff(now, now, titles, {}, None)
    assert same.summary == ("前回から内容の変更はない。",) and not same.new_points


def test_a_moved_project_builds_the_same_draft(proj, tmp_path):
    project.build(proj)
    trace = json.loads((proj / "output" / "draft.json").read_text(encoding="utf-8"))
    assert {p["source"]["file"] for p in trace["points"]} == {"minutes/infra-council-02.txt"}
    data = (proj / "output" / "draft.docx").read_bytes()
    moved = shutil.move(str(proj), str(tmp_path / "elsewhere"))
    again = project.build(Path(moved))
    assert not again.changed
    assert (Path(moved) / "output" / "draft.docx").read_bytes() == data


def test_build_options_meant_for_plain_builds_are_refused_in_a_project(proj, monkeypatch):
    monkeypatch.chdir(proj)
    r = CliRunner().invoke(main, ["build", "-o", "elsewhere.docx", "--threshold", "90"])
    assert r.exit_code == 2
    assert (f"--output, --threshold: a project takes its settings from {proj}/assembler.yaml "
            "(and writes to output/)") in r.output


def test_a_reordering_that_cannot_be_kept_is_reported(proj):
    project.build(proj)
    m = manifest(proj)
    draft = proj / "output" / "draft.docx"
    first, second = [a for a, e in m["entries"].items() if e["section"] == "covid"][:2]
    root = read_body(draft)
    a, b = para_of(root, first), para_of(root, second)
    b.getparent().remove(b)
    a.addprevious(b)
    write_body(draft, root)
    result = project.build(proj, carry_edits=draft)
    assert result.not_carried == (
        f"the order of the points in 「{m['titles']['covid']}」 was changed; the draft keeps "
        "the order of the minutes",)


# --- issue 11: nothing the secretariat made is ever lost ------------------------------------------


def _delete_para(docx: Path, anchor: str) -> None:
    root = read_body(docx)
    p = para_of(root, anchor)
    p.getparent().remove(p)
    write_body(docx, root)


def test_carry_refuses_a_docx_that_is_not_a_draft_of_this_project(proj, tmp_path):
    import docx as python_docx

    project.build(proj)
    minutes_docx = tmp_path / "第3回議事要旨.docx"
    d = python_docx.Document()
    for text in ("第３回 架空審議会 議事要旨", "（山田委員）", "・架空の意見である。"):
        d.add_paragraph(text)
    d.save(minutes_docx)
    overrides = (proj / "overrides.yaml").read_bytes()
    with pytest.raises(InputError) as e:
        project.build(proj, carry_edits=minutes_docx)
    assert str(e.value) == (
        f"{minutes_docx}: is not a draft of this project: it carries no assembler build mark "
        "(minutes, or another document?); name a draft built in this project "
        "(output/draft.docx or one in output/history/)")
    other = project.init(tmp_path / "other")
    project.add(other, SEED)
    project.build(other)
    with pytest.raises(InputError) as e:
        project.build(proj, carry_edits=other / "output" / "draft.docx")
    assert "is a draft of another project" in str(e.value)
    assert (proj / "overrides.yaml").read_bytes() == overrides


def test_a_draft_from_history_is_read_against_its_own_manifest(proj, meeting3, tmp_path):
    project.build(proj)
    old = tmp_path / "old-draft.docx"
    shutil.copy(proj / "output" / "draft.docx", old)
    gone = next(iter(manifest(proj)["entries"]))
    project.add(proj, meeting3)
    project.build(proj)
    added = {p for p in manifest(proj)["state"]["points"] if p.startswith("m03_")}
    _delete_para(old, gone)
    result = project.build(proj, carry_edits=old)
    assert result.carried[0] == f"{gone}: deleted in the draft; left out from now on"
    ov = yaml.safe_load((proj / "overrides.yaml").read_text(encoding="utf-8"))
    excluded = {pid for pid, v in ov["points"].items() if v["exclude"]}
    assert gone in excluded and not excluded & added  # later points are not "deleted"


def test_an_edited_draft_is_carried_by_default_and_never_dropped_silently(proj, meeting3):
    project.build(proj)
    project.add(proj, meeting3)
    project.build(proj)
    draft = proj / "output" / "draft.docx"
    gone = next(a for a in manifest(proj)["entries"] if a.startswith("m02_"))
    _delete_para(draft, gone)
    edited = draft.read_bytes()
    cfg = proj / "assembler.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("carry_edits: true", "carry_edits: false"),
                   encoding="utf-8")
    with pytest.raises(InputError) as e:
        project.build(proj)
    assert str(e.value) == (
        f"{draft}: the draft was changed since the last build (edited in Word?) and carry_edits "
        "is false, so building would drop those edits; run `assembler build --carry-edits "
        "output/draft.docx` to keep them, or `assembler build --discard-edits` to build from "
        "the minutes alone (the edited draft is kept in output/history/)")
    assert draft.read_bytes() == edited
    discarded = project.build(proj, discard_edits=True)
    assert (discarded.history / "draft.docx").read_bytes() == edited
    assert para_of(read_body(draft), gone) is not None
    _delete_para(draft, gone)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("carry_edits: false", "carry_edits: true"),
                   encoding="utf-8")
    carried = project.build(proj)  # no option needed: the edit is seen and carried
    assert carried.carried == (f"{gone}: deleted in the draft; left out from now on",)
    assert read_body(draft).find(f".//w:bookmarkStart[@w:name='d_{gone}']", NS) is None
    assert any(line.startswith("草案から除いた意見 1件") for line in carried.changes.summary)
    assert not any("章を移した" in line for line in carried.changes.summary)


def test_edits_survive_an_earlier_meeting_taking_over_as_representative(tmp_path, meeting3,
                                                                        monkeypatch):
    from assembler import pipeline

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = project.init(tmp_path / "p")
    project.add(root, meeting3)
    project.build(root)
    m = manifest(root)
    both = pipeline.assemble([SEED, meeting3])
    takers = [g for g in both.groups if g.representative.startswith("m02_")
              and any(p in m["entries"] for p in g.points)]
    assert len(takers) >= 3
    reword, delete, move = ([p for p in g.points if p in m["entries"]][0] for g in takers[:3])
    target = "om" if m["entries"][move]["section"] != "om" else "dx"
    draft = root / "output" / "draft.docx"
    body = read_body(draft)
    reword_delete_move(body, (reword, "事務局による修文：国際的な議論を踏まえて検討する。"), delete,
                       (move, m["titles"][target]))
    write_body(draft, body)
    project.add(root, SEED)  # an earlier meeting: its points now represent those groups
    result = project.build(root)
    assert not result.not_carried, result.not_carried
    body = read_body(draft)
    reps = [g.representative for g in takers[:3]]
    text = "".join(t.text or "" for t in para_of(body, reps[0]).iter(q("t")))
    assert text.startswith("事務局による修文：")
    assert body.find(f".//w:bookmarkStart[@w:name='d_{reps[1]}']", NS) is None
    assert chapter_of(body, reps[2]) == m["titles"][target]


def test_a_retyped_paragraph_without_its_bookmark_is_a_reword_not_a_deletion(proj):
    project.build(proj)
    m = manifest(proj)
    anchor, entry = next((a, e) for a, e in m["entries"].items() if len(e["text"]) > 40)
    draft = proj / "output" / "draft.docx"
    body = read_body(draft)
    p = para_of(body, anchor)
    for bm in p.findall(".//w:bookmarkStart", NS) + p.findall(".//w:bookmarkEnd", NS):
        bm.getparent().remove(bm)
    for link in p.findall("w:hyperlink", NS):  # retyped: the citation is plain text now
        p.remove(link)
    retyped = entry["text"][:-6] + "と考える。"
    retype(p, retyped + "（事務局）")
    write_body(draft, body)
    result = project.build(proj)
    assert f"{anchor}: reworded" in result.carried
    assert not any("deleted" in line for line in result.carried)
    ov = yaml.safe_load((proj / "overrides.yaml").read_text(encoding="utf-8"))
    assert ov["edits"][anchor] == retyped and not ov["points"]


def test_build_of_files_inside_a_project_is_refused_unless_output_is_elsewhere(proj, monkeypatch,
                                                                               tmp_path):
    project.build(proj)
    before = (proj / "output" / "draft.docx").read_bytes()
    monkeypatch.chdir(proj)
    r = CliRunner().invoke(main, ["build", "minutes/infra-council-02.txt"])
    assert r.exit_code == 2
    assert "output/draft.docx is the draft of the project in" in r.output
    assert (proj / "output" / "draft.docx").read_bytes() == before
    r = CliRunner().invoke(main, ["build", "minutes/infra-council-02.txt", "-o",
                                  str(tmp_path / "one.docx")])
    assert r.exit_code == 0, r.output


def _insertions(root: Path) -> int:
    return len(read_body(root / "output" / "draft.docx").findall(".//w:ins", NS))


def test_a_rebuild_with_nothing_new_keeps_the_tracked_insertions(proj, meeting3, tmp_path):
    project.build(proj)
    project.add(proj, meeting3)
    project.build(proj)
    shown = _insertions(proj)
    assert shown
    ov = proj / "overrides.yaml"
    ov.write_text(ov.read_text(encoding="utf-8").replace("points:\n", "points:\n  m02_zzzzzz: dx\n"),
                  encoding="utf-8")
    ov.write_text(ov.read_text(encoding="utf-8").replace("m02_zzzzzz", "m02_abcdef"),
                  encoding="utf-8")  # a typo'd point id: reported, and nothing new
    typo = project.build(proj)
    assert typo.changed and _insertions(proj) == shown
    again = tmp_path / "same-meeting-utf16.txt"  # the same meeting, sent again in another form
    again.write_bytes(meeting3.read_text(encoding="utf-8").encode("utf-16"))
    project.add(proj, again, replace=True)
    replaced = project.build(proj)
    assert replaced.changed and _insertions(proj) == shown
    assert manifest(proj)["date"] == "2025-11-29"


def test_undo_brings_back_the_draft_manifest_and_overrides_together(proj, meeting3):
    project.build(proj)
    first = {n: (proj / "output" / n).read_bytes() for n in ("draft.docx", "manifest.json")}
    first["overrides.yaml"] = (proj / "overrides.yaml").read_bytes()
    project.add(proj, meeting3)
    project.build(proj)
    _delete_para(proj / "output" / "draft.docx", next(iter(manifest(proj)["entries"])))
    project.build(proj)  # carries the deletion into overrides.yaml
    second = (proj / "overrides.yaml").read_bytes()
    assert second != first["overrides.yaml"]
    entry, kept = project.restore(proj)
    entry, kept = project.restore(proj)
    now = {n: (proj / "output" / n).read_bytes() for n in ("draft.docx", "manifest.json")}
    now["overrides.yaml"] = (proj / "overrides.yaml").read_bytes()
    assert now == first
    undone = proj / "output" / "history" / "003-2025-11-29"
    assert (undone / "overrides.yaml").read_bytes() == second  # the undone state is kept
    with pytest.raises(InputError) as e:
        project.restore(proj)
    assert "there is no earlier build to go back to" in str(e.value)
    r = CliRunner().invoke(main, ["history", "restore", "3", "--project", str(proj)])
    assert r.exit_code == 0, r.output
    assert (proj / "overrides.yaml").read_bytes() == second


def test_a_manifest_from_another_version_is_refused_clearly(proj):
    project.build(proj)
    path = proj / "output" / "manifest.json"
    data = manifest(proj)
    data["version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        project.build(proj)
    assert str(e.value) == (f"{path}: manifest version 99 is not one this assembler reads (1, 2); "
                            "it was written by another version of the assembler: build with that "
                            "version, or upgrade this one")
    data["version"] = 1
    for key in ("project", "build", "draft_hash"):
        del data[key]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert project.build(proj).changed is False
    assert manifest(proj)["version"] == 2 and manifest(proj)["project"]


def test_a_deleted_merged_entry_stays_deleted_when_its_merge_comes_apart(proj, meeting3):
    """Deleting a paragraph that cites several points deletes every one of them: each is
    recorded in overrides.yaml, so none comes back when the points are no longer merged
    (here: the threshold raised to 100 in assembler.yaml)."""
    project.add(proj, meeting3)
    project.build(proj)
    draft = proj / "output" / "draft.docx"
    merged = next((a, e["points"]) for a, e in manifest(proj)["entries"].items() if len(e["points"]) > 1)
    _delete_para(draft, merged[0])
    project.build(proj)
    recorded = (proj / "overrides.yaml").read_text(encoding="utf-8")
    assert all(f"{pid}: {{exclude: true" in recorded for pid in merged[1]), recorded
    cfg = proj / "assembler.yaml"
    text = cfg.read_text(encoding="utf-8")
    assert "\nthreshold: null" in text
    cfg.write_text(text.replace("\nthreshold: null", "\nthreshold: 100"), encoding="utf-8")
    project.build(proj)
    body = {pid for e in manifest(proj)["entries"].values() for pid in e["points"]}
    assert not body & set(merged[1])


def test_a_paragraph_word_only_respaced_is_not_recorded_as_reworded(proj):
    """Spaces Word (or a person tidying up) put into a point's paragraph, or full-width letters
    made half-width, change no wording: nothing is recorded under edits, nothing reported."""
    project.build(proj)
    draft = proj / "output" / "draft.docx"
    anchor, entry = next((a, e) for a, e in manifest(proj)["entries"].items() if "、" in e["text"])
    root = read_body(draft)
    spaced = entry["text"].replace("、", "、　", 1) + " "
    retype(para_of(root, anchor), spaced)
    write_body(draft, root)
    result = project.build(proj)
    assert not any("reworded" in line for line in result.carried), result.carried
    assert anchor not in (proj / "overrides.yaml").read_text(encoding="utf-8")
    assert manifest(proj)["entries"][anchor]["text"] == entry["text"]
