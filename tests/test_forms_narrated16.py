"""Narrated records, the act named without 旨/との (session 16): a speaker noun phrase with が,
から or より, then an act of speaking or of running the meeting in any form — a verb
(``組合長があいさつした。``, ``…が説明した。``), a noun there was (``会長から挨拶があった。``), a noun
alone (``会長より挨拶。``), a noun and a light verb that goes on (``…に基づき説明し、``, ``…説明を受け、``,
``議長が議案第３号を上程し、``) — is a turn of that speaker: the sentence the point, procedural
where it names no words. A clause the narrator adds after a report (``…との発言があり、閉会した。``,
``…説明し、了承された。``) is no part of it: the words are the point and their kind is theirs.

- ``prose.ACT_GOES_ON``: an act that goes on cuts the sentence before a new speaker who acts in
  a clause of their own (``事務局が資料２に基づき説明し、委員から質問がなされた。`` → two turns), in
  summaries (``prose.clauses``) and in records that narrate who acted (``acted._GOES_ON``);
  ``prose.report_body``: where a report ends when the narrator goes on after it;
- ``acted._act_of``: one named with から/より acts in any form when no subject of its own follows
  (``議長から、…事務局に説明を求めた。``, ``事務局より説明。``; not ``議長から指名を受けた事務局長が
  説明した。``); a sentence the first pass read as naming no one is read the wider way too
  (``司会の事務局長が開会を宣言した。``), and in a summary ``司会の…が`` names the subject;
- a name inside the words reported is not the speaker (``委員から、「山田委員の提案に賛成する」
  との意見があった。``: 委員) — held here, it was read so before;
- ``roles.name_elected``: the chair a sentence elects (``互選により石原理事を議長に選出した。``,
  ``座長に平井構成員を選任した。``, ``…が議長となった。``) is the 議長 of the turns after it (its name,
  the label as written, the sentence as evidence in ``speaker_why``);
- ``closing_steps.section_step``: 【報告事項】, 【主な意見】 over the reports of such a record, or over
  labelled turns after them, are headings (agenda), not back matter.

Fixtures (fictional, tests/fixtures/minutes/SOURCES.md): ``agri-board-acted-pdftotext.txt`` written
with the rules (``tests/tools/make_narrated16_records.py``); written apart, before the rules were
run on them: ``council-acted-summary.docx`` (a 協議会's 議事要旨 kept in Word) and
``police-commission-acted-cp932.txt`` (a 公安委員会's 会議録 saved as CP932 text with CRLF). Turns with
the right speaker at main 4b8b971 → after: 21/21 → 21/21 (the chair named 0/5 → 5/5, three 【】
headings front → agenda), 8/12 → 10/12 (0/3 → 3/3), 10/11 → 11/11 (0/2 → 2/2).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms_narrative import check_fates, check_kind, check_narration, check_turns
from test_forms_prose import kind_params

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    "agri-board-acted-pdftotext.txt": [
        ("総務部長", "secretariat", "定刻、総務部長が開会を告げた。", 9, 9, "procedural"),
        ("組合長", "member", "組合長があいさつした。", 10, 10, "procedural"),
        ("議長", "chair", "出席理事が定数の過半数に達しており、本会が成立し", 11, 12, "procedural"),
        ("議長", "chair", "議長が第１号議案を上程し、", 14, 14, "procedural"),
        ("営農部長", "secretariat", "営農部長が説明した。", 14, 14, "procedural"),
        ("理事", "member", "理事から質問があり、", 15, 15, "procedural"),
        ("営農部長", "secretariat", "営農部長が回答した。", 15, 15, "procedural"),
        # a name inside the words is not the speaker
        ("理事", "member", "青木理事の提案に賛成する。育苗施設の更新は急ぐべ", 16, 17, "opinion"),
        ("Ａ理事", "member", "Ｂ理事の指摘のとおり、集荷場の統合は地域の説明会", 18, 19, "opinion"),
        ("議長", "chair", "議長が本案を諮ったところ、全員異議なく原案のとお", 20, 20, "procedural"),
        ("議長", "chair", "議長が第２号議案を上程し、", 22, 22, "procedural"),
        ("総務部長", "secretariat", "総務部長から資料２について説明があった。", 22, 23, "procedural"),
        ("常務理事", "member", "常務理事が補足の説明をし、", 24, 24, "procedural"),
        ("理事", "member", "理事から質問がなされた。", 24, 24, "procedural"),
        ("議長", "chair", "議長が本案を諮ったところ、賛成多数で原案のとおり", 25, 25, "procedural"),
        ("営農部長", "secretariat", "営農部長から、水稲の生育状況について報告があった", 27, 27, "procedural"),
        ("総務部長", "secretariat", "総務部長から、貯金の残高の推移について報告があっ", 28, 28, "procedural"),
        # 【主な意見】 and its labelled bullets after the narrated reports, in one file
        ("理事", "member", "高温対策の講習会を地区ごとに開いてほしい。", 30, 30, "opinion"),
        ("営農部長", "secretariat", "７月中に各地区で開催する予定です。", 31, 31, "opinion"),
        ("理事", "member", "貯金の金利の見直しを組合員に早めに知らせてほしい", 32, 32, "opinion"),
        # …との発言があり、閉会した。: the words; 閉会した the narrator's
        ("監事", "member", "今後も内部監査の結果を理事会に報告してほしい", 34, 35, "opinion"),
    ],
    "council-acted-summary.docx": [
        # 事務局から開会を宣した。 and 座長より挨拶。: から/より and the act, no noun that there was
        ("事務局", "secretariat", "事務局から開会を宣した。", 7, 7, "procedural"),
        ("座長", "chair", "座長より挨拶。", 11, 11, "procedural"),
        ("河川課長", "government", "河川課長が資料１により事業の進捗を報告し、", 14, 14, "procedural"),
        ("構成員", "member", "構成員から質問がなされた。", 14, 14, "procedural"),
        ("構成員", "member", "田島構成員が述べたように、遊水地の用地交渉は地元", 15, 15, "opinion"),
        ("河川課長", "government", "これに対し、河川課長が答えた。", 16, 16, "procedural"),
        # missed: 気象台 is no label the role table or a body's name reads (the 防災課長's turn is the sentence)
        ("防災課長", "government", "気象台から説明を受け、防災課長から補足の説明があ", 18, 18, "procedural"),
        ("町長", "government", "隣の市長の言うとおり、高齢者への伝達を最優先にす", 19, 19, "opinion"),
        # missed: 取りまとめ is no act of the vocabulary, 事務局が了承した stays in the 座長's turn
        ("座長", "chair", "座長が意見を取りまとめ、事務局が了承した。", 20, 20, "procedural"),
        # …よう事務局に要請があり、 in a record that narrates who acted: an act without words (as before)
        ("座長", "chair", "座長から、次回までに論点を整理するよう事務局に要", 22, 22, "procedural"),
    ],
    "police-commission-acted-cp932.txt": [
        ("委員長", "chair", "委員長が開会を宣言した。", 12, 12, "procedural"),
        ("警務部長", "government", "警務部長が、令和８年度の組織改正について報告した", 14, 14, "procedural"),
        ("藤森委員", "member", "藤森委員が質問し、", 15, 15, "procedural"),
        ("警務部長", "government", "警務部長が答弁した。", 15, 15, "procedural"),
        ("交通部長", "government", "交通部長から、春の全国交通安全運動の実施計画につ", 16, 16, "procedural"),
        ("久保委員", "member", "藤森委員の発言のとおり、通学路の安全点検を優先し", 17, 17, "opinion"),
        # …より、…について報告。: the noun alone (it was narrative)
        ("刑事部長", "government", "刑事部長より、特殊詐欺の認知状況について報告。", 18, 18, "procedural"),
        ("藤森委員", "member", "久保委員の意見と同様に、高齢者への広報を強めるべ", 19, 19, "opinion"),
        ("久保委員", "member", "電話での被害の相談窓口を広く知らせてほしい。", 21, 21, "opinion"),
        ("刑事部長", "government", "広報紙と地元のラジオで周知します。", 22, 22, "opinion"),
        ("委員長", "chair", "次回の定例会議は４月１６日に開催する", 24, 24, "procedural"),
    ],
}

LINE_FATES = {
    # 【報告事項】, 【主な意見】, 【その他】 (lines 26, 29, 33) agenda: they were back matter (front)
    "agri-board-acted-pdftotext.txt": "ffffffffppppapppppppappppappapppappbFbb",
    "council-acted-summary.docx": "fffffapanapaapppapppap",
    # 【主な質疑】 (line 20) agenda: it was front
    "police-commission-acted-cp932.txt": "fbffffffanapappppppappap",
}

#: the chair each record elects, and the turns of its title after the election
CHAIRS = {
    "agri-board-acted-pdftotext.txt": ("議長", "石原", [11, 14, 20, 22, 25]),
    "council-acted-summary.docx": ("座長", "平井", [11, 20, 22]),
    "police-commission-acted-cp932.txt": ("委員長", "川口", [12, 24]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_speaker_of_an_act_named_without_words_is_read(name: str) -> None:
    check_turns(name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_of_a_record_of_acts_ends_in_one_place(name: str) -> None:
    check_fates(name, LINE_FATES[name])


@pytest.mark.parametrize(("name", "k", "label", "kind"), kind_params(EXPECTED))
def test_the_kind_of_a_turn_of_acts(name: str, k: int, label: str, kind: str) -> None:
    check_kind(name, k, label, kind)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_words_of_a_report_are_its_point(name: str) -> None:
    check_narration(name)


@pytest.mark.parametrize("name", sorted(CHAIRS))
def test_the_chair_a_record_elects_presides_after_it(name: str) -> None:
    title, person, lines = CHAIRS[name]
    parsed = minutes.parse_file(MINUTES / name)
    chaired = [(p.source.line_start, p.speaker.label, p.speaker.name) for p in parsed.points if p.speaker.label == title]
    assert chaired == [(n, title, person) for n in lines]
    assert all("elected " + title in p.speaker_why for p in parsed.points if p.speaker.label == title)


# checks written after the fixtures, before the rules were run on them: one sentence of a
# 議事要旨 alone (read as a summary, prose.py) and after two reports of acts (a record that
# narrates who acted, acted.py). Sentences read right at main 4b8b971: 27/42, after: 42/42
HEAD = "令和８年度第１回ひかり市交通協議会　議事要旨\n\n１　日時　令和８年６月３日（水）午後６時から\n２　出席者　委員１４名、事務局５名\n３　議事要旨\n"
ACTED = "　委員長が開会を宣した。\n　事務局長が資料に基づき説明した。\n"
SENTENCES = [
    ("組合長があいさつした。", [("組合長", "組合長があいさつした。")]),
    ("会長から挨拶があった。", [("会長", "会長から挨拶があった。")]),
    ("議長が議案第３号を上程し、事務局長が説明した。", [("議長", "議長が議案第３号を上程し、"), ("事務局長", "事務局長が説明した。")]),
    ("理事から質問があり、専務理事が回答した。", [("理事", "理事から質問があり、"), ("専務理事", "専務理事が回答した。")]),
    ("監事から、今後も透明性を高めてほしいとの発言があり、閉会した。", [("監事", "今後も透明性を高めてほしい")]),
    ("事務局が資料２に基づき説明し、委員から質問がなされた。",
     [("事務局", "事務局が資料２に基づき説明し、"), ("委員", "委員から質問がなされた。")]),
    ("議長から、第１号議案について事務局に説明を求めた。", [("議長", "議長から、第１号議案について事務局に説明を求めた。")]),
    ("会長より挨拶。", [("会長", "会長より挨拶。")]),
    ("事務局より説明。", [("事務局", "事務局より説明。")]),
    ("司会の事務局長が開会を宣言した。", [("事務局長", "司会の事務局長が開会を宣言した。")]),
    ("事務局長から資料について説明し、委員の了承を得た。", [("事務局長", "事務局長から資料について説明し、委員の了承を得た。")]),
    ("委員長があいさつを行い、事務局から資料の説明があった。",
     [("委員長", "委員長があいさつを行い、"), ("事務局", "事務局から資料の説明があった。")]),
    ("事務局長が報告し、続いて会長があいさつした。", [("事務局長", "事務局長が報告し、"), ("会長", "続いて会長があいさつした。")]),
    ("事務局から説明を受け、委員から質問があった。", [("事務局", "事務局から説明を受け、"), ("委員", "委員から質問があった。")]),
    ("事務局から資料に沿って説明し、了承された。", [("事務局", "事務局から資料に沿って説明し、了承された。")]),
    ("会長が答弁した。", [("会長", "会長が答弁した。")]),
    # a name inside the words (quoted or not) is not the speaker
    ("委員から、「山田委員の提案に賛成する」との意見があった。", [("委員", "山田委員の提案に賛成する")]),
    ("Ａ委員から、Ｂ委員の指摘のとおり、案内を増やすべきとの発言があった。", [("Ａ委員", "Ｂ委員の指摘のとおり")]),
    # not a speaker's act: the words of a report across an act that goes on (住民 inside them)
    ("委員から、住民に説明し、住民から意見を聞くべきとの意見があった。", [("委員", "住民に説明し、住民から意見を聞くべき")]),
]


@pytest.mark.parametrize("acted", [False, True], ids=["summary", "acted"])
@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[str(k) for k in range(len(SENTENCES))])
def test_an_act_named_in_any_form_is_its_speakers_turn(sentence: str, expected: list[tuple[str, str]],
                                                       acted: bool) -> None:
    head = HEAD + ACTED if acted else HEAD
    parsed = minutes.parse_source(split_lines(f"{head}　{sentence}\n", "x.txt", encoding="utf-8"))
    n = head.count("\n") + 1
    got = [(p.speaker.label, p.text) for p in parsed.points if p.source.line_start == n]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (_, text), (_, start) in zip(got, expected):
        assert text.startswith(start), (text, start)
    assert parsed.lines[n - 1] == "point" and parsed.unread == ()


def test_one_named_with_kara_acts_unless_a_subject_of_its_own_follows() -> None:
    from assembler.minutes.acted import _subject_after
    from assembler.minutes.roles import load_roles

    split = load_roles().split
    assert _subject_after("議長から指名を受けた事務局長が説明した。", 4, split)
    assert not _subject_after("議長から、第１号議案について事務局に説明を求めた。", 4, split)


# written after the fixtures, before the patterns were widened to them (the first landing read 5 of 14)
ELECTIONS = [
    ("互選により石原理事を議長に選出した。", ("議長", "石原")),
    ("座長に平井構成員を選任した。", ("座長", "平井")),
    ("議長には田村理事が選ばれた。", ("議長", "田村")),
    ("議長に田村理事が就任した。", ("議長", "田村")),
    ("田村理事を議長とすることに決定した。", ("議長", "田村")),
    ("議長は田村理事が務めた。", ("議長", "田村")),
    ("議長に選任された田村理事は、議事に入る旨を述べた。", ("議長", "田村")),
    ("出席者の互選により、議長に田村正会員が選出された。", ("議長", "田村")),
    ("規約第１０条により、田村会長が議長を務めた。", ("議長", "田村")),
    ("互選の結果、田村委員が座長に選ばれた。", ("座長", "田村")),
    ("田村委員が会長に互選された。", ("会長", "田村")),
    # the first of a list, not 会長 inside 副会長 (it was 山口)
    ("委員の互選により会長に田村委員、副会長に山口委員を選出した。", ("会長", "田村")),
    ("田村委員長の指名により山口委員が議長となった。", ("議長", "山口")),
    # a title with no person's name names nobody
    ("規約により会長が議長となった。", None),
]


@pytest.mark.parametrize(("sentence", "expected"), ELECTIONS, ids=[str(k) for k in range(len(ELECTIONS))])
def test_the_sentence_that_elects_a_chair(sentence: str, expected: tuple[str, str] | None) -> None:
    from assembler.minutes.roles import elections, load_roles
    from assembler.model import Line

    found = [(title, sp.name) for _, title, sp, _ in elections([Line(sentence, 1)], load_roles())]
    assert found == ([expected] if expected else [])
