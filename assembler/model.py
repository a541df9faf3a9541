"""Frozen data types shared by every stage.

The JSON shapes produced by the ``to_dict`` methods are a contract: the parse step's
keys stay, later stages only add keys (see README, "The trace").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, TypedDict, TypeGuard

Role = Literal["member", "chair", "government", "secretariat", "other"]
Kind = Literal["opinion", "procedural"]
EvidenceKind = Literal["term", "pattern", "against"]
# What a ``to_dict`` returns: a JSON object (str keys; str, numbers, bools, None, lists, objects)
JSONObject = dict[str, object]

ROLES: tuple[Role, ...] = ("member", "chair", "government", "secretariat", "other")


def is_role(value: object) -> TypeGuard[Role]:
    """Whether a value read from a file is one of the ROLES."""
    return value in ROLES


#: an instance without ``__init__`` (the fast constructors ``made`` fill its ``__dict__``)
_new = object.__new__

# Where each input line ends (see ``Minutes.lines``): every line in exactly one place.
DISPOSITIONS: tuple[str, ...] = ("front", "agenda", "narrative", "point", "stage", "furniture",
                                 "blank", "unread")


@dataclass(frozen=True)
class Line:
    """One line of an input file as the ingest stage read it.

    ``number`` is 1-based within the file (for a PDF: within the whole extracted text),
    ``page`` is the 1-based page for PDF input and None otherwise. ``cue`` is what the
    document's structure says of the line, when a reader knows it (Word): ``speaker`` (the
    speaker cell of a 発言者 | 発言内容 table), ``head`` (that table's heading row), ``turn``
    (a top-level item of a list used on several levels: a speaker or an introducer, its
    points one level down), ``item`` (any other list item), ``bold`` (the bold words a
    paragraph starts with, the rest of it on the next line of the same number: a speaker's
    name set in bold before the speech, or just words in bold), ``break``/``breakbold`` (the
    first line of a paragraph ended by a manual line break, short and no sentence, the rest of
    the paragraph on the next lines of the same number — a speaker's label typed before the
    speech with Shift+Enter, or any words; ``breakbold`` when set in bold), ``label`` (PDF: a cell of the
    first column of a table found from its layout, a speaker's label or not), ``lead`` (a cell
    of a column before the speaker's in a record laid out as 日程 | 発言者 | 発言: the item the
    row opens). A table drawn in a .txt (``ingest.texttable``; one line per line of the file):
    ``row`` (a row under a 発言者 heading: the speaker, U+3000, the remark's first piece),
    ``cells`` (a row of any other table: its first cells, U+3000, the last cell's piece),
    ``rule`` (a rule between rows), ``page`` (a page number or running head between the pages
    of a table going on), ``after`` (the first line after a table of the proceedings). An export
    of utterances as blocks of ``key：value`` fields (``ingest.fields``) is given so too: the
    speaker's field line a ``row`` (the label alone, the speech below), a separator a ``rule``, a
    block's other fields ``field`` (the record's number, the office read into the label, the
    speech's key, the export's own date: furniture, the turn going on) and the closing count
    ``closing`` (以上　16件: the turns are over). An online meeting's transcript (``ingest.transcript``):
    each speaker's line ``transcript`` (the label, U+3000, the speech on the line), the timings, cue
    ids and the tool's own lines ``field``, and the blank lines between cues of one turn ``field``
    with no text (the turn goes on). An interview (``ingest.interview``): each question's line and
    each answer's first line ``interview`` (the label — the mark as written, 聞き手 for a dash, 回答
    for no label —, U+3000, the speech on the line), a profile's lines ``profile`` (front matter), the
    lines above the first turn ``above`` (the title and the front matter, never a turn).
    """

    text: str
    number: int
    page: int | None = None
    cue: str | None = None


@dataclass(frozen=True)
class SourceText:
    """An input file turned into lines, with the facts of how it was read; ``readings``: how the
    reader decided the speakers' labels where the file's form told it (an export of field
    blocks: ``ingest.fields``), given on to the parse's ``Minutes.readings``."""

    file: str
    lines: tuple[Line, ...]
    encoding: str | None = None
    format: str = "txt"
    readings: tuple[SpeakerReading, ...] = ()


@dataclass(frozen=True)
class SourceSpan:
    """Where a point stands in its file: 1-based inclusive lines, and the page for PDFs."""

    file: str
    line_start: int
    line_end: int
    page: int | None = None

    @classmethod
    def made(cls, file: str, line_start: int, line_end: int, page: int | None) -> SourceSpan:
        """``SourceSpan(file, line_start, line_end, page)``, the same object built without the
        generated ``__init__`` (see ``Point.made``)."""
        span = _new(cls)
        span.__dict__.update({"file": file, "line_start": line_start, "line_end": line_end, "page": page})
        return span

    def to_dict(self) -> JSONObject:
        d: JSONObject = {"file": self.file, "line_start": self.line_start, "line_end": self.line_end}
        if self.page is not None:
            d["page"] = self.page
        return d


@dataclass(frozen=True)
class AttendeeGroup:
    """One group of the attendee list as printed (e.g. 懇談会構成員 and its names)."""

    group: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Meeting:
    """One meeting of a council, from the front matter of its minutes.

    ``id`` is derived from the session number (``m02``) or, without one, the date.
    ``date`` is ISO (``2020-05-12``); ``time`` is ``16:00–17:00`` or None.
    """

    id: str
    council: str
    session: int | None
    date: str | None
    time: str | None
    place: str | None
    attendees: tuple[AttendeeGroup, ...]
    source: str
    kind: str = "議事要旨"

    @property
    def label(self) -> str:
        """第２回 style label used in citations (full-width digits)."""
        if self.session is None:
            return self.date or self.id
        return f"第{to_fullwidth(str(self.session))}回"

    def to_dict(self) -> JSONObject:
        return {
            "id": self.id,
            "council": self.council,
            "session": self.session,
            "date": self.date,
            "time": self.time,
            "place": self.place,
            "attendees": [{"group": g.group, "names": list(g.names)} for g in self.attendees],
            "source": self.source,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Speaker:
    """A speaker as written (``label``: 飯島委員) split into name (飯島) and title (委員)."""

    label: str
    name: str
    title: str
    role: Role

    @property
    def unnamed(self) -> bool:
        """No person is named: a title many hold (委員, 構成員, 問, Ｑ), so two of its points
        may be two people's (the secretariat, a chair, a body speak as one)."""
        return not self.name and self.role in ("member", "other")


@dataclass(frozen=True)
class Point:
    """One bullet (議事要旨) or paragraph of a speaker turn (議事録).

    ``text`` is the bullet with hard line breaks, page-break spaces and the bullet glyph
    removed and nothing else changed — except a narrated act's (``narration``): the words its
    sentence reports, a span of that sentence, without the actor and the act. ``id`` is stable: meeting id plus a hash of the
    speaker and the normalised text, so unchanged points keep their id when other points
    or files change.
    """

    id: str
    meeting: str
    speaker: Speaker
    kind: Kind
    text: str
    source: SourceSpan
    kind_why: str = ""  # the evidence for ``kind``: each sentence's act, or the substantive one
    # the evidence for the role when it was read from the minutes rather than the title alone
    # (a deputy presiding or not, an official as secretariat or government); "" otherwise
    role_why: str = ""
    # the evidence for ``speaker`` when the minutes give it other than in a header above: the
    # heading that named the group the point was published under (委員からの主な意見は以下のとおり。),
    # or the label after the point (…。（野々村構成員）), or the one person a title alone names —
    # named under it later in the record or in its attendee list (name_forward, name_holders)
    speaker_why: str = ""
    # a point of a record that narrates who acted (``minutes/acted.py``) whose sentence reports
    # words (菅野委員が、…ではないかと質問。): the sentence as written, actor and act included,
    # while ``text`` is the words it reports (…ではないか), a span of it; "" for any other point
    narration: str = ""

    @classmethod
    def made(cls, id: str, meeting: str, speaker: Speaker, kind: Kind, text: str,
             source: SourceSpan, kind_why: str, role_why: str, speaker_why: str, narration: str) -> Point:
        """``Point(…)`` with every field given, the same object built without the generated
        ``__init__``: a frozen dataclass's sets each field through ``object.__setattr__``
        (nine calls, 1.9 against 0.9 µs a point; one point per paragraph of a parse). The
        fields go into the instance's ``__dict__`` as ``__init__`` puts them, so equality,
        hashing, ``repr``, ``replace`` and pickling are the same (tests/test_assembly_fast_paths.py
        holds it to ``Point(…)`` field by field, so a field added to the class is caught)."""
        point = _new(cls)
        point.__dict__.update({"id": id, "meeting": meeting, "speaker": speaker, "kind": kind, "text": text,
                               "source": source, "kind_why": kind_why, "role_why": role_why,
                               "speaker_why": speaker_why, "narration": narration})
        return point

    def to_dict(self) -> JSONObject:
        return {
            "id": self.id,
            "meeting": self.meeting,
            "speaker": self.speaker.label,
            "name": self.speaker.name,
            "title": self.speaker.title,
            "role": self.speaker.role,
            "kind": self.kind,
            "kind_why": self.kind_why,
            **({"role_why": self.role_why} if self.role_why else {}),
            **({"speaker_why": self.speaker_why} if self.speaker_why else {}),
            "text": self.text,
            **({"narration": self.narration} if self.narration else {}),
            "source": self.source.to_dict(),
        }


@dataclass(frozen=True)
class Unread:
    """An input line the parser could not place, and why (never dropped silently)."""

    file: str
    line: int
    text: str
    why: str
    page: int | None = None

    @property
    def where(self) -> str:
        """``file:line`` as an editor takes it."""
        return f"{self.file}:{self.line}"

    def to_dict(self) -> JSONObject:
        d: JSONObject = {"file": self.file, "line": self.line, "text": self.text, "why": self.why}
        if self.page is not None:
            d["page"] = self.page
        return d


@dataclass(frozen=True)
class Direction:
    """A stage direction (（拍手）, （「異議なし」と声あり）) found on a line, kept out of points."""

    line: int
    text: str


@dataclass(frozen=True)
class SpeakerReading:
    """How the labels of a part of the minutes were read where the document had to decide:
    after their points (``・…である。（野々村構成員）``, ``after``) or above them as headers,
    over lines ``first``–``last`` (editor's numbers), ``labels`` of them, and ``why`` (a
    message marked for translation, shown by ``review``)."""

    first: int
    last: int
    labels: int
    after: bool
    why: str

    def to_dict(self) -> JSONObject:
        return {"first": self.first, "last": self.last, "labels": self.labels,
                "read": "after" if self.after else "above", "why": self.why}


@dataclass(frozen=True)
class Legend:
    """A legend of marks the minutes print (``※　◇は委員からの意見・質問、◆は市からの回答を示す。``):
    its line, its text, and the speaker each mark stands for (a line led by the mark is a point
    of that speaker)."""

    line: int
    text: str
    marks: tuple[tuple[str, Speaker], ...]

    def to_dict(self) -> JSONObject:
        return {"line": self.line, "text": self.text,
                "marks": [{"mark": m, "speaker": sp.label, "title": sp.title, "role": sp.role}
                          for m, sp in self.marks]}


@dataclass(frozen=True)
class Minutes:
    """The result of parsing one minutes file.

    ``lines`` holds one disposition (``DISPOSITIONS``) per input line, in order: front
    matter, agenda, narrative, point, stage direction, page furniture, blank or unread.
    ``unread`` lists the unread lines with the reason; ``directions`` the stage directions.
    """

    meeting: Meeting
    points: tuple[Point, ...]
    lines: tuple[str, ...] = ()
    unread: tuple[Unread, ...] = ()
    directions: tuple[Direction, ...] = ()
    #: how the speakers were read where the document had to decide (labels after their
    #: points or above them), with the reason
    readings: tuple[SpeakerReading, ...] = ()
    #: the legends of marks that were read, in the order of their lines (each rules from its
    #: line to the next)
    legends: tuple[Legend, ...] = ()

    @property
    def legend(self) -> Legend | None:
        """The first legend of marks read, if any."""
        return self.legends[0] if self.legends else None

    def line_counts(self) -> dict[str, int]:
        """How many input lines ended in each place (all places, zeros included)."""
        counts = dict.fromkeys(DISPOSITIONS, 0)
        for d in self.lines:
            counts[d] += 1
        return counts


# --- the strategy outline -------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence that a point belongs to a section.

    ``kind`` is ``term`` (a literal, matched on the normalised key), ``pattern`` (a regular
    expression on the normalised key) or ``against`` (a term that argues against: its
    weight is subtracted). ``weaker_in`` lists phrases that contain a trap-prone term in a
    sense that is not the section's (運営 in 会議の運営): an occurrence inside one of them
    counts for less (``classify.Scoring.context_factor``).
    """

    kind: EvidenceKind
    text: str
    weight: float
    weaker_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A section of the draft strategy, from the outline YAML."""

    id: str
    title: str
    order: int
    intro: str | None = None
    evidence: tuple[Evidence, ...] = ()
    subsections: tuple["Section", ...] = ()
    catch_all: bool = False
    parent: str | None = None


@dataclass(frozen=True)
class Outline:
    """The whole outline: top-level sections in order, and the file it came from."""

    sections: tuple[Section, ...]
    source: str

    def iter_all(self) -> Iterator[Section]:
        """Every section, depth first, in order."""
        stack = list(reversed(self.sections))
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.subsections))

    @property
    def catch_all(self) -> Section:
        return next(s for s in self.iter_all() if s.catch_all)


# --- classification ----------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """Evidence that matched a point: what, how often, the weight it added, and where.

    ``where`` is the part of the sentence its best occurrence stood in, which scaled its
    weight (see ``assembler.classify``): ``point`` (the final clause of a sentence that
    states a proposal: 〜すべき, 〜が重要, 〜いただきたい), ``topic`` (a clause ending in
    〜については), ``lead`` (the first sentence), ``background`` (a clause ending in
    〜を背景に, 〜の中で, 〜とはいえ, 〜であるが, 〜に関連して …), ``weakened`` (inside one of
    the term's ``weaker_in`` phrases), or ``body`` (anywhere else). ``found`` is the text a
    pattern matched first (on the normalised key), which says more to a reader than the
    regular expression; empty for terms.
    """

    section: str
    kind: EvidenceKind
    text: str
    weight: float
    count: int = 1
    where: str = "body"
    found: str = ""


@dataclass(frozen=True)
class Assignment:
    """Where a point goes in the draft and why.

    ``section`` is the primary section id (None for procedural or excluded points);
    ``sections`` all ids, primary first; ``scores`` every section's score;
    ``manual`` is True when an override decided it (``reason`` says why).
    ``margin`` says how clearly the evidence decided: (best − second) / best in [0, 1]
    for a placed point, (best − threshold) / threshold in [−1, 0) for a point that fell
    to the catch-all, None when nothing was scored (procedural, manual).
    """

    point: str
    section: str | None
    sections: tuple[str, ...]
    scores: tuple[tuple[str, float], ...]
    matched: tuple[Match, ...]
    uncertain: bool
    manual: bool = False
    excluded: bool = False
    reason: str | None = None
    margin: float | None = None

    def to_dict(self) -> JSONObject:
        matched: dict[str, list[JSONObject]] = {}
        for m in self.matched:
            matched.setdefault(m.section, []).append(
                {"kind": m.kind, "text": m.text, "weight": m.weight, "count": m.count, "where": m.where,
                 **({"found": m.found} if m.found else {})}
            )
        return {
            "section": self.section,
            "sections": list(self.sections),
            "scores": {k: v for k, v in self.scores},
            "matched": matched,
            "uncertain": self.uncertain,
            "placement": "excluded" if self.excluded else ("manual" if self.manual else "auto"),
            "reason": self.reason,
        }


# --- deduplication ------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """Evidence for a merge: two point ids, their similarity (0–100) and how it was scored.

    ``how`` names the scorer that reached the threshold: ``same`` (equal comparison keys),
    ``whole`` (the whole text), ``clauses`` (clauses in another order), ``sentences``
    (sentences dropped or reordered), ``part`` (a restatement of part of the point, or
    of all of it with sentences added), ``manual`` (the secretariat's merge).
    """

    a: str
    b: str
    score: float
    manual: bool = False
    how: str = "whole"

    def to_dict(self) -> JSONObject:
        return {"a": self.a, "b": self.b, "score": round(self.score, 2), "how": self.how,
                "manual": self.manual}


@dataclass(frozen=True)
class Apart:
    """Evidence for a match not merged because the two points take opposite stances.

    ``a`` and ``b`` scored ``score`` (at or above the threshold). ``how`` is ``negation``
    (one predicate negated, the other not: 「…必要である」/「…必要ではない」) or ``antonym``
    (words of opposite direction: 拡大/縮小), and ``words`` the words of ``a`` and of ``b``;
    or ``opposed`` when ``a`` and ``b`` agree but merging them would put two points that
    take opposite stances in one group: ``words`` are then those two points' ids.
    """

    a: str
    b: str
    score: float
    how: str
    words: tuple[str, str]

    def to_dict(self) -> JSONObject:
        return {"a": self.a, "b": self.b, "score": round(self.score, 2), "how": self.how,
                "words": list(self.words)}


@dataclass(frozen=True)
class Group:
    """Points that say the same thing. A point alone is a group of one.

    ``representative`` is the point whose wording the draft shows; ``links`` is the
    spanning tree of the matches that joined the group (k - 1 links for k points, each
    member's link into the group); ``flagged`` marks a group a member of which is far
    below the threshold against the representative (for review); ``partial`` holds the
    members that restate part of the point with a lead-in (前回も申し上げたが…), joined by
    containment: the draft says so in the citation. ``apart`` holds the matches at or above
    the threshold that were not merged into the group because the points take opposite
    stances (``Apart``; in the trace only when there are any).
    """

    id: str
    points: tuple[str, ...]
    representative: str
    links: tuple[Link, ...] = ()
    flagged: bool = False
    manual: bool = False
    partial: tuple[str, ...] = ()
    apart: tuple[Apart, ...] = ()

    def to_dict(self) -> JSONObject:
        out: JSONObject = {
            "id": self.id,
            "points": list(self.points),
            "representative": self.representative,
            "links": [link.to_dict() for link in self.links],
            "flagged": self.flagged,
            "manual": self.manual,
            "partial": list(self.partial),
        }
        if self.apart:
            out["apart"] = [x.to_dict() for x in self.apart]
        return out


# --- the draft -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationPart:
    """One speaker in a citation with the meetings they said it at (第２回・第３回)."""

    speaker: str
    meetings: tuple[str, ...]
    new_meetings: tuple[str, ...] = ()
    #: meetings where the speaker restated only part of the point (``Group.partial``)
    restated_meetings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """One bullet of the draft: a group's representative wording and its citation.

    ``anchor`` is the bookmark (a point id) the citation links to; ``new`` marks an entry
    that did not exist in the previous draft; ``edited`` marks the secretariat's wording;
    ``after`` holds paragraphs the secretariat wrote after it; ``comments`` the doubts shown
    beside it as Word comments (an uncertain placement, a merge to check).
    """

    anchor: str
    text: str
    points: tuple[str, ...]
    citation: tuple[CitationPart, ...]
    group: str
    new: bool = False
    edited: bool = False
    after: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chapter:
    """A section of the outline with its entries and subchapters, ready to render."""

    section: Section
    intro: str | None
    entries: tuple[Entry, ...]
    subchapters: tuple["Chapter", ...] = ()


@dataclass(frozen=True)
class TraceRow:
    """One appendix row: a point and everything decided about it.

    ``group`` is what the merge column shows: empty for a point alone, else 代表（n件を統合）
    on the representative and →<its id> on the others; ``group_id`` is the group's id;
    ``placement`` is the placement's wording (『DX』『デジタル』の語による); ``assignment`` the decision itself.
    Every trace output reads its columns from these (``render/columns.py``).
    """

    point: Point
    meeting: Meeting
    section: str | None
    section_title: str
    placement: str
    group: str
    representative: bool
    assignment: Assignment | None = None
    group_id: str | None = None


@dataclass(frozen=True)
class Draft:
    """Everything the renderer needs, already decided: no logic is left for it."""

    title: str
    date: str | None
    author: str
    meetings: tuple[Meeting, ...]
    chapters: tuple[Chapter, ...]
    trace: tuple[TraceRow, ...]
    changes: tuple[str, ...] = ()
    revision_date: str | None = None
    #: doubts about points the body does not show (e.g. a merge of procedural remarks), as
    #: Word comments on their appendix rows: (point id, texts) in the minutes' order
    row_comments: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: discourse openers left out of entries' text: (point id, the opener as written)
    trimmed: tuple[tuple[str, str], ...] = ()


_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def to_fullwidth(digits: str) -> str:
    """Half-width digits to full-width, as Japanese government documents print them.

    >>> to_fullwidth("12")
    '１２'
    """
    return digits.translate(_FW)


# --- the secretariat's decisions (overrides.yaml) --------------------------------------------


@dataclass(frozen=True)
class Placement:
    """A manual decision on one point: put it in ``section``, or exclude it."""

    point: str
    section: str | None
    excluded: bool = False
    reason: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Overrides:
    """Everything the secretariat decided by hand, applied on every run.

    ``never_merge`` holds pairs of point ids that must stay apart; ``merge`` holds
    (point, into) pairs forced together; ``edits`` holds (point id, reworded text)
    carried over from an edited draft.
    """

    source: str | None = None
    placements: tuple[Placement, ...] = ()
    never_merge: tuple[tuple[str, str], ...] = ()
    merge: tuple[tuple[str, str], ...] = ()
    edits: tuple[tuple[str, str], ...] = ()


# --- review (the JSON of ``assembler review --json``, read by the draft's doubt comments) ---


class Alternative(TypedDict):
    """A rival chapter of a placement: its id, title, score and evidence in words."""

    section: str
    section_title: str
    score: float
    evidence: str


class PlacementReview(TypedDict):
    """A placement to check (``classify.ReviewRow`` with the chapter titles and evidence in words)."""

    point: str
    meeting: str
    speaker: str
    text: str
    section: str
    section_title: str
    why: str
    margin: float
    evidence: str
    alternatives: list[Alternative]
    source: JSONObject


class MergedPoint(TypedDict):
    point: str
    speaker: str
    text: str


class MergeReview(TypedDict):
    """A merge link to check (``dedup.Review`` with both points' speakers and texts)."""

    group: str
    score: float
    margin: float
    flagged: bool
    manual: bool
    a: MergedPoint
    b: MergedPoint


class ApartReview(TypedDict):
    """A match kept apart because the two points take opposite stances (``Apart`` with both
    points' speakers and texts): check it, and merge by hand (overrides.yaml) if wrong."""

    group: str
    score: float
    how: str
    words: list[str]
    a: MergedPoint
    b: MergedPoint


class ReviewData(TypedDict):
    """``assembler review --json``: the threshold used and the lists, most doubtful first
    (``apart``: the matches not merged because the points take opposite stances)."""

    threshold: float
    placements: list[PlacementReview]
    merges: list[MergeReview]
    apart: list[ApartReview]
