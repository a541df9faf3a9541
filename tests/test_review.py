"""`assembler review`: doubtful placements and merges, most doubtful first, explained."""
from __future__ import annotations

import json

from click.testing import CliRunner

from assembler import classify, pipeline
from assembler.cli import main
from assembler.review import review_data, review_text
from assembler.text import width
from benchmarks.generate import generate
from conftest import SEED


def test_review_lists_doubtful_placements_most_doubtful_first(in_root):
    a = pipeline.assemble([SEED])
    rows = classify.review_rows(a.points, a.assignments)
    assert rows, "the seed has uncertain and catch-all placements"
    margins = [abs(r.margin) for r in rows]
    assert margins == sorted(margins)
    r = CliRunner().invoke(main, ["review", "examples/minutes"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == f"placements to check: {len(rows)}"
    assert lines[1].startswith("Ranked by how clearly the words decided: margin =")
    assert "merges to check: 0" in lines
    heads = [ln for ln in lines if ln[:1] == "m" and "→" in ln]
    assert [h.split()[0] for h in heads] == [row.point for row in rows]
    # chapter titles with the id an override needs, and evidence in words, not regexes
    assert "→ 新型コロナウイルスへの対応 [covid]  margin +0.10" in r.output
    assert "why: “コロナ”, “人の移動”, “公衆衛生”" in r.output
    assert "runner-up DX・デジタル／ソフトインフラ [dx]: “DX”" in r.output
    assert max(width(ln) for ln in lines) <= 80


def test_review_in_japanese(in_root, japanese):
    r = CliRunner().invoke(main, ["review", "examples/minutes"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    a = pipeline.assemble([SEED])
    assert lines[0] == f"確認が必要な振り分け：{len(classify.review_rows(a.points, a.assignments))} 件"
    assert lines[1].startswith("並び順：語句による決まり方がはっきりしない順（差 ＝")
    assert "理由：『コロナ』、『人の移動』、『公衆衛生』" in r.output
    assert "確認が必要な統合：0 件" in lines


def test_review_json_for_scripts(in_root):
    r = CliRunner().invoke(main, ["review", "examples/minutes", "--json", "--threshold", "85"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["threshold"] == 85
    first = data["placements"][0]
    assert (first["section"], first["section_title"]) == ("covid", "新型コロナウイルスへの対応")
    assert first["alternatives"][0]["section"] == "dx"
    assert first["source"]["file"] == "examples/minutes/infra-council-02.txt"
    assert data["merges"] == []


def test_review_lists_merges_of_a_repeating_meeting(tmp_path):
    generate(tmp_path, meetings=1, seed=1)
    a = pipeline.assemble([SEED, next(tmp_path.glob("*03*.txt"))])
    text = review_text(a)
    merged = sum(len(g.links) for g in a.groups)
    assert merged > 0
    assert f"merges to check: {merged}" in text.splitlines()
    merges = review_data(a)["merges"]
    flagged = [m["flagged"] for m in merges]
    assert flagged == sorted(flagged, reverse=True)
    unflagged = [abs(m["margin"]) for m in merges if not m["flagged"]]
    assert unflagged == sorted(unflagged)
