"""Speakers in tables outside Word (session 11, tables14). Fixtures written here
(``tests/tools/make_label_cells.py``; fictional names and sentences) in the shapes real files
arrive in.

1. A label cell of two or three lines: municipal 審議会 minutes typed in Word as a table with no
   heading row — the speaker in the left cell, title over surname (委員長 / 藤森), surname over
   title (早川 / 委員), office / title / surname (環境政策課 / 課長補佐 / 宮下) — the speech in the
   right cell, printed to PDF (borderless, each label line a paragraph; the check: ruled, the
   lines broken by Shift+Enter, rows flush). The PDF reader put the cell's second line between
   the speech lines beside it (委員長 / speech / 藤森 / speech); a row's left cell is one label
   now, whatever its line count (``ingest/pdf.py``, ``_TableReader``).
2. Exchange tables outside Word: a table whose heading row names who speaks in each column
   (委員の主な意見・質問 | 事務局の回答; 委員名 | 意見 | 市の対応) printed to PDF was read as plain
   text, each answer glued to the member's words; now each row gives both turns, as in Word
   (``ingest/pdf.py``, ``_ExchangeReader``; the heading words are ``ingest/heads.py``'s).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest import read_source
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

#: the speaker cells of each fixture's table, in order, as the reader gives them (the cell's
#: lines apart by U+3000); before: one label a line, the second between the speech lines
LABELS = {
    "council-label-cells": [
        "委員長　藤森", "環境政策課長　石黒", "委員　早川", "委員　小野寺", "環境政策課　課長補佐　宮下",
        "早川　委員", "委員　竹内", "環境政策課長　石黒", "委員長　藤森", "環境政策課長　石黒", "副委員長　松浦",
        "委員長　藤森"],
    # written after the rule and read at first sight: ruled, label lines broken in one
    # paragraph, rows flush (no space between them), a label longer than its speech
    "board-label-cells": [
        "会長　川久保", "まちづくり課　課長　新田", "樋口　委員", "まちづくり課　主査　山内", "委員　大沢",
        "会長　川久保", "委員　森本", "会長　川久保"],
}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_a_speaker_cell_of_two_or_three_lines_is_one_label_in_pdf_and_word(name: str) -> None:
    pdf = read_source(MINUTES / f"{name}.pdf").lines
    # cue label (a column found from the layout), or speaker once the cell's lines are joined (pdftables18)
    labels = [line.text for line in pdf if line.cue in ("label", "speaker")]
    assert labels[:len(LABELS[name])] == LABELS[name]
    # after the table only the closing line (its own row of the left column: 以上, the time)
    assert len(labels) == len(LABELS[name]) + 1
    # the speech beside a label's second line goes on in its paragraph, no label between
    assert not any(line.text in ("藤森", "石黒", "宮下", "川久保", "新田") for line in pdf)
    word = read_source(MINUTES / f"{name}.docx").lines
    assert [line.text for line in word if line.cue == "speaker"] == LABELS[name]


def test_a_page_break_inside_a_row_keeps_the_speech_with_its_speaker() -> None:
    lines = read_source(MINUTES / "council-label-cells.pdf").lines
    at = next(k for k, line in enumerate(lines) if line.text == "委員　小野寺")
    speech = lines[at + 1:at + 14]
    assert {line.page for line in speech} == {1, 2} and not any(line.cue for line in speech)
    assert lines[at + 14].text == "環境政策課　課長補佐　宮下"


EXPECTED = {
    # the speaker cells two or three lines (委員長 / 藤森, 早川 / 委員, 環境政策課 / 課長補佐 / 宮下), a row
    # of （休憩） with no speaker, a page break inside 小野寺's row. Before (main at 27f31cb): 0 of 12
    # turns right in order (11 read: 委員 alone for three members, 藤森 and 石黒 glued into the
    # speech, 環境政策課 and 課長補佐 two speakers); a turn is right when its
    # surname and title are and no label word is in its words
    "council-label-cells.pdf": [
        ("藤森委員長", "藤森", "委員長", "chair", "ただいまから令和７年度第２回ひばり市環境審議会を開", 14, 18),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "資料１について御説明いたします。現行の環境基本計画", 20, 25),
        ("早川委員", "早川", "委員", "member", "削減目標の引上げについて伺います。国の目標に合わせ", 27, 29),
        ("小野寺委員", "小野寺", "委員", "member", "市内の里山では、管理する人がいなくなり、竹林が広が", 31, 43),
        ("宮下環境政策課課長補佐", "宮下", "環境政策課課長補佐", "secretariat", "家庭部門につきましては、太陽光発電設備と蓄電池の設", 45, 47),
        ("早川委員", "早川", "委員", "member", "分かりました。補助の実績は毎年報告してください。", 49, 49),
        ("竹内委員", "竹内", "委員", "member", "指標の見直しについてですが、市民の意識調査の結果も", 51, 52),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "意識調査は３年ごとに実施しておりますので、その結果", 54, 55),
        ("藤森委員長", "藤森", "委員長", "chair", "再開いたします。引き続き、御意見をお願いします。", 58, 58),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "里山の管理を担う団体への支援は、計画の施策に明記い", 60, 62),
        ("松浦副委員長", "松浦", "副委員長", "member", "指標を増やすのは良いことですが、毎年確実に集計でき", 64, 65),
        ("藤森委員長", "藤森", "委員長", "chair", "ほかに御意見はございませんか。なければ、本日いただ", 67, 69),
    ],
    # the check, written after the rule (ruled, Shift+Enter lines, rows flush, （資料２を配付）):
    # before 0 of 8 (10 read: 主査 a speaker of 山内 alone, 大沢 inside the words); read at first sight 8 of 8
    "board-label-cells.pdf": [
        ("川久保会長", "川久保", "会長", "chair", "それでは定刻となりましたので、あおば町都市計画審議", 15, 17),
        ("新田まちづくり課課長", "新田", "まちづくり課課長", "secretariat", "用途地域の変更について御説明します。駅の東側の区域", 19, 21),
        ("樋口委員", "樋口", "委員", "member", "近隣商業地域になると、建物の高さはどこまで認められ", 23, 24),
        ("山内まちづくり課主査", "山内", "まちづくり課主査", "secretariat", "高さは地区計画で２０メートルまでに制限いたします。", 26, 26),
        ("大沢委員", "大沢", "委員", "member", "駐車場が足りなくなり、周りの道路に車があふれること", 28, 29),
        ("川久保会長", "川久保", "会長", "chair", "ほかに御意見がなければ、本件は原案のとおり適当と認", 32, 33),
        ("森本委員", "森本", "委員", "member", "異議ありません。", 35, 35),
        ("川久保会長", "川久保", "会長", "chair", "それでは原案のとおり答申します。本日の審議会を閉会", 37, 37),
    ],
    # the Word file the PDF was printed from: its cells' paragraphs one label too (before: 委員長藤森,
    # nobody: role other; 1 of 12, 早川委員)
    "council-label-cells.docx": [
        ("藤森委員長", "藤森", "委員長", "chair", "ただいまから令和７年度第２回ひばり市環境審議会を開", 14, 14),
        ("藤森委員長", "藤森", "委員長", "chair", "それでは、議事（１）ひばり市環境基本計画の中間見直", 15, 15),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "資料１について御説明いたします。現行の環境基本計画", 18, 18),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "見直しの主な点は三つございます。一つ目は温室効果ガ", 19, 19),
        ("早川委員", "早川", "委員", "member", "削減目標の引上げについて伺います。国の目標に合わせ", 22, 22),
        ("小野寺委員", "小野寺", "委員", "member", "市内の里山では、管理する人がいなくなり、竹林が広が", 25, 25),
        ("小野寺委員", "小野寺", "委員", "member", "また、小学校の環境学習で里山を使う取組は、子どもた", 26, 26),
        ("小野寺委員", "小野寺", "委員", "member", "さらに、外来種の駆除についても、市民が参加できる日", 27, 27),
        ("小野寺委員", "小野寺", "委員", "member", "最後に、計画の指標として、里山の保全活動に参加した", 28, 28),
        ("宮下環境政策課課長補佐", "宮下", "環境政策課課長補佐", "secretariat", "家庭部門につきましては、太陽光発電設備と蓄電池の設", 32, 32),
        ("早川委員", "早川", "委員", "member", "分かりました。補助の実績は毎年報告してください。", 35, 35),
        ("竹内委員", "竹内", "委員", "member", "指標の見直しについてですが、市民の意識調査の結果も", 38, 38),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "意識調査は３年ごとに実施しておりますので、その結果", 41, 41),
        ("藤森委員長", "藤森", "委員長", "chair", "再開いたします。引き続き、御意見をお願いします。", 46, 46),
        ("石黒環境政策課長", "石黒", "環境政策課長", "secretariat", "里山の管理を担う団体への支援は、計画の施策に明記い", 49, 49),
        ("松浦副委員長", "松浦", "副委員長", "member", "指標を増やすのは良いことですが、毎年確実に集計でき", 52, 52),
        ("藤森委員長", "藤森", "委員長", "chair", "ほかに御意見はございませんか。なければ、本日いただ", 55, 55),
    ],
    # before 1 of 8 (会長川久保, 委員大沢: nobody, role other; 樋口委員 right)
    "board-label-cells.docx": [
        ("川久保会長", "川久保", "会長", "chair", "それでは定刻となりましたので、あおば町都市計画審議", 10, 10),
        ("新田まちづくり課課長", "新田", "まちづくり課課長", "secretariat", "用途地域の変更について御説明します。駅の東側の区域", 12, 12),
        ("樋口委員", "樋口", "委員", "member", "近隣商業地域になると、建物の高さはどこまで認められ", 14, 14),
        ("山内まちづくり課主査", "山内", "まちづくり課主査", "secretariat", "高さは地区計画で２０メートルまでに制限いたします。", 16, 16),
        ("大沢委員", "大沢", "委員", "member", "駐車場が足りなくなり、周りの道路に車があふれること", 18, 18),
        ("川久保会長", "川久保", "会長", "chair", "ほかに御意見がなければ、本件は原案のとおり適当と認", 22, 22),
        ("森本委員", "森本", "委員", "member", "異議ありません。", 24, 24),
        ("川久保会長", "川久保", "会長", "chair", "それでは原案のとおり答申します。本日の審議会を閉会", 26, 26),
    ],
    # summary-qa-table.docx (tests/tools/make_qa_table.py) printed to PDF: a ruled table, its
    # rows read between the rules, a member named at the cell's start （岡田委員）/ 森委員：, an
    # unnamed member, an empty answer (―, furniture). Before: 3 turns, every answer glued to the
    # member's words
    "summary-qa-table.pdf": [
        ("岡田委員", "岡田", "委員", "member", "病床の転換は、地域の医療機関だけでは進まない。県と", 19, 21),
        ("事務局", "", "事務局", "secretariat", "施設整備の補助を来年度も継続する。補助の上限額の引", 23, 24),
        ("森委員", "森", "委員", "member", "回復期の病床が足りないという話は以前からある。数字", 26, 29),
        ("事務局", "", "事務局", "secretariat", "医療機関への調査で、退院調整に要した日数を把握する", 31, 33),
        ("委員", "", "委員", "member", "在宅医療を担う診療所の医師が高齢化している。後継者", 35, 37),
        ("事務局", "", "事務局", "secretariat", "医師会と連携し、開業を希望する医師への相談窓口を設", 39, 40),
        ("山口委員", "山口", "委員", "member", "外来機能報告の結果は、住民にも分かる形で公表すべき", 42, 43),
    ],
    # the check, written after the rule: no rules, the heading row centred, 委員名 | 意見 | 市の
    # 対応, a row broken by a page (the member's words go on on page 2: a point of their own, the
    # same turn). At first sight 0 of 8 turns (the columns taken from the centred heading words:
    # one speaker named by all the words); 8 of 8 after (columns from the lines under the
    # heading, a name in the names column opens a row). The sentence under the table goes on
    # with the last speaker, as Word's reading of the same document does (summary-qa-names.docx)
    "summary-qa-names.pdf": [
        ("松井委員", "松井", "委員", "member", "デマンド交通の予約が前日までとなっているが、当日の", 13, 16),
        ("市", "", "市", "secretariat", "運行事業者と協議し、当日の午前中までの予約に対応で", 18, 20),
        ("委員", "", "委員", "member", "路線バスの運転士が不足していると聞いている。減便の", 22, 24),
        ("柴田委員", "柴田", "委員", "member", "駅前のバス乗り場の案内が分かりにくい。初めて来た人", 27, 31),
        ("柴田委員", "柴田", "委員", "member", "高齢者や外国人の利用者にも分かるよう、案内板を増や", 32, 42),
        ("市", "", "市", "secretariat", "案内板の更新は来年度の予算で対応する予定である。色", 44, 49),
        ("委員", "", "委員", "member", "通学の時間帯の便を増やしてほしいという声が、保護者", 51, 53),
        ("市", "", "市", "secretariat", "学校と協議し、朝の便の時刻を見直す。", 55, 56),
        ("市", "", "市", "secretariat", "次回は令和８年２月に開催する。", 58, 58),
    ],
}

LINE_FATES = {
    # （休憩） a stage direction; the closing line under the table (（午前１１時３０分　閉会）, 以上) the
    # record's narrative or furniture
    "council-label-cells.pdf": "fbffffffaabnpppppppppppppppppppppppppppppppppppppppppppspppppppppppppbn",
    "board-label-cells.pdf": "fbfbfbffbfbfbppppppppppppppppspppppppbF",
    "council-label-cells.docx": "fbfffffaabnpppbpppbppbpppppbppbppbppbppbbsbppbppbppbppbbn",
    "board-label-cells.docx": "fbffffbfppbppbppbppbppbbsbppbppbppbbF",
    # the heading row and the empty answer (―) furniture; a row's turns a speaker line each
    "summary-qa-table.pdf": "fbfbfbfbfbababnbFppppppppppppppppppppppppppFabF",
    "summary-qa-names.pdf": "fbfbfbfbfbFpppppppppppppFpppppppppppppppppppppppppppppppbp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


@pytest.mark.parametrize("name", ["summary-qa-table", "summary-qa-names"])
def test_an_exchange_table_in_pdf_gives_the_turns_word_gives(name: str) -> None:
    turns = [(p.speaker.label, p.speaker.role) for p in minutes.parse_file(MINUTES / f"{name}.pdf").points]
    word = [(p.speaker.label, p.speaker.role) for p in minutes.parse_file(MINUTES / f"{name}.docx").points]
    # Word gives a paragraph of a cell a point of its own: the turns, not the points, compare
    assert [t for k, t in enumerate(turns) if not k or t != turns[k - 1]] == \
        [t for k, t in enumerate(word) if not k or t != word[k - 1]]
