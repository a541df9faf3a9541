"""Classification: the seed against its labels, explanations, a second outline, overrides, review."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assembler.classify import Scoring, classify, review_rows
from assembler.errors import ConfigError, InputError
from assembler.model import Overrides, Placement, Point, SourceSpan, Speaker
from assembler.sections import load_outline
from assembler.text import digest
from benchmarks.eval_classify import evaluate

FIXTURES = Path(__file__).parent / "fixtures" / "outlines"
DEFAULT = load_outline()
DIGITAL = load_outline(FIXTURES / "digital-society.yaml")


def point(text: str, kind: str = "opinion", meeting: str = "m09") -> Point:
    return Point(id=f"{meeting}_{digest(text)}", meeting=meeting,
                 speaker=Speaker("山田委員", "山田", "委員", "member"), kind=kind, text=text,
                 source=SourceSpan("minutes/第9回.txt", 1, 2))


def test_seed_primary_is_acceptable_for_at_least_95_percent_of_opinions():
    report = evaluate()
    assert len(report.opinions) == 52
    misses = [(c.n, c.top, c.label["primary"]) for c in report.opinions if c not in report.hits]
    assert report.accuracy >= 0.95, misses


def _meeting5():
    try:
        return evaluate(which="05")
    except InputError as e:  # the parser learns its introducer line in issue 10
        pytest.skip(f"the parser does not read the fictional 第５回 yet: {e}")


def test_fictional_meeting5_primary_is_acceptable_for_at_least_85_percent():
    report = _meeting5()
    assert len(report.opinions) == 68
    assert report.accuracy >= 0.85, [(c.n, c.top, c.label["primary"]) for c in report.misses]


def test_held_out_opinions_are_placed_for_at_least_85_percent():
    report = evaluate(which="heldout")
    assert len(report.opinions) == 42
    assert report.accuracy >= 0.85, [(c.n, c.top, c.label["primary"]) for c in report.misses]


@pytest.mark.parametrize("which", ["seed", "05"])
def test_review_list_holds_90_percent_of_misplacements_flagging_at_most_30_percent(which):
    report = evaluate(which=which) if which == "seed" else _meeting5()
    assert len(report.flagged) <= 0.30 * len(report.opinions)
    assert len(report.flagged_misses) >= 0.90 * len(report.misses), [c.n for c in report.misses if not c.flagged]


def test_seed_secondary_sections_found_for_7_of_the_labels_10():
    found, wanted = evaluate().also_found
    assert (wanted, found >= 7) == (10, True), found


def test_seed_catch_all_only_where_other_is_acceptable():
    report = evaluate()
    assert [(c.n, c.label["primary"]) for c in report.wrong_catch_all] == []


def test_seed_procedural_points_get_no_section():
    report = evaluate()
    for c in report.cases:
        if c.point.kind == "procedural":
            assert (c.assignment.section, c.assignment.sections) == (None, ())


# Written for these tests, not taken from the seed: (text, kind, primary, must-be-secondary)
DEFAULT_CASES = [
    ("ＫＰＩには受注額だけでなく、SDGsへの貢献も指標として加えるべき。", "opinion", "kpi", ()),
    ("Ｏ＆Ｍを含めたライフサイクル全体での受注を目指すべき。", "opinion", "om", ()),
    ("感染症の拡大で案件が止まっており、早期の再開に向けた対応が急務。", "opinion", "covid", ()),
    ("円借款の手続を迅速化し、JICA海外投融資も柔軟に使えるようにすべき。", "opinion", "financing", ()),
    ("国際標準化の議論に積極的に参加し、ルール形成を主導すべき。", "opinion", "standards", ()),
    ("データ連携基盤やクラウドを活用したスマートシティの提案が有効。", "opinion", "dx", ()),
    ("コロナ禍を機にＤＸが加速しており、デジタル技術を用いた遠隔での保守・運用の提案が求められる。",
     "opinion", "dx", ("om",)),
    ("地域の歴史や文化を尊重した協力関係を築くことが大切。", "opinion", "other", ()),
    ("本日は二点申し上げる。", "procedural", None, ()),
]


@pytest.mark.parametrize("text, kind, primary, secondary", DEFAULT_CASES)
def test_default_outline_places_unseen_points(text, kind, primary, secondary):
    (a,) = classify([point(text, kind)], DEFAULT)
    assert a.section == primary
    assert set(secondary) <= set(a.sections[1:])
    assert not a.manual


def test_matching_is_on_the_normalised_key_and_reports_the_outline_term():
    (a,) = classify([point("ＫＰＩの設定とＯ＆Ｍの評価。")], DEFAULT)
    terms = {(m.section, m.text) for m in a.matched}
    assert {("kpi", "KPI"), ("om", "O&M")} <= terms


def test_latin_terms_match_whole_words_only():
    (a,) = classify([point("MAIN ROADの整備とDXの推進。")], DEFAULT)
    assert ("AI" not in {m.text for m in a.matched})
    assert "DX" in {m.text for m in a.matched}


def test_the_longest_term_of_the_whole_outline_wins_at_one_place():
    (a,) = classify([point("適合性評価の仕組みを整えるべき。")], DEFAULT)
    assert {(m.section, m.text) for m in a.matched} == {("standards", "適合性評価")}


def test_longest_term_wins_at_one_place_and_repeats_are_counted():
    (a,) = classify([point("コロナ禍の影響。コロナ後の世界。")], DEFAULT)
    covid = [m for m in a.matched if m.section == "covid"]
    assert [(m.text, m.count) for m in covid] == [("コロナ", 2)]


def test_against_terms_subtract():
    (a,) = classify([point("セキュリティ・クリアランスの制度化。")], DIGITAL)
    assert dict(a.scores)["security"] == 0
    assert a.section == "misc"
    assert any(m.kind == "against" and m.weight < 0 for m in a.matched)


# --- reading the sentence ---------------------------------------------------------------------


def test_a_keyword_in_a_background_clause_counts_less_than_the_proposal():
    (a,) = classify([point("新型コロナの感染拡大を背景に、融資の手続を迅速にすべき。")], DEFAULT)
    where = {m.text: m.where for m in a.matched}
    assert (a.section, where["コロナ"], where["融資"]) == ("financing", "background", "point")


@pytest.mark.parametrize("text", [
    "新型コロナの感染症の拡大を受けて、現地の保守の体制を見直すべき。",
    "新型コロナの感染症が広がる中で、現地の保守の体制を見直すべき。",
    "新型コロナの感染症の拡大もあったが、現地の保守の体制を見直すべき。",
    "新型コロナの感染症の拡大とはいえ、現地の保守の体制を見直すべき。",
    "新型コロナの感染症の拡大に関連して、現地の保守の体制を見直すべき。",
    "新型コロナの感染症が広がっており、現地の保守の体制を見直すべき。",
])
def test_each_background_marker_moves_the_point_to_the_final_clause(text):
    (a,) = classify([point(text)], DEFAULT)
    assert a.section == "om"
    assert {m.text: m.where for m in a.matched}["感染症"] == "background"


def test_without_the_marker_the_same_words_stay_with_the_first_topic():
    (a,) = classify([point("新型コロナの感染症の拡大。現地の保守の体制を見直すべき。")], DEFAULT)
    assert a.section == "covid"


def test_a_point_said_wholly_in_a_background_clause_is_still_placed():
    (a,) = classify([point("海外展開の意義は、感染症の世界的な拡大を受けて、一段と増している。")], DEFAULT)
    assert a.section == "covid" and a.margin > 0


def test_a_trap_word_inside_its_weaker_phrase_counts_a_quarter():
    (a,) = classify([point("会議の運営を効率化すべき。")], DEFAULT)
    (m,) = [m for m in a.matched if m.text == "運営"]
    assert m.where == "weakened" and m.weight == 2 * 1.5 * 0.25
    assert a.section == "other"


def test_the_catch_all_can_win_on_its_own_evidence_and_is_not_listed_as_fallen():
    q = point("首脳どうしの外交の場を増やすべき。")
    (b,) = classify([q], DEFAULT)
    assert (b.section, b.margin > 0, review_rows([q], [b])) == ("other", True, [])


def test_clause_roles_cover_the_key_in_order():
    from assembler.classify import DEFAULT_SCORING, clause_roles, match_key

    key = match_key("ＤＸについては、コロナ禍の中で、遠隔での保守が進んだ。今後も支援をお願いしたい。")
    roles = clause_roles(key, DEFAULT_SCORING)
    assert roles[0][0] == 0 and roles[-1][1] == len(key)
    assert all(a[1] == b[0] for a, b in zip(roles, roles[1:]))
    assert [r for _, _, r in roles][-1] == "point"


def test_no_evidence_goes_to_the_catch_all_with_a_negative_margin():
    (a,) = classify([point("職員の意識を改める。")], DEFAULT)
    assert (a.section, a.sections, a.margin) == ("other", ("other",), -1.0)


def test_low_margin_is_uncertain_and_a_clear_win_is_not():
    tie, clear = classify([point("円借款とＫＰＩ。"), point("ＫＰＩとＫＰＩの指標と目標。")], DEFAULT)
    assert tie.uncertain and tie.margin < 0.2
    assert not clear.uncertain and clear.section == "kpi"


def test_classification_is_deterministic_and_per_point():
    points = [point(t, k) for t, k, _, _ in DEFAULT_CASES]
    forward = classify(points, DEFAULT)
    backward = classify(list(reversed(points)), DEFAULT)
    assert forward == classify(points, DEFAULT)
    assert forward == tuple(reversed(backward))


# The second outline: other ids, a catch-all called misc, subsections.
DIGITAL_CASES = [
    ("マイナンバーカードによる本人確認を広げるべき。", "mynumber"),
    ("ベース・レジストリとして不動産の台帳を整備すべき。", "data-registry"),
    ("自治体のオープンデータの公開を進めるべき。", "data-open"),
    ("データの利活用を進めるべき。", "data"),
    ("ゼロ トラストの考え方でセキュリティを確保すべき。", "security"),
    ("書面・対面を求めるアナログ規制を一掃すべき。", "analog-rules"),
    ("職員の意識改革が重要。", "misc"),
]


@pytest.mark.parametrize("text, section", DIGITAL_CASES)
def test_a_second_outline_with_subsections(text, section):
    (a,) = classify([point(text)], DIGITAL)
    assert a.section == section
    assert {s for s, _ in a.scores} == {s.id for s in DIGITAL.iter_all()}


def test_subsection_evidence_counts_for_its_parent():
    (a,) = classify([point("ベースレジストリの整備。")], DIGITAL)
    scores = dict(a.scores)
    assert scores["data"] == scores["data-registry"] > 0


def test_thresholds_are_parameters():
    p = point("データの利活用を進めるべき。")
    assert classify([p], DIGITAL)[0].section == "data"
    assert classify([p], DIGITAL, scoring=Scoring(min_score=10))[0].section == "misc"


# --- overrides --------------------------------------------------------------------------------


def test_manual_placement_and_exclusion_win_over_evidence():
    kpi, om, proc = point("ＫＰＩの設定。"), point("Ｏ＆Ｍの強化。"), point("以上です。", "procedural")
    overrides = Overrides(source="overrides.yaml", placements=(
        Placement(kpi.id, "standards", reason="国際標準の文脈"),
        Placement(om.id, None, excluded=True, reason="重複のため", date="2026-11-29"),
        Placement(proc.id, "other"),
    ))
    a, b, c = classify([kpi, om, proc], DEFAULT, overrides)
    assert (a.section, a.manual, a.excluded, a.reason, a.uncertain) == ("standards", True, False, "国際標準の文脈", False)
    assert (b.section, b.sections, b.manual, b.excluded, b.reason) == (None, (), True, True, "重複のため")
    assert (c.section, c.manual) == ("other", True)
    assert a.to_dict()["placement"] == "manual" and b.to_dict()["placement"] == "excluded"
    assert a.scores == classify([kpi], DEFAULT)[0].scores  # the evidence stays in the trace


def test_placement_in_an_unknown_section_is_a_config_error():
    p = point("ＫＰＩの設定。")
    overrides = Overrides(source="overrides.yaml", placements=(Placement(p.id, "kpis"),))
    with pytest.raises(ConfigError) as e:
        classify([p], DEFAULT, overrides)
    assert str(e.value) == (f"overrides.yaml: points.{p.id}: unknown section 'kpis'; did you mean 'kpi'?; "
                            "sections of the bundled outline: " + ", ".join(
                                f"{s.id}（{s.title}）" for s in DEFAULT.iter_all()))
    assert "kpi（KPI・目標設定）" in str(e.value), "ids beside the titles a person knows them by"


# --- review -----------------------------------------------------------------------------------


def test_review_lists_uncertain_and_catch_all_most_doubtful_first():
    points = [point("職員の意識を改める。"), point("ＫＰＩとＫＰＩの指標と目標。"),
              point("円借款とＫＰＩ。"), point("予算を確保する。")]
    assignments = classify(points, DEFAULT)
    rows = review_rows(points, assignments)
    assert [r.point for r in rows] == [points[2].id, points[3].id, points[0].id]
    assert [r.why for r in rows] == ["uncertain", "catch-all", "catch-all"]
    assert rows[0].alternatives[0][0] in ("kpi", "financing") and rows[0].speaker == "山田委員"
    assert rows[1].terms == ("予算(financing)",) and rows[1].margin == -0.4


def test_review_skips_manual_placements():
    p = point("地域の歴史を尊重する。")
    overrides = Overrides(placements=(Placement(p.id, "dx"),))
    assert review_rows([p], classify([p], DEFAULT, overrides)) == []


def test_assignment_json_shape():
    (a,) = classify([point("ＫＰＩとＯ＆Ｍ。")], DEFAULT)
    d = a.to_dict()
    assert set(d) >= {"section", "sections", "scores", "matched", "uncertain"}
    assert d["sections"][0] == d["section"] and set(d["scores"]) == {s.id for s in DEFAULT.iter_all()}
    assert dataclasses.is_dataclass(a) and d["matched"]["kpi"][0]["text"] == "KPI"


# --- the command ------------------------------------------------------------------------------


def test_cli_json_adds_the_classification_to_each_point(tmp_path):
    import json

    from click.testing import CliRunner

    from assembler.cli import main

    seed = str(Path(__file__).parent.parent / "examples" / "minutes" / "infra-council-02.txt")
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("points:\n  m99_000000: dx\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", seed, "--json", "--overrides", str(overrides)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["points"]) == 57
    first, second = data["points"][:2]
    assert (first["kind"], first["section"], first["sections"]) == ("procedural", None, [])
    assert second["section"] == "covid" and second["sections"][0] == "covid"
    assert set(second["scores"]) == {s.id for s in DEFAULT.iter_all()} and second["uncertain"] is False
    assert "コロナ" in {m["text"] for m in second["matched"]["covid"]}
    assert result.stderr == f"warning: {overrides}: points.m99_000000: no point m99_000000 in these minutes\n"


def test_cli_table_and_config_error(tmp_path):
    from click.testing import CliRunner

    from assembler.cli import main

    seed = str(Path(__file__).parent.parent / "examples" / "minutes" / "infra-council-02.txt")
    result = CliRunner().invoke(main, ["classify", seed])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["point", "speaker", "section", "flag", "evidence"]  # 80 columns
    assert len(lines) == 59  # the table (57 points) and the count line
    bad = tmp_path / "outline.yaml"
    bad.write_text("sections: []\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", seed, "--sections", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {bad}: sections: the list of sections is empty\n"


def test_the_appendix_says_where_a_word_stood_and_what_a_pattern_found():
    from assembler.draft import placement_text

    (a,) = classify([point("新型コロナの感染拡大を背景に、工事の中断が続く中、融資の返済を猶予すべき。")], DEFAULT)
    text = placement_text(a, "opinion")
    assert a.section == "financing"
    assert "『融資』（結論部）" in text and "『返済』（結論部）" in text
    (b,) = classify([point("感染症で案件が中断している。")], DEFAULT)
    assert "『案件が中断』" in placement_text(b, "opinion", "感染症で案件が中断している。")
    assert {m["found"] for m in b.to_dict()["matched"]["covid"] if "found" in m} == {"案件が中断"}


# --- the scanning shortcuts find what a plain scan finds ---------------------------------------


def _plain_terms(terms: list[str], key: str) -> list[tuple[int, int]]:
    """The reference: the plain alternation, longest first, scanned place by place."""
    import re

    from assembler.classify import _guarded, _terms_from

    plain = re.compile("|".join(_guarded(t) for t in sorted(terms, key=lambda t: (-len(t), t))))
    return [m.span() for m in _terms_from(plain, key, 0)]


def test_the_term_trie_finds_what_the_plain_alternation_finds():
    """Grouped by first character (more than a group's worth of them), terms that are
    prefixes of others, Latin terms inside Latin words, regex metacharacters."""
    import random
    import re

    from assembler.classify import _terms_in, _trie

    rnd = random.Random(11)
    alphabet = "ABDX05-]^\\(.*港湾空都市のはをデジタル運営維持管理" + "".join(chr(0x4E00 + i * 37) for i in range(40))
    for _ in range(60):
        terms = sorted({"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 4))) for _ in range(rnd.randint(1, 120))})
        regex = re.compile(_trie(terms))
        for _ in range(40):
            key = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
            assert [m.span() for m in _terms_in(regex, key)] == _plain_terms(terms, key), (terms, key)


PATTERNS = [e.text for s in [*DEFAULT.iter_all(), *DIGITAL.iter_all()] for e in s.evidence if e.kind == "pattern"] + [
    "(?i)dx", "(?i:ab)c", "A|B", "(?:AB)+C?", "[^X]Y", "a{0,2}bc", r"(x)\1", "(?=AB)A", r"\d+円", "(?:DX|IOT)化",
    "X(?:Y|)Z", "(?:ABCD)?XY", "[都市]+OS", "(?:の|を)?運営", "港{2,}", "(?>AB|A)C", "A*+B", "(?x) A B # spaced", "[0-9]{4}年"]


def test_a_pattern_is_skipped_only_where_it_cannot_match():
    """Every text a pattern matches holds one of the literals _needs gives it (or it has none)."""
    import random
    import re

    from assembler.classify import _needs

    rnd = random.Random(7)
    for text in PATTERNS:
        rx = re.compile(text)
        needs = _needs(rx)
        words = [w for w in re.split(r"[\\()\[\]{}|?*+.^$:=<>!,]+", text) if w]  # its literal pieces
        pieces = words + [ch for w in words for ch in w] + list("09XAB円年のをコロナ ") + ["2030", "12"]
        hits = 0
        for _ in range(3000):
            key = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
            if rx.search(key):
                hits += 1
                assert needs is None or any(n in key for n in needs), (text, needs, key)
        assert hits, text  # the check was put to the test
    assert _needs(re.compile("(工事|事業)(が|の)?(中断|停止|止ま)")) == ("事業", "工事")  # as long, fewer
    assert _needs(re.compile("X(?:Y|)Z")) in (("X",), ("Z",))
    assert _needs(re.compile("(?i)dx")) is None and _needs(re.compile("[^X]Y")) == ("Y",)
    assert _needs(re.compile("(?=AB)A")) == ("A",) and _needs(re.compile(".+")) is None


def test_the_gate_lets_through_every_pattern_that_matches():
    """One scan for all the patterns' literals: a literal hidden by an overlapping one
    (工事業 hides 事業 behind 工事; こまで holds まで) never keeps out a pattern that matches."""
    import random
    import re

    from assembler.classify import _gate, _needs

    texts = PATTERNS + ["(事業|工事)を?中断", "(どこまで|いつまで)", "まで(に|は)", "業績", "本邦(企業)?", "日本"]
    regexes = [re.compile(t) for t in texts]
    gate = _gate([_needs(rx) for rx in regexes])
    assert gate.scan is not None and len(gate.rest) < len(regexes)  # most go through the one scan
    words = sorted({w for t in texts for w in re.split(r"[\\()\[\]{}|?*+.^$:=<>!,]+", t) if w})
    rnd = random.Random(3)
    for _ in range(20_000):
        key = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 6)))
        opened = set(gate.open(key))
        assert all(j in opened for j, rx in enumerate(regexes) if rx.search(key)), key
