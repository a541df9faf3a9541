"""Bounds on what reading an input may cost, so that no file can take the machine down.

Each bound is checked *before* the memory is spent where that can be known (a file's size
on disk, the line breaks in a text, the paragraphs in a .docx part, a PDF stream while it is
inflated) and is reported as one ``LimitError`` line naming the file, the figure, the bound
and how to raise it::

    minutes/big.txt: the file is 100.0 MB, more than the limit of 50 MB for one minutes file;
    split it, or raise the limit: assembler --limit file_mb=100 …

The defaults fit a machine with 1.5 GB free; they are far above real minutes (the seed is
15 KB; a three-hour verbatim 議事録 is a few thousand lines). The CLI sets them per run
(``--limit NAME=VALUE`` or ``ASSEMBLER_LIMITS``); the library reads ``current()``.
"""
from __future__ import annotations

import math
import os
import stat
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError
from .i18n import N_, _

__all__ = ["Limits", "LimitError", "current", "using", "parse_settings", "check_file",
           "is_minutes_entry", "check_files", "check_count", "check_lines", "check_points", "reading"]


@dataclass(frozen=True)
class Limits:
    """The bounds of one run (all per run except where a field says otherwise)."""

    #: bytes on disk of one minutes file, in MB
    file_mb: float = 50
    #: bytes on disk of all the minutes files of one run together, in MB
    project_mb: float = 500
    #: minutes files in one run
    files: int = 5000
    #: lines (a .docx: paragraphs) of one minutes file
    lines: int = 100_000
    #: points in one build (every later stage holds all of them at once; a build of 100k
    #: generated points peaks near 2 GB, see make bench)
    points: int = 200_000
    #: one PDF stream or one .docx XML part once unpacked, in MB
    part_mb: float = 64
    #: XML elements in one .docx part (lxml needs ~250 bytes for each: 2 M ≈ 500 MB)
    xml_elements: int = 2_000_000
    #: all the PDF streams of one file (or all the parts of one .docx) once unpacked, in MB
    unpacked_mb: float = 256
    #: characters drawn on one PDF page (pdfminer keeps an object per character of a page)
    page_chars: int = 100_000
    #: one configuration file (outline, overrides, assembler.yaml, patterns, roles), in MB
    config_mb: float = 4

    def bytes(self, name: str) -> int:
        """A limit given in MB as a number of bytes."""
        return int(getattr(self, name) * 1024 * 1024)


class LimitError(InputError):
    """An input is larger than a limit of this run; the message says how to raise it."""


_current: ContextVar[Limits] = ContextVar("limits", default=Limits())


def current() -> Limits:
    """The limits of this run (the defaults unless ``using`` set others)."""
    return _current.get()


@contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    """Run a block with other limits (the CLI wraps each command in one)."""
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


def parse_settings(items: Iterable[str], base: Limits | None = None) -> Limits:
    """``["file_mb=120", "lines=200000"]`` (or one comma-separated string) -> Limits.

    >>> parse_settings(["file_mb=120,lines=200000"]).file_mb
    120.0
    >>> parse_settings(["line=5"])
    Traceback (most recent call last):
    ...
    assembler.errors.ConfigError: --limit line=5: unknown limit 'line'; did you mean 'lines'?
    """
    from .config import did_you_mean
    from .errors import ConfigError

    known = {f.name: f.type for f in fields(Limits)}
    out = base or Limits()
    for item in items:
        for setting in filter(None, (s.strip() for s in str(item).split(","))):
            name, sep, value = setting.partition("=")
            name = name.strip()
            if name not in known:
                near = did_you_mean(name, known)
                raise ConfigError(_("--limit {setting}: unknown limit {name}").format(
                    setting=setting, name=repr(name)) + near,
                    hint=None if near else _("the limits: {names}").format(names=", ".join(known)))
            number = _positive(value.strip(), int if known[name] in (int, "int") else float)
            if not sep or number is None:
                raise ConfigError(_("--limit {setting}: expected {name}=a positive number").format(
                    setting=setting, name=name), hint=_("e.g. --limit {example}").format(
                    example=f"{name}={getattr(Limits(), name) * 2:g}"))
            change: dict[str, Any] = {name: number}
            out = replace(out, **change)
    return out


def _positive(text: str, kind: type) -> float | int | None:
    try:
        value = kind(text)
    except ValueError:
        return None
    return value if value > 0 and math.isfinite(value) else None


def _refuse(what: str, figure: str, name: str, bound: str, advice: str, raise_to: float, *,
            file: str | None = None, line: int | None = None) -> LimitError:
    return LimitError(
        _("{what} is {figure}, more than the limit of {bound}").format(
            what=what, figure=figure, bound=bound), file=file, line=line,
        hint=_("{advice}, or raise the limit: assembler --limit {setting} …").format(
            advice=advice, setting=f"{name}={raise_to:g}"))


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


_KINDS = ((stat.S_ISFIFO, N_("a named pipe (FIFO)")), (stat.S_ISSOCK, N_("a socket")),
          (stat.S_ISCHR, N_("a device")), (stat.S_ISBLK, N_("a device")), (stat.S_ISDIR, N_("a folder")))


def _not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file (reading a FIFO would wait forever)."""
    for test, kind in _KINDS:
        if test(mode):
            return _(kind)
    return None if stat.S_ISREG(mode) else _("a special file")


def check_file(path: str | Path, *, config: bool = False) -> int:
    """Refuse what is not a regular file or is larger than the limit; return its size.

    ``os.stat`` never blocks, so a FIFO is refused at once instead of being opened. A
    ``config`` file (YAML) gets the ``config_mb`` limit and ``ConfigError``s.
    """
    from .errors import ConfigError

    name = str(path)
    error, limit = (ConfigError, "config_mb") if config else (InputError, "file_mb")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise error(_("no such file"), file=name, hint=_("check the path")) from None
    except OSError as e:
        raise error(_("cannot read the file ({strerror})").format(strerror=e.strerror),
                    file=name) from None
    what = _not_regular(st.st_mode)
    if what:
        raise error((_("is {kind}, not a configuration file") if config
                     else _("is {kind}, not a minutes file")).format(kind=what), file=name,
                    hint=_("give a file saved on disk"))
    if st.st_size > current().bytes(limit):
        mb = f"{getattr(current(), limit):g}"
        refusal = _refuse(_("the file"), _mb(st.st_size), limit,
                          (_("{mb} MB for one configuration file") if config
                           else _("{mb} MB for one minutes file")).format(mb=mb),
                          _("shorten it") if config else _("split it"),
                          math.ceil(st.st_size / 1024 / 1024), file=name)
        raise ConfigError(refusal.message, file=name, hint=refusal.hint) if config else refusal
    return st.st_size


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def is_minutes_entry(folder: Path, entry: Path) -> bool:
    """Whether an entry of a minutes folder is a file to read: False for sub-folders; an error
    for a link leading outside the folder, a broken link, or a FIFO, socket or device."""
    try:
        st = entry.lstat()
    except OSError as e:
        raise InputError(_("cannot read the file ({strerror})").format(strerror=e.strerror),
                         file=str(entry)) from None
    if stat.S_ISLNK(st.st_mode):
        target = Path(os.path.realpath(entry))
        if not _inside(target, Path(os.path.realpath(folder))):
            raise InputError(_("is a link to {target}, outside {folder}").format(
                target=target, folder=folder), file=str(entry),
                hint=_("copy the file into the folder instead of linking to it"))
        try:
            st = target.stat()
        except OSError:
            raise InputError(_("is a link to a file that does not exist"), file=str(entry),
                             hint=_("remove the link or copy the file in")) from None
    if stat.S_ISDIR(st.st_mode):
        return False
    what = _not_regular(st.st_mode)
    if what:
        raise InputError(_("is {kind}, not a minutes file").format(kind=what), file=str(entry),
                         hint=_("remove it from the folder"))
    return True


def check_files(files: list[Path]) -> None:
    """Refuse a run of more files, or more bytes together, than the limits allow."""
    lim = current()
    if len(files) > lim.files:
        raise _refuse(_("the number of minutes files"), str(len(files)), "files", str(lim.files),
                      _("build from fewer meetings"), len(files))
    total = 0
    for f in files:
        try:
            total += f.stat().st_size
        except OSError:
            continue  # reading it will say what is wrong
    if total > lim.bytes("project_mb"):
        raise _refuse(_("all the minutes files together"), _mb(total), "project_mb",
                      f"{lim.project_mb:g} MB", _("build from fewer meetings"),
                      math.ceil(total / 1024 / 1024))


def check_count(name: str, count: int, file: str, what: str, advice: str | None = None) -> None:
    """Refuse a file holding more of something (lines, elements) than the limit ``name``;
    ``what`` and ``advice`` come translated."""
    lim = getattr(current(), name)
    if count > lim:
        raise _refuse(what, f"{count:,}", name, f"{lim:,}", advice or _("split the file"), count,
                      file=file)


def check_lines(count: int, file: str, *, what: str | None = None) -> None:
    """Refuse a file of more lines (or paragraphs: ``what``) than the limit, before they are made."""
    check_count("lines", count, file, what or _("the number of lines"))


def check_points(count: int) -> None:
    """Refuse a build of more points than the limit (every stage after parsing holds them all)."""
    lim = current().points
    if count > lim:
        raise _refuse(_("the number of points in the minutes"), f"{count:,}", "points", f"{lim:,}",
                      _("build from fewer meetings"), count)


@contextmanager
def reading(file: str) -> Iterator[None]:
    """Turn running out of memory or stack while reading ``file`` into one line naming it."""
    try:
        yield
    except MemoryError:
        raise InputError(_("ran out of memory reading the file"), file=file,
                         hint=_("split it into smaller files, or set lower limits (assembler --limit)")) from None
    except RecursionError:
        raise InputError(_("the file is nested too deeply to read (a damaged or hostile file?)"), file=file,
                         hint=_("open it and save it again, or give it in another format")) from None
