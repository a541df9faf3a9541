"""Minutes in Word 97–2003 (.doc), RTF or OpenDocument (.odt): converted to .docx first.

LibreOffice converts them (``soffice --headless --convert-to docx``) in a temporary folder
with its own user profile, so a running LibreOffice or a half-written profile never gets in
the way, and within a time limit; the .docx is then read like any other (line numbers are
the converted document's paragraph numbers). Without LibreOffice the file is refused with a
line saying how to convert it by hand.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..model import SourceText

TIMEOUT = 120  # seconds; a first start of LibreOffice takes a few


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _suffix(path: Path) -> str:
    """.doc, .rtf or .odt by the file's first bytes (its name may say otherwise)."""
    with path.open("rb") as fh:
        head = fh.read(80)
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    if head.startswith(b"PK"):
        return ".odt"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ".doc"
    return path.suffix.lower() or ".doc"


def read_converted(path: Path) -> SourceText:
    """Convert a .doc/.rtf/.odt file to .docx with LibreOffice and read that."""
    from .docx import read_docx

    file = str(path)
    office = _office()
    if office is None:
        raise InputError(_("a .doc, .rtf or .odt file needs LibreOffice to be read, and it is not "
                           "installed"), file=file,
                         hint=_("save it as .docx in Word (ファイル → 名前を付けて保存 → Word 文書) "
                                "or install LibreOffice"))
    with tempfile.TemporaryDirectory(prefix="assembler-convert-") as tmp:
        work = Path(tmp)
        # an ASCII name whose suffix says what the bytes are: LibreOffice picks its filter by it
        source = work / f"minutes{_suffix(path)}"
        shutil.copyfile(path, source)
        cmd = [office, "--headless", "--norestore", f"-env:UserInstallation={(work / 'profile').as_uri()}",
               "--convert-to", "docx", "--outdir", str(work), str(source)]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(_("LibreOffice did not convert the file within {n} seconds").format(
                n=TIMEOUT), file=file, hint=_("save it as .docx in Word and give that")) from None
        except OSError as e:
            raise InputError(_("LibreOffice could not be started ({reason})").format(
                reason=e.strerror or e), file=file,
                hint=_("save it as .docx in Word and give that")) from None
        converted = work / "minutes.docx"
        if done.returncode != 0 or not converted.is_file():
            raise InputError(_("LibreOffice could not convert the file"), file=file,
                             hint=_("open it in Word or LibreOffice and save it as .docx"))
        src = read_docx(converted)
    return replace(src, file=file)
