"""One exception family; the CLI turns it into one line on stderr in one place."""
from __future__ import annotations


class AssemblerError(Exception):
    """Base of every error the tool reports to the user (never shown as a traceback).

    ``file`` and ``line`` say where; ``hint`` says what to do.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}: "
            if self.line is not None:
                where += f"line {self.line}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text


class InputError(AssemblerError):
    """A minutes file cannot be read or understood."""


class ConfigError(AssemblerError):
    """A YAML file (outline, overrides, patterns, project config) is invalid."""


class RenderError(AssemblerError):
    """The draft or its trace cannot be written."""
