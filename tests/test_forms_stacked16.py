"""Labels pdftotext stacks above their speeches, and labels it breaks (session 16, stacked16), written
by ``tests/tools/make_stacked.py``: LibreOffice PDFs (fictional bodies, names and sentences) read back
with plain pdftotext (default order).

- ``stacked-shinmon-pdftotext`` — a 労働委員会's 審問: a speaker | speech table read as three labels, a
  blank line, three speeches (paired in order, each with its evidence); a second table whose middle
  speech wraps over two lines (three labels, four lines: unread, never glued); a label broken inside
  its bracket (○申立人代理人（葛 / 城）).
- ``stacked-shikiten-pdftotext`` — a festival's 開会式: act-and-person labels (◎開会あいさつ（実行委員長　田村）),
  two broken inside the bracket (◎来賓あいさつ（南部市長 / 大森）).

Written apart, after the rules (other bodies, names, words, layouts): ``stacked-koujutsu-apart`` (a
公聴会: four labels that pdftotext cut in two runs, 3 then 1, with the speeches 2 then 2; three labels
over two speeches, the last cell empty) and ``stacked-hyoushou-apart`` (a 表彰式: 司会 / 区長 stacked).

Before (main c586339): the stacked labels the text of the turn above, every speech of a stack the
last label's — silently, none unread.
"""
from __future__ import annotations

from assembler import minutes
from conftest import FIXTURES

MINUTES = FIXTURES / "minutes"


def _turns(name: str) -> list[tuple[str, int, int, str]]:
    parsed = minutes.parse_file(MINUTES / name)
    return [(p.speaker.label, p.source.line_start, p.source.line_end, p.text[:8]) for p in parsed.points]


def test_stacked_labels_pair_in_order_with_their_speeches_when_the_counts_agree() -> None:
    parsed = minutes.parse_file(MINUTES / "stacked-shinmon-pdftotext.txt")
    got = {p.source.line_start: p for p in parsed.points}
    assert [(got[n].speaker.label, got[n].source.line_end, got[n].text) for n in (11, 12, 13)] == [
        ("審査委員長（有馬）", 11, "証人は宣誓書を読み上げてください。"),
        ("証人", 12, "良心に従って真実を述べることを誓います。"),
        ("申立人代理人（葛城）", 13, "では主尋問を始めます。証人は組合の役員ですか。"),
    ]
    assert got[11].speaker_why == "stacked label 1 of 3 (line 7: 審査委員長（有馬）) paired in order with line 11: the counts agree"
    assert got[13].speaker_why.startswith("stacked label 3 of 3 (line 9: 申立人代理人（葛城）)")
    # the labels' lines are the turns' label lines, the blank between blank
    assert [parsed.lines[k] for k in range(6, 13)] == ["point", "point", "point", "blank", "point", "point", "point"]
    # the turn above keeps its own words only
    assert (got[5].source.line_end, got[5].text) == (6, "ただいまから第３回審問を開きます。本日は申立人側の証人を尋問します。")


def test_stacked_labels_over_a_wrapped_speech_pair_when_the_speeches_cut_one_a_label() -> None:
    """Three labels over four lines, one speech wrapped over two (…会社側は人事 / の秘密であると述べて、…。):
    session 16 left them unread; since pdforder20 a speech runs to the line that ends its sentence, so the
    four lines are three speeches and pair in order (the record's table: make_stacked.py); the chair's closing
    turn below is read as before. Where the counts still differ the stack is unread (stacked-koujutsu-apart)."""
    parsed = minutes.parse_file(MINUTES / "stacked-shinmon-pdftotext.txt")
    assert parsed.unread == ()
    got = [(p.speaker.label, p.source.line_start, p.source.line_end, p.text[:8]) for p in parsed.points
           if p.source.line_start in range(20, 28)]
    assert got == [("被申立人代理人（真島）", 24, 24, "異議があります。"), ("証人", 25, 26, "査定の基準は、団"),
                   ("被申立人代理人（真島）", 27, 27, "質問を変えます。")]
    assert parsed.points[-1].speaker.label == "審査委員長（有馬）" and parsed.points[-1].source.line_start == 29


def test_written_apart_a_stack_cut_in_two_runs_and_one_short_of_a_speech() -> None:
    """公聴会: 3 labels / 2 speeches / 1 label / 2 speeches — one stack, 4 and 4, paired in order; then
    3 labels over 2 speeches (the last cell empty): unread."""
    turns = _turns("stacked-koujutsu-apart.txt")
    assert [t[:3] for t in turns if 9 <= t[1] <= 15] == [
        ("座長（石田）", 9, 9), ("公述人（村井）", 10, 10), ("公述人（片岡）", 14, 14), ("座長（石田）", 15, 15)]
    parsed = minutes.parse_file(MINUTES / "stacked-koujutsu-apart.txt")
    assert [u.line for u in parsed.unread] == [19, 20, 21, 23, 24]
    assert parsed.points[-1].source.line_start == 26


def test_written_apart_two_titles_stacked() -> None:
    turns = _turns("stacked-hyoushou-apart.txt")
    assert [t[:3] for t in turns if 13 <= t[1] <= 14] == [("司会", 13, 13), ("区長", 14, 14)]
    assert minutes.parse_file(MINUTES / "stacked-hyoushou-apart.txt").unread == ()


def test_a_title_above_a_called_name_or_a_name_is_no_stack() -> None:
    """A label alone above the one it calls on (堀内委員長 / 木下課長) or above the
    person's name (○教育政策係長 / 大園健朗君) with no blank line below: read as before, nothing unread."""
    for name in ("committee-unmarked-labels-layout.txt", "committee-called-labels-layout.txt",
                 "record-title-above-name.txt"):
        assert minutes.parse_file(MINUTES / name).unread == (), name


def _speakers(name: str) -> list[tuple[str, str, str, str, int]]:
    parsed = minutes.parse_file(MINUTES / name)
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.source.line_start)
            for p in parsed.points]


def test_an_act_then_its_person_and_a_label_broken_inside_its_bracket() -> None:
    """◎開会あいさつ（実行委員長 田村） on one line, ◎来賓あいさつ（南部市長 / 大森） and ◎来賓祝辞（みさき町議会 /
    議長小池） broken inside the bracket: the person is the speaker, titled by the post, the act no one;
    a guest's post (another body's) role other. Before: 開会あいさつ a person, 大森） the speech's start."""
    assert _speakers("stacked-shikiten-pdftotext.txt")[:3] == [
        ("実行委員長（田村）", "田村", "実行委員長", "other", 4),
        ("南部市長（大森）", "大森", "南部市長", "other", 8),
        ("みさき町議会議長（小池）", "小池", "みさき町議会議長", "other", 11),
    ]
    parsed = minutes.parse_file(MINUTES / "stacked-shikiten-pdftotext.txt")
    assert parsed.points[1].text.startswith("本日は天候にも恵まれ")
    assert list(parsed.lines[5:8]) == ["point", "point", "point"]  # the label's two lines, the speech


def test_a_party_label_broken_inside_its_bracket_is_one_label() -> None:
    turns = _turns("stacked-shinmon-pdftotext.txt")
    assert ("申立人代理人（葛城）", 18, 18, "会社は賞与の査定") in turns


def test_written_apart_ceremony_acts() -> None:
    """表彰式: ●開式のことば（副実行委員長 北川）, ◎祝辞（あおば区議会 / 議員林田）, ◎謝辞（受賞者代 / 表 松岡） — the
    break inside a word (代 / 表) and a post no table knows (受賞者代表) after a space."""
    got = _speakers("stacked-hyoushou-apart.txt")
    assert [(g[0], g[1], g[4]) for g in got] == [
        ("副実行委員長（北川）", "北川", 3), ("あおば区議会議員（林田）", "林田", 6), ("受賞者代表（松岡）", "松岡", 9),
        ("司会", "", 13), ("区長", "", 14), ("副実行委員長（北川）", "北川", 16)]


def test_an_act_with_a_post_alone_keeps_its_label() -> None:
    from assembler.minutes.roles import load_roles
    t = load_roles()
    assert t.ceremony_speaker("答弁（河川課長）") is None and t.ceremony_speaker("開会あいさつ") is None
    assert t.guess("答弁（河川課長）").name == ""  # labels16's: a post with no person stays as written
