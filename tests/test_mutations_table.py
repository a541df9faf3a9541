"""The table of deliberate breaks (``make mutate``, tools/mutations.py) still fits the code.

A landing that rewrites a line a row breaks makes ``make mutate`` refuse the whole table (exit
2: "the text to break is found 0 times") — and nothing in ``make test`` said so: two rows went
stale that way in session 15 and were found only when the table was run. This test says it at
once, so the change that moves the text mends its row (the decision still needs a break that a
test catches)."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


def _mutations():
    spec = importlib.util.spec_from_file_location("mutations", ROOT / "tools" / "mutations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("mutations", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (ROOT / "assembler").is_dir(),
                    reason="make test-wheel copies the repository without assembler/: the checkout's run checks the table")
def test_each_break_finds_its_text_once_in_the_code() -> None:
    m = _mutations()
    assert m.check_table(m.BREAKS, ROOT) == []


def test_each_break_names_test_files_that_exist() -> None:
    m = _mutations()
    missing = [(b.id, t) for b in m.BREAKS for t in b.tests if not (ROOT / t.split("::")[0]).exists()]
    assert missing == []
