"""Headings that name an act and who does it, over a talk with no label (heads17).

Forums, symposia, workshops, briefings and 総会 records written as a programme print each part
as a heading — a mark or a number, the act (a noun of speaking: あいさつ, 報告, 基調講演, 講評,
事例紹介, 趣旨説明 …, with its number and its 「title」), then who does it — and the talk below it
in plain paragraphs, with no label::

    ■開会あいさつ　市民協働課長　浜野
    　皆さん、こんにちは。…
    ■報告１「空き店舗を使ったチャレンジショップ」　駅前通り商店会　会長　矢吹　正志
    　駅前通り商店会の矢吹でございます。…

The act is no part of the speaker: the speaker is the person the heading names (the surname;
the post before it the title, its role the role table's; the body before the post where they
come from), or the post alone when no person is named (``speaker``). The act's nouns are
``prose.SPEECH_WORDS`` (the one home of the nouns of speaking) and a ceremony's
(``roles.CEREMONY_WORDS``).

The headings are found in one pass before the parse (``find``), behind a cheap test on each
line (a noun of speaking in it, a space or a bracket after it); the parser decides each where
it stands (``LineParser.act_heading_step``: the talk must follow it). A heading that names no
one (■意見交換, グループワーク（約40分）, 第２部　パネル討論（14:10～）) ends the talk above it
(``section``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Role, Speaker
from ..text import NAME_CHARS, PLACE_ONLY_ENDS, UNIT_ENDS
from .forms import STAGE_WORD
from .prose import SPEECH_WORDS
from .roles import TITLE_END, UNIT_HEAD, CEREMONY_WORDS, RoleTable
from .trailing import TOPIC
from .view import FileView

__all__ = ["Heading", "find", "read", "section", "speaker", "timed"]

_SPACE = r"[ \u3000]"
#: a heading's mark or number before the act (■, ◆, 【, １．, （１）, 第２部, Ⅰ．), a turn's ○ (○報告　山田委員)
_LEAD = (r"(?:[■□◆◇●◎◉▼▽▲△★☆○◯〇]|[0-9０-９]{1,2}[．.、)）]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]"
         r"|[\u2474-\u2487\u2460-\u2473]|[\u2160-\u216b][．.、]?|第[0-9０-９一二三四五六七八九十]{1,3}部)")
#: the act: a few characters of its kind (開会, 基調, 事例, 趣旨, 来賓, 令和６年度事業), a noun of speaking, its number
_ACT_WORDS = "|".join(sorted({*SPEECH_WORDS, *CEREMONY_WORDS}, key=len, reverse=True))
_ACT = (rf"(?P<act>[\u3400-\u9fff々\u30a1-\u30faー0-9０-９]{{0,12}}?の?(?:{_ACT_WORDS})"
        r"(?:[0-9０-９①-⑳]{1,2}|[（(][0-9０-９]{1,2}[）)])?)")
#: its title in quotation brackets (「空き店舗の活用」, 『…』)
_TITLE = r"(?:[ \u3000]*(?P<title>「[^」]{1,60}」|『[^』]{1,60}』|“[^”]{1,60}”))?"
#: the whole heading: a mark or a number (or none), the act framed or not, its title, then who
#: does it after a space or a colon, or in brackets
#: … or the act alone, its mark or number before it: who does it may be on the next line
_ACT_ALONE = re.compile(rf"^{_SPACE}*(?:{_LEAD}{_SPACE}*){{1,2}}(?P<open>[【〔［\[＜<])?{_ACT}(?(open)[】〕］\]＞>]){_TITLE}{_SPACE}*$")
_HEADING = re.compile(
    rf"^{_SPACE}*(?P<lead>(?:{_LEAD}{_SPACE}*){{1,2}})?(?P<open>[【〔［\[＜<])?{_ACT}(?(open)[】〕］\]＞>]){_TITLE}"
    rf"(?:{_SPACE}*[：:]{_SPACE}*|{_SPACE}+|(?=[（(]))(?P<who>[^。、，,：:]{{1,40}}?){_SPACE}*$")
#: the cheap test: a line holding a noun of speaking the heading's act could end in
_MAY = re.compile(rf"(?:{_ACT_WORDS})")
#: a post's last characters (会長, 課長, 教授, 講師, 理事 …), and a body's (商店会, 大学, 支援センター
#: is a katakana word): no surname ends so
_POST_END = tuple(TITLE_END)
#: (a post's, a unit's, a place's that no surname shares: text's homes; a body's, a side's, a school's, an
#: institution's beside them)
_NOT_NAME_END = tuple(TITLE_END + UNIT_ENDS + PLACE_ONLY_ENDS + "会団省庁側学校院館社")
#: a surname or a given name: one to four kanji (a given name may end in kana: りつ子)
_NAME_WORD = re.compile(rf"^[\u3400-\u9fff\uf900-\ufaff々ヶ][{NAME_CHARS}\u3041-\u3096]{{0,3}}$")
_HONOURED = re.compile(r"(?:氏|さん|様|先生|君)$")
#: the role of who does the act as a field's label on the line below the act (講師：…, 発表者：…)
_WHO_FIELD = re.compile(r"^[^\s\u3000：:]{1,8}[：:][ \u3000]*")
#: a wide gap between a talk's title and who gives it (two full-width spaces or as wide: four
#: half-width; one full-width space typed as two half-width ones is none): who is after the last
_GAP = re.compile(r"\u3000[ \u3000]*\u3000|\u3000 {2,}| {2,}\u3000| {4,}")
#: a name in katakana (ジョンソン　ケイト): no word of a post, which ends in ー (アドバイザー, リーダー)
_KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa][\u30a1-\u30faー・]{1,9}(?<!ー)$")
#: a duration or a clock in brackets after a section's words (（約40分）, （14:10～）, （午後）)
_WHEN = re.compile(r"[（(][ \u3000]*(?:約|およそ)?[ \u3000]*[0-9０-９]{1,3}[ \u3000]*分(?:間)?(?:程度)?[ \u3000]*[）)]"
                   r"|[（(][ \u3000]*(?:午前|午後)?[0-9０-９]{1,2}[:：時][0-9０-９]{0,2}分?[ \u3000]*[～〜~\-－]?"
                   r"(?:[ \u3000]*[0-9０-９]{1,2}[:：時][0-9０-９]{0,2}分?)?[ \u3000]*[）)]")
#: a part of the programme alone (第２部: pdftotext broke 第２部　パネル討論 at its gap)
_PART = re.compile(r"第[0-9０-９一二三四五六七八九十]{1,2}部")
#: a section's heading: a mark or a number, a few words, no sentence
_SECTION = re.compile(rf"^{_SPACE}*(?:{_LEAD}|[【〔［＜])[^。、，,]{{1,30}}$")


#: what the words of who does an act never hold: brackets, a sentence's marks, a turn's mark (○大森会長
#: is a label of its own)
_NOT_WHO = re.compile(r"[「」『』（）()。：:○〇◯●◎■◆◇□・＊*※]")


@dataclass(frozen=True)
class Heading:
    """An act's heading: its act as written (``報告１``, ``開会あいさつ``) and who does it."""

    act: str
    speaker: Speaker
    #: the index of the heading's last line: the act's own, or the next with text when the
    #: extractor broke the heading before who does it (●講評 / 子育て支援アドバイザー　今泉)
    end: int


#: a place or a time with its particle (会場にて, 本部から, 別室で): where or when, no one's name
_PARTICLE_END = ("にて", "から", "より", "まで", "で")


def _name_word(word: str, roles: RoleTable) -> bool:
    """``word`` has the form of a surname or a given name, no post nor body (浜野, 正志; not 会長,
    准教授, 商店会, 会場にて)."""
    return ((_NAME_WORD.match(word) is not None and not word.endswith(_NOT_NAME_END + _PARTICLE_END)
             or _KATAKANA_NAME.match(word) is not None)
            and roles.split(word) is None and roles.guess(word) is None)


def speaker(who: str, roles: RoleTable) -> Speaker | None:
    """Who a heading names after its act (``who``: its words as written): a person — the body,
    the post, the surname and the given name apart (駅前通り商店会　会長　矢吹　正志), or the
    post and the surname run together (市民協働課長富樫), in brackets or not, a courtesy after it
    (森田 浩 氏, 小松さん) — or a post alone (副市長). The surname is the name, the post the title
    (its role the role table's; ``other`` for a post of a body named before it, or one the table
    does not hold), the label ``post（surname）``. None when the words name no one (a sentence, a
    duration, a place).

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.label, s.name, s.title, s.role) for s in map(lambda w: speaker(w, t), [
    ...     "市民協働課長　浜野", "駅前通り商店会　会長　矢吹　正志", "副市長", "（防災アドバイザー　今泉氏）"])]
    [('市民協働課長（浜野）', '浜野', '市民協働課長', 'secretariat'), ('駅前通り商店会　会長（矢吹）', '矢吹', '会長', 'other'), ('副市長', '', '副市長', 'government'), ('防災アドバイザー（今泉）', '今泉', '防災アドバイザー', 'other')]
    """
    who = _GAP.split(who.strip(" \u3000"))[-1]  # 報告（１）　デマンド交通の実証結果　　企画課　主査　今井
    if who[:1] in "（(" and who[-1:] in "）)":
        who = who[1:-1].strip(" \u3000")
    who = _HONOURED.sub("", who).strip(" \u3000")
    if not who or _WHEN.search(f"（{who}）") or _NOT_WHO.search(who) is not None:
        return None
    words = who.split()
    names = 0
    while names < min(2, len(words)) and _name_word(words[-1 - names], roles):
        names += 1
    if names == 2 and len(words[-1]) > 3 and len(words[-2]) > 3:
        names = 1  # two long words of kanji: a post or a body then a surname
    if names == 0:
        return _unspaced(words, roles)
    surname = words[-names]
    rest = words[:-names]
    while rest and TOPIC.search(rest[0]) is not None:
        rest = rest[1:]  # the talk's title with no 「」 (空き店舗の活用について): no body
    if not rest:
        return Speaker(surname, surname, "", "other") if names == 2 or len(surname) >= 2 else None
    post, body = rest[-1], rest[:-1]
    if not _post(post, roles):
        body, post = rest, ""
    if not post:
        return Speaker(f"{surname}（{'　'.join(body)}）", surname, "", "other")
    label = "　".join((*body, f"{post}（{surname}）"))
    return Speaker(label, surname, post, _role(post, body, roles))


def _post(word: str, roles: RoleTable) -> bool:
    """``word`` is a post: the role table reads it with a title, or it ends as a post does
    (教授, 講師, 代表, アドバイザー)."""
    sp = roles.split(word) or roles.guess(word)
    return (sp is not None and bool(sp.title) and not sp.name) or word.endswith(_POST_END) \
        or re.fullmatch(r"[\u30a1-\u30faー・]{3,}", word) is not None or word.endswith(("代表", "アドバイザー"))


def _role(post: str, body: list[str], roles: RoleTable) -> Role:
    """The role of a post: the role table's when it holds the post as it is and no body is named
    before it, or after an office's unit (企画課　主査, read together); a post of another body
    (駅前通り商店会　会長) or one the table does not hold, other."""
    if body and body[-1].endswith(UNIT_HEAD):  # 企画課　主査: an office's unit, its staff the table's role
        unit = roles.split(body[-1] + post)
        return unit.role if unit is not None and not unit.name else "other"
    sp = roles.split(post)
    return sp.role if sp is not None and sp.title == post and not sp.name and not body else "other"


def _unspaced(words: list[str], roles: RoleTable) -> Speaker | None:
    """No word is a name alone: a name and a title of the table in one word, labelled as written
    (山田委員), a post run into the name (市民協働課長富樫), else the post alone."""
    if len(words) == 1:
        titled = roles.split(words[0])
        if titled is not None and titled.name and titled.title:
            return titled
        glued = roles.post_then_person(words[0])
        if glued is not None:
            return glued
    return _post_alone(words, roles)


def _post_alone(words: list[str], roles: RoleTable) -> Speaker | None:
    """No person named: the post alone (副市長, 市民協働課長), with its body before it."""
    if not words or not _post(words[-1], roles):
        return None
    post, body = words[-1], words[:-1]
    label = "　".join((*body, post))
    return Speaker(label, "", post, _role(post, body, roles))


def read(text: str, roles: RoleTable) -> Heading | None:
    """The act and who does it, when ``text`` (a line, stripped) is an act's heading.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> h = read("■報告１「空き店舗の活用」　商店会　会長　宮越　亮", t); h.act, h.speaker.label
    ('報告１', '商店会　会長（宮越）')
    >>> read("■報告１　空き店舗の活用について　商店会長　宮越", t).speaker.label  # a title with no 「」
    '商店会長（宮越）'
    >>> [read(w, t) for w in ("■意見交換", "グループワーク（約40分）", "本日の報告　以上です。")]
    [None, None, None]
    """
    if len(text) > 90 or _MAY.search(text) is None:
        return None
    m = _HEADING.match(text)
    if m is None:
        return None
    sp = speaker(m["who"], roles)
    return Heading(m["act"], sp, -1) if sp is not None else None


def find(view: FileView, roles: RoleTable) -> dict[int, Heading]:
    """The lines that have the form of an act's heading, by index (the parser decides each where
    it stands: the talk below); a heading the extractor broke before who does it (●講評 / a blank
    line / 子育て支援アドバイザー　今泉) by its first line, ``end`` its last.

    >>> from assembler.minutes.roles import load_roles
    >>> from assembler.model import Line
    >>> lines = [Line(t, n) for n, t in enumerate(["●講評", "", "子育て支援アドバイザー　今泉", "どのグループも…"], 1)]
    >>> h = find(FileView(lines), load_roles())
    >>> [(i, x.act, x.speaker.label, x.end) for i, x in h.items()]
    [(0, '講評', '子育て支援アドバイザー（今泉）', 2)]
    """
    found: dict[int, Heading] = {}
    stripped = view.stripped
    for i, text in enumerate(stripped):
        # a heading holds no full stop (who does the act never does): most lines of a record do
        if "。" in text or not 2 <= len(text) <= 90 or _MAY.search(text) is None:
            continue
        if " " in text or "\u3000" in text or "（" in text or "(" in text or "：" in text:
            h = read(text, roles)
            if h is not None:
                found[i] = Heading(h.act, h.speaker, i)
                continue
        m = _ACT_ALONE.match(text)
        j = next((k for k in range(i + 1, min(i + 4, len(stripped))) if stripped[k]), None)
        if m is None or j is None or len(stripped[j]) > 48 or any(c in stripped[j] for c in "。、"):
            continue
        below = stripped[j]
        sp = speaker(below, roles) or speaker(_WHO_FIELD.sub("", below, 1), roles)  # 講師：東山大学　教授　…
        if sp is not None:
            found[i] = Heading(m["act"], sp, j)
    return found


def section(text: str) -> bool:
    """``text`` (stripped) is a section's heading that names no one: a mark or a number before a
    few words, no sentence (■意見交換, ３．質疑応答, 第２部　パネル討論（14:10～）), or words with a
    duration or a clock in brackets at their end (グループワーク（約40分））."""
    if "。" in text or len(text) > 40:
        return False
    return _SECTION.match(text) is not None or timed(text) or _PART.fullmatch(text) is not None


def timed(text: str) -> bool:
    """``text`` ends with a duration or a clock in brackets (グループワーク（約40分）): a section's —
    not a stage event's (休憩（10:30）, 再開（10:45）: the turn goes on past it)."""
    m = _WHEN.search(text)
    if m is None or m.end() != len(text):
        return False
    words = text[:m.start()].strip(" \u3000")
    return len(words) >= 2 and STAGE_WORD.fullmatch(words) is None
