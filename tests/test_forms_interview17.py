"""Who answers in an interview (session 17, ``ingest/interview.py``): the interviewee named by the
title's post with the name in the lead sentence that says who was asked (この春就任した杉浦誠二教育長に、
…について聞いた。), in a profile with no heading (杉浦　誠二（すぎうら・せいじ）　みずなみ市出身。…), in a
photo's caption (写真：…と話す杉浦教育長); the profile, the caption, the credit (聞き手・構成：広報係　上野)
and the 小見出し (■　不登校の子どもへの支援) no answer's words.

The record (``tests/tools/make_interviews17.py``): an 教育委員会だより page typed in Word, the
questions after ―― in bold, printed to two pages by LibreOffice and given as the PDF read directly
(``interview17-kyoiku.pdf``), pdftotext of it and pypdf of it saved as CP932 with CRLF — the bold
lost in all three. Rows: (speaker label, name, title, role, start of the text, first line, last
line); fates: f front, n narrative, p point, F furniture, b blank.

Before (main 14e6895), by turns with the right speaker: 5 of 10 in each shape, 15/30 — every answer
教育長 with no name (the title's words alone: the lead, the profile and the caption unread), the
■ heading between turns an answer's point, the profile and the credit inside the last answer (the
credit an answer of its own in the PDF and in pypdf's text). After: 30/30, the profile, the caption
and the credit front matter, the ■ heading narrative.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.interview import read_interview
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    "interview17-kyoiku.pdf": [
        ('上野', '上野', '聞き手', 'other', '就任から三か月がたちまし', 7, 8),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '四月から市内の二十三の小', 9, 14),
        ('上野', '上野', '聞き手', 'other', '具体的にはどのような取組', 15, 15),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '出欠の連絡をアプリで受け', 16, 18),
        ('上野', '上野', '聞き手', 'other', '学校に通えない子どもが増', 20, 20),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '市の教育支援センターを、', 21, 23),
        ('上野', '上野', '聞き手', 'other', '部活動の地域移行はどう進', 24, 24),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '来年度から、土曜日と日曜', 25, 29),
        ('上野', '上野', '聞き手', 'other', '最後に、市民の皆さんへの', 30, 30),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '学校は地域の皆さんに支え', 31, 32),
    ],
    "interview17-kyoiku-pdftotext.txt": [
        ('上野', '上野', '聞き手', 'other', '就任から三か月がたちまし', 11, 12),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '四月から市内の二十三の小', 13, 18),
        ('上野', '上野', '聞き手', 'other', '具体的にはどのような取組', 19, 19),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '出欠の連絡をアプリで受け', 20, 22),
        ('上野', '上野', '聞き手', 'other', '学校に通えない子どもが増', 24, 24),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '市の教育支援センターを、', 25, 27),
        ('上野', '上野', '聞き手', 'other', '部活動の地域移行はどう進', 28, 28),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '来年度から、土曜日と日曜', 29, 33),
        ('上野', '上野', '聞き手', 'other', '最後に、市民の皆さんへの', 34, 34),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '学校は地域の皆さんに支え', 35, 36),
    ],
    "interview17-kyoiku-pypdf-cp932.txt": [
        ('上野', '上野', '聞き手', 'other', '就任から三か月がたちまし', 8, 9),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '四月から市内の二十三の小', 10, 12),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '一方で、先生方からは授業', 13, 15),
        ('上野', '上野', '聞き手', 'other', '具体的にはどのような取組', 16, 16),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '出欠の連絡をアプリで受け', 17, 19),
        ('上野', '上野', '聞き手', 'other', '学校に通えない子どもが増', 21, 21),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '市の教育支援センターを、', 22, 24),
        ('上野', '上野', '聞き手', 'other', '部活動の地域移行はどう進', 25, 25),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '来年度から、土曜日と日曜', 26, 28),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', 'まずは二つの中学校で試し', 29, 30),
        ('上野', '上野', '聞き手', 'other', '最後に、市民の皆さんへの', 31, 31),
        ('杉浦誠二教育長', '杉浦誠二', '教育長', 'government', '学校は地域の皆さんに支え', 32, 33),
    ],
    # the questions a sentence alone with no dash, the bold lost: found by their form (interview17, step 2)
    "interview17-toshokan.docx": [
        ('聞き手', '', '聞き手', 'other', '館長になって半年、図書館', 6, 6),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '平日の昼間は、小さなお子', 7, 7),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '夕方には中学生や高校生が', 8, 8),
        ('聞き手', '', '聞き手', 'other', 'これから力を入れたいこと', 9, 9),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '本を届ける移動図書館の車', 10, 10),
        ('聞き手', '', '聞き手', 'other', '五十周年の催しについて教', 11, 11),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '十一月の三連休に、古い本', 12, 12),
    ],
    "interview17-toshokan-pdftotext.txt": [
        ('聞き手', '', '聞き手', 'other', '館長になって半年、図書館', 9, 9),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '平日の昼間は、小さなお子', 10, 12),
        ('聞き手', '', '聞き手', 'other', 'これから力を入れたいこと', 13, 13),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '本を届ける移動図書館の車', 14, 15),
        ('聞き手', '', '聞き手', 'other', '五十周年の催しについて教', 16, 16),
        ('西田美和（市立図書館長）', '西田美和', '市立図書館長', 'government', '十一月の三連休に、古い本', 17, 18),
    ],
}

LINE_FATES = {
    "interview17-kyoiku.pdf": 'ffffffppppppppppppnpppppppppppppffff',
    "interview17-kyoiku-pdftotext.txt": 'fbfbffffffppppppppppppnpppppppppppppfffbFbFbFbfbfbFbb',
    "interview17-kyoiku-pypdf-cp932.txt": 'fffffffppppppppppppnpppppppppppppfffFFfF',
    "interview17-toshokan.docx": 'fffffppppppp',
    "interview17-toshokan-pdftotext.txt": 'ffffffffppppppppppbFbb',
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_evidence_says_where_who_answers_was_named() -> None:
    parsed = minutes.parse_file(MINUTES / "interview17-kyoiku-pdftotext.txt")
    assert {p.speaker_why for p in parsed.points if p.speaker.title == "教育長"} == {
        "who answers, named in caption, lead, profile: 杉浦誠二教育長"}


def _parse(text: str) -> minutes.Minutes:
    src = split_lines(text, "x.txt", encoding="utf-8")
    return minutes.parse_source(read_interview(src) or src)


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text[:8]) for p in _parse(text).points]


def _answers(text: str) -> set[tuple[str, str, str]]:
    return {(p.speaker.label, p.speaker.name, p.speaker.title) for p in _parse(text).points if p.speaker.title != "聞き手"}


#: records written apart from the rules, after them (市長に聞く, 「私の仕事」, 対談, インタビュー　消防署長, the
#: profile after the article, other names; the eight records of the tests below): main 14e6895 20 of 38
#: turns right (and the caption and the profile read as answers); these rules at first sight 23 of 38
#: (the magazine's 月号 joined to the title's 市長 read as a person; the lead's 杉本教育長 and the caption's
#: 川口校長 two people, so 教育長 with no name; a 対談's lead 小池 市長と read as the name 小池市長と; 消防署長
#: after インタビュー unread; the lead's 岡田 亮さん unread, so the caption's 村上 千尋さん answered; the lead's
#: 窓口担当の read as a person 窓口 beside 内田さやかさん); 38 of 38 after
def test_written_apart_a_mayor_named_in_the_lead_the_caption_and_a_profile_on_two_lines() -> None:
    parsed = _parse("広報ふたば　２０２７年１月号\n\n市長に聞く\n\n　就任二年目を迎えた小林市長に、今年の重点施策を聞きました。\n\n"
                    "──今年一番力を入れることは何ですか。\n\n　駅の東口の再開発です。三月に都市計画を決め、秋には工事に入り\n\nます。\n\n"
                    "（写真）市役所の屋上庭園で話す小林市長\n\n──子育て支援はどうですか。\n\n　保育所の待機児童を、来年度中にゼロにします。\n"
                    "－ ７ －\n\f広報ふたば　２０２７年１月号\n\n──最後に一言お願いします。\n\n　皆さんの声を聞く場を、毎月設けます。\n\n"
                    "小林 正人（こばやし・まさと）\n１９７２年ふたば市生まれ。県職員、市議会議員を経て２０２５年から市長。\n－ ８ －\n")
    assert {(p.speaker.name, p.speaker.title) for p in parsed.points if p.speaker.title != "聞き手"} == {("小林正人", "市長")}
    assert [p.text[:4] for p in parsed.points if p.speaker.title == "市長"] == ["駅の東口", "保育所の", "皆さんの"]
    assert parsed.lines[12] == "front" and parsed.lines[24:26] == ("front", "front")  # the caption, the profile


def test_written_apart_a_series_a_given_name_in_kana_and_a_caption_between_answers() -> None:
    text = ("シリーズ「私の仕事」　第８回\n今回は、保健センターで働く保健師の森田かおりさんに話を聞きました。\n"
            "―保健師になったきっかけは何ですか。\n　祖母の介護を手伝ったことです。\n―一日の仕事の流れを教えてください。\n"
            "　午前は赤ちゃんの健診、午後は家庭訪問です。\n▲赤ちゃんの体重を量る森田さん\n―やりがいを感じるのはどんなときですか。\n"
            "　お母さんから「ありがとう」と言われたときです。\n森田 かおり　さくらだ市生まれ。２０１８年に市役所に入り、保健センターに配属。\n")
    assert _answers(text) == {("森田かおり保健師", "森田かおり", "保健師")}  # the post before の (step 4)
    assert _parse(text).lines[6] == "front" and _parse(text).lines[-1] == "front"


def test_written_apart_the_post_the_title_names_picks_the_person_from_two() -> None:
    # the lead's 杉本教育長 and the caption's 川口校長: the one of the title's post answers
    assert _answers("教育長に聞く\n\nこの春就任した杉本教育長に話を伺った。\n\n写真：児童と話す川口校長\n\n――抱負をお聞かせください。\n\n"
                    "　子どもが主役の学校をつくります。\n\n――具体的には。\n\n　授業の進め方を子どもと一緒に考えます。\n") == {
        ("杉本教育長", "杉本", "教育長")}


def test_written_apart_two_people_named_and_no_post_is_no_one_to_tell() -> None:
    # the lead names one, the caption another, the title no post: 回答者, never a guess
    assert _answers("インタビュー　まちの本屋\n\n店主の岡田 亮さんに話を聞いた。\n\n写真：店に立つ村上 千尋さん\n\n――開店のきっかけは。\n\n"
                    "　町に本屋がなくなったからです。\n\n――これからは。\n\n　子ども向けの読み聞かせを続けます。\n") == {
        ("回答者", "", "回答者")}


def test_written_apart_a_dialogues_lead_names_its_two_with_particles() -> None:
    got = _rows("対談　まちの魅力を語り合う\n小池 市長と、作家の青木 透さんに、まちの魅力について語り合ってもらった。\n司会：広報課　中島\n"
                "中島：まず、このまちの好きなところを教えてください。\n小池：川沿いの桜並木です。\n青木：古い商店街の路地ですね。\n"
                "中島：これからのまちに必要なものは。\n小池：若い人が働ける場所です。\n青木：本屋がもう一軒ほしいです。\n")
    assert [r[:4] for r in got] == [("中島", "中島", "司会", "chair"), ("小池", "小池", "市長", "government"),
                                    ("青木", "青木透", "作家", "other")] * 2


def test_written_apart_the_post_after_the_word_a_caption_and_a_headed_profile_with_the_reading() -> None:
    parsed = _parse("インタビュー　消防署長\n\n――着任されて半年ですね。\n　はい。まず署員の顔と名前を覚えました。\n▲訓練を見守る大西署長\n"
                    "――市民へのお願いは。\n　住宅用火災警報器の点検をお願いします。\n【略歴】\n"
                    "大西 隆（おおにし・たかし）１９６８年生まれ。消防本部警防課長を経て現職。\n取材・文＝広報係\n")
    assert {(p.speaker.name, p.speaker.title) for p in parsed.points if p.speaker.title != "聞き手"} == {("大西隆", "消防署長")}
    assert parsed.lines[4] == "front" and parsed.lines[-3:] == ("front",) * 3


@pytest.mark.parametrize(("text", "who"), [
    # the lead alone names her, a given name in kana before さん
    ("シリーズ「私の仕事」\n市民課で働く窓口担当の内田さやかさんに話を聞きました。\n―仕事の魅力は。\n　人と話せることです。\n"
     "―大変なことは。\n　繁忙期の行列です。\n", ("内田さやか窓口担当", "内田さやか", "窓口担当")),
    # the caption alone names him by the end of the post the title names (署長 of 消防署長)
    ("インタビュー　消防署長\n▲訓練を見守る石原署長\n――着任されて半年ですね。\n　はい。\n――市民へのお願いは。\n"
     "　警報器の点検をお願いします。\n", ("石原消防署長", "石原", "消防署長")),
])
def test_written_apart_one_place_alone_names_who_answers(text: str, who: tuple[str, str, str]) -> None:
    assert _answers(text) == {who}



#: the questions found by their form, records written apart after the rule (interview17, step 2): main
#: refuses both (no speaker found), 0 of 12 turns; at first sight 4 of 12 (the pypdf-like page's first
#: question lost in the head's lines, none of them ending a sentence; the 「私の仕事」 page refused: its
#: head says no interview — a known limit, read once the credit under it says 聞き手) and the council's
#: notes under 市民インタビュー調査 read as an interview; after 12 of 12, the notes read as before
def test_written_apart_questions_alone_no_blank_lines_and_an_invitation_inside_an_answer() -> None:
    got = _rows("広報みなせ　２月号\n市長に聞く　新年度の予算\n市長　宮下 浩二\n来年度の予算案がまとまりました。一番の特徴は何ですか。\n"
                "子育て世代への支援を厚くしたことです。保育料の第二子無償化を、所得に関係なく\n行います。\n"
                "物価の高騰が続いています。市民の暮らしへの対策はどうするのでしょうか。\n"
                "水道料金の基本料金を半年間、免除します。あわせて、地元の商店で使える商品券を\n全世帯に配ります。\n"
                "皆さんもぜひ使ってみませんか。\n最後に、市民へのメッセージをお願いします。\nまちの未来を一緒につくりましょう。\n")
    assert [r[:3] for r in got] == [("聞き手", "", "聞き手"), ("宮下浩二市長", "宮下浩二", "市長")] * 3
    assert got[3][4] == "水道料金の基本料"  # …みませんか。 asks no one: the answer goes on over it


def test_written_apart_a_series_whose_credit_says_interview_and_a_profile_after_the_article() -> None:
    parsed = _parse("シリーズ「私の仕事」　第３回\n\n清掃センターで働く人たち\n\n"
                    "この仕事を始めて何年になりますか？\n\n　今年で十五年になります。最初は収集車に乗っていました。\n\n"
                    "つらいと感じることは？\n\n　夏の暑さです。でも、ありがとうと声をかけてもらえると疲れが吹き飛びます。\n\n"
                    "　冬は路面が凍るので、坂の多い地区では収集車をゆっくり走らせます。朝の六時には車庫を出て、"
                    "決められた順番で集積所を回ります。雪の日は時間どおりに回れないこともあり、そのときは市のホームページで"
                    "お知らせしています。集積所の掃除をしてくださる町内会の皆さんには、いつも助けられています。"
                    "収集の終わった集積所にカラスよけのネットをかけ直してくださる方もいて、本当にありがたいことです。\n\n"
                    "分別で気をつけてほしいことを教えてください。\n\n　電池は必ず別に出してください。火事の原因になります。\n\n"
                    "休みの日はどう過ごしていますか。\n\n　子どもと川で釣りをしています。釣った魚は家で焼いて食べます。"
                    "春には山菜を採りに行き、秋には家族で近くの山に登ります。体を動かしていないと落ち着かない性分で、"
                    "雨の日は家の中で棚を作ったり、壊れたおもちゃを直したりしています。最近は、子どもに包丁の使い方を"
                    "教えながら、一緒に夕飯を作るのが楽しみです。地区の運動会では毎年、綱引きの係を引き受けています。\n\n"
                    "略歴\n関 一郎（せき・いちろう）　みなせ市生まれ。２０１１年から清掃センター勤務。\n（聞き手・文　広報係）\n")
    asked, answered = ("広報係", "", "聞き手"), ("関一郎", "関一郎", "")
    assert [(p.speaker.label, p.speaker.name, p.speaker.title) for p in parsed.points] == [
        asked, answered, asked, answered, answered, asked, answered, asked, answered]  # the credit past 600 characters
    assert parsed.lines[-3:] == ("front",) * 3


@pytest.mark.parametrize("text", [
    # a council's notes under a heading that says インタビュー: the questions bulleted, the answers under them
    "第２回　まちづくり市民会議　議事要旨\n\n１　市民インタビュー調査の結果について\n事務局から資料１により説明した。\n\n"
    "主な意見\n\n・調査の対象は何人ですか。\n　三百人です。\n・若い世代の声は集まったのですか。\n　二十代は一割でした。\n",
    # the same, the answers labelled
    "第２回　まちづくり市民会議　議事要旨\n\n１　市民インタビュー調査の結果について\n事務局から資料１により説明した。\n\n"
    "主な意見\n\n・調査の対象は何人ですか。\n（事務局）三百人です。\n・若い世代の声は集まったのですか。\n（事務局）二十代は一割でした。\n",
    # a 座談会 whose labels pdftotext stacked above the speech: a question is answered by a label, no sentence
    "座談会　地域の防災を考える\n\n司会\nまず、皆さんの地区の取組を教えてください。\n山本\n毎年九月に避難訓練をしています。\n"
    "司会\n課題は何ですか。\n岡部\n若い人の参加が少ないことです。\n",
])
def test_questions_by_their_form_need_answers_in_sentences_and_no_bullets(text: str) -> None:
    assert read_interview(split_lines(text, "x.txt", encoding="utf-8")) is None


#: a third round written apart after the landings (main bff7d31): a headless profile above the article, a
#: caption naming two people, a lead naming the post before the name, a 座談会 listing three with unlabelled
#: answers, インタビュー　片岡 優子 さん（教育長）, an age in a lead: 20 of 24 turns right at first sight (the lead's
#: 市立病院の院長 read by the title's segments as a person 市立; the 座談会's first listed 鈴木 花子 taken for
#: who answers, a guess); 24 of 24 after (大塚正樹 with no title until the post before の or 、 was read, step 4)
@pytest.mark.parametrize(("text", "who"), [
    # the caption names the interviewee and a pupil: the one of the title's post
    ("教育長に聞く\nこの春就任した杉浦誠二教育長に聞いた。\n写真：杉浦教育長（左）と話す生徒会長の山口さん\n――抱負を。\n"
     "　まず学校を回ります。\n――課題は何ですか。\n　先生方の忙しさです。\n", ("杉浦誠二教育長", "杉浦誠二", "教育長")),
    # the lead says who was asked: the lead reader's, not the title's segments (市立病院の院長 is no person 市立)
    ("病院長インタビュー\n\n今回は、市立病院の院長、大塚 正樹さんに話を聞いた。\n\n――病院の強みは何ですか。\n\n"
     "　救急を断らないことです。\n\n――医師は足りていますか。\n\n　まだ足りません。\n", ("大塚正樹院長", "大塚正樹", "院長")),
    # three people listed, the answers unlabelled: which one answers is not told — 回答者, never the first listed
    ("座談会　子育てしやすいまちへ\n出席者：鈴木 花子（保育士）、高田 翼（小児科医）、森 由紀（保護者代表）\n"
     "――子育ての悩みは何ですか。\n　夜泣きです。\n――まちに望むことは。\n　遊び場がほしいです。\n", ("回答者", "", "回答者")),
])
def test_written_apart_third_round(text: str, who: tuple[str, str, str]) -> None:
    assert _answers(text) == {who}


def test_the_post_a_lead_sets_before_the_name() -> None:
    # …の or …、 then the name: a title of the role table or a word naming a person by what they do; a place is none
    assert _answers("わがまちの先輩\n農家の田村 茂さん（７２）に話を聞きました。\n――農業を始めたきっかけは。\n　父の後を継ぎました。\n"
                    "――若い人へ一言。\n　土に触れてみてください。\n") == {("田村茂農家", "田村茂", "農家")}
    assert _answers("わがまちの先輩\n地元の田村 茂さんに話を聞きました。\n――きっかけは。\n　父の後を継ぎました。\n"
                    "――若い人へ一言。\n　土に触れてみてください。\n") == {("田村茂", "田村茂", "")}
