"""Records laid out as tables in PDF (session 15, tables15), made by ``tests/tools/make_qa_tables.py``
(python-docx, LibreOffice, fictional names and sentences):

- ``town-ippan5-qa-table`` — a town assembly's 一般質問 要旨 as a 5-column landscape table 質問議員 |
  質問事項 | 質問の要旨 | 答弁者 | 答弁の要旨: the asker's cell the seat over the name (２番 / 小野寺　美和),
  the 事項 wrapped in its narrow column (１　子育て支援 / について), one question answered by two
  (merged cells), （再質問） rows with the asker's cell empty (the same asker goes on), the asker's
  cell merged down over several questions, the heading row again on page 2, 以上 and the office's
  name after the table. Before (main 6f48c7d): the 事項 column was read as the question (質問事項
  matched first) and the question's words as the row's furniture — no question read (13 of 26 turns
  right, and those with the seat in the label, role other).
- ``city-kaigo-speech-table`` — a 審議会 会議録 as a 2-column 発言者 | 発言内容 table: the heading row
  centred over its columns, a speaker's cell wrapped (事務局（介護保 / 険課長補佐）), a row broken by
  the page, cells of several paragraphs, （異議なし） rows with the speaker's cell empty, a running
  head on both pages. Before: the PDF 8 of 14 turns right (the centred heading's edges missed the
  cells, the wrapped label's turn given to the speaker above, page 2's running head a speaker).

Written apart, after the rules (other words, widths, pages): ``city-ippan5-qa-items`` (質問者 |
質問項目 | 質問内容 | 答弁者 | 答弁内容, portrait, two pages, a row broken by the page, （再々質問）)
and ``town-kodomo-speech-table`` (氏名 | 発言内容, 子ども家庭課 / 長, 事務局（教育総務課課長補 / 佐） beside
a cell's second paragraph).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.ingest.heads import asker_label, asking_columns
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

M, G, S, C = "member", "government", "secretariat", "chair"
IPPAN5 = [
    ("小野寺議員", M, "放課後児童クラブ"), ("町長", G, "第二小学校の"), ("教育長", G, "学校と放課後"),
    ("小野寺議員", M, "避難所となる"), ("総務課長", G, "令和９年度までに"),
    ("小野寺議員", M, "管理されていない"), ("建設課長", G, "昨年度は二十八件"),
    ("小野寺議員", M, "（再質問）解体の補助"), ("建設課長", G, "近隣の町の"),
    ("工藤議員", M, "デマンド交通の"), ("企画課長", G, "予約の多い"),
    ("工藤議員", M, "（再質問）高齢者の"), ("町長", G, "返納された方"),
    ("工藤議員", M, "耕作放棄地の"), ("産業振興課長", G, "農地の中間管理"),
    ("大村議員", M, "認知症の方の"), ("健康長寿課長", G, "見守りの協定"),
    ("社会福祉協議会事務局長", S, "地区の民生委員"),  # 社会福祉協 / 議会事務局 / 長: its last piece on page 2
    ("大村議員", M, "特定健診の"), ("健康長寿課長", G, "未受診の方に"),
    ("川島議員", M, "図書館の開館時間"), ("教育長", G, "来年度から、木曜日"),
    ("川島議員", M, "（再質問）電子書籍"), ("生涯学習課長", G, "近隣の市町と"),
    ("川島議員", M, "生ごみの堆肥化"), ("住民課長", G, "補助の対象に"),
]
KAIGO = [
    ("北川会長", C, "ただいまから"), ("事務局（介護保険課長補佐）", S, "資料１に基づき"),
    ("北川会長", C, "ありがとうございました"), ("三浦委員", M, "特別養護老人ホーム"),
    ("事務局（介護保険課長補佐）", S, "待機者のうち"), ("今井委員", M, "介護の職員の確保"),
    ("介護保険課長", S, "資格の取得の助成"), ("北川会長", C, "ほかにございませんか"),
    ("北川会長", C, "議事（２）地域包括"),  # after （異議なし）: a stage direction, no turn
    ("事務局（高齢福祉課主査）", S, "資料２に基づき"), ("藤田委員", M, "相談が増えているのに"),
    ("事務局（高齢福祉課主査）", S, "来年度、北部の"), ("北川会長", C, "それでは、議事（２）"),
    ("北川会長", C, "以上で本日の"),
]
ITEMS = [  # written apart
    ("堀内委員", M, "市立病院の経営"), ("市長", G, "病床の再編"), ("病院事業管理者", G, "看護師の確保"),
    ("堀内委員", M, "高齢者の世帯"), ("環境部長", G, "戸別の収集"),
    ("堀内委員", M, "（再質問）要件の見直し"), ("環境部長", G, "障害のある方"),
    ("坂口委員", M, "駅前の商店街"), ("経済部長", G, "出店の支援"), ("都市整備部長", G, "駅前の広場"),
    ("坂口委員", M, "（再質問）開業した"), ("経済部長", G, "商工会議所と"),
    ("坂口委員", M, "給食の食材"), ("教育長", G, "今年度は値上げ"),
    ("村上委員", M, "子ども食堂"), ("こども未来部長", G, "運営の費用"),
    ("村上委員", M, "公共施設の再編"), ("総務部長", G, "地区ごとに"), ("副市長", G, "集会所の地域"),
    ("村上委員", M, "（再々質問）説明会は"), ("総務部長", G, "秋から順に"),  # the row broken by the page
    ("西田委員", M, "防災行政無線"), ("危機管理監", G, "屋外の拡声器"),
    ("西田委員", M, "消防団の団員"), ("消防長", "government", "国の基準に"),  # roles19: 消防長 a head of the table (was 消|防長, other)
]
KODOMO = [  # written apart
    ("岡部会長", C, "それでは、定刻に"), ("事務局（子ども家庭課主任）", S, "本日の資料は"),
    ("岡部会長", C, "議題（１）保育所"), ("子ども家庭課長", S, "資料１を御覧"),
    ("永井委員", M, "入所できなかった"), ("子ども家庭課長", S, "十一名のうち"),
    ("須藤委員", M, "保育士の確保"), ("事務局（子ども家庭課主任）", S, "町内の保育所"),
    ("岡部会長", C, "ほかに御意見は"), ("岡部会長", C, "議題（２）放課後"),
    ("事務局（教育総務課課長補佐）", S, "資料２に基づき"), ("中野委員", M, "教室の見守り"),
    ("事務局（教育総務課課長補佐）", S, "町の広報紙"), ("岡部会長", C, "それでは、議題（２）"),
    ("岡部会長", C, "以上で本日の"),
]
#: pypdf's text of the written-apart record: the row broken by the page has its cells' first lines
#: on one line (（再々質問）説明会はい 総務部 秋から順に始める予定) — the answer stays in the question (a miss)
ITEMS_PYPDF = [turn for turn in ITEMS if turn[2] != "秋から順に"]
#: pypdf's text of the 5-column record: 社会福祉協 / 議会事務局 above the answer, 長 after the page's
#: heading (furniture): the label the pieces above the words give (a miss of the last piece)
IPPAN5_PYPDF = [("社会福祉協議会事務局", S, t) if t == "地区の民生委員" else (label, role, t) for label, role, t in IPPAN5]
TOSHIKEI = [  # written apart after the 2-column text rules
    ("会長職務代理者", C, "会長が欠席のため"), ("会長職務代理者", C, "議案第１号"),
    ("事務局（都市計画課主幹）", S, "議案第１号について"), ("杉本委員", M, "周辺の住宅"),
    ("都市計画課長", S, "地区計画で"), ("大塚委員", M, "再開発の事業"),
    ("事務局（都市計画課主幹）", S, "地権者の九割"), ("会長職務代理者", C, "ほかに御意見"),
    ("会長職務代理者", C, "議案第１号は原案"), ("事務局（市街地整備課長補佐）", S, "立地適正化"),
    ("杉本委員", M, "人口の推移"), ("会長職務代理者", C, "以上で本日"),
]
KENMEI = [  # written apart to check the heading's words: 番号 | 議員名 | 件名 | 質問の要旨 | 答弁者 | 答弁の要旨
    ("佐久間議員", M, "商店街の空き店舗"), ("市長", G, "来年度から、空き店舗"), ("産業振興部長", G, "商店街の組合"),
    ("佐久間議員", M, "古くなった公園"), ("都市整備部長", G, "点検で修理"),
    ("佐久間議員", M, "（再質問）更新の順番"), ("都市整備部長", G, "傷みの大きい"),
    ("原田議員", M, "不登校の児童"), ("教育長", G, "校内の教育支援"),
    ("原田議員", M, "図書館の開館"), ("教育部長", G, "来年度から、月曜日"),
    ("石井議員", M, "避難の計画"), ("危機管理監", G, "計画づくり"),
    ("石井議員", M, "（再質問）手引き"), ("危機管理監", G, "十一月までに"),
]
#: at 14 pt the question merged over two answerers' rows runs on into the second row (…どうす / るのか。 beside
#: 副市長): read as the asker's again after the first answer — the right speaker, the question in two turns
ITEMS_14PT = ITEMS[:18] + [("村上委員", M, "るのか。")] + ITEMS[18:]
TURNS = {
    "town-ippan5-qa-table.pdf": IPPAN5, "town-ippan5-qa-table.docx": IPPAN5,
    # the same records as pypdf gives their text, cell after cell (ingest/qatext.py): the seat and the
    # name on lines of their own, the subject's lines, then the question
    "town-ippan5-qa-table-pypdf.txt": IPPAN5_PYPDF, "city-ippan5-qa-items-pypdf.txt": ITEMS_PYPDF,
    # pdftotext -layout (ingest/qatext._Columns): the heading's words spread wide, ２番 / 小野寺 美和 in the
    # asker's column, the subject's column agenda, the row broken by the page going on under its heading
    "town-ippan5-qa-table-layout.txt": IPPAN5, "city-ippan5-qa-items-layout.txt": ITEMS,
    # the 2-column tables in text: pypdf's (a speaker's cell wrapped on lines of its own above the remark:
    # ingest/qatext._speech_cells) and -layout's (the label's bracket still open over two or three lines,
    # the last alone: table_steps.label_rest, bracket_goes_on)
    "city-kaigo-speech-table-pypdf.txt": KAIGO, "city-kaigo-speech-table-layout.txt": KAIGO,
    "town-kodomo-speech-table-pypdf.txt": KODOMO, "town-kodomo-speech-table-layout.txt": KODOMO,
    # 6 columns, the askers' column 議員名, the subject's 件名 (heads.ASKER_HEADS, TOPIC_HEAD; pdf._exchange_heading)
    # the same record at 14 pt in the same widths (pdf._exchange_heading: 質問者　質問項目 one line to pdfminer;
    # ５番 / 堀内 / 由香里: the seat no part of the name)
    "city-ippan5-qa-items-14pt.pdf": ITEMS_14PT, "city-ippan5-qa-items-14pt.docx": ITEMS,
    "city-ippan6-qa-kenmei.pdf": KENMEI, "city-ippan6-qa-kenmei.docx": KENMEI, "city-ippan6-qa-kenmei-layout.txt": KENMEI,
    "city-toshikei-speech-table.pdf": TOSHIKEI, "city-toshikei-speech-table.docx": TOSHIKEI,
    "city-toshikei-speech-table-pypdf.txt": TOSHIKEI, "city-toshikei-speech-table-layout.txt": TOSHIKEI,
    "city-kaigo-speech-table.pdf": KAIGO, "city-kaigo-speech-table.docx": KAIGO,
    "city-ippan5-qa-items.pdf": ITEMS, "city-ippan5-qa-items.docx": ITEMS,
    "town-kodomo-speech-table.pdf": KODOMO, "town-kodomo-speech-table.docx": KODOMO,
}


@pytest.mark.parametrize("name", sorted(TURNS))
def test_each_row_gives_its_turns(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points]
    expected = TURNS[name]
    # one point a turn but for the cells of several paragraphs (the same speaker's points in a row)
    merged = [g for k, g in enumerate(got) if k == 0 or g[0] != got[k - 1][0] or g[2].startswith(
        tuple(e[2] for e in expected))]
    assert [(label, role) for label, role, _t in merged] == [(label, role) for label, role, _t in expected]
    for (_l, _r, text), (_m, _s, start) in zip(merged, expected):
        assert text.replace("\u3000", "").startswith(start), (text, start)
    assert parsed.unread == () and "u" not in _fates(parsed)


@pytest.mark.parametrize("name", ["town-ippan5-qa-table.pdf", "town-ippan5-qa-table.docx", "town-ippan5-qa-table-layout.txt",
                                  "city-ippan5-qa-items.pdf", "city-ippan5-qa-items.docx", "city-ippan5-qa-items-layout.txt"])
def test_the_question_s_subject_is_the_agenda_and_the_office_after_the_end_back_matter(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    lines = read_source(MINUTES / name).lines
    fates = dict(zip(range(len(lines)), parsed.lines))
    topics = [k for k, line in enumerate(lines) if line.cue == "lead"]
    subjects = "".join("".join(lines[k].text.split()) for k in topics)
    assert subjects.startswith(("１子育て支援について２防災対策について", "１市立病院の経営について２ごみの収集について"))
    assert all(fates[k] == "agenda" for k in topics) and len(topics) >= 8
    assert not any(p.text.startswith(("１　", "２　", "３　")) for p in parsed.points)  # no subject read as words
    end = next(k for k, line in enumerate(lines) if line.text.strip() == "以上")
    office = next(k for k in range(end + 1, len(lines)) if lines[k].text.strip())
    assert fates[end] == "furniture" and fates[office] == "front", lines[office].text
    assert parsed.meeting.date == ("2026-03-05" if "town" in name else "2026-06-10")


def test_a_stage_direction_in_a_row_with_no_speaker() -> None:
    for name, n in (("city-kaigo-speech-table.pdf", 2), ("city-kaigo-speech-table.docx", 2),
                    ("town-kodomo-speech-table.pdf", 2), ("city-kaigo-speech-table-pypdf.txt", 2),
                    ("city-kaigo-speech-table-layout.txt", 2), ("city-toshikei-speech-table-pypdf.txt", 1)):
        parsed = minutes.parse_file(MINUTES / name)
        lines = read_source(MINUTES / name).lines
        stages = [k for k, line in enumerate(lines) if "異議なし" in line.text]
        assert len(stages) == n and all(parsed.lines[k] == "stage" for k in stages), name
        assert not any("異議なし" in p.text for p in parsed.points)


def test_a_two_page_pdf_s_running_head_is_no_part_of_the_title() -> None:
    # the head over both pages of a file of two: page furniture, the council's name the title's
    for name in ("town-ippan5-qa-table.pdf", "town-ippan5-qa-table-layout.txt", "town-ippan5-qa-table-pypdf.txt"):
        parsed = minutes.parse_file(MINUTES / name)
        assert parsed.meeting.council == "令和８年３月みなみ町議会定例会一般質問質問と答弁の要旨", name
    # in pypdf's text (no page breaks) the head is the first line again after page 1's number, over the title
    assert minutes.parse_file(MINUTES / "city-kaigo-speech-table-pypdf.txt").meeting.council == "令和７年度ひばり市介護保険運営協議会"
    lines = read_source(MINUTES / "city-kaigo-speech-table.pdf").lines
    assert not any(line.text == "ひばり市介護保険運営協議会" for line in lines)
    heads = [k for k, line in enumerate(lines) if line.text.split() == ["発言者", "発言内容"]]
    parsed = minutes.parse_file(MINUTES / "city-kaigo-speech-table.pdf")
    assert len(heads) == 2 and all(parsed.lines[k] == "furniture" for k in heads)  # centred, on each page


def test_the_heading_row_names_the_topic_column_and_the_askers_title() -> None:
    asks = asking_columns(["質問議員", "質問事項", "質問の要旨", "答弁者", "答弁の要旨"])
    assert asks is not None and (asks.ask, asks.asker, asks.names, asks.topics) == (2, "議員", {0}, {1})
    asks = asking_columns(["番号", "議員名", "件名", "質問の要旨", "答弁者", "答弁の要旨"])
    assert asks is not None and (asks.ask, asks.asker, asks.names, asks.topics) == (3, "議員", {1}, {2})
    asks = asking_columns(["質問者", "質問項目", "質問内容", "答弁者", "答弁内容"])
    assert asks is not None and (asks.ask, asks.asker, asks.topics) == (2, "委員", {1})
    # 質問事項 alone is the question (番号 | 質問者 | 質問事項 | 答弁者 | 答弁: town-bango)
    asks = asking_columns(["番号", "質問者", "質問事項", "答弁者", "答弁"])
    assert asks is not None and (asks.ask, asks.topics) == (2, frozenset())
    assert asker_label("２番　小野寺　美和", "議員") == "小野寺議員"
    assert asker_label("１０番大村　恵子", "議員") == "大村議員"


def test_a_speaker_cell_wrapped_in_pypdf_s_text_is_one_speaker_line() -> None:
    lines = read_source(MINUTES / "town-kodomo-speech-table-pypdf.txt").lines
    speakers = [line.text for line in lines if line.cue == "speaker"]
    assert speakers == ["事務局（子ども家庭課主任）", "子ども家庭課長", "子ども家庭課長", "事務局（子ども家庭課主任）",
                        "事務局（教育総務課課長補佐）", "事務局（教育総務課課長補佐）"]
    first = next(k for k, line in enumerate(lines) if line.cue == "speaker")
    assert [line.cue for line in lines[first:first + 4]] == ["speaker", "field", "field", None]  # 事務局（子ど / も家庭課主 / 任）
    parsed = minutes.parse_file(MINUTES / "town-kodomo-speech-table-pypdf.txt")
    assert parsed.lines[first + 1] == parsed.lines[first + 2] == "furniture"


@pytest.mark.parametrize("name", ["city-ippan6-qa-kenmei.pdf", "city-ippan6-qa-kenmei.docx", "city-ippan6-qa-kenmei-layout.txt"])
def test_a_subject_column_headed_kenmei_is_agenda(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    lines = read_source(MINUTES / name).lines
    subjects = [k for k, line in enumerate(lines) if line.cue == "lead"]
    assert "".join("".join(lines[k].text.split()) for k in subjects).startswith("１空き店舗の活用について２公園の遊具について")
    assert all(parsed.lines[k] == "agenda" for k in subjects)
