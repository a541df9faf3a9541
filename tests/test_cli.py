"""The command line as a user meets it: help texts, and the installed wheel."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.cli import main
from conftest import ROOT, SEED


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"`assembler {name} --help` shows no example"


@pytest.mark.slow
def test_installed_wheel_runs_parse_on_the_example(tmp_path):
    """Build the wheel, install it into a fresh venv and run it away from the checkout."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(ROOT)], check=True)
    wheel = next(dist.glob("*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                    "-q", str(wheel)], check=True)
    # Dependencies come from this venv's site-packages, added as a plain path: its .pth
    # files (the editable install of the checkout) are not processed.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    work = tmp_path / "work"
    work.mkdir()
    where = subprocess.run([str(py), "-c", "import assembler, assembler.cli; print(assembler.__file__)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout, where.stdout
    run = subprocess.run([str(env_dir / "bin" / "assembler"), "parse", str(SEED), "--json"],
                         cwd=work, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["points"]) == 57
    pkg = Path(where.stdout.strip()).parent
    assert (pkg / "data" / "roles.yaml").is_file()
    assert any((pkg / "outlines").glob("*.yaml")), "sections/ is not in the wheel"
    assert any((pkg / "templates").iterdir()), "templates/ is not in the wheel"


def test_build_takes_a_councils_own_patterns(in_root, tmp_path):
    src = "tests/fixtures/minutes/user-patterns.txt"
    out = tmp_path / "d.docx"
    r = CliRunner().invoke(main, ["build", src, "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output  # the ◎ turns are read; the ▶ bullet needs the patterns
    assert len(json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["points"]) == 2
    r = CliRunner().invoke(main, ["build", src, "--patterns",
                                  "tests/fixtures/minutes/user-patterns.yaml", "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    trace = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(trace["points"]) == 3


def test_an_unwritable_output_gets_one_line(tmp_path, in_root):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", "examples/minutes", "-o", str(blocker / "draft.docx"), "-q"])
    assert (r.exit_code, r.output) == (2, f"error: {blocker}/draft.docx: cannot write into {blocker} "
                                          "(File exists); choose another output folder with -o\n")


def test_a_bug_is_one_line_unless_debugging(monkeypatch, in_root):
    from assembler import minutes

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(minutes, "parse_paths", broken)
    monkeypatch.delenv("ASSEMBLER_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    assert (r.exit_code, r.output) == (70, "error: internal error (ZeroDivisionError: boom); please "
                                           "report it with the input files (ASSEMBLER_DEBUG=1 shows "
                                           "the traceback)\n")
    monkeypatch.setenv("ASSEMBLER_DEBUG", "1")
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    assert isinstance(r.exception, ZeroDivisionError)


def test_a_plain_checkout_finds_its_templates_and_outline(tmp_path):
    """Without any install (only the checkout on sys.path), bundled data comes from the
    top-level templates/ and sections/ folders, and a build works."""
    root = Path(__file__).resolve().parent.parent
    deps = sysconfig.get_paths()["purelib"]
    code = ("import sys; sys.path[:0] = [sys.argv[1]];"
            "from assembler.resources import packaged;"
            "print(packaged('templates')); print(packaged('outlines'))")
    # -S: no site-packages, so the editable install's path hooks are not seen
    env = {**os.environ, "PYTHONPATH": deps}
    out = subprocess.run([sys.executable, "-S", "-c", code, str(root)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(root / "templates"), str(root / "sections")]
    run = subprocess.run([sys.executable, "-S", "-m", "assembler", "build", str(SEED), "-o",
                          str(tmp_path / "d.docx"), "--quiet"],
                         cwd=tmp_path, env={**env, "PYTHONPATH": f"{root}:{deps}"},
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "d.docx").stat().st_size > 10_000
