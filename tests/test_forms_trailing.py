"""Speakers written after their points (assembler/minutes/trailing.py): ``・…。（野々村構成員）``.

Fixtures written here (fictional names and sentences) in the shapes such files arrive in:
`summary-trailing-pdftotext.txt` as pdftotext gives it (breaks every ~30 characters, a blank
line inside a sentence, page numbers, a form feed, labels alone on the line below the point,
a label broken over two lines, several speakers, 以上、…, 【座長】, half-width (委員Ａ));
`summary-trailing-cp932.txt` saved in Shift_JIS with CRLF (paragraphs indented with no
bullet, ［委員Ａ］, ＜委員Ｂ＞, two speakers joined by ・, （事務局）); a Word file built below
(bullets as Word list numbering and as typed ・, a label as a paragraph of its own).
Rows: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest
from docx import Document
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st

from assembler import minutes
from assembler.errors import AssemblerError
from assembler.ingest.text import split_lines
from assembler.minutes import trailing
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    "summary-trailing-pdftotext.txt": [
        # the label alone on the line below the point's last line
        ("南雲委員", "member", "田んぼダムの取組は、下流の水位を下げる効果が確認されているが、農家の負担を軽減する仕組みが"
         "なければ広がらない。", 13, 15),
        # a blank line inside the sentence; two speakers: the point is each one's
        ("千早委員", "member", "雨水貯留施設の整備は、学校や公園の改修に合わせて進めるのが効率的である。", 16, 19),
        ("東条委員", "member", "雨水貯留施設の整備は、学校や公園の改修に合わせて進めるのが効率的である。", 16, 19),
        ("瀬川委員", "member", "ため池の事前放流は、管理者が高齢化しており、遠隔で操作できる設備への補助を検討してほしい。",
         20, 21),
        ("座長", "chair", "浸水想定区域の見直しを住民に伝える際は、避難先とあわせて示すべき。", 22, 23),
        # across the page number and the form feed, under a heading: （以上、東条委員） covers both
        ("東条委員", "member", "浸水の危険が高い区域での開発を抑える誘導策が必要。", 27, 27),
        ("東条委員", "member", "既存の住宅のかさ上げには、改修の時期に合わせた支援がよい。", 28, 29),
        # no label: a report of the secretariat's answer, read as before
        ("事務局", "secretariat", "県の補助制度の拡充を検討している", 30, 31),
        ("委員Ａ", "member", "立地適正化計画と防災指針の整合を図るべき", 32, 32),
        # a ○ line that carries the words (…開催する旨の連絡があった。): the secretariat's point (narrated18;
        # it was narrative, 連絡 no noun of speaking the ○ reading knew)
        ("事務局", "secretariat", "次回は１２月に開催する", 35, 35),
    ],
    "summary-trailing-cp932.txt": [
        ("事務局", "secretariat", "事務局から資料２により説明があった。", 7, 7),
        ("委員Ａ", "member", "空き家バンクの登録件数が伸びないのは、所有者が相続の手続を終えていないことが大きい。"
         "司法書士会と連携した相談会を開いてはどうか。", 10, 11),
        ("委員Ｂ", "member", "移住希望者の内覧に地域の人が同行する仕組みがあると安心できる。", 12, 12),
        ("野々山委員", "member", "改修費の補助は、子育て世帯を優先してほしい。", 13, 13),
        ("川端委員", "member", "改修費の補助は、子育て世帯を優先してほしい。", 13, 13),
        ("会長", "chair", "倒壊のおそれの判断は、写真だけでなく現地確認を原則とすべきである。", 16, 18),
        # the label broken over two lines
        ("野々山委員", "member", "所有者が遠方に住む場合の連絡方法を整理しておく必要がある。", 19, 20),
        ("事務局", "secretariat", "判断基準の案は次回までに修正して示す。", 21, 21),
    ],
}

LINE_FATES = {
    "summary-trailing-pdftotext.txt": "fbffffb" "annna" "ppppbpppppp" "bF" "appppppbap" "bF",
    # 【委員の主な意見】 names the group whose opinions follow (groups.py): a header's line
    "summary-trailing-cp932.txt": "fbffb" "apb" "pppppb" "apppppp",
}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_label_after_a_point_names_its_speakers(name):
    parsed = minutes.parse_file(MINUTES / name)
    assert _rows(parsed) == EXPECTED[name]
    # the label is out of the text and is the evidence of the speaker
    for p in parsed.points:
        assert not p.text.endswith(("員）", "員】", "長】", "）", "］", "＞")), p.text
        assert p.speaker_why.startswith("named after the point: ") or p.speaker.label == "事務局", p


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_of_a_trailing_summary_ends_in_one_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def test_the_reading_of_each_section_is_recorded_with_its_reason():
    parsed = minutes.parse_file(MINUTES / "summary-trailing-pdftotext.txt")
    assert [(r.first, r.last, r.labels, r.after, r.why) for r in parsed.readings] == [
        (21, 32, 3, True, trailing.INLINE),
        (13, 25, 2, True, trailing.AFTER_ENDS),  # the section （１）: lines 13-25
    ]
    data = minutes.to_dict((parsed,))
    assert [r["read"] for r in data["readings"]] == ["after", "after"]
    report = minutes.unread_report((parsed,))
    assert "summary-trailing-pdftotext.txt:13-25" in report


def _points(text: str) -> list[tuple[str, int, str]]:
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.source.line_start, p.text) for p in parsed.points]


def test_labels_above_their_points_stay_headers():
    # the first label opens the section and points follow the last: headers, as the seed
    text = ("審議会　議事要旨\n\n２．主な意見\n（青木委員）\n・駅前の駐輪場を増やすべき。\n"
            "・歩道の段差をなくしてほしい。\n（佐藤委員）\n・照明を明るくしてほしい。\n")
    assert _points(text) == [("青木委員", 5, "駅前の駐輪場を増やすべき。"), ("青木委員", 6, "歩道の段差をなくしてほしい。"),
                             ("佐藤委員", 8, "照明を明るくしてほしい。")]
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert [(r.after, r.why) for r in parsed.readings] == [(False, trailing.ABOVE_ENDS)]


def test_a_section_whose_ends_do_not_decide_follows_the_rest_of_the_document():
    # section （２）: a point above its label and one below it; the document names speakers
    # after points on their own lines in （１）: the label names the point above it
    text = ("審議会　議事要旨\n\n（１）交通\n・駅前の駐輪場を増やすべき。（青木委員）\n"
            "（２）防災\n・避難所の備蓄を見直すべき。\n（佐藤委員）\n・事務局から、次回報告するとの回答があった。\n"
            "・夜間の訓練も必要である。\n")
    got = _points(text)
    assert got[:2] == [("青木委員", 4, "駅前の駐輪場を増やすべき。"), ("佐藤委員", 6, "避難所の備蓄を見直すべき。")]
    assert got[2][:2] == ("事務局", 8)


def test_an_agenda_item_names_who_presents_it_not_a_speaker():
    # the items of an agenda name a topic and who presents it: agenda, not points
    text = ("審議会　議事要旨\n\n議事次第\n・議事録の確認（事務局）\n・地域公共交通計画の改定について（事務局）\n"
            "３．意見交換\n\n（青木委員）\n・駅前の駐輪場を増やすべき。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [("青木委員", 9)]
    assert parsed.lines[3:5] == ("agenda", "agenda")


def test_no_label_after_the_text_on_other_lines_or_of_other_things():
    # a paper's author in a list of papers, a stage direction, a note: no speakers
    text = ("審議会　議事要旨\n\n配布資料\n資料１　地域公共交通計画の骨子案について（事務局）\n\n"
            "（青木委員）\n・駅前の駐輪場を増やすべき。（拍手）\n・歩道の段差をなくしてほしい。（資料３）\n")
    assert [(who, line) for who, line, _t in _points(text)] == [("青木委員", 7), ("青木委員", 8)]


def _item(doc, text: str, num: str):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
    return p


def test_word_bullets_and_typed_bullets_with_labels_after(tmp_path):
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="91">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                               'w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    doc.add_paragraph("こもれび市観光振興懇話会（第３回）議事概要")              # 1
    doc.add_paragraph("日時：令和６年９月１２日（木）１５：００～１７：００")    # 2
    doc.add_paragraph("１．主な意見")                                           # 3
    _item(doc, "宿泊客の平均滞在日数を伸ばす体験メニューが要る。（早瀬委員）", "91")  # 4
    _item(doc, "二次交通の案内を多言語にすべき。", "91")                         # 5
    doc.add_paragraph("（木内委員、早瀬委員）")                                 # 6
    doc.add_paragraph("・祭りの時期に合わせた誘客キャンペーンを検討してほしい。【会長】")  # 7
    doc.add_paragraph("・観光案内所の開所時間を延ばしてほしい。")               # 8
    doc.add_paragraph("（木内委員）")                                           # 9
    f = tmp_path / "m03.docx"
    doc.save(f)
    parsed = minutes.parse_file(f)
    assert _rows(parsed) == [
        ("早瀬委員", "member", "宿泊客の平均滞在日数を伸ばす体験メニューが要る。", 4, 4),
        ("木内委員", "member", "二次交通の案内を多言語にすべき。", 5, 6),
        ("早瀬委員", "member", "二次交通の案内を多言語にすべき。", 5, 6),
        ("会長", "chair", "祭りの時期に合わせた誘客キャンペーンを検討してほしい。", 7, 7),
        ("木内委員", "member", "観光案内所の開所時間を延ばしてほしい。", 8, 9),
    ]
    assert _fates(parsed) == "ffppppppp"  # １．主な意見 names the members' group (groups.py): a header's line


def test_a_label_is_cut_from_the_lines_it_ends_even_when_broken():
    assert trailing.cut_label(["・担い手が", "急務である。（野々", "村構成員）"], "（野々村構成員）") == [
        "・担い手が", "急務である。", ""]
    assert trailing.cut_label(["急務である。"], "（野々村構成員）") is None


BLOCKS = st.sampled_from([
    "・地域の担い手の確保が急務である。（野々村構成員）\n",
    "・点検にドローンを使うには操縦者の育成が\n追いついていない。\n（川添構成員）\n",
    "・補助率の根拠を示してほしい。\n\n（樋口構成員、川添構成員）\n",
    "○ 受益者負担の考え方を整理すべき。【A委員】\n",
    "○ 事務局から、次回までに試算を示すとの回答があった。\n",
    "・財源の見通しを示すべき。\n（以上、樋口構成\n員）\n",
    "（１）担い手の確保について\n", "（野々村構成員）\n", "\n", "- 2 -\n\f", "・夜間の点検も必要である。\n",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(BLOCKS, min_size=1, max_size=25))
def test_line_accounting_adds_up_with_labels_after_points(blocks):
    src = split_lines("議事概要\n\n" + "".join(blocks), "gen.txt", encoding="utf-8")
    try:
        parsed = minutes.parse_source(src)
    except AssemblerError as e:
        assert "no speaker" in str(e)
        return
    assert len(parsed.lines) == len(src.lines) == sum(parsed.line_counts().values())
    unread = [n + 1 for n, d in enumerate(parsed.lines) if d == "unread"]
    assert [u.line for u in parsed.unread] == unread
    for p in parsed.points:  # a point's lines are lines of points (or blank lines inside it)
        assert all(parsed.lines[n - 1] in ("point", "blank", "furniture")
                   for n in range(p.source.line_start, p.source.line_end + 1)), p
        assert not p.text.endswith("員）") and "【A委員】" not in p.text, p.text


def test_the_readings_location_is_never_clipped_however_long_the_path(tmp_path):
    # the wheel's test run reads the fixtures from a long temporary folder: the location is
    # what the user needs to find the lines, so it is printed whole (the reason wraps)
    deep = tmp_path / ("minutes-of-the-council-" * 4)
    deep.mkdir()
    copy = deep / "summary-trailing-pdftotext.txt"
    copy.write_bytes((MINUTES / "summary-trailing-pdftotext.txt").read_bytes())
    report = minutes.unread_report((minutes.parse_file(copy),))
    assert f"{copy}:13-25" in report


def test_a_sentence_ends_alike_before_a_trailing_label_and_at_a_paragraph_s_end() -> None:
    """One set of sentence ends (patterns.SENTENCE_STOPS) for the trailing-label pass and the
    paragraphs: a character that ends a sentence for one ends it for the other (there were two
    copies, kept apart by an import cycle, free to drift)."""
    from assembler.minutes import paragraphs, trailing
    from assembler.minutes.patterns import SENTENCE_STOPS
    from assembler.minutes.roles import load_roles

    roles = load_roles()
    for ch in SENTENCE_STOPS:
        assert paragraphs.ends_sentence("整備を急ぐべき" + ch)
        assert trailing._point_end("整備を急ぐべき" + ch, roles)
    assert not paragraphs.ends_sentence("整備を急ぐべき")
    assert not hasattr(trailing, "_STOPS") and not hasattr(paragraphs, "_STOPS")
