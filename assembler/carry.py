"""Carry the secretariat's edits of a draft into the next build.

Compares the edited .docx with the manifest of the build that wrote it (the caller picks
that manifest by the identity the draft carries):

- a point paragraph is found by its ``d_<point id>`` bookmark; one whose bookmark is gone
  (retyped, or cut and pasted) is matched to its original by the citation link it still
  carries or by its wording, before it is called deleted;
- a point whose paragraph is gone was deleted: recorded as excluded in overrides.yaml,
  with the date (every point cited by that paragraph is excluded);
- a point that now stands under another chapter's heading was moved: recorded as a
  manual placement;
- a point whose wording differs was reworded: the new wording is recorded under
  ``edits`` (the original stays in the appendix);
- paragraphs written after a point are kept with that point (the manifest carries them
  from build to build);
- anything that cannot be carried over is listed, never dropped silently.

Every decision is keyed to the point it was made on. ``follow_groups`` applies them to
the group that point is in at the next build, whichever point represents it by then
(an earlier meeting added, a new merge).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Mapping, TypeVar

from rapidfuzz import fuzz

from . import overrides as overrides_mod
from .docx.readback import AddedParagraph, EditedDraft, EditedEntry
from .manifest import Entry, Manifest
from .i18n import _, ngettext
from .model import Assignment, Group, Placement

_V = TypeVar("_V")

DELETED = "事務局が草案から削除"
MOVED = "事務局が草案で移動"
#: A paragraph without its bookmark is its point's when its wording is at least this
#: similar (rapidfuzz ratio on the normalised text) to the point's wording in the draft.
RETYPED_SIMILARITY = 60.0


@dataclass(frozen=True)
class Carried:
    """What was carried over (``carried``), what was not (``not_carried``), the
    paragraphs the secretariat wrote by the point they follow (``after``), and the new
    text of overrides.yaml (``overrides``; unchanged when nothing was recorded)."""

    carried: tuple[str, ...]
    not_carried: tuple[str, ...]
    after: dict[str, tuple[str, ...]]
    overrides: str


def _key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def _without_citation(text: str, original: str) -> str:
    """A retyped paragraph's wording without the citation typed at its end."""
    if re.search(r"[（(][^（）()]*[）)]\s*$", original):
        return text
    return re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", text) or text


def match_retyped(entries: Mapping[str, Entry], draft: EditedDraft) -> dict[str, AddedParagraph]:
    """Point paragraphs whose bookmark is gone, matched to a paragraph without one: first by
    the citation link the paragraph still carries, then by wording (best pairs first)."""
    found = {e.anchor for e in draft.entries}
    missing = [a for a in entries if a not in found]
    free = list(draft.added)
    out: dict[str, AddedParagraph] = {}
    for anchor in missing:
        linked = next((p for p in free if anchor in p.links), None)
        if linked is not None:
            out[anchor] = linked
            free.remove(linked)
    scored = []
    for anchor in missing:
        if anchor in out:
            continue
        want = _key(entries[anchor].text)
        for i, p in enumerate(free):
            got = _key(_without_citation(p.text, entries[anchor].text))
            score = fuzz.ratio(want, got, score_cutoff=RETYPED_SIMILARITY)
            if score:
                scored.append((-score, anchor, i))
    used: set[int] = set()
    for _score, anchor, i in sorted(scored):
        if anchor not in out and i not in used:
            out[anchor] = free[i]
            used.add(i)
    return out


def carry_edits(edited: Path, manifest: Manifest, overrides_text: str, *, date: str,
                name: str = "overrides.yaml") -> Carried:
    """Read the edited draft and return its edits as new overrides text, with the report."""
    from .docx.readback import read_draft

    titles = dict(manifest.titles)
    draft = read_draft(edited, frozenset(manifest.generated), frozenset(titles.values()))
    retyped = match_retyped(manifest.entries, draft)
    found: dict[str, EditedEntry] = {e.anchor: e for e in draft.entries}
    for anchor, p in retyped.items():
        text = _without_citation(p.text, manifest.entries[anchor].text)
        found[anchor] = EditedEntry(anchor=anchor, text=text, heading=p.heading)
    report = _Report()
    for anchor in retyped:
        report.carried.append(_("{anchor}: its bookmark was lost (retyped?); found by its wording "
                                "and citation").format(anchor=anchor))
    placements, edits = _decide(manifest, found, {t: s for s, t in titles.items()}, date, report)
    _report_reordering(draft.entries, manifest, report.not_carried)
    for anchor in found:
        if anchor not in manifest.entries:
            report.not_carried.append(_("{anchor}: a point paragraph this project's last build did "
                                        "not write (copied from another draft?); ignored")
                                      .format(anchor=anchor))
    kept = [p for p in draft.added if all(p is not q for q in retyped.values())]
    for p in kept:
        if p.follows is None:
            report.not_carried.append(_("a paragraph that follows no point was not carried "
                                        "over: 「{text}」").format(text=p.text[:40]))
    after: dict[str, tuple[str, ...]] = {}
    for p in kept:
        if p.follows is not None and p.follows in manifest.entries:
            after[p.follows] = (*after.get(p.follows, ()), p.text)
    for k, v in after.items():
        report.carried.append(ngettext("{anchor}: {n} paragraph written after it kept",
                                       "{anchor}: {n} paragraphs written after it kept", len(v))
                              .format(anchor=k, n=len(v)))
    text = overrides_text
    if placements or edits:
        text = overrides_mod.with_decisions(overrides_text, placements, edits, name=name)
    return Carried(carried=tuple(report.carried), not_carried=tuple(report.not_carried),
                   after=after, overrides=text)


@dataclass
class _Report:
    carried: list[str]
    not_carried: list[str]

    def __init__(self) -> None:
        self.carried, self.not_carried = [], []


def _decide(manifest: Manifest, found: Mapping[str, EditedEntry], section_of_title: dict[str, str],
            date: str, report: _Report) -> tuple[list[Placement], dict[str, str]]:
    """Deletions, moves and rewordings of the draft's point paragraphs."""
    placements: list[Placement] = []
    edits: dict[str, str] = {}
    for anchor, before in manifest.entries.items():
        e = found.get(anchor)
        if e is None:
            placements += [Placement(point=pid, section=None, excluded=True, reason=DELETED,
                                     date=date) for pid in before.points]
            report.carried.append(_("{anchor}: deleted in the draft; left out from now on")
                                  .format(anchor=anchor))
            continue
        section = section_of_title.get(e.heading or "")
        if section is None:
            report.not_carried.append(_("{anchor}: now under 「{heading}」, which is not a chapter "
                                        "of the outline; left where the outline puts it")
                                      .format(anchor=anchor, heading=e.heading or "—"))
        elif section != before.section:
            placements += [Placement(point=pid, section=section, reason=MOVED, date=date)
                           for pid in before.points]
            report.carried.append(_("{anchor}: moved to {title}").format(
                anchor=anchor, title=manifest.titles.get(section, section)))
        if not e.text:
            report.not_carried.append(_("{anchor}: its wording was emptied; the original is kept")
                                      .format(anchor=anchor))
        elif not _same(e.text, before.text):
            edits[anchor] = e.text
            report.carried.append(_("{anchor}: reworded").format(anchor=anchor))
    return placements, edits


def _report_reordering(edited: tuple[EditedEntry, ...], manifest: Manifest,
                       not_carried: list[str]) -> None:
    """Points put in another order within a chapter: the draft keeps the minutes' order."""
    entries, titles = manifest.entries, manifest.titles
    section_of_title = {t: s for s, t in titles.items()}
    before: dict[str, list[str]] = {}
    for anchor in manifest.order:
        before.setdefault(entries[anchor].section, []).append(anchor)
    after: dict[str, list[str]] = {}
    for e in edited:
        section = section_of_title.get(e.heading or "")
        if section is not None and e.anchor in entries and entries[e.anchor].section == section:
            after.setdefault(section, []).append(e.anchor)
    for section, now in after.items():
        was = [a for a in before.get(section, []) if a in now]
        if now != was:
            not_carried.append(_("the order of the points in 「{title}」 was changed; the draft "
                                 "keeps the order of the minutes").format(
                title=titles.get(section, section)))


# --- following a decision to the group its point is in now ---------------------------------


@dataclass(frozen=True)
class Followed:
    """Decisions applied to whole groups: the assignments with the group's decision on
    every member, the wording and added paragraphs keyed by every member, and notes for
    points that took a decision made on another point."""

    assignments: tuple[Assignment, ...]
    edits: dict[str, str]
    after: dict[str, tuple[str, ...]]
    notes: tuple[str, ...]


def _followed(pid: str, source: str, decided: Assignment) -> str:
    if decided.excluded:
        return _("{anchor}: says the same as {other}, which the secretariat deleted; left out too "
                 "(overrides.yaml can place it on its own)").format(anchor=pid, other=source)
    return _("{anchor}: says the same as {other}, which the secretariat placed; placed in {section} "
             "too (overrides.yaml can place it on its own)").format(
        anchor=pid, other=source, section=decided.section)


def _first(members: tuple[str, ...], rep: str, has: Callable[[str], bool]) -> str | None:
    """The representative if it has the thing, else the first member that has it."""
    if has(rep):
        return rep
    return next((p for p in members if has(p)), None)


def _follow(g: Group, mapping: Mapping[str, _V], out: dict[str, _V]) -> None:
    """The group's points without a value of their own in ``out`` take the value of the
    representative, or else of the first member that has one in ``mapping``."""
    src = _first(g.points, g.representative, lambda p: p in mapping)
    if src is not None:
        for pid in g.points:
            out.setdefault(pid, mapping[src])


def follow_groups(groups: Iterable[Group], assignments: tuple[Assignment, ...], edits: Mapping[str, str],
                  after: Mapping[str, tuple[str, ...]], known: frozenset[str]) -> Followed:
    """Apply each decision to the group its point is in now.

    A deletion, move, rewording or added paragraph was made on the paragraph of one point
    (then the group's representative). When another point comes to represent that group
    (an earlier meeting added, a new merge), the decision still holds: points of the group
    without a decision of their own take it. Points not in the previous build (``known``)
    that take a placement are reported.
    """
    by_point = {a.point: a for a in assignments}
    patched: dict[str, Assignment] = {}
    new_edits, new_after, notes = dict(edits), dict(after), []
    for g in groups:
        source = _first(g.points, g.representative, lambda p: by_point[p].manual)
        if source is not None:
            decided = by_point[source]
            for pid in g.points:
                if by_point[pid].manual:
                    continue
                patched[pid] = replace(by_point[pid], section=decided.section,
                                       sections=(decided.section,) if decided.section else (),
                                       uncertain=False, manual=True, excluded=decided.excluded,
                                       reason=decided.reason, margin=None)
                if pid not in known:
                    notes.append(_followed(pid, source, decided))
        _follow(g, edits, new_edits)
        _follow(g, after, new_after)
    return Followed(assignments=tuple(patched.get(a.point, a) for a in assignments),
                    edits=new_edits, after=new_after, notes=tuple(notes))
