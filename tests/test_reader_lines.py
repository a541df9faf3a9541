"""Readers that look only at the lines a cheap test finds (parse throughput, session 18) held to
the plain way.

``spacedlabels.read`` asks ``joined_label`` of the lines its cheap pattern opens (``_cheap_lines``)
instead of every line of a file that holds one; ``names.display`` takes its first lines' text by
``FileView.start`` instead of building every line's start. Each is held here to the way it
stands in for, on lines made of the readers' pieces and on every text fixture's lines; the
byte-identity of every fixture's parse is checked apart (/work/evaltools/dump.py).
"""
from __future__ import annotations

from dataclasses import replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.minutes import load_roles, spacedlabels
from assembler.minutes.view import FileView
from assembler.model import Line, SourceText
from test_speech_gate import _fixture_lines  # every text fixture's lines

SETTINGS = settings(max_examples=400, deadline=None)
ROLES = load_roles()
FIXTURES = _fixture_lines()

# the pieces of a spaced label (its characters, the spaces of every width between them, a mark,
# a colon, a gap before the speech) and of the lines around it
SPACED_PIECES = ["委", "員", "長", "議", "会", "事", "務", "局", "斎", "藤", "○", "◎", " ", "  ", "   ", "      ",
                 "       ", "\u3000", "\u3000\u3000", "\u3000\u3000\u3000\u3000", "\t", "\u2003", "：", ":", "（",
                 "北村", "）", "ただいまから", "開会します。", "お答えします", "A", "1", "、", "岡本", "\n"]
SPACED_LINES = st.lists(st.lists(st.sampled_from(SPACED_PIECES), max_size=12).map("".join), min_size=1, max_size=8)


def _plain_read(src: SourceText) -> SourceText:
    """``spacedlabels.read`` as it was: ``joined_label`` asked of every line once the cheap
    pattern finds one."""
    text = "\n".join(line.text for line in src.lines)
    if not (spacedlabels._CHEAP_FIRST.match(text) or spacedlabels._CHEAP.search(text)):
        return src
    lines = list(src.lines)
    for k, line in enumerate(lines):
        found = spacedlabels.joined_label(line.text, ROLES)
        if found is not None:
            lines[k] = replace(line, text=found)
    return replace(src, lines=tuple(lines)) if lines != list(src.lines) else src


def _source(texts: list[str]) -> SourceText:
    return SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(texts, 1)))


@SETTINGS
@given(SPACED_LINES)
@example(["委　員　長：ただいまから開会します。", "斎 藤 委 員：質問します。"])
@example(["本文", "事 務 局 長   お答えします。", "会 長（北村）　開会します。"])
@example(["○議\u3000\u3000長\u3000ただいまから開会します。"])
@example(["委      員     長：開会します。"])  # six spaces, then five: one width (pdftotext -layout)
@example(["委\n員 長：開会します。", "委 員 長：開会します。"])  # a line holding a line break of its own
def test_a_spaced_label_stands_on_a_line_the_cheap_pattern_opens(texts: list[str]) -> None:
    """Every line ``joined_label`` reads a label on is one ``_cheap_lines`` gives, and the file
    read is the file every line of which was asked."""
    src = _source(texts)
    text = "\n".join(texts)
    asked = set(spacedlabels._cheap_lines(text, len(texts)))
    assert {k for k, t in enumerate(texts) if spacedlabels.joined_label(t, ROLES) is not None} <= asked
    assert spacedlabels.read(src, ROLES, text) == _plain_read(src)


def test_spaced_labels_read_alike_on_every_fixture() -> None:
    """Every text fixture and the seed, and each with its lines spread apart (every line's
    characters set one full-width space apart: labels and speech alike)."""
    for lines in FIXTURES:
        spread = tuple(replace(line, text="\u3000".join(line.text)) for line in lines)
        for each in (lines, spread):
            src = SourceText("x.txt", each)
            assert spacedlabels.read(src, ROLES, "\n".join(line.text for line in each)) == _plain_read(src)


@SETTINGS
@given(st.lists(st.text(alphabet="ab　\n。", max_size=6), min_size=1, max_size=14), st.booleans())
def test_a_lines_start_is_its_place_in_the_starts(texts: list[str], built: bool) -> None:
    """``FileView.start(k)`` is ``starts[k]`` whether or not ``starts`` was built first."""
    lines = tuple(Line(t, n) for n, t in enumerate(texts, 1))
    view, plain = FileView(lines), FileView(lines).starts
    if built:
        assert view.starts == plain
    assert [view.start(k) for k in range(len(texts))] == plain
