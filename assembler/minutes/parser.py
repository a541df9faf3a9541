"""Lines of minutes -> paragraphs, and every line's disposition.

The parser reads the lines in one pass. Each line is classified (front-matter label, agenda
item, speaker header, stage direction, ``○`` sentence, bullet start, plain text, page
furniture, blank); paragraphs are assembled from a start line and its continuation lines,
so the hard line breaks that PDF extraction leaves inside sentences disappear while every
paragraph keeps the exact lines it came from. Every line ends in exactly one place
(``Parsed.fate``): front, agenda, narrative, point, stage, furniture, blank or unread.

Speaker headers (a user's patterns are tried first) are recognised by their form:

- ``（飯島委員）`` / ``【飯島委員】``            alone on a line;
- ``〇河野大臣：…`` / ``○東会長　それでは…``    a turn, the speech on the same line or below;
  the mark may be ○ 〇 ◯ ◎ ● ◆, the label a name with a qualifier (``髙橋（清）委員``),
  ``議長（川端宏明君）`` or ``事務局（佐藤企画官）``, and its title need not be in the role
  table: a short name-like label ending in a title-like word is read with role ``other``;
- ``飯島委員：…``                             a colon header (text may follow);
- ``飯島委員``                                a name alone on a line (known titles only).

A ``○`` sentence (it may wrap over lines) is read as a whole when it ends:

- it names a speaker with から/より and reports a remark (``…との意見があった``): the
  sentence is that speaker's point;
- it names a speaker with から/より and a speech act (発言, 挨拶, 説明, 報告, 述べ …, in any
  form, whatever stands before the name or between the name and the verb): an *introducer*,
  the bullets below are that speaker's;
- otherwise, under a speaker and not in the secretariat's narrating voice, it is the
  speaker's bullet; else narrative.

Where each concern of the line reading lives (one home each). This module keeps ``LineParser``:
its state (``__init__``), the loop and the order of the steps (``run``, ``feed``, ``dispatch``,
``turn_step`` …), the open paragraph's life (``open``, ``add``, ``close``, ``settle``) and the
continuation of a paragraph. Its steps are mixins by concern, each in its own module, whose
docstring names the attributes of the parser it sets and reads. The state stays on the one
object: a step is typed ``self: LineParser`` (mypy's check that a self type is a supertype of
its class, ``misc``, is off in those modules, the first line of each), and a mixin declares the
types of the attributes its steps set, as ``__init__`` sets them (annotations only: no class
attribute is made):

- ``header_steps``   speaker headers and labels: shapes, office / title / name, a header's speech;
- ``stacked_steps``  labels stacked beside the speech or broken over lines;
- ``front_steps``    the front matter and the agenda, notes beside the record;
- ``report_steps``   reports, introducers, prose, narrated acts, statements, trailing labels;
- ``group_steps``    opinions under a heading that names their group, groups of attendees;
- ``table_steps``    a left column's labels, text tables, frames, a table's cells (cues);
- ``legend_steps``   legends of marks and the points a mark opens;
- ``closing_steps``  the end of the turns, page furniture, headings between turns, stage directions.

Its module-level helpers: ``shapes`` (the header shapes, what a line must hold to be tried),
``furniture`` (running heads, page numbers, a web page's navigation, the trailer, signatures),
``paragraphs`` (wrap width, indents, lines joined, sentence ends, announcements, directions),
``parsed`` (``Para``, ``Said``, ``Parsed``) and ``forms`` (the regexes and word lists several
of these modules share; a form one module alone uses lives in that module).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from . import acted, front_steps, glued, headed, joined, names, ocr, press, prose, quoted, spaced, trailing
from ..i18n import N_
from ..ingest import interview
from ..model import Line, SourceText, Speaker, Unread
from .closing_steps import ClosingSteps
from .forms import (
    AGENDA_START, CLOSE, HEADING_START, INDENTS, ITEM_START, NUMBER_START, OPEN, PARAGRAPH_INDENT,
    POINT_MARKS, RULE_CHARS, SECTION_WORD_MAX, SPACE_CLASS, SPOKEN, STAGE_START, heading_like
)
from . import forms as _forms
from .forms import RECORD_HEADING
from .front import FrontLabels
from .front_steps import FrontSteps
from .furniture import signatures, trailer, person_for_body, running_heads, web_navigation
from .group_steps import GroupSteps
from .header_steps import CLOCK_END, CLOCK_START, HEADER_HINT, LED_START, NO_HEADER_FIRST, QA_HEAD, HeaderSteps
from .legend import count_marks, legend_at_end
from .legend_steps import LegendSteps
from .paragraphs import (
    is_double_spaced, ends_sentence, indent_width, join_announcements, join_lines, opens_paragraph, speech_column,
    strip_directions, wrap_width
)
from .parsed import Parsed, Said, Para
from .patterns import BULLET_CHARS, Patterns
from .report_steps import ReportSteps
from .roles import RoleTable
from .shapes import Shape
from .stacked_steps import StackedSteps
from .table_steps import TableSteps
from .view import FileView
# moved out of parser.py, still read from it (tests/test_parse_line_fast_paths.py, minutes/__init__.py)
from .forms import SPACE_RUN as SPACE_RUN, SURNAME_START as SURNAME_START, local_government as local_government
from .furniture import body_speaker as body_speaker
from .header_steps import (
    LETTER_SPACED as LETTER_SPACED, PARTICLE_START as PARTICLE_START, TITLE_PERSON as TITLE_PERSON,
    UTTERANCE_NUMBER as UTTERANCE_NUMBER
)
from .paragraphs import is_formula as is_formula
from .report_steps import REPORTED_END as REPORTED_END
from .shapes import (
    BUILTIN_SHAPES as BUILTIN_SHAPES, MARK_SHAPE as MARK_SHAPE, builtin_shapes as builtin_shapes,
    needs_held as needs_held
)

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_CIRCLE = _forms.CIRCLE
_CIRCLE_MARKS = frozenset("○〇◯")
#: the glyphs a bullet opens with, no dash (－ also frames a note) nor a number
_GLYPHS = frozenset(BULLET_CHARS) - frozenset("－−")
#: a ○ line that is a heading, no sentence (○ 議事（３）その他について, 〇 案件２ その他): short, no comma, no stop
_HEADING_ALONE = re.compile(r"[^、，。]{1,40}")
_HIRAGANA = _forms.HIRAGANA
_INLINE_STAGE = _forms.INLINE_STAGE
_NARRATIVE_VOICE = _forms.NARRATIVE_VOICE
_SUBJECT = _forms.SUBJECT
_SUBJECT_HINT = _forms.SUBJECT_HINT


#: a bracketed label right after a finished sentence, speech after it: the next speaker's turn
#: in the same paragraph (…伺いたい。（委員）設問の数は…)
_INLINE_LABEL = re.compile(r"(?<=[。？！?!])[\s\u3000]*[（(](?P<label>[^（）()\s\u3000。、，,「」]{1,12})[）)][\s\u3000]*(?=\S)")


#: where the lines of a closed paragraph end, by its kind (any other kind is its own fate;
#: a note under the turns is narrative)
_FATE = {"point": "point", "reported": "point", "back": "front", "note": "front"}
#: the floor's voice on a line of its own: 異議なし, 「異議なし」, 「異議なし」の声, 「賛成」と呼ぶ者あり
_VOICE_START = frozenset("異「『")
_FLOOR_VOICE = re.compile(r"^(?:異議(?:なし|無し|あり|有り)|[「『](?:異議(?:なし|無し|あり|有り)|賛成|反対|なし)[」』]"
                          r"(?:の声(?:あり)?|と(?:呼|言)ぶ?者(?:あり)?|との声(?:あり)?)?)[。．]?$")
#: what a line over 9 characters that ``heading_like`` takes starts with (the test before the call)
_HEADING_LIKE_START = HEADING_START | ITEM_START
#: the first characters some step before ``speech_step`` reads a line by (``speech_only``): the
#: floor's voice, a rule, a note, an agenda item, a bracket, a Q&A mark, a clock, a bullet or a
#: dash before a label, a header's mark or field, a heading (the parser adds its marks' and
#: bullets' first characters, ``mark_start``)
_STEPPED_FIRST = frozenset(_VOICE_START | frozenset(RULE_CHARS) | frozenset("※" + AGENDA_START + OPEN) | QA_HEAD
                           | CLOCK_START | LED_START | NO_HEADER_FIRST | _forms.HEADER_OPENERS | _HEADING_LIKE_START)
#: the last characters a header shape reads a line by (a clock, a closing bracket: ``header``)
_STEPPED_LAST = CLOCK_END | frozenset("）)")
#: the longest line some step before ``speech_step`` takes for its length alone (``short_step``;
#: ``between_turns_step``'s section words are shorter)
_SHORT_MAX = max(30, SECTION_WORD_MAX)
#: the open paragraphs a line may not go on at once (``goes_on``): a note goes on only where the
#: extractor wrapped it; a report may open past an agenda item's or the narrative's first line
_NO_GOING_ON = frozenset(("note", "agenda", "narrative"))


def _listed_lines(bare: names.BareNames | None, glued_at: glued.Glued | None) -> frozenset[int] | None:
    """The lines whose label names a person of the record's list (``names.py``, ``glued.py``),
    or None when there are none."""
    if bare is None and glued_at is None:
        return None
    return frozenset(bare.at if bare is not None else ()) | frozenset(glued_at.at if glued_at is not None else ())


def _legend_lines(view: FileView) -> set[int]:
    """The lines where a section's legend may stand after the turns began: a line ending in the
    bracket that may hold one, with two marks or more (【意見交換】（●：委員、○：県）). The lines
    that end so are found by one search of each line's last character (``FileView.ending``:
    most files have few)."""
    texts = view.texts
    return {i for i in view.ending("）)") if count_marks(texts[i]) >= 2}


#: the kind of a question or an answer in brackets at its start (（再質問）, （再々質問）, （関連質問）,
#: （再答弁）): an act, no speaker's label
_ACT_MARK = re.compile(r"^[（(](?:再々?|追加|関連|補足)(?:質問|質疑|答弁|回答)[）)]")

def _may_head(first: str, stripped: str) -> bool:
    """The cheap test before ``between_turns_step``: a short line (a section's word), a heading's
    form, or an item of business with no sentence (its heading may be broken at the width)."""
    return (len(stripped) <= SECTION_WORD_MAX or first in _HEADING_LIKE_START and heading_like(stripped)
            or first in ITEM_START and "。" not in stripped)


class LineParser(HeaderSteps, StackedSteps, FrontSteps, ReportSteps, GroupSteps, TableSteps, LegendSteps, ClosingSteps):
    """One pass over the lines of one file."""

    def __init__(self, src: SourceText, roles: RoleTable, patterns: Patterns,
                 labels: FrontLabels, view: FileView | None = None) -> None:
        """``view``: the view of ``src``'s lines the passes before read (``view.py``), or None."""
        # the file's texts, stripped texts and joined text, built once for every pass (view.py)
        view = FileView.of(src.lines, view)
        src, texts = spaced.unspace(src, view.texts, view.joined)  # ○ 石 田 座 長: spelled apart
        view = FileView.of(src.lines, view, texts)
        src, texts = ocr.read_marks(src, roles, texts, view.joined)  # O村上座長: an OCR's ○
        src, texts = ocr.read_stray_spaces(src, roles, texts, view.joined)  # 〇議 長: an OCR's spaces
        self.src = src
        self.view = view = FileView.of(src.lines, view, texts)
        self.texts = texts
        self.roles = roles
        self.labels = labels
        self.user_shapes = tuple(Shape(rx, "header", builtin=False) for rx in patterns.headers)
        chars = re.escape(BULLET_CHARS + patterns.bullet_chars)
        self.bullets = (re.compile(rf"^{SPACE_CLASS}*[{chars}]{SPACE_CLASS}*"), *patterns.bullets)
        # the first characters a bullet can have (a user's bullet regexes may start anywhere)
        self.any_bullet = bool(patterns.bullets)
        self.bullet_start = frozenset(BULLET_CHARS + patterns.bullet_chars + NUMBER_START)
        # the first characters of the lines ``mark_step`` reads (a user's bullet regex: any line)
        self.mark_start = self.bullet_start | STAGE_START | frozenset("○〇◯")
        # the first characters of the lines some step before ``speech_step`` reads (``speech_only``)
        self.stepped_first = _STEPPED_FIRST | self.mark_start
        # A Word paragraph is whole: a line continues one only when it is the same
        # paragraph (a manual line break), never because a wrapped line follows.
        self.whole = src.format == "docx"
        self.double = not self.whole and is_double_spaced(view.texts, view.stripped)
        self.trailer = min(trailer(src.lines, view.page_numbers), signatures(src.lines, view.page_numbers))
        self.heads = (frozenset() if self.whole else running_heads(src.lines, view)) | web_navigation(src.lines)
        # an item's number alone on its line and the line of its words below it (３ / / 閉会: agenda20)
        self.entries = front_steps.lone_entries(view, self.heads, self.whole)
        self.out = Parsed(fate=["unread"] * len(src.lines))
        self.cur: Para | None = None
        self.speaker: Speaker | None = None
        self.pending: list[Speaker] = []  # headers in a row, none of them has spoken yet
        self.seen_speaker = False
        self.in_body = False
        self.holders = {}
        self.named_at: dict[str, int] = {}  # a title -> the line that first named a person under it
        self.front_block: str | None = None
        self.label_fields: dict[str, str | None] = {}  # a speaker's label -> the front field it names (front_steps.field_of)
        self.gap = False  # a blank line or page break since the open paragraph's last line
        self.last_page = src.lines[0].page if src.lines else None
        self.legend: dict[str, Speaker] = {}  # a legend's marks: the speaker each stands for
        # a legend after the turns (※ 記号の意味 …, among the last lines): believed from the start
        self.legend_end = -1
        self.legend_para: Para | None = None  # the point a legend's mark opened
        end = legend_at_end(view.texts, roles)
        if end is not None:
            self.legend_end = end[0]
            self.take_legend(end[0], src.lines[end[0]].text.strip())
        self.wrap = None if self.whole else wrap_width(src.lines, view.stripped)
        self.prev_wrapped = False
        self.column = None if self.whole else speech_column(src.lines, view.joined)
        self.column_label = ""  # the label of the turn a left-column header opened
        self.column_tails: frozenset[int] = frozenset()  # lines whose left-column label ends the label above (久保都市 / 計画課長)
        self.header_speaker: Speaker | None = None  # the speaker the last header gave the floor
        self.named: dict[str, Speaker] = {}  # the last speaker named of each title (同委員, 同課長)
        self.last_named: Speaker | None = None  # the last person named (同氏)
        self.prose: Para | None = None  # the paragraph that opened naming a speaker as a report does
        self.report_speaker: Speaker | None = None  # the speaker of the last report read
        self._turn_marks: frozenset[str] | None = None
        # a label read after a mark of the turn's kind ((問)北川委員　…), by the speaker's id: the
        # speaker (held, so that its id stays its own) and the mark's evidence (header_steps.kind_marked)
        self.kind_marks: dict[int, tuple[Speaker, str]] = {}
        self.turn_why: tuple[int, Speaker | None, str] = (0, None, "")  # the turn the evidence is of
        self._panel_labels: frozenset[str] | None = None  # a panel's labels, read once (header_steps.panel_labels)
        self._panel_acts = False  # whether they were read in a programme's record (act headings read)
        # the talk's speaker (by id) -> the heading's evidence: set before the pre-passes, which read
        # labels (quoted.read asks the header steps, and panel_labels looks here)
        self.act_lines: dict[int, str] = {}
        self.group: Speaker | None = None  # the group a heading gave the floor (委員からの主な意見)
        self.group_line = 0  # the line of the heading that named it
        # a press conference's record (大臣記者会見): the official its title names, who makes the
        # statement under 冒頭発言 (False for the minutes of a meeting)
        title = next((t for t in view.stripped[:8] if press.is_press(t)), "")
        self.press: Speaker | bool = bool(title) and (press.official(title, roles) or True)
        # speakers named after their points (・…である。（野々村構成員）): where the labels are
        self.trail = trailing.read(src.lines, roles, self.whole, view)
        self.trail_at = self.trail.at if self.trail is not None else {}
        # the lines a trail_step reads: a label's, or the first line of a point named after it
        self.trail_lines = frozenset(self.trail_at) | self.trail.firsts if self.trail is not None else frozenset()
        self.out.readings = self.trail.notes if self.trail is not None else ()
        # a record that narrates who acted, line by line (…について、学務課長が説明。): its reports
        self.acted = acted.find(src.lines, self.reporter, self.wrap, self.whole, self.furniture_at, view)
        # speakers written by their names alone (目黒：…, 西川(阿)), as associations' records
        # write them: the lines where they take the floor (names.py), None for most files
        self.bare = names.read(src.lines, roles, lambda label: person_for_body(label, roles) is not None, view) \
            or names.display(src.lines, roles, view)  # … or a Web meeting's display names (宮坂 恵（北辰大学）：)
        # speakers glued to their speech (村瀬会長おはようございます。…), as a web page's bold labels
        # lose their border when saved as text: the lines they open (glued.py), None for most files
        self.glued = glued.read(src.lines, roles)
        self.glued_turns: dict[int, tuple[Speaker, str]] = {}  # a glued turn's speaker -> the evidence
        # speakers glued to their speech in 「」 (司会「…」, 参加者Ａ「…」), as the records of explanatory
        # meetings write each turn: the lines of each turn (quoted.py), None for most files
        self.quoted = quoted.read(view, self.quoted_speaker)
        # the lines either labels (None for most files: one test a line)
        self.listed = _listed_lines(self.bare, self.glued)
        # headings that name an act and who does it over an unlabelled talk (■報告１「…」　商店会　会長　矢吹):
        # the lines of that form (headed.py; the parser decides each where it stands), and the speaker
        # of the talk one opened, while it holds the floor
        self.act_heads = headed.find(view, roles)
        self.act_talk: Speaker | None = None
        self.agenda_numbers: set[tuple[str, int]] = set()  # bracketed numbers read as agenda items
        self._qa_asked: bool | None = None  # whether a line asks as Ｑ．/Q1. (read on first need)
        self._qa_lone: frozenset[str] | None = None  # the marks alone on a line (Ｑ, Ａ; read on first need)
        self._press_titles: dict[str, tuple[str, ...]] | None = None  # a press conference's answering titles
        self.statement_head: Speaker | None = None  # whose statement the title's heading opens (【市長発表】)
        self.statement_items = False  # under a statement's heading, before its speech: the list of what is announced
        self.clock_cut: tuple[int, str] | None = None  # the line read as a label before its clock
        self.label_clock: tuple[int, str] | None = None  # the line and the clock after its label
        self.narrating_circle = False  # a ○ sentence of this record was read as an introducer (narrator_circle)
        self.floor_circle = -1  # the last line of the last ○ sentence that gave a speaker the floor
        self.marked_apart = False  # a speaker's point of this record was marked by a bullet other than ○
        self.spoke = False  # a turn with speech has opened (before it, a label may head a roster's entry)
        self.turn_no = 0  # the headers read so far: the turn a point opened now belongs to
        self.framed: dict[int, str] = {}  # the lines of a frame's text read so far -> what it is (framed.py)
        self.cast: interview.Cast | None = None  # an interview's speakers by label (read on first need)
        # the lines where a section's legend may stand after the turns began: a line ending in the
        # bracket that may hold one (【意見交換】（●：委員、○：県）), the lines under a heading read
        self.legend_at = _legend_lines(view)
        # the lines the record's closing block may stand on (a word of the sitting's end or of the
        # attendance: front_steps.closing_lines): none past the front matter in most files
        self.closing_at = front_steps.closing_lines(view)
        # no reader of the file reads a line of speech apart from the rest (``speech_only``): no
        # user's shapes or bullets, no press conference, no left column, no names alone
        self.speech_gated = not (self.user_shapes or self.any_bullet or self.press) and self.column is None \
            and self.bare is None
        self.runs_plain, self.set_apart = self.plain_run()

    def plain_run(self) -> tuple[bool, frozenset[int]]:
        """Whether a line may go on the open paragraph at once (``goes_on``): no reader of the file
        reads a line of speech apart (``speech_gated``) nor takes one before the steps (``place``:
        「」, a clerk's narration, a programme's heading, a listed person's label), in a file of
        wrapped lines (not Word's paragraphs); and the lines some pass set apart for a step (the
        running heads, the closing block's, the trailing labels' and the first lines of the points
        they name)."""
        plain = self.speech_gated and not self.whole and self.quoted is None and not self.acted \
            and not self.act_heads and self.listed is None
        return plain, frozenset(self.heads).union(self.closing_at, self.trail_lines) if plain else frozenset()

    def opens_point(self, stripped: str, line: Line) -> bool:
        """A line holding a label after its point starts a paragraph of its own: no paragraph
        of speech is open, it starts with a bullet or ○, it is a Word paragraph of its own, or
        it is indented after a finished sentence."""
        cur = self.cur
        if cur is None or cur.kind not in SPOKEN or stripped[0] in POINT_MARKS or self.bullet(stripped) is not None:
            return True
        if self.whole:
            return line.number != cur.lines[-1].number
        return line.text[:1] in ("\u3000", " ") and ends_sentence(self.tail()) and not self.prev_wrapped

    def covering(self, cur: Para) -> trailing.Attribution | None:
        """The label opened by 以上 below the paragraph that names its speakers too (it becomes
        the paragraph's attribution), or None."""
        a = self.trail.covered.get(cur.idx[0]) if self.trail is not None and cur.kind in SPOKEN else None
        cur.attribution = cur.attribution or a
        return a

    def attribute(self, cur: Para) -> bool:
        """Give a paragraph closed by a label after it (``trailing``) to the speakers the label
        names: the label taken out of its text (and recorded as the evidence), the bullet or ○
        before it too; a point for each speaker named. False when the text is only the label.
        A paragraph that a label opened by 以上 covers keeps its text whole."""
        a = cur.attribution
        assert a is not None
        texts = [cur.first, *(line.text for line in cur.lines[1:])]
        cut = trailing.cut_label(texts, a.label) if a.end in cur.idx else texts
        if cut is None or not "".join(cut).strip():
            return False
        first = cut[0].strip()
        if cur.kind != "point":
            at = self.bullet(first)
            first = first[at:] if at is not None else _CIRCLE.sub("", first)
        cur.first = first
        cur.lines = [cur.lines[0], *(replace(line, text=t) for line, t in zip(cur.lines[1:], cut[1:]))]
        cur.kind, cur.speaker = "point", a.speakers[0]
        cur.why = f"named after the point: {a.label} (line {self.src.lines[a.end].number})"
        for k in cur.idx:
            if self.out.fate[k] == "unread":  # a piece of the line read before it was given a speaker (（飯島委員）
                self.drop_unread(k)  # （飯島委員）【小林委員】との意見があった。…): the line is the point's, read
            self.set_fate(k, "point")
        self.out.paras.append(cur)
        self.out.paras.extend(replace(cur, speaker=sp) for sp in a.speakers[1:])
        self.seen_speaker = self.in_body = True
        return True

    def remember(self, sp: Speaker) -> None:
        """A speaker named in a report: 同委員 and 同課長 below refer to them, 同氏 to the last
        person named (a member or the chair: an official's label names an office)."""
        base = self.roles.table_title(sp.title) if sp.title else ""
        if sp.title and (sp.name or base != sp.title):
            self.named[sp.title] = sp
            if base and base != sp.title:
                self.named[base] = sp  # 子ども政策課長 named: 同課長 below is them
            if sp.name and sp.role in ("member", "chair"):
                self.last_named = sp

    def continues(self, text: str, line: Line) -> bool:
        """The line goes on the open paragraph (a wrapped line, not a new paragraph)."""
        if self.cur is None:
            return False
        if self.whole:
            return line.number == self.cur.lines[-1].number
        if self.cur.kind == "note":
            return False  # a note goes on only where the extractor wrapped it (wrapped_step)
        if self.gap:
            # a blank line or page break inside a sentence: the sentence goes on
            return self.cur.kind != "agenda" and not ends_sentence(self.tail())
        if self.pending and ends_sentence(self.tail()):
            return False  # headers in a row: each finished sentence may be the next one's turn
        # an indent further in than the line above starts a paragraph after a finished sentence (a line
        # indented under an unfinished sentence is its hanging indent: 会　長　定刻に… /
        # 　　　　として、…)
        indented = text[:1] in INDENTS and ends_sentence(self.tail()) and (
            opens_paragraph(text, self.cur.lines[-1].text) or len(self.cur.lines) == 1 and self.indented_alike(text))
        return not (indented and self.in_body and not self.cur.marked)

    def indented_alike(self, text: str) -> bool:
        """The open paragraph is one line that its indent opened (one character further in
        than the margin: the least indent of the text around it, where wrapped lines and
        headers stand), and this line stands as far in: it opens the next paragraph as that
        line did (one-line paragraphs in a row, each with its first-line indent). A wrapped
        line has no indent, so lines of a paragraph that wrapped never stand so."""
        cur = self.cur
        assert cur is not None
        width = indent_width(text)
        if width == 0 or indent_width(cur.lines[0].text) != width:
            return False
        lines = self.src.lines
        at = cur.idx[0]
        around = [indent_width(lines[k].text) for k in range(max(0, at - 8), min(len(lines), at + 9))
                  if lines[k].text.strip() and k not in self.view.page_numbers]
        return 0 < width - min(around) <= PARAGRAPH_INDENT and self.first_line_indents

    @property
    def first_line_indents(self) -> bool:
        """The file indents its paragraphs' first lines: somewhere a paragraph's indented line
        goes on, unfinished, on a line further out (its wrapped line at the margin). Without
        that evidence lines indented alike are a block (a web page's speech under its label)."""
        found = self._first_line_indents
        if found is None:
            lines = self.src.lines
            found = self._first_line_indents = any(
                0 < indent_width(lines[k].text) - indent_width(lines[k + 1].text) <= PARAGRAPH_INDENT
                and lines[k + 1].text.strip() != "" and not ends_sentence(lines[k].text.strip())
                for k in range(len(lines) - 1) if lines[k].text[:1] in INDENTS and lines[k].text.strip())
        return found

    _first_line_indents: bool | None = None

    def tail(self) -> str:
        """The open paragraph's last line as read (stage directions removed)."""
        cur = self.cur
        assert cur is not None
        return cur.first if len(cur.lines) == 1 else cur.lines[-1].text

    # assembly -------------------------------------------------------------------------------
    def set_fate(self, i: int, kind: str) -> None:
        self.out.fate[i] = kind

    def drop_unread(self, i: int) -> None:
        """Line ``i`` is read after all: its unread record goes (a line is in one place only)."""
        number = self.src.lines[i].number
        self.out.unread[:] = [u for u in self.out.unread if u.line != number]

    def unread(self, i: int, line: Line, why: str) -> None:
        self.set_fate(i, "unread")
        self.out.unread.append(Unread(self.src.file, line.number, line.text.strip(), why, line.page))

    def close(self) -> None:
        cur = self.cur
        if cur is None:
            return
        tail = cur.first if len(cur.lines) == 1 else cur.lines[-1].text
        group = self.group_intro(cur) if "とおり" in tail or "通り" in tail else None
        self.settle(cur)
        if group is not None:
            self.take_group(group, cur.lines[-1].number, join_lines(cur.first, cur.lines[1:]))

    def settle(self, cur: Para) -> None:
        """Place a closed paragraph: read it whole, and set its lines' fate."""
        self.cur = None
        self.gap = False
        if (cur.attribution or self.covering(cur)) is not None and self.attribute(cur):
            return
        if cur is self.prose and self.settle_prose(cur):
            return
        if cur.kind == "circle" or cur.marked and cur.kind in ("point", "agenda", "narrative", "orphan"):
            if self.settle_marked(cur):
                return
        if cur.kind == "orphan" and self.settle_orphan(cur):
            return
        if cur.labelled and cur.kind == "point" and self.settle_inline(cur):
            return
        fate = "narrative" if cur.kind == "note" and self.in_body else _FATE.get(cur.kind, cur.kind)
        fates = self.out.fate
        for i in cur.idx:
            fates[i] = fate
        if cur.kind in ("back", "note"):
            return  # no part of the title, the attendees or any turn
        self.note_mark(cur)
        if cur.kind == "front":
            self.out.front.extend(cur.lines)
        else:
            self.out.paras.append(cur)

    def settle_orphan(self, cur: Para) -> bool:
        """Text with no speaker: the secretariat's narrative before the speakers or in its own
        voice; anything else after the speakers began is unread (True: placed so). A bullet
        with no speaker (opened where speakers are named after their points, and no label
        named one) says so."""
        text = join_lines(cur.first, cur.lines[1:])
        if self.closed and self.seen_speaker and not cur.marked:
            # after the turns were closed (閉会, the last row of a table of the proceedings): no
            # one speaks — a heading (５　今後の予定) is the agenda's, the sentences below it (a
            # blank line between: the heading ends no sentence) the record's own
            heading = self.closing_heading(cur.first.strip())
            for k, i in enumerate(cur.idx):
                self.set_fate(i, "agenda" if heading and k == 0 else "narrative")
            return True
        if self.acted and not ends_sentence(text):
            cur.kind = "agenda"  # a heading between a clerk's reports (３　議事, （１）議案第８号　…)
            return False
        # in a record that narrates who acted, a sentence naming no actor is the clerk's (可決。)
        if self.seen_speaker and not (_NARRATIVE_VOICE.search(text) or self.acted and ends_sentence(text)):
            why = N_("a bullet with no speaker above it") if cur.marked else N_("text with no speaker above it")
            for i, line in zip(cur.idx, cur.lines):
                self.unread(i, line, why)
            return True
        cur.kind = "narrative"
        return False

    def settle_inline(self, cur: Para) -> bool:
        """A turn opened by a bracketed label whose line goes on with the next labels after the
        sentences (（事務局）…伺いたい。（委員）…ではないか。（事務局）…見直す。, as some 会議録
        print a whole exchange in one paragraph): each label after a finished sentence, with
        speech after it, starts the next speaker's point. A label that ends the paragraph names
        nobody's speech after it and is left as it is. False when the paragraph has none."""
        text, starts = prose.joined(cur.first, cur.lines[1:])
        if "。（" not in text and "。(" not in text:
            return False
        cuts = [(m, sp) for m in _INLINE_LABEL.finditer(text)
                if not _INLINE_STAGE.match(m[0].strip()) and (sp := self.split_label(m["label"], True)) is not None]
        if not cuts or cur.speaker is None:
            return False
        from . import decide_kind  # the package's kind reading (its summary formulas too)

        spans = [(0, cuts[0][0].start(), cur.speaker)]
        for k, (m, sp) in enumerate(cuts):
            spans.append((m.end(), cuts[k + 1][0].start() if k + 1 < len(cuts) else len(text), sp))
        for a, b, sp in spans:
            said = text[a:b].strip()
            s_, e_ = prose.lines_of(starts, len(text), a, b)
            self.out.paras.append(Said(kind="reported", lines=cur.lines[s_:e_ + 1], idx=cur.idx[s_:e_ + 1],
                                       first=said, speaker=sp, text=said, judged=decide_kind(said)))
        for i in cur.idx:
            self.set_fate(i, "point")
        self.speaker = self.header_speaker = spans[-1][2]
        return True

    def settle_circle(self, cur: Para) -> None:
        """Decide what a ○ sentence was, now that it is whole."""
        text = join_lines(cur.first, cur.lines[1:])
        found = self.introduced(text)
        if found and (found[1] or self.two_acts(text) or self.unit_acted(cur, text, found[0])):
            cur.kind, cur.speaker = "reported", found[0]
            cur.first = _CIRCLE.sub("", cur.first)
            self.speaker = found[0]
            self.seen_speaker = True
            self.floor_circle = cur.idx[-1]
        elif found:
            cur.kind = "narrative"
            # an introducer (○ 山本大臣から、以下の挨拶があった。) gives the floor as a header
            # does: the paragraphs below are the speaker's words, not reports to read as prose
            self.speaker = self.header_speaker = found[0]
            self.pending = []
            self.seen_speaker = self.narrating_circle = True
            self.floor_circle = cur.idx[-1]
        elif self.speaker is not None and (ends_sentence(text) or _HEADING_ALONE.fullmatch(_CIRCLE.sub("", text))) and self.narrator_circle():
            # the narrator's ○ below a speaker's bullets: a sentence is narrative, a heading the agenda's
            # (○ 議事（１）…について), and the floor is over — a sentence going on (…以下 / のとおり。,
            # Word's lines) is read as before
            cur.kind = "narrative" if ends_sentence(text) else "agenda"
            self.speaker = None
        elif self.speaker is not None and (not _NARRATIVE_VOICE.search(text) or (
                self.speaker is self.group or self.speaker is self.header_speaker) and prose.framed_words(text, 0)):
            # (under a group's heading or a label, ○ …との意見があった。 reports the floor's words: its point)
            cur.kind, cur.speaker = "point", self.speaker
            cur.first = _CIRCLE.sub("", cur.first)
        else:
            cur.kind = "narrative"
            self.speaker = None

    @property
    def glyph_bullets(self) -> bool:
        """Some line of the record opens with a bullet's glyph other than ○ (・, \uf09e, ●): its points are marked
        so (read once a file)."""
        found = self._glyph_bullets
        if found is None:
            found = self._glyph_bullets = any(t[:1] in _GLYPHS for t in self.view.stripped)
        return found

    _glyph_bullets: bool | None = None

    def note_mark(self, cur: Para) -> None:
        """Remember whether a speaker's point of this record was marked by a bullet other than ○ (・, \uf09e)."""
        if cur.marked and cur.kind == "point" and not self.marked_apart:
            self.marked_apart = cur.lines[0].text.strip()[:1] not in _CIRCLE_MARKS

    def narrator_circle(self) -> bool:
        """The ○ of this record is the narrator's, not a bullet of the speaker who holds the floor: a ○
        sentence was read as an introducer (○ 事務局より資料２に基づき説明。) and the floor's last point
        was marked otherwise (・, \uf09e), or the introducer is right above with nothing under it in a
        record whose points are marked otherwise: a ○ sentence naming no speaker below them (○ 次回は未定。,
        ○ 資料の確認の後、議事に入った。) is the narrator's, as the introducer was."""
        if not self.narrating_circle or not self.out.paras:
            return False
        last = self.out.paras[-1]
        if last.idx[-1] == self.floor_circle:
            return self.marked_apart or self.glyph_bullets  # (the ○ sentence right above, nothing under it: the record's bullets tell)
        if last.speaker is not self.speaker or not last.marked:
            return False
        mark = last.lines[0].text.strip()[:1]
        return mark in self.bullet_start and mark not in _CIRCLE_MARKS

    def open(self, kind: str, i: int, line: Line, first: str, *, marked: bool = False, labelled: bool = False) -> None:
        self.close()
        speaker = self.next_speaker() if kind == "point" else None
        if kind == "agenda":
            self.note_agenda(first)
            self.legend_below(i)
        elif kind == "point" and not self.spoke:
            self.spoke = _HIRAGANA.search(first) is not None  # a turn with speech: the body began
        turn, marked_by, why = self.turn_why
        self.cur = Para(kind=kind, lines=[line], idx=[i], first=first, speaker=speaker, marked=marked,
                         labelled=labelled, turn=self.turn_no if kind == "point" else 0,
                         why=why if kind == "point" and turn == self.turn_no and speaker is marked_by else "")

    def add(self, kind: str, i: int, line: Line) -> None:
        """A one-line paragraph that nothing continues (an agenda item)."""
        self.close()
        self.set_fate(i, kind)
        if kind == "agenda":
            self.note_agenda(line.text)
            self.legend_below(i)
        self.out.paras.append(Para(kind=kind, lines=[line], idx=[i], first=line.text))

    def next_speaker(self) -> Speaker | None:
        """The speaker of a new paragraph: the first of several headers in a row, in turn."""
        if self.pending:
            return self.pending.pop(0)
        return self.speaker

    def start_body(self) -> None:
        self.close()
        self.in_body = True

    def end_turns(self) -> None:
        """The meeting is closed: what follows is nobody's speech."""
        self.close()
        self.speaker = self.group = None
        self.pending = []
        self.closed = True

    def opens_turn(self, text: str) -> bool:
        """``text`` (the rest of a line after a sentence's end) opens a turn: a header with a
        speaker whose title the role table knows and speech after it (``joined.split_turns``)."""
        text = text.strip()
        found = self.header(text) if text else None
        return found is not None and bool(found[2]) and found[1].role != "other"

    def feed_pieces(self, pieces: dict[int, list[str]]) -> None:
        """Place the lines, a line that holds several turns as its pieces in order, each under
        the line's number (``joined.split_turns``)."""
        for i, line in enumerate(self.src.lines):
            parts = pieces.get(i)
            if parts is None:
                self.feed(i, line, self.view.stripped[i])
                continue
            for part in parts:
                self.feed(i, Line(part, line.number, line.page, line.cue), part.strip())

    def feed(self, i: int, line: Line, stripped: str) -> None:
        """Place one line: the first step that takes it decides (see ``dispatch``).
        ``stripped``: its text stripped (the view's, built once; a piece's own)."""
        if line.page != self.last_page:
            self.last_page = line.page
            if self.cur is not None:
                self.gap = True  # a page break: the paragraph may go on on the next page
        if i <= self.skip_to:
            return  # the second line of a broken header, already read
        if i in self.label_lines:
            self.set_fate(i, "point")  # a character of a label stacked beside the speech
            return
        self.at = i
        if not stripped:
            if line.cue == "field":
                self.set_fate(i, "blank")  # between a transcript's cues of one turn: the turn goes on
            else:
                self.blank_line(i, line.text)
            return  # nothing for ``placed`` to do
        # the line's first character once for every step's test of it: a CJK character taken
        # from a string is a new string at each index, hashed anew by each set it is looked up in
        self.first = first = stripped[0]
        if i in self.entries and self.entry_step(i, line, stripped):
            return  # ３ / / 閉会: an item's number alone, its words below (front_steps.lone_entries)
        # (a first character some step reads — a mark, a bullet, a bracket — lets ``goes_on`` go at once)
        if self.runs_plain and first not in self.stepped_first and self.goes_on(i, line, stripped):
            self.last_was_header = False  # what ``header_step`` sets on a line with no header
            self.extend(i, line)  # what the whole path comes to (``goes_on``)
        else:
            self.place(i, line, stripped)
        self.placed(i, stripped)

    def goes_on(self, i: int, line: Line, stripped: str) -> bool:
        """The line plainly goes on the open paragraph: every step before ``continuation_step``
        would let it go and ``continues`` would take it, so ``feed`` adds it at once (most wrapped
        lines of speech; asked in a file that ``runs_plain``). The test is made of what those steps
        ask, and no more: a line of the body after a speaker, of no cue, outside the trailer and the
        lines a pass set apart (``set_apart``: the running heads, the closing block's, the trailing
        labels'; a legend's, ``legend_at``), after a line not broken at the width, whose text is plain
        speech (``plain_speech``); the open paragraph not a note, an agenda item nor narrative, no
        blank line or page break since its last line; and either that line ends no sentence
        (``far_report_step`` and ``subject_step`` let the line go, ``continues`` takes it) or the line
        ends one of its own (no far report to read), holds no は in its first 40 characters (no
        subject: ``SUBJECT_HINT``), is not indented and no header waits for its turn (``continues``).
        tests/test_goes_on.py holds it to the whole path."""
        cur = self.cur
        if cur is None or self.gap or self.prev_wrapped or cur.kind in _NO_GOING_ON or not (
                self.in_body and self.seen_speaker) or line.cue is not None or i >= self.trailer \
                or i in self.set_apart or i in self.legend_at:
            return False
        if ends_sentence(cur.first if len(cur.lines) == 1 else cur.lines[-1].text) and (
                "。" not in stripped or "は" in stripped[:40] or line.text[:1] in INDENTS or self.pending):
            return False
        return self.plain_speech(stripped)

    def plain_speech(self, stripped: str) -> bool:
        """``goes_on``'s test of the line's text: ``speech_only``'s (no mark, bracket, digit or Q&A
        letter first, no clock or closing bracket last — ``programme_step``'s heading too —, no 責,
        no colon, space or bracket in its first 32 characters, longer than a short step's or let go
        by ``ends_nothing``, no name alone; no legend of marks, no statement, no talk under a
        programme's heading), and no から/より nor た。 last (``reported_step``, ``result_step``)."""
        first, n = self.first, len(stripped)
        return (first not in self.stepped_first and stripped[-1] not in _STEPPED_LAST and not first.isdigit()
                and "から" not in stripped and "より" not in stripped and stripped[-2:] != "た。" and "責" not in stripped
                and not (self.legend or self.statement_items) and self.act_talk is None and self.statement_head is None
                and (n > _SHORT_MAX or (n > SECTION_WORD_MAX or stripped[-1] == "。") and self.ends_nothing(stripped))
                and HEADER_HINT.search(stripped, 0, 32) is None and (n > 20 or self.headless(stripped)))

    def place(self, i: int, line: Line, stripped: str) -> None:
        """The line (not blank) to the first reader of one form that takes it, else through
        ``dispatch``'s steps."""
        if self.quoted is not None and i in self.quoted.at:
            self.quoted_step(i, line, stripped)  # 司会「…」: a label glued to its speech in 「」 (quoted.py)
        elif i in self.trail_lines and line.cue not in ("above", "summary") and self.trail_step(i, line, stripped):
            pass  # a label after a point: it closes the paragraph (trailing.py); an interview's head has no
            # point, nor a task of a note's list (・…（事務局）: who is to do it, ingest.wrapped.markdown)
        elif i in self.acted:
            self.acted_step(i)  # a paragraph of a record that narrates who acted (acted.py)
        elif self.programme_step(i, line, stripped):
            pass  # ■報告１「…」　商店会　会長　矢吹 above a talk, ■意見交換 ending it (headed.py)
        elif self.listed is not None and self.listed_step(i, line, stripped):
            pass  # 目黒：…, 村瀬会長おはようございます。… — a listed person's label (names.py, glued.py)
        elif (self.legend or not self.seen_speaker or i in self.legend_at) and self.legend_steps(i, line, stripped):
            pass  # a legend of marks, or a line led by one of its marks (legend.py)
        elif not self.dispatch(i, line, stripped):
            self.plain_line(i, line, stripped)

    def placed(self, i: int, stripped: str) -> None:
        """After line ``i`` is placed: whether its sentence ends the paragraph by handing what
        follows to a group, and whether the extractor broke it at the page's width."""
        if stripped[-1] in "。．" and ("とおり" in stripped or "通り" in stripped):
            self.announced(i)
        if self.wrap is not None:  # past a blank line the break still stands (wrapped_step)
            self.prev_wrapped = self.broken_at_width(stripped)

    def broken_at_width(self, stripped: str) -> bool:
        """The line fills the page's width and ends no sentence: the extractor broke it there
        (``wrapped_step``); a stage direction after a finished sentence ends one (…。（拍手）)."""
        assert self.wrap is not None
        return len(stripped) >= self.wrap and not ends_sentence(stripped) and not (
            stripped[-1] in "）)" and ends_sentence(strip_directions(stripped)[0]))

    def announced(self, i: int) -> None:
        """Line ``i`` ends the open paragraph with a sentence that hands the lines below to a
        group (…委員からの主な意見は以下のとおり。): the paragraph ends there, with a blank line
        below it or not (pypdf puts none between blocks; the topic's heading right under it is
        no part of the narrative)."""
        if self.cur is not None and self.cur.idx[-1] == i and self.group_intro(self.cur) is not None:
            self.close()

    def dispatch(self, i: int, line: Line, stripped: str) -> bool:
        """The steps a non-blank line goes through, in order, each tried only when the line
        can be of its kind (the cheap tests first: this runs for every line)."""
        first = self.first
        if self.speech_only(i, line, stripped):
            self.last_was_header = False  # what ``header_step`` sets on a line with no header
            return self.speech_step(i, line, stripped)
        if self.lead_step(i, line, stripped):
            return True
        if first in _VOICE_START and self.in_body and _FLOOR_VOICE.match(stripped):
            self.voice(i, line, stripped)
            return True
        if (len(stripped) <= 30 or i >= self.trailer or i in self.heads or first in RULE_CHARS) and \
                self.short_step(i, line, stripped):
            return True
        # the left column before the front matter's labels: 議　　長 is a speaker there
        if self.side_step(i, line, stripped) or not (self.in_body and self.seen_speaker) and self.preamble_step(
                i, line, stripped):
            return True
        if self.prev_wrapped and self.wrapped_step(i, line, stripped):
            return True
        if (first in AGENDA_START or first.isdigit()) and self.agenda_step(i, line, stripped):
            return True
        return self.turn_step(i, line, stripped)

    def lead_step(self, i: int, line: Line, stripped: str) -> bool:
        """What a reader's cue says of the line; under a press conference's statement heading, the
        list of what it announces (report_steps.statement_item_step)."""
        return (line.cue is not None and self.cue_step(i, line, stripped)
                or self.statement_items and self.statement_item_step(i, line, stripped))

    def side_step(self, i: int, line: Line, stripped: str) -> bool:
        """A note or the 文責 line beside the record; a label in the left column."""
        return ((self.first == "※" or "責" in stripped) and self.aside_step(i, line, stripped)
                or self.column is not None and self.column_step(i, line))

    def turn_step(self, i: int, line: Line, stripped: str) -> bool:
        """A header, a heading between turns, a marked line, an introducer, or a line going on."""
        first = self.first
        return (first in OPEN and (self.person_stage_step(i, line, stripped) if stripped[-1] in CLOSE
                                    else self.broken_stage_step(i, line, stripped))
                or self.labelled_step(i, line, stripped)
                or _may_head(first, stripped) and self.between_turns_step(i, line, stripped)
                or (self.any_bullet or first in self.mark_start) and self.mark_step(i, line, stripped)
                # ``speech_step``'s steps, written out: one call fewer on most lines
                or ("から" in stripped or "より" in stripped or stripped[-2:] == "た。") and self.reported_step(
                    i, line, stripped)
                or "。" not in stripped and self.far_report_step(i, line, stripped)
                or _SUBJECT_HINT.search(stripped, 0, 40) and self.subject_step(i, line, stripped)
                or self.continuation_step(i, line, stripped))

    def speech_step(self, i: int, line: Line, stripped: str) -> bool:
        """The steps of a line that opens no turn, heading nor mark: a report of who spoke, a
        sentence whose subject is a speaker, or a line going on; after the last turn, the record's
        closing block (``closing_block_step``)."""
        return (i in self.closing_at and self.closing_block_step(i, line, stripped) or ("から" in stripped or "より" in stripped or stripped[-2:] == "た。") and self.reported_step(
                    i, line, stripped)
                or "。" not in stripped and self.far_report_step(i, line, stripped)
                or _SUBJECT_HINT.search(stripped, 0, 40) and self.subject_step(i, line, stripped)
                or self.continuation_step(i, line, stripped))

    def speech_only(self, i: int, line: Line, stripped: str) -> bool:
        """The line's class lets every step of ``dispatch`` before ``speech_step`` go, so the line
        goes there at once (most lines of speech, in the body of any record): in the body, after a
        speaker, a line of no reader's cue, longer than a short step's (or one over 10 characters or
        ending in 。 — no section's word — that ``end_step`` lets go: ``ends_nothing``), whose first character no step reads (``stepped_first``, no digit), whose last no header shape reads
        (``_STEPPED_LAST``), with no 責 (``aside_step``), that no header shape fits (``headless``),
        outside the furniture and the trailer; in a file none of whose readers reads such a line
        apart (``speech_gated``), with no legend of marks, under no statement's heading, after a line the extractor did not break at the page's width.
        tests/test_speech_gate.py holds it to the whole dispatch."""
        first = self.first
        return (self.in_body and self.seen_speaker and first not in self.stepped_first
                and (len(stripped) > _SHORT_MAX or (len(stripped) > SECTION_WORD_MAX or stripped[-1] == "。")
                     and self.ends_nothing(stripped))
                and line.cue is None and not (self.prev_wrapped or first.isdigit()) and stripped[-1] not in _STEPPED_LAST
                and "責" not in stripped and i < self.trailer and i not in self.heads
                and self.speech_gated and not (self.legend or self.statement_items)
                # ``headless``: over 20 characters the rest of its test is above
                and HEADER_HINT.search(stripped, 0, 32) is None and (len(stripped) > 20 or self.headless(stripped)))

    def labelled_step(self, i: int, line: Line, stripped: str) -> bool:
        """A header (``header_step``) — not （再質問） right under a table's speaker cell; else, after the
        last turn, the record's closing block (``closing_block_step``, as ``speech_step`` asks first)."""
        if self.first in OPEN and _ACT_MARK.match(stripped) and self.named_above(i):
            return False
        if self.first in "○〇◯" and len(stripped) <= 20 and self.circle_head(i, stripped):
            return False  # ○報告事項 / 事務局（商工課）より、…: a head, no label broken over two lines (circle_step)
        return self.header_step(i, line, stripped) or i in self.closing_at and self.closing_block_step(i, line, stripped)

    def reported_step(self, i: int, line: Line, stripped: str) -> bool:
        """A report of who spoke (``report_step``) — not the words under a table's speaker cell."""
        return not self.named_above(i) and self.report_step(i, line, stripped)

    def named_above(self, i: int) -> bool:
        """The line right above is a table's speaker cell (cue ``speaker``): this line opens the
        words of the speaker it names — （再質問）… (the question's kind in brackets, no one's
        label), 議事（１）…について、事務局から説明を are theirs, no header, agenda item nor report."""
        lines = self.src.lines
        while i > 0 and not lines[i - 1].text.strip():
            i -= 1  # the speaker cell's empty paragraphs (Word)
        return i > 0 and lines[i - 1].cue == "speaker"

    def subject_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line that opens a sentence whose subject is a speaker (ある委員は、…): read as a ○
        sentence when whole — a report of their words when its predicate says they spoke."""
        m = _SUBJECT.match(stripped)
        if m is None or self.cur is not None and not (self.gap or self.whole or ends_sentence(self.tail())):
            return False
        sp = self.roles.split(m["who"])  # a title of the table (委員, Ａ委員, 座長): the cheap test
        if sp is None:
            return False
        self.start_body()
        self.open("circle", i, line, stripped, marked=True)
        return True

    def blank_line(self, i: int, text: str) -> None:
        self.out.fate[i] = "blank"
        if self.trail is not None and self.cur is not None and i in self.trail.held:
            return  # between a point and the label alone below it that names its speaker
        # An empty line is noise in double-spaced PDF text; a line of spaces always
        # separates blocks (it is what the extractor leaves between paragraphs).
        if text == "" and self.double:
            return
        if self.cur is not None and self.in_body and not ends_sentence(
                self.tail()) and self.cur.kind in ("point", "orphan", "circle"):
            self.gap = True  # maybe a blank line inside a sentence: decide on the next line
        else:
            self.close()
        if not self.seen_speaker and not self.double:
            self.front_block = None  # a blank line ends an attendee list

    def mark_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line read by its first character: a stage direction, a ○ sentence, a bullet."""
        first = self.first
        if first in STAGE_START and self.stage_step(i, line, stripped):
            return True
        if first in "○〇◯" and self.circle_step(i, line, stripped):
            return True
        if first in NUMBER_START and self.numbered_report_step(i, line, stripped):
            return True
        return (self.any_bullet or first in self.bullet_start) and self.bullet_step(i, line, stripped)

    def bullet_step(self, i: int, line: Line, stripped: str) -> bool:
        at = self.bullet(stripped)
        if at is None or not (self.in_body or self.front_block != "attendees"
                              or RECORD_HEADING.search(SPACE_RUN.sub("", stripped[at:]))):
            return False  # under an attendee label a bullet is a name; ■会議の要旨 ends the list
        self.close()
        if self.speaker is None and not self.pending:
            if self.back:
                self.open("back", i, line, stripped)
            elif self.closed and self.seen_speaker and not self.reports_ahead(i, stripped[at:]):
                # under a section of the record after the turns (６．今後の予定 / ・次回は…予定。)
                self.open("narrative", i, line, stripped, marked=True)
            elif not self.seen_speaker and self.listed_below_head(i, stripped[at:]):
                # a Word list's items under a head of the front matter (構成員: / ・北川　健（…）): its entries
                self.open("front", i, line, stripped)
            elif not self.seen_speaker:
                # items before the first speaker are the agenda (・若年者の…, ⑴ …);
                # a whole sentence there is the secretariat's narrative
                self.open("narrative" if "。" in stripped else "agenda", i, line, stripped,
                          marked=True)
                self.front_block = None
            elif self.reports_ahead(i, stripped[at:]):
                # a bullet that reports (・ある委員は、…と述べた。) names its speaker itself
                self.open("narrative", i, line, stripped, marked=True)
            elif self.trail is not None:
                # where speakers are named after their points, the label may close this one
                self.open("orphan", i, line, stripped, marked=True)
            elif self.acted and not ends_sentence(stripped) or self.presented_bullet(stripped[at:]):
                # （１）議案第８号 between a clerk's reports; ・会務報告　　■■副会長, who presented it
                self.open("agenda", i, line, stripped, marked=True)
            else:
                self.unread(i, line, N_("a bullet with no speaker above it"))
            return True
        self.in_body = True
        self.open("point", i, line, stripped[at:], marked=True)
        self.strip_cur_directions()
        return True

    def continuation_step(self, i: int, line: Line, stripped: str) -> bool:
        if self.statement_head is not None and self.statement_below(i, line, stripped):
            return True  # the statement's first paragraph, its heading after the title (report_steps)
        if not self.continues(line.text, line):
            return False
        if stripped[-2:] == "た。" and self.result_step(i, line, stripped):
            return True  # 議案第４２号は原案のとおり可決された。 under the chair's turn: the narrator's
        self.extend(i, line)
        return True

    def extend(self, i: int, line: Line) -> None:
        """Add the line to the open paragraph."""
        cur = self.cur
        assert cur is not None
        self.gap = False
        cur.lines.append(line)
        cur.idx.append(i)
        if "（" in line.text or "(" in line.text:  # strip_cur_directions' own cheap test, before the call
            self.strip_cur_directions()

    def plain_line(self, i: int, line: Line, stripped: str) -> None:
        """A line no step took: a new paragraph of the speaker, or text with no speaker."""
        if self.legend_para is not None and self.cur is self.legend_para:
            self.extend(i, line)  # a paragraph with no mark goes on the point a mark opened
            return
        if self.in_body and (self.speaker is not None or self.pending):
            if stripped[-2:] == "た。" and self.result_step(i, line, stripped):
                return  # a result the narrator records after a blank line (closing_steps.result_step)
            self.open("point", i, line, stripped)
            self.strip_cur_directions()
            if self.speaker is self.report_speaker:
                self.prose = self.cur  # after a report: read when whole (after_report)
            return
        # the people under an attendee label (no sentence: 事務局より…説明があった。 is narrative)
        front = not self.in_body or self.in_attendees() and "。" not in stripped
        self.open("back" if self.back else "front" if front else "orphan", i, line, stripped)

    last_was_header = False
    last_speaker: Speaker | None = None  # the last header's speaker, for a 〃 below it
    holders: dict[str, Speaker]  # a title -> the one person named under it so far (or _NOBODY)
    closed = False  # the turns were closed (閉会, 以上, a signature): a signature line is no turn
    turns = False
    back = False  # under a label that names no speaker (【参考】): back matter up to the next header
    at = -1  # the line being placed
    first = ""  # its first character (``feed``)
    skip_to = -1  # the last line already read by a look-ahead (a broken header's second line)
    label_lines: frozenset[int] = frozenset()  # lines of a label stacked beside the speech (read)
    label_line: tuple[int, str] | None = None  # the last header alone on its line: number, text

    def run(self) -> Parsed:
        pieces = joined.split_turns(self.texts, self.opens_turn, self.view.joined)  # ○A座長　…。○B委員　… (joined.py)
        # the legend believed from the start is one line, whatever its pairs look like
        # (（注）◎：会長　○：委員　●：事務局: 「●：事務局」 is no turn after it)
        pieces.pop(self.legend_end, None)
        if not pieces:
            for i, (line, stripped) in enumerate(zip(self.src.lines, self.view.stripped)):
                self.feed(i, line, stripped)
        else:
            self.feed_pieces(pieces)
        self.close()
        self.name_forward()
        if self.cast is not None:
            self.cast.evidence(self.out.paras)
        if self.glued_turns:
            self.glued_evidence()
        if self.act_lines:
            self.act_evidence()
        self.out.paras = join_announcements(self.out.paras, self.out.fate)
        recorded = {u.line for u in self.out.unread}
        fates, lines = self.out.fate, self.src.lines
        # the lines no step placed (the fates compared in C: a loop over every line was 1 % of a parse)
        for i in itertools.compress(range(len(fates)), map("unread".__eq__, fates)):
            if lines[i].number not in recorded:
                self.unread(i, lines[i], N_("not read"))
        return self.out
