"""The labelled kind corpus (tests/fixtures/kind): each turn paragraph's kind and role against
labels written with the fixtures (``make eval`` prints the figures and the misses)."""
from __future__ import annotations

from benchmarks.eval_kind import cases, evaluate, fixtures


def test_the_corpus_is_labelled_and_scored():
    every = evaluate()
    assert len(fixtures()) >= 3 and len(every) >= 75
    for c in every:
        assert c.label["kind"] in ("opinion", "procedural") and c.label["role"] in (
            "member", "chair", "government", "secretariat", "other"), c


def test_kind_accuracy_on_the_corpus():
    every = evaluate()
    right = sum(c.kind_ok for c in every)
    assert right / len(every) >= 0.95, [c.label for c in every if not c.kind_ok]


def test_role_accuracy_on_the_corpus():
    every = evaluate()
    right = sum(c.role_ok for c in every)
    assert right / len(every) >= 0.95, [c.label for c in every if not c.role_ok]


def test_a_point_parsed_elsewhere_is_a_miss_not_a_hit(tmp_path):
    src = fixtures()[0]
    (tmp_path / src.name).write_text("\n" * 100 + src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / (src.stem + ".labels.yaml")).write_text(
        src.with_suffix(".labels.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    shifted = cases(tmp_path / src.name)  # every line 100 lower: no label finds its point
    assert shifted and not any(c.found or c.kind_ok or c.role_ok for c in shifted)


# --- roles read from the minutes (roles.settle_roles), on texts written for these tests ---

from assembler.ingest.text import split_lines  # noqa: E402
from assembler import minutes  # noqa: E402


def _turns(text: str):
    return minutes.parse_source(split_lines(text, "t.txt", encoding="utf-8")).points


def test_a_deputy_is_the_chair_only_while_presiding():
    points = _turns(
        "第２回 ひかり市議会 文教委員会記録\n\n"
        "○副委員長（三木一郎君）　ただいまから文教委員会を開会いたします。\n"
        "○委員（野口花子君）　学童保育の待機児童が増えており、施設の増設を急ぐべきです。\n"
        "○副委員長（三木一郎君）　ほかにございませんか。\n"
        "○委員長（平田道夫君）　遅れて申し訳ありません。ここから私が進行いたします。\n"
        "○副委員長（三木一郎君）　委員長、一点よろしいでしょうか。\n"
        "○副委員長（三木一郎君）　放課後の居場所は、学校の空き教室の活用で広げられると考えます。\n")
    got = [(p.speaker.role, p.role_why) for p in points if p.speaker.title == "副委員長"]
    assert got == [
        ("chair", "deputy presiding: opening"),
        ("chair", "deputy presiding: floor"),
        ("member", "deputy addressing the chair: speaks as a member"),
        ("member", "deputy not presiding: speaks as a member"),
    ]
    assert all(p.role_why == "" for p in points if p.speaker.title != "副委員長")
    assert all(("role_why" in p.to_dict()) == bool(p.role_why) for p in points)


def test_an_official_is_secretariat_when_running_the_meeting_else_government():
    points = _turns(
        "第３回 そよかぜ県 水資源検討会 議事録\n\n"
        "○三好水政策課長　定刻となりましたので、ただいまから第３回水資源検討会を開催いたします。\n"
        "○松田座長　それでは、国の取組について、北村参事官から御説明をお願いします。\n"
        "○北村参事官　渇水の頻度は増しており、ダムの運用を見直す必要があります。\n"
        "○松田座長　ありがとうございました。事務局から補足をお願いします。\n"
        "○井上企画官　県内の水道事業体の状況を補足いたします。\n")
    roles = {p.speaker.label: (p.speaker.role, p.role_why) for p in points}
    assert roles["三好水政策課長"] == ("secretariat", "runs the meeting (line 3: opening)")
    assert roles["北村参事官"] == (
        "government", "an official who answers or presents, and runs no part of the meeting")
    assert roles["井上企画官"] == ("secretariat", "runs the meeting (line 7: called as 事務局)")
    assert roles["松田座長"][0] == "chair"


def test_the_attendance_list_and_an_assembly_decide_first():
    listed = _turns(
        "第１回 はなみ市 景観審議会 会議録\n"
        "出席者：委員 石川会長、原委員\n"
        "事務局：都市計画課\n\n"
        "○石川会長　ただいまから審議会を開会します。\n"
        "○中野都市計画課長　資料の数字は、前回から更新しております。\n")
    official = next(p for p in listed if p.speaker.label == "中野都市計画課長")
    assert (official.speaker.role, official.role_why) == ("secretariat", "attendance list: 事務局")
    assembly = _turns(
        "ひかり市議会 建設委員会記録\n\n"
        "○委員長（平田道夫君）　ただいまから建設委員会を開会いたします。\n"
        "○議事課長（小池誠君）　次回の委員会は来月を予定しております。\n"
        "○道路課長（加藤健君）　お答えいたします。\n")
    got = {p.speaker.title: p.speaker.role for p in assembly}
    assert got == {"委員長": "chair", "議事課長": "secretariat", "道路課長": "government"}
