"""Which lines of a file are its page numbers: the one home of "is this line a page number here".

A page number's form (``text.is_page_number``) is not enough. Some forms no list uses — the
number between dashes or beside one (－ 3 －, - 3 -, －3), with the count of pages (3/9, Page 3
of 9), after p. (p. 3) — and a line of such a form is a page number wherever it stands
(``text.is_sure_page_number``). The other forms — 3, (3), （３）, 3． — number a list's items as
well: pdftotext puts an agenda's numbers on lines of their own (議事 / （１） / 地域交通計画の改定
について / （２） / その他), and such a line is a page number only where a page's edge is:

- the first or the last line with text of a page (the lines next to a form feed: ``Line.page``
  changes across them), or of the file;
- the line just above the page's running head where no form feed marks the page (pypdf joins
  pages with a line break: the number at the foot, then the record's first line again, or a part
  of its title, atop the next page);
- a number of a run that goes up by one at a page's interval through the file (at least three,
  each at least ``_PAGE_LEAST`` lines below the one before, the longest gap at most twice the
  shortest): the file's pages, counted;
- a number no list's series leads to: above 1, with no item numbered one less above it.

The readers ask ``FileView.page_numbers`` (this module's ``find``, made once per view).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Line
from ..text import DASHES, SPACES, is_page_number, is_sure_page_number, page_number_value
from . import numbering

#: the last characters of a page number's line (stripped): a digit, a dash, a bracket, a full stop
ENDS = DASHES + "ー0123456789０１２３４５６７８９）)．."
#: the longest page number's line, stripped (text.PAGE_NUMBER_LONGEST and the spaces about the marks)
_LONGEST = 24
#: the fewest lines of a page: a run of numbers closer than this is a list's, not the pages'
_PAGE_LEAST = 15
#: a session's number in a running head (（第２回）), aside when it is matched against the title
_SESSION_NOTE = re.compile(r"[（(]?第[0-9０-９一二三四五六七八九十]+回[）)]?")
_STOPS = ("。", "．")
#: the first characters of an item numbered in digits (１ 日時, （２）その他, 3．, (4))
_NUMBER_FIRST = frozenset("0123456789０１２３４５６７８９（(")


def find(lines: Sequence[Line], stripped: Sequence[str], candidates: Sequence[int]) -> frozenset[int]:
    """The indexes of the lines that are page numbers where they stand (see the module's text).

    ``stripped``: each line's text stripped; ``candidates``: the lines whose stripped text ends in
    one of ``ENDS`` (``FileView.ending``), the only ones that can be.

    >>> from assembler.model import Line
    >>> agenda = ["議事", "（１）", "地域交通計画の改定について", "（２）", "その他", "", "－ 1 －"]
    >>> sorted(find([Line(t, n) for n, t in enumerate(agenda, 1)], agenda, range(len(agenda))))
    [6]
    >>> paged = [Line("会長　開会する。", 1, 1), Line("（２）", 2, 1), Line("\\f委員　賛成です。", 3, 2), Line("（３）", 4, 2)]
    >>> sorted(find(paged, [x.text.strip() for x in paged], range(4)))
    [1, 3]
    """
    forms = [i for i in candidates if len(stripped[i]) <= _LONGEST and is_page_number(stripped[i])]
    found = {i for i in forms if is_sure_page_number(stripped[i])}
    if len(found) < len(forms):
        found.update(_at_edges(lines, stripped, [i for i in forms if i not in found]))
        found.update(_counted(forms, stripped))
        found.update(_in_no_series(stripped, [i for i in forms if i not in found]))
    return frozenset(found)


def _in_no_series(stripped: Sequence[str], listed: list[int]) -> list[int]:
    """Of the lines of a list's number form (``listed``), those no list's series leads to: a list
    numbers its items from 1, each after the one before (an agenda's （１） / （２）, a heading ``１`` of
    ``１ 日時`` split by pdftotext), so a number above 1 with no item numbered one less above it
    (``numbering.item``, any style: ``２ 場所``, ``（２）その他``) is a page's (``3`` between the attendees
    and a label in pypdf's text)."""
    if not listed:
        return []
    values: set[int] = set()
    found = []
    at = 0
    for i in sorted(listed):
        for k in range(at, i):
            t = stripped[k]
            if t and t[0] in _NUMBER_FIRST and (num := numbering.item(t)) is not None:
                values.add(num.value)
        at = i
        value = page_number_value(stripped[i])
        if value > 1 and value - 1 not in values:
            found.append(i)
        values.add(value)  # (a number alone is an item of its series: 1 / 開会 / 2 / 議事)
    return found


def _at_edges(lines: Sequence[Line], stripped: Sequence[str], listed: list[int]) -> set[int]:
    """Of the lines of a list's number form (``listed``), those at a page's edge: the first or last
    line with text of a page or of the file, or the line above a running head (the pages joined)."""
    texted = [i for i, t in enumerate(stripped) if t]
    at = {i: k for k, i in enumerate(texted)}
    top = texted[:3]
    first = SPACES.sub("", stripped[top[0]])
    title = _SESSION_NOTE.sub("", "".join(SPACES.sub("", stripped[i]) for i in top))
    found: set[int] = set()
    for i in listed:
        k = at[i]
        above = texted[k - 1] if k > 0 else None
        below = texted[k + 1] if k + 1 < len(texted) else None
        if above is None or below is None or lines[above].page != lines[i].page or lines[below].page != lines[i].page:
            found.add(i)  # a page's first or last line
        elif below > top[-1] and _head(SPACES.sub("", stripped[below]), first, title):
            found.add(i)  # the foot of a page joined to the next, its running head below
    return found


def _head(compact: str, first: str, title: str) -> bool:
    """A line (spaces taken off) is the record's running head: its first line again, or a part of
    its title (four characters or more, a session's number aside), no sentence."""
    if compact.endswith(_STOPS):
        return False
    return compact == first or len(bare := _SESSION_NOTE.sub("", compact)) >= 4 and bare in title


def _counted(forms: list[int], stripped: Sequence[str]) -> set[int]:
    """The lines of a page number's form that count the file's pages: runs whose numbers go up by
    one, three or more, each at least ``_PAGE_LEAST`` lines below the one before, the longest gap
    at most twice the shortest."""
    runs: dict[int, list[int]] = {}  # the number the run waits for -> its lines
    done: list[list[int]] = []
    for i in forms:
        value = page_number_value(stripped[i])
        run = runs.get(value)
        if run is not None and i - run[-1] >= _PAGE_LEAST:
            del runs[value]
            run.append(i)
        else:
            run = [i]
            done.append(run)
        runs[value + 1] = run
    found: set[int] = set()
    for run in done:
        if len(run) >= 3:
            gaps = [b - a for a, b in zip(run, run[1:])]
            if max(gaps) <= 2 * min(gaps):
                found.update(run)
    return found
