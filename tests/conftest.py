"""Shared fixtures: paths inside the repository (tests never read ../shared)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


# tests/tools/ holds scripts run by other interpreters (LibreOffice's Python), not tests
collect_ignore_glob = ["tools/*"]
