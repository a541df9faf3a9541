"""Readers' gates (parse throughput, eleventh speed session) held to the plain way.

A reader costs nothing on a file or a line without its form when a gate declared beside it —
the characters its form cannot be written without (``view.holds``), the frame a report cannot be
read without (``prose.may_report``) — lets it go before its search. Each gate here is held to
the reading it stands in front of: what the gate lets go, the reader would have found nothing
in; and the whole parse with every gate open (the plain way) is the parse with them, on random
splices of every text fixture's lines and on lines made of the readers' pieces. The
byte-identity of every fixture's parse is checked apart (/work/evaltools/dump.py).
"""
from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.ingest import read_sources
from assembler.minutes import front_steps, joined, ocr, prose
from assembler.minutes.view import FileView
from assembler.model import Line
from test_speech_gate import _alike, _fixture_lines, _splices  # the speech gate's: the fixtures' lines, splices, a parse compared

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = settings(max_examples=400, deadline=None)


FIXTURES = _fixture_lines()


# ``prose.may_report``: the gate before ``agent_of`` (report_steps.reported_under_header) -----------------

def _reads_nothing(clause: str) -> bool:
    """``report_body`` finds no report in ``clause`` wherever its agent's name ends."""
    return all(prose.report_body(clause, e) is None for e in range(len(clause) + 1))


# the pieces of the frames a report is read by (speech nouns and acts, the narrator's past, joints,
# から/より) and of the speech around them
REPORT_PIECES = ["委員", "事務局", "から", "より", "、", "，", "。", "意見", "質問", "説明", "報告", "指摘", "御", "等",
                 "が", "も", "あった", "あり", "なされ", "出され", "示され", "寄せられ", "求められ", "述べ", "述べられ",
                 "た", "ました", "とのこと", "との", "旨", "を", "行い", "行った後", "し", "宣し", "諮り", "開会", "可決",
                 "について", "重要", "である", "です", " ", "\u3000", "質疑", "承認", "回答", "と", "の", "から、"]
CLAUSES = st.lists(st.sampled_from(REPORT_PIECES), max_size=16).map("".join)


@SETTINGS
@given(CLAUSES)
@example("委員から、計画を見直すべきとの意見があった。")
@example("との意見が山田委員からあった")
@example("事務局から資料に沿って説明し、了承された。")
@example("委員から、補助の対象を広げるべきとのこと ")
def test_a_clause_may_report_lets_go_reads_no_report(clause: str) -> None:
    """What ``may_report`` lets go, ``report_body`` reads nothing in, at every agent's end."""
    if not prose.may_report(clause):
        assert _reads_nothing(clause), clause


def test_may_report_holds_on_every_fixture_sentence() -> None:
    """The same over every line of every text fixture and each line joined to the next."""
    for lines in FIXTURES:
        texts = [line.text.strip() for line in lines]
        for a, b in zip(texts, [*texts[1:], ""]):
            for clause in (a, a + b):
                if clause and not prose.may_report(clause):
                    assert _reads_nothing(clause), clause


def test_may_report_lets_most_lines_of_speech_go() -> None:
    """The gate measures something: most of the seed's lines of speech hold no report's frame."""
    src = next(iter(read_sources(ROOT / "examples" / "minutes" / "infra-council-02.txt")))
    texts = [t for line in src.lines if len(t := line.text.strip()) > 20]
    assert sum(not prose.may_report(t) for t in texts) > len(texts) / 2


# ``view.holds`` and ``view.CharLed``: gates of the whole text's searches ----------------------------------

def _class_chars(pattern: str) -> set[str]:
    """The characters of the first class (``[…]``) in a pattern, as the regex parser reads it."""
    def walk(items: list) -> set[str] | None:  # type: ignore[type-arg]
        for op, av in items:
            if op is sre_constants.IN:
                return {chr(v) for kind, v in av if kind is sre_constants.LITERAL}
            if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                continue  # the spaces before the mark
            if op is sre_constants.AT:
                continue
            return None
        return None
    found = walk(list(sre_parse.parse(pattern)))
    assert found is not None
    return found


def test_the_headed_gate_is_the_headings_marks() -> None:
    """``joined._HEADED_GATE`` holds every mark ``_HEADED`` can open a heading with."""
    assert _class_chars(joined._HEADED.pattern) == set(joined._HEADED_GATE)


JOINED_PIECES = ["■", "□", "◆", "◇", "○", "質疑応答", "司会（森下）：", "司会：", "それでは", "。", " ", "\u3000", "\n",
                 "事務局", "委員", "（", "）", "始めます"]
JOINED_TEXTS = st.lists(st.sampled_from(JOINED_PIECES), max_size=24).map("".join)


@contextmanager
def _gates_open() -> Iterator[None]:
    """Every gate of this module open: each reader searches as it did before its gate."""
    stray = re.compile("[" + ocr._STRAY_CHEAP.chars + "]" + ocr._STRAY_CHEAP.by_char[0][1].pattern[1:])
    with mock.patch.object(prose, "may_report", lambda clause: True), \
            mock.patch.object(front_steps, "closing_lines", lambda view: range(len(view.texts))), \
            mock.patch.object(joined, "holds", lambda text, chars: True), \
            mock.patch.object(ocr, "_STRAY_CHEAP", stray):
        yield


@SETTINGS
@given(JOINED_TEXTS)
@example("■質疑応答 司会（森下）：それでは始めます。")
@example("\u3000◇質疑応答\u3000事務局：始めます。○委員 始めます")
def test_turns_split_alike_with_the_headed_gate_open(text: str) -> None:
    texts = text.split("\n")
    opens = lambda t: t.startswith(("司会", "事務局", "○"))  # noqa: E731 - any reading of a turn
    gated = joined.split_turns(texts, opens)
    with _gates_open():
        assert joined.split_turns(texts, opens) == gated


STRAY_PIECES = ["○", "〇", "◯", "議", "長", "公述人", " ", "\u3000", "（", "長谷部", "）", "１", "Ａ", "\n", "浅 沼", "委 員"]


@SETTINGS
@given(st.lists(st.sampled_from(STRAY_PIECES), max_size=20).map("".join))
@example("〇議 長（長谷部）")
@example("○委 員 ◯議 長")
def test_a_mark_led_search_finds_the_classes_match(text: str) -> None:
    """``CharLed`` finds the match the pattern with its class first finds: the same span."""
    led = ocr._STRAY_CHEAP
    plain = re.compile("[" + led.chars + "]" + led.by_char[0][1].pattern[1:])
    a, b = led.search(text), plain.search(text)
    assert (a and a.span()) == (b and b.span())


def test_a_mark_led_search_finds_the_classes_match_on_every_fixture() -> None:
    led = ocr._STRAY_CHEAP
    plain = re.compile("[" + led.chars + "]" + led.by_char[0][1].pattern[1:])
    for lines in FIXTURES:
        text = "\n".join(line.text for line in lines)
        a, b = led.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span())


# the whole parse with every gate open -------------------------------------------------------------------

def test_random_splices_of_the_fixtures_parse_alike_with_the_gates_open() -> None:
    """Pieces of several fixtures (a run of each one's lines) one after another: the same parse."""
    for name, spliced in _splices(FIXTURES, 11):
        _alike(spliced, name, _gates_open)


OPENINGS = [["議事要旨", "", "（飯島委員）", ""], ["○山田委員　本日はよろしくお願いします。"],
            ["委員からの主な意見は以下のとおり。", ""], ["議事録", "出席者：山田委員、川端会長", ""]]
LINES = st.lists(st.sampled_from(REPORT_PIECES + JOINED_PIECES + STRAY_PIECES), min_size=1, max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(OPENINGS), st.lists(LINES, min_size=1, max_size=10))
@example(["（飯島委員）"], ["地域経済への影響力や安全保障の面から重要である。", "事務局から、次回会議は未定である旨の連絡があった。"])
@example(["議事要旨", "", "（飯島委員）", ""], ["■質疑応答 司会（森下）：それでは始めます。", "〇議 長（長谷部） 続いて。"])
def test_lines_of_the_readers_pieces_parse_alike_with_the_gates_open(opening: list[str], body: list[str]) -> None:
    _alike([Line(t, 0) for t in opening + body], plain_way=_gates_open)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["出席議員（６名）", "○議長（今泉", "◯ 委員長（大森", "○議長（今泉　茂樹君）", "茂樹君）",
                                 "１番", "早瀬", "聡君", "説明のため出席した者", "○会長（林）　開会します。",
                                 "職務のため出席した議会事務局職員", "ただいまから（仮称）会議を", "議事日程", "",
                                 "出 席 議 員（８名）", "議　事　日　程（第２号）", "本日の会議に付した事件", "付議事件",
                                 "出席委員", "欠席議員（１名）", "欠席委員", "事務局職員", "〇副議長（岡田", "）"]),
                min_size=1, max_size=12))
def test_the_split_cells_gate_lets_no_file_go_its_reader_would_read(texts: list[str]) -> None:
    """splitcells.read's test of a file (``holds_cells``: a heading of the lists or the agenda, a label's
    first half left open, asked of the lines holding a character each needs) is the plain test asked of
    every line (``_front_head``: spaced out or not, ``_opens``)."""
    from assembler.minutes import splitcells
    plain = any((t := u.strip()) and splitcells._front_head(t) or splitcells._opens(t) for u in texts)
    assert splitcells.holds_cells(FileView([Line(t, k) for k, t in enumerate(texts, 1)])) == bool(plain)


def test_the_split_cells_gate_holds_on_every_fixture() -> None:
    from assembler.minutes import splitcells
    for lines in FIXTURES:
        texts = [line.text.strip() for line in lines]
        plain = any(t and splitcells._front_head(t) or splitcells._opens(t) for t in texts)
        assert splitcells.holds_cells(FileView(lines)) == bool(plain), texts[:5]


# ``numbercells.gate`` (a number column's heading alone on a line, before plain pdftotext's numbered table) and
# ``answercells.gate`` (a speaker column's heading alone on a line, before plain pdftotext's table of answers) -------

@pytest.mark.parametrize(("module", "reader", "least"), [("numbercells", "read_numbered_cells", 5),
                                                          ("answercells", "read_answered_cells", 3)])
def test_a_plain_table_s_gate_is_its_heading_and_lets_most_files_go(module: str, reader: str, least: int) -> None:
    """The gate is the form's first evidence (a heading alone on a line: without it a run of bare numbers, 1 / 2 /
    3, is no table's — a 議会's record, くすのき市議会, has one), asked before anything else: a file without it pays
    one pass of ``str.strip`` and reads as it did; most fixtures are let go, and the ones kept are the tables'
    (and those that read nothing there)."""
    import importlib

    from assembler.model import SourceText

    cells = importlib.import_module(f"assembler.ingest.{module}")
    kept = 0
    for lines in FIXTURES:
        src = SourceText("x.txt", tuple(lines), format="txt")
        if not cells.gate(lines):
            assert getattr(cells, reader)(src) is None
            continue
        kept += 1
    assert least <= kept < len(FIXTURES) * 0.1


# ``front_steps.closing_lines``: the lines ``closing_block_step`` is asked of (speed19) ---------------------

def _closing_plain(texts: list[str]) -> set[int]:
    """The lines the step's own test can pass on: a hint in the first 32 characters of the line's
    words or of any piece of them (joined.split_turns cuts a line into pieces) — a hint anywhere."""
    return {k for k, t in enumerate(texts) if any(
        front_steps._CLOSING_HINT.search(t[a:].strip(), 0, 32) for a in range(len(t)))}


def _closing_gate(texts: list[str]) -> frozenset[int]:
    return front_steps.closing_lines(FileView([Line(t, k) for k, t in enumerate(texts, 1)]))


CLOSING_PIECES = ["閉会", "散会", "閉議", "延会", "出席", "欠席", "閉", "会", "出", "席", "：", "委員６名", "した。", "を宣し、",
                  "午後３時に", "会長が", "以上をもって、", " ", "\u3000", "。", "○議長（今泉）", "本日は", "\n", ""]


@SETTINGS
@given(st.lists(st.sampled_from(CLOSING_PIECES), max_size=30).map("".join))
@example("会長が閉会を宣し、\n午後３時に散会した。")
@example("出席：委員６名\n欠席：なし\n本日は延会し、閉議とした。")
def test_the_closing_gate_lets_no_line_go_the_step_would_read(text: str) -> None:
    """Every line whose words the step's test can pass on is a line of the gate, and no other."""
    texts = text.split("\n")
    assert _closing_gate(texts) == _closing_plain(texts)


def test_the_closing_gate_holds_on_every_fixture() -> None:
    for lines in FIXTURES:
        texts = [line.text for line in lines]
        assert _closing_gate(texts) == _closing_plain(texts), texts[:5]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(OPENINGS), st.lists(st.lists(st.sampled_from(CLOSING_PIECES[:-2] + REPORT_PIECES[:12]),
                                                    min_size=1, max_size=12).map("".join), min_size=1, max_size=10))
@example(["議事録", "出席者：山田委員、川端会長", ""], ["会長（川端）　本日はありがとうございました。", "会長が閉会を宣し、",
                                                       "午後３時に散会した。", "出席：委員６名"])
def test_closing_lines_parse_alike_with_the_gates_open(opening: list[str], body: list[str]) -> None:
    _alike([Line(t, 0) for t in opening + body], plain_way=_gates_open)


def test_each_closing_word_holds_a_character_of_the_gate() -> None:
    """The characters the gate finds lines by: each word of the step's hint holds one."""
    words = front_steps._CLOSING_HINT.pattern.split("|")
    assert len(words) == 6 and all(any(c in w for c in front_steps._CLOSING_CHARS) for w in words)


@SETTINGS
@given(st.lists(st.sampled_from(["閉", "会", "○", "\n", " ", "席", "あ", "\u3000", "延"]), max_size=40).map("".join),
       st.sampled_from(["閉", "○◯〇", "席程職", "閉散延席", "会"]))
def test_the_lines_holding_a_character_are_those_that_hold_one(text: str, chars: str) -> None:
    """``FileView.holding``: the lines whose text holds one of the characters, in order, each once."""
    texts = text.split("\n")
    view = FileView([Line(t, k) for k, t in enumerate(texts, 1)])
    assert view.holding(chars) == [k for k, t in enumerate(texts) if any(c in t for c in chars)]


# ``front.names_body``: the cheap test before ``front._KANA_BODY`` (speed19) ------------------------------------

BODY_PIECES = ["株式会社", "有限会社", "合同会社", "一般社団法人", "公益財団法人", "ＮＰＯ法人", "特定非営利活動法人", "学校法人",
               "社会福祉法人", "大学", "大学院", "協会", "センター", "研究所", "総研", "事務所", "組合", "機構", "財団", "病院",
               "銀行", "会議所", "部", "課", "局", "室", "係", "子育て支援", "こども未来", "ひかり", "あおば法律", "みなと",
               "デジタル", "国家構想", "の実現に向けて", "会", "社", "法", "人", "大", "学", " ", "\u3000", "、", "・", "（", "）"]


@SETTINGS
@given(st.lists(st.sampled_from(BODY_PIECES), max_size=12).map("".join))
@example("デジタル田園都市国家構想の実現に向けて")
@example("こども未来部長")
@example("ひかり子育て支援係")
def test_a_piece_names_body_lets_go_holds_no_body(piece: str) -> None:
    """What ``names_body`` lets go, ``_KANA_BODY`` finds nothing in (the sub leaves it as it is)."""
    from assembler.minutes import front
    if not front.names_body(piece):
        assert front._KANA_BODY.search(piece) is None, piece


def test_names_body_holds_on_every_fixture_line() -> None:
    from assembler.minutes import front
    for lines in FIXTURES:
        for line in lines:
            for piece in front._ENTRY_SEP.split(line.text):
                if not front.names_body(piece):
                    assert front._KANA_BODY.search(piece) is None, piece
