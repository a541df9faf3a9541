"""The pipeline: one function calling the next (parse -> classify -> dedup -> draft -> render)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, cast

from . import classify, collector, dedup, minutes, overrides as overrides_mod, sections
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
    #: placement wordings made while this process waited for dedup (draft.place_ahead): less
    #: to do for the draft and the trace, nothing decided
    placed: Mapping[str, tuple[Assignment, Point, str]] = field(default_factory=dict, compare=False,
                                                                repr=False)

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
    A large input keeps the machine's cores busy (``workers.py``): its files are parsed by
    several processes, and classify runs beside dedup. Either way the result is the same.
    """
    from . import workers

    step = progress or (lambda i, name: None)
    step(0, STAGES[0])
    roles, patterns = minutes.load_roles(opts.roles), minutes.load_patterns(opts.patterns)
    files = iter_input_files(paths)
    jobs = workers.jobs()
    with timed("parse"):
        parsed = minutes.in_order(_parse(files, opts, roles, patterns, jobs))
    limits.check_points(sum(len(m.points) for m in parsed))
    if opts.base is not None:
        parsed = tuple(_relative(m, opts.base) for m in parsed)
    outline = sections.load_outline(opts.sections)
    if overrides is not None:  # already read (a project build reads its staged overrides.yaml)
        ov = overrides
    else:
        ov = overrides_mod.load_overrides(opts.overrides) if opts.overrides else Overrides()
    points = tuple(p for m in parsed for p in m.points)
    problems = tuple(overrides_mod.check_overrides(ov, points, outline))
    ov = _known(ov, {p.id for p in points})
    step(1, STAGES[1])
    kwargs: dict[str, float] = {} if opts.threshold is None else {"threshold": opts.threshold}
    placed: dict[str, tuple[Assignment, Point, str]] = {}
    if jobs > 1 and len(points) >= BESIDE_FROM_POINTS:
        assignments, groups = _classify_beside_dedup(points, outline, ov, kwargs, placed)
        step(2, STAGES[2])
    else:
        with timed("classify"):
            assignments = classify.classify(points, outline, ov)
        step(2, STAGES[2])
        with timed("dedup"):
            groups = dedup.dedup(points, overrides=ov,
                                  threshold=kwargs.get("threshold", dedup.DEFAULT_THRESHOLD))
    return Assembled(parsed=parsed, outline=outline, overrides=ov, assignments=assignments,
                     groups=groups, problems=problems, placed=placed)


#: From this many bytes of input files on, the files are parsed by several processes
#: (below it, forking and sending the minutes back cost more than the other core gives).
PARALLEL_FROM_BYTES = 1 << 20
#: From this many points on, dedup runs in a second process while this one classifies.
BESIDE_FROM_POINTS = 2000


def _parse(files: list[Path], opts: Options, roles: minutes.RoleTable, patterns: minutes.Patterns,
           jobs: int) -> list[Minutes]:
    """Every file's minutes in the order of the files: read here, or by ``jobs`` processes
    each reading a run of consecutive files (``workers.fork_map``: the same minutes, and the
    same first error, as one process)."""
    from . import workers

    def read(run: range) -> list[Minutes]:
        return [m for k in run
                for m in minutes.parse_meetings(files[k], encoding=opts.encoding, roles=roles, patterns=patterns)]

    sizes = [_size(f) for f in files]
    if jobs < 2 or len(files) < 2 or sum(sizes) < PARALLEL_FROM_BYTES:
        return read(range(len(files)))
    runs = workers.shares(sizes, jobs)
    done = workers.fork_map(lambda i: read(runs[i]), len(runs), stage="parse/{n}")
    return [m for share in done for m in share]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


#: Points classified at a time when two processes share classify (pieces of ``workers.Claims``).
CLASSIFY_PIECE = 256

#: Pieces classified by one process (the other process's pickled: see _classify_beside_dedup),
#: and the first that failed.
_Pieces = tuple[dict[int, "tuple[Assignment, ...] | bytes"], "tuple[int, Exception] | None"]


def _classify_beside_dedup(points: tuple[Point, ...], outline: Outline, ov: Overrides,
                           kwargs: dict[str, float], placed: dict[str, tuple[Assignment, Point, str]]
                           ) -> tuple[tuple[Assignment, ...], tuple[Group, ...]]:
    """Classify here while a forked process deduplicates, then helps to classify: the points
    are classified in pieces, this process taking them from the front and the other from
    the back once dedup is done (``workers.Claims``), so that both end together whichever
    stage is the longer. Classify is a function of each point, so the pieces give the
    assignments of one call; the groups are sent back, not the points.

    The other process pickles the groups as soon as dedup is done, and each piece as soon as
    it is classified, so that the pickling (0.14 CPU-s for the groups of 100k points) is
    shared out with the pieces instead of done after them, while this process waits.

    When this process has classified all it could and dedup is still running, it words the
    placements of its pieces meanwhile (``draft.place_ahead`` into ``placed``, piece by piece
    until the groups are there): the draft and the trace then need not (at 100k points dedup
    takes longer than classify, and the wording 0.6 CPU-s in each of the render's processes).

    The error is one process's: the first piece's that failed (every piece before it was
    classified by one of the two), else dedup's.
    """
    import pickle

    from . import workers
    from .draft import place_ahead

    count = -(-len(points) // CLASSIFY_PIECE)

    def pieces(claims: workers.Claims, front: bool) -> _Pieces:
        done: dict[int, tuple[Assignment, ...] | bytes] = {}
        while (k := claims.take(front)) is not None:
            try:
                piece = classify.classify(points[k * CLASSIFY_PIECE:(k + 1) * CLASSIFY_PIECE], outline, ov)
            except Exception as e:  # noqa: BLE001 - raised below if no earlier piece failed
                return done, (k, e)
            done[k] = piece if front else pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL)
        return done, None

    ahead: list[int] = []  # this process's pieces whose placements are still to be worded

    def word_ahead() -> bool:
        k = ahead.pop()
        piece = mine_so_far.get(k)
        if isinstance(piece, tuple):
            place_ahead(points[k * CLASSIFY_PIECE:(k + 1) * CLASSIFY_PIECE], piece, placed)
        return bool(ahead)

    mine_so_far: dict[int, tuple[Assignment, ...] | bytes] = {}
    with workers.Claims(count) as claims:
        def work(i: int) -> tuple[bytes | Exception | None, _Pieces]:
            if i == 0:
                done = pieces(claims, front=True)
                if done[1] is None:
                    mine_so_far.update(done[0])
                    ahead.extend(sorted(done[0], reverse=True))
                return None, done
            try:
                groups: bytes | Exception = pickle.dumps(dedup.dedup(
                    points, overrides=ov, threshold=kwargs.get("threshold", dedup.DEFAULT_THRESHOLD)),
                    protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as e:  # noqa: BLE001 - raised below if classify did not fail
                groups = e
            return groups, pieces(claims, front=False)

        with timed("classify", note=lambda: "  (beside dedup: dedup+classify/2)"):
            (_, (mine, my_error)), (sent, (theirs, their_error)) = workers.fork_map(
                work, 2, stage="dedup+classify/{n}", idle=lambda: bool(ahead) and word_ahead())
            failed = [e for e in (my_error, their_error) if e is not None]
            if failed:
                raise min(failed, key=lambda e: e[0])[1]
            if isinstance(sent, Exception):
                raise sent
            done = {**mine, **{k: pickle.loads(cast(bytes, v)) for k, v in theirs.items()}}
            groups = cast("tuple[Group, ...]", pickle.loads(cast(bytes, sent)))
    return tuple(a for k in range(count) for a in cast("tuple[Assignment, ...]", done[k])), groups


def render(a: Assembled, output: str | Path, opts: Options = Options(), *,
           changes: Changes = Changes(), after: dict[str, tuple[str, ...]] | None = None,
           progress: Callable[[int, str], None] | None = None, previous: list[Block] | None = None) -> Built:
    """Lay out the draft and write the .docx with its trace (.json, .csv, .xlsx).

    ``previous``: the previous build's body (render.layout_blocks), shown as tracked changes.
    A large draft keeps both cores busy (``render/background.py``): a second process words
    the doubts as comments while this one lays out the draft, then writes the trace while
    this one writes the .docx. Either way the files and the first error are the same.
    """
    from .render import render_docx
    from .render.background import MIN_POINTS, TraceWriter, available

    step = progress or (lambda i, name: None)
    step(3, STAGES[3])
    out = Path(output)
    with one_language():
        trace: TraceWriter[Comments] | None = None
        if available() and len(a.points) >= MIN_POINTS:
            trace = TraceWriter(lambda: trace_of(a), out, background=True,
                                early=lambda: comments_of(a, opts), early_stage="comments")
        try:
            draft = lay_out(a, opts, changes=changes, after=after,
                            comments=trace.early_result if trace is not None and trace.pid else None)
            if trace is None:  # one process: the trace after the .docx, from the draft's rows
                trace = TraceWriter(trace_of(a, draft), out, background=False)
            step(4, STAGES[4])
            with timed("docx"):
                docx = render_docx(draft, out, reference_doc=opts.reference_doc,
                                   templates_dir=opts.templates, fonts=opts.fonts, previous=previous)
            traces = trace.finish()
        except BaseException:
            if trace is not None:
                trace.abort()
            raise
    return Built(assembled=a, draft=draft, files=(Path(docx), *traces))


#: The doubts worded as Word comments: point or group id -> texts (draft.doubt_comments).
Comments = dict[str, tuple[str, ...]]


def comments_of(a: Assembled, opts: Options) -> Comments:
    """The doubts of ``assembler review`` worded as Word comments (templates/comment_*.j2)."""
    from .draft import doubt_comments
    from .review import review_data
    from .texts import Texts

    with one_language(), collector.paused():
        return doubt_comments(review_data(a, opts.threshold),
                              {x.point: dict(x.scores) for x in a.assignments},
                              Texts(opts.templates).render_each)


def lay_out(a: Assembled, opts: Options = Options(), *, changes: Changes = Changes(),
            after: dict[str, tuple[str, ...]] | None = None,
            comments: Callable[[], Comments] | None = None) -> Draft:
    """Decide the draft (what goes where) and check that every point is accounted for.

    ``comments``: where the doubts come from when they are worded elsewhere (another
    process, ``render``); they are asked for once the draft is laid out and attached to it.
    Without it they are worded here first, as one process does; so an error in wording
    them comes before one in laying out the draft either way.
    """
    with timed("draft"), one_language(), collector.paused():
        from .draft import attach_comments
        from .texts import Texts

        texts = Texts(opts.templates)
        found = comments_of(a, opts) if comments is None else None
        try:
            draft = build_draft(a.parsed, a.outline, a.assignments, a.groups, title=opts.title,
                                edits=dict(a.overrides.edits), after=after, changes=changes,
                                author=opts.author, comments=found,
                                openers=texts.lines("openers.j2"), placed=a.placed)
        except Exception:
            if comments is not None:
                comments()  # the error one process meets first, if the wording failed
            raise
        if comments is not None:
            draft = attach_comments(draft, a.groups, comments())
    if len(draft.trace) != len(a.points):
        raise RenderError(_("the appendix would hold {trace} of {points} points; nothing was written").format(trace=len(draft.trace), points=len(a.points)), hint=_("this is a bug: please report it"))
    return draft


def trace_of(a: Assembled, draft: Draft | None = None) -> Trace:
    """The trace written beside a draft (.json, .csv, .xlsx): its rows, or (no draft) the
    same rows made from the decisions (``draft.trace_rows``, what ``build_draft`` does)."""
    from .draft import trace_rows
    from .render.trace import Trace

    rows = draft.trace if draft is not None else trace_rows(a.parsed, a.outline, a.assignments,
                                                            a.groups, a.placed)
    return Trace(tuple(m.meeting for m in a.parsed), rows, a.groups, a.problems,
                 accounting=minutes.accounting(a.parsed))


def build(paths: Iterable[str | Path], output: str | Path, opts: Options = Options(), *,
          progress: Callable[[int, str], None] | None = None) -> Built:
    """Assemble the minutes named and write the draft with its trace."""
    return render(assemble(paths, opts, progress=progress), output, opts, progress=progress)
