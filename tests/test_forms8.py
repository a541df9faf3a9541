"""Speaker labels and roles a held-out set showed the parser missing (issue 10, batch 8), one
fixture per concept, each written here (fictional names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of
the text, first line, last line) — and the fate of every line (f front, a agenda, n
narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # an assembly committee's 要点記録 as pdftotext gives it: each turn labelled by what it
    # is (説明, 質疑, 答弁, 意見) with the speaker in brackets, the official's title carrying a
    # qualifier in brackets of its own (◯答弁（住宅課政策監（耐震化担当））), once in
    # half-width brackets broken over two lines by the extractor, once without the kind
    # word and with the speech on the same line; a page number and a form feed
    "record-nested-brackets.txt": [
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "ただいまから建設常任委員会を開会します。", 12, 12),
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "本日は、木造住宅の耐震化の推進", 13, 13),
        ("説明（住宅課政策監（耐震化担当））", "住宅課", "政策監", "government", "資料１により御説明いたします。", 15, 16),
        ("質疑（久保田委員）", "久保田", "委員", "member", "診断から改修に進まない理由", 18, 18),
        ("答弁（住宅課政策監（耐震化担当））", "住宅課", "政策監", "government", "所有者の高齢化と、", 20, 20),
        ("質疑（野村委員）", "野村", "委員", "member", "補助の上限額を引き上げる考えはあるか。", 22, 22),
        ("答弁(住宅課政策監(耐震化担当))", "住宅課", "政策監", "government", "近隣の市の状況も踏まえ、", 25, 25),
        ("質疑（石川委員）", "石川", "委員", "member", "河川沿いの住宅の耐震化は、", 29, 29),
        ("答弁（河川課長）", "河川", "課長", "government", "浸水想定区域の見直しに合わせ、", 31, 31),
        ("住宅課政策監（耐震化担当）", "住宅課", "政策監", "government", "補足いたします。浸水想定区域内の住宅は、診断の補助率", 32, 33),
        ("意見（久保田委員）", "久保田", "委員", "member", "改修費用の負担軽減策を、", 35, 35),
        ("委員長（高森洋介）", "高森洋介", "委員長", "chair", "以上で本日の委員会を閉会します。", 37, 37),
    ],
}

LINE_FATES = {
    "record-nested-brackets.txt": "fbffffffab" "pppppppppppppppbF" "ppppppppppbnF",
}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text,
             p.source.line_start, p.source.line_end) for p in parsed.points]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    got = _rows(parsed)
    assert len(got) == len(EXPECTED[name]), got
    for g, e in zip(got, EXPECTED[name]):
        assert g[:4] + g[5:] == e[:4] + e[5:], g
        assert g[4].startswith(e[4]), g
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _speakers(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.text)
            for p in _parse(text).points]


def test_nested_brackets_are_read_balanced_wherever_a_label_stands():
    # written apart from the fixture: the speech glued to the label, after a colon, in heavy
    # brackets, a label in brackets alone with a qualifier (the qualifier is a note, no
    # person), mixed half- and full-width brackets, an office held in brackets
    got = _speakers("文教委員会 要点記録\n\n○委員長（北村和子）　開会します。\n"
                    "◯答弁（学校教育課指導監（いじめ対策担当））調査は年２回実施しております。\n"
                    "◯答弁（学校教育課指導監(いじめ対策担当)）：結果は公表いたします。\n"
                    "【生涯学習課長（文化財担当兼務）】　資料を配付しております。\n"
                    "◯質問(西田副委員長)　公表の時期はいつか。\n"
                    "○南委員（副委員長）　早期に公表すべきだ。\n")
    assert [r[:4] for r in got] == [
        ("委員長（北村和子）", "北村和子", "委員長", "chair"),
        # a title not in the role table (指導監): read on its form, role other
        ("答弁（学校教育課指導監（いじめ対策担当））", "学校教育課", "指導監", "other"),
        ("答弁（学校教育課指導監(いじめ対策担当)）", "学校教育課", "指導監", "other"),
        # an official who hands out the papers runs the meeting: secretariat
        ("生涯学習課長（文化財担当兼務）", "生涯学習", "課長", "secretariat"),
        # a deputy not presiding speaks as a member
        ("質問(西田副委員長)", "西田", "副委員長", "member"),
        ("南委員（副委員長）", "南", "副委員長", "member"),
    ]
    assert [r[4] for r in got][1:3] == ["調査は年２回実施しております。", "結果は公表いたします。"]
