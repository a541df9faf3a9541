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

A 3-column table of opinions and the answers (``発言者 | 発言要旨 | 事務局の回答・対応``) on landscape pages, in
pypdf's and ``-layout``'s text (``qatext._answered``, ``_AnsweredRows``, ``_Columns``): each row the speaker's
turn, then the answer as the turn of the one the heading names (事務局, 市); ``―`` no turn. Before → after:
``city-kankyo-answers-landscape`` pypdf refused → 13/13, -layout 0/13 → 13/13; ``town-kosodate-answers-apart``
(made with the first, before the rules) refused → 11/11, 0/11 → 11/11; written apart after the rules
``village-kanko-answers-apart`` refused / 0/10 on main, at first sight refused / 1/10 (a bracketed name wrapped in
a narrow cell, （香川　隆 / 之）), two more rules → 10/10, 10/10.
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


# a 3-column table of opinions and the secretariat's answers on landscape pages (発言者 | 発言要旨 | 事務局の回答・対応)
# in pypdf's and -layout's text: the remark the speaker's turn, the answer the turn of the one the heading names
KANKYO_ANSWERS = [
    ("委員（小松亜紀）", "小松亜紀", M, "温室効果ガス"), ("事務局", "", S, "増えたのは"),
    ("委員（長尾慎也）", "長尾慎也", M, "太陽光発電"), ("事務局", "", S, "今年度は七月"),
    ("副会長（南雲恵）", "南雲恵", M, "市の公共施設"), ("事務局", "", S, "本庁舎と"),
    ("委員（小松亜紀）", "小松亜紀", M, "食品ロス"), ("事務局", "", S, "協力店の"),
    ("委員（堀田誠二）", "堀田誠二", M, "河川の水質"), ("事務局", "", S, "調査は毎年"),
    ("委員（長尾慎也）", "長尾慎也", M, "意見として"),
    ("会長（関口裕子）", "関口裕子", C, "ほかに御意見"), ("事務局", "", S, "承知いたしました。"),
]
KOSODATE_ANSWERS = [  # written apart: 発言者 | 意見・質問の要旨 | 回答（事務局）, the post over the full name
    ("真壁委員", "真壁", M, "放課後児童"), ("事務局", "", S, "現在の待機"),
    ("大庭委員", "大庭", M, "病児保育"), ("事務局", "", S, "委託先の"),
    ("真壁委員", "真壁", M, "子育て支援センター"), ("事務局", "", S, "土曜日の父親"),
    ("宇野副会長", "宇野", M, "意見として"),
    ("大庭委員", "大庭", M, "ヤングケアラー"), ("事務局", "", S, "年度内に"),
    ("田代会長", "田代", C, "本日の意見"), ("事務局", "", S, "承知しました。"),
]
KANKO_ANSWERS = [  # written apart after the rules: 発言者 | 意見・質問 | 市の考え方, a bracket wrapped in a narrow cell
    ("座長（香川隆之）", "香川隆之", C, "本日は観光"), ("市", "", S, "宿泊の客数"),
    ("委員（相馬文子）", "相馬文子", M, "外国からの"), ("市", "", S, "来年度、駅"),
    ("委員（田辺雄一）", "田辺雄一", M, "体験型の"), ("市", "", S, "農家の方々"),
    ("寺西まちづくり推進課長", "寺西", S, "補足いたします"), ("委員（相馬文子）", "相馬文子", M, "了解した。"),
    ("座長（香川隆之）", "香川隆之", C, "いただいた意見"), ("市", "", S, "承知しました。"),
]
ANSWERED = {
    "village-kanko-answers-apart-pypdf.txt": KANKO_ANSWERS, "village-kanko-answers-apart-layout.txt": KANKO_ANSWERS,
    "city-kankyo-answers-landscape-pypdf.txt": KANKYO_ANSWERS, "city-kankyo-answers-landscape-layout.txt": KANKYO_ANSWERS,
    "town-kosodate-answers-apart-pypdf.txt": KOSODATE_ANSWERS, "town-kosodate-answers-apart-layout.txt": KOSODATE_ANSWERS,
}


@pytest.mark.parametrize("name", sorted(ANSWERED))
def test_the_remark_is_the_speaker_s_turn_and_the_answer_the_secretariat_s(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = _got(parsed)
    expected = ANSWERED[name]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)
    # no turn holds the other column's words: each member's remark ends its sentence before the answer's words
    for remark, answer in zip(got, got[1:]):
        if answer[0] in ("事務局", "市") and remark[0] not in ("事務局", "市"):
            assert answer[3][:8] not in remark[3]
    assert not parsed.unread
    assert all(p.text.strip() != "―" for p in parsed.points)  # ―: no answer, no turn


def test_a_row_whose_words_part_in_two_ways_is_unread_never_guessed(tmp_path) -> None:
    """pypdf's text: the first row's remark ends a sentence short of the column on two lines (the remark and the
    answer cannot be told apart where more than one line ends short): that row's lines are unread, the others
    read as before."""
    text = (MINUTES / "city-kankyo-answers-landscape-pypdf.txt").read_text(encoding="utf-8")
    text = text.replace("温室効果ガスの排出量が前年度より増えた理由を伺いたい。", "温室効果ガスの排出量が増えた理由を伺う。", 1)
    path = tmp_path / "kankyo.txt"
    path.write_text(text, encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert [g[:3] for g in _got(parsed)] == [e[:3] for e in KANKYO_ANSWERS[2:]]
    assert {u.text.strip() for u in parsed.unread} >= {"委員", "温室効果ガスの排出量が増えた理由を伺う。"}


# a landscape 3-column table 案件 | 発言者 | 発言内容 (pdftables18's record written apart, town-sangyo-landscape-merged)
# in -layout's and pypdf's text: 案件 heads the subject's column as 事項 does (heads.TOPIC_HEAD)
@pytest.mark.parametrize("name", ["town-sangyo-landscape-merged-layout.txt", "town-sangyo-landscape-merged-pypdf.txt"])
def test_a_column_headed_案件_is_the_subject_s_and_its_cells_the_agenda(name: str) -> None:
    from test_forms_pdftables18 import SANGYO

    parsed = minutes.parse_file(MINUTES / name)
    got = _got(parsed)
    # pypdf's text: the last row of page 1 (建設課 町道と…。 / page 2 / 課長補佐 / 沖田) one row since pdftables20
    # (tests/test_forms_pdftables20.py)
    expected = SANGYO
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)
    agenda = " ".join(line.text for line, fate in zip(read_source(MINUTES / name).lines, parsed.lines) if fate == "agenda")
    assert "議案第２１号" in agenda and "議案第２２号" in agenda
    assert not any("閉会）" in p.text or "１０時４０分" in p.text for p in parsed.points)  # the closing time: no one's words
