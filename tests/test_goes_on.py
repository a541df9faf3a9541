"""The line that plainly goes on the open paragraph (``LineParser.goes_on``) held to the whole path.

``feed`` adds such a line to the open paragraph at once instead of sending it through ``place``,
``dispatch``, ``speech_only``, ``speech_step``, ``continuation_step`` and ``continues`` (parse
throughput, README). The gate may only say yes where the whole path would come to the same
``extend``: these tests parse with the gate and with it shut (every line down the whole path) and
compare the whole ``Minutes``, on every text fixture and the seed, on random splices of their lines,
and on lines made of the pieces the skipped steps read (marks, brackets, から/より, た。, は、, 。,
indents, page breaks, short lines). The byte-identity of every fixture's parse is checked apart
(/work/evaltools/dump.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.ingest import read_source
from assembler.minutes import parse_source
from assembler.minutes.parser import LineParser
from assembler.model import Line

from tests.test_speech_gate import PIECES, ROLES, _alike, _fixture_lines, _splices

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def _gate_shut() -> Iterator[None]:
    """Every line down the whole path (the plain way)."""
    with mock.patch.object(LineParser, "goes_on", lambda self, i, line, stripped: False):
        yield


def _taken(path: Path) -> int:
    """How many lines of the file ``goes_on`` takes."""
    taken = []
    real = LineParser.goes_on

    def counted(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        taken.append(real(self, i, line, stripped))
        return taken[-1]

    with mock.patch.object(LineParser, "goes_on", counted):
        parse_source(read_source(path), ROLES)
    return sum(taken)


def test_the_gate_fires_on_the_seed_and_the_pdf() -> None:
    """It takes most wrapped lines of the seed's and the PDF's speech (else it measures nothing)."""
    assert _taken(ROOT / "examples" / "minutes" / "infra-council-02.txt") >= 100
    assert _taken(ROOT / "tests" / "fixtures" / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf") >= 60


def test_every_text_fixture_parses_alike_with_the_gate_shut() -> None:
    for k, lines in enumerate(_fixture_lines()):
        _alike(list(lines), f"fixture-{k}.txt", _gate_shut)


def test_random_splices_of_the_fixtures_parse_alike_with_the_gate_shut() -> None:
    """Pieces of several fixtures (a run of each one's lines) one after another: the same parse."""
    for name, spliced in _splices(_fixture_lines(), 20):
        _alike(spliced, name, _gate_shut)


# what the steps the gate skips read a line by, and what ``continues`` reads: the speech gate's
# pieces, a subject's は, a sentence's end, an indent, long runs of speech
GOING_ON = [*PIECES, "は", "、", "。", "た", "について", "本日の会議では", "検討を進めてまいりたい", "と考えております"]
TEXTS = st.tuples(st.sampled_from(["", "", " ", "\u3000"]),
                  st.lists(st.sampled_from(GOING_ON), min_size=1, max_size=24).map("".join)).map("".join)
LINES = st.tuples(TEXTS, st.sampled_from([1, 1, 1, 2])).map(lambda t: Line(t[0], 0, t[1]))
OPENINGS = [["議事要旨", "", "（飯島委員）", ""], ["○山田委員　本日はよろしくお願いします"],
            ["委員からの主な意見は以下のとおり。", ""], ["議事録", "出席者：山田委員、川端会長", ""],
            ["（飯島委員）", "（川端委員）"]]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(OPENINGS), st.lists(LINES, min_size=1, max_size=12))
@example(["（飯島委員）"], [Line("検討を進めてまいりたいと考えております。検討を進めてまいりたい", 0),
                          Line("と考えております。本日の会議ではについて委員から意見があった。", 0)])  # から
@example(["（飯島委員）"], [Line("検討を進めてまいりたいと考えております。検討を進めてまいりたい", 0),
                          Line("と考えております。本日の会議では、検討を進めてまいりたいと考えておりました。", 0)])  # た。
@example(["（飯島委員）"], [Line("検討を進めてまいりたいと考えております。", 0),
                          Line("委員は、検討を進めてまいりたいと考えております。と考えております", 0)])  # a subject
@example(["（飯島委員）"], [Line("検討を進めてまいりたいと考えております。", 0),
                          Line("\u3000検討を進めてまいりたいと考えております。検討を進めてまいりたい", 0)])  # an indent
@example(["（飯島委員）", "（川端委員）"], [Line("検討を進めてまいりたいと考えております。", 0),
                                       Line("検討を進めてまいりたいと考えております。検討を進めてまいりたい", 0)])  # pending
def test_lines_of_the_skipped_steps_pieces_parse_alike_with_the_gate_shut(opening: list[str], body: list[Line]) -> None:
    _alike([Line(t, 0, 1) for t in opening] + body, plain_way=_gate_shut)


def test_a_line_a_reader_of_the_file_holds_is_never_taken() -> None:
    """A line that a pass before the parse set apart — a label after its point or the first line
    of the point it names (``trail_lines``), a running head (``heads``), the closing block's
    (``closing_at``), a legend's (``legend_at``) — goes down the whole path, whatever else it is:
    each line the gate takes on the seed (where speakers are named after their points) and the
    PDF, put in each of those sets, is let go."""
    real = LineParser.goes_on
    asked = []

    def held(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        took = real(self, i, line, stripped)
        if took:
            for name in ("trail_lines", "heads", "closing_at", "legend_at"):
                kept, run = getattr(self, name), (self.runs_plain, self.set_apart)
                setattr(self, name, frozenset(kept) | {i})
                self.runs_plain, self.set_apart = self.plain_run()  # as ``__init__`` sets them
                try:
                    asked.append((name, real(self, i, line, stripped)))
                finally:
                    setattr(self, name, kept)
                    self.runs_plain, self.set_apart = run
        return took

    with mock.patch.object(LineParser, "goes_on", held):
        for path in (ROOT / "examples" / "minutes" / "infra-council-02.txt",
                     ROOT / "tests" / "fixtures" / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf"):
            parse_source(read_source(path), ROLES)
    assert len(asked) >= 400 and not any(took for _, took in asked)
