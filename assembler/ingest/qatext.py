"""A question-and-answer table as a PDF's text extractor gives it, cell after cell.

A town's 決算審査特別委員会 record typed in Word as a table (質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨,
``heads.asking_columns``), printed to PDF and read back by pypdf, comes as the heading row on one
line, then each cell's lines in reading order — the speaker's cell and the first line of the
words beside it on one line, parted by a space (``山本委員 町税の収入未済額が前年度よ`` / ``り増えている。…``,
``税務課長 個人町民税の滞納が…``), a label wrapped in its narrow column on lines of its own
(``まちづく`` / ``り課長``), the page's number and running head and the heading row again between
two pages. Read as plain text the labels are lost (``佐藤 ふるさと納税の…``: a name alone), glued
(``り課長`` a speaker), or the speech of the turn above.

``read_qa_text`` gives the lines the parser reads, one line still per line of the file: a
cell's label before the space a speaker line of its own (cue ``speaker``, the same number as
the words after it; a name alone in the asker's column a member: ``heads.asker_label``), a
label wrapped over lines alone one speaker line at its first (the lines after it cue
``field``: the label's), the heading row cue ``head`` (again on a page: ``field``, with the
page number and running head right above it), a row's number (``１ 西村議``) cue ``field``.
A label opens a cell only where the text above ended a paragraph (the cell above is done). The
columns laid out side by side (``pdftotext -layout``) are not read here.
"""
from __future__ import annotations

import re

from ..model import Line, SourceText
from .heads import Asking, asker_label, asking_columns, names_alone, official_label

#: the heading row's answerer word, the cheap gate before a line is split
_ANSWERER_WORDS = ("答弁者", "回答者", "説明者")
#: how a cell's words end (the next label opens a cell)
_ENDS = ("。", "．", "」", "）", ")", "？", "?")
#: a page number between pages: - 1 -, －２－, 3
_PAGE_NUMBER = re.compile(r"^[-－―‐−\s]*[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?[-－―‐−\s]*$")
#: a row's number before its first cell's words (１ 西村議)
_ROW_NUMBER = re.compile(r"^[0-9０-９]{1,3} (?=\S)")
#: the longest line a wrapped label's piece holds
_PIECE = 8


def _heading(text: str) -> Asking | None:
    """The table of exchanges whose heading row the line is, with a column naming who answers."""
    if len(text) > 60 or not any(w in text for w in _ANSWERER_WORDS):
        return None
    asks = asking_columns(text.split())
    return asks if asks is not None and asks.answerers else None


def _label(text: str, asks: Asking) -> str | None:
    """A cell's label: the asker's (a name alone, or ending with the asking side's word or 議員)
    or the answerer's (an official's title); None for words of speech."""
    word = text.replace(" ", "")
    if not word or len(word) > 10:
        return None
    if names_alone(word.replace("\u3000", "")) or word.endswith((asks.asker, "議員")):
        return asker_label(word, asks.asker)
    return official_label(word)


def read_qa_text(src: SourceText) -> SourceText | None:
    """The text's lines with its question-and-answer table read cell after cell (see the
    module), or None when it has no such table."""
    if src.format != "txt":
        return None
    lines = list(src.lines)
    at = next((k for k, line in enumerate(lines) if _heading(line.text.strip())), None)
    if at is None or _laid_out(lines, at):
        return None
    asks = _heading(lines[at].text.strip())
    assert asks is not None
    out = lines[:at] + [Line(lines[at].text, lines[at].number, lines[at].page, "head")]
    _Cells(asks, lines, out).read(at + 1)
    return SourceText(file=src.file, lines=tuple(out), encoding=src.encoding, format=src.format,
                      readings=src.readings)


def _joined(pieces: list[str]) -> str:
    """A label's pieces as one: 西村議 / 員 → 西村議員; a name broken where its space stood, 松下 /
    由紀 → 松下　由紀 (its surname then read: 松下委員)."""
    return ("\u3000" if names_alone("".join(pieces)) else "").join(pieces)


def _laid_out(lines: list[Line], at: int) -> bool:
    """The columns side by side (pdftotext -layout): a wide gap of spaces inside the lines below."""
    below = [line.text.strip() for line in lines[at + 1:at + 8] if line.text.strip()]
    return sum(1 for t in below if "   " in t) >= 2


class _Cells:
    """The table's lines after its heading row, read cell after cell."""

    def __init__(self, asks: Asking, lines: list[Line], out: list[Line]) -> None:
        self.asks = asks
        self.lines = lines
        self.out = out
        self.head = next((line.text.strip() for line in lines if line.text.strip()), "")  # the running head
        self.ended = True  # the text above ended a cell's words

    def read(self, start: int) -> None:
        k = start
        while k < len(self.lines):
            k = self.line(k)

    def line(self, k: int) -> int:
        """Read line ``k`` (and the lines of a wrapped label after it); the next line's index."""
        line = self.lines[k]
        text = line.text.strip()
        if not text:
            self.out.append(line)
            return k + 1
        if _heading(text) == self.asks:
            self.page_break(line)
            return k + 1
        if self.furniture(text):
            self.out.append(Line(line.text, line.number, line.page, "field"))
            return k + 1  # a page's number or running head inside a row: the cell goes on
        number = _ROW_NUMBER.match(text) if self.ended else None
        if number:
            self.out.append(Line(number.group().strip(), line.number, line.page, "field"))
            text = text[number.end():]
        first, _, rest = text.partition(" ")
        label = _label(first, self.asks) if self.ended and rest.strip() else None
        if label is not None:
            self.out.append(Line(label, line.number, line.page, "speaker"))
            self.words(Line(rest.strip(), line.number, line.page))
            return k + 1
        if self.ended and len(text) <= _PIECE and not any(p in text for p in "。、"):
            wrapped = self.wrapped(k, text)
            if wrapped > k:
                return wrapped
        self.words(Line(text, line.number, line.page) if number else line)
        return k + 1

    def furniture(self, text: str) -> bool:
        """A page's number, or its running head (the file's first line, maybe cut short)."""
        return bool(_PAGE_NUMBER.match(text)) or len(text) >= 8 and self.head.startswith(text)

    def words(self, line: Line) -> None:
        self.out.append(line)
        self.ended = line.text.rstrip().endswith(_ENDS)

    def wrapped(self, k: int, first: str) -> int:
        """A label alone on its line, perhaps wrapped over the next (まちづく / り課長): one speaker
        line at the first, the pieces after it the label's (cue ``field``), when the words of
        speech follow; the index after it, or ``k`` when it is none."""
        pieces, j = [first], self.past_furniture(k + 1)
        while j < len(self.lines) and len(pieces) < 3:
            label = _label(_joined(pieces), self.asks)
            below = self.lines[j].text.strip()
            if label is not None and len(below) > _PIECE:
                break
            if len(below) > _PIECE or any(p in below for p in "。、"):
                return k
            pieces.append(below)
            j = self.past_furniture(j + 1)
        label = _label(_joined(pieces), self.asks)
        if label is None or j >= len(self.lines):
            return k
        line = self.lines[k]
        self.out.append(Line(label, line.number, line.page, "speaker"))
        self.out.extend(Line(p.text, p.number, p.page, "field" if p.text.strip() else None) for p in self.lines[k + 1:j])
        self.ended = False
        return j

    def past_furniture(self, j: int) -> int:
        """The first line from ``j`` on with words that are no page's furniture."""
        while j < len(self.lines) and (not self.lines[j].text.strip() or self.furniture(self.lines[j].text.strip())):
            j += 1
        return j

    def page_break(self, line: Line) -> None:
        """The heading row again on the next page: it, and the page number and running head
        right above it, the page's furniture (the turn goes on)."""
        k = len(self.out)
        while k and self.out[k - 1].text.strip() and self.furniture(self.out[k - 1].text.strip()):
            k -= 1
            old = self.out[k]
            self.out[k] = Line(old.text, old.number, old.page, "field")
        self.out.append(Line(line.text, line.number, line.page, "field"))
