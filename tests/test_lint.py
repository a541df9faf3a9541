"""The code stays clean under the linters CI runs (ruff; the cyclomatic-complexity ceiling).

Both run on the package, the tests and the benchmarks as they are in this checkout.
"""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "assembler", "tests",
                          "benchmarks", "cli.py"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_mypy_finds_nothing_in_the_strict_modules():
    """The modules listed under [tool.mypy.overrides] in pyproject.toml are checked --strict."""
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "assembler/config.py",
                          "assembler/resources.py", "assembler/errors.py", "assembler/docx/ooxml.py",
                          "assembler/docx/safety.py", "assembler/i18n.py"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
