"""Templates rendered many times over (a comment or a cell per point): ``Texts.render_each``
gives what ``render`` gives, item by item, errors included."""
from __future__ import annotations

import pytest

from assembler.errors import ConfigError
from assembler.texts import Texts

PLACEMENT = [
    {"point": "m02_0a1b2c", "chosen": {"id": "om", "title": "運営維持管理", "score": 4.5, "evidence": "『O&M』で 4.5 点"},
     "alternatives": [{"id": "dx", "title": "デジタル", "score": 3.0, "evidence": "『DX』で 3 点"}], "margin": 0.2},
    {"point": "m03_ffffff", "chosen": {"id": "other", "title": "その他", "score": 0, "evidence": ""},
     "alternatives": [], "margin": -1.0},
    {"point": "m04_000001", "chosen": {"id": "om", "title": "運営\x00\x1e維持", "score": 2, "evidence": ""},
     "alternatives": [], "margin": 0.1},  # a value holding what separates the renders
]
SOURCES = [{"file": f"minutes/第{i}回.txt", "name": f"第{i}回.txt", "line_start": i, "line_end": i + i % 2,
            "page": None if i % 3 else i} for i in range(1, 30)]


def _user(tmp_path, text: str) -> Texts:
    user = tmp_path / "templates"
    user.mkdir(exist_ok=True)
    (user / "cell.j2").write_bytes(text.encode("utf-8"))
    return Texts(user)


def test_render_each_gives_what_render_gives_for_the_packaged_templates():
    t = Texts()
    assert t.render_each("comment_placement.j2", PLACEMENT) == [t.render("comment_placement.j2", **v) for v in PLACEMENT]
    assert t.render_each("trace_source.j2", SOURCES) == [t.render("trace_source.j2", **v) for v in SOURCES]
    assert t._batch("trace_source.j2", tuple(SOURCES[0])) is not None  # the one-pass form is used
    assert t._batch("citation.j2", ("parts",)) is not None


@pytest.mark.parametrize("text", [
    "\n{%- set ns = namespace(n=0) -%}\n{{ name }}\r\n{% for c in name %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}\n\n",
    "{{ name -}}\n\n",
    "  {{ line_start }}–{{ line_end }}  \r\n",
    "{# a comment #}{% if page is not none %}p.{{ page }}{% else %}{{ file|upper }}{% endif %}",
    # a name jinja2 cannot tell is set (set in one branch only): citation.j2's namespace
    "{% if page is none %}{% set ns = namespace(x=name) %}{% endif %}{{ ns.x if page is none else file }}",
])
def test_render_each_keeps_whitespace_newlines_and_scopes_as_render_does(tmp_path, text):
    t = _user(tmp_path, text)
    assert t.render_each("cell.j2", SOURCES) == [t.render("cell.j2", **v) for v in SOURCES]


@pytest.mark.parametrize("text", [
    "{{ loop.index }}{{ name }}",           # `loop` outside a loop: an error in render
    "{{ self }}{{ name }}",
    '{% include "other.j2" %}{{ name }}',
    "{% block b %}{{ name }}{% endblock %}",
])
def test_a_template_reading_more_than_its_variables_renders_one_by_one(tmp_path, text):
    t = _user(tmp_path, text)
    (tmp_path / "templates" / "other.j2").write_text("[{{ file }}]", encoding="utf-8")
    assert t._batch("cell.j2", tuple(SOURCES[0])) is None
    try:
        expected = [t.render("cell.j2", **v) for v in SOURCES]
    except ConfigError as e:
        with pytest.raises(ConfigError) as got:
            t.render_each("cell.j2", SOURCES)
        assert str(got.value) == str(e)
    else:
        assert t.render_each("cell.j2", SOURCES) == expected


def test_an_unknown_name_is_the_error_render_gives(tmp_path):
    t = _user(tmp_path, "{{ name }}{{ nothere }}")
    with pytest.raises(ConfigError) as e:
        t.render("cell.j2", **SOURCES[0])
    with pytest.raises(ConfigError) as got:
        t.render_each("cell.j2", SOURCES)
    assert str(got.value) == str(e.value) and "nothere" in str(e.value)


def test_an_error_in_one_item_is_the_error_render_gives(tmp_path):
    t = _user(tmp_path, "{{ name }} {{ page.x }}")  # None has no x; an int neither
    items = [{**v, "page": {"x": 1}} for v in SOURCES[:5]] + [SOURCES[5]]
    with pytest.raises(ConfigError) as e:
        t.render("cell.j2", **items[-1])
    with pytest.raises(ConfigError) as got:
        t.render_each("cell.j2", items)
    assert str(got.value) == str(e.value)
    assert t.render_each("cell.j2", items[:5]) == [f"{v['name']} 1" for v in items[:5]]
