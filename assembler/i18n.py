"""Messages in the user's language: Japanese by default, English when the locale asks for it.

Every text a person reads on screen (errors, warnings, summaries, table headers, ``--help``)
is written in English in the code and marked for translation; the Japanese wording lives in
the gettext catalog ``assembler/locale/ja/LC_MESSAGES/assembler.po`` (compiled to ``.mo``,
read by the standard library's :mod:`gettext`).

Use it like this::

    from assembler.i18n import _, ngettext

    raise InputError(_("a bullet before any speaker header"), file=path, line=n,
                     hint=_("is the speaker line written as （○○委員）?"))
    click.echo(_("{n} points in {file}").format(n=len(points), file=path))

- Put values in with ``.format`` *after* ``_()`` (never an f-string inside ``_()``): the
  text inside ``_()`` is the catalog's key.
- A text needed before the language is known (a module constant, a click ``help=``) is
  marked with ``N_("...")`` and translated where it is shown.
- To add or change a message: write it in the code, then ``make messages`` (extracts the
  new texts into the .po), write the Japanese ``msgstr`` in the .po, ``make messages`` again
  (compiles the .mo). ``tests/test_i18n.py`` fails while a marked text has no translation
  or a translation's ``{placeholders}`` differ from the English.

The language is decided on every call from the environment, as gettext programs do (inside
``with one_language():`` once for the block: the pipeline's stages word every point):
``LC_ALL``, then ``LC_MESSAGES``, then ``LANG`` (the first one set); ``C``/``POSIX`` and
``en…`` mean English, ``LANGUAGE`` (a list such as ``en:ja``) is honoured unless the
locale is ``C``; anything else, or nothing set, means Japanese — the secretariat's
language.
"""
from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

DOMAIN = "assembler"
LOCALEDIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("ja", "en")


def language(environ: Mapping[str, str] | None = None) -> str:
    """'ja' or 'en', from the environment variables (see the module docstring).

    >>> language({}), language({"LANG": "C.UTF-8"}), language({"LANG": "ja_JP.UTF-8"})
    ('ja', 'en', 'ja')
    >>> language({"LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"})
    'en'
    >>> language({"LANG": "ja_JP.UTF-8", "LANGUAGE": "en:ja"}), language({"LANG": "C", "LANGUAGE": "ja"})
    ('en', 'en')
    """
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    base = locale.split(".")[0].split("@")[0]
    if base in ("C", "POSIX"):
        return "en"
    for lang in [x for x in env.get("LANGUAGE", "").split(":") if x] + [base]:
        code = lang.split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "ja"


@lru_cache(maxsize=None)
def _catalog(lang: str) -> _gettext.NullTranslations:
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=str(LOCALEDIR), languages=[lang], fallback=True)


_pinned: list[_gettext.NullTranslations] = []


@contextmanager
def one_language() -> Iterator[None]:
    """Within the block the language is read from the environment once, not on every text:
    a stage that words thousands of points (evidence, comments) calls ``_()`` per point."""
    _pinned.append(translations())
    try:
        yield
    finally:
        _pinned.pop()


def translations() -> _gettext.NullTranslations:
    """The catalog for the current language (English: the texts as written)."""
    if _pinned:
        return _pinned[-1]
    return _catalog(language())


def _(message: str) -> str:
    """The message in the user's language."""
    return translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The message for ``n`` things in the user's language (Japanese has one form)."""
    return translations().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """The message in the user's language, for a word whose sense depends on ``context``."""
    return translations().pgettext(context, message)


def N_(message: str) -> str:
    """Mark a text for translation without translating it yet (it is translated when shown)."""
    return message


def is_japanese() -> bool:
    """True when messages are shown in Japanese."""
    return language() == "ja"


__all__ = ["_", "ngettext", "pgettext", "N_", "language", "is_japanese", "translations",
           "one_language"]
