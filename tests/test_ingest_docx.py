"""The Word reader: minutes written with python-docx here, and unsafe files refused."""
from __future__ import annotations

import copy
import zipfile

import pytest
from docx import Document
from docx.oxml import parse_xml

from assembler import minutes
from assembler.errors import InputError
from assembler.ingest import read_source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def summary_docx(path):
    """議事要旨 in Word: title, front matter, list bullets, a tracked change, a table."""
    doc = Document()
    doc.add_paragraph("テスト推進懇談会（第５回）")          # 1
    doc.add_paragraph("議事要旨")                          # 2
    doc.add_paragraph("日時：令和３年４月５日（月）10:00～11:30")  # 3
    doc.add_paragraph("")                                  # 4
    doc.add_paragraph("１．開会")                           # 5
    doc.add_paragraph("（飯島委員）")                        # 6
    doc.add_paragraph("DX人材の育成が急務である。", style="List Bullet")  # 7
    p = doc.add_paragraph("地方の", style="List Bullet")      # 8: a tracked change
    p._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="x"><w:r><w:t>中小企業</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="x"><w:r><w:delText>大企業</w:delText>'
                          f'</w:r></w:del>'))
    p.add_run("への支援を強化すべき。")
    p = doc.add_paragraph("改行を含む段落で、")               # 9: a manual line break
    p.add_run().add_break()
    p.add_run("次の行に続く。")
    table = doc.add_table(rows=2, cols=2)                   # 10-13
    table.cell(0, 0).text = "小林委員"
    table.cell(0, 1).text = "人への投資が重要。"
    table.cell(1, 0).text = "事務局"
    table.cell(1, 1).text = "次回は６月に開催する。"
    doc.add_paragraph("２．閉会")                           # 14
    doc.save(path)
    return path


def test_docx_paragraphs_lists_changes_and_tables(tmp_path):
    f = summary_docx(tmp_path / "m05.docx")
    src = read_source(f)
    assert src.format == "docx"
    assert [(l.number, l.text) for l in src.lines if l.number in (7, 8, 9)] == [
        (7, "・DX人材の育成が急務である。"), (8, "・地方の中小企業への支援を強化すべき。"),
        (9, "改行を含む段落で、"), (9, "次の行に続く。")]
    parsed = minutes.parse_file(f)
    m = parsed.meeting
    assert (m.id, m.council, m.session, m.date, m.time) == (
        "m05", "テスト推進懇談会", 5, "2021-04-05", "10:00–11:30")
    got = [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end)
           for p in parsed.points]
    assert got == [
        ("飯島委員", "member", "DX人材の育成が急務である。", 7, 7),
        ("飯島委員", "member", "地方の中小企業への支援を強化すべき。", 8, 8),
        ("飯島委員", "member", "改行を含む段落で、次の行に続く。", 9, 9),
        ("小林委員", "member", "人への投資が重要。", 11, 11),
        ("事務局", "secretariat", "次回は６月に開催する。", 13, 13),
    ]


def test_numbered_list_paragraphs_are_bullets_under_a_speaker(tmp_path):
    doc = Document()
    doc.add_paragraph("テスト会議（第１回）")
    doc.add_paragraph("日時：令和３年４月５日")
    doc.add_paragraph("【飯島委員】")
    doc.add_paragraph("一つ目の意見。", style="List Number")
    doc.add_paragraph("二つ目の意見。", style="List Number")
    f = tmp_path / "n.docx"
    doc.save(f)
    lines = [l.text for l in read_source(f).lines]
    assert lines[3:] == ["１．一つ目の意見。", "２．二つ目の意見。"]
    assert [p.text for p in minutes.parse_file(f).points] == ["一つ目の意見。", "二つ目の意見。"]


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            zout.writestr(copy.copy(info), data)


def test_a_doctype_is_refused_before_parsing(tmp_path):
    f = summary_docx(tmp_path / "ok.docx")
    bad = tmp_path / "entity.docx"
    _rewrite(f, bad, lambda name, data: data.replace(
        b"?>", b'?><!DOCTYPE w [<!ENTITY x "y">]>', 1) if name == "word/document.xml" else data)
    with pytest.raises(InputError) as e:
        read_source(bad)
    assert str(e.value) == (f"{bad}: part word/document.xml declares a DOCTYPE, which Word never "
                            "writes; refusing a file that may carry XML entities")


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    f = summary_docx(tmp_path / "ok.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(f) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("word/media/padding.bin", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(InputError) as e:
        read_source(bomb)
    assert str(e.value).startswith(f"{bomb}: part word/media/padding.bin expands ")
    assert str(e.value).endswith(" times when unpacked (a zip bomb?); is it a Word .docx file "
                                 "saved by Word or LibreOffice?")


def test_not_a_docx(tmp_path):
    f = tmp_path / "fake.docx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(InputError) as e:
        read_source(f)
    assert str(e.value) == (f"{f}: not a .docx: [Content_Types].xml is missing; is it a Word "
                            ".docx file saved by Word or LibreOffice?")
