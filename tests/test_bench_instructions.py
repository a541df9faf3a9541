"""benchmarks/instructions.py (`run.py instructions`): what it runs under valgrind and how it
reads cachegrind's file. valgrind itself is not run here (a minute an input)."""
from __future__ import annotations

import pytest

from conftest import checkout_only

pytestmark = checkout_only  # the benchmarks are in the checkout, not the wheel

instructions = pytest.importorskip("benchmarks.instructions")


def test_child_parses_the_repository_copies(monkeypatch):
    """The warm-up parses ×1, the measured run ×20 besides, both from the repository's files."""
    from benchmarks import bench_parse
    import assembler.minutes as minutes

    sizes = []
    real = minutes.parse_source
    monkeypatch.setattr(minutes, "parse_source", lambda src, roles: sizes.append(len(src.lines)) or real(src, roles))
    for name in ("seed", "pdf"):
        sizes.clear()
        instructions.child(name, parse_big=False)
        assert len(sizes) == 1
        instructions.child(name, parse_big=True)
        one = sizes[1]
        assert sizes[2] > 15 * one  # ×20 of the body after the front matter
    assert bench_parse.SEED.is_relative_to(instructions.ROOT)
    assert bench_parse.PDF.is_relative_to(instructions.ROOT)


def test_functions_sums_each_functions_lines(tmp_path):
    out = tmp_path / "cachegrind.out"
    out.write_text("desc: I1 cache:\ncmd: python\nevents: Ir\nfl=/a/ceval.c\nfn=eval\n10 500\n11 250\n"
                   "fn=other\n3 7\nfl=/b/x.c\nfn=eval\n1 3\nsummary: 760\n")
    assert instructions._functions(out) == {"ceval.c:eval": 750, "ceval.c:other": 7, "x.c:eval": 3}


def test_the_benchmarks_say_which_parser_they_measure():
    """`make bench` and `run.py instructions` print which parser they measured: in the checkout the
    plain source (a compiled copy is built apart, tools/build-compiled.py; conftest.py refuses a
    checkout that holds a compiled module)."""
    from benchmarks import bench_parse

    assert bench_parse.build() == "pure Python"
    assert not [p for ext in ("*.so", "*.pyd") for p in (instructions.ROOT / "assembler").rglob(ext)]
