"""Where a project stands (``assembler status``): its meetings, the last build, whether the
draft was edited since, the overrides in force and what ``assembler build`` would change.

Nothing is written. The previous build is read from ``output/manifest.json``; the decisions
a build would take now are computed the way a build computes them (``pipeline.assemble`` on
the project's minutes with its settings) and compared point by point with the manifest.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from . import minutes, pipeline, project
from .errors import AssemblerError
from .ingest import iter_input_files
from .manifest import Manifest


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
    """What a build would change, compared point by point with the last build."""

    new_meetings: tuple[str, ...] = ()
    gone_meetings: tuple[str, ...] = ()
    new_points: int = 0
    gone_points: int = 0
    reworded: int = 0
    moved: tuple[tuple[str, str | None, str | None], ...] = ()  # point, before, after
    regrouped: int = 0
    settings_changed: bool = False

    @property
    def nothing(self) -> bool:
        return not (self.new_meetings or self.gone_meetings or self.new_points or self.gone_points
                    or self.reworded or self.moved or self.regrouped or self.settings_changed)


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


def _meetings(root: Path, cfg) -> tuple[MeetingRow, ...]:
    folder = root / project.MINUTES
    if not folder.is_dir():
        return ()
    read = {"roles": minutes.load_roles(cfg.roles), "patterns": minutes.load_patterns(cfg.patterns)}
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


def _pending(a: pipeline.Assembled, manifest: Manifest, labels: dict[str, str],
             settings_changed: bool) -> Pending:
    before = manifest.state.points
    by_point = {x.point: x for x in a.assignments}
    group_of = {pid: g.id for g in a.groups for pid in g.points}
    now = {p.id: p for p in a.points}
    old_meetings = {v.meeting for v in before.values()}
    new_meetings = {p.meeting for p in a.points}
    moved, reworded, regrouped = [], 0, 0
    for pid, p in now.items():
        old = before.get(pid)
        if old is None:
            continue
        if old.hash and old.hash != hashlib.sha1(p.text.encode("utf-8")).hexdigest()[:12]:
            reworded += 1
        if old.section != by_point[pid].section:
            moved.append((pid, old.section, by_point[pid].section))
        if (old.group or pid) != group_of.get(pid, pid):
            regrouped += 1
    return Pending(
        new_meetings=tuple(labels.get(m, m) for m in sorted(new_meetings - old_meetings)),
        gone_meetings=tuple(sorted(m for m in old_meetings - new_meetings if m)),
        new_points=sum(1 for pid in now if pid not in before),
        gone_points=sum(1 for pid in before if pid not in now),
        reworded=reworded, moved=tuple(moved), regrouped=regrouped,
        settings_changed=settings_changed)


def _override_counts(ov) -> dict[str, int]:
    return {"placed": sum(1 for p in ov.placements if not p.excluded),
            "excluded": sum(1 for p in ov.placements if p.excluded),
            "never_merge": len(ov.never_merge), "merge": len(ov.merge), "edits": len(ov.edits)}


def project_status(root: Path) -> Status:
    """Where the project at ``root`` stands (reads only)."""
    cfg = project.load_config(root)
    rows = _meetings(root, cfg)
    manifest_path = root / project.OUTPUT / project.MANIFEST
    manifest = Manifest.read(manifest_path)
    last = _last_build(manifest_path, manifest) if manifest else None
    draft = (_edited(root / project.OUTPUT / project.DRAFT, manifest_path, manifest)
             if manifest else None)
    readable = [r for r in rows if r.problem is None]
    status = Status(root=root, title=cfg.title, meetings=rows, last_build=last, draft=draft,
                    carry_edits=cfg.carry_edits)
    if not readable:
        return status
    opts = cfg.options(project.overrides_path(root))
    try:
        a = pipeline.assemble([root / project.MINUTES], opts)
    except AssemblerError as e:
        return Status(**{**status.__dict__, "problem": str(e)})
    labels = {m.meeting.id: m.meeting.label for m in a.parsed}
    settings = [root / project.CONFIG, root / project.OVERRIDES]
    changed = bool(manifest) and any(
        p.exists() and p.stat().st_mtime > manifest_path.stat().st_mtime for p in settings)
    pending = _pending(a, manifest, labels, changed) if manifest else None
    return Status(root=root, title=cfg.title, meetings=rows, last_build=last, draft=draft,
                  overrides=_override_counts(a.overrides), override_problems=a.problems,
                  pending=pending, titles={s.id: s.title for s in a.outline.iter_all()},
                  carry_edits=cfg.carry_edits)
