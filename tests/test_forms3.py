"""Forms of real minutes a held-out set showed the parser missing, one fixture per concept.

Each fixture is written here (fictional names and sentences) in the shape real files arrive
in — pypdf text with no blank lines, fixed-width wrapping, a page number and the running
head run into the text; pdftotext text with form feeds and page numbers — with its expected
parse (rows: speaker label, role, start of the text, first line, last line) and the fate of
every line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a prefectural committee's 会議要録 as pypdf extracts it: ◆ member, ◎ official,
    # ○ chair with no legend; a space between the name and the title inside the header
    # (◆北浦雅人 委員, ◎北条 農政課長, ◆南 陽子 委員, ○岸　本　孝　之 委員長), the speech
    # after wide spaces on the same line; 閉会宣告 and the time close the meeting
    "yoroku-spaced-names.txt": [
        ("北浦雅人委員", "member", "説明のあった実証事業ですが、参加した農家の数と、", 19, 20),
        ("北条農政課長", "secretariat", "昨年度の実証には２３の経営体が参加し、", 21, 22),
        ("北浦雅人委員", "member", "導入に至らなかった理由は何でしょうか。", 23, 24),
        ("北条農政課長", "secretariat", "主な理由は初期費用でございます。", 27, 28),
        ("南陽子委員", "member", "ドローンの操縦者の確保も課題です。", 29, 30),
        ("北条農政課長", "secretariat", "研修の回数を増やす方向で調整しております。", 31, 31),
        ("岸本孝之委員長", "chair", "ほかに質疑はありませんか。", 32, 32),
        ("岸本孝之委員長", "chair", "以上で、スマート農業の推進についての質疑を終わります。", 34, 34),
    ],
}

LINE_FATES = {
    "yoroku-spaced-names.txt": "ffffffffffffffff" "aa" "pppppp" "FF" "pppppp" "s" "p" "n" "F",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def _speakers(text: str) -> list[tuple[str, str, str, str]]:
    from assembler.ingest.text import split_lines

    src = split_lines(text, "x.txt", encoding="utf-8")
    return [(p.speaker.name, p.speaker.title, p.speaker.role, p.text) for p in minutes.parse_source(src).points]


def test_a_spaced_label_is_a_name_and_a_title_of_the_role_table():
    # written apart from the fixture: other marks, other titles, the speech below the header
    got = _speakers("環境委員会 会議要録\n\n● 早川 千晴 副委員長\n森林の整備を急ぐべきである。\n"
                    "◇ 村瀬 環境政策課長　　　整備計画を見直します。\n"
                    "○東会長　それでは始めます。\n")
    assert got == [("早川千晴", "副委員長", "chair", "森林の整備を急ぐべきである。"),
                   ("村瀬", "環境政策課長", "secretariat", "整備計画を見直します。"),
                   ("東", "会長", "chair", "それでは始めます。")]


def test_words_of_a_speech_after_a_header_are_no_spaced_name():
    # the label is whole before the spaces: 各 委員 in the speech names nobody
    got = _speakers("検討会 議事録\n\n○東岡計画官　各 委員 の皆様に御礼申し上げます。\n")
    assert [(n, t) for n, t, _r, _x in got] == [("東岡", "計画官")]
