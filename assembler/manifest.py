"""The manifest a project build writes beside its draft (``output/manifest.json``): what the
build decided, what the draft shows, and who the draft belongs to.

It is the contract between the build that writes a draft and everything that later reads
that draft back (``carry`` for the secretariat's edits, ``project.diff`` for the
「前回からの変更」 summary, ``project.undo``). Every reader goes through :class:`Manifest`;
nobody reads the JSON by string keys.

Version 1 (written before drafts carried their identity) is read as a version 2 without
identity or draft hash; anything else unknown is refused with a clear message.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError
from .i18n import _

#: The version this code writes; ``from_dict`` reads this one and the ones in ``_READABLE``.
VERSION = 2
_READABLE = (1, 2)


@dataclass(frozen=True)
class PointState:
    """What a build decided about one point: a hash of its text, its chapter, its group."""

    hash: str
    section: str | None
    group: str
    meeting: str

    def to_dict(self) -> dict[str, Any]:
        return {"hash": self.hash, "section": self.section, "group": self.group,
                "meeting": self.meeting}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "PointState":
        return cls(hash=str(d.get("hash", "")), section=d.get("section"),
                   group=str(d.get("group", "")), meeting=str(d.get("meeting", "")))


@dataclass(frozen=True)
class State:
    """What a build decided: every point's state, the groups, and a fingerprint of
    everything the draft shows (equal fingerprints mean byte-identical drafts)."""

    points: Mapping[str, PointState] = field(default_factory=dict)
    groups: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fingerprint: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint,
                "points": {k: v.to_dict() for k, v in self.points.items()},
                "groups": {k: list(v) for k, v in self.groups.items()}}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> "State":
        if not d:
            return cls()
        return cls(points={k: PointState.from_dict(v) for k, v in d.get("points", {}).items()},
                   groups={k: tuple(v) for k, v in d.get("groups", {}).items()},
                   fingerprint=str(d.get("fingerprint", "")))


@dataclass(frozen=True)
class Entry:
    """A point paragraph of the draft: its wording, its chapter and the points it cites
    (the group's members shown in the body; the anchor is the representative's id)."""

    text: str
    section: str
    points: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "section": self.section, "points": list(self.points)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Entry":
        return cls(text=str(d.get("text", "")), section=str(d.get("section", "")),
                   points=tuple(d.get("points", ())))


@dataclass(frozen=True)
class Manifest:
    """Everything a project build records about the draft it wrote.

    ``project`` and ``build`` are the identity stamped into the draft (a custom document
    property), so an edited .docx can be matched with the manifest of the build that
    wrote it; ``draft_hash`` is the SHA-256 of the draft as written, so a build can tell
    that the secretariat changed it since. ``state`` is what this build decided,
    ``baseline`` what its tracked insertions are relative to, ``date`` their date.
    ``entries``/``order``/``titles``/``generated`` describe the draft's body for the
    read-back; ``after`` holds the secretariat's paragraphs by the point they follow.
    ``body`` is the draft's body as the render stage lays it out (its Blocks as JSON, opaque
    here) and ``baseline_body`` the body the change view was drawn against. ``look`` is what
    the draft shows apart from the decisions on its points (title, author, font set, reference
    document, a digest of every template; ``project.draft_look``): empty in a manifest written
    before it was recorded.
    """

    version: int = VERSION
    project: str = ""
    build: str = ""
    draft_hash: str = ""
    date: str | None = None
    state: State = field(default_factory=State)
    baseline: State = field(default_factory=State)
    summary: tuple[str, ...] = ()
    entries: Mapping[str, Entry] = field(default_factory=dict)
    order: tuple[str, ...] = ()
    after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)
    generated: tuple[str, ...] = ()
    body: tuple[Any, ...] = ()
    baseline_body: tuple[Any, ...] | None = None
    look: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "project": self.project, "build": self.build,
            "draft_hash": self.draft_hash, "date": self.date,
            "state": self.state.to_dict(), "baseline": self.baseline.to_dict(),
            "summary": list(self.summary),
            "entries": {k: v.to_dict() for k, v in self.entries.items()},
            "order": list(self.order),
            "after": {k: list(v) for k, v in self.after.items()},
            "titles": dict(self.titles), "generated": list(self.generated),
            "body": list(self.body),
            "baseline_body": list(self.baseline_body) if self.baseline_body is not None else None,
            "look": dict(self.look),
        }

    def to_bytes(self) -> bytes:
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        return text.encode("utf-8")

    @classmethod
    def from_dict(cls, d: Any, source: str = "manifest.json") -> "Manifest":
        """Read a manifest; one written by an unknown (newer) version is refused."""
        if not isinstance(d, dict):
            raise ConfigError(_("not a manifest (expected a JSON object)"), file=source,
                              hint=_("restore it with `assembler undo`, or delete output/ and "
                                     "build again"))
        version = d.get("version")
        if version not in _READABLE:
            raise ConfigError(
                _("manifest version {version} is not one this assembler reads ({readable})").format(
                    version=repr(version), readable=", ".join(map(str, _READABLE))), file=source,
                hint=_("it was written by another version of the assembler: build with that "
                       "version, or upgrade this one"))
        return cls(
            version=VERSION, project=str(d.get("project", "")), build=str(d.get("build", "")),
            draft_hash=str(d.get("draft_hash", "")), date=d.get("date"),
            state=State.from_dict(d.get("state")), baseline=State.from_dict(d.get("baseline")),
            summary=tuple(d.get("summary", ())),
            entries={k: Entry.from_dict(v) for k, v in d.get("entries", {}).items()},
            order=tuple(d.get("order", ())),
            after={k: tuple(v) for k, v in d.get("after", {}).items()},
            titles=dict(d.get("titles", {})), generated=tuple(d.get("generated", ())),
            body=tuple(d.get("body") or ()),
            baseline_body=tuple(d["baseline_body"]) if d.get("baseline_body") else None,
            look={str(k): str(v) for k, v in (d.get("look") or {}).items()},
        )

    @classmethod
    def read(cls, path: Path) -> "Manifest | None":
        """The manifest at ``path``, or None when there is none."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ConfigError(_("not valid JSON ({reason})").format(reason=e.msg), file=str(path),
                              line=e.lineno, hint=_("restore it with `assembler undo`, or delete "
                                                    "output/ and build again")) from None
        return cls.from_dict(data, str(path))
