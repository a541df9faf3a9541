"""Plain-text minutes in any Japanese encoding."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError
from ..model import Line, SourceText

# C0/C1 controls except tab; form feeds and vertical tabs become line breaks first.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs, many controls).

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), looks_binary("議事要旨".encode("cp932"))
    (True, False)
    """
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode(data: bytes, *, file: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text: a forced encoding, else a BOM, else UTF-8, else charset-normalizer."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", file=file,
                             hint="use a name such as utf-8, cp932, shift_jis or euc-jp") from None
        except UnicodeDecodeError as e:
            raise InputError(f"the file is not valid {encoding} (byte {e.start})", file=file,
                             hint="leave out --encoding to detect it") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp932", "euc_jp", "shift_jis", "iso2022_jp",
                                          "utf_16", "utf_8"]).best()
    if best is None:
        raise InputError("cannot tell the text encoding", file=file,
                         hint="give it with --encoding (e.g. cp932)")
    return str(best), best.encoding


def split_lines(text: str, file: str, *, encoding: str | None, fmt: str = "txt") -> SourceText:
    """Text to numbered lines; form feeds count as line breaks, controls are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    lines = tuple(Line(_CONTROL.sub("", t), i) for i, t in enumerate(raw, 1))
    return SourceText(file=file, lines=lines, encoding=encoding, format=fmt)


def read_text(path: Path, *, encoding: str | None = None) -> SourceText:
    """Read a .txt of minutes into lines."""
    file = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a folder, not a minutes file", file=file) from None
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", file=file) from None
    if not data.strip():
        raise InputError("the file is empty", file=file, hint="export the minutes again")
    if looks_binary(data):
        raise InputError("not a text file (binary content)", file=file,
                         hint="give the minutes as .txt, .docx or .pdf")
    text, used = decode(data, file=file, encoding=encoding)
    return split_lines(text, file, encoding=used)
