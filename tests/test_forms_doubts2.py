"""The parser's remaining weak spots, each read as a concept (issue 10, "doubts2").

One fixture per concept, in the shape files arrive in (pdftotext: form feeds, page numbers,
lines wrapped near 38 characters, blank lines inside paragraphs), with its expected parse.
Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

from assembler import minutes
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
]


def test_a_label_after_its_point_may_hold_brackets_inside_its_brackets():
    parsed = minutes.parse_file(MINUTES / "summary-trailing-nested.txt")
    _check(parsed, NESTED)
    assert [p.text[-6:] for p in parsed.points[:2]] == ["必要である。", "検討すべき。"]
    assert parsed.points[0].speaker.name == "髙橋（清）"
    assert "（髙橋（清）委員） (line 29)" in parsed.points[-1].speaker_why
    assert _fates(parsed) == "fbfffffbfnnnapppbppppppbFapppuubanbF"
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
    ("小野委員", "member", "家庭ごみの減量目標は、人口減少を踏まえて見直すべきではないかとの意見が小野委員からあった。", 10, 11),
    ("事務局", "secretariat", "これに対し、目標は国の基本方針に合わせたものであり、", 11, 13),
    ("片山委員", "member", "事業系ごみの排出量を業種別に把握してほしいとの要望が、片山委員より出された。", 14, 16),
    ("木下委員", "member", "生ごみの堆肥化は、回収の手間に見合う効果があるのかとの質問が木下委員からあり、", 17, 18),
    ("事務局", "secretariat", "事務局から、モデル地区の結果を次回示すとの回答があった。", 18, 19),
    ("小野委員", "member", "資源物の集団回収への補助を続けるべきだと小野委員から発言があった。", 23, 24),
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
