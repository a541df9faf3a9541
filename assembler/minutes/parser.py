"""Lines of minutes -> paragraphs: speaker headers, bullets, turns, narrative, stage directions.

The parser reads the lines in one pass. Each line is classified (agenda item, speaker
header, stage direction, narrative ``○`` line, bullet start, indented paragraph start, plain
text); paragraphs are assembled from a start line and its continuation lines, so the hard
line breaks that PDF extraction leaves inside sentences disappear while every paragraph
keeps the exact lines it came from.

Speaker headers, in the order they are tried (a user's patterns first):

- ``○ 和泉補佐官から、以下の挨拶があった。``  names the speaker of the bullets below;
- ``○飯島委員より、…との意見があった。``       the whole sentence is the speaker's point;
- ``（飯島委員）`` / ``【飯島委員】``            alone on a line;
- ``〇河野大臣：…`` / ``○東会長　それでは…``    a turn, the speech on the same line or below;
- ``飯島委員：…``                             a colon header (text may follow);
- ``飯島委員``                                a name alone on a line.

A label is a speaker only when it ends with a title of the role table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Line, SourceText, Speaker
from .front import FrontLabels
from .patterns import BULLET_CHARS, NUMBERED, Patterns
from .roles import RoleTable

_SP = r"[\s\u3000]"
_AGENDA = re.compile(r"^\s*[0-9０-９]+\s*[．.]\s*\S")
_AGENDA_WORDS = ("開会", "閉会", "議題", "議事", "意見交換", "討議", "報告", "挨拶", "その他")
_CIRCLE = re.compile(rf"^{_SP}*[○〇◯]{_SP}*")
_PAGE_NUMBER = re.compile(r"^(?:[-－―‐]\s*[0-9０-９]{1,4}\s*[-－―‐]|[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?)$")
_STAGE = re.compile(r"^[（(].*[）)]$")
_NARRATIVE_SENTENCE = re.compile(
    r"(?:から|より)、.*(?:説明|報告|紹介|挨拶)(?:が)?(?:あった|され|行われ)|を行った|了承された|とされた"
)
_REPORTED_END = re.compile(
    r"(?:との|という|旨の)(?:御?意見|指摘|発言|質問|要望|提案|コメント|提言)(?:等)?(?:が|も)?"
    r"(?:あった|出された|示された|なされた|寄せられた)。?$"
)
_SPACES = re.compile(rf"{_SP}+")


@dataclass(frozen=True)
class _Shape:
    """A speaker-header shape: its regex, what it means, and where it is believed."""

    rx: re.Pattern
    kind: str  # "introduced" | "reported" | "header"
    loose: bool = False  # colon or bare-name shapes: need a plausible name, not in attendee lists


_LABEL = r"[^\s\u3000：:、。,，（）()「」『』【】]"
BUILTIN_SHAPES = (
    _Shape(re.compile(
        r"^[○〇◯]\s*(?P<label>[^、。,，]{1,40}?)(?:から|より)、?\s*以下の(?:とおり)?"
        r"(?:挨拶|発言|説明|コメント|意見|総括|報告)(?:等)?があった。?$"), "introduced"),
    _Shape(re.compile(rf"^[○〇◯]{_SP}*(?P<label>{_LABEL}{{1,30}}?){_SP}*(?:から|より)、"), "reported"),
    _Shape(re.compile(r"^[（(【]\s*(?P<label>[^（）()【】]{1,30}?)\s*[）)】]$"), "header"),
    _Shape(re.compile(
        rf"^[○〇◯]{_SP}*(?P<label>{_LABEL}{{1,30}}?)(?:{_SP}*[：:]{_SP}*|{_SP}+|$)(?P<text>.*)$"),
        "header"),
    _Shape(re.compile(rf"^(?P<label>{_LABEL}{{1,30}}?){_SP}*[：:]{_SP}*(?P<text>.*)$"), "header",
           loose=True),
    _Shape(re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」『』【】・]{2,20})$"), "header",
           loose=True),
)


@dataclass
class _Para:
    """A paragraph being assembled: its kind, speaker, lines and first line without marker.

    ``marked`` says the paragraph began with a bullet or ○, so an indented line below it
    is a hanging indent (continuation), not a new paragraph.
    """

    kind: str  # "point" | "reported" | "narrative" | "front" | "agenda" | "stage"
    lines: list[Line]
    first: str = ""
    speaker: Speaker | None = None
    marked: bool = False


@dataclass
class Parsed:
    """What the parser found: front-matter lines, body paragraphs in order."""

    front: list[Line] = field(default_factory=list)
    paras: list[_Para] = field(default_factory=list)


def _is_double_spaced(lines: tuple[Line, ...]) -> bool:
    """PDF extraction often puts an empty line after every line: then they mean nothing."""
    n = len(lines)
    if n < 6:
        return False
    empty = sum(1 for l in lines if l.text == "")
    adjacent = sum(1 for a, b in zip(lines, lines[1:]) if a.text.strip() and b.text.strip())
    return empty >= 0.35 * n and adjacent <= 0.15 * (n - empty)


def join_lines(first: str, lines: list[Line]) -> str:
    """Join wrapped lines: no separator in Japanese, one space between two Latin words.

    >>> join_lines("DXは", [Line("AI と", 2), Line("　IoT", 3)])
    'DXはAI とIoT'
    """
    parts: list[str] = []
    last = ""
    for t in [first, *(l.text for l in lines)]:
        t = t.strip().strip("\u3000")
        if not t:
            continue
        if last and last.isascii() and last.isalnum() and t[0].isascii() and t[0].isalnum():
            parts.append(" ")
        parts.append(t)
        last = t[-1]
    return "".join(parts)


class LineParser:
    """One pass over the lines of one file."""

    def __init__(self, src: SourceText, roles: RoleTable, patterns: Patterns,
                 labels: FrontLabels) -> None:
        self.src = src
        self.roles = roles
        self.labels = labels
        self.shapes = tuple(_Shape(rx, "header") for rx in patterns.headers) + BUILTIN_SHAPES
        chars = re.escape(BULLET_CHARS + patterns.bullet_chars)
        self.bullets = (re.compile(rf"^{_SP}*[{chars}]{_SP}*"), *patterns.bullets)
        # A Word paragraph is whole: a line continues one only when it is the same
        # paragraph (a manual line break), never because a wrapped line follows.
        self.whole = src.format == "docx"
        self.double = not self.whole and _is_double_spaced(src.lines)
        self.out = Parsed()
        self.cur: _Para | None = None
        self.speaker: Speaker | None = None
        self.in_body = False
        self.front_block: str | None = None

    # classification ----------------------------------------------------------------------
    def header(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """The first header shape that matches with a known title: shape, speaker, rest."""
        in_attendees = not self.in_body and self.front_block == "attendees"
        for shape in self.shapes:
            m = shape.rx.match(text)
            if not m:
                continue
            sp = self.roles.split(_SPACES.sub("", m["label"]))
            if sp is None:
                continue
            rest = m.groupdict().get("text") or None
            if shape.loose and not self.plausible(sp, rest, in_attendees):
                continue
            return shape, sp, rest
        return None

    @staticmethod
    def plausible(sp: Speaker, rest: str | None, in_attendees: bool) -> bool:
        """A colon or bare-name header: a short name (or a chair/secretariat title alone);
        in an attendee list only a full sentence after the colon makes it a remark."""
        if in_attendees and not (rest and rest.endswith("。") and "、" not in rest[:12]):
            return False
        if not sp.name:
            return sp.role in ("chair", "secretariat")
        return len(sp.name) <= 8 and not any(ch.isdigit() for ch in sp.name)

    def is_agenda(self, text: str) -> bool:
        if not _AGENDA.match(text):
            return False
        if self.speaker is not None:
            return _SPACES.sub("", NUMBERED.sub("", text, count=1)).startswith(_AGENDA_WORDS)
        compact = _SPACES.sub("", text)
        return any(w in compact for w in _AGENDA_WORDS) or (len(text) <= 20 and "。" not in text)

    def bullet(self, text: str) -> int | None:
        """Where the text after a bullet marker starts, or None if the line is no bullet."""
        for rx in self.bullets:
            m = rx.match(text)
            if m:
                return m.end()
        if self.speaker is not None:
            m = NUMBERED.match(text)
            if m:
                return m.end()
            m = _CIRCLE.match(text)
            if m and not _NARRATIVE_SENTENCE.search(text):
                return m.end()
        return None

    def continues(self, text: str, line: Line) -> bool:
        """The line goes on the open paragraph (a wrapped line, not a new paragraph)."""
        if self.cur is None:
            return False
        if self.whole:
            return line.number == self.cur.lines[-1].number
        return not (text.startswith("\u3000") and self.in_body and not self.cur.marked)

    # assembly -------------------------------------------------------------------------------
    def close(self) -> None:
        cur = self.cur
        if cur is None:
            return
        self.cur = None
        if cur.kind == "reported" and not _REPORTED_END.search(join_lines(cur.first, cur.lines[1:])):
            cur.kind = "narrative"
            self.speaker = None
        if cur.kind == "front":
            self.out.front.extend(cur.lines)
        else:
            self.out.paras.append(cur)

    def open(self, kind: str, line: Line, first: str, **kw) -> None:
        self.close()
        self.cur = _Para(kind=kind, lines=[line], first=first, **kw)

    def add(self, kind: str, line: Line) -> None:
        """A one-line paragraph that nothing continues (agenda item, stage direction)."""
        self.close()
        self.out.paras.append(_Para(kind=kind, lines=[line], first=line.text))

    def start_body(self) -> None:
        self.close()
        self.in_body = True

    def feed(self, line: Line) -> None:
        text = line.text
        stripped = text.strip().strip("\u3000").strip()
        if not stripped:
            # An empty line is noise in double-spaced PDF text; a line of spaces always
            # separates blocks (it is what the extractor leaves between paragraphs).
            if text != "" or not self.double:
                self.close()
                if not self.in_body and not self.double:
                    self.front_block = None  # a blank line ends an attendee list
            return
        if _PAGE_NUMBER.match(stripped):
            return
        if not self.in_body:
            f = self.labels.field(stripped)
            if f:
                self.front_block = f[0]
                self.open("front", line, stripped)
                return
        if self.is_agenda(stripped):
            self.start_body()
            self.speaker = None
            self.add("agenda", line)
            return
        found = self.header(stripped)
        if found:
            shape, sp, rest = found
            self.start_body()
            self.speaker = sp
            if shape.kind == "introduced":
                self.add("narrative", line)
            elif shape.kind == "reported":
                self.open("reported", line, _CIRCLE.sub("", stripped), speaker=sp, marked=True)
            elif rest:
                self.open("point", line, rest, speaker=sp)
            return
        if self.in_body and _STAGE.match(stripped) and not NUMBERED.match(stripped):
            self.add("stage", line)
            return
        if _CIRCLE.match(stripped):
            self.close()  # a ○ line always starts something: settle the paragraph before it
        at = self.bullet(stripped)
        if at is not None and (self.in_body or self.front_block != "attendees"):
            if self.speaker is None:
                if _CIRCLE.match(stripped) or NUMBERED.match(stripped):
                    self.open("narrative" if self.in_body else "front", line, stripped, marked=True)
                    return
                raise InputError(
                    "a bullet before any speaker header", file=self.src.file, line=line.number,
                    hint="is the speaker line written as （○○委員）?",
                )
            self.in_body = True
            self.open("point", line, stripped[at:], speaker=self.speaker, marked=True)
            return
        if _CIRCLE.match(stripped) and self.in_body:
            self.speaker = None
            self.open("narrative", line, stripped, marked=True)
            return
        if self.continues(text, line):
            self.cur.lines.append(line)
            return
        if self.in_body and self.speaker is not None:
            self.open("point", line, stripped, speaker=self.speaker)
            return
        self.open("narrative" if self.in_body else "front", line, stripped)

    def run(self) -> Parsed:
        for line in self.src.lines:
            self.feed(line)
        self.close()
        return self.out
