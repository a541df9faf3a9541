"""Speaker labels and roles a held-out set showed the parser missing (issue 10, batch 8), one
fixture per concept, each written here (fictional names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of
the text, first line, last line) — and the fate of every line (f front, a agenda, n
narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # an assembly committee's 要点記録 as pdftotext gives it: each turn labelled by what it
    # is (説明, 質疑, 答弁, 意見) with the speaker in brackets, the official's title carrying a
    # qualifier in brackets of its own (◯答弁（住宅課政策監（耐震化担当））), once in
    # half-width brackets broken over two lines by the extractor, once without the kind
    # word and with the speech on the same line; a page number and a form feed. A member named
    # after the act is that member's label (labels16: 質疑（久保田委員） and 意見（久保田委員） one speaker)
    "record-nested-brackets.txt": [
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "ただいまから建設常任委員会を開会します。", 12, 12),
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "本日は、木造住宅の耐震化の推進", 13, 13),
        ("説明（住宅課政策監（耐震化担当））", "", "住宅課政策監", "government", "資料１により御説明いたします。", 15, 16),
        ("久保田委員", "久保田", "委員", "member", "診断から改修に進まない理由", 18, 18),
        ("答弁（住宅課政策監（耐震化担当））", "", "住宅課政策監", "government", "所有者の高齢化と、", 20, 20),
        ("野村委員", "野村", "委員", "member", "補助の上限額を引き上げる考えはあるか。", 22, 22),
        ("答弁(住宅課政策監(耐震化担当))", "", "住宅課政策監", "government", "近隣の市の状況も踏まえ、", 25, 25),
        ("石川委員", "石川", "委員", "member", "河川沿いの住宅の耐震化は、", 29, 29),
        ("答弁（河川課長）", "", "河川課長", "government", "浸水想定区域の見直しに合わせ、", 31, 31),
        ("住宅課政策監（耐震化担当）", "", "住宅課政策監", "government", "補足いたします。浸水想定区域内の住宅は、診断の補助率", 32, 33),
        ("久保田委員", "久保田", "委員", "member", "改修費用の負担軽減策を、", 35, 35),
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "以上で本日の委員会を閉会します。", 37, 37),
    ],
    # a city council's Word 会議録: each speaker alone in a paragraph of its own, with no mark,
    # the speech in the paragraphs below (indented by a full-width space); labels with a
    # title in brackets (事務局（保育課長）), a name in brackets (会長（佐伯真理子）,
    # こども政策課主査（南）), an office held (大森委員（副会長）); agenda headings （１）開会
    # between the turns, empty paragraphs and a page break inside a turn; 会長 alone before
    # 会長（佐伯真理子） is she, the only 会長 named (the holder rule forwards). Built by
    # tests/fixtures/minutes/SOURCES.md's recipe; the line numbers are paragraph numbers
    "word-label-paragraphs.docx": [
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "皆さん、こんにちは。定刻になりま", 10, 10),
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "本日は委員７名中５名の出席をいた", 11, 11),
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "それでは、議事に入ります。事務局", 15, 15),
        ("事務局（保育課長）", "", "保育課長", "secretariat", "保育課長の北川でございます。資料", 17, 17),
        ("事務局（保育課長）", "", "保育課長", "secretariat", "４月１日現在の待機児童数は８人で", 18, 18),
        ("佐伯委員", "佐伯", "委員", "member", "１歳児の受入れ枠を広げるには、保", 21, 21),
        ("事務局（こども政策課長）", "", "こども政策課長", "secretariat", "御指摘のとおり、保育士の確保は重", 23, 23),
        ("千葉委員", "千葉", "委員", "member", "放課後児童クラブも同じ状況です。", 25, 25),
        ("千葉委員", "千葉", "委員", "member", "支援員の確保について、保育士と同", 27, 27),
        ("こども政策課主査（南）", "南", "こども政策課主査", "secretariat", "放課後児童クラブの支援員につきま", 29, 29),
        ("大森委員（副会長）", "大森", "副会長", "member", "家賃補助は、市外から来る人にも周", 31, 31),
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "ほかに御意見がなければ、以上で本", 33, 33),
    ],
    # the same minutes printed to PDF by LibreOffice and extracted by pdftotext: the label on
    # a line of its own, the speech wrapped at the page width below it, blank lines and form
    # feeds where the page break was
    "word-label-paragraphs-pdftotext.txt": [
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "皆さん、こんにちは。定刻になりま", 10, 12),
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "それでは、議事に入ります。事務局", 16, 16),
        ("事務局（保育課長）", "", "保育課長", "secretariat", "保育課長の北川でございます。資料", 18, 20),
        ("佐伯委員", "佐伯", "委員", "member", "１歳児の受入れ枠を広げるには、保", 23, 24),
        ("事務局（こども政策課長）", "", "こども政策課長", "secretariat", "御指摘のとおり、保育士の確保は重", 26, 27),
        ("千葉委員", "千葉", "委員", "member", "放課後児童クラブも同じ状況です。", 30, 30),
        ("千葉委員", "千葉", "委員", "member", "支援員の確保について、保育士と同", 32, 32),
        ("こども政策課主査（南）", "南", "こども政策課主査", "secretariat", "放課後児童クラブの支援員につきま", 34, 34),
        ("大森委員（副会長）", "大森", "副会長", "member", "家賃補助は、市外から来る人にも周", 36, 36),
        ("会長（佐伯真理子）", "佐伯真理子", "会長", "chair", "ほかに御意見がなければ、以上で本", 38, 38),
    ],
    # a town 農業委員会's 総会議事録 typed in Word with full-width spaces for its column of
    # speakers, as pdftotext gives it: titles and seat numbers spelled apart (会　　長, 事 務 局,
    # ５　　番, １１　番), the wrapped lines indented by full-width spaces (no layout column to
    # find), the first turn right under the attendee list with no blank line (事務局長), a
    # blank line inside a paragraph, stage directions, page numbers and a form feed; 事務局長
    # is named by the attendee list (事務局長　松本和彦), the only one there, and a seat alone
    # (５　　番) by the roll on the 出席委員 line (５番　田中英子: roles.seat_roll)
    "record-seat-numbers-fullwidth.txt": [
        ("事務局長", "松本和彦", "事務局長", "secretariat", "定刻となりましたので、ただいまか", 8, 9),
        ("会長", "", "会長", "chair", "皆さん、こんにちは。稲刈りも終わ", 10, 11),
        ("事務局長", "松本和彦", "事務局長", "secretariat", "会長には、議長として議事の進行を", 12, 12),
        ("議長", "", "議長", "chair", "それでは、議事に入ります。本日の", 14, 15),
        ("事務局", "", "事務局", "secretariat", "議案第１号、農地法第３条の規定に", 16, 19),
        ("議長", "", "議長", "chair", "地元の５番委員から、現地確認の報", 20, 20),
        ("５番", "田中英子", "５番", "member", "５番です。１０月２０日に現地を確", 21, 22),
        ("議長", "", "議長", "chair", "質疑はありませんか。", 23, 23),
        ("１１番", "岡本修", "１１番", "member", "通作距離が長いように思いますが、", 24, 24),
        ("事務局", "", "事務局", "secretariat", "譲受人は農作業のため軽トラックで", 27, 28),
        ("議長", "", "議長", "chair", "ほかにありませんか。", 29, 29),
        ("議長", "", "議長", "chair", "それでは、議案第１号は原案のとお", 31, 31),
        ("議長", "", "議長", "chair", "異議なしと認め、議案第１号は許可", 33, 33),
        ("２番", "北村美穂", "２番", "member", "意見ですが、遊休農地の解消に向け", 34, 35),
        ("議長", "", "議長", "chair", "御意見として承ります。以上で本日", 36, 36),
    ],
    # a city assembly committee's 要点記録 as pdftotext gives it (a date above the title, a
    # page number and a form feed, an attendee line wrapped): the assembly's own secretariat
    # (議事課長, 調査課長, 書記) explains and answers with no attendance list of its staff — the
    # secretariat by its offices, not the executive answering the assembly
    "assembly-secretariat-roles.txt": [
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "ただいまから広報広聴委員会を開会", 10, 11),
        ("議事課長（今泉亮）", "今泉亮", "議事課長", "secretariat", "議会だより第２１０号の構成案に", 12, 15),
        ("調査課長（大西聡）", "大西聡", "調査課長", "secretariat", "先月実施した市民アンケートでは", 16, 17),
        ("久保田委員", "久保田", "委員", "member", "写真を大きくして、", 19, 19),
        ("野村委員", "野村", "委員", "member", "若い世代に届くよう、", 20, 20),
        ("議事課長（今泉亮）", "今泉亮", "議事課長", "secretariat", "ＳＮＳとの連動につきましては、", 22, 23),
        ("書記（長谷部美咲）", "長谷部美咲", "書記", "secretariat", "修正した構成案は、", 24, 24),
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "以上で本日の委員会を閉会します。", 25, 25),
    ],
}

LINE_FATES = {
    "assembly-secretariat-roles.txt": "ffbfffffbppppbpppsppFppppbnF",
    "record-seat-numbers-fullwidth.txt": "fbfffffpppppbppppbppppppbFpppspsppppbnbF",
    "word-label-paragraphs.docx": "fbffffbapppbapppppbppppppbbpppppppba",
    "word-label-paragraphs-pdftotext.txt": "fbffffbappppbappppppbpppppppbpbpppppppbabb",
    "record-nested-brackets.txt": "fbffffffab" "pppppppppppppppbF" "ppppppppppbnF",
}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text,
             p.source.line_start, p.source.line_end) for p in parsed.points]


def check_fixture(path, expected, fates: str) -> None:
    """The fixture parses to the rows expected (the text by its start) and every line ends in
    the place ``fates`` gives it, none unread."""
    parsed = minutes.parse_file(path)
    got = _rows(parsed)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[:4] + g[5:] == e[:4] + e[5:], g
        assert g[4].startswith(e[4]), g
    assert (_fates(parsed), parsed.unread) == (fates, ())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _speakers(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text)
            for p in _parse(text).points]


def test_nested_brackets_are_read_balanced_wherever_a_label_stands():
    # written apart from the fixture: the speech glued to the label, after a colon, in heavy
    # brackets, a label in brackets alone with a qualifier (the qualifier is a note, no
    # person), mixed half- and full-width brackets, an office held in brackets
    got = _speakers("文教委員会 要点記録\n\n○委員長（北村和子）　開会します。\n"
                    "◯答弁（学校教育課指導監（いじめ対策担当））調査は年２回実施しております。\n"
                    "◯答弁（学校教育課指導監(いじめ対策担当)）：結果は公表いたします。\n"
                    "【生涯学習課長（文化財担当兼務）】　資料を配付しております。\n"
                    "◯質問(西田副委員長)　公表の時期はいつか。\n"
                    "○南委員（副委員長）　早期に公表すべきだ。\n")
    assert [r[:4] for r in got] == [
        ("委員長（北村和子）", "北村和子", "委員長", "chair"),
        # a title not in the role table (指導監): read on its form, role other; the unit is the title's, no name (roles19: was name 学校教育課, title 指導監)
        ("答弁（学校教育課指導監（いじめ対策担当））", "", "学校教育課指導監", "other"),
        ("答弁（学校教育課指導監(いじめ対策担当)）", "", "学校教育課指導監", "other"),
        # an official who hands out the papers runs the meeting: secretariat
        ("生涯学習課長（文化財担当兼務）", "", "生涯学習課長", "secretariat"),
        # a deputy not presiding speaks as a member
        # an act, then the person in brackets: the person's label (labels16: roles._acted_by)
        ("西田副委員長", "西田", "副委員長", "member"),
        ("南委員（副委員長）", "南", "副委員長", "member"),
    ]
    assert [r[4] for r in got][1:3] == ["調査は年２回実施しております。", "結果は公表いたします。"]


def test_a_label_with_brackets_alone_on_its_line_is_a_header_only_before_speech():
    # written apart from the fixtures (pdftotext shape, no indent): the labels of the form
    # are headers; a one-line agenda item, a heading, a label of no known title, an absence
    # noted in brackets are none — their lines stay text of the speaker above
    got = _speakers("あおば市景観審議会 会議録\n\n１ 日時 令和６年７月２日（火）午前１０時\n２ 出席者\n"
                    "高木会長（高木一郎）、石田委員、森景観課長（森直樹）\n\n（１）開会\n景観課長（森直樹）\n"
                    "ただいまから、第３回景観審議会を開会します。\n報告事項（２件）\n資料１を御覧ください。\n"
                    "会長（高木一郎）\nそれでは、審議に入ります。\n重点地区の指定（案）\n重点地区を２か所増やす案です。\n"
                    "会長（欠席）\n本日は副会長が進行します。\n石田委員（副会長）\n眺望の保全は重要だ。\n"
                    "スケジュール（予定）\n次回は９月に開催します。\n（２）閉会\n")
    assert [r[:4] for r in got] == [("景観課長（森直樹）", "森直樹", "景観課長", "secretariat"),
                                    ("会長（高木一郎）", "高木一郎", "会長", "chair"),
                                    ("石田委員（副会長）", "石田", "副会長", "member")]
    assert "報告事項（２件）" in got[0][4] and "会長（欠席）" in got[1][4] and "スケジュール（予定）" in got[2][4]


def test_seat_numbers_name_a_member_in_every_form_they_take():
    # written apart from the fixture: an assembly's seat labels with the member's name after
    # them (in brackets, as a word of its own with a title or 君, alone after a mark), a seat
    # spelled apart in a plain line; a number of the speech is no seat
    got = _speakers("あおば町議会 会議録\n\n○議長（川端宏明君）　ただいまから会議を開きます。\n"
                    "○５番（山田太郎君）　道路の補修を急ぐべきだ。\n５番　山田委員　続けて伺います。\n"
                    "○１２番（佐藤花子）　学校の耐震化はどうか。\n◯１２番　佐藤花子　再質問します。\n"
                    "８番　村井一郎君　反対の立場から討論します。\n１１　番　賛成です。\n"
                    "○議長（川端宏明君）　３番、質問を許します。\n")
    assert [r[:4] for r in got] == [
        ("議長（川端宏明君）", "川端宏明", "議長", "chair"),
        ("５番（山田太郎君）", "山田太郎", "５番", "member"),
        ("５番山田委員", "山田", "５番", "member"),
        ("１２番（佐藤花子）", "佐藤花子", "１２番", "member"),
        ("１２番佐藤花子", "佐藤花子", "１２番", "member"),
        ("８番村井一郎君", "村井一郎", "８番", "member"),
        ("１１番", "１１番", "", "member"),
        ("議長（川端宏明君）", "川端宏明", "議長", "chair"),
    ]
    assert got[2][4] == "続けて伺います。" and got[-1][4] == "３番、質問を許します。"


def test_a_layout_column_takes_the_first_turn_under_the_attendees_and_labels_wrapped_in_their_cell():
    # written apart from the fixture: pdftotext -layout as LibreOffice prints a borderless
    # table — the first turn right under the attendee list (no blank line), a label wrapped
    # in its cell so that one space only is left before the speech (５番（山田 / 太郎）)
    text = ("農業委員会 議事録\n\n１ 出席委員 １番 青木正夫 ５番 山田太郎\n"
            "事務局長    定刻となりましたので、ただいまから令和６年第７回さくら町農業委\n"
            "        員会総会を開会いたします。会長にあいさつをお願いします。\n\n"
            "議   長   皆さんこんにちは。ただいまから議事に入ります。本日の議事録署名\n"
            "        委員は、５番委員と７番委員にお願いします。\n\n"
            "５   番   現地を確認しました。耕作は適正に行われており、許可要件を満た\n"
            "        していると考えます。\n\n"
            "５番（山田 遊休農地の解消について、農地中間管理機構との連携を強めるべきだ\n"
            "太郎）   と思います。\n\n事務局     水利組合の同意を得ております。\n")
    got = _speakers(text)
    assert [r[:4] for r in got] == [("事務局長", "", "事務局長", "secretariat"), ("議長", "", "議長", "chair"),
                                    ("５番", "５番", "", "member"), ("５番（山田太郎）", "山田太郎", "５番", "member"),
                                    ("事務局", "", "事務局", "secretariat")]
    assert got[3][4] == "遊休農地の解消について、農地中間管理機構との連携を強めるべきだと思います。"
    # an attendee list in the same column is no turn: names, no speech
    parsed = _parse("農業委員会 議事録\n\n１ 出席委員\n事務局長    松本和彦\n主    査    藤井亜紀\n"
                    "議   長   ただいまから総会を開会します。本日は議案が\n        ２件です。\n"
                    "５   番   賛成です。耕作は適正に行われており、許可要件を\n        満たしています。\n"
                    "議   長   ほかにありませんか。なければ原案のとおり\n        決定します。\n")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("議長", 6), ("５番", 8), ("議長", 10)]
    assert _fates(parsed)[3:5] == "ff"  # the attendees stay front matter


def test_an_assemblys_secretariat_is_told_from_the_executive_by_its_offices():
    # written apart from the fixture: a committee named without 議会, a 議事係長 and a 議会事務局次長
    # with the name before the title; the executive's 課長 answering in an assembly is
    # government; at a national 審議会 (no assembly) a 調査課長 is read from what they do
    got = _roles("建設委員会 要点記録\n\n○委員長（北村和子）　開会します。\n"
                 "○今泉議事係長　本日の委員会は、委員全員が出席しております。視察の報告書は来月まとめます。\n"
                 "○議会事務局次長（森）　視察先の資料は、事務局で保管しております。\n")
    assert [r[1:] for r in got[1:]] == [("secretariat", "the assembly's secretariat (議会事務局: 議事係)"),
                                        ("secretariat", "")]
    got = _roles("みなと市議会 建設常任委員会 会議録\n\n○委員長（北村和子）　開会します。\n"
                 "○河川課長（森直樹）　資料をお配りしております。堤防の改修は来年度に着手します。\n"
                 "○調査係長（西）　先進地の事例を御紹介します。\n")
    assert [r[1:] for r in got[1:]] == [("government", "the executive answering the assembly"),
                                        ("secretariat", "the assembly's secretariat (議会事務局: 調査係)")]
    got = _roles("交通政策審議会 地域公共交通部会 議事録\n\n○部会長　開会します。\n"
                 "○調査課長　交通量調査の結果、渋滞は改善しております。\n")
    assert got[1][1:] == ("government", "an official who answers or presents, and runs no part of the meeting")


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [(p.speaker.label, p.speaker.role, p.role_why) for p in _parse(text).points]
