"""The change view of a project draft: Accept All gives this build, Reject All the previous one.

A project is built after the seed meeting, then after a generated second and third meeting.
Each tracked draft is reviewed in the XML (render.dump.review, Word's rules) and, where
LibreOffice's Python is installed, in LibreOffice itself (tests/tools/lo_review.py).
"""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler import project
from assembler.render import dump_docx, render_docx
from assembler.render.document import layout_blocks
from assembler.texts import Texts
from benchmarks.generate import generate
from conftest import SEED

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOOL = Path(__file__).parent / "tools" / "lo_review.py"


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Three builds of one project: (draft.docx copy, the build's Draft) after meetings 2, 3, 4."""
    root = tmp_path_factory.mktemp("changes")
    generate(root / "gen", meetings=2, seed=5)
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1764374400")
    try:
        proj = project.init(root / "proj", title="骨子（事務局たたき台）")
        out = []
        for n, minutes in enumerate([SEED, *sorted((root / "gen").glob("*.txt"))], 1):
            project.add(proj, minutes)
            result = project.build(proj)
            copy = root / f"build{n}.docx"
            shutil.copyfile(proj / "output" / "draft.docx", copy)
            shutil.copyfile(proj / "output" / "manifest.json", copy.with_suffix(".manifest.json"))
            out.append((copy, result.built.draft))
    finally:
        mp.undo()
    return out


def _untracked(draft, path: Path) -> Path:
    """The same draft with no change view (its own body as the previous one)."""
    return render_docx(draft, path, previous=layout_blocks(draft, Texts()))


def _sections(docx: Path) -> list[str]:
    with zipfile.ZipFile(docx) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
    return [s.find(f"{W}pgSz").get(f"{W}orient", "portrait") for s in body.iter(f"{W}sectPr")]


@pytest.mark.parametrize("n", [1, 2])
def test_reject_all_gives_the_previous_build(builds, n):
    (before, _), (after, _) = builds[n - 1], builds[n]
    assert dump_docx(after, changes="rejected") == dump_docx(before, changes="accepted")
    assert _sections(after) == _sections(before) == ["portrait", "landscape"]


@pytest.mark.parametrize("n", [1, 2])
def test_accept_all_gives_this_build(builds, n, tmp_path):
    docx, draft = builds[n]
    plain = _untracked(draft, tmp_path / "plain.docx")
    assert "w:ins " not in zipfile.ZipFile(plain).read("word/document.xml").decode()
    assert dump_docx(docx, changes="accepted") == dump_docx(plain)


def test_counts_dates_meetings_rows_and_the_summary_are_tracked(builds):
    """Everything that differs is a tracked change: nothing changes silently."""
    docx = builds[1][0]
    with zipfile.ZipFile(docx) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
    deleted = "".join(t.text for t in body.iter(f"{W}delText"))
    inserted = "".join(t.text or "" for i in body.iter(f"{W}ins") for t in i.iter(f"{W}t"))
    date = next(p for p in body.iter(f"{W}p") if "".join(t.text for t in p.iter(f"{W}t")).endswith("日"))
    assert date.find(f"{W}del") is not None and date.find(f"{W}ins") is not None  # the cover date
    assert "15" in deleted or "57" in deleted                    # a lead count or the note's total
    assert "第３回" in inserted                                    # the meeting list, citations
    assert "前回からの変更" in inserted                             # the summary arrives as new
    assert any(r.find(f"{W}trPr/{W}ins") is not None for r in body.iter(f"{W}tr"))  # new rows


def test_a_heading_is_never_inside_a_change(builds):
    """No heading's paragraph mark is tracked, and no run of a heading is: 第４［第３］ in LibreOffice."""
    for docx, _ in builds[1:]:
        with zipfile.ZipFile(docx) as z:
            body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
            styles = etree.fromstring(z.read("word/styles.xml"))
        heads = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")
                 if s.find(f"{W}name").get(f"{W}val").startswith("heading")}
        for p in body.iter(f"{W}p"):
            style = p.find(f"{W}pPr/{W}pStyle")
            if style is None or style.get(f"{W}val") not in heads:
                continue
            assert p.find(f".//{W}ins") is None and p.find(f".//{W}del") is None
            prev = p.getprevious()
            assert prev.find(f"{W}pPr/{W}rPr/{W}ins") is None, "the mark before a heading is inserted"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def _libreoffice(docx: Path, mode: str, tmp_path: Path) -> list[str]:
    r = subprocess.run(["/usr/bin/python3", str(TOOL), str(docx), mode, str(tmp_path / "profile"),
                        str(_free_port())], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr
    return r.stdout.splitlines()


@pytest.mark.slow
def test_libreoffice_accepts_and_rejects_to_the_same_drafts(builds, tmp_path):
    if subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True).returncode:
        pytest.skip("LibreOffice's Python (python3-uno) is not installed")
    (before, _), (after, draft) = builds[0], builds[1]
    rejected = _libreoffice(after, "reject", tmp_path)
    assert rejected == _libreoffice(before, "none", tmp_path)
    assert rejected[-1] == "last page landscape\tTrue"
    accepted = _libreoffice(after, "accept", tmp_path)
    assert accepted == _libreoffice(_untracked(draft, tmp_path / "plain.docx"), "none", tmp_path)


@pytest.mark.parametrize("n", [1, 2])
def test_the_change_summary_counts_bullets_and_citations_as_the_draft_shows_them(builds, n):
    """Per chapter: entries new in this build, and citations added to entries already there."""
    from assembler.draft import iter_chapters

    draft = builds[n][1]
    new_meeting = draft.meetings[-1].id
    expected = []
    for chapter in iter_chapters(draft.chapters):
        new = sum(1 for e in chapter.entries if e.new)
        cited = sum(sum(1 for pid in e.points if pid.startswith(new_meeting + "_"))
                    for e in chapter.entries if not e.new)
        assert all(all(pid.startswith(new_meeting + "_") for pid in e.points)
                   for e in chapter.entries if e.new)
        if new or cited:
            counts = [f"新たな意見 {new}件"] * bool(new) + [f"既出の意見への出典の追加 {cited}件"] * bool(cited)
            expected.append(f"「{chapter.section.title}」：{'、'.join(counts)}。")
    assert expected and [line for line in draft.changes if line.startswith("「")] == expected
    added = sum(1 for row in draft.trace if row.point.meeting == new_meeting)
    assert draft.changes[0].endswith(f"会合の議事を追加した（{added}件）。")


@pytest.mark.parametrize("n", [1, 2])
def test_the_change_summary_counts_agree_with_the_two_manifests(builds, n):
    """Counted again from what the previous and this build's manifests say the drafts show
    (their entries: chapter and cited points): per chapter new bullets and added citations,
    entries moved to another chapter, earlier entries merged into one, and the new meeting's
    point count."""
    from assembler.manifest import Manifest

    before = Manifest.read(builds[n - 1][0].with_suffix(".manifest.json"))
    now = Manifest.read(builds[n][0].with_suffix(".manifest.json"))
    known = set(before.state.points)
    old_entry = {pid: anchor for anchor, e in before.entries.items() for pid in e.points}
    old_section = {anchor: e.section for anchor, e in before.entries.items()}
    new_bullets: dict[str, int] = {}
    cited: dict[str, int] = {}
    moved = merged = 0
    for e in now.entries.values():
        earlier = [pid for pid in e.points if pid in known]
        if not earlier:
            new_bullets[e.section] = new_bullets.get(e.section, 0) + 1
            continue
        cited[e.section] = cited.get(e.section, 0) + sum(1 for pid in e.points if pid not in known)
        anchors = {old_entry[pid] for pid in earlier if pid in old_entry}
        merged += len(anchors) > 1
        moved += any(old_section[a] != e.section for a in anchors)
    expected = set()
    for sid in set(new_bullets) | {k for k, v in cited.items() if v}:
        counts = ([f"新たな意見 {new_bullets[sid]}件"] if new_bullets.get(sid) else []) + \
                 ([f"既出の意見への出典の追加 {cited[sid]}件"] if cited.get(sid) else [])
        expected.add(f"「{now.titles[sid]}」：{'、'.join(counts)}。")
    summary = builds[n][1].changes
    assert expected and {line for line in summary if line.startswith("「")} == expected
    added = len(set(now.state.points) - known)
    assert f"会合の議事を追加した（{added}件）。" in summary[0]
    assert any(line.startswith(f"章を移した意見 {moved}件") for line in summary) == bool(moved)
    assert any(line.startswith(f"前回の意見のうち同趣旨として一つにまとめたもの {merged}件")
               for line in summary) == bool(merged)
