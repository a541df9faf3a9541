"""Points -> Groups: merge points that say the same thing, at any scale.

How it decides (every step leaves evidence in the result):

1. Each point is compared on ``text.key()`` (NFKC, width-folded, spaces and punctuation
   removed). Japanese has no word spaces, so the scorers are character level.
2. Blocking: each key is cut into character 3-grams; a point is indexed by its ``PREFIX_K``
   rarest shared grams (prefix filtering); two points are candidates when they share one
   (two at scale, see ``BUDGET``). Built with numpy sorts of packed int64 keys, so it stays
   near linear: 100k points in about a second.
3. Verification: ``similarity()`` — the best of ``fuzz.ratio`` on the whole key, on its
   clauses sorted, and a sentence-level score (sentences aligned in any order; a repeat
   that drops or reorders a sentence keeps the others intact), scored in bulk with
   ``process.cpdist``. Procedural remarks are never compared with opinions.
4. Stance guard: a link whose two texts take opposite stances (``stance.opposed``: a
   predicate negated on one side only, 「…必要である」/「…必要ではない」, or words of opposite
   direction, 拡大/縮小; table in assembler/data/stance.yaml) is not merged, and the two
   points are kept apart like a ``never_merge`` pair; the evidence (``Apart``: the score and
   the words) goes to the group of the earlier point. Only links at or above the threshold
   are read, and only those whose edits touch a word of the table (``stance.touched``).
5. Grouping: union-find over the links at or above the threshold, strongest first, with the
   secretariat's overrides (``merge`` forced first, ``never_merge`` pairs kept apart).
6. Chaining guard: a member that scores far below the threshold against its group's
   representative flags the group for review (``Group.flagged``).

Representative rule: the earliest point in input order (``parse_paths`` orders meetings),
i.e. the first meeting's wording. Group ids are ``g_<representative point id>`` so they
stay the same when later meetings are added.

DEFAULT_THRESHOLD is 80 (0–100), measured with ``make eval``: see the constant's comment.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Sequence, cast

from rapidfuzz import fuzz

from assembler import collector, stance
from assembler.errors import ConfigError
from assembler.model import Apart, Group, Link, Overrides, Point
from assembler.stance import Clause, Opposition
from assembler.text import norm, strip_punct
from .i18n import _

if TYPE_CHECKING:  # numpy is imported where it is used: a small run never loads it
    import numpy as np
    from numpy.typing import NDArray

    Ints = NDArray[np.int64]  # indices, lengths, packed grams and pairs
    Flags = NDArray[np.bool_]
    Scores = NDArray[np.float64]  # 0-100
    Hows = NDArray[np.int8]  # an index into _HOW

# Chosen with benchmarks/eval_dedup.py (`make eval`, 5 generated corpora, 664 points):
# 80 gives precision 1.000 / recall 0.980; 74 lets stitched same-topic points in (P 0.988),
# 85 loses re-wordings (R 0.959). 80 sits in the middle of the plateau where P = 1.
DEFAULT_THRESHOLD = 80.0
# A member this far below the threshold against its representative flags the group.
FLAG_MARGIN = 15.0
# Prefix filter: each point is indexed by its PREFIX_K rarest shared 3-grams; two points
# are candidates when they share one of them, or two when one gives more than BUDGET
# candidates per point. Measured (make eval; bench_dedup against an exact scan of 400
# sampled rows): on the eval corpora one shared gram gives recall 0.980, two 0.965; at
# 100k points one gives 3.37M candidates, two 0.59M, with the same recall (182/183).
PREFIX_K = 16
BUDGET = 20
# A restatement (a point with a lead-in) is also paired with every point holding at least
# ANCHOR_SHARED of its PREFIX_K rarest grams (grams in at most ANCHOR_DF points): its rare
# grams are all in the point it restates, but that point's own rarest may lie in the
# sentences the restatement left out. Measured on generate_council (make eval): partial
# restatements joined with the point they restate went from 197 to 208 of 210.
ANCHOR_SHARED = 4
ANCHOR_DF = 200
GRAM = 3
# Whole-key ratios below this are not worth a sentence-level look.
_SENTENCE_FLOOR = 50.0
_SENTENCE_MATCH = 60.0
# The shorter key must be this share of the longer: below it, whole and clause ratios are
# under 80 (they need 2/3) and the sentence score, which weighs the longer side's
# coverage a third, is too.
_LENGTH_RATIO = 0.4
# A restatement's sentence counts as repeated at this ratio or better (a sentence of
# another point that shares a long clause but says something else stays below it), and
# at least this many characters must be repeated.
_PART_MATCH = 80.0
_PART_MIN = 20

# Sentence and clause ends after NFKC (！？， become !?, ; ． is made 。 beforehand).
_SENTENCE_SPLIT = re.compile(r"(?<=[。!?])")
_CLAUSE_SPLIT = re.compile(r"(?<=[、,。!?])")


@dataclass(frozen=True)
class Review:
    """One merge to review: a link of ``group`` and how far its score is from the threshold.

    ``margin`` is ``score - threshold`` (negative for manual links below it); ``flagged``
    repeats the group's chaining flag.
    """

    group: str
    a: str
    b: str
    score: float
    margin: float
    manual: bool
    flagged: bool


@dataclass(frozen=True)
class _Prepared:
    """A point's comparison forms: the whole key, its sentences' keys, its clauses' keys
    sorted (so that clauses or sentences said in another order still line up), and
    whether it opened with a restatement lead-in (taken off all three)."""

    key: str
    sentences: tuple[str, ...]
    clauses: str
    restated: bool = False


# How a member says that a point restates an earlier one, at the start of the point (after
# NFKC): a time reference, a verb of saying, a concessive or "as" ending (前回も申し上げたが,
# 先ほど述べたとおり, 以前からお願いしているように), "it is a repetition" (繰り返しになるが,
# 重ねてになるが), or a reference to the earlier discussion (前回の議論に関連して). The lead-in
# is not part of the opinion: it is taken off before comparing, and it allows the
# containment score (``_part_score``) for the pair.
_LEAD_IN = (
    r"\s*(?:"
    r"(?:前回|前々回|先回|先ほど|先程|以前|先日|これまで|従前|かねて|何度|再度|改めて|重ねて|繰り返し)"
    r"[^、。,!?]{0,12}?(?:申し上げ|述べ|発言し|お願いし|指摘し|言っ|触れ)"
    r"[^、。,!?]{0,10}?(?:が|けれども|けれど|けど|とおり|通り|ように|ところ|ものの)"
    r"|(?:繰り返し|重ねて|再度|改めて)(?:に|で|の)?(?:なる|なります|なって恐縮|お願いになる|です)"
    r"[^、。,!?]{0,6}?(?:が|けれども|けれど|けど)"
    r"|(?:前回|前々回|先回|以前|これまで)の(?:議論|発言|会合|意見)[^、。,!?]{0,12}?"
    r"(?:関連して|関連するが|続いて|踏まえて|繰り返しになるが|補足すると|補足して)"
    r")[、,]?\s*")
LEAD_IN = re.compile(_LEAD_IN)


def _prepare(text: str) -> _Prepared:
    """The comparison forms of a text (``_marked`` for one text).

    >>> p = _prepare("ＤＸが重要。人材、育成．")
    >>> p.key, p.sentences, p.clauses
    ('DXが重要人材育成', ('DXが重要', '人材育成'), 'DXが重要人材育成')
    >>> _prepare("前回も申し上げたが、ＤＸが重要。").sentences
    ('DXが重要',)
    """
    (marked,), (lead,) = _marked([text])
    return _from_marked(marked, lead)


def _from_marked(marked: str, restated: bool) -> _Prepared:
    r"""The forms of a marked key: \\x02 after each sentence, \\x01 after each clause."""
    sentences = tuple(x for x in marked.replace("\x01", "").split("\x02") if x)
    clauses = sorted(x for x in marked.replace("\x02", "\x01").split("\x01") if x)
    return _Prepared("".join(sentences), sentences, "".join(clauses), restated)


def _marked(texts: Sequence[str]) -> tuple[list[str], list[bool]]:
    r"""Every text normalised (NFKC), its lead-in taken off, sentence ends marked \\x02 and
    clause ends \\x01, spaces and punctuation removed; and whether it had a lead-in.

    >>> _marked(["繰り返しになるが、ＤＸが重要。人材、育成．", "DXが重要"])
    (['DXが重要\x02人材\x01育成\x02', 'DXが重要'], [True, False])
    """
    marked, _keys, lead = _forms(texts)
    return marked, lead


def _forms(texts: Sequence[str]) -> tuple[list[str], list[str], list[bool]]:
    r"""``_marked``, and each text's key (its marked form without the marks). Done in one
    pass over all texts joined (NFKC, regexes and replacements per text were the hot spot).
    ． is made 。 first because NFKC would make it an ASCII "." (decimals).

    >>> _forms(["前回も申し上げたが、ＤＸが重要。", "人材、育成"])
    (['DXが重要\x02', '人材\x01育成'], ['DXが重要', '人材育成'], [True, False])
    """
    pieces = norm("\x00".join(texts).replace("．", "。")).split("\x00")
    lead = [False] * len(pieces)
    for i, piece in enumerate(pieces):
        m = LEAD_IN.match(piece)
        if m:
            lead[i], pieces[i] = True, piece[m.end():]
    joined = "\x00".join(pieces)
    for end in "。!?":
        joined = joined.replace(end, end + "\x02")
    for end in "、,":
        joined = joined.replace(end, end + "\x01")
    joined = strip_punct(joined)
    keys = joined.replace("\x01", "").replace("\x02", "")
    return joined.split("\x00"), keys.split("\x00"), lead


def _sentence_score(a: _Prepared, b: _Prepared) -> float:
    """Order-free sentence alignment: how much of each side the other side's sentences cover.

    Each sentence takes its best ``fuzz.ratio`` against the other side's sentences (0 below
    ``_SENTENCE_MATCH``: unrelated sentences still share particles); the
    coverage of a side is the length-weighted mean. The shorter side's coverage weighs
    double, so dropping a sentence costs little but a bullet stitched from two others
    (half of it matching each) does not reach the threshold.
    """
    if len(a.sentences) < 2 and len(b.sentences) < 2:
        return 0.0
    ca, cb = _coverage(a.sentences, b.sentences), _coverage(b.sentences, a.sentences)
    short, long_ = (ca, cb) if len(a.key) <= len(b.key) else (cb, ca)
    return (2 * short + long_) / 3


def _coverage(xs: tuple[str, ...], ys: tuple[str, ...], floor: float = _SENTENCE_MATCH) -> float:
    """Length-weighted mean of each sentence's best ratio (0 below ``floor``) against ``ys``."""
    total, got = 0, 0.0
    for x in xs:  # summed in order, as the bulk path (_BestRatios) sums
        total += len(x)
        got += len(x) * max(fuzz.ratio(x, y, score_cutoff=floor) for y in ys)
    return got / total if total else 0.0


def _part_score(a: _Prepared, b: _Prepared) -> float:
    """Containment, for a restatement (one side opened with a lead-in): the share of either
    side whose sentences the other side repeats (each at ``_PART_MATCH`` or better), so a
    restatement of two of four sentences, or of all of them with one added, scores high.
    At least ``_PART_MIN`` characters must be repeated (「前回も申し上げたが、重要である。」
    restates nothing).

    >>> old = _prepare("現地人材の育成を官民一体で計画的に進めるべきである。研修制度の拡充も必要。資金面の支援も検討いただきたい。")
    >>> _part_score(_prepare("繰り返しになるが、現地人材の育成を官民一体で計画的に進めるべきである。"), old)
    100.0
    """
    if not (a.restated or b.restated):
        return 0.0
    best = 0.0
    for xs, ys in ((a.sentences, b.sentences), (b.sentences, a.sentences)):
        total = sum(len(x) for x in xs)
        repeated = [len(x) for x in xs
                    if max(fuzz.ratio(x, y, score_cutoff=_PART_MATCH) for y in ys)]
        if total and sum(repeated) >= _PART_MIN:
            best = max(best, _coverage(xs, ys, _PART_MATCH))
    return best


def _score_how(a: _Prepared, b: _Prepared, cheap: float | None = None,
               enough: float = 101.0) -> tuple[float, str]:
    """The pair's score and the scorer that gave it (``whole``, ``clauses``, ``sentences``,
    ``part``). ``cheap`` is the best of whole and clause ratios when already computed in
    bulk; the sentence scores are then only looked at when they can matter. Once a score
    reaches ``enough`` (the threshold) the costlier ones are not computed: a pair is scored
    the same one by one as in bulk (``_edges``)."""
    how = "whole"
    lead = a.restated or b.restated
    if cheap is None:
        cheap = fuzz.ratio(a.key, b.key, score_cutoff=_SENTENCE_FLOOR)
        if cheap >= enough:
            return cheap, how
        clauses = (fuzz.ratio(a.clauses, b.clauses, score_cutoff=_SENTENCE_FLOOR)
                   if cheap or lead else 0.0)
        if clauses > cheap:
            cheap, how = clauses, "clauses"
    best = cheap
    if best < enough and (cheap or lead):
        for name, s in (("sentences", _sentence_score(a, b) if cheap else 0.0),
                        ("part", _part_score(a, b))):
            if s > best:
                best, how = s, name
    return best, how


def _score(a: _Prepared, b: _Prepared) -> float:
    """The pair's score (0–100): the best of the scorers of ``_score_how``."""
    return _score_how(a, b)[0]


def similarity(a: str, b: str) -> float:
    """Similarity (0–100) of two point texts: whole-key ratio or sentence alignment.

    >>> similarity("ＤＸ化の加速が必要である。", "DX化の加速が必要。")
    85.71
    >>> similarity("KPIの設定は重要。", "人材の育成が重要。") < 80
    True
    """
    return round(_score(_prepare(a), _prepare(b)), 2)


def _bits(x: int) -> int:
    return max(1, int(x).bit_length())


def _runs(sorted_keys: Ints) -> Flags:
    """Start flags of the runs of equal values in a sorted array."""
    import numpy as np

    flags = np.empty(sorted_keys.size, dtype=bool)
    if sorted_keys.size:
        flags[0] = True
        np.not_equal(sorted_keys[1:], sorted_keys[:-1], out=flags[1:])
    return flags


def candidate_arrays(keys: Sequence[str], k: int = PREFIX_K, shared: int | None = None,
                     anchors: Sequence[bool] | None = None) -> tuple[Ints, Ints]:
    """Index arrays (I, J), I < J, of the keys that share ``shared`` of their ``k`` rarest
    3-grams, or are equal. By default one shared gram, or two when one would give more
    than ``BUDGET`` candidates per key (the set grows faster than linearly at scale).

    Prefix filtering over a character 3-gram index, in numpy: every step is one sort of
    packed int64 keys (a 3-gram of dense character ids, a point index, a document
    frequency), so it runs in about a second for 100k points. Grams no other key has make
    no pair and are skipped, so a point's k grams are all shared ones. Ties in rarity go by
    the gram, so the choice is deterministic.
    """
    import numpy as np

    n = len(keys)
    if n < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    pbits = _bits(n)
    entries = _gram_entries(keys, pbits)
    rarest = _Rarest(entries, pbits, k)
    anchored = None
    if anchors is not None and any(anchors):
        anchored = _anchor_pairs(rarest, np.asarray(anchors, dtype=bool),
                                 entries & ((1 << pbits) - 1))
    del entries
    code = _prefix_pairs(rarest, shared, n)
    twins = [(a << pbits) | b for a, b in _equal_key_pairs(keys)]
    for more in (anchored, np.array(twins, dtype=np.int64)):
        if more is not None and more.size:
            code = np.concatenate((code, more))
            code.sort()
            code = code[_runs(code)]
    return code >> pbits, code & ((1 << pbits) - 1)


def _gram_entries(keys: Sequence[str], pbits: int) -> Ints:
    """The distinct (3-gram, point) pairs of the keys, packed as ``gram << pbits | point``
    and sorted: a gram is three dense character ids (only the characters that occur)."""
    import numpy as np

    n = len(keys)
    lens = np.fromiter((max(len(x), GRAM) for x in keys), dtype=np.int64, count=n)
    codes = np.frombuffer("".join(x.ljust(GRAM, "\0") for x in keys).encode("utf-32-le"),
                          dtype=np.uint32)
    present = np.zeros(int(codes.max()) + 1, dtype=bool)
    present[codes] = True
    table = np.cumsum(present, dtype=np.int64)
    table -= 1
    cbits = _bits(int(table[-1]) + 1)
    if GRAM * cbits + pbits > 62:
        raise ValueError("too many distinct characters to pack 3-grams")
    c = table[codes]
    del codes, table, present
    # every position's 3-gram, from slices (no gathers: each new array costs page faults),
    # then drop the two per key that would run into the next key
    g = c[:-2] << (2 * cbits)
    g |= c[2:]
    c <<= cbits                               # in place: a temporary costs page faults
    g |= c[1:-1]
    del c
    ends = np.cumsum(lens)
    valid = np.ones(g.size + 2, dtype=bool)
    valid[ends - 1] = False
    valid[ends - 2] = False
    g = g[valid[:-2]]
    g <<= pbits
    g |= np.repeat(np.arange(n, dtype=np.int32), lens - (GRAM - 1))
    g.sort()
    return g[_runs(g)]


class _Rarest:
    """Each point's ``k`` rarest shared 3-grams, from the sorted (gram, point) entries.

    ``ranked`` holds every (point, document frequency, gram id) of a shared gram packed and
    sorted, ``pt`` its point, ``keep`` whether it is among the point's ``k`` rarest; grams
    are numbered in gram order (``starts[g]``, ``counts[g]``: where gram ``g``'s entries
    begin and how many points have it); ``ibits`` is the width of a gram id.
    """

    def __init__(self, entries: Ints, pbits: int, k: int) -> None:
        import numpy as np

        gram = entries >> pbits
        new_gram = _runs(gram)
        del gram
        gid = np.cumsum(new_gram, dtype=np.int64)
        gid -= 1                                  # dense gram id, in gram order
        self.starts = np.flatnonzero(new_gram)
        del new_gram
        self.counts = np.diff(np.append(self.starts, entries.size))
        df = np.repeat(self.counts, self.counts)
        dbits, self.ibits = _bits(int(self.counts.max())), _bits(self.starts.size)
        if pbits + dbits + self.ibits > 62:
            raise ValueError("too many 3-grams to pack")
        self.pbits = pbits
        # sort by (point, document frequency, gram); in place where it can be
        shared = df > 1
        ranked = entries & ((1 << pbits) - 1)
        ranked <<= dbits + self.ibits
        df <<= self.ibits
        ranked |= df
        del df
        ranked |= gid
        del gid
        ranked = ranked[shared]
        del shared
        ranked.sort()
        self.pt = ranked >> (dbits + self.ibits)
        self.ranked = ranked
        # the first k entries of each point's run
        first = np.flatnonzero(_runs(self.pt))
        end = np.append(first[1:], self.pt.size)
        self.keep = np.zeros(self.pt.size, dtype=bool)
        for d in range(k):
            at = first + d
            self.keep[at[at < end]] = True

    def gram(self, sel: Flags) -> Ints:
        """The gram ids of the selected ranked entries."""
        return self.ranked[sel] & ((1 << self.ibits) - 1)


def _prefix_pairs(rarest: _Rarest, shared: int | None, n: int) -> Ints:
    """Packed pairs ``lo << pbits | hi`` of the points that share ``shared`` of their kept
    grams (``None``: one, or two past ``BUDGET`` pairs per point), sorted and distinct."""
    import numpy as np

    pbits = rarest.pbits
    # postings by gram, points ascending; each entry pairs with the later ones of its gram
    post = rarest.gram(rarest.keep) << pbits
    post |= rarest.pt[rarest.keep]
    post.sort()
    gid, pt = post >> pbits, post & ((1 << pbits) - 1)
    del post
    run = np.flatnonzero(_runs(gid))
    run_len = np.diff(np.append(run, gid.size))
    end = np.repeat(run + run_len, run_len)
    lo, hi = [], []
    active = np.flatnonzero(end - np.arange(end.size) > 1)
    d = 1
    while active.size:
        active = active[active + d < end[active]]
        lo.append(pt[active])
        hi.append(pt[active + d])
        d += 1
    if not lo:
        return np.empty(0, np.int64)
    code = np.concatenate(lo) << pbits
    code |= np.concatenate(hi)
    code.sort()
    first = np.flatnonzero(_runs(code))
    if shared is None:
        shared = 1 if first.size <= BUDGET * n else 2
    if shared > 1:
        first = first[np.diff(np.append(first, code.size)) >= shared]
    return code[first]


def _anchor_pairs(rarest: _Rarest, anchors: Flags, entry_pt: Ints) -> Ints | None:
    """Pairs of a restatement (an anchor) with every point that has at least
    ``ANCHOR_SHARED`` of the anchor's k rarest grams, whether or not they are among that
    point's own rarest: a restatement of one sentence of a long point shares few of the
    long point's rarest grams, but all of its own. Grams in more than ``ANCHOR_DF``
    points are not followed. ``entry_pt`` is the point of each (gram, point) entry."""
    import numpy as np

    sel = rarest.keep & anchors[rarest.pt]
    a_pt = rarest.pt[sel]
    a_gid = rarest.gram(sel)
    small = rarest.counts[a_gid] <= ANCHOR_DF
    a_pt, a_gid = a_pt[small], a_gid[small]
    if not a_pt.size:
        return None
    lens = rarest.counts[a_gid]
    offset = np.arange(int(lens.sum()), dtype=np.int64)
    offset -= np.repeat(np.cumsum(lens) - lens, lens)
    other = entry_pt[np.repeat(rarest.starts[a_gid], lens) + offset]
    mine = np.repeat(a_pt, lens)
    differ = other != mine
    lo, hi = np.minimum(mine, other)[differ], np.maximum(mine, other)[differ]
    # an anchor's grams are distinct, so a pair counts once per shared gram from each anchor
    code: Ints = (lo << rarest.pbits) | hi
    code.sort()
    first = np.flatnonzero(_runs(code))
    runs = np.diff(np.append(first, code.size))
    return code[first[runs >= ANCHOR_SHARED]]


def _equal_key_pairs(keys: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of equal keys: they always pair up, however short (a key of 3
    characters has one gram)."""
    same: dict[str, list[int]] = {}
    for i, x in enumerate(keys):
        same.setdefault(x, []).append(i)
    return [pair for ids in same.values() if len(ids) > 1 for pair in combinations(ids, 2)]


def candidate_pairs(keys: Sequence[str], k: int = PREFIX_K) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share one of their ``k`` rarest character 3-grams."""
    i, j = candidate_arrays(keys, k)
    return set(zip(i.tolist(), j.tolist()))


def candidate_list(keys: Sequence[str], k: int = PREFIX_K, shared: int | None = None,
                   anchors: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """``candidate_arrays`` read directly, in plain Python, for a few keys: the same pairs
    (sorted), without importing numpy (which costs more than the whole run on one meeting)."""
    grams = [{x[i:i + GRAM] for i in range(len(x) - GRAM + 1)} for x in keys]
    df = Counter(g for gs in grams for g in gs)
    chosen = [sorted((g for g in gs if df[g] > 1), key=lambda g: (df[g], g))[:k] for gs in grams]
    pairs = _shared_gram_pairs(chosen, shared, len(keys))
    if anchors is not None and any(anchors):
        pairs.update(_anchor_list(grams, chosen, df, anchors))
    pairs.update(_equal_key_pairs(keys))
    return sorted(pairs)


def _shared_gram_pairs(chosen: list[list[str]], shared: int | None, n: int) -> set[tuple[int, int]]:
    """``_prefix_pairs`` in plain Python: pairs of points sharing ``shared`` chosen grams."""
    postings: dict[str, list[int]] = {}
    for idx, gs in enumerate(chosen):
        for g in gs:
            postings.setdefault(g, []).append(idx)
    count = Counter(pair for ids in postings.values() for pair in combinations(ids, 2))
    if shared is None:
        shared = 1 if len(count) <= BUDGET * n else 2
    return {pair for pair, c in count.items() if c >= shared}


def _anchor_list(grams: list[set[str]], chosen: list[list[str]], df: Counter[str],
                 anchors: Sequence[bool]) -> list[tuple[int, int]]:
    """``_anchor_pairs`` in plain Python."""
    holders: dict[str, list[int]] = {}
    for idx, all_grams in enumerate(grams):
        for g in all_grams:
            holders.setdefault(g, []).append(idx)
    near: Counter[tuple[int, int]] = Counter()
    for i in (i for i, a in enumerate(anchors) if a):
        for g in chosen[i]:
            if df[g] <= ANCHOR_DF:
                near.update((min(i, j), max(i, j)) for j in holders[g] if j != i)
    return [pair for pair, c in near.items() if c >= ANCHOR_SHARED]


class _UnionFind:
    """Union-find with cannot-link constraints: the never_merge pairs (manual) and the pairs
    that take opposite stances (``forbid``)."""

    def __init__(self, n: int, cannot: Iterable[tuple[int, int]]) -> None:
        self.parent = list(range(n))
        self.cannot: dict[int, dict[int, bool]] = {}   # point -> {other point: manual?}
        self.bound: dict[int, list[int]] = {}          # root -> its members with a constraint
        self.members: dict[int, list[int]] = {}
        for x, y in cannot:
            self.forbid(x, y, manual=True)

    def forbid(self, x: int, y: int, manual: bool = False) -> None:
        """Keep the sets of points ``x`` and ``y`` apart from now on."""
        for p, o in ((x, y), (y, x)):
            self.cannot.setdefault(p, {}).setdefault(o, manual)
            bound = self.bound.setdefault(self.find(p), [])
            if p not in bound:
                bound.append(p)

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def _set(self, root: int) -> list[int]:
        return self.members.get(root, [root])

    def blocker(self, ra: int, rb: int) -> tuple[int, int, bool] | None:
        """The constrained pair (a member of each set, manual?) that keeps two sets apart."""
        if not self.cannot:
            return None
        a, b = self.bound.get(ra, []), self.bound.get(rb, [])
        if len(a) > len(b):
            a, rb = b, ra
        for m in a:
            for o, manual in self.cannot[m].items():
                if self.find(o) == rb:
                    return m, o, manual
        return None

    def allowed(self, ra: int, rb: int) -> bool:
        return self.blocker(ra, rb) is None

    def union(self, ra: int, rb: int) -> None:
        """The smaller set joins the larger (extended in place: a campaign of thousands of
        identical texts joins one by one)."""
        a, b = self._set(ra), self._set(rb)
        if len(a) < len(b):
            ra, rb, a, b = rb, ra, b, a
        self.members[ra] = a
        a.extend(b)
        self.members.pop(rb, None)
        self.parent[rb] = ra
        moved = self.bound.pop(rb, None)
        if moved:
            self.bound.setdefault(ra, []).extend(moved)


def _check_overrides(overrides: Overrides, index: dict[str, int]) -> None:
    for field, pairs in (("never_merge", overrides.never_merge), ("merge", overrides.merge)):
        for pair in pairs:
            for pid in pair:
                if pid not in index:
                    raise ConfigError(
                        _("{field}: unknown point id '{pid}'").format(field=field, pid=pid), file=overrides.source,
                        hint=_("list the ids with `assembler parse FILE... --json`"))


def dedup(points: Sequence[Point], *, threshold: float = DEFAULT_THRESHOLD,
          overrides: Overrides | None = None, stances: bool = True) -> tuple[Group, ...]:
    """Group points that say the same thing; every point ends in exactly one group.

    Points with the same comparison key (and kind) are one node before any candidate is
    generated; fuzzy matching runs on the distinct keys only. A group keeps the spanning
    tree of the matches that joined it (Kruskal, strongest first): k - 1 links for k
    points, each with its score and how it was scored.

    Two points that match but take opposite stances (``stance.opposed``: 「…必要である」/
    「…必要ではない」, 拡大/縮小) are kept apart, and so are their groups; each such match is
    recorded in the group of its earlier point (``Group.apart``). ``stances=False`` turns
    the guard off (to measure it: benchmarks/eval_dedup.py).
    """
    with collector.paused():
        return _dedup(points, threshold, overrides or Overrides(), stances)


# Python's cyclic garbage collector is off for the stage (collector.paused): dedup makes a
# few hundred thousand small objects that form no cycles (comparison forms, links, groups),
# and each of the collector's full passes walks the whole heap (every parsed point) to find
# nothing: measured at 100k points, 0.6-1.0 of 5.5 CPU-s.


def _opposed_edges(points: Sequence[Point], nodes: _Nodes,
                   edges: list[tuple[float, int, int, str]]) -> dict[tuple[int, int], Opposition]:
    """The node pairs of the edges whose texts take opposite stances, and why. Only pairs
    whose edits touch a word of the stance table are read (``stance.touched``); each
    node's clauses are read once, from its first point's text."""
    read: dict[int, tuple[Clause, ...]] = {}

    def clauses_of(n: int) -> tuple[Clause, ...]:
        got = read.get(n)
        if got is None:
            got = read[n] = stance.clauses(points[nodes.first[n]].text)
        return got

    out = {}
    keys = nodes.keys
    for _s, na, nb, _how in edges:
        if not stance.touched(keys[na], keys[nb]):
            continue
        why = stance.opposed_clauses(clauses_of(na), clauses_of(nb))
        if why is not None:
            out[(na, nb)] = why
    return out


def _apart(points: Sequence[Point], nodes: _Nodes, opposed: dict[tuple[int, int], Opposition],
           s: float, i: int, j: int, blocker: tuple[int, int, bool]) -> Apart:
    """The evidence for a match (points ``i``, ``j``) kept apart by a stance constraint."""
    why = opposed.get((nodes.of[i], nodes.of[j]))
    if why is not None:
        return Apart(points[i].id, points[j].id, round(s, 2), why.how, why.words)
    m, o = sorted(blocker[:2])
    return Apart(points[i].id, points[j].id, round(s, 2), "opposed", (points[m].id, points[o].id))


def _dedup(points: Sequence[Point], threshold: float, overrides: Overrides,
           stances: bool = True) -> tuple[Group, ...]:
    index = {p.id: i for i, p in enumerate(points)}
    _check_overrides(overrides, index)
    nodes = _Nodes(points)

    cannot = [(index[a], index[b]) for a, b in overrides.never_merge]
    uf = _UnionFind(len(points), cannot)
    links: list[tuple[int, int, Link]] = []     # with the points' indices
    manual_points: set[int] = set()
    partial: set[int] = set()      # nodes that restate part of a point
    for a, b in overrides.merge:
        i, j = index[a], index[b]
        ri, rj = uf.find(i), uf.find(j)
        if ri != rj and not uf.allowed(ri, rj):
            raise ConfigError(_("merge: '{a}' into '{b}' contradicts a never_merge pair").format(a=a, b=b),
                              file=overrides.source, hint=_("remove one of the two overrides"))
        manual_points.update((i, j))
        if ri != rj:
            uf.union(ri, rj)
            score, _how = _score_how(nodes.prepared(nodes.of[i]), nodes.prepared(nodes.of[j]))
            links.append((i, j, Link(a, b, round(score, 2), manual=True, how="manual")))

    edges = _edges(nodes, threshold)
    opposed = _opposed_edges(points, nodes, edges) if stances else {}
    for na, nb in opposed:
        uf.forbid(nodes.first[na], nodes.first[nb])
    aparts: list[tuple[int, Apart]] = []     # with the earlier point's index

    def join(s: float, i: int, j: int, how: str) -> None:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            return
        blocker = uf.blocker(ri, rj)
        if blocker is not None:
            if blocker[2]:
                manual_points.update((i, j))
            else:
                aparts.append((i, _apart(points, nodes, opposed, s, i, j, blocker)))
            return
        uf.union(ri, rj)
        links.append((i, j, Link(points[i].id, points[j].id, round(s, 2), how=how)))
        if how == "part":
            partial.update(n for n in (nodes.of[i], nodes.of[j]) if nodes.restated[n])

    for i, node in enumerate(nodes.of):  # exact duplicates: each joins its key's first point
        first = nodes.first[node]
        if first != i:
            join(100.0, first, i, "same")
    for s, na, nb, how in edges:  # node pairs (a, b above are point ids)
        join(s, nodes.first[na], nodes.first[nb], how)
    return _build_groups(points, nodes, uf, (links, aparts), manual_points, threshold, partial)


class _Nodes:
    """The distinct comparison keys of the points: node ``n`` is every point whose kind and
    key equal those of ``first[n]``; ``of[i]`` is point ``i``'s node. A key is the text's
    ``text.key()`` with a restatement lead-in (``LEAD_IN``) taken off its start (``_marked``);
    ``restated[n]`` says the node's first point had one. Full comparison forms
    (``_Prepared``) are made on demand: most nodes never need clauses or sentences.
    """

    def __init__(self, points: Sequence[Point]) -> None:
        marked, keys, lead = _forms([p.text for p in points])
        ids: dict[tuple[bool, str], int] = {}
        self.of: list[int] = []
        self.first: list[int] = []
        self.keys: list[str] = []
        for i, (p, key) in enumerate(zip(points, keys)):
            node = ids.setdefault((p.kind == "procedural", key), len(ids))
            if node == len(self.first):
                self.first.append(i)
                self.keys.append(key)
            self.of.append(node)
        self.procedural = [points[i].kind == "procedural" for i in self.first]
        self.restated = [lead[i] for i in self.first]
        self.marked = [marked[i] for i in self.first]
        self._prepared: dict[int, _Prepared] = {}

    def prepared(self, node: int) -> _Prepared:
        got = self._prepared.get(node)
        if got is None:
            got = self._prepared[node] = _from_marked(self.marked[node], self.restated[node])
        return got


def _edges(nodes: _Nodes, threshold: float) -> list[tuple[float, int, int, str]]:
    """Candidate node pairs scored and kept at or above the threshold, strongest first,
    each with the scorer that decided it (``whole``, ``clauses``, ``sentences``, ``part``).

    Scores the way ``_score_how`` does, in bulk: whole-key ratios with ``process.cpdist``,
    then clause ratios for the pairs still below, then sentence alignment (Python) only
    for those that reach ``_SENTENCE_FLOOR`` or where one side is a restatement. A pair
    whose lengths differ more than ``_LENGTH_RATIO`` cannot reach the threshold by the
    first three and is scored only when one side is a restatement.
    """
    keys = nodes.keys
    if len(keys) < _SMALL:
        return _edges_small(nodes, threshold)
    import numpy as np

    I, J = candidate_arrays(keys, anchors=nodes.restated)
    kind = np.array(nodes.procedural, dtype=bool)
    restated = np.array(nodes.restated, dtype=bool)
    length = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    short, long_ = np.minimum(length[I], length[J]), np.maximum(length[I], length[J])
    lead = restated[I] | restated[J]
    ok = (kind[I] == kind[J]) & ((short >= _LENGTH_RATIO * long_) | lead)
    I, J, lead = I[ok], J[ok], lead[ok]
    score, how = _bulk_scores(nodes, I, J, lead, threshold)
    hit = np.flatnonzero(score >= threshold)
    edges = list(zip(score[hit].tolist(), I[hit].tolist(), J[hit].tolist(),
                     [_HOW[h] for h in how[hit].tolist()]))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def _bulk_scores(nodes: _Nodes, I: Ints, J: Ints, lead: Flags, threshold: float
                 ) -> tuple[Scores, Hows]:
    """Scores of node pairs (``I[r]``, ``J[r]``) the way ``_score_how`` gives them, in bulk,
    with the index into ``_HOW`` of the scorer: whole-key ratios with ``process.cpdist``,
    then clause ratios for the pairs still below ``threshold``, then sentence alignment
    only for those that reach ``_SENTENCE_FLOOR`` or where one side is a restatement
    (``lead[r]``). A pair at or above the threshold is not scored further."""
    import numpy as np
    from rapidfuzz import process

    objects = np.array(nodes.keys, dtype=object)
    score = process.cpdist(objects[I], objects[J], scorer=fuzz.ratio,
                           score_cutoff=_SENTENCE_FLOOR, dtype=np.float64,
                           workers=_workers(I.size))
    del objects
    how = np.zeros(I.size, dtype=np.int8)
    # clauses in another order: only where the whole ratio reached the floor (a reordered
    # repeat keeps most of its characters in order; unrelated pairs score 0 here)
    below = np.flatnonzero((score < threshold) & ((score > 0) | lead))
    if not below.size:
        return score, how
    bl_i, bl_j = I[below].tolist(), J[below].tolist()
    clauses = process.cpdist([nodes.prepared(i).clauses for i in bl_i],
                             [nodes.prepared(j).clauses for j in bl_j],
                             scorer=fuzz.ratio, score_cutoff=_SENTENCE_FLOOR,
                             dtype=np.float64, workers=_workers(below.size))
    how[below[clauses > score[below]]] = 1
    score[below] = np.maximum(score[below], clauses)
    near = below[(score[below] < threshold) & ((score[below] > 0) | lead[below])]
    if near.size:
        best, took = _sentence_scores(nodes, I[near], J[near], score[near],
                                      lead[near])
        up = took > 0
        score[near[up]] = best[up]
        how[near[up]] = took[up]
    return score, how


def _sentence_scores(nodes: _Nodes, A: Ints, B: Ints, cheap: Scores, lead: Flags
                     ) -> tuple[Scores, Hows]:
    """The sentence and containment scores of node pairs (``A[r]``, ``B[r]``) in bulk, as
    ``_score_how`` gives them after the whole/clause score ``cheap``: (the best score, the
    index into ``_HOW`` of the scorer that beat ``cheap``, 0 where none did).

    Every sentence of one side is paired with every sentence of the other and all are
    scored in one ``process.cpdist``; a sentence's best ratio is a segment maximum, a side's
    coverage a weighted ``bincount`` (which sums in the order ``_coverage`` does).
    """
    import numpy as np

    best = cheap.astype(np.float64, copy=True)
    took = np.zeros(best.size, dtype=np.int8)
    table = _SentenceTable(nodes, np.concatenate((A, B)))
    la, lb = table.local(A), table.local(B)
    ca, cb = table.count[la], table.count[lb]
    sentences_wanted = (cheap > 0) & ((ca > 1) | (cb > 1))
    rows = np.flatnonzero((sentences_wanted | lead) & (ca > 0) & (cb > 0))
    if not rows.size:
        return best, took
    a_side, b_side = table.best_ratios(la[rows], lb[rows])
    cover_a, cover_b = a_side.coverage(_SENTENCE_MATCH), b_side.coverage(_SENTENCE_MATCH)
    a_shorter = table.key_len[la[rows]] <= table.key_len[lb[rows]]
    sentences = np.where(a_shorter, (2 * cover_a + cover_b) / 3, (2 * cover_b + cover_a) / 3)
    sentences[~sentences_wanted[rows]] = 0.0
    part = np.maximum(a_side.containment(), b_side.containment())
    part[~lead[rows]] = 0.0
    score, how = cheap[rows].astype(np.float64), np.zeros(rows.size, dtype=np.int8)
    for value, name in ((sentences, "sentences"), (part, "part")):
        up = value > score
        score[up], how[up] = value[up], _HOW.index(name)
    best[rows], took[rows] = score, how
    return best, took


class _SentenceTable:
    """The sentences of some nodes in one flat list: node ``used[u]`` has ``count[u]``
    sentences from ``offset[u]`` on; ``key_len[u]`` is the length of its key."""

    def __init__(self, nodes: _Nodes, wanted: Ints) -> None:
        import numpy as np

        self.used = np.unique(wanted)
        self.sentences: list[str] = []
        count, key_len = [], []
        for n in self.used.tolist():
            prepared = nodes.prepared(n)
            self.sentences.extend(prepared.sentences)
            count.append(len(prepared.sentences))
            key_len.append(len(prepared.key))
        self.count = np.array(count, dtype=np.int64)
        self.offset = np.cumsum(self.count) - self.count
        self.key_len = np.array(key_len, dtype=np.int64)
        self.length = np.fromiter(map(len, self.sentences), dtype=np.int64,
                                  count=len(self.sentences))

    def local(self, node_ids: Ints) -> Ints:
        import numpy as np

        return np.searchsorted(self.used, node_ids)

    def best_ratios(self, la: Ints, lb: Ints) -> tuple[_BestRatios, _BestRatios]:
        """For each pair of local nodes (``la[r]``, ``lb[r]``): each sentence of either side
        with its best ``fuzz.ratio`` (0 below ``_SENTENCE_MATCH``) against the other side."""
        import numpy as np
        from rapidfuzz import process

        per_pair = self.count[la] * self.count[lb]
        row = np.repeat(np.arange(la.size, dtype=np.int64), per_pair)
        k = np.arange(row.size, dtype=np.int64) - np.repeat(np.cumsum(per_pair) - per_pair, per_pair)
        width = self.count[lb][row]
        x = k // width                    # sentence of the a side, then of the b side
        y = k - x * width
        xi, yi = self.offset[la][row] + x, self.offset[lb][row] + y
        texts = np.array(self.sentences, dtype=object)
        ratio = process.cpdist(texts[xi], texts[yi], scorer=fuzz.ratio,
                               score_cutoff=_SENTENCE_MATCH, dtype=np.float64,
                               workers=_workers(row.size))
        starts = np.flatnonzero(y == 0)
        a_side = _BestRatios(np.maximum.reduceat(ratio, starts), row[starts],
                             self.length[xi[starts]], la.size)
        order = np.lexsort((x, y, row))
        starts = np.flatnonzero(x[order] == 0)
        b_side = _BestRatios(np.maximum.reduceat(ratio[order], starts), row[order][starts],
                             self.length[yi[order][starts]], la.size)
        return a_side, b_side


@dataclass(frozen=True)
class _BestRatios:
    """One side's sentences of each pair: the best ratio of each against the other side,
    its pair (``row``, ascending; sentences in their order) and its length."""

    best: Scores
    row: Ints
    length: Ints
    rows: int

    def _sum(self, weights: Scores | Ints) -> Scores:
        import numpy as np

        # numpy's stub gives bincount intp elements, with weights too (they are float64 then)
        return cast("Scores", np.bincount(self.row, weights=weights, minlength=self.rows))

    def coverage(self, floor: float) -> Scores:
        """``_coverage`` of this side by the other, for each pair."""
        import numpy as np

        kept = np.where(self.best >= floor, self.best, 0.0)
        return self._sum(self.length * kept) / self._sum(self.length)

    def containment(self) -> Scores:
        """One direction of ``_part_score``: the coverage at ``_PART_MATCH`` where at least
        ``_PART_MIN`` characters of this side are repeated, else 0."""
        import numpy as np

        repeated = self._sum(self.length * (self.best >= _PART_MATCH))
        return np.where(repeated >= _PART_MIN, self.coverage(_PART_MATCH), 0.0)


def _edges_small(nodes: _Nodes, threshold: float) -> list[tuple[float, int, int, str]]:
    """``_edges`` for a few nodes, pair by pair in Python (the same pairs and scores)."""
    keys, edges = nodes.keys, []
    for i, j in candidate_list(keys, anchors=nodes.restated):
        lead = nodes.restated[i] or nodes.restated[j]
        short, long_ = sorted((len(keys[i]), len(keys[j])))
        if nodes.procedural[i] != nodes.procedural[j] or (short < _LENGTH_RATIO * long_ and not lead):
            continue
        s, how = _score_how(nodes.prepared(i), nodes.prepared(j), enough=threshold)
        if s >= threshold:
            edges.append((s, i, j, how))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


# Below this many distinct keys, candidates and scores are computed in plain Python.
_SMALL = 1500
_HOW = ("whole", "clauses", "sentences", "part")
# Below this many pairs a second worker costs more to start than it saves.
_PARALLEL_FROM = 20_000


def _workers(pairs: int) -> int:
    return -1 if pairs >= _PARALLEL_FROM else 1


def _build_groups(points: Sequence[Point], nodes: _Nodes, uf: _UnionFind,
                  evidence: tuple[list[tuple[int, int, Link]], list[tuple[int, Apart]]],
                  manual_points: set[int], threshold: float,
                  partial: set[int]) -> tuple[Group, ...]:
    """The groups in the order of their representatives (each group's first point: the
    groups come out in that order as every point is visited in input order), with their
    links and the matches kept apart (``evidence``, by the points' indices)."""
    links, aparts = evidence
    ids = [p.id for p in points]
    roots = [uf.find(i) for i in range(len(points))]
    by_root: dict[int, list[int]] = {}
    for i, root in enumerate(roots):
        members = by_root.get(root)
        if members is None:
            by_root[root] = [i]
        else:
            members.append(i)
    links_by_root: dict[int, list[tuple[int, int, Link]]] = {}
    for link in links:
        links_by_root.setdefault(roots[link[0]], []).append(link)
    apart: dict[int, tuple[Apart, ...]] = {}
    for i, x in aparts:
        apart[roots[i]] = (*apart.get(roots[i], ()), x)
    flagged = _chained(nodes, [m for m in by_root.values() if len(m) > 2], threshold)
    groups = []
    for root, members in by_root.items():
        rep = members[0]
        if len(members) == 1:
            groups.append(Group(id=f"g_{ids[rep]}", points=(ids[rep],), representative=ids[rep],
                                manual=rep in manual_points,
                                partial=(ids[rep],) if nodes.of[rep] in partial else (),
                                apart=apart.get(root, ())))
            continue
        group_links = sorted(links_by_root.get(root, []), key=lambda l: (l[0], l[1]))
        groups.append(Group(
            id=f"g_{ids[rep]}",
            points=tuple(ids[m] for m in members),
            representative=ids[rep],
            links=tuple(l[2] for l in group_links),
            flagged=rep in flagged,
            manual=any(m in manual_points for m in members),
            partial=tuple(ids[m] for m in members if nodes.of[m] in partial) if partial else (),
            apart=apart.get(root, ()),
        ))
    return tuple(groups)


def _chained(nodes: _Nodes, groups: list[list[int]], threshold: float) -> set[int]:
    """The first members of the groups a member of which scores far below the threshold
    against the representative (the first member). Each distinct key is scored once (a
    campaign of identical texts costs one score); in bulk (``_bulk_scores``) when the
    run is large enough for numpy."""
    rows = [(members[0], home, n) for members in groups
            for home in (nodes.of[members[0]],)
            for n in sorted({nodes.of[m] for m in members} - {home})]
    floor = threshold - FLAG_MARGIN
    if len(nodes.keys) < _SMALL:
        return {rep for rep, a, b in rows if _score(nodes.prepared(a), nodes.prepared(b)) < floor}
    import numpy as np

    if not rows:
        return set()
    reps, a, b = (np.array(x, dtype=np.int64) for x in zip(*rows))
    restated = np.array(nodes.restated, dtype=bool)
    score, _how = _bulk_scores(nodes, a, b, restated[a] | restated[b], threshold)
    return set(reps[score < floor].tolist())


def review_merges(groups: Iterable[Group], threshold: float = DEFAULT_THRESHOLD
                  ) -> list[Review]:
    """Every merge link, flagged groups first, then closest to the threshold first."""
    rows = [Review(g.id, l.a, l.b, l.score, round(l.score - threshold, 2), l.manual, g.flagged)
            for g in groups for l in g.links]
    rows.sort(key=lambda r: (not r.flagged, abs(r.margin), r.group, r.a, r.b))
    return rows

