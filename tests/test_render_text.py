"""The text layer's quick ways (render/ooxml.py) give what its rules, stated character by
character, give: word joiners in kept units and bracketed labels, clean and escaped runs."""
from __future__ import annotations

import random
import re

from assembler.docx.ooxml import WORD_JOINER as J
from assembler.render.ooxml import (BREAK_AFTER, LOOSE_AFTER, LOOSE_BEFORE, clean, escape, keep_brackets,
                                    keep_text, keep_together, run_xml, split_marked)
from assembler.texts import INS_END, INS_START


def _texts(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(n)]


def _joined_by_the_rule(text: str, loose: bool) -> str:
    """A joiner between two characters unless the first allows a break after it or the
    second a break before it."""
    after = BREAK_AFTER + (LOOSE_AFTER if loose else "")
    before = "\n" + (LOOSE_BEFORE if loose else "")
    out = text[:1]
    for prev, ch in zip(text, text[1:]):
        out += ("" if prev in after or ch in before else J) + ch
    return out


def test_a_kept_unit_has_a_joiner_wherever_the_rule_puts_one():
    """(An id, letters, digits and underscores, needs none: no line breaks inside it.)"""
    for text in _texts("ab1_、，, \u3000\n・/_（(〔［[x" + J, 30000, 1):
        for loose in (False, True):
            expected = text if re.fullmatch("[A-Za-z0-9_]+", text) else _joined_by_the_rule(text, loose)
            assert keep_text(text, loose=loose) == expected, (text, loose)
            assert keep_together([(text, None)], loose=loose)[0][0] == expected


def test_a_citation_in_one_piece_keeps_its_labels_as_in_pieces():
    """The one-piece way (labels found by a pattern) and the piece-by-piece way agree, also
    for nested, unbalanced and empty labels."""
    for text in _texts("a委〔〕［］）)」、。,.・", 30000, 2):
        whole = keep_brackets([(text, None)])[0][0]
        cut = len(text) // 2
        assert whole == "".join(t for t, _ in keep_brackets([(text[:cut], None), (text[cut:], None)])), text


def test_unmarked_text_is_one_piece_cleaned():
    for text in _texts("ab\x00\x0b<&" + INS_START + INS_END, 5000, 3):
        if INS_START in text or INS_END in text:
            continue
        assert split_marked(text) == ([(clean(text), False)] if text else [])


def test_a_run_holds_its_text_cleaned_and_escaped():
    for text in _texts("ab<>&\"\x00\x1f\ufffe\n　漢", 5000, 4):
        body = escape(clean(text)).replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        assert run_xml(text) == (f'<w:r><w:t xml:space="preserve">{body}</w:t></w:r>' if text else "")
