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
    return strip_punct(norm(text))


def strip_punct(text: str) -> str:
    """Remove spaces and punctuation (``key`` without the normalisation).

    >>> strip_punct("DX 化の加速、（重要）。")
    'DX化の加速重要'
    """
    return _SPACE_PUNCT.sub("", text)


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


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    """Cut to ``width`` display columns (CJK counts 2) and pad, so columns line up.

    >>> _clip("新型コロナ", 7) + "|", _clip("DX", 4) + "|"
    ('新型コ…|', 'DX  |')
    """
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    out, used = "", 0
    for ch in text:
        if used + _width(ch) > width - 1:
            break
        out, used = out + ch, used + _width(ch)
    return out + "…" + " " * (width - used - 1)


def table(header: tuple[str, ...], widths: tuple[int, ...], rows) -> str:
    """A plain-text table whose columns line up with Japanese text (CJK counts 2 columns)."""
    lines = ["  ".join(_clip(h, w) for h, w in zip(header, widths)).rstrip()]
    lines += ["  ".join(_clip(str(c), w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
