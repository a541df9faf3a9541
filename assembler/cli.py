"""The command line: a thin click layer over the ``assembler`` library.

Every command parses its options, calls the library and reports. Errors of the
``AssemblerError`` family become one line on stderr (file, line, what to do) and exit
code 2, in one place: ``_Main.invoke``. Every text on screen is in the user's language
(``assembler.i18n``: Japanese by default, English under ``LANG=C``/``en``); help texts are
written in English here and translated when shown (``assembler.clickui``).

The options shared by several commands (outline, overrides, threshold, patterns, roles,
encoding, project) are defined once below and checked the same way by every command; inside
a project, parse/classify/dedup/review take the project's minutes and settings when given no
files (an option on the command line wins over assembler.yaml).
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NoReturn, TypeVar

import click

from assembler.clickui import (Group, Option, Path as PathType, Percent, Whole, argument, one_line,
                               option, use_catalog_for_click)
from assembler.errors import AssemblerError
from assembler.i18n import N_, _

if TYPE_CHECKING:  # the stages load when a command runs, not at start-up
    from assembler.config import Options
    from assembler.model import Minutes

_F = TypeVar("_F", bound=Callable[..., Any])

use_catalog_for_click()


def _error(text: str) -> None:
    click.secho(_("error: {message}").format(message=text), fg="red", err=True)


def _warn(text: str) -> None:
    click.secho(_("warning: {message}").format(message=text), fg="yellow", err=True)


def _interrupted() -> NoReturn:
    """Ctrl-C: say whether the files are as they were or complete, and exit 130."""
    from assembler import transaction

    if transaction.committed:
        click.echo(_("interrupted after the new files were in place: they are complete"), err=True)
    else:
        click.echo(_("interrupted; nothing was changed (files are replaced all together "
                     "or not at all)"), err=True)
    sys.exit(130)


class _Main(Group):
    """Turns the library's errors, and a wrong argument or option, into one clear line
    instead of a traceback or click's three."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as e:
            raise one_line(e) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as e:
            raise one_line(e) from None
        except AssemblerError as e:
            _error(str(e))
            sys.exit(2)
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            _error(_("{where}{reason}; check the path and its permissions").format(
                where=where, reason=e.strerror or e))
            sys.exit(2)
        except MemoryError:
            _error(_("ran out of memory; the inputs are more than this machine can hold: build "
                     "from fewer or smaller files, or set lower limits (assembler --limit)"))
            sys.exit(2)
        except RecursionError:
            _error(_("an input is nested too deeply to read (a damaged or hostile file?); open it "
                     "and save it again, or give it in another format"))
            sys.exit(2)
        except KeyboardInterrupt:
            _interrupted()
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: say so in one line, keep the traceback for a report
            if isinstance(e.__cause__, KeyboardInterrupt):
                _interrupted()  # Ctrl-C while a module was imported: Python wraps it (__set_name__)
            if os.environ.get("ASSEMBLER_DEBUG"):
                raise
            _error(_("internal error ({kind}: {detail}); please report it with the input files "
                     "(ASSEMBLER_DEBUG=1 shows the traceback)").format(kind=type(e).__name__,
                                                                      detail=e))
            sys.exit(70)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]},
             examples=("assembler build 議事要旨フォルダ -o output/draft.docx",
                       "assembler init 新戦略骨子 && cd 新戦略骨子 && assembler add ~/受信/*.pdf",
                       "assembler status"))
@click.version_option(package_name="strategy-draft-assembler", cls=Option,
                      help=N_("Show the version and exit."))
@option("--profile", is_flag=True,
        help=N_("Print each stage's time and peak memory to stderr (or set ASSEMBLER_TIMINGS=1)."))
@option("--limit", "limit_settings", multiple=True, metavar="NAME=VALUE", envvar="ASSEMBLER_LIMITS",
        help=N_("Raise (or lower) a limit on the inputs for this run, e.g. --limit file_mb=200 "
                "(file_mb, project_mb, files, lines, points, part_mb, xml_elements, unpacked_mb, "
                "page_chars, config_mb; or set ASSEMBLER_LIMITS)."))
def main(profile: bool, limit_settings: tuple[str, ...]) -> None:
    """Assemble a traceable Word draft of a council's strategy from its minutes."""
    from assembler import limits

    click.get_current_context().with_resource(limits.using(limits.parse_settings(limit_settings)))
    if profile:
        from assembler import timings

        timings.enable()


# --- options shared by several commands (one definition, one check each) -------------------


def _default_threshold() -> str:
    from assembler.dedup import DEFAULT_THRESHOLD

    return f"{DEFAULT_THRESHOLD:g}"


_FILE = PathType(exists=True, dir_okay=False, path_type=str)

OUTLINE = option("--outline", "--sections", "outline", type=_FILE, default=None,
                 default_text=lambda: _("the bundled outline"),
                 help=N_("The outline (chapters and the words that place a point in them), a YAML file."))
OVERRIDES = option("--overrides", type=_FILE, default=None,
                   help=N_("The secretariat's decisions (placements, exclusions, merges), a YAML "
                           "file like a project's overrides.yaml."))
THRESHOLD = option("--threshold", type=Percent(), default=None,
                   default_text=_default_threshold,
                   help=N_("How alike two points must be to be merged (0-100; higher merges less)."))
PATTERNS = option("--patterns", type=_FILE, default=None,
                  help=N_("Your council's own speaker-header, bullet and front-matter shapes, a YAML file."))
ROLES = option("--roles", type=_FILE, default=None,
               help=N_("Extra titles and their roles (委員 → member, …), a YAML file."))
ENCODING = option("--encoding", default=None, metavar="ENCODING",
                  help=N_("Read text files in this encoding (e.g. cp932) instead of detecting it."))
JSON = option("--json", "as_json", is_flag=True, help=N_("Print one JSON document instead of tables."))
PROJECT = option("--project", "project_dir", type=PathType(file_okay=False, exists=True),
                 default=None,
                 help=N_("The project folder (default: the one holding the current folder)."))


def _shared(*decorators: Callable[[_F], _F]) -> Callable[[_F], _F]:
    def apply(f: _F) -> _F:
        for d in reversed(decorators):
            f = d(f)
        return f
    return apply


def _given(ctx: click.Context, names: Iterable[str]) -> list[str]:
    """The options of ``names`` that the user typed (not defaults)."""
    return [f"--{n.replace('_', '-')}" for n in names
            if ctx.get_parameter_source(n) is click.core.ParameterSource.COMMANDLINE]


def _options(files: tuple[str, ...], project_dir: str | None, **given: Any
             ) -> tuple[tuple[str, ...], Options, Path | None]:  # given: option values as click passes them
    """(inputs, Options, project root or None) for a command that reads minutes: the files
    named, or else the project's minutes with its settings (options typed win)."""
    from assembler.config import Options

    chosen = {k: v for k, v in given.items() if v is not None}
    outline = chosen.pop("outline", None)
    if files:
        if project_dir:
            raise click.UsageError(_("give either files or --project, not both"))
        _warn_skipped(files)
        return tuple(files), Options(sections=outline, **chosen), None
    from assembler import project  # only in a project: it loads the Word-file machinery

    root = project.find_root(project_dir or ".")
    if root is None:
        raise click.UsageError(_("name the minutes files or folders, or run it in a project "
                                 "folder (see `assembler init`)"))
    base = project.load_config(root).options(project.overrides_path(root))
    from dataclasses import replace

    opts = replace(base, **chosen, **({"sections": outline} if outline else {}))
    _warn_skipped([root / project.MINUTES])
    return (str(root / project.MINUTES),), opts, root


def _warn_skipped(paths: Iterable[str | Path]) -> None:
    """A folder's files the readers do not take are named, not skipped in silence."""
    from assembler.ingest import CONVERTED, MARKDOWN, SUPPORTED, is_minutes_file

    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            continue
        for f in sorted(p.iterdir()):
            if not f.is_file() or f.name.startswith((".", "~$")) or is_minutes_file(f):
                continue  # a folder's .md is read when it is a note of minutes (ingest.is_minutes_file)
            if f.suffix.lower() in MARKDOWN:
                # a .md not in a note's form (a README beside the minutes): said as what it is, since a
                # folder's .md notes ARE read — "minutes are read from .txt/…" would be untrue of it
                _warn(_("{file}: not read: a folder's .md is read as minutes only when it is a note of "
                        "minutes (a # heading, three turns or more whose labels stand in bold before a "
                        "colon); name the file to read it anyway").format(file=f))
                continue
            _warn(_("{file}: not read: minutes are read from {kinds} files").format(
                file=f, kinds="/".join(SUPPORTED + CONVERTED)))


def _dump(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _show_problems(problems: Iterable[str]) -> None:
    for problem in problems:
        _warn(problem)


# --- parse / classify / dedup / review --------------------------------------------------------

_FILES = argument("files", nargs=-1, type=PathType(path_type=str))


@main.command(examples=("assembler parse examples/minutes/infra-council-02.txt",
                        "assembler parse 議事要旨フォルダ --json",
                        "cd 新戦略骨子 && assembler parse"))
@_FILES
@_shared(JSON, ENCODING, ROLES, PATTERNS, PROJECT)
def parse(files: tuple[str, ...], as_json: bool, encoding: str | None, roles: str | None,
          patterns: str | None, project_dir: str | None) -> None:
    """Read minutes (.txt, .docx, .pdf): meetings, speakers and points with their source lines."""
    from assembler import minutes, report

    inputs, opts, _root = _options(files, project_dir, encoding=encoding, roles=roles,
                                   patterns=patterns)
    parsed = minutes.parse_paths(inputs, encoding=opts.encoding,
                                 roles=minutes.load_roles(opts.roles),
                                 patterns=minutes.load_patterns(opts.patterns))
    if as_json:
        _dump(minutes.to_dict(parsed))
    else:
        click.echo(report.parsed(parsed))
    _warn_unread(parsed)


def _warn_unread(parsed: tuple[Minutes, ...]) -> None:
    """How many lines of the minutes were not read, and where (never silent)."""
    from assembler import minutes

    warning = minutes.unread_warning(parsed)
    if warning:
        _warn(warning)


@main.command(examples=("assembler classify examples/minutes/infra-council-02.txt",
                        "assembler classify 議事要旨フォルダ --outline 章立て.yaml --json"))
@_FILES
@_shared(JSON, OUTLINE, OVERRIDES, ENCODING, ROLES, PATTERNS, PROJECT)
def classify(files: tuple[str, ...], as_json: bool, outline: str | None, overrides: str | None,
             encoding: str | None, roles: str | None, patterns: str | None, project_dir: str | None) -> None:
    """Place every point in a chapter of the outline, with the words that decided it."""
    from assembler import minutes, pipeline, report

    inputs, opts, _root = _options(files, project_dir, outline=outline, overrides=overrides,
                                   encoding=encoding, roles=roles, patterns=patterns)
    a = pipeline.assemble(inputs, opts)
    _show_problems(a.problems)
    if as_json:
        data = minutes.to_dict(a.parsed)
        for d, x in zip(data["points"], a.assignments):
            d.update(x.to_dict())
        _dump(data)
    else:
        click.echo(report.placements(a))


@main.command(examples=("assembler dedup minutes/第2回.txt minutes/第3回.txt",
                        "assembler dedup 議事要旨フォルダ --threshold 85 --json"))
@_FILES
@_shared(JSON, THRESHOLD, OVERRIDES, ENCODING, ROLES, PATTERNS, PROJECT)
def dedup(files: tuple[str, ...], as_json: bool, threshold: float | None, overrides: str | None,
          encoding: str | None, roles: str | None, patterns: str | None, project_dir: str | None) -> None:
    """Merge points that say the same thing, across members and meetings, with the scores."""
    from assembler import minutes, pipeline, report

    inputs, opts, _root = _options(files, project_dir, threshold=threshold, overrides=overrides,
                                   encoding=encoding, roles=roles, patterns=patterns)
    a = pipeline.assemble(inputs, opts)
    _show_problems(a.problems)
    if as_json:
        data = minutes.to_dict(a.parsed)
        group_of = {p: g.id for g in a.groups for p in g.points}
        for d in data["points"]:
            d["group"] = group_of[d["id"]]
        data["groups"] = [g.to_dict() for g in a.groups]
        _dump(data)
    else:
        click.echo(report.merges(a))


@main.command(examples=("assembler review examples/minutes",
                        "cd 新戦略骨子 && assembler review",
                        "assembler review --json > 確認.json"))
@argument("inputs", nargs=-1, type=PathType(path_type=str))
@_shared(JSON, OUTLINE, OVERRIDES, THRESHOLD, ENCODING, ROLES, PATTERNS, PROJECT)
def review(inputs: tuple[str, ...], as_json: bool, outline: str | None, overrides: str | None,
           threshold: float | None, encoding: str | None, roles: str | None, patterns: str | None,
           project_dir: str | None) -> None:
    """List what deserves a human look, most doubtful first: placements the words hardly
    decided, and merges whose score is close to the threshold.

    Without files, in a project folder, it reviews the project's minutes."""
    from assembler import pipeline
    from assembler.review import review_data, review_text

    files, opts, _root = _options(inputs, project_dir, outline=outline, overrides=overrides,
                                  threshold=threshold, encoding=encoding, roles=roles,
                                  patterns=patterns)
    assembled = pipeline.assemble(files, opts)
    _show_problems(assembled.problems)
    if as_json:
        _dump(review_data(assembled, opts.threshold))
    else:
        click.echo(review_text(assembled, opts.threshold))
        from assembler.minutes import unread_report

        unread = unread_report(assembled.parsed)
        if unread:
            click.echo(unread)


# --- build -----------------------------------------------------------------------------------


def _progress(quiet: bool) -> Callable[[int, str], None] | None:
    """Per-stage progress on stderr, only when stderr is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    from assembler.pipeline import STAGES

    def show(i: int, name: str) -> None:
        click.echo(f"\r[{i + 1}/{len(STAGES)}] {name}…   ", err=True, nl=False)
        if i == len(STAGES) - 1:
            click.echo("", err=True)

    return show


_PLAIN_BUILD = ("output", "outline", "overrides", "threshold", "title", "reference_doc",
                "encoding", "patterns", "roles")


@main.command(examples=("assembler build examples/minutes -o output/draft.docx",
                        "cd 新戦略骨子 && assembler build --carry-edits output/draft.docx"))
@argument("inputs", nargs=-1, type=PathType(path_type=str))
@option("-o", "--output", default="output/draft.docx", show_default=True,
        type=PathType(dir_okay=False), help=N_("The .docx to write; the trace goes beside it."))
@_shared(OUTLINE, OVERRIDES, THRESHOLD)
@option("--title", default=None, help=N_("The draft's title."))
@option("--reference-doc", type=_FILE, default=None,
        help=N_("A .docx whose styles the draft uses (like pandoc's --reference-doc)."))
@_shared(ENCODING)
@option("--fonts", default=None, metavar="SET",
        help=N_("Font set of templates/style.yaml: ms (ＭＳ 明朝/ゴシック, for Word; the default) "
                "or ipa (IPAex明朝/ゴシック, for LibreOffice). In a project: overrides its `fonts`."))
@_shared(PATTERNS, ROLES)
@option("-q", "--quiet", is_flag=True, help=N_("No progress and no summary line."))
@option("--project", "project_dir", type=PathType(file_okay=False), default=None,
        help=N_("Build this project folder (default: the project holding the current folder)."))
@option("--carry-edits", type=PathType(dir_okay=False), default=None,
        help=N_("In a project: keep the secretariat's edits made in this draft (.docx)."))
@option("--discard-edits", is_flag=True,
        help=N_("In a project: build even though output/draft.docx was edited, without its "
                "edits (the edited draft is kept in output/history/)."))
def build(inputs: tuple[str, ...], output: str, outline: str | None, overrides: str | None,
          threshold: float | None, title: str | None, reference_doc: str | None, encoding: str | None,
          fonts: str | None, patterns: str | None, roles: str | None, quiet: bool,
          project_dir: str | None, carry_edits: str | None, discard_edits: bool) -> None:
    """Build the Word draft and its trace from minutes files or folders, or a project.

    In a project folder (see `assembler init`) it takes no files: it reads minutes/,
    overrides.yaml and assembler.yaml, marks what is new since the previous build and keeps
    earlier drafts in output/history/."""
    from assembler import pipeline, project
    from assembler.config import Options

    root = project.find_root(project_dir or ".") if not inputs else None
    if root is not None:
        given = _given(click.get_current_context(), _PLAIN_BUILD)
        if given:
            raise click.UsageError(_("{options}: a project takes its settings from {config} "
                                     "(and writes to output/)").format(
                options=", ".join(given), config=root / project.CONFIG))
        _build_project(root, carry_edits, discard_edits, quiet, fonts)
        _finished()
        return
    if project_dir:
        raise click.UsageError(_("{folder}: no assembler.yaml here (create one with "
                                 "`assembler init`)").format(folder=project_dir))
    if carry_edits or discard_edits:
        raise click.UsageError(_("--carry-edits and --discard-edits work in a project (see "
                                 "`assembler init`)"))
    if not inputs:
        raise click.UsageError(_("name the minutes files or folders, or run it in a project "
                                 "folder (see `assembler init`)"))
    owner = project.owner_of_output(output)
    if owner is not None:
        raise click.UsageError(_("{output} is the draft of the project in {folder}: a build of "
                                 "these files would replace it without a history copy; run "
                                 "`assembler build` without files to build the project, or give "
                                 "-o elsewhere").format(output=output, folder=owner))
    _warn_skipped(inputs)
    opts = Options(sections=outline, overrides=overrides, threshold=threshold, title=title,
                   encoding=encoding, reference_doc=reference_doc, patterns=patterns, roles=roles,
                   fonts=fonts)
    built = pipeline.build(inputs, output, opts, progress=_progress(quiet))
    _show_problems(built.assembled.problems)
    _warn_unread(built.assembled.parsed)
    if not quiet:
        from assembler import report

        click.echo(report.built(built), err=True)
    _finished()


#: Set by ``run`` (the ``assembler`` command's own process): a build that succeeded ends
#: there and then (``_finished``). Never set where ``main`` is called as a function (tests).
_END_AT_ONCE = False


def _finished() -> None:
    """End the process of a build that succeeded, without the interpreter's teardown: what
    is left then is freeing every object of the build one by one (0.3 s at 100k points).

    Only in the command's own process (``run``). By now every file is written and in place
    (the transaction committed, the second processes waited for) and closed. The exit
    handlers still run (the timings' total line, temporary folders' finalizers), then
    stdout and stderr are flushed; if flushing fails (a closed pipe), the usual exit
    reports it as Python would."""
    if not _END_AT_ONCE:
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(0)


def run() -> None:
    """The ``assembler`` command (console script and ``python -m assembler``): ``main``, with
    a successful build ended at once (``_finished``)."""
    global _END_AT_ONCE
    _END_AT_ONCE = True
    main()


def _build_project(root: Path, carry_edits: str | None, discard_edits: bool, quiet: bool,
                   fonts: str | None = None) -> None:
    from assembler import project, report

    _warn_skipped([root / project.MINUTES])
    result = project.build(root, carry_edits=carry_edits, discard_edits=discard_edits,
                           progress=_progress(quiet), fonts=fonts)
    for line in result.carried:
        click.echo(_("carried: {what}").format(what=line), err=True)
    for line in result.not_carried:
        click.secho(_("not carried: {what}").format(what=line), fg="yellow", err=True)
    _show_problems(result.built.assembled.problems)
    _warn_unread(result.built.assembled.parsed)
    if quiet:
        return
    if not result.changed:
        click.echo(_("no changes since the previous build; the draft is the same"), err=True)
    else:
        for line in [*result.changes.summary, *report.restyled(result.restyled)]:
            click.echo(_("change: {what}").format(what=line), err=True)
        if result.history:
            click.echo(_("the previous draft is kept in {folder}").format(folder=result.history),
                       err=True)
    click.echo(report.built(result.built), err=True)


# --- projects --------------------------------------------------------------------------------


@main.command(examples=('assembler init 新戦略骨子 --title "「インフラ海外展開に関する新戦略」骨子（事務局たたき台）"',
                        "assembler init 議事要旨フォルダ"))
@argument("directory", type=PathType(file_okay=False))
@option("--title", default=None, help=N_("The draft's title."))
@option("--council", default=None, help=N_("The council's name."))
def init(directory: str, title: str | None, council: str | None) -> None:
    """Create a drafting project: assembler.yaml, minutes/, overrides.yaml, output/.

    Minutes already in the folder are moved into minutes/ (each is read first: a file that
    cannot be read stays where it is, and the command says why)."""
    from assembler import project, report

    found = project.minutes_beside(directory)
    root = project.init(directory, title=title, council=council)
    click.echo(_("created the project in {folder}").format(folder=root))
    if found:
        results = project.adopt(root, found)
        click.echo(report.added(results))
        if any(r.parsed is not None for r in results):
            click.echo(_("next: `cd {folder}` and `assembler build`").format(folder=root))
            return
    click.echo(_("next: `cd {folder}`, put minutes in with `assembler add FILE...`, then run "
                 "`assembler build`").format(folder=root))


@main.command(examples=("assembler add ~/受信/第3回議事要旨.pdf",
                        "assembler add ~/受信/*.pdf ~/受信/*.docx",
                        "assembler add --replace 第3回議事要旨_修正版.pdf"))
@argument("files", nargs=-1, required=True, type=PathType(path_type=str), metavar="FILE")
@_shared(PROJECT)
@option("--replace", is_flag=True, help=N_("Replace the minutes of a meeting already there."))
def add(files: tuple[str, ...], project_dir: str | None, replace: bool) -> None:
    """Add meetings' minutes to the project, reporting what each file added or replaced
    (builds nothing). Every file is read before any is copied: if one cannot be read,
    nothing is added."""
    from assembler import project, report

    try:
        results = project.add_many(_root(project_dir), files, replace=replace)
    except AssemblerError as e:
        if len(files) > 1:  # say that the others were not added either
            e.hint = _("{hint} (none of the {n} files was added)").format(
                hint=e.hint or "", n=len(files)).lstrip()
        raise
    click.echo(report.added(results))
    click.echo(_("run `assembler build` to regenerate the draft"))


@main.command(examples=("assembler status", "assembler status --project 新戦略骨子"))
@_shared(PROJECT)
def status(project_dir: str | None) -> None:
    """Say where the project stands: its meetings, the last build, whether draft.docx was
    edited since, the overrides in force and what `assembler build` would change."""
    from assembler import report
    from assembler.status import project_status

    click.echo(report.status(project_status(_root(project_dir))))


def _root(project_dir: str | None) -> Path:
    """The project folder named, or the one holding the current folder."""
    from assembler import project

    root = project.find_root(project_dir or ".")
    if root is None:
        raise click.UsageError(_("not in a project folder (create one with `assembler init DIR`)"))
    return root


def _restored(entry: Path, kept: Path | None) -> None:
    click.echo(_("restored the draft, manifest and overrides.yaml of {folder}").format(folder=entry))
    if kept is not None:
        click.echo(_("the state before is kept in {folder}").format(folder=kept))


@main.command(examples=("assembler undo",))
@_shared(PROJECT)
def undo(project_dir: str | None) -> None:
    """Go back to the draft, manifest and overrides.yaml before the last build. The state
    undone is kept in output/history/ (nothing is lost; undo again to go further back)."""
    from assembler import project

    _restored(*project.restore(_root(project_dir)))


@main.group(cls=Group, examples=("assembler history list", "assembler history restore 3"))
def history() -> None:
    """Earlier drafts of a project (output/history/): list them, bring one back."""


@history.command("list", examples=("assembler history list",))
@_shared(PROJECT)
def history_list(project_dir: str | None) -> None:
    """List the earlier drafts kept in output/history/, oldest first: number, when each was
    built, what it held and why it was kept."""
    from assembler import report
    from assembler.status import history

    click.echo(report.history(history(_root(project_dir))))


@history.command("restore", examples=("assembler history restore 3",))
@argument("number", type=Whole())
@_shared(PROJECT)
def history_restore(number: int, project_dir: str | None) -> None:
    """Bring back history copy NUMBER: its draft, manifest and overrides.yaml together."""
    from assembler import project

    _restored(*project.restore(_root(project_dir), number))


if __name__ == "__main__":
    run()
