"""Dedup at scale: time, peak memory, candidate pairs and recall against exact all-pairs.

Each size runs in its own process (so VmHWM is that size's peak) on
``generate_points(n)``. Recall compares the links the blocked method finds with the pairs an
exact scan scores at or above the same threshold: every pair up to ``EXACT_UP_TO`` points,
above that the pairs of ``SAMPLE`` random points against all others.

    .venv/bin/python benchmarks/run.py bench dedup
    .venv/bin/python benchmarks/bench_dedup.py 1000 10000      # chosen sizes
"""
from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import time
from pathlib import Path

SIZES = (1_000, 10_000, 50_000, 100_000)
EXACT_UP_TO = 10_000
SAMPLE = 200


def exact_links(prepared, rows, threshold: float) -> set[tuple[int, int]]:
    """Pairs (i < j), i or j in ``rows``, whose score reaches ``threshold``, found by a full scan.

    Whole keys and sorted clauses of the rows are scored against every point with
    ``process.cdist`` (chunks of rows, both cores); pairs reaching the sentence floor on
    either get the full ``dedup._score``.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    from assembler import dedup

    keys = [p.key for p in prepared]
    clauses = [p.clauses for p in prepared]
    rows = list(rows)
    found = set()
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        near = np.zeros((len(chunk), len(keys)), dtype=bool)
        for choices in (keys, clauses):
            m = process.cdist([choices[i] for i in chunk], choices, scorer=fuzz.ratio,
                              score_cutoff=dedup._SENTENCE_FLOOR, dtype=np.uint8, workers=-1)
            near |= m > 0
        for r, j in zip(*np.nonzero(near)):
            i = chunk[r]
            j = int(j)
            if i != j and dedup._score(prepared[i], prepared[j]) >= threshold:
                found.add((min(i, j), max(i, j)))
    return found


def child(n: int) -> dict:
    """Run one size and return its figures (called in a fresh process)."""
    from assembler import dedup
    from benchmarks.generate import generate_points

    points = generate_points(n, seed=0).points
    start = time.perf_counter()
    groups = dedup.dedup(points)
    seconds = time.perf_counter() - start
    from benchmarks import peak_rss_mb

    peak_mb = peak_rss_mb()
    index = {p.id: i for i, p in enumerate(points)}
    group_of = [0] * n
    for k, g in enumerate(groups):
        for pid in g.points:
            group_of[index[pid]] = k
    prepared = [dedup._prepare(p.text) for p in points]
    candidates = len(dedup.candidate_arrays([p.key for p in prepared])[0])
    rows = range(n) if n <= EXACT_UP_TO else random.Random(0).sample(range(n), SAMPLE)
    exact = exact_links(prepared, rows, dedup.DEFAULT_THRESHOLD)
    found = {(i, j) for i, j in exact if group_of[i] == group_of[j]}
    return {"n": n, "seconds": round(seconds, 2), "peak_mb": round(peak_mb),
            "candidates": candidates, "links": sum(len(g.links) for g in groups),
            "merged_groups": sum(len(g.points) > 1 for g in groups),
            "exact_pairs": len(exact), "found": len(found),
            "recall": round(len(found) / len(exact), 4) if exact else 1.0,
            "exact": "all pairs" if n <= EXACT_UP_TO else f"{SAMPLE} sampled points"}


def main(sizes=SIZES) -> int:
    root = Path(__file__).resolve().parent.parent
    print(f"{'points':>7} {'time s':>7} {'peak MB':>8} {'candidates':>10} {'links':>6} "
          f"{'recall':>6}  exact")
    times = {}
    for n in sizes:
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(n)],
                             cwd=root, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        times[n] = r["seconds"]
        print(f"{n:>7} {r['seconds']:>7} {r['peak_mb']:>8} {r['candidates']:>10} {r['links']:>6} "
              f"{r['recall']:>6}  {r['exact']} ({r['found']}/{r['exact_pairs']} pairs)", flush=True)
    if 10_000 in times and 100_000 in times:
        print(f"growth 10k -> 100k: n^{math.log(times[100_000] / times[10_000], 10):.2f}")
    print("peak MB is the whole process (generator included); time is dedup() alone")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(int(sys.argv[2]))))
    else:
        raise SystemExit(main(tuple(int(a) for a in sys.argv[1:]) or SIZES))
