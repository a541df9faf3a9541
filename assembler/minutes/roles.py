"""Who speaks in which role: speaker labels (飯島委員) split into name and title by a table."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import load_yaml_text
from ..errors import ConfigError
from ..model import ROLES, Speaker
from ..resources import packaged

@dataclass(frozen=True)
class RoleTable:
    """Titles (ending of a speaker label) -> role, and the words that belong to a title."""

    titles: tuple[tuple[str, str], ...]
    prefixes: tuple[str, ...]

    def split(self, label: str) -> Speaker | None:
        """Split 和泉内閣総理大臣補佐官 into name 和泉 and title 内閣総理大臣補佐官.

        Returns None when the label ends with no known title.
        """
        for title, role in self.titles:
            if label.endswith(title):
                name = label[: -len(title)]
                full_title = title
                stripped = True
                while stripped and name:
                    stripped = False
                    for prefix in self.prefixes:
                        if name.endswith(prefix) and len(name) > len(prefix):
                            name = name[: -len(prefix)]
                            full_title = prefix + full_title
                            stripped = True
                            break
                return Speaker(label=label, name=name, title=full_title, role=role)  # type: ignore[arg-type]
        return None

def _load_role_yaml(text: str, source: str) -> dict:
    data = load_yaml_text(text, source) or {}
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with 'titles' and 'prefixes'", file=source)
    for k in data:
        if k not in ("titles", "prefixes"):
            raise ConfigError(f"{k}: unknown key; expected 'titles' or 'prefixes'", file=source)
    titles = data.get("titles") or {}
    if not isinstance(titles, dict):
        raise ConfigError("titles: expected a mapping of title -> role", file=source)
    for title, role in titles.items():
        if role not in ROLES:
            raise ConfigError(f"titles.{title}: role {role!r} is not one of member, chair, "
                              "government, secretariat", file=source)
    prefixes = data.get("prefixes") or []
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise ConfigError("prefixes: expected a list of words", file=source)
    return {"titles": {str(k): v for k, v in titles.items()}, "prefixes": prefixes}

@lru_cache(maxsize=None)
def _builtin_roles() -> dict:
    text = packaged("data").joinpath("roles.yaml").read_text(encoding="utf-8")
    return _load_role_yaml(text, "assembler/data/roles.yaml")

def load_roles(extra: str | Path | None = None) -> RoleTable:
    """The built-in role table, extended (and overridden) by a user's YAML file."""
    base = _builtin_roles()
    titles = dict(base["titles"])
    prefixes = list(base["prefixes"])
    if extra is not None:
        p = Path(extra)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"cannot read the role table ({e.strerror})", file=str(p)) from None
        user = _load_role_yaml(text, str(p))
        titles.update(user["titles"])
        prefixes = list(dict.fromkeys(user["prefixes"] + prefixes))
    ordered = tuple(sorted(titles.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return RoleTable(titles=ordered, prefixes=tuple(sorted(prefixes, key=len, reverse=True)))
