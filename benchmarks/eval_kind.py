"""Kind and role accuracy on the labelled kind corpus (`make eval`).

The corpus is ``tests/fixtures/kind/*.txt``: minutes of fictional councils and assemblies
written for this purpose in the shapes real files arrive in (pdftotext and pypdf output,
assembly committee records), each with ``*.labels.yaml`` giving, for every turn paragraph,
its first line, the speaker's label, the role the turn is spoken in and its kind. The
fixtures come in batches; each batch was labelled and scored *before* the rules were tuned
on it, so the first-sight figure of a batch is what unseen minutes can expect.

For each fixture: how many labelled paragraphs were found as points (a point starting on the
labelled line, with the labelled speaker), and of those how many have the labelled kind and
role; then the misses with the evidence (``kind_why``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from assembler.minutes import parse_file
from assembler.model import Point

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "kind"

#: First-sight figures (kind right / labelled), recorded when each batch was first scored,
#: before any rule was changed with it in view. Recorded, not recomputed.
FIRST_SIGHT: dict[int, str] = {
    1: "kind 48/77 = 62.3%, role 66/77 = 85.7% (kind.py and roles.py of 6ebd86d)",
    2: "kind 27/39 = 69.2%, role 33/39 = 84.6% (after batch 1 was tuned: kind 76/77, role 77/77)",
    3: "kind 13/17 = 76.5%, role 17/17 = 100.0% (after batch 2 was tuned: all kind 117/119, role 118/119)",
    4: "kind 15/17 = 88.2%, role 15/17 = 88.2% (after batch 3 was tuned: all kind 134/136, role 135/136)",
    5: "kind 37/57 = 64.9%, role 56/57 = 98.2% (after batch 4 was tuned: all kind 150/153, role 152/153)",
}


@dataclass(frozen=True)
class Case:
    """One labelled paragraph and the point the parser made of it (None: not found)."""

    fixture: str
    batch: int
    label: dict[str, object]
    point: Point | None

    @property
    def found(self) -> bool:
        return self.point is not None and self.point.speaker.label == self.label["speaker"]

    @property
    def kind_ok(self) -> bool:
        return self.found and self.point is not None and self.point.kind == self.label["kind"]

    @property
    def role_ok(self) -> bool:
        return self.found and self.point is not None and self.point.speaker.role == self.label["role"]


def fixtures() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def cases(path: Path) -> list[Case]:
    """The labelled paragraphs of one fixture with the points parsed from it."""
    labels = yaml.safe_load(path.with_suffix(".labels.yaml").read_text(encoding="utf-8"))
    by_line = {p.source.line_start: p for p in parse_file(path).points}
    return [Case(path.stem, int(labels["batch"]), lab, by_line.get(int(lab["line"])))
            for lab in labels["points"]]


def evaluate() -> list[Case]:
    return [c for path in fixtures() for c in cases(path)]


def _share(hit: int, n: int) -> str:
    return f"{hit}/{n} = {hit / n:.1%}" if n else "0/0"


def main() -> int:
    every = evaluate()
    for batch in sorted({c.batch for c in every}):
        print(f"batch {batch}" + (f" (first sight: {FIRST_SIGHT[batch]})" if batch in FIRST_SIGHT else ""))
        for name in sorted({c.fixture for c in every if c.batch == batch}):
            got = [c for c in every if c.fixture == name]
            found = [c for c in got if c.found]
            print(f"  {name}: found {_share(len(found), len(got))}; kind right "
                  f"{_share(sum(c.kind_ok for c in got), len(got))}; role right "
                  f"{_share(sum(c.role_ok for c in got), len(got))}")
    print(f"all: kind right {_share(sum(c.kind_ok for c in every), len(every))}; role right "
          f"{_share(sum(c.role_ok for c in every), len(every))}")
    misses = [c for c in every if not (c.kind_ok and c.role_ok)]
    print("misses" if misses else "misses: none")
    for c in misses:
        p = c.point
        if not c.found:
            got = "no point" if p is None else f"speaker {p.speaker.label}"
            print(f"  {c.fixture}:{c.label['line']} not found ({got})")
            continue
        assert p is not None
        print(f"  {c.fixture}:{c.label['line']} {p.speaker.label} want {c.label['role']}/{c.label['kind']}, "
              f"got {p.speaker.role}/{p.kind} ({p.kind_why[:60]}) {p.text[:24]}…")
    return 0
