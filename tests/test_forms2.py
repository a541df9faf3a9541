"""More shapes of real minutes, one fixture per concept, each with its expected parse.

Written after a held-out set of real minutes showed the parser missing them: a speaker
closed by a lone bracket (town assemblies), headings between turns, front matter with a
form number, Word list numbering by level, and 発言者 | 発言内容 tables. Each fixture is in
the shape files arrive in (pdftotext page numbers, form feeds and running heads; Word
files built here with real numbering definitions and tables).

Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES

MINUTES = FIXTURES / "minutes"
_LETTER = {"front": "f", "agenda": "a", "narrative": "n", "point": "p", "stage": "s",
           "furniture": "F", "blank": "b", "unread": "u"}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end)
            for p in parsed.points]


def _check(parsed: minutes.Minutes, expected: list[tuple[str, str, str, int, int]]) -> None:
    got = _rows(parsed)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert (g[0], g[1], g[3], g[4]) == (e[0], e[1], e[3], e[4]), g
        assert g[2].startswith(e[2]), g


def _fates(parsed: minutes.Minutes) -> str:
    return "".join(_LETTER[d] for d in parsed.lines)


EXPECTED = {
    # a town assembly's committee record in pdftotext shape: the speaker closed by a lone
    # half- or full-width bracket at the line start (畑中委員長)…, 危機管理室長）…), a turn
    # across a page break (page number, form feed, running head), and an invited speaker
    # with the body they speak for in brackets, spaces, then the speech on the same line
    "assembly-lone-paren.txt": [
        ("畑中委員長", "chair", "ただ今から，総務常任委員会を開会いたします。", 7, 8),
        ("危機管理室長", "secretariat", "それでは，資料に沿って御説明いたします。", 9, 11),
        ("畑中委員長", "chair", "説明が終わりました。質疑を許します。", 12, 12),
        ("小松委員", "member", "更新の費用について，国の補助をどの程度見込んでいるのか伺います。"
         "また，山間部の難聴地域への対策も併せて検討すべきではないか。", 13, 17),
        ("危機管理室長", "secretariat", "補助率は２分の１を見込んでおります。", 18, 19),
        ("参考人（あおば県医師会）", "other", "災害時に地域の診療所と連絡が取れるよう，無線の配備をお願いしたい。",
         20, 21),
        ("岩瀬委員", "member", "戸別受信機は高齢者にも", 22, 22),
        ("畑中委員長", "chair", "以上で本日の委員会を閉会いたします。", 23, 23),
    ],
}

LINE_FATES = {
    "assembly-lone-paren.txt": "fbfffb" "pppppppbF" "Fpppppppb" "F",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert not parsed.unread


@pytest.mark.parametrize("name", sorted(LINE_FATES))
def test_every_line_of_a_fixture_ends_in_its_place(name):
    assert _fates(minutes.parse_file(MINUTES / name)) == LINE_FATES[name]


def test_a_lone_bracket_header_needs_a_name_like_label():
    from assembler.ingest.text import split_lines

    # numbering and a sentence that happens to hold a closing bracket are no speakers
    src = split_lines("検討会　議事録\n\n（山田委員）\n１)まず費用の点である。\nそのため)書きの通り進めるべき。\n",
                      "x.txt", encoding="utf-8")
    got = [(p.speaker.label, p.source.line_start, p.source.line_end)
           for p in minutes.parse_source(src).points]
    assert got == [("山田委員", 4, 5)]
