"""Page numbers have one home (session 18, homes18): ``assembler.text.PAGE_NUMBER`` / ``is_page_number``.

Five readers each kept a page-number pattern of their own (minutes.forms, minutes.trailing, ingest.pdf,
ingest.qatext, ingest.interview), and they differed at the edges: one dash or two, ー, —, ．, three digits
or four, p. or not. Now every reader asks ``text.is_page_number``, the union of the forms real files use:
the number between dashes or beside one (－ 3 －, - 3 -, ―3―, －3), with the count of pages (3/9, 3 of 9),
after p. or Page (p. 3, Page 3 of 9), in brackets ((3), （３）) or before a full stop (3．).

Before, on the two fixtures below: ``Page 1 of 3`` was glued into the words of the turn it broke (the point
read 「…満たして Page 1 of 3 いるが…」), a lone ``（２）`` or ``3．`` between pages was read as the agenda,
and in pypdf's text (no form feed) ``Page 2 of 5``, ``(3)``, ``４．`` and ``－5`` were points, the running
head below each a point of its own cited to the speaker above (10 points for 7).
"""
from __future__ import annotations

import pytest

from assembler import text
from assembler.ingest import apartcells, interview, numbercells, pdf, qatext
from assembler.minutes import closing_steps, furniture, pagenumbers, parser, trailing
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 流域協議会's 議事要旨 as pdftotext gives it: form feeds, a sentence broken by the page's foot, the
    # page's number in four forms (Page 1 of 3, （２）, 3．, p. 4)
    "page-forms-pdftotext.txt": [
        ("浅見会長", "浅見", "会長", "chair", "本日は流域の水質調査について", 9, 10),
        ("事務局（河川課長）", "", "河川課長", "secretariat",
         "資料１に基づき、昨年度の調査結果を説明した。上流の観測点では基準を満たしているが、下流の観測点では悪化していた。", 12, 15),
        ("久保委員", "久保", "委員", "member", "下流の観測点の数値が悪化している理由は何か。", 17, 17),
        ("事務局（河川課長）", "", "河川課長", "secretariat", "工場の排水が主な原因と考えている。", 19, 19),
        ("田辺委員", "田辺", "委員", "member", "住民への周知をもっと工夫してほしい。", 23, 23),
        ("浅見会長", "浅見", "会長", "chair", "事務局は次回までに周知の案をまとめること。", 25, 25),
        ("久保委員", "久保", "委員", "member", "観測点を増やす予算はあるのか。", 29, 29),
        ("事務局（河川課長）", "", "河川課長", "secretariat", "来年度の予算要求で検討する。", 31, 31),
    ],
    # written apart: a まちづくり懇談会's 会議録 as pypdf gives it (no form feed, no blank line, the running
    # head atop each page), the speech on the label's line, the page's number in four other forms
    # (Page 2 of 5, (3), ４．, －5)
    "page-forms-apart-pypdf.txt": [
        ("司会（まちづくり課小野）", "小野", "司会", "secretariat", "ただいまから懇談会を始めます。", 4, 5),
        ("住民（北村）", "北村", "住民", "member", "バス停の屋根がなくて雨の日は困っています。早めに付けてもらえませんか。", 6, 7),
        ("まちづくり課長", "", "まちづくり課長", "secretariat", "バス会社と協議して", 10, 10),
        ("住民（森下）", "森下", "住民", "member", "公園の街灯が暗いので、子どもの帰り道が心配です。", 11, 11),
        ("まちづくり課長", "", "まちづくり課長", "secretariat", "現地を確認したうえで", 14, 14),
        ("住民（北村）", "北村", "住民", "member", "ありがとうございます。", 15, 15),
        ("司会（まちづくり課小野）", "小野", "司会", "secretariat", "以上で本日の懇談会を終了します。", 18, 18),
    ],
}

LINE_FATES = {
    "page-forms-pdftotext.txt": "fbfffbfpppppbFpppppbFppppbFppppbFb",
    "page-forms-apart-pypdf.txt": "fffppppFFppFFppFFpF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


@pytest.mark.parametrize("line", [
    "－ 3 －", "- 3 -", "―3―", "ー３ー", "−12−", "— 7 —", "－3", "3－", "-- 4 --", "3", "１２３",
    "3/9", "３／９", " 12 / 40 ", "3 of 9", "p. 3", "P.3", "p．３", "p.3/9", "Page 3", "Page 3 of 9",
    "(3)", "（３）", "（ 12 ）", "3．", "３.", "- 3 / 9 -", "\f－ 3 －", "　　　　－ ３ －　　　　",
])
def test_a_page_number_in_every_form_real_files_use(line: str) -> None:
    assert text.is_page_number(line)


@pytest.mark.parametrize("line", [
    "", "３番", "2026年", "（３）その他", "３．閉会", "p. 3 参照", "第3回", "3時", "12345", "(12345)",
    "Page", "－ － －", "――――――――――――――――3――――――――――――――――", "3/9/2026", "資料3", "3人",
])
def test_no_line_of_words_or_a_rule_is_a_page_number(line: str) -> None:
    assert not text.is_page_number(line)


def test_every_reader_asks_the_one_home() -> None:
    """No reader keeps a page-number pattern of its own: each takes ``text.is_page_number`` (the form), or
    the parser's steps the lines that are page numbers where they stand (``FileView.page_numbers``, whose
    home ``minutes.pagenumbers`` asks the form: homes19)."""
    for module in (apartcells, interview, numbercells, pdf, qatext, furniture, pagenumbers):
        assert module.is_page_number is text.is_page_number, module.__name__
    for module in (apartcells, interview, numbercells, pdf, qatext, closing_steps, furniture, pagenumbers, parser,
                   trailing):
        assert not any(name.endswith("PAGE_NUMBER") or name == "_PAGE" for name in vars(module)), module.__name__
