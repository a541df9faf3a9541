"""Doubts where the secretariat works: a Word comment beside every entry `review` lists
(uncertain placements, merges to check), none elsewhere; --carry-edits ignores them."""
from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler import pipeline, project
from assembler.docx.ooxml import BOOKMARK_PREFIX
from assembler.review import review_data
from benchmarks.generate import generate
from conftest import SEED, tool

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("comments")
    generate(root / "gen", meetings=2, seed=7)
    return pipeline.build([SEED, root / "gen"], root / "draft.docx")


def _comments(docx: Path) -> tuple[dict[str, list[str]], list]:
    """anchor of the entry -> its comments' texts; and the comment elements."""
    with zipfile.ZipFile(docx) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
        comments = etree.fromstring(z.read("word/comments.xml"))
    texts = {c.get(f"{W}id"): "".join(t.text for t in c.iter(f"{W}t")) for c in comments}
    out: dict[str, list[str]] = {}
    for p in body.iter(f"{W}p"):
        starts = [s.get(f"{W}id") for s in p.iter(f"{W}commentRangeStart")]
        if not starts:
            continue
        name = next(b.get(f"{W}name") for b in p.iter(f"{W}bookmarkStart"))
        anchor = name[len(BOOKMARK_PREFIX):] if name.startswith(BOOKMARK_PREFIX) else name  # entry or row
        refs = [r.get(f"{W}id") for r in p.iter(f"{W}commentReference")]
        assert refs == starts
        out[anchor] = [texts[i] for i in starts]
    return out, list(comments)


def test_every_doubt_review_lists_has_a_comment_beside_its_entry_and_nothing_else_has(built):
    data = review_data(built.assembled)
    assert data["placements"] and data["merges"], "the fixture should hold both kinds of doubt"
    entries = {e.anchor: e for c in _iter(built.draft.chapters) for e in c.entries}
    # a doubt about points the body does not show goes on the representative's appendix row
    entry_of = {p.id: p.id for p in built.assembled.points}
    group_entry = {g.id: g.representative for g in built.assembled.groups}
    entry_of.update({pid: e.anchor for e in entries.values() for pid in e.points})
    group_entry.update({e.group: e.anchor for e in entries.values()})
    expected: dict[str, int] = {}
    for r in data["placements"]:
        expected[entry_of[r["point"]]] = expected.get(entry_of[r["point"]], 0) + 1
    for m in data["merges"]:
        expected[group_entry[m["group"]]] = expected.get(group_entry[m["group"]], 0) + 1
    found, elements = _comments(built.files[0])
    assert {a: len(c) for a, c in found.items()} == expected
    for r in data["placements"]:
        assert any(r["point"] in text and r["section_title"] in text for text in found[entry_of[r["point"]]])
        for alt in r["alternatives"][:2]:
            assert any(alt["section_title"] in text for text in found[entry_of[r["point"]]])
    for m in data["merges"]:
        assert any(f"[{m['a']['point']}, {m['b']['point']}]" in text for text in found[group_entry[m["group"]]])
    assert {c.get(f"{W}author") for c in elements} == {"事務局（自動生成）"}
    assert len({c.get(f"{W}date") for c in elements}) == 1


def _iter(chapters):
    for c in chapters:
        yield c
        yield from _iter(c.subchapters)


def test_the_comments_words_are_templates(built):
    text = "".join(t for ts in _comments(built.files[0])[0].values() for t in ts)
    assert "章の判定が微妙：" in text and "never_merge" in text
    assert not re.search(r"\\|\(\?|×\d", text), "no regexes or internal scoring in a comment"


@pytest.mark.slow
def test_openxml_audit_accepts_the_comments(built):
    audit = tool("openxml-audit")
    r = subprocess.run([str(audit), str(built.files[0])], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "Errors: 0" in r.stdout, r.stdout + r.stderr


def test_carry_edits_reads_a_commented_draft_as_unedited(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764374400")
    root = project.init(tmp_path / "proj", title="骨子")
    project.add(root, SEED)
    first = project.build(root)
    assert any(e.comments for c in _iter(first.built.draft.chapters) for e in c.entries)
    overrides = (root / "overrides.yaml").read_text(encoding="utf-8")
    again = project.build(root, carry_edits=root / "output" / "draft.docx")
    assert again.not_carried == () and again.carried == ()
    assert (root / "overrides.yaml").read_text(encoding="utf-8") == overrides
    assert not again.changed
