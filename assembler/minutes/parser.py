"""Lines of minutes -> paragraphs, and every line's disposition.

The parser reads the lines in one pass. Each line is classified (front-matter label, agenda
item, speaker header, stage direction, ``○`` sentence, bullet start, plain text, page
furniture, blank); paragraphs are assembled from a start line and its continuation lines,
so the hard line breaks that PDF extraction leaves inside sentences disappear while every
paragraph keeps the exact lines it came from. Every line ends in exactly one place
(``Parsed.fate``): front, agenda, narrative, point, stage, furniture, blank or unread.

Speaker headers (a user's patterns are tried first) are recognised by their form:

- ``（飯島委員）`` / ``【飯島委員】``            alone on a line;
- ``〇河野大臣：…`` / ``○東会長　それでは…``    a turn, the speech on the same line or below;
  the mark may be ○ 〇 ◯ ◎ ● ◆, the label a name with a qualifier (``髙橋（清）委員``),
  ``議長（川端宏明君）`` or ``事務局（佐藤企画官）``, and its title need not be in the role
  table: a short name-like label ending in a title-like word is read with role ``other``;
- ``飯島委員：…``                             a colon header (text may follow);
- ``飯島委員``                                a name alone on a line (known titles only).

A ``○`` sentence (it may wrap over lines) is read as a whole when it ends:

- it names a speaker with から/より and reports a remark (``…との意見があった``): the
  sentence is that speaker's point;
- it names a speaker with から/より and a speech act (発言, 挨拶, 説明, 報告, 述べ …, in any
  form, whatever stands before the name or between the name and the verb): an *introducer*,
  the bullets below are that speaker's;
- otherwise, under a speaker and not in the secretariat's narrating voice, it is the
  speaker's bullet; else narrative.
"""
from __future__ import annotations

import itertools
import operator
import re
import re._parser as sre_parse  # the regex parser: which characters a shape's match can start with
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..i18n import N_
from ..model import Direction, Kind, Legend, Line, Role, SourceText, Speaker, SpeakerReading, Unread
from .front import CLOCK_LINE, TIME_ALONE, FrontLabels, is_count, is_date_line
from . import acted, framed, glued, groups, joined, names, numbering, ocr, press, prose, spaced, trailing
from .legend import count_marks, legend_at_end, parse_legend, read_legend, table_head, table_legend
from .kind import literal_led, performs, sentences as sentences_of
from .patterns import BULLET_CHARS, NUMBERED, Patterns
from .roles import RoleTable
from .view import FileView

_SP = r"[\s\u3000]"
_TEXT, _PAGE = operator.attrgetter("text"), operator.attrgetter("page")  # a line's, in a C-level map
_MARKS = "○〇◯◎●◆◇■□▲△☆★"
_AGENDA = re.compile(r"^\s*[0-9０-９]+\s*[．.]\s*\S")
_AGENDA_SPACED = re.compile(r"^\s*[0-9０-９]{1,2}[\s\u3000]+\S")  # ３ 閉会: a number, spaces, the item
_AGENDA_ITEM = re.compile(r"^(?:議事|議題|報告事項|審議事項|協議事項)[\s\u3000]*(?:[（(][0-9０-９一二三四五六七八九十]+[）)]"
                          r"|[0-9０-９一二三四五六七八九十]+(?:[\s\u3000]|[．.]|$)|[\u2460-\u2487])")  # 議題②
_AGENDA_WORDS = ("開会", "閉会", "議題", "議事", "意見交換", "討議", "報告", "協議", "審議", "挨拶", "その他")
_CIRCLE = re.compile(rf"^{_SP}*[○〇◯]{_SP}*")
_PAGE_NUMBER = re.compile(
    r"^(?:[-－―‐ー—–]\s*[0-9０-９]{1,4}\s*[-－―‐ー—–]|[pP]\.?\s*[0-9０-９]{1,4}"
    r"|[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?)$")
#: a line that is a page number, in a file's text joined (``_after_page_numbers``)
_PAGE_NUMBER_LINE = re.compile(r"\n[ \t\u3000\f]*(?:" + _PAGE_NUMBER.pattern[1:-1] + r")[ \t\u3000]*(?=\n)")
_STAGE = re.compile(r"^[（(].*[）)]$")
#: the ditto mark in a table's speaker cell: the speaker of the row above
_SEAT = re.compile(r"^[0-9０-９]{1,3}番$")
_NOBODY = Speaker("", "", "", "other")  # a title held by several people: it names nobody alone
_DITTO = frozenset(("〃", "″", "\u3003", "〃〃", "同", "同上", "同右", "々"))
#: a rule between turns or sections: ────, ――――◇――――, ＝＝＝, ＊＊＊
_RULE_CHARS = "─━―－-‐＝=＿_◇◆＊*〜~"
_RULE = re.compile(rf"^[{re.escape(_RULE_CHARS)}ー・\s\u3000]{{3,}}$")
# A stage direction inside a line: a bracket holding one of the words of a stage direction.
_STAGE_WORDS = (r"(?:拍手|笑|声あり|声有り|者あり|者有り|異議なし|異議なし」|発言する者|速記|休憩|退室|退席|入室|"
                r"中断|再開|報道関係者|プレス|カメラ|傍聴|資料配付|資料配布|音声|聴取不能|聞き取り不能|マイク|"
                r"投影|画面共有|映像|動画|上映|放映|着席|離席|復席|入場|退場|登壇|降壇|交代|交替|挙手|起立)")
# The meeting is over, in a stage direction's brackets: （閉会）, 〔散会〕, (延会) — they end the
# turns as 午後３時閉会 does (＜閉会＞, 【閉会】 are the headings of a section, read as such)
_ADJOURNED = re.compile(r"^[（(〔][\s\u3000]*(?:閉会|閉議|散会|延会)[\s\u3000]*[）)〕]$")
_INLINE_STAGE = re.compile(
    rf"[（(][^（）()]{{0,30}}?{_STAGE_WORDS}"
    r"[^（）()]{0,30}?[）)]"
    # the clock in a line (（10:00）), and 了 (agreed) in brackets
    r"|[（(]\s*(?:[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}|了)\s*[）)]")
# A note framed by dashes on both sides (－資料１に基づき事務局から説明－); not the long vowel ー
_DASHES = frozenset("-－―‐—–")
_DASH_FRAME = re.compile(r"[-－―‐—–]+[\s\u3000]*(.+?)[\s\u3000]*[-－―‐—–]+")
# The sentence reports what the speaker said: the words are quoted before the noun of
# speaking (…との意見, …という指摘, …旨の発言, …するよう事務局に指示) or are a clause on it (…点を
# 指摘する発言; not …に関する説明, which names a topic), then it was made (あった, 出された …).
_SPEECH_NOUN = (r"(?:御|ご)?(?:意見|指摘|発言|質問|要望|提案|コメント|提言|回答|説明|報告|指示|要請|依頼|懸念|"
                r"主張|見解|感想|補足|答弁|問題提起|申し出|声|紹介|確認|質疑|要求)")
# The secretariat's narrating voice: what happened, in the past tense or as a heading, or a
# note's ending after a noun of speaking (…との意見有り。 …の質問あり。)
_NARRATIVE_VOICE = re.compile(
    r"(?:あった|された|なされた|行った|行われた|示された|得られた|了承された|承認された|決定した|"
    r"確認した|閉会した|開会した|述べた|以下のとおり|次のとおり|下記のとおり|説明|報告|紹介|連絡"
    # a vote's result (採決の結果：全員一致, 賛成多数で可決)
    r"|全員一致|賛成多数|可決|否決"
    rf"|{_SPEECH_NOUN}(?:等|など)?{prose.NOTE_END})[。．]?$")
_REPORTED_END = re.compile(
    rf"(?:(?:との|という|といった|旨の?|とする|よう(?:な|との|[^、。]{{0,12}}?に)?){_SPEECH_NOUN}"
    r"|(?<!関)(?<!対)(?:する|した|している)(?:御|ご)?(?:意見|指摘|発言|質問|要望|提案|提言|懸念|主張))"
    r"(?:等|など)?(?:(?:が|も)?(?:あった|あり(?:まし)?た|出された|出た|示された|なされた|寄せられた|述べられた)"
    rf"|{prose.NOTE_END})。?$"  # or a note's ending: …との意見有り。
)
# A speaker named with から/より, then a speech act (a noun or verb of speaking) in any form.
# 「〜からの」 modifies a noun (構成員からの意見を受け、…) and names no agent of the sentence.
_FROM = re.compile(r"(?:から|より)(?!の)(?=[、,，\s\u3000]|[^、。]*?(?:発言|挨拶|あいさつ|説明|報告|連絡|案内|"
                   r"コメント|意見|総括|紹介|講評|述べ|話|発表|提案|質問|回答|言及|指摘|要望|"
                   r"答弁|補足|所感|謝辞|問題提起|申し|指示|要請|依頼|懸念|主張|見解|感想))")
_SPEECH_ACT = re.compile(
    r"(?:発言|挨拶|あいさつ|説明|報告|連絡|案内|コメント|意見|総括|紹介|講評|述べ|話が|話し|発表|提案|"
    r"質問|回答|言及|指摘|要望|答弁|補足|所感|謝辞|問題提起|申し(?:述べ|上げ)|指示|要請|依頼|懸念|主張|見解|感想)")
_NAME_BEFORE = re.compile(r"([^\s\u3000、。,，「」『』]{1,40})$")
#: what ends a sentence (``ends_sentence``, without a regex: it is asked of most lines)
_STOPS = frozenset("。．！？!?」』")
_STOPS_BRACKETED = frozenset(("。）", "。)"))
_SPACES = re.compile(rf"{_SP}+")
_INDENTS = frozenset(" \u3000\t")
# Numbering that is part of a sentence: （５）が、… ①は… refers to an item, is no bullet.
_NUMBER_IN_SENTENCE = re.compile(r"^[がはをのにでとも、，,・]")
# What follows the last turn: the closing time, 以上, the ministry's contact footer.
_END_MARK = re.compile(r"^[（(〔―ー－\-─━＝=‐‑‒–—−﹣〜~\s\u3000]*(?:以\s*上|了)[）)〕―ー－\-─━＝=‐‑‒–—−﹣〜~\s\u3000]*$")
# The signature block after the last turn: 「上記のとおり相違ないことを証するため、ここに署名
# する。」, 会議録署名委員, and a title with the signer's name alone (委員長　岸　本　孝　之).
# A company's or a corporation's board words it as what the signing is for: 「上記の決議を明確にする
# ため、議長及び出席取締役並びに出席監査役は次に記名押印する。」, 「…を証するため、…署名押印する。」
_SIGN_SENTENCE = re.compile(r"(?:証する|証します|ここに|規定により)[^。]{0,30}?(?:署名|記名|押印)"
                            r"|相違ない(?:こと)?を証する|^[^。]{0,4}(?:署名|記名押印)(?:する|します|いたします)"
                            r"|(?:明確にする|明らかにする|証明する)ため[^。]{0,60}?(?:署名|記名|押印|捺印)(?:する|します|いたします)")
_SIGN_LABEL = re.compile(r"署名(?:委員|議員|人|者)")
_SIGNER = re.compile(r"^[^。、，,：:「」（）()]{0,24}?(?:議長|委員長|会長|座長|部会長|分科会長|委員|議員|署名者"
                     r"|取締役|監査役|社長|理事長|理事|監事|評議員)"
                     r"[\u3400-\u9fff々〆ヶ]{2,8}[印㊞]?$")
_CONTACT = re.compile(r"問い?合わ?せ|お問合せ|〒\s*[0-9０-９]|(?:TEL|ＴＥＬ|Tel|電話|FAX|ＦＡＸ|内線)"
                      r"\s*[:：（(]?\s*[0-9０-９]|E-?mail|メール\s*[:：]|ホームページ|URL|https?://")


@dataclass(frozen=True)
class _Shape:
    """A speaker-header shape: its regex, what it means, and where it is believed."""

    rx: re.Pattern[str]
    kind: str  # "header"
    loose: bool = False  # colon or bare-name shapes: need a plausible name, not in attendee lists
    marked: bool = False  # a mark or brackets: an unknown title is believed on form
    builtin: bool = True  # False for a user's pattern (tried first, on every line)
    spaced: bool = False  # label, spaces, speech: only a known title, and a sentence before the body
    alone: bool = False  # a label with brackets alone on its line: a known title, speech below it
    needs: int = 0  # what a line must hold for the regex to match it at all (the _NEEDS_* bits)


#: What a built-in shape's regex cannot match a line without (``_holds`` tells which a line
#: has): a colon; a closing bracket among its characters 2–21; a space among them; at most
#: 20 characters.
_NEEDS_COLON, _NEEDS_CLOSE, _NEEDS_SPACE, _NEEDS_SHORT = 1, 2, 4, 8
_HOLDS_ALL = 15


_LABEL = r"[^\s\u3000：:、。,，「」『』【】]"
#: Brackets a header may stand in, by pairs: （飯島委員）, 【飯島委員】, 〔飯島委員〕, ［…］,
#: ＜飯島委員＞, 〈…〉, 《…》, ≪…≫ — any of them, as the minutes of different bodies use.
_OPEN, _CLOSE = "（(【〔［[＜<〈《≪", "）)】〕］]＞>〉》≫"
#: The heavy ones, inside which a qualifier in round brackets may stand: 【渡邉(光)会長】.
_HEAVY_OPEN, _HEAVY_CLOSE = "【〔＜<〈《≪", "】〕＞>〉》≫"
_O, _C, _IN = (f"[{re.escape(_OPEN)}]", f"[{re.escape(_CLOSE)}]",
               f"[^{re.escape(_OPEN + _CLOSE)}]")
_HEADER_START = frozenset(_MARKS + _OPEN + "QＱAＡ問答")
_STAGE_LINE = re.compile(rf"^{_O}{_IN}{{0,30}}?{_STAGE_WORDS}{_IN}{{0,30}}?{_C}$")
BUILTIN_SHAPES = (
    _Shape(re.compile(rf"^{_O}\s*(?P<label>{_IN}{{1,60}}?)\s*{_C}$"), "header", marked=True),
    # （山田委員（欠席のため書面で提出））: the speaker, then a note in brackets of its own
    _Shape(re.compile(rf"^{_O}\s*(?P<label>{_IN}{{1,60}}?)\s*"
                      rf"[（(][^（）()]{{1,40}}[）)]\s*{_C}$"), "header", marked=True),
    # （事務局）資料１の… / 〔増田分科会長代理〕 お待たせ…: the bracketed speaker, then the speech
    _Shape(re.compile(rf"^{_O}\s*(?P<label>{_IN}{{1,40}}?)\s*{_C}"
                      rf"{_SP}*[：:]?{_SP}*(?P<text>\S.*)$"), "header", marked=True),
    # 【渡邉(光)会長】 — a qualifier in brackets inside 【】, 〔〕, ＜＞ …
    _Shape(re.compile(rf"^[{_HEAVY_OPEN}]\s*(?P<label>[^{_HEAVY_OPEN}{_HEAVY_CLOSE}]{{1,60}}?)\s*"
                      rf"[{_HEAVY_CLOSE}]{_SP}*[：:]?{_SP}*(?P<text>.*)$"), "header", marked=True),
    # Ｑ 片桐委員 / Ａ 鈴木道路建設課長: question and answer marks before the speaker
    _Shape(re.compile(rf"^[QＱAＡ問答]{_SP}+(?P<label>{_LABEL}{{1,30}}?)(?:{_SP}+(?P<text>.*))?$"),
           "header", marked=True),
    _Shape(re.compile(
        rf"^[{_MARKS}]{_SP}*(?P<label>{_LABEL}{{1,45}}?(?:[（(][^（）()]{{1,20}}[）)])?)"
        # the speech may follow at once in quotation marks: ○山田教育長「ただいまから…」
        rf"(?:{_SP}*[：:]{_SP}*|{_SP}+|(?=「)|$)(?P<text>.*)$"), "header", marked=True),
    _Shape(re.compile(
        rf"^[{_MARKS}]{_SP}*(?P<label>{_LABEL}{{1,40}}?[（(][^（）()]{{1,20}}[）)]){_SP}*(?P<text>.*)$"),
        "header", marked=True),
    _Shape(re.compile(rf"^(?P<label>{_LABEL}{{1,30}}?){_SP}*[：:]{_SP}*(?P<text>.*)$"), "header",
           loose=True, needs=_NEEDS_COLON),
    # 畑中委員長)ただ今から… / 危機管理室長）… — the label closed by a lone bracket (town
    # assemblies): no opening bracket before it on the line
    _Shape(re.compile(rf"^(?P<label>[^\s\u3000：:、。,，「」『』【】（()）]{{1,20}}?)[)）]{_SP}*(?P<text>\S.*)$"),
           "header", loose=True, needs=_NEEDS_CLOSE),
    # • 近藤農産企画課課長補佐 — a bullet before a speaker's name alone (web pages saved as text)
    _Shape(re.compile(rf"^[{re.escape(BULLET_CHARS)}]{_SP}*(?P<label>{_LABEL}{{2,30}}?)$"), "header",
           loose=True),
    # 会長　定刻になりましたので… / 高山課長  ただ今から… — a known title, spaces, the speech
    _Shape(re.compile(rf"^(?P<label>{_LABEL}{{1,20}}?){_SP}+(?P<text>[^\s\u3000のはがをにもとへでや、。].*)$"),
           "header", loose=True, spaced=True, needs=_NEEDS_SPACE),
    _Shape(re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」『』【】・]{2,20})$"), "header",
           loose=True, needs=_NEEDS_SHORT),
    # 事務局（保育課長） / 保育課長（山田） / 山田委員（副会長）: a name-like label with a title or a
    # name in brackets, alone in its paragraph, the speech in the paragraphs below
    _Shape(re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」『』【】・]{1,20}[（(]"
                      r"[^\s\u3000：:、。,，「」『』【】・]{1,30}[）)])$"), "header", loose=True, alone=True),
)


def _first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``rx`` can start with, when its pattern opens with ^ and a
    character or a class of characters (（, [○〇◎…]); None when it may start with any.

    >>> sorted(_first_chars(re.compile("^[QA]x"))), _first_chars(re.compile("^[^Q]x"))
    (['A', 'Q'], None)
    """
    if rx.flags & re.IGNORECASE:
        return None
    items: list[tuple[Any, Any]] = list(sre_parse.parse(rx.pattern, rx.flags))  # re._parser has no types
    if len(items) < 2 or items[0] != (sre_parse.AT, sre_parse.AT_BEGINNING):
        return None
    op, av = items[1]
    if op is sre_parse.LITERAL:
        return frozenset(chr(av))
    if op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    return None


_BUILTIN_FIRST = tuple((shape, _first_chars(shape.rx)) for shape in BUILTIN_SHAPES)


@lru_cache(maxsize=4096)
def _builtin_shapes(first: str, closed: bool = True, gap: bool = False, holds: int = _HOLDS_ALL) -> tuple[_Shape, ...]:
    """The built-in shapes a line starting with ``first`` can have: a shape whose regex
    opens with a class of characters (a mark, a bracket) is not tried on other lines, and a
    label with brackets alone (``alone``) only on a line that ends with a bracket (``closed``).

    ``gap``: the line's second character is a space (``・ 本文…``, ``○ 事務局から…``, as most
    bullets and marks stand). Then the shapes whose label must run on past the first
    character (_NO_GAP: up to a bracket, or a name with no space) cannot match, and the
    spaced shape (label, spaces, speech) can only take the first character as its label: a
    lone letter that heads no turn (``_lone_letter``) unless it is a kanji (問　…) or an
    opening bracket (whose label ``first_header`` may run on to the balancing bracket).

    ``holds``: what of the shapes' ``needs`` the line holds (``_holds``): a shape whose
    regex needs what the line has not (a colon, a closing bracket or a space near its start,
    a short line) cannot match it, and is not tried (most lines of speech have none of them,
    and the regexes would look for a label's end up to 20 or 30 characters before failing)."""
    lone = gap and first not in "（(" and not "\u4e00" <= first <= "\u9fff"
    return tuple(shape for shape, chars in _BUILTIN_FIRST
                 if (chars is None or first in chars) and (closed or not shape.alone)
                 and not (gap and shape in _NO_GAP or lone and shape.spaced) and (holds & shape.needs) == shape.needs)


def _holds(text: str) -> int:
    """The ``_NEEDS_*`` bits of what ``text`` holds."""
    head = text[1:21]
    return ((_NEEDS_COLON if "：" in text or ":" in text else 0)
            | (_NEEDS_CLOSE if ")" in head or "）" in head else 0)
            | (_NEEDS_SPACE if _WHITESPACE.search(head) else 0) | (_NEEDS_SHORT if len(text) <= 20 else 0))


_OFFICE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a0-\u30ffー・（）()A-Za-zＡ-Ｚａ-ｚ0-9０-９]{5,45}$")
_SESSION_NOTE = re.compile(r"[（(]?第[0-9０-９一二三四五六七八九十]+回[）)]?")
_OFFICE_PERSON = re.compile(r"^[^（）()、。]{2,60}[（(](?P<person>[^（）()、。]{2,20})[）)]$")
#: a label spelled a character apart (会　長, 議 長, 事 務 局), then the speech
_LETTER_SPACED = re.compile(r"^(?P<label>(?:(?:[0-9０-９]{1,3}|[^\s\u3000])[\s\u3000]+){1,5}[^\s\u3000])[\s\u3000]+"
                            r"(?P<text>[^\s\u3000]{2}.*)$")  # 会　長, 事 務 局, １１　番
_SPACED_WORD = re.compile(r"^(?:[^\s\u3000][\s\u3000]+){1,4}[^\s\u3000]$")
_HONORIFICS = ("君", "氏", "さん")
#: a speaker as a sentence's subject (ある委員は、, 何人かの委員は、, 座長は、), and a predicate
#: saying they spoke (…と述べた, …と指摘した, …との見方を示した, …で一致した)
_SUBJECT = re.compile(r"^(?:(?:また|さらに|これに対し(?:て)?|一方|このほか|他方)[、,，]?)?"
                      # a topic before the subject (海外経済について、委員は、…: the 日本銀行's form)
                      r"(?:[^。、，,「」]{1,30}?(?:について|に関して|に関し|をめぐって|をめぐり|の点では?)[、,，])?"
                      r"(?:ある|一人の|１人の|1人の|二人の|複数の|何人かの|多くの|大方の|大多数の|全ての|すべての|"
                      r"他の|別の|数名の|多数の|一部の|ほかの)?"
                      r"(?P<who>[^\s\u3000、。，,「」『』はがをにのも]{1,20}?)(?:は|からは)[、,，]")
_SUBJECT_HINT = re.compile("は[、，,]")  # what a line holds when _SUBJECT can match it
_SAID_END = re.compile(r"(?:と|との[^。]{0,24}?|旨|ことを|を|べきだと|必要があると)"
                       r"(?:述べ|指摘し|発言し|主張し|説明し|質問し|回答し|答え|求め|要望し|提案し|強調し|報告し|"
                       r"紹介し|示し|表明し|言及し|付言し|訴え|話し|語っ|コメントし|共有し)た。?$|で一致した。?$")
#: a form's field that names who speaks (発言者：山田委員, 【発言者】事務局（子ども政策課長）)
_SPEAKER_FIELD = re.compile(rf"^[【［\[]?(?:発言者|話者)(?:名)?[】］\]]?{_SP}*[：:]?{_SP}*(?P<label>[^\s\u3000：:、。]{{1,40}})$")
_FIELD_START = frozenset("発話【［[")
#: a line longer than 20 characters can be a header only when it starts with one of these
#: (or a digit) or holds one of the characters below in its first 32 (see ``candidates``, and
#: ``title_person``: an opening bracket in the first 24)
_NO_HEADER_FIRST = _HEADER_START | _FIELD_START
_HEADER_HINT = re.compile(r"[：: \u3000)）(（]")
#: the bullets that mark no turn (``bullet_sentence``); what a label's brackets or colon need;
#: a character a label cannot hold (the complement of the shapes' ``_LABEL``)
_SENTENCE_BULLETS = frozenset(BULLET_CHARS) - _NO_HEADER_FIRST
_LABEL_MARKS = re.compile(r"[（(：:]")
_NOT_LABEL = re.compile("[" + _LABEL[2:])
#: what a header, or a header the extractor broke over two lines, starts with
_HEADER_OPENERS = frozenset(_MARKS + _OPEN)
# An utterance's number before its header's mark or heavy bracket (1: ◯委員長（…君）, ２５：○…,
# 3. ○…, 1640【福田まちづくり調整担当部長】 …, as 会議録検索 sites number each utterance)
_UTTERANCE_NUMBER = re.compile(rf"[0-9０-９]{{1,5}}\s*[:：.．]?\s*(?=[{_MARKS}【〔])")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
#: a question or an answer marked by its letter and a full stop, a number between or not
#: (Ｑ．…, Ａ．…, Q1. …, Ａ２．…): not a decimal (Q1.5), the text after it
_QA_NUMBERED = re.compile(r"^(?P<letter>[QＱAＡ]|質問|回答|意見|要望|問|答)[0-9０-９]{0,3}[．.](?![0-9０-９])"
                          r"[\s\u3000]*(?P<text>\S.*)$")
#: … or the letter and its number before a space or a colon (Ｑ１　…, Ａ１：…), as press
#: conferences number them (the letters only: 問１　… may be a survey's question quoted)
_QA_SPACED = re.compile(r"^(?P<letter>[QＱAＡ])[0-9０-９]{1,3}(?:[:：]|[ \u3000])(?![0-9０-９])[\s\u3000]*(?P<text>\S.*)$")
_QA_ASKED = re.compile(r"^[ \t\u3000]*(?:(?:[QＱ]|質問|意見|要望|問)[0-9０-９]{0,3}[．.]|[QＱ][0-9０-９]{1,3}(?:[:：]|[ \u3000]))"
                       r"(?![0-9０-９])", re.M)
_QA_START = frozenset("QＱAＡ質回意要問答")
#: a view or a request answered in turn, the word alone as the label (（意見）, 【要望】, 意見２：):
#: the asking side of a 懇談会's or 説明会's record, as 質問 is (the table's; these words head
#: groups' headings too — 委員の主な意見 — so only the word alone, with its number, is a label)
_ASKING = re.compile(r"(?P<word>意見|要望)(?P<number>[0-9０-９]{1,3})?")
_ASKING_WORDS = frozenset(("意見", "要望"))
#: the number or letter after a title that tells its labels apart (回答１, 委員Ａ): no person
_NUMBER_TAG = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]{1,3}")
#: a heading in brackets naming whose words follow (【会長より】, （事務局から）, 【会長まとめ】, as
#: school councils' and small bodies' records head each speaker's paragraphs): the speaker, then
#: from (より, から) or a noun of summing up
_SAID_BY = re.compile(r"(?P<who>[^\s\u3000：:、。,，]{1,30}?)(?:より|から|の?(?:まとめ|総括|講評|所感))")
#: an item of the agenda, then who presents it in brackets (会長　挨拶（秋山会長）)
_PRESENTED = re.compile(r"^(?P<item>[^（()）。]{2,40}?)[\s\u3000]*[（(](?P<who>[^（()）、。]{2,20})[）)]$")
#: the honorific an assembly's roll ends each member with (…　議員, …　君), no sentence before it
_HONORED = re.compile(r"^[^。、，,「」：:]{1,80}?[\s\u3000]*(?:議員|君)$")
#: an item, a gap of two spaces or more, then who presents it (２．会長挨拶　　山田会長); the gap
_ITEM_PRESENTER = re.compile(r"^(?P<item>[^\s\u3000。、（()）][^。、]{1,30}?)[ \u3000]{2,}(?P<who>[^\s\u3000。、（()）]{2,16})$")
#: the last word of an item after a gap (１．開会挨拶　　司会): the title of who presents it
_TITLE_AFTER_GAP = re.compile(r"[ \u3000]{2,}(?P<title>[^\s\u3000。、]{1,10})$")
_ITEM_GAP = re.compile(r"\S[ \u3000]{2,}\S")
#: a name the record withholds, a mark for each character (■■会長, ○○委員, ＊＊部長)
_MASKED_NAME = re.compile(r"[■□●○〇◯×✕＊*△▲]{1,4}(?=[^■□●○〇◯×✕＊*△▲])")
#: what such an item's words are: a greeting, an opening's or a closing's words, a bill, a report
#: who presents what follows, in brackets alone on the line: （説明：地域交通対策監）, （資料説明　推進監）,
#: （報告者：山田委員）: the act, a colon or a space, then the presenter
_PRESENTER = re.compile(r"^[（(](?:資料|議案|事業|計画|事務局)?(?:説明|報告|発表|回答|答弁|挨拶|あいさつ)(?:者)?"
                        r"[\s\u3000]*[：:・\s\u3000][\s\u3000]*(?P<who>[^（()）、。：:\s\u3000]{2,24})[）)]$")
#: an office's title no table knows, written in kanji and kana (まちづくり推進監, 地域交通対策監)
_OFFICE_TITLE = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々・]{1,23}[官長員者事査理佐監役課室係局部当]$")
_PRESENTED_ITEM = re.compile(r"挨拶|あいさつ|開会|閉会|の言葉|議案|報告|説明|について$|の件$")
#: a transcript's time stamp before a speaker's label: 10:05, １０：０５, 0:12:31, [00:12:31]
_CLOCK_LABEL = re.compile(r"^[\[［(（]?[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?[\]］)）]?[\s\u3000]+")
_CLOCK_START = frozenset("0123456789０１２３４５６７８９[［")
#: the clock after a speaker's label alone on its line (大河内教育長（10:02）, 水谷課長〔１０：０２〕,
#: 早川委員 [10:06], 大河内教育長　午前10時02分), as a board's 会議録 typed in Word prints it: the
#: label's furniture, no speech
_CLOCK_AFTER = re.compile(r"(?:[\s\u3000]*[（(〔［\[【][\s\u3000]*(?:午前|午後)?[\s\u3000]*"
                          r"[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時[0-9０-９]{1,2}分|時)[\s\u3000]*[）)〕］\]】]"
                          r"|[\s\u3000]+(?:午前|午後)?[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時[0-9０-９]{1,2}分|時))$")
_CLOCK_END = frozenset("）)〕］]】分時0123456789０１２３４５６７８９")
#: a part of a name on a line of its own, as a table of attendees' narrow cell wraps it: a
#: kanji or katakana or a few, no kana of speech, no number (a page's)
_NAME_PART = re.compile(r"[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc]{1,4}")
#: a title, then the person in brackets (会長(三上康之君), 職員（平野ゆかり）), an item's number
#: before it, the speech after a space or at once
_TITLE_PERSON = re.compile(
    r"(?:[0-9０-９]{1,3}[．.、][\s\u3000]*)?"
    # the title may be spelled a character apart (会 長（北村康）, 事 務 局（坂井）: 農業委員会 records)
    r"(?P<title>(?:[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ][ \u3000]){1,4}[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]"
    r"|[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a1-\u30faー・]{1,20})[\s\u3000]*"
    r"[（(][\s\u3000]*(?P<person>[\u3400-\u9fff\uf900-\ufaff々\u30a1-\u30faー][^（）()、。，,「」]{0,14}?)"
    r"[\s\u3000]*(?P<close>[）)])[\s\u3000]*(?P<text>.*)$")
#: the label after a turn's mark, up to a space, a colon or a bracket (●久道家庭支援課長)
_MARK_LINE = re.compile(rf"^[ \t\u3000]*([{_MARKS}])[ \t\u3000]*([^\s\u3000：:、。,，（）()「」]{{2,30}})", re.M)
#: 【委員からの主な意見】, ＜構成員からの発言＞: a heading that hands the bullets below to speakers
#: a report's speaker: the name before から/より (not からの, which modifies a noun), or its
#: subject (会長が閉会を宣言した, ある委員は、…と述べた)
_AGENT = re.compile(r"(?:から|より)(?!の)(?:は)?[、，,\s\u3000]?")
_AGENT_WITHIN = 48  # a name before から/より this near the clause's start may be its speaker by place alone
_COMMA_CHARS = frozenset("、，,")
_PROSE_SUBJECT = re.compile(r"^(?:(?:また|さらに|これに対し(?:て)?|一方|このほか|他方|続いて|次に|最後に|その後|"
                            r"これを受けて)[、，]?)?(?:ある|一人の|複数の|何人かの|他の|別の|数名の|一部の|ほかの)?"
                            r"(?P<who>[^\s\u3000、。，,「」『』はがをにのも]{1,20}?)(?:は|が)[、，]?")
#: the words a heading naming a group's opinions holds (``groups.group_heading``: the cheap test)
_GROUP_WORDS = re.compile(r"意見|発言|質問|質疑|回答|コメント|指摘|要望|討議|熟議|グループワーク")
#: the last character of a line that can be a group's heading: its noun's (意見, 発言, 質問,
#: コメント, 指摘, 質疑, 要望, 回答, 説明, 提案), 等/など, 概要/要旨/内容, a bracket or a colon;
#: or the end of the sentence that names it (…以下のとおり。)
_GROUP_LAST = frozenset("見言問ト摘疑望答明案等ど要旨容換議）)】〕＞>］]》〉：:")
_GROUP_SENTENCE_END = ("とおり。", "通り。", "とおりである。", "とおりです。", "とおりであった。", "とおり", "通り")
#: a bracketed label right after a finished sentence, speech after it: the next speaker's turn
#: in the same paragraph (…伺いたい。（委員）設問の数は…)
_INLINE_LABEL = re.compile(r"(?<=[。？！?!])[\s\u3000]*[（(](?P<label>[^（）()\s\u3000。、，,「」]{1,12})[）)][\s\u3000]*(?=\S)")
#: the marks of a topic's heading under a group (a bullet's ・ or ○ is no heading's)
_TOPIC_MARKS = frozenset("■□◆◇▼▽▲△【〔＜［<《〈(（")
_GROUP_HEADING = re.compile(r"^(?P<who>[^、。「」]{1,20}?)(?:から|より)の?(?:主な|おもな)?"
                            r"(?:御|ご)?(?:意見|発言|質問|コメント|指摘)(?:等|など)?(?:の概要|の要旨)?$")


#: a word naming a section of the proceedings, alone on its line between turns (議事, 質疑,
#: 意見交換, 質疑応答, 報告事項, 質疑・意見): the record's heading, no speaker's words
_SECTION_WORD = re.compile(
    r"(?:議事|議題|議案審議|(?:自由|全体)?(?:質疑(?:応答)?|意見交換|討議)|質問|意見|協議|審議|報告|説明|その他|開会|閉会"
    r"|挨拶|あいさつ"
    r"|(?:報告|協議|審議|議決)事項)(?:(?:[・、と]|及び|および)(?:質疑(?:応答)?|質問|意見交換|意見|回答|答弁|討議|協議|審議|報告|説明))?")
_SECTION_WORD_MAX = 10


def section_word(text: str) -> bool:
    """質疑, 意見交換, 報告事項, 質疑・意見 alone on the line: the name of a section of the
    proceedings (the cheap test is the line's length)."""
    return len(text) <= _SECTION_WORD_MAX and _SECTION_WORD.fullmatch(text) is not None


def _spaced_agenda_word(text: str) -> bool:
    """挨　拶, 閉　会: a word of the agenda spelled apart is a heading too."""
    return bool(_SPACED_WORD.match(text)) and _SPACES.sub("", text) in _AGENDA_WORDS


def _lone_letter(label: str, text: str) -> bool:
    """A label of one character before spaces that heads no turn: OD|A DX… (a word wrapped
    before its last letter; Ａ heads a turn as Ａ：…); a kanji title and a full-width space
    (問　…？ / 答　…。, a summary's questions and answers) do."""
    return len(label) == 1 and not ("\u4e00" <= label <= "\u9fff" and text[1:2] == "\u3000")


def _unfinished_label(text: str) -> bool:
    """The line opens a header it does not finish: a bracket left open (（小林委員), or a mark
    with at most the start of a label and no speech (○, ○(, ○山田)."""
    if text[0] in _OPEN:
        return not any(c in _CLOSE for c in text[1:])
    body = text[1:].strip()
    return not _SPACES.search(body) and (not body or body[0] in _OPEN and not any(c in _CLOSE for c in body)
                                         or len(body) <= 30 and not any(c in _CLOSE for c in body))


#: the fewest characters a line broken at a page's width holds where the file tells no width
#: (``wrap_width``: too few long lines): a Japanese page's line holds 35 to 40
_PAGE_WIDTH_LEAST = 34
_BULLET_NAME, _BARE_NAME, _MARK_SHAPE = BUILTIN_SHAPES[-4], BUILTIN_SHAPES[-2], BUILTIN_SHAPES[5]
_COLON_SHAPE = BUILTIN_SHAPES[7]
#: the shapes whose label takes the line's second character (no space before a bracket that
#: closes it, a bare name, a name before a bracket alone): none on a line whose second is a space
_NO_GAP = frozenset((BUILTIN_SHAPES[8], BUILTIN_SHAPES[11], BUILTIN_SHAPES[12]))
#: bullets that are no speaker's mark, before which a colon label may stand (・山田委員：…)
_COLON_BULLETS = frozenset("・•◦‣\uf09e\uf0a7\uf0b7\uf06c\uf0d8\uf0fc")
#: a character of a label stacked one a line by the extractor (会 / 長, ５ / 番, １１ / 番)
_STACKED_CHAR = re.compile(r"[\u4e00-\u9fff々]|[0-9０-９]{1,2}")
#: an item of the agenda that stands before a stacked speaker in the table's first column
_STACKED_AGENDA = _AGENDA_WORDS + ("議案", "協議", "審議", "承認", "選任", "事項", "日程", "あいさつ")
#: the shapes in which a government named by one character speaks: 市：…, （県）…, 【町】
_BODY_SHAPES = frozenset({_COLON_SHAPE, BUILTIN_SHAPES[0], BUILTIN_SHAPES[2], BUILTIN_SHAPES[3]})
_LOCAL_GOVERNMENTS = frozenset("市県町村区都府道国")


def local_government(label: str) -> Speaker:
    """The government that holds a meeting with the public (住民説明会, 意見交換会, タウンミーティング)
    answering under its name alone, one character: ``市：工事は平日の日中のみです。``, ``（県）…``,
    ``【町】``. Read only after a colon or in brackets: a character alone is no title where a
    title is spelled apart (``町　　長``, a table's cell ``町`` / ``長（岸本和之）``). It answers
    for the executive: ``government`` (settle_roles may read it as the secretariat).

    >>> sp = local_government("市"); sp.label, sp.name, sp.title, sp.role
    ('市', '', '市', 'government')
    """
    return Speaker(label, "", label, "government")
# The words of a spaced label (◆北浦雅人 委員　…) and the name they may spell.
_WORD = re.compile(r"[^\s\u3000]+")
_UNIT = tuple("課部局室所班係")  # a title of a unit's head: what stands before it names the unit
_PERSON = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u3041-\u3096\u30a1-\u30faー・]{1,10}$")
_WHITESPACE = re.compile(r"[\s\u3000]")
#: what a surname starts with (a kanji or katakana), and a particle a speech cannot start with
_SURNAME_START = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々\u30a1-\u30fa]")
_PARTICLE_START = re.compile(r"(?:[のはがをにもとへでや、。]|から|より|まで)")
#: 文責：事務局, （文責　○○課）, 【文責：…】: who answers for the wording of the record
_RESPONSIBILITY = re.compile(r"^[（(【〔［＜〈]?[\s\u3000]*文[\s\u3000]*責[\s\u3000]*[：:・]?[\s\u3000]*"
                             r"[^。、，,]{0,50}?[）)】〕］＞〉]?$")
#: a title alone, a colon, the rest (委員：青木、佐藤); an attendee's name in a list
_TITLE_COLON = re.compile(r"^(?P<label>[^\s\u3000：:、。,，（）()「」]{1,12})[\s\u3000]*[：:][\s\u3000]*(?P<value>.*)$")
_NAME_ITEM = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u3041-\u3096\u30a1-\u30faー]+$")
_KANA_RUN = re.compile(r"[\u3041-\u3096]{3}")
#: a roster's entry in columns: a name (a surname of kanji, a space or none, a given name), a
#: wide gap, then where the person comes from, no sentence (西条　康彦　　みどり大学経済学部教授)
_NAME_THEN_WHERE = re.compile(r"^[\u3400-\u9fff々ヶ]{1,4}[ \u3000]?[\u3400-\u9fff々ヶ\u3041-\u3096]{1,4}"
                              r"(?:\u3000|[ \u3000]{2,})[^。、，,]+$")
_KANA_PAIR = re.compile(r"[\u3041-\u3096]{2}")
_NOT_BARE = re.compile(r"[\s\u3000：:、。,，（）()「」『』【】・]")


#: where the lines of a closed paragraph end, by its kind (any other kind is its own fate;
#: a note under the turns is narrative)
_FATE = {"point": "point", "reported": "point", "back": "front", "note": "front"}
#: the paragraphs a label after them can give a speaker (an agenda item only when a bullet opened it)
_SPOKEN = frozenset(("point", "orphan", "circle", "narrative", "agenda"))
#: what a point opens with: a bullet or a ○
_POINT_MARKS = frozenset(BULLET_CHARS + "○〇◯")


@dataclass
class _Para:
    """A paragraph being assembled: its kind, speaker, lines and first line without marker.

    ``idx`` are the positions of its lines in the source (docx lines can share a number).
    ``marked`` says the paragraph began with a bullet or ○, so an indented line below it
    is a hanging indent (continuation), not a new paragraph.
    """

    kind: str  # "point" | "reported" | "circle" | "narrative" | "front" | "agenda" | "orphan" | "note"
    lines: list[Line]
    idx: list[int]
    first: str = ""
    speaker: Speaker | None = None
    marked: bool = False
    #: the label after the paragraph that names its speakers (``trailing``), and the evidence
    attribution: trailing.Attribution | None = None
    why: str = ""
    #: opened by a bracketed label with the speech after it on the line ((事務局)…): later
    #: labels in the paragraph may start the next speakers' points (``settle_inline``)
    labelled: bool = False


@dataclass
class Said(_Para):
    """A report read from a paragraph of reports (``LineParser.settle_prose``): its text, a
    clause of the paragraph (``lines`` are the lines it stands on, which other reports of the
    paragraph may share), and its kind, read from its words (``prose.kind_of``)."""

    text: str = ""
    judged: tuple[Kind, str] = ("opinion", "")
    #: read from a record that narrates who acted (``acted.py``): the actor and the act as
    #: written, and the line (the evidence, first in the point's ``speaker_why``)
    actor: str = ""
    #: … whose sentence reports words: the sentence as written (``text`` is the words)
    narration: str = ""


@dataclass
class Parsed:
    """What the parser found: front-matter lines, body paragraphs, each line's fate."""

    front: list[Line] = field(default_factory=list)
    paras: list[_Para] = field(default_factory=list)
    fate: list[str] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    directions: list[Direction] = field(default_factory=list)
    groups: set[str] = field(default_factory=set)  # lines read as a group of attendees (委員：青木、…)
    #: the speakers a heading named as a group whose opinions follow, with that heading
    #: (``groups.py``): each paragraph of one of them is an anonymous group's point
    anonymous: list[tuple[Speaker, str]] = field(default_factory=list)
    readings: tuple[SpeakerReading, ...] = ()  # how the labels were read where the document decided it
    legends: list[Legend] = field(default_factory=list)  # the legends of marks that were read (``legend.py``)


def _is_double_spaced(texts: list[str], stripped: list[str]) -> bool:
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


def is_signature(text: str) -> bool:
    """A line of the signature block that closes a record (no one's speech).

    >>> [is_signature(t) for t in ["委員長　岸　本　孝　之", "会議録署名委員　山田太郎",
    ...     "上記のとおり相違ないことを証するため、ここに署名する。", "委員長　それでは始めます。"]]
    [True, True, True, False]
    """
    if len(text) > 80:
        return False
    if _SIGN_SENTENCE.search(text) or _SIGN_LABEL.search(text):
        return True
    return bool(_SPACES.search(text)) and bool(_SIGNER.match(_SPACES.sub("", text)))


#: A body that speaks as one at a hearing (【みずなみ市】, 【株式会社ひばり交通】, 【鉄道局】,
#: 【全国中学校体育団体連絡会（村木常務理事）】): an organisation's name by its ending or its
#: legal form. A ministry, agency or bureau of the state speaks as the government; a local
#: body, a company, an association or any other organisation is a guest (``other``).
_CORP = (r"(?:株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人"
         r"|独立行政法人|国立研究開発法人|学校法人|社会福祉法人|医療法人|[（(]株[）)])")
_BODY_NAME = re.compile(r"^[\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ（）()]{2,30}$")
#: the body a signature block names above its signers (株式会社ひかり物流　取締役会, 社会福祉法人
#: さくら会): its legal form or its board
_BODY_IN_SIGNATURE = re.compile(rf"{_CORP}|取締役会|理事会|評議員会")
_GUEST_BODY = re.compile(
    rf"^{_CORP}.|(?:{_CORP}|会社|協会|連合会|連絡会|協議会|会議所|商工会|医師会|薬剤師会|組合|機構|公社|財団"
    r"|法人|学会|大学|研究所|センター|病院|銀行|事業団|振興会|連盟|団体|工業会|研究会"
    # a company by its trade, as a regulator's hearing names the applicant (○みなと電力（大川部長）)
    r"|電力|ガス|鉄道|電鉄|航空|重工業?|製作所|建設|工業|産業|商事|製薬|証券|生命|ホールディングス|原燃)$"
    r"|^.{2,10}(?:市|町|村|県|府)$|^(?:東京都|北海道)$|^.{2,10}(?:市|町|村|県|都|府|区)(?:役所|役場|庁)?.{0,10}(?:局|部|課)$")
_STATE_BODY = re.compile(r"^(?:内閣府|内閣官房)|^.{1,12}(?:省|庁)(?:.{1,12}(?:局|部))?$|^.{1,10}局$")
_NOT_BODY = ("資料", "参考", "議題", "議事", "概要", "意見", "質疑", "別紙", "目次", "報告", "結果", "説明",
             "まとめ", "論点", "その他", "事務局")


def body_speaker(label: str, roles: RoleTable) -> Speaker | None:
    """A bracketed label naming a body, not a person, with its role (see ``_GUEST_BODY``);
    the person who speaks for it may follow in brackets. None for any other label.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.name, s.title, s.role) for s in (body_speaker(x, t) for x in ("みずなみ市", "鉄道局",
    ...     "株式会社ひばり交通", "全国中学校体育団体連絡会（村木常務理事）"))]
    [('みずなみ市', '', 'other'), ('鉄道局', '', 'government'), ('株式会社ひばり交通', '', 'other'), ('村木', '常務理事', 'other')]
    >>> body_speaker("参考資料", t), body_speaker("事務局（佐藤企画官）", t)
    (None, None)
    >>> [(s.name, s.title, s.role) for s in (body_speaker(x, t) for x in ("みなと電力（大川副本部長）", "北浜鉄道"))]
    [('大川', '副本部長', 'other'), ('北浜鉄道', '', 'other')]
    >>> [(s.name, s.title, s.role) for s in (body_speaker(x, t) for x in ("財務省の出席者", "みどり市の担当者", "内閣府"))]
    [('財務省', '出席者', 'government'), ('みどり市', '担当者', 'other'), ('内閣府', '', 'government')]
    >>> body_speaker("委員の出席者", t), body_speaker("出席者", t)
    (None, None)
    """
    org, _, person = label.partition("（") if "（" in label else label.partition("(")
    person = person.rstrip("）)")
    attending = prose.BODY_ATTENDEE.search(org) if not person else None
    if attending is not None:  # 財務省の出席者: who attends for the body, unnamed
        org = org[:attending.start()]
    if not _BODY_NAME.match(org) or any(w in org for w in _NOT_BODY) or roles.split(org) is not None:
        return None
    if _GUEST_BODY.search(org) and not org.startswith(("内閣府", "内閣官房")):
        role: Role = "other"
    elif _STATE_BODY.search(org):
        role = "government"
    else:
        return None
    if not person:
        return Speaker(label, org, attending["who"] if attending is not None else "", role)
    sp = roles.split(person) or roles.guess(person)
    if sp is None or not 0 < len(sp.name) <= 8:
        return None
    return Speaker(label, sp.name, sp.title, sp.role if role == "government" else role)


def person_for_body(label: str, roles: RoleTable) -> Speaker | None:
    """A person named by name alone, then the body they speak for in brackets: ``石井（青葉市）：``,
    ``長尾（ひばり交通株式会社）：``, ``山本（国土交通省）：`` — as the summaries of 懇談会 and
    hearings of outside parties label them. The role is the body's (``body_speaker``: a
    ministry's people answer for the government, a local body's or a company's are ``other``);
    a title before the brackets (会長（三上康之）, 事務局（県交通政策課）) is another form.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.name, s.title, s.role) for s in (person_for_body(x, t) for x in ("石井（青葉市）",
    ...     "長尾（ひばり交通株式会社）", "山本（国土交通省）"))]
    [('石井', '', 'other'), ('長尾', '', 'other'), ('山本', '', 'government')]
    >>> person_for_body("会長（三上康之）", t), person_for_body("議事（１）", t), person_for_body("石井（欠席）", t)
    (None, None, None)
    """
    person, _, org = label.partition("（") if "（" in label else label.partition("(")
    org = org[:-1] if org[-1:] in "）)" else ""
    if (not org or not _PERSON.match(person) or not _SURNAME_START.match(person) or len(person) > 8
            or roles.split(person) is not None):
        return None
    body = body_speaker(org, roles)
    if body is None or body.title:
        return None
    return Speaker(label, person, "", body.role)


_LIST_SEP = re.compile(r"[、，,・\s\u3000]+")
_COMMAS = re.compile(r"[、，,]")
_KANA_OR_STOP = re.compile(r"[\u3041-\u3096。．！？]")


def _signatures(lines: tuple[Line, ...]) -> int:
    """Where the signature block at the end of a record starts (len(lines) when there is
    none): the last lines, blank lines, page numbers, dates and end marks aside, that are
    lines of a signature (``is_signature``)."""
    start = n = len(lines)
    for i in range(n - 1, max(n - 40, -1), -1):
        t = lines[i].text.strip()
        if not t or len(t) <= 13 and _PAGE_NUMBER.match(t) or len(t) <= 12 and _END_MARK.match(t):
            continue
        if is_signature(t):
            start = i
        elif not (is_date_line(t) or len(t) <= 24 and not _KANA_OR_STOP.search(t)
                  or len(t) <= 40 and "。" not in t and _BODY_IN_SIGNATURE.search(t)):
            break  # a date, a short line of no sentence (建設常任委員会), the body (株式会社ひかり物流　取締役会)
    return start


def _trailer(lines: tuple[Line, ...]) -> int:
    """Where the footer after the last turn starts (len(lines) when there is none).

    The footer is the last block of at most eight short lines, none ending a sentence
    (。, or 。」 closing a turn quoted whole),
    one of which is a contact (問い合わせ先, 〒, 電話): the ministry's address.
    """
    n = len(lines)
    i = n
    seen = 0
    contact = False
    start = n
    while i > 0 and seen < 8:
        t = lines[i - 1].text.strip().strip("\u3000")
        i -= 1
        if not t:
            continue
        copyright_line = _COPYRIGHT.match(t) is not None
        if not copyright_line and (ends_sentence(t) or len(t) > 60):
            break  # a sentence (…ます。, …ます。」 closing a quoted turn) is no footer
        seen += 1
        contact = contact or copyright_line or bool(_CONTACT.search(t))
        start = i
    return start if contact else n


#: a web site's copyright line at the foot of a saved page (Copyright © …, ©2024 …, (C) …)
_COPYRIGHT = re.compile(r"(?:Copyright|COPYRIGHT|©|\([Cc]\)|（[CcＣｃ]）)")
_DIGITS = re.compile(r"[0-9０-９]+")
_SEAT = re.compile(r"[0-9０-９]{1,2}番")  # ２番委員: an assembly member by seat number
# A heading between turns (■議事（１）…, ◆在宅医療, ２．会長あいさつ, （３）その他, 〔意見等〕):
# a heading mark, a number or brackets before a short label that is no sentence.
_HEADING_MARKS = "■□◆◇▲△▼▽◎★☆"
_HEADING = re.compile(
    rf"^(?:[{_HEADING_MARKS}]{_SP}*|[0-9０-９]{{1,2}}{_SP}+|[〔［\[【＜〈《≪](?=[^。、]{{1,30}}[〕］\]】＞〉》≫]$)"
    # framed by dashes (-質疑・意見-, as a web page's record heads its sections)
    rf"|[-－―‐—–]{_SP}*(?=[^。、\d０-９－-]{{2,30}}[-－―‐—–]$))"
    rf"(?P<label>[^。]{{1,40}})$")
_TURN_OPENERS = frozenset(_MARKS + _HEAVY_OPEN + "［[")
_STAGE_START = frozenset("（(")
#: the floor's voice on a line of its own: 異議なし, 「異議なし」, 「異議なし」の声, 「賛成」と呼ぶ者あり
_VOICE_START = frozenset("異「『")
_FLOOR_VOICE = re.compile(r"^(?:異議(?:なし|無し|あり|有り)|[「『](?:異議(?:なし|無し|あり|有り)|賛成|反対|なし)[」』]"
                          r"(?:の声(?:あり)?|と(?:呼|言)ぶ?者(?:あり)?|との声(?:あり)?)?)[。．]?$")
# what a numbered item (patterns.NUMBERED) starts with: digits, brackets, ⑴…⒇, ①…⑳
#: Roman numerals heading a summary's parts (Ⅰ．開催要領, Ⅳ．採決: the Bank of Japan's, the
#: Cabinet Office's), read as a number is (``numbering.item``: level 0)
_ROMAN = "".join(map(chr, range(0x2160, 0x216c))) + "IVX"  # and in Latin letters, as NFKC writes them
_NUMBER_START = "0123456789０１２３４５６７８９（(" + "".join(map(chr, range(0x2460, 0x2488))) + _ROMAN  # ①…⒇, Ⅰ…Ⅻ
_HEADING_START = frozenset(_HEADING_MARKS + _NUMBER_START + "〔［[【＜〈《≪-－―‐—–")
#: An item of business as a record's heading (第２号議案　計算書類の承認について, 議案第３号
#: …の件, 報告第１号, 日程第２): a body's 理事会, 取締役会 and assemblies head each item so, in
#: the body as before it. No sentence, no comma, no particle at its end (日程第１、議案第１号を
#: is the chair's speech).
_ITEM_NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}"
_ITEM_HEADING = re.compile(
    rf"^(?:第{_ITEM_NUMBER}号?議案|議案第{_ITEM_NUMBER}号|(?:報告|諮問|承認|認定|審議|協議|決議)(?:事項)?第?{_ITEM_NUMBER}号?"
    rf"|(?:報告|審議|協議|決議|承認|連絡)事項"
    rf"|日程第{_ITEM_NUMBER})(?:[\s\u3000：:]+[^。、]{{0,40}}(?<![をにがはとでも]))?$")
_ITEM_START = frozenset("第議報諮承認審協決日")
#: what a line over 9 characters that ``heading_like`` takes starts with (the test before the call)
_HEADING_LIKE_START = _HEADING_START | _ITEM_START


def heading_like(text: str) -> bool:
    """The cheap test before ``heading_step``: a mark, a number or a bracket first, a word
    spelled apart (挨　拶), or an item of business (第２号議案　…)."""
    return (text[0] in _HEADING_START or len(text) <= 9 and _SPACED_WORD.match(text) is not None
            or text[0] in _ITEM_START and _ITEM_HEADING.match(text) is not None)

_BRACKET_NUMBER_START = "（(" + "".join(map(chr, range(0x2474, 0x2488)))  # （３）, ⑶
#: what an item of the agenda whose number ``agenda_continues`` may go on starts with
_AGENDA_NUMBER_START = frozenset(_BRACKET_NUMBER_START + "0123456789０１２３４５６７８９" + _ROMAN)
_AGENDA_START = "議報審協" + _BRACKET_NUMBER_START + _ROMAN  # an agenda line starts with a digit or one of these
_CLOCK_LAST = frozenset("会議了始開憩た）)分時 \u3000")  # the last character a clock line can have


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
        width = _common_length(len(t) - sum(len(run) // 2 for run in _SPACE_RUN.findall(t)) for t in head)
    return width


def _common_length(lengths: Iterable[int]) -> int | None:
    """``wrap_width`` of the lines' lengths."""
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


#: a run of spaces inside a line: each two of them are U+3000 as pdftotext -layout types it
_SPACE_RUN = re.compile(r"  +")
#: how much further in than the line above a paragraph's first line may stand: one character
#: of the text (the two to four spaces pdftotext -layout gives a full-width character); a
#: deeper indent is a column or a centred line
_PARAGRAPH_INDENT = 4


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
    if text[:1] == "\u3000" or text[:1] == " " and text[1:2] not in _INDENTS:
        return True  # U+3000, or the one space a web page's text gives for it
    deeper = indent_width(text) - indent_width(above)
    return 0 < deeper <= _PARAGRAPH_INDENT


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
_NOT_COLUMN_LABEL = re.compile(r"出席|欠席|日時|場所|議題|議案|日程|事件|署名")


def _unclosed(label: str) -> bool:
    """The label opens a bracket it does not close (３番（田)."""
    return label.count("（") + label.count("(") > label.count("）") + label.count(")")


def _balanced(label: str, rest: str) -> tuple[str, str | None]:
    """The label with the closing brackets that start ``rest`` until its brackets balance,
    and what is left of the rest: ``('答弁（課政策監（担当）', '）令和…')`` -> ``('答弁（課政策監（担当））', '令和…')``."""
    while rest and rest[0] in "）)" and _unclosed(label):
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
    if m and (("（" in m[1] or "(" in m[1]) != ("）" in m[1] or ")" in m[1])):
        return m[1], m[2]  # ５番（山田 / 太郎）: a label wrapped in its cell, filling it to the speech
    return None


# What a web page wraps around the record when its text is saved (a 会議録検索 site): the
# site's name, a breadcrumb (トップ ＞ 委員会 ＞ …), links to skip or jump (本文へ移動,
# ページの先頭へ戻る, 次の発言へ) with their numbered page links (1|2|3), and those links alone.
_WEB_NAVIGATION = re.compile(
    r"[^。、]{0,40}(?:会議録|議事録)?(?:検索|閲覧)(?:システム|サービス)"
    r"|(?:[^。＞>»›]{1,30}[＞>»›]\s*){2,}[^。＞>»›]{1,40}"
    r"|(?:本文へ(?:移動|スキップ|ジャンプ)?|メニューへ(?:移動)?|(?:この)?ページの(?:先頭|トップ)へ(?:戻る)?|"
    r"ページトップへ(?:戻る)?|メインコンテンツへ(?:移動|スキップ)?|ナビゲーションを(?:スキップ|飛ばす)|"
    r"印刷用(?:ページ|画面)(?:を表示(?:する)?)?|(?:最終)?更新日[:：]?\s*[^。]{0,24}|ページ(?:ID|番号)[:：]?\s*[0-9０-９A-Za-z]+|(?:前|次)の(?:ページ|発言)へ(?:戻る|進む)?|検索結果(?:一覧)?へ(?:戻る)?|"
    r"文字サイズ[^。]{0,20}"
    # a page's marks for screen readers and its menus (ここからサイトの主なメニューです, 本文ここから,
    # サイトメニューここまで, このページの先頭です, メニュー)
    r"|ここ(?:から|まで)[^。、]{0,16}?です|(?:サイトメニュー|メニュー|本文|フッター|ヘッダー)ここ(?:から|まで)"
    r"|このページの(?:先頭|本文)(?:です|へ移動)|メニュー|サイトマップ|サイト内検索)"
    r"(?:\s*[:：]?\s*[0-9０-９]+(?:\s*[|｜]\s*[0-9０-９]+)*)?"
    r"|[0-9０-９]+(?:\s*[|｜]\s*[0-9０-９]+)+")


_NAVIGATION_CHARS = frozenset("検閲＞>»›|｜へ字更印Dナこメ")  # 字: 文字サイズ 標準 拡大; 更新日, 印刷用, ページID; ここから…


def web_navigation(lines: tuple[Line, ...], edge: int = 20) -> frozenset[int]:
    """Positions of lines that are a web page's navigation, not the record (furniture):
    looked for among the first and the last ``edge`` lines, where a page wraps its text."""
    n = len(lines)
    ends = range(n) if n <= 2 * edge else (*range(edge), *range(n - edge, n))
    return frozenset(i for i in ends
                     if len(stripped := lines[i].text.strip()) <= 80 and _NAVIGATION_CHARS.intersection(stripped)
                     and _WEB_NAVIGATION.fullmatch(_SPACES.sub("", stripped)))


def running_heads(lines: tuple[Line, ...], view: FileView | None = None) -> frozenset[int]:
    """Positions of running heads and feet (``view``: the parser's prepared view of the
    lines, made here when not given).

    With page breaks (pdftotext's form feeds), a head is the first line of a page (a foot
    the last, page numbers aside) that comes back on two pages or more (its digits aside:
    「議事録 ３頁」), or whose words are the document's title (its first lines, spaces
    aside). Without them (pypdf joins pages with a line break), a head is the document's
    first line again just after a page number.
    """
    view = view or FileView(lines)
    stripped = view.stripped
    if _one_page(lines):
        # (the lines are not sorted by page: the first three lines with text are the top)
        top = list(itertools.islice((i for i, t in enumerate(stripped) if t), 3))
        return _title_again(lines, top, view.joined) if top else frozenset()
    pages: dict[object, list[int]] = {}
    for i, line in enumerate(lines):
        if stripped[i]:
            pages.setdefault(line.page, []).append(i)
    if not pages:
        return frozenset()
    top = next(iter(pages.values()))[:3]
    if len(pages) < 2:
        return _title_again(lines, top, view.joined)
    return _page_edges(lines, stripped, pages, top)


def _page_edges(lines: tuple[Line, ...], stripped: list[str], pages: dict[object, list[int]],
                top: list[int]) -> frozenset[int]:
    """``running_heads`` of a file of several pages (``pages``: the lines with text, by page):
    a page's first or last line that comes back on two pages or more, or that repeats the
    title (the ``top`` lines)."""
    title = _SESSION_NOTE.sub("", "".join(_SPACES.sub("", lines[i].text) for i in top))
    edges: dict[str, list[int]] = {}
    found: set[int] = set()
    for idx in list(pages.values())[1:]:
        body = [i for i in idx if not _is_page_number(stripped[i])]
        if not body:
            continue
        for i in {body[0], body[-1]}:
            compact = _SPACES.sub("", lines[i].text)
            edges.setdefault(_DIGITS.sub("#", compact), []).append(i)
            bare = _SESSION_NOTE.sub("", compact)  # 水辺空間活用検討会（第２回） under 第２回 水辺…
            if i == body[0] and len(bare) >= 4 and bare in title and not ends_sentence(compact):
                found.add(i)
    return frozenset(found | _repeated(edges, len(pages)))


def _one_page(lines: tuple[Line, ...]) -> bool:
    """Every line is of one page (a text file's are of none), or there are none."""
    pages = list(map(_PAGE, lines))
    return not pages or pages.count(pages[0]) == len(pages)


def _repeated(edges: dict[str, list[int]], n_pages: int) -> set[int]:
    """The page edges that come back on two pages or more and are no sentence; a speaker's
    header atop two pages is no running head (it must come back on most pages)."""
    found: set[int] = set()
    for key, where in edges.items():
        if len(where) >= 2 and len(key) <= 60 and not ends_sentence(key) and (
                key[0] not in _HEADER_OPENERS or len(where) >= max(3, 0.6 * n_pages)):
            found.update(where)
    return found


def _is_page_number(text: str) -> bool:
    return len(text) <= 13 and bool(_PAGE_NUMBER.match(text))


def _title_again(lines: tuple[Line, ...], top: list[int], joined: str) -> frozenset[int]:
    """Running heads of a text without page breaks (pypdf joins pages with a line break): the
    line just after a page number (blank lines between aside) that is the document's first line
    again or part of its title (its first lines, spaces aside: 「第４回 …検討会 議事録」 heads its
    pages 「第４回…検討会」), never a sentence. (A line merely coming back after page numbers is
    not enough here, as it is on paged text: with no page to say where the top is, a speaker's
    name alone at the top of two pages would be one.) ``joined``: the lines' texts joined."""
    first = _SPACES.sub("", lines[top[0]].text)
    title = _SESSION_NOTE.sub("", "".join(_SPACES.sub("", lines[i].text) for i in top))
    found: set[int] = set()
    for i in _after_page_numbers(lines, top[-1] + 1, joined):
        compact = _SPACES.sub("", lines[i].text)
        if len(compact) >= 4 and not ends_sentence(compact) and (
                compact == first or _SESSION_NOTE.sub("", compact) in title):
            found.add(i)
    return frozenset(found)


def _after_page_numbers(lines: tuple[Line, ...], start: int, joined: str) -> Iterator[int]:
    """The first line with text after each page number from ``start`` on. The page numbers are
    found by one search over the file's text joined (``joined``: most files have few or none:
    no line is looked at in Python for them)."""
    text = "\n" + joined + "\n"  # (a line is a newline and its text)
    n = len(lines)
    at, i = 0, -1
    for m in _PAGE_NUMBER_LINE.finditer(text):
        i += text.count("\n", at, m.start() + 1)
        at = m.start() + 1
        if i < start or not _is_page_number(m[0].strip()):
            continue
        j = i + 1
        while j < n and not lines[j].text.strip():
            j += 1
        if j < n and not _is_page_number(lines[j].text.strip()):
            yield j


def _unclosed_bracket(text: str) -> bool:
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


def _announces(para: _Para) -> bool:
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


def _heads(head: _Para, para: _Para, fate: list[str]) -> bool:
    """``head`` announces ``para``: the same speaker, the same turn, ``para`` starting with its text."""
    return (para.kind == "point" and para.speaker == head.speaker
            and para.first == para.lines[0].text.strip().strip("\u3000")
            and all(fate[k] in ("blank", "furniture") for k in range(head.idx[-1] + 1, para.idx[0])))


def join_announcements(paras: list[_Para], fate: list[str]) -> list[_Para]:
    """The points of a turn, a paragraph that is only a formula opening what follows — an
    announcement of the act (お答えいたします。), thanks (ありがとうございます。), an
    acknowledgement (はい。) — joined to the next paragraph of the same turn: one point per
    paragraph, the formula its head, not a procedural point of its own that splits the
    answer from its formula. Joined only when nothing but blank lines or page furniture
    stands between them (no header: the same turn) and the next paragraph starts with its
    text (no mark: its text stays exact).

    >>> sp = Speaker("西尾課長", "西尾", "課長", "secretariat")
    >>> a = _Para("point", [Line("○西尾課長　お答えいたします。", 1)], [0], "お答えいたします。", sp)
    >>> b = _Para("point", [Line("　駅北地区は近隣商業地域に", 3), Line("変更します。", 4)], [2, 3], "駅北地区は近隣商業地域に", sp)
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
    return end[-1:] in _STOPS or end[-2:] in _STOPS_BRACKETED


def strip_directions(text: str) -> tuple[str, list[str]]:
    """A line without its stage directions, and the directions.

    >>> strip_directions("ありがとうございました。（拍手）")
    ('ありがとうございました。', ['（拍手）'])
    """
    found = _INLINE_STAGE.findall(text)
    if not found:
        return text, []
    return _INLINE_STAGE.sub("", text), found


#: the cues of a table drawn in text (ingest.texttable)
_TEXT_TABLE_CUES = frozenset(("row", "cells", "rule", "page", "after"))


def _listed_lines(bare: names.BareNames | None, glued_at: glued.Glued | None) -> frozenset[int] | None:
    """The lines whose label names a person of the record's list (``names.py``, ``glued.py``),
    or None when there are none."""
    if bare is None and glued_at is None:
        return None
    return frozenset(bare.at if bare is not None else ()) | frozenset(glued_at.at if glued_at is not None else ())


#: a line that ends in a round bracket, spaces after it aside (``$``: before each line break)
_CLOSED_LINE = re.compile(r"[）)][^\S\n]*$", re.M)


def _legend_lines(view: FileView) -> set[int]:
    """The lines where a section's legend may stand after the turns began: a line ending in
    the bracket that may hold one, with two marks or more (【意見交換】（●：委員、○：県）).
    One search of the joined text finds the lines that end so (most files have few), each
    line's index counted from the line breaks before it; a text holding a line break of its
    own is read line by line."""
    joined, texts = view.joined, view.texts
    if joined.count("\n") != len(texts) - 1:
        return {i for i, t in enumerate(texts) if t.rstrip()[-1:] in ("）", ")") and count_marks(t) >= 2}
    found: set[int] = set()
    i = pos = 0
    for m in _CLOSED_LINE.finditer(joined):
        i += joined.count("\n", pos, m.start())
        pos = m.start()
        if count_marks(texts[i]) >= 2:
            found.add(i)
    return found


class LineParser:
    """One pass over the lines of one file."""

    def __init__(self, src: SourceText, roles: RoleTable, patterns: Patterns,
                 labels: FrontLabels) -> None:
        # the lines' texts, read once for the pre-passes that scan the whole file
        src, texts = spaced.unspace(src, list(map(_TEXT, src.lines)))  # ○ 石 田 座 長: spelled apart
        src, texts = ocr.read_marks(src, roles, texts)  # O村上座長: an OCR's ○
        self.src = src
        # the file's texts, stripped texts and joined text, built once for every pass (view.py)
        self.view = view = FileView(src.lines, texts)
        self.texts = texts
        self.roles = roles
        self.labels = labels
        self.user_shapes = tuple(_Shape(rx, "header", builtin=False) for rx in patterns.headers)
        chars = re.escape(BULLET_CHARS + patterns.bullet_chars)
        self.bullets = (re.compile(rf"^{_SP}*[{chars}]{_SP}*"), *patterns.bullets)
        # the first characters a bullet can have (a user's bullet regexes may start anywhere)
        self.any_bullet = bool(patterns.bullets)
        self.bullet_start = frozenset(BULLET_CHARS + patterns.bullet_chars + _NUMBER_START)
        # the first characters of the lines ``mark_step`` reads (a user's bullet regex: any line)
        self.mark_start = self.bullet_start | _STAGE_START | frozenset("○〇◯")
        # A Word paragraph is whole: a line continues one only when it is the same
        # paragraph (a manual line break), never because a wrapped line follows.
        self.whole = src.format == "docx"
        self.double = not self.whole and _is_double_spaced(view.texts, view.stripped)
        self.trailer = min(_trailer(src.lines), _signatures(src.lines))
        self.heads = (frozenset() if self.whole else running_heads(src.lines, view)) | web_navigation(src.lines)
        self.out = Parsed(fate=["unread"] * len(src.lines))
        self.cur: _Para | None = None
        self.speaker: Speaker | None = None
        self.pending: list[Speaker] = []  # headers in a row, none of them has spoken yet
        self.seen_speaker = False
        self.in_body = False
        self.holders = {}
        self.named_at: dict[str, int] = {}  # a title -> the line that first named a person under it
        self.front_block: str | None = None
        self.gap = False  # a blank line or page break since the open paragraph's last line
        self.last_page = src.lines[0].page if src.lines else None
        self.legend: dict[str, Speaker] = {}  # a legend's marks: the speaker each stands for
        # a legend after the turns (※ 記号の意味 …, among the last lines): believed from the start
        self.legend_end = -1
        self.legend_para: _Para | None = None  # the point a legend's mark opened
        end = legend_at_end(view.texts, roles)
        if end is not None:
            self.legend_end = end[0]
            self.take_legend(end[0], src.lines[end[0]].text.strip())
        self.wrap = None if self.whole else wrap_width(src.lines, view.stripped)
        self.prev_wrapped = False
        self.column = None if self.whole else speech_column(src.lines, view.joined)
        self.column_label = ""  # the label of the turn a left-column header opened
        self.column_tails: frozenset[int] = frozenset()  # lines whose left-column label ends the label above (久保都市 / 計画課長)
        self.header_speaker: Speaker | None = None  # the speaker the last header gave the floor
        self.named: dict[str, Speaker] = {}  # the last speaker named of each title (同委員, 同課長)
        self.last_named: Speaker | None = None  # the last person named (同氏)
        self.prose: _Para | None = None  # the paragraph that opened naming a speaker as a report does
        self.report_speaker: Speaker | None = None  # the speaker of the last report read
        self._turn_marks: frozenset[str] | None = None
        self.group: Speaker | None = None  # the group a heading gave the floor (委員からの主な意見)
        self.group_line = 0  # the line of the heading that named it
        # a press conference's record (大臣記者会見): the official its title names, who makes the
        # statement under 冒頭発言 (False for the minutes of a meeting)
        title = next((t for t in view.stripped[:8] if press.is_press(t)), "")
        self.press: Speaker | bool = bool(title) and (press.official(title, roles) or True)
        # speakers named after their points (・…である。（野々村構成員）): where the labels are
        self.trail = trailing.read(src.lines, roles, self.whole, view)
        self.trail_at = self.trail.at if self.trail is not None else {}
        # the lines a trail_step reads: a label's, or the first line of a point named after it
        self.trail_lines = frozenset(self.trail_at) | self.trail.firsts if self.trail is not None else frozenset()
        self.out.readings = self.trail.notes if self.trail is not None else ()
        # a record that narrates who acted, line by line (…について、学務課長が説明。): its reports
        self.acted = acted.find(src.lines, self.reporter, self.wrap, self.whole, self.furniture_at, view)
        # speakers written by their names alone (目黒：…, 西川(阿)), as associations' records
        # write them: the lines where they take the floor (names.py), None for most files
        self.bare = names.read(src.lines, roles, lambda label: person_for_body(label, roles) is not None, view)
        # speakers glued to their speech (村瀬会長おはようございます。…), as a web page's bold labels
        # lose their border when saved as text: the lines they open (glued.py), None for most files
        self.glued = glued.read(src.lines, roles)
        self.glued_turns: dict[int, tuple[Speaker, str]] = {}  # a glued turn's speaker -> the evidence
        # the lines either labels (None for most files: one test a line)
        self.listed = _listed_lines(self.bare, self.glued)
        self.agenda_numbers: set[tuple[str, int]] = set()  # bracketed numbers read as agenda items
        self._qa_asked: bool | None = None  # whether a line asks as Ｑ．/Q1. (read on first need)
        self.clock_cut: tuple[int, str] | None = None  # the line read as a label before its clock
        self.label_clock: tuple[int, str] | None = None  # the line and the clock after its label
        self.spoke = False  # a turn with speech has opened (before it, a label may head a roster's entry)
        self.framed: dict[int, str] = {}  # the lines of a frame's text read so far -> what it is (framed.py)
        # the lines where a section's legend may stand after the turns began: a line ending in the
        # bracket that may hold one (【意見交換】（●：委員、○：県）), the lines under a heading read
        self.legend_at = _legend_lines(view)

    # classification ----------------------------------------------------------------------
    def split_label(self, raw: str, marked: bool) -> Speaker | None:
        label = _SPACES.sub("", raw)
        sp = self.roles.split(label)
        if sp is None and label[:2] in _ASKING_WORDS and (asked := _ASKING.fullmatch(label)) is not None:
            return Speaker(label, asked["number"] or "", asked["word"], "member")  # （意見）…（回答）…
        if sp is None and label[-1:] in "）)" and (found := person_for_body(label, self.roles)) is not None:
            return found  # 石井（青葉市）：… a person and their body: a speaker in the front matter too
        if sp is None and self.press and (sp := press.reporter(label)) is not None:
            return sp  # （Ａ新聞）, 記者（みなと新聞）： — a reporter at a press conference
        if sp is None:
            sp = (marked and body_speaker(label, self.roles)) or self.roles.guess(label) or self.official(label)
            if sp is not None and not marked and sp.role == "other" and not self.in_body:
                return None  # 主催者：内閣府 — a front-matter label, not a speaker
        return sp

    def office_then_person(self, text: str, gaps: list[re.Match[str]],
                           start: int = 1) -> tuple[_Shape, Speaker, str | None] | None:
        """○内閣府政策統括官（経済社会システム担当）付　山口企画官　資料を…: an office (no kana),
        a space, then a name with a title of the role table (the label from ``start``, past
        the mark and the spaces after it)."""
        office = text[start:gaps[0].start()].strip()
        if not _OFFICE.match(office):
            return None
        end = gaps[1].start() if len(gaps) > 1 else len(text)
        sp = self.roles.split(text[gaps[0].end():end])
        if sp is None or not 0 < len(sp.name) <= 8:
            return None
        rest = text[gaps[1].end():] if len(gaps) > 1 else ""
        return _MARK_SHAPE, Speaker(_SPACES.sub("", text[start:end]), sp.name, sp.title, sp.role), rest or None

    def official(self, label: str) -> Speaker | None:
        """An official named after a long office: 農林水産省大臣官房…食品企業行動室（山田室長）,
        the person in brackets with a title of the role table."""
        m = _OFFICE_PERSON.match(label)
        sp = (self.roles.split(m["person"]) or self.roles.guess(m["person"])) if m else None
        if sp is None or not 0 < len(sp.name) <= 8:
            return None
        return Speaker(label, sp.name, sp.title, sp.role)

    def header(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """The first header shape that matches with a speaker label: shape, speaker, rest."""
        if self.bare is not None and (named := self.bare.by_text.get(text)) is not None:
            return _COLON_SHAPE, named[0], named[1]  # 目黒：… — a listed person's name alone (names.py)
        if text[0] in _QA_START and (qa := self.qa_numbered(text)) is not None:
            return qa  # Ｑ．… / A1. …
        if text[-1] in _CLOCK_END and (clocked := self.clocked(text)) is not None:
            return clocked  # 大河内教育長（10:02）
        if text[-1] in "）)" and "。" not in text and (item := self.presented_item(text)) is not None:
            return item  # 会長　挨拶（秋山会長）, （説明：地域交通対策監）
        if text[0] in _CLOCK_START and (stamped := self.stamped(text)) is not None:
            return stamped  # 10:05 佐藤委員
        if text[0] in _COLON_BULLETS and (found := self.bulleted_label(text)) is not None:
            return found
        return None if self.headless(text) or self.bullet_sentence(text) else self.read_header(text)

    def bulleted_label(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """A bullet before a bracketed speaker and the speech (``・（委員）分科会の人数が…``,
        ``• (事務局)…``, as a web page lists a meeting's exchanges), or before a label and a colon
        (``bulleted_colon``)."""
        body = text[1:].lstrip(" \t\u3000")
        if body and body[0] in _OPEN:
            found = self.first_header((BUILTIN_SHAPES[2],), body, False)
            if found is not None and found[2]:
                return found
        if "：" in (head := text[1:33]) or ":" in head:
            return self.bulleted_colon(text, not self.seen_speaker and self.front_block == "attendees")
        return None

    def read_header(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``header`` past its cheap test."""
        numbered = text[0].isdigit() and _UTTERANCE_NUMBER.match(text)
        if numbered:
            # a record's utterance number before the mark (12: ◯委員（…君）, as saved from a
            # 会議録検索 web page): the header is what follows it
            return self.header(text[numbered.end():])
        if text[0] in _FIELD_START and (field := _SPEAKER_FIELD.match(text)):
            # 発言者：山田委員 — a form's field naming who speaks; the speech is below
            sp = self.split_label(field["label"], True)
            return (BUILTIN_SHAPES[0], sp, None) if sp is not None else None
        in_attendees = not self.seen_speaker and self.front_block == "attendees"  # self.in_attendees()
        if not in_attendees and (found := self.title_person(text) or self.item_then_presenter(text)) is not None:
            return found
        shapes = self.candidates(text)
        users = len(self.user_shapes)
        found = (users and self.first_header(shapes[:users], text, in_attendees)
                 or (text[0] in _MARKS and self.spaced_header(text, in_attendees))
                 or self.first_header(shapes[users:], text, in_attendees))
        if found or in_attendees:
            return found
        if text[0] not in _MARKS:
            return None if text[0] in _OPEN else self.unmarked_headers(text)
        body = text[1:].lstrip()
        if body and body[0] in _OPEN:
            return self.header(body)  # ○（西村座長）本日は…: a mark before a bracketed label
        return self.spaced_name(text)

    def qa_numbered(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``Ｑ．工事の期間中…`` / ``Ａ．片側交互通行とし…``, ``Q1. …`` / ``A1. …``: a question and
        its answer marked by the letter and a full stop (a number between or not), as records of
        explanatory meetings and FAQ-like summaries print them — in a record that asks so at
        least once (a Ｑ line), so that ``A．`` heading an outline elsewhere stays a heading. The
        speaker is the letter's (Ｑ: the members or the public, unnamed; Ａ: the secretariat);
        the question's number names nobody."""
        m = _QA_NUMBERED.match(text) or _QA_SPACED.match(text)
        if m is None:
            return None
        if self._qa_asked is None:
            self._qa_asked = _QA_ASKED.search(self.src_text()) is not None
        sp = self.split_label(m["letter"], True) if self._qa_asked else None
        return (BUILTIN_SHAPES[4], sp, m["text"]) if sp is not None else None

    def presented_item(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``会長　挨拶（秋山会長）``, ``第１号議案　令和５年度活動報告（内山総務部長）``: an item of the
        agenda (a greeting, an opening's or a closing's words, a bill, a report, …について) with
        who presents it in brackets, as the records of 総会 print each item, the speech in the
        paragraphs below: it heads them as that speaker's turn. Only where speech follows (an
        agenda's list of items, one a line, stays the agenda) and the brackets name a speaker
        of the role table; the item's words are no part of the label."""
        if text[0] in "（(":
            return self.presenter_alone(text)
        m = _PRESENTED.match(text)
        if m is None or text[0] in BULLET_CHARS or not _PRESENTED_ITEM.search(_SPACES.sub("", m["item"])):
            return None  # ・理事長あいさつ（森理事長）: an item of the agenda's list
        who = _SPACES.sub("", m["who"])
        if (gap := _TITLE_AFTER_GAP.search(m["item"])) is not None and self.roles.split(gap["title"]) is not None:
            who = f"{gap['title']}（{who}）"  # １．開会挨拶　　司会（■■さん）: the title, the person in brackets
        return self.presented_below(text, self.presenter(who))

    def presenter_alone(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``（説明：地域交通対策監）``, ``（資料説明　まちづくり推進監）``: who presents what follows,
        in brackets alone on the line after the act (説明, 報告, 回答 …), as municipal records
        print who explains an item; the speech below is theirs. The act says the bracket
        names a speaker, so an office no table knows (推進監) is read too: the table's role for
        a title that ends as it does, else ``other``."""
        m = _PRESENTER.match(text)
        return None if m is None else self.presented_below(text, self.presenter(m["who"]))

    def presents(self, text: str) -> bool:
        """An item of the agenda with who presents it (in brackets or after a gap), the speech below."""
        return (text[-1] in "）)" and "。" not in text and self.presented_item(text) is not None
                or self.item_then_presenter(text) is not None)

    def item_then_presenter(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``２．会長挨拶　　山田会長``, ``開会の言葉　　■■副会長``: an item of the agenda, a gap of
        two spaces or more, then who presents it with no brackets (自治会, PTA and 総会 records):
        heads the speech below as the bracketed form does (``presented_item``)."""
        if "。" in text or _ITEM_GAP.search(text) is None or text[0] in BULLET_CHARS:
            return None  # the cheap test first: this is asked of most lines
        m = _ITEM_PRESENTER.match(text)
        if m is None or not _PRESENTED_ITEM.search(_SPACES.sub("", m["item"])):
            return None
        return self.presented_below(text, self.presenter(m["who"]))

    def presenter(self, who: str) -> Speaker | None:
        """Who an item's brackets say presents it: a speaker of the role table, a label of a
        speaker's form (``roles.guess``), or an office's title no table knows, in kanji and
        kana ending as titles do (まちづくり推進監: the role of the table's titles that end
        as it does, else ``other``); not a word (省略, 会計). A name the record withholds
        (■■会長, ○○委員, ＊＊部長: a mark for each character) is the title's speaker, the
        marks the name."""
        sp = self.roles.split(who) or self.roles.guess(who)
        if sp is None and (masked := _MASKED_NAME.search(who)) is not None:
            # read with a name of one character in the marks' place (司会（■■さん）: 司会（某さん）)
            read = self.presenter(who.replace(masked[0], "某", 1))
            sp = read and Speaker(who, read.name.replace("某", masked[0], 1), read.title, read.role)
        if sp is None and _OFFICE_TITLE.match(who):
            sp = Speaker(who, "", who, self.roles.role_by_ending(who))
        return sp

    def presented_below(self, text: str, sp: Speaker | None) -> tuple[_Shape, Speaker, str | None] | None:
        """The presenter ``sp`` of the item ``text`` heads the speech below it, if speech follows."""
        lines = self.src.lines
        # the line asked of: the one read, or one a look-ahead (turn_follows) reached
        at = next((k for k in range(max(self.at, 0), min(self.at + 9, len(lines))) if lines[k].text.strip() == text), -1)
        if sp is None or at < 0:
            return None
        nxt = self.text_below(at)  # a page's foot and the next page's head between: the speech is below them
        if (not nxt or _HIRAGANA.search(nxt) is None or "。" not in nxt and len(nxt) < 20 or nxt[0] in _HEADER_OPENERS
                or self.bullet(nxt) is not None or _PRESENTED.match(nxt) or _NARRATIVE_VOICE.search(nxt)):
            return None  # speech below: a sentence, or a line the extractor wrapped; no list's next item,
            # no sentence of the record's own (以上、いずれも拍手で承認された。)
        return BUILTIN_SHAPES[0], sp, None

    def stamped(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``10:05 佐藤委員`` / ``[00:12:31] 事務局：…``: the clock of a record made from a
        recording (a transcript's time stamp) before the speaker's label — the header is what
        follows the clock, alone on its line (the speech below it) or with the speech."""
        m = _CLOCK_LABEL.match(text)
        return self.header(text[m.end():]) if m is not None and m.end() < len(text) else None

    def clocked(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``大河内教育長（10:02）`` / ``水谷学校教育課長　午前10時02分``: a speaker's label alone on
        its line with the clock after it, the speech below (a board's 会議録 typed in Word) — the
        header is the label; the clock is its furniture, never speech, kept with its line as the
        clock in a line is (``parse --json``'s ``directions``: ``take_header``). Only a label
        alone: a line with anything between the label and the clock is none."""
        m = _CLOCK_AFTER.search(text)
        if m is None or m.start() == 0:
            return None
        label = text[:m.start()]
        found = None
        # the clock marks the line a label as a mark would: a title alone (教育長（10:00）) or a
        # name apart from its title (大河内　教育長（10:00）) is read as after ○
        for form in (label, "○" + label):
            self.clock_cut = (self.at, form)
            try:
                found = self.header(form)
            finally:
                self.clock_cut = None
            if found is not None or label[0] in _MARKS:
                break
        if found is None or found[2]:
            return None
        self.label_clock = (self.at, text[m.start():].strip(" \u3000"))
        return found

    def here(self, text: str) -> bool:
        """``text`` is the line being read (not one looked at ahead): the line itself, or its
        label before the clock (``clocked``)."""
        return (0 <= self.at < len(self.src.lines)) and (
            self.src.lines[self.at].text.strip() == text or self.clock_cut == (self.at, text))

    def bulleted_colon(self, text: str, in_attendees: bool) -> tuple[_Shape, Speaker, str | None] | None:
        """A bullet before a speaker's label and a colon, as summaries list who said what
        (``・山田委員：…``, ``・中村（みどり町）：…``, ``・事務局：…``): the label is read as it is
        without the bullet (a colon header), never with the bullet in its name; a bullet
        before a word that names no speaker (``・課題：人材の不足``) is a bullet. Asked of a line
        with a bullet first and a colon near it (``header``)."""
        body = text[1:].lstrip(" \t\u3000")
        return self.first_header((_COLON_SHAPE,), body, in_attendees) if body else None

    def title_person(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """A title, then the person in brackets, at the start of a paragraph or line with no
        mark and no colon, the speech after a space or at once: ``会長(三上康之君) 本日は…``,
        ``都市計画課長（西尾達也君）それでは…``, ``委員(須藤　光男君)``, ``職員（平野ゆかり） …``,
        an item's number before it (``１．委員(岡部真澄君) …``), as Word records of local
        assemblies and their councils type them. With 君 (氏, さん) the form is the speaker's;
        without it the title must be one of the table's (or end as one does).

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> _, sp, rest = p.title_person("１．委員(須藤　光男君)　変更によって、周辺の住環境は…")
        >>> sp.label, sp.name, sp.title, sp.role, rest
        ('委員(須藤光男君)', '須藤光男', '委員', 'member', '変更によって、周辺の住環境は…')
        >>> [p.title_person(t) for t in ("議案第１号(用途地域の変更) について", "みどり市(ひらがな)では、",
        ...     "東京都（都庁） において", "市長（山田太郎）は、次のように述べた。")]
        [None, None, None, None]
        """
        if not ("（" in text or "(" in text) or text[0] in _MARKS or text[0] in _OPEN:
            return None  # the cheap test first: this is asked of most lines
        m = _TITLE_PERSON.match(text)
        if m is None or not self.title_person_fits(m, text):
            return None
        rest = m["text"] or None
        label = _SPACES.sub("", m[0][m.start("title"):m.end("close")])
        sp = self.roles.guess(label)
        if sp is None or not sp.name or sp.title in _HONORIFICS:
            return None
        return _MARK_SHAPE, sp, rest

    def title_person_fits(self, m: re.Match[str], text: str) -> bool:
        """Whether a title and a person in brackets head a turn here: with 君 or a title of
        the table, speech after it (or nothing, in the proceedings, with 君), no particle."""
        person = m["person"].rstrip()
        honorific = person[-1] in "君氏" or person.endswith("さん")
        rest = m["text"]
        if rest[:1] in ("：", ":") or rest and _PARTICLE_START.match(rest):
            return False  # 事務局（防災安全課長）：… a colon header; 市長（…）は、… a sentence
        if not rest:
            return honorific and self.in_body  # 職員（平野ゆかり） alone names no one for sure
        title = _SPACES.sub("", m["title"])
        if not honorific and self.roles.split(title) is None and self.roles.role_by_ending(title) == "other":
            return False  # 東京都（都庁） …: without 君 only a title names a speaker
        return self.in_body or self.speech_before_body(text, rest)

    def headless(self, text: str) -> bool:
        """The cheap test of most lines: none of what a built-in shape needs (a mark, a
        bracket, a digit or a field's start first; a colon, a space or a bracket in the first
        32: ``candidates``, ``title_person``, ``unmarked_headers``), and no user's shape to
        try; then over 20 characters, or (the end of a sentence wrapped onto a line of its
        own: ``たい。``) a short line that is no name alone either: no bullet first (``・山田``),
        no space of another kind (a tab), and a character no bare name holds (、。「」・…)."""
        return (text[0] not in _NO_HEADER_FIRST and not self.user_shapes and not text[0].isdigit()
                and not _HEADER_HINT.search(text, 0, 32)
                and (len(text) > 20 or text[0] not in BULLET_CHARS and _NOT_BARE.search(text) is not None
                     and _WHITESPACE.search(text) is None))

    def bullet_sentence(self, text: str) -> bool:
        """The cheap test of a summary's bullets (``・ 前回に引き続き、…``), which ``headless``
        leaves to ``read_header`` for the space after the bullet: a bullet that marks no turn,
        a space, then more than a name alone — over 20 characters, no bracket and no colon
        (``title_person``, the colon shape), no space among the first characters after the
        bullet's (a title written a character apart: ``・ 会 長　…``), and more than 30 of
        them or a character no label holds (a bullet before a name alone: ``・ 近藤課長``).
        No header shape reads such a line (``read_header`` is None on it: a test holds the
        two together); no user's shape is to be tried."""
        return (text[0] in _SENTENCE_BULLETS and text[1:2].isspace() and len(text) > 20 and not self.user_shapes
                and _LABEL_MARKS.search(text) is None and _WHITESPACE.search(rest := text[1:].lstrip(), 0, 4) is None
                and (len(rest) > 31 or _NOT_LABEL.search(rest, 0, len(rest) - 1) is not None))

    def spaced_header(self, text: str, in_attendees: bool) -> tuple[_Shape, Speaker, str | None] | None:
        """A mark, a name, a space, a title, then the speech: ``◆北浦雅人 委員　　…``,
        ``◎北条 農政課長　…``, ``○岸　本　孝　之 委員長``. The label is the shortest run of
        words that ends in a title of the role table; the name is the words before it, and
        the start of the title's word unless the title names a unit (課長, 部長: 農政課長).

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> _, sp, rest = p.spaced_header("◎北条 農政課長　　お答えします。", False)
        >>> sp.name, sp.title, sp.role, rest
        ('北条', '農政課長', 'secretariat', 'お答えします。')
        """
        found = self.name_then_title(text, 1)
        if found is None:
            return None
        sp, rest = found
        return (_MARK_SHAPE, sp, rest) if self.believed(_MARK_SHAPE, sp, rest, text, in_attendees) else None

    def name_then_title(self, text: str, start: int) -> tuple[Speaker, str | None] | None:
        """The shortest run of words from ``start`` that is a name's parts and then a word
        that is a title of the role table (the whole word: 委員, 農政課長), and the rest."""
        words = list(_WORD.finditer(text, start, 40))
        if len(words) < 2 or words[0].start() > start + 2 or not _PERSON.match(words[0][0]) or len(words[0][0]) > 8:
            return None  # no name's part first (the cheap test of the loop below: 河野大臣：)
        if self.roles.split(words[0][0]) is not None:
            return None  # ○東会長　それでは…: the first word is the label already
        for k in range(1, min(len(words), 8)):
            name = "".join(w[0] for w in words[:k])
            if not _PERSON.match(name) or len(name) > 8 or k > 1 and len(words[k - 1][0]) > 4:
                return None  # a name in parts (南 陽子, 岸　本　孝　之) has short parts
            word = words[k][0]
            title = self.roles.split(word) if len(word) <= 16 and "、" not in word and "。" not in word else None
            if title is None:
                continue  # 議　　長　　それでは、…５番委員: a sentence that ends in a title is no title
            if title.name and not title.title.startswith(_UNIT):
                name, word = name + title.name, title.title  # 関 三郎委員長: 三郎 is the name's
            return (Speaker(label=name + word, name=name, title=word, role=title.role),
                    text[words[k].end():].strip() or None)
        return None

    def unmarked_headers(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """A header with no mark and a space near its start: a name and a title apart, or a
        title written a character apart (the cheap test first: this is asked of most lines)."""
        head = text[1:10]
        if not (" " in head or "\u3000" in head):
            return None
        found = self.unmarked_header(text)
        return found if found or not (text[1].isspace() or text[0].isdigit()) else self.letter_spaced_header(text)

    def unmarked_header(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """No mark, a name (its parts apart or not), a space, a title of the role table as a
        word of its own, then the speech on the line or nothing: ``柴田智恵美 委員  本市の…``,
        ``柴田 智恵美 委員　…``, ``北条 農政課長　お答えします。``.

        A sentence that happens to start with a word and a space is no header: the first
        word (a surname) has no hiragana, the speech starts with no particle (委員 の皆様,
        会長 から), and before the proceedings only a line with speech in it is a turn
        (``青木一郎 委員　　佐藤花子 委員`` there is a list of attendees).

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> _, sp, rest = p.unmarked_header("柴田 智恵美 委員　本市の新規就農者について伺います。")
        >>> sp.label, sp.role, rest
        ('柴田智恵美委員', 'member', '本市の新規就農者について伺います。')
        >>> [p.unmarked_header(t) for t in ("次に 会長 から説明があった。", "本日 委員 の皆様に",
        ...     "青木一郎 委員　　佐藤花子 委員", "林　正男　　　会長")]
        [None, None, None, None]
        """
        gap = _SPACES.search(text, 1, 10) if _SURNAME_START.match(text) else None
        if gap is None or _HIRAGANA.search(text, 0, gap.start()):
            return None  # kana in the first word: asked before the title is looked for, it refuses what that finds
        found = self.name_then_title(text, 0)
        if found is None:
            return None
        sp, rest = found
        if rest and _PARTICLE_START.match(rest):
            return None
        if not self.in_body and not self.speech_before_body(text, rest):
            return None
        if rest and not _HIRAGANA.search(rest) and self.name_then_title(rest, 0) is not None:
            return None  # 林正男 会長　　青木一郎 委員　…: names and titles, a list of people
        return _MARK_SHAPE, sp, rest

    def letter_spaced_header(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """A title written a character apart, then the speech (会　長　定刻になり…, 議 長　改め
        まして…), as a form's column of speakers prints it (a 農業委員会's 総会議事録).

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> _, sp, rest = p.letter_spaced_header("議　長　ほかに意見はありませんか。")
        >>> sp.label, sp.role, rest
        ('議長', 'chair', 'ほかに意見はありませんか。')
        >>> [p.letter_spaced_header(t) for t in ("開　会", "挨　拶", "日 時　令和６年", "会　長")]
        [None, None, None, None]
        """
        m = _LETTER_SPACED.match(text)
        if m is None:
            return None
        label = _SPACES.sub("", m["label"])
        sp = self.roles.split(label) or (self.roles.guess(label) if _SEAT.fullmatch(label) else None)
        rest = m["text"]
        if sp is None or len(sp.name) > 8 or _PARTICLE_START.match(rest):
            return None
        if not self.in_body and not (self.speech_before_body(text, rest) or len(rest) >= 15 and not _SPACES.search(
                rest, 0, 15) and _HIRAGANA.search(rest) is not None):
            return None  # 委 員 長　琴 尾 みさと: an attendee, not a remark
        return _MARK_SHAPE, sp, rest

    def speech_before_body(self, text: str, rest: str | None) -> bool:
        """Before the proceedings, what follows a label with spaces is speech only when it
        ends a sentence, or goes on (a comma, or a line the extractor broke at the page
        width) with words (kana) that are no list of people: else it is an attendee list
        (委員 東裕 若柳善朗)."""
        if not rest:
            return False
        if rest.rstrip().endswith("。"):
            return True
        going_on = (rest.rstrip().endswith("、") or self.wrap is not None and len(text) >= self.wrap
                    or "、" in rest and _KANA_RUN.search(rest) is not None  # clauses of a sentence
                    or self.hanging_speech(text, rest))
        return going_on and _KANA_PAIR.search(rest) is not None and not self.roster(rest) and not self.group_value(rest)

    def speech_words(self, rest: str) -> bool:
        """Words of a speech, not a list of people: a run of kana, no roster, no count, not a
        person's name then, past a wide gap, where they come from (``西条　康彦　　みどり大学教授``:
        a roster's columns, the kana of a place or a company's name in them)."""
        return (_KANA_RUN.search(rest) is not None and not self.roster(rest) and not self.group_value(rest)
                and _NAME_THEN_WHERE.match(rest) is None)

    def hanging_speech(self, text: str, rest: str | None) -> bool:
        """A label, spaces, then speech that goes on below: in the lines indented under it (a
        hanging indent: ``事務局長　　定刻となりましたので、…総`` / ``　　　　　　会を開会…``),
        as a record in a column of speakers prints its first turn right under the attendees, or
        broken at the page's width onto a line that finishes a sentence (``○大川会長　ただいまから
        第４回あおば県環境`` / ``審議会を開会いたします。…``, as pdftotext and pypdf print a first
        turn right under the attendees with no blank line between) — where a group of attendees
        would have more people below."""
        if not rest or not (0 <= self.at < len(self.src.lines) - 1) or not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        below = self.src.lines[self.at + 1].text
        if below[:1] in (" ", "\u3000"):
            return bool(below.strip()) and self.speech_words(rest)
        nxt = self.next_text(self.at)
        return ("。" in nxt and nxt[0] not in _HEADER_OPENERS and self.bullet(nxt) is None
                and self.speech_words(rest))

    def first_header(self, shapes: tuple[_Shape, ...], text: str,
                     in_attendees: bool) -> tuple[_Shape, Speaker, str | None] | None:
        for shape in shapes:
            m = shape.rx.match(text)
            if not m:
                continue
            label, rest = m["label"], m.groupdict().get("text") or None
            if rest and rest[0] in "）)" and _unclosed(label):
                # ◯答弁（住宅課政策監（耐震化担当））令和…: the label's brackets nest, and a shape
                # that knows one level stopped at the inner close; the label ends where they balance
                label, rest = _balanced(label, rest)
            if shape.spaced and _lone_letter(label, text):
                continue  # the cheap test first: loose_plausible would refuse it
            sp = self.shape_speaker(shape, label, text)
            if sp is None:
                continue
            if sp.title == "" and shape is BUILTIN_SHAPES[1]:
                # 【全国…連絡会（村木常務理事）】: the bracket names who speaks for the body
                sp = body_speaker(_SPACES.sub("", text[1:-1]), self.roles) or sp
            if self.believed(shape, sp, rest, text, in_attendees):
                return shape, sp, rest
        return None

    def shape_speaker(self, shape: _Shape, label: str, text: str) -> Speaker | None:
        """The speaker a shape's label names: the label read as a speaker's; in brackets, the
        speaker before より/から or a noun of summing up (【会長より】, （事務局から）, 【会長まとめ】);
        a local government's one character (市：, （町）)."""
        sp = self.split_label(label, shape.marked)
        if sp is None and text[0] in _OPEN and (said := _SAID_BY.fullmatch(_SPACES.sub("", label))):
            sp = self.split_label(said["who"], True)
        if sp is None and len(label) == 1 and label in _LOCAL_GOVERNMENTS and shape in _BODY_SHAPES:
            sp = local_government(label)
        return sp

    def spaced_name(self, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """〇関 三郎委員長 これより… / ○山田 太郎 委員: a name with spaces inside, then a
        title of the role table (the words before it short enough to be a name's parts). A
        space after the mark (○ 山田 太郎 委員, ○ 国土交通省…課　菅原課長補佐　…) only sets the
        label off from the mark: the label's words are counted from its first character."""
        start = len(text) - len(text[1:].lstrip())
        gaps = list(_SPACES.finditer(text, start, 60))
        if gaps and gaps[0].start() - start > 4:
            return self.office_then_person(text, gaps, start)
        for k in (1, 2):
            if len(gaps) < k or gaps[k - 1].start() - (gaps[k - 2].end() if k > 1 else start) > 4:
                return None
            end = gaps[k].start() if len(gaps) > k else len(text)
            label = _SPACES.sub("", text[start:end])
            sp = self.roles.split(label) if len(label) <= 20 else None
            if sp is not None and 0 < len(sp.name) <= 8:
                rest = text[gaps[k].end():] if len(gaps) > k else ""
                return _MARK_SHAPE, sp, rest or None
        return None

    def candidates(self, text: str) -> tuple[_Shape, ...]:
        """The shapes the line may have: a user's always; the built-in ones need a mark, a
        bracket, a colon or a space near the start, and a short line without them can only
        be a name alone (after a bullet mark or not)."""
        head = text[:32]
        if (text[0] in _HEADER_START or "：" in head or ":" in head or " " in head or "\u3000" in head
                or ")" in head or "）" in head):
            return self.user_shapes + _builtin_shapes(text[0], text[-1] in ")）" and len(text) <= 52,
                                                      text[1:2].isspace(), _holds(text))  # str.isspace is \s
        if len(text) > 20:
            return self.user_shapes
        if _WHITESPACE.search(text):
            return self.user_shapes + _builtin_shapes(text[0])
        found = self.user_shapes
        if text[0] in BULLET_CHARS:
            found += (_BULLET_NAME,)
        if not _NOT_BARE.search(text):
            found += (_BARE_NAME,)
        return found

    def believed(self, shape: _Shape, sp: Speaker, rest: str | None, text: str,
                 in_attendees: bool) -> bool:
        """Whether a label that has the form of a header is a speaker here."""
        if shape.alone:
            return self.label_alone(sp, text, in_attendees)
        if shape.loose and not self.loose_plausible(shape, sp, rest, text, in_attendees):
            return False
        unknown = self.unknown_title(shape, sp)
        if shape.spaced and (unknown or not self.in_body and not self.speech_before_body(text, rest)):
            return False  # 委員 東裕 若柳善朗 … in the front matter is a list, not a remark
        if unknown and (in_attendees or not self.in_body and not rest):
            return False  # an unknown title in the front matter is a label, not a speaker
        if rest and not self.in_body and self.roster(rest):
            return False  # （委員）小野寺座長、田辺委員 … before the body: a group of attendees
        if shape is _BARE_NAME and not self.in_body and self.label_below():
            return False  # 会議の庶務を行う課名 / 選挙管理委員会事務局 / 開催日時: a field's value
        return bool(rest) or not self.bullet_label(sp, text)

    def label_below(self) -> bool:
        """The next line of the line read is a label of the front matter (開催日時, 出席者)."""
        return 0 <= self.at < len(self.src.lines) and self.labels.field(self.next_text(self.at)) is not None

    def bullet_label(self, sp: Speaker, text: str) -> bool:
        """A label read on its form alone after a bullet mark, or after a ○ where ○ marks
        the bullets of a bracketed speaker: a bullet, not a header — unless the mark is one
        this file heads its turns with (●久道家庭支援課長 alone on its line) and speech follows."""
        return self.roles.split(sp.label) is None and (
            text[0] in BULLET_CHARS and not self.turn_mark_alone(text)
            or text[0] in _MARKS and self.speaker is not None and not self.turns)

    def turn_mark_alone(self, text: str) -> bool:
        """``●岩渕病院事業管理者`` alone on its line is a header by its form and position: its
        mark (● ◆ ■ …, a bullet's too) heads other turns of the file with a title of the role
        table, and the next line is speech, not another marked line or a bullet."""
        if not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        return (bool(nxt) and nxt[0] not in _HEADER_OPENERS and self.bullet(nxt) is None
                and text[0] in self.turn_marks())

    def turn_marks(self) -> frozenset[str]:
        """The marks that head a turn in this file: a mark before a label with a title of the
        role table (●久道家庭支援課長, ◆北浦委員：…). Read once, on first need, from the lines
        that start with a mark (one search over the text, not a look at every line)."""
        if self._turn_marks is None:
            marks = set()
            text = self.src_text()
            for m in _MARK_LINE.finditer(text):
                if m[1] not in marks and self.roles.split(m[2]) is not None:
                    marks.add(m[1])
            self._turn_marks = frozenset(marks)
        return self._turn_marks

    def src_text(self) -> str:
        return "\n".join(line.text for line in self.src.lines)

    def label_alone(self, sp: Speaker, text: str, in_attendees: bool) -> bool:
        """A label with brackets alone on its line (事務局（保育課長）, 保育課長（山田）,
        委員長（山田太郎）, 山田委員（副会長）) heads the speech below it when its title is in
        the role table (or a seat number), it stands outside an attendee list, and the next
        line is speech: kana, no header, no heading, no field of the front matter
        (議事（１）, スケジュール（案）, 会長の選出（互選） are none).

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> from assembler.ingest.text import split_lines
        >>> src = split_lines("会議録\\n\\n事務局（保育課長）\\n　資料１を御覧ください。\\n"
        ...                   "副会長選出（互選）\\n　互選により選出した。\\n", "x.txt", encoding="utf-8")
        >>> p = LineParser(src, load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.at = 2; p.header("事務局（保育課長）")[1].role
        'secretariat'
        >>> p.at = 4; p.header("副会長選出（互選）") is None
        True
        """
        if in_attendees or (self.roles.split(sp.title) is None and not _SEAT.fullmatch(sp.title)):
            return False
        if not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        return (bool(nxt) and _HIRAGANA.search(nxt) is not None and nxt[0] not in _HEADER_OPENERS
                and self.labels.field(nxt) is None and not self.is_agenda(nxt))

    def loose_plausible(self, shape: _Shape, sp: Speaker, rest: str | None, text: str,
                        in_attendees: bool) -> bool:
        """A colon or bare-name header is plausible (``plausible``); a title alone with a
        colon and nothing after it is when speech stands below it (``speech_below``)."""
        if shape.spaced and _lone_letter(sp.label, text):
            return False
        alone = shape is _COLON_SHAPE and not sp.name and not rest and self.speech_below(text)
        if in_attendees and shape is _BARE_NAME and sp.name and self.speech_under(text):
            alone = True  # 飯島委員 alone right under the list of people (pypdf: no blank line), speech below
        if shape.spaced and (in_attendees or not self.in_body) and self.hanging_speech(text, rest):
            return self.plausible(sp, rest, False, bare=True)  # the first turn under the attendees
        return self.plausible(sp, rest, in_attendees and not alone, bare=shape.spaced or alone)

    def speech_below(self, text: str) -> bool:
        """A title alone with a colon (委員：, 副会長：) heads the speech below it: after the
        turns began, or where the next line is speech (no list of people, no count, no
        label); before them, with people below it, it is a group of attendees."""
        if not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        if not nxt or nxt[0] in _HEADER_OPENERS or self.group_value(nxt) or self.labels.field(nxt):
            return False
        return self.in_body and self.seen_speaker or _HIRAGANA.search(nxt) is not None and (
            "。" in nxt or self.wrap is not None and len(nxt) >= self.wrap)

    def speech_under(self, text: str) -> bool:
        """A name alone in an attendee list (飯島委員) heads the speech below it, as pypdf prints
        the first turn right under the list with no blank line between: the next line is speech
        (a sentence, or one going on past the line: a comma, kana, no list of people, no count),
        not one more entry of the list (小林委員, 事務局：…課長)."""
        if self.speech_below(text):
            return True
        if not (0 <= self.at < len(self.src.lines)) or self.src.lines[self.at].text.strip() != text:
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        return (bool(nxt) and nxt[0] not in _HEADER_OPENERS and self.labels.field(nxt) is None
                and self.speech_before_body(nxt, nxt))

    def next_text(self, i: int) -> str:
        """The next non-blank line after line ``i`` (blank lines between, up to three), stripped."""
        lines = self.src.lines
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].text.strip():
            j += 1
        return lines[j].text.strip() if j < len(lines) else ""

    def text_below(self, i: int) -> str:
        """The next line with text after line ``i``, past blank lines, page numbers and running
        heads (five lines at most), stripped."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 6, len(lines))):
            t = lines[j].text.strip()
            if t and j not in self.heads and not _is_page_number(t):
                return t
        return ""

    def roster(self, text: str) -> bool:
        """The text is a list of people with their titles (小野寺座長、田辺委員、松浦委員), no speech.

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.roster("小野寺座長、田辺委員、松浦委員"), p.roster("それでは、始めます")
        (True, False)
        """
        if "。" in text:
            return False
        if _HONORED.search(text) and all(len(w) <= 5 for w in _SPACES.split(text.strip())):
            return True  # 宇　野　光　一　議員　　　４番　遠　藤　ゆかり　議員: an assembly's roll, seat by seat
        items = [t for t in _LIST_SEP.split(text.strip()) if t]
        if len(items) >= 2 and all(len(t) <= 16 and self.roles.split(t) is not None for t in items):
            return True
        entries = [t for t in _COMMAS.split(text.strip()) if t]  # 防災安全課長　高岡宏、主査　近藤まゆみ
        return len(entries) >= 2 and all(len(t) <= 24 and self.person_entry(t) for t in entries)

    def person_entry(self, text: str) -> bool:
        """An attendee as a list gives one: a title and a name apart (防災安全課長　高岡宏,
        主査　近藤まゆみ, 高岡宏　課長)."""
        return any(self.roles.split(w) is not None for w in _SPACES.split(text) if w)

    def unknown_title(self, shape: _Shape, sp: Speaker) -> bool:
        """The label's title is not in the role table; an office with its person in brackets,
        or a person with the body they speak for, is a speaker by its form all the same."""
        return (sp.role == "other" and self.roles.split(sp.title or sp.label) is None
                and not (shape.marked and (_OFFICE_PERSON.match(sp.label) or body_speaker(sp.label, self.roles)))
                and not (not sp.title and person_for_body(sp.label, self.roles)))  # 石井（あおば市）

    @staticmethod
    def plausible(sp: Speaker, rest: str | None, in_attendees: bool, bare: bool = False) -> bool:
        """A colon or bare-name header: a short name (or a chair/secretariat title alone, or
        any title alone before its speech: 委員　…); in an attendee list only a sentence after
        the colon makes it a remark — a whole one, or one ended before the extractor wrapped
        the line (``石井（あおば市）：市内の路線は減った。来年度から…``)."""
        if in_attendees and not (rest and "。" in rest and "、" not in rest[:12]):
            return False
        if not sp.name:
            # a title alone (副会長：…), or a body with its part (社会福祉協議会（オブザーバー）：…),
            # speaking in the body; a member's title alone before the turns is a list label
            return bare or sp.role in ("chair", "secretariat") or bool(rest) and len(sp.label) <= 24

        # 厚生労働省健康局健康課・山本課長補佐: the person after ・; 次長兼道路管理課長,
        # 副参事兼駅周辺整備推進室長: offices held concurrently (兼) name an official, no person
        name = sp.name.rpartition("・")[2]
        if name.endswith("兼") or "兼" in name and len(name) > 8:
            return True
        return 0 < len(name) <= 8 and (not any(ch.isdigit() for ch in name)
                                       or _SEAT.fullmatch(name) is not None or sp.label.endswith(name))

    def is_agenda(self, text: str) -> bool:
        if not (text[0].isdigit() or text[0] in _AGENDA_START):
            return False
        if _AGENDA_ITEM.match(text) and "。" not in text:
            return True
        if text[0] in _BRACKET_NUMBER_START or text[0] in _ROMAN:
            # （３）閉会, ⑵議事, Ⅳ．採決: a numbered heading of the agenda (a numbered bullet says more)
            m = NUMBERED.match(text)
            return m is not None and len(text) <= 30 and self.numbered_heading(text, m.end())
        if not _AGENDA.match(text):
            return self.spaced_agenda(text)
        if self.speaker is not None:
            # under a speaker only a heading is an agenda item (２．意見交換), not a sentence
            # that starts with a word of the agenda (２．報告書の構成について、…)
            m = NUMBERED.match(text)
            return self.numbered_heading(text, m.end() if m is not None else 0)
        compact = _SPACES.sub("", text)
        return any(w in compact for w in _AGENDA_WORDS) or (len(text) <= 20 and "。" not in text)

    def numbered_heading(self, text: str, words: int) -> bool:
        """A numbered line that is a heading of the agenda, no sentence: its words (from
        ``words``) open with a word of the agenda (（３）閉会, ２．意見交換), or its number goes on
        the agenda's series (``agenda_continues``)."""
        return "、" not in text and "。" not in text and (
            _SPACES.sub("", text[words:]).startswith(_AGENDA_WORDS)
            or bool(self.agenda_numbers) and self.agenda_continues(text))

    def spaced_agenda(self, text: str) -> bool:
        """３ 閉会: a number and spaces before an item of the agenda, a word of it alone
        (３　議事概要 and 8 議事の経過概要 別紙のとおり are front matter); before the first turn
        a greeting too (２　会長あいさつ: after it, who gives it may head the speech below)."""
        spaced = None if "。" in text else _AGENDA_SPACED.match(text)
        item = text[spaced.end() - 1:].strip() if spaced else ""
        return item in _AGENDA_WORDS or not self.seen_speaker and len(item) <= 12 and item.endswith(("あいさつ", "挨拶"))

    def bullet(self, text: str) -> int | None:
        """Where the text after a bullet marker starts, or None if the line is no bullet (nor
        a note framed by dashes: －資料２により、事務局から説明－)."""
        if text[-1] in _DASHES and text[0] in _DASHES and len(text) > 2:
            return None
        for rx in self.bullets:
            m = rx.match(text)
            if m:
                return m.end()
        m = NUMBERED.match(text)
        if m and not _NUMBER_IN_SENTENCE.match(text[m.end():]):
            return m.end()
        return None

    def introduced(self, text: str) -> tuple[Speaker, bool] | None:
        """The speaker a ○ sentence names with から/より, and whether it reports their words.

        The last sentence that names a speaker and a speech act wins, and within a sentence
        the last から/より before the speech act (the agent nearest the predicate).
        """
        found = None
        for sentence in re.split(r"(?<=。)", text):
            for m in reversed(list(_FROM.finditer(sentence))):
                before = _NAME_BEFORE.search(sentence[: m.start()])
                if not before:
                    continue
                after = sentence[m.end():]
                if not _SPEECH_ACT.search(after):
                    continue
                sp = self.split_label(_CIRCLE.sub("", before.group(1)), True)
                if sp is None:
                    continue
                found = (sp, bool(_REPORTED_END.search(sentence.strip())))
                break
            if found is None and _SUBJECT_HINT.search(sentence, 0, 40):
                found = self.said_by_subject(_CIRCLE.sub("", sentence.strip())) or found
        return found

    def said_by_subject(self, sentence: str) -> tuple[Speaker, bool] | None:
        """A sentence whose subject is a speaker and whose predicate says they spoke: ある委員は、
        …と述べた。 / 座長は、…との見方を示した。 / 委員は、…との認識で一致した。 — a report of
        their words, as summaries that narrate each view print it (the 日本銀行's 主な意見).

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> [(sp.label, rep) for sp, rep in map(p.said_by_subject, ["ある委員は、賃金が上がると述べた。",
        ...     "何人かの委員は、注視が必要と指摘した。", "委員は、物価は上がるとの見方で一致した。"])]
        [('委員', True), ('委員', True), ('委員', True)]
        >>> p.said_by_subject("委員は、来月の会議に出席する。"), p.said_by_subject("本日は、雨と述べた。")
        (None, None)
        >>> p.said_by_subject("海外経済について、委員は、緩やかに成長しているとの認識を共有した。")[0].label
        '委員'
        """
        m = _SUBJECT.match(sentence)
        if m is None or not _SAID_END.search(sentence):
            return None
        sp = self.roles.split(m["who"])
        return (sp, True) if sp is not None else None

    # narrative summaries: a paragraph of reports (prose.py) ------------------------------------
    def agent_of(self, clause: str) -> tuple[Speaker, int] | None:
        """The speaker a clause names as a report does, and where the name ends: before
        から/より (矢吹委員から、 / これに対して事務局から、 / また、同委員から、 /
        オブザーバーとして出席した県環境政策課から、), or as its subject (会長が閉会を宣言した).

        The report's agent is found by the sentence's structure, wherever it stands: the
        first speaker whose から/より is set off by a comma (…課題について、小林委員から、…
        との意見があった), or runs to the speech act with no comma between (同委員から重ねて
        発言があった, 事務局から配布資料の確認があった) — not one inside the words or the topic
        (…利用者から寄せられているため、…, 停留所から順に進めるべきであり、…). Failing that, a
        speaker named near the clause's start (within ``_AGENT_WITHIN``)."""
        near = None
        for m in _AGENT.finditer(clause):
            label = prose.agent_label(clause[:m.start()])
            sp = self.reporter(label) if label else None
            if sp is None:
                continue
            if clause[m.end() - 1] in _COMMA_CHARS or not _COMMAS.search(clause, m.end()):
                return sp, m.end()
            if near is None and m.start() < _AGENT_WITHIN:
                near = (sp, m.end())
        if near is not None:
            return near
        subject = _PROSE_SUBJECT.match(clause)
        if subject is not None:
            sp = self.roles.split(subject["who"])
            if sp is not None:
                return sp, subject.end()
        return None

    def reporter(self, label: str) -> Speaker | None:
        """The speaker of a report's label: 同委員 / 同課長 / 同氏 are the last named of that title
        (or person); an office or a body (県環境政策課, みどり観光協会) speaks as ``other``."""
        if label[0] == "同" and len(label) > 1:
            title = label[1:]
            if title in _HONORIFICS or title in ("人", "者"):
                return self.last_named or self.roles.split("委員")
            return self.named.get(title) or self.roles.split(title)
        sp = self.split_label(label, True) if self.roles.split(label) is not None else (
            self.roles.title_then_person(label) or self.split_label(label, True))
        if sp is None and label[-1] in _UNIT and len(label) >= 3 and _BODY_NAME.match(label):
            sp = Speaker(label, label, "", "other")
        return sp

    def report_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line naming a speaker with から/より (a paragraph of reports, an introducer), or
        as the subject of a sentence in the narrator's past (会長が閉会を宣言した。)."""
        if "から" in stripped or "より" in stripped:
            if _DASH_FRAME.fullmatch(stripped) and self.bullets_follow(i):
                # －資料１に基づき、事務局から説明－ above bullets: a note introducing the
                # bullets below as its speaker's, not a report of its own
                return (self.introducer_step(i, line, stripped)
                        or self.not_under_header() and self.prose_step(i, line, stripped))
            return (self.not_under_header() and self.prose_step(i, line, stripped)
                    or self.introducer_step(i, line, stripped))
        return (stripped[-2:] == "た。" and "が" in stripped[:16] and self.not_under_header()
                and self.prose_step(i, line, stripped))

    def bullets_follow(self, i: int) -> bool:
        """The next line with text (past blanks, page numbers and running heads) is a bullet."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 6, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or _is_page_number(t):
                continue
            return t[0] in self.bullet_start and self.bullet(t) is not None
        return False

    def not_under_header(self) -> bool:
        """No header's speaker holds the floor (a report there would be their speech)."""
        return self.speaker is None or self.speaker is not self.header_speaker

    def prose_step(self, i: int, line: Line, stripped: str) -> bool:
        """A paragraph that opens naming a speaker as a report does (委員から、…): read sentence
        by sentence when whole (``settle_prose``) — not under a header, whose turn goes on."""
        cur = self.cur  # (under a header the turn goes on: the caller asked that first)
        heading = cur is not None and self.heading_above(cur) and (
            line.text[:1] in "\u3000 " or self.numbered_above(cur))  # the indent lost (Word's text)
        if not (cur is None or self.whole or cur.kind in ("agenda", "narrative") or heading
                or ends_sentence(self.tail()) or _ITEM_HEADING.match(cur.lines[-1].text.strip())) or self.in_attendees():
            return False
        if self.agent_of(stripped if "。" in stripped else self.first_sentence(i)) is None:
            return False
        if heading and cur is not None:
            self.take_heading(cur)
        self.start_body()
        self.open("point" if self.speaker is not None or self.pending else "orphan", i, line, stripped)
        self.strip_cur_directions()
        self.prose = self.cur
        return True

    def far_report_step(self, i: int, line: Line, stripped: str) -> bool:
        """A paragraph whose first sentence names its speaker with から/より past its first
        line (…の課題に / ついて、小林委員から、…との意見があった。): read as a report, as
        ``prose_step`` reads one named on the first line."""
        if not self.not_under_header() or self.cur is not None and not (
                self.gap or self.whole or ends_sentence(self.tail()) or self.cur.kind in ("agenda", "narrative")):
            return False
        sentence = self.first_sentence(i)
        return ("から" in sentence or "より" in sentence) and self.prose_step(i, line, stripped)

    def first_sentence(self, i: int) -> str:
        """The sentence line ``i`` opens, joined over the lines it was wrapped on (four at
        most, past blank lines, page numbers and running heads; a line indented by U+3000
        or opened by a mark is the next paragraph)."""
        lines = self.src.lines
        parts = [lines[i].text.strip()]
        j = i + 1
        while "。" not in parts[-1] and j < len(lines) and len(parts) < 5:
            t = lines[j].text
            text = t.strip()
            j += 1
            if not text or j - 1 in self.heads or _is_page_number(text):
                continue
            if t[:1] == "\u3000" or text[0] in _HEADER_OPENERS:
                break
            if not self.in_body and (self.labels.field(text) is not None or self.header(text) is not None):
                break  # a title above the front's first label (日時　…) or the first turn goes on no sentence
            parts.append(text)
        joined = join_lines(parts[0], [Line(t, 0) for t in parts[1:]])
        end = joined.find("。")
        return joined if end < 0 else joined[:end + 1]

    def heading_above(self, cur: _Para) -> bool:
        """The open paragraph's last line is a heading left above an indented report (ア　…に
        ついて, （２）会長あいさつ): short, unfinished, alone or after a finished sentence."""
        tail = self.tail()
        if len(tail) > 30 or ends_sentence(tail):
            return False
        return len(cur.lines) == 1 or ends_sentence(cur.first if len(cur.lines) == 2 else cur.lines[-2].text)

    def numbered_above(self, cur: _Para) -> bool:
        """The heading left above a report (``heading_above``) is one by its own form, the
        report below it indented or not (its indent lost, as Word's text and pypdf lose it): a
        number or a mark before a label with no comma (４　議事の概要, ②子どもの居場所づくりについて,
        ■報告事項), or an item of business (第２号議案　…)."""
        tail = cur.lines[-1].text.strip()  # as written: its mark too (the point's first line lost it)
        num = numbering.item(tail)
        if num is not None:
            return "、" not in tail[num.end:] and bool(tail[num.end:])
        return bool(_HEADING.match(tail) or _ITEM_HEADING.match(tail)) and "、" not in tail

    def take_heading(self, cur: _Para) -> None:
        """The open paragraph's last line is a heading: agenda, the paragraph closes above it."""
        if len(cur.lines) == 1:
            cur.kind = "agenda"
            self.note_agenda(cur.lines[0].text)  # （１）…: the next item of its series is the agenda's too
            return
        line, i = cur.lines.pop(), cur.idx.pop()
        self.add("agenda", i, line)

    def settle_prose(self, cur: _Para) -> bool:
        """Read a paragraph of reports clause by clause (``prose.read``): each report is a point
        of the speaker it names, and the last speaker holds the floor for the lines below; a
        sentence that introduces what follows (委員から次のような意見があった) hands it. False
        when the paragraph holds no report."""
        text, starts = prose.joined(cur.first, cur.lines[1:])
        found, floor = prose.read(text, self.agent_of, lambda c: bool(_NARRATIVE_VOICE.search(c)), self.remember)
        if not found and floor is None:
            return self.after_report(cur, text)
        self.in_body = self.seen_speaker = True
        self.pending = []
        covered: set[int] = set()
        for told in found:
            s, e = prose.lines_of(starts, len(text), told.start, told.end)
            covered.update(range(s, e + 1))
            said = text[told.start:told.end].strip()
            self.out.paras.append(Said(kind="reported", lines=cur.lines[s:e + 1], idx=cur.idx[s:e + 1], first=said,
                                       speaker=told.speaker, text=said, judged=told.judged(text)))
            self.speaker = self.report_speaker = told.speaker
        self.speaker = floor or self.speaker  # an introduced speaker: the lines below are theirs
        for k, i in enumerate(cur.idx):
            self.set_fate(i, "point" if k in covered else "narrative")
        return True

    def after_report(self, cur: _Para, text: str) -> bool:
        """A paragraph naming nobody after a report: the reported speaker's when it reports
        too (また、…との意見もあった。), the narrator's when it is in its voice (以上の議論を経て、
        原案のとおり了承された。), else the speaker's own words going on (False: read as before)."""
        sp = self.speaker
        if cur.kind != "point" or sp is None or sp is not self.report_speaker:
            return False
        how, words = prose.carries(text, 0)
        if how is None:
            if text.endswith("た。") and self.narrated_act(cur, text):
                return True
            if _NARRATIVE_VOICE.search(text):
                cur.kind = "narrative"
            return False
        told = prose.Told(0, len(text), sp, how, words)
        self.out.paras.append(Said(kind="reported", lines=cur.lines, idx=cur.idx, first=text, speaker=sp, text=text,
                                   judged=told.judged(text)))
        for i in cur.idx:
            self.set_fate(i, "point")
        return True

    def narrated_act(self, cur: _Para, text: str) -> bool:
        """A sentence after the reports that names its actor after a leading clause and ends in
        an act (以上をもって本日の議事を終了したので、議長は１６時１０分に閉会を宣した。): the actor's
        point, as a record that narrates who acted reads it (``acted.report``) — not the words of
        the speaker reported last."""
        read = acted.report(text, self.reporter) if acted.may_act(text) else None
        if read is None:
            return False
        sp, judged, why = read
        sp = self.holder(sp)
        self.out.paras.append(Said(kind="reported", lines=cur.lines, idx=cur.idx, first=text, speaker=sp, text=text,
                                   judged=judged, actor=f"narrated act: {why} (line {cur.lines[0].number})"))
        self.speaker = self.report_speaker = sp
        for i in cur.idx:
            self.set_fate(i, "point")
        return True

    # records that narrate who acted (acted.py) -------------------------------------------------
    def furniture_at(self, i: int, text: str) -> bool:
        """Line ``i`` (its text stripped) is a page number or a running head."""
        return _is_page_number(text) or i in self.heads

    def acted_step(self, i: int) -> None:
        """A paragraph of a record that narrates who acted (``acted.find`` read it before the
        parse): each report is a point of its actor, its evidence the actor and the act as
        written; a sentence naming no actor is the clerk's narrative. After it the floor is
        nobody's: a line with no actor below (全員異議なく可決。) is narrative too."""
        para = self.acted[i]
        self.start_body()
        fates, lines = self.out.fate, self.src.lines
        for j, held in zip(para.idx, para.lines):
            fates[j] = "narrative" if held is not None else "blank" if not lines[j].text.strip() else "furniture"
        for rep in para.reports:
            span = [(j, l) for j, l in zip(para.idx[rep.first:rep.last + 1], para.lines[rep.first:rep.last + 1])
                    if l is not None]
            sp = self.holder(rep.speaker)
            self.remember(sp)
            self.out.paras.append(Said(kind="reported", lines=[l for _, l in span], idx=[j for j, _ in span],
                                       first=rep.text, speaker=sp, text=rep.said or rep.text, judged=rep.judged,
                                       actor=f"narrated act: {rep.why} (line {span[0][1].number})",
                                       narration=rep.text if rep.said else ""))
            for j, _ in span:
                fates[j] = "point"
        self.in_body = self.seen_speaker = True
        self.pending = []
        self.speaker = self.report_speaker = self.header_speaker = None
        self.skip_to = para.idx[-1]

    # speakers named after their points (trailing.py) ---------------------------------------------
    def trail_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line a label after a point stands on (``・…急務である。（野々村構成員）``, or the
        label alone below the point's last line): the line joins the paragraph it closes (a
        new one when it starts a point), and the label names that paragraph's speakers. A
        label alone with no paragraph open above it is left to the other steps (a header).
        The first line of a point named so opens its paragraph."""
        a = self.trail_at.get(i)
        cur = self.cur
        if a is None:
            # the first line of a point a label names below: it opens a paragraph, whatever
            # the line above was (the front matter, a heading with no mark)
            if cur is not None and cur.kind in _SPOKEN and not self.opens_point(stripped, line):
                return False
            self.start_body()
            self.open("orphan", i, line, stripped, marked=stripped[0] in _POINT_MARKS)
            return True
        if a.alone:
            if cur is None or cur.kind not in _SPOKEN or cur.kind == "agenda" and not cur.marked:
                return False
            self.extend(i, line)
        elif i == a.start and self.opens_point(stripped, line):
            self.start_body()
            self.open("orphan", i, line, stripped, marked=stripped[0] in _POINT_MARKS)
        else:
            self.extend(i, line)
        self.last_was_header = False
        if i == a.end:
            assert self.cur is not None
            self.cur.attribution = a
            self.close()
        return True

    def opens_point(self, stripped: str, line: Line) -> bool:
        """A line holding a label after its point starts a paragraph of its own: no paragraph
        of speech is open, it starts with a bullet or ○, it is a Word paragraph of its own, or
        it is indented after a finished sentence."""
        cur = self.cur
        if cur is None or cur.kind not in _SPOKEN or stripped[0] in _POINT_MARKS or self.bullet(stripped) is not None:
            return True
        if self.whole:
            return line.number != cur.lines[-1].number
        return line.text[:1] in ("\u3000", " ") and ends_sentence(self.tail()) and not self.prev_wrapped

    def covering(self, cur: _Para) -> trailing.Attribution | None:
        """The label opened by 以上 below the paragraph that names its speakers too (it becomes
        the paragraph's attribution), or None."""
        a = self.trail.covered.get(cur.idx[0]) if self.trail is not None and cur.kind in _SPOKEN else None
        cur.attribution = cur.attribution or a
        return a

    def attribute(self, cur: _Para) -> bool:
        """Give a paragraph closed by a label after it (``trailing``) to the speakers the label
        names: the label taken out of its text (and recorded as the evidence), the bullet or ○
        before it too; a point for each speaker named. False when the text is only the label.
        A paragraph that a label opened by 以上 covers keeps its text whole."""
        a = cur.attribution
        assert a is not None
        texts = [cur.first, *(line.text for line in cur.lines[1:])]
        cut = trailing.cut_label(texts, a.label) if a.end in cur.idx else texts
        if cut is None or not "".join(cut).strip():
            return False
        first = cut[0].strip()
        if cur.kind != "point":
            at = self.bullet(first)
            first = first[at:] if at is not None else _CIRCLE.sub("", first)
        cur.first = first
        cur.lines = [cur.lines[0], *(replace(line, text=t) for line, t in zip(cur.lines[1:], cut[1:]))]
        cur.kind, cur.speaker = "point", a.speakers[0]
        cur.why = f"named after the point: {a.label} (line {self.src.lines[a.end].number})"
        for k in cur.idx:
            self.set_fate(k, "point")
        self.out.paras.append(cur)
        self.out.paras.extend(replace(cur, speaker=sp) for sp in a.speakers[1:])
        self.seen_speaker = self.in_body = True
        return True

    def remember(self, sp: Speaker) -> None:
        """A speaker named in a report: 同委員 and 同課長 below refer to them, 同氏 to the last
        person named (a member or the chair: an official's label names an office)."""
        base = self.roles.table_title(sp.title) if sp.title else ""
        if sp.title and (sp.name or base != sp.title):
            self.named[sp.title] = sp
            if base and base != sp.title:
                self.named[base] = sp  # 子ども政策課長 named: 同課長 below is them
            if sp.name and sp.role in ("member", "chair"):
                self.last_named = sp

    def continues(self, text: str, line: Line) -> bool:
        """The line goes on the open paragraph (a wrapped line, not a new paragraph)."""
        if self.cur is None:
            return False
        if self.whole:
            return line.number == self.cur.lines[-1].number
        if self.cur.kind == "note":
            return False  # a note goes on only where the extractor wrapped it (wrapped_step)
        if self.gap:
            # a blank line or page break inside a sentence: the sentence goes on
            return self.cur.kind != "agenda" and not ends_sentence(self.tail())
        if self.pending and ends_sentence(self.tail()):
            return False  # headers in a row: each finished sentence may be the next one's turn
        # an indent further in than the line above starts a paragraph after a finished sentence (a line
        # indented under an unfinished sentence is its hanging indent: 会　長　定刻に… /
        # 　　　　として、…)
        indented = text[:1] in _INDENTS and ends_sentence(self.tail()) and (
            opens_paragraph(text, self.cur.lines[-1].text) or len(self.cur.lines) == 1 and self.indented_alike(text))
        return not (indented and self.in_body and not self.cur.marked)

    def indented_alike(self, text: str) -> bool:
        """The open paragraph is one line that its indent opened (one character further in
        than the margin: the least indent of the text around it, where wrapped lines and
        headers stand), and this line stands as far in: it opens the next paragraph as that
        line did (one-line paragraphs in a row, each with its first-line indent). A wrapped
        line has no indent, so lines of a paragraph that wrapped never stand so."""
        cur = self.cur
        assert cur is not None
        width = indent_width(text)
        if width == 0 or indent_width(cur.lines[0].text) != width:
            return False
        lines = self.src.lines
        at = cur.idx[0]
        around = [indent_width(lines[k].text) for k in range(max(0, at - 8), min(len(lines), at + 9))
                  if lines[k].text.strip() and not _is_page_number(lines[k].text.strip())]
        return 0 < width - min(around) <= _PARAGRAPH_INDENT and self.first_line_indents

    @property
    def first_line_indents(self) -> bool:
        """The file indents its paragraphs' first lines: somewhere a paragraph's indented line
        goes on, unfinished, on a line further out (its wrapped line at the margin). Without
        that evidence lines indented alike are a block (a web page's speech under its label)."""
        found = self._first_line_indents
        if found is None:
            lines = self.src.lines
            found = self._first_line_indents = any(
                0 < indent_width(lines[k].text) - indent_width(lines[k + 1].text) <= _PARAGRAPH_INDENT
                and lines[k + 1].text.strip() != "" and not ends_sentence(lines[k].text.strip())
                for k in range(len(lines) - 1) if lines[k].text[:1] in _INDENTS and lines[k].text.strip())
        return found

    _first_line_indents: bool | None = None

    def tail(self) -> str:
        """The open paragraph's last line as read (stage directions removed)."""
        cur = self.cur
        assert cur is not None
        return cur.first if len(cur.lines) == 1 else cur.lines[-1].text

    # assembly -------------------------------------------------------------------------------
    def set_fate(self, i: int, kind: str) -> None:
        self.out.fate[i] = kind

    def unread(self, i: int, line: Line, why: str) -> None:
        self.set_fate(i, "unread")
        self.out.unread.append(Unread(self.src.file, line.number, line.text.strip(), why, line.page))

    def close(self) -> None:
        cur = self.cur
        if cur is None:
            return
        tail = cur.first if len(cur.lines) == 1 else cur.lines[-1].text
        group = self.group_intro(cur) if "とおり" in tail or "通り" in tail else None
        self.settle(cur)
        if group is not None:
            self.take_group(group, cur.lines[-1].number, join_lines(cur.first, cur.lines[1:]))

    def group_intro(self, cur: _Para) -> Speaker | None:
        """The group a paragraph's last sentence names as the one whose opinions follow
        (…。委員からの主な意見は以下のとおり。): they hold the floor below it."""
        if cur.kind == "back":
            return None
        return groups.group_sentence(join_lines(cur.first, cur.lines[1:]), self.roles)

    def take_group(self, sp: Speaker, number: int, heading: str) -> None:
        """A group named by a heading (``groups.py``) takes the floor: the paragraphs below are
        its points, each cited as the group's (anonymous: no name), the heading as evidence."""
        sp = Speaker(sp.label, sp.name, sp.title, sp.role)  # its own object: this heading's group
        self.speaker = self.header_speaker = self.group = sp
        self.pending = []
        self.seen_speaker = self.in_body = True
        self.back = self.closed = self.last_was_header = False
        sentence = [s for s in re.split(r"(?<=。)", heading) if s.strip()]
        self.out.anonymous.append((sp, f"{sentence[-1].strip() if sentence else heading} (line {number})"))
        self.group_line = number

    def opinions_step(self, i: int, line: Line, stripped: str) -> bool:
        """A heading that names the group whose opinions follow (委員からの主な意見, 【構成員の
        意見】, 主な意見（委員）, 委員からの主な意見は以下のとおり。): the group takes the floor.
        A sentence's end going on the line above, which it left unfinished (…委員からの / 主な意見は
        次のとおり。, as pdftotext and pypdf break it at the page's width), is no heading: the
        paragraph goes on and its whole sentence names the group (``announced``)."""
        if self.goes_on_above(stripped):
            return False
        sp = groups.group_heading(stripped, self.roles)
        if sp is None and groups.both_sides(stripped) and self.group_follows(i) and not self.header_below(i):
            self.start_body()  # 質疑応答の概要: the proceedings, whose bullets the labels inside name
            if self.group is not None and self.speaker is self.group:
                self.speaker = self.group = None  # the group above holds the floor no more
            self.front_block = None
            self.add("agenda", i, line)
            return True
        if sp is None or not self.group_follows(i) or not sp.name and sp.label == groups.ATTENDEES and self.names_below(i):
            return False
        self.close()
        self.set_fate(i, "narrative" if ends_sentence(stripped) else "point")
        self.front_block = None
        self.take_group(sp, line.number, stripped)
        return True

    def goes_on_above(self, stripped: str) -> bool:
        """The line ends a sentence the open paragraph left unfinished, no blank line between."""
        cur = self.cur
        return (cur is not None and not self.gap and cur.kind in ("narrative", "point", "orphan")
                and ends_sentence(stripped) and not ends_sentence(self.tail()))

    def group_follows(self, i: int) -> bool:
        """What stands below a group's heading can be its opinions: a bullet, a sentence, a
        topic's heading — not the next item of an agenda (（４）閉会) or nothing."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 6, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or _is_page_number(t):
                continue
            if groups.closes_group(t) and not ends_sentence(t) and self.bullet(t) is None:
                return False  # a heading of no opinions (a bullet wrapped before its stop is one)
            return (ends_sentence(t) or len(t) > 30 or self.bullet(t) is not None
                    or groups.topic_heading(t, t[0] in _TOPIC_MARKS or NUMBERED.match(t) is not None))
        return False

    def statement_step(self, i: int, line: Line, stripped: str) -> bool:
        """In a press conference's record, before the questions, the heading of the official's
        statement (冒頭発言, 知事発表, 大臣からの報告, 発表事項): the paragraphs below are the
        official's — the one the heading names, else the one the title names — as a header's are."""
        who = groups.statement(stripped)
        below = self.next_text(i) if who is not None else ""
        if not below or NUMBERED.match(below) or self.header(below) is not None:
            return False  # nothing below, the agenda's next item, or a speaker's header
        sp = self.roles.split(who) if who else self.press
        if not isinstance(sp, Speaker):
            sp = self.first_official(i)  # 閣議後定例記者会見: the official is the first named below
        if sp is None or sp.role not in ("government", "chair"):
            return False
        self.start_body()
        self.front_block = None
        self.add("agenda", i, line)
        self.speaker = self.header_speaker = sp
        self.pending = []
        self.seen_speaker = True
        return True

    def press_step(self, i: int, line: Line, stripped: str) -> bool:
        """A press conference's headings: the official's statement before any speaker, the
        questions after it."""
        if not self.seen_speaker:
            return self.statement_step(i, line, stripped)
        return self.questions_step(i, line, stripped)

    def questions_step(self, i: int, line: Line, stripped: str) -> bool:
        """In a press conference's record, after the official's statement, the heading of the
        questions (質疑応答, 【質疑】, 記者質問) with a speaker's header below: the agenda's, not
        the official's words."""
        if not press.opens_questions(stripped) or not self.header_below(i):
            return False
        self.close()
        self.add("agenda", i, line)
        return True

    def names_below(self, i: int) -> bool:
        """Below a heading that names no group (（２）意見交換), a speaker's header or a heading
        that names the group (各委員の主な意見は以下のとおり。) says whose the words are."""
        return self.header_below(i) or groups.group_heading(self.next_text(i), self.roles) is not None

    def first_official(self, i: int) -> Speaker | None:
        """The first speaker a header names below line ``i`` who is no asker or answerer by a
        mark (（大臣）under 質疑応答): whose press conference it is, when the title names no one."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 200, len(lines))):
            t = lines[j].text.strip()
            found = self.header(t) if t and t[0] in _HEADER_START else None
            if found is not None and not press.asks_or_answers(found[1]):
                return found[1]
        return None

    def header_below(self, i: int) -> bool:
        """The first line with text below line ``i``, past topics' headings (◆在宅医療の推進), is a
        speaker's header: a heading that names no group above it (２．意見交換, 主な意見) is the
        agenda's, the header says whose words follow."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 9, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or _is_page_number(t):
                continue
            if self.header(t) is not None:
                return True
            if not groups.topic_heading(t, t[0] in _TOPIC_MARKS or NUMBERED.match(t) is not None):
                return False
        return False

    def topic_step(self, i: int, line: Line, stripped: str) -> bool:
        """Under a group's heading, the heading of a topic (【財源について】, （１）…について,
        ①人材の確保) keeps the group's floor; a heading of a section with no opinions (４．今後の
        予定, 【配布資料】) ends it."""
        if ends_sentence(stripped) or self.cur is not None and self.cur.kind == "point" and not (
                self.gap or ends_sentence(self.tail()) or self.whole):
            return False  # a sentence, or a line going on an unfinished one
        # a mark, or a number in any style (numbering.item: ５　今後の予定 as （５）and ５．)
        marked = stripped[0] in _TOPIC_MARKS or numbering.item(stripped) is not None
        if not marked and (self.bullet(stripped) is not None or not self.bullets_follow(i)):
            return False  # an unmarked line is a topic when it says so and bullets follow
        if (groups.closes_group(stripped) or marked and self.agenda_goes_on(stripped)) and self.header(stripped) is None:
            self.close()
            self.speaker = self.group = None
            self.pending = []
            self.add("agenda", i, line)
            self.back = True  # what stands under it is no one's opinion: back matter
            return True
        if not groups.topic_heading(stripped, marked) or self.header(stripped) is not None:
            return False  # （北村委員）: a speaker's header ends the group
        self.add("agenda", i, line)
        return True

    def agenda_goes_on(self, text: str) -> bool:
        """A numbered heading whose series began above the group's heading: the next item of
        the agenda (（１）議題… / 主な意見（委員） / （２）その他), not a topic of the opinions."""
        num = numbering.item(text)
        if num is None or num.value < 2:
            return False
        for para in reversed(self.out.paras):
            if para.kind == "agenda" and (above := numbering.item(para.first.strip())) is not None and num.follows(above):
                return para.lines[0].number < self.group_line
        return False

    def settle(self, cur: _Para) -> None:
        """Place a closed paragraph: read it whole, and set its lines' fate."""
        self.cur = None
        self.gap = False
        if (cur.attribution or self.covering(cur)) is not None and self.attribute(cur):
            return
        if cur is self.prose and self.settle_prose(cur):
            return
        if cur.kind == "circle" or cur.marked and cur.kind in ("point", "agenda", "narrative", "orphan"):
            if self.settle_marked(cur):
                return
        if cur.kind == "orphan" and self.settle_orphan(cur):
            return
        if cur.labelled and cur.kind == "point" and self.settle_inline(cur):
            return
        fate = "narrative" if cur.kind == "note" and self.in_body else _FATE.get(cur.kind, cur.kind)
        fates = self.out.fate
        for i in cur.idx:
            fates[i] = fate
        if cur.kind in ("back", "note"):
            return  # no part of the title, the attendees or any turn
        if cur.kind == "front":
            self.out.front.extend(cur.lines)
        else:
            self.out.paras.append(cur)

    def settle_orphan(self, cur: _Para) -> bool:
        """Text with no speaker: the secretariat's narrative before the speakers or in its own
        voice; anything else after the speakers began is unread (True: placed so). A bullet
        with no speaker (opened where speakers are named after their points, and no label
        named one) says so."""
        text = join_lines(cur.first, cur.lines[1:])
        if self.closed and self.seen_speaker and not cur.marked:
            # after the turns were closed (閉会, the last row of a table of the proceedings): no
            # one speaks — a heading (５　今後の予定) is the agenda's, the sentences below it (a
            # blank line between: the heading ends no sentence) the record's own
            heading = self.closing_heading(cur.first.strip())
            for k, i in enumerate(cur.idx):
                self.set_fate(i, "agenda" if heading and k == 0 else "narrative")
            return True
        if self.acted and not ends_sentence(text):
            cur.kind = "agenda"  # a heading between a clerk's reports (３　議事, （１）議案第８号　…)
            return False
        # in a record that narrates who acted, a sentence naming no actor is the clerk's (可決。)
        if self.seen_speaker and not (_NARRATIVE_VOICE.search(text) or self.acted and ends_sentence(text)):
            why = N_("a bullet with no speaker above it") if cur.marked else N_("text with no speaker above it")
            for i, line in zip(cur.idx, cur.lines):
                self.unread(i, line, why)
            return True
        cur.kind = "narrative"
        return False

    def presented_bullet(self, text: str) -> bool:
        """A bullet's item with who presented it after a gap and no speech of theirs
        (``・会務報告　　　■■副会長``, ``・会計報告　　　■■会計``), as 総会 records note who reported
        what: an item of the agenda."""
        m = _ITEM_PRESENTER.match(text.strip())
        return m is not None and _PRESENTED_ITEM.search(m["item"]) is not None and self.presenter(m["who"]) is not None

    @staticmethod
    def closing_heading(text: str) -> bool:
        """A heading after the turns: numbered, short, no sentence (５　今後の予定, （３）その他)."""
        return len(text) <= 30 and not ends_sentence(text) and (
            NUMBERED.match(text) is not None or _AGENDA.match(text) is not None or _AGENDA_SPACED.match(text) is not None)

    def settle_inline(self, cur: _Para) -> bool:
        """A turn opened by a bracketed label whose line goes on with the next labels after the
        sentences (（事務局）…伺いたい。（委員）…ではないか。（事務局）…見直す。, as some 会議録
        print a whole exchange in one paragraph): each label after a finished sentence, with
        speech after it, starts the next speaker's point. A label that ends the paragraph names
        nobody's speech after it and is left as it is. False when the paragraph has none."""
        text, starts = prose.joined(cur.first, cur.lines[1:])
        if "。（" not in text and "。(" not in text:
            return False
        cuts = [(m, sp) for m in _INLINE_LABEL.finditer(text)
                if not _INLINE_STAGE.match(m[0].strip()) and (sp := self.split_label(m["label"], True)) is not None]
        if not cuts or cur.speaker is None:
            return False
        from . import decide_kind  # the package's kind reading (its summary formulas too)

        spans = [(0, cuts[0][0].start(), cur.speaker)]
        for k, (m, sp) in enumerate(cuts):
            spans.append((m.end(), cuts[k + 1][0].start() if k + 1 < len(cuts) else len(text), sp))
        for a, b, sp in spans:
            said = text[a:b].strip()
            s_, e_ = prose.lines_of(starts, len(text), a, b)
            self.out.paras.append(Said(kind="reported", lines=cur.lines[s_:e_ + 1], idx=cur.idx[s_:e_ + 1],
                                       first=said, speaker=sp, text=said, judged=decide_kind(said)))
        for i in cur.idx:
            self.set_fate(i, "point")
        self.speaker = self.header_speaker = spans[-1][2]
        return True

    def settle_marked(self, cur: _Para) -> bool:
        """A ○ sentence or a bullet, now that it is whole; one that reports and holds more than
        one sentence or two reports joined by 〜があり、 is read as a paragraph of reports
        (〇Ａ委員より、…との発言があった。これに対し事務局より、…との回答があった。). True when
        that reading placed it."""
        if cur.kind == "circle":
            self.settle_circle(cur)
        else:
            self.settle_reported(cur)
        return cur.kind == "reported" and prose.several(cur.first, cur.lines) and self.settle_prose(cur)

    def settle_circle(self, cur: _Para) -> None:
        """Decide what a ○ sentence was, now that it is whole."""
        text = join_lines(cur.first, cur.lines[1:])
        found = self.introduced(text)
        if found and found[1]:
            cur.kind, cur.speaker = "reported", found[0]
            cur.first = _CIRCLE.sub("", cur.first)
            self.speaker = found[0]
            self.seen_speaker = True
        elif found:
            cur.kind = "narrative"
            # an introducer (○ 山本大臣から、以下の挨拶があった。) gives the floor as a header
            # does: the paragraphs below are the speaker's words, not reports to read as prose
            self.speaker = self.header_speaker = found[0]
            self.pending = []
            self.seen_speaker = True
        elif self.speaker is not None and not _NARRATIVE_VOICE.search(text):
            cur.kind, cur.speaker = "point", self.speaker
            cur.first = _CIRCLE.sub("", cur.first)
        else:
            cur.kind = "narrative"
            self.speaker = None

    def settle_reported(self, cur: _Para) -> None:
        """A bullet that reports a speaker's words (・委員から、…との意見があった。) is that
        speaker's point, whoever spoke above it, and they hold the floor after it."""
        last = (cur.first if len(cur.lines) == 1 else cur.lines[-1].text).rstrip()
        if not last.endswith(("た。", "た")) or "から" not in cur.first and "より" not in cur.first and not _SUBJECT_HINT.search(
                cur.first, 0, 40):
            return  # a report ends in the past (…があった。, …と述べた。) and names its speaker
        at = self.bullet(cur.first) if cur.kind != "point" else None
        first = cur.first[at:] if at is not None else cur.first
        found = self.introduced(join_lines(first, cur.lines[1:]))
        if not (found and found[1]):
            return
        cur.kind, cur.speaker, cur.first = "reported", found[0], first
        self.speaker = found[0]
        self.pending = []
        self.seen_speaker = self.in_body = True

    def open(self, kind: str, i: int, line: Line, first: str, *, marked: bool = False, labelled: bool = False) -> None:
        self.close()
        speaker = self.next_speaker() if kind == "point" else None
        if kind == "agenda":
            self.note_agenda(first)
            self.legend_below(i)
        elif kind == "point" and not self.spoke:
            self.spoke = _HIRAGANA.search(first) is not None  # a turn with speech: the body began
        self.cur = _Para(kind=kind, lines=[line], idx=[i], first=first, speaker=speaker, marked=marked,
                         labelled=labelled)

    def add(self, kind: str, i: int, line: Line) -> None:
        """A one-line paragraph that nothing continues (an agenda item)."""
        self.close()
        self.set_fate(i, kind)
        if kind == "agenda":
            self.note_agenda(line.text)
            self.legend_below(i)
        self.out.paras.append(_Para(kind=kind, lines=[line], idx=[i], first=line.text))

    def note_agenda(self, text: str) -> None:
        """An item of the agenda: its bracketed number, when it has one, begins or goes on a
        series (``agenda_continues``)."""
        text = text.strip()
        if text[:1] in _AGENDA_NUMBER_START and (num := numbering.item(text)) is not None:
            self.agenda_numbers.add((num.style, num.value))

    def next_speaker(self) -> Speaker | None:
        """The speaker of a new paragraph: the first of several headers in a row, in turn."""
        if self.pending:
            return self.pending.pop(0)
        return self.speaker

    def start_body(self) -> None:
        self.close()
        self.in_body = True

    def end_turns(self) -> None:
        """The meeting is closed: what follows is nobody's speech."""
        self.close()
        self.speaker = self.group = None
        self.pending = []
        self.closed = True

    def opens_turn(self, text: str) -> bool:
        """``text`` (the rest of a line after a sentence's end) opens a turn: a header with a
        speaker whose title the role table knows and speech after it (``joined.split_turns``)."""
        text = text.strip()
        found = self.header(text) if text else None
        return found is not None and bool(found[2]) and found[1].role != "other"

    def feed_pieces(self, pieces: dict[int, list[str]]) -> None:
        """Place the lines, a line that holds several turns as its pieces in order, each under
        the line's number (``joined.split_turns``)."""
        for i, line in enumerate(self.src.lines):
            parts = pieces.get(i)
            if parts is None:
                self.feed(i, line, self.view.stripped[i])
                continue
            for part in parts:
                self.feed(i, Line(part, line.number, line.page, line.cue), part.strip())

    def feed(self, i: int, line: Line, stripped: str) -> None:
        """Place one line: the first step that takes it decides (see ``dispatch``).
        ``stripped``: its text stripped (the view's, built once; a piece's own)."""
        if line.page != self.last_page:
            self.last_page = line.page
            if self.cur is not None:
                self.gap = True  # a page break: the paragraph may go on on the next page
        if i <= self.skip_to:
            return  # the second line of a broken header, already read
        if i in self.label_lines:
            self.set_fate(i, "point")  # a character of a label stacked beside the speech
            return
        self.at = i
        if not stripped:
            self.blank_line(i, line.text)
        elif i in self.trail_lines and self.trail_step(i, line, stripped):
            pass  # a label after a point: it closes the paragraph (trailing.py)
        elif i in self.acted:
            self.acted_step(i)  # a paragraph of a record that narrates who acted (acted.py)
        elif self.listed is not None and self.listed_step(i, line, stripped):
            pass  # 目黒：…, 村瀬会長おはようございます。… — a listed person's label (names.py, glued.py)
        elif (self.legend or not self.seen_speaker or i in self.legend_at) and self.legend_steps(i, line, stripped):
            pass  # a legend of marks, or a line led by one of its marks (legend.py)
        elif not self.dispatch(i, line, stripped):
            self.plain_line(i, line, stripped)
        self.placed(i, stripped)

    def placed(self, i: int, stripped: str) -> None:
        """After line ``i`` is placed: whether its sentence ends the paragraph by handing what
        follows to a group, and whether the extractor broke it at the page's width."""
        if stripped and stripped[-1] in "。．" and ("とおり" in stripped or "通り" in stripped):
            self.announced(i)
        if self.wrap is not None and stripped:  # past a blank line the break still stands (wrapped_step)
            self.prev_wrapped = self.broken_at_width(stripped)

    def broken_at_width(self, stripped: str) -> bool:
        """The line fills the page's width and ends no sentence: the extractor broke it there
        (``wrapped_step``); a stage direction after a finished sentence ends one (…。（拍手）)."""
        assert self.wrap is not None
        return len(stripped) >= self.wrap and not ends_sentence(stripped) and not (
            stripped[-1] in "）)" and ends_sentence(strip_directions(stripped)[0]))

    def announced(self, i: int) -> None:
        """Line ``i`` ends the open paragraph with a sentence that hands the lines below to a
        group (…委員からの主な意見は以下のとおり。): the paragraph ends there, with a blank line
        below it or not (pypdf puts none between blocks; the topic's heading right under it is
        no part of the narrative)."""
        if self.cur is not None and self.cur.idx[-1] == i and self.group_intro(self.cur) is not None:
            self.close()

    def dispatch(self, i: int, line: Line, stripped: str) -> bool:
        """The steps a non-blank line goes through, in order, each tried only when the line
        can be of its kind (the cheap tests first: this runs for every line)."""
        if line.cue is not None and self.cue_step(i, line, stripped):
            return True
        if stripped[0] in _VOICE_START and self.in_body and _FLOOR_VOICE.match(stripped):
            self.voice(i, line, stripped)
            return True
        if (len(stripped) <= 30 or i >= self.trailer or i in self.heads or stripped[0] in _RULE_CHARS) and \
                self.short_step(i, line, stripped):
            return True
        # the left column before the front matter's labels: 議　　長 is a speaker there
        if self.side_step(i, line, stripped) or not (self.in_body and self.seen_speaker) and self.preamble_step(
                i, line, stripped):
            return True
        if self.prev_wrapped and self.wrapped_step(i, line, stripped):
            return True
        if (stripped[0] in _AGENDA_START or stripped[0].isdigit()) and self.agenda_step(i, line, stripped):
            return True
        return self.turn_step(i, line, stripped)

    def anonymous_step(self, i: int, line: Line, stripped: str) -> bool:
        """A heading naming the group whose opinions follow, or under it a topic's heading
        (``groups.py``)."""
        return (bool(_GROUP_WORDS.search(stripped)) and (stripped[-1] not in "。．り" or stripped.endswith(
            _GROUP_SENTENCE_END)) and self.opinions_step(i, line, stripped)
                or self.group is not None and self.speaker is self.group and len(stripped) <= 40
                and self.topic_step(i, line, stripped))

    def side_step(self, i: int, line: Line, stripped: str) -> bool:
        """A note or the 文責 line beside the record; a label in the left column."""
        return ((stripped[0] == "※" or "責" in stripped) and self.aside_step(i, line, stripped)
                or self.column is not None and self.column_step(i, line))

    def preamble_step(self, i: int, line: Line, stripped: str) -> bool:
        """Before the turns: a label of the front matter, a group of attendees, a row of a web
        page's table."""
        return (self.front_step(i, line, stripped)
                or not self.seen_speaker and (self.group_step(i, line, stripped)
                                              or stripped[-1] in "|｜" and self.web_cells_step(i, line, stripped)))

    def web_cells_step(self, i: int, line: Line, stripped: str) -> bool:
        """A row of a web page's table saved as text, before the turns: each cell's text then
        a bar (``分科会長 |`` / ``十倉雅和 |``, ``||`` for empty cells), as a ministry's page lists
        the attendees beside their titles — front matter (no part of the title), not a title
        heading a bar."""
        if "。" in stripped:
            return False
        self.open("back", i, line, stripped)
        return True

    def turn_step(self, i: int, line: Line, stripped: str) -> bool:
        """A header, a heading between turns, a marked line, an introducer, or a line going on."""
        return (stripped[0] in _OPEN and stripped[-1] in _CLOSE and self.person_stage_step(i, line, stripped)
                or self.header_step(i, line, stripped)
                or (len(stripped) <= _SECTION_WORD_MAX or stripped[0] in _HEADING_LIKE_START and heading_like(stripped))
                and self.between_turns_step(i, line, stripped)
                or (self.any_bullet or stripped[0] in self.mark_start) and self.mark_step(i, line, stripped)
                or ("から" in stripped or "より" in stripped or stripped[-2:] == "た。") and self.report_step(
                    i, line, stripped)
                or "。" not in stripped and self.far_report_step(i, line, stripped)
                or _SUBJECT_HINT.search(stripped, 0, 40) and self.subject_step(i, line, stripped)
                or self.continuation_step(i, line, stripped))

    def subject_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line that opens a sentence whose subject is a speaker (ある委員は、…): read as a ○
        sentence when whole — a report of their words when its predicate says they spoke."""
        m = _SUBJECT.match(stripped)
        if m is None or self.cur is not None and not (self.gap or self.whole or ends_sentence(self.tail())):
            return False
        sp = self.roles.split(m["who"])  # a title of the table (委員, Ａ委員, 座長): the cheap test
        if sp is None:
            return False
        self.start_body()
        self.open("circle", i, line, stripped, marked=True)
        return True

    def blank_line(self, i: int, text: str) -> None:
        self.out.fate[i] = "blank"
        if self.trail is not None and self.cur is not None and i in self.trail.held:
            return  # between a point and the label alone below it that names its speaker
        # An empty line is noise in double-spaced PDF text; a line of spaces always
        # separates blocks (it is what the extractor leaves between paragraphs).
        if text == "" and self.double:
            return
        if self.cur is not None and self.in_body and not ends_sentence(
                self.tail()) and self.cur.kind in ("point", "orphan"):
            self.gap = True  # maybe a blank line inside a sentence: decide on the next line
        else:
            self.close()
        if not self.seen_speaker and not self.double:
            self.front_block = None  # a blank line ends an attendee list

    def end_step(self, i: int, line: Line, stripped: str) -> bool:
        """The end of the meeting, page furniture, or the signature block after the turns; on a
        short line, a heading naming the group whose opinions follow (or a topic's under it)."""
        if (self.closed or ("署" in stripped or "証" in stripped or "押印" in stripped or "記名" in stripped)
                and _SIGN_SENTENCE.search(stripped)) and is_signature(stripped):
            self.end_turns()  # 上記のとおり…署名する。 closes the record wherever it stands
            self.set_fate(i, "furniture")
            return True
        last = stripped[-1]
        if self.press and self.press_step(i, line, stripped):
            return True
        return (self.closing_step(i, line, stripped) or self.furniture_step(i, line, stripped)
                or len(stripped) <= 30 and (last in _GROUP_LAST or self.group is not None or last in "。り"
                                            and stripped.endswith(_GROUP_SENTENCE_END))
                and self.anonymous_step(i, line, stripped))

    def mark_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line read by its first character: a stage direction, a ○ sentence, a bullet."""
        first = stripped[0]
        if first in _STAGE_START and self.stage_step(i, line, stripped):
            return True
        if first in "○〇◯" and self.circle_step(i, line, stripped):
            return True
        if first in _NUMBER_START and self.numbered_report_step(i, line, stripped):
            return True
        return (self.any_bullet or first in self.bullet_start) and self.bullet_step(i, line, stripped)

    def numbered_report_step(self, i: int, line: Line, stripped: str) -> bool:
        """A numbered line of a 会議概要 that opens a report (（１）山田委員から、…との意見が
        あった。, ①事務局より…説明があった。), not under a speaker's header: read as an
        unnumbered report paragraph is (``prose_step``: clause by clause, 同委員 after it
        resolved), the number dropped from the point's text as a numbered bullet's is — a
        number alone before the label too (1 事務局から, 1会長から: ① as NFKC leaves it)."""
        m = NUMBERED.match(stripped)
        end = m.end() if m is not None else prose.lead_number(stripped)
        if not end or not self.not_under_header() or self.in_attendees():
            return False
        rest = stripped[end:].strip()
        # the speaker on the numbered line itself (（１）振興計画の…について / 事務局から… is a
        # heading above a report)
        if not rest or _NUMBER_IN_SENTENCE.match(rest) or "から" not in rest and "より" not in rest:
            return False
        if self.agent_of(rest if "。" in rest else rest + self.first_sentence(i)[len(stripped):]) is None:
            return False
        self.close()
        self.start_body()
        self.open("point" if self.speaker is not None or self.pending else "orphan", i, line, rest)
        self.strip_cur_directions()
        self.prose = self.cur
        return True

    def closing_step(self, i: int, line: Line, stripped: str) -> bool:
        """午前１１時５６分閉会 (or 開議, 休憩, 再開): the record's clock, nobody's speech; the
        turns before it are over. Before the body it ends an attendee list."""
        if not (len(stripped) <= 30 and stripped[-1] in _CLOCK_LAST and CLOCK_LINE.match(stripped)):
            if self.in_body or self.front_block != "attendees" or not TIME_ALONE.match(stripped):
                return False  # 13時16分 alone under the attendees: the record's clock, the list is over
        if self.in_body:
            self.end_turns()
            self.set_fate(i, "narrative")
        else:
            self.open("front", i, line, stripped)
            self.front_block = None
        return True

    def furniture_step(self, i: int, line: Line, stripped: str) -> bool:
        """Page numbers, running heads, the footer after the last turn, 以上."""
        if i >= self.trailer or i in self.heads or len(stripped) <= 13 and _PAGE_NUMBER.match(stripped):
            self.set_fate(i, "furniture")
            return True
        if stripped[0] in _RULE_CHARS and _RULE.match(stripped):
            self.close()  # a rule ends the paragraph, not the turn
            self.set_fate(i, "furniture")
            return True
        if self.in_body and len(stripped) <= 12 and _END_MARK.match(stripped):
            self.end_turns()
            self.set_fate(i, "furniture")
            return True
        return False

    def legend_step(self, i: int, stripped: str) -> bool:
        """A legend of marks (``legend.py``: ``※　◇は委員からの意見・質問、◆は町からの回答を示す。``,
        ``（凡例）　●：委員　○：事務局``, a table 記号 | 意味) before the first speaker — in the
        front matter or right under a heading — or at the head of a section of the proceedings
        (``section_head``), on one line or wrapped over up to three: which mark stands for which
        speaker from here to the next legend. Before the turns its lines are front matter, no
        part of the title; between them the head of the section (agenda), whose first turn the
        next mark opens."""
        if table_head(stripped):
            lines = self.src.lines[i:i + 40]
            table = table_legend(["" if l.cue == "rule" else l.text for l in lines], self.roles)
            if table is None:
                return False
            text, last, _marks = table
            last += i
        else:
            if len(stripped) < 5 or (n := count_marks(stripped)) < 1 or n < 2 and len(stripped) < 12:
                return False  # two marks, or one and the rest on the next lines
            found = self.legend_lines(i, stripped)
            if found is None:
                return False
            text, last = found
        self.close()
        kind = "agenda" if self.seen_speaker else "front"
        for j in range(i, last + 1):
            line = self.src.lines[j]
            self.set_fate(j, "furniture" if line.cue == "rule" else kind if line.text.strip() else "blank")
        self.skip_to = max(self.skip_to, last)
        if self.seen_speaker:
            self.speaker, self.pending = None, []  # a section begins: its first mark takes the floor
        self.take_legend(i, text)
        return True

    def section_head(self, i: int, stripped: str) -> bool:
        """After the turns began, a line where a section's legend may stand: a heading's own line
        ending in the bracket that holds it (【意見交換】（●：委員、○：県）), or the line right
        under a heading of the proceedings (``legend_at``: the lines where one may)."""
        if i not in self.legend_at:
            return False
        if stripped[-1] in "）)" and len(stripped) <= 60:
            return True
        lines, j = self.src.lines, i - 1
        while j > 0 and not lines[j].text.strip():
            j -= 1
        return self.out.fate[j] == "agenda"

    def legend_below(self, i: int) -> None:
        """An item of the agenda read at line ``i`` after the turns began: a section's legend may
        stand in the lines below it."""
        if self.seen_speaker:
            self.legend_at.update(range(i + 1, i + 5))

    def legend_lines(self, i: int, stripped: str) -> tuple[str, int] | None:
        """The legend that starts on line ``i`` and the last line it takes: the line alone, or
        joined with up to three below while a bracket stays open or no sentence ended (wrapped
        by the extractor) — the longest run that reads as a legend with its brackets closed,
        else the shortest that reads as one (``（◎は委員長、○は委員、●は事務局の発言`` whose
        bracket was never closed); None when none does."""
        lines = self.src.lines
        text, last = stripped, i
        best: tuple[str, int] | None = None
        while True:
            unclosed = _unclosed_bracket(text)
            if parse_legend(text, self.roles):
                best = (text, last) if best is None or not unclosed else best
                if not unclosed:
                    return text, last
            elif ends_sentence(text) and not unclosed:
                return best
            if last >= i + 3 or last + 1 >= len(lines) or not (nxt := lines[last + 1].text.strip()):
                return best
            text, last = text + nxt, last + 1

    def legend_steps(self, i: int, line: Line, stripped: str) -> bool:
        """Before the first speaker or at the head of a section: is the line a legend (a new one
        rules from here)? After a legend: is the line led by one of its marks?"""
        if (not self.seen_speaker or self.section_head(i, stripped)) and self.legend_step(i, stripped):
            return True
        return bool(self.legend) and self.marked_step(i, line, stripped)

    def marked_step(self, i: int, line: Line, stripped: str) -> bool:
        """With a legend read: a mark it names opens a point, wherever the line stands (also
        right after a line the extractor filled without a stop); the legend after the turns
        (believed from the start) is front matter."""
        if stripped[0] in self.legend and len(stripped) > 1 and self.header_step(i, line, stripped):
            return True
        if i == self.legend_end:
            self.close()
            self.set_fate(i, "front")
            return True
        return False

    def take_legend(self, first: int, text: str) -> None:
        """The legend from line ``first`` on rules to the next: its marks name speakers."""
        legend = read_legend(text, self.src.lines[first].number, self.roles)
        assert legend is not None
        self.legend = dict(legend.marks)
        self.legend_para = None
        # a legend among the last lines was read first (believed from the start): read again here
        self.out.legends = [g for g in self.out.legends if g.line != legend.line] + [legend]

    def front_step(self, i: int, line: Line, stripped: str) -> bool:
        """A label of the front matter (日時：…) or a date line alone, before the body; after
        the agenda and before the first turn, a label of the date, the place or the attendees
        (出席委員, 欠席委員, 説明のため出席した者, 事務局職員 — with a colon or not)."""
        f = self.labels.field(stripped)
        if self.in_body and (self.seen_speaker or f is None or f[0] == "other"):
            return False
        if f:
            self.front_block = f[0]
        elif not is_date_line(stripped):
            return False
        self.open("front", i, line, stripped)
        return True

    def in_attendees(self) -> bool:
        """In a list of attendees: under its label, before the first turn."""
        return not self.seen_speaker and self.front_block == "attendees"

    def aside_step(self, i: int, line: Line, stripped: str) -> bool:
        """What the secretariat writes beside the record: a ※ note, the 文責 line."""
        return (stripped[0] == "※" and self.note_step(i, line, stripped)
                or "責" in stripped and len(stripped) <= 60 and self.responsibility_step(i, stripped))

    def note_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line marked ※ (※資料３は非公開, ※ 委員の発言は発言順): the secretariat's note,
        nobody's point, no speaker, no attendee — unless it goes on a speaker's sentence
        that the line before left unfinished (・観光人材の確保に向けて、/ ※ 特に宿泊業の):
        then it is that point's. A note wrapped at the page width goes on below; the turn
        it stands in goes on after it."""
        cur = self.cur
        if (cur is not None and cur.kind in ("point", "orphan") and not self.whole
                and (self.prev_wrapped or not ends_sentence(self.tail()))):
            self.extend(i, line)
            return True
        self.open("note", i, line, stripped)
        return True

    def responsibility_step(self, i: int, stripped: str) -> bool:
        """（文責：事務局）, 文責　子育て支援課, 【文責：○○課】: who answers for the record's
        wording — front or back matter, never a speaker, no part of the title."""
        if not _RESPONSIBILITY.match(stripped):
            return False
        self.close()
        self.set_fate(i, "front")
        return True

    def group_step(self, i: int, line: Line, stripped: str) -> bool:
        """Before the first turn, a title alone, a colon and its people (委員：１２名,
        委員：青木、佐藤、杉本, 事務局：こども未来部長、子育て支援課長): a group of attendees,
        even with no attendee label above it, not a turn of the title's."""
        m = _TITLE_COLON.match(stripped)
        if m is None or not self.group_value(m["value"] or self.next_text(i)):
            return False
        sp = self.roles.split(m["label"])
        if sp is None or sp.name:
            return False
        self.open("front", i, line, stripped)
        self.front_block = "attendees"
        self.out.groups.add(stripped)
        return True

    def group_value(self, text: str) -> bool:
        """A count (１２名, なし) or a list of people: names, or titles with names, no speech.

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> [p.group_value(t) for t in ("１２名", "青木、佐藤、杉本", "青木一郎　佐藤花子", "会長、副会長",
        ...     "３点伺います。", "はい、そうです", "青木", "資料１、資料２")]
        [True, True, True, True, False, False, False, False]
        """
        if is_count(text):
            return True
        if "。" in text or self.roster(text):
            return "。" not in text
        items = [t for t in _LIST_SEP.split(text.strip()) if t]
        return len(items) >= 2 and all(len(t) <= 10 and _NAME_ITEM.match(t) and not _KANA_RUN.search(t)
                                       for t in items)

    def column_step(self, i: int, line: Line) -> bool:
        """A speaker's label in the left column (``議　　長     ただいまから…``, ``１１　番``,
        ``事 務 局``, ``３番（田中）``), the speech from the column on: a turn. A label the
        extractor wrapped in its cell (``３番（田`` / ``中）      思います。``) is joined."""
        if self.column is None or line.text[:1] in " \t":
            return False
        found = column_label(line.text, self.column)
        if found is None and i in self.column_tails:
            self.set_fate(i, "point")  # the end of the label above, with no speech beside it (進課長)
            return True
        if found is None:
            return False
        label, rest = found
        compact = _SPACES.sub("", label)
        cur = self.cur
        if (self.column_label and cur is not None and cur.kind == "point" and cur.idx[-1] == i - 1
                and (_unclosed(self.column_label) or i in self.column_tails)):
            sp = self.split_label(self.column_label + compact, True)
            if sp is not None:  # the rest of a label wrapped in its cell
                self.column_label += compact
                self.speaker = cur.speaker = sp
                cur.lines.append(replace(line, text=rest))
                cur.idx.append(i)
                self.set_fate(i, "point")
                return True
        sp = self.column_speaker(i, compact, rest)
        if sp is None or _NOT_COLUMN_LABEL.search(compact) or not (self.in_body or self.column_turn(sp, rest)):
            return False
        self.take_header(i, line, label[0], (_MARK_SHAPE, sp, rest or None))
        self.column_label = compact
        return True

    def column_speaker(self, i: int, compact: str, rest: str) -> Speaker | None:
        """The speaker a left-column label names: as written, its part before a bracket the
        cell's end left open (３番（田: joined on the next line), or with the label the line
        below ends it with (``split_in_cell``)."""
        if _unclosed(compact):
            return self.split_label(compact, True) or self.split_label(
                compact.partition("（")[0].partition("(")[0], True)
        if self.roles.split(compact) is None and (split := self.split_in_cell(i, compact, rest)) is not None:
            return split  # 久保都市 / 計画課長
        return self.split_label(compact, True)

    def split_in_cell(self, i: int, compact: str, rest: str) -> Speaker | None:
        """A name and title the extractor broke over lines of the left column (``久保都市`` /
        ``計画課長``, ``山田　委`` / ``員``, ``中村まち`` / ``づくり推`` / ``進課長``): the label at the
        margin is no title of the role table, and with the label below it (up to two more
        lines, no blank between) it names a speaker. A label below goes on this one only when
        its line has no speech or the speech above it does not end a sentence (``会長`` under a
        finished turn is the next turn); those lines' speech goes on the turn (``column_tails``)."""
        lines, tails, joined = self.src.lines, [], compact
        above = rest
        for j in range(i + 1, min(i + 3, len(lines) - 1) + 1):
            text = lines[j].text
            found = column_label(text, self.column) if self.column is not None else None
            if found is None and (len(text.strip()) > 6 or text[:1] in ("", " ", "\u3000") or "。" in text):
                break
            tail, speech = found if found is not None else (text.strip(), "")
            tail = _SPACES.sub("", tail)
            if len(tail) > 6 or speech and ends_sentence(above):
                break
            tails.append(j)
            joined += tail
            above = speech or above
            sp = self.split_label(joined, True)
            if sp is not None:
                self.column_tails = frozenset(tails)
                return sp
        return None

    def column_turn(self, sp: Speaker, rest: str) -> bool:
        """Before the body, a left-column label opens the first turn when a sentence follows
        or it is a title of the role table alone or after a name (not ``４ 事務局``, a
        numbered row of the front matter); right under an attendee list (no blank line
        between) only when speech follows (``事務局長    定刻となりましたので、…``)."""
        if not rest:
            return False
        if "。" in rest:
            return True
        if self.front_block == "attendees":
            return self.speech_words(rest)
        name = sp.name.rpartition("（")[0] or sp.name
        return self.roles.split(sp.label) is not None and not any(ch.isdigit() for ch in name)


    def wrapped_step(self, i: int, line: Line, stripped: str) -> bool:
        """The line after a line the extractor broke at the page width, inside a sentence:
        it goes on, whatever it starts with (・自転車…, （２）居住の…), unless a speaker mark
        or bracket opens it. Past a blank line (pdftotext leaves one inside a paragraph: 同 /
        ／ 委員から、…) it goes on only at the margin of the broken line or further out: a line
        indented deeper after the blank opens a paragraph."""
        if not (self.prev_wrapped and self.cur is not None and (self.in_body or self.cur.kind == "note") and not self.whole
                and self.cur.kind in ("point", "orphan", "narrative", "note")
                and (not self.gap or indent_width(line.text) <= indent_width(self.cur.lines[-1].text))
                and stripped[0] not in _TURN_OPENERS):
            return False
        if stripped[0] in _STAGE_START and self.header(stripped) is not None:
            return False  # （飯島委員） after a line that filled the width: a header still
        self.extend(i, line)
        return True

    def agenda_step(self, i: int, line: Line, stripped: str) -> bool:
        if not self.is_agenda(stripped):
            return False
        if self.presents(stripped):
            self.note_agenda(stripped)  # its number goes on the agenda's series (３．会計報告 below)
            return False  # ２．会長挨拶（山田会長）, ２．会長挨拶　　山田会長 above the speech: a turn's header
        self.start_body()
        self.speaker = None
        self.pending = []
        self.front_block = None  # the agenda ends a list of attendees
        self.add("agenda", i, line)
        return True

    def agenda_continues(self, text: str) -> bool:
        """（２）秋の交流イベントについて, ２．防災訓練について below a turn: a number that goes on a
        series the agenda began above (（１）…, １．… was read as an item of it), a heading (no
        sentence, short), is the agenda's next item, not a point of the last speaker."""
        if len(text) > 40 or "。" in text or "、" in text:
            return False
        num = numbering.item(text)
        return num is not None and num.value >= 2 and (num.style, num.value - 1) in self.agenda_numbers

    def header_step(self, i: int, line: Line, stripped: str) -> bool:
        """A speaker header: the turns (and headers in a row) that follow are theirs."""
        if stripped[0] in _OPEN and self.label_tail_step(i, stripped):
            return True
        found = self.header(stripped)
        marked = bool(self.legend) and stripped[0] in self.legend and len(stripped) > 1
        if marked and (found is None or found[1].label[0] == stripped[0]):
            # ◇　… is the legend's 委員 (Ｑ　… under 「Ｑ＝委員の質問」 too); ⇒施設課長：… names 施設課長
            found = self.legend_header(stripped)
        if not found:
            self.last_was_header = False
            return stripped[0] in _HEADER_OPENERS and (
                self.broken_header_step(i, stripped) or self.section_step(i, line, stripped))
        if not marked and self.in_attendees() and self.attendee_group(i, found[2]):
            return False  # （事務局）林野庁木材利用課長 ほか: a group of the attendee list
        if found[2] is None and not self.spoke and self.broken_entry_step(i, line, stripped):
            return True
        if self.person_below_title(i, found):
            return True
        self.take_header(i, line, stripped[0], found)
        self.legend_para = self.cur if marked else None  # unmarked paragraphs below go on it
        return True

    def listed_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line whose label names a person of the record's list: by their name alone
        (``names.py``) or glued to the speech (``glued.py``)."""
        if self.listed is None or i not in self.listed:
            return False
        if self.bare is not None and i in self.bare.at:
            self.bare_name_step(i, line, stripped)
            return True
        return self.glued_step(i, line, stripped)

    def bare_name_step(self, i: int, line: Line, stripped: str) -> None:
        """A listed person's name alone as the label (目黒：…, 西川(阿) …, → 名取(や) …): they
        take the floor, as after any header (``names.read`` found the line)."""
        sp, rest = self.bare.at[i] if self.bare is not None else (None, None)
        if sp is not None:
            self.take_header(i, line, stripped[0], (_COLON_SHAPE, sp, rest))

    def glued_step(self, i: int, line: Line, stripped: str) -> bool:
        """A listed person's label glued to the speech (村瀬会長おはようございます。…): they take
        the floor, as after any header, unless another header form reads the line
        (``glued.read`` found it; the list's line that vouches for the label is the point's
        ``speaker_why``)."""
        if self.glued is None or self.header(stripped) is not None:
            return False
        sp, rest, why = self.glued.at[i]
        self.take_header(i, line, "", (_COLON_SHAPE, sp, rest))
        if self.speaker is not None:
            self.glued_turns[id(self.speaker)] = (self.speaker, why)  # the same for each label of one person
        return True

    def glued_evidence(self) -> None:
        """Each paragraph of a turn a glued label opened carries the list's line that vouches for
        the label (``speaker_why``)."""
        for para in self.out.paras:
            turn = self.glued_turns.get(id(para.speaker))
            if turn is not None and turn[0] is para.speaker and not para.why and para.kind == "point":
                para.why = turn[1]

    def legend_header(self, stripped: str) -> tuple[_Shape, Speaker, str | None]:
        """A line led by a legend's mark: a point of the speaker the mark stands for, unless a
        label in brackets or before a colon follows the mark (``⇒（子育て支援課長）　…``,
        ``⇒施設課長：　…``): that label names the speaker (the role table's role)."""
        rest = stripped[1:].lstrip(" \u3000")
        if rest and (rest[0] in _OPEN or "：" in rest[:20] or ":" in rest[:20]):
            found = self.header(rest)
            if found is not None:
                return found
        return BUILTIN_SHAPES[0], self.legend[stripped[0]], rest or None

    def label_tail_step(self, i: int, stripped: str) -> bool:
        """The rest of a speaker's label, wrapped in its table cell, beside the speech: as
        pdftotext gives a Word table (発言者 | 発言内容), ``事務局`` / ``資料１の概要を説明する。排出量は
        …２割減`` / ``（環境政策課長）`` / ``少している。``. A bracketed line right below the first line
        of a turn, which it interrupts mid-sentence, is the label's second line when the two
        make one speaker's label (事務局（環境政策課長）): the turn is that speaker's, the speech
        runs on across it."""
        head = self.label_line
        cur = self.cur
        if (head is None or head[0] != i - 2 or cur is None or cur.idx != [i - 1] or cur.speaker is None
                or cur.speaker is not self.speaker or ends_sentence(cur.lines[0].text.strip())
                or len(stripped) > 24 or stripped[-1] not in _CLOSE or _STAGE_LINE.match(stripped)):
            return False  # （拍手） is a stage direction, never a label's part
        joined = self.split_label(head[1] + stripped, True)
        if joined is None:
            return False
        sp = self.holder(joined)
        self.speaker = self.last_speaker = self.header_speaker = cur.speaker = sp
        self.pending = [sp]
        self.label_line = None
        self.set_fate(i, "point")
        return True

    def broken_entry_step(self, i: int, line: Line, stripped: str) -> bool:
        """``1番`` / ``竹`` / ``内`` / ``力``, ``事務局長`` / ``作田`` / ``勝弥``: before anyone has
        spoken, a seat or a title alone whose next lines are only the parts of a name (a
        character or a few a line, no kana, as pypdf and pdftotext give a table of attendees
        whose narrow cells wrap) is an attendee of the front matter, not a turn: the label and
        the name's parts are front matter, no speaker's."""
        lines = self.src.lines
        j = i + 1
        parts = 0
        while j < len(lines) and _NAME_PART.fullmatch(part := _SPACES.sub("", lines[j].text)):
            if self.roles.split(part) is not None:
                break  # the next entry's title (事務局長 below 山下 / 英二)
            parts += len(part)
            j += 1
        if not 0 < parts <= 10:
            return False
        self.close()
        entry = _Para(kind="front", lines=list(lines[i:j]), idx=list(range(i, j)), first=stripped)
        self.settle(entry)  # its lines front matter
        self.skip_to = max(self.skip_to, j - 1)
        return True

    def person_below_title(self, i: int, found: tuple[_Shape, Speaker, str | None]) -> bool:
        """○教育長 / 笹山忠則君: a header of a title alone, then the person's name with 君 (氏,
        さん) alone on the next line — one speaker, the title's, named by the second line."""
        sp = found[1]
        if not (self.last_was_header and found[2] is None and sp.title in _HONORIFICS and self.pending
                and self.pending[-1].title not in _HONORIFICS and self.out.fate[i - 1] == "point"):
            return False
        title = self.pending[-1]  # the whole label is the title: 教育政策係長 names an office
        person = Speaker(f"{title.label}（{sp.label}）", sp.name, title.label, title.role)
        self.pending[-1] = self.speaker = person
        self.set_fate(i, "point")
        return True

    def attendee_group(self, i: int, rest: str | None) -> bool:
        """In an attendee list, a bracketed title with names after it, or alone above a line
        of names, is a group of attendees, not a speaker: no sentence follows it."""
        if rest is not None:  # its people after it; not speech going on below (hanging_speech)
            return "。" not in rest and not self.hanging_speech(self.src.lines[i].text.strip(), rest)
        lines = self.src.lines
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        nxt = lines[j].text.strip() if j < len(lines) else ""
        # speech below, its sentence finished there or going on past the line (pypdf: right under the list)
        return (bool(nxt) and "。" not in nxt and self.bullet(nxt) is None and nxt[0] not in _HEADER_OPENERS
                and not self.speech_before_body(nxt, nxt))

    def take_header(self, i: int, line: Line, first: str,
                    found: tuple[_Shape, Speaker, str | None]) -> None:
        """The header's speaker takes the floor; the speech after it on ``line`` opens a point."""
        _shape, sp, rest = found
        if rest and sp.label[-1:] == "番":
            sp, rest = self.seat_named(sp, rest, first in _MARKS)
        sp = self.holder(sp)
        self.start_body()
        self.back = False
        self.group = None  # a speaker's header ends a group's opinions
        self.closed = False
        if self.last_was_header and not rest:
            self.pending.append(sp)  # headers in a row: each keeps a paragraph below
        else:
            self.pending = [sp]
        self.speaker = self.last_speaker = self.header_speaker = sp
        self.label_line = None if rest else (i, self.src.lines[i].text.strip())
        self.seen_speaker = True
        self.turns = first in _MARKS  # ○ marks turns here, not bullets
        self.set_fate(i, "point")
        if self.label_clock is not None and self.label_clock[0] == i:
            self.out.directions.append(Direction(line.number, self.label_clock[1]))  # 大河内教育長（10:02）
        if rest:
            rest, _dirs = self.directions(line, rest)
            if rest.strip():
                self.open("point", i, line, rest, labelled=first in "（(")
        self.last_was_header = not rest

    def holder(self, sp: Speaker) -> Speaker:
        """The speaker named earlier under the title this label is alone: 議長 after 議長（堀井
        正道）, 町長 after 町長（岸本和之）, １番 after １番（木村陽子）, 委員長 after 高森委員長 — when
        one person held that title so far. A title many hold (委員) names nobody by itself;
        a seat number (１番) is one member's."""
        key = _SPACES.sub("", sp.label)
        held = self.holders.get(key)
        if held is not None and held is not _NOBODY:
            return held
        if sp.name and sp.name != key and sp.title and not _NUMBER_TAG.fullmatch(sp.name):
            title = _SPACES.sub("", sp.title)
            if (sp.role != "member" or _SEAT.match(title)) and not press.is_reporter(sp):
                held = self.holders.get(title)
                self.holders[title] = sp if held is None or held == sp else _NOBODY
                if held is None:
                    self.named_at[title] = self.src.lines[self.at].number
        return sp

    def name_forward(self) -> None:
        """A title alone before the label that names its holder (``○委員長　…`` above
        ``○委員長（山田花子君）``): that person, as a title alone after it is (``holder``) —
        when one person is named under the title in the whole record; with two (防災係長
        （小野寺亮君）, 防災係長（今井陽子君）) it names nobody and stays as written. The
        evidence, the line that named them, goes in ``why`` (the point's ``speaker_why``)."""
        if not self.holders:
            return
        named: dict[Speaker, Speaker | None] = {}  # by speaker: a file has few and many paragraphs
        for para in self.out.paras:
            sp = para.speaker
            if sp is None or para.kind not in ("point", "reported") or para.why:
                continue
            if sp not in named:
                held = self.holders.get(_SPACES.sub("", sp.label))
                named[sp] = None if held is None or held is _NOBODY or held == sp else held
            held = named[sp]
            if held is None:
                continue
            key = _SPACES.sub("", sp.label)
            para.speaker = held
            para.why = f"the only {key} named (line {self.named_at[key]}: {held.label})"

    def seat_named(self, sp: Speaker, rest: str, marked: bool) -> tuple[Speaker, str | None]:
        """A seat number, then the member's name as a word of its own (``５番　山田委員　…``,
        ``５番 山田太郎君 …``; after a mark a name alone: ``◯１２番　佐藤花子　…``): one member,
        named by the name and titled by the seat, as ``５番（山田太郎君）`` is.

        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> seat = load_roles().guess("５番")
        >>> [(s.label, s.name, s.title, s.role, r) for s, r in (p.seat_named(seat, "山田委員　伺います。", False),
        ...     p.seat_named(seat, "佐藤花子　伺います。", True), p.seat_named(seat, "質問します。", True))]
        [('５番山田委員', '山田', '５番', 'member', '伺います。'), ('５番佐藤花子', '佐藤花子', '５番', 'member', '伺います。'), ('５番', '５番', '', 'member', '質問します。')]
        """
        word = _WORD.match(rest)
        after = rest[word.end():].strip() if word else ""
        if word is None or not after or len(word[0]) > 10 or word.end() == len(rest) or not rest[word.end()].isspace():
            return sp, rest
        named = self.roles.split(word[0]) or (self.roles.guess(word[0]) if word[0][-1] in "君氏" else None)
        if named is not None and named.name and named.role == "member":
            name = named.name
        elif marked and 3 <= len(word[0]) <= 6 and _PERSON.match(word[0]) and not _HIRAGANA.search(word[0]):
            name = word[0]  # ◯１２番　佐藤花子　再質問します。
        else:
            return sp, rest
        return Speaker(sp.label + word[0], name, sp.label, "member"), after

    def short_step(self, i: int, line: Line, stripped: str) -> bool:
        """A short line, one near the end or page furniture: a character of a label stacked one
        a line (``stacked_step``: ５ / 番 is no page number), or what ends the turns (``end_step``)."""
        if len(stripped) <= 2 and _STACKED_CHAR.fullmatch(stripped) and self.stacked_step(i, line, stripped):
            return True
        return self.end_step(i, line, stripped)

    def stacked_step(self, i: int, line: Line, stripped: str) -> bool:
        """A speaker's label the extractor stacked one character a line, as pdftotext gives the
        narrow columns of a table typed in Word (the agenda's item, the speaker, the speech:
        a 農業委員会's 総会会議録, a 協働会議's 会議録): ``開`` / ``会`` / ``会`` / ``長`` / ``定刻に
        なったことを…``, or each character beside a line of the speech (``会`` / ``それでは、…`` /
        ``長`` / ``説明を…``). The characters read together are an item of the agenda, if any,
        then a title of the role table or a seat (会長, 事務局, ５番); the speech follows.

        >>> from assembler.ingest.text import split_lines
        >>> src = split_lines("総会会議録\\n\\n開\\n会\\n会\\n長\\n定刻になりましたので開会します。\\n"
        ...                   "委\\n第２章は数値で示すべきである。成果が見える形に\\n員\\nしてほしい。\\n",
        ...                   "x.txt", encoding="utf-8")
        >>> from assembler.minutes import parse_source
        >>> [(pt.speaker.label, pt.text, pt.source.line_start, pt.source.line_end) for pt in parse_source(src).points]
        [('会長', '定刻になりましたので開会します。', 7, 7), ('委員', '第２章は数値で示すべきである。成果が見える形にしてほしい。', 9, 11)]
        """
        found = self.stacked_label(i)
        if found is None:
            return False
        sp, agenda, label, beside = found
        for k in agenda:
            self.set_fate(k, "agenda")
        for k in label:
            self.set_fate(k, "point")
        head = label[0] if beside else label[-1]
        if beside:
            self.label_lines = self.label_lines | frozenset(label[1:])
        else:
            self.skip_to = max(self.skip_to, label[-1])
        self.last_was_header = False
        self.take_header(head, self.src.lines[head], sp.label[0], (BUILTIN_SHAPES[0], sp, None))
        return True

    def stacked_label(self, i: int) -> tuple[Speaker, list[int], list[int], bool] | None:
        """The speaker of a label stacked from line ``i`` (see ``stacked_step``), the lines of the
        agenda's item before it, the label's lines, and whether they stand beside the speech."""
        lines = self.src.lines
        run: list[int] = []  # one character a line, one after another
        k = i
        while k < len(lines) and len(run) < 8 and _STACKED_CHAR.fullmatch(lines[k].text.strip()):
            run.append(k)
            k += 1
        if len(run) >= 2 and k < len(lines) and self.stacked_speech(lines[k].text.strip()):
            found = self.stacked_title(run)
            if found is not None:
                return found[0], run[:found[1]], run[found[1]:], False
        # beside the speech: a character, a line of speech, the next character …
        beside = [i]
        for k in range(i + 2, min(i + 7, len(lines)), 2):
            between = lines[k - 1].text.strip()
            if not (_STACKED_CHAR.fullmatch(lines[k].text.strip())
                    and (self.stacked_speech(between) if k == i + 2 else len(between) > 1
                         and not _STACKED_CHAR.fullmatch(between))):
                break  # the speech's first line beside the label is speech; the next may be its end (しい。)
            beside.append(k)
        for n in range(len(beside), 1, -1):
            sp = self.stacked_speaker("".join(lines[k].text.strip() for k in beside[:n]))
            if sp is not None:
                return sp, [], beside[:n], True
        return None

    def stacked_title(self, run: list[int]) -> tuple[Speaker, int] | None:
        """The speaker the stacked characters end in, and where their label starts: after an
        item of the agenda (開会, 挨拶, 議案) or nothing (a name before the title is not read)."""
        chars = "".join(self.src.lines[k].text.strip() for k in run)
        for start in range(len(run) - 1):
            sp = self.stacked_speaker(chars[start:])
            if sp is None:
                continue
            if start == 0 or any(w in chars[:start] for w in _STACKED_AGENDA):
                return sp, start
            seat = next((k for k in range(start) if _SEAT.fullmatch(chars[k:start])), None)
            if seat is not None:  # ７ / 番 / 委 / 員: the member's seat, then the title
                return Speaker(chars[seat:], chars[seat:start], sp.title, sp.role), seat
        return None

    def stacked_speaker(self, label: str) -> Speaker | None:
        """A title of the role table alone (会長, 事務局) or a seat (５番) — no name: the narrow
        column holds the title only."""
        sp = self.roles.split(label)
        if sp is not None:
            return sp if not sp.name else None
        return Speaker(label, label, "", "member") if _SEAT.fullmatch(label) else None

    @staticmethod
    def stacked_speech(text: str) -> bool:
        """A line of speech beside or under a stacked label: kana, more than a label's length."""
        return len(text) > 4 and _HIRAGANA.search(text) is not None

    def broken_header_step(self, i: int, stripped: str) -> bool:
        """A header the extractor broke over two lines: ＜国土交通省水管理・国土保全局（仁科河川 /
        計画課長）＞, 【山本 / 委員】, ○( / 西村座長) 本日は…, ○ / 中川委員　…. The line opens a
        bracket it does not close, or is a mark and a label without its end — or a marked line
        the extractor broke at the page's width, an office and the start of its person's name
        (○ 経済産業省…課　平 / 田企画官　…); joined with the next line (blank lines between) it
        is a header whose label runs across the break."""
        unfinished = _unfinished_label(stripped)
        if len(stripped) > 40 or ends_sentence(stripped) or not (unfinished or self.label_at_width(stripped)):
            return False
        if stripped[0] in _MARKS and _SPACES.sub("", stripped[1:]) in _STACKED_AGENDA:
            return False  # ■開会 / 事務局: a heading of the agenda, then a label of its own
        lines = self.src.lines
        j = self.next_text_at(i)
        if j is None:
            return False
        nxt = lines[j].text.strip()
        if nxt[0] in _HEADER_OPENERS and self.header(nxt) is not None:
            return False
        found = self.header(stripped + nxt)
        if found is None or not unfinished and len(found[2] or "") >= len(nxt):
            return False  # at the width, the label must run onto the next line
        for k in range(i, j):
            self.set_fate(k, "blank" if k > i else "point")
        self.skip_to = j
        self.last_was_header = False
        self.take_header(j, lines[j], stripped[0], found)
        return True

    def next_text_at(self, i: int) -> int | None:
        """The next line with text after line ``i``, three lines on at most (blank lines between)."""
        lines = self.src.lines
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].text.strip():
            j += 1
        return j if j < len(lines) and j <= i + 3 else None

    def label_at_width(self, stripped: str) -> bool:
        """A marked line as long as the page's width (``wrap_width``, or a page's least where
        the file tells none): the extractor may have broken it inside its label."""
        return stripped[0] in _MARKS and len(stripped) >= (self.wrap or _PAGE_WIDTH_LEAST)

    def section_step(self, i: int, line: Line, stripped: str) -> bool:
        """A bracketed label that names no speaker after the turns began (【参考】, ＜別紙＞,
        （別紙）, 【資料】, ＜議題２＞): it ends the turn, and what stands under it up to the
        next header is no one's speech (back matter, fate ``front``). A label that names
        speakers with から/より (【委員からの主な意見】) hands the bullets below to them."""
        if not (self.seen_speaker and stripped[0] in _OPEN and stripped[-1] in _CLOSE
                and len(stripped) <= 40 and "。" not in stripped):
            return False
        inner = stripped[1:-1].strip()
        if not inner or _CLOSE[_OPEN.index(stripped[0])] != stripped[-1]:
            return False
        adjourned = _ADJOURNED.match(stripped)
        if adjourned or _INLINE_STAGE.search("（" + inner + "）"):
            # 【資料投影】, 〔拍手〕: a stage direction in other brackets; （閉会） ends the turns
            if adjourned:
                self.end_turns()
            else:
                self.close()
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, stripped))
            return True
        if stripped[0] in "（(" and (NUMBERED.match(stripped) or _HIRAGANA.search(inner)
                                    or _SPEECH_ACT.search(inner)):
            return False  # （１）, （資料１に基づき説明）: a number, or a stage direction
        group = _GROUP_HEADING.match(_SPACES.sub("", inner))
        sp = self.split_label(group["who"], True) if group else None
        if sp is not None:
            self.take_header(i, line, stripped[0], (BUILTIN_SHAPES[0], sp, None))
            return True
        self.end_turns()
        self.back = True
        self.open("back", i, line, stripped)
        return True

    def cue_step(self, i: int, line: Line, stripped: str) -> bool:
        """What the Word file's structure says of the line (``Line.cue``): a speaker | remark
        table's heading row is furniture and its speaker cell a header whatever the label's
        form; a list item that is a name-like label alone is a header (a top-level item of a
        list used on several levels — a ``turn`` — on its form, any other item with a title of
        the role table), and a turn that introduces a speaker is an introducer."""
        if line.cue == "head":
            self.close()
            self.set_fate(i, "furniture")
            return True
        if line.cue == "lead":
            self.add("agenda", i, line)
            return True  # 日程第３ in the column before the speaker's: the item the row opens
        if line.cue in ("bold", "label"):
            # a bold start before the speech, a cell of a table's first column found from the
            # layout (PDF): a header when it is a speaker's label (a title of the role table,
            # or a name-like label with a title), else the paragraph's own words
            found = self.header("○" + stripped)
            if found is None or found[2] is not None:
                return False
            self.last_was_header = self.last_was_header and line.cue == "bold"  # a row is a turn
            self.take_header(i, line, "○", found)
            return True
        if line.cue in _TEXT_TABLE_CUES:
            return self.text_table_step(i, line, stripped)
        if line.cue == "frame":
            return self.frame_step(i, line)
        if line.cue in ("speaker", "label") and stripped in _DITTO:
            # 〃 in a table's speaker cell: the speaker of the row above takes the floor again
            if self.last_speaker is None:
                return False
            self.last_was_header = False
            self.take_header(i, line, "○", (BUILTIN_SHAPES[0], self.last_speaker, None))
            return True
        if line.cue == "speaker":
            self.last_was_header = False  # a row is a turn, whatever the row above said
            found = self.header("○" + stripped)
            sp = found[1] if found else (local_government(stripped) if stripped in _LOCAL_GOVERNMENTS else (
                self.split_label(stripped, True) or Speaker(stripped, stripped, "", "other")))
            self.take_header(i, line, "○", (BUILTIN_SHAPES[0], sp, found[2] if found else None))
            return True
        at = self.bullet(stripped)
        rest = stripped[at:].strip() if at is not None else stripped
        return bool(rest) and self.list_turn(i, line, rest)

    def text_table_step(self, i: int, line: Line, stripped: str) -> bool:
        """A line of a table drawn in text, by its cue (``ingest.texttable``): a row, a rule
        between rows, the page's furniture between its pages, the first line after it."""
        if line.cue in ("row", "cells"):
            return self.row_step(i, line, stripped)
        if line.cue == "rule":
            # a rule between a text table's rows: a break between paragraphs (a row broken by
            # a page goes on, as across a blank line), the end of a front-matter row's list
            self.blank_line(i, " ")
            if not self.seen_speaker:
                self.front_block = None
            self.set_fate(i, "furniture")
            return True
        if line.cue == "page":
            self.set_fate(i, "furniture")  # between the pages of a text table: its number, a running head
            return True
        if line.cue == "after":
            # the first line after a table of the proceedings drawn in text: the last row's
            # speaker no longer holds the floor; the line is read as it stands
            self.end_turns()
            return False
        return False

    def frame_step(self, i: int, line: Line) -> bool:
        """A line inside a one-cell box (``ingest.texttable``, cue ``frame``). Before the turns
        and after them it is read as the text unframed (a title, a label of the front matter);
        between them the box's text, read whole (``framed.reading``), is an item of the agenda
        or a heading (the speaker keeps the floor), a stage direction, a point of the speaker
        whose turn it stands in when it is speech, else narrative (a text quoted: a resolution,
        a notice) — never the words of a turn only because it follows one."""
        if not (self.in_body and self.seen_speaker) or self.closed:
            return False
        what = self.framed.get(i)
        if what is not None:
            if self.cur is not None and self.cur.idx[-1] == i - 1 and i - 1 in self.framed:
                self.extend(i, line)
                return True
        else:
            run = self.frame_run(i)
            what = framed.reading([self.src.lines[j].text.strip() for j in run])
            if what == "speech" and self.speaker is None and not self.pending:
                what = "narrative"  # speech with no one holding the floor
            self.framed.update(dict.fromkeys(run, what))
        if what == "stage":
            self.close()
            self.set_fate(i, "stage")
            self.out.directions.append(Direction(line.number, line.text.strip()))
        else:
            self.open("point" if what == "speech" else what, i, line, line.text.strip())
        return True

    def frame_run(self, i: int) -> list[int]:
        """The lines of a frame's text from line ``i`` to its edge or a rule across the box,
        empty lines inside it passed over (a quoted text's paragraphs and its signature are
        one text)."""
        lines, j = self.src.lines, i
        while j + 1 < len(lines) and (lines[j + 1].cue == "frame" or lines[j + 1].cue is None
                                      and not lines[j + 1].text.strip()):
            j += 1
        return [k for k in range(i, j + 1) if lines[k].cue == "frame"]

    def row_step(self, i: int, line: Line, stripped: str) -> bool:
        """A row of a table drawn in text (``ingest.texttable``): its first cells, U+3000, the
        remark's first piece. Under a heading naming the speaker's column (cue ``row``) the first
        words are the speaker whatever their form (〃: the speaker of the row above); in any
        other table (``cells``) only when they name a speaker — else the line is read as text
        (日時　令和７年…)."""
        label, _, remark = stripped.partition("\u3000")
        if line.cue == "cells":
            if not self.seen_speaker and "。" not in remark:
                return False  # 出席委員 | 氏名…: a label and value of the front matter
            found = self.header("○" + label)
            if found is None or found[2] is not None or self.roles.split(found[1].label) is None:
                return False
            sp = found[1]
        elif label in _DITTO:
            if self.last_speaker is None:
                return False
            sp = self.last_speaker
        else:
            found = self.header("○" + label)
            sp = found[1] if found and found[2] is None else (
                self.split_label(label, True) or Speaker(label, label, "", "other"))
        self.last_was_header = False  # a row is a turn, whatever the row above said
        self.take_header(i, line, "○", (BUILTIN_SHAPES[0], sp, remark.strip() or None))
        return True

    def list_turn(self, i: int, line: Line, rest: str) -> bool:
        """A list item (its marker taken off) that is a speaker's name or an introducer."""
        found = self.header("○" + rest)
        if found and not found[2] and (line.cue == "turn" or self.roles.split(found[1].label) is not None):
            self.take_header(i, line, "○", found)
            return True
        if line.cue == "turn" and ("から" in rest or "より" in rest) and self.introduced(rest):
            self.start_body()
            self.open("circle", i, line, "○" + rest, marked=True)
            self.close()
            return True
        return False

    def heading_step(self, i: int, line: Line, stripped: str) -> bool:
        """A heading between turns (■意見交換, ２．会長あいさつ, 〔意見等〕): the agenda of the
        body, nobody's point; the next turn names its speaker."""
        if not (self.seen_speaker and not self.pending and self.heading_form(stripped, i)
                and self.turn_follows(i)):
            return False
        self.close()
        self.speaker = None
        self.pending = []
        self.add("agenda", i, line)
        return True

    def between_turns_step(self, i: int, line: Line, stripped: str) -> bool:
        """A heading between turns (``heading_step``) or a section's word alone
        (``section_word_step``), each behind its cheap test (the caller's: a heading's first
        character or a short line)."""
        return (heading_like(stripped) and self.heading_step(i, line, stripped)
                or len(stripped) <= _SECTION_WORD_MAX and self.section_word_step(i, line, stripped))

    def section_word_step(self, i: int, line: Line, stripped: str) -> bool:
        """A word naming a section of the proceedings alone on its line between turns (``質疑``,
        ``意見交換``, ``議事`` — no mark, no number, as many towns' records type them): a heading
        of the body, not the end of the turn above, when that turn's sentence is finished
        (else the word is its wrapped tail) and a turn follows."""
        if not (self.seen_speaker and not self.pending and section_word(stripped)):
            return False
        if self.cur is not None and not ends_sentence(self.tail()) or not self.turn_follows(i):
            return False
        self.close()
        self.speaker = None
        self.add("agenda", i, line)
        return True

    def heading_form(self, text: str, i: int, chained: bool = False) -> bool:
        """A mark, a number or brackets before a short label that is no sentence, unlike the
        bullets of the turn before it (their mark or numbering is not the heading's). A
        numbered one stands apart (after a blank line or a page break) or names an item of
        the agenda (あいさつ, その他 …): a speaker's numbered sub-points do neither."""
        m = NUMBERED.match(text)
        if m:
            label = text[m.end():]
            if len(label) > 24 or "。" in label or "、" in label or _NUMBER_IN_SENTENCE.match(label):
                return False
            if not (chained or self.heads_here(i) or any(w in label for w in _AGENDA_WORDS + ("あいさつ",))):
                return False  # a sub-heading right under a heading (３　報告事項 / （１）…) is chained
        elif not (_HEADING.match(text) or _spaced_agenda_word(text) or _ITEM_HEADING.match(text)):
            return False
        last = self.cur or (self.out.paras[-1] if self.out.paras else None)
        if last is None or last.kind != "point" or not last.marked:
            return True
        before = last.lines[0].text.strip()
        return not (before[:1] == text[0] or m and NUMBERED.match(before))

    def heads_here(self, i: int) -> bool:
        """A numbered line may head what follows where it stands: apart (a blank line or a page
        break above it), under an agenda line, right under a point its label closed
        (…。（野々村構成員）: no sub-point of it) or right above a point named after it."""
        return (self.apart(i) or self.out.fate[i - 1] == "agenda" or i - 1 in self.trail_at
                or self.trail is not None and i + 1 in self.trail.firsts)

    def turn_follows(self, i: int) -> bool:
        """The next lines (past blanks, page numbers and other headings) open a turn: a
        speaker header, an introducer, or the end of the file."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 8, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or _is_page_number(t):
                continue
            if (lines[j].cue in ("speaker", "turn") or self.trail is not None and j in self.trail.firsts
                    or j in self.acted):
                return True  # a Word table's speaker cell, a list's top item, a point named after it, a narrated act
            if self.header_at(j, t) is not None:
                return True
            if t[0] in _HEADING_START and self.heading_form(t, j, chained=True):
                continue
            if _CIRCLE.match(t) or ("から" in t or "より" in t):
                return self.introduced(t) is not None or self.agent_of(t) is not None
            if "。" not in t:  # a report whose speaker stands past its first line
                sentence = self.first_sentence(j)
                if "から" in sentence or "より" in sentence:
                    return self.agent_of(sentence) is not None
            return bool(_END_MARK.match(t))
        return i + 1 >= len(lines) or j + 1 >= len(lines)

    def header_at(self, j: int, text: str) -> tuple[_Shape, Speaker, str | None] | None:
        """``header`` of line ``j`` as when the parse stands on it: a title alone with a colon
        (``記者：``, ``大臣:``) heads the speech below it only where the lines below are seen."""
        at, self.at = self.at, j
        try:
            return self.header(text)
        finally:
            self.at = at

    def apart(self, i: int) -> bool:
        """The line stands apart: a blank line or a page break before it."""
        if i == 0:
            return True
        before, line = self.src.lines[i - 1], self.src.lines[i]
        return not before.text.strip() or before.page != line.page or _is_page_number(before.text.strip())

    def introducer_step(self, i: int, line: Line, stripped: str) -> bool:
        """A plain line that is one sentence in the secretariat's narrating voice naming a
        speaker with から/より and a speech act (事務局より資料２に基づき説明。): an introducer,
        read as a ○ sentence is; a note framed by dashes (－資料１に基づき、事務局から説明－) too."""
        framed = _DASH_FRAME.fullmatch(stripped)
        if framed:
            stripped = framed[1]
        if not (len(stripped) <= 80 and _NARRATIVE_VOICE.search(stripped)
                and stripped.count("。") <= 1 and (self.cur is None or self.gap or self.whole
                                                   or self.cur.kind in ("agenda", "narrative")
                                                   or ends_sentence(self.tail()))
                and self.introduced(stripped) is not None):
            return False
        self.start_body()
        self.open("circle", i, line, stripped)
        self.close()
        return True

    def person_stage_step(self, i: int, line: Line, stripped: str) -> bool:
        """（村木常務理事　退室）, 〔古賀参考人 着席〕: a stage direction naming a person, alone on
        its line in any brackets — recorded, never a turn (the name is no header)."""
        if len(stripped) > 50 or not _STAGE_LINE.match(stripped):
            return False
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))
        return True

    def voice(self, i: int, line: Line, stripped: str) -> None:
        """異議なし on a line of its own, with no speaker (the floor answering the chair, a row
        of a table whose speaker cell is empty): a stage direction, as （「異議なし」の声あり） is."""
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))

    def stage_step(self, i: int, line: Line, stripped: str) -> bool:
        """（拍手） on its own line: recorded, never a point."""
        if not (self.in_body and _STAGE.match(stripped) and not NUMBERED.match(stripped)):
            return False
        self.close()
        self.set_fate(i, "stage")
        self.out.directions.append(Direction(line.number, stripped))
        return True

    def circle_step(self, i: int, line: Line, stripped: str) -> bool:
        """A ○ sentence: read when whole (an introducer, a reported remark or a bullet)."""
        if not (_CIRCLE.match(stripped) and (self.in_body or self.seen_speaker
                                             or self.front_block != "attendees")):
            return False
        self.start_body()
        self.open("circle", i, line, stripped, marked=True)
        return True

    def bullet_step(self, i: int, line: Line, stripped: str) -> bool:
        at = self.bullet(stripped)
        if at is None or not (self.in_body or self.front_block != "attendees"):
            return False
        self.close()
        if self.speaker is None and not self.pending:
            if self.back:
                self.open("back", i, line, stripped)
            elif not self.seen_speaker:
                # items before the first speaker are the agenda (・若年者の…, ⑴ …);
                # a whole sentence there is the secretariat's narrative
                self.open("narrative" if "。" in stripped else "agenda", i, line, stripped,
                          marked=True)
                self.front_block = None
            elif self.reports_ahead(i, stripped[at:]):
                # a bullet that reports (・ある委員は、…と述べた。) names its speaker itself
                self.open("narrative", i, line, stripped, marked=True)
            elif self.trail is not None:
                # where speakers are named after their points, the label may close this one
                self.open("orphan", i, line, stripped, marked=True)
            elif self.acted and not ends_sentence(stripped) or self.presented_bullet(stripped[at:]):
                # （１）議案第８号 between a clerk's reports; ・会務報告　　■■副会長, who presented it
                self.open("agenda", i, line, stripped, marked=True)
            else:
                self.unread(i, line, N_("a bullet with no speaker above it"))
            return True
        self.in_body = True
        self.open("point", i, line, stripped[at:], marked=True)
        self.strip_cur_directions()
        return True

    def reports_ahead(self, i: int, text: str) -> bool:
        """The sentence line ``i`` opens (``text``: the line after its bullet) reports a
        speaker's words (…から、…との意見があった。, ある委員は、…と述べた。)."""
        if "から" not in text and "より" not in text and not _SUBJECT_HINT.search(text, 0, 40):
            return False
        sentence = text if "。" in text else text + self.first_sentence(i)[len(self.src.lines[i].text.strip()):]
        found = self.introduced(sentence)
        return found is not None and found[1]

    def continuation_step(self, i: int, line: Line, stripped: str) -> bool:
        if not self.continues(line.text, line):
            return False
        self.extend(i, line)
        return True

    def extend(self, i: int, line: Line) -> None:
        """Add the line to the open paragraph."""
        cur = self.cur
        assert cur is not None
        self.gap = False
        cur.lines.append(line)
        cur.idx.append(i)
        if "（" in line.text or "(" in line.text:  # strip_cur_directions' own cheap test, before the call
            self.strip_cur_directions()

    def plain_line(self, i: int, line: Line, stripped: str) -> None:
        """A line no step took: a new paragraph of the speaker, or text with no speaker."""
        if self.legend_para is not None and self.cur is self.legend_para:
            self.extend(i, line)  # a paragraph with no mark goes on the point a mark opened
            return
        if self.in_body and (self.speaker is not None or self.pending):
            self.open("point", i, line, stripped)
            self.strip_cur_directions()
            if self.speaker is self.report_speaker:
                self.prose = self.cur  # after a report: read when whole (after_report)
            return
        # the people under an attendee label (no sentence: 事務局より…説明があった。 is narrative)
        front = not self.in_body or self.in_attendees() and "。" not in stripped
        self.open("back" if self.back else "front" if front else "orphan", i, line, stripped)

    def directions(self, line: Line, text: str) -> tuple[str, list[str]]:
        clean, found = strip_directions(text)
        for d in found:
            self.out.directions.append(Direction(line.number, d))
        return clean, found

    def strip_cur_directions(self) -> None:
        """Take the stage directions out of the open paragraph's newest line."""
        cur = self.cur
        if cur is None or cur.kind != "point":
            return
        line = cur.lines[-1]
        source = cur.first if len(cur.lines) == 1 else line.text
        if "（" not in source and "(" not in source:
            return
        clean, found = self.directions(line, source)
        if not found:
            return
        if len(cur.lines) == 1:
            cur.first = clean
        else:
            cur.lines[-1] = Line(clean, line.number, line.page)

    last_was_header = False
    last_speaker: Speaker | None = None  # the last header's speaker, for a 〃 below it
    holders: dict[str, Speaker]  # a title -> the one person named under it so far (or _NOBODY)
    closed = False  # the turns were closed (閉会, 以上, a signature): a signature line is no turn
    turns = False
    back = False  # under a label that names no speaker (【参考】): back matter up to the next header
    at = -1  # the line being placed
    skip_to = -1  # the last line already read by a look-ahead (a broken header's second line)
    label_lines: frozenset[int] = frozenset()  # lines of a label stacked beside the speech (read)
    label_line: tuple[int, str] | None = None  # the last header alone on its line: number, text

    def run(self) -> Parsed:
        pieces = joined.split_turns(self.texts, self.opens_turn)  # ○A座長　…。○B委員　… (joined.py)
        if not pieces:
            for i, (line, stripped) in enumerate(zip(self.src.lines, self.view.stripped)):
                self.feed(i, line, stripped)
        else:
            self.feed_pieces(pieces)
        self.close()
        self.name_forward()
        if self.glued_turns:
            self.glued_evidence()
        self.out.paras = join_announcements(self.out.paras, self.out.fate)
        recorded = {u.line for u in self.out.unread}
        fates, lines = self.out.fate, self.src.lines
        # the lines no step placed (the fates compared in C: a loop over every line was 1 % of a parse)
        for i in itertools.compress(range(len(fates)), map("unread".__eq__, fates)):
            if lines[i].number not in recorded:
                self.unread(i, lines[i], N_("not read"))
        return self.out
