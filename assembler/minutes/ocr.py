"""Speaker marks an OCR read as letters or digits (issue 10).

A scanned record run through OCR — the way many 理事会, 評議員会 and older 審議会 minutes reach
the web as PDFs with a text layer — gives the speaker's mark ○ back as the Latin letter O or the
digit 0, half- or full-width (``O村上座長　それでは…``, ``0村上座長``, ``Ｏ事務局(資源管理課長)``),
in the same file as marks read right (○, 〇, ◯). Read as written the letter is part of the
label (a speaker named ``O村上``) or, for the digit, no header at all: the turn goes on the
speaker above.

``read_marks`` gives such a line its mark back before the parse, when the file holds two such
lines at least (one stray ``0`` before a word is no evidence) and the words after the letter
are a speaker's label: a run of kanji or katakana (a bracket after it allowed) that the role
table reads as a speaker — a title of the table at its end, or a label of a speaker's form
(``RoleTable.guess``) — before a space, a colon or the line's end. Nothing else of the line
changes but the stray spaces an OCR leaves inside the label (``Ｏ 中 村座長：`` is ``○中村座長：``),
so the point's text and the line numbers are the file's. The cheap test is the first
character of each line (a line indented to its mark is read when one at the margin is); a file
without such a line is returned as it is.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import SourceText
from .roles import RoleTable

#: what an OCR makes of ○: the Latin capital O, the digit zero, half- or full-width
_READ_AS_O = frozenset("OＯ0０")
_SPACE = " \u3000\t"
_MARK_LINE = re.compile(
    r"^[ \u3000\t]*[OＯ0０][ \u3000]?"
    r"(?P<label>[\u3400-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30faー][\u3400-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30faー ]{0,14}?"
    r"(?:[（(][^（()）、。]{1,24}[）)])?)(?=[ \u3000\t：:]|$)")
#: the same with a label spelled with spaces inside (Ｏ 中 村座長：…), up to a colon, two spaces,
#: a wide space or the line's end
_SPACED_LABEL = re.compile(
    r"^[ \u3000\t]*[OＯ0０][ \u3000]?"
    r"(?P<label>[\u3400-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30faー](?:[ ]?[\u3400-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30faー]){0,14}"
    r"(?:[（(][^（()）、。]{1,24}[）)])?)(?=[\u3000\t：:]| {2}|$)")
#: a line (after the line break before it) that starts with what an OCR makes of ○, after a
#: margin or not: the cheap test of a file, one search of its lines joined (the line break
#: first makes it fast: the regex engine looks for that character alone, then tries the rest
#: at each; a set of each line's first character cost 2 % of a PDF record's parse)
_O_FIRST = re.compile(r"\n[ \u3000\t]*[OＯ0０]")
_O_FIRST_LINE = re.compile(r"[ \u3000\t]*[OＯ0０]")  # the same of the first line, by match()
#: the least lines read so in a file before any is given its mark back
_LEAST = 2


def read_marks(src: SourceText, roles: RoleTable, texts: list[str],
               joined: str | None = None) -> tuple[SourceText, list[str]]:
    """The file with each line an OCR opened with O/0 for ○ given its mark back (see the
    module), and its lines' texts (``texts``: the file's, as given, when nothing changed).

    The cheap test: a line starts with one of O Ｏ 0 ０, after a margin or not (``_O_FIRST``:
    one search of the lines joined, ``joined`` when the caller has it: ``FileView.joined``); only
    then is each line read.

    >>> from assembler.model import Line
    >>> from assembler.minutes.roles import load_roles
    >>> texts = ["O村上座長 開会します。", "０ 中 村座長：賛成です。", "O事務局(資源管理課長) 御説明します。",
    ...          "0120-000-000", "OECD の報告"]
    >>> src = SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1)))
    >>> read_marks(src, load_roles(), texts)[1]
    ['○村上座長 開会します。', '○中村座長：賛成です。', '○事務局(資源管理課長) 御説明します。', '0120-000-000', 'OECD の報告']
    """
    if not _opens_with_o("\n".join(texts) if joined is None else joined):
        return src, texts  # (after a margin too: pdftotext -layout's text and an OCR's keep one)
    found: list[tuple[int, re.Match[str]]] = []
    for k, t in enumerate(texts):
        c = t[:1]
        if c in _SPACE and c:
            c = t.lstrip(_SPACE)[:1]
        if c and c in _READ_AS_O:
            for rx in (_MARK_LINE, _SPACED_LABEL):
                m = rx.match(t)
                if m is not None and _speaker(m["label"], roles):
                    found.append((k, m))
                    break
    if len(found) < _LEAST:
        return src, texts
    lines, texts = list(src.lines), list(texts)
    for k, m in found:
        t = texts[k]
        at = len(t) - len(t.lstrip(_SPACE))
        label = m["label"].replace(" ", "")  # the OCR's stray spaces inside the name: 中 村座長
        texts[k] = f"{t[:at]}○{label}{t[m.end():]}"
        lines[k] = replace(lines[k], text=texts[k])
    return replace(src, lines=tuple(lines)), texts


def _opens_with_o(text: str) -> bool:
    """A line of the text (its lines joined) starts with what an OCR makes of ○ (the cheap test)."""
    return _O_FIRST_LINE.match(text) is not None or _O_FIRST.search(text) is not None


def _speaker(label: str, roles: RoleTable) -> bool:
    """The words after the letter are a speaker's label (the role table reads them)."""
    label = label.replace(" ", "")
    return bool(label) and (roles.split(label) is not None or roles.guess(label) is not None)
