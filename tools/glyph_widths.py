"""Measure the widths of the printable ASCII characters in the faces the draft names, for
``assembler/render/widths.py`` (``_LATIN``).

For each set of ``templates/style.yaml`` (``fonts:``) and each face in it, the font file is
found with ``fc-match`` and its advance widths (``hmtx``) read with fontTools; a face that is
not installed (ＭＳ 明朝 off Windows) is reported and left out: the ＭＳ faces set Latin text at
a fixed half em, which widths.py knows. Prints, for each face measured, the advances of
chr(32)..chr(126) in thousandths of an em, rounded up, as the tuples widths.py holds.

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools pyyaml
    /tmp/ft/bin/python tools/glyph_widths.py

fontTools is not a dependency of the project: this is a measurement, run by hand when a font
set is added.
"""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import yaml
from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
ASCII = [chr(c) for c in range(32, 127)]


def font_file(family: str) -> Path | None:
    out = subprocess.run(["fc-match", "-f", "%{family}\n%{file}", family],
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return Path(out[1]) if family in out[0].split(",") else None


def advances(path: Path) -> dict[str, float]:
    font = TTFont(path, fontNumber=0)
    cmap, hmtx, upm = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    return {ch: hmtx[cmap[ord(ch)]][0] / upm for ch in ASCII}


def main() -> int:
    sets = yaml.safe_load((ROOT / "templates" / "style.yaml").read_text(encoding="utf-8"))["fonts"]
    for name, faces in sets.items():
        for role, family in faces.items():
            path = font_file(family)
            if path is None:
                print(f"# {name}.{role}: {family} not installed (a fixed half em)", file=sys.stderr)
                continue
            mils = [math.ceil(w * 1000) for w in advances(path).values()]
            print(f"    # {family} ({path.name})")
            print("    (" + ",\n     ".join(", ".join(map(str, mils[i:i + 16]))
                                         for i in range(0, len(mils), 16)) + "),")
    return 0


if __name__ == "__main__":
    sys.exit(main())
