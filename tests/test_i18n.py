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
from conftest import PACKAGE, ROOT, checkout_only

PO = PACKAGE / "locale" / "ja" / "LC_MESSAGES" / "assembler.po"
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


@checkout_only
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


@checkout_only
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
    assert r.output.startswith("使い方: assembler [オプション] コマンド [引数]...")
    assert "会議の議事要旨から、出典をたどれる戦略骨子案（Word）を作ります。" in r.output
    assert re.search(r"--version +バージョンを表示して終わります。", r.output)
    r = CliRunner().invoke(main, ["--help"], prog_name="assembler", env={"LANG": "C"})
    assert r.output.startswith("Usage: assembler [OPTIONS] COMMAND [ARGS]...")


# PyYAML's wording of a problem reaches a Japanese user in Japanese, with the line and what to
# do; under LANG=C it stays PyYAML's own, followed by what to do
YAML_CASES = [
    ("points:\n\tm02_8c84d0: dx\n", 2, "found character '\\t' that cannot start any token",
     "タブ文字はここに書けません。字下げは半角空白にし"),
    ('title: "骨子案\ncouncil: 懇談会\n', 3,
     "found unexpected end of stream (while scanning a quoted scalar from line 1)",
     "ファイルが途中で終わっています。引用符（\" や '）の閉じ忘れがないか確かめてください（1 行目から始まる引用符で囲んだ値）"),
    ("points:\n    a: dx\n  b: om\n", 3,
     "expected <block end>, but found '<block mapping start>' (while parsing a block mapping from line 1)",
     "字下げがそろっていません（字下げの違う「キー:」があります）。同じ並びの行は同じ数の半角空白で字下げしてください"),
    ("never_merge:\n  - [m02_a, m02_b\nmerge: []\n", 3,
     "expected ',' or ']', but got ':' (while parsing a flow sequence from line 2)",
     "[ ] のリストが閉じていません（':'があります）。「]」の書き忘れ"),
    ("title: a\ncouncil\nauthor: b\n", 3,
     "could not find expected ':' (while scanning a simple key from line 2)",
     "「キー: 値」の「:」が見つかりません。キーの後に「: 」（半角のコロンと空白）を書いてください（2 行目から始まるキー）"),
    ("title: a\n---\ntitle: b\n", 2, "but found another document",
     "「---」の後に二つ目の文書があります。"),
    ("title: a\ncouncil: \x07\n", 2, "a control character (#x0007) that a text file should not hold",
     "テキストファイルにあってはならない制御文字（#x0007）があります。その文字を消すか"),
]


@pytest.mark.parametrize("text, line, english, japanese_", YAML_CASES)
def test_yaml_problems_in_japanese_by_default_and_pyyaml_words_under_lang_c(
        text, line, english, japanese_, monkeypatch):
    from assembler.config import load_yaml_text
    from assembler.errors import ConfigError

    monkeypatch.delenv("LANG", raising=False)
    with pytest.raises(ConfigError) as e:
        load_yaml_text(text, "settings.yaml")
    assert str(e.value).startswith(f"settings.yaml: {line}行目: YAML として読めません：{japanese_}")
    assert not re.search(r"[A-Za-z]{4,}", str(e.value).split("：", 1)[1]), "no English left"
    monkeypatch.setenv("LANG", "C")
    with pytest.raises(ConfigError) as e:
        load_yaml_text(text, "settings.yaml")
    assert str(e.value).startswith(f"settings.yaml: line {line}: invalid YAML: {english}")
    # PyYAML's own English names no fix: the line ends with what to do (the Japanese says it within)
    assert str(e.value).endswith(("; check the indentation and the ': ' after each key on this line and "
                                  "the ones before it; put a value that holds ': ' or ' #' in quotes",
                                  "; delete it, or save the file again as text"))


def test_one_language_reads_the_environment_once_for_its_block(monkeypatch):
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    text = "placements to check: {n}"
    with i18n.one_language():
        monkeypatch.setenv("LANG", "ja_JP.UTF-8")
        assert i18n._(text) == text
    assert i18n._(text) != text  # after the block, the environment again
