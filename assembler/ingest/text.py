"""Plain-text minutes in any Japanese encoding."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError
from ..model import Line, SourceText
from ..i18n import _
from .. import limits
from .wrapped import take_off

# C0/C1 controls: they break Word's XML downstream. Line breaks are split on first.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The same but for the line feed: a whole text without page breaks is cleaned at once.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# The bytes ``looks_binary`` counts as controls (what text has: tab, line breaks, form feed).
_CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))


def clean(text: str) -> str:
    """One line's text without control characters; a tab becomes a space.

    >>> clean("DX\\tは\\x07重要\\x0c")
    'DX は重要'
    """
    return _CONTROL.sub("", text.replace("\t", " "))
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs, many controls).

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), looks_binary("議事要旨".encode("cp932"))
    (True, False)
    """
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(data):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.05


def _plausible(text: str) -> bool:
    """Most characters are printable text (kana, kanji, ASCII, punctuation) or spaces — the
    ideographic space U+3000 too, which ``str.isprintable`` counts out: a record indented
    with it (Ⅲ　議事) is text.

    >>> _plausible("Ⅲ\\u3000議事\\n\\u3000\\u3000質疑"), _plausible("議事\\x07\\x08")
    (True, False)
    """
    if not text:
        return False
    good = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    return good >= 0.98 * len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark, else None.

    Such text always holds NUL bytes (in its ASCII line breaks and digits); decoding the
    first 8 KB both ways tells the byte order: the wrong one gives unprintable characters.

    >>> utf16_without_bom("議事要旨\\n".encode("utf-16-le")), utf16_without_bom(b"abc")
    ('utf-16-le', None)
    """
    sample = data[:8192]
    if b"\x00" not in sample or len(data) % 2:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return name
    return None


def _strict(data: bytes, encoding: str) -> tuple[str, str] | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _plausible(text) else None


#: hiragana, which every Japanese sentence holds; the bytes of another encoding read as CP932
#: give none (EUC-JP's are all above 0xA0, CP932's hiragana lead with 0x82)
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
#: half-width katakana: what EUC-JP's bytes read as CP932 give (0xA1–0xDF are single characters there)
_HALF_KANA = re.compile(r"[\uff61-\uff9f]")


def _windows_japanese(data: bytes) -> tuple[str, str] | None:
    """The bytes read as CP932 when they decode as CP932 and Japanese text results: printable,
    hiragana a tenth or more of the characters past ASCII, fewer half-width katakana than
    hiragana. Windows writes CP932, whose NEC/IBM extensions (Ⅰ–Ⅹ, ①–⑳, ㈱) Shift_JIS lacks
    and charset-normalizer finds too odd to name an encoding for (「cannot tell the text
    encoding」 for a record numbered Ⅰ–Ⅳ); EUC-JP's bytes read as CP932 give no hiragana.

    >>> _windows_japanese("Ⅱ　議事\\n①　交通の件について、㈱みなと交通から説明があった。".encode("cp932"))[1]
    'cp932'
    >>> _windows_japanese("２　議事\\n交通の件について説明があった。".encode("euc_jp")) is None
    True
    """
    found = _strict(data, "cp932")
    if found is None:
        return None
    text = found[0]
    kana = len(_HIRAGANA.findall(text))
    past_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if kana == 0 or kana * 10 < past_ascii or len(_HALF_KANA.findall(text)) >= kana:
        return None
    return found


def decode(data: bytes, *, file: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text: a forced encoding, else a BOM, else UTF-8, else CP932 when the bytes are
    Japanese text in it (``_windows_japanese``), else charset-normalizer."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(_("unknown encoding {encoding!r}").format(encoding=encoding), file=file,
                             hint=_("use a name such as utf-8, cp932, shift_jis or euc-jp")) from None
        except UnicodeDecodeError as e:
            raise InputError(_("the file is not valid {encoding} (byte {start})").format(encoding=encoding, start=e.start), file=file,
                             hint=_("leave out --encoding to detect it")) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    windows = _windows_japanese(data)
    if windows is not None:
        return windows
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp932", "euc_jp", "shift_jis", "iso2022_jp",
                                          "utf_16", "utf_8"]).best()
    if best is None:
        # Too little text for statistics: accept the one Japanese encoding that decodes
        # the bytes at all (Shift_JIS lead bytes are invalid in EUC-JP and vice versa).
        fits = [t for t in map(lambda enc: _strict(data, enc), ("cp932", "euc_jp")) if t]
        if len(fits) == 1:
            return fits[0]
        raise InputError(_("cannot tell the text encoding"), file=file,
                         hint=_("give it with --encoding (e.g. cp932)"))
    if best.encoding == "shift_jis":
        # Windows writes CP932, which shift_jis decodes differently for ～ － ∥ ￢ and
        # fails on NEC/IBM extensions (①, ㈱): prefer CP932 whenever it decodes the bytes.
        try:
            return data.decode("cp932"), "cp932"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


def split_lines(text: str, file: str, *, encoding: str | None, fmt: str = "txt") -> SourceText:
    """Text to numbered lines, numbered as an editor (``cat -n``) numbers them.

    A form feed (pdftotext's page break) is no line break: it starts a new page, and in
    text that has them each line carries its page. Control characters are dropped.

    >>> [(l.text, l.number, l.page) for l in split_lines("a\\n\\fb\\n", "x", encoding=None).lines]
    [('a', 1, 1), ('b', 2, 2)]
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    limits.check_lines(text.count("\n"), file)
    if "\f" not in text:
        # every line cleaned at once (the line feeds are then the only controls left); the
        # last line is dropped when the text ends with a line break, as by the split below
        last_empty = text.endswith("\n") or not text
        raw = _CONTROL_IN_TEXT.sub("", text.replace("\t", " ")).split("\n")
        if last_empty:
            raw.pop()
        lines, layer = take_off(tuple(map(Line, raw, range(1, len(raw) + 1))), text)
        return SourceText(file=file, lines=_tables(lines, text), encoding=encoding, format=fmt, readings=layer)
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    page = 1
    out = []
    for i, t in enumerate(raw, 1):
        lead = len(t) - len(t.lstrip("\f"))  # a line is on the page where it starts
        page += lead
        out.append(Line(clean(t), i, page))
        page += t.count("\f") - lead
    lines, layer = take_off(tuple(out), text)
    return SourceText(file=file, lines=_tables(lines, text), encoding=encoding, format=fmt, readings=layer)


_MARGIN_LEAST = "  "  # a margin starts so: one space before every line is a web page's indent, no margin


def without_margin(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines measured from the page's left edge: the blanks every line with text starts
    with — two spaces at least, then a U+3000 too when every line has it (pdftotext -layout
    keeps a page's left margin so) — taken off each, as the PDF reader measures a line's
    indent from the margin (the parse reads a text's lines so: ``minutes.parse_source``).
    What stands in columns (a label at the edge, the speech at its column) and a paragraph's
    first-line indent are read from there; a file with one line at the edge, or one space in,
    or indented by U+3000 alone, has no margin.

    >>> [l.text for l in without_margin((Line("    議   長     開会します。", 1), Line("", 2),
    ...                                  Line("              ます。", 3)))]
    ['議   長     開会します。', '', '          ます。']
    >>> [l.text for l in without_margin((Line("  第１回", 1), Line("\u3000本日は", 2)))]
    ['  第１回', '\u3000本日は']
    """
    margin: str | None = None
    for line in lines:
        t = line.text
        if not t.strip():
            continue  # no text
        lead = t[:len(t) - len(t.lstrip(" \u3000"))]
        margin = lead if margin is None else _common_start(margin, lead)
        if not margin.startswith(_MARGIN_LEAST):
            return lines  # a line at the edge, one space in or indented by U+3000: no margin
    if margin is None:
        return lines
    n = len(margin)
    return tuple(Line(line.text[n:], line.number, line.page, line.cue) if line.text.strip() else line
                 for line in lines)


def _common_start(a: str, b: str) -> str:
    """What ``a`` and ``b`` start with alike."""
    k = 0
    while k < len(a) and k < len(b) and a[k] == b[k]:
        k += 1
    return a[:k]


def _tables(lines: tuple[Line, ...], text: str) -> tuple[Line, ...]:
    """The lines of tables drawn in the text (box characters, Markdown) as ``texttable`` reads
    them: one line per line of the file, cued where a table's structure says what it holds."""
    if not any(bar in text for bar in "│┃|｜"):
        return lines
    from .texttable import rewrite

    leads: dict[int, str] = {}
    found = rewrite([line.text for line in lines], leads)
    if not found:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in leads:
            # 日程 | 発言者 | 発言: the item the row opens, a line of its own with the row's number
            out.append(Line(leads[k], line.number, line.page, "lead"))
        out.append(Line(found[k][0], line.number, line.page, found[k][1]) if k in found else line)
    return tuple(out)


def read_text(path: Path, *, encoding: str | None = None) -> SourceText:
    """Read a .txt of minutes into lines."""
    text, used = decode_file(path, encoding=encoding)
    return split_lines(text, str(path), encoding=used)


def decode_file(path: Path, *, encoding: str | None = None) -> tuple[str, str]:
    """A text file's text and the encoding it was read in (empty, binary, unreadable: refused)."""
    file = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(_("is a folder, not a minutes file"), file=file) from None
    except OSError as e:
        raise InputError(_("cannot read the file ({strerror})").format(strerror=e.strerror), file=file) from None
    if not data.strip():
        raise InputError(_("the file is empty"), file=file, hint=_("export the minutes again"))
    if looks_binary(data):
        raise InputError(_("not a text file (binary content)"), file=file,
                         hint=_("give the minutes as .txt, .docx or .pdf"))
    return decode(data, file=file, encoding=encoding)
