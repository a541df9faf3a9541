"""Set up for every test and doctest of the checkout (tests/ and the package's doctests)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_configure(config):
    """Messages in English and tables 80 columns wide, whatever the machine's locale and
    terminal (set before any fixture, module-scoped ones included); a test that wants
    Japanese uses the ``japanese`` fixture, one that wants another width sets COLUMNS."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    os.environ["COLUMNS"] = "80"


def compiled_beside_source(root: Path) -> list[Path]:
    """Compiled modules (a mypyc build's ``.so``, ``.pyd``) inside the checkout's package: each
    shadows its ``.py`` for every import, so the tests would run stale code. The compiled copy
    is built apart (tools/build-compiled.py)."""
    return sorted(p for ext in ("*.so", "*.pyd") for p in (root / "assembler").rglob(ext))


def pytest_sessionstart(session):
    """Refuse to test a checkout whose package holds a compiled module (see above) — not the
    copy tools/build-compiled.py builds to test (it marks it with a ``.compiled-copy`` file)."""
    root = Path(__file__).resolve().parent
    found = compiled_beside_source(root)
    if found and not (root / ".compiled-copy").exists():
        raise pytest.UsageError("compiled modules beside the source would be tested instead of it: "
                                + ", ".join(map(str, found)) + " (build the compiled copy apart: "
                                "tools/build-compiled.py)")
