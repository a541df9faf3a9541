"""Front matter read as speech in the shapes Word and PDF give it (fates18): an attendee list one member
a paragraph (a .docx's paragraphs, a PDF's lines) under list heads with a colon (``構成員:`` /
``宮坂 昇（みなと情報大学 教授）【座長】`` / ``オブザーバー：`` / ``内閣府：`` / ``副大臣、…参事官ほか``), the
attendance by place in brackets run together on one line (``【本会議室】相馬委員長、…【ウェブ会議】…``),
（説明者） rows two to a line, and after the last turn the record's own closing block
(``会長が閉会を宣し、午後３時に散会した。``, ``出席：委員６名…``) — the parse made points of 座長 whose words
were a member's name and affiliation, of 説明者, オブザーバー, 事務局 whose words were bodies and posts,
left the lists under them unread, and gave the narrated close and the closing count to the last
speaker.

The concept's home is fates17's (``front.listing``: an entry of the front matter, no sentence;
``front_steps.front_entry_step``): an entry's kana may be a body's own (株式会社まちづくりラボ,
一般社団法人…協会, ひかり大学, こども未来部), a list may end ほか, a name
of four kanji or fewer with its affiliation in brackets is a person (PDF's text drops the space); the
next list's head (``オブザーバー：``, ``内閣府：``, ``（説明者）``) under an entry keeps the entry one
(``entry_below``); the words before a bracket that are such an entry are no point the bracket names
the speaker of (``trailing._point_end``); after the last turn under a label, a field listed again or
a sentence narrating the sitting's end in the plain past is the closing block's
(``front_steps.closing_block_step``).

One fixture per shape real files arrive in, written here (``tests/tools/make_fates18.py``; fictional
bodies, names and sentences), with its expected parse — rows: (speaker label, name, title, role,
start of the text, first line, last line) — and the fate of every line (f front, a agenda,
n narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler.minutes.front import listing
from conftest import FIXTURES
from test_forms8 import check_fixture
from test_forms_fates15 import _fates, _parse

MINUTES = FIXTURES / "minutes"

_MEMBERS = [
    ("座長", "", "座長", "chair", "ただいまから第４回検討会を開会し"),
    ("事務局", "", "事務局", "secretariat", "資料１により骨子案を御説明します"),
    ("有村構成員", "有村", "構成員", "member", "個人が特定されない加工の基準を、"),
    ("事務局", "", "事務局", "secretariat", "加工の基準は、次回までに案をお示"),
    ("桑原構成員", "桑原", "構成員", "member", "小さな自治体には人手がないので、"),
    ("座長", "", "座長", "chair", "本日の御意見を踏まえて、骨子案を"),
]
_CHILDREN = [
    ("会長", "", "会長", "chair", "ただいまから第３回会議を開会しま"),
    ("子育て支援課長", "", "子育て支援課長", "secretariat", "資料１により、放課後児童クラブの"),
    ("三宅委員", "三宅", "委員", "member", "夏休みだけの利用を受け入れる仕組"),
    ("子育て支援課長", "", "子育て支援課長", "secretariat", "来年度に試行する方向で調整してお"),
    ("会長", "", "会長", "chair", "以上で本日の会議を終わります。"),
]


def _rows(rows: list[tuple[str, str, str, str, str]], spans: list[tuple[int, int]]) -> list[tuple]:
    return [row + span for row, span in zip(rows, spans, strict=True)]


EXPECTED = {
    # a 検討会's 議事録 typed in Word, one member a paragraph under 構成員: / オブザーバー： / 内閣府：, 議事録
    # below the list, the narrated close after the last turn. Before: line 5 a point of 座長 (its 【座長】
    # read as the label after a point), lines 6-14 unread, line 22 a turn of 座長
    "fates18-members.docx": _rows(_MEMBERS, [(16, 16), (17, 17), (18, 18), (19, 19), (20, 20), (21, 21)]),
    # the same .docx made into a PDF by LibreOffice, read from the .pdf (no spaces inside the names).
    # Before: points of 座長 (line 5), of 「桑原徹（みなと市デジタル推進課長）」 (lines 8-9) and of
    # 「総務省情報流通行政局西田康介課長」 (lines 11-14); the close glued to the chair's last point
    "fates18-members.pdf": _rows(_MEMBERS, [(16, 17), (18, 19), (20, 20), (21, 21), (22, 22), (23, 23)]),
    # that PDF read by plain pdftotext. Before: line 5 a point of 座長, lines 6-14 unread, the close
    # glued to the chair's last point
    "fates18-members-pdftotext.txt": _rows(_MEMBERS, [(16, 17), (18, 19), (20, 20), (21, 21), (22, 22), (23, 23)]),
    # a 委員会's 議事要旨 in pypdf's shape: the attendance by place run together, （説明者） rows two to a
    # line, 事務局：…ほか, 出席：… after the last turn. Before: points of 説明者 and 事務局, the count
    # glued to the chair's last point
    "fates18-rooms-pypdf.txt": [
        ("相馬委員長", "相馬", "委員長", "chair", "それでは、本日の議事に入ります。", 9, 9),
        ("真田研究員", "真田", "研究員", "other", "資料１により、データ取引市場の現", 10, 10),
        ("大西専務理事", "大西", "専務理事", "member", "協会では、取引の契約のひな形を公", 11, 11),
        ("天野委員", "天野", "委員", "member", "中小企業が参加しやすい仕組みが必", 12, 12),
        ("真田研究員", "真田", "研究員", "other", "来年度に、中小企業向けの相談窓口", 15, 15),
        ("相馬委員長", "相馬", "委員長", "chair", "以上で本日の委員会を終了します。", 16, 16),
    ],
    # a 協議会's 会議録 in CP932 with CRLF: 概　要：…, ヒアリング対象者：丸山氏, （事務局） over posts going
    # on over lines (read right before: guards), the narrated close. Before: the close glued to the
    # chair's last point
    "fates18-posts-cp932.txt": [
        ("会長", "", "会長", "chair", "ただいまから協議会を開会します。", 15, 15),
        ("事務局", "", "事務局", "secretariat", "資料１により、バス路線の利用状況", 17, 17),
        ("吉川委員", "吉川", "委員", "member", "高齢者の利用が増えているのではな", 19, 19),
        ("事務局", "", "事務局", "secretariat", "七十歳以上の利用が特に増えており", 21, 21),
        ("会長", "", "会長", "chair", "それでは、以上で本日の議事を終了", 23, 23),
    ],
    # written apart after the rules, no change to them: a 子ども・子育て会議 typed in Word (委員：/ 説明者：/
    # 事務局：, bodies in kana, 【会長】, ほか２名, 会長が閉会を宣言し、…散会した。). Before: points of 会長
    # (line 5), 事務局 (lines 12, 13: the list's ほか２名 and the title 会議録), lines 6-10 unread, the
    # close a turn of 会長
    "fates18-apart-children.docx": _rows(_CHILDREN, [(14, 14), (15, 15), (16, 16), (17, 17), (18, 18)]),
    # the same made into a PDF and read from the .pdf. Before: points of 会長 (line 5) and of
    # 「三宅健吾（社会福祉法人ひばり福祉会理事長）」 (lines 7-13), the close glued to the chair's point
    "fates18-apart-children.pdf": _rows(_CHILDREN, [(14, 14), (15, 16), (17, 17), (18, 18), (19, 19)]),
    # written apart after the rules, no change to them: a 景観審議会's 議事概要 in pypdf's shape, places in
    # 〔〕, （オブザーバー） rows run together, （事務局）…ほか, 欠席：委員２名 after the last turn. Before:
    # points of オブザーバー and 事務局 (with 議事 glued), the count glued to the chair's point
    "fates18-apart-council-pypdf.txt": [
        ("今井会長", "今井", "会長", "chair", "それでは、第５回の審議会を始めま", 8, 8),
        ("景観まちづくり課長", "", "景観まちづくり課長", "secretariat", "資料１により、駅前通りの景観計画", 9, 9),
        ("千田委員", "千田", "委員", "member", "既存の看板はいつまでに直す必要が", 10, 10),
        ("景観まちづくり課長", "", "景観まちづくり課長", "secretariat", "五年の猶予期間を設ける予定です。", 13, 13),
        ("今井会長", "今井", "会長", "chair", "本日の審議はここまでとします。", 14, 14),
    ],
}

LINE_FATES = {
    "fates18-members.docx": "ffffffffffffffappppppn",
    "fates18-members.pdf": "ffffffffffffffappppppppn",
    "fates18-members-pdftotext.txt": "ffffffffffffffappppppppnbb",
    "fates18-rooms-pypdf.txt": "fffffffappppFFppfF",
    "fates18-posts-cp932.txt": "fbfbfbfbfbfffbpbpbpbpbpbn",
    "fates18-apart-children.docx": "fffffffffffffpppppn",
    "fates18-apart-children.pdf": "fffffffffffffppppppn",
    "fates18-apart-council-pypdf.txt": "fffffffpppFFppfF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


@pytest.mark.parametrize("text", [
    "宮坂 昇（みなと情報大学 教授）【座長】", "宮坂昇（みなと情報大学教授）", "株式会社ひまわり総研　岸 早苗 主任研究員",
    "日比野 彩（一般社団法人まちづくりデータ協会 理事）", "副大臣、沢村審議官、小野寺参事官ほか", "丸山氏",
    "【本会議室】相馬委員長、上条委員長代理、穂積委員【ウェブ会議】天野委員、北条委員",
    "ＮＰＯ法人こどもの森　代表理事　須藤 ゆかり", "こども未来部長、子育て支援課長ほか２名",
])
def test_entries_with_a_body_in_kana_a_seat_or_others_are_entries(text: str) -> None:
    assert listing(text)


@pytest.mark.parametrize("text", [
    # speech stays speech: the kana of a sentence, a body's name inside one, an act, ほか alone
    "まちづくりセンターの件について", "ひかり大学に行きます", "大学について", "開会", "賛成多数", "ほか",
    "それでは始めます", "事務局から説明をお願いします",
])
def test_speech_with_a_body_in_it_is_no_entry(text: str) -> None:
    assert not listing(text)


def test_a_point_in_brackets_names_its_speaker_still() -> None:
    # a bracket after a point whose words have kana (no entry) still names who said it
    parsed = _parse("議事要旨\n地域のデータを共通の形式で公開すべき（宮坂座長）\n小さな自治体には人手が足りない（有村構成員）\n")
    assert [(p.speaker.label, p.text.endswith(end)) for p, end in zip(parsed.points, ("公開すべき", "人手が足りない"))] == [
        ("宮坂座長", True), ("有村構成員", True)]


@pytest.mark.parametrize("text, fates", [
    # the chair narrated in a record that narrates each act: the act is the chair's (summary-prose-*)
    ("議事要旨\n　事務局から、資料の説明があった。\n　会長が閉会を宣言した。\n", None),
    # a turn below the narrated close: the close is no end of the turns
    ("議事録\n会長：開会します。\n会長が閉会を宣し、散会した。\n委員：異議なし。\n", "fppp"),
    # a sentence the chair left unfinished goes on
    ("議事録\n会長：以上をもって本日の会議を\n閉会した。\n", "fpp"),
])
def test_the_closing_block_leaves_speech_alone(text: str, fates: str | None) -> None:
    parsed = _parse(text)
    if fates is None:
        assert parsed.points[-1].text == "会長が閉会を宣言した。"
    else:
        assert _fates(parsed) == fates


def test_a_closing_field_and_the_narrated_close_in_a_record_of_turns() -> None:
    parsed = _parse("議事録\n会長：ただいまから開会します。\n委員：賛成します。\n会長：以上で閉会します。\n"
                    "会長が閉会を宣し、\n午後３時４０分に散会した。\n出席：委員７名（うち２名はオンライン）\n")
    assert _fates(parsed) == "fpppnnf"
    assert parsed.points[-1].text == "以上で閉会します。"


@pytest.mark.parametrize("close", [
    "会長が閉会を宣し、午後３時４０分に散会した。", "以上をもって、午後４時１０分に閉会した。", "委員長が散会を宣した。",
    "委員長が閉会を宣言し、会議を終了した。", "会長が閉会を宣言して、本日の会議を終えた。",
])
def test_the_narrated_close_after_the_last_turn_is_narrative(close: str) -> None:
    # written apart from the fixtures' sentences (step 2): the actor, the clock, the act's verb vary
    parsed = _parse(f"議事録\n会長：ただいまから開会します。\n委員：賛成します。\n会長：以上です。\n{close}\n")
    assert _fates(parsed) == "fpppn"
    assert parsed.points[-1].text == "以上です。"


@pytest.mark.parametrize("text", [
    "第３回審議会　議事要旨\n概　要：事務局から資料に基づき説明を行った後、意見交換を行った。\n会長：ただいまから開会します。\n委員：基準を明記すべきではないか。\n",
    # written apart: another field's word, numbered, a label with ○ below
    "議事録\n２．要旨：所管課から計画の進捗について報告があり、質疑を行った。\n○会長　ただいまから開会します。\n○委員　基準を明記すべきではないか。\n",
])
def test_the_records_summary_as_a_field_before_the_turns_is_front_matter(text: str) -> None:
    # step 3: before, a point of 「概要：事務局」 (or of the title and the field glued): the report reader
    # read the summary's 事務局から…説明 as the label's report
    parsed = _parse(text)
    assert _fates(parsed)[1:] == "fpp"
    assert [p.speaker.label for p in parsed.points] == ["会長", "委員"]


@pytest.mark.parametrize("text, fates", [
    # pdftotext broke the list at the page's width inside a given name written in kana (step 4)
    ("第５回　検討会　議事録\n構成員：森下 昭（ほくりく情報大学 教授）、有田 沙織（みなと法律事務所）、上田 ま\n"
     "ゆみ（ＮＰＯ法人ひだまり）\n座長：ただいまから開会します。\n有田構成員：基準を明記すべきではないか。\n", "fffpp"),
    # written apart: another head, the break inside another name
    ("議事録\n委員：平田 ひろし（会長）、中村 さ\nくら（副会長）、小池 正\n会長：開会します。\n中村委員：賛成です。\n", "fffpp"),
])
def test_a_list_broken_inside_a_name_at_the_pages_width_is_one_entry(text: str, fates: str) -> None:
    parsed = _parse(text)
    assert _fates(parsed) == fates
    assert parsed.points[0].text.endswith("開会します。")
