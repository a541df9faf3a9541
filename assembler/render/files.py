"""Writing outputs: atomic replace, and zips with fixed timestamps and order."""
from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from assembler.errors import RenderError

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
CANNOT_WRITE_HINT = "is it open in Word? Close it and run again"


def atomic_write(path: str | Path, data: bytes) -> Path:
    """Write data to path through a temp file in the same directory and os.replace.

    On any OS error the previous file is left as it was and RenderError says so.
    """
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        if tmp is None:  # the folder itself is the problem, not an open file
            raise RenderError(f"cannot write into {path.parent} ({e.strerror})", file=str(path),
                              hint="choose another output folder with -o") from None
        raise RenderError("cannot write", file=str(path), hint=CANNOT_WRITE_HINT) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path


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
