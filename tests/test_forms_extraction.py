"""Shapes the extraction gives real minutes that a survey found read wrong (issue 10): an OCR's
reading of a scanned record (the mark ○ read as O or 0, stray spaces inside the label, half-
and full-width mixed); turns run together on one line where the extraction lost the line breaks
between paragraphs (pypdf on some PDFs, text copied from a viewer or scraped from a page); the
date, time and place of pdftotext -layout, right-aligned under the title one a line with no
label; the legend of older ministries' summaries (○印は委員の発言).

Each fixture is written here (fictional bodies, names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

from conftest import FIXTURES
from test_forms2 import _LETTER as _LETTERS
from test_forms8 import _parse, _speakers, check_fixture

from assembler import minutes

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 社会福祉法人's 評議員会 議事録 scanned and read by an OCR, as its PDF's text layer gives it:
    # the mark read as O, 0 and 〇/◯ in one file, a stray space inside a name (〇 杉 山評議員,
    # ◯大 野評議員), half-width digits and brackets, a hanging line indented by spaces, a page
    # number and a form feed with the next turn right after it (\f0理事長)
    "council-ocr-marks.txt": [
        ("議長(北村評議員)", "北村", "評議員", "chair", "ただいまから令和6年度第1回評議員会", 10, 11),
        ("議長(北村評議員)", "北村", "評議員", "chair", "それでは議事に入ります。", 12, 13),
        ("事務局(内山常務理事)", "内山", "常務理事", "secretariat", "資料1に基づき御説明いたします。", 14, 16),
        ("杉山評議員", "杉山", "評議員", "member", "特別養護老人ホームの待機者は", 18, 19),
        ("事務局(内山常務理事)", "内山", "常務理事", "secretariat", "現在の待機者は42名で", 20, 21),
        ("大野評議員", "大野", "評議員", "member", "職員の確保が難しいと聞いている。", 22, 23),
        ("理事長", "", "理事長", "member", "職員の処遇については、", 26, 27),
        ("議長(北村評議員)", "北村", "評議員", "chair", "ほかに御意見がなければ、", 28, 29),
        ("議長(北村評議員)", "北村", "評議員", "chair", "それでは原案のとおり承認されました。", 31, 32),
    ],
    # a 研究会's 議事要旨 as pypdf gives a PDF whose text lost its line breaks: the front matter's
    # labels on one line, several turns a line (…。○浅沼委員 …), a turn going on across the page
    # number, the form feed and the running head, a placeholder (○○県) inside a member's speech
    "summary-joined-turns-pypdf.txt": [
        ("桐山座長", "桐山", "座長", "chair", "ただいまから第２回研究会を開催する。", 3, 3),
        ("事務局（資源循環経済課長）", "", "資源循環経済課長", "secretariat", "資料２に基づき、", 3, 3),
        ("浅沼委員", "浅沼", "委員", "member", "品質の基準を業界ごとに定めるのではなく、", 3, 3),
        ("宇野委員", "宇野", "委員", "member", "回収の段階での分別が重要である。", 3, 6),
        ("柏木委員", "柏木", "委員", "member", "価格差を埋める支援は、", 6, 6),
        ("立花委員", "立花", "委員", "member", "消費者への情報提供も必要ではないか。", 6, 6),
        ("事務局（資源循環経済課長）", "", "資源循環経済課長", "secretariat", "表示については、", 7, 7),
        ("桐山座長", "桐山", "座長", "chair", "本日の議論を踏まえ、", 7, 7),
    ],
}

LINE_FATES = {
    "council-ocr-marks.txt": "ffbffffbfpppppppbppppppbFppppsppbF",
    "summary-joined-turns-pypdf.txt": "ffpFFppFF",
}


def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place():
    for name, rows in EXPECTED.items():
        check_fixture(MINUTES / name, rows, LINE_FATES[name])


def test_an_ocr_reading_of_the_mark_is_a_mark_when_a_speaker_follows():
    # written apart from the fixture, before the rule was run on it: a ministry's 検討会 of 2010
    # scanned and read by an OCR — full-width Ｏ and ０, a stray space after the mark and inside
    # the name, colons after the label. At first sight 5 of 6 turns were read and the chair's
    # opening was lost (Ｏ 中 村座長：…); the line opened by OECD stays the speech it goes on
    got = _speakers("第８回 農業用水利用検討会 議事録\n\n日時 : 平成２２年１０月５日（火）\n\n"
                    "Ｏ 中 村座長：それでは、第８回検討会を開会いたします。\n"
                    "Ｏ水資源課長：資料１について御説明いたします。用水の需要は、この１０年で\n"
                    "約５％減少しております。\n"
                    "０林委員：減少の理由を地域別に示していただきたい。\n"
                    "０ 岡田委員：施設の更新費用の負担について、工夫が必要だと思います。\n"
                    "Ｏ水資源課長：御指摘の点は次回までに整理いたします。\n"
                    "OECD の報告書でも、同様の傾向が示されております。\n")
    assert [(r[0], r[3]) for r in got] == [("中村座長", "chair"), ("水資源課長", "government"),
                                          ("林委員", "member"), ("岡田委員", "member"), ("水資源課長", "government")]
    assert got[-1][4].endswith("同様の傾向が示されております。")


def test_one_stray_letter_before_a_name_is_no_mark():
    # one line is no evidence of an OCR's reading: the letter stays, the line reads as before
    got = _speakers("検討会 議事録\n\n○山田座長　開会します。\n0林委員：賛成です。\n○林委員　賛成です。\n")
    assert [r[0] for r in got] == ["山田座長", "林委員"]
    assert got[0][4] == "開会します。0林委員：賛成です。"


def test_a_placeholder_after_a_sentence_stays_in_the_speech():
    got = _speakers("研究会 議事要旨\n\n○桐山座長　開会する。○浅沼委員　国が枠組みを示すべきだ。○○県でも同じである。\n")
    assert [(r[0], r[4]) for r in got] == [("桐山座長", "開会する。"),
                                          ("浅沼委員", "国が枠組みを示すべきだ。○○県でも同じである。")]


def test_turns_in_brackets_run_together_are_read_each():
    # written apart from the fixture: a 部会's 議事録 copied from its web page with the line breaks
    # lost, the speakers in 【】 (as a ministry's pages print them), a question ending in ？ and a
    # quotation inside a speech. At first sight 1 of 6 turns was read (the marks' pattern knew
    # ○ and its kin only): the brackets were added to it
    got = _speakers("教育データ利活用部会（第３回）議事録\n1.日時 令和６年９月１０日（火曜日）１５時～１７時\n3.議事録\n"
                    "【青葉部会長】 それでは第３回を開催いたします。まず、事務局から御説明をお願いします。"
                    "【久米情報推進室長】 資料１を御覧ください。標準化の検討状況をまとめております。"
                    "【上原委員】 現場の負担はどうなるのでしょうか？ 入力が増えるのであれば、本末転倒だと思います。"
                    "【久米情報推進室長】 入力は自動化を前提に設計しております。"
                    "【江藤委員】 保護者への説明も必要です。「何に使われるのか分からない。」という声を聞きます。"
                    "【青葉部会長】 本日はここまでといたします。\n")
    assert [r[0] for r in got] == ["青葉部会長", "久米情報推進室長", "上原委員", "久米情報推進室長", "江藤委員", "青葉部会長"]
    assert got[2][4] == "現場の負担はどうなるのでしょうか？ 入力が増えるのであれば、本末転倒だと思います。"


def test_a_turn_after_a_stage_direction_on_the_same_line_is_its_own():
    # written apart, before the rule ran on it: a 研究会's 議事概要 scraped from its page, eight
    # turns on two lines; at first sight 7 of 8 were read — the secretariat's, after the chair's
    # （事務局より資料説明）, went on the chair: a stage direction's closing bracket ends a turn too
    got = _speakers("地域の情報化に関する研究会（第４回） 議事概要\n\n１ 日時 令和５年１２月１４日（木）\n\n４ 議事概要\n"
                    "○宮原座長 それでは、第４回研究会を開会する。（事務局より資料説明）○事務局（地域情報化企画室長） "
                    "資料１のとおり、標準化は２０２５年度末を目標としている。○遠藤構成員 国が人材の派遣を支援すべきでは"
                    "ないか。 ○小松構成員 経費の見通しを早く示してほしい。○今井座長代理 両委員の意見に賛成である。\n"
                    "○坂口構成員 ○○市のように、共同で調達する例を広げるべきだ。○宮原座長 本日はここまでとする。\n")
    assert [(r[0], r[3]) for r in got] == [
        ("宮原座長", "chair"), ("事務局（地域情報化企画室長）", "secretariat"), ("遠藤構成員", "member"),
        ("小松構成員", "member"), ("今井座長代理", "member"), ("坂口構成員", "member"), ("宮原座長", "chair")]


def _meeting(text: str):
    return _parse(text).meeting


def test_the_layout_s_date_time_and_place_block_under_the_title_is_read_as_such():
    # pdftotext -layout: the date, the time and the place right-aligned under the title, one a
    # line with no label. Before, the time and the place were glued into the council's name
    # (水素供給網整備研究会１４：００～１６：００経済産業省本館…) and the meeting had no time or place
    parsed = minutes.parse_file(MINUTES / "record-layout-front-pdftotext.txt")
    m = parsed.meeting
    assert (m.council, m.session, m.date, m.time, m.place, m.kind) == (
        "水素供給網整備研究会", 2, "2023-09-26", "14:00–16:00", "経済産業省 本館１７階 西７会議室", "議事録")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("宮下座長", 15), ("飯塚課長", 18), ("安藤委員", 21), ("安藤委員", 22), ("今村委員", 27), ("宮下座長", 30)]
    assert "".join(_LETTERS[f] for f in parsed.lines) == "fbfffbfffbfaabppbppbppbFFbppbpbFF"


def test_a_date_block_above_the_title_and_a_note_on_the_place():
    # written apart, before the rule ran on it: the block above the title, the place on a line
    # and a note on it below (（オンライン併用）); at first sight the time, the place and the note
    # were the council's name, then the note alone was — it goes on the place
    m = _meeting("                                    令和６年１１月５日（火）\n"
                 "                                    １５：３０～１７：３０\n"
                 "                         中央合同庁舎第４号館　共用第１２０会議室\n"
                 "                                    （オンライン併用）\n\n"
                 "       食品ロス削減推進会議　専門ワーキンググループ（第３回）\n                  議事概要\n\n"
                 "出席者：平田座長、石川委員\n\n○平田座長　ただいまから第３回会合を開催します。\n"
                 "○石川委員　事業者の責任の範囲を明確にすべきです。\n")
    assert (m.council, m.date, m.time, m.place) == (
        "食品ロス削減推進会議専門ワーキンググループ", "2024-11-05", "15:30–17:30",
        "中央合同庁舎第４号館　共用第１２０会議室（オンライン併用）")


def test_a_title_after_a_date_alone_stays_the_title():
    # a line below the date that is neither a time nor a place ends the block: the title
    m = _meeting("令和６年１１月５日\n第３回　あおば市景観審議会　会議録\n\n○会長　開会します。\n○山田委員　賛成です。\n")
    assert (m.council, m.date, m.time, m.place) == ("あおば市景観審議会", "2024-11-05", None, None)


def test_a_legend_that_calls_its_marks_jirushi_names_their_groups():
    # older ministries' 議事要旨 (a survey found them in 文部科学省's and 科学技術会議's pages):
    # （○印は委員の発言、◇印は事務局の発言）. Before, the legend was no legend and the file, whose
    # points carry only the marks, was refused for holding no speaker
    got = _speakers("研究基盤部会（第４回）議事要旨\n\n１．日時　令和６年１月２２日（月）\n４．議事\n"
                    "（○印は委員の発言、◇印は事務局の発言）\n\n"
                    "事務局から、資料１に基づき説明があった後、意見交換が行われた。\n"
                    "○　共用の設備は、大学の枠を越えて使えるようにすべきではないか。\n"
                    "◇　来年度から、全国の共用設備を検索できる仕組みを整える予定である。\n"
                    "○　技術職員の処遇の改善が必要である。\n")
    # (…説明があった後、意見交換が行われた。: the secretariat's act, a procedural point — prose._JOINT)
    assert [(r[0], r[3]) for r in got] == [("事務局", "secretariat"), ("委員", "member"), ("事務局", "secretariat"),
                                           ("委員", "member")]
