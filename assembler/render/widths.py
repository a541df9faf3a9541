"""Column widths of the appendix table, from what its cells hold.

A column that ``fits`` (id, speaker, meeting, source, merge) is as wide as its widest line,
so that a name, an id or a file name never breaks inside (the renderer also joins their
characters, see ``ooxml.keep_together``); capped, so that one very long name cannot
squeeze the text. The other columns share the rest of the width by their ``share``.
Widths are estimated in ems of the table's font: a wide (全角) character is one em; Latin
text is set proportionally by the IPA faces (their advances measured from the font files by
``tools/glyph_widths.py``) and at half an em by the ＭＳ faces: a line's Latin text is
estimated as wide as it is in the widest of these faces. A Latin run with no sensible place to break (a file name: ``minutes-search-export.csv``)
keeps its column at least as wide as itself even past FIT_CAP, so that it is never broken
inside; Japanese text may break between any two characters and is capped.
"""
from __future__ import annotations

import functools
import math
import unicodedata
import re
from typing import Iterable

from assembler.render.ooxml import LOOSE_AFTER, LOOSE_BEFORE

#: The widest a fitted column may grow, in ems (a line longer than this may break at a
#: sensible place: after a space, ・, _ or /, or before （).
FIT_CAP = 14.0
#: The most of the table's width the fitted columns take together (the text column needs
#: the rest: at 40 % of A4 landscape it still holds about 20 characters a line).
FIT_SHARE = 0.6
#: Room left beside the text of a fitted cell, in ems (rounding of the estimate).
SLACK = 0.5


def text_width(text: str) -> float:
    """Estimated width of one line in ems: as wide as it is set in the widest of the faces.

    >>> text_width("第２回"), round(text_width("m02_0f9244"), 2), round(text_width("R2.5.12"), 2)
    (3.0, 6.09, 3.7)
    """
    if text.isascii():
        return max(sum(map(face.__getitem__, text)) for face in _FACES)
    wide = sum(_char_width(ch) for ch in text if ch >= "\x80")
    return wide + max(sum(face[ch] for ch in text if ch < "\x80") for face in _FACES)


@functools.lru_cache(maxsize=4096)
def _char_width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


#: Advances of chr(32)..chr(126) in thousandths of an em, rounded up, in the faces of the
#: ``ipa`` set of style.yaml (``tools/glyph_widths.py`` prints them from the font files); the
#: ＭＳ faces of the ``ms`` set give every one half an em.
_IPA_FACES = (
    # IPAex明朝 (fonts-japanese-mincho.ttf)
    (291, 283, 354, 619, 619, 785, 727, 212, 366, 366, 250, 679, 238, 295, 238, 500,
     619, 619, 619, 619, 619, 619, 619, 619, 619, 619, 289, 289, 679, 679, 679, 504,
     899, 725, 709, 730, 788, 700, 641, 783, 819, 379, 473, 722, 607, 955, 816, 801,
     643, 801, 695, 614, 625, 792, 718, 960, 721, 686, 632, 340, 500, 340, 500, 500,
     500, 543, 602, 536, 614, 559, 313, 551, 617, 301, 305, 564, 293, 897, 628, 589,
     616, 599, 405, 477, 333, 609, 534, 780, 521, 535, 461, 339, 196, 339, 500),
    # IPAexゴシック (fonts-japanese-gothic.ttf)
    (271, 298, 338, 630, 630, 851, 695, 193, 334, 334, 371, 679, 265, 358, 265, 500,
     630, 630, 630, 630, 630, 630, 630, 630, 630, 630, 320, 320, 679, 679, 679, 551,
     895, 638, 660, 726, 757, 596, 572, 753, 750, 290, 380, 646, 526, 902, 760, 797,
     622, 797, 648, 585, 600, 748, 638, 929, 687, 620, 643, 300, 500, 300, 500, 500,
     500, 550, 625, 544, 625, 569, 307, 556, 607, 271, 271, 519, 271, 872, 605, 605,
     622, 623, 371, 462, 347, 605, 486, 752, 489, 493, 474, 330, 201, 330, 500),
)
#: Each face's width of every ASCII character in ems (the ＭＳ faces' half em last).
_FACES = tuple({**{chr(c): 0.5 for c in range(128)},
                **{chr(32 + i): mils / 1000 for i, mils in enumerate(face)}}
               for face in (*_IPA_FACES, ()))

#: A Latin run that a line may not break inside: printable ASCII, parted only where the
#: renderer lets a fitted cell break (after / and _, before ( and [: ooxml's loose places).
_LATIN_RUN = re.compile("[!-~]+")
_LATIN_BREAK = re.compile("(?<=[%s])|(?=[%s])" % (
    re.escape("".join(c for c in LOOSE_AFTER if c.isascii())),
    re.escape("".join(c for c in LOOSE_BEFORE if c.isascii()))))


def fit_width(values: Iterable[str]) -> float:
    """The width a fitted column asks for, in ems: its widest line, capped at FIT_CAP, but
    never narrower than its widest Latin run that has no sensible place to break.

    >>> round(fit_width(["第２回\\nR2.5.12", "第３回\\nR2.6.1", "第２回\\nR2.5.12"]), 2)
    3.7
    >>> fit_width(["国" * 20]), round(fit_width(["minutes-search-export-cp932.csv\\n9–10行"]), 2)
    (14.0, 15.72)
    >>> round(fit_width(["minutes/search_export/cp932_minutes_of_the_meeting.csv"]), 2)
    14.0
    """
    lines = {line for value in set(values) for line in value.split("\n")}
    widest = max(map(text_width, lines), default=0.0)
    runs = {piece for line in lines for run in _LATIN_RUN.findall(line)
            for piece in _LATIN_BREAK.split(run)}
    return max(min(widest, FIT_CAP), max(map(text_width, runs), default=0.0))


def column_widths(total: int, em: int, pad: int, shares: tuple[float, ...],
                  fitted: tuple[float | None, ...]) -> list[int]:
    """Widths in twips that add up to ``total``: fitted columns (``fitted`` the width they
    ask for in ems, ``fit_width``; None for a shared column) get that width (plus SLACK,
    rounded up to whole ems so that a slightly wider id does not move the columns)
    and ``pad`` (the cell's side margins); the shared columns divide the rest by ``shares``.
    Fitted columns never take more than FIT_SHARE of the table: past that they shrink
    together (and a line wider than its column then breaks at a sensible place).

    >>> column_widths(10000, 160, 114, (0.1, 0.5, 0.1), (5.0, None, 3.0))
    [1074, 8172, 754]
    """
    need = [None if f is None else math.ceil(f + SLACK) * em + pad for f in fitted]
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
