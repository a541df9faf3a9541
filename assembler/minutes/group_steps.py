# mypy: disable-error-code="misc"
"""Opinions under a heading that names their group (委員からの主な意見), and groups of attendees.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    back, closed, front_block, group, group_line, header_speaker, in_body, last_was_header,
    pending, seen_speaker, speaker

and reads (set in ``LineParser.__init__`` or by other steps):

    cur, gap, heads, out, roles, src
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Line, Speaker
from ..text import UNIT_ENDS
from .front import is_count
from . import groups
from .patterns import NUMBERED
from .forms import GROUP_SENTENCE_END, TOPIC_MARKS
from . import forms as _forms
from .furniture import body_speaker
from .paragraphs import ends_sentence, join_lines
from .parsed import Para
from .native import trait

if TYPE_CHECKING:
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_KANA_RUN = _forms.KANA_RUN
_LIST_SEP = _forms.LIST_SEP


#: the words a heading naming a group's opinions holds (``groups.group_heading``: the cheap test)
_GROUP_WORDS = re.compile(r"意見|発言|質問|質疑|回答|コメント|指摘|要望|討議|熟議|グループワーク")
#: a title alone, a colon, the rest (委員：青木、佐藤); an attendee's name in a list
_TITLE_COLON = re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」]{1,12})[\s\u3000]*[：:][\s\u3000]*(?P<value>.*)$")
#: the last character of an office's unit (市港湾振興課, 県医療政策室, みなと海上保安部, 北保健所: ``text.UNIT_ENDS``),
#: or a station's (みなと警察署, 北消防署)
_UNIT_END = frozenset(UNIT_ENDS + "署")
_UNIT_NAME = re.compile(r"^[\u3400-\u9fff々ヶ\u3041-\u3096\u30a1-\u30faー・Ａ-Ｚａ-ｚA-Za-z]{3,16}$")
_NAME_ITEM = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u3041-\u3096\u30a1-\u30faー]+$")


@trait
class GroupSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    back: bool
    closed: bool
    front_block: str | None
    group: Speaker | None
    group_line: int
    header_speaker: Speaker | None
    in_body: bool
    last_was_header: bool
    pending: list[Speaker]
    seen_speaker: bool
    speaker: Speaker | None

    def group_intro(self: LineParser, cur: Para) -> Speaker | None:
        """The group a paragraph's last sentence names as the one whose opinions follow
        (…。委員からの主な意見は以下のとおり。): they hold the floor below it."""
        if cur.kind == "back":
            return None
        return groups.group_sentence(join_lines(cur.first, cur.lines[1:]), self.roles)

    def take_group(self: LineParser, sp: Speaker, number: int, heading: str) -> None:
        """A group named by a heading (``groups.py``) takes the floor: the paragraphs below are
        its points, each cited as the group's (anonymous: no name), the heading as evidence."""
        sp = Speaker(sp.label, sp.name, sp.title, sp.role)  # its own object: this heading's group
        self.speaker = self.header_speaker = self.group = sp
        self.pending = []
        self.seen_speaker = self.in_body = True
        self.back = self.closed = self.last_was_header = False
        sentence = [s for s in re.split(r"(?<=。)", heading) if s.strip()]
        self.out.anonymous.append((sp, f"{sentence[-1].strip() if sentence else heading} (line {number})"))
        self.group_line = number

    def opinions_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A heading that names the group whose opinions follow (委員からの主な意見, 【構成員の
        意見】, 主な意見（委員）, 委員からの主な意見は以下のとおり。): the group takes the floor.
        A sentence's end going on the line above, which it left unfinished (…委員からの / 主な意見は
        次のとおり。, as pdftotext and pypdf break it at the page's width), is no heading: the
        paragraph goes on and its whole sentence names the group (``announced``)."""
        if self.goes_on_above(stripped):
            return False
        sp = groups.group_heading(stripped, self.roles)
        if sp is None and groups.both_sides(stripped) and self.group_follows(i) and not self.header_below(i):
            self.start_body()  # 質疑応答の概要: the proceedings, whose bullets the labels inside name
            if self.group is not None and self.speaker is self.group:
                self.speaker = self.group = None  # the group above holds the floor no more
            self.front_block = None
            self.add("agenda", i, line)
            return True
        if sp is None or not self.group_follows(i) or not sp.name and sp.label == groups.ATTENDEES and self.names_below(i):
            return False
        self.close()
        self.set_fate(i, "narrative" if ends_sentence(stripped) else "point")
        self.front_block = None
        self.take_group(sp, line.number, stripped)
        return True

    def goes_on_above(self: LineParser, stripped: str) -> bool:
        """The line ends a sentence the open paragraph left unfinished, no blank line between."""
        cur = self.cur
        return (cur is not None and not self.gap and cur.kind in ("narrative", "point", "orphan")
                and ends_sentence(stripped) and not ends_sentence(self.tail()))

    def group_follows(self: LineParser, i: int) -> bool:
        """What stands below a group's heading can be its opinions: a bullet, a sentence, a
        topic's heading — not the next item of an agenda (（４）閉会) or nothing."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 6, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or j in self.view.page_numbers:
                continue
            if groups.closes_group(t) and not ends_sentence(t) and self.bullet(t) is None:
                return False  # a heading of no opinions (a bullet wrapped before its stop is one)
            return (ends_sentence(t) or len(t) > 30 or self.bullet(t) is not None
                    or groups.topic_heading(t, t[0] in TOPIC_MARKS or NUMBERED.match(t) is not None))
        return False

    def anonymous_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A heading naming the group whose opinions follow, or under it a topic's heading
        (``groups.py``)."""
        return (bool(_GROUP_WORDS.search(stripped)) and (stripped[-1] not in "。．り" or stripped.endswith(
            GROUP_SENTENCE_END)) and self.opinions_step(i, line, stripped)
                or self.group is not None and self.speaker is self.group and len(stripped) <= 40
                and self.topic_step(i, line, stripped))

    def group_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Before the first turn, a title alone, a colon and its people (委員：１２名,
        委員：青木、佐藤、杉本, 事務局：こども未来部長、子育て支援課長): a group of attendees,
        even with no attendee label above it, not a turn of the title's."""
        m = _TITLE_COLON.match(stripped)
        if m is None or not self.group_value(m["value"] or self.next_text(i)):
            return False
        sp = self.roles.split(m["label"])
        if sp is None or sp.name:
            return False
        self.open("front", i, line, stripped)
        self.front_block = "attendees"
        self.out.groups.add(stripped)
        return True

    def group_value(self: LineParser, text: str) -> bool:
        """A count (１２名, なし) or a list of people: names, or titles with names, no speech.

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> [p.group_value(t) for t in ("１２名", "青木、佐藤、杉本", "青木一郎　佐藤花子", "会長、副会長",
        ...     "３点伺います。", "はい、そうです", "青木", "資料１、資料２", "みなみ郡医師会、あおば町内会",
        ...     "市港湾振興課", "みなみ保健所", "こども未来部長")]
        [True, True, True, True, False, False, False, False, True, True, True, False]
        """
        if is_count(text):
            return True
        if "。" in text or self.roster(text):
            return "。" not in text
        items = [t for t in _LIST_SEP.split(text.strip()) if t]
        if len(items) == 1:  # one body or office (オブザーバー：みなと海上保安署, 事務局：市港湾振興課)
            return self.body_or_office(items[0])
        # people (青木、佐藤), or the bodies a council is made of (みなみ郡医師会、県看護協会みなみ支部)
        return len(items) >= 2 and all(len(t) <= 10 and _NAME_ITEM.match(t) and not _KANA_RUN.search(t)
                                       or body_speaker(t, self.roles) is not None for t in items)

    def body_or_office(self: LineParser, text: str) -> bool:
        """A body (みなみ郡医師会: ``body_speaker``) or an office by its unit (市港湾振興課,
        みなと海上保安部): a name ending in a unit's word, no person's title (こども未来部長) and
        no one's name."""
        if body_speaker(text, self.roles) is not None:
            return True
        return (text[-1] in _UNIT_END and len(text) >= 3 and _UNIT_NAME.match(text) is not None
                and self.roles.split(text) is None)
