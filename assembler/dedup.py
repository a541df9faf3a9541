"""Points -> Groups: merge points that say the same thing, at any scale.

How it decides (every step leaves evidence in the result):

1. Each point is compared on ``text.key()`` (NFKC, width-folded, spaces and punctuation
   removed). Japanese has no word spaces, so the scorers are character level.
2. Blocking: each key is cut into character 3-grams; a point is indexed by its ``PREFIX_K``
   rarest grams (prefix filtering); two points are candidates when they share one. This
   keeps the work linear in the number of points instead of quadratic.
3. Verification: ``similarity()`` — the better of ``fuzz.ratio`` on the whole key and a
   sentence-level score (sentences aligned in any order; a repeat that drops or reorders a
   sentence keeps the others intact). Procedural remarks are never compared with opinions.
4. Grouping: union-find over the links at or above the threshold, strongest first, with the
   secretariat's overrides (``merge`` forced first, ``never_merge`` pairs kept apart).
5. Chaining guard: a member that scores far below the threshold against its group's
   representative flags the group for review (``Group.flagged``).

Representative rule: the earliest point in input order (``parse_paths`` orders meetings),
i.e. the first meeting's wording. Group ids are ``g_<representative point id>`` so they
stay the same when later meetings are added.

DEFAULT_THRESHOLD is 80 (0–100), measured with ``make eval``: see the constant's comment.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain, combinations
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from assembler.errors import ConfigError
from assembler.model import Group, Link, Overrides, Point
from assembler.text import key

# Chosen with benchmarks/eval_dedup.py (`make eval`, 5 generated corpora, 664 points):
# 80 gives precision 1.000 / recall 0.980; 74 lets stitched same-topic points in (P 0.988),
# 85 loses re-wordings (R 0.959). 80 sits in the middle of the plateau where P = 1.
DEFAULT_THRESHOLD = 80.0
# A member this far below the threshold against its representative flags the group.
FLAG_MARGIN = 15.0
# Grams per point in the prefix filter (k rarest 3-grams): k=8 lost recall, 32 is slow.
PREFIX_K = 16
GRAM = 3
# Whole-key ratios below this are not worth a sentence-level look.
_SENTENCE_FLOOR = 50.0
_SENTENCE_MATCH = 60.0

_SENTENCE_END = re.compile(r"(?<=[。．！？!?])")
_CLAUSE_END = re.compile(r"(?<=[、，,。．！？!?])")


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
    """A point's comparison forms: the whole key, its sentences' keys, and its clauses'
    keys sorted (so that clauses or sentences said in another order still line up)."""

    key: str
    sentences: tuple[str, ...]
    clauses: str


def _prepare(text: str) -> _Prepared:
    sentences = tuple(k for k in (key(s) for s in _SENTENCE_END.split(text)) if k)
    clauses = sorted(k for k in (key(c) for c in _CLAUSE_END.split(text)) if k)
    return _Prepared("".join(sentences), sentences, "".join(clauses))


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

    def coverage(xs: tuple[str, ...], ys: tuple[str, ...]) -> float:
        total = sum(len(x) for x in xs)
        got = sum(len(x) * max(fuzz.ratio(x, y, score_cutoff=_SENTENCE_MATCH) for y in ys)
                  for x in xs)
        return got / total if total else 0.0

    ca, cb = coverage(a.sentences, b.sentences), coverage(b.sentences, a.sentences)
    short, long_ = (ca, cb) if len(a.key) <= len(b.key) else (cb, ca)
    return (2 * short + long_) / 3


def _score(a: _Prepared, b: _Prepared, enough: float = 101.0) -> float:
    """The pair's score; past ``enough`` the cheaper scores already decide it."""
    whole = fuzz.ratio(a.key, b.key, score_cutoff=_SENTENCE_FLOOR)
    if whole >= enough:
        return whole
    whole = max(whole, fuzz.ratio(a.clauses, b.clauses, score_cutoff=_SENTENCE_FLOOR))
    if whole >= enough or not whole:
        return whole
    return max(whole, _sentence_score(a, b))


def similarity(a: str, b: str) -> float:
    """Similarity (0–100) of two point texts: whole-key ratio or sentence alignment.

    >>> similarity("ＤＸ化の加速が必要である。", "DX化の加速が必要。")
    85.71
    >>> similarity("KPIの設定は重要。", "人材の育成が重要。") < 80
    True
    """
    return round(_score(_prepare(a), _prepare(b)), 2)


def _grams(k: str) -> set[str]:
    if len(k) <= GRAM:
        return {k}
    return {k[i:i + GRAM] for i in range(len(k) - GRAM + 1)}


def candidate_pairs(keys: Sequence[str], k: int = PREFIX_K) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share one of their ``k`` rarest character 3-grams."""
    gram_sets = [_grams(x) for x in keys]
    df = Counter(chain.from_iterable(gram_sets))
    # Rank grams by rarity once (ties by the gram, so the choice is deterministic); a gram
    # no other point has makes no pair, so it ranks past every shared one.
    order = sorted(df, key=lambda g: (df[g] == 1, df[g], g))
    rank = {g: r for r, g in enumerate(order)}
    unshared = len(df) - sum(1 for c in df.values() if c == 1)
    index: dict[int, list[int]] = {}
    for i, gs in enumerate(gram_sets):
        for r in heapq.nsmallest(k, map(rank.__getitem__, gs)):
            if r < unshared:
                index.setdefault(r, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > 1:
            pairs.update(combinations(postings, 2))
    return pairs


class _UnionFind:
    """Union-find with cannot-link constraints (the never_merge pairs)."""

    def __init__(self, n: int, cannot: Iterable[tuple[int, int]]) -> None:
        self.parent = list(range(n))
        self.cannot: dict[int, set[int]] = {}
        for x, y in cannot:
            self.cannot.setdefault(x, set()).add(y)
            self.cannot.setdefault(y, set()).add(x)
        self.members: dict[int, list[int]] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def _set(self, root: int) -> list[int]:
        return self.members.get(root, [root])

    def allowed(self, ra: int, rb: int) -> bool:
        if not self.cannot:
            return True
        small, big = sorted((ra, rb), key=lambda r: len(self._set(r)))
        return not any(self.find(o) == big
                       for m in self._set(small) for o in self.cannot.get(m, ()))

    def union(self, ra: int, rb: int) -> None:
        if len(self._set(ra)) < len(self._set(rb)):
            ra, rb = rb, ra
        self.members[ra] = self._set(ra) + self._set(rb)
        self.members.pop(rb, None)
        self.parent[rb] = ra


def _check_overrides(overrides: Overrides, index: dict[str, int]) -> None:
    for field, pairs in (("never_merge", overrides.never_merge), ("merge", overrides.merge)):
        for pair in pairs:
            for pid in pair:
                if pid not in index:
                    raise ConfigError(
                        f"{field}: unknown point id '{pid}'", file=overrides.source,
                        hint="list the ids with `assembler parse FILE... --json`")


def dedup(points: Sequence[Point], *, threshold: float = DEFAULT_THRESHOLD,
          overrides: Overrides | None = None) -> tuple[Group, ...]:
    """Group points that say the same thing; every point ends in exactly one group."""
    index = {p.id: i for i, p in enumerate(points)}
    overrides = overrides or Overrides()
    _check_overrides(overrides, index)
    prepared = [_prepare(p.text) for p in points]

    edges: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs([p.key for p in prepared]):
        if points[i].kind != points[j].kind:
            continue
        s = _score(prepared[i], prepared[j], threshold)
        if s >= threshold:
            edges.append((s, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))

    cannot = [(index[a], index[b]) for a, b in overrides.never_merge]
    uf = _UnionFind(len(points), cannot)
    links: list[Link] = []
    manual_points: set[int] = set()
    for a, b in overrides.merge:
        i, j = index[a], index[b]
        ri, rj = uf.find(i), uf.find(j)
        if ri != rj and not uf.allowed(ri, rj):
            raise ConfigError(f"merge: '{a}' into '{b}' contradicts a never_merge pair",
                              file=overrides.source, hint="remove one of the two overrides")
        if ri != rj:
            uf.union(ri, rj)
        links.append(Link(a, b, round(_score(prepared[i], prepared[j]), 2), manual=True))
        manual_points.update((i, j))
    for s, i, j in edges:
        ri, rj = uf.find(i), uf.find(j)
        if ri != rj:
            if not uf.allowed(ri, rj):
                manual_points.update((i, j))
                continue
            uf.union(ri, rj)
        links.append(Link(points[i].id, points[j].id, round(s, 2)))
    return _build_groups(points, prepared, uf, links, manual_points, threshold)


def _build_groups(points: Sequence[Point], prepared: list[_Prepared], uf: _UnionFind,
                  links: list[Link], manual_points: set[int], threshold: float
                  ) -> tuple[Group, ...]:
    index = {p.id: i for i, p in enumerate(points)}
    by_root: dict[int, list[int]] = {}
    for i in range(len(points)):
        by_root.setdefault(uf.find(i), []).append(i)
    links_by_root: dict[int, list[Link]] = {}
    for link in links:
        root = uf.find(index[link.a])
        if uf.find(index[link.b]) == root:
            links_by_root.setdefault(root, []).append(link)
    groups = []
    for root, members in by_root.items():
        rep = members[0]
        group_links = sorted(links_by_root.get(root, []),
                             key=lambda l: (index[l.a], index[l.b]))
        flagged = len(members) > 2 and any(
            _score(prepared[rep], prepared[m]) < threshold - FLAG_MARGIN for m in members[1:])
        groups.append(Group(
            id=f"g_{points[rep].id}",
            points=tuple(points[m].id for m in members),
            representative=points[rep].id,
            links=tuple(group_links),
            flagged=flagged,
            manual=any(m in manual_points for m in members),
        ))
    groups.sort(key=lambda g: index[g.representative])
    return tuple(groups)


def review_merges(groups: Iterable[Group], threshold: float = DEFAULT_THRESHOLD
                  ) -> list[Review]:
    """Every merge link, flagged groups first, then closest to the threshold first."""
    rows = [Review(g.id, l.a, l.b, l.score, round(l.score - threshold, 2), l.manual, g.flagged)
            for g in groups for l in g.links]
    rows.sort(key=lambda r: (not r.flagged, abs(r.margin), r.group, r.a, r.b))
    return rows


def summary(points: Sequence[Point], groups: Sequence[Group]) -> str:
    """A readable report: the merged groups with their link scores, then the counts."""
    by_id = {p.id: p for p in points}
    lines = []
    for g in groups:
        if len(g.points) < 2:
            continue
        flags = "".join(f" [{f}]" for f, on in (("flagged", g.flagged), ("manual", g.manual)) if on)
        lines.append(f"{g.id}: {len(g.points)} points{flags}")
        for pid in g.points:
            p = by_id[pid]
            mark = "*" if pid == g.representative else " "
            lines.append(f"  {mark} {pid} {p.speaker.label} {p.source.file}:{p.source.line_start} "
                         f"{p.text[:40]}")
        lines += [f"    {l.a} ~ {l.b}: {l.score:.1f}{' (manual)' if l.manual else ''}"
                  for l in g.links]
    merged = sum(len(g.points) > 1 for g in groups)
    lines.append(f"{len(points)} points, {len(groups)} groups, {merged} of them merged "
                 "(* marks the representative)")
    return "\n".join(lines)
