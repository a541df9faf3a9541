"""A point's stance (for or against), read at the predicates: dedup's guard against merging
opposite views said in nearly the same words (「料金の引上げは必要である」/「…必要ではない」).

A text is cut into clauses: sentences, and the parts of a sentence before a comma that a
contrast or a reason joins to the rest (…必要ではないが、 …ので、). A clause's stance is
read at its end, backwards (``Clause``): the endings of ``assembler/data/stance.yaml`` are
taken off one after another, the longest first — neutral ones (と考える, です, and the
rhetorical のではないか, which proposes) change nothing, a negator (ない, ません, 不要, 反対…)
turns the clause, and a fixed ending holding a ない that is no turn (欠かせない,
なければならない, 問題ない…) stops the reading. So a ない anywhere but at the predicate says
nothing, and 「しないわけではない」 (two turns) is for. The words of the clause outside those
endings are looked up on the axes of opposite words (拡大/縮小, 引上げ/引下げ…).

Two texts are opposed (``opposed``) when a clause of one and the clause of the other that
lines up with it (each the other's best ``fuzz.ratio`` over their last ``TAIL`` characters,
at least ``ALIGN``, unless both texts are one clause) differ: one is turned and the other
not, or one has more words of one side of an axis and the other more of the other side. The answer names the words, for the evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from assembler.config import load_yaml_text
from assembler.errors import ConfigError
from assembler.minutes.kind import trie_regex
from assembler.resources import packaged
from assembler.text import norm, strip_punct

# Clauses of a multi-clause pair line up at this ratio or better (a clause and its opposite
# share all but the predicate; unrelated clauses of two texts stay below it).
ALIGN = 60.0
# Clauses are lined up on their ends, this long: the predicate and what it is about (a
# clause that a repeat joins to the one before it with a comma, or splits off, still lines
# up with its counterpart by its end).
TAIL = 24
# How much of a clause the evidence shows (its end, where the predicate is).
SHOWN = 14

_SENTENCE = re.compile(r"[^。!?]+")
_COMMA = re.compile(r"[、,]")
# A comma after these joins a clause with a predicate of its own to the rest.
_JOINS = ("が", "けれども", "けれど", "けど", "ものの", "ので", "から", "のに", "一方で", "一方")


@dataclass(frozen=True)
class Opposition:
    """Why two texts are not one view: ``how`` is ``negation`` (one predicate turned, the
    other not) or ``antonym`` (words of opposite direction); ``words`` are the words of
    each side (the ends of the two clauses, or the axis words that differ)."""

    how: str
    words: tuple[str, str]


@dataclass(frozen=True)
class Clause:
    """A clause (normalised, no punctuation): ``turned`` when its predicate is negated an
    odd number of times, ``cues`` the negators taken off its end (outermost first),
    ``poles`` the axis words of the rest as (axis, side, word)."""

    text: str
    turned: bool
    cues: tuple[str, ...]
    poles: tuple[tuple[str, int, str], ...]

    @property
    def plain(self) -> bool:
        """Not turned and no axis word: no stance to compare."""
        return not self.turned and not self.poles


@dataclass(frozen=True)
class _Table:
    tail: re.Pattern[str]            # the endings, reversed, longest first
    kind: dict[str, str]             # reversed ending -> neutral / fixed / negator
    axis_words: re.Pattern[str]      # every axis word, longest first
    pole: dict[str, tuple[str, int]]  # word -> (axis, 0 or 1)
    cue: re.Pattern[str]             # every negator, fixed ending and axis word
    reach: int                       # the longest of them, less one


def _words(data: dict[str, object], key: str, source: str) -> list[str]:
    words = data.get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ConfigError(f"{key}: expected a list of words", file=source)
    return [norm(w) for w in words]


def _axes(data: dict[str, object], source: str) -> dict[str, tuple[str, int]]:
    axes = data.get("axes")
    if not isinstance(axes, dict):
        raise ConfigError("axes: expected a mapping of axis -> [words of one side, of the other]",
                          file=source)
    pole: dict[str, tuple[str, int]] = {}
    for axis, sides in axes.items():
        if not (isinstance(sides, list) and len(sides) == 2
                and all(isinstance(s, list) and s and all(isinstance(w, str) and w for w in s)
                        for s in sides)):
            raise ConfigError(f"axes.{axis}: expected two lists of words", file=source)
        for side, words in enumerate(sides):
            for w in words:
                pole[norm(w)] = (str(axis), side)
    return pole


def _alternation(words: list[str]) -> re.Pattern[str]:
    """The words as one regex, the longest first at a position (a trie: ``kind.trie_regex``)."""
    return re.compile(trie_regex(sorted(set(words))))


@lru_cache(maxsize=1)
def table() -> _Table:
    """The stance table (assembler/data/stance.yaml), read once."""
    source = "assembler/data/stance.yaml"
    data = load_yaml_text(packaged("data").joinpath("stance.yaml").read_text(encoding="utf-8"), source)
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with neutral, fixed, negators and axes", file=source)
    kind: dict[str, str] = {}
    for name, category in (("neutral", "neutral"), ("fixed", "fixed"), ("negators", "negator")):
        for w in _words(data, name, source):
            kind[w[::-1]] = category
    pole = _axes(data, source)
    cues = [w[::-1] for w, k in kind.items() if k != "neutral"] + list(pole)
    return _Table(_alternation(list(kind)), kind, _alternation(list(pole)), pole,
                  _alternation(cues), max(map(len, cues)) - 1)


def touched(a: str, b: str) -> bool:
    """Whether the edits that turn key ``a`` into key ``b`` touch a negator, a fixed ending
    or an axis word (within its length of an edit, on either side): if not, the two texts
    read the same at every predicate and ``opposed`` need not look. A moved clause is an
    edit too. Costs a microsecond or two, where reading both texts costs some tens.

    >>> touched("料金の引上げは必要である", "料金の引上げは必要ではない")
    True
    >>> touched("地域の人材の育成には官民の連携が必要である", "地域の人材の育成では官民の連携が必要である")
    False
    """
    t = table()
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            continue
        if (t.cue.search(a, max(0, op.src_start - t.reach), op.src_end + t.reach)
                or t.cue.search(b, max(0, op.dest_start - t.reach), op.dest_end + t.reach)):
            return True
    return False


def read_clause(text: str) -> Clause:
    """A clause's stance, read from its end (``text`` normalised, without punctuation).

    >>> read_clause("料金の引上げは必要ではない").turned
    True
    >>> read_clause("検討すべきではないかと考える").turned      # a proposal, not a negation
    False
    >>> read_clause("人材の確保は欠かせない").turned, read_clause("賛成しないわけではない").turned
    (False, False)
    >>> read_clause("反対したい").cues, read_clause("反対しない").turned     # 反対 is a negator
    (('反対',), False)
    >>> read_clause("事業を縮小すべき").poles
    (('more', 1, '縮小'),)
    """
    t = table()
    rev = text[::-1]
    at, turned, cues = 0, False, []
    while at < len(rev):
        m = t.tail.match(rev, at)
        if m is None:
            break
        category = t.kind[m.group()]
        at = m.end()
        if category == "fixed":
            break
        if category == "negator":
            turned = not turned
            cues.append(m.group()[::-1])
    body = rev[at:][::-1]
    poles = tuple((*t.pole[m.group()], m.group()) for m in t.axis_words.finditer(body))
    return Clause(text, turned, tuple(cues), poles)


def clauses(text: str) -> tuple[Clause, ...]:
    """The clauses of a point's text with their stance (NFKC; punctuation and spaces off).

    >>> [c.turned for c in clauses("導入は必要ではないが、検討は進めるべきである。")]
    [True, False]
    """
    out = []
    for s in _SENTENCE.finditer(norm(text).replace("．", "。")):
        start, sentence = 0, s.group()
        for c in _COMMA.finditer(sentence):
            if sentence[start:c.start()].endswith(_JOINS):
                out.append(sentence[start:c.start()])
                start = c.end()
        out.append(sentence[start:])
    return tuple(read_clause(x) for x in (strip_punct(x) for x in out) if x)


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN else "…" + text[-SHOWN:]


def _differ(x: Clause, y: Clause) -> Opposition | None:
    """Why two lined-up clauses are opposed, or None."""
    if x.turned != y.turned:
        return Opposition("negation", (_shown(x.text), _shown(y.text)))
    if not (x.poles and y.poles):
        return None
    for axis in {p[0] for p in x.poles} & {p[0] for p in y.poles}:
        cx = [sum(1 for p in x.poles if p[0] == axis and p[1] == side) for side in (0, 1)]
        cy = [sum(1 for p in y.poles if p[0] == axis and p[1] == side) for side in (0, 1)]
        if (cx[0] - cy[0]) * (cx[1] - cy[1]) < 0:
            wx = "・".join(dict.fromkeys(p[2] for p in x.poles if p[0] == axis))
            wy = "・".join(dict.fromkeys(p[2] for p in y.poles if p[0] == axis))
            return Opposition("antonym", (wx, wy))
    return None


def opposed_clauses(a: tuple[Clause, ...], b: tuple[Clause, ...]) -> Opposition | None:
    """``opposed`` on texts already cut into clauses (dedup keeps them per distinct text)."""
    if not a or not b or all(c.plain for c in a) and all(c.plain for c in b):
        return None
    if len(a) == 1 and len(b) == 1:
        return _differ(a[0], b[0])
    ratio = [[fuzz.ratio(x.text[-TAIL:], y.text[-TAIL:]) for y in b] for x in a]
    for i, row in enumerate(ratio):
        j = max(range(len(b)), key=row.__getitem__)
        # lined up: each is the other's best match, at ALIGN or better
        if row[j] < ALIGN or max(r[j] for r in ratio) > row[j] or a[i].plain and b[j].plain:
            continue
        got = _differ(a[i], b[j])
        if got is not None:
            return got
    return None


def opposed(a: str, b: str) -> Opposition | None:
    """Whether two texts that say nearly the same thing take opposite stances, and the words.

    >>> opposed("料金の引上げは必要である。", "料金の引上げは必要ではない。")
    Opposition(how='negation', words=('料金の引上げは必要である', '料金の引上げは必要ではない'))
    >>> opposed("事業を拡大すべきである。", "事業を縮小すべきである。").words
    ('拡大', '縮小')
    >>> opposed("支援は必要である。", "支援は欠かせない。") is None
    True
    """
    return opposed_clauses(clauses(a), clauses(b))
