"""Question-and-answer tables (session 14, qatable): a town or city assembly's 決算審査 / 予算審査
特別委員会 record or 一般質問 通告・答弁 summary typed in Word as a table, one exchange a row, the
speakers in columns of their own — 質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨 (質問者 | 質問要旨 |
答弁者 | 答弁要旨, 委員名 | 質疑内容 | 答弁者 | 答弁内容, 番号 | 質問者 | 質問事項 | 答弁者 | 答弁) —
and the same document printed to PDF by LibreOffice. Fixtures made by
``tests/tools/make_qa_tables.py`` (fictional names and sentences): the heading row repeated on each
page, the asker's cell merged down over the rows of one question answered by several (w:vMerge),
cells wrapped over several lines, a row broken by a page, a name alone in the asker's column (佐藤,
中川　浩: a member), a title alone in the answerer's (財政課長, 担当課長). A 2-column table 質疑 | 答弁 (質問 | 回答) with the speaker on the
cell's first line (山本委員 / …, 財政課長 / …): before, the heading's words (委員, 事務局) were every
row's speakers, the labels points of their own.

Before (main 3a5ec51): the PDF 6 of 21 turns right (the table read as the page's text, each
answerer's title glued to the question), the .docx 15 of 21 (佐藤 / 中川　浩 read as points of the
answerer above). ``village-yosan`` and ``town-bango`` were written after the rules, to check them.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.ingest.heads import asker_label, asking_columns, label_alone
from conftest import FIXTURES
from test_forms8 import _fates

MINUTES = FIXTURES / "minutes"

#: the turns of each fixture: (label, role, the text's start)
KESSAN = [
    ("山本委員", "member", "町税の収入未済額"), ("税務課長", "government", "個人町民税の滞納"),
    ("副町長", "government", "県の滞納整理機構"),
    ("佐藤委員", "member", "ふるさと納税の寄附額"), ("企画課長", "government", "寄附額三億二千万円"),
    ("中川委員", "member", "財政調整基金の残高"), ("財政課長", "government", "基金の残高は"),
    ("町長", "government", "財政の健全化は"),
    ("山本委員", "member", "小中学校の給食費"), ("教育長", "government", "子育て世帯の負担"),
    ("佐藤委員", "member", "町営バスの利用者数"), ("担当課長", "government", "利用者は年間約"),
    ("中川委員", "member", "消防団の団員の確保"), ("総務課長", "government", "団員の報酬を"),
    ("消防長", "government", "若い世代に向けて、消防団の活動を紹介する"),  # the row broken by the page (roles19: 消防長 a head of the table, was 消|防長, other)
    ("山本委員", "member", "空き家の改修"), ("まちづくり課長", "government", "利用は八件"),
    ("佐藤委員", "member", "農業の担い手"), ("産業振興課長", "government", "新規の就農者は"),
    ("中川委員", "member", "介護保険の特別会計"), ("福祉課長", "government", "会場が遠い"),
]
YOSAN = [
    ("小松委員", "member", "村営住宅の修繕費"), ("建設課長", "government", "昭和に建てた"),
    ("小松委員", "member", "入居者の方の"), ("建設課長", "government", "工事は住みながら"),  # merged cells
    ("野口委員", "member", "地域おこし協力隊"), ("総務課長", "government", "募集は三名"),
    ("村長", "government", "隊員が起業する"),
    ("小松委員", "member", "スクールバスの"), ("教育次長", "government", "運転手の人件費"),
    ("竹内委員", "member", "ごみの収集の"), ("住民課長", "government", "回数は変えない"),
]
BANGO = [
    ("西村議員", "member", "町立病院の医師"), ("町長", "government", "大学の医局に"),
    ("西村議員", "member", "病院の経営の改善"), ("病院事務長", "secretariat", "病床の利用率"),
    ("松下委員", "member", "子育て支援センター"), ("福祉保健課長", "government", "来年度から、土曜日"),
    ("松下委員", "member", "学校の部活動"), ("教育長", "government", "会費の一部を"),
    ("高田委員", "member", "町道の除雪の"), ("建設課長", "government", "除雪の委託先を"),
]
TWOCOL = [
    ("山本委員", "member", "防災行政無線の"), ("危機管理課長", "government", "屋外の拡声子局"),
    ("森田委員", "member", "職員の時間外勤務"), ("人事課長", "government", "目標は一人当たり"),
    ("山本委員", "member", "ふるさと納税の返礼品"), ("企画政策課長", "government", "今年度は新たに"),
    ("川村委員", "member", "庁舎の照明"), ("財政課長", "government", "来年度の工事で"),
]
KYOGIKAI = [
    ("田村委員", "member", "部活動の地域移行"), ("教育長", "government", "現在、五つの団体"),
    ("小野委員", "member", "不登校の児童生徒"), ("学校教育課長", "secretariat", "昨年度の利用は"),
    ("田村委員", "member", "図書館の開館時間"), ("生涯学習課長", "secretariat", "来年度から、平日は"),
]
BANGO_TEXT = [(label, role, text) for label, role, text in BANGO]
#: pdftotext -layout of the village's record: its second row, both speakers' cells merged with the
#: first row's, has no label beside it and goes on the first row's turns
YOSAN_LAYOUT = YOSAN[:2] + YOSAN[4:]
TURNS = {
    # the records as pdftotext -layout gives them, columns side by side (ingest/qatext.py)
    "town-kessan-qa-table-layout.txt": KESSAN,
    "village-yosan-qa-table-layout.txt": YOSAN_LAYOUT,  # written apart from the rule
    # the same records as pypdf gives their text, cell after cell (ingest/qatext.py)
    "town-kessan-qa-table-pypdf.txt": KESSAN,
    "town-bango-qa-table-pypdf.txt": BANGO_TEXT,  # written apart from the rule
    # 質疑 | 答弁, the speaker on the cell's first line (山本委員 / …, 危機管理課長 / …)
    "city-yosan-qa-twocol.pdf": TWOCOL, "city-yosan-qa-twocol.docx": TWOCOL,
    # written apart: 質問 | 回答, （田村委員） in brackets, an answer of two paragraphs (a 総合教育会議,
    # no assembly: the town's officials are its secretariat, settle_roles)
    "town-kyogikai-qa-twocol.pdf": KYOGIKAI, "town-kyogikai-qa-twocol.docx": KYOGIKAI,
    "town-kessan-qa-table.pdf": KESSAN, "town-kessan-qa-table.docx": KESSAN,
    # written apart, after the rules (other words, other widths, a 5-column table)
    "village-yosan-qa-table.pdf": YOSAN, "village-yosan-qa-table.docx": YOSAN,
    "town-bango-qa-table.pdf": BANGO, "town-bango-qa-table.docx": BANGO,
}


def _turns(parsed: minutes.Minutes) -> list[tuple[str, str, str]]:
    """One entry a turn: a point that goes on with the speaker above (a cell of two paragraphs
    in Word) is the same turn."""
    out: list[tuple[str, str, str]] = []
    last = None
    for p in parsed.points:
        if last is not None and p.speaker.label == last[0] and p.source.line_start <= last[1] + 2:
            last = (last[0], p.source.line_end)
            continue
        out.append((p.speaker.label, p.speaker.role, p.text))
        last = (p.speaker.label, p.source.line_end)
    return out


@pytest.mark.parametrize("name", sorted(TURNS))
def test_each_row_gives_the_askers_turn_then_each_answerers(name: str) -> None:
    got = _turns(minutes.parse_file(MINUTES / name))
    expected = TURNS[name]
    assert [(label, role) for label, role, _t in got] == [(label, role) for label, role, _t in expected]
    for (_l, _r, text), (_m, _s, start) in zip(got, expected):
        assert text.replace("\u3000", "").startswith(start), (text, start)


def test_the_pdf_reads_every_line_into_its_place() -> None:
    parsed = minutes.parse_file(MINUTES / "town-kessan-qa-table.pdf")
    fates = _fates(parsed)
    lines = read_source(MINUTES / "town-kessan-qa-table.pdf").lines
    heads = [k for k, line in enumerate(lines) if line.text.replace(" ", "") == "質疑者質疑の要旨答弁者答弁の要旨"]
    assert len(heads) == 2 and all(fates[k] == "F" for k in heads)  # the heading row, and again on page 2
    # the running head over both pages of the two is page furniture the PDF reader leaves out (tables15:
    # before, page 2's was a line of furniture inside the row broken by the page, page 1's the title's)
    assert not any(line.text.startswith("令和７年第３回さくら町議会定例会　決算") for line in lines)
    assert parsed.meeting.council == "令和７年さくら町議会定例会決算審査特別委員会"
    assert parsed.unread == () and "u" not in fates


def test_a_row_number_is_no_point() -> None:
    for name in ("town-bango-qa-table.pdf", "town-bango-qa-table.docx"):
        parsed = minutes.parse_file(MINUTES / name)
        fates = _fates(parsed)
        numbers = [k for k, line in enumerate(read_source(MINUTES / name).lines) if line.text in "１２３４５"
                   and line.text]
        assert len(numbers) == 5 and all(fates[k] == "F" for k in numbers), name
        assert not any(p.text in "１２３４５" for p in parsed.points)


def test_the_columns_a_heading_row_names() -> None:
    asks = asking_columns(["質疑者", "質疑の要旨", "答弁者", "答弁の要旨"])
    assert asks is not None and (asks.ask, asks.names, asks.answers, asks.answerers) == (
        1, frozenset({0}), {3: "事務局"}, {3: 2})
    asks = asking_columns(["委員名", "質疑内容", "答弁者", "答弁内容"])
    assert asks is not None and asks.answerers == {3: 2}
    asks = asking_columns(["質問者", "質問要旨", "答弁者", "答弁要旨"])
    assert asks is not None and asks.names == frozenset({0}) and asks.answerers == {3: 2}
    # the tables read before keep their reading: no column naming the answerer
    assert asking_columns(["委員名", "意見", "市の対応"]).answerers == {}
    assert asking_columns(["発言者", "質疑応答"]) is None


def test_a_label_on_the_cells_first_line_is_its_speaker() -> None:
    lines = read_source(MINUTES / "city-yosan-qa-twocol.pdf").lines
    speakers = [line.text for line in lines if line.cue == "speaker"]
    assert speakers[:4] == ["山本委員", "危機管理課長", "森田委員", "人事課長"]
    assert not any(line.text in ("委員", "事務局") for line in lines)  # the label is the cell's own line
    assert label_alone("山本委員", None) is None and label_alone("財政課長", "委員") is None


def test_pypdfs_cells_in_reading_order() -> None:
    name = "town-kessan-qa-table-pypdf.txt"
    parsed = minutes.parse_file(MINUTES / name)
    fates = _fates(parsed)
    lines = read_source(MINUTES / name).lines
    cued = {line.text: line.cue for line in lines}
    # the label before the space a speaker line of its own, the same number as the words after it
    assert cued["佐藤委員"] == "speaker" and cued["中川委員"] == "speaker"
    # a label wrapped in its column: one speaker line, its second piece the label's (furniture)
    assert cued["まちづくり課長"] == "speaker" and cued["り課長"] == "field" and cued["課長"] == "field"
    assert len(fates) == len(lines)
    heads = [k for k, line in enumerate(lines) if line.text == "質疑者 質疑の要旨 答弁者 答弁の要旨"]
    assert len(heads) == 2 and all(fates[k] == "F" for k in heads)
    assert fates[heads[1] - 1] == "F" and fates[heads[1] - 2] == "F"  # the running head, the page number
    assert lines[heads[1] - 2].text == "- 1 -"
    assert parsed.unread == () and "u" not in fates


def test_pdftotext_layouts_columns_side_by_side() -> None:
    name = "town-kessan-qa-table-layout.txt"
    parsed = minutes.parse_file(MINUTES / name)
    fates = _fates(parsed)
    lines = read_source(MINUTES / name).lines
    assert len(fates) == len(lines) and parsed.unread == () and "u" not in fates
    # a file's line holding the question's and the answer's words is read once in each turn
    first = next(line for line in lines if line.text == "山本委員")
    twice = [line.text for line in lines if line.number == first.number]
    assert twice == ["山本委員", "町税の収入未済額が前年度よ", "税務課長", "個人町民税の滞納が増えたこと"]
    # the heading row again on page 2, the page number and running head above it: furniture
    heads = [k for k, line in enumerate(lines) if line.text.split() == ["質疑者", "質疑の要旨", "答弁者", "答弁の要旨"]]
    assert len(heads) == 2 and all(fates[k] == "F" for k in heads) and lines[heads[0]].cue == "head"
    assert [line.text.strip() for line in lines[heads[1] - 5:heads[1]] if line.text.strip()] == [
        "-1-", "令和７年第３回さくら町議会定例会     決算審査特別委員会記録"]
    # the wrapped answerer's label one line, its second piece the label's
    assert {line.text: line.cue for line in lines}["り課長"] == "field"
    # after the table, the page's text again
    after = next(k for k, line in enumerate(lines) if line.text.startswith("（午前１１時４５分"))
    assert lines[after].cue is None and fates[after] == "n"


def test_a_name_alone_in_the_askers_column_is_a_member() -> None:
    assert [asker_label(c, "委員") for c in ("山本", "山本　浩", "山本委員", "山本議員", "委員長（藤森）")] == [
        "山本委員", "山本委員", "山本委員", "山本議員", "委員長（藤森）"]
