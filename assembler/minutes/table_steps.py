# mypy: disable-error-code="misc"
"""Tables, columns and frames: speech in a left column, a text table's rows, a frame's text.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    column_label, column_tails, front_block, last_was_header, pending, speaker

and reads (set in ``LineParser.__init__`` or by other steps):

    closed, column, cur, framed, in_body, last_speaker, out, pending, roles, seen_speaker, src
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..i18n import N_
from ..model import Direction, Line, Speaker
from . import framed
from ..ingest import interview
from .forms import LOCAL_GOVERNMENTS, local_government
from . import forms as _forms
from .paragraphs import unclosed, column_label, ends_sentence
from .shapes import BUILTIN_SHAPES, MARK_SHAPE
from .title_first import title_then_full_name, title_then_name
from .native import trait

if TYPE_CHECKING:
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_SPACES = _forms.SPACE_RUN


_DITTO = frozenset(("〃", "″", "\u3003", "〃〃", "同", "同上", "同右", "々"))
_NOT_COLUMN_LABEL = re.compile(r"出席|欠席|日時|場所|議題|議案|日程|事件|署名")


#: the cues of a Word paragraph's first line ended by a manual line break (ingest.docx)
_BREAK_CUES = frozenset(("break", "breakbold"))
#: the cues of a line that may be a speaker's label (a bold start, a PDF table's first column, a break's)
_LABEL_CUES = _BREAK_CUES | {"bold", "label"}
_HEADER_OPENERS = _forms.HEADER_OPENERS

#: the cues of a table drawn in text (ingest.texttable)
_TEXT_TABLE_CUES = frozenset(("row", "cells", "rule", "page", "after", "field", "closing", "transcript", "interview", "above",
                              "profile", "stage", "note", "summary", "apart"))


#: the cues of a paragraph Word numbered in a list (ingest.docx)
_LIST_CUES = frozenset(("item", "turn"))
#: the end of a heading: a noun (kanji, katakana, a closing bracket), or について, に関して, の件
_LIST_HEADING = re.compile(r"(?:[\u3400-\u9fff\u30a1-\u30faー）)】」]|について|に関して|の件)$")


@trait
class TableSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    cast: interview.Cast | None
    column_label: str
    column_tails: frozenset[int]
    front_block: str | None
    last_was_header: bool
    pending: list[Speaker]
    speaker: Speaker | None

    def column_step(self: LineParser, i: int, line: Line) -> bool:
        """A speaker's label in the left column (``議　　長     ただいまから…``, ``１１　番``,
        ``事 務 局``, ``３番（田中）``), the speech from the column on: a turn. A label the
        extractor wrapped in its cell (``３番（田`` / ``中）      思います。``) is joined."""
        if self.column is None or line.text[:1] in " \t":
            return False
        found = column_label(line.text, self.column)
        if found is None and (i in self.column_tails or self.bracket_goes_on(i, line.text.strip(), "")):
            self.set_fate(i, "point")  # the end of the label above, with no speech beside it (進課長, 祉課主査）)
            return True
        if found is None:
            return False
        label, rest = found
        compact = _SPACES.sub("", label)
        if self.label_rest(i, line, compact, rest):
            return True
        sp = self.column_speaker(i, compact, rest)
        if sp is None or _NOT_COLUMN_LABEL.search(compact) or not (self.in_body or self.column_turn(sp, rest)):
            return False
        self.take_header(i, line, label[0], (MARK_SHAPE, sp, rest or None))
        self.column_label = compact
        return True

    def label_rest(self: LineParser, i: int, line: Line, compact: str, rest: str) -> bool:
        """The rest of a label wrapped in its cell, the speech beside it going on (３番（田 / 中）…,
        事務局（子ど / も家庭課主 / 任）: the bracket still open, the label goes on): joined, the
        turn's speaker read again (True)."""
        cur = self.cur
        if not (self.column_label and cur is not None and cur.kind == "point" and cur.idx[-1] == i - 1
                and (unclosed(self.column_label) or i in self.column_tails)):
            return False
        sp = self.split_label(self.column_label + compact, True)
        if sp is None and unclosed(self.column_label + compact):
            sp = self.speaker
        if sp is None:
            return False
        self.column_label += compact
        self.speaker = cur.speaker = sp
        cur.lines.append(replace(line, text=rest))
        cur.idx.append(i)
        self.set_fate(i, "point")
        return True

    def bracket_goes_on(self: LineParser, i: int, text: str, rest: str) -> bool:
        """A piece alone at the margin right under a turn whose left-column label left a bracket
        open (事務局（高齢福 / 祉課主査）, the speech beside the first line only): the label's end —
        the label joined and its speaker read again (True), else False."""
        cur = self.cur
        if not (text and len(text) <= 12 and "。" not in text and not rest and unclosed(self.column_label)
                and cur is not None and cur.kind == "point" and (cur.idx[-1] == i - 1 or i - 1 in self.column_tails)):
            return False
        joined = self.column_label + _SPACES.sub("", text)
        sp = self.split_label(joined, True) or (self.speaker if unclosed(joined) else None)  # 総務課課長補 / 佐）
        if sp is None:
            return False
        self.column_label = joined
        self.column_tails = self.column_tails | {i}
        self.speaker = cur.speaker = sp
        return True

    def column_speaker(self: LineParser, i: int, compact: str, rest: str) -> Speaker | None:
        """The speaker a left-column label names: as written, its part before a bracket the
        cell's end left open (３番（田: joined on the next line), or with the label the line
        below ends it with (``split_in_cell``)."""
        if unclosed(compact):
            return self.split_label(compact, True) or self.split_label(
                compact.partition("（")[0].partition("(")[0], True)
        if self.roles.split(compact) is None and (split := self.split_in_cell(i, compact, rest)) is not None:
            return split  # 久保都市 / 計画課長
        return self.split_label(compact, True)

    def split_in_cell(self: LineParser, i: int, compact: str, rest: str) -> Speaker | None:
        """A name and title the extractor broke over lines of the left column (``久保都市`` /
        ``計画課長``, ``山田　委`` / ``員``, ``中村まち`` / ``づくり推`` / ``進課長``): the label at the
        margin is no title of the role table, and with the label below it (up to two more
        lines, no blank between) it names a speaker. A label below goes on this one only when
        its line has no speech or the speech above it does not end a sentence (``会長`` under a
        finished turn is the next turn); those lines' speech goes on the turn (``column_tails``)."""
        lines, tails, joined = self.src.lines, [], compact
        above = rest
        for j in range(i + 1, min(i + 3, len(lines) - 1) + 1):
            text = lines[j].text
            found = column_label(text, self.column) if self.column is not None else None
            if found is None and (len(text.strip()) > 6 or text[:1] in ("", " ", "\u3000") or "。" in text):
                break
            tail, speech = found if found is not None else (text.strip(), "")
            tail = _SPACES.sub("", tail)
            if len(tail) > 6 or speech and ends_sentence(above):
                break
            tails.append(j)
            joined += tail
            above = speech or above
            sp = self.split_label(joined, True)
            if sp is not None:
                self.column_tails = frozenset(tails)
                return sp
        return None

    def column_turn(self: LineParser, sp: Speaker, rest: str) -> bool:
        """Before the body, a left-column label opens the first turn when a sentence follows
        or it is a title of the role table alone or after a name (not ``４ 事務局``, a
        numbered row of the front matter); right under an attendee list (no blank line
        between) only when speech follows (``事務局長    定刻となりましたので、…``)."""
        if not rest:
            return False
        if "。" in rest:
            return True
        if self.front_block == "attendees":
            return self.speech_words(rest)
        name = sp.name.rpartition("（")[0] or sp.name
        return self.roles.split(sp.label) is not None and not any(ch.isdigit() for ch in name)

    def cue_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """What the Word file's structure says of the line (``Line.cue``): a speaker | remark
        table's heading row is furniture and its speaker cell a header whatever the label's
        form; a list item that is a name-like label alone is a header (a top-level item of a
        list used on several levels — a ``turn`` — on its form, any other item with a title of
        the role table), and a turn that introduces a speaker is an introducer."""
        if line.cue == "head":
            self.close()
            self.set_fate(i, "furniture")
            return True
        if line.cue == "lead":
            self.add("agenda", i, line)
            return True  # 日程第３ in the column before the speaker's: the item the row opens
        if self.titled_cell_step(i, line, stripped):
            return True  # 委員長　藤森
        if line.cue in _LABEL_CUES:
            return self.label_cue_step(i, line, stripped)
        if line.cue == "mdlabel":
            return self.md_label_step(i, line, stripped)
        if line.cue in _TEXT_TABLE_CUES:
            return self.text_table_step(i, line, stripped)
        if line.cue == "frame":
            return self.frame_step(i, line)
        if line.cue in ("speaker", "label") and stripped in _DITTO:
            # 〃 in a table's speaker cell: the speaker of the row above takes the floor again
            if self.last_speaker is None:
                return False
            self.last_was_header = False
            self.take_header(i, line, "○", (BUILTIN_SHAPES[0], self.last_speaker, None))
            return True
        if line.cue == "speaker":
            self.last_was_header = False  # a row is a turn, whatever the row above said
            found = self.header("○" + stripped)
            if found is not None and found[2] is not None and "\u3000" in stripped:
                # a cell's lines (ingest.qatext.cell_label) whose second is no name: 請願者　代表 is one label
                found, stripped = None, _SPACES.sub("", stripped)
            sp = found[1] if found else (local_government(stripped) if stripped in LOCAL_GOVERNMENTS else (
                self.split_label(stripped, True) or Speaker(stripped, stripped, "", "other")))
            self.take_header(i, line, "○", (BUILTIN_SHAPES[0], sp, found[2] if found else None))
            return True
        return self.list_item_step(i, line, stripped)

    def list_item_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A list item (a Word list's paragraph, its marker taken off): a speaker's name or an
        introducer (``list_turn``), or a heading of the agenda (``list_heading_step``)."""
        at = self.bullet(stripped)
        rest = stripped[at:].strip() if at is not None else stripped
        return bool(rest) and (self.list_turn(i, line, rest) or self.list_heading_step(i, line, rest))

    def list_heading_step(self: LineParser, i: int, line: Line, rest: str) -> bool:
        """A heading Word numbered in a list (its marker taken off: ``報告事項``, ``介護予防事業の見直し
        について``) after a turn's speech with a speaker's header below it, or under the agenda's
        heading (no one has the floor): the agenda's, not the last speaker's point nor unread. A
        heading is short and no sentence, ending in a noun or について; an item right under a label
        alone, or under another item, is the speaker's point as before."""
        if not (self.in_body and self.seen_speaker and _LIST_HEADING.search(rest) and len(rest) <= 40
                and "。" not in rest and "、" not in rest):
            return False
        if self.speaker is not None or self.pending:
            above = self.text_above(i)
            if (self.last_was_header or not above or not ends_sentence(above)
                    or self.src.lines[self.line_above(i)].cue in _LIST_CUES or not self.header_below(i)):
                return False
        self.close()
        self.speaker = None
        self.pending = []
        self.last_was_header = False
        self.add("agenda", i, line)
        return True

    def line_above(self: LineParser, i: int) -> int:
        """The line with text nearest above line ``i`` (``i`` itself when there is none)."""
        lines = self.src.lines
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        return j if j >= 0 else i

    def label_cue_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line whose cue says it may be a label: a bold start before the speech, a cell of a
        table's first column found from the layout (PDF) — a header when it is a speaker's label
        (a title of the role table, or a name-like label with a title), else the paragraph's own
        words — or a paragraph's first line before a manual line break (``broken_label_step``)."""
        if line.cue in _BREAK_CUES:
            return self.broken_label_step(i, line, stripped)
        # a bold run that begins with its own mark (○白井大臣: pdforder20) is read with it, not under a second
        mark = stripped[0] if stripped[0] in _forms.MARKS else "○"
        found = self.header(stripped if mark == stripped[0] else "○" + stripped)
        if found is None or found[2] is not None:
            return False
        self.last_was_header = self.last_was_header and line.cue == "bold"  # a row is a turn
        self.take_header(i, line, mark, found)
        return True

    def md_label_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A Markdown note's line that opens with words in bold before a colon (``ingest.wrapped.markdown``,
        cue ``mdlabel``: ``__3班長__：…``, ``**北村委員**: …``, the markup taken off): once the turns have
        begun, the bold words are the label when the header reads them as a speaker alone — a number
        first too (``3班長``), as after a mark — and the words after the colon the speech; else (the
        front's fields, ``**日時**: …``, bold words of the speech) the line is read as it stands."""
        if not self.seen_speaker:
            return False
        label, colon, rest = stripped.partition("：") if "：" in stripped[:32] else stripped.partition(":")
        if not colon or not label.strip():
            return False
        found = self.header("○" + label.strip())
        if found is None or found[2] is not None:
            return False
        self.last_was_header = False  # a bold label is a turn, whatever the line above said
        self.take_header(i, line, "○", (found[0], found[1], rest.strip() or None))
        return True

    def broken_label_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """The first line of a Word paragraph ended by a manual line break (cue ``break``,
        ``breakbold``: ``教育長`` Shift+Enter ``ただいまから…``) heads the lines after it, its
        speech, when it is a speaker's label alone (a mark or brackets kept: ``○教育長``,
        ``（教育長）``) and the line after it, of the same paragraph, is speech (kana, no list of
        people) — not a field of the front matter (出席委員 / 委員長　藤森…). A label in bold may
        have a title the role table does not know (東岡計画官: role other); else its title
        must be the table's. Any other first line is read as it stands."""
        lines = self.src.lines
        if i + 1 >= len(lines) or lines[i + 1].number != line.number or self.labels.field(stripped) is not None:
            return False
        below = lines[i + 1].text.strip()
        if not below or not self.speech_words(below):
            return False
        found = self.header(stripped if stripped[0] in _HEADER_OPENERS else "○" + stripped)
        if found is None or found[2] is not None:
            return False
        if line.cue == "break" and self.unknown_title(found[0], found[1]):
            return False
        self.take_header(i, line, "○", found)
        return True

    def titled_cell_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A table's speaker cell of two lines, title over surname or over the full name (委員長　藤森,
        建設課長　森田　和夫: ``title_first``): a header of the person with that title, read before the
        cell's other forms (read whole, the name would be the speech: 建設課長 / 森田　和夫…)."""
        if line.cue not in ("label", "speaker"):
            return False
        split = self.roles.split
        if (titled := title_then_name(stripped, split) or title_then_full_name(stripped, split)) is None:
            return False
        self.last_was_header = False  # a row is a turn
        self.take_header(i, line, "○", (BUILTIN_SHAPES[0], titled, None))
        return True

    def text_table_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line of a table drawn in text, by its cue (``ingest.texttable``): a row, a rule
        between rows, the page's furniture between its pages, the first line after it."""
        if line.cue in ("row", "cells"):
            return self.row_step(i, line, stripped)
        if line.cue == "transcript":
            return self.transcript_step(i, line, stripped)
        if line.cue == "interview":
            return self.interview_step(i, line, stripped)
        if line.cue == "above":
            return self.interview_head_step(i, line, stripped)
        if line.cue == "profile":
            # an interview's profile of who answers (プロフィール, 略歴): front matter wherever it stands
            self.close()
            self.set_fate(i, "front")
            return True
        if line.cue == "stage":
            # a transcript's sound alone in a cue ([音楽], （拍手）): a stage direction, the turn goes on
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, stripped))
            return True
        if line.cue in ("note", "summary"):
            # a transcript's note of what the meeting reached (結論：…: the turn goes on over it), or
            # what an AI minute-taker wrote under the transcript (要約, アクションアイテム: the turns are
            # over): the record's narrative, no one's words
            if line.cue == "summary":
                self.end_turns()
            self.close()
            self.set_fate(i, "narrative")
            return True
        if line.cue == "rule":
            # a rule between a text table's rows: a break between paragraphs (a row broken by
            # a page goes on, as across a blank line), the end of a front-matter row's list
            self.blank_line(i, " ")
            if not self.seen_speaker:
                self.front_block = None
            self.set_fate(i, "furniture")
            return True
        if line.cue == "apart":
            # a line of a table whose cells pdftotext gave apart from their rows (ingest.apartcells):
            # whose words it holds, or where it stands, cannot be told — reported, never guessed
            self.unread(i, line, N_("a table's line read apart from its row: whose it is cannot be told"))
            return True
        if line.cue in ("page", "field"):
            # between the pages of a text table: its number, a running head; an export's field
            # read into the row or the export's own (ingest.fields): the turn goes on
            self.set_fate(i, "furniture")
            return True
        if line.cue == "closing":
            self.end_turns()  # an export's closing count (以上　16件): the turns are over
            self.set_fate(i, "furniture")
            return True
        if line.cue == "after":
            # the first line after a table of the proceedings drawn in text: the last row's
            # speaker no longer holds the floor; the line is read as it stands
            self.end_turns()
            return False
        return False

    def frame_step(self: LineParser, i: int, line: Line) -> bool:
        """A line inside a one-cell box (``ingest.texttable``, cue ``frame``). Before the turns
        and after them it is read as the text unframed (a title, a label of the front matter);
        between them the box's text, read whole (``framed.reading``), is an item of the agenda
        or a heading (the speaker keeps the floor), a stage direction, a point of the speaker
        whose turn it stands in when it is speech, else narrative (a text quoted: a resolution,
        a notice) — never the words of a turn only because it follows one."""
        if not (self.in_body and self.seen_speaker) or self.closed:
            return False
        what = self.framed.get(i)
        if what is not None:
            if self.cur is not None and self.cur.idx[-1] == i - 1 and i - 1 in self.framed:
                self.extend(i, line)
                return True
        else:
            run = self.frame_run(i)
            what = framed.reading([self.src.lines[j].text.strip() for j in run])
            if what == "speech" and self.speaker is None and not self.pending:
                what = "narrative"  # speech with no one holding the floor
            self.framed.update(dict.fromkeys(run, what))
        if what == "stage":
            self.close()
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, line.text.strip()))
        else:
            self.open("point" if what == "speech" else what, i, line, line.text.strip())
        return True

    def frame_run(self: LineParser, i: int) -> list[int]:
        """The lines of a frame's text from line ``i`` to its edge or a rule across the box,
        empty lines inside it passed over (a quoted text's paragraphs and its signature are
        one text)."""
        lines, j = self.src.lines, i
        while j + 1 < len(lines) and (lines[j + 1].cue == "frame" or lines[j + 1].cue is None
                                      and not lines[j + 1].text.strip()):
            j += 1
        return [k for k in range(i, j + 1) if lines[k].cue == "frame"]

    def row_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A row of a table drawn in text (``ingest.texttable``): its first cells, U+3000, the
        remark's first piece. Under a heading naming the speaker's column (cue ``row``) the first
        words are the speaker whatever their form (〃: the speaker of the row above); in any
        other table (``cells``) only when they name a speaker — else the line is read as text
        (日時　令和７年…)."""
        label, _, remark = stripped.partition("\u3000")
        if " " in label and line.cue == "row":
            # an export's name cell of words apart (委員長 浅野 浩一: a title, then a full name)
            titled = title_then_full_name(label, self.roles.split)
            label = label.replace(" ", "")
            if titled is not None:
                self.last_was_header = False
                self.take_header(i, line, "○", (BUILTIN_SHAPES[0], titled, remark.strip() or None))
                return True
        if line.cue == "cells":
            if not self.seen_speaker and "。" not in remark:
                return False  # 出席委員 | 氏名…: a label and value of the front matter
            found = self.header("○" + label)
            if found is None or found[2] is not None or self.roles.split(found[1].label) is None:
                return False
            sp = found[1]
        elif label in _DITTO:
            if self.last_speaker is None:
                return False
            sp = self.last_speaker
        else:
            found = self.header("○" + label)
            sp = found[1] if found and found[2] is None else (
                self.split_label(label, True) or Speaker(label, label, "", "other"))
        self.last_was_header = False  # a row is a turn, whatever the row above said
        self.take_header(i, line, "○", (BUILTIN_SHAPES[0], sp, remark.strip() or None))
        return True

    def transcript_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A speaker's line of an online meeting's transcript (``ingest.transcript``): the label,
        U+3000, the speech on the line (if any). The label is the speaker whatever its form."""
        label, _, said = stripped.partition("\u3000")
        self.last_was_header = False  # a speaker's line is a turn, whatever the line above said
        self.take_header(i, line, "○", (BUILTIN_SHAPES[0], self.transcript_speaker(label), said.strip() or None))
        return True

    def interview_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A question's line or an answer's first line of an interview (``ingest.interview``): the
        label, U+3000, the speech on the line. Who the label is comes from the lines above the
        first turn and the profile (``interview.cast``, read on first need)."""
        if self.cast is None:
            lines = self.src.lines
            first = next(k for k, ln in enumerate(lines) if ln.cue == "interview")
            head = [ln.text for ln in lines[:first]] + [ln.text for ln in lines if ln.cue == "profile"] + interview.credits(
                [ln.text for ln in lines[first:]])
            self.cast = interview.cast(head, self.roles.split)
        label, _, said = stripped.partition("\u3000")
        sp = self.cast.speaker(label)
        if isinstance(sp, str):
            sp = self.transcript_speaker(sp)  # a label that names no one of the cast: read as a transcript's
        self.last_was_header = False  # a question or an answer is a turn, whatever the line above said
        self.take_header(i, line, "○", (BUILTIN_SHAPES[0], sp, said.strip() or None))
        return True

    def interview_head_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line above an interview's first turn (``ingest.interview``): the front matter's label
        (日時：, 出席者), else the title's and the front matter's words — never a turn, though it
        may name who answers as a header does (副市長　松井 恵)."""
        if self.preamble_step(i, line, stripped):
            return True
        cur = self.cur
        if cur is not None and cur.kind == "front" and cur.idx[-1] == i - 1:
            self.extend(i, line)
        else:
            self.open("front", i, line, stripped)
        return True

    def transcript_speaker(self: LineParser, label: str) -> Speaker:
        """The speaker a transcript's label names: ``名前（所属）`` or ``名前``. A name that is an
        office of the role table (事務局, 司会, 座長, 小松委員) is that office's; else the person is
        the name, with the title of the affiliation when the table knows it (``井上修一（座長）``:
        chair; ``原田千尋（委員）``: member) or the title the name opens with (``事務局山田``), else with
        no title, of role other (``松本亮（資産経営課）``, ``話者1``: an unnamed speaker the recording
        numbered)."""
        name, aff = label, ""
        if label.endswith("）") and "（" in label:
            cut = label.index("（")
            name, aff = label[:cut], label[cut + 1:-1]
        own = self.roles.split(name) if name else None
        if own is not None:
            return Speaker(label, own.name, own.title, own.role)
        titled = self.roles.split(aff) if aff else None
        if titled is not None:
            return Speaker(label, name, aff, titled.role)
        first = self.title_before_name(name)
        if first is not None:
            return Speaker(label, name[len(first.title):], first.title, first.role)
        return Speaker(label, name, "", "other")

    def title_before_name(self: LineParser, name: str) -> Speaker | None:
        """The title of the role table a transcript's name opens with, the person after it
        (``事務局 山田``, ``座長 小松 健二``, ``総務課長 山田 太郎`` as a tool's display name: the
        longest title alone, the rest the person's name), else None."""
        for cut in range(len(name) - 1, 1, -1):
            sp = self.roles.split(name[:cut])
            if sp is not None and not sp.name:
                return sp
        return None

    def list_turn(self: LineParser, i: int, line: Line, rest: str) -> bool:
        """A list item (its marker taken off) that is a speaker's name or an introducer."""
        found = self.header("○" + rest)
        if found and not found[2] and (line.cue == "turn" or self.roles.split(found[1].label) is not None):
            self.take_header(i, line, "○", found)
            return True
        if line.cue == "turn" and ("から" in rest or "より" in rest) and self.introduced(rest):
            self.start_body()
            self.open("circle", i, line, "○" + rest, marked=True)
            self.close()
            return True
        return False
