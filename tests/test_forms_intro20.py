"""The narrated ○ sentence of a 議事要旨 read as a sentence (intro20): [a lead-in clause] + the one who speaks +
から/より + [what] + a speech act, in any of its forms.

1. **Whatever stands before the speaker** (``○ 議事（２）について、事務局より資料２に基づき説明。``, ``○ 最後に、
   環境局（松浦審議官）から…``): the speaker's label is read as a report's is (``prose.agent_label``: the run
   before から/より cut after the lead-in clause), ``report_steps.introduced``; before, the run before it as a
   whole (議事（２）について事務局 named nobody when no comma stood between).
2. **No comma after から/より, any ending, any form of the act** (``○ 水道部より資料３の概要を説明。``, ``…の方向が
   示された。``, ``…旨連絡し、閉会。``, ``…旨の説明が事務局からあった。``): the act is any word of speaking
   (``forms.SPEECH_ACT``, one vocabulary for the lookahead and the check, 示され/示し/提示 among them), or named
   before the speaker and made after them (``prose.MADE_AFTER_AGENT``); a unit speaks as ``other``
   (``reporter``, as a report's unit does). The sentence reports words when any frame says so — the words
   before a joint and the narrator (``prose.carries``: …旨連絡し、閉会。) or before the speaker
   (``prose.words_ahead``) — and the point's text is those words (``settle_words``).
3. **Units glued before a surname** (``国土局住宅部北条参事官``, ``環境政策部資源循環課岡本主幹``): the person is
   the surname after the last unit's head, the units the post (``RoleTable.after_units``).
4. **The narrator's ○ below a speaker's bullets** (``○ 次回の会場は未定。``, ``○ 案件２ その他``): in a record
   whose ○ sentences introduce speakers and whose points are marked otherwise (・), a ○ line naming no
   speaker is the narrator's — narrative, or the agenda's when it ends no sentence — not the floor's point
   (``LineParser.narrator_circle``).

Fixtures (fictional; tests/fixtures/minutes/SOURCES.md): ``intro20-water-council-summary.txt`` (written with the
rules: the seed's own layout, ○ introducers, （姓委員） heads over ・ bullets, a blank line after every line) and,
written apart before the rules were run on it, ``intro20-waste-subcommittee-apart-pdftotext.txt`` (another body,
other words, pdftotext's shape: 〇, a sentence broken at the width, ``－ 1 －`` and a form feed). Points with
the right speaker and name at main 9ee148b → after: with the rules 8/14 (two bullets unread, two ○ sentences
narrative, two names wrong, two points no one said: ``○ 議事（３）その他について`` and ``○ 次回の会場は未定。``
as the floor's) → 14/14, none unread, none no one said; apart 7/10 (岡本 unnamed twice, the report ``…旨の報告が
清掃事業課からあった`` narrative, ``〇 案件２ その他`` the secretariat's point) → 10/10. Written apart after step 1
landed, ``intro20-transport-forum-apart-cp932.txt`` (a 懇話会, CP932 with CRLF, ◯ and ○, lead-ins 開会に当たり、 /
バス事業者を代表して、 / 次第２について、, からは、): at main 240bf46 6/9 (山内 and 佐久間 unnamed, the closing report
narrative, ``○ 次第３ 今後の進め方`` the chair's point) → 9/9 at first sight with step 1.

5. **The speaker before a space and から/より** (``○ 大野会長　より、開会のあいさつ。``, ``○ 白石委員　から、…との意見が
   あった。``): no header whose speech opens with より、 (``header_steps._SUBJECT_FROM``: から/より, not からの, then a
   comma or a speech act — speech never opens so), the label read past the space (``prose.agent_label``), and below
   the attendees the sentence ends their list (``closing_steps.circle_step``). Written apart after step 2, in Word
   (``intro20-tourism-council-spaced-apart.docx``, ``tests/tools/make_intro20_records.py``): at main de9067d 5/10
   (a point より、開会のあいさつ。 no one said, two bullets unread, a text から、…との意見があった。, a speaker 最後に事務局
   twice) → 10/10.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from test_forms_narrated18 import _points
from test_forms_narrative import MINUTES, check_fates, check_turns

EXPECTED = {
    "intro20-water-council-summary.txt": [
        # ○ 村田座長より開会の挨拶。: a noun ending
        ("村田座長", "村田", "chair", "本日は水道事業の広域化について集中的に議論したい", 23, 23),
        # ○ 議事（１）について、事務局より資料２に基づき説明。: a lead-in clause before the speaker
        ("事務局", "", "secretariat", "全国の水道管のうち法定耐用年数を超えたものの割合", 31, 33),
        ("事務局", "", "secretariat", "更新の費用は今後３０年で倍増すると見込まれる。", 35, 35),
        # ○ 水道部より資料３の概要を説明。: no comma, a unit (it was unread)
        ("水道部", "水道部", "other", "広域化に取り組む県は昨年度から６県増えた。", 39, 39),
        ("厚生局", "厚生局", "government", "基準を超えた事例は昨年度は一件もなかった。", 43, 43),
        # 国土局住宅部北条参事官: the person 北条 (it was 国土局)
        ("国土局住宅部北条参事官", "北条", "government", "補助は来年度から始まり、小規模な団地も対象とする", 49, 49),
        # ○ 来年度から…旨の説明が事務局からあった。: the speaker after the act (it was narrative)
        ("事務局", "", "secretariat", "来年度から料金の算定方法を改める", 51, 51),
        ("久保委員", "久保", "member", "広域化の前に、各事業体の料金の差を縮める道筋を示", 59, 59),
        ("久保委員", "久保", "member", "職員の技術の継承が急務である。", 61, 61),
        # ○ 議事（３）その他について below: the agenda's (it was 三宅委員's point)
        ("三宅委員", "三宅", "member", "災害時の応援体制を広域化の議論に組み込んでほしい", 65, 65),
        # 県企業局の田辺技監: the person 田辺 (it was 県企業局の田辺)
        ("田辺技監", "田辺", "secretariat", "耐震化の工事は計画より半年遅れている。", 71, 71),
        ("西田委員", "西田", "member", "水源林の手入れには下流の利用者の負担も求めるべき", 75, 75),
        # ○ 最後に、環境局（松浦審議官）から…が示された。 (it was unread)
        ("環境局（松浦審議官）", "松浦", "government", "本日の御意見を踏まえ、中間取りまとめの素案を作成", 79, 79),
        # ○ 事務局から、…旨連絡し、閉会。: the words (it was narrative); ○ 次回の会場は未定。 below no one's
        ("事務局", "", "secretariat", "次回は３月に開催する", 81, 81),
    ],
    "intro20-waste-subcommittee-apart-pdftotext.txt": [
        ("原田部会長", "原田", "chair", "家庭ごみの有料化から５年が経ち、制度の効果を検証", 12, 12),
        ("清掃事業課", "", "secretariat", "市民一人一日当たりの排出量は５年間で約８％減った", 14, 14),
        ("清掃事業課", "", "secretariat", "一方、事業系ごみは横ばいが続いている。", 15, 15),
        # the person 岡本 (it was unnamed), the sentence broken at the width (…説明がなさ / れた。)
        ("環境政策部資源循環課岡本主幹", "岡本", "secretariat", "プラスチック製品の一括回収を令和８年度から始めた", 18, 18),
        ("環境政策部資源循環課岡本主幹", "岡本", "secretariat", "回収の日は現在の容器包装プラスチックの日にまとめ", 21, 21),
        # …旨の報告が清掃事業課か / らあった。 (it was narrative)
        ("清掃事業課", "", "secretariat", "ごみ処理基本計画の改定作業は来年度から始める", 22, 23),
        ("坂本委員", "坂本", "member", "一括回収の開始前に、町内会ごとの説明会を開いてほ", 26, 26),
        ("坂本委員", "坂本", "member", "外国人の住民向けに、やさしい日本語の分別表を作っ", 27, 27),
        ("大槻委員", "大槻", "member", "事業系ごみの減量には、事業者への立入指導を強める", 29, 29),
        # 〇 案件２ その他 below: the agenda's (it was the secretariat's point)
        ("事務局", "", "secretariat", "立入指導は今年度から件数を倍にしている。", 31, 31),
    ],
    # written apart after the rules landed, CP932 with CRLF (another body, other words)
    "intro20-transport-forum-apart-cp932.txt": [
        # ○ 開会に当たり、交通政策課長から挨拶。
        ("交通政策課長", "", "secretariat", "路線バスの減便が続いており、今年度は地域の足の確", 11, 11),
        ("事務局（交通政策課）", "", "secretariat", "県内の路線バスの利用者数はコロナ前の８割にとどま", 13, 13),
        # 県土整備部道路企画課山内主査: the person 山内 (it was unnamed); 主査 the role table's chair, not this rule's
        ("県土整備部道路企画課山内主査", "山内", "chair", "バス停の上屋の整備に補助を出す制度を来年度から設", 15, 15),
        # ○ バス事業者を代表して、中央交通の佐久間部長から…: the person 佐久間 (it was 中央交通の佐久間部長, unnamed)
        ("佐久間部長", "佐久間", "secretariat", "運転士の不足で、夕方の便を維持できなくなっている", 17, 17),
        ("運輸局", "運輸局", "government", "地域公共交通確保維持事業の要件が緩和された。", 19, 19),
        ("飯田委員", "飯田", "member", "運転士の確保には、県が養成の費用を支援すべきであ", 23, 23),
        ("宮下委員", "宮下", "member", "高校生の通学の便だけは減らさないでほしい。", 25, 25),
        # ○ 次第３ 今後の進め方 below: the agenda's (it was 岩井会長's point)
        ("岩井会長", "岩井", "chair", "運転士の確保策を次回までに整理してほしい", 26, 26),
        # ○ 事務局から、…旨の説明があり、散会となった。 (it was missing: narrative)
        ("事務局", "", "secretariat", "次回の懇話会は１１月に開催予定である", 28, 28),
    ],
    # written apart after step 2, in Word (a paragraph a line): the speaker before a space and から/より
    "intro20-tourism-council-spaced-apart.docx": [
        # ○ 大野会長　より、開会のあいさつ。 below the attendees: no header (its speech より、… a point no one said)
        ("大野会長", "大野", "chair", "夏の観光客は昨年並みだったが、宿泊は減っている。", 8, 8),
        # ○ 報告事項について、事務局　から資料１に基づき説明があった。 (the bullets were unread)
        ("事務局", "", "secretariat", "海水浴場の入込客数は前年より５％増えた。", 10, 10),
        ("事務局", "", "secretariat", "町営駐車場の有料化の効果は秋に検証する。", 11, 11),
        ("観光協会（石橋事務局長）", "石橋", "other", "港まつりは１０月１２日に開く。", 13, 13),
        # ○ 白石委員　から、…との意見があった。: the words (the text was から、…との意見があった。)
        ("白石委員", "白石", "member", "空き家を民泊に使う仕組みを検討すべき", 14, 14),
        ("事務局", "", "secretariat", "来年度に調査を行う", 15, 15),
        ("吉沢委員", "吉沢", "member", "外国人の観光客向けに、案内表示を増やしてほしい。", 18, 18),
        ("内田委員", "内田", "member", "観光客の車で生活道路が渋滞している。", 20, 20),
        ("県観光局国際誘客課松井主任", "松井", "secretariat", "補助の申請は１１月末が締め切りである。", 23, 23),
        # ○ 最後に事務局　から、…旨を連絡した。 (it was a speaker 最後に事務局, its text から、…)
        ("事務局", "", "secretariat", "次回は１２月に開催する", 24, 24),
    ],
}

LINE_FATES = {
    # ○ 議事（３）その他について agenda (a), ○ 次回の会場は未定。 narrative (n)
    "intro20-water-council-summary.txt":
        "fbfbfbfbfbfbfbbbabnbnbpbbbabnbpbpbpbnbpbnbpbnbnbpbpbnbbbpbpbpbpbpbabnbpbnbpbnbpbpbn",
    "intro20-waste-subcommittee-apart-pdftotext.txt": "fbffffbfbnnpnppnnpbFpppnpppppnpannbF",
    # ○ 欠席委員の意見書が配布された。 and ○ 意見交換では、以下のような意見が出された。 narrative, ○ 次第３ … agenda
    "intro20-transport-forum-apart-cp932.txt": "fbfffffbanpnpnpnpnpnnpppppap",
    # ○ 大野会長　より、… narrative (it was a header: the line a point, the attendees' list ended by it)
    "intro20-tourism-council-spaced-apart.docx": "ffffffnpnppnpppnppppanpp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_introduced_speaker_has_their_turn(name: str) -> None:
    check_turns(name, [(label, role, text, a, b) for label, _, role, text, a, b in EXPECTED[name]])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_person_is_the_surname_after_the_units(name: str) -> None:
    got = [(p.speaker.label, p.speaker.name) for p in minutes.parse_file(MINUTES / name).points]
    assert got == [(row[0], row[1]) for row in EXPECTED[name]]


@pytest.mark.parametrize("name", sorted(LINE_FATES))
def test_every_line_ends_in_its_place(name: str) -> None:
    check_fates(name, LINE_FATES[name])


HEAD = "第４回 森林審議会 議事要旨\n日時：令和７年６月２日\n出席者：大石会長、栗原委員\n\n２．議事\n"


# sentences written after the fixtures (another body, other words): the bullet below is the speaker's
@pytest.mark.parametrize(("sentence", "label"), [
    ("○ 報告事項（１）に関して、林務課より資料１に沿って説明。", "林務課"),  # a lead-in clause, a noun ending
    ("○ 続いて森林整備センター長から、間伐の実績が報告された。", "森林整備センター長"),  # a passive
    ("○ 案件２について農林部吉川次長より今後の方針が示された。", "農林部吉川次長"),  # no comma anywhere, units glued
    ("○ 冒頭、大石会長からあいさつ。", "大石会長"),
    ("○ 林野庁森林整備部関口課長補佐より、補助事業の紹介がなされた。", "林野庁森林整備部関口課長補佐"),
    # a unit and its person in brackets glued to より/から (narrated20's bracket rule reads no header there)
    ("○ 案件２について農林部（吉川次長）より今後の方針が示された。", "農林部（吉川次長）"),
    ("○ 農政局（小野寺課長）から農業用水との連携について発表があった。", "農政局（小野寺課長）"),
])
def test_the_sentence_hands_the_bullets_below(sentence: str, label: str) -> None:
    got = _points(HEAD, [sentence, "・ 来年度は間伐の面積を１割増やす。"])
    assert [(k, who) for k, who, _ in got] == [(2, label)]


@pytest.mark.parametrize(("sentence", "label", "text"), [
    # the words before a joint and the narrator, or before the speaker named after the act
    ("○ 事務局から、次回は９月に開く旨を連絡し、散会した。", "事務局", "次回は９月に開く"),
    ("○ 苗木の価格が上がっている旨の報告が林務課からあった。", "林務課", "苗木の価格が上がっている"),
])
def test_a_sentence_that_reports_words_is_its_own_turn(sentence: str, label: str, text: str) -> None:
    assert _points(HEAD, [sentence]) == [(1, label, text)]


@pytest.mark.parametrize("line", ["○ 資料の確認の後、議事に入った。", "○ 次回は未定。", "○ 議事（２）その他について"])
def test_a_circle_line_that_names_no_speaker_is_no_bullet_of_the_floor(line: str) -> None:
    # under an introducer's ・ bullets, the narrator's ○ is no point of the speaker
    got = _points(HEAD, ["○ 林務課より資料１に沿って説明。", "・ 来年度は間伐の面積を１割増やす。", line])
    assert [(k, who) for k, who, _ in got] == [(2, "林務課")]


@pytest.mark.parametrize(("sentence", "label"), [
    ("○ 林務課長　より、資料２を説明。", "林務課長"),
    ("○ 事務局 から資料３の概要の報告があった。", "事務局"),
    ("○栗原委員　より以下の発言があった。", "栗原委員"),
])
def test_a_space_before_kara_or_yori_makes_no_header(sentence: str, label: str) -> None:
    # no point 「より、…」 no one said: the bullet below is the speaker's, the sentence the narrator's
    got = _points(HEAD, [sentence, "・ 来年度は間伐の面積を１割増やす。"])
    assert [(k, who) for k, who, _ in got] == [(2, label)]


def test_a_circle_line_below_the_first_introducer_is_the_narrators() -> None:
    # no bullet read yet: the record's ・ further down says its points are marked otherwise than ○
    got = _points(HEAD, ["○ 林務課から、資料１に沿って説明があった。", "○ 次回は未定。", "○ 栗原委員から、以下の発言があった。",
                         "・ 間伐の担い手を育てるべきである。"])
    assert [(k, who) for k, who, _ in got] == [(4, "栗原委員")]


def test_a_from_that_is_not_the_speakers_is_no_speaker() -> None:
    # 来年度から: a time, not the speaker; 事務局から after the act names them
    got = _points(HEAD, ["○ 来年度から制度を改める旨の説明が事務局からあった。"])
    assert got == [(1, "事務局", "来年度から制度を改める")]
