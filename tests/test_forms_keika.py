"""A record laid out as a ruled table 「議事の経過」 (日程 | 発言者 | 発言), as town assemblies
publish their 会議録 from Word and as PDF: the speaker cell holds the title spread by spaces
with the person in brackets in a second paragraph (議　長 / （ 堀 井 正 道 ）), ``〃`` when the
row's speaker is the one above, an empty speaker cell beside the floor's 異議なし, the 日程
column naming the item a row opens. Before, the PDF gave 2 points of 20 (the 3-column heading
row was no table, so every row but the last two was front matter) and the .docx was refused
('no speaker found'). Fixtures built by tests/tools/make_keika_table.py (fictional).

Also here, as they were found on it: a title alone after the same title with a name (議長
after 議長（堀井正道）) is that person when one person held it so far; the floor's voice on a
line of its own (異議なし) is a stage direction; an assembly's front labels 開会の日時 /
招集の場所 / 出席議員.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

CHAIR, MAYOR = "議長（堀井正道）", "町長（岸本和之）"
SEAT2, SEAT1, CLERK = "２番（高野修一）", "１番（木村陽子）", "総務課長（村上誠）"
#: (speaker, role, start of the text) of every turn, in both files
TURNS = [
    (CHAIR, "chair", "ただいまの出席議員数は"), (CHAIR, "chair", "日程第１、会議録署名議員"),
    (CHAIR, "chair", "日程第２、会期の決定を"), (CHAIR, "chair", "御異議なしと認めます。"),
    (CHAIR, "chair", "日程第３、町長から行政報告"), (MAYOR, "government", "行政報告を申し上げます。"),
    (CHAIR, "chair", "以上で行政報告を終わります。"), (CHAIR, "chair", "日程第４、一般質問を"),
    (SEAT2, "member", "通告に従いまして、子ども"), (CHAIR, "chair", "町長。"),
    (MAYOR, "government", "高野議員の御質問に"), (SEAT2, "member", "検討するとのことですが"),
    (MAYOR, "government", "令和８年度からの実施"), (CHAIR, "chair", "これで高野修一議員の"),
    (SEAT1, "member", "地域の公共交通について"), (CHAIR, "chair", "総務課長。"),
    (CLERK, "government", "お答えいたします。デマンド"), (SEAT1, "member", "試験運行では、高齢者"),
    (CLERK, "government", "当日の予約も受け付ける"), (CHAIR, "chair", "これで一般質問を終わります。"),
]


def _turns(parsed: minutes.Minutes) -> list[tuple[str, str, str]]:
    """One row per turn: a Word turn's paragraphs are points of their own."""
    out: list[tuple[str, str, str]] = []
    last = None
    for p in parsed.points:
        if last is not None and p.speaker == last.speaker and p.source.line_start <= last.source.line_end + 1:
            last = p
            continue
        out.append((p.speaker.label, p.speaker.role, p.text))
        last = p
    return out


@pytest.mark.parametrize("name", ["assembly-keika-table.pdf", "assembly-keika-table.docx"])
def test_a_record_laid_out_as_a_table_of_the_proceedings_is_read_row_by_row(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = _turns(parsed)
    assert [(s, r) for s, r, _t in got] == [(s, r) for s, r, _t in TURNS]
    for (_s, _r, text), (_s2, _r2, start) in zip(got, TURNS):
        assert text.startswith(start), (text, start)
    m = parsed.meeting
    assert (m.council, m.session, m.date, m.place) == ("令和６年くろかわ町議会定例会", 4, "2024-12-10", "くろかわ町議会議場")
    assert [g.group for g in m.attendees] == ["出席議員"]
    assert [d.text for d in parsed.directions] == ["異議なし"]
    assert not parsed.unread
    # the 日程 cells are the agenda, one line each (日程第１ … 日程第４)
    agenda = [line.text for line, fate in zip(read_source(MINUTES / name).lines, parsed.lines) if fate == "agenda"]
    assert agenda == ["日程第１", "日程第２", "日程第３", "日程第４"]


def test_the_pdf_s_cells_come_as_lines_cued_by_their_column() -> None:
    lines = read_source(MINUTES / "assembly-keika-table.pdf").lines
    cued = [(l.text, l.cue) for l in lines if l.cue][:6]
    assert cued == [("\u3000日\u3000程 発言者 発 言", "head"), ("議\u3000長（堀井正道）", "speaker"),
                    ("日程第１", "lead"), ("〃", "speaker"), ("日程第２", "lead"), ("〃", "speaker")]
    # the closing clock under the table starts at the 日程 column's edge: no cell of it
    assert (lines[-1].text, lines[-1].cue) == ("午前１１時４２分散会", None)
    assert _fates(minutes.parse_file(MINUTES / "assembly-keika-table.pdf")).endswith("pn")


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_title_alone_is_the_one_person_named_under_it_before() -> None:
    parsed = _parse("令和６年第４回くろかわ町議会定例会会議録\n\n○議長（堀井正道君）　開会します。\n"
                    "○５番（高野修一君）　質問します。\n○議長　町長。\n○町長（岸本和之君）　お答えします。\n"
                    "○５番　再質問します。\n○町長　検討します。\n")
    assert [p.speaker.label for p in parsed.points] == [
        "議長（堀井正道君）", "５番（高野修一君）", "議長（堀井正道君）", "町長（岸本和之君）",
        "５番（高野修一君）", "町長（岸本和之君）"]


def test_a_title_several_hold_names_nobody_alone() -> None:
    # 委員 is every member's title; 課長 held by two people: the label stays as written
    parsed = _parse("みどり市景観審議会　議事録\n\n○会長　開会します。\n○山田委員　意見です。\n"
                    "○委員　別の意見です。\n○都市計画課長（森一郎）　説明します。\n○建築指導課長（林二郎）　補足します。\n"
                    "○課長　回答します。\n")
    assert [p.speaker.label for p in parsed.points][2:] == ["委員", "都市計画課長（森一郎）", "建築指導課長（林二郎）", "課長"]


@pytest.mark.parametrize("voice", ["異議なし", "「異議なし」", "「異議なし」の声", "「賛成」と呼ぶ者あり", "異議あり。"])
def test_the_floor_s_voice_on_its_own_line_is_a_stage_direction(voice: str) -> None:
    parsed = _parse(f"町議会会議録\n\n○議長　御異議ありませんか。\n{voice}\n○議長　御異議なしと認めます。\n")
    assert [p.text for p in parsed.points] == ["御異議ありませんか。", "御異議なしと認めます。"]
    assert [d.text for d in parsed.directions] == [voice]
