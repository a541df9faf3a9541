"""Pure text helpers shared by the stages: normalised keys and Japanese numbers."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE_PUNCT = re.compile(r"[\s\u3000、。，．,.・：:；;「」『』（）()【】〔〕\[\]｛｝{}〈〉《》!！?？…‥ー－\-―~〜～/／\"'“”‘’]+")


def norm(text: str) -> str:
    """NFKC and upper-case ASCII: the form that evidence terms are matched against.

    >>> norm("ＫＰＩとＯ＆Ｍ")
    'KPIとO&M'
    """
    return unicodedata.normalize("NFKC", text).upper()


def key(text: str) -> str:
    """Normalised comparison key: NFKC, width-folded, spaces and punctuation removed.

    >>> key("DX 化の加速、（重要）。")
    'DX化の加速重要'
    """
    return _SPACE_PUNCT.sub("", norm(text))


def digest(*parts: str, size: int = 6) -> str:
    """A short stable hex digest of the parts (used for ids)."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:size]


_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                 "六": 6, "七": 7, "八": 8, "九": 9}


def to_int(number: str) -> int:
    """A number written in full/half-width digits or kanji (up to 99) to int.

    >>> to_int("１２"), to_int("二十五"), to_int("元")
    (12, 25, 1)
    """
    s = unicodedata.normalize("NFKC", number).strip()
    if s == "元":
        return 1
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _KANJI_DIGITS:
            cur = _KANJI_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            raise ValueError(f"not a number: {number!r}")
    return total + cur
