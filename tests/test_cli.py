"""The command line as a user meets it: help texts, and the installed wheel."""
from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from assembler.cli import main
from conftest import FIXTURES, ROOT, SEED, checkout_only


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "\nExample:\n  assembler " in result.output, f"`assembler {name} --help` shows no example"


def _command_paths(group=main, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,)
        if isinstance(command, click.Group):
            yield from _command_paths(command, prefix + (name,))


def test_help_in_japanese_with_examples(japanese):
    for path in _command_paths():
        r = CliRunner().invoke(main, [*path, "--help"], prog_name="assembler")
        usage = r.output.splitlines()[0]
        assert usage.startswith(f"使い方: assembler {' '.join(path)} [オプション]"), r.output
        assert "\n例:\n  assembler " in r.output, path
        assert "オプション:" in r.output and "Show this message" not in r.output
        # no English placeholder (FILE, TEXT, [OPTIONS]…) in the usage line or the option column
        terms = [ln.split("  ")[1] if ln.startswith("  ") else "" for ln in
                 r.output.split("オプション:\n")[1].split("\n\n")[0].splitlines()]
        for text in [usage, *terms]:
            assert not re.search(r"\b(?!ASSEMBLER_)[A-Z]{3,}\b", text.replace("--", "")), (path, text)


def test_main_help_shows_each_command_whole(japanese):
    """`assembler --help` lists every command with its whole first paragraph, never cut."""
    from assembler.i18n import _

    r = CliRunner().invoke(main, ["--help"], prog_name="assembler", env={"COLUMNS": "200"})
    listed = r.output.split("コマンド:")[1].split("例:")[0]
    assert "..." not in listed
    for name, command in main.commands.items():
        first = _(inspect.cleandoc(command.help)).split("\n\n")[0]
        assert "".join(first.split()) in "".join(listed.split()), name


@pytest.mark.parametrize("command", ["dedup", "review", "build"])
def test_threshold_help_shows_the_real_default(command):
    r = CliRunner().invoke(main, [command, "--help"], env={"COLUMNS": "200"})
    assert "[default: 80]" in r.output
    assert "DEFAULT_THRESHOLD" not in r.output and "assembler.dedup" not in r.output


@pytest.mark.parametrize("command", ["dedup", "review", "build"])
def test_threshold_is_checked_the_same_everywhere(command, in_root, tmp_path):
    """One definition of --threshold: 0-100 for every command, the same message."""
    args = [command, "examples/minutes", "--threshold", "150"]
    if command == "build":
        args += ["-o", str(tmp_path / "d.docx")]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2
    assert "Invalid value for '--threshold': 150 is not a number from 0 to 100" in r.output
    r = CliRunner().invoke(main, args, env={"LANG": None})
    assert "'--threshold' の値が正しくありません：150 は 0〜100 の数ではありません" in r.output


@pytest.mark.slow
@checkout_only
def test_installed_wheel_runs_parse_on_the_example(tmp_path):
    """Build the wheel, install it into a fresh venv and run it away from the checkout."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(ROOT)], check=True)
    wheel = next(dist.glob("*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                    "-q", str(wheel)], check=True)
    # Dependencies come from this venv's site-packages, added as a plain path: its .pth
    # files (the editable install of the checkout) are not processed.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    work = tmp_path / "work"
    work.mkdir()
    where = subprocess.run([str(py), "-c", "import assembler, assembler.cli; print(assembler.__file__)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout, where.stdout
    run = subprocess.run([str(env_dir / "bin" / "assembler"), "parse", str(SEED), "--json"],
                         cwd=work, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["points"]) == 57
    pkg = Path(where.stdout.strip()).parent
    assert (pkg / "data" / "roles.yaml").is_file()
    assert any((pkg / "outlines").glob("*.yaml")), "sections/ is not in the wheel"
    assert any((pkg / "templates").iterdir()), "templates/ is not in the wheel"


def test_build_takes_a_councils_own_patterns(in_root, tmp_path):
    src = "tests/fixtures/minutes/user-patterns.txt"
    out = tmp_path / "d.docx"
    r = CliRunner().invoke(main, ["build", src, "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output  # the ◎ turns are read; the ▶ bullet needs the patterns
    assert len(json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["points"]) == 2
    r = CliRunner().invoke(main, ["build", src, "--patterns",
                                  "tests/fixtures/minutes/user-patterns.yaml", "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    trace = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(trace["points"]) == 3


def test_an_unwritable_output_gets_one_line(tmp_path, in_root):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", "examples/minutes", "-o", str(blocker / "draft.docx"), "-q"])
    assert (r.exit_code, r.output) == (2, f"error: {blocker}/draft.docx: cannot write into {blocker} "
                                          "(File exists); choose another output folder with -o\n")


def test_a_bug_is_one_line_unless_debugging(monkeypatch, in_root):
    from assembler import minutes

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(minutes, "parse_paths", broken)
    monkeypatch.delenv("ASSEMBLER_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    assert (r.exit_code, r.output) == (70, "error: internal error (ZeroDivisionError: boom); please "
                                           "report it with the input files (ASSEMBLER_DEBUG=1 shows "
                                           "the traceback)\n")
    monkeypatch.setenv("ASSEMBLER_DEBUG", "1")
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    assert isinstance(r.exception, ZeroDivisionError)


def test_ctrl_c_while_a_module_is_imported_is_an_interruption_not_a_bug(monkeypatch, in_root):
    """Ctrl-C while Python makes a class (a module imported lazily: a dataclass's fields) comes
    wrapped in a RuntimeError; it is still the user's Ctrl-C: exit 130, nothing changed."""
    from assembler import minutes

    def importing(*args, **kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as e:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance 'fate' in 'Parsed'") from e

    from assembler import transaction

    monkeypatch.setattr(minutes, "parse_paths", importing)
    monkeypatch.setattr(transaction, "committed", False)  # no build of this process committed
    monkeypatch.delenv("ASSEMBLER_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    assert (r.exit_code, r.output) == (130, "interrupted; nothing was changed (files are replaced "
                                            "all together or not at all)\n")


@checkout_only
def test_a_plain_checkout_finds_its_templates_and_outline(tmp_path):
    """Without any install (only the checkout on sys.path), bundled data comes from the
    top-level templates/ and sections/ folders, and a build works."""
    root = Path(__file__).resolve().parent.parent
    deps = sysconfig.get_paths()["purelib"]
    code = ("import sys; sys.path[:0] = [sys.argv[1]];"
            "from assembler.resources import packaged;"
            "print(packaged('templates')); print(packaged('outlines'))")
    # -S: no site-packages, so the editable install's path hooks are not seen
    env = {**os.environ, "PYTHONPATH": deps}
    out = subprocess.run([sys.executable, "-S", "-c", code, str(root)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(root / "templates"), str(root / "sections")]
    run = subprocess.run([sys.executable, "-S", "-m", "assembler", "build", str(SEED), "-o",
                          str(tmp_path / "d.docx"), "--quiet"],
                         cwd=tmp_path, env={**env, "PYTHONPATH": f"{root}:{deps}"},
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "d.docx").stat().st_size > 10_000


# --- the error family: one line, Japanese by default, English under LANG=C ---------------------

def _broken_outline(tmp_path):
    bad = tmp_path / "outline.yaml"
    bad.write_text("sections: []\n", encoding="utf-8")
    return ["classify", "examples/minutes", "--outline", str(bad)], bad


def _duplicate_key(tmp_path):
    ov = tmp_path / "overrides.yaml"
    ov.write_text("points:\n  m02_8c84d0: dx\npoints:\n", encoding="utf-8")
    return ["classify", "examples/minutes", "--overrides", str(ov)], ov


def _yaml_syntax(tmp_path):
    ov = tmp_path / "overrides.yaml"  # a colon inside a value that is not quoted
    ov.write_text("points:\n  m02_8c84d0: dx  # 理由: DX の論点\n  m02_ddcf9d: om 理由: 維持管理\n",
                  encoding="utf-8")
    return ["classify", "examples/minutes", "--overrides", str(ov)], ov


def _unwritable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    return ["build", "examples/minutes", "-o", str(blocker / "draft.docx"), "-q"], blocker


def _locked(tmp_path, monkeypatch):
    from assembler import transaction

    root = _project(tmp_path)
    lock = transaction.Lock(root / ".assembler.lock", "build")
    lock.__enter__()  # another command holds the project (released when the test ends)
    monkeypatch.setattr(lock, "_fd", lock._fd)
    return ["add", str(SEED), "--project", str(root)], root


# Every class of the error family (assembler/errors.py and its subclasses elsewhere), each
# with a case a user can cause: (class, setup -> (args, path), English line, Japanese line).
ERRORS = [
    ("InputError", lambda t, m: (["parse", "nope.txt"], None),
     "error: nope.txt: no such file; check the path",
     "エラー：nope.txt: ファイルがありません。場所を確かめてください"),
    ("ConfigError", lambda t, m: _broken_outline(t),
     "error: {p}: sections: the list of sections is empty",
     "エラー：{p}: sections：章のリストが空です"),
    ("ConfigError", lambda t, m: _duplicate_key(t),
     "error: {p}: line 3: invalid YAML: key 'points' is written twice (first on line 1)",
     "エラー：{p}: 3行目: YAML として読めません：キー 'points' が二度書かれています（最初は 1 行目）"),
    ("ConfigError", lambda t, m: _yaml_syntax(t),
     "error: {p}: line 3: invalid YAML: mapping values are not allowed here; check the indentation "
     "and the ': ' after each key on this line and the ones before it; put a value that holds ': ' or ' #' in quotes",
     "エラー：{p}: 3行目: YAML として読めません：「:」が書けない所にあります。値の中に「: 」があるなら"
     "値全体を \"…\" で囲み、字下げがそろっているか、前の行の「キー:」の「:」が抜けていないか確かめてください"),
    ("RenderError", lambda t, m: _unwritable(t),
     "error: {p}/draft.docx: cannot write into {p} (File exists); choose another output folder with -o",
     "エラー：{p}/draft.docx: {p} に書き込めません（File exists）。-o で別の出力フォルダを指定してください"),
    ("LimitError", lambda t, m: (["--limit", "lines=10", "parse", "examples/minutes"], None),
     "error: examples/minutes/infra-council-02.txt: the number of lines is 532, more than the limit "
     "of 10; split the file, or raise the limit: assembler --limit lines=532 …",
     "エラー：examples/minutes/infra-council-02.txt: 行数が532で、上限の10を超えています。ファイルを"
     "分けるか、上限を上げてください：assembler --limit lines=532 …"),
    ("LockedError", _locked,
     "error: {p}: another assembler command is working on this project (build, pid {pid}, since "
     "{since}); wait until it has finished and run again",
     "エラー：{p}: 別の assembler コマンドがこのプロジェクトで作業中です（build, pid {pid}, since "
     "{since}）。終わるのを待ってからもう一度実行してください"),
]


def _family() -> set[str]:
    import assembler.limits  # noqa: F401  (subclasses defined beside what raises them)
    import assembler.transaction  # noqa: F401
    from assembler.errors import AssemblerError

    out, todo = set(), [AssemblerError]
    while todo:
        for sub in todo.pop().__subclasses__():
            out.add(sub.__name__)
            todo.append(sub)
    return out


def test_every_class_of_the_error_family_has_a_case():
    """A new error class needs its case in ERRORS (its message in both languages)."""
    assert _family() == {kind for kind, *_rest in ERRORS}


@pytest.mark.parametrize("kind, setup, english, japanese_", ERRORS)
def test_errors_are_one_line_in_japanese_by_default_and_english_under_lang_c(
        kind, setup, english, japanese_, in_root, tmp_path, monkeypatch):
    from assembler.errors import AssemblerError

    args, path = setup(tmp_path, monkeypatch)
    raised = []
    text = AssemblerError.__str__
    monkeypatch.setattr(AssemblerError, "__str__", lambda e: raised.append(type(e).__name__) or text(e))
    for env, expected in (({"LANG": None}, japanese_), ({"LANG": "C"}, english)):
        r = CliRunner().invoke(main, args, env=env)
        assert r.exit_code == 2, r.output
        assert r.stderr.count("\n") == 1, "one line"
        held = re.search(r"pid (\d+), since ([\d:]+)", r.stderr)
        fields = {"p": path, **({"pid": held[1], "since": held[2]} if held else {})}
        assert r.stderr == expected.format(**fields) + "\n"
    assert raised[-1] == kind


# click's own errors (a wrong option, a missing argument, a bad value): one line too, with
# where the help is
USAGE_ERRORS = [
    (["build"],
     "error: name the minutes files or folders, or run it in a project folder (see `assembler "
     "init`) (see `assembler build --help`)",
     "エラー：議事要旨のファイルかフォルダを指定するか、プロジェクトのフォルダで実行してください"
     "（`assembler init` を参照）（説明：assembler build --help）"),
    (["add", "x.txt"],
     "error: not in a project folder (create one with `assembler init DIR`) (see `assembler add --help`)",
     "エラー：プロジェクトのフォルダではありません（`assembler init フォルダ` で作成できます）"
     "（説明：assembler add --help）"),
    (["--x"], "error: No such option '--x'. (see `assembler --help`)",
     "エラー：'--x' というオプションはありません。（説明：assembler --help）"),
    (["add"], "error: name one FILE or more (see `assembler add --help`)",
     "エラー：ファイルを一つ以上指定してください（説明：assembler add --help）"),
    (["init"], "error: name the DIRECTORY (see `assembler init --help`)",
     "エラー：フォルダを指定してください（説明：assembler init --help）"),
    (["buidl"], "error: No such command 'buidl'. Did you mean 'build'? (see `assembler --help`)",
     "エラー：'buidl' というコマンドはありません。'build' のことですか？（説明：assembler --help）"),
    (["dedup", "examples/minutes", "--threshold", "abc"],
     "error: Invalid value for '--threshold': abc is not a number from 0 to 100 (see `assembler "
     "dedup --help`)",
     "エラー：'--threshold' の値が正しくありません：abc は 0〜100 の数ではありません（説明：assembler "
     "dedup --help）"),
    (["history", "restore", "abc"],
     "error: Invalid value for 'NUMBER': abc is not a number such as 1, 2 or 3 (see `assembler "
     "history restore --help`)",
     "エラー：'番号' の値が正しくありません：abc は番号（1、2、3 など）ではありません（説明：assembler "
     "history restore --help）"),
    (["classify", "examples/minutes", "--outline", "nope.yaml"],
     "error: Invalid value for '--outline' / '--sections': File 'nope.yaml' does not exist. (see `assembler "
     "classify --help`)",
     "エラー：'--outline' / '--sections' の値が正しくありません：ファイル 'nope.yaml' がありません。（説明：assembler "
     "classify --help）"),
]


@pytest.mark.parametrize("args, english, japanese_", USAGE_ERRORS)
def test_usage_errors_are_one_line_in_both_languages(args, english, japanese_, in_root, tmp_path,
                                                      monkeypatch):
    if args[0] in ("build", "add"):
        monkeypatch.chdir(tmp_path)  # not in a project
    for env, expected in (({"LANG": None}, japanese_), ({"LANG": "C"}, english)):
        r = CliRunner().invoke(main, args, env=env, prog_name="assembler")
        assert (r.exit_code, r.stderr) == (2, expected + "\n")


def test_no_arguments_shows_the_help(japanese):
    r = CliRunner().invoke(main, [], prog_name="assembler")
    assert r.output.startswith("使い方: assembler [オプション] コマンド [引数]...")


def test_a_bug_is_one_line_in_japanese(monkeypatch, in_root, japanese):
    from assembler import minutes

    monkeypatch.setattr(minutes, "parse_paths", lambda *a, **k: 1 / 0)
    monkeypatch.delenv("ASSEMBLER_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    assert (r.exit_code, r.output) == (70, "エラー：内部エラー（ZeroDivisionError: division by zero）。"
                                           "入力ファイルを添えてご連絡ください（ASSEMBLER_DEBUG=1 で詳細を表示）\n")


# --- each command's summary line in both languages ----------------------------------------------

def _project(tmp_path, name="p"):
    r = CliRunner().invoke(main, ["init", str(tmp_path / name), "--title", "テスト骨子"])
    assert r.exit_code == 0, r.output
    return tmp_path / name


SUMMARIES = [  # command, English line, Japanese line (each a line of the output)
    (["parse", "examples/minutes"], "  57 points (5 procedural) from 10 speakers",
     "  意見 57 件（うち議事進行 5 件）、発言者 10 名"),
    (["classify", "examples/minutes"],
     "57 points: 52 placed in 7 chapters, {u} uncertain (chapter ids for overrides.yaml: `assembler review`)",
     "意見 57 件：52 件を 7 章に振り分け、要確認 {u} 件（overrides.yaml に書く章IDは `assembler review` に表示）"),
    (["dedup", "examples/minutes"], "57 points, 57 groups, 0 of them merged (* marks the wording the draft shows)",
     "意見 57 件、57 のまとまり、うち統合 0（* は骨子案に載せる文言）"),
    (["review", "examples/minutes"], "placements to check: {r}", "確認が必要な振り分け：{r} 件"),
]


@pytest.mark.parametrize("args, english, japanese_", SUMMARIES)
def test_summary_lines_in_both_languages(args, english, japanese_, in_root):
    from assembler import classify, pipeline

    a = pipeline.assemble(["examples/minutes"])
    counts = {"u": sum(1 for x in a.assignments if x.uncertain),
              "r": len(classify.review_rows(a.points, a.assignments))}
    for env, line in (({"LANG": "C"}, english), ({"LANG": None}, japanese_)):
        r = CliRunner().invoke(main, args, env=env)
        assert r.exit_code == 0, r.output
        assert line.format(**counts) in r.stdout.splitlines(), r.stdout[-600:]


def test_build_init_add_status_summaries_in_both_languages(in_root, tmp_path, monkeypatch):
    r = CliRunner().invoke(main, ["build", "examples/minutes", "-o", str(tmp_path / "d.docx")],
                           env={"LANG": None})
    assert r.stderr.splitlines()[-1].startswith(
        "会合 1 回、意見 57 件（うち議事進行 5 件）、7 章に記載、統合 0 件、要確認 ")
    for env, created, added, status in (
            ({"LANG": None}, "プロジェクトを {p} に作りました", "追加 infra-council-02.txt：",
             "会合：1 回"),
            ({"LANG": "C"}, "created the project in {p}", "added infra-council-02.txt: ",
             "meetings: 1")):
        root = tmp_path / env["LANG"].__repr__()
        r = CliRunner().invoke(main, ["init", str(root)], env=env)
        assert r.stdout.splitlines()[0] == created.format(p=root)
        r = CliRunner().invoke(main, ["add", str(SEED), "--project", str(root)], env=env)
        assert r.exit_code == 0, r.output
        assert r.stdout.startswith(added)
        r = CliRunner().invoke(main, ["status", "--project", str(root)], env=env)
        assert status in r.stdout.splitlines()


def test_undo_and_history_summaries_in_both_languages(tmp_path, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    CliRunner().invoke(main, ["add", str(SEED)])
    assert CliRunner().invoke(main, ["build", "-q"]).exit_code == 0
    _change_author(root)
    assert CliRunner().invoke(main, ["build", "-q"]).exit_code == 0
    first = root / "output" / "history" / "001-first"
    for env, listed, undone, restored in (
            ({"LANG": "C"}, "1 earlier draft; `assembler history restore NUMBER` brings it back "
                            "(with its overrides.yaml)",  # then 3: undo and restore keep copies
             "restored the draft, manifest and overrides.yaml of {p}",
             "the state before is kept in {p}"),
            ({"LANG": None}, "以前の骨子案 3 件。`assembler history restore 番号` で一つを（その時の "
                             "overrides.yaml とともに）元に戻せます",
             "{p} の骨子案・記録（manifest）・overrides.yaml に戻しました",
             "前の状態は {p} に残しました")):
        r = CliRunner().invoke(main, ["history", "list"], env=env)
        assert r.stdout.splitlines()[-1] == listed
        assert re.match(r" +1  \d{4}-\d\d-\d\d \d\d:\d\d +1 +57  ", r.stdout.splitlines()[1])
        r = CliRunner().invoke(main, ["undo"], env=env)  # back to the first build
        assert r.exit_code == 0, r.output
        lines = r.stdout.splitlines()
        assert lines[0] == undone.format(p=first)
        kept = re.fullmatch(re.escape(restored).replace(re.escape("{p}"), r"(.*history/(\d{3})-\w+)"),
                            lines[1])
        assert kept, lines[1]
        r = CliRunner().invoke(main, ["history", "restore", str(int(kept[2]))], env=env)
        assert r.exit_code == 0, r.output  # forward again, to the second build
        assert r.stdout.splitlines()[0] == undone.format(p=kept[1])


# Which test checks each command's summary line in both languages
SUMMARY_TESTS = {
    "parse": "test_summary_lines_in_both_languages", "classify": "test_summary_lines_in_both_languages",
    "dedup": "test_summary_lines_in_both_languages", "review": "test_summary_lines_in_both_languages",
    "build": "test_build_init_add_status_summaries_in_both_languages",
    "init": "test_build_init_add_status_summaries_in_both_languages",
    "add": "test_build_init_add_status_summaries_in_both_languages",
    "status": "test_build_init_add_status_summaries_in_both_languages",
    "undo": "test_undo_and_history_summaries_in_both_languages",
    "history list": "test_undo_and_history_summaries_in_both_languages",
    "history restore": "test_undo_and_history_summaries_in_both_languages",
}


def test_every_command_has_its_summary_line_checked_in_both_languages():
    """A new command needs its summary line checked in both languages (and listed above)."""
    commands = {" ".join(p) for p in _command_paths()
                if not isinstance(main.commands.get(p[0]), click.Group) or len(p) > 1}
    assert commands == set(SUMMARY_TESTS)
    assert all(callable(globals()[name]) for name in SUMMARY_TESTS.values())


# --- tables that fit the terminal ----------------------------------------------------------------

@pytest.mark.parametrize("columns", [80, 120])
def test_parse_table_fits_and_lines_up_with_wide_names(columns, in_root, monkeypatch):
    from assembler.text import width

    monkeypatch.setenv("COLUMNS", str(columns))
    r = CliRunner().invoke(main, ["parse", "examples/minutes"])
    rows = [ln for ln in r.stdout.splitlines() if ln.startswith("  m02_")]
    assert len(rows) == 57
    assert max(width(ln) for ln in r.stdout.splitlines() if ln.startswith("  m02_")) <= columns
    wide = [ln for ln in rows if "和泉内閣総理" in ln]
    assert wide, "the seed has the wide name 和泉内閣総理大臣補佐官"
    # the source-lines column starts at the same display column on every row
    starts = {width(ln[:re.search(r"\d+-\d+", ln).start()]) for ln in rows}
    assert len(starts) == 1
    if columns == 120:
        assert "和泉内閣総理大臣補佐官" in wide[0]
    long = [ln for ln in rows if ln.rstrip().endswith("…")]
    assert long, "long texts are cut with …"


@pytest.mark.parametrize("columns", [80, 120])
def test_classify_table_fits_and_lines_up_with_wide_names(columns, in_root, monkeypatch):
    from assembler.text import width

    monkeypatch.setenv("COLUMNS", str(columns))
    r = CliRunner().invoke(main, ["classify", "examples/minutes"], env={"LANG": None})
    lines = r.stdout.splitlines()
    rows = [ln for ln in lines if ln.startswith("m02_")]
    assert len(rows) == 57 and max(width(ln) for ln in lines[:58]) <= columns
    wide = next(ln for ln in rows if "和泉" in ln)
    # the chapter column (after the speaker's) starts at the same display column on every row
    starts = {width(ln[:len(ln.split("  ")[0])]) for ln in rows}
    assert len(starts) == 1
    speaker_end = {width(ln[:ln.index(ln.split()[1]) + len(ln.split()[1])]) for ln in rows}
    assert max(speaker_end) <= max(width(ln[:ln.index(ln.split()[2])]) for ln in rows)
    # the secondary chapters are only in --json below 140 columns (the others need the room)
    assert lines[0].split() == ["意見ID", "発言者", "章", "印", "決め手"]
    if columns == 120:  # the wide name and every chapter title whole
        assert "和泉内閣総理大臣補佐官" in wide and "コアジャパン・公的金融支援の在り方" in r.stdout
    else:  # long names and titles cut with …
        assert "和泉内閣総理…" in wide and "新型コロナ…" in r.stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_status_table_fits_with_a_wide_file_name(columns, tmp_path, monkeypatch):
    from assembler.text import width

    root = _project(tmp_path)
    monkeypatch.chdir(root)
    long_name = tmp_path / "第２回インフラ海外展開に関する新戦略策定に向けた懇談会議事要旨（確定版・公表用）.txt"
    long_name.write_bytes(SEED.read_bytes())
    assert CliRunner().invoke(main, ["add", str(long_name)]).exit_code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    r = CliRunner().invoke(main, ["status"], env={"LANG": None})
    table_ = r.stdout.splitlines()[2:4]
    assert table_[0].split() == ["回", "日付", "ファイル", "意見数"]
    assert all(width(ln) <= columns for ln in table_)
    assert table_[1].rstrip().endswith("57")
    assert width(table_[0]) == width(table_[1]), "the points column ends at the same place"
    assert ("…" in table_[1]) == (width("minutes/" + long_name.name) > columns - 2 - 30)


def test_table_cuts_and_pads_by_display_width():
    from assembler.text import table, width

    out = table(("名前", "本文"), None, [("和泉内閣総理大臣補佐官", "新型コロナウイルスの感染が拡大し"),
                                        ("飯島委員", "DX")], total=34).splitlines()
    assert [width(ln) <= 34 for ln in out] == [True] * 3
    assert out[1].endswith("…") and "和泉内閣総理大臣補佐官" in out[1], "the first column is never cut"
    # the second column starts at the same display column on every line
    assert len({width(ln[:ln.index(c)]) for ln, c in zip(out, ("本文", "新型", "DX"))}) == 1


# --- projects: status, add several, init on a folder with minutes, commands without files --------

def test_status_before_and_after_an_edited_draft(tmp_path, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    assert CliRunner().invoke(main, ["add", str(SEED)]).exit_code == 0
    r = CliRunner().invoke(main, ["status"])
    assert "last build: none yet (run `assembler build`)" in r.stdout
    assert "build would change: everything (first build)" in r.stdout
    assert CliRunner().invoke(main, ["build", "-q"]).exit_code == 0
    r = CliRunner().invoke(main, ["status"])
    assert "draft: as the last build wrote it" in r.stdout.splitlines()
    assert "build would change: nothing (the draft would stay the same)" in r.stdout.splitlines()
    assert re.search(r"^last build: .*: 1 meeting, 57 points, 7 sections filled, 0 merged$",
                     r.stdout, re.M)
    draft = root / "output" / "draft.docx"
    manifest = json.loads((root / "output" / "manifest.json").read_text(encoding="utf-8"))
    with draft.open("ab") as f:
        f.write(b"\0")
    if "draft_hash" not in manifest:  # a manifest without the draft's hash: told by time
        later = draft.stat().st_mtime + 60
        os.utime(draft, (later, later))
    r = CliRunner().invoke(main, ["status"], env={"LANG": None})
    assert any(ln.startswith("骨子案：前回の作成後に編集されています（") for ln in r.stdout.splitlines())
    assert "`assembler build` で修正を引き継ぎます（carry_edits: true）" in r.stdout
    assert "build で変わること：議事要旨からの変更はなく、draft.docx での修正だけです" in r.stdout
    config = root / "assembler.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("carry_edits: true", "carry_edits: false"),
                      encoding="utf-8")
    r = CliRunner().invoke(main, ["status"])
    assert ("carry_edits is false: `assembler build --carry-edits output/draft.docx` keeps the edits, "
            "`assembler build --discard-edits` drops them") in r.stdout


def test_status_says_what_build_would_change(tmp_path, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    CliRunner().invoke(main, ["add", str(SEED)])
    CliRunner().invoke(main, ["build", "-q"])
    (root / "overrides.yaml").write_text("points:\n  m02_ddcf9d: om\n", encoding="utf-8")
    later = (root / "output" / "manifest.json").stat().st_mtime + 5
    os.utime(root / "overrides.yaml", (later, later))
    r = CliRunner().invoke(main, ["status"])
    assert "overrides in force: 1 placed, 0 excluded, 0 kept apart, 0 merged by hand, 0 reworded" in r.stdout
    before = json.loads((root / "output" / "manifest.json").read_text(encoding="utf-8"))
    title = before["titles"][before["state"]["points"]["m02_ddcf9d"]["section"]]
    assert f"  m02_ddcf9d moves from {title} to O&M・運営維持管理" in r.stdout.splitlines()


def _change_author(root):
    config = root / "assembler.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("author: 事務局", "author: 企画室"),
                      encoding="utf-8")


def _change_template(root):
    (root / "文言").mkdir()
    (root / "文言" / "citation.j2").write_text(
        "（{% for p in parts %}{{ '' if loop.first else '、' }}{{ p.speaker }}{% endfor %}）\n",
        encoding="utf-8")
    config = root / "assembler.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("templates: default",
                                                                 "templates: 文言"), encoding="utf-8")


def _change_chapter_title(root):
    outline = (ROOT / "sections" / "default.yaml").read_text(encoding="utf-8")
    assert "title: O&M・運営維持管理" in outline
    (root / "章立て.yaml").write_text(outline.replace("title: O&M・運営維持管理", "title: 運営・維持管理"),
                                   encoding="utf-8")
    config = root / "assembler.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("outline: default",
                                                                 "outline: 章立て.yaml"), encoding="utf-8")


@pytest.mark.parametrize("change, english, japanese_", [
    (_change_author, "the author (cover, tracked changes): 事務局 → 企画室",
     "作成者（表紙・変更履歴）：「事務局」→「企画室」"),
    (_change_template, "the wording from the template citation.j2 (templates)",
     "テンプレート citation.j2 による文言（templates）"),
    (_change_chapter_title, "chapter title: O&M・運営維持管理 → 運営・維持管理 [om]",
     "章の名前：「O&M・運営維持管理」→「運営・維持管理」[om]"),
])
def test_status_and_build_say_what_changes_when_only_the_look_changed(
        change, english, japanese_, tmp_path, monkeypatch):
    """No point changes, yet the draft does: the author, a template, a chapter's title."""
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    CliRunner().invoke(main, ["add", str(SEED)])
    assert CliRunner().invoke(main, ["build", "-q"]).exit_code == 0
    written = (root / "output" / "draft.docx").read_bytes()
    change(root)
    r = CliRunner().invoke(main, ["status"], env={"LANG": "C"})
    assert r.stdout.splitlines()[-2:] == ["build would change:", "  " + english], r.stdout
    r = CliRunner().invoke(main, ["status"], env={"LANG": None})
    assert r.stdout.splitlines()[-2:] == ["build で変わること：", "  " + japanese_], r.stdout
    r = CliRunner().invoke(main, ["build"], env={"LANG": "C"})
    assert r.exit_code == 0, r.output
    assert f"change: {english}" in r.stderr.splitlines()
    assert "no changes since the previous build" not in r.stderr
    assert (root / "output" / "draft.docx").read_bytes() != written, "the draft did change"
    r = CliRunner().invoke(main, ["status"], env={"LANG": "C"})
    assert r.stdout.splitlines()[-1] == "build would change: nothing (the draft would stay the same)"


def test_add_several_files_reports_each_and_replace_names_what_it_replaced(tmp_path, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    fifth = FIXTURES / "minutes" / "infra-council-05-fictional.txt"
    r = CliRunner().invoke(main, ["add", str(SEED), str(fifth)])
    assert r.exit_code == 0, r.output
    added = [ln for ln in r.stdout.splitlines() if ln.startswith("added ")]
    assert [ln.split(":")[0] for ln in added] == ["added infra-council-02.txt",
                                                  "added infra-council-05-fictional.txt"]
    copy = tmp_path / "第2回_修正版.txt"
    copy.write_bytes(SEED.read_bytes())
    r = CliRunner().invoke(main, ["add", str(copy)])
    assert r.exit_code == 2 and "give --replace to replace it" in r.output
    r = CliRunner().invoke(main, ["add", "--replace", str(copy)])
    assert r.stdout.startswith("replaced infra-council-02.txt with 第2回_修正版.txt: ")
    assert sorted(p.name for p in (root / "minutes").iterdir()) == [
        "infra-council-05-fictional.txt", "第2回_修正版.txt"]


def test_add_adds_nothing_when_one_file_cannot_be_read(tmp_path, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = CliRunner().invoke(main, ["add", str(SEED), str(empty)])
    assert r.exit_code == 2
    assert r.stderr == (f"error: {empty}: the file is empty; export the minutes again (none of the "
                        "2 files was added)\n")
    assert list((root / "minutes").iterdir()) == []


def test_init_on_a_folder_with_minutes_adopts_them(tmp_path):
    folder = tmp_path / "骨子"
    folder.mkdir()
    (folder / "第2回.txt").write_bytes(SEED.read_bytes())
    (folder / "memo.txt").write_text("", encoding="utf-8")
    r = CliRunner().invoke(main, ["init", str(folder)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[1].startswith("not added: ") and "memo.txt: " in lines[1] and "the file is empty" in lines[1]
    assert lines[2].startswith("added 第2回.txt: インフラ海外展開に関する新戦略策定に向けた懇談会 第２回")
    assert lines[-1] == f"next: `cd {folder}` and `assembler build`"
    assert (folder / "minutes" / "第2回.txt").exists() and (folder / "memo.txt").exists()
    r = CliRunner().invoke(main, ["build", "-q", "--project", str(folder)])
    assert r.exit_code == 0, r.output


def test_commands_use_the_project_when_given_no_files(tmp_path, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    CliRunner().invoke(main, ["add", str(SEED)])
    (root / "overrides.yaml").write_text("points:\n  m02_ddcf9d: om\n", encoding="utf-8")
    for command in ("parse", "classify", "dedup", "review"):
        r = CliRunner().invoke(main, [command, "--json"])
        assert r.exit_code == 0, (command, r.output)
    data = json.loads(CliRunner().invoke(main, ["classify", "--json"]).stdout)
    placed = {p["id"]: p["section"] for p in data["points"]}
    assert placed["m02_ddcf9d"] == "om", "the project's overrides.yaml applies"
    r = CliRunner().invoke(main, ["parse"], env={"LANG": "C"})
    assert "  57 points (5 procedural) from 10 speakers" in r.stdout.splitlines()


def test_a_folder_build_names_the_files_it_does_not_read(tmp_path, in_root):
    folder = tmp_path / "議事要旨"
    folder.mkdir()
    (folder / "第2回.txt").write_bytes(SEED.read_bytes())
    (folder / "写真.jpg").write_bytes(b"\xff\xd8\xff")
    r = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "d.docx"), "-q"])
    assert r.exit_code == 0, r.output
    assert (f"warning: {folder}/写真.jpg: not read: minutes are read from "
            ".txt/.vtt/.srt/.docx/.pdf/.csv/.tsv/.xlsx/.doc/.rtf/.odt files") in r.stderr.splitlines()
    r = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "d.docx"), "-q"],
                           env={"LANG": None})
    assert f"注意：{folder}/写真.jpg：読み込みませんでした。" in r.stderr


def test_a_folders_readme_is_named_as_no_note_of_minutes_not_as_a_kind_never_read(tmp_path, in_root):
    # a folder's .md IS read when it is a note of minutes (ingest.is_minutes_file): a README.md beside
    # the minutes gets a message of its own saying so, not "minutes are read from .txt/…"
    folder = tmp_path / "議事要旨"
    folder.mkdir()
    (folder / "第2回.txt").write_bytes(SEED.read_bytes())
    (folder / "note.md").write_bytes((ROOT / "tests" / "fixtures" / "minutes" / "roles19-markdown-underscore-labels.md")
                                     .read_bytes())
    (folder / "README.md").write_text("# 議事録フォルダ\n\n- **作成**: 事務局\n- **更新**: 毎月\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["parse", str(folder)], env={"LANG": "C"})
    assert r.exit_code == 0, r.output
    warned = [line for line in r.stderr.splitlines() if line.startswith("warning: ")]
    assert warned == [f"warning: {folder}/README.md: not read: a folder's .md is read as minutes only when it is "
                      "a note of minutes (a # heading, three turns or more whose labels stand in bold before a "
                      "colon); name the file to read it anyway"]
    r = CliRunner().invoke(main, ["parse", str(folder)], env={"LANG": None})
    assert (f"注意：{folder}/README.md：読み込みませんでした。フォルダの .md は議事のメモの形（# の見出しと、"
            "太字のラベルにコロンが続く発言が３行以上）のときだけ議事要旨として読みます。"
            "読むときはそのファイルを指定してください") in r.stderr.splitlines()


def test_a_folder_build_reads_doc_files_or_says_how_to_convert_them(tmp_path, in_root, monkeypatch):
    # a .doc is converted by LibreOffice (tests/test_ingest_convert.py); without it the build
    # stops on that file with how to convert it, never skipping it in silence
    from assembler.ingest import convert

    folder = tmp_path / "議事要旨"
    folder.mkdir()
    (folder / "第2回.txt").write_bytes(SEED.read_bytes())
    (folder / "第1回.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    monkeypatch.setattr(convert, "_office", lambda: None)
    r = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "d.docx"), "-q"])
    assert r.exit_code == 2
    assert f"{folder}/第1回.doc: a .doc, .rtf or .odt file needs LibreOffice" in r.output


def test_overrides_yaml_of_a_new_project_explains_itself_in_japanese(tmp_path):
    root = _project(tmp_path)
    text = (root / "overrides.yaml").read_text(encoding="utf-8")
    assert ".py" not in text
    assert "#   dx           DX・デジタル／ソフトインフラ" in text
    for example in ("#  m02_8c84d0: dx", "#  m02_ddcf9d: excluded", "#  - [m02_946c31, m03_1a2b3c]",
                    "#  - {point: m03_77aa01, into: m02_9016fb}"):
        assert example in text
    # every example, uncommented, is a valid overrides file
    from assembler.overrides import load_overrides

    live = root / "live.yaml"
    live.write_text(text.replace("#  m0", "  m0").replace("#  - ", "  - "), encoding="utf-8")
    ov = load_overrides(live)
    assert (len(ov.placements), len(ov.never_merge), len(ov.merge), len(ov.edits)) == (3, 1, 1, 1)


# --- the README's 使い方, as written ------------------------------------------------------------

def _usage_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## 使い方（事務局の方へ）")[1].split("\n## ")[0]
    blocks = re.findall(r"^( *)```sh\n(.*?)^ *```", section, re.M | re.S)
    return ["\n".join(ln[len(indent):] for ln in body.splitlines()) for indent, body in blocks]


@pytest.mark.slow
def test_readme_usage_runs_as_written_in_a_fresh_folder(tmp_path):
    """Every command of the README's 使い方 (but `make draft`, which sets up the checkout),
    run verbatim by bash with `assembler` on the PATH, in Japanese (no locale set)."""
    blocks = _usage_blocks()
    assert len(blocks) >= 3
    script = "\n".join(ln for b in blocks for ln in b.splitlines() if not ln.startswith("make "))
    assert "assembler init 新戦略骨子" in script and "assembler status" in script
    (tmp_path / "議事要旨フォルダ").mkdir()
    (tmp_path / "議事要旨フォルダ" / "第2回.txt").write_bytes(SEED.read_bytes())
    inbox = tmp_path / "home" / "受信"
    inbox.mkdir(parents=True)
    (inbox / "第2回議事要旨.pdf").write_bytes(
        (FIXTURES / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf").read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    env.update(HOME=str(tmp_path / "home"), PATH=f"{Path(sys.executable).parent}:{env['PATH']}")
    run = subprocess.run(["bash", "-e", "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "output" / "draft.docx").stat().st_size > 10_000
    assert (tmp_path / "新戦略骨子" / "output" / "draft.docx").stat().st_size > 10_000
    assert "会合：1 回" in run.stdout and "build で変わること：なし（骨子案は同じです）" in run.stdout
    assert "追加 第2回議事要旨.pdf：" in run.stdout


def test_make_draft_leaves_a_runnable_assembler(tmp_path):
    """The launcher `make draft` installs runs this checkout's assembler from any folder."""
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "PATH": "/usr/bin:/bin"}
    env.pop("XDG_BIN_HOME", None)
    out = subprocess.run(["sh", str(ROOT / "tools" / "install-launcher.sh")], env=env,
                         capture_output=True, text=True, check=True).stdout
    launcher = home / ".local" / "bin" / "assembler"
    assert f"echo 'export PATH=\"{launcher.parent}:$PATH\"' >> ~/.profile" in out
    if not (ROOT / ".venv" / "bin" / "assembler").exists():
        pytest.skip("this checkout has no .venv (make draft makes it)")
    run = subprocess.run([str(launcher), "--version"], cwd=tmp_path, env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0 and "version" in run.stdout
    other = home / "bin2"
    other.mkdir()
    (other / "assembler").write_text("#!/bin/sh\necho mine\n", encoding="utf-8")
    out = subprocess.run(["sh", str(ROOT / "tools" / "install-launcher.sh")],
                         env={**env, "XDG_BIN_HOME": str(other)}, capture_output=True, text=True).stdout
    assert "is not ours" in out and (other / "assembler").read_text(encoding="utf-8").endswith("mine\n")


def test_a_chapter_id_typo_reads_well_in_japanese(in_root, tmp_path):
    """A did-you-mean before the hint is not followed by 「。」, and the bundled outline is
    named as such, not by the path of its file."""
    ov = tmp_path / "overrides.yaml"
    ov.write_text("points:\n  m02_8c84d0: dxx\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["classify", "examples/minutes", "--overrides", str(ov)],
                           env={"LANG": None})
    assert r.stderr.startswith(f"エラー：{ov}: points.m02_8c84d0：'dxx' という章はありません。'dx' のことですか？"
                               "同梱の章立ての章：covid（新型コロナウイルスへの対応）, dx（")
    assert "sections/" not in r.stderr and "？。" not in r.stderr


def test_the_build_summary_counts_the_points_merged_into_another(tmp_path):
    """「N merged」 is how many points went into another point's entry (a point said at three
    meetings is two merged), so that the draft's entries are the opinions less the merged."""
    from benchmarks.generate import generate

    folder = tmp_path / "minutes"
    generate(folder, meetings=2, seed=5)
    (folder / "truth.json").unlink()
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    out = tmp_path / "out" / "draft.docx"
    r = CliRunner().invoke(main, ["build", str(folder), "-o", str(out)])
    assert r.exit_code == 0, r.output
    trace = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    sizes = [len(g["points"]) for g in trace["groups"]]
    assert max(sizes) >= 3  # a point said at all three meetings
    merged = sum(n - 1 for n in sizes)
    assert f", {merged} merged, " in r.output, r.output
    assert merged == len(trace["points"]) - len(trace["groups"])
