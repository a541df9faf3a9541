"""A Word paragraph holding the speaker's label, a manual line break and the speech (session 12,
wordbreak). Fixtures written here (``tests/tools/make_word_breaks.py``; fictional names and
sentences) in the shapes real files arrive in.

1. Municipal 教育委員会 and 審議会 records typed in Word often set the speaker in bold, then a
   line break (Shift+Enter, ``w:br``), then the speech, all in one paragraph (the speech may
   hold line breaks of its own). The label was read as the previous speaker's words
   (``教育長職務代理者確認ですが、…``); the first line of such a paragraph is cued by the
   reader (``break``, ``breakbold``: ``ingest/docx.py``) and read as a header when it is a
   speaker's label alone with speech after it (``table_steps.broken_label_step``).
2. A label typed as text title first, the surname after it (``委員長　藤森：ただいまから…``,
   ``副会長 田村：…``, ``委員長　藤森`` alone above the speech): the person is 藤森 (委員長), as
   ``minutes/title_first.py`` reads a table cell; a title then what the meeting does
   (``委員長　挨拶``, ``副会長　選出``) is a heading, no speaker.
3. A unit named in kana or katakana before the person's surname and title
   (``○市民活動センター　山本所長``, ``○みどり土木事務所　伊藤次長``): the person is 山本 (所長),
   the unit only where they work (``roles._after_unit``, the space its evidence).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.ingest.text import split_lines
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
    # the same 会議録 printed to PDF by LibreOffice and read by pdftotext (no options): each
    # label a line of its own above the speech, titles alone (教育長, 教育長職務代理者) among
    # them, a blank line and a form feed where the page break was. Before: 6 of 14 points
    # right (教育長 and 教育長職務代理者 alone read as the words of the speaker above)
    "board-word-breaks-pdftotext.txt": [
        ("教育長", "高木誠", "教育長", "chair", "ただいまから令和６年度第８回みどり市", 16, 17),
        ("教育長", "高木誠", "教育長", "chair", "議案第２３号について、学校教育課長か", 20, 20),
        ("学校教育課長", "岡田亮", "学校教育課長", "government", "議案第２３号について御説明いたします", 22, 24),
        ("教育長職務代理者", "川村洋子", "教育長職務代理者", "member", "確認ですが、変更の対象となる児童は何", 27, 27),
        ("学校教育課長", "岡田亮", "学校教育課長", "government", "現在の１年生から４年生までで、１８人", 29, 29),
        ("学校教育課長", "岡田亮", "学校教育課長", "government", "在学中の児童は、希望すれば卒業まで今", 31, 31),
        ("石田委員", "石田", "委員", "member", "兄弟で別の学校に通うことにならないよ", 33, 34),
        ("学校教育課長", "岡田亮", "学校教育課長", "government", "兄弟の在籍については、申出により指定", 36, 36),
        ("教育長", "高木誠", "教育長", "chair", "ほかに御意見がなければ、議案第２３号", 38, 38),
        ("教育長", "高木誠", "教育長", "chair", "異議なしと認め、議案第２３号は原案の", 41, 41),
        ("生涯学習課長", "西村早苗", "生涯学習課長", "government", "生涯学習課長から、資料２に基づき報告", 44, 44),
        ("中野委員", "中野", "委員", "member", "若い世代の受講者が少ないように思いま", 46, 47),
        ("生涯学習課長", "西村早苗", "生涯学習課長", "government", "来年度は、土曜日の午後に子育て世代向", 49, 49),
        ("教育長", "高木誠", "教育長", "chair", "以上で本日の定例会を閉会いたします。", 51, 51),
    ],
    # a city 環境審議会's 議事録 typed as text, as pdftotext gives it (wrapped lines, a blank
    # line inside a turn, page numbers, a form feed): labels title first with a colon (full-
    # and half-width spaces, an office, a title and the surname in three pieces), once alone
    # on its line above the speech; 委員長　挨拶 and 副会長　選出 as headings. Before: 2 of 8
    # turns right (委員長 with 藤森：… as the speech; 副会長　選出 a point of 副会長).
    "council-title-first-typed.txt": [
        ("藤森委員長", "藤森", "委員長", "chair", "皆さん、こんにちは。本日は", 10, 11),
        ("藤森委員長", "藤森", "委員長", "chair", "前回欠席されていた田村委員に", 14, 15),
        ("田村副会長", "田村", "副会長", "member", "副会長を務めさせていただきます。", 17, 17),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "資料１により、第３次環境基本計画", 20, 21),
        ("早川委員", "早川", "委員", "member", "太陽光発電の設置補助の", 22, 22),
        ("宮下環境政策課課長補佐", "宮下", "環境政策課課長補佐", "secretariat", "昨年度の１２０件に対し、", 23, 25),
        ("小野寺委員", "小野寺", "委員", "member", "補助の周知を、", 28, 28),
        ("藤森委員長", "藤森", "委員長", "chair", "ほかに御意見はありませんか。なければ、", 30, 31),
    ],
    # a city 市民協働推進会議's 会議録 as pdftotext gives it (wrapped lines, a page number and a
    # form feed, a label alone above its speech after the form feed): officials labelled by
    # their unit, a space, then surname and title, the unit in katakana or kana. Before: 5 of 8
    # (市民活動センター as the name and 山本所長 as the title; みどり土木事務所伊藤 as a name)
    "council-unit-kana-pdftotext.txt": [
        ("北村会長", "北村", "会長", "chair", "ただいまから、令和６年度第１回", 8, 8),
        ("市民活動センター山本所長", "山本", "所長", "secretariat", "資料１により、市民活動団体の", 9, 10),
        ("こども未来課佐々木係長", "佐々木", "係長", "secretariat", "続いて、子ども食堂への支援", 11, 12),
        ("西委員", "西", "委員", "member", "登録団体の活動場所が足りて", 13, 14),
        ("市民活動センター山本所長", "山本", "所長", "secretariat", "来年度から、会議室の夜間利用", 18, 18),
        ("南委員", "南", "委員", "member", "公園の清掃活動に参加する", 19, 19),
        ("みどり土木事務所伊藤次長", "伊藤", "次長", "secretariat", "公園の清掃用具の貸出しを", 20, 21),
        ("北村会長", "北村", "会長", "chair", "以上で本日の会議を終了します。", 22, 22),
    ],
}

LINE_FATES = {
    "council-unit-kana-pdftotext.txt": "fbffffbpppppppbFppppppbF",
    "board-word-breaks.docx": "fbffffffffffbfpppappppppbppppppbpppppsppbapppppppn",
    "council-title-first-typed.txt": "fbffffbffppbappspbappppbpbFppppbF",
    "board-word-breaks-pdftotext.txt": "fbffffffffffbfpppappppppbppppbppppppppsppbappppppppnbb",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
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


def _speakers(text: str) -> list[tuple[str, str, str, str, str]]:
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text) for p in parsed.points]


def test_title_first_labels_typed_as_text_written_apart_from_the_fixture() -> None:
    # another body, other words: a 会長 with a colon, a half-width colon, a katakana surname,
    # a label alone; a title then speech after a space and no colon stays the title's (the
    # form does not say where the label ends); 会長　互選 and 会長　挨拶 are headings
    got = _speakers("あおば町地域公共交通会議　会議録\n\n日時　令和６年５月８日（水）午前１０時\n"
                    "出席者　中島会長、ロペス委員、北川委員\n\n会長　互選\n"
                    "事務局：互選により、中島委員が会長に選出された。\n会長　挨拶\n"
                    "会長　中島：ただいまから会議を開きます。\n委員 ロペス:外国人住民への案内も必要だ。\n"
                    "会長　中島\n　ほかにありませんか。\n会長　以上で終わります。\n")
    assert [r[:4] for r in got] == [("事務局", "", "事務局", "secretariat"),
                                    ("中島会長", "中島", "会長", "chair"),
                                    ("ロペス委員", "ロペス", "委員", "member"),
                                    ("中島会長", "中島", "会長", "chair"),
                                    # 会長 alone: the only 会長 named so far (the holder rule)
                                    ("中島会長", "中島", "会長", "chair")]
    assert [r[4] for r in got][1:] == ["ただいまから会議を開きます。", "外国人住民への案内も必要だ。", "ほかにありませんか。",
                                       "以上で終わります。"]


def _variants_docx(path) -> None:
    from docx import Document

    doc = Document()
    for text in ("第３回みどり市男女共同参画審議会　会議録", "日時　令和６年９月１０日（火）午前１０時",
                 "出席委員　北山会長、南副会長、東委員、西田委員", "事務局　市民協働課長、市民協働課主査", ""):
        doc.add_paragraph(text)
    for label, speech, bold in (
            ("○会長", ("定刻になりましたので、第３回審議会を始めます。", "本日は委員４名全員に御出席いただいております。"), True),
            ("（市民協働課長）", ("資料１により、計画の進捗を御報告します。",), True),
            ("【東委員】", ("審議会の女性委員の割合は、目標に届いていないのではないでしょうか。",), True),
            ("市民協働課長", ("御指摘のとおり、目標の４０％に対して３２％にとどまっております。",), False),
            ("会長職務代理者", ("補足しますと、公募委員の枠を広げる案も出ております。",), False),
            ("西田　和也委員", ("公募の周知は、ＳＮＳも使っていただきたいと思います。",), True),
            ("東岡計画官", ("国の計画では、令和７年度までに達成を求めております。",), True)):
        p = doc.add_paragraph()
        run = p.add_run(label)
        run.bold = bold
        for line in speech:
            run.add_break()
            run = p.add_run(line)
    p = doc.add_paragraph()
    run = p.add_run("南副会長")
    run.bold = True
    run.add_tab()  # a tab, not a break, between the label and the speech
    p.add_run("タブの後に発言が続く形です。")
    doc.save(str(path))


def test_word_labels_before_a_break_written_apart_from_the_fixture(tmp_path) -> None:
    # another body, other words: labels with ○, （）, 【】, a title not in bold, a title with a
    # qualifier (会長職務代理者: one title, no name), a name with a space, an unknown title in
    # bold (東岡計画官: read on its form, role other), a label and a tab before the speech
    _variants_docx(tmp_path / "v.docx")
    parsed = minutes.parse_file(tmp_path / "v.docx")
    assert [(p.speaker.label, p.speaker.name, p.speaker.title, p.text[:8]) for p in parsed.points] == [
        ("会長", "北山", "会長", "定刻になりました"), ("市民協働課長", "", "市民協働課長", "資料１により、計"),
        ("東委員", "東", "委員", "審議会の女性委員"), ("市民協働課長", "", "市民協働課長", "御指摘のとおり、"),
        ("会長職務代理者", "", "会長職務代理者", "補足しますと、公"), ("西田和也委員", "西田和也", "委員", "公募の周知は、Ｓ"),
        ("東岡計画官", "東岡", "計画官", "国の計画では、令"), ("南副会長", "南", "副会長", "タブの後に発言が")]
    assert parsed.unread == ()


def test_a_unit_before_the_person_written_apart_from_the_fixture() -> None:
    # another body, other forms: a colon after a unit's label with a space (地域包括支援センター
    # 村井センター長：), another mark (◇), a label alone in heavy brackets above the speech, a
    # unit title first (保健センター　所長　石原：). Before: 4 of 8 speakers right
    got = _speakers("みどり町地域福祉推進会議　会議録\n\n日時　令和６年９月３日（火）午後２時\n"
                    "出席者　大西会長、三宅委員、上田委員\n\n大西会長：ただいまから会議を始めます。\n"
                    "地域包括支援センター　村井センター長：資料２により、相談件数の推移を御報告します。\n"
                    "三宅委員：相談の内容で多いものは何でしょうか。\n"
                    "◇まちづくりセンター　吉田所長　地区の見守り活動も広がっています。\n"
                    "上田委員　見守りの担い手が高齢化しているのではないでしょうか。\n"
                    "【子育て支援センター　小林所長】\n　担い手の育成講座を開いております。\n"
                    "保健センター　所長　石原：健診の受診率は６割です。\n大西会長：以上で終わります。\n")
    assert [r[:4] for r in got] == [
        ("大西会長", "大西", "会長", "chair"), ("地域包括支援センター村井センター長", "村井", "センター長", "secretariat"),
        ("三宅委員", "三宅", "委員", "member"), ("まちづくりセンター吉田所長", "吉田", "所長", "secretariat"),
        ("上田委員", "上田", "委員", "member"), ("子育て支援センター小林所長", "小林", "所長", "secretariat"),
        ("石原保健センター所長", "石原", "保健センター所長", "secretariat"), ("大西会長", "大西", "会長", "chair")]
    assert got[3][4] == "地区の見守り活動も広がっています。"
