"""Dedup at scale on generated councils (``generate_council``): time, peak memory, candidate
pairs, recall against an exact scan, and the speed-up over all-pairs ``process.cdist``.

Each size runs in its own process (so VmHWM is that size's peak). Recall compares the
groups with the pairs an exact scan scores at or above the same threshold (``_score``
over every pair the whole-key or clause ratio brings to the sentence floor): all pairs
at 1k, the pairs of ``SAMPLE`` random points against all others above. The all-pairs
baseline is ``process.cdist`` of the whole keys (``uint8``, ``score_cutoff``, both cores)
timed on 1k points and on ``SAMPLE`` rows of 10k, extrapolated to n with the exponent the
two give; the speed-up is that over dedup's own time at the largest size.

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

SIZES = (1_000, 10_000, 100_000)
EXACT_UP_TO = 2_000
SAMPLE = 200
# dedup at the largest size must be this many times faster than all-pairs cdist
SPEEDUP = 300


def _points(n: int):
    from assembler import minutes
    from benchmarks import council_corpus

    return [p for m in minutes.parse_paths([str(council_corpus(n))]) for p in m.points]


def exact_links(prepared, rows, threshold: float) -> set[tuple[int, int]]:
    """Pairs (i < j), i or j in ``rows``, whose score reaches ``threshold``, by a full scan."""
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
        lead = [i for i in chunk if prepared[i].restated]
        for r, j in zip(*np.nonzero(near)):
            i, j = chunk[r], int(j)
            if i != j and dedup._score(prepared[i], prepared[j]) >= threshold:
                found.add((min(i, j), max(i, j)))
        for i in lead:  # a restatement scores by containment whatever its whole ratio
            for j in range(len(keys)):
                if i != j and dedup._score(prepared[i], prepared[j]) >= threshold:
                    found.add((min(i, j), max(i, j)))
    return found


def cdist_seconds(keys: list[str], rows: int) -> float:
    """Seconds of an all-pairs cdist over ``rows`` rows of ``keys``, scaled to all rows."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from assembler import dedup

    chosen = random.Random(1).sample(range(len(keys)), rows) if rows < len(keys) else range(len(keys))
    queries = [keys[i] for i in chosen]
    start = time.perf_counter()
    for at in range(0, len(queries), 500):
        process.cdist(queries[at:at + 500], keys, scorer=fuzz.ratio,
                      score_cutoff=dedup.DEFAULT_THRESHOLD, dtype=np.uint8, workers=-1)
    return (time.perf_counter() - start) * len(keys) / len(queries)


def child(n: int) -> dict:
    """Run one size and return its figures (called in a fresh process)."""
    from assembler import dedup
    from benchmarks import peak_rss_mb

    points = _points(n)
    start, cpu = time.perf_counter(), time.process_time()
    groups = dedup.dedup(points)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = peak_rss_mb()
    nodes = dedup._Nodes(points)
    candidates = len(dedup.candidate_arrays(nodes.keys)[0])
    index = {p.id: i for i, p in enumerate(points)}
    group_of = [0] * len(points)
    for k, g in enumerate(groups):
        for pid in g.points:
            group_of[index[pid]] = k
    # recall over distinct keys (equal keys are merged by construction)
    first = nodes.first
    prepared = [nodes.prepared(k) for k in range(len(nodes.keys))]
    m = len(prepared)
    rows = range(m) if m <= EXACT_UP_TO else random.Random(0).sample(range(m), SAMPLE)
    exact = exact_links(prepared, rows, dedup.DEFAULT_THRESHOLD)
    found = {(i, j) for i, j in exact if group_of[first[i]] == group_of[first[j]]}
    baseline = None
    if n <= 10_000:
        baseline = cdist_seconds([p.key for p in prepared], min(m, SAMPLE if n > 1_000 else m))
    return {"n": len(points), "seconds": round(seconds, 2), "cpu": round(cpu, 2),
            "peak_mb": round(peak_mb), "nodes": m, "candidates": candidates,
            "links": sum(len(g.links) for g in groups),
            "exact_pairs": len(exact), "found": len(found),
            "recall": round(len(found) / len(exact), 4) if exact else 1.0,
            "exact": "all pairs" if m <= EXACT_UP_TO else f"{SAMPLE} sampled points",
            "cdist": baseline}


def main(sizes=SIZES) -> int:
    root = Path(__file__).resolve().parent.parent
    print(f"{'points':>7} {'time s':>7} {'cpu s':>6} {'peak MB':>8} {'keys':>7} {'candidates':>10} "
          f"{'links':>6} {'recall':>6}  exact")
    results = {}
    for n in sizes:
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(n)],
                             cwd=root, capture_output=True, text=True, check=True)
        r = results[n] = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>7} {r['seconds']:>7} {r['cpu']:>6} {r['peak_mb']:>8} {r['nodes']:>7} "
              f"{r['candidates']:>10} {r['links']:>6} {r['recall']:>6}  {r['exact']} "
              f"({r['found']}/{r['exact_pairs']} pairs)", flush=True)
    if 10_000 in results and 100_000 in results:
        a, b = results[10_000], results[100_000]
        print(f"growth 10k -> 100k: n^{math.log(b['seconds'] / a['seconds']) / math.log(b['n'] / a['n']):.2f}"
              f" (cpu n^{math.log(b['cpu'] / a['cpu']) / math.log(b['n'] / a['n']):.2f})")
    small, mid = results.get(1_000), results.get(10_000)
    if small and mid and small["cdist"] and mid["cdist"]:
        k = math.log(mid["cdist"] / small["cdist"]) / math.log(mid["nodes"] / small["nodes"])
        top = results[max(results)]
        at_top = mid["cdist"] * (top["nodes"] / mid["nodes"]) ** k
        ratio = at_top / top["seconds"]
        print(f"all-pairs cdist: {small['cdist']:.2f} s at 1k, {mid['cdist']:.1f} s at 10k "
              f"(n^{k:.2f}), extrapolated {at_top:.0f} s at {top['n']}: dedup is {ratio:.0f}x faster "
              f"(target >= {SPEEDUP}x: {'ok' if ratio >= SPEEDUP else 'MISSED'})")
    print("peak MB is the whole process (parsed points included); time is dedup() alone")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(int(sys.argv[2]))))
    else:
        raise SystemExit(main(tuple(int(a) for a in sys.argv[1:]) or SIZES))
