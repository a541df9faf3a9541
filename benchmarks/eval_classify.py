"""Placement accuracy against reference labels (`make eval`).

Three labelled sets:

* the seed (第２回, real minutes; the outline was first written with it in view);
* the fictional 第５回 (``tests/fixtures/minutes/infra-council-05-fictional.txt``), written
  in new words with synonyms and traps;
* a held-out set of fictional opinions (``tests/fixtures/classify/heldout.yaml``) written
  before the outline was reworked, never tuned against.

For each, on points of kind ``opinion``: the share whose primary section is one of the
acceptable ones, how often the catch-all is used where ``other`` is not acceptable, how
many points the review list flags (``uncertain``, or fell to the catch-all: what
``assembler review`` lists) and how many of the misplacements those hold, and how the
secondary sections agree with the labels' ``also``. Then a confusion table and the misses
for each meeting, and how much the figures depend on the thresholds and on any one term.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assembler.classify import DEFAULT_SCORING, Scoring, classify
from assembler.minutes import parse_paths
from assembler.model import Assignment, Outline, Point, SourceSpan, Speaker
from assembler.sections import load_outline
from assembler.text import digest, key

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
LABELS = ROOT / "tests" / "infra-council-02.labels.yaml"
MEETING5 = ROOT / "tests" / "fixtures" / "minutes" / "infra-council-05-fictional.txt"
LABELS5 = ROOT / "tests" / "infra-council-05-fictional.labels.yaml"
HELDOUT = ROOT / "tests" / "fixtures" / "classify" / "heldout.yaml"

#: Targets of issue 12.
TARGETS = {"seed": 0.95, "05": 0.85, "heldout": 0.85}
FLAG_HOLDS = 0.90   # flagged points hold at least this share of the misplacements
FLAG_AT_MOST = 0.30  # while flagging at most this share of the points


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

    @property
    def flagged(self) -> bool:
        """Listed by ``assembler review``: uncertain, or fell to the catch-all."""
        a = self.assignment
        return a.uncertain or (a.margin is not None and a.margin < 0)


@dataclass(frozen=True)
class Report:
    name: str
    cases: tuple[Case, ...]
    catch_all: str

    @property
    def opinions(self) -> tuple[Case, ...]:
        return tuple(c for c in self.cases if c.label["kind"] == "opinion")

    @property
    def hits(self) -> tuple[Case, ...]:
        return tuple(c for c in self.opinions if c.top in c.label["primary"])

    @property
    def misses(self) -> tuple[Case, ...]:
        return tuple(c for c in self.opinions if c.top not in c.label["primary"])

    @property
    def accuracy(self) -> float:
        return len(self.hits) / len(self.opinions)

    @property
    def wrong_catch_all(self) -> tuple[Case, ...]:
        """Opinion points sent to the catch-all where ``other`` is not acceptable."""
        return tuple(c for c in self.opinions if c.top == self.catch_all and "other" not in c.label["primary"])

    @property
    def flagged(self) -> tuple[Case, ...]:
        return tuple(c for c in self.opinions if c.flagged)

    @property
    def flagged_misses(self) -> tuple[Case, ...]:
        return tuple(c for c in self.misses if c.flagged)

    @property
    def also_found(self) -> tuple[int, int]:
        """(labels' ``also`` found among the secondary sections, labels' ``also`` in all)."""
        labelled = [c for c in self.opinions if c.label.get("also")]
        found = sum(len(set(c.label["also"]) & set(c.assignment.sections[1:])) for c in labelled)
        return found, sum(len(c.label["also"]) for c in labelled)

    @property
    def also_points(self) -> tuple[int, int]:
        """(points with an ``also`` label that got at least one of them, such points)."""
        labelled = [c for c in self.opinions if c.label.get("also")]
        return sum(bool(set(c.label["also"]) & set(c.assignment.sections[1:])) for c in labelled), len(labelled)

    @property
    def also_precision(self) -> tuple[int, int]:
        """(secondary sections given that are in the label's ``also`` or ``primary``, all given)."""
        ops = self.opinions
        given = sum(len(c.assignment.sections) - 1 for c in ops)
        right = sum(len(set(c.assignment.sections[1:]) & set(c.label.get("also", []) + c.label["primary"]))
                    for c in ops)
        return right, given


def align(points: tuple[Point, ...], labels: list[dict], name: str) -> list[tuple[Point, dict]]:
    """Pair points and labels in order, checking each label's ``starts``."""
    if len(points) != len(labels):
        raise SystemExit(f"{name}: {len(labels)} labels but the parser gave {len(points)} points")
    for p, lab in zip(points, labels):
        if not key(p.text).startswith(key(lab["starts"])):
            raise SystemExit(f"{name}: label n={lab['n']} starts {lab['starts']!r} "
                             f"but point {p.id} starts {p.text[:20]!r}")
    return list(zip(points, labels))


@lru_cache(maxsize=4)
def labelled_points(minutes: Path, labels: Path) -> tuple[tuple[Point, dict], ...]:
    """A labelled meeting's points paired with their labels (parsed once per process)."""
    points = tuple(p for m in parse_paths([str(minutes)]) for p in m.points)
    gold = yaml.safe_load(labels.read_text(encoding="utf-8"))["points"]
    return tuple(align(points, gold, labels.name))


@lru_cache(maxsize=1)
def heldout_points() -> tuple[tuple[Point, dict], ...]:
    """The held-out opinions as points of a fictional meeting m90, with their labels."""
    speaker = Speaker("試験委員", "試験", "委員", "member")
    out = []
    for i, item in enumerate(yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))["points"], 1):
        label = {"n": i, "kind": "opinion", "primary": item["primary"], "also": item.get("also", [])}
        p = Point(id=f"m90_{digest(item['text'])}", meeting="m90", speaker=speaker, kind="opinion",
                  text=item["text"], source=SourceSpan(HELDOUT.name, i, i))
        out.append((p, label))
    return tuple(out)


def seed_points() -> tuple[Point, ...]:
    """The seed's points (parsed once per process)."""
    return tuple(p for p, _ in labelled_points(SEED, LABELS))


def _report(name: str, pairs, outline: Outline, scoring: Scoring) -> Report:
    assignments = classify([p for p, _ in pairs], outline, scoring=scoring)
    cases = tuple(Case(lab["n"], p, lab, a) for (p, lab), a in zip(pairs, assignments))
    return Report(name, cases, outline.catch_all.id)


def evaluate(outline: Outline | None = None, scoring: Scoring = DEFAULT_SCORING, which: str = "seed") -> Report:
    """Classify one labelled set (``seed``, ``05`` or ``heldout``) and pair every point with its label."""
    outline = outline or load_outline()
    pairs = {"seed": lambda: labelled_points(SEED, LABELS),
             "05": lambda: labelled_points(MEETING5, LABELS5),
             "heldout": heldout_points}[which]()
    return _report(which, pairs, outline, scoring)


def summary(r: Report) -> list[str]:
    ops = r.opinions
    target = TARGETS[r.name]
    used = sum(1 for c in ops if c.top == r.catch_all)
    misses, flagged, caught = len(r.misses), len(r.flagged), len(r.flagged_misses)
    share = caught / misses if misses else 1.0
    f_ok = share >= FLAG_HOLDS and flagged <= FLAG_AT_MOST * len(ops)
    also, wanted = r.also_found
    pts, npts = r.also_points
    right, given = r.also_precision
    return [
        f"primary acceptable: {len(r.hits)}/{len(ops)} = {r.accuracy:.1%} "
        f"(target >= {target:.0%}: {'OK' if r.accuracy >= target else 'FAIL'})",
        f"catch-all used {used} times, {len(r.wrong_catch_all)} where 'other' is not acceptable",
        f"flagged for review: {flagged}/{len(ops)} = {flagged / len(ops):.0%} of points, holding "
        f"{caught}/{misses} misplacements = {share:.0%} (target >= {FLAG_HOLDS:.0%} with <= "
        f"{FLAG_AT_MOST:.0%} flagged: {'OK' if f_ok else 'FAIL'})",
        f"secondary sections: {pts}/{npts} points with an 'also' label got one ({also}/{wanted} of the "
        f"labels' sections); {right}/{given} given are in 'also' or 'primary'",
    ]


def confusion(r: Report) -> list[str]:
    ids = ("covid", "dx", "om", "kpi", "standards", "financing", "other")
    grid = Counter((c.label["primary"][0], c.top) for c in r.opinions)
    out = ["confusion (rows: gold first-acceptable, columns: predicted)",
           f"{'':>10}" + "".join(f"{s[:9]:>10}" for s in ids)]
    for g in ids:
        out.append(f"{g:>10}" + "".join(f"{grid[(g, p)] or '.':>10}" for p in ids))
    return out


def miss_lines(r: Report) -> list[str]:
    out = []
    for c in r.misses:
        flag = "flagged" if c.flagged else "CONFIDENT"
        out.append(f"  n={c.n:<3} {c.point.id} {c.point.text[:28]}…  predicted {c.top}, acceptable "
                   f"{c.label['primary']}, {flag}; "
                   + ", ".join(f"{s}={v}" for s, v in c.assignment.scores if v))
    return out


def main() -> int:
    outline = load_outline()
    reports = []
    for which, title in (("seed", f"seed {SEED.relative_to(ROOT)}"),
                         ("05", f"fictional 第５回 {MEETING5.relative_to(ROOT)}"),
                         ("heldout", f"held-out opinions {HELDOUT.relative_to(ROOT)}")):
        r = evaluate(outline, which=which)
        reports.append(r)
        print(f"\n{title}: {len(r.cases)} points, {len(r.opinions)} opinions")
        for line in summary(r):
            print("  " + line)
    print("  recorded, not recomputed: before issue 12 (f7514c0) the outline placed 47/68 = 69.1% of the\n"
          "  第５回; the concept vocabulary and the sentence reading, before that meeting's misses were\n"
          "  read (only the three examples quoted in issue 12), 57/68 = 83.8%: the figure an unseen\n"
          "  meeting can expect; what came after was tuned with its misses in view.")
    seed = reports[0]
    procedural = [c for c in seed.cases if c.label["kind"] == "procedural"]
    print(f"\nseed: procedural points given no section: {sum(c.top is None for c in procedural)}/{len(procedural)}")
    for r in reports:
        print(f"\n--- {r.name}")
        print("\n".join(confusion(r)))
        print("misses" + ("" if r.misses else ": none"))
        print("\n".join(miss_lines(r)))
    sensitivity(outline)
    robustness(outline)
    ok = (all(r.accuracy >= TARGETS[r.name] for r in reports[:2])
          and not seed.wrong_catch_all and seed.also_points[0] >= 7)
    return 0 if ok else 1


def sensitivity(outline: Outline) -> None:
    """How much the figures depend on the thresholds and on any single term (a check on overfitting)."""
    print("\nsensitivity: accuracy seed / 第５回 / held-out with other factors")
    variants = [("as set", {})]
    for name, values in (("min_score", (2.0, 3.5)), ("background", (0.25, 0.7, 1.0)),
                         ("point", (1.0, 2.0)), ("lead_boost", (1.0, 2.0)), ("topic", (1.0, 2.0))):
        variants += [(f"{name}={v}", {name: v}) for v in values]
    for label, change in variants:
        scoring = dataclasses.replace(DEFAULT_SCORING, **change)
        accs = [evaluate(outline, scoring, which).accuracy for which in ("seed", "05", "heldout")]
        print(f"  {label:<16} " + " / ".join(f"{a:.1%}" for a in accs))
    worst = []
    for i, s in enumerate(outline.sections):
        for e in s.evidence:
            fewer = dataclasses.replace(s, evidence=tuple(x for x in s.evidence if x is not e))
            sections = outline.sections[:i] + (fewer,) + outline.sections[i + 1:]
            smaller = dataclasses.replace(outline, sections=sections)
            acc = sum(evaluate(smaller, which=w).accuracy for w in ("seed", "05", "heldout")) / 3
            worst.append((acc, f"{s.id}:{e.text}"))
    worst.sort()
    print("leave one term out (mean of the three): lowest "
          + ", ".join(f"{acc:.1%} without {name}" for acc, name in worst[:6]))


def robustness(outline: Outline, share: float = 0.25, draws: int = 3) -> None:
    """A stand-in for meetings in other words: drop a share of the outline's evidence at random
    (fixed draws) and see how placement and the review list hold up."""
    import random

    print(f"\nrobustness: {share:.0%} of the terms removed at random, {draws} draws "
          "(accuracy; flagged share; misplacements held by the review list)")
    rng = random.Random(12)
    totals = {w: [0, 0, 0, 0, 0] for w in ("seed", "05", "heldout")}
    for _ in range(draws):
        sections = tuple(s if s.catch_all else dataclasses.replace(
            s, evidence=tuple(e for e in s.evidence if rng.random() >= share)) for s in outline.sections)
        smaller = dataclasses.replace(outline, sections=sections)
        for which, t in totals.items():
            r = evaluate(smaller, which=which)
            for i, n in enumerate((len(r.opinions), len(r.hits), len(r.flagged), len(r.misses),
                                   len(r.flagged_misses))):
                t[i] += n
    for which, (n, hits, flagged, misses, held) in totals.items():
        print(f"  {which:<8} {hits / n:.1%}; flagged {flagged / n:.0%}; held {held}/{misses}"
              f" = {held / max(misses, 1):.0%}")


if __name__ == "__main__":
    raise SystemExit(main())
