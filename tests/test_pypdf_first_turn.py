"""Text as pypdf gives it: no blank lines, lines broken at the page's width.

The first turn stands right under the attendee list; its speech is broken onto the next line,
which finishes the sentence. It is speech, not one more group of attendees (a group's next
line would be more people). And labels in ASCII angle brackets (<事務局>, as text typed on
an ASCII keyboard or normalised by NFKC gives ＜事務局＞) are labels as ＜＞ are.
"""
from __future__ import annotations

from assembler.ingest.text import split_lines
from assembler.minutes import parse_source

PYPDF = """\
第４回みなと県環境審議会 議事録
１ 日 時 令和６年５月２０日（月）午前１０時から正午まで
３ 出席者
委員 大川会長、北原委員、南委員
事務局 環境政策課長ほか
○大川会長（みなと大学名誉教授） ただいまから第４回みなと県環境
審議会を開会いたします。本日は、骨子案について御審議をお願いし
ます。
○北原委員（みなと大学教授） 削減目標について、産業部門の取組が
抽象的である。
会長 それでは、事務局から説明を
お願いします。
"""

SPACED = """\
ひかり市都市計画審議会会議録
出席委員
林正男 会長　　　青木一郎 委員
事務局職員
都市計画課 主査　西田美咲
会長　ただいまから、令和６年度第１回ひかり市都市計画審議会を開会
いたします。本日は委員６名中５名の出席があります。
都市計画課長　資料１に沿って、用途地域の変更案を御説明いたします。
"""


def _points(text: str) -> list[tuple[str, str]]:
    minutes = parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.text) for p in minutes.points]


def test_a_marked_first_turn_broken_onto_the_next_line_is_speech() -> None:
    points = _points(PYPDF)
    assert points[0] == ("大川会長（みなと大学名誉教授）",
                         "ただいまから第４回みなと県環境審議会を開会いたします。本日は、骨子案について御審議をお願いします。")
    assert [p[0] for p in points[:2]] == ["大川会長（みなと大学名誉教授）", "北原委員（みなと大学教授）"]
    # 会長 alone later is the 会長 the record named (the title's holder)
    assert points[2] == ("大川会長（みなと大学名誉教授）", "それでは、事務局から説明をお願いします。")


def test_a_spaced_first_turn_broken_onto_the_next_line_is_speech() -> None:
    points = _points(SPACED)
    assert points[0][0] == "会長" and points[0][1].startswith("ただいまから、令和６年度第１回")
    assert points[1][0] == "都市計画課長"


def test_a_group_of_attendees_stays_a_group() -> None:
    text = "会議録\n出席者\n（委員）川辺座長、森山委員\n（事務局）計画課長　ほか\n○川辺座長　開会します。\n"
    assert _points(text) == [("川辺座長", "開会します。")]


def test_labels_in_ascii_angle_brackets() -> None:
    text = ("第3回 検討会 議事要旨\n\n<事務局>\n・資料1に基づき、利用状況を説明。\n\n<水野委員>\n"
            "・駅前広場の再整備には合意形成が欠かせない。\n")
    assert _points(text) == [("事務局", "資料1に基づき、利用状況を説明。"),
                             ("水野委員", "駅前広場の再整備には合意形成が欠かせない。")]
