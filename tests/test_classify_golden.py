"""Classification pinned to the letter: every field of every Assignment (sections, scores,
evidence with its order, margin, uncertain) on the seed, the fictional 第５回, the held-out
opinions and a generated corpus of 10,000 points. Speed work on classify must change none of it.

The golden (tests/golden/classify.json) holds its input texts, so the parser's changes do not
move it; an intended change of the outline or the scoring is written again with UPDATE_GOLDEN=1
(then review the diff of the labelled points like code).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import re
from collections import Counter

import pytest
import yaml

from assembler import minutes
from assembler.classify import classify
from assembler.model import Assignment, Outline, Point, SourceSpan, Speaker
from assembler.sections import load_outline
from tests.conftest import FIXTURES, GOLDEN, SEED, SEED05

PATH = GOLDEN / "classify.json"
CORPUS_POINTS = 10_000
SPEAKER = Speaker("山田委員", "山田", "委員", "member")


def _labelled_points() -> list[dict[str, str]]:
    """The seed's, the fictional 第５回's and the held-out points: id, kind, text."""
    out = [{"id": p.id, "kind": p.kind, "text": p.text}
           for path in (SEED, SEED05) for p in minutes.parse_file(path).points]
    held = yaml.safe_load((FIXTURES / "classify" / "heldout.yaml").read_text(encoding="utf-8"))["points"]
    out += [{"id": f"h{i:03d}", "kind": "opinion", "text": item["text"]} for i, item in enumerate(held, 1)]
    return out


def _point(pid: str, kind: str, text: str) -> Point:
    return Point(id=pid, meeting=pid[:3], speaker=SPEAKER, kind=kind,
                 text=text, source=SourceSpan("golden.txt", 1, 1))


def _outline_words(outline: Outline) -> list[str]:
    """Every literal of the outline: terms, against terms, and the phrases that weaken a term."""
    words = [e.text for s in outline.iter_all() for e in s.evidence if e.kind != "pattern"]
    return words + [w for s in outline.iter_all() for e in s.evidence for w in e.weaker_in]


_WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
#: Texts the default outline's patterns match (the corpus puts them in beside the terms).
SNIPPETS = ("ポストコロナ", "アフター・コロナ", "工事が中断", "案件の遅れ", "データを一つに集約", "竣工した後",
            "運転し続け", "機能しなくな", "３兆円", "2030年度まで", "どの程度", "測れない", "価格以外",
            "調達の要件", "技術が普及", "公的な金融", "日本企業の製品の割合", "我が国のシェア")


def corpus(texts: list[str], outline: Outline, n: int = CORPUS_POINTS, seed: int = 13) -> list[Point]:
    """``n`` points recombined from the sentences of ``texts`` with the outline's own words put in
    (so every term, weaker_in phrase and against term is met, and met in every clause role):
    Latin terms inside longer Latin words (DXA, ADX), full-width and spaced forms, ・ inside
    words, clause markers around the words, a few procedural points, and texts said again."""
    rng = random.Random(seed)
    sentences = [s for t in texts for s in re.split(r"(?<=。)", t) if s.strip()]
    words = _outline_words(outline) + list(SNIPPETS)
    glue = ["を背景に、", "については、", "の中で、", "が重要。", "すべき。", "、", "とはいえ、", "に関連して、",
            "ではないか。", "。", "が進んでおり、", "", " ", "・"]
    latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def word() -> str:
        w = rng.choice(words)
        roll = rng.random()
        if roll < 0.1:
            return rng.choice(latin) + w + rng.choice(latin)  # a term inside a longer word
        if roll < 0.2:
            return w.translate(_WIDE)  # full-width letters and digits
        if roll < 0.3 and len(w) > 1:
            i = rng.randrange(1, len(w))
            return w[:i] + rng.choice([" ", "・", "　"]) + w[i:]
        if roll < 0.35:
            return w.lower()
        return w

    said: list[str] = []
    points: list[Point] = []
    for i in range(n):
        if said and rng.random() < 0.08:
            text = rng.choice(said)  # said again, word for word
        else:
            parts = []
            for _ in range(rng.randint(1, 4)):
                s = rng.choice(sentences)
                for _ in range(rng.randint(0, 3)):
                    at = rng.randrange(len(s) + 1)
                    s = s[:at] + word() + rng.choice(glue) + s[at:]
                parts.append(s)
            text = "".join(parts)
            said.append(text)
        kind = "procedural" if rng.random() < 0.04 else "opinion"
        points.append(_point(f"g{i // 1000:02d}_{i:05d}", kind, text))
    return points


def _outlines() -> dict[str, Outline]:
    """The bundled outline, and the fixture with subsections, against terms and another catch-all."""
    return {"default": load_outline(), "digital-society": load_outline(FIXTURES / "outlines" / "digital-society.yaml")}


def _plain(a: Assignment) -> object:
    return json.loads(json.dumps(dataclasses.asdict(a), ensure_ascii=False))


def _digest(assignments: tuple[Assignment, ...]) -> str:
    return hashlib.sha256("\n".join(map(repr, assignments)).encode("utf-8")).hexdigest()


def _summary(assignments: tuple[Assignment, ...]) -> dict[str, int]:
    counts = Counter(a.section or "-" for a in assignments)
    counts["uncertain"] = sum(a.uncertain for a in assignments)
    return dict(sorted(counts.items()))


@pytest.fixture(scope="module")
def golden() -> dict:
    outline = load_outline()
    if os.environ.get("UPDATE_GOLDEN"):
        labelled = _labelled_points()
        points = [_point(p["id"], p["kind"], p["text"]) for p in labelled]
        assignments = classify(points, outline)
        texts = [p["text"] for p in labelled]
        runs = {name: classify(corpus(texts, o), o) for name, o in _outlines().items()}
        data = {"points": [{**p, "assignment": _plain(a)} for p, a in zip(labelled, assignments)],
                "corpus": {name: {"points": CORPUS_POINTS, "sha256": _digest(gen), "summary": _summary(gen)}
                           for name, gen in runs.items()}}
        lines = ",\n  ".join(json.dumps(p, ensure_ascii=False) for p in data["points"])  # a point a line
        PATH.write_text(f'{{"points": [\n  {lines}\n ],\n "corpus": {json.dumps(data["corpus"])}}}\n',
                        encoding="utf-8")
    return json.loads(PATH.read_text(encoding="utf-8"))


def test_labelled_points_classified_as_recorded(golden):
    recorded = golden["points"]
    assert len(recorded) > 150
    points = [_point(p["id"], p["kind"], p["text"]) for p in recorded]
    for p, a in zip(recorded, classify(points, load_outline()), strict=True):
        assert _plain(a) == p["assignment"], p["text"]


@pytest.mark.parametrize("name", ["default", "digital-society"])
def test_generated_corpus_classified_as_recorded(golden, name):
    outline = _outlines()[name]
    points = corpus([p["text"] for p in golden["points"]], outline)
    assert len({p.text for p in points}) < len(points)  # texts said again are in it
    assignments = classify(points, outline)
    assert _summary(assignments) == golden["corpus"][name]["summary"]
    assert _digest(assignments) == golden["corpus"][name]["sha256"], "review, then UPDATE_GOLDEN=1"


def test_a_chunk_is_classified_as_in_the_whole(golden):
    """classify is a function of (points, outline): any chunk, in any order, gives the same."""
    outline = load_outline()
    points = corpus([p["text"] for p in golden["points"]], outline, n=2_000, seed=3)
    whole = classify(points, outline)
    chunks = classify(points[1_000:], outline) + classify(points[:1_000], outline)
    assert chunks == whole[1_000:] + whole[:1_000]
