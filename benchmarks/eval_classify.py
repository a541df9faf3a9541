"""Classification accuracy on the seed minutes against the reference labels (`make eval`).

For points of kind ``opinion``: the share whose primary section is one of the acceptable
ones (target ≥ 90%), whether the catch-all is used only where ``other`` is acceptable, a
confusion table (gold first-acceptable × predicted), the misses, and how the secondary
sections agree with the labels' ``also``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import dataclasses

import yaml

from assembler.classify import DEFAULT_SCORING, Scoring, classify
from assembler.minutes import parse_paths
from assembler.model import Assignment, Outline, Point
from assembler.sections import load_outline
from assembler.text import key

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
LABELS = ROOT / "tests" / "infra-council-02.labels.yaml"


@dataclass(frozen=True)
class Case:
    """One labelled point with what the classifier made of it."""

    n: int
    point: Point
    label: dict
    assignment: Assignment

    @property
    def top(self) -> str | None:
        """The predicted primary as a top-level section id."""
        return self.assignment.section


@dataclass(frozen=True)
class Report:
    cases: tuple[Case, ...]
    catch_all: str

    @property
    def opinions(self) -> tuple[Case, ...]:
        return tuple(c for c in self.cases if c.label["kind"] == "opinion")

    @property
    def hits(self) -> tuple[Case, ...]:
        return tuple(c for c in self.opinions if c.top in c.label["primary"])

    @property
    def accuracy(self) -> float:
        return len(self.hits) / len(self.opinions)

    @property
    def wrong_catch_all(self) -> tuple[Case, ...]:
        """Opinion points sent to the catch-all where ``other`` is not acceptable."""
        return tuple(c for c in self.opinions if c.top == self.catch_all and "other" not in c.label["primary"])


def align(points: tuple[Point, ...], labels: list[dict]) -> list[tuple[Point, dict]]:
    """Pair points and labels in order, checking each label's ``starts``."""
    if len(points) != len(labels):
        raise SystemExit(f"{LABELS.name}: {len(labels)} labels but the parser gave {len(points)} points")
    for p, lab in zip(points, labels):
        if not key(p.text).startswith(key(lab["starts"])):
            raise SystemExit(f"{LABELS.name}: label n={lab['n']} starts {lab['starts']!r} "
                             f"but point {p.id} starts {p.text[:20]!r}")
    return list(zip(points, labels))


@lru_cache(maxsize=1)
def seed_points() -> tuple[Point, ...]:
    """The seed's points (parsed once per process)."""
    return tuple(p for m in parse_paths([str(SEED)]) for p in m.points)


@lru_cache(maxsize=1)
def seed_labels() -> list[dict]:
    """The reference labels, one per point in order."""
    return yaml.safe_load(LABELS.read_text(encoding="utf-8"))["points"]


def evaluate(outline: Outline | None = None, scoring: Scoring = DEFAULT_SCORING) -> Report:
    """Classify the seed and pair every point with its label."""
    outline = outline or load_outline()
    points = seed_points()
    pairs = align(points, seed_labels())
    assignments = classify(points, outline, scoring=scoring)
    cases = tuple(Case(lab["n"], p, lab, a) for (p, lab), a in zip(pairs, assignments))
    return Report(cases, outline.catch_all.id)


def main() -> int:
    report = evaluate()
    ops = report.opinions
    print(f"seed: {SEED.relative_to(ROOT)}, {len(report.cases)} points, {len(ops)} opinions")
    print(f"primary acceptable: {len(report.hits)}/{len(ops)} = {report.accuracy:.1%} (target >= 90%)")
    wrong = report.wrong_catch_all
    used = sum(1 for c in ops if c.top == report.catch_all)
    print(f"catch-all used {used} times, {len(wrong)} where 'other' is not acceptable "
          f"({'OK' if not wrong else 'FAIL'})")
    procedural = [c for c in report.cases if c.label["kind"] == "procedural"]
    print(f"procedural points given no section: {sum(c.top is None for c in procedural)}/{len(procedural)}")

    ids = [s for s in ("covid", "dx", "om", "kpi", "standards", "financing", "other")]
    grid = Counter((c.label["primary"][0], c.top) for c in ops)
    print("\nconfusion (rows: gold first-acceptable, columns: predicted)")
    print(f"{'':>10}" + "".join(f"{s[:9]:>10}" for s in ids))
    for g in ids:
        print(f"{g:>10}" + "".join(f"{grid[(g, p)] or '.':>10}" for p in ids))

    print("\nmisses")
    for c in ops:
        if c not in report.hits:
            print(f"  n={c.n:<3} {c.point.id} {c.point.speaker.label:<8} {c.point.text[:24]}…  "
                  f"predicted {c.top}, acceptable {c.label['primary']}, scores "
                  + ", ".join(f"{s}={v}" for s, v in c.assignment.scores if v))

    labelled = [c for c in ops if c.label.get("also")]
    found = sum(len(set(c.label["also"]) & set(c.assignment.sections[1:])) for c in labelled)
    wanted = sum(len(c.label["also"]) for c in labelled)
    given = sum(len(c.assignment.sections) - 1 for c in ops)
    right = sum(len(set(c.assignment.sections[1:]) & set(c.label["also"] + c.label["primary"])) for c in ops)
    print(f"\nsecondary sections: {found}/{wanted} of the labels' 'also' found (recall); "
          f"{right}/{given} of those given are in 'also' or 'primary' (precision)")
    uncertain = sum(c.assignment.uncertain for c in ops)
    print(f"flagged uncertain: {uncertain}/{len(ops)} "
          f"(of which wrong: {sum(c.assignment.uncertain and c not in report.hits for c in ops)})")
    sensitivity(report)
    return 0 if report.accuracy >= 0.9 and not wrong else 1


def sensitivity(report: Report) -> None:
    """How much the figure depends on the thresholds and on any single term (a check on overfitting)."""
    print("\nsensitivity: accuracy with other thresholds (min_score x lead_boost)")
    for min_score in (2.0, 2.5, 3.0, 4.0):
        cells = []
        for boost in (1.0, 1.5, 2.0):
            r = evaluate(scoring=dataclasses.replace(DEFAULT_SCORING, min_score=min_score, lead_boost=boost))
            cells.append(f"boost {boost}: {r.accuracy:.1%} ({len(r.wrong_catch_all)} bad catch-all)")
        print(f"  min_score {min_score}: " + "; ".join(cells))
    outline = load_outline()
    worst = []
    for i, s in enumerate(outline.sections):
        for e in s.evidence:
            fewer = dataclasses.replace(s, evidence=tuple(x for x in s.evidence if x is not e))
            sections = outline.sections[:i] + (fewer,) + outline.sections[i + 1:]
            r = evaluate(dataclasses.replace(outline, sections=sections))
            worst.append((r.accuracy, f"{s.id}:{e.text}"))
    worst.sort()
    print("leave one term out: lowest accuracies "
          + ", ".join(f"{acc:.1%} without {name}" for acc, name in worst[:5]))


if __name__ == "__main__":
    raise SystemExit(main())
