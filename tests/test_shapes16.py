"""The tables' readers hold in the shapes real files arrive in (shapes16; benchmarks/shapes.py).

Each case is a fixture and a shape that lost points before the reader was made to hold in it:
the text is written in that shape and parsed again, and every point keeps its speaker and its
words. A quick, targeted check beside tests/test_shapes.py (which re-shapes every fixture):

- ``margin`` — pdftotext -layout of a PDF whose text stands in from the paper's edge (every line
  some spaces in): a 3-column table (事項 | 発言者 | 発言内容) and a borderless one (会長 / （石黒）)
  are read from the page's edge (``qatext._speech_cells``: ``text.without_margin``).
- ``nfkc`` — text folded to NFKC (half-width brackets, an ASCII space for U+3000): plain
  pdftotext's and pypdf's cells apart from their rows (``apartcells``) read ``(田辺)`` and
  ``閉会)`` and ``(午後3時10分 閉会)`` as ``閉会）`` and ``（午後３時１０分　閉会）`` (no cell, no row's
  words); a marked label ``●事務局 お手元の…`` is no post glued to a row's words.
- ``paged-foot`` — a page break (blank lines about the page's number ``1/9``) inside a speaker's cell
  that pypdf gave on lines of its own (事務局（介護保 / the page / 険課長補佐）, 委員 / the page / 東): the
  cell goes on over it (``qatext._short_pieces``).
- ``pypdf`` — plain pdftotext's blocks with no blank line between them: a subject's cell (議案第５号 /
  令和８年度かえ / で市下水道事業 / 会計予算) is told from the speakers' cells under it by its numbered first
  line, down to the first post over a name (``apartcells._numbered_cells``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assembler.ingest import read_sources
from benchmarks.shapes import SHAPES, lost_in, points_in

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    # the rule's fixtures, then the records written apart (other posts, names, widths, tables)
    ("city-bunkakai-three-column-layout.txt", "margin"),
    ("town-bunkyo-three-column-layout.txt", "margin"),
    ("city-shinsakai-borderless-layout.txt", "margin"),
    ("town-seigan-borderless-layout.txt", "margin"),
    ("city-bunkakai-three-column-pdftotext.txt", "nfkc"),
    ("city-shinsakai-borderless-pypdf.txt", "nfkc"),
    ("town-seigan-borderless-pypdf.txt", "nfkc"),
    ("selection-lettered-cp932.txt", "nfkc"),
    ("city-kaigo-speech-table-pypdf.txt", "paged-foot"),
    ("town-kodomo-speech-table-pypdf.txt", "paged-foot"),
    ("town-bunkyo-three-column-pypdf.txt", "paged-foot"),
    ("city-bunkakai-three-column-pdftotext.txt", "pypdf"),
]


@pytest.mark.parametrize(("name", "shape"), CASES)
def test_the_table_keeps_its_speakers_in_the_shape(name, shape, tmp_path) -> None:
    path = ROOT / "tests" / "fixtures" / "minutes" / name
    text = path.read_bytes().decode(read_sources(path)[0].encoding or "utf-8").lstrip("\ufeff").replace("\r\n", "\n")
    before = points_in(path)
    assert len(before) >= 8
    assert lost_in(SHAPES[shape], path, text, before, tmp_path) == []
