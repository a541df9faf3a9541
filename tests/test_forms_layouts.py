"""Three layouts of real public minutes the parser misread at first sight (session 10, layouts13).
One fixture per concept, written here (fictional names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the text,
first line, last line) — and the fate of every line (f front, a agenda, n narrative, p point,
s stage, F furniture, b blank, u unread); and a check on a second imitation with other wording,
written after the rule and read at first sight.

1. The speaker's label alone on its line with the clock after it (大河内教育長（10:00）), the
   speech in plain paragraphs below, as a board of education's 会議録 typed in Word prints it;
   its front matter a two-column table that pdftotext prints labels first, values after.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms8 import _parse, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city 教育委員会's 会議録 made from Word, through pdftotext: the front matter a two-column
    # table (開会日時 / 場所 / 出席委員 / 説明のため出席した職員 / 事務局職員 first, their values
    # after), a 配布資料 list, then 会議の経過 with each label alone on its line, the clock after it
    # （10:02）, the speech below (broken at the page's width, a blank line inside a paragraph,
    # page numbers and form feeds). Before: refused, no speaker found
    "board-clock-labels-pdftotext.txt": [
        ("大河内教育長", "大河内", "教育長", "chair", "ただいまから、令和７年第３回みどり野市教育委員会", 27, 28),
        ("大河内教育長", "大河内", "教育長", "chair", "それでは、議案第５号について、事務局から説明をお", 30, 30),
        ("水谷学校教育課長", "水谷学校教育", "課長", "secretariat", "議案第５号「みどり野市立学校の管理運営に関する規", 32, 35),
        ("大河内教育長", "大河内", "教育長", "chair", "説明が終わりました。御質問はありますか。", 39, 39),
        ("早川委員", "早川", "委員", "member", "地域移行後の指導者の確保について、どのような見通", 41, 42),
        ("水谷学校教育課長", "水谷学校教育", "課長", "secretariat", "地域のスポーツ協会と連携し、指導者の登録制度を設", 44, 45),
        ("村田委員", "村田", "委員", "member", "保護者の費用負担が増えないよう、市としての支援を", 47, 47),
        ("大河内教育長", "大河内", "教育長", "chair", "ほかにございませんか。なければ、議案第５号を原案", 49, 49),
        ("大河内教育長", "大河内", "教育長", "chair", "異議なしと認め、議案第５号は原案のとおり可決しま", 51, 52),
        ("石原生涯学習課長", "石原生涯学習", "課長", "secretariat", "資料２により、学校給食費の改定について御報告いた", 54, 56),
        ("佐野教育長職務代理者", "佐野", "教育長職務代理者", "member", "改定の周知は、早めに保護者へ文書で行うことが必要", 60, 60),
        ("大河内教育長", "大河内", "教育長", "chair", "以上で本日の日程は全て終了しました。これで閉会い", 62, 62),
    ],
    # the check, written after the rule with other wording (a town's 臨時会): the clock as
    # 〔14:00〕, 　午後２時01分, ［１４：０５］, [14:06], （１４：０８）, members by their seat
    # (１番委員), labels again stacked above their values (開催日時 / 開催場所 / 出席者 / 欠席者).
    # Read at first sight: 7 of 7 turns (main at 823cf81: refused, no speaker found)
    "board-clock-variants-pdftotext.txt": [
        ("本郷教育長", "本郷", "教育長", "chair", "ただいまから臨時会を開きます。本日は議案１件です", 21, 22),
        ("教育課長", "教育", "課長", "secretariat", "議案第２号について御説明いたします。学校運営協議", 24, 25),
        ("１番委員", "１番", "委員", "member", "定数を増やす理由を伺います。地域の方の参加が少な", 29, 29),
        ("教育課長", "教育", "課長", "secretariat", "保護者と地域の代表を１人ずつ加えるためです。募集", 31, 31),
        ("３番委員", "３番", "委員", "member", "若い世代の委員も選ばれるよう、募集の方法を工夫し", 33, 33),
        ("本郷教育長", "本郷", "教育長", "chair", "ほかに御意見はありませんか。ないようですので、原", 35, 35),
        ("本郷教育長", "本郷", "教育長", "chair", "原案のとおり決定しました。以上で臨時会を閉じます", 37, 37),
    ],
}

LINE_FATES = {
    "board-clock-labels-pdftotext.txt": "fbfffbfbfffffffffffbfffbfpppbppppbpbFppppppppppppsppppbpbFppppnbF",
    "board-clock-variants-pdftotext.txt": "fbfbfbfbfffffbfffbfppppppbFppppppppspn",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_clock_after_a_label_is_no_speech_and_the_front_table_s_values_find_their_labels() -> None:
    parsed = minutes.parse_file(MINUTES / "board-clock-labels-pdftotext.txt")
    assert not any("10:" in p.text or "（" == p.text[:1] for p in parsed.points)
    m = parsed.meeting
    # 開会日時 / 場所 / 出席委員 … printed above their values: the date, the place, the people
    assert (m.council, m.session, m.date, m.place) == (
        "令和７年みどり野市教育委員会定例会", 3, "2025-03-25", "みどり野市役所　本庁舎４階　第２委員会室")
    assert [g.group for g in m.attendees] == ["出席委員"]
    assert m.attendees[0].names[0] == "教育長\u3000大河内\u3000誠"
    # the 配布資料 list is front matter: 資料１　議案第５号関係資料（新旧対照表） names no speaker
    assert {p.speaker.label for p in parsed.points} == {
        "大河内教育長", "水谷学校教育課長", "早川委員", "村田委員", "石原生涯学習課長", "佐野教育長職務代理者"}


def test_a_clock_after_words_that_name_no_speaker_opens_no_turn() -> None:
    # written apart from the fixtures: an item with its clock, a sentence ending in a time, a
    # label with words between it and the clock
    got = _parse("あおば町教育委員会定例会　会議録\n\n日時　令和７年４月１日\n\n"
                 "山田教育長（10:00）\nただいまから定例会を開会いたします。\n"
                 "休憩（10:30）\n再開は午前10時45分とします。\n"
                 "佐藤委員　質問　10:50\n図書館の開館時間を延ばすべきではないか。\n"
                 "山田教育長 [11:00]\n以上で閉会いたします。\n")
    assert [(p.speaker.label, p.text) for p in got.points] == [
        # 休憩（10:30） names no speaker: the chair's turn goes on (its clock a stage direction)
        ("山田教育長", "ただいまから定例会を開会いたします。休憩再開は午前10時45分とします。"),
        # words between the label and the clock: the label, then its words, as before
        ("佐藤委員", "質問　10:50図書館の開館時間を延ばすべきではないか。"),
        ("山田教育長", "以上で閉会いたします。"),
    ]

