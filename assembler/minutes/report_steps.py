# mypy: disable-error-code="misc"
"""Reports, introducers and prose: sentences that name who spoke (…から説明があった), the bullets an introducer
heads, narrated acts, statements and press conferences, trailing labels.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    front_block, header_speaker, in_body, last_was_header, pending, prose, report_speaker,
    seen_speaker, skip_to, speaker, statement_head, statement_items

and reads (set in ``LineParser.__init__`` or by other steps):

    acted, bullet_start, bullets, cur, gap, heads, labels, last_named, named, out, press, roles,
    src, trail_at, whole
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Direction, Line, Speaker
from ..text import DASHES
from . import acted, groups, numbering, press, prose
from .patterns import NUMBERED
from .forms import CLOSE, HEADER_OPENERS, POINT_MARKS, SPOKEN
from . import forms as _forms
from .front import title_heading
from .paragraphs import ends_sentence, indent_width, join_lines
from .parsed import Said, Para
from .prose import Told
from .roles import HONORIFIC, UNIT_HEAD
from .native import trait

if TYPE_CHECKING:
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_BODY_NAME = _forms.BODY_NAME
#: who attends, unnamed, as a report names them alone (出席者から、…との意見があった): a member by
#: role — not a title of the role table, where a body's 出席者 (財務省の出席者) speaks for the body
_ANYONE = frozenset(("出席者", "出席委員", "出席理事", "出席評議員", "出席会員"))
_CIRCLE = _forms.CIRCLE
_COMMAS = _forms.COMMAS
_HEADING = _forms.HEADING
_ITEM_HEADING = _forms.ITEM_HEADING
_ITEM_PRESENTER = _forms.ITEM_PRESENTER
_NARRATIVE_VOICE = _forms.NARRATIVE_VOICE
_NUMBER_IN_SENTENCE = _forms.NUMBER_IN_SENTENCE
_PRESENTED_ITEM = _forms.PRESENTED_ITEM
_HIRAGANA = _forms.HIRAGANA
_SPEECH_ACT = _forms.SPEECH_ACT
_STAGE_LINE = _forms.STAGE_LINE
_STAGE_RUN = _forms.STAGE_RUN
_SUBJECT = _forms.SUBJECT
_SUBJECT_HINT = _forms.SUBJECT_HINT


# A note framed by dashes on both sides (－資料１に基づき事務局から説明－); not the long vowel ー
_DASHES = frozenset(DASHES)
_DASH_FRAME = re.compile(rf"[{_forms.DASH_CLASS}]+[\s\u3000]*(.+?)[\s\u3000]*[{_forms.DASH_CLASS}]+")
#: how a sentence reporting someone's words ends (…との意見があった。; any noun of speaking: …旨の挨拶があった。)
REPORTED_END = re.compile(
    rf"(?:(?:との|という|といった|旨の?|とする|よう(?:な|との|[^、。]{{0,12}}?に)?|(?<=[\u3041-\u3096」』])と){prose.SPEECH_NOUN}"
    r"|(?<!関)(?<!対)(?:する|した|している)(?:御|ご)?(?:意見|指摘|発言|質問|要望|提案|提言|懸念|主張))"
    r"(?:等|など)?(?:(?:が|も)?(?:あった|あり(?:まし)?た|出された|出た|示された|なされた|寄せられた|述べられた)"
    rf"|{prose.NOTE_END})?。?$"  # or a note's ending: …との意見有り。, or the noun alone: …旨の意見。
)
#: a sentence naming its speaker with から/より that ends in a verb of speaking in the narrator's
#: past after the words it reports (…と述べた, …との見解を述べた, …旨を説明した, …するよう事務局に
#: 求めた): a report, as …との意見があった is — not a verb whose object is no words (資料を説明した)
_SAID_REPORT = re.compile(rf"(?:(?<=[\u3041-\u3096」』])と|との[^。]{{0,24}}?を|旨を?|ことを"
                          rf"|よう(?:[^、。]{{0,12}}?に)?){prose.SAID_STEM}(?:た|ました)。?$")
# A speaker named with から/より, then a speech act (a noun or verb of speaking, ``forms.SPEECH_ACT``) in any form
# (事務局から、…説明があった。 水道部より資料３の概要を説明。), or the act named before the speaker and made after
# them (…旨の説明が事務局からあった。). 「〜からの」 modifies a noun (構成員からの意見を受け、…) and names no agent.
_FROM = re.compile(rf"(?:から|より)(?!の)(?=[はも]?[、,，\s\u3000]|[^、。]*?{_SPEECH_ACT.pattern}|{prose.MADE_AFTER_AGENT})")
#: the act named before its speaker, with が or も (…旨の説明が事務局からあった。 …との意見も委員から出された。)
_ACT_AHEAD = re.compile(rf"{prose.SPEECH_NOUN}(?:等|など)?(?:が|も)[、，]?$")
_MADE = re.compile(prose.MADE_AFTER_AGENT)
#: a section's heading in kanji alone (議事概要, 概要, 議事の概要, 審議経過): no sentence, no speaker
_SECTION_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}(?:の[\u4e00-\u9fff]{2,6})?")
#: a ○ sentence's subject with が (○事務局が、…と説明した。): read as one with は is (``said_by_subject``)
_SUBJECT_GA = re.compile(rf"^(?:{prose.CONNECTIVE}[、,，]?)?"
                         rf"{prose.DETERMINER}?(?P<who>[^\s\u3000、。，,「」『』はがをにのも]{{1,20}}?)が[、,，]")
_SAID_END = re.compile(r"(?:と|との[^。]{0,24}?|旨|ことを|を|べきだと|必要があると|よう(?:[^、。]{0,12}?に)?)"
                       r"(?:述べ|指摘し|発言し|主張し|説明し|質問し|回答し|答え|求め|要望し|提案し|強調し|報告し|"
                       r"紹介し|示し|表明し|言及し|付言し|訴え|話し|語っ|コメントし|共有し|依頼し|要請し|指示し)た。?$|で一致した。?$")
#: 【委員からの主な意見】, ＜構成員からの発言＞: a heading that hands the bullets below to speakers
#: a report's speaker: the name before から/より (not からの, which modifies a noun), or its
#: subject (会長が閉会を宣言した, ある委員は、…と述べた)
_AGENT = re.compile(r"(?:から|より)(?!の)(?:は|も)?[、，,\s\u3000]?")
#: a connective or a time of the meeting written before a report's speaker with no comma (○最後に木村幹事長から、
#: 続いて事務局より、 冒頭に会長から): no part of the speaker's name
_LEAD_CONNECTIVE = re.compile(r"(?:最後に|続いて|次いで|次に|引き続き|冒頭に|冒頭|また|さらに|なお|その後|最初に|はじめに|初めに"
                              r"|これに対し(?:て)?|これを受けて)(?=[^\s\u3000、，])")
#: where a report names its speaker (…から、 …より): a time before it says the words were said before this meeting
_AGENT_AT = re.compile(r"(?:から|より)(?!の)")
#: a time before this meeting, ahead of the one reported (前回会議で委員から, 先日の説明会で住民から)
_BEFORE_NOW = re.compile(r"前回|先日|先般|以前|これまで|過去|昨年度?|前年度?|先の(?:会議|会合|審議|部会)")
_AGENT_WITHIN = 48  # a name before から/より this near the clause's start may be its speaker by place alone
_COMMA_CHARS = frozenset("、，,")
_PROSE_SUBJECT = re.compile(rf"^(?:{prose.CONNECTIVE}[、，]?)?{prose.DETERMINER}?"
                            r"(?P<part>[\u3400-\u9fff\u30a1-\u30faー々]{1,8}の)?"  # the part played: 司会の事務局長が
                            r"(?P<who>[^\s\u3000、。，,「」『』はがをにのも]{1,20}?)(?:は|が)[、，]?")


def _sentences(text: str) -> list[str]:
    """A ○ sentence's sentences (split at 。), the words a frame reports after their last stop
    one with it (``prose.framed_spans``: …である。特に…多い。との意見があった。)."""
    parts = re.split(r"(?<=。)", text)
    if len(parts) < 3 or "。と" not in text and "。旨" not in text:
        return parts
    spans, at = [], 0
    for part in parts:
        spans.append((at, at + len(part)))
        at += len(part)
    return [text[a:b] for a, b in prose.framed_spans(text, spans)]


def _words_before_joint(text: str, at: int) -> str:
    """The words a report quotes when the sentence goes on past its act in the narrator's voice
    (``事務局から、次回は３月に開催する旨連絡し、閉会。``: 次回は３月に開催する); empty otherwise."""
    body = prose.report_body(text, at)
    if body is None or len(body) >= len(text.rstrip()):
        return ""
    how, words = prose.carries(body, at)
    return words if how == "words" else ""


@trait
class ReportSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    front_block: str | None
    header_speaker: Speaker | None
    in_body: bool
    last_was_header: bool
    pending: list[Speaker]
    prose: Para | None
    report_speaker: Speaker | None
    seen_speaker: bool
    skip_to: int
    speaker: Speaker | None
    statement_head: Speaker | None
    statement_items: bool

    def bullet(self: LineParser, text: str) -> int | None:
        """Where the text after a bullet marker starts, or None if the line is no bullet (nor
        a note framed by dashes: －資料２により、事務局から説明－)."""
        if text[-1] in _DASHES and text[0] in _DASHES and len(text) > 2:
            return None
        for rx in self.bullets:
            m = rx.match(text)
            if m:
                return m.end()
        m = NUMBERED.match(text)
        if m and not _NUMBER_IN_SENTENCE.match(text[m.end():]):
            return m.end()
        return None

    def introduced(self: LineParser, text: str) -> tuple[Speaker, bool] | None:
        """The speaker a ○ sentence names with から/より, and whether it reports their words.

        The last sentence that names a speaker and a speech act wins, and within a sentence
        the last から/より before the speech act (the agent nearest the predicate).
        """
        found: tuple[Speaker, bool] | None = None
        for sentence in _sentences(text):  # (…である。特に…多い。との意見があった。: one)
            body = _CIRCLE.sub("", sentence.strip())
            for m in reversed(list(_FROM.finditer(body))):
                before, after = body[: m.start()], body[m.end():]
                label = prose.agent_label(before)  # (a lead-in clause before the name cut off: 議事（２）について、)
                if (lead := _LEAD_CONNECTIVE.match(label)) is not None and lead.end() < len(label):
                    label = label[lead.end():]  # ○また事務局から, ○冒頭事務局より: the connective no part of the name
                ahead = _ACT_AHEAD.search(before, 0, len(before) - len(label)) is not None and _MADE.match(after)
                if not label or not (ahead or _SPEECH_ACT.search(after)):
                    continue
                sp = self.reporter(label)
                if sp is None:
                    continue
                reports = (REPORTED_END.search(body) or _SAID_REPORT.search(body) or ahead and prose.words_ahead(body[: m.end()])
                           or prose.carries(body, m.end())[0] == "words")  # (…旨連絡し、閉会。: whatever the ending)
                found = (sp, bool(reports))
                break
            if found is None and (_SUBJECT_HINT.search(sentence, 0, 40) or "が" in sentence[:24]):
                found = self.said_by_subject(_CIRCLE.sub("", sentence.strip())) or found
        return found

    def two_acts(self: LineParser, text: str) -> bool:
        """A ○ sentence or a bullet that narrates two speakers' acts, one a clause (``prose.clauses``:
        a speaker named with から/より and a speech act, a joint — …があり、 …が示された後、 …あいさつ、続いて —
        then another speaker and their act): ``会長からあいさつがあり、続いて事務局から…報告した。``, read as a
        paragraph of reports is (each clause its speaker's point), not as one introducer's."""
        if not prose.several(text, []):
            return False
        body = _CIRCLE.sub("", text)
        who = [w[0].label for a, b in prose.clauses(body, self.agent_of)
               if (w := self.agent_of(body[a:b])) is not None and prose.carries(body[a:b], w[1])[0] is not None]
        return len(set(who)) >= 2

    def unit_acted(self: LineParser, cur: Para, text: str, sp: Speaker) -> bool:
        """A ○ sentence whose subject is a label with its unit in brackets, then から/より
        (``○　事務局（都市計画課）より、資料２に基づき…を説明。``), that introduces nothing — the next line
        is another marked line or a heading, not the words of its act: the unit's act, a point of its own, as
        the header it looks like made it before (a label's speech ``より、…``) — now the sentence reported."""
        body = _CIRCLE.sub("", text).lstrip(" \u3000")
        if not (sp.label[-1:] in ("）", ")") and body.startswith(sp.label) and _AGENT_AT.match(body, len(sp.label))):
            return False
        below = self.text_below(cur.idx[-1])
        return not below or below[0] in HEADER_OPENERS or numbering.item(below) is not None

    def said_by_subject(self: LineParser, sentence: str) -> tuple[Speaker, bool] | None:
        """A sentence whose subject is a speaker and whose predicate says they spoke: ある委員は、
        …と述べた。 / 座長は、…との見方を示した。 / 委員は、…との認識で一致した。 — a report of
        their words, as summaries that narrate each view print it (the 日本銀行's 主な意見).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> [(sp.label, rep) for sp, rep in map(p.said_by_subject, ["ある委員は、賃金が上がると述べた。",
        ...     "何人かの委員は、注視が必要と指摘した。", "委員は、物価は上がるとの見方で一致した。"])]
        [('委員', True), ('委員', True), ('委員', True)]
        >>> p.said_by_subject("事務局が、不足分は補正予算で手当てしたと説明した。")[0].label  # が as は
        '事務局'
        >>> p.said_by_subject("委員は、来月の会議に出席する。"), p.said_by_subject("本日は、雨と述べた。")
        (None, None)
        >>> p.said_by_subject("海外経済について、委員は、緩やかに成長しているとの認識を共有した。")[0].label
        '委員'
        """
        m = _SUBJECT.match(sentence) or _SUBJECT_GA.match(sentence)
        if m is None or not _SAID_END.search(sentence):
            return None
        sp = self.roles.split(m["who"])
        return (sp, True) if sp is not None else None

    # narrative summaries: a paragraph of reports (prose.py) ------------------------------------
    def agent_of(self: LineParser, clause: str) -> tuple[Speaker, int] | None:
        """The speaker a clause names as a report does, and where the name ends: before
        から/より (矢吹委員から、 / これに対して事務局から、 / また、同委員から、 /
        オブザーバーとして出席した県環境政策課から、), or as its subject (会長が閉会を宣言した).

        The report's agent is found by the sentence's structure, wherever it stands: the
        first speaker whose から/より is set off by a comma (…課題について、小林委員から、…
        との意見があった), or runs to the speech act with no comma between (同委員から重ねて
        発言があった, 事務局から配布資料の確認があった) — not one inside the words or the topic
        (…利用者から寄せられているため、…, 停留所から順に進めるべきであり、…). Failing that, a
        speaker named near the clause's start (within ``_AGENT_WITHIN``)."""
        near = None
        for m in _AGENT.finditer(clause):
            label = prose.agent_label(clause[:m.start()])
            sp = self.reporter(label) if label else None
            if sp is None:
                continue
            if clause[m.end() - 1] in _COMMA_CHARS or not _COMMAS.search(clause, m.end()):
                return sp, m.end()
            if near is None and m.start() < _AGENT_WITHIN:
                near = (sp, m.end())
        if near is not None:
            return near
        subject = _PROSE_SUBJECT.match(clause)
        if subject is not None and not (subject["part"] and subject["who"].lstrip("御ご") in prose.SPEECH_WORDS):
            # (事務局の回答が…: a noun of speaking, no one's part)
            sp = self.roles.split(subject["who"])
            if sp is not None:
                return sp, subject.end()
        return None

    def reporter(self: LineParser, label: str) -> Speaker | None:
        """The speaker of a report's label: 同委員 / 同課長 / 同氏 are the last named of that title
        (or person); an office or a body (県環境政策課, みどり観光協会) speaks as ``other``."""
        if label in _ANYONE:  # 出席者から、 出席委員より、: one of those attending, unnamed
            return Speaker(label, "", label[2:] if len(label) > 3 else label, "member")
        if label[0] == "同" and len(label) > 1:
            title = label[1:]
            if title in HONORIFIC or title in ("人", "者"):
                return self.last_named or self.roles.split("委員")
            return self.named.get(title) or self.roles.split(title)
        sp = self.split_label(label, True) if self.roles.split(label) is not None else (
            self.roles.title_then_person(label) or self.split_label(label, True))
        if sp is None and label[-1] in UNIT_HEAD and len(label) >= 3 and _BODY_NAME.match(label):
            sp = Speaker(label, label, "", "other")
        return sp

    def report_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line naming a speaker with から/より (a paragraph of reports, an introducer), or
        as the subject of a sentence in the narrator's past (会長が閉会を宣言した。)."""
        if "から" in stripped or "より" in stripped:
            if _DASH_FRAME.fullmatch(stripped) and self.bullets_follow(i):
                # －資料１に基づき、事務局から説明－ above bullets: a note introducing the
                # bullets below as its speaker's, not a report of its own
                return (self.introducer_step(i, line, stripped)
                        or self.not_under_header() and self.prose_step(i, line, stripped))
            return ((self.not_under_header() or self.reported_under_header(i, stripped))
                    and self.prose_step(i, line, stripped) or self.introducer_step(i, line, stripped))
        return (stripped[-2:] == "た。" and "が" in stripped[:16] and self.not_under_header()
                and self.prose_step(i, line, stripped))

    def reported_under_header(self: LineParser, i: int, stripped: str) -> bool:
        """Under a header, a sentence that reports another speaker's words or act in the
        narrator's plain voice (（会長）…お願いしたい。 / ウ　その他 / 事務局から、次回会議は…旨の
        連絡があった。): the narrator's report, a turn of its own — not the header's speech going
        on, which names another politely (先ほど委員から御指摘がありました) or in a sentence of
        its own that reports nothing (…から説明があった件について伺いたい). The same speaker
        reported is a turn of its own only below a heading of its own form (（事務局）… / ウ　その他 /
        事務局より、…旨の説明があった。)."""
        sentence = stripped if "。" in stripped else self.first_sentence(i)
        sentence = _sentences(sentence)[0] or sentence  # (…伸びている。…難しい。旨の発言があった。: one)
        if sentence.endswith(("ました。", "ます。", "です。")) or self.speaker is None or not prose.may_report(sentence):
            return False  # (no frame of a report: ``carries`` below reads none, whoever the agent)
        who = self.agent_of(sentence)
        if who is None or (who[0].label == self.speaker.label or who[0].label[:1] == "同") and not (
                self.cur is not None and self.heading_above(self.cur) and self.numbered_above(self.cur)):
            return False
        if self.inside_turn(stripped if stripped.startswith(sentence) else sentence, who[0]):
            return False
        return prose.carries(sentence, who[1])[0] in ("words", "act")

    def inside_turn(self: LineParser, text: str, reported: Speaker) -> bool:
        """Under a speaker's label still in force (``（事務局）`` or ``事務局：`` above, no heading
        between), a sentence reporting another's words (``text``: the bullet or paragraph it
        opens) is the label's speech reporting them, no turn of theirs, when the one reported
        has no seat at this meeting's table — a body the role table does not know (``・商工会から、…との要望があった。``), or one
        named as speaking before it (``前回会議で委員から、…との意見があった。``) — or when the
        turn goes on past the report in words of its own (``・…との指摘があった。今後簡素化を検討
        する。``). A report of one at the table standing alone (``事務局から、…との回答があった。``
        below ``（委員）…か。``) is their turn, as before."""
        held = self.header_speaker
        if held is None or self.speaker is not held or held is self.group or reported.label == held.label or (
                self.cur is not None and self.heading_above(self.cur)):
            return False  # (a heading between: ウ　その他 / 役員から、…旨の連絡があった。 — the label's turn is over)
        spans = list(prose.sentence_spans(text))
        if not spans:
            return False
        first = text[spans[0][0]:spans[0][1]]
        cut = _AGENT_AT.search(first)
        if reported.role == "other" and self.roles.split(reported.label) is None or cut is not None and _BEFORE_NOW.search(first, 0, cut.start()):
            return True
        return any(self.introduced(text[a:b]) is None and not prose.reported_again(text[a:b])
                   and _HIRAGANA.search(text[a:b]) for a, b in spans[1:])

    def bullets_follow(self: LineParser, i: int) -> bool:
        """The next line with text (past blanks, page numbers and running heads) is a bullet."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 6, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or j in self.view.page_numbers:
                continue
            return t[0] in self.bullet_start and self.bullet(t) is not None
        return False

    def not_under_header(self: LineParser) -> bool:
        """No header's speaker holds the floor (a report there would be their speech)."""
        return self.speaker is None or self.speaker is not self.header_speaker

    def prose_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A paragraph that opens naming a speaker as a report does (委員から、…): read sentence
        by sentence when whole (``settle_prose``) — not under a header, whose turn goes on."""
        cur = self.cur  # (under a header the turn goes on: the caller asked that first)
        heading = cur is not None and self.heading_above(cur) and (
            line.text[:1] in "\u3000 " or self.numbered_above(cur)  # the indent lost (Word's text)
            or self.section_word_above(cur))
        if not (cur is None or self.whole or cur.kind in ("agenda", "narrative") or heading
                or ends_sentence(self.tail()) or _ITEM_HEADING.match(cur.lines[-1].text.strip())) or self.attendees_hold(i, stripped):
            return False
        if self.agent_of(stripped if "。" in stripped else self.first_sentence(i)) is None:
            return False
        if heading and cur is not None:
            self.take_heading(cur)
        self.start_body()
        self.open("point" if self.speaker is not None or self.pending else "orphan", i, line, stripped)
        self.strip_cur_directions()
        self.prose = self.cur
        return True

    def attendees_hold(self: LineParser, i: int, stripped: str) -> bool:
        """The line stands in a list of attendees (``in_attendees``): not a finished sentence right
        below an item's numbered heading (``item_above``) nor a report's line after a report."""
        return self.in_attendees() and not (self.item_above(i, stripped) or self.cur is not None and self.cur is self.prose)

    def item_above(self: LineParser, i: int, stripped: str) -> bool:
        """Under the attendees' label, a finished sentence right below an item's numbered heading
        (``（１）図書館サービス計画の中間評価について`` / ``事務局から、資料１に基づき…説明があった。``): the
        proceedings began, the sentence is no attendee (before, an introducer: narrative)."""
        if "。" not in stripped or i == 0:
            return False
        above = self.src.lines[i - 1].text.strip()
        num = numbering.item(above) if above else None
        return num is not None and len(above) <= 40 and "、" not in above and "。" not in above

    def far_report_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A paragraph whose first sentence names its speaker with から/より past its first
        line (…の課題に / ついて、小林委員から、…との意見があった。): read as a report, as
        ``prose_step`` reads one named on the first line."""
        if not self.not_under_header() or self.cur is not None and not (
                self.gap or self.whole or ends_sentence(self.tail()) or self.cur.kind in ("agenda", "narrative")):
            return False
        sentence = self.first_sentence(i)
        return ("から" in sentence or "より" in sentence) and self.prose_step(i, line, stripped)

    def first_sentence(self: LineParser, i: int) -> str:
        """The sentence line ``i`` opens, joined over the lines it was wrapped on (four at
        most, past blank lines, page numbers and running heads; a line indented by U+3000
        or opened by a mark is the next paragraph)."""
        lines = self.src.lines
        parts = [lines[i].text.strip()]
        j = i + 1
        while "。" not in parts[-1] and j < len(lines) and len(parts) < 5:
            t = lines[j].text
            text = t.strip()
            j += 1
            if not text or j - 1 in self.heads or j - 1 in self.view.page_numbers:
                continue
            if t[:1] == "\u3000" or text[0] in HEADER_OPENERS:
                break
            if not self.in_body and (self.labels.field(text) is not None or self.header(text) is not None):
                break  # a title above the front's first label (日時　…) or the first turn goes on no sentence
            parts.append(text)
        joined = join_lines(parts[0], [Line(t, 0) for t in parts[1:]])
        end = joined.find("。")
        return joined if end < 0 else joined[:end + 1]

    def heading_above(self: LineParser, cur: Para) -> bool:
        """The open paragraph's last line is a heading left above an indented report (ア　…に
        ついて, （２）会長あいさつ): short, unfinished, alone or after a finished sentence."""
        tail = self.tail()
        if len(tail) > 30 or ends_sentence(tail):
            return False
        return len(cur.lines) == 1 or ends_sentence(cur.first if len(cur.lines) == 2 else cur.lines[-2].text)

    def numbered_above(self: LineParser, cur: Para) -> bool:
        """The heading left above a report (``heading_above``) is one by its own form, the
        report below it indented or not (its indent lost, as Word's text and pypdf lose it): a
        number or a mark before a label with no comma (４　議事の概要, ②子どもの居場所づくりについて,
        ■報告事項), or an item of business (第２号議案　…)."""
        tail = cur.lines[-1].text.strip()  # as written: its mark too (the point's first line lost it)
        num = numbering.item(tail)
        if num is not None:
            return "、" not in tail[num.end:] and bool(tail[num.end:])
        return bool(_HEADING.match(tail) or _ITEM_HEADING.match(tail)) and "、" not in tail

    def section_word_above(self: LineParser, cur: Para) -> bool:
        """The heading left above a report is a section's word alone, in kanji (議事概要, 概要,
        議事の概要, 審議経過), no speaker's label: the report below it opens the section."""
        tail = cur.lines[-1].text.strip()
        return len(cur.lines) == 1 and _SECTION_WORD.fullmatch(tail) is not None and self.roles.split(tail) is None

    def take_heading(self: LineParser, cur: Para) -> None:
        """The open paragraph's last line is a heading: agenda, the paragraph closes above it."""
        if len(cur.lines) == 1:
            cur.kind = "agenda"
            self.note_agenda(cur.lines[0].text)  # （１）…: the next item of its series is the agenda's too
            return
        line, i = cur.lines.pop(), cur.idx.pop()
        self.add("agenda", i, line)

    def settle_prose(self: LineParser, cur: Para) -> bool:
        """Read a paragraph of reports clause by clause (``prose.read``): each report is a point
        of the speaker it names, and the last speaker holds the floor for the lines below; a
        sentence that introduces what follows (委員から次のような意見があった) hands it. False
        when the paragraph holds no report."""
        text, starts = prose.joined(cur.first, cur.lines[1:])
        found, floor = prose.read(text, self.agent_of, lambda c: bool(_NARRATIVE_VOICE.search(c)), self.remember)
        if not found and floor is None:
            return self.after_report(cur, text)
        self.in_body = self.seen_speaker = True
        self.pending = []
        covered: set[int] = set()
        for told in found:
            s, e = prose.lines_of(starts, len(text), told.start, told.end)
            covered.update(range(s, e + 1))
            said = text[told.start:told.end].strip()
            clause = text[told.start:told.end]
            words = self.told_words(clause, told)
            self.out.paras.append(Said(kind="reported", lines=cur.lines[s:e + 1], idx=cur.idx[s:e + 1], first=said,
                                       speaker=told.speaker, text=words or said, judged=told.judged(text),
                                       narration=said if words else ""))
            self.speaker = self.report_speaker = told.speaker
        self.speaker = floor or self.speaker  # an introduced speaker: the lines below are theirs
        for k, i in enumerate(cur.idx):
            self.set_fate(i, "point" if k in covered else "narrative")
        return True

    @staticmethod
    def told_words(clause: str, told: Told) -> str:
        """The words a report of a paragraph quotes, whole (``acted.report_words``), or those
        standing before its speaker's name (…との意見が小野委員からあった.: ``prose.words_ahead``);
        empty for an act without words, or a report a sentence went on after (its text stays as
        written)."""
        if told.how != "words" or told.more:
            return ""
        words = acted.report_words(clause[:told.upto or len(clause)], told.at)
        if not words and told.words and 0 <= clause.find(told.words) < told.at:
            words = acted.reported(clause, 0, told.words)
        return words

    def settle_words(self: LineParser, cur: Para) -> bool:
        """A ○ sentence or a bullet that reports one speaker's words (○　委員から、…との意見が
        あった。, ・委員から、…と説明があった。): the point's text is the words, whole
        (``acted.report_words``), the sentence as written its narration, as a narrated act's; its
        kind read from the sentence as before. False when it reports no words so (an act, the
        words before the speaker's name): the paragraph is placed as before."""
        text = join_lines(cur.first, cur.lines[1:])
        who = self.agent_of(text)
        if who is None and (subject := _SUBJECT.match(text)) is not None and (
                sp := self.roles.split(subject["who"])) is not None:
            who = (sp, subject.end())  # …に関して、多くの委員は、…と指摘した。: the subject after a topic
        if who is None or cur.speaker is None or who[0].label != cur.speaker.label:
            return False
        # (…旨の説明が事務局からあった。 …旨連絡し、閉会。: the words before the speaker, or before a joint and the narrator)
        words = acted.report_words(text, who[1]) or prose.words_ahead(text[:who[1]]) or _words_before_joint(text, who[1])
        if not words:
            return False
        from . import decide_kind  # the package's kind reading (its summary formulas too), as for any point

        self.out.paras.append(Said(kind="reported", lines=cur.lines, idx=cur.idx, first=cur.first, speaker=cur.speaker,
                                   marked=cur.marked, why=cur.why, turn=cur.turn, text=words,
                                   judged=decide_kind(text), narration=text))
        for i in cur.idx:
            self.set_fate(i, "point")
        return True

    def settle_act(self: LineParser, cur: Para) -> bool:
        """A ○ sentence whose subject is a unit's label (``unit_acted``) reporting an act without words
        (``○　事務局（都市計画課）より、資料２に基づき…を説明。``): the unit's procedural point, the sentence as
        written its text, as the same sentence is under a ○ head or in a paragraph. False otherwise."""
        text = join_lines(cur.first, cur.lines[1:])
        who = self.agent_of(text)
        if who is None or cur.speaker is None or who[0].label != cur.speaker.label or not self.unit_acted(
                cur, text, cur.speaker) or prose.carries(text, who[1])[0] != "act":
            return False
        self.out.paras.append(Said(kind="reported", lines=cur.lines, idx=cur.idx, first=cur.first, speaker=cur.speaker,
                                   marked=cur.marked, why=cur.why, turn=cur.turn, text=text,
                                   judged=("procedural", "reported act")))
        for i in cur.idx:
            self.set_fate(i, "point")
        return True

    def after_report(self: LineParser, cur: Para, text: str) -> bool:
        """A paragraph naming nobody after a report: the reported speaker's when it reports
        too (また、…との意見もあった。), the narrator's when it is in its voice (以上の議論を経て、
        原案のとおり了承された。), else the speaker's own words going on (False: read as before)."""
        sp = self.speaker
        if cur.kind != "point" or sp is None or sp is not self.report_speaker:
            return False
        how, words = prose.carries(text, 0)
        if how is None:
            if text.endswith("た。") and self.narrated_act(cur, text):
                return True
            if _NARRATIVE_VOICE.search(text):
                cur.kind = "narrative"
            return False
        told = prose.Told(0, len(text), sp, how, words)
        said = acted.report_words(text, 0) if how == "words" else ""
        self.out.paras.append(Said(kind="reported", lines=cur.lines, idx=cur.idx, first=text, speaker=sp,
                                   text=said or text, judged=told.judged(text), narration=text if said else ""))
        for i in cur.idx:
            self.set_fate(i, "point")
        return True

    def narrated_act(self: LineParser, cur: Para, text: str) -> bool:
        """A sentence after the reports that names its actor after a leading clause and ends in
        an act (以上をもって本日の議事を終了したので、議長は１６時１０分に閉会を宣した。): the actor's
        point, as a record that narrates who acted reads it (``acted.report``) — not the words of
        the speaker reported last."""
        read = acted.report(text, self.reporter) if acted.may_act(text) else None
        if read is None:
            return False
        sp, judged, why = read
        sp = self.holder(sp)
        self.out.paras.append(Said(kind="reported", lines=cur.lines, idx=cur.idx, first=text, speaker=sp, text=text,
                                   judged=judged, actor=f"narrated act: {why} (line {cur.lines[0].number})"))
        self.speaker = self.report_speaker = sp
        for i in cur.idx:
            self.set_fate(i, "point")
        return True

    def acted_step(self: LineParser, i: int) -> None:
        """A paragraph of a record that narrates who acted (``acted.find`` read it before the
        parse): each report is a point of its actor, its evidence the actor and the act as
        written; a sentence naming no actor is the clerk's narrative. After it the floor is
        nobody's: a line with no actor below (全員異議なく可決。) is narrative too."""
        para = self.acted[i]
        self.start_body()
        fates, lines = self.out.fate, self.src.lines
        for j, held in zip(para.idx, para.lines):
            fates[j] = "narrative" if held is not None else "blank" if not lines[j].text.strip() else "furniture"
        for rep in para.reports:
            span = [(j, l) for j, l in zip(para.idx[rep.first:rep.last + 1], para.lines[rep.first:rep.last + 1])
                    if l is not None]
            sp = self.holder(self.reporter(rep.refers) or rep.speaker if rep.refers else rep.speaker)
            self.remember(sp)
            self.out.paras.append(Said(kind="reported", lines=[l for _, l in span], idx=[j for j, _ in span],
                                       first=rep.text, speaker=sp, text=rep.said or rep.text, judged=rep.judged,
                                       actor=f"narrated act: {rep.why} (line {span[0][1].number})",
                                       narration=rep.text if rep.said else ""))
            for j, _ in span:
                fates[j] = "point"
        self.in_body = self.seen_speaker = True
        self.pending = []
        self.speaker = self.report_speaker = self.header_speaker = None
        self.skip_to = para.idx[-1]

    # speakers named after their points (trailing.py) ---------------------------------------------
    def trail_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line a label after a point stands on (``・…急務である。（野々村構成員）``, or the
        label alone below the point's last line): the line joins the paragraph it closes (a
        new one when it starts a point), and the label names that paragraph's speakers. A
        label alone with no paragraph open above it is left to the other steps (a header).
        The first line of a point named so opens its paragraph."""
        a = self.trail_at.get(i)
        cur = self.cur
        if a is None:
            # the first line of a point a label names below: it opens a paragraph, whatever
            # the line above was (the front matter, a heading with no mark)
            if cur is not None and cur.kind in SPOKEN and not self.opens_point(stripped, line):
                return False
            self.start_body()
            self.open("orphan", i, line, stripped, marked=stripped[0] in POINT_MARKS)
            return True
        if a.alone:
            if cur is None or cur.kind not in SPOKEN or cur.kind == "agenda" and not cur.marked:
                return False
            self.extend(i, line)
        elif i == a.start and self.opens_point(stripped, line):
            self.start_body()
            self.open("orphan", i, line, stripped, marked=stripped[0] in POINT_MARKS)
        else:
            self.extend(i, line)
        self.last_was_header = False
        if i == a.end:
            assert self.cur is not None
            self.cur.attribution = a
            self.close()
        return True

    def statement_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """In a press conference's record, before the questions, the heading of the official's
        statement (冒頭発言, 知事発表, 大臣からの報告, 発表事項): the paragraphs below are the
        official's — the one the heading names, else the one the title names — as a header's are.
        The heading in brackets after the title on its line (``市長定例記者会見　【市長発表】``) is
        the statement's too: the line stays the title's, and the first paragraph of speech below
        the front matter opens the statement (``statement_below``)."""
        who = groups.statement(stripped)
        if who is None and (tail := title_heading(stripped)) is not None and press.is_press(stripped[:tail]):
            who = groups.statement(stripped[tail:])
            self.statement_head = None if who is None else self.statement_speaker(i, who)
            return False
        below = self.next_text(i) if who is not None else ""
        if not below or NUMBERED.match(below) and not self.list_then_speech(i) or self.header(below) is not None:
            return False  # nothing below, the agenda's next item, or a speaker's header
        sp = self.statement_speaker(i, who or "")
        if sp is None:
            return False
        self.start_body()
        self.front_block = None
        self.add("agenda", i, line)
        self.speaker = self.header_speaker = sp
        self.pending = []
        self.seen_speaker = True
        self.statement_items = True  # the list of what is announced may follow (statement_item_step)
        return True

    def list_then_speech(self: LineParser, i: int) -> bool:
        """Below line ``i`` a list of items (numbered or marked, no sentence; a line going on the
        item above), then a line of speech that no header opens (冒頭発言 / （１）…の開設 / （２）… /
        　１０月から…開設します。): what a statement announces, then the statement."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 16, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or j in self.view.page_numbers:
                continue
            if "。" not in t and len(t) <= 60 and (numbering.item(t) is not None or self.bullet(t) is not None
                                                 or indent_width(lines[j].text) > 0 and len(t) <= 20):
                continue
            return "。" in t and self.header(t) is None and NUMBERED.match(t) is None
        return False

    def statement_item_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Under a statement's heading, before the first line of speech: the list of what is
        announced (発表事項 / １　「…」の発足について / ・…について, an item wrapped at the width, a
        second heading of the statement) — short lines of no sentence, numbered, marked or going on
        the item above — is the agenda, not the official's first points. The first line of speech
        or a speaker's header ends the list."""
        above = self.out.paras[-1] if self.out.paras else None
        wrapped = (above is not None and above.kind == "agenda" and above.idx[-1] == i - 1 and len(stripped) <= 20
                   and indent_width(line.text) > 0 and numbering.item(stripped) is None and self.bullet(stripped) is None)
        if ("。" in stripped or len(stripped) > 60 or self.header(stripped) is not None
                or not (wrapped or numbering.item(stripped) is not None or self.bullet(stripped) is not None
                        or groups.statement(stripped) is not None)):
            self.statement_items = False
            return False
        self.close()
        self.set_fate(i, "agenda")
        if wrapped:
            assert above is not None
            above.lines.append(line)
            above.idx.append(i)
        else:
            self.out.paras.append(Para(kind="agenda", lines=[line], idx=[i], first=line.text))
            self.note_agenda(line.text)
        return True

    def statement_speaker(self: LineParser, i: int, who: str) -> Speaker | None:
        """Whose statement a heading at line ``i`` opens: the one it names (``who``), else the
        title's official, else the first official named below; None unless government or chair."""
        sp = self.roles.split(who) if who else self.press
        if not isinstance(sp, Speaker):
            sp = self.first_official(i)  # 閣議後定例記者会見: the official is the first named below
        return sp if sp is not None and sp.role in ("government", "chair") else None

    def statement_below(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """The first paragraph of speech after the front matter under a title that holds the
        statement's heading (``statement_head``): the statement opens there."""
        sp = self.statement_head
        if sp is None or self.seen_speaker or _HIRAGANA.search(stripped) is None or "。" not in stripped and len(stripped) < 20:
            return False
        self.statement_head = None
        self.start_body()
        self.front_block = None
        self.speaker = self.header_speaker = sp
        self.pending = []
        self.seen_speaker = True
        self.open("point", i, line, stripped)
        return True

    def press_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A press conference's headings: the official's statement before any speaker, the
        questions after it."""
        if not self.seen_speaker and self.statement_step(i, line, stripped):
            return True
        return self.questions_step(i, line, stripped)  # also with no statement: no part of the title

    def questions_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """In a press conference's record, after the official's statement, the heading of the
        questions (質疑応答, 【質疑】, 記者質問) with a speaker's header below: the agenda's, not
        the official's words."""
        if not press.opens_questions(stripped) or not self.header_below(i):
            return False
        self.close()
        self.add("agenda", i, line)
        return True

    def presented_bullet(self: LineParser, text: str) -> bool:
        """A bullet's item with who presented it after a gap and no speech of theirs
        (``・会務報告　　　■■副会長``, ``・会計報告　　　■■会計``), as 総会 records note who reported
        what: an item of the agenda."""
        m = _ITEM_PRESENTER.match(text.strip())
        return m is not None and _PRESENTED_ITEM.search(m["item"]) is not None and self.presenter(m["who"]) is not None

    def settle_reported(self: LineParser, cur: Para) -> None:
        """A bullet that reports a speaker's words (・委員から、…との意見があった。) is that
        speaker's point, whoever spoke above it, and they hold the floor after it."""
        last = (cur.first if len(cur.lines) == 1 else cur.lines[-1].text).rstrip()
        if not (last.endswith(("た。", "た")) or REPORTED_END.search(last)) or "から" not in cur.first and "より" not in cur.first and not _SUBJECT_HINT.search(
                cur.first, 0, 40):
            return  # a report ends in the past (…があった。, …と述べた。) and names its speaker
        at = self.bullet(cur.first) if cur.kind != "point" else None
        first = cur.first[at:] if at is not None else cur.first
        text = join_lines(first, cur.lines[1:])
        found = self.introduced(text)
        if not (found and (found[1] or self.two_acts(text))) or self.inside_turn(text, found[0]):
            return
        cur.kind, cur.speaker, cur.first = "reported", found[0], first
        self.speaker = found[0]
        self.pending = []
        self.seen_speaker = self.in_body = True

    def numbered_report_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A numbered line of a 会議概要 that opens a report (（１）山田委員から、…との意見が
        あった。, ①事務局より…説明があった。), not under a speaker's header: read as an
        unnumbered report paragraph is (``prose_step``: clause by clause, 同委員 after it
        resolved), the number dropped from the point's text as a numbered bullet's is — a
        number alone before the label too (1 事務局から, 1会長から: ① as NFKC leaves it)."""
        m = NUMBERED.match(stripped)
        end = m.end() if m is not None else prose.lead_number(stripped)
        if not end or not self.not_under_header() or self.in_attendees():
            return False
        rest = stripped[end:].strip()
        # the speaker on the numbered line itself (（１）振興計画の…について / 事務局から… is a
        # heading above a report)
        if not rest or _NUMBER_IN_SENTENCE.match(rest) or "から" not in rest and "より" not in rest:
            return False
        if self.agent_of(rest if "。" in rest else rest + self.first_sentence(i)[len(stripped):]) is None:
            return False
        self.close()
        self.start_body()
        self.open("point" if self.speaker is not None or self.pending else "orphan", i, line, rest)
        self.strip_cur_directions()
        self.prose = self.cur
        return True

    def introducer_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A plain line that is one sentence in the secretariat's narrating voice naming a
        speaker with から/より and a speech act (事務局より資料２に基づき説明。): an introducer,
        read as a ○ sentence is; a note framed by dashes (－資料１に基づき、事務局から説明－) too."""
        framed = _DASH_FRAME.fullmatch(stripped)
        if framed:
            stripped = framed[1]
        if not (len(stripped) <= 80 and _NARRATIVE_VOICE.search(stripped)
                and stripped.count("。") <= 1 and (self.cur is None or self.gap or self.whole
                                                   or self.cur.kind in ("agenda", "narrative")
                                                   or ends_sentence(self.tail()))
                and self.introduced(stripped) is not None):
            return False
        self.start_body()
        self.open("circle", i, line, stripped)
        self.close()
        return True

    def person_stage_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """（村木常務理事　退室）, 〔古賀参考人 着席〕: a stage direction naming a person, alone on
        its line in any brackets — recorded, never a turn (the name is no header)."""
        if len(stripped) > 100 or not (len(stripped) <= 50 and _STAGE_LINE.match(stripped) or _STAGE_RUN.match(stripped)):
            return False
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))
        return True

    def broken_stage_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A stage direction broken over two lines (pdftotext at the page width: 〔寺内委員長代理退席、委員 /
        長着席〕): the bracket the line opens closes at the end of the next line and the two,
        joined, are one stage direction — both lines stage, recorded once, no one's point."""
        lines = self.src.lines
        if len(stripped) > 40 or i + 1 >= len(lines) or not self.seen_speaker:
            return False
        below = lines[i + 1].text.strip()
        whole = stripped + below
        if not below or below[-1] not in CLOSE or len(whole) > 50 or not _STAGE_LINE.match(whole):
            return False
        self.close()
        self.set_fate(i, "stage")
        self.set_fate(i + 1, "stage")
        self.out.directions.append(Direction(line.number, whole))
        self.skip_to = max(self.skip_to, i + 1)
        return True

    def reports_ahead(self: LineParser, i: int, text: str) -> bool:
        """The sentence line ``i`` opens (``text``: the line after its bullet) reports a
        speaker's words (…から、…との意見があった。, ある委員は、…と述べた。)."""
        if "から" not in text and "より" not in text and not _SUBJECT_HINT.search(text, 0, 40):
            return False
        sentence = text if "。" in text else text + self.first_sentence(i)[len(self.src.lines[i].text.strip()):]
        found = self.introduced(sentence)
        return found is not None and found[1]
