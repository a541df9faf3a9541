"""The parser's cheap tests give what the tests they stand in front of give.

Parse throughput (``make bench``) rests on tests that let most lines go early: a line no
header shape can fit, shapes tried only on lines that start as they must, a sentence's end
read without a regex, labels split once. Each is compared here with the plain way (written
out or switched off): speed work must not change a byte of the output.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.minutes import load_roles
from assembler.minutes import kind as K
from assembler.minutes import parser as P
from assembler.minutes.front import FrontLabels
from assembler.minutes.parser import LineParser, ends_sentence, join_lines
from assembler.minutes.patterns import Patterns
from assembler.model import Line, SourceText
from assembler.text import WHITESPACE

SETTINGS = settings(max_examples=300, deadline=None)

# Pieces of header lines and of speech: marks, brackets, colons, spaces of every width,
# titles of the role table, names, digits, sentence ends, Latin words.
PIECES = ["○", "〇", "◎", "（", "）", "(", ")", "【", "】", "：", ":", " ", "\u3000", "\t", "・",
          "\uf09e", "委員", "会長", "事務局", "大臣", "河野", "髙橋", "山田太郎", "発言者", "Ｑ", "A",
          "１", "2", "。", "、", "」", "ありがとうございます", "それでは", "について", "AI", "DX",
          "資料１", "以上", "議事", "開会", "。）", "。)", "！」"]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join)


def _parser() -> LineParser:
    return LineParser(SourceText("x.txt", ()), load_roles(), Patterns(), FrontLabels.build({}))


def test_whitespace_is_what_backslash_s_matches_at_every_code_point() -> None:
    spelled = re.compile(f"[{WHITESPACE}]")
    plain = re.compile(r"[\s\u3000]")
    assert [c for c in range(0x110000) if bool(spelled.match(chr(c))) != bool(plain.match(chr(c)))] == []


@SETTINGS
@given(LINES)
def test_a_line_let_go_early_fits_no_header_shape(text: str) -> None:
    """``headless`` says no only where the whole look-up would find no header."""
    p = _parser()
    text = text.strip() or "x"
    found = p.header(text)
    p.headless = lambda _t: False  # type: ignore[method-assign]  # the whole look-up, every time
    assert p.header(text) == found
    for body_state in (True, False):
        p.in_body = p.seen_speaker = body_state
        del p.headless
        quick = p.header(text)
        p.headless = lambda _t: False  # type: ignore[method-assign]
        assert p.header(text) == quick


@SETTINGS
@given(LINES)
def test_shapes_by_first_character_are_all_the_shapes_that_can_match(text: str) -> None:
    """A shape left out for a line's first character has no match on that line."""
    tried = set(map(id, P.builtin_shapes(text[0])))
    for shape in P.BUILTIN_SHAPES:
        if id(shape) not in tried:
            assert shape.rx.match(text) is None


@SETTINGS
@given(LINES)
def test_ends_sentence_is_its_regex(text: str) -> None:
    plain = re.search(r"(?:[。．！？!?」』]|。[）)])$", text.rstrip().rstrip("\u3000"))
    assert ends_sentence(text) == bool(plain)


@SETTINGS
@given(st.lists(LINES, max_size=5), LINES)
def test_join_lines_is_its_definition(texts: list[str], first: str) -> None:
    parts: list[str] = []
    last = ""
    for t in [first, *texts]:
        t = t.strip().strip("\u3000")
        if not t:
            continue
        if last and last.isascii() and last.isalnum() and t[0].isascii() and t[0].isalnum():
            parts.append(" ")
        parts.append(t)
        last = t[-1]
    assert join_lines(first, [Line(t, n) for n, t in enumerate(texts, 2)]) == "".join(parts)


@pytest.mark.parametrize("label", ["河野大臣", "委員Ａ", "髙橋委員", "議題1", "事務局長", "それでは", "会長代理"])
def test_a_label_split_again_is_split_the_same(label: str) -> None:
    roles = load_roles()
    first = roles.split(label)
    again = roles.split(label)
    assert again == first == roles._split_tagged(label)
    assert first is None or again is not first  # a Speaker of its own: turns are told apart by it
    roles._known.clear()
    assert roles.split(label) == first


# --- kind's word scans: an automaton finds what the trie finds ---------------------------

def _word_pieces() -> list[str]:
    """The words kind and the summaries' formulas scan for, their beginnings and ends (to
    make words overlap and straddle), and common kana and punctuation."""
    from assembler.minutes import _FORMULA_TRIES
    from assembler.minutes.kind import _ACTS_OF

    words = sorted(set(_ACTS_OF) | set(_FORMULA_TRIES))
    return sorted({w[:k] for w in words for k in range(1, len(w) + 1)} | {w[k:] for w in words for k in range(len(w))}
                  | set("いおこあよたくなのはがを。、「」 委員会"))


WORD_PIECES = _word_pieces()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=25).map("".join))
def test_the_word_scan_finds_the_words_the_trie_finds(text: str) -> None:
    """``WordScan`` (an Aho-Corasick automaton, leftmost-longest) finds, in order, the words
    ``trie_regex`` finds: the longest at a place, none inside or across the one before."""
    from assembler.minutes import _FORMULA_TRIES
    from assembler.minutes.kind import _ACTS_OF, WordScan, trie_regex

    for words in (sorted(_ACTS_OF, key=len, reverse=True), sorted(_FORMULA_TRIES, key=len, reverse=True)):
        assert WordScan(words).words(text) == re.findall(trie_regex(words), text)


# --- kind's searches for substance, written literal-led ---------------------------------

def _pattern_pieces(*patterns: str) -> list[str]:
    """The runs of letters the patterns hold, their beginnings and ends, and what stands
    around them in text (kana a look-behind reads, digits, punctuation, a space)."""
    runs = {r for p in patterns for r in re.findall(r"[^\\|()?:*+{}\[\]<!^$]+", p)}
    return sorted({r[:k] for r in runs for k in range(1, len(r) + 1)} | {r[k:] for r in runs for k in range(len(r))}
                  | set("たいと思う12３.．%。、 "))


SUBSTANCE_PIECES = _pattern_pieces(K._SUBSTANCE_WORDS, K._STOCK_WORDS)


# sentences where the rewriting could go wrong: a look-behind (したいと思う is no view, している
# と思う is), figures with and without decimals, optional words, groups spread out
SUBSTANCE_SENTENCES = ["検討したいと思います。", "課題があると思います。", "したいと考えている", "１２．５％増えた",
                       "3割", "12.億", "不足等がございましたら", "不足がございましたら御連絡を。", "御指摘を踏まえ",
                       "ご提案", "賛成者多数", "反対の方", "全員賛成", "可否同数", "必要に応じて必要です",
                       "説明を求めます", "遅れている", "遅れが", "期待される", "期待"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(SUBSTANCE_PIECES + SUBSTANCE_SENTENCES), max_size=14).map("".join))
def test_literal_led_patterns_match_what_they_are_written_from(text: str) -> None:
    """Each search kind makes for substance finds what its source pattern finds, at the same
    places (``sub`` takes the same spans off)."""
    for source, led in ((K._SUBSTANCE_WORDS, K._SUBSTANCE), (K._STOCK_WORDS, K._STOCK),
                        (f"{K._STOCK_WORDS}|{K._SUBSTANCE_WORDS}", K._STOCK_OR_SUBSTANCE)):
        plain = re.compile(source)
        assert led.sub("#", text) == plain.sub("#", text)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_literal_led_alternatives_each_start_with_a_character() -> None:
    import re._constants as sre_constants
    import re._parser as sre_parse

    for led in (K._SUBSTANCE, K._STOCK, K._STOCK_OR_SUBSTANCE):
        alternatives = K._alternatives(list(sre_parse.parse(led.pattern)))
        assert len(alternatives) > 20
        assert all(alt[0][0] is sre_constants.LITERAL for alt in alternatives)
    with pytest.raises(ValueError):
        K.literal_led("(?:等)?")  # an alternative that may be empty would match everywhere
    with pytest.raises(ValueError):
        K.literal_led("[^。]+です")  # no few characters to start with


# patterns of the shapes literal_led spreads: a look-behind before a group, classes, repeats
LED_SHAPES = [r"(?<![第0-9０-９])(?:[2-9２-９]|[0-9０-９]{2,}|[二三四五六七八九十幾数])(?:つ|点|項目|件|問)(?!目)",
              r"(?<!x)(?:ab|[cd]{1,3})e?|(?:f|g)?h", r"(?:御|ご)?(?:指摘|提案)(?:を)?"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LED_SHAPES),
       st.lists(st.sampled_from(list("x第2３10二数つ点項目件問abcdefgh御ご指摘提案を。")), max_size=16).map("".join))
def test_literal_led_of_each_shape_finds_the_same(pattern: str, text: str) -> None:
    led, plain = re.compile(K.literal_led(pattern)), re.compile(pattern)
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("sentence", ["ありがとうございます。", "はい。", "それでは、御説明いたします。",
                                      "資料について御説明申し上げます。", "財源が課題です。", "以上です。",
                                      "清水委員、お願いします。", "「ありがとう」と言われた。", "説明する。", ""])
def test_performs_is_act_in(sentence: str) -> None:
    for names in (frozenset({"thanks", "reply", "announcement"}), frozenset({"floor"}), frozenset({"closing"})):
        assert K.performs(sentence, names) == (K.act(sentence) in names)


def test_performs_is_act_in_on_every_sentence_of_the_kind_corpus() -> None:
    from pathlib import Path

    corpus = Path(__file__).parent / "fixtures" / "kind"
    found = [s for path in sorted(corpus.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
             for s in K.sentences(line.strip().lstrip("○〇◯"))]
    names = frozenset({"thanks", "reply", "announcement"})
    assert [K.performs(s, names) for s in found] == [K.act(s) in names for s in found]
    assert sum(K.act(s) in names for s in found) >= 30  # sentences to bite on


PLAIN_PIECES = list("するしたいるえるうくかなはがでのんまねよ。、，？ ") + [
    "ので", "けれども", "ないか", "あるか", "はない", "ます", "する", "した", "いる", "求める", "行う", "\u3000", "\t"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_PIECES), min_size=1, max_size=12).map("".join))
def test_the_plain_predicate_is_looked_for_where_the_whole_search_finds_it(text: str) -> None:
    """``_polite`` searches only just before the closing words: as the search over the last
    16 characters finds."""
    quick = K._polite(text)
    whole = K._closing_words
    try:
        K._closing_words = lambda bare, i: 0  # type: ignore[assignment]  # the whole window
        assert K._polite(text) == quick
    finally:
        K._closing_words = whole


# the words a narrating voice ends in, pieces of them, and what may come after them
VOICE_PIECES = ["説明", "報告", "があった", "された", "。", "．", "意見", "等", "など", "が", "有り", "あり", "可決",
                "否決", "以下のとおり", "述べた", "\n", " ", "質問", "ご", "のとおり", "あっ", "た", "事務局から"]


@SETTINGS
@given(st.lists(st.sampled_from(VOICE_PIECES + PIECES), max_size=40).map("".join))
@example("事務局からご問題提起などが有り。\n")  # the widest match (11 characters), before a line break
@example("ご質問などが有り。")
def test_a_pattern_at_the_end_is_searched_only_where_its_match_can_start(text: str) -> None:
    """``forms.AtEnd`` finds what a search of the whole text finds (where, what, each group)."""
    from assembler.minutes import forms

    rx = forms.NARRATIVE_VOICE.rx
    quick, plain = forms.NARRATIVE_VOICE.search(text), rx.search(text)
    assert (quick and (quick.span(), quick.groups())) == (plain and (plain.span(), plain.groups()))


@SETTINGS
@given(st.lists(st.sampled_from(PIECES + ["  ", "\u3000\u3000", "２．会長挨拶", "山田会長"]), max_size=12).map("".join))
def test_the_cheap_tests_of_a_line_are_what_the_regexes_find(text: str) -> None:
    """An item's gap is two spaces side by side (``_two_spaces`` before ``_ITEM_GAP``); a quotation
    opens (``kind._quoted``, ``kind._QUOTED``)."""
    from assembler.minutes import header_steps

    assert header_steps._two_spaces(text) or header_steps._ITEM_GAP.search(text) is None
    assert K._quoted(text + "「『“"[len(text) % 4:]) == bool(K._QUOTED.search(text + "「『“"[len(text) % 4:]))
    assert K._quoted(text) == bool(K._QUOTED.search(text))
