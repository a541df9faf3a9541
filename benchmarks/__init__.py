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
