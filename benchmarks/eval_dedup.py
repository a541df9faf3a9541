"""Pairwise precision and recall of dedup merges against the generator's truth.

Generates three later meetings from the seed for each of several generator seeds, parses
them with the seed, deduplicates, and counts pairs of points put in one group against
pairs that the truth says repeat each other. Also prints the merges found in the seed
alone (expected: none), and the same figures on the extended generator
(``generate_council``: partial restatements with a lead-in and hard negatives), with the
recall of each kind of repeat and how many hard negatives were wrongly merged; then the
stance guard, off and on, on councils with views for and against (``stances``): opposite
views in nearly the same words are labelled different points, the same view in other words
a repeat; how many opposite views were merged, how many repeats the guard kept apart (false
blocks), and the opposite views still merged, with their words.

    .venv/bin/python benchmarks/run.py eval dedup
"""
from __future__ import annotations

import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

from assembler import dedup, minutes
from assembler.model import Point
from benchmarks.generate import SEED, Ref, generate, generate_council

SEEDS = range(5)
# The extended generator (generate_council): fresh points, restatements, partial
# restatements with a lead-in, hard negatives (same member, a long shared clause), a campaign.
COUNCIL_SEEDS = range(3)
COUNCIL_POINTS = 2000
THRESHOLDS = (70, 72, 74, 76, 78, 80, 82, 85, 88, 90)
# The share of member bullets that are views for or against a proposal (generate_council's
# ``stances``) in the councils the stance guard is measured on.
STANCE_SHARE = 0.12
# Planted different points: merged with the point they are made from is an error.
NEGATIVES = ("hard_negative", "opposite")


def labels_for(points: list[Point], truth) -> list[Ref]:
    """Each point's truth cluster (the seed bullet it repeats, or itself)."""
    clusters = {(Path(r.file).name, r.speaker, r.index): c for r, c in truth.clusters().items()}
    texts = {(Path(b.ref.file).name, b.ref.speaker, b.ref.index): b.text for b in truth.bullets}
    seen: Counter = Counter()
    out = []
    for p in points:
        name = Path(p.source.file).name
        n = seen[(name, p.speaker.label)]
        seen[(name, p.speaker.label)] += 1
        k = (name, p.speaker.label, n)
        if k in texts and minutes_key(texts[k]) != minutes_key(p.text):
            raise AssertionError(f"truth and parse disagree at {k}: {texts[k][:20]}…")
        c = clusters.get(k, Ref(p.source.file, p.speaker.label, n))
        out.append((Path(c.file).name, c.speaker, c.index))
    return out


def minutes_key(text: str) -> str:
    from assembler.text import key
    return key(text)


def pairs_of(ids_by_label: dict) -> set[frozenset]:
    return {frozenset(pair) for ids in ids_by_label.values() for pair in combinations(ids, 2)}


def score(points, labels, groups) -> tuple[int, int, int]:
    """(true positive, predicted, actual) pair counts."""
    by_label: dict = {}
    for p, lab in zip(points, labels):
        by_label.setdefault(lab, []).append(p.id)
    truth = pairs_of(by_label)
    predicted = pairs_of({g.id: g.points for g in groups})
    return len(truth & predicted), len(predicted), len(truth)


def runs():
    """(points, labels) for each generator seed."""
    with tempfile.TemporaryDirectory() as tmp:
        for s in SEEDS:
            out = Path(tmp) / str(s)
            truth = generate(out, meetings=3, seed=s)
            parsed = minutes.parse_paths([str(SEED), *truth.files])
            points = [p for m in parsed for p in m.points]
            yield points, labels_for(points, truth)


def council_runs(stances: float = 0.0):
    """(points, labels, truth) for each seed of the extended generator."""
    with tempfile.TemporaryDirectory() as tmp:
        for s in COUNCIL_SEEDS:
            truth = generate_council(Path(tmp) / str(s), points=COUNCIL_POINTS, seed=s,
                                     stances=stances)
            points = [p for m in minutes.parse_paths(list(truth.files)) for p in m.points]
            yield points, labels_for(points, truth), truth


def by_kind(points, truth, groups, negative: str = "hard_negative") -> tuple[Counter, Counter, int, int]:
    """Per kind of planted repeat: how many, how many joined the point they repeat; and of
    the planted different points of kind ``negative`` (hard negatives, opposite views), how
    many, how many were merged with the point they are made from."""
    at = _refs(points)
    group = {pid: g.id for g in groups for pid in g.points}

    def pid(ref):
        return at[_ref_key(ref)].id

    total, joined = Counter(), Counter()
    negatives = merged = 0
    for b in truth.bullets:
        if b.of is not None:
            total[b.how[0]] += 1
            joined[b.how[0]] += group[pid(b.ref)] == group[pid(b.of)]
        if b.how[0] == negative:
            negatives += 1
            merged += group[pid(b.ref)] == group[pid(b.sources[0])]
    return total, joined, negatives, merged


def council_report() -> None:
    data = list(council_runs())
    n_points = sum(len(p) for p, _, _ in data)
    print(f"\nextended generator: {len(data)} councils of {COUNCIL_POINTS} member bullets "
          f"(generate_council), {n_points} points")
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7} {'merged pairs':>12} {'true pairs':>10}")
    for t in THRESHOLDS:
        tp = pred = actual = 0
        for points, labels, _ in data:
            a, b, c = score(points, labels, dedup.dedup(points, threshold=t))
            tp, pred, actual = tp + a, pred + b, actual + c
        mark = "  <- default" if t == dedup.DEFAULT_THRESHOLD else ""
        print(f"{t:>9} {tp / pred if pred else 1:>9.3f} {tp / actual:>7.3f} {pred:>12} {actual:>10}{mark}")
    total, joined = Counter(), Counter()
    negatives = merged = 0
    for points, _, truth in data:
        a, b, c, d = by_kind(points, truth, dedup.dedup(points))
        total, joined, negatives, merged = total + a, joined + b, negatives + c, merged + d
    print("at the default threshold, each planted repeat joined with the point it repeats:")
    for kind in sorted(total):
        print(f"  {kind:<15} {joined[kind]:>5}/{total[kind]:<5} {joined[kind] / total[kind]:.3f}")
    print(f"  hard negatives merged with the point they share a clause with: {merged}/{negatives}")


def stance_report() -> None:
    """The stance guard off and on, at the default threshold."""
    data = list(council_runs(STANCE_SHARE))
    n_points = sum(len(p) for p, _, _ in data)
    print(f"\nstance guard: {len(data)} councils of {COUNCIL_POINTS} member bullets with views for "
          f"and against (generate_council, stances={STANCE_SHARE}), {n_points} points; "
          f"threshold {dedup.DEFAULT_THRESHOLD:g}")
    print(f"{'guard':>5} {'precision':>9} {'recall':>7} {'merged pairs':>12} {'opposite merged':>15} "
          f"{'same view joined':>16} {'kept apart':>10} {'false blocks':>12}")
    for guard in (False, True):
        tp = pred = actual = opposite = merged = same = joined = apart = false = 0
        left: list[tuple[str, str]] = []
        for points, labels, truth in data:
            groups = dedup.dedup(points, stances=guard)
            a, b, c = score(points, labels, groups)
            tp, pred, actual = tp + a, pred + b, actual + c
            total, got, negatives, wrong = by_kind(points, truth, groups, "opposite")
            opposite, merged = opposite + negatives, merged + wrong
            same, joined = same + total["same_view"], joined + got["same_view"]
            label = {p.id: lab for p, lab in zip(points, labels)}
            aparts = [x for g in groups for x in g.apart]
            apart += len(aparts)
            false += sum(label[x.a] == label[x.b] for x in aparts)
            left += _opposites_merged(points, truth, groups)
        print(f"{'on' if guard else 'off':>5} {tp / pred if pred else 1:>9.3f} {tp / actual:>7.3f} "
              f"{pred:>12} {f'{merged}/{opposite}':>15} {f'{joined}/{same}':>16} {apart:>10} {false:>12}")
    near = sum(dedup.similarity(a, b) >= dedup.DEFAULT_THRESHOLD for a, b in _opposite_texts(data))
    print(f"  opposite views scoring at or above the threshold with the view they oppose: "
          f"{near}/{opposite} (what the guard has to catch)")
    print(f"  opposite views still merged with the guard on: {len(left)}")
    for a, b in left[:8]:
        print(f"    {a[-24:]}  /  {b[-24:]}")


def _refs(points) -> dict:
    """(file name, speaker, index) -> point, as the truth refers to bullets."""
    seen: Counter = Counter()
    out = {}
    for p in points:
        k = (Path(p.source.file).name, p.speaker.label)
        out[(*k, seen[k])] = p
        seen[k] += 1
    return out


def _ref_key(ref: Ref) -> tuple[str, str, int]:
    return Path(ref.file).name, ref.speaker, ref.index


def _opposite_pairs(points, truth) -> list[tuple[Point, Point]]:
    """(the view, the opposite view) of every planted opposite view."""
    at = _refs(points)
    return [(at[_ref_key(b.sources[0])], at[_ref_key(b.ref)])
            for b in truth.bullets if b.how[0] == "opposite"]


def _opposite_texts(data) -> list[tuple[str, str]]:
    return [(x.text, y.text) for points, _labels, truth in data
            for x, y in _opposite_pairs(points, truth)]


def _opposites_merged(points, truth, groups) -> list[tuple[str, str]]:
    group = {pid: g.id for g in groups for pid in g.points}
    return [(x.text, y.text) for x, y in _opposite_pairs(points, truth)
            if group[x.id] == group[y.id]]


def main() -> int:
    data = list(runs())
    n_points = sum(len(p) for p, _ in data)
    print(f"{len(data)} generated corpora (seed + 3 meetings each), {n_points} points")
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7} {'merged pairs':>12} {'true pairs':>10}")
    for t in THRESHOLDS:
        tp = pred = actual = 0
        for points, labels in data:
            a, b, c = score(points, labels, dedup.dedup(points, threshold=t))
            tp, pred, actual = tp + a, pred + b, actual + c
        mark = "  <- default" if t == dedup.DEFAULT_THRESHOLD else ""
        print(f"{t:>9} {tp / pred if pred else 1:>9.3f} {tp / actual:>7.3f} {pred:>12} {actual:>10}{mark}")
    seed_points = list(minutes.parse_file(SEED).points)
    merged = [g for g in dedup.dedup(seed_points) if len(g.points) > 1]
    print(f"seed alone: {len(seed_points)} points, {len(merged)} merged groups")
    for g in merged:
        print("  ", g.id, [(l.a, l.b, l.score) for l in g.links])
    council_report()
    stance_report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
