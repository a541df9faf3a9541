"""Minutes written in Word (.docx), read safely and walked paragraph by paragraph.

The file is checked before anything parses it (``assembler.docx.safety.check_docx_safe``:
zip member count, each member's unpacked size, the total, the compression ratio, and no
``<!DOCTYPE`` in any XML part). Then the body XML is walked in document order — paragraphs,
tables (row by row, cell by cell, nested tables too) and content controls — reading the
text of runs inside insertions, hyperlinks, smart tags and simple fields, and leaving out
deleted text and field codes (``p.text`` would miss or add some of them).

- Line numbers are paragraph numbers: the n-th paragraph of the document, counting empty
  paragraphs and the paragraphs inside table cells. A manual line break (``w:br``, ``w:cr``)
  inside a paragraph gives several lines with the same number. A paragraph whose first line,
  short and no sentence, is ended by such a break with text after it (a speaker's label,
  Shift+Enter, the speech) has that line cued ``break`` (``breakbold`` in bold), its page
  breaks no line of their own (``_broken_label``).
- A list paragraph (``w:numPr``) is a bullet start: a bulleted list gets ・, a numbered one
  its number (１．, ２．…; the parser treats those as bullets only under a speaker, so an
  auto-numbered agenda stays an agenda). Its level is evidence too (``Line.cue``): in a list
  used on several levels, a top-level item is a ``turn`` (a speaker's name or an introducer,
  whose points are the items one level down), any other item an ``item``.
- A 2-column table of speaker | remark reads as the speaker's name on its own line
  (``cue`` ``speaker``) followed by the remark's paragraphs; its heading row (発言者 |
  発言内容) is cued ``head``. A row with an empty speaker cell goes on with the speaker above.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Line, SourceText
from ..model import to_fullwidth
from .heads import (AGENDA_ITEM_CELL, ANSWER_HEAD, HEAD_NOTE, HEAD_WORDS, NO_ANSWER, SPEAKER_HEADS, Asking, asker_label,
                    asking_columns,
                    seat_alone,
                    headed_speaker_column, label_alone)
from .text import clean

from ..docx.ooxml import W as _W
from ..i18n import _
from ..text import SPACES as _SPACES

if TYPE_CHECKING:  # python-docx and lxml are imported when a .docx is read, not at start-up
    from docx.document import Document
    from lxml.etree import _Element
# Inline containers whose runs are part of the visible text.
_SKIP = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "delText", _W + "rPr", _W + "pPr"}


def _numbering_formats(doc: Document) -> dict[tuple[str, str], str]:
    """(numId, ilvl) -> numFmt (bullet, decimal, …) from the numbering part, if any. A list whose
    levels a list style holds (the abstractNum only names it, ``w:numStyleLink``: Word's multilevel
    lists, numbered headings) takes them from the style's own list; a level a num overrides
    (``w:lvlOverride``) takes the override's format."""
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[str, str]] = {}
    linked: dict[str, str] = {}  # abstractNumId -> the list style it takes its levels from
    for a in numbering.iter(_W + "abstractNum"):
        abstract[a.get(_W + "abstractNumId")] = _level_formats(a)
        link = a.find(_W + "numStyleLink")
        if link is not None:
            linked[a.get(_W + "abstractNumId")] = link.get(_W + "val")
    nums = {num.get(_W + "numId"): num for num in numbering.iter(_W + "num")}
    style_num = {st.get(_W + "styleId"): n.get(_W + "val")
                 for st in doc.styles.element.iter(_W + "style")
                 if (n := st.find(f"{_W}pPr/{_W}numPr/{_W}numId")) is not None}
    out: dict[tuple[str, str], str] = {}
    for num_id, num in nums.items():
        ref = num.find(_W + "abstractNumId")
        if ref is None:
            continue
        aid = ref.get(_W + "val")
        if aid in linked and not abstract.get(aid) and (via := nums.get(style_num.get(linked[aid], ""))) is not None:
            target = via.find(_W + "abstractNumId")
            aid = target.get(_W + "val") if target is not None else aid
        levels = dict(abstract.get(aid, {}))
        for over in num.iter(_W + "lvlOverride"):
            levels.update({over.get(_W + "ilvl"): fmt for fmt in _level_formats(over).values()})
        for ilvl, fmt in levels.items():
            out[(num_id, ilvl)] = fmt
    return out


def _level_formats(el: _Element) -> dict[str, str]:
    """ilvl -> numFmt of the ``w:lvl`` elements under ``el`` (decimal when a level names none)."""
    levels: dict[str, str] = {}
    for lvl in el.iter(_W + "lvl"):
        fmt = lvl.find(_W + "numFmt")
        levels[lvl.get(_W + "ilvl")] = fmt.get(_W + "val") if fmt is not None else "decimal"
    return levels


def _text(p: _Element, page: str = "\n") -> list[str]:
    """The visible text of a paragraph, split at manual line breaks (``w:br``, ``w:cr``); a
    page or column break (``w:br w:type="page"``) is ``page``: a line break too, as Word
    shows it, or nothing (``""``), where only the lines of the text count."""
    parts: list[str] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag in _SKIP:
            continue
        if tag == _W + "t":
            parts.append(el.text or "")
        elif tag in (_W + "tab", _W + "ptab"):
            parts.append(" ")
        elif tag == _W + "cr":
            parts.append("\n")
        elif tag == _W + "br":
            parts.append(page if el.get(_W + "type") in ("page", "column") else "\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _W + "sym":
            parts.append("・")  # Wingdings/Symbol glyphs in minutes are bullets
        else:
            stack.extend(reversed(el))
    return "".join(parts).split("\n")


def _bold(run: _Element) -> bool:
    b = run.find(f"{_W}rPr/{_W}b")
    return b is not None and b.get(_W + "val", "true") not in ("0", "false", "off")


def _bold_label(p: _Element, first: str) -> str | None:
    """The bold text a paragraph starts with when plain text follows it on the line (a
    speaker's name set in bold before the speech, as Word minutes often have it): a short
    label, no sentence. None for a paragraph bold throughout, or with no bold start."""
    lead: list[str] = []
    for run in p.iter(_W + "r"):
        text = "".join((t.text or "") for t in run.iter(_W + "t"))
        if not text:
            if run.find(_W + "br") is not None or run.find(_W + "cr") is not None:
                break
            continue
        if not _bold(run):
            break
        lead.append(text)
    label = "".join(lead)
    stripped = label.strip()
    if not stripped or len(stripped) > 30 or "。" in stripped or not first.startswith(label) \
            or not first[len(label):].strip():
        return None
    # 学長 in bold, then ： in a plain run of its own, then the speech: the colon is the label's
    colon = _COLON_AFTER.match(first, len(label))
    return first[:colon.end()] if colon is not None and first[colon.end():].strip() else label


#: a colon right after a bold label, spaces around it (the separator Word left in the plain run)
_COLON_AFTER = re.compile(r"[ \u3000]*[：:][ \u3000]*")






#: the longest first line of a paragraph read as a label before a manual line break
#: (教育長職務代理者　川村　洋子, 市民活動センター　山本所長)
_BROKEN_LABEL = 30


def _bold_first_line(p: _Element) -> bool:
    """Every word of the paragraph's first line (up to its first manual line break) is bold."""
    seen = False
    for run in p.iter(_W + "r"):
        bold = _bold(run)
        for el in run:
            if el.tag == _W + "t" and (el.text or "").strip():
                if not bold:
                    return False
                seen = True
            elif el.tag == _W + "cr" or el.tag == _W + "br" and el.get(_W + "type") not in ("page", "column"):
                return seen
    return False


def _broken_label(p: _Element) -> tuple[list[str], str] | None:
    """A paragraph whose first line, ended by a manual line break (Shift+Enter), is short and
    no sentence, with text on the lines after it — as Word minutes put the speaker's label,
    a line break, then the speech in one paragraph: its lines (a page break no line of its
    own) and the first line's cue, ``breakbold`` when it is set in bold, else ``break``
    (what the label is, the parser reads). None for any other paragraph."""
    pieces = _text(p, page="")
    if len(pieces) < 2 or not any(piece.strip() for piece in pieces[1:]):
        return None
    first = clean(pieces[0]).strip()
    if not first or len(first) > _BROKEN_LABEL or "。" in first or "、" in first:
        return None
    return pieces, "breakbold" if _bold_first_line(p) else "break"


class _Walker:
    def __init__(self, formats: dict[tuple[str, str], str], style_numbering: dict[str, _Element]) -> None:
        self.formats = formats
        self.style_numbering = style_numbering
        self.counters: dict[tuple[str, str], int] = {}
        self.deep: set[str] = set()  # lists used on more than one level
        self.lines: list[Line] = []
        self.number = 0
        self.cell_cue: str | None = None  # the cue of the table cell being walked

    def list_key(self, p: _Element) -> tuple[str, str] | None:
        """(numId, ilvl) of a list paragraph, or None."""
        num = p.find(f"{_W}pPr/{_W}numPr")
        if num is None:
            style = p.find(f"{_W}pPr/{_W}pStyle")
            num = self.style_numbering.get(style.get(_W + "val")) if style is not None else None
        if num is None:
            return None
        num_id = num.find(_W + "numId")
        ilvl = num.find(_W + "ilvl")
        key = (num_id.get(_W + "val") if num_id is not None else "0",
               ilvl.get(_W + "val") if ilvl is not None else "0")
        return None if key[0] == "0" else key  # numId 0 switches numbering off

    def levels(self, body: _Element) -> None:
        """Which lists are used on more than one level (their top items are turns)."""
        for p in body.iter(_W + "p"):
            key = self.list_key(p)
            if key is not None and key[1] != "0":
                self.deep.add(key[0])

    def marker(self, p: _Element) -> tuple[str, str | None]:
        """The list marker Word shows before the paragraph, and its cue."""
        key = self.list_key(p)
        if key is None:
            return "", None
        cue = "turn" if key[1] == "0" and key[0] in self.deep else "item"
        fmt = self.formats.get(key, "bullet")
        if fmt in ("bullet", "none"):
            return "・", cue
        self.counters[key] = self.counters.get(key, 0) + 1
        for k in [k for k in self.counters if k[0] == key[0] and k[1].isdigit() and key[1].isdigit()
                  and int(k[1]) > int(key[1])]:
            del self.counters[k]  # a deeper level starts again under each item
        return f"{to_fullwidth(str(self.counters[key]))}．", cue

    def paragraph(self, p: _Element) -> None:
        self.number += 1
        pieces = _text(p)
        mark, cue = self.marker(p)
        cue = self.cell_cue or cue
        label = _bold_label(p, pieces[0]) if not mark and cue is None else None
        if label is not None:
            # 山田委員 in bold, then the speech: the label a line of its own (same number)
            self.lines.append(Line(clean(label).strip(), self.number, None, "bold"))
            pieces[0] = pieces[0][len(label):]
        broken = _broken_label(p) if len(pieces) > 1 and label is None and not mark and cue is None else None
        if broken is not None:
            # 教育長 (Shift+Enter) ただいまから…: the first line a label maybe, cued as such
            pieces, first_cue = broken
            text = clean(pieces[0]).rstrip()
            self.lines.append(Line(text, self.number, None, first_cue))
            pieces = pieces[1:]
        if pieces[0].strip():
            pieces[0] = mark + pieces[0]
        for piece in pieces:
            text = clean(piece).rstrip()
            self.lines.append(Line(text, self.number, None, cue if text.strip() else None))

    def table(self, el: _Element) -> None:
        rows = [row for row in el.iter(_W + "tr") if row.getparent() is el]  # nested: from their cell
        asks = _asking_columns(rows)
        if asks is not None and asks.answerers:
            self.exchanges(rows, asks)  # 質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨: who speaks is in the cells
            return
        if _numbered_items(rows):
            for row in rows:
                self.roster_row(row)  # １ | 開会, （１） | …について: one line a row, as １　開会 is typed (agenda20)
            return
        at = _speaker_column(rows)
        if at is None and _is_roster(rows):
            for row in rows:
                self.roster_row(row)
            return
        asks = _asking_columns(rows) if at is None else None
        if asks is not None:
            self.exchanges(rows, asks)
            return
        answers = _answer_columns(rows[0], at) if at is not None else {}
        for n, row in enumerate(rows):
            head = at is not None and n == 0 and _is_head_row(row)
            for c, cell in enumerate(row.findall(_W + "tc")):
                self.cell(cell, c, at, head, answers.get(c))
            self.lines.append(Line("", self.number))

    def exchanges(self, rows: list[_Element], asks: Asking) -> None:
        """A table of exchanges (``_asking_columns``: 委員の主な意見・質問 | 事務局の回答), one a row:
        the heading row is furniture; in each row the asking side's turn — the member named in a
        column of names (委員名), else the heading's word (委員) as a speaker line before the
        cell, which a name at the cell's start (（岡田委員）…, 岡田委員：…) takes over as a header
        on its line — then each answering column's, its heading's party as the speaker, or, in a
        question-and-answer table (質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨), the answerer its own
        column names (``named_cell``); a column of row numbers (番号) is the row's furniture, the
        heading row repeated on a page the table's."""
        said: dict[int, str] = {}  # a column naming the speaker -> the label its last cell gave
        for n, row in enumerate(rows):
            cells = row.findall(_W + "tc")
            if n and _is_head_row(row, asks):
                for cell in cells:  # the heading row repeated (on each page)
                    self.cell(cell, 0, None, True, None)
                self.lines.append(Line("", self.number))
                continue
            named = any(_cell_text(cells[k]) or k in said and (asks.answerers or _merged(cells[k]))
                        for k in asks.names if k < len(cells))
            # the question's subject (質問事項) first: the item the row's question is asked under
            for c in sorted(range(len(cells)), key=lambda c: not (n and c in asks.topics)):
                self.exchange_cell(cells, c, n, asks, said, named)
            self.lines.append(Line("", self.number))

    def exchange_cell(self, cells: list[_Element], c: int, n: int, asks: Asking, said: dict[int, str],
                      named: bool) -> None:
        """Cell ``c`` of row ``n`` of a table of exchanges (see ``exchanges``)."""
        cell = cells[c]
        if n and (c in asks.names or c in asks.answerers.values()):
            self.named_cell(cells, c, asks, said)
            return
        if n and asks.answerers and c not in asks.names and c != asks.ask and c not in asks.answers:
            self.row_cell(cell, "lead" if c in asks.topics else "field")
            return
        if n and c in asks.answerers:
            self.cell(cell, c, None, False, None)  # its speaker the answerer's cell
            return
        if n and c == asks.ask and _cell_text(cell) and not named:
            label = _label_paragraph(cell, asks.asker)
            if label is not None:  # 岡島委員 alone, the remark in the paragraphs below
                self.label_cell(cell, label)
                return
            self.lines.append(Line(asks.asker, self.number + 1, None, "speaker"))
        if n and c in asks.answers and (label := _label_paragraph(cell, None)) is not None:
            self.label_cell(cell, label)  # 財政課長 alone, the answer in the paragraphs below
            return
        self.cell(cell, c, None, n == 0, asks.answers.get(c))

    def row_cell(self, cell: _Element, cue: str) -> None:
        """A cell of a question-and-answer table that is no one's words: 番号, the row's number
        (``field``); 質問事項, the item the question is asked under (``lead``: agenda)."""
        self.cell_cue = cue
        for child in cell:
            self.block(child)
        self.cell_cue = None

    def named_cell(self, cells: list[_Element], c: int, asks: Asking, said: dict[int, str]) -> None:
        """A cell of a column naming who speaks (委員名, 質疑者, 答弁者): its label a speaker line
        (a name alone under 質疑者 a member: 山本 → 山本委員); empty, and merged with the one above
        (w:vMerge) or in a question-and-answer table, the speaker above again when the cell it
        names the speaker of holds words."""
        cell = cells[c]
        spoken = asks.ask if c in asks.names else c + 1
        if _cell_text(cell):
            said[c] = self.speaker_cell(cell, asks.asker if c in asks.names and asks.answerers else None)
            return
        if (c in said and (asks.answerers or _merged(cell)) and spoken < len(cells)
                and _cell_text(cells[spoken])):
            self.lines.append(Line(said[c], self.number + 1, None, "speaker"))
        self.cell(cell, c, None, False, None)  # its empty paragraphs

    def label_cell(self, cell: _Element, label: str) -> None:
        """An asking cell whose first paragraph is the member's label alone (岡島委員, （岡島委員）)
        and the remark the paragraphs below: the label a speaker line of that paragraph's number,
        then the rest of the cell as any cell's."""
        first = cell.find(_W + "p")
        self.number += 1
        self.lines.append(Line(label, self.number, None, "speaker"))
        for piece in _text(first)[1:]:  # the remark after a line break (Shift+Enter) in its paragraph
            self.lines.append(Line(clean(piece).rstrip(), self.number))
        for child in cell:
            if child is not first:
                self.block(child)

    def roster_row(self, row: _Element) -> None:
        """A row of a table of people (区分 | 職名 | 氏名) or of an agenda's numbered items (１ | 開会) as one
        line, its cells apart by an ideographic space (委員　教育長　篠原　直樹, １　開会), as a list typed as text
        reads: numbered by its first paragraph; every paragraph is counted."""
        cells = [clean(_cell_text(cell)).strip() for cell in row.findall(_W + "tc")]
        self.lines.append(Line("\u3000".join(c for c in cells if c), self.number + 1))
        self.number += sum(1 for _ in row.iter(_W + "p"))

    def cell(self, cell: _Element, c: int, at: int | None, head: bool, answerer: str | None) -> None:
        """One cell of a table: the speaker's (``at``: its column in a speaker table), an answer
        column's (``answerer``: who its heading names), a heading or a lead cell, or text."""
        if at is not None and c == at and not head and _cell_text(cell):
            self.speaker_cell(cell)
            return
        blank = answerer is not None and _SPACES.sub("", _cell_text(cell)) in NO_ANSWER
        if answerer is not None and not head and not blank:
            # 事務局の回答: the answer beside the remark is the turn of the one its heading
            # names (a line of the cell's first paragraph's number)
            self.lines.append(Line(answerer, self.number + 1, None, "speaker"))
        # 日程第３ in a column before the speaker's: the item the row opens; ― in an answer
        # column: no answer, the table's furniture as its heading row is
        self.cell_cue = "head" if head or blank else "lead" if at is not None and c < at else None
        for child in cell:
            self.block(child)
        self.cell_cue = None

    def speaker_cell(self, cell: _Element, asker: str | None = None) -> str:
        """The speaker's cell as one line (事務局 / （企画課長） wrapped in the cell is one
        label; 委員長 / 藤森, title over surname, its lines apart by U+3000 as the PDF reader
        gives them: 委員長　藤森), numbered by its first paragraph; every paragraph is counted.
        In a column naming who asks (質疑者: ``asker``, the asking side's word) a name alone is
        that member (山本 → 山本委員, ``heads.asker_label``). Returns the label."""
        paras = list(cell.iter(_W + "p"))
        pieces = [clean(piece) for p in paras for piece in _text(p)]
        text = _cell_label(pieces)
        if asker is not None:  # 山本　浩: the name's own space tells the surname
            said = [piece for piece in pieces if piece.strip() and not seat_alone(piece)]  # ２番 / 小野寺　美和
            text = asker_label(said[0] if len(said) == 1 else text, asker)
        self.lines.append(Line(text, self.number + 1, None, "speaker"))
        self.number += len(paras)
        return text

    def block(self, el: _Element) -> None:
        tag = el.tag
        if tag == _W + "p":
            self.paragraph(el)
        elif tag == _W + "tbl":
            self.table(el)
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            for child in el:
                self.block(child)


#: the longest cell of a table of people: a title (教育長職務代理者, 農地利用最適化推進委員) or a name
_ROSTER_CELL = 16


def _is_roster(rows: list[_Element]) -> bool:
    """A table of people (区分 | 職名 | 氏名, 職名 | 氏名 | 出欠): two rows or more of two cells
    or more, each cell one short paragraph (a title, a name, a mark) with no sentence, no
    table inside."""
    if len(rows) < 2:
        return False
    for row in rows:
        cells = row.findall(_W + "tc")
        if len(cells) < 2:
            return False
        for cell in cells:
            if len(cell.findall(_W + "p")) != 1 or cell.find(_W + "tbl") is not None:
                return False
            text = _cell_text(cell)
            if len(text) > _ROSTER_CELL or text.endswith(("。", "．")):
                return False
    return True


def _cell_label(pieces: list[str]) -> str:
    """A speaker cell's lines (paragraphs, or lines broken by Shift+Enter) as one label: a
    bracket going on from the line above joins it (事務局 / （企画課長） → 事務局（企画課長）), any
    other line follows after U+3000 (委員長 / 藤森 → 委員長　藤森), the spaces inside a line gone
    (議　長 → 議長).

    >>> _cell_label(["議　長", "（ 堀 井 ）"]), _cell_label(["環境政策課", "課長", "石黒"]), _cell_label(["", "早川委員"])
    ('議長（堀井）', '環境政策課　課長　石黒', '早川委員')
    """
    out = ""
    for piece in pieces:
        piece = _unspaced(piece)
        if piece:
            out += piece if not out or piece[0] in "（(" or out[-1] in "（(" else f"\u3000{piece}"
    return out


#: what stands inside a label's brackets
_BRACKETED = re.compile(r"[（(]([^（()）]*)[）)]")


def _unspaced(piece: str) -> str:
    """A speaker cell's line with its spaces gone (議　長 → 議長, （ 堀 井 ） → （堀井）) but the one
    between a body and a person in brackets (事業者 / （北陵風力開発　坂口）: two words of two characters
    or more), which tells the person apart: kept as one U+3000.

    >>> _unspaced("議　長"), _unspaced("（ 堀 井 ）"), _unspaced("（北陵風力開発　坂口）")
    ('議長', '（堀井）', '（北陵風力開発\u3000坂口）')
    """
    out, last = [], 0
    for m in _BRACKETED.finditer(piece):
        words = m[1].split()
        two = len(words) == 2 and min(len(w) for w in words) >= 2
        out += [_SPACES.sub("", piece[last:m.start()]), m[0][0], ("\u3000" if two else "").join(words), m[0][-1]]
        last = m.end()
    out.append(_SPACES.sub("", piece[last:]))
    return "".join(out)


def _merged(cell: _Element) -> bool:
    """A cell merged with the one above it (w:vMerge with no val="restart")."""
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(_W + "val") in (None, "continue")


def _section_row(row: _Element, width: int) -> bool:
    """A row of one cell merged across the table's ``width`` columns (w:gridSpan): a heading of the
    proceedings inside a speaker table (２　議事（１）…について), no speaker's row."""
    cells = row.findall(_W + "tc")
    if len(cells) != 1 or width < 2:
        return False
    span = cells[0].find(f"{_W}tcPr/{_W}gridSpan")
    return span is not None and span.get(_W + "val") == str(width)


def _cell_text(cell: _Element) -> str:
    return "".join("".join(_text(p)) for p in cell.iter(_W + "p")).strip()


def _headed_speaker_column(row: _Element) -> int | None:
    """日程 | 発言者 | 発言: the column its heading row names the speaker's, with the remark's
    after it and only columns of the item before it."""
    return headed_speaker_column([_head_word(c) for c in row.findall(_W + "tc")])


def _answer_columns(row: _Element, at: int | None) -> dict[int, str]:
    """Columns after the remark's whose heading names who answers the remark: column -> label."""
    if at is None:
        return {}
    out: dict[int, str] = {}
    for c, cell in enumerate(row.findall(_W + "tc")):
        m = ANSWER_HEAD.match(_SPACES.sub("", _cell_text(cell))) if c > at + 1 else None
        if m:
            out[c] = m["who"] or m["who2"] or "事務局"
    return out


def _label_paragraph(cell: _Element, asker: str | None) -> str | None:
    """The label a cell opens with on a line alone (a paragraph, or a line ended by a line
    break), the remark below it (岡島委員 / 回復期の病床が…; 財政課長 / 屋外の…, ``asker`` None: an
    answering cell, ``heads.label_alone``): a short word with no sentence in it, ending with the
    title the column's heading names (委員 under 委員の主な意見・質問: 岡島委員, or
    委員 alone for an unnamed member); None otherwise."""
    paras = cell.findall(_W + "p")
    if not paras:
        return None
    first = _text(paras[0])
    if not any(piece.strip() for piece in first[1:]) and not any("".join(_text(p)).strip() for p in paras[1:]):
        return None
    return label_alone(clean(first[0]), asker)


def _asking_columns(rows: list[_Element]) -> Asking | None:
    """A table whose heading row names who speaks in each column, one exchange a row (委員の主な
    意見・質問 | 事務局の回答, 質問 | 回答, 意見 | 県の考え方, 委員名 | 意見 | 回答): the asking
    column, its speaker and the columns before it that name the member (委員名, 氏名); the
    answering columns after it -> who their heading names; None for any other table
    (``heads.asking_columns``)."""
    if len(rows) < 2:
        return None
    return asking_columns([_SPACES.sub("", _cell_text(c)) for c in rows[0].findall(_W + "tc")])


def _head_word(cell: _Element) -> str:
    """A heading cell's word, spaces and a note in brackets left out: 発言要旨（意見・質問） → 発言要旨."""
    return HEAD_NOTE.sub("", _SPACES.sub("", _cell_text(cell)))


def _is_head_row(row: _Element, asks: Asking | None = None) -> bool:
    """The table's heading row (発言者 | 発言内容), or, ``asks`` given, a row of the same
    heading as the table of exchanges' first (repeated on each page)."""
    cells = [_head_word(c) for c in row.findall(_W + "tc")]
    if asks is not None:
        return asking_columns([_SPACES.sub("", _cell_text(c)) for c in row.findall(_W + "tc")]) == asks
    return any(c in HEAD_WORDS for c in cells[:2]) or len(cells) > 2 and any(c in SPEAKER_HEADS for c in cells)


def _speaker_column(rows: list[_Element]) -> int | None:
    """The speaker column of a table of speaker | remark: two columns, the first short labels
    with no sentence, the second the remarks (longer), on most rows below the heading; or
    more columns under a heading row that names them (日程 | 発言者 | 発言: the speaker's is
    the one headed 発言者, the remark's the next, the ones before it name the item a row
    opens). None for any other table."""
    if len(rows) < 2:
        return None
    width = len(rows[0].findall(_W + "tc"))
    if any(len(r.findall(_W + "tc")) != width and not _section_row(r, width) for r in rows):
        return None
    at = 0 if width == 2 else _headed_speaker_column(rows[0])
    if at is None:
        return None
    body = [r for r in (rows[1:] if _is_head_row(rows[0]) else rows) if not _section_row(r, width)]
    pairs = [(_cell_text(r.findall(_W + "tc")[at]), _cell_text(r.findall(_W + "tc")[at + 1])) for r in body]
    labels = [(a, b) for a, b in pairs if a]
    if not labels or _agenda_items(labels):
        return None
    short = sum(1 for a, b in labels if len(a) <= 30 and "。" not in a and len(b) > len(a))
    return at if short >= 0.8 * len(labels) else None


def _numbered_items(rows: list[_Element]) -> bool:
    """An agenda typed as a table of numbers and items (会議次第: ``１`` | ``開会``, ``（１）`` | ``…について``; after
    the turns the record's closing sections, ``４`` | ``閉会``, a row alone): two cells a row, the first a number
    alone (``numbering.alone``: ３, （１）, ⑴, 1., 第1), the second its item — short, no sentence (agenda20)."""
    from ..minutes.numbering import alone  # the one reader of numbered items (imported when a table is read)

    for row in rows:
        cells = [_cell_text(c).strip() for c in row.findall(_W + "tc")]
        if len(cells) != 2 or alone(cells[0]) is None or not cells[1] or len(cells[1]) > 40 or "。" in cells[1]:
            return False
    return bool(rows)


def _agenda_items(labels: list[tuple[str, str]]) -> bool:
    """日程第１ | 一般質問, 第１ | 会議録署名議員の指名: a 議会's 議事日程 typed as a table, most of its first cells
    an item's number (``heads.AGENDA_ITEM_CELL``) — no speakers."""
    return 2 * sum(AGENDA_ITEM_CELL.match(a) is not None for a, _b in labels) > len(labels)




def read_docx(path: Path) -> SourceText:
    """Read a Word file of minutes into lines, one number per paragraph."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from ..docx.safety import check_docx_safe

    file = str(path)
    check_docx_safe(path, minutes=True)
    try:
        doc = Document(file)
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise InputError(_("not a Word document ({name})").format(name=type(e).__name__), file=file,
                         hint=_("save it again from Word as .docx")) from None
    styles = {st.get(_W + "styleId"): st.find(f"{_W}pPr/{_W}numPr")
              for st in doc.styles.element.iter(_W + "style")}
    walker = _Walker(_numbering_formats(doc), {k: v for k, v in styles.items() if v is not None})
    walker.levels(doc.element.body)
    for child in doc.element.body:
        walker.block(child)
    if not any(l.text.strip() for l in walker.lines):
        raise InputError(_("the file is empty"), file=file, hint=_("export the minutes again"))
    return SourceText(file=file, lines=tuple(walker.lines), encoding=None, format="docx")
