"""Word 97–2003 (.doc), RTF and OpenDocument (.odt) minutes: converted by LibreOffice, or refused
with a line saying how to convert them."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner

from assembler import minutes
from assembler.cli import main
from assembler.errors import InputError
from assembler.ingest import convert, iter_input_files
from conftest import FIXTURES

RTF = FIXTURES / "minutes" / "summary-word97.rtf"
WANT = [("飯島委員", "地域の交通をデジタルで支えるべき。", 6), ("飯島委員", "データの標準化を急ぐべき。", 7),
        ("高橋座長", "次回までに論点を整理する。", 9)]
needs_office = pytest.mark.skipif(convert._office() is None, reason="LibreOffice is not installed")


def _points(parsed):
    return [(p.speaker.label, p.text, p.source.line_start) for p in parsed.points]


@needs_office
@pytest.mark.slow
def test_rtf_doc_and_odt_read_like_the_docx_they_convert_to(tmp_path):
    parsed = minutes.parse_file(RTF)
    assert _points(parsed) == WANT
    assert parsed.meeting.source == str(RTF) and parsed.meeting.date == "2021-02-01"
    for fmt, suffix in (("doc:MS Word 97", ".doc"), ("odt", ".odt")):
        out = tmp_path / fmt.split(":")[0]
        subprocess.run([convert._office(), "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                        "--convert-to", fmt, "--outdir", str(out), str(RTF)],
                       check=True, capture_output=True, timeout=120)
        made = out / ("summary-word97" + suffix)
        assert _points(minutes.parse_file(made)) == WANT, suffix
        hidden = tmp_path / f"renamed{suffix}.txt"  # recognised by content, whatever the name
        shutil.copyfile(made, hidden)
        assert _points(minutes.parse_file(hidden)) == WANT, suffix


def test_a_folder_build_does_not_skip_doc_files(tmp_path):
    for name in ("a.doc", "b.rtf", "c.odt", "d.txt", "e.jpg"):
        (tmp_path / name).write_bytes(b"x")
    assert [f.name for f in iter_input_files([tmp_path])] == ["a.doc", "b.rtf", "c.odt", "d.txt"]


def test_without_libreoffice_the_file_is_refused_with_how_to_convert(monkeypatch, in_root):
    monkeypatch.setattr(convert.shutil, "which", lambda name: None)
    rel = "tests/fixtures/minutes/summary-word97.rtf"
    with pytest.raises(InputError):
        minutes.parse_file(rel)
    r = CliRunner(env={"LANG": "C"}).invoke(main, ["parse", rel])
    assert r.exit_code == 2
    assert r.output == (f"error: {rel}: a .doc, .rtf or .odt file needs LibreOffice to be read, and it "
                        "is not installed; save it as .docx in Word (ファイル → 名前を付けて保存 → "
                        "Word 文書) or install LibreOffice\n")


def test_a_conversion_that_fails_is_one_line(monkeypatch, tmp_path):
    bad = tmp_path / "broken.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 not really a Word file")
    monkeypatch.setattr(convert, "_office", lambda: "/bin/false")
    with pytest.raises(InputError) as e:
        minutes.parse_file(bad)
    assert str(e.value) == (f"{bad}: LibreOffice could not convert the file; open it in Word or "
                            "LibreOffice and save it as .docx")
