"""Forms found by surveying public minutes of many kinds of bodies, one fixture per concept.

Each fixture is written here (fictional names and sentences) in the shape real files arrive
in — pdftotext text with form feeds, page numbers and blank lines inside paragraphs — with
its expected parse (rows: speaker label, role, start of the text, first line, last line) and
the fate of every line (f front, a agenda, n narrative, p point, s stage, F furniture,
b blank, u unread). tests/fixtures/minutes/SOURCES.md says which public form each imitates.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 部会's 議事要旨 that anonymises its members: the title, then a letter or a number
    # (委員Ａ：, 委員１０：, half-width 委員3：) — each tag is one speaker; a paragraph broken by
    # a blank line, a page number and a form feed
    "summary-anonymised.txt": [
        ("委員Ａ", "member", "救急搬送の受入れ困難事例が増えている。圏域を越えた連携の仕組みが必要である。", 8, 10),
        ("委員Ｂ", "member", "医師の働き方改革の影響を", 11, 11),
        ("事務局", "secretariat", "各医療機関への調査を", 12, 12),
        ("委員Ｃ", "member", "在宅医療を担う診療所が", 13, 13),
        ("委員１０", "member", "訪問看護ステーションの", 16, 16),
        ("委員3", "member", "オンライン診療の活用を", 17, 17),
        ("部会長", "chair", "本日の意見を踏まえ", 18, 18),
    ],
}

LINE_FATES = {
    "summary-anonymised.txt": "fbffbfb" "pbppppbF" "pppbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def test_an_anonymised_member_is_each_tag_of_a_title():
    parsed = minutes.parse_file(MINUTES / "summary-anonymised.txt")
    names = {(p.speaker.name, p.speaker.title) for p in parsed.points if p.speaker.title == "委員"}
    assert names == {("Ａ", "委員"), ("Ｂ", "委員"), ("Ｃ", "委員"), ("１０", "委員"), ("3", "委員")}
