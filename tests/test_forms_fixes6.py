"""Small flaws left from session 11 (fixes6). One fixture per form, written here (fictional
bodies, names and sentences) in the shape real files arrive in, with its expected parse — rows:
(speaker label, name, title, role, start of the text, first line, last line) — and the fate of
every line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread).

1. A numbered section heading right under the attendee list (``front_steps.front_item_step``):
   ``４　議事概要`` (a heading the agenda does not take) went on the list as its next line, and
   the secretariat's report below it with it (front matter); ``Ⅲ　議事の経過`` — a Roman numeral
   before spaces was no number (``numbering.item``), so ``Ⅲ　出席者`` was no label either.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city council's 議事概要 in pdftotext shape: numbered front items, the attendee list wrapped,
    # ４　議事概要 right under it with no blank line, page numbers and form feeds. Before: the
    # heading, （１） and the secretariat's report read as the attendee list's lines (front), 4
    # points; the same record with a blank line above the heading was read right
    "summary-proceedings-under-attendees-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局から資料１に基づき、令和６年度の家庭ごみ", 11, 12),
        ("黒田委員", "黒田", "委員", "member", "集団回収の報償金を見直してほしい。", 15, 16),
        ("村井環境課長", "村井", "環境課長", "secretariat", "来年度の予算の中で検討したい。", 20, 20),
        ("白石委員", "白石", "委員", "member", "食品ロスの啓発は、学校と連携して進めるべき。", 22, 22),
        ("青木会長", "青木", "会長", "chair", "本日の意見は、次回までに事務局で整理してください。", 24, 24),
    ],
    # the check, written after the rule (a town's 地域公共交通会議 saved from Word as text): Roman
    # section numbers before a space (Ⅰ　開催日時 … Ⅳ　議事の経過), the attendees in bracketed
    # groups, labels beside the speech. Before: no attendees (Ⅲ　出席者 no label), Ⅳ　議事の経過
    # and the 事務局 group read as a turn of 事務局 (6 points); after the rule at first sight 5/5
    "transport-roman-sections-word.txt": [
        ("事務局", "", "事務局", "secretariat", "４月の利用者数が", 10, 10),
        ("岡田委員", "岡田", "委員", "member", "予約の電話がつながりにくいとの声がある。", 12, 12),
        ("小島企画課長", "小島", "企画課長", "secretariat", "オンライン予約の導入を含めて検討します。", 13, 13),
        ("杉山委員", "杉山", "委員", "member", "高齢者向けの説明会を地区ごとに開いてほしい。", 14, 14),
        ("松本会長", "松本", "会長", "chair", "それでは、本日の議事はこれで終わります。", 15, 15),
    ],
}

LINE_FATES = {
    # the heading is front matter as it is after a blank line (an item of the front's series),
    # the list is over: （１） and （２） agenda, the report the secretariat's point
    "summary-proceedings-under-attendees-pdftotext.txt": "fbfffffffappapppbFppppppbFb",
    "transport-roman-sections-word.txt": "fbffffffapapppp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_attendees_of_a_list_a_section_heading_ends() -> None:
    from assembler import minutes

    got = minutes.parse_file(MINUTES / "summary-proceedings-under-attendees-pdftotext.txt").meeting.attendees
    assert [(g.group, g.names) for g in got] == [
        ("出席者", ("委員\u3000青木会長", "黒田委員", "白石委員", "森委員", "長谷川委員")),
        ("事務局", ("環境課長\u3000村井", "環境課主査\u3000田辺"))]
    got = minutes.parse_file(MINUTES / "transport-roman-sections-word.txt").meeting.attendees
    assert [(g.group, len(g.names)) for g in got] == [("委員", 4), ("事務局", 2)]


_KANJI_FRONT = "第２回　ひかり町まちづくり懇談会　議事要旨\n\n日時：令和７年６月５日（木）１９時～２０時３０分\n場所：ひかり町公民館\n"


@pytest.mark.parametrize("legend, turns", [
    ("（凡例）委＝委員、事＝事務局、会＝会長", ("会　", "事　", "委　", "事　")),
    ("発言者：（会）会長　（委）委員　（事）事務局", ("（会）", "（事）", "（委）", "（事）"))])
def test_a_legend_in_kanji_abbreviations_marks_the_turns(tmp_path, legend, turns) -> None:
    from assembler import minutes

    words = ("ただいまから懇談会を始めます。", "資料に沿って説明します。", "バスの本数を増やしてほしい。",
             "事業者と相談します。")
    path = tmp_path / "record.txt"
    path.write_text(_KANJI_FRONT + legend + "\n\n" + "".join(m + w + "\n" for m, w in zip(turns, words)),
                    encoding="utf-8")
    got = minutes.parse_file(path)
    assert [(p.speaker.label, p.text) for p in got.points] == [
        ("会長", words[0]), ("事務局", words[1]), ("委員", words[2]), ("事務局", words[3])]
