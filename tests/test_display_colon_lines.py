"""names.display matches a display name only on the lines that hold a colon, each from its start,
instead of scanning every position of the text: the same matches as the scan, on every text fixture
and on generated text (a line of a Web meeting's transcript holds its colon; the patterns match
within one line). It took the seed's ×20 parse 816.5 → 766.4 M instructions (the seed's first lines
say WEB会議, so the reader ran its scans over the whole text)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.minutes import names
from conftest import FIXTURES

_TEXTS = sorted(p for p in (FIXTURES / "minutes").glob("*.txt"))
_PIECES = ["宮坂 恵", "鶴田健", "事務局_総務課 松永", "iPad（杉浦）", "Yuko Hatano", "日時", "委員長　藤森", "：", ":", "（北辰大学）",
           "はい、宮坂です。", "\n", " ", "\u3000", "資料", "_", "。", "Zoom"]


def _scanned(text: str) -> tuple[list[tuple[int, int]], bool]:
    return [m.span() for m in names._DISPLAY.finditer(text)], names._DISPLAY_CHEAP.search(text) is not None


def _by_lines(text: str) -> tuple[list[tuple[int, int]], bool]:
    ats = names._colon_lines(text)
    return ([m.span() for at in ats if (m := names._DISPLAY.match(text, at)) is not None],
            any(names._DISPLAY_CHEAP.match(text, at) for at in ats))


def test_the_colon_lines_give_the_scans_matches_on_every_text_fixture():
    for path in _TEXTS:
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert _by_lines(text) == _scanned(text), path.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_colon_lines_give_the_scans_matches_on_generated_text(pieces):
    text = "".join(pieces)
    assert _by_lines(text) == _scanned(text)
