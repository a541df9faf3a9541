"""A Word paragraph holding the speaker's label, a manual line break and the speech (session 12,
wordbreak). Fixtures written here (``tests/tools/make_word_breaks.py``; fictional names and
sentences) in the shapes real files arrive in.

1. Municipal 教育委員会 and 審議会 records typed in Word often set the speaker in bold, then a
   line break (Shift+Enter, ``w:br``), then the speech, all in one paragraph (the speech may
   hold line breaks of its own). The label was read as the previous speaker's words
   (``教育長職務代理者確認ですが、…``); the first line of such a paragraph is cued by the
   reader (``break``, ``breakbold``: ``ingest/docx.py``) and read as a header when it is a
   speaker's label alone with speech after it (``table_steps.broken_label_step``).
"""
from __future__ import annotations

from assembler import minutes
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city 教育委員会's 会議録: every turn a paragraph of a bold label, a line break and the
    # speech; breaks inside the speech (w:br, w:cr, an empty line), a page break inside a
    # turn, a label typed with a space after it; the front matter typed so too (出席委員 in
    # bold, a break, its people: no turn); a bold item of the agenda with the narrative after
    # a break. Before: 7 of 13 turns right (the others' labels glued to the speech above).
    "board-word-breaks.docx": [
        ("教育長", "高木誠", "教育長", "chair", "ただいまから令和６年度第８回みどり市", 10, 10),
        ("教育長", "高木誠", "教育長", "chair", "議案第２３号について、学校教育課長から", 12, 12),
        ("学校教育課長", "岡田亮", "学校教育課長", "government", "議案第２３号について御説明いたします。来年度から", 13, 13),
        ("教育長職務代理者", "川村洋子", "教育長職務代理者", "member", "確認ですが、変更の対象となる", 15, 15),
        # the page break is no line: the speech goes on after it
        ("学校教育課長", "岡田亮", "学校教育課長", "government",
         "現在の１年生から４年生までで、１８人が対象となります。在学中の児童は", 16, 16),
        ("石田委員", "石田", "委員", "member", "兄弟で別の学校に通うことにならないよう", 17, 17),
        ("石田委員", "石田", "委員", "member", "また、通学路の安全点検も", 17, 17),
        ("学校教育課長", "岡田亮", "学校教育課長", "government", "兄弟の在籍については", 18, 18),
        ("教育長", "高木誠", "教育長", "chair", "ほかに御意見がなければ", 19, 19),
        ("教育長", "高木誠", "教育長", "chair", "異議なしと認め", 21, 21),
        ("生涯学習課長", "西村早苗", "生涯学習課長", "government", "生涯学習課長から、資料２に基づき報告があった。", 23, 23),
        ("中野委員", "中野", "委員", "member", "若い世代の受講者が少ない", 24, 24),
        ("生涯学習課長", "西村早苗", "生涯学習課長", "government", "来年度は、土曜日の午後に", 25, 25),
        ("教育長", "高木誠", "教育長", "chair", "以上で本日の定例会を閉会いたします。", 26, 26),
    ],
}

LINE_FATES = {
    "board-word-breaks.docx": "fbffffffffffbfpppappppppbppppppbpppppsppbapppppppn",
}


def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place() -> None:
    for name in EXPECTED:
        check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_reader_cues_a_paragraphs_first_line_before_a_manual_break() -> None:
    lines = read_source(MINUTES / "board-word-breaks.docx").lines
    cued = [(line.number, line.text) for line in lines if line.cue in ("break", "breakbold")]
    assert cued[:4] == [(5, "３　出席委員"), (6, "４　説明のため出席した者"), (10, "教育長"), (12, "教育長")]
    assert {line.cue for line in lines if line.cue} == {"breakbold"}  # every label is bold here
    # the label typed with a space after it: the space is no part of it
    assert (16, "学校教育課長") in cued
    # lines numbered by their paragraph; w:cr breaks a line as w:br does, a page break none
    by_number = [line.text for line in lines if line.number == 13]
    assert by_number == ["学校教育課長", "議案第２３号について御説明いたします。",
                         "来年度から、東小学校の通学区域の一部を西小学校の通学区域に変更するものです。",
                         "対象となる地区は、資料１の地図に斜線で示した範囲です。"]
    assert [line.text for line in lines if line.number == 16][1].endswith("在学中の児童は、希望すれば卒業まで今の学校に通うことができます。")


def test_the_front_matter_typed_with_breaks_stays_front_matter() -> None:
    parsed = minutes.parse_file(MINUTES / "board-word-breaks.docx")
    groups = {g.group: g.names for g in parsed.meeting.attendees}
    assert len(groups["出席委員"]) == 4 and len(groups["説明のため出席した者"]) == 3
