"""The secretariat's decisions by hand (``overrides.yaml``), applied on every run.

Format (a commented example ships as ``sections/overrides.example.yaml``)::

    points:                # manual placement: point id -> section id, or excluded
      m02_3f9a1c: dx                                   # shorthand: point id -> section id
      m02_77aa01: {section: om, reason: "維持管理の論点として整理"}
      m02_0b1c2d: {exclude: true, reason: "重複のため", date: 2026-11-29}
      m02_aaaaaa: excluded                             # shorthand for exclude
    never_merge:           # pairs of points the dedup must keep apart
      - [m02_3f9a1c, m03_99aa00]
    merge:                 # force a merge: point -> into
      - {point: m03_99aa00, into: m02_3f9a1c}
    edits:                 # the secretariat's wording of a point (from an edited draft)
      m02_3f9a1c: "…"

Every key is optional; an empty file means no overrides. The shape is checked when the
file is loaded (``load_overrides``: ConfigError naming the file and key path). What can
only be checked against a run is checked there:

* a placement in a section the outline does not have is a typo with no sensible
  fallback: ``require_sections`` (called by ``classify``) raises ConfigError;
* a point id the run does not have (the minutes changed, a point was reworded) is
  reported by ``check_overrides`` as a message; the pipeline prints it on stderr and
  records it in the trace, and the override is otherwise harmless.

``append_placements`` adds or replaces entries under ``points:`` textually, so the
user's comments and layout survive (the regeneration feature records deleted and moved
points this way).
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable

from assembler.errors import ConfigError
from assembler.model import Outline, Overrides, Placement, Point
from assembler.config import atomic_write, check_keys, did_you_mean, load_yaml_text, read_yaml, shown
from .i18n import _

__all__ = ["load_overrides", "parse_overrides", "check_overrides", "require_sections",
           "append_placements", "append_edits", "with_decisions", "POINT_ID"]

#: A point id: meeting id, underscore, 6 hex digits (``m02_3f9a1c``).
POINT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*_[0-9a-f]{6}$")
_TOP_KEYS = ("points", "never_merge", "merge", "edits")
_PLACEMENT_KEYS = ("section", "exclude", "reason", "date")
_EXCLUDED = "excluded"


def load_overrides(path: str | Path) -> Overrides:
    """Read and validate an overrides YAML file (a missing file is an error: pass None instead)."""
    return _overrides(read_yaml(Path(path)), str(path))


def _overrides(data: Any, name: str) -> Overrides:
    if data is None:
        return Overrides(source=name)
    if not isinstance(data, dict):
        raise ConfigError(_("expected a mapping with {value}").format(value=', '.join(_TOP_KEYS)), file=name)
    check_keys(data, _TOP_KEYS, "", name)
    return Overrides(
        source=name,
        placements=_placements(data.get("points"), name),
        never_merge=_pairs(data.get("never_merge"), name),
        merge=_merges(data.get("merge"), name),
        edits=_edits(data.get("edits"), name),
    )


def _point_id(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str) or not POINT_ID.match(value):
        raise ConfigError(_("{where}: {value} is not a point id").format(where=where, value=shown(value)), file=name,
                          hint=_("ids look like 'm02_3f9a1c' (see `assembler classify` or the trace)"))
    return value


def _mapping(value: Any, where: str, name: str) -> dict[Any, Any]:  # Any: a YAML mapping as read
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(_("{where}: expected a mapping of point id -> ..., not a {name}").format(where=where, name=type(value).__name__), file=name)
    return value


def _placements(value: Any, name: str) -> tuple[Placement, ...]:
    out = []
    for pid, entry in _mapping(value, "points", name).items():
        where = f"points.{pid}"
        _point_id(pid, _("{section}: key {key}").format(section="points", key=shown(pid)), name)
        if isinstance(entry, str):
            entry = {"exclude": True} if entry == _EXCLUDED else {"section": entry}
        if not isinstance(entry, dict):
            raise ConfigError(_("{where}: expected a section id, 'excluded' or a mapping (section/exclude, reason, date), not {entry}").format(where=where, entry=shown(entry)), file=name)
        check_keys(entry, _PLACEMENT_KEYS, where, name)
        exclude = entry.get("exclude", False)
        if not isinstance(exclude, bool):
            raise ConfigError(_("{where}.exclude: expected true or false, not {exclude}").format(where=where, exclude=shown(exclude)), file=name)
        section = entry.get("section")
        if section is not None and (not isinstance(section, str) or not section):
            raise ConfigError(_("{where}.section: expected a section id, not {section}").format(where=where, section=shown(section)), file=name)
        if exclude and section is not None:
            raise ConfigError(_("{where}: both 'section' and 'exclude: true'").format(where=where), file=name, hint=_("keep one of them"))
        if not exclude and section is None:
            raise ConfigError(_("{where}: neither 'section' nor 'exclude: true'").format(where=where), file=name)
        reason = entry.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise ConfigError(_("{where}.reason: expected a string, not {reason}").format(where=where, reason=shown(reason)), file=name)
        date = entry.get("date")
        if isinstance(date, _dt.date):
            date = date.isoformat()
        elif date is not None:
            raise ConfigError(_("{where}.date: expected a date like 2026-11-29, not {date}").format(where=where, date=shown(date)), file=name)
        out.append(Placement(point=pid, section=section, excluded=exclude, reason=reason, date=date))
    return tuple(out)


def _list(value: Any, where: str, name: str) -> list[Any]:  # Any: a YAML list as read
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(_("{where}: expected a list, not a {name}").format(where=where, name=type(value).__name__), file=name)
    return value


def _pairs(value: Any, name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for i, pair in enumerate(_list(value, "never_merge", name)):
        where = f"never_merge[{i}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise ConfigError(_("{where}: expected a pair of point ids [a, b], not {pair}").format(where=where, pair=shown(pair)), file=name)
        a, b = (_point_id(p, f"{where}[{j}]", name) for j, p in enumerate(pair))
        if a == b:
            raise ConfigError(_("{where}: the same point twice ({a})").format(where=where, a=a), file=name)
        out.append((a, b))
    return tuple(out)


def _merges(value: Any, name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for i, item in enumerate(_list(value, "merge", name)):
        where = f"merge[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(_("{where}: expected {{point: ..., into: ...}}, not {item}").format(where=where, item=shown(item)), file=name)
        check_keys(item, ("point", "into"), where, name)
        for k in ("point", "into"):
            if k not in item:
                raise ConfigError(_("{where}: missing key {k}").format(where=where, k=shown(k)), file=name)
        a = _point_id(item["point"], f"{where}.point", name)
        b = _point_id(item["into"], f"{where}.into", name)
        if a == b:
            raise ConfigError(_("{where}: a point cannot be merged into itself ({a})").format(where=where, a=a), file=name)
        out.append((a, b))
    return tuple(out)


def _edits(value: Any, name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for pid, text in _mapping(value, "edits", name).items():
        _point_id(pid, _("{section}: key {key}").format(section="edits", key=shown(pid)), name)
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(_("edits.{pid}: expected the reworded text, not {text}").format(pid=pid, text=shown(text)), file=name)
        out.append((pid, text))
    return tuple(out)


def require_sections(overrides: Overrides, outline: Outline) -> None:
    """Raise ConfigError for a placement in a section the outline does not have."""
    ids = [s.id for s in outline.iter_all()]
    for p in overrides.placements:
        if not p.excluded and p.section not in ids:
            raise ConfigError(_("points.{point}: unknown section {section}{section2}").format(point=p.point, section=shown(p.section), section2=did_you_mean(p.section, ids)),
                              file=overrides.source, hint=_("sections of {source}: {value}").format(
                                  source=_outline_name(outline.source),
                                  value=", ".join(f"{s.id}（{s.title}）" for s in outline.iter_all())))


def _outline_name(source: str) -> str:
    """The outline as a message names it: the bundled one by that name, not by its path."""
    from .resources import packaged

    if str(Path(source).resolve().parent) == str(packaged("outlines")):
        return _("the bundled outline")
    return source


def check_overrides(overrides: Overrides, points: Iterable[Point], outline: Outline) -> list[str]:
    """Messages for overrides that name points this run does not have (sections: see require_sections)."""
    require_sections(overrides, outline)
    known = {p.id for p in points}
    src = overrides.source or "overrides"
    named = [(f"points.{p.point}", p.point) for p in overrides.placements]
    named += [(f"never_merge[{i}]", pid) for i, pair in enumerate(overrides.never_merge) for pid in pair]
    named += [(f"merge[{i}]", pid) for i, pair in enumerate(overrides.merge) for pid in pair]
    named += [(f"edits.{pid}", pid) for pid, _ in overrides.edits]
    return [_("{file}: {where}: no point {point} in these minutes").format(
        file=src, where=where, point=pid) for where, pid in named if pid not in known]


# --- writing --------------------------------------------------------------------------------

_POINTS_LINE = re.compile(r"^points:\s*(#.*)?$")
_ENTRY = re.compile(r"^(\s+)([^\s#:][^:]*?)\s*:")


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _entry_line(p: Placement, indent: str) -> str:
    parts = ["exclude: true"] if p.excluded else [f"section: {p.section}"]
    if p.reason:
        parts.append(f"reason: {_yaml_str(p.reason)}")
    if p.date:
        parts.append(f"date: {p.date}")
    return f"{indent}{p.point}: {{{', '.join(parts)}}}"


# a check of the overrides read back after an edit: what it finds wrong, or None
_Check = Callable[[Overrides], "str | None"]


def _edit_line(pid: str, text: str, indent: str) -> str:
    return f"{indent}{pid}: {_yaml_str(text)}"


def _placement_check(placements: list[Placement]) -> _Check:
    def check(back: Overrides) -> str | None:
        got = {p.point: p for p in back.placements}
        for p in placements:
            g = got.get(p.point)
            if g is None or (g.section, g.excluded, g.reason, g.date) != (
                    p.section, p.excluded, p.reason, p.date):
                return f"placement {p.point}"
        return None
    return check


def _edit_check(edits: dict[str, str]) -> _Check:
    def check(back: Overrides) -> str | None:
        got = dict(back.edits)
        return next((f"edit {pid}" for pid, text in edits.items() if got.get(pid) != text), None)
    return check


def with_decisions(text: str, placements: Iterable[Placement] = (), edits: dict[str, str] | None = None, *,
                   name: str = "overrides.yaml") -> str:
    """The text of an overrides file with placements and edits added or replaced.

    Only the entries concerned change: the user's comments and layout survive. The
    result is read back before it is returned, so text this function cannot edit safely
    is refused (ConfigError naming ``name``) rather than written.
    """
    latest = list({p.point: p for p in placements}.values())  # the last word on a point wins
    edits = edits or {}
    for p in latest:
        _point_id(p.point, "placement", name)
    for pid in edits:
        _point_id(pid, "edit", name)
    if latest:
        text = _upsert_block(text, "points", {p.point: partial(_entry_line, p) for p in latest}, name)
    if edits:
        text = _upsert_block(text, "edits", {pid: partial(_edit_line, pid, t) for pid, t in edits.items()},
                             name)
    _check_text(text, name, [_placement_check(latest), _edit_check(edits)])
    return text


def parse_overrides(text: str, name: str) -> Overrides:
    """Overrides from the text of an overrides file (``name`` is the file messages name)."""
    return _overrides(load_yaml_text(text, name), name)


def append_placements(path: str | Path, placements: Iterable[Placement]) -> None:
    """Add (or replace) entries under ``points:`` of a file, keeping the rest of its text and
    comments (creates the file when there is none; see ``with_decisions``)."""
    _rewrite(Path(path), lambda text: with_decisions(text, placements, name=str(path)))


def append_edits(path: str | Path, edits: dict[str, str]) -> None:
    """Add (or replace) the secretariat's wording of points under ``edits:``, like append_placements."""
    _rewrite(Path(path), lambda text: with_decisions(text, (), edits, name=str(path)))


def _rewrite(path: Path, change: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    atomic_write(path, change(text))


def _block_start(lines: list[str], block: str, name: str) -> int:
    """The line of ``block:`` (appended at the end when the file has none)."""
    head = re.compile(rf"^{block}:\s*(#.*)?$")
    start = next((i for i, line in enumerate(lines) if head.match(line)), None)
    if start is not None:
        return start
    if any(line.startswith(f"{block}:") for line in lines):
        raise ConfigError(_("cannot add to '{block}': it is not written as a block of entries").format(block=block),
                          file=name, hint=_("write each entry on its own indented line under '{block}:'").format(block=block))
    if lines and lines[-1].strip():
        lines.append("")
    lines.append(f"{block}:")
    return len(lines) - 1


def _block_entries(lines: list[str], start: int) -> tuple[int, str, dict[str, tuple[int, int]]]:
    """One past the block's last indented line, the entries' indent, and each entry's lines."""
    end, indent = start + 1, "  "
    entries: dict[str, tuple[int, int]] = {}
    i = start + 1
    while i < len(lines) and (not lines[i].strip() or lines[i][0] in " \t#"):
        m = _ENTRY.match(lines[i])
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            end = i + 1
            if m and (m.group(1) == indent or not entries):
                indent = m.group(1)
                j = i + 1
                while j < len(lines) and lines[j].strip() and len(lines[j]) - len(lines[j].lstrip()) > len(indent):
                    j += 1
                entries[m.group(2).strip("'\"")] = (i, j)
        i += 1
    return end, indent, entries


def _upsert_block(text: str, block: str, make_line: dict[str, Callable[[str], str]], name: str) -> str:
    """Replace or append one-line entries of a top-level mapping block, keeping all other text."""
    lines = text.splitlines()
    start = _block_start(lines, block, name)
    end, indent, entries = _block_entries(lines, start)
    replaced: dict[int, tuple[int, str]] = {}
    appended: list[str] = []
    for key, make in make_line.items():
        line = make(indent)
        if key in entries:
            a, b = entries[key]
            replaced[a] = (b, line)
        else:
            appended.append(line)
            entries[key] = (-1, -1)
    out: list[str] = []
    k = 0
    while k <= len(lines):
        if k == end:
            out.extend(appended)
        if k == len(lines):
            break
        if k in replaced:
            k, line = replaced[k]
            out.append(line)
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out) + "\n"


def _check_text(text: str, name: str, checks: Iterable[_Check]) -> None:
    """Refuse overrides text that does not read back with the new entries."""
    try:
        back = parse_overrides(text, name)
    except ConfigError as e:
        raise ConfigError(_("cannot add to the overrides: the edited file would not read back ({message})").format(message=e.message),
                          file=name, hint=_("edit the file by hand")) from None
    for check in checks:
        wrong = check(back)
        if wrong is not None:
            raise ConfigError(_("cannot add {wrong}: the edited file does not read back").format(wrong=wrong),
                              file=name, hint=_("edit the file by hand"))
