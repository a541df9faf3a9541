"""Speaker headers' shapes: the built-in regexes a header line is tried against (``Shape``), the
characters each can start with and what a line must hold for each to be tried (``needs_held``).

Moved from ``parser.py`` (where ``LineParser`` reads the lines).
"""
from __future__ import annotations

import re
import re._parser as sre_parse
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .patterns import BULLET_CHARS
from .forms import CLOSE_CLASS, HEAVY_CLOSE, HEAVY_OPEN, INSIDE_CLASS, LABEL, MARKS, OPEN_CLASS, SPACE_CLASS
from . import forms as _forms

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_WHITESPACE = _forms.SPACE_CHAR


@dataclass(frozen=True)
class Shape:
    """A speaker-header shape: its regex, what it means, and where it is believed."""

    rx: re.Pattern[str]
    kind: str  # "header"
    loose: bool = False  # colon or bare-name shapes: need a plausible name, not in attendee lists
    marked: bool = False  # a mark or brackets: an unknown title is believed on form
    builtin: bool = True  # False for a user's pattern (tried first, on every line)
    spaced: bool = False  # label, spaces, speech: only a known title, and a sentence before the body
    alone: bool = False  # a label with brackets alone on its line: a known title, speech below it
    needs: int = 0  # what a line must hold for the regex to match it at all (the _NEEDS_* bits)


#: What a built-in shape's regex cannot match a line without (``needs_held`` tells which a line
#: has): a colon; a closing bracket among its characters 2–21; a space among them; at most
#: 20 characters.
_NEEDS_COLON, _NEEDS_CLOSE, _NEEDS_SPACE, _NEEDS_SHORT = 1, 2, 4, 8
_HOLDS_ALL = 15
#: a post in a label's brackets with a space inside, between the unit and the post (（環境施設課 主査）;
#: a full-width space as pdftotext -layout writes it, two or three ASCII spaces), and the person
#: after it (（交通政策課 課長補佐 鈴木）)
_POST = (r"[（(][^\s\u3000：:、。,，「」『』【】（）()]{1,20}"
         r"(?:[ \u3000]{1,3}[^\s\u3000：:、。,，「」『』【】（）()]{1,20}){1,2}[）)]")
BUILTIN_SHAPES = (
    Shape(re.compile(rf"^{OPEN_CLASS}\s*(?P<label>{INSIDE_CLASS}{{1,60}}?)\s*{CLOSE_CLASS}$"), "header", marked=True),
    # （山田委員（欠席のため書面で提出））: the speaker, then a note in brackets of its own
    Shape(re.compile(rf"^{OPEN_CLASS}\s*(?P<label>{INSIDE_CLASS}{{1,60}}?)\s*"
                      rf"[（(][^（）()]{{1,40}}[）)]\s*{CLOSE_CLASS}$"), "header", marked=True),
    # （事務局）資料１の… / 〔増田分科会長代理〕 お待たせ…: the bracketed speaker, then the speech
    Shape(re.compile(rf"^{OPEN_CLASS}\s*(?P<label>{INSIDE_CLASS}{{1,40}}?)\s*{CLOSE_CLASS}"
                      rf"{SPACE_CLASS}*[：:]?{SPACE_CLASS}*(?P<text>\S.*)$"), "header", marked=True),
    # 【渡邉(光)会長】 — a qualifier in brackets inside 【】, 〔〕, ＜＞ …
    Shape(re.compile(rf"^[{HEAVY_OPEN}]\s*(?P<label>[^{HEAVY_OPEN}{HEAVY_CLOSE}]{{1,60}}?)\s*"
                      rf"[{HEAVY_CLOSE}]{SPACE_CLASS}*[：:]?{SPACE_CLASS}*(?P<text>.*)$"), "header", marked=True),
    # Ｑ 片桐委員 / Ａ 鈴木道路建設課長: question and answer marks before the speaker
    Shape(re.compile(rf"^[QＱAＡ問答]{SPACE_CLASS}+(?P<label>{LABEL}{{1,30}}?)(?:{SPACE_CLASS}+(?P<text>.*))?$"),
           "header", marked=True),
    Shape(re.compile(
        rf"^[{MARKS}]{SPACE_CLASS}*(?P<label>{LABEL}{{1,45}}?(?:[（(][^（）()]{{1,20}}[）)])?)"
        # the speech may follow at once in quotation marks: ○山田教育長「ただいまから…」
        rf"(?:{SPACE_CLASS}*[：:]{SPACE_CLASS}*|{SPACE_CLASS}+|(?=「)|$)(?P<text>.*)$"), "header", marked=True),
    Shape(re.compile(
        rf"^[{MARKS}]{SPACE_CLASS}*(?P<label>{LABEL}{{1,40}}?[（(][^（）()]{{1,20}}[）)]){SPACE_CLASS}*(?P<text>.*)$"),
        "header", marked=True),
    # 司会（環境施設課 主査）：… / 司会(市民課 係長): — the label's brackets may hold a space (a unit
    # and a post, as Word and pypdf keep them)
    Shape(re.compile(rf"^(?P<label>{LABEL}{{1,30}}?(?:{_POST})?){SPACE_CLASS}*[：:]{SPACE_CLASS}*(?P<text>.*)$"), "header",
           loose=True, needs=_NEEDS_COLON),
    # 畑中委員長)ただ今から… / 危機管理室長）… — the label closed by a lone bracket (town
    # assemblies): no opening bracket before it on the line
    Shape(re.compile(rf"^(?P<label>[^\s\u3000：:、。,，「」『』【】（()）]{{1,20}}?)[)）]{SPACE_CLASS}*(?P<text>\S.*)$"),
           "header", loose=True, needs=_NEEDS_CLOSE),
    # • 近藤農産企画課課長補佐 — a bullet before a speaker's name alone (web pages saved as text)
    Shape(re.compile(rf"^[{re.escape(BULLET_CHARS)}]{SPACE_CLASS}*(?P<label>{LABEL}{{2,30}}?)$"), "header",
           loose=True),
    # 会長　定刻になりましたので… / 高山課長  ただ今から… — a known title, spaces, the speech
    # … and 長尾（NPO法人 みどり） はい、… — a name and the body in brackets that hold a space (a
    # panel's record), read as the colon shape reads 司会（環境施設課 主査）：; the speech may open with
    # a word whose first character is a particle's (はい、, では主尋問を…, もちろん: forms.SPEECH_OPENER;
    # は, で are otherwise a particle after a word cut by a space: 会長 は…)
    Shape(re.compile(rf"^(?P<label>{LABEL}{{1,20}}?(?:{_POST})?){SPACE_CLASS}+(?P<text>(?:{_forms.SPEECH_OPENER}|[^\s\u3000のはがをにもとへでや、。]).*)$"),
           "header", loose=True, spaced=True, needs=_NEEDS_SPACE),
    # 子育て支援課長 / 子ども・若者支援課長 — a name alone (a ・ inside it: an office's words, read
    # only before a title with no name, ``believed``)
    Shape(re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」『』【】・][^\s\u3000：:、。,，（）()「」『』【】]{0,18}"
                      r"[^\s\u3000：:、。,，（）()「」『』【】・])$"), "header",
           loose=True, needs=_NEEDS_SHORT),
    # 事務局（保育課長） / 保育課長（山田） / 山田委員（副会長）: a name-like label with a title or a
    # name in brackets, alone in its paragraph, the speech in the paragraphs below
    Shape(re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」『』【】・]{1,20}[（(]"
                      r"[^\s\u3000：:、。,，「」『』【】・](?:[ \u3000]{0,3}[^\s\u3000：:、。,，「」『』【】・]){0,29}[）)])$"),
           "header", loose=True, alone=True),
)


def _first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``rx`` can start with, when its pattern opens with ^ and a
    character or a class of characters (（, [○〇◎…]); None when it may start with any.

    >>> sorted(_first_chars(re.compile("^[QA]x"))), _first_chars(re.compile("^[^Q]x"))
    (['A', 'Q'], None)
    """
    if rx.flags & re.IGNORECASE:
        return None
    items: list[tuple[Any, Any]] = list(sre_parse.parse(rx.pattern, rx.flags))  # re._parser has no types
    if len(items) < 2 or items[0] != (sre_parse.AT, sre_parse.AT_BEGINNING):
        return None
    op, av = items[1]
    if op is sre_parse.LITERAL:
        return frozenset(chr(av))
    if op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    return None


_BUILTIN_FIRST = tuple((shape, _first_chars(shape.rx)) for shape in BUILTIN_SHAPES)


@lru_cache(maxsize=4096)
def builtin_shapes(first: str, closed: bool = True, gap: bool = False, holds: int = _HOLDS_ALL) -> tuple[Shape, ...]:
    """The built-in shapes a line starting with ``first`` can have: a shape whose regex
    opens with a class of characters (a mark, a bracket) is not tried on other lines, and a
    label with brackets alone (``alone``) only on a line that ends with a bracket (``closed``).

    ``gap``: the line's second character is a space (``・ 本文…``, ``○ 事務局から…``, as most
    bullets and marks stand). Then the shapes whose label must run on past the first
    character (_NO_GAP: up to a bracket, or a name with no space) cannot match, and the
    spaced shape (label, spaces, speech) can only take the first character as its label: a
    lone letter that heads no turn (``_lone_letter``) unless it is a kanji (問　…) or an
    opening bracket (whose label ``first_header`` may run on to the balancing bracket).

    ``holds``: what of the shapes' ``needs`` the line holds (``needs_held``): a shape whose
    regex needs what the line has not (a colon, a closing bracket or a space near its start,
    a short line) cannot match it, and is not tried (most lines of speech have none of them,
    and the regexes would look for a label's end up to 20 or 30 characters before failing)."""
    lone = gap and first not in "（(" and not "\u4e00" <= first <= "\u9fff"
    return tuple(shape for shape, chars in _BUILTIN_FIRST
                 if (chars is None or first in chars) and (closed or not shape.alone)
                 and not (gap and shape in _NO_GAP or lone and shape.spaced) and (holds & shape.needs) == shape.needs)


def needs_held(text: str) -> int:
    """The ``_NEEDS_*`` bits of what ``text`` holds."""
    head = text[1:21]
    return ((_NEEDS_COLON if "：" in text or ":" in text else 0)
            | (_NEEDS_CLOSE if ")" in head or "）" in head else 0)
            | (_NEEDS_SPACE if _WHITESPACE.search(head) else 0) | (_NEEDS_SHORT if len(text) <= 20 else 0))
#: three of the built-in shapes other modules name: a bullet's name, a bare name, a mark's
BULLET_NAME, BARE_NAME, MARK_SHAPE = BUILTIN_SHAPES[-4], BUILTIN_SHAPES[-2], BUILTIN_SHAPES[5]
#: the shapes whose label takes the line's second character (no space before a bracket that
#: closes it, a bare name, a name before a bracket alone): none on a line whose second is a space
_NO_GAP = frozenset((BUILTIN_SHAPES[8], BUILTIN_SHAPES[11], BUILTIN_SHAPES[12]))
