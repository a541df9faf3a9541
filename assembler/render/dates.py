"""Japanese era dates for the cover and the appendix (令和２年５月１２日)."""
from __future__ import annotations

from datetime import date

from assembler.model import to_fullwidth

# (first day, era name), newest first
_ERAS: tuple[tuple[date, str], ...] = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
)


def era_date(iso: str | None) -> str:
    """An ISO date (2020-05-12) in Japanese era style with full-width digits; '' for None.

    >>> era_date("2020-05-12")
    '令和２年５月１２日'
    >>> era_date("2019-05-01"), era_date("2019-04-30")
    ('令和元年５月１日', '平成３１年４月３０日')
    >>> era_date("1989-01-07")
    '昭和６４年１月７日'
    >>> era_date(None)
    ''
    """
    if not iso:
        return ""
    d = date.fromisoformat(iso[:10])
    for start, name in _ERAS:
        if d >= start:
            year = d.year - start.year + 1
            y = "元" if year == 1 else to_fullwidth(str(year))
            return f"{name}{y}年{to_fullwidth(str(d.month))}月{to_fullwidth(str(d.day))}日"
    return f"{to_fullwidth(str(d.year))}年{to_fullwidth(str(d.month))}月{to_fullwidth(str(d.day))}日"


def era_short(iso: str | None) -> str:
    """An ISO date as a short era date for narrow table cells (R2.5.12); '' for None.

    >>> era_short("2020-05-12"), era_short("2019-04-30"), era_short(None)
    ('R2.5.12', 'H31.4.30', '')
    """
    if not iso:
        return ""
    d = date.fromisoformat(iso[:10])
    for start, name in _ERAS:
        if d >= start:
            return f"{_LETTERS[name]}{d.year - start.year + 1}.{d.month}.{d.day}"
    return f"{d.year}.{d.month}.{d.day}"


_LETTERS = {"令和": "R", "平成": "H", "昭和": "S"}
