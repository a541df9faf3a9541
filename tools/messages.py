"""Keep the message catalog in step with the code: ``make messages``.

1. extract every text marked with ``_()``, ``N_()`` or ``ngettext()`` in assembler/, every
   command's help (docstrings), the placeholders of the usage lines (context ``metavar``)
   and click's own texts (Usage, Options, errors…) into
   ``assembler/locale/assembler.pot``;
2. merge them into ``assembler/locale/ja/LC_MESSAGES/assembler.po`` (new texts get an empty
   ``msgstr`` for you to fill in; texts no longer in the code are dropped);
3. compile the .po into the .mo that ``gettext`` reads at run time.

Run it after adding or changing a message, write the Japanese, run it again.
``--check`` changes nothing and exits 1 when the catalog is out of step (tests use it).
"""
from __future__ import annotations

import datetime
import inspect
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "assembler" / "locale"
POT = LOCALE / "assembler.pot"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
# fixed header dates: the files change only when the texts do
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


def _click_dir() -> Path:
    import click

    return Path(click.__file__).parent


def command_helps() -> list[str]:
    """Every command's help as click shows it (the msgid the catalog is looked up by)."""
    sys.path.insert(0, str(ROOT))
    from assembler.cli import main

    out, todo = [], [main]
    while todo:  # every command and the commands of every group (history list, …)
        cmd = todo.pop()
        if cmd.help:
            out.append(inspect.cleandoc(cmd.help))
        todo += list(getattr(cmd, "commands", {}).values())
    return out


def command_metavars() -> list[str]:
    """Every placeholder the usage lines and help show ([OPTIONS], FILE, TEXT…), in English."""
    sys.path.insert(0, str(ROOT))
    from assembler.cli import main
    from assembler.clickui import metavars

    return sorted(metavars(main))


def template() -> Catalog:
    """The catalog of every text to translate, from the code as it is now."""
    cat = Catalog(project="strategy-draft-assembler", version="", charset="utf-8",
                  creation_date=FIXED_DATE)
    sources = [(ROOT / "assembler", "assembler"), (_click_dir(), "click")]
    for folder, prefix in sources:
        for filename, lineno, message, comments, context in extract_from_dir(
                str(folder), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)):
            cat.add(message, locations=[(f"{prefix}/{filename}", lineno)], context=context,
                    auto_comments=["click"] if prefix == "click" else comments)
    for text in command_helps():
        cat.add(text, locations=[("assembler/cli.py", 0)])
    for text in command_metavars():
        cat.add(text, locations=[("assembler/cli.py", 0)], context="metavar")
    return cat


def po_path(lang: str = "ja") -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "assembler.po"


def _render_po(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, cat, width=100, sort_output=True, include_previous=False, no_location=True)
    return re.sub(rb"Generated-By: [^\\]*", b"Generated-By: tools/messages.py", buf.getvalue())


def _render_mo(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, cat)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    pot = template()
    po = po_path()
    cat = read_po(po.open("rb"), locale="ja") if po.exists() else Catalog(locale="ja")
    cat.update(pot, no_fuzzy_matching=True, update_header_comment=True)
    cat.obsolete.clear()
    cat.fuzzy = False
    cat.project, cat.version = "strategy-draft-assembler", ""
    cat.creation_date = cat.revision_date = FIXED_DATE
    cat.last_translator = cat.language_team = "事務局向け翻訳"
    new_po = _render_po(cat)
    compiled = read_po(io.BytesIO(new_po), locale="ja")
    new_mo = _render_mo(compiled)
    mo = po.with_suffix(".mo")
    stale = [p for p, data in ((po, new_po), (mo, new_mo))
             if not p.exists() or p.read_bytes() != data]
    if check:
        for p in stale:
            print(f"{p.relative_to(ROOT)} is out of step with the code: run `make messages`")
        return 1 if stale else 0
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_bytes(new_po)
    mo.write_bytes(new_mo)
    missing = [m.id for m in compiled if m.id and "click" not in m.auto_comments
               and not all(m.string if isinstance(m.string, tuple) else [m.string])]
    print(f"{po.relative_to(ROOT)}: {len(compiled)} texts; {len(missing)} of ours without Japanese")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
