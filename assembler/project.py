"""A drafting project on disk: config, minutes, overrides, output, manifest and history.

::

    assembler.yaml     title, council, outline, dedup threshold, citation template, ...
    minutes/           every meeting's minutes (.txt, .docx, .pdf)
    overrides.yaml     the secretariat's decisions (placements, exclusions, merges, edits)
    output/            draft.docx + draft.json/.csv/.xlsx + manifest.json
    output/history/    earlier drafts with their manifests, never overwritten

A build compares what it decided with the previous build's manifest: points the previous
draft did not have are marked as new (tracked insertions dated with the build's date), and
a 「前回からの変更」 summary opens the document. A rebuild whose decisions equal the previous
build's reuses its baseline and date, so it writes the same bytes and says "no changes".
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING


from . import minutes, pipeline
from .config import CONFIG_FILE, ProjectConfig, atomic_write, load_project_config
from .draft import Changes, iter_chapters, iter_entries
from .errors import AssemblerError, ConfigError, InputError
from .i18n import _
from .render.files import write_error
from .model import Minutes

if TYPE_CHECKING:
    from .texts import Texts

CONFIG = CONFIG_FILE
MINUTES = "minutes"
OVERRIDES = "overrides.yaml"
OUTPUT = "output"
DRAFT = "draft.docx"
MANIFEST = "manifest.json"
HISTORY = "history"


_CONFIG_TEMPLATE = """\
# 戦略骨子案アセンブラのプロジェクト設定 (strategy-draft assembler project)
# 議事要旨は minutes/ に置き（assembler add ファイル）、assembler build で output/draft.docx を作ります。
title: {title}
council: {council}
# 章立て（アウトライン）: default = 同梱の既定。独自の YAML ならこのファイルからの相対パス。
outline: default
# 同趣旨の意見をまとめる閾値（0〜100）。null = 既定値。
threshold: null
# 文言のテンプレート: default = 同梱のもの。出典の書式（既定は（飯島委員〔第２回・第３回〕））などを
# 変えるときは、フォルダを作って citation.j2 など変えたいものだけを置き、そのパスを書く。
templates: default
# Word のスタイルを借りる参照文書（.docx）。null = 同梱のスタイル。
reference_doc: null
# 議事要旨の書き方が既定で読めないとき: 発言者見出し・箇条記号などの追加パターン（YAML）、肩書の追加表。
patterns: null
roles: null
# true: 作成のたびに output/draft.docx での事務局の修正（文言・削除・移動・追記）を引き継ぐ。
carry_edits: false
author: 事務局
# 書体: ms = ＭＳ 明朝／ＭＳ ゴシック（Word 用、既定）、ipa = IPAex明朝／IPAexゴシック（LibreOffice 用）。
fonts: ms
"""

_README = """\
このフォルダは戦略骨子案アセンブラのプロジェクトです。
- minutes/        各回の議事要旨・議事録（assembler add ファイル で追加）
- overrides.yaml  事務局の判断（章の指定・除外・統合・文言）。build のたびに適用されます。
- assembler.yaml  表題・会議名・章立て・閾値などの設定
- output/         骨子案 draft.docx と記録（draft.json / .csv / .xlsx、manifest.json）
- output/history/ 以前の骨子案（上書きされません）
"""


Config = ProjectConfig  # the project's settings (assembler.config)


def find_root(start: str | Path = ".") -> Path | None:
    """The project folder holding assembler.yaml, at or above ``start``."""
    p = Path(start).resolve()
    for d in (p, *p.parents):
        if (d / CONFIG).is_file():
            return d
    return None


def init(root: str | Path, *, title: str | None = None, council: str | None = None) -> Path:
    """Create a drafting project: config, minutes/, overrides.yaml, output/, README."""
    d = Path(root)
    if (d / CONFIG).exists():
        raise ConfigError(_("a project already exists here"), file=str(d / CONFIG),
                          hint=_("use `assembler build` in it, or choose another folder"))
    for sub in (MINUTES, OUTPUT):
        (d / sub).mkdir(parents=True, exist_ok=True)
    quote = lambda s: json.dumps(s, ensure_ascii=False) if s else "null"  # noqa: E731
    (d / CONFIG).write_text(_CONFIG_TEMPLATE.format(title=quote(title), council=quote(council)),
                            encoding="utf-8")
    if not (d / OVERRIDES).exists():
        (d / OVERRIDES).write_text(overrides_template(), encoding="utf-8")
    (d / "README.txt").write_text(_README, encoding="utf-8")
    return d


def overrides_template(outline: str | Path | None = None) -> str:
    """The overrides.yaml a new project starts with: in Japanese, every kind of decision
    with a commented example, and the outline's chapter ids beside their titles."""
    from string import Template

    from .resources import packaged
    from .sections import load_outline

    lines = [f"#   {s.id:<12} {'　' * (s.parent is not None)}{s.title}"
             for s in load_outline(outline).iter_all()]
    text = packaged("data").joinpath("overrides-template.yaml").read_text(encoding="utf-8")
    return Template(text).substitute(sections="\n".join(lines))


def load_config(root: Path) -> Config:
    """Read and check the project's assembler.yaml (``config.load_project_config``)."""
    return load_project_config(root)


# --- adding minutes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Added:
    """What one file did to the project: the meeting it holds, where it went, which file
    it replaced — or, for a file found by ``init``, why it was left where it was."""

    source: Path
    target: Path | None = None
    parsed: Minutes | None = None
    replaced: Path | None = None
    problem: str | None = None


def _existing(folder: Path, read: dict) -> dict[str, Path]:
    """Meeting id -> file of the minutes already in the project."""
    if not folder.is_dir():
        return {}
    with os.scandir(folder) as entries:
        if not any(entries):
            return {}
    return {m.meeting.id: Path(m.meeting.source) for m in minutes.parse_paths([folder], **read)}


def add_many(root: Path, files, *, replace: bool = False) -> list[Added]:
    """Parse every file first, then copy them into minutes/: nothing is added unless all of
    them can be (unreadable file, a meeting already there without ``replace``, the same
    meeting twice, a file name taken by another meeting)."""
    cfg = load_config(root)
    read = {"roles": minutes.load_roles(cfg.roles), "patterns": minutes.load_patterns(cfg.patterns)}
    folder = root / MINUTES
    existing = _existing(folder, read)
    names = {p.resolve(): mid for mid, p in existing.items()}
    plan: list[Added] = []
    batch: dict[str, Path] = {}
    for file in files:
        src = Path(file)
        parsed = minutes.parse_file(src, **read)
        meeting = parsed.meeting
        if meeting.id in batch:
            raise InputError(_("the same meeting ({label}) as {other}").format(
                label=meeting.label, other=batch[meeting.id]), file=str(src),
                hint=_("give each meeting's minutes once"))
        batch[meeting.id] = src
        target = folder / src.name
        old = existing.get(meeting.id)
        if old is not None and not replace:
            raise InputError(_("{label} ({date}) is already in the project as {old}").format(
                label=meeting.label, date=meeting.date or _("date unknown"), old=old),
                file=str(src), hint=_("give --replace to replace it"))
        taken = names.get(target.resolve())
        if taken is not None and taken != meeting.id:
            raise InputError(_("another meeting's minutes already have this file name ({target})")
                             .format(target=target), file=str(src),
                             hint=_("rename the file and add it again"))
        plan.append(Added(source=src, target=target, parsed=parsed, replaced=old))
    for a in plan:
        if a.replaced is not None and a.replaced.resolve() != a.target.resolve():
            a.replaced.unlink()
        if a.source.resolve() != a.target.resolve():
            shutil.copyfile(a.source, a.target)
    return plan


def add(root: Path, file: str | Path, *, replace: bool = False) -> tuple[Minutes, Path]:
    """Parse a minutes file, then copy it into minutes/ unless its meeting is already there."""
    done = add_many(root, [file], replace=replace)[0]
    return done.parsed, done.target


def minutes_beside(folder: str | Path) -> list[Path]:
    """Minutes files lying directly in a folder that is about to become a project."""
    from .ingest import SUPPORTED

    d = Path(folder)
    if not d.is_dir() or (d / CONFIG).exists():
        return []
    return sorted(f for f in d.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED
                  and not f.name.startswith((".", "~$")) and f.name != "README.txt")


def adopt(root: Path, files) -> list[Added]:
    """Move minutes found in a new project's folder into minutes/, one by one: a file that
    cannot be read (or repeats a meeting) stays where it is, with the reason."""
    cfg = load_config(root)
    read = {"roles": minutes.load_roles(cfg.roles), "patterns": minutes.load_patterns(cfg.patterns)}
    folder = root / MINUTES
    seen = dict(_existing(folder, read))
    out = []
    for f in files:
        try:
            parsed = minutes.parse_file(f, **read)
        except AssemblerError as e:
            out.append(Added(source=f, problem=_("{reason} (it stays where it is; fix it and "
                                                 "`assembler add` it)").format(reason=e)))
            continue
        mid = parsed.meeting.id
        target = folder / f.name
        if mid in seen or target.exists():
            out.append(Added(source=f, problem=_("the same meeting ({label}) as {other}").format(
                label=parsed.meeting.label, other=seen.get(mid, target))))
            continue
        os.replace(f, target)
        seen[mid] = target
        out.append(Added(source=f, target=target, parsed=parsed))
    return out


# --- the manifest --------------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """What a build decided, as recorded in its manifest."""

    points: dict[str, dict] = field(default_factory=dict)   # id -> {hash, section, group, meeting}
    groups: dict[str, list[str]] = field(default_factory=dict)
    fingerprint: str = ""

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint, "points": self.points, "groups": self.groups}

    @classmethod
    def from_dict(cls, d: dict | None) -> "State":
        if not d:
            return cls()
        return cls(points=d.get("points", {}), groups=d.get("groups", {}),
                   fingerprint=d.get("fingerprint", ""))


def current_state(a: pipeline.Assembled, extra: dict) -> State:
    """The decisions of this build; the fingerprint covers everything the draft shows."""
    by_point = {x.point: x for x in a.assignments}
    group_of = {pid: g.id for g in a.groups for pid in g.points}
    points = {
        p.id: {"hash": hashlib.sha1(p.text.encode("utf-8")).hexdigest()[:12],
               "section": by_point[p.id].section, "group": group_of.get(p.id, p.id),
               "meeting": p.meeting}
        for p in a.points
    }
    groups = {g.id: list(g.points) for g in a.groups}
    # the trace holds every point's text, placement and group, and the groups' links
    body = json.dumps({"trace": a.trace, "extra": extra}, ensure_ascii=False, sort_keys=True,
                      default=str)
    return State(points=points, groups=groups,
                 fingerprint=hashlib.sha256(body.encode("utf-8")).hexdigest())


def diff(base: State, now: State, titles: dict[str, str], meeting_labels: dict[str, str],
         date: str | None, texts: "Texts | None" = None) -> Changes:
    """What is new in ``now`` compared with ``base``: new points and the summary lines
    (worded by templates/changes.j2)."""
    if not base.points:
        return Changes()
    new = frozenset(pid for pid in now.points if pid not in base.points)
    meetings_new = sorted({now.points[p]["meeting"] for p in new}
                          - {v["meeting"] for v in base.points.values()})
    # counted per entry of the body, as the draft lays it out: a group stands where its
    # representative (its first point) stands, or its first placed point
    new_bullets: dict[str, int] = {}
    cited: dict[str, int] = {}
    moved, merged = [], 0
    for ids in now.groups.values():
        placed = [p for p in ids if now.points[p]["section"]]
        if not placed:
            continue
        rep = ids[0] if ids[0] in placed else placed[0]
        section = now.points[rep]["section"]
        old = [p for p in placed if p in base.points]
        if not old:
            new_bullets[section] = new_bullets.get(section, 0) + 1
            continue
        added = sum(1 for p in placed if p in new)
        if added:
            cited[section] = cited.get(section, 0) + added
        if len({base.points[p]["group"] for p in old}) > 1:
            merged += 1  # earlier entries now stand as one
        before = base.points[old[0]]["section"]
        if before != section:
            moved.append({"id": old[0], "before": titles.get(before or "", "—"),
                          "after": titles.get(section, "—")})
    split = [g for g, ids in base.groups.items() if len(ids) > 1
             and len({now.points[p]["group"] for p in ids if p in now.points}) > 1]
    variables = {
        "new_meetings": [{"label": meeting_labels.get(m, m),
                          "count": sum(1 for p in new if now.points[p]["meeting"] == m)}
                         for m in meetings_new],
        "sections": [{"title": titles[sid], "new": new_bullets.get(sid, 0), "cited": cited.get(sid, 0)}
                     for sid in titles if new_bullets.get(sid) or cited.get(sid)],
        "moved": moved,
        "joined": sum(cited.values()),
        "merged": merged,
        "split": len(split),
    }
    variables["nothing"] = not (meetings_new or new_bullets or cited or moved or merged or split)
    if texts is None:
        from .texts import Texts

        texts = Texts()
    lines = texts.lines("changes.j2", **variables)
    return Changes(new_points=new, summary=tuple(lines), date=date)


def build_date() -> str:
    """The build's date (UTC) for tracked changes; SOURCE_DATE_EPOCH fixes it for tests."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return dt.datetime.now(dt.timezone.utc).date().isoformat()


@dataclass(frozen=True)
class ProjectBuild:
    """What a project build did."""

    built: pipeline.Built
    changed: bool
    changes: Changes
    history: Path | None
    carried: tuple[str, ...] = ()
    not_carried: tuple[str, ...] = ()


def _archive(out: Path, date: str) -> Path | None:
    """Copy the previous draft and its manifest into output/history/ (never overwrite)."""
    files = [f for f in (out / DRAFT, out / MANIFEST, out / "draft.json", out / "draft.csv",
                         out / "draft.xlsx") if f.exists()]
    if not files:
        return None
    n = 1
    while any((out / HISTORY).glob(f"{n:03d}-*")):
        n += 1
    dest = out / HISTORY / f"{n:03d}-{date}"
    dest.mkdir(parents=True)
    for f in files:
        shutil.copy2(f, dest / f.name)
    return dest


def build(root: Path, *, carry_edits: str | Path | None = None, progress=None,
          fonts: str | None = None) -> ProjectBuild:
    """Build the project's draft, marking what changed since the previous build.

    ``fonts`` (a font set of style.yaml) overrides the project's ``fonts`` setting.
    """
    cfg = load_config(root)
    out = root / OUTPUT
    out.mkdir(exist_ok=True)
    manifest_path = out / MANIFEST
    previous = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else None
    folder = root / MINUTES
    if not folder.is_dir() or not any(folder.iterdir()):
        raise InputError(_("no minutes in the project yet"), file=str(folder),
                         hint=_("add them with `assembler add FILE`"))
    carried: tuple[str, ...] = ()
    not_carried: tuple[str, ...] = ()
    after: dict[str, tuple[str, ...]] = {}
    edited = Path(carry_edits) if carry_edits else (out / DRAFT if cfg.carry_edits else None)
    if edited is not None and not edited.exists():
        raise InputError(_("no such file"), file=str(edited), hint=_("name the edited draft (.docx)"))
    if edited is not None and previous is None:
        raise InputError(_("there is no previous build to compare the edited draft with"),
                         file=str(edited), hint=_("build once without --carry-edits first"))
    if edited is not None:
        from .carry import carry_edits as carry

        result = carry(edited, previous, root / OVERRIDES, date=build_date())
        carried, not_carried, after = result.carried, result.not_carried, result.after
    elif previous is not None:
        after = {k: tuple(v) for k, v in previous.get("after", {}).items()}

    opts = cfg.options(overrides_path(root))
    if fonts:
        opts = replace(opts, fonts=fonts)
    assembled = pipeline.assemble([folder], opts, progress=progress)
    extra = {"title": cfg.title, "author": cfg.author, "after": after,
             "edits": dict(assembled.overrides.edits)}
    now = current_state(assembled, extra)
    prev_state = State.from_dict(previous.get("state") if previous else None)
    changed = previous is None or prev_state.fingerprint != now.fingerprint
    if changed:
        base = prev_state
        date = build_date() if previous is not None else None
    else:
        base = State.from_dict(previous.get("baseline"))
        date = previous.get("date")
    titles = {s.id: s.title for s in assembled.outline.iter_all()}
    labels = {m.meeting.id: m.meeting.label for m in assembled.parsed}
    from .texts import Texts

    texts = Texts(cfg.templates)
    changes = diff(base, now, titles, labels, date, texts)
    history = _archive(out, previous.get("date") or "first") if changed and previous else None
    try:
        # the change view is drawn against the previous build's body (its baseline's when
        # nothing changed, so that an unchanged rebuild writes the same bytes)
        from .render.document import layout_blocks
        from .render.tracked import Block

        kept = previous and previous.get("body" if changed else "baseline_body")
        prev_body = [Block.from_json(b) for b in kept] if kept else None
        built = pipeline.render(assembled, out / DRAFT, opts, changes=changes, after=after,
                                progress=progress, previous=prev_body)
    except BaseException:
        if history is not None:  # the previous draft is still in place: no copy needed
            shutil.rmtree(history)
        raise
    manifest = {
        "version": 1,
        "body": [b.to_json() for b in layout_blocks(built.draft, texts)],
        "baseline_body": [b.to_json() for b in prev_body] if prev_body else None,
        "date": date,
        "state": now.to_dict(),
        "baseline": base.to_dict(),
        "summary": list(changes.summary),
        "entries": {e.anchor: {"text": e.text, "section": c.section.id, "points": list(e.points)}
                    for c in iter_chapters(built.draft.chapters) for e in c.entries},
        "order": [e.anchor for e in iter_entries(built.draft)],
        "after": {k: list(v) for k, v in after.items()},
        "titles": titles,
        "generated": _generated_texts(built.draft, texts),
    }
    _write_json(manifest_path, manifest)
    return ProjectBuild(built=built, changed=changed, changes=changes, history=history,
                        carried=carried, not_carried=not_carried)


def _generated_texts(draft, texts: "Texts") -> list[str]:
    """Paragraphs the tool writes between a heading and its first point (not the secretariat's)."""
    out: set[str] = set()
    for c in iter_chapters(draft.chapters):
        if c.intro:
            out.update(line.strip() for line in c.intro.splitlines() if line.strip())
        section = {"id": c.section.id, "title": c.section.title}
        out.add(texts.render("empty_section.j2", section=section).strip())
    return sorted(out)


def overrides_path(root: Path) -> Path | None:
    """The project's overrides.yaml, if it exists."""
    path = root / OVERRIDES
    return path if path.exists() else None


def _write_json(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    try:
        atomic_write(path, text)
    except OSError as e:
        raise write_error(path, e) from None
