"""End to end, cold process: `assembler build` on the seed, on generated councils of 10k and
100k points, and on the seed repeated 1,000 times in one file; and `assembler --help`.

Each build is a fresh `assembler --profile build … -q` process: wall time measured here,
peak memory and the stages' times read from its timing report (``assembler/timings.py``:
the peak is the largest stage high-water mark, i.e. the process's, plus the memory of its
own that the trace's second process reports, ``render/background.py``). The trace files'
sizes are reported per point. CPU time (the process's and its children's) is printed
beside wall time and checked against the same targets: on a busy machine the wall time
measures the wait as much as the work.

    .venv/bin/python benchmarks/run.py bench build
    .venv/bin/python benchmarks/bench_build.py 10000          # one council size
"""
from __future__ import annotations

import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
SIZES = (10_000, 100_000)
REPEATS = 1_000
# (what, limit): the targets, checked and printed with each figure.
TARGETS = {"seed_s": 0.5, "help_s": 0.15, "10000_s": 3.0, "100000_s": 20.0,
           "100000_mb": 1500, "repeat_mb": 1500, "growth": 1.1}
_TIMING = re.compile(r"timing: (\S.*?)\s+(\d+\.\d+) s(?:\s+peak\s+(\d+) MB)?(?:\s+cpu\s+(\d+\.\d+) s)?")
# the trace's second process (render/background.py); the workers' own memory (workers.py) is
# already in the peak of the stage they ran beside (timings.beside)
_OWN = re.compile(r"second process, own (\d+) MB")


def _assembler() -> list[str]:
    exe = Path(sys.executable).with_name("assembler")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "assembler"]


def build(inputs: Path, out: Path, limits: tuple[str, ...] = ()) -> dict:
    """One cold `assembler build`: wall seconds, stage lines, peak MB, output sizes.
    ``limits``: ``--limit NAME=VALUE`` settings for an input larger than the defaults allow."""
    env = dict(os.environ, ASSEMBLER_TIMINGS="1")
    start = time.perf_counter()
    raise_limits = [arg for setting in limits for arg in ("--limit", setting)]
    r = subprocess.run([*_assembler(), *raise_limits, "build", str(inputs), "-o", str(out / "draft.docx"), "-q"],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if r.returncode:
        raise RuntimeError(f"build of {inputs} failed: {r.stderr[-500:]}")
    stages = {m[1].strip(): (float(m[2]), int(m[3]) if m[3] else None, float(m[4]) if m[4] else None)
              for m in _TIMING.finditer(r.stderr)}
    total = stages.pop("total")
    stages.pop("start-up", None)
    sizes = {p.suffix[1:]: p.stat().st_size for p in out.iterdir() if p.is_file()}
    # the trace's second process (render/background.py): the memory it did not share with
    # the first counts on top of the first's peak (an upper bound: the two peaks need not meet)
    own = sum(int(m) for m in _OWN.findall(r.stderr))
    return {"wall": wall, "cpu": total[2], "peak_mb": total[1] + own, "second_mb": own,
            "stages": stages, "sizes": sizes}


def _points(out: Path) -> int:
    """How many points the build wrote: the rows of its CSV trace."""
    import csv
    with open(out / "draft.csv", encoding="utf-8-sig", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def _line(label: str, points: int, r: dict) -> str:
    per = {k: r["sizes"].get(k, 0) / points for k in ("json", "csv", "xlsx", "docx")}
    stages = ", ".join(f"{k} {v[2]:.2f}" for k, v in r["stages"].items())
    return (f"{label:<22} {points:>7} {r['wall']:>7.2f} {r['cpu'] or 0:>7.2f} {r['peak_mb']:>7} "
            + " ".join(f"{per[k]:>6.0f}" for k in per) + f"   [{stages}]")


def _check(name: str, value: float, better: str = "below") -> str:
    limit = TARGETS[name]
    ok = value < limit if better == "below" else value > limit
    return f"{value:.2f} (target < {limit}: {'ok' if ok else 'MISSED'})"


def _seconds(name: str, r: dict) -> str:
    """A time target checked on the wall time and on the CPU time (this process and its
    children): on a shared machine the wall time measures the wait as much as the work."""
    return f"wall {_check(name, r['wall'])}, cpu {_check(name, r['cpu'])}"


def help_seconds(runs: int = 5) -> dict:
    """Median wall and CPU time of a cold `assembler --help`."""
    import resource

    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([*_assembler(), "--help"], capture_output=True, check=True, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}


def bytecode() -> None:
    """Compile the package's bytecode first, as installing it does: a cold start then
    measures what a user's does, not the compiling of every module from source, which
    happens at every start when PYTHONDONTWRITEBYTECODE is set (70 ms of CPU here)."""
    import assembler

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(assembler.__file__).parent)],
                   check=False, capture_output=True)


def main(sizes=SIZES) -> int:
    from benchmarks import council_corpus

    bytecode()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'input':<22} {'points':>7} {'wall s':>7} {'cpu s':>7} {'peak MB':>7} "
          f"{'B/pt json':>6} {'csv':>6} {'xlsx':>6} {'docx':>6}   [stages, cpu s]")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs = [("seed", SEED)]
        runs += [(f"council {n}", council_corpus(n)) for n in sizes]
        rep = Path(tmp) / "repeat" / f"seed-x{REPEATS}.txt"
        rep.parent.mkdir()
        rep.write_text(SEED.read_text(encoding="utf-8") * REPEATS, encoding="utf-8")
        runs.append((f"seed x{REPEATS} (1 file)", rep))
        # one file of the seed's lines 1,000 times: past the default limit of lines per file
        lines = SEED.read_text(encoding="utf-8").count("\n") * REPEATS + 1
        for label, inputs in runs:
            out = Path(tmp) / re.sub(r"\W+", "-", label)
            out.mkdir()
            r = results[label] = build(inputs, out, (f"lines={lines}",) if inputs == rep else ())
            r["points"] = _points(out)
            print(_line(label, r["points"], r), flush=True)
    print(f"assembler --help (median of 5): {_seconds('help_s', help_seconds())}")
    print(f"seed cold build: {_seconds('seed_s', results['seed'])}")
    for n in sizes:
        r = results[f"council {n}"]
        if f"{n}_s" in TARGETS:
            print(f"{n} points: {_seconds(f'{n}_s', r)}")
        if f"{n}_mb" in TARGETS:
            print(f"{n} points peak MB: {_check(f'{n}_mb', r['peak_mb'])}"
                  f" (of which the trace's second process {r['second_mb']})")
    rep_r = results[f"seed x{REPEATS} (1 file)"]
    print(f"seed x{REPEATS} peak MB: {_check('repeat_mb', rep_r['peak_mb'])}"
          f" (of which the trace's second process {rep_r['second_mb']})")
    if 10_000 in sizes and 100_000 in sizes:
        a, b = results["council 10000"], results["council 100000"]
        ratio = math.log(b["points"] / a["points"])
        for what, key in (("wall", "wall"), ("cpu", "cpu"), ("peak memory", "peak_mb")):
            print(f"growth 10k -> 100k, {what}: n^{math.log(b[key] / a[key]) / ratio:.2f} "
                  f"(target <= n^{TARGETS['growth']})")
        size_a = sum(a["sizes"][k] for k in ("json", "csv", "xlsx")) / a["points"]
        size_b = sum(b["sizes"][k] for k in ("json", "csv", "xlsx")) / b["points"]
        print(f"trace bytes per point (json+csv+xlsx): {size_a:.0f} at 10k, {size_b:.0f} at 100k")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(tuple(int(a) for a in sys.argv[1:]) or SIZES))
