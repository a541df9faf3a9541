"""What deserves a human look, most doubtful first: uncertain or catch-all placements, and
merges whose pair score is closest to the threshold (or whose group is flagged for chaining)."""
from __future__ import annotations

from . import classify, dedup
from .pipeline import Assembled
from .text import table


def review_text(a: Assembled, threshold: float | None = None) -> str:
    """Both review lists as readable tables, with a count line before each."""
    points = a.points
    by_id = {p.id: p for p in points}
    rows = classify.review_rows(points, a.assignments)
    out = [f"placements to check: {len(rows)} (uncertain, or fell to the catch-all)"]
    if rows:
        out.append(classify.format_review(rows))
    merges = dedup.review_merges(a.groups, threshold if threshold is not None
                                 else dedup.DEFAULT_THRESHOLD)
    out.append("")
    out.append(f"merges to check: {len(merges)} (flagged groups first, then closest to the threshold)")
    if merges:
        body = [(m.group, f"{m.score:.1f}", f"{m.margin:+.1f}",
                 "flagged" if m.flagged else ("manual" if m.manual else ""),
                 f"{by_id[m.a].speaker.label} {by_id[m.a].text}",
                 f"{by_id[m.b].speaker.label} {by_id[m.b].text}") for m in merges]
        out.append(table(("group", "score", "margin", "flag", "point A", "point B"),
                         (18, 5, 6, 7, 36, 36), body))
    return "\n".join(out)
