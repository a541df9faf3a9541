"""The overrides file: every accepted form, one case per broken rule, checks against a run,
and textual appends that keep the user's comments."""
from __future__ import annotations

from pathlib import Path

import pytest

from assembler.errors import ConfigError
from assembler.model import Overrides, Placement, Point, SourceSpan, Speaker
from assembler.overrides import append_placements, check_overrides, load_overrides
from assembler.sections import load_outline

FIXTURE = Path(__file__).parent / "fixtures" / "overrides" / "overrides.yaml"
EXAMPLE = Path(__file__).parent.parent / "sections" / "overrides.example.yaml"


def test_every_form_of_the_fixture():
    o = load_overrides(FIXTURE)
    assert o.source == str(FIXTURE)
    assert o.placements == (
        Placement("m02_3f9a1c", "dx"),
        Placement("m02_77aa01", "om", reason="維持管理の論点として整理"),
        Placement("m02_0b1c2d", None, excluded=True, reason="重複のため", date="2026-11-29"),
        Placement("m02_aaaaaa", None, excluded=True),
        Placement("m03_bbbbbb", "kpi", reason="目標設定の論点"),
    )
    assert o.never_merge == (("m02_3f9a1c", "m03_99aa00"),)
    assert o.merge == (("m03_99aa00", "m02_3f9a1c"),)
    assert o.edits == (("m02_3f9a1c", "DX の推進に当たっては、現地人材の育成が重要である。"),)


def test_the_commented_example_and_an_empty_file_mean_no_overrides(tmp_path):
    empty = tmp_path / "o.yaml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    for path in (EXAMPLE, empty):
        o = load_overrides(path)
        assert (o.placements, o.never_merge, o.merge, o.edits) == ((), (), (), ())


BROKEN = [
    ("point:\n  m02_3f9a1c: dx\n", "point: unknown key; did you mean 'points'?"),
    ("points:\n  m02_3f9a1c: {sectoin: dx}\n", "points.m02_3f9a1c.sectoin: unknown key; did you mean 'section'?"),
    ("points:\n  m2-3f9a1c: dx\n",
     "points: key 'm2-3f9a1c': 'm2-3f9a1c' is not a point id; ids look like 'm02_3f9a1c' "
     "(see `assembler classify` or the trace)"),
    ("points:\n  m02_3f9a1c: {section: dx, exclude: true}\n",
     "points.m02_3f9a1c: both 'section' and 'exclude: true'; keep one of them"),
    ("points:\n  m02_3f9a1c: {reason: x}\n", "points.m02_3f9a1c: neither 'section' nor 'exclude: true'"),
    ("points:\n  m02_3f9a1c: {exclude: yes please}\n",
     "points.m02_3f9a1c.exclude: expected true or false, not 'yes please'"),
    ("points:\n  m02_3f9a1c: {exclude: true, date: next week}\n",
     "points.m02_3f9a1c.date: expected a date like 2026-11-29, not 'next week'"),
    ("points:\n  m02_3f9a1c: [dx, om]\n",
     "points.m02_3f9a1c: expected a section id, 'excluded' or a mapping (section/exclude, reason, date), "
     "not ['dx', 'om']"),
    ("points:\n  - m02_3f9a1c\n", "points: expected a mapping of point id -> ..., not a list"),
    ("never_merge:\n  - [m02_3f9a1c]\n",
     "never_merge[0]: expected a pair of point ids [a, b], not ['m02_3f9a1c']"),
    ("never_merge:\n  - [m02_3f9a1c, m02_3f9a1c]\n", "never_merge[0]: the same point twice (m02_3f9a1c)"),
    ("merge:\n  - {point: m02_3f9a1c}\n", "merge[0]: missing key 'into'"),
    ("merge:\n  - {point: m02_3f9a1c, to: m02_000000}\n", "merge[0].to: unknown key; did you mean 'into'?"),
    ("merge:\n  - {point: m02_3f9a1c, into: 3}\n",
     "merge[0].into: 3 is not a point id; ids look like 'm02_3f9a1c' (see `assembler classify` or the trace)"),
    ("edits:\n  m02_3f9a1c: ''\n", "edits.m02_3f9a1c: expected the reworded text, not ''"),
    ("points:\n  m02_3f9a1c: dx\n  m02_3f9a1c: om\n",
     "line 3: invalid YAML: key 'm02_3f9a1c' is written twice (first on line 2)"),
    ("- m02_3f9a1c\n", "expected a mapping with points, never_merge, merge, edits"),
]


@pytest.mark.parametrize("text, message", BROKEN)
def test_broken_overrides_name_the_file_and_key(tmp_path, text, message):
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_overrides(path)
    assert str(e.value) == f"{path}: {message}"


def _point(pid: str) -> Point:
    return Point(id=pid, meeting=pid[:3], speaker=Speaker("山田委員", "山田", "委員", "member"),
                 kind="opinion", text="…", source=SourceSpan("x.txt", 1, 1))


def test_check_reports_points_the_run_does_not_have():
    o = load_overrides(FIXTURE)
    points = [_point("m02_3f9a1c"), _point("m02_77aa01"), _point("m03_bbbbbb"), _point("m03_99aa00")]
    src = str(FIXTURE)
    assert check_overrides(o, points, load_outline()) == [
        f"{src}: points.m02_0b1c2d: no point m02_0b1c2d in these minutes",
        f"{src}: points.m02_aaaaaa: no point m02_aaaaaa in these minutes",
    ]
    assert check_overrides(o, points[:1], load_outline())[-1] == (
        f"{src}: merge[0]: no point m03_99aa00 in these minutes")


def test_check_raises_on_an_unknown_section():
    o = Overrides(source="o.yaml", placements=(Placement("m02_3f9a1c", "finance"),))
    with pytest.raises(ConfigError, match=r"^o.yaml: points.m02_3f9a1c: unknown section 'finance'; "
                                          r"did you mean 'financing'\?"):
        check_overrides(o, [_point("m02_3f9a1c")], load_outline())


def test_append_keeps_text_and_comments_replaces_and_adds(tmp_path):
    path = tmp_path / "overrides.yaml"
    original = FIXTURE.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    append_placements(path, [
        Placement("m03_bbbbbb", "standards", reason='"標準"の論点'),
        Placement("m04_cccccc", None, excluded=True, reason="削除", date="2026-12-01"),
    ])
    text = path.read_text(encoding="utf-8")
    lines = original.splitlines()
    expected = lines[:6] + [
        '  m03_bbbbbb: {section: standards, reason: "\\"標準\\"の論点"}',
        '  m04_cccccc: {exclude: true, reason: "削除", date: 2026-12-01}',
    ] + lines[9:]
    assert text.splitlines() == expected
    o = load_overrides(path)
    assert o.placements[-2:] == (Placement("m03_bbbbbb", "standards", reason='"標準"の論点'),
                                 Placement("m04_cccccc", None, excluded=True, reason="削除", date="2026-12-01"))
    assert o.never_merge == load_overrides(FIXTURE).never_merge


def test_append_creates_the_file_or_the_points_block(tmp_path):
    new = tmp_path / "new.yaml"
    append_placements(new, [Placement("m02_3f9a1c", "dx")])
    assert new.read_text(encoding="utf-8") == "points:\n  m02_3f9a1c: {section: dx}\n"
    other = tmp_path / "other.yaml"
    other.write_text("# mine\nedits:\n  m02_3f9a1c: 文言\n", encoding="utf-8")
    append_placements(other, [Placement("m02_3f9a1c", None, excluded=True)])
    assert other.read_text(encoding="utf-8") == (
        "# mine\nedits:\n  m02_3f9a1c: 文言\n\npoints:\n  m02_3f9a1c: {exclude: true}\n")


def test_append_refuses_a_flow_style_points_mapping(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text("points: {m02_3f9a1c: dx}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        append_placements(path, [Placement("m02_000000", "om")])
    assert str(e.value) == (f"{path}: cannot add to 'points': it is not written as a block of entries; "
                            "write each entry on its own indented line under 'points:'")
    assert path.read_text(encoding="utf-8") == "points: {m02_3f9a1c: dx}\n"


def test_append_edits_keeps_the_file_and_replaces_earlier_wording(tmp_path):
    from assembler.overrides import append_edits

    path = tmp_path / "o.yaml"
    path.write_text("# 事務局の判断\npoints:\n  m02_3f9a1c: dx  # 残す\nedits:\n", encoding="utf-8")
    append_edits(path, {"m02_3f9a1c": "事務局の文言「一」。"})
    append_edits(path, {"m02_3f9a1c": "事務局の文言「二」。", "m02_000000": 'a "quoted" word'})
    assert path.read_text(encoding="utf-8") == (
        "# 事務局の判断\npoints:\n  m02_3f9a1c: dx  # 残す\nedits:\n"
        '  m02_3f9a1c: "事務局の文言「二」。"\n  m02_000000: "a \\"quoted\\" word"\n')
    assert dict(load_overrides(path).edits) == {"m02_3f9a1c": "事務局の文言「二」。",
                                                "m02_000000": 'a "quoted" word'}
