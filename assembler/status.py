"""Where a project stands (``assembler status``): its meetings, the last build, whether the
draft was edited since, the overrides in force and what ``assembler build`` would change.

Nothing is written. The previous build is read from ``output/manifest.json``; the decisions
a build would take now are computed by the build's own first steps (``project.plan``) and
compared with the manifest: point by point (new, gone, reworded, moved, merged otherwise),
then what the draft shows apart from its points (title, author, font set, reference
document, templates, chapter titles: ``project.restyled``), then the fingerprint of
everything else the build records.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from . import minutes, project
from .errors import AssemblerError
from .ingest import iter_input_files
from .manifest import Manifest, PointState
from .model import Overrides
from .project import Decided, Restyle

if TYPE_CHECKING:
    from .pipeline import Assembled


@dataclass(frozen=True)
class MeetingRow:
    """One file of minutes/: the meeting it holds (or why it cannot be read)."""

    file: str
    label: str = ""
    session: int | None = None
    date: str | None = None
    points: int = 0
    problem: str | None = None


@dataclass(frozen=True)
class LastBuild:
    """The previous build, from its manifest: when, and what the draft held."""

    when: str
    meetings: int
    points: int
    sections: int
    merged: int


@dataclass(frozen=True)
class Edited:
    """Whether output/draft.docx changed since the build wrote it, and how that was told:
    ``hash`` (the SHA-256 the manifest records) or ``time`` (modified after the manifest)."""

    edited: bool
    by: str


@dataclass(frozen=True)
class Pending:
    """What a build would change: point by point, then the draft's look (``restyled``), then
    ``other``: the build would record something else (a wording in overrides.yaml, scores,
    warnings) that neither explains. ``settings_changed``: a manifest without a record of the
    look is older than assembler.yaml or overrides.yaml (all that can be told then)."""

    new_meetings: tuple[str, ...] = ()
    gone_meetings: tuple[str, ...] = ()
    new_points: int = 0
    gone_points: int = 0
    reworded: int = 0
    moved: tuple[tuple[str, str | None, str | None], ...] = ()  # point, before, after
    regrouped: int = 0
    restyled: tuple[Restyle, ...] = ()
    other: bool = False
    settings_changed: bool = False

    @property
    def points_changed(self) -> bool:
        return bool(self.new_meetings or self.gone_meetings or self.new_points or self.gone_points
                    or self.reworded or self.moved or self.regrouped)

    @property
    def nothing(self) -> bool:
        return not (self.points_changed or self.restyled or self.other or self.settings_changed)


@dataclass(frozen=True)
class Status:
    """Everything ``assembler status`` shows."""

    root: Path
    title: str | None
    meetings: tuple[MeetingRow, ...]
    last_build: LastBuild | None
    draft: Edited | None
    overrides: dict[str, int] = field(default_factory=dict)
    override_problems: tuple[str, ...] = ()
    pending: Pending | None = None
    problem: str | None = None
    titles: dict[str, str] = field(default_factory=dict)
    carry_edits: bool = True


def _meetings(root: Path, cfg: project.Config) -> tuple[MeetingRow, ...]:
    folder = root / project.MINUTES
    if not folder.is_dir():
        return ()
    read = project.read_options(cfg)
    rows = []
    try:
        files = iter_input_files([folder])
    except AssemblerError:
        return ()
    for f in files:
        name = f.relative_to(root).as_posix()
        try:
            m = minutes.parse_file(f, **read)
        except AssemblerError as e:
            rows.append(MeetingRow(file=name, problem=str(e)))
            continue
        rows.append(MeetingRow(file=name, label=m.meeting.label, session=m.meeting.session,
                               date=m.meeting.date, points=len(m.points)))
    return tuple(sorted(rows, key=lambda r: (r.session if r.session is not None else 10**6,
                                             r.date or "", r.file)))


def _edited(draft: Path, manifest_path: Path, manifest: Manifest) -> Edited | None:
    """Compare the draft with the hash the manifest records; a manifest without one (an
    older build) is compared by time: a draft saved after the manifest was written."""
    if not draft.exists():
        return None
    if manifest.draft_hash:
        return Edited(edited=project.sha256(draft) != manifest.draft_hash, by="hash")
    return Edited(edited=draft.stat().st_mtime > manifest_path.stat().st_mtime + 1, by="time")


def _last_build(manifest_path: Path, manifest: Manifest) -> LastBuild:
    points = manifest.state.points
    when = dt.datetime.fromtimestamp(manifest_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return LastBuild(when=when, meetings=len({v.meeting for v in points.values()}),
                     points=len(points),
                     sections=len({v.section for v in points.values() if v.section}),
                     merged=sum(1 for ids in manifest.state.groups.values() if len(ids) > 1))


def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]  # as project.current_state


class _PointChanges(TypedDict):
    reworded: int
    moved: tuple[tuple[str, str | None, str | None], ...]
    regrouped: int


class _MeetingChanges(TypedDict):
    new_meetings: tuple[str, ...]
    gone_meetings: tuple[str, ...]
    new_points: int
    gone_points: int


def _point_changes(a: Assembled, before: dict[str, PointState]) -> _PointChanges:
    """Points kept since the last build that were reworded, moved or merged otherwise."""
    by_point = {x.point: x for x in a.assignments}
    group_of = {pid: g.id for g in a.groups for pid in g.points}
    kept = [(p, before[p.id]) for p in a.points if p.id in before]
    return {
        "reworded": sum(1 for p, old in kept if old.hash and old.hash != _text_hash(p.text)),
        "moved": tuple((p.id, old.section, by_point[p.id].section) for p, old in kept
                       if old.section != by_point[p.id].section),
        "regrouped": sum(1 for p, old in kept if (old.group or p.id) != group_of.get(p.id, p.id)),
    }


def _meeting_changes(a: Assembled, before: dict[str, PointState], labels: dict[str, str]) -> _MeetingChanges:
    """Meetings and points new since the last build, and those gone."""
    old = {v.meeting for v in before.values()}
    now = {p.meeting for p in a.points}
    ids = {p.id for p in a.points}
    return {"new_meetings": tuple(labels.get(m, m) for m in sorted(now - old)),
            "gone_meetings": tuple(sorted(m for m in old - now if m)),
            "new_points": sum(1 for pid in ids if pid not in before),
            "gone_points": sum(1 for pid in before if pid not in ids)}


def _pending(d: Decided, manifest: Manifest, labels: dict[str, str],
             settings_changed: bool) -> Pending:
    """What the build decided in ``d`` would change from the build ``manifest`` records."""
    before = dict(manifest.state.points)
    found = Pending(**_meeting_changes(d.assembled, before, labels),
                    **_point_changes(d.assembled, before), restyled=d.restyled(manifest),
                    settings_changed=settings_changed and not manifest.look)
    differs = manifest.state.fingerprint != d.now.fingerprint
    return Pending(**{**found.__dict__, "other": differs and found.nothing})


def _override_counts(ov: Overrides) -> dict[str, int]:
    return {"placed": sum(1 for p in ov.placements if not p.excluded),
            "excluded": sum(1 for p in ov.placements if p.excluded),
            "never_merge": len(ov.never_merge), "merge": len(ov.merge), "edits": len(ov.edits)}


@dataclass(frozen=True)
class HistoryRow:
    """One copy in output/history/: its number, when its draft was built, what it held and
    why it was kept (``build``: replaced by a build, ``undo``: put aside by undo/restore)."""

    number: int
    built: str
    meetings: int
    points: int
    reason: str


def history(root: Path) -> tuple[HistoryRow, ...]:
    """The history copies of the project, oldest first (reads only)."""
    rows = []
    for entry in project.history_entries(root):
        path = entry / project.MANIFEST
        m = Manifest.read(path) if path.exists() else None
        points = m.state.points if m is not None else {}
        when = (dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
                if path.exists() else "—")
        rows.append(HistoryRow(number=int(entry.name[:3]), built=when,
                               meetings=len({v.meeting for v in points.values()}),
                               points=len(points),
                               reason=str(project.history_meta(entry).get("reason", ""))))
    return tuple(rows)


def _settings_newer(root: Path, manifest_path: Path) -> bool:
    """assembler.yaml or overrides.yaml saved after the last build (told by time)."""
    built = manifest_path.stat().st_mtime
    return any(p.exists() and p.stat().st_mtime > built
               for p in (root / project.CONFIG, root / project.OVERRIDES))


def project_status(root: Path) -> Status:
    """Where the project at ``root`` stands (reads only)."""
    cfg = project.load_config(root)
    rows = _meetings(root, cfg)
    manifest_path = root / project.OUTPUT / project.MANIFEST
    manifest = Manifest.read(manifest_path)
    last = _last_build(manifest_path, manifest) if manifest else None
    draft = (_edited(root / project.OUTPUT / project.DRAFT, manifest_path, manifest)
             if manifest else None)
    status = Status(root=root, title=cfg.title, meetings=rows, last_build=last, draft=draft,
                    carry_edits=cfg.carry_edits)
    if not any(r.problem is None for r in rows):
        return status
    try:
        decided, _previous = project.plan(root)
    except AssemblerError as e:
        return Status(**{**status.__dict__, "problem": str(e)})
    a = decided.assembled
    labels = {m.meeting.id: m.meeting.label for m in a.parsed}
    pending = (_pending(decided, manifest, labels, _settings_newer(root, manifest_path))
               if manifest else None)
    return Status(**{**status.__dict__, "overrides": _override_counts(a.overrides),
                     "override_problems": a.problems, "pending": pending,
                     "titles": decided.titles})
