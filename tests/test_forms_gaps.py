"""Known gaps of the parser, each a concept with a fixture in the shape files arrive in
(pdftotext: form feeds, ``- n -`` page numbers, running heads, lines broken at the page
width, blank lines inside paragraphs) and its expected parse.

Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.parser import LineParser
from assembler.minutes.front import FrontLabels
from assembler.minutes.patterns import FRONT_LABELS, Patterns
from assembler.minutes.roles import load_roles
from assembler.ingest import read_source
from assembler.model import Line, SourceText
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"


def _parser(lines: list[str], in_body: bool = True) -> LineParser:
    src = SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(lines, 1)))
    p = LineParser(src, load_roles(), Patterns(), FrontLabels.build(FRONT_LABELS))
    p.in_body = in_body
    return p


# 1. A header without a mark: a name (its parts apart or not), spaces, a title of the role
# table as a word of its own, spaces, the speech on the same line (or below it).
UNMARKED = [
    ("会長", "chair", "ただいまから、令和６年度第２回みどり市農業振興審議会を開会いたします。", 10, 11),
    # a blank line inside the sentence (pdftotext) does not split it
    ("柴田智恵美委員", "member", "本市の新規就農者は増えているとの説明でしたが、定着率はどの程度でしょうか。"
     "就農後５年以内に離農する方も多いと聞いております。", 12, 15),
    # the city's official answering its own 審議会: the council's secretariat (it was government,
    # as if answering an assembly; changed deliberately with tests/test_forms_assembly8.py)
    ("北条農政課長", "secretariat", "お答えします。過去５年間に就農した２４名のうち、", 16, 17),
    # a page break, its number and the running head between two turns
    ("柴田智恵美委員", "member", "定着の支援は、技術指導だけでなく、住まいや販路の確保まで", 21, 22),
    ("会長", "chair", "ほかにございませんか。", 23, 23),
    ("大森健委員", "member", "農地の集積について伺います。", 24, 25),
    # 今後 委員 の皆様と… and なお 委員 各位には… are sentences of the turn, no headers
    ("北条農政課長", "secretariat", "目標の６５％に対し、現在６１％です。地域計画の策定を通じて集積を進めてまいります。"
     "今後 委員 の皆様と現地を回る機会を設けたいと考えております。なお 委員 各位には、"
     "地域計画の説明会への御参加をお願いいたします。", 26, 31),
    # the name and the title alone on the line, the speech below
    ("大森健委員", "member", "了解しました。", 33, 33),
    ("会長", "chair", "以上で本日の議事を終了いたします。", 37, 37),
]


def test_a_header_without_a_mark_is_a_name_spaces_and_a_title():
    parsed = minutes.parse_file(MINUTES / "unmarked-spaced-headers.txt")
    _check(parsed, UNMARKED)
    # page 1: title, date, place, agenda (１ 開会 too); the turns; page 2 after its number and running
    # head; page 3: the last turn and the closing time (narrative)
    assert _fates(parsed) == "fbffbaaab" "ppppbpppbFF" "pppppppppbpppbFF" "pbnF"
    assert [p.speaker.name for p in parsed.points[:3]] == ["", "柴田智恵美", "北条"]
    assert not parsed.unread


@pytest.mark.parametrize("line", [
    "なお 委員 各位には御参加をお願いします。",  # a word with kana: no surname
    "先ほど 委員 各位から御意見をいただきました。",
    "次に 会長 から説明があった。",
    "本日 委員 の皆様にお諮りします。",    # the speech would start with a particle
    "今後 会長 より御報告いただきます。",
    "新規 就農者 の確保について伺います。",  # no title of the role table
    "令和６年度 委員 報酬について",        # digits: no name
])
def test_a_sentence_that_starts_with_a_word_and_a_space_is_no_header(line):
    assert _parser([line]).unmarked_header(line) is None


@pytest.mark.parametrize("line, in_body", [
    ("青木一郎 委員　　佐藤花子 委員", False),  # an attendee list before the proceedings
    ("林　正男　　　会長", False),
])
def test_names_and_titles_before_the_proceedings_are_attendees(line, in_body):
    assert _parser([line], in_body).unmarked_header(line) is None


@pytest.mark.parametrize("line, label, name, rest", [
    ("柴田智恵美 委員  本市の…について伺います。", "柴田智恵美委員", "柴田智恵美", "本市の…について伺います。"),
    ("柴田 智恵美 委員　ありがとうございます。", "柴田智恵美委員", "柴田智恵美", "ありがとうございます。"),
    ("北条 農政課長　お答えします。", "北条農政課長", "北条", "お答えします。"),
    ("関 三郎委員長　これより会議を開きます。", "関三郎委員長", "関三郎", "これより会議を開きます。"),
    ("大森 健 委員", "大森健委員", "大森健", None),
])
def test_unmarked_headers(line, label, name, rest):
    _shape, sp, got = _parser([line]).unmarked_header(line)
    assert (sp.label, sp.name, got) == (label, name, rest)


# 3 and 4. The responsibility note (（文責：事務局）, 文責　観光振興課) is front or back matter;
# ※ lines between or after turns are the secretariat's notes, a ※ line that goes on a
# speaker's unfinished sentence is that point's. pypdf shape: no blank lines, lines broken at
# the page width, the page number and the running head between two bullets of one turn.
NOTES = [
    ("大橋座長", "chair", "インバウンドの回復は本格化しているが、", 12, 13),
    ("川口委員", "member", "二次交通の確保が課題。路線バスの減便が続いており、観光客の周遊を妨げている。"
     "駅から観光地までの足がない。", 15, 16),
    # ※資料３は非公開 (line 17) stands between two bullets: the turn goes on after it
    ("川口委員", "member", "デマンド交通と観光タクシーの組合せを、事業者と一緒に検討すべきである。", 18, 18),
    ("寺田委員", "member", "観光人材の確保に向けて、※ 特に宿泊業の処遇改善が必要である。", 20, 23),
    ("寺田委員", "member", "地域の食文化の発信を強化すべき。", 26, 26),
    ("野村委員", "member", "観光統計の整備が遅れている。", 29, 30),
    ("大橋座長", "chair", "本日の意見を踏まえ、事務局で骨子案を整理していただきたい。", 32, 32),
]


def test_notes_and_the_responsibility_line_are_nobody_s_points():
    parsed = minutes.parse_file(MINUTES / "summary-notes-pypdf.txt")
    _check(parsed, NOTES)
    # the title, 文責, labels, attendees and the note wrapped over two lines before the
    # body are front matter; the notes among the turns are narrative; 文責 at the end front
    assert _fates(parsed) == "fffffffffa" "ppppppnppppppFF" "pnpppppnfF"
    m = parsed.meeting
    assert m.council == "あおば県観光振興懇話会"
    assert [(g.group, g.names) for g in m.attendees] == [
        ("委員", ("大橋座長", "川口委員", "寺田委員", "野村委員")), ("事務局", ("観光振興課長 ほか",))]
    assert not any("※" in p.text and not p.text.startswith("観光人材") for p in parsed.points)
    assert not parsed.unread


@pytest.mark.parametrize("line", [
    "（文責：事務局）", "文責　事務局", "【文責：子育て支援課】", "(文責:都市計画課)", "文 責：事務局",
])
def test_the_responsibility_line_is_front_matter_before_and_after_the_turns(line):
    head = "ひかり市子ども・子育て会議（第４回）議事要旨\n"
    body = "日時：令和６年２月５日（月）\n\n（会長）\n・開会します。\n（青木委員）\n・保育士の処遇を改善すべき。\n"
    for text in (head + line + "\n" + body, head + body + line + "\n"):
        parsed = minutes.parse_source(_source(text))
        assert parsed.meeting.council == "ひかり市子ども・子育て会議", parsed.meeting.council
        assert [p.speaker.label for p in parsed.points] == ["会長", "青木委員"]
        assert parsed.points[-1].text == "保育士の処遇を改善すべき。"
        n = text.splitlines().index(line)
        assert parsed.lines[n] == "front"


def _source(text: str) -> SourceText:
    return SourceText("m.txt", tuple(Line(t, n) for n, t in enumerate(text.splitlines(), 1)))


def test_a_note_inside_a_turn_leaves_the_turn_going_on():
    text = ("ひかり市子ども・子育て会議（第４回）議事録\n日時：令和６年２月５日（月）\n\n"
            "青木委員　保育士の処遇を改善すべきである。\n※資料３は非公開\n"
            "また、保育所の新設は地域の需要を見て判断してほしい。\n"
            "※ 後日、青木委員から補足資料の提出があった。\n")
    parsed = minutes.parse_source(_source(text))
    assert [(p.speaker.label, p.text, p.source.line_start) for p in parsed.points] == [
        ("青木委員", "保育士の処遇を改善すべきである。", 4),
        ("青木委員", "また、保育所の新設は地域の需要を見て判断してほしい。", 6)]
    assert parsed.lines[4] == parsed.lines[6] == "narrative"


# 8. A title alone with a colon: before the first turn, with a count or people after it or
# below it (委員：１２名, 委員：青木、佐藤…, 事務局： / こども未来部長、…), a group of
# attendees; after the proceedings began, or with speech below it, a speaker (会長：,
# 副会長：, 委員：). pdftotext shape: a blank line inside a sentence, a page break with its
# number and running head between two turns.
COLON_TITLES = [
    ("事務局", "secretariat", "資料１により、こども計画の令和５年度の進捗状況を説明した。", 13, 13),
    ("会長", "chair", "ただいまの説明について、", 16, 16),
    ("委員", "member", "放課後児童クラブの待機児童が、小学校区によっては３０人を超えていると聞いている。"
     "待機の解消を急いでほしい。", 18, 21),
    ("事務局", "secretariat", "待機児童の多い校区では、", 23, 23),
    ("副会長", "member", "保育士の確保が最も重要な課題であり、", 28, 29),
    ("委員", "member", "３点伺います。", 30, 31),
    ("事務局", "secretariat", "病児保育の利用は前年度の１．２倍です。", 33, 34),
    ("会長", "chair", "本日の議事は以上です。", 35, 35),
]


def test_a_title_alone_with_a_colon_is_attendees_before_the_turns_and_a_speaker_in_them():
    parsed = minutes.parse_file(MINUTES / "yoten-colon-titles.txt")
    _check(parsed, COLON_TITLES)
    assert _fates(parsed) == "fbffb" "ffffb" "abpb" "pppppbpppbFF" "pppppppppbF"
    assert [(g.group, g.names) for g in parsed.meeting.attendees] == [
        ("委員", ()),  # a count names nobody
        ("委員", ("青木", "佐藤", "杉本", "田村", "中島", "西川", "野口", "浜田", "松井", "山本")),
        ("事務局", ("こども未来部長", "子育て支援課長", "保育課長"))]
    assert parsed.meeting.council == "ひかり市子ども・子育て会議"
    assert not parsed.unread


@pytest.mark.parametrize("below, speaker", [
    ("ただいまから会議を開会いたします。", True),   # speech below: the turn of the title
    ("青木、佐藤、杉本", False),                  # people below: a group of attendees
    ("１２名", False),
])
def test_a_title_alone_before_the_turns_is_decided_by_what_stands_below_it(below, speaker):
    text = f"ひかり市景観審議会 議事要旨\n日時：令和６年６月３日（月）\n\n委員：\n{below}\n会長：\n・閉会します。\n"
    parsed = minutes.parse_source(_source(text))
    assert (parsed.points[0].speaker.label == "委員") is speaker
    assert parsed.lines[3] == ("point" if speaker else "front")


# 5, 6, 7 and 9 in one municipal 会議録 in pdftotext shape. 7: the title with the first agenda
# item glued to it (…審議会会議録１ 開会). 5: attendance headings without a colon after the
# agenda (出席委員, 欠席委員, 説明のため出席した者, 事務局職員), names several a line with
# their titles: attendees, not turns. 6: paragraphs indented by two half-width spaces (as
# Word's first-line indent comes out of pdftotext) after a finished sentence start a
# paragraph of the turn, the announcement 「…を御説明いたします。」 heading the first. 9: an
# indent under a sentence left unfinished, a blank line and a page break inside a sentence
# do not split it.
ATTENDANCE = [
    ("会長", "chair", "ただいまから、令和６年度第１回ひかり市都市計画審議会を開会いたします。本日は", 20, 22),
    ("都市計画課長", "government", "資料１に沿って、用途地域の変更案を御説明いたします。今回の変更は、駅の北側の"
     "約１２ヘクタールを第一種住居地域から近隣商業地域に改めるものです。", 26, 28),
    ("都市計画課長", "government", "変更の理由は、", 29, 30),
    ("青木一郎委員", "member", "用途地域の変更そのものには賛成します。ただ、周辺には戸建ての住宅も多いので、"
     "建物の高さや夜間の騒音について、地区計画などで一定の制限を設けるべきではないでしょうか。", 31, 33),
    ("都市計画課長", "government", "御指摘の点は、地区計画の策定の中で、住民の皆様の御意見を伺いながら", 34, 36),
    ("西川美和委員", "member", "駅の北側は、通学路にもなっています。歩道の整備を、再開発の事業者にも求めて"
     "いただきたい。", 37, 41),
    ("会長", "chair", "ほかに御意見はございませんか。", 42, 42),
    ("会長", "chair", "ないようですので、", 43, 43),
]


def test_attendance_headings_without_a_colon_and_a_title_glued_to_the_agenda():
    parsed = minutes.parse_file(MINUTES / "record-attendance-headings.txt")
    _check(parsed, ATTENDANCE)
    # title and 議事 label; the agenda (３ 閉会 too); date and place; the attendee list
    assert _fates(parsed) == "ffaaab" "ffb" "fffffffffb" "pppbFF" "pppppppppbppbFF" "pppbnF"
    m = parsed.meeting
    assert (m.council, m.kind, m.date, m.place) == (
        "ひかり市都市計画審議会", "会議録", "2024-05-20", "ひかり市役所 本庁舎 ５階 大会議室")
    assert [(g.group, len(g.names)) for g in m.attendees] == [
        ("出席委員", 5), ("欠席委員", 1), ("説明のため出席した者", 2), ("事務局職員", 1)]
    assert m.attendees[0].names[:2] == ("林正男 会長", "青木一郎 委員")
    assert not parsed.unread


def test_names_and_titles_after_the_agenda_are_no_turn_without_a_label_either():
    text = ("ひかり市景観審議会 会議録\n１．開会\n２．議事\n\n林正男 会長　　青木一郎 委員　　佐藤花子 委員\n\n"
            "会長　ただいまから開会いたします。\n")
    parsed = minutes.parse_source(_source(text))
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("会長", 7)]


@pytest.mark.parametrize("indent", ["\u3000", " "])
def test_an_indent_under_an_unfinished_sentence_goes_on_the_paragraph(indent):
    text = ("ひかり市景観審議会 会議録\n日時：令和６年６月３日（月）\n\n青木委員　建物の高さや夜間の騒音について、\n"
            f"{indent}地区計画で制限を設けるべきです。\n{indent}また、歩道の整備も求めたい。\n")
    parsed = minutes.parse_source(_source(text))
    assert [(p.text, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("建物の高さや夜間の騒音について、地区計画で制限を設けるべきです。", 4, 5),
        ("また、歩道の整備も求めたい。", 6, 6)]


# 2. A PDF table 発言者 | 発言内容 without a heading row: the columns found from the layout (a
# narrow first column of short label cells beside a column of speech); a speaker cell wrapped
# over two lines (事務局 / （都市計画課長）) is one label; a row whose remark cell is empty
# (森田委員 alone) is the speaker's line and no point; the closing time under the table in the
# first column is no speaker.
TABLE = [
    ("会長", "chair", "ただ今から審議会を開会します。本日は委員８名中６名の出席があり、会議は成立しています。", 4, 7),
    ("事務局（都市計画課長）", "secretariat", "資料１に沿って説明します。景観計画の見直し案では、", 8, 12),
    ("川島委員", "member", "屋外広告物の規制は、観光地の周辺で強めるべきだと思います。特に、", 13, 17),
    ("会長", "chair", "森田委員、マイクをお願いします。", 19, 20),
    ("森田委員", "member", "色彩の基準は分かりやすい図で示してほしい。", 21, 23),
    ("Ａ委員", "member", "基準の運用は、事業者の負担にも配慮していただきたい。", 24, 26),
]


def test_a_pdf_table_without_a_heading_row_is_read_by_its_columns():
    parsed = minutes.parse_file(MINUTES / "record-table-no-heading.pdf")
    got = [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end)
           for p in parsed.points]
    # a point's span starts at its speaker cell's line (the remark is the line below it)
    assert [(g[0], g[1], g[4]) for g in got] == [(e[0], e[1], e[4]) for e in TABLE]
    for g, e in zip(got, TABLE):
        assert g[2].startswith(e[2]) and g[3] == e[3] + 1, g
    assert _fates(parsed) == "fff" + "p" * 23 + "n"
    assert parsed.meeting.date == "2024-09-09"
    assert not parsed.unread
    lines = read_source(MINUTES / "record-table-no-heading.pdf").lines
    assert [(l.number, l.text) for l in lines if l.cue == "label"][:2] == [(4, "会長"), (8, "事務局（都市計画課長）")]
    assert lines[17].text == "森田委員" and lines[17].cue == "label"  # its remark cell is empty


def test_a_label_value_table_is_no_speaker_table_and_a_full_width_gap_is_a_space():
    # the front matter in a 2-column table (日時 | …) is no speaker | remark table; the
    # full-width space LibreOffice draws as a gap (○会長　ただ今から…) is read as U+3000, so
    # the label ends there (the file was refused: 'no speaker found')
    parsed = minutes.parse_file(MINUTES / "summary-front-table.pdf")
    assert not any(l.cue for l in read_source(MINUTES / "summary-front-table.pdf").lines)
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("会長", "ただ今から審議会を開会します。"),
        ("川島委員", "屋外広告物の規制は、観光地の周辺で強めるべきだと思います。"),
        ("森田委員", "色彩の基準は分かりやすい図で示してほしい。")]
    m = parsed.meeting
    assert (m.council, m.session, m.date) == ("令和６年度みどり市景観審議会", 3, "2024-10-07")
    assert m.attendees[0].names == ("会長", "川島委員", "森田委員", "事務局")
