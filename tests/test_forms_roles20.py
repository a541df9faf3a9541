"""Who a label names: the person's surname, the post, or the unit — told by the label's form and the record's own
lists, not by word lists (session 20, roles20).

1. A unit in a label's brackets (``事務局（企画課）``, ``説明員（土木事務所）``, ``委員（運輸支局）``: …課, …室, …部,
   …局, …係, …センター, …事務所 after two characters or more, ``roles.unit_word``) is no person: the speaker is the
   outer word's, the unit the post (title), no name — as ``事務局（保育課長）`` is read. A person in the brackets
   (``事務局（水野）``, ``事務局（企画課　水野）``, ``事務局（水野課長）``) names the person; one character before 部,
   室, 所 is a surname's (阿部, 氷室, 田所), and a post one person holds (``議長（長谷部）``) names its holder in the
   brackets. Before, the unit was the speaker's name (name 企画課). A unit glued to the person after it, as typed or
   as a label broken inside its bracket is joined (``事務局（子育て支援課水野）``, ``説明員（港湾事務所伊藤）``: …課, …室,
   …係, …局, …センター, …事務所 — not …部, a surname's ending too: 長谷部修一 — then a surname of kanji not opening with
   長), names the person (step 3; before: name 子育て支援課水野, or no label when the words ran past eight).
2. A spaced full name in brackets (``会長（乙部　和彦）``, ``委員（阿部 誠）``, half-width space too) is one person,
   the surname its first piece: before, a surname ending as a unit does (乙部, 阿部, 氷室, 磯部) was read as a body
   and the given name as the person (name 和彦). ``title_first.body_then_name``: two characters ending in 部, 室,
   所 before a given name are a surname. A surname of three (長谷部　修一) is the roll's to decide (step 2).
3. A front table's row whose first cell is a group of the attendees (事務局, 説明員) and whose second lists posts
   and names (``事務局 | 企画課長　水野、企画課主査　北村``) is front matter — the attendee group — when the
   speaker table's heading row follows it (``front_steps.entry_below``: a ``head`` cue below the entry ends the
   list); and the group's word alone on its line opens its group in the attendee list (``front._SPACED_GROUP``:
   before, 事務局 was glued to the last name above it, ``滝本委員事務局``). Before, the row was a turn of the
   first post (``企画課長``: ``水野、企画課主査　北村``).
4. A name glued to a post splits where the record's own lists split it (``posts.split_by_record``, after the parse,
   before ``name_holders``): the attendee list names the person with the post (``森　一郎（下水道課長）``, ``林政課長
   藤森　健``: 森下水道課長 is 森 | 下水道課長, 藤森林政課長 藤森 | 林政課長), or the post stands alone in the list or as
   another label (``田園整備課長``: 石田園整備課長 is 石 | 田園整備課長) and no other label's person holds it; a word in
   brackets the list names as a person (``事務局（長谷部）`` with ``長谷部　透`` listed, ``委員（長谷部　修一）`` with the
   member ``長谷部　修一``) is that person. The vocabulary of offices (roles.yaml ``offices:``) is the fallback where
   the record says nothing; the evidence is the point's ``speaker_why``.
"""
from __future__ import annotations

import pytest

from assembler.minutes import posts
from assembler.minutes.roles import load_roles, unit_word
from assembler.model import AttendeeGroup, Point, SourceSpan
from assembler.minutes.title_first import body_then_name
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"
C, M, G, S, O = "chair", "member", "government", "secretariat", "other"

EXPECTED = {
    # tests/tools/make_roles20.py: a city's 景観審議会 議事録 in pdftotext's shape, CP932 with CRLF, a page number and
    # a form feed, lines broken at the width; label：speech. Before (main e336a07): 5 of 11 turns with the right name
    # and title (会長（乙部　和彦） ×3 name 和彦, 事務局（都市計画課） name 都市計画課, 委員（長谷部　修一） name 修一,
    # 森下水道課長 森下 | 水道課長); after step 1: 9 of 11; after step 2 (the roll's 長谷部　修一 and 森　一郎（下水道課長）):
    # 11 of 11
    "roles20-labels-pdftotext-cp932.txt": [
        ("会長（乙部和彦）", "乙部和彦", "会長", C, "ただいまから令和８年度", 17, 18),
        ("事務局（都市計画課）", "", "都市計画課", S, "資料１に基づきまして", 19, 20),
        ("委員（北川恵）", "北川恵", "委員", M, "重点地区を広げると", 21, 21),
        ("事務局（水野）", "水野", "事務局", S, "届出の審査は", 22, 22),
        ("委員（長谷部修一）", "長谷部修一", "委員", M, "川沿いの地区では", 23, 23),
        ("森下水道課長", "森", "下水道課長", S, "下水道の工事の時期は", 26, 27),
        ("会長（乙部和彦）", "乙部和彦", "会長", C, "それでは、議事（２）", 28, 28),
        ("南委員", "南", "委員", M, "屋外広告物の基準", 29, 29),
        ("事務局（都市計画課北村）", "北村", "事務局", S, "色の基準は", 30, 30),
        ("事務局（水野課長）", "水野", "課長", S, "補足いたします。", 31, 31),
        ("会長（乙部和彦）", "乙部和彦", "会長", C, "以上で本日の審議会", 32, 32),
    ],
    # written apart: a town's 森林・林業審議会 林業部会 as pypdf gives it (no blank lines, the page's foot and the next
    # page's head inside the proceedings), EUC-JP, ○label　speech, half-width spaces in the names. Before: 5 of 8
    # (説明員（林業振興センター） name 林業振興センター, 藤森林政課長 藤 | 森林政課長, 石田園整備課長 石田園 | 整備課長); after
    # step 1: 5 of 8 (the unit is the post now, but 事務局（長谷部） is read as a unit by its form); after step 2: 8 of 8
    # (the roll's 林政課長　藤森　健, 田園整備課長 alone, 産業振興課長　長谷部　透)
    "roles20-labels-apart-pypdf-eucjp.txt": [
        ("部会長（氷室恵）", "氷室恵", "部会長", C, "ただいまから林業部会", 10, 10),
        ("藤森林政課長", "藤森", "林政課長", G, "資料１により", 11, 12),
        ("委員（阿部誠）", "阿部誠", "委員", M, "間伐した木の搬出は", 13, 13),
        ("説明員（林業振興センター）", "", "林業振興センター", O, "搬出には林道東線", 14, 14),
        ("委員（川口純子）", "川口純子", "委員", M, "田んぼの近くを", 15, 15),
        ("石田園整備課長", "石", "田園整備課長", G, "田んぼの脇の区間は", 18, 18),
        ("事務局（長谷部）", "長谷部", "事務局", S, "補足いたします。", 19, 19),
        ("部会長（氷室恵）", "氷室恵", "部会長", C, "ほかにございませんか", 20, 20),
    ],
    # step 3: a town's 子ども・子育て会議 in pdftotext's shape (UTF-8, a page number), ○label over its speech, the unit and
    # the person glued in the brackets — typed so, or a label broken inside its bracket (事務局（子育て支援課 / 北原）)
    # and joined. Before: 4 of 7 (name 子育て支援課水野 ×2, 子育て支援課北原); after: 7 of 7
    "roles20-glued-unit-person-pdftotext.txt": [
        ("会長（東真理子）", "東真理子", "会長", C, "ただいまから第１回", 9, 9),
        ("事務局（子育て支援課水野）", "水野", "事務局", S, "資料１により", 11, 12),
        ("西田委員", "西田", "委員", M, "定員を増やしても", 14, 14),
        ("事務局（子育て支援課北原）", "北原", "事務局", S, "指導員は、町の広報", 17, 17),
        ("北野委員", "北野", "委員", M, "病児保育の利用の", 22, 22),
        ("事務局（子育て支援課水野）", "水野", "事務局", S, "利用の手順を", 24, 24),
        ("会長（東真理子）", "東真理子", "会長", C, "以上で本日の会議", 26, 26),
    ],
    # written apart: a city's 観光振興協議会 議事要旨 as pypdf gives it, UTF-16 with CRLF, the page's foot 1/2 and head
    # inside, label：speech, a centre and an office before the person. Before: 3 of 6 (name 商工観光課田村, 港湾事務所伊藤;
    # 事務局（観光案内センター浜口） no label at all — its turn glued to 森本委員's); after: 6 of 6 at first sight
    "roles20-glued-unit-person-apart-pypdf-utf16.txt": [
        ("大谷会長", "大谷", "会長", C, "本日は観光案内の", 7, 7),
        ("事務局（商工観光課田村）", "田村", "事務局", S, "資料２のとおり", 8, 9),
        ("森本委員", "森本", "委員", M, "外国人の観光客は", 10, 11),
        ("事務局（観光案内センター浜口）", "浜口", "事務局", S, "観光案内所のウェブ", 12, 12),
        ("説明員（港湾事務所伊藤）", "伊藤", "説明員", O, "客船の寄港日には", 15, 15),
        ("大谷会長", "大谷", "会長", C, "それでは、本日の", 16, 16),
    ],
    # a town's 地域公共交通会議 in Word: the front table's last row 事務局 | 企画課長　水野、企画課主査　北村, then
    # 時刻 | 発言者 | 発言内容. Before: 6 points, 4 of 5 turns right and a point no one said (the front row a turn of
    # 企画課長; 事務局（企画課） name 企画課); after: 5 points, 5 of 5, the row the attendee group 事務局
    "roles20-front-row.docx": [
        ("会長", "", "会長", C, "ただいまから第３回", 16, 16),
        ("事務局（企画課）", "", "企画課", S, "資料１により御説明", 19, 19),
        ("委員（岡部健）", "岡部健", "委員", M, "東地区は坂が多く", 22, 22),
        ("事務局（水野課長）", "水野", "課長", S, "乗降の場所は", 25, 25),
        ("会長", "", "会長", C, "本件は事務局の案の", 28, 28),
    ],
    # written apart: a city's 公共施設評価委員会, 説明員 | 建設部長　高田　進、道路維持課長　浜口　亮, then
    # 番号 | 発言者 | 発言内容, 委員（磯部 亮子）. Before: 6 points, 3 of 5 right and a point no one said (the row a turn
    # of 建設部長; 説明員（道路維持課） name 道路維持課, 委員（磯部 亮子） name 亮子); after: 5 points, 5 of 5
    "roles20-front-row-apart.docx": [
        ("委員長", "浜田", "委員長", C, "それでは第３回", 16, 16),
        ("説明員（道路維持課）", "", "道路維持課", O, "計画の概要を", 19, 19),
        ("委員（磯部亮子）", "磯部亮子", "委員", M, "１２か所のうち", 22, 22),
        ("説明員（浜口）", "浜口", "説明員", O, "通学路にかかる橋は", 25, 25),
        ("委員長", "浜田", "委員長", C, "計画は原案のとおり", 28, 28),
    ],
}

LINE_FATES = {
    "roles20-glued-unit-person-pdftotext.txt": "fbffffbppppppppppbFbpppppp",
    "roles20-glued-unit-person-apart-pypdf-utf16.txt": "ffffffppppppFFpp",
    "roles20-labels-pdftotext-cp932.txt": "fbfbfbfffbfaabnbpppppppbFpppppppbF",
    "roles20-labels-apart-pypdf-eucjp.txt": "ffffffffappppppFFpppF",
    "roles20-front-row.docx": "fffbffbffbffbbFFFbappbappbappbappbappbF",
    "roles20-front-row-apart.docx": "fffbffbffbffbbFFFbappbappbappbappbappbn",
}

ATTENDEES = {
    "roles20-front-row.docx": (("出席委員", ("乙部会長", "北川副会長", "岡部委員", "南委員")),
                               ("事務局", ("企画課長\u3000水野", "企画課主査\u3000北村"))),
    "roles20-front-row-apart.docx": (("出席者", ("浜田委員長", "岸副委員長", "磯部委員")),
                                     ("説明員", ("建設部長\u3000高田\u3000進", "道路維持課長\u3000浜口\u3000亮"))),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


@pytest.mark.parametrize("name", sorted(ATTENDEES))
def test_the_front_tables_row_of_posts_and_names_is_an_attendee_group(name: str) -> None:
    from assembler import minutes
    parsed = minutes.parse_file(MINUTES / name)
    assert tuple((g.group, g.names) for g in parsed.meeting.attendees) == ATTENDEES[name]


@pytest.mark.parametrize("label, name, title, role", [
    # a unit in the brackets: the post, no person
    ("事務局（企画課）", "", "企画課", S), ("事務局（地域振興センター）", "", "地域振興センター", S),
    ("説明員（土木事務所）", "", "土木事務所", O), ("委員（運輸支局）", "", "運輸支局", M),
    ("事務局（情報政策室）", "", "情報政策室", S),
    # a person in the brackets
    ("事務局（水野）", "水野", "事務局", S), ("事務局（水野課長）", "水野", "課長", S), ("事務局（阿部）", "阿部", "事務局", S),
    ("事務局（氷室）", "氷室", "事務局", S), ("議長（長谷部）", "長谷部", "議長", C), ("会長（岡部）", "岡部", "会長", C),
    # the unit, then the person with no space (step 3); not after …部 (長谷部修一), nor a head's title (企画課長水野)
    ("事務局（企画課水野）", "水野", "事務局", S), ("説明員（土木事務所伊藤）", "伊藤", "説明員", O),
    ("委員（長谷部修一）", "長谷部修一", "委員", M),
])
def test_a_unit_in_brackets_is_the_post_and_a_person_the_name(label: str, name: str, title: str, role: str) -> None:
    sp = load_roles().guess(label)
    assert sp is not None and (sp.name, sp.title, sp.role) == (name, title, role)


def test_a_heads_title_glued_to_a_person_is_no_unit_and_a_person() -> None:
    # 企画課長水野: 長 opens no surname — not 企画課 and 長水野 (the post then the person glued stays as before: a known limit)
    assert load_roles().guess("事務局（企画課長水野）").name != "長水野"


def test_a_unit_is_told_from_a_surname_by_its_form() -> None:
    assert [unit_word(w) for w in ("企画課", "総務部", "管理係", "北支所", "土木事務所", "地域振興センター")] == [True] * 6
    assert [unit_word(w) for w in ("阿部", "氷室", "田所", "水野", "水野課長", "企画課長")] == [False] * 6


def test_a_spaced_full_name_in_brackets_is_one_person_not_a_body_and_a_given_name() -> None:
    split = load_roles().split
    # a surname of two characters ending as a unit does, a given name after it: no body
    assert [body_then_name(t, split) for t in ("乙部　和彦", "阿部 誠", "氷室　恵", "磯部 亮子")] == [None] * 4
    # a unit, then the person who speaks for it: the person
    assert [body_then_name(t, split) for t in ("企画部　水野", "都市計画課　北村", "中小企業相談所　村井")] == [
        "水野", "北村", "村井"]


def _points(*labels: str) -> list[Point]:
    table = load_roles()
    return [Point.made(f"m_{k}", "m", table.split(label) or table.guess(label), "opinion", "…", SourceSpan("x", k, k),
                       kind_why="", role_why="", speaker_why="", narration="") for k, label in enumerate(labels)]


def _split(points: list[Point], *groups: tuple[str, tuple[str, ...]]) -> list[tuple[str, str, str]]:
    got = posts.split_by_record(points, [AttendeeGroup(g, names) for g, names in groups], load_roles())
    return [(p.speaker.name, p.speaker.title, p.speaker_why) for p in got]


def test_a_glued_label_splits_where_the_records_lists_split_it() -> None:
    # the person with the post in the roll, either way round, unspaced too
    got = _split(_points("森下水道課長", "藤森林政課長"),
                 ("事務局", ("森\u3000一郎（下水道課長）", "林政課長\u3000藤森\u3000健")))
    assert [g[:2] for g in got] == [("森", "下水道課長"), ("藤森", "林政課長")]
    assert got[0][2] == "the attendee list: 森\u3000一郎\u3000下水道課長 (森 | 下水道課長)"
    # the full name unspaced: the label's name is where it opens (森 of 森一郎, not 森下)
    assert _split(_points("森下水道課長"), ("事務局", ("下水道課長\u3000森一郎",)))[0][:2] == ("森", "下水道課長")
    # the post alone in the roll or as another label of the record
    got = _split(_points("下水道課長", "森下水道課長"))
    assert got[1] == ("森", "下水道課長", "the post alone in the record: 下水道課長 (森 | 下水道課長)")
    assert _split(_points("石田園整備課長"), ("説明員", ("田園整備課長",)))[0][:2] == ("石", "田園整備課長")


def test_the_record_that_says_nothing_leaves_the_tables_split() -> None:
    # no list, no post alone: the vocabulary of offices decides, as before
    assert _split(_points("森下水道課長"))[0] == ("森下", "水道課長", "")
    # a post alone shorter than the table's title cuts no name: 南副会長 beside 会長 is 南 | 副会長
    assert _split(_points("会長", "南副会長"))[1][:2] == ("南", "副会長")
    # one post, one holder: 水環境課長 is 北村's, so 清水環境課長 keeps the table's 清水 | 環境課長
    got = _split(_points("清水環境課長", "北村水環境課長"), ("事務局", ("水環境課長",)))
    assert [g[:2] for g in got] == [("清水", "環境課長"), ("北村", "水環境課長")]
    # a post the table reads whole (企画課長) loses nothing to a post alone (課長)
    assert _split(_points("課長", "企画課長"))[1][:2] == ("", "企画課長")


def test_a_word_in_brackets_the_roll_names_is_a_person() -> None:
    got = _split(_points("事務局（長谷部）", "委員（長谷部修一）", "事務局（企画部）"),
                 ("委員", ("長谷部\u3000修一",)), ("事務局", ("産業振興課長\u3000長谷部\u3000透", "企画部長\u3000水野")))
    assert [g[:2] for g in got] == [("長谷部", "事務局"), ("長谷部修一", "委員"), ("", "企画部")]
    # a unit listed before its people (企画部　水野) is no person's name
    assert _split(_points("事務局（企画部）"), ("事務局", ("企画部\u3000部長\u3000水野",)))[0][:2] == ("", "企画部")
