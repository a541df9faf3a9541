"""Speakers glued to their speech (``assembler/minutes/glued.py``): a record whose speaker markup
was lost — a web page's bold labels saved as text, a PDF whose label and speech boxes the
extractor ran together — so each paragraph opens with the speaker's surname and title (or the
title alone) run straight into the words: ``桐谷会長皆さん、こんにちは。…``.

Fixtures (fictional content; tests/fixtures/minutes/SOURCES.md): a city 審議会's 会議録 saved from
its web page as text (CRLF, breadcrumbs, 更新日, ページID, the page's footer; the attendee list a
title above each name, the secretariat's entries glued as its labels are), and a town 審議会's
会議録 as pdftotext gives it (wrapped every 38 characters, page numbers, a form feed, blank lines
inside a turn; the attendee list names alone after commas, a title in brackets). Rows: speaker
label, role, start of the text, first line, last line; fates: f front, a agenda, n narrative,
p point, F furniture, b blank, u unread.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.minutes import glued
from assembler.minutes.roles import load_roles
from assembler.model import Line
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # the chair (会長 / 桐谷 光男), the secretariat's entry as written (園田景観まちづくり課長), a
    # title and a name on one line (都市整備部長 小田切 誠), the title alone (会長ほかに…: the one
    # person listed under it); 「辻本委員の御意見のとおり…」 and 「辻本委員の御意見にもう一点…」 open
    # with a listed label and a particle: sentences of the turn above, not turns
    "web-glued-labels.txt": [
        ("桐谷会長", "chair", "皆さん、こんにちは。定刻になりましたので、", 29, 31),
        ("園田景観まちづくり課長", "secretariat", "景観まちづくり課長の園田です。資料１を御覧ください。", 32, 33),
        ("桐谷会長", "chair", "ありがとうございました。ただいまの説明について", 34, 34),
        ("岡部委員", "member", "一点お伺いします。", 35, 35),
        ("園田景観まちづくり課長", "secretariat", "既存の看板につきましては、", 36, 36),
        ("辻本委員", "member", "商店会の皆さんとは、", 37, 37),
        ("小田切都市整備部長", "secretariat", "商店会とはこれまでに３回の意見交換会", 38, 38),
        ("梶原委員", "member", "辻本委員の御意見のとおり、補助制度は必ず用意していただきたいと思います。"
         "辻本委員の御意見にもう一点加えると、", 39, 40),
        ("水島副会長", "member", "私も照明の基準は必要だと思います。", 41, 41),
        ("桐谷会長", "chair", "ほかにございませんか。それでは、", 42, 43),
    ],
    # names alone in a list with commas (wrapped: 、 at the line's end), the chair's title in
    # brackets, the secretariat's after a label (５　事務局　　環境課長　瀬川　隆之、環境課　主査　…):
    # 真鍋委員 is a listed surname and a title of the role table; 内海主査 is listed under 事務局, so the
    # secretariat (主査 alone would chair); a turn across a page break, a blank line inside a turn
    "pdftotext-glued-labels.txt": [
        ("広瀬会長", "chair", "おはようございます。定刻となりましたので、ただいまから第２回北浜町環境審議会を開会", 16, 18),
        ("瀬川環境課長", "secretariat", "環境課の瀬川でございます。", 19, 21),
        ("瀬川環境課長", "secretariat", "素案では、", 23, 24),
        ("広瀬会長", "chair", "ありがとうございました。", 25, 25),
        ("真鍋委員", "member", "断熱改修の補助について伺います。", 26, 27),
        ("内海主査", "secretariat", "昨年度の申請は２３件でした。", 28, 29),
        ("篠田委員", "member", "公共交通について意見です。バスの本数が少ない地区では、車を手放すことは難しいので、", 30, 34),
        ("篠田委員", "member", "久保委員が以前に言われたように、", 36, 37),
        ("久保委員", "member", "篠田委員の御意見に賛成です。", 38, 39),
        ("早瀬副会長", "member", "家庭部門の削減には、", 40, 42),
        ("広瀬会長", "chair", "ほかにございませんか。", 43, 44),
    ],
    # written after the rule, as a check on text it was not written from (first sight: 11 of 12
    # turns; the deputy's turn went on the member's above — a spaced name ending in 人 was taken
    # for a word of the front matter): the list a table copied as tab-separated cells, the
    # proceedings' clock glued before each label, 部会長代理, a 主任 listed under 事務局
    "web-glued-clock-table.txt": [
        ("中西部会長", "chair", "皆さん、こんにちは。", 21, 21),
        ("千葉主任", "secretariat", "資料は、次第、資料１、資料２の３点です。", 23, 23),
        ("中西部会長", "chair", "それでは議事（１）について", 25, 25),
        ("長谷部資源循環推進課長", "secretariat", "資源循環推進課の長谷部です。", 27, 28),
        ("三浦委員", "member", "家庭の食品ロスについて質問です。", 30, 30),
        ("長谷部資源循環推進課長", "secretariat", "そのとおりです。", 32, 32),
        ("野々宮委員", "member", "小売店で期限の近い商品を", 34, 34),
        ("白石部会長代理", "member", "三浦委員の御質問に関連して、", 36, 36),
        ("木戸委員", "member", "飲食店の立場から申し上げますと、", 38, 38),
        ("中西部会長", "chair", "ありがとうございます。野々宮委員と木戸委員の御意見について、", 40, 40),
        ("長谷部資源循環推進課長", "secretariat", "値引きの時間を揃える件は、", 42, 42),
        ("中西部会長", "chair", "本日の議事は以上です。", 44, 44),
    ],
}

LINE_FATES = {
    "web-glued-labels.txt": "FFFF" "ffffffffffffffffffffffff" "ppppppppppppppp" "n" "FFFF",
    "pdftotext-glued-labels.txt": "fbfffffffaanann" "ppppppbppppppppbFppbppppppppp" "nbFb",
    "web-glued-clock-table.txt": "FFFfbfffffffffffaanb" "pbpbpbppbpbpbpbpbpbpbpbp" "F",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def test_the_list_line_that_vouches_for_a_label_is_the_point_s_evidence():
    parsed = minutes.parse_file(MINUTES / "web-glued-labels.txt")
    why = {p.source.line_start: p.speaker_why for p in parsed.points}
    assert why[29] == "label glued to the speech, listed: 会長 / 桐谷 光男 (lines 11-12)"
    assert why[38] == "label glued to the speech, listed: 都市整備部長 小田切 誠 (line 22)"
    assert why[32] == "label glued to the speech, listed: 園田景観まちづくり課長 (line 23)"
    # the title alone names the one person listed under it, by the same line
    assert why[42] == why[29] and parsed.points[-1].speaker.name == "桐谷"
    pdf = minutes.parse_file(MINUTES / "pdftotext-glued-labels.txt")
    assert {p.speaker.label: p.speaker_why for p in pdf.points}["真鍋委員"] == \
        "label glued to the speech, listed: 真鍋大輔 (line 5)"


def test_the_self_introduction_after_the_label_is_the_speech():
    parsed = minutes.parse_file(MINUTES / "web-glued-labels.txt")
    intro = next(p for p in parsed.points if p.source.line_start == 32)
    assert intro.text.startswith("景観まちづくり課長の園田です。")


def _lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(t, n) for n, t in enumerate(texts, 1))


_LIST = ("第３回あおば町交通会議 会議録", "出席者", "会長", "村瀬 浩一", "委員", "大谷 恵美", "委員", "石黒 達也",
         "事務局", "秋山地域振興課長", "")


def _read(*body: str) -> dict[int, tuple[str, str]]:
    found = glued.read(_lines(*_LIST, *body), load_roles())
    return {} if found is None else {k: (sp.label, rest) for k, (sp, rest, _why) in found.at.items()}


def test_a_label_followed_by_a_particle_or_a_continuation_is_a_sentence_about_the_person():
    turns = ("村瀬会長おはようございます。開会いたします。", "大谷委員ありがとうございます。一点伺います。",
             "秋山地域振興課長お答えします。")
    found = _read(*turns, "村瀬会長から説明があった。", "大谷委員の御意見のとおりです。", "会長は、次回に諮ると述べた。",
                  "石黒委員及び大谷委員から意見があった。", "村瀬会長挨拶")
    assert sorted(found.values()) == sorted([("村瀬会長", turns[0][4:]), ("大谷委員", turns[1][4:]),
                                             ("秋山地域振興課長", turns[2][8:])])


def test_the_secretariat_the_list_heads_may_speak_under_that_word():
    found = _read("村瀬会長おはようございます。", "事務局資料１を御覧ください。", "大谷委員意見です。",
                  "事務局から説明があった。")
    assert sorted(found.values()) == [("事務局", "資料１を御覧ください。"), ("大谷委員", "意見です。"),
                                      ("村瀬会長", "おはようございます。")]
    parsed = glued.read(_lines(*_LIST, "村瀬会長おはようございます。", "事務局資料１を御覧ください。", "大谷委員意見です。"),
                        load_roles())
    assert parsed is not None
    sp, _rest, why = parsed.at[12]
    assert (sp.label, sp.name, sp.role, why) == ("事務局", "", "secretariat",
                                                 "label glued to the speech, listed: 事務局 (line 9: 事務局)")


def test_a_label_only_the_record_vouches_for_is_read():
    # 田中 is nobody of the list: 田中委員 is no label; 石黒委員 after a clock is
    found = _read("村瀬会長おはようございます。", "田中委員ありがとうございます。", "10:05石黒委員一点伺います。",
                  "大谷委員意見です。")
    assert sorted(found.values()) == [("大谷委員", "意見です。"), ("村瀬会長", "おはようございます。"),
                                      ("石黒委員", "一点伺います。")]


def test_a_file_needs_several_glued_turns_by_two_speakers_at_least():
    assert _read("村瀬会長おはようございます。", "大谷委員意見です。") == {}
    assert _read("村瀬会長おはようございます。", "村瀬会長次に移ります。", "村瀬会長以上です。") == {}


def test_a_file_whose_labels_another_header_form_reads_is_left_to_it():
    glued_turns = ("村瀬会長おはようございます。", "大谷委員意見です。", "石黒委員質問です。")
    assert len(_read(*glued_turns)) == 3
    marked = ("○村瀬会長　ありがとうございます。", "○大谷委員　意見です。", "○石黒委員　質問です。")
    assert _read(*glued_turns, *marked) == {}


def test_a_line_going_on_a_sentence_the_line_above_left_open_is_no_turn():
    found = _read("村瀬会長おはようございます。", "大谷委員意見です。", "石黒委員質問です。補助制度の対象については、",
                  "大谷委員御指摘の点も含めて検討します。", "村瀬会長以上です。")
    assert 14 not in found and {11, 12, 13, 15} <= set(found)


def test_the_attendee_list_may_be_a_table_or_name_alone_titles():
    roll = ("会議録", "| 区分 | 氏名 |", "| 会長 | 村瀬 浩一 |", "| 委員 | 大谷 恵美 |", "| 委員 | 石黒 達也 |", "")
    found = glued.read(_lines(*roll, "村瀬会長開会します。", "大谷委員意見です。", "石黒委員質問です。"), load_roles())
    assert found is not None
    assert [(sp.label, sp.role) for sp, _r, _w in found.at.values()] == [
        ("村瀬会長", "chair"), ("大谷委員", "member"), ("石黒委員", "member")]


def test_without_the_form_the_cheap_test_reads_nothing_more():
    """The seed and the shared PDF's text: no line of speech among the first opens with a label
    glued to its words, so the attendee list is never read."""
    for name in ("infra-council-05-fictional.txt", "verbatim-pdftotext.txt"):
        assert glued._opening(read_source(MINUTES / name).lines, load_roles()) is None
