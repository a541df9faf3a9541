"""Front-matter lists in the shapes Word files give them (fronts19): a list's head and its first entry on
one line, the rest one a paragraph under it (``構成員: 北川　健（みなと大学大学院教授）【座長】`` /
``　　　　南　千尋（…）``), a Word list's items under a head (``事務局：`` / ``・都市交通課長　村田　一郎``; the
PDF's ``\\uf0b7`` glyph, alone on its line in pdftotext's text), members named with their title one a cell
or a line under a head (``出席委員：`` | ``北川座長`` / ``南委員``; ``（会場出席）`` / ``井上会長`` / ``岡田副会長``;
``欠席`` / ``高野委員``). Before, the seat in brackets after the first entry (【座長】) was read as the label
after a point — the record read as one whose speakers are named after their points, every list head
below a speaker of the words before it (``【会議室】``, ``オブザーバー``) and, in pdftotext's text, every turn
unread; a Word list's item was a turn of the title it starts with (``・都市交通課長`` saying ``村田　一郎``) or
of the head above it (``事務局``), or an item of the agenda; a member named alone a label.

The concept's home is fates17/fates18's (``front.listing``, ``front.headed_listing``: an entry of the front
matter, its head before it on the line or not; ``front_steps.front_entry_step`` and ``entry_below``,
``listed_below_head``, ``last_entry``; ``trailing._point_end``).

One fixture per shape (``tests/tools/make_fronts19.py``; fictional bodies, names and sentences) with its
expected parse — rows: (speaker label, name, title, role, start of the text, first line, last line) — and
the fate of every line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.front import headed_listing
from conftest import FIXTURES
from test_forms8 import check_fixture
from test_forms_fates15 import _fates, _parse

MINUTES = FIXTURES / "minutes"

_HEADS = [
    ("座長", "", "座長", "chair", "ただいまから第３回検討会を開会し"),
    ("事務局", "", "事務局", "secretariat", "資料１により再編案を御説明します"),
    ("南委員", "南", "委員", "member", "予約の方法が電話だけでは、若い世"),
    ("事務局", "", "事務局", "secretariat", "スマートフォンからの予約も受け付"),
    ("東山委員", "東山", "委員", "member", "運行の事業者を選ぶ手続を、早めに"),
    ("座長", "", "座長", "chair", "本日の御意見を踏まえて、再編案を"),
]


def _rows(rows: list[tuple], spans: list[tuple[int, int]], name: str = "北川") -> list[tuple]:
    return [(row[0], name if row[0] == "座長" else row[1]) + row[2:] + span
            for row, span in zip(rows, spans, strict=True)]


_SEATS = [
    ("会長", "井上", "会長", "chair", "ただいまから審議会を開会します。"),
    ("環境政策課長", "島田浩", "環境政策課長", "secretariat", "資料２により、計画の素案を御説明"),
    ("片山委員", "片山", "委員", "member", "事業所のごみの目標も、あわせて示"),
    ("環境政策課長", "島田浩", "環境政策課長", "secretariat", "事業所分は、次回の審議会でお示し"),
    ("会長", "井上", "会長", "chair", "以上で本日の審議会を終了します。"),
]

EXPECTED = {
    # a 検討会's 議事録 typed in Word. Before: 14 points, 8 no one said (座長 saying 「構成員: 北川　健（…）」,
    # オブザーバー, 会議室, ・都市交通課長 saying 村田　一郎 …), lines 5-7 unread
    "fronts19-heads.docx": _rows(_HEADS, [(24, 24), (25, 25), (26, 26), (27, 27), (28, 28), (29, 29)]),
    # the same made into a PDF by LibreOffice, read from the .pdf. Before: 11 points, 5 no one said
    "fronts19-heads.pdf": _rows(_HEADS, [(21, 22), (23, 24), (25, 25), (26, 26), (27, 27), (28, 28)]),
    # that PDF by plain pdftotext (the list's glyphs alone, the table's cells one a line). Before: 5 points,
    # none said, and all 6 turns unread (16 lines)
    "fronts19-heads-pdftotext.txt": _rows(_HEADS, [(28, 29), (30, 31), (32, 32), (33, 33), (34, 34), (35, 35)]),
    # that PDF by pdftotext -layout. Before: 11 points, 5 no one said, lines unread
    "fronts19-heads-layout.txt": _rows(_HEADS, [(39, 40), (42, 43), (45, 45), (47, 47), (49, 49), (51, 51)]),
    # a 審議会's 会議録 in CP932 with CRLF, members named alone a line under （会場出席） / （Web出席）, 事務局 and
    # 欠席 alone over their entries. Before: 高野委員 (line 20, under 欠席) a label
    "fronts19-seats-cp932.txt": [row + span for row, span in zip(
        _SEATS, [(23, 23), (25, 25), (27, 27), (29, 29), (31, 31)], strict=True)],
    # a 公共交通会議's 議事要旨 in pypdf's shape (UTF-8 with BOM, CRLF): 委員：name and post（会長） then the rest
    # one a line, 【会議室】 / 【オンライン】 over members named alone, 欠席 over one (held before too)
    "fronts19-seats-pypdf-bom.txt": [
        ("会長", "中村", "会長", "chair", "ただいまから会議を開会します。", 17, 17),
        ("まちづくり課長", "藤本誠", "まちづくり課長", "secretariat", "資料１により、町営バスの運行計画", 18, 18),
        ("浜田委員", "浜田", "委員", "member", "増やす便の時刻は、高校の始業に合", 19, 19),
        ("まちづくり課長", "藤本誠", "まちづくり課長", "secretariat", "高校と相談して決めます。", 22, 22),
        ("会長", "中村", "会長", "chair", "以上で本日の会議を終了します。", 23, 23),
    ],
}

_CULTURE = [
    ("会長", "", "会長", "chair", "おはようございます。ただいまから"),
    ("文化振興課長", "", "文化振興課長", "secretariat", "資料１に沿って、文化振興計画の中"),
    ("石田委員", "石田", "委員", "member", "若い世代の参加を数字で示してほし"),
    ("文化振興課長", "", "文化振興課長", "secretariat", "次回、年代別の参加者数をお示しし"),
    ("上野委員", "上野", "委員", "member", "市民会館の予約をインターネットで"),
    ("会長", "", "会長", "chair", "それでは、本日の審議を終わります"),
]
# written apart after the first rules (other heads: 出席者（五十音順）：, 委員：, 【会場】/【Web】 in a table, 事務局 and
# 欠席委員 alone; other names and words). Before any rule (main 71fbee6): 13, 13, 10 and 12 points, 7, 7, 4 and 6 no one
# said; at first sight after the seat, glyph and member-alone rules: 9, 9, 8 and 9 points (3, 3, 2, 3 no one said:
# 石田委員 saying 【Web】　上野委員 — a member alone of four kanji was no entry for ``listing``, nor the next list's head
# alone below the last member — and ・文化スポーツ部長 saying 川村　亜紀); all 6 turns right in every shape throughout
EXPECTED.update({
    "fronts19-apart-culture.docx": [r + s for r, s in zip(_CULTURE, [(k, k) for k in range(21, 27)], strict=True)],
    "fronts19-apart-culture.pdf": [r + s for r, s in zip(_CULTURE, [(k, k) for k in range(18, 24)], strict=True)],
    "fronts19-apart-culture-pdftotext.txt": [r + s for r, s in zip(_CULTURE, [(k, k) for k in range(32, 38)],
                                                                     strict=True)],
    "fronts19-apart-culture-layout.txt": [r + s for r, s in zip(_CULTURE, [(k, k) for k in range(33, 44, 2)],
                                                                  strict=True)],
    # a 防災会議's 会議要旨 in UTF-8 with a BOM and CRLF: 委員：name post（会長） then the rest, （会場出席者） /
    # （オンライン出席者） over lists, 事務局：posts and names over lines (right before the rules too)
    "fronts19-apart-disaster-bom.txt": [
        ("会長", "", "会長", "chair", "ただいまから防災会議を開会いたし", 17, 17),
        ("総務課防災係長", "渡部みのり", "総務課防災係長", "secretariat", "資料１により、地域防災計画の修正", 19, 19),
        ("安藤委員", "安藤", "委員", "member", "新しい避難所までの道に、夜間の照", 21, 21),
        ("総務課長", "吉岡隆", "総務課長", "secretariat", "照明の設置は、来年度の予算で対応", 23, 23),
        ("会長", "", "会長", "chair", "以上で会議を終わります。", 25, 25),
    ],
})

LINE_FATES = {
    "fronts19-apart-culture.docx": "fffffffffffffffffpppppp",
    "fronts19-apart-culture.pdf": "fffffffffffffffffpppppp",
    "fronts19-apart-culture-pdftotext.txt": "fffffffffbffbfbffbfbfbfffbffbffppppppbb",
    "fronts19-apart-culture-layout.txt": "fbfbfbfbfbfbfbffbfbfbfbfbffbfbfbpbpbpbpbpbpb",
    "fronts19-apart-disaster-bom.txt": "fbffbffffffffffbpbpbpbpbp",
    "fronts19-heads.docx": "ffffffffffffffffffaapppppp",
    "fronts19-heads.pdf": "ffffffffffffffffffaapppppppp",
    "fronts19-heads-pdftotext.txt": "ffffffffffffffbffbffbfffbaappppppppbb",
    "fronts19-heads-layout.txt": "fbfbfbfbfbfbfbfbfbfbfbfbffbfbfbfbfbaabppbppbpbpbpbpb",
    "fronts19-seats-cp932.txt": "fbfbfbffffffffbfffbffbpbpbpbpbp",
    "fronts19-seats-pypdf-bom.txt": "ffffffffffffffffpppFFppF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


_TURNS = ("座長：ただいまから第２回部会を開会します。\n"
          "事務局：資料１により計画の案を御説明します。\n"
          "南委員：計画の期間は五年でよいのではないか。\n")


def _speakers(text: str) -> list[tuple[str, int]]:
    return [(p.speaker.label, p.source.line_start) for p in _parse(text).points]


def test_a_seat_after_the_first_entry_on_the_heads_line_names_no_speaker() -> None:
    # written apart: the seat in round brackets after a post with no bracket of its own, and in 【】 after
    # a bracketed affiliation, the list's head with a half-width colon or a full-width one
    for first in ("構成員：北川　健　みなと大学大学院教授（座長）", "委員: 北川 健（みなと大学 教授）【部会長】"):
        text = f"第２回　交通部会　議事録\n{first}\n　　　　南　千尋（さくら総研）\n　　　　東山　亮（弁護士）\n" + _TURNS
        assert _speakers(text) == [("座長", 5), ("事務局", 6), ("南委員", 7)]
        assert _fates(_parse(text)) == "ffffppp"


def test_members_named_alone_under_heads_are_entries_and_the_turn_below_stays_a_turn() -> None:
    text = ("第２回　交通部会　議事録\n日時：令和７年５月１日\n出席者：\n\n北川座長\n\n南委員\n\n東山委員\n\n" + _TURNS)
    assert _speakers(text) == [("座長", 11), ("事務局", 12), ("南委員", 13)]
    assert _fates(_parse(text)) == "fffbfbfbfbppp"


def test_a_word_lists_items_under_a_head_are_entries_not_turns_nor_agenda() -> None:
    # the PDF's glyph before each item (\uf0b7), and the glyphs alone above the entries (pdftotext)
    glyphs = "第２回　交通部会　議事録\n構成員:\n\uf0b7 北川　健（みなと大学）\n事務局:\n\uf0b7 交通課長　村田　一郎\n" + _TURNS
    assert _speakers(glyphs) == [("座長", 6), ("事務局", 7), ("南委員", 8)]
    assert _fates(_parse(glyphs)) == "fffffppp"
    alone = "第２回　交通部会　議事録\n事務局:\n\uf0b7\n\n交通課長 村田 一郎\n\n" + _TURNS
    assert _speakers(alone) == [("座長", 7), ("事務局", 8), ("南委員", 9)]
    assert _fates(_parse(alone)) == "fffbfbppp"


def test_an_agenda_of_bullets_before_the_first_turn_stays_the_agenda() -> None:
    # no head of a list above the items: the agenda's, as before
    text = "第２回　交通部会　議事録\n議題\n\uf0b7 地域公共交通計画\n\uf0b7 報告事項\n" + _TURNS
    assert _fates(_parse(text))[:4] == "ffaa"


def test_headed_listing() -> None:
    assert headed_listing("出席者（五十音順）：北川座長、南委員")  # a note in the head's brackets
    assert headed_listing("（会場出席）井上会長、岡田副会長")
    assert not headed_listing("座長：ただいまから開会します。")


def test_written_apart_after_the_rules_a_head_with_a_note_and_rooms_in_tortoise_brackets() -> None:
    # written apart after every rule above (other heads, names, words): 委員（敬称略）： with the first member and
    # the seat, 〔会場〕 / 〔リモート〕 over members named alone, 欠席者 alone over one. Before: 5 points, one of
    # 部会長 whose words were the list's head and first member, lines 4-5 unread
    text = ("令和８年度第１回ひまわり区地域協議会　議事録\n日時：令和８年４月２２日\n"
            "委員（敬称略）：谷口　誠（ひまわり区町内会連合会）（部会長）\n　　　　　　　　　　浜辺　由紀（ひまわり区社会福祉協議会）\n"
            "〔会場〕\n谷口部会長\n浜辺委員\n〔リモート〕\n宮下委員\n欠席者\n野村委員\n"
            "部会長：それでは、協議会を始めます。\n地域振興課長：資料２を御覧ください。補助金の案を御説明します。\n"
            "谷口委員：申請の締切を延ばしてほしい。\n部会長：本日は以上です。\n")
    assert _speakers(text) == [("部会長", 12), ("地域振興課長", 13), ("谷口委員", 14), ("部会長", 15)]
    assert _fates(_parse(text)) == "fffffffffffpppp"


def test_a_list_after_its_head_broken_inside_a_bracket_is_front_matter() -> None:
    # pdftotext broke the list at the page's width inside a body's kana (まちづくりネットワ / ークみなと 代表）) and
    # inside a post (（民 / 生委員）). Before: 8 points, 3 no one said (民生委員 saying the list, オブザーバー, 事務局)
    parsed = minutes.parse_file(MINUTES / "fronts19-broken-pdftotext.txt")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("座長", 11), ("事務局", 12), ("南構成員", 13), ("事務局", 17), ("座長", 18)]
    assert (_fates(parsed), parsed.unread) == ("fbfffffffbpppbFFppbF", ())


def test_written_apart_a_list_broken_inside_a_bracket() -> None:
    # written apart (other heads, names and bodies): 委員： broken in a body's kana, then the line that goes on it
    # ending in a member's post in brackets (（公募委員）). Before: a turn of 委員 whose words were the list (lines 3-4)
    text = ("第１回　ひまわり町観光振興懇話会　会議録\n日時：令和８年２月３日\n"
            "委員：谷口 誠（ひまわり観光協会 会長）、浜辺 由紀（ひまわりツーリズムネ\n"
            "ットワーク 理事）、宮下 純（公募委員）\n"
            "会長：それでは、懇話会を始めます。\n商工観光課長：資料１により、観光客数の推移を御説明します。\n"
            "宮下委員：駅前の案内板を増やしてほしい。\n")
    assert _speakers(text) == [("会長", 5), ("商工観光課長", 6), ("宮下委員", 7)]
    assert _fates(_parse(text)) == "ffffppp"
