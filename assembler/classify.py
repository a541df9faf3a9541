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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from assembler import collector
from assembler.model import Assignment, Evidence, Match, Outline, Overrides, Placement, Point, Section
from assembler.text import Trie, word_trie

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
class _Piece:
    """One piece of evidence as scoring reads it, its section and weaker_in phrases resolved."""

    section: int  # index in _Scanner.sections
    evidence: Evidence
    sign: int  # -1 for against terms
    weaker: re.Pattern[str] | None  # the alternation of its weaker_in phrases


@dataclass(frozen=True)
class _Gate:
    """Which patterns a key may match, from the literals one of which every match of a pattern
    holds (``_needs``): most points match no pattern, and one scan for all the literals is
    cheaper than a look for each pattern's.

    The scan (one alternation, longest first) reports a literal wherever it stands unless a
    literal reported before it overlaps it, or a longer one holds it; a pattern is decided by
    the scan (``of``) only when every literal that could hide one of its own is its own too,
    so that a hidden literal of it is always found through another of its literals. The
    other patterns are looked for one by one (``rest``: their literals, None for a pattern
    with none known, which is always scanned)."""

    scan: re.Pattern[str] | None
    of: dict[str, tuple[int, ...]]  # literal -> the patterns (their places in _Scanner.patterns) it lets through
    rest: tuple[tuple[int, tuple[str, ...] | None], ...]

    def open(self, key: str) -> list[int]:
        """The places of the patterns that may match in the key, in order."""
        maybe = {j for lit in self.scan.findall(key) for j in self.of[lit]} if self.scan is not None else set()
        maybe.update(j for j, needs in self.rest if needs is None or any(n in key for n in needs))
        return sorted(maybe)


def _gate(needs_of: list[tuple[str, ...] | None]) -> _Gate:
    literals = {lit for needs in needs_of if needs for lit in needs}

    def hiders(a: str) -> set[str]:  # literals that hold a, or overlap its start with their end
        return {b for b in literals if b != a and (a in b or any(b.endswith(a[:k]) for k in range(1, min(len(a), len(b)))))}

    of: dict[str, tuple[int, ...]] = {}
    rest = []
    for j, needs in enumerate(needs_of):
        if needs is not None and all(hiders(a) <= set(needs) for a in needs):
            for lit in needs:
                of[lit] = of.get(lit, ()) + (j,)
        else:
            rest.append((j, needs))
    scan = re.compile("|".join(map(re.escape, sorted(of, key=lambda s: (-len(s), s))))) if of else None
    return _Gate(scan, of, tuple(rest))


@dataclass(frozen=True)
class _Scanner:
    """The whole outline compiled once: one alternation of every literal term and against
    term, every pattern with the literals one of which its every match holds, each piece of
    evidence resolved, and the shape of the outline that the scores are added up along.
    Evidence is referred to by its index in ``pieces``."""

    sections: tuple[Section, ...]  # every section, depth first (Outline.iter_all)
    pieces: tuple[_Piece, ...]
    terms: re.Pattern[str] | None
    term_of: dict[str, tuple[int, ...]]  # folded term -> the pieces it is
    patterns: tuple[tuple[int, re.Pattern[str]], ...]  # (piece, its regex)
    gate: _Gate  # which patterns a key may match
    zero: tuple[tuple[str, float], ...]  # every section's score on a point with no evidence
    nesting: tuple[tuple[str, tuple[str, ...]], ...]  # (section id, its subsections' ids), deepest first
    catch_all: str
    top: tuple[str, ...]  # the top-level sections' ids, in order
    nested: dict[str, Section]  # the sections with subsections, by id


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


_Trie = Trie


def _trie(terms: list[str]) -> str:
    """The terms as one regex shaped like a trie (common prefixes written once).

    It matches what the alternation of the terms longest first matches — at each place the
    longest term (whose word guard holds) — but the regex engine tries one branch per
    character instead of every term at every place. The first character is one character
    class (the engine skips to the places where a term can start without entering the
    regex); the branches after it are grouped by that character, in groups of groups, each
    entered only when a look-behind finds the character in it, so that a place where no
    term starts after all tries a few groups instead of every term's first character. On
    the default outline's 488 terms that is twice as fast as one branch per first character.

    >>> _trie(["AB", "ABC", "AD", "港"])
    '[A港](?:B(?<=AB)(?:C(?![A-Z0-9])|(?![A-Z0-9]))|D(?<=AD)(?![A-Z0-9])|(?<=港))'
    """
    root = word_trie(terms)
    firsts = sorted(root)
    return f"{_chars(firsts)}(?:{_dispatch(firsts, root)})"


_FANOUT, _LEAF = 4, 16  # groups per level; first characters tried one by one (measured on the default outline)


def _dispatch(firsts: list[str], root: _Trie) -> str:
    """The branches after the first character, for the characters ``firsts``."""
    if len(firsts) <= _LEAF:
        return "|".join(alt for ch in firsts for alt in _after_first(ch, root[ch]))
    size = -(-len(firsts) // _FANOUT)
    groups = [firsts[i:i + size] for i in range(0, len(firsts), size)]
    return "|".join(f"(?<={_chars(g)})(?:{_dispatch(g, root)})" for g in groups)


def _chars(chars: list[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


def _after_first(first: str, node: _Trie) -> list[str]:
    """The branches that follow a term's first character (already matched), longest first;
    each makes sure with a look-behind that it was ``first``."""
    alts = [re.escape(ch) + f"(?<={re.escape(first + ch)})" + _branches(child, ch)
            for ch, child in sorted(node.items()) if ch]
    if "" in node:  # the character alone is a term
        alts.append(f"(?<={re.escape(first)})" + _word_end(first))
    return alts


def _word_end(last: str) -> str:
    return r"(?![A-Z0-9])" if _WORD.match(last) else ""


def _branches(node: _Trie, last: str) -> str:
    """The rest of the terms below a trie node, longest first (``last``: the character matched)."""
    branches = [re.escape(ch) + _branches(child, ch) for ch, child in sorted(node.items()) if ch]
    guard = _word_end(last)
    if not branches:
        return guard
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    if guard:  # a longer term first, else this one where its word ends
        return f"(?:{body}|{guard})"
    return f"(?:{body})?"


def _terms_in(regex: re.Pattern[str], key: str) -> list[re.Match[str]]:
    """The matches of a term alternation, Latin terms only where no Latin letter precedes."""
    out: list[re.Match[str]] = []
    for m in regex.finditer(key):
        i = m.start()
        if m.end() == i or (i > 0 and key[i] in _LATIN and key[i - 1] in _LATIN):
            out.extend(_terms_from(regex, key, i))  # rare: go on place by place from here
            break
        out.append(m)
    return out


def _terms_from(regex: re.Pattern[str], key: str, pos: int) -> Iterator[re.Match[str]]:
    end = len(key)
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


def _needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which is in every text the pattern matches anything in (None:
    not known). A key holding none of them is not scanned with the pattern: most points
    match no pattern, and ``in`` is several times faster than a scan.

    >>> _needs(re.compile("(ポスト|ウィズ|アフター)[・]?コロナ")), _needs(re.compile("[0-9]+兆円"))
    (('コロナ',), ('兆円',))
    >>> _needs(re.compile("(情報|データ)を.{0,8}(集め|集約)")), _needs(re.compile("(?i)dx"))
    (('データ', '情報'), None)
    """
    try:
        parsed = _sre("parser").parse(pattern.pattern, pattern.flags)
    except Exception:  # the parser is the standard library's own, but not a public interface
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _needs_in(list(parsed))


def _sre(name: str) -> Any:
    """The standard library's regular expression parser (``re._parser``) or its constants
    (``re._constants``): typeshed has no stubs for them."""
    import importlib

    return importlib.import_module(f"re._{name}")


def _needs_in(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """``_needs`` of a sequence: any one item's literals do; the longest are kept."""
    sre = _sre("constants")
    best: tuple[str, ...] | None = None
    run: list[str] = []  # a run of literal characters, which a match holds as one string
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        for need in ([("".join(run),)] if run else []) + [_needs_of(op, av, sre)]:
            if need and all(need) and (best is None or _better(need, best)):
                best = need
        run = []
    return best


def _needs_of(op: Any, av: Any, sre: Any) -> tuple[str, ...] | None:
    """``_needs`` of one item of a sequence other than a literal character."""
    if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _needs_in(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _needs_in(list(av))
    if op is sre.BRANCH:  # each alternative's literals, if every one has some
        alts = [_needs_in(list(alt)) for alt in av[1]]
        return tuple(sorted({s for alt in alts for s in alt or ()})) if all(alts) else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needs_in(list(av[2]))
    if op is sre.IN:
        return _chars_of(av)
    return None


def _better(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Longer literals filter better; among as long, fewer."""
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def _chars_of(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The characters a class of literals and small ranges matches (None for anything else)."""
    sre = _sre("constants")
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 64:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return tuple(sorted(chars)) if 0 < len(chars) <= 64 else None


@lru_cache(maxsize=16)
def _compile(outline: Outline) -> _Scanner:
    sections = tuple(outline.iter_all())
    index: dict[tuple[int, Evidence], int] = {}  # equal evidence in a section is one piece, as a dict key
    pieces: list[_Piece] = []
    of: dict[str, tuple[tuple[int, Evidence], ...]] = {}
    patterns: list[tuple[int, re.Pattern[str]]] = []
    for i, s in enumerate(sections):
        for e in s.evidence:
            x = index.get((i, e))
            if x is None:
                x = index[i, e] = len(pieces)
                pieces.append(_piece(i, e))
            if e.kind == "pattern":
                patterns.append((x, re.compile(e.text)))
                continue
            k = match_key(e.text)
            if all(s_e is not e for _, s_e in of.get(k, ())):
                of[k] = of.get(k, ()) + ((i, e),)
    term_of = {k: tuple(index[i, e] for i, e in pairs) for k, pairs in of.items()}
    regex, _ = _term_regex([Evidence("term", k, 1.0) for k in of])
    nesting = tuple((s.id, tuple(c.id for c in s.subsections)) for s in reversed(sections) if s.subsections)
    return _Scanner(sections, tuple(pieces), regex, term_of, tuple(patterns), _gate([_needs(rx) for _, rx in patterns]),
                    tuple((s.id, 0.0) for s in sections), nesting, outline.catch_all.id,
                    tuple(s.id for s in outline.sections), {s.id: s for s in sections if s.subsections})


def _piece(section: int, e: Evidence) -> _Piece:
    weaker = re.compile("|".join(re.escape(match_key(w)) for w in e.weaker_in)) if e.weaker_in else None
    return _Piece(section, e, -1 if e.kind == "against" else 1, weaker)


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
#: Every alternative starts with a literal character, so the regex engine looks for the
#: places where one can start before it tries any (〜(?:の|る|た|い)中で written out is
#: twice as fast as with the group first).
BACKGROUND = re.compile(
    r"を背景(?:に|として)(?:して)?、?|を受けて、|を機に、?|を契機に(?:して)?、?|に関連して、?|に関連し、"
    r"|の(?:中|なか)(?:で、?|、)|る(?:中|なか)(?:で、?|、)|た(?:中|なか)(?:で、?|、)|い(?:中|なか)(?:で、?|、)"
    r"|とは(?:いえ|言え|いうものの)、?|にもかかわらず、?"
    r"|であるが、|であったが、|ではあるが、|だが、|ですが、|ますが、|ましたが、|たが、|るが、|いが、|ないが、"
    r"|ものの、?|けれど(?:も)?、"
    r"|一方で?、|もさることながら、?|はもちろん(?:だが|ですが)?、"
    r"|ており、|でおり、|つつあり、")  # a situation stated before the proposal: 〜が進んでおり、
#: Markers that close a topic clause.
TOPIC = re.compile(r"について(?:は)?、|に関して(?:は)?、|に関しては(?:は)?、|につき(?:は)?、|としては(?:は)?、"
                   r"|については|に関しては")
#: A sentence ending that states a proposal or judgement (searched in its last characters).
PREDICATE = re.compile(
    r"(?:べき|重要|必要|大切|肝要|肝心|不可欠|急務|求められ|期待|いただきたい|頂きたい|ほしい|欲しい|たい"
    r"|望ましい|検討|ではないか|のではないか|と考え|と思う|すること|が要る|鍵|課題|ポイント|有効|べきだ)"
    r"[^、]{0,8}$")
_SENTENCE = re.compile(r"([^。！？!?]+)[。！？!?]*")  # group 1: the sentence without its closing marks


def clause_roles(key: str, scoring: "Scoring") -> list[tuple[int, int, str]]:
    """The key cut into ``(start, end, role)`` clauses that cover it in order.

    >>> [(key[s:e], r) for key in ["コロナ禍を背景に、融資を迅速化すべき。"]
    ...  for s, e, r in clause_roles(key, DEFAULT_SCORING)]
    [('コロナ禍を背景に、', 'background'), ('融資を迅速化すべき。', 'point')]
    """
    spans: list[tuple[int, int, str]] = []
    # The markers hold no 。！？, so each match found in the whole key lies in one sentence;
    # one scan of the key finds what a scan of each sentence would.
    backgrounds = [m.end() for m in BACKGROUND.finditer(key)]
    topics = [m.end() for m in TOPIC.finditer(key)]
    bi = ti = 0
    first = True
    for sm in _SENTENCE.finditer(key):
        s0, s1 = sm.span()
        be = sm.end(1)  # the end of the sentence's body (without its closing marks)
        cut = s0  # end of the last background / topic clause in this sentence
        while bi < len(backgrounds) and backgrounds[bi] <= be:
            end = backgrounds[bi]
            bi += 1
            if be - end >= 6:  # something must follow for it to be a background
                spans.append((cut, end, "background"))
                cut = end
        while ti < len(topics) and topics[ti] <= be:
            end = topics[ti]
            ti += 1
            if end > cut and be - end >= 4:
                spans.append((cut, end, "topic"))
                cut = end
        proposal = PREDICATE.search(key, max(s0, be - 24), be) is not None  # the body's last 24 characters
        final = s1  # where the point clause starts: the last clause of a proposal, else none
        if proposal:
            comma = key.rfind("、", cut, be)
            final = comma + 1 if comma >= 0 else cut
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


def _factors(scoring: Scoring) -> dict[str, float]:
    return {"background": scoring.background, "topic": scoring.topic, "point": scoring.point,
            "lead": scoring.lead_boost, "body": 1.0}


def _role_at(roles: list[tuple[int, int, str]], pos: int) -> str:
    for s, e, r in roles:
        if s <= pos < e:
            return r
    return "body"


@dataclass
class _Run:
    """What one call of classify shares across its points."""

    compiled: _Scanner
    outline: Outline
    scoring: Scoring
    factors: dict[str, float]
    # equal evidence on many points is one Match object (frozen, so shared safely; made once)
    made: dict[tuple[int, float, int, str, str], Match] = field(default_factory=dict)


# per section (by index) with evidence: the weighted and the plain value of each piece, and its Match
_Scored = dict[int, tuple[list[float], list[float], list[Match]]]


def _score(run: _Run, found: dict[int, list[tuple[int, int]]], key: str, roles: list[tuple[int, int, str]]
           ) -> _Scored:
    """Each piece of evidence found, weighed: ``weight × (1 + repeat × (min(n, max_count) − 1))``
    times the factor of its best occurrence (and, plain, 1 or ``context_factor``), by section."""
    scoring, factors, made, pieces = run.scoring, run.factors, run.made, run.compiled.pieces
    context = scoring.context_factor
    scored: _Scored = {}
    for x, spans in found.items():
        piece = pieces[x]
        e = piece.evidence
        n = len(spans)
        if n == 1 and piece.weaker is None:  # the common case: what the loop below gives for it
            role = _role_at(roles, spans[0][0])
            best, where, plain = (factors[role], role, 1.0) if factors[role] > -1.0 else (-1.0, "body", 1.0)
        else:
            best, where, plain = _best(spans, roles, factors, context,
                                       [m.span() for m in piece.weaker.finditer(key)] if piece.weaker is not None else [])
        base = e.weight * (1 + scoring.repeat * (min(n, scoring.max_count) - 1))
        found_text = key[spans[0][0]:spans[0][1]] if e.kind == "pattern" else ""
        weight = round(piece.sign * base * best, 2)
        m = made.get((x, weight, n, where, found_text))
        if m is None:
            m = made[x, weight, n, where, found_text] = Match(
                section=run.compiled.sections[piece.section].id, kind=e.kind, text=e.text, weight=weight,
                count=n, where=where, found=found_text)
        slot = scored.get(piece.section)
        if slot is None:
            slot = scored[piece.section] = ([], [], [])
        slot[0].append(piece.sign * base * best)
        slot[1].append(piece.sign * base * plain)
        slot[2].append(m)
    return scored


def _best(spans: list[tuple[int, int]], roles: list[tuple[int, int, str]], factors: dict[str, float],
          context: float, weak_spans: list[tuple[int, int]]) -> tuple[float, str, float]:
    """The factor of a piece's best occurrence, where it stood, and its plain factor (1, or
    ``context`` when every occurrence is inside a weaker_in phrase)."""
    best, where, plain = -1.0, "body", 0.0
    for i, j in spans:
        role = _role_at(roles, i)
        f = factors[role]
        weak = any(a <= i and j <= b for a, b in weak_spans)
        if weak:
            f, role = f * context, "weakened"
        if f > best:
            best, where = f, role
        plain = max(plain, context if weak else 1.0)
    return best, where, plain


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


def _found(compiled: _Scanner, key: str) -> dict[int, list[tuple[int, int]]]:
    """The evidence found in the key (index of the piece -> its spans): terms, then patterns."""
    found: dict[int, list[tuple[int, int]]] = {}
    if compiled.terms is not None:
        term_of = compiled.term_of
        for m in _terms_in(compiled.terms, key):
            span = m.span()
            for x in term_of[m.group()]:
                spans = found.get(x)
                if spans is None:
                    found[x] = [span]
                else:
                    spans.append(span)
    patterns = compiled.patterns
    for j in compiled.gate.open(key):
        x, regex = patterns[j]
        for m in regex.finditer(key):
            if m.end() > m.start():
                found.setdefault(x, []).append(m.span())
    return found


def _auto(point: Point, run: _Run) -> Assignment:
    compiled, scoring = run.compiled, run.scoring
    key = match_key(point.text)
    found = _found(compiled, key)
    matched: list[Match] = []
    if found:
        scored = _score(run, found, key, clause_roles(key, scoring))
        totals, raws = dict(compiled.zero), dict(compiled.zero)
        for i in sorted(scored):
            sid = compiled.sections[i].id
            weights, raw, ms = scored[i]
            raws[sid] = max(sum(raw), 0.0)
            if len(weights) == 1:  # what _combine and the sort give for one piece
                totals[sid] = weights[0] if weights[0] > 0 else 0.0
                matched.append(ms[0])
                continue
            totals[sid] = _combine(weights, scoring)
            ms.sort(key=lambda m: (-m.weight, m.text))
            matched.extend(ms)
        for sid, subs in compiled.nesting:  # a section's total adds its best subsection's
            totals[sid] += max(totals[c] for c in subs)
            raws[sid] += max(raws[c] for c in subs)
        scores = tuple(zip(totals, [round(v, 2) if v else v for v in totals.values()]))
    else:
        totals = raws = dict(compiled.zero)
        scores = compiled.zero
    if point.kind == "procedural":
        return Assignment(point=point.id, section=None, sections=(), scores=scores,
                          matched=tuple(matched), uncertain=False)
    top = compiled.top
    ranked = sorted(top, key=totals.__getitem__, reverse=True)  # stable: outline order on ties
    best = totals[ranked[0]]
    # the evidence, wherever it stands: a point said wholly in a background clause still has a topic
    strength = max(best, max(map(raws.__getitem__, top)))
    if strength < scoring.min_score or best <= 0:
        margin = (strength - scoring.min_score) / scoring.min_score
        catch = compiled.catch_all
        return Assignment(point=point.id, section=catch, sections=(catch,), scores=scores,
                          matched=tuple(matched), uncertain=-margin < scoring.uncertain_margin,
                          margin=round(margin, 3))
    second = totals[ranked[1]] if len(ranked) > 1 else 0.0
    margin = (best - second) / best
    floor = max(scoring.secondary_min, min(scoring.secondary_ratio * best, scoring.secondary_enough))
    nested = compiled.nested
    sections = [sid if sid not in nested else _descend(nested[sid], totals)
                for sid in ranked if sid == ranked[0] or totals[sid] >= floor]
    return Assignment(point=point.id, section=sections[0], sections=tuple(sections), scores=scores,
                      matched=tuple(matched), uncertain=margin < scoring.uncertain_margin,
                      margin=round(margin, 3))


def classify(points: Iterable[Point], outline: Outline, overrides: Overrides | None = None, *,
             scoring: Scoring = DEFAULT_SCORING) -> tuple[Assignment, ...]:
    """One Assignment per point, in the points' order; manual placements win over evidence.

    A function of its arguments alone: any chunk of the points (in a worker process, say)
    gets the Assignments it would get among all of them.
    Raises ConfigError when an override places a point in a section the outline lacks
    (overrides naming unknown points are reported by ``overrides.check_overrides``).
    """
    run = _Run(_compile(outline), outline, scoring, _factors(scoring))
    placed: dict[str, Placement] = {}
    if overrides is not None:
        from assembler.overrides import require_sections

        require_sections(overrides, outline)
        placed = {p.point: p for p in overrides.placements}
    with collector.paused():  # classify makes many small objects and no cycles
        return _classify(points, run, placed)


def _classify(points: Iterable[Point], run: _Run, placed: dict[str, Placement]) -> tuple[Assignment, ...]:
    result = []
    seen: dict[tuple[str, str], Assignment] = {}  # a text said again is scored once
    for point in points:
        same = seen.get((point.text, point.kind))
        if same is None:
            a = seen[point.text, point.kind] = _auto(point, run)
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
