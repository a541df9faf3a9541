"""Writing outputs: atomic replace, and zips with fixed timestamps and order."""
from __future__ import annotations

import errno
import io
import zipfile
from pathlib import Path

from assembler import config
from assembler.errors import RenderError
from ..i18n import _

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
CANNOT_WRITE_HINT = "is it open in Word? Close it and run again"


def atomic_write(path: str | Path, data: bytes) -> Path:
    """Write an output all or nothing (``config.atomic_write``); an OS error becomes a
    RenderError naming the real cause (full disk, permission, a file held open)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise RenderError(_("cannot write into {parent} ({strerror})").format(parent=path.parent, strerror=e.strerror), file=str(path),
                          hint=_("choose another output folder with -o")) from None
    try:
        return config.atomic_write(path, data)
    except OSError as e:
        raise write_error(path, e) from None


def write_error(path: Path, e: OSError) -> RenderError:
    """The RenderError for a failed write, by its cause."""
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return RenderError(_("cannot write: the disk is full"), file=str(path),
                           hint=_("free some space and run again; nothing was changed"))
    if e.errno == errno.EROFS:
        return RenderError(_("cannot write: the disk is read-only"), file=str(path),
                           hint=_("choose another output folder with -o"))
    if e.errno in (errno.EACCES, errno.EPERM) and not path.exists():
        return RenderError(_("cannot write into {parent} (permission denied)").format(parent=path.parent), file=str(path),
                           hint=_("choose another output folder with -o"))
    if e.errno == errno.EISDIR:
        return RenderError(_("cannot write: a folder has this name"), file=str(path),
                           hint=_("choose another output file with -o"))
    if e.errno in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY):
        return RenderError(_("cannot write"), file=str(path), hint=CANNOT_WRITE_HINT)
    return RenderError(_("cannot write ({strerror})").format(strerror=e.strerror), file=str(path), hint=CANNOT_WRITE_HINT)


def normalise_zip(data: bytes, *, drop: frozenset[str] = frozenset(),
                  replace: dict[str, bytes] | None = None) -> bytes:
    """Re-zip with the members in their order, fixed timestamps and attributes.

    ``drop`` names members to leave out; ``replace`` maps member names to new content.
    """
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            dst.writestr(zi, replace.get(info.filename, src.read(info)))
    return out.getvalue()
