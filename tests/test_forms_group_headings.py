"""Headings that name the group whose opinions follow, and headings that name none (groups.py):
under an attendee list of one kind of person apart from the officials (委員 alone), a heading
that names no group (意見交換の概要, 主な意見) gives the floor to that kind, not to 出席者; a
bracketed heading that names its group (【委員からの主な意見】, ＜事務局からの回答＞) gives the floor
to it even when the bullet below is wrapped before its stop; a numbered heading of no opinions
(５ 今後の予定) ends the group. Fates: f front, a agenda, n narrative, p point, s stage,
F furniture, b blank, u unread.
"""
from __future__ import annotations

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"


def test_group_headings_and_a_heading_of_no_group_under_an_attendee_list_of_members():
    # a city 策定委員会's 議事概要 as pdftotext gives it: the members and the secretariat listed,
    # 【委員からの主な意見】, ＜事務局からの回答＞ over a bullet wrapped before its stop (before: read
    # as a speaker named 事務局からの回答), （２）意見交換の概要 (before: 出席者), ５ 今後の予定 and the
    # notice under it (before: glued to the last member's point), a blank line inside a bullet,
    # page numbers and a form feed
    parsed = minutes.parse_file(MINUTES / "summary-group-headings-pdftotext.txt")
    got = [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == [("事務局", "secretariat", 12, 12), ("委員", "member", 14, 15), ("委員", "member", 16, 18),
                   ("事務局", "secretariat", 20, 21), ("委員", "member", 24, 25), ("委員", "member", 26, 26)]
    assert parsed.points[4].speaker_why == ("group heading: （２）意見交換の概要 (line 23); "
                                            "every attendee but the officials is 委員")
    assert _fates(parsed) == "ffbfffffffapppppbppppFppppafF"


def test_a_heading_of_no_group_under_a_list_of_several_kinds_stays_the_attendees():
    text = ("第１回 みなみ町環境懇話会 議事要旨\n出席者\n委員：林委員、森委員\nオブザーバー：県環境政策課\n"
            "意見交換の概要\n・ごみの分別の案内を多言語で作るべきだ。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [("出席者", "member")]


def test_members_listed_by_name_alone_under_their_label_are_the_kind_the_gallery_and_a_count_are_not():
    # a city 審議会's 会議録 as a web page gives it: the members' names alone under 委員:, their
    # count after the last name, the secretariat, 傍聴者:1名 and 欠席者 なし below
    text = ("令和６年度第２回 ひかり市市民参加推進審議会 会議録\n1 日時\n令和６年８月２８日(水曜日) 午後7時~8時50分\n"
            "3 出席者\n委員:青木一郎、石川花子、上田次郎、江口三郎(4名)\n事務局:政策室長 岡田四郎、政策室 加藤五郎\n"
            "傍聴者:1名\n4 欠席者\nなし\n5 会議の結果\n(1)市民協働の指針について\n-資料1に基づき、事務局から説明-\n"
            "主な意見\n・指針には若い世代の参加の方法を具体的に書くべきだ。\n・町内会の担い手不足への対応も盛り込んでほしい。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert parsed.meeting.attendees[0].names == ("青木一郎", "石川花子", "上田次郎", "江口三郎")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("委員", "member", 14), ("委員", "member", 15)]
