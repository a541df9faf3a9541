"""A pre-pass that reads labels before the parser has set up what the header steps look at.

`quoted.read` (labels glued to a speech in 「」) asks the header steps about the words before each
「 at a line's start; words ending in a bracket (議題の（２）「その他」について, a paragraph of the chair's turn) reach
`panel_labels`, which looked at the act headings' evidence before the parser had made it: every
record with such a line stopped with an internal error (a kept-back national 議事録 of set 26, on
main from bb4bf8b to this fix). The record below is in pdftotext's shape, written for this test.
"""
from __future__ import annotations

import pytest

from assembler import minutes

_RECORD = """\
第４２回港湾物流分科会 議事録

日時：令和８年３月５日（木）１０：００～１１：００

○汐入分科会長　ただいまから第４２回港湾物流分科会を開会いたします。
それでは、議題の（１）「内航海運の担い手確保について」、事務局から説明をお願いします。
○海事課長　海事課長でございます。資料１を御覧ください。船員の有効求人倍率は
引き続き高い水準にございます。
○帆足委員　帆足です。地方の海技教育機関との連携を具体化していただきたいと思います。
○汐入分科会長　ありがとうございました。
 議題の（２）「その他」について、事務局からお願いします。
○海事課長　次回の日程は、追って御連絡いたします。
○汐入分科会長　以上で本日の分科会を終了します。
"""


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\n"), ("cp932", "\r\n")])
def test_words_ending_in_a_bracket_before_a_quote_do_not_stop_the_parse(tmp_path, encoding, newline):
    path = tmp_path / "record.txt"
    path.write_bytes(_RECORD.replace("\n", newline).encode(encoding))
    parsed = minutes.parse_file(path)
    assert [p.speaker.label for p in parsed.points] == [
        "汐入分科会長", "海事課長", "帆足委員", "汐入分科会長", "海事課長", "汐入分科会長"]
    assert not parsed.unread
