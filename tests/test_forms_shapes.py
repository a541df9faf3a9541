"""Shapes a record arrives in that lost points (tests/test_shapes.py's KNOWN): what each shape
does to a form real files share, read from its form and its position.

- a blank line that pdftotext leaves inside a paragraph, right inside a report's label
  (…さらに、同 / (blank) / 委員から、…): the line after a line broken at the page's width goes on
  it past the blank, as it does with no blank between;
- a space after the mark (○ 環境省…課　小野寺課長補佐　…): the space sets the label off from
  the mark, the label's words are counted from its first character; a marked line broken at
  the page's width inside an office's person (○ …新エネルギー課　平 / 田企画官　…);
- NFKC (① becomes 1) and numbers typed alone before a report's label (1 事務局から, 1会長から):
  the number is the item's, not the label's, unless its counter follows it (12番委員).

Each fixture is written here (fictional bodies, names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import _speakers, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 社会教育委員の会議's 会議録（要旨） through pdftotext (lines broken at 36 characters): a
    # blank line inside a paragraph where the break falls in a report's label — 同 / 委員 (the
    # member named before), 生涯学習課 / 長, 秋 / 山委員 — and a page break between paragraphs
    "summary-label-across-blank-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局から、資料１に基づき、", 9, 10),
        ("川端委員", "川端", "委員", "member", "川端委員から、若い世代の利用が", 11, 11),
        ("事務局", "", "事務局", "secretariat", "事務局から、平日の夜間の講座を", 11, 13),
        ("川端委員", "川端", "委員", "member", "さらに、同委員から、託児の用意があれば", 13, 15),
        ("森委員", "森", "委員", "member", "森委員から、公民館の予約を", 16, 17),
        ("生涯学習課長", "生涯学習", "課長", "secretariat", "これに対して、地域の実情を踏まえて検討するとして、"
         "生涯学習課長から、来年度中に", 17, 19),
        ("事務局", "", "事務局", "secretariat", "事務局より、資料２に基づき、", 25, 26),
        ("木下委員", "木下", "委員", "member", "木下委員から、高齢者の見守りと", 27, 27),
        ("秋山委員", "秋山", "委員", "member", "秋山委員から、見守りの担い手は", 27, 30),
        ("議長", "", "議長", "chair", "議長から、本日の意見を次回の会議までに", 31, 32),
    ],
    # a ministry's 検討会 議事録 through pdftotext whose marks are followed by a space: an office
    # and its person apart (○ 環境省…課　小野寺課長補佐　…), a name in parts (○ 吉永 美和 委員),
    # and an office's person broken at the page's width (…新エネルギー課　平 / 田企画官　…)
    "verbatim-mark-space-offices.txt": [
        ("松浦座長", "松浦", "座長", "chair", "定刻になりましたので、", 7, 7),
        ("松浦座長", "松浦", "座長", "chair", "本日は、環境省と経済産業省から", 8, 8),
        ("環境省地球環境局地域脱炭素事業推進課小野寺課長補佐", "小野寺", "課長補佐", "secretariat",
         "資料２を御覧ください。先行地域の選定状況", 9, 11),
        ("松浦座長", "松浦", "座長", "chair", "ありがとうございました。", 12, 12),
        ("吉永美和委員", "吉永美和", "委員", "member", "地域の金融機関の関わり方について", 13, 14),
        ("経済産業省資源エネルギー庁省エネルギー・新エネルギー部新エネルギー課平田企画官", "平田", "企画官",
         "secretariat", "金融機関との連携については、次回に", 19, 20),
        ("関三郎委員", "関三郎", "委員", "member", "小さな自治体では担当者が", 21, 22),
        ("松浦座長", "松浦", "座長", "chair", "それでは、本日はここまで", 23, 23),
    ],
    # a 審議会's 会議要旨 as a tool that normalises to NFKC leaves it (half-width digits and
    # brackets, ① made 1): a number alone before a report's label, glued (1田所委員から) or with
    # a space (2 原副会長より); a member named by their seat (12番委員) keeps the number
    "summary-nfkc-numbered-reports.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局から、資料2に基づき、", 8, 8),
        ("田所委員", "田所", "委員", "member", "田所委員から、生ごみの堆肥化を", 9, 9),
        ("原副会長", "原", "副会長", "member", "原副会長より、事業所のごみの分別", 10, 10),
        ("事務局", "", "事務局", "secretariat", "これに対し事務局から、", 11, 11),
        ("会長", "", "会長", "chair", "会長から、次回までに論点を", 12, 12),
        ("12番委員", "12番", "委員", "member", "12番委員から、収集日の変更を", 14, 14),
    ],
}

LINE_FATES = {
    "summary-label-across-blank-pdftotext.txt": "fbfffbfa" "pppppbpppbpbFF" "bapppbppppbF",
    "verbatim-mark-space-offices.txt": "ffbffb" "ppppppppbFF" "ppppppbF",
    "summary-nfkc-numbered-reports.txt": "fbffffa" "pppppap",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_a_line_indented_after_the_blank_opens_a_paragraph():
    # written apart from the fixture: the line before the blank filled the page's width and
    # ended no sentence, but the line after it stands further in (its first-line indent): a
    # new report, not the rest of the line above
    text = ("審議会 会議要旨\n\n４　議事\n"
            + "　事務局から、資料１に基づき、計画の改定案の概要と今後の進め方について説明が\n"
            + "あった。改定案は、重点施策を５つに絞り、それぞれに数値目標を置くものである\n" * 4
            + "\n　大川委員から、数値目標の根拠を示してほしいとの意見があった。\n")
    got = _speakers(text)
    assert [r[0] for r in got] == ["事務局", "大川委員"]


@pytest.mark.parametrize("line, label", [
    ("○ 山田 太郎 委員　賛成です。", "山田太郎委員"),  # a name in three parts after the space
    ("○　国土交通省総合政策局モビリティサービス推進課　菅原課長補佐　資料を御覧ください。",
     "国土交通省総合政策局モビリティサービス推進課菅原課長補佐"),  # U+3000 after the mark
    ("○ 北条 農政課長　お答えします。", "北条農政課長"),
    ("○  関 三郎委員長　これより会議を開きます。", "関三郎委員長"),  # two spaces
])
def test_a_space_after_the_mark_is_no_part_of_the_label(line, label):
    # written apart from the fixture: the label read with spaces after the mark is the one
    # read without them
    for text in (line, line[0] + line[1:].lstrip()):
        got = _speakers("研究会 議事録\n\n○ 川島座長　開会します。\n" + text + "\n")
        assert [r[0] for r in got] == ["川島座長", label], text


@pytest.mark.parametrize("line, label", [
    ("1事務局から、資料の説明があった。", "事務局"),
    ("3 井上委員より、賛成との意見があった。", "井上委員"),
    ("5番議員から、日程についての質問があった。", "5番議員"),
    ("2号委員から、委員の任期についての質問があった。", "2号委員"),
])
def test_a_number_alone_before_a_reports_label_is_the_items(line, label):
    got = _speakers("協議会 会議概要\n\n４　議事の概要\n　事務局から、説明があった。\n" + line + "\n")
    assert [r[0] for r in got] == ["事務局", label]
