"""A producer's layer around every line of a record, taken off before the record is read.

Minutes reach a secretariat inside things that add characters to each line. Where a layer is
found is a question about the whole file (most of its lines carry it), asked once per file
behind a gate that costs nothing on a file without it; the record under the layer is then read
as the plain one is, each line keeping its number (the file's, ``cat -n``'s) and the layer's
characters accounted for in the file's ``readings`` (what was taken off, over which lines).

- **Line numbers in the margin** (``margin_numbers``; a 議会's 速記録 printed with a number
  column: ``  1  ◯千葉委員　公民館の…``, `` 25  を開催する…``, restarting at 1 on each page or running
  through the file): the number and the gap after it are furniture of their line.
"""
from __future__ import annotations

import re

from ..i18n import N_
from ..model import Line, SpeakerReading

#: a line's number in a column at its left: right-aligned digits, then a gap (or nothing: a
#: numbered blank line)
_NUMBERED = re.compile(r"( *)([0-9]{1,4})(?: +|$)")
_SAMPLE = 12  # the gate: the first lines with text looked at
_LEAST_SHARE = 0.6  # of the lines with text that carry a number in sequence
_NUMBERS_READ = N_("line numbers in the margin (a number column on every line, counting up, "
                   "restarting on a page or not): taken off each line as furniture of its line, "
                   "the record under them read as it stands")


def take_off(lines: tuple[Line, ...], text: str) -> tuple[tuple[Line, ...], tuple[SpeakerReading, ...]]:
    """The lines without the producer's layer they carry (``text``: the file's, for the gates),
    and the evidence of what was taken off (none: the lines as given, no readings)."""
    found = None
    if _numbered_start(lines):
        found = margin_numbers(lines)
    if found is None and (">" in text or "＞" in text) and len(_QUOTED_AT.findall(text)) >= _LEAST_QUOTED:
        found = mail_quote(lines)
    # one character a find (a two-character one scans a Japanese text ~100× slower: 650 µs on the seed ×20)
    if found is None and "#" in text and ("*" in text or "_" in text) and _marked_down(text):
        found = markdown(lines)
    return found or (lines, ())


def _numbered_start(lines: tuple[Line, ...]) -> bool:
    """The gate: half the first lines with text open with a digit after spaces at most."""
    seen = digits = 0
    for line in lines:
        t = line.text.lstrip(" ")
        if not t:
            continue
        seen += 1
        digits += t[0] in "0123456789"
        if seen == _SAMPLE:
            break
    return seen > 0 and digits * 2 >= seen


def margin_numbers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], tuple[SpeakerReading, ...]] | None:
    """A column of line numbers at the left of the file's lines taken off: a line's number is
    the column's when it follows the number above it in the column (by one, or up to three
    where lines were lost) or starts it again at 1 (a page); the gap after it is the column's
    (the narrowest gap of the file: a wider one keeps the rest as the line's indent). None when
    fewer than six tenths of the lines with text carry such a number (a numbered list, a page
    number is no column).

    >>> got, why = margin_numbers((Line("  1  ◯千葉委員長　開会します。", 1), Line("  2  す。", 2),
    ...                            Line("－ 1 －", 3), Line("  1  ◯森委員　　伺います。", 4)))
    >>> [l.text for l in got], [(r.first, r.last, r.labels) for r in why]
    (['◯千葉委員長\u3000開会します。', 'す。', '－ 1 －', '◯森委員\u3000\u3000伺います。'], [(1, 4, 3)])
    """
    prev: int | None = None
    cut: dict[int, tuple[int, int]] = {}  # index → (end of the number, end of the gap)
    texts = 0
    for k, line in enumerate(lines):
        t = line.text
        if not t.strip():
            continue
        texts += 1
        m = _NUMBERED.match(t)
        if m is None:
            continue
        n = int(m.group(2))
        if prev is None or n == 1 or prev < n <= prev + 3:
            prev = n
            cut[k] = (m.end(2), m.end())
    if len(cut) < 2 or len(cut) < _LEAST_SHARE * texts:
        return None
    gap = min((end - num for num, end in cut.values() if end > num), default=0)
    out = []
    for k, line in enumerate(lines):
        if k in cut:
            num, end = cut[k]
            line = Line(line.text[min(num + gap, end):], line.number, line.page, line.cue)
        out.append(line)
    numbered = [lines[k].number for k in cut]
    return tuple(out), (SpeakerReading(numbered[0], numbered[-1], len(numbered), False, _NUMBERS_READ),)


#: the quote marks a mailer puts before each line (``> ``, ``>>``, ``> > ``, ``＞``), spaces before
_QUOTE = re.compile(r"[ \u3000]*(?:[>＞][ \u3000]?)+")
#: a mail's header field (English or Japanese mailers) or the line a forward starts with
_MAIL_HEAD = re.compile(r"[ \u3000]*(?:(?:From|Sent|Date|To|Cc|CC|Bcc|Subject|差出人|送信者|送信日時|日付|"
                        r"宛先|件名|CC|ＣＣ)[ \u3000]*[:：]|-{2,}[ \u3000]*(?:Original Message|Forwarded message|"
                        r"転送メッセージ|元のメッセージ)[ \u3000]*-{2,})", re.IGNORECASE)
_LEAST_QUOTED = 8  # lines of the quote at least
_QUOTED_AT = re.compile(r"^[ \u3000]*[>＞]", re.MULTILINE)  # the gate: a line that opens with a quote mark
_QUOTED_SHARE = 0.8  # of the lines with text from the quote's first line to its last
_MAIL_READ = N_("an e-mail that forwards the minutes (the record quoted with > on every line): the quote "
                "marks taken off each line as furniture of its line, the mail's header, note and signature "
                "around the quote furniture, a line left unquoted inside it a note, never speech")


def mail_quote(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], tuple[SpeakerReading, ...]] | None:
    """The record an e-mail forwards quoted, read under its quote marks: the quote runs from the
    first quoted line to the last and holds eight of them at least, eight tenths of its lines with
    text quoted (a mark or two leading a line of minutes is no quote). The lines before and after
    it and the mail's header fields at its top are furniture (``field``), a line with text left
    unquoted inside it a note (``note``). None when there is no such quote.

    >>> got, why = mail_quote(tuple(Line(t, k) for k, t in enumerate(
    ...     ["件名: 議事録", ""] + ["> ○会長 開会します。"] * 7 + ["【注】確認中", ">", "＞○委員 賛成です。", "--"], 1)))
    >>> [(l.text, l.cue) for l in got[1:]][1::4], (why[0].first, why[0].last, why[0].labels)
    ([('○会長 開会します。', None), ('○会長 開会します。', None), ('', None)], (3, 12, 9))
    >>> [(l.text, l.cue) for l in got if l.cue]
    [('件名: 議事録', 'field'), ('【注】確認中', 'note'), ('--', 'field')]
    """
    quoted = [k for k, line in enumerate(lines) if (m := _QUOTE.match(line.text)) is not None and m.end()
              and line.text.lstrip(" \u3000")[:1] in ">＞"]
    if len(quoted) < _LEAST_QUOTED:
        return None
    first, last = quoted[0], quoted[-1]
    texts = sum(1 for line in lines[first:last + 1] if line.text.strip())
    if len(quoted) < _QUOTED_SHARE * texts:
        return None
    inside = frozenset(quoted)
    out = []
    head = True  # the mail's header fields at the quote's top (a forward's From:, Subject:)
    for k, line in enumerate(lines):
        t = line.text
        if k in inside:
            t = t[_QUOTE.match(t).end():]  # type: ignore[union-attr]
            cue = line.cue
            if t.strip():
                if head and _MAIL_HEAD.match(t):
                    cue = "field"
                else:
                    head = False
        elif not t.strip():
            cue = line.cue
        else:
            cue = "field" if k < first or k > last else "note"
        out.append(Line(t, line.number, line.page, cue))
    return tuple(out), (SpeakerReading(lines[first].number, lines[last].number, len(quoted), False, _MAIL_READ),)


_MD_HEAD = re.compile(r"^[ \t]*#{1,6}[ \t]", re.MULTILINE)  # an ATX heading
_MD_BOLD_LEAD = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)[^*_\n]+(?:\*\*|__)", re.MULTILINE)  # **label**
_MD_LEAST_BOLD = 3  # lines that open with bold words (labels, the front's fields) at least
_MD_HEAD_LINE = re.compile(r"[ \t]*#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_MD_RULE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*")
_MD_TASK = re.compile(r"([ \t]*)[-*+][ \t]+\[[ xX]\][ \t]+")
_MD_BULLET = re.compile(r"([ \t]*)[-*+][ \t]+")
_MD_QUOTE = re.compile(r"[ \t]*>[ \t]?")
_MD_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
#: words in bold that open the line before a colon (``**杉浦委員**：``, ``__3班長__: ``): a label maybe
_MD_BOLD_LABEL = re.compile(r"[ \t]*(\*\*|__)(?=\S)[^*_\n：:]{1,30}(?<=\S)\1[ \t]*[：:]")
_MD_BOLD_LABEL_LINE = re.compile(r"^(?:[ \t]*[-*+](?=[ \t]))?" + _MD_BOLD_LABEL.pattern, re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")
_MARKDOWN_READ = N_("a Markdown note (# heads, **label**: turns, - bullets, --- rules): the markup taken off "
                    "each line as furniture of its line, the labels in bold read as labels, the rules as breaks")


def _marked_down(text: str) -> bool:
    """The gate's second look: a heading marked ``#`` and three lines at least opening with words in
    bold (``**事務局**：…``, ``- **日時**: …``)."""
    return _MD_HEAD.search(text) is not None and len(_MD_BOLD_LEAD.findall(text)) >= _MD_LEAST_BOLD


def labelled_note(text: str) -> bool:
    """A Markdown note of minutes (a folder's ``.md`` is read when so): the gate's form (a ``#`` heading,
    three lines opening with bold words) whose bold words open three lines at least before a colon, as
    the labels of its turns do (``**事務局**：…``, ``__3班長__: …``).

    >>> labelled_note("# 第1回 役員会\\n__会長__：始めます。\\n**3班長**: はい。\\n- **会計**：報告します。\\n")
    True
    >>> labelled_note("# README\\n- **Install**\\n- **Usage**\\n- **License**\\nSee the docs.\\n")
    False
    """
    return _marked_down(text) and len(_MD_BOLD_LABEL_LINE.findall(text)) >= _MD_LEAST_BOLD


def markdown(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], tuple[SpeakerReading, ...]] | None:
    """A Markdown note's lines without their markup (see the module's docstring), each keeping its
    number; None when no line carries any.

    >>> got, why = markdown((Line("# 第1回 協議会", 1), Line("- **日時**: 5月1日", 2), Line("---", 3),
    ...                      Line("**会長**：開会します。", 4), Line("- **田中委員**: [資料](a.pdf)のとおり。", 5),
    ...                      Line("- [ ] 次回日程", 6), Line("> ※要旨", 7)))
    >>> [(l.text, l.cue) for l in got]  # doctest: +NORMALIZE_WHITESPACE
    [('第1回 協議会', None), ('日時: 5月1日', 'mdlabel'), ('---', 'rule'), ('会長：開会します。', 'mdlabel'),
     ('田中委員: 資料のとおり。', 'mdlabel'), ('・次回日程', 'summary'), ('※要旨', None)]
    >>> (why[0].first, why[0].last, why[0].labels)
    (1, 7, 7)
    """
    out: list[Line] = []
    marked = []
    for line in lines:
        t = line.text
        cue = line.cue
        if (m := _MD_HEAD_LINE.fullmatch(t)) is not None:
            t, cue = m.group(1), "mdhead"  # known while the lines are read: a task list's heading
        elif _MD_RULE.fullmatch(t):
            cue = "rule"
        elif (m := _MD_TASK.match(t)) is not None:
            # a task list (- [ ] …): what is to be done after the meeting, no one's words — the
            # turns are over (cue summary: the record's narrative), the heading right above it too
            t, cue = m.group(1) + "・" + t[m.end():], "summary"
            _head_of_list(out)
        elif (m := _MD_BULLET.match(t)) is not None:
            rest = t[m.end():]
            # a bold label's bullet is layout alone: the label opens the line
            t = rest if rest.startswith(("**", "__")) else m.group(1) + "・" + rest
        elif (m := _MD_QUOTE.match(t)) is not None:
            t = t[m.end():]
        if "**" in t or "__" in t:
            if cue is None and _MD_BOLD_LABEL.match(t):
                cue = "mdlabel"  # __3班長__：… — the bold words before a colon may be the turn's label
            t = _MD_BOLD.sub(lambda b: b.group(1) or b.group(2), t)
        if "](" in t:
            t = _MD_LINK.sub(r"\1", t)
        if t != line.text or cue != line.cue:
            marked.append(line.number)
            line = Line(t, line.number, line.page, cue)
        out.append(line)
    if not marked:
        return None
    out = [Line(l.text, l.number, l.page, None) if l.cue == "mdhead" else l for l in out]
    return tuple(out), (SpeakerReading(marked[0], marked[-1], len(marked), False, _MARKDOWN_READ),)


def _head_of_list(out: list[Line]) -> None:
    """The heading right above a task list (blank lines between), a heading of what is to be done
    (## TODO, ## 今後の対応): cued ``summary`` with the list."""
    k = len(out) - 1
    while k >= 0 and not out[k].text.strip():
        k -= 1
    if k >= 0 and out[k].cue == "mdhead":
        out[k] = Line(out[k].text, out[k].number, out[k].page, "summary")
