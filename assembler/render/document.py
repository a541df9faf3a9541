"""Draft -> .docx: cover, changes, TOC, numbered chapters with cited entries, appendix.

Every decision is already in the Draft; this module only lays it out. The frame (styles,
numbering, page) comes from styles.py, the words from templates/, the body is built with
the text layer in ooxml.py, and the package is re-zipped so the same draft gives the
same bytes.
"""
from __future__ import annotations

import functools
import io
import os
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Iterable, Iterator

import docx
from lxml import etree

from assembler import collector
from assembler.config import did_you_mean
from assembler.draft import iter_entries
from assembler.errors import InputError, RenderError
from assembler.model import Chapter, Draft, Entry, Meeting, Point, TraceRow
from assembler.render import columns
from assembler.render.dates import era_date, era_short
from assembler.render.files import replacing, zip_info
from assembler.docx.ooxml import W_NS, w
from assembler.render.ooxml import Writer, escape, keep_text, keep_together, run_xml, split_marked
from assembler.render.tracked import (DELETED, EQUAL, INSERTED, MODIFIED, Block, Op, char_diff,
                                      diff_blocks)
from assembler.docx.ooxml import BOOKMARK_PREFIX
from assembler.docx.identity import CUSTOM_PART, STAMP_LEVEL, Identity, added, stamped
from assembler.docx.safety import check_docx_safe
from assembler.render.styles import (StyleIds, prepare_section, prepare_settings,
                                     prepare_styles, twips)
from assembler.render.widths import column_widths, fit_width, text_width
from assembler.texts import Texts
from ..i18n import _

if TYPE_CHECKING:
    from docx.document import Document
    from assembler.model import CitationPart
    from assembler.texts import StyleSheet

_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'


def render_docx(draft: Draft, path: str | Path, *, reference_doc: str | Path | None = None,
                templates_dir: str | Path | None = None, fonts: str | None = None,
                previous: list[Block] | None = None) -> Path:
    """Write the draft as a .docx (atomically: a temporary file renamed over ``path`` when
    complete) and return its path.

    ``fonts`` names a font set of style.yaml (``ms``, the default, or ``ipa``); ``previous``
    is the previous build's body, for the change view (see build_docx).
    """
    path = Path(path)
    texts = Texts(templates_dir)
    with replacing(path) as f, collector.paused():
        write_docx(draft, texts, f, reference_doc=reference_doc, fonts=fonts, previous=previous)
    return path


def latest_date(draft: Draft) -> str | None:
    """The draft's date, else the latest meeting date (ISO)."""
    dates = [m.date for m in draft.meetings if m.date]
    return draft.date or (max(dates) if dates else None)


def _open(reference_doc: str | Path | None) -> Document:
    if reference_doc is None:
        return docx.Document()
    check_docx_safe(reference_doc)
    try:
        return docx.Document(str(reference_doc))
    except Exception as e:  # python-docx raises several unrelated types on a bad package
        raise InputError(_("cannot be used as a reference document ({name}: {e})").format(name=type(e).__name__, e=e),
                         file=str(reference_doc), hint=_("save it again from Word as .docx")) from None


def build_docx(draft: Draft, texts: Texts, *, reference_doc: str | Path | None = None,
               fonts: str | None = None, previous: list[Block] | None = None,
               identity: Identity | None = None) -> bytes:
    """The .docx bytes of a draft (``write_docx`` into memory).

    ``previous``: the previous build's body (``layout_blocks``); the difference is written as
    tracked changes dated ``draft.revision_date``. Without it, only what the Draft marks as
    new (entries, citation pieces) is tracked. ``identity``: the bytes of
    ``docx.identity.stamp`` of the draft, written in one go.
    """
    buf = io.BytesIO()
    with collector.paused():
        write_docx(draft, texts, buf, reference_doc=reference_doc, fonts=fonts, previous=previous,
                   identity=identity)
    return buf.getvalue()


#: The deflate level of every member: 3 compresses the body about 3.5 times faster than
#: zlib's default 6 for a file about 13 % larger (27 MB of body XML per 10k points:
#: 0.12 against 0.40 CPU-s).
ZIP_LEVEL = 3
#: Body XML is handed to the zip (and the well-formedness check) in chunks of this many pieces.
_CHUNK = 2000


def write_docx(draft: Draft, texts: Texts, out: IO[bytes], *,
               reference_doc: str | Path | None = None, fonts: str | None = None,
               previous: list[Block] | None = None, identity: Identity | None = None) -> None:
    """Write the .docx of a draft to ``out`` (a seekable binary file), streaming the body.

    python-docx makes the package (styles, numbering, section, properties) with an empty
    body; the body is written as XML text straight into the zip member ``word/document.xml``
    as it is laid out, so no tree or string of the whole body is ever held. The members
    keep python-docx's order with fixed timestamps, so the same draft gives the same bytes.
    """
    sheet = texts.style.using(fonts)
    doc = _open(reference_doc)
    ids, portrait = _frame(doc, sheet, reference_doc)
    revision = _revision(draft)
    layout = _Layout(draft, texts)
    layout.check_anchors()
    fitted = _fit_previous(layout.fitted(), previous)  # the table's grid is written before its rows
    if previous is not None and revision is not None:
        blocks = list(layout.iter_blocks())
        diffed = diff_blocks(list(previous), [b.plain() for b in blocks])
        commented = any(_comments_shown(op) for op in diffed)
        ops: Iterable[Op] = diffed
    else:  # laid out as it is written: no list of every block is kept
        ops = (Op(EQUAL, b) for b in layout.iter_blocks())
        commented = layout.has_comments()
    if commented:
        doc.part._comments_part  # created now, so the package relates it; filled after the body
    _core_properties(doc, draft)
    _drop_parts(doc)
    buf = io.BytesIO()
    doc.save(buf)

    def body(member: IO[bytes], xml: bytes) -> list[tuple[str, str]]:
        emitter = _write_body(member, xml, ops, revision, ids, portrait, sheet, layout.shares,
                              fitted, layout.keep, marked=previous is None)
        _check_rows(emitter, len(draft.trace))
        if emitter.comments and not commented:
            raise _comments_bug()
        return emitter.comments

    def comments(written: list[tuple[str, str]]) -> bytes:
        return _comments_xml(doc, written, texts.render("comment_author.j2").strip(),
                             revision[1] if revision else f"{latest_date(draft) or '1980-01-01'}T00:00:00Z",
                             ids)

    _repackage(buf.getvalue(), out, body, comments, identity)


def _frame(doc: Document, sheet: StyleSheet, reference_doc: str | Path | None) -> tuple[StyleIds, str]:
    """Styles, settings and sections of the package, its body emptied: the style ids and the
    portrait section's properties (the appendix's own section is turned to landscape)."""
    ids = prepare_styles(doc, sheet, rewrite=reference_doc is None)
    prepare_settings(doc)
    body = doc.element.body
    sect = body.get_or_add_sectPr()
    for child in list(body):
        if child is not sect:
            body.remove(child)
    prepare_section(doc, sheet, ids["footer"])
    portrait = etree.tostring(sect, encoding="unicode")
    _landscape(sect)
    if doc.element.nsmap.get("w") != W_NS:
        raise InputError(_("the main document does not use the usual w: prefix"),
                         file=str(reference_doc), hint=_("save it again from Word as .docx"))
    return ids, portrait


def _revision(draft: Draft) -> tuple[str, str] | None:
    """(author, ISO date) of the draft's tracked changes, or None."""
    if not draft.revision_date:
        return None
    stamp = draft.revision_date if "T" in draft.revision_date else f"{draft.revision_date}T00:00:00Z"
    return (draft.author, stamp)


def _repackage(package: bytes, out: IO[bytes],
               body: Callable[[IO[bytes], bytes], list[tuple[str, str]]],
               comments: Callable[[list[tuple[str, str]]], bytes],
               identity: Identity | None = None) -> None:
    """python-docx's package re-zipped into ``out`` member by member, in its order: the body
    streamed into document.xml by ``body``, comments.xml made by ``comments`` from what the
    body wrote, our own app.xml, every member with the fixed date and attributes.

    With ``identity`` (a project's draft) the package is the one ``docx.identity.stamp``
    makes of it, written directly: the same members stamped, at the level of that re-zip
    (unpacking and deflating a large body again took longer than writing it: 4.0 CPU-s at
    100k points)."""
    written: list[tuple[str, str]] | None = None
    level = ZIP_LEVEL if identity is None else STAMP_LEVEL

    def member(name: str, data: bytes) -> None:
        dst.writestr(zip_info(name, level), data if identity is None else stamped(name, data, identity))

    with zipfile.ZipFile(io.BytesIO(package)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name == "word/document.xml":
                with dst.open(zip_info(name, level), "w") as stream:
                    written = body(stream, src.read(info))
            elif name == "word/comments.xml":
                if written is None:  # python-docx writes the body first
                    raise _comments_bug()
                member(name, comments(written))
            else:
                member(name, APP_XML if name == "docProps/app.xml" else src.read(info))
        if identity is not None and CUSTOM_PART not in src.namelist():
            dst.writestr(*added(identity))


def _comments_bug() -> RenderError:
    return RenderError(_("the comments part does not match the comments in the body"),
                       hint=_("this is a bug; please report it with the inputs"))


def _comments_shown(op: Op) -> bool:
    """Whether the emitter writes a Word comment for this op (entries and rows not deleted)."""
    return bool(op.block.comments) and op.op != DELETED and op.block.kind in ("entry", "row")


def _write_body(member: IO[bytes], document_xml: bytes, ops: Iterable[Op],
                revision: tuple[str, str] | None, ids: StyleIds,
                portrait: str, sheet: StyleSheet, shares: tuple[float, ...], fitted: tuple[float | None, ...],
                keep: tuple[str | None, ...], *, marked: bool) -> "_Emitter":
    """Write document.xml with the body content streamed in before the body's sectPr.

    The body must be well-formed: what is written is also fed to a parser without a tree,
    except the appendix rows, of which the parser reads the row template once and each
    cell's XML when it is first made (``Writer.append_composed``).
    """
    start = document_xml.index(b"<w:body>") + len(b"<w:body>")
    if not document_xml.startswith(b"<w:sectPr", start):
        raise RenderError(_("unexpected content before the section properties"),
                          hint=_("this is a bug; please report it with the inputs"))
    check = etree.XMLParser(target=_WellFormed(), huge_tree=True)
    check.feed(f'<w:root xmlns:w="{W_NS}">'.encode("utf-8"))

    def sink(xml: str) -> None:
        member.write(xml.encode("utf-8"))

    member.write(document_xml[:start])
    writer = Writer(revision, sink=sink, chunk=_CHUNK, check=check.feed)
    emitter = _Emitter(writer, ids, portrait, sheet, shares, fitted, keep)
    emitter.write(ops, marked=marked)
    writer.drain()
    check.feed(b"</w:root>")
    check.close()
    member.write(document_xml[start:])
    return emitter


def _check_rows(emitter: "_Emitter", points: int) -> None:
    """The appendix must have one row per point (header and rows shown as deleted excluded)."""
    written = emitter.rows - emitter.deleted - 1
    if written != points:
        raise RenderError(_("the appendix has {written} rows for {points} points").format(written=written, points=points),
                          hint=_("this is a bug; please report it with the inputs"))


class _WellFormed:
    """A parser target without start/end handlers: lxml checks the XML, builds nothing and
    calls back into Python only at the end."""

    def close(self) -> None:
        return None


#: docProps/app.xml: the application that wrote the file and nothing it cannot know (the
#: template's copy claimed Microsoft Macintosh Word and 1 page; Word recounts on save).
APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           b'<Application>strategy-draft assembler</Application><DocSecurity>0</DocSecurity>'
           b'<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           b'<HyperlinksChanged>false</HyperlinksChanged></Properties>')


def _comments_xml(doc: Document, comments: list[tuple[str, str]], author: str, date: str,
                  ids: StyleIds) -> bytes:
    """word/comments.xml with one comment per doubt (ids in order), author and date fixed
    by the build so the same draft gives the same bytes.

    The comments are spliced into the part's XML as text (like the body): moving tens of
    thousands of parsed elements into python-docx's tree is slow in lxml; they are checked
    by a parser without a tree instead.
    """
    root = doc.part._comments_part.element
    for child in list(root):
        root.remove(child)
    # what every comment has in common, made once (tens of thousands at 100k points)
    who = f'" w:author="{_attr(author)}" w:date="{date}" w:initials="{_attr(author[:1])}">'
    ref = (f'<w:p><w:pPr><w:pStyle w:val="{_attr(ids["comment_text"])}"/></w:pPr>'
           f'<w:r><w:rPr><w:rStyle w:val="{_attr(ids["comment_ref"])}"/></w:rPr><w:annotationRef/></w:r>')
    xml = "".join(f'<w:comment w:id="{i}{who}{ref}{run_xml(text)}</w:p></w:comment>'
                  for i, text in comments).encode("utf-8")
    check = etree.XMLParser(target=_WellFormed(), huge_tree=True)
    check.feed(f'<w:root xmlns:w="{W_NS}">'.encode("utf-8"))
    check.feed(xml)
    check.feed(b"</w:root>")
    check.close()
    root.text = _SLOT
    blob: bytes = doc.part._comments_part.blob
    head, slot, tail = blob.partition(_SLOT.encode("ascii"))
    root.text = None
    if not slot:
        raise _comments_bug()
    return head + xml + tail


_SLOT = "@@comments@@"


def _landscape(sect: etree._Element) -> None:
    """Turn the body's last section (the appendix) to landscape: the table needs the width."""
    size = sect.find(w("pgSz"))
    width, height = size.get(w("w")), size.get(w("h"))
    size.set(w("w"), height)
    size.set(w("h"), width)
    size.set(w("orient"), "landscape")
    for title_page in sect.findall(w("titlePg")):  # only the cover goes without a page number
        sect.remove(title_page)


def _core_properties(doc: Document, draft: Draft) -> None:
    when = latest_date(draft)
    stamp = (datetime.fromisoformat(when[:10]).replace(tzinfo=timezone.utc) if when
             else datetime(1980, 1, 1, tzinfo=timezone.utc))
    cp = doc.core_properties
    cp.title = draft.title
    cp.author = draft.author
    cp.last_modified_by = draft.author
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    cp.language = "ja-JP"


def _drop_parts(doc: Document) -> None:
    """No thumbnail or stylesWithEffects: they are stale once the content changes."""
    for rels in (doc.part.package.rels, doc.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in (_THUMBNAIL, _EFFECTS):
                rels.pop(rid)


def _fit_previous(fitted: tuple[float | None, ...], previous: list[Block] | None
                  ) -> tuple[float | None, ...]:
    """Fitted widths wide enough for the previous build's cells too: a rebuild whose new
    rows are no wider keeps the columns, so Reject All gives back the previous layout."""
    if not previous:
        return fitted
    rows = [b.parts for b in previous if b.kind == "row" and len(b.parts) == len(fitted)]
    return tuple(None if f is None else max(f, fit_width(r[i] for r in rows))
                 for i, f in enumerate(fitted))


class _Layout:
    """Lays out one draft as Blocks (no XML yet), one at a time; holds the template caches."""

    def __init__(self, draft: Draft, texts: Texts) -> None:
        self.draft = draft
        self.texts = texts
        self._citations: dict[tuple[CitationPart, ...], str] | None = None
        self._meeting_cells: dict[str, str] = {}
        self._sources: dict[str, str] | None = None  # point id -> source cell, for cells()
        self._rows: list[tuple[str, ...]] | None = None  # the appendix cells of every row
        self._page_break_next = False
        self.columns = columns.appendix()
        self.shares: tuple[float, ...] = tuple(c.share for c in self.columns)
        self.keep: tuple[str | None, ...] = tuple(c.keep for c in self.columns)  # Column.keep
        self._fitted: tuple[float | None, ...] | None = None

    @staticmethod
    def p(style: str, text: str, *, page_break: bool = False, before: int | None = None) -> Block:
        return Block("p", style, (text,), page_break=page_break, before=before)

    def layout(self) -> list[Block]:
        self.check_anchors()
        return list(self.iter_blocks())

    def iter_blocks(self) -> Iterator[Block]:
        """The body's blocks in document order, made as they are asked for."""
        self._page_break_next = False
        yield from self.cover()
        yield from self.changes()
        yield from self.toc()
        self._page_break_next = True
        for chapter in self.draft.chapters:
            yield from self.chapter(chapter, 1)
        yield from self.appendix()

    def check_anchors(self) -> None:
        ids = {row.point.id for row in self.draft.trace}
        for entry in iter_entries(self.draft):
            if entry.anchor not in ids:
                raise RenderError(_("entry {anchor!r} cites a point missing from the appendix").format(anchor=entry.anchor),
                                  hint=_("every entry's anchor must be a point id of the trace"))

    def has_comments(self) -> bool:
        """Whether any block carries a Word comment (entries' doubts, appendix rows')."""
        ids = {row.point.id for row in self.draft.trace}
        return (any(e.comments for e in iter_entries(self.draft))
                or any(cs and pid in ids for pid, cs in self.draft.row_comments))

    def cover(self) -> Iterator[Block]:
        t, d = self.texts, self.draft
        date = latest_date(d)
        yield self.p("title", t.render("cover_title.j2", title=d.title))
        yield self.p("cover_right", t.render("cover_date.j2", date=era_date(date), date_iso=date or ""))
        yield self.p("cover_right", t.render("cover_author.j2", author=d.author))
        meetings = [_meeting_vars(m) for m in d.meetings]
        for i, line in enumerate(t.lines("cover_meetings.j2", meetings=meetings)):
            yield self.p("cover_note", line, before=240 if i == 0 else None)

    def changes(self) -> Iterator[Block]:
        if not self.draft.changes:
            return
        yield self.p("changes_heading", self.texts.render("changes_heading.j2"))
        for line in self.draft.changes:
            yield self.p("change", line)

    def toc(self) -> Iterator[Block]:
        yield self.p("toc_heading", self.texts.render("toc_heading.j2"))
        yield Block("toc", "normal", (self.texts.render("toc_hint.j2"),))

    def chapter(self, chapter: Chapter, level: int) -> Iterator[Block]:
        yield self.p(f"h{min(level, 3)}", chapter.section.title, page_break=self._page_break_next)
        self._page_break_next = False
        if chapter.intro:
            for line in chapter.intro.splitlines():
                if line.strip():
                    yield self.p("lead", line)
        for entry in chapter.entries:
            yield Block("entry", "list", (entry.text, self.citation(entry)),
                        anchor=entry.anchor, new=entry.new, comments=entry.comments)
            for line in entry.after:
                yield self.p("after", line)
        if not chapter.entries and not chapter.subchapters:
            section = {"id": chapter.section.id, "title": chapter.section.title}
            yield self.p("empty", self.texts.render("empty_section.j2", section=section))
        for sub in chapter.subchapters:
            yield from self.chapter(sub, level + 1)

    def citation(self, entry: Entry) -> str:
        if self._citations is None:  # every citation of the draft in one pass of the template
            keys = list(dict.fromkeys(e.citation for e in iter_entries(self.draft)))
            self._citations = dict(zip(keys, self.texts.render_each(
                "citation.j2", [{"parts": _citation_parts(key)} for key in keys])))
        text = self._citations.get(entry.citation)
        if text is None:
            text = self._citations[entry.citation] = self.texts.render(
                "citation.j2", parts=_citation_parts(entry.citation))
        return text

    def _presenters(self) -> list[Callable[[TraceRow], object]]:
        """How each appendix column's cell is made from a trace row."""
        trimmed = dict(self.draft.trimmed)
        notes: dict[str, str] = {}  # an opener's note (a few openers, thousands of points)

        def note(opener: str) -> str:
            if opener not in notes:
                notes[opener] = self.texts.render("opener_note.j2", opener=opener)
            return notes[opener]

        def narrated(point: Point) -> str:  # the sentence a narrated act's words were read from
            return self.texts.render("narration_note.j2", narration=point.narration) if point.narration else ""

        present = {"text": lambda row: row.point.text + (
                       note(trimmed[row.point.id]) if row.point.id in trimmed else "") + narrated(row.point),
                   "meeting_label": self._meeting, "source_cell": self._source, "speaker": _speaker,
                   # 代表 / （3件を統合）: the note on a line of its own keeps the column an id wide
                   "merge": lambda row: row.group.replace("（", "\n（", 1) if row.representative else row.group}
        return [present.get(c.key) or c.cell for c in self.columns]

    def cells(self) -> list[tuple[str, ...]]:
        """Every row's appendix cells, made once, column by column (fitted() measures them
        before the table's grid is written, the rows then take them)."""
        if self._rows is None:
            trace = self.draft.trace
            columns = [[v if type(v) is str else "" if v is None else str(v) for v in map(how, trace)]
                       for how in self._presenters()]
            self._rows = list(zip(*columns)) if columns else [() for _ in trace]
        return self._rows

    def fitted(self) -> tuple[float | None, ...]:
        """The width each fitted column asks for in ems (``fit_width``; None for the others): a pass over
        the rows before any is written, since the table's grid comes first."""
        if self._fitted is None:
            cols = self.columns
            labels = _column_labels(self.texts, cols)
            rows = self.cells()
            fitted = {c.key: fit_width([labels[i], *(r[i] for r in rows)])
                      for i, c in enumerate(cols) if c.fit}
            if "merge" in fitted and "id" in fitted:
                # the merge cell names an id (→m02_…): as wide as one from the start, so that the
                # first merges in a later build leave the columns (and Reject All's layout) as they were
                fitted["merge"] = max(fitted["merge"], fitted["id"] + text_width("→"))
            self._fitted = tuple(fitted.get(c.key) for c in cols)
        return self._fitted

    def appendix(self) -> Iterator[Block]:
        t, d = self.texts, self.draft
        # The body so far is one portrait section; the appendix is the landscape last one.
        yield Block("sect", "normal")
        yield self.p("appendix_heading", t.render("appendix_heading.j2"))
        note = t.render("appendix_note.j2", count=len(d.trace), meetings=len(d.meetings))
        if note:
            yield self.p("note", note)
        cols = self.columns
        yield Block("table", "cell_header", tuple(_column_labels(t, cols)))
        row_comments = dict(d.row_comments)
        for row, cells in zip(d.trace, self.cells()):
            yield Block("row", "cell", cells, anchor=row.point.id,
                        comments=row_comments.get(row.point.id, ()))
        yield Block("end", "table")

    def _meeting(self, row: TraceRow) -> str:
        meeting = self._meeting_cells.get(row.meeting.id)
        if meeting is None:
            m = row.meeting
            meeting = self._meeting_cells[m.id] = self.texts.render(
                "trace_meeting.j2", label=m.label, date=era_date(m.date), date_short=era_short(m.date),
                date_iso=m.date or "", council=m.council)
        return meeting

    def _source(self, row: TraceRow) -> str:
        """The source cell (every row's made in one pass of the template when the first is
        asked for)."""
        if self._sources is None:
            rows = self.draft.trace
            self._sources = dict(zip((r.point.id for r in rows), self.texts.render_each(
                "trace_source.j2", [_source_vars(r) for r in rows])))
        cell = self._sources.pop(row.point.id, None)
        if cell is None:
            cell = self.texts.render("trace_source.j2", **_source_vars(row))
        return cell


def _source_vars(row: TraceRow) -> dict[str, object]:
    """The variables of templates/trace_source.j2."""
    src = row.point.source
    return {"file": src.file, "name": os.path.basename(src.file), "line_start": src.line_start,
            "line_end": src.line_end, "page": src.page}


def _citation_parts(key: tuple[CitationPart, ...]) -> list[dict[str, object]]:
    """The variable ``parts`` of templates/citation.j2."""
    return [{"speaker": c.speaker,
             "meetings": [{"label": m, "new": m in c.new_meetings,
                           "restated": m in c.restated_meetings} for m in c.meetings],
             "new": bool(c.meetings) and set(c.meetings) <= set(c.new_meetings)}
            for c in key]


#: A speaker label wider than this (ems) shows the name and the title on two lines.
SPEAKER_LINE = 8.0


def _speaker(row: TraceRow) -> str:
    """The speaker cell: the label, or, when it is long and is a name followed by a title,
    the name over the title (和泉 / 内閣総理大臣補佐官: a break where a reader expects one).

    >>> from assembler.model import Speaker
    >>> class Row:
    ...     class point:
    ...         speaker = Speaker("和泉内閣総理大臣補佐官", "和泉", "内閣総理大臣補佐官", "government")
    >>> _speaker(Row)
    '和泉\\n内閣総理大臣補佐官'
    """
    sp = row.point.speaker
    return _speaker_cell(sp.label, sp.name, sp.title)


@functools.lru_cache(maxsize=4096)
def _speaker_cell(label: str, name: str, title: str) -> str:
    """_speaker's cell for one speaker (made once: a speaker has many rows)."""
    if (text_width(label) > SPEAKER_LINE and name and title
            and label == name + title):
        return f"{name}\n{title}"
    return label


def _column_labels(t: Texts, cols: tuple[columns.Column, ...]) -> list[str]:
    """The appendix headings, from ``key: 見出し`` lines of templates/trace_columns.j2."""
    where = t.path("trace_columns.j2")
    labels: dict[str, str] = {}
    for line in t.lines("trace_columns.j2"):
        key, sep, label = line.partition(":")
        if not sep or not key.strip() or not label.strip():
            raise RenderError(_("not a `key: heading` line: {value!r}").format(value=line.strip()), file=where,
                              hint=_("write one column a line, e.g. `text: 発言内容`"))
        labels[key.strip()] = label.strip()
    known = {c.label for c in columns.COLUMNS if c.label}
    for key in labels:
        if key not in known:
            raise RenderError(_("no appendix column {key!r}{key2}").format(key=key, key2=did_you_mean(key, sorted(known))),
                              file=where, hint=_("the columns are {value}").format(value=', '.join(sorted(known))))
    headings = []
    for c in cols:
        heading = labels.get(c.label or "")  # an appendix column without a label has no heading
        if heading is None:
            raise RenderError(_("no heading for the column {label!r}").format(label=c.label), file=where,
                              hint=_("add a line `{label}: 見出し`").format(label=c.label))
        headings.append(heading)
    return headings


def _anchor(b: Block) -> str:
    """The bookmark of an entry or a trace row: _Layout gives each its point's id."""
    assert b.anchor is not None, f"a {b.kind} block without an anchor"
    return b.anchor


def layout_blocks(draft: Draft, texts: Texts) -> list[Block]:
    """The draft's body as Blocks, as it reads (what a project keeps for the next change view)."""
    return [b.plain() for b in _Layout(draft, texts).layout()]


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _meeting_vars(m: Meeting) -> dict[str, object]:
    return {"id": m.id, "council": m.council, "label": m.label, "session": m.session,
            "date": era_date(m.date), "date_iso": m.date or ""}


#: Cell padding of the appendix table (twips): top and bottom, left and right.
CELL_MARGIN = (57, 57)


class _Emitter:
    """Writes Blocks as WordprocessingML, each as it is, or as a tracked change (an Op)."""

    def __init__(self, writer: Writer, ids: StyleIds, portrait: str, sheet: StyleSheet,
                 shares: tuple[float, ...], fitted: tuple[float | None, ...],
                 keep: tuple[str | None, ...] = ()) -> None:
        self.w = writer
        self.ids = ids
        self.portrait = portrait
        width = twips(sheet.page.height - sheet.page.left - sheet.page.right)  # landscape
        em = round(sheet.sizes["table"] * 20)
        self.widths = column_widths(width, em, 2 * CELL_MARGIN[1], shares, fitted)
        # a fitted column (its width capped or cut back): a line wider than it breaks loosely
        self.loose = [f is not None for f in fitted]
        self.em = em
        self.fit = [f is not None for f in fitted]
        self.keep = [re.compile(k) if k else None for k in keep] or [None] * len(fitted)
        self.comments: list[tuple[str, str]] = []  # Word comments: (id, text)
        self.rows = 0  # table rows written (the header included) ...
        self.deleted = 0  # ... of which rows of the previous build shown as deleted
        kept = [ids["cell_kept"] if f or k else ids["cell"] for f, k in zip(self.fit, self.keep)]
        self.cell_styles = kept
        self._cells: list[dict[str, str]] = [{} for _ in fitted]  # a cell's XML by its text
        self._fresh: list[str] = []  # cell XML made since the last row (not yet checked)
        self._proto = self._row(kept, False)
        writer.check_only(self._proto.format(*[""] * len(fitted)))  # the rows' template, checked once
        self._list_ppr = writer.ppr(ids["list"])  # an entry's, untracked
        self._comment_ref = _attr(ids["comment_ref"])

    # --- the pieces of a block, plain or tracked ------------------------------------------

    def _pieces(self, op: Op, i: int, *, marked: bool = False) -> list[tuple[str, str | None]]:
        """(text, state) pieces of part i: from the diff, or (no previous) the ins markers."""
        b = op.block
        if op.op == MODIFIED:
            assert op.old is not None, "a modified block has its previous one"
            return char_diff(op.old.parts[i], b.parts[i])
        if op.op in (INSERTED, DELETED):
            return [(b.parts[i], op.op)]
        if marked:
            out: list[tuple[str, str | None]] = []
            for piece, new in split_marked(b.parts[i]):
                state = "ins" if (new or b.new) else None
                if out and out[-1][1] == state:
                    out[-1] = (out[-1][0] + piece, state)
                else:
                    out.append((piece, state))
            return out
        return [(b.parts[i], None)]

    def write(self, ops: Iterable[Op], *, marked: bool) -> None:
        """Write every op; ``marked``: no previous body, so the Draft's own new-marks count."""
        for op in ops:
            b = op.block
            mark = op.mark if not marked else ("ins" if b.new else None)
            if b.kind == "p":
                self.w.append(f"<w:p>{self.w.ppr(self.ids[b.style], page_break=b.page_break, before=b.before, mark=mark)}"
                              f"{self.w.tracked(self._pieces(op, 0, marked=marked))}</w:p>")
            elif b.kind == "entry":
                self.entry(op, mark, marked)
            elif b.kind == "toc":
                self.w.append(f'<w:p>{self.w.ppr(self.ids["normal"])}'
                              f'{Writer.field(TOC_INSTRUCTION, b.parts[0], dirty=True)}</w:p>')
            elif b.kind == "sect":
                self.w.append(f'<w:p>{self.w.ppr(self.ids["normal"], sect=self.portrait)}</w:p>')
            elif b.kind == "table":
                self.table_start(b.parts)
            elif b.kind == "row":
                self.row(op, marked)
            elif b.kind == "end":
                self.w.append("</w:tbl>")

    def entry(self, op: Op, mark: str | None, marked: bool) -> None:
        b, wr = op.block, self.w
        text = wr.tracked(self._pieces(op, 0, marked=marked))
        cite = wr.tracked(self._pieces(op, 1, marked=marked), rstyle=self.ids["link"],
                          nobreak="brackets")
        ppr = self._list_ppr if mark is None else wr.ppr(self.ids["list"], mark=mark)
        if op.op == DELETED:  # the point's bookmark lives on where the point is now
            wr.append(f"<w:p>{ppr}{text}{cite}</w:p>")
            return
        anchor = _anchor(b)
        link = (f'<w:hyperlink w:anchor="{_attr(anchor)}" w:history="1">{cite}</w:hyperlink>')
        wr.append(f"<w:p>{ppr}{wr.bookmark(BOOKMARK_PREFIX + anchor, text + link)}"
                  f"{self.comment_marks(b.comments)}</w:p>")

    def comment_marks(self, comments: tuple[str, ...]) -> str:
        """Comments anchored at the end of the content (an empty range and the reference):
        a point, not a range, so no comment range crosses a tracked change or a bookmark."""
        out = ""
        for comment in comments:
            cid = self.w.next_id()  # annotation ids unique across bookmarks, changes, comments
            self.comments.append((cid, comment))
            out += (f'<w:commentRangeStart w:id="{cid}"/><w:commentRangeEnd w:id="{cid}"/>'
                    f'<w:r><w:rPr><w:rStyle w:val="{self._comment_ref}"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>')
        return out

    # --- the appendix table --------------------------------------------------------------

    def _row(self, style: str | list[str], header: bool, trpr_extra: str = "") -> str:
        """A row format string with one {n} slot per cell (``style``: one for every cell,
        or each cell's)."""
        styles = [style] * len(self.widths) if isinstance(style, str) else style
        trpr = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
        shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if header else ""
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr><w:p><w:pPr>'
                        f'<w:pStyle w:val="{_attr(st)}"/></w:pPr>{{{i}}}</w:p></w:tc>'
                        for i, (width, st) in enumerate(zip(self.widths, styles)))
        return f"<w:tr><w:trPr>{trpr}{trpr_extra}</w:trPr>{cells}</w:tr>"

    def table_start(self, labels: tuple[str, ...]) -> None:
        ids = self.ids
        borders = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                          for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in self.widths)
        top, side = CELL_MARGIN
        margins = (f'<w:tblCellMar><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{side}" w:type="dxa"/>'
                   f'<w:bottom w:w="{top}" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/></w:tblCellMar>')
        self.w.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="{_attr(ids["table"])}"/>'
                      f'<w:tblW w:w="{sum(self.widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
                      f'<w:tblLayout w:type="fixed"/>{margins}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                      + self._row(ids["cell_header"], True).format(*(run_xml(label) for label in labels)))
        self.rows += 1

    def _loose(self, i: int, text: str) -> bool:
        """Whether a cell of a fitted column holds a line wider than the column."""
        return self.loose[i] and any(text_width(line) > (self.widths[i] - 2 * CELL_MARGIN[1]) / self.em
                                     for line in text.split("\n"))

    def _kept_spans(self, i: int, text: str) -> str:
        """The cell's ``keep`` spans joined (their characters never part at a line end),
        those that fit the column's width; a wider one breaks where it must."""
        room = (self.widths[i] - 2 * CELL_MARGIN[1]) / self.em
        pattern = self.keep[i]
        if pattern is None:
            return text

        def join(m: "re.Match[str]") -> str:
            span = m.group(0)
            return keep_together([(span, None)])[0][0] if text_width(span) <= room else span
        return pattern.sub(join, text)

    def _cell(self, i: int, text: str) -> str:
        cache = self._cells[i]
        xml = cache.get(text)
        if xml is None:
            if self.keep[i] is not None and text:
                xml = run_xml(self._kept_spans(i, text))
            elif not self.fit[i] or not text:
                xml = run_xml(text)
            else:
                xml = run_xml(keep_text(text, loose=self._loose(i, text)))
            if len(cache) < 4096:  # speakers, meetings, chapters, placements repeat; ids do not
                cache[text] = xml
            self._fresh.append(xml)
        return xml

    def _kept_pieces(self, i: int, pieces: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        """Pieces of a tracked cell with their ``keep`` spans joined, piece by piece."""
        if self.keep[i] is None:
            return pieces
        return [(self._kept_spans(i, text), state) for text, state in pieces]

    def row(self, op: Op, marked: bool) -> None:
        b, wr = op.block, self.w
        if op.op == EQUAL and not (marked and b.new) and not b.comments:  # the fast path
            fresh = self._fresh
            runs = [cache.get(text) or self._cell(i, text)
                    for i, (cache, text) in enumerate(zip(self._cells, b.parts))]
            runs[0] = wr.bookmark(_anchor(b), runs[0])
            fresh.append(runs[0])  # the cell of its id, with its own bookmark
            wr.append_composed(self._proto.format(*runs), fresh)
            self._fresh = []
            self.rows += 1
            return
        state = op.op if op.op in (INSERTED, DELETED) else None
        # the cell's style (Table Text Kept) carries the run properties of kept text
        runs = [wr.tracked(self._kept_pieces(i, self._pieces(op, i)),
                           nobreak=self.fit[i], loose=self.fit[i] and self._loose(i, b.parts[i]),
                           props=False)
                for i in range(len(b.parts))]
        if op.op != DELETED:
            runs[0] = wr.bookmark(_anchor(b), runs[0]) + self.comment_marks(b.comments)
        wr.append(self._row(self.cell_styles, False, wr.mark(state)).format(*runs))
        self.rows += 1
        self.deleted += op.op == DELETED
