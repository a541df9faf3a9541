"""Forms the lead mended in session 18 from kept-back records' misses (concepts, fixtures written here).

1. An OCR read the mark ○ as the digit 0 on ONE line of a scanned record (``0矢吹　委員　…``) where the
   other labels are read right and written the same way (``○浜田　委員　…``, ``〇坂口　委員　…``): the
   label is the file's form — the same title after a name, the same wide space between — on two lines
   with a mark read right at least, so the digit alone is the mark (``ocr._in_files_form``). Before:
   one such line was no evidence (``ocr.read_marks`` asked for two), the turn went on the speaker above.
   A ``０`` opening a line of speech (``０歳児のいる世帯…``) stays as written.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import _parse, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city's 総務常任委員会 記録 scanned and read by an OCR, CP932 with CRLF, hard wraps, a page
    # number after a form feed: one ○ read as 0 (矢吹), one as 〇. Before: 8 points, 矢吹's turn glued
    # onto 島津危機管理課長's
    "ocr-lone-zero-mark-cp932.txt": [
        ("北村委員長", "北村", "委員長", "chair", "ただいまから総務常任委員会を開会します。", 7, 8),
        ("島津危機管理課長", "島津", "危機管理課長", "government", "資料に基づき説明します。", 9, 10),
        ("浜田委員", "浜田", "委員", "member", "浜田です。", 11, 12),
        ("島津危機管理課長", "島津", "危機管理課長", "government", "希望する世帯すべてに", 13, 13),
        ("矢吹委員", "矢吹", "委員", "member", "矢吹です。難聴地域の解消は", 14, 15),
        ("島津危機管理課長", "島津", "危機管理課長", "government", "山間部の３地区は", 16, 17),
        ("坂口委員", "坂口", "委員", "member", "坂口です。", 18, 18),
        ("島津危機管理課長", "島津", "危機管理課長", "government", "総額で約８億円を見込んでおります。", 19, 20),
        ("北村委員長", "北村", "委員長", "chair", "ほかにありませんか。", 21, 21),
    ],
}

LINE_FATES = {
    "ocr-lone-zero-mark-cp932.txt": "fbfffbpppppppppppppppF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _labels_of(text: str) -> list[str]:
    return [p.speaker.label for p in _parse(text).points]


def test_one_zero_for_the_mark_needs_the_files_own_label_form() -> None:
    # written apart: a 理事会 whose labels are ○姓＋wide space＋理事; one 0 before a label of that form
    # is a label, one before a label written otherwise (no wide space) is not, nor is a 0 before speech
    head = "理事会記録\n\n○岡部　理事長　開会します。\n○堀田　理事　賛成です。\n◯村瀬　理事　異議ありません。\n"
    assert _labels_of(head + "0塩見　理事　確認します。\n")[-1] == "塩見理事"
    assert _labels_of(head + "0塩見理事　確認します。\n")[-1] == "村瀬理事"
    assert _labels_of(head + "0塩見　監事　確認します。\n")[-1] == "村瀬理事"
