"""A producer's layer around every line of the record (session 18, wrappers18; ``ingest/wrapped.py``).

1. **Line numbers in the margin** (a 議会's 速記録 with a number column: ``  1  ◯千葉委員長　…``,
   `` 25  を開催する…``, restarting at 1 on each page or running through the file): the number and
   its gap are furniture of their line, the record under them read as the plain one. Before: the
   speakers were found but every wrapped line's number stayed in the point (``…つい11  てご報告``),
   the first turn was read into the record's name (``1みなみ市議会…``).
"""
from __future__ import annotations

import re

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.ingest.wrapped import margin_numbers
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 市議会 委員会's 速記録 through pdftotext, CP932 with CRLF: a number column restarting on each
    # page, running heads （第１日）/（第２日） and page numbers outside the column, numbered blank lines,
    # lines wrapped mid-word, two days in one file. Before: 4 of 14 turns right (a stray number in each
    # wrapped turn's text, the first turn in the record's name); after 14 of 14
    "council-margin-line-numbers-cp932.txt": [
        ("千葉委員長", "千葉", "委員長", "chair", "ただいまから総務文教委員会を開会いたします。", 7, 8),
        ("千葉委員長", "千葉", "委員長", "chair", "本日は、公民館の運営について報告を受けます。生涯学習課長", 9, 10),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "それでは、公民館の運営状況についてご報告", 11, 13),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "特に夜間の講座が好評でございます。", 15, 15),
        ("千葉委員長", "千葉", "委員長", "chair", "報告が終わりました。", 16, 16),
        ("森下委員", "森下", "委員", "member", "公民館の夜間利用について伺います。夜間の貸出しはどのような形で", 17, 19),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "夜間は午後９時まで貸し出しております。", 20, 21),
        ("森下委員", "森下", "委員", "member", "２０代の利用者を", 22, 22),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "若い世代向けの講座を今年度から始めて", 25, 26),
        ("千葉委員長", "千葉", "委員長", "chair", "以上で本日の委員会を散会いたします。", 27, 27),
        ("千葉委員長", "千葉", "委員長", "chair", "ただいまから委員会を開きます。", 33, 33),
        ("大野委員", "大野", "委員", "member", "図書館の開館時間について伺います。休日の開館", 34, 35),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "来年度から１時間延長する予定でございます。", 36, 37),
        ("千葉委員長", "千葉", "委員長", "chair", "以上で散会いたします。", 38, 38),
    ],
}

LINE_FATES = {
    "council-margin-line-numbers-cp932.txt": "FfbffbpppppppbppppppppFFpppnFsnnppppppF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_margin_numbers_are_said_in_the_readings() -> None:
    parsed = minutes.parse_file(MINUTES / "council-margin-line-numbers-cp932.txt")
    assert [(r.first, r.last, r.labels) for r in parsed.readings] == [(2, 38, 33)]
    assert not any(re.search(r"[0-9] ", p.text) for p in parsed.points)


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, int, int]]:
    return [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]


# written apart: a 区議会 委員会's 記録, numbers running through the file in a wider column, labels
# 委員長（水野　早苗）, numbered blank lines, a line of speech opening with digits (300人)
_WARD = """令和８年９月定例会　区民委員会記録

日時　令和８年９月２４日
場所　第３委員会室

○委員長（水野　早苗）　ただいまから区民委員会を開会し
ます。本日は請願の審査を行います。
○区民課長（今井　実）　請願第５号について説明いたしま
す。
300人を超える署名が寄せられております。

○委員（黒田　直人）　署名の内容を確認したいと思いま
す。どの地区からのものでしょうか。
○区民課長（今井　実）　主に北地区からでございます。
○委員（小池　玲奈）　採択すべきと考えます。
○委員長（水野　早苗）　以上で審査を終わります。
"""


def _numbered(text: str, width: int, gap: int, restart_every: int = 0) -> str:
    out = []
    for k, line in enumerate(text.split("\n")[:-1]):
        n = k % restart_every + 1 if restart_every else k + 1
        out.append(f"{n:>{width}}{' ' * gap if line else ''}{line}")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width,gap,every", [(5, 4, 0), (3, 2, 0), (3, 1, 7)])
def test_a_record_written_apart_reads_under_its_numbers_as_it_reads_plain(width: int, gap: int, every: int) -> None:
    plain = _parse(_WARD)
    numbered = _parse(_numbered(_WARD, width, gap, every))
    assert _rows(numbered) == _rows(plain)
    assert len(plain.points) == 6 and plain.points[1].text.endswith("300人を超える署名が寄せられております。")
    assert numbered.lines == plain.lines and numbered.meeting.council == plain.meeting.council


def test_a_numbered_list_or_a_page_number_is_no_margin() -> None:
    # a record whose agenda is numbered (1 開会 …) and whose speech has a line opening with a number
    text = ("協議会会議録\n\n次第\n1 開会\n2 議事\n3 閉会\n\n○会長　開会します。\n○委員　意見です。\n"
            "10 月に実施します。\n○会長　閉会します。\n")
    src = split_lines(text, "x.txt", encoding="utf-8")
    assert [l.text for l in src.lines] == text.split("\n")[:-1] and src.readings == ()
    assert margin_numbers(src.lines) is None  # 4 numbers of 9 lines with text: no column
