"""Set up for every test and doctest of the checkout (tests/ and the package's doctests)."""
from __future__ import annotations

import os


def pytest_configure(config):
    """Messages in English and tables 80 columns wide, whatever the machine's locale and
    terminal (set before any fixture, module-scoped ones included); a test that wants
    Japanese uses the ``japanese`` fixture, one that wants another width sets COLUMNS."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    os.environ["COLUMNS"] = "80"
