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
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, TypedDict

from . import minutes, overrides as overrides_mod, pipeline, transaction
from .config import CONFIG_FILE, ProjectConfig, load_project_config
from .draft import Changes, iter_chapters, iter_entries
from .errors import AssemblerError, ConfigError, InputError
from .i18n import _
from .manifest import Entry, Manifest, PointState, State
from .model import Draft, JSONObject, Meeting, Minutes, Overrides
from .transaction import Lock, Transaction

if TYPE_CHECKING:
    from .docx.identity import Identity
    from .config import Options
    from .texts import Texts

CONFIG = CONFIG_FILE
MINUTES = "minutes"
OVERRIDES = "overrides.yaml"
OUTPUT = "output"
DRAFT = "draft.docx"
MANIFEST = "manifest.json"
HISTORY = "history"
#: The lock file that keeps to one writer at a time (add, build, undo).
LOCK = ".assembler.lock"


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
# true: output/draft.docx が前回の作成後に直されていたら、その修正（文言・削除・移動・追記）を
# 引き継いで作る。false: 直されていたら作成を止めて知らせる（修正が黙って失われることはない）。
carry_edits: true
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


def owner_of_output(output: str | Path) -> Path | None:
    """The project whose output folder ``output`` would be written into, if any."""
    folder = Path(output).resolve().parent
    if folder.name == OUTPUT and (folder.parent / CONFIG).is_file():
        return folder.parent
    return None


def _yaml_scalar(text: str | None) -> str:
    """A title or council name as a YAML scalar (JSON strings are YAML), or null."""
    return json.dumps(text, ensure_ascii=False) if text else "null"


def init(root: str | Path, *, title: str | None = None, council: str | None = None) -> Path:
    """Create a drafting project: config, minutes/, overrides.yaml, output/, README."""
    d = Path(root)
    if (d / CONFIG).exists():
        raise ConfigError(_("a project already exists here"), file=str(d / CONFIG),
                          hint=_("use `assembler build` in it, or choose another folder"))
    for sub in (MINUTES, OUTPUT):
        (d / sub).mkdir(parents=True, exist_ok=True)
    (d / CONFIG).write_text(_CONFIG_TEMPLATE.format(title=_yaml_scalar(title), council=_yaml_scalar(council)),
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


class ReadOptions(TypedDict):
    """How a project reads its minutes (``minutes.parse_file``'s keywords): the roles and
    patterns its assembler.yaml names, loaded once."""

    roles: minutes.RoleTable
    patterns: minutes.Patterns


def read_options(cfg: Config) -> ReadOptions:
    """The roles and patterns of a project's assembler.yaml, loaded."""
    return {"roles": minutes.load_roles(cfg.roles), "patterns": minutes.load_patterns(cfg.patterns)}


def _existing(folder: Path, read: ReadOptions) -> dict[str, Path]:
    """Meeting id -> file of the minutes already in the project (a day of a session held with its
    other days under the session's id and its date, ``m03_20240903``: ``minutes.in_order``)."""
    if not folder.is_dir():
        return {}
    with os.scandir(folder) as entries:
        if not any(entries):
            return {}
    return {m.meeting.id: Path(m.meeting.source) for m in minutes.parse_paths([folder], **read)}


def _held(held: Mapping[str, Path], meeting: Meeting, day: str, read: ReadOptions) -> Path | None:
    """The file of ``held`` (meeting id -> file) that holds the meeting: under its id and date
    (``day``: a day held with its session's other days), or under its id unless that file is
    another day of its session (``_day_of``)."""
    if day in held:
        return held[day]
    other = held.get(meeting.id)
    return None if other is None or _day_of(meeting, other, read) else other


def _day_of(meeting: Meeting, other: Path | None, read: ReadOptions) -> bool:
    """The meeting is another day of the session of the minutes ``other`` (same id, each dated,
    the dates apart): not the same meeting — the build reads them apart (``minutes.in_order``)."""
    if other is None or not meeting.date or not other.exists():
        return False
    there = minutes.parse_file(other, **read).meeting
    return bool(there.date) and there.date != meeting.date


def add_many(root: Path, files: Iterable[str | Path], *, replace: bool = False) -> list[Added]:
    """Parse every file first, then copy them into minutes/: nothing is added unless all of
    them can be (unreadable file, a meeting already there without ``replace``, the same
    meeting twice, a file name taken by another meeting). Holds the project lock; the
    copies are swapped in together."""
    with writing(root, "add"):
        return _add_many(root, files, replace)


def _add_many(root: Path, files: Iterable[str | Path], replace: bool) -> list[Added]:
    read = read_options(load_config(root))
    folder = root / MINUTES
    existing = _existing(folder, read)
    names = {p.resolve(): mid for mid, p in existing.items()}
    plan: list[tuple[Path, Path, Minutes, Path | None]] = []  # source, target, parsed, replaced
    batch: dict[str, Path] = {}
    for file in files:
        src = Path(file)
        parsed = minutes.parse_file(src, **read)
        meeting = parsed.meeting
        day = f"{meeting.id}_{(meeting.date or '').replace('-', '')}"  # its id among its session's days
        twice = _held(batch, meeting, day, read)
        if twice is not None:
            raise InputError(_("the same meeting ({label}) as {other}").format(
                label=meeting.label, other=twice), file=str(src),
                hint=_("give each meeting's minutes once"))
        batch.setdefault(meeting.id, src)
        batch[day] = src
        target = folder / src.name
        old = _held(existing, meeting, day, read)
        if old is not None and not replace:
            raise InputError(_("{label} ({date}) is already in the project as {old}").format(
                label=meeting.label, date=meeting.date or _("date unknown"), old=old),
                file=str(src), hint=_("give --replace to replace it"))
        taken = names.get(target.resolve())
        if taken is not None and taken not in (meeting.id, day):
            raise InputError(_("another meeting's minutes already have this file name ({target})")
                             .format(target=target), file=str(src),
                             hint=_("rename the file and add it again"))
        plan.append((src, target, parsed, old))
    copies = [(src, target) for src, target, _parsed, _old in plan if src.resolve() != target.resolve()]
    if copies:
        with Transaction(root / OUTPUT) as tx:  # every copy complete, or none there at all
            for src, target in copies:
                tx.write(target, src.read_bytes())
            tx.commit()
    for _src, target, _parsed, old in plan:
        if old is not None and old.resolve() != target.resolve():
            old.unlink()
    return [Added(source=src, target=target, parsed=parsed, replaced=old) for src, target, parsed, old in plan]


def add(root: Path, file: str | Path, *, replace: bool = False) -> tuple[Minutes, Path]:
    """Parse a minutes file, then copy it into minutes/ unless its meeting is already there."""
    done = add_many(root, [file], replace=replace)[0]
    assert done.parsed is not None and done.target is not None, "add_many returns added files only"
    return done.parsed, done.target


def minutes_beside(folder: str | Path) -> list[Path]:
    """Minutes files lying directly in a folder that is about to become a project."""
    from .ingest import MARKDOWN, SUPPORTED, is_minutes_file

    d = Path(folder)
    if not d.is_dir() or (d / CONFIG).exists():
        return []
    return sorted(f for f in d.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED + MARKDOWN
                  and not f.name.startswith((".", "~$")) and f.name != "README.txt" and is_minutes_file(f))


def adopt(root: Path, files: Iterable[Path]) -> list[Added]:
    """Move minutes found in a new project's folder into minutes/, one by one: a file that
    cannot be read (or repeats a meeting) stays where it is, with the reason."""
    with writing(root, "init"):
        return _adopt(root, files)


def _adopt(root: Path, files: Iterable[Path]) -> list[Added]:
    read = read_options(load_config(root))
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
        day = f"{mid}_{(parsed.meeting.date or '').replace('-', '')}"  # its id among its session's days
        target = folder / f.name
        held = _held(seen, parsed.meeting, day, read)
        if held is not None or target.exists():
            out.append(Added(source=f, problem=_("the same meeting ({label}) as {other}").format(
                label=parsed.meeting.label, other=held or target)))
            continue
        os.replace(f, target)
        seen.setdefault(mid, target)
        seen[day] = target
        out.append(Added(source=f, target=target, parsed=parsed))
    return out


# --- one writer at a time ------------------------------------------------------------------------


@contextmanager
def writing(root: Path, what: str) -> Iterator[None]:
    """Hold the project lock; first put back any swap a killed command left half done."""
    with Lock(root / LOCK, what):
        transaction.recover(root / OUTPUT)
        for partial in (root / OUTPUT / HISTORY).glob(".*.partial"):  # a copy never finished
            shutil.rmtree(partial, ignore_errors=True)
        yield


# --- the decisions of a build and what changed ---------------------------------------------------


def current_state(a: pipeline.Assembled, extra: JSONObject) -> State:
    """The decisions of this build; the fingerprint covers everything the draft shows."""
    by_point = {x.point: x for x in a.assignments}
    group_of = {pid: g.id for g in a.groups for pid in g.points}
    points = {
        p.id: PointState(hash=hashlib.sha1(p.text.encode("utf-8")).hexdigest()[:12],
                         section=by_point[p.id].section, group=group_of.get(p.id, p.id),
                         meeting=p.meeting)
        for p in a.points
    }
    groups = {g.id: tuple(g.points) for g in a.groups}
    # the trace holds every point's text, placement and group, and the groups' links
    body = json.dumps({"trace": a.trace, "extra": extra}, ensure_ascii=False, sort_keys=True,
                      default=str)
    return State(points=points, groups=groups,
                 fingerprint=hashlib.sha256(body.encode("utf-8")).hexdigest())


def _entry_changes(base: State, now: State, new: frozenset[str],
                   titles: Mapping[str, str]) -> dict[str, Any]:  # Any: changes.j2's variables
    """Counted per entry of the body, as the draft lays it out: a group stands where its
    representative (its first point) stands, or its first placed point. New entries and
    citations added to earlier ones per chapter, entries moved, earlier entries merged."""
    new_bullets: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    moved, merged = [], 0
    for ids in now.groups.values():
        placed = [p for p in ids if now.points[p].section]
        if not placed:
            continue
        rep = ids[0] if ids[0] in placed else placed[0]
        section = now.points[rep].section or ""
        old = [p for p in placed if p in base.points]
        if not old:
            new_bullets[section] += 1
            continue
        cited[section] += sum(1 for p in placed if p in new)
        if len({base.points[p].group for p in old}) > 1:
            merged += 1  # earlier entries now stand as one
        before = base.points[old[0]].section
        if before is not None and before != section:  # (None: put back, not a move)
            moved.append({"id": old[0], "before": titles.get(before, "—"),
                          "after": titles.get(section, "—")})
    return {"sections": [{"title": titles[sid], "new": new_bullets[sid], "cited": cited[sid]}
                         for sid in titles if new_bullets[sid] or cited[sid]],
            "moved": moved, "joined": sum(cited.values()), "merged": merged}


def _removed(base: State, now: State, titles: Mapping[str, str]) -> list[dict[str, str]]:
    """Entries of the previous draft whose points are all left out now (deleted, excluded):
    reported as left out, never as moved to 「—」."""
    out = []
    for ids in base.groups.values():
        was = [p for p in ids if base.points[p].section]
        still = [p for p in ids if p in now.points]
        if was and still and not any(now.points[p].section for p in still):
            out.append({"id": was[0], "before": titles.get(base.points[was[0]].section or "", "—")})
    return out


def _split(base: State, now: State) -> int:
    """Earlier merges now undone."""
    return sum(1 for ids in base.groups.values() if len(ids) > 1
               and len({now.points[p].group for p in ids if p in now.points}) > 1)


def diff(base: State, now: State, titles: Mapping[str, str], meeting_labels: Mapping[str, str],
         date: str | None, texts: "Texts | None" = None) -> Changes:
    """What is new in ``now`` compared with ``base``: new points and the summary lines
    (worded by templates/changes.j2)."""
    if not base.points:
        return Changes()
    new = frozenset(pid for pid in now.points if pid not in base.points)
    meetings_new = sorted({now.points[p].meeting for p in new}
                          - {v.meeting for v in base.points.values()})
    variables: dict[str, Any] = {  # the template's variables
        "new_meetings": [{"label": meeting_labels.get(m, m),
                          "count": sum(1 for p in new if now.points[p].meeting == m)}
                         for m in meetings_new],
        **_entry_changes(base, now, new, titles),
        "removed": _removed(base, now, titles),
        "split": _split(base, now),
    }
    variables["nothing"] = not any(variables[k] for k in (
        "new_meetings", "sections", "moved", "removed", "merged", "split"))
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


def baseline(previous: Manifest | None, now: State) -> tuple[State, str | None]:
    """What this build's tracked insertions are relative to, and their date.

    Only new points move the baseline: a rebuild that adds none (an override with a typo,
    the same meeting added again as a PDF, a carried edit) keeps the previous build's
    insertions and date, so the secretariat still sees what the last meeting added.
    """
    if previous is None:
        return State(), None
    if set(now.points) - set(previous.state.points):
        return previous.state, build_date()
    return previous.baseline, previous.date


# --- what the draft shows apart from the decisions on its points ------------------------------


@dataclass(frozen=True)
class Restyle:
    """A change in what the draft shows that no point's decision explains: ``kind`` is
    title, author, fonts, reference_doc, template (``name``: its file) or chapter (``name``:
    the section id; ``before``/``after`` its titles, empty when it is new or gone). Digests
    are not shown: for a template or the reference document ``before``/``after`` are empty."""

    kind: str
    name: str = ""
    before: str = ""
    after: str = ""


_SHOWN_AS_TEXT = ("title", "author", "fonts")


def draft_look(cfg: Config, texts: "Texts") -> dict[str, str]:
    """What the draft shows apart from the decisions on its points, by name: the title, the
    author, the font set, the reference document and every template (a digest of the text
    in use). A build records it in the manifest; ``restyled`` compares two of them."""
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()[:16]

    look = {"title": cfg.title or "", "author": cfg.author, "fonts": cfg.fonts or "",
            "reference_doc": digest(cfg.reference_doc.read_bytes()) if cfg.reference_doc else ""}
    for name, text in texts.sources().items():
        look[f"template:{name}"] = digest(text.encode("utf-8"))
    return look


def restyled(previous: Manifest, look: Mapping[str, str],
             titles: Mapping[str, str]) -> tuple[Restyle, ...]:
    """What changed in the draft's look since ``previous`` (nothing is known, and nothing is
    said, for a manifest written before the look was recorded), then the chapters renamed,
    added or gone."""
    out = []
    if previous.look:
        for key in sorted(set(previous.look) | set(look)):
            old, new = previous.look.get(key, ""), look.get(key, "")
            if old != new:
                kind, _sep, name = key.partition(":")
                shown = kind in _SHOWN_AS_TEXT
                out.append(Restyle(kind, name, old if shown else "", new if shown else ""))
    if previous.titles:
        for sid in [*previous.titles, *(t for t in titles if t not in previous.titles)]:
            old, new = previous.titles.get(sid, ""), titles.get(sid, "")
            if old != new:
                out.append(Restyle("chapter", sid, old, new))
    return tuple(out)


# --- a project build -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectBuild:
    """What a project build did."""

    built: pipeline.Built
    changed: bool
    changes: Changes
    history: Path | None
    carried: tuple[str, ...] = ()
    not_carried: tuple[str, ...] = ()
    restyled: tuple[Restyle, ...] = ()


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build(root: Path, *, carry_edits: str | Path | None = None, discard_edits: bool = False,
          progress: Callable[[int, str], None] | None = None, fonts: str | None = None) -> ProjectBuild:
    """Build the project's draft, marking what changed since the previous build.

    Everything it writes (draft, trace, manifest, overrides.yaml, the history copy of the
    previous state) is staged and swapped in together; any failure leaves the project as
    it was. A draft the secretariat changed since the last build is carried over (or,
    with ``carry_edits: false``, the build is refused) unless ``discard_edits``.
    ``fonts`` (a font set of style.yaml) overrides the project's ``fonts`` setting.
    """
    with writing(root, "build"):
        cfg = load_config(root)
        previous = Manifest.read(root / OUTPUT / MANIFEST)
        _check_minutes(root)
        edited = _edited_draft(root, cfg, previous, carry_edits, discard_edits)
        if fonts:
            cfg = replace(cfg, fonts=fonts)
        return _Build(root, cfg, previous, progress).run(edited)


def _check_minutes(root: Path) -> None:
    folder = root / MINUTES
    if not folder.is_dir() or not any(folder.iterdir()):
        raise InputError(_("no minutes in the project yet"), file=str(folder),
                         hint=_("add them with `assembler add FILE`"))


def _edited_draft(root: Path, cfg: Config, previous: Manifest | None,
                  given: str | Path | None, discard: bool) -> Path | None:
    """The edited draft to carry edits from, if any (refusing to drop edits silently)."""
    draft = root / OUTPUT / DRAFT
    if given is not None:
        path = Path(given)
        if not path.exists():
            raise InputError(_("no such file"), file=str(path), hint=_("name the edited draft (.docx)"))
        if previous is None:
            raise InputError(_("there is no previous build to compare the edited draft with"),
                             file=str(path), hint=_("build once without --carry-edits first"))
        return path
    if previous is None or not draft.exists() or discard:
        return None
    if not previous.draft_hash:  # built by an older version: no record of the draft's bytes
        return draft if cfg.carry_edits else None
    if sha256(draft) == previous.draft_hash:
        return None
    if cfg.carry_edits:
        return draft
    raise InputError(
        _("the draft was changed since the last build (edited in Word?) and carry_edits is "
          "false, so building would drop those edits"), file=str(draft),
        hint=_("run `assembler build --carry-edits {draft}` to keep them, or `assembler build "
               "--discard-edits` to build from the minutes alone (the edited draft is kept in "
               "{history}/)").format(draft=f"{OUTPUT}/{DRAFT}", history=f"{OUTPUT}/{HISTORY}"))


def manifest_of(edited: Path, root: Path, previous: Manifest) -> Manifest:
    """The manifest of the build that wrote ``edited``: refuses a .docx that is not a draft
    of this project; a draft from output/history/ is read against its own manifest."""
    from .docx.identity import read_identity

    ident = read_identity(edited)
    where = f"{OUTPUT}/{DRAFT} or one in {OUTPUT}/{HISTORY}/"
    if not previous.project:  # built by an older version: its drafts carry no identity
        return previous
    if not ident.project:
        raise InputError(_("is not a draft of this project: it carries no assembler build mark "
                           "(minutes, or another document?)"), file=str(edited),
                         hint=_("name a draft built in this project ({where})").format(where=where))
    if ident.project != previous.project:
        raise InputError(_("is a draft of another project"), file=str(edited),
                         hint=_("run the build in that project, or name a draft of this one "
                                "({where})").format(where=where))
    if ident.build == previous.build:
        return previous
    for entry in reversed(history_entries(root)):
        m = Manifest.read(entry / MANIFEST)
        if m is not None and m.build == ident.build:
            return m
    raise InputError(_("is a draft of this project, but the record of the build that wrote it "
                       "is gone"), file=str(edited),
                     hint=_("copy your edits into {draft} and carry them from there").format(
                         draft=f"{OUTPUT}/{DRAFT}"))


@dataclass(frozen=True)
class Decided:
    """What a build decides before it writes anything: the decisions (``assembled``, its
    state ``now``), the overrides text it would write (carried edits included), the
    secretariat's paragraphs (``after``, and as shown), the draft's look and titles."""

    assembled: pipeline.Assembled
    now: State
    overrides_text: str | None
    new_overrides_text: str | None
    after: dict[str, tuple[str, ...]]
    shown_after: dict[str, tuple[str, ...]]
    titles: dict[str, str]
    look: dict[str, str]
    texts: "Texts"

    def restyled(self, previous: Manifest | None) -> tuple[Restyle, ...]:
        """What changed in the draft's look since ``previous`` (see ``restyled``)."""
        return restyled(previous, self.look, self.titles) if previous is not None else ()

    def changed(self, previous: Manifest | None) -> bool:
        """Whether the draft would differ from the one ``previous`` describes."""
        return (previous is None or previous.state.fingerprint != self.now.fingerprint
                or bool(self.restyled(previous)))


def plan(root: Path) -> tuple[Decided, Manifest | None]:
    """What ``assembler build`` would decide now, and the previous build's manifest; nothing
    is written and no lock is taken (a draft edited in Word is not read: ``assembler status``
    reports it apart)."""
    cfg = load_config(root)
    previous = Manifest.read(root / OUTPUT / MANIFEST)
    return _Build(root, cfg, previous, None).decide(None), previous


class _Build:
    """One project build, step by step (``run``): carry the edits, decide, lay out, stage
    every file, keep a history copy of the previous state, swap the new files in."""

    def __init__(self, root: Path, cfg: Config, previous: Manifest | None,
                 progress: Callable[[int, str], None] | None) -> None:
        self.root, self.cfg, self.previous, self.progress = root, cfg, previous, progress
        self.out = root / OUTPUT
        self.overrides_path = root / OVERRIDES
        self.carried: tuple[str, ...] = ()
        self.not_carried: tuple[str, ...] = ()
        self.project = (previous.project if previous is not None and previous.project
                        else uuid.uuid4().hex)

    def decide(self, edited: Path | None) -> Decided:
        """Carry the edits, decide (parse, place, merge, follow the groups), state the look."""
        ov_text = _read_text(self.overrides_path)
        new_ov_text, after = self._carry(edited, ov_text)
        assembled, shown_after = self._assemble(self.cfg.options(None),
                                                self._overrides(new_ov_text), after)
        now = current_state(assembled, {"title": self.cfg.title, "author": self.cfg.author,
                                        "after": after, "edits": dict(assembled.overrides.edits)})
        from .texts import Texts

        texts = Texts(self.cfg.templates)
        return Decided(assembled=assembled, now=now, overrides_text=ov_text,
                       new_overrides_text=new_ov_text, after=after, shown_after=shown_after,
                       titles={s.id: s.title for s in assembled.outline.iter_all()},
                       look=draft_look(self.cfg, texts), texts=texts)

    def run(self, edited: Path | None) -> ProjectBuild:
        d = self.decide(edited)
        assembled, now, texts, titles = d.assembled, d.now, d.texts, d.titles
        base, date = baseline(self.previous, now)
        labels = {m.meeting.id: m.meeting.label for m in assembled.parsed}
        changes = diff(base, now, titles, labels, date, texts)
        step = self.progress or (lambda i, name: None)
        step(3, pipeline.STAGES[3])
        draft = pipeline.lay_out(assembled, self.cfg.options(None), changes=changes,
                                 after=d.shown_after)
        step(4, pipeline.STAGES[4])
        build_id = self._build_id(now, base, date)
        against = self._change_view(base)
        from .docx.identity import Identity

        with Transaction(self.out) as tx:
            if d.new_overrides_text is not None and d.new_overrides_text != d.overrides_text:
                tx.write(self.overrides_path, d.new_overrides_text.encode("utf-8"))
            docx = self._stage_draft(tx, draft, assembled, texts, Identity(self.project, build_id),
                                     against)
            manifest = self._manifest(now, base, date, changes, draft, d.after, titles, texts,
                                      docx, build_id)
            manifest = replace(manifest, baseline_body=tuple(against) if against else None,
                               body=tuple(_body(draft, texts)), look=d.look)
            tx.write(self.out / MANIFEST, manifest.to_bytes())
            history = self._swap(tx)
        built = pipeline.Built(assembled=assembled, draft=draft,
                               files=tuple(self.out / n for n in STATE_FILES if n != MANIFEST))
        return ProjectBuild(built=built, changed=d.changed(self.previous), changes=changes,
                            history=history, carried=self.carried, not_carried=self.not_carried,
                            restyled=d.restyled(self.previous))

    def _carry(self, edited: Path | None, ov_text: str | None
               ) -> tuple[str | None, dict[str, tuple[str, ...]]]:
        """The secretariat's edits as new overrides text, and the paragraphs they added."""
        previous = self.previous
        kept = dict(previous.after) if previous is not None else {}
        if edited is None or previous is None:
            return ov_text, kept
        from .carry import carry_edits

        against = manifest_of(edited, self.root, previous)
        result = carry_edits(edited, against, ov_text or "", date=build_date(),
                             name=str(self.overrides_path))
        self.carried, self.not_carried = result.carried, result.not_carried
        after = {**kept, **result.after} if against is not previous else dict(result.after)
        return result.overrides, after

    def _overrides(self, text: str | None) -> Overrides:
        """The overrides as they will be (carried edits included)."""
        if text is None:
            return Overrides()
        return overrides_mod.parse_overrides(text, str(self.overrides_path))

    def _assemble(self, opts: Options, overrides: Overrides, after: dict[str, tuple[str, ...]]
                  ) -> tuple[pipeline.Assembled, dict[str, tuple[str, ...]]]:
        """Parse, classify, dedup; then every decision follows its point's group."""
        from .carry import follow_groups

        a = pipeline.assemble([self.root / MINUTES], opts, progress=self.progress,
                              overrides=overrides)
        known = frozenset(self.previous.state.points) if self.previous else frozenset()
        followed = follow_groups(a.groups, a.assignments, dict(a.overrides.edits), after, known)
        a = replace(a, assignments=followed.assignments,
                    overrides=replace(a.overrides, edits=tuple(sorted(followed.edits.items()))))
        self.carried += followed.notes
        return a, followed.after

    def _build_id(self, now: State, base: State, date: str | None) -> str:
        """The same decisions on the same baseline give the same id (and the same bytes)."""
        body = json.dumps([self.project, now.fingerprint, base.fingerprint, sorted(base.points),
                           date], ensure_ascii=False)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]

    def _change_view(self, base: State) -> list[Any] | None:  # Any: Blocks as JSON
        """The body the tracked changes are drawn against (as JSON): the previous build's when
        the baseline moved, else the baseline's, so that a rebuild with nothing new shows the
        same changes (and an unchanged one writes the same bytes)."""
        previous = self.previous
        if previous is None:
            return None
        kept = previous.body if base is previous.state else previous.baseline_body
        return list(kept) if kept else None

    def _stage_draft(self, tx: Transaction, draft: Draft, assembled: pipeline.Assembled,
                     texts: "Texts", identity: "Identity", against: list[Any] | None) -> bytes:
        """Stage the draft (with its identity) and its trace; return the draft's bytes."""
        from .render import build_docx, write_trace
        from .render.tracked import Block
        from .timings import stage

        previous = [Block.from_json(b) for b in against] if against else None
        with stage("docx"):
            docx = build_docx(draft, texts, reference_doc=self.cfg.reference_doc, fonts=self.cfg.fonts,
                              previous=previous, identity=identity)
        tx.write(self.out / DRAFT, docx)
        traces = [self.out / n for n in STATE_FILES if n not in (DRAFT, MANIFEST)]
        staged = [tx.path(t) for t in traces]
        try:
            transaction.step("stage trace")
            write_trace(pipeline.trace_of(assembled, draft), tx.staged[self.out / DRAFT])
        except OSError as e:
            raise transaction.cause(e, traces[0]) from None
        except AssemblerError as e:  # named by the staged copy: name the file it will replace
            name = Path(e.file).name if e.file else DRAFT
            raise type(e)(e.message, file=str(self.out / name), hint=e.hint) from None
        for target, path in zip(traces, staged):
            tx.adopt(target, path)
        return docx

    def _manifest(self, now: State, base: State, date: str | None, changes: Changes, draft: Draft,
                  after: dict[str, tuple[str, ...]], titles: dict[str, str], texts: "Texts",
                  docx: bytes, build_id: str) -> Manifest:
        return Manifest(
            project=self.project, date=date, state=now, baseline=base,
            summary=changes.summary,
            entries={e.anchor: Entry(text=e.text, section=c.section.id, points=tuple(e.points))
                     for c in iter_chapters(draft.chapters) for e in c.entries},
            order=tuple(e.anchor for e in iter_entries(draft)),
            after=after, titles=titles, generated=tuple(_generated_texts(draft, texts)),
            draft_hash=hashlib.sha256(docx).hexdigest(), build=build_id)

    def _swap(self, tx: Transaction) -> Path | None:
        """Keep what differs from the files in place, keep a copy of the previous state,
        swap the new files in. Returns the history copy (None when nothing was replaced)."""
        tx.drop_unchanged()
        if not tx.staged:
            return None
        history = None
        if any(t.exists() for t in tx.staged):
            history = archive(self.root, "build")
        tx.commit()
        return history


def overrides_path(root: Path) -> Path | None:
    """The project's overrides.yaml, if it exists."""
    path = root / OVERRIDES
    return path if path.exists() else None


def _body(draft: Draft, texts: "Texts") -> list[object]:
    """The draft's body as the render stage lays it out, as JSON (kept for the next change view)."""
    from .render.document import layout_blocks

    return [b.to_json() for b in layout_blocks(draft, texts)]


def _read_text(path: Path) -> str | None:
    from .limits import check_file

    if path.exists():
        check_file(path, config=True)  # a FIFO would block, a huge file fill the memory
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _generated_texts(draft: Draft, texts: "Texts") -> list[str]:
    """Paragraphs the tool writes between a heading and its first point (not the secretariat's)."""
    out: set[str] = set()
    for c in iter_chapters(draft.chapters):
        if c.intro:
            out.update(line.strip() for line in c.intro.splitlines() if line.strip())
        section = {"id": c.section.id, "title": c.section.title}
        out.add(texts.render("empty_section.j2", section=section).strip())
    return sorted(out)


# --- history: copies of earlier states, and going back to one --------------------------------------

#: What a history copy holds: the draft, its trace, its manifest and the overrides.
STATE_FILES = (DRAFT, "draft.json", "draft.csv", "draft.xlsx", MANIFEST)
_HISTORY_META = "history.json"


def history_entries(root: Path) -> list[Path]:
    """The history copies, oldest first."""
    folder = root / OUTPUT / HISTORY
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and p.name[:3].isdigit())


def _state_files(root: Path) -> list[tuple[Path, str]]:
    out = [(root / OUTPUT / name, name) for name in STATE_FILES]
    return [(path, name) for path, name in out + [(root / OVERRIDES, OVERRIDES)] if path.exists()]


def _same_as(entry: Path, files: list[tuple[Path, str]]) -> bool:
    names = {p.name for p in entry.iterdir()} - {_HISTORY_META}
    return names == {name for _, name in files} and all(
        (entry / name).read_bytes() == path.read_bytes() for path, name in files)


def archive(root: Path, reason: str) -> Path | None:
    """Copy the current draft, trace, manifest and overrides.yaml into output/history/NNN-date/
    (complete or not at all; an identical newest copy is reused). Never overwrites."""
    files = _state_files(root)
    if not files:
        return None
    entries = history_entries(root)
    if entries and _same_as(entries[-1], files):
        return entries[-1]
    manifest = Manifest.read(root / OUTPUT / MANIFEST) if (root / OUTPUT / MANIFEST).exists() else None
    n = int(entries[-1].name[:3]) + 1 if entries else 1
    dest = root / OUTPUT / HISTORY / f"{n:03d}-{(manifest.date if manifest else None) or 'first'}"
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for path, name in files:
            transaction.step(f"history copy {name}")
            transaction.copy_file(path, partial / name)
        meta = {"reason": reason, "build": manifest.build if manifest else ""}
        transaction.write_file(partial / _HISTORY_META, json.dumps(meta).encode("utf-8"))
        transaction.step("history rename")
        os.rename(partial, dest)
        transaction.fsync_dir(dest.parent)
    except OSError as e:
        shutil.rmtree(partial, ignore_errors=True)  # incomplete: not a copy of anything
        raise transaction.cause(e, dest) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return dest


def restore(root: Path, number: int | None = None) -> tuple[Path, Path | None]:
    """Bring back an earlier draft, manifest and overrides together: history copy ``number``,
    or (None) the state before the last build. The current state is kept in history first.
    Returns the copy restored and the history copy of the state it replaced."""
    with writing(root, "undo"):
        entry = _pick(root, number)
        out = root / OUTPUT
        with Transaction(out) as tx:
            for name in STATE_FILES:
                if (entry / name).exists():
                    tx.write(out / name, (entry / name).read_bytes())
            if (entry / OVERRIDES).exists():
                tx.write(root / OVERRIDES, (entry / OVERRIDES).read_bytes())
            kept = archive(root, "undo")
            tx.commit()
        return entry, kept


def _pick(root: Path, number: int | None) -> Path:
    entries = history_entries(root)
    if number is not None:
        chosen = [e for e in entries if int(e.name[:3]) == number]
        if not chosen:
            raise InputError(_("no history copy {number}").format(number=number),
                             file=str(root / OUTPUT / HISTORY),
                             hint=_("`assembler history list` shows the numbers"))
        return chosen[0]
    current = Manifest.read(root / OUTPUT / MANIFEST)
    builds = [(e, history_meta(e).get("build", "")) for e in entries
              if history_meta(e).get("reason") != "undo"]  # states an undo left: never gone back to
    here = current.build if current is not None else ""
    at = [i for i, (_, b) in enumerate(builds) if here and b == here]
    earlier = builds[:at[-1]] if at else builds
    for entry, build in reversed(earlier):
        if (entry / MANIFEST).exists() and not (here and build == here):
            return entry
    raise InputError(_("there is no earlier build to go back to"),
                     file=str(root / OUTPUT / HISTORY))


def history_meta(entry: Path) -> dict[str, str]:
    """Why a history copy was kept (``reason``: build or undo) and the build it holds."""
    try:
        meta: dict[str, str] = json.loads((entry / _HISTORY_META).read_text(encoding="utf-8"))
        return meta
    except (OSError, ValueError):
        return {}
