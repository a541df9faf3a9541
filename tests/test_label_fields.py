"""A speaker's label read for the front field it names once a file (``FrontSteps.field_of``).

``front_entry_step`` asks every label that takes the floor whether it names a field of the front
matter (``front.field_label``: 日時, 出席委員, 記録者 …); the answer depends on the label's text alone,
and a record's speakers take the floor under the same labels turn after turn, so the parser keeps
it per label (parse throughput, README). These tests parse every text fixture and the PDF with the
answers kept and with every label read anew, and compare the whole ``Minutes``; and count the reads.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from assembler.ingest import read_source
from assembler.minutes import parse_source
from assembler.minutes import front_steps
from assembler.minutes.front import field_label
from assembler.minutes.parser import LineParser
from assembler.minutes.patterns import FRONT_LABELS, Patterns
from assembler.minutes.front import FrontLabels
from assembler.model import SourceText

from tests.test_speech_gate import ROLES, _alike, _fixture_lines, _splices

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "fixtures" / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf"


@contextmanager
def _read_anew() -> Iterator[None]:
    """Every label read anew (the plain way)."""
    with mock.patch.object(LineParser, "field_of", lambda self, label: field_label(label, self.labels)):
        yield


def test_every_text_fixture_parses_alike_with_every_label_read_anew() -> None:
    for k, lines in enumerate(_fixture_lines()):
        _alike(list(lines), f"fixture-{k}.txt", _read_anew)
    for name, spliced in _splices(_fixture_lines(), 30):
        _alike(spliced, name, _read_anew)


def test_the_pdf_and_its_labels_parse_alike_read_anew() -> None:
    src = read_source(PDF)
    kept = repr(parse_source(src, ROLES))
    with _read_anew():
        assert repr(parse_source(src, ROLES)) == kept


def test_a_label_is_read_once_a_file() -> None:
    """The PDF's 16 headers name 11 labels: each is read once."""
    asked: list[str] = []

    def counted(label: str, labels: object) -> str | None:
        asked.append(label)
        return field_label(label, labels)  # type: ignore[arg-type]

    with mock.patch.object(front_steps, "field_label", counted):
        parse_source(read_source(PDF), ROLES)
    assert asked and len(asked) == len(set(asked))


def test_each_label_keeps_its_own_field() -> None:
    """Asked of one parser in turn, twice over, every front label as written (日時, 出席委員, 記録者 …,
    numbered and spaced too) and speakers' labels sharing their first characters (日高委員, 出席者代表,
    記録係長): each gets ``field_label``'s own answer."""
    labels = FrontLabels.build(FRONT_LABELS)
    parser = LineParser(SourceText("x.txt", ()), ROLES, Patterns(), labels)
    written = [v for values in FRONT_LABELS.values() for v in values]
    asked = [*written, *(f"１{v}" for v in written), "日高委員", "出席者代表", "記録係長", "場所長", "議長", "事務局", "河野大臣"]
    for label in asked + asked[::-1]:
        assert parser.field_of(label) == field_label(label, labels), label
