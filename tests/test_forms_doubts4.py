"""The weak spots reported after session 9, each read as a concept (issue 10, "doubts4").

One fixture per concept, in the shape files arrive in (pdftotext: form feeds, page numbers,
lines wrapped near 38 characters, blank lines inside paragraphs), with its expected parse and
its line fates, and a check on text the rule was not written from.
Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.roles import load_roles
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"


# 1. An office's name before a title (観光戦略課長, 田村政策企画課長, スポーツ交流課長, 森観光推進部長)
# is part of the title, never the person's name: before, 観光戦略 and スポーツ交流 were names and
# 田村政策企画 a surname.
OFFICES = [
    ("小野寺委員長", "chair", "ただいまから観光振興常任委員会を開会いたします。", 12, 12),
    ("小野寺委員長", "chair", "それでは、報告事項について理事者から説明を求めます。", 13, 13),
    ("森観光推進部長", "government", "本年度の観光客の動向について", 14, 15),
    ("観光戦略課長", "government", "資料１を御覧ください。上半期の宿泊客数は前年比で１２％増えており", 16, 18),
    ("今井委員", "member", "宿泊客が増えている一方で", 19, 20),
    ("田村政策企画課長", "government", "臨時駐車場については", 23, 24),
    ("スポーツ交流課長", "government", "秋の大会の際には", 25, 25),
    ("中島委員", "member", "案内表示を多言語にすることも", 26, 26),
    ("小野寺委員長", "chair", "以上で本日の委員会を閉会いたします。", 27, 27),
]


def test_an_offices_name_before_a_title_is_the_titles_not_the_persons():
    parsed = minutes.parse_file(MINUTES / "record-office-titles-pdftotext.txt")
    _check(parsed, OFFICES)
    assert [(p.speaker.name, p.speaker.title) for p in parsed.points[2:7]] == [
        ("森", "観光推進部長"), ("", "観光戦略課長"), ("今井", "委員"), ("田村", "政策企画課長"),
        ("", "スポーツ交流課長")]
    assert _fates(parsed) == "fbffffffffbpppppbpppbFpppppbF"
    assert not parsed.unread


@pytest.mark.parametrize("label, name, title", [
    # labels the rule was not written from: a unit's head, a deputy, a centre, a place's office
    ("子育て支援課長", "", "子育て支援課長"), ("中島市民課長", "中島", "市民課長"),
    ("福祉部次長", "", "福祉部次長"), ("みどり土木事務所長", "", "みどり土木事務所長"),
    ("市民活動センター長", "", "市民活動センター長"), ("桜台市観光課長", "", "桜台市観光課長"),
    ("上下水道局長", "", "上下水道局長"), ("税務課長補佐", "", "税務課長補佐"),
    ("創生課長", "", "創生課長"),
    # a surname stays a surname, also one ending in a unit's character (阿部, 氷室)
    ("田中課長", "田中", "課長"), ("阿部課長", "阿部", "課長"), ("氷室室長", "氷室", "室長"),
    ("関委員長", "関", "委員長"), ("あおば町長", "あおば", "町長"),
])
def test_an_office_is_told_from_a_surname_on_labels_the_rule_was_not_written_from(label, name, title):
    sp = load_roles().split(label)
    assert sp is not None and (sp.name, sp.title) == (name, title)
