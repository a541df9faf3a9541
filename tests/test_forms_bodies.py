"""議事要旨 whose bullets belong to a body (団体, 機関) named apart from the bullet's start
(grouped16): a 地域医療構想調整会議, a 港湾振興協議会, a 子ども・若者支援地域連絡会 and a 防災連絡会.

1. The body named at the end of the bullet — ``・…前提である。（北部医師会）``, ``○…（市消防本部）``,
   a bullet wrapped over lines with the bracket on the last, alone or broken over two lines — is
   the speaker, the bracket no part of the point (trailing.py: ``furniture.body_speaker`` names
   the body; a body no ending names — ＪＡみなみ, あおば公共職業安定所 — when the attendee list
   above names it, ``trailing._Listed``).
2. Bullets under a head naming the body (＜北部医師会＞, 【…】, 〔…〕, 《…》 alone on a line) are that
   body's until the next head. A head no ending names and the list names is a head too (before:
   back matter, its bullets with it, and the trailing reader read the heads after their bullets:
   each bullet went to the head below, one off); labels on the points' own lines in other
   brackets say nothing of where the heads stand (``trailing._pair``); ２　意見交換 divides the
   sections (``trailing._NUMBER_SPACE``).
3. 【主な意見】 / 【質疑】 / 質疑の概要は次のとおり。 after the narrated 報告 sentences: the heading
   the agenda's (【質疑】 above the heads: ``closing_steps.heads_below``) or the group's, the
   bullets the bodies'; 事務局から…説明した。 is the narrator's, no point a label below names.
4. A bullet that names no body stays the group's (構成員 / 出席者), never a neighbour's.

Role: a body is ``other``; ``member`` when the attendee list names it among the members
(構成員：…, 会員：…, 構成団体：…: ``roles._listed_bodies``); an observer's body stays ``other``.
Fates: f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

#: per fixture: (speaker label, role, first line, last line) of every point, and the line fates
EXPECTED = {
    # pdftotext shape: the 構成員 bodies listed over two lines, an observer, 【主な意見】 after two
    # narrated sentences, labels at the end (one alone below its point, one broken over two
    # lines), an anonymous bullet, a page number, a form feed and a running head, 【質疑】
    # over ＜＞ heads, one naming ＪＡみなみ (no ending says it is a body: the list does)
    "bodies-grouped-pdftotext.txt": (
        [("事務局", "secretariat", 13, 13), ("みなみ総合病院", "other", 14, 14),
         ("みなみ郡医師会", "member", 17, 18), ("県看護協会みなみ支部", "member", 19, 20),
         ("みなみ市消防本部", "member", 21, 22), ("出席者", "member", 23, 23), ("みなみ警察署", "other", 24, 24),
         ("みなみ市社会福祉協議会", "member", 25, 25), ("事務局", "secretariat", 30, 30),
         ("みなみ歯科医師会", "member", 34, 35), ("みなみ歯科医師会", "member", 36, 36),
         ("みなみ市消防本部", "member", 38, 38), ("ＪＡみなみ", "member", 40, 40),
         ("県看護協会みなみ支部", "member", 42, 42)],
        "fbfffffffbfappbppppppppppbFFapbappppppppppbanbF"),
    # written apart (CP932, CRLF): 会員 bodies, an observer and the secretariat one each,
    # 質疑の概要は次のとおり。 after a report, ○ points with 【】 after them (one alone below its
    # wrapped point), an anonymous ○, then 〔〕 heads after 事務局から…説明した。, one of them
    # the observer's (みなと海上保安部: the list names it). The last line's fate (u) is the
    # narrative voice's (…開催する。 after ３．その他), not this concept's.
    "bodies-harbour-cp932.txt": (
        [("市港湾振興課", "secretariat", 13, 13), ("北浜地区連合町内会", "member", 15, 15),
         ("みなと観光協会", "member", 16, 16), ("みなと港運協会", "member", 17, 19), ("出席者", "member", 20, 20),
         ("事務局", "secretariat", 23, 23), ("みなと漁業協同組合", "member", 25, 25),
         ("みなと漁業協同組合", "member", 26, 26), ("みなと海上保安部", "other", 28, 28),
         ("ひがし運輸株式会社", "member", 30, 30)],
        "fbfffffffbfapnppppppbappppppppbau"),
    # written apart (EUC-JP): 構成団体：…, labels alone indented below their bullets, one
    # inline naming ひがし消防団第３分団, 《》 heads after 地域振興課から…説明した。
    "bodies-disaster-eucjp.txt": (
        [("危機管理課", "government", 12, 12), ("ひがし小学校ＰＴＡ", "member", 14, 15),
         ("ひがし第一自治会", "member", 16, 17), ("出席者", "member", 18, 18),
         ("ひがし消防団第３分団", "member", 19, 19), ("地域振興課", "government", 22, 22),
         ("ひがし地区社会福祉協議会", "member", 25, 25), ("ひがし地区社会福祉協議会", "member", 26, 26),
         ("さくら介護サービス", "member", 28, 28), ("ひがし商店会", "member", 30, 30),
         ("ひがし第二自治会", "member", 32, 32)],
        "fbfffffbaaapbppppppbapbpppppppppba"),
    # written apart (Word, List Bullet; tests/tools/make_bodies_liaison.py): 出席機関 (attending,
    # not members: other), （）after the points, （あおば地区保護司会） no 司会, 【】 heads under
    # ２　意見交換
    "bodies-liaison.docx": (
        [("事務局", "secretariat", 8, 8), ("あおば市教育委員会", "other", 10, 10),
         ("あおば公共職業安定所", "other", 11, 11), ("出席者", "member", 12, 12),
         ("あおば地区保護司会", "other", 13, 13), ("NPO法人あおばユースネット", "other", 16, 16),
         ("NPO法人あおばユースネット", "other", 17, 17), ("ひだまり若者サポートステーション", "other", 19, 19),
         ("あおば市民生委員児童委員協議会", "other", 21, 21)],
        "ffffffappppppapppppppau"),
    # written apart after every rule above (pypdf's shape: no indent, spaces for the tabs): 出席者
    # then 構成員 and its bodies after a space, no colon (front._SPACED_GROUP), half-width ( )
    # after the points (two alone below them), ＜意見・質問＞ (read as its asking word, as before:
    # member), 【】 heads after …から説明を行った。
    "bodies-care-pypdf.txt": (
        [("介護保険課", "secretariat", 10, 10), ("みどり市介護支援専門員協議会", "member", 12, 13),
         ("みどり市老人クラブ連合会", "member", 14, 15), ("みどり市薬剤師会", "member", 16, 16),
         ("意見・質問", "member", 17, 17), ("高齢福祉課", "secretariat", 19, 19), ("みどり市医師会", "member", 21, 21),
         ("みどり市医師会", "member", 22, 22), ("みどり市歯科医師会", "member", 24, 24),
         ("みどり市シルバー人材センター", "member", 26, 26)],
        "ffffffffappppppppappppppppan"),
    # written apart after the body-then-person rule: a 水防連絡会's 議事概要, ○ points ending in the body
    # and who spoke for it — 【…土地改良区／理事長】 (a body only the list names), (…組合 組合長)
    # half-width, （…協会　大橋） alone below its point — an anonymous ○, an observer's body
    "bodies-flood-person-labels.txt": (
        [("事務局", "secretariat", 9, 9), ("きた川土地改良区（理事長）", "member", 12, 12),
         ("きた川漁業協同組合（組合長）", "member", 13, 13), ("ほくと建設業協会（大橋）", "member", 14, 15),
         ("出席者", "member", 16, 16), ("ほくと気象台", "other", 17, 17)],
        "ffffffbapbpppppppbF"),
    # written apart after the series rule: a 商店街活性化懇談会 with no attendee list, ［］ heads after
    # 事務局から…説明した。: a 振興組合 (its ending), a studio and a 信用金庫 (the series), ［全般］ (a
    # topic: no body — it and its bullet back matter, as before)
    "bodies-shopping-series.txt": (
        [("事務局", "secretariat", 9, 9), ("みなと中央商店街振興組合", "other", 12, 12),
         ("みなと中央商店街振興組合", "other", 13, 13), ("まちなかスタジオＫ", "other", 15, 15),
         ("みなと信用金庫", "other", 17, 17)],
        "fbffbaaapbpppppppffba"),
    # the same printed to PDF by LibreOffice: labels broken over two lines
    "bodies-liaison.pdf": (
        [("事務局", "secretariat", 9, 9), ("あおば市教育委員会", "other", 11, 12),
         ("あおば公共職業安定所", "other", 13, 13), ("出席者", "member", 14, 14),
         ("あおば地区保護司会", "other", 15, 16), ("NPO法人あおばユースネット", "other", 19, 19),
         ("NPO法人あおばユースネット", "other", 20, 20), ("ひだまり若者サポートステーション", "other", 22, 22),
         ("あおば市民生委員児童委員協議会", "other", 24, 25)],
        "fffffffappppppppappppppppau"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bullets_are_the_bodies_named_after_them_or_above_them(name):
    parsed = minutes.parse_file(MINUTES / name)
    points, fates = EXPECTED[name]
    got = [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == points
    assert _fates(parsed) == fates


def test_the_bracket_is_no_part_of_the_point_and_the_evidence_names_it():
    parsed = minutes.parse_file(MINUTES / "bodies-grouped-pdftotext.txt")
    by_line = {p.source.line_start: p for p in parsed.points}
    assert by_line[21].text == "夜間の救急搬送では、受入れ先の決定までに時間を要する事案が増えている。"
    assert by_line[21].speaker_why == "named after the point: （みなみ市消防本部） (line 22)"
    assert by_line[21].role_why == "listed among the 構成員 of the attendee list"
    assert by_line[24].role_why == ""  # オブザーバー：みなみ警察署 — a guest
    assert by_line[23].speaker_why.startswith("group heading: 【主な意見】 (line 16)")
    assert parsed.meeting.attendees[0].names[-1] == "ＪＡみなみ"


def test_an_anonymous_bullet_between_two_bodies_stays_the_groups():
    text = ("北浜港湾協議会 議事要旨\n構成員：北浜漁業協同組合、北浜観光協会\n事務局：港湾課\n"
            "【主な意見】\n・岸壁の照明を増やしてほしい。（北浜漁業協同組合）\n・案内板を多言語にすべきだ。\n"
            "・駐車場が足りない。（北浜観光協会）\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [
        ("北浜漁業協同組合", "member"), ("構成員", "member"), ("北浜観光協会", "member")]


def test_a_head_no_list_and_no_ending_names_is_one_more_of_a_series_of_bodies_heads():
    # ＜ＪＡみどり＞ named nowhere above, between heads of bodies in the same brackets, a bullet
    # below it: one more body (trailing._series; before: back matter with its bullet)
    text = ("みどり圏域調整会議 議事要旨\n構成員：みどり医師会、みどり看護協会\n事務局：医療政策課\n"
            "【質疑】\n＜みどり医師会＞\n・当番医の確保が難しい。\n＜ＪＡみどり＞\n・通院の足が足りない。\n"
            "＜みどり看護協会＞\n・夜勤の人手が足りない。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("みどり医師会", "member", 6), ("ＪＡみどり", "other", 8), ("みどり看護協会", "member", 10)]
    assert _fates(parsed) == "ffffpppppp"


@pytest.mark.parametrize("head", ["＜全体を通して＞", "＜まとめ＞", "＜財源について＞", "＜その他＞"])
def test_a_topic_among_the_heads_of_bodies_is_no_body(head):
    text = ("みどり圏域調整会議 議事要旨\n事務局：医療政策課\n【質疑】\n＜みどり医師会＞\n・当番医の確保が難しい。\n"
            f"{head}\n・通院の足が足りない。\n＜みどり看護協会＞\n・夜勤の人手が足りない。\n")
    assert head[1:-1] not in [label for label, _ in _speakers(text)]


def _speakers(text: str) -> list[tuple[str, int]]:
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.source.line_start) for p in parsed.points]


_VIEWS = ("西部圏域調整会議 議事要旨\n事務局：医療政策課\n【主な意見】\n"
          "・病床の転換は段階的に進めるべきである。{a}\n・回復期の稼働率も示してほしい。\n")
_HEADS = "{o}西部看護協会{c}\n・夜勤の人手が足りない。\n・研修を増やしたい。\n{o}西部市消防本部{c}\n・搬送に時間を要している。\n"


def test_a_body_the_list_does_not_name_is_named_by_its_ending():
    # no attendee list names them: 医師会 and 保健所 say they are bodies (furniture.body_speaker)
    text = _VIEWS.format(a="（西部医師会）") + "・感染症の訓練を合同で行いたい。（西部保健所）\n"
    assert _speakers(text) == [("西部医師会", 4), ("出席者", 5), ("西部保健所", 6)]


@pytest.mark.parametrize(("between", "label", "o", "c"), [
    # the narrator's account of a report above the heads is no point a head could follow
    ("（２）在宅医療について\n事務局から資料２について説明した。\n", "＜西部医師会＞", "＜", "＞"),
    # the heads in 【】, the labels after the points in （）: two kinds of label
    ("意見交換\n", "（西部医師会）", "【", "】"),
    # ２　意見交換 divides the sections: the heads' section opens with a head
    ("２　意見交換\n", "【西部医師会】", "【", "】"),
])
def test_heads_of_bodies_stand_above_their_bullets(between, label, o, c):
    text = _VIEWS.format(a=label) + between + _HEADS.format(o=o, c=c)
    got = _speakers(text)
    first = 6 + between.count("\n")  # the first head's line
    assert (("西部看護協会", first + 1), ("西部看護協会", first + 2), ("西部市消防本部", first + 4)) == tuple(
        g for g in got if g[1] > first), got


def test_a_body_then_who_spoke_for_it_is_that_person_of_the_body():
    # （北部医師会　山田委員）, （…協会 会長）, （…・川口）: the person (or the body, a post alone) with
    # the body's role — its 会長 is no chair of the meeting; a member when listed among the 構成員
    text = ("西部圏域調整会議 議事要旨\n構成員：西部医師会、西部看護協会、西部歯科医師会\n事務局：医療政策課\n【主な意見】\n"
            "・病床の転換は段階的に進めるべきである。（西部医師会　山田委員）\n・回復期の稼働率も示してほしい。（西部看護協会 会長）\n"
            "・夜勤の人手が足りない。（西部歯科医師会・川口）\n・搬送に時間を要している。（西部消防組合 副組合長）\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    got = [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.role_why) for p in parsed.points]
    assert got == [("西部医師会（山田委員）", "山田", "委員", "member", ""),
                   ("西部看護協会（会長）", "西部看護協会", "会長", "member", "listed among the 構成員 of the attendee list"),
                   ("西部歯科医師会（川口）", "川口", "", "member", "listed among the 構成員 of the attendee list"),
                   ("西部消防組合（副組合長）", "西部消防組合", "副組合長", "other", "")]
    assert parsed.points[0].text == "病床の転換は段階的に進めるべきである。"


def test_a_person_the_list_names_then_a_stage_word_is_no_body_and_its_post():
    # （松浦委員 入室） under 出席者 （委員）…、松浦委員、…: a person's entrance, no body then who spoke
    parsed = minutes.parse_file(MINUTES / "hearing-stage-directions.txt")
    assert parsed.readings == ()
