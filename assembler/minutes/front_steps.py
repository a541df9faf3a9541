# mypy: disable-error-code="misc"
"""The front matter and the agenda: labels before the turns, agenda items, notes beside the record.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    back, front_block, group, pending, speaker

and reads (set in ``LineParser.__init__`` or by other steps):

    agenda_numbers, cur, entries, gap, group_line, in_body, labels, out, prev_wrapped, seen_speaker, src,
    whole
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Line
from .front import field_label, headed_listing, is_date_line, listing, no_sentence
from . import groups, numbering, prose
from .patterns import NUMBERED
from .forms import (
    AGENDA_START, AGENDA_WORDS, BRACKET_NUMBER_START, HEADER_OPENERS, HEAVY_OPEN, MARKS, ROMAN, STAGE_START,
    TOPIC_MARKS
)
from . import forms as _forms
from .paragraphs import ends_sentence, indent_width
from .native import trait
from .view import FileView

if TYPE_CHECKING:
    from ..model import Speaker
    from .parsed import Para
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_AGENDA = _forms.AGENDA
_AGENDA_SPACED = _forms.AGENDA_SPACED
_SPACES = _forms.SPACE_RUN


_AGENDA_ITEM = re.compile(r"^(?:議事|議題|報告事項|審議事項|協議事項)[\s\u3000]*(?:[（(][0-9０-９一二三四五六七八九十]+[）)]"
                          r"|[0-9０-９一二三四五六七八九十]+(?:[\s\u3000]|[．.]|$)|[\u2460-\u2487])")  # 議題②
#: 文責：事務局, （文責　○○課）, 【文責：…】: who answers for the wording of the record
_RESPONSIBILITY = re.compile(r"^[（(【〔［＜〈]?[\s\u3000]*文[\s\u3000]*責[\s\u3000]*[：:・]?[\s\u3000]*"
                             r"[^。、，,]{0,50}?[）)】〕］＞〉]?$")
#: the words of a section of a record that holds no one's speech: what comes next, the papers
_BACK_SECTION = re.compile(r"今後の(?:予定|日程|スケジュール|進め方)|次回|閉会|散会|配[布付]資料|資料一覧|連絡事項|事務連絡")
#: a line that goes on a sentence broken above it (を開会します。): no entry's line starts with a particle
_HIRAGANA_START = re.compile(r"[\u3041-\u3096]")
#: how far above a row of the attendees' table its heading may stand (rows, wrapped cells, blank lines)
_ROWS_BACK = 40
_BLANKS = re.compile(r"[ \u3000\t]+")
_TURN_OPENERS = frozenset(MARKS + HEAVY_OPEN + "［[")
#: the head of a list of the front matter alone on its line, its entries below (構成員:, オブザーバー：,
#: 内閣府：, （事務局）, 【会議室】): a word and a colon, or a word in brackets, no sentence (fates18)
_LIST_HEAD = re.compile(r"^(?:[^\s\u3000、。：:（）()【】]{1,15}[\s\u3000]*[：:]|[（(【〔][^\s\u3000、。（）()【】〔〕]{1,12}[）)】〕])$")
#: the glyph a Word list puts before each item as its PDF keeps it (\uf0b7 北川　健…, •), alone on its line in
#: pdftotext's text (fronts19); ・ is the .docx reader's own mark of a list's item (``Line.cue == "item"``)
_LIST_GLYPH = re.compile(r"^[\uf09e\uf0a7\uf0b7\uf06c\uf0d8\uf0fc•◦‣▪][\s\u3000]*")
#: what stands around a head's words: its brackets, its colon, a mark (（飯島委員）, 構成員：)
_HEAD_WORDS = re.compile(r"^[○◯〇◎●・\s\u3000]*[（(【〔]?|[）)】〕]?[\s\u3000]*[：:]?[\s\u3000]*$")
#: a member named with the title alone, one word (南委員, 北川座長; not 役職：委員長, a field of an export)
_NAMED_ALONE = re.compile(r"^[^\s\u3000：:、。，,（）()「」【】]{2,12}$")
#: the record's summary of the sitting as a field, its words after the colon (概　要：事務局から資料に基づき説明を
#: 行った後、…, ２．要旨：…): the record's words, no one's report — not the heading alone (３．概要)
_SUMMARY_FIELD = re.compile(r"^(?:[0-9０-９]{1,2}[．.\s\u3000]*)?(?:概[\s\u3000]*要|要[\s\u3000]*旨)[\s\u3000]*[：:][\s\u3000]*\S")
#: the record's closing block after the last turn (fates18): a word of the sitting's end, or of a field
#: of the front matter listed again there (出席：委員６名…, 欠席：…), in the line's first 32 characters (以上をもって、
#: 午後４時１０分に閉会した。)
_CLOSING_HINT = re.compile(r"閉会|散会|閉議|延会|出席|欠席")
#: a character each word of ``_CLOSING_HINT`` holds: the lines its step may read are found by them
_CLOSING_CHARS = "閉散延席"
#: a sentence of the record that narrates the sitting's end in the plain past (会長が閉会を宣し、午後３時に
#: 散会した。, 午後４時１０分閉会した。, 委員長が閉会を宣言し、会議を終了した。): what was done, no one's words
_CLOSE_NARRATED = re.compile(r"(?:閉会|散会|閉議|延会)(?:を宣(?:言|告)?)?した。$"
                             r"|(?:閉会|散会|閉議|延会)を宣(?:言|告)?し(?:て)?[、，]?[^。「」]*た。$")
#: what an item of the agenda whose number ``agenda_continues`` may go on starts with
_AGENDA_NUMBER_START = frozenset(BRACKET_NUMBER_START + "0123456789０１２３４５６７８９第" + ROMAN)


#: the last character of a number alone on its line (``numbering.alone``: ３, （１）, ⑴, 1., 第1, Ⅲ, ②, 十)
_ALONE_LAST = ("0123456789０１２３４５６７８９一二三四五六七八九十）)．.、" + "".join(map(chr, range(0x2460, 0x2488)))
               + "".join(map(chr, range(0x2160, 0x216c))))
#: the longest number alone on its line (（１０）, 第１０．), and how many lines (blank, a page's number, a running
#: head) may stand between it and its item
_ALONE_LONGEST = 6
_ALONE_GAP = 6


def lone_entries(view: FileView, heads: frozenset[int], whole: bool) -> dict[int, int]:
    """An item's number alone on its line and the line of its words below it, past blank lines and the page's
    furniture (a page number: ``FileView.page_numbers``, a running head: ``heads``) — pdftotext's default text of
    a Word table or a numbered list gives each cell a line with a blank line between (３ / / 閉会, （１） / /
    …について): the number's line to the line of its item. The item is short, no sentence, no number of its own;
    a number that is a page's number where it stands is none (agenda20). Whether the two are read as one entry
    is the parser's (``FrontSteps.entry_step``, ``item_below``). None in a Word file (``whole``: its paragraphs
    and cells are whole)."""
    if whole:
        return {}
    stripped = view.stripped
    numbers = view.page_numbers
    found: dict[int, int] = {}
    for i in view.ending(_ALONE_LAST):
        t = stripped[i]
        if len(t) > _ALONE_LONGEST or i in numbers or i in heads or numbering.alone(t) is None:
            continue
        j = next((k for k in range(i + 1, min(i + 2 + _ALONE_GAP, len(stripped)))
                  if stripped[k] and k not in numbers and k not in heads), None)
        if j is None:
            continue
        item = stripped[j]
        if len(item) <= 40 and "。" not in item and numbering.item(item) is None and numbering.alone(item) is None:
            found[i] = j
    return found


def closing_lines(view: FileView) -> frozenset[int]:
    """The lines ``closing_block_step`` may read (the parser asks it of these alone): those whose
    text holds a word of ``_CLOSING_HINT`` (the lines holding a character of one, ``_CLOSING_CHARS``,
    asked) — the step reads a line, or a piece of one (joined.split_turns), only when its words'
    first 32 characters hold one. Most files hold none past their front matter: no line of their
    speech pays for the step
    (tests/test_reader_gates.py holds the gate to the step's own test)."""
    texts = view.texts
    return frozenset(k for k in view.holding(_CLOSING_CHARS) if _CLOSING_HINT.search(texts[k]))


@trait
class FrontSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    back: bool
    closing_at: frozenset[int]
    entries: dict[int, int]
    label_fields: dict[str, str | None]
    front_block: str | None
    group: Speaker | None
    header_speaker: Speaker | None
    pending: list[Speaker]
    speaker: Speaker | None

    def is_agenda(self: LineParser, text: str) -> bool:
        if not (text[0].isdigit() or text[0] in AGENDA_START):
            return False
        if _AGENDA_ITEM.match(text) and "。" not in text:
            return True
        if text[0] == "第":
            return self.dai_agenda(text)
        if text[0] in BRACKET_NUMBER_START or text[0] in ROMAN:
            # （３）閉会, ⑵議事, Ⅳ．採決: a numbered heading of the agenda (a numbered bullet says more)
            m = NUMBERED.match(text)
            return m is not None and len(text) <= 30 and self.numbered_heading(text, m.end())
        if not _AGENDA.match(text):
            return self.spaced_agenda(text)
        if self.speaker is not None:
            # under a speaker only a heading is an agenda item (２．意見交換), not a sentence
            # that starts with a word of the agenda (２．報告書の構成について、…)
            m = NUMBERED.match(text)
            return self.numbered_heading(text, m.end() if m is not None else 0)
        compact = _SPACES.sub("", text)
        return any(w in compact for w in AGENDA_WORDS) or (len(text) <= 20 and "。" not in text)

    def dai_agenda(self: LineParser, text: str) -> bool:
        """An item of the agenda numbered 第n (``numbering.item``'s dai: 第２　協議事項, 第４　閉会; not 第３回…,
        第２号議案): a heading of the agenda (``numbered_heading``); before the first turn the agenda's next item
        however long its words (第２　議案第１２号　農地法第３条第１項の規定による許可申請について) (agenda20)."""
        num = numbering.item(text)
        if num is None or num.style != "dai" or "。" in text:
            return False
        if not self.seen_speaker and (num.style, num.value - 1) in self.agenda_numbers:
            return True
        return len(text) <= 30 and self.numbered_heading(text, num.end)

    def numbered_heading(self: LineParser, text: str, words: int) -> bool:
        """A numbered line that is a heading of the agenda, no sentence: its words (from
        ``words``) open with a word of the agenda (（３）閉会, ２．意見交換), or its number goes on
        the agenda's series (``agenda_continues``)."""
        return "、" not in text and "。" not in text and (
            _SPACES.sub("", text[words:]).startswith(AGENDA_WORDS)
            or bool(self.agenda_numbers) and self.agenda_continues(text))

    def spaced_agenda(self: LineParser, text: str) -> bool:
        """３ 閉会: a number and spaces before an item of the agenda, a word of it alone
        (３　議事概要 and 8 議事の経過概要 別紙のとおり are front matter); before the first turn
        a greeting too (２　会長あいさつ: after it, who gives it may head the speech below)."""
        spaced = None if "。" in text else _AGENDA_SPACED.match(text)
        item = text[spaced.end() - 1:].strip() if spaced else ""
        return item in AGENDA_WORDS or not self.seen_speaker and len(item) <= 12 and item.endswith(("あいさつ", "挨拶"))

    def topic_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Under a group's heading, the heading of a topic (【財源について】, （１）…について,
        ①人材の確保) keeps the group's floor; a heading of a section with no opinions (４．今後の
        予定, 【配布資料】) ends it."""
        if ends_sentence(stripped) or self.cur is not None and self.cur.kind == "point" and not (
                self.gap or ends_sentence(self.tail()) or self.whole):
            return False  # a sentence, or a line going on an unfinished one
        # a mark, or a number in any style (numbering.item: ５　今後の予定 as （５）and ５．)
        marked = stripped[0] in TOPIC_MARKS or numbering.item(stripped) is not None
        if not marked and (self.bullet(stripped) is not None or not self.bullets_follow(i)):
            return False  # an unmarked line is a topic when it says so and bullets follow
        if (groups.closes_group(stripped) or marked and self.agenda_goes_on(stripped)) and self.header(stripped) is None:
            self.close()
            self.speaker = self.group = None
            self.pending = []
            self.add("agenda", i, line)
            self.back = True  # what stands under it is no one's opinion: back matter
            return True
        if not groups.topic_heading(stripped, marked) or self.header(stripped) is not None:
            return False  # （北村委員）: a speaker's header ends the group
        self.add("agenda", i, line)
        return True

    def agenda_goes_on(self: LineParser, text: str) -> bool:
        """A numbered heading whose series began above the group's heading: the next item of
        the agenda (（１）議題… / 主な意見（委員） / （２）その他), not a topic of the opinions."""
        num = numbering.item(text)
        if num is None or num.value < 2:
            return False
        for para in reversed(self.out.paras):
            if para.kind == "agenda" and (above := numbering.item(para.first.strip())) is not None and num.follows(above):
                return para.lines[0].number < self.group_line
        return False

    def note_agenda(self: LineParser, text: str) -> None:
        """An item of the agenda: its bracketed number, when it has one, begins or goes on a
        series (``agenda_continues``)."""
        text = text.strip()
        if text[:1] in _AGENDA_NUMBER_START and (num := numbering.item(text)) is not None:
            self.agenda_numbers.add((num.style, num.value))

    def preamble_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Before the turns: a label of the front matter, a group of attendees, a row of a web
        page's table."""
        return (self.front_step(i, line, stripped)
                or not self.seen_speaker and (self.front_item_step(i, line, stripped) or self.group_step(i, line, stripped)
                                              or stripped[-1] in "|｜" and self.web_cells_step(i, line, stripped)))

    def web_cells_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A row of a web page's table saved as text, before the turns: each cell's text then
        a bar (``分科会長 |`` / ``十倉雅和 |``, ``||`` for empty cells), as a ministry's page lists
        the attendees beside their titles — front matter (no part of the title), not a title
        heading a bar."""
        if "。" in stripped:
            return False
        self.open("back", i, line, stripped)
        return True

    def front_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A label of the front matter (日時：…), a date line alone, or the record's summary as a field
        before anyone has spoken (概　要：事務局から…説明を行った後、…: ``_SUMMARY_FIELD``, fates18), before the body; after
        the agenda and before the first turn, a label of the date, the place or the attendees
        (出席委員, 欠席委員, 説明のため出席した者, 事務局職員 — with a colon or not)."""
        f = self.labels.field(stripped)
        if f is not None and self.first in "○〇◯" and self.circle_head(i, stripped):
            return False  # ○議事 / 委員から、…との意見があった。: a head over reports (circle_step)
        if f is None and not self.seen_speaker and _SUMMARY_FIELD.match(stripped):
            self.open("front", i, line, stripped)  # under the record's title read as the agenda too
            return True
        if self.in_body and (self.seen_speaker or f is None or f[0] == "other"):
            return False
        if f:
            self.front_block = f[0]
        elif not is_date_line(stripped):
            return False
        self.open("front", i, line, stripped)
        return True

    def front_item_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A numbered heading (４　議事概要, Ⅲ　議事の経過: short, no sentence, no list) right
        under a paragraph of the front matter, before the body: the record's next section, an
        item of its own as it is after a blank line — never the next line of the attendee list
        or of the field above it (whose names and values are not numbered so); the list is over."""
        cur = self.cur
        if not (cur is not None and cur.kind == "front" and not self.in_body and stripped[0] in _AGENDA_NUMBER_START
                and len(stripped) <= 30 and "。" not in stripped and "、" not in stripped):
            return False
        num = numbering.item(stripped)
        # a section's number (４, Ⅲ, 第４: the front's own series), not an item under a label
        # (（１）…, ⑴ … under 議題: the agenda's), nor a line the agenda takes (agenda_step)
        if num is None or num.level > 1 or self.is_agenda(stripped):
            return False
        self.close()
        self.front_block = None
        self.open("front", i, line, stripped)
        return True

    def front_entry_step(self: LineParser, i: int, line: Line, label: str, rest: str | None) -> bool:
        """A speaker's label that is a line of the front matter, not a turn (fates17): a label that
        names a field of the front matter no one speaks under (日時：…, １日時 | 令和…, 出席委員：…,
        記録者　議会事務局　…: ``front.field_label``) wherever it stands; before anyone has spoken, a
        label whose "speech" — after it, or on the line below a label alone — is no sentence but
        names, posts, a date, a place, a count or a list of those (教育長：平井　克己, 委員：大橋　千尋
        （教育長職務代理者）, 傍聴者：１名, １番　日高 陽菜…: ``front.listing``) — an entry of the list; after
        the turns, such an entry with no turn below it (the attendees listed in the closing block).
        The one home of the decision: every label goes through here before it takes the floor
        (``take_header``). A chair's first words (議長：ただいまから会議を開きます。) are a sentence: a turn."""
        field = self.field_of(label)
        spoken = self.spoke or self.seen_speaker  # a turn has opened: the proceedings have begun
        if field is None:
            if spoken:
                # after the turns, in the closing block (出席者 listed at the end): an entry with no turn below
                if rest is None or not listing(rest) or self.speech_after(i):
                    return False
            elif not ((self.entry_below(i) or self.last_entry(i, label)) if rest is None
                      else listing(rest) or self.names_alone(rest) or self.entry_broken(i, rest)
                      or self.attendee_row(i, rest)) or (
                    rest is not None and _HIRAGANA_START.match(below := self.text_below(i)) and not listing(rest + below)):
                # 議長（山田太郎君）　令和７年第４回…本会議 / を開会します。: the sentence goes on below — not a
                # list broken at the page's width inside a given name (…、上田 ま / ゆみ（ＮＰＯ法人ひだまり）: fates18)
                return False
            field = "attendees"
        self.last_was_header = False
        if spoken and field == "other":
            self.add("agenda", i, line)  # 議題：… between the turns: the agenda's
            return True
        self.open("front", i, line, line.text.strip())
        if not spoken:
            self.front_block = field
        return True

    def field_of(self: LineParser, label: str) -> str | None:
        """``front.field_label`` of a speaker's label, read once a file (``label_fields``): the record's
        speakers take the floor under the same labels turn after turn, and the front labels' regex
        is tried at every start it allows (~60k instructions a label: a fifth of a PDF record's
        header line). The field depends on the label's text alone (and the run's front labels)."""
        fields = self.label_fields
        if label not in fields:
            fields[label] = field_label(label, self.labels)
        return fields[label]

    def closing_block_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """After the last turn, the record's closing block, no one's speech (fates18): a field of the
        front matter listed again with its entry (出席：委員６名（うちウェブ会議３名）、説明者２名 —
        ``front.listing``), or a sentence narrating the sitting's end in the plain past (会長が閉会を宣し、
        午後３時に散会した。, broken over two lines or not). Before, the last speaker's point went on
        with it. Not where a turn stands below (``turn_below``), nor inside a sentence the line above
        left unfinished; the sentence only under a label's turn (a record that narrates each act keeps
        its last act the actor's point)."""
        if not self.seen_speaker or _CLOSING_HINT.search(stripped, 0, 32) is None:
            return False
        cur = self.cur
        if cur is not None and cur.kind == "point" and not ends_sentence(self.tail()):
            return False  # …これをもって / 閉会した。: the speaker's sentence goes on
        field = None if "。" in stripped else self.labels.field(stripped)
        if field is not None:
            if field[0] not in ("attendees", "date", "place") or not listing(field[1]) or self.turn_below(i):
                return False
            self.end_turns()
            self.open("front", i, line, stripped)
            return True
        if self.speaker is None or self.speaker is not self.header_speaker:
            return False  # a record that narrates its acts (会長が閉会を宣言した。): the actor's, as each act above
        sentence = self.sentence_from(i)
        if _CLOSE_NARRATED.search(sentence) is None or self.turn_below(i) or self.closing_said(sentence):
            return False
        self.end_turns()
        self.set_fate(i, "narrative")
        return True

    def closing_said(self: LineParser, sentence: str) -> bool:
        """The sentence that narrates the sitting's end reports its speaker's words first
        (``会長から、…まとめる旨が述べられ、閉会した。``, ``…との発言があり、散会した。``): a turn of theirs,
        the words its text (``report_step``), no closing block — before, narrative (narrated19)."""
        who = self.agent_of(sentence) if "から" in sentence or "より" in sentence else None
        return who is not None and prose.carries(sentence, who[1])[0] == "words"

    def sentence_from(self: LineParser, i: int) -> str:
        """The sentence that starts on line ``i``: its lines joined up to the first that ends one
        (three at most; pdftotext breaks a sentence at the page's width)."""
        lines = self.src.lines
        text = lines[i].text.strip()
        j = i + 1
        while not text.endswith("。") and j < min(len(lines), i + 3) and (t := lines[j].text.strip()):
            text += t
            j += 1
        return text

    def speech_after(self: LineParser, i: int) -> bool:
        """Below line ``i`` someone speaks: a label with words that are no entry (``front.listing``)
        or a sentence — not only more entries of a list (委員長：水野　大輔 / 委員：岡本　由美…)."""
        lines = self.src.lines
        for j in range(i + 1, len(lines)):
            t = lines[j].text.strip()
            if not t:
                continue
            found = self.header_at(j, t)
            if found is not None and not (found[2] and listing(found[2])) or found is None and "。" in t:
                return True
        return False

    def entry_below(self: LineParser, i: int) -> bool:
        """Under a label alone (a table's cell: 教育長 | 平井　克己), its "speech" below is people
        alone (names, posts, a count: no time, as a transcript stamps a name 0:06) and no speech goes
        on under them — the line after is a label, a field, another entry or none (○教育政策係長 /
        大園健朗君 / それでは… is a title over its holder's name, then the turn)."""
        lines = self.src.lines
        # a Word list's items (their glyph taken off, a glyph alone standing for no entry) under a group's head
        # (構成員:, 事務局：), not under a person's label (（飯島委員） / ・ア: the bullets of the member's speech)
        entry = list_entry if not self.named_entry(_HEAD_WORDS.sub("", lines[i].text.strip())) else _stripped
        below = [j for j in range(i + 1, min(len(lines), i + 8))
                 if lines[j].text.strip() and j not in self.heads and j not in self.view.page_numbers
                 and entry(lines[j])][:2]  # a Word list's glyph alone (pdftotext) stands for no entry
        if not below:
            return False
        text = entry(lines[below[0]])
        if not text[0].isalnum() or not (listing(text, people=True) or self.names_alone(text)):
            return False  # ・ア, ○ア, －ア: a bullet or a mark opens a point of the speech; an entry opens on its name
        if len(below) < 2:
            return True
        after = entry(lines[below[1]])
        # the next row's label (its cell, a title alone: 委員), a field, an entry, a header, the next
        # list's head (オブザーバー：, 内閣府：, （説明者）: fates18), the heading row of the table that
        # follows the front matter's (時刻 | 発言者 | 発言要旨: roles20 — 事務局 | 環境政策課　課長　村上、主査　川口
        # is the front table's last row, no turn of 事務局)
        return (lines[below[1]].cue in ("speaker", "label", "head") or self.listed_title(after) or listing(after)
                or _LIST_HEAD.match(after) is not None
                or self.labels.parts(after) is not None or self.header_at(below[1], after) is not None)

    def entry_broken(self: LineParser, i: int, rest: str) -> bool:
        """A list after a label broken at the page's width inside a bracket (構成員：北川 健（…）、南 千尋（まちづくり
        ネットワ / ークみなと代表）, pdftotext): its bracket left open on line ``i``, the list joined with the line
        below an entry (``front.listing``) — one entry, no turn of the label (fronts19)."""
        return (rest.count("（") + rest.count("(") > rest.count("）") + rest.count(")")
                and listing(rest + self.text_below(i)))

    def named_entry(self: LineParser, text: str) -> bool:
        """A member named with the title alone on its line (南委員, 北川座長: a Word table's cell of an attendee
        list, fronts19): a name and a title of the role table, no title alone (座長 heads the speech below)."""
        sp = None if _NAMED_ALONE.match(text) is None else self.roles.split(text)
        return sp is not None and bool(sp.name)

    def last_entry(self: LineParser, i: int, label: str) -> bool:
        """Before the first turn, a member named with the title alone on line ``i`` (東山委員) right under the
        front matter's list, a label with its speech on the line below it (座長：ただいまから…) or the next
        list's head (【Web】　上野委員, （Web出席）, 事務局 over its entries): the list's last entry, no turn of its own — it says nothing
        (fronts19)."""
        lines = self.src.lines
        if lines[i].cue is not None or not self.named_entry(label):
            return False  # 発言者：浅野　浩一 / 役職：委員長 of an export (its row's cue): the speaker of the speech below
        above = next((j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].text.strip()), None)
        if above is None or self.out.fate[above] != "front" and not (
                (cur := self.cur) is not None and cur.kind == "front" and above in cur.idx):
            return False
        below = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].text.strip()), None)
        if below is None:
            return False
        text = lines[below].text.strip()
        if _LIST_HEAD.match(text) is not None or headed_listing(text, people=True):
            return True  # the next list's head (【Web】　上野委員, （Web出席）): no speech under the member
        found = self.header_at(below, text)
        if found is None:
            return False
        speech = found[2]
        if speech is None:
            return self.entry_below(below)  # the next list's head alone, its entries under it (事務局 / ・…課長　…)
        return not listing(speech)

    def listed_below_head(self: LineParser, i: int, words: str) -> bool:
        """Before the first turn, line ``i`` an item of a Word list (its glyph or mark before ``words``)
        whose words are an entry (names, posts, bodies: ``front.listing``) under a list's head alone
        (構成員:, 事務局：, （Web出席）) or the items of the list above it: an entry of the front matter,
        no item of the agenda (fronts19)."""
        if words.strip() and not listing(words, people=True):
            return False  # its glyph alone (pdftotext puts the entries below the glyphs) goes with the list
        lines = self.src.lines
        for j in range(i - 1, max(i - 40, -1), -1):
            t = lines[j].text.strip()
            if not t or not list_entry(lines[j]):
                continue  # a blank line, a glyph alone (pdftotext)
            if _LIST_HEAD.match(t) is not None:
                if self.named_entry(_HEAD_WORDS.sub("", t)):
                    return False  # （飯島委員） / ・…: a person's label over the bullets of the speech
                cur = self.cur  # the head read as front matter (its paragraph open, or closed and placed)
                return self.out.fate[j] == "front" or cur is not None and cur.kind == "front" and j in cur.idx
            if list_entry(lines[j]) == t or not listing(list_entry(lines[j]), people=True):
                return False  # no item of the list (its glyph or mark), or no entry
        return False

    def attendee_row(self: LineParser, i: int, rest: str) -> bool:
        """In the list of attendees before the first turn, a row of its table as the PDF's text gives it
        (委員 井上　さやか　全国介護事業者協議会常務理 / 事: a post, then a name and a body its cell wrapped, the
        label reader taking the surname for the post's holder): no sentence — no sentence's mark or glue, the
        line short of the page's width (a turn's first line broken there goes on below) — an entry
        (pdforder20). Before: a turn of 井上委員 whose words were the table's rows below."""
        if self.seen_speaker or not no_sentence(rest) or not (self.in_attendees() or self.under_attendees(i)):
            return False
        # its characters (-layout's runs of spaces between the cells are none of the text)
        return self.wrap is None or len(_BLANKS.sub("", self.src.lines[i].text)) < self.wrap - 4

    def under_attendees(self: LineParser, i: int) -> bool:
        """Line ``i`` is under the attendees' heading (３．出席者, 出席委員) with nothing but the front matter's
        entries and blank lines between — a table's rows set apart by blank lines (pdftotext -layout), where a
        blank line no longer says the list is over."""
        lines, fate, cur = self.src.lines, self.out.fate, self.cur
        for j in range(i - 1, max(i - _ROWS_BACK, -1), -1):
            text = lines[j].text.strip()
            if not text:
                continue
            if not (fate[j] == "front" or cur is not None and cur.kind == "front" and j in cur.idx) or not no_sentence(text):
                return False
            found = self.labels.field(text)
            if found is not None:
                return found[0] == "attendees"
        return False

    def in_attendees(self: LineParser) -> bool:
        """In a list of attendees: under its label, before the first turn."""
        return not self.seen_speaker and self.front_block == "attendees"

    def aside_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """What the secretariat writes beside the record: a ※ note, the 文責 line."""
        return (stripped[0] == "※" and self.note_step(i, line, stripped)
                or "責" in stripped and len(stripped) <= 60 and self.responsibility_step(i, stripped))

    def note_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line marked ※ (※資料３は非公開, ※ 委員の発言は発言順): the secretariat's note,
        nobody's point, no speaker, no attendee — unless it goes on a speaker's sentence
        that the line before left unfinished (・観光人材の確保に向けて、/ ※ 特に宿泊業の):
        then it is that point's. A note wrapped at the page width goes on below; the turn
        it stands in goes on after it."""
        cur = self.cur
        if (cur is not None and cur.kind in ("point", "orphan") and not self.whole
                and (self.prev_wrapped or not ends_sentence(self.tail()))):
            self.extend(i, line)
            return True
        self.open("note", i, line, stripped)
        return True

    def responsibility_step(self: LineParser, i: int, stripped: str) -> bool:
        """（文責：事務局）, 文責　子育て支援課, 【文責：○○課】: who answers for the record's
        wording — front or back matter, never a speaker, no part of the title."""
        if not _RESPONSIBILITY.match(stripped):
            return False
        self.close()
        self.set_fate(i, "front")
        return True


    def wrapped_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """The line after a line the extractor broke at the page width, inside a sentence:
        it goes on, whatever it starts with (・自転車…, （２）居住の…), unless a speaker mark
        or bracket opens it. Past a blank line (pdftotext leaves one inside a paragraph: 同 /
        ／ 委員から、…) it goes on only at the margin of the broken line or further out: a line
        indented deeper after the blank opens a paragraph."""
        if not (self.prev_wrapped and self.cur is not None and (self.in_body or self.cur.kind == "note") and not self.whole
                and self.cur.kind in ("point", "orphan", "narrative", "note")
                and (not self.gap or indent_width(line.text) <= indent_width(self.cur.lines[-1].text))
                and stripped[0] not in _TURN_OPENERS):
            return False
        if stripped[0] in STAGE_START and self.header(stripped) is not None:
            return False  # （飯島委員） after a line that filled the width: a header still
        self.extend(i, line)
        return True

    def agenda_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        if self.named_above(i):
            return False  # right under a table's speaker cell its remark: 議事（１）…について、事務局から
        if not self.is_agenda(stripped):
            return self.seen_speaker and self.last_section_step(i, line, stripped)
        if self.listed_turn(stripped) is not None:
            return False  # １．会長：ただいまから…: a turn numbered as a list's item (Word's numbering)
        if self.presents(stripped):
            self.note_agenda(stripped)  # its number goes on the agenda's series (３．会計報告 below)
            return False  # ２．会長挨拶（山田会長）, ２．会長挨拶　　山田会長 above the speech: a turn's header
        if self.seen_speaker and self.ends_proceedings(i, stripped):
            self.end_turns()  # what stands under it is the record's own words (settle_orphan)
            self.add("agenda", i, line)
            return True
        self.start_body()
        self.speaker = None
        self.pending = []
        self.front_block = None  # the agenda ends a list of attendees
        self.add("agenda", i, line)
        self.item_below(i, stripped)
        return True

    def item_below(self: LineParser, i: int, stripped: str) -> None:
        """An agenda's number alone on its line (pdftotext puts （１） / 地域交通計画の改定について
        on two lines, a blank line between them or none; no page number here: ``FileView.page_numbers``):
        its item below (``lone_entries``: past blank lines and the page's furniture) is the agenda's
        too — short, no sentence, no number nor mark of its own, no header."""
        j = self.entries.get(i)
        if j is None or stripped != self.view.stripped[i] or not self.item_of(i, j):
            return
        self.join_item(i, j, self.out.paras[-1])

    def item_of(self: LineParser, i: int, j: int) -> bool:
        """Line ``j`` (``lone_entries``) is the item of the number alone on line ``i``: no mark nor
        header opens it, no reader of a form holds either line (a label after a point, a record that
        narrates who acted, a label stacked beside the speech, a label glued to its speech in 「」)."""
        item = self.view.stripped[j]
        quoted = self.quoted
        return not (item[0] in self.mark_start or j in self.label_lines or j in self.trail_lines
                    or i in self.acted or j in self.acted or quoted is not None and (i in quoted.at or j in quoted.at)
                    or self.src.lines[j].cue is not None or self.header_at(j, item) is not None)

    def join_item(self: LineParser, i: int, j: int, para: Para | None) -> None:
        """The item on line ``j`` goes with its number on line ``i`` into ``para`` (the paragraph that
        took the number) and the same fate; the lines between are blank or the page's furniture."""
        lines = self.src.lines
        stripped = self.view.stripped
        for k in range(i + 1, j):
            self.set_fate(k, "furniture" if stripped[k] else "blank")
        if para is not None and para.idx and para.idx[-1] == i:
            para.lines.append(lines[j])
            para.idx.append(j)
        self.set_fate(j, self.out.fate[i])
        self.skip_to = j
        self.last_page = lines[j].page

    def entry_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """An item's number alone on its line and its words below (``lone_entries``: ３ / / 閉会) before
        the first turn or after the last: one entry, read as the line ``３　閉会`` is (the agenda before
        the turns, a section of the record ending the proceedings after them: ``ends_proceedings``,
        ``last_section_step``); the paragraph keeps both lines. Between the turns the number is read
        alone, as before (an agenda's number there takes its item: ``item_below``)."""
        j = self.entries[i]
        if line.cue is not None or not self.item_of(i, j) or self.seen_speaker and self.turn_below(j):
            return False
        whole = f"{stripped}\u3000{self.view.stripped[j]}"
        entry = Line(whole, line.number, line.page, line.cue)
        self.place(i, entry, whole)
        self.placed(i, whole)
        cur = self.cur
        para = cur if cur is not None and cur.idx and cur.idx[-1] == i else (
            self.out.paras[-1] if self.out.paras and self.out.paras[-1].idx[-1] == i else None)
        if para is not None:
            para.lines[-1] = line  # the lines as they are: the number's, then the item's (join_item)
            tail = whole[len(stripped):]
            if para.idx[0] == i and para.first.endswith(tail):
                para.first = para.first[:-len(tail)]
        self.join_item(i, j, para)
        return True

    def last_section_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """After the last turn, a heading of the record's own sections that no word of the agenda
        names (Ⅴ　報告, ５　連絡事項 under ○会長　…以上で議事を終わります。): the turns are over,
        the heading no part of the last speaker's point (``ends_proceedings``)."""
        if "。" in stripped or "、" in stripped or len(stripped) > 30 or (num := numbering.item(stripped)) is None:
            return False
        if not self.front_series(num) or self.turn_below(i):
            return False
        self.end_turns()
        self.add("agenda", i, line)
        return True

    def ends_proceedings(self: LineParser, i: int, text: str) -> bool:
        """After the turns, a heading of the record's own sections with no speaker's header
        below it (６．今後の予定 / 次回の部会は…予定。 / （以上）): the proceedings are over and
        the sentences under it are the record's (narrative), not a speaker's nor unread. A
        section of the record by its number — the next of a series the front matter began
        (１．日時 … ５．議事概要 above the first turn) with no turn anywhere below it — or, numbered
        in any style, by its words (今後の予定, 次回, 閉会, 配布資料, 連絡事項)."""
        num = numbering.item(text)
        if num is None or "。" in text or len(text) > 30 or self.header_below(i):
            return False
        return _BACK_SECTION.search(text, num.end) is not None or self.front_series(num) and not self.turn_below(i)

    def turn_below(self: LineParser, i: int) -> bool:
        """A speaker's header stands somewhere below line ``i``: the turns go on."""
        lines = self.src.lines
        return any((t := lines[j].text.strip()) and self.header_at(j, t) is not None for j in range(i + 1, len(lines)))

    def front_series(self: LineParser, num: numbering.Numbered) -> bool:
        """``num`` goes on a series of the record's own sections: the item before it (same
        style, one less, level １ or above) stands in the front matter or the agenda before the
        first turn."""
        if num.level > 1 or num.value < 2:
            return False
        first_turn = next((k for k, f in enumerate(self.out.fate) if f == "point"), 0)
        lines = self.src.lines
        series = {(n.style, n.value) for k in range(first_turn) if self.out.fate[k] in ("front", "agenda")
                  and (n := numbering.item(lines[k].text.strip())) is not None}
        # the next item, not one of the items again (２　…について, the agenda's second item, heading its reports)
        return (num.style, num.value - 1) in series and (num.style, num.value) not in series

    def agenda_continues(self: LineParser, text: str) -> bool:
        """（２）秋の交流イベントについて, ２．防災訓練について below a turn: a number that goes on a
        series the agenda began above (（１）…, １．… was read as an item of it), a heading (no
        sentence, short), is the agenda's next item, not a point of the last speaker."""
        if len(text) > 40 or "。" in text or "、" in text:
            return False
        num = numbering.item(text)
        return num is not None and num.value >= 2 and (num.style, num.value - 1) in self.agenda_numbers

    def attendee_group(self: LineParser, i: int, rest: str | None) -> bool:
        """In an attendee list, a bracketed title with names after it, or alone above a line
        of names, is a group of attendees, not a speaker: no sentence follows it."""
        if rest is not None:  # its people after it; not speech going on below (hanging_speech)
            return "。" not in rest and not self.hanging_speech(self.src.lines[i].text.strip(), rest)
        lines = self.src.lines
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        nxt = lines[j].text.strip() if j < len(lines) else ""
        # speech below, its sentence finished there or going on past the line (pypdf: right under the list)
        return (bool(nxt) and "。" not in nxt and self.bullet(nxt) is None and nxt[0] not in HEADER_OPENERS
                and not self.speech_before_body(nxt, nxt))


def list_entry(line: Line) -> str:
    """A line's words, the glyph or mark of a Word list's item before them taken off (``_LIST_GLYPH``; ・ when the
    .docx reader marks the line an item): the words of an entry of the front matter's list (fronts19)."""
    text = line.text.strip()
    m = _LIST_GLYPH.match(text)
    if m is None and line.cue == "item" and text[:1] == "・":
        return text[1:].lstrip(" \u3000")
    return text[m.end():] if m is not None else text


def _stripped(line: Line) -> str:
    return line.text.strip()

