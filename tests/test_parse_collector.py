"""parse_source pauses the cyclic garbage collector: it must leave it as it found it, even
when it refuses a file, and parsing must make no reference cycles (else the pause would keep
garbage alive until the collector runs again)."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from assembler.errors import InputError
from assembler.ingest import read_source, read_sources
from assembler.minutes import load_roles, parse_source
from assembler.model import Line, SourceText

FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures" / "minutes").iterdir()
                  if p.suffix in (".txt", ".pdf"))


def test_the_collector_is_paused_during_the_parse_and_left_as_it_was(monkeypatch):
    import assembler.minutes as minutes

    seen = []
    join = minutes.join_lines

    def probing(*args):
        seen.append(gc.isenabled())
        return join(*args)

    monkeypatch.setattr(minutes, "join_lines", probing)
    # a record of turns, whose points are joined from their lines (a narrated record's are its
    # reports' sentences, read before the parse: join_lines is not asked)
    src = read_source(FIXTURES[0].with_name("assembly-lone-paren.txt"))
    assert gc.isenabled()
    parse_source(src, load_roles())
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_source(src, load_roles())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_refused_file_leaves_the_collector_on():
    src = SourceText("empty.txt", (Line("ただの文章です。", 1),))
    with pytest.raises(InputError):
        parse_source(src, load_roles())
    assert gc.isenabled()


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_parsing_makes_no_reference_cycles(path):
    roles = load_roles()
    src = read_sources(path)[0]  # an export of several meetings: its first
    try:
        parse_source(src, roles)  # warm caches (compiled patterns live on)
    except InputError:
        pytest.skip("a fixture of a refused file")
    gc.collect()
    gc.disable()
    try:
        minutes = parse_source(src, roles)
        del minutes
        assert gc.collect() == 0
    finally:
        gc.enable()
