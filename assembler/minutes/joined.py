"""Turns run together on one line (issue 10).

An extraction that loses the line breaks between paragraphs — pypdf on some PDFs, a text
layer whose lines share a baseline, text copied from a PDF viewer or scraped from a page that
set each turn in a ``<span>`` — gives several turns on one line: ``○杉本座長　それでは開会する。
○事務局（地域交通課長）　資料１に基づき説明する。○田代委員　運転者の確保が課題である。``.
Read as written, the first header takes the whole line and every later turn is its speech.

``split_turns`` finds the places where a new turn starts inside a line: a sentence's end
(。 or ？, or a stage direction's closing bracket), spaces or none, then a mark or a bracket that opens a header the parser reads with a speaker of the
role table and speech after it on the same line (``opens_turn``, the parser's own test). The line
is then read as its pieces in order, each under the line's number: the points keep their source
line, and the line's place in the accounting is one. A mark after a sentence that opens no
speaker's header (``。○○市の計画では…``, a placeholder) stays text.

The cheap test is a search over the file's text joined for a sentence's end right before a mark
(a literal first character: C speed, 1–2 ms for 50,000 lines); only the lines it finds are read
further, and a file without one is read line by line as before.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from .view import holds

#: a sentence's end, then (spaces or none) the mark or the bracket of a header (【青葉部会長】,
#: （事務局）) — one pattern a sentence's end: a literal first character is searched at C speed
_MARKS = "[○〇◯◎●◆■□◇【〔［＜（(]"
_JOINS = (re.compile(rf"。[ \u3000]*{_MARKS}"), re.compile(rf"？[ \u3000]*{_MARKS}"),
          # a stage direction's bracket closing before the next turn: …（事務局より資料説明）○事務局…
          re.compile(r"）[ \u3000]*[○〇◯◎●◆■□◇【〔［＜]"))
#: a section's heading glued before the first turn under it on one line (``■パネルディスカッション
#: 司会（森下）：それでは…``, ``◆質疑応答 司会：…``): a heading mark at the line's start, the heading's
#: words (no sentence, no colon), spaces — the turn starts after them (the heading a piece of its own)
_HEADED = re.compile(r"^[ \u3000]*[■□◆◇][^\s\u3000。、：:]{1,24}[ \u3000]+(?=\S)", re.MULTILINE)
#: ``_HEADED``'s gate (``view.holds``): its marks, without which it cannot match — a file with none is
#: not searched (``(?m)^`` is tried at every position of the text: 1–2 ms on the seed ×20)
_HEADED_GATE = "■□◆◇"
#: the label after such a heading: words with no space or sentence, closed by a colon (司会（森下）：)
_COLON_LABEL = re.compile(r"[^\s\u3000。、：:]{1,30}?[：:]")


def split_turns(texts: list[str], opens_turn: Callable[[str], bool], text: str | None = None) -> dict[int, list[str]]:
    """The lines that hold several turns (by index) -> their pieces, in order.

    >>> split_turns(["○杉本座長　開会する。○田代委員　賛成である。", "○田代委員　以上です。"],
    ...             lambda t: t.startswith("○田代委員"))
    {0: ['○杉本座長　開会する。', '○田代委員　賛成である。']}
    >>> split_turns(["○山田委員　○○市の例では…。○○町も同じです。"], lambda t: False)
    {}

    ``text``: the texts joined by line breaks (``FileView.joined``), when the caller has it.
    """
    if text is None:
        text = "\n".join(texts)
    marks = sorted([(m.end() - 1, False) for rx in _JOINS for m in rx.finditer(text)]
                   + ([(m.end(), True) for m in _HEADED.finditer(text)] if holds(text, _HEADED_GATE) else []))
    if not marks:
        return {}
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    cuts: dict[int, list[int]] = {}
    for at, headed in marks:
        k = bisect_right(starts, at) - 1
        col = at - starts[k]
        # after a heading: only a label a colon closes (◆北浦雅人 委員　　説明の…, ◇まちづくりセンター　吉田所長
        # 地区の…: a name or an office spaced from the rest of one label, no heading)
        if (not headed or _COLON_LABEL.match(texts[k], col) is not None) and opens_turn(texts[k][col:]):
            cuts.setdefault(k, []).append(col)
    return {k: [texts[k][a:b] for a, b in zip([0, *c], [*c, len(texts[k])])] for k, c in cuts.items()}
