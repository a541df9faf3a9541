"""Speakers glued to their speech in corner brackets: ``司会「定刻になりましたので…」``.

Records of explanatory meetings (住民説明会), exchanges of views (意見交換会), workshops and some
small councils write each turn as the speaker followed at once by the speech in 「」 — no mark,
no colon, no space — the speech wrapping over lines up to the closing 」::

    司会「定刻になりましたので、ただいまから説明会を始めます。」
    参加者Ａ「駅前の交差点が朝夕とても混雑しています。信号の時間を
    見直してもらえませんか。」
    道路課長「ご指摘の交差点については、来年度に交通量調査を行う予定です。」

(``（司会）「…」`` and ``司会：「…」`` are the same turn with the label's own brackets or colon.)

A label before 「 is read so when it is a short name-like label (司会, 参加者Ａ, 住民１, 質問者②,
道路課長, 事務局, 山田座長, 田中さん, 子育て支援課長) that the role table reads as a speaker
(``speaker``, the parser's: a label a particle ends names none), and the speech closes with the
」 that balances its 「 (nested 「」 inside it counted; 『』 are the speech's own) with nothing
after it but a stage direction in brackets. Narration that quotes is no turn:
``市長は「…」と述べた。`` (a particle ends the label), ``議題「北浜地区の道路計画」について``
(議題 names no speaker, words after the 」). A file is read so only when two lines or more open
such turns (file-level evidence): a title in 「」 in the front matter is left alone.

A speech whose 」 is missing ends where a turn ends elsewhere — before the next label (glued to
「, led by a mark, before a colon), a heading or the closing (午後８時閉会, （閉会）, 以上) — or, short
of one, at the first blank line after a finished sentence (never past 80 lines): it is not
lost, and the turn is reported (``QuotedTurn.closed``; the parser's ``readings``).

The cost for a file without the form: ``str.find`` of each 「 in the text, and for the few near
their line's start one match of the opening before it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Speaker
from .forms import ADJOURNED, END_MARK, HEADING, ITEM_HEADING, MARKS, heading_like
from .front import CLOCK_LINE
from .view import FileView

__all__ = ["Quoted", "QuotedTurn", "read", "unwrapped"]

#: a turn's opening: the label (in brackets, before a colon, or glued), then 「 (spaces around
#: allowed); a mark before the label (○山田教育長「…」) is the marked header's, read as before.
_LABEL = rf"[^\s\u3000「」『』、。，,：:（）()【】{MARKS}]{{1,16}}"
#: a space inside the label is the extractor's (住民 1「…: pdftotext set the digit apart); a
#: qualifier in brackets may follow it (参加者（男性）「…)
_SPACED = rf"{_LABEL}(?:[ \u3000]{_LABEL})?(?:[（(][^\s\u3000（）()「」]{{1,10}}[）)])?"
_OPENING = (rf"[ \t\u3000]*(?:[（(](?P<inner>{_SPACED})[）)]|(?P<label>{_SPACED})[ \t\u3000]{{0,3}}[：:]?)"
            r"[ \t\u3000]{0,3}「")
_OPENING_RX = re.compile(_OPENING)
#: how far past its line's margin the 「 of a turn's opening can stand (the longest opening)
_REACH = 2 + 16 + 1 + 16 + 12 + 3 + 1 + 3
#: what may stand after the closing 」: nothing, or a stage direction in brackets
_TAIL = re.compile(r"^[\s\u3000]*(?:[（(][^（）()]{1,20}[）)][\s\u3000]*)?$")
#: at least this many turns make a file one that writes its turns so
_ENOUGH = 2
#: an unclosed speech runs at most this many lines
_MAX_LINES = 80
#: a label before a colon that opens a line (参加者Ｂ：…): the next turn when it names a speaker
_COLON_LABEL = re.compile(rf"[ \t\u3000]*(?:[（(](?P<inner>{_SPACED})[）)]|(?P<label>{_SPACED}))[ \t\u3000]*[：:]")


@dataclass(frozen=True)
class QuotedTurn:
    """One turn: the label's line (``start``), the speech's last line (``end``), the speaker,
    the speech's part of each line (brackets off: ``speech``), what stands after the closing
    」 (a stage direction: ``tail``) and whether the 」 was found (``closed``)."""

    start: int
    end: int
    speaker: Speaker
    speech: tuple[str, ...]
    tail: str
    closed: bool


@dataclass(frozen=True)
class Quoted:
    """The turns of a file, by the index of each line they hold (``at``)."""

    at: dict[int, QuotedTurn]
    turns: tuple[QuotedTurn, ...]


def _openings(view: FileView) -> list[tuple[int, str, int]]:
    """The lines that open with a label and 「: their index, the label, and where the 「 is. The
    「 of the text are found by ``str.find`` (a speech quotes little), and the few standing near
    their line's start are each asked whether a label alone stands before them. A 「's line and
    where it starts are found from the 「 (``str.rfind`` of the line break before it, the line
    breaks since the last 「 counted by ``str.count``): the view's start of every line
    (``FileView.starts``, a sum over every line of the file) is not built for the few 「."""
    joined = view.joined
    found = []
    last = -1  # the last line asked: a line's first 「 only
    i = counted = 0  # the line of the position ``counted`` (the line breaks before it, counted)
    pos = joined.find("「")
    while pos >= 0:
        start = joined.rfind("\n", counted, pos) + 1 or counted  # where the 「's line starts
        i += joined.count("\n", counted, start)
        counted = start
        if i != last and (pos - start <= _REACH or pos - start - _margin(view.texts[i]) <= _REACH):
            last = i
            m = _OPENING_RX.fullmatch(joined, start, pos + 1)
            if m is not None:
                found.append((i, m["inner"] or m["label"], pos + 1 - start))
        pos = joined.find("「", pos + 1)
    return found


def _margin(text: str) -> int:
    """The width of the spaces that open ``text`` (pdftotext -layout indents)."""
    return len(text) - len(text.lstrip(" \t\u3000"))


def _close(text: str, at: int, depth: int) -> tuple[int, int]:
    """Where the 「」 opened before ``at`` (``depth`` of them still open) close on ``text``: the
    index of the closing 」 (-1 when still open) and the depth left."""
    for k in range(at, len(text)):
        c = text[k]
        if c == "「":
            depth += 1
        elif c == "」":
            depth -= 1
            if depth == 0:
                return k, 0
    return -1, depth


def _ends_speech(text: str, speaker: Callable[[str], Speaker | None]) -> bool:
    """Whether a line ends a speech whose 」 is missing, as a turn ends elsewhere: the next label
    (led by a mark, ○司会　…; before a colon, 参加者Ｂ：…), a heading (３　閉会, 【質疑応答】,
    議案第２号…), the closing (午後８時３０分閉会, （閉会）, 以上)."""
    t = text.strip()
    if not t:
        return False
    if t[0] in MARKS or heading_like(t) and (HEADING.match(t) or ITEM_HEADING.match(t)):
        return True
    if len(t) <= 30 and (CLOCK_LINE.match(t) or ADJOURNED.match(t)) or len(t) <= 12 and END_MARK.match(t):
        return True
    m = _COLON_LABEL.match(t)
    return m is not None and speaker(m["inner"] or m["label"]) is not None


def _turn(texts: list[str], i: int, at: int, speaker: Speaker, stops: set[int],
          ends: Callable[[str], bool]) -> QuotedTurn | None:
    """The turn opened on line ``i`` (its 「 at ``at``), or None when the quotation is narration
    (words after its 」: ``…」と述べた。``). A speech whose 」 is missing ends before the next
    label, a heading or the closing (``ends``), or short of one at the first blank line after a
    finished sentence."""
    end, depth = _close(texts[i], at, 1)
    if end >= 0:
        tail = texts[i][end + 1:]
        return QuotedTurn(i, i, speaker, (texts[i][at:end],), tail.strip(), True) if _TAIL.match(tail) else None
    speech = [texts[i][at:]]
    k = i + 1
    while k < len(texts) and k - i < _MAX_LINES and k not in stops:
        end, depth = _close(texts[k], 0, depth)
        if end >= 0:
            tail = texts[k][end + 1:]
            if not _TAIL.match(tail):
                return None
            speech.append(texts[k][:end])
            return QuotedTurn(i, k, speaker, tuple(speech), tail.strip(), True)
        speech.append(texts[k])
        k += 1
    # no 」: the speech ends where a turn ends (the next label, a heading, the closing) or, with no
    # label of this form below, at the first blank line after a finished sentence
    cut = next((n for n in range(1, len(speech)) if ends(speech[n])), len(speech))
    if k not in stops:
        cut = next((n for n in range(1, cut) if not speech[n].strip()
                    and speech[n - 1].rstrip().endswith(("。", "？", "！"))), cut)
    del speech[cut:]
    while len(speech) > 1 and not speech[-1].strip():
        speech.pop()
    return QuotedTurn(i, i + len(speech) - 1, speaker, tuple(speech), "", False)


def read(view: FileView, speaker: Callable[[str], Speaker | None]) -> Quoted | None:
    """The turns written as a label glued to the speech in 「」, or None when the file holds
    fewer than two (see the module's docstring). ``speaker``: the parser's reading of a label.

    >>> from assembler.ingest.text import split_lines
    >>> from assembler.minutes.roles import load_roles
    >>> src = split_lines("司会「始めます。」\\n住民１「信号の時間を\\n見直してほしい。」\\n"
    ...                   "市長は「検討する」と述べた。\\n", "x.txt", encoding="utf-8")
    >>> q = read(FileView(src.lines), load_roles().split)
    >>> [(t.speaker.label, t.start, t.end, t.speech) for t in q.turns]
    [('司会', 0, 0, ('始めます。',)), ('住民１', 1, 2, ('信号の時間を', '見直してほしい。'))]
    """
    if "「" not in view.joined:
        return None
    openings = []
    for i, label, at in _openings(view):
        sp = speaker(label)  # 市長は, 会長から: a particle ends no title, no speaker
        if sp is not None:
            openings.append((i, sp, at))
    if len(openings) < _ENOUGH:
        return None
    stops = {i for i, _, _ in openings}
    turns = []
    last = -1
    for i, sp, at in openings:
        if i <= last:
            continue  # a label inside a speech already read (a quoted exchange)
        turn = _turn(view.texts, i, at, sp, stops, lambda t: _ends_speech(t, speaker))
        if turn is not None:
            turns.append(turn)
            last = turn.end
    if len(turns) < _ENOUGH:
        return None
    return Quoted({k: t for t in turns for k in range(t.start, t.end + 1)}, tuple(turns))


def unwrapped(texts: list[str]) -> list[str] | None:
    """The speech of one turn (``texts``: its points' texts, in order) without the one 「…」 that
    wraps all of it, or None when no one pair does — the rule for every label's form: a label
    alone above 「…」 (``司会`` / ``「定刻に…」``), a mark and a label glued to it
    (``○山田教育長「…」``), a label and a space; the turns this module reads lose the pair as
    they are cut from their lines. A 。 after the closing 」 stays the speech's.

    >>> unwrapped(["「始めます。」"]), unwrapped(["「信号の時間を", "見直してほしい。」。"]), unwrapped(["「以上です」。"])
    (['始めます。'], ['信号の時間を', '見直してほしい。'], ['以上です。'])
    >>> unwrapped(["「駅前の「ふれあい通り」が混雑している。」"])
    ['駅前の「ふれあい通り」が混雑している。']
    >>> unwrapped(["「調べます」と回答した。"]), unwrapped(["「Ａ」と「Ｂ」"]), unwrapped(["「始めます。"])
    (None, None, None)
    """
    if not texts or not texts[0].startswith("「"):
        return None
    last = texts[-1]
    stop = last.endswith("」。")
    if not (stop or last.endswith("」")):
        return None
    joined = "".join(texts)
    end, _depth = _close(joined, 1, 1)
    if end != len(joined) - 1 - stop:
        return None  # the first 「 closes before the end (「Ａ」と「Ｂ」), or never
    out = list(texts)
    out[0] = out[0][1:]
    words = out[-1][:-1 - stop]
    out[-1] = words + "。" if stop and not words.endswith(("。", "？", "！", "?", "!")) else words
    return out

