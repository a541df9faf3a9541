"""Where the bundled data lives, the same way from a checkout and from an installed wheel.

The repository keeps the templates and the default outline at its top level (``templates/``,
``sections/``: the layout the project promises); the wheel installs them as the packages
``assembler.templates`` and ``assembler.outlines``. An editable install maps them too, but a
plain checkout on ``sys.path`` has no such packages, so the top-level folders are used.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent
#: bundled data -> (installed package, folder in a checkout)
_PLACES = {
    "templates": ("assembler.templates", _CHECKOUT / "templates"),
    "outlines": ("assembler.outlines", _CHECKOUT / "sections"),
    "data": ("assembler.data", Path(__file__).resolve().parent / "data"),
}


def packaged(name: str) -> Traversable:
    """The folder of bundled data ``name`` (templates, outlines, data)."""
    package, checkout = _PLACES[name]
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        return checkout
