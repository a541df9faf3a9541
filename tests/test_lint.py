"""The code stays clean under the linters CI runs (ruff; mypy; the cyclomatic-complexity ceiling).

Both run on the package, the tests and the benchmarks as they are in this checkout. mypy reads
its flags from [tool.mypy] in pyproject.toml: --strict's flags on every module except those
listed there as not yet strict, which get mypy's default checks (README, "Types").
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT, checkout_only

pytestmark = checkout_only  # the sources of the checkout; a wheel has no tests or benchmarks


def test_ruff_finds_nothing():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "assembler", "tests",
                          "benchmarks", "cli.py"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def _mypy(root, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null",
                           *args, "assembler"], cwd=root, capture_output=True, text=True)


def test_mypy_finds_nothing():
    """What CI checks: `mypy assembler` with the configuration in pyproject.toml."""
    run = _mypy(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def _not_yet_strict() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    return [m for o in config.get("overrides", []) if o.get("disallow_untyped_defs") is False
            for m in o["module"]]


def test_the_not_yet_strict_list_only_shrinks():
    """Every module is strict (dedup, the last one relaxed, went strict in issue 13): no module
    may be put on a not-yet-strict list again."""
    relaxed = _not_yet_strict()
    allowed: set[str] = set()
    assert set(relaxed) <= allowed, sorted(set(relaxed) - allowed)
    assert all((ROOT / (m.replace(".", "/") + ".py")).exists() or (ROOT / m.replace(".", "/")).is_dir()
               for m in relaxed), "a module listed as not yet strict does not exist"


@pytest.mark.slow
def test_mypy_catches_a_new_error(tmp_path):
    """The check bites: a copy of the package with an unannotated function in a strict module
    (and, while there is one, a real type error in a module not yet strict) fails on each."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copytree(ROOT / "assembler", tmp_path / "assembler", ignore=shutil.ignore_patterns("__pycache__"))
    with open(tmp_path / "assembler" / "model.py", "a", encoding="utf-8") as f:
        f.write("\n\ndef _probe(x):\n    return x\n")
    expected = [r"assembler/model\.py:\d+: error: Function is missing a type annotation"]
    for relaxed in _not_yet_strict()[:1]:
        relaxed_file = tmp_path / (relaxed.replace(".", "/") + ".py")
        if not relaxed_file.exists():
            relaxed_file = tmp_path / relaxed.replace(".", "/") / "__init__.py"
        with open(relaxed_file, "a", encoding="utf-8") as f:
            f.write('\n\n_PROBE: int = "not a number"\n')
        expected.append(re.escape(relaxed_file.relative_to(tmp_path).as_posix()) + r":\d+: error: Incompatible types")
    run = _mypy(tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    for pattern in expected:
        assert re.search(pattern, run.stdout), run.stdout
    assert run.stdout.count(": error:") == len(expected), run.stdout


def test_no_function_is_above_radon_grade_c():
    from radon.complexity import cc_rank, cc_visit

    package = ROOT / "assembler"
    worse = set()
    for path in sorted(package.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if cc_rank(block.complexity) > "C":
                name = getattr(block, "fullname", block.name)
                worse.add(f"{path.relative_to(package).as_posix()}:{name}")
    assert not worse, f"functions above grade C (split them into named steps): {sorted(worse)}"
