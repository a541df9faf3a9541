# mypy: disable-error-code="misc"
"""Labels stacked beside the speech or broken over lines: short lines read as a label's parts.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    label_lines, last_was_header, skip_to

and reads (set in ``LineParser.__init__`` or by other steps):

    roles, src, wrap
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..i18n import N_
from ..model import Line, Speaker
from ..text import DASHES
from .forms import AGENDA_WORDS, CLOSE, HEADER_OPENERS, HEADING_MARKS, MARKS, OPEN
from . import forms as _forms
from .paragraphs import ends_sentence
from .shapes import BUILTIN_SHAPES
from .native import trait

if TYPE_CHECKING:
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_HIRAGANA = _forms.HIRAGANA
_SEAT = _forms.SEAT
_SPACES = _forms.SPACE_RUN
#: what frames a stage line: dashes, or stars (closing_steps.framed_stage_step)
_FRAMES = DASHES + _forms.FRAME_STARS


def _unfinished_label(text: str) -> bool:
    """The line opens a header it does not finish: a bracket left open (（小林委員), or a mark
    with at most the start of a label and no speech (○, ○(, ○山田)."""
    if text[0] in OPEN:
        return not any(c in CLOSE for c in text[1:])
    body = text[1:].strip()
    return not _SPACES.search(body) and (not body or body[0] in OPEN and not any(c in CLOSE for c in body)
                                         or len(body) <= 30 and not any(c in CLOSE for c in body))


#: the fewest characters a line broken at a page's width holds where the file tells no width
#: (``wrap_width``: too few long lines): a Japanese page's line holds 35 to 40
_PAGE_WIDTH_LEAST = 34
#: a character of a label stacked one a line by the extractor (会 / 長, ５ / 番, １１ / 番)
_STACKED_CHAR = re.compile(r"[\u4e00-\u9fff々]|[0-9０-９]{1,2}")
#: an item of the agenda that stands before a stacked speaker in the table's first column
_STACKED_AGENDA = AGENDA_WORDS + ("議案", "協議", "審議", "承認", "選任", "事項", "日程", "あいさつ")
#: what a heading of the agenda says of its item (議事概要, 議事の経過, 審議の内容): no part of a label
_SUMMARY_OF = re.compile(r"の?(?:概要|経過|要旨|内容|結果)$")
_HEADING_OF = _forms.RECORD_HEADING


def _marked_heading(stripped: str) -> bool:
    """A marked line that is a heading, no label's first half: an item of the agenda (■開会, ■議事概要)
    or what the section records (■会議の要旨, ●発言の概要, ◆会議要旨)."""
    body = _SPACES.sub("", stripped[1:])
    return bool(body) and (_HEADING_OF.search(body) is not None or _SUMMARY_OF.sub("", body) in _STACKED_AGENDA)


#: the longest line read as a label stacked with others above their speeches (申立人代理人（葛城）)
_STACKED_LABEL_MAX = 24
#: the longest wrapped tail of a speech pdftotext sets among the stacked labels (ります。, ております。)
_TAIL_MAX = 12
#: the most lines between the stacked labels and their speeches (（以上）, 議事録: a stage direction, the title's piece)
_BETWEEN_MAX = 3


class _Stacked:
    """A label of the stack: its lines (two when broken), its speaker, and the line of its speech's
    wrapped tail set among the labels (or None)."""

    __slots__ = ("lines", "speaker", "tail")

    def __init__(self, lines: list[int], speaker: Speaker) -> None:
        self.lines = lines
        self.speaker = speaker
        self.tail: int | None = None


def _broken_label(top: str, below: str) -> bool:
    """A label broken over two lines by its column's width: a bracket opened on the first (司会（事務局)
    and closed at the end of the second (宮下室長）), no kana in either."""
    return (len(top) + len(below) <= _STACKED_LABEL_MAX and any(c in OPEN for c in top[1:])
            and not any(c in CLOSE for c in top) and below[-1] in CLOSE and not any(c in OPEN for c in below)
            and _HIRAGANA.search(top + below) is None)


def _wrapped_tail(text: str) -> bool:
    """A short line of speech that ends a sentence (ります。): a wrapped last line set among the labels."""
    return (len(text) <= _TAIL_MAX and text[0] not in OPEN and text[0] not in MARKS and ends_sentence(text)
            and _HIRAGANA.search(text) is not None)


def _between(view: list[str], k: int) -> tuple[list[int], int]:
    """The lines from ``k`` that stand between a stack of labels and its speeches — blank lines, at most
    a few stage directions in whole brackets (（以上）) and short pieces with no kana (議事録) — and the line
    after them (blank, or no blank line before the speeches: not a stack)."""
    gap: list[int] = []
    while k < len(view) and (not view[k] or len(gap) < _BETWEEN_MAX and _stands_between(view[k])):
        if view[k]:
            gap.append(k)
        k += 1
    return gap, k


def _stands_between(text: str) -> bool:
    return (text[0] in OPEN and text[-1] in CLOSE and len(text) <= _TAIL_MAX
            or len(text) <= 8 and _HIRAGANA.search(text) is None and not ends_sentence(text))


def _speeches(view: list[str], words: list[int], tailed: list[bool]) -> list[list[int]] | None:
    """The speeches' lines cut one a label, in order: a speech runs to the line that ends a sentence
    (its wrapped lines with it); a label whose tail stands among the labels speaks up to its first line
    that stops short of a sentence's end (the tail ends it). None when the cut does not fall out with
    one speech a label and every line used."""
    said: list[list[int]] = []
    n = 0
    for tail in tailed:
        speech: list[int] = []
        while n < len(words):
            speech.append(words[n])
            n += 1
            if ends_sentence(view[speech[-1]]) != tail:
                break
        if not speech or ends_sentence(view[speech[-1]]) == tail:
            return None
        said.append(speech)
    return said if n == len(words) else None




@trait
class StackedSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    label_lines: frozenset[int]
    last_was_header: bool
    skip_to: int

    def short_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A short line, one near the end or page furniture: a character of a label stacked one
        a line (``stacked_step``: ５ / 番 is no page number), or what ends the turns (``end_step``)."""
        if len(stripped) <= 2 and _STACKED_CHAR.fullmatch(stripped) and self.stacked_step(i, line, stripped):
            return True
        if len(stripped) <= _STACKED_LABEL_MAX and self.stacked_labels_step(i):
            return True
        # ―休憩―, ――グループワーク――, ＊＊＊（…省略）＊＊＊: a stage line framed (closing_steps.framed_stage_step)
        return self.end_step(i, line, stripped) or stripped[0] in _FRAMES and self.framed_stage_step(i, line, stripped)

    def stacked_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A speaker's label the extractor stacked one character a line, as pdftotext gives the
        narrow columns of a table typed in Word (the agenda's item, the speaker, the speech:
        a 農業委員会's 総会会議録, a 協働会議's 会議録): ``開`` / ``会`` / ``会`` / ``長`` / ``定刻に
        なったことを…``, or each character beside a line of the speech (``会`` / ``それでは、…`` /
        ``長`` / ``説明を…``). The characters read together are an item of the agenda, if any,
        then a title of the role table or a seat (会長, 事務局, ５番); the speech follows.

        >>> from assembler.ingest.text import split_lines
        >>> src = split_lines("総会会議録\\n\\n開\\n会\\n会\\n長\\n定刻になりましたので開会します。\\n"
        ...                   "委\\n第２章は数値で示すべきである。成果が見える形に\\n員\\nしてほしい。\\n",
        ...                   "x.txt", encoding="utf-8")
        >>> from assembler.minutes import parse_source
        >>> [(pt.speaker.label, pt.text, pt.source.line_start, pt.source.line_end) for pt in parse_source(src).points]
        [('会長', '定刻になりましたので開会します。', 7, 7), ('委員', '第２章は数値で示すべきである。成果が見える形にしてほしい。', 9, 11)]
        """
        found = self.stacked_label(i)
        if found is None:
            return False
        sp, agenda, label, beside = found
        for k in agenda:
            self.set_fate(k, "agenda")
        for k in label:
            self.set_fate(k, "point")
        head = label[0] if beside else label[-1]
        if beside:
            self.label_lines = self.label_lines | frozenset(label[1:])
        else:
            self.skip_to = max(self.skip_to, label[-1])
        self.last_was_header = False
        self.take_header(head, self.src.lines[head], sp.label[0], (BUILTIN_SHAPES[0], sp, None))
        return True

    def stacked_label(self: LineParser, i: int) -> tuple[Speaker, list[int], list[int], bool] | None:
        """The speaker of a label stacked from line ``i`` (see ``stacked_step``), the lines of the
        agenda's item before it, the label's lines, and whether they stand beside the speech."""
        lines = self.src.lines
        run: list[int] = []  # one character a line, one after another
        k = i
        while k < len(lines) and len(run) < 8 and _STACKED_CHAR.fullmatch(lines[k].text.strip()):
            run.append(k)
            k += 1
        if len(run) >= 2 and k < len(lines) and self.stacked_speech(lines[k].text.strip()):
            found = self.stacked_title(run)
            if found is not None:
                return found[0], run[:found[1]], run[found[1]:], False
        # beside the speech: a character, a line of speech, the next character …
        beside = [i]
        for k in range(i + 2, min(i + 7, len(lines)), 2):
            between = lines[k - 1].text.strip()
            if not (_STACKED_CHAR.fullmatch(lines[k].text.strip())
                    and (self.stacked_speech(between) if k == i + 2 else len(between) > 1
                         and not _STACKED_CHAR.fullmatch(between))):
                break  # the speech's first line beside the label is speech; the next may be its end (しい。)
            beside.append(k)
        for n in range(len(beside), 1, -1):
            sp = self.stacked_speaker("".join(lines[k].text.strip() for k in beside[:n]))
            if sp is not None:
                return sp, [], beside[:n], True
        return None

    def stacked_title(self: LineParser, run: list[int]) -> tuple[Speaker, int] | None:
        """The speaker the stacked characters end in, and where their label starts: after an
        item of the agenda (開会, 挨拶, 議案) or nothing (a name before the title is not read)."""
        chars = "".join(self.src.lines[k].text.strip() for k in run)
        for start in range(len(run) - 1):
            sp = self.stacked_speaker(chars[start:])
            if sp is None:
                continue
            if start == 0 or any(w in chars[:start] for w in _STACKED_AGENDA):
                return sp, start
            seat = next((k for k in range(start) if _SEAT.fullmatch(chars[k:start])), None)
            if seat is not None:  # ７ / 番 / 委 / 員: the member's seat, then the title
                return Speaker(chars[seat:], chars[seat:start], sp.title, sp.role), seat
        return None

    def stacked_speaker(self: LineParser, label: str) -> Speaker | None:
        """A title of the role table alone (会長, 事務局) or a seat (５番) — no name: the narrow
        column holds the title only."""
        sp = self.roles.split(label)
        if sp is not None:
            return sp if not sp.name else None
        return Speaker(label, label, "", "member") if _SEAT.fullmatch(label) else None

    @staticmethod
    def stacked_speech(text: str) -> bool:
        """A line of speech beside or under a stacked label: kana, more than a label's length."""
        return len(text) > 4 and _HIRAGANA.search(text) is not None

    def broken_header_step(self: LineParser, i: int, stripped: str) -> bool:
        """A header the extractor broke over two lines: ＜国土交通省水管理・国土保全局（仁科河川 /
        計画課長）＞, 【山本 / 委員】, ○( / 西村座長) 本日は…, ○ / 中川委員　…. The line opens a
        bracket it does not close, or is a mark and a label without its end — or a marked line
        the extractor broke at the page's width, an office and the start of its person's name
        (○ 経済産業省…課　平 / 田企画官　…); joined with the next line (blank lines between) it
        is a header whose label runs across the break."""
        unfinished = _unfinished_label(stripped)
        if len(stripped) > 40 or ends_sentence(stripped) or not (unfinished or self.label_at_width(stripped)):
            return False
        if stripped[0] in MARKS and _marked_heading(stripped):
            return False  # ■開会 / 事務局, ■議事概要 / 会長：…, ■会議の要旨 / 保険年金課長：…: a label of its own below
        lines = self.src.lines
        j = self.next_text_at(i)
        if j is None:
            return False
        nxt = lines[j].text.strip()
        if (nxt[0] in HEADER_OPENERS or stripped[0] in HEADING_MARKS and stripped[1:].strip()
                and stripped[1:].strip()[0] not in OPEN) and self.header(nxt) is not None:
            # ■パネルディスカッション / コーディネーター（川辺） それでは…: a heading's mark before words,
            # then a line that reads as a header by itself — the section's heading above its first turn
            return False
        found = self.header(stripped + nxt)
        if found is None or not unfinished and len(found[2] or "") >= len(nxt):
            return False  # at the width, the label must run onto the next line
        for k in range(i, j):
            self.set_fate(k, "blank" if k > i else "point")
        self.skip_to = j
        self.last_was_header = False
        self.take_header(j, lines[j], stripped[0], found)
        return True

    def next_text_at(self: LineParser, i: int) -> int | None:
        """The next line with text after line ``i``, three lines on at most (blank lines between)."""
        lines = self.src.lines
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].text.strip():
            j += 1
        return j if j < len(lines) and j <= i + 3 else None

    def label_at_width(self: LineParser, stripped: str) -> bool:
        """A marked line as long as the page's width (``wrap_width``, or a page's least where
        the file tells none): the extractor may have broken it inside its label."""
        return stripped[0] in MARKS and len(stripped) >= (self.wrap or _PAGE_WIDTH_LEAST)

    def stacked_labels_step(self: LineParser, i: int) -> bool:
        """Labels pdftotext's default order stacked above their speeches (a speaker | speech table whose
        label column it read as a block of its own; a page of short turns typed ``label<TAB>speech`` whose
        labels it read as a column): ``審査委員長（有馬）`` / ``証人`` / ``申立人代理人（葛城）`` / blank /
        speech / speech / speech. Paired in order — the k-th label speaks the k-th speech, each pairing
        with its evidence (the point's ``speaker_why``) — only when the counts agree; otherwise the labels
        and the lines they could speak are unread, never glued under one speaker. A speech is the lines
        up to one that ends a sentence (its wrapped last line, ``す。``, goes with it); a label broken over
        two lines (``司会（事務局`` / ``宮下室長）``) is one label; a short line ending a sentence among the
        labels (``ります。``) is the wrapped tail of the speech of the label above it (a turn typed without
        the hanging indent), whose words stop short of a sentence's end for it. Blank lines, a stage
        direction in brackets (（以上）) and a piece of the title (議事録) may stand between the labels and
        the speeches; a run of labels short of speeches goes on over the next run of labels alone
        (pdftotext cuts one table in two)."""
        found = self.stacked_region(i)
        if found is None:
            return False
        labels, between, speeches = found
        lines, view = self.src.lines, self.view.stripped
        said = _speeches(view, speeches, [label.tail is not None for label in labels])
        if not self.seen_speaker and not (speeches and all(_HIRAGANA.search(view[k]) for k in speeches)):
            return False  # before the first speaker, a stack over lines of speech (a roster of names is the front's)
        if self.label_above_reply(i, labels[0], said is not None):
            return False  # a label alone above its words, read as it stands
        self.close()
        last = speeches[-1] if speeches else max(labels[-1].lines)
        self.stacked_between(i, last, between)
        if said is None:
            for k in sorted([k for label in labels for k in label.lines] + speeches):
                self.unread(k, lines[k], N_("labels stacked apart from their speeches whose counts differ: "
                                            "whose words each line is cannot be told"))
            return True
        self.stacked_pairs(labels, said)
        return True

    def label_above_reply(self: LineParser, i: int, first: _Stacked, paired: bool) -> bool:
        """Line ``i``, right under a line of speech that ends its sentence (no block of its own), is a label
        alone above its words, no stack, when the short line below it taken for a tail is a reply of its own —
        the stack does not pair (…でしょうか。 / 江見課長補佐 / はい、聞こえております。 / 真柴委員), or the line
        holds a clause's comma (はい、届いております。: a wrapped tail, ております。, is a sentence's end alone)."""
        view = self.view.stripped
        return (first.tail is not None and i > 0 and bool(view[i - 1]) and ends_sentence(view[i - 1])
                and (not paired or "、" in view[first.tail]))

    def stacked_between(self: LineParser, i: int, last: int, between: list[int]) -> None:
        """The stack's lines that are no label's nor speech's, from line ``i`` to ``last``: blank; a stage
        direction (（以上）); a piece of the title (議事録: front before any speech, else furniture)."""
        view = self.view.stripped
        for k in range(i, last + 1):
            if not view[k]:
                self.set_fate(k, "blank")
        for k in between:
            self.set_fate(k, "stage" if view[k][0] in OPEN else "front" if not self.spoke else "furniture")
        self.skip_to = max(self.skip_to, last)
        self.last_was_header = False

    def stacked_pairs(self: LineParser, labels: list[_Stacked], said: list[list[int]]) -> None:
        """The k-th label speaks the k-th speech (its lines, then its tail set among the labels), with the evidence."""
        lines, view = self.src.lines, self.view.stripped
        for n, (label, words) in enumerate(zip(labels, said), 1):
            for k in label.lines:
                self.set_fate(k, "point")
            j = words[0]
            self.at = j
            self.take_header(j, lines[j], view[label.lines[0]][0], (BUILTIN_SHAPES[0], label.speaker, view[j]))
            for k in words[1:] + ([label.tail] if label.tail is not None else []):
                self.extend(k, lines[k])
            if self.cur is not None:
                shown = "".join(view[k] for k in label.lines)
                self.cur.why = (f"stacked label {n} of {len(labels)} (line {lines[label.lines[0]].number}: {shown}) "
                                f"paired in order with line {lines[j].number}: the counts agree")

    def stacked_region(self: LineParser, i: int) -> tuple[list[_Stacked], list[int], list[int]] | None:
        """The labels stacked from line ``i`` (two at least; three before the first speaker), the lines
        between them and the speeches (a stage direction, a piece of the title), and the lines of speech
        below them, blank lines between: ``None`` where line ``i`` opens no such stack."""
        view = self.view.stripped
        end = len(view)
        if i + 1 >= end or not view[i + 1] or len(view[i + 1]) > _STACKED_LABEL_MAX:
            return None  # the cheap test first: a second short line right below
        labels: list[_Stacked] = []
        between: list[int] = []
        speeches: list[int] = []
        k = i
        while True:
            run, k = self.stacked_run(k)
            if not run or not labels and len(run) < (2 if self.seen_speaker else 3) or k >= end:
                break
            gap, after = _between(view, k)
            if after >= end or after == k or view[after - 1]:
                break  # pdftotext sets a blank line between the column of labels and the speeches
            k = after
            words, k = self.stacked_words(k)
            labels += run
            between += gap
            speeches += words
            if len(speeches) >= len(labels):
                break  # every label has its line: the stack is over
            while k < end and not view[k]:
                k += 1  # short of speeches: a run of labels alone below goes on the stack
        if not labels or len(labels) < 2 or not self.seen_speaker and len(labels) < 3:
            return None
        return labels, between, speeches

    def stacked_run(self: LineParser, k: int) -> tuple[list[_Stacked], int]:
        """The labels alone from line ``k`` on, one a line — or broken over two (``司会（事務局`` /
        ``宮下室長）``), or with a wrapped tail of their speech below (``ります。``) — and the line after them."""
        view = self.view.stripped
        end = len(view)
        run: list[_Stacked] = []
        while k < end and view[k]:
            text = view[k]
            if k + 1 < end and view[k + 1] and _broken_label(text, view[k + 1]) and (
                    sp := self.stacked_label_alone(text + view[k + 1])) is not None:
                run.append(_Stacked([k, k + 1], sp))
                k += 2
            elif (sp := self.stacked_label_alone(text)) is not None:
                run.append(_Stacked([k], sp))
                k += 1
            elif run and run[-1].tail is None and _wrapped_tail(text):
                run[-1].tail = k
                k += 1
            else:
                break
        return run, k

    def stacked_words(self: LineParser, k: int) -> tuple[list[int], int]:
        """After blank lines from line ``k``: the lines of speech up to a blank line, a mark, a
        bracket or a label alone, and the line after them."""
        view = self.view.stripped
        end = len(view)
        while k < end and not view[k]:
            k += 1
        words = []
        while k < end and view[k] and view[k][0] not in MARKS and view[k][0] not in OPEN \
                and self.stacked_label_alone(view[k]) is None:
            words.append(k)
            k += 1
        return words, k

    def stacked_label_alone(self: LineParser, text: str) -> Speaker | None:
        """A speaker's label alone on its line, short, of a title the role table knows and no kana
        (証人, 申立人代理人（葛城）, ○座長（石田）): a label such a stack holds."""
        if not text or len(text) > _STACKED_LABEL_MAX or _HIRAGANA.search(text):
            return None
        marked = text[0] in MARKS
        body = text[1:].strip() if marked else text
        if not body or _SPACES.search(body) or body[0] in OPEN:
            return None
        sp = self.split_label(body, marked)
        return sp if sp is not None and sp.title else None
