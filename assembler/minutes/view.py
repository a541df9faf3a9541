"""One prepared view of a file's lines, built once per parse and shared by every pass.

The parser's pre-passes (the trailing labels, the names alone, the narrated acts, the
legend, the running heads, the double spacing …) each read the whole file before the parse.
They used to build their own view of it — the lines' texts, the texts joined by line breaks,
each line stripped — once per pre-pass; ``FileView`` builds them once and hands them to each
(``LineParser``), and the main loop reads each line's stripped text from it too.

Only what every pass needs in the same form is here: a pre-pass keeps its own reading of
the lines. The view is built from the lines and never changes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property, lru_cache

from ..model import Line

__all__ = ["FileView"]


class FileView:
    """The lines of one file as the passes read them: ``texts`` (each line's text as read),
    ``stripped`` (each without the spaces around it: U+3000 is whitespace to ``str.strip``),
    ``joined`` (the texts joined by line breaks: a pass finds the few lines it wants by one
    search of it) and, on first need, where each line starts in ``joined`` and each line's
    last character (``lasts``)."""

    def __init__(self, lines: Sequence[Line], texts: list[str] | None = None) -> None:
        """``texts``: the lines' texts when the caller has them already."""
        self.lines = lines
        self.texts = [line.text for line in lines] if texts is None else texts
        self.stripped = [t.strip() for t in self.texts]
        self.joined = "\n".join(self.texts)

    @cached_property
    def starts(self) -> list[int]:
        """The position in ``joined`` where each line starts."""
        starts, at = [], 0
        for t in self.texts:
            starts.append(at)
            at += len(t) + 1
        return starts

    def index(self, pos: int) -> int:
        """The index of the line that position ``pos`` of ``joined`` stands on."""
        return bisect_right(self.starts, pos) - 1

    @cached_property
    def lasts(self) -> str:
        """The last character of each line's stripped text, a line break for a line with none:
        one character a line, so that a pass finds the lines that end in a few characters by
        one search of a short string (``ending``) — a search of ``joined`` for them tries a
        class of characters at every character of the file (65 instructions a character)."""
        return "".join([t[-1:] or "\n" for t in self.stripped])

    def ending(self, chars: str) -> list[int]:
        """The indexes of the lines whose stripped text ends in one of ``chars``."""
        return [m.start() for m in _any_of(chars).finditer(self.lasts)]


@lru_cache(maxsize=16)
def _any_of(chars: str) -> re.Pattern[str]:
    """One of the characters (a class, compiled once for each set of them)."""
    return re.compile("[" + re.escape(chars) + "]")
