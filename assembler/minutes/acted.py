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
  the role table reads as a speaker — stands at its start or right after one of its first
  leading clauses ending in 、 (…について、 / 午前１０時、 / これに対し、 / 質疑終了後、),
  followed by が, は or 、;
- it **ends in an act** in noun or である form (``prose.PLAIN_ACT_END``: 説明。 質問。 回答。
  意見を述べた。 指名。 可決。 開会を宣する。 採決に諮る。 — the vocabulary is prose.py's,
  the one home of what a report names).

What the report carries (``prose.carries_plain``) decides its kind: an act that runs the
meeting (開会, 指名, 採決, 可決 …) or one named without words (資料に基づき説明) is procedural;
words reported before a speech act (…と質問, …との意見, …旨を答弁) are read as ``kind`` reads
them. Lines that open with a mark or a bracket, and verbatim turns (a title, a space, the
words), are not reports of this kind and keep their readings.

The reports are found in one pass before the parse (``find``), behind a cheap test on each
line's last characters, so a file with none pays next to nothing; and only a file with at
least ``_AT_LEAST`` of them is read so (one such line in a verbatim record is left as before).
A report's sentence may be wrapped over lines (pdftotext: a full line that ends no sentence
goes on on the next, past a blank line, a page number or a running head between).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Kind, Line, Speaker
from . import prose
from .view import FileView

__all__ = ["Report", "Acted", "actor", "may_act", "find"]

# the characters of a name or a title (kanji, katakana, numbers: ３番柳沢委員)
_NAME = r"[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a1-\u30faー・0-9０-９]"
# an actor: a run of them, a space allowed once inside (田中 和夫委員), then が, は or 、
_ACTOR = re.compile(rf"({_NAME}{{1,16}}(?:[ \u3000]{_NAME}{{1,10}})?)(が|は|[、，])")
_LEAD = re.compile(r"[、，]")
# a verbatim turn's label: a name or a title alone before a space (学務課長　保護者負担は…)
_TURN = re.compile(rf"({_NAME}{{1,16}})[ \u3000]")
_LEADING_CLAUSES = 3  # the actor stands after at most this many leading clauses
_LEAD_WITHIN = 60  # … and starts this near the sentence's start
_SPACES = re.compile(r"[ \u3000]")
_MARK_START = frozenset("○〇◯●◎◆◇■□▲△☆★・･-－―*＊※「『（(【［[〔<＜")
# the cheap test: the last character of an act's noun written in kanji or katakana (説明, 可決),
# the last two of a noun in kana (問い, お願い) or of a verb that ends an act (説明する, 質問した,
# 答弁を行う, 意見を述べた, 採決に諮る, 開会を宣す, 訴えた)
_WORDS = (*prose.SPEECH_WORDS, *prose.MEETING_WORDS)
_NOUN_LAST = frozenset(w[-1] for w in _WORDS if not "\u3041" <= w[-1] <= "\u309f")
_KANA_TAILS = frozenset(w[-2:] for w in (*_WORDS, *prose.MEETING_VERBS, *prose.SPEECH_VERBS)
                        if "\u3041" <= w[-1] <= "\u309f") | frozenset(("する", "した", "行う", "べた", "めた", "えた"))
_PAST_TAILS = ("行った", "諮った")  # not 〜があった, the summaries' past (prose.py reads it)
_AT_LEAST = 2  # reports of this kind that make a record one the clerk narrates
_BACK = 5  # the lines a wrapped sentence is followed back over

Resolve = Callable[[str], "Speaker | None"]


@dataclass(frozen=True)
class Report:
    """One sentence read as a report of an act: its actor, what it carries, where it stands."""

    speaker: Speaker
    text: str  # the sentence as written
    first: int  # the first and last of the paragraph's lines it stands on (0-based in ``Acted.lines``)
    last: int
    judged: tuple[Kind, str]
    why: str  # the evidence: the actor as written and the act (学務課長が … 説明)


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


def actor(sentence: str, resolve: Resolve) -> tuple[Speaker, int, str] | None:
    """The speaker a sentence names as its actor, where the name (and its particle) ends, and
    the name as written with its particle: at the start or after a leading clause ending in 、.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles().split
    >>> [(a[0].label, a[2]) for a in (actor("これに対し、学務課長が、協議中であると回答。", r),
    ...  actor("午前１０時、三輪教育長、開会を宣する。", r), actor("田中 和夫委員は、反対と発言。", r))]
    [('学務課長', '学務課長が'), ('三輪教育長', '三輪教育長、'), ('田中和夫委員', '田中 和夫委員は')]
    >>> actor("全員異議なく原案のとおり可決。", r), actor("議案第１３号は、全員賛成で可決。", r)
    (None, None)
    """
    at = 0
    for k in range(_LEADING_CLAUSES + 1):
        m = _ACTOR.match(sentence, at)
        if m is not None:
            sp = resolve(_SPACES.sub("", m[1]))
            if sp is not None:
                return sp, m.end(), m.group()
        if k == 0 and (head := _TURN.match(sentence)) is not None and resolve(head[1]) is not None:
            return None  # a verbatim turn: a title, a space, the words (教育長　それでは、…)
        lead = _LEAD.search(sentence, at, _LEAD_WITHIN)
        if lead is None:
            return None
        at = lead.end()
    return None


def report(sentence: str, resolve: Resolve) -> tuple[Speaker, tuple[Kind, str], str] | None:
    """The sentence read as a report of an act: its speaker, its kind and the evidence; None
    when it names no actor or ends in no act (the parser asks it of a sentence alone too: the
    clerk's closing 「以上をもって…、議長は…閉会を宣した。」 in a summary of reports)."""
    who = actor(sentence, resolve)
    if who is None:
        return None
    sp, end, named = who
    how, words, act = prose.carries_plain(sentence, end)
    if how is None or how == "intro":
        return None
    judged = prose.kind_of(sentence, how, words)
    if how == "act":
        kind = _act_class(sentence[end:])
        judged = ("procedural", f"{kind}: reported act {act}" if kind else "reported act")
    return sp, judged, f"{named}…{act}"


# the acts that run a meeting, by the word that names them, as ``kind`` calls them (the
# evidence ``roles.settle_roles`` reads: a head of a board who opens the meeting presides)
_ACT_CLASSES = (("opening", ("開会", "開議", "再開", "開く", "開いた")),
                ("closing", ("閉会", "散会", "延会", "閉じる", "閉じた")),
                ("nomination", ("指名", "選出", "選任", "互選")),
                ("business", ("採決", "可決", "否決", "承認", "了承", "決定", "同意", "付議", "上程", "議決", "採択",
                              "決議", "許可", "諮", "朗読", "配布", "配付", "進行")))


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
          furniture: Callable[[int, str], bool]) -> Acted | None:
    """The paragraph of lines ``first``..``last`` read sentence by sentence; None unless its
    last sentence reports an act (the one the cheap test found)."""
    idx = tuple(range(first, last + 1))
    held = tuple(None if not (t := lines[i].text.strip()) or i not in (first, last) and furniture(i, t) else lines[i]
                 for i in idx)
    # a line left out is read as a blank one: it starts where the next one does
    text, starts = prose.joined(lines[first].text, [l if l is not None else Line("", 0) for l in held[1:]])
    spans = list(prose.sentence_spans(text))
    reports: list[Report] = []
    for a, b in spans:
        sentence = text[a:b].strip()
        read = report(sentence, resolve)
        if read is not None:
            s, e = prose.lines_of(starts, len(text), a, b)
            reports.append(Report(read[0], sentence, s, e, read[1], read[2]))
    if reports and text[spans[-1][0]:spans[-1][1]].strip() != reports[-1].text:
        return None  # a sentence after the last report: not the paragraph the cheap test found
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
    ``view``: the parser's prepared view of the lines (built here when not given)."""
    found: dict[int, Acted] = {}
    reports = 0
    taken = -1
    view = view or FileView(lines)
    texts, stripped = view.texts, view.stripped
    for k in [k for k, text in enumerate(texts) if text.endswith(_STOP_OR_SPACE)]:
        t = texts[k].rstrip()
        if not t.endswith(_STOP_ENDS):
            continue  # spaces after no full stop
        if len(t) < 8 and k > 0:
            t = stripped[k - 1] + t.strip()  # the end of a wrapped sentence: 決 / 定。
        if not may_act(t) or prose.PLAIN_ACT_END.search(t, max(0, len(t) - 24)) is None:
            continue
        first = max(_sentence_start(lines, k, wrap, whole, furniture), taken + 1)
        head = lines[first].text.strip()
        if not head or head[0] in _MARK_START or (turn := _TURN.match(head)) is not None and resolve(turn[1]):
            continue  # a marked line, a bullet, a quotation, a verbatim turn: read as before
        acted = _read(lines, first, k, resolve, furniture)
        if acted is not None:
            found[first] = acted
            reports += len(acted.reports)
            taken = k
    return found if reports >= _AT_LEAST else {}
