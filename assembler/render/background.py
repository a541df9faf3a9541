"""The trace written by a second process while this one lays out and writes the .docx (the
machine's second core): a build's last stages take about the same time and share nothing
but their input.

The second process may first do another piece of work whose result this one needs later
(``early``: the doubts worded as Word comments, while this process lays out the draft), and
then the trace, which it may also make itself (``trace`` given as a function: the rows
are a function of the decisions, computed there rather than sent).

The process is forked (POSIX), so it starts with its input already in memory (pages are
shared until written; the collector is frozen across the fork so that it does not copy
them all). It writes the three files into temporary files this process made beside their
targets; ``finish`` waits for it and renames them over the targets (the same promise as
``write_trace``: the targets change only when all three are complete), ``abort`` stops it
and removes them. An error in the second process (a full disk, …) is raised here as it was
raised there; the early result (or its error) is sent through a file with no name, and a
pipe says when it is there. For a small draft (under ``MIN_POINTS``), without ``os.fork``, on one core,
or with ``ASSEMBLER_JOBS=1`` the trace is written after the .docx, in this process (and
the early work is done here when its result is asked for).
"""
from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import tempfile
from pathlib import Path
from typing import IO, Callable, Generic, TypeVar, Union

from assembler.errors import RenderError
from assembler.i18n import _
from assembler.render.files import other_folder
from assembler.transaction import cause
from assembler.render.trace import Trace, open_trace_files, trace_paths, write_files, write_trace

JOBS_ENV = "ASSEMBLER_JOBS"
E = TypeVar("E")
#: The trace, or how to make it.
TraceSource = Union[Trace, Callable[[], Trace]]


#: Below this many points the trace takes less time than starting a second process.
MIN_POINTS = 2000


def available() -> bool:
    """Whether the trace can be written by a second process here."""
    if not hasattr(os, "fork") or os.environ.get(JOBS_ENV, "").strip() == "1":
        return False
    return (os.cpu_count() or 1) > 1


class TraceWriter(Generic[E]):
    """The trace of one build: written in a second process when ``available()``, else by
    ``finish`` itself (after the .docx). ``early``: work for the second process to do
    first, its result fetched by ``early_result()`` (done here where there is no second
    process). ``trace`` as a function is called where the trace is written."""

    def __init__(self, trace: TraceSource, docx_path: str | Path, *, background: bool | None = None,
                 early: Callable[[], E] | None = None, early_stage: str = "early") -> None:
        self.trace = trace
        self.docx_path = docx_path
        self.paths = trace_paths(docx_path)
        self.pid: int | None = None
        self._read = -1
        self._tmps: list[str] = []
        self._early = early
        self._early_stage = early_stage
        self._early_file: IO[bytes] | None = None  # where the second process puts the early result
        self._early_ready = -1  # a pipe: one byte when the early result is in the file
        self._early_done: tuple[E] | None = None
        if background is None:
            background = available() and (callable(trace) or len(trace.rows) >= MIN_POINTS)
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
            if self._early is not None:
                self._early_file = tempfile.TemporaryFile()
        except OSError:  # no second process: the .docx names the problem first, as before
            for fd in fds:
                os.close(fd)
            self._remove()
            return
        read, write = os.pipe()
        ready = os.pipe() if self._early is not None else (-1, -1)
        gc.freeze()  # the child's collector then leaves the shared objects (and their pages) alone
        try:
            pid = os.fork()
        except OSError:
            gc.unfreeze()
            for fd in (*fds, read, write, *ready):
                if fd >= 0:
                    os.close(fd)
            self._remove()
            return  # no second process: finish() writes the trace here
        if pid == 0:  # the second process: never returns
            os.close(read)
            if ready[0] >= 0:
                os.close(ready[0])
            _child(self, fds, write, ready[1])
        gc.unfreeze()
        os.close(write)
        if ready[1] >= 0:
            os.close(ready[1])
        for fd in fds:
            os.close(fd)
        self.pid, self._read, self._early_ready = pid, read, ready[0]

    def early_result(self) -> E:
        """The early work's result: sent by the second process (waited for), or, without one,
        computed now. Its error is raised here (then ``abort``, as for any failed build)."""
        if self._early_done is not None:
            return self._early_done[0]
        assert self._early is not None, "no early work was given"
        if self._early_ready < 0:
            value = self._early()
        else:
            ready, self._early_ready = self._early_ready, -1
            try:
                got = os.read(ready, 1)
            finally:
                os.close(ready)
            if not got:  # it ended (or was killed) before sending it
                self.abort()
                raise self._ended()
            assert self._early_file is not None
            self._early_file.seek(0)
            failed, value = pickle.load(self._early_file)
            self._early_file.close()
            self._early_file = None
            if failed:
                raise value
        self._early_done = (value,)
        return value

    def _ended(self) -> RenderError:
        return RenderError(_("the process writing the trace ended without finishing"),
                           file=str(self.paths[0]),
                           hint=_("run again; if it happens again, set ASSEMBLER_JOBS=1"))

    def finish(self) -> tuple[Path, ...]:
        """The trace files, complete: wait for the second process and put its files in place
        (or, without one, write them now)."""
        if self.pid is None:
            return write_trace(_made(self.trace), self.docx_path)
        with os.fdopen(self._read, "rb") as pipe:
            data = pipe.read()
        self._read = -1
        _pid, status, _usage = os.wait4(self.pid, 0)
        self.pid = None
        if os.waitstatus_to_exitcode(status) != 0:
            self._remove()
            if data:
                raise pickle.loads(data)
            raise self._ended()
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
        for fd in (self._read, self._early_ready):
            if fd >= 0:
                os.close(fd)
        self._read = self._early_ready = -1
        self._remove()

    def _remove(self) -> None:
        if self._early_file is not None:
            self._early_file.close()
            self._early_file = None
        for tmp in self._tmps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._tmps = []


# --- the second process ----------------------------------------------------------------------


def _made(trace: TraceSource) -> Trace:
    return trace() if callable(trace) else trace


def _child(writer: TraceWriter[E], fds: list[int], pipe: int, ready: int) -> None:
    """Do the early work (its result, or its error, into the file with no name, then a byte
    on ``ready``), then write the trace into the open temporary files; report any error
    through the pipe (pickled) and end without running this process's exit handlers."""
    status, payload = 0, b""
    try:
        gc.disable()  # writing makes no cycles, and a collection would touch every shared object
        from assembler.timings import stage

        if writer._early is not None:
            with stage(writer._early_stage):
                early_ok = _send_early(writer, ready)
            if not early_ok:  # the first process raises the early error, then stops this one
                os._exit(1)
        with stage("trace", note=_own_memory):
            try:
                trace = _made(writer.trace)
                with contextlib.ExitStack() as files:
                    opened = open_trace_files(files, lambda i, mode, **kw: os.fdopen(fds[i], mode, **kw))
                    write_files(trace, *opened)
                    for f in opened:
                        f.flush()
                        os.fsync(f.fileno())
            except OSError as e:
                raise cause(e, writer.paths[2], elsewhere=other_folder()) from None
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


def _send_early(writer: TraceWriter[E], ready: int) -> bool:
    """The early work's (failed, value) pickled into the file with no name, then one byte on
    ``ready``; whether it succeeded."""
    assert writer._early is not None and writer._early_file is not None
    out = writer._early_file
    try:
        sent: tuple[bool, object] = (False, writer._early())
    except BaseException as e:  # noqa: BLE001 - raised by the first process
        sent = (True, e)
    try:
        pickle.dump(sent, out, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that does not pickle: its words do
        out.seek(0)
        out.truncate()
        pickle.dump((True, RenderError(repr(sent[1]))), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
    os.write(ready, b"1")
    os.close(ready)
    return not sent[0]


def _own_memory() -> str:
    """The second process's own memory (pages it copied or made, not those it shares)."""
    from assembler.timings import own_memory

    return own_memory("second process")
