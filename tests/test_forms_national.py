"""Forms of the records of NATIONAL bodies and the shapes they are extracted in (issue 10,
survey of national bodies, session 10): 審議会・検討会・有識者会議 records, the Bank of Japan's
and the regulators' summaries, ministers' press conferences, academic societies' 理事会, as
ministries publish them and as pdftotext, a viewer's copy or a saved web page give them. One
fixture per concept, written here (fictional names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread). The survey's table is in
docs/survey-national.md.
"""
from __future__ import annotations

import pytest

from assembler.ingest.text import split_lines
from assembler.minutes import spaced
from assembler.model import Line, SourceText
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _parse, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a ministry's 検討会 議事要旨 from a PDF whose characters the file placed one by one
    # (一太郎's justified lines), as pdftotext gives it: a space after every character, the
    # gap between a label and its speech a full-width space with spaces around it; before,
    # the file was refused (no speaker)
    "summary-spelled-apart-pdftotext.txt": [
        ("石田座長", "石田", "座長", "chair", "本日は地域交通の再構築について議論する。", 8, 8),
        ("小川委員", "小川", "委員", "member", "地方の路線バスは運転士の不足が深刻であり、自治体", 9, 10),
        ("藤本委員", "藤本", "委員", "member", "ライドシェアは安全の確保を前提に、地域の判断で導", 11, 11),
        ("事務局", "", "事務局", "secretariat", "御意見を踏まえ、次回までに論点を整理する。", 12, 12),
        ("石田座長", "石田", "座長", "chair", "以上で本日の会議を終了する。", 13, 13),
    ],
    # the check, written before the rule ran on it (an 評価部会's verbatim 議事録, labels in
    # 【】, gaps of three ASCII spaces, a page number and a form feed): at first sight the
    # labels were read but every text, title and date was spelled apart (no date, no session)
    "record-spelled-apart-pdftotext.txt": [
        ("原田部会長", "原田", "部会長", "chair", "それでは、定刻となりましたので、評価部会を開会い", 11, 13),
        ("宮川管理官", "宮川", "管理官", "secretariat", "資料１に基づき御説明いたします。今回見直しの対象", 14, 15),
        ("飯田委員", "飯田", "委員", "member", "研究開発法人の目標は、数値だけでなく成果の社会へ", 16, 17),
        ("島村委員", "島村", "委員", "member", "私も同感です。加えて、人材の確保についての目標を", 20, 21),
        ("松尾参事官", "松尾", "参事官", "secretariat", "御指摘の点は、各法人の所管省と調整いたします。", 22, 22),
        ("原田部会長", "原田", "部会長", "chair", "ありがとうございました。以上で本日の部会を終了い", 23, 23),
    ],
    # the Bank of Japan's 金融政策決定会合 議事要旨 as pdftotext gives it (a page number and a form
    # feed): parts headed by Roman numerals (Ⅰ．…Ⅳ．), the government's attendees listed under
    # ４．政府からの出席者： by ministry, name and office in columns, the members' views reported
    # with the member as the subject (ある委員は、…と述べた; a topic before it: 海外経済につい
    # て、委員は、…), the government's people introduced by their ministry (財務省の出席者から、
    # 以下の趣旨の発言があった。) and the vote's result the record's own. At first sight the
    # roster read as two speakers, the Roman headings as their points, 財務省の出席者 as 委員's
    # and the vote unread: 4 of 8 right
    "summary-roman-parts-pdftotext.txt": [
        ("委員", "", "委員", "member", "海外経済について、委員は、緩やかに成長していると", 24, 24),
        ("委員", "", "委員", "member", "ある委員は、米国の労働市場の減速が続けば、わが国", 25, 25),
        ("委員", "", "委員", "member", "何人かの委員は、中国経済の先行きについて不確実性", 26, 26),
        ("委員", "", "委員", "member", "これに対し、一人の委員は、中国の政策対応により下", 27, 27),
        ("委員", "", "委員", "member", "複数の委員は、賃金の上昇が物価に波及する動きが続", 31, 31),
        ("財務省の出席者", "財務省", "出席者", "government", "政府としては、物価上昇を上回る賃上げの実現に向け", 35, 35),
        ("財務省の出席者", "財務省", "出席者", "government", "日本銀行には、政府と緊密に連携していただきたい。", 36, 36),
        ("内閣府の出席者", "内閣府", "出席者", "government", "経済対策の効果を見極めつつ、経済財政運営に万全を", 38, 38),
    ],
    # the check, written before those rules ran on it (a ministry's 懇談会 議事概要, no page
    # break): the members' roster by a bracketed title, name and where they come from in
    # columns (（座長）　　西条　康彦　　みどり大学経済学部教授, a second name under the first),
    # ４．関係省庁からの出席者：, a ministry's 担当者 introduced, the chair reported after a topic.
    # At first sight 2 of 6 right (the roster read as four speakers, 中小企業庁の担当者 as 委員)
    "summary-body-attendees.txt": [
        ("金融庁の出席者", "金融庁", "出席者", "government", "地域金融機関による経営改善支援の件数は、前年度か", 18, 18),
        ("金融庁の出席者", "金融庁", "出席者", "government", "来年度は、支援に当たる人材の育成を重点的に進める", 19, 19),
        ("委員", "", "委員", "member", "支援の成果を件数だけでなく、事業者の売上の変化で", 21, 21),
        ("委員", "", "委員", "member", "人材の育成には、金融機関の間での出向の仕組みが有", 22, 22),
        ("座長", "", "座長", "chair", "事業承継の支援について、座長は、金融機関と商工団", 24, 24),
        ("中小企業庁の担当者", "中小企業庁", "担当者", "government", "承継に関する補助金の申請手続を、来年度から簡素化", 26, 26),
    ],
}

LINE_FATES = {
    "summary-roman-parts-pdftotext.txt": "fffbffffffffffffbaanbaappppbFapbanppnpbannbF",
    "summary-body-attendees.txt": "ffbfffffffffbaaanppnppapnpbanbF",
    "summary-spelled-apart-pdftotext.txt": "fbfffbappppppbF",
    "record-spelled-apart-pdftotext.txt": "ffbfffffbfpppppppbFppppbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_text_spelled_apart_gives_its_title_date_and_words_back_whole():
    parsed = _parse("第 ７ 回 み ど り 港 湾 懇 談 会 　 議 事 録\n\n"
                    "日 時 ： 令 和 ６ 年 ３ 月 ５ 日 （ 火 ）\n\n"
                    "○ 北 村 座 長 　 開 会 し ま す 。\n"
                    "○ 東 委 員 　 O E C D の 報 告 で は 、 港 湾 の 脱 炭 素 化 が 急 務 と さ れ て い る 。\n")
    assert (parsed.meeting.council, parsed.meeting.session, parsed.meeting.date) == ("みどり港湾懇談会", 7, "2024-03-05")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("北村座長", "開会します。"),
        # Latin letters keep the spaces between them (a word's or an extractor's: no telling)
        ("東委員", "O E C Dの報告では、港湾の脱炭素化が急務とされている。"),
    ]


def test_a_file_with_words_set_apart_here_and_there_is_read_as_written():
    # a spaced title (議 事 録) or a name spelled apart in a normal record changes nothing
    # else: most lines set their characters side by side
    text = ("み ど り 市 環 境 審 議 会 　 議 事 録\n\n○会長　開会します。\n"
            "○北 村 委員　資料の２ページ　について伺います。\n○事務局　A B 案を御説明します。\n"
            "○北 村 委員　了解しました。\n")
    src = split_lines(text, "x.txt", encoding="utf-8")
    texts = [line.text for line in src.lines]
    assert spaced.unspace(src, texts) == (src, texts)
    # even with the share of spaces high, a file whose lines set their characters side by side
    texts = ["議 事 録", "○会長　開 会 し ま す 。", "○北村委員　資料の２ページについて伺います。",
             "○事務局　御説明します。", "○北村委員　了解しました。"]
    src = SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1)))
    assert spaced.unspace(src, texts) == (src, texts)


def test_parts_headed_by_roman_numerals_are_read_as_numbered_headings_are():
    # written apart: Ⅰ、 with a comma, Ⅱ．after a member's turn — the same fates and points as
    # １．/２． give
    def read(first: str, second: str):
        parsed = _parse("みなと懇談会　議事要旨\n\n日時：令和６年５月１日（水）\n\n"
                        f"{first}意見交換\n○北村座長　本日は、港湾の将来像について議論する。\n"
                        f"○東委員　物流の拠点は集約すべきである。\n\n{second}今後の予定\n次回は７月に開催する。\n")
        return _fates(parsed), [(p.speaker.label, p.text) for p in parsed.points]

    assert read("Ⅰ、", "Ⅱ．") == read("１．", "２．")
    assert read("Ⅰ、", "Ⅱ．")[1] == [("北村座長", "本日は、港湾の将来像について議論する。"),
                                     ("東委員", "物流の拠点は集約すべきである。")]


def test_who_attends_for_a_body_speaks_for_it_whatever_the_body():
    # written apart: a prefecture's and an agency's people, a company's representative, in
    # reports and introducers (委員の出席者 naming no body: body_speaker's doctest)
    parsed = _parse("みなと懇談会　議事要旨\n\n日時：令和６年５月１日（水）\n\n"
                    "国土交通省の担当者から、以下の説明があった。\n・港湾の整備計画を来年度に改定する。\n"
                    "また、あおば県の出席者から、県の計画との調整を進めたいとの発言があった。\n"
                    "これに対し、みなと運輸株式会社の代表者から、以下の趣旨の発言があった。\n・岸壁の延長を急いでほしい。\n")
    assert [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role) for p in parsed.points] == [
        ("国土交通省の担当者", "国土交通省", "担当者", "government"),
        ("あおば県の出席者", "あおば県", "出席者", "other"),
        ("みなと運輸株式会社の代表者", "みなと運輸株式会社", "代表者", "other"),
    ]


def test_attendees_listed_from_where_they_come_are_front_matter():
    # ５．事務局からの出席者： and a name with where the person comes from after a wide gap
    parsed = _parse("みなと懇談会　議事概要\n\n１．日時：令和６年５月１日（水）\n２．出席者：\n"
                    "　（座長）　北村　一郎　　あおば大学教授\n　（委員）　東　花子　　　みどり銀行頭取\n"
                    "３．事務局からの出席者：\n　港湾局　　南　次郎　　計画課長\n\n"
                    "○北村座長　開会します。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [("北村座長", "開会します。")]
    assert "".join(_fates(parsed)) == "fbffffffbp"


def test_a_report_names_its_speaker_as_the_subject_after_a_topic():
    # written apart: に関して, をめぐり; a topic with no speaker after it stays the narrator's
    parsed = _parse("政策委員会　議事要旨\n\n日時：令和６年５月１日（水）\n\n"
                    "ある委員は、為替の動きを注視すべきと述べた。\n"
                    "物価の先行きに関して、多くの委員は、上振れのリスクが大きいと指摘した。\n"
                    "財政をめぐり、別の委員は、政府の取組に期待すると述べた。\n"
                    "賃金について、春の交渉の結果を確認した。\n")
    assert [(p.speaker.label, p.text[:9]) for p in parsed.points] == [
        ("委員", "ある委員は、為替の"), ("委員", "物価の先行きに関し"), ("委員", "財政をめぐり、別の")]
