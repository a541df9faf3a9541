"""Word minutes whose structure carries the speakers: list levels and speaker | remark tables.

Built here with python-docx, with real numbering definitions (an abstract list whose level 0
is decimal and level 1 a bullet, as Word writes a multi-level list) and real tables; the
names and sentences are invented.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest
from docx import Document
from docx.oxml import parse_xml

from assembler import minutes
from assembler.ingest import read_source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_LETTER = {"front": "f", "agenda": "a", "narrative": "n", "point": "p", "stage": "s",
           "furniture": "F", "blank": "b", "unread": "u"}


def _multilevel(doc) -> str:
    """Add a two-level list (decimal, then bullet) to the numbering part; its numId."""
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _item(doc, text: str, num: str, level: int):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
    return p


def numbered_summary(path):
    """議事要旨 whose turns are a Word multi-level list: level 0 the speaker or the
    introducer sentence, level 1 that speaker's points."""
    doc = Document()
    num = _multilevel(doc)
    doc.add_paragraph("第３回あおば地域交通協議会　議事要旨")        # 1
    doc.add_paragraph("日時：令和６年５月２０日（月）１０：００～１２：００")  # 2
    doc.add_paragraph("")                                            # 3
    _item(doc, "事務局（山口企画官）から、資料１に基づき説明があった。", num, 0)  # 4
    _item(doc, "路線バスの利用者は前年より５％減少した。", num, 1)      # 5
    _item(doc, "デマンド交通の実証を秋から始める予定である。", num, 1)  # 6
    _item(doc, "東岡計画官", num, 0)                                 # 7 (title not in the table)
    _item(doc, "運転手の確保に向けて、待遇の改善を支援したい。", num, 1)  # 8
    _item(doc, "森田委員", num, 0)                                   # 9
    _item(doc, "高齢者の通院の足を確保することが最優先である。", num, 1)  # 10
    _item(doc, "学校の統合に合わせてスクールバスとの共用を検討すべき。", num, 1)  # 11
    doc.add_paragraph("吉川会長", style="List Number")            # 12: a one-level list
    doc.add_paragraph("本日の意見を踏まえ、計画案を修正してほしい。", style="List Bullet")  # 13
    doc.save(path)
    return path


def test_list_levels_carry_the_turns(tmp_path):
    f = numbered_summary(tmp_path / "m03.docx")
    cues = [(l.number, l.cue) for l in read_source(f).lines if l.cue]
    assert cues[:4] == [(4, "turn"), (5, "item"), (6, "item"), (7, "turn")]
    parsed = minutes.parse_file(f)
    got = [(p.speaker.label, p.speaker.role, p.text, p.source.line_start) for p in parsed.points]
    assert got == [
        ("事務局（山口企画官）", "secretariat", "路線バスの利用者は前年より５％減少した。", 5),
        ("事務局（山口企画官）", "secretariat", "デマンド交通の実証を秋から始める予定である。", 6),
        # an official presenting policy who runs no part of the meeting: government (roles.settle_roles)
        ("東岡計画官", "government", "運転手の確保に向けて、待遇の改善を支援したい。", 8),
        ("森田委員", "member", "高齢者の通院の足を確保することが最優先である。", 10),
        ("森田委員", "member", "学校の統合に合わせてスクールバスとの共用を検討すべき。", 11),
        ("吉川会長", "chair", "本日の意見を踏まえ、計画案を修正してほしい。", 13),
    ]
    assert "".join(_LETTER[d] for d in parsed.lines) == "ffbnppppppppp"


def table_record(path):
    """会議録 whose proceedings are a table 発言者 | 発言内容 (line numbers are paragraph
    numbers, the cells' too): a heading row, a speaker cell wrapped over two paragraphs, a remark of two paragraphs, a row going on with no speaker,
    and speakers with no title of the role table."""
    doc = Document()
    doc.add_paragraph("令和６年度第１回みどり市景観審議会　会議録")   # 1
    doc.add_paragraph("開催日時　令和６年６月３日（月）１４時から")  # 2
    rows = [("発言者", ["発言内容"]),
            ("会長", ["ただ今から審議会を開会します。"]),
            ("事務局\n（都市計画課長）", ["資料１に沿って説明します。", "景観計画の見直し案の概要は次のとおりです。"]),
            ("", ["なお、意見募集は７月に行う予定です。"]),
            ("Ａ委員", ["屋外広告物の規制は、観光地の周辺で強めるべきだと思います。"]),
            ("川島", ["色彩の基準は分かりやすい図で示してほしい。"])]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (who, said) in enumerate(rows):
        left = table.cell(r, 0)
        parts = who.split("\n")
        left.text = parts[0]
        for extra in parts[1:]:
            left.add_paragraph(extra)
        right = table.cell(r, 1)
        right.text = said[0]
        for more in said[1:]:
            right.add_paragraph(more)
    doc.save(path)
    return path


def test_a_speaker_table_gives_one_turn_a_row(tmp_path):
    f = table_record(tmp_path / "r.docx")
    parsed = minutes.parse_file(f)
    got = [(p.speaker.label, p.speaker.role, p.text, p.source.line_start) for p in parsed.points]
    assert got == [
        ("会長", "chair", "ただ今から審議会を開会します。", 6),
        # the announcement heads the paragraph it announces
        ("事務局（都市計画課長）", "secretariat", "資料１に沿って説明します。景観計画の見直し案の概要は次のとおりです。", 9),
        ("事務局（都市計画課長）", "secretariat", "なお、意見募集は７月に行う予定です。", 12),
        ("Ａ委員", "member", "屋外広告物の規制は、観光地の周辺で強めるべきだと思います。", 14),
        ("川島", "other", "色彩の基準は分かりやすい図で示してほしい。", 16),
    ]
    assert not parsed.unread
    assert parsed.lines[2:4] == ("furniture", "furniture")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_same_table_as_a_pdf_gives_the_same_turns(tmp_path):
    # the remark column's wrapped lines go on the remark; the speaker cell wrapped over two
    # lines (事務局 / （都市計画課長）) is one label; a name with no title is a speaker
    f = table_record(tmp_path / "r.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(f)],
                   check=True, capture_output=True, timeout=180)
    parsed = minutes.parse_file(tmp_path / "r.pdf")
    got = [(p.speaker.label, p.text) for p in parsed.points]
    assert [g[0] for g in got] == ["会長", "事務局（都市計画課長）", "Ａ委員", "川島"]
    assert got[1][1].startswith("資料１に沿って説明します。景観計画の見直し案の概要は次のとおりです。")
    assert got[3][1] == "色彩の基準は分かりやすい図で示してほしい。"
    assert not parsed.unread
