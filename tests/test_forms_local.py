"""Forms of the records of LOCAL bodies (issue 10, survey of local bodies): 介護保険運営協議会,
防災会議, 都市計画審議会, 地域公共交通会議, 自治会 and 懇談会 records as towns and cities publish
them. One fixture per concept, written here (fictional names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import _parse, _speakers, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a town 介護保険運営協議会's 会議録 as pdftotext gives it (a break every 38 characters, a
    # blank line inside a turn, a page number, a form feed and the title again as the running
    # head): unmarked turns (a title, a full-width space, the speech), the words naming the
    # sections of the proceedings alone on their lines between the turns (質疑, 意見交換,
    # その他), and one such word the line's end cut out of a sentence (本日の / 議事 / の進め方…)
    "record-section-words-pdftotext.txt": [
        ("会長", "大川", "会長", "chair", "それでは、議事に入ります。第９期介護保険事業計画", 8, 9),
        ("福祉課長", "", "福祉課長", "secretariat", "資料２に基づき、第９期計画の進捗状況を御説明しま", 10, 11),
        ("会長", "大川", "会長", "chair", "ただいまの説明について、御質問はありますか。", 13, 13),
        ("山本委員", "山本", "委員", "member", "通所介護の事業所が減った理由は何か。町内の利用者", 14, 15),
        ("福祉課長", "", "福祉課長", "secretariat", "職員の確保が難しく、休止した事業所が２か所ござい", 17, 22),
        ("会長", "大川", "会長", "chair", "次期計画に向けて、御意見をお願いします。本日の議", 24, 26),
        ("川口委員", "川口", "委員", "member", "介護人材の確保に町独自の支援を検討すべきだ。資格", 27, 28),
        ("西村委員", "西村", "委員", "member", "認知症の方を支える家族の会に、町の広報で参加を呼", 29, 29),
        ("介護保険係長", "", "介護保険係長", "secretariat", "次号の広報に家族の会の案内を載せる予定です。", 30, 30),
        ("会長", "大川", "会長", "chair", "以上で本日の協議会を閉会します。", 32, 32),
    ],
    # a city 地域公共交通会議's 会議録 as pdftotext gives it (a break every 38 characters, a page
    # number, a form feed and the running head): who explains an item in brackets alone on
    # the line after the act, an office no role table knows among them (（説明：地域交通対策監）,
    # （資料説明　まちづくり推進監）, （報告：交通政策課長）), the speech below; the officials
    # listed under 事務局 explaining at their own council are its secretariat
    "record-presenter-offices-pdftotext.txt": [
        ("地域交通対策監", "", "地域交通対策監", "secretariat", "資料１に基づき、再編案の概要を説明いたします。現", 12, 13),
        ("森会長", "森", "会長", "chair", "ただいまの説明について、御質問はありますか。", 15, 15),
        ("田村委員", "田村", "委員", "member", "統合で廃止となる停留所の利用者への周知はどうする", 16, 16),
        ("地域交通対策監", "", "地域交通対策監", "secretariat", "沿線の自治会を通じて回覧を行うほか、車内にも掲示", 17, 17),
        ("まちづくり推進監", "", "まちづくり推進監", "other", "運賃は現行の２００円を据え置き、鉄道との乗継割引", 20, 21),
        ("石井委員", "石井", "委員", "member", "乗継割引の対象を路線バスにも広げるべきだ。", 25, 25),
        ("交通政策課長", "", "交通政策課長", "secretariat", "デマンド交通の利用者数は、前年度から２割増えてお", 27, 27),
        ("森会長", "森", "会長", "chair", "以上で本日の会議を閉会します。", 28, 28),
    ],
    # a city's まちづくり懇談会 開催結果 saved from its web page as CP932 with CRLF: the residents'
    # views and requests and the city's answers under the word alone in brackets, the text
    # indented below ((意見), (回答), 【要望】), then numbered after a colon (意見１：/回答１：)
    # under 自由討議, a section's word alone; (回答) is no holder of a title 回答１ names
    "meeting-views-answers-cp932.txt": [
        ("意見", "", "意見", "member", "国の方針が変わり、市の総合計画も見直さざるを得な", 19, 20),
        ("回答", "", "回答", "secretariat", "計画の見直しの状況は、次号の広報紙でお知らせする", 23, 23),
        ("意見", "", "意見", "member", "側溝にふたがなく、子どもが落ちる危険がある。", 28, 28),
        ("要望", "", "要望", "member", "通学路の側溝に、早急にふたを設置してほしい。", 31, 31),
        ("回答", "", "回答", "secretariat", "現地を確認し、来年度の予算で対応を検討する。", 34, 34),
        ("意見１", "１", "意見", "member", "バスの本数が少なく、高校生の通学に不便である。", 38, 38),
        ("回答１", "１", "回答", "secretariat", "事業者と協議し、朝夕の増便を検討する。", 39, 39),
    ],
    # a city 都市計画審議会's 会議録 typed as a borderless Word table (a narrow column of speakers
    # beside the speech), printed to PDF by LibreOffice and extracted by pdftotext -layout
    # (tests/tools/make_split_labels.py): long labels wrapped in their cell (久保都市 / 計画課長
    # beside the speech's two lines, 山田   委 / 員, 中村まち / づくり推 / 進課長 with no speech
    # beside the last two), each read joined
    "record-split-labels-layout.txt": [
        ("会長", "", "会長", "chair", "ただいまから第４０回あおば市都市計画審議会を開会", 9, 11),
        ("久保都市計画課長", "久保", "都市計画課長", "secretariat", "用途地域の変更案について御説明します。対象は駅の", 13, 14),
        ("山田委員", "山田", "委員", "member", "駅の北側は住宅が多く、高さの制限を緩めることには", 16, 17),
        ("久保都市計画課長", "久保", "都市計画課長", "secretariat", "高さの制限は現行のままといたします。日照の検討結", 19, 21),
        ("副会長", "", "副会長", "member", "地元の説明会ではどのような意見が出たのか。また、", 23, 24),
        ("中村まちづくり推進課長", "中村", "まちづくり推進課長", "secretariat", "商店の再開発を望む声が多く、反対の意見はございま", 26, 26),
        ("会長", "", "会長", "chair", "ほかに御意見がなければ、採決に移ります。", 30, 30),
    ],
    # the check, made the same way after the rule (a town 教育委員会, a wider column): 学校教育課 /
    # 長補佐, 教育長職務 / 代理者 — each part alone is a unit or no speaker, joined a title
    "board-split-labels-layout.txt": [
        ("教育長", "", "教育長", "chair", "ただいまから令和６年第５回みどり町教育委員会定例", 9, 11),
        ("学校教育課長補佐", "", "学校教育課長補佐", "secretariat", "議案第１２号は、町立小学校の通学区域の見直しにつ", 13, 15),
        ("教育長職務代理者", "", "教育長職務代理者", "member", "変更の対象となる児童は何人いるのか。兄弟で別の学", 17, 18),
        ("学校教育課長補佐", "", "学校教育課長補佐", "secretariat", "対象は現在の１年生から４年生までの１２人でござい", 20, 21),
        ("大西委員", "大西", "委員", "member", "通学路の安全について、地域の見守り隊と事前に話し", 23, 23),
        ("教育長", "", "教育長", "chair", "それでは、議案第１２号を原案のとおり可決してよろ", 25, 25),
    ],
}

LINE_FATES = {
    "record-split-labels-layout.txt": "fbfbfbbbpppbppbppbpppbppbpppbpb",
    "board-split-labels-layout.txt": "fbfbfbbbpppbpppbppbppbpbpb",
    "meeting-views-answers-cp932.txt": "fbfffbfaaaaabfbfbpppbppbabppbppbppbabpp",
    "record-section-words-pdftotext.txt": "fbffffbppppapppbppbFFpapppppppapb",
    "record-presenter-offices-pdftotext.txt": "fbffffbaaapppbpppapppbFFppppb",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_a_section_word_alone_between_turns_is_a_heading_not_the_end_of_the_turn_above():
    # written apart from the fixture (a city 防災会議, other words: 質疑応答, 報告事項, 意見交換
    # after a page break): each is the agenda's, and no point ends with it
    text = ("あおば市防災会議　会議録\n\n日時　令和６年６月３日（月）午前１０時\n\n"
            "会長　それでは、地域防災計画の修正について、事務局から\n説明をお願いします。\n"
            "危機管理課長　資料１により御説明します。主な修正は、避難所の\n\n開設基準の見直しでございます。\n"
            "質疑応答\n\n森委員　福祉避難所の数は足りているのか。\n"
            "危機管理課長　現在は１２か所ですが、来年度に３か所増やす予定\nです。\n"
            "報告事項\n会長　次に、報告事項に移ります。\n"
            "森委員　訓練の参加者が年々減っているので、若い世代に呼びかける\n方法を考えるべきだ。\n"
            "\f－２－\n意見交換\n会長　御意見はありますか。\n")
    parsed = _parse(text)
    got = [(p.speaker.label, p.text) for p in parsed.points]
    assert got == [
        ("会長", "それでは、地域防災計画の修正について、事務局から説明をお願いします。"),
        ("危機管理課長", "資料１により御説明します。主な修正は、避難所の開設基準の見直しでございます。"),
        ("森委員", "福祉避難所の数は足りているのか。"),
        ("危機管理課長", "現在は１２か所ですが、来年度に３か所増やす予定です。"),
        ("会長", "次に、報告事項に移ります。"),
        ("森委員", "訓練の参加者が年々減っているので、若い世代に呼びかける方法を考えるべきだ。"),
        ("会長", "御意見はありますか。"),
    ]
    lines = text.split("\n")
    for word in ("質疑応答", "報告事項", "意見交換"):
        assert parsed.lines[lines.index(word)] == "agenda", word


def test_a_section_word_is_a_heading_only_after_a_finished_sentence_and_above_a_turn():
    # the word a line's end cut out of a sentence goes on the sentence; a word with no turn
    # below it (the speech of a label alone goes on below) is no heading either
    got = _speakers("協議会　会議録\n\n会長　開会します。\n委員長　本日の\n議事\nは二件です。\n"
                    "委員　次の点を伺う。\nその他\nの項目も確認したい。\n")
    assert [(r[0], r[4]) for r in got] == [
        ("会長", "開会します。"), ("委員長", "本日の議事は二件です。"),
        ("委員", "次の点を伺う。その他の項目も確認したい。"),
    ]


def test_a_title_above_the_first_label_is_no_sentence_running_on_to_the_first_turn():
    # the chair's first words name 事務局から: the title above the date's label was read as
    # the first line of a report running on past the labels, and the council was lost
    parsed = _parse("あおば市防災会議　会議録\n\n日時　令和６年６月３日（月）午前１０時\n場所　市役所\n\n"
                    "会長　それでは、事務局から説明をお願いします。\n森委員　福祉避難所の数は足りているのか。\n")
    assert parsed.meeting.council == "あおば市防災会議"
    assert parsed.meeting.kind == "会議録"
    assert [p.speaker.label for p in parsed.points] == ["会長", "森委員"]


def test_who_presents_an_item_in_brackets_heads_the_speech_below_whatever_the_office():
    # written apart from the fixture (a town 防災会議, other acts and separators: 説明者：,
    # 回答 and a space, an item with its presenter after it): the brackets name the speaker
    # even when no table knows the office; a word that is no office (省略) names nobody
    got = _speakers("あおば町防災会議　議事録\n\n日時：令和６年５月２８日（火）午前１０時\n\n１　開会\n"
                    "あいさつ（まちづくり推進監）\n本日はお忙しい中お集まりいただき、ありがとうございます。\n"
                    "２　議事\n（説明者：防災安全監）\n避難所の運営マニュアルを改訂いたしました。\n"
                    "○中川委員　更衣室の設置は、全ての避難所で可能なのか。\n"
                    "（回答　市民協働推進担当）\n小規模な集会所では、間仕切りで対応いたします。\n"
                    "（説明：省略）\n○中川委員　了解した。備蓄品の一覧も公表してほしい。\n")
    assert [(r[0], r[4]) for r in got] == [
        ("まちづくり推進監", "本日はお忙しい中お集まりいただき、ありがとうございます。"),
        ("防災安全監", "避難所の運営マニュアルを改訂いたしました。"),
        ("中川委員", "更衣室の設置は、全ての避難所で可能なのか。"),
        ("市民協働推進担当", "小規模な集会所では、間仕切りで対応いたします。"),
        ("中川委員", "了解した。備蓄品の一覧も公表してほしい。"),
    ]


def test_a_presenter_in_brackets_with_no_speech_below_is_no_header():
    # an agenda's list, one item a line: the brackets say who will present, no speech follows
    parsed = _parse("あおば町防災会議　次第・議事録\n\n日時：令和６年５月２８日（火）\n\n"
                    "（説明：防災安全監）\n（報告：まちづくり推進監）\n\n○会長　開会します。\n")
    assert [p.speaker.label for p in parsed.points] == ["会長"]


def test_questions_views_and_requests_numbered_with_a_full_stop_are_answered_in_turn():
    # written apart from the fixture (an 自治会's 定時総会, pdftotext wraps): 質問１．/回答１．,
    # 要望２．/回答２． under 質疑, a section's word; the numbers name no one (as Q1./A1.)
    parsed = _parse("みどり台自治会　第１５回定時総会　議事録\n\n日時　令和６年４月７日（日）午前９時３０分\n"
                    "場所　みどり台集会所\n\n３．議案審議\n質疑\n"
                    "質問１．防犯灯の電気代は自治会が負担して\nいるのか。\n"
                    "回答１．市の補助を受けて自治会が負担しております。\n"
                    "要望２．ごみ集積所の当番表を回覧板で回してほしい。\n"
                    "回答２．次の回覧から当番表を付けるようにいたします。\n")
    assert [(p.speaker.label, p.speaker.title, p.speaker.role, p.text) for p in parsed.points] == [
        ("質問", "質問", "member", "防犯灯の電気代は自治会が負担しているのか。"),
        ("回答", "回答", "secretariat", "市の補助を受けて自治会が負担しております。"),
        ("要望", "要望", "member", "ごみ集積所の当番表を回覧板で回してほしい。"),
        ("回答", "回答", "secretariat", "次の回覧から当番表を付けるようにいたします。"),
    ]


def test_a_view_is_a_label_only_as_the_word_alone():
    # 主な意見 and 委員の意見 head a group's opinions (groups.py), never a speaker 意見; a
    # numbered 回答１．heads nothing in a record that asks nothing so
    got = _speakers("協議会　議事要旨\n\n○会長　開会します。\n【委員の主な意見】\n・財源の確保が課題である。\n")
    assert [(r[0], r[3]) for r in got] == [("会長", "chair"), ("委員", "member")]
    got = _speakers("協議会　議事要旨\n\n○会長　開会します。\n回答１．は次回とする。\n")
    assert [r[0] for r in got] == ["会長"]


def test_a_label_below_a_finished_turn_is_the_next_turn_not_the_end_of_the_label_above():
    # 北条農政監 (no title of the table: 農政監 is read by its form) then 会長 under a finished
    # sentence: two turns, not 北条農政監会長; a label of the table (会長 / 森委員) never takes the next line's label
    text = ("審議会　会議録\n\n"
            "会長        開会します。議事に入ります。資料について事務局から御説明\n"
            "          をお願いします。\n"
            "東岡審議監     資料１により御説明します。今年度の事業は予定どおり\n"
            "          進んでおります。\n"
            "北条農政監     補助の対象は昨年度と同じでございます。\n"
            "会長        御質問はありますか。\n"
            "森委員       補助の対象を広げることは検討しているの\n"
            "          か。\n")
    got = _speakers(text)
    assert [(r[0], r[4]) for r in got] == [
        ("会長", "開会します。議事に入ります。資料について事務局から御説明をお願いします。"),
        ("東岡審議監", "資料１により御説明します。今年度の事業は予定どおり進んでおります。"),
        ("北条農政監", "補助の対象は昨年度と同じでございます。"),
        ("会長", "御質問はありますか。"),
        ("森委員", "補助の対象を広げることは検討しているのか。"),
    ]


def test_labels_in_half_width_kana_or_romaji_are_read_as_they_stand():
    # a survey found them in records typed on old systems: the label keeps what the file says
    # (the speaker as written), the name is the part before the title
    got = _speakers("あおば町地域公共交通会議　会議録\n\n日時　令和６年５月１４日\n\n"
                    "○ﾀﾅｶ会長　ただいまから会議を開会します。\n"
                    "○ﾔﾏﾀﾞ委員　当日でも予約を受け付けてほしい。\n"
                    "委員（ｻｻｷ）：停留所の案内表示が小さい。\n"
                    "YAMADA委員：高齢者には読みにくいとの声がある。\n")
    assert [r[:4] for r in got] == [("ﾀﾅｶ会長", "ﾀﾅｶ", "会長", "chair"), ("ﾔﾏﾀﾞ委員", "ﾔﾏﾀﾞ", "委員", "member"),
                                    ("委員（ｻｻｷ）", "ｻｻｷ", "委員", "member"), ("YAMADA委員", "YAMADA", "委員", "member")]
    # names alone in half-width kana, listed as the record's people (names.py)
    got = _speakers("みどり地区自治会　役員会　議事録\n\n出席者　ﾔﾏﾀﾞ（会長）、ｽｽﾞｷ、ｻﾄｳ（会計）\n\n"
                    "ﾔﾏﾀﾞ：夏祭りの準備について意見をいただきたい。\n"
                    "ｽｽﾞｷ：今年は子ども会と合同で行うのはどうか。\n")
    assert [r[:4] for r in got] == [("ﾔﾏﾀﾞ", "ﾔﾏﾀﾞ", "会長", "chair"), ("ｽｽﾞｷ", "ｽｽﾞｷ", "", "member")]
