"""Nothing the secretariat made is ever lost: a project build is all or nothing.

Failures are injected at every write step (the ``transaction.fault`` hook), as a full disk,
as Ctrl-C and as kill -9; each time the previous draft, trace, manifest and overrides.yaml
must be byte-identical to what they were (or, past the commit point, entirely new).
"""
from __future__ import annotations

import errno
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler import project, transaction
from assembler.cli import main
from assembler.errors import AssemblerError, RenderError
from benchmarks.generate import generate
from conftest import SEED, child_env
from test_project import EPOCH, manifest, para_of, read_body, write_body

WATCHED = ("output/draft.docx", "output/draft.json", "output/draft.csv", "output/draft.xlsx",
           "output/manifest.json", "overrides.yaml")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the project except the history copies and the lock file."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not rel.startswith("output/history/") and rel != project.LOCK:
            out[rel] = p.read_bytes()
    return out


def assert_clean(root: Path) -> None:
    """No journal and no staging folder left behind."""
    out = root / "output"
    assert not (out / transaction.JOURNAL).exists()
    assert not list(out.glob(".pending-*"))
    assert not list((out / "history").glob(".*.partial"))


@pytest.fixture(scope="module")
def meeting3(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen")
    generate(out, meetings=1, seed=3)
    return next(out.glob("*03*.txt"))


@pytest.fixture(scope="module")
def ready(tmp_path_factory, meeting3):
    """A built project with a new meeting added and the draft edited (one point deleted):
    the next build changes the draft, its trace, the manifest and overrides.yaml."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = project.init(tmp_path_factory.mktemp("ready") / "proj", title="骨子（たたき台）")
    project.add(root, SEED)
    project.build(root)
    project.add(root, meeting3)
    draft = root / "output" / "draft.docx"
    body = read_body(draft)
    first = next(iter(manifest(root)["entries"]))
    p = para_of(body, first)
    p.getparent().remove(p)
    write_body(draft, body)
    mp.undo()
    return root


@pytest.fixture
def proj(ready, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return Path(shutil.copytree(ready, tmp_path / "proj", symlinks=True))


@pytest.fixture
def fault(monkeypatch):
    """Set the fault hook for one test."""
    def set_hook(hook):
        monkeypatch.setattr(transaction, "fault", hook)
    return set_hook


def _steps(proj: Path, tmp_path: Path, fault) -> list[str]:
    copy = Path(shutil.copytree(proj, tmp_path / "record"))
    seen: list[str] = []
    fault(seen.append)
    project.build(copy)
    fault(None)
    return seen


def test_the_build_writes_through_every_step(proj, tmp_path, fault):
    steps = _steps(proj, tmp_path, fault)
    for name in ("overrides.yaml", "draft.docx", "draft.json", "draft.csv", "draft.xlsx",
                 "manifest.json"):
        assert f"stage {name}" in steps and f"replace {name}" in steps
        assert steps.index(f"stage {name}") < steps.index("write journal") < steps.index(f"replace {name}")
    copies = [s for s in steps if s.startswith("history copy")]
    assert len(copies) == 6  # draft, three traces, manifest, overrides.yaml
    # the history copy of the previous state is made before anything is replaced
    assert max(steps.index(s) for s in copies) < steps.index("write journal")


def test_every_new_file_is_on_disk_before_it_replaces_the_old_one(proj, monkeypatch):
    """A power cut during a build leaves each output old or new, never empty: each new file
    (and the journal) is flushed to disk (fsync) before any output is replaced, and the
    folder is flushed before the journal is removed (the commit point)."""
    synced: set[tuple[int, int]] = set()
    events: list[str] = []
    unflushed: list[str] = []
    real_fsync, real_replace, real_unlink = os.fsync, os.replace, os.unlink
    journal = str(proj / "output" / transaction.JOURNAL)

    def fsync(fd):
        st = os.fstat(fd)
        synced.add((st.st_dev, st.st_ino))
        events.append("fsync")
        return real_fsync(fd)

    def replace(src, dst):
        if "/.pending-" not in str(dst):  # an output of the project replaced by its new file
            st = os.stat(src)
            if (st.st_dev, st.st_ino) not in synced:
                unflushed.append(Path(dst).name)
            js = os.stat(journal)  # the journal that can put everything back is on disk too
            if (js.st_dev, js.st_ino) not in synced:
                unflushed.append(transaction.JOURNAL)
            events.append("replace")
        return real_replace(src, dst)

    def unlink(path, *args, **kwargs):
        if str(path) == journal:
            events.append("commit")
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    project.build(proj)
    assert events.count("replace") >= 6 and "commit" in events  # draft, trace, manifest, overrides
    assert not unflushed, unflushed
    last = len(events) - 1 - events[::-1].index("replace")
    assert "fsync" in events[last:events.index("commit")]  # the renames are flushed


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left on device"),
                                   OSError(errno.EACCES, "Permission denied"),
                                   KeyboardInterrupt()], ids=["full-disk", "denied", "ctrl-c"])
def test_a_failure_at_every_write_step_leaves_the_project_as_it_was(proj, tmp_path, fault, error):
    steps = _steps(proj, tmp_path, fault)
    assert len(steps) >= 20
    for k, name in enumerate(steps):
        copy = Path(shutil.copytree(proj, tmp_path / f"at{k}"))
        before = snapshot(copy)

        def fail(step: str, name=name) -> None:
            if step == name:
                raise error

        fault(fail)
        with pytest.raises((AssemblerError, KeyboardInterrupt)) as e:
            project.build(copy)
        fault(None)
        assert snapshot(copy) == before, name
        assert_clean(copy)
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            assert "the disk is full" in str(e.value), (name, str(e.value))
        # the history copy, once made, is never deleted by the error path
        if steps.index(name) > max(i for i, s in enumerate(steps) if s == "history rename"):
            copies = list((copy / "output" / "history").iterdir())
            assert any((c / "overrides.yaml").exists() and (c / "draft.docx").exists()
                       for c in copies)
        # and the project still builds, to the same result as an undisturbed build
        project.build(copy)


def test_output_files_locked_read_only_leave_the_project_as_it_was(proj):
    xlsx = proj / "output" / "draft.xlsx"
    xlsx.chmod(0o444)
    before = snapshot(proj)
    with pytest.raises(RenderError) as e:
        project.build(proj)
    assert str(e.value) == (f"{xlsx}: the file is read-only or locked; is it open in Word or "
                            "Excel? Close it (or clear its read-only mark) and run again; "
                            "nothing was changed")
    assert snapshot(proj) == before
    assert_clean(proj)
    xlsx.chmod(0o644)
    project.build(proj)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_an_output_folder_without_permission_is_named(proj):
    out = proj / "output"
    before = snapshot(proj)
    out.chmod(0o555)
    try:
        with pytest.raises(RenderError) as e:
            project.build(proj)
    finally:
        out.chmod(0o755)
    assert "no permission to write in" in str(e.value)
    assert snapshot(proj) == before


def _build_process(root: Path, *args: str) -> subprocess.Popen:
    env = child_env(SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.Popen([sys.executable, "-m", "assembler", "build", "-q", *args], cwd=root,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _after_build(proj: Path, tmp_path: Path) -> dict[str, bytes]:
    done = Path(shutil.copytree(proj, tmp_path / "done"))
    project.build(done)
    return snapshot(done)


def _consistent(root: Path) -> bool:
    m = manifest(root)
    draft = root / "output" / "draft.docx"
    return hashlib.sha256(draft.read_bytes()).hexdigest() == m["draft_hash"]


def test_ctrl_c_during_a_build_leaves_the_project_as_it_was(proj, tmp_path):
    before = snapshot(proj)
    new = _after_build(proj, tmp_path)
    interrupted = 0
    for delay in (0.3, 0.5, 0.7, 0.9, 1.1):
        p = _build_process(proj)
        time.sleep(delay)
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=60)
        now = snapshot(proj)
        if p.returncode in (130, -signal.SIGINT) and "after the new files were in place" in err:
            assert now == new, delay  # interrupted past the commit point: the build is complete
            return
        if p.returncode in (130, -signal.SIGINT):  # our handler's exit, or Python's own
            interrupted += 1
            if "interrupted; nothing was changed" in err:
                # what the message says is true: the swap runs with Ctrl-C deferred
                assert now == before, delay
            else:  # killed by Python's own handler, outside ours: at start-up or at exit
                assert p.returncode == -signal.SIGINT, err
                assert now in (before, new), delay
                if now == new:
                    return
            assert_clean(proj)
        else:
            assert p.returncode == 0, err
            assert now == new
            return
    assert interrupted


def _recover(root: Path) -> bool:
    with project.writing(root, "test"):
        pass
    return True


@pytest.mark.slow
def test_kill_9_at_random_moments_never_leaves_a_half_written_project(proj, tmp_path, capsys):
    before = snapshot(proj)
    new = _after_build(proj, tmp_path)
    timing = Path(shutil.copytree(proj, tmp_path / "timing"))
    t0 = time.monotonic()
    timed = _build_process(timing)
    timed.communicate(timeout=60)
    assert timed.returncode == 0
    duration = time.monotonic() - t0
    rng = random.Random(11)
    outcomes = {"as before": 0, "new build": 0, "journal left, rolled back": 0}
    kills = 25
    for i in range(kills):
        copy = Path(shutil.copytree(proj, tmp_path / f"kill{i}"))
        p = _build_process(copy)
        time.sleep(rng.uniform(0.05, duration))
        p.kill()
        p.communicate()
        if (copy / "output" / transaction.JOURNAL).exists():
            outcomes["journal left, rolled back"] += 1
        _recover(copy)
        now = snapshot(copy)
        if now == before:
            outcomes["as before"] += 1
        else:
            assert now == new, f"kill {i}: neither the previous state nor the new build"
            assert _consistent(copy)
            outcomes["new build"] += 1
        assert_clean(copy)
    with capsys.disabled():
        print(f"\nkill -9 x{kills} (a build takes {duration:.2f} s): {outcomes}")
    assert outcomes["as before"] + outcomes["new build"] == kills
    assert outcomes["as before"] > 0


def test_a_half_done_swap_is_put_back_by_the_next_command(proj, fault):
    """kill -9 between two replacements: the journal is left, and the next command
    (anything that takes the lock) puts the old files back."""
    before = snapshot(proj)

    def die(step: str) -> None:
        if step == "replace draft.xlsx":
            raise SystemExit("killed")  # like kill -9: no rollback runs below this frame

    fault(die)
    real = transaction._roll_back
    transaction._roll_back = lambda *a: None  # a killed process runs no error path
    try:
        with pytest.raises(SystemExit):
            project.build(proj)
    finally:
        transaction._roll_back = real
        fault(None)
    assert (proj / "output" / transaction.JOURNAL).exists()
    assert snapshot(proj) != before  # the draft and its .json were already replaced
    _recover(proj)
    assert snapshot(proj) == before
    assert_clean(proj)


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                       capture_output=True)
    return r.returncode == 0


@pytest.mark.slow
def test_a_full_disk_leaves_the_project_as_it_was(ready, tmp_path, monkeypatch):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "4m"):
        pytest.skip("this machine does not allow mounting a small tmpfs")
    try:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        proj = Path(shutil.copytree(ready, disk / "proj"))
        before = snapshot(proj)
        ballast = disk / "ballast"
        failures = 0
        need = sum(len(v) for v in before.values()) * 2  # staged files + the history copy
        # leave more room each time: the build fails at a later step each time, then succeeds
        for room in range(0, need + 200_000, need // 8):
            ballast.unlink(missing_ok=True)
            st = os.statvfs(disk)
            free = st.f_bavail * st.f_frsize
            with open(ballast, "wb") as f:
                f.write(b"\0" * max(free - room, 0))
            try:
                project.build(proj)
            except RenderError as e:
                failures += 1
                assert "the disk is full" in str(e), str(e)
                assert snapshot(proj) == before
                assert_clean(proj)
            else:
                ballast.unlink()
                break
        assert failures and not ballast.exists()  # it failed, then built once there was room
        print(f"\nfull disk: {failures} failed builds, then one that fit")
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# --- one writer at a time ------------------------------------------------------------------


def test_a_second_writer_is_refused_with_a_clear_message(proj):
    with project.writing(proj, "build"):
        p = _build_process(proj)
        _, err = p.communicate(timeout=60)
    assert p.returncode == 2
    assert err.startswith(f"error: {proj}: another assembler command is working on this "
                          f"project (build, pid {os.getpid()}, since ")
    assert err.rstrip().endswith("; wait until it has finished and run again")
    r = CliRunner().invoke(main, ["build", "--project", str(proj)])
    assert r.exit_code == 0, r.output


def _delete_one(src: Path, dst: Path, anchor: str) -> None:
    shutil.copy(src, dst)
    body = read_body(dst)
    p = para_of(body, anchor)
    p.getparent().remove(p)
    write_body(dst, body)


@pytest.mark.slow
def test_two_carries_at_once_lose_no_override(proj, tmp_path):
    """Two processes carry two differently edited drafts at the same moment: each either
    succeeds or is refused by the lock, and every deletion that succeeded is recorded."""
    project.build(proj, discard_edits=True)
    entries = list(manifest(proj)["entries"])
    results = {"both ran": 0, "one refused": 0}
    for round_ in range(5):
        a, b = entries[2 * round_ + 1], entries[2 * round_ + 2]
        da, db = tmp_path / f"a{round_}.docx", tmp_path / f"b{round_}.docx"
        _delete_one(proj / "output" / "draft.docx", da, a)
        _delete_one(proj / "output" / "draft.docx", db, b)
        procs = [_build_process(proj, "--carry-edits", str(d)) for d in (da, db)]
        outs = [p.communicate(timeout=120) for p in procs]
        text = (proj / "overrides.yaml").read_text(encoding="utf-8")
        refused = 0
        for p, (_, err), anchor in zip(procs, outs, (a, b)):
            if p.returncode == 0:
                assert f"  {anchor}: {{exclude: true" in text, (anchor, text)
            else:
                assert p.returncode == 2 and "another assembler command is working" in err, err
                refused += 1
        assert refused < 2
        results["one refused" if refused else "both ran"] += 1
    print(f"\ntwo concurrent carries x5: {results}")


_STOP_AT = """
import sys, time
from assembler import transaction
from assembler.cli import main

def stop(step):
    if step == sys.argv[1]:
        print("stopped at " + step, file=sys.stderr, flush=True)
        time.sleep(60)

transaction.fault = stop
main(["build", "-q"])
"""


@pytest.mark.slow
@pytest.mark.parametrize("where", ["history copy draft.docx", "write journal", "replace draft.json",
                                   "replace manifest.json"])
def test_kill_9_inside_the_commit_is_put_back_by_the_next_command(proj, where):
    """A real process killed (SIGKILL) while it stands at a step of the commit: the next
    command that takes the lock puts the project back exactly as it was."""
    before = snapshot(proj)
    env = child_env(SOURCE_DATE_EPOCH=EPOCH)
    p = subprocess.Popen([sys.executable, "-c", _STOP_AT, where], cwd=proj, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stderr.readline()
    assert line.strip() == f"stopped at {where}", line + p.stderr.read()
    p.kill()
    p.communicate()
    if where.startswith("replace") and where != "replace overrides.yaml":
        assert (proj / "output" / transaction.JOURNAL).exists()
        assert snapshot(proj) != before  # files before this one were already swapped
    _recover(proj)
    assert snapshot(proj) == before
    assert_clean(proj)
    r = CliRunner().invoke(main, ["build", "--project", str(proj)])
    assert r.exit_code == 0, r.output
