"""What the line parser builds: its open paragraph (``Para``), a report read from prose (``Said``)
and the parse's result (``Parsed``).

Moved from ``parser.py`` (where ``LineParser`` reads the lines).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Direction, Kind, Legend, Line, Speaker, SpeakerReading, Unread
from . import trailing


@dataclass
class Para:
    """A paragraph being assembled: its kind, speaker, lines and first line without marker.

    ``idx`` are the positions of its lines in the source (docx lines can share a number).
    ``marked`` says the paragraph began with a bullet or ○, so an indented line below it
    is a hanging indent (continuation), not a new paragraph.
    """

    kind: str  # "point" | "reported" | "circle" | "narrative" | "front" | "agenda" | "orphan" | "note"
    lines: list[Line]
    idx: list[int]
    first: str = ""
    speaker: Speaker | None = None
    marked: bool = False
    #: the label after the paragraph that names its speakers (``trailing``), and the evidence
    attribution: trailing.Attribution | None = None
    why: str = ""
    #: opened by a bracketed label with the speech after it on the line ((事務局)…): later
    #: labels in the paragraph may start the next speakers' points (``settle_inline``)
    labelled: bool = False
    #: the turn a point belongs to (a header's count, ``take_header``; 0: no header opened it)
    turn: int = 0


@dataclass
class Said(Para):
    """A report read from a paragraph of reports (``LineParser.settle_prose``): its text, a
    clause of the paragraph (``lines`` are the lines it stands on, which other reports of the
    paragraph may share), and its kind, read from its words (``prose.kind_of``)."""

    text: str = ""
    judged: tuple[Kind, str] = ("opinion", "")
    #: read from a record that narrates who acted (``acted.py``): the actor and the act as
    #: written, and the line (the evidence, first in the point's ``speaker_why``)
    actor: str = ""
    #: … whose sentence reports words: the sentence as written (``text`` is the words)
    narration: str = ""


@dataclass
class Parsed:
    """What the parser found: front-matter lines, body paragraphs, each line's fate."""

    front: list[Line] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)
    fate: list[str] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    directions: list[Direction] = field(default_factory=list)
    groups: set[str] = field(default_factory=set)  # lines read as a group of attendees (委員：青木、…)
    #: the speakers a heading named as a group whose opinions follow, with that heading
    #: (``groups.py``): each paragraph of one of them is an anonymous group's point
    anonymous: list[tuple[Speaker, str]] = field(default_factory=list)
    readings: tuple[SpeakerReading, ...] = ()  # how the labels were read where the document decided it
    legends: list[Legend] = field(default_factory=list)  # the legends of marks that were read (``legend.py``)
