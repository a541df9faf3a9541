"""Forms of LOCAL bodies' records met in the session-10 survey (issue 10): 農業委員会 総会,
学校運営協議会 and 地域連絡会 records, 一部事務組合 議会, 町議会 委員会 web pages, 自治会 and 社協
records. One fixture per concept, written here (fictional names and sentences) in the shape
real files arrive in, with its expected parse — rows: (speaker label, name, title, role, start
of the text, first line, last line) — and the fate of every line (f front, a agenda, n
narrative, p point, s stage, F furniture, b blank, u unread); each concept checked on a text
written apart from the fixture, after the rule.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import _parse, _speakers, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a town 農業委員会's 総会議事録 as pdftotext gives it (a break every 42 characters, a page
    # number, a form feed and the title again as the running head): the title spelled a
    # character apart before the person in brackets, the person cut to the surname and a
    # character of the given name (会 長（北村康）), beside 事務局（坂井） and seats (３番（川端）);
    # the secretariat's staff under a label naming the body (農業委員会事務局職員); the vote
    # in brackets ((全員挙手)) a stage direction
    "agriculture-spaced-title-person-pdftotext.txt": [
        ("事務局（坂井）", "坂井", "事務局", "secretariat", "ただ今から令和６年第４回総会を開会いたします。はじ", 18, 19),
        ("会長（北村康）", "北村康", "会長", "chair", "皆様、お暑い中御参集いただきありがとうございます。", 20, 21),
        ("会長（北村康）", "北村康", "会長", "chair", "それでは、議事に入ります。日程第１、議事録署名委員", 22, 23),
        ("会長（北村康）", "北村康", "会長", "chair", "日程第２、議案第１２号を議題とします。事務局の説明", 24, 24),
        ("事務局（小野）", "小野", "事務局", "secretariat", "議案第１２号、農地法第３条第１項の規定による許可申", 25, 27),
        ("事務局（小野）", "小野", "事務局", "secretariat", "許可要件はすべて満たしております。以上です。", 32, 32),
        ("会長（北村康）", "北村康", "会長", "chair", "担当地区の委員から現地調査の報告をお願いします。", 33, 33),
        ("３番（川端）", "川端", "３番", "member", "７月１２日に現地を確認しました。譲受人は機械も十分", 34, 35),
        ("会長（北村康）", "北村康", "会長", "chair", "質疑はありませんか。", 36, 36),
        ("４番（森下）", "森下", "４番", "member", "譲受人の通作距離はどのくらいか。", 37, 37),
        ("事務局（小野）", "小野", "事務局", "secretariat", "自宅から約１．５キロメートルでございます。", 38, 38),
        ("会長（北村康）", "北村康", "会長", "chair", "ほかにないようですので、採決します。原案のとおり許", 39, 40),
        ("会長（北村康）", "北村康", "会長", "chair", "全員賛成で、議案第１２号は原案のとおり許可と決定し", 42, 42),
        ("会長（北村康）", "北村康", "会長", "chair", "日程第３、議案第１３号を議題とします。", 43, 43),
        ("事務局（小野）", "小野", "事務局", "secretariat", "議案第１３号について御説明いたします。番号１は、畑", 44, 45),
        ("２番（岩田）", "岩田", "２番", "member", "周りの畑に雨水が流れ込むおそれはないか。排水の計画", 46, 46),
        ("事務局（小野）", "小野", "事務局", "secretariat", "敷地内に浸透ますを設ける計画となっております。", 47, 47),
        ("会長（北村康）", "北村康", "会長", "chair", "ほかにないようですので、原案のとおり許可相当とする", 48, 49),
        ("会長（北村康）", "北村康", "会長", "chair", "全員賛成で、許可相当とすることに決定しました。以上", 51, 52),
        ("事務局（坂井）", "坂井", "事務局", "secretariat", "これをもちまして、第４回総会を閉会いたします。", 53, 53),
    ],
    # a 学校運営協議会's 会議録 saved from its web page (two meetings on one page): each
    # speaker's paragraphs under a heading in brackets naming whose words follow (【会長より】,
    # 【校長より】, 【会長まとめ】), the groups' views under 各グループの熟議内容 (the attendees')
    "school-council-said-by-headings.txt": [
        ("会長", "", "会長", "chair", "登下校の見守りボランティアが年々減っており、このま", 8, 10),
        ("校長", "", "校長", "government", "学校としても、下校時刻をそろえる日を増やすなど、見", 13, 14),
        ("出席者", "", "出席者", "member", "見守りを「毎日」ではなく「できる日だけ」にすると参", 17, 17),
        ("出席者", "", "出席者", "member", "散歩や買い物の時間を登下校に合わせてもらう「ながら", 18, 18),
        ("出席者", "", "出席者", "member", "事業所の前に「見守り協力店」の札を掲げてもらっては", 19, 19),
        ("会長", "", "会長", "chair", "「できる人が、できる時に、できることを」という考え", 22, 23),
        ("会長", "", "会長", "chair", "前回の熟議を受けて、チラシと札の案ができた。今日は", 32, 32),
        ("副会長", "", "副会長", "member", "チラシは自治会の回覧だけでなく、商店街の店頭にも置", 35, 36),
        ("校長", "", "校長", "government", "札の文字は子どもたちに書いてもらうことを考えている", 39, 39),
        ("会長", "", "会長", "chair", "チラシは今月中に配り、札は二学期の始めに掲げてもら", 42, 42),
    ],
    # a city assembly's 委員会 page saved as text (each turn a paragraph, the label closed by a
    # lone bracket, commas as ,): officials under two offices joined by 兼, the one the title
    # ends (副参事兼駅周辺整備推進室長, 都市建設部理事兼駅周辺整備担当)
    "assembly-lone-paren-concurrent-offices.txt": [
        ("川島委員長", "川島", "委員長", "chair", "ただ今から,建設委員会を開会いたします。", 10, 10),
        ("川島委員長", "川島", "委員長", "chair", "本日の議題は,お手元に配布いたしました協議案件書の", 11, 11),
        ("川島委員長", "川島", "委員長", "chair", "これより,議事に入ります。はじめに,所管事務の調査", 12, 12),
        ("副参事兼駅周辺整備推進室長", "丸山達也", "副参事兼駅周辺整備推進室長", "secretariat", "それでは,駅周辺整備事業の進捗状況についてご説明さ", 14, 15),
        ("井沢委員", "井沢", "委員", "member", "バス乗降場の移設の際,利用者への周知はどのように行", 17, 17),
        ("副参事兼駅周辺整備推進室長", "丸山達也", "副参事兼駅周辺整備推進室長", "secretariat", "バス事業者と連携し,車内放送と停留所への掲示により", 19, 19),
        ("小倉委員", "小倉", "委員", "member", "工事中の歩行者の安全確保について伺いたい。夜間は特", 21, 21),
        ("次長兼道路管理課長", "次長兼", "道路管理課長", "government", "仮設の照明を３か所増設いたしました。今後も,現地を", 23, 23),
        ("都市建設部理事兼駅周辺整備担当", "", "都市建設部理事兼駅周辺整備担当", "government", "補足いたします。照明の増設に加え,警備員の配置時間", 25, 25),
        ("川島委員長", "川島", "委員長", "chair", "ほかにございませんか。", 27, 27),
        ("川島委員長", "川島", "委員長", "chair", "ないようですので,以上で本件を終了いたします。", 28, 28),
        ("川島委員長", "川島", "委員長", "chair", "以上で,建設委員会を閉会いたします。", 29, 29),
    ],
    # an 自治会's 定時総会議事録 (its web page's text): an item, a gap, then who gives it with no
    # brackets (２．会長挨拶　　■■会長) or the title and the person in brackets after the gap
    # (１．開会挨拶　　司会（■■さん）), the names withheld (■■), the speech indented below; the
    # reports listed with who gave them and no speech (・会務報告　　■■副会長): the agenda's
    "residents-association-presenters-masked.txt": [
        ("司会（■■さん）", "■■さん", "司会", "secretariat", "これより、みどりが丘自治会第４１回定時総会を始めま", 13, 14),
        ("■■会長", "■■", "会長", "chair", "一年間、自治会の活動に御協力いただきありがとうござ", 17, 18),
        ("質問", "", "質問", "member", "防災倉庫の鍵は誰が持っているのか。", 31, 31),
        ("回答", "", "回答", "secretariat", "会長と防災部長、各班長の３か所で保管している。夜間", 32, 33),
        ("質問", "", "質問", "member", "集会所のエアコンが古く、夏の会合がつらい。更新の予", 34, 34),
        ("回答", "", "回答", "secretariat", "市の補助金を申請しており、採択されれば今年度中に更", 35, 35),
    ],
    # an 一部事務組合's 議会 定例会 page saved as text: the roll of members seat by seat, two a
    # line, each with 議員 (a given name in kana among them: ４番　遠　藤　ゆかり　議員), the
    # labels with 議員 after the person as 君 stands (議長（遠藤ゆかり議員）, ６番（加藤千秋議員）),
    # the union's head (管理者) answering the assembly
    "union-assembly-giin-roster.txt": [
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "ただいまから、令和６年第２回あさひ野環境衛生組合議", 22, 23),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "直ちに本日の会議を開きます。", 24, 24),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "日程第１、会議録署名議員の指名を行います。３番宇野", 27, 28),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "日程第３、管理者の行政報告を行います。管理者。", 31, 31),
        ("管理者（倉田紘一）", "倉田紘一", "管理者", "government", "おはようございます。前回定例会以降の主な事項を御報", 32, 32),
        ("管理者（倉田紘一）", "倉田紘一", "管理者", "government", "ごみ焼却施設の基幹改良工事は、予定どおり第２期の工", 33, 34),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "行政報告が終わりました。", 35, 35),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "日程第４、第５号議案を議題といたします。提案理由の", 37, 38),
        ("事務局長（酒井良平）", "酒井良平", "事務局長", "secretariat", "第５号議案について御説明いたします。歳入総額は１８", 39, 40),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "これより質疑に入ります。６番加藤千秋議員。", 41, 41),
        ("６番（加藤千秋議員）", "加藤千秋", "６番", "member", "ごみ処理手数料の収入が前年度より減った理由をお伺い", 42, 42),
        ("施設課長（篠原美保）", "篠原美保", "施設課長", "government", "事業系ごみの搬入量が減ったことによるものでございま", 43, 43),
        ("６番（加藤千秋議員）", "加藤千秋", "６番", "member", "分別の指導の成果と受け止めてよいのでしょうか。", 44, 44),
        ("施設課長（篠原美保）", "篠原美保", "施設課長", "government", "事業所への訪問指導を強めた結果と考えております。", 45, 45),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "ほかに質疑はございませんか。", 46, 46),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "質疑を終結します。お諮りします。本案は原案のとおり", 48, 49),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "御異議なしと認めます。よって、本案は原案のとおり認", 51, 51),
        ("議長（遠藤ゆかり議員）", "遠藤ゆかり", "議長", "chair", "以上で本日の日程は全部終了いたしました。これをもち", 53, 54),
    ],
    # a city 審議会's 会議録 saved from its web page (blank lines between the fields): a note
    # framed by dashes introducing the secretariat's bullets (-資料1に基づき、事務局から説明-), a
    # section's heading framed so (-質疑・意見-), the exchanges as bullets before a bracketed
    # speaker (• (委員)…, • (事務局)…, • (会長)…)
    "council-web-dash-notes-bracket-bullets.txt": [
        ("事務局", "", "事務局", "secretariat", "今年度は、昨年度の答申を受けた協働指針の改定案を秋", 21, 21),
        ("事務局", "", "事務局", "secretariat", "補助金の選考は例年どおり7月と10月の2回とし、分", 22, 22),
        ("事務局", "", "事務局", "secretariat", "答申に向けた検討は、年度後半に集中して行う。", 23, 23),
        ("委員", "", "委員", "member", "分科会の人数が少ないので、審査の負担が偏らないよう", 27, 27),
        ("事務局", "", "事務局", "secretariat", "分科会の構成は次回までに見直し案を示す。", 28, 28),
        ("委員", "", "委員", "member", "指針の改定に、若い世代の意見をどのように取り入れる", 29, 29),
        ("事務局", "", "事務局", "secretariat", "大学と連携して学生向けのワークショップを開く予定で", 30, 30),
        ("事務局", "", "事務局", "secretariat", "今年度の応募は5件で、昨年度より2件増えた。", 36, 36),
        ("事務局", "", "事務局", "secretariat", "子育て支援と防災の分野からの提案が多い。", 37, 37),
        ("委員", "", "委員", "member", "応募した団体への事前相談は、どの程度行っているのか", 41, 41),
        ("事務局", "", "事務局", "secretariat", "応募前に全団体と面談し、事業計画の書き方を助言して", 42, 42),
        ("会長", "", "会長", "chair", "審査の公平を保つため、面談の記録は分科会にも共有し", 43, 43),
        ("事務局", "", "事務局", "secretariat", "次回は7月17日(水曜日)午後7時から開催する。", 49, 49),
    ],
}

LINE_FATES = {
    "council-web-dash-notes-bracket-bullets.txt": "fbfbfbfbfbfbaabaabnbpppbabppppbabnbppbabpppbabnbpba",
    # the closing time in round brackets under the last turn （午前１０時４２分）: a stage direction (an act,
    # no part of the document: closing_steps._acted; back matter until hearings16)
    "union-assembly-giin-roster.txt": "fbfbfffffffbffffffffFpppFappFapppppappppppppppsppspFpps",
    "assembly-lone-paren-concurrent-offices.txt": "fbfffffbbpppbppbpbpbpbpbpbppp",
    "residents-association-presenters-masked.txt": "ffffbfaaaabpppbpppbanbaaaaaabapppppbaaaaban",
    # 第１ … 第３ under ５．議事日程 the agenda's items, ７．会議の概要 its heading (agenda20: before, front matter)
    "agriculture-spaced-title-person-pdftotext.txt": "fbffffffffaaaffabppppppppppbFbFpppppppppsppppppppspppbn",
    "school-council-said-by-headings.txt": "fbfffbppppbpppbppppbpppbffbffbppbpppbppbpp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_a_title_spelled_apart_before_the_person_in_brackets_heads_the_turn():
    # written apart from the fixture, after the rule (another town's 総会, 事 務 局 spaced too,
    # a deputy's long title, the vote's 「異議なし」): 10 of 10 turns at first sight
    got = _speakers("平成３０年第９回　かもめ町農業委員会総会議事録\n\n"
                    "１．開催日時　平成３０年９月２０日（木）午後１時３０分\n"
                    "５．教育委員会事務局職員\n　　事務局長　　浜　田　貴　之　君\n６．会議の概要\n\n"
                    "事 務 局（浜田）　定刻となりましたので、第９回総会を始めます。\n"
                    "会　長（大西正）　本日は御出席ありがとうございます。議事に入ります。\n"
                    "職務代理者（谷口）　５件のうち、新規に就農する方はいるのか。\n"
                    "事 務 局（浜田）　番号３の方が、昨年度に就農された方でございます。\n"
                    "（「異議なし」の声あり）\n"
                    "会　長（大西正）　異議なしと認め、原案のとおり決定しました。\n")
    assert [r[:4] for r in got] == [
        ("事務局（浜田）", "浜田", "事務局", "secretariat"),
        ("会長（大西正）", "大西正", "会長", "chair"),
        ("職務代理者（谷口）", "谷口", "職務代理者", "member"),
        ("事務局（浜田）", "浜田", "事務局", "secretariat"),
        ("会長（大西正）", "大西正", "会長", "chair"),
    ]


def test_a_body_named_before_its_staff_label_lists_attendees_not_a_turn():
    parsed = _parse("みずほ町農業委員会総会議事録\n\n１．開催日時　令和６年７月１９日（金）\n"
                    "６．農業委員会事務局職員\n　　事務局長　　坂　井　啓　介　君　　主　査　　小　野　瑞　穂　君\n\n"
                    "事務局（坂井）　ただ今から総会を開会いたします。\n")
    assert [p.speaker.label for p in parsed.points] == ["事務局（坂井）"]
    assert parsed.lines[4] == "front"


def test_the_vote_in_brackets_is_a_stage_direction_and_the_chair_goes_on():
    parsed = _parse("協議会　会議録\n\n○会長　賛成の方の挙手を求めます。\n（賛成者挙手）\n"
                    "○会長　全員賛成で可決しました。…（起立多数）\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("会長", "賛成の方の挙手を求めます。"), ("会長", "全員賛成で可決しました。…")]
    assert parsed.lines[3] == "stage"


def test_a_heading_in_brackets_naming_whose_words_follow_heads_the_paragraphs():
    # written apart from the fixture, after the rule (a 中学校区 地域連絡会: （委員長から）,
    # （教頭から）, （ＰＴＡ会長より）, （委員長まとめ）, グループ討議の概要): 8 of 8 at first sight
    got = _speakers("みなと中学校区地域連絡会　記録\n\n日時：令和６年１１月８日（金）１９時\n\n"
                    "（委員長から）\n部活動の地域移行について、指導者の確保が課題である。\n\n"
                    "（教頭から）\n現在、土日に活動している部は８つある。\n\n"
                    "（ＰＴＡ会長より）\n保護者の送迎の負担が増えるのではないかと心配する声がある。\n\n"
                    "グループ討議の概要\n・退職した教員に指導をお願いしてはどうか。\n\n"
                    "（委員長まとめ）\n次回までに事務局で案をまとめてもらう。\n")
    assert [(r[0], r[3]) for r in got] == [
        ("委員長", "chair"), ("教頭", got[1][3]), ("ＰＴＡ会長", got[2][3]), ("出席者", "member"), ("委員長", "chair")]
    assert got[3][4] == "退職した教員に指導をお願いしてはどうか。"


def test_a_bracketed_word_that_names_no_speaker_before_from_is_no_header():
    # 【資料より】, （前回から） name no speaker: the turn above goes on or they are no header
    got = _speakers("協議会　記録\n\n○会長　開会します。\n【前回から】\n引き続き検討する。\n")
    assert [r[0] for r in got] == ["会長"]


def test_offices_joined_by_concurrently_name_the_speaker_in_any_label_form():
    # written apart from the fixture, after the rule (a 文教委員会: a lone bracket, a mark, heavy
    # brackets, a colon; offices ending in 所長, 担当, 室長): 7 of 7 (4 of 7 before)
    got = _speakers("令和６年度　文教委員会\n\n出席委員 北原委員長,野村委員\n\n"
                    "北原委員長)ただ今から,文教委員会を開会いたします。\n\n"
                    "教育部参事兼学校給食センター所長)給食費の改定について,ご説明いたします。\n\n"
                    "野村委員)改定の時期はいつか。\n\n"
                    "生涯学習部次長兼文化財保護担当)補足いたします。文化財の公開は秋に行います。\n\n"
                    "○総務部参事兼行政改革推進室長　行革の計画は来月公表いたします。\n"
                    "【学校教育課長兼教育研究所長】　研修は年３回でございます。\n"
                    "市民部理事兼地域振興担当：地区の説明会は５回開催いたします。\n")
    assert [r[0] for r in got] == ["北原委員長", "教育部参事兼学校給食センター所長", "野村委員",
                                   "生涯学習部次長兼文化財保護担当", "総務部参事兼行政改革推進室長",
                                   "学校教育課長兼教育研究所長", "市民部理事兼地域振興担当"]
    assert got[1][4].startswith("給食費の改定") and got[3][4].startswith("補足いたします")


def test_an_item_then_who_gives_it_after_a_gap_heads_the_speech_below():
    # written apart from the fixture, after the rule (a PTA 定期総会, names not withheld, the
    # items numbered with a space): 4 of 4 (the file was refused before: no speaker); the
    # bills listed with who presented them and the record's sentence under them are no turn
    parsed = _parse("令和６年度　ひばり小学校ＰＴＡ定期総会　議事録\n\n日時　令和６年５月１０日（金）\n\n"
                    "１　開会の言葉　　　佐藤副会長\n　ただいまから定期総会を開会します。総会は成立します。\n\n"
                    "２　会長あいさつ　　高橋会長\n　今年度は、集金の方法を口座振替に改めたいと考えています。\n\n"
                    "３　校長あいさつ　　中村校長\n　今年度も安全な登下校に向けて御協力をお願いします。\n\n"
                    "４　議事\n　第１号議案　令和５年度活動報告　　　　山口書記\n"
                    "　第２号議案　令和５年度会計報告　　　　木下副会長\n　以上、いずれも拍手で承認された。\n\n"
                    "５　閉会の言葉　　　森田副会長\n　以上をもちまして、定期総会を閉会します。\n")
    assert [p.speaker.label for p in parsed.points] == ["佐藤副会長", "高橋会長", "中村校長", "森田副会長"]
    assert parsed.lines[13] == "agenda" and "point" not in parsed.lines[13:17]


def test_an_item_with_a_gap_but_no_presenter_or_no_speech_below_heads_nothing():
    got = _speakers("総会　議事録\n\n○会長　開会します。\n２．会長挨拶　　会場にて\n　皆様ありがとうございます。\n"
                    "３．会計報告　　山田会計部長\n４．閉会\n")
    assert {r[0] for r in got} == {"会長"}  # 会場にて names no one; 山田会計部長 gives no speech


def test_an_assemblys_roll_seat_by_seat_is_attendees_whatever_the_given_names():
    # a roll's line after a seat number is no speech, kana and all: the honorific ends it
    parsed = _parse("みどり広域連合議会定例会　会議録\n\n令和６年２月９日（金曜日）\n\n○出席議員（４名）\n"
                    "　　１番　青　山　ひかり　議員　　　２番　伊　東　　　剛　議員\n"
                    "　　３番　宇　野　さくら　議員　　　４番　遠　藤　ゆかり　議員\n\n"
                    "○議長（遠藤ゆかり議員）　ただいまから会議を開きます。\n"
                    "○広域連合長（森本一郎君）　提出議案について御説明申し上げます。\n")
    assert [(p.speaker.label, p.speaker.title, p.speaker.role) for p in parsed.points] == [
        ("議長（遠藤ゆかり議員）", "議長", "chair"), ("広域連合長（森本一郎君）", "広域連合長", "government")]
    assert parsed.lines[5:7] == ("front", "front")


def test_a_name_alone_right_above_a_front_label_is_a_fields_value_not_a_speaker():
    # a web page's fields, the label and the value on lines of their own (会議の庶務を行う課名 /
    # 選挙管理委員会事務局, 開催日時 / the date): the value above the next label speaks no turn
    parsed = _parse("ひばり区選挙管理委員会会議録\n\n会議の庶務を行う課名\n選挙管理委員会事務局\n\n"
                    "開催日時\n令和６年３月２１日（木）午前１０時\n\n○委員長　開会します。\n")
    assert [p.speaker.label for p in parsed.points] == ["委員長"]
    assert parsed.meeting.date == "2024-03-21"
    assert parsed.lines[3] == "front"


def test_notes_and_headings_framed_by_dashes_and_bracketed_speakers_after_bullets():
    # written apart from the fixture, after the rule (full-width dashes, ・ bullets, 副会長):
    # 6 of 6 (the file was refused before: －…－ read as a bullet, no speaker)
    got = _speakers("令和６年度第２回みどり市環境審議会　会議録\n\n１　日時　令和６年８月２日（金）午前１０時\n\n"
                    "５　会議の経過\n（１）ごみ減量計画の中間評価について\n\n－資料２により、事務局から説明－\n\n"
                    "・家庭ごみは目標を上回るペースで減っている。\n・事業系ごみは横ばいである。\n\n－意見交換－\n\n"
                    "・（委員）事業系ごみの分別指導を強化すべきではないか。\n"
                    "・（事務局）今年度は大規模事業所への訪問を倍に増やす。\n"
                    "・（副会長）飲食店向けの食品ロス対策も計画に加えてほしい。\n・（事務局）次回の会議で案を示したい。\n")
    assert [r[0] for r in got] == ["事務局", "事務局", "委員", "事務局", "副会長", "事務局"]
    assert got[2][4] == "事業系ごみの分別指導を強化すべきではないか。"
