"""Score a parse of session 18's assembly records against what the generators typed: turns whose
speech is in a point of the right speaker, and words cited to someone who did not say them (a turn's
words in another speaker's point, or a point whose words are no turn's: front matter read as speech). The speaker is right when the point's name starts with the person's surname
(``３番（小室）委員`` → 小室) or, for a post with no person in its label, its label holds the post.

    PYTHONPATH=$PWD python tests/tools/score_assembly18.py FILE...   (the record is known by the file's name)
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_assembly18  # noqa: E402

_PERSON = re.compile(r"[（(]([^）)]+?)(?:委員|議員|君)?[）)]|^[0-9０-９]+番[ \u3000]+(.+?)委員$")


def key(label: str) -> tuple[str, str]:
    """('name', surname) for a label naming a person, else ('speaker', the label)."""
    m = _PERSON.search(label)
    if m and label not in ("議長（会長）",):
        return "name", flat(m[1] or m[2])
    return "speaker", label


def flat(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)


def score(path: Path) -> tuple[int, int, int, int]:
    record = next(r for r in (*make_assembly18.RECORDS, *make_assembly18.GIKAI) if path.name.startswith(r[0]))
    rows = record[4] if record in make_assembly18.RECORDS else record[6]
    turns = [(key(label), flat(speech)) for label, paras in rows if label for speech in paras
             if not speech.startswith("（")]  # （「異議なし」と呼ぶ者あり）: a stage direction, no one's words
    env = {"PYTHONPATH": str(Path.cwd())}
    out = subprocess.run([sys.executable, "-m", "assembler", "parse", "--json", str(path)], capture_output=True,
                         text=True, env=env)
    points = json.loads(out.stdout)["points"] if out.returncode == 0 else []

    def right(p: dict, k: tuple[str, str]) -> bool:
        return flat(p["name"]).startswith(k[1]) if k[0] == "name" else k[1] in p["speaker"]

    found = wrong = 0
    for k, speech in turns:
        head = speech[:12]
        holders = [p for p in points if head in flat(p["text"])]
        found += any(right(p, k) for p in holders)
        wrong += any(not right(p, k) for p in holders)
    unsaid = sum(not any(flat(p["text"])[:10] in speech for _, speech in turns) for p in points)
    return found, len(turns), wrong + unsaid, len(points)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        f, n, u, m = score(Path(name))
        print(f"{Path(name).name}: turns right {f}/{n}, points no one said {u}/{m}")
