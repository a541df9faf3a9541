"""assembler/minutes/native.py: the marks the optional compiled build needs (tools/build-compiled.py)
change nothing in the plain Python parser, with mypy_extensions installed or not."""
from __future__ import annotations

import importlib
import sys

from assembler.minutes import native, parser, roles, view


def test_the_marks_return_the_class_as_it_is_without_mypy_extensions(monkeypatch):
    monkeypatch.setitem(sys.modules, "mypy_extensions", None)  # import fails: the package's deps only
    try:
        plain = importlib.reload(native)
        assert plain.trait.__module__ == native.__name__

        class A:
            pass

        assert plain.trait(A) is A
        assert plain.mypyc_attr(native_class=False)(A) is A
    finally:
        monkeypatch.undo()
        importlib.reload(native)


def test_the_marked_classes_are_plain_python_classes():
    """The step mixins and the classes with a cached_property are what they were: Python classes
    (the parser's method resolution order, the views' cached texts kept in their ``__dict__``)."""
    assert [c.__name__ for c in parser.LineParser.__mro__[1:9]] == [
        "HeaderSteps", "StackedSteps", "FrontSteps", "ReportSteps", "GroupSteps", "TableSteps",
        "LegendSteps", "ClosingSteps"]
    v = view.FileView([])
    assert v.stripped is v.stripped and "stripped" in v.__dict__
    assert isinstance(roles.RoleTable.__dict__["_known"], __import__("functools").cached_property)
