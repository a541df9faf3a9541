"""All-or-nothing changes to a folder of files, and one writer at a time.

A :class:`Transaction` stages every new file in a hidden folder beside its targets
(written and flushed to disk), then swaps them in under a journal::

    1. stage       every new file in <folder>/.pending-<id>/new/        (targets untouched)
    2. journal     <folder>/.transaction.json names the targets           (atomic, fsync)
    3. swap        each target is hard-linked to .pending-<id>/old/, then replaced
    4. commit      the journal is removed                                  (the commit point)

Any failure before the commit point puts every target back as it was (the old files
are renamed back: no disk space is needed for that); a process killed in steps 2–3
leaves the journal, and :func:`recover` (run whenever the project lock is taken) puts
the old files back. So a failure, a signal or a full disk leaves the files exactly as
they were, or — past the commit point — entirely new.

:class:`Lock` is an advisory lock (``fcntl.flock``) on a file in the project: the kernel
releases it when its holder dies, even by kill -9.

``fault`` is a test hook: when set, it is called with the name of each write step and
may raise, so a test can fail every step in turn.
"""
from __future__ import annotations

import contextlib
import errno
import filecmp
import json
import os
import secrets
import shutil
import signal
import stat
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, TypedDict

from .errors import AssemblerError, RenderError
from .i18n import _

JOURNAL = ".transaction.json"
_PENDING = ".pending-"

#: Test hook: called with each write step's name (see the module docstring).
fault: Callable[[str], None] | None = None
#: True once a transaction of this process passed its commit point (for an honest message
#: when the process is interrupted afterwards: its new files are complete and in place).
committed = False


def step(name: str) -> None:
    """Mark a write step (the fault hook may fail it)."""
    if fault is not None:
        fault(name)


def cause(e: OSError, path: Path, *, elsewhere: str | None = None) -> RenderError:
    """The real reason a file could not be written, as one line naming the file.

    The one place an OS error on a write becomes a message (every writer of the tool
    uses it). ``elsewhere`` is the hint for a place that cannot take the file at all
    (a read-only disk, a folder in the way): where the user can choose another one
    (``-o``), or by default to move the project.
    """
    code = e.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return RenderError(_("the disk is full"), file=str(path),
                           hint=_("free some space and run again; nothing was changed"))
    if code == errno.EROFS:
        return RenderError(_("the disk is read-only"), file=str(path),
                           hint=elsewhere or _("copy the project to a writable place; nothing "
                                               "was changed"))
    if code == errno.EISDIR:
        return RenderError(_("a folder has this name"), file=str(path),
                           hint=elsewhere or _("move or rename the folder and run again; "
                                               "nothing was changed"))
    if code in (errno.EACCES, errno.EPERM):
        return _denied(path)
    if code in (errno.EBUSY, errno.ETXTBSY):
        return _locked(path)
    return RenderError(_("cannot write ({reason})").format(reason=e.strerror or e), file=str(path),
                       hint=_("nothing was changed"))


def folder_cause(e: OSError, path: Path, *, elsewhere: str) -> RenderError:
    """The folder that should hold ``path`` could not be made (a file in the way, no
    permission, …): one line naming the file and the folder."""
    return RenderError(_("cannot write into {parent} ({strerror})").format(
        parent=path.parent, strerror=e.strerror or e), file=str(path), hint=elsewhere)


def _locked(path: Path) -> RenderError:
    return RenderError(_("the file is locked by another program"), file=str(path),
                       hint=_("is it open in Word or Excel? Close it and run again; nothing was "
                              "changed"))


def _denied(path: Path) -> RenderError:
    if read_only(path):
        return RenderError(_("the file is read-only or locked"), file=str(path),
                           hint=_("is it open in Word or Excel? Close it (or clear its read-only "
                                  "mark) and run again; nothing was changed"))
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return RenderError(_("no permission to write in {folder}").format(folder=folder),
                           file=str(path), hint=_("check the folder's permissions; nothing was "
                                                  "changed"))
    return _locked(path)


def read_only(path: Path) -> bool:
    """True when the file exists and nobody may write it (its read-only mark is set).

    Checked on the mode bits, not with os.access, so it holds for every user: a file
    someone marked read-only (or that Excel holds open on a share) is not replaced.
    """
    try:
        return not (path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    except FileNotFoundError:
        return False


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk where the OS allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_file(path: Path, data: bytes) -> None:
    """Write a new file and flush it to disk (no rename: callers own the path)."""
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def copy_file(src: Path, dst: Path) -> None:
    """Copy a file with its times and flush the copy to disk."""
    shutil.copy2(src, dst)
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())


class Transaction:
    """New contents for files under ``folder`` (and elsewhere on the same disk), swapped in
    together by :meth:`commit`. Use as a context manager: leaving it without a commit
    discards what was staged and leaves every target as it was."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.dir = folder / f"{_PENDING}{os.getpid()}-{secrets.token_hex(4)}"
        self.staged: dict[Path, Path] = {}

    def __enter__(self) -> "Transaction":
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.dir / "new").mkdir(parents=True)
            (self.dir / "old").mkdir()
        except OSError as e:
            raise cause(e, self.folder) from None
        return self

    def __exit__(self, *exc: object) -> None:
        if not (self.folder / JOURNAL).exists():  # else a swap is half done: recover() needs it
            shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, target: Path) -> Path:
        """Where the new content of ``target`` is staged (same file name)."""
        staged = self.dir / "new" / target.name
        if any(t.name == target.name and t != target for t in self.staged):
            raise ValueError(f"two targets named {target.name}")
        self.staged[target] = staged
        return staged

    def write(self, target: Path, data: bytes) -> None:
        """Stage new content for ``target``."""
        staged = self.path(target)
        try:
            step(f"stage {target.name}")
            write_file(staged, data)
        except OSError as e:
            raise cause(e, target) from None

    def adopt(self, target: Path, staged: Path) -> None:
        """Take a file another writer put at ``self.path(target)`` (flushed to disk)."""
        try:
            step(f"stage {target.name}")
            with open(staged, "rb+") as f:
                os.fsync(f.fileno())
        except OSError as e:
            raise cause(e, target) from None

    def drop_unchanged(self) -> None:
        """Leave out staged files equal to their targets (nothing to replace there)."""
        for target, staged in list(self.staged.items()):
            if target.is_file() and filecmp.cmp(target, staged, shallow=False):
                del self.staged[target]

    def commit(self) -> None:
        """Swap every staged file in; on any failure put every target back and raise."""
        targets = list(self.staged)
        for target in targets:  # refuse before anything is replaced
            if read_only(target):
                raise _denied(target)
        journal = self.folder / JOURNAL
        record: _Journal = {"pending": self.dir.name,
                            "targets": [{"target": os.path.relpath(t, self.folder), "existed": t.exists()}
                                        for t in targets]}
        with interrupts_deferred():
            try:
                step("write journal")
                write_file(journal, json.dumps(record, ensure_ascii=False).encode("utf-8"))
                fsync_dir(self.folder)
            except BaseException as e:
                _unlink(journal)
                if isinstance(e, OSError):
                    raise cause(e, journal) from None
                raise
            self._swap(targets, record, journal)

    def _swap(self, targets: list[Path], record: _Journal, journal: Path) -> None:
        """Steps 3–4: replace every target (rolled back on any failure), then the commit
        point. Run with Ctrl-C deferred (from the journal on), so that an interrupt lands
        before the journal or after the commit point, and the message the user gets is true."""
        done: list[Path] = []
        try:
            for target in targets:
                step(f"replace {target.name}")
                _backup(target, self.dir / "old" / target.name)
                os.replace(self.staged[target], target)
                done.append(target)
            for folder in {t.parent for t in targets}:
                fsync_dir(folder)
        except BaseException as e:
            try:
                _roll_back(self.folder, self.dir, record)
            except OSError as again:
                raise RenderError(
                    _("could not put the previous files back ({reason})").format(
                        reason=again.strerror),
                    file=str(targets[len(done)] if len(done) < len(targets) else journal),
                    hint=_("run any assembler command in the project again to restore "
                           "them")) from None
            if isinstance(e, OSError):
                raise cause(e, targets[len(done)]) from None
            raise
        os.unlink(journal)  # the commit point
        global committed
        committed = True
        fsync_dir(self.folder)


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold back SIGINT (Ctrl-C) and SIGTERM for the block; one that arrives meanwhile is
    delivered when the block ends. The swap takes milliseconds; kill -9 cannot be held back
    and is covered by the journal."""
    held = {signal.SIGINT, signal.SIGTERM}
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _backup(target: Path, backup: Path) -> None:
    if not target.exists():
        return
    try:
        os.link(target, backup)
    except OSError:
        copy_file(target, backup)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


class _Target(TypedDict):
    target: str  # relative to the project's folder
    existed: bool  # False: the swap creates it, and a roll-back removes it


class _Journal(TypedDict):
    """The journal of a swap in progress (JSON): the staging folder and every target."""

    pending: str
    targets: list[_Target]


def _roll_back(folder: Path, pending: Path, record: _Journal) -> None:
    """Put every target of an unfinished swap back as it was, then drop the journal."""
    for item in record["targets"]:
        target = folder / item["target"]
        backup = pending / "old" / target.name
        if backup.exists():
            os.replace(backup, target)
        elif not item["existed"]:
            _unlink(target)
    fsync_dir(folder)
    _unlink(folder / JOURNAL)
    fsync_dir(folder)
    shutil.rmtree(pending, ignore_errors=True)


def recover(folder: Path) -> bool:
    """Undo a swap a killed process left half done, and drop abandoned staging folders.

    Returns True when a half-done swap was put back. Call it only under the lock.
    """
    journal = folder / JOURNAL
    rolled = False
    if journal.exists():
        record: _Journal | None
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # the journal itself was never finished: nothing swapped
            record = None
        if record is not None:
            _roll_back(folder, folder / record["pending"], record)
            rolled = True
        else:
            _unlink(journal)
    if folder.is_dir():
        for stale in folder.glob(f"{_PENDING}*"):
            shutil.rmtree(stale, ignore_errors=True)
    return rolled


class Lock:
    """One writer at a time: an exclusive lock on ``path`` (released when the holder ends,
    however it ends). ``what`` names the command for the message another one gets."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        self._fd: int | None = None

    def __enter__(self) -> "Lock":
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise cause(e, self.path) from None
        if not _try_lock(fd):
            try:
                holder = os.read(fd, 200).decode("utf-8", "replace").strip()
            except OSError:  # Windows: the holder's locked byte cannot be read
                holder = ""
            os.close(fd)
            raise LockedError(_("another assembler command is working on this project "
                                "({holder})").format(holder=holder or "?"),
                              file=str(self.path.parent),
                              hint=_("wait until it has finished and run again")) from None
        try:  # who holds it, for the message another command gets (best effort: a full disk)
            os.ftruncate(fd, 0)
            os.write(fd, f"{self.what}, pid {os.getpid()}, since {time.strftime('%H:%M:%S')}"
                     .encode("utf-8"))
        except OSError:
            pass
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
            except OSError:
                pass
            os.close(self._fd)  # closing releases the lock
            self._fd = None


def _try_lock(fd: int) -> bool:
    """Take an exclusive lock on the open file without waiting; False when another has it."""
    try:
        import fcntl
    except ImportError:  # Windows: a lock on the first byte (released when the file is closed)
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only; mypy checks for Linux
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class LockedError(AssemblerError):
    """Another process holds the project lock."""
