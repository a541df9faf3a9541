"""The outline loader: the bundled default, a second outline, and one case per rule broken."""
from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from assembler.errors import ConfigError
from assembler.sections import INTRO_VARIABLES, default_outline_path, load_outline

FIXTURES = Path(__file__).parent / "fixtures" / "outlines"


def test_default_outline_has_the_strategy_sections_in_order():
    outline = load_outline()
    assert [s.id for s in outline.sections] == ["covid", "dx", "om", "kpi", "standards", "financing", "other"]
    assert outline.sections[2].title == "O&M・運営維持管理"
    assert outline.catch_all.id == "other"
    assert all(s.evidence for s in outline.sections if not s.catch_all)
    assert outline.source == str(default_outline_path())


def test_default_outline_is_packaged_as_assembler_outlines():
    from importlib import resources

    assert resources.files("assembler.outlines").joinpath("default.yaml").is_file()


def test_every_intro_renders_with_the_documented_variables():
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    values = {"title": "T", "points": 3, "entries": 2, "speakers": 2, "meetings": ["第２回", "第３回"]}
    assert set(values) == set(INTRO_VARIABLES)
    for outline in (load_outline(), load_outline(FIXTURES / "digital-society.yaml")):
        for s in outline.iter_all():
            if s.intro:
                assert env.from_string(s.intro).render(**values).strip()


def test_second_outline_has_subsections_with_parents():
    outline = load_outline(FIXTURES / "digital-society.yaml")
    data = next(s for s in outline.sections if s.id == "data")
    assert [s.id for s in data.subsections] == ["data-registry", "data-open"]
    assert {s.parent for s in data.subsections} == {"data"}
    assert [s.id for s in outline.iter_all()][:4] == ["mynumber", "data", "data-registry", "data-open"]
    assert outline.catch_all.id == "misc"


_OK = """\
  - id: dx
    title: DX
    order: 1
    evidence:
      terms:
        - {text: DX, weight: 3}
"""
_OTHER = """\
  - id: other
    title: その他
    order: 9
    catch_all: true
"""

# (the sections list after "sections:\n", the expected message after "FILE: ")
BROKEN = [
    (_OK + _OTHER.replace("title:", "titel:"),
     "sections[1].titel: unknown key; did you mean 'title'?"),
    (_OK + _OK.replace("order: 1", "order: 2") + _OTHER,
     "sections[1].id: duplicate id 'dx' (already sections[0].id)"),
    ("  - {id: dx, title: DX, order: 1}\n" + _OTHER,
     "sections[0].evidence: section 'dx' has no evidence; give it terms or patterns, or mark it catch_all: true"),
    ("  - {id: dx, title: DX, order: 1, evidence: {patterns: [{regex: '(DX', weight: 2}]}}\n" + _OTHER,
     "sections[0].evidence.patterns[0].regex: invalid regular expression '(DX': "
     "missing ), unterminated subpattern at position 0"),
    ("  - {id: dx, title: DX, order: 1, evidence: {terms: [{text: DX, weight: high}]}}\n" + _OTHER,
     "sections[0].evidence.terms[0].weight: not a number ('high')"),
    ("  - {id: dx, title: DX, order: 1, evidence: {terms: [{text: DX, weight: -1}]}}\n" + _OTHER,
     "sections[0].evidence.terms[0].weight: must be a positive number (-1); "
     "use an 'against' entry to argue against a section"),
    ("  - {id: dx, title: DX, order: 1, evidence: {term: [DX]}}\n" + _OTHER,
     "sections[0].evidence.term: unknown key; did you mean 'terms'?"),
    (_OK, "sections: no catch-all section; mark one section (e.g. その他) with catch_all: true"),
    (_OK + _OTHER + _OTHER.replace("id: other", "id: misc").replace("order: 9", "order: 10"),
     "sections: more than one catch-all section (other, misc)"),
    (_OK + _OTHER.replace("order: 9", "order: 1"),
     "sections[1].order: 1 is already the order of 'dx'"),
    (_OK + _OTHER.replace("order: 9", "order: first"),
     "sections[1].order: not an integer ('first')"),
    ("  - {id: dx, title: DX, order: 1, evidence: {terms: [DX]},\n"
     "     subsections: [{id: misc, title: 雑, order: 1, catch_all: true}]}\n" + _OTHER,
     "sections[0].subsections[0].catch_all: only a top-level section can be the catch-all"),
    ("  - {id: dx, title: DX, order: 1, evidence: {against: [DX]}}\n" + _OTHER,
     "sections[0].evidence: section 'dx' has only 'against' terms; add terms or patterns that argue for it"),
    (_OTHER.replace("order: 9", "order: 9\n    subsections: [{id: a, title: A, order: 1, evidence: {terms: [X]}}]"),
     "sections[0].subsections: the catch-all section cannot have subsections"),
    (_OK + _OTHER.replace("id: other", "id: excluded"),
     "sections[1].id: 'excluded' is reserved (overrides use it)"),
    (_OK + _OTHER.replace("id: other", "id: Other Points"),
     "sections[1].id: 'Other Points' is not a valid id; use lower-case letters, digits, '_' or '-', "
     "starting with a letter"),
    (_OK + _OTHER + "    intro: '{{ point }}件'\n",
     "sections[1].intro: unknown template variable 'point'; did you mean 'points'?; "
     "available: title, points, entries, speakers, meetings"),
    (_OK + _OTHER + "    intro: '{{ points '\n",
     "sections[1].intro: invalid template: unexpected end of template, expected 'end of print statement'. "
     "(template line 1)"),
    (_OK.replace("order: 1", "order: 1\n    order: 2") + _OTHER,
     "line 5: invalid YAML: key 'order' is written twice (first on line 4)"),
    (_OK + _OTHER + "    title: [unclosed\n",
     "line 13: invalid YAML: expected ',' or ']', but got '<stream end>' "
     "(while parsing a flow sequence from line 12); check the indentation and the ': ' after each key on "
     "this line and the ones before it; put a value that holds ': ' or ' #' in quotes"),
    (_OK + _OTHER.replace("catch_all: true", "catch_all: yes please"),
     "sections[1].catch_all: expected true or false, not 'yes please'"),
    (_OK + "    subsections:\n" + _OK.replace("  - ", "      - ").replace("\n    ", "\n        ") + _OTHER,
     "sections[0].subsections[0].id: duplicate id 'dx' (already sections[0].id)"),
    ("  - {id: om, title: O&M, order: 1, evidence: {terms: [{text: 運営, weaker_in: [会議]}]}}\n" + _OTHER,
     "sections[0].evidence.terms[0].weaker_in[0]: '会議' does not contain the term '運営'; "
     "write the term inside the wider phrase that weakens it, e.g. 会議の運営 for 運営"),
    ("  - {id: om, title: O&M, order: 1, evidence: {terms: [{text: 運営, weaker_in: 会議の運営}]}}\n" + _OTHER,
     "sections[0].evidence.terms[0].weaker_in: expected a list of phrases, not a string"),
    ("  - {id: om, title: O&M, order: 1, evidence: {terms: [{text: 運営, weaker_in: [会議の運営, '']}]}}\n"
     + _OTHER, "sections[0].evidence.terms[0].weaker_in[1]: expected a phrase holding the term, not an empty string"),
    ("  - {id: om, title: O&M, order: 1, evidence: {terms: [運営], against: [{text: 会議, weaker_in: [会議室]}]}}\n"
     + _OTHER, "sections[0].evidence.against[0].weaker_in: unknown key; allowed keys: text, weight"),
]


def test_weaker_in_phrases_are_read_with_the_term(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("sections:\n  - {id: om, title: O&M, order: 1, evidence: {terms: "
                    "[{text: 運営, weight: 2, weaker_in: [会議の 運営, 政権運営]}]}}\n" + _OTHER, encoding="utf-8")
    (e,) = load_outline(path).sections[0].evidence
    assert (e.text, e.weight, e.weaker_in) == ("運営", 2.0, ("会議の 運営", "政権運営"))


def test_default_outline_weaker_in_phrases_all_hold_their_term():
    for s in load_outline().iter_all():
        for e in s.evidence:
            assert all(e.text in w for w in e.weaker_in), (s.id, e.text)


@pytest.mark.parametrize("sections, message", BROKEN)
def test_broken_outline_is_reported_with_file_and_key_path(tmp_path, sections, message):
    path = tmp_path / "x.yaml"
    path.write_text("sections:\n" + sections, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_outline(path)
    assert str(e.value) == f"{path}: {message}"


@pytest.mark.parametrize("text, message", [
    ("sections: []\n", "sections: the list of sections is empty"),
    ("- id: dx\n", "the outline must be a mapping with a 'sections' list, not a list"),
    ("sections: {dx: {}}\n", "sections: expected a list of sections, not a mapping"),
    ("sectons: []\n", "sectons: unknown key; did you mean 'sections'?"),
    ("description: x\n", "missing key 'sections'; list the sections of the strategy under it"),
])
def test_broken_top_level(tmp_path, text, message):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_outline(path)
    assert str(e.value) == f"{path}: {message}"


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError) as e:
        load_outline(tmp_path / "none.yaml")
    assert str(e.value) == f"{tmp_path / 'none.yaml'}: no such file"


def test_every_yaml_file_refuses_aliases_and_duplicate_keys(tmp_path):
    """One reader (assembler.config) for every configuration file: an alias bomb is refused
    at the alias, before anything expands it, and a key written twice is an error."""
    from assembler.config import read_yaml
    from assembler.errors import ConfigError

    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("a: &a [x, x, x, x, x, x, x, x, x]\n"
                    + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
                              for p, c in zip("abcdefgh", "bcdefghi")), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        read_yaml(bomb)
    assert str(e.value) == (f"{bomb}: line 2: invalid YAML: an alias (*a) is not allowed here; "
                            "write the value out")
    twice = tmp_path / "twice.yaml"
    twice.write_text("title: a\ncouncil: b\ntitle: c\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        read_yaml(twice)
    assert str(e.value) == f"{twice}: line 3: invalid YAML: key 'title' is written twice (first on line 1)"
