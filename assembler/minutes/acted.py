"""Records that narrate who acted, line by line, in である style.

Many 会議録 of boards (教育委員会, 農業委員会, 選挙管理委員会, 監査委員) and of small towns'
審議会 are kept in Word by a clerk who writes the meeting in the third person, each line or
paragraph saying WHO did WHAT, and only some turns verbatim::

    午前１０時００分、三輪教育長、開会を宣する。
    議案第５号　…について、学務課長が資料に基づき説明。
    菅野委員が、物価の上昇分をすべて保護者に求めるのは避けるべきではないかと質問。
    これに対し、学務課長が、市の補助を増やす方向で協議中であると回答。
    全員異議なく原案のとおり可決。                      (no actor: the clerk's narrative)

A sentence **reports an act** when it has this structure, whatever its words:

- an **actor** — a name, a title or both (``三輪教育長``, ``学務課長``, ``田中 和夫委員``) that
  the role table reads as a speaker — is the subject of the act: it stands at its start or
  right after one of its first leading clauses ending in 、 (…について、 / 午前１０時、 / これに
  対し、 / 質疑終了後、), or inside such a clause after a phrase of how it came to act (…の指示
  により), followed by が, は or 、 — not in a subordinate clause (…が説明した後、 …が提出した
  議案について、: ``actor``);
- it **ends in an act** in noun or である form (``prose.PLAIN_ACT_END``: 説明。 質問。 回答。
  意見を述べた。 指名。 可決。 開会を宣する。 採決に諮る。 — the vocabulary is prose.py's,
  the one home of what a report names).

What the report carries (``prose.carries_plain``) decides its kind: an act that runs the
meeting (開会, 指名, 採決, 可決 …) or one named without words (資料に基づき説明) is procedural;
words reported before a speech act (…と質問, …との意見, …旨を答弁) are read as ``kind`` reads
them, and they are the point's text (``reported``): the draft shows what was said, the
sentence as written is the point's ``narration`` (the trace, the appendix). Lines that open with a mark or a bracket, and verbatim turns (a title, a space, the
words), are not reports of this kind and keep their readings.

The reports are found in one pass before the parse (``find``), behind a cheap test on each
line's last characters, so a file with none pays next to nothing; and only a file with at
least ``_AT_LEAST`` of them is read so (one such line in a verbatim record is left as before).
In such a file a second pass reads the sentences the cheap test passed over and the paragraphs
found again, the wider way (``_report``): an actor named with から before a noun of speaking
there was (なお、菅野委員からは、…との意見があった。), an act that ends an earlier clause
(委員長が開会を宣告し、直ちに議事に入る。), one act a clause when another actor follows it.
A report's sentence may be wrapped over lines (pdftotext: a full line that ends no sentence
goes on on the next, past a blank line, a page number or a running head between).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..model import Kind, Line, Speaker
from ..text import DASHES, NAME_CHARS
from . import prose, title_first
from .kind import reverse_pattern
from .view import FileView

__all__ = ["Report", "Acted", "actor", "may_act", "find", "report", "reported"]

# the characters of a name or a title (kanji, katakana, numbers: ３番柳沢委員)
_NAME = rf"[{NAME_CHARS}・0-9０-９]"
# an actor: a run of them, a space allowed once inside (田中 和夫委員; two: U+3000 typed as two), then が, は or 、
#: … and the person in brackets after the title (議長（川村組合長）は、: the chair named, as such a label is read)
_IN_BRACKETS = rf"(?:[（(]{_NAME}{{1,16}}[）)])?"
_ACTOR = re.compile(rf"({_NAME}{{1,16}}(?:[ \u3000]{{1,2}}{_NAME}{{1,10}}){{0,2}}{_IN_BRACKETS})(が|は|[、，])")
_LEAD = re.compile(r"[、，]")
# a verbatim turn's label: a name or a title alone before a space (学務課長　保護者負担は…)
_TURN = re.compile(rf"({_NAME}{{1,16}})[ \u3000]")
_LEADING_CLAUSES = 3  # the actor stands after at most this many leading clauses
_LEAD_WITHIN = 60  # … and starts this near the sentence's start
_SPACES = re.compile(r"[ \u3000]+")
_MARK_START = frozenset("○〇◯●◎◆◇■□▲△☆★・･*＊※「『（(【［[〔<＜" + DASHES)
# the cheap test: the last character of an act's noun written in kanji or katakana (説明, 可決),
# the last two of a noun in kana (問い, お願い) or of a verb that ends an act (説明する, 質問した,
# 答弁を行う, 意見を述べた, 採決に諮る, 開会を宣す, 訴えた)
_WORDS = (*prose.SPEECH_WORDS, *prose.MEETING_WORDS)
_NOUN_LAST = frozenset(w[-1] for w in _WORDS if not "\u3041" <= w[-1] <= "\u309f")
_KANA_TAILS = frozenset(w[-2:] for w in (*_WORDS, *prose.MEETING_VERBS, *prose.SPEECH_VERBS)
                        if "\u3041" <= w[-1] <= "\u309f") | frozenset(("する", "した", "行う", "べた", "めた", "えた", "けた"))
_PAST_TAILS = ("行った", "諮った")  # not 〜があった, the summaries' past (prose.py reads it)
_AT_LEAST = 2  # reports of this kind that make a record one the clerk narrates
#: ``prose.PLAIN_ACT_END`` written backwards (``kind.reverse_pattern``), matched once at the start of
#: a line reversed: the search of the line's last 24 characters tried its hundred words at each of
#: them (~50k instructions a line ending in a full stop). Its widest match is 12 characters and it
#: has no look-arounds, so a match ends the line within its last 24 either way: ``find``'s cheap
#: test, the same lines (tests/test_prepass_fast_paths.py holds the two together)
_ACT_END_BACKWARDS = re.compile(reverse_pattern(prose.PLAIN_ACT_END.pattern))
_BACK = 5  # the lines a wrapped sentence is followed back over

#: an actor that refers back to one named before (同評議員から、 同氏は、 同課長が)
_REFERS = re.compile(rf"同{_NAME}{{1,8}}")

Resolve = Callable[[str], "Speaker | None"]
_Read = tuple[Speaker, tuple[Kind, str], str, str]  # a report read: speaker, kind and evidence, why, words said
_Spans = list[tuple[int, int, _Read]]  # the reports of a sentence, each where it stands in it


@dataclass(frozen=True)
class Report:
    """One sentence read as a report of an act: its actor, what it carries, where it stands."""

    speaker: Speaker
    text: str  # the sentence as written
    first: int  # the first and last of the paragraph's lines it stands on (0-based in ``Acted.lines``)
    last: int
    judged: tuple[Kind, str]
    why: str  # the evidence: the actor as written and the act (学務課長が … 説明)
    #: the words the sentence reports (``reported``), a span of ``text``; "" for an act
    #: reported without words (資料に基づき説明, 開会を宣する): the point's text then is the sentence
    said: str = ""
    #: the actor as written when it refers back to one named before (同評議員, 同氏): the parser
    #: names them in the order it reads the reports (``speaker`` is the title's, nobody named)
    refers: str = ""


@dataclass(frozen=True)
class Acted:
    """A paragraph of reports: the source lines it stands on (``idx``), the lines' text
    (``lines``: blank lines, page numbers and running heads between are ``None``), its reports."""

    idx: tuple[int, ...]
    lines: tuple[Line | None, ...]
    reports: tuple[Report, ...]


def may_act(text: str) -> bool:
    """The cheap test: a line whose end could be an act's (…説明。 …可決。 …宣する。), not
    the polite speech of a verbatim turn (…ます。 …です。 …ました。).

    >>> [may_act(t) for t in ("資料に基づき説明。", "開会を宣する。", "よろしくお願いします。", "以上でした。", "そうですね",
    ...                       "検討していきたい。", "必要である。", "…と強調した。")]
    [True, True, False, False, False, False, False, True]
    """
    if len(text) < 3 or text[-1] not in "。．":
        return False
    return (text[-2] in _NOUN_LAST or text[-3:-1] in _KANA_TAILS and text[-4:-3] not in ("ま", "で")
            or text[-4:-1] in _PAST_TAILS)


def actor(sentence: str, resolve: Resolve, wider: bool = True) -> tuple[Speaker, int, str] | None:
    """The speaker a sentence names as its actor, where the name (and its particle) ends, and
    the name as written with its particle.

    The actor is the subject of the sentence's act: a name or a title the role table reads,
    with が, は or 、 (or, ``wider``, から/より before a noun of speaking that there was: …との意見があった),
    standing at the start of one of the sentence's first clauses, or inside it after a phrase
    saying how it came to act (…の指示により事務局長が, これを受けて委員長が). A subject whose
    clause is subordinate — it ends before 、 in 後, ところ, 際, 結果, について … (学務課長が説明し
    た後、…, 教育長が提出した議案について、…) — acts in that clause only: the actor is looked for
    after it, and is that subject only when no other follows (議長が賛否を諮ったところ、全員異議
    なく可決した).

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles().split
    >>> [(a[0].label, a[2]) for a in (actor("これに対し、学務課長が、協議中であると回答。", r),
    ...  actor("午前１０時、三輪教育長、開会を宣する。", r), actor("田中 和夫委員は、反対と発言。", r))]
    [('学務課長', '学務課長が'), ('三輪教育長', '三輪教育長、'), ('田中和夫委員', '田中 和夫委員は')]
    >>> [(a[0].label, a[2]) for a in (actor("教育長が提出した議案について、菅野委員が質問。", r),
    ...  actor("これを受けて、委員長の指示により事務局長が説明。", r), actor("なお、菅野委員からは、…との意見があった。", r))]
    [('菅野委員', '菅野委員が'), ('事務局長', '事務局長が'), ('菅野委員', '菅野委員からは、')]
    >>> actor("全員異議なく原案のとおり可決。", r), actor("議案第１３号は、全員賛成で可決。", r)
    (None, None)
    """
    at = 0
    held: tuple[Speaker, int, str] | None = None  # the first subject of a subordinate clause
    for k in range(_LEADING_CLAUSES + 1):
        for pos, part in _subject_starts(sentence, at, wider, resolve):
            m = _ACTOR.match(sentence, pos) or (_FROM.match(sentence, pos) or _ALSO.match(sentence, pos)
                                                if wider else None)
            if m is None or (sp := _named(m[1], part, resolve)) is None:
                continue
            if m.group()[-1] in "、，" or not _subordinate(sentence, m.end()):
                return sp, m.end(), m.group()
            held = held or (sp, m.end(), m.group())
        if k == 0 and _verbatim(sentence, resolve):
            return None  # a verbatim turn: a title, a space, the words (教育長　それでは、…)
        lead = _LEAD.search(sentence, at, _LEAD_WITHIN)
        if lead is None:
            break
        at = lead.end()
    return held  # no actor after it: the subordinate clause's (議長が…を諮ったところ、全員異議なく可決した)


def _verbatim(text: str, resolve: Resolve) -> bool:
    """The text opens as a verbatim turn does: a name or a title the role table reads, then a
    space (学務課長　保護者負担は…) — not a title then the person's name before から/より or
    a particle set off by a comma (監事 柏木由美から、…との意見があった; 理事長 真柴恵子は、…: who
    acted, written title first).

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> r = lambda n: t.split(n) or t.title_then_person(n)
    >>> _verbatim("学務課長　保護者負担は据え置きます。", r), _verbatim("監事 柏木由美から、…との意見があった。", r)
    (True, False)
    """
    turn = _TURN.match(text)
    if turn is None or resolve(turn[1]) is None:
        return False
    named = _FROM.match(text) or _ACTOR.match(text)
    if named is not None and named.re is _ACTOR and named[2] not in "、，" and text[named.end():named.end() + 1] not in "、，":
        return True  # 学務課長　保護者負担は据え置きます: a subject of the speech, no actor set off by a comma
    sp = resolve(_SPACES.sub("", named[1])) if named is not None and named.end(1) > turn.end() else None
    return sp is None or not sp.name


#: a phrase before the actor inside its clause: how it came to act (議長の指示により事務局長が,
#: これを受けて委員長が, 会長に続いて副会長が)
_HOW = re.compile(r"[^、，。「」]{1,24}?(?:により|によって|を受けて|に基づき|に続いて|に続き|に応じて|として|に対し(?:て)?)")
#: the end of a subordinate clause (its subject acts in it, not in the sentence's act; a passive's subject —
#: 小松評議員が議長に選出され、 — is acted on)
_SUBORDINATE = re.compile(r"(?:後|あと|ところ|際|ため|上で|うえで|結果|について|に関して|に関し|に係る|場合|ので|のち|され)$")
#: an actor who does as the one before (…と述べ、小田監事も同様の意見を述べた)
_ALSO = re.compile(rf"({_NAME}{{1,16}})(も)[、，]?")
#: a verb of speaking in the past that ends the sentence, its words before it (…と回答した。)
_SAID_END = re.compile(rf"(?:と|旨を?|ことを){prose.SAID_STEM}た[。．]?$")
#: an actor named with から/より (菅野委員からは、…との意見があった)
_FROM = re.compile(rf"({_NAME}{{1,16}}(?:[ \u3000]{{1,2}}{_NAME}{{1,10}}){{0,2}}{_IN_BRACKETS})(?:から|より)(?!の)(?:は|も)?[、，]?")


#: a connective before the actor with no comma after it (さらに同総代から、 また同委員より、)
_ASIDE = re.compile(r"(?:また|さらに|なお|続いて|続けて|次いで|次に|その後|引き続き|加えて|最後に)(?=[^\s\u3000、，])")
#: an apposition before the actor (選考委員会の委員長である三浦総代から、)
_BEING = re.compile(r"[^、，。「」]{1,24}?である(?=[^\s\u3000、，])")
#: how a name alone is honoured (中村氏, 山田さん): no title of its own
_HONORIFICS = ("氏", "さん", "君", "様")
_HONORED = re.compile(r"(?:氏|さん|君|様)$")
#: the part an actor plays at the meeting, a title of the table before its name (司会の小西事務局長が)
_PART = re.compile(rf"({_NAME}{{1,8}})の(?={_NAME})")
#: the words that say which of them an anonymous actor is (ある評議員より, 複数の理事から)
_WHICH = re.compile(prose.DETERMINER)


def _subject_starts(sentence: str, at: int, wider: bool, resolve: Resolve) -> list[tuple[int, str]]:
    """Where a clause's subject may stand, each with the title its part names (or ""): its
    start, after a phrase of how it came to act, and — in a record found to narrate who acted
    (``wider``) — past a connective with no comma (さらに同総代から), an apposition (選考委員会の委員長
    である三浦総代から), the words that say which of them an anonymous actor is (ある評議員より、…:
    a summary's ある委員は、…と述べた stays the summary's report, ``prose.py``) or the part they
    play there or a word of where they come from (司会の小西事務局長が; 事務局長の荒木が: the title is
    the surname's; ３０５号室の組合員から)."""
    starts = [(at, "")]
    how = _HOW.match(sentence, at)
    if how is not None:
        starts.append((how.end(), ""))
    if not wider:
        return starts
    for lead in (_ASIDE, _BEING):
        m = lead.match(sentence, at)
        if m is not None:
            starts.append((m.end(), ""))
    which = _WHICH.match(sentence, starts[-1][0])
    if which is not None:
        starts.append((which.end(), ""))
    part = _PART.match(sentence, starts[-1][0])
    if part is not None:  # 司会の, 事務局長の (a title: the name's), ３０５号室の (where they live)
        starts.append((part.end(), part[1] if resolve(part[1]) is not None else ""))
    return starts


def _named(name: str, part: str, resolve: Resolve) -> Speaker | None:
    """The speaker an actor's name reads as, with the title of the part it plays before it
    when the name has none of its own (事務局長の荒木 → 荒木事務局長, 理事の中村氏 → 中村理事;
    司会の小西事務局長 → 小西事務局長); a title, the surname and the given name apart (理事 黒田 亜希子)
    as such a label is read everywhere (``title_first.title_then_full_name``: 黒田理事)."""
    if len(pieces := _SPACES.split(name)) == 3 and (
            sp := title_first.title_then_full_name(" ".join(pieces), resolve)) is not None:
        return sp
    name = "".join(pieces)
    sp = resolve(name)
    if part and (sp is None or sp.title == "" or sp.title in _HONORIFICS):
        sp = resolve(_HONORED.sub("", name) + part) or sp
    return sp


def _subordinate(sentence: str, end: int) -> bool:
    """The clause a subject (ending at ``end``) heads ends as a subordinate one does, before 、."""
    stop = _LEAD.search(sentence, end)
    return stop is not None and _SUBORDINATE.search(sentence, end, stop.start()) is not None


def report(sentence: str, resolve: Resolve) -> tuple[Speaker, tuple[Kind, str], str] | None:
    """The sentence read as a report of an act: its speaker, its kind and the evidence; None
    when it names no actor or ends in no act (the parser asks it of a sentence alone too: the
    clerk's closing 「以上をもって…、議長は…閉会を宣した。」 in a summary of reports)."""
    read = _report(sentence, resolve, False)
    return (read[0], read[1], read[2]) if read is not None else None


def _report(sentence: str, resolve: Resolve, wider: bool) -> tuple[Speaker, tuple[Kind, str], str, str] | None:
    """The sentence read as a report of an act: its speaker, its kind, the evidence and the
    words it reports (``reported``); None when it names no actor or holds no act of its.
    ``wider``: in a record found to narrate who acted, also an actor named with から and an
    act in an earlier clause (``find``'s second pass)."""
    who = actor(sentence, resolve, wider)
    if who is None:
        return None
    sp, end, named = who
    read = _act_of(sentence, end, named, resolve, wider)
    if read is None and wider and (held := _held_act(sentence, who)) is not None:
        return held  # (議長は、…を諮ったところ、…こととなり、理事長は…氏を推薦した。: the chair's act)
    if read is None:
        return None
    clause, (how, words, act) = read
    said = reported(clause, end, words) if how == "words" else ""
    judged = prose.kind_of(clause, how, said or words)  # the kind of the words the point shows
    if how == "act":
        kind = _act_class(clause[end:])
        judged = ("procedural", f"{kind}: reported act {act}" if kind else "reported act")
    return sp, judged, f"{named}…{act}", said


def _held_act(sentence: str, who: tuple[Speaker, int, str]) -> tuple[Speaker, tuple[Kind, str], str, str] | None:
    """The report of a sentence whose actor (``who``) acts in a clause of time before the sentence
    goes on to what followed (…を諮ったところ、 …を説明した後、), when the sentence ends in nothing
    it reports: that act, a procedural point, the sentence as written (議長は、…候補者の選び方を諮った
    ところ、理事長に一任することとなり、理事長は…氏を推薦した。: the chair put it to the meeting);
    None when no such clause ends in an act of running the meeting or of speaking.

    >>> from assembler.minutes.roles import load_roles
    >>> s = "議長は、欠員について、選び方を諮ったところ、一任となり、理事長は中野氏を推薦した。"
    >>> r = _held_act(s, actor(s, load_roles().split))
    >>> r[0].label, r[1]
    ('議長', ('procedural', 'business: reported act 諮った'))
    """
    for stop in _LEAD.finditer(sentence, who[1] + 1):
        cut = _THEN.search(sentence, who[1], stop.start())
        if cut is None:
            continue
        how, _, act = prose.carries_plain(sentence[:cut.start()] + "。", who[1])
        if how != "act":
            return None
        kind = _act_class(act)
        return who[0], ("procedural", f"{kind}: reported act {act}" if kind else "reported act"), f"{who[2]}…{act}", ""
    return None


#: the end of a clause of time, what followed after it (…を諮ったところ、 …説明した後、 …協議の上で、)
_THEN = re.compile(r"(?:ところ|後|あと|上で|うえで|結果)$")


#: a noun of speaking that there was, after an actor named with から/より (…との意見があった,
#: …旨の発議があり、全員異議なく決定した)
_THERE_WAS = re.compile(rf"({prose.SPEECH_NOUN})(?:等|など)?(?:が|も)(?:あった|あり|なされた|なされ|出された|出され)")
#: a noun of speaking that there was, joined to what follows (…について質問があり、事務局長から…;
#: …との要望が出されたが、議長は、…)
_THERE_WAS_AND = re.compile(rf"(?:{prose.SPEECH_NOUN})(?:等|など)?(?:が|も)(?:あり|なされ|出され|(?:あった|なされた|出された)が)[、，]")
#: an act that ends a clause before the last (委員長が開会を宣告し、直ちに議事に入る。 教育長が採決
#: に諮り、…): the noun and its light verb, or a verb of running the meeting, in the form that goes on
_MEETING_NOUN = "|".join(prose.MEETING_WORDS)
_GOES_ON = re.compile(rf"(?P<noun>{prose.SPEECH_NOUN}|{_MEETING_NOUN})(?:等|など)?{prose.LIGHT_GOES_ON}[、，]"
                      r"|(?P<verb>宣し|諮り|告げ|開き|閉じ)[、，]"
                      rf"|(?:(?<=[と旨])|(?<=旨を))(?P<said>{prose.SAID_STEM})[、，]")
#: an act of running the meeting that the sentence ends on as done, in the passive (…全員異議なく
#:原案のとおり承認された。 …可決されました。): the act of the actor who put it to the meeting
_DONE = re.compile(rf"({_MEETING_NOUN})(?:され|となっ)(?:た|ました)[。．]?$")
#: those verbs as the act's plain form is written (宣し → 宣する), for reading the act
_PLAIN = {"宣し": "宣する", "諮り": "諮る", "告げ": "告げる", "開き": "開く", "閉じ": "閉じる"}


def _act_of(sentence: str, end: int, named: str, resolve: Resolve,
            wider: bool) -> tuple[str, tuple[str, str, str]] | None:
    """The act the actor (its name and particle ``named`` ending at ``end``) performs in the
    sentence, as ``prose.carries_plain`` reads it, with the clause it was read from: for an
    actor named with から/より, the noun of speaking that there was after it; else the act the
    sentence ends in, or failing that the act that ends an earlier clause when no other actor
    follows it (…を宣告し、直ちに議事に入る: the rest is the narrator's)."""
    if _FROM.fullmatch(named):
        there = _THERE_WAS.search(sentence, end)
        if there is not None:
            return _carried(sentence[:there.end(1)], end)
        if not wider or _SAID_END.search(sentence, end) is None and _subject_after(sentence, end, resolve):
            return None
        # 事務局長から、…と回答した: the act's verb in place of the noun that there was; the act in any
        # form when no subject of its own follows (議長から、…事務局に説明を求めた。 会長より挨拶。
        # 事務局長から資料について説明し、…) — not 議長から指名を受けた事務局長が説明した (the 事務局長's)
    if prose.carries_plain(sentence, end)[0] is not None:
        return _carried(sentence, end)
    done = _DONE.search(sentence, end) if wider else None
    if done is not None:  # 議長が議場に諮ったところ、…承認された: the act the chair put to the meeting
        return _carried(sentence[:done.end(1)] + "。", end)
    on = _GOES_ON.search(sentence, end) if wider else None
    if on is None or actor(sentence[on.end():], resolve) is not None:
        return None
    return _carried(sentence[:on.end("noun")] if on["noun"] else sentence[:on.end("said")] + "た" if on["said"]
                    else sentence[:on.start("verb")] + _PLAIN[on["verb"]],
                    end)


#: a subject after the name of one named with から/より (…指名を受けた事務局長が説明した)
_SUBJECT_AFTER = re.compile(rf"({_NAME}{{1,16}})(?:が|は)")


def _subject_after(sentence: str, end: int, resolve: Resolve) -> bool:
    """A speaker the role table reads stands after ``end`` as a subject (が, は).

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles().split
    >>> _subject_after("議長から指名を受けた事務局長が説明した。", 4, r), _subject_after("会長より挨拶。", 4, r)
    (True, False)
    """
    return any(resolve(m[1]) is not None for m in _SUBJECT_AFTER.finditer(sentence, end))


def _again(sentence: str, who: tuple[Speaker, int, str], on: re.Match[str],
           resolve: Resolve) -> list[tuple[int, int, tuple[Speaker, tuple[Kind, str], str, str]]] | None:
    """The reports of a sentence whose actor (``who``) says something (…と答え、 ``on``) and goes
    on with no other actor (原施設長は、…ためであると答え、秋以降は元の水準に戻っていると述べた。):
    two reports of that actor when the rest reports words too or an act that runs the meeting
    (議長は、…終了した旨を述べ、閉会を宣した。), else one whose words are those
    before the joint (水野評議員は、…下がっていると指摘し、その理由を尋ねた。: the question names
    no words); None when the first clause reports no words."""
    first = _report(sentence[:on.end()], resolve, True)
    if first is None or not first[3]:
        return None
    second = _report(who[2] + ("、" if who[2][-1] in "はがよら" else "") + sentence[on.end():], resolve, True)
    if second is not None and (second[3] or second[1][1].split(":")[0] in _MEETING_ACTS):
        # …と答え、…と述べた: two reports of words; …終了した旨を述べ、閉会を宣した: the words, then the act
        return [(0, on.end(), first), (on.end(), len(sentence), second)]
    whole = _report(sentence, resolve, True)
    return [(0, len(sentence), (first[0], first[1], whole[2] if whole else first[2], first[3]))]


def _carried(clause: str, end: int) -> tuple[str, tuple[str, str, str]] | None:
    """The clause and what it carries (``prose.carries_plain``: words or an act), else None."""
    how, words, act = prose.carries_plain(clause, end)
    return (clause, (how, words, act)) if how is not None and how != "intro" else None


def _acts(sentence: str, resolve: Resolve, wider: bool) -> _Spans:
    """The reports of a sentence, each with where it stands in it: the sentence's, or — in a
    record found to narrate who acted (``wider``) — one a clause when an act ends a clause and
    another actor follows (会長の指示により早瀬主査が日程を報告し、午後３時、会長が閉会を宣した。:
    the first clause is the 主査's act, the rest the chair's) — unless the sentence reports
    words that the later one stands in, with no 、 after it to open words of its own
    (会長が開会を宣言し、出席委員が６名で…ことを確認した: the chair's)."""
    asked = _asked(sentence, resolve) if wider else None
    if asked is not None:
        cut, asker = asked
        answered = _acts(sentence[cut:], resolve, wider)
        if answered:
            return [(0, cut, asker), *((cut + a, cut + b, r) for a, b, r in answered)]
    who = actor(sentence, resolve, wider) if wider else None
    if who is not None and (split := _at_joints(sentence, who, resolve, wider)) is not None:
        return split
    read = _report(sentence, resolve, wider)
    if read is None:
        return []
    if wider and read[3] and who is not None:
        return _listed(sentence, who[1], read)
    return [(0, len(sentence), read)]


def _at_joints(sentence: str, who: tuple[Speaker, int, str], resolve: Resolve, wider: bool) -> _Spans | None:
    """The reports of a sentence whose actor (``who``) acts in a clause that ends at a joint
    (…と述べ、 …を宣し、 …との質問があり、): one a clause when another actor follows the joint
    and acts (or does nothing the sentence reports: the first clause's act alone), the actor's
    words and what it goes on to say or do (``_again``); None when no joint splits it."""
    whole = _act_of(sentence, who[1], who[2], resolve, wider)
    for on in sorted((*_GOES_ON.finditer(sentence, who[1]), *_THERE_WAS_AND.finditer(sentence, who[1])),
                     key=lambda m: m.start()):
        rest = sentence[on.end():]
        if (then := actor(rest, resolve, wider)) is None:
            if (on.lastgroup == "said" or sentence[on.start() - 1] in "と旨") and (
                    again := _again(sentence, who, on, resolve)) is not None:
                return again
            if prose.reported_again(rest) and (first := _report(sentence[:on.end()], resolve, wider)) and first[3]:
                # …との意見があり、さらに、…との意見もあった。: the same actor's words, twice
                said = report_words(rest, 0)
                return [(0, on.end(), first),
                        (on.end(), len(sentence), (first[0], prose.kind_of(rest, "words", said), f"{first[2]} (again)", said))]
            continue
        if whole is not None and whole[1][0] == "words" and (
                not _set_off(rest, then) or on.re is _GOES_ON and not _acts_anew(rest, then, resolve)):
            continue  # a subject inside the words the sentence reports (…出席委員が６名で…ことを確認した;
            # 委員から、住民に説明し、住民から意見を聞くべきとの意見があった)
        first = _report(sentence[:on.end()], resolve, wider)
        after = _acts(rest, resolve, wider)
        if first is not None and after:
            return [(0, on.end(), first), *((on.end() + a, on.end() + b, r) for a, b, r in after)]
        if first is not None and whole is None:
            # the later actor does nothing the sentence reports (…開会を宣し、定款の規定により理事長
            # が議長となった。): the act ending the first clause is the report, the rest the narrator's
            return [(0, on.end(), first)]
        return None
    return None


def _acts_anew(rest: str, then: tuple[Speaker, int, str], resolve: Resolve) -> bool:
    """After an act that goes on (…説明し、) inside a report of words, the actor named next acts in
    a clause of their own: set off by a comma or a quote after its particle, or reporting an act
    without words (…説明し、委員から質問がなされた) — as ``prose.clauses`` cuts a summary's sentence."""
    if then[2].endswith(("、", "，")) or rest[then[1]:then[1] + 1] in ("、", "，", "「"):
        return True
    read = _report(rest, resolve, True)
    return read is not None and not read[3]


def _listed(sentence: str, end: int, read: _Read) -> _Spans:
    """A report of words (``read``, its actor's name ending at ``end``) as the reports it lists,
    one a point of its actor (…べきとの意見や、…してほしいとの要望があった。 → two); itself alone
    when it lists none."""
    cuts = prose.list_cuts(sentence, end, len(sentence))
    if not cuts:
        return [(0, len(sentence), read)]
    out = []
    for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(sentence)])):
        part, at = sentence[a:b], end if k == 0 else 0
        said = report_words(part, at)
        out.append((a, b, (read[0], prose.kind_of(part, "words", said), read[2], said)))
    return out


def again(sentence: str, reports: Sequence[Report]) -> Report | None:
    """A sentence naming no actor that reports words again right after reports (また、…との要望も
    あった。, ``prose.reported_again``): a report of the actor ``prose.again_whose`` names among
    them (the last, or the asker before an answer), its words said; None for any other
    sentence (the clerk's: 全員異議なく可決した。)."""
    if not prose.reported_again(sentence):
        return None
    before = prose.again_whose([(r.text, r) for r in reports], sentence)
    said = report_words(sentence, 0)
    return Report(before.speaker, sentence, 0, 0, prose.kind_of(sentence, "words", said),
                  f"{before.why} (again)", said, before.refers)


def _set_off(rest: str, then: tuple[Speaker, int, str]) -> bool:
    """The actor found in ``rest`` (``actor``) opens a clause of its own: set off by a comma
    after its particle (…との提案があり、議長は、…と述べた; 議長、…を宣する), its words quoted
    right after it (…との質問があり、会長が「…」と答えた), or named with から/より or も (…との意見が
    出され、松井理事からも同様の意見があった; …と述べ、小田監事も同様の意見を述べた) — not a subject
    inside the words reported before
    (会長が開会を宣言し、出席委員が６名で…ことを確認した)."""
    return (then[2].endswith(("、", "，")) or rest[then[1]:then[1] + 1] in ("、", "，", "「")
            or _FROM.fullmatch(then[2]) is not None or _ALSO.fullmatch(then[2]) is not None)


#: a speaker's words named as what another answers (坂口監事からの…についての質問に対し、事務局長から、
#: …; 委員からの「…か。」との質問を受けて、): the asker's report, as a modifier of the noun of speaking
_ASKED = re.compile(rf"(?P<who>{_NAME}{{1,16}}(?:[ \u3000]{_NAME}{{1,10}})?)(?:から|より)の"
                    rf"(?P<what>(?:[^、，。「」]|「[^」]*」){{0,80}}?)(?P<noun>{prose.SPEECH_NOUN})(?:等|など)?"
                    r"(?:に対し(?:て)?|を受けて)[、，]")


def _asked(sentence: str, resolve: Resolve) -> tuple[int, tuple[Speaker, tuple[Kind, str], str, str]] | None:
    """The report a sentence opens with when its first speaker's words are what the next one
    answers (坂口監事からの補正後の見通しについての質問に対し、…): where it ends (past its 、), and
    the report as ``_report`` reads 「坂口監事から、…質問があった。」; None when the sentence (or
    its first clauses) opens no such phrase naming a speaker."""
    at = 0
    for _ in range(_LEADING_CLAUSES):
        m = _ASKED.match(sentence, at)
        if m is not None and resolve(_SPACES.sub("", m["who"])) is not None:
            read = _report(f"{sentence[:m.end('who')]}から、{m['what']}{m['noun']}があった。", resolve, True)
            return (m.end(), read) if read is not None else None
        lead = _LEAD.search(sentence, at, _LEAD_WITHIN)
        if lead is None:
            break
        at = lead.end()
    return None


#: what stays with the words after them: a question's particle (…はないか質問, …するかどうか
#: について質問), a request's よう (…説明するよう要望: without it the words would be a promise)
_STAYS = re.compile(r"か(?:どうか)?|ように?")


def reported(sentence: str, end: int, words: str) -> str:
    """The words a report's sentence quotes, as a span of it: what stands after the actor
    (``end``: where the actor's name and particle end) before the marker of the words (と,
    との, 旨, ことを …; ``prose.carries_plain``), with a question's か (…はないか質問) or a
    request's よう (…説明するよう要望) and without the brackets of one whole quotation
    (「…」と質問). What a secretariat drafts from: who said it and how are the point's speaker
    and evidence, the sentence its ``narration``.

    >>> s = "これに対し、事務局長は、排水路は協議済みであり、着工前に確認する旨を答弁。"
    >>> reported(s, 12, "排水路は協議済みであり、着工前に確認する")
    '排水路は協議済みであり、着工前に確認する'
    >>> reported("委員が、通作距離に問題はないか質問。", 4, "通作距離に問題はない")
    '通作距離に問題はないか'
    >>> reported("委員は、理由を丁寧に説明するよう要望。", 4, "理由を丁寧に説明する")
    '理由を丁寧に説明するよう'
    >>> reported("委員が「説明会を増やせないか。夜も開けないか」と質問。", 3, "「説明会を増やせないか。夜も開けないか」")
    '説明会を増やせないか。夜も開けないか'
    """
    at = sentence.find(words, end)
    if at < 0 or not words:
        return ""
    stop = at + len(words)
    if words[-1] != "か" and (q := _STAYS.match(sentence, stop)) is not None:
        stop = q.end()
    said = sentence[at:stop]
    if said[:1] == "「" and said[-1:] == "」" and "」" not in said[1:-1]:
        said = said[1:-1]  # one whole quotation: its words
    return said


def report_words(clause: str, agent_end: int) -> str:
    """The words a report of a summary quotes, whole (``prose.framed_words``: from past its
    speaker to the frame …との意見があった。 / …と説明があった。 / …と述べた。 it ends in), with a
    question's か and a request's よう and without the brackets of one whole quotation, as a
    narrated act's (``reported``); empty when the clause reports no words that way.

    >>> report_words("委員から、住民説明会を義務とすれば負担が過大とならないかについて質問があり、", 5)
    '住民説明会を義務とすれば負担が過大とならないか'
    >>> report_words("座長から、論点を整理するよう事務局に求めた。", 5), report_words("委員から、「急ぐべき」との意見があった。", 5)
    ('論点を整理するよう', '急ぐべき')
    """
    words = prose.framed_words(clause, agent_end)
    return reported(clause, agent_end, words) if words else ""


# the acts that run a meeting, by the word that names them, as ``kind`` calls them (the
# evidence ``roles.settle_roles`` reads: a head of a board who opens the meeting presides)
_ACT_CLASSES = (("opening", ("開会", "開議", "再開", "開く", "開いた")),
                ("closing", ("閉会", "散会", "延会", "閉じる", "閉じた")),
                ("nomination", ("指名", "選出", "選任", "互選")),
                ("business", ("採決", "可決", "否決", "承認", "了承", "決定", "同意", "付議", "上程", "議決", "採択",
                              "決議", "許可", "諮", "朗読", "配布", "配付", "進行")))


#: the evidence of a reported act that runs the meeting (``_report``: ``opening: reported act 宣する``)
_MEETING_ACTS = frozenset(name for name, _ in _ACT_CLASSES)


def _act_class(text: str) -> str:
    """The kind of act the last word of running a meeting in ``text`` names (開会を宣する:
    opening; …を指名: nomination; 採決に諮り、…可決: business), else none (資料に基づき説明).

    >>> _act_class("開会を宣する。"), _act_class("採決に諮り、原案のとおり可決。"), _act_class("資料に基づき説明。")
    ('opening', 'business', '')
    """
    best, at = "", -1
    for name, words in _ACT_CLASSES:
        for w in words:
            k = text.rfind(w)
            if k > at:
                best, at = name, k
    return best


def _sentence_start(lines: Sequence[Line], k: int, wrap: int | None, whole: bool,
                    furniture: Callable[[int, str], bool]) -> int:
    """The first line of the sentence line ``k`` ends: back over full lines that end no
    sentence (a wrap), past blank lines and furniture between; a Word paragraph's manual breaks."""
    j = k
    for _ in range(_BACK):
        p = j - 1
        while p >= 0 and p > k - _BACK - 3 and (not (t := lines[p].text.strip()) or furniture(p, t)):
            p -= 1  # a blank line, a page number, a running head inside the sentence
        if p < 0:
            break
        t = lines[p].text.strip()
        if whole:
            if lines[p].number != lines[j].number:
                break
        elif not t or wrap is None or len(t) < wrap or t[-1] in "。．！？」』":
            break
        j = p
    return j


def _read(lines: Sequence[Line], first: int, last: int, resolve: Resolve,
          furniture: Callable[[int, str], bool], wider: bool = False) -> Acted | None:
    """The paragraph of lines ``first``..``last`` read sentence by sentence; None unless its
    last sentence reports an act (the one the cheap test found)."""
    idx = tuple(range(first, last + 1))
    held = tuple(None if not (t := lines[i].text.strip()) or i not in (first, last) and furniture(i, t) else lines[i]
                 for i in idx)
    # a line left out is read as a blank one: it starts where the next one does
    text, starts = prose.joined(lines[first].text, [l if l is not None else Line("", 0) for l in held[1:]])
    spans = list(prose.sentence_spans(text))
    reports: list[Report] = []
    ended = False  # the last report ends the last sentence
    for a, b in spans:
        a += len(text[a:b]) - len(text[a:b].lstrip())
        sentence = text[a:b].strip()
        ended = False
        acts = _acts(sentence, resolve, wider)
        for sa, sb, read in acts:
            s, e = prose.lines_of(starts, len(text), a + sa, a + sb)
            refers = _REFERS.match(read[2])
            reports.append(Report(read[0], sentence[sa:sb], s, e, read[1], read[2], read[3],
                                  refers[0] if refers is not None else ""))
            ended = sb == len(sentence)
        if not acts and wider and reports and (more := again(sentence, reports)) is not None:
            reports.append(replace(more, first=(at := prose.lines_of(starts, len(text), a, b))[0], last=at[1]))
            ended = True
    if reports and not ended and not wider:
        return None  # a sentence after the last report: not the paragraph the cheap test found
        # (read the wider way, a paragraph of reports may end with the clerk's sentence: 規約第４４条
        # の規定により原田理事長が議長となった。)
    if not reports and len(spans) > 1:
        return None  # naming nobody: the clerk's one sentence (審議の結果、…可決。), no more
    return Acted(idx, held, tuple(reports))


# how a line that may end a sentence ends (the cheap test before ``may_act``)
_STOP_ENDS = ("。", "．")


#: … or a space after it (Word's and pdftotext -layout's text keep spaces at line ends)
_STOP_OR_SPACE = (*_STOP_ENDS, " ", "\t", "\u3000")


def find(lines: Sequence[Line], resolve: Resolve, wrap: int | None, whole: bool,
         furniture: Callable[[int, str], bool], view: FileView | None = None) -> dict[int, Acted]:
    """The paragraphs of reports of acts in a file, by their first line; empty unless the
    file holds at least ``_AT_LEAST`` of them. A paragraph whose last sentence ends in an act
    but names no actor (審議の結果、…全員賛成で可決。) is there too, with no report: in such a
    record it is the clerk's narrative, also right below a verbatim turn, whose speech is in
    the speaker's style. ``furniture(i, text)``: line ``i`` is a page number or a running head;
    ``view``: the parser's prepared view of the lines (built here when not given).

    The first pass looks only at lines whose end could be an act's (``may_act``); in a record
    found to narrate who acted, a second one reads the other sentences' ends too: an act in an
    earlier clause (委員長が開会を宣告し、直ちに議事に入る。), an actor named with から before the
    noun of speaking there was (なお、菅野委員からは、…との意見があった。)."""
    found: dict[int, Acted] = {}
    reports = 0
    taken = -1
    view = view or FileView(lines)
    texts, stripped = view.texts, view.stripped
    # the lines that end a sentence (spaces after the full stop allowed): those whose stripped
    # text ends in a full stop, found by one search (``FileView.ending``), ending so or in a space
    ends = [k for k in view.ending("".join(_STOP_ENDS)) if texts[k].endswith(_STOP_OR_SPACE)]
    for k in ends:
        t = texts[k].rstrip()
        if len(t) < 8 and k > 0:
            t = stripped[k - 1] + t.strip()  # the end of a wrapped sentence: 決 / 定。
        if not may_act(t) or _ACT_END_BACKWARDS.match(t[::-1]) is None:  # PLAIN_ACT_END in the last 24
            continue
        acted = _paragraph(lines, max(_sentence_start(lines, k, wrap, whole, furniture), taken + 1), k, resolve,
                           furniture)
        if acted is not None:
            found[acted.idx[0]] = acted
            reports += len(acted.reports)
            taken = k
    if reports < _AT_LEAST:
        return {}
    return _more(found, ends, lines, resolve, wrap, whole, furniture)


def _wider(lines: Sequence[Line], first: int, last: int) -> bool:
    """The cheap test before reading lines ``first``..``last`` the wider way: they name someone
    with から/より, hold an act that ends a clause (…し、 …り、 …を述べ、) or a clause of time (…を諮った
    ところ、: ``_held_act``) or end on one done (…承認された。)."""
    text = "".join(lines[i].text.strip() for i in range(first, last + 1))
    return ("から" in text or "より" in text or "ところ、" in text or _GOES_ON.search(text) is not None
            or _DONE.search(text) is not None)


def _paragraph(lines: Sequence[Line], first: int, k: int, resolve: Resolve,
               furniture: Callable[[int, str], bool], wider: bool = False) -> Acted | None:
    """The paragraph of lines ``first``..``k`` read as reports, unless its first line is a
    marked line, a bullet, a quotation or a verbatim turn (read as before)."""
    head = lines[first].text.strip()
    if not head or head[0] in _MARK_START or _verbatim(head, resolve):
        return None
    return _read(lines, first, k, resolve, furniture, wider)


def _more(found: dict[int, Acted], ends: list[int], lines: Sequence[Line], resolve: Resolve, wrap: int | None,
          whole: bool, furniture: Callable[[int, str], bool]) -> dict[int, Acted]:
    """``found`` read again the wider way (``_report``), with the paragraphs of the second pass
    (``find``): each sentence end on no paragraph of reports found yet (a sentence found naming
    no actor is read again) whose paragraph reports an act."""
    for i, a in found.items():  # the paragraphs found, read the wider way (several acts a sentence;
        # an actor the first pass did not see: 司会の事務局長が開会を宣言した。)
        if (not a.reports or _wider(lines, a.idx[0], a.idx[-1])) and (
                again := _read(lines, a.idx[0], a.idx[-1], resolve, furniture, wider=True)) is not None and (
                again.reports or not a.reports):
            found[i] = again
    held = {i for a in found.values() if a.reports for i in a.idx}
    more: dict[int, Acted] = {}
    for k in ends:
        if k in held:
            continue
        first = _sentence_start(lines, k, wrap, whole, furniture)
        while first in held:
            first += 1
        if not _wider(lines, first, k):
            continue
        acted = _paragraph(lines, first, k, resolve, furniture, wider=True)
        if acted is not None and acted.reports:
            more[first] = acted
            held.update(acted.idx)
    if more:
        kept = {i: a for i, a in found.items() if a.reports or not held.intersection(a.idx)}
        found = dict(sorted({**kept, **more}.items()))
    return _reported_again(found, ends, lines, wrap, whole, furniture)


def _reported_again(found: dict[int, Acted], ends: list[int], lines: Sequence[Line], wrap: int | None,
                    whole: bool, furniture: Callable[[int, str], bool]) -> dict[int, Acted]:
    """``found`` with each paragraph naming no actor that reports words again right below a
    paragraph of reports (また、…との意見もあった。 on its own line: ``again``) read as the same
    actor's report."""
    last = {a.idx[-1]: a.reports for a in found.values() if a.reports}
    held = {i for a in found.values() for i in a.idx}
    added: dict[int, Acted] = {}
    for k in ends:
        if k in held:
            continue
        first = _sentence_start(lines, k, wrap, whole, furniture)
        p = first - 1
        while p >= 0 and (not (t := lines[p].text.strip()) or furniture(p, t)):
            p -= 1
        before = last.get(p)
        if before is None or held.intersection(range(first, k + 1)):
            continue
        text, _ = prose.joined(lines[first].text, list(lines[first + 1:k + 1]))
        if len(list(prose.sentence_spans(text))) != 1 or (rep := again(text.strip(), before)) is None:
            continue
        idx = tuple(range(first, k + 1))
        held_lines = tuple(None if not (t := lines[i].text.strip()) or furniture(i, t) else lines[i] for i in idx)
        added[first] = Acted(idx, held_lines, (replace(rep, last=len(idx) - 1),))
        last[k] = (rep,)
        held.update(idx)
    return dict(sorted({**found, **added}.items())) if added else found
