"""A local assembly's 議事日程 / 本日の会議に付した事件 and its rolls are front matter, never speakers (session 19).

A 議会 record opens with the day's agenda (``日程第１　一般質問``) and the rolls (出席議員, 欠席議員,
説明のため出席した者, 職務のため出席した議会事務局職員), typed in Word tables. Default pdftotext gives each
cell a piece of its own with a blank line between (``日程第１`` / (blank) / ``一般質問`` / …, ``８番`` /
``浅 野`` / … / ``修 君``, ``事務局長`` / … / ``良 子`` / ``○議長（浅野 修君）``). Before:

1. ``一般質問`` (``代表質問``, ``市政一般質問``) was a label — name 一般, title 質問 — and the agenda and rolls
   under it its turn: a word for a kind of business is neither a person nor a post
   (``roles.business_word``; 質疑, 討論, 採決, 報告, 議案第n号 end in no title and were none already).
2. The blank line between two cells ended the list for the parser, and the next piece (``修 君``,
   ``建設課長``, ``職務のため出席した議会事務局職員``) opened a turn over the pieces below it: from the first
   heading of the agenda or the rolls (spaced out or not: ``議 事 日 程（第２号）``, ``本日の会議に付した事件``)
   to the record's first marked line, when no line there is a sentence nor a line of entries apart
   (-layout's), the blank lines are left out (``splitcells._front_blanks``): the lists run to the first turn.
3. A post alone in the roll (``書記``, ``事務局長``) right above the chair's first label, the label alone on
   its line with the speech below, took the chair's first turn (its label read as the post's words): it
   is the roll's entry (the same rule: the roll goes on to the marked line).

Fixtures (tests/tools/make_agenda19.py, fictional): a town 議会's 一般質問 day as default pdftotext
(CP932, CRLF), as pypdf gives it, the PDF and the Word file; written apart, a city 議会's 代表質問 day
(◎ headings between the turns, 事務局職員出席者) as default pdftotext (UTF-8 with a BOM) and the PDF.
Rows: (label, name, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.roles import business_word, load_roles
from assembler.model import Line, SourceText
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

CHAIR = ("議長（浅野修君）", "浅野修", "chair")
MIURA = ("１番（三浦健太君）", "三浦健太", "member")
MAYOR = ("町長（北村正人君）", "北村正人", "government")
SOMU = ("総務課長（川上三郎君）", "川上三郎", "government")
TOWN = [
    (*CHAIR, "おはようございます。ただいまの出席議員は８名です。"), (*CHAIR, "日程第１、一般質問を行います。"),
    (*MIURA, "通告に従い、町の防災対策について"), (*CHAIR, "町長、北村正人君。"), (*MAYOR, "お答えいたします。備蓄品は"),
    (*MIURA, "助成の周知が十分でないと"), (*CHAIR, "総務課長、川上三郎君。"), (*SOMU, "回覧での周知を来月から"),
    (*CHAIR, "以上で三浦健太君の一般質問を終わります。"), (*CHAIR, "日程第２、議案第３４号を議題とし"),
    (*MAYOR, "議案第３４号について説明"), (*CHAIR, "これより質疑を行います。"), (*CHAIR, "質疑なしと認めます。"),
]
HOJO = ("議長（北条武史君）", "北条武史", "chair")
INOUE = ("２番（井上勝君）", "井上勝", "member")
CITY = [
    (*HOJO, "皆さん、おはようございます。"), (*HOJO, "日程第１、会議録署名議員の指名を"), (*HOJO, "日程第２、代表質問を行います。"),
    (*INOUE, "会派みらいを代表して"), (*HOJO, "市長。"), ("市長（高村宏明君）", "高村宏明", "government", "井上議員の御質問に"),
    (*INOUE, "交通については、"), (*HOJO, "企画政策部長。"),
    ("企画政策部長（土屋康夫君）", "土屋康夫", "government", "路線の維持のため、"), (*HOJO, "以上で会派みらいの代表質問"),
    (*HOJO, "本日はこれで散会いたします。"),
]


def _check(parsed: minutes.Minutes, turns: list[tuple[str, str, str, str]], lines: list[tuple[int, int]] | None) -> None:
    got = [(p.speaker.label, p.speaker.name, p.speaker.role, p.text, p.source.line_start, p.source.line_end)
           for p in parsed.points]
    assert [g[:3] for g in got] == [t[:3] for t in turns], got
    for g, t in zip(got, turns):
        assert g[3].startswith(t[3]), (g, t)
    if lines is not None:
        assert [g[4:] for g in got] == lines, got


def test_a_kind_of_question_is_no_name_and_title() -> None:
    t = load_roles()
    for word in ("一般質問", "代表質問", "緊急質問", "市政一般質問", "会派代表質問", "関連質問"):
        assert business_word(word), word
        assert t.guess(word) is None and t.split(word) is None, word
    # 質問 alone stays a title (a summary's （質問）…（回答）); a label that ends in 質問 otherwise keeps its reading
    assert (t.split("質問").title, t.split("質問").role) == ("質問", "member")
    assert not business_word("質問") and not business_word("山田質問")


def test_the_town_record_as_default_pdftotext_reads_its_agenda_and_rolls_as_front_matter() -> None:
    parsed = minutes.parse_file(MINUTES / "assembly-agenda-rolls-town-pdftotext.txt")
    _check(parsed, TOWN, [(100, 101), (103, 104), (106, 107), (108, 108), (109, 110), (111, 112), (113, 113),
                          (114, 114), (115, 115), (117, 118), (119, 120), (121, 121), (123, 124)])
    fates = _fates(parsed)
    # every line before the chair's first label (line 99) is the front matter's or the agenda's, or a blank
    assert set(fates[:98]) <= {"f", "a", "b"}, fates[:98]
    assert "u" not in fates
    groups = [g.group for g in parsed.meeting.attendees]
    assert groups[:3] == ["出席議員", "欠席議員", "説明のため出席した者"], groups


def test_the_city_record_written_apart_as_default_pdftotext() -> None:
    parsed = minutes.parse_file(MINUTES / "assembly-agenda-rolls-city-pdftotext.txt")
    _check(parsed, CITY, [(127, 128), (131, 132), (134, 135), (136, 138), (139, 139), (140, 141), (142, 142),
                          (143, 143), (144, 145), (146, 146), (148, 148)])
    fates = _fates(parsed)
    assert set(fates[:125]) <= {"f", "a", "b"}, fates[:125]


@pytest.mark.parametrize("name, turns", [
    ("assembly-agenda-rolls-town.pdf", TOWN), ("assembly-agenda-rolls-town-pypdf.txt", TOWN),
    ("assembly-agenda-rolls-town.docx", TOWN), ("assembly-agenda-rolls-city.pdf", CITY),
])
def test_every_other_shape_reads_the_same_turns(name: str, turns: list[tuple[str, str, str, str]]) -> None:
    _check(minutes.parse_file(MINUTES / name), turns, None)


def _parse(texts: list[str]) -> minutes.Minutes:
    return minutes.parse_source(SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(texts, 1))))


def test_a_post_alone_above_the_chairs_first_label_is_the_rolls() -> None:
    # pdftotext's order: the roll's last post (書記) alone, then the chair's label alone, the speech below
    parsed = _parse(["出席議員（２名）", "", "１番 三 浦 健 太 君", "", "２番 浅 野", "", "修君", "",
                     "職務のため出席した議会事務局職員", "", "事務局長", "", "西 田 一 郎", "", "東", "", "良 子", "",
                     "書記", "", "○議長（浅野　修君）", "おはようございます。ただいまから本日の会議を開きます。",
                     "○１番（三浦健太君）　通告に従い質問いたします。", "○議長（浅野　修君）　町長。"])
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("議長（浅野修君）", 22), ("１番（三浦健太君）", 23), ("議長（浅野修君）", 24)]
    assert set(_fates(parsed)[:20]) <= {"f", "b"}


def test_the_agenda_spaced_out_with_its_items_one_piece_a_line() -> None:
    parsed = _parse(["議 事 日 程（第２号）", "日程第１", "", "代表質問", "", "日程第２", "", "会期の決定", "",
                     "出 席 議 員（２名）", "１番", "", "三 浦 健 太 君", "", "２番", "", "浅 野", "",
                     "修君", "", "○議長（浅野修君）　ただいまから本日の会議を開きます。", "○１番（三浦健太君）　代表して質問いたします。"])
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("議長（浅野修君）", 21), ("１番（三浦健太君）", 22)]
    assert set(_fates(parsed)[:20]) <= {"f", "a", "b"}


def test_a_layout_record_of_entries_apart_keeps_its_blank_lines_and_its_columns() -> None:
    # -layout sets several entries a line apart by runs of spaces: no piece alone a line, so its blank
    # lines stay and its pages in two text columns are read column by column as before (the agenda
    # added above the rolls gives the region three lines with no space: a guard on the count alone
    # let the blank lines go and the columns' reader with them)
    text = (MINUTES / "assembly-two-columns-layout.txt").read_text(encoding="utf-8").splitlines()
    at = next(k for k, t in enumerate(text) if t.strip().startswith("出席議員"))
    agenda = ["  議事日程（第３号）", "  日程第１  一般質問", "", "  本日の会議に付した事件", "  日程第１から日程第２まで", "",
              "  欠席議員（なし）", ""]
    lines = [*text[:at], *agenda, *text[at:]]
    src = SourceText("layout.txt", tuple(Line(t, n) for n, t in enumerate(lines, 1)))
    got = [p.speaker.label for p in minutes.parse_source(src).points]
    # as main read it before this rule (the columns' reader's own reading of the page so shifted: 17
    # turns); without the guard, 13, the two columns' lines run into each other
    chair, morita, kita = "議長（川村正志君）", "２２番（森田和也君）", "３０番（北村由紀君）"
    assert got == [chair, chair, morita, morita, morita, "県土整備部長（片岡誠君）", chair, morita, chair, chair,
                   "知事（平井守君）", chair, chair, kita, chair, "健康福祉部長（大西健二君）", chair], got


MAKABE = ("議長（真壁洋平君）", "真壁洋平", "chair")
KANRI = ("管理者（宮本隆君）", "宮本隆", "government")
UNION = [
    (*MAKABE, "ただいまの出席議員は５名"), (*MAKABE, "日程第１、議席の指定を"), (*MAKABE, "日程第５、議案第１号を"),
    (*KANRI, "議案第１号について"), (*MAKABE, "質疑を行います。"), ("２番（日野加代子君）", "日野加代子", "member", "延命化工事の"),
    (*MAKABE, "施設課長。"), ("施設課長（矢口洋子君）", "矢口洋子", "government", "炉を一基ずつ"),
    (*MAKABE, "日程第６、一般質問を"), ("３番（深町剛君）", "深町剛", "member", "構成町の負担金の"), (*KANRI, "次年度の予算編成に"),
    (*MAKABE, "以上で本定例会に付議された"),
]


@pytest.mark.parametrize("name, turns, first", [
    ("assembly-agenda-rolls-city.docx", CITY, 58), ("assembly-agenda-table-union.docx", UNION, 46),
])
def test_a_word_agenda_table_of_item_numbers_is_no_speaker_table(name: str, turns: list[tuple[str, str, str, str]],
                                                                 first: int) -> None:
    # 第１ | 会議録署名議員の指名, 日程第１ | 議席の指定: a 議会's 議事日程 typed as a two-column table; the Word
    # reader took its first column for speakers' cells (第１, 日程第４ … each "said" the item and the rolls below)
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, turns, None)
    assert parsed.points[0].source.line_start == first  # the chair's opening: nothing above it is a turn
    assert len(parsed.meeting.attendees) == 4, parsed.meeting.attendees


def test_an_agenda_items_number_alone_in_a_cell() -> None:
    from assembler.ingest.heads import AGENDA_ITEM_CELL
    for cell in ("日程第１", "第２", "日程第１２", "議案第３４号", "報告第２号", "日程　第３"):
        assert AGENDA_ITEM_CELL.match(cell), cell
    for cell in ("委員長", "第１委員", "日程第１　一般質問", "議長"):
        assert not AGENDA_ITEM_CELL.match(cell), cell
