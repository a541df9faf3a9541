"""Run every benchmarks/eval_*.py or benchmarks/bench_*.py script: `run.py eval|bench [NAME]`.

Each script has a ``main()`` that prints its figures; they run in name order so the
output of `make eval` / `make bench` is stable. `run.py instructions [seed|pdf] [--functions N]`
counts the instructions of one parse of the ×20 bench input under valgrind
(benchmarks/instructions.py; not part of `make bench`).
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("eval", "bench", "instructions"):
        print("usage: run.py eval|bench [NAME] | run.py instructions [seed|pdf] [--functions N]",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE.parent))
    if argv[0] == "instructions":
        return importlib.import_module("benchmarks.instructions").main(argv[1:])
    kind = argv[0]
    only = argv[1] if len(argv) > 1 else None
    scripts = sorted(HERE.glob(f"{kind}_*.py"))
    if only:
        scripts = [s for s in scripts if only in s.stem]
    if not scripts:
        print(f"no benchmarks/{kind}_*.py scripts", file=sys.stderr)
        return 1
    rc = 0
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        module = importlib.import_module(f"benchmarks.{script.stem}")
        rc = max(rc, module.main() or 0)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
