"""Writing outputs: atomic replace, and zips with fixed timestamps and order."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from assembler import config
from assembler.transaction import cause, folder_cause
from ..i18n import _

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def atomic_write(path: str | Path, data: bytes) -> Path:
    """Write an output all or nothing (``config.atomic_write``); an OS error becomes a
    RenderError naming the real cause (full disk, permission, a file held open)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise folder_cause(e, path, elsewhere=other_folder()) from None
    try:
        return config.atomic_write(path, data)
    except OSError as e:
        raise cause(e, path, elsewhere=other_folder()) from None


def other_folder() -> str:
    """The hint where the user chose the output (``-o``) and can choose another."""
    return _("choose another output folder with -o")


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
