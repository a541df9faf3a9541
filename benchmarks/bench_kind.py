"""Kind's speed on distinct remarks, and its share of a parse (`make bench`).

``bench_parse`` repeats one file's body, so anything kept from one copy to the next (a cache
by sentence) would look like speed there and be none on a real file, where a sentence
rarely comes back (2 % of the kind corpus's sentences within one file). This bench times
``decide_kind`` on every distinct turn text of the fixtures (tests/fixtures: the kind corpus
and the minutes forms), each decided once per pass, and kind's share of parsing the
digital-society PDF's lines: the parse as it is against the parse with each remark's kind
looked up from a table filled beforehand. CPU time (time.process_time), best of five.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import assembler.minutes as minutes
from assembler.ingest import read_source
from assembler.minutes import decide_kind, load_roles, parse_file, parse_source

from .bench_parse import PDF, repeated

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def distinct_texts() -> list[str]:
    """Every distinct point text of the .txt fixtures (kind corpus and minutes forms)."""
    seen: dict[str, None] = {}
    for path in sorted((FIXTURES / "kind").glob("*.txt")) + sorted((FIXTURES / "minutes").glob("*.txt")):
        try:
            points = parse_file(path).points
        except Exception:  # noqa: BLE001 - a fixture of a refused file (tests/fixtures/bad) has no points
            continue
        seen.update((p.text, None) for p in points)
    return list(seen)


def _best(run, times: int = 5) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    texts = distinct_texts()
    chars = sum(map(len, texts))

    def decide_all() -> None:
        for text in texts:
            decide_kind(text)

    cpu = _best(decide_all)
    print(f"decide_kind on {len(texts)} distinct remarks ({chars:,} chars): {cpu * 1e3:.1f} ms CPU, "
          f"{cpu / len(texts) * 1e6:.1f} µs a remark, {chars / cpu:,.0f} chars/CPU-s")

    roles = load_roles()
    big = repeated(read_source(PDF), 50, 22)
    parse_source(big, roles)
    as_is = _best(lambda: parse_source(big, roles))
    table = {p.text: decide_kind(p.text) for p in parse_source(big, roles).points}
    real = minutes.decide_kind
    module = sys.modules["assembler.minutes"]
    try:
        module.decide_kind = lambda text: table.get(text) or real(text)  # type: ignore[assignment]
        looked_up = _best(lambda: parse_source(big, roles))
    finally:
        module.decide_kind = real  # type: ignore[assignment]
    print(f"kind's share of parsing DS-04 ×50: {(as_is - looked_up) / as_is:.0%} "
          f"({as_is * 1e3:.0f} ms CPU, {looked_up * 1e3:.0f} ms with kinds looked up)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
