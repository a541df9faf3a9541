"""A draft's identity: which project and which build wrote it, as custom document
properties (``docProps/custom.xml``; Word shows them under File → Properties → Custom,
and Word and LibreOffice keep them when they save).

``stamp`` adds them to a rendered .docx (other custom properties, e.g. from a reference
document, are kept); ``read_identity`` reads them back from a file someone hands us.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from assembler.docx.safety import check_docx_safe
from assembler.errors import InputError
from assembler.i18n import _

PROJECT = "assembler.project"
BUILD = "assembler.build"

_CP = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id user properties use
_PART = CUSTOM_PART = "docProps/custom.xml"
_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Identity:
    """The project and build a draft came from ("" when the file carries none)."""

    project: str = ""
    build: str = ""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _properties(existing: bytes | None, values: dict[str, str]) -> bytes:
    root = (etree.fromstring(existing, _parser()) if existing
            else etree.Element(f"{{{_CP}}}Properties", nsmap={None: _CP, "vt": _VT}))
    for prop in list(root):
        if prop.get("name") in values:
            root.remove(prop)
    pid = max([int(p.get("pid", "1")) for p in root] + [1])
    for name, value in values.items():
        pid += 1
        prop = etree.SubElement(root, f"{{{_CP}}}property", fmtid=_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = value
    return _serialised(root)


def _serialised(root: etree._Element) -> bytes:
    """A part's XML as Word writes it (declaration, UTF-8, standalone)."""
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _content_types(data: bytes) -> bytes:
    root = etree.fromstring(data, _parser())
    if not any(o.get("PartName") == f"/{_PART}" for o in root):
        etree.SubElement(root, f"{{{_CT}}}Override", PartName=f"/{_PART}", ContentType=_TYPE)
    return _serialised(root)


def _package_rels(data: bytes) -> bytes:
    root = etree.fromstring(data, _parser())
    if not any(r.get("Type") == _REL for r in root):
        ids = {r.get("Id") for r in root}
        n = 1
        while f"rId{n}" in ids:
            n += 1
        etree.SubElement(root, f"{{{_RELS}}}Relationship", Id=f"rId{n}", Type=_REL, Target=_PART)
    return _serialised(root)


#: The deflate level of a stamped package's members: zlib's default, what re-zipping with
#: ``zipfile`` gives (the renderer writes a project's draft at this level from the start).
STAMP_LEVEL = -1


def stamp(data: bytes, identity: Identity) -> bytes:
    """The .docx bytes with the draft's identity as custom properties (same bytes for the
    same input: members keep their order and fixed timestamps). ``render.document``
    writes the same bytes directly (``identity=``) without unpacking the body again."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, stamped(info.filename, src.read(info), identity))
        if _PART not in src.namelist():
            dst.writestr(*added(identity))
    return out.getvalue()


def stamped(name: str, body: bytes, identity: Identity) -> bytes:
    """A member of the package as the stamped package holds it (custom properties, their
    content type and relationship added; other members as they are)."""
    if name == _PART:
        return _properties(body, _values(identity))
    if name == "[Content_Types].xml":
        return _content_types(body)
    if name == "_rels/.rels":
        return _package_rels(body)
    return body


def added(identity: Identity) -> tuple[zipfile.ZipInfo, bytes]:
    """The custom properties member of a package that had none (it goes last)."""
    info = zipfile.ZipInfo(_PART, date_time=_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, _properties(None, _values(identity))


def _values(identity: Identity) -> dict[str, str]:
    return {PROJECT: identity.project, BUILD: identity.build}


def read_identity(path: str | Path) -> Identity:
    """The identity a .docx carries (empty when it has none: not a draft, or an old one)."""
    check_docx_safe(path)
    try:
        with zipfile.ZipFile(path) as z:
            if _PART not in z.namelist():
                return Identity()
            root = etree.fromstring(z.read(_PART), _parser())
    except (zipfile.BadZipFile, etree.XMLSyntaxError) as e:
        raise InputError(_("not a readable Word document ({e})").format(e=e), file=str(path),
                         hint=_("save it again from Word as .docx")) from None
    found = {p.get("name"): "".join(p.itertext()).strip() for p in root}
    return Identity(project=found.get(PROJECT, ""), build=found.get(BUILD, ""))
