"""Load and validate a strategy outline (YAML) into a frozen ``model.Outline``.

The file format (the bundled ``sections/default.yaml`` is the reference)::

    description: free text about the outline (optional, not used)
    sections:
      - id: dx                       # [a-z][a-z0-9_-]*, unique in the whole outline
        title: DX・デジタル／ソフトインフラ
        order: 2                     # integer; sections are sorted by it, unique per level
        intro: "…{{ points }}件…"     # optional jinja2 template, see INTRO_VARIABLES
        evidence:
          terms:                     # literal terms: a string (weight 1) or {text, weight}
            - {text: DX, weight: 3}
            - デジタル
            - {text: 運営, weight: 2, weaker_in: [会議の運営, 政権運営]}
                                     # weaker_in: phrases holding the term in another sense;
                                     # an occurrence inside one counts for less
          patterns:                  # regular expressions: {regex, weight}
            - {regex: "都市\\s*OS", weight: 3}
          against:                   # terms that argue against: weight is subtracted
            - {text: オペレーショナルテクノロジー, weight: 2}
        subsections: [...]           # optional, same keys (no catch_all)
      - id: other
        title: その他の論点
        order: 7
        catch_all: true              # exactly one top-level section; evidence optional

Terms and patterns are matched on the point's normalised text (NFKC, upper-case, spaces
folded: see ``assembler.classify.match_key``), so write ``DX`` once for ＤＸ/dx/DX and
write regular expressions in upper case for Latin letters.

Every rule is checked by hand and reported as ``FILE: key.path: what is wrong``
(style guide, section 4).
"""
from __future__ import annotations

import re
from assembler.resources import packaged
from pathlib import Path
from typing import Any


from assembler.config import check_keys, did_you_mean, read_yaml, shown
from assembler.config import typename as _typename
from assembler.errors import ConfigError
from assembler.model import Evidence, EvidenceKind, Outline, Section
from .i18n import _

__all__ = ["load_outline", "default_outline_path", "INTRO_VARIABLES"]

#: Variables an intro template may use; the draft stage renders it with all of them.
INTRO_VARIABLES: dict[str, str] = {
    "title": "the section's title",
    "points": "the number of points placed in the section (before merging)",
    "entries": "the number of bullets in the section (after merging)",
    "speakers": "the number of distinct speakers among those points",
    "meetings": "the labels of the meetings those points come from (e.g. ['第２回'])",
}

_ID = re.compile(r"^[a-z][a-z0-9_-]*$")
_TOP_KEYS = ("sections", "description")
_SECTION_KEYS = ("id", "title", "order", "intro", "evidence", "subsections", "catch_all")
_EVIDENCE_KEYS = ("terms", "patterns", "against")
_TERM_KEYS = ("text", "weight", "weaker_in")
_AGAINST_KEYS = ("text", "weight")
_PATTERN_KEYS = ("regex", "weight")
#: Words that overrides.yaml gives a meaning of its own; no section may be called so.
RESERVED_IDS = ("excluded", "procedural")


def default_outline_path() -> Path:
    """The bundled default outline (``sections/default.yaml``, packaged as assembler.outlines)."""
    return Path(str(packaged("outlines").joinpath("default.yaml")))


def load_outline(path: str | Path | None = None) -> Outline:
    """Read and validate an outline YAML file (None = the bundled default)."""
    path = default_outline_path() if path is None else Path(path)
    name = str(path)
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(_("the outline must be a mapping with a 'sections' list, not {data}").format(data=_typename(data)),
                          file=name)
    check_keys(data, _TOP_KEYS, "", name)
    if "sections" not in data:
        raise ConfigError(_("missing key 'sections'"), file=name, hint=_("list the sections of the strategy under it"))
    sections = _sections(data["sections"], "sections", name, parent=None, seen={})
    outline = Outline(sections=sections, source=name)
    _check_outline(outline, name)
    return outline


# --- sections --------------------------------------------------------------------------------


def _sections(value: Any, where: str, name: str, parent: str | None,
              seen: dict[str, str]) -> tuple[Section, ...]:
    """Parse a list of sections; ``seen`` maps every id met so far to its key path."""
    if not isinstance(value, list):
        raise ConfigError(_("{where}: expected a list of sections, not {value}").format(where=where, value=_typename(value)), file=name)
    if not value:
        raise ConfigError(_("{where}: the list of sections is empty").format(where=where), file=name)
    result = [_section(item, f"{where}[{i}]", name, parent, seen) for i, item in enumerate(value)]
    orders: dict[int, str] = {}
    for i, s in enumerate(result):
        if s.order in orders:
            raise ConfigError(_("{where}[{i}].order: {order} is already the order of {value}").format(where=where, i=i, order=s.order, value=shown(orders[s.order])),
                              file=name)
        orders[s.order] = s.id
    return tuple(sorted(result, key=lambda s: s.order))


def _section(item: Any, where: str, name: str, parent: str | None, seen: dict[str, str]) -> Section:
    if not isinstance(item, dict):
        raise ConfigError(_("{where}: expected a mapping (id, title, order, evidence), not {item}").format(where=where, item=_typename(item)),
                          file=name)
    check_keys(item, _SECTION_KEYS, where, name)
    for k in ("id", "title", "order"):
        if k not in item:
            raise ConfigError(_("{where}: missing key {k}").format(where=where, k=shown(k)), file=name)
    sid = _section_id(item["id"], where, name, seen)
    title, order, catch_all = _section_scalars(item, where, name, parent)
    intro = item.get("intro")
    if intro is not None:
        intro = _intro(intro, f"{where}.intro", name)
    evidence = _evidence(item.get("evidence"), f"{where}.evidence", name)
    subsections: tuple[Section, ...] = ()
    if "subsections" in item:
        if catch_all:
            raise ConfigError(_("{where}.subsections: the catch-all section cannot have subsections").format(where=where), file=name)
        subsections = _sections(item["subsections"], f"{where}.subsections", name, parent=sid, seen=seen)
    _check_has_evidence(sid, evidence, subsections, catch_all, where, name)
    return Section(id=sid, title=title, order=order, intro=intro, evidence=evidence,
                   subsections=subsections, catch_all=catch_all, parent=parent)


def _section_id(sid: Any, where: str, name: str, seen: dict[str, str]) -> str:
    """A valid, unreserved id not used before in the outline (recorded in ``seen``)."""
    if not isinstance(sid, str) or not _ID.match(sid):
        raise ConfigError(_("{where}.id: {sid} is not a valid id").format(where=where, sid=shown(sid)), file=name,
                          hint=_("use lower-case letters, digits, '_' or '-', starting with a letter"))
    if sid in RESERVED_IDS:
        raise ConfigError(_("{where}.id: {sid} is reserved (overrides use it)").format(where=where, sid=shown(sid)), file=name)
    if sid in seen:
        raise ConfigError(_("{where}.id: duplicate id {sid} (already {value}.id)").format(where=where, sid=shown(sid), value=seen[sid]), file=name)
    seen[sid] = where
    return sid


def _section_scalars(item: dict[str, Any], where: str, name: str,
                     parent: str | None) -> tuple[str, int, bool]:
    """The section's title (stripped), order and catch_all flag, checked."""
    title = item["title"]
    if not isinstance(title, str) or not title.strip():
        raise ConfigError(_("{where}.title: expected a non-empty string, not {title}").format(where=where, title=_typename(title)), file=name)
    order = item["order"]
    if isinstance(order, bool) or not isinstance(order, int):
        raise ConfigError(_("{where}.order: not an integer ({order})").format(where=where, order=shown(order)), file=name)
    catch_all = item.get("catch_all", False)
    if not isinstance(catch_all, bool):
        raise ConfigError(_("{where}.catch_all: expected true or false, not {catch_all}").format(where=where, catch_all=shown(catch_all)), file=name)
    if catch_all and parent is not None:
        raise ConfigError(_("{where}.catch_all: only a top-level section can be the catch-all").format(where=where), file=name)
    return title.strip(), order, catch_all


def _check_has_evidence(sid: str, evidence: tuple[Evidence, ...], subsections: tuple[Section, ...],
                        catch_all: bool, where: str, name: str) -> None:
    """A section other than the catch-all needs evidence that argues for it."""
    if not evidence and not catch_all and not any(s.evidence for s in subsections):
        raise ConfigError(_("{where}.evidence: section {sid} has no evidence").format(where=where, sid=shown(sid)), file=name,
                          hint=_("give it terms or patterns, or mark it catch_all: true"))
    if evidence and all(e.kind == "against" for e in evidence) and not catch_all:
        raise ConfigError(_("{where}.evidence: section {sid} has only 'against' terms").format(where=where, sid=shown(sid)), file=name,
                          hint=_("add terms or patterns that argue for it"))


def _intro(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(_("{where}: expected a string (a jinja2 template), not {value}").format(where=where, value=_typename(value)), file=name)
    import jinja2
    from jinja2 import meta

    from assembler import sandbox

    env = sandbox.environment()
    try:
        ast = env.parse(value)
    except jinja2.TemplateSyntaxError as e:
        raise ConfigError(_("{where}: invalid template: {message} (template line {lineno})").format(where=where, message=e.message, lineno=e.lineno), file=name) from None
    for var in sorted(meta.find_undeclared_variables(ast)):
        if var not in INTRO_VARIABLES:
            raise ConfigError(_("{where}: unknown template variable {var}{var2}").format(where=where, var=shown(var), var2=did_you_mean(var, INTRO_VARIABLES)),
                              file=name, hint=_("available: {value}").format(value=', '.join(INTRO_VARIABLES)))
    return value


# the keys of a section's evidence mapping, in order, and the kind of evidence each holds
_EVIDENCE_KINDS: tuple[tuple[str, EvidenceKind], ...] = (("terms", "term"), ("patterns", "pattern"),
                                                         ("against", "against"))


def _evidence(value: Any, where: str, name: str) -> tuple[Evidence, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise ConfigError(_("{where}: expected a mapping with terms, patterns, against, not {value}").format(where=where, value=_typename(value)),
                          file=name)
    check_keys(value, _EVIDENCE_KEYS, where, name)
    out: list[Evidence] = []
    for key, kind in _EVIDENCE_KINDS:
        items = value.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            raise ConfigError(_("{where}.{key}: expected a list, not {items}").format(where=where, key=key, items=_typename(items)), file=name)
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            ev = _one_evidence(item, kind, f"{where}.{key}[{i}]", name)
            if ev.text in seen:
                raise ConfigError(_("{where}.{key}[{i}]: {text} is already {key}[{value}]").format(where=where, key=key, i=i, text=shown(ev.text), value=seen[ev.text]), file=name)
            seen[ev.text] = i
            out.append(ev)
    return tuple(out)


def _one_evidence(item: Any, kind: EvidenceKind, where: str, name: str) -> Evidence:
    text_key = "regex" if kind == "pattern" else "text"
    if isinstance(item, str) and kind != "pattern":
        item = {"text": item}
    if not isinstance(item, dict):
        example = "{regex: '...', weight: 2}" if kind == "pattern" else "a string or {text: ..., weight: 2}"
        raise ConfigError(_("{where}: expected {example}, not {item}").format(where=where, example=example, item=_typename(item)), file=name)
    check_keys(item, {"pattern": _PATTERN_KEYS, "term": _TERM_KEYS, "against": _AGAINST_KEYS}[kind], where, name)
    if text_key not in item:
        raise ConfigError(_("{where}: missing key {text_key}").format(where=where, text_key=shown(text_key)), file=name)
    text = item[text_key]
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        text = str(text)  # YAML reads a term like 5G as a string but 2030 as a number
    if not isinstance(text, str) or not text.strip():
        raise ConfigError(_("{where}.{text_key}: expected a non-empty string, not {text}").format(where=where, text_key=text_key, text=_typename(text)), file=name)
    if kind == "pattern":
        try:
            re.compile(text)
        except re.error as e:
            raise ConfigError(_("{where}.regex: invalid regular expression {text}: {e}").format(where=where, text=shown(text), e=e), file=name) from None
        if re.fullmatch(text, ""):
            raise ConfigError(_("{where}.regex: {text} matches the empty string").format(where=where, text=shown(text)), file=name)
    weight = item.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)):
        raise ConfigError(_("{where}.weight: not a number ({weight})").format(where=where, weight=shown(weight)), file=name)
    if not weight > 0 or weight != weight or weight == float("inf"):
        raise ConfigError(_("{where}.weight: must be a positive number ({weight})").format(where=where, weight=shown(weight)), file=name,
                          hint=_("use an 'against' entry to argue against a section"))
    text = text.strip() if kind != "pattern" else text
    weaker = _weaker_in(item.get("weaker_in"), text, f"{where}.weaker_in", name)
    return Evidence(kind=kind, text=text, weight=float(weight), weaker_in=weaker)


def _weaker_in(value: Any, term: str, where: str, name: str) -> tuple[str, ...]:
    """The phrases that weaken a term: a list of strings, each holding the term itself."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        raise ConfigError(_("{where}: expected a list of phrases, not {value}").format(where=where, value=_typename(value)), file=name)
    from assembler.classify import match_key

    out = []
    for i, phrase in enumerate(value):
        if not isinstance(phrase, str) or not phrase.strip():
            got = "an empty string" if isinstance(phrase, str) else _typename(phrase)
            raise ConfigError(_("{where}[{i}]: expected a phrase holding the term, not {got}").format(where=where, i=i, got=got), file=name)
        if match_key(term) not in match_key(phrase):
            raise ConfigError(_("{where}[{i}]: {phrase!r} does not contain the term {term!r}").format(where=where, i=i, phrase=phrase, term=term), file=name,
                              hint=_("write the term inside the wider phrase that weakens it, e.g. 会議の運営 for 運営"))
        out.append(phrase.strip())
    return tuple(out)


def _check_outline(outline: Outline, name: str) -> None:
    catch = [s.id for s in outline.sections if s.catch_all]
    if not catch:
        raise ConfigError(_("sections: no catch-all section"), file=name,
                          hint=_("mark one section (e.g. その他) with catch_all: true"))
    if len(catch) > 1:
        raise ConfigError(_("sections: more than one catch-all section ({value})").format(value=', '.join(catch)), file=name)
