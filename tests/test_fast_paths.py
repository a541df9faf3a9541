"""The fast paths of reading and of point ids give what their plain definitions give.

Each fast function is compared, on generated text, with the obvious way to compute it
(written out here): speed work must not change a byte of the output.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.ingest.text import looks_binary, split_lines
from assembler.model import Line

SETTINGS = settings(max_examples=300, deadline=None)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# Line breaks, page breaks and other controls among ordinary text, in any order.
PIECES = ["\n", "\r\n", "\r", "\f", "\f\f", "\t", "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85",
          "\x9f", "a", "議事要旨", "・", "　", " ", "（飯島委員）", "Ｏ＆Ｍ"]


def _split_lines_plainly(text: str) -> list[tuple[str, int, int | None]]:
    """split_lines as first written: split, then clean and count pages line by line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    if "\f" not in text:
        return [(_CONTROL.sub("", t.replace("\t", " ")), i, None) for i, t in enumerate(raw, 1)]
    out, page = [], 1
    for i, t in enumerate(raw, 1):
        lead = len(t) - len(t.lstrip("\f"))
        page += lead
        out.append((_CONTROL.sub("", t.replace("\t", " ")), i, page))
        page += t.count("\f") - lead
    return out


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_split_lines_is_the_line_by_line_definition(pieces: list[str]) -> None:
    text = "".join(pieces)
    got = [(l.text, l.number, l.page) for l in split_lines(text, "x.txt", encoding=None).lines]
    assert got == _split_lines_plainly(text)


def test_split_lines_keeps_a_last_line_of_controls_only() -> None:
    # the last line is dropped only when the text ends with a line break, not when what
    # follows the last break is cleaned away
    assert split_lines("a\n\x07", "x", encoding=None).lines == (Line("a", 1), Line("", 2))
    assert split_lines("a\n\x07\f", "x", encoding=None).lines == (Line("a", 1, 1), Line("", 2, 1))


@SETTINGS
@given(st.binary(max_size=300), st.integers(0, 9000))
def test_looks_binary_counts_controls_as_defined(data: bytes, pad: int) -> None:
    data = b"a" * pad + data  # past the 8 KB sample too
    sample = data[:8192]
    if b"\x00" in sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # decided before the count
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    assert looks_binary(data) == (controls > len(sample) * 0.05)


# Characters NFKC changes or composes: full-width forms, half-width kana and voicing marks
# (ｶﾞ → ガ), combining marks in and out of order, Hangul jamo, ligatures, circled numbers.
TRICKY = ["Ｏ＆Ｍ", "（１）", "ｶﾞｲﾄﾞ", "ﾞ", "か\u3099", "\u3099", "\u309a", "e\u0301", "\u0301\u0316",
          "\u1100\u1161\u11a8", "ﬁ", "①", "㈱", "\u3000", "・", "ー", "、", "。", "DX", "議事", "Ａ", "ｱ"]


@SETTINGS
@given(st.lists(st.sampled_from(TRICKY), max_size=60), st.integers(0, 90))
def test_nfkc_is_unicodedata_at_every_length(pieces: list[str], pad: int) -> None:
    import unicodedata

    from assembler.text import nfkc

    for text in ("".join(pieces), "都" * pad + "".join(pieces), "".join(pieces) + "a" * pad):
        assert nfkc(text) == unicodedata.normalize("NFKC", text)


@SETTINGS
@given(st.lists(st.sampled_from(TRICKY + [" ", "  ", "（", "）", "「", "」"]), max_size=40))
def test_key_is_its_definition(pieces: list[str]) -> None:
    import unicodedata

    from assembler.text import key

    text = "".join(pieces)
    plain = re.sub(r"[\s\u3000、。，．,.・：:；;「」『』（）()【】〔〕\[\]｛｝{}〈〉《》!！?？…‥ー－\-―~〜～/／\"'“”‘’]+",
                   "", unicodedata.normalize("NFKC", text).upper())
    assert key(text) == plain


# --- the trace's JSON lines: orjson where it writes what json writes ---------------------

_JSON_TEXT = st.lists(st.sampled_from(
    ['"', "\\", "/", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "\u2028", "\u2029",
     "a", "日本", "é", "😀", "\ufeff", "e-5", "0.00001"]), max_size=8).map("".join)
_JSON_FLOAT = st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                        st.sampled_from([1e-5, -1e-5, 1e-7, 5e-324, 1e16, 1e-4, 0.0, -0.0, 97.74]))
_JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), _JSON_FLOAT, _JSON_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                            st.dictionaries(_JSON_TEXT, inner, max_size=4)),
    max_leaves=12)


@SETTINGS
@given(_JSON_VALUE)
def test_a_trace_line_is_the_line_json_writes(value):
    """render/trace._line: orjson's text where it equals json's (finite floats at and above
    1e-4, any text, ints of any size through json), else json's own; without orjson json's."""
    from assembler.render.trace import _dumps, _line

    assert _line(value, True) == _dumps(value)
    assert _line(value, False) == _dumps(value)


def test_objects_orjson_would_write_otherwise_are_written_by_json():
    import enum
    from dataclasses import dataclass
    from datetime import date

    from assembler.render.trace import _dumps, _line

    class Kind(str, enum.Enum):
        A = "a"

    @dataclass
    class D:
        x: int = 1

    assert _line({"k": Kind.A, "n": 2 ** 70, "f": 1e-06}, True) == _dumps({"k": Kind.A, "n": 2 ** 70, "f": 1e-06})
    for unwritable in (D(), date(2020, 1, 1), {"s": "\ud800"}):
        try:
            expected: object = _dumps(unwritable)
        except (TypeError, ValueError) as e:
            expected = type(e)
        try:
            got: object = _line(unwritable, True)
        except (TypeError, ValueError) as e:
            got = type(e)
        assert got == expected
