"""Draft -> Word (.docx) and the trace exports (json, csv, xlsx).

The only package that imports python-docx, lxml and openpyxl.
"""
from __future__ import annotations

from assembler.render.document import build_docx, render_docx
from assembler.render.dump import dump_docx
from assembler.render.safety import check_docx_safe
from assembler.render.trace import write_trace

__all__ = ["render_docx", "build_docx", "write_trace", "dump_docx", "check_docx_safe"]
