"""Front matter shaped like labels read as speech (fates17): on records whose front matter a reader
took for labels, the parse made points no one said — ``１日時 | 令和…`` a turn of 「１日時」, ``教育長 |
平井　克己`` one of 教育長 whose words were a name, the recorder's line (``記録者　議会事務局　新庄　なつみ``)
a point of the last speaker or of 「記録者議会事務局」, the attendees listed after the last turn points
of 委員長 and 委員.

The concept has one home, ``front_steps.front_entry_step``, asked by ``take_header`` before any label
takes the floor: a label that names a field of the front matter no one speaks under
(``front.field_label``: 日時, 場所, 議題, 出席委員 …; not 会場, 参加者, 傍聴人, who may speak) is never a
speaker; before anyone has spoken, a label whose "speech" — after it, or on the line below a label
alone, with no speech under that — is names, posts, a date, a place, a count or a list of those
(``front.listing``) is an entry of the attendee list; after the turns, such an entry with no speech
below it is the closing block's. A first turn that is short (``教育長：開会します。``) is a sentence: a
turn. The recorder's line at the end is the closing block's, as a signer's is
(``furniture.is_signature``).

One fixture per shape real files arrive in, written here (``tests/tools/make_fates17.py``; fictional
bodies, names and sentences), with its expected parse — rows: (speaker label, name, title, role,
start of the text, first line, last line) — and the fate of every line (f front, a agenda,
n narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.front import field_label, listing
from assembler.minutes.front import FrontLabels
from assembler.minutes.patterns import FRONT_LABELS
from conftest import FIXTURES
from test_forms8 import check_fixture
from test_forms_fates15 import _fates, _parse

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 部会's 議事録 typed in Word, the front matter in a 2-column table (the docx reader cues the
    # left column as speakers). Before: 9 points of front matter (１日時, ２場所, 部会長 樫村 直哉, 委員,
    # 専門委員, ４議題, ５傍聴者 １名, 環境政策課長 岩渕　誠, 環境政策課長補佐) and the recorder's line the
    # chair's; the date and the place unknown
    "fates17-front-table.docx": [
        ("部会長", "", "部会長", "chair", "ただいまから部会を開きます。", 18, 18),
        ("事務局", "", "事務局", "secretariat", "資料１により水辺の利用ルール案を", 19, 19),
        ("宗像委員", "宗像", "委員", "member", "子どもの安全のため、監視員の配置", 20, 20),
        ("事務局", "", "事務局", "secretariat", "関係機関と協議してまいります。", 21, 21),
        ("部会長", "", "部会長", "chair", "以上で本日の部会を終わります。", 22, 22),
    ],
    # a 教育委員会's 会議録, LibreOffice PDF read by pdftotext: each member post：name, コーディネーター：
    # 地方行財政アドバイザー, 担当課：…（課長、内藤係長）, then a short first turn 教育長：開会します。
    # (read right before too: the guard that the rule keeps it so)
    "fates17-front-fields-pdftotext.txt": [
        ("教育長", "", "教育長", "chair", "開会します。", 11, 11),
        ("教育長", "", "教育長", "chair", "議案第１号について、事務局から説", 12, 12),
        ("学校教育課長", "中野恵", "学校教育課長", "secretariat", "議案第１号は、学校給食費の改定に", 13, 14),
        ("大橋委員", "大橋", "委員", "member", "保護者への周知はいつ頃を予定して", 15, 15),
        ("学校教育課長", "中野恵", "学校教育課長", "secretariat", "１月の広報とホームページでお知ら", 16, 16),
        ("教育長", "", "教育長", "chair", "それでは採決します。原案のとおり", 17, 17),
    ],
    # a 審議会's 議事録 in pypdf's shape: the table's cells one a line, two attendee rows run together on
    # one line, the page's number and running head in the flow (read right before too)
    "fates17-attendees-pypdf.txt": [
        ("会長", "樫村直哉", "会長", "chair", "ただいまから審議会を開会します。", 11, 11),
        ("河川課長", "", "河川課長", "secretariat", "資料１により御説明いたします。主", 12, 13),
        ("宗像委員", "宗像", "委員", "member", "支流の調査地点を増やすべきではな", 14, 14),
        ("河川課長", "", "河川課長", "secretariat", "来年度から調査地点を三か所増やす", 17, 17),
        ("土肥専門委員", "土肥", "専門委員", "member", "住民が参加する水辺の観察会も、計", 18, 18),
        ("会長", "樫村直哉", "会長", "chair", "以上で本日の審議会を閉会します。", 19, 19),
    ],
    # a 子ども議会's 会議録 saved as CP932 with CRLF: a seat list, the recorder at the end. Before: line 27
    # a point of 「記録者議会事務局」 whose words were 新庄　なつみ
    "fates17-seats-cp932.txt": [
        ("議長（日高陽菜さん）", "日高陽菜", "議長", "chair", "ただいまから子ども議会を開会しま", 15, 15),
        ("２番（堀蒼真さん）", "堀蒼真", "２番", "member", "公園に遊具を増やしてほしいです。", 17, 17),
        ("町長", "", "町長", "government", "ご提案ありがとうございます。来年", 19, 19),
        ("４番（藤井湊さん）", "藤井湊", "４番", "member", "通学路に街灯を増やしてください。", 21, 21),
        ("町長", "", "町長", "government", "暗い場所を調べて、順番に設置しま", 23, 23),
        ("議長（日高陽菜さん）", "日高陽菜", "議長", "chair", "以上で閉会します。", 25, 25),
    ],
    # a 図書館協議会's 会議録 saved as EUC-JP, the attendees listed after the last turn. Before: lines
    # 11-13 points of 委員長 (水野　大輔), 委員 (岡本　由美、川口　翔太) and 事務局
    "fates17-closing-attendees-eucjp.txt": [
        ("委員長", "", "委員長", "chair", "ただいまから協議会を開会します。", 4, 4),
        ("館長", "", "館長", "government", "資料１により説明します。貸出冊数", 5, 5),
        ("岡本委員", "岡本", "委員", "member", "電子書籍の利用状況はどうか。", 6, 6),
        ("館長", "", "館長", "government", "登録者は約２千人です。", 7, 7),
        ("委員長", "", "委員長", "chair", "以上で閉会します。", 8, 8),
    ],
    # written apart after the rules (the cue of the next row's label was added on it): a 農業委員会's
    # 総会, one Word table holding the front matter's rows and the turns' rows. Before: 6 points of
    # front matter (開催日時, 会場, １番 村上　達也…, 欠席委員 なし, 事務局長 佐久間　徹…, 傍聴人 ２人) and
    # the maker's line a point of 「平野会議録作成者農業委員会…」
    "fates17-apart-board-table.docx": [
        ("会長", "", "会長", "chair", "ただいまから第５回総会を開会しま", 15, 15),
        ("事務局長", "佐久間徹", "事務局長", "secretariat", "議案第１号、農地法第３条の規定に", 17, 17),
        ("２番", "小西ゆかり", "２番", "member", "申請者は営農の経験がありますか。", 19, 19),
        ("事務局長", "佐久間徹", "事務局長", "secretariat", "隣の集落で十年以上耕作しておりま", 21, 21),
        ("会長", "", "会長", "chair", "原案のとおり許可することに決しま", 23, 23),
    ],
    # written apart after the rules (a title alone as the next row's label was added on it): a
    # 地域公共交通会議, a 2-column HTML table of fields through LibreOffice and pdftotext (each cell a
    # block), the attendees again after the turns, 記録者：… at the end. Before: 4 points of front
    # matter (会長 島田 浩一…, オブザーバー…, 会長 島田 浩一, 委員 吉村 亮… with the recorder glued)
    "fates17-apart-transport-pdftotext.txt": [
        ("会長", "", "会長", "chair", "ただいまから第３回の会議を開会し", 23, 23),
        ("交通政策課長", "", "交通政策課長", "secretariat", "資料１により、路線バスの再編案を", 24, 25),
        ("土屋委員", "土屋", "委員", "member", "予約の方法が電話だけでは、若い人", 26, 26),
        ("交通政策課長", "", "交通政策課長", "secretariat", "来年度からスマートフォンでも予約", 27, 27),
        ("会長", "", "会長", "chair", "以上で本日の会議を終わります。", 28, 28),
    ],
}

LINE_FATES = {
    "fates17-front-table.docx": "fffbffbffffbffbffbbffbpppppF",
    "fates17-front-fields-pdftotext.txt": "ffffffffffpppppppbb",
    "fates17-attendees-pypdf.txt": "ffffffffffppppFFpppF",
    "fates17-seats-cp932.txt": "fbfbfbfbfbfbfbpbpbpbpbpbpbF",
    "fates17-closing-attendees-eucjp.txt": "ffbpppppbffff",
    "fates17-apart-board-table.docx": "fffbffbffbffbffbffbppbppbppbppbppbbF",
    "fates17-apart-transport-pdftotext.txt": "ffbfbfbfbfbfbfbfbfbfbfppppppsffFbb",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_table_front_gives_the_meeting_its_fields() -> None:
    meeting = minutes.parse_file(MINUTES / "fates17-front-table.docx").meeting
    assert (meeting.date, meeting.place) == ("2025-12-02", "県庁東庁舎３階第１会議室")
    assert ("専門委員", ("土肥 昭彦", "桐生 さやか")) in [(g.group, g.names) for g in meeting.attendees]


_F = FrontLabels.build(FRONT_LABELS)


@pytest.mark.parametrize("label, field", [
    ("１日時", "date"), ("開催場所", "place"), ("４議題", "other"), ("欠席委員", "attendees"),
    ("記録者議会事務局", "record"), ("会議録作成者", "record"),
    # who may speak under the label: a town meeting's floor, a workshop's participants, a hearing's
    # listeners, the officials a list names
    ("会場", None), ("参加者", None), ("傍聴人１", None), ("説明員", None), ("政府参考人", None), ("議長", None),
])
def test_the_labels_no_one_speaks_under(label: str, field: str | None) -> None:
    assert field_label(label, _F) == field


@pytest.mark.parametrize("text, entry", [
    ("平井　克己", True), ("大橋　千尋（教育長職務代理者）", True), ("地方行財政アドバイザー", True),
    ("都市建設部公園緑地課（課長、内藤係長）", True), ("１名", True), ("なし", True), ("会見録", True),
    ("１番　日高　陽菜（東小学校６年）　２番　堀　蒼真", True), ("土肥 昭彦、桐生 さやか", True),
    # speech, however short or full of names
    ("開会します。", False), ("開会します", False), ("開会", False), ("はい", False), ("異議なし", False),
    ("３番、日高陽菜さんの発言を許します。", False), ("日高さん", False), ("役職：委員長", False),
])
def test_what_is_an_entry_and_what_is_speech(text: str, entry: bool) -> None:
    assert listing(text) is entry


@pytest.mark.parametrize("text, fates, first", [
    # written apart, after the rules and with no change to them: a 景観審議会 in pypdf's shape, the
    # fields' labels and values one a line, 記録作成者 at the end after the page's running head.
    # Before: 記録作成者… glued to the chair's last point
    ("第２回かもめ市景観審議会　会議録\n開催年月日\n令和７年９月１６日（火）\n開催の場所\nかもめ市役所　第３会議室\n"
     "出席委員\n会長　野口　周平\n委員　三宅　あかね、今村　徹\n欠席者\nなし\n説明員\n"
     "都市デザイン課長　柏木　健、同主査　坂田　翼\n"
     "会長　それでは、審議会を開会いたします。本日の議題は屋外広告物の基準の見直しです。\n"
     "都市デザイン課長　資料２を御覧ください。幹線道路沿いの看板の高さの上限を見直す案です。\n"
     "三宅委員　商店街の看板まで一律に制限するのは厳しいのではないか。\n"
     "都市デザイン課長　商店街は地区ごとに別の基準を設けることを検討します。\n会長　本日はここまでとします。\n"
     "1\n第２回かもめ市景観審議会　会議録\n記録作成者　都市デザイン課　坂田　翼\n",
     "ffffffffffffpppppFFF", "会長"),
    # a chair's first line that is a sentence with names in it is speech, not the list's
    ("子ども議会会議録\n出席議員：１番　日高　陽菜　２番　堀　蒼真\n"
     "議長：ただいまから、１番　日高陽菜さん、２番　堀蒼真さんの出席で開会します。\n２番：公園がほしいです。\n",
     "ffpp", "議長"),
    # the title over its holder's name, then the speech: a turn (○教育政策係長 / 大園健朗君 / それでは…)
    ("教育委員会会議録\n令和７年５月１日\n○教育政策係長\n大園健朗君\nそれでは、ただいまから定例会を開会します。\n"
     "○教育長　議事に入ります。\n", "ffpppp", "教育政策係長（大園健朗君）"),
])
def test_records_written_apart(text: str, fates: str, first: str) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())
    assert parsed.points[0].speaker.label == first


def test_a_first_turn_broken_before_any_kana_is_a_turn() -> None:
    # the chair's opening words broken at the page's width before their first kana: the first line
    # alone would be an entry (names of the sitting, no kana), the line below goes on the sentence.
    # Before this was checked: the opening turn front matter, the chair's words lost
    parsed = _parse("みなと町議会定例会会議録\n令和７年１２月２日（火）\n\n議長（山田太郎君）　令和７年第４回みなと町議会定例会本会議\n"
                    "を開会します。\n\n３番（川村花子君）　防災無線の更新について伺います。\n")
    assert _fates(parsed) == "ffbppbp"
    assert parsed.points[0].speaker.label == "議長（山田太郎君）"


def test_a_label_and_names_between_turns_is_still_a_turn() -> None:
    # the content rule is the front's and the closing block's: between turns the chair calling on a
    # member by seat and name is the chair's turn, as before
    parsed = _parse("文教委員会記録\n○委員長　開会します。質疑を行います。\n○委員長　３番　大賀 りつ子\n"
                    "○大賀委員　図書館の開館時間の延長について伺います。\n")
    assert _fates(parsed) == "fppp"
