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
