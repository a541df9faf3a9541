"""What deserves a human look, most doubtful first: uncertain or catch-all placements,
merges whose pair score is closest to the threshold (or whose group is flagged for chaining),
and matches kept apart because the two points take opposite stances (highest score first).

``review_data`` is the list as data (``assembler review --json``); ``review_text`` words it
for a person, each list opening with one line that says how it is ranked.
"""
from __future__ import annotations

from . import classify, dedup
from .i18n import _
from .model import ApartReview, MergeReview, PlacementReview, ReviewData
from .pipeline import Assembled
from .report import evidence, score, title_with_id, titles
from .text import clip, terminal_width, wrap


def _threshold(threshold: float | None) -> float:
    return dedup.DEFAULT_THRESHOLD if threshold is None else threshold


def review_data(a: Assembled, threshold: float | None = None) -> ReviewData:
    """Both review lists as data: placements (with chapter ids and titles, the evidence for
    the chosen chapter and its rivals) and merges (with both points' texts)."""
    by_id = {p.id: p for p in a.points}
    by_assignment = {x.point: x for x in a.assignments}
    names = titles(a.outline)
    placements: list[PlacementReview] = []
    for r in classify.review_rows(a.points, a.assignments):
        x, p = by_assignment[r.point], by_id[r.point]
        placements.append({
            "point": r.point, "meeting": r.meeting, "speaker": r.speaker, "text": r.text,
            "section": r.section, "section_title": names.get(r.section, r.section),
            "why": r.why, "margin": r.margin, "evidence": evidence(p, x),
            "alternatives": [{"section": s, "section_title": names.get(s, s), "score": v,
                              "evidence": evidence(p, x, s)} for s, v in r.alternatives],
            "source": p.source.to_dict(),
        })
    t = _threshold(threshold)
    merges: list[MergeReview] = []
    for m in dedup.review_merges(a.groups, t):
        pa, pb = by_id[m.a], by_id[m.b]
        merges.append({
            "group": m.group, "score": m.score, "margin": m.margin, "flagged": m.flagged,
            "manual": m.manual,
            "a": {"point": m.a, "speaker": pa.speaker.label, "text": pa.text},
            "b": {"point": m.b, "speaker": pb.speaker.label, "text": pb.text},
        })
    return {"threshold": t, "placements": placements, "merges": merges, "apart": _apart(a)}


def _apart(a: Assembled) -> list[ApartReview]:
    """The matches kept apart for their stances, the highest score first."""
    by_id = {p.id: p for p in a.points}
    rows = sorted(((g.id, x) for g in a.groups for x in g.apart),
                  key=lambda r: (-r[1].score, r[0], r[1].a, r[1].b))
    return [{"group": gid, "score": x.score, "how": x.how, "words": list(x.words),
             "a": {"point": x.a, "speaker": by_id[x.a].speaker.label, "text": by_id[x.a].text},
             "b": {"point": x.b, "speaker": by_id[x.b].speaker.label, "text": by_id[x.b].text}}
            for gid, x in rows]


def review_text(a: Assembled, threshold: float | None = None) -> str:
    """Both review lists for a person: a count line and a line saying how the list is ranked,
    then one short block per item (lines cut to the terminal's width)."""
    data = review_data(a, threshold)
    cols = terminal_width()

    def fit(line: str) -> str:
        return clip(line, cols).rstrip()

    rows = data["placements"]
    out = [_("placements to check: {n}").format(n=len(rows))]
    out += wrap(_("Ranked by how clearly the words decided: margin = (best − runner-up) ÷ best, "
                  "smallest first; below 0 no chapter scored enough and the point went to the "
                  "catch-all chapter."), cols)
    for r in rows:
        out.append(fit(_("{point}  {speaker}  → {chapter}  margin {margin}").format(
            point=r["point"], speaker=r["speaker"], chapter=title_with_id(a.outline, r["section"]),
            margin=f"{r['margin']:+.2f}")))
        why = r["evidence"]
        if r["alternatives"]:
            rival = r["alternatives"][0]
            why = _("{best}; runner-up {chapter}: {evidence}").format(
                best=why, chapter=title_with_id(a.outline, rival["section"]),
                evidence=rival["evidence"])
        lines = wrap(_("why: {why}").format(why=why), cols - 4)
        out += ["    " + line for line in lines]
        out.append(fit("    " + r["text"]))
    merges = data["merges"]
    out += ["", _("merges to check: {n}").format(n=len(merges))]
    out += wrap(_("Ranked: groups flagged for chaining first, then by score − threshold "
                  "({threshold}), closest to the threshold first.").format(
        threshold=score(data["threshold"])), cols)
    for m in merges:
        flag = _("flagged") if m["flagged"] else (_("manual") if m["manual"] else "")
        out.append(fit(_("{group}  score {score} ({margin} from the threshold)  {flag}").format(
            group=m["group"], score=score(round(m["score"], 1)), margin=f"{m['margin']:+.1f}",
            flag=flag)))
        for side in ("a", "b"):
            out.append(fit(f"    {m[side]['point']} {m[side]['speaker']}: {m[side]['text']}"))
    out += _apart_text(data["apart"], cols)
    return "\n".join(out)


def _apart_text(rows: list[ApartReview], cols: int) -> list[str]:
    """The matches kept apart for their stances, for a person (none: no lines)."""
    if not rows:
        return []
    out = ["", _("opposite views kept apart: {n}").format(n=len(rows))]
    out += wrap(_("These scored at or above the threshold but one says the opposite of the "
                  "other, so both stay in the draft; if they say the same after all, merge "
                  "them in overrides.yaml (merge:)."), cols)
    for r in rows:
        if r["how"] == "opposed":
            why = _("merging them would join {a} and {b}, which are opposed").format(
                a=r["words"][0], b=r["words"][1])
        else:
            why = f"「{r['words'][0]}」 / 「{r['words'][1]}」"
        out.append(clip(_("{group}  score {score}  {why}").format(
            group=r["group"], score=score(round(r["score"], 1)), why=why), cols).rstrip())
        for side in ("a", "b"):
            out.append(clip(f"    {r[side]['point']} {r[side]['speaker']}: {r[side]['text']}",
                            cols).rstrip())
    return out
