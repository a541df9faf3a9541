"""assembler.stance and dedup's stance guard: opposite views said in nearly the same words are
not merged, the decision is kept as evidence, and the same view in other words still merges."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler import dedup, stance
from assembler.cli import main
from assembler.model import Point, SourceSpan, Speaker
from assembler.render import dump_docx

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minutes" / "summary-opposite-views.txt"

MORITA = Speaker("森田委員", "森田", "委員", "member")
KAWAI = Speaker("河合委員", "河合", "委員", "member")
MIZUNO = Speaker("水野委員", "水野", "委員", "member")


def point(pid: str, text: str, speaker: Speaker = MORITA) -> Point:
    return Point(pid, pid[:3], speaker, "opinion", text, SourceSpan("t.txt", 1, 1))  # type: ignore[arg-type]


# --- the stance of a clause: negation at the predicate ----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("地域の診療所への補助の継続は必要である。", "地域の診療所への補助の継続は必要ではない。"),
    ("空き家の活用を市として進めるべきだ。", "空き家の活用を市として進めるべきではない。"),
    ("空き家の活用を市として進めるべきだ。", "空き家の活用を市として進めるべきでない。"),
    ("この計画案に賛成である。", "この計画案には反対である。"),
    ("私はこの区割り案に賛成する。", "私はこの区割り案に反対したい。"),   # 反対 with its light verb
    ("この計画案には異論はない。", "この計画案には反対したい。"),
    ("窓口の統合は来年度に実施できる。", "窓口の統合は来年度に実施できない。"),
    ("研修の受講を義務とすることが適当と考えます。", "研修の受講を義務とすることは適当ではないと考えます。"),
    ("夜間の運行は続けます。", "夜間の運行は続けません。"),
    # a ない inside the clause changes nothing; the one at its end does
    ("足りない人材を補うため、研修の枠を広げるべきである。", "足りない人材を補うため、研修の枠を広げるべきではない。"),
])
def test_a_negated_predicate_opposes(a, b):
    why = stance.opposed(a, b)
    assert why is not None and why.how == "negation", why
    assert why.words[1].endswith(stance.clauses(b)[-1].text[-3:])  # b's own words, b's side


@pytest.mark.parametrize("a, b", [
    # a ない that is no negation of the predicate: the same view
    ("地元企業との連携は欠かせない。", "地元企業との連携は必要である。"),
    ("この程度の遅れであれば運用上は問題ない。", "この程度の遅れであれば運用上は支障がない程度である。"),
    ("同様の懸念を持つ事業者は少なくない。", "同様の懸念を持つ事業者は多い。"),
    ("これは地域の将来への投資にほかならない。", "これは地域の将来への投資である。"),
    ("期限までに財源を確保しなければならない。", "期限までに財源を確保する必要がある。"),
    ("利用者が減るかもしれない。", "利用者が減ると思われる。"),
    # a ない in the middle of the sentence
    ("担い手が足りないという声を踏まえ、研修を拡充すべきである。", "担い手が足りないとの声を踏まえて、研修を拡充すべきだ。"),
])
def test_a_nai_that_is_no_turn_keeps_the_view(a, b):
    assert stance.opposed(a, b) is None


def test_a_double_negation_is_for():
    assert stance.read_clause("制度の見直しに賛成しないわけではない").turned is False
    # three turns: 反対 (a negator word), しない, わけではない
    assert stance.read_clause("制度の見直しに反対しないわけではない").turned is True
    assert stance.opposed("制度の見直しを検討しないわけではない。", "制度の見直しを検討する。") is None
    why = stance.opposed("制度の見直しを検討しないわけではない。", "制度の見直しを検討しない。")
    assert why is not None and why.how == "negation"


def test_a_rhetorical_question_proposes():
    """「…すべきではないか」 proposes it: the same view as 「…すべきである」."""
    assert stance.opposed("乗継割引の導入を検討すべきではないか。", "乗継割引の導入を検討すべきである。") is None
    assert stance.opposed("乗継割引の導入を検討すべきではないかと考える。",
                          "乗継割引の導入は検討すべきではないと考える。") is not None


@pytest.mark.parametrize("a, b, words", [
    ("公営住宅の供給戸数を段階的に拡大すべき。", "公営住宅の供給戸数を段階的に縮小すべき。", ("拡大", "縮小")),
    ("下水道使用料の引上げを検討すべき。", "下水道使用料の引下げを検討すべき。", ("引上げ", "引下げ")),
    ("建築物の高さ規制を強化する方向で議論したい。", "建築物の高さ規制を緩和する方向で議論したい。", ("強化", "緩和")),
    ("基金を活用した家賃補助を導入すべきである。", "基金を活用した家賃補助を廃止すべきである。", ("導入", "廃止")),
    ("観光案内所の職員を増やすことが望ましい。", "観光案内所の職員を減らすことが望ましい。", ("増やす", "減らす")),
    ("私はこの区割り案に賛成が多いと聞いた。", "私はこの区割り案に反対が多いと聞いた。", ("賛成", "反対")),
])
def test_words_of_opposite_direction_oppose(a, b, words):
    why = stance.opposed(a, b)
    assert why is not None and why.how == "antonym" and why.words == words


def test_an_axis_word_on_one_side_only_is_no_opposition():
    """Adding a word of one direction (or saying both) does not turn the view."""
    assert stance.opposed("研修の機会を拡大すべきである。", "研修の機会を拡大し、相談体制も強化すべきである。") is None
    assert stance.opposed("事業の縮小と拡大を見極めるべき。", "事業の拡大と縮小を見極めるべき。") is None
    assert stance.opposed("利用者が縮小傾向にある中でも、投資を拡大すべき。", "投資を拡大すべき。") is None


def test_a_clause_joined_by_a_contrast_has_its_own_predicate():
    a = "新たな施設の整備は必要ではないが、既存施設の改修は急ぐべきである。"
    b = "新たな施設の整備は必要であるが、既存施設の改修は急ぐべきである。"
    why = stance.opposed(a, b)
    assert why is not None and why.how == "negation"
    assert "必要ではない" in why.words[0] and "必要である" in why.words[1]


def test_clauses_in_another_order_line_up_by_their_words():
    """A repeat that moves a clause keeps its view: clauses are lined up with their best
    match both ways, not by position."""
    a = "財源の確保が前提であるが、交通系ICカードの導入は必要である。運賃の見直しは行わない。"
    b = "運賃の見直しは行わない。財源の確保が前提であるが、交通系ICカードの導入は必要である。"
    assert stance.opposed(a, b) is None


def test_a_clause_is_compared_only_with_the_clause_that_says_the_same():
    """Lined up both ways: the negated clause about the east exit has no counterpart in a
    repeat of the clause about the west exit (whose best match is the west exit's)."""
    assert stance.opposed("駅の東口の改修は必要ではないが、駅の西口の改修は必要である。",
                          "駅の西口の改修は必要である。") is None


def test_touched_says_no_only_when_no_edit_comes_near_a_word_of_the_table():
    assert not stance.touched("公民館の利用時間の延長を望む声がある", "公民館の利用時間の延長を求める声がある")
    assert stance.touched("公民館の利用時間の延長は必要である", "公民館の利用時間の延長は必要ではない")
    # a clause moved elsewhere is an edit
    assert stance.touched("延長は不要だが改修は急ぐ", "改修は急ぐが延長は不要だ")


# --- dedup's guard ---------------------------------------------------------------------------

NEED = "地方鉄道の運賃の引上げは、沿線の利用者の負担や通学への影響を考えても、現時点では必要である。"
NO_NEED = "地方鉄道の運賃の引上げは、沿線の利用者の負担や通学への影響を考えると、現時点では必要ではない。"


def test_opposite_views_above_the_threshold_stay_apart_with_the_words():
    assert dedup.similarity(NEED, NO_NEED) >= dedup.DEFAULT_THRESHOLD
    points = [point("m01_a", NO_NEED), point("m01_b", NEED, KAWAI)]
    groups = dedup.dedup(points)
    assert [g.points for g in groups] == [("m01_a",), ("m01_b",)]
    (apart,) = groups[0].apart                  # in the group of the earlier point
    assert (apart.a, apart.b, apart.how) == ("m01_a", "m01_b", "negation")
    assert apart.score >= dedup.DEFAULT_THRESHOLD
    assert apart.words[0].endswith("必要ではない") and apart.words[1].endswith("必要である")
    assert groups[0].to_dict()["apart"] == [apart.to_dict()]
    assert "apart" not in groups[1].to_dict()   # the trace says nothing where nothing was kept apart
    # without the guard they merge: this is the error the guard prevents
    assert [g.points for g in dedup.dedup(points, stances=False)] == [("m01_a", "m01_b")]


def test_the_same_view_in_other_words_still_merges():
    points = [point("m01_a", "駅前広場の再整備に当たっては、地元商店街や交通事業者との合意形成が欠かせない。"),
              point("m01_b", "駅前広場の再整備に当たっては、地元商店街や交通事業者との合意形成が必要である。", MIZUNO),
              point("m01_c", "郊外の団地と駅を結ぶデマンド交通の導入を、来年度から検討すべきではないか。"),
              point("m01_d", "郊外の団地と駅を結ぶデマンド交通の導入を、来年度から検討すべきである。", KAWAI)]
    groups = dedup.dedup(points)
    assert [g.points for g in groups] == [("m01_a", "m01_b"), ("m01_c", "m01_d")]
    assert not any(g.apart for g in groups)


def test_a_third_point_does_not_chain_opposite_views_into_one_group():
    """B restates the shared sentence of A and C (which differ only in their stance): B may
    join one of them, never both; the refused link says which opposed pair refused it."""
    shared = "沿線の高校の統廃合で通学の流れが大きく変わることが見込まれる。"
    a = point("m01_a", shared + "スクールバスの運行を市が担うことは必要である。")
    c = point("m01_c", shared + "スクールバスの運行を市が担うことは必要ではない。", KAWAI)
    b = point("m02_b", "前回も申し上げたが、" + shared, MIZUNO)
    groups = dedup.dedup([a, c, b])
    group_of = {pid: g.id for g in groups for pid in g.points}
    assert group_of["m01_a"] != group_of["m01_c"]
    aparts = [x for g in groups for x in g.apart]
    assert any(x.how == "negation" and {x.a, x.b} == {"m01_a", "m01_c"} for x in aparts)
    assert any(x.how == "opposed" and set(x.words) == {"m01_a", "m01_c"} for x in aparts), aparts


def test_a_merge_by_hand_wins_over_the_guard():
    from assembler.model import Overrides

    points = [point("m01_a", NO_NEED), point("m01_b", NEED, KAWAI)]
    groups = dedup.dedup(points, overrides=Overrides(merge=(("m01_b", "m01_a"),)))
    assert [g.points for g in groups] == [("m01_a", "m01_b")]


# --- end to end -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("opposite") / "draft.docx"
    r = CliRunner().invoke(main, ["build", str(FIXTURE), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out


def test_both_members_opposite_views_are_in_the_draft_body(built):
    body = dump_docx(built).split("Appendix Heading")[0]
    for text in (NEED, NO_NEED,
                 "路線バスの運行本数は、高齢者の通院や買い物の足を確保するため、中心市街地を中心に拡大すべきである。",
                 "路線バスの運行本数は、高齢者の通院や買い物の足を確保しつつ、中心市街地を中心に縮小すべきである。"):
        (line,) = [x for x in body.splitlines() if text in x]
        assert "〔第３回〕）" in line and line.count("委員") == 1, line  # its own member only
    # the same view from two members is one entry citing both
    (merged,) = [x for x in body.splitlines() if "合意形成が欠かせない" in x]
    assert "森田委員" in merged and "水野委員" in merged
    assert "合意形成が必要である" not in body


def test_the_trace_and_review_show_what_was_kept_apart(built):
    trace = json.loads(built.with_suffix(".json").read_text(encoding="utf-8"))
    aparts = [x for g in trace["groups"] for x in g.get("apart", [])]
    assert sorted(x["how"] for x in aparts) == ["antonym", "negation"]
    assert ["拡大", "縮小"] in [x["words"] for x in aparts]
    r = CliRunner().invoke(main, ["review", str(FIXTURE), "--json"])
    assert r.exit_code == 0, r.output
    listed = json.loads(r.output)["apart"]
    assert [(x["a"]["speaker"], x["b"]["speaker"]) for x in listed] == [("森田委員", "河合委員")] * 2
    r = CliRunner().invoke(main, ["review", str(FIXTURE)], env={"LANG": "C"})
    assert "opposite views kept apart: 2" in r.output and "「拡大」 / 「縮小」" in r.output
