"""Text an extractor spelled out a character at a time (issue 10, survey of national bodies).

Some PDFs place every character on its own — 一太郎's justified lines, Word's 均等割り付け,
forms printed from spreadsheets — and pdftotext (or a viewer's copy) gives each character back
with a space after it::

    ○ 石 田 座 長 　 本 日 は 地 域 交 通 の 再 構 築 に つ い て 議 論 す る 。
    【 宮 川 管 理 官 】   資 料 １ に 基 づ き 御 説 明 い た し ま す 。

Read as written no label is a speaker's (``○ 石`` names nobody, a bracket holds ``宮 川 管 理
官``), the title and the date are not read, and every point's text is spelled apart: such a file
was refused outright or read with its words in pieces. The PDF reader removes the spaces an
extractor inserts inside words (``ingest/pdf.py``); ``unspace`` does the same for the text
pdftotext gives, before the parse, when the file is spelled so: most of its lines (three in
five of those holding two Japanese characters side by side or apart) set their Japanese
characters apart more often than side by side. Then in each line so spelled a single space
between two characters goes (not between two Latin words or numbers: ``OECD 報告`` keeps its
space, ``A 委 員`` none), and a wider gap — a full-width space, or two ASCII spaces or more,
as the extractor renders the gap the file drew (``座 長 　 本 日``, ``】   資 料``) — is one
full-width space, the gap a label and its speech have. A line's indent is kept. Line
numbers are the file's; nothing else changes.

The cheap test is the share of spaces in the file's text: a file spelled apart has one
space a character or nearly; below one in four nothing is read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import SourceText

#: a Japanese character (kana, kanji, the full-width forms and punctuation): not ASCII, no space
_J = r"[^\x00-\x7f\s\u3000]"
_APART = re.compile(rf"{_J} (?={_J})")
_TOGETHER = re.compile(rf"{_J}(?={_J})")
#: a run of spaces inside a line: one ASCII space, or a gap (a full-width space among them,
#: or two or more)
_RUN = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
#: the share of spaces in the text below which no file is spelled apart (one in four characters)
_SPACE_SHARE = 4
#: the share of a file's Japanese lines spelled apart for the file to be read so (three in five)
_LINES_NUM, _LINES_DEN = 3, 5


def unspace(src: SourceText, texts: list[str], joined: str | None = None) -> tuple[SourceText, list[str]]:
    """The file with the spaces an extractor put between its characters taken out (see the
    module), and its lines' texts (``texts`` as given when the file is not spelled apart).

    >>> from assembler.model import Line
    >>> texts = ["第 ４ 回 検 討 会 議 事 要 旨", "○ 石 田 座 長 　 本 日 は 議 論 す る 。",
    ...          "【 宮 川 管 理 官 】   資 料 １ に 基 づ き O E C D の 報 告 を 説 明 す る 。", "以 上"]
    >>> src = SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1)))
    >>> unspace(src, texts)[1]
    ['第４回検討会議事要旨', '○石田座長\u3000本日は議論する。', '【宮川管理官】\u3000資料１に基づきO E C Dの報告を説明する。', '以上']
    >>> unspace(src, ["○石田座長　本日は議論する。", "以 上"])[1]
    ['○石田座長　本日は議論する。', '以 上']
    """
    text = joined if joined is not None else "\n".join(texts)
    if text.count(" ") * _SPACE_SHARE < len(text):
        return src, texts
    apart = [_spelled_apart(t) for t in texts]
    japanese = sum(1 for a in apart if a is not None)
    spelled = sum(1 for a in apart if a)
    if not spelled or spelled * _LINES_DEN < japanese * _LINES_NUM:
        return src, texts
    lines, texts = list(src.lines), list(texts)
    for k, a in enumerate(apart):
        if a:
            texts[k] = _joined(texts[k])
            lines[k] = replace(lines[k], text=texts[k])
    return replace(src, lines=tuple(lines)), texts


def _spelled_apart(text: str) -> bool | None:
    """The line sets its Japanese characters apart more often than side by side (True), or
    not (False); None when it holds no two Japanese characters either way."""
    apart = len(_APART.findall(text))
    together = len(_TOGETHER.findall(text))
    if not apart and not together:
        return None
    return apart > together


def _joined(text: str) -> str:
    """The line with its characters put back together: a single space between two
    characters goes unless both are Latin letters or digits; a wider gap is one full-width
    space; the indent stays."""
    body = text.lstrip(" \u3000\t")
    indent = text[:len(text) - len(body)]

    def run(m: re.Match[str]) -> str:
        if m.group() != " ":
            return "\u3000"
        before, after = body[m.start() - 1], body[m.end()]
        return " " if before.isascii() and after.isascii() and before.isalnum() and after.isalnum() else ""

    return indent + _RUN.sub(run, body)
