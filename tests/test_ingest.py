"""The ingest stage: text encodings (this file), .docx and .pdf readers (test_ingest_*.py)."""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.errors import InputError
from assembler.ingest import read_source
from conftest import ROOT, SEED

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


#: a record as pdftotext gives it from a Windows text (form feeds, page numbers, a blank line
#: inside a paragraph, ideographic spaces for indents): where the CP932 extensions go
_EXTENDED = """　　　令和７年度　第２回さざなみ町地域福祉推進会議　会議録

{head}　開催日時　　令和７年９月１２日（金）　１４時{tilde}１５時３０分
{head2}　議　　事

○中村会長　　それでは、地域の見守り活動について、事務局から説明をお願いします。
○事務局（福祉課）　　{bullet}見守り協力員の登録は、昨年度より１２名増えました。
　　{bullet2}{corp}と協定を結び、配達の際に声かけをしていただいております。

\x0c　　　　　　　　　　　　- 1 -
○岡田委員　　配達員の方に負担がかからないよう、連絡の手順を
　　簡単にしていただきたいと思います。
○中村会長　　ほかにご意見がなければ、本日の会議を終了します。
"""
#: the CP932 character classes Shift_JIS lacks or reads otherwise, one record each
_CLASSES = {
    "roman": dict(head="Ⅰ", head2="Ⅹ", tilde="から", bullet="", bullet2="", corp="さざなみ運送"),
    "circled": dict(head="１", head2="２", tilde="から", bullet="①　", bullet2="⑳　", corp="さざなみ運送"),
    "company": dict(head="１", head2="２", tilde="から", bullet="", bullet2="", corp="㈱さざなみ運送"),
    "wave dash": dict(head="１", head2="２", tilde="～", bullet="", bullet2="", corp="さざなみ運送"),
}


@pytest.mark.parametrize("name", sorted(_CLASSES))
def test_cp932_extensions_are_read_as_cp932(tmp_path, name):
    """CP932 text holding Ⅰ–Ⅹ, ①–⑳, ㈱ or ～ is CP932 (ingest.text._windows_japanese): the
    Roman numerals' and the circled digits' records were refused (「cannot tell the text
    encoding」), and each parses as its UTF-8 copy does."""
    text = _EXTENDED.format(**_CLASSES[name])
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    f = tmp_path / "cp932.txt"
    f.write_bytes(text.replace("\n", "\r\n").encode("cp932"))
    src = read_source(f)
    assert src.encoding == "cp932" and [line.text for line in src.lines] == [line.text for line in read_source(utf8).lines]
    assert _contract(minutes.parse_file(f), str(f)) == _contract(minutes.parse_file(utf8), str(utf8))
    turns = [p.speaker.label for p in minutes.parse_file(f).points]
    assert [a for a, b in zip(turns, [""] + turns) if a != b] == ["中村会長", "事務局（福祉課）", "岡田委員", "中村会長"]


@pytest.mark.parametrize("encoding", ["euc_jp", "utf-8", "utf-16", "utf-16-le", "utf-16-be"])
def test_other_encodings_of_such_a_record_are_read_in_their_own(tmp_path, encoding):
    """The same record in EUC-JP (no Ⅰ or ①: the classes written as EUC-JP has them), UTF-8 and
    UTF-16 with or without a byte-order mark: each read in its own encoding, not as CP932 (UTF-16
    without a mark was refused when ideographic spaces passed 2 % of the text: ``_plausible``
    counted U+3000 as no text)."""
    text = _EXTENDED.format(**(_CLASSES["company"] if encoding != "euc_jp" else
                               dict(head="１", head2="２", tilde="〜", bullet="", bullet2="", corp="さざなみ運送")))
    f = tmp_path / "r.txt"
    f.write_bytes(text.encode(encoding))
    src = read_source(f)
    assert src.encoding == encoding and src.lines[0].text.strip() == "令和７年度　第２回さざなみ町地域福祉推進会議　会議録"


@pytest.mark.parametrize("text", [
    (ROOT / "tests/fixtures/minutes/transport-roman-sections-word.txt").read_text(encoding="utf-8"),
    "Ⅰ　報告\nⅡ　意見交換\n○西川委員　　通学路の点検を、地区ごとに進めてほしい。\n",
    "①　見守り活動\n②　協定の締結\n○西川委員　　通学路の点検を、地区ごとに進めてほしい。\n",
], ids=["roman fixture", "roman note", "circled note"])
def test_cp932_records_charset_normalizer_cannot_name(tmp_path, text):
    """Records charset-normalizer names no encoding for (its mess detector finds Ⅲ and ① odd
    in a short text) and whose ideographic spaces kept the fallback from reading them: CP932."""
    f = tmp_path / "r.txt"
    f.write_bytes(text.encode("cp932"))
    assert read_source(f).encoding == "cp932"



def test_a_windows_file_with_little_kana_is_still_cp932(tmp_path):
    # A roster typed in Windows: names, titles, a time range with ～ (CP932 0x8160, U+FF5E) and
    # next to no hiragana. The kana test (text._windows_japanese) does not vouch for it, and
    # charset-normalizer names it shift_jis, which reads 0x8160 as 〜 (U+301C): the branch that
    # prefers CP932 whenever it decodes is what keeps ～ (make mutate: ingest-shift-jis-not-cp932
    # survived every test once d4f9c72 put the kana test first).
    text = ("第３回　中央区都市計画審議会　出席者名簿\n日時　令和８年６月３日（水）午後２時～午後４時\n"
            "会長　山田太郎\n委員　鈴木花子　佐藤一郎　高橋次郎　田中三郎　伊藤四郎　渡辺五郎\n"
            "事務局　都市整備部長　中村六郎　都市計画課長　小林七郎　同課長補佐　加藤八郎\n")
    f = tmp_path / "roster.txt"
    f.write_bytes(text.encode("cp932"))
    src = read_source(f)
    assert (src.encoding, src.lines[1].text) == ("cp932", "日時　令和８年６月３日（水）午後２時\uff5e午後４時")
