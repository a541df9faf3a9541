# mypy: disable-error-code="misc"
"""Closing, page furniture and headings between turns: the end of the turns, a signature, running
heads, stage directions, headings and section words.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    back, front_block, pending, speaker

and reads (set in ``LineParser.__init__`` or by other steps):

    closed, cur, group, heads, in_body, out, press, seen_speaker, trail, trail_at, trailer
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Direction, Line
from ..text import UNIT_ENDS
from .front import CLOCK_LINE, TIME_ALONE
from .patterns import NUMBERED
from .forms import AGENDA_WORDS, CLOSE, DASH_CLASS, GROUP_SENTENCE_END, RULE_CHARS, SECTION_WORD_MAX, heading_like
from . import forms as _forms, groups, numbering
from .furniture import is_signature, sign_tail
from .paragraphs import ends_sentence, strip_directions
from .shapes import BUILTIN_SHAPES
from .title_first import title_proceeding
from .native import trait

if TYPE_CHECKING:
    from ..model import Speaker
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_ADJOURNED = _forms.ADJOURNED
_AGENDA = _forms.AGENDA
_AGENDA_SPACED = _forms.AGENDA_SPACED
_CIRCLE = _forms.CIRCLE
_END_MARK = _forms.END_MARK
_HEADING = _forms.HEADING
_HIRAGANA = _forms.HIRAGANA
_INLINE_STAGE = _forms.INLINE_STAGE
_ITEM_HEADING = _forms.ITEM_HEADING
_ITEM_OPENING = _forms.ITEM_OPENING
_ITEM_START = _forms.ITEM_START
#: the longest second line of an item's heading broken at the width (ついて, ター運営規則の一部改正について)
_WRAPPED_TAIL = 30
_NUMBER_IN_SENTENCE = _forms.NUMBER_IN_SENTENCE
_OPEN = _forms.OPEN
_SIGN_SENTENCE = _forms.SIGN_SENTENCE
_SPACED_WORD = _forms.SPACED_WORD
_SPACES = _forms.SPACE_RUN
_SPEECH_ACT = _forms.SPEECH_ACT


_STAGE = re.compile(r"^[（(].*[）)]$")
_RESULT_LINE = _forms.RESULT_LINE
#: a turn's sentence in a speaker's polite voice at its end (…ます。 …ですか。 …ください。)
_POLITE_END = re.compile(r"(?:ます|です|ません|でした|ました|ください|か)[。？?]?[）)」]?$")
#: a ○ head's longest words (○会長あいさつ, ○報告事項について)
_CIRCLE_HEAD_MAX = 16
#: what no ○ head holds: a comma, a stop, a speaker named with から/より, a particle or a verb's end last
_CIRCLE_HEAD_NOT = re.compile(r"[、。，,．！？]|から|より|[をにでとがはもへ]$|[たするい]$")
#: the office that wrote the record, named under its end (以上): みなみ町議会事務局, あおい市議会事務局　議事調査課
_AUTHOR_OFFICE = re.compile(rf"^[^。、「」（）()\s\u3000]{{2,20}}?(?:事務局|[{UNIT_ENDS}])"
                            rf"(?:[\s\u3000]+[^。、「」\s\u3000]{{1,12}}(?:[{UNIT_ENDS}]|担当))?$")
#: a line framed by dashes on both sides, words and no sentence between (―休憩―, ――グループワーク――)
_FRAMED = re.compile(rf"^(?P<open>[{DASH_CLASS}]+)[ \u3000]*(?P<inner>[^。、{DASH_CLASS}\s\u3000]{{1,20}}"
                     rf"(?:[ \u3000][^。、{DASH_CLASS}\s\u3000]{{1,20}})?)[ \u3000]*(?P<close>[{DASH_CLASS}]+)$")
_STAGE_WORD = re.compile(_forms.STAGE_WORDS)
#: a note of the record framed by stars, two at least a side, spaced or not: ＊＊＊（非公開部分は掲載を省略）＊＊＊,
#: ＊ ＊ ＊（以下略）＊ ＊ ＊ (pdforder20) — what the record says of the proceedings, nobody's speech
_STARRED = re.compile(rf"^(?P<open>(?:[{_forms.FRAME_STARS}][ \u3000]*){{2,}})(?P<inner>[^。{_forms.FRAME_STARS}]{{1,40}}?)"
                      rf"[ \u3000]*(?P<close>(?:[{_forms.FRAME_STARS}][ \u3000]*){{2,}})$")
_RULE = re.compile(rf"^[{re.escape(RULE_CHARS)}ー・\s\u3000]{{3,}}$")
#: the last character of a line that can be a group's heading: its noun's (意見, 発言, 質問,
#: コメント, 指摘, 質疑, 要望, 回答, 説明, 提案), 等/など, 概要/要旨/内容, a bracket or a colon;
#: or the end of the sentence that names it (…以下のとおり。)
_GROUP_LAST = frozenset("見言問ト摘疑望答明案等ど要旨容換議）)】〕＞>］]》〉：:")
_GROUP_HEADING = re.compile(r"^(?P<who>[^、。「」]{1,20}?)(?:から|より)の?(?:主な|おもな)?"
                            r"(?:御|ご)?(?:意見|発言|質問|コメント|指摘)(?:等|など)?(?:の概要|の要旨)?$")


#: a word naming a section of the proceedings, alone on its line between turns (議事, 質疑,
#: 意見交換, 質疑応答, 報告事項, 質疑・意見): the record's heading, no speaker's words
_SECTION_WORD = re.compile(
    r"(?:議事|議題|議案審議|(?:自由|全体)?(?:質疑(?:応答)?|意見交換|討議)|質問|意見|協議|審議|報告|説明|その他|開会|閉会"
    r"|(?:関係(?:者|団体))?(?:ヒアリング|意見聴取)"
    r"|散会|閉議|延会|挨拶|あいさつ|(?:開会|閉会)の?(?:挨拶|あいさつ)"
    r"|(?:報告|協議|審議|議決)事項)(?:(?:[・、と]|及び|および)(?:質疑(?:応答)?|質問|意見交換|意見|回答|答弁|討議|協議|審議|報告|説明))?")


#: the word that ends a sitting, alone on its line (its spaces taken off)
_ADJOURN_WORD = re.compile(r"閉会|散会|閉議|延会")


def section_word(text: str) -> bool:
    """質疑, 意見交換, 報告事項, 質疑・意見 alone on the line: the name of a section of the
    proceedings (the cheap test is the line's length)."""
    return len(text) <= SECTION_WORD_MAX and _SECTION_WORD.fullmatch(_SPACES.sub("", text)) is not None


def _spaced_agenda_word(text: str) -> bool:
    """挨　拶, 閉　会: a word of the agenda spelled apart is a heading too."""
    return bool(_SPACED_WORD.match(text)) and _SPACES.sub("", text) in AGENDA_WORDS
_CLOCK_LAST = frozenset("会議了始開憩た）)分時 \u3000")  # the last character a clock line can have
#: the last characters of the short lines ``end_step`` may take in the body: a clock line's, a group's heading's
_QUIET_LAST = _CLOCK_LAST | _GROUP_LAST


#: the parts of a document a bracketed label opens (（別紙）, （参考資料２）, （議題２）, （添付）): back
#: matter below it
_DOCUMENT_PART = re.compile(r"参考|別紙|資料|添付|付録|附録|議題|別添|別表|附属|様式|備考|出典|目次|名簿|次第|注記?$")


def _acted(inner: str) -> bool:
    """A bracketed line's words name an act, not a part of the document: no noun of a part of
    the document (参考, 別紙, 資料, 添付, 付録, 議題, 別添 …), and no section of the proceedings
    named alone (（質疑応答）, （審議）: ``section_word``) — the witness's oath (証人宣誓), who comes
    in or leaves (説明者入室, 申請者退室), who arrives (水野分科会長 到着), the panel conferring
    (審査員協議), the clock (午前１０時４２分).

    >>> [_acted(w) for w in ("証人宣誓", "申請者退室", "水野分科会長　到着", "審査員協議", "午前１０時４２分")]
    [True, True, True, True, True]
    >>> [_acted(w) for w in ("別紙", "参考資料２", "議題２", "添付", "質疑応答", "審議")]
    [False, False, False, False, False, False]
    """
    return _DOCUMENT_PART.search(inner) is None and not section_word(_SPACES.sub("", inner))


@trait
class ClosingSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    back: bool
    front_block: str | None
    pending: list[Speaker]
    speaker: Speaker | None

    # records that narrate who acted (acted.py) -------------------------------------------------
    def furniture_at(self: LineParser, i: int, text: str) -> bool:
        """Line ``i`` (its text stripped) is a page number or a running head."""
        return i in self.view.page_numbers or i in self.heads

    @staticmethod
    def closing_heading(text: str) -> bool:
        """A heading after the turns: numbered, short, no sentence (５　今後の予定, （３）その他)."""
        return len(text) <= 30 and not ends_sentence(text) and (
            NUMBERED.match(text) is not None or _AGENDA.match(text) is not None or _AGENDA_SPACED.match(text) is not None
            or (num := numbering.item(text)) is not None and num.level <= 1)  # Ⅵ　次回開催

    def end_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """The end of the meeting, page furniture, or the signature block after the turns; on a
        short line, a heading naming the group whose opinions follow (or a topic's under it)."""
        if (self.closed or ("署" in stripped or "証" in stripped or "押印" in stripped or "記名" in stripped)
                and _SIGN_SENTENCE.search(stripped)) and is_signature(stripped) or i >= self.trailer and self.signing(i):
            self.end_turns()  # 上記のとおり…署名する。 closes the record wherever it stands
            self.set_fate(i, "furniture")
            return True
        last = stripped[-1]
        if self.press and self.press_step(i, line, stripped):
            return True
        return (self.closing_step(i, line, stripped) or self.furniture_step(i, line, stripped)
                or len(stripped) <= 30 and (last in _GROUP_LAST or self.group is not None or last in "。り"
                                            and stripped.endswith(GROUP_SENTENCE_END))
                and self.anonymous_step(i, line, stripped))

    def ends_nothing(self: LineParser, stripped: str) -> bool:
        """The gate of ``end_step`` (and ``short_step``) on a line of the body (``LineParser.speech_only``
        asks it of a line no longer than a short step's, in the body, before the trailer, outside
        the running heads, at no press conference, its first character a rule's or a mark's
        neither): over 13 characters or ending in 。 (no page number, no 以上), the turns not closed, no group's
        heading above, no word of a signature (署 証 押印 記名), no last character of a clock
        line or of a group's heading (``_QUIET_LAST``) nor a heading's sentence end. What it lets
        go, ``end_step`` lets go (tests/test_speech_gate.py)."""
        last = stripped[-1]
        return ((len(stripped) > 13 or last == "。") and not self.closed and self.group is None and last not in _QUIET_LAST
                and not (last in "。り" and stripped.endswith(GROUP_SENTENCE_END)) and "署" not in stripped
                and "証" not in stripped and "押印" not in stripped and "記名" not in stripped)

    def signing(self: LineParser, i: int) -> bool:
        """Line ``i`` is half of a signature's sentence broken at the page's width (pdftotext:
        「…議長及び出席し」 / 「た監事は次に記名押印する。」): the line below ends it, or the line
        above began it."""
        stripped = self.view.stripped
        return (i + 1 < len(stripped) and sign_tail(stripped[i], stripped[i + 1])
                or i > 0 and sign_tail(stripped[i - 1], stripped[i]))

    def closing_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """午前１１時５６分閉会 (or 開議, 休憩, 再開): the record's clock, nobody's speech; the
        turns before it are over. Before the body it ends an attendee list."""
        if not (len(stripped) <= 30 and stripped[-1] in _CLOCK_LAST and CLOCK_LINE.match(stripped)):
            if self.in_body or self.front_block != "attendees" or not TIME_ALONE.match(stripped):
                return False  # 13時16分 alone under the attendees: the record's clock, the list is over
        if self.in_body:
            self.end_turns()
            self.set_fate(i, "narrative")
        else:
            self.open("front", i, line, stripped)
            self.front_block = None
        return True

    def furniture_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Page numbers, running heads, the footer after the last turn, 以上."""
        if i >= self.trailer or i in self.heads or i in self.view.page_numbers:
            self.set_fate(i, "furniture")
            return True
        if stripped[0] in RULE_CHARS and _RULE.match(stripped):
            self.close()  # a rule ends the paragraph, not the turn
            self.set_fate(i, "furniture")
            return True
        if self.in_body and len(stripped) <= 12 and _END_MARK.match(stripped):
            self.end_turns()
            self.set_fate(i, "furniture")
            return True
        if self.closed and _AUTHOR_OFFICE.match(stripped) and "。" not in self.text_below(i):
            # みなみ町議会事務局 under the record's 以上: who wrote it, back matter — not a label with
            # speech below it (事務局 over the secretariat's last words after a table's 終了 row)
            self.set_fate(i, "front")
            return True
        return False

    def framed_stage_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A stage line framed by dashes (``―休憩―``, ``――グループワーク――``, ``－ 休憩 －``) or by stars, two a
        side at least (``＊＊＊（非公開部分は掲載を省略）＊＊＊``: pdforder20): what the
        meeting did between the turns, nobody's point and no label — a stage word inside the dashes
        (as in brackets: ``（休憩）``), or dashes doubled on both sides around words no speaker's
        label reads (a single dash frames a label, ``－北村委員－``, or a section's heading,
        ``-質疑・意見-``)."""
        m = _FRAMED.match(stripped)
        if m is None and stripped[0] in _forms.FRAME_STARS and self.in_body and (m := _STARRED.match(stripped)) and (
                self.split_label(m["inner"].strip(), True) is None):  # **山田委員** (Markdown's bold): a label
            self.close()  # stars frame no label: the record's note between the turns (a part left out, 非公開)
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, stripped))
            return True
        if m is None or not self.in_body or _END_MARK.match(stripped):
            return False
        inner = m["inner"]
        if _STAGE_WORD.search(inner) is None and not (
                len(m["open"]) >= 2 and len(m["close"]) >= 2 and self.split_label(inner, True) is None):
            return False
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))
        return True

    def section_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A bracketed label that names no speaker after the turns began (【参考】, ＜別紙＞,
        （別紙）, 【資料】, ＜議題２＞): it ends the turn, and what stands under it up to the
        next header is no one's speech (back matter, fate ``front``). A label that names
        speakers with から/より (【委員からの主な意見】) hands the bullets below to them."""
        if not (self.seen_speaker and stripped[0] in _OPEN and stripped[-1] in CLOSE
                and len(stripped) <= 40 and "。" not in stripped):
            return False
        inner = stripped[1:-1].strip()
        if not inner or CLOSE[_OPEN.index(stripped[0])] != stripped[-1]:
            return False
        staged = self.bracketed_stage(i, line, stripped, inner)
        if staged is not None:
            return staged
        group = _GROUP_HEADING.match(_SPACES.sub("", inner))
        sp = self.split_label(group["who"], True) if group else None
        if sp is not None:
            self.take_header(i, line, stripped[0], (BUILTIN_SHAPES[0], sp, None))
            return True
        if self.heads_below(i, line, stripped):
            return True
        if self.acted and self.turn_follows(i):
            # 【報告事項】, 【主な意見】 over the reports of a record that narrates who acted, or over
            # labelled turns after them: a heading of the body (narrated16; it was back matter)
            return self.agenda_heading(i, line)
        self.end_turns()
        self.back = True
        self.open("back", i, line, stripped)
        return True

    def bracketed_stage(self: LineParser, i: int, line: Line, stripped: str, inner: str) -> bool | None:
        """``section_step``'s stage directions: True when the bracketed line is one (recorded), False
        when it is no section's label (a number, a direction read elsewhere), None to read on."""
        adjourned = _ADJOURNED.match(stripped)
        if adjourned or _INLINE_STAGE.search("（" + inner + "）"):
            # 【資料投影】, 〔拍手〕: a stage direction in other brackets; （閉会） ends the turns
            if adjourned:
                self.end_turns()
            else:
                self.close()
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, stripped))
            return True
        if stripped[0] in "（(" and (NUMBERED.match(stripped) or _HIRAGANA.search(inner)
                                    or _SPEECH_ACT.search(inner)):
            return False  # （１）, （資料１に基づき説明）: a number, or a stage direction
        if stripped[0] in "（(" and _acted(inner):
            # （証人宣誓）, （説明者入室）, （水野分科会長 到着）: an act in a stage direction's round
            # brackets, no part of the document: the reading goes on below it
            self.close()
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, stripped))
            return True
        return None

    def heads_below(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """【質疑】, 〔主な意見〕 above the heads that name whose bullets follow (＜北部医師会＞): a
        heading of opinions that names no group is the agenda's, not back matter; the heads
        below say whose the words are (``header_below``)."""
        if not (groups.group_heading(stripped, self.roles) or groups.both_sides(stripped)) or not self.header_below(i):
            return False
        return self.agenda_heading(i, line)

    def heading_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A heading between turns (■意見交換, ２．会長あいさつ, 〔意見等〕): the agenda of the
        body, nobody's point; the next turn names its speaker."""
        if not (self.seen_speaker and not self.pending and self.heading_form(stripped, i)
                and self.turn_follows(i)):
            return False
        return self.agenda_heading(i, line)

    def wrapped_item_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """An item of business as a heading broken at the page's or the column's width
        (``日程第３　報告第５号　町民プールの利用状況に`` / ``ついて``, ``日程第２　議案第１８号　…セン`` /
        ``ター運営規則の一部改正について``) between turns: both lines the agenda's, when they read as
        one heading joined (``ITEM_HEADING``), the second short with no sentence and no header, the
        turn above finished and a turn following. The cheap test is the caller's (an item's first
        character, no 。) and how an item opens (``ITEM_OPENING``)."""
        lines = self.src.lines
        if not (self.seen_speaker and not self.pending and i + 1 < len(lines) and _ITEM_OPENING.match(stripped)):
            return False
        tail = lines[i + 1].text.strip()
        if not tail or len(tail) > _WRAPPED_TAIL or "。" in tail or "、" in tail or i + 1 in self.heads:
            return False
        if self.cur is not None and not ends_sentence(self.tail()) or not _ITEM_HEADING.match(stripped + tail):
            return False
        if self.header_at(i + 1, tail) is not None or not self.turn_follows(i + 1):
            return False
        self.agenda_heading(i, line)
        self.add("agenda", i + 1, lines[i + 1])
        self.skip_to = i + 1
        return True

    def agenda_heading(self: LineParser, i: int, line: Line) -> bool:
        """The line is a heading of the agenda between turns: no one holds the floor below it
        until a header names who does."""
        self.close()
        self.speaker = None
        self.pending = []
        self.add("agenda", i, line)
        return True

    def between_turns_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A heading between turns (``heading_step``) or a section's word alone
        (``section_word_step``) or an item's heading broken at the width (``wrapped_item_step``),
        each behind its cheap test (the caller's, ``parser._may_head``)."""
        return (heading_like(stripped) and self.heading_step(i, line, stripped)
                or len(stripped) <= SECTION_WORD_MAX and self.section_word_step(i, line, stripped)
                or stripped[0] in _ITEM_START and "。" not in stripped and self.wrapped_item_step(i, line, stripped))

    def section_word_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A word naming a section of the proceedings alone on its line between turns (``質疑``,
        ``意見交換``, ``議事`` — no mark, no number, as many towns' records type them; a title and
        what is done to it, ``副会長　選出``, ``title_first.title_proceeding``): a heading
        of the body, not the end of the turn above, when that turn's sentence is finished
        (else the word is its wrapped tail) and a turn follows."""
        # the open sentence first: a short line under an unfinished one is its wrapped tail (たい。),
        # told without the word's two regexes
        if not (self.seen_speaker and not self.pending) or self.cur is not None and not ends_sentence(self.tail()):
            return False
        if not (section_word(stripped) or title_proceeding(stripped, self.roles.split)):
            return False
        if not self.turn_follows(i):
            return self.adjourned_step(i, line, stripped)
        self.close()
        self.speaker = None
        self.add("agenda", i, line)
        return True

    def adjourned_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """The word that ends the sitting alone on its line (閉会, 散　会) with no turn below it before
        the signature block and the footer: the record's end — agenda, the turns closed (before,
        the last speaker's point)."""
        lines = self.src.lines
        if _ADJOURN_WORD.fullmatch(_SPACES.sub("", stripped)) is None or any(
                (t := lines[j].text.strip()) and self.header_at(j, t) is not None for j in range(i + 1, self.trailer)):
            return False
        self.end_turns()
        self.add("agenda", i, line)
        return True

    def heading_form(self: LineParser, text: str, i: int, chained: bool = False) -> bool:
        """A mark, a number or brackets before a short label that is no sentence, unlike the
        bullets of the turn before it (their mark or numbering is not the heading's). A
        numbered one stands apart (after a blank line or a page break) or names an item of
        the agenda (あいさつ, その他 …): a speaker's numbered sub-points do neither."""
        m = NUMBERED.match(text)
        if m:
            label = text[m.end():]
            if len(label) > 24 or "。" in label or "、" in label or _NUMBER_IN_SENTENCE.match(label):
                return False
            if not (chained or self.heads_here(i) or any(w in label for w in AGENDA_WORDS + ("あいさつ",))):
                return False  # a sub-heading right under a heading (３　報告事項 / （１）…) is chained
        elif not (_HEADING.match(text) or _spaced_agenda_word(text) or _ITEM_HEADING.match(text)):
            return False
        last = self.cur or (self.out.paras[-1] if self.out.paras else None)
        if last is None or last.kind != "point" or not last.marked:
            return True
        before = last.lines[0].text.strip()
        return not (before[:1] == text[0] or m and NUMBERED.match(before))

    def heads_here(self: LineParser, i: int) -> bool:
        """A numbered line may head what follows where it stands: apart (a blank line or a page
        break above it), under an agenda line, right under a point its label closed
        (…。（野々村構成員）: no sub-point of it) or right above a point named after it."""
        return (self.apart(i) or self.out.fate[i - 1] == "agenda" or i - 1 in self.trail_at
                or self.trail is not None and i + 1 in self.trail.firsts)

    def voice(self: LineParser, i: int, line: Line, stripped: str) -> None:
        """異議なし on a line of its own, with no speaker (the floor answering the chair, a row
        of a table whose speaker cell is empty): a stage direction, as （「異議なし」の声あり） is."""
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))

    def stage_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """（拍手） on its own line: recorded, never a point."""
        if not (self.in_body and _STAGE.match(stripped) and not NUMBERED.match(stripped)):
            return False
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))
        return True

    def result_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A result the narrator records on a line of its own inside a speaker's run of speech
        (``（議長）…原案のとおり可決してよろしいですか。`` / ``議案第４２号は原案のとおり可決された。``):
        the record's narrative, no part of the turn above — the item as the subject and the
        vote's result in the plain past (``RESULT_LINE``) where the turn speaks politely (its
        last sentence ends in です, ます or か: a speaker says 可決されました). Before, the
        chair's speech."""
        above = self.cur or (self.out.paras[-1] if self.out.paras else None)
        if above is None or above.kind != "point" or self.speaker is None or self.speaker is not self.header_speaker:
            return False
        if not _RESULT_LINE.match(stripped) or not _POLITE_END.search(
                above.first if len(above.lines) == 1 else above.lines[-1].text.rstrip()):
            return False
        self.add("narrative", i, line)
        return True

    def circle_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A ○ sentence: read when whole (an introducer, a reported remark or a bullet)."""
        if not _CIRCLE.match(stripped):
            return False
        if self.circle_head(i, stripped):  # (under the attendees' label too: the list ends there)
            # ○開会 / 事務局から、資料の確認があった。: a head, no part of the sentence below
            self.start_body()
            self.front_block = None
            return self.agenda_heading(i, line)
        if not (self.in_body or self.seen_speaker or self.front_block != "attendees"
                or self.introduced(stripped if "。" in stripped else self.first_sentence(i)) is not None):
            return False  # (○ 大野会長　より、開会のあいさつ。 below the attendees: the proceedings, no attendee)
        self.start_body()
        self.open("circle", i, line, stripped, marked=True)
        return True

    def circle_head(self: LineParser, i: int, stripped: str) -> bool:
        """A ○ line that heads what stands below it (``○開会``, ``○会長あいさつ``, ``○議事``, ``○その他``):
        a few words of no sentence — no comma, no stop, no speaker named with から/より, no particle
        at its end, no speaker's label — with a sentence below it that opens on its own (a
        speaker named as a report names one: ``事務局から、資料の確認があった。``), no line of the
        ○ sentence broken at the width. Before, the two were one ○ sentence (the speaker
        ``議事田村委員``, ``その他事務局``) or narrative."""
        words = _CIRCLE.sub("", stripped)
        if not words or len(words) > _CIRCLE_HEAD_MAX or _CIRCLE_HEAD_NOT.search(words) or self.roles.split(words) is not None:
            return False
        if self.header(stripped) is not None:
            return False  # ○委員長（北野） alone above its speech: a speaker's label, whatever its speech names
        below = self.next_text(i)
        if not below or below[0] in "○〇◯":
            return False
        return self.agent_of(below if "。" in below else self.first_sentence(i + 1)) is not None

    def directions(self: LineParser, line: Line, text: str) -> tuple[str, list[str]]:
        clean, found = strip_directions(text)
        for d in found:
            self.out.directions.append(Direction(line.number, d))
        return clean, found

    def strip_cur_directions(self: LineParser) -> None:
        """Take the stage directions out of the open paragraph's newest line."""
        cur = self.cur
        if cur is None or cur.kind != "point":
            return
        line = cur.lines[-1]
        source = cur.first if len(cur.lines) == 1 else line.text
        if "（" not in source and "(" not in source:
            return
        clean, found = self.directions(line, source)
        if not found:
            return
        if len(cur.lines) == 1:
            cur.first = clean
        else:
            cur.lines[-1] = Line(clean, line.number, line.page)
