"""Draft -> Word (.docx) and the trace exports (json, csv, xlsx).

The output stage: it writes. Reading a .docx in (minutes, an edited draft) and the names
both sides share live in ``assembler.docx``; wording lives in ``assembler.texts``.
"""
from __future__ import annotations

from assembler.render.document import build_docx, render_docx
from assembler.render.dump import dump_docx
from assembler.render.trace import write_trace

__all__ = ["render_docx", "build_docx", "write_trace", "dump_docx"]
