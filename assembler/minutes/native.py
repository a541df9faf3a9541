"""What the optional compiled build of the parser needs of its source (tools/build-compiled.py).

The build compiles the parse's modules with mypyc into a scratch copy of the repository; the
source stays plain Python, and nothing here changes what it does. mypyc compiles a class with
several bases only when all but the first are traits: the line parser's step mixins
(``HeaderSteps``, ``StackedSteps`` …) are marked ``@trait``. A compiled (native) class has no
``__dict__``, where ``functools.cached_property`` keeps what it computed: a class with one
(``FileView``) is marked ``@mypyc_attr(native_class=False)`` and stays a Python
class, its methods compiled; and mypyc compiles ``@cached_property`` written as a decorator into
a plain property (computed again at every access: a compiled parse read ``FileView.stripped``
anew for every line, 3.4 times the instructions), so such a class makes it by a call after the
method (``stripped = cached_property(_compute_stripped)``), which the compiled class keeps. ``mypy_extensions`` (a dependency of mypy, not of the package) is
asked for only when it is installed: its ``trait`` and ``mypyc_attr`` return the class as it
is, and so do the stand-ins.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_extensions import mypyc_attr as mypyc_attr, trait as trait
else:
    try:
        from mypy_extensions import mypyc_attr, trait
    except ImportError:  # the package's own dependencies only
        def trait(cls):
            return cls

        def mypyc_attr(*attrs, **kwattrs):
            return trait
