"""Parse throughput: characters per second on real minutes repeated 1×, 10×, 100× (`make bench`).

The input is the seed's front matter followed by its body (agenda, speakers, bullets)
repeated n times, and the digital-society PDF's extracted lines repeated the same way
(verbatim style: turns and indented paragraphs). Reading the file is left out: the
figures are for ``parse_source``. Linear cost shows as a flat chars/s column. Each size is
parsed three times and the best wall and CPU times are kept; on a machine shared with other
work the CPU column (time.process_time) is the one to compare.
"""
from __future__ import annotations

import time
from pathlib import Path

from assembler.ingest import read_source
from assembler.minutes import load_roles, parse_source
from assembler.model import Line, SourceText

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
PDF = ROOT / "tests" / "fixtures" / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf"
TIMES = (1, 10, 100)


def repeated(src: SourceText, n: int, body_from: int) -> SourceText:
    """The front matter once, then the body (lines from ``body_from``) n times, renumbered."""
    head = [l.text for l in src.lines[: body_from - 1]]
    body = [l.text for l in src.lines[body_from - 1:]]
    texts = head + body * n
    return SourceText(file=src.file, lines=tuple(Line(t, i) for i, t in enumerate(texts, 1)),
                      format=src.format)


def build() -> str:
    """Which parser the figures measure: the plain Python source, or the compiled copy
    tools/build-compiled.py builds apart from the checkout (mypyc: the parser module a ``.so``)."""
    from assembler.minutes import parser

    return "pure Python" if parser.__file__.endswith(".py") else "compiled (mypyc)"


def main() -> int:
    roles = load_roles()
    print(f"parser: {build()}")
    print(f"{'input':<22}{'×':>4}  {'lines':>7}  {'chars':>9}  {'points':>7}  {'seconds':>8}  {'chars/s':>10}"
          f"  {'chars/CPU-s':>12}")
    for name, path, body_from in (("seed (議事要旨, txt)", SEED, 33), ("DS-04 (議事録, pdf)", PDF, 22)):
        src = read_source(path)
        parse_source(src, roles)  # warm up (regex compilation) outside the timing
        for n in TIMES:
            big = repeated(src, n, body_from)
            chars = sum(len(l.text) + 1 for l in big.lines)
            runs = []
            for _ in range(3):  # the best of three: a shared machine's other load is noise
                start, cpu = time.perf_counter(), time.process_time()
                parsed = parse_source(big, roles)
                runs.append((time.perf_counter() - start, time.process_time() - cpu))
            seconds, cpu_seconds = min(r[0] for r in runs), min(r[1] for r in runs)
            print(f"{name:<22}{n:>4}  {len(big.lines):>7}  {chars:>9}  {len(parsed.points):>7}  "
                  f"{seconds:>8.3f}  {chars / seconds:>10,.0f}  {chars / max(cpu_seconds, 1e-9):>12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
