"""Draft -> Word (.docx) and the trace exports (json, csv, xlsx).

The output stage: it writes. Reading a .docx in (minutes, an edited draft) and the names
both sides share live in ``assembler.docx``; wording lives in ``assembler.texts``.

The names below are imported on first use, so that a module that needs only
``render.files`` or ``render.columns`` does not load python-docx and lxml (start-up time
of ``assembler parse``).
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assembler.render.document import build_docx, render_docx
    from assembler.render.dump import dump_docx
    from assembler.render.trace import write_trace

_HOME = {"render_docx": "document", "build_docx": "document", "dump_docx": "dump",
         "write_trace": "trace"}

__all__ = ["render_docx", "build_docx", "write_trace", "dump_docx"]


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(f"assembler.render.{_HOME[name]}"), name)
    raise AttributeError(f"module 'assembler.render' has no attribute {name!r}")
