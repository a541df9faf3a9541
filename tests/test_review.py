"""`assembler review`: doubtful placements and merges, most doubtful first."""
from __future__ import annotations

from click.testing import CliRunner

from assembler import classify, pipeline
from assembler.review import review_text
from benchmarks.generate import generate
from assembler.cli import main
from conftest import SEED


def test_review_lists_doubtful_placements_most_doubtful_first(in_root):
    a = pipeline.assemble([SEED])
    rows = classify.review_rows(a.points, a.assignments)
    assert rows, "the seed has uncertain and catch-all placements"
    margins = [abs(r.margin) for r in rows]
    assert margins == sorted(margins)
    r = CliRunner().invoke(main, ["review", "examples/minutes"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith(f"placements to check: {len(rows)} ")
    assert "merges to check: 0 " in r.output
    order = [line.split()[0] for line in r.output.splitlines()[2:2 + len(rows)]]
    assert order == [row.point for row in rows]


def test_review_lists_merges_of_a_repeating_meeting(tmp_path):
    generate(tmp_path, meetings=1, seed=1)
    a = pipeline.assemble([SEED, next(tmp_path.glob("*03*.txt"))])
    text = review_text(a)
    merged = sum(len(g.links) for g in a.groups)
    assert merged > 0
    assert f"merges to check: {merged} " in text
