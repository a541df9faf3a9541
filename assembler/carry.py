"""Carry the secretariat's edits of a draft into the next build.

Compares the edited .docx with the manifest of the build that wrote it:

- a point whose paragraph is gone was deleted: recorded as excluded in overrides.yaml,
  with the date (every point cited by that paragraph is excluded);
- a point that now stands under another chapter's heading was moved: recorded as a
  manual placement;
- a point whose wording differs was reworded: the new wording is recorded under
  ``edits`` (the original stays in the appendix);
- paragraphs written after a point are kept with that point (the manifest carries them
  from build to build);
- anything that cannot be carried over is listed, never dropped silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import overrides as overrides_mod
from .i18n import _, ngettext
from .model import Placement

DELETED = "事務局が草案から削除"
MOVED = "事務局が草案で移動"


@dataclass(frozen=True)
class Carried:
    """What was carried over (``carried``), what was not (``not_carried``), and the
    paragraphs the secretariat wrote, by the point they follow (``after``)."""

    carried: tuple[str, ...]
    not_carried: tuple[str, ...]
    after: dict[str, tuple[str, ...]]


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def carry_edits(edited: Path, manifest: dict, overrides_path: Path, *, date: str) -> Carried:
    """Read the edited draft and record its edits in overrides.yaml; return the report."""
    from .docx.readback import read_draft

    entries = manifest.get("entries", {})
    titles = manifest.get("titles", {})
    section_of_title = {title: sid for sid, title in titles.items()}
    draft = read_draft(edited, frozenset(manifest.get("generated", [])), frozenset(titles.values()))
    found = {e.anchor: e for e in draft.entries}
    carried: list[str] = []
    not_carried: list[str] = []
    placements: list[Placement] = []
    edits: dict[str, str] = {}

    for anchor, before in entries.items():
        e = found.get(anchor)
        if e is None:
            for pid in before["points"]:
                placements.append(Placement(point=pid, section=None, excluded=True,
                                            reason=DELETED, date=date))
            carried.append(_("{anchor}: deleted in the draft; excluded").format(anchor=anchor))
            continue
        section = section_of_title.get(e.heading or "")
        if section is None:
            not_carried.append(_("{anchor}: now under 「{heading}」, which is not a chapter of the "
                                 "outline; left where the outline puts it").format(
                anchor=anchor, heading=e.heading or "—"))
        elif section != before["section"]:
            for pid in before["points"]:
                placements.append(Placement(point=pid, section=section, reason=MOVED, date=date))
            carried.append(_("{anchor}: moved to {title}").format(
                anchor=anchor, title=titles.get(section, section)))
        if not e.text:
            not_carried.append(_("{anchor}: its wording was emptied; the original is kept").format(
                anchor=anchor))
        elif not _same(e.text, before["text"]):
            edits[anchor] = e.text
            carried.append(_("{anchor}: reworded").format(anchor=anchor))
    _report_reordering(draft.entries, manifest.get("order", []), entries, section_of_title,
                       titles, not_carried)
    for anchor in found:
        if anchor not in entries:
            not_carried.append(_("{anchor}: a point paragraph this project's last build did not "
                                 "write (copied from another draft?); ignored").format(anchor=anchor))
    for text in draft.loose:
        not_carried.append(_("a paragraph that follows no point was not carried over: 「{text}」")
                           .format(text=text[:40]))
    after = {k: v for k, v in draft.after.items() if k in entries}
    for k, v in after.items():
        carried.append(ngettext("{anchor}: {n} paragraph written after it kept",
                                "{anchor}: {n} paragraphs written after it kept", len(v)).format(
            anchor=k, n=len(v)))
    if placements:
        overrides_mod.append_placements(overrides_path, placements)
    if edits:
        overrides_mod.append_edits(overrides_path, edits)
    return Carried(carried=tuple(carried), not_carried=tuple(not_carried), after=after)


def _report_reordering(edited, order: list[str], entries: dict, section_of_title: dict,
                       titles: dict, not_carried: list[str]) -> None:
    """Points put in another order within a chapter: the draft keeps the minutes' order."""
    before: dict[str, list[str]] = {}
    for anchor in order:
        before.setdefault(entries[anchor]["section"], []).append(anchor)
    after: dict[str, list[str]] = {}
    for e in edited:
        section = section_of_title.get(e.heading or "")
        if section is not None and e.anchor in entries and entries[e.anchor]["section"] == section:
            after.setdefault(section, []).append(e.anchor)
    for section, now in after.items():
        was = [a for a in before.get(section, []) if a in now]
        if now != was:
            not_carried.append(_("the order of the points in 「{title}」 was changed; the draft keeps "
                                 "the order of the minutes").format(title=titles.get(section, section)))
