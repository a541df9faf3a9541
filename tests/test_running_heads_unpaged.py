"""Running heads of text without page breaks (pypdf joins pages with a line break).

The line just after a page number is a running head when it is the document's first line
again or part of its title (「第４回 …検討会 議事録」 heads its pages 「第４回…検討会」); a
speaker's name alone after two page numbers is not one.
"""
from __future__ import annotations

from pathlib import Path

from assembler.ingest.text import split_lines
from assembler.minutes import parse_file, parse_source

ROOT = Path(__file__).resolve().parent.parent


def test_a_head_that_is_part_of_the_title_is_furniture_not_a_point() -> None:
    path = ROOT / "tests" / "fixtures" / "kind" / "kind-kentokai.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    heads = [n for n, t in enumerate(lines, 1) if t == "第４回デジタル人材育成検討会"]
    assert heads == [32, 60]
    minutes = parse_file(path)
    assert not any("第４回デジタル人材育成検討会支援" in p.text or p.text == "第４回デジタル人材育成検討会"
                   for p in minutes.points)
    assert [minutes.lines[n - 1] for n in heads] == ["furniture", "furniture"]
    chair = [p for p in minutes.points if p.text.startswith("ありがとうございました。本日は、伴走支援")]
    assert chair and "受け入れ企業への支援と、" in chair[0].text


TEXT = """\
令和６年度 第２回 みなと市環境審議会 会議録

日時 令和６年８月２日（金）１４時００分～１５時３０分
○会長 ただいまから第２回みなと市環境審議会を開会いたします。本日は、
ごみ処理基本計画の改定について御審議いただきます。
○小池委員 資源回収の拠点を増やすべきだと考えます。高齢の方にとって、
- 1 -
第２回 みなと市環境審議会
今の拠点は遠すぎます。
○事務局 来年度から、地区の集会所での回収を試行いたします。
○小池委員 ありがとうございます。
- 2 -
みなと市環境審議会
試行の結果は、次回の審議会で御報告ください。
○会長 それでは、本日の審議を終了いたします。
- 3 -
会長
以上で閉会いたします。
- 4 -
会長
ありがとうございました。
"""


def test_a_head_that_is_the_title_in_part_after_page_numbers_is_furniture() -> None:
    minutes = parse_source(split_lines(TEXT, "env.txt", encoding="utf-8"))
    texts = [(p.speaker.label, p.text) for p in minutes.points]
    assert ("小池委員", "資源回収の拠点を増やすべきだと考えます。高齢の方にとって、今の拠点は遠すぎます。") in texts
    assert ("小池委員", "ありがとうございます。試行の結果は、次回の審議会で御報告ください。") in texts
    assert [minutes.lines[i] for i in (7, 12)] == ["furniture", "furniture"]
    # a speaker's name alone after two page numbers: a turn each time, not a running head
    assert texts[-2:] == [("会長", "以上で閉会いたします。"), ("会長", "ありがとうございました。")]
