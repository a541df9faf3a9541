"""The parser's remaining weak spots, each read as a concept (issue 10, "doubts2").

One fixture per concept, in the shape files arrive in (pdftotext: form feeds, page numbers,
lines wrapped near 38 characters, blank lines inside paragraphs), with its expected parse.
Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from assembler import minutes
from assembler.ingest import read_source
from assembler.ingest.text import split_lines
from assembler.minutes import trailing
from assembler.minutes.roles import load_roles
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"


# 1. A label after its point may hold brackets of its own, read as the header reader reads
# them (roles.guess): a qualifier (髙橋（清）委員), several names each with theirs, a label the
# extractor broke inside its inner bracket; a paper's author in brackets names no speaker.
NESTED = [
    ("髙橋（清）委員", "member", "回復期の病床が不足している地域では、", 14, 15),
    ("髙橋（真）委員", "member", "在宅医療を担う診療所は", 16, 19),
    ("佐藤（健）構成員", "member", "救急医療の集約は、", 20, 21),
    ("田中委員", "member", "救急医療の集約は、", 20, 21),
    ("渡邉(光)会長", "chair", "医師の働き方改革により、", 22, 23),
    ("髙橋（清）委員", "member", "看護師の確保には、県内の養成校との連携を強めることが有効である。", 27, 29),
    # ○ 事務局から、次回は５月に開催する旨の連絡があった。: the words it carries (narrated18; it was narrative)
    ("事務局", "secretariat", "次回は５月に開催する", 34, 34),
]


def test_a_label_after_its_point_may_hold_brackets_inside_its_brackets():
    parsed = minutes.parse_file(MINUTES / "summary-trailing-nested.txt")
    _check(parsed, NESTED)
    assert [p.text[-6:] for p in parsed.points[:2]] == ["必要である。", "検討すべき。"]
    assert parsed.points[0].speaker.name == "髙橋（清）"
    assert "（髙橋（清）委員） (line 29)" in parsed.points[-2].speaker_why
    assert _fates(parsed) == "fbfffffbfnnnapppbppppppbFapppuubapbF"  # narrated18: ○ …旨の連絡があった。 a point
    # （資料２（事務局））: no speaker, the bullet stays unread rather than the secretariat's
    assert [u.line for u in parsed.unread] == [30, 31]


def test_the_names_of_a_label_are_split_outside_their_brackets():
    t = load_roles()
    got = trailing.speakers_of("佐藤（健・副）構成員、田中委員", t)
    assert got is not None and [s.label for s in got[0]] == ["佐藤（健・副）構成員", "田中委員"]
    assert trailing.speakers_of("資料２（事務局）", t) is None
    assert trailing.speakers_of("佐藤委員（欠席）", t) is None


# 6. The front matter's next numbered item right under the attendee list, no blank line
# between (４ 傍聴者 under ３ 出席者): numbered as the labels above, with a higher number, it
# ends the list whatever its words; the groups numbered otherwise under the attendee label
# (（１）委員　…, （２）事務局　…) are groups named by the word after the number.
NUMBERED_FRONT = [
    ("森下委員長", "chair", "ただいまから第２回さくら町地域福祉計画策定委員会を開会いたします。", 12, 13),
    ("福祉課長", "secretariat", "資料１により、住民アンケートの結果を御説明します。回答率は４２％でした。", 14, 15),
    ("川野委員", "member", "見守りの担い手が減っているので、", 18, 19),
    ("森下委員長", "chair", "以上で本日の委員会を終わります。", 20, 20),
]


def test_the_front_matters_next_numbered_item_ends_the_attendee_list():
    parsed = minutes.parse_file(MINUTES / "record-front-numbered-items.txt")
    _check(parsed, NUMBERED_FRONT)
    assert [(g.group, g.names) for g in parsed.meeting.attendees] == [
        ("委員", ("森下委員長", "井口副委員長", "戸田委員", "川野委員", "大西委員", "宮本委員")),
        ("事務局", ("福祉課長", "福祉課主幹"))]
    assert parsed.meeting.place == "さくら町役場\u3000２階大会議室"
    assert _fates(parsed) == "fbffffffffbppppbFpppbF"
    assert not parsed.unread


def test_the_front_matters_next_numbered_item_may_be_a_group_of_attendees_itself():
    # ４　事 務 局　事務局長　松本和彦 under ３　出席委員 (pdftotext -layout of a town's record):
    # a group of its own, its roster split at the wide gaps, no name of the members' group
    parsed = minutes.parse_file(MINUTES / "record-seat-numbers-fullwidth.txt")
    assert [(g.group, g.names) for g in parsed.meeting.attendees] == [
        ("出席委員", ("１番\u3000青木正夫", "２番\u3000北村美穂", "５番\u3000田中英子", "７番\u3000石井浩二", "１１番\u3000岡本修")),
        ("事務局", ("事務局長\u3000松本和彦", "主査\u3000藤井亜紀"))]


# 5. A report whose words stand before its speaker (…との意見が小野委員からあった。, …との要望が、
# 片山委員より出された。, …べきだと小野委員から発言があった。, joined: …との質問が木下委員からあり、
# 事務局から…): the words are the speaker's point, its kind read from them; an act named
# without words (…について、事務局から説明があった。) stays procedural.
WORDS_FIRST = [
    ("事務局", "secretariat", "事務局から、資料１に基づき、", 8, 9),
    ("小野委員", "member", "家庭ごみの減量目標は、人口減少を踏まえて見直すべきではないか", 10, 11),
    ("事務局", "secretariat", "目標は国の基本方", 11, 13),
    ("片山委員", "member", "事業系ごみの排出量を業種別に把握してほしい", 14, 16),
    ("木下委員", "member", "生ごみの堆肥化は、回収の手間に見合う効果があるのか", 17, 18),
    ("事務局", "secretariat", "モデル地区の結果を次回示す", 18, 19),
    ("小野委員", "member", "資源物の集団回収への補助を続けるべきだ", 23, 24),
    ("事務局", "secretariat", "今後の進め方について、事務局から説明があった。", 25, 25),
    ("大川会長", "chair", "大川会長が閉会を宣言した。", 26, 26),
]


def test_a_report_whose_words_stand_before_its_speaker_is_the_speakers_point():
    parsed = minutes.parse_file(MINUTES / "summary-prose-words-first.txt")
    _check(parsed, WORDS_FIRST)
    assert [p.kind for p in parsed.points] == ["procedural"] + ["opinion"] * 6 + ["procedural"] * 2
    assert parsed.points[1].kind_why.startswith("reported: substantive: 家庭ごみの減量目標は、")
    assert _fates(parsed) == "fbffffapppppppbppppbFappppbF"
    assert not parsed.unread


# 2a. A heading that says views follow but not whose (意見交換の概要, like 主な意見): the meeting's
# attendees as a group (出席者, member), a label inside naming the exceptions (（事務局）); one
# that names both sides (質疑応答の概要) names no group: its bullets go by their own labels.
EXCHANGE = [
    ("事務局", "secretariat", "事務局から、資料１に基づき、", 8, 9),
    ("出席者", "member", "路線バスの減便が続いており、", 11, 11),
    ("出席者", "member", "デマンド交通は、予約の方法を高齢者にもわかりやすくしてほしい。", 12, 14),
    ("事務局", "secretariat", "運転士の確保については、", 15, 16),
    ("委員", "member", "利用の少ないバス停を統合すると、", 21, 22),
    ("事務局", "secretariat", "統合の対象は、", 23, 24),
    # ○ 事務局から、次回は８月に開催する旨の連絡があった。: the words it carries (narrated18; it was narrative)
    ("事務局", "secretariat", "次回は８月に開催する", 26, 26),
]


def test_a_heading_of_views_with_no_group_named_gives_them_to_the_attendees():
    parsed = minutes.parse_file(MINUTES / "summary-exchange-headings.txt")
    _check(parsed, EXCHANGE)
    assert parsed.points[1].speaker_why == "group heading: 意見交換の概要 (line 10)"
    assert _fates(parsed) == "fbffffapppppbpppbFaappppapbF"  # narrated18: ○ …旨の連絡があった。 a point
    assert not parsed.unread


# 2b. A press conference's record (its title says 記者会見): the asker (問) is a reporter, other;
# the answerer (答) takes the role of the official the title names (知事: government); the
# statement under 知事発表 before the questions is the official's.
# the answer's mark alone （答） is the host's: the 知事 the title names (pressqa; it was 答 with
# the 知事's role before)
PRESS = [
    ("知事", "government", "本日は、冬の観光誘客キャンペーンについて発表いたします。", 7, 8),
    ("知事", "government", "あわせて、県内の路線バスを一日乗り放題とする", 9, 11),
    ("問", "other", "キャンペーンの予算規模を教えてください。", 13, 13),
    ("知事", "government", "約２億円を見込んでおります。", 14, 15),
    ("問", "other", "前回のキャンペーンの効果をどう評価していますか。", 18, 18),
    ("知事", "government", "宿泊者数は前年同期と比べて１割増えました。", 19, 20),
    ("問", "other", "フリーパスの販売場所はどこになりますか。", 21, 21),
    ("知事", "government", "主要な駅とバスターミナルのほか、", 22, 23),
]


def test_a_press_conferences_questions_are_a_reporters_and_the_answers_the_officials():
    parsed = minutes.parse_file(MINUTES / "press-conference-qa.txt")
    _check(parsed, PRESS)
    assert parsed.points[2].role_why == "press conference: a reporter asks"
    assert parsed.points[3].role_why == "press conference: 知事 answers (the title)"
    assert _fates(parsed) == "fbffbapppbpapppbFppppppFbF"
    assert not parsed.unread


def test_question_and_answer_marks_of_a_meeting_stay_member_and_secretariat():
    # the same exchange in a council's summary (no 会見 in its title): the members ask
    text = (MINUTES / "press-conference-qa.txt").read_text(encoding="utf-8").replace(
        "みどり県知事定例記者会見　会見録", "みどり県観光審議会（第２回）議事要旨")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert {(p.speaker.label, p.speaker.role) for p in parsed.points} >= {("問", "member"), ("答", "secretariat")}


# 4. Lines indented a character (two spaces: pdftotext's Word first-line indent) in a row, each
# after a finished sentence: each opens a paragraph, one-line paragraphs included; a wrapped line
# stands at the margin and goes on (11 → 12), also across a blank line (19 → 21).
ONE_LINERS = [
    ("小川会長", "chair", "ただいまから第３回あさひ町子ども・子育て会議を開会します。", 7, 7),
    ("小川会長", "chair", "本日は委員１０名の出席をいただいております。", 8, 8),
    ("小川会長", "chair", "それでは議事に入ります。", 9, 9),
    ("子育て支援課長", "secretariat", "資料１を御覧ください。町内の保育所の待機児童は、４月時点で５人となりました。", 11, 12),
    ("子育て支援課長", "secretariat", "一方で、一歳児の受入れ枠が足りない状況が続いております。", 13, 13),
    ("子育て支援課長", "secretariat", "来年度は、小規模保育所を１か所開設する予定です。", 14, 14),
    ("村井委員", "member", "一歳児の枠について伺います。", 18, 18),
    ("村井委員", "member", "開設予定の小規模保育所の定員は何人でしょうか。保育士の確保の見通しも教えてください。", 19, 21),
    ("子育て支援課長", "secretariat", "定員は１２人を予定しております。", 23, 23),
    ("子育て支援課長", "secretariat", "保育士は、町の奨学金を受けた方の採用を進めてまいります。", 24, 24),
    ("小川会長", "chair", "ほかにございませんか。", 26, 26),
    ("小川会長", "chair", "以上で本日の会議を閉会します。", 27, 27),
]


@pytest.mark.parametrize("margin", ["", "    "])
def test_indented_lines_in_a_row_each_open_a_paragraph(margin):
    text = (MINUTES / "verbatim-indented-one-liners.txt").read_text(encoding="utf-8")
    text = "\n".join(margin + t if t.strip() else t for t in text.split("\n"))
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    _check(parsed, ONE_LINERS)
    assert _fates(parsed) == "fbffbpppppppppbFpppbpppppppbF"
    assert not parsed.unread


# 3. A table of the proceedings drawn in text (CP932, CRLF, as a 会議録検索 system exports it)
# with a column before the speaker's (日程: the item or the clock a row opens): its cells are a
# line of their own with the row's number (agenda), as Word's and PDF's are, not dropped; the
# text after the last table is no one's speech, read as what it is: the clock and the sentence
# narrative, a numbered heading agenda, 以上 furniture — none of it unread.
BOX_LEAD = [
    ("委員長", "chair", "ただいまから文教厚生委員会を開会いたします。", 14, 15),
    ("委員長", "chair", "議案第１８号を議題といたします。", 17, 18),
    ("学校教育課長", "government", "議案第１８号について御説明いたします。", 20, 22),
    ("岡部委員", "member", "統合によって配送の時間が延びると、", 24, 26),
    ("学校教育課長", "government", "保温食缶を全校に配備いたします。", 28, 28),
    ("委員長", "chair", "次に、請願第３号を議題といたします。", 31, 31),
    ("今井委員", "member", "放課後の居場所づくりは急務であり、採択すべきと考えます。", 33, 34),
]


def test_the_columns_before_the_speakers_and_the_text_after_a_text_table_are_read():
    src = read_source(MINUTES / "assembly-box-table-lead.txt")
    leads = [(l.number, l.text) for l in src.lines if l.cue == "lead"]
    assert leads == [(14, "午前10時00分"), (17, "日程第１"), (31, "日程第２")]
    parsed = minutes.parse_file(MINUTES / "assembly-box-table-lead.txt")
    _check(parsed, BOX_LEAD)
    # one place per line read: a row's lead cells and its speech share the row's number
    assert _fates(parsed) == "fbbfbffbfbFFFappFappFpppFpppFpbFapFppFbnbabnbFbF"
    assert not parsed.unread
    in_file = (MINUTES / "assembly-box-table-lead.txt").read_bytes().count(b"\r\n")
    assert sum(parsed.line_counts().values()) == len(parsed.lines) == in_file + len(leads)


# 7. The heading words of a remark column have one home (ingest/heads.py) that Word, PDF and
# text tables all ask: the same table reads the same in each form, whichever words head it
# (名前 | 発言の内容: PDF and text tables did not know 名前 or 発言の内容; 番号 | 氏名 | 質疑内容:
# Word and PDF did not know 質疑内容).
TABLE_ROWS = [("会長", "ただ今から審議会を開会します。"),
              ("都市計画課長", "資料１に沿って景観計画の見直し案を説明します。"),
              ("森委員", "屋外広告物の規制は、観光地の周辺で強めるべきだと思います。"),
              ("川島", "色彩の基準は分かりやすい図で示してほしい。"),  # a name with no title: a table's speaker cell says so
              ("会長", "以上で本日の審議会を閉会します。")]
HEADINGS = [("名前", "発言の内容"), ("番号", "氏名", "質疑内容")]


def _table_docx(path, heads):
    from docx import Document

    doc = Document()
    doc.add_paragraph("令和６年度第２回みどり市景観審議会　会議録")
    doc.add_paragraph("開催日時　令和６年９月２日（月）１４時から")
    table = doc.add_table(rows=len(TABLE_ROWS) + 1, cols=len(heads))
    for c, h in enumerate(heads):
        table.cell(0, c).text = h
    for r, (who, said) in enumerate(TABLE_ROWS, 1):
        cells = ([str(r)] if len(heads) == 3 else []) + [who, said]
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(path)
    return path


def _table_text(heads):
    def line(cells):
        return "│" + "│".join(cells) + "│"
    rule = "├" + "┼".join("──" for _ in heads) + "┤"
    out = ["令和６年度第２回みどり市景観審議会　会議録", "開催日時　令和６年９月２日（月）１４時から", "",
           "┌" + "┬".join("──" for _ in heads) + "┐", line(heads)]
    for r, (who, said) in enumerate(TABLE_ROWS, 1):
        out += [rule, line(([str(r)] if len(heads) == 3 else []) + [who, said])]
    out.append("└" + "┴".join("──" for _ in heads) + "┘")
    return "\n".join(out) + "\n"


def _said(parsed):
    return [(p.speaker.label, p.text) for p in parsed.points]


@pytest.mark.parametrize("heads", HEADINGS, ids=["-".join(h) for h in HEADINGS])
def test_word_and_text_tables_read_the_same_under_any_known_heading(tmp_path, heads):
    word = minutes.parse_file(_table_docx(tmp_path / "t.docx", heads))
    text = minutes.parse_source(split_lines(_table_text(list(heads)), "t.txt", encoding="utf-8"))
    assert _said(word) == _said(text) == TABLE_ROWS
    assert not word.unread and not text.unread


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("heads", HEADINGS, ids=["-".join(h) for h in HEADINGS])
def test_the_same_table_as_a_pdf_reads_as_word_does(tmp_path, heads):
    f = _table_docx(tmp_path / "t.docx", heads)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(f)],
                   check=True, capture_output=True, timeout=180)
    pdf = minutes.parse_file(tmp_path / "t.pdf")
    assert _said(pdf) == TABLE_ROWS
    assert not pdf.unread


def test_the_readers_share_one_list_of_heading_words():
    from assembler.ingest import docx as word_reader, heads, pdf as pdf_reader, texttable

    assert texttable.headed_speaker_column is word_reader.headed_speaker_column is pdf_reader.headed_speaker_column
    assert heads.headed_speaker_column(["番号", "氏名", "質疑内容"]) == 1
    assert heads.two_column_heads("名前", "発言の内容")


def test_a_press_conference_titled_below_its_date_names_its_official_by_the_first_label():
    # the title on the third line, below the date; no official in it (閣議後定例記者会見): the
    # statement under 冒頭発言 is the first named speaker's below (（大 臣）), the asker's label
    # spelled apart (（記 者）) a reporter
    text = ("令和６年１１月８日\n\n閣議後定例記者会見\n\n１．冒頭発言\n おはようございます。\n"
            " 冒頭、私から一点申し上げます。来週から新しい支援制度の受付を始めます。\n\n２．質疑応答\n"
            "（記 者）\n 支援制度の対象はどのくらいになりますか。\n（大 臣）\n およそ三万件を見込んでおります。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("大臣", "government", 6), ("大臣", "government", 7), ("記者", "other", 11), ("大臣", "government", 13)]
    assert not parsed.unread
