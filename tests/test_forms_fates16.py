"""Lines that are no speech read as speech (fates16): the parse found every turn but added points no
one said — an attendee's name, a signature, a heading of the agenda — or renamed a speaker after a
footer. Issue 10's principle: every line ends in exactly one place.

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread); then records written apart from each rule.

1. An attendee list's line, a title then a name alone (``議会事務局長　羽 生 勝 也``, ``１番　日高 陽菜
   （東小学校６年）``), under a heading the front did not know (``１．本会議に職務のため出席した者の職氏名``)
   was a turn, its "speech" a name: before anyone has spoken such a line is the attendee list's
   (``header_steps.names_alone``), and the sitting before the label (本会議に…) no longer hides it
   (``front.FrontLabels.parts``).
2. The signature block after the last turn with the signer's title on one line and the name on
   the next, or a name with kana (``三 輪　ひ と み``, ``委　員　大賀 りつ子``), or ``記名押印`` alone: the
   chair's point (三輪ひとみ委員堀江まゆみ) or narrative; now page furniture
   (``furniture.is_signature``, ``_signatures``).
3. Agenda headings Word numbered in a list (``w:numPr``) given to the last speaker: a list whose
   levels a list style holds (``w:numStyleLink``) was read as bullets (・報告事項), the headings
   then the last speaker's points and the chair's greeting front matter; a numbered heading after
   a turn with no agenda word (``１．防災マップの作成について``) the last speaker's. Now the style's
   levels are read (``ingest.docx._numbering_formats``) and a Word list heading between a turn's
   speech and the next header is the agenda's (``table_steps.list_heading_step``).
4. A heading glued to the first label (``■会議の要旨`` / ``保険年金課長：…`` read as one speaker
   会議の要旨保険年金課長, ``stacked_steps.broken_header_step``); under an attendee label it was
   read into the list (事務局４名■会議の要旨). Now the heading is the agenda's, as ■議事概要 is.
5. A footer in brackets naming the office that keeps the record (``（事務局：健康福祉部保険年金課
   国保運営係）``, no telephone) was read as a label: every 事務局 turn renamed
   事務局：健康福祉部保険年金課国保運営係 — or, its close lost, ``（事務局`` (``furniture._trailer``:
   ``_OFFICE_FOOTER``; ``header_steps.first_header``: a label never opens with a bracket it does not close).
6. The word that ends the sitting alone on its line after the last turn (``散　会``, ``閉会`` above the
   signature block) was the last speaker's point; a heading ``閉会のあいさつ`` between turns was glued
   to the point above it. Now agenda (``closing_steps.adjourned_step``, ``_SECTION_WORD``).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms8 import check_fixture
from test_forms_fates15 import _fates, _parse

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a town assembly's 定例会 会議録 in pdftotext shape (blank lines between lines, a page number
    # and a form feed): seats two a line, titles spaced, 本会議に職務のため出席した者の職氏名 and its
    # line. Before: line 27 agenda, line 29 a point of 議会事務局長 whose speech was two names
    "fates-attendee-roll-pdftotext.txt": [
        ("議長（小此木達也君）", "小此木達也", "議長", "chair", "おはようございます。ただいまから", 36, 36),
        ("議長（小此木達也君）", "小此木達也", "議長", "chair", "日程第１、一般質問を行います。順", 38, 38),
        ("３番（瀬戸口千夏君）", "瀬戸口千夏", "３番", "member", "３番、瀬戸口です。病児保育の受入", 40, 44),
        ("議長（小此木達也君）", "小此木達也", "議長", "chair", "子育て支援課長。", 46, 46),
        ("子育て支援課長（宇佐美恵君）", "宇佐美恵", "子育て支援課長", "government", "お答えします。来年度から近隣の町", 48, 50),
        ("３番（瀬戸口千夏君）", "瀬戸口千夏", "３番", "member", "ありがとうございました。終わりま", 52, 52),
        ("議長（小此木達也君）", "小此木達也", "議長", "chair", "以上で本日の日程は全部終了しまし", 54, 54),
    ],
    # a city assembly's 常任委員会記録 saved as EUC-JP with CRLF: label　speech turns, the record's
    # 記名押印 block with the title and the name on lines of their own, names spaced with kana.
    # Before: lines 25 and 27 narrative, 28-31 the chair's point 三 輪　ひ と み委　員堀 江　ま ゆ み
    "fates-signature-committee-eucjp.txt": [
        ("委員長", "三輪", "委員長", "chair", "ただいまから建設常任委員会を開会", 15, 15),
        ("委員長", "三輪", "委員長", "chair", "本日は、市道の維持補修計画につい", 16, 16),
        ("道路河川課長", "雨宮", "道路河川課長", "government", "資料に基づき御説明いたします。本", 17, 18),
        ("堀江委員", "堀江", "委員", "member", "通学路に指定されている路線の補修", 19, 19),
        ("道路河川課長", "雨宮", "道路河川課長", "government", "教育委員会と協議の上、優先順位を", 20, 20),
        ("委員長", "三輪", "委員長", "chair", "以上で本日の委員会を閉会いたしま", 21, 21),
    ],
    # a 地区まちづくり協議会's 会議録 typed in Word (tests/tools/make_word_numbered_headings.py): the
    # agenda's headings in a multilevel list whose levels a list style holds. Before: the headings
    # read as bullets (・報告事項), lines 12, 13, 17, 21 the last speaker's points and lines 5-8
    # (the chair's greeting among them) front matter
    "fates-word-numbered-headings.docx": [
        ("会長", "", "会長", "chair", "皆さん、こんばんは。お忙しいとこ", 6, 6),
        ("事務局", "", "事務局", "secretariat", "資料１により、昨年度の防犯パトロ", 9, 9),
        ("宮脇委員", "宮脇", "委員", "member", "防犯パトロールの参加者が固定化し", 10, 10),
        ("事務局", "", "事務局", "secretariat", "中学校を通じて呼びかけてまいりま", 11, 11),
        ("事務局", "", "事務局", "secretariat", "資料２のとおり、新たに防災マップ", 14, 14),
        ("千葉委員", "千葉", "委員", "member", "防災マップには、避難に時間がかか", 15, 15),
        ("事務局", "", "事務局", "secretariat", "個人情報の扱いに留意しながら検討", 16, 16),
        ("会長", "", "会長", "chair", "今年も１０月に開催したいと考えて", 18, 18),
        ("宮脇委員", "宮脇", "委員", "member", "熱中症対策として、午前中で終わる", 19, 19),
        ("会長", "", "会長", "chair", "その方向で調整します。", 20, 20),
        ("事務局", "", "事務局", "secretariat", "次回は８月下旬に開催します。", 22, 22),
    ],
    # a city's 国民健康保険運営協議会 会議録 saved as CP932 with CRLF: fields with spaced labels,
    # ■会議の要旨 right under the attendees, label：speech turns (one wrapped at the width), a page
    # number, the footer in brackets naming the office. Before: the first speaker 会議の要旨保険年金課長
    # and the 事務局 turn 事務局：健康福祉部保険年金課国保運営係 (line 18 its label)
    "fates-summary-heading-footer-cp932.txt": [
        ("保険年金課長", "", "保険年金課長", "secretariat", "本日は、令和７年度の国民健康保険", 7, 8),
        ("湯浅会長", "湯浅", "会長", "chair", "ただいまの説明について、御質問は", 9, 9),
        ("清水委員", "清水", "委員", "member", "保険給付費の増加の主な要因は何か", 10, 10),
        ("保険年金課長", "", "保険年金課長", "secretariat", "高額な医薬品の使用の増加と、被保", 11, 11),
        ("清水委員", "清水", "委員", "member", "特定健診の受診率を上げる取組も併", 12, 12),
        ("事務局", "", "事務局", "secretariat", "未受診の方への電話での勧奨を今年", 13, 13),
        ("湯浅会長", "湯浅", "会長", "chair", "以上で本日の協議会を終了します。", 16, 16),
    ],
}

LINE_FATES = {
    "fates-attendee-roll-pdftotext.txt": "fbfbfbfbfbfbfbfbfbfbfbfbfbfbfbF" "fbfbpbpbpbpbpbpbpbpbpbpbF",
    "fates-signature-committee-eucjp.txt": "fbffffffffffff" "ppppppp" "bFbFbFFFFF",
    "fates-word-numbered-headings.docx": "ffffapaapppaapppapppap",
    "fates-summary-heading-footer-cp932.txt": "fbfffapppppppbFpbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _labels(parsed: minutes.Minutes) -> list[str]:
    return [p.speaker.label for p in parsed.points]


# --- 1. attendee lines ----------------------------------------------------------------------------

def test_the_attendee_line_under_an_unknown_heading_is_the_lists() -> None:
    parsed = minutes.parse_file(MINUTES / "fates-attendee-roll-pdftotext.txt")
    groups = {g.group: g.names for g in parsed.meeting.attendees}
    assert "職務のため出席した者" in groups and "議会事務局長\u3000羽 生 勝 也" in groups["職務のため出席した者"]


@pytest.mark.parametrize("text, fates, first", [
    # written apart: a 子ども議会 (children's assembly) with seat numbers and the school in brackets
    # under 議員として出席した児童 (read right before too: the guard that the rule keeps it so)
    ("みなと町子ども議会　会議録\n令和８年８月２日（日）\n議員として出席した児童\n"
     "１番　日高 陽菜（東小学校６年）\n２番　松尾 蓮（西小学校６年）\n３番　川端 結衣（南中学校１年）\n"
     "○議長　それでは、ただいまから子ども議会を開会します。\n"
     "○１番（日高陽菜）　公園の遊具を新しくしてほしいです。古くて危ないものがあります。\n"
     "○町長　御意見ありがとうございます。来年度に点検をして、順番に新しくしていきます。\n",
     "ffffffppp", "議長"),
    # written apart: a 予算特別委員会 whose officials follow the agenda under a heading no list names
    # (１．市当局), a surname spaced character by character, two a line; before: lines 6 and 7 points
    # of 市長 (大 賀 りつ子　　　副市長　森　一郎) and 財政課長 (柴田 光)
    ("あさひ市議会予算特別委員会記録\n令和８年３月１０日\n１．審査事件\n　議案第１２号　令和８年度あさひ市一般会計予算\n"
     "１．市当局\n　市長　大 賀 りつ子　　　副市長　森　一郎\n　財政課長　柴田 光\n"
     "○委員長　ただいまから委員会を開会します。\n○森委員　図書館の予算について伺います。\n",
     "ffffaffpp", "委員長"),
])
def test_attendee_lines_written_apart(text: str, fates: str, first: str) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())
    assert parsed.points[0].speaker.label == first


def test_a_name_after_a_label_once_someone_has_spoken_is_left_to_the_turn() -> None:
    # the rule is the front's: after the first turn, a label and a name (the chair calling on a
    # member by name) is read as before
    parsed = _parse("文教委員会記録\n○委員長　開会します。質疑を行います。\n○委員長　大賀 りつ子\n"
                    "○大賀委員　図書館の開館時間の延長について伺います。\n")
    assert _fates(parsed) == "fppp"


# --- 2. signatures --------------------------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    # the heading 記名押印 alone, then titles and names; before: 記名押印 the chair's point
    "\n記名押印\n委員長　榊原 恒夫\n署名委員　大賀 りつ子\n",
    # 会議録署名委員, then a name with kana after a spaced title; before: lines 8-10 points
    "\n会議録署名委員\n　委員長　榊原 恒夫\n　委　員　大賀 りつ子\n",
    # the law's sentence, then each signer spaced character by character, kana in the name; before:
    # the last line narrative
    "\n地方自治法第１２３条第２項の規定によりここに署名する。\n\n　　議　長　　榊　原　恒　夫\n\n"
    "　　議　員　　大　賀　り　つ　子\n",
    # the title and the name on lines of their own under the date; before: lines 9-13 points
    "\n以上のとおり会議の次第を記録し、ここに記名押印する。\n　令和８年６月２０日\n　　委員長\n"
    "　　　榊原 恒夫\n　　委員\n　　　大賀 りつ子\n",
    # the signers alone, no sentence nor heading, the first name with kana; before: the point ひとみ of
    # 三輪委員長
    "\n　　委員長　三輪 ひとみ\n　　委　員　堤 健二\n",
])
def test_signature_blocks_written_apart(tail: str) -> None:
    head = ("あおば町議会総務委員会会議録\n令和８年６月１５日\n○委員長（榊原恒夫君）　ただいまから委員会を開会します。\n"
            "○大賀委員　防災無線の更新について伺います。\n○総務課長（岩城正樹君）　来年度に更新を予定しております。\n"
            "○委員長（榊原恒夫君）　以上で閉会します。\n")
    parsed = _parse(head + tail)
    fates = _fates(parsed)
    assert fates[:6] == "ffpppp" and set(fates[6:]) <= {"b", "F"}, fates
    assert len(parsed.points) == 4


def test_a_kana_word_after_a_title_at_the_end_is_still_speech() -> None:
    # the signer's name with kana must be written apart as a name: 委員長　次に進みます is a turn
    parsed = _parse("総務委員会会議録\n委員長　開会します。\n大賀委員　防災無線について伺います。\n委員長　次に進みます\n")
    assert _fates(parsed) == "fppp"


# --- 3. Word's numbered headings ------------------------------------------------------------------

def _numbered_docx(path, paragraphs) -> None:
    """A .docx whose paragraphs marked ``#`` are items of a decimal list Word numbers."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    for text in paragraphs:
        p = d.add_paragraph(text.lstrip("#"))
        if text.startswith("#"):
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="70"/></w:numPr>'))
    d.save(path)


def test_word_numbered_headings_between_turns_written_apart(tmp_path) -> None:
    # written apart: a 介護保険運営協議会, headings with no word of the agenda Word numbered after a
    # turn (１．防災マップの作成について, ２．地区運動会の日程); before: the last speaker's points
    f = tmp_path / "kaigo.docx"
    _numbered_docx(f, ["みどり市介護保険運営協議会（第２回）会議録", "日時　令和８年７月１０日（金）",
                       "会長　ただいまから協議会を開会します。", "#認知症サポーター養成の進め方について",
                       "事務局　資料２のとおり、年４回の講座を予定しています。",
                       "北村委員　働く世代が参加しやすい夜間の講座も設けてほしい。", "#地域包括支援センターの体制",
                       "会長　事務局から説明をお願いします。", "事務局　来年度に１名増員します。"])
    parsed = minutes.parse_file(f)
    assert (_fates(parsed), parsed.unread) == ("ffpappapp", ())
    assert _labels(parsed) == ["会長", "事務局", "北村委員", "会長", "事務局"]


def test_a_word_numbered_item_under_a_label_alone_stays_the_speakers(tmp_path) -> None:
    # items Word numbered right under a speaker's label, or under another item, are their points
    f = tmp_path / "items.docx"
    _numbered_docx(f, ["みどり市介護保険運営協議会　会議録", "日時　令和８年７月１０日（金）", "会長　ただいまから開会します。",
                       "北村委員", "#人材確保の必要性", "#介護予防の拠点づくり", "事務局", "#来年度に検討します。",
                       "会長　閉会します。"])
    parsed = minutes.parse_file(f)
    assert _labels(parsed) == ["会長", "北村委員", "北村委員", "事務局", "会長"]


def test_word_list_styles_give_their_levels(tmp_path) -> None:
    # the levels a list style holds (numStyleLink) and a level a num overrides (lvlOverride) are
    # read: １．, not the bullet ・ the reader gave a level it could not find
    from assembler.ingest import read_source

    lines = read_source(MINUTES / "fates-word-numbered-headings.docx").lines
    assert [l.text for l in lines[4:8]] == ["１．会長あいさつ", "会長\u3000皆さん、こんばんは。お忙しいところお集まりいただきありがとうございます。",
                                            "２．報告事項", "１．令和７年度事業報告について"]


# --- 4. a heading glued to the first label --------------------------------------------------------

@pytest.mark.parametrize("text, fates, first", [
    # written apart: ◆発言の要旨 right above the first label, no title; before: 発言の要旨保険年金課長
    ("◆発言の要旨\n保険年金課長：本日は国民健康保険の運営について御説明します。\n委員：保険税の引上げは避けるべきだ。\n",
     "app", "保険年金課長"),
    # written apart: ●会議要旨 under the fields; before: 会議要旨事務局, and the last 事務局 turn too
    ("みどり市地域公共交通会議　会議録\n日時　令和８年２月５日\n●会議要旨\n事務局：資料１により説明。\n"
     "森委員：バスの減便が続いている。\n事務局：事業者と協議します。\n", "ffappp", "事務局"),
])
def test_a_heading_above_the_first_label_written_apart(text: str, fates: str, first: str) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())
    assert parsed.points[0].speaker.label == first and "要旨" not in "".join(_labels(parsed))


def test_a_label_broken_at_its_mark_is_still_joined() -> None:
    # the extractor's break inside a label (○ / 中川委員　…) is no heading: joined as before
    parsed = _parse("テスト会議　議事録\n○\n中川委員　人材の確保が課題である。\n")
    assert _labels(parsed) == ["中川委員"]


# --- 5. a footer in brackets ----------------------------------------------------------------------

@pytest.mark.parametrize("footer, fates", [
    # the close on the footer's second line; before: a label （事務局, every 事務局 turn named so
    ("（事務局：福祉部高齢介護課　介護保険係\n　担当　吉岡）\n", "FF"),
    # the close lost; before: the same
    ("（事務局：福祉部高齢介護課　介護保険係　担当　吉岡\n", "F"),
    # in other brackets, on one line; before: every 事務局 turn 事務局：福祉部高齢介護課介護保険係
    ("【担当：福祉部高齢介護課　介護保険係】\n", "F"),
])
def test_a_footer_in_brackets_written_apart(footer: str, fates: str) -> None:
    text = ("あさひ町介護保険運営協議会　会議録\n日時　令和８年２月５日\n会長：ただいまから協議会を開会します。\n"
            "事務局：資料１により説明いたします。\n森委員：保険料の引上げ幅が大きい。\n事務局：基金の活用で抑えます。\n"
            "会長：閉会します。\n\n")
    parsed = _parse(text + footer)
    assert (_fates(parsed), parsed.unread) == ("ffppppp" "b" + fates, ())
    assert _labels(parsed) == ["会長", "事務局", "森委員", "事務局", "会長"]


def test_a_note_whose_bracket_closes_below_is_no_label() -> None:
    # a bracket opened on a line and closed on the next (the secretariat's note broken at the
    # width) names no speaker （事務局; before: that label, and the real 事務局 turn below it too
    parsed = _parse("あさひ町介護保険運営協議会　会議録\n日時　令和８年２月５日\n会長：ただいまから協議会を開会します。\n"
                    "（事務局：資料１により第９期計画の進捗状況を説明。質疑は特に\nなし）\n森委員：保険料の引上げ幅が大きい。\n"
                    "事務局：基金の活用で抑えます。\n")
    labels = _labels(parsed)
    assert not any(label[0] in "（(" for label in labels) and labels[-1] == "事務局"


def test_a_label_after_the_last_point_naming_a_person_is_no_footer() -> None:
    # （事務局：佐藤課長） after the last bullet names who said it (trailing.py): no office's footer
    parsed = _parse("テスト懇談会　議事要旨\n・人材の確保が課題である。（飯島委員）\n・来年度に検討したい。\n（事務局：佐藤課長）\n")
    assert "F" not in _fates(parsed)


# --- 6. the sitting's end and its greeting between turns ------------------------------------------

@pytest.mark.parametrize("text, fates, last", [
    # written apart: 散　会 spelled apart at the end, a page number below (pdftotext); before: the
    # chair's point 散　会
    ("あさひ町議会産業建設委員会記録\n\n委員長　ただいまから委員会を開会します。\n\n北川委員　農道の補修について伺います。\n\n"
     "委員長　以上で本日の委員会を散会します。\n\n散　会\n\n　　　　　　－１－\n", "fbpbpbpbabF", "以上で本日の委員会を散会します。"),
    # written apart: 閉会 between the last turn and the signature block; before: the chair's point 閉会
    ("あさひ町議会産業建設委員会記録\n○委員長（北川誠君）　ただいまから委員会を開会します。\n"
     "○南委員　農道の補修について伺います。\n○委員長（北川誠君）　以上で閉会します。\n閉　会\n"
     "上記のとおり相違ないことを証するため署名する。\n委員長　北川 誠\n", "fpppaFF", "以上で閉会します。"),
    # written apart: 閉会のあいさつ between two turns; before: glued to the member's point
    ("あおば市子ども・子育て会議　会議録\n会長　開会します。\n東委員　放課後児童クラブを増やしてほしい。\n閉会のあいさつ\n"
     "副会長　本日はありがとうございました。\n", "fppap", "本日はありがとうございました。"),
])
def test_the_sittings_end_and_its_greeting_alone_on_a_line_written_apart(text: str, fates: str, last: str) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())
    assert parsed.points[-1].text == last and "会" not in parsed.points[-2].text[-3:]


def test_a_closing_heading_with_the_chairs_turn_below_stays_a_heading() -> None:
    # 閉会 with the chair's closing words below it: a heading of the agenda, the turn the chair's
    parsed = _parse("総務委員会会議録\n委員長　開会します。\n大賀委員　防災無線について伺います。\n閉会\n委員長　以上で閉会します。\n")
    assert _fates(parsed) == "fppap" and _labels(parsed)[-1] == "委員長"
