"""Numbered items: what a number opening a line is, its level and its value.

Minutes number their front matter (``３ 出席者``, ``４．議事``), their agenda (``（１）…``,
``⑵…``, ``①…``) and the headings between turns in the outline Japanese official writing
uses, from the top down::

    第１ / Ⅰ      level 0   第１　総則 (not 第１回, 第１号: a session, an item's number), Ⅲ．採決
    １ / 一       level 1   １　日時, ３．出席者, 1) 議事, 一、開会, 二 議題
    （１） / ⑴    level 2   （２）その他, (3) 閉会, ⑶ 報告
    ①             level 3   ②財源
    ア            level 4   ア．, イ), ウ　その他
    （ア）        level 5

An item is the number and how it is written — its **style**: the number alone before spaces
(``space``), before a full stop, comma or closing bracket (``dot``, ``close``), in brackets
(``paren``), in one character (``circled`` ①, ``pcircled`` ⑴, ``roman`` Ⅱ． — the Roman numerals
the Bank of Japan's and the Cabinet Office's summaries head their parts with), after 第 (``dai``), a
katakana (``kana``, ``kparen``). Digits may be full- or half-width, or kanji (一 … 九十九):
the style is the same (三 議題 goes on the series of １ 日時 … ２ 場所). Two items are of one
series when their style is the same; the next item of a series has the next value.

This is the one reader of numbered items: the front matter's (``front.py``: the next item
ends an attendee list), the agenda's and the groups' (``groups.py``, ``parser.py``: an item
going on a series the agenda began is the agenda's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import to_int

__all__ = ["Numbered", "alone", "item", "LEVELS"]

#: the level of each style in the outline (0: the top)
LEVELS = {"dai": 0, "roman": 0, "space": 1, "dot": 1, "close": 1, "paren": 2, "pcircled": 2, "circled": 3, "kana": 4,
          "kparen": 5}
_D = r"[0-9０-９]{1,2}"
_K = r"[一二三四五六七八九十]{1,3}"
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_SP = r"[\s\u3000]"
#: a Roman numeral in Latin letters, as NFKC writes Ⅲ (III) — one to twelve
_LATIN_ROMAN = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_VALUES = {r: v for v, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}
_ITEM = re.compile(
    rf"^{_SP}*(?:第{_SP}*(?P<dai>{_D}|{_K})(?:{_SP}*[．.、]|(?={_SP}))"  # 第１　総則, 第二、
    rf"|[（(]{_SP}*(?P<paren>{_D}|{_K}){_SP}*[）)]"  # （１）, ( 2 ), （三）
    rf"|[（(](?P<kparen>[{_KANA}])[）)]"  # （ア）
    rf"|(?P<dot>{_D}|{_K}){_SP}*[．.、]"  # ３．, 3., 一、
    rf"|(?P<close>{_D}){_SP}*[)）]"  # 1), ２）
    rf"|(?P<space>{_D}|{_K})(?={_SP})"  # ３　出席者, 三 議題
    rf"|(?P<kana>[{_KANA}])(?:{_SP}*[．.、)）]|(?={_SP}+[^\s\u3000]{{2}}))"  # ア．, イ), ウ　その他 (not オ ブ ザ ー …)
    rf"|(?P<roman>[\u2160-\u216b](?={_SP}*[．.、]|{_SP})|{_LATIN_ROMAN}(?={_SP}*[．.][^\x00-\x7f])){_SP}*[．.、]?"
    # Ⅰ．, Ⅲ、, Ⅲ　議事の経過, III.（NFKC's Ⅲ．）
    r"|(?P<circled>[\u2460-\u2473])|(?P<pcircled>[\u2474-\u2487])"  # ②, ⑶
    rf"){_SP}*")


@dataclass(frozen=True)
class Numbered:
    """A numbered item: how its number is written (``style``), the number (``value``), its
    ``level`` in the outline (0: 第１, 1: １, 2: （１）, 3: ①, 4: ア, 5: （ア）) and where the
    item's words begin in the line (``end``: after the number and the spaces)."""

    style: str
    value: int
    level: int
    end: int

    def follows(self, other: "Numbered") -> bool:
        """The item is the next of ``other``'s series: the same style, the next value."""
        return self.style == other.style and self.value == other.value + 1


def item(text: str) -> Numbered | None:
    """The numbered item a line opens with, or None.

    >>> [(n.style, n.value, n.level) for n in map(item, ("３ 出席者", "４．議事", "（５）その他", "三 議題",
    ...     "⑶その他", "②財源", "1) 議事", "第２　報告", "イ．交通", "（ウ）駅前", "Ⅳ．採決", "III.政府", "Ⅲ　議事の経過"))]  # doctest: +NORMALIZE_WHITESPACE
    [('space', 3, 1), ('dot', 4, 1), ('paren', 5, 2), ('space', 3, 1), ('pcircled', 3, 2), ('circled', 2, 3),
     ('close', 1, 1), ('dai', 2, 0), ('kana', 2, 4), ('kparen', 3, 5), ('roman', 4, 0), ('roman', 3, 0), ('roman', 3, 0)]
    >>> [item(t) for t in ("１０時開会", "2025年", "第１回会議", "財源", "三者協議", "アンケート", "I.e. 例", "IV号機", "Ⅱ型")]
    [None, None, None, None, None, None, None, None, None]
    >>> "（２）　その他"[item("（２）　その他").end:]
    'その他'
    >>> [(n.style, n.value) if n else None for n in map(item, ("ウ　その他", "イ 放課後児童クラブ", "オ ブ ザ ー バ ー"))]
    [('kana', 3), ('kana', 2), None]
    """
    m = _ITEM.match(text)
    if m is None:
        return None
    style = m.lastgroup
    assert style is not None
    raw = m[style]
    if style == "circled":
        value = ord(raw) - 0x245F
    elif style == "pcircled":
        value = ord(raw) - 0x2473
    elif style == "roman":
        value = _ROMAN_VALUES[raw] if raw.isascii() else ord(raw) - 0x215F
    elif style in ("kana", "kparen"):
        value = _KANA.index(raw) + 1
    else:
        value = to_int(raw)
    return Numbered(style, value, LEVELS[style], m.end())


def alone(text: str) -> Numbered | None:
    """The number of an item standing alone on its line (``text`` stripped), its words on a line
    of their own below: ``３``, ``（１）``, ``⑴``, ``1.``, ``第1``, ``Ⅲ``, ``②`` — pdftotext's
    default text of a Word table's or a numbered list's cells (an agenda's number, then its item).
    A katakana alone (ア) is no item's number here.

    >>> [(n.style, n.value) if n else None for n in map(alone, ("３", "（１）", "⑴", "1.", "第1", "Ⅲ", "②", "十"))]
    [('space', 3), ('paren', 1), ('pcircled', 1), ('dot', 1), ('dai', 1), ('roman', 3), ('circled', 2), ('space', 10)]
    >>> [alone(t) for t in ("３　閉会", "（１）議題", "ア", "3時", "2026", "第1回")]
    [None, None, None, None, None, None]
    """
    num = item(text + "\u3000")
    return num if num is not None and num.end > len(text) and num.style not in ("kana", "kparen") else None
