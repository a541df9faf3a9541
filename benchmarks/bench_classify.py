"""Classification speed: points per second for 1k / 10k / 100k points (`make bench`).

The points are made from the seed's sentences, recombined in a fixed pseudo-random way
(two to four sentences per point), so the vocabulary and lengths are those of real
minutes. Linear cost shows as a flat points-per-second column.
"""
from __future__ import annotations

import random
import re
import time
from pathlib import Path

from assembler.classify import classify
from assembler.minutes import parse_paths
from assembler.model import Point, SourceSpan, Speaker
from assembler.sections import load_outline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
SIZES = (1_000, 10_000, 100_000)


def make_points(n: int, seed: int = 2) -> list[Point]:
    """``n`` opinion points recombined from the seed's sentences (deterministic)."""
    sentences = [s + "。" for m in parse_paths([str(SEED)]) for p in m.points
                 for s in re.split(r"。", p.text) if s.strip()]
    rng = random.Random(seed)
    speaker = Speaker("山田委員", "山田", "委員", "member")
    return [Point(id=f"m99_{i:06x}", meeting="m99", speaker=speaker, kind="opinion",
                  text="".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))),
                  source=SourceSpan("bench.txt", i + 1, i + 1)) for i in range(n)]


def main() -> int:
    outline = load_outline()
    classify(make_points(10), outline)  # compile the outline once, outside the timing
    print(f"{'points':>8}  {'chars/point':>11}  {'seconds':>8}  {'points/s':>9}")
    for n in SIZES:
        points = make_points(n)
        chars = sum(len(p.text) for p in points) / n
        t = time.perf_counter()
        assignments = classify(points, outline)
        dt = time.perf_counter() - t
        assert len(assignments) == n
        print(f"{n:>8}  {chars:>11.0f}  {dt:>8.2f}  {n / dt:>9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
