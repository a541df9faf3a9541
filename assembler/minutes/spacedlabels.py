"""Speakers' labels spaced out to one width, in a record whose speech is not spaced.

Local records (選挙管理委員会, 農業委員会, 教育委員会, small assemblies) align their labels by
spacing the characters — ``委　員　長：ただいまから…``, ``斎 藤 委 員：…``, ``書　記　長：…``,
``事 務 局 長　…`` — beside unspaced ones (``書記（中原）：…``), often in hanging-indent paragraphs
typed in Word; ``pdftotext -layout`` gives a full-width space between them as a run of ASCII
spaces (``委   員   長：``). Read as written the label is cut (``委　員`` and ``長：…``: 委員, not the
chair) or is no label at all (``斎 藤 委 員`` names no one).

``read`` gives each such label its characters back together before the parse: at a line's start
(after its indent and a speaker's mark, if any) single characters set apart by the same space —
the same run of full-width spaces (``議　　長``), or of one to six ASCII spaces — two at least, then a colon or a gap
before the speech, where the characters together are a speaker's label of the role table
(``委員長``, ``書記長``, ``斎藤委員``: ``RoleTable.split``) and the speech is not spaced (its first
words side by side: a file spelled apart throughout is ``spaced.unspace``'s). The colon or the gap
and the speech stay as written (after a gap the spaces taken out follow the label: the speech
keeps its column, as a -layout record's label | speech columns need); nothing else of the line
changes, and the line numbers are the file's. A title spaced before the person in brackets (``会 長（北村康）``) and a name spaced before a
title (``○岸　本　孝　之 委員長``) are the parser's own forms and are left as they are.

The cheap test is one search of the file's text for a line opening with two characters set
apart by a space.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import SourceText
from ..text import DASHES
from .roles import RoleTable

__all__ = ["read", "joined_label"]

_MARKS = "○〇◯◎●◆◇■□▲△☆★"
#: a character of a label: not ASCII, no space, no punctuation or bracket
_NOT_LABEL = frozenset("、。，．・「」『』（）()【】［］〔〕〈〉＜＞：:；;！？…‥ー～〜＝" + DASHES)
#: the cheap test: a line opening (after an indent and a mark) with two characters set apart
_CHEAP_LINE = rf"[ \u3000]*[{_MARKS}]?[^\x00-\x7f\s\u3000](?:\u3000{{1,3}}| {{1,6}})[^\x00-\x7f\s\u3000](?:[ \u3000]|[：:])"
# the first line by match(), the others after their line break: a pattern led by a literal \n
# is searched by the regex engine's fast scan for that character, where (?m)^ is tried at every
# position of the file (the whole file's text: +48 M instructions of the seed x20's ~750 M)
_CHEAP_FIRST = re.compile(_CHEAP_LINE)
_CHEAP = re.compile("\n" + _CHEAP_LINE)
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
#: the speech after a gap: its first words side by side, kana soon (a sentence, not a name)
_SPEECH = re.compile(r"\S\S")


def read(src: SourceText, roles: RoleTable, joined: str | None = None) -> SourceText:
    """The file with its spaced labels put back together (see the module), or ``src`` as it is.

    >>> from assembler.model import Line
    >>> from assembler.minutes.roles import load_roles
    >>> texts = ["委　員　長：ただいまから開会します。", "斎 藤 委 員：質問します。", "事 務 局 長   お答えします。",
    ...          "議 長 岡本", "会 長（北村康）　開会します。", "書記（中原）：以上です。"]
    >>> [l.text for l in read(SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1))), load_roles()).lines]
    ['委員長：ただいまから開会します。', '斎藤委員：質問します。', '事務局長      お答えします。', '議 長 岡本', '会 長（北村康）　開会します。', '書記（中原）：以上です。']
    """
    text = joined if joined is not None else "\n".join([line.text for line in src.lines])
    if not (_CHEAP_FIRST.match(text) or _CHEAP.search(text)):
        return src
    lines = list(src.lines)
    changed = False
    for k in _cheap_lines(text, len(lines)):
        found = joined_label(lines[k].text, roles)
        if found is not None:
            lines[k] = replace(lines[k], text=found)
            changed = True
    return replace(src, lines=tuple(lines)) if changed else src


def _cheap_lines(text: str, n: int) -> Iterable[int]:
    """The indexes of the lines of ``text`` (``n`` lines joined by line breaks) that open as
    ``_CHEAP_LINE`` says, in order: ``joined_label`` reads no label on any other (its spaces
    between the characters, one width, are ``_CHEAP_LINE``'s; the character after the second
    a space or a colon), so it is asked of these alone instead of every line of the file. A
    text whose lines hold line breaks of their own is read line by line, all of them."""
    if text.count("\n") != n - 1:
        return range(n)
    found = [0] if _CHEAP_FIRST.match(text) else []
    k = at = 0
    for m in _CHEAP.finditer(text):
        k += text.count("\n", at, m.start() + 1)
        at = m.start() + 1
        found.append(k)
    return found


def joined_label(text: str, roles: RoleTable) -> str | None:
    """The line with its spaced label put back together, or None when it opens with none.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> joined_label("○委　員　長　本日の会議を開きます。", r), joined_label("委 員 会 の 開 催", r)
    ('○委員長\u3000\u3000\u3000本日の会議を開きます。', None)
    >>> joined_label("委員長　ただいまから", r), joined_label("委 員 長 岡本", r), joined_label("委　員　長", r)
    (None, None, None)
    """
    body = text.lstrip(" \u3000")
    at = len(text) - len(body) + (1 if body[:1] and body[0] in _MARKS else 0)
    spread = _spread(text, at)
    if spread is None:
        return None
    chars, seps, end, gap = spread
    if len(chars) < 2 or not _alike(seps):
        return None
    label = "".join(chars)
    rest = text[end + len(gap):]
    if gap and not (_SPEECH.match(rest) and _KANA.search(rest, 0, 20)):
        return None  # a name or a word after the gap, or speech spelled apart: no turn's label
    if roles.split(label) is None:
        return None
    # after a gap the spaces taken out follow the label, so the speech keeps its column (a
    # -layout record's label column beside the speech's wrapped lines); a colon follows at once
    return text[:at] + label + ("".join(seps) if gap else "") + text[end:]


def _spread(text: str, at: int) -> tuple[list[str], list[str], int, str] | None:
    """From ``at``: single characters each followed by spaces, up to a colon or a gap before a
    word of several characters — the characters, the spaces between them, where the label ends
    and the gap after it (empty before a colon); None when the line opens otherwise."""
    chars: list[str] = []
    seps: list[str] = []
    i, n = at, len(text)
    while i < n:
        c = text[i]
        if c.isascii() or c.isspace() or c in _NOT_LABEL:
            return None
        chars.append(c)
        i += 1
        if i < n and text[i] in "：:":
            return chars, seps, i, ""
        j = i
        while j < n and text[j] in " \u3000":
            j += 1
        if j == i or j + 1 >= n:
            return None  # a word of several characters, a label alone or nothing after it
        if not text[j + 1].isspace() and text[j + 1] not in "：:":
            return chars, seps, i, text[i:j]  # a word of several characters after the gap: the speech
        seps.append(text[i:j])
        i = j
    return None


def _alike(seps: list[str]) -> bool:
    """The spaces between the label's characters are one width: the same run of full-width
    spaces (one to three: ``議　　長`` spreads two characters as wide as ``委　員　長``'s three), or
    ASCII runs of one to six that differ by one at most (``pdftotext -layout`` renders them so)."""
    if not seps:
        return False
    if set(seps[0]) == {"\u3000"}:
        return len(seps[0]) <= 3 and all(s == seps[0] for s in seps)
    if not all(set(s) == {" "} and len(s) <= 6 for s in seps):
        return False
    widths = [len(s) for s in seps]
    return max(widths) - min(widths) <= 1
