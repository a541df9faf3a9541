"""Work shared out among forked processes (the machine's other cores).

``fork_map(work, n)`` runs ``work(0)`` in this process and ``work(1)`` … ``work(n - 1)`` each
in a child forked from it, so every child starts with what this process has already read
(the outline, the roles, the patterns) and nothing needs to be sent to it. A child sends
its result back pickled through a pipe (with its own memory, counted in the peak of the
stage here: ``timings.beside``) and ends without running this process's exit handlers; it
writes no file.

The results come back in the order of the shares, as one process would have made them.
When shares fail, the exception of the first failing share is raised here — the caller
numbers the shares in the order one process would do the work (consecutive runs of the
input files; classify before dedup), so that is the error one process would have met
first — after every child has been stopped and waited for (also on Ctrl-C, here or in a
child): no process is left behind. A child that ends without a result (killed) is one
line: run again, or with ``ASSEMBLER_JOBS=1``.

``jobs()`` says how many processes may work at once: ``ASSEMBLER_JOBS`` when set (``1``:
this process alone), else the cores this process may run on; 1 where ``os.fork`` is missing.
"""
from __future__ import annotations

import contextlib
import gc
import io
import mmap
import os
import pickle
import signal
import struct
import tempfile
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from .errors import AssemblerError
from .i18n import _

JOBS_ENV = "ASSEMBLER_JOBS"
R = TypeVar("R")


def jobs() -> int:
    """How many processes may work at once (at least 1)."""
    if not hasattr(os, "fork"):
        return 1
    given = os.environ.get(JOBS_ENV, "").strip()
    if given.isdigit():
        return max(1, int(given))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def shares(sizes: Sequence[int], n: int, *, first: float = 1.0) -> list[range]:
    """Split the items (their sizes given, in order) into at most ``n`` consecutive runs
    of about equal total size; the first run weighs ``first`` times the others (this
    process takes it: the others' results still have to come back through a pipe).

    >>> shares([5, 5, 5, 5], 2)
    [range(0, 2), range(2, 4)]
    >>> shares([8, 1, 1, 1, 1], 2), shares([1, 1, 1, 1, 1, 1], 4)
    ([range(0, 1), range(1, 5)], [range(0, 2), range(2, 3), range(3, 5), range(5, 6)])
    >>> shares([3], 2), shares([], 2)
    ([range(0, 1)], [])
    """
    n = max(1, min(n, len(sizes)))
    if not sizes:
        return []
    sizes = [max(s, 1) for s in sizes]  # an empty file is read all the same
    weights = [first] + [1.0] * (n - 1)
    out: list[range] = []
    start, done, goal = 0, 0, 0.0
    for k in range(n - 1):
        goal += sum(sizes) * weights[k] / sum(weights)
        end = start + 1  # every run has an item, and leaves one for each run after it
        done += sizes[start]
        while end < len(sizes) - (n - 1 - k) and done + sizes[end] / 2 <= goal:
            done += sizes[end]
            end += 1
        out.append(range(start, end))
        start = end
    out.append(range(start, len(sizes)))
    return out


class _Child:
    """A forked worker: its pid and the read end of its pipe (-1 once closed)."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd


class Claims:
    """Pieces of work numbered 0 … n − 1, taken one at a time by two processes from both ends
    — this one from the front, a forked one from the back — until they meet: who has less of
    its own to do takes more pieces, and every piece is taken once.

    The two counters live in a shared mapping of a file with no name (``TemporaryFile``),
    guarded by a POSIX lock on it (held by one process at a time, and let go by the kernel
    if a process dies holding it).
    """

    _COUNTERS = struct.Struct("qq")  # the next piece from the front, one past the last from the back

    def __init__(self, n: int) -> None:
        self._file = tempfile.TemporaryFile()
        try:
            self._file.write(self._COUNTERS.pack(0, n))
            self._file.flush()
            self._mem = mmap.mmap(self._file.fileno(), self._COUNTERS.size)  # MAP_SHARED
        except BaseException:
            self._file.close()
            raise

    def take(self, front: bool) -> int | None:
        """The number of the next piece from the front (or the back), or None: all are taken."""
        import fcntl

        fcntl.lockf(self._file.fileno(), fcntl.LOCK_EX)
        try:
            lo: int
            hi: int
            lo, hi = self._COUNTERS.unpack_from(self._mem)
            if lo >= hi:
                return None
            self._COUNTERS.pack_into(self._mem, 0, lo + 1 if front else lo, hi if front else hi - 1)
            return lo if front else hi - 1
        finally:
            fcntl.lockf(self._file.fileno(), fcntl.LOCK_UN)

    def close(self) -> None:
        self._mem.close()
        self._file.close()

    def __enter__(self) -> Claims:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fork_map(work: Callable[[int], R], n: int, *, stage: str = "worker/{n}",
             idle: Callable[[], bool] | None = None) -> list[R]:
    """``[work(i) for i in range(n)]``, ``work(0)`` here and the others in forked children.

    Each child's time and own memory are reported (timings on) as the stage named
    ``stage`` with ``{n}`` its number (2 for the first child). ``idle``: a step of optional
    work for this process while it waits for the first child's result, taken again until
    the result is there or it returns False (nothing left); an error in it ends the steps
    (the work is optional: whoever needs it later does it and meets the error there).
    """
    children: list[_Child] = []
    try:
        for i in range(1, n):
            children.append(_fork(work, i, stage.format(n=i + 1)))
        results = [work(0)]
        if idle is not None and children:
            _while_waiting(children[0], idle)
        while children:
            results.append(cast(R, _collect(children[0])))  # what work() returned, pickled
            children.pop(0)  # waited for
    except BaseException:
        _stop(children)
        raise
    return results


def _while_waiting(child: _Child, idle: Callable[[], bool]) -> None:
    """``idle()`` again and again until the child's result is there (its pipe is readable: it
    writes only when done, or ends) or there is nothing left."""
    import select

    try:
        while not select.select([child.fd], [], [], 0)[0] and idle():
            pass
    except Exception:  # noqa: BLE001 - optional work: its error is met where it is needed
        pass


def _fork(work: Callable[[int], R], i: int, stage: str) -> _Child:
    read, write = os.pipe()
    gc.freeze()  # the child's collector then leaves the shared objects (and their pages) alone
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        os.close(read)
        os.close(write)
        raise
    if pid == 0:  # the child: never returns
        os.close(read)
        _child(work, i, write, stage)
    gc.unfreeze()
    os.close(write)
    return _Child(pid, read)


def _collect(child: _Child) -> object:
    """The result of one child: wait for it, unpickle what it sent, raise what it raised.
    Its own memory (sent first) is counted in the peak of the stage it ran beside."""
    from .timings import beside

    fd, child.fd = child.fd, -1
    with os.fdopen(fd, "rb") as pipe:
        data = pipe.read()
    _pid, status, _usage = os.wait4(child.pid, 0)  # its CPU time is counted as a child's
    enabled = gc.isenabled()
    gc.disable()  # many small objects and no cycles: no collection while they are made
    try:
        sent = io.BytesIO(data)
        own = pickle.load(sent)
        failed, value = pickle.load(sent)
    except (EOFError, pickle.UnpicklingError):
        # killed (the kernel's out-of-memory killer, a signal): no class of its own, nothing
        # a user did wrong, and no file to name
        raise AssemblerError(_("a worker process ended without finishing (exit status {code})").format(
            code=os.waitstatus_to_exitcode(status)),
            hint=_("run again; if it happens again, set ASSEMBLER_JOBS=1")) from None
    finally:
        if enabled:
            gc.enable()
    beside(own)
    if failed:
        raise value
    return value


def _stop(children: list[_Child]) -> None:
    """Stop the children not yet waited for, and wait for them (a failure, Ctrl-C)."""
    for child in children:
        with contextlib.suppress(OSError):
            os.kill(child.pid, signal.SIGKILL)
        if child.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(child.fd)
        with contextlib.suppress(OSError):
            os.waitpid(child.pid, 0)
    children.clear()


def _child(work: Callable[[int], R], i: int, pipe: int, stage: str) -> None:
    """Do share ``i``, send the result (or the exception) pickled, end at once."""
    status = 0
    try:
        gc.disable()  # the work makes few cycles, and a collection would touch every shared object
        from .timings import own_kb, own_memory, stage as timed

        with timed(stage, note=own_memory):
            try:
                payload = pickle.dumps((False, work(i)), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as e:  # noqa: BLE001 - everything goes back to the first process
                payload = _pickled_error(e)
        for part in (pickle.dumps(own_kb()), payload):  # its own memory first, then the result
            view = memoryview(part)
            while view:
                view = view[os.write(pipe, view):]
        os.close(pipe)
    except BaseException:  # noqa: BLE001 - a broken pipe (the first process is gone), Ctrl-C
        status = 1
    finally:
        os._exit(status)


def _pickled_error(e: BaseException) -> bytes:
    try:
        return pickle.dumps((True, e), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that does not pickle: its words do
        return pickle.dumps((True, RuntimeError(repr(e))), protocol=pickle.HIGHEST_PROTOCOL)
