"""The labelled kind corpus (tests/fixtures/kind): each turn paragraph's kind and role against
labels written with the fixtures (``make eval`` prints the figures and the misses)."""
from __future__ import annotations

from benchmarks.eval_kind import cases, evaluate, fixtures


def test_the_corpus_is_labelled_and_scored():
    every = evaluate()
    assert len(fixtures()) >= 3 and len(every) >= 75
    for c in every:
        assert c.label["kind"] in ("opinion", "procedural") and c.label["role"] in (
            "member", "chair", "government", "secretariat", "other"), c


def test_kind_accuracy_on_the_corpus():
    every = evaluate()
    right = sum(c.kind_ok for c in every)
    assert right / len(every) >= 0.90, [c.label for c in every if not c.kind_ok]


def test_a_point_parsed_elsewhere_is_a_miss_not_a_hit(tmp_path):
    src = fixtures()[0]
    (tmp_path / src.name).write_text("\n" * 100 + src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / (src.stem + ".labels.yaml")).write_text(
        src.with_suffix(".labels.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    shifted = cases(tmp_path / src.name)  # every line 100 lower: no label finds its point
    assert shifted and not any(c.found or c.kind_ok or c.role_ok for c in shifted)
