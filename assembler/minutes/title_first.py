"""A speaker's label written title first, the surname after it: ``委員長　藤森``.

Municipal 審議会 minutes typed in Word as a table put the speaker in the left cell on two
lines, the title above and the surname below (委員長 / 藤森), or the office, the title and the
surname on three (環境政策課 / 課長補佐 / 宮下); the readers give such a cell as one line, its
lines apart by U+3000 (``ingest/pdf.py``, ``ingest/docx.py``). Read whole, ``委員長藤森`` has no
title at its end and would be nobody; read by its pieces, the last piece is the person and the
pieces before it the title: 藤森, 委員長. (Surname over title, 早川 / 委員, reads as 早川委員 anyway.)

Evidence: the pieces before the last make a title of the role table with no name in it, and
the last piece has the form of a surname (kanji, or katakana, at most six characters) and is no
title nor office (環境政策課 / 課長 is an office and its title, no person), nor what the meeting
does (委員長 / 挨拶, 会長 / 選出: ``proceedings``).

The same label typed as text (``typed_title_first``): ``委員長　藤森：ただいまから…``, ``副会長 田村：``,
or ``委員長　藤森`` alone on its line above the speech — where the form closes the label (a colon,
the line's end) — and ``会長　中島　ただいまから…`` with no colon (``spoken_title_first``), where the
kana of the speech say where the label ends. A title then what the meeting does (``会長　選出``:
``title_proceeding``) is a heading.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Speaker
from ..text import SPACES as _SPACES, UNIT_ENDS
from .forms import AGENDA_WORDS, SPEECH_ACT
from .roles import GROUP_VOICES

#: a surname or a full name: kanji (々 ヶ) or katakana, at most six characters
_NAME = re.compile(r"^(?:[\u3400-\u9fff\uf900-\ufaff々ヶ]{1,6}|[\u30a1-\u30fa\u30fc]{2,6})$")
#: a given name written in hiragana (まどか, さくら), after a surname in kanji
_GIVEN_KANA = re.compile(r"^[\u3041-\u3096]{2,4}$")
_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]+")
#: the endings of an office (a unit of the administration: ``text.UNIT_ENDS``; a hall, an agency, a
#: ministry, the words of a unit) — never a person
_OFFICE_END = (*UNIT_ENDS, "館", "庁", "省", "センター", "事務局", "グループ")
#: what the proceedings do to a title, no person: 会長　選出, 委員長　互選, 副会長　就任 (and a
#: speech act, 委員長　挨拶, or an item of the agenda, 会長　報告)
_PROCEEDINGS = re.compile(r"選出|互選|選任|選挙|就任|退任|指名|任命|委嘱|欠席|出席|退席|代理|不在|交代|交替")
#: a label typed as text in pieces apart by spaces (``委員長　藤森：ただいまから…``, ``副会長 田村：``,
#: ``環境政策課　課長補佐　宮下：``, ``市民活動センター　山本所長：``, or alone on its line): two or
#: three words, then a colon and the speech, or the line's end
_WORD = r"[\u3400-\u9fff\uf900-\ufaff々ヶ\u3041-\u3096\u30a1-\u30fa\u30fc]"  # a character of a title, a unit or a name
_TYPED = re.compile(rf"^(?P<label>{_WORD}{{1,16}}(?:[ \u3000]+{_WORD}{{1,16}})?[ \u3000]+{_WORD}{{1,10}})"
                    r"[ \u3000]*(?:(?P<colon>[：:])[ \u3000]*(?P<text>.*))?$")
#: … or the label, a space and the speech with no colon (``会長　中島　ただいまから…``): the
#: speech opens with kana within its first word (the label's pieces after the title hold none:
#: kanji, katakana; the title may, ``こども家庭課長　佐藤　お答えします。``, as it is one of the table)
_NO_KANA = r"[\u3400-\u9fff\uf900-\ufaff々ヶ\u30a1-\u30fa\u30fc]"
_TYPED_SPOKEN = re.compile(rf"^(?P<label>{_WORD}{{1,16}}(?:[ \u3000]+{_NO_KANA}{{1,16}})?[ \u3000]+{_NO_KANA}{{1,6}})"
                           rf"[ \u3000]+(?P<text>{_NO_KANA}{{0,6}}[\u3041-\u3096].*)$")


def title_then_name(label: str, split: Callable[[str], Speaker | None]) -> Speaker | None:
    """The speaker of ``委員長　藤森`` (title, a space, the surname): 藤森, title 委員長; None when the
    label is not so made. ``split`` is the role table's (title at the end of a label).

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [(s.label, s.name, s.title, s.role) for s in (title_then_name(t, split) for t in (
    ...     "委員長　藤森", "環境政策課　課長補佐　宮下", "副委員長 松浦"))]
    [('藤森委員長', '藤森', '委員長', 'chair'), ('宮下環境政策課課長補佐', '宮下', '環境政策課課長補佐', 'secretariat'), ('松浦副委員長', '松浦', '副委員長', 'chair')]
    >>> [title_then_name(t, split) for t in ("早川　委員", "委員長", "環境政策課　課長", "会長　森田委員", "委員　まちづくり課")]
    [None, None, None, None, None]
    """
    pieces = _SPACES.split(label.strip())
    if not 2 <= len(pieces) <= 3:
        return None
    name = pieces[-1]
    if not surname(name, split):
        return None
    title = "".join(pieces[:-1])
    sp = split(title)
    if sp is None or sp.name or sp.title != title:
        return None
    # the label as the other forms write it, name then title (藤森委員長): one person is cited one way
    # in a draft whose other tables or turns read 早川　委員 / 早川委員
    return Speaker(name + title, name, sp.title, sp.role)


def title_then_full_name(label: str, split: Callable[[str], Speaker | None]) -> Speaker | None:
    """A field export's speaker cell, title first then the person's full name, its words apart
    (``委員長 浅野 浩一``: 浅野, 委員長, labelled 浅野委員長 as the name and office fields give it;
    ``委員長 浅野浩一``, the full name unspaced: 浅野浩一委員長). None when the first word is no
    title of the table, or the words after it are no name.

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [(s.label, s.name, s.title, s.role) for s in (title_then_full_name(t, split) for t in (
    ...     "委員長 浅野 浩一", "農林課長 石井 誠", "委員長 浅野浩一", "課長 吉良 まどか", "課長 長谷部 修一"))]
    [('浅野委員長', '浅野', '委員長', 'chair'), ('石井農林課長', '石井', '農林課長', 'secretariat'), ('浅野浩一委員長', '浅野浩一', '委員長', 'chair'), ('吉良課長', '吉良', '課長', 'secretariat'), ('長谷部課長', '長谷部', '課長', 'secretariat')]
    >>> [title_then_full_name(t, split) for t in ("浅野 浩一", "委員長 挨拶", "委員長 会長 浅野")]
    [None, None, None]
    """
    pieces = _SPACES.split(label.strip())
    if not 2 <= len(pieces) <= 3:
        return None
    sp = split(pieces[0])
    if sp is None or sp.name or sp.title != pieces[0]:
        return None
    for k, word in enumerate(pieces[1:]):
        if k and _GIVEN_KANA.match(word):
            continue  # a given name in hiragana after the surname (吉良　まどか)
        if not surname(word, split, given=k == 0 and len(pieces) == 3):
            return None
    return Speaker(pieces[1] + sp.title, pieces[1], sp.title, sp.role)


def surname(word: str, split: Callable[[str], Speaker | None], given: bool = False) -> bool:
    """The word has the form of a surname or a full name (``_NAME``) and is no title of the role
    table, no office (環境政策課) and nothing the meeting does (挨拶, 選出: ``proceedings``); a
    surname with a given name after it (``given``) may end as an office does (長谷部　修一, 阿部　誠). Who
    speaks for a group (代表: 請願者　代表, a cell's two lines) is the title's word, no surname."""
    return (_NAME.match(word) is not None and (given or not word.endswith(_OFFICE_END)) and split(word) is None
            and word not in GROUP_VOICES and not proceedings(word))


def body_then_name(inner: str, split: Callable[[str], Speaker | None]) -> str | None:
    """The surname after a body in a label's brackets, a space between them (``中小企業相談所　村井``,
    ``いろは旅館 井川``: who speaks for the body the label's outer word names, 事務局（…）, 会員（…）):
    the last word a surname of four characters at most (no 君, 氏), the words before it no title of
    the table (``課長　鈴木`` is ``title_then_name``'s) and no surname before a given name (``須藤　光男``:
    kanji, three at most). None for any other bracket.

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [body_then_name(t, split) for t in ("中小企業相談所　村井", "いろは旅館 井川", "NPO法人 まちの縁側 原田")]
    ['村井', '井川', '原田']
    >>> [body_then_name(t, split) for t in ("中小企業相談所", "課長　鈴木", "資料 説明", "須藤　光男", "本町会 光男君")]
    [None, None, None, None, None]
    >>> [body_then_name(t, split) for t in ("乙部　和彦", "氷室 恵", "企画部　水野", "総務課　北村")]
    [None, None, '水野', '北村']
    """
    pieces = _SPACES.split(inner.strip())
    if not 2 <= len(pieces) <= 3:
        return None
    name, body = pieces[-1], "".join(pieces[:-1])
    if len(name) > 4 or name[-1] in "君氏" or not surname(name, split) or split(body) is not None:
        return None
    # 乙部　和彦, 阿部　誠: a surname of one character and 部, 室 or 所 before a given name is no unit (企画部 is)
    given = len(body) <= 2
    return None if len(body) <= 3 and _KANJI.fullmatch(body) and surname(body, split, given) else name


def proceedings(word: str) -> bool:
    """The word (one short word of kanji, no sentence) is what the meeting does, no surname: 挨拶,
    説明, 報告 (a speech act), 開会, その他 (an item of the agenda), 選出, 互選 (what is done to a
    title).

    >>> [proceedings(w) for w in ("挨拶", "互選", "その他", "藤森", "資料１に沿って御説明します")]
    [True, True, True, False, False]
    """
    if word in AGENDA_WORDS:
        return True
    return (len(word) <= 4 and _KANJI.fullmatch(word) is not None
            and (SPEECH_ACT.search(word) is not None or _PROCEEDINGS.search(word) is not None))


def title_proceeding(text: str, split: Callable[[str], Speaker | None]) -> bool:
    """A title of the role table, a space, then what the meeting does (``会長　選出``, ``委員長　挨拶``,
    ``副会長　互選``): a heading of the proceedings, no speaker and no speech.

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [title_proceeding(t, split) for t in ("会長　選出", "委員長 挨拶", "委員長　藤森", "議題　報告")]
    [True, True, False, False]
    """
    pieces = _SPACES.split(text.strip())
    if len(pieces) != 2 or not proceedings(pieces[1]):
        return False
    sp = split(pieces[0])
    return sp is not None and not sp.name and sp.title == pieces[0]


def typed_title_first(text: str, split: Callable[[str], Speaker | None],
                      unit_person: Callable[[str], Speaker | None] | None = None) -> tuple[Speaker, str | None, bool] | None:
    """A line that opens with a label typed title first (``委員長　藤森：ただいまから…``,
    ``副会長 田村：…``, ``委員長　藤森`` alone): the speaker (``title_then_name``: 藤森, 委員長),
    the speech after the colon (None when there is none) and whether a colon closed the label.
    None for any other line — a title then what the meeting does (``委員長　挨拶``, ``会長　選出``),
    a title then speech after a space with no colon (``会長　中島　ただいま…``: ``spoken_title_first``
    reads it). ``unit_person`` reads the same label made otherwise, a unit then the person
    (``市民活動センター　山本所長：…``), when it is not title first.

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [(s.label, rest, colon) for s, rest, colon in (typed_title_first(t, split) for t in (
    ...     "委員長　藤森：ただいまから始めます。", "副会長 田村：", "会長　中島"))]
    [('藤森委員長', 'ただいまから始めます。', True), ('田村副会長', None, True), ('中島会長', None, False)]
    >>> [typed_title_first(t, split) for t in ("委員長　挨拶", "会長　選出", "会長　中島　ただいまから", "委員　早川委員：")]
    [None, None, None, None]
    """
    m = _TYPED.match(text)
    if m is None:
        return None
    sp = title_then_name(m["label"], split) or (unit_person(m["label"]) if unit_person is not None else None)
    if sp is None:
        return None
    return sp, m["text"] or None, m["colon"] is not None


def spoken_title_first(text: str, split: Callable[[str], Speaker | None]) -> tuple[Speaker, str] | None:
    """A line that opens with a label typed title first and goes on with the speech after a
    space, no colon (``会長　中島　ただいまから会議を開きます。``): the speaker (``title_then_name``:
    中島, 会長) and the speech. The label ends where the kana begin: its pieces are a title of the
    role table and a surname (kanji or katakana, no kana), and the speech's first word runs into
    kana (ただいま…, 本日は…). None for any other line — a title then a heading (``委員長　挨拶``), a
    roster's entry (``会長　中島　一郎``: no kana after the name).

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [(s.label, rest) for s, rest in (spoken_title_first(t, split) for t in (
    ...     "会長　中島　ただいまから始めます。", "副委員長 松浦 本日は欠席の連絡があります。",
    ...     "こども家庭課長　佐藤　お答えします。"))]
    [('中島会長', 'ただいまから始めます。'), ('松浦副委員長', '本日は欠席の連絡があります。'), ('佐藤こども家庭課長', 'お答えします。')]
    >>> [spoken_title_first(t, split) for t in ("会長　中島　一郎", "委員長　挨拶　ただいまから", "会長　ただいまから",
    ...     "会長　中島：ただいまから")]
    [None, None, None, None]
    """
    m = _TYPED_SPOKEN.match(text)
    if m is None:
        return None
    sp = title_then_name(m["label"], split)
    return None if sp is None else (sp, m["text"])
