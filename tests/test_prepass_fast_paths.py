"""The pre-passes' cheap tests find the lines their whole look found (ocr.py, trailing.py,
acted.py through ``FileView.ending``): each is held to the test it stands for, on lines of
brackets, full stops, spaces of every kind and what an OCR makes of ○."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.minutes import acted, header_steps, load_roles, names, ocr, trailing
from assembler.minutes.view import FileView
from assembler.model import Line, SourceText

SETTINGS = settings(max_examples=300, deadline=None)

PIECES = ["○", "O", "Ｏ", "0", "０", "村上座長", "委員", "（", "）", "(", ")", "】", "］", "]", "＞", "〕", "〉", ">",
          "（A委員）", "。", "．", "、", " ", "\u3000", "\t", "\f", "\u2002", "\x85", "説明。", "可決した。",
          "ありがとうございます", "事務局", "OECD", "0120"]
LINE = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
FILES = st.lists(LINE, min_size=1, max_size=25)


def _lines(texts: list[str]) -> tuple[Line, ...]:
    return tuple(Line(t, n) for n, t in enumerate(texts, 1))


@SETTINGS
@given(FILES, st.text(alphabet="）)】。．Ｏ", min_size=1, max_size=3))
def test_ending_is_a_look_at_each_line(texts: list[str], chars: str) -> None:
    view = FileView(_lines(texts))
    assert view.ending(chars) == [i for i, t in enumerate(texts) if t.strip()[-1:] and t.strip()[-1] in chars]


_READ_AS_O = frozenset("OＯ0０")


@SETTINGS
@given(FILES)
def test_the_ocr_gate_lets_through_every_file_a_line_of_which_starts_with_an_o(texts: list[str]) -> None:
    """Before: the set of the lines' first characters (after a margin of " \\u3000\\t")."""
    starts = any(t.lstrip(" \u3000\t")[:1] in _READ_AS_O and t.lstrip(" \u3000\t") for t in texts)
    assert ocr._opens_with_o("\n".join(texts)) == starts


_OLD_BRACKET_END = re.compile(r"[）)】］\]＞〕〉>][ \t\u3000\f]*$", re.M)


@SETTINGS
@given(FILES)
def test_the_lines_read_for_a_label_are_those_one_search_of_the_file_found(texts: list[str]) -> None:
    """Before: ``_BRACKET_END`` over the lines joined, each match's line counted."""
    view = FileView(_lines(texts))
    joined = view.joined
    before = sorted({joined.count("\n", 0, m.start()) for m in _OLD_BRACKET_END.finditer(joined)})
    now = [i for i in view.ending(trailing._CLOSERS) if trailing._BRACKET_END.search(texts[i])]
    assert now == before


@SETTINGS
@given(FILES)
def test_the_sentence_ends_acted_reads_are_the_lines_ending_in_a_full_stop(texts: list[str]) -> None:
    found: list[list[int]] = []

    def may_act(text: str) -> bool:
        found[-1].append(len(text))
        return False

    real = acted.may_act
    acted.may_act = may_act  # the lines find() reads, in order
    try:
        found.append([])
        acted.find(_lines(texts), lambda _label: None, None, False, lambda _i, _t: False)
    finally:
        acted.may_act = real
    ends = [k for k, t in enumerate(texts) if t.endswith(acted._STOP_OR_SPACE) and t.rstrip().endswith(acted._STOP_ENDS)]
    assert len(found[0]) == len(ends)


def test_an_ocr_record_is_still_read() -> None:
    texts = ["O村上座長 開会します。", "  ０ 中 村座長：賛成です。", "OECD の報告"]
    src = SourceText("x", _lines(texts))
    assert ocr.read_marks(src, load_roles(), texts)[1][:2] == ["○村上座長 開会します。", "  ○中村座長：賛成です。"]


# the gates of spacedlabels and leadcolumn: the first line by match(), the others after a literal
# line break, held to the pattern anchored at every line start ((?m)^) they stand for
GATE_PIECES = ["委", "員", "長", "斎", "藤", "○", "◎", "\u3000", " ", "  ", "：", ":", "１", "0", "9", "午",
               "前", "時", "分", "：", "a", "\n", "。", "（", "）", "\t"]
GATE_TEXT = st.lists(st.sampled_from(GATE_PIECES), max_size=40).map("".join)


@SETTINGS
@given(GATE_TEXT)
def test_the_spaced_label_gate_is_the_pattern_at_every_line_start(text: str) -> None:
    from assembler.minutes import spacedlabels

    anywhere = re.compile("(?m)^" + spacedlabels._CHEAP_LINE)
    fast = spacedlabels._CHEAP_FIRST.match(text) or spacedlabels._CHEAP.search(text)
    assert bool(fast) == bool(anywhere.search(text))


@SETTINGS
@given(GATE_TEXT)
def test_the_clock_column_gate_is_the_pattern_at_every_line_start(text: str) -> None:
    from assembler.minutes import leadcolumn

    anywhere = re.compile("(?m)^" + leadcolumn._PIECE_AT)
    fast = leadcolumn._FIRST_PIECE.match(text) or leadcolumn._ANY_PIECE.search(text)
    assert bool(fast) == bool(anywhere.search(text))


QUOTED_PIECES = ["司会", "住民Ａ", "（", "）", "：", "「", "」", "『", "。", " ", "\u3000", "\t", "\f", "は", "○",
                 " " * 50, "道路課計画係長", "子育て支援課長補佐"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(QUOTED_PIECES), max_size=8).map("".join), min_size=1, max_size=12))
def test_the_quoted_turns_gate_finds_the_lines_a_search_at_each_line_start_finds(texts: list[str]) -> None:
    """``quoted._openings`` (each 「 found by ``str.find``, the opening matched before the few
    near their line's start) finds what the pattern tried at every line's start (``(?m)^``)
    finds: the line, the label, the 「."""
    from assembler.minutes import quoted
    view = FileView(_lines(texts))
    every = re.compile("(?m)^" + quoted._OPENING)  # the first 「 of a line, as the gate asks
    before = [(view.index(m.start()), m["inner"] or m["label"], m.end() - view.starts[view.index(m.start())])
              for m in every.finditer(view.joined)]
    assert quoted._openings(view) == before


# the patterns that a file's text is searched with at each line's start (view.LineStart), each
# beside the (?m)^ pattern it stood for: every match the same (where, what, each group)
_AT_LINE_STARTS = [(header_steps._QA_ASKED, re.compile(r"^[ \t\u3000]*(?:(?:[QＱ]|質問|意見|要望|問)[0-9０-９]{0,3}[．.]|"
                                                        r"[QＱ][0-9０-９]{1,3}(?:[:：]|[ \u3000]))(?![0-9０-９])", re.M)),
                   (header_steps._MARK_LINE, re.compile(rf"^[ \t\u3000]*([{header_steps.MARKS}])[ \t\u3000]*"
                                                        r"([^\s\u3000：:、。,，（）()「」]{2,30})", re.M)),
                   (names._CUE_LINES, names._CUE)]
_LINE_PIECES = ["○", "◆", "Ｑ", "Q1", "Ａ２", "質問", "問", "．", ".", ":", "：", "１", " ", "\u3000", "\t", "山田",
                "委員", "（", "）", "(阿)", "、", "→", "⇒", "目黒", "。"]
TEXTS = st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=7).map("".join), min_size=1, max_size=12).map("\n".join)


def _spans(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@SETTINGS
@given(TEXTS)
def test_a_pattern_at_each_line_start_finds_what_its_multiline_caret_found(text: str) -> None:
    for at_starts, caret in _AT_LINE_STARTS:
        assert _spans(at_starts.search(text)) == _spans(caret.search(text))
        assert [_spans(m) for m in at_starts.finditer(text)] == [_spans(m) for m in caret.finditer(text)]


ACT_END_PIECES = ["説明", "質問", "可決", "承認", "と", "を", "述べた", "した", "する", "等", "など", "。", "．", "、", "委員",
                  "意見", "報告", "があった", "宣する", "開会", "について", " ", "\u3000", "事務局", "申し出", "行う", "強調した"]


@SETTINGS
@given(st.lists(st.sampled_from(ACT_END_PIECES), max_size=14).map("".join))
def test_the_act_end_written_backwards_finds_what_the_search_of_the_last_24_characters_finds(t: str) -> None:
    """``acted.find``'s cheap test: ``prose.PLAIN_ACT_END`` reversed, matched at the start of the
    line reversed, holds exactly the lines the pattern's search of their last 24 characters holds."""
    import re._parser as sre_parse
    from assembler.minutes import prose
    assert sre_parse.parse(prose.PLAIN_ACT_END.pattern).getwidth()[1] <= 24  # a match within the last 24
    assert (acted._ACT_END_BACKWARDS.match(t[::-1]) is not None) == (
        prose.PLAIN_ACT_END.search(t, max(0, len(t) - 24)) is not None)


PAGE_PIECES = ["－", "−", "ー", "３", "1", "12", "p", "P", ".", "/", "／", " ", "\u3000", "\t", "\f", "\x0b", "\x85",
               "議事録", "第４回", "会議", "。", "（", "）", "(", ")", "．", "Page", "of", "age"]


def _after_page_numbers_by_search(lines: tuple[Line, ...], start: int, joined: str) -> list[int]:
    """What ``furniture._after_page_numbers`` found before its gate: the pattern searched for
    after every line break of the file's text joined."""
    from assembler.minutes import furniture
    text = "\n" + joined + "\n"
    n = len(lines)
    at, i = 0, -1
    out = []
    for m in furniture._PAGE_NUMBER_LINE.finditer(text):
        i += text.count("\n", at, m.start() + 1)
        at = m.start() + 1
        if i < start or not furniture.is_page_number(m[0].strip()):
            continue
        j = i + 1
        while j < n and not lines[j].text.strip():
            j += 1
        if j < n and not furniture.is_page_number(lines[j].text.strip()):
            out.append(j)
    return out


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(PAGE_PIECES), max_size=6).map("".join), min_size=1, max_size=20),
       st.integers(min_value=0, max_value=5))
def test_the_page_numbers_gate_finds_what_the_search_after_every_line_break_finds(texts: list[str], start: int) -> None:
    """``furniture._after_page_numbers`` tries the page number's pattern only at the lines whose
    last character can end its match's first line (``FileView.ending``): the same lines as the
    search after every line break, numbers spaced over several lines among them."""
    from assembler.minutes import furniture
    lines = _lines(texts)
    view = FileView(lines)
    assert list(furniture._after_page_numbers(lines, start, view)) == _after_page_numbers_by_search(
        lines, start, view.joined)
