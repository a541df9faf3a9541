"""Records laid out as a speaker | speech table whose speaker's cell spans lines (session 17, tables17),
made by ``tests/tools/make_qa_tables.py`` (python-docx, LibreOffice, fictional names and sentences) and read
back by pypdf 7.1.1 and ``pdftotext -layout``:

- ``city-toshikei-numbered-table`` (``numbered``) — a 都市計画審議会's record as a numbered table No. | 発言者 |
  発言内容: in pypdf's text each row opens with its number and the post on one line (``1 会長``), the full
  name on the next (``柏木　俊介``); a post too long for its cell broken mid-word (景観まちなみ / 推進課主査 /
  浜口　彩花, 事務局 / （都市計画課 / 長））; a row with an empty speaker's cell (``11 （異議なし）``); a
  one-line remark (分かりました。). Before (main 14e6895): pypdf 0 of 17 turns right, -layout refused
  ("no speaker found").

Written apart, after the rules (other heading 番号 | 氏名 | 発言要旨, widths, full-width numbers, posts and
names): ``town-kankyo-numbered-apart`` (``numbered2``; 廃棄物対策係主 / 任技師 / 五十嵐　拓也, （賛成者挙手））.
Before: pypdf 0 of 9, -layout 0 of 9.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

C, M, S, G = "chair", "member", "secretariat", "government"
TOSHIKEI = [
    ("柏木会長", "柏木", C, "ただいまから"), ("事務局（都市計画課長）", "", S, "本日御審議"),
    ("柏木会長", "柏木", C, "それでは、第１号議案"), ("野々村都市計画課長", "野々村", S, "第１号議案について"),
    ("宇佐美委員", "宇佐美", M, "買取りの申出"), ("三枝公園緑地課計画係長", "三枝", S, "周辺に既に公園"),
    ("宇佐美委員", "宇佐美", M, "分かりました。"), ("梶原副会長", "梶原", M, "追加する二地区"),
    ("野々村都市計画課長", "野々村", S, "いずれも三百"), ("柏木会長", "柏木", C, "ほかに御質問"),
    ("柏木会長", "柏木", C, "異議なしと認め"), ("浜口景観まちなみ推進課主査", "浜口", S, "第２号議案について"),
    ("石動委員", "石動", M, "高さの基準"), ("浜口景観まちなみ推進課主査", "浜口", S, "既にある建物"),
    ("石動委員", "石動", M, "建て替えの際"), ("野々村都市計画課長", "野々村", S, "駅の周辺"),
    ("柏木会長", "柏木", C, "本日の御意見"),
]
KANKYO = [  # written apart
    ("久保寺議長", "久保寺", C, "定刻になりましたので"), ("吉良環境衛生課長", "吉良", S, "資料の一"),
    ("鳴海委員", "鳴海", M, "生ごみの堆肥化"), ("吉良環境衛生課長", "吉良", S, "購入の費用"),
    ("千葉委員", "千葉", M, "了解しました。"), ("鳴海委員", "鳴海", M, "集積所の当番"),
    ("五十嵐廃棄物対策係主任技師", "五十嵐", S, "戸別に収集"), ("久保寺議長", "久保寺", C, "ほかにございませんか"),
    ("久保寺議長", "久保寺", C, "全員賛成で"),
]
TURNS = {
    "city-toshikei-numbered-table-pypdf.txt": TOSHIKEI, "city-toshikei-numbered-table-layout.txt": TOSHIKEI,
    "town-kankyo-numbered-apart-pypdf.txt": KANKYO, "town-kankyo-numbered-apart-layout.txt": KANKYO,
}
#: the row with an empty speaker's cell: a stage direction, no one's words
DIRECTIONS = {"city-toshikei": "（異議なし）", "town-kankyo": "（賛成者挙手）"}


def _turns(name: str, expected: list[tuple[str, str, str, str]]) -> tuple[minutes.Minutes, list[tuple[str, ...]]]:
    """The file's parse, its turns checked against ``expected`` (label, name, role, the words' start)."""
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.name, p.speaker.role, p.text.replace("\u3000", "")) for p in parsed.points]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)
    return parsed, got


@pytest.mark.parametrize("name", sorted(TURNS))
def test_a_numbered_table_s_rows_each_one_speaker_from_the_cell_s_lines(name: str) -> None:
    parsed, got = _turns(name, TURNS[name])
    for g in got:
        assert not any(piece in g[3] for piece in ("俊介", "彩花", "拓也", "任技師", "推進課主査")), g  # no cell's line in the words
    assert parsed.unread == () and "u" not in _fates(parsed)
    direction = DIRECTIONS[name.rsplit("-", 3)[0]]
    assert [d.text for d in parsed.directions] == [direction]
    assert not any(direction in p.text for p in parsed.points)


@pytest.mark.parametrize("name", sorted(TURNS))
def test_the_row_s_number_is_furniture_not_speech(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    lines = read_source(MINUTES / name).lines
    numbers = [k for k, line in enumerate(lines) if line.text.strip().isdigit() and line.cue == "field"]
    # every row's number is read off its line (the pages' numbers are no rows')
    assert len(numbers) == len(TURNS[name]) + 1
    assert all(parsed.lines[k] == "furniture" for k in numbers)
    assert not any(p.text[:1].isdigit() for p in parsed.points)


@pytest.mark.parametrize("name", ["city-toshikei-numbered-table-pypdf.txt", "city-toshikei-numbered-table-layout.txt"])
@pytest.mark.parametrize("row", [4, 5])
def test_a_row_s_number_opens_it_though_the_words_above_end_no_sentence(tmp_path, name: str, row: int) -> None:
    # the words of row 5 or 6 without their 。: the next row (6 公園緑地課計 / 画係長 / 三枝　弘樹, 7 委員 /
    # 宇佐美　千尋) opens at its number all the same
    end = {4: "なかったのでしょうか。", 5: "見つかりませんでした。"}[row]
    src = (MINUTES / name).read_text(encoding="utf-8")
    assert src.count(end) == 1
    path = tmp_path / name
    path.write_text(src.replace(end, end[:-1]), encoding="utf-8")
    said = [(p.speaker.label, p.text.replace("\u3000", "")) for p in minutes.parse_file(path).points]
    assert [s[0] for s in said] == [t[0] for t in TOSHIKEI]
    assert said[row][1].endswith(end[:-1]) and said[row + 1][1].startswith(TOSHIKEI[row + 1][3])


# --- a borderless 2-column table with section rows across it, cells of one line or two --------------------
# ``city-joho-shinsakai-sections`` (``sections``): a 情報公開・個人情報保護審査会, 会長 / （石黒）, 実施機関 /
# （都市計画課 / 長）, 審査請求人 alone, section rows １　開会 … ４　閉会 (plain pdftotext: the number in the
# speaker's column's blocks, the title in the speech's); plain pdftotext's text in EUC-JP with CRLF. Before
# (main 3738c52): refused ("no speaker found") in plain pdftotext's text and in pypdf's.
# Written apart: ``town-kujo-borderless-apart`` (``sections2``): a 苦情調整委員会, sections 【開会】 … with no
# number (pdftotext: the title right above the next cell, no blank line), 申立人 alone, 事業者 / （施設長）.
# Before: refused in both.
O = "other"
JOHO = [
    ("会長（石黒）", "石黒", C, "ただいまから"), ("会長（石黒）", "石黒", C, "はじめに"),
    ("実施機関（都市計画課長）", "", O, "都市計画課長でございます"), ("委員（小松）", "小松", M, "取得の価格"),
    ("実施機関（都市計画課長）", "", O, "登記には"), ("会長（石黒）", "石黒", C, "次に、審査請求人"),
    ("審査請求人", "", O, "開発の協議"), ("委員（安西）", "安西", M, "価格のほかに"),
    ("審査請求人", "", O, "協議の日付"), ("委員（小松）", "小松", M, "職名は公開されている"),
    ("実施機関（都市計画課長）", "", O, "職名は公開しております"), ("会長（石黒）", "石黒", C, "本日の審査"),
]
KUJO = [  # written apart
    ("委員長（野沢）", "野沢", C, "定刻となりました"), ("申立人", "", O, "母が通所介護"),
    ("委員（三宅）", "三宅", M, "時間が変わった"), ("申立人", "", O, "少なくとも五回"),
    ("委員長（野沢）", "野沢", C, "ありがとうございました"), ("事業者（施設長）", "", O, "送迎の車両"),
    ("委員（大川）", "大川", M, "車両の点検"), ("事業者（施設長）", "", O, "月に一度"),
    ("事務局（福祉課主幹）", "", S, "町としても"), ("委員長（野沢）", "野沢", C, "双方のお話"),
]
SECTIONED = {
    "city-joho-shinsakai-sections-pdftotext-eucjp.txt": (JOHO, ["実施機関からの説明", "審査請求人の意見陳述", "閉会"]),
    "city-joho-shinsakai-sections-pypdf.txt": (JOHO, ["１　開会", "２　実施機関からの説明", "３　審査請求人の意見陳述", "４　閉会"]),
    "town-kujo-borderless-apart-pdftotext.txt": (KUJO, ["【申立ての内容の聴取】", "【事業者からの説明】", "【閉会】"]),
    "town-kujo-borderless-apart-pypdf.txt": (KUJO, ["【申立ての内容の聴取】", "【事業者からの説明】", "【閉会】"]),
}


@pytest.mark.parametrize("name", sorted(SECTIONED))
def test_cells_of_one_line_or_two_and_section_rows_across_the_table(name: str) -> None:
    expected, sections = SECTIONED[name]
    parsed, _got = _turns(name, expected)
    # the sections' titles are the agenda, no one's words
    lines = read_source(MINUTES / name).lines
    agenda = [line.text.strip() for k, line in enumerate(lines) if parsed.lines[k] == "agenda"]
    assert agenda == sections
    assert not any(title in p.text for p in parsed.points for title in sections if len(title) > 2)
    # plain pdftotext's closing time split in two: unread, never a turn's words
    assert [u.text for u in parsed.unread] == ([] if "pypdf" in name else
                                                [t for t in ("（午前１１時１５分", "閉会）", "（午後２時４０分", "終了）")
                                                 if t in (MINUTES / name).read_bytes().decode("euc_jp" if "eucjp" in name else "utf-8")])


def test_a_one_line_cell_beside_two_line_ones_is_never_guessed_when_the_counts_differ(tmp_path) -> None:
    # one row's words lost (the 申立人's second): the cells and the words no longer agree over the table —
    # in_twos and by_shape pair nothing. Between two runs of words (the lead, session 20: ``_Table.in_order``)
    # the two cells left over one row's words (申立人 / 委員長 over ありがとうございました…) pair nothing: those
    # lines unread, never glued to the wrong cell; the runs that agree pair, the file is read, not refused
    src = (MINUTES / "town-kujo-borderless-apart-pdftotext.txt").read_text(encoding="utf-8")
    assert src.count("少なくとも五回はあったと記憶しております。\n") == 1
    path = tmp_path / "kujo.txt"
    path.write_text(src.replace("少なくとも五回はあったと記憶しております。\n", ""), encoding="utf-8")
    lost = [line for line in read_source(path).lines if line.text.startswith("ありがとうございました。それでは")]
    assert len(lost) == 1 and lost[0].cue == "apart"
    parsed = minutes.parse_file(path)
    assert [(p.speaker.label, p.text[:6]) for p in parsed.points] == [
        ("委員長（野沢）", "定刻となりま"), ("申立人", "母が通所介護"), ("委員（三宅）", "時間が変わっ"),
        ("事業者（施設長）", "送迎の車両が"), ("委員（大川）", "車両の点検は"), ("事業者（施設長）", "月に一度、整"),
        ("事務局（福祉課主幹）", "町としても、"), ("委員長（野沢）", "双方のお話を"),
    ]
    assert lost[0].text in {u.text for u in parsed.unread}


# --- a 3-column 事項 | 発言者 | 発言内容 record whose speaker's cell is the post over the full name ----------
# ``city-kosei-bunkakai-fullnames`` (``fullnames``): 分科会長 / 葛西　正人, 地域福祉推進 / 室長 / 篠崎　美穂 (the post
# wrapped above the name: no subject's cell — a subject's opens with its number, 議案第３号), 長谷部　修一 (a
# surname ending as an office does), 審査結果：… after the table. Before (main 6d3e922): pypdf 11/16, -layout
# 13/16 (篠崎室長, 福祉総務課長長谷部修一, 審査結果 in the last words), (plain pdftotext's text of it
# not read: two rows' words in one block cannot be told apart by the text alone — not committed).
KOSEI = [
    ("葛西分科会長", "葛西", C, "ただいまから"), ("長谷部福祉総務課長", "長谷部", G, "民生費について"),
    ("大滝委員", "大滝", M, "相談支援の拠点"), ("長谷部福祉総務課長", "長谷部", G, "相談の件数"),
    ("宍戸委員", "宍戸", M, "民生委員のなり手"), ("篠崎地域福祉推進室長", "篠崎", G, "定数の二百十人"),
    ("宮坂副分科会長", "宮坂", M, "欠員の地区"), ("篠崎地域福祉推進室長", "篠崎", G, "隣の地区"),
    ("葛西分科会長", "葛西", C, "ほかにございませんか。なければ、民生費"), ("葛西分科会長", "葛西", C, "次に、議案第９号"),
    ("若林保険年金課長", "若林", G, "国民健康保険"), ("宍戸委員", "宍戸", M, "保険税の引上げ"),
    ("若林保険年金課長", "若林", G, "基金を取り崩して"), ("大滝委員", "大滝", M, "特定健診"),
    ("若林保険年金課長", "若林", G, "目標は六十"), ("葛西分科会長", "葛西", C, "ほかにございませんか。なければ、以上で"),
]
FULLNAMES = ["city-kosei-bunkakai-fullnames-pypdf.txt", "city-kosei-bunkakai-fullnames-layout.txt"]


@pytest.mark.parametrize("name", FULLNAMES)
def test_the_post_over_the_full_name_is_one_speaker_the_named_person(name: str) -> None:
    parsed, got = _turns(name, KOSEI)
    assert not any("審査結果" in g[3] or "可決すべきもの" in g[3] for g in got)  # after the table: no one's words
    assert not any(piece in g[3] for g in got for piece in ("正人", "修一", "美穂", "推進"))  # no cell's line in the words
    # the subjects' cells the agenda
    lines = read_source(MINUTES / name).lines
    subjects = "".join("".join(line.text.split()) for line in lines if line.cue == "lead" and "審査結果" not in line.text)
    assert subjects.startswith("議案第３号令和８年度しらかば市一般会計予算（民生費）議案第９号")
