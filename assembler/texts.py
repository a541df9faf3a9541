"""The reworded parts of the draft: jinja2 templates and style.yaml from templates/.

A user's templates directory is searched first, then the packaged ``assembler.templates``;
every template renders with ``StrictUndefined`` and any error names the template file.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Any, Callable

import jinja2
from jinja2 import meta, nodes

from assembler import sandbox
from assembler.config import check_keys, closest, load_yaml_text
from assembler.errors import ConfigError
from assembler.resources import packaged
from .i18n import N_, _

INS_START, INS_END = "\ue000", "\ue001"
STYLE_FILE = "style.yaml"

def _ins(text: object) -> str:
    """Jinja filter: mark text as a tracked insertion (markers become w:ins runs)."""
    return f"{INS_START}{text}{INS_END}"

@dataclass(frozen=True)
class Page:
    """Page size and margins in millimetres, and the docGrid line pitch in twips."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    line_pitch: int

FACES = ("mincho", "gothic")
ROLES = ("body", "lead", "title", "heading", "table", "table_header", "note")
DEFAULT_FONTS = "ms"


@dataclass(frozen=True)
class StyleSheet:
    """Font sets (Word names per face), the face of each text role, sizes in points, page
    setup and the bullet glyph. ``fonts`` picks the set in use (``ms`` unless told)."""

    font_sets: dict[str, dict[str, str]]  # set name -> {"mincho": name, "gothic": name}
    roles: dict[str, str]      # role -> "mincho" | "gothic"
    sizes: dict[str, float]  # body, title, heading1–3, table -> points
    page: Page
    bullet: str
    source: str
    fonts: str = DEFAULT_FONTS

    def using(self, fonts: str | None) -> "StyleSheet":
        """The same sheet with another font set; an unknown name is a ConfigError."""
        if fonts is None or fonts == self.fonts:
            return self
        if fonts not in self.font_sets:
            near = closest(fonts, self.font_sets)
            raise ConfigError(_("fonts: unknown font set {fonts!r}").format(fonts=fonts), file=self.source,
                              hint=(_("did you mean '{near}'? ").format(near=near) if near else "")
                              + _("the sets: {sets}").format(sets=", ".join(self.font_sets)))
        return replace(self, fonts=fonts)

    def face(self, face: str) -> str:
        """The font name of a face (mincho or gothic) in the set in use."""
        return self.font_sets[self.fonts][face]

    def font(self, role: str) -> str:
        """The font name for a role of text (body, lead, heading, …)."""
        return self.face(self.roles[role])

# a schema of style.yaml: a scalar type, ``dict`` (any non-empty mapping) or a mapping of schemas
_Schema = type | dict[str, "_Schema"]

_FACE_SET: dict[str, _Schema] = {"mincho": str, "gothic": str}
_SCHEMA: dict[str, _Schema] = {
    "fonts": dict,   # set name -> _FACE_SET (checked in _load_style)
    "roles": {r: str for r in ROLES},
    "sizes": {"body": float, "title": float, "heading1": float, "heading2": float,
              "heading3": float, "table": float},
    "page": {"width": float, "height": float, "top": float, "bottom": float, "left": float,
             "right": float, "line_pitch": int},
    "bullet": str,
}

def _check(value: object, schema: _Schema, path: str, file: str) -> Any:
    """Check one value against the schema; unknown and missing keys are errors (Any: the
    value's shape is the schema's)."""
    if isinstance(schema, dict):
        return _check_mapping(value, schema, path, file)
    if schema is dict:
        if isinstance(value, dict) and value:
            return value
        raise ConfigError(_("{path}: expected a mapping").format(path=path), file=file)
    return _check_scalar(value, schema, path, file)


def _check_mapping(value: object, schema: dict[str, _Schema], path: str, file: str) -> dict[str, Any]:
    """A mapping with exactly the schema's keys, each checked."""
    if not isinstance(value, dict):
        raise ConfigError(_("{value}: expected a mapping").format(value=path or 'the file'), file=file)
    prefix = path + "." if path else ""
    check_keys(value, schema, path, file)
    missing = [k for k in schema if k not in value]
    if missing:
        raise ConfigError(_("{value}{k}: missing").format(value=prefix, k=missing[0]), file=file)
    return {k: _check(value[k], sub, prefix + k, file) for k, sub in schema.items()}


#: scalar type -> (accepts a value, converts it, what the message calls it); convert takes
#: Any: it is called only on what accepts let through
_SCALARS: dict[type, tuple[Callable[[object], bool], Callable[[Any], object], str]] = {
    float: (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, float,
            N_("a positive number")),
    int: (lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0, int,
          N_("a positive whole number")),
    str: (lambda v: isinstance(v, str) and bool(v.strip()), str.strip, N_("a non-empty text")),
}


def _check_scalar(value: object, schema: type, path: str, file: str) -> object:
    accepts, convert, kind = _SCALARS[schema]
    if accepts(value):
        return convert(value)
    raise ConfigError(_("{path}: expected {kind}, got {value!r}").format(path=path, kind=_(kind), value=value), file=file)


class Texts:
    """Renders the templates and holds the style sheet."""

    def __init__(self, templates_dir: str | Path | None = None) -> None:
        self._packaged = packaged("templates")
        self._user = Path(templates_dir) if templates_dir is not None else None
        if self._user is not None and not self._user.is_dir():
            raise ConfigError(_("templates directory not found"), file=str(self._user))
        self.env = sandbox.environment(
            loader=jinja2.FunctionLoader(self._load),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )
        self.env.filters["ins"] = _ins
        self._cache: dict[str, jinja2.Template] = {}
        self._batches: dict[tuple[str, tuple[str, ...]], jinja2.Template | None] = {}
        self.style = self._load_style()

    def _where(self, name: str) -> tuple[str, str] | None:
        """(text, path shown in messages) of a template file, user's first.

        Only a plain file name: ``{% include "../../secret" %}`` must not read outside the
        templates folders."""
        if not name or name != Path(name).name or name in (".", ".."):
            return None
        if self._user is not None and (self._user / name).is_file():
            p = self._user / name
            return p.read_text(encoding="utf-8"), str(p)
        res = self._packaged.joinpath(name)
        if res.is_file():
            return res.read_text(encoding="utf-8"), f"templates/{name}"
        return None

    def _load(self, name: str) -> tuple[str, str, Callable[[], bool]] | None:
        found = self._where(name)
        if found is None:
            return None
        return found[0], found[1], lambda: True

    def sources(self) -> dict[str, str]:
        """Every template and the style sheet by file name, with the text in use (the user's
        file where there is one)."""
        names = {r.name for r in self._packaged.iterdir() if r.is_file()}
        if self._user is not None:
            names |= {p.name for p in self._user.iterdir() if p.is_file()}
        out: dict[str, str] = {}
        for name in sorted(n for n in names if n.endswith((".j2", ".yaml"))):
            found = self._where(name)
            if found is not None:
                out[name] = found[0]
        return out

    def path(self, name: str) -> str:
        found = self._where(name)
        return found[1] if found else f"templates/{name}"

    def _load_style(self) -> StyleSheet:
        found = self._where(STYLE_FILE)
        if found is None:
            raise ConfigError(_("missing"), file=f"templates/{STYLE_FILE}")
        text, where = found
        raw = load_yaml_text(text, where)
        d = _check(raw, _SCHEMA, "", where)
        sets = d["fonts"]
        if set(sets) <= set(FACES):  # the one-set shape: fonts: {mincho: …, gothic: …}
            sets = {DEFAULT_FONTS: sets}
        sets = {str(name): _check(faces, _FACE_SET, f"fonts.{name}", where)
                for name, faces in sets.items()}
        for role, face in d["roles"].items():
            if face not in FACES:
                raise ConfigError(_("roles.{role}: expected mincho or gothic, got {face!r}").format(role=role, face=face), file=where)
        return StyleSheet(font_sets=sets, roles=d["roles"], sizes=d["sizes"],
                          page=Page(**d["page"]), bullet=d["bullet"], source=where,
                          fonts=DEFAULT_FONTS if DEFAULT_FONTS in sets else next(iter(sets)))

    def render(self, template: str, /, **variables: object) -> str:
        """Render one template; the result is stripped of surrounding blank lines."""
        try:
            compiled = self._cache.get(template)
            if compiled is None:
                compiled = self._cache[template] = self.env.get_template(template)
            out = compiled.render(**variables)
        except jinja2.TemplateSyntaxError as e:
            raise ConfigError(_("template error: {message}").format(message=e.message), file=self.path(template), line=e.lineno) from None
        except jinja2.TemplateNotFound:
            raise ConfigError(_("template not found"), file=self.path(template)) from None
        except jinja2.UndefinedError as e:
            variables_ = ", ".join(sorted(variables)) or "none"
            raise ConfigError(_("template error: {message}").format(message=e.message), file=self.path(template),
                              hint=_("the variables it can use: {variables}").format(variables=variables_)) from None
        except jinja2.TemplateError as e:
            raise ConfigError(_("template error: {e}").format(e=e), file=self.path(template)) from None
        return str(out).strip("\n")

    def render_each(self, template: str, items: Sequence[Mapping[str, object]]) -> list[str]:
        """``render(template, **v)`` for each ``v`` of ``items`` (each with the same names),
        the same texts in one pass of jinja2 where the template allows it: a comment or a
        cell per point then costs a turn of a loop, not a new context each (2–3 times
        faster). A template that could read more than its variables (extends, blocks,
        includes, imports, ``self``, ``loop`` outside a loop), or any error, renders them one
        by one, which names the problem as ``render`` does."""
        if not items:
            return []
        keys = tuple(items[0])
        batch = self._batch(template, keys) if len(items) > 1 else None
        if batch is not None and all(tuple(v) == keys for v in items):
            try:
                out = batch.render({_ITEMS: [tuple(v[k] for k in keys) for v in items]})
            except Exception:  # noqa: BLE001 - rendered one by one below, which reports it
                out = ""
            pieces = out.split(_SEP)
            if len(pieces) == len(items) + 1 and not pieces[-1]:
                return [piece.strip("\n") for piece in pieces[:-1]]
        return [self.render(template, **v) for v in items]

    def _batch(self, template: str, keys: tuple[str, ...]) -> jinja2.Template | None:
        """The template wrapped in a loop over tuples of its variables (``render_each``), or
        None where that could read or render differently from ``render``."""
        if (template, keys) not in self._batches:
            self._batches[template, keys] = self._wrap(template, keys)
        return self._batches[template, keys]

    def _wrap(self, template: str, keys: tuple[str, ...]) -> jinja2.Template | None:
        found = self._where(template)
        if found is None or not all(k.isidentifier() and not k.startswith("_") for k in keys):
            return None
        source = found[0]
        if source.endswith("{"):  # it would open a tag with the loop's end
            return None
        try:
            ast = self.env.parse(source)
            if any(True for _n in ast.find_all((nodes.Extends, nodes.Block, nodes.Include,
                                                nodes.Import, nodes.FromImport))):
                return None
            if meta.find_undeclared_variables(ast) & {"loop", _ITEMS, _ITEM}:
                return None  # `loop` outside a loop: the loop around it would answer
            if any(n.name == "self" for n in ast.find_all(nodes.Name)):
                return None  # the template itself: another one in the loop
            names = ", ".join(f"{k}={_ITEM}[{i}]" for i, k in enumerate(keys))
            return self.env.from_string(f"{{% for {_ITEM} in {_ITEMS} %}}{{% with {names} %}}"
                                        f"{source}{{% endwith %}}{_SEP}{{% endfor %}}")
        except jinja2.TemplateError:
            return None

    def lines(self, template: str, /, **variables: object) -> list[str]:
        """Render one template into its non-blank lines."""
        return [ln for ln in self.render(template, **variables).splitlines() if ln.strip()]

#: The loop of ``Texts.render_each``: its variables (names no template variable may have)
#: and what stands between two renders (a text holding it renders one by one).
_ITEMS, _ITEM, _SEP = "__items", "__item", "\x00\x1e"

__all__ = ["Texts", "StyleSheet", "Page", "INS_START", "INS_END", "ROLES", "DEFAULT_FONTS"]
