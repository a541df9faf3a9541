"""Records laid out as speaker | speech tables whose speaker's cell holds the post over the name (session 16,
tables16), made by ``tests/tools/make_qa_tables.py`` (python-docx, LibreOffice, fictional names and sentences)
and read back by pypdf 7.1.1 and ``pdftotext -layout``:

- ``city-bunkakai-three-column`` — a 予算審査特別委員会 建設分科会's record as a 3-column ruled table 事項 |
  発言者 | 発言内容: the 事項 (議案第１号 / 令和８年度かえ / で市一般会計予 / 算（土木費）) on each subject's first
  row only, the speaker's cell the post over the name (建設課長 / 森田　和夫, 委員 / 大槻, 分科会長 / （田辺））, a
  row broken by the page between the post and the name (委員 … / page 2's heading / 大槻 か。). Before (main
  4b8b971): -layout 0 of 16 turns right (the post the speaker, the name read as the speech: 建設課長 |
  土木費について…森田 和夫…), pypdf 0 of 16 (2 points: the cells read as the speech above).

Written apart, after the rules (other posts, names, widths, headings, three subjects):
``town-bunkyo-three-column`` (審査事項 | 発言者 | 発言の要旨, 教育総務課長補 / 佐 / 佐伯　隆: the post itself wrapped
above the name, 副分科会長 / （西岡）, a one-character surname 東).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.ingest.qatext import cell_label
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

C, M, G = "chair", "member", "government"
BUNKAKAI = [
    ("分科会長（田辺）", "田辺", C, "ただいまから"), ("森田建設課長", "森田", G, "土木費について"),
    ("大槻委員", "大槻", M, "橋りょうの点検"), ("森田建設課長", "森田", G, "早めの修繕"),
    ("松井委員", "松井", M, "道路の陥没"), ("北野道路維持係長", "北野", G, "昨年度から"),
    ("大槻委員", "大槻", M, "調査の結果"), ("北野道路維持係長", "北野", G, "空洞が見つかった"),
    ("分科会長（田辺）", "田辺", C, "ほかにございませんか"), ("分科会長（田辺）", "田辺", C, "次に、議案第５号"),
    ("平井下水道課長", "平井", G, "下水道事業会計"), ("松井委員", "松井", M, "使用料の改定"),
    ("平井下水道課長", "平井", G, "経営の戦略"), ("大槻委員", "大槻", M, "浄化センターの設備の更新の順番はどう決めているのか。"),
    ("平井下水道課長", "平井", G, "設備ごとの"), ("分科会長（田辺）", "田辺", C, "ほかにございませんか。なければ、以上で"),
]
BUNKYO = [  # written apart
    ("副分科会長（西岡）", "西岡", C, "分科会長が所用"), ("三好学校教育課長", "三好", G, "教育費について"),
    ("岩崎委員", "岩崎", M, "古い端末"), ("佐伯教育総務課長補佐", "佐伯", G, "データを消した"),
    ("東委員", "東", M, "学校給食"), ("三好学校教育課長", "三好", G, "食材の値上がり"),
    ("副分科会長（西岡）", "西岡", C, "ほかにございませんか"), ("副分科会長（西岡）", "西岡", C, "次に、議案第７号"),
    ("佐伯教育総務課長補佐", "佐伯", G, "奨学金の返還"), ("岩崎委員", "岩崎", M, "町外の事業所"),
    ("佐伯教育総務課長補佐", "佐伯", G, "町内に住んで"), ("東委員", "東", M, "既に返還"),
    ("佐伯教育総務課長補佐", "佐伯", G, "施行の日"), ("副分科会長（西岡）", "西岡", C, "次に、議案第８号"),
    ("小野寺生涯学習係長", "小野寺", G, "公民館の使用料"), ("岩崎委員", "岩崎", M, "サークルの活動"),
    ("小野寺生涯学習係長", "小野寺", G, "高齢者と子ども"), ("副分科会長（西岡）", "西岡", C, "以上で本日"),
]
# the parties of a hearing (hearings16): 審査請求人代理人 names no person (the party spoken for), and the
# agency whose decision is reviewed, 処分庁（介護保険課長）, is a party there, role other
SHINSAKAI = [
    ("会長（石黒）", "石黒", C, "ただいまから"), ("審査請求人代理人", "", "other", "審査請求人の代理人"),
    ("会長（石黒）", "石黒", C, "ありがとう"), ("委員（野村）", "野村", M, "減免の申請は"),
    ("審査請求人代理人", "", "other", "昨年の七月"), ("委員（野村）", "野村", M, "分かりました。"),
    ("会長（石黒）", "石黒", C, "次に、処分庁"), ("処分庁（介護保険課長）", "", "other", "介護保険課長でございます"),
    ("委員（真田）", "真田", M, "口頭で説明"), ("処分庁（介護保険課長）", "", "other", "窓口の相談"),
    ("会長（石黒）", "石黒", C, "それでは、本件の審議は次回に続けます。以上で本日の審査会を閉会いたします。"),
]
SEIGAN = [  # written apart
    ("委員長（内藤）", "内藤", C, "ただいまから総務文教"), ("請願者代表", "", "other", "請願者を代表して"),
    ("委員長（内藤）", "内藤", C, "ありがとう"), ("参考人（木村）", "木村", "other", "自治会長の木村"),
    ("委員（大西）", "大西", M, "事務局に伺います"), ("事務局（高田主査）", "高田", "secretariat", "教育委員会が主催"),
    ("委員（大西）", "大西", M, "一回だけでは"), ("副委員長（小川）", "小川", M, "参考人に伺います"),
    ("参考人（木村）", "木村", "other", "朝の便を二本"), ("委員長（内藤）", "内藤", C, "以上で質疑を終わります。"),
]
TURNS = {
    # plain pdftotext: the cells in runs of their own, apart from their rows' words (ingest/apartcells.py)
    "city-shinsakai-borderless-pdftotext.txt": SHINSAKAI, "town-seigan-borderless-pdftotext.txt": SEIGAN,
    "city-bunkakai-three-column-pdftotext.txt": BUNKAKAI,
    # pypdf's text of the borderless tables: no heading row, each cell's lines above its words, the last
    # cell's post on the line of its words (会長 それでは、…), its name on page 2 (ingest/apartcells._glued)
    "city-shinsakai-borderless-pypdf.txt": SHINSAKAI, "town-seigan-borderless-pypdf.txt": SEIGAN,
    # pdftotext -layout's: the cell's second line a blank line below its first (Word's space after), beside
    # the words going on or alone; the last cell's name on page 2 (ingest/qatext._LabelRows)
    "city-shinsakai-borderless-layout.txt": SHINSAKAI, "town-seigan-borderless-layout.txt": SEIGAN,
    "city-bunkakai-three-column-layout.txt": BUNKAKAI, "city-bunkakai-three-column-pypdf.txt": BUNKAKAI,
    "town-bunkyo-three-column-layout.txt": BUNKYO, "town-bunkyo-three-column-pypdf.txt": BUNKYO,
}
#: the subjects' cells (事項), their lines joined
SUBJECTS = {
    "city-bunkakai": "議案第１号令和８年度かえで市一般会計予算（土木費）議案第５号令和８年度かえで市下水道事業会計予算",
    "town-bunkyo": "議案第２号一般会計予算（教育費）議案第７号奨学金の条例の一部改正議案第８号公民館の使用料",
}


@pytest.mark.parametrize("name", sorted(TURNS))
def test_one_speaker_from_the_post_and_the_name(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.name, p.speaker.role, p.text.replace("\u3000", "")) for p in parsed.points]
    expected = TURNS[name]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)
    # (the words' starts above: the name under the post no part of them)
    if "pdftotext" not in name:
        assert parsed.unread == () and "u" not in _fates(parsed)
    if "borderless-p" in name or "borderless-l" in name:  # the closing time after the table: no one's words
        assert not any("閉会）" in p.text or "散会）" in p.text for p in parsed.points)


#: plain pdftotext's lines whose place cannot be told — a piece of the front matter put among the
#: cells, the closing time split in two — reported unread, never glued to a turn
APART = {
    "city-shinsakai-borderless-pdftotext.txt": ["第１会議室", "（午後３時１０分", "閉会）"],
    "town-seigan-borderless-pdftotext.txt": ["小学校の統合に関する住民説明会の開催を求める請願", "（午前１１時２０分", "散会）"],
    "city-bunkakai-three-column-pdftotext.txt": ["（午前１１時５０分", "閉会）"],
}


@pytest.mark.parametrize("name", sorted(APART))
def test_what_plain_pdftotext_gives_apart_is_unread_with_its_reason(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    assert [u.text for u in parsed.unread] == APART[name]
    assert all("apart from its row" in u.why for u in parsed.unread)
    assert not any(text in p.text for p in parsed.points for text in APART[name])


def test_cells_that_do_not_pair_with_the_words_are_never_guessed(tmp_path) -> None:
    # one cell's second line lost (代理人): the cells no longer cut in twos. Where the cells and the rows'
    # words still agree in number between two runs of words they pair (the lead, session 20:
    # ``_Table.in_order``); the run where the lost line leaves three cells over two rows' words pairs nothing —
    # its words are reported unread, not given to whoever stood last — and the file is read, not refused
    text = (MINUTES / "city-shinsakai-borderless-pdftotext.txt").read_text(encoding="utf-8")
    path = tmp_path / "shinsakai.txt"
    path.write_text(text.replace("\n代理人\n", "\n\n", 1), encoding="utf-8")
    lines = read_source(path).lines
    said = {line.text: line.cue for line in lines if line.text.startswith(("昨年の七月に", "分かりました。"))}
    assert len(said) == 2 and set(said.values()) == {"apart"}
    parsed = minutes.parse_file(path)
    assert [(p.speaker.label, p.text[:6]) for p in parsed.points] == [
        ("会長（石黒）", "ただいまから"), ("審査請求人", "審査請求人の"), ("会長（石黒）", "ありがとうご"),
        ("委員（野村）", "減免の申請は"), ("会長（石黒）", "次に、処分庁"), ("処分庁（介護保険課長）", "介護保険課長"),
        ("委員（真田）", "口頭で説明し"), ("処分庁（介護保険課長）", "窓口の相談の"), ("会長（石黒）", "それでは、本"),
    ]
    assert {u.text for u in parsed.unread} >= set(said)


@pytest.mark.parametrize("name", sorted(n for n in TURNS if "three-column" in n))
def test_the_subject_s_cell_is_the_agenda_and_the_heading_furniture(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    lines = read_source(MINUTES / name).lines
    subjects = [k for k, line in enumerate(lines) if line.cue == "lead"]
    assert "".join("".join(lines[k].text.split()) for k in subjects) == SUBJECTS[name.rsplit("-", 3)[0]]
    assert all(parsed.lines[k] == "agenda" for k in subjects)
    words = (["事項", "発言者"], ["審査事項", "発言者"]) if "pdftotext" not in name else (["事項"], ["発言者"], ["発言内容"])
    heads = [k for k, line in enumerate(lines) if line.text.split()[:2] in words]
    assert len(heads) == (2 if "pdftotext" not in name else 6) and all(parsed.lines[k] == "furniture" for k in heads)
    people = {n for _l, person, _r, _t in TURNS[name] for n in (person, f"（{person}）")}
    names = [k for k, line in enumerate(lines) if line.cue == "field" and line.text.split()[:1] in [[p] for p in people]]
    assert len(names) >= 10 and all(parsed.lines[k] == "furniture" for k in names)  # the name's line: the cell's


def test_the_name_under_the_post_beside_words_is_the_same_cell(tmp_path) -> None:
    """In -layout text the name under the post may stand beside words of its own — the post's line
    ended a sentence (…幾つあるのか。) and the next sentence starts beside the name: the name is the
    cell's second line, not a new row (row tables16-layout-name-under-post: with no words beside it,
    ``opens`` never opens a row anyway, so only this shape holds the rule)."""
    src = (MINUTES / "city-bunkakai-three-column-layout.txt").read_text(encoding="utf-8")
    old = ("          委員          橋りょうの点検で、早めの修繕が要るとされた橋は幾\n"
           "          大槻          つあるのか。今年度修繕する五つの橋の選び方を伺\n"
           "                      う。\n")
    assert src.count(old) == 1
    path = tmp_path / "bunkakai-sentence-per-line-layout.txt"
    path.write_text(src.replace(old, "          委員          橋りょうの点検で、早めの修繕が要るとされた橋は幾つあるのか。\n"
                                     "          大槻          あわせて、今年度修繕する五つの橋の選び方を伺う。\n"), encoding="utf-8")
    said = [(p.speaker.label, p.speaker.name, p.text) for p in minutes.parse_file(path).points]
    assert said[2] == ("大槻委員", "大槻", "橋りょうの点検で、早めの修繕が要るとされた橋は幾つあるのか。"
                       "あわせて、今年度修繕する五つの橋の選び方を伺う。")
    assert [s[0] for s in said[:4]] == ["分科会長（田辺）", "森田建設課長", "大槻委員", "森田建設課長"]


def test_a_speaker_cell_s_lines_as_one_label() -> None:
    assert cell_label(["委員", "大槻"]) == "委員\u3000大槻"
    assert cell_label(["建設課長", "森田　和夫"]) == "建設課長\u3000森田\u3000和夫"
    assert cell_label(["教育総務課長補", "佐", "佐伯　隆"]) == "教育総務課長補佐\u3000佐伯\u3000隆"
    assert cell_label(["分科会長", "（田辺）"]) == "分科会長（田辺）"
    # no name under the post: the pieces of one label (a wrapped title, a bracket, 代理人 a title)
    assert cell_label(["子ども家庭課", "長"]) == "子ども家庭課長"
    assert cell_label(["審査請求人", "代理人"]) == "審査請求人代理人"


def test_labels_in_brackets_alone_on_their_lines_are_no_cells_apart() -> None:
    # a 議事要旨 whose speakers are （飯島委員） alone on their lines: labels, no name under a post — the
    # text is no table whose cells came apart, and is read as it was
    from assembler.ingest.apartcells import read_apart_cells

    for name in ("infra-council-02.txt", "infra-council-05-fictional.txt"):
        path = next(p for p in (FIXTURES.parent.parent / "examples" / "minutes" / name, MINUTES / name) if p.exists())
        src = read_source(path)
        assert read_apart_cells(src) is None, name
        assert len(minutes.parse_file(path).points) > 5
