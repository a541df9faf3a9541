"""Several legends of marks in one file (minutes/legend.py, parser.legend_step): a legend at the
head of each section of the proceedings rules from where it stands to the next, and a legend
printed as a table of marks (記号 | 意味) as a Word table, a table drawn in text. Fates: f front,
a agenda, n narrative, p point, s stage, F furniture, b blank, u unread.
"""
from __future__ import annotations

import docx

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_legend_per_section_rules_from_its_heading_to_the_next():
    # a prefecture's 会議要旨 as pdftotext gives it: 【質疑応答】（Ｑ：委員、Ａ：事務局） heads the
    # report's questions, 【意見交換】（●：委員、○：県） the exchange after the page break, where
    # ○ is the prefecture's answer (not the circle of a narrated point; the officials who answer
    # at a local government's council are its secretariat: roles.settle_roles); a blank line inside a
    # member's sentence, page numbers, a form feed
    parsed = minutes.parse_file(MINUTES / "summary-legend-sections-pdftotext.txt")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("委員", "member", 11, 12), ("事務局", "secretariat", 13, 14), ("委員", "member", 15, 15),
        ("事務局", "secretariat", 16, 16), ("委員", "member", 20, 22), ("県", "secretariat", 23, 23),
        ("委員", "member", 24, 25), ("県", "secretariat", 26, 26)]
    assert [(g.line, [m for m, _ in g.marks]) for g in parsed.legends] == [(10, ["Ｑ", "Ａ"]), (19, ["●", "○"])]
    assert _fates(parsed) == "ffbfffbfafppppppFaapbpppppaF"
    # each point's evidence is the legend of its own section
    assert parsed.points[0].speaker_why == "legend: 【質疑応答】（Ｑ：委員、Ａ：事務局） (line 10)"
    assert parsed.points[5].speaker_why == "legend: 【意見交換】（●：委員、○：県） (line 19)"


def test_a_later_legend_gives_the_same_marks_new_speakers_and_a_legend_inside_a_turn_is_none():
    head = "第２回 はるか市景観審議会 議事要旨\n日時：令和６年５月８日（水）\n"
    text = (head + "（◇は委員、◆は事務局の発言）\n◇色彩の基準は厳しすぎる。\n◆基準は見直しを検討する。\n"
            "２　専門部会からの報告\n（◇は部会長、◆は委員の発言）\n◇部会では屋外広告物の規制を議論した。\n"
            "◆規制の対象に電子看板も含めるべきだ。\n"
            "◇なお、部会の資料には（◇は委員、◆は事務局の発言）と書いてある。\n")
    parsed = _parse(text)
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [
        ("委員", "member"), ("事務局", "secretariat"), ("部会長", "chair"), ("委員", "member"), ("部会長", "chair")]
    assert [g.line for g in parsed.legends] == [3, 7]


def test_a_legend_in_a_table_drawn_in_text_names_the_marks_not_speakers():
    # 記号 | 意味 in box characters (before, 委員の意見・質問 and 事務局の回答 were speakers)
    text = ("さくら町地域公共交通会議 会議要旨\n\n"
            "┌──┬────────────┐\n│記号│意味　　　　　　　　　　│\n├──┼────────────┤\n"
            "│◇　│委員の意見・質問　　　　│\n├──┼────────────┤\n│◆　│事務局の回答　　　　　　│\n"
            "└──┴────────────┘\n\n１　議事\n◇町民バスの運行本数を増やしてほしい。\n"
            "◆来年度のダイヤ改正で検討します。\n")
    parsed = _parse(text)
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("委員", "member", 12), ("事務局", "secretariat", 13)]
    assert _fates(parsed) == "fbFfFfFfFbfpp"


def test_a_legend_in_a_word_table_names_the_marks_not_speakers(tmp_path):
    # the same table in Word (before, its rows were a speaker | remark table: 事務局の回答 spoke)
    doc = docx.Document()
    for t in ("さくら町地域公共交通会議　会議要旨", "日時：令和６年８月１日（木）１４時００分～１５時３０分"):
        doc.add_paragraph(t)
    table = doc.add_table(rows=3, cols=2)
    for r, (mark, meaning) in enumerate((("記号", "意味"), ("◇", "委員の意見・質問"), ("◆", "事務局の回答"))):
        table.cell(r, 0).text, table.cell(r, 1).text = mark, meaning
    for t in ("１　議事", "◇町民バスの運行本数を増やしてほしい。", "◆来年度のダイヤ改正で検討します。"):
        doc.add_paragraph(t)
    doc.save(tmp_path / "legend-table.docx")
    parsed = minutes.parse_file(tmp_path / "legend-table.docx")
    assert [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points] == [
        ("委員", "member", "町民バスの運行本数を増やしてほしい。"), ("事務局", "secretariat", "来年度のダイヤ改正で検討します。")]
    assert parsed.legend is not None and parsed.legend.text == "記号\u3000◇：委員の意見・質問、◆：事務局の回答"
