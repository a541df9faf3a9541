"""Spreadsheet cells that stay text: no minutes bullet becomes a live formula.

A bullet that starts with ``=`` (or ``+ - @``, a tab or a carriage return) is a formula to
Excel and LibreOffice when they open the trace: ``=HYPERLINK(…)`` sends a click to any
address, ``=cmd|' /C calc'!A0`` asks to run a program (CSV injection, OWASP). As OWASP
recommends, such a CSV field gets a leading apostrophe, which spreadsheets read as "text
follows". In the .xlsx every string is an inline string (never a formula) and such a cell
also gets Excel's quote prefix (``render/xlsx.py``), so it stays text when someone edits
it, and the value keeps the bullet's exact characters.
"""
from __future__ import annotations

from typing import Any

__all__ = ["FORMULA_START", "formula_like", "csv_field"]

#: What makes a spreadsheet read a cell as a formula (OWASP "CSV Injection", plus the line feed).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def formula_like(value: Any) -> bool:
    """Whether a spreadsheet would read this value as a formula.

    >>> formula_like("=HYPERLINK(\\"http://example.com\\")"), formula_like("−1 は全角"), formula_like(-1)
    (True, False, False)
    """
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_field(value: Any) -> Any:
    """A CSV field as text a spreadsheet will not evaluate: a leading apostrophe if needed.

    >>> csv_field("=cmd|' /C calc'!A0"), csv_field("@SUM(A1)"), csv_field("港湾"), csv_field(3)
    ("'=cmd|' /C calc'!A0", "'@SUM(A1)", '港湾', 3)
    """
    return "'" + value if formula_like(value) else value

