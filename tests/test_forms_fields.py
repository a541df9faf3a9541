"""Minutes exported as blocks of ``key：value`` field lines, one block an utterance
(``ingest/fields.py``): a 会議録検索 system's text download, refused whole at first sight (no
speaker found). Three fixtures written here in the real shape (EUC-JP and CP932, CRLF; fictional
bodies, names and sentences; ``tests/tools/make_field_exports.py``), with the expected parse —
rows: (speaker label, name, title, role, start of the text, first line, last line) — and the fate
of every line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread);
the same records written as a CSV give the same points; imitations written apart from the
fixtures (other field names, half-width colons, the office before the name, an assembly's 君,
pdftotext's pages, a Word document) read at first sight; ordinary minutes with a few ``key：value``
lines are no export.

Before (main 7833938): the export with a separator per block and the one with blank lines were
refused (no speaker found); the one with bracketed keys gave 9 points for 5 turns, none right
(each text opening with 【発言】, each record's number No.2 … a point of the speaker above).
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

from assembler import minutes
from assembler.ingest import read_sources
from assembler.ingest.fields import read_fields
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _rows, check_fixture

sys.path.insert(0, str(Path(__file__).parent / "tools"))
import make_field_exports as made  # noqa: E402

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city assembly's committee: the meeting's fields once at the top (the export's own date
    # furniture), a separator and 発言番号 / 発言者 / 役職 / 発言内容 in every block, the speech
    # below in paragraphs with a full-width indent; clock records with empty speaker fields
    # (before the first turn the front matter, after it narrative), the closing count furniture
    "committee-field-export-separators-eucjp.txt": [
        ("浅野委員長", "浅野", "委員長", "chair", "ただいまから建設常任委員会を開会いたします。", 15, 15),
        ("浅野委員長", "浅野", "委員長", "chair", "本日の案件は、お手元に配付の日程のとおり、", 16, 16),
        ("浅野委員長", "浅野", "委員長", "chair", "道路改良事業の進捗について、当局の報告を求めます。", 22, 22),
        ("杉本道路課長", "杉本", "道路課長", "government", "道路改良事業の進捗について御報告いたします。市道３号線", 28, 29),
        ("杉本道路課長", "杉本", "道路課長", "government", "残る用地につきましても、", 30, 30),
        ("浅野委員長", "浅野", "委員長", "chair", "報告が終わりました。質疑はありませんか。", 36, 36),
        ("川島委員", "川島", "委員", "member", "用地の取得が遅れている区間では、", 42, 42),
        ("川島委員", "川島", "委員", "member", "歩道のない区間が残るのであれば、", 43, 43),
        ("杉本道路課長", "杉本", "道路課長", "government", "御指摘の区間には、", 49, 49),
        ("野口副委員長", "野口", "副委員長", "member", "工事中の迂回路について、", 67, 67),
        ("浅野委員長", "浅野", "委員長", "chair", "以上で本日の委員会を閉会いたします。", 73, 73),
    ],
    # a board of education: 【会議名】/【開催日】 at the top, a separator of ＝ and No.n above every
    # block, the office in the speaker's field (the name whole: no space to part the surname by)
    # or alone, the speech on its field's line (【発言】ただいま…) going on below
    "board-field-export-inline-eucjp.txt": [
        ("堀真由美教育長", "堀真由美", "教育長", "chair", "ただいまから定例会を開会します。本日は", 7, 8),
        ("学校教育課長", "", "学校教育課長", "secretariat", "議案第５号、学区の見直しについて", 12, 13),
        ("小池昭委員", "小池昭", "委員", "member", "境界が変わる地区の保護者への説明会は、", 17, 17),
        ("学校教育課長", "", "学校教育課長", "secretariat", "来月中に二回、", 21, 21),
        ("堀真由美教育長", "堀真由美", "教育長", "chair", "ほかにございませんか。", 25, 25),
    ],
}

LINE_FATES = {
    # the 会議名 and 開催日 front, 出力日時 and every separator, number, office and speech's key
    # furniture, the speaker's field a point's (its row), the clocks narrative, 以上　12件 furniture
    "committee-field-export-separators-eucjp.txt":
        "ffFFFFFFfFFpFFppFFpFFpFFpFFpppFFpFFpFFpFFppFFpFFpFFFFFnFFFFFnFFpFFpFFpFFpFFFFFnFF",
    "board-field-export-inline-eucjp.txt": "ffbFFpppFFpppFFppFFppFFppF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_an_export_of_two_sessions_with_blank_lines_between_blocks_is_two_meetings() -> None:
    """CP932, CRLF, no separators, 発言者名 / 発言者役職 / 本文 and ［n］, the meeting's fields in every
    block: where 会議名 and 開催日 change a meeting starts (its first block's fields its front
    matter, the repeated ones furniture); a record with a speaker and no speech and a record with
    no speaker's field (the floor's voice: a stage direction) are read, not refused."""
    path = MINUTES / "assembly-field-export-blank-lines-cp932.txt"
    got = minutes.parse_meetings(path)
    assert [(m.meeting.id, m.meeting.council, m.meeting.date) for m in got] == [
        ("m02", "令和８年定例会総務委員会", "2026-06-10"), ("m03", "令和８年定例会総務委員会", "2026-09-15")]
    assert [[r[:4] + r[5:] for r in _rows(m)] for m in got] == [
        [("石田委員長", "石田", "委員長", "chair", 13, 14), ("松尾総務部長", "松尾", "総務部長", "government", 22, 23),
         ("石田委員長", "石田", "委員長", "chair", 38, 38), ("石田委員長", "石田", "委員長", "chair", 52, 52)],
        [("石田委員長", "石田", "委員長", "chair", 60, 61), ("大塚委員", "大塚", "委員", "member", 69, 70),
         ("松尾総務部長", "松尾", "総務部長", "government", 78, 78), ("石田委員長", "石田", "委員長", "chair", 86, 86)]]
    assert got[0].points[1].text == ("議案第３０号は、市税条例の一部を改正するものでございます。"
                                     "国の法改正に合わせ、納期限の規定を整えるものです。")
    # ［1］ 会議名 開催日 本文： and the opening clock (no speaker's field) before the first turn;
    # the record of 石田委員長 with no speech (its row, its office and key, no point); 「なし」 a stage
    assert [(_fates(m), m.unread) for m in got] == [
        ("FffFfbFFFpFFppbFFFpFFppbFFFpFFbFFFpFFpbFFFFsbFFFpFFpb", ()), ("FffpFFppbFFFpFFppbFFFpFFpbFFFpFFpbF", ())]
    numbers = [[line.number for line in src.lines] for src in read_sources(path)]
    physical = path.read_bytes().count(b"\r\n")
    assert sorted(n for part in numbers for n in part) == list(range(1, physical + 1))  # each line once
    assert min(numbers[1]) == 54  # the second meeting from its first block's number (［8］) on


def _as_csv(meetings: list[tuple[str, str, list[tuple[str, str, str]]]], path: Path) -> Path:
    """The same records as a 会議録検索 system's CSV (会議名 | 開催日 | 発言者 | 役職 | 発言内容)."""
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["会議名", "開催日", "発言者", "役職", "発言内容"])
    for meeting, date, records in meetings:
        for name, office, speech in records:
            w.writerow([meeting, date, name, office, speech])
    path.write_bytes(buf.getvalue().encode("cp932"))
    return path


@pytest.mark.parametrize("name", sorted(made.FIXTURES))
def test_the_blocks_give_the_points_the_same_records_give_as_a_csv(name: str, tmp_path: Path) -> None:
    """One table of field names, one meaning: the fixture and a CSV of its records give the same
    meetings and points (speaker, role, kind, text), whatever the block's form."""
    _form, meetings, _encoding = made.FIXTURES[name]
    if name.startswith("board"):  # the office in the speaker's field, as the block writes it
        meetings = [(m, d, [(n.replace("\u3000", "") + o if n else "", "" if n else o, s) for n, o, s in r])
                    for m, d, r in meetings]

    def points(path: Path) -> list[list[tuple[str, str, str, str]]]:
        return [[(p.speaker.label, p.speaker.role, p.kind, p.text) for p in m.points]
                for m in minutes.parse_meetings(path)]

    assert points(MINUTES / name) == points(_as_csv(meetings, tmp_path / "export.csv"))
    assert len(points(MINUTES / name)) == len(meetings)


def test_the_fixtures_are_the_records_the_tool_writes() -> None:
    for name, (form, meetings, encoding) in made.FIXTURES.items():
        assert (MINUTES / name).read_bytes() == form(meetings).encode(encoding), name


def _parse(text: str, name: str = "x.txt") -> tuple[minutes.Minutes, ...]:
    src = split_lines(text, name, encoding="utf-8")
    return tuple(minutes.parse_source(s) for s in read_fields(src) or (src,))


def _turns(parsed: minutes.Minutes) -> list[tuple[str, str, str]]:
    return [(p.speaker.label, p.speaker.role, p.text[:12]) for p in parsed.points]


#: written apart from the fixtures, after the rule: 職名 before 氏名, half-width colons, 内容, a
#: full name parted by an ASCII space, the meeting's fields once (会議, 日付), the export's search
#: word, a blank line between blocks, a speech with no speaker's field, 全5件. At first sight 4/4
HALF_WIDTH = """会議:令和９年　みなと区議会　環境清掃委員会
日付:2027年2月3日
検索語:ごみ

職名:委員長
氏名:村上 千尋
内容:
定足数に達しましたので、委員会を開会します。
本日は、ごみ収集の見直しについて報告を受けます。

職名:清掃事務所長
氏名:内藤 誠
内容:
資源ごみの収集を月２回から週１回に改めることを検討しております。
収集車は現在の台数で賄える見込みです。

内容:
（休憩）

職名:委員
氏名:菅原 礼子
内容:
週１回になると、集積所の管理をする町会の負担が増えます。町会への支援もあわせて考えていただきたい。

職名:委員長
氏名:村上 千尋
内容:
以上で本日の委員会を散会します。

全5件
"""

#: an assembly's plenary: 発言者 as 議長（西田　勝君）, separators of ＊, 発言No, the speech on 発言：'s
#: line going on below. At first sight 5/5
ASSEMBLY = """会議名：令和９年第１回臨時会　本会議
開催日：令和９年１月２５日
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
発言No：1
発言者：議長（西田　勝君）
発言：ただいまから令和９年第１回臨時会を開会いたします。
　直ちに本日の会議を開きます。
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
発言No：2
発言者：市長（岡本　直樹君）
発言：本臨時会に提出いたしました議案について御説明申し上げます。
　大雪による道路の復旧に要する経費を補正するものです。
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
発言No：3
発言者：１２番（田村　優子君）
発言：除雪の委託先が足りていないと聞きます。来年度に向けた体制をどう考えているのか伺います。
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
発言No：4
発言者：建設部長（吉川　透君）
発言：地元の建設業者と協定を結び直し、除雪の担い手を増やしてまいります。
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
以上　4件
"""

#: a printed export read by pdftotext: a running head and a page number, a form feed, a turn
#: going on over the page break, 【発言者】 holding the office alone or the office and its body,
#: 開催日時. At first sight 8/8 points right; the council is wrong (the first page's running head
#: is read as the title: the parser's reading of a first line, not the export's)
PAGES = """会議録検索システム　発言一覧                              2027/03/01

会議名：令和９年度第１回さくら町地域公共交通会議
開催日時：令和９年５月１２日（水）午後２時

【発言者】会長
【発言内容】
　ただいまから地域公共交通会議を開会します。
　議題１、デマンド交通の実証運行について、事務局から説明をお願いします。

【発言者】事務局（企画課）
【発言内容】
　資料１により御説明いたします。
　昨年１０月から町の北部で予約制の乗合タクシーを走らせております。
　利用者は月平均で３２０人となり、当初の見込みを上回っております。

                                   - 1 -
\f会議録検索システム　発言一覧                              2027/03/01

　来年度は運行の区域を南部にも広げたいと考えております。

【発言者】委員（さくら交通）
【発言内容】
　運転手の確保が難しく、南部まで広げるには車両の増便よりも予約の時間帯を工夫する必要があると思います。

【発言者】会長
【発言内容】
　それでは、本日の意見を踏まえて事務局で案をまとめてください。

                                   - 2 -
"""


def test_imitations_written_apart_are_read_at_first_sight() -> None:
    (half,) = _parse(HALF_WIDTH)
    assert _turns(half) == [("村上委員長", "chair", "定足数に達しましたので、"), ("内藤清掃事務所長", "government", "資源ごみの収集を月２回か"),
                            ("菅原委員", "member", "週１回になると、集積所の"), ("村上委員長", "chair", "以上で本日の委員会を散会")]
    assert (half.meeting.council, half.meeting.date) == ("令和９年みなと区議会環境清掃委員会", "2027-02-03")
    assert (_fates(half), half.unread) == ("ffFbFpFppbFpFppbFsbFpFpbFpFpbF", ())
    (plenary,) = _parse(ASSEMBLY)
    assert [t[:2] for t in _turns(plenary)] == [("議長（西田勝君）", "chair"), ("議長（西田勝君）", "chair"),
                                                ("市長（岡本直樹君）", "government"), ("１２番（田村優子君）", "member"),
                                                ("建設部長（吉川透君）", "government")]
    assert (_fates(plenary), plenary.unread) == ("ffFFpppFFpppFFppFFppFF", ())
    (pages,) = _parse(PAGES)
    assert [t[:2] for t in _turns(pages)] == [("会長", "chair")] * 2 + [("事務局（企画課）", "secretariat")] * 4 + [
        ("委員（さくら交通）", "member"), ("会長", "chair")]
    assert pages.points[5].source.page == 2 and pages.meeting.date == "2027-05-12"
    assert pages.meeting.council == "令和９年度さくら町地域公共交通会議"
    # Line 1, the search system's head, comes back atop page 2: page furniture on both pages
    # (furniture._head_over_title, since d4ebe05), no part of the council's name.
    assert (_fates(pages), pages.unread) == ("FbffbpFppbpFpppbFFbpbpFpbpFpbF", ())


def test_a_word_document_of_field_blocks_is_read_as_the_text(tmp_path: Path) -> None:
    """The export pasted into Word, a paragraph a line (written apart; at first sight 3/3: the
    official's two short paragraphs one point, as the parser joins them in any Word file)."""
    import docx

    doc = docx.Document()
    for text in ["令和９年第４回ひばり市議会定例会　文教委員会", "開催日：2027-12-08",
                 "発言番号：1", "発言者：高木　修", "役職：委員長", "発言内容：", "　ただいまから文教委員会を開会します。",
                 "発言番号：2", "発言者：森　由紀", "役職：教育部長", "発言内容：", "　給食の無償化について御報告します。",
                 "　財源は、ふるさと納税の基金を充てる考えです。",
                 "発言番号：3", "発言者：原田　剛", "役職：委員", "発言内容：", "　長い見通しを示していただきたい。"]:
        doc.add_paragraph(text)
    doc.save(tmp_path / "export.docx")
    (got,) = minutes.parse_meetings(tmp_path / "export.docx")
    assert [(p.speaker.label, p.source.line_start) for p in got.points] == [
        ("高木委員長", 7), ("森教育部長", 12), ("原田委員", 18)]
    assert (_fates(got), got.unread) == ("ffFpFFpFpFFppFpFFp", ())


#: ordinary minutes: 日時：/場所：/出席委員： in the front matter, ○ turns — a few key：value lines
ORDINARY = """令和９年第２回みどり町議会総務常任委員会　会議録
日時：令和９年６月１５日（火）午前１０時
場所：第１委員会室
出席委員：浅野委員長、川島副委員長、野口委員

○浅野委員長　ただいまから総務常任委員会を開会いたします。
○総務課長　議案第２０号について御説明いたします。
○川島副委員長　改正の影響額はどの程度ですか。
○浅野委員長　以上で閉会いたします。
"""

#: a summary of questions and answers: 質問者：/回答者： labels, the speech below with no speech's field
QUESTIONS = """令和９年度　住民説明会　質疑応答の要旨
日時：令和９年７月２日
質問者：住民Ａ
　バスの便数を増やしてほしい。
回答者：企画課長
　利用状況を見て検討します。
質問者：住民Ｂ
　停留所に屋根を付けてほしい。
回答者：企画課長
　来年度の予算で要求します。
"""

#: one block alone: one speaker's field and one speech's field are no export
ONE_BLOCK = "会議名：みどり町子ども会議\n発言者：町長\n発言内容：\n　皆さんの意見を聞かせてください。\n○児童Ａ　公園がほしいです。\n"


@pytest.mark.parametrize("text", [ORDINARY, QUESTIONS, ONE_BLOCK])
def test_a_few_key_value_lines_are_no_export(text: str) -> None:
    assert read_fields(split_lines(text, "x.txt", encoding="utf-8")) is None


def test_a_block_with_no_speech_field_and_a_speech_with_no_speaker_are_read() -> None:
    """Bad blocks get a reading, never a refusal: a speaker's fields with no speech's field (the
    next block opens) say nothing; a speech under a number with no speaker's field, after the
    turns began, is nobody's (a clock: narrative)."""
    text = ("発言番号：1\n発言者：浅野　浩一\n役職：委員長\n発言内容：\n　開会します。\n"
            "発言番号：2\n発言者：杉本　涼子\n役職：道路課長\n"
            "発言番号：3\n発言内容：\n（午前１０時５分休憩）\n"
            "発言番号：4\n発言者：浅野　浩一\n役職：委員長\n発言内容：\n　再開します。\n")
    (got,) = _parse(text)
    assert [(p.speaker.label, p.text) for p in got.points] == [("浅野委員長", "開会します。"), ("浅野委員長", "再開します。")]
    assert (_fates(got), got.unread) == ("FpFFpFpFFFnFpFFp", ())


def test_the_form_s_reading_is_the_evidence_of_each_meeting() -> None:
    """Where the file's form decided the labels, each meeting says so (``assembler review`` and
    ``parse`` show it): its first row to its last line, how many labels the blocks gave."""
    got = minutes.parse_meetings(MINUTES / "assembly-field-export-blank-lines-cp932.txt")
    assert [[(r.first, r.last, r.labels, r.after) for r in m.readings] for m in got] == [
        [(10, 53, 5, False)], [(57, 88, 4, False)]]
    assert got[0].readings[0].why.startswith("an export of utterances as blocks of key：value fields")
    (plain,) = _parse(ORDINARY)
    assert plain.readings == ()


#: the office in the speaker's field after the name (浅野浩一委員長: no space to part the surname
#: by, the name whole) or before the name in brackets (浅野委員長（浅野浩一）), a body's word alone
#: (事務局). Written apart, at first sight 3/3
OFFICE_IN_FIELD = """会議名：令和９年　ふたば町議会　産業建設委員会
開催日：2027-06-20

発言者：浅野委員長（浅野浩一）
発言内容：
　ただいまから産業建設委員会を開会します。

発言者：事務局
発言内容：
　鳥獣被害の対策について御報告いたします。今年度は捕獲の補助を拡充しました。

発言者：川島浩委員
発言内容：
　わなの免許を持つ人が減っています。講習の費用を町で持つべきではないか。
"""


def test_the_office_in_the_speaker_s_field_is_read_as_written() -> None:
    (got,) = _parse(OFFICE_IN_FIELD)
    assert [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role) for p in got.points] == [
        ("浅野委員長（浅野浩一）", "浅野", "委員長", "chair"), ("事務局", "", "事務局", "secretariat"),
        ("川島浩委員", "川島浩", "委員", "member")]


def test_the_office_before_a_full_name_in_one_field() -> None:
    # labels14: a strict xfail before (one label of role other: 委員長浅野浩一); the name field keeps its
    # words apart (delimited.speaker_label) and the parser reads a title, then a full name
    # (title_first.title_then_full_name)
    (got,) = _parse("発言者：委員長　浅野　浩一\n発言内容：\n　開会します。\n発言者：課長　石井　誠\n発言内容：\n　御報告します。\n")
    assert [p.speaker.label for p in got.points] == ["浅野委員長", "石井課長"]


def test_a_title_before_a_full_name_written_apart() -> None:
    # written after the rule: the full name unspaced, an office's title, a member, a name alone
    # (no title: read as before, the name whole), half-width spaces
    (got,) = _parse("発言者：副委員長　小田切真理\n発言内容：\n　開会します。\n発言者：財政課長 北原 宏\n発言内容：\n"
                    "　お答えします。\n発言者：委員　平　正和\n発言内容：\n　質問します。\n発言者：南雲　敦\n発言内容：\n"
                    "　賛成です。\n")
    assert [(p.speaker.label, p.speaker.name, p.speaker.title) for p in got.points] == [
        ("小田切真理副委員長", "小田切真理", "副委員長"), ("北原財政課長", "北原", "財政課長"), ("平委員", "平", "委員"),
        ("南雲敦", "南雲敦", "")]


#: several fields on one line, parted by spaces: the meeting's name and date, the record's number
#: (［1］ before 発言者：), the speaker, the office and the speech (the speech on the speaker's line, a
#: row as a CSV's is), a speech going on below. Written after the rule that reads them
ONE_LINE = """会議名：令和９年　ふたば町議会　産業建設委員会　開催日：2027-06-20
［1］　発言者：浅野　浩一　役職：委員長　発言内容：ただいまから産業建設委員会を開会します。
［2］　発言者：石井　誠　役職：農林課長　発言内容：鳥獣被害の対策について御報告いたします。
　今年度は捕獲の補助を拡充しました。
［3］　発言者：川島　浩　役職：委員　発言内容：わなの免許を持つ人が減っています。
以上　3件
"""

#: the number, the speaker and the office on one line, the speech's field below (half-width
#: spaces, a name with its office in brackets)
NUMBER_LINE = """会議名：令和９年　ふたば町議会　産業建設委員会
開催日：2027-06-20
発言番号：1 発言者：浅野　浩一 役職：委員長
発言内容：
　ただいまから産業建設委員会を開会します。
発言番号：2 発言者：石井　誠 役職：農林課長
発言内容：
　鳥獣被害の対策について御報告いたします。
"""


def test_several_fields_on_one_line_are_each_read() -> None:
    (one,) = _parse(ONE_LINE)
    assert [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end) for p in one.points] == [
        ("浅野委員長", "chair", "ただいまから産業建設委員会を開会します。", 2, 2),
        ("石井農林課長", "government", "鳥獣被害の対策について御報告いたします。今年度は捕獲の補助を拡充しました。", 3, 4),
        ("川島委員", "member", "わなの免許を持つ人が減っています。", 5, 5)]
    assert (one.meeting.council, one.meeting.date) == ("令和９年ふたば町議会産業建設委員会", "2027-06-20")
    assert (_fates(one), one.unread) == ("ffppppF", ())  # the name and the date: two places for line 1
    (number,) = _parse(NUMBER_LINE)
    assert [(p.speaker.label, p.source.line_start) for p in number.points] == [("浅野委員長", 5), ("石井農林課長", 8)]
    assert (_fates(number), number.unread) == ("ffpFppFp", ())
    # a speech that holds a key word after a space is one field, no several
    (speech,) = _parse("発言者：浅野\n発言内容：次の議題に移ります。　内容：予算について\n発言者：石井\n発言内容：はい。\n")
    assert speech.points[0].text == "次の議題に移ります。　内容：予算について"
