# mypy: disable-error-code="misc"
"""Legends of marks: the legend's lines, a section's legend, the points a mark opens.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    legend, legend_para, pending, skip_to, speaker

and reads (set in ``LineParser.__init__`` or by other steps):

    legend_at, legend_end, out, roles, seen_speaker, src
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Line, Speaker
from . import prose
from .legend import might_hold, opening_mark, parse_legend, read_legend, table_head, table_legend
from .forms import OPEN
from .paragraphs import unclosed_bracket, ends_sentence
from .parsed import Para
from .shapes import BUILTIN_SHAPES, Shape
from .native import trait

if TYPE_CHECKING:
    from .parser import LineParser


@trait
class LegendSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    legend: dict[str, Speaker]
    legend_para: Para | None
    pending: list[Speaker]
    skip_to: int
    speaker: Speaker | None

    def settle_marked(self: LineParser, cur: Para) -> bool:
        """A ○ sentence or a bullet, now that it is whole; one that reports and holds more than
        one sentence or two reports joined by 〜があり、 is read as a paragraph of reports
        (〇Ａ委員より、…との発言があった。これに対し事務局より、…との回答があった。). True when
        that reading placed it."""
        if cur.kind == "circle":
            self.settle_circle(cur)
        else:
            self.settle_reported(cur)
        return cur.kind == "reported" and (prose.several(cur.first, cur.lines) and self.settle_prose(cur)
                                           or self.settle_words(cur) or self.settle_act(cur))

    def legend_step(self: LineParser, i: int, stripped: str) -> bool:
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
            if not might_hold(stripped):
                return False  # two marks, or one and the rest on the next lines, or 委＝委員
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

    def section_head(self: LineParser, i: int, stripped: str) -> bool:
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

    def legend_below(self: LineParser, i: int) -> None:
        """An item of the agenda read at line ``i`` after the turns began: a section's legend may
        stand in the lines below it."""
        if self.seen_speaker:
            self.legend_at.update(range(i + 1, i + 5))

    def legend_lines(self: LineParser, i: int, stripped: str) -> tuple[str, int] | None:
        """The legend that starts on line ``i`` and the last line it takes: the line alone, or
        joined with up to three below while a bracket stays open or no sentence ended (wrapped
        by the extractor) — the longest run that reads as a legend with its brackets closed,
        else the shortest that reads as one (``（◎は委員長、○は委員、●は事務局の発言`` whose
        bracket was never closed); None when none does."""
        lines = self.src.lines
        text, last = stripped, i
        best: tuple[str, int] | None = None
        while True:
            unclosed = unclosed_bracket(text)
            if parse_legend(text, self.roles):
                best = (text, last) if best is None or not unclosed else best
                if not unclosed:
                    return text, last
            elif ends_sentence(text) and not unclosed:
                return best
            if last >= i + 3 or last + 1 >= len(lines) or not (nxt := lines[last + 1].text.strip()):
                return best
            text, last = text + nxt, last + 1

    def legend_steps(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Before the first speaker or at the head of a section: is the line a legend (a new one
        rules from here)? After a legend: is the line led by one of its marks?"""
        if (not self.seen_speaker or self.section_head(i, stripped)) and self.legend_step(i, stripped):
            return True
        return bool(self.legend) and self.marked_step(i, line, stripped)

    def marked_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """With a legend read: a mark it names opens a point, wherever the line stands (also
        right after a line the extractor filled without a stop); the legend after the turns
        (believed from the start) is front matter."""
        if (mark := opening_mark(stripped, self.legend)) and len(stripped) > len(mark) and self.header_step(i, line, stripped):
            return True
        if i == self.legend_end:
            self.close()
            self.set_fate(i, "front")
            return True
        return False

    def take_legend(self: LineParser, first: int, text: str) -> None:
        """The legend from line ``first`` on rules to the next: its marks name speakers."""
        legend = read_legend(text, self.src.lines[first].number, self.roles)
        assert legend is not None
        self.legend = dict(legend.marks)
        self.legend_para = None
        # a legend among the last lines was read first (believed from the start): read again here
        self.out.legends = [g for g in self.out.legends if g.line != legend.line] + [legend]

    def legend_header(self: LineParser, stripped: str, mark: str) -> tuple[Shape, Speaker, str | None]:
        """A line led by a legend's mark (``mark``: ◇, 委, （委）): a point of the speaker the
        mark stands for, unless a label in brackets or before a colon follows the mark
        (``⇒（子育て支援課長）　…``, ``⇒施設課長：　…``): that label names the speaker (the role
        table's role)."""
        rest = stripped[len(mark):].lstrip(" \u3000")
        if rest and (rest[0] in OPEN or "：" in rest[:20] or ":" in rest[:20]):
            found = self.header(rest)
            if found is not None:
                return found
        if rest and rest[0] in "：:．.":
            rest = rest[1:].lstrip(" \u3000")  # Ｑ：待機児童は… / Ａ．…: the mark's colon or full stop
        return BUILTIN_SHAPES[0], self.legend[mark], rest or None
