"""Pairwise precision and recall of dedup merges against the generator's truth.

Generates three later meetings from the seed for each of several generator seeds, parses
them with the seed, deduplicates, and counts pairs of points put in one group against
pairs that the truth says repeat each other. Also prints the merges found in the seed
alone (expected: none), and the same figures on the extended generator
(``generate_council``: partial restatements with a lead-in and hard negatives), with the
recall of each kind of repeat and how many hard negatives were wrongly merged.

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


def council_runs():
    """(points, labels, truth) for each seed of the extended generator."""
    with tempfile.TemporaryDirectory() as tmp:
        for s in COUNCIL_SEEDS:
            truth = generate_council(Path(tmp) / str(s), points=COUNCIL_POINTS, seed=s)
            points = [p for m in minutes.parse_paths(list(truth.files)) for p in m.points]
            yield points, labels_for(points, truth), truth


def by_kind(points, truth, groups) -> tuple[Counter, Counter, int, int]:
    """Per kind of planted repeat: how many, how many joined the point they repeat; and of
    the hard negatives, how many, how many were merged with the point they share a clause with."""
    key_of = {}
    seen: Counter = Counter()
    for p in points:
        name = Path(p.source.file).name
        key_of[(name, p.speaker.label, seen[(name, p.speaker.label)])] = p.id
        seen[(name, p.speaker.label)] += 1
    group = {pid: g.id for g in groups for pid in g.points}

    def pid(ref):
        return key_of[(Path(ref.file).name, ref.speaker, ref.index)]

    total, joined = Counter(), Counter()
    negatives = merged = 0
    for b in truth.bullets:
        if b.of is not None:
            total[b.how[0]] += 1
            joined[b.how[0]] += group[pid(b.ref)] == group[pid(b.of)]
        if b.how[0] == "hard_negative":
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
