"""Shapes a record arrives in that lost points (tests/test_shapes.py's KNOWN): what each shape
does to a form real files share, read from its form and its position.

- a blank line that pdftotext leaves inside a paragraph, right inside a report's label
  (…さらに、同 / (blank) / 委員から、…): the line after a line broken at the page's width goes on
  it past the blank, as it does with no blank between;
- a space after the mark (○ 環境省…課　小野寺課長補佐　…): the space sets the label off from
  the mark, the label's words are counted from its first character; a marked line broken at
  the page's width inside an office's person (○ …新エネルギー課　平 / 田企画官　…);
- NFKC (① becomes 1) and numbers typed alone before a report's label (1 事務局から, 1会長から):
  the number is the item's, not the label's, unless its counter follows it (12番委員);
- a left margin that every line keeps (pdftotext -layout keeps the page's): the lines are
  read from the page's edge, as the PDF reader measures them — the labels of the left column
  (a label wrapped in its cell, 5番（佐々 / 木）), the narrated record's sentences;
- U+3000 typed as two spaces (pdftotext -layout): where the lines' lengths tell no page's
  width, each two spaces are measured as one character, as typed with U+3000; the width found
  joins a narrated sentence wrapped over lines (日程第１  議案第２２号  …の決定に / ついて、
  選挙係長が…説明。).

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
        ("事務局", "", "事務局", "secretariat", "資料１に基づき、", 9, 10),
        ("川端委員", "川端", "委員", "member", "若い世代の利用が", 11, 11),
        ("事務局", "", "事務局", "secretariat", "事務局から、平日の夜間の講座を", 11, 13),
        ("川端委員", "川端", "委員", "member", "託児の用意があれ", 13, 15),
        ("森委員", "森", "委員", "member", "公民館の予約をイ", 16, 17),
        ("生涯学習課長", "", "生涯学習課長", "secretariat", "来年度中に予約システムを導入する予定である",
         17, 19),
        ("事務局", "", "事務局", "secretariat", "事務局より、資料２に基づき、", 25, 26),
        ("木下委員", "木下", "委員", "member", "高齢者の見守りと", 27, 27),
        ("秋山委員", "秋山", "委員", "member", "見守りの担い手は", 27, 30),
        ("議長", "", "議長", "chair", "本日の意見を次回", 31, 32),
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
        ("田所委員", "田所", "委員", "member", "生ごみの堆肥化を", 9, 9),
        ("原副会長", "原", "副会長", "member", "事業所のごみの分", 10, 10),
        ("事務局", "", "事務局", "secretariat", "事業所向けの説明", 11, 11),
        ("会長", "", "会長", "chair", "次回までに論点を", 12, 12),
        ("12番委員", "12番", "委員", "member", "収集日の変更を市", 14, 14),
    ],
}

EXPECTED.update({
    # a town 農業委員会's 議事録 through pdftotext -layout with the page's left margin (four
    # spaces before every line): the labels in the left column, one wrapped in its cell
    # (５番（佐々 / 木）), one broken over two rows (中川農林振 / 興課長), stage directions
    # centred, a page number and a form feed before the running head
    "committee-margin-layout.txt": [
        ("会長", "", "会長", "chair", "ただいまから、令和６年第８回", 7, 9),
        ("事務局次長", "", "事務局次長", "secretariat", "議案第１号について御説明します。", 11, 12),
        ("５番（佐々木）", "佐々木", "５番", "member", "借り手の経営規模が大きくなると、", 14, 15),
        ("事務局次長", "", "事務局次長", "secretariat", "借り手の法人とは、", 17, 18),
        ("中川農林振興課長", "中川", "農林振興課長", "secretariat", "担い手への集積は進んでいますが、", 20, 21),
        ("会長", "", "会長", "chair", "ほかにございませんか。", 23, 23),
        ("会長", "", "会長", "chair", "それでは、議案第１号は原案のとおり", 30, 31),
        ("会長", "", "会長", "chair", "異議なしと認め、", 35, 36),
    ],
    # a 選挙管理委員会's narrated 会議録 through pdftotext -layout: the page's left margin, U+3000
    # typed as two spaces (the front matter's rows, 日程第１  議案第２２号  …), the narrated
    # sentences broken at the page's width; what each actor said is the point's text
    "board-acted-layout-margin.txt": [
        ("桐谷委員長", "桐谷", "委員長", "chair", "午前１０時００分、桐谷委員長が開会を宣言。", 13, 13),
        ("選挙係長", "日比野翔", "選挙係長", "secretariat", "日程第１  議案第２２号  しらかば市投票区", 14, 15),
        ("大庭委員", "大庭", "委員", "member", "投票所までの距離が３キロメートルを", 16, 17),
        ("選挙係長", "日比野翔", "選挙係長", "secretariat", "見直し後は二地区が残る見込みであり、", 18, 19),
        ("芦田委員", "芦田", "委員", "member", "投票所の統合にあたっては、", 20, 21),
        ("事務局長", "朝倉弘", "事務局長", "secretariat", "各地区の自治会への説明会を", 22, 23),
        ("桐谷委員長", "桐谷", "委員長", "chair", "委員長が採決に諮り、", 26, 26),
        ("事務局長", "朝倉弘", "事務局長", "secretariat", "日程第２  報告第９号  補欠選挙の執行経費", 27, 27),
        ("沢渡委員", "沢渡", "委員", "member", "経費の内訳を次回の定例会で示すよう", 28, 28),
        ("桐谷委員長", "桐谷", "委員長", "chair", "午前１１時１５分、委員長、閉会を宣する。", 29, 29),
    ],
})

LINE_FATES = {
    "committee-margin-layout.txt": "fbfffb" "pppbppbppbppbppbpbsbFF" "bppbsbppbF",
    "board-acted-layout-margin.txt": "fbffffffffbf" "pppppppppppbF" "ppppbF",
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


def test_a_margin_every_line_keeps_is_the_pages_edge():
    # written apart from the fixtures: a 社会福祉法人's 理事会議事録 that narrates its chair's acts
    # (議長がその賛否を諮ったところ、…可決した。: the record's, read as the chair's, not the officer's
    # who reported above), a summary of reports and a verbatim record — each read with six or
    # ten spaces before every line as without them
    corporation = ("社会福祉法人あけぼの会\n"
                   "令和６年度第３回理事会議事録\n"
                   "\n"
                   "１　開催日時　令和６年１２月１０日（火）午前１０時から午前１１時３０分まで\n"
                   "２　開催場所　法人本部　会議室\n"
                   "３　理事総数　６名　出席理事　６名\n"
                   "４　議　長　理事長　北沢　和也\n"
                   "\n"
                   "５　議事の経過の要領及びその結果\n"
                   "　定刻、理事長北沢和也は定款第２５条の規定により議長となり、全員が出席し、\n"
                   "定足数を満たしているので本理事会は適法に成立した旨を述べ、開会を宣した。\n"
                   "\n"
                   "第１号議案　令和６年度補正予算（案）の承認について\n"
                   "　議長の指名により、業務執行理事片山理恵が資料１に基づき、補正予算の概\n"
                   "要を説明した。\n"
                   "　宮田理事から、施設の修繕費が増えた理由について質問があった。\n"
                   "　これに対し、業務執行理事から、空調設備の故障による臨時の修繕である旨\n"
                   "の回答があった。\n"
                   "　議長がその賛否を諮ったところ、出席理事全員異議なく原案どおり承認可決\n"
                   "した。\n"
                   "\n"
                   "第２号議案　職員の処遇改善について\n"
                   "　議長の指名により、事務局長大塚悟が資料２に基づき説明した。\n"
                   "　議長がその賛否を諮ったところ、出席理事全員異議なく原案どおり承認可決\n"
                   "した。\n")
    summary = ("令和６年度 第２回 もみじ市文化振興審議会 会議要旨\n\n１　議事\n"
               "　事務局から、資料１に基づき、文化施設の利用状況について説明があった。\n"
               "　大沢委員から、若い世代の利用を増やす工夫が必要との意見があった。また、同委員から、\n"
               "夜間の開館を検討してほしいとの要望があった。\n")
    verbatim = ("第３回 観光振興検討会 議事録\n\n○根岸座長　開会します。\n○宮内委員　宿泊客の\n"
                "　　滞在時間を延ばす工夫が必要です。\n　　　　　　　　（拍手）\n○根岸座長　ありがとうございました。\n")
    assert [r[0] for r in _speakers(corporation)].count("議長") == 2
    for text in (corporation, summary, verbatim):
        for margin in (" " * 6, " " * 10):
            assert _speakers("\n".join(margin + t if t.strip() else t for t in text.split("\n"))) == _speakers(text)


@pytest.mark.parametrize("lines", [
    ["議   長     開会します。", "審議会 議事録"],  # one line at the edge: no margin
    [" 本日は", " 開会します。"],  # one space before every line: a web page's indent, no margin
])
def test_no_margin_where_a_line_stands_at_the_edge_or_one_space_in(lines):
    from assembler.ingest.text import without_margin
    from assembler.model import Line
    got = without_margin(tuple(Line(t, n) for n, t in enumerate(lines, 1)))
    assert [line.text for line in got] == lines


def test_a_narrated_record_with_u3000_typed_as_two_spaces_reads_as_typed():
    # written apart from the fixture: a 監査委員会's narrated record (no margin), its sentences
    # broken at the page's width; with U+3000 typed as two spaces every report keeps its actor
    typed = ("令和６年第４回みずほ町監査委員会議録\n\n１　日　時　令和６年８月２０日（火）午後１時３０分\n"
             "２　場　所　みずほ町役場２階　第３会議室\n３　出席者　代表監査委員　　　　川端　修\n"
             "　　　　　　議会選出監査委員　　北条　美里\n\n４　会議の経過\n"
             "午後１時３０分、代表監査委員が開会を宣言。\n"
             "日程第１　例月出納検査の結果について、会計管理者が資料に基づき説明。\n"
             "北条監査委員が、「基金の運用益は前年度と比べてどう推移しているか。運用先\n"
             "の見直しは予定しているか」と質問。\n"
             "会計管理者が、運用益は前年度より一割増えており、運用先は当面変えない方針\n"
             "であると回答。\n"
             "川端代表監査委員は、歳計現金の残高が月末に不足しないよう、資金計画を毎月\n"
             "確認すべきであるとの意見を述べた。\n"
             "これに対し、会計管理者は、来月から資金計画の確認を週ごとに行う予定である\n"
             "旨発言。\n午後２時４０分、代表監査委員、閉会を宣する。\n")
    as_typed = _speakers(typed)
    assert len(as_typed) >= 5 and _speakers(typed.replace("\u3000", "  ")) == [
        (label, name, title, role, text.replace("\u3000", "  ")) for label, name, title, role, text in as_typed]
