"""Tables of opinions and answers read from every shape a PDF arrives in, the .pdf file first (session 20,
pdftables20).

A 3-column table ``発言者 | 発言要旨 | 事務局の回答・対応`` (a No. column first allowed; ``heads.answered_columns``) typed
in Word on landscape pages and printed to PDF by LibreOffice (``tests/tools/make_qa_tables.py``: fictional names
and sentences): the .pdf reader reads it as a table of exchanges (``pdf._exchange_heading``) — each row the
speaker's turn, the cell's post over the name one label read title first (``委員`` / ``真壁　智美``,
``まちづくり`` / ``推進課長`` / ``寺西``), then the answer as the turn of the one the heading names (事務局, 市); ``―``
no turn; a number column's cells the row's furniture; the heading repeated on the next page furniture and the row
broken by the page one row.

Before (main e336a07) → after, turns with the right label, name, role and words, the .pdf file:
``city-kankyo-answers-landscape`` 0/13 → 13/13, ``town-kosodate-answers-apart`` 5/11 → 11/11,
``village-kanko-answers-apart`` 9/10 → 10/10; written apart after the rules ``town-shoko-answers-numbered``
(No. | 発言者 | 発言の要旨 | 事務局の考え方, 12 pt, a row broken by the page) 0/15 → 15/15 (at first sight 15/15 with
two points no one said: the numbers glued to the answers, then the heading repeated on page 2 read as a row —
two more rules). A numbered speaker table as the .pdf (``city-seiso-numbered-apart``, No | 発言者 | 発言内容,
written apart) 9/9 before and after.
"""
from __future__ import annotations

import re

import pytest

from assembler import minutes
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms_pdftables19 import KANKO_ANSWERS, KANKYO_ANSWERS, KOSODATE_ANSWERS, _got

MINUTES = FIXTURES / "minutes"
C, M, S, O = "chair", "member", "secretariat", "other"
#: written apart after the .pdf rules: No. | 発言者 | 発言の要旨 | 事務局の考え方, the last row broken by the page
SHOKO = [
    ("宮路会長", "宮路", C, "計画の素案の第三章"), ("事務局", "", S, "町の中心の商店街"),
    ("委員（浅見菜穂）", "浅見菜穂", M, "空き店舗を使って"), ("事務局", "", S, "家賃の補助は"),
    ("久住委員", "久住", M, "キャッシュレス"), ("事務局", "", S, "昨年度は三十二"),
    ("片桐産業振興課長", "片桐", S, "補足いたします。"),
    ("藤代副会長", "藤代", M, "観光のお客様"), ("事務局", "", S, "駅の前の案内板"),
    ("委員（浅見菜穂）", "浅見菜穂", M, "了解した。"), ("事務局", "", S, "承知しました。結果"),
    ("久住委員", "久住", M, "事業を引き継ぐ"), ("事務局", "", S, "県の事業承継"),
    ("宮路会長", "宮路", C, "本日の御意見"), ("事務局", "", S, "承知いたしました。"),
]
#: a numbered speaker table as the .pdf file, written apart: No | 発言者 | 発言内容
SEISO = [
    ("会長（奥寺信之）", "奥寺信之", C, "おはようございます。"), ("矢吹ごみ減量推進課長", "矢吹", S, "資料一をご覧"),
    ("委員（志村和代）", "志村和代", M, "三つ目の案は"), ("矢吹ごみ減量推進課長", "矢吹", S, "世帯の人数に応じて"),
    ("委員（岩淵公平）", "岩淵公平", M, "高齢の方や"), ("丹羽清掃センター所長", "丹羽", S, "紙おむつは"),
    ("東部地区区長会代表（笹原）", "笹原", O, "集積所の管理"), ("会長（奥寺信之）", "奥寺信之", C, "ほかに御意見"),
    ("会長（奥寺信之）", "奥寺信之", C, "それでは、そのように"),
]
PDFS = {
    "city-kankyo-answers-landscape.pdf": KANKYO_ANSWERS, "town-kosodate-answers-apart.pdf": KOSODATE_ANSWERS,
    "village-kanko-answers-apart.pdf": KANKO_ANSWERS, "town-shoko-answers-numbered.pdf": SHOKO,
    "city-seiso-numbered-apart.pdf": SEISO,
}


def _turns_are(got: list[tuple[str, str, str, str]], expected: list[tuple[str, str, str, str]]) -> None:
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        assert g[3].startswith(e[3]), (g, e)


@pytest.mark.parametrize("name", sorted(PDFS))
def test_the_pdf_s_rows_give_the_speaker_s_turn_then_the_answer(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = _got(parsed)
    _turns_are(got, PDFS[name])
    assert not parsed.unread
    assert all(p.text.strip() != "―" for p in parsed.points)  # ―: no answer, no turn
    # no turn holds the other column's words, nor a row's number
    for remark, answer in zip(got, got[1:]):
        if answer[0] in ("事務局", "市") and remark[0] not in ("事務局", "市"):
            assert answer[3][:8] not in remark[3]
    assert not any(re.search(r"[0-9０-９]$", g[3]) for g in got)


def test_a_row_broken_by_the_page_is_one_row_under_the_heading_repeated() -> None:
    """town-shoko: row 8's cell (会長 / page 2 / 宮路　光太郎) and its remark go on atop page 2 under the heading row
    repeated, which is furniture; the row's number a field."""
    path = MINUTES / "town-shoko-answers-numbered.pdf"
    parsed = minutes.parse_file(path)
    lines = read_source(path).lines
    fates = {line.text.strip(): fate for line, fate in zip(lines, parsed.lines)}
    assert fates["No. 発言者 発言の要旨 事務局の考え方"] == "furniture"
    assert fates["8"] == "furniture"
    last = [p for p in parsed.points if p.speaker.label == "宮路会長"][-1]
    assert last.text.replace("\u3000", "").endswith("次回の委員会でお示しいただきたい。以上で本日の委員会を終了する。")
    assert sum(1 for line in lines if line.cue == "speaker" and "宮路" in line.text) == 2


def test_a_pypdf_row_broken_by_the_page_after_its_words_is_one_turn() -> None:
    """pypdf's text of the landscape 案件 | 発言者 | 発言内容 record: the last row of page 1 gives its cell's first line
    on the line of its words (建設課 町道となりますので、…加えます。), the page's number, running head and heading,
    then the cell's rest atop page 2 (課長補佐 / 沖田) right above the next row's cell: one row, the turn of
    沖田建設課課長補佐; the next row's one short sentence (了解しました。) its speaker's words."""
    from test_forms_pdftables18 import SANGYO

    path = MINUTES / "town-sangyo-landscape-merged-pypdf.txt"
    parsed = minutes.parse_file(path)
    _turns_are(_got(parsed), SANGYO)
    assert not parsed.unread
    fates = {line.text.strip(): fate for line, fate in zip(read_source(path).lines, parsed.lines)}
    assert fates["課長補佐"] == fates["沖田"] == "furniture"


def test_pypdf_s_answers_table_with_a_number_column_and_a_row_glued_over_the_page() -> None:
    """pypdf's text of town-shoko (written apart): the row's number before the cell's first line (1 会長) the row's
    furniture; the last row's first line on one baseline at page 1's foot (8 会長 本日の…次回の委員会 承知いたしました。)
    and its rest atop page 2 after the page's furniture (宮路　光太郎 でお示しいただきたい。…): one row, the chair's
    remark whole, then the secretariat's answer. Row 5, whose answer column is narrower than the remark's (every
    answer line falls short of the widest: the words part in more than one way), is unread — never guessed."""
    path = MINUTES / "town-shoko-answers-numbered-pypdf.txt"
    parsed = minutes.parse_file(path)
    got = _got(parsed)
    _turns_are(got, SHOKO[:7] + SHOKO[9:])
    assert got[-2][3].endswith("次回の委員会でお示しいただきたい。以上で本日の委員会を終了する。")
    assert {u.text.strip() for u in parsed.unread} >= {"副会長", "藤代", "駅の前の案内板は今年度中に新しくいたします。"}
    assert not any(re.search(r"[0-9０-９]$", g[3]) or re.match(r"[0-9０-９]", g[3]) for g in got)


# plain pdftotext of a table of answers (ingest/answercells.py): paired only when each column is one flow
TOSHOKAN = [  # rows of even height: each column one block
    ("会長（樋口昌子）", "樋口昌子", C, "昨年度の貸出し"), ("事務局", "", S, "貸出しは前年度"),
    ("委員（今泉直人）", "今泉直人", M, "電子書籍"), ("事務局", "", S, "登録者は"),
    ("委員（小野美帆）", "小野美帆", M, "学校の図書室"), ("事務局", "", S, "来年度から小学校"),
    ("副会長（北条健）", "北条健", M, "開館の時間"), ("事務局", "", S, "利用の状況"),
]


def test_plain_pdftotext_s_table_of_answers_read_when_each_column_is_one_flow() -> None:
    """city-toshokan: the cells, the remarks and the answers each one block, four rows each: the k-th cell speaks
    the k-th remark, the secretariat the k-th answer; the title's pieces among the cells (会議要旨, 集会室: a name's
    shape, no post above) unread; 以上 after the turns."""
    path = MINUTES / "city-toshokan-answers-even-pdftotext.txt"
    parsed = minutes.parse_file(path)
    _turns_are(_got(parsed), TOSHOKAN)
    assert {u.text.strip() for u in parsed.unread} == {"会議要旨", "集会室"}
    assert not any("以上" in p.text for p in parsed.points)


@pytest.mark.parametrize("name", ["city-kankyo-answers-landscape-pdftotext.txt", "town-kosodate-answers-apart-pdftotext.txt",
                                  "pref-shinrin-answers-plain-pdftotext.txt"])
def test_plain_pdftotext_s_table_of_answers_in_several_blocks_is_unread_never_guessed(name: str) -> None:
    """A column in several blocks: pdftotext may give a later row's before an earlier one's (pref-shinrin, written
    apart: row 3's remark after row 5's, the counts agreeing) and nothing in the text tells — every line of the
    table unread (cue apart), the record refused for want of a speaker; before, kankyo gave 1 point and kosodate
    5, none right."""
    from assembler.errors import InputError

    path = MINUTES / name
    apart = [line for line in read_source(path).lines if line.cue == "apart"]
    assert len(apart) >= 30
    assert any(line.text.strip() in ("委員", "副会長") for line in apart)
    with pytest.raises(InputError):
        minutes.parse_file(path)


def test_plain_pdftotext_s_columns_whose_rows_do_not_come_to_one_count_pair_nothing(tmp_path) -> None:
    """city-toshokan with its last answer taken out: three answers for four cells — nothing shifted by one, every
    line of the table unread."""
    from assembler.errors import InputError

    text = (MINUTES / "city-toshokan-answers-even-pdftotext.txt").read_text(encoding="utf-8")
    text = text.replace("利用の状況を調べ、来年度に試行する\nかを検討します。\n", "")
    path = tmp_path / "toshokan.txt"
    path.write_text(text, encoding="utf-8")
    assert sum(1 for line in read_source(path).lines if line.cue == "apart") >= 20
    with pytest.raises(InputError):
        minutes.parse_file(path)


def test_plain_pdftotext_s_column_ending_inside_a_sentence_pairs_nothing(tmp_path) -> None:
    """city-toshokan with the remarks' block ending inside a sentence (できないか → its row goes on where pdftotext
    put it apart, over a page): where the row ends cannot be told — every line of the table unread."""
    from assembler.errors import InputError

    text = (MINUTES / "city-toshokan-answers-even-pdftotext.txt").read_text(encoding="utf-8")
    path = tmp_path / "toshokan.txt"
    path.write_text(text.replace("できないか。\n", "できないか\n"), encoding="utf-8")
    with pytest.raises(InputError):
        minutes.parse_file(path)


def test_a_numbered_row_s_post_glued_to_its_words_over_the_page_is_one_turn() -> None:
    """pypdf's text of pdftables19's city-kotsu (No. | 発言者 | 発言内容): row 12 at page 1's foot gives its number, its
    post and its words' first line on one baseline (12 会長 ほかに御意見は…来年度の運行), then the page's furniture,
    then the name under the post before the words going on (大須賀　稔 の計画の案は…): the row opens there (the
    glued post a label's), the name the cell's — one turn of 大須賀会長 (before: the words went on 柳田's turn)."""
    from test_forms_pdftables19 import KOTSU

    parsed = minutes.parse_file(MINUTES / "city-kotsu-numbered-pages-pypdf.txt")
    _turns_are(_got(parsed), KOTSU)
    assert not parsed.unread
    assert not any("ほかに御意見" in g[3] for g in _got(parsed) if g[0] != "大須賀会長")
