"""Three layouts misread at first sight on held-out minutes (session 11, layouts15). One fixture
per concept, written here (fictional bodies, names and sentences) in the shape real files arrive
in, with its expected parse — rows: (speaker label, name, title, role, start of the text, first
line, last line) — and the fate of every line (f front, a agenda, n narrative, p point, s stage,
F furniture, b blank, u unread); and a check on imitations with other wording, written after the
rule and read at first sight.

1. Minutes as a delimited table of utterances (``ingest/delimited.py``): a 会議録検索 system's CSV
   export (CP932, CRLF, every cell quoted, a speech's line breaks inside its cell), one row per
   utterance under a heading row naming the columns; an open-data TSV (UTF-8 with a BOM, other
   column names, the role and the name in one cell) and an .xlsx (a title row above the heading,
   a date cell, an assembly's 君) as the checks. Fixtures: ``tests/tools/make_csv_minutes.py``.
2. Labels spaced out to one width (``minutes/spacedlabels.py``): 委　員　長：, 斎 藤 委 員：, 書　記　長：,
   事 務 局 長　… beside unspaced ones (書記（中原）：), in a record whose speech is not spaced, typed in
   Word with hanging indents and read by pdftotext -layout; a 農業委員会's text in CP932 as the check.
   Fixture: ``tests/tools/make_spaced_labels.py``.
3. A borderless Word table 時刻 | 発言者 | 発言内容 with no heading row through pdftotext -layout
   (``minutes/leadcolumn.py``): the clock column first and mostly empty, the speakers a role word
   with the body they speak for in brackets (委員（みどり交通）, 事務局（企画課）), a long one wrapped
   in its cell, the speech wrapped in its column. Fixtures: ``tests/tools/make_clock_column.py``.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from assembler import minutes
from assembler.errors import InputError
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city assembly's committee exported from its 会議録検索 system as CSV (会議名 | 開催日 |
    # 発言番号 | 発言者 | 役職 | 発言内容): the front matter (date, attendees) and the clock rows
    # without a speaker, each speech's lines inside its quoted cell, CP932 and CRLF. The meeting's
    # name and date, first, under the heading row's number; the heading row furniture. Before:
    # refused (no speaker found: every line read as front matter)
    "minutes-search-export-cp932.csv": [
        ("石川委員長", "石川", "委員長", "chair", "ただいまから総務委員会を開会します。本日の案件は", 9, 10),
        ("石川委員長", "石川", "委員長", "chair", "議案第４５号を議題とし、当局の説明を求めます。", 11, 11),
        ("坂口総務部長", "坂口", "総務部長", "government", "議案第４５号について御説明いたします。", 12, 14),
        ("石川委員長", "石川", "委員長", "chair", "説明が終わりました。質疑はありませんか。", 15, 15),
        ("大野委員", "大野", "委員", "member", "対象となる職員はどの程度いるのか伺います。また、", 16, 17),
        ("坂口総務部長", "坂口", "総務部長", "government", "対象は約１２０人と見込んでおります。", 18, 19),
        ("森下委員", "森下", "委員", "member", "窓口の職場で人が足りなくならないよう、", 20, 20),
        ("石川委員長", "石川", "委員長", "chair", "異議なしと認め、議案第４５号は原案のとおり可決", 22, 23),
    ],
    # the check, written after the rule: an 農業委員会's open-data TSV, UTF-8 with a BOM, 会議 |
    # 日付 | 話者 | 肩書 | 本文, the role and the person in one cell (会長（北村）), a title alone
    # (事務局長), a vote in brackets. At first sight: 4 of 4 turns (main at ac1ade8: refused)
    "open-data-export-utf8bom.tsv": [
        ("会長（北村）", "北村", "会長", "chair", "定刻になりましたので、総会を開会します。", 4, 5),
        ("事務局長", "", "事務局長", "secretariat", "議案第１号　農地法第３条の規定による許可申請", 6, 7),
        ("田島委員", "田島", "委員", "member", "２件目の申請地は、先月現地を確認しました。", 8, 9),
        ("会長（北村）", "北村", "会長", "chair", "全員賛成で、議案第１号は許可相当と決定しました。", 11, 12),
    ],
    # the second check, written after the rule: a town assembly's record saved as .xlsx — a title
    # row above the heading row, 会議名 | 年月日 (a date cell) | 発言者名 | 役職名 | 発言, names with
    # 君 (議長（森本和夫君）). Line numbers are the sheet's rows; a cell's lines share its row's.
    # At first sight: 5 of 5 turns (the council read twice, title and meeting name: now once)
    "assembly-export.xlsx": [
        ("議長（森本和夫君）", "森本和夫", "議長", "chair", "ただいまから本日の会議を開きます。", 4, 4),
        ("３番（小田切恵君）", "小田切恵", "３番", "member", "通告に従い、空き家の対策について伺います。", 5, 5),
        ("議長（森本和夫君）", "森本和夫", "議長", "chair", "町長。", 6, 6),
        ("町長（堀内誠一君）", "堀内誠一", "町長", "government", "お答えいたします。", 7, 7),
        ("議長（森本和夫君）", "森本和夫", "議長", "chair", "以上で本日の日程は全て終了しました。", 9, 9),
    ],
    # a city 選挙管理委員会's 会議録 typed in Word with hanging indents, every label spaced out to one
    # width (U+3000 between 委　員　長, which -layout gives as three spaces; one ASCII space in 斎 藤 委 員
    # and 事 務 局 長, the last with no colon) beside 書記（中原）：. Before (main 27f31cb): 3 of 9
    # turns right — 委員長 read as 委員 (its 長： the speech's first word), 書記長 as the 書記 above,
    # 斎藤委員 and 大森委員 no label (their words the turn above's)
    "election-spaced-labels-layout.txt": [
        ("委員長", "高橋", "委員長", "chair", "ただいまから令和７年第４回みどり野市選挙管理委員会", 19, 21),
        ("事務局長", "小野寺修", "事務局長", "secretariat", "期日前投票所の増設について御説明いたします。", 23, 25),
        ("事務局長", "小野寺修", "事務局長", "secretariat", "このため、次の選挙からは駅前の商業施設に", 27, 28),
        ("斎藤委員", "斎藤", "委員", "member", "商業施設の中に投票所を置く場合、", 30, 32),
        ("書記長", "中原智子", "書記長", "secretariat", "仕切りは本庁舎と同じものを用意いたします。", 34, 36),
        ("大森委員", "大森", "委員", "member", "投票管理者と立会人の確保は間に合うのでしょうか。", 38, 38),
        ("書記（中原）", "中原", "書記", "secretariat", "立会人は、市内の大学の学生に協力を", 40, 40),
        ("委員長", "高橋", "委員長", "chair", "ほかに御意見がなければ、原案のとおり決定して", 42, 42),
        ("委員長", "高橋", "委員長", "chair", "それでは、原案のとおり決定いたします。", 46, 47),
    ],
    # the check, typed after the rule: a town 農業委員会's 総会 as text in CP932 with CRLF, two
    # characters spread as wide as three (議　　長：), ASCII spaces (事 務 局 長：, 農 地 係 長：), an
    # unspaced label (宮本委員：). Main: 1 of 7 (the chair's first turn narrative, its last given to
    # 宮本委員). At first sight 5 of 7 (the rule then took one U+3000 between characters, not two:
    # 議　　長 missed); the same run of full-width spaces, one to three, now: 7 of 7. 農地係長 is one post,
    # the one the list names (roles19: 農地 a word of offices; was name 農地, title 係長)
    "agriculture-spaced-labels-cp932.txt": [
        ("議長", "", "議長", "chair", "ただいまから令和７年第６回あおば町農業委員会総会を", 8, 8),
        ("事務局長", "大塚浩", "事務局長", "secretariat", "議案第１号、農地法第３条の規定による許可申請", 9, 9),
        ("農地係長", "小林彩", "農地係長", "secretariat", "現地は６月２０日に確認しました。", 10, 10),
        ("石塚委員", "石塚", "委員", "member", "譲受人の方は、通作の距離が長いようですが、", 11, 11),
        ("事務局長", "大塚浩", "事務局長", "secretariat", "譲受人は週に三日通う計画を出しており、", 12, 12),
        ("宮本委員", "宮本", "委員", "member", "地元の担い手として期待しています。", 13, 13),
        ("議長", "", "議長", "chair", "ほかにありませんか。ないようですので、", 14, 14),
    ],
    # a city 地域公共交通会議 typed as a borderless table (clock 15 mm, label 35 mm): the clock on
    # three rows of eight, 委員（みどり交 / 通） wrapped in its cell right under the secretariat's
    # turn. Before (main 27f31cb): the first turn (10:00 会長) read as front matter and the
    # wrapped member's turn given to the secretariat above it — 6 of 8 turns right
    "transport-clock-column-layout.txt": [
        ("会長", "", "会長", "chair", "ただいまから令和７年度第２回みどり市地域公共交通会", 9, 11),
        ("事務局（企画課）", "", "企画課", "secretariat", "資料１により、コミュニティバスの利用状況", 13, 16),
        ("委員（みどり交通）", "みどり交通", "委員", "member", "運転士の確保が年々難しくなっています。", 18, 19),
        ("委員（運輸支局）", "", "運輸支局", "member", "国の補助制度では、運転士の確保に向けた", 21, 23),
        ("事務局（企画課）", "", "企画課", "secretariat", "ありがとうございます。次回の会議までに", 25, 26),
        ("委員（商工会）", "商工会", "委員", "member", "商店街の利用者からは、バス停の近くに", 28, 29),
        ("会長", "", "会長", "chair", "ほかに御意見はございますか。", 31, 32),
        ("事務局（企画課）", "", "企画課", "secretariat", "次回は１１月に開催する予定です。", 34, 35),
    ],
    # a town 策定委員会, made beside it (clock 14 mm, label 40 mm): two members named by their body
    # wrapped in their cells, one after the other below the secretariat. Before: 6 of 8
    "welfare-clock-column-layout.txt": [
        ("委員長", "", "委員長", "chair", "定刻となりましたので、第１回あおば町地域福祉計画策", 9, 10),
        ("事務局（福祉課）", "", "福祉課", "secretariat", "計画の策定の日程について、資料２により", 12, 14),
        ("委員（社会福祉協議会）", "社会福祉協議会", "委員", "member", "アンケートの対象に、ひとり暮らし", 16, 17),
        ("委員（民生委員協議会）", "民生委員協議会", "委員", "member", "民生委員が訪問するときに、", 19, 20),
        ("事務局（福祉課）", "", "福祉課", "secretariat", "御協力いただけると助かります。", 22, 23),
        ("副委員長", "", "副委員長", "member", "若い世代の声も聞けるよう、", 25, 26),
        ("事務局（福祉課）", "", "福祉課", "secretariat", "二次元コードを調査票に載せ、", 28, 29),
        ("委員長", "", "委員長", "chair", "以上で本日の委員会を終了します。", 31, 31),
    ],
    # the check, written after the rule (a port's 懇談会: clock 20 mm, label 45 mm, full-width
    # clocks that wrap in their narrow cell — １５：０ / ０ — a long turn). At first sight 3 of 7
    # (the rule then wanted a whole clock on the row's line: the wrapped clocks glued to 座長 and
    # two members lost); the clock column is now found from the labels' column, its cell's
    # pieces joined: 7 of 7
    "port-clock-column-layout.txt": [
        ("座長", "", "座長", "chair", "皆様お集まりですので、懇談会を始めます。", 9, 11),
        ("事務局（港湾振興課）", "", "港湾振興課", "secretariat", "資料１を御覧ください。", 13, 23),
        ("委員（みなと市観光協会）", "みなと市観光協会", "委員", "member", "寄港の日に、商店街まで", 25, 27),
        ("委員（港運協会）", "港運協会", "委員", "member", "大型船が入る日は、荷役の車両と", 29, 31),
        ("事務局（港湾振興課）", "", "港湾振興課", "secretariat", "動線の分離については、", 33, 34),
        ("委員（市民公募）", "市民公募", "委員", "member", "港の夜景を楽しめる場所が少ないと", 36, 37),
        ("座長", "", "座長", "chair", "多くの御意見をいただきました。", 39, 40),
    ],
}

LINE_FATES = {
    # the meeting's name and date share the heading row's number (three places for line 1)
    "minutes-search-export-cp932.csv": "ffFfffffffppppppppppppsppn",
    "open-data-export-utf8bom.tsv": "ffFffppppppspp",
    # the title row, the date (its name is in the title), the heading; a cell of two lines two places
    "assembly-export.xlsx": "ffFfpppppppspn",
    "election-spaced-labels-layout.txt": "fbbbfbfbfbfbfbbbfbpppbpppbppbpppbpppbpbpbpbsbppb",
    "agriculture-spaced-labels-cp932.txt": "fbffffbppppppp",
    # a row's clock is a line of its own under the row's number (agenda, as a 時刻 column's cell)
    "transport-clock-column-layout.txt": "fbfbfbbbapppbppppbppbapppbppbppbppbappb",
    "welfare-clock-column-layout.txt": "fbfbfbbbappbpppbppbppbappbppbppbapb",
    "port-clock-column-layout.txt": "fbfbfbbbapppbpppppppppppbpppbapppbppbppbappb",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_csv_export_s_meeting_and_lines_are_the_file_s() -> None:
    path = MINUTES / "minutes-search-export-cp932.csv"
    src = read_source(path)
    assert (src.encoding, src.format) == ("cp932", "csv")
    # every line of the file, a quoted cell's lines included, under the number cat -n gives it
    physical = path.read_bytes().count(b"\r\n")
    assert sorted({line.number for line in src.lines}) == list(range(1, physical + 1))
    assert [(line.number, line.text) for line in src.lines if line.number in (12, 13)] == [
        (12, "坂口総務部長\u3000議案第４５号について御説明いたします。"),
        (13, "国の制度改正に合わせ、育児のための短時間勤務の対象を小学校３年生までの子を持つ職員に広げるものでございます。")]
    parsed = minutes.parse_source(src)
    assert (parsed.meeting.council, parsed.meeting.session, parsed.meeting.date) == (
        "令和７年定例会総務委員会", 2, "2025-06-12")
    assert [g.group for g in parsed.meeting.attendees] == ["出席委員", "説明のため出席した者"]
    assert [d.text for d in parsed.directions] == ["（「異議なし」と呼ぶ者あり）"]
    assert sum(parsed.line_counts().values()) == len(parsed.lines) == physical + 2


def _csv(rows: list[list[str]], *, delimiter: str = ",", encoding: str = "cp932", crlf: bool = True) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def _read(tmp_path: Path, data: bytes, name: str = "x.csv") -> minutes.Minutes:
    path = tmp_path / name
    path.write_bytes(data)
    return minutes.parse_file(path)


def test_other_columns_encodings_and_labels_read_alike(tmp_path: Path) -> None:
    # written apart from the fixtures: 氏名 | 肩書き | 内容 with no meeting columns, UTF-8 and LF,
    # an empty line between rows, a title row above the heading, a name with spaces, a label
    # already holding its title, a row whose speech cell is empty, the speaker's words after it
    rows = [["みどり市教育委員会　定例会　会議録"], ["番号", "氏名", "肩書き", "内容"],
            ["1", "", "", "令和８年２月３日（火）午後２時"],
            ["2", "中島　浩", "教育長", "ただいまから定例会を開会します。"], [],
            ["3", "小池委員", "委員", "図書館の開館時間を延ばしてほしい。\n特に平日の夜です。"],
            ["4", "", "生涯学習課長", ""],
            ["5", "", "", "検討いたします。"],
            ["6", "", "", "（午後２時３０分閉会）"]]
    got = _read(tmp_path, _csv(rows, encoding="utf-8", crlf=False))
    assert [(p.speaker.label, p.speaker.role, p.text, p.source.line_start) for p in got.points] == [
        ("中島教育長", "chair", "ただいまから定例会を開会します。", 4),  # the surname of 中島　浩 (fields, session 13)
        ("小池委員", "member", "図書館の開館時間を延ばしてほしい。特に平日の夜です。", 6)]
    # the title row above the heading and the date row before the turns are the front matter; the
    # 課長's row with an empty speech cell is its header alone; a row with no speaker after the
    # turns began is nobody's turn (not the 課長's words): the record's narrative, as in a .txt
    assert _fates(got) == "fFfpbpppnn" and got.unread == ()
    assert (got.meeting.council, got.meeting.date) == ("みどり市教育委員会定例会", "2026-02-03")


def test_a_tab_separated_export_with_a_csv_name_is_read_by_its_tabs(tmp_path: Path) -> None:
    rows = [["会議名", "開催日", "発言者", "役職", "発言"],
            ["あおば町議会全員協議会", "2025/07/01", "佐藤", "議長", "ただいまから全員協議会を開きます。"],
            ["あおば町議会全員協議会", "2025/07/01", "", "総務課長", "資料により説明いたします。"]]
    got = _read(tmp_path, _csv(rows, delimiter="\t"), "export.csv")
    assert [(p.speaker.label, p.text) for p in got.points] == [
        ("佐藤議長", "ただいまから全員協議会を開きます。"), ("総務課長", "資料により説明いたします。")]
    assert (got.meeting.council, got.meeting.date) == ("あおば町議会全員協議会", "2025-07-01")


def test_a_csv_that_is_no_minutes_gets_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_bytes(_csv([["款", "項", "金額"], ["総務費", "総務管理費", "1200000"]]))
    with pytest.raises(InputError) as e:
        read_source(path)
    assert e.value.file == str(path) and e.value.line == 1
    assert "発言者" in str(e.value)


def test_the_clock_column_s_cells_are_the_rows_leads() -> None:
    from assembler.ingest.text import without_margin
    from assembler.minutes import leadcolumn

    src = read_source(MINUTES / "port-clock-column-layout.txt")
    lines = leadcolumn.read(without_margin(src.lines), "\n".join(line.text for line in src.lines))
    # a clock wrapped in its narrow cell (１５：０ / ０) is one clock, on the row's first line
    assert [(line.number, line.text) for line in lines if line.cue == "lead"] == [
        (9, "１５：００"), (29, "１５：２４"), (39, "１５：５８")]
    assert sorted({line.number for line in lines}) == [line.number for line in src.lines]


@pytest.mark.parametrize("text", [
    # written apart from the fixtures: a transcript's stamp before a label at the margin, one space
    "あおば町議会　議事録\n\n10:05 佐藤委員　質問します。\n10:06 山田町長　お答えします。\n"
    "10:07 佐藤委員　了解しました。\n",
    # clocks in a list of the day's schedule, no label column beside them
    "日程\n\n10:00  開会\n10:05  議事\n11:30  閉会\n\n○議長　開会します。\n",
    # a label column but no clock at the margin: the two-column layout as it was
    "会議録\n\n         会長        開会します。\n         委員        質問します。\n"
    "         事務局      お答えします。\n",
])
def test_no_clock_column_without_clocks_beside_a_column_of_labels(text: str) -> None:
    from assembler.minutes import leadcolumn
    from assembler.model import Line

    lines = tuple(Line(t, n) for n, t in enumerate(text.splitlines(), 1))
    assert leadcolumn.read(lines, text) is lines


@pytest.mark.parametrize(("line", "label"), [
    # written apart from the fixtures: a mark before the label, a gap of U+3000 after it, a title
    # of five characters spread by two spaces as -layout gives U+3000, a name and a title
    ("○委　員　長　本日の会議を開きます。", "○委員長"), ("会　　長：定刻になりました。", "会長"),
    ("教   育   次   長   御報告いたします。", "教育次長"), ("北 川 委 員：質問です。", "北川委員"),
    # left as written: no title (委員会), a name after the gap (議 長 岡本: an attendee list), speech
    # spelled apart (spaced.py's), a person in brackets after the title (the parser's own form),
    # a label alone on its line, characters set apart unevenly, an unspaced label
    ("委 員 会 の 開 催 に つ い て", None), ("議 長 岡本", None), ("議 長 　 本 日 は 開 会 す る 。", None),
    ("会 長（北村康）　開会します。", None), ("委　員　長", None), ("委 員　長：開会します。", None),
    ("委員長：開会します。", None),
])
def test_a_label_spaced_out_reads_as_the_label_unspaced(line: str, label: str | None) -> None:
    from assembler.minutes import spacedlabels
    from assembler.minutes.roles import load_roles

    got = spacedlabels.joined_label(line, load_roles())
    assert (got is not None and got.startswith(label)) if label else got is None, got


def test_spaced_labels_keep_the_speech_s_column_and_the_line_s_number() -> None:
    from assembler.minutes import spacedlabels
    from assembler.minutes.roles import load_roles

    src = read_source(MINUTES / "election-spaced-labels-layout.txt")
    read = spacedlabels.read(src, load_roles())
    changed = [(a.number, b.text[:12]) for a, b in zip(src.lines, read.lines) if a.text != b.text]
    assert [n for n, _t in changed] == [19, 23, 27, 30, 34, 38, 42, 46]
    # after a gap the spaces taken out follow the label: the speech stays at its column
    assert read.lines[22].text.index("期") == src.lines[22].text.index("期")
    assert read.lines[18].text.startswith("委員長：ただいまから")


def test_a_broken_xlsx_is_reported_as_an_xlsx(tmp_path: Path) -> None:
    """The .xlsx reader checks the zip as the .docx reader does (sizes, parts, DOCTYPE), but a
    broken one is named for what it is, with what to do about a table (it said 「.docx」)."""
    import zipfile

    cut = tmp_path / "export.xlsx"
    cut.write_bytes((MINUTES / "assembly-export.xlsx").read_bytes()[:300])  # a download cut short
    bare = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(bare, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    for path, what in ((cut, "not a readable .xlsx ("), (bare, "not a .xlsx: [Content_Types].xml is missing")):
        with pytest.raises(InputError) as e:
            read_source(path)
        assert str(e.value).startswith(f"{path}: {what}"), str(e.value)
        assert ".docx" not in str(e.value) and "Word" not in str(e.value)
        assert str(e.value).endswith("; save the table again from Excel or LibreOffice")


def test_the_clock_rows_of_an_export_are_read_as_the_record_s_clock(tmp_path: Path) -> None:
    """Written apart from the fixtures, in an export's shape (CP932, CRLF, every cell quoted, line
    breaks inside cells): rows with no speaker holding the record's clock — the opening, a
    recess and its resumption between turns, the closing after the last turn, a signature after
    it. Each clock is read by the closing rule as a .txt's clock line is (``closing_step``: the
    turn before it ends, fate narrative, as in any other format); the closing ends the turns, so
    the signature row after it is furniture, not a turn's words or the front matter."""
    meeting = "令和８年第１回定例会　建設委員会"
    rows = [["会議名", "開催日", "発言者", "役職", "発言内容"],
            ["", "", "", "", "出席委員（４名）\n　委員長　上野　克也　　委員　吉川　真理"],
            ["", "", "", "", "（午前１０時開会）"],
            ["", "", "上野", "委員長", "ただいまから建設委員会を開会します。\n議案第１２号を議題とします。"],
            ["", "", "吉川", "委員", "道路の補修の予定を伺います。"],
            ["", "", "", "", "（午前１１時休憩）"],
            ["", "", "", "", "（午前１１時１０分再開）"],
            ["", "", "原田", "土木課長", "来年度に二路線を予定しております。\n詳しくは資料のとおりです。"],
            ["", "", "上野", "委員長", "以上で本日の委員会を閉会します。"],
            ["", "", "", "", "（午前１１時３０分閉会）"],
            ["", "", "", "", "建設委員会委員長　上野　克也"]]
    for row in rows[1:]:
        row[:2] = [meeting, "2026-03-09"]
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    got = _read(tmp_path, buf.getvalue().encode("cp932"))
    assert [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in got.points] == [
        ("上野委員長", "ただいまから建設委員会を開会します。議案第１２号を議題とします。", 5, 6),
        ("吉川委員", "道路の補修の予定を伺います。", 7, 7),
        ("原田土木課長", "来年度に二路線を予定しております。詳しくは資料のとおりです。", 10, 11),
        ("上野委員長", "以上で本日の委員会を閉会します。", 12, 12)]
    assert _fates(got) == "ffFfffpppnnpppnF" and got.unread == ()
    txt = tmp_path / "same.txt"  # the same record typed as text: its clocks end alike
    txt.write_text("建設委員会\n開催日　令和８年３月９日\n○上野委員長　開会します。\n（午前１１時休憩）\n"
                   "○原田土木課長　御説明します。\n（午前１１時３０分閉会）\n建設委員会委員長　上野　克也\n",
                   encoding="utf-8")
    assert _fates(minutes.parse_file(txt)) == "ffpnpnF"


def test_an_export_of_two_meetings_is_two_meetings() -> None:
    """A search's hits in two meetings of one committee, one export (CP932, CRLF, every cell
    quoted, line breaks inside cells): the 会議名 and 開催日 columns change between rows, so the
    rows are two meetings, each with its own name, date, front matter and clocks, under the
    file's own line numbers (was: one meeting, 第２回 of 6/13, with the second meeting's
    front matter and clocks read as narrative between the turns)."""
    from test_forms8 import _rows

    path = MINUTES / "minutes-search-export-two-meetings-cp932.csv"
    got = minutes.parse_paths([path])
    assert [(m.meeting.id, m.meeting.council, m.meeting.date, m.meeting.source) for m in got] == [
        ("m02", "令和７年定例会文教委員会", "2025-06-13", str(path)),
        ("m03", "令和７年定例会文教委員会", "2025-09-12", str(path))]
    assert [[r[:4] + r[5:] for r in _rows(m)] for m in got] == [
        [("青木委員長", "青木", "委員長", "chair", 6, 7), ("村井教育部長", "村井", "教育部長", "government", 8, 9),
         ("黒田副委員長", "黒田", "副委員長", "member", 10, 11), ("青木委員長", "青木", "委員長", "chair", 12, 12)],
        [("青木委員長", "青木", "委員長", "chair", 17, 18), ("村井教育部長", "村井", "教育部長", "government", 19, 20),
         ("白石委員", "白石", "委員", "member", 21, 22), ("青木委員長", "青木", "委員長", "chair", 23, 23)]]
    assert [p.text for p in got[1].points][1] == "議案第６０号は、公民館の使用料を改めるものです。施行は来年４月を予定しております。"
    # the name and date of each meeting first, under its first row's number; every line of
    # the file in exactly one meeting, the closing clock of each the closing
    assert [(_fates(m), m.unread) for m in got] == [("ffFffffpppppppn", ()), ("fffffpppppppn", ())]
    from assembler.ingest import read_sources

    numbers = [[line.number for line in src.lines] for src in read_sources(path)]
    physical = path.read_bytes().count(b"\r\n")
    assert sorted({n for part in numbers for n in part}) == list(range(1, physical + 1))
    assert max(numbers[0]) < min(numbers[1]) == 14  # the second meeting from its first row on
    assert sum(sum(m.line_counts().values()) for m in got) == physical + 4
    assert [[g.group for g in m.meeting.attendees] for m in got] == [["出席委員"], ["出席委員"]]
    # a project keeps one meeting a file: adding the export says so and what to do
    with pytest.raises(InputError) as e:
        minutes.parse_file(path)
    assert str(e.value) == (f"{path}: this export holds 2 meetings; a project keeps one meeting a file; "
                            "export each meeting alone (assembler build and parse read every meeting of it)")
