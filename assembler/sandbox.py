"""The one jinja2 environment for templates a user may write (templates/*.j2, outline intros).

A template is data, not a program: ``jinja2.sandbox.SandboxedEnvironment`` refuses the
attribute walks (``cycler.__init__.__globals__.os``…) by which a plain environment lets a
template run a shell command, and caps ``range`` at 100,000 items. On top of that one
``*`` or ``**`` may not build a text or list of more than ``MAX_ITEMS`` items or a number
of more than ``MAX_DIGITS`` digits (``'x' * 10**9`` would fill the memory), and ``lipsum``
(a generator of filler text of any length) is not offered. What a sandbox refuses is a
``jinja2.exceptions.SecurityError``, a ``TemplateError``: the callers report it as a
``ConfigError`` naming the template.
"""
from __future__ import annotations

import math
import operator
from typing import TYPE_CHECKING, Any

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

if TYPE_CHECKING:
    from jinja2.runtime import Context

__all__ = ["environment", "MAX_ITEMS", "MAX_DIGITS"]

MAX_ITEMS = 1_000_000
MAX_DIGITS = 1_000


class _Sandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_ITEMS:
                    raise SecurityError(f"'*' would make {len(seq) * n:,} items (at most {MAX_ITEMS:,})")
            return operator.mul(left, right)
        if (isinstance(left, int) and isinstance(right, int) and abs(left) > 1
                and right * math.log10(abs(left)) > MAX_DIGITS):
            raise SecurityError(f"'**' would make a number of more than {MAX_DIGITS:,} digits")
        return operator.pow(left, right)


def environment(**options: Any) -> SandboxedEnvironment:
    """A sandboxed jinja2 environment (``options`` as for ``jinja2.Environment``)."""
    env = _Sandbox(**options)
    env.globals.pop("lipsum", None)
    return env
