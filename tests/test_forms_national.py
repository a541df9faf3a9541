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

from assembler import minutes
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
        ("委員", "", "委員", "member", "米国の労働市場の減速が続け", 25, 25),
        ("委員", "", "委員", "member", "中国経済の先行きについて不確実性が高い", 26, 26),
        ("委員", "", "委員", "member", "これに対し、一人の委員は、中国の政策対応により下", 27, 27),
        ("委員", "", "委員", "member", "賃金の上昇が物価に波及する動きが続いている", 31, 31),
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
        ("座長", "", "座長", "chair", "金融機関と商工団体の連携が鍵になる", 24, 24),
        ("中小企業庁の担当者", "中小企業庁", "担当者", "government", "承継に関する補助金の申請手続を、来年度から簡素化", 26, 26),
    ],
    # a ministry's 閣議後記者会見概要 saved from its web page: the date by the era's letter
    # (R6.10.22), the minister and the reporters by a title alone with an ASCII colon on its own
    # line, the section's word (質疑) alone between the statement and the questions. At first
    # sight 質疑 was the minister's point (a title alone with a colon was no header when looked
    # at ahead) and the date was not read: 7 of 8 turns right, one false
    "press-colon-own-line.txt": [
        ('大臣', '', '大臣', 'government', 'おはようございます。本日の閣議では、当省関係の案', 12, 13),
        ('記者', '', '記者', 'other', 'キャンペーンの期間と、重点を置く世代を教えてくだ', 18, 18),
        ('大臣', '', '大臣', 'government', '期間は２月末までで、特に高齢者の方への呼びかけに', 20, 20),
        ('記者', '', '記者', 'other', 'ワクチンの接種費用の助成について、自治体からは拡', 22, 22),
        ('大臣', '', '大臣', 'government', '自治体の御意見はよく承知しております。財政当局と', 24, 24),
        ('記者', '', '記者', 'other', '関連して、医療機関の逼迫への備えはどうでしょうか', 26, 26),
        ('大臣', '', '大臣', 'government', '病床の確保の状況を毎週確認しており、必要があれば', 28, 28),
    ],
    # the check, written before the rule ran on it (another ministry's 大臣会見概要, 【冒頭発言】,
    # 質疑応答, a full-width colon, R6.11.5): at first sight 質疑応答 the minister's point, no date
    "press-colon-headings.txt": [
        ('大臣', '', '大臣', 'government', 'おはようございます。私から２点申し上げます。１点', 8, 10),
        ('記者', '', '記者', 'other', '購入支援の予算の規模はどの程度でしょうか。', 15, 15),
        ('大臣', '', '大臣', 'government', '約２００億円を計上しております。', 17, 17),
        ('記者', '', '記者', 'other', '国際会議ではどの国と会談を予定していますか。', 19, 19),
        ('大臣', '', '大臣', 'government', '調整中ですので、決まり次第お知らせいたします。', 21, 21),
    ],
    # an academic society's 理事会 議事録 typed with ，and ．as scientists write: reports of
    # officers (…より，…旨報告された．). At first sight a report was glued to the one above it
    # (．ended no sentence in a paragraph of reports) and one went to the narrative: 7 of 9
    # (the chair's thanks before the items, 議事に先立ち，…謝意が述べられた．, stays front matter)
    "board-society-fullstops.txt": [
        ('松浦庶務担当理事', '松浦', '庶務担当理事', 'member', "前回議事録はメールによる持回りで確認済みである", 18, 18),
        ('松浦庶務担当理事', '松浦', '庶務担当理事', 'member', "６月末の正会員数", 21, 22),
        ('大野理事', '大野', '理事', 'member', "学生会員の退会が多い理由を分析すべきではないか", 23, 24),
        ('松浦庶務担当理事', '松浦', '庶務担当理事', 'member', "次回までに退会届の記載理由を集計する", 25, 25),
        ('杉山理事', '杉山', '理事', 'member', "一般講演の申込が３１", 28, 29),
        ('川端理事', '川端', '理事', 'member', '川端理事より，オンライン参加の費用を別に設定して', 30, 31),
        ('西田副会長', '西田', '副会長', 'member', '西田副会長より，資料４に基づき，会費収入の減少を', 35, 35),
        ('安西理事', '安西', '理事', 'member', "若手研究者の旅費補助は削減すべきではない", 36, 36),
        ('木村監事', '木村', '監事', 'member', "積立金の取崩しは理事会の承認を要する", 37, 37),
    ],
    # the check, written before the rule ran on it (another society, 出席理事：/出席監事：/議事録署名人：
    # above the items): at first sight the three labels were speakers and the last report went
    # to the officer above — 5 of 6 right, 3 false turns
    "board-society-fullstops-check.txt": [
        ('森本総務理事', '森本', '総務理事', 'member', "１１月末の会員数が３，１０２名である", 14, 14),
        ('柏木理事', '柏木', '理事', 'member', "秋季学術集会の収支は約８０万円の黒字となった", 16, 16),
        ('浅井理事', '浅井', '理事', 'member', "黒字分を若手の参加費補助に充ててはどうか", 17, 17),
        ('吉田副会長', '吉田', '副会長', 'member', '吉田副会長より，資料２に基づき，正会員の年会費を', 21, 21),
        ('堀内理事', '堀内', '理事', 'member', "学生会員の会費は据え置くべきである", 22, 22),
        ('宮下監事', '宮下', '監事', 'member', '宮下監事より，改定の効果を３年後に検証すべきとの', 23, 24),
    ],
    # a ministry's 議事録 page saved as text: the screen reader's marks and the breadcrumbs at
    # the top (ここからサイトの主なメニューです, ホーム > …), 【名前】 on its own line above the
    # speech, the footer. At first sight every turn right, but the council's name began with
    # the page's marks
    "web-page-chrome.txt": [
        ('浅野部会長', '浅野', '部会長', 'chair', 'それでは、定刻となりましたので、第１８回研究基盤', 26, 26),
        ('浅野部会長', '浅野', '部会長', 'chair', 'まず、事務局から配付資料の確認をお願いします。', 27, 27),
        ('岩崎研究基盤課長', '岩崎', '研究基盤課長', 'secretariat', 'お手元の議事次第に沿って資料１から資料３を配付し', 30, 30),
        ('浅野部会長', '浅野', '部会長', 'chair', 'ありがとうございました。それでは議題１に入ります', 33, 33),
        ('浅野部会長', '浅野', '部会長', 'chair', 'ありがとうございました。御意見、御質問をお願いし', 38, 38),
        ('石原委員', '石原', '委員', 'member', '共用設備の技術職員が足りないという声を多くの大学', 41, 41),
        ('石原委員', '石原', '委員', 'member', '職員の処遇を改善する仕組みを国として示していただ', 42, 42),
        ('上村委員', '上村', '委員', 'member', '私も同じ意見です。加えて、地方の大学が遠くの装置', 45, 45),
        ('岩崎研究基盤課長', '岩崎', '研究基盤課長', 'secretariat', '技術職員の処遇については、来年度の概算要求で新た', 48, 48),
        ('浅野部会長', '浅野', '部会長', 'chair', 'それでは、本日はこれで閉会といたします。', 51, 51),
    ],
    # the check, written before the rule ran on it (another ministry: 本文へ, 文字サイズ, メニュー,
    # このページの先頭へ, the copyright): at first sight the name began with メニュー
    "web-page-chrome-check.txt": [
        ('佐久間座長', '佐久間', '座長', 'chair', 'ただいまから第５回食料安全保障検討会を開会いたし', 15, 15),
        ('前川政策課長', '前川', '政策課長', 'secretariat', '資料１について御説明いたします。備蓄の在り方につ', 17, 17),
        ('野田委員', '野田', '委員', 'member', '備蓄の量だけでなく、入れ替えの費用をどう負担する', 19, 19),
        ('水野委員', '水野', '委員', 'member', '輸入が途絶えた場合の優先順位を、平時から示してお', 21, 21),
        ('佐久間座長', '佐久間', '座長', 'chair', 'ありがとうございました。本日の議論は以上といたし', 23, 23),
    ],
    # a 審議会's 議事録 page saved as text: its table of attendees a cell a line, each followed
    # by a bar (分科会長 | / 宮下隆一 |, || for empty cells), no attendee label above it; then the
    # turns after 〔name〕 glued to the speech. At first sight the table gave 4 false turns
    "web-cells-attendees.txt": [
        ('石川分科会長代理', '石川', '分科会長代理', 'chair', 'おはようございます。ただいまから、財政制度等審議', 24, 25),
        ('野村主計官', '野村', '主計官', 'other', '主計官の野村でございます。資料に沿って御説明いた', 26, 27),
        ('石川分科会長代理', '石川', '分科会長代理', 'chair', 'ありがとうございました。それでは、御意見をいただ', 28, 28),
        ('上田委員', '上田', '委員', 'member', 'ありがとうございます。薬価の改定は毎年確実に行う', 29, 30),
        ('遠山委員', '遠山', '委員', 'member', '遠山です。介護の人材確保は処遇の改善だけでなく、', 31, 32),
        ('北村委員', '北村', '委員', 'member', '高額療養費の見直しは、負担能力に応じた形で早期に', 33, 33),
        ('石川分科会長代理', '石川', '分科会長代理', 'chair', 'ありがとうございました。本日の議論はここまでとい', 34, 34),
    ],
    # a regulator's 審査会合 議事録: the applicant's people by the company's short name and the
    # person in brackets (○みなと電力（大川副本部長）), no legal form: a company by its trade, role
    # other (at first sight government, read by 部長); every turn right at first sight
    "hearing-company-trade.txt": [
        ('山岸委員', '山岸', '委員', 'member', 'それでは、定刻になりましたので、ただいまから第１', 18, 18),
        ('山岸委員', '山岸', '委員', 'member', '本日の議題は、みなと電力株式会社の第２号機の火災', 19, 19),
        ('山岸委員', '山岸', '委員', 'member', 'それでは、資料の説明を始めてください。', 20, 20),
        ('みなと電力（大川副本部長）', '大川', '副本部長', 'other', 'みなと電力の大川でございます。', 21, 21),
        ('みなと電力（大川副本部長）', '大川', '副本部長', 'other', '資料１に基づき、火災感知器の配置の見直しについて', 22, 22),
        ('みなと電力（吉村部長）', '吉村', '部長', 'other', '吉村です。', 23, 23),
        ('みなと電力（吉村部長）', '吉村', '部長', 'other', 'ケーブル室の感知器を、異なる種類の二系統とする設', 24, 24),
        ('山岸委員', '山岸', '委員', 'member', 'ありがとうございました。質問、コメントをお願いし', 25, 25),
        ('中野主任安全審査官', '中野主任安全', '審査官', 'secretariat', '規制庁の中野です。', 26, 26),
        ('中野主任安全審査官', '中野主任安全', '審査官', 'secretariat', '二系統とした場合の誤作動の評価は、どのように行っ', 27, 27),
        ('みなと電力（吉村部長）', '吉村', '部長', 'other', '過去１０年の誤作動の実績を基に評価しております。', 28, 28),
        ('坂口管理官', '坂口', '管理官', 'government', '規制庁、坂口です。', 29, 29),
        ('坂口管理官', '坂口', '管理官', 'government', '評価の前提となる実績のデータも、次回あわせて提出', 30, 30),
        ('みなと電力（大川副本部長）', '大川', '副本部長', 'other', '承知いたしました。', 31, 31),
        ('山岸委員', '山岸', '委員', 'member', 'それでは、以上で本日の審査会合を終了します。', 32, 32),
    ],
}

LINE_FATES = {
    "summary-roman-parts-pdftotext.txt": "fffbffffffffffffbaanbaappppbFapbanppnpbannbF",
    "summary-body-attendees.txt": "ffbfffffffffbaaanppnppapnpbanbF",
    "press-colon-own-line.txt": "fbfbfbfbfbpppbabppppppppppppbF",
    "press-colon-headings.txt": "fbfbabppppbabppppppppbF",
    "board-society-fullstops.txt": "ffbffffffffbffbnapbapppppbappppbfapppnbafbfF",
    "board-society-fullstops-check.txt": "ffbfffffbfbaapappbaappppbF",
    "web-page-chrome.txt": "FFFbfbffbffbfaabfffffbabpppbppbppbsbppbpppbppbppbppbFbFFFbF",
    "web-page-chrome-check.txt": "FFFFffffffffappppppppppFFFFFF",
    "web-cells-attendees.txt": "ffffffanannaffffffbffbnpppppppppppn",
    "hearing-company-trade.txt": "fffbfffffffffffbfpppppppppppppppbF",
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
    assert [(p.speaker.label, p.narration[:9], p.text[:11]) for p in parsed.points] == [
        ("委員", "ある委員は、為替の", "為替の動きを注視すべき"), ("委員", "物価の先行きに関し", "上振れのリスクが大きい"),
        # the narrator's sentence went on it: two sentences, the text as written
        ("委員", "", "財政をめぐり、別の委員")]


@pytest.mark.parametrize(("name", "council", "date"), [
    ("web-page-chrome.txt", "研究基盤部会", "2024-09-20"),
    ("web-page-chrome-check.txt", "食料安全保障検討会", "2024-10-03"),
    # the date by the era's letter (R6.10.22, R6.11.5); the page's headings under the date
    # (広報室, 会見の詳細, 閣議等について) are no part of the name: the title is whole at the date
    ("press-colon-own-line.txt", "閣議後記者会見", "2024-10-22"),
    ("press-colon-headings.txt", "大臣会見", "2024-11-05"),
])
def test_the_meeting_is_named_and_dated_past_a_web_page_s_marks(name, council, date):
    meeting = minutes.parse_file(MINUTES / name).meeting
    assert (meeting.council, meeting.date) == (council, date)
