"""Read minutes files into lines with provenance (file, line, page).

``read_source`` picks the reader by file type; every reader returns a ``SourceText`` whose
lines are free of control characters (they would break Word's XML downstream).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import SourceText
from .text import read_text

SUPPORTED = (".txt",)


def iter_input_files(paths) -> list[Path]:
    """Expand the given files and folders into the minutes files to read, in a stable order."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED)
            if not found:
                raise InputError(
                    f"no minutes files ({', '.join(SUPPORTED)}) in this folder",
                    file=str(p), hint="put the minutes there or name the files",
                )
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise InputError("no such file", file=str(p), hint="check the path")
    return files


def read_source(path: Path, *, encoding: str | None = None) -> SourceText:
    """Read one minutes file of any supported type into lines with provenance."""
    return read_text(path, encoding=encoding)
