"""The code stays clean under the linters CI runs (ruff; mypy; the cyclomatic-complexity ceiling).

Both run on the package, the tests and the benchmarks as they are in this checkout. mypy reads
its flags from [tool.mypy] in pyproject.toml: --strict's flags on every module except those
listed there as not yet strict, which get mypy's default checks (README, "Types").
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

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


def _private(name: str) -> bool:
    """A module's private name: one leading underscore (``_`` alone is gettext's, ``__x__`` Python's)."""
    return name.startswith("_") and not name.startswith("__") and name != "_"


def _module_path(path: Path, level: int, dotted: str | None) -> Path | None:
    """The file of the package's module an import names (``from ..text``, ``assembler.text``), or None
    for a module outside the package (lxml, the standard library)."""
    package = ROOT / "assembler"
    if level:
        base = path.parent
        for _ in range(level - 1):
            base = base.parent
    elif dotted and (dotted == "assembler" or dotted.startswith("assembler.")):
        base, dotted = ROOT, dotted
    else:
        return None
    for part in (dotted or "").split("."):
        base = base / part if part else base
    for found in (base.with_suffix(".py"), base / "__init__.py"):
        if found.is_file() and found.is_relative_to(package):
            return found
    return None


def reaching_in(path: Path, source: str) -> list[str]:
    """Where the module at ``path`` uses another module's private name: ``from .forms import _X``, or
    ``forms._X`` through a name bound to a module of the package (``from . import forms as _forms``).
    A name other modules need has one public home (named without the underscore, documented where it
    is defined), so that the module that owns the concept can see who depends on it."""
    found, modules = [], set()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            owner = _module_path(path, node.level, node.module)
            for alias in node.names:
                sub = _module_path(path, node.level, f"{node.module or ''}.{alias.name}".lstrip("."))
                if sub is not None and sub != owner:
                    modules.add(alias.asname or alias.name)  # from . import forms as _forms
                elif owner is not None and owner != path and _private(alias.name):
                    found.append(f"{node.lineno}: from {'.' * node.level}{node.module or ''} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _module_path(path, 0, alias.name) is not None and alias.asname:
                    modules.add(alias.asname)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules \
                and _private(node.attr):
            found.append(f"{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_another_modules_private_name():
    """One home per concern: a pattern or a helper two modules use is public in the module that owns it
    (forms.PAGE_NUMBER, roles.UNIT_HEAD), never reached for under its private name."""
    reaching = [f"{path.relative_to(ROOT).as_posix()}:{where}" for path in sorted((ROOT / "assembler").rglob("*.py"))
                for where in reaching_in(path, path.read_text(encoding="utf-8"))]
    assert not reaching, f"private names used from another module (make them public where they live): {reaching}"


def test_the_private_import_check_bites():
    """Put a private import back, in each of its two forms, and the check finds it; the module's own
    private names, gettext's ``_`` and a third party's private class stay allowed."""
    headed = ROOT / "assembler" / "minutes" / "headed.py"
    source = headed.read_text(encoding="utf-8")
    assert reaching_in(headed, source) == []
    assert reaching_in(headed, source + "\nfrom .roles import _NAMEISH as _x\n") == [
        f"{source.count(chr(10)) + 2}: from .roles import _NAMEISH"]
    assert reaching_in(headed, source + "\nfrom . import forms as _f\n_y = _f._TEXT\n") == [
        f"{source.count(chr(10)) + 3}: _f._TEXT"]
    assert reaching_in(headed, source + "\nfrom ..i18n import _\nfrom lxml.etree import _Element\n") == []
