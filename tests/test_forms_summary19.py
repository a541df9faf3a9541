"""Who said each opinion in a 議事要旨 (summary19): the attribution styles that gave the opinion to the
wrong speaker.

1. **A mark of the turn's kind before the label** (``（問）北川委員　研究費の…``, ``（答）理事　…``,
   ``（意見）南委員　…``, ``【質問】``, ``問１　小林委員：…``, ``（回答）事務局　…``): the speaker was the mark
   (問, 答, 意見) and the real label stayed in the words. The label after the mark is the speaker; the
   mark says what the turn is (question, answer, opinion, request) and is kept as the point's
   ``speaker_why`` (``kind mark: （問） (question) before the label 北川委員 (line 9)``);
   ``header_steps.kind_marked``.
2. **An answer led by an arrow inside a bullet list** (``・委員Ａ：…`` / ``　→ 事務局：…``, ``⇒事務局：``,
   ``（→事務局）…``, ``→河川課）…``): the answer was glued to the member above (``→ 事務局：`` with a space)
   or spoken by a speaker named ``⇒事務局``. A label after an arrow is a turn of that label
   (``header_steps.header``, ``split_label``).
3. **The speaker in brackets at the end of a numbered opinion with sub-points** (``①　駐輪場の不足が…。`` /
   ``　・特に駅の北側が…。`` / ``　※　通勤時間帯に集中する。（東山委員）``): the bracket names who said the whole
   opinion — the numbered paragraph and its sub-points — not only the last sub-point (before, the numbered
   paragraph and the sub-points above went to the group of the heading or were unread); a bracket the width broke
   after a colon (``…予定。（事務局：`` / ``道路課）``) is one label, the group's post (``事務局（道路課）``);
   ``trailing._numbered_opinions``, ``trailing._speaker``.
4. **A section's word alone between a turn and the heads below it** (``２　関係団体ヒアリング`` / ``ヒアリング`` /
   ``＜全国観光協議会（栗栖事務局長）＞``, ``意見聴取`` / ``【…協同組合（川島営農部長）】``): the agenda's, not the words
   of the turn above (before: glued to it, or unread); ``closing_steps._SECTION_WORD``, ``header_steps.turn_follows``.

One fixture per shape (``tests/tools/make_summary19.py`` for the Word and PDF ones; fictional names and
sentences), each with its expected parse — rows: (speaker label, name, title, role, start of the text,
first line, last line) — and the fate of every line (f front, a agenda, n narrative, p point,
s stage, F furniture, b blank, u unread). The ``-apart`` records were written after the rules, with
other councils, names, marks and layouts, and parsed once the rules stood.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms8 import check_fixture
from test_forms_fates15 import _fates
from test_forms_fates18 import _rows

MINUTES = FIXTURES / "minutes"

_ARROWS = [
    ("委員Ａ", "Ａ", "委員", "member", "地域の企業や大学との連携を強化し"),
    ("事務局", "", "事務局", "secretariat", "来年度から連携窓口を設置し、学生"),
    ("委員Ｂ", "Ｂ", "委員", "member", "高齢者の移動手段の確保が課題であ"),
    ("事務局", "", "事務局", "secretariat", "デマンド交通の導入に向けて、運行"),
    ("委員Ｃ", "Ｃ", "委員", "member", "空き家の活用を進めてほしい。"),
    ("事務局", "", "事務局", "secretariat", "空き家バンクの登録件数を増やすた"),
    ("委員Ｄ", "Ｄ", "委員", "member", "防災訓練への参加者が固定化してい"),
    ("委員Ａ", "Ａ", "委員", "member", "子育て世代が参加しやすい時間帯に"),
    ("事務局", "", "事務局", "secretariat", "休日の午前に開催することを検討し"),
]


EXPECTED = {
    # a 懇談会's 議事要旨 typed in Word, read by default pdftotext: （問）/（答）/（意見）/（回答）/【質問】/【回答】
    # before the label, a space or a colon. Before: 3 of 11 points right (the report, Ｑ：北川委員, Ａ：研究推進課長);
    # 問, 答, 意見, 回答, 質問 spoke the other eight, each with its real label at the head of its words
    "summary19-kind-marks-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局から資料１に基づき説明があ", 8, 8),
        ("北川委員", "北川", "委員", "member", "研究費の配分方針について、若手研", 9, 10),
        ("理事", "", "理事", "member", "若手研究者のための枠を新たに設け", 11, 12),
        ("南委員", "南", "委員", "member", "地域の大学や高等専門学校との連携", 13, 14),
        ("東委員", "東", "委員", "member", "採択された研究の成果は、どのよう", 15, 15),
        ("事務局", "", "事務局", "secretariat", "年度末に報告書として取りまとめ、", 16, 17),
        ("西岡座長", "西岡", "座長", "chair", "企業との共同研究は、現在何件ある", 19, 19),
        ("研究推進課長", "", "研究推進課長", "secretariat", "今年度は７件であり、昨年度より２", 20, 20),
        ("北川委員", "北川", "委員", "member", "知的財産の扱いについて、企業側か", 21, 21),
        ("研究推進課長", "", "研究推進課長", "secretariat", "契約のひな形を示し、事前に協議す", 22, 22),
        ("東委員", "東", "委員", "member", "中小企業が参加しやすいよう、相談", 23, 23),
    ],
    # written apart: a 図書館協議会's 会議要旨, CP932 with CRLF, 【質問】/【回答】 with a wrapped line, 問１/答１ before a
    # label and a colon, （要望）, a page number between. Before: 0 of 8 (質問, 回答, 問１, 答１, 問２, 答２, 要望, 意見)
    "summary19-kind-marks-apart-cp932.txt": [
        ("西村委員", "西村", "委員", "member", "移動図書館の巡回先を減らすとある", 12, 13),
        ("中央図書館長", "", "中央図書館長", "government", "利用の少ない２か所を減らすが、近", 14, 15),
        ("小林委員", "小林", "委員", "member", "電子書籍の貸出はいつから始めるの", 16, 16),
        ("図書館係長", "図書館", "係長", "secretariat", "１０月からの開始を目指して準備し", 17, 17),
        ("吉川委員", "吉川", "委員", "member", "学校図書館との連携はどう進めるの", 18, 18),
        ("生涯学習課長", "", "生涯学習課長", "secretariat", "学校司書との連絡会を年２回開く。", 19, 19),
        ("松田副会長", "松田", "副会長", "member", "高齢者向けの大活字本をもっと増や", 23, 23),
        ("大野会長", "大野", "会長", "chair", "子どもの読書活動の推進計画と合わ", 24, 24),
    ],
    # a 地域づくり会議's 議事要旨 in Word, List Bullet views, the answers led by →, ⇒, （→…）, →…）. Before: 5 of 9
    # (⇒事務局, →事務局 twice; 「→ 事務局：来年度から…」 a point of 委員Ａ)
    "summary19-arrows.docx": _rows(_ARROWS, [(9, 9), (10, 10), (11, 11), (12, 12), (13, 13), (14, 14), (15, 15),
                                             (16, 16), (17, 17)]),
    # the same printed by LibreOffice, read by pdftotext -layout (the bullet a private glyph, lines broken at the
    # width). Before: 4 of 9 (委員Ａ's first view with the answer glued, lines 9-12; one turn lost)
    "summary19-arrows-layout.txt": _rows(_ARROWS, [(9, 10), (11, 12), (13, 13), (14, 14), (15, 15), (16, 17), (18, 18),
                                                   (19, 19), (20, 20)]),
    # written apart: a 流域治水協議会's 議事概要, EUC-JP, 「→河川課）」, 「⇒ 防災課：」, 「（→ 事務局）」,
    # 「→ 事務局（河川課）：」, a page number and a form feed. Before: 5 of 10 (→事務局 twice, two answers glued to the
    # member above as points of theirs). 事務局 alone stays 事務局 (roles20: 事務局（河川課） names a unit, no person,
    # so it names no 事務局 alone forward; before, name_holders made it 事務局（河川課）, the unit the name)
    "summary19-arrows-apart-eucjp.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局より資料に基づき報告。", 10, 10),
        ("桑田委員", "桑田", "委員", "member", "堤防の点検結果を、地区ごとに分か", 11, 12),
        ("河川課", "", "河川課", "secretariat", "年度内に市のホームページで公表す", 13, 13),
        ("林委員", "林", "委員", "member", "避難所までの経路が分かりにくいと", 14, 14),
        ("防災課", "", "防災課", "secretariat", "案内表示を増やし、ハザードマップ", 15, 15),
        ("杉本会長", "杉本", "会長", "chair", "上流の市町村も含めた流域全体での", 16, 16),
        ("事務局", "", "事務局", "secretariat", "次回の議題とし、関係市町村にも出", 17, 17),
        ("宮崎委員", "宮崎", "委員", "member", "田んぼダムの取組を広げるための支", 20, 20),
        ("事務局（河川課）", "", "河川課", "secretariat", "今年度から協力金の制度を設けてい", 21, 21),
        ("桑田委員", "桑田", "委員", "member", "内水氾濫の対策も計画に入れてほし", 22, 22),
    ],
    # a 自転車活用推進会議's 議事要旨 typed in Word, read by default pdftotext (the sub-points' indent lost, the last
    # bracket broken after its colon). Before: 4 of 9 (①, ③, ③'s sub-point with the label in its words, ④ and its
    # first sub-point went to 委員, the group of 「主な意見は次のとおり。」)
    "summary19-numbered-opinions-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局から資料に基づき説明があっ", 9, 9),
        ("東山委員", "東山", "委員", "member", "駐輪場の不足が深刻であり、早急な", 11, 11),
        ("東山委員", "東山", "委員", "member", "特に駅の北側の駐輪場が不足してい", 12, 13),
        ("西田委員", "西田", "委員", "member", "自転車通行帯の整備を進めてほしい", 14, 15),
        ("事務局（道路課）", "", "道路課", "secretariat", "通行帯については、現在、市全体の", 16, 17),
        ("事務局（道路課）", "", "道路課", "secretariat", "来年度の早い時期に計画案を公表し", 18, 19),
        ("南野委員", "南野", "委員", "member", "シェアサイクルの導入を検討しては", 20, 20),
        ("南野委員", "南野", "委員", "member", "観光客の利用も見込める。", 21, 21),
        ("南野委員", "南野", "委員", "member", "民間事業者の参入を促すべきである", 22, 22),
    ],
    # written apart: a 子ども・子育て会議's 会議概要 in pypdf's shape (no blank lines, 「- 2 -」 inside), UTF-16 with CRLF,
    # (1)-numbered opinions, 「－」 sub-points, 【】 labels, 【事務局：子育て / 支援課】 broken. Before: 3 of 9. At first
    # sight 8 of 9: the page number 「- 2 -」 under the (3) opinion's label was read as one more sub-point (the label
    # then named only its own); page numbers are skipped since. 次回は… under ６ その他 stays 出席者's, as before
    "summary19-numbered-apart-pypdf-utf16.txt": [
        ("篠原委員", "篠原", "委員", "member", "夏休み期間の利用希望が多く、定員", 7, 7),
        ("篠原委員", "篠原", "委員", "member", "特に小学校低学年の希望が多い。", 8, 8),
        ("篠原委員", "篠原", "委員", "member", "長期休暇だけの利用枠を設けてはど", 9, 9),
        ("谷口委員", "谷口", "委員", "member", "指導員の確保が難しい状況が続いて", 10, 10),
        ("事務局（子育て支援課）", "", "子育て支援課", "secretariat", "指導員の処遇については、来年度か", 11, 11),
        ("事務局（子育て支援課）", "", "子育て支援課", "secretariat", "研修の機会も増やしていく。", 12, 13),
        ("森本委員", "森本", "委員", "member", "おやつ代などの保護者負担が家庭に", 15, 15),
        ("森本委員", "森本", "委員", "member", "減免制度の周知が十分ではない。", 16, 16),
        ("森本委員", "森本", "委員", "member", "申請の手続も簡素にすべきである。", 17, 17),
        ("出席者", "", "出席者", "member", "次回は令和９年１月に開催する。", 19, 19),
    ],
    # a 観光戦略会議's 議事要旨 typed in Word, read by default pdftotext: ■ heads, then 「２　関係団体ヒアリング」 and
    # 「ヒアリング」 above the bodies' heads. Before: lines 15-16 glued to 事務局（観光課長）'s answer (5 of 6 turns with
    # their words alone)
    "summary19-hearing-heads-pdftotext.txt": [
        ("事務局（南雲課長補佐）", "南雲", "課長補佐", "secretariat", "資料１に基づき、観光客数の推移と", 9, 9),
        ("北原会長", "北原", "会長", "chair", "インバウンド対策を強化すべきであ", 11, 12),
        ("事務局（観光課長）", "", "観光課長", "secretariat", "多言語の案内板を、来年度までに主", 14, 14),
        ("全国観光協議会（栗栖事務局長）", "栗栖", "事務局長", "other", "地域の受入体制の整備が重要であり", 18, 18),
        ("みなと旅館組合（大川組合長）", "大川", "組合長", "other", "宿泊施設の人手不足が深刻であり、", 20, 20),
        ("西委員", "西", "委員", "member", "人手不足への支援策を市としても考", 22, 22),
    ],
}

LINE_FATES = {
    "summary19-hearing-heads-pdftotext.txt": "fffffffpppppppaappppppaFbFbb",
    "summary19-numbered-opinions-pdftotext.txt": "ffffffappnppppppppppppabFbb",
    "summary19-numbered-apart-pypdf-utf16.txt": "fffffppppppppFpppap",
    "summary19-kind-marks-pdftotext.txt": "ffffffappppppppppapppppFbFbb",
    "summary19-kind-marks-apart-cp932.txt": None,  # 次回は５月に開催する。 under （２）その他: unread, as before
    "summary19-arrows.docx": "ffffffanpppppppppanF",
    "summary19-arrows-layout.txt": "ffffffanppppppppppppanFbbbbFb",
    "summary19-arrows-apart-eucjp.txt": "fbffffbfappppppppbFpppban",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    fates = LINE_FATES[name]
    if fates is not None:
        check_fixture(MINUTES / name, EXPECTED[name], fates)
        return
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text[:16],
            p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == EXPECTED[name]
    assert _fates(parsed) == "fbffffbfaabppppppppbFbppbaubF"


def test_the_mark_is_kept_as_the_evidence_of_the_turn() -> None:
    parsed = minutes.parse_file(MINUTES / "summary19-kind-marks-pdftotext.txt")
    assert parsed.points[1].speaker_why == "kind mark: （問） (question) before the label 北川委員 (line 9)"
    assert parsed.points[2].speaker_why == "kind mark: （答） (answer) before the label 理事 (line 11)"
    assert parsed.points[6].speaker_why == "kind mark: 【質問】 (question) before the label 西岡座長 (line 19)"


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


@pytest.mark.parametrize("mark, answer", [
    ("（問）", "（答）"), ("【質問】", "【回答】"), ("問３　", "答３　"), ("（意見）", "（回答）"), ("［要望］", "［回答］"),
])
def test_a_kind_mark_before_any_label_gives_the_turn_to_the_label(mark: str, answer: str) -> None:
    # written apart from the fixtures: other marks, a two-paragraph answer, a label with a post in brackets
    parsed = _parse(f"第１回審議会　議事要旨\n議事\n{mark}大森委員　公園の遊具はいつ更新するのか。\n"
                    f"{answer}事務局（公園課長）：来年度に更新する。\n"
                    "　老朽化した三か所から順に進める。\n")
    assert [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points] == [
        ("大森委員", "member", "公園の遊具はいつ更新するのか。"),
        ("事務局（公園課長）", "secretariat", "来年度に更新する。"),
        ("事務局（公園課長）", "secretariat", "老朽化した三か所から順に進める。"),
    ]


@pytest.mark.parametrize("line, speaker, text", [
    # no label after the mark: the mark stays the speaker, the words whole
    ("（問）公園の遊具はいつ更新するのか。", "問", "公園の遊具はいつ更新するのか。"),
    # a name then a particle: a sentence about someone, no label
    ("（意見）大森委員から、遊具の更新を急ぐべきとの意見があった。", "意見", None),
])
def test_a_mark_before_words_no_label_opens_stays_the_speaker(line: str, speaker: str, text: str | None) -> None:
    parsed = _parse(f"第１回審議会　議事要旨\n議事\n{line}\n")
    assert parsed.points[0].speaker.label == speaker
    assert text is None or parsed.points[0].text == text


@pytest.mark.parametrize("arrow", ["→ 事務局：", "⇒事務局：", "（→事務局）", "→事務局）", "⇨　事務局　", "➡事務局："])
def test_an_answer_led_by_an_arrow_is_a_turn_of_its_label(arrow: str) -> None:
    parsed = _parse("第２回協議会　議事要旨\n議事\n・三好委員：バスの本数を増やしてほしい。\n"
                    f"　{arrow}利用状況を見て検討する。\n・今井委員：停留所に屋根がほしい。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("三好委員", "バスの本数を増やしてほしい。"), ("事務局", "利用状況を見て検討する。"),
        ("今井委員", "停留所に屋根がほしい。")]


_NUMBERED = "第３回審議会　議事要旨\n２　意見交換\n"


@pytest.mark.parametrize("opinion", [
    # written apart from the fixtures: other numbers, sub-marks, a wrapped numbered line, an 【】 label below alone
    "⑴　図書館の開館時間を延ばしてほしい。\n　◦　平日の夜の利用が多い。\n　◦　学生の自習席も足りない。（大森委員）\n",
    "１．図書館の開館時間を延ばしてほしい。\n　－　平日の夜の利用が多い。\n　－　学生の自習席も足りない。\n【大森委員】\n",
    "（２）図書館の開館時間を、平日は夜９時まで延ば\nしてほしい。\n・平日の夜の利用が多い。\n・学生の自習席も足りない。（大森委員）\n",
])
def test_a_label_after_the_last_sub_point_names_the_whole_numbered_opinion(opinion: str) -> None:
    parsed = _parse(_NUMBERED + opinion)
    assert [p.speaker.label for p in parsed.points] == ["大森委員"] * 3
    assert parsed.points[0].text.startswith("図書館の開館時間を")


def test_sub_points_each_labelled_keep_their_own_labels() -> None:
    # a label after a sub-point with another sub-point below it names that sub-point only: the numbered
    # paragraph stays the group's (出席者), as before
    parsed = _parse(_NUMBERED + "①　図書館の開館時間を延ばしてほしい。\n・平日の夜の利用が多い。（大森委員）\n"
                    "・土曜の朝も開けてほしい。（小池委員）\n")
    assert [p.speaker.label for p in parsed.points] == ["出席者", "大森委員", "小池委員"]


@pytest.mark.parametrize("heading, under", [
    # the shape of summary-exchange-headings.txt, which a first version of the rule broke: the narrator's sentence
    ("（１）地域公共交通計画の改定と路線の再編について", "　事務局から、資料に基づき説明があっ\nた。\n"),
    # a topic (…について) as long as a line broken at the width, a sentence under it
    ("（１）地域公共交通計画の改定と路線の再編について", "路線の維持が大きな課題となって\nいる。\n"),
    # a number, a space and a section's word, the narrator below
    ("２　意見交換", "事務局から説明があった。\n"),
    # a long item with no topic's ending, the narrator's sentence below
    ("２　令和８年度の放課後児童クラブの運営と指導員の確保", "資料に基づき事務局が説明した。\n"),
])
def test_a_numbered_heading_above_labelled_bullets_stays_a_heading(heading: str, under: str) -> None:
    parsed = _parse(f"議事要旨\n{heading}\n{under}・運転士の確保を支援している。（事務局）\n")
    words = heading[3:]  # without the number
    assert [p for p in parsed.points if words in p.text or p.source.line_start == 2] == []


def test_the_section_word_written_apart_is_the_agendas() -> None:
    # written apart (a 農業振興協議会's 会議録（要旨）, CP932 with CRLF, ◆ heads, 「（２）関係者からの意見聴取」 /
    # 「意見聴取」 above 【body（person）】 heads). Before: line 15 unread. Known miss, as before: 「◆事務局（農林課長）」
    # after the bodies' heads (line 20) is read as a bullet of the body above, its answer the body's (4 of 5 turns)
    parsed = minutes.parse_file(MINUTES / "summary19-hearing-apart-cp932.txt")
    assert _fates(parsed) == "fbffbaaappppbaappppppa"
    assert [p.speaker.label for p in parsed.points][:4] == [
        "事務局（農林課岩田係長）", "佐野会長", "ひばり町農業協同組合（川島営農部長）", "ひばり町認定農業者協議会（宮田会長）"]


@pytest.mark.parametrize("word", ["ヒアリング", "関係団体ヒアリング", "意見聴取", "関係者ヒアリング"])
def test_a_section_word_between_a_turn_and_the_heads_is_no_part_of_the_turn(word: str) -> None:
    parsed = _parse(f"第１回会議　議事要旨\n議事\n■北村委員\n駐車場が足りない。\n{word}\n"
                    "＜みどり商工会（木下会長）＞\n商店街の空き店舗が増えている。\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("北村委員", "駐車場が足りない。"), ("みどり商工会（木下会長）", "商店街の空き店舗が増えている。")]
