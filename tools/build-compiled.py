"""Build a compiled copy of the parser (mypyc) apart from the checkout: `tools/build-compiled.py DIR`.

The parse's modules (every module of ``assembler/minutes`` but ``__init__``, ``native`` and ``roles``, and
``assembler/text.py``) compiled by mypyc, in a copy of the repository's tracked files at DIR —
never in the checkout: a compiled module beside its ``.py`` shadows it for every import, so the
tests, ``tools/mutations.py`` and the editable install would run stale code (conftest.py refuses
to run the tests of a checkout that holds one). The plain Python source stays the source and
the package's only build; this copy is for measuring what compiling gives::

    tools/build-compiled.py /tmp/assembler-compiled      # ~10 min of gcc on a loaded 2-core machine
    cd /tmp/assembler-compiled && python benchmarks/run.py instructions seed
    cd /tmp/assembler-compiled && python benchmarks/run.py bench parse   # says "compiled (mypyc)"

``assembler/model.py`` is left plain: its ``made`` constructors fill an instance's ``__dict__``,
which a compiled class has not; so is ``roles.py``: its ``RoleTable`` (a frozen dataclass) keeps
what it computes in ``cached_property``s, which mypyc compiles into plain properties (recomputed
at each access: the table's memo of labels lost) — made by a call instead, as ``FileView``'s are,
the compiled ``__hash__`` read the descriptor itself (a TypeError). Needs mypy (its mypyc), a C compiler and the Python headers;
README's benchmark table (the thirteenth speed session) gives the figures and what shipping it
would take.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: modules of the parse that stay plain Python (see the docstring)
PLAIN = ("assembler/minutes/__init__.py", "assembler/minutes/native.py", "assembler/minutes/roles.py")


def modules(root: Path) -> list[str]:
    """The modules to compile, as paths relative to ``root``."""
    found = sorted(str(p.relative_to(root)) for p in (root / "assembler" / "minutes").glob("*.py"))
    return [m for m in found if m not in PLAIN] + ["assembler/text.py"]


def copy_tracked(dest: Path) -> None:
    """The repository's tracked files (and new ones not ignored) copied to ``dest``."""
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=ROOT, check=True, capture_output=True)
    for name in filter(None, out.stdout.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path, help="a new directory outside the checkout")
    args = ap.parse_args(argv)
    dest = args.dest.resolve()
    if dest == ROOT or ROOT in dest.parents:
        print(f"{dest}: inside the checkout ({ROOT}); a compiled module there shadows the source",
              file=sys.stderr)
        return 2
    if dest.exists():
        print(f"{dest}: exists; give a new directory", file=sys.stderr)
        return 2
    dest.mkdir(parents=True)
    copy_tracked(dest)
    mypyc = Path(sys.executable).with_name("mypyc")
    names = modules(dest)
    rc = subprocess.run([str(mypyc), *names], cwd=dest).returncode
    if rc:
        return rc
    (dest / ".compiled-copy").write_text("built by tools/build-compiled.py: the tests may run here\n")
    check = ("import sys; from assembler.minutes import parser; "
             "sys.exit(parser.__file__.endswith('.py'))")
    rc = subprocess.run([sys.executable, "-c", check], cwd=dest, env={"PYTHONPATH": str(dest)}).returncode
    print(f"{len(names)} modules compiled in {dest}" if rc == 0 else f"{dest}: the compiled parser does not import")
    return rc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
