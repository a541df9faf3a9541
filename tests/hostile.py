"""Hostile inputs, written on the fly (none is committed: they are large or explode).

Each writer makes a file of the shape that took the machine down before the input limits:
a huge text, a PDF whose one stream inflates to gigabytes, a .docx with hundreds of
thousands of paragraphs, a YAML "billion laughs". ``run_capped`` runs the CLI in a
subprocess under an address-space cap, as a user's machine with little memory would.
"""
from __future__ import annotations

import io
import random
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

HEADER = "第９回 架空政策懇談会 議事要旨\n\n日時：令和７年１月２０日（月）10:00～11:00\n\n（山田委員）\n"
BULLET = "・地方の中小企業が海外の案件に参加できるよう、相談窓口を一つにまとめるべき。\n"


def big_text(path: Path, megabytes: int) -> Path:
    """Minutes of one speaker with as many bullets as fill ``megabytes`` of UTF-8."""
    unit = BULLET.encode("utf-8")
    count = megabytes * 1024 * 1024 // len(unit)
    with path.open("wb") as fh:
        fh.write(HEADER.encode("utf-8"))
        block = unit * 1000
        for _ in range(count // 1000):
            fh.write(block)
    return path


WORDS = ("港湾", "鉄道", "電力", "水道", "通信", "人材", "資金", "標準", "地方", "企業",
         "案件", "支援", "連携", "窓口", "情報", "海外", "技術", "保険", "都市", "脱炭素")


def varied_bullet(rng: random.Random, i: int) -> str:
    """A bullet unlike its neighbours (so that nothing merges or compresses away)."""
    return f"・{i}　" + "の".join(rng.choices(WORDS, k=6)) + "を進めるべき。"


def many_points_text(path: Path, points: int, session: int = 9, seed: int = 0) -> Path:
    """Minutes of one meeting with ``points`` different bullets under one speaker."""
    rng = random.Random(seed)
    head = HEADER.replace("第９回", f"第{session}回")
    path.write_text(head + "\n".join(varied_bullet(rng, i) for i in range(points)) + "\n",
                    encoding="utf-8")
    return path


def _deflate_bomb(gigabytes: float) -> bytes:
    """A valid zlib stream of ``gigabytes`` of spaces, a few MB long, built without
    compressing gigabytes: after a full flush deflate repeats the same bytes for the
    same input, so the middle is one block copied; the Adler-32 is computed chunk by chunk."""
    chunk = b" " * (1 << 20)
    n = int(gigabytes * 1024)
    c = zlib.compressobj(9)
    head = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    unit = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(n):
        adler = zlib.adler32(chunk, adler)
    # the final empty block and the checksum of all n chunks
    tail = c.flush(zlib.Z_FINISH)[:-4] + adler.to_bytes(4, "big")
    return head + unit * (n - 1) + tail


def flate_bomb_pdf(path: Path, gigabytes: float = 2.0) -> Path:
    """A one-page PDF whose content stream inflates to ``gigabytes`` of spaces."""
    stream = _deflate_bomb(gigabytes)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def many_paragraphs_docx(path: Path, paragraphs: int = 200_000) -> Path:
    """A .docx of one speaker followed by ``paragraphs`` bullet paragraphs."""
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    para = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
    body = [para.format(HEADER.splitlines()[0]), para.format("（山田委員）")]
    rng = random.Random(11)
    body += [para.format(varied_bullet(rng, i)) for i in range(paragraphs)]
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_W}><w:body>'
           + "".join(body) + "</w:body></w:document>").encode("utf-8")
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)
    return path


def yaml_alias_bomb(levels: int = 9, width: int = 9) -> str:
    """The "billion laughs" in YAML: ``width ** levels`` strings from a few hundred bytes."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def run_capped(args: list[str], *, cwd: Path, limit_mb: int = 1536, cpu_s: int = 120,
               timeout: float = 900) -> subprocess.CompletedProcess:
    """Run ``assembler ARGS`` in a subprocess whose address space is capped at ``limit_mb``
    and whose CPU time is capped at ``cpu_s`` seconds (the kernel stops it past that).

    The work is bounded by CPU time, which does not grow when the machine is shared; the wall
    ``timeout`` only catches a child that waits without working (a FIFO opened for reading),
    so it is generous by default: a 120 s wall limit failed the 200k-paragraph test whenever
    eight test suites ran at once, with the same CPU time as on an idle machine.
    The child reports its peak resident memory on the last line of stderr (``peak-rss-mb N``).
    """
    code = textwrap.dedent(f"""
        import resource, sys
        cap = {limit_mb} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CPU, ({cpu_s}, {cpu_s} + 5))
        from assembler.cli import main
        try:
            main(args={args!r}, prog_name="assembler")
        finally:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"peak-rss-mb {{peak}}", file=sys.stderr)
    """)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
