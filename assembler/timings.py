"""Stage timings and peak memory on stderr: ``assembler --profile …`` or ``ASSEMBLER_TIMINGS=1``.

Each stage prints one line when it ends (so a run that fails still shows where the time
went), and the process prints a total line at exit::

    timing: start-up      0.21 s                   (interpreter and imports before the first stage)
    timing: parse         1.02 s  peak   212 MB
    …
    timing: total         3.40 s  peak   480 MB

``cpu`` is the process's CPU time in the stage (all threads: on a busy machine it shows the
work when the wall time shows the wait); the total's adds the child processes' (the trace
written by a second process, ``render/background.py``, and the workers of ``workers.py``
print their own lines with the memory of their own; a worker's own memory is counted in the
peak of the stage it ran beside). ``peak`` is the stage's own high-water mark of resident memory (Linux ``VmHWM``, reset
at each stage start through ``/proc/self/clear_refs``); the total's peak is the largest
of them, i.e. the process's peak. Elsewhere the peak is the process's so far. (Because the mark is
reset, an outside measure such as ``/usr/bin/time``'s maximum RSS sees only the last
stage's peak when timings are on: read the total line.)
Off by default: disabled, ``stage()`` costs one environment lookup.
"""
from __future__ import annotations

import atexit
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

ENV = "ASSEMBLER_TIMINGS"



@dataclass
class _State:
    """What the timings of this process have seen so far."""

    peak_kb: int = 0  # the highest peak of the stages reported
    beside_kb: int = 0  # own memory of the workers that ran beside the current stage
    first: float | None = None  # perf_counter() when the first stage began
    registered: bool = False  # the total is reported at exit


_state = _State()


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def enable() -> None:
    """Turn the report on for this process (what ``--profile`` does)."""
    os.environ[ENV] = "1"


def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def peak_kb() -> int:
    """The high-water mark of resident memory in kB (since the last reset)."""
    kb = _status_kb("VmHWM")
    if kb is None:  # not Linux: the process's peak so far
        import resource
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if sys.platform == "darwin":
            kb //= 1024
    return kb


def own_kb() -> int | None:
    """A forked process's own memory at its highest, in kB: what it does not share with the
    process it was forked from (pages it copied or made, ``smaps_rollup``'s Private lines),
    plus what it has given back since its peak (``VmHWM`` − ``VmRSS``: the temporaries of
    its work, which were its own). None where /proc does not tell."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as f:
            kb = sum(int(line.split()[1]) for line in f
                     if line.startswith(("Private_Clean:", "Private_Dirty:")))
    except (OSError, ValueError, IndexError):
        return None
    return kb + max(0, peak_kb() - (_status_kb("VmRSS") or 0))


def own_memory(what: str = "worker process") -> str:
    """For the timing line of a forked process (``workers.py``, ``render/background.py``):
    its own memory at its highest (``own_kb``)."""
    kb = own_kb()
    return f"  ({what})" if kb is None else f"  ({what}, own {kb / 1024:.0f} MB)"


def beside(kb: int | None) -> None:
    """Count a worker's own memory (``own_kb``, sent back by ``workers.fork_map``) in the
    peak of the stage it ran beside: the two were resident at the same time."""
    if kb:
        _state.beside_kb += kb


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        pass


def _since_start() -> float | None:
    """Seconds since this process started (Linux; None elsewhere)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def _line(name: str, seconds: float, kb: int | None, note: str = "",
          cpu: float | None = None) -> None:
    peak = f"  peak {kb / 1024:>5.0f} MB" if kb is not None else " " * 16
    used = f"  cpu {cpu:>6.2f} s" if cpu is not None else ""
    print(f"timing: {name:<12} {seconds:>6.2f} s{peak}{used}{note}", file=sys.stderr, flush=True)


def _total() -> None:
    started = _state.first
    if started is None:
        return
    up = _since_start()
    _line("total", up if up is not None else time.perf_counter() - started,
          max(_state.peak_kb, peak_kb()), cpu=time.process_time() + _children_cpu())


def _children_cpu() -> float:
    """CPU seconds of the child processes waited for (the trace's second process, LibreOffice)."""
    try:
        import resource
    except ImportError:  # not POSIX
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def stage(name: str, note: Callable[[], str] | None = None) -> Iterator[None]:
    """Time the block and report it (with its peak memory) when timings are on; ``note``
    gives text for the end of the line (asked when the block ends)."""
    if not enabled():
        yield
        return
    if _state.first is None:
        _state.first = time.perf_counter()
        up = _since_start()
        if up is not None:
            _line("start-up", up, None, "  (interpreter and imports)")
    if not _state.registered:
        _state.registered = True
        atexit.register(_total)
    _state.peak_kb = max(_state.peak_kb, peak_kb())
    _reset_peak()
    _state.beside_kb = 0
    start, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        kb = peak_kb() + _state.beside_kb
        _state.peak_kb = max(_state.peak_kb, kb)
        with_workers = f"  (with the workers' own {_state.beside_kb / 1024:.0f} MB)" if _state.beside_kb else ""
        _state.beside_kb = 0
        _line(name, time.perf_counter() - start, kb, (note() if note else "") + with_workers,
              cpu=time.process_time() - cpu)
