"""Instructions for one parse of the ×20 bench input, counted by valgrind (`run.py instructions`).

CPU time on a shared machine is noise; an instruction count is not. For each input (the seed
議事要旨 and the DS-04 PDF's lines, built as bench_parse builds them, from the repository's
copies) this runs the interpreter twice under ``PYTHONHASHSEED=0 setarch -R valgrind
--tool=cachegrind --cache-sim=no`` (the .pyc compiled first, so neither run compiles):

- warm-up and parse: import, read the file, parse it once (×1: regex compilation, caches),
  build the ×20 input, parse that once;
- warm-up alone: the same without the ×20 parse;

and prints the difference in millions of instructions — the ×20 parse alone. Usage::

    benchmarks/run.py instructions [seed|pdf] [--functions N] [--keep DIR]

``--functions N`` prints the N functions costing the ×20 parse the most (cg_annotate of both
runs, the warm-up's counts subtracted); ``--keep DIR`` leaves the cachegrind files there (for
``cg_annotate`` by hand, ``--diff`` included). Needs valgrind (and setarch, util-linux).
"""
from __future__ import annotations

import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMES = 20
INPUTS = ("seed", "pdf")
VALGRIND = ("valgrind", "--tool=cachegrind", "--cache-sim=no")


def child(name: str, parse_big: bool) -> None:
    """What runs under valgrind: the warm-up, then (or not) one parse of the ×20 input."""
    sys.path.insert(0, str(ROOT))
    from benchmarks import bench_parse
    from assembler.ingest import read_source
    from assembler.minutes import load_roles, parse_source

    path, body_from = {"seed": (bench_parse.SEED, 33), "pdf": (bench_parse.PDF, 22)}[name]
    roles = load_roles()
    src = read_source(path)
    parse_source(src, roles)
    big = bench_parse.repeated(src, TIMES, body_from)
    if parse_big:
        parse_source(big, roles)


def _run(name: str, parse_big: bool, out: Path) -> int:
    """Run ``child`` under cachegrind; the total instruction count (the file's summary line)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    command = ["setarch", os.uname().machine, "-R", *VALGRIND, f"--cachegrind-out-file={out}",
               sys.executable, str(Path(__file__).resolve()), "--child", name,
               "parse" if parse_big else "warm-up"]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    match = re.search(r"^summary:\s+(\d+)", out.read_text(), re.M)
    if match is None:
        raise SystemExit(f"no summary line in {out}")
    return int(match.group(1))


def _functions(out: Path) -> Counter:
    """Instructions per function (``file:function``) of a cachegrind file, from its fn= lines."""
    counts: Counter = Counter()
    where, function = "?", "?"
    for line in out.read_text().splitlines():
        if line.startswith("fl="):
            where = line[3:]
        elif line.startswith("fn="):
            function = line[3:]
        elif line[:1].isdigit():
            counts[f"{Path(where).name}:{function}"] += int(line.split()[1])
    return counts


def measure(name: str, folder: Path, functions: int = 0) -> float:
    """Millions of instructions of one ×20 parse of ``name``; prints them (and the top functions)."""
    both = _run(name, True, folder / f"cachegrind.{name}.parse")
    warm = _run(name, False, folder / f"cachegrind.{name}.warm-up")
    millions = (both - warm) / 1e6
    print(f"{name:<5} ×{TIMES} parse: {millions:8.1f} M instructions "
          f"(warm-up and parse {both / 1e6:.1f} M, warm-up alone {warm / 1e6:.1f} M)", flush=True)
    if functions:
        cost = _functions(folder / f"cachegrind.{name}.parse")
        cost.subtract(_functions(folder / f"cachegrind.{name}.warm-up"))
        for where, count in cost.most_common(functions):
            print(f"  {count / 1e6:8.1f} M  {100 * count / max(both - warm, 1):5.1f} %  {where}")
    return millions


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2] == "parse")
        return 0
    functions, keep = 0, None
    if "--functions" in argv:
        at = argv.index("--functions")
        functions = int(argv[at + 1])
        del argv[at:at + 2]
    if "--keep" in argv:
        at = argv.index("--keep")
        keep = Path(argv[at + 1])
        del argv[at:at + 2]
    names = [a for a in argv if a in INPUTS] or list(INPUTS)
    if shutil.which("valgrind") is None or shutil.which("setarch") is None:
        print("run.py instructions needs valgrind and setarch", file=sys.stderr)
        return 1
    from benchmarks.bench_parse import build

    print(f"parser: {build()}", flush=True)  # the plain source, or a compiled copy (tools/build-compiled.py)
    compileall.compile_dir(ROOT / "assembler", quiet=1)
    compileall.compile_dir(ROOT / "benchmarks", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            measure(name, folder, functions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
