"""Read minutes files into lines with provenance (file, line, page).

``read_source`` picks the reader by what the file holds (a PDF or a zip is recognised by
its first bytes, whatever its name); every reader returns a ``SourceText`` whose lines are
free of control characters (they would break Word's XML downstream).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import SourceText
from .. import limits
from .text import decode_file, read_text
from ..i18n import _

SUPPORTED = (".txt", ".vtt", ".srt", ".docx", ".pdf", ".csv", ".tsv", ".xlsx")
#: an online meeting's transcript (WebVTT, SubRip): text, read as a .txt is (``ingest.transcript``)
#: a delimited table of utterances (会議録検索 and open-data exports): ``ingest.delimited``
DELIMITED = (".csv", ".tsv")
# Word 97–2003, RTF and OpenDocument text: converted to .docx by LibreOffice when it is there.
CONVERTED = (".doc", ".rtf", ".odt")
#: a Markdown note: read as text wherever it is named; in a folder only when the Markdown reader takes
#: it for a note of minutes (``is_minutes_file``) — a README.md beside the minutes is no record
MARKDOWN = (".md",)


def is_minutes_file(path: Path) -> bool:
    """A folder's file is read as minutes: by its kind (``SUPPORTED``, ``CONVERTED``), or a ``.md`` the
    Markdown reader takes for a note of minutes — a ``#`` heading and three lines at least opening with
    words in bold before a colon, the labels of its turns (``ingest.wrapped.labelled_note``). A file that
    cannot be read as text is none (it is named as not read, as any other file is)."""
    suffix = path.suffix.lower()
    if suffix in SUPPORTED + CONVERTED:
        return True
    if suffix not in MARKDOWN:
        return False
    from .wrapped import labelled_note

    try:
        limits.check_file(path)
        text, _used = decode_file(path)
    except InputError:
        return False
    return labelled_note(text)


def iter_input_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand the given files and folders into the minutes files to read, in a stable order."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in SUPPORTED + CONVERTED + MARKDOWN
                           and not f.name.startswith("~$") and limits.is_minutes_entry(p, f) and is_minutes_file(f))
            if not found:
                raise InputError(
                    _("no minutes files ({value}) in this folder").format(value=', '.join(SUPPORTED)),
                    file=str(p), hint=_("put the minutes there or name the files"),
                )
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise InputError(_("no such file"), file=str(p), hint=_("check the path"))
    limits.check_files(files)
    return files


def _kind(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(80)
    except OSError:
        head = b""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if suffix in DELIMITED:
        return "delimited"
    if suffix == ".xlsx":
        return "workbook"  # the same table of utterances saved from Excel (a zip: before .docx)
    if (head.startswith(b"\xd0\xcf\x11\xe0") or head.startswith(b"{\\rtf") or suffix in CONVERTED
            or head.startswith(b"PK\x03\x04") and b"opendocument" in head):
        return "convert"  # Word 97–2003 (OLE), RTF, OpenDocument: by content, whatever the name
    if head.startswith(b"PK\x03\x04") or suffix == ".docx":
        return "docx"
    return "txt"


def read_source(path: Path, *, encoding: str | None = None) -> SourceText:
    """Read one minutes file of any supported type into lines with provenance: one meeting (an
    export of several meetings is refused here, with what to do; ``read_sources`` reads them)."""
    found = read_sources(path, encoding=encoding)
    if len(found) > 1:
        raise InputError(_("this export holds {n} meetings; a project keeps one meeting a file").format(n=len(found)),
                         file=str(path), hint=_("export each meeting alone (assembler build and parse read every meeting of it)"))
    return found[0]


def read_sources(path: Path, *, encoding: str | None = None) -> tuple[SourceText, ...]:
    """Read one minutes file of any supported type into lines with provenance, one
    ``SourceText`` a meeting: an export of utterances may hold several (``ingest.delimited``),
    any other file is one."""
    path = Path(path)
    limits.check_file(path)
    with limits.reading(str(path)):
        kind = _kind(path)
        if kind in ("pdf", "docx", "convert", "txt"):
            # any text may be an export of utterances as blocks of key：value fields, an online
            # meeting's transcript, a question-and-answer table as pypdf gives it, a speaker | speech
            # table whose cells pdftotext gave apart from their rows (numbered or not, or a table of answers), or an
            # interview
            from .answercells import read_answered_cells
            from .apartcells import read_apart_cells
            from .fields import read_fields
            from .interview import read_interview
            from .numbercells import read_numbered_cells
            from .qatext import read_qa_text
            from .transcript import read_transcript

            src = _read_one(path, kind, encoding)
            return read_fields(src) or (read_transcript(src) or read_qa_text(src) or read_answered_cells(src)
                                        or read_numbered_cells(src) or read_apart_cells(src) or read_interview(src)
                                        or src,)
        if kind == "workbook":
            from .delimited import read_workbook

            return read_workbook(path)
        if kind == "delimited":
            from .delimited import read_delimited

            text, used = decode_file(path, encoding=encoding)
            return read_delimited(text, str(path), encoding=used, suffix=path.suffix.lower())
        raise AssertionError(kind)


def _read_one(path: Path, kind: str, encoding: str | None) -> SourceText:
    """A file that is one text (a PDF, a Word document, a .txt) read into lines."""
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(path)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(path)
    if kind == "convert":
        from .convert import read_converted

        return read_converted(path)
    return read_text(path, encoding=encoding)
