"""Configuration at ground level: the one way this project reads YAML, checks keys, suggests
a near name, writes a file atomically, and turns a project's settings into build options.

Every loader (outline, overrides, assembler.yaml, patterns, roles, style sheet) uses these, so
that every configuration file gets the same guarantees:

- ``yaml.safe_load`` semantics, plus: a key written twice in one mapping is an error (PyYAML
  silently keeps the last), and aliases (``*name``) are refused — an alias "bomb" of a few
  hundred bytes expands to gigabytes once anything walks it;
- every error is a ``ConfigError`` naming the file and, where known, the line;
- values shown in messages are cut short (``shown``), never a full ``repr``.
"""
from __future__ import annotations

import difflib
import os
import re
import reprlib
import string
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from assembler.errors import ConfigError
from .i18n import N_, _, pgettext

__all__ = ["read_yaml", "load_yaml_text", "closest", "did_you_mean", "check_keys", "typename", "shown",
           "atomic_write", "Options", "ProjectConfig", "load_project_config", "CONFIG_FILE"]

_repr = reprlib.Repr()
_repr.maxstring = 60
_repr.maxother = 60
_repr.maxlist = _repr.maxdict = _repr.maxtuple = _repr.maxset = 4
_repr.maxlevel = 2


def shown(value: Any) -> str:
    """A value as a message may show it: a bounded repr (long strings and lists cut with ...).

    >>> shown("a" * 100)
    "'aaaaaaaaaaaaaaaaaaaaaaaaaaa...aaaaaaaaaaaaaaaaaaaaaaaaaaaa'"
    >>> shown([[1, 2, 3, 4, 5]] * 9)
    '[[1, 2, 3, 4, ...], [1, 2, 3, 4, ...], [1, 2, 3, 4, ...], [1, 2, 3, 4, ...], ...]'
    """
    return _repr.repr(value)


class _Worded(yaml.MarkedYAMLError):
    """A problem the loader words itself (in the user's language, saying what to do)."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and aliases."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # types-PyYAML leaves it unannotated
            raise _Worded(
                None, None, _("an alias (*{anchor}) is not allowed here; write the value out").format(
                    anchor=event.anchor),
                event.start_mark)
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _value in node.value:
        k = loader.construct_object(key_node, deep=True)
        try:
            first = seen.get(k)
        except TypeError:  # an unhashable key: let PyYAML report it
            first = None
        if first is not None:
            raise _Worded(
                None, None, _("key {key} is written twice (first on line {first})").format(
                    key=shown(k), first=first + 1),
                key_node.start_mark)
        try:
            seen[k] = key_node.start_mark.line
        except TypeError:
            pass
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


# PyYAML's words for what is wrong (its ``problem``) and where it was (its ``context``), as
# catalog messages: the English is PyYAML's own, shown as it is under LANG=C; the Japanese
# says it in plain words with what to do. A message's {found} matches the character or
# token PyYAML quotes, put back named in words (``_yaml_token``).
_YAML_WORDING = (
    N_("mapping values are not allowed here"),
    N_("could not find expected ':'"),
    N_("found character {found} that cannot start any token"),
    N_("found unexpected end of stream"),
    N_("expected ',' or ']', but got {found}"),
    N_("expected ',' or '}}', but got {found}"),
    N_("expected <block end>, but found {found}"),
    N_("expected the node content, but found {found}"),
    N_("found unknown escape character {found}"),
    N_("did not find expected key"),
    N_("did not find expected '-' indicator"),
    N_("sequence entries are not allowed here"),
    N_("expected '<document start>', but found {found}"),
    N_("but found another document"),
    N_("could not determine a constructor for the tag {found}"),
    N_("found unhashable key"),
    # contexts
    N_("while scanning a simple key"),
    N_("while scanning a quoted scalar"),
    N_("while scanning a double-quoted scalar"),
    N_("while parsing a block mapping"),
    N_("while parsing a block collection"),
    N_("while parsing a flow sequence"),
    N_("while parsing a flow mapping"),
    N_("expected a single document in the stream"),
    N_("while constructing a mapping"),
)


@lru_cache(maxsize=None)
def _wording_pattern(message: str) -> re.Pattern[str]:
    """A catalog message as a pattern matching PyYAML's text ({found} matches anything)."""
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(message):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts))


def _yaml_token(found: str) -> str:
    """A token or character PyYAML names (``'<stream end>'``), in the user's words."""
    words = {"'<stream end>'": pgettext("yaml token", "'<stream end>'"),
             "'<block mapping start>'": pgettext("yaml token", "'<block mapping start>'"),
             "'<block sequence start>'": pgettext("yaml token", "'<block sequence start>'"),
             "'<block end>'": pgettext("yaml token", "'<block end>'"),
             "'<scalar>'": pgettext("yaml token", "'<scalar>'"),
             "'?'": pgettext("yaml token", "'?'"),
             "'\\t'": pgettext("yaml token", "'\\t'")}
    return words.get(found, found)


def yaml_wording(text: str) -> str:
    """PyYAML's wording of a problem or a context, in the user's language.

    >>> yaml_wording("expected <block end>, but found '-'")
    "expected <block end>, but found '-'"
    """
    return _worded(text)[0]


def _worded(text: str) -> tuple[str, bool]:
    """``yaml_wording`` and whether the wording says what to do: a catalog translation of
    PyYAML's text does (the Japanese names the fix); PyYAML's own English does not."""
    for message in _YAML_WORDING:
        m = _wording_pattern(message).fullmatch(text)
        if m:
            shown = _(message)
            return shown.format(**{k: _yaml_token(v) for k, v in m.groupdict().items()}), shown != message
    return text, False


# what to do, for a problem shown in PyYAML's own words (English, or one the catalog lacks)
_YAML_HINT = N_("check the indentation and the ': ' after each key on this line and the ones "
                "before it; put a value that holds ': ' or ' #' in quotes")


def _yaml_error(e: yaml.YAMLError, text: str, name: str) -> ConfigError:
    """A PyYAML error as a ConfigError naming the line, worded for the user."""
    if isinstance(e, yaml.reader.ReaderError):
        line = text.count("\n", 0, e.position) + 1 if isinstance(e.position, int) else None
        return ConfigError(_("invalid YAML: a control character (#x{code:04x}) that a text file "
                             "should not hold").format(code=e.character if isinstance(e.character, int)
                                                       else ord(e.character)),
                           file=name, line=line, hint=_("delete it, or save the file again as text"))
    if not isinstance(e, yaml.MarkedYAMLError):
        return ConfigError(_("invalid YAML: {e}").format(e=e), file=name)
    mark = e.problem_mark or e.context_mark
    line = mark.line + 1 if mark is not None else None
    problem, says_what_to_do = _worded(e.problem or e.context or "invalid YAML")
    says_what_to_do |= isinstance(e, _Worded)
    if e.problem and e.context and e.context_mark is not None and mark is not e.context_mark:
        problem = _("{problem} ({context} from line {line})").format(
            problem=problem, context=yaml_wording(e.context), line=e.context_mark.line + 1)
    return ConfigError(_("invalid YAML: {problem}").format(problem=problem), file=name, line=line,
                       hint=None if says_what_to_do else _(_YAML_HINT))


def load_yaml_text(text: str, name: str) -> Any:
    """Parse YAML text read from ``name``; syntax errors, duplicate keys and aliases become
    ConfigError with the line (PyYAML's wording of what is wrong in the user's language)."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        raise _yaml_error(e, text, name) from None
    except RecursionError:
        raise ConfigError(_("invalid YAML: nested too deeply"), file=name) from None


def read_yaml(path: str | Path) -> Any:
    """Read and parse a UTF-8 YAML file (see ``load_yaml_text``)."""
    from assembler.limits import check_file

    path = Path(path)
    name = str(path)
    if path.exists():  # a FIFO would block the read; a huge file would fill the memory
        check_file(path, config=True)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(_("no such file"), file=name) from None
    except UnicodeDecodeError as e:
        raise ConfigError(_("not UTF-8 text ({reason} at byte {start})").format(reason=e.reason, start=e.start), file=name,
                          hint=_("save the file as UTF-8")) from None
    except IsADirectoryError:
        raise ConfigError(_("is a folder, not a YAML file"), file=name) from None
    except OSError as e:
        raise ConfigError(_("cannot read the file ({strerror})").format(strerror=e.strerror), file=name) from None
    return load_yaml_text(text, name)


def closest(word: object, choices: Iterable[object]) -> str | None:
    """The choice nearest to ``word`` (difflib, 0.6), or None: the one did-you-mean rule."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: object, choices: Iterable[object]) -> str:
    """A '; did you mean 'x'?' suffix for the closest choice, or ''.

    >>> did_you_mean("titel", ["title", "council"])
    "; did you mean 'title'?"
    >>> did_you_mean("zzz", ["title"])
    ''
    """
    near = closest(word, choices)
    return _("; did you mean {near!r}?").format(near=near) if near else ""


def check_keys(mapping: dict[Any, Any], allowed: Iterable[str], where: str, name: str) -> None:
    """Reject keys that are not in ``allowed``, suggesting the nearest one."""
    allowed = tuple(allowed)
    for k in mapping:
        if k not in allowed:
            path = f"{where}.{k}" if where else str(k)
            near = did_you_mean(k, allowed)
            raise ConfigError(_("{path}: unknown key{near}").format(path=path, near=near), file=name,
                              hint=(None if near else _("allowed keys: {value}").format(value=', '.join(allowed))))


def typename(value: Any) -> str:
    """How a message names the kind of a YAML value."""
    return {dict: "a mapping", list: "a list", str: "a string", type(None): "empty",
            bool: "true/false", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def atomic_write(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` all or nothing: a temporary file beside it, flushed to disk,
    then renamed over it. On any failure the old file is untouched and the temporary removed."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


# --- a project's settings and the build options they give ----------------------------------

CONFIG_FILE = "assembler.yaml"
_CONFIG_KEYS = ("title", "council", "outline", "threshold", "templates", "reference_doc",
                "carry_edits", "author", "patterns", "roles", "fonts")


@dataclass(frozen=True)
class Options:
    """What a build can be told: outline, overrides, dedup threshold, title, input reading.

    ``threshold`` None means the dedup stage's default (decided there, once).
    """

    sections: str | Path | None = None
    overrides: str | Path | None = None
    threshold: float | None = None
    title: str | None = None
    encoding: str | None = None
    roles: str | Path | None = None
    patterns: str | Path | None = None
    reference_doc: str | Path | None = None
    templates: str | Path | None = None
    author: str = "事務局"
    #: The font set of templates/style.yaml (``ms`` when None; ``ipa`` for LibreOffice).
    fonts: str | None = None
    #: When set, source files are recorded relative to this folder (a project's root).
    base: Path | None = None


@dataclass(frozen=True)
class ProjectConfig:
    """A project's settings, from assembler.yaml (paths already resolved)."""

    root: Path
    title: str | None = None
    council: str | None = None
    outline: Path | None = None
    threshold: float | None = None
    templates: Path | None = None
    reference_doc: Path | None = None
    carry_edits: bool = True
    author: str = "事務局"
    patterns: Path | None = None
    roles: Path | None = None
    fonts: str | None = None

    def options(self, overrides: Path | None = None) -> Options:
        """The build options this project gives (the one place the mapping is written)."""
        return Options(sections=self.outline, overrides=overrides, threshold=self.threshold,
                       title=self.title, reference_doc=self.reference_doc,
                       templates=self.templates, author=self.author, patterns=self.patterns,
                       roles=self.roles, fonts=self.fonts, base=self.root)


def load_project_config(root: Path) -> ProjectConfig:
    """Read and check a project's assembler.yaml; unknown keys are errors (with did-you-mean)."""
    path = root / CONFIG_FILE
    data = read_yaml(path) or {}
    name = str(path)
    if not isinstance(data, dict):
        raise ConfigError(_("expected a mapping of settings"), file=name)
    check_keys(data, _CONFIG_KEYS, "", name)

    def opt_path(key: str) -> Path | None:
        value = data.get(key)
        if value in (None, "", "default"):
            return None
        if not isinstance(value, str):
            raise ConfigError(_("{key}: expected a path or 'default'").format(key=key), file=name)
        p = root / value
        if not p.exists():
            raise ConfigError(_("{key}: {value} does not exist").format(key=key, value=value), file=name,
                              hint=_("give a path relative to assembler.yaml, or 'default'"))
        return p

    threshold = data.get("threshold")
    if threshold is not None and (isinstance(threshold, bool)
                                  or not isinstance(threshold, (int, float))
                                  or not 0 <= threshold <= 100):
        raise ConfigError(_("threshold: expected a number from 0 to 100, not {threshold}").format(threshold=shown(threshold)),
                          file=name)
    carry = data.get("carry_edits", True)
    if not isinstance(carry, bool):
        raise ConfigError(_("carry_edits: expected true or false, not {carry}").format(carry=shown(carry)), file=name)
    for key in ("title", "council", "author", "fonts"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ConfigError(_("{key}: expected text").format(key=key), file=name)
    return ProjectConfig(root=root, title=data.get("title"), council=data.get("council"),
                         outline=opt_path("outline"), threshold=threshold,
                         templates=opt_path("templates"), reference_doc=opt_path("reference_doc"),
                         carry_edits=carry, author=data.get("author") or "事務局",
                         patterns=opt_path("patterns"), roles=opt_path("roles"),
                         fonts=data.get("fonts"))
