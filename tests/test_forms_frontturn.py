"""Where the front matter ends when the turns are written ``label：speech`` (frontturn).

Records of town meetings, 意見交換会 and small councils give the front matter as ``key：value``
lines and then the turns in the same form, the same full-width colon, no mark. One fixture per
form, written here (fictional bodies, names and sentences) in the shape real files arrive in,
with its expected parse — rows: (speaker label, name, title, role, start of the text, first
line, last line) — and the fate of every line (f front, a agenda, n narrative, p point, s
stage, F furniture, b blank, u unread).

1. The first turns under the attendee list (``header_steps.spoken_value``): a ``label：value``
   line is a turn, not one more group of attendees, when the label is a speaker's (no field
   name of ``patterns.FRONT_LABELS``) and the value is speech — a sentence: it ends in 。, or
   goes on with kana and a comma or onto the lines below (a greeting, thanks).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city's 市長と語る会 in pdftotext shape: the fields, the attendee list wrapped onto a line of
    # its own (）), the first turns right under it with no blank line, a blank line inside the
    # mayor's sentence, a page number, a form feed and the running head. Before: the first two
    # turns read as groups of attendees (司会（市民協働課長）: 皆様 / こんばんは。…), 6 of 8 points
    "townmeeting-front-turns-pdftotext.txt": [
        ("司会（市民協働課長）", "", "市民協働課長", "secretariat", "皆様、こんばんは。定刻となりましたので、", 8, 9),
        ("市長", "", "市長", "government", "皆さん、こんばんは。本日は寒い中、", 10, 12),
        ("道路河川課長", "", "道路河川課長", "secretariat", "私から、東部地区の主な事業について", 13, 14),
        ("参加者Ａ（男性・７０代）", "Ａ", "参加者", "member", "東部橋の歩道が狭く、", 15, 16),
        ("道路河川課長", "", "道路河川課長", "secretariat", "来年度に詳細設計を行い、", 17, 18),
        ("参加者Ｂ（女性・４０代）", "Ｂ", "参加者", "member", "小学校の前の横断歩道が消えかかっている。", 23, 23),
        ("副市長", "", "副市長", "government", "警察に早急に塗り直しを要望します。", 24, 24),
        ("司会（市民協働課長）", "", "市民協働課長", "secretariat", "以上をもちまして、本日の会を終了いたします。", 25, 25),
    ],
}

LINE_FATES = {
    "townmeeting-front-turns-pdftotext.txt": "fbfffffpppbpppppppbFFbpppbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_attendee_list_above_the_first_turn_holds_only_its_people() -> None:
    got = minutes.parse_file(MINUTES / "townmeeting-front-turns-pdftotext.txt").meeting.attendees
    assert [(g.group, g.names) for g in got] == [
        ("市出席者", ("市長", "副市長", "企画部長", "道路河川課長", "市民協働課長（司会）"))]


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _turns(text: str) -> list[tuple[str, str, int]]:
    return [(p.speaker.label, p.text, p.source.line_start) for p in _parse(text).points]


# written after the rule, apart from the fixture: another town, 町側 / 進行 fields, a greeting
# wrapped onto the next line, a participant with 町民 and a qualifier; before: the file refused
# (no speaker found: every line front matter)
_TOWN = """ひばり町　町長と語る会　記録

日時：令和７年１１月８日（土）午前１０時～１１時３０分
場所：ひばり町中央公民館　大ホール
参加者：町民２５名
町側：町長、副町長、企画課長、建設課長
進行：企画課長
町長：本日は、休日にもかかわらず、多くの皆様にお集まりいただき、まこと
にありがとうございます。
企画課長：それでは、次第に沿って進めてまいります。
町民Ｂ（女性・４０代）：通学路の歩道が狭いので、拡幅してほしい。
副町長：来年度、測量に入る予定です。
"""

# a greeting with no full stop on its line, the sentence finished on the next
_UNFINISHED = """令和７年度　あさひ町　町政懇談会（東地区）記録
日時：令和７年７月１１日（金）午後７時
会場：東地区集会所
出席者：町長、副町長、総務課長、地区住民２０名
司会（総務課長）：お待たせいたしました
定刻になりましたので始めます。
町長：皆様、こんばんは
今日はよろしくお願いします。
住民Ｄ：ごみ集積所のカラス対策をお願いしたい。
町長：ネットを配布します。
"""


def test_first_turns_written_apart_from_the_fixture() -> None:
    assert _turns(_TOWN) == [
        ("町長", "本日は、休日にもかかわらず、多くの皆様にお集まりいただき、まことにありがとうございます。", 8),
        ("企画課長", "それでは、次第に沿って進めてまいります。", 10),
        ("町民Ｂ（女性・４０代）", "通学路の歩道が狭いので、拡幅してほしい。", 11),
        ("副町長", "来年度、測量に入る予定です。", 12)]
    m = _parse(_TOWN).meeting
    assert [g.group for g in m.attendees] == ["出席者", "町側", "進行"]
    assert [(t[0], t[2]) for t in _turns(_UNFINISHED)] == [
        ("司会（総務課長）", 5), ("町長", 7), ("住民Ｄ", 9), ("町長", 10)]


def test_the_mayor_under_an_attendee_list_naming_the_deputy_mayor_is_the_mayor() -> None:
    # 副町長 is a title of the role table (as 副市長): before, 副町長 in the list was read as a
    # person 副 under the title 町長, and every turn of 町長 was relabelled 副町長
    got = _parse("会議録\n出席者：町長、副町長、総務課長\n\n町長：皆様、こんばんは。\n副町長：はい。\n").points
    assert [(p.speaker.label, p.speaker.title) for p in got] == [("町長", "町長"), ("副町長", "副町長")]


@pytest.mark.parametrize("line, group", [
    ("委員：青木、佐藤、杉本、田村", "委員"),            # a list of names
    ("事務局：こども未来部長、子育て支援課長", "事務局"),  # a list of titles
    ("傍聴者：なし", "傍聴者"),                          # a count
    ("説明員：道路課長ほか２名", "説明員"),
])
def test_groups_of_attendees_stay_groups(line: str, group: str) -> None:
    text = f"第３回　あおい町地域公共交通会議　要点記録\n日時：令和７年６月５日（木）１４時\n出席者：\n{line}\n会長：ただいまから会議を開きます。\n"
    got = _parse(text)
    assert group in [g.group for g in got.meeting.attendees]
    assert [(p.speaker.label, p.source.line_start) for p in got.points] == [("会長", 5)]


def test_a_field_with_a_sentence_after_it_is_no_turn() -> None:
    # 議題 is a field name of the front matter's table: its value is the agenda, not speech
    text = ("地域懇談会　記録\n日時：令和７年６月５日（木）１９時\n出席者：市長ほか\n議題：地域の防災について意見を伺います。\n"
            "市長：こんばんは。\n")
    assert [(p.speaker.label, p.source.line_start) for p in _parse(text).points] == [("市長", 5)]
