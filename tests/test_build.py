"""Golden end-to-end runs of `assembler build` on the real seed minutes."""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.render import dump_docx
from assembler.cli import main
from conftest import GOLDEN, tool

OUTPUTS = ("draft.docx", "draft.json", "draft.csv", "draft.xlsx")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """Build the bundled example twice, from the repository root (relative source paths)."""
    here = Path.cwd()
    root = Path(__file__).resolve().parent.parent
    outs = []
    try:
        os.chdir(root)
        for n in (1, 2):
            out = tmp_path_factory.mktemp(f"build{n}")
            r = CliRunner().invoke(main, ["build", "examples/minutes", "-o", str(out / "draft.docx")])
            assert r.exit_code == 0, r.output
            outs.append((out, r.output))
    finally:
        os.chdir(here)
    return outs


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; review, then UPDATE_GOLDEN=1"


def test_summary_line(build):
    out, output = build[0]
    assert output.splitlines()[-1].startswith(
        "1 meeting, 57 points (5 procedural), 7 sections filled, 0 merged, ")
    assert all((out / name).is_file() for name in OUTPUTS)


def test_two_builds_give_the_same_bytes(build):
    (a, _), (b, _) = build
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_golden_draft_dump(build):
    _golden("infra-council-02.draft.txt", dump_docx(build[0][0] / "draft.docx"))


def test_golden_trace(build):
    trace = json.loads((build[0][0] / "draft.json").read_text(encoding="utf-8"))
    _golden("infra-council-02.trace.json", json.dumps(trace, ensure_ascii=False, indent=1) + "\n")


def test_every_bullet_is_accounted_for(build):
    """Every opinion in a chapter with its citation; every point a row of the appendix."""
    trace = json.loads((build[0][0] / "draft.json").read_text(encoding="utf-8"))
    dump = dump_docx(build[0][0] / "draft.docx")
    rows = [line for line in dump.splitlines() if line.startswith("table\tm02_")]
    assert len(rows) == len(trace["points"]) == 57
    body = [line.split("\t", 1)[1] for line in dump.splitlines() if line.startswith("List Bullet\t")]
    cells = {line.split(" | ")[0][len("table\t"):]: line.split(" | ")[2] for line in rows}
    trimmed = 0
    for p in trace["points"]:
        # a discourse opener (２点目は、また、…) is left out of the body; the appendix row keeps
        # the verbatim text and names what was left out
        note = re.search(r"（本文では冒頭の「(.+?)」を省略）$", cells[p["id"]])
        opener = note.group(1) if note else ""
        assert cells[p["id"]] == p["text"] + (note.group(0) if note else "")
        assert p["text"].startswith(opener)
        trimmed += bool(opener)
        if p["kind"] == "opinion":
            assert f"{p['text'][len(opener):]}（{p['speaker']}〔第２回〕）" in body, p["id"]
        else:
            assert not any(p["text"] in line for line in body), p["id"]
    assert trimmed >= 10


@pytest.mark.slow
def test_libreoffice_shows_every_point_in_a_japanese_font(build, tmp_path):
    docx = build[0][0] / "draft.docx"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "draft.pdf"
    assert pdf.is_file(), "LibreOffice exits 0 even on a broken file: no PDF was written"
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                             capture_output=True, text=True, check=True).stdout)
    trace = json.loads((build[0][0] / "draft.json").read_text(encoding="utf-8"))
    for p in trace["points"]:
        squashed = re.sub(r"\s+", "", p["text"])
        # the appendix row starts with the verbatim text (pdftotext reads a row's cells side
        # by side, line by line: the text column's first line holds about 20 characters)
        assert squashed[:15] in text, p["id"]
        if p["kind"] == "opinion":  # the body (past a discourse opener it may leave out)
            assert squashed[12:37] in text, p["id"]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"IPA\w*(Mincho|Gothic)", fonts), fonts


@pytest.mark.slow
@pytest.mark.parametrize("name", ["draft.docx", "draft.xlsx"])  # the .xlsx is written by hand
def test_openxml_audit_finds_no_errors_in_the_seed_outputs(build, name):
    audit = tool("openxml-audit")
    r = subprocess.run([str(audit), str(build[0][0] / name)], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0 and "Errors: 0" in r.stdout, r.stdout + r.stderr

