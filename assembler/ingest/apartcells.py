"""A speaker | speech table whose cells pdftotext gave apart from their rows (its default order).

A 審査会's or 分科会's record typed in Word as a table, the speaker's cell two lines — the post over
the name (``会長`` / ``（石黒）``, ``審査請求人`` / ``代理人``, ``建設課長`` / ``森田 和夫``) — and printed to
PDF, comes out of plain ``pdftotext`` (no ``-layout``) in blocks: the speaker's column in runs of
its own, the speech in others, a cell's second line a block later than its first, the words of two
rows in one block. Read as they stand, the post is a speaker, its name the next one, and the words
go to whoever stood last (on a kept-back record 9 turns of 16 right).

``read`` pairs what can be paired: the cells in their order (the short lines of the speaker's
column, two a cell: the post, then the name, a bracket wrapped over two lines one piece) with the
rows' words in theirs (the speech's lines, a row ending where a line ends a sentence and a blank
line follows or the line falls short of the column's width) — the k-th cell speaks the k-th words.
Each row's words get a speaker line before them (cue ``speaker``, ``qatext.cell_label``, the
number of the cell's first line), the cells' lines are the table's (cue ``field``). When the
counts differ nothing is guessed: the cells' lines and the words' are cue ``apart``, read by the
parser as unread with the reason (which words are whose cannot be told from the text).

**Decision — only on the form's evidence.** Three cells at least whose name stands in brackets on
a line of its own (``（石黒）``) after a post alone in the run of short lines (the label stream), every
bracketed name the second line of its cell when the stream is cut in twos; the table starts at the
first such cell. Lines that are neither (a date's piece, ``第１会議室`` split off the front matter,
``閉会）``) are left as they stand.
"""
from __future__ import annotations

import bisect
import re

from ..model import Line, SourceText
from ..text import is_page_number
from .heads import REMARK_HEADS, ROW_ENDS as _ENDS, SECTION_TITLE, SPEAKER_HEADS
from .qatext import CELL_LABEL_END, WHOLE_BRACKET, post_over_name, cell_label

__all__ = ["read_apart_cells"]

#: a line of the speaker's column: short, no sentence, no digit (a date's or a room's piece)
_PIECE = re.compile(r"^[^\s。、．，「」0-9０-９]{1,8}$|^[^\s。、．，「」0-9０-９]{1,4} [^\s。、．，「」0-9０-９]{1,4}$")
#: a bracket opened on a piece and closed on the next (（介護保険課 / 長）; NFKC's text: (介護保険課 / 長))
_OPEN = re.compile(r"^[（(][^）)]*$")
_CLOSE = re.compile(r"^[^（(]*[）)]$")
_LEAST_CELLS = 3
#: a post and the row's first words on one line (pypdf: one baseline); not a speaker's label under its mark
#: (●事務局 お手元の…: NFKC's space after it, the parser's)
_GLUED = re.compile(r"^[^\s。、．，「」（）()0-9０-９○〇◯◎●◆◇■□▲△☆★][^\s。、．，「」（）()0-9０-９]{0,7} \S.{8,}$")
_HEAD_LINES = 5
_DIGIT = re.compile(r"[0-9０-９]")
#: a heading row's word given on a line of its own (発言者, 発言内容, 事項, 審査事項)
_TOPIC_WORD = re.compile(r"^\S*(?:事項|項目|件名|題目|表題)$")
_HEAD_WORD = re.compile(rf"^(?:{'|'.join(SPEAKER_HEADS + REMARK_HEADS)}|\S*(?:事項|項目|件名|題目|表題))$")


def read_apart_cells(src: SourceText) -> SourceText | None:
    """The text with the rows' words given their cells' speakers (see the module), or None when
    the text has no such table."""
    if src.format != "txt":
        return None
    lines = list(src.lines)
    # the running head, and its words when pdftotext gave them on lines of their own (かえで市議会 /
    # 予算審査特別委員会 / 建設分科会): the file's first lines
    heads = [line.text.strip() for line in lines if line.text.strip()][:_HEAD_LINES]
    head = heads[0] if heads else ""
    pieces = _glued(lines, [p for p in _pieces(lines, head) if lines[p[0]].text.strip() not in heads], head)
    start = _start(lines, pieces)
    if start is None:
        return None
    table = _Table(lines, pieces[start:], heads)
    return SourceText(file=src.file, lines=tuple(table.read()), encoding=src.encoding, format=src.format,
                      readings=src.readings)


class _Table:
    """The table's cells (the stream cut in twos), its rows' words, and how they pair."""

    def __init__(self, lines: list[Line], pieces: list[list[int]], heads: list[str]) -> None:
        self.lines = lines
        self.heads = heads
        self.cells = [pieces[k:k + 2] for k in range(0, len(pieces), 2)]
        self.taken = {k for piece in pieces for k in piece}
        self.glued = {k for k in self.taken if " " in lines[k].text.strip() and _GLUED.match(lines[k].text.strip())}
        rows = _rows(lines, pieces[0][0], self.taken - self.glued, heads)
        self.sections: set[int] = set()
        self.owned: dict[int, int] | None = None  # a row's first line -> its cell, where not the k-th's
        self.after: set[int] = set()  # the lines of words past the table's last cell (``in_order``)
        self.lost: set[int] = set()  # the lines of a run whose cells and words cannot be paired (``in_order``)
        self.spoke: set[int] = set()  # the cells whose first row is met (``in_order``)
        rows, paired = self.pair(pieces, rows, heads)
        self.starts = ({} if not paired else self.owned if self.owned is not None
                       else {row[0]: n for n, row in enumerate(rows)})
        self.words = {k for row in rows for k in row}
        self.inside = {k for row in rows for k in range(row[0], row[-1])}  # a row's words broken by the page go on
        self.topics = any(_TOPIC_WORD.match(line.text.strip()) for line in lines[:pieces[0][0]])
        self.numbered = _numbered_blocks(lines)
        # the table from its first cell, or from the subject's heading word above it (事項 / 議案第１号 / …)
        self.first = next((k for k in range(pieces[0][0]) if self.topics and _TOPIC_WORD.match(lines[k].text.strip())),
                          pieces[0][0])

    def pair(self, pieces: list[list[int]], rows: list[list[int]], heads: list[str]) -> tuple[list[list[int]], bool]:
        """The rows' words each cell speaks, and whether the table pairs at all: the k-th cell the k-th words
        when the stream cuts in twos (every bracketed name second) and the counts agree (``in_twos``); else
        cells of one line or two and section rows across the table (``by_shape``); else the rows in their
        order, a cell's lines above its words (``in_order``); else nothing is paired."""
        if self.in_twos(pieces, rows):
            return rows, True
        if (shaped := self.by_shape(pieces, heads)) is not None:
            return shaped, True
        if (ordered := self.in_order(pieces, heads)) is not None:
            return ordered, True
        return rows, False

    def in_twos(self, pieces: list[list[int]], rows: list[list[int]]) -> bool:
        """The stream cuts in twos (every bracketed name second) and the cells agree with the rows in number."""
        return len(pieces) % 2 == 0 and len(rows) == len(self.cells) and not any(
            _bracketed(self.lines, cell[0]) for cell in self.cells)

    def by_shape(self, pieces: list[list[int]], heads: list[str]) -> list[list[int]] | None:
        """Where the stream does not cut in twos — cells of one line or two (審査請求人 alone) and section
        rows across the table: the cells cut by their shape (``_cells_by_shape``) and the rows' words
        less the sections' titles, when their counts agree (the cells, the sections' lines set); else None."""
        lines = self.lines
        cells, sections = _cells_by_shape(lines, pieces)
        rows = _rows(lines, pieces[0][0], self.taken - self.glued, heads, sections=self.taken)
        kept = [row for row in rows if not _section_row(lines, row)]
        if len(kept) != len(cells) or not kept:
            return None
        self.cells = cells
        self.taken = {k for cell in cells for piece in cell for k in piece}
        words = {k for row in rows for k in row}
        self.sections = {k for piece in sections for k in piece} | {row[0] for row in rows if row not in kept} | (
            _sections_over_cells(lines)) | {
            k for k in range(pieces[0][0], len(lines))
            if k not in self.taken and k not in words and _titled(lines, k, _width(lines, rows), self.taken)}
        return kept

    def in_order(self, pieces: list[list[int]], heads: list[str]) -> list[list[int]] | None:
        """Where pdftotext gave the rows in their order — each cell's lines, then its words, then the next
        cell's — with a cell's second line out of its place (``会長`` / words / ``（石黒）`` under them, or at
        the next page's head) and, here and there, two rows' cells before their words (the page's last rows):
        the column's pieces cut into runs by the rows' words; a run's cells by their shape (a post — a
        title's ending, or a bracketed name under it, or the run's last piece — and its bracketed name;
        at the run's head, the second line of the cell above that lacks one; 開会, 処分庁の説明 before a
        post: a section's row across the table); one cell in a run speaks every row after it, n cells the
        n rows after them in their order. A run whose cells and rows differ in number pairs nothing: its lines
        and the words under it until a cell stands are unread (``lost``), never guessed. None when no cell
        pairs, or a cell has no words."""
        lines = self.lines
        pieces = _posts_rejoined(lines, pieces)
        tops = [piece[0] for piece in pieces]
        rows = [part for row in _rows(lines, pieces[0][0], self.taken - self.glued, heads, sections=self.taken)
                for part in _cut(row, tops)]
        starts = [row[0] for row in rows]
        runs: dict[int, list[list[int]]] = {}
        for piece in pieces:
            runs.setdefault(bisect.bisect_left(starts, piece[0]), []).append(piece)
        keys = [*runs, len(rows)]
        cells: list[list[list[int]]] = []
        other: list[list[int]] = []
        owned: dict[int, int] = {}
        lost = False  # the run above paired nothing: which words are whose cannot be told
        for key, after in zip(keys, keys[1:]):
            before = len(cells)
            _run_cells(lines, runs[key], cells, other, attach=not lost)
            said = rows[key:after]
            pairs = _pairs(range(before, len(cells)), said, last=after == len(rows), lost=lost)
            lost = pairs is None
            if pairs is None:
                self.lost |= {k for cell in cells[before:] for piece in cell for k in piece} | {k for row in said for k in row}
                del cells[before:]
            else:
                owned.update(pairs)
        if not cells or {*owned.values()} != {*range(len(cells))}:
            return None
        return self.settle(cells, other, rows, owned, pieces[0][0])

    def settle(self, cells: list[list[list[int]]], other: list[list[int]], rows: list[list[int]], owned: dict[int, int],
               start: int) -> list[list[int]]:
        """The cells ``in_order`` paired (``owned``: a row's first line -> its cell) as the table's: the cells'
        lines, the sections' (pieces that are no cell's; a numbered title; a line between blanks with no
        sentence amid a cell's words), each cell's first row the start of its turn, the words past the last."""
        lines = self.lines
        self.cells = cells
        self.taken = {k for cell in cells for piece in cell for k in piece}
        self.sections = _sections_in_order(lines, other, rows, start)
        self.owned = {}
        for row in (row for row in rows if row[0] in owned):
            if owned[row[0]] not in self.spoke:
                self.owned[row[0]] = owned[row[0]]
                self.spoke.add(owned[row[0]])
            elif _titled_amid(lines, row):
                self.sections.add(row[0])
        self.after = {k for row in rows if row[0] not in owned for k in row}
        return [row for row in rows if row[0] in owned and row[0] not in self.sections]

    def read(self) -> list[Line]:
        lines = self.lines
        out: list[Line] = lines[:self.first]
        for k in range(self.first, len(lines)):
            line = lines[k]
            if k in self.starts:
                cell = self.cells[self.starts[k]]
                top = lines[cell[0][0]]
                label = cell_label(["".join(self.piece(j) for j in piece) for piece in cell])
                out.append(Line(label, top.number, top.page, "speaker"))
            if k in self.glued:  # the post (the cell's) and the row's first words, the same line's number
                post, _, said = line.text.strip().partition(" ")
                paired = bool(self.starts)
                out.append(Line(post, line.number, line.page, "field" if paired else "apart"))
                out.append(Line(said, line.number, line.page, None if paired else "apart"))
                continue
            out.append(Line(line.text, line.number, line.page, self.cue(k, line.text.strip())))
        return out

    def piece(self, k: int) -> str:
        """Line ``k``'s text in the speaker's column (a post glued to the words: the post)."""
        text = self.lines[k].text.strip()
        return text.partition(" ")[0] if k in self.glued else text

    def cue(self, k: int, text: str) -> str | None:
        """Line ``k``'s cue: a cell's (field), a row's words (none), the page's furniture or a heading's
        word again (field), a subject's cell where a column names them (lead); apart when nothing
        pairs, or for a line whose place cannot be told."""
        paired = bool(self.starts)
        if not text:
            return "field" if k in self.inside and paired else None
        if k in self.lost:
            return "apart"
        if k in self.taken or k in self.words:
            return ("field" if k in self.taken else None) if paired else "apart"
        if text in self.heads or is_page_number(text) or _HEAD_WORD.match(text):
            return "field"
        if k in self.after:
            return None  # after the table (本記録は…): read as it stands
        if k in self.sections and paired:
            return "lead"  # a section's row across the table (開会, 実施機関からの説明): the agenda
        if WHOLE_BRACKET.match(text):
            return None  # （午後３時１０分　閉会）, （異議なし） whole on a line: read as it stands (a stage direction)
        return "lead" if self.topics and k in self.numbered and paired and not text.startswith(("（", "(")) else "apart"


def _pieces(lines: list[Line], head: str) -> list[list[int]]:
    """The lines of the speaker's column in their order, a bracket wrapped over two lines one piece
    (not a heading's word, 発言者, 発言内容, 事項; not the lines of a block — lines with no blank
    between — that holds a short line with a digit: a subject's cell, 議案第５号 / 令和８年度かえ /
    で市下水道事業 / 会計予算, or the front matter's)."""
    out: list[list[int]] = []
    numbered = _numbered_blocks(lines)
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not _PIECE.match(text) or text == head or is_page_number(text) or k in numbered or _HEAD_WORD.match(text):
            continue
        _take_piece(out, k, text, lines[out[-1][-1]].text.strip() if out else "")
    return out


def _take_piece(out: list[list[int]], k: int, text: str, above: str) -> None:
    """Line ``k`` (``text``) into the column's pieces ``out``: a bracket's close on the piece above that opened it
    (（介護保険課 / 長）), else a piece of its own when its brackets close (not 閉会） / 閉会), a bracket's end)."""
    if out and _CLOSE.match(text) and _OPEN.match(above):
        out[-1].append(k)
    elif _opened(text) == _closed(text) or _OPEN.match(text):
        out.append([k])


def column_pieces(texts: list[str], start: int, skip: set[int]) -> list[list[int]]:
    """The speaker's column's lines from ``start`` on, not those in ``skip`` (short, no sentence, no digit), a
    bracket wrapped over two lines one piece (（交通政策課 / 長）): a numbered table's cells (``numbercells``)."""
    out: list[list[int]] = []
    for k in range(start, len(texts)):
        text = texts[k]
        if k not in skip and _PIECE.match(text):
            _take_piece(out, k, text, texts[out[-1][-1]] if out else "")
    return out


def _opened(text: str) -> int:
    return text.count("（") + text.count("(")


def _closed(text: str) -> int:
    return text.count("）") + text.count(")")


def _glued(lines: list[Line], pieces: list[list[int]], head: str) -> list[list[int]]:
    """The stream with the posts pypdf gave on the line of the row's first words (会長 それでは、…: a
    cell's first line and the words beside it on one baseline) where the stream expects a post:
    after a bracketed name, or first."""
    glued = [k for k, line in enumerate(lines) if _GLUED.match(line.text.strip()) and line.text.strip() != head]
    if not glued:
        return pieces
    out = sorted([*pieces, *([k] for k in glued)])
    return [p for n, p in enumerate(out) if p[0] not in glued or n == 0 or _bracketed(lines, out[n - 1])]


def _numbered_blocks(lines: list[Line]) -> set[int]:
    """The lines of the blocks of short lines that hold one with a digit (see ``_pieces``)."""
    out: set[int] = set()
    for block in _blocks(lines):
        texts = [lines[j].text.strip() for j in block]
        if all(len(t) <= 10 for t in texts) and any(_DIGIT.search(t) and not is_page_number(t) for t in texts):
            # a run of short lines, one numbered: a subject's cell — or a section's title among the cells' lines
            out.update(block if not _section_over_cell(texts) else [k for k, t in zip(block, texts) if SECTION_TITLE.match(t)])
    return out | _numbered_cells(lines)


def _blocks(lines: list[Line]) -> list[list[int]]:
    """The lines' blocks (lines with no blank line between them), each the list of its lines' indices."""
    out: list[list[int]] = [[]]
    for k, line in enumerate(lines):
        if line.text.strip():
            out[-1].append(k)
        elif out[-1]:
            out.append([])
    return [block for block in out if block]


def _sections_over_cells(lines: list[Line]) -> set[int]:
    """The numbered sections' titles right above a cell's lines (（２）計画の説明 / 事業者 / （設計担当））."""
    return {k for block in _blocks(lines) if _section_over_cell([lines[j].text.strip() for j in block])
            for k in block if SECTION_TITLE.match(lines[k].text.strip())}


def _section_over_cell(texts: list[str]) -> bool:
    """A block of a numbered section's title (（１）開会, 3. 閉会: a section's row across the table) among a
    speaker's cells' lines, a post over its name in brackets or alone ((１)開会 / 会長 / （久我）; （都市計画課 /
    長） / 3. 閉会 / 部会長, the name of the cell above) — no subject's cell (議案第５号 / 令和８年度かえ / …)."""
    return any(SECTION_TITLE.match(t) for t in texts) and (
        any(_named(a, b) for a, b in zip(texts, texts[1:])) or any(_CLOSE.match(t) or _OPEN.match(t) for t in texts))


def _numbered_cells(lines: list[Line]) -> set[int]:
    """A subject's cell with no blank line around it (pypdf's lines): a short numbered line (議案第５号)
    and the short lines under it until a post over a name starts the speakers' cells (令和８年度かえ /
    で市下水道事業 / 会計予算 / 委員 / 大槻)."""
    out: set[int] = set()
    texts = [line.text.strip() for line in lines]
    for k, text in enumerate(texts):
        if not (text and len(text) <= 10 and _DIGIT.search(text) and not is_page_number(text)) or SECTION_TITLE.match(text):
            continue
        j = k + 1
        while j < len(texts) and _PIECE.match(texts[j]) and not post_over_name(texts[j:j + 2]):
            out.add(j)
            j += 1
    return out


def _cells_by_shape(lines: list[Line], pieces: list[list[int]]) -> tuple[list[list[list[int]]], list[list[int]]]:
    """The stream cut by the pieces' shapes, where it does not cut in twos: a cell opened by a post
    (a title's ending: 会長, 実施機関, 審査請求人), its second line a name in brackets or alone under it
    (（石黒）, 森田　和夫) — a cell of one line when none follows; the pieces that are neither (開会, 閉会:
    a section's row across the table, pdftotext's piece of it in the speaker's column) apart."""
    cells: list[list[list[int]]] = []
    other: list[list[int]] = []
    texts = [_text(lines, piece) for piece in pieces]
    for n, (piece, text) in enumerate(zip(pieces, texts)):
        post = texts[n - 1] if cells and len(cells[-1]) == 1 and cells[-1][0] == pieces[n - 1] else None
        named = n + 1 < len(texts) and _named(text, texts[n + 1])
        if post is not None and _named(post, text):
            cells[-1].append(piece)
        elif not WHOLE_BRACKET.match(text) and (named or CELL_LABEL_END.search(text.partition(" ")[0])):
            cells.append([piece])
        else:
            other.append(piece)
    return cells, other


def _named(post: str, name: str) -> bool:
    """``name`` is the second line of the cell ``post`` opens: in brackets (（石黒）, （都市計画課長）)
    or a name alone under a post (建設課長 / 森田　和夫)."""
    return not WHOLE_BRACKET.match(post) and (bool(WHOLE_BRACKET.match(name)) or post_over_name([post, name]))


def _section_row(lines: list[Line], row: list[int]) -> bool:
    """A row of words that is a section's title across the table: one line ending no sentence
    (実施機関からの説明, 審査請求人の意見陳述)."""
    return len(row) == 1 and not lines[row[0]].text.strip().endswith(_ENDS)


def _cut(row: list[int], tops: list[int]) -> list[list[int]]:
    """The row's lines cut before each of ``tops`` that stands between them."""
    out = [[row[0]]]
    for above, k in zip(row, row[1:]):
        if bisect.bisect_right(tops, above) != bisect.bisect_right(tops, k):
            out.append([])
        out[-1].append(k)
    return out


def _run_cells(lines: list[Line], run: list[list[int]], cells: list[list[list[int]]], other: list[list[int]],
               attach: bool) -> None:
    """A run's pieces (``_Table.in_order``) into ``cells`` (a post — a title's ending, or a bracketed name
    under it, or the run's last piece — and the bracketed name after it; a bracketed name at the run's head
    the second line of the cell above when it lacks one and ``attach``) and ``other`` (開会, 処分庁の説明:
    a section's row across the table; a bracket no cell's)."""
    before = len(cells)
    texts = [_text(lines, piece) for piece in run]
    for n, (piece, text) in enumerate(zip(run, texts)):
        last = cells[-1] if len(cells) > before or cells and attach else None
        if WHOLE_BRACKET.match(text):
            if last is not None and len(last) == 1 and _named(_text(lines, last[0]), text):
                last.append(piece)  # a post's name in brackets, in its place or out of it
            else:
                other.append(piece)
        elif CELL_LABEL_END.search(text.partition(" ")[0]) or n + 1 == len(run) or WHOLE_BRACKET.match(texts[n + 1]):
            cells.append([piece])
        else:
            other.append(piece)  # a section's row across the table


def _pairs(new: range, said: list[list[int]], last: bool, lost: bool) -> dict[int, int] | None:
    """Which cell speaks each of the rows ``said`` below a run whose cells are ``new``: one cell every row;
    n cells the n rows in their order (the table's last run: its first n, the rest after the table, 本記録は…);
    no cell, the cell above (a run of a bracket out of its place) unless the run above was ``lost``. None when
    which words are whose cannot be told."""
    if not new:
        return {} if not said else None if lost or new.start == 0 else {row[0]: new.start - 1 for row in said}
    if len(new) == 1:
        return {row[0]: new[0] for row in said}
    if len(new) == len(said) or last and len(said) > len(new):
        return {row[0]: n for n, row in zip(new, said)}
    return None


def _posts_rejoined(lines: list[Line], pieces: list[list[int]]) -> list[list[int]]:
    """The pieces with a post broken at its cell's width one piece again (請求人代理 / 人: the line right
    under a piece that ends no title, a word or two that ends it)."""
    out: list[list[int]] = []
    for piece in pieces:
        above = _text(lines, out[-1]) if out else ""
        text = _text(lines, piece)
        if (out and piece[0] == out[-1][-1] + 1 and len(text) <= 2 and not _opened(above + text)
                and not CELL_LABEL_END.search(above) and CELL_LABEL_END.search(above + text)):
            out[-1] = [*out[-1], *piece]
        else:
            out.append(piece)
    return out


def _sections_in_order(lines: list[Line], other: list[list[int]], rows: list[list[int]], start: int) -> set[int]:
    """The lines of sections' rows across a table read in order (``_Table.settle``): the pieces no cell's (開会,
    処分庁の説明; not a bracket alone, （拍手）: as it stands) and a numbered title no row's words hold
    (（３）処分庁の弁明)."""
    words = {k for row in rows for k in row}
    numbered = {k for k in range(start, len(lines)) if k not in words and SECTION_TITLE.match(lines[k].text.strip())}
    return {k for piece in other if not _bracketed(lines, piece) for k in piece} | numbered


def _titled_amid(lines: list[Line], row: list[int]) -> bool:
    """A row amid a cell's words that is a section's title (実施機関からの説明（審査請求人退室）): one line between
    blank lines, no sentence in it."""
    k = row[0]
    return (len(row) == 1 and "。" not in lines[k].text and 0 < k < len(lines) - 1 and not lines[k - 1].text.strip()
            and not lines[k + 1].text.strip())


def _text(lines: list[Line], piece: list[int]) -> str:
    return "".join(lines[k].text.strip() for k in piece)


def _bracketed(lines: list[Line], piece: list[int]) -> bool:
    return bool(WHOLE_BRACKET.match(_text(lines, piece)))


def _start(lines: list[Line], pieces: list[list[int]]) -> int | None:
    """Where the table's cells start in the stream: the first post over a bracketed name, when
    three such cells stand at least (a name in brackets — a person, no label: not （飯島委員） —
    right after a post, 会長 / （石黒）); else None."""
    texts = [_text(lines, piece) for piece in pieces]
    named = [p for p in range(1, len(pieces)) if WHOLE_BRACKET.match(texts[p]) and not WHOLE_BRACKET.match(texts[p - 1])
             and post_over_name([texts[p - 1].partition(" ")[0], texts[p]])]
    return named[0] - 1 if len(named) >= _LEAST_CELLS else None


def _rows(lines: list[Line], start: int, taken: set[int], heads: list[str], sections: set[int] | None = None) -> list[list[int]]:
    """The rows' words from line ``start`` on: the speech's lines (not the cells', not the page's
    furniture, not a short line with no sentence in it), a row ending at a line that ends a
    sentence when a blank line or a cell's line follows it, or it falls short of the column's
    width (the longest line's, less one); with ``sections`` (the cells' lines, a post glued to its
    words among them), a section's title across the table (``_titled``: 実施機関からの説明) a row of
    its own."""
    said = [k for k in range(start, len(lines)) if k not in taken and _speech(lines[k].text.strip(), heads)]
    width = _width(lines, [said])
    rows: list[list[int]] = []
    for k in said:
        if not rows or _ended(lines, rows[-1][-1], k, width) or _stray(lines, rows[-1][-1], k) or sections is not None and (
                _titled(lines, rows[-1][-1], width, sections) or _titled(lines, k, width, sections)):
            rows.append([k])
        else:
            rows[-1].append(k)
    # a line that ends no sentence before a blank line, no page between (the front matter's piece
    # pdftotext put here: 小学校の統合に関する…請願) is no row's words
    return [row for n, row in enumerate(rows) if n == len(rows) - 1 or not _stray(lines, row[-1], rows[n + 1][0])]


def _width(lines: list[Line], rows: list[list[int]]) -> int:
    """The speech's column's width: its longest line's (会長 それでは…: the words after the post)."""
    return max((len(lines[k].text.strip().rpartition(" ")[2]) for row in rows for k in row), default=0)


def _titled(lines: list[Line], k: int, width: int, taken: set[int]) -> bool:
    """Line ``k`` is a section's title across the table: between blank lines or the cells' lines
    (``taken``: 【申立ての内容の聴取】 / 申立人) — or under words that end a sentence (pypdf's lines: ２　実施機関
    からの説明 under …出席しております。) — no sentence, shorter than half the speech's column."""
    text = lines[k].text.strip()
    if not (0 < k < len(lines) - 1) or text.endswith(_ENDS) or text.startswith(("（", "(")) or "。" in text or (
            len(text) >= width // 2):
        return False
    above, below = lines[k - 1].text.strip(), lines[k + 1].text.strip()
    return (k - 1 in taken or not above or above.endswith(_ENDS)) and (k + 1 in taken or not below)


def _stray(lines: list[Line], above: int, k: int) -> bool:
    """The words at line ``above`` stop inside a sentence, and a blank line with no page's number
    parts them from the next words (line ``k``): a piece of another block, no row's."""
    text = lines[above].text.strip()
    between = [lines[j].text.strip() for j in range(above + 1, k)]
    return (not text.endswith(_ENDS) and bool(between) and not any(between)) and not any(
        is_page_number(t) for t in between if t)


def _speech(text: str, heads: list[str]) -> bool:
    return bool(text) and text not in heads and not is_page_number(text) and (
        len(text) > 8 and not text.startswith(("（", "(")) or "。" in text)  # not （午後３時１０分　閉会） (NFKC: (…))


def _ended(lines: list[Line], above: int, k: int, width: int) -> bool:
    """The words at line ``above`` end their row before line ``k`` (the next line of words)."""
    text = lines[above].text.strip()
    if not text.endswith(_ENDS):
        return False
    apart = k > above + 1  # a blank line, a cell's line or the page's furniture between them
    return apart or len(text) < width - 1
