"""Three layouts of real public minutes the parser misread at first sight (session 10, layouts13).
One fixture per concept, written here (fictional names and sentences) in the shape real files
arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the text,
first line, last line) — and the fate of every line (f front, a agenda, n narrative, p point,
s stage, F furniture, b blank, u unread); and a check on a second imitation with other wording,
written after the rule and read at first sight.

1. The speaker's label alone on its line with the clock after it (大河内教育長（10:00）), the
   speech in plain paragraphs below, as a board of education's 会議録 typed in Word prints it;
   its front matter a two-column table that pdftotext prints labels first, values after.
2. A Word table whose heading row names who speaks in each column (委員の主な意見・質問 | 事務局の
   回答), one exchange a row: the member's turn (left), then the answering side's (right).
3. pdftotext -layout of pages printed in two text columns side by side (an assembly's 会議録):
   each page's left column read down, then its right column (``minutes/columns.py``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.minutes import columns
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _parse, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city 教育委員会's 会議録 made from Word, through pdftotext: the front matter a two-column
    # table (開会日時 / 場所 / 出席委員 / 説明のため出席した職員 / 事務局職員 first, their values
    # after), a 配布資料 list, then 会議の経過 with each label alone on its line, the clock after it
    # （10:02）, the speech below (broken at the page's width, a blank line inside a paragraph,
    # page numbers and form feeds). Before: refused, no speaker found
    "board-clock-labels-pdftotext.txt": [
        ("大河内教育長", "大河内", "教育長", "chair", "ただいまから、令和７年第３回みどり野市教育委員会", 27, 28),
        ("大河内教育長", "大河内", "教育長", "chair", "それでは、議案第５号について、事務局から説明をお", 30, 30),
        ("水谷学校教育課長", "水谷", "学校教育課長", "secretariat", "議案第５号「みどり野市立学校の管理運営に関する規", 32, 35),
        ("大河内教育長", "大河内", "教育長", "chair", "説明が終わりました。御質問はありますか。", 39, 39),
        ("早川委員", "早川", "委員", "member", "地域移行後の指導者の確保について、どのような見通", 41, 42),
        ("水谷学校教育課長", "水谷", "学校教育課長", "secretariat", "地域のスポーツ協会と連携し、指導者の登録制度を設", 44, 45),
        ("村田委員", "村田", "委員", "member", "保護者の費用負担が増えないよう、市としての支援を", 47, 47),
        ("大河内教育長", "大河内", "教育長", "chair", "ほかにございませんか。なければ、議案第５号を原案", 49, 49),
        ("大河内教育長", "大河内", "教育長", "chair", "異議なしと認め、議案第５号は原案のとおり可決しま", 51, 52),
        ("石原生涯学習課長", "石原", "生涯学習課長", "secretariat", "資料２により、学校給食費の改定について御報告いた", 54, 56),
        ("佐野教育長職務代理者", "佐野", "教育長職務代理者", "member", "改定の周知は、早めに保護者へ文書で行うことが必要", 60, 60),
        ("大河内教育長", "大河内", "教育長", "chair", "以上で本日の日程は全て終了しました。これで閉会い", 62, 62),
    ],
    # the check, written after the rule with other wording (a town's 臨時会): the clock as
    # 〔14:00〕, 　午後２時01分, ［１４：０５］, [14:06], （１４：０８）, members by their seat
    # (１番委員), labels again stacked above their values (開催日時 / 開催場所 / 出席者 / 欠席者).
    # Read at first sight: 7 of 7 turns (main at 823cf81: refused, no speaker found)
    "board-clock-variants-pdftotext.txt": [
        ("本郷教育長", "本郷", "教育長", "chair", "ただいまから臨時会を開きます。本日は議案１件です", 21, 22),
        ("教育課長", "", "教育課長", "secretariat", "議案第２号について御説明いたします。学校運営協議", 24, 25),
        ("１番委員", "１番", "委員", "member", "定数を増やす理由を伺います。地域の方の参加が少な", 29, 29),
        ("教育課長", "", "教育課長", "secretariat", "保護者と地域の代表を１人ずつ加えるためです。募集", 31, 31),
        ("３番委員", "３番", "委員", "member", "若い世代の委員も選ばれるよう、募集の方法を工夫し", 33, 33),
        ("本郷教育長", "本郷", "教育長", "chair", "ほかに御意見はありませんか。ないようですので、原", 35, 35),
        ("本郷教育長", "本郷", "教育長", "chair", "原案のとおり決定しました。以上で臨時会を閉じます", 37, 37),
    ],
    # a prefecture's 会議要旨 typed in Word (tests/tools/make_qa_table.py): the views and answers
    # in a table, 委員の主な意見・質問 | 事務局の回答, one exchange a row — the member named at the
    # cell's start （岡田委員） or 森委員：, or not at all (an unnamed member: 委員), the answer the
    # secretariat's, an empty answer (―) no turn. Before: each answer was the member's
    "summary-qa-table.docx": [
        ("岡田委員", "岡田", "委員", "member", "病床の転換は、地域の医療機関だけでは進まない。県", 14, 14),
        ("事務局", "", "事務局", "secretariat", "施設整備の補助を来年度も継続する。補助の上限額の", 15, 15),
        ("森委員", "森", "委員", "member", "回復期の病床が足りないという話は以前からある。", 16, 16),
        ("森委員", "森", "委員", "member", "数字だけでなく、実際に退院先が見つからない患者の", 17, 17),
        ("事務局", "", "事務局", "secretariat", "医療機関への調査で、退院調整に要した日数を把握す", 18, 18),
        ("事務局", "", "事務局", "secretariat", "結果は次回の会議で報告する。", 19, 19),
        ("委員", "", "委員", "member", "在宅医療を担う診療所の医師が高齢化している。後継", 20, 20),
        ("事務局", "", "事務局", "secretariat", "医師会と連携し、開業を希望する医師への相談窓口を", 21, 21),
        ("山口委員", "山口", "委員", "member", "外来機能報告の結果は、住民にも分かる形で公表すべ", 22, 22),
    ],
    # a prefecture's 会議録 through pdftotext -layout (tests/tools/make_two_columns.py): the front
    # matter across the page, then two text columns (the right one at character column 40), a
    # turn going on from the left column's foot to the right one's top (its span 15 → 28: the
    # first to the last line of the file it was read from), a blank line inside a left paragraph, running
    # heads, page numbers, a last page in one column. Before: the right column's words ran into
    # the left column's sentences, 11 of 17 turns lost or misattributed
    "assembly-two-columns-layout.txt": [
        ("議長（川村正志君）", "川村正志", "議長", "chair", "ただいまから本日の会議を開きます。", 15, 16),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "日程第１、一般質問を行います。通告により、順次発", 17, 18),
        ("２２番（森田和也君）", "森田和也", "２２番", "member", "おはようございます。通告に従い、二点伺います。", 19, 20),
        ("２２番（森田和也君）", "森田和也", "２２番", "member", "まず、地域医療の確保についてであります。県北部で", 21, 27),
        ("２２番（森田和也君）", "森田和也", "２２番", "member", "次に、県道の老朽化した橋の点検について伺います。", 15, 28),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "知事平井守君。", 19, 19),
        ("知事（平井守君）", "平井守", "知事", "government", "森田議員の御質問にお答えいたします。周産期医療の", 20, 26),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "県土整備部長片岡誠君。", 27, 28),
        ("県土整備部長（片岡誠君）", "片岡誠", "県土整備部長", "government", "お答えいたします。早期に補修が必要とされた橋は、", 33, 38),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "森田和也君。", 39, 39),
        ("２２番（森田和也君）", "森田和也", "２２番", "member", "御答弁ありがとうございました。寄附講座による医師", 40, 44),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "以上で森田和也君の一般質問を終わります。", 45, 46),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "次に、北村由紀君。", 33, 33),
        ("３０番（北村由紀君）", "北村由紀", "３０番", "member", "子育て支援について伺います。県の第２子以降の保育", 34, 38),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "健康福祉部長大西健二君。", 39, 40),
        ("健康福祉部長（大西健二君）", "大西健二", "健康福祉部長", "government", "お答えいたします。所得の制限の撤廃には、年に約８", 41, 52),
        ("議長（川村正志君）", "川村正志", "議長", "chair", "本日はこれにて散会いたします。", 53, 54),
    ],
    # the check, written after the rule (a city council, ◯ marks, the right column at 36, names
    # spelled apart in the labels, the left column longer than the right). At first sight 7 of
    # 10 turns: a left-column line with no kana (◯議長（西田 誠）　危機管理監。) ended the columns,
    # and it and the answer below were read after the right column; a page's lines in column
    # form are now any split at the column once the prose lines found it: 10 of 10
    "council-two-columns-layout.txt": [
        ("議長（西田誠）", "西田誠", "議長", "chair", "皆さん、おはようございます。これより本日の会議を", 7, 9),
        ("議長（西田誠）", "西田誠", "議長", "chair", "一般質問を行います。順番に発言を許します。６番、", 10, 11),
        ("６番（小泉恵）", "小泉恵", "６番", "member", "防災について質問します。昨年の大雨では、避難所の", 12, 17),
        ("議長（西田誠）", "西田誠", "議長", "chair", "危機管理監。", 18, 18),
        ("危機管理監（長谷亮）", "長谷亮", "危機管理監", "government", "お答えします。避難所の鍵は、市の職員が開けること", 7, 21),
        ("６番（小泉恵）", "小泉恵", "６番", "member", "ぜひお願いします。また、要支援者の名簿の更新が遅", 9, 11),
        ("議長（西田誠）", "西田誠", "議長", "chair", "福祉部長。", 12, 12),
        ("福祉部長（村松早苗）", "村松早苗", "福祉部長", "government", "名簿は今年度から毎年更新いたします。", 13, 14),
        ("議長（西田誠）", "西田誠", "議長", "chair", "以上で小泉 恵さんの質問を終わります。", 15, 16),
        ("議長（西田誠）", "西田誠", "議長", "chair", "これをもちまして本日の日程は全て終了しました。散", 17, 18),
    ],
}

LINE_FATES = {
    "board-clock-labels-pdftotext.txt": "fbfffbfbfffffffffffbfffbfpppbppppbpbFppppppppppppsppppbpbFppppnbF",
    "board-clock-variants-pdftotext.txt": "fbfbfbfbfffffbfffbfppppppbFppppppppspn",
    # the heading row is furniture; a row's turns are a speaker line each (the member's: the
    # heading's word, or the name the cell opens with, read as its header), then the cell
    "summary-qa-table.docx": "fbfffbfaabnFFbppppbppppppbppppbppFbbaF",
    # one place a line of the file, its two pieces folded (columns.fates)
    "assembly-two-columns-layout.txt": "fbfbfffbfffbfbppppppppppppppbFFbppppppppppppppbFFbppppbnbF",
    "council-two-columns-layout.txt": "fbffbfpppppppppppppppbnbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_clock_after_a_label_is_no_speech_and_the_front_table_s_values_find_their_labels() -> None:
    parsed = minutes.parse_file(MINUTES / "board-clock-labels-pdftotext.txt")
    assert not any("10:" in p.text or "（" == p.text[:1] for p in parsed.points)
    # each clock kept with its line, as the clock in a line is: a stage direction
    assert [(d.line, d.text) for d in parsed.directions][:3] == [(26, "（10:00）"), (31, "（10:02）"), (38, "（10:06）")]
    assert [d.text for d in minutes.parse_file(MINUTES / "board-clock-variants-pdftotext.txt").directions] == [
        "〔14:00〕", "午後２時01分", "［１４：０５］", "[14:06]", "（１４：０８）", "〔14:10〕", "（異議なし）"]
    m = parsed.meeting
    # 開会日時 / 場所 / 出席委員 … printed above their values: the date, the place, the people
    assert (m.council, m.session, m.date, m.place) == (
        "令和７年みどり野市教育委員会定例会", 3, "2025-03-25", "みどり野市役所　本庁舎４階　第２委員会室")
    assert [g.group for g in m.attendees] == ["出席委員"]
    assert m.attendees[0].names[0] == "教育長\u3000大河内\u3000誠"
    # the 配布資料 list is front matter: 資料１　議案第５号関係資料（新旧対照表） names no speaker
    assert {p.speaker.label for p in parsed.points} == {
        "大河内教育長", "水谷学校教育課長", "早川委員", "村田委員", "石原生涯学習課長", "佐野教育長職務代理者"}


def test_a_clock_after_words_that_name_no_speaker_opens_no_turn() -> None:
    # written apart from the fixtures: an item with its clock, a sentence ending in a time, a
    # label with words between it and the clock
    got = _parse("あおば町教育委員会定例会　会議録\n\n日時　令和７年４月１日\n\n"
                 "山田教育長（10:00）\nただいまから定例会を開会いたします。\n"
                 "休憩（10:30）\n再開は午前10時45分とします。\n"
                 "佐藤委員　質問　10:50\n図書館の開館時間を延ばすべきではないか。\n"
                 "山田教育長 [11:00]\n以上で閉会いたします。\n")
    assert [(p.speaker.label, p.text) for p in got.points] == [
        # 休憩（10:30） names no speaker: the chair's turn goes on (its clock a stage direction)
        ("山田教育長", "ただいまから定例会を開会いたします。休憩再開は午前10時45分とします。"),
        # words between the label and the clock: the label, then its words, as before
        ("佐藤委員", "質問　10:50図書館の開館時間を延ばすべきではないか。"),
        ("山田教育長", "以上で閉会いたします。"),
    ]


@pytest.mark.parametrize(("label", "speaker"), [
    ("教育長（10:00）", "教育長"), ("大河内　教育長（10:00）", "大河内教育長"), ("教育部長（午後１時）", "教育部長"),
    ("１番（10:05）", "１番"), ("【大河内教育長】（10:00）", "大河内教育長"), ("休憩（10:30）", None),
    ("資料１（10:00）", None)])
def test_the_clock_marks_a_label_as_a_mark_would(label: str, speaker: str | None) -> None:
    # written apart: a title alone, a name apart from its title, a clock of the hour alone, a
    # seat, a label in brackets; an item and a paper with their clocks name nobody
    got = _parse("あおば市教育委員会定例会　会議録\n\n日時　令和７年４月１日\n\n"
                 f"{label}\nただいまから定例会を開会いたします。\n早川委員（10:02）\n図書館の開館時間を延ばすべきではないか。\n")
    assert [p.speaker.label for p in got.points] == ([speaker] if speaker else []) + ["早川委員"]


def _qa_docx(path: Path, heads: list[str], rows: list[list[str]]) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("令和８年度みどり市子ども・子育て会議　会議概要")
    doc.add_paragraph("日時：令和８年５月１２日（火）午前１０時")
    doc.add_paragraph("意見交換")
    table = doc.add_table(rows=1, cols=len(heads))
    for cell, head in zip(table.rows[0].cells, heads):
        cell.text = head
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_paragraph("閉会")
    doc.save(path)
    return path


@pytest.mark.parametrize(("heads", "rows", "turns"), [
    (["質問", "回答"],
     [["（北村委員）保育士の確保策はあるのか。", "就職支援金の制度を設けております。"],
      ["病児保育の定員を増やしてほしい。", "来年度に１施設増やす予定です。"]],
     [("北村委員", "member"), ("事務局", "secretariat"), ("委員", "member"), ("事務局", "secretariat")]),
    (["主な意見", "市の対応"],
     [["北村委員：放課後児童クラブの待機児童を解消すべきだ。", "小学校の空き教室を活用して定員を拡大する。"],
      ["学童の利用料の減免を拡充すべきではないか。", "所得に応じた減免の拡充を検討する。"]],
     [("北村委員", "member"), ("市", "secretariat"), ("委員", "member"), ("市", "secretariat")]),
    (["委員名", "意見", "回答"],
     [["北村委員", "相談窓口の周知が足りない。", "広報紙で特集を組む予定である。"],
      ["南委員", "父親向けの講座を増やしてほしい。", "土曜日の講座を新設する。"]],
     [("北村委員", "member"), ("事務局", "secretariat"), ("南委員", "member"), ("事務局", "secretariat")]),
    (["意見", "県の考え方"],
     [["（南委員）ひとり親家庭の支援をもっと手厚くすべきだ。", "国の制度に加え、県独自の給付を検討する。"],
      ["養育費の確保の支援が必要である。", "弁護士による無料相談を実施している。"]],
     [("南委員", "member"), ("県", "secretariat"), ("委員", "member"), ("県", "secretariat")]),
])
def test_a_question_and_answer_table_gives_each_row_two_turns_in_order(
        tmp_path: Path, heads: list[str], rows: list[list[str]], turns: list[tuple[str, str]]) -> None:
    # the check, written after the rule with other headings (質問 | 回答, 主な意見 | 市の対応,
    # 委員名 | 意見 | 回答, 意見 | 県の考え方): each row the member's turn, then the answering
    # side's — the one the heading names (市, 県: the secretariat at their own council, as
    # settle_roles reads an official there). On main at 823cf81 every answer was the member's
    # (and 委員名 | 意見 | 回答 shifted by a row). At first sight 14 of 16 speakers (the 委員名
    # column's names lost, 市 and 県 role other); 16 of 16 after
    parsed = minutes.parse_file(_qa_docx(tmp_path / "qa.docx", heads, rows))
    got = [(p.speaker.label, p.speaker.role) for p in parsed.points]
    assert got == turns
    assert [p.text for p in parsed.points] == [
        t.split("）", 1)[-1].split("：", 1)[-1] for row in rows for t in row if not t.endswith("委員")]
    assert not parsed.unread


@pytest.mark.parametrize("name", ["left-column-layout.txt", "record-split-labels-layout.txt",
                                  "board-split-labels-layout.txt", "record-layout-front-pdftotext.txt",
                                  "record-label-beside-speech-pdftotext.txt", "board-clock-labels-pdftotext.txt"])
def test_a_column_of_labels_beside_the_speech_is_no_second_column_of_text(name: str) -> None:
    # pdftotext -layout's label column (議　　長     ただいまから…): no prose left of the gap
    assert columns.read(read_source(MINUTES / name))[1] is None


def test_labels_with_kana_beside_the_speech_are_no_column_of_text() -> None:
    # written apart: a -layout label column whose labels hold kana (まちづくり課長, ふるさと推進監),
    # the speech beside them going on at the column with nothing on its left
    rows = [("議　　長", "ただいまから会議を開きます。まちづくり計画に"), ("", "ついて説明を求めます。"),
            ("まちづくり課長", "資料１により説明いたします。計画の期間は"), ("", "５年間でございます。"),
            ("さくら委員", "商店街の空き店舗の対策はどうなるのですか。"), ("", "具体的に伺います。"),
            ("まちづくり課長", "空き店舗の改修に補助を設ける予定でござい"), ("", "ます。"),
            ("ふるさと推進監", "移住の相談窓口も設けて、あわせて進めてまい"), ("", "ります。"),
            ("さくら委員", "分かりました。よろしくお願いいたします。"), ("みなみ委員", "空き店舗の情報を所有者から"),
            ("", "集める仕組みも必要ではないでしょうか。"), ("まちづくり課長", "所有者への調査を今年度に行い"),
            ("", "ます。"), ("議　　長", "ほかにございませんか。")]
    text = "会議録\n\n" + "\n".join((a + " " * (20 - len(a)) + b) for a, b in rows) + "\n"
    assert columns.read(_src(text))[1] is None


def test_a_page_is_read_in_columns_only_on_many_lines_split_at_one_column() -> None:
    left = ["○議長（山田君）　開会いた", "します。日程第１を議題と", "いたします。", "○知事（川上君）　お答え",
            "いたします。予算は、来年", "度も同じ額を計上する予定"]
    right = ["○議長（山田君）　北原君。", "○３番（北原君）　再質問を", "いたします。予算の額は十", "分とお考えか。",
             "○議長（山田君）　知事。", "○知事（川上君）　十分と考"]

    def text(rows: int, at: int) -> str:
        return "会議録\n\n" + "\n".join((l + " " * (at - len(l)) + r) for l, r in list(zip(left, right))[:rows]) + "\n"

    assert columns.read(_src(text(6, 30)))[1] is not None
    assert columns.read(_src(text(5, 30)))[1] is None  # five lines: too little evidence
    # the same six lines, the right text at a column of its own on each line: no steady gap
    ragged = "会議録\n\n" + "\n".join(l + " " * (3 + k) + r for k, (l, r) in enumerate(zip(left, right))) + "\n"
    assert columns.read(_src(ragged))[1] is None


def _src(text: str):  # type: ignore[no-untyped-def]
    from assembler.ingest.text import split_lines

    return split_lines(text, "x.txt", encoding="utf-8")


def _labelled_qa_docx(path: Path, rows: list[tuple[list[str], list[str]]], line_break: bool) -> Path:
    """委員の主な意見・質問 | 事務局の回答, the member's label alone on the cell's first line — its own
    paragraph, or (``line_break``) a line ended by Shift+Enter in the remark's paragraph."""
    from docx import Document

    doc = Document()
    for text in ("令和７年度第１回みなと圏域保健医療協議会　議事概要", "", "１　日時　令和７年６月２日（月）午後２時から",
                 "", "２　主な意見等"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=2)
    for cell, head in zip(table.rows[0].cells, ("委員の主な意見・質問", "事務局の回答")):
        cell.text = head
    for left, right in rows:
        cells = table.add_row().cells
        label, *remark = left
        cells[0].paragraphs[0].add_run(label)
        for k, para in enumerate(remark):
            if line_break and k == 0:
                run = cells[0].paragraphs[0].add_run()
                run.add_break()
                run.add_text(para)
            else:
                cells[0].add_paragraph(para)
        for k, para in enumerate(right):
            (cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()).add_run(para)
    doc.add_paragraph("以上")
    doc.save(path)
    return path


@pytest.mark.parametrize("line_break", [False, True])
def test_a_member_s_label_alone_on_the_cell_s_first_line_names_the_row_s_asker(
        tmp_path: Path, line_break: bool) -> None:
    # a Word table of exchanges whose asking cells open with the member's label on a line alone
    # (浅見委員 / the remark below): written by the lead after a held-out record of this form was
    # read at first sight with every member as 委員 (the heading's word) and the label a line of
    # the remark. The label names the turn; 委員 alone is the unnamed member's; no line unread
    rows = [(["浅見委員", "救急の搬送時間が延びている。"], ["消防と病院の連絡体制を見直す。"]),
            (["（保坂委員）", "訪問看護の事業所が足りない。", "特に山間部で足りない。"], ["開設の補助を検討する。"]),
            (["委員", "名前のない意見である。"], ["承知した。"]),
            (["浅見委員：小児の夜間救急はどうなるのか。"], ["輪番制を維持する。"])]
    parsed = minutes.parse_file(_labelled_qa_docx(tmp_path / "qa.docx", rows, line_break))
    assert [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points] == [
        ("浅見委員", "member", "救急の搬送時間が延びている。"), ("事務局", "secretariat", "消防と病院の連絡体制を見直す。"),
        ("保坂委員", "member", "訪問看護の事業所が足りない。"), ("保坂委員", "member", "特に山間部で足りない。"),
        ("事務局", "secretariat", "開設の補助を検討する。"),
        ("委員", "member", "名前のない意見である。"), ("事務局", "secretariat", "承知した。"),
        ("浅見委員", "member", "小児の夜間救急はどうなるのか。"), ("事務局", "secretariat", "輪番制を維持する。")]
    # the heading row furniture; a label's line is its turn's (p), as a header line is
    assert (_fates(parsed), parsed.unread) == ("fbfbfFFbppppbpppppbppppbppppbF", ())
