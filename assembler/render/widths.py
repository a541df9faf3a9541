"""Column widths of the appendix table, from what its cells hold.

A column that ``fits`` (id, speaker, meeting, source, merge) is as wide as its widest line,
so that a name, an id or a file name never breaks inside (the renderer also joins their
characters, see ``ooxml.keep_together``); capped, so that one very long name cannot
squeeze the text. The other columns share the rest of the width by their ``share``.
Widths are estimated in ems of the table's font: a wide (全角) character is one em; Latin
text is set proportionally by the IPA faces (measured in LibreOffice's PDF: digits 0.62,
capitals about 0.75, small letters about 0.55, punctuation about 0.3 em) and at half an em
by the ＭＳ faces: the estimate takes the wider.
"""
from __future__ import annotations

import functools
import math
import unicodedata
from typing import Iterable

#: The widest a fitted column may grow, in ems (a line longer than this may break at a
#: sensible place: after a space, ・, _ or /, or before （).
FIT_CAP = 14.0
#: The most of the table's width the fitted columns take together (the text column needs
#: the rest: at 40 % of A4 landscape it still holds about 20 characters a line).
FIT_SHARE = 0.6
#: Room left beside the text of a fitted cell, in ems (rounding of the estimate).
SLACK = 0.5


def text_width(text: str) -> float:
    """Estimated width of one line in ems.

    >>> text_width("第２回"), round(text_width("m02_0f9244"), 2), round(text_width("R2.5.12"), 2)
    (3.0, 6.09, 3.93)
    """
    return sum(map(_ASCII.__getitem__ if text.isascii() else _char_width, text))


@functools.lru_cache(maxsize=4096)
def _char_width(ch: str) -> float:
    if ch < "\x80":
        return _ASCII[ch]
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


_ASCII = {**{chr(c): 0.5 for c in range(128)}, **dict.fromkeys("0123456789", 0.62),
          **dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0.75),
          **dict.fromkeys("abcdeghknopqsuvxyz", 0.58), **dict.fromkeys("mw", 0.9),
          **dict.fromkeys(" .,:;'|!-/()[]fijlrt", 0.35)}


def widest_line(values: Iterable[str]) -> float:
    """The widest line among the values (each distinct line measured once), in ems.

    >>> round(widest_line(["第２回\\nR2.5.12", "第３回\\nR2.6.1", "第２回\\nR2.5.12"]), 2)
    3.93
    """
    lines = {line for value in set(values) for line in value.split("\n")}
    return max(map(text_width, lines), default=0.0)


def column_widths(total: int, em: int, pad: int, shares: tuple[float, ...],
                  fitted: tuple[float | None, ...]) -> list[int]:
    """Widths in twips that add up to ``total``: fitted columns (``fitted`` their widest
    line in ems, None for a shared column) get that width (capped at FIT_CAP, plus SLACK,
    rounded up to whole ems so that a slightly wider id does not move the columns)
    and ``pad`` (the cell's side margins); the shared columns divide the rest by ``shares``.
    Fitted columns never take more than FIT_SHARE of the table: past that they shrink
    together (and a line wider than its column then breaks at a sensible place).

    >>> column_widths(10000, 160, 114, (0.1, 0.5, 0.1), (5.0, None, 3.0))
    [1074, 8172, 754]
    """
    need = [None if f is None else math.ceil(min(f, FIT_CAP) + SLACK) * em + pad for f in fitted]
    fixed = sum(n for n in need if n is not None)
    limit = int(total * FIT_SHARE)
    if fixed > limit:
        need = [None if n is None else n * limit // fixed for n in need]
        fixed = sum(n for n in need if n is not None)
    weights = sum(s for s, n in zip(shares, need) if n is None) or 1.0
    rest = total - fixed
    widths = [n if n is not None else int(rest * s / weights) for s, n in zip(shares, need)]
    shared = [i for i, n in enumerate(need) if n is None] or [len(widths) - 1]
    widths[shared[0]] += total - sum(widths)  # rounding: the widths fill the table exactly
    return widths
