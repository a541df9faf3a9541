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
2. pypdf's flow (``tests/tools/make_front_turns_pypdf.py``: Word -> LibreOffice's PDF -> pypdf,
   the pages joined by a line break, saved with a BOM): the running head and the page number
   inside a turn are furniture and the turn is rejoined around them; the first line, the head
   when it is the title itself (the same line twice: ``furniture._first_is_head``), is no part of
   the council's name; centred lines led by stray ``　 　`` read as without them.
3. Labels the engineers found missing: a title, a surname and the speech after a space with no
   colon (``会長　中島　ただいまから…``: ``title_first.spoken_title_first``, the name was lost); an
   organisation, a space, the person before a colon (``社会福祉協議会　森田主任：…``:
   ``header_steps.body_then_person``, glued to the previous speaker); a reporter's label glued to
   the question at a press conference (``記者（あさひ新聞）バスの…``: ``header_steps.qa_labelled``).
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
        ("司会（市民協働課長）", "市民協働課長", "司会", "secretariat", "皆様、こんばんは。定刻となりましたので、", 8, 9),
        ("市長", "", "市長", "government", "皆さん、こんばんは。本日は寒い中、", 10, 12),
        ("道路河川課長", "", "道路河川課長", "secretariat", "私から、東部地区の主な事業について", 13, 14),
        ("参加者Ａ（男性・７０代）", "Ａ", "参加者", "member", "東部橋の歩道が狭く、", 15, 16),
        ("道路河川課長", "", "道路河川課長", "secretariat", "来年度に詳細設計を行い、", 17, 18),
        ("参加者Ｂ（女性・４０代）", "Ｂ", "参加者", "member", "小学校の前の横断歩道が消えかかっている。", 23, 23),
        ("副市長", "", "副市長", "government", "警察に早急に塗り直しを要望します。", 24, 24),
        ("司会（市民協働課長）", "市民協働課長", "司会", "secretariat", "以上をもちまして、本日の会を終了いたします。", 25, 25),
    ],
    # a city's 市長と語る会 in pypdf's shape, UTF-16 (made by tests/tools/make_front_turns_pypdf.py):
    # the head is the title itself atop every page, no blank line anywhere, the first turn right
    # under the attendee list, the foot and the next page's head inside 都市計画部長's turn. Before:
    # the seven turns of page 1 read as groups of attendees (4 of 11 points), the council's name
    # the title twice (みずほ市市長と語る会（西部地区）記録みずほ市…)
    "townmeeting-front-turns-pypdf-utf16.txt": [
        ("司会（地域振興課長）", "地域振興課長", "司会", "secretariat", "皆様、こんばんは。お時間になりましたので、", 8, 12),
        ("市長", "", "市長", "government", "皆さん、こんばんは。本日は冷え込みの厳しい中", 13, 17),
        ("公園緑地課長", "", "公園緑地課長", "secretariat", "私から、西部地区の主な事業について", 18, 23),
        ("参加者Ａ（男性・７０代）", "Ａ", "参加者", "member", "公園の照明が増えるのはありがたいが、", 24, 27),
        ("公園緑地課長", "", "公園緑地課長", "secretariat", "御指摘の件は、警察に情報を提供し、", 28, 30),
        ("参加者Ｂ（女性・４０代）", "Ｂ", "参加者", "member", "駅前の道路の拡幅で、", 31, 33),
        ("都市計画部長", "", "都市計画部長", "government", "拡幅後の歩道は、", 34, 36),
        ("副市長", "", "副市長", "government", "補足いたします。", 37, 39),
        ("参加者Ｃ（男性・５０代）", "Ｃ", "参加者", "member", "西部地区の集会所は古く、", 40, 44),
        ("市長", "", "市長", "government", "集会所につきましては、", 45, 47),
        ("司会（地域振興課長）", "地域振興課長", "司会", "secretariat", "以上をもちまして、", 48, 49),
    ],
    # a mayor's press conference in pypdf's shape, UTF-8 with a BOM (the same tool): the reporters'
    # labels glued to their questions (記者（あさひ新聞）バスの路線について…), the officials' with a
    # colon, the foot and the head between two turns. Before: each question went on the answer
    # above it (7 of 13 points)
    "press-reporter-glued-pypdf-bom.txt": [
        ("市長", "", "市長", "government", "おはようございます。本日は一点お知らせ", 6, 10),
        ("記者（あさひ新聞）", "あさひ新聞", "記者", "other", "バスの路線について、来年度の見直しの方針を", 12, 14),
        ("市長", "", "市長", "government", "利用の少ない昼間の便は、", 15, 17),
        ("記者（ひびき日報）", "ひびき日報", "記者", "other", "除雪の委託先は、八社で足りるのでしょうか。", 18, 19),
        ("都市交通課長", "", "都市交通課長", "government", "昨年度と同じ事業者と契約を結ぶ予定です。", 20, 22),
        ("記者（北浜テレビ）", "北浜テレビ", "記者", "other", "除雪車の位置を確かめる仕組みは、", 23, 24),
        ("市長", "", "市長", "government", "今月の十五日から使えるようにいたします。", 25, 28),
        ("記者（あさひ新聞）", "あさひ新聞", "記者", "other", "乗合タクシーの運賃はいくらを考えていますか。", 29, 31),
        ("交通政策課長", "", "交通政策課長", "government", "運賃はバスと同じ二百円とする方向で、", 32, 35),
        ("記者（ひびき日報）", "ひびき日報", "記者", "other", "除雪の体制を変えることで、", 36, 37),
        ("市長", "", "市長", "government", "委託の費用は昨年度より一割ほど増える見込み", 38, 41),
        ("記者（北浜テレビ）", "北浜テレビ", "記者", "other", "最後に、除雪の作業をする方の安全対策", 44, 46),
        ("市長", "", "市長", "government", "除雪車には後ろを映すカメラを付け、", 47, 50),
    ],
    # a city's 委員会 要点記録 in pdftotext shape: the chair typed title, surname, speech with no
    # colon (会長　中島　ただいまから…), a member and a vice-chair so (委員　大西　…, 副会長　ロペス　…),
    # the guest body's official as organisation, space, person, colon (社会福祉協議会　森田主任：…).
    # Before: 1 of 7 right (事務局's, with 森田主任's turn glued on) — the first turn in the attendee
    # list, the names in the speech (委員: 大西　地区ごとの…), 森田主任's turns on the turns above
    "welfare-title-name-body-person-pdftotext.txt": [
        ("中島会長", "中島", "会長", "chair", "ただいまから令和７年度第２回", 7, 9),
        ("事務局", "", "事務局", "secretariat", "資料１に基づき、", 10, 11),
        ("社会福祉協議会森田主任", "森田", "主任", "other", "地区の見守り活動は、", 12, 13),
        ("大西委員", "大西", "委員", "member", "地区ごとの協力者の人数を次回までに示してほしい。", 14, 14),
        ("社会福祉協議会森田主任", "森田", "主任", "other", "次回の委員会までに、", 19, 20),
        ("ロペス副会長", "ロペス", "副会長", "member", "若い世代が参加しやすい仕組みも考えるべきだ。", 21, 21),
        ("中島会長", "中島", "会長", "chair", "それでは、本日の会議を終わります。", 22, 22),
    ],
}

LINE_FATES = {
    "townmeeting-front-turns-pdftotext.txt": "fbfffffpppbpppppppbFFbpppbF",
    "townmeeting-front-turns-pypdf-utf16.txt": "FffffffppppppppppppppppppppppppppppppppppFFppppppF",
    "press-reporter-glued-pypdf-bom.txt": "FfffapppppappppppppppppppppppppppppppppppFFpppppppFF",
    "welfare-title-name-body-person-pdftotext.txt": "fbfffbppppppppbFFbppppbF",
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


# written after the rules, apart from the fixtures: 意見交換会 with 開催日時 / 開催場所 labels, a group
# of the attendee list on an indented line (市：…２名), the first turn the secretariat with its unit in
# brackets, an official typed title first with kana in the title (まちづくり推進課長　田中：). At 7833938:
# 「市：…」 a turn of 市 (a point too many), 田中 lost (まちづくり推進課長 with 「田中：…」 as the speech),
# 3 of 5 right; at c95675a the same 3 of 5 without the 市 turn (the kana of まちづくり kept the
# title-first reading off); now 5 of 5
_EXCHANGE = """第１回　あおぞら地区まちづくり意見交換会　記録
開催日時：令和７年５月１４日（水）１９時００分～２０時３０分
開催場所：あおぞら地区会館　２階ホール
出席者：地区住民２２名
　　　　市：まちづくり推進課長、同課職員２名
事務局（まちづくり推進課）：ただいまから、あおぞら地区まちづくり意見交換会を開催します。
まちづくり推進課長　田中：本日はお集まりいただき、ありがとうございます。
山田会長：自治会を代表して、ひとこと申し上げます。皆さん、こんばんは。
住民（男性）：公園のトイレが古くて使いにくい。
まちづくり推進課長　田中：来年度に改修を予定しています。
"""


def test_an_exchange_written_apart_from_the_fixtures() -> None:
    assert [(t[0], t[2]) for t in _turns(_EXCHANGE)] == [
        ("事務局（まちづくり推進課）", 6), ("田中まちづくり推進課長", 7), ("山田会長", 8), ("住民（男性）", 9),
        ("田中まちづくり推進課長", 10)]
    assert [g.group for g in _parse(_EXCHANGE).meeting.attendees] == ["出席者", "市"]


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
    ("委員：青木、佐藤の２名が欠席した。", "委員"),  # a sentence about the attendance (a turn at 7833938)
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


@pytest.mark.parametrize("name, council, kind", [
    ("townmeeting-front-turns-pypdf-utf16.txt", "みずほ市市長と語る会（西部地区）", "記録"),
    ("press-reporter-glued-pypdf-bom.txt", "ひびき市長定例記者会見", "記者会見録"),
])
def test_the_first_line_of_pypdf_text_is_the_head_not_the_title(name: str, council: str, kind: str) -> None:
    meeting = minutes.parse_file(MINUTES / name).meeting
    assert (meeting.council, meeting.kind) == (council, kind)


@pytest.mark.parametrize("title, council", [
    ("ときわ市　市長と語る会（東部地区）記録", "ときわ市市長と語る会（東部地区）"),
    ("みなと町　子どもの居場所づくりワークショップ（第３回）記録", "みなと町子どもの居場所づくりワークショップ"),
    ("あさひ町　町政懇談会(北地区) 記録", "あさひ町町政懇談会(北地区)"),
    ("ひばり町　町長と語る会　記録", "ひばり町町長と語る会"),
])
def test_a_record_after_the_bracket_that_names_the_district_is_the_kind(title: str, council: str) -> None:
    # 記録 after the meeting's bracket (（南部地区）, （第３回）) is the kind of record, as after 会 (懇談会記録):
    # at 7833938 it was a part of the name and the kind 議事要旨
    meeting = _parse(f"{title}\n日時：令和７年６月５日（木）１９時\n\n市長：こんばんは。\n").meeting
    assert (meeting.council, meeting.kind) == (council, "記録")


def test_centred_lines_led_by_stray_spaces_read_as_without_them(tmp_path) -> None:
    # pypdf leads a centred or indented line with 「　 　」 (U+3000, a space, U+3000) in some PDFs:
    # the head, the title and the page numbers of the fixture so led read as before
    text = (MINUTES / "townmeeting-front-turns-pypdf-utf16.txt").read_text(encoding="utf-16")
    lines = text.split("\n")
    centred = {0, 1} | {i for i, t in enumerate(lines) if t == lines[0] or t.startswith("- ")}
    assert len(centred) == 5  # the head atop both pages, the title, the two page numbers
    path = tmp_path / "stray.txt"
    path.write_text("\n".join("\u3000 \u3000" + t if i in centred else t for i, t in enumerate(lines)), encoding="utf-16")
    check_fixture(path, EXPECTED["townmeeting-front-turns-pypdf-utf16.txt"],
                  LINE_FATES["townmeeting-front-turns-pypdf-utf16.txt"])


# written after the rules, apart from the fixture: other bodies and words, a katakana surname, a
# half-width colon, a unit of the city before its official, a vice-chair's title, the speech opening
# with kanji (本日は…), bodies whose names hold kana (ひかり町商工会). At first sight 3 of 6: the unit
# before its official read as the unit's turn with 佐藤主査： in the speech (the spaced shape took it
# first), the two bodies with kana in their names glued to the turn above; now 6 of 6
_LABELS = """第３回　ひかり町子ども・子育て会議　議事要旨

日時：令和７年９月９日（火）１４時～１６時

委員長　北村　本日は、計画の中間見直しについて御意見を伺います。
こども家庭課　佐藤課長補佐：資料２について御説明します。
ひかり町商工会　岡本事務局長: 事業所の保育の需要は増えています。
副委員長　ハリス　外国籍の家庭への案内も必要だと思います。
ひかり町社会福祉協議会　竹内係長：ファミリーサポートの会員は横ばいです。
委員長　北村　それでは、以上で終わります。
"""


def test_labels_written_apart_from_the_fixture() -> None:
    got = [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text[:8]) for p in _parse(_LABELS).points]
    assert got == [
        ("北村委員長", "北村", "委員長", "chair", "本日は、計画の中"),
        # (主査 after a unit: the unit then the person is read first by title_first since 03b4fcf, role chair)
        ("こども家庭課佐藤課長補佐", "佐藤", "課長補佐", "secretariat", "資料２について御"),
        ("ひかり町商工会岡本事務局長", "岡本", "事務局長", "other", "事業所の保育の需"),
        ("ハリス副委員長", "ハリス", "副委員長", "member", "外国籍の家庭への"),
        ("ひかり町社会福祉協議会竹内係長", "竹内", "係長", "other", "ファミリーサポー"),
        ("北村委員長", "北村", "委員長", "chair", "それでは、以上で"),
    ]


@pytest.mark.parametrize("line", [
    "会長　中島　一郎",                 # a roster's entry: a given name, no speech
    "本日の議題　森田主任：",           # kana in the first words, no speech after the colon
    "議事の経過　資料１：別紙のとおり",  # no person after the space
])
def test_lines_that_are_no_such_labels(line: str) -> None:
    text = f"地域福祉計画推進委員会　要点記録\n\n日時：令和７年８月２０日\n\n会長：ただいまから始めます。\n{line}\n"
    assert [p.speaker.label for p in _parse(text).points] == ["会長"]


def test_a_reporter_glued_to_the_question_only_at_a_press_conference() -> None:
    press = "みなと市長定例記者会見録\n\n市長：以上です。\n記者（北浜日報）財源は確保できていますか。\n市長：確保しております。\n"
    assert [(p.speaker.label, p.speaker.role) for p in _parse(press).points] == [
        ("市長", "government"), ("記者（北浜日報）", "other"), ("市長", "government")]
    # in a council's minutes no paper names a reporter: the line goes on the turn above
    council = "みなと市環境審議会　議事録\n\n会長：以上です。\n記者（北浜日報）の取材がありました。\n"
    assert [p.speaker.label for p in _parse(council).points] == ["会長"]
