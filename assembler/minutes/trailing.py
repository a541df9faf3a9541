"""Speakers written after their points: ``・…が急務である。（野々村構成員）``.

A 議事概要 / 議事要旨 may name each point's speaker in brackets at its end instead of in a
header above it::

    （１）担い手の確保について
    ・地域の建設業者は高齢化が進んでおり、若手の入職を促す
    　仕組みが急務である。（野々村構成員）
    ・点検の省力化にはドローンの活用が有効だが、操縦者の育成が
    追いついていない。
    （川添構成員）
    ○ 受益者負担の考え方を整理すべき。【A委員】

The last bracket of a point — （）, 【】, ［］, ＜＞, 〔〕, 〈〉 or half-width () — names its
speaker when every name in it is a speaker of the role table: a name and a title
(野々村構成員), a title alone (委員, 座長, 事務局), a letter label (A委員, 委員Ａ); several
speakers (（野々村構成員、川添構成員）: the point is each one's, as the draft cites a point
made by several); 以上 before them (（以上、樋口構成員）) says the points above it since the
last label are theirs too.

On the same line as the point's text (after a sentence's end, or after words that no label
could be) the label can only be such an attribution. Alone on a line — where pdftotext and
Word leave it when the point fills its last line — it has the form of a header
(``（飯島委員）`` naming the speaker of the bullets *below* it), so the document decides, per
section (the lines between two headings): a label stands *after* its point when a point
stands above the section's first label and no point below its last one (nothing for it to
head); *above* when the first label opens the section and points follow the last. When the
two ends disagree, a section follows the document's other labels (any label on a point's
own line says the document writes them after). The decision and its reason are kept
(``Reading.notes``, shown by ``review``) and every attribution names its label and line
(``Point.speaker_why``).

This module only reads; the parser (``parser.LineParser``) asks it where the attributions
are and joins each to the paragraph it closes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..i18n import N_
from ..model import Line, Speaker, SpeakerReading
from ..text import PLACE_ENDS
from . import prose
from .forms import SPACE_RUN
from .front import continued_listing, headed_listing, listing
from .patterns import BULLET_CHARS, NUMBERED, SENTENCE_STOPS
from .roles import RoleTable, unit_word
from .view import FileView, line_indexes

__all__ = ["Attribution", "Reading", "read", "cut_label"]

#: the brackets an attribution may stand in: closing -> opening
_PAIRS = {"）": "（", ")": "(", "】": "【", "］": "［", "]": "[", "＞": "＜", "〕": "〔", "〉": "〈", ">": "<", "》": "《"}
_CLOSER = re.compile(r"[）)】］\]＞〕〉>》]")
_OPENERS = frozenset(_PAIRS.values())
#: the closing brackets, and a line that ends with one (spaces after it aside)
_CLOSERS = "）)】］]＞〕〉>》"
_BRACKET_END = re.compile(r"[）)】］\]＞〕〉>》][ \t\u3000\f]*$")
#: a line that may be a heading (``_heading`` says): a number or a heading mark first, no 。
#: (searched for after a line break: a literal first makes the search fast)
_HEADING_LINE = re.compile(r"\n[ \t\u3000\f]*[0-9０-９（(\u2460-\u2487■□◆◇▲△▼▽★☆【［＜〈《〔][^\n。]{0,44}(?=\n|\Z)")
#: 以上、樋口構成員 / 以上　樋口構成員: the label covers the points above it since the last one
_COVER = re.compile(r"^以上[、，,：:\s\u3000]*")
#: several speakers in one label
_NAME_SEP = re.compile(r"[、，,・／/]")
_SPACES = SPACE_RUN
#: a qualifier in a name (髙橋（清）: which 髙橋), brackets balanced one deep
_QUALIFIER = re.compile(r"[（(][^（()）]{1,8}[）)]")
#: what a name cannot hold (文責：事務局 names who answers for the record, not a speaker)
_NOT_NAME = re.compile(r"[。．、，,：:；;（）()「」『』【】［］＜＞]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")
#: a topic, not a sentence: what an agenda item ends with (…について, …の件, …の報告)
TOPIC = re.compile(r"(?:について|に関して|に関する|に係る|の件|等|案|報告|説明|紹介|確認|挨拶|あいさつ)$")
#: a list of papers names their authors in brackets: 資料１　論点整理（事務局）
_PAPER = re.compile(r"^[・\s\u3000]*(?:資料|参考資料|参考|別紙|別添)")
#: a heading: a number or a heading mark before a short label with no sentence
_HEADING_MARKS = "■□◆◇▲△▼▽★☆【［＜〈《〔"
#: a number, a space, a word and no more (２　意見交換, ３ その他): an item of the agenda
_NUMBER_SPACE = re.compile(r"^[0-9０-９]{1,2}[ \u3000]+[^\s\u3000、，。０-９0-9]{2,20}$")
_HEADING_START = frozenset(_HEADING_MARKS + "0123456789０１２３４５６７８９（(" + "".join(map(chr, range(0x2460, 0x2488))))
_POINT_MARKS = frozenset(BULLET_CHARS + "○〇◯◎●")
#: the secretariat's narrating voice (a paragraph that is no one's point)
_NARRATION = re.compile(
    r"(?:あった|された|なされた|行った|行われた|示された|得られた|了承された|承認された|決定した|"
    r"確認した|閉会した|開会した|以下のとおり|次のとおり|下記のとおり|以下の通り|次の通り|説明|報告|紹介"
    # 事務局から資料３に基づき説明した。 / …について報告を行った。: the narrator's account of a report
    r"|(?:説明|報告|紹介)(?:を行っ|し|が行われ|がなされ)た)[。．]?$")


@dataclass(frozen=True)
class Attribution:
    """A label after a point naming who made it.

    ``start`` and ``end`` are the positions (indexes into the file's lines) of the lines the
    label opens and closes on (the same line unless the extractor broke the label); ``label``
    is the label as written, brackets included; ``alone`` says nothing of the point stands
    before it on its first line; ``cover`` that 以上 opens it.
    """

    start: int
    end: int
    label: str
    speakers: tuple[Speaker, ...]
    alone: bool
    cover: bool = False


@dataclass(frozen=True)
class Reading:
    """Where the document names speakers after their points.

    ``at`` maps the position of every line an attribution stands on to it (labels alone
    that the document's evidence reads as headers are not in it); ``held`` are the blank
    lines between a point and its label alone below it (the point is not over there);
    ``covered`` maps the lines of the points above a label that 以上 opens (back to the
    previous label or heading) to it; ``firsts`` are the first lines of the points a label
    names (a turn follows a heading above them); ``notes`` say, per section, what was
    decided and why; ``listed`` the bodies a label alone names that only the list above
    it names (``_Listed``: the parser reads them as heads too).
    """

    at: Mapping[int, Attribution]
    held: frozenset[int]
    firsts: frozenset[int]
    notes: tuple[SpeakerReading, ...]
    covered: Mapping[int, Attribution]
    listed: frozenset[str] = frozenset()


@lru_cache(maxsize=1024)
def speakers_of(inner: str, roles: RoleTable) -> tuple[tuple[Speaker, ...], bool] | None:
    """The speakers a bracket's content names, and whether 以上 opens it; None unless every
    name in it is a speaker of the role table (remembered: a file names its few speakers
    again and again).

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(tuple(s.label for s in sp), cover) for sp, cover in map(lambda x: speakers_of(x, t),
    ...     ["野々村構成員", "野々村構成員、川添構成員", "以上、樋口構成員", "A委員", "事務局"])]
    [(('野々村構成員',), False), (('野々村構成員', '川添構成員'), False), (('樋口構成員',), True), (('A委員',), False), (('事務局',), False)]
    >>> speakers_of("拍手", t), speakers_of("資料３", t), speakers_of("案", t), speakers_of("", t)
    (None, None, None, None)
    """
    cover = _COVER.match(inner)
    body = inner[cover.end():] if cover else inner
    person = _body_person(body, roles)
    if person is not None:
        return (person,), cover is not None
    names = [_SPACES.sub("", n) for n in _names(body)]
    if not names or len(body) > 60:
        return None
    found: list[Speaker] = []
    for name in names:
        sp = _speaker(name, roles) if 0 < len(name) <= 20 else None
        if sp is None:
            return None
        found.append(sp)
    return tuple(found), cover is not None


#: a body, then who spoke for it (北部医師会　山田委員, 看護協会・川口, 医師会：会長)
_BODY_THEN_PERSON = re.compile(r"^(?P<org>[^\s\u3000・／/：:、，,]{2,30}?)[\s\u3000・／/：:]+(?P<person>[^\s\u3000・／/：:、，,]{1,12})$")
#: the last character of a local government's name (みどり市, 北町): its officials are no body's guests
_LOCAL_GOVERNMENT = frozenset(PLACE_ENDS)
#: a surname alone (川口, 髙橋): who spoke for the body, no title
_SURNAME = re.compile(r"^[\u3400-\u9fff々]{1,4}$")


def _body_person(body: str, roles: RoleTable, listed: _Listed | None = None, i: int = 0) -> Speaker | None:
    """A body and who spoke for it (``（北部医師会　山田委員）``, ``（看護協会・川口）``, ``（西部看護協会
    会長）``): the person (or the body, when only a post is named) with the body's role — a member
    when the title is a member's (委員, 構成員) — read as ``furniture.body_speaker`` reads
    ``北部医師会（山田委員）``: the post is the body's (its 会長 is no chair of the meeting). None for
    any other label.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.label, s.name, s.title, s.role) for s in (_body_person(x, t) for x in ("北部医師会　山田委員",
    ...     "西部看護協会 会長", "西部歯科医師会・川口"))]  # doctest: +NORMALIZE_WHITESPACE
    [('北部医師会（山田委員）', '山田', '委員', 'member'), ('西部看護協会（会長）', '西部看護協会', '会長', 'other'),
     ('西部歯科医師会（川口）', '川口', '', 'other')]
    >>> _body_person("西部医師会・西部看護協会", t), _body_person("山田委員　川口委員", t), _body_person("みどり市　山田課長", t)
    (None, None, None)
    """
    m = _BODY_THEN_PERSON.match(body)
    if m is None:
        return None
    from .furniture import body_speaker  # furniture imports paragraphs, which imports this module
    # the body by its ending, or (``listed``) because the attendee list names it (きた川土地改良区)
    if listed is None:
        org = body_speaker(m["org"], roles)
        if org is not None and org.name[-1] in _LOCAL_GOVERNMENT:
            return None  # みどり市　山田課長: the city's official, read by the role table as before
    else:  # a body the list names: no title of the table (（松浦委員 入室） is a person's entrance)
        org = listed.speaker(m["org"], i) if roles.split(m["org"]) is None else None
    if org is None or org.title or org.role != "other":
        return None
    person, label = m["person"], f"{m['org']}（{m['person']}）"
    sp = roles.split(person)
    if sp is not None and not sp.name:
        return Speaker(label, org.name, sp.title, org.role)  # a post alone: the body's
    if sp is not None and len(sp.name) <= 4:
        # 山田委員 of 北部医師会: a member of the council (a 委員, a 構成員), else the body's role
        return Speaker(label, sp.name, sp.title, "member" if sp.role == "member" else org.role)
    return Speaker(label, person, "", org.role) if sp is None and _SURNAME.match(person) else None


def _names(body: str) -> list[str]:
    """The names of a label, split at the separators that stand outside brackets
    (``佐藤（健）構成員、田中委員``: two names; a qualifier's own ・ stays in it)."""
    if "（" not in body and "(" not in body:
        return _NAME_SEP.split(body)
    out, depth, start = [], 0, 0
    for j, c in enumerate(body):
        depth += (c in "（(") - (c in "）)")
        if depth == 0 and _NAME_SEP.match(c):
            out.append(body[start:j])
            start = j + 1
    out.append(body[start:])
    return out


#: a group, a colon, who of it speaks (事務局：道路課, 事務局：企画課長); a longer office after the colon
#: is a contact's address (（事務局：健康福祉部保険年金課　国保運営係）), no speaker
_GROUP_COLON_POST = re.compile(r"^(?P<group>[^：:（）()]{1,12})[：:](?P<post>[^：:（）()、，,]{1,10})$")


def _speaker(name: str, roles: RoleTable) -> Speaker | None:
    """A name of a label after a point as the header reader reads a label (``roles.guess``:
    ``髙橋（清）委員``, ``山田委員（副会長）``, ``事務局（保育課長）``) when it holds brackets, and
    only with a title of the role table; the name (its qualifier aside) short, with nothing a
    name cannot hold."""
    sp = roles.split(name)
    if sp is None and (post := _GROUP_COLON_POST.match(name)) is not None:
        # 事務局：道路課 (a page's width may break it after the colon): the group's post, as
        # 事務局（道路課） reads
        group = roles.split(post["group"])
        if group is None or group.name:
            return None
        sp = roles.guess(f"{post['group']}（{post['post']}）")
        # the group's title, or the unit after the colon as its post (事務局（道路課）: roles.unit_word)
        return sp if sp is not None and (sp.title == group.title or not sp.name and sp.title == post["post"]) else None
    if sp is None and name[-1] not in "）)":
        from .furniture import body_speaker  # furniture imports paragraphs, which imports this module
        return body_speaker(name, roles)  # （北部医師会）: a body's point
    if sp is None and ("（" in name or "(" in name):
        sp = roles.guess(name)
        if sp is None or roles.split(sp.title) is None and not unit_word(sp.title):
            return None  # a title of the table, or the unit a group's word speaks for (事務局（企画課）)
    if sp is None:
        return None
    bare = _QUALIFIER.sub("", sp.name)
    return None if len(bare) > 8 or _NOT_NAME.search(bare) else sp


def _bracket(text: str) -> tuple[int, str] | None:
    """Where the last bracket of a line opens and what it holds: ``(k, inner)``, or None
    when the line ends with no closing bracket or the bracket is not opened on the line."""
    k = _opening(text, len(text) - 1)
    return None if k < 0 else (k, text[k + 1:-1])


def _opening(text: str, end: int) -> int:
    """Where the bracket closed at ``text[end]`` opens, read balanced backwards (the label may
    hold brackets of its own: ``（髙橋（清）委員）``); -1 when it does not open in ``text`` or
    opens with a bracket of another pair (a label is short: looked for 80 characters back)."""
    want, depth = _PAIRS[text[end]], 1
    for j in range(end - 1, max(end - 80, 0) - 1, -1):
        c = text[j]
        if c in _PAIRS:
            depth += 1
        elif c in _OPENERS:
            depth -= 1
            if depth == 0:
                return j if c == want or c in "(（" and want in "(（" else -1
    return -1


def _point_end(before: str, roles: RoleTable) -> bool:
    """The words before a label on its line can end a point: a sentence's end, or words
    (kana) that are no label themselves (○山田委員（座長）), no paper's title
    (資料１　論点整理（事務局）) and no item of an agenda, which names a topic and who presents
    it (・議事録の確認（事務局）, ２．交通の現状について（事務局）)."""
    if not before or _PAPER.match(before):
        return False
    if before[-1] in SENTENCE_STOPS:
        return True
    bare = before.lstrip("".join(_POINT_MARKS) + " \u3000")
    # nor an entry of an attendee list, its kana a body's in its brackets (宮坂 昇（みなと情報大学 教授）
    # 【座長】: front.listing, fates18), its list's head before it on the line or not (構成員：北川　健（みなと大学
    # 大学院教授）【座長】: front.headed_listing, fronts19): the bracket after it names the member's seat, not who said it
    return (len(bare) >= 8 and _KANA.search(bare) is not None and TOPIC.search(bare) is None
            and NUMBERED.match(bare) is None and roles.split(_SPACES.sub("", bare)) is None
            and not (bare is before and (listing(bare, people=True) or headed_listing(bare, people=True)
                                         or continued_listing(bare))))


#: a line that lists names: a label and a colon, or names parted by 、 (構成員：みなと郡医師会、ＪＡみなみ)
_LIST_LINE = re.compile(r"[：:、，]")
_LIST_ITEM_SEP = re.compile(r"[、，,：:\s\u3000]+")
#: what a body's name may be (the name-like characters of ``forms._BODY_NAME``, no brackets)
_LISTED_NAME = re.compile(r"^(?![0-9０-９])[\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ0-9０-９]{2,20}$")


#: words of a paper or a section, no body's name (資料, 議事 …: ``furniture._NOT_BODY``)
_NOT_BODY = ("資料", "参考", "議題", "議事", "概要", "意見", "質疑", "別紙", "報告", "結果", "説明", "その他", "事務局")


#: a head written in kanji alone (a topic's common noun as much as a body's name)
_KANJI_ONLY = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヶ]+$")


#: what no body's head in a series holds: a topic or a section of the record (まとめ, 全体, 総括 …)
_SERIES_NOT = re.compile(r"まとめ|全体|全般|総括|総論|各論|共通|補足|追加|資料|ほか|他|以上|会長|座長|委員")


class _Listed:
    """The names the lines above a label alone list (an attendee list: ``構成員：みなと郡医師会、
    ＪＡみなみ、…``, ``オブザーバー：みなと海上保安部``): a bracket alone that holds one of them
    (＜ＪＡみなみ＞) names that body though no ending says it is one (``body_speaker``). Read
    once, from the lines above the first such bracket (the front matter stands above the body)."""

    def __init__(self, stripped: Sequence[str]) -> None:
        self.stripped = stripped
        self.names: frozenset[str] | None = None

    def speaker(self, inner: str, i: int) -> Speaker | None:
        name = _SPACES.sub("", inner)
        if _LISTED_NAME.match(name) is None or any(w in name for w in _NOT_BODY):
            return None
        if self.names is None:
            self.names = frozenset(
                item for t in _list_lines(self.stripped[:i]) if "。" not in t and _LIST_LINE.search(t)
                for item in _LIST_ITEM_SEP.split(t) if item)
        return Speaker(name, name, "", "other") if name in self.names else None

    def heads(self, found: list[Attribution], roles: RoleTable) -> frozenset[str]:
        """The bodies named by labels alone that only the list or their series says are bodies
        (the parser reads them as heads when the reading puts them above their bullets)."""
        from .furniture import body_speaker  # furniture imports paragraphs, which imports this module
        return frozenset(s.label for a in found if a.alone for s in a.speakers
                         if not s.title and s.name == s.label and body_speaker(s.label, roles) is None)


def _list_lines(stripped: Sequence[str]) -> list[str]:
    """The lines, a list's line broken at the page's width joined to the next (構成団体：…、ひが /
    し消防団第３分団、: the line ends in no separator, the next goes on the names with no label)."""
    out: list[str] = []
    for t in stripped:
        if out and out[-1] and out[-1][-1] not in "、，,：:" and "、" in out[-1] and "。" not in out[-1] and (
                "、" in t and not _LABEL_COLON.search(t) and "。" not in t):
            out[-1] += t
        else:
            out.append(t)
    return out


#: a list's label before its colon (市：, 構成員：): a line that starts a list of its own
_LABEL_COLON = re.compile(r"^[^、，,]{1,12}[：:]")


def _candidates(lines: tuple[Line, ...], view: FileView, roles: RoleTable, listed: _Listed) -> list[Attribution]:
    """Every label that names speakers at the end of a line (or broken over two lines). The
    lines that end in a closing bracket are found by one search of the lines' last characters
    (``FileView.ending``), each then held to ``_BRACKET_END`` (spaces after the bracket: only
    those it allows)."""
    found: list[Attribution] = []
    missed: list[int] = []
    texts, stripped = view.texts, view.stripped
    for i in view.ending(_CLOSERS):
        if _BRACKET_END.search(texts[i]) is None or lines[i].cue == "field":
            continue  # (a table's cell the reader took apart from the words: no label after them)
        a = _label_at(lines, i, stripped[i], roles, listed)
        if a is not None:
            found.append(a)
        else:
            missed.append(i)
    return _series(found, missed, stripped) if missed else found


def _series(found: list[Attribution], missed: list[int], stripped: Sequence[str]) -> list[Attribution]:
    """A head no ending and no list names (＜ＪＡみどり＞) among two heads or more that name bodies in
    the same brackets (＜みどり医師会＞ … ＜みどり看護協会＞), a bullet below it: one more body's head of the
    series (``_SeriesHead``). Left out, it split the section and its bullets went to the head
    above; the parser reads such a head as it reads one the list names (``Reading.listed``)."""
    named = Counter(a.label[0] for a in found if a.alone and all(not s.title and s.name == s.label for s in a.speakers))
    if not named:
        return found
    # a head in kanji alone (【下水道】, 【観光】) reads as a topic as much as a body: one more body only
    # in a series of two named heads or more; one written with kana or letters (［まちなかスタジオＫ］,
    # ＜ＪＡみどり＞) is a proper name beside one (tests/test_forms3.py: 【さくら県】 then 【下水道】)
    more = [a for i in missed if (a := _series_head(i, stripped, set(named))) is not None
            and (named[a.label[0]] >= 2 or not _KANJI_ONLY.match(a.label[1:-1]))]
    return sorted(found + more, key=lambda a: a.start) if more else found


def _series_head(i: int, stripped: Sequence[str], pairs: set[str]) -> Attribution | None:
    """The head of line ``i`` when it is one more of a series of bodies' heads (``_series``)."""
    text = stripped[i]
    inner = text[1:-1]
    if (text[0] not in pairs or _PAIRS.get(text[-1]) != text[0] or _LISTED_NAME.match(inner) is None
            or any(w in inner for w in _NOT_BODY) or TOPIC.search(inner) or _SERIES_NOT.search(inner)):
        return None
    below = next((t for t in stripped[i + 1:i + 4] if t), "")
    if below[:1] not in _POINT_MARKS:
        return None
    return Attribution(i, i, text, (Speaker(inner, inner, "", "other"),), alone=True)


def _label_at(lines: tuple[Line, ...], i: int, text: str, roles: RoleTable, listed: _Listed) -> Attribution | None:
    """The attribution that closes on line ``i``, or None."""
    opened = _bracket(text)
    start, before, label = i, "", text
    if opened is not None:
        k, inner = opened
        before, label = text[:k].rstrip(), text[k:]
    else:
        # the label broken by the extractor: 「…急務である。（野々」 / 「村構成員）」
        if len(text) > 30 or i == 0:
            return None
        prev = lines[i - 1].text.strip()
        k = _opening(prev + text, len(prev) + len(text) - 1)
        if k < 0:
            return None
        inner = prev[k + 1:] + text[:-1]
        start, before, label = i - 1, prev[:k].rstrip(), prev[k:] + text
    named = speakers_of(inner, roles)
    if (named is None or len(named[0]) == 1 and len(named[0][0].name) >= 5) and (
            body := listed.speaker(inner, i)) is not None:
        # ＜ＪＡみなみ＞, （あおば公共職業安定所）: the body the attendee list names, no ending says so;
        # （あおば地区保護司会） is no person あおば地区保護 and a title (a surname is shorter)
        named = (body,), False
    elif named is None and (body := _body_person(inner, roles, listed, i)) is not None:
        named = (body,), False  # 【きた川土地改良区／理事長】: the body the list names, then who spoke for it
    if named is None or before and not _point_end(before, roles):
        return None
    return Attribution(start, i, label, named[0], alone=not before, cover=named[1])


def _heading(text: str) -> bool:
    """A heading between the points: a number or a heading mark before a short label with no
    sentence (（１）担い手の確保について, ２．主な意見, ■意見交換, ２　意見交換)."""
    if len(text) > 40 or text[0] not in _HEADING_START or "。" in text:
        return False  # the cheap test first: asked of every line of a file with labels
    return text[0] in _HEADING_MARKS or NUMBERED.match(text) is not None or _NUMBER_SPACE.match(text) is not None


@dataclass
class _Block:
    """A paragraph of the pre-reading: its first and last positions, its last two lines (a
    narrator's ending may be broken over them) and the label that closes it."""

    first: int
    last: int
    end: str
    label: Attribution | None = None


def _blocks(stripped: Sequence[str], numbers: frozenset[int], labels: Mapping[int, Attribution], whole: bool,
            lo: int, hi: int) -> list[_Block]:
    """The paragraphs of lines ``lo``–``hi - 1`` (inside one section; ``stripped``: each line's
    text stripped, the view's): a paragraph starts at a bullet or ○, after a label, after a
    blank line that follows a sentence's end, and at every line of a Word file."""
    found: list[_Block] = []
    cur: _Block | None = None
    for i in range(lo, hi):
        text = stripped[i]
        if not text or i in numbers:  # (``numbers``: the page numbers, FileView.page_numbers)
            if cur is not None and not text and cur.end[-1:] in SENTENCE_STOPS:
                cur = None
            continue
        a = labels.get(i)
        if a is not None and a.start != i:
            continue  # the second line of a broken label: read with its first
        if a is not None and a.alone:
            found.append(_Block(i, a.end, a.label, a))
            cur = None
            continue
        if cur is None or whole or text[0] in _POINT_MARKS:
            cur = _Block(i, i, text)
            found.append(cur)
        else:
            cur.last, cur.end = i, cur.end[-40:] + text
        if a is not None:
            cur.label, cur.last = a, a.end
            cur = None
    return found


def _para_start(lines: tuple[Line, ...], i: int, labels: Mapping[int, Attribution], whole: bool) -> int:
    """The first line of the paragraph line ``i`` ends (looked for up to 40 lines above):
    where a bullet or ○ opens it, or below a label, a heading or a finished sentence."""
    while i > 0 and not lines[i].text.strip():
        i -= 1
    start = k = i
    while not whole and k > 0 and i - k < 40 and lines[start].text.strip()[:1] not in _POINT_MARKS:
        k -= 1
        text = lines[k].text.strip()
        if not text:
            continue
        if k in labels or _heading(text) or text[-1] in SENTENCE_STOPS and k < start - 1:
            break  # a label's line, a heading, or a finished sentence and a blank line below it
        start = k
    return start


def _sections(lines: tuple[Line, ...], text: str, labels: Mapping[int, Attribution]) -> list[int]:
    """The positions of the headings that divide the document into sections."""
    at = line_indexes(text, (m.start() for m in _HEADING_LINE.finditer("\n" + text)))
    return [i for i in at if i not in labels and _heading(lines[i].text.strip())]


#: why the labels of a section were read as they were (translated where shown)
AFTER_ENDS = N_("a point stands above the section's first label and none below its last")
ABOVE_ENDS = N_("the section's first label stands above its first point, and points follow its last")
AFTER_DOCUMENT = N_("the section's ends do not decide; elsewhere in the file labels end the points' own lines")
ABOVE_DEFAULT = N_("the section's ends do not decide, and no label ends a point's own line")
INLINE = N_("the label ends the point's own line, after its text")


def _spoken(b: _Block) -> bool:
    """A paragraph that is some speaker's point: no label alone, not the narrator's voice."""
    return b.label is not None and not b.label.alone or b.label is None and _NARRATION.search(b.end) is None


def _reported(b: _Block) -> bool:
    """A paragraph with no label that reports words in the narrator's voice (・…との意見があった。):
    a point of the label above it, whatever its ending says."""
    return b.label is None and bool(prose.framed_words(b.end, 0))


def _decide(before: list[_Block], after: list[_Block], inline_elsewhere: bool) -> tuple[bool, str]:
    """Whether the labels alone of a section stand after their points, and why, from the
    paragraphs of the section before its first label and after its last (``inline_elsewhere``:
    labels of the same brackets end points' own lines elsewhere, ``_pair``)."""
    above = any(map(_spoken, before))
    below = any(b.label is None and (_spoken(b) or _reported(b)) for b in after)
    if above and not below:
        return True, AFTER_ENDS
    if below and not above:
        return False, ABOVE_ENDS
    return (True, AFTER_DOCUMENT) if inline_elsewhere else (False, ABOVE_DEFAULT)


def _covered(lines: tuple[Line, ...], found: list[Attribution], heads: list[int],
             firsts: set[int]) -> dict[int, Attribution]:
    """The lines each label that 以上 opens covers: from the previous label or heading (or
    the file's start) to the label; the first of them with text goes into ``firsts``."""
    covered: dict[int, Attribution] = {}
    ends = [a.end for a in found]
    for k, a in enumerate(found):
        if not a.cover:
            continue
        head = bisect_left(heads, a.start)
        lo = max(ends[k - 1] + 1 if k else 0, heads[head - 1] + 1 if head else 0)
        while lo < a.start and not lines[lo].text.strip():
            lo += 1
        covered.update((n, a) for n in range(lo, a.start))
        firsts.add(lo)
    return covered


#: the marks of a numbered opinion's sub-points (・特に…, ※ 通勤時間帯に…, － …)
_SUB_MARKS = frozenset("・･※－-‐○◦▪•")


def _numbered_opinions(lines: tuple[Line, ...], stripped: Sequence[str], numbers: frozenset[int],
                       labels: Mapping[int, Attribution], whole: bool, at: Mapping[int, Attribution], covered: dict[int, Attribution],
                       firsts: set[int]) -> None:
    """A label after the last sub-point of a numbered opinion names who said the whole opinion::

        ①　駐輪場の不足が深刻であり、早急な対策が必要である。
        　・特に駅の北側が不足している。
        　※　通勤時間帯に集中する。（東山委員）

    the numbered paragraph and each sub-point above the label are the label's too (``covered``,
    as 以上 does; their first lines in ``firsts``) — when no other label and no heading stands
    between the number and the label, and the next line of text is no sub-point of the same
    opinion (a label that closes the opinion, not one sub-point among others; ``numbers``: the page
    numbers, passed over)."""
    for a in dict.fromkeys(at.values()):
        if a.cover:
            continue
        below = next((stripped[k] for k in range(a.end + 1, min(a.end + 40, len(stripped)))
                      if stripped[k] and k not in numbers), "")
        if below[:1] in _SUB_MARKS:
            continue
        lo, subs = _numbered_above(stripped, a.start, labels, covered)
        if lo < 0 or not subs and stripped[a.start][:1] not in _SUB_MARKS:
            continue  # no sub-point: the label is the numbered paragraph's own (the reading as before)
        covered.update((n, a) for n in range(lo, a.start))
        firsts.update((lo, *subs))


def _numbered_above(stripped: Sequence[str], start: int, labels: Mapping[int, Attribution],
                    covered: Mapping[int, Attribution]) -> tuple[int, list[int]]:
    """The numbered opinion above the label's line ``start``: its line and the sub-points'
    between, or -1 when a label, a heading or nothing numbered stands first. A numbered line is
    an opinion when it or the lines it goes on to hold a sentence (``③ 通行帯については、…であ`` /
    ``る。``), a heading else (``（１）担い手の確保について``)."""
    subs: list[int] = []
    went_on: list[str] = []  # the lines passed since the last sub-point, upwards: what a numbered line goes on to
    for k in range(start - 1, max(start - 40, -1), -1):
        text = stripped[k]
        if not text:
            continue
        if k in labels or k in covered:
            break
        if NUMBERED.match(text) is not None or _DIGIT_SPACE.match(text) is not None:
            return (k, subs) if "。" in text or _goes_on(text, went_on) else (-1, [])
        if _heading(text):
            break
        if text[0] in _SUB_MARKS:
            subs.append(k)
            went_on = []
        else:
            went_on.append(text)
    return -1, []


#: a number and a space before an opinion (1 駐輪場の不足が…。: ① as NFKC writes it)
_DIGIT_SPACE = re.compile(r"^[0-9０-９]{1,2}[ \u3000]+\S")
#: the fewest characters of a numbered line broken at the width (a heading is shorter: ２　意見交換)
_WRAPPED_NUMBERED = 20


def _goes_on(text: str, went_on: list[str]) -> bool:
    """A numbered line with no sentence's end is an opinion broken at the width when it names
    no topic (``…について`` is a heading), is as long as a line broken at the width, and the few lines
    below it end its sentence once, at the last, in no narrator's words (``③ 通行帯については、…であ`` /
    ``る。``; not ``（１）…について`` / ``事務局から…説明があっ`` / ``た。``, nor ``２　意見交換`` / ``事務局から説明
    があった。``)."""
    return (TOPIC.search(text) is None and 0 < len(went_on) <= 3 and went_on[0][-1] in SENTENCE_STOPS
            and not any("。" in t for t in went_on[1:]) and len(text) >= _WRAPPED_NUMBERED
            and _NARRATION.search(went_on[0]) is None)


def _groups(lines: tuple[Line, ...], heads: list[int],
            alone: list[Attribution]) -> list[tuple[int, int, list[Attribution]]]:
    """The labels alone by section: its first line, the line after its last, its labels."""
    groups: dict[int, list[Attribution]] = {}
    for a in alone:
        groups.setdefault(bisect_left(heads, a.start), []).append(a)
    return [(heads[k - 1] + 1 if k else 0, heads[k] if k < len(heads) else len(lines), group)
            for k, group in groups.items()]


def _pair(a: Attribution) -> str:
    """The opening bracket of a label (（ and ( are one): a document that ends its points with
    （北部医師会） and heads its bodies' bullets with ＜看護協会＞ writes two kinds of label, and the
    labels on the points' own lines say nothing of where the others stand."""
    opener = a.label.lstrip()[:1]
    return "（" if opener == "(" else opener


def _read_section(lines: tuple[Line, ...], stripped: Sequence[str], numbers: frozenset[int], labels: Mapping[int, Attribution], whole: bool, lo: int, hi: int,
                  group: list[Attribution], inline: bool, at: dict[int, Attribution], firsts: set[int],
                  held: set[int]) -> SpeakerReading:
    """Decide how the labels alone of a section (lines ``lo``–``hi - 1``) are read; those read
    after their points go into ``at`` (their lines), ``firsts`` (the first line of the point
    above) and ``held`` (the blank lines between); ``stripped``: the lines' texts stripped, ``numbers``
    the page numbers among them."""
    after, why = _decide(_blocks(stripped, numbers, labels, whole, lo, group[0].start),
                         _blocks(stripped, numbers, labels, whole, group[-1].end + 1, hi), inline)
    if after:
        for a in group:
            at.update((n, a) for n in range(a.start, a.end + 1))
            firsts.add(_para_start(lines, a.start - 1, labels, whole))
            n = a.start - 1
            while n >= 0 and not lines[n].text.strip():
                held.add(n)
                n -= 1
    return SpeakerReading(lines[lo].number, lines[hi - 1].number, len(group), after, why)


def read(lines: tuple[Line, ...], roles: RoleTable, whole: bool = False, view: FileView | None = None) -> Reading | None:
    """Where the document names speakers after their points, or None when it never does
    (``view``: the parser's prepared view of the lines, built here when not given).

    >>> from assembler.minutes.roles import load_roles
    >>> from assembler.model import Line
    >>> text = ["（１）財源", "・受益者負担を整理すべき。（A委員）", "・補助率の根拠を", "示してほしい。", "（B委員）"]
    >>> r = read(tuple(Line(t, n + 1) for n, t in enumerate(text)), load_roles())
    >>> sorted((k, a.speakers[0].label) for k, a in r.at.items())
    [(1, 'A委員'), (4, 'B委員')]
    >>> r = read(tuple(Line(t, n + 1) for n, t in enumerate(["（飯島委員）", "・重要である。", "・必要である。"])),
    ...          load_roles())
    >>> dict(r.at), r.notes[0].after
    ({}, False)
    """
    view = view or FileView(lines)
    text = view.joined
    listed = _Listed(view.stripped)
    found = _candidates(lines, view, roles, listed)
    if not found:
        return None
    inline = [a for a in found if not a.alone]
    by_line = {k: a for a in found for k in range(a.start, a.end + 1)}
    # 以上 says the label stands after what it names, alone on its line or not
    at: dict[int, Attribution] = {k: a for a in found if a.cover or not a.alone for k in range(a.start, a.end + 1)}
    firsts = {_para_start(lines, a.start, by_line, whole) for a in inline}
    held: set[int] = set()
    alone = [a for a in found if a.alone and not a.cover]
    heads = _sections(lines, text, by_line) if alone or any(a.cover for a in found) else []
    covered = _covered(lines, found, heads, firsts)
    pairs = frozenset(map(_pair, inline))
    notes = [_read_section(lines, view.stripped, view.page_numbers, by_line, whole, lo, hi, group, pairs.issuperset(map(_pair, group)),
                           at, firsts, held)
             for lo, hi, group in _groups(lines, heads, alone)]
    notes[:0] = [SpeakerReading(lines[inline[0].start].number, lines[inline[-1].end].number,
                                len(inline), True, INLINE)] if inline else []
    _numbered_opinions(lines, view.stripped, view.page_numbers, by_line, whole, at, covered, firsts)
    return Reading(MappingProxyType(at), frozenset(held), frozenset(firsts), tuple(notes),
                   MappingProxyType(covered), listed.heads(found, roles))


def cut_label(texts: list[str], label: str) -> list[str] | None:
    """The texts of a paragraph's lines without the label that ends them (it may be broken
    over the last lines), or None when they do not end with it. Spaces do not count.

    >>> cut_label(["・地域の担い手が", "急務である。（野々", "村構成員）"], "（野々村構成員）")
    ['・地域の担い手が', '急務である。', '']
    """
    want = _SPACES.sub("", label)
    out = list(texts)
    k = len(out) - 1
    while want and k >= 0:
        t = out[k].rstrip()
        while t and want:
            if t[-1].isspace():
                t = t[:-1]
                continue
            if t[-1] != want[-1]:
                return None
            t, want = t[:-1], want[:-1]
        out[k] = t.rstrip()
        k -= 1
    return None if want else out
