"""The render stage in two processes (pipeline.render, render/background.py): a second process
words the doubts as Word comments while this one lays out the draft, then writes the trace
while this one writes the .docx. The same bytes as one process, the same first error, and
nothing left behind (no process, no file) when it fails.

The input here is small, so the size from which the second process starts is lowered to 0.
"""
from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.errors import RenderError
from assembler.render import background
from benchmarks.generate import generate
from test_workers import _no_child_left


@pytest.fixture(scope="module")
def assembled(tmp_path_factory) -> pipeline.Assembled:
    folder = tmp_path_factory.mktemp("council") / "minutes"
    generate(folder, meetings=4, seed=7)
    (folder / "truth.json").unlink()
    os.environ["ASSEMBLER_JOBS"] = "1"
    try:
        return pipeline.assemble([folder])
    finally:
        del os.environ["ASSEMBLER_JOBS"]


@pytest.fixture
def beside(monkeypatch, tmp_path):
    """From the first point on, with two jobs; the pids that worded the comments are
    written to a file (the second process's memory is not this one's)."""
    monkeypatch.setattr(background, "MIN_POINTS", 0)
    monkeypatch.setenv("ASSEMBLER_JOBS", "2")
    log = tmp_path / "comments-pids"
    comments_of = pipeline.comments_of

    def logged(a, opts):
        with open(log, "a", encoding="ascii") as f:
            f.write(f"{os.getpid()}\n")
        return comments_of(a, opts)

    monkeypatch.setattr(pipeline, "comments_of", logged)
    return log


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def test_two_processes_write_the_bytes_of_one(assembled, beside, tmp_path, monkeypatch):
    pipeline.render(assembled, tmp_path / "two" / "draft.docx")
    assert beside.read_text().split() != [str(os.getpid())]  # worded by the second process
    monkeypatch.setenv("ASSEMBLER_JOBS", "1")
    pipeline.render(assembled, tmp_path / "one" / "draft.docx")
    assert beside.read_text().split()[-1] == str(os.getpid())  # ... and here
    two, one = _files(tmp_path / "two"), _files(tmp_path / "one")
    assert list(one) == ["draft.csv", "draft.docx", "draft.json", "draft.xlsx"]
    assert two == one
    with zipfile.ZipFile(tmp_path / "two" / "draft.docx") as z:
        assert z.read("word/comments.xml").count(b"<w:comment ") > 10  # the comments are in it
    assert _no_child_left()


def _errors(assembled, tmp_path, monkeypatch, kind=ValueError) -> list[str]:
    """The error of a render by one process, then by two; both leave the same files."""
    raised = []
    for jobs in ("1", "2"):
        monkeypatch.setenv("ASSEMBLER_JOBS", jobs)
        with pytest.raises(kind) as e:
            pipeline.render(assembled, tmp_path / jobs / "draft.docx")
        raised.append(str(e.value))
    assert _files(tmp_path / "1") == _files(tmp_path / "2")
    return raised


@pytest.mark.parametrize("broken", [("comments",), ("comments", "draft"), ("draft",)])
def test_the_first_error_is_the_one_of_one_process(assembled, beside, tmp_path, monkeypatch, broken):
    """The comments are worded before the draft is laid out in one process: when both
    fail, the comments' error, also when they are worded by the second process."""
    def boom(what):
        def fail(*a, **kw):
            raise ValueError(f"boom in {what}")
        return fail

    if "comments" in broken:
        monkeypatch.setattr(pipeline, "comments_of", boom("comments"))
    if "draft" in broken:
        monkeypatch.setattr(pipeline, "build_draft", boom("draft"))
    assert _errors(assembled, tmp_path, monkeypatch) == [f"boom in {broken[0]}"] * 2
    assert not _files(tmp_path / "2") and _no_child_left()


def test_an_error_of_the_trace_comes_after_the_docx_and_changes_nothing(assembled, beside, tmp_path,
                                                                          monkeypatch):
    def full_disk(trace, jf, cf, xf):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(background, "write_files", full_disk)
    monkeypatch.setattr("assembler.render.trace.write_files", full_disk)
    said = _errors(assembled, tmp_path, monkeypatch, RenderError)
    assert said[0] == said[1].replace(f"{tmp_path}/2/", f"{tmp_path}/1/")
    assert "the disk is full" in said[0]
    assert list(_files(tmp_path / "2")) == ["draft.docx"]  # as before: the .docx first
    assert _no_child_left()


def _in_second_process(monkeypatch, action) -> None:
    """The comments are worded after ``action()`` in the second process."""
    parent = os.getpid()
    comments_of = pipeline.comments_of

    def wording(a, opts):
        if os.getpid() != parent:
            action()
        return comments_of(a, opts)

    monkeypatch.setattr(pipeline, "comments_of", wording)


def test_a_second_process_that_dies_is_one_line_and_leaves_nothing(assembled, beside, tmp_path, monkeypatch):
    _in_second_process(monkeypatch, lambda: os._exit(9))
    with pytest.raises(RenderError) as e:
        pipeline.render(assembled, tmp_path / "out" / "draft.docx")
    assert "ended without finishing" in str(e.value) and "ASSEMBLER_JOBS=1" in str(e.value)
    assert len(str(e.value).splitlines()) == 1
    assert not _files(tmp_path / "out") and _no_child_left()


def test_ctrl_c_here_stops_the_second_process_at_once(assembled, beside, tmp_path, monkeypatch):
    def interrupted(*a, **kw):
        time.sleep(0.3)  # the second process is busy by now
        raise KeyboardInterrupt

    _in_second_process(monkeypatch, lambda: time.sleep(60))
    monkeypatch.setattr(pipeline, "build_draft", interrupted)
    start = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        pipeline.render(assembled, tmp_path / "out" / "draft.docx")
    assert time.perf_counter() - start < 20
    assert not _files(tmp_path / "out") and _no_child_left()


def test_ctrl_c_in_the_second_process_is_ctrl_c_here(assembled, beside, tmp_path, monkeypatch):
    def interrupted(a, opts):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "comments_of", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.render(assembled, tmp_path / "out" / "draft.docx")
    assert not _files(tmp_path / "out") and _no_child_left()
