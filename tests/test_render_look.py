"""The seed draft and a two-meeting project draft as an official sees them: LibreOffice's PDF.

Fonts are read per text span from the PDF (pdfminer), not from the styles: lead sentences
must print in the 明朝 face, headings in the ゴシック face, and with ``--fonts ipa`` no
non-Japanese fallback (DejaVu…) may appear at all. No heading may end a page.

To look at the pages yourself: ``ASSEMBLER_PNG_DIR=/tmp/pages .venv/bin/python -m pytest
tests/test_render_look.py`` writes every page as a PNG (pdftoppm -r 60) into that folder.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler import project
from assembler.render import dump_docx
from benchmarks.generate import generate
from conftest import SEED

pytestmark = pytest.mark.slow
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOTHIC_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3", "Changes Heading",
                 "Appendix Heading", "TOC Heading")
MINCHO_STYLES = ("Chapter Lead", "Appendix Note", "List Bullet")
DRAFTS = ("seed-ms", "seed-ipa", "project-ms", "project-ipa")
EXPORT = Path(__file__).parent / "fixtures" / "minutes" / "minutes-search-export-cp932.csv"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """name -> (docx, pdf): the seed alone and a project after a second meeting, in both sets."""
    for tool in ("soffice", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed; .ci/run installs it")
    root = tmp_path_factory.mktemp("look")
    out: dict[str, Path] = {}
    from assembler import pipeline
    for fonts in ("ms", "ipa"):
        path = root / f"seed-{fonts}.docx"
        pipeline.build([SEED], path, pipeline.Options(fonts=fonts))
        out[f"seed-{fonts}"] = path
    path = root / "export-ipa.docx"  # a search export's long file name: minutes-search-export-…
    pipeline.build([EXPORT], path, pipeline.Options(fonts="ipa"))
    out["export-ipa"] = path
    generate(root / "gen", meetings=1, seed=3)
    proj = project.init(root / "proj", title="「インフラ海外展開に関する新戦略」骨子（事務局たたき台）")
    project.add(proj, SEED)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1764374400")
    project.build(proj)
    project.add(proj, next((root / "gen").glob("*03.txt")))
    for fonts in ("ms", "ipa"):
        built = project.build(proj, fonts=fonts)
        target = root / f"project-{fonts}.docx"
        shutil.copyfile(built.built.files[0], target)
        out[f"project-{fonts}"] = target
    subprocess.run(["soffice", f"-env:UserInstallation=file://{root}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(root), *map(str, out.values())],
                   check=True, capture_output=True, timeout=300)
    result = {}
    for name, docx in out.items():
        pdf = docx.with_suffix(".pdf")
        assert pdf.is_file(), "LibreOffice exits 0 even on a broken file: no PDF was written"
        result[name] = (docx, pdf)
    pngs = os.environ.get("ASSEMBLER_PNG_DIR")
    if pngs:
        Path(pngs).mkdir(parents=True, exist_ok=True)
        for name, (_, pdf) in result.items():
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(Path(pngs) / name)],
                           check=True)
    return result


def _pdf_lines(pdf: Path) -> list[list[tuple[str, set[str], float]]]:
    """Per page, its text lines top to bottom: (text, fonts of its Japanese characters without
    subset tags, top). Latin text under an ＭＳ name falls back to DejaVu in LibreOffice (see
    the ipa test), so the face of a line is read from its kana and kanji."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    pages = []
    for page in extract_pages(str(pdf)):
        lines = []
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if not isinstance(line, LTTextLine):
                    continue
                chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
                if chars:
                    lines.append(("".join(c.get_text() for c in chars),
                                  {c.fontname.split("+")[-1] for c in chars
                                   if _JAPANESE.match(c.get_text())}, line.y1))
        lines.sort(key=lambda x: -x[2])
        pages.append(lines)
    return pages


# full-width numbers only: LibreOffice printed 「第4」 where a heading starts with Latin text
_NUMBER = {"Heading 1": "第[０-９]+", "Heading 2": "[０-９]+", "Heading 3": "（[０-９]+）"}
_DIGITS = re.compile(r"[0-9０-９]")
_JAPANESE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _paragraphs(docx: Path, styles: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for line in dump_docx(docx).splitlines():
        style, _, text = line.partition("\t")
        if style in styles and _squash(text):
            out.append((style, _squash(text)))
    return out


def _face(fonts: set[str]) -> set[str]:
    return {"gothic" if "Gothic" in f else "mincho" if "Mincho" in f else f for f in fonts}


@pytest.mark.parametrize("name", ["seed-ipa", "project-ipa"])
def test_the_ipa_set_prints_everything_in_ipa_faces(drafts, name):
    fonts = subprocess.run(["pdffonts", str(drafts[name][1])], check=True, capture_output=True,
                           text=True).stdout
    names = [ln.split()[0].split("+")[-1] for ln in fonts.splitlines()[2:] if ln.strip()]
    assert names and all(re.fullmatch(r"IPAex(Mincho|Gothic)", n) for n in names), names


@pytest.mark.parametrize("name", ["seed-ms", "project-ms"])
def test_the_default_set_names_ms_faces_for_every_script_in_every_style(drafts, name):
    with zipfile.ZipFile(drafts[name][0]) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
    checked = 0
    for st in styles.iter(f"{W}style"):
        if st.get(f"{W}type") in ("numbering", "character"):
            continue
        fonts = st.find(f"{W}rPr/{W}rFonts")
        values = {fonts.get(f"{W}{a}") for a in ("ascii", "hAnsi", "eastAsia")}
        assert len(values) == 1 and values <= {"ＭＳ 明朝", "ＭＳ ゴシック"}, values
        checked += 1
    assert checked >= 25


@pytest.mark.parametrize("name", DRAFTS)
def test_leads_print_in_mincho_and_headings_in_gothic(drafts, name):
    docx, pdf = drafts[name]
    lines = [line for page in _pdf_lines(pdf) for line in page]
    seen = {"gothic": 0, "mincho": 0}
    for style, text in _paragraphs(docx, GOTHIC_STYLES + MINCHO_STYLES):
        want = "gothic" if style in GOTHIC_STYLES else "mincho"
        if style in _NUMBER:  # the heading's own line: its number (第１, ２, （３）), then its text
            hits = [fonts for t, fonts, _ in lines if re.fullmatch(_NUMBER[style] + re.escape(text),
                                                                   _squash(t))]
        elif want == "gothic":  # a title may wrap: every line of it is a piece of its text
            hits = [fonts for t, fonts, _ in lines if len(_squash(t)) >= min(8, len(text))
                    and _squash(t) in text]
        else:  # numbers aside: a changed count prints old and new digits (deleted, inserted)
            hits = [fonts for t, fonts, _ in lines if _DIGITS.sub("", text)[:12] in _DIGITS.sub("", _squash(t))]
        assert hits, (style, text)
        assert _face(hits[0]) == {want}, (style, text, hits[0])
        seen[want] += 1
    assert seen["gothic"] >= 8 and seen["mincho"] >= 8, seen


@pytest.mark.parametrize("name", DRAFTS)
def test_no_heading_ends_a_page_and_the_cover_has_no_page_number(drafts, name):
    docx, pdf = drafts[name]
    headings = [text for _, text in _paragraphs(docx, GOTHIC_STYLES[1:])]
    pages = _pdf_lines(pdf)
    assert not any(re.fullmatch(r"\d+", t) for t, _, _ in pages[0]), pages[0][-1]
    for n, page in enumerate(pages[1:], 2):
        body = [line for line in page if not re.fullmatch(r"\d+", line[0])]
        last = _squash(body[-1][0])
        assert not any(last.endswith(h) for h in headings), (n, last)
        assert str(n) in [t for t, _, _ in page], f"page {n} has no page number"


@pytest.mark.parametrize("name", DRAFTS)
def test_no_citation_is_split_across_lines(drafts, name):
    """〔第２回〕, 〔第２回・第３回〕 …: a meeting label is never split across lines (a name
    before it may wrap)."""
    docx, pdf = drafts[name]
    cited = [t for _, t in _paragraphs(docx, ("List Bullet",)) if "〔" in t]
    lines = [_squash(t) for page in _pdf_lines(pdf) for t, _, _ in page]
    split = [t for t in lines if t.rfind("〔") > t.rfind("〕") or t.find("〕") < t.find("〔")
             or (t.count("〔") == 0 and "〕" in t)]
    assert cited and sum(t.count("〔") for t in lines) >= sum(t.count("〔") for t in cited)
    assert not split, split[:5]


@pytest.mark.parametrize("name", ["seed-ipa", "project-ms"])
def test_appendix_ids_names_and_file_names_are_never_broken(drafts, name):
    """Each appendix row's id, speaker and file name stands whole on one line of the PDF
    (「和泉内閣総/理大臣補佐/官」 and 「infra-council-/02.txt」 were split)."""
    docx, pdf = drafts[name]
    units = set()
    for line in dump_docx(docx).splitlines()[1:]:
        style, _, text = line.partition("\t")
        cells = text.split(" | ")
        if style == "table" and len(cells) == 8 and re.fullmatch(r"m\d+_\w+", cells[0]):
            units.update((cells[0], cells[3], cells[5].split()[0]))
    lines = [_squash(t) for page in _pdf_lines(pdf) for t, _, _ in page]
    assert len(units) > 50
    broken = sorted(u for u in units if not any(_squash(u) in t for t in lines))
    assert not broken, broken[:10]


def test_a_long_latin_file_name_stands_whole_in_the_appendix(drafts):
    """「minutes-search-export-cp932.csv」 (no space, / or _ to break at, wider than FIT_CAP)
    was printed 「m」 / 「inutes-search-export-cp932.csv」 by LibreOffice under --fonts ipa."""
    lines = [_squash(t) for page in _pdf_lines(drafts["export-ipa"][1]) for t, _, _ in page]
    assert sum(EXPORT.name in t for t in lines) == 8, [t for t in lines if "csv" in t]
