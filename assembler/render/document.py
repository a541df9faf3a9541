"""Draft -> .docx: cover, changes, TOC, numbered chapters with cited entries, appendix.

Every decision is already in the Draft; this module only lays it out. The frame (styles,
numbering, page) comes from styles.py, the words from templates/, the body is built with
the text layer in ooxml.py, and the package is re-zipped so the same draft gives the
same bytes.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import docx
from lxml import etree

from assembler.config import did_you_mean
from assembler.draft import iter_entries
from assembler.errors import InputError, RenderError
from assembler.model import Chapter, Draft, Entry, Meeting, TraceRow
from assembler.render import columns
from assembler.render.dates import era_date, era_short
from assembler.render.files import atomic_write, normalise_zip
from assembler.docx.ooxml import W_NS, w
from assembler.render.ooxml import Writer, escape, keep_together, run_xml, split_marked
from assembler.render.tracked import (DELETED, EQUAL, INSERTED, MODIFIED, Block, Op, char_diff,
                                      diff_blocks)
from assembler.docx.ooxml import BOOKMARK_PREFIX
from assembler.docx.safety import check_docx_safe
from assembler.render.styles import (StyleIds, prepare_section, prepare_settings,
                                     prepare_styles, twips)
from assembler.render.widths import column_widths, text_width, widest_line
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
    """Write the draft as a .docx (atomically) and return its path.

    ``fonts`` names a font set of style.yaml (``ms``, the default, or ``ipa``); ``previous``
    is the previous build's body, for the change view (see build_docx).
    """
    data = build_docx(draft, Texts(templates_dir), reference_doc=reference_doc, fonts=fonts,
                      previous=previous)
    return atomic_write(path, data)


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
               fonts: str | None = None, previous: list[Block] | None = None) -> bytes:
    """The .docx bytes of a draft.

    ``previous``: the previous build's body (``layout_blocks``); the difference is written as
    tracked changes dated ``draft.revision_date``. Without it, only what the Draft marks as
    new (entries, citation pieces) is tracked.
    """
    sheet = texts.style.using(fonts)
    doc = _open(reference_doc)
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
    revision = None
    if draft.revision_date:
        stamp = draft.revision_date if "T" in draft.revision_date else f"{draft.revision_date}T00:00:00Z"
        revision = (draft.author, stamp)
    writer = Writer(revision)
    layout = _Layout(draft, texts)
    blocks = layout.layout()
    if previous is not None and revision is not None:
        ops = diff_blocks(list(previous), [b.plain() for b in blocks])
    else:
        ops = [Op(EQUAL, b) for b in blocks]
    emitter = _Emitter(writer, ids, portrait, sheet, layout.shares,
                       _fit_previous(layout.fitted, previous), layout.keep)
    emitter.write(ops, marked=previous is None)
    content = writer.xml()
    if emitter.comments:
        _comments_part(doc, emitter.comments, texts.render("comment_author.j2").strip(),
                       revision[1] if revision else f"{latest_date(draft) or '1980-01-01'}T00:00:00Z",
                       ids)
    _check_body(content, len(draft.trace))
    _core_properties(doc, draft)
    _drop_parts(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue(), replace={
        "word/document.xml": _splice_body(buf.getvalue(), content.encode("utf-8")),
        "docProps/app.xml": APP_XML})


#: docProps/app.xml: the application that wrote the file and nothing it cannot know (the
#: template's copy claimed Microsoft Macintosh Word and 1 page; Word recounts on save).
APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           b'<Application>strategy-draft assembler</Application><DocSecurity>0</DocSecurity>'
           b'<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           b'<HyperlinksChanged>false</HyperlinksChanged></Properties>')


def _comments_part(doc: Document, comments: list[tuple[str, str]], author: str, date: str,
                   ids: StyleIds) -> None:
    """word/comments.xml with one comment per doubt (ids in order), author and date fixed
    by the build so the same draft gives the same bytes."""
    root = doc.part._comments_part.element
    for child in list(root):
        root.remove(child)
    initials = _attr(author[:1])
    xml = "".join(
        f'<w:comment w:id="{i}" w:author="{_attr(author)}" w:date="{date}" w:initials="{initials}">'
        f'<w:p><w:pPr><w:pStyle w:val="{_attr(ids["comment_text"])}"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="{_attr(ids["comment_ref"])}"/></w:rPr><w:annotationRef/></w:r>'
        f"{run_xml(text)}</w:p></w:comment>" for i, text in comments)
    root.extend(list(etree.fromstring(f'<w:root xmlns:w="{W_NS}">{xml}</w:root>')))


def _landscape(sect: etree._Element) -> None:
    """Turn the body's last section (the appendix) to landscape: the table needs the width."""
    size = sect.find(w("pgSz"))
    width, height = size.get(w("w")), size.get(w("h"))
    size.set(w("w"), height)
    size.set(w("h"), width)
    size.set(w("orient"), "landscape")
    for title_page in sect.findall(w("titlePg")):  # only the cover goes without a page number
        sect.remove(title_page)


def _check_body(content: str, points: int) -> None:
    """Parse the body once (it must be well-formed) and count the appendix rows (header excluded)."""
    counter = _RowCounter()
    parser = etree.XMLParser(target=counter, huge_tree=True)
    etree.fromstring(f'<w:root xmlns:w="{W_NS}">{content}</w:root>'.encode("utf-8"), parser)
    written = counter.rows - counter.deleted - 1
    if written != points:
        raise RenderError(_("the appendix has {written} rows for {points} points").format(written=written, points=points),
                          hint=_("this is a bug; please report it with the inputs"))


class _RowCounter:
    """A parser target: checks well-formedness and counts table rows without a tree."""

    def __init__(self) -> None:
        self.rows = 0
        self.deleted = 0  # rows of the previous build shown as deleted
        self._in_trpr = False

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag == _TR:
            self.rows += 1
        elif tag == _TRPR:
            self._in_trpr = True
        elif tag == _DEL and self._in_trpr:
            self.deleted += 1

    def end(self, tag: str) -> None:
        if tag == _TRPR:
            self._in_trpr = False

    def close(self) -> None:
        return None


_TR, _TRPR, _DEL = w("tr"), w("trPr"), w("del")


def _splice_body(package: bytes, content: bytes) -> bytes:
    """document.xml with the body content placed before the body's sectPr.

    The body is spliced in as text: moving a large parsed subtree into python-docx's
    tree is superlinear in lxml (namespace reconciliation), and text keeps memory low.
    """
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        xml = z.read("word/document.xml")
    start = xml.index(b"<w:body>") + len(b"<w:body>")
    if not xml.startswith(b"<w:sectPr", start):
        raise RenderError(_("unexpected content before the section properties"),
                          hint=_("this is a bug; please report it with the inputs"))
    return xml[:start] + content + xml[start:]


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
    return tuple(None if f is None else max(f, widest_line(r[i] for r in rows))
                 for i, f in enumerate(fitted))


class _Layout:
    """Lays out one draft as a list of Blocks (no XML yet); holds the template caches."""

    def __init__(self, draft: Draft, texts: Texts) -> None:
        self.draft = draft
        self.texts = texts
        self.blocks: list[Block] = []
        self._citations: dict[tuple[CitationPart, ...], str] = {}
        self._meeting_cells: dict[str, str] = {}
        self._page_break_next = False
        self.shares: tuple[float, ...] = ()
        self.fitted: tuple[float | None, ...] = ()  # widest line of each fitted column (ems)
        self.keep: tuple[str | None, ...] = ()  # each column's spans kept whole (Column.keep)

    def p(self, style: str, text: str, *, page_break: bool = False, before: int | None = None) -> None:
        self.blocks.append(Block("p", style, (text,), page_break=page_break, before=before))

    def layout(self) -> list[Block]:
        self._check_anchors()
        self.cover()
        self.changes()
        self.toc()
        self._page_break_next = True
        for chapter in self.draft.chapters:
            self.chapter(chapter, 1)
        self.appendix()
        return self.blocks

    def _check_anchors(self) -> None:
        ids = {row.point.id for row in self.draft.trace}
        for entry in iter_entries(self.draft):
            if entry.anchor not in ids:
                raise RenderError(_("entry {anchor!r} cites a point missing from the appendix").format(anchor=entry.anchor),
                                  hint=_("every entry's anchor must be a point id of the trace"))

    def cover(self) -> None:
        t, d = self.texts, self.draft
        date = latest_date(d)
        self.p("title", t.render("cover_title.j2", title=d.title))
        self.p("cover_right", t.render("cover_date.j2", date=era_date(date), date_iso=date or ""))
        self.p("cover_right", t.render("cover_author.j2", author=d.author))
        meetings = [_meeting_vars(m) for m in d.meetings]
        for i, line in enumerate(t.lines("cover_meetings.j2", meetings=meetings)):
            self.p("cover_note", line, before=240 if i == 0 else None)

    def changes(self) -> None:
        if not self.draft.changes:
            return
        self.p("changes_heading", self.texts.render("changes_heading.j2"))
        for line in self.draft.changes:
            self.p("change", line)

    def toc(self) -> None:
        self.p("toc_heading", self.texts.render("toc_heading.j2"))
        self.blocks.append(Block("toc", "normal", (self.texts.render("toc_hint.j2"),)))

    def chapter(self, chapter: Chapter, level: int) -> None:
        self.p(f"h{min(level, 3)}", chapter.section.title, page_break=self._page_break_next)
        self._page_break_next = False
        if chapter.intro:
            for line in chapter.intro.splitlines():
                if line.strip():
                    self.p("lead", line)
        for entry in chapter.entries:
            self.blocks.append(Block("entry", "list", (entry.text, self.citation(entry)),
                                     anchor=entry.anchor, new=entry.new, comments=entry.comments))
            for line in entry.after:
                self.p("after", line)
        if not chapter.entries and not chapter.subchapters:
            section = {"id": chapter.section.id, "title": chapter.section.title}
            self.p("empty", self.texts.render("empty_section.j2", section=section))
        for sub in chapter.subchapters:
            self.chapter(sub, level + 1)

    def citation(self, entry: Entry) -> str:
        key = entry.citation
        text = self._citations.get(key)
        if text is None:
            parts = [{"speaker": c.speaker,
                      "meetings": [{"label": m, "new": m in c.new_meetings,
                                    "restated": m in c.restated_meetings} for m in c.meetings],
                      "new": bool(c.meetings) and set(c.meetings) <= set(c.new_meetings)}
                     for c in key]
            text = self._citations[key] = self.texts.render("citation.j2", parts=parts)
        return text

    def appendix(self) -> None:
        t, d = self.texts, self.draft
        # The body so far is one portrait section; the appendix is the landscape last one.
        self.blocks.append(Block("sect", "normal"))
        self.p("appendix_heading", t.render("appendix_heading.j2"))
        note = t.render("appendix_note.j2", count=len(d.trace), meetings=len(d.meetings))
        if note:
            self.p("note", note)
        cols = columns.appendix()
        self.shares = tuple(c.share for c in cols)
        self.keep = tuple(c.keep for c in cols)
        labels = _column_labels(t, cols)
        self.blocks.append(Block("table", "cell_header", tuple(labels)))
        row_comments = dict(d.row_comments)
        trimmed = dict(d.trimmed)
        present: dict[str, Callable[[TraceRow], str]] = {"text": lambda row: row.point.text + (self.texts.render(
                       "opener_note.j2", opener=trimmed[row.point.id]) if row.point.id in trimmed else ""),
                   "meeting_label": self._meeting, "source_cell": self._source, "speaker": _speaker,
                   # 代表 / （3件を統合）: the note on a line of its own keeps the column an id wide
                   "merge": lambda row: row.group.replace("（", "\n（", 1) if row.representative else row.group}
        seen: list[set[str]] = [{label} if c.fit else set() for c, label in zip(cols, labels)]
        for row in d.trace:
            cells = []
            for c, values in zip(cols, seen):
                how = present.get(c.key)
                value = how(row) if how else c.cell(row)
                cells.append("" if value is None else str(value))
                if c.fit:
                    values.add(cells[-1])
            self.blocks.append(Block("row", "cell", tuple(cells), anchor=row.point.id,
                                     comments=row_comments.get(row.point.id, ())))
        self.blocks.append(Block("end", "table"))
        fitted = {c.key: widest_line(values) for c, values in zip(cols, seen) if c.fit}
        if "merge" in fitted and "id" in fitted:
            # the merge cell names an id (→m02_…): as wide as one from the start, so that the
            # first merges in a later build leave the columns (and Reject All's layout) as they were
            fitted["merge"] = max(fitted["merge"], fitted["id"] + text_width("→"))
        self.fitted = tuple(fitted.get(c.key) for c in cols)

    def _meeting(self, row: TraceRow) -> str:
        meeting = self._meeting_cells.get(row.meeting.id)
        if meeting is None:
            m = row.meeting
            meeting = self._meeting_cells[m.id] = self.texts.render(
                "trace_meeting.j2", label=m.label, date=era_date(m.date), date_short=era_short(m.date),
                date_iso=m.date or "", council=m.council)
        return meeting

    def _source(self, row: TraceRow) -> str:
        src = row.point.source
        return self.texts.render("trace_source.j2", file=src.file, name=os.path.basename(src.file),
                                 line_start=src.line_start, line_end=src.line_end, page=src.page)


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
    label = sp.label
    if (text_width(label) > SPEAKER_LINE and sp.name and sp.title
            and label == sp.name + sp.title):
        return f"{sp.name}\n{sp.title}"
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
        # a fitted column whose widest line does not fit: its too-long lines break loosely
        self.loose = [f is not None and f > (w - 2 * CELL_MARGIN[1]) / em
                      for f, w in zip(fitted, self.widths)]
        self.em = em
        self.fit = [f is not None for f in fitted]
        self.keep = [re.compile(k) if k else None for k in keep] or [None] * len(fitted)
        self.comments: list[tuple[str, str]] = []  # Word comments: (id, text)
        kept = [ids["cell_kept"] if f or k else ids["cell"] for f, k in zip(self.fit, self.keep)]
        self.cell_styles = kept
        self._cells: list[dict[str, str]] = [{} for _ in fitted]  # a fitted cell's XML by its text
        self._proto = self._row(kept, False)

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

    def write(self, ops: list[Op], *, marked: bool) -> None:
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
        cite = wr.tracked(self._pieces(op, 1, marked=marked), rstyle=self.ids["link"], nobreak=True)
        ppr = wr.ppr(self.ids["list"], mark=mark)
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
                    f'<w:r><w:rPr><w:rStyle w:val="{_attr(self.ids["comment_ref"])}"/></w:rPr>'
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
        if self.keep[i] is not None and text:
            return run_xml(self._kept_spans(i, text))
        if not self.fit[i] or not text:
            return run_xml(text)
        cache = self._cells[i]
        xml = cache.get(text)
        if xml is None:
            xml = run_xml(keep_together([(text, None)], loose=self._loose(i, text))[0][0])
            if len(cache) < 4096:  # speakers, meetings, files repeat; ids and lines do not
                cache[text] = xml
        return xml

    def _kept_pieces(self, i: int, pieces: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        """Pieces of a tracked cell with their ``keep`` spans joined, piece by piece."""
        if self.keep[i] is None:
            return pieces
        return [(self._kept_spans(i, text), state) for text, state in pieces]

    def row(self, op: Op, marked: bool) -> None:
        b, wr = op.block, self.w
        if op.op == EQUAL and not (marked and b.new) and not b.comments:  # the fast path
            runs = [self._cell(i, text) for i, text in enumerate(b.parts)]
            runs[0] = wr.bookmark(_anchor(b), runs[0])
            wr.append(self._proto.format(*runs))
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
