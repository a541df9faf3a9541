"""Small flaws left from session 12 (fixes7). One fixture per form, written here (fictional
bodies, names and sentences) in the shape real files arrive in, with its expected parse — rows:
(speaker label, name, title, role, start of the text, first line, last line) — and the fate of
every line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread).

3. Legends in kanji abbreviations (``legend._abbreviated``): ``委＝委員、事＝事務局、会＝会長`` or
   ``（会）会長　（委）委員`` define the marks, and the turns open with the marks as defined
   (``委　…``, ``（委）…``: ``legend.opening_mark``). Before, the file was refused (no speaker).
4. A turn's whole speech wrapped in one 「…」 loses the outer pair whatever the label's form
   (``quoted.unwrapped``, applied to a turn's points in ``minutes._texts``): a label alone on its
   line above 「…」, a mark and a label glued to it (○北野委員「…」); quotes inside stay.
5. A speech in 「 whose 」 is missing ends where a turn ends elsewhere (``quoted._ends_speech``):
   the next label, a heading, the closing, or a blank line after a finished sentence — it took
   up to 80 lines of the record (the closing heading, narration, the clock, 以上, the footer).
6. U+2212 (−, the minus sign) is a dash as －/―/‐ are (``patterns.DASHES``, read through
   ``forms._DASH_CLASS`` by every reader of a dash): labels framed by it, a note, list bullets,
   a page number, a time range.
7. The chair's procedural sentences (kind.py): moving on, giving the floor, closing — and asking
   whether anyone has a question (質問のある方はいらっしゃいますか: ``floor/any``) — are procedural
   from a 司会/事務局/議長 turn; a member's opinion that starts with それでは stays an opinion.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city 公民館運営審議会's 会議要旨 in pdftotext shape: a legend of abbreviations in the front
    # matter, turns led by 事/委/会 and a space, a turn broken by a blank line mid-sentence, page
    # numbers and form feeds. Before: refused (no speaker found: front 13, agenda 4, narrative 1)
    "council-kanji-legend-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "資料１により、令和６年度の講座の実施状況", 10, 11),
        ("委員", "", "委員", "member", "若い世代の参加が少ない。", 13, 13),
        ("事務局", "", "事務局", "secretariat", "夜間の講座は、講師の確保が難しい面があるが", 14, 16),
        ("会長", "", "会長", "chair", "ほかにご意見はありますか。", 17, 17),
        ("委員", "", "委員", "member", "館内の掲示が分かりにくい。", 20, 21),
        ("事務局", "", "事務局", "secretariat", "案内表示は、今年度中に見直す予定である。", 22, 22),
        ("会長", "", "会長", "chair", "以上で本日の審議を終わります。", 24, 24),
    ],
    # a town 教育委員会's 会議録 in pdftotext shape: a title alone on its line above the speech in
    # 「…」, ○ and a label glued to 「…」, a turn that opens with a quote but goes on after it, a
    # stage direction quoting （「異議なし」の声あり）, page numbers and form feeds. Before: every
    # point but the fifth kept its outer 「」 (the turns below a label, the marked glued labels)
    "board-quoted-labels-pdftotext.txt": [
        ("教育長", "大川正", "教育長", "chair", "ただいまから、令和７年度第３回", 9, 9),
        ("学校教育課長", "", "学校教育課長", "secretariat", "議案第５号について御説明いたします。", 11, 12),
        ("北野委員", "北野", "委員", "member", "物価が上がる中、保護者の負担を", 14, 15),
        ("学校教育課長", "", "学校教育課長", "secretariat", "中学校への拡大は、財源も含めて検討いたします。", 16, 16),
        ("西村委員", "西村", "委員", "member", "「防災」と「食育」の二つの観点から、", 17, 17),
        ("教育長", "大川正", "教育長", "chair", "ほかに御意見はございませんか。", 21, 21),
        ("教育長", "大川正", "教育長", "chair", "以上で本日の会議を閉会いたします。", 24, 24),
    ],
    # a 住民説明会's 記録 in pdftotext shape, turns glued to 「…」, the last 」 missing: the speech
    # runs over a page break mid-sentence, then the closing heading, a narrated sentence, the
    # closing clock, 以上 and the office's footer. Before: the last turn took all of them (lines
    # 12–20, fates p); after: it ends at ３　閉会
    "townmeeting-unclosed-quote-pdftotext.txt": [
        ("司会", "", "司会", "secretariat", "定刻になりましたので、ただいまから説明会を始めます。", 7, 8),
        ("道路課長", "", "道路課長", "government", "道路課長の森でございます。", 9, 10),
        ("住民Ａ", "Ａ", "住民", "member", "工事の間、通学路はどうなるのでしょうか。", 11, 11),
        ("道路課長", "", "道路課長", "government", "通学の時間帯には誘導員を置き、歩行者の通路を確保します。詳しい迂回路は、学校とも相談して決めます。", 12, 15),
        ("司会", "", "司会", "secretariat", "本日の資料は市のホームページにも掲載する", 17, 17),
    ],
    # a city 環境審議会's 議事概要 copied from a web page whose dashes are U+2212: a note framed
    # by them introducing the secretariat's bullets (− …), labels framed by them (−北村会長−,
    # −　安田委員　−) above the speech, a page number − 1 − and a form feed, the time 10時−11時30分.
    # Before: refused (no speaker found: front 4, narrative 14)
    "council-minus-dashes-web.txt": [
        ("事務局", "", "事務局", "secretariat", "家庭ごみの量は、前年度より３％減った。", 8, 8),
        ("事務局", "", "事務局", "secretariat", "資源物の回収量は横ばいである。", 9, 9),
        ("北村会長", "北村", "会長", "chair", "説明について、ご意見をお願いします。", 12, 12),
        ("中西委員", "中西", "委員", "member", "集団回収の報償金を上げて、", 14, 14),
        ("安田委員", "安田", "委員", "member", "食品ロスの啓発は、", 16, 16),
        ("事務局", "", "事務局", "secretariat", "いずれも来年度の予算の中で検討したい。", 20, 20),
        ("北村会長", "北村", "会長", "chair", "本日の議事は以上です。", 22, 22),
    ],
}

LINE_FATES = {
    # the legend is front matter; （１）（２） agenda; the page numbers furniture
    "council-kanji-legend-pdftotext.txt": "fbffffbfappbppbppbFpppapbFb",
    # the label's line is the turn's (p), the stage direction s, the page numbers F
    "board-quoted-labels-pdftotext.txt": "fbffffbpppppbppppbFppsppbFb",
    # the heading agenda, the closing clock narrative, 以上 and the footer furniture
    "townmeeting-unclosed-quote-pdftotext.txt": "fbfffbppppppbFpapnFFbFb",
    # the note narrative, its bullets the secretariat's points, the framed labels the turns' (p)
    "council-minus-dashes-web.txt": "fbfffbnppbppppppbFpppp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _points(text: str) -> list[tuple[str, str, str]]:
    got = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.speaker.role, p.text) for p in got.points]


_FRONT = "第３回　あおば区まちづくり協議会　記録\n日時　令和７年１１月４日（火）１８時３０分から\n場所　あおば区役所　会議室Ａ\n"


@pytest.mark.parametrize("legend, turns, speakers", [
    # written apart from the fixture: other brackets, nouns of speech, a group with its unit
    ("※発言者の表記　〔部〕部会長の発言、〔委〕委員の発言、〔市〕市（福祉課）の説明",
     ("〔部〕　開会します。", "〔市〕資料２を説明します。", "〔委〕見守りの担い手が足りない。"),
     (("部会長", "chair"), ("市（福祉課）", "government"), ("委員", "member"))),
    # colons between mark and group, the turns led by the mark and a colon
    ("凡例　議：議長　委：委員　事：事務局",
     ("議：ただいまから始めます。", "事：資料により説明します。", "委：公園の清掃を増やしてほしい。"),
     (("議長", "chair"), ("事務局", "secretariat"), ("委員", "member"))),
    # the whole legend in brackets, a group the role table reads (構成員)
    ("（発言者　座＝座長、構＝構成員、事＝事務局）",
     ("座　それでは始めます。", "構　通学路の点検を進めてほしい。", "事　関係課と調整します。"),
     (("座長", "chair"), ("構成員", "member"), ("事務局", "secretariat"))),
])
def test_a_legend_of_abbreviations_written_otherwise(legend: str, turns: tuple[str, ...],
                                                     speakers: tuple[tuple[str, str], ...]) -> None:
    got = _points(_FRONT + legend + "\n\n" + "\n".join(turns) + "\n")
    assert [(label, role) for label, role, _ in got] == list(speakers)
    assert all(not text.startswith(("：", "〕")) for _, _, text in got)


def test_only_what_the_legend_defines_marks_a_turn() -> None:
    """Under 「委＝委員、事＝事務局」 a line opening with 委 and more words (委員会の…), with a mark
    the legend does not define (会　…), or with a spaced front label (会　場：) opens no turn."""
    got = _points(_FRONT + "（凡例）委＝委員、事＝事務局\n\n事　資料により説明します。\n委員会の日程は追って連絡します。\n"
                  "会　閉会します。\n委　意見です。\n")
    assert [label for label, _, _ in got] == ["事務局", "委員"]
    assert got[0][2].startswith("資料により説明します。委員会の日程は追って連絡します。")


@pytest.mark.parametrize("line", [
    "市＝北川委員、県＝南委員",   # persons, no groups
    "会＝会長、委＝議長",         # 委 is no abbreviation of 議長
    "日時：令和７年、場所：市役所",  # front matter
])
def test_no_legend_of_abbreviations(line: str) -> None:
    from assembler.minutes.legend import parse_legend
    from assembler.minutes.roles import load_roles

    assert parse_legend(line, load_roles()) == {}


@pytest.mark.parametrize("record, texts", [
    # written apart from the fixture: a bracketed label alone above the speech, the speech over
    # two paragraphs, a 。 after the closing 」
    ("（事務局）\n「資料２を御覧ください。\n\n　来年度の予算案でございます。」\n○委員長「承知しました」。\n",
     ["資料２を御覧ください。", "来年度の予算案でございます。", "承知しました。"]),
    # a label and a space, 「」 that do not wrap the whole speech stay
    ("○南委員　「Ａ案」と「Ｂ案」を比べてほしい。\n○委員長　「検討します」と事務局は言っている。\n",
     ["「Ａ案」と「Ｂ案」を比べてほしい。", "「検討します」と事務局は言っている。"]),
    # a quote inside a wrapped speech stays, the outer pair goes
    ("○南委員\n「地域の「見守り隊」に協力をお願いしたい。」\n○委員長　了解です。\n",
     ["地域の「見守り隊」に協力をお願いしたい。", "了解です。"]),
])
def test_the_pair_that_wraps_a_turns_whole_speech_goes(record: str, texts: list[str]) -> None:
    got = _points("第２回　ひばり市地域協議会　会議録\n\n" + record)
    assert [text for _, _, text in got] == texts


_QUOTED = ("北浜地区　説明会　記録\n日時：令和７年１０月３日\n\n司会「始めます。」\n参加者Ａ「交差点が混雑しています。」\n"
           "道路課長「来年度に調査を行います。\n結果は回覧でお知らせします。\n")


@pytest.mark.parametrize("after, fates", [
    # written apart from the fixture: what ends the speech whose 」 is missing
    ("○司会　本日はありがとうございました。\n", "p"),   # the next label, led by a mark
    ("参加者Ｂ：バスを増やしてほしい。\n", "p"),            # the next label, before a colon
    ("（閉会）\n", "s"),                                    # the closing
    ("午後８時閉会\n", "n"),
    ("以上\n", "f"),                                         # (the last line: front, as after any turn)
    ("【質疑応答】\n", "f"),                                # a heading
    ("\n参加者からは、ほかに意見はなかった。\n", "bn"),     # a blank line after a finished sentence
])
def test_a_speech_whose_closing_bracket_is_missing_ends_where_a_turn_ends(after: str, fates: str) -> None:
    got = minutes.parse_source(split_lines(_QUOTED + after, "x.txt", encoding="utf-8"))
    assert got.points[2].text == "来年度に調査を行います。結果は回覧でお知らせします。"
    assert (got.points[2].source.line_start, got.points[2].source.line_end) == (6, 7)
    assert "".join(d[0] for d in got.lines)[7:] == fates
    assert [(r.first, r.last) for r in got.readings] == [(6, 7)]  # reported: no closing 」


def _rows_of(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    got = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.text, (p.source.line_start, p.source.line_end)) for p in got.points]


def test_the_minus_sign_reads_as_the_full_width_hyphen_minus() -> None:
    """The fixture with its minus signs written －, the dash a list's bullet is too, parses the
    same; and so does a record written apart: ○ turns with − bullets, −２− between pages, a
    time range 14時−15時."""
    fixture = (MINUTES / "council-minus-dashes-web.txt").read_text(encoding="utf-8")
    assert _rows_of(fixture) == _rows_of(fixture.replace("−", "－"))
    record = ("第４回　ひだまり町　子育て会議　会議録\n日時：令和７年９月２日　１４時−１５時\n\n"
              "○事務局\n−　保育所の待機児童はいない。\n−　一時預かりの利用が増えた。\n\n"
              "−２−\n\x0c○大野委員\n病児保育の枠を広げてほしい。\n")
    got = minutes.parse_source(split_lines(record, "x.txt", encoding="utf-8"))
    assert [(label, text) for label, text, _ in _rows_of(record)] == [
        ("事務局", "保育所の待機児童はいない。"), ("事務局", "一時預かりの利用が増えた。"),
        ("大野委員", "病児保育の枠を広げてほしい。")]
    assert _rows_of(record) == _rows_of(record.replace("−", "－"))
    assert got.meeting.time == "14:00–15:00"


@pytest.mark.parametrize("dash", ["－", "―", "‐"])
def test_labels_framed_by_the_minus_sign_read_as_by_every_dash(dash: str) -> None:
    """Labels framed by dashes (alone, with spaces, the speech after), a page number between
    dashes: the same with − as with －, ― or ‐."""
    record = ("第３回　ひだまり町　交通会議　記録\n\n−北村会長−\n始めます。\n−　中西委員　−\nバスを増やしてほしい。\n"
              "\n− 3 −\n\x0c−交通課長− 検討します。\n")
    assert [label for label, _, _ in _rows_of(record)] == ["北村会長", "中西委員", "交通課長"]
    assert _rows_of(record) == _rows_of(record.replace("−", dash))


#: a 住民説明会's 記録 as pdftotext gives it: labels before a colon, sentences broken across
#: lines, a page number and a form feed between turns
_CHAIRED = """ひばり台地区　住民説明会　記録
日時：令和７年１１月１３日（木）午後７時から
場所：ひばり台コミュニティセンター

司会：それでは次の議題に移ります。
参加者Ａ：バスの本数を増やしてほしい。
事務局：ご質問があればお願いします。
参加者Ｂ：それでは困ります。歩道の整備を、通学路から先に
進めてほしい。
司会：質問のある方はいらっしゃいますか。

                                   - 1 -
\x0c参加者Ｃ：それでは、地域の声が届かないのではないか。
議長：以上で本日の説明会を
終了します。
"""


def test_the_chairs_procedural_sentences_and_the_members_opinions() -> None:
    got = minutes.parse_source(split_lines(_CHAIRED, "x.txt", encoding="utf-8"))
    assert [(p.speaker.label, p.kind) for p in got.points] == [
        ("司会", "procedural"), ("参加者Ａ", "opinion"), ("事務局", "procedural"), ("参加者Ｂ", "opinion"),
        ("司会", "procedural"), ("参加者Ｃ", "opinion"), ("議長", "procedural")]


@pytest.mark.parametrize("text, kind", [
    # written apart: other wordings of the chair's, and members' sentences that start so
    ("それでは時間になりましたので、次の議題に移らせていただきます。", "procedural"),
    ("ご質問、ご意見があれば挙手をお願いします。", "procedural"),
    ("以上をもちまして、本日の意見交換会を終了いたします。", "procedural"),
    ("御意見のおありの方はおられませんか。", "procedural"),
    ("ほかに質問のある方はいらっしゃいませんか。", "procedural"),
    ("それでは次の議題に移る前に一言申し上げたい。公園の整備を急ぐべきだ。", "opinion"),
    ("以上で終わりにするのではなく、継続して議論すべきだ。", "opinion"),
    ("質問のある方が多いので、説明会の回数を増やすべきだ。", "opinion"),
])
def test_the_kind_of_a_chairs_or_a_members_sentence(text: str, kind: str) -> None:
    from assembler.minutes.kind import decide

    assert decide(text)[0] == kind

