"""The command line: a thin click layer over the ``assembler`` library.

Every command parses its options, calls the library and reports. Errors of the
``AssemblerError`` family become one line on stderr (file, line, what to do) and exit
code 2, in one place: ``_Group.invoke``.
"""
from __future__ import annotations

import json
import os
import sys

import click

from assembler.errors import AssemblerError


class _Group(click.Group):
    """Turns the library's errors into one clear line instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AssemblerError as e:
            click.secho(f"error: {e}", fg="red", err=True)
            sys.exit(2)
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            click.secho(f"error: {where}{e.strerror or e}; check the path and its permissions",
                        fg="red", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("interrupted; files already written are complete, nothing was half-written",
                       err=True)
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: say so in one line, keep the traceback for a report
            if os.environ.get("ASSEMBLER_DEBUG"):
                raise
            click.secho(f"error: internal error ({type(e).__name__}: {e}); please report it with "
                        "the input files (ASSEMBLER_DEBUG=1 shows the traceback)", fg="red", err=True)
            sys.exit(70)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="strategy-draft-assembler")
@click.option("--profile", is_flag=True,
              help="Print each stage's time and peak memory to stderr (or set ASSEMBLER_TIMINGS=1).")
def main(profile: bool) -> None:
    """Assemble a traceable Word draft of a council's strategy from its minutes.

    \b
    Example:
      assembler build minutes/ -o output/draft.docx
    """
    if profile:
        from assembler import timings

        timings.enable()


def _dump(data: dict) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document (meetings, points).")
@click.option("--encoding", default=None, help="Force the text encoding (e.g. cp932) instead of detecting it.")
@click.option("--roles", type=click.Path(dir_okay=False), default=None,
              help="A YAML table of extra titles -> roles (same shape as assembler/data/roles.yaml).")
@click.option("--patterns", type=click.Path(dir_okay=False), default=None,
              help="A YAML file of extra speaker-header, bullet and front-matter patterns.")
def parse(files: tuple[str, ...], as_json: bool, encoding: str | None, roles: str | None,
          patterns: str | None) -> None:
    """Read minutes (.txt, .docx, .pdf) into meetings, speakers and points with their source lines.

    \b
    Example:
      assembler parse examples/minutes/infra-council-02.txt --json
      assembler parse minutes/ --patterns my-council.yaml
    """
    from assembler import minutes

    parsed = minutes.parse_paths(files, encoding=encoding, roles=minutes.load_roles(roles),
                                 patterns=minutes.load_patterns(patterns))
    if as_json:
        _dump(minutes.to_dict(parsed))
    else:
        click.echo(minutes.summary(parsed))
    _warn_unread(parsed)


def _warn_unread(parsed) -> None:
    """How many lines of the minutes were not read, and where (never silent)."""
    from assembler import minutes

    warning = minutes.unread_warning(parsed)
    if warning:
        click.secho(f"warning: {warning}", fg="yellow", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: the parse output, each point with section, sections, scores, matched, uncertain.")
@click.option("--sections", "sections_path", type=click.Path(dir_okay=False), default=None,
              help="The outline YAML (default: the bundled sections/default.yaml).")
@click.option("--overrides", type=click.Path(dir_okay=False), default=None,
              help="The secretariat's placements and exclusions (see sections/overrides.example.yaml).")
@click.option("--encoding", default=None, help="Force the text encoding of the minutes.")
def classify(files: tuple[str, ...], as_json: bool, sections_path: str | None, overrides: str | None,
             encoding: str | None) -> None:
    """Place every point in a section of the outline, showing the evidence.

    \b
    Example:
      assembler classify examples/minutes/infra-council-02.txt
      assembler classify minutes/ --sections my-outline.yaml --overrides overrides.yaml --json
    """
    from assembler import classify as cl, minutes, overrides as ov, sections

    outline = sections.load_outline(sections_path)
    parsed = minutes.parse_paths(files, encoding=encoding)
    points = [p for m in parsed for p in m.points]
    decided = ov.load_overrides(overrides) if overrides else None
    for problem in ov.check_overrides(decided, points, outline) if decided else ():
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    assignments = cl.classify(points, outline, decided)
    if as_json:
        data = minutes.to_dict(parsed)
        for d, a in zip(data["points"], assignments):
            d.update(a.to_dict())
        _dump(data)
    else:
        click.echo(cl.format_assignments(points, assignments))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: the parse output, each point with its group, and groups[].")
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help="Merge threshold (0-100; default: assembler.dedup.DEFAULT_THRESHOLD).")
@click.option("--overrides", type=click.Path(dir_okay=False), default=None,
              help="The secretariat's never_merge / merge decisions (overrides YAML).")
@click.option("--encoding", default=None, help="Force the text encoding of the minutes.")
def dedup(files: tuple[str, ...], as_json: bool, threshold: float | None, overrides: str | None,
          encoding: str | None) -> None:
    """Merge points that say the same thing, across members and meetings.

    \b
    Example:
      assembler dedup minutes/第2回.txt minutes/第3回.txt
      assembler dedup minutes/ --threshold 85 --overrides overrides.yaml --json
    """
    from assembler import dedup as dd, minutes, overrides as ov

    parsed = minutes.parse_paths(files, encoding=encoding)
    points = [p for m in parsed for p in m.points]
    groups = dd.dedup(points, threshold=dd.DEFAULT_THRESHOLD if threshold is None else threshold,
                      overrides=ov.load_overrides(overrides) if overrides else None)
    if as_json:
        data = minutes.to_dict(parsed)
        group_of = {p: g.id for g in groups for p in g.points}
        for d in data["points"]:
            d["group"] = group_of[d["id"]]
        data["groups"] = [g.to_dict() for g in groups]
        _dump(data)
    else:
        click.echo(dd.summary(points, groups))


def _progress(quiet: bool):
    """Per-stage progress on stderr, only when stderr is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    from assembler.pipeline import STAGES

    def show(i: int, name: str) -> None:
        click.echo(f"\r[{i + 1}/{len(STAGES)}] {name}…   ", err=True, nl=False)
        if i == len(STAGES) - 1:
            click.echo("", err=True)

    return show


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", default="output/draft.docx", show_default=True,
              type=click.Path(dir_okay=False), help="The .docx to write; the trace goes beside it.")
@click.option("--sections", "sections_path", type=click.Path(dir_okay=False), default=None,
              help="The outline YAML (default: the bundled sections/default.yaml).")
@click.option("--overrides", type=click.Path(dir_okay=False), default=None,
              help="The secretariat's corrections (placements, exclusions, merges).")
@click.option("--threshold", type=float, default=None, help="Merge threshold (0-100).")
@click.option("--title", default=None, help="The draft's title.")
@click.option("--reference-doc", type=click.Path(dir_okay=False), default=None,
              help="A .docx whose styles the draft uses (like pandoc's --reference-doc).")
@click.option("--encoding", default=None, help="Force the text encoding of the minutes.")
@click.option("--fonts", default=None, metavar="SET",
              help="Font set of templates/style.yaml: ms (ＭＳ 明朝/ゴシック, for Word; the default) "
                   "or ipa (IPAex明朝/ゴシック, for LibreOffice). In a project: overrides its `fonts`.")
@click.option("--patterns", type=click.Path(dir_okay=False), default=None,
              help="A YAML file of extra speaker-header, bullet and front-matter patterns.")
@click.option("--roles", type=click.Path(dir_okay=False), default=None,
              help="A YAML table of extra titles -> roles.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary line.")
@click.option("--project", "project_dir", type=click.Path(file_okay=False), default=None,
              help="Build this project folder (default: the project holding the current folder).")
@click.option("--carry-edits", type=click.Path(dir_okay=False), default=None,
              help="In a project: keep the secretariat's edits made in this draft (.docx).")
def build(inputs, output, sections_path, overrides, threshold, title, reference_doc, encoding,
          fonts, patterns, roles, quiet, project_dir, carry_edits) -> None:
    """Build the Word draft and its trace from minutes files or folders, or a project.

    In a project folder (see `assembler init`) it takes no inputs: it reads minutes/,
    overrides.yaml and assembler.yaml, marks what is new since the previous build and
    keeps earlier drafts in output/history/.

    \b
    Example:
      assembler build examples/minutes -o output/draft.docx
      cd 新戦略骨子 && assembler build --carry-edits output/draft.docx
    """
    from assembler import pipeline, project

    root = project.find_root(project_dir or ".") if not inputs else None
    if root is not None:
        ctx = click.get_current_context()
        given = [f"--{name.replace('_path', '').replace('_', '-')}" for name in (
            "output", "sections_path", "overrides", "threshold", "title", "reference_doc",
            "encoding", "patterns", "roles")
            if ctx.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE]
        if given:
            raise click.UsageError(f"{', '.join(given)}: a project takes its settings from "
                                   f"{root / project.CONFIG} (and writes to output/)")
        _build_project(root, carry_edits, quiet, fonts)
        return
    if project_dir:
        raise click.UsageError(f"{project_dir}: no assembler.yaml here (create one with `assembler init`)")
    if carry_edits:
        raise click.UsageError("--carry-edits works in a project (see `assembler init`)")
    if not inputs:
        raise click.UsageError("name the minutes files or folders, or run it in a project "
                               "folder made by `assembler init`")
    opts = pipeline.Options(sections=sections_path, overrides=overrides, threshold=threshold,
                            title=title, encoding=encoding, reference_doc=reference_doc,
                            patterns=patterns, roles=roles, fonts=fonts)
    built = pipeline.build(inputs, output, opts, progress=_progress(quiet))
    for problem in built.assembled.problems:
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    _warn_unread(built.assembled.parsed)
    if not quiet:
        click.echo(built.summary(), err=True)


def _build_project(root, carry_edits, quiet: bool, fonts: str | None = None) -> None:
    from assembler import project

    result = project.build(root, carry_edits=carry_edits, progress=_progress(quiet), fonts=fonts)
    for line in result.carried:
        click.echo(f"carried: {line}", err=True)
    for line in result.not_carried:
        click.secho(f"not carried: {line}", fg="yellow", err=True)
    for problem in result.built.assembled.problems:
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    _warn_unread(result.built.assembled.parsed)
    if quiet:
        return
    if not result.changed:
        click.echo("no changes since the previous build; the draft is the same", err=True)
    else:
        for line in result.changes.summary:
            click.echo(f"change: {line}", err=True)
        if result.history:
            click.echo(f"the previous draft is kept in {result.history}", err=True)
    click.echo(result.built.summary(), err=True)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--title", default=None, help="The draft's title.")
@click.option("--council", default=None, help="The council's name.")
def init(directory: str, title: str | None, council: str | None) -> None:
    """Create a drafting project: assembler.yaml, minutes/, overrides.yaml, output/.

    \b
    Example:
      assembler init 新戦略骨子 --title "「インフラ海外展開に関する新戦略」骨子（事務局たたき台）"
    """
    from assembler import project

    root = project.init(directory, title=title, council=council)
    click.echo(f"created the project in {root}: put minutes in with `assembler add FILE`, "
               "then run `assembler build` there")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--project", "project_dir", type=click.Path(file_okay=False), default=None,
              help="The project folder (default: the one holding the current folder).")
@click.option("--replace", is_flag=True, help="Replace the minutes of a meeting already there.")
def add(file: str, project_dir: str | None, replace: bool) -> None:
    """Add a meeting's minutes to the project (reports what it parsed; builds nothing).

    \b
    Example:
      assembler add ~/Downloads/第3回議事要旨.pdf
    """
    from assembler import project

    root = project.find_root(project_dir or ".")
    if root is None:
        raise click.UsageError("not in a project folder (create one with `assembler init DIR`)")
    parsed, target = project.add(root, file, replace=replace)
    m = parsed.meeting
    speakers = list(dict.fromkeys(p.speaker.label for p in parsed.points))
    procedural = sum(1 for p in parsed.points if p.kind == "procedural")
    click.echo(f"added {target}: {m.council} {m.label} ({m.date or '日付不明'}), "
               f"{len(speakers)} speakers, {len(parsed.points)} points ({procedural} procedural)")
    click.echo("  speakers: " + "、".join(speakers))
    click.echo("run `assembler build` to regenerate the draft")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("--sections", "sections_path", type=click.Path(dir_okay=False), default=None,
              help="The outline YAML (default: the bundled one).")
@click.option("--overrides", type=click.Path(dir_okay=False), default=None,
              help="The secretariat's corrections.")
@click.option("--threshold", type=float, default=None, help="Merge threshold (0-100).")
def review(inputs, sections_path, overrides, threshold) -> None:
    """List what deserves a human look: doubtful placements and merges, most doubtful first.

    Without inputs, in a project folder, it reviews the project's minutes.

    \b
    Example:
      assembler review examples/minutes
    """
    from assembler import pipeline, project
    from assembler.review import review_text

    opts = pipeline.Options(sections=sections_path, overrides=overrides, threshold=threshold)
    if not inputs:
        root = project.find_root(".")
        if root is None:
            raise click.UsageError("name the minutes files or folders, or run it in a project folder")
        cfg = project.load_config(root)
        opts = cfg.options(project.overrides_path(root))
        inputs = (str(root / project.MINUTES),)
    assembled = pipeline.assemble(inputs, opts)
    for problem in assembled.problems:
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    click.echo(review_text(assembled, opts.threshold))
    from assembler.minutes import unread_report

    report = unread_report(assembled.parsed)
    if report:
        click.echo(report)


if __name__ == "__main__":
    main()
