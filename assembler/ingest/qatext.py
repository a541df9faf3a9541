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
from collections import Counter
from collections.abc import Callable

from ..model import Line, SourceText
from ..text import is_page_number
from .text import without_margin
from .heads import (NO_ANSWER, TOPIC_HEAD, Asking, answered_columns, asker_label, asking_columns, names_alone,
                    number_head, official_label, seat_alone, two_column_heads)

#: the heading row's answerer word, the cheap gate before a line is split
_ANSWERER_WORDS = ("答弁者", "回答者", "説明者")
#: a bracket opened in a speaker's cell and not closed (（長尾 / 慎也）)
_OPEN_CELL = re.compile(r"[（(][^）)]*$")
#: a remark's end and the answer's start on one line (one baseline): a sentence's end, a space
_BOTH = re.compile(r"[。？?」） ][ \u3000]+(?=\S)")
#: the words of an answering column's heading (事務局の回答・対応, 市の考え方)
_ANSWER_WORDS = ("回答", "対応", "考え方", "見解")
#: how a cell's words end (the next label opens a cell)
_ENDS = ("。", "．", "」", "）", ")", "？", "?")
#: a row's number before its first cell's words (１ 西村議)
_ROW_NUMBER = re.compile(r"^[0-9０-９]{1,3} (?=\S)")
#: an asker's seat before their name (２番, １０番)
_SEAT_AT = re.compile(r"^[0-9０-９]{1,2}番")
#: a record's end mark under its table (以上): no one's name
_END_WORDS = frozenset(("以上", "以 上", "了"))
#: the longest line a wrapped label's piece holds
_PIECE = 8
#: the longest piece of a speaker's cell on its line: a post as long as a unit's name and its title
#: (景観まちづくり課長, 都市整備部長補佐) fills a cell a little wider than a wrapped label's piece
_POST_PIECE = 12
#: a question's subject opening with its number (１　子育て支援, ２．防災対策)
_SUBJECT = re.compile(r"^[0-9０-９]{1,2}[\s\u3000．.、]\s*\S")
#: the question's kind at its start: （再質問）, （再々質問）, （関連質問）
_ACT_MARK = re.compile(r"^[（(](?:再々?|追加|関連)(?:質問|質疑)[）)]")
_NAME_SPACES = re.compile(r"[\s\u3000]+")
#: the last piece of an official's title wrapped in its narrow column (産業振興課 / 長)
_TITLE_TAIL = re.compile(r"^(?:長|課長|部長|局長|補佐|長補佐)$")


def _heading(text: str) -> Asking | None:
    """The table of exchanges whose heading row the line is, with a column naming who answers."""
    if not any(w in text for w in _ANSWERER_WORDS):
        return _answered(text) if any(w in text for w in _ANSWER_WORDS) else None
    words = text.split()  # -layout spreads a wide table's heading words far apart
    if sum(map(len, words)) > 50:
        return None
    asks = asking_columns(words)
    return asks if asks is not None and asks.answerers else None


def _answered(text: str) -> Asking | None:
    """A heading row 発言者 | 発言要旨 | 事務局の回答・対応 on a line (``heads.answered_columns``)."""
    words = text.split()
    return answered_columns(words) if sum(map(len, words)) <= 50 else None


def _label(text: str, asks: Asking) -> str | None:
    """A cell's label: the asker's (a name alone, or ending with the asking side's word or 議員)
    or the answerer's (an official's title); None for words of speech."""
    word = text.replace(" ", "")
    if not word or len(word) > 10 or word in _END_WORDS:
        return None  # 以上 under the table: the record's end, no name
    if (seat := _SEAT_AT.match(text.strip())) is not None:
        name = text.strip()[seat.end():].strip()  # ２番 / 小野寺 美和: the name below the seat, or beside it
        return text.strip() if not name else asker_label(name, asks.asker) if names_alone(_NAME_SPACES.sub("", name)) else None
    if names_alone(word.replace("\u3000", "")) or word.endswith((asks.asker, "議員")):
        return asker_label(text.strip(), asks.asker)  # 佐久間 徹: the name's own space tells the surname
    return official_label(word)


def read_qa_text(src: SourceText) -> SourceText | None:
    """The text's lines with its question-and-answer table read cell after cell (see the
    module), or None when it has no such table."""
    if src.format != "txt":
        return None
    lines = list(src.lines)
    at = next((k for k, line in enumerate(lines) if _heading(line.text.strip())), None)
    if at is None:
        return _speech_cells(src, lines)
    asks = _heading(lines[at].text.strip())
    assert asks is not None
    out = lines[:at] + [Line(lines[at].text, lines[at].number, lines[at].page, "head")]
    if _laid_out(lines, at):
        _Columns(asks, lines, out).read(at)
    elif not asks.asker:
        _AnsweredRows(asks, lines, out).read(at + 1)
    else:
        _Cells(asks, lines, out).read(at + 1)
    return SourceText(file=src.file, lines=tuple(out), encoding=src.encoding, format=src.format,
                      readings=src.readings)


def _speech_cells(src: SourceText, lines: list[Line]) -> SourceText | None:
    """A 2-column table 発言者 | 発言内容 as pypdf gives it (the heading row on a line, each row
    its speaker's cell and the remark's first line parted by a space — the parser reads those —
    or, the cell wrapped in its narrow column, its pieces on lines of their own above the remark:
    事務局（介護保険 / 課長補佐）, 子ども家庭課 / 長; or the cell of two lines, the post over the name:
    建設課長 / 森田　和夫, 委員 / 大槻, 分科会長 / （田辺）): a cell of pieces, where the remark above ended
    a sentence, is one speaker line at its first piece (``cell_label``; the pieces after it cue
    ``field``). A third column before them naming the subject (事項 | 発言者 | 発言内容: a 分科会's
    record) gives its lines on the subject's first row only, above the speaker's pieces: they are
    the agenda (cue ``lead``); laid out side by side (-layout), ``_SubjectRows`` reads it. None
    when the text has no such heading row (or lays the two columns side by side: the parser's
    label column, ``table_steps.column_step``). The lines are read from the page's edge
    (``without_margin``: a PDF whose text stands in from the paper's edge lays its columns out as
    one at the edge does)."""
    lines = list(without_margin(tuple(lines)))
    at = next((k for k, line in enumerate(lines) if _speech_heading(line.text)), None)
    if at is None:
        return _label_rows(src, lines)
    topics = len(lines[at].text.split()) == 3  # 事項 | 発言者 | 発言内容, No. | 発言者 | 発言内容
    numbered = topics and number_head(lines[at].text.split()[0])
    if _laid_out(lines, at) and not topics:
        return None
    # the heading row (cue ``head``: furniture) where a subject's column says it is a table's
    out = lines[:at] + [Line(lines[at].text, lines[at].number, lines[at].page, "head") if topics else lines[at]]
    if _laid_out(lines, at):
        _SubjectRows(lines, out, numbered).read(at)
    else:
        _SpeechCells(lines, out, topics and not numbered, numbered).read(at + 1)
    if out == lines:
        return None
    return SourceText(file=src.file, lines=tuple(out), encoding=src.encoding, format=src.format, readings=src.readings)


class _SpeechCells:
    """The lines of a speaker | remark table after its heading row as pypdf gives them (``_speech_cells``)."""

    def __init__(self, lines: list[Line], out: list[Line], topics: bool, numbered: bool = False) -> None:
        self.lines = lines
        self.out = out
        self.topics = topics
        self.numbered = numbered  # a column of the rows' numbers first (No. | 発言者 | 発言内容)
        self.head = next((line.text.strip() for line in lines if line.text.strip()), "")  # the running head
        self.ended = True  # the words above ended a sentence
        self.opened: int | None = None  # where in ``out`` the row above opened with a post and its words on one line
        self.paged = False  # a page's furniture since the line above

    def aside(self, text: str) -> bool:
        """A line between a table's rows that is no cell: blank, the page's number, running head, heading row."""
        return not text or is_page_number(text) or text == self.head or _speech_heading(text)

    def read(self, k: int) -> None:
        while k < len(self.lines):
            k = self.line(k)
        self.after_table()

    def after_table(self) -> None:
        """The lines after the table's last row: from a field's label with its colon (審査結果：議案第３号　原案の
        とおり可決すべきもの) under words that ended a sentence, the record's (cue ``lead``: what the
        table's subjects came to), no part of the last speaker's words."""
        out = self.out
        last = max((n for n, line in enumerate(out) if line.cue == "speaker"), default=None)
        if last is None:
            return
        ended = False
        for n in range(last + 1, len(out)):
            text = out[n].text.strip()
            if ended and out[n].cue is None and _RESULT_LABEL.match(text):
                _results(out, n)
                return
            if text and not self.aside(text):
                ended = text.endswith(_ENDS)

    def line(self, k: int) -> int:
        """Read line ``k`` (and a cell's pieces after it); the next line's index."""
        line = self.lines[k]
        text = line.text.strip()
        if self.paged and self.opened is not None and not self.aside(text) and (after := self.over_page(k)) is not None:
            return after
        if self.numbered and (number := _ROW_NUMBER.match(text)) is not None and self.row_opens(k, text[number.end():]):
            # the row's number before its speaker's cell's first line (7 会長 / 戸川　宏之) or the words of
            # a row whose speaker's cell is empty (11 （異議なし）): furniture, the line read on without it
            self.out.append(Line(number.group().strip(), line.number, line.page, "field"))
            line = self.lines[k] = Line(text[number.end():], line.number, line.page)
            text = line.text
            self.ended = True  # the row above is done, whether its words ended a sentence or not
        subject, pieces = (_wrapped_cell(self.lines, k, self.aside, self.topics, self.numbered) if self.ended
                           else ([], []))
        if pieces:
            self.cell(k, subject, pieces)
            return pieces[-1] + 1
        if text and _speech_heading(text):
            self.furniture_above()  # the heading row again on the next page, its number and running head above it
            self.out.append(Line(line.text, line.number, line.page, "field"))
            self.paged = True
            return k + 1
        if self.aside(text):
            self.paged = self.paged or bool(text)
        else:
            self.opened = len(self.out) if self.ended else self.opened
            self.ended, self.paged = text.endswith(_ENDS), False
        self.out.append(line)
        return k + 1

    def row_opens(self, k: int, rest: str) -> bool:
        """In a numbered table, the line ``k`` whose number is followed by ``rest`` opens a row: the
        rest is the first line of a speaker's cell (``_wrapped_cell``) or, the cell empty, a bracket
        whole (（異議なし）) — where the words above ended a sentence or not (…以上です); a line of words
        that happens to start with a number goes on."""
        line = self.lines[k]
        trial = [Line(rest, line.number, line.page), *self.lines[k + 1:k + 2 * _SUBJECT_PIECES]]
        post, _, said = rest.strip().partition(" ")
        # 12 会長 ほかに御意見は…: the cell's first line on the baseline of the row's words (its name below them, or
        # atop the next page: name_goes_on)
        glued = bool(said) and len(post) <= _PIECE and bool(CELL_LABEL_END.search(post)) and not any(c in post for c in "。、")
        return bool(WHOLE_BRACKET.match(rest.strip()) or glued or _wrapped_cell(trial, 0, self.aside, False, True)[1])

    def cell(self, k: int, subject: list[int], pieces: list[int]) -> None:
        """The subject's lines from ``k`` (cue ``lead``), the speaker's line at the cell's first piece,
        the cell's other pieces (cue ``field``) and the furniture between them."""
        lines = self.lines
        self.out.extend(Line(lines[n].text, lines[n].number, lines[n].page, "lead" if n in subject else None)
                        for n in range(k, pieces[0]))
        first = lines[pieces[0]]
        self.out.append(Line(cell_label([lines[n].text.strip() for n in pieces]), first.number, first.page, "speaker"))
        self.out.extend(Line(line.text, line.number, line.page, "field" if n in pieces else None)
                        for n, line in enumerate(lines[pieces[0] + 1:pieces[-1] + 1], pieces[0] + 1))

    def furniture_above(self) -> None:
        """The page's number and running head right above a heading row repeated on the next page:
        the page's furniture (cue ``field``: the turn goes on over them)."""
        out, k = self.out, len(self.out)
        while k and out[k - 1].cue is None and out[k - 1].text.strip() and self.aside(out[k - 1].text.strip()):
            k -= 1
            out[k] = Line(out[k].text, out[k].number, out[k].page, "field")

    def over_page(self, k: int) -> int | None:
        """Line ``k``, the first after the page's furniture, as the rest of the row above's cell: a name before
        its words going on (``name_goes_on``) or, the words ended, the cell's last pieces (``cell_goes_on``); the
        next line's index, or None."""
        if not self.ended:
            return k + 1 if self.name_goes_on(self.lines[k]) else None
        return self.cell_goes_on(k)

    def cell_goes_on(self, k: int) -> int | None:
        """A row broken by the page after its words ended (建設課 町道となりますので、…加えます。 / the page's
        furniture / 課長補佐 / 沖田 / the next row's cell): the row above opened with a post that is no label alone
        and its words on one line, and the short lines atop the page after its furniture complete the post and
        close it with a name (``post_over_name``) right above the next row's cell — the rest of that row's
        cell, no row of their own (they have no words): the row's line read again as the speaker's line
        (``cell_label``) and its words, the pieces the label's (cue ``field``). The index after the pieces, or
        None when the lines are no such rest."""
        out, opened, lines = self.out, self.opened, self.lines
        assert opened is not None
        row = out[opened]
        post, _, said = row.text.strip().partition(" ")
        if row.cue is not None or not said or len(post) > _PIECE or CELL_LABEL_END.search(post):
            return None
        texts: list[str] = []
        for n in range(k, min(k + 3, len(lines))):
            piece = lines[n].text.strip()
            if not piece or len(piece) > _POST_PIECE or any(c in piece for c in "。、"):
                return None
            texts.append(piece)
            if post_over_name([post + "".join(texts[:-1]), texts[-1]]) and _wrapped_cell(
                    lines, n + 1, self.aside, False, True)[1]:
                out[opened] = Line(cell_label([post + "".join(texts[:-1]), texts[-1]]), row.number, row.page, "speaker")
                out.insert(opened + 1, Line(said, row.number, row.page))
                out.extend(Line(line.text, line.number, line.page, "field") for line in lines[k:n + 1])
                self.paged = False
                return n + 1
        return None

    def name_goes_on(self, line: Line) -> bool:
        """A speaker's cell broken by the page (委員 浄化センターの… / the page's furniture / 大槻 か。): the
        row above opened with a post and its words on one line, and the first line after the page's
        furniture is a name (kanji) before the words going on — the post over the name is the cell
        (``cell_label``): the row's line read again as the speaker's line and its words (the same
        number), the name the label's (cue ``field``), the words after it. False when the line is no
        such name."""
        out, opened = self.out, self.opened
        assert opened is not None
        post, _, said = out[opened].text.strip().partition(" ")
        name, _, rest = line.text.strip().partition(" ")
        if not (said and rest and len(post) <= _PIECE and _KANJI_NAME.match(WHOLE_BRACKET.sub(lambda m: m[0][1:-1], name))
                and post_over_name([post, name])):
            return False
        row = out[opened]
        out[opened] = Line(cell_label([post, name]), row.number, row.page, "speaker")
        out.insert(opened + 1, Line(said, row.number, row.page))
        out.append(Line(name, line.number, line.page, "field"))
        out.append(Line(rest, line.number, line.page))
        self.ended, self.paged = rest.endswith(_ENDS), False
        return True


#: a field's label with its colon after a table (審査結果：, 結果：, 採決：)
_RESULT_LABEL = re.compile(r"^[^\s：:。、]{2,6}[：:]\S")
def _results(out: list[Line], n: int) -> None:
    """From ``out[n]`` on, after a table: the lines that are a field's label with its colon (審査結果：議案第３号
    原案のとおり可決すべきもの: what the table's subjects came to), blank lines and the page's number between
    them, cue ``lead`` (the agenda's) — no part of the last speaker's words — up to any other line."""
    for k in range(n, len(out)):
        text = out[k].text.strip()
        if text and not is_page_number(text):
            if out[k].cue is not None or not _RESULT_LABEL.match(text):
                return
            out[k] = Line(out[k].text, out[k].number, out[k].page, "lead")


#: a name in a speaker's cell: kanji (々 ヶ), a surname or a full name
_KANJI_NAME = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々ヶ]{1,8}$")


def _speech_heading(text: str) -> bool:
    """発言者 発言内容, 氏名 発言内容: the heading row of a speaker | remark table on a line (事項 発言者
    発言内容: with a column of the subject before them; No. 発言者 発言内容: of the rows' numbers)."""
    words = text.split()
    if len(words) == 3 and (TOPIC_HEAD.search(words[0]) or number_head(words[0])):
        words = words[1:]
    return len(words) == 2 and two_column_heads(words[0], words[1])


#: the most lines a subject's cell and the speaker's beside it give before the remark (事項 | 発言者)
_SUBJECT_PIECES = 8


def _wrapped_cell(lines: list[Line], k: int, aside: Callable[[str], bool], topics: bool = False,
                  numbered: bool = False) -> tuple[list[int], list[int]]:
    """The lines from ``k`` that are a speaker's cell of two or three lines (short pieces with no
    sentence in them — the page's furniture between them, ``aside``, passed over — a longer line
    of the remark after them, the pieces a speaker's label read as one: ``cell_label``), and before
    them, in a table with a subject's column (``topics``), the subject's lines (the pieces before
    the fewest last ones that make a label); none when they are not. In a table whose rows are
    numbered (``numbered``: the row opens at ``k``) a remark may be short (分かりました。)."""
    pieces, n = _short_pieces(lines, k, aside, topics)
    while n < len(lines) and aside(lines[n].text.strip()):
        n += 1
    if len(pieces) < 2 or n >= len(lines) or len(said := lines[n].text.strip()) <= _PIECE and not (
            numbered and said.endswith(_ENDS) or said.endswith("。")):  # 了解しました。: a short remark
        return [], []
    if topics and len(pieces) <= 3 and not _DIGIT_IN.search(lines[pieces[0]].text) and post_over_name(
            [lines[j].text.strip() for j in pieces]):
        return [], pieces  # no subject's cell (its first line numbered, 議案第３号): the post wrapped over the name
    for cut in range(len(pieces) - 2, max(len(pieces) - 4, -1), -1):
        if (cut == 0 or topics) and _cell_reads(lines, pieces[cut:]):
            return pieces[:cut], pieces[cut:]
    return [], []


def _short_pieces(lines: list[Line], k: int, aside: Callable[[str], bool], topics: bool) -> tuple[list[int], int]:
    """The short lines from ``k`` with no sentence in them (three at most; with a subject's column,
    ``_SUBJECT_PIECES``), the page's furniture between them passed over, and the index after them."""
    pieces: list[int] = []
    n = k
    while n < len(lines) and len(pieces) < (_SUBJECT_PIECES if topics else 3):
        piece = lines[n].text.strip()
        if not piece and pieces and _page_break(lines, pieces[-1] + 1, aside):
            n += 1
            continue  # the blank lines about the page's number (子ども家庭課 / a blank / 1/9 / a blank / 長)
        if not piece or not pieces and aside(piece):
            break  # a blank line; the page's furniture: the cell starts below it
        if aside(piece):
            n += 1
            continue
        if len(piece) > _POST_PIECE or any(p in piece for p in "。、") or WHOLE_BRACKET.match(piece) and not (
                pieces and (topics or post_over_name([lines[pieces[-1]].text.strip(), piece]))):
            break  # a bracket whole on its line is a cell of its own (（異議なし）), but for the name under a post
            # or a subject's line (議案第２号 / 一般会計予算 / （教育費）)
        pieces.append(n)
        n += 1
    return pieces, n


def _page_break(lines: list[Line], n: int, aside: Callable[[str], bool]) -> bool:
    """The lines from ``n`` are a page break: the run of blank lines and the page's furniture from it
    holds the page's number (a blank, 1/9, a form feed, a blank)."""
    run = n
    while run < len(lines) and aside(lines[run].text.strip()):
        run += 1
    texts = [line.text.strip() for line in lines[n:run]]
    return any(is_page_number(t) for t in texts if t)


def _cell_reads(lines: list[Line], pieces: list[int]) -> bool:
    """The pieces of a speaker's cell make a label: its brackets closed, a title or a bracket
    last, or the post over a name (委員 / 大槻, 建設課長 / 森田　和夫)."""
    texts = [lines[j].text.strip() for j in pieces]
    label = _FULL_BRACKETS.sub(lambda m: "（" if m.group() == "(" else "）", "".join(texts))
    if label.count("（") != label.count("）"):
        return False
    return label.endswith("）") or bool(CELL_LABEL_END.search(label)) or post_over_name(texts)


def post_over_name(texts: list[str]) -> bool:
    """Pieces of a post (a title's ending; wrapped in its cell, 教育総務課長補 / 佐) over a name alone (大槻,
    森田　和夫) or in brackets (（田辺）): the last piece."""
    post = "".join(texts[:-1])
    if len(texts) < 2 or not CELL_LABEL_END.search(post) or "（" in post or "(" in post:
        return False
    name = texts[-1].strip()
    if WHOLE_BRACKET.match(name):
        name = name[1:-1]
    return person_name(name)


def person_name(name: str) -> bool:
    """A person's name alone, surname and given name apart or not (大槻, 森田　和夫, 吉良 まどか) — a word ending as a
    title is none (代理人): the surname's end tells (森田　隼人 is a name)."""
    return names_alone(_NAME_SPACES.sub("", name)) and not CELL_LABEL_END.search(_NAME_SPACES.split(name)[0])


def cell_label(texts: list[str]) -> str:
    """The lines of a speaker's cell as the one label the parser reads (``table_steps``' cell of a
    table): a post over a name apart by U+3000, as the PDF and Word readers give a cell's lines
    (委員　大槻, 建設課長　森田　和夫: ``title_first``), any other cell's pieces joined (事務局（介護保 /
    険課長補佐）, 子ども家庭課 / 長, 分科会長 / （田辺））.

    >>> cell_label(["委員", "大槻"]), cell_label(["建設課長", "森田　和夫"]), cell_label(["分科会長", "（田辺）"])
    ('委員\u3000大槻', '建設課長\u3000森田\u3000和夫', '分科会長（田辺）')
    >>> cell_label(["事務局（子ど", "も家庭課主", "任）"]), cell_label(["審査請求人", "代理人"])
    ('事務局（子ども家庭課主任）', '審査請求人代理人')
    >>> cell_label(["教育総務課長補", "佐", "佐伯　隆"])
    '教育総務課長補佐\u3000佐伯\u3000隆'
    """
    if post_over_name(texts) and not WHOLE_BRACKET.match(texts[-1].strip()):
        return "\u3000".join(["".join(texts[:-1]), *_NAME_SPACES.split(texts[-1])])
    return "".join(texts)


#: how a speaker's label ends: a title (課長, 委員, 会長職務代理者, 主任, 課長補佐), an honorific
CELL_LABEL_END = re.compile(r"(?:長|員|官|監|局|者|人|主任|主査|主幹|補佐|参事|理事|担当|主事|師|士|君|氏|代表)$")
#: a cell's text wholly in brackets (（飯島委員）)
WHOLE_BRACKET = re.compile(r"^[（(][^（）()]*[）)]$")
#: half-width brackets as full-width (NFKC writes （ as ()
_FULL_BRACKETS = re.compile(r"[()]")


def _joined(pieces: list[str]) -> str:
    """A label's pieces as one: 西村議 / 員 → 西村議員; a name broken where its space stood, 松下 /
    由紀 → 松下　由紀 (its surname then read: 松下委員)."""
    return ("\u3000" if names_alone("".join(pieces)) else "").join(pieces)


def _laid_out(lines: list[Line], at: int) -> bool:
    """The columns side by side (pdftotext -layout): a wide gap of spaces inside the lines below."""
    below = [line.text.strip() for line in lines[at + 1:at + 8] if line.text.strip()]
    return sum(1 for t in below if "   " in t) >= 2


class _AnsweredRows:
    """A table 発言者 | 発言要旨 | 事務局の回答・対応 in pypdf's text: each row the speaker's cell on lines of its own
    (the post over the name: 委員 / （小松　亜紀）, 委員 / 真壁　智美), then the remark's lines, then the answer's
    (or ``―``: no answer), a remark's end and an answer's start on one line when both are one line
    (``…ほしい。 本庁舎と…``: one baseline). A row's words part at a line ending a sentence short of the
    widest line — or, where none is short, at the one line ending a sentence inside them; the remark is the
    speaker's turn, the answer the turn of the one the heading names. A row whose words part in no such one
    way is unread (cue ``apart``): whose words are whose cannot be told."""

    def __init__(self, asks: Asking, lines: list[Line], out: list[Line]) -> None:
        self.asks = asks
        self.lines = lines
        self.out = out
        self.head = next((line.text.strip() for line in lines if line.text.strip()), "")
        self.who = next(iter(asks.answers.values()))
        self.width = 0

    def read(self, start: int) -> None:
        lines = self.lines
        texts = [line.text.strip() for line in lines]
        self.width = max((len(t) for t in texts[start:] if " " not in t), default=0)  # one column's line
        k = start
        while k < len(lines):
            if min(self.asks.names) > 0 and (number := _ROW_NUMBER.match(texts[k])) is not None:
                # No. | 発言者 | …: the row's number before the cell's first line (1 会長), the row's furniture
                line = lines[k]
                self.out.append(Line(number.group().strip(), line.number, line.page, "field"))
                texts[k] = texts[k][number.end():]
                lines[k] = Line(texts[k], line.number, line.page)
            cell = self.cell(texts, k)
            if cell is None and (after := self.glued(texts, k)) is not None:
                k = after
                continue
            if cell is None:
                if texts[k] in _END_WORDS or WHOLE_BRACKET.match(texts[k]):
                    self.out.extend(lines[k:])  # 以上, the closing time: after the table
                    return
                self.out.append(Line(lines[k].text, lines[k].number, lines[k].page, self.aside(texts[k])))
                k += 1
                continue
            end = self.row_end(texts, cell[-1] + 1)
            self.row(texts, cell, cell[-1] + 1, end)
            k = end

    def glued(self, texts: list[str], k: int) -> int | None:
        """A row broken by the page whose first line pypdf gave on one baseline at the page's foot (``broken``):
        the speaker's line (``cell_label``), the remark's words from both pages, the page's furniture between
        (cue ``field``), then the answer's turn (or ``―`` no turn). The index after the row, or None."""
        found = self.broken(texts, k)
        if found is None:
            return None
        first, j, name, rest = found
        lines, out = self.lines, self.out
        top, below = lines[k], lines[j]
        out.append(Line(cell_label([first[0], name]), top.number, top.page, "speaker"))
        out.append(Line(first[1], top.number, top.page))
        out.extend(Line(line.text, line.number, line.page, "field" if line.text.strip() else None)
                   for line in lines[k + 1:j])
        out.append(Line(rest, below.number, below.page))
        if len(first) == 3 and first[2] not in NO_ANSWER:
            out.extend([Line(self.who, top.number, top.page, "speaker"), Line(first[2], top.number, top.page)])
        elif len(first) == 3:
            out.append(Line(first[2], top.number, top.page, "field"))
        return j + 1

    def broken(self, texts: list[str], k: int) -> tuple[list[str], int, str, str] | None:
        """A row broken by the page whose first line pypdf gave on one baseline at the page's foot — the cell's
        post, the remark's first words and the answer, apart by spaces (会長 本日の…次回の委員会 承知いたしました。)
        — and its rest atop the next page after the page's furniture, the name under the post and the remark going
        on (宮路　光太郎 でお示しいただきたい。…): such a row when the remark's words end no sentence at the foot and
        end one atop the page, and the line after opens a row (a cell), ends the table or the text. The first
        line's pieces, the index of the line atop the page, the name and the remark's rest; None when no such row."""
        text = texts[k]
        if min(self.asks.names) > 0 and (number := _ROW_NUMBER.match(text)) is not None:
            text = text[number.end():]
        first = text.split(" ")
        if not 2 <= len(first) <= 3 or len(first[0]) > _PIECE or first[1].endswith(_ENDS):
            return None
        j = k + 1
        while j < len(texts) and (not texts[j] or self.furniture(texts[j])):
            j += 1
        if j == k + 1 or j >= len(texts):
            return None  # no page's furniture between: no row broken by the page
        name, _, rest = texts[j].partition(" ")
        if not (rest.endswith(_ENDS) and post_over_name([first[0], name])):
            return None
        if j + 1 < len(texts) and not (texts[j + 1] in _END_WORDS or not texts[j + 1] or self.cell(texts, j + 1)):
            return None  # more words below: whose they are cannot be told here
        return first, j, name, rest

    def aside(self, text: str) -> str | None:
        """A line between rows: the page's furniture or the heading repeated (field), else unread."""
        return None if not text else "field" if self.furniture(text) else "apart"

    def cell(self, texts: list[str], k: int) -> list[int] | None:
        """The speaker's cell opening at line ``k``: a post over a name (two or three short pieces, the page's
        furniture between them passed over), or None."""
        pieces: list[int] = []
        j = k
        while j < len(texts) and len(pieces) < 3 and len(texts[j]) <= _PIECE * 2 and not any(
                p in texts[j] for p in "。、") and (not texts[j] or texts[j] not in NO_ANSWER):
            if not texts[j] or self.furniture(texts[j]):
                if not pieces:
                    return None
                j += 1
                continue
            pieces.append(j)
            if post_over_name([texts[n] for n in pieces]) or len(pieces) > 1 and WHOLE_BRACKET.match(
                    "".join(texts[n] for n in pieces[1:])):
                return pieces  # the post over the name, in brackets or not (座長 / （香川　隆 / 之）: one bracket)
            j += 1
        return None

    def furniture(self, text: str) -> bool:
        """The page's number, its running head or the heading row repeated."""
        return is_page_number(text) or text == self.head or _heading(text) == self.asks

    def row_end(self, texts: list[str], k: int) -> int:
        """Where the row's words from ``k`` end: a speaker's cell under words that ended (the page's furniture
        between them passed over), 以上 or the end."""
        j, last = k, ""
        while j < len(texts) and texts[j] not in _END_WORDS:
            if j > k and last.endswith(_ENDS + tuple(NO_ANSWER - {""})) and (self.cell(texts, j) or self.broken(texts, j)):
                break
            if texts[j] and not self.furniture(texts[j]):
                last = texts[j]
            j += 1
        return j

    def row(self, texts: list[str], cell: list[int], start: int, end: int) -> None:
        lines = self.lines
        words = [j for j in range(start, end) if texts[j] and not self.furniture(texts[j])]
        parted = self.parted(texts, words)
        top = lines[cell[0]]
        if parted is None:
            for j in range(cell[0], end):
                self.out.append(Line(lines[j].text, lines[j].number, lines[j].page, "apart" if texts[j] else None))
            return
        at, split = parted  # the answer's first line (or the line both stand on, parted at ``split``)
        self.out.append(Line(cell_label([texts[j] for j in cell]), top.number, top.page, "speaker"))
        self.out.extend(Line(lines[j].text, lines[j].number, lines[j].page, "field") for j in cell)
        for j in range(start, end):
            line = lines[j]
            if j == at:
                said, answer = (texts[j][:split], texts[j][split:].strip()) if split else ("", texts[j])
                if said:
                    self.out.append(Line(said, line.number, line.page))
                if answer in NO_ANSWER:
                    self.out.append(Line(answer, line.number, line.page, "field"))
                else:
                    self.out.append(Line(self.who, line.number, line.page, "speaker"))
                    self.out.append(Line(answer, line.number, line.page))
                continue
            furniture = j not in words and bool(texts[j])
            self.out.append(Line(line.text, line.number, line.page, "field" if furniture else None))

    def parted(self, texts: list[str], words: list[int]) -> tuple[int, int] | None:
        """The answer's first line among the row's ``words`` (and where on it the answer starts, 0 for its
        start): after the one line ending a sentence short of the widest, or a sentence's end and a space
        inside a line, or else the one line ending a sentence inside them; None when no one way."""
        inside = [j for j in words if _BOTH.search(texts[j])]
        short = [j for j in words[:-1] if texts[j].endswith(_ENDS) and len(texts[j]) < self.width - 1]
        if len(inside) + len(short) == 1:
            both = _BOTH.search(texts[inside[0]]) if inside else None
            return (inside[0], both.end()) if both else (words[words.index(short[0]) + 1], 0)
        if inside or short:
            return None
        ended = [j for j in words[:-1] if texts[j].endswith(_ENDS)]
        return (words[words.index(ended[0]) + 1], 0) if len(ended) == 1 else None


class _Cells:
    """The table's lines after its heading row, read cell after cell."""

    def __init__(self, asks: Asking, lines: list[Line], out: list[Line]) -> None:
        self.asks = asks
        self.lines = lines
        self.out = out
        self.head = next((line.text.strip() for line in lines if line.text.strip()), "")  # the running head
        self.ended = True  # the text above ended a cell's words
        self.asker: str | None = None  # the label the asker's column gave last
        self.subject_width = 0  # a subject begun beside the asker's cell: its first line's length
        #: a column of the rows' numbers before the question's (番号 | 議員名 | 件名 | …)
        self.numbered = any(k not in asks.names and k not in asks.topics for k in range(asks.ask))

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
            return self.page_break(k)
        if self.furniture(text):
            self.out.append(Line(line.text, line.number, line.page, "field"))
            return k + 1  # a page's number or running head inside a row: the cell goes on
        if self.subject_width and self.subject_line(line, text):
            return k + 1
        if self.ended and (asked := self.question(k, text)) is not None:
            return asked
        number = _ROW_NUMBER.match(text) if self.ended else None
        if number:
            self.out.append(Line(number.group().strip(), line.number, line.page, "field"))
            text = text[number.end():]
        first, _, rest = text.partition(" ")
        label = _label(first, self.asks) if self.ended and rest.strip() else None
        if label is not None:
            self.labelled(line, label, first, rest.strip())
            return k + 1
        if self.ended and len(text) <= _PIECE and not any(p in text for p in "。、"):
            wrapped = self.wrapped(k, text)
            if wrapped > k:
                return wrapped
        self.words(Line(text, line.number, line.page) if number else line)
        return k + 1

    def labelled(self, line: Line, label: str, first: str, rest: str) -> None:
        """A cell's label before the space and the words after it on one line: the label a
        speaker line of its own (the same number), the words after it; the subject's first line
        beside the asker's cell (１ 佐久間　徹 １　空き店舗: the row's number, the name, the subject)
        agenda, the label held for the question below (``subject_line``)."""
        asker = label == asker_label(first, self.asks.asker) and not official_label(first)
        self.asker = label if asker else self.asker
        if asker and self.asks.topics and _SUBJECT.match(rest):
            self.out.append(Line(first, line.number, line.page, "field"))
            self.out.append(Line(rest, line.number, line.page, "lead"))
            self.subject_width = len(rest)
            return
        self.out.append(Line(label, line.number, line.page, "speaker"))
        self.words(Line(rest, line.number, line.page))

    def subject_line(self, line: Line, text: str) -> bool:
        """The lines after a subject begun beside the asker's cell (``subject_width``: its first
        line's length): a line no longer than it ending no sentence goes on the subject (cue
        ``lead``), the next line is the question's first, the asker's speaker line before it."""
        width, self.subject_width = self.subject_width, 0
        if len(text) <= width and not text.endswith(_ENDS):
            self.out.append(Line(line.text, line.number, line.page, "lead"))
            self.subject_width = width
            return True
        if self.asker is None:
            return False
        self.out.append(Line(self.asker, line.number, line.page, "speaker"))
        self.words(line)
        return True

    def question(self, k: int, text: str) -> int | None:
        """A row's question in a table whose asker's cell and question's subject stand on lines
        of their own (質問議員 | 質問事項 | 質問の要旨 …: ``２番`` / ``小野寺　美和`` / ``１　子育て支援`` /
        ``について`` / the question): the seat and the name the asker's (cue ``field``, the
        label a speaker line at the question's first line), the subject's lines agenda (cue
        ``lead``: a numbered line, then the lines no longer than it with no sentence's end); a
        subject or ``（再質問）`` with no asker's cell above the asker above again. The index after
        the question's first line, or None when line ``k`` opens no question so."""
        lines, label, at = self.lines, None, k
        if self.numbered and _ROW_NUMBER.match(text):
            return None  # ２ 原田　さやか １　不登校の: a row's number (番号), no subject's
        cues: dict[int, str] = {}
        if seat_alone(text) and (name := self.name_below(k + 1)) is not None:
            label, at = asker_label(name[0], self.asks.asker), name[1]  # ２番 / 小野寺　美和
            cues.update(dict.fromkeys(range(k, at), "field"))
        subject = self.subject(self.past_furniture(at))
        cues.update(dict.fromkeys(subject, "lead"))
        asked = self.past_furniture(subject[-1] + 1) if subject else self.past_furniture(at)
        if label is None and (subject or asked < len(lines) and _ACT_MARK.match(lines[asked].text.strip())):
            label = self.asker  # no asker's cell: the asker above asks again
        if label is None or asked >= len(lines):
            return None
        for n in range(k, asked):  # the page's furniture between them too
            line = lines[n]
            self.out.append(Line(line.text, line.number, line.page, cues.get(n, "field" if line.text.strip() else None)))
        line = lines[asked]
        self.out.append(Line(label, line.number, line.page, "speaker"))
        self.asker = label
        self.words(line)
        return asked + 1

    def subject(self, at: int) -> list[int]:
        """The lines of a question's subject from ``at`` (a table with a column of them): a
        numbered line (１　子育て支援), then the lines no longer than it with no sentence's end
        (について), the page's furniture between them aside; none when ``at`` opens none."""
        lines = self.lines
        if not self.asks.topics or at >= len(lines) or not _SUBJECT.match(first := lines[at].text.strip()):
            return []
        out = [at]
        while (j := self.past_furniture(out[-1] + 1)) < len(lines) and len(
                piece := lines[j].text.strip()) <= len(first) and not piece.endswith(_ENDS):
            out.append(j)
        return out

    def name_below(self, k: int) -> tuple[str, int] | None:
        """The asker's name on the lines from ``k`` (one, or wrapped over two: 堀内　由 / 香里), and
        the index after it; None when no name alone stands there."""
        pieces: list[str] = []
        j = end = self.past_furniture(k)
        while j < len(self.lines) and len(pieces) < 2:
            piece = self.lines[j].text.strip()
            if len(piece) > _PIECE or _SUBJECT.match(piece) or not names_alone(_NAME_SPACES.sub("", "".join(pieces) + piece)):
                break
            pieces.append(piece)
            end = j + 1
            j = self.past_furniture(end)
        return ("".join(pieces), end) if pieces else None

    def furniture(self, text: str) -> bool:
        """A page's number, or its running head (the file's first line, maybe cut short)."""
        return is_page_number(text) or len(text) >= 8 and self.head.startswith(text)

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

    def page_break(self, at: int) -> int:
        """The heading row again on the next page (line ``at``): it, and the page number and
        running head right above it, the page's furniture (the turn goes on), and the last piece
        of a label wrapped over the page right under it (社会福祉協 / 議会事務局 / … / 長). The index
        of the next line to read."""
        line = self.lines[at]
        k = len(self.out)
        while k and self.out[k - 1].text.strip() and self.furniture(self.out[k - 1].text.strip()):
            k -= 1
            old = self.out[k]
            self.out[k] = Line(old.text, old.number, old.page, "field")
        self.out.append(Line(line.text, line.number, line.page, "field"))
        if self.ended and at + 1 < len(self.lines) and _TITLE_TAIL.match(self.lines[at + 1].text.strip()):
            tail = self.lines[at + 1]
            self.out.append(Line(tail.text, tail.number, tail.page, "field"))
            return at + 2
        return at + 1


#: a piece of a line laid out in columns: words with no gap of two spaces inside
_PIECE_RUN = re.compile(r"\S+(?: \S+)*")


class _LaidOutRows:
    """A table laid out side by side read line after line from under its heading row at ``at``
    (``begin``: its columns) until a line ends it (``line`` False: that line and the ones after it
    as they stand), the row open given at the end (``flush``)."""

    lines: list[Line]
    out: list[Line]

    def begin(self, at: int) -> None:
        raise NotImplementedError

    def line(self, k: int) -> bool:
        raise NotImplementedError

    def flush(self) -> None:
        raise NotImplementedError

    def read(self, at: int) -> None:
        self.begin(at)
        for k in range(at + 1, len(self.lines)):
            if not self.line(k):
                self.flush()
                n = len(self.out)
                self.out.extend(self.lines[k:])
                _results(self.out, n)
                return
        self.flush()


class _Columns(_LaidOutRows):
    """A question-and-answer table laid out side by side (``pdftotext -layout``): the columns
    found under each heading row from where the pieces of the lines below start (a heading word
    may stand centred over its column: its column starts at the last such edge at or before
    it), each line's pieces put in their columns, a row opened by a new label in a speaker's
    column beside the first line of its words (a label's piece right under the one above, the
    words beside it going on, is the label wrapped: まちづく / り課長), the row's turns given in
    the table's order when the next row opens: the asker's label (cue ``speaker``, the number
    of its first line; its other pieces cue ``field``), the question's lines, the answerer's,
    the answer's — each line with the number of the file's line it stands on, so a file's line
    holding the question's and the answer's words is read twice, once in each turn. A row's
    number is furniture; a speaker's cell left empty beside words is the speaker above again
    (a merged cell); the words of a row broken by a page go on. The table ends at a line whose
    piece in a speaker's column is no label beside words (``以上``, ``（午前１１時４５分　休憩）``)."""

    def __init__(self, asks: Asking, lines: list[Line], out: list[Line]) -> None:
        self.asks = asks
        self.lines = lines
        self.out = out
        self.head = " ".join(next((line.text.split() for line in lines if line.text.strip()), []))
        self.spoken = {asks.ask: next(iter(sorted(asks.names)), None), **dict(asks.answerers)}
        self.starts: list[int] = []
        self.row: dict[int, list[tuple[str, Line]]] = {}
        self.said: dict[int, str] = {}
        self.last: tuple[int, bool] | None = None
        self.above: set[int] = set()  # the columns the line above had a piece in
        self.paged = False  # the line above is the heading row repeated on a page

    def begin(self, at: int) -> None:
        self.starts = self.columns(at)

    def columns(self, at: int) -> list[int]:
        """Where each column starts, from the heading row at ``at`` and the lines below it."""
        edges: Counter[int] = Counter()
        for line in self.lines[at + 1:at + 41]:
            edges.update(m.start() for m in _PIECE_RUN.finditer(line.text))
        common = sorted(x for x, n in edges.items() if n >= 2)
        starts: list[int] = []
        for m in _PIECE_RUN.finditer(self.lines[at].text.replace("  ", "\t").replace("\t", "  ")):
            before = [e for e in common if e <= m.start() + 1 and (not starts or e > starts[-1])]
            starts.append(before[-1] if before else m.start())
        return starts

    def pieces(self, text: str) -> dict[int, str]:
        out: dict[int, str] = {}
        for m in _PIECE_RUN.finditer(text):
            k = max((k for k, s in enumerate(self.starts) if m.start() + 1 >= s), default=0)
            out[k] = f"{out[k]}\u3000{m.group()}" if k in out else m.group()
        return out

    def line(self, k: int) -> bool:
        """Read line ``k`` into the table (True), or find the table ended there (False)."""
        line = self.lines[k]
        text = line.text.strip()
        if (aside := _between_rows(line, self.head)) is not None:
            self.out.append(aside)
            return True
        if _heading(text) == self.asks:
            self.out.append(Line(line.text, line.number, line.page, "field"))
            self.starts = self.columns(k)
            self.above = set()
            self.paged = True
            return True
        pieces = self.pieces(line.text)
        new = [s for s in self.speakers() if s in pieces and not self.wraps(s, pieces[s])]
        self.paged = False
        if any(_label(pieces[s], self.asks) is None or self.said_by(s) not in pieces for s in new):
            return False  # 以上, （午前１１時４５分　休憩）: the page's text after the table
        if new and self.row:
            self.flush()
        for c, piece in pieces.items():
            self.row.setdefault(c, []).append((piece, line))
        self.above = set(pieces)
        return True

    def speakers(self) -> list[int]:
        return [s for s in self.spoken.values() if s is not None]

    def said_by(self, s: int) -> int:
        """The column whose words the speaker's column ``s`` names."""
        return next(k for k, at in self.spoken.items() if at == s)

    def wraps(self, s: int, piece: str) -> bool:
        """The piece in the speaker's column ``s`` is the label above wrapped: right under it (or
        under the heading repeated on the next page), the words beside it going on; the name
        under a seat (２番 / 小野寺 美和); the last piece of a title right under the heading
        repeated (社会福祉協 / 議会事務局 / the page / 長)."""
        if s not in self.row or not (s in self.above or self.paged):
            return False
        if self.paged and _TITLE_TAIL.match(piece) or seat_alone(self.row[s][-1][0]):
            return True
        cell = "".join(t for t, _l in self.row[s])
        if not self.asks.asker and (post_over_name([t for t, _l in self.row[s]] + [piece]) or _OPEN_CELL.search(cell) or (
                _OPEN_CELL.match(piece) and CELL_LABEL_END.search(cell))):
            return True  # a speaker's cell's name under its post (委員 / （小松 亜紀）, 委員 / 真壁 智美)
        words = self.row.get(self.said_by(s))
        return words is not None and not words[-1][0].endswith(_ENDS)

    def flush(self) -> None:
        """The row's turns, in the table's order (see the class)."""
        named = set(self.speakers())
        for c in sorted(self.row):
            cell = self.row[c]
            if c in named:
                continue
            if c in self.asks.answers and c not in self.spoken and not self.asks.asker:
                self.answer(c, cell)  # 事務局の回答・対応: the turn of the one the heading names
                continue
            if c not in self.spoken:  # 番号: furniture; 質問事項: the item the question is asked under
                cue = "lead" if c in self.asks.topics else "field"
                self.out.extend(Line(t, line.number, line.page, cue) for t, line in cell)
                continue
            self.speaker(c)
            self.out.extend(Line(t, line.number, line.page) for t, line in cell)
            self.last = (c, not cell[-1][0].endswith(_ENDS))
        self.row = {}

    def answer(self, c: int, cell: list[tuple[str, Line]]) -> None:
        """An answering column with no column naming who answers: its cell the turn of the one its heading
        names (事務局), a cell with no answer (―) furniture."""
        if "".join(t for t, _l in cell).strip() in NO_ANSWER:
            self.out.extend(Line(t, line.number, line.page, "field") for t, line in cell)
            return
        first = cell[0][1]
        self.out.append(Line(self.asks.answers[c], first.number, first.page, "speaker"))
        self.out.extend(Line(t, line.number, line.page) for t, line in cell)

    def speaker(self, c: int) -> None:
        """The speaker line before column ``c``'s words (see ``flush``)."""
        at = self.spoken[c]
        if at is None:
            return
        cell = self.row.get(at)
        if cell and not self.asks.asker:  # a speaker's column (発言者): the cell's lines one label
            label = cell_label([t for t, _l in cell])
            self.said[at] = label
            first = cell[0][1]
            self.out.append(Line(label, first.number, first.page, "speaker"))
            self.out.extend(Line(t, line.number, line.page, "field") for t, line in cell[1:])
        elif cell:
            label = _label(_joined([t for t, _l in cell]), self.asks) or _joined([t for t, _l in cell])
            self.said[at] = label
            first = cell[0][1]
            self.out.append(Line(label, first.number, first.page, "speaker"))
            self.out.extend(Line(t, line.number, line.page, "field") for t, line in cell[1:])
        elif self.last != (c, True) and at in self.said:
            first = self.row[c][0][1]
            self.out.append(Line(self.said[at], first.number, first.page, "speaker"))


def _between_rows(line: Line, head: str) -> Line | None:
    """A blank line, the page's number or its running head (``head``, its words) between the rows of
    a table laid out side by side: the line as it stands (cue ``field``: the row goes on), else None."""
    text = line.text.strip()
    if not text or is_page_number(text) or " ".join(text.split()) == head:
        return Line(line.text, line.number, line.page, "field" if text else None)
    return None


class _SubjectRows(_LaidOutRows):
    """A 3-column table 事項 | 発言者 | 発言内容 laid out side by side (``pdftotext -layout``): the
    columns found on each page under its heading row (the speech's: where most long pieces start;
    the speaker's: where most pieces left of it start past the margin; the subject's: the margin),
    each line's pieces put in their columns, a row opened by a piece in the speaker's column
    where the words above ended a sentence (or by a subject's piece) — a piece under it in the
    row is the cell's next line (the name under the post, 委員 / 大槻, even beside no words or
    under the page's furniture) while the words beside go on, or when it is a name under the
    post — and given when the next row opens: the subject's lines (cue ``lead``), the speaker's
    line (``cell_label``, the number of its first line; its other pieces cue ``field``), the
    words, each with the number of the file's line it stands on. The table ends at a line at the
    margin wider than the subject's column (（午前１１時５０分　閉会）)."""

    def __init__(self, lines: list[Line], out: list[Line], numbered: bool = False) -> None:
        self.lines = lines
        self.out = out
        self.numbered = numbered  # the first column the rows' numbers (No. | 発言者 | 発言内容)
        self.head = " ".join(next((line.text.split() for line in lines if line.text.strip()), []))
        self.speaker_at = self.speech_at = 0
        self.row: dict[int, list[tuple[str, Line]]] = {}
        self.ended = True

    def begin(self, at: int) -> None:
        self.columns(at)

    def columns(self, at: int) -> None:
        """The speaker's and the speech's columns on the page of the heading row at ``at``."""
        speech: Counter[int] = Counter()
        starts: Counter[int] = Counter()
        for line in self.lines[at + 1:]:
            if line.page != self.lines[at].page or _speech_heading(line.text):
                break
            for m in _PIECE_RUN.finditer(line.text):
                (speech if len(m.group()) > _PIECE else starts)[m.start()] += 1
        self.speech_at = speech.most_common(1)[0][0] if speech else 0
        inside = [(n, x) for x, n in starts.items() if 0 < x < self.speech_at]
        self.speaker_at = max(inside)[1] if inside else 0

    def line(self, k: int) -> bool:
        """Read line ``k`` into the table (True), or find the table ended there (False)."""
        line = self.lines[k]
        heading = _speech_heading(line.text)  # again on the next page: the columns found anew under it
        between = _between_rows(line, self.head) or (Line(line.text, line.number, line.page, "field") if heading else None)
        if between is not None:
            self.out.append(between)
            if heading:
                self.columns(k)
            return True
        if self.over(k):
            return False
        pieces = self.pieces(line.text)
        if pieces is None:
            return False
        if (0 in pieces) if self.numbered else 1 in pieces and self.opens(pieces[1], 2 in pieces):
            self.flush()  # a row's number opens it (its speaker's cell may be empty: 11 / （異議なし）)
        for c, piece in pieces.items():
            self.row.setdefault(c, []).append((piece, line))
        if 2 in pieces:
            self.ended = pieces[2].endswith(_ENDS)
        return True

    def over(self, k: int) -> bool:
        """The table is over at line ``k``: no columns found, or a piece at the margin alone under a
        blank line (以上)."""
        text = self.lines[k].text
        return not self.speaker_at or not text[:1].isspace() and not self.lines[k - 1].text.strip() and (
            len(_PIECE_RUN.findall(text)) == 1 or bool(WHOLE_BRACKET.match(text.strip())))  # （午前１０時４０分   閉会）

    def pieces(self, text: str) -> dict[int, str] | None:
        """The line's pieces by column (0 the subject's, 1 the speaker's, 2 the speech's), or None
        when a piece stands off the columns or one at the margin is wider than the subject's
        column (the table is over: （午前１１時５０分　閉会））."""
        pieces: dict[int, str] = {}
        for m in _PIECE_RUN.finditer(text):
            x = m.start()
            c = 2 if x >= self.speech_at - 1 else 1 if abs(x - self.speaker_at) <= 1 or 1 in pieces and x > self.speaker_at else 0
            if c == 0 and (m.end() >= self.speaker_at or x > 0):
                return None
            pieces[c] = f"{pieces[c]}\u3000{m.group()}" if c in pieces else m.group()
        return pieces

    def opens(self, piece: str, beside: bool) -> bool:
        """A piece in the speaker's column opens a row: none is open, the words above ended a
        sentence and it is no name under the post above, or the cell holds three pieces; never a
        piece with no words beside it (a row's first line holds its words' first line: （高田主査）
        alone under 事務局's words is the cell's second line)."""
        cell = self.row.get(1)
        if not cell:
            return True
        texts = [t for t, _l in cell]
        if len(texts) >= 3:
            return True
        if not beside:
            return False
        post = "".join(texts)
        if post_over_name([post, piece]) or _unclosed(post) or len(texts) == 1 and len(piece) <= 2 and (
                not CELL_LABEL_END.search(post) and CELL_LABEL_END.search(post + piece)):
            return False  # the name under the post, the bracket still open, the title's last piece (補 / 佐)
        return self.ended

    def flush(self) -> None:
        row, self.row = self.row, {}
        self.out.extend(Line(t, line.number, line.page, "field" if self.numbered else "lead") for t, line in row.get(0, []))
        cell = row.get(1, [])
        if cell:
            first = cell[0][1]
            self.out.append(Line(cell_label([t for t, _l in cell]), first.number, first.page, "speaker"))
            self.out.extend(Line(t, line.number, line.page, "field") for t, line in cell[1:])
        self.out.extend(Line(t, line.number, line.page) for t, line in row.get(2, []))


def _unclosed(label: str) -> bool:
    return label.count("（") + label.count("(") > label.count("）") + label.count(")")


_DIGIT_IN = re.compile(r"[0-9０-９]")


class _LabelRows(_SubjectRows):
    """A borderless 2-column table with no heading row laid out side by side (``pdftotext -layout``):
    the speaker's cells at the margin, the speech at one column, a cell's second line below its first
    (Word's space after each of the cell's lines: ``会長`` / a blank / ``（石黒）`` beside the words going
    on or alone) — read as ``_SubjectRows`` reads its rows, the speaker's column the margin; the table
    ends at a line whose piece at the margin runs into the speech's column."""

    def __init__(self, lines: list[Line], out: list[Line], speech_at: int) -> None:
        super().__init__(lines, out)
        self.speech_at = speech_at

    def begin(self, at: int) -> None:
        self.speaker_at = 0

    def over(self, k: int) -> bool:
        return False  # a cell's second line stands alone under a blank line: the table ends at a wide piece

    def pieces(self, text: str) -> dict[int, str] | None:
        pieces = super().pieces(text)
        if pieces is not None and 1 in pieces and (len(pieces[1]) >= self.speech_at - 1 or _DIGIT_IN.search(pieces[1])):
            return None  # （午後３時１０分　閉会）: wider than the speaker's column, or a clock's digits
        return pieces


def _label_rows(src: SourceText, lines: list[Line]) -> SourceText | None:
    """A borderless 2-column table laid out side by side with the post over the name at the margin
    (``_LabelRows``), found where three rows at least hold a post at the margin beside the words and
    a person's name in brackets alone at the margin below it (会長 / （石黒）); None otherwise."""
    col = _speech_column(lines)
    if col is None:
        return None
    margin = [(k, _PIECE_RUN.match(line.text)) for k, line in enumerate(lines) if line.text[:1].strip()]
    pieces = [(k, m.group()) for k, m in margin if m is not None and m.end() < col - 1]
    named = [n for n in range(1, len(pieces)) if WHOLE_BRACKET.match(pieces[n][1])
             and post_over_name([pieces[n - 1][1], pieces[n][1]])]
    if len(named) < 3:
        return None
    at = pieces[named[0] - 1][0]
    out = lines[:at]
    _LabelRows(lines, out, col).read(at - 1)
    return SourceText(file=src.file, lines=tuple(out), encoding=src.encoding, format=src.format, readings=src.readings)


def _speech_column(lines: list[Line]) -> int | None:
    """The column most lines' words start at after a gap (a label's cell beside them) or after the
    margin's spaces (the words going on), when it is 6 to 24 characters in."""
    starts: Counter[int] = Counter()
    for line in lines:
        for m in _PIECE_RUN.finditer(line.text):
            if m.start() and len(m.group()) > _PIECE:
                starts[m.start()] += 1
    if not starts:
        return None
    col, seen = starts.most_common(1)[0]
    return col if 6 <= col <= 24 and seen >= 6 else None
