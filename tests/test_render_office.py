"""The rendered draft in real tools: LibreOffice (text and fonts in the PDF) and openxml-audit."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from assembler.render import render_docx
from conftest import tool
from test_render import sample_draft

pytestmark = pytest.mark.slow


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is not installed; .ci/run installs it")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    _need("soffice")
    root = tmp_path_factory.mktemp("office")
    docx_path = render_docx(sample_draft(), root / "draft.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{root}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(root), str(docx_path)],
                   check=True, capture_output=True, timeout=120)
    out = root / "draft.pdf"
    assert out.is_file(), "LibreOffice exits 0 even on a broken file: no PDF was written"
    return out


def test_every_entry_and_citation_is_in_the_pdf(pdf):
    _need("pdftotext")
    text = _squash(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                                  capture_output=True, text=True).stdout)
    draft = sample_draft()
    for row in draft.trace:
        assert _squash(row.point.text) in text, row.point.id
    for label in ("第１デジタル技術の活用", "２質の高いインフラ", "（飯島委員〔第２回・第３回〕、小林委員〔第３回〕）",
                  "（本会合までに該当する意見はない。）", "付録トレーサビリティ表", "令和２年６月１日"):
        assert label in text


def test_a_japanese_font_is_embedded(pdf):
    _need("pdffonts")
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    names = [ln.split()[0] for ln in fonts.splitlines()[2:] if ln.strip()]
    assert any(re.search(r"IPA|MS-?Mincho|MS-?Gothic|Yu", n) for n in names), names


def test_openxml_audit_reports_no_errors(tmp_path):
    audit = tool("openxml-audit")
    path = render_docx(sample_draft(), tmp_path / "draft.docx")
    result = subprocess.run([str(audit), str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Errors: 0" in result.stdout
