"""Numbered items have one reader (minutes/numbering.py), asked by the front matter (front.py:
a label numbered in any style, the next item ends the attendee list) and by the agenda and the
groups (parser.py, groups' headings: an item going on a series the agenda began is the
agenda's). Where the two readers it replaces differed, the tests below say which was right.
Fates: f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.minutes.numbering import item
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"


@pytest.mark.parametrize("text, style, value, level, words", [
    ("３ 出席者", "space", 3, 1, "出席者"),
    ("４．議事", "dot", 4, 1, "議事"),
    ("一、開会", "dot", 1, 1, "開会"),
    ("三　議題", "space", 3, 1, "議題"),
    ("1) 議事", "close", 1, 1, "議事"),
    ("（５）その他", "paren", 5, 2, "その他"),
    ("( 2 ) 報告", "paren", 2, 2, "報告"),
    ("（二）その他", "paren", 2, 2, "その他"),
    ("⑶その他", "pcircled", 3, 2, "その他"),
    ("② 財源", "circled", 2, 3, "財源"),
    ("第２　報告事項", "dai", 2, 0, "報告事項"),
    ("イ．交通", "kana", 2, 4, "交通"),
    ("（ウ）駅前", "kparen", 3, 5, "駅前"),
])
def test_a_numbered_item_its_style_value_level_and_words(text, style, value, level, words):
    found = item(text)
    assert (found.style, found.value, found.level, text[found.end:]) == (style, value, level, words)


@pytest.mark.parametrize("text", ["１０時開会", "2025年度", "第１回会議", "第３号議案", "財源", "三者協議", "アンケート",
                                  "十分な説明"])
def test_no_numbered_item(text):
    assert item(text) is None


def test_front_matter_numbered_with_circled_digits_reads_its_labels_and_ends_the_attendees_at_the_next_item():
    # a city council's 会議録 as pdftotext gives it: the labels numbered ①…④ (the old front
    # reader knew １, １．, （１）, 一 only: no date, no place, 議 / 題 and （１） read as groups
    # of attendees), the attendees' lines wrapped, a blank line inside a paragraph, page numbers
    parsed = minutes.parse_file(MINUTES / "council-front-circled-pdftotext.txt")
    m = parsed.meeting
    assert (m.date, m.time, m.place) == ("2024-07-02", "14:00–15:30", "ひばり市役所 本庁舎 第３会議室")
    assert [(g.group, g.names) for g in m.attendees] == [
        ("委員", ("森本会長", "上野副会長", "大橋委員", "川端委員", "戸田委員")),
        ("事務局", ("福祉政策課長 荒井 浩", "同課主査北野 恵"))]
    assert [(p.speaker.label, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("森本会長", 15, 17), ("事務局（荒井課長）", 18, 21), ("大橋委員", 23, 25), ("戸田委員", 26, 27),
        ("森本会長", 28, 29)]
    assert _fates(parsed) == "ffbffffffffaabpppppbpFpppppppbF"


def test_front_matter_numbered_one_two_with_a_closing_bracket_reads_the_same():
    # written apart: the same front with 1) 2) 3) 4) (the old front reader did not know 1))
    text = (MINUTES / "council-front-circled-pdftotext.txt").read_text(encoding="utf-8")
    for circled, half in zip("①②③④", ("1)", "2)", "3)", "4)")):
        text = text.replace(circled + " ", half + " ")
    m = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8")).meeting
    assert (m.date, m.place) == ("2024-07-02", "ひばり市役所 本庁舎 第３会議室")
    assert [g.group for g in m.attendees] == ["委員", "事務局"]


def test_an_item_in_kanji_going_on_the_agendas_series_after_the_opinions_is_the_agendas():
    # a city 懇談会's 議事要旨 as pdftotext gives it, its agenda numbered （一）（二）: the old
    # groups reader knew no kanji, so （二）その他 was a topic of the members' opinions and the
    # secretariat's notices under it (次回は…, 資料は…) the members' points
    parsed = minutes.parse_file(MINUTES / "summary-kanji-agenda-pdftotext.txt")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("事務局", 11), ("委員", 14), ("委員", 16), ("委員", 20)]
    assert _fates(parsed) == "ffbffffbfappnpppbpFppaffFF"
