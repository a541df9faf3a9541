"""A title said twice: a cover page, then the first page's head, both naming the body.

National councils' records often open with a cover (the body's name over three lines, the session)
and repeat the name in the head of the first page above 議事録. The two were joined into one
council name written twice (産業構造審議会…小委員会産業構造審議会…小委員会), which the draft's
meeting list and citations then carried. The record below is in pdftotext's shape (a form feed after
the cover, a running page number, CP932 with CRLF).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES

_RECORD = """\
港湾物流審議会

物流部会

内航海運小委員会（第２回）
\x0c
港湾物流審議会　物流部会
内航海運小委員会（第２回）
議事録
日時：令和８年２月３日（火）１０時００分～１１時３０分
場所：合同庁舎３号館８階会議室

○磯貝小委員長　ただいまから第２回小委員会を開催いたします。

○帆足委員　船員の確保について、資料の３ページに
ある地方の海技教育機関との連携を具体化していただきたいと思います。

\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20－ １ －
\x0c○磯貝小委員長　以上で本日の議事を終了します。
"""


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\n"), ("cp932", "\r\n")])
def test_a_cover_and_a_head_naming_the_body_give_its_name_once(tmp_path, encoding, newline):
    path = tmp_path / "record.txt"
    path.write_bytes(_RECORD.replace("\n", newline).encode(encoding))
    parsed = minutes.parse_file(path)
    m = parsed.meeting
    assert (m.council, m.session, m.kind, m.date) == ("港湾物流審議会物流部会内航海運小委員会", 2, "議事録", "2026-02-03")
    assert [p.speaker.label for p in parsed.points] == ["磯貝小委員長", "帆足委員", "磯貝小委員長"]


@pytest.mark.parametrize("name, council", [
    # a cover page's name over a web page's head: pypdf and pdftotext of two tables of the fixtures
    ("town-seigan-borderless-pdftotext.txt", "あさひ町議会総務文教常任委員会（請願審査）"),
    ("town-bango-qa-table-pypdf.txt", "ふたば町議会令和７年１２月定例会一般質問の質問と答弁番号"),
])
def test_the_fixtures_title_said_twice_is_named_once(name, council):
    assert minutes.parse_file(FIXTURES / "minutes" / name).meeting.council == council


def test_a_name_that_only_repeats_a_word_is_kept():
    # 審議会審議会 is too short to be a title said twice; 部会部会 inside a longer name is not at its start
    from assembler.minutes.front import _said_once
    assert _said_once("港湾審議会審議会") == "港湾審議会審議会"
    assert _said_once("北部地域部会北部地域部会議事録") == "北部地域部会議事録"


_AGENDA_HEAD = """\
森林資源審議会　木材利用分科会
議事録
令和８年２月３日
森林資源審議会
森林資源審議会　木材利用分科会　議事次第
令和８年２月３日（火）１０:００～１１:３０
合同庁舎第５号館１８階共用会議室
１．開会
２．公共建築物における木材利用の推進について
３．閉会
出席者（敬称略）
分科会長
　筧　伸也
委員
　七尾　沙織
１０時００分開会
- 1 -
〔筧分科会長〕それでは、ただいまから木材利用分科会を開会いたします。
〔七尾委員〕中大規模の建築物への木材利用について、設計者向けの支援を
広げていただきたいと思います。
〔筧分科会長〕以上をもちまして、本日の分科会を閉会いたします。
"""


def test_the_agenda_head_below_a_dated_title_is_no_part_of_the_name(tmp_path):
    """pypdf's text of a record whose first page is the title and its date, the second the agenda
    (議事次第) under the name again with the date to the minute and the room: the name stops at the
    date, the time and the room are the meeting's."""
    path = tmp_path / "record.txt"
    path.write_text(_AGENDA_HEAD, encoding="utf-8")
    parsed = minutes.parse_file(path)
    m = parsed.meeting
    assert (m.council, m.date, m.time, m.place) == (
        "森林資源審議会木材利用分科会", "2026-02-03", "10:00–11:30", "合同庁舎第５号館１８階共用会議室")
    assert [p.speaker.label for p in parsed.points] == ["筧分科会長", "七尾委員", "筧分科会長"]
