"""An attendee label that says it lists a roll of names: 説明のため出席した者の職氏名.

Town and city assemblies' 委員会会議録 word their attendance labels as the standing rules print
them: ``出席委員の氏名``, ``説明のため出席した者の職氏名``, ``職務のため出席した者の職・氏名``. The
label, then the roll (の職氏名, の氏名, 名簿): the group is the label's, and the lines under it are
attendees — before, every row of titles and names was read as a speaker's turn (``町長 長谷部
保君 建設課長`` the speaker, ``戸田 誠君`` his opinion) and the label itself as a point.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.front import FrontLabels
from assembler.minutes.patterns import FRONT_LABELS
from conftest import FIXTURES

FIXTURE = FIXTURES / "minutes" / "assembly-attendee-suffixes.txt"


def test_the_roll_under_each_label_is_attendees_and_the_turns_start_at_the_first_mark():
    parsed = minutes.parse_file(FIXTURE)
    assert [(g.group, len(g.names)) for g in parsed.meeting.attendees] == [
        ("出席委員", 5), ("欠席委員", 0), ("説明のため出席した者", 3), ("職務のため出席した者", 2)]
    assert parsed.meeting.attendees[2].names[1] == "建設課長\u3000戸田\u3000誠君"
    got = [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points]
    assert got == [
        ("委員長（久保田亮君）", "chair", 23), ("委員長（久保田亮君）", "chair", 27),
        ("建設課長（戸田誠君）", "government", 28), ("委員（寺尾健司君）", "member", 33),
        ("建設課長（戸田誠君）", "government", 35), ("委員（桑原直美君）", "member", 37),
        ("委員長（久保田亮君）", "chair", 39)]
    # date and title; the labels and rolls, the agenda (付議事件), the rule and the opening
    # time: front matter; the turns, a page number; the closing time after the last turn
    assert "".join(f[0] for f in parsed.lines) == "fbfb" + "f" * 18 + "pppbppppfbppppppppn"
    assert (parsed.meeting.council, parsed.meeting.date) == ("もみじ台町議会産業建設常任委員会", "2024-09-12")
    assert not parsed.unread


@pytest.mark.parametrize("line, field", [
    ("５．説明のため出席した者の職氏名", ("attendees", "")),
    ("出席委員の氏名（５名）", ("attendees", "")),
    ("６．職務のため出席した者の職・氏名", ("attendees", "")),
    ("出 席 者 名 簿", ("attendees", "")),
    ("欠席委員の氏名　なし", ("attendees", "なし")),
    # a roll belongs to a list of people only
    ("日時の氏名", None),
    ("場所の一覧", None),
])
def test_a_label_with_its_roll(line, field):
    assert FrontLabels.build(FRONT_LABELS).field(line) == field
