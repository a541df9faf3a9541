"""One prepared view of a file's lines, built once per parse and shared by every pass.

The parser's pre-passes (the trailing labels, the names alone, the narrated acts, the
legend, the running heads, the double spacing …) each read the whole file before the parse.
They used to build their own view of it — the lines' texts, the texts joined by line breaks,
each line stripped — once per pre-pass; ``FileView`` builds them once and hands them to each
(``LineParser``), and the main loop reads each line's stripped text from it too. The passes
before the parser (the clock column, the spaced labels, the text columns, the spelling apart,
the OCR's marks) read the same view (``FileView.of``): a new one is made only when a pass
changed the lines (most files: none does, and the file's text is joined once).

Only what every pass needs in the same form is here: a pre-pass keeps its own reading of
the lines. The view is built from the lines and never changes.
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate

from ..model import Line
from . import pagenumbers
from .native import mypyc_attr

__all__ = ["CharLed", "FileView", "LineStart", "holds", "line_indexes"]

_TEXT = operator.attrgetter("text")
_PLUS_ONE = (1).__add__


def _compute_stripped(view: FileView) -> list[str]:
    """Each line's text without the spaces around it (``str.strip`` mapped in C)."""
    return list(map(str.strip, view.texts))


def _compute_joined(view: FileView) -> str:
    """The lines' texts joined by line breaks."""
    return "\n".join(view.texts)


def _compute_starts(view: FileView) -> list[int]:
    """The position in ``joined`` where each line starts (the lengths summed in C: each
    line's with its line break, from 0; the sum after the last line left off)."""
    starts = list(accumulate(map(_PLUS_ONE, map(len, view.texts)), initial=0))
    starts.pop()
    return starts


def _compute_lasts(view: FileView) -> str:
    """The last character of each line's stripped text, a line break for a line with none:
    one character a line, so that a pass finds the lines that end in a few characters by
    one search of a short string (``ending``) — a search of ``joined`` for them tries a
    class of characters at every character of the file (65 instructions a character)."""
    return "".join([t[-1:] or "\n" for t in view.stripped])


def _compute_page_numbers(view: FileView) -> frozenset[int]:
    """The lines that are page numbers where they stand (``pagenumbers.find``: a list's number is
    one only at a page's edge), found among the lines that end as a page number does."""
    return pagenumbers.find(view.lines, view.stripped, view.ending(pagenumbers.ENDS))


@mypyc_attr(native_class=False)  # its cached_property (native.py)
class FileView:
    """The lines of one file as the passes read them: ``texts`` (each line's text as read),
    ``stripped`` (each without the spaces around it: U+3000 is whitespace to ``str.strip``),
    ``joined`` (the texts joined by line breaks: a pass finds the few lines it wants by one
    search of it) and, on first need, where each line starts in ``joined`` and each line's
    last character (``lasts``)."""

    def __init__(self, lines: Sequence[Line], texts: list[str] | None = None) -> None:
        """``texts``: the lines' texts when the caller has them already."""
        self.lines = lines
        self.texts = list(map(_TEXT, lines)) if texts is None else texts  # (a C-level map)

    @classmethod
    def of(cls, lines: Sequence[Line], view: FileView | None, texts: list[str] | None = None) -> FileView:
        """The view of ``lines``: ``view`` when it is theirs (the same tuple: the pass before
        changed no line), else a new one (``texts``: the lines' texts, when the caller has them)."""
        return view if view is not None and view.lines is lines else cls(lines, texts)

    stripped = cached_property(_compute_stripped)

    joined = cached_property(_compute_joined)

    starts = cached_property(_compute_starts)

    def start(self, k: int) -> int:
        """Where line ``k`` starts in ``joined`` (``starts[k]``), without summing every line's
        length when ``starts`` is not built: a reader that wants the first lines alone (their
        text up to line ``k``) does not build the list for the whole file."""
        if "starts" in self.__dict__:
            return self.starts[k]
        return sum(map(len, self.texts[:k])) + k

    def index(self, pos: int) -> int:
        """The index of the line that position ``pos`` of ``joined`` stands on."""
        return bisect_right(self.starts, pos) - 1

    lasts = cached_property(_compute_lasts)

    #: the indexes of the lines that are page numbers where they stand: the one home every reader asks
    page_numbers = cached_property(_compute_page_numbers)

    def holding(self, chars: str) -> list[int]:
        """The indexes of the lines whose text holds one of ``chars`` (no line break), in order:
        a reader's per-line gate, the characters its form cannot be written without, for the
        few lines they stand on. Each character is found by ``str.find`` of one character in
        ``joined`` (a scan at C speed, ~20 µs for the 170,000 characters of the seed ×20 — where
        ``str.find`` of two characters or more tries every position, ~500 µs, and a regex's
        class or alternation first ~2,000 µs), its line by the line breaks before it counted
        (``str.count``) from the last one found: ``starts`` (a sum over every line) is not built
        for a few characters."""
        joined = self.joined
        found: list[int] = []
        for c in chars:
            at = joined.find(c)
            while at >= 0:
                found.append(at)
                at = joined.find(c, at + 1)
        found.sort()
        return line_indexes(joined, found)

    def ending(self, chars: str) -> list[int]:
        """The indexes of the lines whose stripped text ends in one of ``chars``."""
        return [m.start() for m in _any_of(chars).finditer(self.lasts)]


def line_indexes(text: str, positions: Iterable[int]) -> list[int]:
    """The indexes of the lines (``text`` parted by its line breaks) that the ascending positions of
    ``text`` stand on, each once: the line breaks before each counted (``str.count``) from the last."""
    out: list[int] = []
    line = at = 0
    for pos in positions:
        line += text.count("\n", at, pos)
        at = pos
        if not out or out[-1] != line:
            out.append(line)
    return out


@lru_cache(maxsize=16)
def _any_of(chars: str) -> re.Pattern[str]:
    """One of the characters (a class, compiled once for each set of them)."""
    return re.compile("[" + re.escape(chars) + "]")


class LineStart:
    """A pattern tried at the start of each line of a file's text joined (what ``(?m)^`` before
    it says), without ``(?m)^``: the regex engine tries that at every position of the text
    (its whole length, for the few lines that start so), where a pattern led by a literal line
    break is looked for by a scan for that character alone. The first line is tried by
    ``match()``; a match is the pattern's own, at the line's start, as ``(?m)^``'s would be
    (tests/test_prepass_fast_paths.py holds the two together)."""

    def __init__(self, pattern: str) -> None:
        """``pattern``: what stands at a line's start (a match never runs past the line's end)."""
        self.first = re.compile(pattern)
        self.after_break = re.compile("\n(?:" + pattern + ")")

    def search(self, text: str) -> re.Match[str] | None:
        """The match at the first line that starts so, or None."""
        m = self.first.match(text)
        if m is None and (after := self.after_break.search(text)) is not None:
            m = self.first.match(text, after.start() + 1)
        return m

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The match at each line that starts so, in order."""
        m = self.first.match(text)
        if m is not None:
            yield m
        for after in self.after_break.finditer(text):
            m = self.first.match(text, after.start() + 1)
            if m is not None:
                yield m


def holds(text: str, chars: str) -> bool:
    """Some character of ``chars`` occurs in ``text``: a reader's gate, the characters its form
    cannot be written without (``str.find`` of each, C speed: ~7 µs for the 170,000 characters of
    the seed ×20, where a regex's class tried at every position costs ~1.5 ms)."""
    return any(c in text for c in chars)


class CharLed:
    """A pattern whose match starts with one of a few characters (``[○〇◯]…``), searched as one
    pattern a character — the regex engine scans for a literal first character in a tight loop,
    while a class first is tested at every position (~5× the instructions on a file's text) —
    and only for the characters the text holds (``holds``: a file with none is not searched).
    The match is the leftmost, as the pattern's own search finds it (tests/test_reader_gates.py
    holds the two together)."""

    __slots__ = ("chars", "by_char")

    def __init__(self, chars: str, rest: str) -> None:
        """The pattern is ``[chars]rest``; ``rest`` looks at nothing before the first character."""
        self.chars = chars
        self.by_char = tuple((c, re.compile(re.escape(c) + rest)) for c in chars)

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match in ``text``, or None."""
        found = None
        for c, rx in self.by_char:
            if c in text and (m := rx.search(text)) is not None and (found is None or m.start() < found.start()):
                found = m
        return found
