"""Who speaks in which role: speaker labels (飯島委員) split into name and title by a table."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypedDict

from ..config import load_yaml_text
from ..limits import check_file
from ..errors import ConfigError
from ..model import ROLES, Role, Speaker, is_role
from ..resources import packaged
from ..i18n import _

@dataclass(frozen=True)
class RoleTable:
    """Titles (ending of a speaker label) -> role, and the words that belong to a title."""

    titles: tuple[tuple[str, Role], ...]
    prefixes: tuple[str, ...]

    def split(self, label: str) -> Speaker | None:
        """Split 和泉内閣総理大臣補佐官 into name 和泉 and title 内閣総理大臣補佐官.

        Returns None when the label ends with no known title.
        """
        for title, role in self._by_last.get(label[-1:], ()):
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
                return Speaker(label=label, name=name, title=full_title, role=role)
        return None

    @cached_property
    def _by_last(self) -> dict[str, tuple[tuple[str, Role], ...]]:
        """The titles by their last character, longest first (a label is split by one look-up)."""
        out: dict[str, list[tuple[str, Role]]] = {}
        for title, role in self.titles:
            out.setdefault(title[-1], []).append((title, role))
        return {k: tuple(v) for k, v in out.items()}

    def role_of(self, title: str) -> Role:
        """The role of a title: the table's, 議員 for a seat number (３番), else ``other``."""
        sp = self.split(title)
        if sp is not None:
            return sp.role
        if re.fullmatch(r"[0-9０-９]+番(?:議員)?", title):
            return "member"
        return "other"

    def guess(self, label: str) -> Speaker | None:
        """A speaker read from the label's form when its title is not in the table.

        ``髙橋（清）委員`` (a qualifier in the name), ``議長（川端宏明君）`` and
        ``事務局（佐藤企画官）`` (title, then the person), ``東岡計画官`` (an unknown title:
        role ``other``). None for a label that does not look like a speaker.

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["髙橋（清）委員", "議長（川端宏明君）", "東岡計画官"])]
        [('髙橋（清）', '委員', 'member'), ('川端宏明', '議長', 'chair'), ('東岡', '計画官', 'secretariat')]
        """
        m = _PAREN.match(label)
        if m:
            return self._bracketed(label, m["out"], m["inner"], m["tail"])
        if not _nameish(label) or len(label) < 2:
            return None
        if label.endswith(_HONORIFIC[:2]):
            return Speaker(label, label[:-1], label[-1], "member")
        sp = self.split(label)
        if sp is not None:
            return sp
        if label[-1] not in _TITLE_END:
            return None
        name, title = _split_unknown(label)
        if not _KANJI.match(title):
            return None  # a title is written in kanji (計画官, 参考人); アア人 is no speaker
        return Speaker(label, name, title, "other")

    def _bracketed(self, label: str, out: str, inner: str, tail: str) -> Speaker | None:
        """A label with brackets: a qualifier (髙橋（清）委員), the person after a title
        (議長（川端宏明君）, 事務局（佐藤企画官）) or the body a title speaks for
        (参考人（あおば県医師会）).

        >>> t = load_roles()
        >>> [(s.name, s.title) for s in map(t.guess, ["参考人（あおば県医師会）"])], t.guess("議事（１）")
        ([('あおば県医師会', '参考人')], None)
        """
        if tail:
            sp = self.split(out + tail)
            if sp is None or not _nameish(out, 8):
                return None
            return Speaker(label, f"{sp.name}（{inner}）", sp.title, sp.role)
        if not _nameish(out, 30):
            return None
        for h in _HONORIFIC:
            if inner.endswith(h) and _nameish(inner[: -len(h)].replace(" ", "").replace("\u3000", ""), 10):
                return Speaker(label, inner[: -len(h)], out, self.role_of(out))
        sp = self.split(inner)
        if sp is not None:
            outer = self.split(out)
            role = outer.role if outer is not None else sp.role
            return Speaker(label, sp.name, sp.title, role)
        if _NUMBERING.match(inner):
            return None  # 議事（１）: an item's number, no person
        if _nameish(inner, 8):
            return Speaker(label, inner, out, self.role_of(out))
        outer = self.split(out)
        if outer is not None and not outer.name and _AFFILIATION.match(inner):
            return Speaker(label, inner, out, outer.role)  # 参考人（あおば県医師会）: a title, then whose
        return None


# A label read on its form alone: kanji, katakana, Latin or digits (no kana sentence), and
# the last character a title's (官 長 員 君 …). Words of the front matter are no speakers.
_NAMEISH = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a0-\u30ffー・A-Za-zＡ-Ｚａ-ｚ0-9０-９]+$")
_TITLE_END = "官長員君氏者人事査問与表理佐臣監役使授師"
_NOT_SPEAKER = ("出席", "欠席", "日時", "場所", "議題", "資料", "次第", "事件", "予定", "記録", "名簿",
                "傍聴", "陪席", "説明員", "開会", "閉会")
_PAREN = re.compile(r"^(?P<out>[^（）()]+)[（(](?P<inner>[^（）()]+)[）)](?P<tail>[^（）()]*)$")
_HONORIFIC = ("君", "氏", "さん")
_KANJI = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]+$")
_NUMBERING = re.compile(r"^[0-9０-９一二三四五六七八九十]{1,3}$")
# who a title speaks for: an organisation's name, no sentence (no punctuation, at most 20)
_AFFILIATION = re.compile(r"^[^、。，,「」\s\u3000]{2,20}$")


def _nameish(text: str, most: int = 12) -> bool:
    return 1 <= len(text) <= most and bool(_NAMEISH.match(text)) and not any(
        w in text for w in _NOT_SPEAKER)


def _split_unknown(label: str) -> tuple[str, str]:
    """名前 and 肩書 of a label whose title is unknown: a surname is mostly two characters."""
    cut = 3 if len(label) >= 5 else 2 if len(label) >= 3 else len(label)
    return label[: len(label) - cut], label[len(label) - cut:]


class _RoleFile(TypedDict):
    """A role table file, checked: title -> role, and the words that belong to a title."""

    titles: dict[str, Role]
    prefixes: list[str]


def _load_role_yaml(text: str, source: str) -> _RoleFile:
    data = load_yaml_text(text, source) or {}
    if not isinstance(data, dict):
        raise ConfigError(_("expected a mapping with 'titles' and 'prefixes'"), file=source)
    for k in data:
        if k not in ("titles", "prefixes"):
            raise ConfigError(_("{k}: unknown key; expected 'titles' or 'prefixes'").format(k=k), file=source)
    titles = data.get("titles") or {}
    if not isinstance(titles, dict):
        raise ConfigError(_("titles: expected a mapping of title -> role"), file=source)
    checked: dict[str, Role] = {}
    for title, role in titles.items():
        if not is_role(role):
            raise ConfigError(_("titles.{title}: role {role!r} is not one of {value}").format(title=title, role=role, value=', '.join(ROLES)),
                              file=source)
        checked[str(title)] = role
    prefixes = data.get("prefixes") or []
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise ConfigError(_("prefixes: expected a list of words"), file=source)
    return {"titles": checked, "prefixes": prefixes}

@lru_cache(maxsize=None)
def _builtin_roles() -> _RoleFile:
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
            check_file(p, config=True)
            text = p.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(_("cannot read the role table ({strerror})").format(strerror=e.strerror), file=str(p)) from None
        user = _load_role_yaml(text, str(p))
        titles.update(user["titles"])
        prefixes = list(dict.fromkeys(user["prefixes"] + prefixes))
    ordered = tuple(sorted(titles.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return RoleTable(titles=ordered, prefixes=tuple(sorted(prefixes, key=len, reverse=True)))
