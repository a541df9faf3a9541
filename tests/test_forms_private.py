"""Records of private bodies a survey of public minutes found read wrong (issue 10): the 理事会
of a 公益財団法人 or a 社会福祉法人, a 株式会社's 取締役会, a university's 教授会. Their clerk narrates
who acted and names each officer by the title BEFORE the person (取締役井川直子から、,
監査役上村正人から、, 事務局長坂井良太が、), under headings of the items of business (第１号議案
…, 議案第２号 …の件, 報告事項), and closes with the signature block of the corporate law
(「上記の…を明確にするため、議長及び出席した監事は次に記名押印する。」, the signers below).

Each fixture is written here (fictional bodies, names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

from conftest import FIXTURES
from test_forms8 import _parse, _speakers, check_fixture

from assembler.minutes.roles import load_roles

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 公益財団法人's 理事会 議事録 as pdftotext gives it (a break every 34 characters, a blank
    # line inside a sentence, a page number, a form feed and the running head): the officers
    # (a record that narrates who acted: a report of words has them as its text, acted.py)
    # named title first (理事長小田切信也は, 常務理事三宅朋子が, 事務局長根津達彦が), the members
    # title after (石黒理事から), 第１号議案 / 第２号議案 / 報告事項 heading the items, the
    # signature sentence and the signers with ㊞ after the close
    "board-corporation-pdftotext.txt": [
        # …成立した旨を述べ、開会を宣した: the words said (旨を述べ: the point is what is said), then the opening
        ("理事長小田切信也", "小田切信也", "理事長", "member", "定款第３２条の規定により議長となり", 14, 16),
        ("理事長小田切信也", "小田切信也", "理事長", "member", "開会を宣した。", 16, 16),
        ("常務理事三宅朋子", "三宅朋子", "常務理事", "member", "議長の指名により、常務理事三宅朋子が", 19, 20),
        ("石黒理事", "石黒", "理事", "member", "地域の文化団体への助成を増やす方針について", 21, 22),
        ("常務理事", "", "常務理事", "member", "助成の審査基準は", 23, 25),
        ("議長", "", "議長", "chair", "議長がその賛否を諮ったところ", 26, 27),
        ("事務局長根津達彦", "根津達彦", "事務局長", "secretariat", "事務局長根津達彦が資料２に基づき", 33, 34),
        ("矢島監事", "矢島", "監事", "member", "運用の安全性を確保するため", 35, 36),
        ("瀬川理事", "瀬川", "理事", "member", "瀬川理事から、運用益の見込みについて質問があり、", 37, 37),
        ("事務局長根津達彦", "根津達彦", "事務局長", "secretariat", "年０．５％程度", 37, 38),
        ("議長", "", "議長", "chair", "議長がその賛否を諮ったところ", 39, 40),
        ("常務理事三宅朋子", "三宅朋子", "常務理事", "member", "理事長小田切信也及び常務理事三宅朋子から", 43, 44),
        ("議長", "", "議長", "chair", "以上をもって全ての議事を終了したので", 46, 47),
    ],
}

LINE_FATES = {
    # the signature's sentence broken at the page's width (…議長及び出席し / た監事は次に記名押印する。)
    # and the date under it are the signature block (F), as the sentence on one line is (they were
    # narrative and agenda: nnbab; mended with tests/test_forms_narrative.py)
    "board-corporation-pdftotext.txt": "ffbffffffffbfpppbapppppbpppbFFbappppppppbappbppFFbFbFFFbF",
}


def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place():
    for name, rows in EXPECTED.items():
        check_fixture(MINUTES / name, rows, LINE_FATES[name])


# written apart from the fixture, before the rules were run on it: a 株式会社's 臨時取締役会 saved
# from Word as text — officers with ranks before the title (社外取締役, 専務取締役管理本部長,
# 常務取締役財務部長), 議案第１号 …の件 headings, 決議事項 / 報告事項, a numbered report item, the
# signature sentence worded 「以上の決議を明確にするため、本議事録を作成し、…記名押印する。」. At
# first sight 2 of its 7 reports had their speaker (鳥居, 村瀬), the item headings went on the
# turn above, the date and the company's name after the signature sentence were a member's
# opinion.
BOARD = """株式会社ひかり物流　臨時取締役会議事録

日　時：２０２４年８月６日（火）　１５時００分～１６時１０分
場　所：本社８階　役員会議室（ウェブ会議システム併用）
議　長：代表取締役社長　片桐　洋平

決議事項
議案第１号　倉庫用地取得の件
　議長より、物流需要の増加に対応するため、千葉県内に倉庫用地を取得したい旨の説明があった。
　社外取締役鳥居亜紀から、取得価格の妥当性について、第三者の評価を取るべきであるとの意見があった。
　専務取締役管理本部長松田浩二から、不動産鑑定士の評価を取得済みである旨の回答があった。
　審議の結果、出席取締役全員一致で原案どおり承認可決された。

議案第２号　資金の借入れの件
　常務取締役財務部長小西真理子より、用地取得の資金として借入れを行いたい旨の説明があった。
　監査役村瀬隆から、金利の上昇に備えた返済計画を示してほしいとの要望があった。
　審議の結果、出席取締役全員一致で原案どおり承認可決された。

報告事項
１．月次業績の報告
　常務取締役財務部長小西真理子より、７月の業績について報告があった。

　以上の決議を明確にするため、本議事録を作成し、出席取締役及び出席監査役全員がこれに記名押印する。

２０２４年８月６日
株式会社ひかり物流　取締役会
　議長　代表取締役社長　片桐　洋平　印
　　　　取締役　　　　　松田　浩二　印
"""


def test_a_board_of_directors_names_its_officers_title_first_under_items_of_business():
    parsed = _parse(BOARD)
    assert [(p.speaker.name, p.speaker.title, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("", "議長", "chair", 9),
        ("鳥居亜紀", "社外取締役", "member", 10),
        # an officer who is also a department's head answers for the company: its secretariat
        ("松田浩二", "専務取締役管理本部長", "secretariat", 11),
        ("小西真理子", "常務取締役財務部長", "secretariat", 15),
        ("村瀬隆", "監査役", "member", 16),
        ("小西真理子", "常務取締役財務部長", "secretariat", 21),
    ]
    fate = dict(enumerate(parsed.lines, 1))
    # the items of business head what follows them: agenda, before the first report and after
    assert [fate[n] for n in (14, 19, 20)] == ["agenda"] * 3
    # the signature sentence opens the signature block: its date, the body it names (株式会社ひかり
    # 物流　取締役会) and the signers are the block's, nobody's opinion
    assert [fate[n] for n in (23, 25, 26, 27, 28)] == ["furniture"] * 5


def test_a_title_before_the_person_names_the_person_only_in_a_report():
    t = load_roles()
    assert [(s.name, s.title, s.role) for s in map(t.title_then_person, ["監事野村広志", "評議員長谷部京子",
                                                                           "学部長森田一郎"])] == [
        ("野村広志", "監事", "member"), ("長谷部京子", "評議員", "member"), ("森田一郎", "学部長", "member")]
    # a label that ends in a title, or a title and an act or an item, names no person so
    assert [t.title_then_person(w) for w in ("委員長代理", "会長挨拶", "理事長報告", "山田理事")] == [None] * 4
    # in a header the title-first reading is not made: ○会長挨拶 is no person named 挨拶
    got = _speakers("理事会 議事録\n\n○会長　ただいまから理事会を開会します。\n"
                    "○監事野村広志　監査の結果を報告します。\n")
    assert [r[:2] for r in got][0] == ("会長", "")


def test_officers_of_private_bodies_have_a_role_of_the_table():
    t = load_roles()
    assert [t.split(w).role for w in ("野村監事", "長谷部評議員", "井川取締役", "上村監査役", "森田学部長",
                                       "松田専務取締役")] == ["member"] * 6
    # 学部長 is one title, not a person 森田学 heading a 部 (部長)
    assert (t.split("森田学部長").name, t.split("森田学部長").title) == ("森田", "学部長")


def test_an_item_of_business_between_verbatim_turns_is_agenda_and_the_chair_naming_it_speaks():
    parsed = _parse("理事会 会議録\n\n"
                    "○議長　ただいまから理事会を開会します。\n"
                    "第１号議案　令和６年度事業報告について\n"
                    "○事務局長　資料１に基づき説明いたします。利用者は前年度より増えております。\n"
                    "○議長　日程第２、第２号議案を議題といたします。\n"
                    "○佐藤理事　人員の確保が課題だと思います。\n")
    assert parsed.lines[3] == "agenda"
    assert [p.speaker.label for p in parsed.points] == ["議長", "事務局長", "議長", "佐藤理事"]
    assert parsed.points[2].text == "日程第２、第２号議案を議題といたします。"


def test_the_clerk_s_closing_names_its_actor_after_a_leading_clause():
    # the closing sentence of a board's record after reports of から/より: 「以上をもって本日の議事を
    # 終了したので、議長は…閉会を宣した。」 — before, it went on the officer reported last as
    # their words
    parsed = _parse(BOARD.replace("\n\n　以上の決議を", "\n\n　以上をもって本日の議事を終了したので、議長は１６時１０分に閉会を宣した。"
                                  "\n　以上の決議を"))
    last = parsed.points[-1]
    assert (last.speaker.label, last.kind, last.source.line_start) == ("議長", "procedural", 23)
    assert last.speaker_why.startswith("narrated act: 議長は…宣した (line 23)")
    # a sentence of the narrator with no actor after the reports stays the narrator's
    assert parsed.lines[11] == "narrative"  # line 12: 審議の結果、…承認可決された。
