"""Page numbers told by their place (session 19, homes19): ``minutes.pagenumbers`` / ``FileView.page_numbers``.

homes18 gave the page number's forms one home (``text.is_page_number``), and every reader asked it of a line
wherever the line stood: a lone ``（１）`` or ``3．`` was a page number anywhere. pdftotext puts an agenda's
numbers on lines of their own (議事 / （１） / 地域交通計画の改定について / （２） / その他), and those numbers
were furniture, their items front matter or a speaker's point. Now the forms no list uses (－ 3 －, - 3 -, 3/9,
Page 3 of 9, p. 3) are page numbers by their form, and the others (3, (3), （３）, 3．) only at a page's edge:
the first or last line with text of a page (a form feed's neighbours) or of the file, the line above the
running head of a page joined to the next (pypdf), or a number of a run going up by one at a page's
interval through the file, or one no list's series leads to (above 1, no item one less above it).

Before, on the two fixtures below: the agenda's numbers were furniture (``F``), and between the turns
``（２）`` was furniture while its item バス路線の再編について was the chair's point above.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.minutes import closing_steps, front_steps, group_steps, header_steps, pagenumbers, parser
from assembler.minutes import report_steps, trailing
from assembler.minutes.view import FileView
from assembler.model import Line
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 地域公共交通会議's 議事要旨 as pdftotext gives it: the agenda's numbers on lines of their own, form
    # feeds, the page's number in list forms at each page's foot ((１), 2．, 3) — (１) the agenda's first
    # number too — and an item's heading between the turns as a number and its item on two lines
    "page-place-agenda-pdftotext.txt": [
        ("岡本会長", "岡本", "会長", "chair", "ただいまから会議を開会する。", 14, 15),
        ("事務局（交通政策課長）", "", "交通政策課長", "secretariat", "資料１に基づき、計画の改定案を説明した。", 17, 17),
        ("平井委員", "平井", "委員", "member", "高齢者の移動手段の確保を", 21, 21),
        ("事務局（交通政策課長）", "", "交通政策課長", "secretariat", "デマンド交通の拡充を", 23, 23),
        ("岡本会長", "岡本", "会長", "chair", "次に議事（２）について説明をお願いしたい。", 27, 27),
        ("事務局（交通政策課長）", "", "交通政策課長", "secretariat", "資料２に基づき、", 31, 31),
        ("大森委員", "大森", "委員", "member", "統合で便数が減る地区への", 33, 33),
        ("岡本会長", "岡本", "会長", "chair", "以上で本日の会議を終了する。", 35, 35),
    ],
    # written apart: a 図書館協議会's 会議録 as pypdf gives it (no form feed, no blank line, no running head),
    # the 次第's numbers on lines of their own (1． / 開会 …), the pages' numbers bare (1, 2, 3) every 15 to
    # 17 lines: a run going up by one at a page's interval
    "page-place-apart-pypdf.txt": [
        ("中野委員長", "中野", "委員長", "chair", "ただいまから令和７年度第１回", 13, 14),
        ("事務局（生涯学習係長）", "", "生涯学習係長", "secretariat", "昨年度の貸出冊数は約１２万冊で", 15, 17),
        ("中野委員長", "中野", "委員長", "chair", "ありがとうございました。", 19, 19),
        ("石川委員", "石川", "委員", "member", "移動図書館車の巡回先を", 20, 21),
        ("事務局（生涯学習係長）", "", "生涯学習係長", "secretariat", "新しい巡回先では", 22, 23),
        ("石川委員", "石川", "委員", "member", "分かりました。", 24, 24),
        ("中野委員長", "中野", "委員長", "chair", "ほかにございますか。", 25, 26),
        ("事務局（生涯学習課長）", "", "生涯学習課長", "secretariat", "資料２を御覧ください。", 27, 28),
        ("中野委員長", "中野", "委員長", "chair", "ただいまの説明について", 29, 29),
        ("森田委員", "森田", "委員", "member", "夜に利用したい勤め人は", 30, 31),
        ("事務局（生涯学習課長）", "", "生涯学習課長", "secretariat", "会計年度任用職員を", 32, 32),
        ("平野委員", "平野", "委員", "member", "延長した時間帯の", 34, 34),
        ("事務局（生涯学習課長）", "", "生涯学習課長", "secretariat", "利用者数を時間帯ごとに", 35, 35),
        ("大川委員", "大川", "委員", "member", "夜間は駐車場の照明が", 36, 37),
        ("事務局（生涯学習課長）", "", "生涯学習課長", "secretariat", "施設を管理する部署と", 38, 38),
        ("中野委員長", "中野", "委員長", "chair", "ほかに御意見はありますか。", 39, 39),
        ("森田委員", "森田", "委員", "member", "延長する時間には", 40, 40),
        ("事務局（生涯学習係長）", "", "生涯学習係長", "secretariat", "自習席の開放も含めて", 41, 41),
        ("中野委員長", "中野", "委員長", "chair", "それでは、開館時間の延長", 42, 43),
        ("石川委員", "石川", "委員", "member", "一点だけよろしいでしょうか。", 44, 45),
        ("事務局（生涯学習課長）", "", "生涯学習課長", "secretariat", "条例の改正が必要ですので", 46, 47),
        ("中野委員長", "中野", "委員長", "chair", "以上で本日の協議事項は", 48, 49),
    ],
}

LINE_FATES = {
    "page-place-agenda-pdftotext.txt": "fbfff" "aaaaaa" "bpppppbF" "pppp" "aa" "ppbF" "ppppppbF",
    # the 次第's numbers and items (1． / 開会) the agenda's, as 1．開会 on one line is (agenda20: before, front matter)
    "page-place-apart-pypdf.txt": "ffff" "aaaaaaaa" "pppppF" "ppppppppppppppF" "ppppppppppppppppF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _numbers(texts: list[str], pages: list[int | None] | None = None) -> list[int]:
    lines = [Line(t, n, pages[n - 1] if pages else None) for n, t in enumerate(texts, 1)]
    return sorted(FileView(lines).page_numbers)


def test_a_list_number_alone_is_no_page_number_inside_a_page() -> None:
    """The brief's agenda: （１） and （２） on lines of their own, inside the page; the file's page number
    below in a form no list uses is one wherever it stands."""
    texts = ["議事", "（１）", "地域交通計画の改定について", "（２）", "その他", "", "○会長　開会します。", "－ 1 －", "○委員　賛成です。"]
    assert _numbers(texts) == [7]


def test_a_list_number_at_a_page_edge_is_the_page_number() -> None:
    """（２） and 3． as the last line with text of a page (a form feed below) or of the file, 4 as a page's first;
    （１） inside a page a list's."""
    texts = ["○会長　開会します。", "（２）", "", "\f○委員　賛成です。", "（１）", "○委員　反対です。", "3．",
             "\f4", "○会長　閉会します。", "5"]
    pages = [1, 1, 1, 2, 2, 2, 2, 3, 3, 3]
    assert _numbers(texts, pages) == [1, 6, 7, 9]


def test_a_list_number_above_the_running_head_is_the_page_number() -> None:
    """pypdf joins the pages with a line break: the number at the foot, the record's first line atop the next."""
    texts = ["第２回 北区まちづくり懇談会 会議録", "日時：令和７年８月３日", "○司会　始めます。", "(2)",
             "第２回 北区まちづくり懇談会 会議録", "○住民　質問です。", "(3)", "○住民　もう一つ質問です。", "以上"]
    assert _numbers(texts) == [3]


def test_a_run_of_numbers_is_the_pages_only_at_a_page_interval() -> None:
    """1, 2, 3 every 16 lines count the pages; the same 16 lines apart but for a gap of 40 (irregular), or 3
    lines apart (a list's items), do not."""
    body = [f"○委員　意見{k}です。" for k in range(15)]
    paged = ["表題"] + body + ["1"] + body + ["2"] + body + ["3"] + ["以上"]
    assert _numbers(paged) == [16, 32, 48]
    irregular = ["表題"] + body + ["1"] + body + ["2"] + body * 3 + ["3"] + ["以上"]
    assert _numbers(irregular) == []
    listed = ["表題", "1", "開会", "2", "議事", "3", "閉会"] + body
    assert _numbers(listed) == []


def test_a_number_no_series_leads_to_is_the_page_number() -> None:
    """A list numbers its items from 1, each after the one before: ３ alone with no item numbered 2 above it
    (pypdf's text, inside a page) is a page's number; １ under 日時's heading, or ２ after １ 開会, a list's."""
    texts = ["第５回 あおば町教育委員会 会議録", "日時 令和７年５月１日", "出席 北村 田中", "3", "委員長 開会します。"]
    assert _numbers(texts) == [3]
    texts = ["第５回 あおば町教育委員会 会議録", "１", "日時 令和７年５月１日", "１ 開会", "2", "議事", "○委員長 開会します。"]
    assert _numbers(texts) == []


def test_every_parser_reader_asks_the_view() -> None:
    """No step of the parser asks a line's form alone: each asks ``FileView.page_numbers``."""
    for module in (closing_steps, front_steps, group_steps, header_steps, parser, report_steps, trailing):
        assert not hasattr(module, "is_page_number"), module.__name__
    assert pagenumbers.find.__module__ == "assembler.minutes.pagenumbers"


def _line_fates(text: str) -> str:
    return _fates(minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8")))


def test_a_link_back_to_the_top_at_the_file_edge_is_the_saved_page_furniture() -> None:
    """A saved page's link back to its top has one form (``furniture._PAGE_TOP_FORM``), asked at the page's
    edges and, in a file its first lines show to be a saved page, through it. At the edge of a file whose
    first lines say nothing of a web page, ▲ページの上に戻る was the agenda (the edges' pattern spelled the
    link without ▲ and 上に戻る)."""
    text = ("第２回みどり区地域福祉懇談会　会議録\n日時：令和７年９月８日（月）\n場所：みどり区役所\n"
            "○区長　ただいまから懇談会を始めます。\n○住民（松井）　見守りの担い手が足りません。\n"
            "○区長　地区ごとの協力員を募ります。\n▲ページの上に戻る\n")
    assert _line_fates(text) == "fffpppF"
