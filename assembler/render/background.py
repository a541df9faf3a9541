"""The trace written by a second process while this one writes the .docx (the machine's
second core): a build's last two stages take about the same time and share nothing but
their input, the laid-out Draft.

The process is forked (POSIX), so it starts with the Draft already in memory (pages are
shared until written; the collector is frozen across the fork so that it does not copy
them all). It writes the three files into temporary files this process made beside their
targets; ``finish`` waits for it and renames them over the targets (the same promise as
``write_trace``: the targets change only when all three are complete), ``abort`` stops it
and removes them. An error in the second process (a full disk, …) is raised here as it was
raised there. For a small draft (under ``MIN_POINTS``), without ``os.fork``, on one core,
or with ``ASSEMBLER_JOBS=1`` the trace is written after the .docx, in this process.
"""
from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import tempfile
from pathlib import Path

from assembler.errors import RenderError
from assembler.i18n import _
from assembler.render.files import other_folder
from assembler.transaction import cause
from assembler.render.trace import Trace, open_trace_files, trace_paths, write_files, write_trace

JOBS_ENV = "ASSEMBLER_JOBS"


#: Below this many points the trace takes less time than starting a second process.
MIN_POINTS = 2000


def available() -> bool:
    """Whether the trace can be written by a second process here."""
    if not hasattr(os, "fork") or os.environ.get(JOBS_ENV, "").strip() == "1":
        return False
    return (os.cpu_count() or 1) > 1


class TraceWriter:
    """The trace of one build: written in a second process when ``available()``, else by
    ``finish`` itself (after the .docx)."""

    def __init__(self, trace: Trace, docx_path: str | Path, *, background: bool | None = None) -> None:
        self.trace = trace
        self.docx_path = docx_path
        self.paths = trace_paths(docx_path)
        self.pid: int | None = None
        self._read = -1
        self._tmps: list[str] = []
        if background is None:
            background = available() and len(trace.rows) >= MIN_POINTS
        if background:
            self._start()

    # --- this process ------------------------------------------------------------------------

    def _start(self) -> None:
        fds: list[int] = []
        try:
            self.paths[0].parent.mkdir(parents=True, exist_ok=True)
            for target in self.paths:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
                fds.append(fd)
                self._tmps.append(tmp)
        except OSError:  # no second process: the .docx names the problem first, as before
            for fd in fds:
                os.close(fd)
            self._remove()
            return
        read, write = os.pipe()
        gc.freeze()  # the child's collector then leaves the shared objects (and their pages) alone
        try:
            pid = os.fork()
        except OSError:
            gc.unfreeze()
            for fd in (*fds, read, write):
                os.close(fd)
            self._remove()
            return  # no second process: finish() writes the trace here
        if pid == 0:  # the second process: never returns
            os.close(read)
            _child(self.trace, fds, write, self.paths)
        gc.unfreeze()
        os.close(write)
        for fd in fds:
            os.close(fd)
        self.pid, self._read = pid, read

    def finish(self) -> tuple[Path, ...]:
        """The trace files, complete: wait for the second process and put its files in place
        (or, without one, write them now)."""
        if self.pid is None:
            return write_trace(self.trace, self.docx_path)
        with os.fdopen(self._read, "rb") as pipe:
            data = pipe.read()
        self._read = -1
        _pid, status, _usage = os.wait4(self.pid, 0)
        self.pid = None
        if os.waitstatus_to_exitcode(status) != 0:
            self._remove()
            if data:
                raise pickle.loads(data)
            raise RenderError(_("the process writing the trace ended without finishing"),
                              file=str(self.paths[0]),
                              hint=_("run again; if it happens again, set ASSEMBLER_JOBS=1"))
        for tmp, path in zip(self._tmps, self.paths):
            try:
                os.chmod(tmp, 0o644)
                os.replace(tmp, path)
            except OSError as e:
                self._remove()
                raise cause(e, path, elsewhere=other_folder()) from None
        self._tmps = []
        return self.paths

    def abort(self) -> None:
        """Stop the second process (the build failed) and remove its files."""
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = None
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        self._remove()

    def _remove(self) -> None:
        for tmp in self._tmps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._tmps = []


# --- the second process ----------------------------------------------------------------------


def _child(trace: Trace, fds: list[int], pipe: int, paths: tuple[Path, ...]) -> None:
    """Write the trace into the open temporary files, report any error through the pipe
    (pickled) and end without running this process's exit handlers."""
    status, payload = 0, b""
    try:
        gc.disable()  # writing makes no cycles, and a collection would touch every shared object
        from assembler.timings import stage

        with stage("trace", note=_own_memory):
            try:
                with contextlib.ExitStack() as files:
                    opened = open_trace_files(files, lambda i, mode, **kw: os.fdopen(fds[i], mode, **kw))
                    write_files(trace, *opened)
                    for f in opened:
                        f.flush()
                        os.fsync(f.fileno())
            except OSError as e:
                raise cause(e, paths[2], elsewhere=other_folder()) from None
    except BaseException as e:  # noqa: BLE001 - everything goes back to the first process
        status = 1
        try:
            payload = pickle.dumps(e)
        except Exception:  # noqa: BLE001
            payload = pickle.dumps(RenderError(repr(e)))
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(pipe, view):]
        os.close(pipe)
    finally:
        os._exit(status)


def _own_memory() -> str:
    """The second process's own memory (pages it copied or made, not those it shares)."""
    from assembler.timings import own_memory

    return own_memory("second process")
