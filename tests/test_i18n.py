"""The message catalog: Japanese for every marked text, the .mo compiled from the .po, and
the language chosen from the environment."""
from __future__ import annotations

import gettext
import re
import string
import sys

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from assembler import i18n
from assembler.cli import main
from conftest import ROOT

PO = ROOT / "assembler" / "locale" / "ja" / "LC_MESSAGES" / "assembler.po"
sys.path.insert(0, str(ROOT / "tools"))
import messages  # noqa: E402


def _po() -> dict:
    """(context, msgid) -> message."""
    with PO.open("rb") as f:
        return {(m.context, m.id): m for m in read_po(f, locale="ja") if m.id}


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_the_mo_is_compiled_from_the_po():
    with PO.with_suffix(".mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for (context, mid), m in _po().items():
        if context:
            assert compiled.pgettext(context, mid) == (m.string or mid), (context, mid)
        elif isinstance(mid, tuple):
            assert compiled.ngettext(mid[0], mid[1], 1) == (m.string[0] or mid[0]), mid
        else:
            assert compiled.gettext(mid) == (m.string or mid), (
                f"{mid!r}: the .mo says otherwise; run `make messages`")


def test_every_marked_text_of_ours_has_japanese_with_the_same_placeholders():
    """Fails when a message is added or changed without its Japanese: `make messages`, write
    the msgstr in assembler/locale/ja/LC_MESSAGES/assembler.po, `make messages` again."""
    ours = {(m.context, m.id) for m in messages.template() if m.id and "click" not in m.auto_comments}
    po = _po()
    missing = sorted(str(m) for m in ours if m not in po or not (
        all(po[m].string) if isinstance(m[1], tuple) else po[m].string))
    assert not missing, f"no Japanese yet for {missing}"
    for key in ours:
        mid, m = key[1], po[key]
        english = mid if isinstance(mid, tuple) else (mid,)
        japanese = m.string if isinstance(mid, tuple) else (m.string,)
        for ja in japanese:
            assert _fields(ja) <= _fields(english[-1]) | _fields(english[0]), (mid, ja)
            assert _fields(english[0]) - {"n"} <= _fields(ja), (mid, ja)


def test_click_texts_we_translated_keep_their_placeholders():
    for (_context, mid), m in _po().items():
        if "click" in m.auto_comments and m.string and not isinstance(mid, tuple):
            assert _fields(m.string) == _fields(mid) or "%(" in mid, mid
            assert set(re.findall(r"%\(\w+\)s", m.string)) == set(re.findall(r"%\(\w+\)s", mid))


@pytest.mark.parametrize("env, lang", [
    ({}, "ja"), ({"LANG": "ja_JP.UTF-8"}, "ja"), ({"LANG": "C"}, "en"), ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, "en"), ({"LANG": "en_GB.UTF-8"}, "en"), ({"LC_ALL": "C", "LANG": "ja_JP"}, "en"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"}, "en"),
    ({"LANG": "ja_JP.UTF-8", "LANGUAGE": "en"}, "en"), ({"LANG": "fr_FR.UTF-8"}, "ja"),
])
def test_language_from_the_environment(env, lang):
    assert i18n.language(env) == lang


def test_help_is_japanese_by_default_and_english_under_lang_c(japanese):
    r = CliRunner().invoke(main, ["--help"], prog_name="assembler")
    assert r.output.startswith("使い方: assembler [OPTIONS] COMMAND [ARGS]...")
    assert "会議の議事要旨から、出典をたどれる戦略骨子案（Word）を作ります。" in r.output
    assert re.search(r"--version +バージョンを表示して終わります。", r.output)
    r = CliRunner().invoke(main, ["--help"], prog_name="assembler", env={"LANG": "C"})
    assert r.output.startswith("Usage: assembler [OPTIONS] COMMAND [ARGS]...")
