"""The draft stage: chapters, entries, citations and appendix rows, decided without docx."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assembler import classify, dedup, minutes, sections
from assembler.draft import Changes, build_draft, iter_entries, placement_text
from assembler.render.trace import trace_dict
from assembler.model import Assignment, Group, Link, Match
from conftest import SEED


@pytest.fixture(scope="module")
def seed():
    parsed = minutes.parse_paths([SEED])
    outline = sections.load_outline()
    points = parsed[0].points
    return parsed, outline, classify.classify(points, outline), dedup.dedup(points)


def _second_meeting(parsed):
    """A copy of the seed as meeting 3 in which 飯島委員 repeats one point word for word."""
    m2 = parsed[0]
    m3 = replace(m2.meeting, id="m03", session=3, date="2020-06-01", source="m3.txt")
    p = m2.points[2]
    repeat = replace(p, id="m03_aaaaaa", meeting="m03",
                     source=replace(p.source, file="m3.txt"))
    other = replace(m2.points[9], id="m03_bbbbbb", meeting="m03",
                    speaker=m2.points[20].speaker, source=replace(p.source, file="m3.txt"))
    return parsed + (replace(m2, meeting=m3, points=(repeat, other)),)


def test_every_point_has_one_appendix_row_and_every_opinion_one_entry(seed):
    parsed, outline, assignments, groups = seed
    d = build_draft(parsed, outline, assignments, groups)
    assert [r.point.id for r in d.trace] == [p.id for p in parsed[0].points]
    body = [pid for e in iter_entries(d) for pid in e.points]
    opinions = [p.id for p in parsed[0].points if p.kind == "opinion"]
    assert sorted(body) == sorted(opinions)
    procedural = [r for r in d.trace if r.point.kind == "procedural"]
    assert len(procedural) == 5 and all(r.section is None for r in procedural)
    assert all(r.placement.startswith("手続的発言") for r in procedural)


def test_chapters_follow_the_outline_and_entries_the_minutes(seed):
    parsed, outline, assignments, groups = seed
    d = build_draft(parsed, outline, assignments, groups)
    assert [c.section.id for c in d.chapters] == [s.id for s in sorted(outline.sections, key=lambda s: s.order)]
    order = {p.id: i for i, p in enumerate(parsed[0].points)}
    for c in d.chapters:
        positions = [order[e.anchor] for e in c.entries]
        assert positions == sorted(positions)
    assert d.date == "2020-05-12"
    assert d.title == "インフラ海外展開に関する新戦略策定に向けた懇談会における議論の整理（事務局たたき台）"


def test_a_merged_point_cites_every_speaker_and_meeting(seed):
    parsed, outline, assignments, groups = seed
    parsed3 = _second_meeting(parsed)
    points = [p for m in parsed3 for p in m.points]
    assignments3 = classify.classify(points, outline)
    groups3 = dedup.dedup(points)
    d = build_draft(parsed3, outline, assignments3, groups3,
                    changes=Changes(new_points=frozenset({"m03_aaaaaa", "m03_bbbbbb"})))
    entry = next(e for e in iter_entries(d) if "m03_aaaaaa" in e.points)
    assert entry.anchor == parsed[0].points[2].id   # the earliest wording represents the group
    assert [(c.speaker, c.meetings, c.new_meetings) for c in entry.citation] == [
        ("飯島委員", ("第２回", "第３回"), ("第３回",))]
    assert not entry.new
    moved = next(e for e in iter_entries(d) if "m03_bbbbbb" in e.points)
    assert [c.speaker for c in moved.citation] == ["小林委員", "中村委員"]


def test_excluded_points_leave_the_body_but_stay_in_the_appendix(seed):
    parsed, outline, assignments, groups = seed
    target = parsed[0].points[3].id
    assignments = tuple(replace(a, section=None, sections=(), excluded=True, manual=True,
                                reason="重複") if a.point == target else a for a in assignments)
    d = build_draft(parsed, outline, assignments, groups)
    assert target not in [pid for e in iter_entries(d) for pid in e.points]
    row = next(r for r in d.trace if r.point.id == target)
    assert row.placement == "事務局が除外（重複）"


def test_secretariat_wording_and_paragraphs_are_used(seed):
    parsed, outline, assignments, groups = seed
    pid = parsed[0].points[2].id
    d = build_draft(parsed, outline, assignments, groups, edits={pid: "事務局の文言。"},
                    after={pid: ("事務局が追記した段落。",)})
    entry = next(e for e in iter_entries(d) if e.anchor == pid)
    assert (entry.text, entry.edited, entry.after) == ("事務局の文言。", True, ("事務局が追記した段落。",))


def test_placement_text_says_why():
    a = Assignment(point="p", section="dx", sections=("dx",), scores=(("dx", 7.0), ("om", 2.0)),
                   matched=(Match("dx", "term", "DX", 4, 1), Match("dx", "term", "デジタル", 1.5, 2),
                            Match("om", "term", "運営", 2, 1)), uncertain=True)
    assert placement_text(a, "opinion") == "『DX』『デジタル』の語による（要確認）"
    # in the point's own spelling (the terms match on the NFKC, upper-cased key)
    assert placement_text(a, "opinion", "ｄｘとデジタル") == "『ｄｘ』『デジタル』の語による（要確認）"
    manual = replace(a, manual=True, reason="事務局判断")
    assert placement_text(manual, "opinion") == "事務局が指定（事務局判断）"
    assert placement_text(replace(a, excluded=True), "opinion") == "事務局が除外"
    none = replace(a, matched=(), uncertain=False)
    assert placement_text(none, "opinion") == "章を決める語がない"
    many = replace(a, matched=tuple(Match("dx", "term", t, w, 1) for t, w in
                                    (("A", 1), ("B", 3), ("C", 2), ("D", 0.5))), uncertain=False)
    assert placement_text(many, "opinion") == "『B』『C』『A』などの語による"


def test_trace_keeps_the_parse_contract_and_adds_keys(seed):
    parsed, outline, assignments, groups = seed
    t = trace_dict(parsed, assignments, groups)
    contract = minutes.to_dict(parsed)
    assert t["meetings"] == contract["meetings"]
    for got, want in zip(t["points"], contract["points"]):
        assert {k: got[k] for k in want} == want
        assert {"section", "sections", "scores", "matched", "uncertain", "group"} <= set(got)
    assert len(t["groups"]) == len(groups)


def test_a_group_is_placed_where_its_representative_is():
    parsed = minutes.parse_paths([SEED])
    outline = sections.load_outline()
    pts = parsed[0].points
    a, b = pts[2], pts[3]
    groups = (Group(id="g_" + a.id, points=(a.id, b.id), representative=a.id,
                    links=(Link(a.id, b.id, 90.0),)),) + tuple(
        Group(id="g_" + p.id, points=(p.id,), representative=p.id) for p in pts if p not in (a, b))
    assignments = classify.classify(pts, outline)
    d = build_draft(parsed, outline, assignments, groups)
    entry = next(e for e in iter_entries(d) if e.anchor == a.id)
    assert entry.points == (a.id, b.id)
    section = next(x.section for x in assignments if x.point == a.id)
    assert any(entry in c.entries for c in d.chapters if c.section.id == section)


def test_a_partial_restatement_is_said_in_the_citation(seed, tmp_path):
    """前回も申し上げたが + one sentence of an earlier point: merged, and the citation marks
    the meeting where only part of it was restated, in words from citation.j2."""
    from assembler.render import render_docx, dump_docx

    parsed, outline, _, _ = seed
    m2 = parsed[0]
    p = max((x for x in m2.points if x.kind == "opinion"), key=lambda x: len(x.text.split("。")))
    first = next(s for s in p.text.split("。") if len(s) > 25) + "。"
    m3 = replace(m2.meeting, id="m03", session=3, date="2020-06-01", source="m3.txt")
    restated = replace(p, id="m03_cccccc", meeting="m03", text="前回も申し上げたが、" + first,
                       source=replace(p.source, file="m3.txt"))
    parsed3 = parsed + (replace(m2, meeting=m3, points=(restated,)),)
    points = [x for m in parsed3 for x in m.points]
    groups = dedup.dedup(points)
    group = next(g for g in groups if restated.id in g.points)
    assert group.points == (p.id, restated.id) and group.partial == (restated.id,)
    d = build_draft(parsed3, outline, classify.classify(points, outline), groups)
    entry = next(e for e in iter_entries(d) if e.anchor == p.id)
    (part,) = entry.citation
    assert part.meetings == ("第２回", "第３回") and part.restated_meetings == ("第３回",)
    text = dump_docx(render_docx(d, tmp_path / "d.docx"))
    assert f"（{p.speaker.label}〔第２回・第３回（一部再掲）〕）" in text


def _spelled_char_by_char(term: str, text: str) -> str:
    """original_spelling as first written: every character folded, positions mapped back."""
    from assembler.text import norm

    wanted = norm(term)
    folded = [norm(ch) for ch in text]
    k = "".join(folded).find(wanted)
    if not wanted or k < 0:
        return term
    where = [i for i, n in enumerate(folded) for _ in n]
    return text[where[k]:where[k + len(wanted) - 1] + 1]


def test_original_spelling_is_the_first_match_of_the_folded_text():
    """The fast path (the key found as written, nothing folded before it) gives what folding
    every character gives: full-width and half-width letters and digits, kana with a
    voicing mark of their own, characters that fold to several (㍿) or to none."""
    import random

    from assembler.draft import original_spelling

    alphabet = list("abcABCＡＢＣａｂｃ1１号のか\u3099ｶﾞｲﾄﾞﾟｱ㍿①ﬁ （(ß維持管理")
    rng = random.Random(13)
    for _ in range(20000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 14)))
        term = "".join(rng.choices(alphabet, k=rng.randint(1, 3)))
        assert original_spelling(term, text) == _spelled_char_by_char(term, text), (term, text)


def _repeated_at(parsed, session: int, first_session: int = 2):
    """The seed as meeting ``first_session`` and a meeting ``session`` in which 飯島委員 says
    the seed's third point again word for word (groups, assignments and all)."""
    m2 = replace(parsed[0], meeting=replace(parsed[0].meeting, session=first_session))
    later = _second_meeting((m2,))
    m3 = later[1]
    later = (m2, replace(m3, meeting=replace(m3.meeting, session=session)))
    points = [p for m in later for p in m.points]
    return later, points


def test_a_merged_points_meetings_are_cited_in_meeting_order_past_nine(seed):
    """第９回 then 第１０回, not the text order of the labels (１ sorts before ９)."""
    parsed, outline, _, _ = seed
    later, points = _repeated_at(parsed, 10, first_session=9)
    d = build_draft(later, outline, classify.classify(points, outline), dedup.dedup(points))
    entry = next(e for e in iter_entries(d) if "m03_aaaaaa" in e.points)
    assert [(c.speaker, c.meetings) for c in entry.citation] == [("飯島委員", ("第９回", "第１０回"))]


def test_an_excluded_representative_leaves_its_group_to_the_next_point(seed):
    """The secretariat excluded the first wording of a repeated point: the body shows the
    repeat in its own words, citing only the meeting that is still in the body."""
    parsed, outline, _, _ = seed
    later, points = _repeated_at(parsed, 3)
    first = parsed[0].points[2].id
    assignments = tuple(replace(a, section=None, sections=(), excluded=True, manual=True)
                        if a.point == first else a for a in classify.classify(points, outline))
    groups = dedup.dedup(points)
    assert next(g for g in groups if first in g.points).representative == first
    d = build_draft(later, outline, assignments, groups)
    entry = next(e for e in iter_entries(d) if "m03_aaaaaa" in e.points)
    assert (entry.anchor, entry.points) == ("m03_aaaaaa", ("m03_aaaaaa",))
    assert [(c.speaker, c.meetings) for c in entry.citation] == [("飯島委員", ("第３回",))]
    assert first not in [pid for e in iter_entries(d) for pid in e.points]


def test_an_entry_the_previous_draft_had_is_not_new_when_an_earlier_meeting_joins_it(seed):
    """Meeting 2 added to a project built from meeting 3: the entry of a point said at both
    now has meeting 2's wording, but it was in the draft already — only 第２回 in its
    citation is new."""
    parsed, outline, _, _ = seed
    later, points = _repeated_at(parsed, 3)
    new = frozenset(p.id for p in later[0].points)
    d = build_draft(later, outline, classify.classify(points, outline), dedup.dedup(points),
                    changes=Changes(new_points=new))
    entry = next(e for e in iter_entries(d) if "m03_aaaaaa" in e.points)
    assert entry.anchor in new and not entry.new
    assert [(c.meetings, c.new_meetings) for c in entry.citation] == [(("第２回", "第３回"), ("第２回",))]
    alone = [e for e in iter_entries(d) if e.points == (e.anchor,)]
    assert alone and all(e.new for e in alone)  # meeting 2's other points are new entries


def test_a_placement_worded_ahead_is_used_only_for_its_own_assignment(seed):
    """pipeline words placements while dedup runs (draft.place_ahead); a decision made later
    (a new assignment for the point: follow_groups, an override) is worded afresh."""
    from assembler.draft import place_ahead, trace_rows

    parsed, outline, assignments, groups = seed
    points = parsed[0].points
    placed: dict = {}
    place_ahead(points, assignments, placed)
    assert len(placed) == len(points)
    fresh = trace_rows(parsed, outline, assignments, groups)
    placed = {pid: (a, p, "（先に書いた文言）") for pid, (a, p, _) in placed.items()}
    used = trace_rows(parsed, outline, assignments, groups, placed)
    assert {r.placement for r in used} == {"（先に書いた文言）"}  # the same assignments: used
    moved = tuple(replace(a, manual=True, reason="事務局") for a in assignments)
    again = trace_rows(parsed, outline, moved, groups, placed)
    assert [r.placement for r in again] == [r.placement for r in trace_rows(parsed, outline, moved, groups)]
    assert [r.placement for r in again] != [r.placement for r in fresh]
