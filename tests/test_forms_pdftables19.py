"""A numbered speaker | speech table in plain pdftotext (session 19, pdftables19; ``ingest/numbercells.py``).

A record typed in Word as a table ``No. | 発言者 | 発言内容`` (``番号 | 氏名 | 発言の要旨``), printed to PDF by
LibreOffice (``tests/tools/make_qa_tables.py``: fictional names and sentences), comes out of plain
``pdftotext`` column by column: the rows' numbers on lines of their own, then the speakers' cells (the post over
the name, a post wrapped in its cell), then the words, in runs a page or a few rows long, the page's number, the
running head and the heading row repeated between, pieces of the front matter among the cells. The numbers
say how many rows there are; the cells and the rows of words (with the stage directions between them, a row
whose speaker's cell is empty) are paired in order only when they come to that count — else nothing is
paired and every line of the table is unread.

Before (main 71fbee6) → after, turns with the right label, name, role and words: ``city-kotsu-numbered-pages``
(long cells over two pages, a cell's name split off at a page's foot) 0/17 → 17/17; the tables17/pdftables18
records' plain text ``city-toshikei-numbered-table`` 0/17 → 17/17, ``town-kankyo-numbered-apart`` refused →
9/9, ``village-kyoiku-numbered-portrait`` refused → 10/10; written apart after the rules
``town-suido-numbered-apart`` (番号 | 氏名 | 発言の要旨, 10.5 pt, full-width numbers, bracketed names, a post of
two lines over a surname) refused → 8/9 (the miss: 水道課長（乙部　和彦） named 和彦 — a surname ending 部 inside
a label's brackets, the label's reading, not the table's; the same in the .pdf, pypdf's and -layout's text).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms_pdftables18 import KYOIKU
from test_forms_tables17 import KANKYO, TOSHIKEI

MINUTES = FIXTURES / "minutes"
C, M, S, O = "chair", "member", "secretariat", "other"
KOTSU = [
    ("大須賀会長", "大須賀", C, "ただいまから"), ("事務局（交通政策課長）", "", S, "本日の資料は"),
    ("大須賀会長", "大須賀", C, "それでは、議事の一"), ("辻交通政策課交通企画係長", "辻", S, "資料一をご覧"),
    ("飯沼委員", "飯沼", M, "北部の循環"), ("辻交通政策課交通企画係長", "辻", S, "通学の時間帯は"),
    ("飯沼委員", "飯沼", M, "分かりました。"), ("二階堂副会長", "二階堂", M, "デマンド交通の"),
    ("森永交通政策課長", "森永", S, "資料二をご覧"), ("桑野委員", "桑野", M, "運転手の確保"),
    ("交通事業者代表（柳田）", "柳田", O, "当社でも"), ("大須賀会長", "大須賀", C, "ほかに御意見は"),
    ("大須賀会長", "大須賀", C, "異議なしと認め"), ("事務局（交通政策課長）", "", S, "次回の会議は"),
    ("桑野委員", "桑野", M, "次回は、高校生"), ("森永交通政策課長", "森永", S, "承知いたしました。"),
    ("大須賀会長", "大須賀", C, "以上で本日の会議"),
]
#: written apart; None: the name not checked (水道課長（乙部　和彦）: the label's reading takes 乙部 for an office)
SUIDO = [
    ("会長（栗林昭）", "栗林昭", C, "定刻となりましたので"), ("能登上下水道部業務課長", "能登", S, "答申の案について"),
    ("委員（三上彩）", "三上彩", M, "十二パーセント"), ("能登上下水道部業務課長", "能登", S, "二回に分けた場合"),
    ("委員（三上彩）", "三上彩", M, "承知しました。"), ("副会長（鶴見達郎）", "鶴見達郎", M, "管の更新の計画"),
    ("水道課長（乙部和彦）", None, S, "法定の耐用年数"), ("会長（栗林昭）", "栗林昭", C, "ほかに御意見は"),
    ("会長（栗林昭）", "栗林昭", C, "賛成多数で"),
]
TURNS = {
    "city-kotsu-numbered-pages-pdftotext.txt": KOTSU, "town-suido-numbered-apart-pdftotext.txt": SUIDO,
    "city-toshikei-numbered-table-pdftotext.txt": TOSHIKEI, "town-kankyo-numbered-apart-pdftotext.txt": KANKYO,
    "village-kyoiku-numbered-portrait-pdftotext.txt": KYOIKU,
}
#: the row whose speaker's cell is empty: a stage direction, no one's words
DIRECTIONS = {"city-kotsu": "（異議なし）", "town-suido": "（賛成多数）", "city-toshikei": "（異議なし）",
              "town-kankyo": "（賛成者挙手）", "village-kyoiku": "（委員了承）"}


def _got(parsed: minutes.Minutes) -> list[tuple[str, str, str, str]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.role, p.text.replace("\u3000", "")) for p in parsed.points]


@pytest.mark.parametrize("name", sorted(TURNS))
def test_each_row_one_turn_of_its_cell_s_speaker(name: str) -> None:
    expected = TURNS[name]
    got = _got(minutes.parse_file(MINUTES / name))
    assert [(g[0], g[2]) for g in got] == [(e[0], e[2]) for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)
        assert e[1] is None or g[1] == e[1], (g, e)


@pytest.mark.parametrize("name", sorted(TURNS))
def test_the_numbers_and_headings_are_furniture_and_the_empty_cell_s_row_a_stage_direction(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    texts = [line.text.strip() for line in read_source(MINUTES / name).lines]
    heads = ("No.", "No", "番号", "発言者", "氏名", "発言内容", "発言の要旨", "発言要旨")
    table = [k for k, t in enumerate(texts) if t in heads or t.isdigit() and len(t) <= 2]
    assert len([k for k in table if texts[k].isdigit()]) == len(TURNS[name]) + 1  # every row's number
    assert all(parsed.lines[k] == "furniture" for k in table)
    direction = next(v for k, v in DIRECTIONS.items() if name.startswith(k))
    assert [parsed.lines[k] for k, t in enumerate(texts) if t == direction] == ["stage"]
    assert all(direction not in p.text for p in parsed.points)


def test_a_piece_with_no_post_above_it_in_its_run_is_unread_never_a_cell() -> None:
    """A given name pdftotext split off its surname (飯沼 … 貴之), a piece of the front matter among the cells
    (会議録, 第２会議室), the closing time's first half among the next page's cells: unread, each with the
    reason; the post at a page's foot (会長) takes the one name every other 会長 cell gives (大須賀 稔 atop the
    next page), so that line is the cell's."""
    parsed = minutes.parse_file(MINUTES / "city-kotsu-numbered-pages-pdftotext.txt")
    assert sorted(u.text.strip() for u in parsed.unread) == sorted(["貴之", "会議録", "第２会議室", "（午前１１時５５分"])
    assert _got(parsed)[11][:2] == ("大須賀会長", "大須賀")


def test_cells_and_rows_that_do_not_come_to_the_numbers_pair_nothing(tmp_path) -> None:
    """One cell taken out (副会長 / 梶原 由紀子): 16 cells for 17 rows of words — whose words are whose cannot be
    told, so no row gets a speaker and every line of the table is unread (cue apart), never shifted by one."""
    lines = (MINUTES / "city-toshikei-numbered-table-pdftotext.txt").read_text(encoding="utf-8").split("\n")
    at = lines.index("副会長")
    path = tmp_path / "toshikei.txt"
    path.write_text("\n".join(lines[:at] + lines[at + 2:]), encoding="utf-8")
    src = read_source(path)
    cues = [line.cue for line in src.lines]
    assert "speaker" not in cues
    assert sum(c == "apart" for c in cues) > 60


def test_a_text_without_a_number_column_s_heading_passes_the_gate() -> None:
    """The reader's gate: a number column's heading alone on a line; the tables without one (the borderless
    tables apartcells reads) are not read here."""
    from assembler.ingest import numbercells
    from assembler.ingest.text import read_text

    for name in ("city-shinsakai-borderless-pdftotext.txt", "city-keikan-borderless-plain-pdftotext.txt"):
        path = MINUTES / name
        if path.exists():
            src = read_text(path)
            assert not numbercells.gate(src.lines)
            assert numbercells.read_numbered_cells(src) is None
