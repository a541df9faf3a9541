"""Pairwise precision and recall of dedup merges against the generator's truth.

Generates three later meetings from the seed for each of several generator seeds, parses
them with the seed, deduplicates, and counts pairs of points put in one group against
pairs that the truth says repeat each other. Also prints the merges found in the seed
alone (expected: none).

    .venv/bin/python benchmarks/run.py eval dedup
"""
from __future__ import annotations

import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

from assembler import dedup, minutes
from assembler.model import Point
from benchmarks.generate import SEED, Ref, generate

SEEDS = range(5)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
