"""Narrated sentences, session 19: who is narrated as saying what, and narration that is nobody's speech.

1. **The words reported run over several sentences** before the frame that reports them
   (``○北川委員長から、遊具の更新は急ぐべきである。特に…多い。との意見があった。``, ``…。旨の発言があった。``,
   on one line or across lines): one report, the speaker's point, its text the words
   (``prose.WORDS_GO_ON``, ``prose.framed_spans``; ``report_steps._sentences`` for ○ lines; a report under
   an introducer's floor too, ``reported_under_header``). Before, the point went to the speaker named
   before (事務局), or the report was narrative.
2. **○ heads over narrated lines** (``○議事`` / ``事務局（生涯学習課）より、資料２に沿って…を説明。``,
   ``…説明を行った後、委員に意見をお願いした。``): the ○ line is a head (agenda), each line below its
   speaker's turn (``closing_steps.circle_head``; the front matter leaves ``○議事`` to it). Before, the head
   and the line were one ○ sentence (speakers ``会長あいさつ山本会長``, ``その他事務局``) or narrative. Under
   the attendees' label, a report right below an item's numbered heading is the proceedings
   (``report_steps.item_above``; it was an introducer, narrative).
3. **Closings narrated** (``会長から、…旨が述べられ、閉会となった。``, ``岡田会長が閉会を宣し、閉会した。``):
   the chair's turn, the words its text (``prose._SAID_PASSIVE``: …旨が述べられ、 / …と述べられた。 report
   words as …と述べた does). Before, narrative or unread.
4. **Results and headings inside a turn's run** (``議案第４２号は原案のとおり可決された。`` under the chair's
   polite turn: narrative, ``closing_steps.result_step`` / ``forms.RESULT_LINE``; ``【非公開】議案第４３号　…``,
   ``〔秘密会〕報告第２号　…`` and ``第２部　部会報告及び意見交換``: agenda, ``forms.ITEM_HEADING``). Before, the
   chair's speech.

Fixtures (fictional; tests/fixtures/minutes/SOURCES.md; ``tests/tools/make_narrated19_records.py``):
written with the rules — ``park-committee-several-pdftotext.txt`` (1), ``reading-council-circle-heads-eucjp.txt``
(2, 3), ``school-board-results-pdftotext.txt`` (4); written apart, after the rules, before they were run on
them — ``library-review-several.docx`` (1), ``sports-council-circle-heads-utf16.txt`` (2, 3),
``town-committee-results-cp932.txt`` (4). Turns with the right speaker at main 71fbee6 → after: with the rules
3/7, 4/10, 9/9 (the chair's point holding the result and two headings) → 7/7, 10/10, 9/9 (none holding them);
apart 3/6, 2/7, 9/9 (the chair's point holding the result and two headings) → first sight 4/6, 7/7, 9/9 (none)
→ 6/6 after two fixes (a report under an introducer's floor, the attendees' label ended by an item's heading).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from test_forms_narrated18 import _points
from test_forms_narrative import check_fates, check_kind, check_narration, check_turns
from test_forms_prose import kind_params

EXPECTED = {
    "park-committee-several-pdftotext.txt": [
        # …である。特に…多い。との意見があった。 (it was the 事務局's point, the sentence as written)
        ("北川委員長", "chair", "遊具の更新は急ぐべきである。特に幼児用の遊具は古", 12, 13, "opinion"),
        ("事務局", "secretariat", "更新の計画を来年度の予算要求の中で示したい", 14, 15, "opinion"),
        # three sentences, a blank line inside them (it was narrative)
        ("南委員", "member", "公園のトイレの改修が必要である。夜間の照明も足り", 16, 18, "opinion"),
        ("東委員", "member", "防犯灯を増やすべきである。通学路に面した公園から", 19, 20, "opinion"),
        ("事務局", "secretariat", "防犯灯は道路課と調整の上、順次設置していく予定で", 22, 23, "opinion"),
        # …。旨の発言があった。
        ("西村委員", "member", "利用者の声を聞く場を設けるべきである。アンケート", 24, 25, "opinion"),
        ("事務局", "secretariat", "次回は７月に開催する", 26, 26, "procedural"),
    ],
    "library-review-several.docx": [
        # below （１）…について under the attendees' label: the proceedings (it was an introducer, narrative)
        ("事務局", "secretariat", "事務局から、資料１に基づき中間評価の結果について", 7, 7, "procedural"),
        ("高橋委員", "member", "電子書籍の貸出が伸びている。一方で高齢の利用者に", 8, 8, "opinion"),
        ("事務局", "secretariat", "秋に使い方の講座を開く予定である", 9, 9, "opinion"),
        ("杉本委員", "member", "移動図書館の停留所が減っている。山間部の利用者が", 10, 10, "opinion"),
        ("事務局", "secretariat", "停留所の見直しは地区の要望を聞いて行う", 10, 10, "opinion"),
        ("小松会長", "chair", "次回は１２月に開催する", 12, 12, "procedural"),
    ],
    "reading-council-circle-heads-eucjp.txt": [
        # ○開会 / 事務局から、配布資料の確認があった。 (it was narrative)
        ("事務局", "secretariat", "事務局から、配布資料の確認があった。", 8, 8, "procedural"),
        # ○会長あいさつ / 山本会長から… (it was a speaker 会長あいさつ山本会長)
        ("山本会長", "chair", "子どもの読書の習慣づくりに力を入れたい", 11, 11, "opinion"),
        # ○議事 / 事務局（生涯学習課）より、…を説明。 (it was narrative)
        ("事務局（生涯学習課）", "secretariat", "事務局（生涯学習課）より、資料２に沿って第四次推", 14, 14, "procedural"),
        ("田村委員", "member", "学校図書館との連携を強めるべき", 15, 15, "opinion"),
        ("事務局", "secretariat", "来年度に学校司書との連絡会を設ける予定である", 16, 16, "opinion"),
        ("事務局", "secretariat", "事務局より、資料３について説明を行った後、委員に", 17, 17, "procedural"),
        ("林委員", "member", "読み聞かせボランティアの研修を増やしてほしい", 18, 18, "opinion"),
        # (it was the 林委員's point)
        ("大西委員", "member", "中学生の読書離れが目立つ。部活動で忙しい生徒も多", 19, 19, "opinion"),
        # ○その他 / 事務局から… (it was a speaker その他事務局)
        ("事務局", "secretariat", "次回は１０月に開催する", 22, 22, "procedural"),
        # ○閉会 / 会長から、…旨が述べられ、閉会となった。 (it was narrative)
        ("会長", "chair", "本日の意見を踏まえ次回までに計画案を整理したい", 25, 25, "procedural"),
    ],
    "sports-council-circle-heads-utf16.txt": [
        ("事務局", "secretariat", "事務局から、会議の成立について報告があった。", 9, 9, "procedural"),
        ("清水副会長", "member", "清水副会長より、地域スポーツ部会の審議の経過につ", 12, 12, "procedural"),
        ("スポーツ振興課長", "secretariat", "スポーツ振興課長より、資料１に沿って次期スポーツ", 15, 15, "procedural"),
        ("石井委員", "member", "学校の部活動の地域移行が進んでいない。指導者が足", 16, 16, "opinion"),
        ("スポーツ振興課長", "secretariat", "指導者の登録制度を来年度に設けたい", 17, 17, "opinion"),
        ("竹内委員", "member", "障害のある人が参加できる教室を増やしてほしい", 18, 18, "opinion"),
        ("岡田会長", "chair", "岡田会長が閉会を宣し、閉会した。", 21, 21, "procedural"),
    ],
    "school-board-results-pdftotext.txt": [
        ("佐々木教育長", "chair", "ただいまから定例会を開会します。議案第４２号を議", 12, 13, "procedural"),
        ("教育総務課長", "secretariat", "議案第４２号は、学校給食費の改定についてです。食", 14, 15, "opinion"),
        ("中島委員", "member", "保護者への周知はどのように行いますか。", 16, 16, "opinion"),
        ("教育総務課長", "secretariat", "来月の学校だよりと町の広報でお知らせします。", 17, 17, "opinion"),
        # the chair's turn ends at its question: the result and the two headings below are not its (they were)
        ("佐々木教育長", "chair", "ほかにありませんか。なければ採決します。原案のと", 18, 19, "procedural"),
        ("佐々木教育長", "chair", "次に、部会報告をお願いします。", 24, 24, "procedural"),
        ("森田委員", "member", "学校施設部会では、体育館の空調の整備について話し", 25, 26, "opinion"),
        ("岡委員", "member", "空調の整備は避難所の機能の面からも急ぐべきだと思", 27, 27, "opinion"),
        ("佐々木教育長", "chair", "以上で本日の日程を終了します。", 28, 28, "procedural"),
    ],
    "town-committee-results-cp932.txt": [
        ("山口委員長", "chair", "ただいまから総務常任委員会を開会いたします。議案", 9, 9, "procedural"),
        ("総務課長", "government", "議案第３１号は、町税条例の一部改正についてでござ", 10, 10, "procedural"),
        ("松田委員", "member", "改正による町民の負担の変化を伺います。", 11, 11, "opinion"),
        ("総務課長", "government", "多くの町民の方の負担は変わりません。", 12, 12, "opinion"),
        ("山口委員長", "chair", "質疑を終わります。討論はありませんか。採決いたし", 13, 13, "procedural"),
        ("山口委員長", "chair", "次に、所管事務調査を行います。財政課長から説明を", 17, 17, "procedural"),
        ("財政課長", "government", "ふるさと納税の寄附額は、昨年度より２割増えており", 18, 18, "opinion"),
        ("吉村委員", "member", "返礼品の地元の事業者をもっと増やしてはいかがです", 19, 19, "opinion"),
        ("山口委員長", "chair", "以上で本日の委員会を閉会いたします。", 20, 20, "procedural"),
    ],
}

LINE_FATES = {
    # the form feed's page numbers furniture; every ○ report a point (four were narrative)
    "park-committee-several-pdftotext.txt": "ffbffffffanpppppbpppFpppppF",
    "library-review-several.docx": "fffffappppap",
    # each ○ head agenda, each line under it a point
    "reading-council-circle-heads-eucjp.txt": "fbfffbapbapbappppppbapbap",
    "sports-council-circle-heads-utf16.txt": "fbffffbapbapbappppbap",
    # 議案第４２号は原案のとおり可決された。 narrative, 【非公開】… and 第２部… agenda
    "school-board-results-pdftotext.txt": "ffbffffffffppppppppnaFapppppF",
    "town-committee-results-cp932.txt": "fbffffbfpppppnaapppp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_narrated_speaker_has_their_turn(name: str) -> None:
    check_turns(name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(LINE_FATES))
def test_every_line_ends_in_its_place(name: str) -> None:
    check_fates(name, LINE_FATES[name])


@pytest.mark.parametrize(("name", "k", "label", "kind"), kind_params(EXPECTED))
def test_the_kind_is_read_from_the_words(name: str, k: int, label: str, kind: str) -> None:
    check_kind(name, k, label, kind)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_words_are_the_point_and_the_sentence_its_narration(name: str) -> None:
    check_narration(name)


SUMMARY = "第２回まちづくり懇談会　議事要旨\n１．日時　令和８年７月３日（金）１０時\n２．出席者　委員１０名、事務局\n３．議事概要\n"


# sentences written after the fixtures (a 商店街 懇談会): the words before the frame hold their own stops
@pytest.mark.parametrize(("line", "label", "start"), [
    ("○森座長から、空き店舗が増えている。家賃の補助を考えるべきだ。との意見があった。", "森座長", "空き店舗が増えている。家賃"),
    ("○委員から、駐車場が足りない。週末は特に混む。旨の発言があった。", "委員", "駐車場が足りない。週末"),
    ("小野委員より、夜の照明が暗い。防犯の面でも心配だ。との指摘があった。", "小野委員", "夜の照明が暗い。防犯"),
])
def test_words_of_several_sentences_are_one_report(line: str, label: str, start: str) -> None:
    got = [(g[1], g[2][:len(start)]) for g in _points(SUMMARY, ["○事務局から、資料１に基づき説明があった。", line])
           if g[0] == 2]
    assert got == [(label, start)]


HEADED = "第２回まちづくり懇談会　会議録\n日時：令和８年７月３日（金）１０時\n出席者：森座長、小野委員、事務局\n\n"


# ○ heads written after the fixtures: the head is agenda, the narrated line below its speaker's turn
@pytest.mark.parametrize(("head", "line", "label", "start"), [
    ("○報告事項", "事務局（商工課）より、資料２に沿って空き店舗の調査結果を説明。", "事務局（商工課）", "事務局（商工課）より"),
    ("○座長あいさつ", "森座長から、商店街の将来を率直に話し合いたい旨のあいさつがあった。", "森座長", "商店街の将来を"),
    ("○閉会", "座長から、本日の意見を次回までに整理したい旨が述べられ、閉会となった。", "座長", "本日の意見を次回まで"),
])
def test_a_circle_head_heads_the_narrated_line_below(head: str, line: str, label: str, start: str) -> None:
    got = [(g[0], g[1], g[2][:len(start)]) for g in _points(HEADED, [head, line])]
    assert got == [(2, label, start)]


VERBATIM = ("第３回文化振興審議会　会議録\n日時：令和８年７月３日（金）１０時\n出席者：森会長、小野委員、事務局\n\n"
            "（森会長）　採決します。原案のとおり承認してよろしいですか。\n")


# results and headings written after the fixtures, under the chair's polite turn
@pytest.mark.parametrize(("line", "fate"), [
    ("諮問第３号は原案のとおり承認された。", "narrative"),
    ("本件は全員異議なく了承された。", "narrative"),
    ("【非公開】報告第５号　委員の任期について", "agenda"),
    ("第２部　意見交換", "agenda"),
    # the vote named before the result, no item as the subject (step 2)
    ("採決の結果、全員賛成で原案のとおり可決された。", "narrative"),
    ("全員異議なく承認された。", "narrative"),
])
def test_a_result_or_a_heading_is_no_part_of_the_turn(line: str, fate: str) -> None:
    head = VERBATIM.count("\n")
    parsed = minutes.parse_source(split_lines(VERBATIM + line + "\n（小野委員）　賛成します。\n", "x.txt", encoding="utf-8"))
    assert parsed.lines[head] == fate
    assert [(p.speaker.label, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("森会長", head, head), ("小野委員", head + 2, head + 2)]


LABELLED = ("第４回環境審議会　会議録\n日時：令和８年９月２日（水）１４時\n出席者：上田会長、木村委員、事務局\n\n"
            "上田会長　本日の審議はここまでとします。\n")


# closings after a labelled turn (step 2): words reported before the close are the speaker's turn; a close
# with no words stays the record's closing block (fates18)
@pytest.mark.parametrize(("line", "fate", "said"), [
    ("会長から、本日の意見を踏まえて答申案をまとめる旨が述べられ、閉会した。", "point", "本日の意見を踏まえて答申案をまとめる"),
    ("会長から、次回は答申案を示したいとの発言があり、散会した。", "point", "次回は答申案を示したい"),
    ("会長が閉会を宣し、午後４時に散会した。", "narrative", None),
])
def test_a_closing_that_reports_words_is_a_turn(line: str, fate: str, said: str | None) -> None:
    head = LABELLED.count("\n")
    parsed = minutes.parse_source(split_lines(LABELLED + line + "\n", "x.txt", encoding="utf-8"))
    assert parsed.lines[head] == fate
    got = [(p.speaker.label, p.text) for p in parsed.points if p.source.line_start == head + 1]
    assert got == ([("上田会長", said)] if said else [])
