"""Shared fixtures: paths inside the repository (tests never read ../shared)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
LABELS = ROOT / "tests" / "infra-council-02.labels.yaml"


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root so that source paths are the relative ones in goldens."""
    monkeypatch.chdir(ROOT)
    return ROOT
