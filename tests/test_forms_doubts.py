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
    "ただいまから会議を開会いたします。", "来年度に再編案をお示しします。", "おはようございます。"])
def test_closings_floor_and_substance_are_no_formula(sentence):
    assert not is_formula(sentence)
