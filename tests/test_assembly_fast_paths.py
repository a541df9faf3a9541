"""The fast ways a parse assembles its Minutes give what the plain ways give.

Parse throughput (``make bench``) rests also on the last stage of a parse: each point's
objects built and its kind read. Each fast way is compared here with the plain one: speed
work must not change a byte of the output.
"""
from __future__ import annotations

import dataclasses
import pickle

from assembler.model import Point, SourceSpan, Speaker


def test_point_made_is_the_point_its_constructor_makes() -> None:
    """``Point.made`` fills every field, in the order of the class, as ``__init__`` does: a
    field added to Point and not to ``made`` fails here."""
    speaker = Speaker("飯島委員", "飯島", "委員", "member")
    span, plain_span = SourceSpan.made("a.txt", 3, 5, None), SourceSpan("a.txt", 3, 5)
    values = dict(id="m01_abc", meeting="m01", speaker=speaker, kind="opinion", text="財源が課題です。",
                  source=span, kind_why="substantive: 財源が課題です。", role_why="", speaker_why="why")
    fast, plain = Point.made(**values), Point(**{**values, "source": plain_span})  # type: ignore[arg-type]
    assert [f.name for f in dataclasses.fields(Point)] == list(values) == list(vars(fast))
    assert [f.name for f in dataclasses.fields(SourceSpan)] == list(vars(span))
    assert vars(fast) == vars(plain) and vars(span) == vars(plain_span)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert dataclasses.replace(fast, kind="procedural") == dataclasses.replace(plain, kind="procedural")
    assert SourceSpan.made("a.pdf", 1, 2, 7) == SourceSpan("a.pdf", 1, 2, 7)
