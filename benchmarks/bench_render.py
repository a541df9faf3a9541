"""Render speed and memory: a synthetic draft of 1k, 10k and 50k points with its appendix.

Each size runs in its own subprocess so the peak RSS (VmHWM) is that size's alone.
`python benchmarks/run.py bench render`
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (1_000, 10_000, 50_000)
ROOT = Path(__file__).resolve().parent.parent


def synthetic_draft(n: int):
    """n points in 20 chapters, one entry and one citation per point, ~60 characters each."""
    from assembler.model import (Chapter, CitationPart, Draft, Entry, Meeting, Point, Section,
                                 SourceSpan, Speaker, TraceRow)
    meetings = tuple(Meeting(f"m{i:02d}", "インフラ海外展開懇談会", i, f"2020-0{i}-12", None, None, (),
                             f"minutes/第{i}回.txt") for i in range(1, 6))
    sections = [Section(f"s{i}", f"項目{i}", i) for i in range(20)]
    rows, entries = [], [[] for _ in sections]
    for k in range(n):
        m = meetings[k % 5]
        spk = Speaker(f"委員{k % 17}委員", f"委員{k % 17}", "委員", "member")
        text = f"第{k}の論点として、デジタル技術を活用した質の高いインフラの案件形成を官民一体で加速すべきである。"
        point = Point(f"{m.id}_{k:06x}", m.id, spk, "opinion", text, SourceSpan(m.source, k + 1, k + 2))
        sec = sections[k % 20]
        rows.append(TraceRow(point, m, sec.id, sec.title, "自動: DX(3.0)", f"g{k}", True))
        entries[k % 20].append(Entry(point.id, text, (point.id,), (CitationPart(spk.label, (m.label,)),),
                                     f"g{k}"))
    chapters = tuple(Chapter(s, f"{s.title}について、次の意見があった。", tuple(e))
                     for s, e in zip(sections, entries))
    return Draft("ベンチマーク用骨子", "2020-05-12", "事務局", meetings, chapters, tuple(rows),
                 revision_date="2020-06-01")


def one(n: int) -> dict:
    """Render one size in this process; return seconds, peak RSS and file size."""
    from assembler.render import render_docx
    draft = synthetic_draft(n)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        path = render_docx(draft, Path(tmp) / "draft.docx")
        seconds = time.perf_counter() - start
        size = path.stat().st_size
    from benchmarks import peak_rss_mb

    rss_mb = peak_rss_mb()
    return {"points": n, "seconds": round(seconds, 2), "peak_rss_mb": round(rss_mb, 1),
            "docx_kb": size // 1024}


def main() -> int:
    print(f"{'points':>8} {'render s':>9} {'peak RSS MB':>12} {'docx KB':>8}")
    for n in SIZES:
        out = subprocess.run([sys.executable, "-c",
                              f"import json, benchmarks.bench_render as b; print(json.dumps(b.one({n})))"],
                             cwd=ROOT, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['points']:>8} {r['seconds']:>9.2f} {r['peak_rss_mb']:>12.1f} {r['docx_kb']:>8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
