"""The pipeline: one function calling the next (parse -> classify -> dedup -> draft -> render)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from . import classify, dedup, minutes, overrides as overrides_mod, sections
from .config import Options
from .timings import stage as timed
from .draft import Changes, build_draft
from .errors import RenderError
from . import limits
from .model import Assignment, Draft, Group, JSONObject, Minutes, Outline, Overrides, Point
from .i18n import _, one_language
from .ingest import iter_input_files

if TYPE_CHECKING:  # the render stage is imported when a draft is written, not at start-up
    from .render.trace import Trace
    from .render.tracked import Block

STAGES = ("読込", "分類", "統合", "構成", "出力")


@dataclass(frozen=True)
class Assembled:
    """Everything decided about the inputs, before a draft is laid out."""

    parsed: tuple[Minutes, ...]
    outline: Outline
    overrides: Overrides
    assignments: tuple[Assignment, ...]
    groups: tuple[Group, ...]
    problems: tuple[str, ...] = ()

    @cached_property
    def points(self) -> tuple[Point, ...]:
        return tuple(p for m in self.parsed for p in m.points)

    @cached_property
    def trace(self) -> JSONObject:
        """The trace written beside the draft (computed once: builds and manifests use it)."""
        from .render.trace import trace_dict

        return trace_dict(self.parsed, self.assignments, self.groups, self.problems, self.outline)


@dataclass(frozen=True)
class Built:
    """The result of a build: what was decided and which files were written."""

    assembled: Assembled
    draft: Draft
    files: tuple[Path, ...] = field(default=())


def _relative(m: Minutes, base: Path) -> Minutes:
    """The same minutes with the source file written relative to ``base`` (posix style)."""
    file = Path(os.path.relpath(m.meeting.source, base)).as_posix()
    return replace(m, meeting=replace(m.meeting, source=file), points=tuple(
        replace(p, source=replace(p.source, file=file)) for p in m.points),
        unread=tuple(replace(u, file=file) for u in m.unread))


def _known(ov: Overrides, ids: set[str]) -> Overrides:
    """Drop overrides naming points this run does not have (they are reported, not applied)."""
    return replace(
        ov,
        placements=tuple(p for p in ov.placements if p.point in ids),
        never_merge=tuple(pair for pair in ov.never_merge if set(pair) <= ids),
        merge=tuple(pair for pair in ov.merge if set(pair) <= ids),
        edits=tuple(e for e in ov.edits if e[0] in ids),
    )


def assemble(paths: Iterable[str | Path], opts: Options = Options(), *,
             progress: Callable[[int, str], None] | None = None,
             overrides: Overrides | None = None) -> Assembled:
    """Parse, classify and deduplicate the minutes named (files or folders).

    ``overrides`` already read win over ``opts.overrides`` (a project build reads its own).
    A large input is parsed and classified by several processes (``_shared_out``).
    """
    step = progress or (lambda i, name: None)
    step(0, STAGES[0])
    roles, patterns = minutes.load_roles(opts.roles), minutes.load_patterns(opts.patterns)
    files = iter_input_files(paths)
    shared = _shared_out(files, opts, roles, patterns, overrides)
    if shared is not None:
        parsed, outline, ov, assignments = shared
    else:
        with timed("parse"):
            parsed = minutes.in_order([minutes.parse_file(f, encoding=opts.encoding, roles=roles,
                                                          patterns=patterns) for f in files])
        limits.check_points(sum(len(m.points) for m in parsed))
        if opts.base is not None:
            parsed = tuple(_relative(m, opts.base) for m in parsed)
        outline = sections.load_outline(opts.sections)
        ov = overrides if overrides is not None else _load_overrides(opts)
    points = tuple(p for m in parsed for p in m.points)
    problems = tuple(overrides_mod.check_overrides(ov, points, outline))
    ov = _known(ov, {p.id for p in points})
    step(1, STAGES[1])
    if shared is None:
        with timed("classify"):
            assignments = classify.classify(points, outline, ov)
    step(2, STAGES[2])
    kwargs: dict[str, float] = {} if opts.threshold is None else {"threshold": opts.threshold}
    with timed("dedup"):
        groups = dedup.dedup(points, overrides=ov, **kwargs)
    return Assembled(parsed=parsed, outline=outline, overrides=ov, assignments=assignments,
                     groups=groups, problems=problems)


def _load_overrides(opts: Options) -> Overrides:
    return overrides_mod.load_overrides(opts.overrides) if opts.overrides else Overrides()


#: From this many bytes of input files on, parse and classify are shared out among processes
#: (below it, forking and sending the results back cost more than the other core gives).
PARALLEL_FROM_BYTES = 1 << 20


@dataclass(frozen=True)
class _Share:
    """What one process made of its run of the input files: the minutes in file order and
    their points' assignments in the same order, or the exception classify raised."""

    parsed: tuple[Minutes, ...]
    assignments: tuple[Assignment, ...]
    error: Exception | None = None


def _shared_out(files: list[Path], opts: Options, roles: minutes.RoleTable, patterns: minutes.Patterns,
                overrides: Overrides | None
                ) -> tuple[tuple[Minutes, ...], Outline, Overrides, tuple[Assignment, ...]] | None:
    """Parse and classify the files in several processes (``workers.fork_map``), each a run
    of consecutive files; None when one process does it (a small input, one core,
    ``ASSEMBLER_JOBS=1``, or an outline or overrides that do not load: one process then
    reports the problem where it always has, after the minutes are read).

    The same minutes in the same order, the same assignments and the same first error as
    one process: classify is a function of each point (its text and kind, its id's
    placement), and the placements of points another process has are never asked for.
    """
    from . import workers

    n = min(workers.jobs(), len(files))
    if n < 2 or sum(_size(f) for f in files) < PARALLEL_FROM_BYTES:
        return None
    try:
        outline = sections.load_outline(opts.sections)
        ov = overrides if overrides is not None else _load_overrides(opts)
        overrides_mod.require_sections(ov, outline)
    except Exception:  # noqa: BLE001 - raised again in its place by the one-process path
        return None
    runs = workers.shares([_size(f) for f in files], n)

    def share(i: int) -> _Share:
        parsed = tuple(minutes.parse_file(files[k], encoding=opts.encoding, roles=roles,
                                          patterns=patterns) for k in runs[i])
        try:
            return _Share(parsed, classify.classify([p for m in parsed for p in m.points], outline, ov))
        except Exception as e:  # noqa: BLE001 - raised once every file is read, as one process would
            return _Share(parsed, (), e)

    with timed("parse+classify", note=lambda: f"  ({len(runs)} processes)"):
        done = workers.fork_map(share, len(runs), stage="parse+classify")
    of: dict[int, tuple[Assignment, ...]] = {}
    for sh in done:
        at = 0
        for m in sh.parsed:
            of[id(m)] = sh.assignments[at:at + len(m.points)]
            at += len(m.points)
    parsed = minutes.in_order(m for sh in done for m in sh.parsed)
    limits.check_points(sum(len(m.points) for m in parsed))
    error = next((sh.error for sh in done if sh.error is not None), None)
    if error is not None:
        raise error
    assignments = tuple(a for m in parsed for a in of[id(m)])
    if opts.base is not None:
        parsed = tuple(_relative(m, opts.base) for m in parsed)
    return parsed, outline, ov, assignments


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


def render(a: Assembled, output: str | Path, opts: Options = Options(), *,
           changes: Changes = Changes(), after: dict[str, tuple[str, ...]] | None = None,
           progress: Callable[[int, str], None] | None = None, previous: list[Block] | None = None) -> Built:
    """Lay out the draft and write the .docx with its trace (.json, .csv, .xlsx).

    ``previous``: the previous build's body (render.layout_blocks), shown as tracked changes.
    """
    from .render import render_docx
    from .render.background import TraceWriter

    step = progress or (lambda i, name: None)
    step(3, STAGES[3])
    draft = lay_out(a, opts, changes=changes, after=after)
    step(4, STAGES[4])
    out = Path(output)
    with one_language():
        trace = TraceWriter(trace_of(a, draft), out)  # a second process, where there is one
        try:
            with timed("docx"):
                docx = render_docx(draft, out, reference_doc=opts.reference_doc,
                                   templates_dir=opts.templates, fonts=opts.fonts, previous=previous)
            traces = trace.finish()
        except BaseException:
            trace.abort()
            raise
    return Built(assembled=a, draft=draft, files=(Path(docx), *traces))


def lay_out(a: Assembled, opts: Options = Options(), *, changes: Changes = Changes(),
            after: dict[str, tuple[str, ...]] | None = None) -> Draft:
    """Decide the draft (what goes where) and check that every point is accounted for."""
    with timed("draft"), one_language():
        from .draft import doubt_comments
        from .review import review_data
        from .texts import Texts

        texts = Texts(opts.templates)
        comments = doubt_comments(review_data(a, opts.threshold),
                                  {x.point: dict(x.scores) for x in a.assignments}, texts.render)
        draft = build_draft(a.parsed, a.outline, a.assignments, a.groups, title=opts.title,
                            edits=dict(a.overrides.edits), after=after, changes=changes,
                            author=opts.author, comments=comments,
                            openers=texts.lines("openers.j2"))
    if len(draft.trace) != len(a.points):
        raise RenderError(_("the appendix would hold {trace} of {points} points; nothing was written").format(trace=len(draft.trace), points=len(a.points)), hint=_("this is a bug: please report it"))
    return draft


def trace_of(a: Assembled, draft: Draft) -> Trace:
    """The trace written beside a draft (.json, .csv, .xlsx)."""
    from .render.trace import Trace

    return Trace(tuple(m.meeting for m in a.parsed), draft.trace, a.groups, a.problems,
                 accounting=minutes.accounting(a.parsed))


def build(paths: Iterable[str | Path], output: str | Path, opts: Options = Options(), *,
          progress: Callable[[int, str], None] | None = None) -> Built:
    """Assemble the minutes named and write the draft with its trace."""
    return render(assemble(paths, opts, progress=progress), output, opts, progress=progress)
