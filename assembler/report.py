"""What the commands print for a person: tables and summary lines in the user's language.

Sections are shown by their chapter titles (the id beside the title only where a person
needs it to write an override), evidence in words (「『O&M』『維持管理』で 9 点」), and every
table fits the terminal (``text.table``). The library's stages return data; this module
only words it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from . import minutes
from .i18n import N_, _, ngettext, pgettext
from .text import table, terminal_width, wrap

if TYPE_CHECKING:  # the words only: report imports none of what it describes at run time
    from .model import Assignment, Match, Minutes, Outline, Point
    from .pipeline import Assembled, Built
    from .project import Added, Restyle
    from .status import HistoryRow, LastBuild, Pending, Status

# --- small wordings ---------------------------------------------------------------------------


def quoted(term: str) -> str:
    """A term as quoted in running text (『…』 in Japanese)."""
    return _("“{term}”").format(term=term)


def score(value: float) -> str:
    """A score without needless decimals.

    >>> score(9.0), score(4.25)
    ('9', '4.25')
    """
    return f"{value:g}"


def titles(outline: Outline) -> dict[str, str]:
    """Section id -> chapter title, for every section of the outline."""
    return {s.id: s.title for s in outline.iter_all()}


def title_with_id(outline: Outline, section: str | None) -> str:
    """A chapter title with the id an override needs beside it: 『O&M・運営維持管理』[om]."""
    if not section:
        return "—"
    return f"{titles(outline).get(section, section)} [{section}]"


def _found(match: Match) -> str:
    """The words a piece of evidence matched (for a pattern, what it found, not the regex)."""
    return match.found or match.text


def evidence(point: Point, assignment: Assignment, section: str | None = None) -> str:
    """The words that scored for ``section`` (default: the primary one) and its score, in words.

    English: “O&M”, “維持管理” give 9 points; 日本語: 『O&M』『維持管理』で 9 点.
    """
    section = section or assignment.section
    if not section:
        return ""
    scored = [m for m in assignment.matched if m.section == section and m.weight > 0]
    if not scored:
        return _("no words of this chapter")
    scored.sort(key=_strongest)
    quote = _("“{term}”")
    terms = []
    for m in scored[:4]:  # the four strongest are shown
        word = quote.format(term=_found(m))
        word = word if m.count == 1 else f"{word}×{m.count}"
        terms.append(where(m.where).format(word=word) if m.where in _WHERE else word)
    total = dict(assignment.scores).get(section, 0.0)
    return ngettext("{terms} give {n} point", "{terms} give {n} points", int(total) or 2).format(
        terms=_(", ").join(terms), n=score(total))


def _strongest(m: Match) -> float:
    return -m.weight


def where(part: str) -> str:
    """How a word's place in the sentence changed its weight (``model.Match.where``), as a
    format string around ``{word}``: the final clause of a proposal counts more, a
    background clause or a phrase with another sense less."""
    text = _WHERE.get(part)
    return _(text) if text else "{word}"


_WHERE = {"point": N_("{word} (in the conclusion)"), "background": N_("{word} (in the background)"),
          "weakened": N_("{word} (in another sense)")}


def _placement_note(a: Assignment, point: Point) -> str:
    if a.excluded:
        return _("excluded by overrides.yaml")
    if a.manual:
        return _("placed by overrides.yaml")
    if a.section is None:
        return _("procedural remark (not placed)")
    return evidence(point, a)


# --- parse ------------------------------------------------------------------------------------


def disposition(kind: str) -> str:
    """Where an input line ended (``model.DISPOSITIONS``), in words."""
    return {"front": pgettext("line", "front"), "agenda": pgettext("line", "agenda"),
            "narrative": pgettext("line", "narrative"), "point": pgettext("line", "point"),
            "stage": pgettext("line", "stage"), "furniture": pgettext("line", "furniture"),
            "blank": pgettext("line", "blank"), "unread": pgettext("line", "unread")}.get(kind, kind)


def parsed(minutes_list: Iterable[Minutes]) -> str:
    """Each meeting, its attendees, and a table of its points with their source lines."""
    out: list[str] = []
    for m in minutes_list:
        mt = m.meeting
        out.append(f"{mt.council} {mt.label} {mt.kind}（{mt.date or _('date unknown')}"
                   f"{' ' + mt.time if mt.time else ''}）")
        out.append("  " + _("file: {file}   place: {place}").format(file=mt.source,
                                                                   place=mt.place or "—"))
        for g in mt.attendees:
            line = _("{group}: {n} ({names})").format(group=g.group, n=len(g.names),
                                                       names="、".join(g.names))
            out += ["  " + part for part in wrap(line, terminal_width() - 2)]
        speakers = list(dict.fromkeys(p.speaker.label for p in m.points))
        procedural = sum(1 for p in m.points if p.kind == "procedural")
        out.append("  " + _("{points} points ({procedural} procedural) from {speakers} speakers")
                   .format(points=len(m.points), procedural=procedural, speakers=len(speakers)))
        out += ["  " + line for line in minutes.unnamed_note(m.points)]
        counts = _(", ").join(
            f"{disposition(k)} {n}" for k, n in m.line_counts().items() if n)
        out.append("  " + _("lines: {total} = {counts}").format(total=len(m.lines), counts=counts))
        rows = [(p.id, p.speaker.label, f"{p.source.line_start}-{p.source.line_end}",
                 ("＊" if p.kind == "procedural" else "") + p.text) for p in m.points]
        if rows:
            body = table((_("point"), _("speaker"), _("lines"), _("text (＊ procedural)")), None,
                         rows, total=terminal_width() - 2)
            out += ["  " + line for line in body.splitlines()]
    return "\n".join(out)


# --- classify ---------------------------------------------------------------------------------


def placements(a: Assembled) -> str:
    """Every point with its chapter (title) and the words that placed it, then a count line."""
    by_id = {p.id: p for p in a.points}
    names = titles(a.outline)
    rows: list[tuple[str, ...]] = []
    for x in a.assignments:
        p = by_id[x.point]
        flag = _("uncertain") if x.uncertain else ""
        also = "、".join(names.get(s, s) for s in x.sections[1:])
        rows.append((x.point, p.speaker.label, names.get(x.section, "—") if x.section else "—",
                     also, flag, _placement_note(x, p)))
    head: tuple[str, ...] = (_("point"), _("speaker"), _("section"), _("also"), _("flag"), _("evidence"))
    placed = sum(1 for x in a.assignments if x.section)
    uncertain = sum(1 for x in a.assignments if x.uncertain)
    filled = len({x.section for x in a.assignments if x.section})
    summary = _("{points} points: {placed} placed in {chapters} chapters, {uncertain} uncertain "
                "(chapter ids for overrides.yaml: `assembler review`)").format(
        points=len(a.assignments), placed=placed, chapters=filled, uncertain=uncertain)
    if terminal_width() < 140:  # not wide: the secondary chapters only in --json (the chapter and
        # the speaker need their room more)
        head, rows = head[:3] + head[4:], [r[:3] + r[4:] for r in rows]
    return table(head, None, rows) + "\n" + summary


# --- dedup ------------------------------------------------------------------------------------


def merges(a: Assembled) -> str:
    """The merged groups, each point with speaker and source, the scores, then the counts."""
    by_id = {p.id: p for p in a.points}
    out = []
    rows = []
    for g in a.groups:
        if len(g.points) < 2:
            continue
        marks = [w for w, on in ((_("flagged"), g.flagged), (_("manual"), g.manual)) if on]
        best = {pid: max((l.score for l in g.links if pid in (l.a, l.b)), default=0.0)
                for pid in g.points}
        for pid in g.points:
            p = by_id[pid]
            rows.append((g.id if pid == g.representative else "", "*" if pid == g.representative
                         else "", pid, p.speaker.label, f"{p.source.file}:{p.source.line_start}",
                         "" if pid == g.representative else score(round(best[pid], 1)),
                         " ".join(marks) if pid == g.representative else "", p.text))
    if rows:
        out.append(table((_("group"), "", _("point"), _("speaker"), _("source"), _("score"),
                          _("flag"), _("text")), (None, None, None, 16, 24, None, None, None), rows))
    merged = sum(len(g.points) > 1 for g in a.groups)
    out.append(_("{points} points, {groups} groups, {merged} of them merged "
                 "(* marks the wording the draft shows)").format(
        points=len(a.points), groups=len(a.groups), merged=merged))
    apart = sum(len(g.apart) for g in a.groups)
    if apart:
        out.append(_("{n} matches not merged: the points take opposite stances "
                     "(`assembler review` lists them with the words)").format(n=apart))
    return "\n".join(out)


# --- build ------------------------------------------------------------------------------------


def built(b: Built) -> str:
    """One line: meetings, points, chapters filled, merges, uncertain, files written."""
    a = b.assembled
    points = a.points
    procedural = sum(1 for p in points if p.kind == "procedural")
    filled = len({x.section for x in a.assignments if x.section})
    merged = sum(len(g.points) - 1 for g in a.groups if len(g.points) > 1)
    uncertain = sum(1 for x in a.assignments if x.uncertain)
    return _("{meetings}, {points} ({procedural} procedural), {chapters} filled, {merged} merged, "
             "{uncertain} uncertain; wrote {files}").format(
        meetings=ngettext("{n} meeting", "{n} meetings", len(a.parsed)).format(n=len(a.parsed)),
        points=ngettext("{n} point", "{n} points", len(points)).format(n=len(points)),
        procedural=procedural,
        chapters=ngettext("{n} section", "{n} sections", filled).format(n=filled),
        merged=merged, uncertain=uncertain, files=", ".join(str(f) for f in b.files))


# --- add / init -------------------------------------------------------------------------------


def added(results: Iterable[Added]) -> str:
    """One line per file: what it added (meeting, speakers, points) or replaced, or why not."""
    out = []
    for r in results:
        if r.parsed is None or r.target is None:  # (an added file has both)
            out.append(_("not added: {file}: {reason}").format(file=r.source, reason=r.problem))
            continue
        m = r.parsed.meeting
        speakers = list(dict.fromkeys(p.speaker.label for p in r.parsed.points))
        procedural = sum(1 for p in r.parsed.points if p.kind == "procedural")
        what = _("{council} {label} ({date}): {speakers} speakers, {points} points "
                 "({procedural} procedural)").format(
            council=m.council, label=m.label, date=m.date or _("date unknown"),
            speakers=len(speakers), points=len(r.parsed.points), procedural=procedural)
        if r.replaced is not None:
            out.append(_("replaced {old} with {new}: {what}").format(old=r.replaced.name,
                                                                      new=r.target.name, what=what))
        else:
            out.append(_("added {file}: {what}").format(file=r.target.name, what=what))
        out.append("  " + _("speakers: {names}").format(names="、".join(speakers)))
    return "\n".join(out)


# --- status ---------------------------------------------------------------------------------


def status(st: Status) -> str:
    """``assembler status``: meetings, last build, edited draft, overrides, pending changes."""
    head = _("project: {folder}").format(folder=st.root) + (f"（{st.title}）" if st.title else "")
    return "\n".join([head, *_status_meetings(st), *_status_last_build(st.last_build),
                      *_status_draft(st), *_status_overrides(st), *_status_pending(st)])


def _status_meetings(st: Status) -> list[str]:
    """The meetings in minutes/: a count, then a table (session, date, file, points)."""
    out = [_("meetings: {n}").format(n=sum(1 for r in st.meetings if r.problem is None))]
    if not st.meetings:
        return out + ["  " + _("none yet: add minutes with `assembler add FILE...`")]
    head: tuple[str, ...] = (_("session"), _("date"), _("file"), _("points"), _("problem"))
    rows: list[tuple[object, ...]] = [(r.label or "—", r.date or "—", r.file, "" if r.problem else r.points,
                                       r.problem or "") for r in st.meetings]
    if not any(r.problem for r in st.meetings):
        head, rows = head[:-1], [r[:-1] for r in rows]
    body = table(head, None, rows, total=terminal_width() - 2)
    return out + ["  " + line for line in body.splitlines()]


def _counted(singular: str, plural: str, n: int) -> str:
    return ngettext(singular, plural, n).format(n=n)


def _status_last_build(b: LastBuild | None) -> list[str]:
    if b is None:
        return [_("last build: none yet (run `assembler build`)")]
    return [_("last build: {when}: {meetings}, {points}, {sections} filled, {merged} merged").format(
        when=b.when, meetings=_counted("{n} meeting", "{n} meetings", b.meetings),
        points=_counted("{n} point", "{n} points", b.points),
        sections=_counted("{n} section", "{n} sections", b.sections), merged=b.merged)]


def _status_draft(st: Status) -> list[str]:
    """Whether output/draft.docx is as the last build wrote it, and what build does if not."""
    if st.draft is None:
        return ([_("draft: output/draft.docx is missing; `assembler build` writes it again")]
                if st.last_build is not None else [])
    if not st.draft.edited:
        return [_("draft: as the last build wrote it")]
    how = (_("its bytes differ from those the build wrote") if st.draft.by == "hash"
           else _("saved after the build"))
    if st.carry_edits:
        next_ = _("`assembler build` carries the edits over (carry_edits: true)")
    else:
        next_ = _("carry_edits is false: `assembler build --carry-edits output/draft.docx` "
                  "keeps the edits, `assembler build --discard-edits` drops them")
    return [_("draft: edited since the last build ({how}); {next}").format(how=how, next=next_)]


def _status_overrides(st: Status) -> list[str]:
    out = []
    ov = st.overrides
    if ov:
        out.append(_("overrides in force: {placed} placed, {excluded} excluded, {never} kept apart, "
                     "{merge} merged by hand, {edits} reworded").format(
            placed=ov["placed"], excluded=ov["excluded"], never=ov["never_merge"],
            merge=ov["merge"], edits=ov["edits"]))
    out += ["  " + _("warning: {message}").format(message=p) for p in st.override_problems]
    if st.problem:
        out.append(_("build would fail: {problem}").format(problem=st.problem))
    return out


def _status_pending(st: Status) -> list[str]:
    """What `assembler build` would change, item by item."""
    p = st.pending
    if p is None:
        return ([_("build would change: everything (first build)")]
                if st.meetings and st.last_build is None else [])
    edited = bool(st.draft and st.draft.edited)
    if p.nothing:
        return [_("build would change: nothing from the minutes; only the edits made in "
                  "draft.docx") if edited else
                _("build would change: nothing (the draft would stay the same)")]
    return [_("build would change:"), *("  " + line for line in pending_points(p, st.titles)),
            *("  " + line for line in restyled(p.restyled))]


def pending_points(p: Pending, titles: dict[str, str]) -> list[str]:
    """The changes in the points a build would make, one line each."""
    out = []
    if p.new_meetings:
        out.append(_("new meetings: {labels}").format(labels="、".join(p.new_meetings)))
    if p.gone_meetings:
        out.append(_("meetings no longer in minutes/: {ids}").format(ids="、".join(p.gone_meetings)))
    if p.new_points or p.gone_points:
        out.append(_("{new} new points, {gone} points gone").format(new=p.new_points,
                                                                     gone=p.gone_points))
    if p.reworded:
        out.append(_("{n} points reworded in the minutes").format(n=p.reworded))
    out += [_("{point} moves from {before} to {after}").format(
        point=pid, before=titles.get(before or "", "—"), after=titles.get(after or "", "—"))
        for pid, before, after in p.moved]
    if p.regrouped:
        out.append(_("{n} points merged differently").format(n=p.regrouped))
    if p.other:
        out.append(_("details the build records (wording set in overrides.yaml, scores, "
                     "warnings)"))
    if p.settings_changed:
        out.append(_("assembler.yaml or overrides.yaml changed since the last build"))
    return out


def restyled(changes: Iterable[Restyle]) -> list[str]:
    """What changes in the draft apart from its points (``project.Restyle``), one line each."""
    return [_restyle(r) for r in changes]


def _restyle(r: Restyle) -> str:
    if r.kind == "chapter":
        if not r.before:
            return _("new chapter: {title} [{id}]").format(title=r.after, id=r.name)
        if not r.after:
            return _("chapter no longer in the outline: {title} [{id}]").format(title=r.before,
                                                                                id=r.name)
        return _("chapter title: {before} → {after} [{id}]").format(before=r.before,
                                                                    after=r.after, id=r.name)
    if r.kind == "template":
        return _("the wording from the template {name} (templates)").format(name=r.name)
    if r.kind == "reference_doc":
        return _("the styles of the reference document (reference_doc)")
    what = {"title": _("the draft's title"), "author": _("the author (cover, tracked changes)"),
            "fonts": _("the font set")}.get(r.kind, r.kind)
    return _("{what}: {before} → {after}").format(what=what, before=r.before or "—",
                                                  after=r.after or "—")


# --- history ---------------------------------------------------------------------------------


def history(rows: Sequence[HistoryRow]) -> str:
    """``assembler history list``: a table of the copies, then how to bring one back."""
    if not rows:
        return _("no earlier drafts yet (a build keeps the one it replaces in output/history/)")
    why = {"build": _("replaced by a build"), "undo": _("put aside by undo or restore")}
    body = table((_("number"), _("built"), _("meetings"), _("points"), _("kept because")), None,
                 [(r.number, r.built, r.meetings, r.points, why.get(r.reason, r.reason))
                  for r in rows])
    return body + "\n" + ngettext(
        "{n} earlier draft; `assembler history restore NUMBER` brings it back (with its "
        "overrides.yaml)",
        "{n} earlier drafts; `assembler history restore NUMBER` brings one back (with its "
        "overrides.yaml)", len(rows)).format(n=len(rows))
