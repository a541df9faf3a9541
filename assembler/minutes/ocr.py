"""Speaker marks an OCR read as letters or digits (issue 10).

A scanned record run through OCR — the way many 理事会, 評議員会 and older 審議会 minutes reach
the web as PDFs with a text layer — gives the speaker's mark ○ back as the Latin letter O or the
digit 0, half- or full-width (``O村上座長　それでは…``, ``0村上座長``, ``Ｏ事務局(資源管理課長)``),
in the same file as marks read right (○, 〇, ◯). Read as written the letter is part of the
label (a speaker named ``O村上``) or, for the digit, no header at all: the turn goes on the
speaker above.

``read_marks`` gives such a line its mark back before the parse, when the file holds two such
lines at least (one stray ``0`` before a word is no evidence), or one written as the file writes
its ○ labels (the same title after a name, the same space between: ``0仁科　委員　…`` where two
lines read ``○桐島　委員　…``, ``〇猿渡　委員　…``: ``_in_files_form``), and the words after the letter
are a speaker's label: a run of kanji or katakana (a bracket after it allowed; words joined
by one space — an OCR's stray one, or the wide space between a name and its title, ``0仁科　委員　…``)
that the role table reads as a speaker — a title of the table at its end, or a label of a speaker's form
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
from ..text import NAME_CHARS
from .roles import RoleTable
from .view import CharLed

#: what an OCR makes of ○: the Latin capital O, the digit zero, half- or full-width
_READ_AS_O = frozenset("OＯ0０")
_SPACE = " \u3000\t"
#: a character of a label an OCR read: kanji, katakana (text.NAME_CHARS)
_K = f"[{NAME_CHARS}]"
#: the words after the letter: runs of a label's characters joined by one space — an OCR's stray
#: one inside the name (Ｏ 中 村座長：), or the wide space between a name and its title
#: (0仁科　委員　…, as ○池田　委員長 beside it; two or three ASCII spaces as pdftotext writes it) — and a bracket after them (O事務局(資源管理課長));
#: the label is the shortest of its prefixes (``_labels``) that the role table reads as a speaker
_MARK_LABEL = re.compile(
    r"^[ \u3000\t]*[OＯ0０][ \u3000]?"
    rf"(?P<words>{_K}(?:(?:\u3000| {{1,3}})?{_K}){{0,14}})(?P<bracket>[（(][^（()）、。]{{1,24}}[）)])?")
#: what ends a label: a space, a colon, a tab or the line's end
_LABEL_END = " \u3000\t：:"
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
    found: list[tuple[int, int, str]] = []
    for k, t in enumerate(texts):
        c = t[:1]
        if c in _SPACE and c:
            c = t.lstrip(_SPACE)[:1]
        if c and c in _READ_AS_O and (m := _MARK_LABEL.match(t)) is not None:
            end = next((e for e in _labels(t, m) if _speaker(t[m.start("words"):e], roles)), None)
            if end is not None:
                found.append((k, end, t[m.start("words"):end]))
    if len(found) < _LEAST:
        # one such line alone: its label must be written as the file writes its own ○ labels
        found = [f for f in found if _in_files_form(f[2], texts, roles)]
        if not found:
            return src, texts
    # from the mark (after the margin) to the label's end: ○ and the label without the OCR's stray
    # spaces inside the name (中 村座長; a wide space between a name and a title stays)
    return _relabelled(src, texts, [(k, len(texts[k]) - len(texts[k].lstrip(_SPACE)), end,
                                     "○" + label.replace(" ", "")) for k, end, label in found])


def _in_files_form(label: str, texts: list[str], roles: RoleTable) -> bool:
    """One line read so is a label when the file writes its ○ labels as this one is written: the
    same title after a name of a label's characters, with the same space between them (or none),
    on ``_LEAST`` lines at least that open with a mark read right (``0仁科　委員　…`` beside
    ``○桐島　委員　…`` and ``〇猿渡　委員　…``: the digit alone, in the file's form, is the mark).
    One stray 0 before a word of a file that writes no such labels stays as it is.

    >>> from assembler.minutes.roles import load_roles
    >>> texts = ["○池田　委員長　開会します。", "○桐島　委員　桐島です。", "〇猿渡　委員　猿渡です。"]
    >>> _in_files_form("仁科\u3000委員", texts, load_roles()), _in_files_form("仁科委員", texts, load_roles())
    (True, False)
    """
    speaker = roles.split(label.replace(" ", "").replace("\u3000", ""))
    if speaker is None or not speaker.title or not label.endswith(speaker.title):
        return False
    head = label[:len(label) - len(speaker.title)]
    name = head.rstrip(_SPACE)
    form = re.compile(rf"[ \u3000\t]*[○〇◯][ \u3000]?{_K}{{{1 if name else 0},8}}"
                      rf"{re.escape(head[len(name):])}{re.escape(speaker.title)}(?:[{_LABEL_END}]|$)")
    return sum(1 for t in texts if form.match(t)) >= _LEAST


def _labels(t: str, m: re.Match[str]) -> list[int]:
    """Where the label after the letter (``_MARK_LABEL``'s match ``m`` of the line ``t``) may end,
    nearest first: after a word of its characters or after the bracket, before a space, a colon, a
    tab or the line's end (``０ 中 村座長：`` may end after 中 or after 村座長; ``0仁科　委員　学校の…``
    after 仁科 or 仁科　委員).

    >>> t = "0仁科　委員　学校の統合"
    >>> [t[1:e] for e in _labels(t, _MARK_LABEL.match(t))]
    ['仁科', '仁科\u3000委員']
    """
    ends = [e for e in range(m.start("words") + 1, m.end("words") + 1)
            if t[e - 1] not in _SPACE and (e == len(t) or t[e] in _LABEL_END)]
    if m["bracket"] and (m.end() == len(t) or t[m.end()] in _LABEL_END):
        ends.append(m.end())
    return ends


#: a ○ read right before a label the OCR set spaces inside (〇議 長（長谷部）, 〇公述人（浅 沼 裕）,
#: 〇委 員 長, 〇司 会, 〇公述人 １, 〇傍 聴 者 Ａ: a number or a letter after the title): the label up
#: to a colon, a wide space, two spaces or the line's end — or one space after the bracket that
#: closes it (〇議 長（長谷部） 議長の…: the speech after a half-width space); a bracket after it
#: (the person, the body; 〇議 長 （長谷部）, a space before it) may hold spaces too
_STRAY_LABEL = re.compile(
    rf"^[ \u3000\t]*[○〇◯][ \u3000]?(?P<label>{_K}(?:[ ]?{_K}){{0,14}}(?: ?[0-9０-９A-Za-zＡ-Ｚａ-ｚ]{{1,2}})?"
    r"(?: ?[（(][^（()）、。：:]{1,24}[）)])?)(?=[\u3000\t：:]| {2}|$|(?<=[）)]) )")
#: the cheap test: a ○ then a label's character, a space and another, a digit, a letter or a
#: bracket (the lines joined); searched one mark at a time, for the marks the file holds (``CharLed``)
_STRAY_CHEAP = CharLed("○〇◯", rf"[ \u3000]?{_K}{{1,6}}(?:（[^）\n]{{0,12}})? (?:{_K}|[0-9０-９A-Za-zＡ-Ｚａ-ｚ（(])")


def read_stray_spaces(src: SourceText, roles: RoleTable, texts: list[str],
                      joined: str | None = None) -> tuple[SourceText, list[str]]:
    """The file with the spaces an OCR left inside the labels after a ○ read right taken out
    (``〇議 長（長谷部）`` is ``〇議長（長谷部）``, ``〇公述人（浅 沼 裕）`` is ``〇公述人（浅沼裕）``),
    when the label read without its spaces is a speaker's (the role table reads it: ``_speaker``)
    — a scanned record read by an OCR, whose labels the parse took for no header (the turn went
    on the speaker above). The mark read right is the evidence: one such line is enough (an O
    for ○, ``read_marks``, needs two). A space with more
    than two characters on both sides stays (``○長谷部 委員長``, ``○会長 長谷部``: a name and a
    title the parser reads as they are). Nothing else of the line changes; the line numbers are
    the file's. The cheap test is one search of the text for a ○, a label's character, a space
    and another.

    >>> from assembler.model import Line
    >>> from assembler.minutes.roles import load_roles
    >>> texts = ["〇議 長（長谷部）", "ただいまから開会します。", "〇公述人（浅 沼 裕）", "〇委 員 長",
    ...          "〇長谷部 委員長", "〇国 の 方 針 に つ い て", "〇議 長（長谷部） 続いて、公述人２番です。"]
    >>> src = SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1)))
    >>> read_stray_spaces(src, load_roles(), texts)[1]
    ['〇議長（長谷部）', 'ただいまから開会します。', '〇公述人（浅沼裕）', '〇委員長', '〇長谷部 委員長', '〇国 の 方 針 に つ い て', '〇議長（長谷部） 続いて、公述人２番です。']
    """
    if _STRAY_CHEAP.search("\n".join(texts) if joined is None else joined) is None:
        return src, texts
    found: list[tuple[int, re.Match[str], str]] = []
    for k, t in enumerate(texts):
        if " " not in t[:30] or (m := _STRAY_LABEL.match(t)) is None:
            continue
        label = _closed_up(m["label"])
        if label != m["label"] and _speaker(label, roles):
            found.append((k, m, label))
    if not found:
        return src, texts
    return _relabelled(src, texts, [(k, m.start("label"), m.end("label"), label) for k, m, label in found])


def _relabelled(src: SourceText, texts: list[str],
                edits: list[tuple[int, int, int, str]]) -> tuple[SourceText, list[str]]:
    """The file and its lines' texts with each edit ``(line index, start, end, label)`` made: the
    span of the line's text replaced by the label as it should read. Nothing else of a line
    changes; the line numbers are the file's (``read_marks``, ``read_stray_spaces``)."""
    lines, texts = list(src.lines), list(texts)
    for k, start, end, label in edits:
        t = texts[k]
        texts[k] = f"{t[:start]}{label}{t[end:]}"
        lines[k] = replace(lines[k], text=texts[k])
    return replace(src, lines=tuple(lines)), texts


def _closed_up(label: str) -> str:
    """The label with the spaces an OCR left inside it taken out, in each part (before the
    brackets, inside them): a space between words of two characters at most (議 長, 委 員 長,
    浅沼 裕) or beside a character alone (都市計画課 長: no word of a label is one character);
    a space between longer words stays (会長 長谷部, 長谷部 委員長: a title and a name, the
    parser's own forms).

    >>> [_closed_up(x) for x in ("議 長（長 谷部）", "都市計画課 長", "会長 長谷部", "傍 聴 者", "公述人１（須 藤 和 也）")]
    ['議長（長谷部）', '都市計画課長', '会長 長谷部', '傍聴者', '公述人１（須藤和也）']
    """
    head, bracket, rest = label.partition("（") if "（" in label else label.partition("(")
    if bracket:
        head = head.rstrip(" ")  # 〇議 長 （長谷部）: the space before the bracket
    return _closed_part(head) + bracket + _closed_part(rest.rstrip("）)")) + rest[len(rest.rstrip("）)")):]


def _closed_part(part: str) -> str:
    words = part.split(" ")
    out = words[0]
    for left, right in zip(words, words[1:]):
        stray = min(len(left), len(right)) == 1 or max(len(left), len(right)) <= 2
        out += right if stray and left and right else " " + right
    return out


def _opens_with_o(text: str) -> bool:
    """A line of the text (its lines joined) starts with what an OCR makes of ○ (the cheap test)."""
    return _O_FIRST_LINE.match(text) is not None or _O_FIRST.search(text) is not None


def _speaker(label: str, roles: RoleTable) -> bool:
    """The words after the letter are a speaker's label (the role table reads them)."""
    label = label.replace(" ", "").replace("\u3000", "")
    return bool(label) and (roles.split(label) is not None or roles.guess(label) is not None)
