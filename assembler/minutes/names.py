"""Speakers written by their names alone: ``目黒：委任状を…``, ``山口：今年の…``, ``西川(阿)``.

The records of associations, boards of directors (理事会), residents' committees (役員会,
町会の総会) and NPOs often name who spoke by the person's name and nothing else — no title,
no mark — since everyone in the room is a member::

    出席者：山口（会長）、木村（副会長）、斎藤（会計）、中島、小野
    …
    山口：今年の夏祭りは８月の第１土曜日に行いたい。
    木村：雨の場合の予備日も決めておいた方が良い。
    　岡村：訓練の日程が平日の夜だと参加しにくい。

or with the body (or group) each belongs to in brackets, alone on its line above the speech or
before it after a space, a reply marked with an arrow::

    参加者  倉田(育)、永井(個)、西川(阿)（敬称略）
    西川(阿)
    定款の変更について、…
    永井(個) 理事長の職務代理者の規定は、…
    → 西川(阿) 確認して次回の役員会で報告する。

A name alone has the form of many other words (``課題：``, ``結論：``), so its form is not
enough: the label is a speaker when the record lists that person among its people — in a list
of names (``林、五十嵐、大野``, entries with a title ``山口会長`` or an office or a group in
brackets ``山口（会長）``, ``倉田(育)``) or a field that gives one person a title
(``議　長　岡本``) — and at least two lines of the record are labelled so. The title the list
gives a person (会長, 議長, 事務局 — a title of the role table) gives the role; a person
listed without one is a member (the people of such a meeting are its members).

This module only reads (one search over the text finds whether any line can be such a
label; a file without one costs that search); the parser (``parser.LineParser``) gives the
floor at the lines it names (``BareNames.at``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..model import Line, Role, Speaker
from ..text import SPACES as _SPACES, UNIT_ENDS
from .forms import LOCAL_GOVERNMENTS
from . import forms as _forms
from .front import LIST_NOTE
from .roles import RoleTable
from .view import FileView, LineStart

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_HIRAGANA = _forms.HIRAGANA

__all__ = ["BareNames", "display", "read"]

_KANA_KANJI = r"\u3005\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\uff66-\uff9f"  # half-width kana too (ﾔﾏﾀﾞ)
#: a line that may open with a name as a label: an arrow (a reply) or not, a name of 1–6
#: characters, a group in brackets or not, then a colon, the line's end or a space before
#: more words (searched over the whole text: the cheap test)
_CUE_AT = (rf"[ \t\u3000]*(?P<arrow>[→⇒][ \t\u3000]*)?(?P<name>[{_KANA_KANJI}]{{1,6}})"
           rf"(?P<group>[（(][^（）()\s\u3000、。：:]{{1,16}}[）)])?"
           r"[ \t\u3000]*(?:(?P<colon>[：:])|(?=\n|\Z)|[ \t\u3000](?=[^\s\u3000]))")
_CUE = re.compile("^" + _CUE_AT, re.M)  # matched at a line's start
_CUE_LINES = LineStart(_CUE_AT)  # looked for at every line's start of the file's text (view.py)
#: an entry of a list of people: a name (with a title or not), an office or a group in brackets
_ENTRY = re.compile(rf"^(?P<name>[{_KANA_KANJI}]{{1,8}}?)(?:[（(](?P<note>[^（）()、。]{{1,12}})[）)])?$")
#: what separates the entries of a list of people (and a label before them)
_LIST_SEP = re.compile(r"[、，,：:\s\u3000]+")
#: a word of a list's label, not a person (出席者, 参加者, 欠席者, 傍聴者, 委任状提出者)
_NOT_A_PERSON = ("者", "数", "名", "人")
#: a field giving one person a title: 議　長　岡本, ・議長：岡本, 司会 佐藤
_FIELD = re.compile(rf"^[・\s\u3000]*(?:[0-9０-９]{{1,2}}[.．]?[\s\u3000]*)?(?P<title>[^\s\u3000：:、，,]+(?:[\s\u3000]+[^\s\u3000：:、，,]+){{0,3}}?)"
                    rf"[\s\u3000]*[：:\s\u3000][\s\u3000]*(?P<entry>[{_KANA_KANJI}]{{1,6}}(?:[（(][^（）()]{{1,12}}[）)])?)$")
#: a bullet or an item's number glued to a list's label: ・出席者, ３．出席理事, (3)出席者
_LEAD_NUMBER = re.compile(r"^[・•\s\u3000]*(?:[（(]?[0-9０-９]{1,2}[）).．、][\s\u3000]*)?")
#: an item's number before a list's label: ３, ３., （３）
_NUMBER = re.compile(r"^[（(]?[0-9０-９]{1,2}[）).．]?$")
#: what a list whose people carry their group shows (倉田(育)、永井(個)): only then can a label
#: be a name and its group without a colon (the search for it is skipped otherwise)
_GROUPED, _GROUPED_FULL = ")、", "）、"
#: at least this many lines labelled with a listed person's name make the record one that
#: labels its speakers so
_ENOUGH = 2


@dataclass(frozen=True)
class BareNames:
    """Where a person's name alone heads a turn: line index -> (speaker, speech after the
    label on that line or None)."""

    at: Mapping[int, tuple[Speaker, str | None]]
    #: the same by the line's text (stripped), for a look at a line ahead of the one read
    by_text: Mapping[str, tuple[Speaker, str | None]]


def read(lines: tuple[Line, ...], roles: RoleTable, known: Callable[[str], bool] = lambda label: False,
         view: FileView | None = None) -> BareNames | None:
    """The lines whose label is a listed person's name alone, or None when the record has none;
    ``known`` says which labels with brackets the parser reads as another form (``view``: the
    parser's prepared view of the lines, built here when not given).

    >>> from assembler.minutes.roles import load_roles
    >>> text = ["出席者：山口（会長）、木村、中島", "", "山口：夏祭りは８月に行いたい。",
    ...         "木村：雨の日の予備日も決めたい。", "課題：予算が足りない。"]
    >>> found = read(tuple(Line(t, n + 1) for n, t in enumerate(text)), load_roles())
    >>> [(k, sp.name, sp.title, sp.role, rest) for k, (sp, rest) in sorted(found.at.items())]
    [(2, '山口', '会長', 'chair', '夏祭りは８月に行いたい。'), (3, '木村', '', 'member', '雨の日の予備日も決めたい。')]
    >>> read(tuple(Line(t, n + 1) for n, t in enumerate(["課題：予算", "結論：延期する。"])), load_roles()) is None
    True
    """
    view = view or FileView(lines)
    text = view.joined
    found = _CUE_LINES.finditer(text) if _GROUPED in text or _GROUPED_FULL in text else _colon_cues(text)
    cues = [m for m in found if _bare(m, roles, known)]
    if len(cues) < _ENOUGH:
        return None
    people = _people(lines, roles)
    if not people:
        return None
    surnames = _surnames(people)
    at: dict[int, tuple[Speaker, str | None]] = {}
    unlisted: dict[int, tuple[Speaker, str | None]] = {}
    for m in cues:
        key = m["name"] + (m["group"] or "")
        listed = people.get(key) or people.get(m["name"]) or surnames.get(m["name"])
        who = listed or _bracketed_role(m, roles)
        label = _cue_label(m, who, lines, view) if who is not None else None
        if label is not None:
            (at if listed else unlisted)[label[0]] = label[1]
    if len(at) < _ENOUGH:
        return None
    at.update(unlisted)  # 塩谷（調査補助者・弁護士）： among listed people's names alone
    by_text = {lines[i].text.strip(): found for i, found in at.items()}
    return BareNames(MappingProxyType(at), MappingProxyType(by_text))


def _cue_label(m: re.Match[str], who: tuple[str, str, Role], lines: tuple[Line, ...],
               view: FileView) -> tuple[int, tuple[Speaker, str | None]] | None:
    """The line of the cue ``m`` and its speaker (``who``: name, title, role) with the speech after
    the label, when speech follows it (``_speech_follows``); None otherwise."""
    text = view.joined
    i = view.index(m.start())
    end = text.find("\n", m.end())
    rest = text[m.end():end if end >= 0 else len(text)].strip() or None
    if not _speech_follows(lines, i, rest, bool(m["colon"]), bool(m["group"] or m["arrow"])):
        return None
    name, title, role = who
    return i, (Speaker(_SPACES.sub("", m["name"] + (m["group"] or "")), name, title, role), rest)


def _bracketed_role(m: re.Match[str], roles: RoleTable) -> tuple[str, str, Role] | None:
    """A name the list does not give, with the person's role in brackets and a colon
    (``塩谷（調査補助者・弁護士）：``): a label where the record labels its turns by names alone (two
    listed people's lines at least, ``read``) — the name, the bracket's words the title, the role
    the role table's reading of them (or of a word of them apart by ・), else other."""
    if not (m["group"] and m["colon"]) or len(m["name"]) > 4 or _HIRAGANA.search(m["name"]):
        return None
    inner = m["group"][1:-1]
    titled = next((sp for word in (inner, *inner.split("・")) if (sp := roles.split(word)) is not None
                   and not sp.name), None)
    return m["name"], inner, titled.role if titled is not None else "other"


def _bare(m: re.Match[str], roles: RoleTable, known: Callable[[str], bool]) -> bool:
    """The cue's label is a name alone: no title of the role table, no government by its
    name (市：…: the parser's ``local_government``), no label the parser reads otherwise
    (``known``: a person with the body they speak for, 石井（あおば市）)."""
    name = m["name"]
    return (name not in LOCAL_GOVERNMENTS and roles.split(name) is None and roles.guess(name) is None
            and not (m["group"] and known(name + m["group"])))


def _colon_cues(text: str) -> list[re.Match[str]]:
    """The cues of the lines with a colon near their start (the cheap path: a record whose list
    puts no group after its names — no ``)、`` — can label its people only with a colon)."""
    out = []
    for colon in "：:":
        at = text.find(colon)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if at - start <= 16 and (m := _CUE.match(text, start)) is not None and m["colon"]:
                out.append(m)
            at = text.find(colon, at + 1)
    out.sort(key=lambda m: m.start())
    return out


def _people(lines: tuple[Line, ...], roles: RoleTable) -> dict[str, tuple[str, str, Role]]:
    """The people a record lists: label as it may be written -> (name, title, role)."""
    people: dict[str, tuple[str, str, Role]] = {}
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text or "。" in text:
            continue
        if "、" in text or "，" in text or "," in text:
            if k + 1 < len(lines) and (text[-1] in "、，," or _unclosed(text)):
                text += lines[k + 1].text.strip()  # a list the line's end cut (白石（事務 / 局長）)
            for entry in _entries(text):
                _add(people, entry, "", roles)
        elif (field := _FIELD.match(text)) is not None:
            title = _SPACES.sub("", field["title"])
            sp = roles.split(title)
            if sp is not None and not sp.name:
                _add(people, field["entry"], title, roles)
    return people


def _surnames(people: dict[str, tuple[str, str, Role]]) -> dict[str, tuple[str, str, Role]]:
    """The listed people by the start of their name, where one person's name alone starts so:
    the list gives the whole name (山田太郎), the labels the surname (山田：…)."""
    starts: dict[str, list[tuple[str, str, Role]]] = {}
    for label, who in people.items():
        if label == who[0] and len(label) >= 3:
            for k in range(1, len(label)):
                starts.setdefault(label[:k], []).append(who)
    return {start: found[0] for start, found in starts.items()
            if len(found) == 1 and start not in people}


def _entries(text: str) -> list[str]:
    """The entries of a line that lists people (林、五十嵐、大野), its item's number left out
    (３　出席者　林、…); none when any part is no entry: a sentence the line's end cut
    (…安全上、全面的に…) lists nobody. A list's label (出席者) stays in: no label names it."""
    entries = [e for e in _LIST_SEP.split(_LEAD_NUMBER.sub("", LIST_NOTE.sub("", text))) if e]
    while entries and _NUMBER.match(entries[0]):
        entries.pop(0)
    return entries if len(entries) >= 3 and all(_ENTRY.match(e) for e in entries) else []


def _add(people: dict[str, tuple[str, str, Role]], entry: str, title: str, roles: RoleTable) -> None:
    """One listed person: ``山口``, ``山口会長``, ``山口（会長）``, ``倉田(育)`` (a group: written
    with the label), with the title a field gives them (``議長　岡本``)."""
    m = _ENTRY.match(entry)
    if m is None:
        return
    name, note = m["name"], m["note"]
    sp = roles.split(name)
    if sp is not None:
        if not sp.name:
            return  # a title alone (委員, 事務局): a group's label, no person
        name, title = sp.name, title or sp.title
    if name.endswith(_NOT_A_PERSON):
        return
    if note is not None:
        office = roles.split(_SPACES.sub("", note))
        if office is not None and not office.name:
            title = title or office.title  # 山口（会長）, 加藤(事務局)
        else:
            people.setdefault(entry, _who(name, title, roles))  # 倉田(育): the label is written with it
    if title or name not in people:
        people[name] = _who(name, title, roles)  # a field's title (議長　岡本) over a list's entry


def _unclosed(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _who(name: str, title: str, roles: RoleTable) -> tuple[str, str, Role]:
    sp = roles.split(title) if title else None
    return (name, title, sp.role) if sp is not None else (name, "", "member")


def _speech_follows(lines: tuple[Line, ...], i: int, rest: str | None, colon: bool, marked: bool) -> bool:
    """Speech follows the label: after a colon, on its line or below it; after a space, on its
    line (a label with its group or an arrow); alone, on the next line."""
    if rest is not None:
        return (colon or marked) and _HIRAGANA.search(rest) is not None
    if not (colon or marked):
        return False
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    nxt = lines[j].text.strip() if j < len(lines) else ""
    return _HIRAGANA.search(nxt) is not None and _CUE.match(nxt) is None


# --- display names: a Web meeting's transcript ---------------------------------------------------
_KANJI_NAME = r"[\u3400-\u9fff\uf900-\ufaff々ヶ]"
_KANJI_RUN = re.compile(f"{_KANJI_NAME}+")
#: a line of a Web meeting's transcript as its app shows who speaks: the display name, a bracket or
#: not (the body, a title, or the person at a device), a colon, then speech. The display name is a
#: family name, a space or not (a PDF's reader loses it) and a given name (宮坂 恵, 鶴田健), words in
#: Latin letters (Yuko Hatano, iPad), or a body joined by an underscore, then the person (事務局_総務課
#: 松永, 事務局_ 総務課松永)
_DISPLAY = re.compile(
    r"^[ \t\u3000]*(?P<head>"
    rf"(?P<full>{_KANJI_NAME}{{1,4}})(?P<gap>[ \u3000]?)(?P<given>[\u3400-\u9fff\uf900-\ufaff々ヶ\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,5}})"
    r"|(?P<latin>[A-Za-z][A-Za-z0-9'.-]{1,20}(?: [A-Z][A-Za-z'.-]{1,20}){0,2})"
    r"|(?P<body>[^\s_：:（）()、。]{1,12}_[ \u3000]?[^\s_：:（）()、。]{0,16}(?:[ \u3000][^\s_：:（）()、。]{1,8})?))"
    r"(?:[（(](?P<inner>[^（）()\n、。：:]{1,20})[）)])?[ \t\u3000]*[：:][ \t\u3000]*(?P<text>\S.*)$", re.M)
#: the cheap test: a line that opens with a Latin letter, a word and an underscore, or a name spaced
#: before a colon (the evidence of a Web meeting's names a file needs besides _ONLINE's words)
_DISPLAY_CHEAP = re.compile(
    rf"^[ \t\u3000]*(?:[A-Za-z][^\n：:]{{0,40}}|[^\s：:、。_]{{1,12}}_[^\n：:]{{0,30}}|{_KANJI_NAME}{{1,4}}[ \u3000][^\s：:、。]{{1,5}}"
    r"(?:[（(][^（）()\n]{1,20}[）)])?)[：:]", re.M)
#: what says the record is a Web meeting's, in its first lines
_ONLINE = re.compile(r"オンライン|[Ww][Ee][Bb]会議|ＷＥＢ会議|ウェブ会議|リモート|Zoom|ZOOM|Teams|Webex")
#: a record of a Web meeting labels its turns so on this many lines at least, this many people
_DISPLAY_LINES, _DISPLAY_PEOPLE = 3, 2
#: the endings of a unit before the person in an underscore's name (事務局_総務課松永)
_UNIT_END = re.compile(rf".*(?:[{UNIT_ENDS}]|センター|グループ|チーム)")


def display(lines: tuple[Line, ...], roles: RoleTable, view: FileView | None = None) -> BareNames | None:
    """The lines a Web meeting's transcript opens with a display name (``_DISPLAY``: ``宮坂 恵（北辰大学）：``,
    ``鶴田健：``, ``事務局_総務課 松永：``, ``iPad（杉浦）：``, ``Yuko Hatano（オブザーバー）：``), or None when
    the record is no such transcript: ``_DISPLAY_LINES`` such lines of ``_DISPLAY_PEOPLE`` people at
    least, speech (kana) after the colon, and a Web meeting's evidence — a name in Latin letters,
    an underscore or a device, a full name with its space, or the words of its first lines
    (オンライン, Web会議: ``_ONLINE``). A full name whose space a PDF's reader lost (鶴田健：) is
    evidence only where it heads two lines at least; in such a record it is a label all the same
    after the first label (the front matter's fields before it: 開催方法：…). The speaker (``_displayed``) is the family name
    (宮坂, 鶴田, Hatano), the person after an underscore's body (松永) or in a device's bracket (杉浦);
    the bracket a title of the role table (オブザーバー) or the person's body (北辰大学: no title).

    >>> from assembler.minutes.roles import load_roles
    >>> text = ["第３回 会議 議事録", "宮坂 恵（北辰大学）：北辰大学の宮坂です。", "鶴田 健：質問です。",
    ...         "事務局_総務課 松永：補足いたします。", "iPad（杉浦）：杉浦です。", "Yuko Hatano（オブザーバー）：波多野です。",
    ...         "日時：令和６年１０月３日", "Meeting ID：123 456", "課題：人手が足りない。"]
    >>> found = display(tuple(Line(t, n + 1) for n, t in enumerate(text)), load_roles())
    >>> [(k, sp.label, sp.name, sp.title, sp.role) for k, (sp, _) in sorted(found.at.items())]
    [(1, '宮坂恵（北辰大学）', '宮坂', '', 'other'), (2, '鶴田健', '鶴田', '', 'other'), (3, '事務局_総務課松永', '松永', '事務局', 'secretariat'), (4, '杉浦', '杉浦', '', 'other'), (5, 'Yuko Hatano（オブザーバー）', 'Hatano', 'オブザーバー', 'other')]
    """
    view = view or FileView(lines)
    text = view.joined
    head = text[:view.start(min(10, len(lines) - 1))] if lines else ""
    if _ONLINE.search(head) is None and not any(_DISPLAY_CHEAP.match(text, at) for at in _colon_lines(text)):
        return None
    found, once, online = _display_lines(view, roles)
    online = online or _ONLINE.search(head) is not None
    if len(found) < _DISPLAY_LINES or len({sp.name for _, sp, _ in found}) < _DISPLAY_PEOPLE or not online:
        return None
    # the record a Web meeting's transcript, a name of its form heading one line among its turns
    # (after the first: not 開催方法：… of the front matter) is one more label
    first = found[0][0]
    at = {k: (sp, rest) for k, sp, rest in found + [x for x in once if x[0] > first]}
    return BareNames(MappingProxyType(at), MappingProxyType({lines[k].text.strip(): v for k, v in at.items()}))


_Displayed = list[tuple[int, Speaker, str]]


def _colon_lines(text: str) -> list[int]:
    """Where each line that holds a colon starts in ``text`` (the lines joined), in order: a display
    name's line holds its colon (``_DISPLAY``, ``_DISPLAY_CHEAP`` match within one line), so only
    these are matched, each from its start, instead of a scan of every position of the text.

    >>> _colon_lines("日時：十日\\n本文です\\n宮坂 恵：はい：\\n")
    [0, 11]
    """
    out: list[int] = []
    for m in _COLON.finditer(text):
        at = text.rfind("\n", 0, m.start()) + 1
        if not out or out[-1] != at:
            out.append(at)
    return out


_COLON = re.compile(r"[：:]")


def _display_lines(view: FileView, roles: RoleTable) -> tuple[_Displayed, _Displayed, bool]:
    """The lines opened by a display name with speech after it: (line, speaker, speech) of those
    that are evidence, of a full name whose space is lost heading one line only, and whether one
    is in a Web meeting's form of its own (Latin letters, an underscore, a full name spaced)."""
    text = view.joined
    # a display name's line holds its colon: only those lines are matched, each from its start (the
    # matches a scan of the whole text finds, as _DISPLAY matches within one line)
    matches = [m for at in _colon_lines(text)
               if (m := _DISPLAY.match(text, at)) is not None and _HIRAGANA.search(m["text"]) is not None]
    heads = [_SPACES.sub("", m["head"]) for m in matches]
    found: _Displayed = []
    once: _Displayed = []
    online = False
    for m, head in zip(matches, heads):
        sp = _displayed(m, roles, text)
        if sp is None:
            continue
        if m["full"] and not m["gap"] and heads.count(head) < 2:
            once.append((view.index(m.start()), sp, m["text"]))
            continue
        found.append((view.index(m.start()), sp, m["text"]))
        online = online or not m["full"] or bool(m["gap"])
    return found, once, online


def _displayed(m: re.Match[str], roles: RoleTable, text: str) -> Speaker | None:
    """The speaker of a display name (``display``'s match ``m`` in the file's ``text``): None for a
    title, an office or what the meeting does (委員 会長：, 資料：), a word in Latin letters alone
    (URL：, Zoom：), a device with no person."""
    inner = _SPACES.sub("", m["inner"] or "")
    titled = roles.split(inner) if inner else None
    title, role = (titled.title, titled.role) if titled is not None and not titled.name else ("", "other")
    bracket = f"（{inner}）" if inner else ""
    if m["full"]:
        family = _family_of(m, roles, text)
        return Speaker(m["full"] + m["given"] + bracket, family, title, role) if family else None
    if m["body"]:
        return _underscored(m["body"], roles)
    words = m["latin"].split(" ")
    if len(words) == 1:
        if inner and titled is None and _KANJI_RUN.fullmatch(inner) and len(inner) <= 4:
            return Speaker(inner, inner, "", "other")  # iPad（杉浦）: the person at the device
        return None  # URL：…, Zoom：… — one word alone names no one
    family = next((w for w in words if len(w) > 1 and w.isupper()), words[-1])
    return Speaker(m["latin"] + bracket, family, title, role)


def _family_of(m: re.Match[str], roles: RoleTable, text: str) -> str | None:
    """The family name of a full name (宮坂 恵, 鶴田健), None when the words are no full name."""
    whole = m["full"] + m["given"]
    if not _nameable(whole, roles) or (not m["gap"] and (len(whole) < 3 or _HIRAGANA.search(whole))):
        return None  # 課題：…, 山田： (names.read's) — no full name
    if any(not _nameable(whole[:k], roles) or not _nameable(whole[k:], roles) for k in range(2, len(whole) - 1)):
        return None  # 委員長　藤森：, 田村 委員： — a title and a name (title_first.py's), no full name
    family: str = m["full"] if m["gap"] else _family(whole, text)
    return family


def _underscored(label: str, roles: RoleTable) -> Speaker | None:
    """A body joined to the person by an underscore (事務局_総務課 松永, 事務局_ 総務課松永): the person
    after the last space or the unit's ending, the role the body's (事務局: secretariat)."""
    body, _, rest = label.partition("_")
    rest = rest.strip()
    person = rest.split()[-1] if _SPACES.search(rest) else _UNIT_END.sub("", rest)
    if not person or not _nameable(person, roles) or len(person) > 4:
        return None
    group = roles.split(body)
    if group is None or group.name:
        return Speaker(_SPACES.sub("", label), person, "", "other")
    return Speaker(_SPACES.sub("", label), person, group.title, group.role)


def _nameable(word: str, roles: RoleTable) -> bool:
    """The word may be a person's name: no title of the role table, no government by its name,
    nothing the meeting does (資料, 議題, 挨拶)."""
    return (word not in LOCAL_GOVERNMENTS and word not in _forms.AGENDA_WORDS and roles.split(word) is None
            and roles.guess(word) is None and _forms.SPEECH_ACT.search(word) is None)


def _family(name: str, text: str) -> str:
    """The family name of a full name written without its space (宮坂恵, 鶴田健): the longest start of
    it the file writes apart from the rest (北辰大学の宮坂です。, 宮坂先生), else its first two
    characters (most family names are two kanji) — a name of two characters or of five and more is
    left whole; before a given name in katakana, its kanji (小田切エミ)."""
    kanji = _KANJI_RUN.match(name)
    if kanji is not None and kanji.end() < len(name):
        return kanji[0]
    for k in range(len(name) - 1, 0, -1):
        start = name[:k]
        at = text.find(start)
        while at >= 0:
            if not text.startswith(name, at):
                return start
            at = text.find(start, at + 1)
    return name[:2] if 3 <= len(name) <= 4 else name
