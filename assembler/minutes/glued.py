"""Speakers glued to their speech: ``村瀬会長おはようございます。…``, ``大谷委員ありがとうございます。…``.

A web page's 議事録 whose speakers were set in bold (a ``<strong>``, a ``<span>``, a table
cell), saved or copied as text, or a PDF whose label and speech stood in separate text boxes
that the extractor ran together, loses the only border between the speaker and the speech:
every paragraph opens with the speaker's surname and title (or the title alone), run straight
into the words — no mark, no bracket, no space, no colon::

    出席者
    会長
    村瀬 浩一
    …
    事務局
    秋山地域振興課長
    午前10時00分開会
    村瀬会長おはようございます。ただいまから…を開会いたします。
    秋山地域振興課長地域振興課長の秋山でございます。資料１を御覧ください。…
    大谷委員ありがとうございます。一点お伺いします。…

Such a label has the form of the subject of a sentence about the person (``村瀬会長から説明が
あった``, ``大谷委員の御意見のとおり``), so its form is not enough: the label is a speaker when
**the record itself vouches for it** — a person of its attendee list, named by their surname and
their title (as the list gives it, known to the role table or not: 移住定住推進監) or a title of the role table (村瀬会長 from ``会長`` / ``村瀬 浩一``; 大谷委員 from a
list of names alone), an entry of the list as written (秋山地域振興課長), or a title the list
gives one person (会長) — and the words after it are speech, not a particle or a word that
makes the line a sentence about the person (は, が, の, から, 及び …). A file is read so only when
several lines open with such a label (file-level evidence, as ``names.py`` has it) and more than
twice as many as open with a listed person's label in another form (a mark, a bracket, a space
or a colon after it): a file whose labels another header form reads is left to that form.

The cost for a file without the form: the attendee list is looked for among the first lines
only (``_FRONT``), and with people in it one regular-expression search over the text, led by
the line break, finds the lines that open with one of their names.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from ..model import Line, Speaker
from ..text import SPACES as _SPACES
from .front import LIST_NOTE
from .roles import RoleTable

__all__ = ["Glued", "read"]

#: the attendee list is looked for among the record's first lines
_FRONT = 300
#: the first glued label is looked for among the record's first lines of speech
_SPEECH_LINES = 12
#: the lines after the list where the cheap test looks for glued labels
_WINDOW = 400
#: at least this many lines must open with a glued label, by two speakers at least
_ENOUGH = 3
_KANJI = "\u4e00-\u9fff\u3005\u30f6"
_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
#: a person's name in a list: a surname of kanji, a space, the given name (kanji or kana), or
#: kanji alone; an honorific after it (君, 氏, さん) is no part of it
_NAME = re.compile(rf"^(?P<sur>[{_KANJI}]{{1,4}})(?:[ \u3000]+(?P<given>[{_KANJI}{_KANA}]{{1,5}})"
                   rf"|(?P<rest>[{_KANJI}]{{1,4}}))?(?:君|氏|さん|様)?$")
#: a line that labels a list of attendees (出席者, 出席委員, 委員, 事務局, 構成員名簿 …)
_LIST_LABEL = re.compile(r"出席|参加|委員|構成員|事務局|説明員|名簿|オブザーバー|幹事|理事")
#: what separates a title and a name on one line: spaces, a colon, a table's rule
_APART = re.compile(r"[ \u3000\t]*[|｜│:：\t][ \u3000\t]*|[ \u3000]+")
#: what after a label says another header form reads it: a space, a colon
_APART_CHARS = frozenset(" \u3000\t：:")
#: an item's number before a list (３　出席委員, （３）, ３．)
_ITEM_NUMBER = re.compile(r"^[（(]?[0-9０-９]{1,2}[）).．、]?[ \u3000]+|^[（(][0-9０-９]{1,2}[）)]")
#: a line's first word and the rest after spaces or a colon (a list's label and its entries)
_HEAD = re.compile(r"^([^ \u3000\t：:、，|｜│]*)([ \u3000\t]*[：:|｜│][ \u3000\t]*|[ \u3000\t]+|)(.*)$")
_BRACKETED = re.compile(r"[（(](?P<note>[^（）()]{1,20})[）)]$")
#: the record's clock before a label (10:05村瀬会長…, 午前10時05分 村瀬会長…)
_CLOCK = r"(?:(?:午前|午後)?[0-9０-９]{1,2}[:：時][0-9０-９]{1,2}分?[ \t\u3000]*)?"
_CLOCK_RX = re.compile(_CLOCK)
#: what may stand before a title in a label: a surname (and a unit: 秋山地域振興課長), or nothing
_SURNAME = re.compile(rf"[{_KANJI}]{{0,10}}")
#: a mark or a bracket before a listed person's label: another header form (○村瀬会長　…)
_MARK_CHARS = frozenset("○〇◯◎●◆◇■□▲△☆★【（(＜〔［")
_MARKS = "[" + "".join(sorted(_MARK_CHARS)) + "]"
#: what after a label makes the line a sentence about the person, not their speech: a particle
#: (は, が, の, から …), a word going on the noun (及び, 等, 挨拶), a punctuation mark, a space
#: or a colon (another header form), or nothing
_NOT_SPEECH = re.compile(
    r"(?!はい|では(?!な)|でしたら|ですので|ところで|とても|とりあえず|もう|もし|もちろん|もっと|やはり|やっぱり"
    r"|かしこま|かなり|よろし|ようやく|まず|また|まあ|さて|さき|さらに|さっそく|それ|その|そう|この|こちら)"
    r"(?:[はがをにのへとでもやかよまらさ]|及び|並び|ほか(?!に)|外|等|宛|殿|様|君|各位|一同|職務|就任|選任|挨拶|あいさつ"
    r"|[、，。．・）)」』：:（(【〔［\s\u3000]|$)")
#: a line that ends mid-sentence: the next line goes on it, whatever it opens with
_GOES_ON = re.compile(r"[、，をにがはのへとでも]$")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_PARTICLE = re.compile(r"[のはがをにへとで]")
#: a title the role table does not know, as a list writes it: kanji (and kana inside), a title's end
_UNKNOWN_TITLE = re.compile(rf"[{_KANJI}{_KANA}][{_KANJI}{_KANA}]{{1,12}}[官監長員役幹]")
#: words of the front matter that have a name's form (開催日時, 傍聴者, 配付資料)
_NOT_A_NAME = re.compile(r"(?:日時|場所|者|数|名|事項|内容|資料|議題|次第|会議|概要)$")


@dataclass(frozen=True)
class Glued:
    """Where a glued label heads a turn: line index -> (speaker, the speech after the label,
    the evidence: which line of the record's list vouches for the label)."""

    at: Mapping[int, tuple[Speaker, str, str]]


@dataclass
class _Person:
    name: str
    surname: str
    title: str  # as the list gives it ("" for a name alone)
    evidence: str  # the list's line(s) and their number(s)
    group: str = ""  # the title of the list's group the person stands in (事務局, 委員)


@dataclass
class _Roll:
    """The people of the record's attendee list: each label as it may be written -> person."""

    labels: dict[str, _Person] = field(default_factory=dict)  # 秋山地域振興課長, 村瀬会長
    surnames: dict[str, _Person | None] = field(default_factory=dict)  # None: two people share it
    titles: dict[str, _Person | None] = field(default_factory=dict)  # a title one person holds
    #: the secretariat's group as the list heads it (事務局): it speaks as one under that word
    groups: dict[str, _Person] = field(default_factory=dict)
    whole: list[_Person] = field(default_factory=list)  # names listed with no space in them
    last: int = -1  # the index of the list's last line read

    def add(self, person: _Person, roles: RoleTable) -> None:
        if person.surname:
            held = self.surnames.get(person.surname, person)
            self.surnames[person.surname] = person if held is person or held == person else None
        if person.title:
            title = person.title
            if person.surname:
                self.labels.setdefault(person.surname + title, person)
            sp = roles.split(title)
            if sp is None or not sp.name:  # (a title the table does not know: the list's word)
                held = self.titles.get(title, person)
                self.titles[title] = person if held is person else None  # 委員 many hold: no label alone
        elif len(person.name) >= 3:
            self.whole.append(person)  # 村瀬浩一: the surname is the start that names them alone

    def name_by_starts(self) -> None:
        """A name listed whole (村瀬浩一) is named by its start of two characters or more when no
        other listed name starts so (as ``names.py`` reads a surname alone)."""
        starts: dict[str, list[_Person]] = {}
        for person in self.whole:
            for k in range(2, len(person.name)):
                starts.setdefault(person.name[:k], []).append(person)
        for start, found in starts.items():
            if len(found) == 1 and start not in self.surnames:
                self.surnames[start] = found[0]


def read(lines: tuple[Line, ...], roles: RoleTable) -> Glued | None:
    """The lines whose label is glued to the speech, or None when the record has none.

    >>> from assembler.minutes.roles import load_roles
    >>> text = ["出席者", "会長", "村瀬 浩一", "委員", "大谷 恵美", "事務局", "秋山地域振興課長", "",
    ...         "村瀬会長おはようございます。開会いたします。", "秋山地域振興課長地域振興課長の秋山です。",
    ...         "大谷委員ありがとうございます。", "村瀬会長から説明があった。", "会長ほかにございませんか。"]
    >>> found = read(tuple(Line(t, n + 1) for n, t in enumerate(text)), load_roles())
    >>> for k, (sp, rest, _why) in sorted(found.at.items()):
    ...     print(k, sp.label, sp.name, sp.role, rest)
    8 村瀬会長 村瀬 chair おはようございます。開会いたします。
    9 秋山地域振興課長 秋山 secretariat 地域振興課長の秋山です。
    10 大谷委員 大谷 member ありがとうございます。
    12 会長 村瀬 chair ほかにございませんか。
    >>> found.at[8][2]
    'label glued to the speech, listed: 会長 / 村瀬 浩一 (lines 2-3)'
    """
    opening = _opening(lines, roles)
    if opening is None:
        return None
    roll = _roll(lines, opening, roles)
    if roll is None:
        return None
    keys = sorted({*roll.labels, *(s for s, p in roll.surnames.items() if p is not None),
                   *(t for t, p in roll.titles.items() if p is not None), *roll.groups}, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, keys))
    cue = re.compile(rf"\n[ \t\u3000]*{_CLOCK}(?P<mark>{_MARKS})?(?P<key>{alternatives})")
    first = roll.last + 1
    # the cheap test: the lines right after the list, where the turns begin
    at, other = _scan(lines, first, first + _WINDOW, cue, roll, roles)
    if len(at) < _ENOUGH:
        return None
    if len(lines) > first + _WINDOW:
        more, more_other = _scan(lines, first + _WINDOW, len(lines), cue, roll, roles)
        at.update(more)
        other += more_other
    # a file whose labels another header form reads (○村瀬会長　…, （村瀬会長）, 村瀬会長：…) is left to it
    if len({sp.label for sp, _r, _w in at.values()}) < 2 or len(at) <= 2 * other:
        return None
    return Glued(MappingProxyType(at))


def _scan(lines: tuple[Line, ...], first: int, end: int, cue: re.Pattern[str], roll: _Roll, roles: RoleTable
          ) -> tuple[dict[int, tuple[Speaker, str, str]], int]:
    """The glued labels of lines ``first`` to ``end``, and how many lines there open with a
    listed label in another form (a mark or a bracket before it, a space or a colon after it)."""
    text = "\n" + "\n".join([line.text for line in lines[first:end]]) + "\n"
    at: dict[int, tuple[Speaker, str, str]] = {}
    other = 0
    for i, label, person, after in _cues(cue, text, roll, roles):
        if after[:1] in _MARK_CHARS or after[:1] in _APART_CHARS:
            other += 1
        elif not (_NOT_SPEECH.match(after) or not _HIRAGANA.search(after) or _goes_on(lines, first + i)):
            at[first + i] = (_speaker(label, person, roles), after.strip(), person.evidence)  # not 村瀬会長から…
    return at, other


def _cues(cue: re.Pattern[str], text: str, roll: _Roll, roles: RoleTable
          ) -> Iterator[tuple[int, str, _Person, str]]:
    """The lines that open with a listed person's label: the line's index, the label, the
    person and what follows the label on the line (after a mark before the label: the mark)."""
    titles = _titles(roles)
    i, pos = -1, 0
    for m in cue.finditer(text):
        i += text.count("\n", pos, m.start() + 1)
        pos = m.start() + 1
        label, person, end = _label(m, text, roll, titles)
        if person is not None:
            yield i, label, person, m["mark"] or text[end:text.index("\n", end)]


def _label(m: re.Match[str], text: str, roll: _Roll, titles: re.Pattern[str]) -> tuple[str, _Person | None, int]:
    """The label a cue opens with and the listed person it names: a label of the list as
    written, a listed surname and a title of the role table, or a title one person holds."""
    key = m["key"]
    person = roll.labels.get(key)
    if person is not None:
        return key, person, m.end()
    sur = roll.surnames.get(key)
    if sur is not None:
        t = titles.match(text, m.end())
        if t is not None:
            return key + t[0], sur, t.end()
    title = roll.titles.get(key) or roll.groups.get(key)
    return key, title, m.end()


def _speaker(label: str, person: _Person, roles: RoleTable) -> Speaker:
    """The label's speaker: the role of its title; a title alone names the one person listed
    under it; a person listed under the secretariat (事務局) speaks as it whatever their title
    says elsewhere (主査 chairs a 部会, a town's 主査 is a clerk)."""
    sp = roles.split(label) or (_listed(label, person, roles) if person.title else None) or roles.guess(label)
    if sp is None:
        sp = Speaker(label, person.surname, label, "other")
    elif not sp.name:
        sp = Speaker(label, person.surname or person.name, sp.title, sp.role)  # 会長: the one listed
    group = roles.split(person.group) if person.group else None
    if group is not None and not group.name and group.role == "secretariat" and sp.role != "government":
        return Speaker(sp.label, sp.name, sp.title, "secretariat")
    return sp


def _listed(label: str, person: _Person, roles: RoleTable) -> Speaker | None:
    """A label ending in its person's title as the list gives it, a title the role table does
    not know (今村移住定住推進監): the surname and that title, the role by the title's ending."""
    if roles.split(person.title) is not None or not label.endswith(person.title):
        return None
    return Speaker(label, label[: -len(person.title)], person.title, roles.role_by_ending(person.title))


def _goes_on(lines: tuple[Line, ...], i: int) -> bool:
    """The line above ends mid-sentence (``…について、``): this one goes on it."""
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return j >= 0 and bool(_GOES_ON.search(lines[j].text.strip()))


@lru_cache(maxsize=8)
def _titles(roles: RoleTable) -> re.Pattern[str]:
    """The role table's titles of two characters or more, the longest first, as one pattern."""
    words = sorted({t for t, _r in roles.titles if len(t) >= 2}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _opening(lines: tuple[Line, ...], roles: RoleTable) -> int | None:
    """The cheap test: the first line of speech that opens with a label's form glued to the
    speech — a word of kanji, a title of the role table, words that are no particle — among the
    record's first lines of speech (a sentence, or a line of words as long as a wrapped line's),
    or None. The attendee list is above it."""
    titles = _titles(roles)
    speech = 0
    for k, line in enumerate(lines[:_FRONT]):
        raw = line.text.strip()
        if "。" not in raw and not (len(raw) > 30 and _HIRAGANA.search(raw)):
            continue
        start = _CLOCK_RX.match(raw).end()  # type: ignore[union-attr]  # it matches the empty string
        for t in titles.finditer(raw, start, start + 20):
            after = raw[t.end():]
            if _SURNAME.fullmatch(raw, start, t.start()) and after and after[0] not in _APART_CHARS \
                    and not _NOT_SPEECH.match(after) and _HIRAGANA.search(after):
                return k
        speech += 1
        if speech == _SPEECH_LINES:
            return None
    return None


def _roll(lines: tuple[Line, ...], end: int, roles: RoleTable) -> _Roll | None:
    """The people of the attendee list above line ``end``, or None when it lists
    fewer than two: a title alone above names (``会長`` / ``村瀬 浩一``), a title and a name on
    one line (``会長　村瀬浩一``, ``会長 | 村瀬 浩一``, ``村瀬 浩一（会長）``), an entry glued as the
    record writes its labels (``秋山地域振興課長``), names alone under a list's label, or a list
    with commas (``委員：大谷恵美、石黒達也``)."""
    reader = _ListReader(lines, roles)
    joined = -1  # a line a list's line ending in 、 took in
    for k, line in enumerate(lines[:end]):
        raw = line.text.strip()
        if not raw or k == joined:
            continue
        if raw[-1] in "、，" and k + 1 < end:
            raw += lines[k + 1].text.strip()  # a list the line's end cut: 真鍋　大輔、 / 篠田　美紀、…
            joined = k + 1
        reader.read(k, raw, max(k, joined))
    if reader.people < 2:
        return None
    reader.roll.name_by_starts()
    return reader.roll


@dataclass
class _ListReader:
    """Reads the attendee list line by line into a ``_Roll``."""

    lines: tuple[Line, ...]
    roles: RoleTable
    roll: _Roll = field(default_factory=_Roll)
    title: str = ""  # the title of the list's group above (会長, 委員, 事務局)
    title_at: int = -1
    active: bool = False  # under a list's label or a title: names alone are people
    people: int = 0

    def read(self, k: int, raw: str, last: int) -> None:
        """One line of the record's front (``raw``, with a line it took in up to ``last``)."""
        if len(raw) > 60 or "。" in raw:
            self.active = False
            return
        text = LIST_NOTE.sub("", raw).strip(" \u3000|｜│") if "（" in raw or "(" in raw or "|" in raw else raw
        bare = _SPACES.sub("", text)
        one_word = text == bare or all(len(w) == 1 for w in text.split())  # 出席者, 出 席 者
        if one_word and len(bare) <= 12 and _LIST_LABEL.search(bare) and self.roles.split(bare) is None:
            self.active, self.title = True, ""  # 出席者, 出席委員, 事務局出席者
            return
        entries = _entries(text, self.title, self.roles, self.active)
        if entries is None:
            self.active = False
            return
        group, found = entries
        self.active = True
        self.secretariat(group if found else bare, k)
        if not found:
            self.title, self.title_at = bare, k  # 会長, 委員, 事務局: the title of the names below
            return
        for name, surname, entry_title, label in found:
            person = _Person(name, surname, entry_title,
                             f"label glued to the speech, listed: {self.where(k, raw, found, (name, entry_title, label))}",
                             group)
            if label:
                self.roll.labels.setdefault(label, person)
            self.roll.add(person, self.roles)
            self.people += 1
            self.roll.last = last

    def secretariat(self, group: str, k: int) -> None:
        """The list's heading of the secretariat (``事務局``, alone or before its people): the
        word a glued label may name the secretariat by (``事務局資料１を御覧ください。``)."""
        sp = self.roles.split(group)
        if (sp is not None and not sp.name and sp.role == "secretariat" and group not in self.roll.groups
                and self.roles.table_title(group) == group):  # 事務局, not 観光戦略課長: one person
            line = self.lines[k]
            self.roll.groups[group] = _Person("", "", group, f"label glued to the speech, listed: {group} "
                                              f"(line {line.number}: {line.text.strip()})", group)

    def where(self, k: int, raw: str, found: list[tuple[str, str, str, str]], entry: tuple[str, str, str]) -> str:
        """The list's line(s) that name a person: the title above and the name (会長 / 村瀬 浩一),
        the entry of several on a line (篠田美紀 (line 5)), or the line."""
        name, title, label = entry
        number = self.lines[k].number
        if title == self.title and self.title_at >= 0 and not label:
            above = self.lines[self.title_at]
            return f"{above.text.strip()} / {raw} (lines {above.number}-{number})"
        if len(found) > 1:
            return f"{label or name}{f'（{title}）' if title else ''} (line {number})"
        return f"{raw} (line {number})"


def _entries(text: str, title: str, roles: RoleTable, active: bool
             ) -> tuple[str, list[tuple[str, str, str, str]]] | None:
    """The people one line of a list names: the group's title, and each person's (name,
    surname, title, label as written); no one for a title alone (the group's word above
    names), None for no entry. An item's
    number and a list's label before the entries are left out (``３　出席委員　広瀬　忠（会長）、…``,
    ``事務局：環境課長　瀬川　隆之``); entries are parted by 、."""
    bare = _SPACES.sub("", text)
    sp = roles.split(bare)
    if sp is not None and not sp.name:
        return title, []  # 会長, 委員, 事務局: the title of the names below
    body = _ITEM_NUMBER.sub("", text, count=1)
    head, _sep, rest = _HEAD.match(body).groups()  # type: ignore[union-attr]  # it matches any text
    if rest and (_LIST_LABEL.search(head) or (sp := roles.split(head)) is not None and not sp.name):
        group = roles.split(head)
        title, active, body = (head if group is not None and not group.name else ""), True, rest
    if "、" not in body and "，" not in body:
        one = _entry(body, title, roles, active)
        return None if one is None else (title, [one])
    out = []
    for part in re.split(r"[、，]", body):
        one = _entry(part.strip(), title, roles, True) if part.strip() else None
        if one is None:
            return None  # a sentence the line's end cut, no list of people
        out.append(one)
    return title, out


def _entry(text: str, title: str, roles: RoleTable, active: bool) -> tuple[str, str, str, str] | None:
    """One person of a list: ``会長　村瀬　浩一``, ``村瀬 浩一（会長）``, ``秋山地域振興課長`` (an entry
    as the record's labels write it), ``高橋座長``, or a name alone under a list's label."""
    bare = _SPACES.sub("", text)
    parts = [p for p in _APART.split(text) if p]
    if len(parts) >= 2:
        split = _title_and_name(parts, roles)
        if split is not None:
            return split
    bracket = _BRACKETED.search(text)
    if bracket is not None:
        office = roles.split(_SPACES.sub("", bracket["note"]))
        name = _NAME.match(text[:bracket.start()].strip())
        if office is not None and not office.name and name is not None:
            return _person(name, office.title)  # 村瀬 浩一（会長）
        if name is not None and active:
            return _person(name, title)  # 真鍋　大輔（あさぎり大学教授）
    sp = roles.split(bare)
    if sp is not None and len(bare) <= 20 and not _PARTICLE.search(bare):
        return "", "", "", bare  # 秋山地域振興課長, 高橋座長: an entry as the record's labels write it
    name = _NAME.match(text)
    if name is not None and active and (name["given"] or roles.guess(bare) is None and not _NOT_A_NAME.search(bare)):
        return _person(name, title)
    return None


def _person(m: re.Match[str], title: str) -> tuple[str, str, str, str]:
    sur = m["sur"] if m["given"] else ""
    return _SPACES.sub("", m[0]), sur, title, ""


def _listed_title(word: str, roles: RoleTable) -> bool:
    """A word the list gives as a person's title: one of the role table (会長, 地域振興課長), or
    one it does not know that has a title's form (移住定住推進監, 地域づくり調整官: a word of
    kanji and kana ending as titles do) — the list itself vouches that it is a title.

    >>> from assembler.minutes.roles import load_roles
    >>> [_listed_title(w, load_roles()) for w in ("会長", "移住定住推進監", "地域づくり調整官", "欠席者", "２名")]
    [True, True, True, False, False]
    >>> [_listed_title(w, load_roles()) for w in ("まちづくり調整官", "ありがとう", "会議の内容")]
    [True, False, False]
    """
    if roles.split(word) is not None:
        return True
    return bool(_UNKNOWN_TITLE.fullmatch(word)) and not _NOT_A_NAME.search(word) and not _PARTICLE.search(word[-4:])


def _title_and_name(parts: list[str], roles: RoleTable) -> tuple[str, str, str, str] | None:
    """``会長 村瀬 浩一``, ``地域振興課 主査 野口 彩``, ``村瀬 浩一 会長``: the words that end in a
    title of the role table, and a name of one or two words."""
    for k in range(len(parts) - 1, 0, -1):
        head, tail = "".join(parts[:k]), " ".join(parts[k:])
        name = _NAME.match(tail) if len(parts) - k <= 2 else None
        if name is not None and _listed_title(head, roles):
            return (*_person(name, head)[:2], head, "")
    for k in range(1, min(3, len(parts))):
        head, tail = " ".join(parts[:k]), "".join(parts[k:])
        name = _NAME.match(head)
        sp = roles.split(tail) if name is not None else None
        if sp is not None and not sp.name and name is not None:
            return (*_person(name, tail)[:2], tail, "")
    return None
