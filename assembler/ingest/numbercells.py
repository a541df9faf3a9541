"""A numbered speaker | speech table whose columns plain pdftotext gave one after another.

A record typed in Word as a table ``No. | 発言者 | 発言内容`` (``番号 | 氏名 | 発言の要旨``) — the row's number,
the speaker's cell (the post over the name: ``会長`` / ``大須賀　稔``, ``事務局`` / ``（交通政策課長）``, a post
wrapped in its cell: ``交通政策課交通`` / ``企画係長`` / ``辻　美咲``), the words, long cells over several lines
and pages — printed to PDF comes out of plain ``pdftotext`` (no ``-layout``) column by column: the numbers
on lines of their own (``1`` / ``2`` / ``3`` …), then the speakers' cells, then the words, in runs a page or a
few rows long, the page's number and running head between, a piece of the front matter among the cells
(``会議録``, ``第２会議室``). Read as they stand, the cells are a list of names and the words nobody's.

``read_numbered_cells`` pairs them in order when the numbers say how many rows there are: the numbers are
1 to N in order; the words' rows (a row ends at a line that ends a sentence and falls short of the column's
width) and the stage directions between them (``（異議なし）`` alone on a line: a row whose speaker's cell is
empty) are N together; the cells (a post, wrapped or not, closed by the name under it in the same run of
lines; a post whose name is not in its run alone) are as many as the rows of words. Then the k-th cell
speaks the k-th row's words (a speaker line before them, cue ``speaker``), the numbers, the headings, the
cells' lines and the page's furniture are the table's (cue ``field``). A name with no post above it in its
run (a given name pdftotext split off, ``飯沼`` … ``貴之``; a front piece, ``会議録``) is unread (cue ``apart``)
— save the name that the post of a cell standing alone holds in every other cell of the table (``会長`` at a
page's foot, ``大須賀 稔`` atop the next: the 会長's name). When the counts differ nothing is guessed: every
line of the table is cue ``apart``, unread with the reason.

**Gate** — a line that is a number column's heading alone (``No.``, ``番号``; ``heads.TABLE_NUMBER_HEADS``
and their full-width forms): a file without one pays one pass of ``str.strip`` over its lines.
"""
from __future__ import annotations

import re
import unicodedata
from operator import attrgetter

from ..model import Line, SourceText
from ..text import is_page_number
from .apartcells import column_pieces
from .heads import REMARK_HEADS, ROW_ENDS as _ENDS, SPEAKER_HEADS, TABLE_NUMBER_HEADS
from .qatext import WHOLE_BRACKET, cell_label, person_name, post_over_name

__all__ = ["read_numbered_cells", "gate"]

#: a number column's heading alone on its line, as written (half- or full-width)
NUMBER_HEADS = frozenset(TABLE_NUMBER_HEADS) | {
    "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in h) for h in TABLE_NUMBER_HEADS}
#: a row's number alone on its line
_NUMBER = re.compile(r"^[0-9０-９]{1,3}$")
_LEAST_ROWS = 3
_DIGIT = re.compile(r"[0-9０-９]")
#: a name alone, surname and given name apart or a surname (no post: 公園緑地課計 is a wrapped post's piece)
_NAME_LONGEST = 4
_HEADS = frozenset(SPEAKER_HEADS + REMARK_HEADS + ("発言の要旨", "発言内容"))


def gate(lines: tuple[Line, ...] | list[Line]) -> bool:
    """The text has a number column's heading alone on a line (the cheap test before the reader)."""
    return not NUMBER_HEADS.isdisjoint(map(str.strip, map(attrgetter("text"), lines)))


def read_numbered_cells(src: SourceText) -> SourceText | None:
    """The text with the rows' words given their cells' speakers (see the module), or None when the text
    has no such table."""
    if src.format != "txt" or not gate(src.lines):
        return None
    lines = list(src.lines)
    numbers = _numbers(lines)
    if numbers is None:
        return None
    table = _Table(lines, numbers)
    return SourceText(file=src.file, lines=tuple(table.read()), encoding=src.encoding, format=src.format,
                      readings=src.readings)


def _numbers(lines: list[Line]) -> list[int] | None:
    """The lines of the rows' numbers, 1 to N in order (N three at least) — a bare number last on its page
    is the page's — or None."""
    last_on_page: dict[int | None, int] = {}
    for k, line in enumerate(lines):
        if line.text.strip():
            last_on_page[line.page] = k
    found = [k for k, line in enumerate(lines) if _NUMBER.match(line.text.strip()) and last_on_page.get(line.page) != k]
    values = [int(unicodedata.normalize("NFKC", lines[k].text.strip())) for k in found]
    if len(values) < _LEAST_ROWS or values != list(range(1, len(values) + 1)):
        return None
    return found


class _Table:
    """The table's numbers, cells, rows of words and how they pair."""

    def __init__(self, lines: list[Line], numbers: list[int]) -> None:
        self.lines = lines
        texts = [line.text.strip() for line in lines]
        self.texts = texts
        self.numbers = set(numbers)
        self.start = min([numbers[0], *(k for k, t in enumerate(texts) if t in NUMBER_HEADS)])
        self.furniture = _furniture(texts, self.start) | self.numbers
        speech_blocks = self.speech_blocks()
        self.words = [k for k in range(self.start, len(lines)) if k in speech_blocks and k not in self.furniture]
        self.rows, self.directions = self.cut_rows(len(numbers))
        self.cells, self.strays = self.cut_cells(speech_blocks)
        self.paired = bool(self.rows) and len(self.rows) + len(self.directions) == len(numbers) == len(self.cells) + len(
            self.directions)
        self.starts = {row[0]: n for n, row in enumerate(self.rows)} if self.paired else {}
        self.end = self.rows[-1][-1] if self.rows else self.start
        self.after = self.first_after()
        self.inside = {k for row in self.rows for k in range(row[0], row[-1])}

    def first_after(self) -> int | None:
        """The first line after the table's last words that is no furniture (the record's close)."""
        return next((k for k in range(self.end + 1, len(self.lines)) if self.texts[k] and k not in self.furniture), None)

    def speech_blocks(self) -> set[int]:
        """The lines of the runs (lines with no blank between) that hold a line of words: long, or a sentence."""
        out: set[int] = set()
        block: list[int] = []
        for k in range(self.start, len(self.lines) + 1):
            text = self.texts[k] if k < len(self.lines) else ""
            if text:
                block.append(k)
                continue
            if any(_said(self.texts[j]) for j in block if j not in self.furniture):
                out.update(block)
            block = []
        return out

    def cut_rows(self, rows_wanted: int) -> tuple[list[list[int]], list[int]]:
        """The rows of words (a row ending at a line that ends a sentence and falls short of the column's
        width, the longest line's, by two characters — or by one, when so the rows and the stage directions
        between them, a whole bracket alone, come to the numbers' count and by two they do not)."""
        width = max((len(self.texts[k]) for k in self.words), default=0)
        rows, directions = self.rows_short_of(width - 1)
        if len(rows) + len(directions) != rows_wanted:
            loose = self.rows_short_of(width)
            if len(loose[0]) + len(loose[1]) == rows_wanted:
                return loose
        return rows, directions

    def rows_short_of(self, width: int) -> tuple[list[list[int]], list[int]]:
        """The rows, a row ending at a line that ends a sentence shorter than ``width``, and the directions."""
        texts = self.texts
        rows: list[list[int]] = []
        directions: list[int] = []
        ended = True
        for k in self.words:
            text = texts[k]
            if WHOLE_BRACKET.match(text) and not _DIGIT.search(text) and (ended or texts[rows[-1][-1]].endswith(_ENDS)):
                directions.append(k)  # under words that ended a sentence, whatever their line's length
                ended = True
                continue
            if ended and not _said(text):
                continue  # a piece no row opens with (閉会）: a closing time split in two)
            if ended:
                rows.append([k])
            else:
                rows[-1].append(k)
            ended = text.endswith(_ENDS) and len(text) < width
        # a direction after the last row's words (the closing time): not a row's
        while directions and rows and directions[-1] > rows[-1][-1]:
            directions.pop()
        return rows, directions

    def cut_cells(self, speech_blocks: set[int]) -> tuple[list[list[list[int]]], list[list[int]]]:
        """The speakers' cells in their order: a post (its pieces in one run of lines) closed by the name under
        it in the same run; a post whose run ends before its name stands alone; a name with no post above it
        in its run is a stray (unread) — or the name of the post alone above it when every other cell of that
        post names that one person."""
        texts = self.texts
        pieces = column_pieces(texts, self.start, self.furniture | speech_blocks)
        cells: list[list[list[int]]] = []
        strays: list[list[int]] = []
        post: list[list[int]] = []
        for piece in pieces:
            text = "".join(texts[k] for k in piece)
            if post and _same_run(texts, post[-1][-1], piece[0]) and (
                    WHOLE_BRACKET.match(text) or post_over_name([self.text(p) for p in post] + [text])):
                cells.append([*post, piece])
                post = []
            elif post and _same_run(texts, post[-1][-1], piece[0]) and not _name(text):
                post.append(piece)  # a post wrapped in its cell: 交通政策課交通 / 企画係長
            else:
                if post:
                    cells.append(post)  # a post whose run ended before its name
                    post = []
                if _name(text):
                    strays.append(piece)
                else:
                    post = [piece]
        if post:
            cells.append(post)
        return self.named(cells, strays), strays

    def named(self, cells: list[list[list[int]]], strays: list[list[int]]) -> list[list[list[int]]]:
        """A post alone takes the stray name after it that every other cell of the post names (会長 / page /
        大須賀 稔): the cell's name pdftotext gave atop the next page."""
        names: dict[str, set[str]] = {}
        for cell in cells:
            if len(cell) > 1:
                names.setdefault("".join(self.text(p) for p in cell[:-1]), set()).add(self.text(cell[-1]))
        for n, cell in enumerate(cells):
            held = names.get("".join(self.text(p) for p in cell), set())
            if len(cell) != 1 or len(held) != 1:
                continue
            following = cells[n + 1][0][0] if n + 1 < len(cells) else len(self.texts)
            after = next((s for s in strays if cell[0][-1] < s[0] < following and self.text(s) in held), None)
            if after is not None:
                cells[n] = [*cell, after]
                strays.remove(after)
        return cells

    def text(self, piece: list[int]) -> str:
        return "".join(self.texts[k] for k in piece)

    def read(self) -> list[Line]:
        lines = self.lines
        taken = {k for cell in self.cells for piece in cell for k in piece}
        words = {k for row in self.rows for k in row}
        out: list[Line] = lines[:self.start]
        for k in range(self.start, len(lines)):
            line, text = lines[k], self.texts[k]
            if k in self.starts:
                cell = self.cells[self.starts[k]]
                top = lines[cell[0][0]]
                out.append(Line(cell_label([self.text(p) for p in cell]), top.number, top.page, "speaker"))
            out.append(Line(line.text, line.number, line.page, self.cue(k, text, taken, words)))
        return out

    def cue(self, k: int, text: str, taken: set[int], words: set[int]) -> str | None:
        """Line ``k``'s cue: the table's (field: a number, a heading, a cell's line, the page's furniture), a
        row's words or a stage direction (none); apart when nothing pairs or for a line whose place cannot be
        told (a stray piece among the cells)."""
        if not text:
            return "field" if k in self.inside and self.paired else None
        if k in self.directions:
            return None  # （異議なし） between rows: a stage direction
        if k > self.end and k not in taken and k not in self.numbers and k not in self.furniture:
            # after the table the lines read as they stand, the last row's speaker no longer holding the floor
            return "after" if self.paired and k == self.after else None
        if k in self.furniture:
            return "field" if self.paired or k not in self.numbers else "apart"
        if k in words:
            return None if self.paired else "apart"
        if k in taken:
            return "field" if self.paired else "apart"
        return "apart"


def _furniture(texts: list[str], start: int) -> set[int]:
    """The table's furniture from ``start`` on: the running head (the file's first line), the headings' words
    (No., 発言者, 発言内容) and the page's numbers."""
    head = next((t for t in texts if t), "")
    return {k for k in range(start, len(texts)) if texts[k] and (
        texts[k] == head or texts[k] in NUMBER_HEADS or texts[k] in _HEADS or is_page_number(texts[k]))}


def _same_run(texts: list[str], above: int, k: int) -> bool:
    """Line ``k`` comes in the same run of lines as line ``above`` (no blank line between)."""
    return all(texts[j] for j in range(above + 1, k))


def _name(text: str) -> bool:
    """A person's name alone (大須賀 稔, 飯沼, 貴之) or in brackets — no post."""
    return bool(WHOLE_BRACKET.match(text)) or (
        (" " in text or "\u3000" in text or len(text) <= _NAME_LONGEST) and person_name(text))


def _said(text: str) -> bool:
    """A line of a row's words: long, or a sentence."""
    return len(text) > 8 and not text.startswith(("（", "(")) or "。" in text
