"""Speed work of the eighth speed session held to the plain way (README, "parse throughput").

Each fast path here gives what the code it stands in for gave: the sentences cut by
``str.split``, a section's word asked only under a finished sentence, the lines' starts summed
in C. The byte-identity of the whole parse is checked apart (every fixture, example, seed and
sample, and random splices of their lines); these tests keep each path honest when the code
around it changes.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler.minutes import kind as K
from assembler.minutes import load_roles
from assembler.minutes import parser as P
from assembler.minutes.closing_steps import section_word
from assembler.minutes.front import FrontLabels
from assembler.minutes.patterns import Patterns
from assembler.minutes.title_first import title_proceeding
from assembler.minutes.view import FileView
from assembler.model import Line, SourceText

SETTINGS = settings(max_examples=400, deadline=None)

SENTENCE_PIECES = ["。", "？", "?", "！", "!", " ", "\u3000", "\n", "はい", "ありがとうございます", "「", "」",
                   "委員", "、", "以上です", "質問", "A", "１"]
TEXTS = st.lists(st.sampled_from(SENTENCE_PIECES), max_size=24).map("".join)


@SETTINGS
@given(TEXTS)
@example("")
@example("。。　。")
@example("はい。 以上です")
@example("はい？ありがとうございます。")
def test_sentences_cut_by_split_are_the_regex_s(text: str) -> None:
    """``_iter_sentences`` cuts a text with no ？?！! by ``str.split``: the same sentences as
    ``_SENTENCE``'s matches stripped, the empty ones left out."""
    plain = [s for m in K._SENTENCE.finditer(text) if (s := m.group().strip())]
    assert list(K._iter_sentences(text)) == plain


def _parser() -> P.LineParser:
    return P.LineParser(SourceText("x.txt", ()), load_roles(), Patterns(), FrontLabels.build({}))


SHORT = st.sampled_from(["質疑", "意見交換", "議事", "副会長　選出", "会長　挨拶", "たい。", "れた。", "する", "委員長",
                         "その他", "報告", "ある。", "質疑応答"])
TAILS = st.sampled_from(["重要である。", "検討を進め", "以上。", "「はい。」", "ありがとうございました", ""])


@SETTINGS
@given(SHORT, TAILS, st.booleans(), st.booleans(), st.booleans())
@example("質疑", "検討を進め", True, False, True)  # a section's word under an unfinished sentence: its tail
@example("質疑", "重要である。", True, False, True)
def test_a_section_word_under_an_open_sentence_is_let_go_as_before(word: str, tail: str, seen: bool,
                                                                    pending: bool, open_para: bool) -> None:
    """``section_word_step`` asks about the open sentence before the word's two regexes: what
    it takes and refuses is what the order word-first gave."""
    p = _parser()
    p.seen_speaker, p.pending = seen, ([P.Speaker("x", "", "x", "member")] if pending else [])
    p.turn_follows = lambda _i: True  # type: ignore[method-assign]
    p.cur = P.Para("point", [Line(tail or "x", 1)], [0], tail) if open_para else None
    plain = (p.seen_speaker and not p.pending and (section_word(word) or title_proceeding(word, p.roles.split))
             and not (p.cur is not None and not P.ends_sentence(p.tail())))
    taken = []
    p.close = lambda: None  # type: ignore[method-assign]
    p.add = lambda kind, i, line: taken.append(kind)  # type: ignore[method-assign]
    assert p.section_word_step(5, Line(word, 6), word) == bool(plain)
    assert taken == (["agenda"] if plain else [])


@SETTINGS
@given(st.lists(st.sampled_from(["", "a", "委員", "　", "ありがとう。"]), max_size=12))
def test_the_lines_starts_summed_in_c_are_the_loop_s(texts: list[str]) -> None:
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t) + 1
    view = FileView([Line(t, n) for n, t in enumerate(texts, 1)])
    assert view.starts == starts
    assert all(view.joined[s:s + len(t)] == t for s, t in zip(view.starts, texts))



RUN_PIECES = [" ", "\u3000", "\t", "\n", "（", "）", "ｶﾞ", "か\u3099", "①", "ＡＢ", "委員", "、", "。", "DX", "ー", "・"]
RUNS = st.lists(st.sampled_from(RUN_PIECES), max_size=30).map("".join)


@SETTINGS
@given(RUNS)
@example("")
@example("委員\u3000\u3000 会長")
def test_runs_led_by_their_class_match_as_the_runs_did(text: str) -> None:
    """A run written as its class then the class repeated (``text.SPACES``, ``text._UNSTABLE``,
    ``forms._SPACES``, ``groups._SPACES``, ``trailing._SPACES``) finds, replaces and splits
    where the plain ``[…]+`` does."""
    import re

    from assembler import text as T
    from assembler.minutes import forms, groups, trailing
    for led, plain in ((T.SPACES, f"[{T.WHITESPACE}]+"), (T._UNSTABLE, f"[^{T._STABLE}]+"),
                       (forms.SPACE_RUN, r"[\s\u3000]+"), (groups._SPACES, r"[\s\u3000]+"),
                       (trailing._SPACES, r"[\s\u3000]+")):
        rx = re.compile(plain)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert led.sub("", text) == rx.sub("", text) and led.split(text) == rx.split(text)
        m, n = led.match(text), rx.match(text)
        assert (m and m.span()) == (n and n.span())
    assert T.nfkc(text) == __import__("unicodedata").normalize("NFKC", text)


def _common_length_as_it_was(lengths: list[int]) -> int | None:
    counts: dict[int, int] = {}
    long_lines = 0
    for n in lengths:
        if n >= 20:
            long_lines += 1
            counts[n] = counts.get(n, 0) + 1
    if long_lines < 8:
        return None
    width = max(counts, key=lambda n: (counts[n], n))
    near = sum(c for n, c in counts.items() if abs(n - width) <= 1)
    if near < 0.3 * long_lines or any(n > width + 3 for n in counts if counts[n] > 1):
        return None
    return width - 1


@SETTINGS
@given(st.lists(st.sampled_from(["あ" * 19, "あ" * 20, "あ" * 21, "あ" * 24, "あ  い" * 6, "い" * 30, "  " + "う" * 22, ""]),
                max_size=40))
def test_the_wrap_width_counted_in_c_is_the_loop_s(texts: list[str]) -> None:
    """``wrap_width`` counts the lengths in C and measures a line with no two spaces side by
    side without ``findall``: the width the loop over the lines found."""
    import re

    from assembler.minutes import paragraphs
    stripped = [t.strip() for t in texts]
    width = _common_length_as_it_was([len(t) for t in stripped])
    if width is None and any("  " in t for t in stripped):
        width = _common_length_as_it_was([len(t) - sum(len(r) // 2 for r in re.findall("  +", t)) for t in stripped])
    assert paragraphs.wrap_width(tuple(Line(t, n) for n, t in enumerate(texts, 1)), stripped) == width
