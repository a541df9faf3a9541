"""assembler.dedup: scores, blocking, groups, representative rule, overrides."""
from __future__ import annotations

from pathlib import Path

import pytest

from assembler import dedup, minutes
from assembler.errors import ConfigError
from assembler.model import Overrides, Point, SourceSpan, Speaker
from assembler.text import key

SEED = Path(__file__).resolve().parent.parent / "examples" / "minutes" / "infra-council-02.txt"

IIJIMA = Speaker("飯島委員", "飯島", "委員", "member")
KOBAYASHI = Speaker("小林委員", "小林", "委員", "member")


def point(pid: str, text: str, kind: str = "opinion", speaker: Speaker = IIJIMA) -> Point:
    return Point(pid, pid[:3], speaker, kind, text, SourceSpan("t.txt", 1, 1))  # type: ignore[arg-type]


BASE = ("新型コロナウイルスの影響によって各国のマクロ経済が著しく悪化しており、その結果、海外では"
        "インフラ案件の計画の延期やインフラビジネスの規模縮小が想定される。さらに海外企業の業績悪化に"
        "よる第三国連携への支障も懸念される。")
# (wording, same point as BASE?) — repeats with realistic edits, and points sharing its topic.
VARIANTS = [
    (BASE.replace("が想定される", "が想定されている"), True),
    (BASE.replace("、その結果、", "、").replace("著しく", ""), True),
    ("さらに海外企業の業績悪化による第三国連携への支障も懸念される。" + BASE.split("。")[0] + "。", True),
    (BASE.split("。")[0] + "。", True),
    ("新型コロナウイルスの影響によって国内のサプライチェーンが寸断されており、製造業の国内回帰を"
     "支援する政策が必要である。", False),
    ("マクロ経済の悪化を踏まえ、JICA海外投融資の利便性の向上を新戦略に位置づけていただきたい。", False),
]


@pytest.mark.parametrize("text, expected", [
    ("ＤＸ 化の加速、（重要）。", "DX化の加速重要"),
    ("１９３０ 年代", "1930年代"),
    ("「自由で開かれたインド太平洋」", "自由で開かれたインド太平洋"),
])
def test_key_folds_width_and_drops_spaces_and_punctuation(text, expected):
    assert key(text) == expected


def test_fast_nfkc_equals_unicodedata_on_long_mixed_texts():
    """Only runs outside the stable set are normalised; the result is NFKC's to the letter,
    with half-width kana and their voicing marks, combining marks after a stable character
    (か + U+3099), Hangul jamo, circled numbers and full-width forms."""
    import random
    import unicodedata

    from assembler.text import nfkc

    tricky = ("ｶﾞﾊﾟｳﾞﾟﾞ\u3099\u309a\u309b\u309cＡａ１（）　…‥ーｰ①㈱㍻"
              "é\u0301\u0303\u1100\u1161\u11a8가\u0bbe\u0b92\u0bd7")
    stable = "あいかきアカ漢字、。「」AbC 1\x00\n"
    rnd = random.Random(3)
    for _ in range(300):
        text = "".join(rnd.choice(tricky if rnd.random() < 0.3 else stable)
                       for _ in range(rnd.randint(4_000, 4_500)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_fast_nfkc_equals_unicodedata_on_short_texts():
    """Short texts (below the length where runs are normalised one by one, and above): full-width
    forms, beside a combining mark (Ａ + U+0301 composes to Á), half-width kana and their marks."""
    import random
    import unicodedata

    from assembler.text import nfkc

    tricky = ("ｶﾞﾊﾟｳﾞﾟﾞ\u3099\u309a\u309b\u309cＡａ１（）　…‥ーｰ①㈱㍻"
              "é\u0301\u0303\u0327\u1100\u1161\u11a8가\u0bbe\u0b92\u0bd7ＥＣＣｅｃ")
    wide = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
    stable = "あいかきアカ漢字、。「」AbC 1\x00\n"
    rnd = random.Random(5)
    for _ in range(20_000):
        pick = rnd.random()
        alphabet = tricky if pick < 0.1 else wide if pick < 0.5 else stable
        text = "".join(rnd.choice(alphabet if rnd.random() < 0.5 else stable)
                       for _ in range(rnd.randint(0, 12 if rnd.random() < 0.7 else 120)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text), text
    assert nfkc("ＤＸ（１）　ｶﾞ") == "DX(1) ガ"
    assert nfkc("Ｅ\u0301") == "\u00c9"  # E + U+0301, which composes


@pytest.mark.parametrize("text, same", VARIANTS)
def test_similarity_separates_repeats_from_same_topic_points(text, same):
    assert (dedup.similarity(BASE, text) >= dedup.DEFAULT_THRESHOLD) is same


def test_blocking_finds_a_planted_pair_among_distractors():
    seed_points = minutes.parse_file(SEED).points
    texts = [p.text for p in seed_points] + [VARIANTS[0][0], BASE]
    pairs = dedup.candidate_pairs([key(t) for t in texts])
    assert (len(texts) - 2, len(texts) - 1) in pairs


def test_blocking_agrees_with_a_plain_python_prefix_filter():
    """The numpy index gives exactly the pairs a direct reading of the rule gives."""
    from collections import Counter
    from itertools import combinations

    texts = [p.text for p in minutes.parse_file(SEED).points] + [v for v, _ in VARIANTS] + [BASE]
    keys = [key(t) for t in texts]
    grams = [{k[i:i + 3] for i in range(len(k) - 2)} for k in keys]
    df = Counter(g for gs in grams for g in gs)
    chosen = [sorted((g for g in gs if df[g] > 1), key=lambda g: (df[g], g))[:dedup.PREFIX_K]
              for gs in grams]
    for shared in (1, 2):
        want = {(i, j) for i, j in combinations(range(len(keys)), 2)
                if len(set(chosen[i]) & set(chosen[j])) >= shared}
        got = dedup.candidate_arrays(keys, shared=shared)
        assert set(zip(got[0].tolist(), got[1].tolist())) == want


def test_equal_short_keys_are_always_candidates():
    keys = ["賛成", "DX推進が重要", "賛成", "異議なし", "賛成"]
    assert dedup.candidate_pairs(keys) == {(0, 2), (0, 4), (2, 4)}


def test_repeats_group_with_the_earliest_point_as_representative():
    points = [point("m02_aaaaaa", BASE)] + [
        point(f"m03_{i:06d}", text) for i, (text, _) in enumerate(VARIANTS)]
    groups = dedup.dedup(points)
    first = groups[0]
    assert first.id == "g_m02_aaaaaa"
    assert first.representative == "m02_aaaaaa"
    assert set(first.points) == {"m02_aaaaaa"} | {
        f"m03_{i:06d}" for i, (_, same) in enumerate(VARIANTS) if same}
    assert all(link.score >= dedup.DEFAULT_THRESHOLD and not link.manual for link in first.links)
    assert sorted(p for g in groups for p in g.points) == sorted(p.id for p in points)
    assert [g.points[0] for g in groups] == sorted(
        (g.points[0] for g in groups), key=[p.id for p in points].index)


def test_one_speaker_repeating_within_a_meeting_is_merged():
    groups = dedup.dedup([point("m02_000001", BASE), point("m02_000002", VARIANTS[0][0])])
    assert [g.points for g in groups] == [("m02_000001", "m02_000002")]


def test_procedural_remarks_are_never_merged_with_opinions():
    text = "本日の議論を踏まえ、事務局において新戦略の方向性についての議論を更に進めていきたい。"
    groups = dedup.dedup([point("m02_000001", text, "procedural"), point("m03_000001", text)])
    assert len(groups) == 2
    both = dedup.dedup([point("m02_000001", text, "procedural"),
                        point("m03_000001", text, "procedural")])
    assert len(both) == 1


def test_seed_bullets_are_all_distinct():
    points = minutes.parse_file(SEED).points
    groups = dedup.dedup(points)
    assert len(points) == 57
    assert [len(g.points) for g in groups] == [1] * 57


def test_group_ids_stay_when_a_later_meeting_is_added(tmp_path):
    from benchmarks.generate import generate

    truth = generate(tmp_path, meetings=1, seed=3)
    seed_points = minutes.parse_file(SEED).points
    later = [p for m in minutes.parse_paths(list(truth.files)) for p in m.points]
    before = {g.id for g in dedup.dedup(seed_points)}
    after = dedup.dedup(list(seed_points) + later)
    assert before <= {g.id for g in after}
    assert any(len(g.points) > 1 for g in after)


def test_never_merge_splits_and_is_recorded_as_manual():
    points = [point("m02_000001", BASE), point("m03_000001", VARIANTS[0][0]),
              point("m03_000002", VARIANTS[1][0])]
    groups = dedup.dedup(points, overrides=Overrides(
        source="overrides.yaml", never_merge=(("m02_000001", "m03_000001"),)))
    where = {p: g for g in groups for p in g.points}
    assert where["m02_000001"] is not where["m03_000001"]
    assert where["m02_000001"].manual and where["m03_000001"].manual


def test_forced_merge_adds_a_manual_link():
    points = [point("m02_000001", BASE), point("m03_000001", VARIANTS[5][0], speaker=KOBAYASHI)]
    groups = dedup.dedup(points, overrides=Overrides(
        source="overrides.yaml", merge=(("m03_000001", "m02_000001"),)))
    assert len(groups) == 1
    (link,) = groups[0].links
    assert (link.a, link.b, link.manual) == ("m03_000001", "m02_000001", True)
    assert groups[0].manual and groups[0].representative == "m02_000001"
    review = dedup.review_merges(groups)
    assert [(r.a, r.manual) for r in review] == [("m03_000001", True)]


@pytest.mark.parametrize("overrides, message", [
    (Overrides(source="project/overrides.yaml", never_merge=(("m02_000001", "m09_ffffff"),)),
     "project/overrides.yaml: never_merge: unknown point id 'm09_ffffff'; "
     "list the ids with `assembler parse FILE... --json`"),
    (Overrides(source="project/overrides.yaml", merge=(("m08_eeeeee", "m02_000001"),)),
     "project/overrides.yaml: merge: unknown point id 'm08_eeeeee'; "
     "list the ids with `assembler parse FILE... --json`"),
    (Overrides(source="o.yaml", merge=(("m02_000001", "m03_000001"),),
               never_merge=(("m03_000001", "m02_000001"),)),
     "o.yaml: merge: 'm02_000001' into 'm03_000001' contradicts a never_merge pair; "
     "remove one of the two overrides"),
])
def test_bad_overrides_name_the_file_and_the_id(overrides, message):
    points = [point("m02_000001", BASE), point("m03_000001", VARIANTS[0][0])]
    with pytest.raises(ConfigError) as e:
        dedup.dedup(points, overrides=overrides)
    assert str(e.value) == message


def test_review_lists_merges_closest_to_the_threshold_first():
    points = [point("m02_aaaaaa", BASE)] + [
        point(f"m03_{i:06d}", text) for i, (text, _) in enumerate(VARIANTS)]
    rows = dedup.review_merges(dedup.dedup(points), threshold=80)
    margins = [abs(r.margin) for r in rows]
    assert len(rows) >= 3 and margins == sorted(margins)
    assert all(r.margin == round(r.score - 80, 2) for r in rows)


@pytest.mark.parametrize("small", [dedup._SMALL, 0], ids=["plain", "numpy"])
def test_a_chained_group_is_flagged(small, monkeypatch):
    # Each step is a small edit, but the ends say different things.
    monkeypatch.setattr(dedup, "_SMALL", small)
    steps = ["インフラ海外展開では現地人材の育成と日本企業の連携強化が重要である。",
             "インフラ海外展開では現地人材の育成と日本企業の連携強化が必要である。",
             "インフラ海外展開では現地企業の育成と日本企業の連携強化が必要である。",
             "インフラ海外展開では現地企業の育成と日本政府の支援強化が必要である。",
             "インフラ輸出では現地企業の育成と日本政府の支援強化が必要である。",
             "インフラ輸出では現地企業の参画と日本政府の資金支援が必要である。"]
    groups = dedup.dedup([point(f"m0{i}_000000", t) for i, t in enumerate(steps, 2)], threshold=75)
    assert len(groups) == 1
    assert groups[0].flagged


def test_identical_texts_collapse_to_one_node_and_keep_k_minus_1_links():
    """A campaign: the same text from many speakers is one group with a star of links."""
    text = "地方の中小企業が海外のインフラ案件に参画できるよう、情報提供と資金面の支援を一体で拡充すべきである。"
    points = [point(f"m{i % 90 + 2:02d}_{i:06d}", text if i % 7 else text.replace("。", "．"))
              for i in range(300)] + [point("m99_000001", BASE)]
    groups = dedup.dedup(points)
    assert [len(g.points) for g in groups] == [300, 1]
    campaign = groups[0]
    assert len(campaign.links) == 299
    assert {(l.how, l.score) for l in campaign.links} == {("same", 100.0)}
    assert {l.a for l in campaign.links} == {"m02_000000"}


def test_links_are_a_spanning_tree_of_the_group():
    points = [point("m02_aaaaaa", BASE)] + [
        point(f"m03_{i:06d}", text) for i, (text, same) in enumerate(VARIANTS) if same]
    (group, *_) = dedup.dedup(points)
    assert len(group.links) == len(group.points) - 1
    # every member is reached from the representative through the links
    reached, edges = {group.representative}, {(l.a, l.b) for l in group.links}
    while True:
        more = {b for a, b in edges if a in reached} | {a for a, b in edges if b in reached}
        if more <= reached:
            break
        reached |= more
    assert reached == set(group.points)
    assert all(l.how in ("whole", "clauses", "sentences") for l in group.links)


EARLIER = ("港湾の運営権を現地政府から取得する案件では、完工後の維持管理を担う人材の確保が最大の課題である。"
           "現地の技術者を日本で研修する仕組みを制度として整えるべきである。"
           "研修の費用は案件の事業費に組み込むことを認めていただきたい。")


@pytest.mark.parametrize("text", [
    "前回も申し上げたが、現地の技術者を日本で研修する仕組みを制度として整えるべきである。",
    "繰り返しになるが、港湾の運営権を現地政府から取得する案件では、完工後の維持管理を担う人材の確保が"
    "最大の課題である。研修の費用は案件の事業費に組み込むことを認めていただきたい。",
    "前回の議論に関連して、" + EARLIER + "あわせて、研修を終えた技術者の処遇も現地政府と協議すべき。",
    "以前からお願いしているように、現地の技術者を日本で研修する仕組みを制度として整えることが必要。",
])
def test_a_restatement_of_part_of_a_point_merges_with_it(text):
    groups = dedup.dedup([point("m02_000001", EARLIER), point("m05_000001", text)])
    assert len(groups) == 1
    assert groups[0].links[0].how in ("part", "sentences", "whole")


@pytest.mark.parametrize("text", [
    # the same long background clause, another point made of it
    "港湾の運営権を現地政府から取得する案件では、出資比率の上限を定める現地法令の改正動向を"
    "大使館と連携して継続的に把握しておくことが欠かせない。",
    # a lead-in that restates nothing of it
    "前回も申し上げたが、これは重要である。",
    "繰り返しになるが、鉄道の案件では車両の保守を現地企業に委ねる体制づくりを急ぐべきである。",
])
def test_a_different_point_sharing_a_clause_or_a_lead_in_stays_apart(text):
    groups = dedup.dedup([point("m02_000001", EARLIER), point("m05_000001", text)])
    assert len(groups) == 2


def test_lead_in_is_taken_off_before_comparing():
    assert dedup.LEAD_IN.match("前回も申し上げたが、")
    assert dedup.LEAD_IN.match("先ほども申し上げたとおり、")
    assert dedup.LEAD_IN.match("繰り返しになって恐縮だが、")
    assert not dedup.LEAD_IN.match("前回の会合以降、現地の情勢は大きく変わった。")
    assert not dedup.LEAD_IN.match("申し上げたいのは、人材育成である。")
    groups = dedup.dedup([point("m02_000001", EARLIER), point("m05_000001", "重ねてになるが、" + EARLIER)])
    assert [l.how for l in groups[0].links] == ["same"]


def test_the_plain_python_path_gives_the_same_groups_as_the_numpy_path(tmp_path, monkeypatch):
    """A few points are deduplicated without numpy; the result must not depend on it."""
    from benchmarks.generate import generate_council

    truth = generate_council(tmp_path, points=700, seed=4)
    points = [p for m in minutes.parse_paths(list(truth.files)) for p in m.points]
    small = dedup.dedup(points)
    monkeypatch.setattr(dedup, "_SMALL", 0)
    assert dedup.dedup(points) == small
    assert sum(len(g.points) > 1 for g in small) > 20


def test_plain_python_candidates_equal_the_numpy_ones():
    texts = [p.text for p in minutes.parse_file(SEED).points] + [v for v, _ in VARIANTS] + [BASE]
    keys = [key(t) for t in texts] + ["賛成", "賛成"]
    anchors = [i % 5 == 0 for i in range(len(keys))]
    for shared in (None, 1, 2):
        for marks in (None, anchors):
            i, j = dedup.candidate_arrays(keys, shared=shared, anchors=marks)
            got = dedup.candidate_list(keys, shared=shared, anchors=marks)
            assert got == sorted(zip(i.tolist(), j.tolist()))
    assert len(dedup.candidate_list(keys, anchors=anchors)) > len(dedup.candidate_list(keys))


def test_the_garbage_collector_is_left_as_it_was_found():
    import gc

    points = [point("m02_000001", BASE), point("m02_000002", VARIANTS[0][0])]
    assert gc.isenabled()
    dedup.dedup(points)
    assert gc.isenabled()
    gc.disable()
    try:
        dedup.dedup(points)
        assert not gc.isenabled()
        with pytest.raises(ConfigError):
            dedup.dedup(points, overrides=Overrides(merge=(("m02_000001", "nope"),)))
    finally:
        gc.enable()
    with pytest.raises(ConfigError):
        dedup.dedup(points, overrides=Overrides(merge=(("m02_000001", "nope"),)))
    assert gc.isenabled()


def test_the_default_threshold_merges_a_reworded_repeat_but_not_another_proposal():
    """What a build does when nobody sets --threshold: a member's point said again in other
    words is one entry; another member's different proposal on the same topic, written in
    the same frame (scored in the 70s), stays an entry of its own."""
    frame = "鉄道の海外展開では、{}を含めた{}で提案することが必要だ。"
    groups = dedup.dedup([
        point("m02_000001", frame.format("運行管理", "パッケージ")),
        point("m03_000002", frame.format("車両の現地生産", "形"), speaker=KOBAYASHI),
        point("m04_000003", "データセンターの地方分散は、電力の確保と一体で進めることが重要。"),
        point("m05_000004", "データセンターの地方への分散は、電力の確保と一体的に進めることが重要だ。"),
    ])
    assert [g.points for g in groups] == [("m02_000001",), ("m03_000002",),
                                          ("m04_000003", "m05_000004")]
