"""Narrated sentences, session 20: a narrated sentence is read by its acts and its subject, whatever the
punctuation around the subject.

1. **Two acts of two speakers in one sentence** (``○会長からあいさつがあり、続いて事務局から…を報告した。``,
   ``…から…が示された後、…から…について補足があった。``, ``…から…説明があり、これに対し…から…との意見があった。``):
   a speaker named with から/より and a speech act, a clause joint — …があり、 (as before), …た後、 / …の後、
   (``prose._TIME_JOINT``), …、続いて / …、これに対し after the act's noun or a verb of presenting — then a second
   speaker and their act: two turns, each its clause (``prose.clauses``), on a ○ line or a bullet as in a
   paragraph (``report_steps.two_acts``). Before, a ○ line or a bullet of two acts was one introducer (narrative,
   no point) and a paragraph's ``…が示された後、…`` one turn of the second speaker.
2. **A unit in brackets right before より/から** (``○　事務局（都市計画課）より、資料２に基づき…を説明。``): the
   sentence's subject, not a label before speech (``header_steps._SUBJECT_AFTER_BRACKET``). A report of words is
   the words (``…旨の回答があった。`` → ``…``); an act without words the unit's procedural point, the sentence as
   written its text, as the same sentence under a ○ head or in a paragraph (``report_steps.unit_acted``,
   ``settle_act``). Before, the turn's text began ``より、…`` (a point no one said so), read as an opinion.
3. **An answer's label alone after a mark, under a head naming a body and a person** (``【北陵大学（杉浦教授）】`` /
   bullets / ``◆事務局（産業振興課）`` / bullets): a label of the role table with its unit in brackets
   (``header_steps.unit_label``) is a label whatever mark stands before it (◆ ◇ ● ■, → ⇒): the bullets below are
   the secretariat's turn. Before, the label was a bullet of the head's speaker (its text ``事務局（産業振興課）``)
   and the answers the body's.

Also: ``…から…に基づき説明した後、意見交換を行った。`` ends the secretariat's act as ``…説明を行った後、`` did (a
procedural point; it was narrative: ``anon-attendees-cp932.txt``, ``fates-closing-section-cp932.txt``,
``summary-qa.txt``).

Fixtures (fictional; tests/fixtures/minutes/SOURCES.md; ``tests/tools/make_narrated20_records.py``): written with
the rules — ``civic-council-two-acts-pdftotext.txt`` (1), ``zoning-council-unit-subject-pdftotext.txt`` (2),
``industry-hearing-answer-marks-pdftotext.txt`` (3); written apart, after the rules, before they were run on them —
``harbor-council-two-acts.docx`` (1), ``welfare-council-unit-subject-eucjp.txt`` (2),
``tourism-hearing-answer-marks.docx`` (3). Turns with the right speaker and text at main e336a07 → after: with the
rules 6/10, 2/6 (four texts opening ``より、``/``から、``), 5/8 (two points ``事務局（産業振興課）`` no one said) →
10/10, 6/6, 8/8; apart 4/8, 2/6 (four texts opening with the particle), 5/7 (two points ``→事務局（…）`` no one said)
→ first sight 6/8 (``…が提示され、続いて県港湾課から…`` one point of the 事務局), 6/6, 7/7 → 8/8 after one fix (a clause
cut at ``…が提示され、`` before ``続いて`` is a report: ``_TIME_JOINT`` at the clause's end).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from test_forms_narrated18 import _points
from test_forms_narrative import MINUTES, check_fates, check_narration, check_turns

EXPECTED = {
    "civic-council-two-acts-pdftotext.txt": [
        # ○…あいさつがあり、続いて事務局から…を報告した。 over two lines (it was narrative: no point)
        ("大野会長", "chair", "大野会長からあいさつがあり、", 11, 11, "procedural"),
        ("事務局", "secretariat", "続いて事務局から資料１により協働事業の進捗を報告した。", 11, 12, "procedural"),
        ("事務局", "secretariat", "事務局から資料２について説明があり、", 13, 13, "procedural"),
        ("村上委員", "member", "補助の申請の手続が煩雑である", 13, 14, "opinion"),
        # …が示された後、…から…について補足があった。 (it was narrative)
        ("事務局", "secretariat", "事務局から補助制度の見直し案が示された後、", 15, 15, "procedural"),
        ("大野会長", "chair", "大野会長から今後の進め方について補足があった。", 15, 16, "procedural"),
        ("小池委員", "member", "地域の担い手が高齢化している", 17, 17, "opinion"),
        ("事務局", "secretariat", "若い世代向けの講座を開く予定である", 17, 19, "opinion"),
        ("事務局", "secretariat", "事務局から次回の日程について説明があり、", 21, 21, "procedural"),
        ("大野会長", "chair", "本日の意見を踏まえ計画案を整理したい", 21, 22, "procedural"),
    ],
    "harbor-council-two-acts.docx": [
        # ・…あいさつがあった後、事務局から…を報告した。 (it was narrative)
        ("佐伯会長", "chair", "佐伯会長から開会のあいさつがあった後、", 6, 6, "procedural"),
        ("事務局", "secretariat", "事務局から資料１に基づきクルーズ船の寄港実績を報告した。", 6, 6, "procedural"),
        # ・…が提示され、続いて県港湾課から…説明があった。 (it was narrative)
        ("事務局", "secretariat", "事務局から岸壁改修の工程表が提示され、", 7, 7, "procedural"),
        ("県港湾課", "government", "続いて県港湾課から国の補助の見通しについて説明があった。", 7, 7, "procedural"),
        ("中井委員", "member", "観光客の受入れ体制が不十分である", 8, 8, "opinion"),
        ("事務局", "secretariat", "案内所の増設を検討する", 8, 8, "opinion"),
        ("藤田委員", "member", "漁業者との調整を丁寧に進めてほしい", 9, 9, "opinion"),
        ("事務局", "secretariat", "次回は１１月に開催する", 10, 10, "procedural"),
    ],
    "zoning-council-unit-subject-pdftotext.txt": [
        # ○　事務局（都市計画課）より、…を説明。 (its text was より、…, an opinion)
        ("事務局（都市計画課）", "secretariat", "事務局（都市計画課）より、資料２に基づき用途地域の見直し案を説明。", 9, 10,
         "procedural"),
        ("河合委員", "member", "幹線道路沿いの住宅地に配慮すべき", 11, 11, "opinion"),
        # …旨の回答があった。: the words (it was より、…旨の回答があった。)
        ("事務局（都市計画課）", "secretariat", "沿道の高さ制限を併せて検討する", 12, 13, "opinion"),
        ("事務局（建築指導課）", "secretariat", "事務局（建築指導課）から資料３について説明があった。", 16, 16, "procedural"),
        ("野口委員", "member", "協定の更新の手続を周知してほしい", 17, 17, "opinion"),
        # a blank line inside the sentence
        ("事務局（建築指導課）", "secretariat", "地区ごとに説明会を開く", 18, 20, "opinion"),
    ],
    "welfare-council-unit-subject-eucjp.txt": [
        ("事務局（高齢福祉課）", "secretariat", "事務局（高齢福祉課）から、資料１により今年度の介護予防教室の参加状況を報告。",
         8, 8, "procedural"),
        ("岡部副会長", "member", "男性の参加が少ない。参加しやすい時間帯を考えてほしい。", 9, 9, "opinion"),
        ("事務局（高齢福祉課長）", "secretariat", "夜間の教室を試行する予定である", 10, 10, "opinion"),
        ("事務局（介護保険課）", "secretariat", "事務局（介護保険課）より第９期の保険料の試算について説明があった。", 12, 12,
         "procedural"),
        ("委員", "member", "所得の低い方への軽減を続けるべき", 13, 13, "opinion"),
        ("事務局（介護保険課長）", "secretariat", "国の基準を踏まえ軽減を継続する", 14, 14, "opinion"),
    ],
    "industry-hearing-answer-marks-pdftotext.txt": [
        ("北陵大学（杉浦教授）", "other", "地域の大学と企業が連携して人材を育てる仕組みが必要である。", 9, 9, "opinion"),
        ("北陵大学（杉浦教授）", "other", "産学の共同研究を進めるため、市の窓口を一本化してほしい。", 10, 10, "opinion"),
        # ◆事務局（産業振興課） alone: a label (it was the 北陵大学's point, its text the label), the bullets its turn
        ("事務局（産業振興課）", "secretariat", "来年度から共同研究の補助を設ける予定である。", 12, 12, "opinion"),
        ("事務局（産業振興課）", "secretariat", "窓口の一本化は庁内で検討する。", 13, 13, "opinion"),
        ("南港商工会議所", "other", "中小企業の人手不足が深刻である。", 16, 16, "opinion"),
        ("事務局（産業振興課）", "secretariat", "受入れ企業向けの相談会を秋に開く。", 18, 18, "opinion"),
        ("みなみ市農業協同組合（松井組合長）", "other", "農産物の加工品の販路を広げたい。", 20, 20, "opinion"),
        # ◇事務局: the secretariat, as written (it was read so before too)
        ("事務局", "secretariat", "道の駅での販売を支援したい。", 22, 22, "opinion"),
    ],
    "tourism-hearing-answer-marks.docx": [
        ("あさひ町観光協会（大塚会長）", "other", "冬の観光客が少ない。", 7, 7, "opinion"),
        ("あさひ町観光協会（大塚会長）", "other", "宿泊施設の人手が足りない。", 8, 8, "opinion"),
        # →事務局（商工観光課） alone (it was the 観光協会's point →事務局（商工観光課）, the answer the 観光協会's)
        ("事務局（商工観光課）", "secretariat", "冬の催しは来年度の予算で検討する。", 10, 10, "opinion"),
        ("あさひ温泉旅館組合（関口組合長）", "other", "町の案内表示を多言語にしてほしい。", 12, 12, "opinion"),
        ("事務局（商工観光課長）", "secretariat", "案内表示は順次多言語化を進める。", 14, 14, "opinion"),
        ("あさひ交通株式会社（西村社長）", "other", "路線バスの利用者が減っている。", 16, 16, "opinion"),
        ("事務局", "secretariat", "観光と連携した乗車券を検討したい。", 18, 18, "opinion"),
    ],
}

LINE_FATES = {
    # both ○ lines of two acts points (they were narrative), the page number and the form feed furniture
    "civic-council-two-acts-pdftotext.txt": "ffbffffffapppppppbpFppF",
    "harbor-council-two-acts.docx": "fffffppppp",
    "zoning-council-unit-subject-pdftotext.txt": "ffbffffapppppFapppbpF",
    "welfare-council-unit-subject-eucjp.txt": "fbfffbapppappp",
    "industry-hearing-answer-marks-pdftotext.txt": "ffbfffappppppFppppppppF",
    "tourism-hearing-answer-marks.docx": "fffffppppppppppppp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_record_reads_as_expected(name: str) -> None:
    """Each speaker's turn (label, role, lines, text), every line's place, the words the point and the sentence its
    narration, the kind read from the words."""
    check_turns(name, EXPECTED[name])
    check_fates(name, LINE_FATES[name])
    check_narration(name)
    assert [p.kind for p in minutes.parse_file(MINUTES / name).points] == [e[5] for e in EXPECTED[name]]


SUMMARY = "第３回環境保全審議会　議事要旨\n１．日時　令和８年１１月４日（水）１０時\n２．出席者　委員９名、事務局\n３．議事概要\n"


# sentences written after the fixtures (an 環境保全審議会): two acts, two speakers, one sentence, on a ○ line, a
# bullet or in a paragraph
@pytest.mark.parametrize("mark", ["○", "・", "　"])
@pytest.mark.parametrize(("sentence", "turns"), [
    ("副会長から開会のあいさつがあり、続いて環境政策課長から資料１により計画の改定経過を報告した。",
     [("副会長", "副会長から開会のあいさつがあり、"), ("環境政策課長", "続いて環境政策課長から資料１により")]),
    ("事務局から削減目標の試算が示された後、会長から審議の進め方について補足があった。",
     [("事務局", "事務局から削減目標の試算が示された後、"), ("会長", "会長から審議の進め方について")]),
    ("事務局から資料３の説明の後、竹田委員から、数値の根拠を示してほしいとの要望があった。",
     [("事務局", "事務局から資料３の説明の後、"), ("竹田委員", "数値の根拠を示してほしい")]),
    ("事務局から対策の一覧が提示され、これに対し委員から、優先順位を付けるべきとの意見があった。",
     [("事務局", "事務局から対策の一覧が提示され、"), ("委員", "優先順位を付けるべき")]),
    ("事務局から資料２について説明を受けた後、竹田委員から、目標を高くすべきとの意見があった。",
     [("事務局", "事務局から資料２について説明を受けた後、"), ("竹田委員", "目標を高くすべき")]),
])
def test_two_acts_of_a_sentence_are_two_turns(mark: str, sentence: str, turns: list[tuple[str, str]]) -> None:
    got = [(g[1], g[2]) for g in _points(SUMMARY, [f"{mark}{sentence}", f"{mark}委員から、説明会を開くべきとの意見があった。"])
           if g[0] == 1]
    assert [(label, text[:len(start)]) for (label, text), (_, start) in zip(got, turns)] == turns
    assert len(got) == len(turns)


# one speaker's act and the narrator's, or a name inside the words: no second turn
@pytest.mark.parametrize(("line", "fate", "labels"), [
    ("○事務局から資料の説明があった後、意見交換を行った。", "narrative", []),  # a ○ act with no words (narrated18)
    ("事務局から資料に沿って説明した後、意見交換を行った。", "point", ["事務局"]),  # as …説明を行った後、 (was narrative)
    ("○委員から、国の指針が示された後も市の対応が遅れているとの意見があった。", "point", ["委員"]),
    ("○委員から、事務局から説明があった後、質疑の時間が短いとの意見があった。", "point", ["委員"]),
])
def test_one_speaker_acting_is_one_turn(line: str, fate: str, labels: list[str]) -> None:
    head = SUMMARY.count("\n")
    parsed = minutes.parse_source(split_lines(SUMMARY + line + "\n○委員から、説明会を開くべきとの意見があった。\n",
                                              "x.txt", encoding="utf-8"))
    assert parsed.lines[head] == fate
    assert [p.speaker.label for p in parsed.points if p.source.line_start == head + 1] == labels


# a unit in brackets before より/から, written after the fixtures (a 環境保全審議会's ○ lines)
@pytest.mark.parametrize(("line", "label", "text", "kind"), [
    ("○　事務局（環境政策課）より、資料２に基づき削減計画の骨子を説明。", "事務局（環境政策課）",
     "事務局（環境政策課）より、資料２に基づき削減計画の骨子を説明。", "procedural"),
    ("○ 事務局（廃棄物対策室）から資料４について説明があった。", "事務局（廃棄物対策室）",
     "事務局（廃棄物対策室）から資料４について説明があった。", "procedural"),
    ("○事務局（環境政策課長）から、年度内に案を示す旨の回答があった。", "事務局（環境政策課長）", "年度内に案を示す", "opinion"),
    ("○　竹田委員（副会長）より、目標年次を早めるべきとの意見があった。", "竹田委員（副会長）", "目標年次を早めるべき", "opinion"),
])
def test_a_bracketed_unit_before_yori_is_the_subject(line: str, label: str, text: str, kind: str) -> None:
    head = SUMMARY.count("\n")
    parsed = minutes.parse_source(split_lines(SUMMARY + line + "\n○委員から、説明会を開くべきとの意見があった。\n",
                                              "x.txt", encoding="utf-8"))
    got = [(p.speaker.label, p.text, p.kind) for p in parsed.points if p.source.line_start == head + 1]
    assert got == [(label, text, kind)]


def test_a_bracketed_unit_acting_over_a_list_introduces_it() -> None:
    """The same ○ act over a list of its words (a Word list's items, bullets) introduces them, as a ○ act of one
    speaker does (narrated18): the line narrative, the bullets below the unit's turn."""
    head = SUMMARY.count("\n")
    parsed = minutes.parse_source(split_lines(
        SUMMARY + "○　事務局（環境政策課）より、資料２に基づき説明があった。\n・削減目標は国の目標に合わせて設定した。\n"
        "・家庭部門の対策を強める。\n○委員から、説明会を開くべきとの意見があった。\n", "x.txt", encoding="utf-8"))
    assert parsed.lines[head:head + 3] == ("narrative", "point", "point")
    assert [(p.speaker.label, p.text) for p in parsed.points][:2] == [
        ("事務局（環境政策課）", "削減目標は国の目標に合わせて設定した。"), ("事務局（環境政策課）", "家庭部門の対策を強める。")]


HEARING = ("第２回地域交通会議　議事要旨\n１．日時　令和８年１２月２日（水）１４時\n２．出席者　委員７名、事務局\n"
           "３．関係者からの意見\n【東西バス株式会社（北原営業部長）】\n・運転士が足りず、便数の維持が難しい。\n")


# an answer's label alone after a mark, written after the fixtures (a 地域交通会議): the bullets below its turn
@pytest.mark.parametrize("label", ["◆事務局（交通政策課）", "◇事務局（交通政策課長）", "→事務局（交通政策課）",
                                   "⇒ 事務局（交通政策課）", "■事務局（交通政策課）"])
def test_an_answer_label_after_a_mark_is_a_turn(label: str) -> None:
    text = HEARING + f"{label}\n・運転士の確保に向けた補助を検討する。\n【みどり交通（今井社長）】\n・デマンド交通を広げてほしい。\n"
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    bare = label.lstrip("◆◇→⇒■ ")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("東西バス株式会社（北原営業部長）", "運転士が足りず、便数の維持が難しい。"),
        (bare, "運転士の確保に向けた補助を検討する。"),
        ("みどり交通（今井社長）", "デマンド交通を広げてほしい。")]


def test_the_hearing_record_of_session_19_gives_the_answer_to_the_secretariat() -> None:
    """``◆事務局（農林課長）`` alone under ``【…協議会（宮田会長）】`` (summary19's record written apart): the
    secretariat's answer — it was the 協議会's point, the label glued to its words."""
    parsed = minutes.parse_file(MINUTES / "summary19-hearing-apart-cp932.txt")
    assert [(p.speaker.label, p.text, p.source.line_start) for p in parsed.points][-1] == (
        "事務局（農林課長）", "いただいた意見は、計画の見直しに反映したい。", 21)
