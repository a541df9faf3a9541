"""The speech gate (``LineParser.speech_only``) held to the whole dispatch.

A line of speech in the body — no mark, bracket, digit, rule or Q&A letter first, no clock or
closing bracket last, no colon, space or bracket in its first 32 characters, and (at 14 to 30
characters) nothing a closing, a signature or a group's heading ends in (``ends_nothing``) — goes
straight to ``speech_step`` (a report, a subject, a line going on) instead of through every step
before it (parse throughput, README). Every step it skips would have let the line go: these tests
parse with the gate and with it shut (every line through the whole dispatch) and compare the whole
``Minutes``, on random splices of the fixtures' lines and on lines made of the pieces the skipped
steps read. The byte-identity of every fixture's parse is checked apart (/work/evaltools/dump.py).
"""
from __future__ import annotations

import random
from dataclasses import replace
from contextlib import AbstractContextManager, contextmanager
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.ingest import read_source, read_sources
from assembler.minutes import load_roles, parse_source
from assembler.minutes.parser import LineParser
from assembler.model import Line, SourceText

ROOT = Path(__file__).resolve().parent.parent
ROLES = load_roles()


@contextmanager
def _gate_shut() -> Iterator[None]:
    """Every line through the whole dispatch (the plain way; ``goes_on``, which would send a line
    going on the open paragraph past the dispatch, shut too)."""
    with mock.patch.object(LineParser, "speech_only", lambda self, i, line, stripped: False), \
            mock.patch.object(LineParser, "goes_on", lambda self, i, line, stripped: False):
        yield


def _reading(src: SourceText) -> str:
    """The whole parse as text (the refusal's message when the file is refused)."""
    try:
        return repr(parse_source(src, ROLES))
    except Exception as e:  # noqa: BLE001 - a refusal is a reading too, compared as it is
        return f"{type(e).__name__}: {e}"


def _alike(lines: list[Line], name: str = "splice.txt",
           plain_way: Callable[[], AbstractContextManager[None]] = _gate_shut) -> None:
    """The lines parse alike with the gate and the plain way (``plain_way``: the gate shut)."""
    src = SourceText(file=name, lines=tuple(replace(line, number=k) for k, line in enumerate(lines, 1)), format="txt")
    gated = _reading(src)
    with plain_way():
        plain = _reading(src)
    assert gated == plain, name


def _fixture_lines() -> list[tuple[Line, ...]]:
    """The lines of every text fixture and the seed as read (cues and pages kept), each meeting's."""
    files = sorted((ROOT / "tests" / "fixtures" / "minutes").glob("*.txt")) + [ROOT / "examples" / "minutes" / "infra-council-02.txt"]
    return [src.lines for path in files for src in read_sources(path) if src.lines]


def test_the_gate_fires_on_the_seed() -> None:
    """The gate takes most lines of the seed's speech (else it measures nothing)."""
    src = read_source(ROOT / "examples" / "minutes" / "infra-council-02.txt")
    taken = []
    real = LineParser.speech_only

    def counted(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        taken.append(real(self, i, line, stripped))
        return taken[-1]

    with mock.patch.object(LineParser, "speech_only", counted), \
            mock.patch.object(LineParser, "goes_on", lambda self, i, line, stripped: False):
        parse_source(src, ROLES)  # (``goes_on`` takes most of them before it: shut)
    assert sum(taken) >= 100


def _splices(files: list[tuple[Line, ...]], seed: int, n: int = 60) -> Iterator[tuple[str, list[Line]]]:
    """``n`` random splices of the files' lines (a run of each of two to four files' lines, one
    after another), each with its name."""
    rng = random.Random(seed)
    for k in range(n):
        spliced: list[Line] = []
        for _ in range(rng.randint(2, 4)):
            lines = rng.choice(files)
            start = rng.randrange(len(lines))
            spliced += lines[start:start + rng.randint(5, 60)]
        yield f"splice-{k}.txt", spliced


def test_random_splices_of_the_fixtures_parse_alike_with_the_gate_shut() -> None:
    """Pieces of several fixtures (a run of each one's lines) one after another: the same parse."""
    for name, spliced in _splices(_fixture_lines(), 10):
        _alike(spliced, name)


# what the steps before ``speech_step`` read a line by: marks, brackets, digits, a rule, Q&A letters,
# clocks, a signature's words, a group's heading's words and ends, 以上, 責, spaces of every kind
PIECES = ["○", "（", "）", "(", "【", "】", "：", " ", "\u3000", "・", "－", "―", "１", "2", "Ａ", "Ｑ", "質問", "「",
          "委員", "会長", "事務局", "山田", "から", "より", "は、", "。", "、", "た。", "とおり。", "通り", "以上", "責任",
          "署名", "証する", "記名押印", "午前１０時", "開会", "閉会", "分", "意見", "主な意見", "について", "ありがとうございます",
          "検討を進めてまいりたいと考えております", "資料", "議事", "第", "日程", "AI", "DX", "ー", "※", "異議なし"]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=24).map("".join)
OPENINGS = [["議事要旨", "", "（飯島委員）", ""], ["○山田委員　本日はよろしくお願いします。"],
            ["委員からの主な意見は以下のとおり。", ""], ["議事録", "出席者：山田委員、川端会長", ""]]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(OPENINGS), st.lists(LINES, min_size=1, max_size=12))
@example(["（飯島委員）"], ["検討を進めてまいりたいと考えております。", "質疑", "（川端委員）",  # a section's word
                          "次の議題に移りたいと考えておりますのでよろしくお願いします。", "す。", "了", "以上。"])
@example(["議事要旨", "", "（飯島委員）", ""], ["委員ありがとうございます会長"])  # a name alone (``headless`` at 20 or fewer)
@example(["（飯島委員）"], ["検討を進めてまいりたいと考えております。", "",  # a clock after the label (``clocked``)
                          "それではこれより本日の議事について事務局から説明をいたしますのでよろしくお願い大河内教育長（10:02）",
                          "", "（川端委員）", "次の議題に移りたいと考えておりますのでよろしくお願いします。"])
@example(["（飯島委員）"], ["検討を進めてまいりたいと考えておりますので、ありがとうございます。", "上記のとおり相違ないことを証するため署名する。"])
@example(["（飯島委員）"], ["検討を進めてまいりたいと考えております。委員からの主な意見", "検討を進めてまいりたいと考えております"])
@example(["委員からの主な意見は以下のとおり。", ""], ["検討を進めてまいりたいと考えております。", "ありがとうございますありがとうございます"])
def test_lines_of_the_skipped_steps_pieces_parse_alike_with_the_gate_shut(opening: list[str], body: list[str]) -> None:
    _alike([Line(t, 0) for t in opening + body])
