"""The shapes the same minutes arrive in: one text, re-dressed as real files dress it.

A council's record reaches a secretariat typed once and carried many ways: saved from Word
(CRLF, tabs for indents, spaces at line ends), in Shift_JIS, run through pdftotext (lines
broken every ~38 characters, blank lines inside paragraphs, page numbers and running heads
between pages, form feeds), typed with ``〇`` for ``○`` or half-width digits and colons, a
space after the mark. None of that changes who said what. Each function here takes a text
and returns the file it would be in that shape (its bytes and suffix: a text in an encoding,
or a Word document); ``eval_shapes`` and
``tests/test_shapes.py`` parse every fixture in every shape and count the points that keep
their speaker and their words (the words compared without spaces, NFKC).

The shapes are dressed as the extractors and editors make them, not at random: a line is
broken only where it is a paragraph longer than a page's width (a line already of a page's
width is left as it is, as pdftotext leaves it), and text that is paged already (form feeds)
is not paged again.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

#: A shape: text in, (the file's bytes, its suffix) out; None when no real file has the
#: text in that shape (a text broken at a page's width is not typed in Word so).
Shape = Callable[[str], "tuple[bytes, str] | None"]

_WIDTH = 38  # characters a line of an A4 page of pdftotext output holds
_TABLE = re.compile(r"[|│┃\t]")
#: pdftotext -layout's columns — a run of three spaces between words, or a line whose words stand
#: in a column right of the margin (ten spaces in: a table's cell going on) — a line of a page already
_COLUMNS = re.compile(r"\S {3,}\S|^ {10,}\S")
_LEADING_MARK = re.compile(r"(?m)^([○〇◯●◎])(?=\S)")
_LEADING_IDEOGRAPHIC = re.compile(r"(?m)^\u3000+")
_ENDS = frozenset("。．.）)」』：:？！?!")


def _broken(text: str, blank_every: int = 0) -> str:
    """Paragraph lines longer than a page's width broken at the width (every ``blank_every``
    break followed by a blank line, as pdftotext leaves one inside a paragraph); a table's row
    and a line in columns (pdftotext -layout's) are lines of a page already."""
    out: list[str] = []
    breaks = 0
    for line in text.split("\n"):
        if len(line) <= _WIDTH + 6 or _TABLE.search(line) or _COLUMNS.search(line):
            out.append(line)
            continue
        while len(line) > _WIDTH:
            out.append(line[:_WIDTH])
            line = line[_WIDTH:]
            breaks += 1
            if blank_every and breaks % blank_every == 0:
                out.append("")
        out.append(line)
    return "\n".join(out)


def _paged(text: str, every: int, foot: Callable[[int], str], head: bool) -> str:
    """Page breaks every ``every`` lines: the page's number at its foot, a form feed, and the
    document's first line again atop the next page when ``head``."""
    if "\f" in text:
        return text
    lines = text.split("\n")
    title = next((line.strip() for line in lines if line.strip()), "")[:30]
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out += ["", foot(page), "\f" + title if head else "\f", ""]
            page += 1
        out.append(line)
    return "\n".join(out)


def _text(shape: Callable[[str], str], encoding: str = "utf-8") -> Shape:
    return lambda t: (shape(t).encode(encoding), ".txt")


def typed(text: str) -> bool:
    """The text is as typed, a paragraph a line: no table drawn in text, and no long line
    broken mid-sentence onto the next (as pdftotext and pypdf break them)."""
    if _TABLE.search(text):
        return False
    lines = [line.rstrip() for line in text.split("\n")]
    broken = sum(1 for line, after in zip(lines, lines[1:])
                 if len(line) >= 20 and line[-1] not in _ENDS and after.strip() and after[0] not in "\u3000 ")
    return broken == 0


def _word(text: str, indents: bool) -> tuple[bytes, str] | None:
    """The text typed in Word, a paragraph a line (form feeds as page breaks); with
    ``indents``, a line's leading ideographic spaces become the paragraph's first-line indent,
    as Word users indent (the text itself starts at its first character). None for a text that
    was not typed a paragraph a line."""
    import io

    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    if not typed(text):
        return None
    doc = Document()
    for line in text.split("\n"):
        para = doc.add_paragraph()
        if line.startswith("\f"):
            para.add_run().add_break(WD_BREAK.PAGE)
            line = line.lstrip("\f")
        if indents and line.startswith("\u3000"):
            body = line.lstrip("\u3000")
            para.paragraph_format.first_line_indent = Pt(10.5 * (len(line) - len(body)))
            line = body
        para.add_run(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), ".docx"


def _paged_plain(text: str, every: int) -> str:
    """pypdf's pages: joined by a line break (no form feed), the page number at each foot and
    the document's first line atop the next page."""
    if "\f" in text:
        return text
    lines = text.split("\n")
    title = lines[0].strip()[:30] if lines else ""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out += [str(i // every), title]
        out.append(line)
    return "\n".join(out)


SHAPES: dict[str, Shape] = {
    "crlf": _text(lambda t: t.replace("\n", "\r\n")),
    "cp932": _text(lambda t: t, "cp932"),
    "maru": _text(lambda t: t.replace("○", "〇")),
    "mark-space": _text(lambda t: _LEADING_MARK.sub(r"\1 ", t)),
    "trailing-spaces": _text(lambda t: "\n".join(x + "  " if x.strip() else x for x in t.split("\n"))),
    "tab-indent": _text(lambda t: _LEADING_IDEOGRAPHIC.sub("\t", t)),
    "half-width": _text(lambda t: t.translate(str.maketrans("０１２３４５６７８９：", "0123456789:"))),
    "wrapped": _text(_broken),
    "wrapped-blank": _text(lambda t: _broken(t, blank_every=4)),
    "paged": _text(lambda t: _paged(t, 35, lambda n: f"- {n} -", head=True)),
    "paged-foot": _text(lambda t: _paged(t, 30, lambda n: f"{n}/9", head=False)),
    "pdftotext": _text(lambda t: _paged(_broken(t, blank_every=6), 40, lambda n: f"－ {n} －", head=True)),
    "pypdf": _text(lambda t: _paged_plain("\n".join(x for x in _broken(t).split("\n") if x.strip()), 40)),
    "margin": _text(lambda t: "\n".join("      " + x if x.strip() else x for x in t.split("\n"))),
    "ascii-spaces": _text(lambda t: t.replace("\u3000", "  ")),
    "no-indent": _text(lambda t: _LEADING_IDEOGRAPHIC.sub("", t)),
    "nfkc": _text(lambda t: unicodedata.normalize("NFKC", t)),
    "word": lambda t: _word(t, indents=False),
    "word-indents": lambda t: _word(t, indents=True),
}


def _same(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def points_of(minutes: object) -> list[tuple[str, str]]:
    """(speaker, words) of each point, spaces aside and NFKC: what a shape must keep."""
    return [(_same(p.speaker.label), _same(p.text)) for p in minutes.points]  # type: ignore[attr-defined]


def points_in(path: Path) -> list[tuple[str, str]]:
    """``points_of`` every meeting the file holds (an export may hold several), in order."""
    from assembler.minutes import parse_meetings

    return [point for minutes in parse_meetings(path) for point in points_of(minutes)]


def kept(before: Iterable[tuple[str, str]], after: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The points of ``before`` that ``after`` lost: a point is kept when a point of ``after``
    with the same speaker holds its first twelve characters (a point that a shape joins to its
    neighbour, or splits, keeps its speaker and is kept; one read as another's is lost)."""
    lost = []
    have = Counter(after)
    for point in before:
        if have[point] > 0:
            have[point] -= 1
            continue
        speaker, words = point
        if not any(s == speaker and words[:12] in w for s, w in after):
            lost.append(point)
    return lost


def fixtures(root: Path) -> dict[Path, tuple[str, list[tuple[str, str]]]]:
    """Every text fixture of the project (fixtures/minutes, fixtures/kind, the example) with its
    text as typed and its points; a fixture of a refusal (no speaker) has nothing to keep."""
    from assembler.errors import AssemblerError
    from assembler.ingest import read_sources

    out = {}
    paths = [*root.glob("tests/fixtures/minutes/*.txt"), *root.glob("tests/fixtures/kind/*.txt"),
             *root.glob("examples/minutes/*.txt")]
    for path in sorted(paths):
        encoding = read_sources(path)[0].encoding or "utf-8"
        text = path.read_bytes().decode(encoding).lstrip("\ufeff").replace("\r\n", "\n")
        try:
            out[path] = (text, points_in(path))
        except AssemblerError:
            continue
    return out


def lost_in(shape: Shape, path: Path, text: str, before: list[tuple[str, str]],
            folder: Path) -> list[tuple[str, str]] | None:
    """The points of ``before`` lost when ``text`` (``path``'s) is written in ``shape`` into
    ``folder`` and parsed again (all of them if the file is refused); None when no real file has
    the text in that shape (None from the shape, or a character Shift_JIS has not)."""
    from assembler.errors import AssemblerError

    try:
        dressed = shape(text)
    except UnicodeEncodeError:
        return None
    if dressed is None:
        return None
    data, suffix = dressed
    where = (folder / path.name).with_suffix(suffix)
    where.write_bytes(data)
    try:
        return kept(before, points_in(where))
    except AssemblerError:
        return list(before)  # refused ("no speaker found"): every point lost
