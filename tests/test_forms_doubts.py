"""The parser's known weak spots, each read as a concept (issue 10, "doubts").

One fixture per concept, in the shape files arrive in (pdftotext: form feeds, page numbers,
lines wrapped near 38 characters, blank lines inside paragraphs), with its expected parse.
Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.parser import is_formula
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"


# 1. A paragraph that is only a formula opening what follows — an acknowledgement (はい。),
# thanks (ありがとうございます。), a connective alone (それでは。), announcing the act
# (御説明申し上げます。 お答えします。 答弁いたします。 もう一点だけ申し上げます。) — is the head
# of its turn's next paragraph: one point, even across a blank line and a page break, and a
# head of a head joins too (はい。 / ありがとうございます。 / the view). A short paragraph of
# substance (財源が課題です。) and a closing (以上です。) head nothing; the last paragraph of a
# turn stays a point of its own.
FORMULAS = [
    ("山中座長", "chair", "ただいまから、あさひ県観光振興審議会の第３回会合を開会いたします。", 8, 9),
    ("山中座長", "chair", "それでは。議事に入ります。", 11, 13),
    ("石田企画課長", "secretariat", "御説明申し上げます。資料１の２ページを御覧ください。", 15, 21),
    ("山中座長", "chair", "ありがとうございました。御質問、御意見をお願いします。", 23, 25),
    ("北村委員", "member", "はい。ありがとうございます。人材の確保は急務ですが、", 27, 32),
    ("北村委員", "member", "財源が課題です。", 34, 34),
    ("北村委員", "member", "観光税の使い道を、", 36, 36),
    ("北村委員", "member", "以上です。", 38, 38),
    ("北村委員", "member", "もう一点だけ申し上げます。県北部の二次交通が弱く、", 40, 43),
    ("石田企画課長", "secretariat", "お答えします。住まいの確保については、", 45, 47),
    ("石田企画課長", "secretariat", "観光税の使途は、", 50, 50),
    ("南委員", "member", "二次交通について、", 52, 52),
    ("西岡観光部長", "secretariat", "答弁いたします。二次交通は、", 54, 55),
    ("山中座長", "chair", "ありがとうございました。本日の議事は以上です。", 57, 57),
]


def test_a_formula_paragraph_heads_the_next_paragraph_of_its_turn():
    parsed = minutes.parse_file(MINUTES / "verbatim-formula-heads.txt")
    _check(parsed, FORMULAS)
    kinds = [p.kind for p in parsed.points]
    # a head does not make its paragraph procedural: the view after it decides
    assert kinds[2] == kinds[4] == kinds[8] == kinds[9] == kinds[12] == "opinion"
    assert kinds[1] == kinds[3] == "procedural"
    assert _fates(parsed) == ("fbffffb" "ppbpbpbpbppbFpbpbpbpbpbppbpbpbpbpbppbpbpbFpbpbppbpbF")
    assert not parsed.unread


@pytest.mark.parametrize("sentence", [
    "はい。", "ええ。", "承知しました。", "ありがとうございます。", "どうもありがとうございました。", "それでは。",
    "お答えします。", "お答えいたします。", "答弁いたします。", "御説明申し上げます。", "補足いたします。",
    "ただいまの御質問にお答えいたします。", "議案第３５号について御説明いたします。"])
def test_sentences_that_carry_no_substance_and_open_what_follows_are_formulas(sentence):
    assert is_formula(sentence)


@pytest.mark.parametrize("sentence", [
    "以上です。", "以上でございます。", "清水委員、お願いいたします。", "財源が課題です。",
    "ただいまから会議を開会いたします。", "来年度に再編案をお示しします。", "おはようございます。",
    "３つの項目について申し上げます。", "２点質問します。"])
def test_closings_floor_and_substance_are_no_formula(sentence):
    assert not is_formula(sentence)


# 2. A new paragraph shown by a one-character indent (two ASCII spaces here, as pdftotext
# gives a Word paragraph's first-line indent) after a line that ended a sentence; a wrapped
# line stands at the margin, also after a line that happens to end a sentence (29 → 30), and
# a line indented under an unfinished sentence goes on it (33 → 34), across a blank line too.
INDENTS = [
    ("岡本会長", "chair", "ただいまから第２回みなと市環境審議会を開会いたします。本日は", 9, 10),
    ("岡本会長", "chair", "本日の議題は、ごみ減量計画の中間見直しです。", 11, 12),
    ("宮下環境政策課長", "secretariat", "資料１を御覧ください。", 14, 15),
    ("宮下環境政策課長", "secretariat", "一方で、事業系ごみは横ばいが続いており、", 16, 17),
    ("宮下環境政策課長", "secretariat", "今年度は、", 18, 18),
    ("松田委員", "member", "事業系ごみについて伺います。", 21, 22),
    ("吉川副会長", "member", "関連して一点申し上げます。", 24, 25),
    ("吉川副会長", "member", "売れ残りを寄付する仕組みを、", 26, 26),
    ("中野委員", "member", "手引の改定は評価します。説明会には、商店会の方にも来ていただけるよう、声を掛けてください。"
     "業種ごとに分けた説明も必要だと思います。飲食と小売では、出るごみが違います。", 28, 32),
    ("中野委員", "member", "もう一つ、集積所の表示も分かりやすくしてほしい。", 33, 34),
    ("岡本会長", "chair", "ありがとうございます。", 36, 36),
    ("岡本会長", "chair", "ないようですので、", 37, 37),
]


def test_a_one_character_indent_after_a_finished_sentence_starts_a_paragraph():
    parsed = minutes.parse_file(MINUTES / "verbatim-indent-paragraphs.txt")
    _check(parsed, INDENTS)
    assert _fates(parsed) == "fbfffffbppppbpppppbFppbpppbpppbpppbppbF"
    assert not parsed.unread


@pytest.mark.parametrize("margin", ["    ", "  \u3000"])
def test_the_indent_is_measured_from_the_margin(margin):
    """pdftotext -layout may set the whole page in by a few columns: the paragraphs are the
    lines one character further in, the wrapped lines stand at the margin."""
    from assembler.model import Line, SourceText

    text = (MINUTES / "verbatim-indent-paragraphs.txt").read_text(encoding="utf-8")
    lines = tuple(Line(margin + t if t.strip() else t, n) for n, t in enumerate(text.split("\n")[:39], 1))
    parsed = minutes.parse_source(SourceText("layout.txt", lines))
    assert [(p.speaker.label, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        (e[0], e[3], e[4]) for e in INDENTS]


# 3. A 会議概要 read report by report, the speaker found by the sentence's structure — the
# から/より set off by a comma or running to the speech act — wherever it stands: past a long
# topic and past the first line (11-13: …課題について、小林委員から、…との意見があった。),
# after a page break (18-20), and not a name inside the words or the topic before it
# (21-23: 停留所から順に進める… is no speaker; 同委員 is). The numbered heading above a
# report whose speaker stands on its second line is agenda (10).
FAR = [
    ("事務局", "secretariat", "事務局から、資料１に基づき、令和５年度のコミュニティバスの利用状況について説明があった。", 8, 9),
    ("小林委員", "member", "予約の電話がつな", 11, 13),
    ("事務局", "secretariat", "来年度から予約システムを導入する予定である", 14, 15),
    ("中村委員", "member", "路線バスとの乗り", 18, 20),
    ("中村委員", "member", "停留所の上屋やベンチの整備は、", 21, 23),
    ("事務局", "secretariat", "次回は１１月に開催する予定である", 25, 25),
]


def test_a_report_s_speaker_is_found_by_its_structure_not_its_distance():
    parsed = minutes.parse_file(MINUTES / "summary-prose-far-speaker.txt")
    _check(parsed, FAR)
    # the words whole, the topic and the frame the narration
    assert parsed.points[1].text == "予約の電話がつながりにくいとの声が利用者から寄せられているため、インターネット予約を併用すべき"
    assert parsed.points[1].narration.endswith("インターネット予約を併用すべきとの意見があった。")
    assert parsed.points[1].kind == "opinion"
    assert _fates(parsed) == "fbffffappapppppbFppppppapbF"
    assert not parsed.unread


@pytest.mark.parametrize(("clause", "who"), [
    ("令和５年度から始まった住宅の省エネ改修に対する補助制度の見直しに関する資料の説明を受けた後の質疑において、山田委員から、"
     "対象を広げるべきとの意見があった。", "山田委員"),
    ("停留所から順に整備を進めるべきとの意見について、事務局から、予算の範囲で進めるとの回答があった。", "事務局"),
    ("小林委員から、利用者から寄せられた声を踏まえ、予約を併用すべきとの意見があった。", "小林委員"),
    ("同委員から重ねて発言があった。", "委員"),
])
def test_the_agent_of_a_report(clause, who):
    from assembler.minutes.front import FrontLabels
    from assembler.minutes.parser import LineParser
    from assembler.minutes.patterns import Patterns
    from assembler.minutes.roles import load_roles
    from assembler.model import SourceText

    p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
    found = p.agent_of(clause)
    assert found is not None and found[0].label == who


# 4. A numbered report line (（１）山田委員から、…との意見があった。, （２）　…より, ⑶, ①) is read
# as an unnumbered report is: clause by clause (8-10: two reports), across a page break
# (11-14), its number dropped from the text as a numbered bullet's is, and 同委員 after it is
# the member it named last (16: 佐藤委員).
NUMBERED_REPORTS = [
    ("事務局", "secretariat", "事務局から、資料１に基づき、第２期計画の進捗状況について説明があった。", 7, 7),
    ("山田委員", "member", "放課後児童クラブの", 8, 9),
    ("事務局", "secretariat", "夏季限定の開所を検討している", 9, 10),
    ("佐藤委員", "member", "保育士の処遇改善を町独自に進めるべき", 11, 14),
    ("事務局", "secretariat", "国の補助の動向を踏まえて検討する", 15, 15),
    ("佐藤委員", "member", "また、同委員から、病児保育の定員についても質問があった。", 16, 16),
    ("会長", "chair", "本日の意見を踏まえて計画の見直し案を作成するよう", 17, 18),
    ("事務局", "secretariat", "次回は８月に開催する", 20, 20),
]


def test_a_numbered_report_line_is_read_as_a_report():
    parsed = minutes.parse_file(MINUTES / "summary-numbered-reports.txt")
    _check(parsed, NUMBERED_REPORTS)
    assert _fates(parsed) == "fbfffapppppbFpppppapbF"
    assert not parsed.unread


# 5. The holder rule forwards: a title alone before the label that names its holder
# (○委員長 … above ○委員長（山田花子君）, 9-10) is that person, the evidence naming the line;
# a title the record's labels never name (○副委員長) is the one person the attendee list
# names under it (副委員長　北川誠); a title two people hold (防災係長（小野寺亮君）,
# 防災係長（今井陽子君）) names nobody and stays as written (14).
HOLDERS = [
    ("委員長（山田花子君）", "chair", "ただいまから総務常任委員会を開会いたします。", 9, 9),
    ("委員長（山田花子君）", "chair", "本日は、防災行政無線の更新について、", 10, 10),
    ("総務課長（西村健一君）", "government", "それでは、防災行政無線の更新計画について御説明", 11, 13),
    ("防災係長", "government", "補足いたします。", 14, 15),
    ("委員長（山田花子君）", "chair", "説明が終わりました。", 16, 16),
    ("南田委員", "member", "戸別受信機の配布には、", 19, 19),
    ("防災係長（小野寺亮君）", "government", "１台当たり約３万円で、", 20, 21),
    ("東野委員", "member", "高齢者の世帯には、", 22, 22),
    ("防災係長（今井陽子君）", "government", "設置は業者が訪問して行う計画です。", 23, 23),
    ("副委員長", "member", "停電の時にも使えるのかを確認したい。", 24, 24),
    ("総務課長（西村健一君）", "government", "電池で３日間は使える機種を選んでおります。", 25, 25),
    ("委員長（山田花子君）", "chair", "ほかにありませんか。", 26, 26),
]


def test_a_title_alone_is_the_one_holder_named_later_or_in_the_attendee_list():
    parsed = minutes.parse_file(MINUTES / "record-title-holder-forward.txt")
    _check(parsed, HOLDERS)
    names = [p.speaker.name for p in parsed.points]
    assert names[0] == names[1] == names[4] == "山田花子" and names[9] == "北川誠"
    whys = [p.speaker_why for p in parsed.points]
    assert whys[0] == "the only 委員長 named (line 16: 委員長（山田花子君）)"
    assert whys[9] == "the only 副委員長 in the attendee list (副委員長　北川誠)"
    assert whys[3] == whys[4] == "" and "speaker_why" not in parsed.points[4].to_dict()
    assert parsed.points[0].to_dict()["speaker_why"] == whys[0]
    assert _fates(parsed) == "fbfffffbppppppppbFppppppppbn"
    assert not parsed.unread


def test_a_title_two_people_hold_names_nobody_forwards():
    from assembler.model import Line, SourceText

    text = ("あおば町議会　本会議会議録\n\n○議長　ただいまから会議を開きます。\n○議長（青木一郎君）　日程第１に入ります。\n"
            "○議長（佐藤花子君）　議長の佐藤です。以後の進行を務めます。\n")
    parsed = minutes.parse_source(SourceText("x.txt", tuple(Line(t, n) for n, t in enumerate(text.splitlines(), 1))))
    assert [(p.speaker.label, p.speaker.name, p.speaker_why) for p in parsed.points][0] == ("議長", "", "")
