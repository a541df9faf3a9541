"""Speakers in tables outside Word (session 11, tables14). Fixtures written here
(``tests/tools/make_label_cells.py``; fictional names and sentences) in the shapes real files
arrive in.

1. A label cell of two or three lines: municipal 審議会 minutes typed in Word as a table with no
   heading row — the speaker in the left cell, title over surname (委員長 / 藤森), surname over
   title (早川 / 委員), office / title / surname (環境政策課 / 課長補佐 / 宮下) — the speech in the
   right cell, printed to PDF (borderless, each label line a paragraph; the check: ruled, the
   lines broken by Shift+Enter, rows flush). The PDF reader put the cell's second line between
   the speech lines beside it (委員長 / speech / 藤森 / speech); a row's left cell is one label
   now, whatever its line count (``ingest/pdf.py``, ``_TableReader``).
"""
from __future__ import annotations

import pytest

from assembler.ingest import read_source
from conftest import FIXTURES

MINUTES = FIXTURES / "minutes"

#: the speaker cells of each fixture's table, in order, as the reader gives them (the cell's
#: lines apart by U+3000); before: one label a line, the second between the speech lines
LABELS = {
    "council-label-cells": [
        "委員長　藤森", "環境政策課長　石黒", "委員　早川", "委員　小野寺", "環境政策課　課長補佐　宮下",
        "早川　委員", "委員　竹内", "環境政策課長　石黒", "委員長　藤森", "環境政策課長　石黒", "副委員長　松浦",
        "委員長　藤森"],
    # written after the rule and read at first sight: ruled, label lines broken in one
    # paragraph, rows flush (no space between them), a label longer than its speech
    "board-label-cells": [
        "会長　川久保", "まちづくり課　課長　新田", "樋口　委員", "まちづくり課　主査　山内", "委員　大沢",
        "会長　川久保", "委員　森本", "会長　川久保"],
}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_a_speaker_cell_of_two_or_three_lines_is_one_label_in_pdf_and_word(name: str) -> None:
    pdf = read_source(MINUTES / f"{name}.pdf").lines
    labels = [line.text for line in pdf if line.cue == "label"]
    assert labels[:len(LABELS[name])] == LABELS[name]
    # after the table only the closing line (its own row of the left column: 以上, the time)
    assert len(labels) == len(LABELS[name]) + 1
    # the speech beside a label's second line goes on in its paragraph, no label between
    assert not any(line.text in ("藤森", "石黒", "宮下", "川久保", "新田") for line in pdf)
    word = read_source(MINUTES / f"{name}.docx").lines
    assert [line.text for line in word if line.cue == "speaker"] == LABELS[name]


def test_a_page_break_inside_a_row_keeps_the_speech_with_its_speaker() -> None:
    lines = read_source(MINUTES / "council-label-cells.pdf").lines
    at = next(k for k, line in enumerate(lines) if line.text == "委員　小野寺")
    speech = lines[at + 1:at + 14]
    assert {line.page for line in speech} == {1, 2} and not any(line.cue for line in speech)
    assert lines[at + 14].text == "環境政策課　課長補佐　宮下"
