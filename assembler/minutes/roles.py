"""Who speaks in which role: speaker labels (飯島委員) split into name and title by a table."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypedDict

from ..config import load_yaml_text
from ..limits import check_file
from ..errors import ConfigError
from ..model import ROLES, AttendeeGroup, Line, Point, Role, Speaker, is_role
from ..resources import packaged
from ..i18n import _
from ..text import SPACES as _SPACES, PLACE_ENDS, PLACE_ONLY_ENDS, UNIT_ALONE_ENDS, UNIT_ENDS
from .prose import SPEECH_WORDS

_KNOWN_MOST = 4096  # labels a role table remembers the split of (then it starts afresh)


@dataclass(frozen=True)
class RoleTable:
    """Titles (ending of a speaker label) -> role, the words that belong to a title, and the words
    offices are named by."""

    titles: tuple[tuple[str, Role], ...]
    prefixes: tuple[str, ...]
    #: words offices are named by (観光戦略課, 政策企画課, 子育て支援課, 福祉部, 市民活動センター), and the
    #: units themselves: what stands before a title from the first of them is the office, not a surname
    offices: tuple[str, ...] = ()

    def split(self, label: str) -> Speaker | None:
        """Split 和泉内閣総理大臣補佐官 into name 和泉 and title 内閣総理大臣補佐官.

        Returns None when the label ends with no known title. A title followed by a letter or
        a number that stands for an anonymised person (委員Ａ, 委員１, 構成員B) is split too:
        the tag is the name.

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.split, ["委員Ａ", "委員3", "構成員ＡＢ"])]
        [('Ａ', '委員', 'member'), ('3', '委員', 'member'), ('ＡＢ', '構成員', 'member')]
        >>> t.split("議題1"), t.split("委員123"), t.split("質疑応答"), t.split("JICA"), t.split("一般質問")
        (None, None, None, None, None)
        >>> [(s.label, s.role) for s in map(t.split, ["Ｑ", "Ａ", "問１", "回答"])]
        [('Ｑ', 'member'), ('Ａ', 'secretariat'), ('問１', 'member'), ('回答', 'secretariat')]
        """
        known = self._known
        if label in known:
            sp = known[label]
        else:
            if len(known) >= _KNOWN_MOST:
                known.clear()
            sp = known[label] = self._split_tagged(label)
        # a Speaker of its own for each answer, as before: the parser tells turns apart by
        # their speaker object (``self.speaker is self.header_speaker``)
        return None if sp is None else Speaker(sp.label, sp.name, sp.title, sp.role)

    def __hash__(self) -> int:
        """The table's hash, computed once (``trailing.speakers_of`` remembers its answers by
        the table: hashing its ~200 titles on every call cost more than the answer)."""
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((self.titles, self.prefixes, self.offices))

    @cached_property
    def office_word(self) -> re.Pattern[str]:
        """The first word of an office's name (``offices``, the longest first), or a 課 or 局
        ending the stem: compiled once a table."""
        return _office_word(self.offices)

    @cached_property
    def _known(self) -> dict[str, Speaker | None]:
        """Labels already split (a file names its few speakers line after line, and the
        parser asks of a label more than once): the answer by label, up to ``_KNOWN_MOST``."""
        return {}

    def _split_tagged(self, label: str) -> Speaker | None:
        if business_word(label):
            return None  # 一般質問, 代表質問: a kind of business, no name and title
        tag = _ANON_TAG.search(label) if label[-1:] in _ANON_CHARS else None
        if tag is not None and tag.start() > 0:
            sp = self._split(label[: tag.start()])
            if sp is None or sp.name:
                return None
            return Speaker(label=label, name=tag[0], title=sp.title, role=sp.role)
        return self._split(label)

    def _split(self, label: str) -> Speaker | None:
        for title, role in self._by_last.get(label[-1:], ()):
            if label.endswith(title) and (len(title) > 1 or label == title):
                # a title of one character (問, 答, Ｑ, Ａ) is the whole label: 質疑応答 is none
                name = label[: -len(title)]
                if (person := self.after_units(name, title)) is not None:
                    return Speaker(label=label, name=person, title=title, role=role)  # 国土局住宅部|北条|参事官
                # an office named by a word that is also a ministry's (水|環境 課長: 環境 of 環境省) is
                # read whole first: the prefix is no cut where the office's words run on before it
                whole = _office_start(name, title, self.office_word) if _KANJI.match(name) else None
                if whole is not None:
                    return Speaker(label=label, name=name[:whole], title=name[whole:] + title, role=role)
                name, full_title = self._prefixed(name, title)
                if (" " in name or "\u3000" in name) and (person := after_unit(name)) is not None:
                    return Speaker(label=label, name=person, title=full_title, role=role)
                if name[-1:] in ")）" and (seated := _SEAT_PERSON.fullmatch(name)) is not None and role == "member":
                    # ３番（小室）委員: a member by the seat and the surname, as ３番（小室） is
                    return Speaker(label=label, name=seated["person"], title=seated["seat"], role=role)
                cut = _office_start(name, title, self.office_word)
                if cut is not None:
                    name, full_title = name[:cut], name[cut:] + full_title
                elif title in _AGENT_TITLES and name:
                    name, full_title = self._party(name, full_title)
                return Speaker(label=label, name=name, title=full_title, role=role)
        return None

    def after_units(self, name: str, title: str) -> str | None:
        """The surname after an administration's units glued before it (国土局住宅部|北条 参事官, 環境局|松浦
        審議官): the person is the surname after the last unit's head, the units the post (the label keeps
        them); None when the stem is no units then a surname, or the title heads a unit (国土局住宅|部長).

        >>> t = load_roles()
        >>> [t.after_units(s, "参事官") for s in ("国土局住宅部北条", "環境局松浦", "総務部企画課", "国土局", "北条")]
        ['北条', '松浦', None, None, None]
        >>> t.after_units("国土局住宅", "部長"), t.after_units("環境局長谷部", "審議官"), t.after_units("国土局住宅部", "審議官")
        (None, '長谷部', None)
        """
        if len(name) < 4 or title.startswith(UNIT_HEAD) or name[-1] in _UNIT_HEADS and name[-1] != "部":
            return None
        m = _UNITS_THEN_PERSON.match(name)
        if m is None:
            return None
        person = m["person"]
        if self.office_word.search(person) is not None or any(c in _UNIT_HEADS and c != "部" for c in person):
            return None
        return person

    def _prefixed(self, name: str, title: str) -> tuple[str, str]:
        """The words of a title standing before it (``prefixes``: 内閣総理大臣, 環境, 省) taken from the
        name into the title, one after another (和泉内閣総理大臣|補佐官 → 和泉, 内閣総理大臣補佐官)."""
        stripped = True
        while stripped and name:
            stripped = False
            for prefix in self.prefixes:
                if name.endswith(prefix) and len(name) > len(prefix):
                    name = name[: -len(prefix)]
                    title = prefix + title
                    stripped = True
                    break
        return name, title

    def _party(self, name: str, title: str) -> tuple[str, str]:
        """The name and title of a label that ends in who speaks for a party or a group (代理人,
        補佐人, 代表, 代表者) after the words before it (``name``): the party or the group is the
        title's, no surname — a noun of a party (処分者, 地権者, 利用者, 住民, 町内会: ``_PARTY_END``)
        or a title of the table (民生委員代表, 参加人補佐人) — and a surname stands only before such a
        title (田中監事代表: 田中, 監事代表); any other word before is the person's (田中代表).

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["地権者代表", "民生委員代表", "田中監事代表", "田中代表"])]
        [('', '地権者代表', 'other'), ('', '民生委員代表', 'other'), ('田中', '監事代表', 'other'), ('田中', '代表', 'other')]
        """
        held = self._split(name)
        if held is not None:
            return held.name, name[len(held.name):] + title  # 民生委員|代表, 田中|監事|代表
        if name[-1:] in _PARTY_END or self.office_word.match(name) is not None:
            return "", name + title  # 処分者代理人, 利用者代表, 地域代表: the party spoken for, no surname
        return name, title

    def table_title(self, label: str) -> str:
        """The title of the table a label ends in (観光戦略課長 → 課長, 子ども政策課長 → 課長), or
        "" (同課長 below names the last 課長, whatever office they head).

        >>> load_roles().table_title("子ども政策課長"), load_roles().table_title("あおば大学")
        ('課長', '')
        """
        for title, _role in self._by_last.get(label[-1:], ()):
            if label.endswith(title):
                return title
        return ""

    @cached_property
    def _title_set(self) -> frozenset[str]:
        return frozenset(t for t, _ in self.titles)

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
        return self.role_by_ending(title)

    def guess(self, label: str) -> Speaker | None:
        """A speaker read from the label's form when its title is not in the table.

        ``髙橋（清）委員`` (a qualifier in the name), ``議長（川端宏明君）`` and
        ``事務局（佐藤企画官）`` (title, then the person), ``東岡計画官`` (an unknown title:
        role ``other``), ``１１番`` (a seat number: a member). None for a label that does not look like a speaker.

        The brackets are read balanced, half-width or full-width alike: the title in them may
        carry a qualifier of its own (``答弁（住宅課政策監（耐震化担当））``).

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["髙橋（清）委員", "議長（川端宏明君）", "東岡計画官"])]
        [('髙橋（清）', '委員', 'member'), ('川端宏明', '議長', 'chair'), ('東岡', '計画官', 'secretariat')]
        >>> [(s.label, s.title, s.role) for s in map(t.guess, ["住民の方（男性）", "参加者の方Ａ"])], t.guess("皆様の方")
        ([('住民の方（男性）', '男性', 'member'), ('参加者の方Ａ', '参加者', 'member')], None)
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["答弁（住宅課政策監（耐震化担当））",
        ...     "住宅課政策監(耐震化担当)", "質疑(久保田委員)"])]
        [('', '住宅課政策監', 'government'), ('', '住宅課政策監', 'government'), ('久保田', '委員', 'member')]
        """
        if "の方" in label and (polite := _POLITE_PERSON.match(label)) is not None:
            # 住民の方（男性）, 参加者の方Ａ: the public named politely, read as 住民（男性） is
            sp = self._guess(polite["who"] + label[polite.end():])
            return Speaker(label, sp.name, sp.title, sp.role) if sp is not None and sp.role == "member" else None
        return self._guess(label)

    def _guess(self, label: str) -> Speaker | None:
        """``guess`` of a label that is not the public named with の方."""
        if not label or business_word(label):
            return None  # ○( with nothing in it; 一般質問, a kind of business
        if label[-1] in "ん様":
            honoured = self.honoured(label)
            if honoured is not None:
                return honoured
        if "（" in label or "(" in label:
            parts = _bracket_parts(label)
            return self._bracketed(label, *parts) if parts is not None else None
        if label[-1] in ")）" and len(label) > 3:
            return self._lost_bracket(label)
        if label[-1] in UNIT_ALONE_ENDS and _UNIT_NAME.match(label):
            # 子育て支援課：, 【下水道課】: a unit of the government that holds the meeting answers
            # under its name alone; settle_roles reads whether it runs the meeting (secretariat)
            return Speaker(label, "", label, "government")
        if label.endswith(GROUP_VOICES) and self._voice_of_title(label):
            return Speaker(label, "", label, "other")  # 傍聴人代表: who speaks for those a title names
        return self._name_like(label) if _nameish(label) and len(label) >= 2 else None

    def _voice_of_title(self, label: str) -> bool:
        """The label, ending in 代表 or 代表者, speaks for those a bare title of the table names (傍聴人代表,
        whose 傍聴 makes no name-like label: ``_NOT_SPEAKER``)."""
        held = self.split(label[: -2 if label[-1] == "表" else -3])
        return held is not None and not held.name

    def _name_like(self, label: str) -> Speaker | None:
        """``_guess`` of a name-like label of no brackets: a seat (１１番), a name and an honorific, a title
        of the table, else a title read on its form (``_unknown_title``)."""
        if _SEAT.fullmatch(label):
            return Speaker(label, label, "", "member")  # １１番: a member named by their seat
        if label.endswith(HONORIFIC[:2]):
            return Speaker(label, label[:-1], label[-1], "member")
        sp = self.split(label)
        if sp is not None:
            return sp
        return self._unknown_title(label) if label[-1] in TITLE_END else None

    def _unknown_title(self, label: str) -> Speaker | None:
        """A name-like label that ends as a title does (官 長 員 者 表 …) and in no title of the table:
        who speaks for a group (地権者代表, 田中監事代表: ``_party``, role other), else a surname then
        a title of kanji, the role by the title's ending (東岡計画官) — no surname where the unit's
        words open it (消防|団長, 地域交通|対策監: the title's)."""
        voice = next((v for v in GROUP_VOICES if label.endswith(v)), None) if label[-1] in "表者" else None
        if voice is not None and len(label) > len(voice):
            name, title = self._party(label[: -len(voice)], voice)  # 地権者代表, 田中監事代表
            return Speaker(label, name, title, "other")
        name, title = _split_unknown(label)
        if not _KANJI.match(title):
            return None  # a title is written in kanji (計画官, 参考人); アア人 is no speaker
        if self.office_word.match(name) is not None:
            name, title = "", label  # 消防|団長, 地域交通|対策監: the unit's words are the title's, no surname
        return Speaker(label, name, title, self.role_by_ending(label))

    def title_then_person(self, label: str) -> Speaker | None:
        """A report's agent named by the title before the person, as the records of private
        bodies write who acted (取締役井川直子から、 監査役上村正人から、 事務局長坂井良太が、
        取締役営業本部長江口達也は、): the longest start that is a title of the table, then a
        person's name of two to five characters that is no title itself. None when the label
        ends in a title (委員長代理, 議長職務代理者: ``split`` reads those).

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.title_then_person, ["監査役上村正人", "事務局長坂井良太",
        ...     "取締役営業本部長江口達也"])]
        [('上村正人', '監査役', 'member'), ('坂井良太', '事務局長', 'secretariat'), ('江口達也', '取締役営業本部長', 'government')]
        >>> t.title_then_person("委員長代理"), t.title_then_person("会長挨拶"), t.title_then_person("山田委員")
        (None, None, None)
        """
        if (not 4 <= len(label) <= 20 or not _KANJI.match(label) or label.endswith(_NOT_PERSON_WORDS)
                or self.split(label) is not None):
            return None
        for k in range(len(label) - 2, 1, -1):
            person = label[k:]
            if len(person) > 5:
                break
            start = label[:k]
            sp = self.split(start)
            if sp is not None and self._opens_with_title(start):
                return Speaker(label, person, start, sp.role)
        return None

    def _opens_with_title(self, start: str) -> bool:
        """The start is a title of the table or opens with one (取締役, 取締役営業本部長)."""
        for j in range(2, len(start) + 1):
            sp = self.split(start[:j])
            if sp is not None and not sp.name:
                return True
        return False

    def honoured(self, label: str) -> Speaker | None:
        """A person named with a courtesy of speech, as the records of meetings with the public
        name them (石原さん, 山口様, グエンさん, 佐藤みさとさん, or a letter: Ａさん): the name is the person's, the
        courtesy their title, and they speak as the meeting's members, as 氏 does; a title of
        the table before it keeps its role (市長さん, 事務局さん). 皆さん, お客様, 奥さん name
        nobody who speaks.

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.honoured, ["石原さん", "山口様", "市長さん"])]
        [('石原', 'さん', 'member'), ('山口', '様', 'member'), ('', '市長', 'government')]
        >>> [(s.name, s.title) for s in map(t.honoured, ["Ａさん", "Bさん", "参加者Ｃさん"])]
        [('Ａ', 'さん'), ('B', 'さん'), ('Ｃ', '参加者')]
        >>> sp = t.guess("山本さん（みどり台自治会長）"); sp.name, sp.title, sp.role
        ('山本', 'さん', 'member')
        >>> t.honoured("皆さん"), t.honoured("お客様"), t.honoured("地域の皆様"), t.honoured("さん")
        (None, None, None, None)
        """
        courtesy = "さん" if label.endswith("さん") else "様" if label.endswith("様") else ""
        stem = label[: len(label) - len(courtesy)]
        if not courtesy or not stem:
            return None
        if _LETTERS.fullmatch(stem):
            return Speaker(label, stem, courtesy, "member")  # Ａさん, Bさん: a person kept anonymous
        titled = self.split(stem)
        if titled is not None:
            return Speaker(label, titled.name, titled.title, titled.role)
        if not _PERSON.match(stem) or stem in _NOT_PERSONS or "皆" in stem or "の" in stem:
            return None
        return Speaker(label, stem, courtesy, "member")

    def role_by_ending(self, title: str) -> Role:
        """The role of a title not in the table, from the titles that end as it does: the
        longest ending of two or more characters that titles of the table share, when they all
        have one role (公営企業管理者 ends as 会計管理者: government); else ``other``.

        >>> t = load_roles()
        >>> t.role_by_ending("公営企業管理者"), t.role_by_ending("広報戦略官"), t.role_by_ending("アドバイザー")
        ('government', 'other', 'other')
        """
        endings = self._endings
        for k in range(min(len(title) - 1, 6), 1, -1):
            roles = endings.get(title[-k:])
            if roles is not None:
                return roles[0] if len(roles) == 1 else "other"
        return "other"

    @cached_property
    def _endings(self) -> dict[str, tuple[Role, ...]]:
        """Endings of two or more characters of the table's titles -> the roles of the titles
        that end so (each role once)."""
        out: dict[str, list[Role]] = {}
        for title, role in self.titles:
            for k in range(2, len(title) + 1):
                roles = out.setdefault(title[-k:], [])
                if role not in roles:
                    roles.append(role)
        return {k: tuple(v) for k, v in out.items()}

    def _lost_bracket(self, label: str) -> Speaker | None:
        """委員長佐々木克敏): a title, then the person, the opening bracket lost on the way (as a
        会議録検索 site renders ○委員長（佐々木克敏）). The title is the longest start that ends
        in a title of the table (議会事務局長田中一夫)).

        >>> t = load_roles()
        >>> sp = t.guess("委員長佐々木克敏)")
        >>> sp.name, sp.title, sp.role
        ('佐々木克敏', '委員長', 'chair')
        >>> t.guess("議事)"), t.guess("資料1)")
        (None, None)
        """
        inner = label[:-1]
        for k in range(min(len(inner) - 1, 12), 1, -1):
            sp = self.split(inner[:k])
            person = inner[k:]
            if sp is not None and _PERSON.match(person) and len(person) <= 8:
                return Speaker(label, person, inner[:k], sp.role)  # 議会事務局長: the whole start
        return None

    def _bracketed(self, label: str, out: str, inner: str, tail: str) -> Speaker | None:
        """A label with brackets: a qualifier (髙橋（清）委員), the person after a title
        (議長（川端宏明君）, 事務局（佐藤企画官）), the body a title speaks for
        (参考人（あおば県医師会）), what the turn is before its speaker (答弁（河川課長）), the
        office a named person holds (山田委員（副会長）: 山田, 副会長) or a qualifier of the
        title (住宅課政策監（耐震化担当）: no person).

        >>> t = load_roles()
        >>> [(s.name, s.title) for s in map(t.guess, ["参考人（あおば県医師会）"])], t.guess("議事（１）")
        ([('あおば県医師会', '参考人')], None)
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["山田委員（副会長）", "事務局（保育課長）", "司会（市民課長）"])]
        [('山田', '副会長', 'member'), ('', '保育課長', 'secretariat'), ('市民課長', '司会', 'secretariat')]
        """
        if tail:
            return self._qualified(label, out, inner, tail)
        if out[-1] in "ん様" and _AFFILIATION_NOTE.match(inner) and not any(w in inner for w in _NOT_SPEAKER):
            person = self.honoured(out)  # 山本さん（みどり台自治会長）: a person, where they come from
            return Speaker(label, person.name, person.title, person.role) if person is not None else None
        if not (_nameish(out, 30) or _KANA_TITLE.match(out) and self.split(out) is not None
                or _CEREMONY_ACT.fullmatch(out)):
            return None  # こども政策課長（山田）, 子育て支援課長（岡本里美君）: a unit named in kana
        if _QUALIFIER.search(inner):
            sp = self.split(out) or self.guess(out)  # out has no brackets: no recursion
            return Speaker(label, sp.name, sp.title, sp.role) if sp is not None else None
        return (self._acted_by(out, inner) or self._honoured_inside(label, out, inner) or self._affiliated(label, out, inner)
                or self._titled_inside(label, out, inner) or self._person_inside(label, out, inner))

    def _qualified(self, label: str, out: str, inner: str, tail: str) -> Speaker | None:
        """A label with a title after its brackets: a qualifier in the name (髙橋（清）委員), or a
        seat and the member's surname (３番（小室）委員: the surname, titled by the seat).

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["髙橋（清）委員", "３番（小室）委員"])]
        [('髙橋（清）', '委員', 'member'), ('小室', '３番', 'member')]
        """
        sp = self.split(out + tail)
        if sp is None or not _nameish(out, 8):
            return None
        if sp.role == "member" and (seated := _SEAT_PERSON.fullmatch(label[: len(label) - len(sp.title)])):
            return Speaker(label, seated["person"], seated["seat"], "member")  # ３番（小室）委員: the seat's member
        return Speaker(label, f"{sp.name}（{inner}）", sp.title, sp.role)

    def _acted_by(self, out: str, inner: str) -> Speaker | None:
        """The label names an act, then who does it in brackets (報告（岡野議員）, 補足（北川議員）,
        質問（住民Ａ）, 再質問（西田委員）): the person is the speaker, labelled as their own label is
        (岡野議員), so their report and their answer are one speaker's; the act is no speaker. None
        when the brackets name no one (答弁（河川課長）, 答弁（学校教育課指導監）: a post, read as before).

        >>> t = load_roles()
        >>> [(s.label, s.name, s.title) for s in map(t.guess, ["報告（岡野議員）", "質問（住民Ａ）", "補足(北川委員)"])]
        [('岡野議員', '岡野', '議員'), ('住民Ａ', 'Ａ', '住民'), ('北川委員', '北川', '委員')]
        """
        if _ACT_LABEL.fullmatch(out) is None and _CEREMONY_ACT.fullmatch(out) is None:
            return None
        sp = self.split(inner) or self.guess(inner) or self._post_then_person(inner)
        return sp if sp is not None and sp.name and not sp.name.endswith(UNIT_HEAD) else None

    def ceremony_speaker(self, raw: str) -> Speaker | None:
        """A label of a ceremony's act, then who does it in brackets, spaces as written
        (開会あいさつ（実行委員長　田村）, 来賓祝辞（みさき町議会議長小池））: that person (``_post_then_person``,
        else as ``_acted_by`` reads them); the act is no speaker. None for any other label."""
        m = _ACT_THEN_WHO.fullmatch(raw.strip())
        if m is None or _CEREMONY_ACT.fullmatch(m["act"]) is None:
            return None
        sp = self._post_then_person(m["who"]) or self._acted_by(m["act"], _SPACES_RUN.sub("", m["who"]))
        if sp is not None and m["act"].startswith("来賓"):
            return Speaker(sp.label, sp.name, sp.title, "other")  # a guest: whatever their post, no one of the meeting
        return sp

    def post_then_person(self, inner: str) -> Speaker | None:
        """``_post_then_person`` for the readers of other modules (headed.py: 市民協働課長富樫)."""
        return self._post_then_person(inner)

    def _post_then_person(self, inner: str) -> Speaker | None:
        """In an act's brackets, a post then the person: after a space (実行委員長　田村, 受賞者代表 松岡),
        or right after a title of the table (南部市長大森, みさき町議会議長小池 — as pdftotext joins a label
        it broke inside its bracket): the person, titled by the post, labelled post（person）.

        >>> t = load_roles()
        >>> [(s.label, s.name, s.title) for s in map(t._post_then_person, ["実行委員長　田村", "南部市長大森"])]
        [('実行委員長（田村）', '田村', '実行委員長'), ('南部市長（大森）', '大森', '南部市長')]
        """
        parts = _SPACES_RUN.split(inner.strip())
        if len(parts) == 2:
            post, name = parts
        else:
            cut = next((p for p in range(len(inner) - 2, 1, -1) if getattr(self.split(inner[:p]), "title", "")),
                       0)  # the longest head the table reads with a title: the post
            post, name = inner[:cut], inner[cut:]
        if not post or not 1 <= len(name) <= 4 or not _PERSON.match(name) or self.split(name) is not None:
            return None
        titled = self.split(post)  # a post the table holds as it is (実行委員長) keeps its role; one of
        # another body (南部市長, みさき町議会議長: a guest's) is other
        role = titled.role if titled is not None and titled.title == post else "other"
        return Speaker(f"{post}（{name}）", name, post, role)

    def _honoured_inside(self, label: str, out: str, inner: str) -> Speaker | None:
        """The brackets hold a person and a courtesy (議長（川端宏明君）); 議員 after the person
        is the one an assembly's record gives (議長（遠藤ゆかり議員）), not a title of its own
        (議長（北村評議員）: 評議員)."""
        for h in HONORIFIC + ("議員",):
            if h == "議員" and getattr(self.split(inner), "title", "") != "議員":
                continue
            if inner.endswith(h) and _PERSON.match(inner[: -len(h)].replace(" ", "").replace("\u3000", "")):
                title = _group_acting(out) or out  # Ａグループ発表（小松さん）: the act is no part of the title
                return Speaker(label, inner[: -len(h)], title, self.role_of(title))
        return None

    def _affiliated(self, label: str, out: str, inner: str) -> Speaker | None:
        """A person named with a title of the table, then where they come from in brackets —
        their university, company or body, a post held there (北原委員（あおば大学教授）,
        山田座長（東京大学大学院教授）, 南委員（あおば県商工会連合会副会長）), as national councils
        and prefectures print their members: the person and the title are the label's before
        the brackets. An office of the council alone in them (山田委員（副会長）) is the office
        held (``_titled_inside``); a note (佐藤委員（欠席）) names no speaker.

        >>> t = load_roles()
        >>> [(s.name, s.title, s.role) for s in map(t.guess, ["北原委員（あおば大学教授）",
        ...     "山田座長（東京大学大学院教授）", "南委員（あおば県商工会連合会副会長）"])]
        [('北原', '委員', 'member'), ('山田', '座長', 'chair'), ('南', '委員', 'member')]
        >>> t.guess("佐藤委員（欠席）"), t.guess("佐藤委員（代理：鈴木）")
        (None, None)
        """
        outer = self.split(out)
        if (outer is None or not outer.name or outer.title.startswith(UNIT_HEAD)
                or not _AFFILIATION_NOTE.match(inner) or any(w in inner for w in _NOT_SPEAKER)):
            return None  # 議事課長（今泉亮）: 議事 names the unit, the person is in the brackets
        if inner in self._title_set:
            return None  # 山田委員（副会長）: an office of the council held
        if _ANON_TAG.fullmatch(outer.name) and _KANJI_NAME.match(inner) and self.split(inner) is None:
            # 公述人１（須藤和也）, 委員Ａ（山田）: a number or a letter, then the person it stands for
            return Speaker(label, inner, outer.title, outer.role)
        return Speaker(label, outer.name, outer.title, outer.role)

    def _titled_inside(self, label: str, out: str, inner: str) -> Speaker | None:
        """The brackets hold a title of the table: the person after a title (事務局（佐藤企画官）,
        答弁（河川課長）, its qualifier nested), or the office a named person holds (山田委員（副会長））."""
        sp = self.split(inner) or (self.guess(inner) if inner[-1:] in ")）" else None)
        if sp is None:
            return None
        outer = self.split(out)
        if outer is not None and outer.name and not sp.name:
            return Speaker(label, outer.name, sp.title, sp.role)  # 山田委員（副会長）: the office held
        if outer is not None and out in _RUNS_THE_MEETING:
            # 司会（市民課長）: who runs the meeting, the official in brackets kept as the holder
            return Speaker(label, inner, out, outer.role)

        role = outer.role if outer is not None else sp.role
        if outer is None and not sp.name and _surname_before(out):
            # 戸田（ひなげし市建築住宅課長） 市の…: a surname, then the post they hold (a panel's record)
            return Speaker(label, out, sp.title, role)
        return Speaker(label, sp.name, sp.title, role)

    def _person_inside(self, label: str, out: str, inner: str) -> Speaker | None:
        """The brackets hold a person's name (委員長（高森洋介）) or whom a title speaks for
        (参考人（あおば県医師会）); not an item's number (議事（１）) or a note (会長（欠席）)."""
        if _NUMBERING.match(inner):
            return None  # 議事（１）: an item's number, no person
        if unit_word(inner) and not _office(out):
            # 事務局（企画課）, 説明員（土木事務所）: the unit speaks under the outer word, no person — the unit
            # is the post (as 事務局（保育課長） is); before, the unit was the speaker's name. A post one person
            # holds (議長（長谷部）, 会長（岡部）) names its holder in the brackets, whatever the name's ending
            outer = self.split(out)
            return Speaker(label, "", inner, outer.role if outer is not None else self.role_of(out))
        if (glued := _UNIT_THEN_PERSON.match(inner)) is not None and glued["person"][0] != "長" and unit_word(
                glued["unit"]) and not unit_word(glued["person"]) and self.split(glued["person"]) is None:
            # 事務局（企画課水野）: the unit, then the person with no space (as 事務局（企画課　水野） reads)
            return Speaker(label, glued["person"], out, self.role_of(out))
        if _nameish(inner, 8) or _PERSON.match(inner) and out[-1] in TITLE_END and not any(
                w in inner for w in _NOT_SPEAKER):
            # 会長（三上康之）, 職員（平野ゆかり）: a title, then the person without 君
            return Speaker(label, inner, out, self.role_of(out))
        outer = self.split(out)
        if (outer is not None and not outer.name and _AFFILIATION.match(inner)
                and not any(w in inner for w in _NOT_SPEAKER)):
            return Speaker(label, inner, out, outer.role)  # 参考人（あおば県医師会）: a title, then whose
        return None


# The tag an anonymised speaker gets after their title (委員Ａ, 委員１, 構成員B, 質問者②): one or
# two Latin letters or digits, full- or half-width, or one circled number
_CIRCLED = "".join(map(chr, range(0x2460, 0x2474)))  # ①…⑳
_ANON_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                        "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ０１２３４５６７８９"
                        + _CIRCLED)
_ANON_TAG = re.compile(rf"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９{_CIRCLED}])(?:[A-Za-zＡ-Ｚａ-ｚ0-9０-９]{{1,2}}|[{_CIRCLED}])$")
# A label read on its form alone: kanji, katakana, Latin or digits (no kana sentence), and
# the last character a title's (官 長 員 君 …). Words of the front matter are no speakers.
_NAMEISH = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a0-\u30ffー・A-Za-zＡ-Ｚａ-ｚ0-9０-９]+$")
#: the last characters of a title (…官, …長, …員, …氏)
TITLE_END = "官長員君氏者人事査問与表理佐臣監役使授師"
_NOT_SPEAKER = ("出席", "欠席", "日時", "場所", "議題", "資料", "次第", "事件", "予定", "記録", "名簿",
                "傍聴", "陪席", "説明員", "開会", "閉会")
# words that are a heading when they are the whole label (【議事】), not in a title (議事課長)
_NOT_LABEL = frozenset({"議事", "議事録", "議事概要", "議事要旨"})
#: a qualifier of a title in brackets, no person: （耐震化担当）, （総務課長兼務）, （事務取扱）
_KANA_TITLE = re.compile(r"^[\u3041-\u3096\u30a0-\u30ffー\u3400-\u9fff\uf900-\ufaff々]{2,20}$")
_QUALIFIER = re.compile(r"(?:担当|兼務|兼任|事務取扱|取扱い?|心得|併任|専任)$")
#: the honorifics after a name (君, 氏, さん)
HONORIFIC = ("君", "氏", "さん")
# a person's name before 君/さん/氏 (谷口ゆり君, 琴尾みさと君): kanji or katakana first, kana after
_PERSON = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々\u30a0-\u30ffー][\u3400-\u9fff\uf900-\ufaff々\u3041-\u309f\u30a0-\u30ffー]{0,9}$")
_SEAT = re.compile(r"[0-9０-９]{1,3}番")
#: a seat, then the member's surname in brackets, before their title (３番（小室）委員: 農業委員会 and
#: assemblies' committees name a member so)
_SEAT_PERSON = re.compile(r"(?P<seat>第?[0-9０-９]{1,3}番)[ \u3000]?[（(][ \u3000]?(?P<person>[\u3400-\u9fff\uf900-\ufaff々][\u3400-\u9fff\uf900-\ufaff々\u3041-\u309f\u30a0-\u30ffー]{0,5})[ \u3000]?[）)]")
#: a unit of a government named alone as a speaker (子育て支援課, 環境政策室, 保育係): kanji or
#: kana before the unit's word, no word of the front matter (出席, 資料 …)
#: (``text.UNIT_ALONE_ENDS``)
_UNIT_NAME = re.compile(r"^(?!.*(?:出席|欠席|資料|議題|次第|傍聴|事務局))[\u3400-\u9fff\uf900-\ufaff々ヶ\u3041-\u3096\u30a1-\u30faー]{1,14}"
                        rf"[{UNIT_ALONE_ENDS}]$")
#: a person kept anonymous by a letter (Ａさん, Bさん)
_LETTERS = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]{1,2}")
#: words a courtesy follows that name no one person who speaks (奥さん, お子さん, 娘さん)
_NOT_PERSONS = frozenset({"奥", "娘", "息子", "子", "子供", "子ども", "親御", "客", "先方", "上", "神", "仏"})
_KANJI = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]+$")
#: a person's name in kanji, surname and given name (須藤和也, 山田)
_KANJI_NAME = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々ヶ]{2,6}$")
#: words after a title that name an act or an item, not the person (会長挨拶, 委員長報告)
_NOT_PERSON_WORDS = ("挨拶", "報告", "選出", "選任", "互選", "指名", "説明", "提案", "発言", "一任",
                     "代理", "職務", "会議", "不在", "欠席", "出席", "就任", "退任")
#: the kinds of question an assembly's order of business names before 質問 (一般質問, 代表質問, 緊急質問,
#: 関連質問, 市政一般質問, 会派代表質問): a word for a kind of business, neither a person nor a post
#: (質問 alone stays a title: a summary's （質問）…（回答）)
_QUESTION_KIND = re.compile(rf"(?:[{PLACE_ENDS}]政|国政)?(?:一般|代表|緊急|関連|総括|補充|追加|個人|会派代表|通告|再|再々)質問")


def business_word(label: str) -> bool:
    """A word for a kind of business an assembly's order of business names (一般質問, 代表質問,
    市政一般質問), which a label's form reads as a name before a title (一般 + 質問): neither a person
    nor a post. The other words of business (質疑, 討論, 採決, 報告, 議案第３号) end in no title.

    >>> business_word("一般質問"), business_word("代表質問"), business_word("質問"), business_word("山田質問")
    (True, True, False, False)
    """
    return label.endswith("質問") and _QUESTION_KIND.fullmatch(label) is not None


#: who speaks for a party at a hearing (代理人, 補佐人) or for a group (代表, 代表者), and how the
#: party's or the group's noun before them ends (処分者, 参加人, 処分庁, 相手方, 住民, 民生委員,
#: 消防団, 町内会, 行政側, Ａ地区, ２班): that noun is the title's, not a surname (処分者代理人, 地権者代表)
_AGENT_TITLES = frozenset(("代理人", "補佐人"))
#: who speaks for a group, read when the label ends so and the table knows no title of it (no title
#: of the table: 代表理事組合長高瀬修一 in a narrated record is no act of a 代表)
GROUP_VOICES = ("代表者", "代表")
_PARTY_END = frozenset("人者庁方民員団会側区班組")
_NUMBERING = re.compile(r"^[0-9０-９一二三四五六七八九十]{1,3}$")
#: what may end an office's name after other words (創生課, 都市整備局): with the vocabulary of
#: offices (``offices:`` in assembler/data/roles.yaml, ``RoleTable.offices``), where an office starts
#: — 課 and 局 of ``text.UNIT_ENDS`` only, on purpose: a surname ends in 部 or 室 (阿部課長, 氷室課長)
_OFFICE_END = r"|(?<=.)[課局]$"
#: a stem no surname is written in: kana, katakana or Latin letters (スポーツ振興, ＩＣＴ推進, みどり土木事務)
_NOT_SURNAME = re.compile(r"[\u3041-\u3096\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]")
_KANJI_LEAD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]+(?=[\u3041-\u3096\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ])")
#: a place before an office (桜台市観光課長, あおば県土木部長): no person
#: (``text.PLACE_ENDS`` parted by the shortest name before each end, two characters before 市, 町, 村, 区, one
#: before 県, 都, 府; 道 left out on purpose: 水道, 県道, 報道 end so before a unit's head — 水道課長 is no place's office)
_PLACE = re.compile(r"(?:..[市町村区]|.[県都府])$")
#: a unit's head (課長, 部長, 室長 …): what stands before the title names the unit, not a person
UNIT_HEAD = tuple(UNIT_ENDS)
#: the heads of an administration's units a ministry's or a city's post runs through (省, 庁, 局, 部, 課, 室): a
#: ministry's, an agency's, and ``text.UNIT_ENDS`` but 所, 班 and 係 (roles20's set, spelled from the home)
_RUN_HEADS = "省庁" + "".join(c for c in UNIT_ENDS if c not in "所班係")
_UNIT_HEADS = frozenset(_RUN_HEADS)
#: units glued before a surname (国土局住宅部|北条, 環境局|松浦): three characters or more ending in a unit's head,
#: then a surname of two or three kanji holding no unit's head but 部 (阿部, 長谷部; one would be a word's last: 北部病|院長)
_UNITS_THEN_PERSON = re.compile(rf"^(?P<units>[\u4e00-\u9fff々ヶ]{{2,14}}?[{_RUN_HEADS}])"
                                rf"(?P<person>[\u4e00-\u9fff々][\u4e00-\u9fff々]{{1,2}}(?<![{_RUN_HEADS.replace('部', '')}]))$")
#: the head of a body of residents (自治会長, 町内会長, 連合会長): a place before it is the body's
_BODY_HEAD = ("会長",)
#: where a named member comes from, in brackets: a body, a post there (no sentence, no colon)
_AFFILIATION_NOTE = re.compile(r"^[^、。，,「」：:\s\u3000]{2,30}$")
# who a title speaks for: an organisation's name, no sentence (no punctuation, at most 20)
_AFFILIATION = re.compile(r"^[^、。，,「」\s\u3000]{2,20}$")


#: a surname alone before a bracketed post: two to four kanji, no title's, unit's or place's ending,
#: no act or group (答弁（河川課長）, 当局（財政課長）, 保健所（…課長）)
_SURNAME_ALONE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々ヶ]{2,4}$")
#: (a post's, a unit's, a place's that no surname shares — 中村, 大町 are surnames: text's homes; a nation's, a
#: body's, a side's beside them)
_NOT_SURNAME_ENDS = tuple(TITLE_END + UNIT_ENDS + PLACE_ONLY_ENDS + "国会団省庁側")
_GROUP_WORDS = re.compile(r"事務局|事務方|説明|執行|理事者|政府|当局|答弁|質問|質疑|回答|補足|報告|意見|発言|要望|挨拶|進行|司会")


#: an act a label names before who does it in brackets (報告（…）, 補足（…）, 再質問（…）)
#: an act of a ceremony or an event before the person in brackets (◎開会あいさつ（実行委員長　田村）, ◎来賓祝辞（…）,
#: ●開式のことば（…）, ◎謝辞（…）)
#: the nouns of a ceremony's words (headed.py reads them as acts too)
CEREMONY_WORDS = ("あいさつ", "挨拶", "ことば", "言葉", "祝辞", "謝辞", "式辞", "告辞")
_CEREMONY_ACT = re.compile(rf"(?:開会|閉会|開式|閉式|来賓|主催者|歓迎|御礼|お礼)?の?(?:{'|'.join(CEREMONY_WORDS)})")
_ACT_THEN_WHO = re.compile(r"(?P<act>[^（(\s\u3000]+)[（(](?P<who>[^（）()]+)[）)]")
_SPACES_RUN = re.compile(r"[\s\u3000]+")
_ACT_LABEL = re.compile(r"(?:再々?|追加|関連)?(?:報告|補足|質問|質疑|回答|答弁|説明|意見|発言|要望|提案|答申|挨拶|あいさつ)")


#: a group of a workshop, then its act (Ａグループ発表, ２班報告, 第１分科会報告): the group
_GROUP_ACT = re.compile(rf"(?P<group>[^\s\u3000（()）]{{0,8}}(?:グループ|班|チーム|分科会|ブース)[A-Za-zＡ-Ｚａ-ｚ0-9０-９]{{0,2}})"
                        rf"(?:{'|'.join(SPEECH_WORDS)})")


def _group_acting(out: str) -> str | None:
    """The group before a workshop's act in a label (Ａグループ発表 -> Ａグループ), or None.

    >>> [_group_acting(w) for w in ("Ａグループ発表", "第１分科会報告", "班長", "報告")]
    ['Ａグループ', '第１分科会', None, None]
    """
    m = _GROUP_ACT.fullmatch(out)
    return m["group"] if m is not None else None


def _surname_before(out: str) -> bool:
    """``out`` (the words before a bracketed post) has the form of a surname alone (戸田, 長谷川).

    >>> [_surname_before(w) for w in ("戸田", "長谷川", "答弁", "当局", "保健所", "説明員", "市")]
    [True, True, False, False, False, False, False]
    >>> [_surname_before(w) for w in ("中村", "大町", "さくら市", "港区", "青森県")]
    [True, True, False, False, False]
    """
    return (_SURNAME_ALONE.match(out) is not None and not out.endswith(_NOT_SURNAME_ENDS)
            and _GROUP_WORDS.search(out) is None)


def after_unit(name: str) -> str | None:
    """The surname after a unit's name and a space, before a title (``市民活動センター　山本``所長,
    ``みどり土木事務所　伊藤``次長): the person is 山本, the unit only where they work; None for
    anything else (a name with a space inside it, 山田　太郎).

    >>> after_unit("市民活動センター\u3000山本"), after_unit("こども未来部保育課 佐藤"), after_unit("山田\u3000太郎")
    ('山本', '佐藤', None)
    """
    unit, _, person = name.strip().replace(" ", "\u3000").rpartition("\u3000")
    unit = unit.strip()
    if not unit or not 1 <= len(person) <= 4 or not _PERSON.match(person) or not _UNIT_LABEL.search(unit):
        return None
    return person


#: a unit's name in a label's brackets: the unit's word after two characters or more (企画課, 総務部,
#: 情報政策室, 管理係), or a centre, an office, a branch (地域振興センター, 土木事務所, 北支所). One character
#: before 部, 室 or 所 is a surname's (阿部, 氷室, 田所); a surname of three (長谷部) reads as a unit here, the
#: record's roll saying otherwise (``listed_person``)
_UNIT_IN_BRACKETS = re.compile(rf"^[^\s\u3000、。，,（）()「」]{{2,20}}(?:[{UNIT_ENDS}]|センター)$"
                               r"|^[^\s\u3000、。，,（）()「」]{1,20}(?:センター|事務所|本部|支所)$")


#: a unit's name, then a surname of kanji with no space (企画課水野, 地域振興センター北原): not after …部, which a
#: surname may end in (長谷部修一 is one person), nor a head's title (企画課長水野: 長 is no surname's start)
#: (``text.UNIT_ENDS`` but 部 and 所, on purpose: a surname ends so, 長谷部, 田所 — 事務所 by its word)
_UNIT_THEN_PERSON = re.compile(rf"^(?P<unit>.{{2,16}}?(?:[{''.join(c for c in UNIT_ENDS if c not in '部所')}]|センター|事務所))"
                               r"(?P<person>[\u3400-\u9fff\uf900-\ufaff々ヶ]{1,4})$")


def unit_word(inner: str) -> bool:
    """The words in a label's brackets name a unit of an administration, not a person.

    >>> [unit_word(w) for w in ("企画課", "総務部", "地域振興センター", "土木事務所", "阿部", "氷室", "水野", "水野課長")]
    [True, True, True, True, False, False, False, False]
    """
    return _UNIT_IN_BRACKETS.match(inner) is not None and not inner.endswith(("課長", "室長", "部長", "局長", "係長", "所長"))


def _bracket_parts(label: str) -> tuple[str, str, str] | None:
    """``out（inner）tail`` of a label, the first bracket closed where it balances (half- and
    full-width alike), so the inner part may hold brackets of its own; None when the label
    starts with a bracket, leaves one open, or has brackets after the first pair.

    >>> _bracket_parts("答弁（住宅課政策監(耐震化担当)）"), _bracket_parts("髙橋（清）委員"), _bracket_parts("３番（田")
    (('答弁', '住宅課政策監(耐震化担当)', ''), ('髙橋', '清', '委員'), None)
    """
    start = min((i for i in (label.find("（"), label.find("(")) if i >= 0), default=-1)
    if start <= 0:
        return None
    depth = 0
    for j in range(start, len(label)):
        c = label[j]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth == 0:
                out, inner, tail = label[:start], label[start + 1:j], label[j + 1:]
                if not inner or any(ch in "（()）" for ch in out + tail):
                    return None
                return out, inner, tail
    return None


def _nameish(text: str, most: int = 12) -> bool:
    return 1 <= len(text) <= most and bool(_NAMEISH.match(text)) and text not in _NOT_LABEL and not any(
        w in text for w in _NOT_SPEAKER)


def _office_word(offices: tuple[str, ...]) -> re.Pattern[str]:
    """The offices' words as one search, the longest first (a user's words taken literally)."""
    return re.compile("|".join(map(re.escape, sorted(offices, key=len, reverse=True))) + _OFFICE_END)


def _office_start(stem: str, title: str = "課長", office_word: re.Pattern[str] | None = None) -> int | None:
    """Where an office's name starts in what stands before a title (観光戦略|課長,
    山田|政策企画|課長, 福祉部|次長, 子育て支援|課長): the office is part of the title, never the
    surname. None when no office is named there (田中|課長, 関|委員長).

    The office starts at the first word of the vocabulary of offices (``RoleTable.office_word``:
    ``offices:`` in roles.yaml and a user's role file; the built-in table's when none is given), or
    at a 課 or 局 ending the stem (a surname ends in 部 or 室: 阿部課長, 氷室課長); what stands before it is the person's name, when it
    reads as one (one to three kanji, not a place: 桜台市観光 is all office); a stem in kana,
    katakana or Latin letters with no such word is an office's before a unit's head (スポーツ振興
    課長, ＩＣＴ推進室長; not あおば町長: a place's head, read as before).

    >>> [_office_start(s) for s in ("観光戦略", "山田政策企画", "福祉部", "子育て支援", "田中", "森観光ＭＩＣＥ推進")]
    [0, 2, 0, 0, None, 1]
    >>> [_office_start(s) for s in ("桜台市観光", "中島市民", "関", "みどり土木事務", "阿部", "創生課")]
    [0, 2, None, 0, None, 0]
    >>> [_office_start(s) for s in ("北村ニュータウン推進", "あおば県観光", "子育て支援")]
    [2, 0, 0]
    >>> [_office_start(s) for s in ("水環境", "北村水環境", "清水環境", "佐々木水環境", "森観光推進", "市街地整備")]
    [0, 2, 2, 3, 1, 0]
    >>> [_office_start(s, t) for s, t in (("みどり台", "町内会長"), ("北地区", "自治会長"), ("田中", "自治会長"))]
    [0, 0, None]
    """
    if not stem:
        return None
    ow = office_word or load_roles().office_word
    found = ow.search(stem)
    if found is None:
        if title.endswith(_BODY_HEAD) and len(stem) >= 2 and (_NOT_SURNAME.search(stem) or _PLACE.search(stem)):
            return 0  # みどり台|町内会長, 北地区|自治会長: the body's place, no surname
        return 0 if title.startswith(UNIT_HEAD) and _NOT_SURNAME.search(stem) and len(stem) >= 2 else None
    start = _overlap_start(stem, found, ow)
    person = stem[:start]
    if person and not _KANJI.match(person):
        # 富澤ロケ誘致推進, 阿部みなとリサイクル清掃: the name is the kanji before the kana
        lead = _KANJI_LEAD.match(person)
        return lead.end() if lead is not None and lead.end() <= 4 else 0
    if not person or len(person) > 3 or _PLACE.search(person):
        return 0  # 資源循環|経済課長: four kanji before a word of offices are an office's too
    return start


def _overlap_start(stem: str, found: re.Match[str], ow: re.Pattern[str]) -> int:
    """Where the office starts in ``stem``, its first word ``found``: where the words of offices overlap
    where a surname would end (清|水環境 or 清水|環境, 北村水|環境 or 北村|水環境), at the third character —
    the surname of two characters, the commonest (森|観光, 佐々木|水環境: no word starts there).

    >>> ow = load_roles().office_word
    >>> [_overlap_start(s, ow.search(s), ow) for s in ("清水環境", "北村水環境", "森観光推進", "佐々木水環境")]
    [2, 2, 1, 3]
    """
    start = found.start()
    if start in (1, 3) and _KANJI.match(stem[:start]) and found.end() > 2 and ow.match(stem, 2) is not None:
        return 2
    return start


def _split_unknown(label: str) -> tuple[str, str]:
    """名前 and 肩書 of a label whose title is unknown: a surname is mostly two characters."""
    cut = 3 if len(label) >= 5 else 2 if len(label) >= 3 else len(label)
    return label[: len(label) - cut], label[len(label) - cut:]


class _RoleFile(TypedDict):
    """A role table file, checked: title -> role, the words that belong to a title, the words
    offices are named by."""

    titles: dict[str, Role]
    prefixes: list[str]
    offices: list[str]


def _load_role_yaml(text: str, source: str) -> _RoleFile:
    data = load_yaml_text(text, source) or {}
    if not isinstance(data, dict):
        raise ConfigError(_("expected a mapping with 'titles' and 'prefixes'"), file=source)
    for k in data:
        if k not in ("titles", "prefixes", "offices"):
            raise ConfigError(_("{k}: unknown key; expected 'titles', 'prefixes' or 'offices'").format(k=k),
                              file=source)
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
    offices = data.get("offices") or []
    if not isinstance(offices, list) or not all(isinstance(w, str) and w for w in offices):
        raise ConfigError(_("offices: expected a list of words"), file=source)
    return {"titles": checked, "prefixes": prefixes, "offices": offices}

@lru_cache(maxsize=None)
def _builtin_roles() -> _RoleFile:
    text = packaged("data").joinpath("roles.yaml").read_text(encoding="utf-8")
    return _load_role_yaml(text, "assembler/data/roles.yaml")

def load_roles(extra: str | Path | None = None) -> RoleTable:
    """The built-in role table, extended (and overridden) by a user's YAML file."""
    base = _builtin_roles()
    titles = dict(base["titles"])
    prefixes = list(base["prefixes"])
    offices = list(base["offices"])
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
        offices = list(dict.fromkeys(offices + user["offices"]))
    ordered = tuple(sorted(titles.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return RoleTable(titles=ordered, prefixes=tuple(sorted(prefixes, key=len, reverse=True)), offices=tuple(offices))


# --- roles read from the minutes, not from the title alone -----------------------------------
#
# Two kinds of speaker get their role from what the minutes show:
#
# * A deputy of the chair (副委員長, 委員長代理, 座長代理, 副会長 …) is the chair only while
#   presiding: from a procedural turn that runs the sitting (opens, closes, puts the agenda,
#   takes the chair, gives the floor, names the next speaker, puts the question) until the chair
#   proper speaks again or the deputy addresses the chair (「委員長、一点よろしいでしょうか」);
#   otherwise, and in every turn that gives an opinion, a member.
# * An official (課長, 部長, 参事官, 企画官 … whose table role is government or secretariat, and
#   whose label does not say 事務局) is the secretariat when the minutes show them running the
#   meeting and government when they answer or present policy: first the attendance list (a
#   group named 事務局, or one of the executive: 説明員, 説明のため出席した者, 執行部 …), then in
#   an assembly's record (labels such as 部長（上原健司君）) the 議会事務局 alone is the
#   secretariat, then their turns: a turn that opens, closes, checks papers, attendance, the
#   schedule or the record, or gives the floor, or answers the chair's call to 事務局.

_OFFICIAL = re.compile(rf"(?:[{UNIT_ALONE_ENDS}]|担当|課長|部長|局長|室長|次長|参事|参事官|審議官|企画官|調査官|計画官|専門官|管理官|調整官"
                       r"|技官|補佐|係長|主任|主幹|課長代理|統括官|官房長|監|所長|センター長|職員)$")
# (not the sitting's business: 「以上で説明を終わります」 ends one's own explanation)
_RUNS_MEETING = frozenset({"opening", "closing", "materials", "attendance", "schedule", "record", "floor",
                           "agenda", "nomination", "connection"})
_PRESIDING = frozenset({"opening", "closing", "agenda", "business", "floor", "nomination", "confirmation"})
_SECRETARIAT_GROUP = re.compile(r"事務局|事務方")
_EXECUTIVE_GROUP = re.compile(r"説明員|説明のため|執行部|理事者|政府|省庁|府省|オブザーバー|説明者|当局|出席説明")
_ASSEMBLY_LABEL = re.compile(r"[（(][^（）()]*(?:君|議員)[）)]$")
_ASSEMBLY_OFFICE = re.compile(r"議会|議事|事務局|書記")
#: an office of an assembly's own secretariat (議会事務局), wherever its official speaks:
#: 議事課長, 議会事務局次長, 議事係長, 議事調査課長, 政務調査課長 (not 議事録, the record)
_ASSEMBLY_SECRETARIAT = re.compile(rf"議会事務局|議事(?:調査)?(?:[{UNIT_ALONE_ENDS}]|担当)|政務調査[{UNIT_ALONE_ENDS}]|書記")
#: in an assembly's record, a title of the secretariat's other offices (調査課, 庶務係)
_ASSEMBLY_UNIT = re.compile(rf"^(?:調査|庶務)[{UNIT_ALONE_ENDS}]")
_SEAT_LABEL = re.compile(r"^[0-9０-９]{1,3}番")
_ADDRESSES_CHAIR = re.compile(r"^(?:委員長|議長|座長|会長|部会長|分科会長|主査)[、，]")
_DEPUTY = re.compile(r"^副(?P<a>.+)$|^(?P<b>.+?)(?:代理|代行)$")
_HEADING = re.compile(r"^[0-9０-９一二三四五六七八九十]*[．.、]?(?P<heading>\S*(?:職員|出席者|出席した者))$")
#: the head of a body who presides over a board of it: 教育長 (board of education), 市長・町長・
#: 知事 (総合教育会議) — government when answering elsewhere, the chair where they preside
_HEAD = re.compile(r"(?:教育長|市長|町長|村長|区長|知事)$")
#: an 行政委員会 (a board of the executive with its own officials: 教育委員会, 農業委員会,
#: 選挙管理委員会 …), not an assembly's committee that hears it (…議会文教委員会)
_ADMIN_BOARD = re.compile(r"^(?!.*議会).*(?:教育|農業|選挙管理|人事|公平|監査|収用|労働|海区漁業調整"
                          r"|内水面漁場管理|固定資産評価審査)委員会")
#: an assembly and its sittings (…市議会, 常任委員会, 本会議, 定例会): the executive answers it
_ASSEMBLY_BODY = re.compile(rf"[{PLACE_ENDS}]議会|議会運営|常任委員会|特別委員会|本会議|定例会|臨時会|予算委員会|決算委員会")
#: an advisory body a local government holds (あおば町都市計画審議会, みどり市地域公共交通協議会,
#: ○○県環境審議会): its name opens with the place (…都, 道, 府, 県, 市, 区, 町, 村) after the
#: year or the session, and names a council, not an assembly
_LOCAL_PLACE = re.compile(r"^(?:(?:令和|平成|昭和)?[0-9０-９元一二三四五六七八九十]+年度?)?[\s\u3000]*"
                          r"(?:第[0-9０-９一二三四五六七八九十]+(?:回|期))?[\s\u3000]*"
                          rf"(?P<place>[\u3400-\u9fff々ヶ\u3041-\u3096\u30a1-\u30faー]{{1,6}}?[{PLACE_ENDS}])")
_NOT_PLACE = frozenset({"都市", "地区", "特区", "全県", "各市", "全市", "全町", "市町村", "都道府県", "区市町村"})
_ADVISORY = re.compile(r"審議会|協議会|懇談会|懇話会|検討会|検討委員会|推進委員会|会議|審査会|研究会|部会|分科会")
_LEADING_GROUP = re.compile(r"^[0-9０-９一二三四五六七八九十]+[．.、]?[\s\u3000]*(?P<heading>\S*(?:事務局|職員|出席者))"
                            r"[\s\u3000]+(?P<rest>\S.*)$")
_CALLS_SECRETARIAT = re.compile(r"事務局(?:から|より|の方から|の方に|に|さん|[、，\s\u3000])")


def acts_of(kind_why: str) -> frozenset[str]:
    """The acts named in a point's kind evidence (``thanks + floor + substantive: …``)."""
    return frozenset(part.partition(":")[0].strip() for part in kind_why.split(" + "))


def settle_roles(points: Sequence[Point], attendees: Sequence[AttendeeGroup], table: RoleTable,
                 body: str = "") -> list[Point]:
    """The points with the role of deputies, officials and a presiding head read from the
    minutes (see above), the evidence in ``role_why``. ``body`` is the council's name (an
    行政委員会's own officials are its secretariat)."""
    if any(p.speaker.role == "other" and not p.speaker.title for p in points):
        points = _listed_bodies(points, attendees, table)
    officials = _officials(points, attendees, body)
    head = _presiding_head(points)
    presiding: dict[str, int] = {}  # the deputy presiding: label -> the line they took the chair
    deputy: dict[str, bool] = {}  # by title: a file has few titles and many points
    # no chair proper speaks: a deputy who runs the sitting holds the chair all day
    sole = head is None and not any(p.speaker.role == "chair" and not _is_deputy(p.speaker.title, table) for p in points)
    out: list[Point] = []
    for p in points:
        sp = p.speaker
        role: Role
        if sp.title not in deputy:
            deputy[sp.title] = _is_deputy(sp.title, table)
        if head is not None and sp.label == head[0]:
            role, why = "chair", head[1]
        elif sp.label in officials:
            role, why = officials[sp.label]
        elif deputy[sp.title]:
            role, why = _deputy_turn(p, presiding, sole)
        else:
            if sp.role == "chair":
                presiding.clear()  # the chair proper is back
            out.append(p)
            continue
        out.append(replace(p, speaker=replace(sp, role=role), role_why=why))
    return out


def _officials(points: Sequence[Point], attendees: Sequence[AttendeeGroup], body: str) -> dict[str, tuple[Role, str]]:
    """The role of each official for the whole meeting (``_official_roles``), and of each speaker
    titled by a grade the record lists among the secretariat (``graded_staff``: 主査), by label."""
    own = _own_officials(body)
    officials = (_official_roles(points, attendees, own, body)
                 if any(_is_official(p.speaker) or own is not None and _local_body(p.speaker) for p in points)
                 else {})
    if any(p.speaker.title in GRADE_TITLES for p in points):
        # 主査 listed among the secretariat: a staff grade
        officials.update((label, ("secretariat", why)) for label, why in graded_staff(points, attendees).items())
    return officials


#: a group of the attendee list that names the bodies a council is made of (構成団体, 構成機関)
_MEMBER_BODIES = re.compile(r"^(?:出席)?構成(?:団体|機関)")


def _listed_bodies(points: Sequence[Point], attendees: Sequence[AttendeeGroup], table: RoleTable) -> Sequence[Point]:
    """The points of a body (a speaker named by the body alone: ``（北部医師会）``, ``＜看護協会＞``,
    role ``other``) that the attendee list names among the council's members (``構成員：北部医師会、
    市消防本部``, ``構成団体``; the body alone, or before the person who came for it): a member of
    the council, the list's line as evidence. A body listed elsewhere, or not at all, stays a guest.

    >>> from assembler.model import Point, SourceSpan, Speaker
    >>> p = Point.made("m_1", "m", Speaker("北部医師会", "北部医師会", "", "other"), "opinion", "…",
    ...                SourceSpan("x", 3, 3), kind_why="", role_why="", speaker_why="", narration="")
    >>> g = [AttendeeGroup("構成員", ("北部医師会　会長　山田", "看護協会")), AttendeeGroup("オブザーバー", ("港湾事務所",))]
    >>> [(q.speaker.role, q.role_why) for q in _listed_bodies([p], g, load_roles())]
    [('member', 'listed among the 構成員 of the attendee list')]
    """
    listed: dict[str, str] = {}
    for group in attendees:
        kind = table.split(group.group)
        if not (kind is not None and kind.role == "member" or _MEMBER_BODIES.match(group.group)):
            continue
        for entry in group.names:
            listed.setdefault(_SPACES.split(entry.strip())[0].split("（")[0].split("(")[0], group.group)
    out: list[Point] = []
    for p in points:
        sp = p.speaker
        under = listed.get(_listed_as(sp)) if sp.role == "other" else None
        out.append(p if under is None else replace(
            p, speaker=replace(sp, role="member"), role_why=f"listed among the {under} of the attendee list"))
    return out


def _listed_as(sp: Speaker) -> str:
    """The body a speaker speaks as: the body alone (北部医師会), or the body before the person who
    came for it (北部医師会（山田委員）, as ``furniture.body_speaker`` labels them); "" for anyone else."""
    if not sp.title and sp.name == sp.label:
        return sp.name
    org, bracket, _ = sp.label.partition("（")
    return org if bracket and sp.label.endswith("）") else ""


#: the part someone plays in running the meeting, whoever holds it (司会（市民課長）: 司会)
_RUNS_THE_MEETING = frozenset({"司会", "司会者", "進行", "進行役", "ファシリテーター"})
#: a person of the public named politely, の方 after the word (住民の方（男性）, 参加者の方Ａ)
_POLITE_PERSON = re.compile(r"^(?P<who>[\u3400-\u9fff々]{2,4})の方(?=$|[（(A-Za-zＡ-Ｚａ-ｚ0-9０-９])")
_HONORIFIC_END = re.compile(r"(?:君|氏|さん|様)$")
#: a seat's number before a member's name (１０番　川端　宏明)
_SEAT_BEFORE = re.compile(r"^[0-9０-９]{1,3}番[ \u3000]*")
#: a word of a name, then the office its person holds in brackets (宏明（議長）)
_NAME_THEN_OFFICE = re.compile(r"^(?P<name>[^（()）]{1,20}?)[（(](?P<title>[^（()）]{2,10})[）)]$")
_BRACKET_TITLE = re.compile(r"^[【［\[（(〔](?P<title>[^】］\]）)〕]{1,12})[】］\]）)〕](?P<rest>.*)$")


def _office(title: str) -> bool:
    """A title one person holds (委員長, 副会長, 座長代理, 総務課長, 主査: a working group's chair or the
    secretariat's grade, ``GRADE_TITLES``), not one many hold (委員)."""
    return title.endswith("長") or "代理" in title or title in GRADE_TITLES


def attendee_holders(attendees: Sequence[AttendeeGroup], table: RoleTable) -> dict[str, str | None]:
    """Who holds each office by the attendee list: a title of the role table and a name in
    one entry, either way round (``委員長　山田花子``, ``林正男 会長``, ``【分科会長】水野``), or as
    the record's labels write it (``浜口会長``), or in entries of their own (``_holders_apart``);
    None for a title listed with two people.

    >>> t = load_roles()
    >>> attendee_holders([AttendeeGroup("出席委員", ("委員長\u3000山田花子", "副委員長 北川誠",
    ...     "委員\u3000南田修", "林正男 会長", "【分科会長】水野", "係長 今井", "係長 小野"))], t)
    {'委員長': '山田花子', '副委員長': '北川誠', '会長': '林正男', '分科会長': '水野', '係長': None}
    >>> attendee_holders([AttendeeGroup("委員", ("浜口会長", "杉浦副会長", "関谷委員"))], t)
    {'会長': '浜口', '副会長': '杉浦'}
    """
    held: dict[str, str | None] = {}
    for group in attendees:
        for part in (p for entry in group.names for p in _parts(entry.strip(), table)):
            found = _title_and_name(part, table) or _labelled(part, table)
            if found is None or not _office(found[0]):
                continue
            title, name = found
            held[title] = name if held.get(title, name) == name else None
        for office, holder in _holders_apart(group.names, table).items():
            if office not in held:
                held[office] = holder
    return held


def _labelled(entry: str, table: RoleTable) -> tuple[str, str] | None:
    """An entry written as the record's labels are (浜口会長, 杉浦副会長): its title and surname.

    >>> _labelled("浜口会長", load_roles()), _labelled("観光戦略課長", load_roles())
    (('会長', '浜口'), None)
    """
    sp = table.split(_SPACES.sub("", entry))
    if sp is None or not sp.name or len(sp.name) > 5 or not _PERSON.match(sp.name):
        return None
    return sp.title, sp.name


def _holders_apart(names: Sequence[str], table: RoleTable) -> dict[str, str | None]:
    """Who holds an office where the list's columns put the title and the person's name in
    entries of their own, as pdftotext's wide spaces part them (``議長`` / ``川端`` / ``宏明``,
    ``町`` / ``長`` / ``岸本`` / ``和之``, ``６番`` / ``川端`` / ``宏明（議長）``): the words read in
    turn, a title spelled a character apart joined, the person the one or two words of a name
    after the title, or before the office in brackets back to the seat's number.

    >>> t = load_roles()
    >>> _holders_apart(["６番", "川端", "宏明（議長）", "町", "長", "岸本", "和之", "会長", "川島委員"], t)
    {'議長': '川端宏明', '町長': '岸本和之'}
    """
    words = _joined_titles([w for n in names for w in _SPACES.split(n.strip()) if w], table)
    out: dict[str, str | None] = {}
    for k, word in enumerate(words):
        bracket = _NAME_THEN_OFFICE.match(word)
        if bracket is not None and _bare_title(bracket["title"], table) and _office(bracket["title"]):
            before: list[str] = []
            for w in reversed(words[max(0, k - 1):k]):  # 川端 before 宏明（議長）: back to the seat
                if _name_word(w, table):
                    before.insert(0, w)
            name = "".join([*before, bracket["name"]]) if _name_word(bracket["name"], table) else ""
            title = bracket["title"]
        elif _bare_title(word, table) and _office(word):
            after: list[str] = []
            for w in words[k + 1:k + 3]:
                if not _name_word(w, table):
                    break
                after.append(w)
            name, title = "".join(after), word
        else:
            continue
        if name:
            out[title] = name if out.get(title, name) == name else None
    return out


def _name_word(word: str, table: RoleTable) -> bool:
    """A word of a person's name in a list: kanji or kana, no title, no seat, no bracket."""
    return bool(_PERSON.match(word)) and len(word) <= 6 and table.split(word) is None and table.guess(word) is None


def _joined_titles(words: list[str], table: RoleTable) -> list[str]:
    """Single characters in a row that spell a title of the table joined (町 長 → 町長)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        for n in (4, 3, 2):
            run = words[k:k + n]
            if len(run) == n and all(len(w) == 1 for w in run) and _bare_title("".join(run), table):
                out.append("".join(run))
                k += n
                break
        else:
            out.append(words[k])
            k += 1
    return out


def _title_and_name(entry: str, table: RoleTable) -> tuple[str, str] | None:
    """An attendee entry's title and name, when it has both as words of their own."""
    m = _BRACKET_TITLE.match(entry)
    words = [m["title"], m["rest"]] if m else _SPACES.split(entry)
    words = [w for w in words if w]
    if len(words) < 2:
        return None
    for title, name in ((words[0], "".join(words[1:])), (words[-1], "".join(words[:-1]))):
        sp = table.split(title)
        if sp is not None and not sp.name and sp.title == title:
            name = _HONORIFIC_END.sub("", _SEAT_BEFORE.sub("", name))  # 議長　１０番　川端　宏明
            other = table.split(name) if name else None
            return (title, name) if name and (other is None or other.name) else None  # not two titles
    return None


def _parts(entry: str, table: RoleTable) -> list[str]:
    """An attendee entry that lists several people each after their title (``書記長　片桐　亮　　書記
    　福永　舞``), one part a person; any other entry whole.

    >>> _parts("書記長\u3000片桐\u3000亮\u3000\u3000書記\u3000福永\u3000舞", load_roles())
    ['書記長 片桐 亮', '書記 福永 舞']
    >>> _parts("委員長\u3000山田花子", load_roles()), _parts("林正男 会長", load_roles())
    (['委員長\u3000山田花子'], ['林正男 会長'])
    """
    words = [w for w in _SPACES.split(entry) if w]
    titles = [k for k, w in enumerate(words) if _bare_title(w, table)]
    if len(titles) < 2 or titles[0] != 0 or any(b - a < 2 for a, b in zip(titles, titles[1:])):
        return [entry]
    return [" ".join(words[a:b]) for a, b in zip(titles, [*titles[1:], len(words)])]


def _bare_title(word: str, table: RoleTable) -> bool:
    sp = table.split(word)
    return sp is not None and not sp.name and sp.title == word


#: the end of a unit's name (広報評価課, 行政改革推進室, 福祉部, 市民活動センター, 土木事務所)
_UNIT_LABEL = re.compile(rf"(?:[{UNIT_ENDS}]|センター|事務所|本部|支所)$")
#: the first word of the speech: up to a space, the speech going on after it
_FIRST_WORD = re.compile(r"^(?P<word>[^\s\u3000、。，,「」（）()]{2,16})[\s\u3000]+(?=\S)")


def office_person(sp: Speaker, rest: str, table: RoleTable) -> tuple[Speaker, str] | None:
    """A unit's name as the label, then a person's surname and title as the speech's first
    word (``○行政改革推進室広報評価課　中村課長補佐　資料１について…``): the person, 中村 (課長補佐),
    the unit's name kept in the label, and the speech after the word; None when the label
    names a person already, is no unit, or the word is no surname with an official's title.

    >>> t = load_roles()
    >>> office = t.guess("行政改革推進室広報評価課")
    >>> got = office_person(office, "中村課長補佐　資料１について御説明します。", t)
    >>> got[0], got[1]
    (Speaker(label='行政改革推進室広報評価課中村課長補佐', name='中村', title='課長補佐', role='secretariat'), '資料１について御説明します。')
    >>> office_person(office, "資料１について　御説明します。", t), office_person(office, "中村委員　伺います。", t)
    (None, None)
    >>> office_person(t.split("山田委員"), "中村課長補佐　資料１について", t) is None
    True
    >>> office_person(t.guess("保育課"), "佐藤主査　資料２を御説明します。", t)[0].role  # 課主査: an official's rank
    'secretariat'
    """
    if sp.name and sp.title or not _UNIT_LABEL.search(sp.label) or (m := _FIRST_WORD.match(rest)) is None:
        return None
    person = table.split(m["word"])
    if person is None or not person.name or len(person.name) > 4 or not _PERSON.match(person.name):
        return None
    role = person.role
    if role not in ("secretariat", "government"):
        # a title that presides elsewhere is an official's rank after a unit (課主査, 係主査)
        ranked = table.split(sp.label[-1] + person.title)
        if ranked is None or ranked.name or ranked.role not in ("secretariat", "government"):
            return None
        role = ranked.role
    return Speaker(sp.label + m["word"], person.name, person.title, role), rest[m.end():]


#: a seat's number: digits (full or half width) or kanji numerals (第十二番)
_NUM = r"[0-9０-９]{1,3}|[一二三四五六七八九十〇]{1,4}"
#: a label that is a seat alone (４番, 第４番, ４番議員): no name in it
_SEAT_LABEL = re.compile(rf"^第?(?P<n>{_NUM})番(?:議員|委員)?$")
#: a roll's entry by seat: the number with 番 (１番　山下　純一, 第一番 佐藤花子君), or after 議席番号 /
#: 議席 with or without 番 (議席番号 ３ 佐藤花子), then the member's name
_SEAT_ENTRY = re.compile(rf"^(?:議席(?:番号)?[ \u3000：:]*(?P<a>{_NUM})番?|第?(?P<b>{_NUM})番)(?:[ \u3000]+|$)(?P<name>.*)$")
_KANJI_DIGITS = {c: k for k, c in enumerate("〇一二三四五六七八九")}


def seat_number(text: str) -> int | None:
    """A seat's number as an integer, from digits or kanji numerals.

    >>> [seat_number(t) for t in ("４", "12", "十二", "二十", "三", "百")]
    [4, 12, 12, 20, 3, None]
    """
    if text.isdigit():
        return int(text)
    if not text or any(c not in _KANJI_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        return int("".join(str(_KANJI_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def seat_roll(attendees: Sequence[AttendeeGroup]) -> dict[int, str | None]:
    """Who sits in each seat by the attendee list (an assembly's roll: ``１番　山下　純一``,
    ``６番　川端　宏明（議長）``, ``議席番号 ３ 佐藤花子``, ``第十二番 高木守君``; or the seat and
    the name's words as entries of their own where the list's columns part them: ``１番``,
    ``山下``, ``純一``): the member's name, spaces, an office in brackets and an honorific
    taken off; None for a seat listed with two names.

    >>> seat_roll([AttendeeGroup("出席議員", ("１番\u3000山下\u3000純一", "６番　川端　宏明（議長）",
    ...     "議席番号 ３ 佐藤花子", "第十二番 高木守君", "町長　岸本和之", "１番　大野美和"))])
    {1: None, 6: '川端宏明', 3: '佐藤花子', 12: '高木守'}
    >>> seat_roll([AttendeeGroup("出席議員", ("１番", "山下", "純一", "２番", "大野", "美和（議長）", "３番"))])
    {1: '山下純一', 2: '大野美和'}
    """
    seats: dict[int, str | None] = {}
    for group in attendees:
        words: list[str] = []  # a seat alone, then the words of its name that follow it
        for entry in (*group.names, "１番"):  # a last seat closes the last seat's words
            m = _SEAT_ENTRY.match(entry.strip())
            if m is None:
                if words and not _SPACES.search(entry.strip()):
                    words.append(entry)
                else:  # a whole entry of another kind ends the seat's words
                    _seat(seats, words)
                    words = []
                continue
            _seat(seats, words)
            words = [m["a"] or m["b"]]
            if m["name"]:
                _seat(seats, [*words, m["name"]])
                words = []
    return seats


def _seat(seats: dict[int, str | None], words: list[str]) -> None:
    """Seat the member ``words`` name (the seat's number, then the name's words)."""
    n = seat_number(unicodedata.normalize("NFKC", words[0])) if 1 < len(words) < 5 else None
    if n is None:
        return
    name = _SPACES.sub("", "".join(words[1:]))
    office = _NAME_THEN_OFFICE.match(name)
    name = _HONORIFIC_END.sub("", office["name"] if office else name)
    if _PERSON.match(name):
        seats[n] = name if seats.get(n, name) == name else None


def name_holders(points: Sequence[Point], attendees: Sequence[AttendeeGroup], table: RoleTable) -> list[Point]:
    """A title alone (○副委員長　…) that no label of the record named: the one person the
    attendee list names under it (``副委員長　北川誠``), the evidence in ``speaker_why``; a
    title listed with two people, or none, stays as written. A seat alone (○４番　…, ○４番議員)
    is the member the roll seats there (``４番　木村　健二``), titled by the seat."""
    held = attendee_holders(attendees, table) if attendees else {}
    seats = seat_roll(attendees) if attendees else {}
    if not held and not seats:
        return list(points)
    out: list[Point] = []
    for p in points:
        sp = p.speaker
        label = _SPACES.sub("", sp.label)
        seat = _SEAT_LABEL.match(label) if seats and not p.speaker_why else None
        if seat is not None and (not sp.name or _SEAT_LABEL.match(sp.name)):
            name = seats.get(seat_number(unicodedata.normalize("NFKC", seat["n"])) or -1)
            if name:
                at = label[:label.index("番") + 1]
                p = replace(p, speaker=replace(sp, name=name, title=sp.title or label),
                            speaker_why=f"seat {at} in the attendee list ({at}　{name})")
            out.append(p)
            continue
        name = held.get(label) if not sp.name and not p.speaker_why else None
        if name:
            p = replace(p, speaker=replace(sp, name=name),
                        speaker_why=f"the only {sp.title} in the attendee list ({sp.title}　{name})")
        out.append(p)
    return out


#: the titles a meeting elects one of its members to for the sitting (互選により田村理事を議長に選出した)
#: the titles a meeting elects one of its members to for the sitting (互選により田村理事を議長に選出した),
#: as a word of their own (not 会長 in 副会長)
_ELECTED_TITLES = r"(?<![\u3400-\u9fff])(?P<title>議長|座長|委員長|部会長|会長)"
#: who is elected: a name, a title or both, its parts apart by spaces (正会員 竹内 勇)
_ELECTED = r"(?P<who>[\u3400-\u9fff々\u30a1-\u30faー０-９0-9]{2,16}(?:[ \u3000]{1,2}[\u3400-\u9fff々\u30a1-\u30faー]{1,10}){0,2})"
_ELECT_VERB = r"(?:選出|選任|選び|選ん|選ばれ|指名|推薦|推され|決定|就任|就い|互選)"
#: the sentences that make someone the chair of the sitting, each naming who and the title
_ELECTIONS = tuple(re.compile(p) for p in (
    rf"{_ELECTED}を{_ELECTED_TITLES}(?:に{_ELECT_VERB}|と(?:する|し))",  # 田村理事を議長に選出した / 議長とすることに
    # 議長に田村理事を選出した, 議長には田村理事が選ばれた, 会長に田村委員、副会長に山口委員を選出した
    rf"{_ELECTED_TITLES}に(?:は)?{_ELECTED}(?:を|が|、)(?=[^。]{{0,40}}?{_ELECT_VERB})",
    rf"{_ELECTED}が{_ELECTED_TITLES}(?:に{_ELECT_VERB}|とな[っりる]|を務め|席に着)",  # …が議長に選出され, …が議長となった
    rf"{_ELECTED_TITLES}(?:は|を){_ELECTED}が務め",  # 議長は田村理事が務めた
    rf"{_ELECTED_TITLES}に{_ELECT_VERB}(?:され|し)た{_ELECTED}(?:は|が)",  # 議長に選任された田村理事は、
))


def elections(lines: Sequence[Line], table: RoleTable) -> list[tuple[int, str, Speaker, str]]:
    """The sittings' chairs the record names as elected (or as taking the chair), in order: the line
    the sentence stands on, the title, the person, the words that say so. Read over the lines joined
    (a sentence wrapped over lines as pdftotext breaks it); a person the role table does not read
    as someone named, or a title with no name (会長が議長となった), names nobody.

    >>> t = load_roles()
    >>> [(n, title, sp.name, w) for n, title, sp, w in elections([Line("互選により田村理事を議長に選出した。議長は、…", 9)], t)]
    [(9, '議長', '田村', '田村理事を議長に選出した')]
    >>> [(title, sp.name) for _, title, sp, _ in elections([Line("出席者の互選により正会員 竹内 勇が議長に", 8),
    ...                                                      Line("選出された。", 9)], t)]
    [('議長', '竹内勇')]
    >>> elections([Line("規約により会長が議長となった。", 4)], t)
    []
    """
    text, starts = "", []
    for line in lines:
        starts.append((len(text), line.number))
        text += line.text.strip()
    found = []
    taken: set[int] = set()
    for m in sorted((m for p in _ELECTIONS for m in p.finditer(text)), key=lambda m: m.start("who")):
        if m.start("who") in taken:
            continue  # one sentence read by two patterns
        who = _SPACES.sub("", m["who"])
        sp = table.split(who) or table.title_then_person(who)
        if sp is None or len(sp.name) < 2 or not _PERSON.match(sp.name):
            continue
        taken.add(m.start("who"))
        number = next(n for at, n in reversed(starts) if at <= m.start())
        stop = text.find("。", m.end())  # the words that say so: the match up to the sentence's end
        found.append((number, m["title"], sp, text[m.start():stop if 0 <= stop < m.start() + 40 else m.end()]))
    return found


def name_elected(points: Sequence[Point], lines: Sequence[Line], table: RoleTable) -> list[Point]:
    """A title alone (議長) after the sentence that elects someone to it (互選により田村理事を議長に
    選出した。): that person — its name, the label as written —, the evidence in ``speaker_why``
    (``elected 議長 (line 9: 田村理事を議長に選出)``); up to the next election to the title."""
    chosen = elections(lines, table) if any(p.speaker.title in _CHAIR_TITLES and not p.speaker.name for p in points) else []
    if not chosen:
        return list(points)
    out = []
    for p in points:
        sp = p.speaker
        label = _SPACES.sub("", sp.label)
        held = [(n, sp2, w) for n, title, sp2, w in chosen if title == label and n <= p.source.line_start]
        if held and not sp.name:
            n, who, words = held[-1]
            why = f"elected {label} (line {n}: {words})"
            p = replace(p, speaker=replace(sp, name=who.name),
                        speaker_why="; ".join(filter(None, (p.speaker_why, why))))
        out.append(p)
    return out


_CHAIR_TITLES = frozenset(("議長", "座長", "委員長", "部会長", "会長"))


def _presiding_head(points: Sequence[Point]) -> tuple[str, str] | None:
    """The head of a board who presides over it (教育長 over a board of education, 市長 over a
    総合教育会議), when no chair of the table speaks: the first such speaker whose procedural
    turn runs the meeting (opens it, gives the floor, puts the question …). Label, evidence."""
    if any(p.speaker.role == "chair" for p in points):
        return None
    for p in points:
        if _HEAD.search(p.speaker.title) and not p.speaker.title.startswith("副") and p.kind == "procedural":
            runs = acts_of(p.kind_why) & _PRESIDING
            if runs:
                return p.speaker.label, f"presides (line {p.source.line_start}: {' + '.join(sorted(runs))})"
    return None


def _is_deputy(title: str, table: RoleTable) -> bool:
    if "職務代理" in title:  # 教育長職務代理者: a board member acting for the head who presides
        return True
    m = _DEPUTY.match(title)
    if m is None:
        return False
    base = table.split(m["a"] or m["b"])
    return base is not None and base.role == "chair" and not base.name


def _deputy_turn(p: Point, presiding: dict[str, int], sole: bool = False) -> tuple[Role, str]:
    """A deputy's turn: the chair's while presiding, else a member's. ``sole``: no chair proper
    speaks in the record (副議長 in the chair of a sitting the 議長 is absent from): once the
    deputy has run the sitting, every turn of theirs is the chair's — a call the kind reader took
    for words of substance too — but one addressing the chair."""
    label = p.speaker.label
    if _ADDRESSES_CHAIR.match(p.text):
        presiding.pop(label, None)
        return "member", "deputy addressing the chair: speaks as a member"
    runs = acts_of(p.kind_why) & _PRESIDING
    if runs and p.kind == "procedural":
        presiding.clear()
        presiding[label] = p.source.line_start
        return "chair", "deputy presiding: " + " + ".join(sorted(runs))
    if label in presiding and (p.kind == "procedural" or sole):
        return "chair", f"deputy presiding since line {presiding[label]}" + ("" if p.kind == "procedural" else " (no chair proper speaks)")
    return "member", "deputy not presiding: speaks as a member"


_BOARD_OWN = "the board's own official (行政委員会の事務局)"
_PRIVATE_OWN = "the association's own official (法人・団体の事務局: no government is there)"
#: a body no government holds — a corporation, an association, a residents' committee (its
#: 理事会, 総会, 役員会): the officials who explain and answer there are its own secretariat
_PRIVATE_BODY = re.compile(r"(?:一般|公益)(?:社団|財団)法人|社会福祉法人|社会福祉協議会|特定非営利活動法人|ＮＰＯ法人|NPO法人"
                           r"|株式会社|有限会社|協同組合|自治会|町内会|町会|管理組合|理事会|役員会")
#: a title of the state's officials (参事官, 審議官, 企画官 …): at a local government's council
#: they are invited to present, the government they are — not the council's secretariat
_STATE_TITLE = re.compile(r"官$")


def _own_officials(body: str) -> str | None:
    """Whose officials a body's are, when the body says it: an 行政委員会's (its own board's
    secretariat), or a local government's advisory council's (the department that runs the
    council: its secretariat); None for an assembly, a national body or a name that says
    nothing. The evidence, for ``role_why``.

    >>> _own_officials("あおば町都市計画審議会"), _own_officials("みどり市議会建設常任委員会")
    ('an official of the local government holding the council (あおば町の審議会の事務局)', None)
    >>> _own_officials("社会資本整備審議会都市計画・歴史的風土分科会"), _own_officials("都市計画審議会")
    (None, None)
    >>> _own_officials("社会福祉法人あおば町社会福祉協議会理事会")
    "the association's own official (法人・団体の事務局: no government is there)"
    """
    if _ADMIN_BOARD.search(body):
        return _BOARD_OWN
    if _PRIVATE_BODY.search(body) and not _ASSEMBLY_BODY.search(body):
        return _PRIVATE_OWN
    if _ASSEMBLY_BODY.search(body) or not _ADVISORY.search(body):
        return None
    m = _LOCAL_PLACE.match(body)
    if m is None or m["place"] in _NOT_PLACE:
        return None
    return f"an official of the local government holding the council ({m['place']}の審議会の事務局)"


def _official_roles(points: Sequence[Point], attendees: Sequence[AttendeeGroup],
                    own: str | None = None, body: str = "") -> dict[str, tuple[Role, str]]:
    """Each official's role for the whole meeting, with the evidence. At a body whose
    officials are its own (``own``, the evidence: an 行政委員会, a local government's
    advisory council) an official not listed otherwise is its secretariat — also where its
    record labels people as an assembly's does (都市計画課長（西尾達也君）) — except, at a
    council, the state's officials it invites (参事官, 審議官: government). An office of an
    assembly's secretariat (議事課長, 議事係長 …) is the secretariat wherever it speaks; in an
    assembly's record (its name: ``body``; labels with 君 or a seat) so are its 調査課 and
    庶務係, and every other official answers as the executive."""
    labels = [p.speaker.label for p in points]
    officials = {p.speaker.label: p.speaker for p in points
                 if _is_official(p.speaker) or own is not None and _local_body(p.speaker)}
    assembly = own is None and (bool(_ASSEMBLY_BODY.search(body)) or any(
        _ASSEMBLY_LABEL.search(label) or _SEAT_LABEL.match(label) for label in labels))
    running = _running_the_meeting(points)
    out: dict[str, tuple[Role, str]] = {}
    for label, sp in officials.items():
        listed = _listed(sp, attendees)
        if listed is not None:
            out[label] = listed
        elif (office := _assembly_office(label, sp, assembly)) is not None:
            out[label] = ("secretariat", f"the assembly's secretariat (議会事務局: {office})")
        elif assembly:
            out[label] = ("government", "the executive answering the assembly")
        elif label in running:
            out[label] = ("secretariat", f"runs the meeting ({running[label]})")
        elif own is not None and (own in (_BOARD_OWN, _PRIVATE_OWN) or not _STATE_TITLE.search(sp.title)):
            out[label] = ("secretariat", own)
        else:
            out[label] = ("government", "an official who answers or presents, and runs no part of the meeting")
    return out


def _assembly_office(label: str, sp: Speaker, assembly: bool) -> str | None:
    """The office of an assembly's secretariat the official's label names, or None: 議事課,
    議会事務局, 議事係, 書記 wherever they speak (``○議事課長（今泉亮）``, ``今泉議事課長``); in an
    assembly's record any title of the secretariat (議会, 議事, 書記) and its 調査課, 庶務係.

    >>> t = load_roles()
    >>> [_assembly_office(x, t.guess(x), a) for x, a in (("議事課長（今泉亮）", False), ("調査課長", True),
    ...     ("調査課長", False), ("河川課長", True), ("今泉議事係長", False))]
    ['議事課', '調査課', None, None, '議事係']
    """
    found = _ASSEMBLY_SECRETARIAT.search(label.partition("（")[0].partition("(")[0])
    if found is not None:
        return found[0]
    if not assembly:
        return None
    unit = _ASSEMBLY_UNIT.match(sp.title if len(sp.title) > 2 else label)
    if unit is not None:
        return unit[0]
    office = _ASSEMBLY_OFFICE.search(sp.title)
    return office[0] if office is not None else None


def _local_body(sp: Speaker) -> bool:
    """A local government answering under its name alone (市, 町, 県: ``市：…``, a legend's
    ``◆は町からの回答``): at its own advisory council it is the council's secretariat."""
    return sp.role == "government" and len(sp.label) == 1 and sp.label in PLACE_ENDS


def _is_official(sp: Speaker) -> bool:
    return (sp.role in ("government", "secretariat") and "事務局" not in sp.label
            and bool(_OFFICIAL.search(sp.title)))


def _under_headings(attendees: Sequence[AttendeeGroup]) -> Iterator[tuple[str, str, str]]:
    """Each entry of the attendance list under its heading: (heading, entry, the entry without
    spaces) — the group's, or a heading read as a name above it (５　事務局出席職員), or one numbered
    before the names on its line (４ 事務局 教育次長 木下学 …)."""
    for group in attendees:
        heading = group.group
        for entry in group.names:
            flat = _SPACES.sub("", entry)
            if _HEADING.match(flat):
                heading = _HEADING.sub(r"\g<heading>", flat)  # a heading read as a name (５　事務局出席職員)
                continue
            lead = _LEADING_GROUP.match(entry)
            if lead:  # ４ 事務局 教育次長 木下学 …: a numbered heading with its names after it
                heading, entry, flat = lead["heading"], lead["rest"], _SPACES.sub("", lead["rest"])
            yield heading, entry, flat


def _listed(sp: Speaker, attendees: Sequence[AttendeeGroup]) -> tuple[Role, str] | None:
    """The role the attendance list gives: a group named 事務局, or one of the executive."""
    label = _SPACES.sub("", sp.label)
    for heading, entry, flat in _under_headings(attendees):
        secretariat = bool(_SECRETARIAT_GROUP.search(heading))
        if not secretariat and not _EXECUTIVE_GROUP.search(heading):
            continue
        words = [w for w in _SPACES.split(entry) if len(w) >= 3]
        if label in flat or (len(sp.name) >= 2 and sp.name in flat) or any(w in label for w in words):
            role: Role = "secretariat" if secretariat else "government"
            return role, f"attendance list: {heading}"
    return None


#: a title the table gives the chair that is also a grade of a government's staff (主査: who presides
#: over a 部会 or a working group, and a rank of a municipality's officials, こども政策課主査): its role
#: is the record's where the record tells it
GRADE_TITLES = frozenset({"主査"})


def graded_staff(points: Sequence[Point], attendees: Sequence[AttendeeGroup]) -> dict[str, str]:
    """The speakers (by label) titled by a grade (``GRADE_TITLES``, role chair by the table) whom the
    record's own lists put among the secretariat: the attendance list's 事務局 names the grade (``事務局：
    環境保全課　主査　大川``, ``事務局　…主査``) and no other group of it does (``委員：北村主査``: the
    部会's chair), or another label of the record is the grade in 事務局's brackets (``事務局（大川主査）``,
    ``事務局（主査）``). A person named by the label is looked for by name. The evidence by label.

    >>> from assembler.model import Point, SourceSpan
    >>> def pt(label, name, title):
    ...     return Point.made("m_1", "m", Speaker(label, name, title, "chair"), "opinion", "…",
    ...                       SourceSpan("x", 3, 3), kind_why="", role_why="", speaker_why="", narration="")
    >>> lists = [AttendeeGroup("委員", ("北村", "岩田")), AttendeeGroup("事務局", ("環境保全課　主査　大川",))]
    >>> graded_staff([pt("主査", "", "主査"), pt("大川主査", "大川", "主査")], lists)
    {'主査': 'attendance list: 事務局 (環境保全課　主査　大川)', '大川主査': 'attendance list: 事務局 (環境保全課　主査　大川)'}
    >>> graded_staff([pt("主査", "", "主査")], [AttendeeGroup("委員", ("北村主査", "岩田"))] + lists[1:])
    {}
    >>> graded_staff([pt("主査", "", "主査"), pt("事務局（主査）", "", "主査")], [])
    {'主査': "the record's label 事務局（主査）"}
    """
    out: dict[str, str] = {}
    for sp in {p.speaker.label: p.speaker for p in points}.values():
        if sp.title not in GRADE_TITLES or sp.role != "chair" or "事務局" in sp.label:
            continue
        staff = member = ""
        for heading, entry, flat in _under_headings(attendees):
            if not _holds(flat, sp):
                continue
            if _SECRETARIAT_GROUP.search(heading):
                staff = staff or f"attendance list: {heading} ({entry})"
            else:
                member = heading
        if not staff and not member:
            staff = next((f"the record's label {p.speaker.label}" for p in points
                          if "事務局" in p.speaker.label and p.speaker.title == sp.title
                          and p.speaker.name == sp.name), "")
        if staff and not member:
            out[sp.label] = staff
    return out


def _holds(flat: str, sp: Speaker) -> bool:
    """An entry of a list (its spaces taken out) names the speaker: their name, or their grade when the
    label names no one (…主査, not 副主査 or 主査代理)."""
    if sp.name:
        return len(sp.name) >= 2 and sp.name in flat
    at = flat.find(sp.title)
    return at >= 0 and flat[at - 1:at] != "副" and not flat[at + len(sp.title):].startswith(("代理", "代行"))


def _running_the_meeting(points: Sequence[Point]) -> dict[str, str]:
    """Speakers who run the meeting, with the first act that shows it: a procedural act of
    running it, or answering the chair's call to 事務局 (「事務局から説明をお願いします」)."""
    out: dict[str, str] = {}
    before: Point | None = None
    for p in points:
        label = p.speaker.label
        if label not in out:
            acts = acts_of(p.kind_why) & _RUNS_MEETING
            if acts:
                out[label] = f"line {p.source.line_start}: " + " + ".join(sorted(acts))
            elif (before is not None and before.speaker.label != label and _CALLS_SECRETARIAT.search(before.text)
                  and acts_of(before.kind_why) & {"floor", "nomination"}):
                out[label] = f"line {p.source.line_start}: called as 事務局"
        before = p
    return out
