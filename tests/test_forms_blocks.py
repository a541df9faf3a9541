"""Blocks with nothing between them: pypdf's text (no blank lines) and Word's text (no indents).

pypdf joins a page's blocks with a bare line break: the first turn, a heading, a name alone
stand right under the block above them, with no blank line to say a block ended. Word's
"save as text" drops the first-line indent that told a report from the heading above it.
Each concept is read from form and position, not from a blank line or an indent:

- a name alone right under the attendee list heads the speech below it when that line is
  speech (a sentence, or one going on past the line), not one more entry of the list;
- an item with its presenter in brackets right under the attendance line heads the speech
  below, its sentence finished on that line or wrapped past it; a page's foot and the next
  page's running head may stand between the item and its speech;
- a sentence that hands what follows to a group (…委員からの主な意見は次のとおり。) ends its
  paragraph, a blank line below it or not; the end of that sentence wrapped onto its own line
  (…委員からの / 主な意見は次のとおり。) goes on the paragraph and is no heading;
- a numbered or marked heading (４　会議の経過, ①病院前の停留所) right above a report heads it,
  the report's indent lost or not; a numbered heading so read goes on its agenda's series.

Each fixture is written here (fictional names and sentences) in the shape it imitates, with
its expected parse (rows: speaker label, role, start of the text, first line, last line) and
the fate of every line (f front, a agenda, n narrative, p point, F furniture, b blank).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city 審議会's 議事要旨 as pypdf gives it: the members' names alone above their speech,
    # the first right under the attendee list (委員：…, 事務局：…) with no blank line; the chair's
    # first sentence wrapped at the page's width (no full stop on its first line); a page's
    # number and the title again between turns, no form feed
    "summary-name-under-list-pypdf.txt": [
        ("森田会長", "chair", "本日は、駅前通りの屋外広告物の基準について、委員の皆様から御意見を伺いたい。", 8, 9),
        ("川上委員", "member", "看板の色彩基準は、周辺の商店の理解を得ながら段階的に導入すべきである。", 11, 12),
        ("川上委員", "member", "夜間の照明についても、", 13, 14),
        ("村井委員", "member", "既存の看板の更新時期に", 16, 16),
        ("鳥居委員", "member", "観光客に分かりやすい", 20, 20),
        ("事務局（都市景観課長）", "secretariat", "御意見を踏まえ、", 22, 22),
    ],
    # a ward's 検討会 議事概要 as pypdf gives it: the narrative's last sentence names the group
    # whose opinions follow, its end wrapped onto a line of its own (委員からの / 主な意見は次の
    # とおり。); the first topic's heading ＜…＞ right under it, no blank line; a bullet broken
    # across a page's foot and head; ５　今後の予定 ends the group
    "summary-topics-under-intro-pypdf.txt": [
        ("事務局", "secretariat", "事務局から、資料１及び資料２に基づき、地区防災計画の改定案について説明があった。", 8, 9),
        ("委員", "member", "要配慮者の受入れは、福祉避難所だけに頼らず、一般の避難所でも準備しておくべき。", 12, 13),
        ("委員", "member", "避難所の運営訓練には、", 14, 14),
        ("委員", "member", "防災行政無線が聞こえにくい地区があり、戸別受信機の配布を検討してほしい。", 16, 19),
        ("委員", "member", "外国人住民向けに、", 20, 20),
        ("委員", "member", "次回は、モデル地区の", 22, 22),
    ],
    # a PTA's 定期総会 議事録 as pypdf gives it: each item with its presenter in brackets
    # (はじめの言葉（三好副会長）, 第１号議案　…（杉山副会長）), the first right under the
    # attendance line; the first speech's sentence wrapped before its full stop; the last item
    # at a page's foot, its speech on the next page under the running head
    "meeting-items-under-attendance-pypdf.txt": [
        ("三好副会長", "chair", "本日はお忙しいところ、定期総会にお集まりいただきまして、ありがとうございます。", 6, 7),
        ("宮本会長", "chair", "昨年度は、登下校の見守り活動に", 9, 10),
        ("杉山副会長", "member", "資料２ページのとおり、", 12, 13),
        ("宮本会長", "chair", "会費は据え置きとし、", 15, 15),
        ("三好副会長", "chair", "以上をもちまして総会を終わります。", 19, 19),
    ],
    # a town's 地域公共交通会議 会議概要 typed in Word and saved as text: a paragraph a line, no
    # indents; reports right under numbered headings (４　会議の経過, （１）…, ①…) and a heading
    # right under the report before it
    "summary-headed-reports-word.txt": [
        ("事務局", "secretariat", "事務局から、資料１に基づき、町営バスの利用状況について説明があった。", 7, 7),
        ("企画政策課長", "secretariat", "令和７年度から北", 9, 9),
        ("原田委員", "member", "予約の方法が電話", 10, 10),
        ("企画政策課長", "secretariat", "スマートフォンで", 10, 10),
        ("中島委員", "member", "ベンチと屋根を設けてほしい", 13, 13),
        ("事務局", "secretariat", "道路管理者と協議", 14, 14),
        ("藤井委員", "member", "時刻表の文字が小", 16, 16),
        ("事務局", "secretariat", "次回の会議は１０", 18, 18),
    ],
}

LINE_FATES = {
    "summary-name-under-list-pypdf.txt": "ffffff" "pppppppppp" "FF" "pppp",
    "summary-topics-under-intro-pypdf.txt": "ffffff" "a" "ppn" "appp" "ap" "FF" "pp" "ap" "af",
    "meeting-items-under-attendance-pypdf.txt": "ffff" "pppppppppppp" "FF" "p",
    "summary-headed-reports-word.txt": "fbfff" "ap" "app" "aap" "pap" "ap",
}

ATTENDEES = {
    "summary-name-under-list-pypdf.txt": [("委員", ("森田会長", "川上委員", "村井委員", "鳥居委員")),
                                          ("事務局", ("都市景観課長ほか",))],
    "meeting-items-under-attendance-pypdf.txt": [("出席者", ("会員１８２名（委任状を含む）", "来賓１名"))],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


@pytest.mark.parametrize("name", sorted(ATTENDEES))
def test_the_attendee_list_ends_where_the_first_turn_begins(name):
    parsed = minutes.parse_file(MINUTES / name)
    assert [(g.group, g.names) for g in parsed.meeting.attendees] == ATTENDEES[name]


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_names_alone_one_a_line_under_the_attendee_label_stay_the_list():
    """A name alone whose next line is another name, or a group of the list, is an entry of
    the list: only speech below a name makes it a header."""
    parsed = _parse("景観審議会　議事要旨\n出席者\n委員\n森田会長\n川上委員\n事務局：都市景観課長ほか\n"
                    "森田会長\n本日は、屋外広告物の基準について御意見を伺いたい。\n")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("森田会長", 8)]
    assert _fates(parsed) == "ffffffpp"


def test_a_name_alone_above_a_sentence_wrapped_before_its_full_stop_heads_it():
    """Too few lines to know the page's width: a clause going on with kana is speech still."""
    parsed = _parse("景観審議会　議事要旨\n委員：森田会長、川上委員\n森田会長\n本日は、屋外広告物の基準について御意見を伺\n"
                    "いたい。\n川上委員\n色彩の基準は段階的に導入すべき。\n")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("森田会長", 4), ("川上委員", 7)]


def test_a_group_label_above_a_list_of_names_stays_a_group():
    """（事務局）alone above a line of offices is a group of the list, not a speaker: the line
    below is no speech (no sentence, no clause going on with kana)."""
    parsed = _parse("総会　議事録\n出席者\n（事務局）\n総務部長、会計課長\n開会の言葉（森副会長）\n"
                    "本日はお忙しいところ、お集まりいただき、ありが\nとうございます。\n")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("森副会長", 6)]
    assert _fates(parsed)[:4] == "ffff"


def test_a_sentence_naming_no_group_does_not_end_the_paragraph():
    """…日程は以下のとおり。 names no group: the lines below are no group's opinions."""
    parsed = _parse("検討会　議事概要\n\n○事務局から、今後の日程を説明した。日程は以下のとおり。\n"
                    "８月　第３回\n\n（山田委員）\n・日程は了承する。\n")
    assert [p.speaker.label for p in parsed.points] == ["山田委員"]


_REPORTS = ("会議録（要点）\n\n（１）議事\n　佐藤委員から、待機児童の解消を急ぐべきとの意見があった。\n"
            "　会長は、年次計画を示すべきだと述べた。\n{heading}\n事務局から、子ども食堂への支援の状況について説明があった。\n")


def test_a_heading_right_above_an_unindented_report_heads_it():
    parsed = _parse(_REPORTS.format(heading="②子どもの居場所について"))
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("佐藤委員", 4), ("会長", 5), ("事務局", 7)]
    assert _fates(parsed) == "fbappap"


def test_a_numbered_line_ending_in_a_comma_is_a_clause_not_a_heading():
    """②…については、 goes on into the line below: one sentence, no heading above a report."""
    parsed = _parse(_REPORTS.format(heading="②子どもの居場所については、"))
    assert _fates(parsed) == "fbapppp"
    assert parsed.points[-1].source.line_start == 6
