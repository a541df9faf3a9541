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
    # the clock's end split off its line in NFKC's text (（午後3時10分 / 閉会)): no cell of the speakers' column —
    # the borderless table's (apartcells) and, written apart, the numbered table's (numbercells: column_pieces)
    ("city-shinsakai-borderless-pdftotext.txt", "nfkc"),
    ("city-toshikei-numbered-table-pdftotext.txt", "nfkc"),
    ("city-kaigo-speech-table-pypdf.txt", "paged-foot"),
    ("town-kodomo-speech-table-pypdf.txt", "paged-foot"),
    ("town-bunkyo-three-column-pypdf.txt", "paged-foot"),
    ("city-bunkakai-three-column-pdftotext.txt", "pypdf"),
    # grouped16's record: the attendee list's line broken at the width (構成団体：…、ひが / し消防団第３分団、)
    ("bodies-disaster-eucjp.txt", "wrapped"),
    ("bodies-disaster-eucjp.txt", "pdftotext"),
    # labels16's record: a label alone at a page's foot (司会（三浦議員） / 1/9 / the speech)
    ("assembly-report-act-labels-utf16.txt", "paged-foot"),
]


@pytest.mark.parametrize(("name", "shape"), CASES)
def test_the_table_keeps_its_speakers_in_the_shape(name, shape, tmp_path) -> None:
    path = ROOT / "tests" / "fixtures" / "minutes" / name
    text = path.read_bytes().decode(read_sources(path)[0].encoding or "utf-8").lstrip("\ufeff").replace("\r\n", "\n")
    before = points_in(path)
    assert len(before) >= 8
    assert lost_in(SHAPES[shape], path, text, before, tmp_path) == []


#: written apart from bodies-disaster-eucjp.txt (the rule's fixture): other bodies, other words, a body
#: named at a bullet's end that only the list says is one, its name broken where the list's line was
_LIST_BROKEN = """第２回　みずほ川流域水防連絡会　会議要旨

日　時：令和７年５月２０日（火）１４：００～１５：３０
会　場：みずほ町役場　大会議室
構成団体：みずほ上流土地改良区、みずほ町漁業協同組合、みずほ建設業協会、みずほ消
防団第２分団、みずほ下流自治会連合会
町：建設課、総務課

１　開会
２　議題
（１）水防計画の見直しについて
　建設課から、見直し案について説明があった。主な意見は以下のとおり。

　・土のうの置き場を地区ごとに増やしてほしい。
　　（みずほ下流自治会連合会）
　・重機の手配は協会として協力できる。
　　（みずほ建設業協会）
　・出水期の前に合同で点検したい。
　・堤防の見回りは分団で受け持てる。（みずほ消防団第２分団）

３　閉会
"""


def test_a_list_of_bodies_broken_at_the_page_width_names_them(tmp_path) -> None:
    """The attendee list's line broken at the page's width (みずほ消 / 防団第２分団、) still names the
    body a bullet's end names (trailing._list_lines): each bullet keeps its body."""
    path = tmp_path / "list-broken.txt"
    path.write_text(_LIST_BROKEN, encoding="utf-8")
    said = [(s, w[:8]) for s, w in points_in(path)]
    assert said[1:] == [("みずほ下流自治会連合会", "土のうの置き場を"), ("みずほ建設業協会", "重機の手配は協会"),
                        ("出席者", "出水期の前に合同"), ("みずほ消防団第2分団", "堤防の見回りは分")]


#: written apart from assembly-report-act-labels-utf16.txt (the rule's fixture, paged-foot): other people,
#: other words, a label with brackets alone at a page's foot, the page's number, its speech atop the next page
_LABEL_AT_PAGE_FOOT = """令和７年度　さくら町子ども会議　会議録

日時：令和７年１０月４日（土）１０時
場所：さくら町公民館

事務局（子育て支援課長）
　本日はお集まりいただき、ありがとうございます。

委員長（石田春香）
　それでは、議事に入ります。事務局から説明をお願いします。

事務局（子育て支援課長）

2/5


　資料１のとおり、放課後の居場所を二か所増やします。

委員長（石田春香）
　ありがとうございました。
"""


def test_a_label_alone_at_a_page_foot_heads_the_speech_atop_the_next(tmp_path) -> None:
    """A label with brackets alone on its line heads the speech below it past the page's number
    (header_steps.label_alone: ``text_below``), not read as the words of the turn above."""
    path = tmp_path / "label-at-foot.txt"
    path.write_text(_LABEL_AT_PAGE_FOOT, encoding="utf-8")
    said = [(s, w[:8]) for s, w in points_in(path)]
    assert said[2] == ("事務局(子育て支援課長)", "資料1のとおり、")
