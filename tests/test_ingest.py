"""The ingest stage: text encodings (this file), .docx and .pdf readers (test_ingest_*.py)."""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.errors import InputError
from assembler.ingest import read_source
from conftest import SEED

# CP932 and EUC-JP have no code for the seed's private-use bullet U+F09E: a Windows export
# writes ・ instead, which parses to the same points (the glyph is removed either way).
# EUC-JP has no ～ (U+FF5E) either: Unix tools write 〜 (U+301C) for it.
TO_DOT = {"\uf09e": "・"}
ENCODINGS = [
    ("utf-8", "utf-8", {}),
    ("utf-8-sig", "utf-8-sig", {}),
    ("utf-16", "utf-16", {}),
    ("utf-16-le", "utf-16-le", {}),
    ("utf-16-be", "utf-16-be", {}),
    ("cp932", "cp932", TO_DOT),
    ("shift_jis", "cp932", {**TO_DOT, "～": "〜"}),
    ("euc_jp", "euc_jp", {**TO_DOT, "～": "〜"}),
]


def _contract(parsed, file: str) -> dict:
    data = minutes.to_dict((parsed,))
    for m in data["meetings"]:
        assert m.pop("source") == file
    for p in data["points"]:
        assert p["source"].pop("file") == file
    for counts in data["lines"] + data.get("readings", []):
        assert counts.pop("file") == file
    return data


@pytest.fixture(scope="module")
def seed_contract():
    return _contract(minutes.parse_file(SEED), str(SEED))


@pytest.mark.parametrize("encoding, detected, replace", ENCODINGS)
def test_seed_in_each_encoding_parses_the_same(tmp_path, seed_contract, encoding, detected,
                                                replace):
    text = SEED.read_text(encoding="utf-8")
    for old, new in replace.items():
        text = text.replace(old, new)
    f = tmp_path / f"seed-{encoding}.txt"
    f.write_bytes(text.encode(encoding))
    assert read_source(f).encoding == detected
    assert _contract(minutes.parse_file(f), str(f)) == seed_contract
    forced = minutes.parse_file(f, encoding=encoding)
    assert _contract(forced, str(f)) == seed_contract


def test_cp932_symbols_keep_their_windows_meaning(tmp_path):
    # ～ and － are where shift_jis and CP932 differ; ① and ㈱ exist only in CP932.
    f = tmp_path / "w.txt"
    f.write_bytes("（飯島委員）\n・１０時～１１時、①㈱の件－以上。\n".encode("cp932"))
    src = read_source(f)
    assert (src.encoding, src.lines[1].text) == ("cp932", "・１０時～１１時、①㈱の件－以上。")


@pytest.mark.parametrize("data, encoding, message", [
    ("議事要旨".encode("utf-8"), "klingon", "unknown encoding 'klingon'; use a name such as "
                                            "utf-8, cp932, shift_jis or euc-jp"),
    ("議事要旨".encode("cp932"), "utf-8", "the file is not valid utf-8 (byte 0); leave out "
                                          "--encoding to detect it"),
])
def test_forced_encoding_errors(tmp_path, data, encoding, message):
    f = tmp_path / "m.txt"
    f.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_source(f, encoding=encoding)
    assert str(e.value) == f"{f}: {message}"


def test_control_characters_never_reach_the_lines(tmp_path):
    f = tmp_path / "c.txt"
    f.write_bytes("（飯島委員）\x0c\n・DX\x07は\x1b重要。\x0b続き\tの行\n".encode("utf-8"))
    texts = [l.text for l in read_source(f).lines]
    assert texts == ["（飯島委員）", "・DXは重要。続き の行"]


def test_line_numbers_are_the_editors_with_form_feeds(tmp_path):
    # pdftotext ends each page with a form feed: cat -n does not count it as a line
    f = tmp_path / "p.txt"
    f.write_text("会議（第１回）\n議事録\n○山田委員　前半の話です。\n- 1 -\n\f○佐藤座長　後半の話です。\n\f",
                 encoding="utf-8")
    parsed = minutes.parse_file(f)
    assert [(p.speaker.label, p.source.line_start, p.source.page) for p in parsed.points] == [
        ("山田委員", 3, 1), ("佐藤座長", 5, 2)]
    assert parsed.lines == ("front", "front", "point", "furniture", "point", "blank")
