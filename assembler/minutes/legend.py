"""Legends of marks: a line that says which mark stands for which group of speakers.

Summaries of municipal 協議会, 運営協議会 and 審議会 often print no names. A legend says what
the mark a line opens with means, and each line led by that mark is a point of the group::

    ※　◇は委員からの意見・質問、◆は市からの回答を示す。
    （凡例）　●：委員　　○：事務局（こども未来課）
    【凡例】Ｑ＝委員の質問　Ａ＝事務局の回答
    （■は委員の発言、⇒は事務局の説明・回答。発言者の氏名は省略）

A legend is two pairs or more of a **mark** (印 may follow it: ○印は委員の発言) — any symbol a
line can open with: circles, squares, diamonds, triangles, stars, arrows (→ ⇒ ➡ ⇨), or Ｑ/Ａ,
問/答; never ``・``, which
a legend never names here — and a **group** of speakers (委員, 事務局, 市, 会長 …, a unit in
brackets after it: 事務局（こども未来課）), each pair with or without は/：/＝ between and any
noun of speech after it (の発言, の意見・質問, からの回答, の説明・回答); a person (北川委員) is
no group. The pairs stand one after another, in brackets or not, after ※ or a 凡例 label,
and may end with を示す or a remark that names are left out or the points summarised
(発言者の氏名は省略, 敬称略, 発言順不同, 要旨) — nothing else. Something must say it is a legend: a noun of
speech, the word 凡例 or 記号, or a group of the secretariat or government (an attendee list
marks people with ◎部会長、○副部会長, never the secretariat).

A mark may also be its group's abbreviation in kanji (``_abbreviated``): bare before ＝/：
(``（凡例）委＝委員、事＝事務局、会＝会長``) or boxed in brackets (``発言者：（会）会長　（委）委員``),
each mark's characters in its group's word; the turns open with the mark as the legend writes it
(``委　…``, ``（委）…``: ``opening_mark``; a bare one only before a space or a colon).

A legend may also be a table of two columns, the marks under a heading 記号 (マーク, 凡例)
and their meaning beside them (``記号 | 意味`` / ``◇ | 委員の意見・質問`` / ``◆ | 事務局の回答``:
``table_legend``), as a Word table, a table drawn in text or pdftotext's rows of it.

Where it is believed (``LineParser.legend_step``): before the first speaker — in the front
matter or right under a heading — at the head of a section of the proceedings (in the line of
its heading, ``【意見交換】（●：委員、○：県）``, or right under it), or among the last lines of
the file, after the turns (``※ 記号の意味 …``). A legend anywhere else is not one. Each legend
rules from where it stands to the next (a summary's 【質疑応答】（Ｑ：委員、Ａ：事務局） and, later,
its 【意見交換】（●：委員、○：県））. Without a legend the marks keep their usual reading.
"""
from __future__ import annotations

import re

from ..model import Legend, Speaker
from ..text import DASHES
from . import groups
from .forms import LOCAL_GOVERNMENTS
from .roles import UNIT_HEAD, RoleTable

__all__ = ["MARK", "count_marks", "is_mark", "opening_mark", "might_hold", "unboxed", "parse_legend", "read_legend", "legend_at_end", "after_first_turns", "table_head",
           "table_legend"]

#: the characters a legend may name as marks: geometric shapes, arrows, stars and other
#: symbols (whole Unicode blocks, so that any such symbol is one), 〇, an asterisk, and the
#: letters of questions and answers
MARK = ("\u2190-\u21ff\u2200-\u22ff\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf\u27f0-\u27ff"
        "\u2900-\u297f\u2b00-\u2bff\u3007\uff0a*ＱＡQA問答")
_MARK_RX = re.compile(f"[{MARK}]")
#: never marks: what joins a mark to its group, and the middle dot (a bullet, not a mark)
_NOT_MARKS = frozenset("＝=＜＞<>～〜×÷±・" + DASHES)
_SP = r"[\s\u3000]"
#: nouns of speech after the group's word
_SAID = r"(?:御|ご)?(?:発言|意見|質問|回答|説明|答弁|質疑|要望|提案|コメント|報告|応答|指摘|感想|問い|答え)"
#: what a pair says after its mark: the group (not holding ``not_in``), a unit in brackets
#: after it, a noun of speech, and what may follow the pair (``follows``)
def _group_said(not_in: str, follows: str) -> str:
    return (r"(?P<who>[^\s\u3000、，,。：:＝=（）()「」『』【】［］〔〕＜＞<>・" + not_in + r"]{1,16}?)"
            r"(?P<unit>[（(][^（）()]{1,20}[）)])?"
            rf"(?P<said>(?:から|より)?(?:の|による)?{_SAID}(?:(?:・|及び|および|や|、){_SAID})*(?:等|など)?)?"
            r"(?=[、，,。．・）)】〕］\]＞>\s\u3000" + follows + r"]|を(?:示|表)|$)")


_PAIR = re.compile(rf"(?P<mark>[{MARK}])(?:印|マーク)?{_SP}*(?:は|：|:|＝|=|…)?{_SP}*" + _group_said(MARK, ""))
#: a heading the legend of its section stands in: its number in brackets, then its words in
#: brackets (【意見交換】) or bare (３．議　事, ■質疑応答: a mark, 問/答 among them)
_HEADING = (r"(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[．.、]?[\s\u3000]*(?=[【〔［＜<]))?"
            r"(?:[【〔［＜<][^】〕］＞>（()]{1,16}[】〕］＞>]|[^（(【〔［＜<。]{1,16})")
#: what may stand before the pairs: ※, a heading's words before a bracket (３．議　事（◎は…）,
#: 【意見交換】（●：委員、○：県）), a 凡例 label, an opening bracket
_LEAD = re.compile(
    rf"^{_SP}*(?:※{_SP}*)?(?:{_HEADING}{_SP}*(?=[（(【〔［＜<]))?(?:[（(【〔［＜<]?{_SP}*(?:凡{_SP}*例|記号の意味|記号|(?:発言者の)?表記|略号|注記?|備考){_SP}*[）)】〕］＞>]?{_SP}*[：:]?{_SP}*)?"
    r"[（(【〔［＜<]?" + _SP + "*"
    # a note on what follows: （以下、Ｑは記者、Ａは市長）
    rf"(?:(?:以下|なお){_SP}*[、，,]?{_SP}*)?")
#: what may join two pairs
_BETWEEN = re.compile(rf"^[、，,・。．;；{_SP[1:-1]}]*$")
#: what may follow the last pair: を示す, a remark that names are left out, closing brackets
_TAIL = re.compile(rf"^{_SP}*(?:を(?:示す|示します|示している|表す|表します)|とする|です|である)?[。．]?{_SP}*"
                   rf"(?:[^。{MARK}]{{0,20}}(?:省略|略す|略し|敬称略|氏名|発言順|順不同|要約|要旨)[^。{MARK}]{{0,16}})?"
                   rf"{_SP}*[）)】〕］＞>]?{_SP}*[。．]?$")
_LEGEND_WORD = re.compile(r"凡\s*例|記号|表記")
#: who asks at a press conference, as a note on the questions names them (Ｑは記者)
_REPORTERS = frozenset(("記者", "報道機関", "報道各社", "記者クラブ"))
#: the words a heading names the asking and the answering side by (質問は参加者、回答は建設課,
#: ＜質問：委員　回答：事務局＞), before what joins them to their group: the question's and the
#: answer's marks (問, 答), and every mark of that side (Ｑ, Q; Ａ, A) the lines below open with
_SIDES = {"質問": "問", "質問者": "問", "問い": "問", "回答": "答", "回答者": "答", "答え": "答", "答弁": "答", "答弁者": "答"}
_SIDE_WORD = re.compile("(?P<word>%s)" % "|".join(sorted(_SIDES, key=len, reverse=True)) + rf"(?={_SP}*(?:は|：|:|＝|=))")
_SIDE_HINT = re.compile("質問|回答|問い|答え|答弁")
_SIDE_MARKS = {"問": "ＱQ", "答": "ＡA"}


def is_mark(ch: str) -> bool:
    """Whether a character can be a legend's mark (any symbol, Ｑ/Ａ, 問/答; never ・).

    >>> [is_mark(c) for c in "◇◆⇒➡Ｑ答〇・＝あ"]
    [True, True, True, True, True, True, True, False, False, False]
    """
    return ch not in _NOT_MARKS and _MARK_RX.match(ch) is not None


def side_mark(label: str) -> str:
    """The mark a label of the asking or the answering side is under a legend: itself when one
    character (（問）, Ｑ：), the side's mark for its word (質問 → 問, 回答 → 答), else "".

    >>> [side_mark(t) for t in ("問", "Ａ", "質問", "回答者", "委員")]
    ['問', 'Ａ', '問', '答', '']
    """
    return label if len(label) == 1 else _SIDES.get(label, "")


def count_marks(text: str) -> int:
    """How many characters of ``text`` could be a legend's marks (a cheap test before parsing)."""
    return len(_MARK_RX.findall(text))


def might_hold(text: str) -> bool:
    """Whether ``text`` (a stripped line) may hold a legend or its first line (a cheap test
    before parsing): two marks, or one in a line of 12 characters or more (the rest on the
    next lines), or an abbreviation joined to its word (委＝委員, （会）会長)."""
    if len(text) < 5:
        return False
    n = count_marks(text)
    return n >= 2 or n == 1 and len(text) >= 12 or _ABBR_HINT.search(text) is not None


def _group(who: str, unit: str | None, roles: RoleTable) -> Speaker | None:
    """The speaker a legend's group word names: a group (anonymous: 委員, 事務局), a title
    one person holds (会長), a government by one character (市, 県: it answers for the
    executive, as ``parser.local_government`` reads 市：), the reporters at a press conference
    (記者: who asks there, ``press.py``), an office that answers (建設課: the government's), or
    None."""
    if len(who) == 1 and who in LOCAL_GOVERNMENTS:
        sp: Speaker | None = Speaker(who, "", who, "government")
    elif who in _REPORTERS:
        sp = Speaker(who, "", "記者", "other")
    else:
        sp = groups.group_speaker(who, roles, chair=True)
        if sp is None and 2 <= len(who) <= 16 and who[-1] in UNIT_HEAD and roles.office_word.search(who):
            sp = Speaker(who, "", who, "government")
    if sp is None or sp.name:
        return None  # a person (北川委員) is no group a mark stands for
    return Speaker(sp.label + unit, sp.name, sp.title, sp.role) if unit else sp


def parse_legend(text: str, roles: RoleTable) -> dict[str, Speaker]:
    """Which mark means which speaker, from a legend line; {} for any other line.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> def show(t): return {k: (v.label, v.role) for k, v in parse_legend(t, r).items()}
    >>> show("（◎は委員長、○は委員、●は事務局の発言）")
    {'◎': ('委員長', 'chair'), '○': ('委員', 'member'), '●': ('事務局', 'secretariat')}
    >>> show("※　◇は委員からの意見・質問、◆は市からの回答を示す。")
    {'◇': ('委員', 'member'), '◆': ('市', 'government')}
    >>> show("（凡例）　●：委員　　○：事務局（こども未来課）")
    {'●': ('委員', 'member'), '○': ('事務局（こども未来課）', 'secretariat')}
    >>> show("【凡例】Ｑ＝委員の質問　Ａ＝事務局の回答")
    {'Ｑ': ('委員', 'member'), 'Ａ': ('事務局', 'secretariat')}
    >>> show("（■は委員の発言、⇒は事務局の説明・回答。発言者の氏名は省略）")
    {'■': ('委員', 'member'), '⇒': ('事務局', 'secretariat')}
    >>> show("３．議  事（◎は委員長、○は委員、●は事務局の発言）")["●"]
    ('事務局', 'secretariat')
    >>> show("◎部会長、○副部会長"), show("○委員長　ただいまから会議を開きます。")
    ({}, {})
    """
    read = _SIDE_WORD.sub(lambda m: _SIDES[m["word"]], text) if _SIDE_HINT.search(text) else text
    found = _marks(read, roles)
    if not found and _ABBR_HINT.search(text):
        return _abbreviated(text, roles)
    if read is not text:  # 質問は参加者、回答は建設課: the words stood for the sides' marks
        for mark, others in _SIDE_MARKS.items():
            if mark in found:
                found.update((other, found[mark]) for other in others if other not in found)
    return found


def _marks(text: str, roles: RoleTable) -> dict[str, Speaker]:
    """``parse_legend`` of a text whose sides' words are marks already."""
    lead = _LEAD.match(text)
    pos = lead.end() if lead else 0
    found: dict[str, Speaker] = {}
    said = False
    for m in _PAIR.finditer(text, pos):
        if not _BETWEEN.match(text[pos:m.start()]) or m["mark"] in _NOT_MARKS:
            break
        sp = _group(m["who"], m["unit"], roles)
        if sp is None or m["mark"] in found:
            return {}
        found[m["mark"]] = sp
        said = said or m["said"] is not None
        pos = m.end()
    if len(found) < 2 or not _TAIL.match(text[pos:]):
        return {}
    if not (said or _LEGEND_WORD.search(text[:lead.end()] if lead else "")
            or any(sp.role in ("secretariat", "government") for sp in found.values())):
        return {}
    return found


#: a mark that is its group's abbreviation: a kanji or a few of the group's word (委 for 委員,
#: 事 for 事務局, 副 for 副会長, 委員長 for itself)
_ABBR = r"[\u4e00-\u9fff々]{1,3}"
_ABBR_OPEN, _ABBR_CLOSE = "（(〔［【", "）)〕］】"
#: a legend of abbreviations before its pairs: ※, a label that says what follows (（凡例）,
#: 発言者：, 略号), a bracket holding the pairs (not a boxed mark's)
_ABBR_LEAD = re.compile(
    rf"^{_SP}*(?:※{_SP}*)?(?:[（(【〔［＜<]?{_SP}*(?:凡{_SP}*例|記号|(?:発言者の)?(?:表記|略号|略称|略記)|発言者)"
    rf"[）)】〕］＞>]?{_SP}*[：:]?{_SP}*)?(?:[（(【〔［＜<](?={_ABBR}{_SP}*[＝=：:…]))?")
#: a pair of a legend of abbreviations: the mark boxed in brackets before its group (（会）会長,
#: 〔委〕委員) or bare before ＝, ：, … (委＝委員, 事：事務局), then the group as ``_PAIR`` reads it
_ABBR_PAIR = re.compile(
    rf"(?:(?P<boxed>[{_ABBR_OPEN}]{_ABBR}[{_ABBR_CLOSE}]){_SP}*|(?P<bare>{_ABBR}){_SP}*[＝=：:…]{_SP}*)"
    + _group_said("", _ABBR_OPEN))
#: a cheap test for a legend of abbreviations: a kanji boxed, or a kanji joined to its word
_ABBR_HINT = re.compile(rf"[{_ABBR_OPEN}]{_ABBR}[{_ABBR_CLOSE}]|{_ABBR}{_SP}*[＝=：:…]{_SP}*[\u4e00-\u9fff]")


def _abbreviated(text: str, roles: RoleTable) -> dict[str, Speaker]:
    """A legend whose marks are abbreviations of their groups (``委＝委員、事＝事務局、会＝会長``,
    ``（会）会長　（委）委員　（事）事務局``): each mark a kanji or two the group's word holds,
    as the legend writes it (a boxed mark with its brackets: the turns open with it so), two
    pairs or more, and what says it is a legend (as ``_marks``: a noun of speech, a 凡例 or
    発言者 label, a group of the secretariat or government); {} for any other line.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> def show(t): return {k: v.label for k, v in parse_legend(t, r).items()}
    >>> show("（凡例）委＝委員、事＝事務局、会＝会長"), show("発言者：（会）会長　（委）委員　（事）事務局")
    ({'委': '委員', '事': '事務局', '会': '会長'}, {'（会）': '会長', '（委）': '委員', '（事）': '事務局'})
    >>> show("〔部〕部会長の発言、〔委〕委員の発言"), show("市＝北川委員、県＝南委員"), show("会＝会長、委＝議長")
    ({'〔部〕': '部会長', '〔委〕': '委員'}, {}, {})
    """
    lead = _ABBR_LEAD.match(text)
    pos = lead.end() if lead else 0
    found: dict[str, Speaker] = {}
    said = False
    for m in _ABBR_PAIR.finditer(text, pos):
        if not _BETWEEN.match(text[pos:m.start()]):
            break
        mark = m["boxed"] or m["bare"]
        sp = _group(m["who"], m["unit"], roles)
        if sp is None or mark in found or not set(unboxed(mark)) <= set(m["who"]):
            return {}  # a person, a mark twice, or a mark that is no abbreviation of its group
        found[mark] = sp
        said = said or m["said"] is not None
        pos = m.end()
    if len(found) < 2 or not _TAIL.match(text[pos:]):
        return {}
    if not (said or (lead and lead.end()) or any(sp.role in ("secretariat", "government") for sp in found.values())):
        return {}
    return found


def unboxed(mark: str) -> str:
    """A mark without the brackets it is boxed in (（委） → 委; ◇ stays)."""
    return mark.strip(_ABBR_OPEN + _ABBR_CLOSE)


def opening_mark(text: str, legend: dict[str, Speaker]) -> str | None:
    """The mark of ``legend`` a line (stripped) opens with, or None: a symbol (◇…, Ｑ：…), a
    boxed abbreviation (（委）…), or a bare one apart from what follows by a space or a colon
    (委　…, 委：…; not 委員会の…, nor a label 会　場：… of the front matter).

    >>> legend = dict.fromkeys(("◇", "委", "（事）"), None)
    >>> [opening_mark(t, legend) for t in ("◇意見", "委　意見", "委：意見", "委員の意見", "（事）説明", "会　場：市役所")]
    ['◇', '委', '委', None, '（事）', None]
    """
    first = text[0]
    if first in legend:
        if is_mark(first):
            return first
        rest = text[1:2]
        return first if rest and rest in " \u3000：:" and not _SPACED_LABEL.match(text, 1) else None
    if first in _ABBR_OPEN:
        close = text.find(_ABBR_CLOSE[_ABBR_OPEN.index(first)], 2, 5)
        if close > 0 and (mark := text[:close + 1]) in legend:
            return mark
    return None


#: a spaced label of the front matter after a bare kanji (会　場：, 日　時 :)
_SPACED_LABEL = re.compile(rf"{_SP}*[\u4e00-\u9fff]{{1,3}}{_SP}*[：:]")


def read_legend(text: str, number: int, roles: RoleTable) -> Legend | None:
    """The legend a line holds (its text and line number kept for ``review``), or None."""
    marks = parse_legend(text, roles)
    return Legend(number, text, tuple(marks.items())) if marks else None


def legend_at_end(texts: list[str], roles: RoleTable, last: int = 12) -> tuple[int, dict[str, Speaker]] | None:
    """A legend written after the turns began, believed from the start: right after the first
    turns its marks lead (``after_first_turns``), or among the last ``last`` non-blank lines
    of a file (``※ 記号の意味　◇：委員　◆：事務局`` after the turns), as (its index, the marks),
    or None. Only lines that hold two marks are parsed."""
    return after_first_turns(texts, roles) or _among_last(texts, roles, last)


def _among_last(texts: list[str], roles: RoleTable, last: int) -> tuple[int, dict[str, Speaker]] | None:
    """The legend among the last lines, when a turn one of its marks leads stands above it
    (a short file's legend under its front matter is read where it stands)."""
    seen = 0
    for i in range(len(texts) - 1, -1, -1):
        t = texts[i].strip()
        if not t:
            continue
        seen += 1
        if seen > last:
            return None
        if len(_MARK_RX.findall(t)) >= 2 and (marks := parse_legend(t, roles)):
            return (i, marks) if _turn_above(texts[:i], marks) else None
    return None


#: a turn a mark leads: the mark, then a sentence (no label with a colon near its start:
#: ○日時：…, ○出席者：… are front matter a mark heads)
_TURN_AFTER_MARK = re.compile(r"^.[^：:]{0,9}(?:[^：:。]{0,200})。")


def after_first_turns(texts: list[str], roles: RoleTable, first: int = 60, before: int = 6
                      ) -> tuple[int, dict[str, Speaker]] | None:
    """The first legend of a file, among its first ``first`` lines, when one of the ``before``
    non-blank lines above it is a turn one of its marks leads (``◎ただいまから会議を開きます。``
    above ``（◎：会長、○：委員、●：事務局）``): the legend was written after the first turn and
    names its speaker too. (Its index, the marks), or None — also when the first legend has
    no such turn above it (a legend before the turns, read where it stands).

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> texts = ["会議録", "日時：令和６年８月２日", "", "◎ただいまから会議を開きます。", "（◎：会長、○：委員、●：事務局）",
    ...          "●資料を説明します。"]
    >>> after_first_turns(texts, r)[0]
    4
    >>> after_first_turns(texts[:3] + texts[4:], r), after_first_turns(["○日時：８月２日", *texts[4:]], r)
    (None, None)
    """
    for i, text in enumerate(texts[:first]):
        t = text.strip()
        if len(t) < 5 or len(_MARK_RX.findall(t)) < 2 or not (marks := parse_legend(t, roles)):
            continue
        return (i, marks) if _turn_above(texts[max(0, i - 3 * before):i], marks, before) else None
    return None


def _turn_above(texts: list[str], marks: dict[str, Speaker], last: int = 0) -> bool:
    """Whether one of the last ``last`` non-blank lines of ``texts`` (all with 0) is a turn
    one of ``marks`` leads."""
    above = [a for a in (t.strip() for t in texts) if a]
    return any(a[0] in marks and _TURN_AFTER_MARK.match(a) for a in above[-last:])


#: the heading of a table of marks: the marks' column (記号, マーク, 凡例), maybe the meaning's
_TABLE_HEAD = re.compile(rf"^(?:記{_SP}*号|マーク|凡{_SP}*例)(?:{_SP}*(?:の意味|意味|内容|説明|発言者|区分))?$")
_TABLE_WORDS = re.compile(rf"{_SP}+")
_MEANING = frozenset(("意味", "内容", "説明", "発言者", "区分"))


def table_head(text: str) -> bool:
    """The heading row of a table of marks (``記号　意味``, or ``記号`` alone: a Word cell).

    >>> [table_head(t) for t in ("記号　意味", "記号", "マーク 発言者", "記号の意味　◇：委員", "記号を付す。")]
    [True, True, True, False, False]
    """
    return len(text) <= 12 and _TABLE_HEAD.match(text) is not None


def table_legend(texts: list[str], roles: RoleTable) -> tuple[str, int, dict[str, Speaker]] | None:
    """A legend printed as a table (``texts``: its lines from the heading row, "" for a rule
    or a blank line): a mark and its group a row (on one line, or a cell a line as Word gives
    it), two rows or more. Its text as a legend reads (``記号　◇：委員の意見・質問、◆：事務局の
    回答``), the index of its last row's line, and the marks; None for any other lines.

    >>> from assembler.minutes.roles import load_roles
    >>> text, last, marks = table_legend(["記号　意味", "", "◇　委員の意見・質問", "", "◆　事務局の回答", "",
    ...                                   "１　議事"], load_roles())
    >>> text, last, sorted((m, sp.role) for m, sp in marks.items())
    ('記号　◇：委員の意見・質問、◆：事務局の回答', 4, [('◆', 'secretariat'), ('◇', 'member')])
    >>> table_legend(["記号", "意味", "◇", "委員", "", "◆", "事務局"], load_roles())[1]
    6
    >>> table_legend(["記号　意味", "◇　資料１", "◆　資料２"], load_roles()) is None
    True
    """
    tokens = [(w, k) for k, t in enumerate(texts[:40]) for w in _TABLE_WORDS.split(t.strip()) if w]
    if not tokens or not _TABLE_HEAD.match(tokens[0][0]):
        return None
    at = 2 if len(tokens) > 1 and tokens[1][0] in _MEANING else 1
    pairs: list[tuple[str, str]] = []
    last = -1
    while at + 1 < len(tokens) and len(mark := tokens[at][0]) == 1 and is_mark(mark) and not is_mark(tokens[at + 1][0][0]):
        pairs.append((mark, tokens[at + 1][0]))
        last = tokens[at + 1][1]
        at += 2
    if len(pairs) < 2:
        return None
    text = "記号\u3000" + "、".join(f"{m}：{g}" for m, g in pairs)
    marks = parse_legend(text, roles)
    return (text, last, marks) if len(marks) == len(pairs) else None
