"""Forms a held-out set of assembly and council records showed missing (issue 10, batch 8).

One fixture per concept, in the shape files arrive in, with its expected parse. Rows of
EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _fates, _rows

MINUTES = FIXTURES / "minutes"


def _check(parsed: minutes.Minutes, expected: list[tuple[str, str, str, int, int]]) -> None:
    got = _rows(parsed)
    assert [(g[0], g[1], g[3], g[4]) for g in got] == [(e[0], e[1], e[3], e[4]) for e in expected], got
    for g, e in zip(got, expected):
        assert g[2].startswith(e[2]), (g, e)


# A prefectural committee record saved from the web: ◎ chair, ○ members, ● officials, each
# label alone on its line and the speech on the lines below. ● is a bullet's mark too, so a
# ● label whose title is not in the role table (病院事業管理者, 北部病院長) was read as a
# bullet and its answer cited as the previous speaker's; it is a header because ● heads the
# file's other turns and speech follows. Unknown titles take the role of the table's titles
# that end as they do (…管理者 as 会計管理者), or their own entry (事業管理者, 院長).
OWN_LINE = [
    ("安西委員長", "chair", "ただいまから健康福祉常任委員会を開会いたします。", 8, 8),
    ("安西委員長", "chair", "本日は、所管事務の調査を行います。", 9, 9),
    ("安西委員長", "chair", "初めに、家庭支援課から説明をお願いします。", 10, 10),
    # the announcement of the explanation heads its first paragraph (one point)
    ("久道家庭支援課長", "government", "それでは、資料１に基づき、子育て世帯への訪問支援事業の実施状況を御説明"
     "いたします。本年度の訪問件数は、", 13, 15),
    ("真壁委員", "member", "訪問支援の担い手が", 17, 17),
    ("真壁委員", "member", "人材の確保に", 18, 18),
    ("久道家庭支援課長", "government", "担い手の養成講座を、", 21, 21),
    ("真壁委員", "member", "県立病院の小児科の体制についても伺います。", 23, 23),
    ("岩渕病院事業管理者", "government", "県立病院の小児科医は、", 25, 25),
    ("岩渕病院事業管理者", "government", "夜間の救急体制は、", 26, 26),
    ("小田切委員", "member", "北部の病院では、", 28, 28),
    ("樋口北部病院長", "government", "医師の派遣を大学に", 30, 30),
    ("早坂感染症対策監", "government", "院内感染の対策は、", 32, 32),
    ("岩渕病院事業管理者", "government", "補足いたしますと、", 34, 34),
    ("安西委員長", "chair", "ほかに質疑はありませんか。", 36, 36),
    ("安西委員長", "chair", "以上で本日の委員会を閉会いたします。", 37, 37),
]


def test_own_line_marked_labels_with_titles_not_in_the_table_are_headers():
    parsed = minutes.parse_file(MINUTES / "committee-own-line-marks.txt")
    _check(parsed, OWN_LINE)
    # breadcrumb and the site's text-size switch: furniture; the footer (contact, copyright) too
    assert _fates(parsed) == "FF" "fff" "b" "pppp" "b" "ppppppp" "b" + "p" * 18 + "b" "n" "b" "FFF"
    assert parsed.meeting.council == "健康福祉常任委員会"
    assert not parsed.unread


def test_a_lone_bullet_label_is_still_a_bullet_where_its_mark_heads_no_turn():
    from assembler.minutes.parser import LineParser
    from assembler.minutes.front import FrontLabels
    from assembler.minutes.patterns import Patterns
    from assembler.model import Line, SourceText

    text = ["○真壁委員", "次の点を述べた。", "●利用者", "訪問の回数を増やしてほしい。"]
    src = SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(text, 1)))
    p = LineParser(src, minutes.load_roles(), Patterns(), FrontLabels.build({}))
    assert p.turn_marks() == frozenset("○")
    p.at = 2
    assert not p.turn_mark_alone("●利用者")


def test_unknown_titles_take_the_role_of_the_titles_that_end_as_they_do():
    table = minutes.load_roles()
    assert table.guess("沢口公営企業管理者").role == "government"
    assert table.guess("沢口水道事業管理者").role == "government"
    assert table.guess("樋口病院長").role == "government"
    assert table.guess("早坂感染症対策監").role == "government"  # as 政策監, 危機管理監
    assert table.guess("山田広報戦略官").role == "other"  # 官: secretariat and government disagree


def _title_person_minutes(path):
    """A city 審議会's Word record typed as its assembly types them: each turn opens with the
    title and the person in brackets (half-width or full-width, 君 or not), no mark, no colon,
    no bold, then a space (or none) and the speech in the same paragraph; a number before some
    labels, a space inside a name, a label split over runs as Word saves them, a turn going on
    in a paragraph of its own and over a manual line break."""
    from docx import Document

    doc = Document()
    for text in ["第２回みどり市都市計画審議会　会議録", "日時　令和６年８月２０日（火）午後２時から",
                 "場所　市役所３階　第１会議室", "出席委員　三上康之、須藤光男、岡部真澄、竹内里美",
                 "事務局　建設部長　大友健二、都市計画課長　西尾達也、都市計画課係長　平野ゆかり", "１．開会"]:
        doc.add_paragraph(text)
    turns = [
        ("会長(三上康之君)", " 本日はお忙しい中お集まりいただき、ありがとうございます。"),
        ("会長(三上康之君)", " 議事に入ります。議案第１号について、事務局から説明をお願いします。"),
        ("都市計画|課長(|西尾達也君)", "　それでは、議案第１号、用途地域の変更について御説明いたします。"),
        (None, "駅北地区の住居系の用途を、近隣商業地域に変更するものです。"),
        ("委員(須藤　光男君)", "　変更によって、周辺の住環境への影響はどう評価されているのか伺います。"),
        ("都市計画課係長(平野ゆかり君)", " 日影や騒音の影響は、地区計画で建物の高さを制限することで"
         "\n抑えられると考えております。"),
        ("１．委員(岡部真澄君)", " 駅北の商店街の空き店舗対策とも連携していただきたいと思います。"),
        ("委員（竹内里美君）", "説明会での住民の意見はどのようなものでしたか。"),
        ("職員（平野ゆかり）", "　説明会では、交通量の増加を心配する声が多くございました。"),
        ("地域整備監(原田 守君)", " 交通量は、新しい市道の開通で分散する見込みです。"),
        ("会長(三上康之君)", " 以上で本日の審議会を閉会いたします。"),
    ]
    for label, speech in turns:
        p = doc.add_paragraph()
        for part in (label or "").split("|"):
            if part:
                p.add_run(part)
        first, _, more = speech.partition("\n")
        run = p.add_run(first)
        if more:
            run.add_break()
            p.add_run(more)
    doc.save(path)
    return path


TITLE_PERSON = [
    ("会長(三上康之君)", "chair", "本日はお忙しい中", 7, 7),
    ("会長(三上康之君)", "chair", "議事に入ります。", 8, 8),
    # a paragraph that only announces (…について御説明いたします。) heads the next one
    ("都市計画課長(西尾達也君)", "secretariat", "それでは、議案第１号、用途地域の変更について御説明いたします。"
     "駅北地区の住居系の用途を、", 9, 10),
    ("委員(須藤光男君)", "member", "変更によって、", 11, 11),
    # a manual line break stays inside its paragraph (one line of the source)
    ("都市計画課係長(平野ゆかり君)", "secretariat", "日影や騒音の影響は、地区計画で建物の高さを制限することで抑えられる", 12, 12),
    ("委員(岡部真澄君)", "member", "駅北の商店街の", 13, 13),
    ("委員（竹内里美君）", "member", "説明会での住民の意見は", 14, 14),
    ("職員（平野ゆかり）", "secretariat", "説明会では、", 15, 15),
    # a title neither in the table nor ending as one of its titles does: other, by its form
    ("地域整備監(原田守君)", "other", "交通量は、", 16, 16),
    ("会長(三上康之君)", "chair", "以上で本日の審議会を閉会いたします。", 17, 17),
]


def test_title_and_person_in_brackets_open_a_word_paragraph_s_turn(tmp_path):
    parsed = minutes.parse_file(_title_person_minutes(tmp_path / "shingikai.docx"))
    _check(parsed, TITLE_PERSON)
    assert not parsed.unread


def test_a_title_and_a_bracket_that_name_no_speaker_stay_speech():
    from assembler.minutes.parser import LineParser
    from assembler.minutes.front import FrontLabels
    from assembler.minutes.patterns import Patterns
    from assembler.model import SourceText

    p = LineParser(SourceText("x", ()), minutes.load_roles(), Patterns(), FrontLabels.build({}))
    p.in_body = True
    for text in ("議案第１号(用途地域の変更)について御説明します。", "東京都（都庁） において検討中です。",
                 "市長（山田太郎）は、次のように述べた。", "職員（平野ゆかり）"):
        assert p.title_person(text) is None, text


# A town's 都市計画審議会 (an advisory council) as pdftotext gives it, its people labelled as
# the town's assembly labels them (都市計画課長（西尾達也君）), no attendance list of the
# officials: the town's department that runs the council explains and answers — the council's
# secretariat, not the government an assembly hears. Decided by the body's name (a place,
# then a council: not 議会, 常任委員会, 本会議), the evidence in role_why; the 町長 greeting it
# keeps the role of the table. They were read as the executive answering an assembly.
COUNCIL = [
    ("会長（三上康之君）", "chair", "ただいまから令和６年度第１回あおば町都市計画審議会を開会", 10, 11),
    ("町長（森田一郎君）", "government", "委員の皆様には、", 12, 14),
    ("会長（三上康之君）", "chair", "議題（１）について、", 15, 15),
    ("都市計画課長（西尾達也君）", "secretariat", "それでは、資料１により御説明いたします。", 16, 17),
    ("都市計画課長（西尾達也君）", "secretariat", "変更の面積は", 19, 19),
    ("委員（須藤光男君）", "member", "周辺の住環境への", 20, 20),
    ("都市計画課係長（平野ゆかり君）", "secretariat", "日影や騒音の影響は、", 21, 22),
    ("委員（岡部真澄君）", "member", "駅北の商店街の", 24, 24),
    ("建設部長（大友健二君）", "secretariat", "商工観光課と連携し、", 25, 25),
    ("委員（竹内里美君）", "member", "説明会での住民の意見は", 26, 26),
    ("職員（加藤亮君）", "secretariat", "説明会では、", 27, 27),
    ("会長（三上康之君）", "chair", "ほかに御意見がなければ、", 28, 29),
    ("会長（三上康之君）", "chair", "以上で本日の審議会を閉会いたします。", 31, 31),
]


def test_a_local_council_s_officials_are_its_secretariat_whatever_its_labels():
    parsed = minutes.parse_file(MINUTES / "council-officials-pdftotext.txt")
    _check(parsed, COUNCIL)
    whys = {p.speaker.label: p.role_why for p in parsed.points if p.speaker.role == "secretariat"}
    assert set(whys.values()) == {"an official of the local government holding the council (あおば町の審議会の事務局)"}
    assert not parsed.unread


def test_the_body_decides_whose_officials_answer():
    from assembler.minutes.roles import _own_officials

    local = "an official of the local government holding the council ({}の審議会の事務局)"
    assert _own_officials("みどり市地域公共交通協議会") == local.format("みどり市")
    assert _own_officials("令和５年度第２回あおば県環境審議会") == local.format("あおば県")
    assert _own_officials("さくら区子ども・子育て会議") == local.format("さくら区")
    # an assembly and its committees hear the executive; a national council names no place
    for body in ("あおば町議会定例会", "みどり市議会建設常任委員会", "予算特別委員会", "交通政策審議会",
                 "社会資本整備審議会都市計画・歴史的風土分科会", ""):
        assert _own_officials(body) is None, body
    assert _own_officials("みどり市教育委員会") == "the board's own official (行政委員会の事務局)"


def test_the_assembly_chair_s_call_by_title_or_seat_and_name_gives_the_floor():
    # the chair of a 本会議 or 一般質問 gives the floor naming whom and nothing else; it was an
    # opinion (7 turns of 39 in one record)
    from assembler.minutes.kind import act

    calls = ("町長、永井 敏君。", "５番、杉浦真一君。", "総務課長、片岡 誠君。", "琴尾みさと君。",
             "教育長　笹山忠則君。", "議会運営委員長、佐々木克敏君。")
    assert [act(s) for s in calls] == ["floor"] * len(calls)
    assert [minutes.decide_kind(s)[0] for s in calls] == ["procedural"] * len(calls)
    # a sentence that names a person with 君 and says more is not a call
    assert act("山田君の提案に賛成します。") is None
    assert minutes.decide_kind("町長、永井 敏君。先ほどの答弁は不十分です。")[0] == "opinion"


# A town assembly's 一般質問 as pdftotext gives it: the chair gives the floor by naming whom
# and nothing else (町長、永井 敏君。 ５番、杉浦真一君。 総務課長、片岡 誠君。) — procedural, it was an
# opinion; an answer whose first paragraph is only a formula (お答えいたします。, 再質問いたし
# ます。, 御説明いたします。 across a page break, 議案第３５号について御説明いたします。) is one
# point with the paragraph it announces: one point per paragraph of a turn, the announcement
# its head (it was a procedural point of its own and the answer another).
FLOOR = [
    ("議長（田村修君）", "chair", "procedural", "おはようございます。ただいまから本日の会議を開きます。", 5, 7),
    ("５番（杉浦真一君）", "member", "opinion", "通告に従い、", 8, 9),
    ("議長（田村修君）", "chair", "procedural", "町長、永井 敏君。", 10, 10),
    ("町長（永井敏君）", "government", "opinion", "お答えいたします。町営バスの利用者は、この５年で３割", 11, 14),
    ("議長（田村修君）", "chair", "procedural", "５番、杉浦真一君。", 15, 15),
    ("５番（杉浦真一君）", "member", "opinion", "再質問いたします。デマンド交通の", 16, 17),
    ("議長（田村修君）", "chair", "procedural", "総務課長、片岡 誠君。", 18, 18),
    ("総務課長（片岡誠君）", "government", "opinion", "御説明いたします。導入は、", 19, 21),
    ("議長（田村修君）", "chair", "procedural", "日程第２、議案第３５号を議題といたします。", 22, 23),
    ("総務課長（片岡誠君）", "government", "opinion", "議案第３５号について御説明いたします。本案は、", 24, 25),
    ("議長（田村修君）", "chair", "procedural", "以上で本日の日程は全部終了いたしました。", 26, 27),
]


def test_the_chair_s_call_is_procedural_and_a_formula_heads_the_paragraph_it_announces():
    parsed = minutes.parse_file(MINUTES / "assembly-floor-formulas.txt")
    got = [(p.speaker.label, p.speaker.role, p.kind, p.text, p.source.line_start, p.source.line_end)
           for p in parsed.points]
    assert [g[:3] + g[4:] for g in got] == [e[:3] + e[4:] for e in FLOOR], got
    for g, e in zip(got, FLOOR):
        assert g[3].startswith(e[3]), (g, e)
    assert not parsed.unread


def test_a_formula_alone_in_its_turn_stays_a_point_of_its_own():
    text = "○町長（永井 敏君） お答えいたします。\n○議長（田村 修君） ５番、杉浦真一君。\n"
    parsed = minutes.parse_source(_source(text))
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("町長（永井敏君）", "お答えいたします。"), ("議長（田村修君）", "５番、杉浦真一君。")]


def _source(text: str):
    from assembler.model import Line, SourceText

    return SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(text.splitlines(), 1)))
