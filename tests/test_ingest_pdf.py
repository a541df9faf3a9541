"""The PDF reader: a real government PDF (golden), and small PDFs written here byte by byte."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assembler import minutes
from assembler.errors import InputError
from assembler.ingest import read_source
from assembler.cli import main
from conftest import FIXTURES, GOLDEN

DS = FIXTURES / "minutes" / "digital-society-council-04-gijiroku-2023-06-06.pdf"
DS_REL = "tests/fixtures/minutes/digital-society-council-04-gijiroku-2023-06-06.pdf"


def make_pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A minimal PDF: each page a list of (x, y, ASCII text) in Helvetica 10pt."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        body = b"".join(b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET\n" % (x, y, t.encode("latin-1"))
                        for x, y, t in lines) or b"0 0 100 100 re f\n"
        content = 3 + 2 * i + 1
        kids.append(f"{3 + 2 * i} 0 R".encode())
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font))
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_golden_parse_of_a_real_government_pdf(in_root):
    result = CliRunner().invoke(main, ["parse", DS_REL, "--json"])
    assert result.exit_code == 0, result.output
    golden = json.loads((GOLDEN / "digital-society-council-04.parse.json").read_text(encoding="utf-8"))
    assert json.loads(result.output) == golden


@pytest.fixture(scope="module")
def ds():
    return minutes.parse_file(DS)


def test_meeting_and_turn_order(ds):
    m = ds.meeting
    assert (m.id, m.council, m.session, m.date, m.time, m.kind) == (
        "m04", "デジタル社会推進会議", 4, "2023-06-06", "08:45–08:55", "議事録")
    assert m.place == "総理大臣官邸２階大ホール" and m.attendees == ()
    turns = [p.speaker.label for p in ds.points]
    order = [t for i, t in enumerate(turns) if i == 0 or turns[i - 1] != t]
    assert order == ["河野大臣", "松本大臣", "谷大臣", "岡田大臣", "齋藤大臣", "小倉大臣",
                     "井出副大臣", "伊佐副大臣", "野中副大臣", "太田副大臣", "河野大臣",
                     "岸田内閣総理大臣"] + ["河野大臣"]
    assert {p.speaker.role for p in ds.points} == {"government"}


def test_no_page_numbers_stage_directions_or_split_words(ds):
    for p in ds.points:
        assert not any(w in p.text for w in ("異議なし", "報道関係者", "入室）", "退室）")), p.text
        assert p.text[-1] in "。）」", p.text  # no page number glued to the end
        assert p.source.page is not None
    texts = "".join(p.text for p in ds.points)
    assert "枠組みを設立" in texts and "資料１－３の案" in texts and "申請ベースで約9700万枚" in texts
    assert "DFFT(Data Free Flow with Trust)" in texts  # real spaces between Latin words stay


def test_lines_keep_their_page_and_spans_the_first_page(ds):
    src = read_source(DS)
    assert src.format == "pdf" and [l.number for l in src.lines] == list(range(1, len(src.lines) + 1))
    by_number = {l.number: l for l in src.lines}
    for p in ds.points:
        assert p.source.page == by_number[p.source.line_start].page
    # the turn of 谷大臣 runs over a page break: it starts on page 3 and ends on page 4
    tani = next(p for p in ds.points if p.speaker.label == "谷大臣")
    assert (tani.source.page, by_number[tani.source.line_end].page) == (3, 4)
    assert "防災デジタルプラットフォーム" in tani.text


def test_page_numbers_and_running_heads_are_dropped(tmp_path):
    body = {1: ("The first page.", "Its end."), 2: ("Page two.", "More."), 3: ("Last.", "Done.")}
    pages = [[(270, 800, f"Council on Tests {n}"), (70, 700, body[n][0]), (70, 680, body[n][1]),
              (290, 40, f"- {n} -")] for n in (1, 2, 3)]
    pages[1][3] = (290, 40, "2/3")
    pages[2][3] = (290, 40, "3")
    f = tmp_path / "m.pdf"
    f.write_bytes(make_pdf(pages))
    lines = read_source(f).lines
    assert [(l.page, l.text) for l in lines if l.text] == [
        (n, t) for n in (1, 2, 3) for t in body[n]]


def test_a_pdf_without_text_layer_asks_for_ocr(tmp_path):
    f = tmp_path / "scan.pdf"
    f.write_bytes(make_pdf([[], []]))
    with pytest.raises(InputError) as e:
        read_source(f)
    assert str(e.value) == (f"{f}: no text layer (a scanned PDF?); run OCR on it first "
                            "(e.g. in Acrobat) and give the result")


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n",
     "the PDF cannot be read ({}); open it and save it again as PDF, or give the .docx"),
    (b"hello", "not a PDF file (no %PDF header); give the minutes as .txt, .docx or .pdf"),
])
def test_broken_pdfs(tmp_path, data, message):
    f = tmp_path / "broken.pdf"
    f.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_source(f)
    text = str(e.value)
    assert text.startswith(f"{f}: ")
    if "{}" in message:
        head, tail = message.split("{}")
        assert text[len(f"{f}: "):].startswith(head) and text.endswith(tail)
    else:
        assert text == f"{f}: {message}"
