"""One exception family; the CLI turns it into one line on stderr in one place.

Messages are given already translated (``_("...")`` from :mod:`assembler.i18n`); the frame
around them (file, line, hint) is worded here, in the user's language:

- English: ``minutes/第3回.txt: line 212: a bullet before any speaker header; is the speaker …?``
- 日本語:  ``minutes/第3回.txt: 212行目: 話者の見出しより前に箇条があります。話者の行は …``
"""
from __future__ import annotations

import re

from .i18n import _

_DOUBLED = re.compile(r"([。？！])。")


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
        super().__init__(message)

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}: "
            if self.line is not None:
                where += _("line {line}: ").format(line=self.line)
        text = f"{where}{self.message}"
        if self.hint:
            text = _("{message}; {hint}").format(message=text, hint=self.hint)
        # a message ending in ？ or 。 before the hint's 。 (「…のことですか？。」)
        return _DOUBLED.sub(r"\1", " ".join(text.splitlines()))


class InputError(AssemblerError):
    """A minutes file cannot be read or understood."""


class ConfigError(AssemblerError):
    """A YAML file (outline, overrides, patterns, project config) is invalid."""


class RenderError(AssemblerError):
    """The draft or its trace cannot be written."""
