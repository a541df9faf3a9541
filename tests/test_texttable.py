"""Tables drawn in plain text (ingest/texttable.py): a record kept as a Word table, as a
会議録検索 system exports it with box characters, or as a Markdown table — one fixture per form
in the shape it arrives in (CP932 with CRLF, a page break inside a row, the page's number and
running head, a speaker wrapped in its narrow cell, 〃, a note in a row with no speaker), with
its expected parse and the fate of every line (f front, a agenda, n narrative, p point, s
stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.ingest.texttable import rewrite
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a town assembly's 常任委員会 会議録 as a 会議録検索 system exports it (CP932, CRLF): the
    # front matter in a box of label | value (the label on the middle line of its row, ◎/○
    # before the chair's and vice-chair's names), then 会議の経過 in a box 発言者 | 発言内容:
    # a speaker wrapped in the narrow cell (まちづく / り推進課 / 長), a row broken by the page
    # (its second part in a row with an empty speaker cell on the next page, after the page
    # number, the form feed and the running head; the heading not repeated), 〃, a note
    # (「異議なし」の声) in a row of its own, the signature after the box
    "assembly-box-table.txt": [
        ("委員長", "chair", "procedural", "ただいまから総務常任委員会を開会いたしま", 29, 30),
        ("まちづくり推進課長", "government", "opinion", "議案第４２号について御説明いたします。町", 32, 34),
        ("委員長", "chair", "procedural", "説明が終わりました。質疑を許します。", 36, 36),
        ("宇野委員", "member", "opinion", "所有者が分からない空き家はどれだけあるの", 38, 39),
        ("まちづくり推進課長", "government", "opinion", "所有者が判明しない空き家は１１戸でござい", 41, 42),
        ("平田委員", "member", "opinion", "解体費用の補助について伺います。上限５０", 45, 46),
        # the row broken by the page is one point, its sentence rejoined
        ("まちづくり推進課長", "government", "opinion", "補助の上限は県内の他町と同じ水準でござい", 48, 58),
        ("まちづくり推進課長", "government", "opinion", "なお、危険な空き家の所有者への助言は、年", 60, 61),
        ("吉川委員", "member", "opinion", "防災の観点から一点。通学路に面した空き家", 63, 64),
        ("防災安全課長", "government", "opinion", "通学路沿いの１９戸につきましては、学校と", 66, 67),
        # a cell's second paragraph (indented) is a paragraph of its own
        ("委員長", "chair", "procedural", "ほかに質疑はありませんか。", 69, 69),
        ("委員長", "chair", "procedural", "なければ、質疑を終結いたします。議案第４", 70, 71),
        ("委員長", "chair", "procedural", "御異議なしと認めます。よって、議案第４２", 75, 76),
    ],
    # a city council's 議事概要 whose proceedings came as a Markdown table (a converter's
    # output: | 発言者 | 発言内容 |, |:---|:---|, one row a line, 〃); the agenda heading and the
    # sentence after the table are nobody's speech
    "summary-markdown-table.txt": [
        ("中野会長", "chair", "procedural", "それでは、議事（１）放課後児童クラブの利", 11, 11),
        ("事務局（こども家庭課長）", "secretariat", "opinion", "資料１を御覧ください。今年度の待機児童は", 12, 12),
        ("石井委員", "member", "opinion", "東側は新しいマンションが増えており、今後", 13, 13),
        ("石井委員", "member", "opinion", "あわせて、支援員の処遇改善も進めてほしい", 14, 14),
        ("北条委員", "member", "opinion", "民間のクラブを誘致する場合、家賃の補助が", 15, 15),
        ("事務局（こども家庭課長）", "secretariat", "opinion", "空き教室の活用は教育委員会と協議を始めて", 16, 16),
        ("中野会長", "chair", "procedural", "ほかにいかがでしょうか。なければ、本日の", 17, 17),
    ],
}

LINE_FATES = {
    "assembly-box-table.txt": "FbbfbFfFfffFfFffFffFfFbfbFFFppFpppFpFppFppbFppFppbFbFFbFppFppFppFppFpppFsFppFbFbFbF",
    "summary-markdown-table.txt": "fbfffbfbFFpppppppbabn",
}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.role, p.kind, p.text, p.source.line_start, p.source.line_end)
            for p in parsed.points]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_text_table_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    got = _rows(parsed)
    assert len(got) == len(EXPECTED[name]), got
    for g, e in zip(got, EXPECTED[name]):
        assert g[:3] + g[4:] == e[:3] + e[4:], g
        assert g[3].startswith(e[3]), g
    assert _fates(parsed) == LINE_FATES[name]
    assert [u.line for u in parsed.unread] == [n for n, f in enumerate(LINE_FATES[name], 1) if f == "u"]


def test_the_box_fixtures_front_matter_is_read_from_its_label_and_value_rows():
    meeting = minutes.parse_file(MINUTES / "assembly-box-table.txt").meeting
    assert (meeting.council, meeting.date, meeting.place) == ("総務常任委員会", "2024-09-10", "第１委員会室")
    # the label on the middle line of its row; a row's list ends at the rule (付託事件 is the agenda)
    assert [g.group for g in meeting.attendees] == ["出席委員", "説明員"]
    assert not any("付託事件" in n for g in meeting.attendees for n in g.names)


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_table_with_columns_before_the_speakers_and_heavy_rules():
    # written apart from the fixtures: 日程 | 発言者 | 発言 in heavy box characters, the item
    # column left out of the speech, a speaker cell holding a name in brackets, ASCII +--+ rules
    text = ("文教委員会 会議録\n令和６年６月３日（月）\n\n"
            "┏━━┳━━━┳━━━━━━━━┓\n┃日程┃発言者┃発言            ┃\n┣━━╋━━━╋━━━━━━━━┫\n"
            "┃１  ┃委員長┃開会いたします。┃\n┣━━╋━━━╋━━━━━━━━┫\n"
            "┃    ┃学校教┃資料により御説明┃\n┃    ┃育課長┃いたします。    ┃\n┣━━╋━━━╋━━━━━━━━┫\n"
            "┃    ┃森委員┃給食費の無償化を┃\n┃    ┃      ┃急ぐべきだ。    ┃\n┗━━┻━━━┻━━━━━━━━┛\n"
            "\n+--------+------------------+\n| 発言者 | 発言内容         |\n+--------+------------------+\n"
            "| 佐藤委員 | 通学路の安全が先だ。 |\n+--------+------------------+\n")
    got = [(p.speaker.label, p.text) for p in _parse(text).points]
    assert got == [("委員長", "開会いたします。"), ("学校教育課長", "資料により御説明いたします。"),
                   ("森委員", "給食費の無償化を急ぐべきだ。"), ("佐藤委員", "通学路の安全が先だ。")]


def test_text_with_bars_that_is_no_table_is_left_as_it_is():
    raw = ["○山田委員　A|B の比較は|重要だ。", "| これは一行だけ", "配付資料 | 資料１", "||", "|"]
    assert rewrite(raw) == {}


def test_the_line_after_a_table_is_nobodys_speech_but_a_table_going_on_after_the_page_is_the_same_turn():
    table = "┌──┬──┐\n│発言者│発言内容│\n├──┼──┤\n│森委員│急ぐべきだと│\n└──┴──┘\n"
    going_on = "\n- 3 -\n\f会議録\n┌──┬──┐\n│    │考えます。│\n└──┴──┘\n"
    parsed = _parse("会議録\n\n" + table + going_on + "\n以上\n")
    assert [(p.speaker.label, p.text) for p in parsed.points] == [("森委員", "急ぐべきだと考えます。")]
    parsed = _parse("会議録\n\n" + table + "\n今後の予定について事務局から説明があった。\n")
    assert [p.speaker.label for p in parsed.points] != ["森委員", "森委員"]
    assert all("今後の予定" not in p.text for p in parsed.points if p.speaker.label == "森委員")


_SPEAKERS = st.sampled_from(["委員長", "山田委員", "議事調査課長", "〃", "", "佐々木副委員長"])
_REMARK = st.text(alphabet="あいうえお資料意見。、　１２", min_size=0, max_size=50)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_SPEAKERS, _REMARK), min_size=1, max_size=8))
def test_any_box_table_keeps_one_line_per_line_and_every_line_ends_in_one_place(rows):
    lines = ["会議録", "", "┌────┬──────────┐", "│発言者  │発言内容            │", "├────┼──────────┤"]
    for n, (who, said) in enumerate(rows):
        cells = [said[k:k + 10] for k in range(0, len(said), 10)] or [""]
        for k, piece in enumerate(cells):
            lines.append(f"│{(who if k == 0 else ''):　<4}│{piece:　<10}│")
        lines.append("├────┼──────────┤" if n < len(rows) - 1 else "└────┴──────────┘")
    src = split_lines("\n".join(lines) + "\n", "x.txt", encoding="utf-8")
    assert [l.number for l in src.lines] == list(range(1, len(lines) + 1))
    try:
        parsed = minutes.parse_source(src)
    except minutes.InputError:
        return  # no speaker in any row: refused as any file with no speaker is
    assert len(parsed.lines) == len(lines)
    assert sum(parsed.line_counts().values()) == len(lines)
    named = {p.speaker.label for p in parsed.points}
    assert named <= {"委員長", "山田委員", "議事調査課長", "佐々木副委員長"}
