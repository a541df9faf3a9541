"""benchmarks.generate: deterministic, parses with assembler.minutes, truth consistent."""
from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from assembler import minutes
from assembler.text import key
from benchmarks.generate import EDITS, SEED, Truth, generate, generate_points, reword


def test_same_seed_same_minutes_and_truth(tmp_path):
    a = generate(tmp_path / "a", meetings=2, seed=7)
    b = generate(tmp_path / "b", meetings=2, seed=7)
    assert [Path(f).read_text(encoding="utf-8") for f in a.files] == [
        Path(f).read_text(encoding="utf-8") for f in b.files]
    assert [x.text for x in a.bullets] == [x.text for x in b.bullets]
    assert generate_points(300, seed=1) == generate_points(300, seed=1)


def test_generated_minutes_parse_and_match_the_truth(tmp_path):
    truth = generate(tmp_path, meetings=2, seed=0)
    assert Truth.from_dict(json.loads((tmp_path / "truth.json").read_text("utf-8"))) == truth
    parsed = minutes.parse_paths(list(truth.files))
    assert [m.meeting.session for m in parsed] == [3, 4]
    assert [m.meeting.date for m in parsed] == ["2020-06-02", "2020-06-23"]
    for m in parsed:
        seen: Counter = Counter()
        got = {}
        for p in m.points:
            got[(p.speaker.label, seen[p.speaker.label])] = key(p.text)
            seen[p.speaker.label] += 1
        want = {(b.ref.speaker, b.ref.index): key(b.text)
                for b in truth.bullets if Path(b.ref.file).name == Path(m.meeting.source).name}
        assert got == want


def test_truth_names_real_seed_bullets(tmp_path):
    truth = generate(tmp_path, meetings=1, seed=2)
    seed = minutes.parse_file(SEED)
    per_speaker = Counter(p.speaker.label for p in seed.points)
    refs = [b.of for b in truth.bullets if b.of] + [s for b in truth.bullets for s in b.sources]
    assert refs and all(r.index < per_speaker[r.speaker] for r in refs)
    kinds = Counter(b.how[0] if b.of is None else "repeat" for b in truth.bullets)
    assert kinds["repeat"] and kinds["stitch"] and kinds["swap_nouns"]


@pytest.mark.parametrize("name, text", [
    ("ending", "体制の構築が必要である。"),
    ("particle", "現地企業への支援。"),
    ("reorder", "一点目、二点目、三点目。"),
    ("drop", "特に重要。"),
    ("digits", "１点目。"),
    ("drop_sentence", "一つ目。二つ目。三つ目。"),
])
def test_each_edit_changes_a_text_it_applies_to(name, text):
    edited = EDITS[name](text, random.Random(0))
    assert edited and edited != text


def test_reword_names_the_edits_it_made():
    text, how = reword(minutes.parse_file(SEED).points[3].text, random.Random(5))
    assert how and set(how) <= set(EDITS)


def test_council_generator_makes_fresh_points_and_every_kind_of_repeat(tmp_path):
    from benchmarks.generate import LEAD_INS, generate_council

    truth = generate_council(tmp_path, points=600, seed=3)
    kinds = Counter(b.how[0] for b in truth.bullets)
    members = sum(n for k, n in kinds.items() if k not in ("formula",)) - len(truth.files)
    assert kinds["new"] > 0.6 * members  # fresh opinions, not rewordings of the seed
    for kind in ("restate", "partial_subset", "partial_added", "hard_negative", "campaign"):
        assert kinds[kind] > 0, kind
    seed_keys = {key(p.text) for p in minutes.parse_file(SEED).points}
    assert not seed_keys & {key(b.text) for b in truth.bullets if b.how[0] == "new"}
    by_ref = {b.ref: b for b in truth.bullets}
    for b in truth.bullets:
        if b.of is not None:
            assert by_ref[b.of].of is None  # a repeat names its cluster's first bullet
        if b.how[0].startswith("partial"):
            assert b.text.startswith(LEAD_INS)
        if b.how[0] == "hard_negative":
            (source,) = b.sources
            assert by_ref[source].ref.speaker == b.ref.speaker
    campaign = [b.text for b in truth.bullets if b.how[0] == "campaign"]
    assert len(set(campaign)) == 1 and len(campaign) > 5


def test_council_minutes_parse_and_match_the_truth(tmp_path):
    from benchmarks.generate import generate_council

    truth = generate_council(tmp_path, points=300, seed=1)
    assert Truth.from_dict(json.loads((tmp_path / "truth.json").read_text("utf-8"))) == truth
    parsed = minutes.parse_paths(list(truth.files))
    got = Counter()
    texts = {}
    for m in parsed:
        for p in m.points:
            k = (Path(p.source.file).name, p.speaker.label, got[(Path(p.source.file).name, p.speaker.label)])
            got[k[:2]] += 1
            texts[k] = key(p.text)
    assert texts == {(Path(b.ref.file).name, b.ref.speaker, b.ref.index): key(b.text)
                     for b in truth.bullets}
