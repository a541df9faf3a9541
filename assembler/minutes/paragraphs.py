"""Paragraphs: the wrap width and indents of a file's lines, where a paragraph opens, lines joined
into one text, sentences' ends, announcements joined to what they announce, stage directions in a text,
double spacing, the column speech is printed in.

Moved from ``parser.py`` (where ``LineParser`` reads the lines).
"""
from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..model import Line
from .kind import literal_led, performs, sentences as sentences_of
from .forms import INDENTS, PARAGRAPH_INDENT
from . import forms as _forms
from .parsed import Para
from .patterns import SENTENCE_STOPS

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_INLINE_STAGE = _forms.INLINE_STAGE
_SPACES = _forms.SPACE_RUN


#: what ends a sentence in brackets (``ends_sentence``, without a regex: it is asked of most
#: lines; the characters that end one are ``patterns.SENTENCE_STOPS``)
_STOPS_BRACKETED = frozenset(("。）", "。)"))


def is_double_spaced(texts: list[str], stripped: list[str]) -> bool:
    """PDF extraction often puts an empty line after every line: then they mean nothing
    (``texts``: the lines' texts, ``FileView.texts``; ``stripped``: the same stripped,
    ``FileView.stripped``)."""
    n = len(texts)
    if n < 6:
        return False
    empty = texts.count("")
    if empty < 0.35 * n:
        return False
    full = list(map(bool, stripped))  # the lines with text (in C: a comprehension cost 1 % of a parse)
    adjacent: int = sum(map(operator.and_, full, full[1:]))
    return adjacent <= 0.15 * (n - empty)


def wrap_width(lines: tuple[Line, ...], stripped: list[str] | None = None) -> int | None:
    """The width at which the extractor broke the lines (pypdf, pdftotext), or None
    (``stripped``: the lines' texts stripped, ``FileView.stripped``).

    Text broken at a fixed width has many lines of (nearly) one length, the longest
    common one; text whose paragraphs are whole lines has no such length. Where the lengths
    tell none and lines hold runs of spaces, they are measured again with each two spaces
    one character of the page: U+3000 typed as two spaces (as pdftotext -layout gives it)
    makes the rows that hold it longer than the page's width.
    """
    head = stripped[:4000] if stripped is not None else [line.text.strip() for line in lines[:4000]]
    width = _common_length(map(len, head))  # the first pages tell the width
    if width is None and any("  " in t for t in head):
        # a line with no two spaces side by side is as long as it is (no findall for it)
        width = _common_length(len(t) - sum(len(run) // 2 for run in _SPACE_RUN.findall(t)) if "  " in t else len(t)
                               for t in head)
    return width


def _common_length(lengths: Iterable[int]) -> int | None:
    """``wrap_width`` of the lines' lengths."""
    # every length counted in C, then the short ones left out (a loop over the lines in Python
    # cost more than the count)
    counts = {n: c for n, c in Counter(lengths).items() if n >= 20}
    long_lines = sum(counts.values())
    if long_lines < 8:
        return None
    width = max(counts, key=lambda n: (counts[n], n))
    near = sum(c for n, c in counts.items() if abs(n - width) <= 1)
    if near < 0.3 * long_lines or any(n > width + 3 for n in counts if counts[n] > 1):
        return None
    return width - 1


#: a run of spaces inside a line: each two of them are U+3000 as pdftotext -layout types it
_SPACE_RUN = re.compile(r"  +")


def indent_width(text: str) -> int:
    """The width of the line's indent in half-width columns (U+3000 counts two, a tab four).

    >>> indent_width("  今回の"), indent_width("\u3000今回の"), indent_width("今回の")
    (2, 2, 0)
    """
    n = 0
    for ch in text:
        if ch == " ":
            n += 1
        elif ch == "\u3000":
            n += 2
        elif ch == "\t":
            n += 4
        else:
            return n
    return n


def opens_paragraph(text: str, above: str) -> bool:
    """The line's indent is a paragraph's first-line indent: U+3000 at its start (or the one
    space text saved from a web page gives for it), or spaces one character wide (one to four: pdftotext -layout gives a full-width character's indent
    as two to four spaces) further in than the line above — the sign of a new paragraph after
    a finished sentence in pdftotext output, plain or -layout, and in text saved from Word or
    a web page. A line the extractor wrapped stands where the line above it stands (at the
    margin, wherever the page sets it); a line as far in as the one above is in the same
    block (a hanging indent, a list item's lines), a much deeper one is a column or a centred
    line.

    >>> [opens_paragraph(t, "重要である。") for t in ("  今回の", " 今回の", "\u3000今回の", "今回の", "        - 2 -")]
    [True, True, True, False, False]
    >>> opens_paragraph("      今回の", "    重要である。"), opens_paragraph("    今回の", "    重要である。")
    (True, False)
    """
    if text[:1] == "\u3000" or text[:1] == " " and text[1:2] not in INDENTS:
        return True  # U+3000, or the one space a web page's text gives for it
    deeper = indent_width(text) - indent_width(above)
    return 0 < deeper <= PARAGRAPH_INDENT


def speech_column(lines: tuple[Line, ...], joined: str | None = None) -> int | None:
    """The column where the speech stands in a record laid out in two columns (pdftotext
    -layout of a town's 農業委員会 or 議会 minutes: ``議　　長     ただいまから…`` with the
    speech's wrapped lines indented by spaces to the same column), or None.

    The column is found from the layout, not from the labels: the indent most continuation
    lines share (four ASCII spaces or more), where at least three lines that start at the
    margin have a run of two spaces or more just before it and go on there.

    ``joined``: the lines' texts joined by line breaks (``FileView.joined``): a file where no
    line starts with four spaces has no such column (one search instead of a look at each line).
    """
    if joined is not None and not joined.startswith("    ") and "\n    " not in joined:
        return None
    indents: dict[int, int] = {}
    starts: list[str] = []
    for line in lines[:4000]:  # the first pages tell the layout
        t = line.text
        if t[:4] == "    ":
            n = len(t) - len(t.lstrip(" "))
            if n < len(t) and t[n] not in "\u3000\t":
                indents[n] = indents.get(n, 0) + 1
        elif t[:1] not in ("", " ", "\t", "\u3000") and "   " in t:
            starts.append(t)
    if not indents:
        return None
    column = max(indents, key=lambda n: (indents[n], -n))
    if indents[column] < 3 or column > 24:
        return None
    labelled = sum(1 for t in starts if column_label(t, column) is not None)
    return column if labelled >= 3 else None


#: the part of a label wrapped in its cell, at the margin, one space or more before the speech
_WRAPPED_CELL = re.compile(r"^([^\s\u3000]{2,12})[ \u3000]+(\S.*)$")


def unclosed(label: str) -> bool:
    """The label opens a bracket it does not close (３番（田)."""
    return label.count("（") + label.count("(") > label.count("）") + label.count(")")


def balanced(label: str, rest: str) -> tuple[str, str | None]:
    """The label with the closing brackets that start ``rest`` until its brackets balance,
    and what is left of the rest: ``('答弁（課政策監（担当）', '）令和…')`` -> ``('答弁（課政策監（担当））', '令和…')``."""
    while rest and rest[0] in "）)" and unclosed(label):
        label, rest = label + rest[0], rest[1:]
    return label, rest.lstrip(" \u3000：:") or None


def column_label(text: str, column: int) -> tuple[str, str] | None:
    """The label at the margin and the speech at the column (a place either side of it, as
    the extractor rounds), or None: ``('議　　長', 'ただいまから…')``."""
    if text[:1] in ("", " ", "\t", "\u3000"):
        return None
    # a full-width space in the label (５　　番) is one character but a wide cell of the
    # layout: the speech may stand a place further off the column for each
    slack = 1 + text.count("\u3000", 0, column + 2)
    for c in (column, *(x for d in range(1, slack + 1) for x in (column - d, column + d))):
        if len(text) > c and text[c] not in " \u3000\t" and text[c - 2:c] == "  ":
            label = text[:c].strip()
            if label and len(_SPACES.sub("", label)) <= 12 and "。" not in label:
                return label, text[c:].strip()
    m = _WRAPPED_CELL.match(text)
    if m and (("（" in m[1] or "(" in m[1]) != ("）" in m[1] or ")" in m[1])) and not _CLOSES_SOON.match(m[2]):
        return m[1], m[2]  # ５番（山田 / 太郎）: a label wrapped in its cell, filling it to the speech
    return None


#: the words after a space that close the label's bracket at once (事務局（中小企業相談所 宮前） 皆様…):
#: a space inside the bracket, as -layout prints a U+3000 — one label on its line, no cell wrapped
_CLOSES_SOON = re.compile(r"^[^\s\u3000（）()。、]{1,12}[）)]")


def unclosed_bracket(text: str) -> bool:
    """Whether a round bracket opened in ``text`` is not closed in it (a legend wrapped by the
    extractor: ``（■は委員の発言、⇒は事務局の説明・回答。発言者の氏名`` / ``は省略）``)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def join_lines(first: str, lines: list[Line]) -> str:
    """Join wrapped lines: no separator in Japanese, one space between two Latin words.

    >>> join_lines("DXは", [Line("AI と", 2), Line("　IoT", 3)])
    'DXはAI とIoT'
    """
    parts = [t for t in (first.strip(), *[l.text.strip() for l in lines]) if t]  # U+3000 is whitespace
    for k in range(len(parts) - 1, 0, -1):
        a, b = parts[k - 1][-1], parts[k][0]
        if a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
            parts[k] = " " + parts[k]
    return "".join(parts)


#: a sentence that only announces the speech act that follows it (お答えいたします。,
#: 御説明いたします。, 再質問いたします。, 議案第３５号について御説明いたします。)
_ANNOUNCES = re.compile(
    r"^(?:(?:それでは|では|まず|初めに|続きまして|引き続き)[、，]?)?"
    r"(?:[^。]{0,40}?(?:について|に関して|に対して|につきまして|に)[、，]?)?"
    r"(?:御|ご|お)?(?:説明|答弁|答え|回答|報告|質問|再質問|再々質問|提案理由の説明|補足説明|補足|質疑)"
    r"(?:を)?(?:いた|申し上げ|させていただき|し)?(?:ます|します)[。．]$")
#: the acts of a sentence that opens a turn and carries nothing of its own (kind.act's names):
#: thanks, an acknowledgement or a connective alone (はい。 承知しました。 それでは。), an
#: announcement of what follows (…について御説明申し上げます。)
_OPENING_ACTS = frozenset(("thanks", "reply", "announcement"))
#: a sentence that closes what was said (以上です。): no head of what follows
_CLOSES = re.compile(r"^(?:以上|終わり|おわり)")
#: a connective or a filler alone (それでは。, 続きまして。, えー。): it opens what follows
_CONNECTIVE_ALONE = re.compile(r"^(?:(?:それでは|それじゃあ|では|じゃあ|えー|えっと|ええと|あの|あのー|続きまして|続いて|"
                               r"次に|まず|さて)[、，\s\u3000]*)+[。．！!]?$")
#: a word each of the other opening acts is said with (thanks, a reply, an announcement of
#: the act: kind's patterns for them and ``_ANNOUNCES`` all hold one)
_FORMULA_WORD = re.compile(r"ありがと|有難|感謝|礼|疲れ|はい|ええ|承知|わか|分か|了解|結構|そう|ござい|ありません|大丈夫"
                           r"|答|失礼|説明|報告|紹介|補足|発表|話|申し上げ|述べ|示し|コメント|質問|質疑")
_FORMULA_MAX = 60  # a head is a short paragraph: a formula, not a remark
#: an announcement that counts what follows (３つの項目について申し上げます, ２点質問します)
#: opens several paragraphs, not the next one alone (一点, ２点目: one)
_COUNTED = re.compile(literal_led(  # searched in every short paragraph: literal-led (kind.literal_led)
    r"(?<![第0-9０-９])(?:[2-9２-９]|[0-9０-９]{2,}|[二三四五六七八九十幾数])(?:つ|点|項目|件|問)(?!目)"))


def is_formula(sentence: str) -> bool:
    """The sentence carries no substance and opens what follows it: thanks, an
    acknowledgement, a connective alone, or announcing that one will answer, explain, ask
    (the speech act read by ``kind.act``, as a point's kind is; ``_ANNOUNCES`` for the
    announcements of the act alone that kind leaves substantive: 答弁いたします。).

    >>> [is_formula(s) for s in ("はい。", "ありがとうございます。", "それでは。", "答弁いたします。")]
    [True, True, True, True]
    >>> [is_formula(s) for s in ("以上です。", "清水委員、お願いします。", "財源が課題です。", "２点質問します。")]
    [False, False, False, False]
    """
    told = _formula_by_words(sentence)
    return performs(sentence, _OPENING_ACTS) if told is None else told


def _formula_by_words(sentence: str) -> bool | None:
    """``is_formula`` as far as its words and regexes tell, None where only the speech act
    (``kind.performs``, the costly part) can: a sentence with a word the acts are said with
    that neither closes, counts nor announces."""
    if _FORMULA_WORD.search(sentence) is None:  # none of the words the acts are said with
        return _CONNECTIVE_ALONE.match(sentence) is not None
    if _CLOSES.match(sentence) or _COUNTED.search(sentence):
        return False
    return True if _ANNOUNCES.match(sentence) is not None else None


def _announces(para: Para) -> bool:
    """The paragraph is only a formula that opens what follows (お答えいたします。, はい。,
    ありがとうございます。): every sentence of it one. The cheap tests first: a short text, its
    first sentence whole on its first line (most stop here), every sentence's words
    (``_formula_by_words``); only then the speech act (``kind.performs``) of the sentences
    their words leave open — never read for a paragraph whose later sentence's words refuse it."""
    if len(para.first.strip()) + sum(len(line.text.strip()) for line in para.lines[1:]) > _FORMULA_MAX:
        return False  # join_lines only adds a space between two Latin words: never shorter
    first = para.first.find("。")
    said = [para.first[:first + 1].strip()] if first >= 0 else []
    if said and _formula_by_words(said[0]) is False:
        return False  # its first sentence, whole on its first line, says it (most stop here)
    text = join_lines(para.first, para.lines[1:])
    if len(text) > _FORMULA_MAX or not ends_sentence(text):
        return False
    said += sentences_of(text)
    told = [_formula_by_words(s) for s in said]
    return False not in told and all(performs(s, _OPENING_ACTS) for s, t in zip(said, told) if t is None)


def _heads(head: Para, para: Para, fate: list[str]) -> bool:
    """``head`` announces ``para``: the same speaker, the same turn, ``para`` starting with its text."""
    return (para.kind == "point" and para.speaker == head.speaker
            and para.first == para.lines[0].text.strip().strip("\u3000")
            and all(fate[k] in ("blank", "furniture") for k in range(head.idx[-1] + 1, para.idx[0])))


def join_announcements(paras: list[Para], fate: list[str]) -> list[Para]:
    """The points of a turn, a paragraph that is only a formula opening what follows — an
    announcement of the act (お答えいたします。), thanks (ありがとうございます。), an
    acknowledgement (はい。) — joined to the next paragraph of the same turn: one point per
    paragraph, the formula its head, not a procedural point of its own that splits the
    answer from its formula. Joined only when nothing but blank lines or page furniture
    stands between them (no header: the same turn) and the next paragraph starts with its
    text (no mark: its text stays exact).

    >>> from assembler.model import Speaker
    >>> sp = Speaker("西尾課長", "西尾", "課長", "secretariat")
    >>> a = Para("point", [Line("○西尾課長　お答えいたします。", 1)], [0], "お答えいたします。", sp)
    >>> b = Para("point", [Line("　駅北地区は近隣商業地域に", 3), Line("変更します。", 4)], [2, 3], "駅北地区は近隣商業地域に", sp)
    >>> [(join_lines(p.first, p.lines[1:]), p.lines[0].number) for p in join_announcements([a, b], ["point", "blank", "point", "point"])]
    [('お答えいたします。駅北地区は近隣商業地域に変更します。', 1)]
    """
    heads = [i for i, p in enumerate(paras) if len(p.first) <= _FORMULA_MAX and len(p.lines) <= 2
             and p.kind == "point" and i + 1 < len(paras) and ends_sentence(p.lines[-1].text)]
    if not heads:
        return paras
    out = list(paras)
    for i in reversed(heads):  # from the end: a head of a head joins what the second joined
        head, para = out[i], out[i + 1]
        if _heads(head, para, fate) and _announces(head):
            out[i] = replace(head, lines=head.lines + para.lines, idx=head.idx + para.idx)
            del out[i + 1]
    return out


def ends_sentence(text: str) -> bool:
    """The text ends a sentence (。 ！ ？ 」…), so a break after it ends the paragraph.

    >>> ends_sentence("重要である。"), ends_sentence("重要で"), ends_sentence("「はい。」")
    (True, False, True)
    """
    end = text.rstrip()  # U+3000 is whitespace to str.rstrip
    return end[-1:] in SENTENCE_STOPS or end[-2:] in _STOPS_BRACKETED


def strip_directions(text: str) -> tuple[str, list[str]]:
    """A line without its stage directions, and the directions.

    >>> strip_directions("ありがとうございました。（拍手）")
    ('ありがとうございました。', ['（拍手）'])
    """
    found = _INLINE_STAGE.findall(text)
    if not found:
        return text, []
    return _INLINE_STAGE.sub("", text), found
