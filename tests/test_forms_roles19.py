"""A label's name and title told by what the words are, not where they split (session 19, roles19).

1. A post is a unit's name and a post word (水環境課長, 市街地整備課長補佐, 感染症対策監): the unit is the
   title's, never a surname. Where the words of offices run on (水環境, 市街地, 感染症: words of the
   vocabulary of offices that a ministry's prefix 環境 or a shorter word would cut), the office starts at
   them (``roles._office_start``, read before the prefixes: ``RoleTable._split``); where two words of
   offices overlap at a surname's end (清|水環境 or 清水|環境, 北村水|環境 or 北村|水環境) the surname of
   two characters is taken. A title the table does not know after a unit's words (消防団長,
   地域交通対策監, 学校教育課指導監) has no name either (``RoleTable._guess``). A surname before a post
   still splits (岩田課長, 北村水環境課長, 清水環境課長, 森観光推進部長).
2. Who speaks for a group or a party (地権者代表, 利用者代表, 住民代表, 町内会代表, 民生委員代表; 請願者, as
   参考人, 公述人, 申立人代理人 are) is a title, no name, role other: read as the table's 代理人 is
   (``RoleTable._party``: a party's noun or a title of the table before it is the title's; a surname
   stands before a title of the table: 田中監事代表 → 田中, 監事代表). 代表 alone in a cell under a title
   (請願者 / 代表) is no surname (``title_first.surname``).
3. 主査 presides over a 部会 or a working group (the table's chair), but is a grade of a government's staff
   where the record lists it among the secretariat: the attendance list's 事務局 names it (``同課　主査
   大川``) and no other group does, or another label is it in 事務局's brackets (``事務局（主査）``) —
   ``roles.graded_staff``, read in ``settle_roles`` as the officials' lists are; the evidence in ``role_why``.
4. A Markdown note's label in bold before a colon (``__3班長__：``, ``**北村委員**:``) is read as a label
   once the turns have begun, a number first too (``ingest.wrapped.markdown`` cues it ``mdlabel``;
   ``table_steps.md_label_step`` asks the header of the bold words alone); a field of the front or bold words
   that are no speaker are read as they stand. A folder given to ``parse``/``build`` reads its ``.md``
   files that the Markdown reader takes for notes of minutes (``ingest.is_minutes_file``: a ``#`` heading
   and three lines opening with bold words before a colon); any other ``.md`` (a README) is named as not read.
Before (main 71fbee6): 事務局（水環境課長） was name 水, title 環境課長; 地権者代表 name 地権, title 者代表;
○主査 the chair wherever the record listed it.
"""
from __future__ import annotations

import pytest

from assembler.minutes.roles import load_roles
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"
C, M, G, S, O = "chair", "member", "government", "secretariat", "other"

EXPECTED = {
    # a town's 部会 in pdftotext's shape: lines broken at the width, a page number and a form feed,
    # the running head; posts in 事務局's brackets, representatives, a surname before a post.
    # Before: 3 of 9 turns with the right name and title; after 9 of 9
    "roles19-posts-voices-pdftotext.txt": [
        ("岩田部会長", "岩田", "部会長", C, "ただいまから第２回", 11, 13),
        ("事務局（水環境課長）", "", "水環境課長", S, "資料１について", 14, 15),
        ("地権者代表", "", "地権者代表", O, "堤防の工事について", 16, 17),
        ("清水環境課長", "清水", "環境課長", S, "用地の説明会は", 23, 23),
        ("利用者代表", "", "利用者代表", O, "河川敷の遊歩道は", 24, 24),
        ("北村水環境課長", "北村", "水環境課長", S, "工区を分けて", 25, 25),
        ("消防団長", "", "消防団長", O, "増水時の水防活動", 26, 26),
        ("事務局（市街地整備課長補佐）", "", "市街地整備課長補佐", S, "拠点は下流側の", 27, 28),
        ("岩田部会長", "岩田", "部会長", C, "ほかに御意見が", 29, 29),
    ],
    # written apart after the rules: a city's 常任委員会 記録, CP932 with CRLF, labels before a colon,
    # a petitioner, the voices of groups, posts after surnames. Before: 5 of 10 turns with the right
    # name and title (請|願者, 町内|会代表, 早坂感染症対策課長 no name, 佐々木水資源|課長, 民生委|員代表);
    # after, at first sight: 10 of 10
    "roles19-posts-voices-apart-cp932.txt": [
        ("大塚委員長", "大塚", "委員長", C, "ただいまから", 9, 9),
        ("請願者", "", "請願者", O, "子どもの予防接種", 10, 10),
        ("町内会代表", "", "町内会代表", O, "地区では", 11, 11),
        ("保護者代表（田村）", "田村", "保護者代表", O, "小学生の接種", 12, 12),
        ("松尾委員", "松尾", "委員", M, "感染症対策課に", 13, 13),
        ("早坂感染症対策課長", "早坂", "感染症対策課長", G, "現在は中学生", 14, 14),
        ("関委員", "関", "委員", M, "水道の水質", 15, 15),
        ("佐々木水資源課長", "佐々木", "水資源課長", G, "検査の結果は", 16, 16),
        ("民生委員代表", "", "民生委員代表", O, "一人暮らしの方", 17, 17),
        ("大塚委員長", "大塚", "委員長", C, "以上で本日の", 18, 18),
    ],
    # a prefecture's working group in pdftotext's shape, EUC-JP: the 主査 is a 構成員 (北村主査) and opens,
    # runs and closes the meeting — the chair, as the table has it (before and after); named by the list
    # (the only 主査 listed: roles.name_holders, since step 2)
    "roles19-shusa-chair-eucjp.txt": [
        ("主査", "北村", "主査", C, "ただいまから第３回", 10, 11),
        ("主査", "北村", "主査", C, "それでは議事に入ります", 12, 12),
        ("事務局（大野課長補佐）", "大野", "課長補佐", S, "資料１に基づき", 13, 14),
        ("岩田構成員", "岩田", "構成員", M, "屋根置きの導入", 18, 18),
        ("森本構成員", "森本", "構成員", M, "営農型の発電", 19, 19),
        ("主査", "北村", "主査", C, "ほかに御意見が", 20, 20),
    ],
    # a city's 部会, UTF-16 with CRLF: the 部会長 presides, the 事務局 line lists 同課　主査　大川, and
    # 事務局（主査） answers: the 主査 who checks the papers and reports is the secretariat's staff.
    # Before: 主査 chair in 2 of 2 turns; after: secretariat, the list's line the evidence, named 大川 (the
    # only 主査 listed; 事務局（主査） stays as written: its label is no title alone)
    "roles19-shusa-staff-utf16.txt": [
        ("森部会長", "森", "部会長", C, "ただいまから水質部会", 8, 8),
        ("主査", "大川", "主査", S, "本日の資料は", 9, 10),
        ("森部会長", "森", "部会長", C, "それでは議事に", 11, 11),
        ("主査", "大川", "主査", S, "資料１により", 12, 13),
        ("北原委員", "北原", "委員", M, "達成していない", 14, 14),
        ("事務局（主査）", "", "主査", S, "上流の工場から", 15, 15),
        ("森部会長", "森", "部会長", C, "以上で本日の", 16, 16),
    ],
    # a 自治会's workshop note saved as .md (UTF-8): __label__： and **label**： turns, labels with a number
    # first (1班長, 2班長, * __3班長__：), - __日時__: fields, a task list. Before: 3 of 6 turns (the 班長's
    # three went on the turn above or were unread); after 6 of 6
    "roles19-markdown-underscore-labels.md": [
        ("自治会長", "", "自治会長", M, "おはようございます", 11, 11),
        ("1班長", "1", "班長", M, "避難路の点検で", 15, 15),
        ("2班長", "2", "班長", M, "備蓄倉庫の水が", 16, 16),
        ("3班長", "3", "班長", M, "高齢の方の名簿", 17, 17),
        ("市防災課", "", "市防災課", G, "ブロック塀の撤去", 18, 18),
        ("自治会長", "", "自治会長", M, "本日はありがとう", 22, 22),
    ],
    # written apart after the rule: an 実行委員会's note as CP932 text with CRLF, **label**： turns, full-width
    # digits (**４班長**), * **…**： bullets, a *** rule. Before 4 of 6 turns with the right speaker; at first
    # sight after 5 of 6 (Ａ地区代表 named Ａ地 then; mended since: a group's word before 代表). Known:
    # **２班リーダー** (a title no table knows, katakana) is read as no label: its words go on the turn above
    "roles19-markdown-bold-labels-apart-cp932.txt": [
        ("実行委員長", "実行", "委員長", C, "今年の清掃は", 8, 8),
        ("Ａ地区代表", "", "Ａ地区代表", O, "軍手と袋は", 9, 10),
        ("実行委員長", "実行", "委員長", C, "当日は消防団にも", 11, 11),
        ("４班長", "４", "班長", M, "雨天の場合の", 12, 12),
        ("実行委員長", "実行", "委員長", C, "前日の１８時に", 13, 13),
    ],
}
LINE_FATES = {
    "roles19-markdown-underscore-labels.md": "fbfffbFbabpbabppppbabpbn",
    "roles19-markdown-bold-labels-apart-cp932.txt": "fbffbFbpppppp",
    "roles19-shusa-chair-eucjp.txt": "ffbfffffbpppppbFbppp",
    "roles19-shusa-staff-utf16.txt": "fbffffbppppppppp",
    "roles19-posts-voices-pdftotext.txt": "fbffffffabpppppppbFbFbpppppppbF",
    "roles19-posts-voices-apart-cp932.txt": "fbfffffbpppppppppp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


@pytest.mark.parametrize(("label", "name", "title"), [
    # a surname before a post still splits
    ("岩田課長", "岩田", "課長"), ("北村水環境課長", "北村", "水環境課長"), ("清水環境課長", "清水", "環境課長"),
    ("森観光推進部長", "森", "観光推進部長"), ("佐々木水環境課長", "佐々木", "水環境課長"),
    ("山田政策企画課長", "山田", "政策企画課長"), ("和泉内閣総理大臣補佐官", "和泉", "内閣総理大臣補佐官"),
    # a unit's words are the title's
    ("水環境課長", "", "水環境課長"), ("水質保全室長", "", "水質保全室長"), ("市街地整備課長", "", "市街地整備課長"),
    ("環境政策課長", "", "環境政策課長"),
    # step 3: words of offices for nature, land and heritage, an institution's words (mended in records others
    # wrote: 森林保全課長, 農地係長, 中央図書館長, 長谷部資源循環推進課長)
    ("自然環境課長", "", "自然環境課長"), ("森林整備課長", "", "森林整備課長"), ("中央図書館長", "", "中央図書館長"),
    ("長谷部資源循環推進課長", "長谷部", "資源循環推進課長"), ("山田自然環境課長", "山田", "自然環境課長"),
])
def test_a_post_is_the_units_words_and_the_post_word(label: str, name: str, title: str) -> None:
    sp = load_roles().split(label)
    assert sp is not None and (sp.name, sp.title) == (name, title)


@pytest.mark.parametrize(("label", "name", "title", "role"), [
    ("地権者代表", "", "地権者代表", O), ("住民代表", "", "住民代表", O), ("商店会代表", "", "商店会代表", O),
    ("地域代表", "", "地域代表", O), ("民生委員代表", "", "民生委員代表", O), ("田中監事代表", "田中", "監事代表", O),
    ("受益者代表者", "", "受益者代表者", O), ("傍聴人代表", "", "傍聴人代表", O), ("傍聴者代表者", "", "傍聴者代表者", O), ("請願者", "", "請願者", O), ("陳情者", "", "陳情者", O),
    ("処分者代理人", "", "処分者代理人", O), ("公述人", "", "公述人", O), ("申立人代理人", "", "申立人代理人", O),
    # an unknown title after a unit's words: no name
    ("消防団長", "", "消防団長", O), ("防災対策監", "", "防災対策監", None),
])
def test_who_speaks_for_a_group_or_a_party_is_a_title(label: str, name: str, title: str, role: str | None) -> None:
    sp = load_roles().guess(label)
    assert sp is not None and (sp.name, sp.title) == (name, title)
    assert role is None or sp.role == role


def test_a_representatives_cell_under_its_group_is_one_title() -> None:
    # 請願者 over 代表 in a table's speaker cell (title_first): 代表 is no surname
    from assembler.minutes.title_first import title_then_name
    assert title_then_name("請願者　代表", load_roles().split) is None
    sp = title_then_name("請願者　木下", load_roles().split)
    assert sp is not None and (sp.name, sp.title) == ("木下", "請願者")


def test_a_shusa_is_the_chair_or_a_staff_grade_as_the_records_lists_tell() -> None:
    # written apart: the 主査 named in 事務局's brackets by another label (事務局（主査）) and no list; a
    # 主査 a members' list names (委員：林主査) presides, whatever 事務局 lists
    from test_forms8 import _parse
    staff = _parse("第４回　景観ワーキンググループ　議事録\n\n○座長　開会します。\n○主査　資料の確認をいたします。\n"
                   "○事務局（主査）　以上です。\n○座長　閉会します。\n")
    assert [(p.speaker.label, p.speaker.role) for p in staff.points] == [
        ("座長", C), ("主査", S), ("事務局（主査）", S), ("座長", C)]
    assert staff.points[1].role_why == "the record's label 事務局（主査）"
    chair = _parse("第４回　景観ワーキンググループ　議事録\n\n出席者\n委員：林主査、堀委員\n事務局：都市計画課　主査　堤\n\n"
                   "○主査　開会します。\n○堀委員　意見です。\n○主査　閉会します。\n")
    assert [(p.speaker.label, p.speaker.role) for p in chair.points] == [("主査", C), ("堀委員", M), ("主査", C)]


def test_a_folders_markdown_note_is_read_and_its_readme_is_not(tmp_path) -> None:
    from assembler.ingest import is_minutes_file, iter_input_files
    note = tmp_path / "note.md"
    note.write_bytes((MINUTES / "roles19-markdown-underscore-labels.md").read_bytes())
    (tmp_path / "README.md").write_text("# 議事録フォルダ\n\n- **作成**: 事務局\n- **更新**: 毎月\n", encoding="utf-8")
    (tmp_path / "memo.txt").write_text("第１回会議録\n\n○会長　開会します。\n", encoding="utf-8")
    assert iter_input_files([tmp_path]) == [tmp_path / "memo.txt", note]
    assert is_minutes_file(note) and not is_minutes_file(tmp_path / "README.md")
    # named alone, any .md is read as text, as before
    assert iter_input_files([tmp_path / "README.md"]) == [tmp_path / "README.md"]
