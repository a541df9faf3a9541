"""Who a label names, told by the record's own lists (roles20): where a name glued to a post ends, and
whether the words in a label's brackets are a person.

The role table splits a label by its form alone (``roles.RoleTable.split``): a title it knows at the end, and
before it the words of offices (``offices:`` in assembler/data/roles.yaml) where the office starts. A name
glued to a post is ambiguous on its form: 森下水道課長 is 森下 | 水道課長 or 森 | 下水道課長, 藤森林政課長 is
藤 | 森林政課長 or 藤森 | 林政課長 — no vocabulary of offices settles it, and a longer one only moves the
misreading. The record itself often does: its attendee list names the person with the post
(``森　一郎（下水道課長）``, ``林政課長　藤森　健``) or lists the post alone (``説明員　田園整備課長``), or another
label is the post alone (``下水道課長：…`` elsewhere). Then the label splits there; the vocabulary stays the
fallback where the record says nothing.

The same lists tell a person from a unit in brackets where the form cannot: ``事務局（長谷部）`` reads as a
unit (…部, ``roles.unit_word``) unless the list names a 長谷部 (``産業振興課長　長谷部　透``), and
``委員（長谷部　修一）`` is one person the list names (``長谷部　修一``), not 修一 of a unit 長谷部.

Evidence: the point's ``speaker_why`` names the list's entry or the label that decided
(``the attendee list: 森　一郎（下水道課長） (森 | 下水道課長)``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import AttendeeGroup, Point, Speaker
from .roles import RoleTable, unit_word

#: what parts an attendee entry's pieces: spaces, brackets, list marks
_PIECES = re.compile(r"[\s\u3000（）()、，,・：:]+")
#: a person's name or a piece of it as a list writes it: kanji (々 ヶ) or katakana, six at most
_NAME_PIECE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々ヶ\u30a1-\u30fa\u30fc]{1,6}$")
#: a label glued of a name and a post: kanji (々 ヶ) only, no bracket, no space
_GLUED = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々ヶ]{3,24}$")
#: a label with its words in brackets: the outer word, the bracket's words
_OUT_INNER = re.compile(r"^(?P<out>[^（()）]{1,12})[（(](?P<inner>[^（()）]{1,20})[）)]$")


def split_by_record(points: Sequence[Point], attendees: Sequence[AttendeeGroup], table: RoleTable) -> list[Point]:
    """The points with each speaker's name and title read as the record's own lists read them (see the module):
    a glued label split where the attendee list names the person with the post, or where the post stands alone
    in the list or as another label; a word in brackets the list names as a person's surname or full name.

    >>> from assembler.model import Point, SourceSpan, Speaker
    >>> t = load_roles()
    >>> def pt(label):
    ...     sp = t.split(label) or t.guess(label)
    ...     return Point.made("m_1", "m", sp, "opinion", "…", SourceSpan("x", 3, 3), kind_why="", role_why="",
    ...                       speaker_why="", narration="")
    >>> listed = [AttendeeGroup("事務局", ("森\\u3000一郎（下水道課長）", "林政課長\\u3000藤森\\u3000健", "田園整備課長",
    ...                                     "産業振興課長\\u3000長谷部\\u3000透"))]
    >>> [(p.speaker.name, p.speaker.title) for p in split_by_record(
    ...     [pt(x) for x in ("森下水道課長", "藤森林政課長", "石田園整備課長", "事務局（長谷部）", "森下課長")], listed, t)]
    [('森', '下水道課長'), ('藤森', '林政課長'), ('石', '田園整備課長'), ('長谷部', '事務局'), ('森下', '課長')]
    >>> [p.speaker.name for p in split_by_record([pt("森下水道課長")], [], t)]  # the record says nothing: the table's
    ['森下']
    """
    lists = _Lists.read(points, attendees, table)
    if not lists.entries and not lists.alone:
        return list(points)
    entries, members, alone, held = lists.entries, lists.members, lists.alone, lists.held
    decided: dict[str, tuple[Speaker, str] | None] = {}
    out: list[Point] = []
    for p in points:
        sp = p.speaker
        if sp.label not in decided:
            decided[sp.label] = _decide(sp, entries, members, alone, held, table)
        found = decided[sp.label]
        if found is None:
            out.append(p)
            continue
        new, why = found
        if (new.name, new.title) == (sp.name, sp.title):
            out.append(p)  # the list says what the table read
            continue
        out.append(replace(p, speaker=Speaker(sp.label, new.name, new.title, sp.role if new.role == "other" else new.role),
                           speaker_why=p.speaker_why or why))
    return out


@dataclass(frozen=True)
class _Lists:
    """What the record lists: the attendee list's entries by their words (``entries``; ``members``: those of
    the members' groups), the posts that stand alone in it or as a label (``alone``), and who holds each post
    by the labels the table reads whole (``held``: 北村水環境課長 → 水環境課長 is 北村's — one post, one holder)."""

    entries: list[tuple[str, ...]]
    members: list[tuple[str, ...]]
    alone: set[str]
    held: dict[str, set[str]]

    @classmethod
    def read(cls, points: Sequence[Point], attendees: Sequence[AttendeeGroup], table: RoleTable) -> _Lists:
        entries = [pieces for group in attendees for entry in group.names if (pieces := _pieces(entry))]
        members = [pieces for group in attendees if _members(group.group, table) for entry in group.names
                   if (pieces := _pieces(entry))]
        alone = {label for p in points if (label := p.speaker.label) and p.speaker.title == label and not p.speaker.name}
        alone.update(piece for pieces in entries if len(pieces) == 1 for piece in pieces)
        held: dict[str, set[str]] = {}
        for p in points:
            if p.speaker.name and p.speaker.title:
                held.setdefault(p.speaker.title, set()).add(p.speaker.name)
        return cls(entries, members, alone, held)


def _pieces(entry: str) -> tuple[str, ...]:
    """An attendee entry's words: names, posts, units (``森　一郎（下水道課長）`` → 森, 一郎, 下水道課長)."""
    return tuple(w for w in _PIECES.split(entry.strip()) if w)


def _members(group: str, table: RoleTable) -> bool:
    """The attendee list's group names the council's members (委員, 出席委員, 構成員, 出席者), no office."""
    titled = table.split(group)
    return (titled is not None and titled.role in ("member", "chair") or group.startswith("出席")) and not _OFFICIALS.search(group)


#: a group of officials (事務局, 説明員, 執行部): its entries may open with a unit
_OFFICIALS = re.compile(r"事務|説明|執行|理事者|当局|職員|随行|幹事")


def _decide(sp: Speaker, entries: list[tuple[str, ...]], members: list[tuple[str, ...]], alone: set[str],
            held: dict[str, set[str]], table: RoleTable) -> tuple[Speaker, str] | None:
    """The speaker as the record's lists read its label, and the evidence; None where they say nothing new."""
    label = sp.label
    m = _OUT_INNER.match(label)
    if m is not None:
        return _bracketed(sp, m["out"], m["inner"], entries, members, table)
    if not _GLUED.match(label) or label in alone:
        return None
    for k in range(1, min(5, len(label) - 1)):
        name, post = label[:k], label[k:]
        if table.split(post) is None:
            continue
        for pieces in entries:
            if post in pieces and _names_person(name, pieces, post, table):
                return _split_at(sp, name, post, table), f"the attendee list: {_entry(pieces)} ({name} | {post})"
    if not sp.name:
        return None  # the table reads one post (企画課長): a post alone (課長) elsewhere cuts no name off it
    for k in range(1, min(5, len(label) - 1)):
        name, post = label[:k], label[k:]
        # the post the record writes alone takes from the table's name (森下|水道課長 → 森|下水道課長), never from
        # its title (南副会長 with 会長 alone elsewhere is 南 | 副会長, as the table reads)
        # never one another label's person holds (清水環境課長 beside 北村水環境課長: 水環境課長 is 北村's)
        if (post in alone and len(post) > len(sp.title) and table.split(name) is None
                and table.split(post) is not None and not held.get(post, set()) - {name}):
            return _split_at(sp, name, post, table), f"the post alone in the record: {post} ({name} | {post})"
    return None


def _entry(pieces: tuple[str, ...]) -> str:
    """An entry's words as the evidence shows them (森　一郎　下水道課長)."""
    return "\u3000".join(pieces)


def _split_at(sp: Speaker, name: str, post: str, table: RoleTable) -> Speaker:
    titled = table.split(post)
    return Speaker(sp.label, name, post, titled.role if titled is not None else sp.role)


def _names_person(name: str, pieces: tuple[str, ...], post: str, table: RoleTable) -> bool:
    """An entry's piece, other than the post, is the name or a full name it opens (森 of 森　一郎, 森 of 森一郎):
    a person's, no title of the table."""
    return any(piece != post and _NAME_PIECE.match(piece) and piece.startswith(name) and table.split(piece) is None
               and len(piece) <= 6 for piece in pieces)


def _bracketed(sp: Speaker, out: str, inner: str, entries: list[tuple[str, ...]], members: list[tuple[str, ...]],
               table: RoleTable) -> tuple[Speaker, str] | None:
    """A label's bracket the list names as a person: a member's full name whose surname ends as a unit does
    (``_full_name``), or a surname the form read as a unit (``_listed_surname``)."""
    return _full_name(sp, inner, members, table) or _listed_surname(sp, out, inner, entries, table)


def _full_name(sp: Speaker, inner: str, members: list[tuple[str, ...]], table: RoleTable
               ) -> tuple[Speaker, str] | None:
    """委員（長谷部修一） with 長谷部　修一 listed among the members, the form having given the given name alone (修一):
    the whole."""
    if not sp.name or sp.name == inner or not inner.endswith(sp.name):
        return None
    for pieces in members:
        for j, piece in enumerate(pieces[:-1]):
            if (piece + pieces[j + 1] == inner and _NAME_PIECE.match(piece) and table.split(piece) is None
                    and _person(pieces[j + 1], table)):
                return Speaker(sp.label, inner, sp.title, sp.role), f"the attendee list: {_entry(pieces)} ({inner})"
    return None


def _listed_surname(sp: Speaker, out: str, inner: str, entries: list[tuple[str, ...]], table: RoleTable
                    ) -> tuple[Speaker, str] | None:
    """事務局（長谷部）, read as a unit by its form, with 長谷部　透 (or 長谷部透) in the list: the person, titled by the
    outer word."""
    if sp.name or sp.title != inner or not unit_word(inner):
        return None
    for pieces in entries:
        for j, piece in enumerate(pieces):
            if (piece == inner and j + 1 < len(pieces) and _person(pieces[j + 1], table)
                    or piece != inner and piece.startswith(inner) and _person(piece, table)):
                outer = table.split(out)
                title = outer.title if outer is not None and not outer.name else out
                return Speaker(sp.label, inner, title, sp.role), f"the attendee list: {_entry(pieces)} ({inner})"
    return None


def _person(piece: str, table: RoleTable) -> bool:
    """A piece of a person's name: kanji or katakana, no title, no unit."""
    return bool(_NAME_PIECE.match(piece)) and table.split(piece) is None and not unit_word(piece)


def load_roles() -> RoleTable:  # the doctest's table (roles.load_roles, imported late: no cycle)
    from .roles import load_roles as _load

    return _load()
