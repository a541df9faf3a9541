"""Points kept when every text fixture is re-dressed in the shapes real files arrive in (`make eval`).

For each shape of ``benchmarks/shapes.py`` (CRLF, Shift_JIS, 〇 for ○, a space after the mark,
spaces at line ends, tabs for indents, half-width digits and colons, lines broken at a page's
width, blank lines inside paragraphs, page numbers and running heads, pdftotext's whole
shape): of the points the fixtures' own text gives, how many keep their speaker and words;
then the points lost, by fixture.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.shapes import SHAPES, fixtures, lost_in

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    originals = fixtures(ROOT)
    total = sum(len(p) for _, p in originals.values())
    print(f"{len(originals)} text fixtures, {total} points")
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in SHAPES.items():
            n = lost_n = 0
            lost_at: list[str] = []
            for path, (text, before) in originals.items():
                lost = lost_in(shape, path, text, before, Path(tmp))
                if lost is None:
                    continue
                n += len(before)
                lost_n += len(lost)
                lost_at += [f"{path.name}: {s} 「{w[:16]}」" for s, w in lost]
            print(f"  {name:16} {n - lost_n}/{n} kept ({100 * (n - lost_n) / max(n, 1):.2f} %)")
            for line in lost_at:
                print(f"      lost {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
