"""Speaker | speech tables read from the .pdf itself (session 18, pdftables18): the same records tables16 and
tables17 read in pypdf's and ``pdftotext -layout``'s text (``tests/tools/make_qa_tables.py``: python-docx,
LibreOffice, fictional names and sentences), now given as the PDF file, which ``ingest/pdf.py`` reads with
pdfminer. In its geometry the columns are known, so a row is the unit:

- a ruled table (a rule between every two rows) ends a row only at its rule: the speaker's cell is every line
  of its column down to it, however many (委員 / 鳴海　洋平 beside words that start a new sentence, 教育委員会 /
  事務局 / 学校教育係長 / 江口), joined as the text readers join a cell (``qatext.cell_label``);
- the columns before the speaker's take their edges from the rows under the heading (No. centred over the
  numbers): the number's cell is furniture, the item's (事項) one line however many it was wrapped on;
- a row broken by the page goes on under the heading repeated (委員 / page 2 / 大槻), the heading then no break;
- a subject's heading (審査事項) heads a column before the speaker's, as 事項 does;
- a borderless table's cell goes on where its line comes right under the row's last line (審査請求人 / 代理人,
  the cell's lines a paragraph apart), a name in brackets ends it, a section's row in brackets
  (【事業者からの説明】) is the agenda, never a cell's line.

Before (main 007912b) → after, turns with the right label, name, role and words: numbered 0/17 → 17/17,
written apart 0/9 → 9/9; borderless with sections (written apart) 7/10 → 10/10; 3-column 13/16 → 16/16,
written apart 10/18 → 18/18; borderless 9/11 → 11/11, written apart 9/10 → 10/10; 3-column full names
12/16 → 16/16. Written apart after these rules: ``town-sangyo-landscape-merged`` (landscape, 案件 merged down
its rows, 委員長 / （早瀬　直樹）, 産業振興部 / 農林水産課長 / 村井) 8/13 on main → 12/13 and
``village-kyoiku-numbered-portrait`` (No | 氏名 | 発言内容 at 10.5 pt, a cell of four lines) 0/10 → 9/10 with the rules
as first written; the two misses
(a row broken by the page whose words ended a sentence, a cell of four lines) made two more rules → 13/13, 10/10.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms_tables16 import BUNKAKAI, BUNKYO, SEIGAN, SHINSAKAI
from test_forms_tables17 import KANKYO, KOSEI, KUJO, TOSHIKEI

MINUTES = FIXTURES / "minutes"
C, M, G, S, O = "chair", "member", "government", "secretariat", "other"
SANGYO = [  # written apart, landscape
    ("委員長（早瀬直樹）", "早瀬直樹", C, "おはようございます"), ("村井産業振興部農林水産課長", "村井", G, "御説明いたします"),
    ("委員（桐生沙織）", "桐生沙織", M, "利用している農家"), ("村井産業振興部農林水産課長", "村井", G, "利用は二十三戸"),
    ("委員（丹羽健吾）", "丹羽健吾", M, "農家の経営は"), ("副町長（大河内誠）", "大河内誠", G, "御指摘の点"),
    ("委員長（早瀬直樹）", "早瀬直樹", C, "ほかに質疑は"), ("委員長（早瀬直樹）", "早瀬直樹", C, "次に、議案第２２号"),
    ("沖田建設課課長補佐", "沖田", G, "新たに宅地"), ("委員（桐生沙織）", "桐生沙織", M, "認定した後の除雪"),
    ("沖田建設課課長補佐", "沖田", G, "町道となりますので"), ("委員（丹羽健吾）", "丹羽健吾", M, "了解しました。"),
    ("委員長（早瀬直樹）", "早瀬直樹", C, "ほかにございませんか。なければ、以上で"),
]
KYOIKU = [  # written apart, portrait, numbered
    ("村長（宇津木宏）", "宇津木宏", C, "第一回の総合教育会議"), ("教育長（千早恵子）", "千早恵子", G, "大綱は令和九年度"),
    ("教育委員（篠原大地）", "篠原大地", M, "ふるさとの学習"), ("江口教育委員会事務局学校教育係長", "江口", S, "謝礼は"),
    ("教育委員（篠原大地）", "篠原大地", M, "承知しました。"), ("村長（宇津木宏）", "宇津木宏", C, "続いて、部活動"),
    ("江口教育委員会事務局学校教育係長", "江口", S, "休日の部活動"), ("教育委員（若松涼子）", "若松涼子", M, "指導を受ける"),
    ("教育長（千早恵子）", "千早恵子", G, "会費は月に"), ("村長（宇津木宏）", "宇津木宏", C, "本日の協議"),
]
TURNS = {
    "city-toshikei-numbered-table.pdf": TOSHIKEI, "town-kankyo-numbered-apart.pdf": KANKYO,
    "town-kujo-borderless-apart.pdf": KUJO, "city-bunkakai-three-column.pdf": BUNKAKAI,
    "town-bunkyo-three-column.pdf": BUNKYO, "city-shinsakai-borderless.pdf": SHINSAKAI,
    "town-seigan-borderless.pdf": SEIGAN, "town-sangyo-landscape-merged.pdf": SANGYO,
    "village-kyoiku-numbered-portrait.pdf": KYOIKU,
}
#: a row whose speaker's cell is empty: a stage direction, no one's words
DIRECTIONS = {"city-toshikei-numbered-table.pdf": ["（異議なし）"], "town-kankyo-numbered-apart.pdf": ["（賛成者挙手）"],
              "village-kyoiku-numbered-portrait.pdf": ["（委員了承）"]}


def _got(parsed: minutes.Minutes) -> list[tuple[str, str, str, str]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.role, p.text.replace("\u3000", "")) for p in parsed.points]


def _check(got: list[tuple[str, str, str, str]], expected: list[tuple[str, str, str, str]]) -> None:
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)


@pytest.mark.parametrize("name", sorted(TURNS))
def test_a_table_s_rows_read_from_the_pdf_each_one_turn_of_the_cell_s_speaker(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = _got(parsed)
    _check(got, TURNS[name])
    assert parsed.unread == () and "u" not in _fates(parsed)
    assert [d.text for d in parsed.directions] == DIRECTIONS.get(name, [])
    for g in got:  # no line of a speaker's cell in the words
        assert not any(piece in g[3] for piece in ("俊介", "拓也", "（野沢）", "大槻か")), g
        assert not g[3].startswith(("代理人", "代表", "江口", "沖田", "村井", "課長補佐", "（")), g


def test_the_full_names_table_s_turns_then_the_results_after_it() -> None:
    # 審査結果：… under the table stays outside it (the parser's own reading of those lines: a point of the
    # last speaker after a blank line, as before — no part of any row)
    got = _got(minutes.parse_file(MINUTES / "city-kosei-bunkakai-fullnames.pdf"))
    _check(got[:16], KOSEI)
    assert all(g[3].startswith("審査結果") for g in got[16:])


@pytest.mark.parametrize("name", ["city-toshikei-numbered-table.pdf", "village-kyoiku-numbered-portrait.pdf"])
def test_the_row_s_number_read_from_the_pdf_is_furniture(name: str) -> None:
    lines = read_source(MINUTES / name).lines
    numbers = [line for line in lines if line.text.strip().isdigit()]
    assert len(numbers) == len(TURNS[name]) + 1 and all(line.cue == "field" for line in numbers)


def test_the_item_s_cell_is_one_agenda_line_and_the_heading_repeated_no_break() -> None:
    lines = read_source(MINUTES / "city-bunkakai-three-column.pdf").lines
    assert [line.text for line in lines if line.cue == "lead"] == [
        "議案第１号\u3000令和８年度かえで市一般会計予算（土木費）", "議案第５号\u3000令和８年度かえで市下水道事業会計予算"]
    # the row broken by the page: 委員 / page 2's heading / 大槻 — one cell, the heading furniture inside the turn
    assert "委員\u3000大槻" in [line.text for line in lines if line.cue == "speaker"]
    assert [line.cue for line in lines if line.text.startswith("事項")] == ["head", "field"]


def test_a_section_s_row_in_brackets_is_the_agenda_never_a_cell_s_line() -> None:
    name = "town-kujo-borderless-apart.pdf"
    parsed = minutes.parse_file(MINUTES / name)
    lines = read_source(MINUTES / name).lines
    agenda = [line.text.strip() for k, line in enumerate(lines) if parsed.lines[k] == "agenda"]
    assert agenda == ["【申立ての内容の聴取】", "【事業者からの説明】", "【閉会】"]


# --- plain pdftotext of a borderless table whose cells come interleaved with their rows' words -------------
# pdftotext (default order) gives a cell's first line, the row's words, then the cell's second line glued
# above the next cell's first (委員 / words / （真鍋） / 事業者 / words / （設計担当） / 傍聴人代表 / words), and a
# numbered section's title glued in a block with the cells' lines ((１)開会 / 会長 / （久我）; （都市計画課 / 長） /
# 3. 閉会 / 部会長): the section's title is the agenda (heads.SECTION_TITLE), the cells' lines stay the
# stream's (apartcells._section_over_cell), a post of one character over a name in brackets wrapped opens a
# cell (市 / （都市計画課 / 長）), a one-line cell may end 代表 (傍聴人代表), and a table's cell the reader cued
# furniture is never a label closing the words above (trailing._candidates). ``city-keikan-borderless-plain``
# (``make_qa_tables.py borderless3``, the rules drawn from it): main 0/8 (23 lines unread) → 8/8, its pypdf
# text refused → 8/8; written apart after them ``town-bukai-borderless-apart`` (``borderless4``): main 1/8 (a
# post glued to the words) → 8/8, pypdf refused → 8/8, its .pdf 7/8 (3. 閉会 joined to the cell above) → 8/8.
KEIKAN = [
    ("会長（久我）", "久我", C, "それでは"), ("事業者（設計担当）", "", O, "設計を担当"),
    ("委員（真鍋）", "真鍋", M, "屋上の設備"), ("事業者（設計担当）", "", O, "はい。"),
    ("傍聴人代表", "", O, "周辺の住民"), ("委員（藤間）", "藤間", M, "照明の色温度"),  # 傍聴人代表 no name (roles19)
    ("事務局（都市景観課）", "", S, "指針では"),  # the unit the post, no name (roles20)
     ("会長（久我）", "久我", C, "本日の御意見"),
]
BUKAI = [  # written apart
    ("部会長（梶）", "梶", C, "ただいまから"), ("市（都市計画課長）", "", S, "北地区は"),
    ("委員（根岸）", "根岸", M, "残っている工場"), ("市（都市計画課長）", "", S, "既存の工場"),
    ("地権者代表", "", O, "地区の地権者"), ("委員（保坂）", "保坂", M, "説明会の日程"),
    ("市（都市計画課長）", "", S, "来月の中旬"), ("部会長（梶）", "梶", C, "本日の意見"),
]
INTERLEAVED = {
    "city-keikan-borderless-plain-pdftotext.txt": (KEIKAN, ["（１）開会", "（２）計画の説明", "（３）閉会"]),
    "town-bukai-borderless-apart-pdftotext.txt": (BUKAI, ["1. 開会", "2. 説明", "3. 閉会"]),
    "town-bukai-borderless-apart.pdf": (BUKAI, ["1. 開会", "2. 説明", "3. 閉会"]),
    "city-keikan-borderless-plain-pypdf.txt": (KEIKAN, ["（１）開会", "（２）計画の説明", "（３）閉会"]),
    "town-bukai-borderless-apart-pypdf.txt": (BUKAI, ["1. 開会", "2. 説明", "3. 閉会"]),
}


@pytest.mark.parametrize("name", sorted(INTERLEAVED))
def test_cells_interleaved_with_their_rows_and_numbered_sections(name: str) -> None:
    expected, sections = INTERLEAVED[name]
    parsed = minutes.parse_file(MINUTES / name)
    _check(_got(parsed), expected)
    lines = read_source(MINUTES / name).lines
    agenda = [line.text.strip() for k, line in enumerate(lines) if parsed.lines[k] == "agenda"]
    assert agenda == sections
    # the closing time pdftotext split in two: unread, never a turn's words or a speaker
    split = "pdftotext" in name  # plain pdftotext's closing time in two halves: unread, no one's words
    assert [u.text.strip() for u in parsed.unread] == ([lines[k].text.strip() for k in range(len(lines))
                                                        if parsed.lines[k] == "unread"] if split else [])
    assert len(parsed.unread) == (2 if split else 0) and all("閉会）" in u.text or "（午" in u.text for u in parsed.unread)
