"""Local assemblies' and committees' records in the shapes their PDFs give (session 18).

Seat-number labels: a member named by the seat and the surname (``３番（小室）委員``,
``１２番（大久保）委員``, ``６番（二階堂委員）``, ``３番　小室委員``), then a TAB or a space or, where
the label fills its tab stop in a LibreOffice PDF, nothing at all before the speech. The speaker
is the surname, a member; before, the label went unread and its speech on the turn above.

Fixtures (tests/tools/make_assembly18.py, fictional): a town 農業委員会's 総会 as default pdftotext,
as -layout kept in CP932 with CRLF, and the PDF itself; written apart, a town 議会's 常任委員会
as -layout in UTF-8 with a BOM and the PDF. Rows: (label, name, role, start of the text, first
line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.role, p.text, p.source.line_start, p.source.line_end)
            for p in parsed.points]


def _check(parsed: minutes.Minutes, expected: list[tuple[str, str, str, str, int, int]]) -> None:
    got = _rows(parsed)
    assert [(g[0], g[1], g[2], g[4], g[5]) for g in got] == [(e[0], e[1], e[2], e[4], e[5]) for e in expected], got
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)


def _at(turns: list[tuple[str, str, str, str]], lines: tuple[tuple[int, int], ...]
        ) -> list[tuple[str, str, str, str, int, int]]:
    """Each turn with its first and last line."""
    return [(*t, a, b) for t, (a, b) in zip(turns, lines, strict=True)]


def _nogyo(lines: tuple[tuple[int, int], ...]) -> list[tuple[str, str, str, str, int, int]]:
    """The 農業委員会's turns, at the lines each shape puts them."""
    turns = [
        ("議長（会長）", "", "chair", "ただいまから令和８年５月のさくら町農業委員会総会"),
        ("事務局長", "金井利明", "secretariat", "議案第１号について説明いたします。"),
        ("議長（会長）", "", "chair", "現地を確認された委員から報告をお願いします。"),
        # the label fills its tab stop: the speech glued to it (３番（小室）委員３番小室です。)
        ("３番（小室）委員", "小室", "member", "３番小室です。５月２０日に"),
        ("１２番（大久保）委員", "大久保", "member", "１２番大久保です。譲受人の"),
        ("事務局長", "金井利明", "secretariat", "経営面積は取得後に"),
        ("３番小室委員", "小室", "member", "補足しますと、"),
        ("推進委員（須藤）", "須藤", "member", "推進委員の須藤です。"),
        ("議長（会長）", "", "chair", "ほかに質疑はありませんか。"),
        # 主査 listed under 事務局職員 (主査 江藤 みのり): a staff grade, the secretariat, the one listed
        # (roles19; was chair, unnamed)
        ("主査", "江藤みのり", "secretariat", "議案第２号について説明いたします。"),
        ("主査", "江藤みのり", "secretariat", "１ヘクタールです。"),  # ３．/ １ヘクタール: the line opens with a number
        ("５番（野々村委員）", "野々村", "member", "５番野々村です。"),
        ("主査", "江藤みのり", "secretariat", "１件ございます。"),
        # a seat's label is never the chair's: 委員 and 長期の…, not 委員長 and 期の…
        ("７番（桑田）委員", "桑田", "member", "長期の設定は"),
        ("議長（会長）", "", "chair", "それでは、議案第２号は"),
    ]
    return _at(turns, lines)


NOGYO = {
    "town-nogyo-seat-labels-pdftotext.txt": _nogyo(((19, 22), (24, 26), (28, 28), (29, 30), (31, 32), (34, 35),
                                                    (36, 36), (37, 38), (40, 45), (47, 47), (48, 48), (49, 49),
                                                    (51, 51), (52, 52), (54, 57))),
    "town-nogyo-seat-labels-layout-cp932.txt": _nogyo(((15, 18), (19, 21), (22, 22), (23, 24), (25, 26), (27, 28),
                                                       (29, 29), (30, 31), (32, 37), (38, 38), (39, 39), (40, 40),
                                                       (41, 41), (42, 42), (43, 46))),
    "town-nogyo-seat-labels.pdf": _nogyo(((15, 18), (20, 22), (24, 24), (25, 26), (27, 28), (30, 31), (32, 32),
                                          (33, 34), (36, 41), (43, 43), (44, 44), (45, 45), (47, 47), (48, 48),
                                          (50, 53))),
}


def _sangyo(lines: tuple[tuple[int, int], ...], planner: str) -> list[tuple[str, str, str, str, int, int]]:
    """The 町議会 committee's turns (the record written apart: other names, seats, body)."""
    turns = [
        ("委員長（真壁）", "真壁", "chair", "ただいまから産業建設常任委員会を開会いたします。"),
        ("建設課長", "浜口康之", "government", "町道港線は延長８５０メートル"),
        ("１０番（宇佐美）委員", "宇佐美", "member", "１０番宇佐美です。"),
        ("建設課長", "浜口康之", "government", "通学路は港小学校から"),
        ("２番鴨志田委員", "鴨志田", "member", "用地の取得について、"),
        ("建設課長", "浜口康之", "government", "地権者は１１名で、"),
        # the member in the brackets with 委員 (６番（二階堂委員）歩道の…), glued to the speech
        ("６番（二階堂委員）", "二階堂", "member", "歩道の整備までの間、"),
        ("産業振興課長", planner, "government", "港線は水産加工場への"),
        ("副委員長（早乙女）", "早乙女", "member", "陳情の趣旨は妥当と考えます。"),
        ("委員長（真壁）", "真壁", "chair", "ほかにございませんか。"),
        ("委員長（真壁）", "真壁", "chair", "御異議なしと認めます。"),
    ]
    return _at(turns, lines)


SANGYO = {
    # -layout parts the list's last entry from its given name at the line's width (大河原 / 聡子)
    "town-sangyo-seat-labels-layout-bom.txt": _sangyo(((14, 15), (16, 18), (19, 20), (21, 22), (23, 24), (25, 25),
                                                       (26, 27), (28, 29), (30, 30), (31, 33), (35, 36)), "大河原"),
    "town-sangyo-seat-labels.pdf": _sangyo(((13, 14), (16, 18), (19, 20), (22, 23), (24, 25), (27, 27), (28, 29),
                                            (31, 32), (33, 33), (35, 37), (39, 40)), "大河原聡子"),
}


@pytest.mark.parametrize("name", sorted(NOGYO) + sorted(SANGYO))
def test_seat_labels_name_the_member_by_the_surname(name):
    """The 農業委員会's record, then the 町議会 committee's written apart."""
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, {**NOGYO, **SANGYO}[name])
    assert not parsed.unread
    assert "u" not in _fates(parsed)


@pytest.mark.parametrize("gap", ["\t", "　", " ", ""])
def test_a_seat_label_then_a_tab_a_space_or_nothing_opens_the_members_turn(gap, tmp_path):
    text = ("令和８年　あさひ町農業委員会総会議事録\n日時　令和８年４月２４日（金）午後２時\n議事\n"
            "議長（会長）\tただいまから総会を開会いたします。事務局から説明をお願いします。\n"
            "事務局\t申請地は字南原の畑１筆で、８００平方メートルです。\n"
            f"１１番（樋渡）委員{gap}１１番樋渡です。現地を確認しましたが、問題はありませんでした。\n"
            f"４番（笠間委員）{gap}周辺の農地への影響はないと考えます。\n"
            "議長（会長）\tそれでは採決いたします。\n")
    path = tmp_path / "soukai.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp932"))
    got = [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text[:8]) for p in minutes.parse_file(path).points]
    assert got[2:4] == [("１１番（樋渡）委員", "樋渡", "１１番", "member", "１１番樋渡です。"),
                        ("４番（笠間委員）", "笠間", "委員", "member", "周辺の農地への影")], got
    assert got[-1][0] == "議長（会長）"


def test_the_role_table_reads_a_seat_and_a_surname_before_a_members_title():
    table = minutes.load_roles()
    for label, name, title in (("３番（小室）委員", "小室", "３番"), ("１２番（大久保）議員", "大久保", "１２番"),
                               ("第３番（小室）委員", "小室", "第３番")):
        for sp in (table.guess(label), table.split(label)):
            assert (sp.label, sp.name, sp.title, sp.role) == (label, name, title, "member")
    # a qualifier in brackets (髙橋（清）委員) stays the name's; a chair's title keeps no seat
    assert table.guess("髙橋（清）委員").name == "髙橋（清）"
    assert table.guess("３番（小室）委員長").role == "chair"


# --- a 議会 record's cells split one piece a line by default pdftotext (splitcells.py) --------------
#
# Fixtures (make_assembly18.py: Word with the lists and the labels in borderless cells, a name with a
# U+3000): a town 議会's 定例会 as default pdftotext and -layout, and written apart a 広域連合議会's
# as default pdftotext in CP932 with CRLF. Before, `聡君` of the roll and `書記` took the floor and
# every turn was cited to them (0 of 11 and 0 of 9 turns right).

def _gikai(turns: list[tuple[str, str, str, str]], lines: tuple[tuple[int, int], ...]
           ) -> list[tuple[str, str, str, str, int, int]]:
    return _at(turns, lines)


_MISAKI = [
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "ただいまから令和８年第２回"),
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "日程第１、会議録署名議員の指名"),
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "会議録署名議員は、"),
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "日程第２、会期の決定"),
    ("議会運営委員長（織田康平君）", "織田康平", "chair", "議会運営委員会の協議の結果"),
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "お諮りいたします。"),
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "御異議なしと認めます。"),
    ("町長（岸本和之君）", "岸本和之", "government", "おはようございます。"),
    ("５番（河村千晶君）", "河村千晶", "member", "５番、河村です。"),
    ("総務課長（宮内聖子君）", "宮内聖子", "government", "お答えいたします。"),
    ("議長（今泉茂樹君）", "今泉茂樹", "chair", "以上で本日の日程は"),
]
GIKAI = {
    # three labels read one after another (議長 / 議会運営委員長（織田 / 議長（今泉 / 茂樹君） / speech /
    # 康平君） / speech / speech): the blocks of speech in order; 総務課長（宮内 / ○議長（今泉 / 聖子君） /
    # 茂樹君）: 茂樹 is 今泉's (the roll), so 聖子君） closes 宮内; 宮内 / 聖子君 between a label's halves
    # (another cell's pieces) unread
    "town-gikai-split-cells-pdftotext.txt": (_gikai(_MISAKI, (
        (92, 95), (102, 102), (103, 105), (118, 119), (122, 125), (126, 128), (135, 136), (144, 145), (151, 152),
        (161, 162), (163, 164))), [86, 88]),
    # seven labels in a row, 誠君） twice for 長谷部's two labels and ゆかり君） for 能登's: one way fits
    "koiki-gikai-split-cells-pdftotext-cp932.txt": (_gikai([
        ("議長（大谷順一君）", "大谷順一", "chair", "これより令和８年第１回"),
        ("議長（大谷順一君）", "大谷順一", "chair", "日程第１、会期の決定"),
        ("議長（大谷順一君）", "大谷順一", "chair", "御異議なしと認めます。日程第２"),
        ("広域連合長（久我修一君）", "久我修一", "government", "議案第１号について御説明"),
        ("３番（設楽健吾君）", "設楽健吾", "member", "工事の期間中、"),
        ("事務局長（長谷部誠君）", "長谷部誠", "secretariat", "炉を１基ずつ止めて"),
        ("２番（能登ゆかり君）", "能登ゆかり", "member", "構成市町の負担金の割合"),
        ("事務局長（長谷部誠君）", "長谷部誠", "secretariat", "均等割と人口割を"),
        ("議長（大谷順一君）", "大谷順一", "chair", "ほかに質疑はありませんか。"),
    ], ((70, 72), (78, 80), (109, 111), (112, 114), (115, 116), (117, 118), (119, 120), (121, 122), (123, 126))), []),
    # -layout keeps each label and each entry on one line: read as before
    "town-gikai-split-cells-layout.txt": (_gikai(
        _MISAKI[:1] + [("議長（今泉茂樹君）", "今泉茂樹", "chair", "本日の議事日程は")] + _MISAKI[1:],
        ((29, 30), (32, 33), (37, 37), (38, 40), (44, 45), (47, 50), (52, 54), (58, 59), (65, 66), (68, 69),
         (71, 72), (74, 75))), []),
}


@pytest.mark.parametrize("name", sorted(GIKAI))
def test_a_gikai_records_split_labels_and_rolls_are_read_whole(name):
    parsed = minutes.parse_file(MINUTES / name)
    expected, unread = GIKAI[name]
    _check(parsed, expected)
    assert [u.line for u in parsed.unread] == unread
    fates = _fates(parsed)
    assert [k + 1 for k, f in enumerate(fates) if f == "u"] == unread
    # the roll and the lists before the first label are front matter: no one speaks there
    first = min(p.source.line_start for p in parsed.points)
    assert "p" not in fates[:first - 12]


def _parse(tmp_path, lines: list[str], encoding: str = "utf-8") -> minutes.Minutes:
    path = tmp_path / "kaigiroku.txt"
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return minutes.parse_file(path)


def test_a_split_roll_is_front_matter_and_its_entries_are_whole(tmp_path):
    parsed = _parse(tmp_path, [
        "令和８年第３回さくら町議会定例会会議録", "", "出席議員（３名）", "１番", "", "早瀬", "", "聡君", "", "２番", "",
        "今泉", "", "茂樹君", "", "３番", "", "黒沢", "", "由紀君", "",
        "職務のため出席した議会事務局職員", "事務局長", "戸田 悦郎君", "書記", "", "柏木", "", "沙耶君", "",
        "議事日程", "日程第１", "", "会議録署名議員の指名", "",
        "○議長（今泉", "", "茂樹君）", "", "ただいまから本日の会議を開きます。日程第１、会議録署名議員の指名を行います。", "",
        "○１番（早瀬", "", "聡君）", "", "１番、早瀬です。質問いたします。"])
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("議長（今泉茂樹君）", 40),
                                                                            ("１番（早瀬聡君）", 46)]
    fates = _fates(parsed)
    assert set(fates[:35]) <= {"f", "b", "a"}, fates  # 聡君 and 書記 are entries, no speakers
    names = [n for g in parsed.meeting.attendees for n in g.names]
    assert "１番\u3000早瀬\u3000聡君" in names and "書記\u3000柏木\u3000沙耶君" in names, names


def test_speech_between_a_labels_halves_or_beside_the_first_is_its_speech(tmp_path):
    parsed = _parse(tmp_path, [
        "令和８年第３回さくら町議会定例会会議録", "",
        "○議長（今泉　ただいまから本日の会議を開きます。日程第１を議題とい", "たします。", "", "茂樹君）", "",
        "○３番（黒沢", "一般質問を行います。まず、", "", "由紀君）", "", "町道の補修について伺います。"], "cp932")
    got = [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == [("議長（今泉茂樹君）", "ただいまから本日の会議を開きます。日程第１を議題といたします。", 3, 4),
                   ("３番（黒沢由紀君）", "一般質問を行います。まず、町道の補修について伺います。", 9, 13)], got
    assert not parsed.unread


def test_speech_of_labels_in_a_row_is_unread_where_its_blocks_are_not_as_many(tmp_path):
    # two labels opened one after another, three blocks of speech: whose each is cannot be told
    parsed = _parse(tmp_path, [
        "令和８年第３回さくら町議会定例会会議録", "",
        "○議長（今泉", "", "茂樹君）", "", "ただいまから会議を開きます。", "",
        "○町長（岸本", "○議長（今泉", "", "和之君）", "", "茂樹君）", "",
        "おはようございます。", "本日は御苦労さまです。", "以上で散会いたします。",
        "○議長（今泉", "", "茂樹君）", "", "これにて閉会いたします。"])
    got = [(p.speaker.label, p.text) for p in parsed.points]
    assert got == [("議長（今泉茂樹君）", "ただいまから会議を開きます。"), ("議長（今泉茂樹君）", "これにて閉会いたします。")], got
    assert [u.line for u in parsed.unread] == [9, 10, 12, 14, 16, 17, 18]


def test_names_one_a_line_under_a_list_heading_are_no_split_roll():
    # no seat, no 君, no agenda's item: a member list one name a line (its own entries), left as it stands
    from assembler.minutes import splitcells
    from assembler.model import Line, SourceText

    texts = ["第３回あおば市環境審議会　議事録", "出席委員", "山田", "佐藤", "鈴木", "事務局長", "中村", "",
             "会長：ただいまから開会します。"]
    assert splitcells.read(SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(texts, 1))),
                           minutes.load_roles()) is None
