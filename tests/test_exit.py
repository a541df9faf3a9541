"""The `assembler` command ends a successful build at once (cli._finished: no interpreter
teardown, 0.3 s of freeing memory at 100k points), after its files are in place, its exit
handlers have run and its output is flushed; anything else ends as usual."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"

#: Runs the command (``cli.run``, or ``cli.main`` as a function) with what a process ends by
#: made visible: a line on stdout before the build, an exit handler writing to stdout
#: (block-buffered into a pipe: lost unless flushed after it), and an object whose finaliser
#: runs only in the interpreter's teardown.
PROBE = """
import atexit, sys
from assembler import cli
print("written-before", flush=False)
atexit.register(lambda: print("exit-handler-ran"))  # stdout, left in its buffer

class Teardown:
    def __del__(self):
        sys.stderr.write("teardown-ran\\n")

kept = Teardown()
sys.argv = ["assembler", *sys.argv[1:]]
getattr(cli, {entry!r})()
"""


def _run(entry: str, *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    import os

    given = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # stdout buffered
    return subprocess.run([sys.executable, "-c", PROBE.format(entry=entry), *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120,
                          env={**given, **(env or {})})


def _complete(out: Path) -> None:
    """The draft and its trace are whole: the zip members read, the JSON parses, the CSV has
    a row per point of the JSON."""
    with zipfile.ZipFile(out / "draft.docx") as z:
        assert z.testzip() is None
        assert b"</w:document>" in z.read("word/document.xml")
    with zipfile.ZipFile(out / "draft.xlsx") as z:
        assert z.testzip() is None
    points = json.loads((out / "draft.json").read_text(encoding="utf-8"))["points"]
    with open(out / "draft.csv", encoding="utf-8-sig", newline="") as f:
        assert sum(1 for _ in csv.reader(f)) == len(points) + 1
    assert len(points) == 57


def test_a_build_ends_at_once_with_its_files_whole_its_handlers_run_its_output_flushed(tmp_path):
    r = _run("run", "build", str(SEED), "-o", str(tmp_path / "draft.docx"),
             env={"ASSEMBLER_TIMINGS": "1", "LANG": "C"})
    assert r.returncode == 0, r.stderr
    _complete(tmp_path)
    assert "written-before" in r.stdout  # stdout flushed before the process ended
    assert "exit-handler-ran" in r.stdout and "timing: total" in r.stderr  # atexit handlers ran
    assert "teardown-ran" not in r.stderr  # ... and no teardown: ended by os._exit
    assert "57 points" in r.stderr  # the summary line, before the handlers


def test_the_library_call_and_other_commands_end_as_usual(tmp_path):
    # main as a function (tests, other programs): the usual exit, with its teardown
    r = _run("main", "build", str(SEED), "-o", str(tmp_path / "draft.docx"), "-q")
    assert r.returncode == 0, r.stderr
    _complete(tmp_path)
    assert "teardown-ran" in r.stderr and "exit-handler-ran" in r.stdout
    # another command than build: the usual exit
    r = _run("run", "parse", str(SEED))
    assert r.returncode == 0, r.stderr
    assert "teardown-ran" in r.stderr and "written-before" in r.stdout


def test_a_failed_build_ends_as_usual_with_its_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 not minutes")
    r = _run("run", "build", str(bad), "-o", str(tmp_path / "out" / "draft.docx"), "-q")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "teardown-ran" in r.stderr
    assert not (tmp_path / "out" / "draft.docx").exists()
    assert "Traceback" not in r.stderr


def test_a_project_build_ends_at_once_after_it_is_committed(tmp_path):
    project = tmp_path / "p"
    r = _run("run", "init", str(project))
    assert r.returncode == 0, r.stderr
    r = _run("run", "add", str(SEED), cwd=project)
    assert r.returncode == 0, r.stderr
    r = _run("run", "build", "-q", cwd=project)
    assert r.returncode == 0, r.stderr
    assert "teardown-ran" not in r.stderr and "exit-handler-ran" in r.stdout
    _complete(project / "output")
    # the manifest was committed with the draft: the project says nothing changed
    r = _run("run", "status", cwd=project, env={"LANG": "C"})
    assert r.returncode == 0, r.stderr
    assert "draft: as the last build wrote it" in r.stdout
    r = _run("run", "build", cwd=project, env={"LANG": "C"})
    assert r.returncode == 0, r.stderr
    assert "no changes since the previous build" in r.stderr and "teardown-ran" not in r.stderr
