"""Place each point in a section of the outline, with the evidence that decided it.

How a point is scored, per section:

* the point's text is folded with :func:`match_key` (NFKC, upper case, spaces dropped
  except between two Latin letters/digits), and so is every term of the outline;
* the terms of the whole outline are one compiled alternation, longest first: at each
  place the longest term counts, whichever section it is in (コロナ禍 and コロナ count
  once; 適合性評価 for standards hides the 評価 of kpi); Latin terms only match as whole
  words; regular expressions are scanned per section; ``against`` terms subtract;
* the sentence is read, not just its words (:func:`clause_roles`): a Japanese opinion
  states its point at the end, so evidence in the final clause of a proposal
  (〜すべき, 〜が重要, 〜いただきたい) counts ``point`` times, in a clause closed by
  〜については ``topic`` times, in the first sentence ``lead_boost`` times, and in a
  background clause (〜を背景に, 〜の中で, 〜とはいえ, 〜であるが, 〜に関連して …)
  ``background`` times; inside one of a term's ``weaker_in`` phrases (運営 in 会議の運営)
  it counts ``context_factor`` times more. Each match records where it stood;
* a piece of evidence found ``n`` times weighs ``weight × (1 + repeat × (min(n, max_count) − 1))``
  times the factor of its best occurrence;
* a section's own score is its strongest evidence plus ``others`` × the rest (a list of
  ten words of one field says less than their sum), minus its ``against`` evidence; its
  total adds the best total of its subsections.

The primary section is the best top-level total (ties: outline order) if the point has
evidence enough — ``min_score``, counting background clauses at full weight, since a
point said wholly in a background clause still has a topic — else the catch-all. The
catch-all may have evidence of its own (topics the outline leaves to その他) and then
competes like any section. A placed section descends into its best-scoring subsection,
and the subsection id is reported. Secondary sections are the other top-level sections
reaching ``max(secondary_min, min(secondary_ratio × best, secondary_enough))``. ``uncertain`` is set when the
margin (see ``model.Assignment.margin``) is below ``uncertain_margin`` — the runner-up
has nearly as much evidence — or when the point barely fell to the catch-all.
Procedural points get no section. Cost: one pass of a few compiled regular expressions
per distinct text (a text said again — a campaign, a restatement word for word — is scored
once), so linear in the number of points.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from assembler.model import Assignment, Evidence, Match, Outline, Overrides, Point, Section

__all__ = ["Scoring", "DEFAULT_SCORING", "ReviewRow", "classify", "clause_roles", "match_key",
           "review_rows"]


@dataclass(frozen=True)
class Scoring:
    """The thresholds and factors of classification (set on the labelled meetings; see make eval).

    ``min_score``: a point needs this much evidence to be placed outside the catch-all.
    ``secondary_min`` / ``secondary_ratio`` / ``secondary_enough``: a secondary section needs
    this total and this share of the primary's, but ``secondary_enough`` always suffices (a
    point with much evidence for its primary can still touch a second section clearly). ``uncertain_margin``: margins below it are flagged (0.45:
    the runner-up has more than 55% of the winner's score; on the labelled meetings that
    holds every misplacement while flagging a quarter of the points, and with 20–30% of
    the outline's terms removed at random it still holds about nine in ten).
    ``lead_boost`` / ``lead_chars``: factor for evidence in the first sentence.
    ``background`` / ``topic`` / ``point``: factors for evidence in a background clause,
    a topic clause, the final clause of a proposal (see :func:`clause_roles`).
    ``context_factor``: further factor inside a term's ``weaker_in`` phrase.
    ``others``: the share of a section's further evidence added to its strongest.
    ``repeat`` / ``max_count``: what each further occurrence adds, and where that stops.
    """

    min_score: float = 2.5
    secondary_min: float = 2.5
    secondary_ratio: float = 0.25
    secondary_enough: float = 5.0
    uncertain_margin: float = 0.45
    lead_boost: float = 1.5
    lead_chars: int = 40
    repeat: float = 0.5
    max_count: int = 3
    background: float = 0.4
    topic: float = 1.5
    point: float = 1.5
    context_factor: float = 0.25
    others: float = 0.5


DEFAULT_SCORING = Scoring()

_GAP = re.compile(r"[\s・]+")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _gap(m: re.Match[str]) -> str:
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
    """One section's evidence compiled for scanning (its literal terms are in _Scanner)."""

    section: Section
    patterns: tuple[tuple[Evidence, re.Pattern[str]], ...]
    weaker: dict[Evidence, re.Pattern[str]]  # the compiled alternation of each term's weaker_in phrases


@dataclass(frozen=True)
class _Scanner:
    """The whole outline compiled: one alternation of every literal term and against term."""

    sections: tuple[_Compiled, ...]
    terms: re.Pattern[str] | None
    term_of: dict[str, tuple[tuple[int, Evidence], ...]]  # folded term -> ((index of its section, Evidence), ...)


def _term_regex(evidence: list[Evidence]) -> tuple[re.Pattern[str] | None, dict[str, Evidence]]:
    """One alternation for literal terms, longest first, Latin terms guarded as whole words."""
    of: dict[str, Evidence] = {}
    for e in evidence:
        of.setdefault(match_key(e.text), e)
    if not of:
        return None, of
    # The guard before a Latin term is checked in _terms_in, not written (?<!…) here: a
    # look-behind at the start of the alternatives stops the regex engine from scanning
    # for their first characters, which made matching ten times slower.
    if "" in of:  # an empty term matches everywhere: the plain alternation, longest first
        return re.compile("|".join(_guarded(k) for k in sorted(of, key=lambda k: (-len(k), k)))), of
    return re.compile(_trie(sorted(of))), of


def _guarded(term: str) -> str:
    """A literal term as a regex; a term ending in a Latin letter or digit must end a word."""
    return re.escape(term) + (r"(?![A-Z0-9])" if _WORD.match(term[-1:]) else "")


def _trie(terms: list[str]) -> str:
    """The terms as one regex shaped like a trie (common prefixes written once).

    It matches what the alternation of the terms longest first matches — at each place the
    longest term (whose word guard holds) — but the regex engine tries one branch per
    character instead of every term at every place: about four times faster on 500 terms.

    >>> _trie(["AB", "ABC", "AD", "港"])
    '(?:A(?:B(?:C(?![A-Z0-9])|(?![A-Z0-9]))|D(?![A-Z0-9]))|港)'
    """
    root: dict[str, Any] = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any], last: str) -> str:
        branches = [re.escape(ch) + build(child, ch) for ch, child in sorted(node.items()) if ch]
        guard = r"(?![A-Z0-9])" if _WORD.match(last) else ""
        if not branches:
            return guard
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        if guard:  # a longer term first, else this one where its word ends
            return f"(?:{body}|{guard})"
        return f"(?:{body})?"

    return build(root, "")


def _terms_in(regex: re.Pattern[str], key: str) -> Iterator[re.Match[str]]:
    """The matches of a term alternation, Latin terms only where no Latin letter precedes."""
    pos, end = 0, len(key)
    while pos < end:
        m = regex.search(key, pos)
        if m is None:
            return
        i = m.start()
        if i > 0 and key[i] in _LATIN and key[i - 1] in _LATIN:
            pos = i + 1  # inside a Latin word: as (?<![A-Z0-9]) would, try the next position
            continue
        yield m
        pos = m.end() if m.end() > i else i + 1


@lru_cache(maxsize=16)
def _compile(outline: Outline) -> _Scanner:
    sections: list[_Compiled] = []
    of: dict[str, tuple[tuple[int, Evidence], ...]] = {}
    for i, s in enumerate(outline.iter_all()):
        for e in s.evidence:
            if e.kind != "pattern":
                k = match_key(e.text)
                if all(x is not e for _, x in of.get(k, ())):
                    of[k] = of.get(k, ()) + ((i, e),)
        patterns = tuple((e, re.compile(e.text)) for e in s.evidence if e.kind == "pattern")
        weaker = {e: re.compile("|".join(re.escape(match_key(w)) for w in e.weaker_in))
                  for e in s.evidence if e.weaker_in}
        sections.append(_Compiled(s, patterns, weaker))
    regex, _ = _term_regex([Evidence("term", k, 1.0) for k in of])
    return _Scanner(tuple(sections), regex, of)


# --- reading the sentence ----------------------------------------------------------------------
#
# A Japanese opinion states its point at the end of the sentence: 「コロナ禍を背景に、融資の
# 手続を迅速化すべき」 is about financing. The key is cut into clauses, and each clause gets a
# role that scales the evidence found in it (Scoring.background / topic / point):
#   background  a clause closed by a marker of setting or concession;
#   topic       a clause closed by 〜については / 〜に関しては (the subject the member raises);
#   point       the last clause of a sentence that ends in a proposal or judgement;
#   lead        the first sentence, up to Scoring.lead_chars (if not background);
#   body        anything else.

#: Markers that close a background clause (on the match key: NFKC, upper case, no spaces).
BACKGROUND = re.compile(
    r"を背景(?:に|として)(?:して)?、?|を受けて、|を機に、?|を契機に(?:して)?、?|に関連して、?|に関連し、"
    r"|(?:の|る|た|い)(?:中|なか)(?:で、?|、)|とは(?:いえ|言え|いうものの)、?|にもかかわらず、?"
    r"|(?:である|であった|ではある|だ|です|ます|ました|た|る|い|ない)が、|ものの、?|けれど(?:も)?、"
    r"|一方で?、|もさることながら、?|はもちろん(?:だが|ですが)?、"
    r"|(?:てお|でお|つつあ)り、")  # a situation stated before the proposal: 〜が進んでおり、
#: Markers that close a topic clause.
TOPIC = re.compile(r"(?:について|に関して|に関しては|につき|としては)(?:は)?、|については|に関しては")
#: A sentence ending that states a proposal or judgement (searched in its last characters).
PREDICATE = re.compile(
    r"(?:べき|重要|必要|大切|肝要|肝心|不可欠|急務|求められ|期待|いただきたい|頂きたい|ほしい|欲しい|たい"
    r"|望ましい|検討|ではないか|のではないか|と考え|と思う|すること|が要る|鍵|課題|ポイント|有効|べきだ)"
    r"[^、]{0,8}$")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")


def clause_roles(key: str, scoring: "Scoring") -> list[tuple[int, int, str]]:
    """The key cut into ``(start, end, role)`` clauses that cover it in order.

    >>> [(key[s:e], r) for key in ["コロナ禍を背景に、融資を迅速化すべき。"]
    ...  for s, e, r in clause_roles(key, DEFAULT_SCORING)]
    [('コロナ禍を背景に、', 'background'), ('融資を迅速化すべき。', 'point')]
    """
    spans: list[tuple[int, int, str]] = []
    first = True
    for sm in _SENTENCE.finditer(key):
        s0, s1 = sm.span()
        sentence = sm.group(0)
        body = sentence.rstrip("。！？!?")
        cut = s0  # end of the last background / topic clause in this sentence
        for m in BACKGROUND.finditer(body):
            if len(body) - m.end() >= 6:  # something must follow for it to be a background
                spans.append((cut, s0 + m.end(), "background"))
                cut = s0 + m.end()
        for m in TOPIC.finditer(body):
            if s0 + m.end() > cut and len(body) - m.end() >= 4:
                spans.append((cut, s0 + m.end(), "topic"))
                cut = s0 + m.end()
        proposal = PREDICATE.search(body[-24:]) is not None
        final = s1  # where the point clause starts: the last clause of a proposal, else none
        if proposal:
            comma = body.rfind("、", cut - s0)
            final = s0 + comma + 1 if comma >= 0 else cut
        if first:
            lead_end = min(final, s0 + scoring.lead_chars)
            if lead_end > cut:
                spans.append((cut, lead_end, "lead"))
                cut = lead_end
        if final > cut:
            spans.append((cut, final, "body"))
        if final < s1:
            spans.append((final, s1, "point"))
        first = False
    return spans


@lru_cache(maxsize=16)
def _factors(scoring: "Scoring") -> dict[str, float]:
    return {"background": scoring.background, "topic": scoring.topic, "point": scoring.point,
            "lead": scoring.lead_boost, "body": 1.0}


def _role_at(roles: list[tuple[int, int, str]], pos: int) -> str:
    for s, e, r in roles:
        if s <= pos < e:
            return r
    return "body"


# the literal terms of one section found in a point's key, each with the spans it was found at
_Found = dict[Evidence, list[tuple[int, int]]]


def _score(c: _Compiled, found: _Found, key: str, roles: list[tuple[int, int, str]], scoring: Scoring
           ) -> tuple[float, float, list[Match]]:
    """A section's own score on one point (weighted, and plain), and the evidence that produced it.

    ``found`` holds the section's evidence found in the key (Evidence -> spans), not empty.
    """
    factors = _factors(scoring)
    weights, raw, matches = [], [], []
    for e, spans in found.items():
        n = len(spans)
        weaker = c.weaker.get(e)
        weak_spans = [m.span() for m in weaker.finditer(key)] if weaker is not None else ()
        best, where, plain = -1.0, "body", 0.0
        for i, j in spans:
            role = _role_at(roles, i)
            f = factors[role]
            weak = any(a <= i and j <= b for a, b in weak_spans)
            if weak:
                f, role = f * scoring.context_factor, "weakened"
            if f > best:
                best, where = f, role
            plain = max(plain, scoring.context_factor if weak else 1.0)
        base = e.weight * (1 + scoring.repeat * (min(n, scoring.max_count) - 1))
        sign = -1 if e.kind == "against" else 1
        weights.append(sign * base * best)
        raw.append(sign * base * plain)
        found_text = key[spans[0][0]:spans[0][1]] if e.kind == "pattern" else ""
        matches.append(Match(section=c.section.id, kind=e.kind, text=e.text, weight=round(sign * base * best, 2),
                             count=n, where=where, found=found_text))
    matches.sort(key=lambda m: (-m.weight, m.text))
    return _combine(weights, scoring), max(sum(raw), 0.0), matches


def _combine(weights: list[float], scoring: Scoring) -> float:
    """A section's total: its strongest evidence, plus ``others`` times the rest (minus any against).

    Ten words of one field in a list (ドローン、ロボット、AI …) say less than their sum.
    """
    pos = sorted((w for w in weights if w > 0), reverse=True)
    neg = sum(w for w in weights if w < 0)
    total = (pos[0] + scoring.others * sum(pos[1:]) if pos else 0.0) + neg
    return max(total, 0.0)


def _descend(s: Section, totals: dict[str, float]) -> str:
    """The deepest best-scoring subsection of ``s`` (``s`` itself when none scores)."""
    while s.subsections:
        best = max(s.subsections, key=lambda c: totals[c.id])  # max keeps the first on ties
        if totals[best.id] <= 0:
            break
        s = best
    return s.id


def _found(compiled: _Scanner, key: str) -> list[_Found]:
    """Per section, the evidence found in the key: Evidence -> spans (terms, then patterns)."""
    found: list[_Found] = [{} for _ in compiled.sections]
    if compiled.terms is not None:
        for m in _terms_in(compiled.terms, key):
            for i, e in compiled.term_of[m.group(0)]:
                found[i].setdefault(e, []).append(m.span())
    for c, f in zip(compiled.sections, found):
        for e, regex in c.patterns:
            for m in regex.finditer(key):
                if m.end() > m.start():
                    f.setdefault(e, []).append(m.span())
    return found


def _auto(point: Point, outline: Outline, compiled: _Scanner, scoring: Scoring) -> Assignment:
    key = match_key(point.text)
    found = _found(compiled, key)
    roles = clause_roles(key, scoring) if any(found) else []
    own: dict[str, float] = {}
    own_raw: dict[str, float] = {}
    matched: list[Match] = []
    for c, f in zip(compiled.sections, found):
        if not f:  # nothing of this section in the point
            own[c.section.id] = own_raw[c.section.id] = 0.0
            continue
        own[c.section.id], own_raw[c.section.id], ms = _score(c, f, key, roles, scoring)
        matched.extend(ms)
    totals, raws = own, own_raw

    def total(s: Section) -> None:
        if s.subsections:
            for c in s.subsections:
                total(c)
            totals[s.id] += max(totals[c.id] for c in s.subsections)
            raws[s.id] += max(raws[c.id] for c in s.subsections)

    for s in outline.sections:
        total(s)
    scores = tuple((c.section.id, round(totals[c.section.id], 2)) for c in compiled.sections)
    if point.kind == "procedural":
        return Assignment(point=point.id, section=None, sections=(), scores=scores,
                          matched=tuple(matched), uncertain=False)
    ranked = sorted(outline.sections, key=lambda s: -totals[s.id])  # stable: outline order on ties
    best = totals[ranked[0].id]
    # the evidence, wherever it stands: a point said wholly in a background clause still has a topic
    strength = max(best, max(raws[s.id] for s in outline.sections))
    if strength < scoring.min_score or best <= 0:
        margin = (strength - scoring.min_score) / scoring.min_score
        catch = outline.catch_all.id
        return Assignment(point=point.id, section=catch, sections=(catch,), scores=scores,
                          matched=tuple(matched), uncertain=-margin < scoring.uncertain_margin,
                          margin=round(margin, 3))
    second = totals[ranked[1].id] if len(ranked) > 1 else 0.0
    margin = (best - second) / best
    floor = max(scoring.secondary_min, min(scoring.secondary_ratio * best, scoring.secondary_enough))
    sections = [_descend(ranked[0], totals)]
    sections += [_descend(s, totals) for s in ranked[1:] if totals[s.id] >= floor]
    return Assignment(point=point.id, section=sections[0], sections=tuple(sections), scores=scores,
                      matched=tuple(matched), uncertain=margin < scoring.uncertain_margin,
                      margin=round(margin, 3))


def classify(points: Iterable[Point], outline: Outline, overrides: Overrides | None = None, *,
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
    seen: dict[tuple[str, str], Assignment] = {}  # a text said again is scored once
    for point in points:
        same = seen.get((point.text, point.kind))
        if same is None:
            a = seen[point.text, point.kind] = _auto(point, outline, compiled, scoring)
        else:
            a = replace(same, point=point.id)
        p = placed.get(point.id)
        if p is not None:
            if p.excluded or p.section is None:  # one and the same: a placement without a section excludes
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


def review_rows(points: Iterable[Point], assignments: Iterable[Assignment]) -> list[ReviewRow]:
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
