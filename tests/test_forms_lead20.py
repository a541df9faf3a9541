"""Forms the lead mended in session 20 from kept-back records' misses (concepts, fixtures written here).

1. A borderless speaker | speech table that plain pdftotext gives row by row, in order — each speaker cell's
   lines, a blank, its words, then the next cell's — with cells of one line (事務局, 審査申出人, 岡田委員) among
   cells of a post over a name in brackets (委員長 / （北見）), rows merged across the table for the sections
   (２ / 審査申出人の意見陳述), and, here and there, a cell's second line out of its place (under the first
   paragraph of its words, or at the next page's head) or two rows' cells stacked before their words (a
   page's last rows). ``ingest.apartcells`` paired such a table only when the cells came in runs of their own
   (every cell two lines, or counts that agree over the whole table): here the counts never agree (a cell's
   words of several paragraphs), so every line of the table was unread (a kept-back record: 1 of 16 turns).
   Now the column's pieces are cut into runs by the rows' words (``_Table.in_order``): one cell in a run
   speaks every row below it, n cells the n rows below them in order; a bracketed name at a run's head is
   the second line of the cell above that lacks one; a post broken at the cell's width (請求人代理 / 人) one
   piece; a section's title (（３）処分庁の弁明, 審査申出人の意見陳述) the agenda, not words.
2. Labels stacked above their speeches (``stacked_steps``): a label right under a line of speech that ends its
   sentence, with a short sentence below it (``江見課長補佐`` / ``はい、聞こえております。`` / ``真柴委員``), was read as
   a stack whose first label's wrapped tail stood among the labels — the reply given to the next speech, or the
   lines unread (a kept-back record: 2 turns lost). A stack is a block of its own (a blank line or the page's head
   above it): there, the label is a label alone above its words.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from assembler import minutes
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

# tests/tools/make_cells_in_order.py. The first row is a point no one said: the front matter's table, whose
# cells pdftotext gave apart (総務部総務課 / 案 / 件 / 審査申出第３号…), read as the words of its 事務局 row —
# another concern (a front table), written as it reads now. 審査申出人 reads as name 審査, title 申出人 (the
# role table's reading of a title it does not hold whole), also as it reads now. Main: 2 points, 78 lines
# unread.
EXPECTED = {
    "cells-in-order-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "総務部総務課案件審査申出第３号", 41, 58),
        ("事務局", "", "事務局", "secretariat", "ただいまから、令和８年度第２回み", 62, 66),
        ("委員長（北見）", "北見", "委員長", "chair", "委員長の北見でございます。本日は", 71, 76),
        ("審査申出人", "審査", "申出人", "other", "私の店舗兼住宅の土地は、前面の道", 84, 91),
        ("岡田委員", "岡田", "委員", "member", "委員の岡田です。前面道路の幅員に", 95, 97),
        ("審査申出人", "審査", "申出人", "other", "税務課の窓口で一度聞きましたが、", 102, 104),
        ("三宅委員", "三宅", "委員", "member", "三宅です。拡幅計画の中止を知った", 108, 111),
        ("審査申出人", "審査", "申出人", "other", "昨年の秋の説明会で知りました。基", 115, 116),
        ("委員長（北見）", "北見", "委員長", "chair", "それでは、審査申出人の陳述はここ", 121, 123),
        ("処分庁（資産税課長）", "", "資産税課長", "other", "資産税課長の村越でございます。本", 132, 139),
        ("岡田委員", "岡田", "委員", "member", "幅員による補正率は、具体的にどの", 143, 145),
        ("処分庁（資産税課長）", "", "資産税課長", "other", "補正率は〇・九七でございます。評", 150, 152),
        ("三宅委員", "三宅", "委員", "member", "拡幅計画が中止になれば、将来の利", 156, 158),
        ("処分庁（資産税課係長）", "", "資産税課係長", "other", "係長の大沢でございます。区分の見", 163, 165),
        ("委員長（北見）", "北見", "委員長", "chair", "以上で本日の口頭審理を終わります", 170, 172),
        ("事務局", "", "事務局", "secretariat", "次回の委員会は、十二月十日午後二", 180, 182),
    ],
    # written apart: a town's 開発審査会, the speaker's column narrow (請求人代理 / 人; （弁護士 / 森脇）; （都市計画
    # … a page … 課長）), sections numbered （２）… on the line above a cell, CP932 with CRLF. The front table's
    # 事務局 row as above; 弁護士森脇 the bracket's pieces joined without the space pdftotext dropped at the
    # break (as it reads now). Main: 2 points, 62 lines unread.
    "cells-in-order-apart-pdftotext-cp932.txt": [
        ("事務局", "", "事務局", "secretariat", "総務課議題開発許可処分に対する審", 32, 55),
        ("司会（事務局）", "事務局", "司会", "secretariat", "定刻になりましたので、ただいまか", 61, 62),
        ("会長（宇野）", "宇野", "会長", "chair", "会長の宇野です。本日は、開発許可", 67, 69),
        ("請求人代理人（弁護士森脇）", "弁護士森脇", "請求人代理人", "other", "代理人の森脇です。本件の開発区域", 77, 81),
        ("篠田委員", "篠田", "委員", "member", "篠田です。下流の水路があふれた状", 85, 86),
        ("請求人代理人（弁護士森脇）", "弁護士森脇", "請求人代理人", "other", "請求人が撮影した写真が六枚ござい", 93, 94),
        ("会長（宇野）", "宇野", "会長", "chair", "ありがとうございました。続いて、", 99, 99),
        ("処分庁（都市計画課長）", "", "都市計画課長", "other", "都市計画課長の安西でございます。", 105, 115),
        ("浜口委員", "浜口", "委員", "member", "浜口です。調整池の容量は、近年の", 119, 120),
        ("処分庁（都市計画課長）", "", "都市計画課長", "other", "基準の見直しは、現在、県で検討中", 126, 128),
        ("篠田委員", "篠田", "委員", "member", "指導の内容は文書で残っていますか", 132, 133),
        ("処分庁（開発指導係長）", "", "開発指導係長", "other", "開発指導係長の鶴田でございます。", 139, 140),
        ("会長（宇野）", "宇野", "会長", "chair", "それでは、本日の口頭審理はこれで", 145, 146),
        ("司会（事務局）", "事務局", "司会", "secretariat", "以上をもちまして、本日の審査会を", 152, 153),
    ],
}

LINE_FATES = {
    "cells-in-order-pdftotext.txt": (
        "ffffbfbffbfbfbfbfbfbfbfbfbffbfbfbfbffbpbpbpbpbppbFbpbpbpbpbpbpppppbFFbpppppppbFbabFbpppppppppbFbppppbFFbppppb"
        "FbpppppbFbpppbFFbppppbFbabFFbpppppppppbFbppppbFFbppppbFbppppbFFbppppbFFbppppbFbabFbppppbb"),
    "cells-in-order-apart-pdftotext-cp932.txt": (
        "FbfbfffbffbfbfbfbffbfbfbfbffbpbpbpbpbpbpbppbppbpbpbppbpbappbppbFFbppppbaFFFFbppppppbFbpppbFFFFbpppbFFbppbaFF"
        "bpppbFFbFbpppbFbpppbFFFbppppbFbpppbFFFbpppbFFbpppbaFFbpppbb"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


# written apart from the fixtures (a 情報公開審査会, no Word file behind it): a cell's second line under the
# first paragraph of its words (会長 / … / （小野）), a bracket broken over two lines and a blank (（図書館 / / 長）),
# the second line of a cell at the next page's head under the running head (（図書館 / 長） after － 1 －), and
# the page's last two rows' cells stacked before their words (会長 / （小野） / 実施機関, then 以上で… / 秋の…)
_HEARING = """ひばり市情報公開審査会　口頭意見陳述記録

令和８年度第３回

日 時
令和８年７月３日（金） 午前10時〜午前11時
場 所
ひばり市役所 ２階 会議室

会長

会長の小野です。ただいまから、審査請求人の意見陳述を伺います。

（小野）

陳述の時間は、おおむね二十分でお願いします。

審査請求人

私が開示を求めたのは、市立図書館の改修工事に関する協議の記録で
す。

北村委員

北村です。どの部分の開示を、特に求めていますか。

審査請求人

工事費の内訳の部分です。市民の税金の使い道だからです。

会長
（小野）

それでは、実施機関の説明に移ります。

実施機関
（図書館

長）

図書館長の今井でございます。内訳は入札の前の段階の数字で、公に
すると入札に影響するおそれがあります。

実施機関

入札が終わった後であれば、内訳の開示を改めて検討いたします。
－ 1 －
\fひばり市情報公開審査会　口頭意見陳述記録
（図書館
長）
北村委員

入札の時期は、いつ頃の予定でしょうか。

会長
（小野）
実施機関

以上で本日の意見陳述を終わります。
秋の予定でございます。
"""


def _parse(tmp_path, text: str) -> minutes.Minutes:
    path = tmp_path / "hearing.txt"  # the file's reader pairs the cells (ingest.apartcells), as a user's file is read
    path.write_text(text, encoding="utf-8")
    return minutes.parse_file(path)


def test_a_cells_second_line_out_of_its_place_and_stacked_cells_are_paired_in_order(tmp_path) -> None:
    parsed = _parse(tmp_path, _HEARING)
    assert [(p.speaker.label, p.text[:11]) for p in parsed.points] == [
        ("会長（小野）", "会長の小野です。ただい"),
        ("会長（小野）", "陳述の時間は、おおむね"),
        ("審査請求人", "私が開示を求めたのは、"),
        ("北村委員", "北村です。どの部分の開"),
        ("審査請求人", "工事費の内訳の部分です"),
        ("会長（小野）", "それでは、実施機関の説"),
        ("実施機関（図書館長）", "図書館長の今井でござい"),
        ("実施機関（図書館長）", "入札が終わった後であれ"),  # its （図書館 / 長） at the next page's head
        ("北村委員", "入札の時期は、いつ頃の"),
        ("会長（小野）", "以上で本日の意見陳述を"),  # two cells stacked, then their two rows
        ("実施機関", "秋の予定でございます。"),
    ]
    assert parsed.unread == ()


def test_a_run_whose_cells_and_rows_differ_in_number_is_never_guessed(tmp_path) -> None:
    # three cells stacked over two rows' words: which words are whose cannot be told — the table unread
    # (the reason given), no speech given to a cell by guess
    text = _HEARING.replace("会長\n（小野）\n実施機関\n", "会長\n（小野）\n北村委員\n実施機関\n")
    parsed = _parse(tmp_path, text)
    said = [(p.speaker.label, p.text[:6]) for p in parsed.points]
    assert ("北村委員", "秋の予定でご") not in said and ("実施機関", "秋の予定でご") not in said
    assert parsed.unread


def test_words_under_a_run_never_paired_are_no_ones_until_a_cell_stands(tmp_path) -> None:
    # three cells stacked over one row's words (lost: unread), then a name in brackets alone and words: not
    # the second line of the cell above the lost run, nor its words — unread too; the next cell reads again
    text = _HEARING.replace("会長\n（小野）\n\nそれでは、実施機関の説明に移ります。\n",
                            "会長\n（小野）\n北村委員\n審査請求人\n\nそれでは、実施機関の説明に移ります。\n\n（小野）\n\n"
                            "説明は、十分程度でお願いします。\n")
    parsed = _parse(tmp_path, text)
    said = [(p.speaker.label, p.text[:6]) for p in parsed.points]
    assert not [s for s in said if s[1] in ("それでは、実", "説明は、十分")], said
    assert {u.text for u in parsed.unread} >= {"それでは、実施機関の説明に移ります。", "説明は、十分程度でお願いします。"}
    assert ("実施機関（図書館長）", "図書館長の今") in said


def test_words_past_the_last_cells_are_read_as_they_stand(tmp_path) -> None:
    # the last run's two cells speak its first two rows; a note after the table (※本記録は…) is no cell's
    # words and no unread line: read as it stands (the record's narrative)
    parsed = _parse(tmp_path, _HEARING + "\n※本記録は、発言の要旨を記録したものである。\n")
    assert [(p.speaker.label, p.text[:6]) for p in parsed.points][-2:] == [("会長（小野）", "以上で本日の"), ("実施機関", "秋の予定でご")]
    assert parsed.unread == ()
    assert parsed.lines[-1] == "narrative"


# written apart (an 検討会 with a member online; unmarked labels alone above their words, a page between a label
# and its words): the 課長's short reply right under the member's question is his turn, not a stack's tail
_ONLINE = """第３回　地域交通あり方検討会　議事録

日時　令和８年９月１日（火）午前１０時～
場所　市役所３階会議室（オンライン併用）

北原座長
それでは議事に入ります。資料について、事務局から説明をお願いします。
宮内交通政策課長
資料１を御覧ください。地域の路線の利用者数は、前年度から一割ほど減って
おります。
北原座長
続いて、オンラインで参加の杉委員、お願いします。
杉委員
杉です。声は届いておりますでしょうか。
宮内交通政策課長
はい、届いております。
杉委員

－2－

では手短に。高齢の方の通院の足を、最優先で考えていただきたいと思いま
す。
北原座長
ありがとうございました。本日はここまでといたします。
"""


def test_a_label_under_a_finished_sentence_is_no_stack(tmp_path) -> None:
    parsed = _parse(tmp_path, _ONLINE)
    assert [(p.speaker.label, p.text[:6]) for p in parsed.points][3:6] == [
        ("杉委員", "杉です。声は"), ("宮内交通政策課長", "はい、届いて"), ("杉委員", "では手短に。")]
    assert parsed.unread == ()


def test_a_wrapped_tail_among_labels_under_a_finished_sentence_is_still_a_stack(tmp_path) -> None:
    # the same place, a stack pdftotext made: the first label's line below is a sentence's end alone (ります。, no
    # clause of its own), its speech stops short for it, the stack pairs — the 課長's words with their tail, the
    # member's after them
    text = _ONLINE.replace(
        "宮内交通政策課長\nはい、届いております。\n杉委員\n\n－2－\n\nでは手短に。高齢の方の通院の足を、最優先で考えていただきたいと思いま\nす。\n",
        "宮内交通政策課長\nります。\n杉委員\n\n届いております。資料の数字は、計画の見直しの際に併せて検討してお\n"
        "では手短に。高齢の方の通院の足を、最優先で考えていただきたいと思います。\n")
    parsed = _parse(tmp_path, text)
    said = [(p.speaker.label, p.text) for p in parsed.points]
    assert ("宮内交通政策課長", "届いております。資料の数字は、計画の見直しの際に併せて検討しております。") in said
    assert ("杉委員", "では手短に。高齢の方の通院の足を、最優先で考えていただきたいと思います。") in said
    assert parsed.unread == ()
