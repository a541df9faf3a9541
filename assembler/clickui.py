"""click, in the user's language: translated help, wrapped by display width, real defaults.

The command line (``assembler.cli``) builds its commands from these classes:

- ``Command``/``Group``: the help text (the docstring, written in English and translated from
  the catalog when shown) and the examples (``examples=[...]``, shown verbatim under 例/Example);
  ``assembler --help`` lists each command's whole first paragraph, not a cut one.
- ``Option``: its ``help=`` is translated when shown; ``default_text=`` names the real default
  (``80``, not a variable's name), computed when help is shown so no stage is imported early.
- ``HelpFormatter``: wraps Japanese by display columns (a kanji takes two), never inside a
  Latin word, and never starts a line with 、。」.

click's own words (Usage, Options, "Missing argument", …) go through the same catalog:
``use_catalog_for_click()`` points click's ``gettext`` at ``assembler.i18n``. The placeholders
of the usage line and the help (``[OPTIONS]``, ``FILE``, ``TEXT``…) are translated too (catalog
context ``metavar``; ``metavars()`` lists them for ``make messages``), and a wrong argument is
one line (``OneLineUsageError``): what is wrong, and where the help is.
"""
from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any, Callable, TypeVar

import click

from .i18n import _, ngettext, pgettext
from .text import terminal_width, width, wrap

_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui",
                  "utils", "shell_completion", "_termui_impl")


def use_catalog_for_click() -> None:
    """Make click's own messages come from our catalog (click imports gettext's functions
    by name into each of its modules; replacing those names is the hook it leaves)."""
    import importlib

    for name in _CLICK_MODULES:
        try:
            mod = importlib.import_module(f"click.{name}")
        except ImportError:  # pragma: no cover - platform-specific modules
            continue
        # setattr: the names are click's module globals, which its stubs do not declare
        if hasattr(mod, "_"):
            setattr(mod, "_", _)
        if hasattr(mod, "ngettext"):
            setattr(mod, "ngettext", ngettext)


# --- placeholders in the user's language ------------------------------------------------------

#: The English placeholder of each value type (click's own is fixed when the module loads,
#: in the language of that moment); each is looked up in the catalog under ``metavar``.
_TYPE_METAVARS = {"text": "TEXT", "integer": "INTEGER", "float": "NUMBER",
                  "boolean": "BOOLEAN"}


def metavar(text: str) -> str:
    """A placeholder (``FILE``, ``[OPTIONS]``, ``COMMAND [ARGS]...``) in the user's language."""
    return pgettext("metavar", text)


def english_metavar(param: click.Parameter) -> str:
    """The placeholder of ``param`` in English, without brackets or dots (the catalog key)."""
    if param.metavar is not None:
        return param.metavar
    t = param.type
    if isinstance(t, click.Path):
        return "FILE" if not t.dir_okay else "DIRECTORY" if not t.file_okay else "PATH"
    if isinstance(t, (Percent, Whole)):
        return t.metavar
    if t.name in _TYPE_METAVARS:
        return _TYPE_METAVARS[t.name]
    if isinstance(param, click.Argument):
        return (param.name or "").upper()
    return t.name.upper()


def metavars(command: click.Command) -> set[str]:
    """Every placeholder ``command`` and its subcommands show, in English (for the catalog)."""
    out = {command.options_metavar or ""}
    if isinstance(command, click.Group):
        out.add(command.subcommand_metavar)
        for sub in command.commands.values():
            out |= metavars(sub)
    for param in command.params:
        if isinstance(param, click.Option) and param.is_flag:
            continue
        out.add(english_metavar(param))
    return out - {""}


class HelpFormatter(click.HelpFormatter):
    """click's formatter, measuring text in display columns (wcwidth), not characters."""

    def __init__(self, indent_increment: int = 2, width: int | None = None,
                 max_width: int | None = None) -> None:
        super().__init__(indent_increment, width or min(terminal_width(), 100), max_width)

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for para in text.split("\n\n"):
            if para.startswith("\b\n"):  # a block kept as written
                for ln in para[2:].splitlines():
                    self.write(f"{indent}{ln}\n")
            else:
                for ln in wrap(para, max(self.width - self.current_indent, 20)):
                    self.write(f"{indent}{ln}\n")
            self.write("\n")
        if self.buffer and self.buffer[-1] == "\n":
            self.buffer.pop()

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first = min(max((width(r[0]) for r in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        room = max(self.width - first - self.current_indent, 20)
        for term, text in rows:
            self.write(f"{indent}{term}")
            lines = wrap(text, room) if text else []
            if not lines:
                self.write("\n")
                continue
            if width(term) <= first - col_spacing:
                self.write(" " * (first - width(term)))
            else:
                self.write("\n" + " " * (first + self.current_indent))
            self.write(lines[0] + "\n")
            for ln in lines[1:]:
                self.write(" " * (first + self.current_indent) + ln + "\n")


class Context(click.Context):
    formatter_class = HelpFormatter


class _Translated(click.Command):
    """Help text and examples shown in the user's language (mixed in before click's Command
    or Group, whose help and context_class these are)."""

    context_class: type[click.Context] = Context

    def __init__(self, *args: Any, examples: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.examples = tuple(examples)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        self._help_option = None  # click caches it with its help in the language of the moment
        return super().get_help_option(ctx)

    def help_text(self) -> str:
        return _(inspect.cleandoc(self.help)) if self.help else ""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = self.help_text()
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.examples:
            with formatter.section(_("Example")):
                for line in self.examples:
                    formatter.write(" " * formatter.current_indent + line + "\n")

    def get_short_help_str(self, limit: int = 45) -> str:
        return " ".join(self.help_text().split("\n\n")[0].split())

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [metavar(piece) for piece in super().collect_usage_pieces(ctx)]


class Command(_Translated, click.Command):
    pass


class Group(_Translated, click.Group):
    command_class = Command


class Option(click.Option):
    """An option whose help is translated when shown, with its real default named."""

    def __init__(self, *args: Any, default_text: Callable[[], str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.default_text = default_text

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        saved = self.help, self.show_default
        if self.help:
            self.help = _(self.help)
        if self.default_text is not None:
            self.show_default = False
        try:
            record = super().get_help_record(ctx)
        finally:
            self.help, self.show_default = saved
        if record is None or self.default_text is None:
            return record
        shown = _("default: {default}").format(default=self.default_text())
        return record[0], f"{record[1]}  [{shown}]".lstrip()

    def make_metavar(self, ctx: click.Context) -> str:
        var = metavar(english_metavar(self))
        return var + "..." if self.nargs != 1 else var


class Argument(click.Argument):
    """An argument whose placeholder is shown in the user's language (``[ファイル]...``)."""

    def make_metavar(self, ctx: click.Context) -> str:
        var = metavar(english_metavar(self))
        if not self.required:
            var = f"[{var}]"
        return var + "..." if self.nargs != 1 else var


_F = TypeVar("_F", bound=Callable[..., Any])


def argument(*decls: str, **attrs: Any) -> Callable[[_F], _F]:
    """``click.argument`` with the translating ``Argument`` class."""
    return click.argument(*decls, cls=Argument, **attrs)


class Path(click.Path):
    """``click.Path`` naming itself (in its messages: 「ファイル 'x' がありません」) in the
    language of the moment, not in the one of the moment the module was loaded."""

    @property
    def name(self) -> str:
        if self.file_okay and not self.dir_okay:
            return _("file")
        if self.dir_okay and not self.file_okay:
            return _("directory")
        return _("path")

    @name.setter
    def name(self, value: str) -> None:  # click sets it in __init__; it is computed instead
        pass


if TYPE_CHECKING:  # click's ParamType is generic (value, input) in its stubs, not at run time in older clicks
    _FloatParam = click.ParamType[float, "str | float"]
    _IntParam = click.ParamType[int, "str | int"]
else:
    _FloatParam = _IntParam = click.ParamType


class Percent(_FloatParam):
    """A number from 0 to 100 (a threshold), checked the same way wherever it is given."""

    name = metavar = "0-100"

    def convert(self, value: str | float, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number: float | None = float(value)
        except (TypeError, ValueError):
            number = None
        if number is None or not 0 <= number <= 100:
            self.fail(_("{value} is not a number from 0 to 100").format(value=value), param, ctx)
        return number


class Whole(_IntParam):
    """A whole number from 1 (a history copy's number), refused in the user's language."""

    name = "number"
    metavar = "NUMBER"

    def convert(self, value: str | int, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = 0
        if number < 1:
            self.fail(_("{value} is not a number such as 1, 2 or 3").format(value=value), param, ctx)
        return number


class OneLineUsageError(click.ClickException):
    """A wrong argument or option, shown as one line (what is wrong, where the help is)
    instead of click's usage, hint and error lines."""

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message())
        self.error = error
        # click declares exit_code a ClassVar; the usage error's own code is kept per instance
        self.exit_code = error.exit_code  # type: ignore[misc]

    def format_message(self) -> str:
        e = self.error
        if isinstance(e, click.MissingParameter) and isinstance(e.param, click.Argument):
            what = metavar(english_metavar(e.param))
            if e.param.nargs != 1:
                return _("name one {what} or more").format(what=what)
            return _("name the {what}").format(what=what)
        return e.format_message().replace("。 ", "。")

    def show(self, file: IO[Any] | None = None) -> None:
        ctx = self.error.ctx
        text = _("error: {message}").format(message=self.format_message())
        if ctx is not None and ctx.command.get_help_option(ctx) is not None:
            text = _("{message} (see `{command} --help`)").format(message=text,
                                                                command=ctx.command_path)
        click.secho(" ".join(text.split("\n")), fg="red", err=True,
                    color=ctx.color if ctx is not None else None)


def one_line(error: click.UsageError) -> click.ClickException:
    """The usage error as one line; click's help-on-no-arguments is left as it is."""
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        return error
    return OneLineUsageError(error)


def option(*decls: str, **attrs: Any) -> Callable[[_F], _F]:
    """``click.option`` with the translating ``Option`` class."""
    return click.option(*decls, cls=Option, **attrs)
