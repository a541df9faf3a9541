"""Assignments + groups -> a Draft: what goes in which chapter, in what order, citing whom.

Pure: no files, no docx. The renderer only lays out what this stage decided.

Rules:
- A group is placed where its representative is placed; members that are procedural or
  excluded are left out of the body (they stay in the appendix).
- Entries in a chapter follow the order of first appearance (meeting order, then the order
  in the minutes) of their representative.
- A citation lists each speaker once, in order of first appearance, with every meeting
  they made the point at: （飯島委員〔第２回・第３回〕、小林委員〔第３回〕）.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

import jinja2

from . import sandbox
from .errors import ConfigError
from .i18n import _
from .text import norm
from .model import (Assignment, Chapter, CitationPart, Draft, Entry, Group, Meeting, Minutes,
                    Outline, Point, ReviewData, Section, TraceRow)

# Wording of the placement column in the appendix (and every trace output).
#: How a term's place in the sentence changed its weight (model.Match.where).
PLACED_WHERE = {"point": "（結論部）", "background": "（背景部）", "weakened": "（別の意味）"}
PLACED_MANUAL = "事務局が指定"
PLACED_PROCEDURAL = "手続的発言（本文に掲載しない）"
PLACED_EXCLUDED = "事務局が除外"
PLACED_NO_TERM = "章を決める語がない"
PLACED_UNCERTAIN = "（要確認）"
#: At most this many terms are named; more end in など.
PLACED_TERMS = 3


@dataclass(frozen=True)
class Changes:
    """What is new since the previous draft (from the project's manifest).

    ``new_points``: ids of points the previous draft did not have; ``summary``: the lines
    of the 「前回からの変更」 block; ``date``: the build's date for tracked changes.
    """

    new_points: frozenset[str] = frozenset()
    summary: tuple[str, ...] = ()
    date: str | None = None


def default_title(meetings: tuple[Meeting, ...]) -> str:
    """A title for a draft without a project config: the council's name and たたき台."""
    council = meetings[-1].council if meetings else ""
    return f"{council}における議論の整理（事務局たたき台）" if council else "議論の整理（事務局たたき台）"


def placement_text(a: Assignment, kind: str, text: str = "") -> str:
    """Why a point was placed, in words, for the appendix: the strongest terms that decided
    it in the spelling of ``text`` (the point's own words), or who decided.

    >>> from assembler.model import Match
    >>> a = Assignment("p", "mdb", ("mdb",), (("mdb", 7.5),), (Match("mdb", "term", "MDBS", 4, 3),
    ...     Match("mdb", "pattern", "公的な?(支援|金融)", 2, 1, "point", "公的金融"),
    ...     Match("mdb", "term", "JBIC", 1, 1), Match("mdb", "term", "NEXI", 0.5, 1)), False)
    >>> placement_text(a, "opinion", "MDBsやJBIC、NEXIによる公的金融の支援を")
    '『MDBs』『公的金融』（結論部）『JBIC』などの語による'
    """
    if a.excluded:
        return f"{PLACED_EXCLUDED}（{a.reason}）" if a.reason else PLACED_EXCLUDED
    if kind == "procedural" and a.section is None:
        return PLACED_PROCEDURAL
    if a.manual:
        return f"{PLACED_MANUAL}（{a.reason}）" if a.reason else PLACED_MANUAL
    matched = sorted((m for m in a.matched if m.section == a.section),
                     key=lambda m: -m.weight)
    terms: dict[str, None] = {}  # distinct, strongest first; one more than shown says など
    for m in matched:
        terms[f"『{original_spelling(m.found or m.text, text)}』{PLACED_WHERE.get(m.where, '')}"] = None
        if len(terms) > PLACED_TERMS:
            break
    if terms:
        why = "".join(list(terms)[:PLACED_TERMS]) + ("などの語による" if len(terms) > PLACED_TERMS else "の語による")
    else:
        why = PLACED_NO_TERM
    return why + (PLACED_UNCERTAIN if a.uncertain else "")


def original_spelling(term: str, text: str) -> str:
    """``term`` (matched on the normalised key: NFKC, upper case) as ``text`` spells it; the
    term itself when the text does not hold it.

    >>> original_spelling("NEW NORMAL", "Post コロナで New Normal を先取り")
    'New Normal'
    >>> original_spelling("O&M", "Ｏ＆Ｍの担い手"), original_spelling("KPI", "目標")
    ('Ｏ＆Ｍ', 'KPI')
    >>> original_spelling("株式会社", "新しい㍿の設立"), original_spelling("1号", "第１号と1号")
    ('㍿', '１号')
    """
    wanted = norm(term)
    if not wanted:
        return term
    k = text.find(wanted)
    if k >= 0:  # spelled as the key here: the first match unless one before it is folded
        if not _FOLDS.search(text, 0, k + len(wanted)):
            return text[k:k + len(wanted)]
        found = _folded_find(wanted, text[:k + len(wanted)])  # a match before it ends there
        if found is not None:
            return found
    found = _folded_find(wanted, text)
    return term if found is None else found


def _folded_find(wanted: str, text: str) -> str | None:
    """The first span of ``text`` whose characters' keys spell ``wanted``, or None."""
    joined = text.translate(_KEYS)  # every character's key (one or more characters each)
    k = joined.find(wanted)
    if k < 0:
        return None
    if len(joined) == len(text):  # one character for one (most text): the same places
        return text[k:k + len(wanted)]
    where: list[int] = []
    for i, n in enumerate(map(_norm_char, text)):
        where.extend([i] * len(n))
    return text[where[k]:where[k + len(wanted) - 1] + 1]


class _Keys(dict[int, str]):
    """``str.translate``'s table of each character's key (``text.norm`` of it alone), made
    as characters are met. No key is empty (NFKC and upper case never drop a character), so
    a text as long as its keys has one key character for each character."""

    def __missing__(self, code: int) -> str:
        key = self[code] = _norm_char(chr(code))
        assert key, f"an empty key for U+{code:04X}"
        return key


_KEYS = _Keys()


#: Any character that may not be its own key (``text.norm`` of it alone): anything but
#: ASCII other than small letters, hiragana, katakana, the prolonged sound mark, 、。「」『』
#: and the unified CJK ideographs.
_FOLDS = re.compile("[^\x00-\x60\x7b-\x7f\u3001\u3002\u300c-\u300f\u3041-\u3096\u30a1-\u30fa\u30fc"
                    "\u4e00-\u9fff]")


@lru_cache(maxsize=1 << 16)
def _norm_char(ch: str) -> str:
    """One character's key (``text.norm``), remembered."""
    return norm(ch)


def merge_text(pid: str, group: Group | None) -> str:
    """The appendix's merge column: empty for a point alone, else who represents whom.

    >>> merge_text("m03_b", Group("g_m02_a", ("m02_a", "m03_b"), "m02_a"))
    '→m02_a'
    >>> merge_text("m02_a", Group("g_m02_a", ("m02_a", "m03_b"), "m02_a"))
    '代表（2件を統合）'
    """
    if group is None or len(group.points) == 1:
        return ""
    if group.representative == pid:
        return f"代表（{len(group.points)}件を統合）"
    return f"→{group.representative}"


def _citation(members: list[Point], labels: dict[str, str], new_points: frozenset[str],
              partial: frozenset[str] = frozenset()) -> tuple[CitationPart, ...]:
    """Each speaker once, in order of first appearance, with the meeting labels (``labels``:
    meeting id -> 第２回) where they made the point; a label is new when all of the
    speaker's points there are, restated when all of them restate part of the point
    (``partial``). Linear in the members (a campaign group has thousands)."""
    order: dict[str, dict[str, tuple[bool, bool]]] = {}
    for p in members:
        by_label = order.setdefault(p.speaker.label, {})
        label = labels[p.meeting]
        new, part = by_label.get(label, (True, True))
        by_label[label] = (new and p.id in new_points, part and p.id in partial)
    return tuple(CitationPart(speaker=speaker, meetings=tuple(by_label),
                              new_meetings=tuple(k for k, (new, _) in by_label.items() if new),
                              restated_meetings=tuple(k for k, (_, part) in by_label.items() if part))
                 for speaker, by_label in order.items())


def _intro(section: Section, entries: list[Entry], points: dict[str, Point],
           meetings: dict[str, Meeting], outline: Outline) -> str | None:
    if not section.intro:
        return None
    members = [points[pid] for e in entries for pid in e.points]
    labels = list(dict.fromkeys(meetings[p.meeting].label for p in members))
    env = sandbox.environment(undefined=jinja2.StrictUndefined, autoescape=False)
    try:
        return env.from_string(section.intro).render(
            title=section.title, points=len(members), entries=len(entries),
            speakers=len({p.speaker.label for p in members}), meetings=labels).strip()
    except jinja2.TemplateError as e:
        raise ConfigError(_("section {id!r}: intro: {e}").format(id=section.id, e=e), file=outline.source) from None


_NUMBER = "[0-9０-９一二三四五六七八九十]+"


def opener_pattern(openers: list[str]) -> "re.Pattern[str] | None":
    """One regex for a list of discourse openers (# = a number), tried at the start of a text.

    >>> opener_pattern(["#点目は、", "また、"]).match("３点目は、また、早期に").group(0)
    '３点目は、また、'
    """
    alts = sorted({re.escape(o.strip()).replace(r"\#", _NUMBER)
                   for o in openers if o.strip()}, key=len, reverse=True)
    if not alts:
        return None
    return re.compile(f"(?:{'|'.join(alts)})+")


def strip_opener(text: str, pattern: "re.Pattern[str] | None") -> tuple[str, str]:
    """(text without its opener, the opener) — the text unchanged when nothing would remain.

    >>> strip_opener("２点目は、コロナで価値観が変わる。", opener_pattern(["#点目は、"]))
    ('コロナで価値観が変わる。', '２点目は、')
    >>> strip_opener("また、", opener_pattern(["また、"]))
    ('また、', '')
    """
    m = pattern.match(text) if pattern else None
    if m is None or len(text) - m.end() < 8:
        return text, ""
    return text[m.end():], m.group(0)


def doubt_comments(review: ReviewData, scores: dict[str, dict[str, float]],
                   render_each: Callable[[str, list[dict[str, object]]], list[str]]
                   ) -> dict[str, tuple[str, ...]]:
    """The doubts ``review`` lists, worded as Word comments: point id (an uncertain
    placement) or group id (a merge to check) -> texts.

    ``review`` is review.review_data's result, ``scores`` each point's chapter scores,
    ``render_each(template, variables)`` renders templates/comment_placement.j2 and
    comment_merge.j2 once for each set of variables (``Texts.render_each``).
    """
    placements: list[dict[str, object]] = []
    for r in review["placements"]:
        chosen = {"id": r["section"], "title": r["section_title"],
                  "score": scores.get(r["point"], {}).get(r["section"] or "", 0), "evidence": r["evidence"]}
        others = [{"id": a["section"], "title": a["section_title"], "score": a["score"],
                   "evidence": a["evidence"]} for a in r["alternatives"]]
        placements.append({"point": r["point"], "chosen": chosen, "alternatives": others,
                           "margin": r["margin"]})
    merges: list[dict[str, object]] = [
        {"group": m["group"], "a": m["a"], "b": m["b"], "score": m["score"],
         "threshold": review["threshold"], "flagged": m["flagged"], "manual": m["manual"]}
        for m in review["merges"]]
    out: dict[str, list[str]] = {}
    for r, text in zip(review["placements"], render_each("comment_placement.j2", placements)):
        out.setdefault(r["point"], []).append(text)
    for m, text in zip(review["merges"], render_each("comment_merge.j2", merges)):
        out.setdefault(m["group"], []).append(text)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class _Inputs:
    """What building one entry needs to know (build_draft's arguments, indexed)."""

    points: dict[str, Point]
    by_point: dict[str, Assignment]
    order: dict[str, int]
    labels: dict[str, str]
    changes: Changes
    edits: dict[str, str]
    after: dict[str, tuple[str, ...]]
    openers: "re.Pattern[str] | None"


def build_draft(parsed: tuple[Minutes, ...], outline: Outline, assignments: tuple[Assignment, ...],
                groups: tuple[Group, ...], *, title: str | None = None,
                edits: dict[str, str] | None = None, after: dict[str, tuple[str, ...]] | None = None,
                changes: Changes = Changes(), author: str = "事務局",
                comments: dict[str, tuple[str, ...]] | None = None,
                openers: list[str] | None = None, placed: Placed | None = None) -> Draft:
    """Decide the whole draft: chapters with entries, and one appendix row per point.

    ``comments`` maps a point id or a group id to doubts worded for a person
    (``doubt_comments``); each entry carries those of its group and its points
    (``attach_comments``: a draft built without them takes them the same way later).
    ``openers`` (templates/openers.j2) are left out at the start of an entry's text; the
    appendix keeps the verbatim text and says what was left out. ``placed``: placement
    wordings made ahead (``place_ahead``).
    """
    meetings = {m.meeting.id: m.meeting for m in parsed}
    points = {p.id: p for m in parsed for p in m.points}
    inputs = _Inputs(points=points, by_point={a.point: a for a in assignments},
                     order={pid: i for i, pid in enumerate(points)},
                     labels={mid: m.label for mid, m in meetings.items()}, changes=changes,
                     edits=edits or {}, after=after or {}, openers=opener_pattern(openers or []))
    _check_placed(inputs)
    entries_by_section, trimmed = _entries(groups, inputs)

    def chapter(section: Section) -> Chapter:
        own = entries_by_section.get(section.id, [])
        subs = tuple(chapter(s) for s in sorted(section.subsections, key=lambda s: s.order))
        every = own + [e for c in iter_chapters(subs) for e in c.entries]
        return Chapter(section=section, intro=_intro(section, every, points, meetings, outline),
                       entries=tuple(own), subchapters=subs)

    chapters = tuple(chapter(s) for s in sorted(outline.sections, key=lambda s: s.order))
    ordered = tuple(m.meeting for m in parsed)
    dates = [m.date for m in ordered if m.date]
    draft = Draft(
        title=title or default_title(ordered), date=max(dates) if dates else None,
        author=author, meetings=ordered, chapters=chapters,
        trace=trace_rows(parsed, outline, assignments, groups, placed),
        changes=changes.summary, revision_date=changes.date,
        trimmed=tuple(trimmed.items()),
    )
    return attach_comments(draft, groups, comments) if comments else draft


def attach_comments(draft: Draft, groups: tuple[Group, ...],
                    comments: dict[str, tuple[str, ...]]) -> Draft:
    """The draft with its doubts (``doubt_comments``): each entry carries those of its group
    and of its points, each once, in that order; the doubts about points the body does not
    show go on their appendix rows (a group's on its representative's row), in the points'
    order. ``draft`` was built without comments (they can be worded while it is built, in
    another process: ``pipeline.render``)."""
    if not comments:
        return draft

    def chapter(c: Chapter) -> Chapter:
        entries = tuple(e if not (found := _comments(comments, e.group, e.points))
                        else replace(e, comments=found) for e in c.entries)
        return replace(c, entries=entries, subchapters=tuple(chapter(s) for s in c.subchapters))

    shown = {key for e in iter_entries(draft) for key in (e.group, *e.points)}
    return replace(draft, chapters=tuple(chapter(c) for c in draft.chapters),
                   row_comments=_row_comments(shown, groups, comments, draft.trace))


def _check_placed(inputs: _Inputs) -> None:
    """Every point has a placement (the classify stage's contract)."""
    if set(inputs.by_point) != set(inputs.points):
        missing = sorted(set(inputs.points) - set(inputs.by_point))
        raise ConfigError(_("{missing} points have no placement (first: {value})").format(missing=len(missing), value=missing[:3]))


def _entries(groups: tuple[Group, ...], inputs: _Inputs
             ) -> tuple[dict[str, list[Entry]], dict[str, str]]:
    """The body's entries by section id, each section's in order of first appearance, and
    the openers left out (point id -> opener)."""
    by_section: dict[str, list[Entry]] = {}
    trimmed: dict[str, str] = {}
    for g in groups:
        placed = _entry(g, inputs, trimmed)
        if placed is not None:
            by_section.setdefault(placed[0], []).append(placed[1])
    for entries in by_section.values():
        entries.sort(key=lambda e: inputs.order[e.anchor])
    return by_section, trimmed


def _entry(g: Group, inputs: _Inputs, trimmed: dict[str, str]) -> tuple[str, Entry] | None:
    """A group's entry and its section; None when no member is in the body (procedural or
    excluded). The representative's opener, if left out, goes into ``trimmed``."""
    by_point, points = inputs.by_point, inputs.points
    members = [points[pid] for pid in g.points
               if by_point[pid].section is not None and not by_point[pid].excluded]
    if not members:
        return None
    if len(members) > 1:
        members.sort(key=lambda p: inputs.order[p.id])
    rep = points[g.representative]
    if rep not in members:
        rep = members[0]
    section = by_point[rep.id].section
    assert section is not None
    if rep.id in inputs.edits:
        text = inputs.edits[rep.id]
    else:
        text, opener = strip_opener(rep.text, inputs.openers)
        if opener:
            trimmed[rep.id] = opener
    new_points = inputs.changes.new_points
    return section, Entry(
        anchor=rep.id, text=text, points=tuple(p.id for p in members),
        citation=_citation(members, inputs.labels, new_points, frozenset(g.partial) if g.partial else frozenset()),
        group=g.id,
        new=rep.id in new_points and all(p.id in new_points for p in members),
        edited=rep.id in inputs.edits, after=inputs.after.get(rep.id, ()),
    )


def _comments(comments: dict[str, tuple[str, ...]], group: str, members: tuple[str, ...]) -> tuple[str, ...]:
    """The doubts of a group and of its points (ids), each once, in that order."""
    found = [c for key in (group, *members) for c in comments.get(key, ())]
    return tuple(dict.fromkeys(found)) if len(found) > 1 else tuple(found)


def _row_comments(shown: set[str], groups: tuple[Group, ...], comments: dict[str, tuple[str, ...]],
                  trace: tuple[TraceRow, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Doubts about points not in the body (``shown``: the groups and points of the entries)
    go on their appendix rows (a group's on its representative's row), in the points' order."""
    reps = {g.id: g.representative for g in groups}
    order: dict[str, int] = {}
    for i, row in enumerate(trace):
        order.setdefault(row.point.id, i)
    out: dict[str, tuple[str, ...]] = {}
    for key, texts in comments.items():
        if key not in shown:
            pid = reps.get(key, key)
            out[pid] = out.get(pid, ()) + texts
    return tuple(sorted(out.items(), key=lambda kv: order.get(kv[0], 0)))


def iter_chapters(chapters: Iterable[Chapter]) -> Iterator[Chapter]:
    """Every chapter and subchapter, depth first, in the draft's order."""
    for c in chapters:
        yield c
        yield from iter_chapters(c.subchapters)


def iter_entries(draft: Draft) -> Iterator[Entry]:
    """Every entry of the draft body, chapter by chapter."""
    for c in iter_chapters(draft.chapters):
        yield from c.entries


#: Placement wordings made ahead (``pipeline``: while this process waits for dedup): point id
#: -> (its assignment, the point, ``placement_text`` of them). trace_rows uses one only for
#: the very same assignment and point (a later decision makes a new assignment).
Placed = Mapping[str, tuple[Assignment, Point, str]]


def place_ahead(points: Sequence[Point], assignments: Sequence[Assignment],
                into: dict[str, tuple[Assignment, Point, str]]) -> None:
    """The placement wording of each point and its assignment (in the same order), ahead."""
    for p, a in zip(points, assignments):
        if a.point == p.id:
            into[p.id] = (a, p, placement_text(a, p.kind, p.text))


def trace_rows(parsed: tuple[Minutes, ...], outline: Outline | None,
               assignments: tuple[Assignment, ...], groups: tuple[Group, ...],
               placed: Placed | None = None) -> tuple[TraceRow, ...]:
    """One row per point, in input order: everything the appendix and the trace files show.
    ``placed``: wordings made ahead (``place_ahead``)."""
    by_point = {a.point: a for a in assignments}
    group_of = {pid: g for g in groups for pid in g.points}
    titles = {s.id: s.title for s in outline.iter_all()} if outline is not None else {}
    rows = []
    for m in parsed:
        for p in m.points:
            a, g = by_point[p.id], group_of.get(p.id)
            known = placed.get(p.id) if placed else None
            rows.append(TraceRow(
                point=p, meeting=m.meeting, section=a.section,
                section_title=titles.get(a.section or "", a.section or "—"),
                placement=(known[2] if known is not None and known[0] is a and known[1] is p
                           else placement_text(a, p.kind, p.text)),
                group=merge_text(p.id, g),
                representative=g is not None and g.representative == p.id,
                assignment=a, group_id=g.id if g is not None else p.id))
    return tuple(rows)
