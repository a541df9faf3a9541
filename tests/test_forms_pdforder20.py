"""pdftotext's reading order on verbatim 議事録 of national councils (session 20, pdforder20), written by
``tests/tools/make_pdforder20.py``: Word documents (python-docx, fictional councils, names and sentences)
printed to PDF by LibreOffice and read back with plain pdftotext.

**Stacked labels** (``minutes/stacked_steps.py``, ``stacked_labels_step``). Turns typed ``label<TAB>speech``
with a hanging indent, a title spaced wide: pdftotext reads the labels as a column of their own — the labels
stacked, then the speeches; a speech's wrapped last line on a line of its own under it (``す。``); a turn typed
without the hanging indent sets its wrapped tail among the labels (``小川構成員`` / ``ります。`` / ``谷口構成員``)
and its speech stops short (``…助かってお``); a label broken by a line break is two lines of the stack
(``司会（事務局`` / ``宮下室長）``); the record's ``（以上）`` and the title's ``議事録`` between the stack and the
speeches. Paired in order when the counts agree (a speech runs to the line that ends a sentence; a label with
its tail among the labels speaks up to its line that stops short), else unread.

Before (main 9ee148b) → after, turns with the right speaker and words: ``national-kotsu-stacked-pdftotext``
0/8 → 8/8 (before: 2 points no one said, ``ります。`` as 小川's and ``司会（事務局宮下室長）`` as 谷口's, 13 lines
unread or misplaced); written apart after the rules ``national-kasen-stacked-apart-pdftotext`` (other council,
names, words; two tails among the labels, ``（了）``) 0/7 → 7/7 at first sight (before: ``ております。`` and
``ります。進行（事務局原田補佐）`` points no one said).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assembler import minutes
from assembler.errors import InputError
from conftest import FIXTURES

MINUTES = FIXTURES / "minutes"
C, M, S, G = "chair", "member", "secretariat", "government"

STACKED = {
    "national-kotsu-stacked-pdftotext.txt": [
        ("山田座長", C, 16, 17, "それでは、定刻となりましたので、ただいまから第３回の検討会を開会いたします。"),
        ("山田座長", C, 18, 19, "ありがとうございます。それでは、議事に入ります。資料１について、事務局から説明をお願いします。"),
        ("宮下室長", S, 20, 21, "資料１を御覧ください。乗合タクシーの実証運行は、北部、東部、南部の三つの地区で、"
                             "昨年の十月から三か月間行いました。"),
        ("小川構成員", M, 6, 22, "ありがとうございます。実証の結果は地区ごとに示していただけると助かっております。"),
        ("谷口構成員", M, 23, 23, "承知しました。私からは一点だけ。"),
        ("司会（事務局宮下室長）", S, 24, 24, "承知しました。次回までに整理いたします。"),
        ("谷口構成員", M, 25, 25, "運転手の確保について、事業者の声も聞いていただきたいと思います。"),
        ("山田座長", C, 26, 26, "ほかに御意見がなければ、本日の検討会はこれで閉会といたします。"),
    ],
    "national-kasen-stacked-apart-pdftotext.txt": [
        ("石原委員長", C, 16, 16, "おはようございます。時間になりましたので、第７回の小委員会を始めます。"),
        ("原田補佐", G, 17, 17, "資料の確認をいたします。議事次第のとおりです。"),
        ("石原委員長", C, 18, 18, "では、議事に入ります。資料２について、森本委員から御説明をお願いします。"),
        ("森本委員", M, 6, 19, "資料２の３ページを御覧ください。堤防の除草は年に二回、業者に委託して行っております。"),
        ("西田委員", M, 8, 20, "ありがとうございます。除草の回数を増やせないかという声を地元から聞いております。"),
        ("進行（事務局原田補佐）", S, 21, 21, "御指摘の点は、次回お示しします。"),
        ("石原委員長", C, 22, 22, "本日はここまでといたします。"),
    ],
}


@pytest.mark.parametrize("name", sorted(STACKED))
def test_stacked_labels_pair_in_order_with_their_speeches(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end, p.text) for p in parsed.points]
    assert got == STACKED[name]
    assert parsed.unread == ()
    assert all(p.speaker_why.startswith(f"stacked label {n} of {len(got)} ") for n, p in enumerate(parsed.points, 1))


def test_the_stack_s_lines_each_in_their_place() -> None:
    """The labels (one broken over two lines) and the tail among them are the turns' lines; （以上） a stage
    direction, the title's 議事録 the front matter's, the speeches' lines points."""
    parsed = minutes.parse_file(MINUTES / "national-kotsu-stacked-pdftotext.txt")
    fates = list(parsed.lines)
    assert fates[1:11] == ["point"] * 10  # 山田座長 … ります。 … 司会（事務局 / 宮下室長） … 山田座長
    assert (fates[11], fates[13]) == ("stage", "front")  # （以上）, 議事録
    assert fates[15:26] == ["point"] * 11
    assert parsed.points[3].speaker_why == ("stacked label 4 of 8 (line 5: 小川構成員) paired in order with "
                                            "line 22: the counts agree")
    assert parsed.points[5].speaker_why.startswith("stacked label 6 of 8 (line 8: 司会（事務局宮下室長）)")


def test_a_tail_among_the_labels_under_a_speech_that_ends_its_sentence_is_unread(tmp_path: Path) -> None:
    """The tail is the speech's only when the speech stops short for it: where the speech above ends its
    sentence, the cut does not fall out and the stack is unread, never guessed — here every turn of the
    record, so the file has no speaker (the labels, the tail and the speeches' lines unread: 9 + 12)."""
    text = (MINUTES / "national-kotsu-stacked-pdftotext.txt").read_text(encoding="utf-8")
    path = tmp_path / "x.txt"
    path.write_text(text.replace("助かってお\n", "助かってお。\n"), encoding="utf-8")
    with pytest.raises(InputError, match="no speaker found .lines read as front 2, unread 21"):
        minutes.parse_file(path)


# --- the front matter's attendance table (front_steps.attendee_row, under_attendees) ----------------------------
#: a council's 議事録 typed in Word with a two-column 出席者 table (座長 | 山田　一郎　東都大学教授, 委員 | three names
#: one a paragraph, a cell wrapped: …常務理 / 事), the distributed papers, then turns ``label　speech``
KAIGO = [("山田座長", C, "ただいまから第２回"), ("中島企画官", S, "資料１を御覧くださ"), ("井上委員", M, "地方の小規模な事業"),
         ("木村委員", M, "外国人の介護人材に"), ("中島企画官", S, "御指摘の点は、次回"), ("山田座長", C, "本日の議論はここま")]
#: written apart after the rules: 【出席者】, a grid, 11 pt, 構成員 | three names with bodies (hiragana given names,
#: a body wrapped in its cell), オブザーバー：… and 事務局：… lines under the table, 【配付資料】
GYOGYO = [("大谷座長", C, "それでは、ただいま"), ("西村室長", S, "資料１に沿って、今"), ("桜井委員", M, "低位とされた魚種に"),
          ("新田委員", M, "漁業者にとっては、"), ("柏木課長", S, "経営の支援について"), ("大谷座長", C, "本日はこれで閉会と")]
ATTENDANCE = {f"{stem}{shape}": turns for stem, turns in (("national-kaigo-attendance", KAIGO),
                                                          ("national-gyogyo-attendance-apart", GYOGYO))
              for shape in ("-pdftotext.txt", "-layout.txt", ".pdf", ".docx")}


@pytest.mark.parametrize("name", sorted(ATTENDANCE))
def test_an_attendance_table_before_the_first_turn_is_front_matter(name: str) -> None:
    """Every turn its speaker's, no point made of the table's rows or the papers' list (before, on -layout's
    text: 井上委員 and オブザーバー turns of the rows below; on the .pdf's: 井上委員, オブザーバー, 事務局 and the
    papers' list as 事務局's speech; the record written apart: 桜井構成員, 新田剛県漁業…, オブザーバー, 事務局)."""
    parsed = minutes.parse_file(MINUTES / name)
    assert [(p.speaker.label, p.speaker.role, p.text[:9]) for p in parsed.points] == ATTENDANCE[name]
    assert parsed.unread == ()
    first = min(p.source.line_start for p in parsed.points)
    assert all(f in ("front", "blank", "agenda", "furniture") for f in parsed.lines[:first - 1]), parsed.lines[:first - 1]
    groups = {a.group for a in parsed.meeting.attendees}
    assert {"オブザーバー", "事務局"} <= groups


def test_a_row_of_the_table_is_an_entry_only_before_the_first_turn_and_without_a_sentence(tmp_path: Path) -> None:
    """The same row with a sentence's glue (…についてお話しします) is a turn, not an entry: only lists of names,
    posts and bodies are the front matter's."""
    text = (MINUTES / "national-kaigo-attendance-layout.txt").read_text(encoding="utf-8")
    path = tmp_path / "x.txt"
    path.write_text(text.replace("さやか   全国介護事業者協議会常務理", "さやか   全国の状況についてお話しします"),
                    encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert parsed.points[0].speaker.label == "井上委員" and parsed.points[0].source.line_start == 15


# --- the record's note of a part left out (closing_steps.framed_stage_step, _STARRED) --------------------------
@pytest.mark.parametrize(("name", "line", "chair_ends"), [
    ("national-kowan-omitted-pdftotext.txt", 13, (11, 12)),  # ＊＊＊（非公開部分は掲載を省略）＊＊＊
    ("national-kuko-omitted-apart-pdftotext.txt", 8, (6, 7)),  # ＊ ＊ ＊ （以下、非公開のため省略） ＊ ＊ ＊ (written apart)
])
def test_a_note_framed_by_stars_is_the_record_s_not_the_chair_s(name: str, line: int, chair_ends: tuple[int, int]) -> None:
    """The line saying a closed part is left out is a stage direction of the record, not the words of the
    chair who announced it (before: the chair's point ran on over it)."""
    parsed = minutes.parse_file(MINUTES / name)
    assert parsed.lines[line - 1] == "stage"
    assert line in {d.line for d in parsed.directions}
    chair = next(p for p in parsed.points if p.source.line_start == chair_ends[0])
    assert (chair.speaker.role, chair.source.line_end) == (C, chair_ends[1])
    assert not any("省略" in p.text for p in parsed.points)
    assert parsed.unread == ()


def test_stars_round_a_label_frame_no_note(tmp_path: Path) -> None:
    """**北野委員** (a label in Markdown's bold, in a plain-text note) is no note of the record: not a stage
    direction (read as before: the line goes on the turn it stands in)."""
    path = tmp_path / "x.txt"
    path.write_text("検討会議事録\n\n○山田座長　開会します。\n\n**北野委員**\n路線の見直しを急ぐべきです。\n", encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert parsed.lines[4] == "point" and parsed.directions == ()


# --- a bold label run in a .docx that begins with its mark (table_steps.label_cue_step) -----------------------
@pytest.mark.parametrize(("name", "expected"), [
    ("national-kanko-bold-mark.docx", [("白井大臣", "白井", G), ("原田観光庁長官", "原田", G), ("石川大臣", "石川", G),
                                       ("白井大臣", "白井", G)]),
    # written apart: ◆ and ◇, a label with its post in brackets (not in bold alone before: the mark read as the label's)
    ("national-nogyo-bold-mark-apart.docx", [("中西議長（農林水産審議官）", "中西", C), ("松井課長", "松井", G),
                                             ("岡野委員", "岡野", M), ("中西議長（農林水産審議官）", "中西", C)]),
])
def test_a_bold_label_that_begins_with_its_mark_is_shown_without_it(name: str, expected: list[tuple[str, str, str]]) -> None:
    """○白井大臣 in bold, then the speech: the speaker 白井大臣 (before: ○白井大臣, a second mark put before the run's own)."""
    parsed = minutes.parse_file(MINUTES / name)
    assert [(p.speaker.label, p.speaker.name, p.speaker.role) for p in parsed.points] == expected
    assert parsed.unread == ()
