#!/bin/sh
# make test-wheel: the test suite against the installed wheel instead of the checkout.
# Builds the wheel, installs it (without dependencies) into a fresh venv that borrows the
# dependencies of .venv as a plain path (so the checkout's editable install is not seen),
# copies the repository without assembler/ to a temporary folder and runs pytest there:
# every test then imports the package, its templates, outlines and catalogs from the wheel.
set -eu
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
work=$(mktemp -d "${TMPDIR:-/tmp}/assembler-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
"$PY" -m pip wheel --no-deps --no-build-isolation -q -w "$work/dist" . >"$work/pip.log" 2>&1 \
  || { cat "$work/pip.log"; exit 1; }
"$PY" -m venv --without-pip "$work/venv"
"$PY" -m pip --python "$work/venv/bin/python" install --no-deps -q "$work"/dist/*.whl
mkdir "$work/src"
# tracked files deleted in the working tree (an edit in progress) are not copied
git ls-files -z --cached --others --exclude-standard | grep -zv '^assembler/' \
  | xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done; true' sh \
  | xargs -0 cp --parents -t "$work/src"
deps=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
bin=$(cd "$(dirname "$PY")" && pwd)
cd "$work/src"
PYTHONPATH="$deps" PATH="$bin:$PATH" "$work/venv/bin/python" -c \
  'import assembler, sys; p = assembler.__file__; print("testing the wheel at", p); sys.exit("/src/" in p)'
PYTHONPATH="$deps" PATH="$bin:$PATH" "$work/venv/bin/python" -m pytest tests --pyargs assembler "$@"
