"""Opinions published with no speaker's name, under a heading that says whose they are
(minutes/groups.py), and the anonymous labels (委員：, 委員Ａ, （問）/（答）).

Each fixture is written here (fictional names and sentences) in the shape real files arrive
in, with its expected parse (rows: speaker label, role, start of the text, first line, last
line), the heading each point was published under (``speaker_why``) and the fate of every
line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assembler import minutes, report
from assembler.errors import InputError
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"
HEADING = "group heading: 委員からの主な意見は以下のとおり。 (line 14)"

EXPECTED = {
    # a ministry's 議事概要 in pdftotext shape (a break every ~25 characters, a blank line
    # inside the introducing sentence, page numbers, a form feed): the sentence that ends the
    # secretariat's paragraph names the group (委員からの主な意見は以下のとおり。), topics in
    # 【】 keep it, ○ bullets too, ５．今後の予定 ends it (what stands under it is back matter)
    "anon-heading-pdftotext.txt": (
        # the secretariat's act before the heading, …説明を行い、その後、意見交換を行った。: its
        # procedural point, as …説明があった。 is (prose._JOINT: 〜を行い、 as 〜があり、)
        [("事務局", "secretariat", "事務局から資料１及び資料２について説明を行い、その後、意見交換を行った。", 11, 12),
         ("委員", "member", "点検結果の公表は、住民の理解を得るうえで欠かせない。", 17, 18),
         ("委員", "member", "小規模自治体では技術職員が足りず、広域での連携が必要。", 19, 20),
         ("委員", "member", "老朽化した橋の集約・撤去は、地域の合意形成を丁寧に進めるべきである。", 21, 23),
         ("委員", "member", "利用者負担の議論を避けるべきではない。", 26, 26),
         ("委員", "member", "受益者の範囲をどう捉えるかで、負担の在り方は大きく変わる。", 27, 28),
         ("委員", "member", "次回は、具体的な事例を示してほしい。", 30, 30)],
        ["", *[HEADING] * 6],
        "ffbfffffbappbnbapppppbpFapppapbaffFF"),
    # a prefecture's 議事概要: the group as a numbered heading of its own (（２）委員からの主な
    # 意見), topics numbered ①②, a bullet broken by a blank line, the secretariat's answers
    # under （３）事務局からの回答, then ４　今後の予定 whose bullets are no one's opinion
    "anon-numbered-sections.txt": (
        [("事務局", "secretariat", "事務局から資料１に基づき説明があった。", 7, 7),
         ("委員", "member", "減便が続くと、", 10, 10),
         ("委員", "member", "運転士の確保には、待遇の改善が欠かせない。運転士の養成に", 11, 12),
         ("委員", "member", "予約の方法が", 14, 14),
         ("委員", "member", "電話での予約を残すべきである。", 16, 16),
         ("事務局", "secretariat", "運転士の養成については", 18, 18),
         ("事務局", "secretariat", "予約方法の周知は", 19, 19)],
        ["", *["group heading: （２）委員からの主な意見 (line 8)"] * 4,
         *["group heading: （３）事務局からの回答 (line 17)"] * 2],
        "fbfffappapppapbppppaffF"),
    # a town 懇話会's 会議要旨 saved as Shift_JIS (CP932): 構成員の主な意見 on its own line,
    # topics numbered （１）（２） under it, ○ bullets with a hanging indent, the secretariat's
    # answer under 事務局からの回答, ３．閉会 after it
    # (narrated20: …事務局から資料２により説明した後、意見交換を行った。 is the secretariat's act, as …説明を
    # 行った後、 is — it was narrative)
    "anon-attendees-cp932.txt": (
        [("事務局", "secretariat", "みどり町観光振興計画（素案）について、事務局から資料２により説明した後、", 9, 10),
         ("構成員", "member", "駐車場が足りない日があり、シャトルバスの運行を考えてほしい。", 14, 15),
         ("構成員", "member", "外国人観光客向けの案内表示を増やすべき。", 16, 16),
         ("構成員", "member", "民泊の担い手を増やすには", 18, 19),
         ("事務局", "secretariat", "シャトルバスは", 22, 22)],
        ["", *["group heading: 構成員の主な意見 (line 12)"] * 3, "group heading: 事務局からの回答 (line 21)"],
        "fbfffbaappbpapppappbppba"),
    # a city 子ども・子育て会議's 議事要旨 typed in Word: 主な意見（委員） above a bulleted list;
    # （２）その他 goes on the agenda numbered above the heading (（１）…), so it ends the group
    "anon-heading.docx": (
        [("事務局", "secretariat", "事務局から資料１により説明を行った。", 6, 6),
         ("委員", "member", "待機児童の多い地区では", 8, 8),
         ("委員", "member", "支援員の処遇を改善しなければ", 9, 9),
         ("委員", "member", "利用料の減免の対象を", 10, 10)],
        ["", *["group heading: 主な意見（委員） (line 7)"] * 3],
        "ffffapppppaf"),
}

#: a city 会議録 in pdftotext shape that prints a whole exchange in one paragraph: each
#: bracketed label after a finished sentence starts the next speaker's point, also when the
#: extractor broke the label over two lines (（事 / 務局）); a stage direction after the last
#: sentence is recorded; several points share a line (each with its exact span); the note
#: framed by dashes (－資料１に基づき、事務局より説明－: no bullet, surveylocal) is the record's narrative
INLINE = (
    [("事務局", "secretariat", "調査票の案について、全体的な感想を伺いたい。", 10, 10),
     ("委員", "member", "設問の数は多いとは思わなかった。性別を最初に問う設問は、最後に回すべきではないか。", 10, 11),
     ("事務局", "secretariat", "設問の順番は見直す。", 12, 12),
     ("委員", "member", "回答しなくてよい設問があることを、冒頭で丁寧に説明してほしい。", 13, 13),
     ("委員", "member", "若い世代の回答を増やすため、インターネットでの回答を用意すべきである。", 15, 16),
     ("事務局", "secretariat", "回答フォームを用意する予定である。", 16, 16),
     ("事務局", "secretariat", "次回は３月に開催する。", 19, 19)],
    "fbfffbfanppppbppFapF")


def test_labels_inside_a_paragraph_start_the_next_speakers_point() -> None:
    parsed = minutes.parse_file(MINUTES / "anon-inline-labels-pdftotext.txt")
    rows, fates = INLINE
    _check(parsed, rows)
    assert [p.text for p in parsed.points][:3] == [r[2] for r in rows[:3]]  # whole, no label left
    assert _fates(parsed) == fates
    assert [(d.line, d.text) for d in parsed.directions] == [(16, "（拍手）")]
    assert [p.kind for p in parsed.points][:2] == ["procedural", "opinion"]


def test_a_label_inside_a_sentence_starts_no_point(tmp_path: Path) -> None:
    # (a label that ends the paragraph, ・…が必要である。（野々村構成員）, is the speaker written
    # after the point: minutes/trailing reads it, tests/test_forms_trailing.py)
    parsed = _parse(tmp_path, FRONT + "（事務局）資料について説明する。\n"
                    "（委員）進め方は会長（座長）に一任したい。（事務局）承知した。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("事務局", "資料について説明する。"),
        # a label inside a sentence is no turn: only one after a finished sentence is
        ("委員", "進め方は会長（座長）に一任したい。"), ("事務局", "承知した。")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_group_heading_gives_the_bullets_to_the_group(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    rows, why, fates = EXPECTED[name]
    _check(parsed, rows)
    assert [p.speaker_why for p in parsed.points] == why
    assert _fates(parsed) == fates
    assert not parsed.unread
    for p in parsed.points:  # the group's word, no name: not a person
        assert p.speaker.unnamed == (p.speaker.role == "member")
        assert p.speaker.name == ""


def test_group_points_carry_the_heading_in_the_parse_contract() -> None:
    parsed = minutes.parse_file(MINUTES / "anon-heading-pdftotext.txt")
    d = minutes.to_dict((parsed,))
    assert "speaker_why" not in d["points"][0]  # the secretariat's act above the heading
    assert {p["speaker_why"] for p in d["points"][1:]} == {HEADING}
    assert all(p["name"] == "" and p["title"] == "委員" for p in d["points"][1:])
    # a named speaker has no speaker_why: the key is there only when a heading named the group
    named = minutes.parse_file(MINUTES / "summary-anonymised.txt")
    assert all("speaker_why" not in p for p in minutes.to_dict((named,))["points"])


def test_parse_and_review_say_an_unnamed_speaker_is_not_one_person() -> None:
    parsed = minutes.parse_file(MINUTES / "anon-heading-pdftotext.txt")
    note = ("no name in the minutes: 委員 (6 points; under the heading 委員からの主な意見は以下のとおり。 "
            "(line 14)): not one person; cited as 委員")
    assert note in report.parsed([parsed]).splitlines()[5]
    assert note in minutes.unread_report((parsed,))


def _parse(tmp_path: Path, text: str, name: str = "m.txt") -> minutes.Minutes:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return minutes.parse_file(path)


FRONT = "みなと再生検討会（第２回）議事要旨\n\n日時：令和６年７月３日（水）１４：００～１６：００\n\n"


def test_a_heading_naming_one_person_gives_the_bullets_to_that_person(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, FRONT + "【飯島委員からの主な意見】\n・岸壁の老朽化対策を急ぐべきである。\n"
                    "【構成員からの主な意見】\n・財源の確保も必要である。\n")
    assert [(p.speaker.label, p.speaker.name, p.speaker.unnamed) for p in parsed.points] == [
        ("飯島委員", "飯島", False), ("構成員", "", True)]


def test_main_opinions_with_no_group_named_are_the_attendees(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, FRONT + "　事務局から資料について説明があった後、意見交換を行った。主な意見は以下の\n"
                    "とおり。\n・岸壁の老朽化対策を急ぐべきである。\n・観光船の受入れと物流の両立が課題である。\n")
    # …説明があった後、: the secretariat's act, a procedural point (prose._JOINT), then the group's
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [
        ("事務局", "secretariat"), *[("出席者", "member")] * 2]
    assert parsed.points[1].speaker_why == "group heading: 主な意見は以下のとおり。 (line 6)"


def test_without_a_speaker_or_a_group_heading_the_file_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no speaker found"):
        _parse(tmp_path, FRONT + "意見交換を行った。\n・岸壁の老朽化対策を急ぐべきである。\n"
                         "・観光船の受入れと物流の両立が課題である。\n")


def test_a_speakers_header_ends_the_group(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, FRONT + "委員からの主な意見\n・岸壁の老朽化対策を急ぐべきである。\n"
                    "（山田座長）\n・次回までに論点を整理したい。\n")
    assert [p.speaker.label for p in parsed.points] == ["委員", "山田座長"]
    assert parsed.points[1].speaker_why == ""


def test_anonymous_labels_letters_are_people_and_questions_a_group(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, FRONT + "委員Ａ：岸壁の老朽化対策を急ぐべきである。\n委員Ｂ：物流との両立が課題である。\n"
                    "委員Ａ：財源の確保も必要である。\n委員：観光船の受入れを急ぐべき。\n"
                    "【質疑応答】\n（問）予算はどの程度見込んでいるのか。\n（答）今年度は約３億円を計上している。\n")
    got = [(p.speaker.label, p.speaker.role, p.speaker.unnamed) for p in parsed.points]
    assert got == [("委員Ａ", "member", False), ("委員Ｂ", "member", False), ("委員Ａ", "member", False),
                   ("委員", "member", True), ("問", "member", True), ("答", "secretariat", False)]
    notes = minutes.unnamed_note(parsed.points)
    assert [n.split(" (")[0] for n in notes] == ["no name in the minutes: 委員", "no name in the minutes: 問"]


def test_a_name_written_after_the_point_wins_over_the_group(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, FRONT + "３．議事概要\n　事務局から資料１について説明を行い、意見交換を行った。委員からの主な意見は"
                    "以下のとおり。\n・岸壁の老朽化対策を急ぐべきである。（野々村構成員）\n"
                    "・観光船の受入れと物流の両立が課題である。\n・財源の確保も必要である。（山田委員）\n以上\n")
    assert [(p.speaker.label, p.speaker.unnamed, p.speaker_why.split(":")[0]) for p in parsed.points] == [
        ("事務局", False, ""),  # 事務局から…説明を行い、: the secretariat's act, a procedural point
        ("野々村構成員", False, "named after the point"), ("委員", True, "group heading"),
        ("山田委員", False, "named after the point")]


def test_a_towns_kind_of_summary_is_no_part_of_the_councils_name() -> None:
    # みどり町観光振興懇話会（第２回）会議要旨: 会議要旨 (and 会議概要) name the kind of record
    meeting = minutes.parse_file(MINUTES / "anon-attendees-cp932.txt").meeting
    assert (meeting.council, meeting.session, meeting.kind) == ("みどり町観光振興懇話会", 2, "会議要旨")
    prose = minutes.parse_file(MINUTES / "summary-prose-web.txt").meeting
    assert (prose.council, prose.kind) == ("令和６年度あおい町地域公共交通会議", "会議要旨")


#: anonymous and third-person 議事要旨 (a national 小委員会 saved from Word as CP932 text; a
#: 検討会 in pdftotext shape): each report is a point of the speaker it names — 委員 (anonymous),
#: 事務局, 座長, オブザーバー —, a question and its answer in one sentence two points; labels
#: that keep a letter or number (Ａ構成員, 構成員１) and 【構成員】; a heading that names no group
#: (（主な意見）) under a list of 構成員 chaired by a 座長 gives the bullets to 構成員
REPORTS = {
    "subcommittee-anon-reports-cp932.txt": (
        [("事務局", "secretariat", "事務局から、資料２に基づき説明があった。", 19, 19),
         ("委員", "member", "傾斜地への設置が", 21, 21),
         ("事務局", "secretariat", "関係省庁と連携し", 22, 22),
         # …について質問があり、事務局から、…と説明があった。: two reports (と before the noun)
         ("委員", "member", "住民説明会の開催", 23, 23),
         ("事務局", "secretariat", "規模に応じて求める手続を分ける方向で検討している", 23, 23),
         ("委員", "member", "設備の廃棄費用の", 24, 24),
         ("委員", "member", "営農型の太陽光発", 25, 25),
         ("オブザーバー", "other", "地域の金融機関が", 26, 26),
         ("委員", "member", "自治体ごとに条例", 27, 27),
         ("事務局", "secretariat", "条例の事例集を作", 27, 27),
         ("委員", "member", "地域への利益の還", 30, 30),
         ("委員", "member", "発電事業の終了後", 31, 31),
         ("委員", "member", "景観への配慮は、", 32, 32),
         ("委員", "member", "系統への接続を待", 34, 34),
         ("事務局", "secretariat", "接続の順番の考え", 35, 35),
         ("オブザーバー", "other", "森林の所有者が分", 36, 36),
         ("座長", "chair", "本日の議論を踏まえ、次回までに事務局において論点の整理案を作成してほしい",
          37, 37),
         ("事務局", "secretariat", "次回の日程は追って連絡する", 40, 40)],
        ["procedural", *["opinion"] * 16, "procedural"],
        "fffbffbffffbfaabnapbpppppppbppppbppppbapbFbFFF"),
    "review-anon-labels-pdftotext.txt": (
        # …説明を行い、意見交換を行った。構成員からの主な意見は以下のとおり。: the act a point,
        # the sentence that names the group narrative
        [("事務局", "secretariat", "事務局より資料１について説明を行い、意見交換を行った。", 15, 15),
         ("構成員", "member", "日本語の学習を支える仕組みが", 17, 18),
         ("構成員", "member", "受入れ施設の負担を減らすため", 19, 20),
         ("Ａ構成員", "member", "介護福祉士の国家試験に合格した後も", 21, 22),
         ("Ｂ構成員", "member", "地方の小規模な施設でも", 23, 25),
         ("事務局", "secretariat", "監理団体への指導の強化は", 31, 31),
         ("事務局", "secretariat", "事務局より資料２について説明を行った。", 34, 34),
         ("構成員", "member", "処遇改善の加算の", 36, 37),
         ("構成員", "member", "賃金の引上げだけ", 38, 39),
         ("構成員", "member", "加算の取得率が低", 40, 40),
         ("事務局", "secretariat", "今年度中に実態調", 41, 41),
         ("構成員１", "member", "介護ロボットの導入の補助は", 42, 43),
         ("構成員２", "member", "ＩＣＴの活用による", 44, 45),
         # ○　座長から、…示すよう事務局に求めた。: a report (…よう…に求めた), not an introducer
         ("座長", "chair", "本日の意見を踏まえ、次回は取りまとめの骨子案を示すよう", 46, 47)],
        ["procedural", *["opinion"] * 5, "procedural", *["opinion"] * 7],
        "fbfffffffaabaapnpppppppbpbFbFbpbappppppppppppppbFbbFb"),
}


#: two records written apart from the rules above (first sight: the 景観部会 10/10, the 畜産部会 7/12)
REPORTS.update({
    # a national 部会 in pdftotext shape (wraps at 34, a blank line inside a report, a form feed
    # and a running head, - 1 -): ある委員/複数の委員 (the determiner no part of the label), ○事務局が、
    # …と説明した。 (a subject with が), …との質問があったのに対し、事務局から、…と回答した。 (two
    # reports), …との指摘がなされた, 【主な意見】 under a list of 委員 chaired by a 部会長
    "livestock-anon-pdftotext.txt": (
        [("事務局", "secretariat", "事務局より資料２について説明。", 16, 16),
         ("委員", "member", "配合飼料の価格安定制度の積立金が不足しており、制度の見直しが急務である", 19, 20),
         ("事務局", "secretariat", "積立金の不足分は今年度の補正予算で手当てした", 21, 21),
         ("委員", "member", "国産の飼料用米の作付けを増やすには、保管施設への支援が欠かせない", 22, 23),
         ("委員Ｃ", "member", "子牛の価格が下がっている地域への支援はどうなっているのか", 24, 25),
         ("事務局", "secretariat", "地域ごとの実情を調べたうえで対策を検討する", 25, 27),
         ("委員長代理", "member", "消費者に価格転嫁への理解を求める広報が必要", 28, 29),
         ("委員", "member", "飼料の輸入先を多様にするための取組を、国として後押しすべき。", 36, 36),
         ("委員", "member", "耕畜連携の取組は", 37, 38),
         ("委員Ｄ", "member", "堆肥の広域流通を進めるため", 40, 40),
         ("事務局", "secretariat", "堆肥の流通については", 41, 41),
         ("部会長", "chair", "次回は取りまとめ案を審議する予定である", 44, 45)],
        # the secretariat's act a procedural point; 「その後、意見交換。」 the narrator's (forms._NARRATIVE_VOICE:
        # 意見交換, 質疑応答, 自由討議 as a sentence's end), no part of it (it was, and made it an opinion)
        ["procedural", *["opinion"] * 11],
        "ffbfffffbfaabnapnbpppppppbpppbFFbbppppbppbappbFbbF"),
    # a city 都市計画審議会 景観部会's 会議要旨 typed in Word: numbered members (委員1, 委員2),
    # 部会長代理, …との意見が出された, …との指摘がなされた, …と回答した, …と説明した, 要望があった
    # (read as a record that narrates who acted: acted.py)
    "landscape-anon-numbered.docx": (
        [("都市計画課長", "secretariat", "都市計画課長が、資料１に基づき改定案の概要を説明した。", 9, 9),
         ("委員1", "member", "屋外広告物の色彩の基準が厳しすぎると、商店街の活気が失われるのではないか", 10, 10),
         ("都市計画課長", "secretariat", "地区ごとに基準を選べる仕組みを設ける予定である", 11, 11),
         ("委員2", "member", "歴史的な建物の保存について、所有者への支援策が示されていない", 12, 12),
         ("事務局", "secretariat", "国の補助制度の活用を含めて来年度に検討する", 13, 13),
         ("部会長代理", "member", "夜間の照明についても基準を設けてほしい", 14, 14),
         ("委員3", "member", "住民への周知の方法はどう考えているのか", 15, 15),
         ("事務局", "secretariat", "パブリックコメントの前に地区ごとの説明会を開く", 15, 15),
         ("委員4", "member", "次回は現地を見学したい", 17, 17),
         ("部会長", "chair", "部会長が、本日の意見を踏まえて事務局で改定案を修正するよう求め、了承された。", 18, 18)],
        ["procedural", *["opinion"] * 8, "procedural"],
        "fffffaaapppppppappaF"),
    # a national 部会's 議事要旨 saved from Word as CP932 text (CRLF), written apart (first sight 8/11):
    # 議事概要 alone above the first report (a section's word, no part of the label: was 「議事概要事務局」),
    # …説明を行った後、意見交換を行った。 (the act a point: was narrative), 【委員】/【事務局】 alone above
    # the speech, 委員Ｂ　…, （委員）…, ○委員　…, 委員からは、… under a label's turn (was narrative),
    # ・委員から、…旨の意見。 (a note's noun ending: was the secretariat's), （座長）…, （以上）
    "transport-anon-labels-cp932.txt": (
        [("事務局", "secretariat", "事務局から資料に基づき説明を行った後、意見交換を行った。", 11, 11),
         ("委員", "member", "路線バスの廃止が続く地域では", 14, 14),
         ("事務局", "secretariat", "自治体への支援は", 17, 17),
         ("委員Ｂ", "member", "運転士不足への対策として", 19, 19),
         ("委員", "member", "鉄道の上下分離は", 20, 20),
         ("委員", "member", "タクシーの相乗りを", 21, 21),
         ("委員", "member", "デマンド交通の運行経費の実態を調べるべき", 22, 22),
         ("委員", "member", "乗継ぎの割引を広げるべき", 23, 23),
         ("事務局", "secretariat", "事業者と協議する", 23, 23),
         ("委員", "member", "高齢者の免許返納後の移動手段を確保すべき", 24, 24),
         ("座長", "chair", "本日の意見を踏まえ、次回に中間取りまとめ案を示していただきたい。", 25, 25)],
        ["procedural", *["opinion"] * 10],
        "fbfffbfabapbppbppbpppppppbF"),
})


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_each_report_is_a_point_of_the_speaker_it_names(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    rows, kinds, fates = REPORTS[name]
    _check(parsed, rows)
    assert [p.kind for p in parsed.points] == kinds
    assert _fates(parsed) == fates
    assert not parsed.unread


def test_a_heading_naming_no_group_under_a_chaired_list_is_that_kind() -> None:
    parsed = minutes.parse_file(MINUTES / "review-anon-labels-pdftotext.txt")
    assert parsed.points[7].speaker_why == (
        "group heading: （主な意見） (line 35); every attendee but the officials is 構成員")


@pytest.mark.parametrize(("sentence", "reported"), [
    ("○　委員から、対象を広げるべきではないかと発言があった。", True),      # と after a predicate's kana
    ("○　事務局から、年度内に示すと説明があった。", True),
    ("○　座長から、論点を整理するよう事務局に求めた。", True),            # …よう…に求めた
    ("○　委員から、次回までに資料を示してほしいと述べた。", True),
    ("○　事務局から資料１について説明があった。", False),                # an act, no words: an introducer
    ("○　事務局から、以下のとおり説明があった。", False),
])
def test_a_circle_sentence_reports_words_before_the_noun_or_verb(sentence: str, reported: bool) -> None:
    from assembler.minutes.parser import FrontLabels, LineParser, Patterns
    from assembler.minutes.roles import load_roles
    from assembler.model import SourceText
    p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
    found = p.introduced(sentence)
    assert found is not None and found[1] is reported


def test_a_report_of_words_is_the_words_and_the_sentence_its_narration() -> None:
    """The reported content is the point: the words whole, the frame (委員から、…との意見があった。)
    its narration — on a ○ line, in a question and answer of one sentence, on a group's bullet;
    an act without words (…資料２に基づき説明があった。) stays as written, with none."""
    points = minutes.parse_file(MINUTES / "subcommittee-anon-reports-cp932.txt").points
    got = {(p.source.line_start, p.speaker.label): (p.text, p.narration) for p in points}
    assert got[(19, "事務局")] == ("事務局から、資料２に基づき説明があった。", "")
    assert got[(21, "委員")] == (
        "傾斜地への設置が土砂災害の危険を高めている例があり、立地の規制を強めるべきではないか",
        "委員から、傾斜地への設置が土砂災害の危険を高めている例があり、立地の規制を強めるべきではないかとの意見があった。")
    assert got[(23, "委員")] == (
        "住民説明会の開催を義務とした場合に、小規模な事業者に過大な負担とならないか",  # the question's か kept
        "委員から、住民説明会の開催を義務とした場合に、小規模な事業者に過大な負担とならないかについて質問があり、")
    assert got[(23, "事務局")][0] == "規模に応じて求める手続を分ける方向で検討している"
    assert got[(30, "委員")] == (  # a group's bullet: …との指摘があった。 under （委員からの主な意見）
        "地域への利益の還元の在り方について、一律の基準を設けることは難しく、地域の実情に応じた選択肢を示すことが望ましい",
        "地域への利益の還元の在り方について、一律の基準を設けることは難しく、地域の実情に応じた選択肢を示すことが望ましい"
        "との指摘があった。")
    assert got[(40, "事務局")] == ("次回の日程は追って連絡する", "事務局から、次回の日程は追って連絡する旨の説明があった。")
    for p in points:  # the words are a span of the sentence as written
        assert not p.narration or p.text in p.narration and len(p.text) < len(p.narration), p


def test_the_words_are_whole_whatever_marker_stands_inside_them(tmp_path: Path) -> None:
    # written apart: a marker inside the words (…という声もあるが、), 意見が出された, 指摘がなされた,
    # 要望があった, …と回答した, a topic before the speaker, 委員長代理, numbered 委員1
    parsed = _parse(tmp_path, FRONT + "３．議事概要\n"
                    "○　委員1から、予約が取れないという声もあるが、窓口を増やすべきとの意見が出された。\n"
                    "○　事務局から、年度内に窓口を一つ増やすと回答した。\n"
                    "○　財源について、委員長代理から、国の補助を活用すべきとの指摘がなされた。\n"
                    "○　委員2から、説明会を夜にも開いてほしいとの要望があった。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("委員1", "予約が取れないという声もあるが、窓口を増やすべき"), ("事務局", "年度内に窓口を一つ増やす"),
        ("委員長代理", "国の補助を活用すべき"), ("委員2", "説明会を夜にも開いてほしい")]
    assert parsed.points[2].narration == "財源について、委員長代理から、国の補助を活用すべきとの指摘がなされた。"


def test_a_blank_line_inside_a_circle_sentence_does_not_end_it(tmp_path: Path) -> None:
    # pdftotext leaves a blank line inside a paragraph: the ○ sentence goes on past it
    parsed = _parse(tmp_path, FRONT + "３．議事概要\n○　委員から、設備の廃棄費用の積立てが確実に行われているか、国が定期的に確認\n\n"
                    "する仕組みが必要との指摘があった。\n○　事務局から、検討するとの回答があった。\n")
    assert [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("委員", "設備の廃棄費用の積立てが確実に行われているか、国が定期的に確認する仕組みが必要", 6, 8),
        ("事務局", "検討する", 9, 9)]


def test_determiners_subjects_with_ga_and_joints_after_the_past(tmp_path: Path) -> None:
    # written after the rules below were built on two records (livestock-anon-pdftotext.txt and a
    # 地域医療構想調整会議 in the commit): 何人かの委員 (the determiner no part of the label), …が
    # あったところ、 and …があったのに対して、 as joints, a subject with が (事務局が、…と答えた。),
    # …ように…に依頼した
    parsed = _parse(tmp_path, FRONT + "３．議事概要\n"
                    "○何人かの委員から、手続を簡素にすべきとの指摘があったところ、事務局から、様式を見直すと説明した。\n"
                    "○委員Ａより、財源はどう確保するのかとの質問があったのに対して、事務局が、基金を充てると答えた。\n"
                    "○座長が、次回までに資料をそろえるように事務局に依頼した。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("委員", "手続を簡素にすべき"), ("事務局", "様式を見直す"), ("委員Ａ", "財源はどう確保するのか"),
        ("事務局", "基金を充てる"), ("座長", "次回までに資料をそろえるように")]


def test_a_regional_council_written_after_the_rules(tmp_path: Path) -> None:
    # a 地域医療構想調整会議 written after the rules for livestock-anon-pdftotext.txt: 3/6 at first
    # sight (…があったところ、 as a joint and …よう事務局に求めた after が were missed), 6/6 after
    text = (MINUTES / "livestock-anon-pdftotext.txt").read_text(encoding="utf-8").split("概　要")[0] + (
        "概　要\n"
        "○一部の構成員より、病床の機能転換が進まない理由を医療機関ごとに把握すべきとの意見が出された。\n"
        "○事務局が、年度内に全ての病院へ聞き取りを行うと回答した。\n"
        "○構成員から、在宅医療を担う診療所の数は足りているのかとの質問があったところ、事務局より、地域によっては"
        "不足しているとの説明があった。\n"
        "○多くの構成員から、救急の受入れ体制について、消防と病院の情報共有を進めてほしいとの要望があった。\n"
        "○議長が、本日の議論を踏まえて次回までに論点を整理するよう事務局に求めた。\n\n以上\n")
    parsed = _parse(tmp_path, text)
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("構成員", "病床の機能転換が進まない理由を医療機関ごとに把握すべき"), ("事務局", "年度内に全ての病院へ聞き取りを行う"),
        ("構成員", "在宅医療を担う診療所の数は足りているのか"), ("事務局", "地域によっては不足している"),
        ("構成員", "救急の受入れ体制について、消防と病院の情報共有を進めてほしい"),
        ("議長", "本日の議論を踏まえて次回までに論点を整理するよう")]


def test_reports_from_a_summary_in_note_style_under_a_section_word(tmp_path: Path) -> None:
    # written after the rules below were built on a 地域公共交通部会 (in the commit): a section's word
    # alone above the first report (審議概要: no part of the speaker's label), …について説明があった後、
    # (the act, then the narrator), 委員からも、 and 委員からは、, a note's noun ending (…との意見。)
    parsed = _parse(tmp_path, FRONT + "審議概要\n"
                    "事務局より、資料について説明があった後、質疑応答を行った。\n"
                    "委員からも、港の案内表示を増やすべきとの声があった。\n"
                    "・委員より、観光船の発着を分散させるべきとの意見。\n"
                    "委員からは、住民の駐車場を確保してほしいとの要望があった。\n")
    assert [(p.speaker.label, p.kind, p.text) for p in parsed.points] == [
        ("事務局", "procedural", "事務局より、資料について説明があった後、質疑応答を行った。"),
        ("委員", "opinion", "港の案内表示を増やすべき"), ("委員", "opinion", "観光船の発着を分散させるべき"),
        ("委員", "opinion", "住民の駐車場を確保してほしい")]


def test_a_groups_bullet_with_two_reports_is_two_points(tmp_path: Path) -> None:
    # each opinion a point: …との意見があった一方、…との意見もあった。 under the group's heading
    parsed = _parse(tmp_path, FRONT + "３．議事概要\n委員からの主な意見は以下のとおり。\n"
                    "・規制を強めるべきとの意見があった一方、事業者の負担に配慮すべきとの意見もあった。\n"
                    "・財源の確保が必要との指摘があり、国の補助を活用すべきとの意見も出された。\n"
                    "・港の景観を守るべきとの指摘があった。\n")
    assert [(p.speaker.label, p.text, p.source.line_start) for p in parsed.points] == [
        ("委員", "規制を強めるべき", 7), ("委員", "事業者の負担に配慮すべき", 7),
        ("委員", "財源の確保が必要", 8), ("委員", "国の補助を活用すべき", 8), ("委員", "港の景観を守るべき", 9)]
    assert parsed.points[1].narration == "事業者の負担に配慮すべきとの意見もあった。"


def test_circle_reports_naming_no_one_under_a_groups_heading_are_the_groups(tmp_path: Path) -> None:
    # （主な意見） then ○ …との意見があった。 with no speaker: the group's points (the file was refused,
    # 「no speaker found」: each ○ line was the narrator's)
    parsed = _parse(tmp_path, FRONT + "３．議事概要\n（主な意見）\n"
                    "○　規制を強めるべきとの意見があった。\n○　財源の確保が必要との指摘があった。\n"
                    "○　事務局から、補助制度を検討するとの回答があった。\n")
    assert [(p.speaker.label, p.text, p.narration) for p in parsed.points] == [
        ("出席者", "規制を強めるべき", "規制を強めるべきとの意見があった。"),
        ("出席者", "財源の確保が必要", "財源の確保が必要との指摘があった。"),
        ("事務局", "補助制度を検討する", "事務局から、補助制度を検討するとの回答があった。")]


@pytest.mark.parametrize("head", ["５．議事概要\n", "議事概要\n\n", "議事概要\n", ""])
def test_labels_above_bullets_that_report_words(tmp_path: Path, head: str) -> None:
    # 【委員】 / （事務局） alone above bullets or ○ lines phrased as reports (…との意見があった。): the
    # labels head them (trailing: a report after the last label is a point, so the section's ends
    # decide for above), and a ○ report naming no one is the label's (it was refused, or read
    # the labels as after their points: 議事概要 the 委員's point, the 委員's bullet the 事務局's)
    parsed = _parse(tmp_path, FRONT + head + "【委員】\n・規制を強めるべきとの意見があった。\n"
                    "・財源が必要との指摘があった。\n（事務局）\n○　検討するとの回答があった。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("委員", "規制を強めるべきとの意見があった。"), ("委員", "財源が必要との指摘があった。"),
        ("事務局", "検討するとの回答があった。")]
