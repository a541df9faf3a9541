"""The line reader's cheap tests give what the plain way gives (issue 10's parse throughput).

Each fast path of the line reading — the header look-up, the per-line dispatch, the passes
over the whole file before it — is compared here with the plain way it stands in for
(written out here as it was, or switched off): speed work must not change a byte of the
output. Each test was checked to bite (the fast path broken on purpose makes it fail).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.minutes import load_roles
from assembler.minutes import furniture, parser as P
from assembler.minutes.front import FrontLabels
from assembler.minutes.parser import LineParser
from assembler.minutes.patterns import BULLET_CHARS, Patterns
from assembler.model import Line, SourceText

SETTINGS = settings(max_examples=400, deadline=None)

# Pieces of header lines and of speech: bullets, marks, brackets, colons, spaces of every
# width, titles of the role table, names, kana, digits, sentence ends, Latin words.
PIECES = ["○", "◎", "（", "）", "(", ")", "【", "】", "：", ":", " ", "\u3000", "\t", "・", "\uf09e", "•",
          "委員", "会長", "事務局", "課長", "河野", "山田", "太郎", "君", "問", "Ａ", "A", "１", "2", "。", "、",
          "ありがとうございます", "について", "の", "は", "AI", "DX", "資料", "以上", "開会"]
TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=16).map("".join)
#: lines whose second character is a space: a bullet or a mark, spaces, then anything
GAP_LINES = st.tuples(st.sampled_from(sorted(set(BULLET_CHARS) | set("○◎（(問委Ａ1１x・\uf09e"))),
                      st.sampled_from([" ", "\u3000", "\t", "  ", " \u3000"]), TEXTS).map("".join)


def _parser() -> LineParser:
    return LineParser(SourceText("x.txt", ()), load_roles(), Patterns(), FrontLabels.build({}))


def test_str_isspace_is_what_backslash_s_matches_at_every_code_point() -> None:
    """``candidates`` asks ``str.isspace`` of the second character where the shapes say ``\\s``."""
    plain = re.compile(r"[\s\u3000]")
    assert [c for c in range(0x110000) if chr(c).isspace() != bool(plain.match(chr(c)))] == []


@SETTINGS
@given(GAP_LINES, st.booleans(), st.booleans())
@example("問\u3000財源はどうか。", True, False)  # a kanji title alone, a full-width space: a header
@example("Ａ ：意見がある。", True, False)  # a letter, a space, a colon: a header
def test_shapes_left_out_after_a_space_find_no_header_there(text: str, in_body: bool, in_attendees: bool) -> None:
    """A line whose second character is a space: the shapes ``_builtin_shapes`` leaves out
    for it give no header that the others do not give first."""
    p = _parser()
    p.in_body = p.seen_speaker = in_body
    closed = text[-1] in ")）" and len(text) <= 52
    every = P.builtin_shapes(text[0], closed)
    fewer = P.builtin_shapes(text[0], closed, True)
    assert set(fewer) <= set(every)
    assert p.first_header(fewer, text, in_attendees) == p.first_header(every, text, in_attendees)


def _unmarked_header_as_it_was(p: LineParser, text: str) -> object:
    """``unmarked_header`` with the title looked for before the kana test (before issue 10's
    speed work)."""
    gap = P.SPACE_RUN.search(text, 1, 10) if P.SURNAME_START.match(text) else None
    found = p.name_then_title(text, 0) if gap is not None else None
    if gap is None or found is None:
        return None
    sp, rest = found
    if P._HIRAGANA.search(text, 0, gap.start()) or rest and P.PARTICLE_START.match(rest):
        return None
    if not p.in_body and not p.speech_before_body(text, rest):
        return None
    if rest and not P._HIRAGANA.search(rest) and p.name_then_title(rest, 0) is not None:
        return None
    return P.MARK_SHAPE, sp, rest


@SETTINGS
@given(TEXTS, st.booleans())
@example("山田 ひろし委員\u3000本市の", True)  # kana just past the first word: still a header
@example("やまだ 太郎委員\u3000本市の", True)  # kana in it: none
def test_the_kana_test_first_refuses_what_the_title_search_would(text: str, in_body: bool) -> None:
    p = _parser()
    p.in_body = in_body
    assert p.unmarked_header(text) == _unmarked_header_as_it_was(p, text)


@SETTINGS
@given(TEXTS)
def test_a_line_mark_step_is_not_asked_of_is_none_it_takes(text: str) -> None:
    """``turn_step`` asks ``mark_step`` only of lines starting with one of ``mark_start``:
    it takes no other (a bullet, a ○, a stage direction, a number all start so)."""
    p = _parser()
    p.in_body = p.seen_speaker = True
    p.speaker = P.Speaker("山田委員", "山田", "委員", "member")
    p.first = text[0]  # the line's first character, as feed sets it for the steps
    if text[0] not in p.mark_start:
        assert not p.mark_step(0, Line(text, 1), text)


@SETTINGS
@given(st.lists(st.sampled_from(["", " ", "\u3000", "\f", "\t \u3000", "x", " y ", "\x1c", "\u2028"]), max_size=12))
def test_a_blank_line_is_what_strip_leaves_empty(texts: list[str]) -> None:
    """``_is_double_spaced`` tells a line with text without copying it."""
    assert [t != "" and not t.isspace() for t in texts] == [bool(t.strip()) for t in texts]


def _running_heads_as_they_were(lines: tuple[Line, ...]) -> frozenset[int]:
    """``running_heads`` with its fast path for one page switched off: the pages gathered
    line by line, as before issue 10."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(furniture, "_one_page", lambda _lines: False)  # running_heads' module
        return P.running_heads(lines)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["", " ", "議事録", "議 事 録", "- 1 -", "２", "本文である。", "資料"]),
                          st.sampled_from([None, None, 1, 2])), max_size=14))
@example([("審議会議事録", None), ("- 1 -", None), ("審議会議事録", None), ("本文である。", None)])  # the title at the top
def test_the_running_heads_of_one_page_are_found_as_on_many(rows: list[tuple[str, int | None]]) -> None:
    lines = tuple(Line(t, n, page) for n, (t, page) in enumerate(rows, 1))
    assert P.running_heads(lines) == _running_heads_as_they_were(lines)
    one = tuple(Line(line.text, line.number) for line in lines)  # a text file: no pages
    assert P.running_heads(one) == _running_heads_as_they_were(one)


@SETTINGS
@given(TEXTS, st.booleans(), st.booleans())
@example("Ａ:意見がある。", True, False)  # an ASCII colon
@example("山田委員)それでは", True, False)  # the label closed by a lone bracket at once
@example("会長\t定刻になりました。", True, False)  # a tab after the title
@example("山田委員", True, False)  # a name alone, 20 characters at most
@example("山田太郎委員会副委員長事務局長代理補佐官", True, False)  # 20: a name alone still
@example("Ａ）それでは、始めます。", True, False)  # the closing bracket the second character
def test_shapes_left_out_for_what_a_line_lacks_cannot_match_it(text: str, in_body: bool, in_attendees: bool) -> None:
    """``_holds``: a shape whose regex needs a colon, a closing bracket or a space near the
    start, or a short line, is not tried on a line without it: it cannot match there."""
    p = _parser()
    p.in_body = p.seen_speaker = in_body
    closed = text[-1] in ")）" and len(text) <= 52
    every = P.builtin_shapes(text[0], closed)
    fewer = P.builtin_shapes(text[0], closed, False, P.needs_held(text))
    assert [shape for shape in every if shape not in fewer and shape.rx.match(text)] == []
    assert p.first_header(fewer, text, in_attendees) == p.first_header(every, text, in_attendees)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join), st.booleans())
@example("たい。", True)
@example("・山田委員", True)  # a bullet before a name alone: a header
@example("山田委員", True)  # a name alone
@example("会長\t定刻に", True)  # a tab: the spaced shape
def test_a_short_line_let_go_early_is_no_header(text: str, in_body: bool) -> None:
    """``headless`` lets a short line go (no bullet, no space, a character no bare name holds)
    only where the whole look-up finds no header."""
    p = _parser()
    p.in_body = p.seen_speaker = in_body
    quick = p.header(text)
    p.headless = lambda _t: False  # type: ignore[method-assign]  # the whole look-up, every time
    assert p.header(text) == quick


#: a bullet, its space, then words: names and titles (a name alone after the bullet, a title
#: written a character apart), or speech
BULLET_LINES = st.tuples(st.sampled_from(sorted(set(BULLET_CHARS) | set("・\uf09e○"))),
                         st.sampled_from([" ", "\u3000", "\t", "  ", " \u3000"]),
                         st.lists(st.sampled_from(PIECES + ["農産企画課課長補佐", "近藤", "会 長", "議　長", "12 ", "１ "]),
                                  min_size=1, max_size=14).map("".join)).map("".join)


@SETTINGS
@given(BULLET_LINES, st.booleans(), st.booleans())
@example("・ 近藤農産企画課課長補佐近藤農産企画課課長補佐", True, False)  # a name alone after the bullet (26)
@example("・ 会 長　本日は、ありがとうございます。ありがとう", True, False)  # a title a character apart
@example("・ 12 委員　ありがとうございます。ありがとうございます", True, False)  # a seat number apart
@example("・ 委員（山田太郎君）ありがとうございます。ありがとう", True, False)  # a title and the person
@example("・ 山田委員：ありがとうございます。ありがとうございます", True, False)  # a colon label
@example("・ 近藤課長近藤課長近藤課長近藤課長近藤課長", True, False)  # a label alone, 25 characters
@example("・\tありがとうございます。", True, False)  # short, a tab: the bullet as a label, the spaced shape
@example("・ ：ありがとうございます。ありがとうございます", True, False)  # the bullet before a colon
@example("・ （山田太郎君）本日はありがとうございます。", True, False)  # the bullet as a title, the person
@example("\uf09e 前回に引き続き、インフラ海外展開に関する新戦略の策定に向けて", True, False)  # a summary's bullet
def test_a_bullet_let_go_early_is_no_header(text: str, in_body: bool, in_attendees: bool) -> None:
    """``bullet_sentence`` lets a bullet's line go only where the whole look-up
    (``read_header``) finds no header, in the body, before it and in an attendee list."""
    p = _parser()
    p.in_body = p.seen_speaker = in_body
    p.front_block = "attendees" if in_attendees else None
    if p.bullet_sentence(text):
        assert p.read_header(text) is None
        # and by form, whatever the file around it: no shape the line may have matches it, nor
        # a title a character apart, nor a title and the person in brackets
        assert [shape for shape in p.candidates(text) if shape.rx.match(text)] == []
        assert P.LETTER_SPACED.match(text) is None and P.TITLE_PERSON.match(text) is None


ROWS = st.lists(st.sampled_from(["", " ", "\u3000", "（●：委員、○：県）", "【意見交換】（●：委員、○：県） ", "（山田委員）",
                                 "○山田委員）\u3000", "    議長の発言である。", "議　　長     ただいまから開会します",
                                 "    ただいまから", "本文である。", "a\nb）", "（○と●）\x0c"]), max_size=14)


@SETTINGS
@given(ROWS)
@example(["【意見交換】（●：委員、○：県） ", "本文である。", "（○と●）\x0c"])
@example(["議長   ただいまから開会します。", "     ただいまから", "委員   賛成です。", "     ただいまから",
          "会長   はい。", "     続けます。"])  # a speech column at 5
def test_the_setup_reads_each_line_as_a_look_at_every_line_did(texts: list[str]) -> None:
    """``LineParser``'s setup finds by one search of the joined text, or counts in C, what a
    look at every line found: the lines where a legend may stand (ending in a round bracket,
    two marks), a speech column, the wrap width, double spacing."""
    lines = tuple(Line(t, n) for n, t in enumerate(texts, 1))
    view = P.FileView(lines)
    assert P._legend_lines(view) == {i for i, line in enumerate(lines)
                                     if line.text.rstrip()[-1:] in ("）", ")") and P.count_marks(line.text) >= 2}
    assert P.speech_column(lines, view.joined) == P.speech_column(lines)
    assert P.is_double_spaced(texts, view.stripped) == P.is_double_spaced(texts, [t.strip() for t in texts])


@SETTINGS
@given(st.lists(st.sampled_from(PIECES + ["第２号議案", "議案第３号", "報告事項", "日程第２", "■", "⑴", "挨　拶"]),
                min_size=1, max_size=8).map("".join))
@example("第２号議案　計算書類の承認について")  # an item of business, over 9 characters
@example("日程第２　計画の変更について")  # an item of business led by 日程
def test_a_line_turn_step_lets_go_before_heading_like_is_no_heading(text: str) -> None:
    """``turn_step`` asks ``heading_like`` of a line over ``_SECTION_WORD_MAX`` characters only
    when it starts as a heading or an item of business does: it takes no other."""
    if len(text) > P.SECTION_WORD_MAX and text[0] not in P._HEADING_LIKE_START:
        assert not P.heading_like(text)
