"""Pure text helpers shared by the stages: normalised keys and Japanese numbers."""
from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from collections.abc import Iterable

from wcwidth import wcwidth

#: What ``\s`` matches (``str.isspace``, U+3000 among them), spelled out for a class of
#: characters: the regex engine looks such a class up in a table, but calls a function per
#: character for ``\s`` inside one (a third of ``strip_punct``'s time on Japanese text).
#: tests/test_parse_fast_paths.py holds it to ``\s`` at every code point.
WHITESPACE = "\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

#: The characters of ``WHITESPACE`` written out (what ``str.isspace`` takes), for ``str.strip``.
SPACE_CHARS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + \
    "\u2028\u2029\u202f\u205f\u3000"

#: a run of spaces, half- or full-width (U+3000): the one pattern the readers split and squeeze with
# A run of a class searched for (sub, split, finditer) is written as the class, then the class
# repeated: a pattern that opens with a class is looked for by a scan for that class alone (sre's
# charset prefix), one that opens with a repeat is tried at every position — twice the
# instructions on a line of Japanese text. The same matches either way
# (tests/test_throughput_fast_paths.py).
SPACES = re.compile(f"[{WHITESPACE}][{WHITESPACE}]*")
#: the dashes (not the long vowel ー): a hyphen, the full-width hyphen-minus, the horizontal bar, the
#: hyphen, the em and en dashes, the minus sign (U+2212, as Word and some IMEs write －). One home
#: for every reader of a dash (minutes.forms.DASH_CLASS: a label framed by dashes, a rule; a page
#: number's, PAGE_NUMBER below; an export's separators and empty cells)
DASHES = "-－―‐—–−"

#: A page number alone on its line, as an extractor leaves it between two pages: the number with
#: dashes about it or on one side (－ 3 －, - 3 -, ―3―, ー３ー, －3: the long vowel ー too, as a typist
#: sets it for a dash), with the count of pages (3/9, ３／９, 3 of 9), after p. or Page (p. 3, P.3,
#: Page 3 of 9), in brackets ((3), （３）) or before a full stop (3．). The one home of the pattern
#: for every reader (pdftotext's and pypdf's text, a PDF's rows, a table's cells, an interview):
#: ``PAGE_NUMBER_FORM`` the number and its marks (no anchor: ``furniture`` finds the lines in a
#: file's text joined), ``PAGE_NUMBER`` the line (spaces about it allowed, the form group 1).
_PAGE_DASH = f"[{re.escape(DASHES)}ー]"
_PAGE_DIGITS = "[0-9０-９]{1,4}"
PAGE_NUMBER_FORM = (rf"(?:{_PAGE_DASH}\s*)*"
                    rf"(?:(?:[pP](?:age)?[.．]?\s*)?{_PAGE_DIGITS}(?:\s*(?:[/／]|of)\s*{_PAGE_DIGITS})?"
                    rf"|[（(]\s*{_PAGE_DIGITS}\s*[）)]|{_PAGE_DIGITS}\s*[．.])"
                    rf"(?:\s*{_PAGE_DASH})*")
PAGE_NUMBER = re.compile(rf"^\s*({PAGE_NUMBER_FORM})\s*$")
#: the longest a page number's form may be (Page 123 of 456): a longer line of digits and dashes
#: is a rule or a table's row, no page number
PAGE_NUMBER_LONGEST = 16


def is_page_number(text: str) -> bool:
    """``text`` (a line, stripped or not) is a page number alone (``PAGE_NUMBER``).

    >>> [is_page_number(t) for t in ("－ 3 －", "  - 12 -", "3/9", "p. 3", "Page 3 of 9", "（３）", "3．")]
    [True, True, True, True, True, True, True]
    >>> [is_page_number(t) for t in ("", "3番", "2026年", "――――――――――――――――3――――――――――――――――", "（３）その他")]
    [False, False, False, False, False]
    """
    return (m := PAGE_NUMBER.match(text)) is not None and m.end(1) - m.start(1) <= PAGE_NUMBER_LONGEST

#: what makes a page number's form one no list uses (a dash about it, the count of pages, p. or Page):
#: such a line is a page number wherever it stands. The other forms (3, (3), （３）, 3．) number a
#: list's items too (議事 / （１） / 地域交通計画の改定について, pdftotext putting the numbers on lines of
#: their own): those are page numbers only where a page's edge is (``minutes.pagenumbers``).
_PAGE_SURE = re.compile(rf"{_PAGE_DASH}|[/／pP]|of")


def is_sure_page_number(text: str) -> bool:
    """``text`` is a page number by its form alone (``is_page_number``, and a dash, the count of
    pages, p. or Page about the number: no list numbers its items so).

    >>> [is_sure_page_number(t) for t in ("－ 3 －", "－3", "3/9", "p. 3", "Page 3 of 9", "ー３ー")]
    [True, True, True, True, True, True]
    >>> [is_sure_page_number(t) for t in ("3", "（３）", "(3)", "3．", "３.", "－ － －")]
    [False, False, False, False, False, False]
    """
    return is_page_number(text) and _PAGE_SURE.search(text) is not None


#: a page's foot on one line: words, spaces, then the page's number (広報みずほ　２０２６年９月号　－３－)
_PAGE_FOOT = re.compile(rf"^[ \u3000\t]*(?P<head>\S.*?)[ \u3000]+(?P<page>{PAGE_NUMBER_FORM})[ \u3000\t]*$")


def page_foot(text: str) -> str | None:
    """The words of a page's foot that ends in the page's number by a form no list uses
    (``is_sure_page_number``: 広報みずほ　２０２６年９月号　－３－, …　3/8), else None: a bulletin's
    foot as pypdf gives it, on the line of its words (the next page's head may repeat them).

    >>> [page_foot(t) for t in ("広報みずほ　２０２６年９月号　－３－", "市報 9月号 3/8", "広報 p. 4", "議題　（３）")]
    ['広報みずほ\u3000２０２６年９月号', '市報 9月号', '広報', None]
    >>> [page_foot(t) for t in ("－３－", "参加者は 12 名", "令和８年 ３．")]
    [None, None, None]
    """
    m = _PAGE_FOOT.match(text)
    return m["head"] if m is not None and is_sure_page_number(m["page"]) else None


_PAGE_VALUE = re.compile("[0-9０-９]+")


def page_number_value(text: str) -> int:
    """The page a page number's line gives (its first number: 3 of ``－ ３ －``, ``3/9``, ``（３）``).

    >>> [page_number_value(t) for t in ("－ ３ －", "3/9", "Page 12 of 40", "（３）", "４．")]
    [3, 3, 12, 3, 4]
    """
    m = _PAGE_VALUE.search(text)
    return int(unicodedata.normalize("NFKC", m[0])) if m is not None else -1


#: the last character of a unit of an office (会計課, 土木部, 都市整備局, 企画室, 保健所, 調整班, 保育係):
#: the one home of an office's ending for every reader that tells an office from a person (a unit is no
#: one's name: 広報編集部 木下, 公園緑地課計 / 画係長, 事務局_総務課松永, …課長 after the unit). A reader
#: that needs other ends beside it adds them where it uses it (センター, 事務局; a place's, ``PLACE_ENDS``),
#: and a reader that needs fewer says why there.
UNIT_ENDS = "課部局室所班係"
#: the units whose name alone is a speaker's label (子育て支援課, 環境政策室, 保育係): 部 and 局 alone end
#: other words too (学部, 放送局), 所 班 a place's or a group's (研究所, ３班)
UNIT_ALONE_ENDS = "課室係"
#: the last character of a local government's or a place's name (みどり市, 北町, 山田村, 港区, あおば県,
#: 東京都, 大阪府, 北海道): what stands before an office's title there is the place, no person
PLACE_ENDS = "市町村区県都府道"
#: the ends of ``PLACE_ENDS`` that end no surname (村 町 道 do: 中村, 大町, 北道): a word alone ending so is
#: a place's, never a person's name
PLACE_ONLY_ENDS = "市区県都府"

#: the characters of a Japanese name or title, as a class's body (write ``[{NAME_CHARS}]``): kanji
#: (extension A, the unified block, the compatibility block: 﨑 U+FA11), 々 〆, katakana (ヵ ヶ among
#: them) and the long vowel ー. The one home for every reader that takes a run of them for a name
#: or a label (acted: a speaker named in a sentence; prose: a clause that names its source; ocr: a
#: label an OCR read); a reader adds what its form allows beside it (・, digits).
NAME_CHARS = "\u3400-\u9fff\uf900-\ufaff々〆\u30a1-\u30faー"

# one character at a time: the same removal as runs of them, and faster (no repeat in the regex)
_SPACE_PUNCT = re.compile(f"[{WHITESPACE}" r"、。，．,.・：:；;「」『』（）()【】〔〕\[\]｛｝{}〈〉《》!！?？…‥ー－\-―~〜～/／\"'“”‘’]")


def norm(text: str) -> str:
    """NFKC and upper-case ASCII: the form that evidence terms are matched against.

    >>> norm("ＫＰＩとＯ＆Ｍ")
    'KPIとO&M'
    """
    return nfkc(text).upper()


# Characters NFKC leaves as they are and that never combine with a character before them
# (canonical class 0, NFKC quick check "yes"): ASCII, hiragana and katakana letters (not
# the voicing marks U+3099-U+309C), the prolonged sound mark, 、。「」『』 and the unified CJK
# ideographs. A text splits into independently normalised pieces before any of them.
_STABLE = "\x00-\x7f\u3001\u3002\u3005-\u3007\u300c-\u300f\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff"
_UNSTABLE = re.compile(f"[^{_STABLE}][^{_STABLE}]*")  # a run: led by its class (see SPACES)
# Below this length one ``unicodedata.normalize`` call is as fast as the scan (measured on
# Japanese text with full-width digits and brackets: 1.7 against 3.2 µs at 8 characters,
# 16 against 9 µs at 64); a text already in NFKC is returned after the quick check.
_NFKC_SCAN_FROM = 48
# Up to this length the quick check comes first (on a longer text holding a character the
# check cannot decide, it would normalise the whole text to compare).
_NFKC_CHECK_UP_TO = 4096


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, the same string, faster on long mostly
    Japanese texts: only the runs of characters outside ``_STABLE`` (with the character
    before each, which a combining mark may join) are normalised.

    >>> nfkc("ｶﾞｲﾄﾞ（１）か\u3099ＡＢ") == unicodedata.normalize("NFKC", "ｶﾞｲﾄﾞ（１）か\u3099ＡＢ")
    True
    """
    if len(text) < _NFKC_SCAN_FROM:
        return unicodedata.normalize("NFKC", text)
    if len(text) < _NFKC_CHECK_UP_TO and unicodedata.is_normalized("NFKC", text):
        return text
    out, last = [], 0
    for m in _UNSTABLE.finditer(text):
        start = max(m.start() - 1, last)
        out.append(text[last:start])
        out.append(unicodedata.normalize("NFKC", text[start:m.end()]))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


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
    # 、 and 。, two thirds of the marks in Japanese prose, go first by str.replace (a C loop
    # that builds no match object): the same characters removed, fewer matches for the class
    return _SPACE_PUNCT.sub("", text.replace("、", "").replace("。", ""))


Trie = dict[str, "Trie"]


def word_trie(words: Iterable[str]) -> Trie:
    """The words as nested dicts, one level a character; ``""`` marks a word's end.

    >>> word_trie(["AB", "A"])
    {'A': {'B': {'': {}}, '': {}}}
    """
    root: Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


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


def width(text: str) -> int:
    """Columns the text takes on a terminal (wcwidth: East Asian wide characters count 2).

    >>> width("和泉内閣総理大臣補佐官"), width("O&M"), width("ｶﾅ")
    (22, 3, 2)
    """
    return sum(max(wcwidth(ch), 0) for ch in text)


def clip(text: str, columns: int) -> str:
    """Cut to ``columns`` display columns (ending in … when cut) and pad, so columns line up.

    >>> clip("新型コロナ", 7) + "|", clip("DX", 4) + "|", clip("長い名前", 1) + "|"
    ('新型コ…|', 'DX  |', '…|')
    """
    text = re.sub(r"\s*\n\s*", " ", text)
    used = width(text)
    if used <= columns:
        return text + " " * (columns - used)
    out, used = [], 0
    for ch in text:
        w = max(wcwidth(ch), 0)
        if used + w > columns - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (columns - used - 1)


def terminal_width() -> int:
    """The terminal's width: ``COLUMNS`` when set, else the terminal's own, else 80."""
    return max(shutil.get_terminal_size((80, 24)).columns, 20)


def table(header: tuple[str, ...], widths: tuple[int | None, ...] | None, rows: Iterable[Iterable[object]], *,
          total: int | None = None, keep: tuple[int, ...] = (0,)) -> str:
    """A plain-text table that fits the terminal and lines up with Japanese text.

    Each column is as wide as its widest cell, at most ``widths[i]`` (None: no limit); when
    the table is wider than ``total`` columns (default: the terminal's width, ``COLUMNS``
    honoured), the last column (the text) gives way first, then the widest others, and long
    cells end in …; the columns in ``keep`` (default: the first, the ids) are never cut.

    >>> print(table(("n", "名前", "本文"), None, [(1, "和泉内閣総理大臣補佐官", "新型コロナウイルスの感染"),
    ...                                       (12, "飯島委員", "DX")], total=34))
     n  名前           本文
     1  和泉内閣総理…  新型コロナウイ…
    12  飯島委員       DX
    """
    cells = [tuple(str(c) for c in row) for row in rows]
    n = len(header)
    limits = tuple(widths) if widths is not None else (None,) * n
    cols: list[int] = []
    for i in range(n):
        natural = max([width(header[i])] + [width(re.sub(r"\s*\n\s*", " ", r[i])) for r in cells])
        limit = limits[i]
        cols.append(natural if limit is None else min(natural, limit))
    room = (total or terminal_width()) - 2 * (n - 1)
    # the last column (the text) gives way first, down to 30 columns; then the widest others
    floor = [c if i in keep else min(c, max(4, min(width(h), 8)))
             for i, (c, h) in enumerate(zip(cols, header))]
    floor[-1] = min(cols[-1], 30, max(room // 2, 10))
    while sum(cols) > room:
        if cols[-1] > floor[-1]:
            cols[-1] -= 1
            continue
        i = max(range(n), key=lambda j: cols[j] - floor[j])
        if cols[i] <= floor[i]:
            if n - 1 in keep or cols[-1] <= 4:
                break
            floor[-1] = 4  # the kept columns leave no more room: the text gives way further
            continue
        cols[i] -= 1
    # a column is right-aligned when it has rows and every cell is a number
    numeric = [bool(cells) and all(_NUMBER.fullmatch(r[i]) for r in cells) for i in range(n)]

    def line(row: tuple[str, ...]) -> str:
        out = []
        for c, w, right in zip(row, cols, numeric):
            cell = clip(c, w)
            if right and width(c) <= w:
                cell = " " * (w - width(c)) + c
            out.append(cell)
        return "  ".join(out).rstrip()

    return "\n".join([line(header)] + [line(r) for r in cells])


_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?%?")


_TOKEN = re.compile(r"[『「（【〔〈《]*(?:[A-Za-z0-9_.,:;=/+\-\[\]'`\"<>()|%@~*#&!?$]+|\s+|.)", re.S)
_NO_LINE_START = set("、。，．,.）」』】〕〉》・ー…：:;；!?！？")


def wrap(text: str, columns: int) -> list[str]:
    """Wrap one paragraph to ``columns`` display columns (Japanese may break between any two
    characters; Latin words and options stay whole; 、。」 hang rather than start a line).

    >>> wrap("骨子案を作ります。--threshold は 0-100 です。", 12)
    ['骨子案を作り', 'ます。', '--threshold', 'は 0-100 で', 'す。']
    >>> wrap("デジタルトランスフォーメーション", 12)  # ー may not start a line; メ goes down with it
    ['デジタルトラ', 'ンスフォー', 'メーション']
    >>> wrap("記録は同じ場所に出力）。", 22)  # neither ） nor 。 starts a line
    ['記録は同じ場所に出', '力）。']
    """
    lines: list[str] = []
    toks: list[str] = []  # the current line's tokens
    used = 0
    for tok in _TOKEN.findall(" ".join(text.split())):
        w = width(tok)
        if tok.isspace():
            if toks:
                toks.append(" ")
                used += 1
            continue
        if used + w > columns and "".join(toks).strip():
            carry: list[str] = []
            if tok[0] in _NO_LINE_START:
                # 、。ー may not start a line: the token before it goes down with it
                # (hanging it past the margin would overflow the terminal)
                # (and so does one that may not start a line either: 「出力」+「）」+「。」)
                while toks and (toks[-1].isspace() or not carry or carry[0][0] in _NO_LINE_START):
                    carry.insert(0, toks.pop())
            if "".join(toks).strip():
                lines.append("".join(toks).rstrip())
                toks = [t for t in carry if not t.isspace()]
                used = sum(width(t) for t in toks)
            else:  # one token alone before it: it hangs after all
                toks = carry
        toks.append(tok)
        used += w
    if "".join(toks).strip():
        lines.append("".join(toks).rstrip())
    return lines
