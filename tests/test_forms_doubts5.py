"""The weak spots left from session 10's reports, each read as a concept ("doubts5").

One fixture per concept, in the shape files arrive in (pdftotext: form feeds, page numbers,
blank lines inside paragraphs; Word's text in CP932 with CRLF), with its expected parse and
its line fates, and a check on text the rule was not written from.
Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import re

import pytest

from assembler import minutes
from assembler.minutes.roles import seat_roll
from assembler.model import AttendeeGroup
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"


# 2. A seat alone as a label (○２番, ○５番議員) is the member the roll seats there
# (議席番号　２　　長尾　　千里: the seat and the name's words parted by pdftotext's columns),
# the roll's line the evidence. Before, the turns were named ２番 and ５番.
SEATS = [
    ("議長（石黒正樹君）", "chair", "ただいまから本日の会議を開きます。", 15, 15),
    ("議長（石黒正樹君）", "chair", "日程第１、一般質問を行います。", 16, 16),
    ("２番", "member", "空き家の対策について伺います。", 17, 19),
    ("町長（森永茂君）", "government", "所有者の調査を進め", 20, 20),
    ("２番", "member", "再質問いたします。", 21, 21),
    ("町長（森永茂君）", "government", "来年度の予算編成の中で", 22, 22),
    ("議長（石黒正樹君）", "chair", "次に、５番議員。", 23, 23),
    ("５番議員", "member", "町道の除雪について伺います。", 24, 25),
    ("建設課長（土屋浩二君）", "government", "委託業者と出動の基準を", 28, 28),
    ("６番（大塚光代君）", "member", "関連して伺います。", 29, 30),
    ("町長（森永茂君）", "government", "地域の協力を得ながら", 31, 31),
    ("議長（石黒正樹君）", "chair", "以上で本日の日程は全部終了いたしました。", 32, 32),
]


def test_a_seat_alone_is_the_member_the_roll_seats_there():
    parsed = minutes.parse_file(MINUTES / "assembly-seat-roll-pdftotext.txt")
    _check(parsed, SEATS)
    members = [(p.speaker.name, p.speaker.title) for p in parsed.points if p.speaker.role == "member"]
    assert members == [("長尾千里", "２番"), ("長尾千里", "２番"), ("谷口健太", "議員"), ("大塚光代", "６番")]
    assert parsed.points[2].speaker_why == "seat ２番 in the attendee list (２番\u3000長尾千里)"
    assert parsed.points[7].speaker_why == "seat ５番 in the attendee list (５番\u3000谷口健太)"
    assert _fates(parsed) == "fbffffffffffbFpppbpppppppbFpppppbF"
    assert not parsed.unread


def test_seats_in_records_the_rule_was_not_written_from():
    # the left column's seats (１１ 番, ７番委員) and a full-width seat (５　　番): the roll on
    # the 出席委員 line, seat and name in one entry
    left = minutes.parse_file(MINUTES / "left-column-layout.txt")
    assert [(p.speaker.label, p.speaker.name) for p in left.points if p.speaker.role == "member"] == [
        ("１１番", "岡本修"), ("７番委員", "石井浩二"), ("３番（田中）", "田中")]
    wide = minutes.parse_file(MINUTES / "record-seat-numbers-fullwidth.txt")
    assert [(p.speaker.label, p.speaker.name) for p in wide.points if p.speaker.role == "member"] == [
        ("５番", "田中英子"), ("１１番", "岡本修"), ("２番", "北村美穂")]


@pytest.mark.parametrize("entries, seats", [
    (("１番\u3000山下\u3000純一", "２番　大野美和君"), {1: "山下純一", 2: "大野美和"}),
    (("議席番号 ３ 佐藤花子", "議席番号４番　木村健二", "議席　５　森一郎"), {3: "佐藤花子", 4: "木村健二", 5: "森一郎"}),
    (("第十二番 高木守君", "第二十一番　関口　道子"), {12: "高木守", 21: "関口道子"}),
    (("６番", "川端", "宏明（議長）", "町長　岸本和之"), {6: "川端宏明"}),
    # a seat listed with two names names nobody; a seat without a name is no entry
    (("１番　山下純一", "１番　大野美和", "２番"), {1: None}),
])
def test_the_rolls_forms(entries, seats):
    assert seat_roll([AttendeeGroup("出席議員", entries)]) == seats


def test_a_seat_two_names_share_stays_as_written(tmp_path):
    text = ("あおば町議会　令和６年第２回定例会会議録\n\n１　日　時　令和６年６月１０日（月）午前１０時\n"
            "２　出席議員\n\u3000\u3000１番\u3000山下\u3000純一\n\u3000\u3000１番\u3000大野\u3000美和\n"
            "\u3000\u3000２番\u3000森\u3000一郎\n\n"
            "○議長　ただいまから本日の会議を開きます。\n○１番　道路の補修について伺います。早急に対応すべきではないか。\n"
            "○２番　橋の点検も急ぐべきだ。\n○議長　以上で本日の会議を閉じます。\n")
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert [p.speaker.name for p in parsed.points if p.speaker.role == "member"] == ["１番", "森一郎"]


# 3. A legend written after the first turn (◎…開会します。 then （発言者の表記　◎：会長、○：委員、●：
# 事務局）) names the first turn's speaker too, and one at the end of the file may be a note
# ((注)◎：会長…). Before, the first turn and the legend were front matter and the legend's line
# a speaker's label: all 12 points went to 「発言者の表記◎：会長、○：委員、●：」.
LEGEND_AFTER = [
    ("会長", "chair", "定刻となりましたので、", 8, 9),
    ("事務局", "secretariat", "資料１により、中間評価の概要を", 12, 13),
    ("委員", "member", "見守り活動の担い手が高齢化しています。", 14, 15),
    ("事務局", "secretariat", "活動の時間帯については", 16, 16),
    ("委員", "member", "地区ごとの差が大きいので", 17, 17),
    ("委員", "member", "ボランティアの登録者数だけでなく", 18, 18),
    ("事務局", "secretariat", "次回の会議で", 19, 19),
    ("委員", "member", "災害時の要支援者名簿の", 20, 20),
    ("事務局", "secretariat", "名簿の更新は", 21, 21),
    ("委員", "member", "成年後見制度の相談窓口が", 22, 22),
    ("事務局", "secretariat", "広報紙で窓口の一覧を", 23, 23),
    ("委員", "member", "地域の居場所づくりへの", 24, 24),
    ("事務局", "secretariat", "来年度も継続する方向で", 25, 25),
    ("会長", "chair", "ほかに御意見がなければ", 26, 26),
]


def test_a_legend_after_the_first_turn_names_that_turn_too():
    parsed = minutes.parse_file(MINUTES / "council-legend-after-first-turn-cp932.txt")
    _check(parsed, LEGEND_AFTER)
    assert [g.line for g in parsed.legends] == [10]
    # the legend's line is the head of the turns that follow it (as a section's legend is)
    assert _fates(parsed) == "fbffffb" "ppabpppppppppppppppb"
    assert not parsed.unread


_FRONT = "第３回　さくら市地域福祉推進会議　会議録\n\n日時：令和６年８月２日（金）１４時～１６時\n場所：さくら市役所\n\n"
_TURNS = [f"○第{k}の論点について、地区の実情に合う目標を設けるべきではないか。\n●第{k}の論点は、次回までに整理いたします。\n"
          for k in range(1, 9)]


@pytest.mark.parametrize("legend", [
    "※◎は会長、○は委員、●は事務局の発言を示す。",
    # its pairs parted by U+3000 only: 「●：事務局」 was cut off the line as a turn (joined.split_turns)
    # although the legend is believed from the start (fixes6: the legend's line is never split)
    "（注）◎：会長　○：委員　●：事務局",
    "凡例　◎会長、○委員、●事務局",
    "注：◎会長　○委員　●事務局"])
def test_legends_after_the_first_turn_in_forms_the_rule_was_not_written_from(tmp_path, legend):
    text = _FRONT + "◎ただいまから会議を開きます。\n" + legend + "\n" + "".join(_TURNS) + "◎以上で終わります。\n"
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert [p.speaker.label for p in parsed.points][:3] == ["会長", "委員", "事務局"]
    assert len(parsed.points) == 18 and not parsed.unread


@pytest.mark.parametrize("note", ["（注）◎：会長、○：委員、●：事務局", "（注）◎は会長、○は委員、●は事務局の発言を示す。",
                                  "発言者の表記：◎＝会長、○＝委員、●＝事務局"])
def test_a_legend_written_as_a_note_at_the_end(tmp_path, note):
    text = _FRONT + "◎ただいまから会議を開きます。\n●資料１を説明いたします。\n○担い手を増やす工夫が必要ではないか。\n◎以上で終わります。\n\n" + note + "\n"
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [
        ("会長", "chair"), ("事務局", "secretariat"), ("委員", "member"), ("会長", "chair")]
    assert _fates(parsed)[-1] == "f"


def test_a_mark_heading_the_front_matter_is_no_turn_above_a_legend(tmp_path):
    # ○日時：… is a heading a mark leads, not a turn: the legend under the front matter is read
    # where it stands, and the front matter stays front matter
    text = ("第３回　さくら市地域福祉推進会議　会議録\n\n○日時：令和６年８月２日（金）１４時～１６時\n○場所：さくら市役所\n"
            "（◎：会長、○：委員、●：事務局）\n\n◎ただいまから会議を開きます。\n○担い手を増やす工夫が必要ではないか。\n"
            "●次回お示しします。\n")
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert [p.speaker.label for p in parsed.points] == ["会長", "委員", "事務局"]
    assert _fates(parsed)[:5] == "fbfff"


# 5. and 6. A body that reports (ＰＴＡ連合会から…との報告があった, 商工会より…の説明があった) is the
# speaker, role other; the officers of bodies other than ministries are titles (会計, 庶務,
# 民生委員) and a 会長 named by the body it heads (東町自治会長, ＰＴＡ会長) is that body's head
# sitting here, a member — not the chair, and not a person named 東町自治 or ＰＴＡ. Before:
# 会長's turns went to 東町自治 (the only 会長 named), 会計's and 庶務's lines were glued into
# the turn above, ＰＴＡ会長 was a chair and 民生委員 a person named 民生 (3 of 9 right).
OFFICERS = [
    ("ＰＴＡ連合会", "other", "夏休み中の見守り", 8, 9),
    ("商工会", "other", "秋祭りの出店者を募集している", 10, 10),
    ("会長", "chair", "それでは協議に入ります。", 13, 13),
    ("東町自治会長", "member", "東町では３基が点灯しなくなっている。", 14, 14),
    ("会計", "member", "更新の費用は今年度の予備費で", 15, 15),
    ("ＰＴＡ会長", "member", "通学路の暗い場所にも増設を", 16, 18),
    ("民生委員", "member", "一人暮らしの高齢者の家の前も", 20, 20),
    ("庶務", "secretariat", "次回までに設置場所の案を作ります。", 21, 21),
    ("会長", "chair", "以上で本日の協議会を終わります。", 22, 22),
]


def test_the_officers_of_a_community_council_and_the_bodies_that_report():
    parsed = minutes.parse_file(MINUTES / "community-officers-pdftotext.txt")
    _check(parsed, OFFICERS)
    assert [(p.speaker.name, p.speaker.title) for p in parsed.points[2:]] == [
        ("", "会長"), ("東町", "自治会長"), ("", "会計"), ("", "ＰＴＡ会長"), ("", "民生委員"), ("", "庶務"), ("", "会長")]
    assert _fates(parsed) == "fbfffbapppbappppbpFppp"
    assert not parsed.unread


@pytest.mark.parametrize("label, name, title, role", [
    # labels the table was not mended from: a surname before the office, its spellings
    ("田中会計", "田中", "会計", "member"), ("PTA副会長", "", "PTA副会長", "member"),
    ("山本主任児童委員", "山本", "主任児童委員", "member"), ("西町会長", "西", "町会長", "member"),
    ("小林会計監査", "小林", "会計監査", "member"), ("中村事務長", "中村", "事務長", "secretariat"),
    # what the table read before stays: a 会長 alone presides, a 会計管理者 answers, a 会計課長 is an official
    ("会長", "", "会長", "chair"), ("小川会計管理者", "小川", "会計管理者", "government"),
    ("会計課長", "", "会計課長", "secretariat"), ("監事", "", "監事", "member"), ("書記", "", "書記", "secretariat"),
])
def test_titles_of_bodies_other_than_ministries(label, name, title, role):
    from assembler.minutes.roles import load_roles
    sp = load_roles().split(label)
    assert sp is not None and (sp.name, sp.title, sp.role) == (name, title, role)


# 9. A turn running from the foot of a left text column to the top of the right one cited a
# start after its end (28 → 18, 19 → 8): its span is now the first to the last line of the file
# it was read from, and every word of it stands in those lines.
@pytest.mark.parametrize("name, label, span", [
    ("assembly-two-columns-layout.txt", "２２番（森田和也君）", (15, 28)),
    ("council-two-columns-layout.txt", "危機管理監（長谷亮）", (7, 21)),
])
def test_a_turn_across_two_columns_cites_the_lines_it_came_from(name, label, span):
    parsed = minutes.parse_file(MINUTES / name)
    lines = (MINUTES / name).read_text(encoding="utf-8").split("\n")
    crossing = [p for p in parsed.points if p.speaker.label == label and (p.source.line_start, p.source.line_end) == span]
    assert len(crossing) == 1
    for p in parsed.points:
        start, end = p.source.line_start, p.source.line_end
        assert start <= end, (p.speaker.label, start, end)
        # the cited lines' text, each column read down (a line's pieces parted by a wide gap)
        pieces = [re.split(r" {2,}", line.strip(), maxsplit=1) for line in lines[start - 1:end]]
        held = "".join(x[0] for x in pieces) + "|" + "".join(x[1] for x in pieces if len(x) > 1)
        held = "".join(held.split())
        words = "".join(p.text.split())
        # the point's first and last words stand in the lines it cites
        assert words[:8] in held and words[-8:] in held, (p.speaker.label, start, end, words[:8], words[-8:])


# 7. A unit's name, a space, then a surname and a title (○行政改革推進室広報評価課　中村課長補佐　資料１
# について…): the person is 中村 (課長補佐), the unit kept in the label. Before, the unit was the
# speaker and 「中村課長補佐」 the speech's first word (0 of 3 turns named).
OFFICE_PERSON = [
    ("石田委員長", "chair", "それでは、第２回行政評価委員会を始めます。", 9, 10),
    ("行政改革推進室広報評価課中村課長補佐", "secretariat", "資料１について御説明します。", 11, 12),
    ("原委員", "member", "評価の指標が事業の成果を", 14, 15),
    ("行政改革推進室広報評価課中村課長補佐", "secretariat", "指標の見直しは、各課と協議して", 16, 17),
    ("水野委員", "member", "市民への公表の仕方も", 19, 19),
    ("行政改革推進室広報評価課太田主事", "secretariat", "公表の様式については", 20, 21),
    ("石田委員長", "chair", "以上で本日の委員会を終わります。", 22, 22),
]


def test_a_unit_then_a_surname_and_title_is_the_person():
    parsed = minutes.parse_file(MINUTES / "committee-office-person-pdftotext.txt")
    _check(parsed, OFFICE_PERSON)
    assert [(p.speaker.name, p.speaker.title) for p in parsed.points if p.speaker.role == "secretariat"] == [
        ("中村", "課長補佐"), ("中村", "課長補佐"), ("太田", "主事")]
    assert _fates(parsed) == "fbfffffbppppbppppFpppp"
    assert not parsed.unread


def test_units_and_persons_in_labels_the_rule_was_not_written_from(tmp_path):
    text = ("令和６年度　第１回　あおば市子ども・子育て会議　会議録\n\n日時：令和６年８月５日（月）１０時～１２時\n"
            "出席者：委員　小林会長、松井委員\n\n○小林会長　ただいまから会議を開きます。\n"
            "○こども未来部保育課　佐藤主査　資料２により待機児童の状況を御説明します。\n"
            "○松井委員　送迎の負担を減らす工夫が必要ではないか。\n"
            "○子育て支援課　資料３について御説明します。担当から補足いたします。\n"
            "○総務部財政課　北川係長　予算の見込みは次回お示しします。\n○小林会長　以上で終わります。\n")
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    got = [(p.speaker.name, p.speaker.title, p.speaker.role, p.text[:6]) for p in minutes.parse_file(path).points]
    assert got == [
        ("小林", "会長", "chair", "ただいまから"),
        # 主査 presides over a 部会, but after a unit it is an official's rank (課主査)
        ("佐藤", "主査", "secretariat", "資料２により"),
        ("松井", "委員", "member", "送迎の負担を"),
        # a unit that speaks under its own name stays the unit: no surname opens its speech
        ("", "子育て支援課", "secretariat", "資料３につい"),
        ("北川", "係長", "secretariat", "予算の見込み"),
        ("小林", "会長", "chair", "以上で終わり")]


# 1. Labels in double corner brackets (『山田座長』 alone on its line or opening it), as 【】 and 〔〕
# are read. Before, the file was refused (no speaker found).
DOUBLE_QUOTE_LABELS = [
    ("山田座長", "chair", "それでは第２回の懇談会を始めます。", 12, 12),
    ("佐々木委員", "member", "遊具が古くなっており", 14, 14),
    ("佐々木委員", "member", "夜間の照明も不足している", 15, 15),
    ("北村委員", "member", "公園の清掃を地域で担う", 16, 16),
    ("事務局", "secretariat", "清掃の担い手については", 18, 18),
    ("山田座長", "chair", "ありがとうございました。", 19, 19),
]


def test_labels_in_double_corner_brackets():
    parsed = minutes.parse_file(MINUTES / "council-double-quote-labels-web.txt")
    _check(parsed, DOUBLE_QUOTE_LABELS)
    assert _fates(parsed) == "FFFbfbfffbpppppppppbFFF"
    assert not parsed.unread


def _labels(tmp_path, body: str) -> list[tuple[str, str]]:
    text = ("第２回　みなと地区まちづくり懇談会　議事録\n\n日時：令和６年７月５日（金）１８時３０分～２０時\n"
            "出席者：山田座長、佐々木委員、北村委員、事務局（まちづくり課）\n\n" + body)
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.speaker.label, p.text) for p in minutes.parse_file(path).points]


def test_a_quoted_title_alone_is_read_as_a_bracketed_one_is(tmp_path):
    # 『みなと地区公園再整備計画（素案）』 alone is what 【…】 alone is (a heading, no speaker), and
    # 『広報みなと』 opening a line of speech stays in the speech
    got = _labels(tmp_path, "『山田座長』\n　それでは始めます。\n『佐々木委員』　遊具の更新を急いでほしい。\n"
                            "『広報みなと』に掲載された記事も参考にしてほしい。\n『事務局』\n　次回までに整理します。\n")
    assert got == [("山田座長", "それでは始めます。"),
                   ("佐々木委員", "遊具の更新を急いでほしい。『広報みなと』に掲載された記事も参考にしてほしい。"),
                   ("事務局", "次回までに整理します。")]


def test_labels_framed_by_dashes_and_speech_in_corner_brackets(tmp_path):
    got = _labels(tmp_path, "『山田座長』\n　それでは始めます。\n－北村委員－\n　清掃の仕組みを考えるべきだ。\n"
                            "―山田座長―　ありがとうございました。\n佐々木委員「照明を増やしてほしい。」\n事務局「検討します。」\n")
    assert [label for label, _ in got] == ["山田座長", "北村委員", "山田座長", "佐々木委員", "事務局"]
