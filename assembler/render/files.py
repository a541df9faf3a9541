"""Writing outputs: each to a temporary file beside it, renamed over it when complete; zip
members with fixed dates and attributes."""
from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from pathlib import Path
from typing import IO, Any, Iterator

from assembler.transaction import cause, folder_cause
from ..i18n import _

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def other_folder() -> str:
    """The hint where the user chose the output (``-o``) and can choose another."""
    return _("choose another output folder with -o")


def zip_info(name: str, level: int) -> zipfile.ZipInfo:
    """A zip member with the fixed date and attributes of every member we write (the same
    input gives the same bytes), deflated at ``level``.

    The level travels on the ZipInfo (a ZipFile's own ``compresslevel`` is not applied to a
    ZipInfo one passes): ``compress_level`` from Python 3.13, ``_compresslevel`` before.
    """
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0
    setattr(info, "compress_level" if hasattr(zipfile.ZipInfo, "compress_level") else "_compresslevel",
            level)
    return info


@contextlib.contextmanager
def replacing(path: Path, mode: str = "wb", **kw: Any) -> Iterator[IO[Any]]:
    """A file written beside ``path`` and renamed over it only when the block completes
    (for outputs streamed as they are made: the .docx body, the trace). An OS error becomes
    a RenderError naming the real cause (full disk, permission, a file held open)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise folder_cause(e, path, elsewhere=other_folder()) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise cause(e, path, elsewhere=other_folder()) from None
    try:
        with os.fdopen(fd, mode, **kw) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise cause(e, path, elsewhere=other_folder()) from None
        raise

