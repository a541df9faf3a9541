"""The .docx body is streamed into the zip as it is laid out: the checks that used to read
the whole body (well-formed, one appendix row per point) still hold, and a failure leaves
the previous file."""
from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from assembler.docx.ooxml import BOOKMARK_PREFIX
from assembler.errors import RenderError
from assembler.render import build_docx, render_docx
from assembler.render import document
from assembler.render.ooxml import Writer
from assembler.texts import Texts

from test_render import sample_draft


def test_a_writer_with_a_sink_hands_on_chunks_that_join_to_the_whole():
    chunks: list[str] = []
    streamed, whole = Writer(None, sink=chunks.append, chunk=3), Writer(None)
    for i in range(10):
        for w in (streamed, whole):
            w.paragraph("a", f"段落{i}")
    streamed.drain()
    assert len(chunks) == 4 and streamed.parts == []
    assert "".join(chunks) == whole.xml()


def test_the_file_and_the_bytes_are_the_same_package(tmp_path):
    path = render_docx(sample_draft(), tmp_path / "d.docx")
    assert path.read_bytes() == build_docx(sample_draft(), Texts(None))


def test_every_member_is_deflated_at_the_build_level(tmp_path):
    with zipfile.ZipFile(render_docx(sample_draft(), tmp_path / "d.docx")) as z:
        infos = z.infolist()
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert infos[[i.filename for i in infos].index("word/document.xml")].flag_bits & 0x08 == 0


def test_a_missing_appendix_row_stops_the_build_and_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "draft.docx"
    target.write_bytes(b"previous")
    row = document._Emitter.row
    skipped = []

    def lose_one(self, op, marked):
        if not skipped:
            skipped.append(op.block.anchor)
            return
        row(self, op, marked)

    monkeypatch.setattr(document._Emitter, "row", lose_one)
    with pytest.raises(RenderError) as e:
        render_docx(sample_draft(), target)
    n = len(sample_draft().trace)
    assert str(e.value) == (f"the appendix has {n - 1} rows for {n} points; "
                            "this is a bug; please report it with the inputs")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.docx"]


def test_a_body_that_is_not_well_formed_is_never_written(tmp_path, monkeypatch):
    monkeypatch.setattr(document, "run_xml", lambda text, rstyle=None, **kw: f"<w:r><w:t>{text}</w:t>")
    with pytest.raises(etree.XMLSyntaxError):
        render_docx(sample_draft(), tmp_path / "d.docx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("broken", ["template", "bookmark", "one cell", "a cached cell"])
def test_the_appendix_rows_are_checked_by_their_template_and_every_cell(tmp_path, monkeypatch, broken):
    """The rows are checked as composed (Writer.append_composed): their template once, each
    cell's XML when it is made, the id cell with its bookmark in every row. A fault in any
    of them stops the build before a file is written."""
    if broken == "template":
        row = document._Emitter._row
        monkeypatch.setattr(document._Emitter, "_row",
                            lambda self, *a, **kw: row(self, *a, **kw).replace("</w:tcPr>", "", 1))
    elif broken == "bookmark":
        bookmark = Writer.bookmark  # broken only where a row's id cell has it (not an entry's)

        def faulty_bookmark(self, name, inner):
            xml = bookmark(self, name, inner)
            return xml if name.startswith(BOOKMARK_PREFIX) else xml.replace("/>", ">", 1)
        monkeypatch.setattr(Writer, "bookmark", faulty_bookmark)
    else:
        run_xml, calls = document.run_xml, []
        # a section title three rows share (made once, then from the cache), or an id
        target = "デジタル技術の活用" if broken == "a cached cell" else "m03_bbbbb1"

        def faulty(text, *a, **kw):
            xml = run_xml(text, *a, **kw)
            calls.append(text)
            return xml.replace("</w:r>", "", 1) if text == target else xml
        monkeypatch.setattr(document, "run_xml", faulty)
    with pytest.raises(etree.XMLSyntaxError):
        render_docx(sample_draft(), tmp_path / "d.docx")
    assert list(tmp_path.iterdir()) == []
    if broken == "a cached cell":
        assert calls.count(target) == 1  # made once, used by three rows


def test_the_check_reads_less_than_the_body_and_every_cell_it_holds():
    """What the check reads of the appendix: the template, and each distinct cell's XML."""
    fed: list[str] = []
    w = Writer(None, sink=lambda xml: None, check=fed.append)
    w.check_only("<w:tbl/>")
    w.append_composed("<w:p><w:r><w:t>x</w:t></w:r></w:p>", ["<w:r><w:t>x</w:t></w:r>"])
    w.append("<w:p/>")
    w.drain()
    assert fed == ["<w:tbl/><w:r><w:t>x</w:t></w:r><w:p/>"]
    plain = Writer(None, sink=lambda xml: None)  # no check: nothing kept for it
    plain.check_only("<w:tbl/>")
    plain.append_composed("<w:p/>", ["<w:p/>"])
    assert plain._checked == []


def test_comments_are_known_before_the_body_is_written():
    draft = sample_draft()
    assert not document._Layout(draft, Texts(None)).has_comments()
    entry = draft.chapters[0].entries[0]
    commented = draft.chapters[0].__class__(
        draft.chapters[0].section, draft.chapters[0].intro,
        (entry.__class__(**{**entry.__dict__, "comments": ("要確認",)}),))
    with_entry = draft.__class__(**{**draft.__dict__, "chapters": (commented, *draft.chapters[1:])})
    assert document._Layout(with_entry, Texts(None)).has_comments()
    pid = draft.trace[-1].point.id
    with_row = draft.__class__(**{**draft.__dict__, "row_comments": ((pid, ("要確認",)),)})
    assert document._Layout(with_row, Texts(None)).has_comments()
    with zipfile.ZipFile(__import__("io").BytesIO(build_docx(with_row, Texts(None)))) as z:
        assert "要確認" in z.read("word/comments.xml").decode()


# --- the trace written by a second process -----------------------------------------------


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_the_trace_from_a_second_process_is_the_trace_written_here(tmp_path):
    from test_render import sample_trace
    from assembler.render.background import TraceWriter
    from assembler.render.trace import write_trace

    here = write_trace(sample_trace(), tmp_path / "here" / "draft.docx")
    writer = TraceWriter(sample_trace(), tmp_path / "there" / "draft.docx", background=True)
    assert writer.pid is not None
    there = writer.finish()
    assert [p.read_bytes() for p in there] == [p.read_bytes() for p in here]
    assert _files(tmp_path / "there") == ["draft.csv", "draft.json", "draft.xlsx"]
    assert {oct(p.stat().st_mode & 0o777) for p in there} == {"0o644"}


def test_an_error_in_the_second_process_is_raised_here_and_changes_nothing(tmp_path, monkeypatch):
    from test_render import sample_trace
    from assembler.render import background

    for name in ("draft.json", "draft.csv", "draft.xlsx"):
        (tmp_path / name).write_text("previous")

    def full_disk(trace, jf, cf, xf):
        jf.write("{")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(background, "write_files", full_disk)
    writer = background.TraceWriter(sample_trace(), tmp_path / "draft.docx", background=True)
    with pytest.raises(RenderError) as e:
        writer.finish()
    assert str(e.value) == (f"{tmp_path}/draft.xlsx: the disk is full; "
                            "free some space and run again; nothing was changed")
    assert _files(tmp_path) == ["draft.csv", "draft.json", "draft.xlsx"]
    assert {(tmp_path / n).read_text() for n in _files(tmp_path)} == {"previous"}


def test_a_build_that_fails_stops_the_second_process_and_leaves_no_file(tmp_path):
    from test_render import sample_trace
    from assembler.render.background import TraceWriter

    writer = TraceWriter(sample_trace(), tmp_path / "draft.docx", background=True)
    pid = writer.pid
    writer.abort()
    assert writer.pid is None and _files(tmp_path) == []
    with pytest.raises(ChildProcessError):
        __import__("os").waitpid(pid, 0)  # already reaped: no zombie left


def test_one_job_writes_the_trace_in_this_process(tmp_path, monkeypatch):
    from test_render import sample_trace
    from assembler.render.background import TraceWriter, available

    monkeypatch.setenv("ASSEMBLER_JOBS", "1")
    assert not available()
    writer = TraceWriter(sample_trace(), tmp_path / "draft.docx")
    assert writer.pid is None and _files(tmp_path) == []
    writer.finish()
    assert _files(tmp_path) == ["draft.csv", "draft.json", "draft.xlsx"]


@pytest.mark.parametrize("with_reference", [False, True])
def test_a_project_draft_is_the_stamped_package_written_in_one_go(tmp_path, with_reference):
    """build_docx(identity=…) gives the bytes stamp() gives of the unstamped draft, also
    when the reference document already carries custom properties (they are kept)."""
    import io

    import docx

    from assembler.docx.identity import Identity, read_identity, stamp

    ref = None
    if with_reference:
        buf = io.BytesIO()
        docx.Document().save(buf)
        ref = tmp_path / "ref.docx"
        ref.write_bytes(stamp(buf.getvalue(), Identity("その前の案件", "0")))
    who = Identity("新戦略骨子", "0123456789abcdef")
    stamped = build_docx(sample_draft(), Texts(None), reference_doc=ref, identity=who)
    assert stamped == stamp(build_docx(sample_draft(), Texts(None), reference_doc=ref), who)
    (tmp_path / "d.docx").write_bytes(stamped)
    assert read_identity(tmp_path / "d.docx") == who
