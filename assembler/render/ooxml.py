"""A thin text layer for WordprocessingML bodies: paragraphs, runs, bookmarks, links, fields.

python-docx's per-paragraph API is quadratic on large documents (``add_paragraph`` took
1.5 / 5.6 / 22.5 s at 10k / 20k / 40k paragraphs, python-docx issue #408); this appends
elements directly. One id counter serves bookmarks and tracked insertions.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable

from lxml import etree

from assembler.docx.ooxml import W_NS, WORD_JOINER
from assembler.texts import INS_END, INS_START



_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: What ``clean`` removes or ``escape`` replaces: most text has none of it.
_SPECIAL = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_MARKED = re.compile(f"{INS_START}(.*?){INS_END}", re.S)


def clean(text: str) -> str:
    """Drop characters XML cannot hold (control characters from a pasted source)."""
    return _NOT_XML.sub("", text)


def split_marked(text: str) -> list[tuple[str, bool]]:
    """Split template output into (text, inserted) pieces at the ins-filter markers.

    >>> split_marked("（A〔2\\ue000・3\\ue001〕）")
    [('（A〔2', False), ('・3', True), ('〕）', False)]
    """
    if INS_START not in text and INS_END not in text:  # most text: nothing marked
        return [(clean(text), False)] if text else []
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _MARKED.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        if m.group(1):
            out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return [(clean(s).replace(INS_START, "").replace(INS_END, ""), new) for s, new in out]


#: A line may still break after these inside a kept unit: between the speakers of a
#: citation （Ａ委員〔第２回〕、Ｂ委員〔第３回〕）, at spaces and line breaks.
BREAK_AFTER = "、，, \u3000\n"
#: ``loose`` units (a name or file name wider than its column) may also break after these,
#: and before an opening bracket (never inside a word: 「infra-council-/02.txt」).
LOOSE_AFTER = "・/_"
LOOSE_BEFORE = "（(〔［["
#: (after which, before which) no joiner goes, strict and loose.
_NO_JOIN = {loose: (BREAK_AFTER + (LOOSE_AFTER if loose else ""), "\n" + (LOOSE_BEFORE if loose else ""))
            for loose in (False, True)}


def _joined(text: str, loose: bool) -> str:
    """``text`` with a word joiner between every two characters except after one of
    BREAK_AFTER or before a line feed (loose: also after LOOSE_AFTER, before LOOSE_BEFORE):
    joiners between all, then those taken out again (str methods: a regular expression
    that stops at every character was the appendix's slowest step)."""
    out = WORD_JOINER.join(text)
    after, before = _NO_JOIN[loose]
    for ch in after:
        if ch in text:
            out = out.replace(ch + WORD_JOINER, ch)
    for ch in before:
        if ch in text:
            out = out.replace(WORD_JOINER + ch, ch)
    return out


#: Text no line can break inside (letters, digits, underscores: an id).
_UNBREAKABLE = re.compile(r"[A-Za-z0-9_]+")


def keep_text(text: str, *, loose: bool = False) -> str:
    """``keep_together`` of one piece of text: its characters joined (an id as it is).

    >>> keep_text("第２回・第３回").replace("\u2060", "|"), keep_text("m02_0f9244")
    ('第|２|回|・|第|３|回', 'm02_0f9244')
    """
    return text if _UNBREAKABLE.fullmatch(text) else _joined(text, loose)


def keep_together(pieces: list[tuple[str, str | None]], *, loose: bool = False
                  ) -> list[tuple[str, str | None]]:
    """(text, state) pieces with a word joiner before every character that follows another,
    except after BREAK_AFTER (and, ``loose``, the sensible places of LOOSE_AFTER and
    LOOSE_BEFORE): the whole reads as one unbreakable unit. The joiner goes into the piece of
    the character it precedes (an inserted part carries its own).

    >>> keep_together([("（Ａ〔２", None), ("・３", "ins"), ("〕、Ｂ）", None)])[1]
    ('\u2060・\u2060３', 'ins')
    >>> "".join(t for t, _ in keep_together([("Ａ、Ｂ", None)])).replace("\u2060", "|")
    'Ａ|、Ｂ'
    >>> keep_together([("council_02-a.txt", None)], loose=True)[0][0].replace("\u2060", "|")
    'c|o|u|n|c|i|l|_0|2|-|a|.|t|x|t'
    >>> keep_together([("ab（d）", None)], loose=True)[0][0].replace("\u2060", "|")
    'a|b（|d|）'
    """
    if _UNBREAKABLE.fullmatch("".join(text for text, _ in pieces)):
        return list(pieces)  # an id: no line breaks inside it anyway, no joiners
    before = LOOSE_BEFORE if loose else ""
    out: list[tuple[str, str | None]] = []
    prev: str | None = None  # the last character of the text so far
    for text, state in pieces:
        if not text:
            out.append((text, state))
            continue
        joined = _joined(text, loose)
        if prev is not None and prev not in BREAK_AFTER + (LOOSE_AFTER if loose else "") \
                and text[0] != "\n" and text[0] not in before:
            joined = WORD_JOINER + joined
        out.append((joined, state))
        prev = text[-1]
    return out


#: Brackets whose content stays on one line (a citation's meeting label 〔第２回・第３回〕), and
#: what may follow a closing one without a break.
_KEPT_OPEN, _KEPT_CLOSE = "〔［", "〕］"
_CLOSERS = "）)」』】〕］、。，．,."
#: A label not nested, with the closing punctuation after it; any bracket left outside
#: such labels (nested, unbalanced) takes the character-by-character way.
_KEPT_LABEL = re.compile(f"[{_KEPT_OPEN}][^{_KEPT_OPEN}{_KEPT_CLOSE}]*[{_KEPT_CLOSE}][{re.escape(_CLOSERS)}]*")
_KEPT_ANY = re.compile(f"[{_KEPT_OPEN}{_KEPT_CLOSE}]")


def _join_label(m: "re.Match[str]") -> str:
    """A label with a joiner before each character after its opening bracket."""
    label = m.group(0)
    return label[0] + "".join(WORD_JOINER + ch for ch in label[1:])


def keep_brackets(pieces: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """(text, state) pieces with a word joiner before every character inside a bracketed
    label 〔…〕 (its closing bracket included) and before closing punctuation right after it:
    the label never breaks, while the text around it (a speaker's name) wraps like any
    Japanese text. Keeping a whole citation （和泉内閣総理大臣補佐官〔第２回〕） together
    instead leaves the line before it spread out across the width (justified text).

    >>> "".join(t for t, _ in keep_brackets([("（Ａ委員〔第２", None), ("・３", "ins"),
    ...                                       ("〕）", None)])).replace("⁠", "|")
    '（Ａ委員〔|第|２|・|３|〕|）'
    """
    if len(pieces) == 1:  # the usual citation: one piece, its labels not nested
        text, state = pieces[0]
        if _KEPT_ANY.search(_KEPT_LABEL.sub("", text)) is None:
            return [(_KEPT_LABEL.sub(_join_label, text), state)]
    out: list[tuple[str, str | None]] = []
    depth, after_close = 0, False
    for text, state in pieces:
        chars = []
        for ch in text:
            if depth or (after_close and ch in _CLOSERS):
                chars.append(WORD_JOINER)
            chars.append(ch)
            if ch in _KEPT_OPEN:
                depth += 1
            elif ch in _KEPT_CLOSE and depth:
                depth -= 1
                after_close = not depth
                continue
            after_close = after_close and ch in _CLOSERS
        out.append(("".join(chars), state))
    return out


#: Run properties of a kept unit. LibreOffice breaks Japanese text with its own CJK rules,
#: which ignore the word joiner; text whose East Asian language is zxx ("no linguistic
#: content") is broken by the Unicode rules, which honour it. No proofing either: these are
#: names, ids and file names.
NOBREAK_RPR = '<w:noProof/><w:lang w:eastAsia="zxx"/>'


def escape(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def run_xml(text: str, rstyle: str | None = None, *, nobreak: bool = False) -> str:
    """One run of text (cleaned and escaped); newlines become w:br; ``nobreak``: the run
    properties of a kept unit (see keep_together).

    >>> run_xml("a<b|c".replace("|", chr(10)))
    '<w:r><w:t xml:space="preserve">a&lt;b</w:t><w:br/><w:t xml:space="preserve">c</w:t></w:r>'
    """
    if not text:
        return ""
    body = escape(clean(text)) if _SPECIAL.search(text) else text  # neither touches a line feed
    if "\n" in body:
        body = body.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    return f'<w:r>{_rpr(rstyle, nobreak) if rstyle or nobreak else ""}<w:t xml:space="preserve">{body}</w:t></w:r>'


@functools.lru_cache(maxsize=64)
def _rpr(rstyle: str | None, nobreak: bool) -> str:
    """The run properties of run_xml (a few styles, made once each)."""
    rpr = f'<w:rStyle w:val="{escape(rstyle, True)}"/>' if rstyle else ""
    if nobreak:
        rpr += NOBREAK_RPR
    return f"<w:rPr>{rpr}</w:rPr>" if rpr else ""


class Writer:
    """Collects body XML as text and parses it once into its parent (flush), or hands it
    on in chunks to a ``sink`` (a zip member being written).

    Building strings and parsing once is several times faster than an lxml call per
    element. ``revision`` is (author, ISO date) for tracked insertions, or None.
    """

    def __init__(self, revision: tuple[str, str] | None, *,
                 sink: Callable[[str], None] | None = None, chunk: int = 2000,
                 check: Callable[[str], None] | None = None) -> None:
        self.revision = revision
        self.parts: list[str] = []
        self._ids = itertools.count(1)
        self._sink = sink  # if given, every ``chunk`` pieces are handed to it as one string
        self._chunk = chunk
        # if given, the well-formedness check: handed what the sink is, except that a
        # composed piece (``append_composed``) is handed only its new parts
        self._check = check
        self._checked: list[str] = []

    def next_id(self) -> str:
        return str(next(self._ids))

    def _ins_open(self, tag: str = "ins") -> str:
        assert self.revision is not None, "a tracked change needs the revision (callers check it)"
        author, date = self.revision
        return f'<w:{tag} w:id="{self.next_id()}" w:author="{escape(author, True)}" w:date="{date}">'

    def mark(self, state: str | None) -> str:
        """A tracked-change element for a paragraph mark or row (``ins``/``del``), or ''."""
        if not state or not self.revision:
            return ""
        return self._ins_open(state)[:-1] + "/>"

    def tracked(self, pieces: Iterable[tuple[str, str | None]], rstyle: str | None = None, *,
                nobreak: bool | str = False, loose: bool = False, props: bool = True) -> str:
        """Runs for (text, None | 'ins' | 'del') pieces; deleted text is w:delText in w:del.
        ``nobreak``: the pieces are one unit kept on one line where it fits (keep_together;
        ``"brackets"``: only their bracketed labels, keep_brackets),
        with NOBREAK_RPR on every run unless ``props`` is false (the paragraph's style has them)."""
        if nobreak == "brackets":
            pieces = keep_brackets(list(pieces))
        elif nobreak:
            pieces = keep_together(list(pieces), loose=loose)
        out = []
        for piece, state in pieces:
            if not piece:
                continue
            run = run_xml(piece, rstyle, nobreak=bool(nobreak) and props)
            if state == "del" and self.revision:
                out.append(f"{self._ins_open('del')}"
                           f"{run.replace('<w:t ', '<w:delText ').replace('</w:t>', '</w:delText>')}"
                           "</w:del>")
            elif state == "ins" and self.revision:
                out.append(f"{self._ins_open()}{run}</w:ins>")
            else:
                out.append(run)
        return "".join(out)

    def append(self, xml: str) -> None:
        self.parts.append(xml)
        if self._check is not None:
            self._checked.append(xml)
        if self._sink is not None and len(self.parts) >= self._chunk:
            self.drain()

    def append_composed(self, xml: str, new: list[str]) -> None:
        """Append ``xml`` made by filling a checked template's slots (element content) with
        pieces each of which is checked once: those of ``new`` are handed to the check now,
        the others were before (see ``check_only``). Well-formed pieces in the content slots
        of a well-formed template make well-formed XML, so the check reads the new pieces
        only (the appendix rows: 0.7 CPU-s less at 100k points)."""
        self.parts.append(xml)
        if self._check is not None:
            self._checked.extend(new)
        if self._sink is not None and len(self.parts) >= self._chunk:
            self.drain()

    def check_only(self, xml: str) -> None:
        """Hand ``xml`` (a template with its slots empty, a piece made once and used many
        times) to the check, not to the sink."""
        if self._check is not None:
            self._checked.append(xml)

    def drain(self) -> None:
        """Hand what was collected to the sink (streaming: the body is never whole in memory)."""
        if self.parts and self._sink is not None:
            self._sink("".join(self.parts))
            self.parts = []
        if self._checked and self._check is not None:
            self._check("".join(self._checked))
            self._checked = []

    def ppr(self, style: str, *, inserted: bool = False, page_break: bool = False,
            before: int | None = None, mark: str | None = None, sect: str = "") -> str:
        """pPr: style, page break, spacing, a tracked paragraph mark (``mark`` ins/del, or
        ``inserted``), then a section's properties."""
        x = f'<w:pPr><w:pStyle w:val="{escape(style, True)}"/>'
        if page_break:
            x += "<w:pageBreakBefore/>"
        if before is not None:
            x += f'<w:spacing w:before="{before}"/>'
        tracked = self.mark(mark or ("ins" if inserted else None))
        if tracked:
            x += f"<w:rPr>{tracked}</w:rPr>"
        return x + sect + "</w:pPr>"

    def paragraph(self, style: str, text: str = "", *, inserted: bool = False,
                  page_break: bool = False, before: int | None = None, content: str = "") -> None:
        """A paragraph of one style; inserted marks the paragraph mark and text as new."""
        self.append(f"<w:p>{self.ppr(style, inserted=inserted, page_break=page_break, before=before)}"
                          f"{self.runs(text, inserted=inserted) if text else ''}{content}</w:p>")

    def runs(self, text: str, *, inserted: bool = False, rstyle: str | None = None) -> str:
        """Runs for text; pieces marked by the ins filter (or all, if inserted) are tracked."""
        pieces = split_marked(text)
        if inserted:
            pieces = [("".join(piece for piece, _ in pieces), True)]
        out = []
        for piece, new in pieces:
            if not piece:
                continue
            if (new or inserted) and self.revision:
                out.append(f"{self._ins_open()}{run_xml(piece, rstyle)}</w:ins>")
            else:
                out.append(run_xml(piece, rstyle))
        return "".join(out)

    def bookmark(self, name: str, inner: str) -> str:
        bid = self.next_id()
        return (f'<w:bookmarkStart w:id="{bid}" w:name="{escape(name, True)}"/>{inner}'
                f'<w:bookmarkEnd w:id="{bid}"/>')

    def link(self, anchor: str, text: str, *, inserted: bool = False, rstyle: str | None = None) -> str:
        """An internal hyperlink to a bookmark (the ins pieces go inside the link)."""
        return (f'<w:hyperlink w:anchor="{escape(anchor, True)}" w:history="1">'
                f"{self.runs(text, inserted=inserted, rstyle=rstyle)}</w:hyperlink>")

    @staticmethod
    def field(instruction: str, placeholder: str, *, dirty: bool = False) -> str:
        """A complex field (begin, instruction, separate, placeholder, end)."""
        d = ' w:dirty="true"' if dirty else ""
        return (f'<w:r><w:fldChar w:fldCharType="begin"{d}/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run_xml(placeholder)}'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def xml(self) -> str:
        """Everything collected, as one string (then forgotten)."""
        out, self.parts = "".join(self.parts), []
        return out

    def flush(self, parent: etree._Element) -> None:
        """Parse what was collected and append it to parent (children moved, not the root)."""
        if not self.parts:
            return
        root = etree.fromstring(f'<w:root xmlns:w="{W_NS}">{"".join(self.parts)}</w:root>')
        self.parts = []
        parent.extend(list(root))
