"""What a command imports: heavy libraries only where they are used (start-up time)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
HEAVY = ("numpy", "openpyxl", "docx", "lxml", "pdfminer")

PROBE = """
import json, sys
from click.testing import CliRunner
from assembler.cli import main
result = CliRunner().invoke(main, sys.argv[1:], catch_exceptions=False)
print(json.dumps({"code": result.exit_code,
                  "loaded": [m for m in %r if m in sys.modules]}))
""" % (HEAVY,)


def _loaded(*args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         cwd=ROOT, check=True, timeout=120)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["code"] == 0, out.stdout + out.stderr
    return got["loaded"]


def test_help_imports_none_of_the_heavy_libraries():
    assert _loaded("--help") == []


def test_parse_of_a_text_file_imports_none_of_them():
    assert _loaded("parse", str(SEED)) == []


def test_a_small_build_needs_no_numpy_nor_openpyxl(tmp_path):
    loaded = _loaded("build", str(SEED), "-o", str(tmp_path / "draft.docx"), "-q")
    assert "numpy" not in loaded and "openpyxl" not in loaded
    assert "docx" in loaded  # the draft itself is written with python-docx
