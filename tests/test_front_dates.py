"""A meeting's date written in both calendars: 令和８年（２０２６年）１１月２０日, 2026年（令和8年）11月20日.

Ministries and prefectures that date their records in both calendars put the other calendar's year
in brackets right after 年. Before, the bracket stood between 年 and 月 and no date was read: the
meeting had no date, and the draft's citations none either. The records below are written in the
shape pdftotext gives (a running head, a page number, a form feed, CRLF line ends in the CP932 one).
"""
from __future__ import annotations

import pytest

from assembler import minutes

_RECORD = """\
{head}
\x20\x20\x20\x20\x20\x20\x20\x20港湾物流の将来像に関する検討会（第３回）
\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20議事録

{date}
２．場所　合同庁舎３号館８階特別会議室

○汐入座長　それでは、定刻となりましたので、第３回検討会を開会いたします。本日は、前回の議論を
踏まえた論点整理の案について御議論いただきます。

○久万田委員　論点整理の２ページ目について、内航フェリーの担い手確保を
柱の一つとして明記していただきたいと考えます。

\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20－ １ －
\x0c○汐入座長　ありがとうございました。以上で本日の議事を終了します。
"""


@pytest.mark.parametrize("date, iso", [
    ("１．日時　令和８年（２０２６年）１１月２０日（金）１０：００～１２：００", "2026-11-20"),
    ("１．日時：２０２６年（令和８年）１１月２０日（金）", "2026-11-20"),
    ("令和７年（2025年）３月４日（火）　午後２時～午後４時", "2025-03-04"),
    ("日　時　平成３１年(2019)4月1日(月)14:00～", "2019-04-01"),
    ("令和元年（２０１９年）５月７日", "2019-05-07"),
])
@pytest.mark.parametrize("encoding, newline", [("utf-8", "\n"), ("cp932", "\r\n")])
def test_a_date_with_the_other_calendars_year_in_brackets_is_the_meetings_date(tmp_path, date, iso, encoding, newline):
    path = tmp_path / "record.txt"
    text = _RECORD.format(head="港湾物流検討会（第３回）議事録", date=date)
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    parsed = minutes.parse_file(path)
    assert parsed.meeting.date == iso
    assert [p.speaker.label for p in parsed.points] == ["汐入座長", "久万田委員", "汐入座長"]
    assert not parsed.unread


@pytest.mark.parametrize("text", [
    "令和８年（案）１１月２０日",          # a bracket that is no year
    "令和８年（２０２６年度）１１月２０日",  # a fiscal year is no calendar year
])
def test_a_bracket_that_is_no_year_is_not_read_as_one(text):
    from assembler.minutes.front import parse_date
    assert parse_date(text) is None
