"""A large input keeps the cores busy (assembler/workers.py, pipeline.assemble): its files parsed
by several forked processes, dedup in a second process while this one classifies. The same
result, in the same order, and the same error as one process; nothing left behind.

The input here is small, so the sizes from which the work is shared out are lowered to 0.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler import minutes, pipeline, workers
from assembler.cli import main
from assembler.config import Options
from benchmarks.generate import generate


@pytest.fixture(scope="module")
def council(tmp_path_factory) -> Path:
    """Six meetings' minutes in files whose names do not follow the sessions (the 8th comes
    first by name), so that the order of the files and of the meetings differ."""
    folder = tmp_path_factory.mktemp("council") / "minutes"
    truth = generate(folder, meetings=6, seed=5)
    (folder / "truth.json").unlink()
    last = Path(truth.files[-1])
    last.rename(folder / f"a-{last.name}")
    return folder


@pytest.fixture
def shared(monkeypatch):
    """Share out from the first byte and point; record each fork_map: (stage, processes)."""
    monkeypatch.setattr(pipeline, "PARALLEL_FROM_BYTES", 0)
    monkeypatch.setattr(pipeline, "BESIDE_FROM_POINTS", 0)
    runs: list[tuple[str, int]] = []
    fork_map = workers.fork_map

    def counting(work, n, **kw):
        runs.append((kw.get("stage", ""), n))
        return fork_map(work, n, **kw)

    monkeypatch.setattr(workers, "fork_map", counting)
    return runs


def _jobs(monkeypatch, n: int) -> None:
    monkeypatch.setenv("ASSEMBLER_JOBS", str(n))


def _no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_shares_are_consecutive_runs_of_about_equal_size():
    assert workers.shares([10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2) == [range(0, 1), range(1, 11)]
    assert workers.shares([1] * 9, 3) == [range(0, 3), range(3, 6), range(6, 9)]
    assert workers.shares([1] * 10, 2, first=1.5) == [range(0, 6), range(6, 10)]
    for sizes in ([0, 0, 0], [5, 0, 0, 7], [1, 2, 3, 4, 5, 6, 7], [100, 1, 1]):
        for n in (1, 2, 3, 4):
            runs = workers.shares(sizes, n)
            assert [k for r in runs for k in r] == list(range(len(sizes)))
            assert len(runs) == min(n, len(sizes)) and all(len(r) for r in runs)


def test_jobs_follows_the_environment(monkeypatch):
    _jobs(monkeypatch, 1)
    assert workers.jobs() == 1
    _jobs(monkeypatch, 3)
    assert workers.jobs() == 3
    monkeypatch.setenv("ASSEMBLER_JOBS", "many")
    assert workers.jobs() == len(os.sched_getaffinity(0))


def test_the_same_minutes_assignments_and_groups_in_the_same_order(council, tmp_path, monkeypatch, shared):
    one = minutes.parse_paths([council])
    ids = [p.id for m in one for p in m.points]
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text(f"points:\n  {ids[0]}: excluded\n  {ids[-1]}: dx\n  m99_000000: om\n"
                         f"never_merge:\n  - [{ids[1]}, {ids[-2]}]\n", encoding="utf-8")
    opts = Options(overrides=overrides, base=council.parent)
    _jobs(monkeypatch, 1)
    alone = pipeline.assemble([council], opts)
    _jobs(monkeypatch, 2)
    together = pipeline.assemble([council], opts)
    assert shared == [("parse/{n}", 2), ("dedup+classify/{n}", 2)]  # the second run only
    assert [m.meeting.session for m in together.parsed] == [3, 4, 5, 6, 7, 8]
    assert together.parsed == alone.parsed
    assert together.assignments == alone.assignments
    assert together.groups == alone.groups
    assert (together.problems, together.overrides) == (alone.problems, alone.overrides)
    assert together.problems  # the unknown point is reported, as by one process
    assert _no_child_left()


def _build(folder: Path, out: Path, jobs: int, monkeypatch) -> tuple[int, str]:
    _jobs(monkeypatch, jobs)
    r = CliRunner().invoke(main, ["build", str(folder), "-o", str(out / "draft.docx"), "-q"])
    return r.exit_code, r.output


@pytest.mark.parametrize("bad", [["zz-empty.txt"], ["0-empty.txt", "zz-empty.txt"]])
def test_a_bad_file_gives_the_error_of_one_process(council, tmp_path, monkeypatch, shared, bad):
    folder = tmp_path / "minutes"
    shutil.copytree(council, folder)
    for name in bad:
        (folder / name).write_text("\n", encoding="utf-8")
    code1, said1 = _build(folder, tmp_path / "out1", 1, monkeypatch)
    code2, said2 = _build(folder, tmp_path / "out2", 2, monkeypatch)
    assert shared == [("parse/{n}", 2)]
    assert (code2, said2) == (code1, said1)
    assert code1 == 2 and len(said1.strip().splitlines()) == 1 and bad[0] in said1
    assert not (tmp_path / "out2").exists() or not list((tmp_path / "out2").iterdir())
    assert _no_child_left()


def _fail_on_last_file(monkeypatch, council: Path, failure) -> None:
    """parse_meetings (how the build reads a file) does ``failure()`` for the file read last
    (in the last process's share)."""
    last = sorted(council.iterdir())[-1].name
    parse_meetings = minutes.parse_meetings

    def failing(path, **kw):
        if Path(path).name == last:
            failure()
        return parse_meetings(path, **kw)

    monkeypatch.setattr(minutes, "parse_meetings", failing)


def _value_errors(council: Path, monkeypatch) -> list[str]:
    """The ValueError of a build in one process, then of a build shared out."""
    raised = []
    for jobs in (1, 2):
        _jobs(monkeypatch, jobs)
        with pytest.raises(ValueError) as e:
            pipeline.assemble([council])
        raised.append(str(e.value))
    return raised


def test_a_bug_in_a_worker_is_the_same_exception(council, monkeypatch, shared):
    def boom():
        raise ValueError("boom in the last file")

    _fail_on_last_file(monkeypatch, council, boom)
    raised = _value_errors(council, monkeypatch)
    assert shared == [("parse/{n}", 2)] and raised == ["boom in the last file"] * 2
    assert _no_child_left()


def test_ctrl_c_in_a_worker_is_ctrl_c_here(council, monkeypatch, shared):
    def interrupted():
        raise KeyboardInterrupt

    _fail_on_last_file(monkeypatch, council, interrupted)
    _jobs(monkeypatch, 2)
    with pytest.raises(KeyboardInterrupt):
        pipeline.assemble([council])
    assert shared == [("parse/{n}", 2)] and _no_child_left()


def test_a_worker_that_dies_is_one_line_and_leaves_nothing(council, tmp_path, monkeypatch, shared):
    parent = os.getpid()

    def killed():
        if os.getpid() != parent:  # only ever the worker
            os._exit(9)

    _fail_on_last_file(monkeypatch, council, killed)
    code, said = _build(council, tmp_path / "out", 2, monkeypatch)
    assert shared == [("parse/{n}", 2)]
    assert code == 2 and len(said.strip().splitlines()) == 1
    assert "ASSEMBLER_JOBS=1" in said and "Traceback" not in said
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert _no_child_left()


def test_ctrl_c_here_stops_the_workers_at_once(council, monkeypatch, shared):
    parent = os.getpid()
    first, last = sorted(council.iterdir())[0].name, sorted(council.iterdir())[-1].name
    parse_meetings = minutes.parse_meetings

    def slow_worker(path, **kw):
        if os.getpid() != parent and Path(path).name == last:
            time.sleep(60)
        if os.getpid() == parent and Path(path).name == first:
            time.sleep(0.5)  # the worker is busy by now
            raise KeyboardInterrupt
        return parse_meetings(path, **kw)

    monkeypatch.setattr(minutes, "parse_meetings", slow_worker)
    _jobs(monkeypatch, 2)
    start = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        pipeline.assemble([council])
    assert time.perf_counter() - start < 20
    assert shared == [("parse/{n}", 2)] and _no_child_left()


@pytest.mark.parametrize("broken", [("dedup",), ("classify", "dedup")])
def test_a_bug_beside_classify_is_the_exception_of_one_process(council, monkeypatch, shared, broken):
    """dedup fails in the second process: its exception here; both fail: classify's, which
    one process meets first."""
    from assembler import classify, dedup

    for name, module in (("classify", classify), ("dedup", dedup)):
        if name in broken:
            def boom(*a, _name=name, **kw):
                raise ValueError(f"boom in {_name}")

            monkeypatch.setattr(module, name, boom)
    raised = _value_errors(council, monkeypatch)
    assert shared == [("parse/{n}", 2), ("dedup+classify/{n}", 2)]
    assert raised == [f"boom in {broken[0]}"] * 2
    assert _no_child_left()


def test_claims_are_taken_once_from_both_ends():
    """Two processes take pieces until they meet: each piece once, the front ones here
    (which process takes how many depends on the machine's load)."""
    with workers.Claims(50) as claims:
        def take(i: int) -> list[int]:
            got = []
            while (k := claims.take(front=i == 0)) is not None:
                got.append(k)
                if i == 0:
                    time.sleep(0.02)  # this one is slower: the other takes more
            return got

        mine, theirs = workers.fork_map(take, 2)
    assert sorted(mine + theirs) == list(range(50))
    assert mine == sorted(mine) and theirs == sorted(theirs, reverse=True)
    assert max(mine, default=-1) < min(theirs, default=50)
    assert _no_child_left()


def _slow_classify_here(monkeypatch) -> list[int]:
    """classify made slow in this process, so that the other one (its dedup done) takes
    pieces too; returns the list of the piece sizes classified here."""
    from assembler import classify

    parent, here = os.getpid(), []
    real = classify.classify

    def slow(points, *a, **kw):
        if os.getpid() == parent:
            here.append(len(points))
            time.sleep(0.02)
        return real(points, *a, **kw)

    monkeypatch.setattr(classify, "classify", slow)
    return here


def test_classify_shared_with_the_dedup_process_is_one_call(council, monkeypatch, shared):
    monkeypatch.setattr(pipeline, "CLASSIFY_PIECE", 7)
    _jobs(monkeypatch, 1)
    alone = pipeline.assemble([council])
    here = _slow_classify_here(monkeypatch)
    _jobs(monkeypatch, 2)
    together = pipeline.assemble([council])
    points = len(together.points)
    assert 0 < sum(here[1:]) < points  # here[0]: the call of the one-process run
    assert together.assignments == alone.assignments and together.groups == alone.groups
    assert _no_child_left()


def test_the_first_piece_that_fails_is_the_error_of_one_process(council, monkeypatch, shared):
    """Two pieces fail: the later one (taken by the other process, from the back) and one
    in the middle; one process meets the middle one first, and so does the pair."""
    from assembler import classify

    monkeypatch.setattr(pipeline, "CLASSIFY_PIECE", 7)
    points = minutes.parse_paths([council])
    ids = [p.id for m in points for p in m.points]
    bad = {ids[len(ids) // 2]: "middle", ids[-1]: "last"}
    _slow_classify_here(monkeypatch)
    slow = classify.classify

    def failing(pts, *a, **kw):
        for p in pts:
            if p.id in bad:
                raise ValueError(f"boom in the {bad[p.id]} piece")
        return slow(pts, *a, **kw)

    monkeypatch.setattr(classify, "classify", failing)
    assert _value_errors(council, monkeypatch) == ["boom in the middle piece"] * 2
    assert _no_child_left()


def test_small_inputs_stay_in_one_process(council, monkeypatch):
    calls = []
    monkeypatch.setattr(workers, "fork_map", lambda *a, **kw: calls.append(a))
    _jobs(monkeypatch, 2)
    pipeline.assemble([council])  # a few tens of KB: below PARALLEL_FROM_BYTES
    assert calls == []


MEMORY_PROBE = """
from assembler import timings, workers

def work(i):
    if i == 1:
        block = bytearray(80 << 20)  # 80 MB of the worker's own, given back before it ends
        return len(block)
    return 0

with timings.stage("probe"):
    workers.fork_map(work, 2, stage="probe/{n}")
"""


def test_a_workers_memory_counts_in_the_peak_of_the_stage_beside_it():
    """The worker's own memory at its highest (given back before it ended) is on its line
    and in the peak of the stage here, and so in the total's."""
    import re
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True,
                       env=dict(os.environ, ASSEMBLER_TIMINGS="1"), check=True, timeout=120)
    own = int(re.search(r"timing: probe/2 .*own (\d+) MB", r.stderr)[1])
    here = re.search(r"timing: probe\s.*peak\s+(\d+) MB.*with the workers' own (\d+) MB", r.stderr)
    total = int(re.search(r"timing: total\s.*peak\s+(\d+) MB", r.stderr)[1])
    assert own >= 80 and abs(int(here[2]) - own) <= 1, r.stderr
    assert int(here[1]) >= own and total >= int(here[1]), r.stderr


def test_placements_worded_while_dedup_runs_change_no_byte(council, tmp_path, monkeypatch, shared):
    """While this process waits for dedup it words the placements of its pieces ahead
    (pipeline.Assembled.placed); the draft and the trace (here also from the render's
    second process) are the bytes of one process."""
    from assembler import dedup
    from assembler.render import background

    monkeypatch.setattr(background, "MIN_POINTS", 0)
    parent, real = os.getpid(), dedup.dedup

    def slow(*a, **kw):
        if os.getpid() != parent:
            time.sleep(1.0)  # this process has classified every piece by then
        return real(*a, **kw)

    monkeypatch.setattr(dedup, "dedup", slow)
    files = {}
    for jobs in (2, 1):
        _jobs(monkeypatch, jobs)
        a = pipeline.assemble([council])
        assert bool(a.placed) == (jobs == 2)
        out = tmp_path / str(jobs)
        pipeline.render(a, out / "draft.docx")
        files[jobs] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert len(files[2]) == 4 and files[2] == files[1]
    assert _no_child_left()
