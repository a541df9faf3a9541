"""Safety checks on a .docx someone sends us, before python-docx or lxml parse it."""
from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

from assembler.errors import InputError
from ..i18n import N_, _

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200
_XML_SUFFIXES = (".xml", ".rels")
# a paragraph or a line break in any namespace prefix: each is a line the reader makes
_LINE_TAGS = re.compile(rb"<(?:[\w.-]+:)?(?:p|br|cr)[\s/>]")
#: what a zip of each kind is called when it cannot be read, when its [Content_Types].xml is
#: missing, and what to do about it: the messages name the file's own kind
_KIND_WORDS = {
    "docx": (N_("not a readable .docx ({e})"), N_("not a .docx: [Content_Types].xml is missing"),
             N_("is it a Word .docx file saved by Word or LibreOffice?")),
    "xlsx": (N_("not a readable .xlsx ({e})"), N_("not a .xlsx: [Content_Types].xml is missing"),
             N_("save the table again from Excel or LibreOffice")),
}


def check_docx_safe(path: str | Path, *, minutes: bool = False, kind: str = "docx") -> None:
    """Refuse a .docx (or another Office Open XML zip: ``kind`` ``xlsx``, named so in the
    messages) that is not a zip, looks like a zip bomb or declares a DOCTYPE.

    python-docx has no zip-bomb guard and keeps entity nodes that break the file on
    re-save, so this runs before ``Document()``: member count, each member's size,
    the total, the compression ratio, and no ``<!DOCTYPE`` in any XML part.

    For ``minutes`` the run's input limits apply too (``assembler.limits``), all
    counted in the bytes before any XML is parsed: each XML part's size and elements
    (lxml holds every element), all parts together (python-docx holds them all) and the
    paragraphs and line breaks (the lines the reader will make).
    """
    name = str(path)
    bounds = _MinutesBounds(name) if minutes else None
    unreadable, no_types, hint = _KIND_WORDS[kind]
    hint = _(hint)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise InputError(_(unreadable).format(e=e), file=name, hint=hint) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(_("too many parts in the zip ({infos} > {MAX_MEMBERS})").format(infos=len(infos), MAX_MEMBERS=MAX_MEMBERS),
                             file=name, hint=hint)
        total = 0
        for info in infos:
            total += info.file_size
            if bounds is not None:
                bounds.size(info, total)
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise InputError(_("part {filename} is too large when unpacked ({file_size} bytes)").format(filename=info.filename, file_size=info.file_size), file=name, hint=hint)
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise InputError(_("part {filename} expands {value} times when unpacked (a zip bomb?)").format(filename=info.filename, value=info.file_size // max(info.compress_size, 1)), file=name, hint=hint)
        if "[Content_Types].xml" not in {i.filename for i in infos}:
            raise InputError(_(no_types), file=name, hint=hint)
        for info in infos:
            if not info.filename.endswith(_XML_SUFFIXES):
                continue
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as e:
                raise InputError(_("part {filename} cannot be read ({e})").format(filename=info.filename, e=e),
                                 file=name, hint=hint) from None
            if b"<!DOCTYPE" in data or b"<!doctype" in data or b"<\x00!\x00D\x00O\x00C" in data:
                raise InputError(_("part {filename} declares a DOCTYPE, which Word never writes").format(filename=info.filename),
                                 file=name, hint=_("refusing a file that may carry XML entities"))
            if bounds is not None:
                bounds.content(info, data)


class _MinutesBounds:
    """The input limits of this run applied to the parts of a minutes .docx."""

    def __init__(self, name: str) -> None:
        from assembler import limits

        self.limits = limits
        self.name = name
        self.lines = 0

    def size(self, info: zipfile.ZipInfo, total: int) -> None:
        lim = self.limits.current()
        if info.filename.endswith(_XML_SUFFIXES) and info.file_size > lim.bytes("part_mb"):
            raise self._too_large(_("part {part}").format(part=info.filename), info.file_size, "part_mb")
        if total > lim.bytes("unpacked_mb"):
            raise self._too_large(_("all its parts together"), total, "unpacked_mb")

    def _too_large(self, what: str, size: int, limit: str) -> InputError:
        mb = size / 1024 / 1024
        return self.limits.LimitError(
            _("{what} would be {size} MB unpacked, more than the limit of {limit} MB").format(
                what=what, size=f"{mb:.1f}", limit=f"{getattr(self.limits.current(), limit):g}"),
            file=self.name,
            hint=_("save it again without pictures, or raise the limit: assembler --limit {setting} …")
            .format(setting=f"{limit}={math.ceil(mb)}"))

    def content(self, info: zipfile.ZipInfo, data: bytes) -> None:
        self.limits.check_count("xml_elements", data.count(b"<"), self.name,
                                _("the number of XML elements in part {part}").format(part=info.filename))
        self.lines += sum(1 for _m in _LINE_TAGS.finditer(data))
        self.limits.check_lines(self.lines, self.name, what=_("the number of paragraphs and line breaks"))
