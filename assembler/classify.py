"""Place each point in a section of the outline, with the evidence that decided it.

How a point is scored, per section:

* the point's text is folded with :func:`match_key` (NFKC, upper case, spaces dropped
  except between two Latin letters/digits), and so is every term of the outline;
* each section's terms are one compiled alternation (longest first, so コロナ禍 and
  コロナ at the same place count once); Latin terms only match as whole words;
  regular expressions are scanned separately; ``against`` terms subtract;
* a piece of evidence found ``n`` times adds ``weight × (1 + repeat × (min(n, max_count) − 1))``,
  times ``lead_boost`` when it occurs in the lead (the first sentence, at most
  ``lead_chars`` characters): Japanese bullets state their topic first;
* a section's total is its own score plus the best total of its subsections.

The primary section is the best top-level total (ties: outline order) if it reaches
``min_score``, else the catch-all. A placed section descends into its best-scoring
subsection, and the subsection id is reported. Secondary sections are the other
top-level sections reaching ``max(secondary_min, secondary_ratio × best)``.
``uncertain`` is set when the margin (see ``model.Assignment.margin``) is below
``uncertain_margin``. Procedural points get no section. Cost: one pass of a few
compiled regular expressions per point, so linear in the number of points.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assembler.model import Assignment, Evidence, Match, Outline, Overrides, Point, Section
from assembler.text import table

__all__ = ["Scoring", "DEFAULT_SCORING", "ReviewRow", "classify", "match_key", "review_rows",
           "format_assignments", "format_review"]


@dataclass(frozen=True)
class Scoring:
    """The thresholds of classification (the defaults were set on the seed; see make eval).

    ``min_score``: a point needs this total to be placed outside the catch-all.
    ``secondary_min`` / ``secondary_ratio``: a secondary section needs both this total and
    this share of the primary's. ``uncertain_margin``: margins below it are flagged.
    ``lead_boost`` / ``lead_chars``: weight factor for evidence in the lead.
    ``repeat`` / ``max_count``: what each further occurrence adds, and where that stops.
    """

    min_score: float = 2.5
    secondary_min: float = 2.5
    secondary_ratio: float = 0.3
    uncertain_margin: float = 0.2
    lead_boost: float = 1.5
    lead_chars: int = 40
    repeat: float = 0.5
    max_count: int = 3


DEFAULT_SCORING = Scoring()

_GAP = re.compile(r"[\s・]+")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _gap(m: re.Match) -> str:
    """Spaces and ・ go (ベース・レジストリ = ベースレジストリ), except one space between Latin words."""
    s, i, j = m.string, m.start(), m.end()
    return " " if 0 < i and j < len(s) and s[i - 1] in _LATIN and s[j] in _LATIN else ""
_WORD = re.compile(r"[A-Z0-9]")


def match_key(text: str) -> str:
    """The form evidence is matched on: assembler.text.norm, spaces and ・ folded.

    >>> match_key("都市 ＯＳ と Ｏ＆Ｍ、New  Normal、ベース・レジストリ")
    '都市OSとO&M、NEW NORMAL、ベースレジストリ'
    """
    from assembler.text import norm

    return _GAP.sub(_gap, norm(text).strip())


@dataclass(frozen=True)
class _Compiled:
    """One section's evidence compiled for scanning."""

    section: Section
    terms: re.Pattern | None
    term_of: dict  # folded term -> Evidence
    against: re.Pattern | None
    against_of: dict
    patterns: tuple[tuple[Evidence, re.Pattern], ...]


def _term_regex(evidence: list[Evidence]) -> tuple[re.Pattern | None, dict]:
    """One alternation for literal terms, longest first, Latin terms guarded as whole words."""
    of: dict[str, Evidence] = {}
    for e in evidence:
        of.setdefault(match_key(e.text), e)
    if not of:
        return None, of
    parts = []
    for k in sorted(of, key=lambda k: (-len(k), k)):
        p = re.escape(k)
        if _WORD.match(k[0]):
            p = r"(?<![A-Z0-9])" + p
        if _WORD.match(k[-1]):
            p += r"(?![A-Z0-9])"
        parts.append(p)
    return re.compile("|".join(parts)), of


@lru_cache(maxsize=16)
def _compile(outline: Outline) -> tuple[_Compiled, ...]:
    out = []
    for s in outline.iter_all():
        terms, term_of = _term_regex([e for e in s.evidence if e.kind == "term"])
        against, against_of = _term_regex([e for e in s.evidence if e.kind == "against"])
        patterns = tuple((e, re.compile(e.text)) for e in s.evidence if e.kind == "pattern")
        out.append(_Compiled(s, terms, term_of, against, against_of, patterns))
    return tuple(out)


def _lead_end(key: str, scoring: Scoring) -> int:
    end = key.find("。")
    return min(end if end >= 0 else len(key), scoring.lead_chars)


def _score(c: _Compiled, key: str, lead: int, scoring: Scoring) -> tuple[float, list[Match]]:
    """A section's own score on one point and the evidence that produced it."""
    found: dict[Evidence, list[int]] = {}
    for regex, of in ((c.terms, c.term_of), (c.against, c.against_of)):
        if regex is not None:
            for m in regex.finditer(key):
                found.setdefault(of[m.group(0)], []).append(m.start())
    for e, regex in c.patterns:
        for m in regex.finditer(key):
            if m.end() > m.start():
                found.setdefault(e, []).append(m.start())
    total, matches = 0.0, []
    for e, starts in found.items():
        n = len(starts)
        w = e.weight * (1 + scoring.repeat * (min(n, scoring.max_count) - 1))
        if starts[0] < lead:
            w *= scoring.lead_boost
        if e.kind == "against":
            w = -w
        total += w
        matches.append(Match(section=c.section.id, kind=e.kind, text=e.text, weight=round(w, 2), count=n))
    matches.sort(key=lambda m: (-m.weight, m.text))
    return max(total, 0.0), matches


def _descend(s: Section, totals: dict[str, float]) -> str:
    """The deepest best-scoring subsection of ``s`` (``s`` itself when none scores)."""
    while s.subsections:
        best = max(s.subsections, key=lambda c: totals[c.id])  # max keeps the first on ties
        if totals[best.id] <= 0:
            break
        s = best
    return s.id


def _auto(point: Point, outline: Outline, compiled: tuple[_Compiled, ...], scoring: Scoring) -> Assignment:
    key = match_key(point.text)
    lead = _lead_end(key, scoring)
    own: dict[str, float] = {}
    matched: list[Match] = []
    for c in compiled:
        own[c.section.id], ms = _score(c, key, lead, scoring)
        matched.extend(ms)
    totals: dict[str, float] = {}

    def total(s: Section) -> float:
        sub = max((total(c) for c in s.subsections), default=0.0)
        totals[s.id] = own[s.id] + max(sub, 0.0)
        return totals[s.id]

    for s in outline.sections:
        total(s)
    scores = tuple((s.id, round(totals[s.id], 2)) for s in outline.iter_all())
    if point.kind == "procedural":
        return Assignment(point=point.id, section=None, sections=(), scores=scores,
                          matched=tuple(matched), uncertain=False)
    ranked = sorted(outline.sections, key=lambda s: -totals[s.id])  # stable: outline order on ties
    best = totals[ranked[0].id]
    if best < scoring.min_score:
        margin = (best - scoring.min_score) / scoring.min_score
        catch = outline.catch_all.id
        return Assignment(point=point.id, section=catch, sections=(catch,), scores=scores,
                          matched=tuple(matched), uncertain=-margin < scoring.uncertain_margin,
                          margin=round(margin, 3))
    second = totals[ranked[1].id] if len(ranked) > 1 else 0.0
    margin = (best - second) / best
    floor = max(scoring.secondary_min, scoring.secondary_ratio * best)
    sections = [_descend(ranked[0], totals)]
    sections += [_descend(s, totals) for s in ranked[1:] if totals[s.id] >= floor]
    return Assignment(point=point.id, section=sections[0], sections=tuple(sections), scores=scores,
                      matched=tuple(matched), uncertain=margin < scoring.uncertain_margin,
                      margin=round(margin, 3))


def classify(points, outline: Outline, overrides: Overrides | None = None, *,
             scoring: Scoring = DEFAULT_SCORING) -> tuple[Assignment, ...]:
    """One Assignment per point, in the points' order; manual placements win over evidence.

    Raises ConfigError when an override places a point in a section the outline lacks
    (overrides naming unknown points are reported by ``overrides.check_overrides``).
    """
    compiled = _compile(outline)
    placed = {}
    if overrides is not None:
        from assembler.overrides import require_sections

        require_sections(overrides, outline)
        placed = {p.point: p for p in overrides.placements}
    result = []
    for point in points:
        a = _auto(point, outline, compiled, scoring)
        p = placed.get(point.id)
        if p is not None:
            if p.excluded:
                a = Assignment(point=a.point, section=None, sections=(), scores=a.scores, matched=a.matched,
                               uncertain=False, manual=True, excluded=True, reason=p.reason)
            else:
                rest = tuple(s for s in a.sections[1:] if s != p.section)
                a = Assignment(point=a.point, section=p.section, sections=(p.section,) + rest, scores=a.scores,
                               matched=a.matched, uncertain=False, manual=True, reason=p.reason)
        result.append(a)
    return tuple(result)


# --- review ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    """One line of ``assembler review``: a placement worth a human look.

    ``why`` is ``uncertain`` (two sections nearly tie) or ``catch-all`` (no section reached
    the threshold); ``alternatives`` are the next best sections with their scores;
    ``terms`` the strongest evidence found; ``margin`` as in ``model.Assignment``.
    """

    point: str
    speaker: str
    meeting: str
    text: str
    section: str
    why: str
    margin: float
    alternatives: tuple[tuple[str, float], ...]
    terms: tuple[str, ...]


def review_rows(points, assignments) -> list[ReviewRow]:
    """Uncertain and catch-all placements, most doubtful (smallest |margin|) first."""
    by_id = {p.id: p for p in points}
    rows = []
    for a in assignments:
        if a.manual or a.section is None or a.margin is None:
            continue
        fell = a.margin < 0
        if not (a.uncertain or fell):
            continue
        p = by_id[a.point]
        alternatives = tuple(sorted(((s, v) for s, v in a.scores if v > 0 and s != a.section),
                                    key=lambda sv: -sv[1])[:3])
        terms = tuple(f"{m.text}({m.section})" for m in sorted(a.matched, key=lambda m: -m.weight)
                      if m.weight > 0)[:5]
        rows.append(ReviewRow(point=a.point, speaker=p.speaker.label, meeting=p.meeting, text=p.text,
                              section=a.section, why="catch-all" if fell else "uncertain",
                              margin=a.margin, alternatives=alternatives, terms=terms))
    rows.sort(key=lambda r: abs(r.margin))  # stable: document order on ties
    return rows


# --- text tables (assembler classify / assembler review) ---------------------------------


def format_assignments(points, assignments) -> str:
    """A readable table: point id, speaker, primary, secondary, uncertain, strongest evidence."""
    by_id = {p.id: p for p in points}
    rows = []
    for a in assignments:
        flag = "excluded" if a.excluded else "manual" if a.manual else "?" if a.uncertain else ""
        terms = ", ".join(f"{m.text}×{m.count}" if m.count > 1 else m.text
                          for m in sorted(a.matched, key=lambda m: -m.weight)[:4] if m.weight > 0)
        rows.append((a.point, by_id[a.point].speaker.label, a.section or "-", ",".join(a.sections[1:]), flag, terms))
    return table(("point", "speaker", "section", "also", "flag", "evidence"), (10, 18, 10, 16, 8, 40), rows)


def format_review(rows: list[ReviewRow]) -> str:
    """The review list as a table, most doubtful first."""
    body = [(r.point, r.speaker, r.section, r.why, f"{r.margin:+.2f}",
             ", ".join(f"{s}={v:g}" for s, v in r.alternatives), r.text) for r in rows]
    return table(("point", "speaker", "section", "why", "margin", "alternatives", "text"),
                  (10, 18, 10, 9, 6, 24, 40), body)
