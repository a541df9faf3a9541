"""Narrated minutes, session 18: who did the act a sentence narrates.

1. **The subject marked with は (or が), not から/より**, in a wholly narrated 議事録 (a 総会, a 理事会,
   a 総代会): the act and its subject make the point that person's, the words a と/旨 clause gives
   them its text, the sentence where none does. ``prose.carries_plain``: a greeting reports the words
   before it (``…全力を挙げたいとあいさつした。``, ``…旨のあいさつを述べた。``) and an act of running the
   meeting the words a 旨 clause gives it (``…成立している旨を宣した。``); what the act names after
   the words is no part of them (``…と祝辞を述べた。``); ``…を呼びかけた。`` is an act of speaking;
   ``acted._IN_BRACKETS``: the person in brackets after the title is the actor's
   (``議長（川村組合長）は、``); ``acted._held_act``: an act in a clause of time when the sentence goes on
   to what followed (``議長は、…を諮ったところ、…こととなり、組合長は…を推薦した。``: the chair's).
2. **A ○ line that carries the words** is that speaker's point, its text the words
   (``report_steps._REPORTED_END`` reads ``prose.SPEECH_NOUN``: ``…旨の挨拶があった。``,
   ``…旨の連絡があった。``, ``…旨の総括があった。``); a connective before the speaker is no part of the
   name (``○最後に木村幹事長から、…``: ``report_steps._LEAD_CONNECTIVE``). A ○ line that only names
   material (``○事務局から、資料１～３に基づき説明があった。``) stays narrative.
3. **A report of a third party inside a turn stays the turn's** (``report_steps.inside_turn``): under
   a label still in force (``（事務局）``, ``事務局：``, no heading between), a bullet or a paragraph that
   reports a body the role table does not know (``・商工会から、…との要望があった。``), one who spoke
   before this meeting (``・前回会議で委員から、…``) or whose turn goes on in words of its own
   (``…との要望があった。秋に開催する予定である。``) is the label's point. Below a heading
   (``（２）その他`` / ``事務局から、…旨の連絡があった。``) a report opens its speaker's turn, as before.

Fixtures (fictional; tests/fixtures/minutes/SOURCES.md; ``tests/tools/make_narrated18_records.py``):
written with the rules — ``fishery-assembly-acted-pdftotext.txt``, ``port-council-circle-said.docx``,
``subsidy-labels-reports-cp932.txt``; written apart, after the rules, before they were run on them —
``landimprove-delegates-acted-utf16.txt``, ``care-council-circle-said-pdftotext.txt``,
``river-labels-reports.docx``. Turns with the right speaker at main 007912b → after: with the rules
13/16, 3/6, 7/9 → 16/16, 6/6, 9/9; apart 13/15, 3/5, 5/7 → 15/15, 5/5, 7/7
(of the 土地改良区's 15: ``理事長は、…と答えた`` was 理事長 with no name, now the 松本 named above in brackets;
three longer sentences were added to it after the first sight so that the shapes of ``test_shapes`` break
lines at a width ``paragraphs.wrap_width`` can tell — 11/13 → 13/13 before they were).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from test_forms_narrative import check_fates, check_kind, check_narration, check_turns
from test_forms_prose import kind_params

EXPECTED = {
    "fishery-assembly-acted-pdftotext.txt": [
        ("大野参事", "secretariat", "定刻、参事の大野が開会を宣した。", 7, 7, "procedural"),
        # …とあいさつした: the greeting's words (it was the sentence, procedural)
        ("川村代表理事組合長", "member", "開会に当たり、昨年の不漁に触れ、組合員の協力に謝", 8, 10, "opinion"),
        # …と祝辞を述べた: the words before what the act names them (it was the sentence)
        ("町長", "government", "漁業の振興に町としても力を尽くしたい", 11, 12, "opinion"),
        # 議長（川村組合長）は、…旨を宣した (it was no one's: 出席… read as the subject)
        ("議長（川村組合長）", "chair", "本総会が定足数を満たし成立している", 14, 15, "procedural"),
        ("議長", "chair", "議長は、議事録署名人に木下組合員と森組合員を指名", 16, 16, "procedural"),
        ("議長", "chair", "議長は、第１号議案を上程し、参事に説明を求めた。", 18, 18, "procedural"),
        ("大野参事", "secretariat", "参事は、資料１に基づき、昨年度の販売事業の実績と", 19, 20, "procedural"),
        ("田中監事代表", "other", "監査の結果、業務の執行は適正であった", 21, 22, "opinion"),
        ("木下総代", "member", "燃油の補助はいつまで続くのか", 23, 23, "opinion"),
        ("大野参事", "secretariat", "町の補助と合わせて来年３月まで続ける予定である", 24, 24, "opinion"),
        # …を呼びかけた: an act of speaking (it was narrative)
        ("組合長川村", "member", "組合長川村は、資源管理の徹底を呼びかけた。", 25, 25, "procedural"),
        ("議長", "chair", "議長は、本議案の賛否を諮ったところ、全員異議なく", 26, 27, "procedural"),
        ("議長", "chair", "議長は、理事の補充選挙について、選挙の方法を諮っ", 29, 30, "procedural"),
        # …を諮ったところ、…こととなり、組合長は…を推薦した: the chair's act (it was narrative)
        ("議長", "chair", "議長は、監事の欠員について、候補者の選び方を諮っ", 32, 33, "procedural"),
        ("議長", "chair", "以上で全議案の審議を終了した", 34, 34, "procedural"),
        ("議長", "chair", "午後３時４０分閉会を宣した。", 34, 35, "procedural"),
    ],
    "port-council-circle-said.docx": [
        # ○冒頭、…から、…旨の挨拶があった: the words (it was narrative)
        ("木村幹事長", "member", "昨年は定期航路が増えた一方、荷主の確保が課題であ", 6, 6, "opinion"),
        ("幹事", "secretariat", "航路の維持には補助制度の拡充が必要ではないか", 8, 8, "opinion"),
        ("事務局", "secretariat", "来年度の予算の中で検討したい", 9, 9, "opinion"),
        ("副幹事長", "member", "荷主向けの説明会を内陸部でも開いてはどうか", 10, 10, "opinion"),
        # …旨の連絡があった (it was narrative)
        ("事務局", "secretariat", "次回は７月に開催する", 11, 11, "procedural"),
        # ○最後に木村幹事長から (it was a speaker 最後に木村幹事長)
        ("木村幹事長", "member", "いただいた意見を踏まえて進め、次回に報告する", 12, 12, "opinion"),
    ],
    "subsidy-labels-reports-cp932.txt": [
        ("事務局", "secretariat", "資料１に基づき、昨年度の申請状況を説明した。", 7, 7, "opinion"),
        ("事務局", "secretariat", "複数の関係団体から、申請手続が煩雑であるとの指摘", 8, 8, "opinion"),
        # a member at the last meeting, a body: the secretariat's (they were 委員's and 商工会's)
        ("事務局", "secretariat", "前回会議で委員から、利用者の声を聞くべきとの意見", 9, 9, "opinion"),
        ("事務局", "secretariat", "商工会から、事業者向けの説明会を開いてほしいとの", 10, 10, "opinion"),
        ("委員", "member", "申請書の様式を統一すべきである。", 12, 12, "opinion"),
        ("委員", "member", "電子申請を進めてほしい。", 13, 13, "opinion"),
        ("事務局", "secretariat", "市町村から、説明会の開催を求める声が寄せられてい", 15, 15, "opinion"),
        ("事務局", "secretariat", "金融機関から、審査の期間を短くしてほしいとの意見", 17, 17, "opinion"),
        ("会長", "chair", "高橋委員から前回御意見のあった件について、事務局", 19, 19, "procedural"),
    ],
    "landimprove-delegates-acted-utf16.txt": [
        ("長谷部事務局長", "secretariat", "午前１０時、事務局長の長谷部が開会を告げた。", 7, 7, "procedural"),
        ("松本理事長", "member", "昨年の渇水では総代の皆様に節水に御協力いただいた", 8, 8, "opinion"),
        ("議長（松本理事長）", "chair", "出席総代が定足数に達している", 10, 10, "procedural"),
        ("議長", "chair", "議長は、議事録署名人に西村総代と高田総代を指名し", 11, 11, "procedural"),
        ("長谷部事務局長", "secretariat", "資料に基づき、用水路改修の工程と賦課金の額を説明", 13, 13, "opinion"),
        ("西村総代", "member", "賦課金の据置きは来年度も続けられるのか、また、改", 14, 14, "opinion"),
        # 理事長は: the last named with that title (松本, named as the chair in brackets above)
        ("議長（松本理事長）", "chair", "国の補助が続く限り据え置く方針であり、配分は各地", 15, 15, "opinion"),
        ("高田総代", "member", "ため池の堤体に漏水が見られる箇所があり、大雨の前", 16, 16, "opinion"),
        ("長谷部事務局長", "secretariat", "梅雨入り前に職員が全てのため池を点検し、結果を総", 17, 17, "opinion"),
        ("池田監事", "member", "予算の執行状況を年２回点検する", 18, 18, "opinion"),
        ("議長", "chair", "議長は、本議案を諮ったところ、賛成多数で原案のと", 19, 19, "procedural"),
        ("議長", "chair", "議長は、理事の欠員について、選任の方法を諮ったと", 21, 21, "procedural"),
        ("高木副理事長", "member", "閉会に当たり、今後も地区の声を聞きながら運営に当", 22, 22, "opinion"),
        ("議長", "chair", "以上で議事を終了した", 23, 23, "procedural"),
        ("議長", "chair", "正午、閉会を宣した。", 23, 23, "procedural"),
    ],
    "care-council-circle-said-pdftotext.txt": [
        ("大島会長", "chair", "在宅で暮らす高齢者が増える中、医療と介護の連携を", 11, 12, "opinion"),
        ("委員", "member", "訪問看護の人材が不足しており、養成の支援が必要で", 14, 14, "opinion"),
        ("事務局", "secretariat", "県と連携して研修の費用を助成している", 16, 16, "opinion"),
        ("副会長", "member", "認知症の方の見守りは地域の商店にも協力を求めるべ", 17, 18, "opinion"),
        ("大島会長", "chair", "本日の意見は次期計画に反映できるよう事務局で整理", 22, 23, "opinion"),
    ],
    "river-labels-reports.docx": [
        ("事務局", "secretariat", "資料１に基づき、今年度の水質調査の結果を報告した", 8, 8, "opinion"),
        ("事務局", "secretariat", "地元の自治会から、夏場の悪臭について苦情が寄せら", 9, 9, "opinion"),
        ("事務局", "secretariat", "前回の部会で委員から、支流の調査地点を増やすべき", 10, 10, "opinion"),
        ("事務局", "secretariat", "漁協から、アユの遡上が減っているとの報告があった", 11, 11, "opinion"),
        ("委員", "member", "農業排水の影響も併せて調べてほしい。", 13, 13, "opinion"),
        ("部会長", "chair", "前回、小西委員から御指摘のあった点について、次回", 15, 15, "opinion"),
        # below （２）その他 the label's turn is over: the report is the secretariat's, as before
        ("事務局", "secretariat", "次回の部会は１２月に開催する", 17, 17, "procedural"),
    ],
}

LINE_FATES = {
    # 第１号議案 … headings agenda; …が議長となった。 narrative; -1- and the form feed furniture
    "fishery-assembly-acted-pdftotext.txt": "ffffffppppppnpppappppppppppappappppbFbb",
    # ○事務局から、資料１～３に基づき説明があった。: material named, no words — narrative
    "port-council-circle-said.docx": "ffffapnppppp",
    "subsidy-labels-reports-cp932.txt": "ffffapppppppppppppp",
    "landimprove-delegates-acted-utf16.txt": "fbffffppnppapppppppappp",
    # a blank line inside a ○ sentence; －２－ furniture; ○…の報告があった。 (no words) narrative
    "care-council-circle-said-pdftotext.txt": "ffbffffffappnpbpppFbnpp",
    "river-labels-reports.docx": "ffffffpppppppppap",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_speaker_of_a_narrated_act_is_read(name: str) -> None:
    check_turns(name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_of_a_narrated_record_ends_in_one_place(name: str) -> None:
    check_fates(name, LINE_FATES[name])


@pytest.mark.parametrize(("name", "k", "label", "kind"), kind_params(EXPECTED))
def test_the_kind_of_a_narrated_act(name: str, k: int, label: str, kind: str) -> None:
    check_kind(name, k, label, kind)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_words_of_a_narrated_act_are_its_point(name: str) -> None:
    check_narration(name)


def _points(head: str, lines: list[str]) -> list[tuple[int, str, str]]:
    parsed = minutes.parse_source(split_lines(head + "".join(f"{t}\n" for t in lines), "x.txt", encoding="utf-8"))
    assert parsed.unread == ()
    return [(p.source.line_start - head.count("\n"), p.speaker.label, p.text) for p in parsed.points]


NARRATED = "令和８年度通常総会議事録\n１　日時　令和８年５月１日（金）午後２時\n２　出席者　会員３０名\n３　議事の経過\n"


# sentences written after the fixtures, other subjects and acts (a 商工会's 通常総会): each after two acts
@pytest.mark.parametrize(("sentence", "label", "start"), [
    ("会長の野口は、開会に当たり、会員事業所の協力に感謝すると述べ、本年度も販路の開拓に努めたいとあいさつした。",
     "野口会長", "開会に当たり"),
    ("専務理事の北村は、本日の出席会員は定数の過半数である旨を告げた。", "北村専務理事", "本日の出席会員"),
    ("議長（野口会長）は、質疑を打ち切り採決に入る旨を宣した。", "議長（野口会長）", "質疑を打ち切り"),
    ("来賓の市長は、地域の商業を市としても支えたいと祝辞を述べた。", "市長", "地域の商業を"),
    ("議長は、役員の選任について、選任の方法を諮ったところ、会長に一任することとなり、会長は森田を推薦した。",
     "議長", "議長は、役員の選任"),
    ("副会長の小野は、会員の皆様に防災への備えを呼びかけた。", "小野副会長", "副会長の小野は"),
])
def test_the_subject_with_ha_is_whoever_acts(sentence: str, label: str, start: str) -> None:
    got = _points(NARRATED, ["　定刻、事務局長が開会を宣した。", "　議長は、議事録署名人を指名した。", f"　{sentence}"])
    assert [(g[1], g[2][:len(start)]) for g in got if g[0] == 3] == [(label, start)]


SUMMARY = "第２回まちづくり懇談会　議事要旨\n１．日時　令和８年７月３日（金）１０時\n２．出席者　委員１０名、事務局\n３．議事概要\n"


@pytest.mark.parametrize(("line", "label", "start"), [
    ("○冒頭、森座長から、本日は中心市街地の活性化について率直な議論をお願いしたい旨のあいさつがあった。", "森座長", "本日は中心市街地"),
    ("○続いて森座長より、商店街の空き店舗対策を急ぎたいとの発言があった。", "森座長", "商店街の空き店舗"),
    ("○事務局から、次回は１０月に開催する旨の連絡があった。", "事務局", "次回は１０月"),
    ("○事務局から、資料２に基づき説明があった。", None, ""),
])
def test_a_circle_line_that_carries_the_words_is_a_point(line: str, label: str | None, start: str) -> None:
    got = [(g[1], g[2][:len(start)]) for g in _points(SUMMARY, ["○委員から、駐輪場を増やすべきとの意見があった。", line])
           if g[0] == 2]
    assert got == ([(label, start)] if label else [])


LABELLED = "第３回子育て会議　議事要旨\n１．日時　令和８年６月３日\n２．出席者　委員８名、事務局\n３．議事概要\n（事務局）\n"


@pytest.mark.parametrize(("line", "label"), [
    ("・保育園協会から、保育士の確保が難しいとの報告があった。", "事務局"),
    ("・先日の説明会で委員から、資料を早く配ってほしいとの意見があった。", "事務局"),
    ("・委員から、待機児童の数を地区別に示すべきとの意見があった。次回に地区別の数を示す。", "事務局"),
    # a member's report with nothing of the label's after it: the member's turn, as before
    ("・委員から、待機児童の数を地区別に示すべきとの意見があった。", "委員"),
])
def test_a_report_of_others_inside_a_labelled_turn_stays_the_labels(line: str, label: str) -> None:
    got = _points(LABELLED, [line])
    assert [g[1] for g in got if g[0] == 1] == [label]
