"""A city 審議会's 会議録 in pdftotext shape with colon headers: a title alone before its
speech (副会長：…), a body with its part in brackets (社会福祉協議会（オブザーバー）：…), the
secretariat's note framed by dashes (-資料1に基づき、事務局から説明-) handing the bullets
below to the secretariat, attendee groups with a half-width colon whose entries are a title
and a name apart (事務局:防災安全課長　高岡宏、…), and the proceedings' heading (4　会議の
内容). A blank line inside a paragraph and a page break with a running head inside a turn.

Before: 副会長's turn and the observer's were glued to the speaker before them, the dashed
note was the chair's point and its bullets the chair's, the 事務局: attendee line was a
point of the secretariat.
"""
from __future__ import annotations

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _check, _fates

COLON = FIXTURES / "minutes" / "summary-colon-titles.txt"

EXPECTED = [
    ("会長", "chair", "ただいまから地域防災専門部会を開会します。", 18, 18),
    ("事務局", "secretariat", "避難所の開設手順を、地区の担当職員が到着する前でも始められるよう見直した。", 21, 22),
    ("事務局", "secretariat", "備蓄品の配置を地区ごとに分けた。", 23, 23),
    ("副会長", "member", "備蓄品の配置の見直しは、地区の自主防災組織と調整して進めるべきだ。", 25, 26),
    ("関谷委員", "member", "要配慮者の名簿を、平時から更新しておく仕組みが必要だ。名簿の扱いについては、", 28, 31),
    ("社会福祉協議会（オブザーバー）", "other", "福祉避難所の運営には、専門職の応援が欠かせない。", 32, 33),
    ("事務局（防災安全課長）", "secretariat", "協定については、今年度中に締結できるよう調整している。", 34, 35),
    ("会長", "chair", "以上で本日の会議を終わります。", 36, 36),
]


def test_colon_headers_with_a_title_alone_or_a_body_and_a_dashed_note():
    parsed = minutes.parse_file(COLON)
    _check(parsed, EXPECTED)
    assert not parsed.unread


def test_every_line_of_the_colon_record_ends_in_its_place():
    parsed = minutes.parse_file(COLON)
    assert _fates(parsed) == "fbfbfbfbfbfbffbfb" "pbn" "pppb" "ppF" "pbppp" "pppp" "bF"
    groups = {g.group: g.names for g in parsed.meeting.attendees}
    assert groups == {"委員": ("浜口会長", "杉浦副会長", "関谷委員", "堀内委員"),
                      "事務局": ("防災安全課長\u3000高岡宏", "防災安全課主査\u3000近藤まゆみ")}


def test_a_member_s_title_alone_before_the_turns_is_no_speaker():
    # 委員：… before the body with a list after it stays an attendee group (the relaxed
    # title-alone header needs speech, and a list of people is none)
    parsed = minutes.parse_file(COLON)
    assert all(p.source.line_start > 17 for p in parsed.points)
