"""The fast ways a parse assembles its Minutes give what the plain ways give.

Parse throughput (``make bench``) rests also on the last stage of a parse: each point's
objects built and its kind read. Each fast way is compared here with the plain one: speed
work must not change a byte of the output.
"""
from __future__ import annotations

import dataclasses
import pickle
import re
import re._parser as sre_parse  # the regex parser, as kind reads the acts with it
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.minutes import kind as K
from assembler.minutes import parse_file
from assembler.model import Point, SourceSpan, Speaker
from assembler.text import _SPACE_PUNCT, SPACE_CHARS, strip_punct

KIND = Path(__file__).parent / "fixtures" / "kind"


def test_point_made_is_the_point_its_constructor_makes() -> None:
    """``Point.made`` fills every field, in the order of the class, as ``__init__`` does: a
    field added to Point and not to ``made`` fails here."""
    speaker = Speaker("飯島委員", "飯島", "委員", "member")
    span, plain_span = SourceSpan.made("a.txt", 3, 5, None), SourceSpan("a.txt", 3, 5)
    values = dict(id="m01_abc", meeting="m01", speaker=speaker, kind="opinion", text="財源が課題です。",
                  source=span, kind_why="substantive: 財源が課題です。", role_why="", speaker_why="why",
                  narration="")
    fast, plain = Point.made(**values), Point(**{**values, "source": plain_span})  # type: ignore[arg-type]
    assert [f.name for f in dataclasses.fields(Point)] == list(values) == list(vars(fast))
    assert [f.name for f in dataclasses.fields(SourceSpan)] == list(vars(span))
    assert vars(fast) == vars(plain) and vars(span) == vars(plain_span)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert dataclasses.replace(fast, kind="procedural") == dataclasses.replace(plain, kind="procedural")
    assert SourceSpan.made("a.pdf", 1, 2, 7) == SourceSpan("a.pdf", 1, 2, 7)


# Pieces of remarks: sentence ends of every kind, openers, spaces of every width, the marks a
# key drops, plain and polite predicates.
PIECES = ["。", "？", "?", "！", "!", "、", "，", " ", "\u3000", "\t", "\n", "はい", "それでは", "本日は", "まず",
          "では", "皆様", "ありがとうございます", "開会します", "である", "ないか", "する", "した", "いる", "財源",
          "課題です", "「", "」", "（", "）", "・", "ー", "ＤＸ", "１", "a", "委員", "お願いします", "ね", "よ", "が"]
REMARKS = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
SETTINGS = settings(max_examples=400, deadline=None)

# the sentence pattern as it was written before: an alternation, a sentence or the text's rest
_SENTENCE_ALTERNATION = re.compile(r"[^。？?！!]*[。？?！!]|[^。？?！!]+")


@SETTINGS
@given(REMARKS)
def test_sentences_are_those_of_the_alternation(text: str) -> None:
    """One greedy pass (``kind._SENTENCE``, its empty match at the end skipped) cuts a remark
    where the alternation cut it."""
    plain = [s for s in (m.group().strip() for m in _SENTENCE_ALTERNATION.finditer(text)) if s]
    assert K.sentences(text) == plain


@SETTINGS
@given(REMARKS)
def test_no_opener_where_the_first_character_starts_none(text: str) -> None:
    if text[:1] not in K._OPENER_FIRST:
        assert K._OPENER.match(text) is None


def test_space_chars_are_what_isspace_takes_at_every_code_point() -> None:
    assert sorted(SPACE_CHARS) == [chr(c) for c in range(0x110000) if chr(c).isspace()]


@SETTINGS
@given(REMARKS)
def test_strip_punct_is_its_class_removed(text: str) -> None:
    assert strip_punct(text) == _SPACE_PUNCT.sub("", text)


def _acts_without_start_gates(sentences: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    monkeypatch.setattr(K, "_STARTS", dict.fromkeys(K._STARTS))
    K._candidates.cache_clear()
    try:
        return [K.act(s) for s in sentences]
    finally:
        monkeypatch.undo()
        K._candidates.cache_clear()


# Remarks that open as replies, queries and stage directions do, and others
STARTS = ["はい", "承知しました", "以上です", "特にございません", "事務局に確認させてください", "（拍手）", "〔休憩〕",
          "分かりました", "お答えします", "失礼しました", "大丈夫です", "財源が課題です", "そうです", "結構です", "ええ"]


@SETTINGS
@given(st.lists(st.sampled_from(STARTS + PIECES), min_size=1, max_size=8).map("".join))
def test_acts_tried_by_their_first_character_are_all_that_can_match(text: str) -> None:
    """An act anchored at the start is skipped only where its regex cannot match: acts read
    with the gates (``kind._STARTS``) are those read without."""
    sentences = K.sentences(text) + [text]
    gated = [K.act(s) for s in sentences]
    with pytest.MonkeyPatch.context() as mp:
        assert _acts_without_start_gates(sentences, mp) == gated


def test_start_gates_on_the_kind_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sentence of the kind fixtures reads the same with the gates and without; the
    reply gate is there to bite (a reply act is read in the corpus)."""
    sentences = [s for path in sorted(KIND.glob("*.txt")) for p in parse_file(path).points
                 for s in K.sentences(p.text)]
    gated = [K.act(s) for s in sentences]
    assert "reply" in gated and K._STARTS["reply"] is not None
    assert _acts_without_start_gates(sentences, monkeypatch) == gated


def test_start_chars_of_the_anchored_acts() -> None:
    assert K._STARTS["reply"] == frozenset("あえおごそはわ了以分大失承特結")
    assert K._STARTS["stage"] == frozenset("([〔（［")
    assert K._STARTS["floor"] is None and K._STARTS["introduction"] is None  # not anchored / a wide class


def test_every_act_is_read_from_one_parse_and_compiled_on_first_use() -> None:
    """The acts' regexes are compiled on their first use (``kind._forward``, ``kind._reversed``),
    so a regex that fails to compile or to be written reversed would show only on a file that
    needs it: each is built here, and what the one parse at import tells (width, start
    characters) is what the regex's own parse tells."""
    for shape in K._ACT_SHAPES:
        forward, backward = K._forward(shape.name), K._reversed(shape.name)
        assert forward.pattern == shape.pattern
        assert backward.pattern == K.reverse_pattern(shape.pattern)
        assert shape.width == min(160, sre_parse.parse(shape.pattern).getwidth()[1])
        assert shape.starts == (K.start_chars(shape.pattern) if shape.pattern.startswith("(?:^") else None)
    assert K._WIDEST == max(shape.width for shape in K._ACT_SHAPES)
