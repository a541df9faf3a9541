"""Headings that name an act and who does it, over a talk with no label (heads17).

Forums, symposia, workshops, briefings and 総会 records written as a programme: each part a heading
— a mark or a number, the act (あいさつ, 報告１「…」, 基調講演「…」, 講評, 事例紹介②, 趣旨説明 …), then who
does it — the talk below in plain paragraphs with no label; later parts switch to inline labels.
One fixture per shape real files arrive in (``tests/tools/make_heads17.py`` writes them), with its
expected parse — rows: (speaker label, name, title, role, start of the text, first line, last line)
— and the fate of every line (f front, a agenda, n narrative, p point, s stage, F furniture, b
blank, u unread).

1. The act is no part of the speaker: the person the heading names (the surname; the post the
   title; the body before the post where they come from, role other), or the post alone
   (``headed.speaker``) — before, the act, the post and the name ran together
   (``開会あいさつ市民協働課長``), or the talk went to the front matter or the talk above.
2. A heading that names no one (■意見交換, グループワーク（約40分）, 第２部 / パネル討論（14:10～）) ends
   the talk above it: the agenda's, nobody's point; the labels below read as labels (in a
   programme's record a panel's label need not recur thrice: ``panel_labels``).
3. The extractor broke the heading before who does it (●講評 / a blank line / 子育て支援アドバイザー 今泉):
   one heading (``headed.find``'s ``end``).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes import headed
from assembler.minutes.roles import load_roles
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _parse, check_fixture
from test_forms_labels15 import _who

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city's 市民フォーラム typed in Word. Before (main 14e6895): 4 of 8 turns with the right
    # speaker — the three talks under ■ headings read as front matter, ◆閉会あいさつ　副市長　岩城 as the
    # speaker 閉会あいさつ副市長 with 岩城 the first word of the talk
    "heads-forum-word.docx": [
        ("市民協働課長（浜野）", "浜野", "市民協働課長", "government", "皆さん、こんにちは。", 6, 6),
        ("市民協働課長（浜野）", "浜野", "市民協働課長", "government", "中心市街地では", 7, 7),
        ("駅前通り商店会\u3000会長（矢吹）", "矢吹", "会長", "other", "駅前通り商店会の矢吹で", 9, 9),
        ("駅前通り商店会\u3000会長（矢吹）", "矢吹", "会長", "other", "これまでに１１組", 10, 10),
        ("駅前通り商店会\u3000会長（矢吹）", "矢吹", "会長", "other", "課題は、建物の老朽化", 11, 11),
        ("みなと大学\u3000准教授（千葉）", "千葉", "准教授", "other", "みなと大学の千葉です。", 13, 13),
        ("みなと大学\u3000准教授（千葉）", "千葉", "准教授", "other", "学生が卒業すると", 14, 14),
        ("栗原（自治会連合会）", "栗原", "", "other", "空き店舗を使う取組は", 16, 16),
        ("矢吹（駅前通り商店会）", "矢吹", "", "other", "駐車場は商店会でも", 17, 17),
        ("白石（高校生）", "白石", "", "other", "ラウンジはよく使って", 18, 18),
        ("千葉（みなと大学）", "千葉", "", "other", "学生の当番を増やせるか", 19, 19),
        ("副市長（岩城）", "岩城", "副市長", "government", "本日は、長時間にわたり", 21, 21),
    ],
    # a シンポジウム typed in Word with a running head and a － n － footer, made a PDF with
    # LibreOffice, read with plain pdftotext: the keynote over a page break, ●講評 broken from who
    # gives it, 第２部 broken from パネル討論（14:10～）. Before: 4 of 10 turns (主催者あいさつこども家庭課長
    # the speaker of the keynote and of the 課長's answer in the panel, 今泉's 講評 and the two
    # section headings the group's speaker's, 大塚 no label)
    "heads-symposium-pdftotext.txt": [
        ("こども家庭課長", "", "こども家庭課長", "government", "本日は、子育て応援", 6, 14),
        ("あおば大学\u3000教育学部\u3000教授（森田）", "森田", "教授", "other", "御紹介いただきました森田", 16, 34),
        ("あおば大学\u3000教育学部\u3000教授（森田）", "森田", "教授", "other", "以上、簡単ですが", 39, 39),
        # a group's act then who gives it: the group the title (before: Ａグループ発表)
        ("Ａグループ発表（小松さん）", "小松", "Ａグループ", "other", "私たちのグループでは", 41, 42),
        ("Ｂグループ発表（細川さん）", "細川", "Ｂグループ", "other", "祖父母世代の方が", 43, 44),
        ("子育て支援アドバイザー（今泉）", "今泉", "子育て支援アドバイザー", "other", "どちらのグループも", 49, 50),
        ("コーディネーター（森田）", "森田", "コーディネーター", "chair", "それでは、パネル討論を", 55, 56),
        ("大塚（ひだまりサロン代表）", "大塚", "", "other", "週に２回、公民館の", 57, 58),
        ("こども家庭課長", "", "こども家庭課長", "government", "市の補助は、", 59, 59),
        ("大塚（ひだまりサロン代表）", "大塚", "", "other", "ボランティアの高齢化が", 60, 61),
        ("コーディネーター（森田）", "森田", "コーディネーター", "chair", "以上でパネル討論を", 62, 62),
    ],
    # a 町内会連合会's 定期総会 in CP932 with CRLF, numbered headings (１．開会のことば　副会長　坂口,
    # （１）令和６年度事業報告　事務局長　増田), 質疑 then one question with its label. Before: 1 of 8 turns
    # (every talk read as the agenda or the narrative, 井上（３班） the group 出席者 under 質疑)
    "heads-soukai-cp932.txt": [
        ("副会長（坂口）", "坂口", "副会長", "chair", "ただいまから、", 8, 8),
        ("副会長（坂口）", "坂口", "副会長", "chair", "本日の出席者は", 9, 9),
        ("会長（大西）", "大西", "会長", "chair", "皆さん、おはようございます。", 12, 12),
        ("会長（大西）", "大西", "会長", "chair", "昨年度は、夏祭りを", 13, 13),
        ("会長（大西）", "大西", "会長", "chair", "今年度は、防災訓練を", 15, 15),
        # a guest (来賓祝辞): a post of another body, role other
        ("北浜市長（石原）", "石原", "北浜市長", "other", "定期総会の開催、", 18, 18),
        ("北浜市長（石原）", "石原", "北浜市長", "other", "連合会の皆さんには", 19, 19),
        ("事務局長（増田）", "増田", "事務局長", "secretariat", "お手元の資料１を", 23, 24),
        ("事務局長（増田）", "増田", "事務局長", "secretariat", "防災講習会には", 25, 25),
        ("会計（野口）", "野口", "会計", "member", "資料２を御覧ください。", 28, 28),
        ("井上（３班）", "井上", "", "other", "防災講習会の参加者が", 31, 31),
        ("増田事務局長", "増田", "事務局長", "secretariat", "今年度は、各町内会の", 32, 32),
        ("副会長（坂口）", "坂口", "副会長", "chair", "以上をもちまして、", 35, 35),
    ],
}

LINE_FATES = {
    "heads-forum-word.docx": "ffffppppppppppapppppp",
    "heads-symposium-pdftotext.txt": "FfffppppppppppppppppppppppppppppppbFbFpapppppbpbppababppppppppbFbb",
    "heads-soukai-cp932.txt": "fbfffbpppbpppbpbpppbappppbppbappbpp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_each_talks_points_carry_the_heading_as_their_evidence() -> None:
    parsed = minutes.parse_file(MINUTES / "heads-symposium-pdftotext.txt")
    whys = {p.source.line_start: p.speaker_why for p in parsed.points}
    assert whys[16] == whys[39] == "act heading: ●基調講演「地域で支える子育て」 あおば大学 教育学部 教授 森田 浩 氏 (line 15)"
    assert whys[49] == "act heading: ●講評 / 子育て支援アドバイザー 今泉 (line 45)"
    assert not whys[41]  # a label's turn: no heading's evidence


# written after the rules, apart from the fixtures: a セミナー in UTF-16 with CRLF, pdftotext's page
# number and running head, a blank line inside a paragraph, headings in 【】 (【趣旨説明】　農政課長: a post
# alone; 【事例紹介①】「…」　body　post　surname given name), numbered （１）質疑応答（約30分）, ２．講評 with
# 名誉教授, ３．閉会あいさつ　副市長. At first sight: 9 of 9 turns (main 14e6895: 3 of 9 — the three talks of
# page 1 front matter, 参加者（男性） the front's, 桑原's 講評 the turn of 小野寺組合長 above it)
_SEMINAR = """第５回　農福連携セミナー　記録

日時：令和８年２月６日（金）　午後２時〜午後４時３０分
会場：ひばり市役所　本庁舎７階大会議室

【趣旨説明】　農政課長
　本日は、農業と福祉の連携について考えるセミナーにお集まりいただき、ありがとうございます。
市内では、障害のある方が農作業に携わる事例が少しずつ増えてきました。

【事例紹介①】「トマト農家と作業所の５年間」　ひばり野菜組合　組合長　小野寺　健一
　小野寺でございます。私どもの組合では、５年前から近くの作業所の皆さんに、

トマトの収穫と箱詰めをお願いしています。
　最初は作業の手順を覚えていただくのに時間がかかりましたが、今では欠かせない戦力です。

－ 1 －
\f第５回農福連携セミナー記録
【事例紹介②】　社会福祉法人すずらん会　施設長　宇佐美
　すずらん会の宇佐美です。利用者の皆さんが、季節ごとに違う作業を経験できることが、
一番の良さだと感じています。

（１）質疑応答（約30分）
参加者（男性）：作業中のけがへの備えはどうしていますか。
宇佐美施設長：作業所で保険に加入しています。
参加者（女性）：農家の側で、受け入れの準備に費用はかかりましたか。
小野寺組合長：休憩所とトイレの整備に、県の補助を使いました。

２．講評　ひばり大学　名誉教授　桑原　正
　お二人の話から、続けるためには互いの事情を知ることが大切だと分かりました。

３．閉会あいさつ　副市長
　本日は、ありがとうございました。

－ 2 －
"""

# … and a 介護予防フォーラム in UTF-8: half-width numbering and spaces (1. 開会あいさつ 健康福祉部長 村松),
# ◎講演「…」　講師　平田　真理子氏, ●活動報告 … 西尾さん, a name alone (●体験発表　小山　和子), ◇意見交換（15:00～15:30）
# above labels. At first sight: 9 of 9 turns (main: 4 of 9, every talk narrative or agenda)
_FORUM = """介護予防フォーラム　開催記録

1. 開会あいさつ 健康福祉部長 村松
本日は寒い中、フォーラムにお越しいただきありがとうございます。高齢者が地域で元気に暮らし続けるためには、介護予防の取組が欠かせません。

◎講演「いくつになっても歩ける体づくり」　講師　平田　真理子氏
皆さん、こんにちは。理学療法士の平田です。今日は、毎日の生活の中でできる体操を紹介します。
まず、椅子に座ったままできる足の体操です。かかとを上げ下げするだけでも、ふくらはぎの筋肉が鍛えられます。
続けることが何より大切ですので、テレビを見ながらでも結構です。

●活動報告　地域包括支援センター　センター長　西尾さん
包括支援センターでは、昨年度、介護予防教室を２４回開き、延べ４１０人の方に参加いただきました。

●体験発表　小山　和子
私は７５歳ですが、週に一度の体操教室に通い始めて２年になります。友達が増えたことが一番の収穫です。

◇意見交換（15:00～15:30）
Ａさん：体操教室の会場が遠くて通えない。
西尾センター長：来年度は、公民館の分館でも開く予定です。
Ｂさん：男性の参加者が少ないのが気になる。
平田講師：男性向けの筋力トレーニングの教室を提案したいと思います。

5. 閉会あいさつ 健康福祉部長 村松
以上をもちまして、本日のフォーラムを終わります。
"""


def test_a_seminar_written_apart(tmp_path) -> None:
    path = tmp_path / "record.txt"
    path.write_bytes(_SEMINAR.replace("\n", "\r\n").encode("utf-16"))
    parsed = minutes.parse_file(path)
    onodera = ("ひばり野菜組合\u3000組合長（小野寺）", "小野寺", "組合長", "other")
    usami = ("社会福祉法人すずらん会\u3000施設長（宇佐美）", "宇佐美", "施設長", "other")
    assert [w[:5] for w in _who(parsed)] == [
        ("農政課長", "", "農政課長", "government", 7), (*onodera, 11), (*onodera, 14), (*usami, 19),
        ("参加者（男性）", "", "男性", "member", 23), ("宇佐美施設長", "宇佐美", "施設長", "secretariat", 24),
        ("参加者（女性）", "", "女性", "member", 25), ("小野寺組合長", "小野寺", "組合長", "member", 26),
        ("ひばり大学\u3000名誉教授（桑原）", "桑原", "名誉教授", "other", 29), ("副市長", "", "副市長", "government", 32)]
    assert _fates(parsed) == "fbffbpppbppbppbFFpppbappppbppbppbF" and parsed.unread == ()


def test_a_forum_written_apart(tmp_path) -> None:
    parsed = _parse(_FORUM)
    muramatsu = ("健康福祉部長（村松）", "村松", "健康福祉部長", "secretariat")
    assert _who(parsed) == [
        (*muramatsu, 4), ("講師（平田）", "平田", "講師", "other", 7),
        ("地域包括支援センター\u3000センター長（西尾）", "西尾", "センター長", "other", 12), ("小山", "小山", "", "other", 15),
        ("Ａさん", "Ａ", "さん", "member", 18), ("西尾センター長", "西尾", "センター長", "government", 19),
        ("Ｂさん", "Ｂ", "さん", "member", 20), ("平田講師", "平田", "講師", "other", 21), (*muramatsu, 24)]
    assert _fates(parsed) == "fbppbppppbppbppbappppbpp"


@pytest.mark.parametrize("who, speaker", [
    ("市民協働課長　浜野", ("市民協働課長（浜野）", "浜野", "市民協働課長", "secretariat")),
    ("市民協働課長富樫", ("市民協働課長（富樫）", "富樫", "市民協働課長", "secretariat")),  # run together
    ("商店会　会長　宮越　亮", ("商店会\u3000会長（宮越）", "宮越", "会長", "other")),  # a body's post: other
    ("（防災アドバイザー　今泉氏）", ("防災アドバイザー（今泉）", "今泉", "防災アドバイザー", "other")),
    ("副市長", ("副市長", "", "副市長", "government")),  # the post alone
    ("みなと大学　千葉", ("千葉（みなと大学）", "千葉", "", "other")),  # a body, no post
    ("中村", ("中村", "中村", "", "other")),  # a surname alone (村: no place's ending)
])
def test_who_a_heading_names(who: str, speaker: tuple) -> None:
    sp = headed.speaker(who, load_roles())
    assert sp is not None and (sp.label, sp.name, sp.title, sp.role) == speaker


@pytest.mark.parametrize("who", ["約40分", "14:10～", "○大森会長", "空き店舗の活用について。"])
def test_words_that_name_no_one(who: str) -> None:
    assert headed.speaker(who, load_roles()) is None


def test_an_agenda_of_acts_and_who_gives_them_is_no_talk() -> None:
    # the 次第 lists the headings with no talk below each: the agenda, as before
    parsed = _parse("市民フォーラム　次第\n\n１．開会あいさつ　市民協働課長　浜野\n２．報告　商店会長　矢吹\n"
                    "３．閉会あいさつ　副市長　岩城\n\n司会：ただいまから始めます。\n")
    assert _fates(parsed)[2:5] == "aaa" and [p.speaker.label for p in parsed.points] == ["司会"]


def test_an_act_label_with_the_post_in_brackets_stays_as_written() -> None:
    # ◯答弁（河川課長） above the speech is an assembly's label as written (labels16)
    parsed = _parse("委員会　要点記録\n\n○委員長　開会します。\n◯答弁（河川課長）\n周知を行います。\n")
    assert [p.speaker.label for p in parsed.points] == ["委員長", "答弁（河川課長）"]


@pytest.mark.parametrize("label, speaker", [
    # main 14e6895: 報告山田委員 (name 報告山田), 説明河川課長 (name 説明)
    ("○報告　山田委員", ("山田委員", "山田", "委員", "member")),
    ("○説明　河川課長", ("河川課長", "", "河川課長", "government")),  # an assembly answered: government
])
def test_a_turns_mark_then_the_act_and_who_does_it(label: str, speaker: tuple) -> None:
    parsed = _parse(f"委員会　要点記録\n\n○委員長　開会します。\n{label}\n視察の結果を報告します。\n")
    sp = parsed.points[-1].speaker
    assert (sp.label, sp.name, sp.title, sp.role) == speaker


@pytest.mark.parametrize("heading", ["■意見交換", "グループワーク（約40分）", "３．質疑応答", "第２部　パネル討論（14:10～）"])
def test_a_heading_that_names_no_one_ends_the_talk_above(heading: str) -> None:
    parsed = _parse(f"フォーラム　記録\n\n■開会あいさつ　副市長　岩城\n本日はお集まりいただきありがとうございます。\n"
                    f"{heading}\n白石（高校生）：ラウンジはよく使っている。\n栗原（自治会）：駐車場が少ない。\n")
    assert _fates(parsed)[4] == "a"
    assert [p.speaker.name for p in parsed.points] == ["岩城", "白石", "栗原"]


def test_a_label_with_its_clock_is_no_timed_heading() -> None:
    # 大河内教育長（10:02） alone: a label then its clock (header_steps.clocked), not a section
    parsed = _parse("教育委員会　会議録\n\n○教育長　開会します。\n大河内教育長（10:02）\n資料を説明します。\n")
    assert _fates(parsed)[3] == "p" and parsed.points[-1].speaker.label == "大河内教育長"


@pytest.mark.parametrize("line, speaker", [
    # written apart: a workshop's group, its act, who presents in brackets (main: the act in the title)
    ("Ｃ班報告（田所さん）：避難所の受付を二つに分けることを提案します。", ("Ｃ班報告（田所さん）", "田所", "Ｃ班", "other")),
    ("第２分科会発表（水野氏）：高齢者の見守りについて話し合いました。", ("第２分科会発表（水野氏）", "水野", "第２分科会", "other")),
])
def test_a_groups_act_is_no_part_of_the_title(line: str, speaker: tuple) -> None:
    parsed = _parse(f"ワークショップ　記録\n\n司会：始めます。\n{line}\n")
    sp = parsed.points[-1].speaker
    assert (sp.label, sp.name, sp.title, sp.role) == speaker


def test_a_talks_title_with_no_brackets_is_no_body() -> None:
    # written apart: ■事例発表２　高齢者の見守りについて　民生委員　杉本 (before this step the label held the title)
    parsed = _parse("地域福祉フォーラム　記録\n\n■事例発表２　高齢者の見守りについて　民生委員　杉本\n"
                    "民生委員の杉本です。月に一度、一人暮らしの方を訪ねています。\n")
    sp = parsed.points[-1].speaker
    assert (sp.label, sp.name, sp.title) == ("民生委員（杉本）", "杉本", "民生委員")


# written after the rules of the first two steps, apart: a town's 地域公共交通を考える会 (〔開会挨拶〕, 第１部 over its
# act with the speaker on a line of its own after a field's label and a colon, a name in katakana, a title
# with no 「」 before a wide gap, a unit then a post). At first sight 8 of 9 turns (main 14e6895: 4 of 9):
# 講師：東山大学　教授　ジョンソン　ケイト　様 was a label 講師 with the person its words; step 3 read it (the
# field's line, the katakana name, the wide gap, the unit's staff the table's role)
_TRANSPORT = """令和８年度　第２回　地域公共交通を考える会　記録

日時　令和８年７月４日（土）１４時～１６時
場所　さくら町役場　大会議室

〔開会挨拶〕　さくら町長　藤崎　誠
　本日は、お忙しい中お集まりいただき、誠にありがとうございます。町内のバス路線は、利用者の減少が続いております。

第１部　基調講演「小さな町の移動を守る」
講師：東山大学　教授　ジョンソン　ケイト　様
　ジョンソンです。今日は、海外の小さな町の事例を交えてお話しします。
　乗り合いタクシーは、予約の仕組みが使いやすいかどうかで利用が大きく変わります。

◆報告（１）　デマンド交通の実証結果　　企画課　主査　今井
　企画課の今井から、昨年度の実証結果を報告します。利用は１日平均１８人でした。

◆報告（２）　ボランティア輸送の取組
　さくら町社会福祉協議会　事務局長　川端
　社協では、高齢者の通院を支えるボランティア輸送を行っています。運転手の確保が課題です。

第２部　意見交換（約45分）
住民Ａ：予約の電話がつながりにくい。
今井主査：受付の時間を延ばすことを検討します。
住民Ｂ：ボランティアの運転手に謝礼は出るのか。
川端事務局長：燃料代の実費をお支払いしています。

〔閉会挨拶〕　副町長
　長時間にわたり、ありがとうございました。
"""

# written after step 3, apart: a 多文化共生セミナー (■第１部　講演「…」 with two leads, 講演者：… below, a title
# before a gap of three spaces). At first sight 3 of 4 turns (■ then 第１部 was no lead, the field's line
# over 30 characters): both mended, 4 of 4
_SEMINAR2 = """みどり区　多文化共生セミナー　記録

■第１部　講演「やさしい日本語で伝える」
　講演者：みどり国際交流協会　コーディネーター　マルティネス　ルシア　氏
　マルティネスです。外国から来た住民に情報を届けるには、短い文で、一つずつ伝えることが大切です。

■事例報告　　区役所の窓口での工夫　　　区民課　係長　中西
　区民課の中西です。窓口に指さしで使える案内板を置いたところ、手続の時間が短くなりました。

■質疑応答
参加者（男性）：案内板は何語で作っていますか。
中西係長：英語、中国語、ベトナム語の三つです。
"""


def test_a_transport_meeting_written_apart() -> None:
    parsed = _parse(_TRANSPORT)
    johnson = ("東山大学\u3000教授（ジョンソン）", "ジョンソン", "教授", "other")
    assert _who(parsed) == [
        ("さくら町長（藤崎）", "藤崎", "さくら町長", "other", 7), (*johnson, 11), (*johnson, 12),
        ("企画課\u3000主査（今井）", "今井", "主査", "secretariat", 15),
        ("川端さくら町社会福祉協議会事務局長", "川端", "さくら町社会福祉協議会事務局長", "secretariat", 19),
        ("住民Ａ", "Ａ", "住民", "member", 22), ("今井主査", "今井", "主査", "chair", 23),
        ("住民Ｂ", "Ｂ", "住民", "member", 24), ("川端事務局長", "川端", "事務局長", "secretariat", 25),
        ("副町長", "", "副町長", "government", 28)]
    assert _fates(parsed) == "fbffbppbppppbppbappbappppbpp"


def test_a_seminar_with_two_leads_and_a_field_below_the_act() -> None:
    parsed = _parse(_SEMINAR2)
    assert _who(parsed) == [
        ("みどり国際交流協会\u3000コーディネーター（マルティネス）", "マルティネス", "コーディネーター", "other", 5),
        ("区民課\u3000係長（中西）", "中西", "係長", "secretariat", 8), ("参加者（男性）", "", "男性", "member", 11),
        ("中西係長", "中西", "係長", "government", 12)]
