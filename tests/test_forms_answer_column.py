"""A Word record whose table gives each row two speakers: No. | 発言者 | 発言要旨 | 事務局の回答・対応
(a town 社会教育委員会議's 会議録（要旨）, an opinion | answer table as councils publish them):
the answer column's heading names who answers (事務局の回答, 市の考え方, 回答（事務局）; 回答 alone
is the secretariat), so its cell is that speaker's turn after the member's remark; a cell holding
only ― is no answer. Before, the answer was read as the member's own text (10 of 22 points of a
held-out record had the wrong speaker). Built here with python-docx; fictional names.
"""
from __future__ import annotations

import pytest

from assembler import minutes

ROWS = [
    ("1", "議長", "ただいまから会議を開きます。本日の議題は公民館講座の見直しです。", "―"),
    ("2", "木下委員", "公民館の講座は平日の昼間が多く、働く世代が参加しにくい。\n夜間や土日の講座を増やすべきではないか。",
     "来年度から夜間講座を２つ新設する予定である。"),
    ("3", "村田委員", "図書館と連携した読み聞かせ講座を続けてほしい。", "－"),
    ("4", "議長", "ほかに御意見はありますか。なければ、本日の会議を終わります。", ""),
]


def _build(path, heads):
    from docx import Document

    doc = Document()
    doc.add_paragraph("令和７年度第２回あさひ町社会教育委員会議　会議録（要旨）")
    doc.add_paragraph("日時　令和７年９月２日（火）午後２時～午後３時３０分")
    table = doc.add_table(rows=1, cols=len(heads))
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
    for row in ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            first, *more = value.split("\n")
            cell.text = first
            for extra in more:
                cell.add_paragraph(extra)
    doc.add_paragraph("以上")
    doc.save(path)


@pytest.mark.parametrize("heading, answerer", [
    ("事務局の回答・対応", "事務局"), ("回答（事務局）", "事務局"), ("回答", "事務局"), ("町の考え方", "町")])
def test_the_answer_column_is_the_turn_of_the_one_its_heading_names(tmp_path, heading, answerer):
    path = tmp_path / "kaigiroku.docx"
    _build(path, ["No.", "発　言　者", "発言要旨（意見・質問）", heading])
    parsed = minutes.parse_file(path)
    assert [(p.speaker.label, p.text[:9]) for p in parsed.points] == [
        ("議長", "ただいまから会議を"), ("木下委員", "公民館の講座は平日"), ("木下委員", "夜間や土日の講座を"),
        (answerer, "来年度から夜間講座"), ("村田委員", "図書館と連携した読"), ("議長", "ほかに御意見はあり")]
    answer = parsed.points[3]
    assert answer.speaker.role == ("secretariat" if answerer == "事務局" else answer.speaker.role)
    assert not parsed.unread


def test_a_column_after_the_remark_that_names_no_answerer_stays_the_remark_s(tmp_path):
    path = tmp_path / "kaigiroku.docx"
    _build(path, ["No.", "発言者", "発言要旨", "備考"])
    parsed = minutes.parse_file(path)
    said = {p.text[:9]: p.speaker.label for p in parsed.points}
    assert said["来年度から夜間講座"] == "木下委員"
    assert "事務局" not in said.values()
