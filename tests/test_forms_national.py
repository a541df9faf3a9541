"""Forms of the records of NATIONAL bodies and the shapes they are extracted in (issue 10,
survey of national bodies, session 10): 審議会・検討会・有識者会議 records, the Bank of Japan's
and the regulators' summaries, ministers' press conferences, academic societies' 理事会, as
ministries publish them and as pdftotext, a viewer's copy or a saved web page give them. One
fixture per concept, written here (fictional names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread). The survey's table is in
docs/survey-national.md.
"""
from __future__ import annotations

import pytest

from assembler.ingest.text import split_lines
from assembler.minutes import spaced
from assembler.model import Line, SourceText
from conftest import FIXTURES
from test_forms8 import _parse, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a ministry's 検討会 議事要旨 from a PDF whose characters the file placed one by one
    # (一太郎's justified lines), as pdftotext gives it: a space after every character, the
    # gap between a label and its speech a full-width space with spaces around it; before,
    # the file was refused (no speaker)
    "summary-spelled-apart-pdftotext.txt": [
        ("石田座長", "石田", "座長", "chair", "本日は地域交通の再構築について議論する。", 8, 8),
        ("小川委員", "小川", "委員", "member", "地方の路線バスは運転士の不足が深刻であり、自治体", 9, 10),
        ("藤本委員", "藤本", "委員", "member", "ライドシェアは安全の確保を前提に、地域の判断で導", 11, 11),
        ("事務局", "", "事務局", "secretariat", "御意見を踏まえ、次回までに論点を整理する。", 12, 12),
        ("石田座長", "石田", "座長", "chair", "以上で本日の会議を終了する。", 13, 13),
    ],
    # the check, written before the rule ran on it (an 評価部会's verbatim 議事録, labels in
    # 【】, gaps of three ASCII spaces, a page number and a form feed): at first sight the
    # labels were read but every text, title and date was spelled apart (no date, no session)
    "record-spelled-apart-pdftotext.txt": [
        ("原田部会長", "原田", "部会長", "chair", "それでは、定刻となりましたので、評価部会を開会い", 11, 13),
        ("宮川管理官", "宮川", "管理官", "secretariat", "資料１に基づき御説明いたします。今回見直しの対象", 14, 15),
        ("飯田委員", "飯田", "委員", "member", "研究開発法人の目標は、数値だけでなく成果の社会へ", 16, 17),
        ("島村委員", "島村", "委員", "member", "私も同感です。加えて、人材の確保についての目標を", 20, 21),
        ("松尾参事官", "松尾", "参事官", "secretariat", "御指摘の点は、各法人の所管省と調整いたします。", 22, 22),
        ("原田部会長", "原田", "部会長", "chair", "ありがとうございました。以上で本日の部会を終了い", 23, 23),
    ],
}

LINE_FATES = {
    "summary-spelled-apart-pdftotext.txt": "fbfffbappppppbF",
    "record-spelled-apart-pdftotext.txt": "ffbfffffbfpppppppbFppppbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_text_spelled_apart_gives_its_title_date_and_words_back_whole():
    parsed = _parse("第 ７ 回 み ど り 港 湾 懇 談 会 　 議 事 録\n\n"
                    "日 時 ： 令 和 ６ 年 ３ 月 ５ 日 （ 火 ）\n\n"
                    "○ 北 村 座 長 　 開 会 し ま す 。\n"
                    "○ 東 委 員 　 O E C D の 報 告 で は 、 港 湾 の 脱 炭 素 化 が 急 務 と さ れ て い る 。\n")
    assert (parsed.meeting.council, parsed.meeting.session, parsed.meeting.date) == ("みどり港湾懇談会", 7, "2024-03-05")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("北村座長", "開会します。"),
        # Latin letters keep the spaces between them (a word's or an extractor's: no telling)
        ("東委員", "O E C Dの報告では、港湾の脱炭素化が急務とされている。"),
    ]


def test_a_file_with_words_set_apart_here_and_there_is_read_as_written():
    # a spaced title (議 事 録) or a name spelled apart in a normal record changes nothing
    # else: most lines set their characters side by side
    text = ("み ど り 市 環 境 審 議 会 　 議 事 録\n\n○会長　開会します。\n"
            "○北 村 委員　資料の２ページ　について伺います。\n○事務局　A B 案を御説明します。\n"
            "○北 村 委員　了解しました。\n")
    src = split_lines(text, "x.txt", encoding="utf-8")
    texts = [line.text for line in src.lines]
    assert spaced.unspace(src, texts) == (src, texts)
    # even with the share of spaces high, a file whose lines set their characters side by side
    texts = ["議 事 録", "○会長　開 会 し ま す 。", "○北村委員　資料の２ページについて伺います。",
             "○事務局　御説明します。", "○北村委員　了解しました。"]
    src = SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1)))
    assert spaced.unspace(src, texts) == (src, texts)
