"""The command line: a thin click layer over the ``assembler`` library.

Every command parses its options, calls the library and reports. Errors of the
``AssemblerError`` family become one line on stderr (file, line, what to do) and exit
code 2, in one place: ``_Group.invoke``.
"""
from __future__ import annotations

import json
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
        except KeyboardInterrupt:
            click.echo("interrupted; nothing was overwritten", err=True)
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="strategy-draft-assembler")
def main() -> None:
    """Assemble a traceable Word draft of a council's strategy from its minutes.

    \b
    Example:
      assembler build minutes/ -o output/draft.docx
    """


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
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary line.")
def build(inputs, output, sections_path, overrides, threshold, title, reference_doc, encoding,
          quiet) -> None:
    """Build the Word draft and its trace from minutes files or folders.

    \b
    Example:
      assembler build examples/minutes -o output/draft.docx
    """
    from assembler import pipeline

    if not inputs:
        raise click.UsageError("name the minutes files or folders to build from")
    opts = pipeline.Options(sections=sections_path, overrides=overrides, threshold=threshold,
                            title=title, encoding=encoding, reference_doc=reference_doc)
    built = pipeline.build(inputs, output, opts, progress=_progress(quiet))
    for problem in built.assembled.problems:
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    if not quiet:
        click.echo(built.summary(), err=True)


if __name__ == "__main__":
    main()
