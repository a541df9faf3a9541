"""Benchmarks, evaluations and the synthetic-minutes generator (not installed)."""


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (VmHWM).

    Not ``ru_maxrss``: that survives exec, so a benchmark child started from a big
    parent (make bench runs every script in one process) would report the parent's peak.
    """
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def council_corpus(points: int, seed: int = 0):
    """A folder of generated council minutes (``generate_council``) with ``points`` member
    bullets, made once and kept in the temp folder (generating 100k points takes longer
    than building them); remade when benchmarks/generate.py changes."""
    import hashlib
    import shutil
    import tempfile
    from pathlib import Path

    from benchmarks.generate import generate_council

    source = Path(__file__).with_name("generate.py").read_bytes()
    version = hashlib.sha1(source).hexdigest()[:10]
    where = Path(tempfile.gettempdir()) / "assembler-bench" / f"council-{points}-{seed}-{version}"
    if not (where / "truth.json").is_file():
        shutil.rmtree(where, ignore_errors=True)
        generate_council(where / "minutes", points=points, seed=seed)
        (where / "minutes" / "truth.json").rename(where / "truth.json")
    return where / "minutes"
