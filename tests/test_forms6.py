"""Forms of real minutes a held-out set showed the parser missing (issue 10, batch 6), one
fixture per concept, each written here (fictional names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, role, kind, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.minutes.kind import decide, inner_speech
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a board of education's 会議録 (テキスト版) in pdftotext shape: each turn's whole speech
    # in 「…」 after the speaker, over several lines, a blank line inside a paragraph, a
    # page break (page number, form feed, running head) inside the quote; the closing stage
    # lines （閉会）, 午後３時０５分閉会 and the office's footer after the last turn
    "board-quoted-speech.txt": [
        ("山田教育長", "government", "procedural", "「ただいまから、令和６年第４回", 8, 9),
        ("山田教育長", "government", "procedural", "「それでは、議案第８号、", 11, 12),
        ("高橋教育総務課長", "secretariat", "opinion", "「教育総務課長の高橋でございます。", 14, 18),
        ("鈴木委員", "member", "opinion", "「通学距離が長くなる児童への配慮", 20, 21),
        ("高橋教育総務課長", "secretariat", "opinion", "「今後、地域説明会を開催して、", 23, 27),
        ("山田教育長", "government", "procedural", "「ほかに御意見はありませんか。", 29, 30),
        ("山田教育長", "government", "procedural", "「以上で、本日の日程は全て終了しました。", 34, 35),
    ],
}

LINE_FATES = {
    "board-quoted-speech.txt": "fbffffb" "ppbppbppbppbppbpb" "FF" "pb" "ppbsb" "ppb" "Fnb" "FFbF",
}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.role, p.kind, p.text, p.source.line_start, p.source.line_end)
            for p in parsed.points]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    got = _rows(parsed)
    assert len(got) == len(EXPECTED[name]), got
    for g, e in zip(got, EXPECTED[name]):
        assert (g[0], g[1], g[2], g[4], g[5]) == (e[0], e[1], e[2], e[4], e[5]), g
        assert g[3].startswith(e[3]), g
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_quoted_turn_keeps_its_wording_and_its_kind_reads_inside_the_quotes():
    # written apart from the fixture: no space before the quote, the speech below the
    # header, a turn quoted over two paragraphs, a quote inside a speech
    parsed = _parse("農業委員会 会議録\n\n○川口会長「これより総会を開会します。」\n"
                    "○西田委員「『農地バンク』の活用を急ぐべきだ。」\n○川口会長\n"
                    "「次に、議案第２号に移ります。\n\n　事務局から説明願います。」\n")
    assert [(p.speaker.label, p.kind, p.text) for p in parsed.points] == [
        ("川口会長", "procedural", "「これより総会を開会します。」"),
        ("西田委員", "opinion", "「『農地バンク』の活用を急ぐべきだ。」"),
        ("川口会長", "procedural", "「次に、議案第２号に移ります。"),
        ("川口会長", "procedural", "事務局から説明願います。」"),
    ]


def test_inner_speech_takes_off_only_the_marks_around_the_turn():
    assert inner_speech("「開会します。」") == "開会します。"
    assert inner_speech("「見守り隊」の協力を得たい。") == "「見守り隊」の協力を得たい。"
    assert inner_speech("「『A』と「B」を比べる。」") == "『A』と「B」を比べる。"
    assert inner_speech("「Aは「B」だ。") == "Aは「B」だ。"
    assert inner_speech("終わります。」") == "終わります。"
    assert inner_speech("「A」と「B」") == "「A」と「B」"
    # the cue at the start is seen through the bracket
    assert decide("「ありがとうございました。清水委員、お願いいたします。」")[0] == "procedural"


def test_a_sentence_closing_a_quoted_turn_is_no_footer():
    # the last turn's last line ends 。」 and is short: the contact footer below starts after it
    parsed = _parse("教育委員会 会議録\n\n○山田教育長 「開会します。」\n○鈴木委員 「配慮が必要だ。」\n"
                    "○山田教育長 「以上で、本日の日程は終了しました。\nこれで閉会いたします。」\n（閉会）\n"
                    "午後３時閉会\nさくら市教育委員会事務局\n電話 0123-45-6789\n")
    assert parsed.points[-1].text == "「以上で、本日の日程は終了しました。これで閉会いたします。」"
    assert _fates(parsed)[-5:] == "pFnFF"
