"""Reading an edited draft back: bookmarks, chapters, tracked changes, hostile files."""
from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from assembler import pipeline
from assembler.errors import InputError
from assembler.docx.readback import read_draft
from conftest import SEED
from test_project import NS, para_of, q, read_body, write_body


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("rb") / "draft.docx"
    return pipeline.build([SEED], out), out


def test_every_point_paragraph_is_found_under_its_chapter(built):
    result, path = built
    result_titles = frozenset(s.title for s in result.assembled.outline.iter_all())
    edited = read_draft(path, frozenset(c.intro for c in result.draft.chapters if c.intro),
                        result_titles)
    want = {e.anchor: c.section.title for c in result.draft.chapters for e in c.entries}
    assert {e.anchor: e.heading for e in edited.entries} == want
    texts = {e.anchor: e.text for c in result.draft.chapters for e in c.entries}
    assert all(e.text == texts[e.anchor] for e in edited.entries)  # the citation is not text
    assert (edited.after, edited.loose) == ({}, ())


def test_tracked_changes_are_read_as_accepted(built, tmp_path):
    result, path = built
    anchor = result.draft.chapters[0].entries[0].anchor
    copy = tmp_path / "tracked.docx"
    copy.write_bytes(path.read_bytes())
    root = read_body(copy)
    p = para_of(root, anchor)
    first = p.find("w:r", NS)
    original = first.find("w:t", NS).text
    deleted = etree.Element(q("del"), {q("id"): "901", q("author"): "A", q("date"): "2026-01-01T00:00:00Z"})
    first.addprevious(deleted)
    deleted.append(first)
    first.find("w:t", NS).tag = q("delText")
    inserted = etree.Element(q("ins"), {q("id"): "902", q("author"): "A", q("date"): "2026-01-01T00:00:00Z"})
    deleted.addnext(inserted)
    etree.SubElement(etree.SubElement(inserted, q("r")), q("t")).text = "修文した文言。"
    write_body(copy, root)
    edited = {e.anchor: e.text for e in read_draft(copy).entries}
    assert edited[anchor] == "修文した文言。"
    assert original not in edited[anchor]


def test_a_hostile_file_is_refused_before_parsing(tmp_path):
    bad = tmp_path / "doctype.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><w:document/>')
    with pytest.raises(InputError) as e:
        read_draft(bad)
    assert str(e.value).startswith(f"{bad}: ")
    assert "DOCTYPE" in str(e.value)
    notzip = tmp_path / "text.docx"
    notzip.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError):
        read_draft(notzip)
