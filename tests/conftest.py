"""Shared fixtures: paths inside the repository (tests never read ../shared)."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import assembler

ROOT = Path(__file__).resolve().parent.parent
#: The package under test: the checkout's, or an installed wheel's (``make test-wheel`` runs
#: this suite from a copy of the repository without assembler/, against the wheel).
PACKAGE = Path(assembler.__file__).resolve().parent
FROM_CHECKOUT = PACKAGE == ROOT / "assembler"
#: For tests about the checkout itself (its sources, its catalog template, building a wheel
#: from it): they do not apply to an installed wheel.
checkout_only = pytest.mark.skipif(not FROM_CHECKOUT, reason="about the checkout, not the wheel")
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
LABELS = ROOT / "tests" / "infra-council-02.labels.yaml"
# A fictional later meeting of the same council (第５回), written for the tests, and its labels.
SEED05 = ROOT / "tests" / "fixtures" / "minutes" / "infra-council-05-fictional.txt"
LABELS05 = ROOT / "tests" / "infra-council-05-fictional.labels.yaml"


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root so that source paths are the relative ones in goldens."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture
def japanese(monkeypatch):
    """No locale set at all: the tool's default, Japanese."""
    monkeypatch.delenv("LANG", raising=False)


def tool(name: str) -> str:
    """A console script of the test environment (openxml-audit…): beside this Python, or on
    the PATH (a wheel's venv borrows the test tools of another)."""
    here = Path(sys.executable).with_name(name)
    return str(here) if here.exists() else (shutil.which(name) or str(here))


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child ``python -m assembler``: the checkout first on the path when
    testing the checkout, the same package as this process either way."""
    paths = [str(ROOT)] if FROM_CHECKOUT else []
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    return {**os.environ, **extra, "PYTHONPATH": os.pathsep.join(paths)}


# tests/tools/ holds scripts run by other interpreters (LibreOffice's Python), not tests
collect_ignore_glob = ["tools/*"]
