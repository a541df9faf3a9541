"""Legends of marks (``assembler/minutes/legend.py``): a line saying which mark stands for which
group of speakers (``※　◇は委員からの意見・質問、◆は町からの回答を示す。``), and the lines led by
those marks read as that group's points — unless a label in brackets or before a colon after
the mark names the speaker.

Fixtures (fictional content; tests/fixtures/minutes/SOURCES.md): a Word 会議要旨 with the
legend in its first paragraphs, and a pdftotext 会議要旨 whose legend stands under the heading
議事の概要, wrapped over two lines, with form feeds, page numbers, a running head and a blank
line inside a paragraph. Rows: speaker label, role, start of the text, first line, last line;
fates: f front, a agenda, n narrative, p point, F furniture, b blank, u unread.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes import legend
from assembler.minutes.roles import load_roles
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # ※ ◇ members, ◆ the town: ◇（副会長） and ◆（子育て支援課長） name their speaker; the
    # paragraph with no mark under ◆（子育て支援課長） goes on that point; the town answering at
    # its own 運営協議会 is the council's secretariat (roles.settle_roles)
    "summary-legend-marks.docx": [
        ("事務局", "secretariat", "事務局より資料１に基づき説明。", 9, 9),
        ("委員", "member", "放課後児童クラブの待機児童の見込みを示してほしい。", 10, 10),
        ("町", "secretariat", "来年度は２か所増設し、待機児童は解消できる見込みである。", 11, 11),
        ("副会長", "member", "学校との連携の仕組みを検討してほしい。", 12, 12),
        ("子育て支援課長", "secretariat", "教育委員会と協議の場を設ける予定である。なお、空き教室の活用も併せて検討する。",
         13, 14),
        ("委員", "member", "支援員の確保が難しいと聞くが、処遇改善の予定はあるか。", 15, 15),
        ("町", "secretariat", "国の補助を活用し、来年度から賃金を引き上げる。", 16, 16),
        ("委員", "member", "次回は新しい施設の見学を行いたい。", 18, 18),
        ("町", "secretariat", "日程を調整の上、連絡する。", 19, 19),
    ],
    # （■は委員の発言、⇒は事務局の説明・回答。発言者の氏名 / は省略）: wrapped by pdftotext;
    # ⇒ is no mark the header shapes know; ⇒施設課長：… and ■（会長） name their speaker; a
    # sentence broken by a blank line, a turn across a page break (number, form feed, head), a
    # paragraph with no mark going on the chair's point
    "summary-legend-pdftotext.txt": [
        ("事務局", "secretariat", "事務局から資料１及び資料２に基づき説明した。", 14, 14),
        ("委員", "member", "地区ごとの施設の統廃合は、住民説明会を開いてから決めるべきではないか。", 15, 16),
        ("事務局", "secretariat", "素案の公表後、各地区で説明会を開催し、意見を伺う予定である。", 17, 18),
        ("委員", "member", "公民館と図書館の複合化は賛成だが、駐車場が足りなくなる心配がある。", 19, 21),
        ("施設課長", "secretariat", "複合化する施設の駐車場は、現在の台数を下回らないよう設計する。", 22, 23),
        ("会長", "chair", "子育て世代の利用が多い施設は、再編後も身近な場所に残してほしい。"
         "特に児童館は、小学校区ごとに一つは必要と考える。", 27, 29),
        ("事務局", "secretariat", "児童館は現在の配置を基本とし、建替えの際に学校との複合化を検討する。", 30, 31),
        # a point that fills the line with no stop: the ⇒ below is the next turn, not its wrap
        ("委員", "member", "次回は、再編後の施設配置を地区ごとに地図で示してほしい", 33, 33),
        ("事務局", "secretariat", "地図を作成し、令和７年２月の次回協議会で示す。", 34, 34),
    ],
}

LINE_FATES = {
    "summary-legend-marks.docx": "ffbffffappppppppappa",
    "summary-legend-pdftotext.txt": "fbfffffaan" "ffappppppbpppbFF" "pppppappbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def test_the_legend_read_is_kept_with_its_line_and_shown_by_parse_and_review():
    parsed = minutes.parse_file(MINUTES / "summary-legend-pdftotext.txt")
    assert parsed.legend is not None
    assert (parsed.legend.line, parsed.legend.text) == (11, "（■は委員の発言、⇒は事務局の説明・回答。発言者の氏名は省略）")
    assert [(m, sp.label, sp.role) for m, sp in parsed.legend.marks] == [
        ("■", "委員", "member"), ("⇒", "事務局", "secretariat")]
    data = minutes.to_dict((parsed,))
    assert data["legends"][0]["marks"][1] == {"mark": "⇒", "speaker": "事務局", "title": "事務局",
                                              "role": "secretariat"}
    report = minutes.unread_report((parsed,))
    assert "summary-legend-pdftotext.txt:11" in report and "■ = 委員 (member), ⇒ = 事務局 (secretariat)" in report
    # the legend is the evidence of each point its mark gave, and the members are no one person
    led = [p for p in parsed.points if p.speaker.label == "委員"]
    assert led and all(p.speaker_why == "legend: （■は委員の発言、⇒は事務局の説明・回答。発言者の氏名は省略） (line 11)"
                       for p in led)
    assert any(line.startswith("no name in the minutes: 委員 (3 points; as the legend says: （■は委員")
               for line in report.splitlines())
    # a speaker a label names after the mark is no legend's
    assert [p.speaker_why for p in parsed.points if p.speaker.label in ("会長", "施設課長")] == ["", ""]


def test_without_its_legend_the_same_lines_keep_today_s_reading(tmp_path):
    """The legend is what makes ◇ the members' and ◆ the town's: without it the marks are read
    as before (headers of no one, the text going to the speaker above)."""
    text = (MINUTES / "summary-legend-pdftotext.txt").read_text(encoding="utf-8")
    bare = tmp_path / "no-legend.txt"
    bare.write_text(text.replace("（■は委員の発言、⇒は事務局の説明・回答。発言者の氏名\nは省略）\n", ""),
                    encoding="utf-8")
    parsed = minutes.parse_file(bare)
    assert parsed.legend is None
    assert not any(p.speaker.label == "委員" for p in parsed.points)


def _parse(tmp_path, text: str) -> minutes.Minutes:
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    return minutes.parse_file(path)


_HEAD = "みなみ市景観審議会（第４回）会議要旨\n日時：令和６年１０月１日（火）午前１０時～１１時\n"
_BODY = ("◇　屋外広告物の規制は、商店街の意見も聞いてから決めてほしい。\n"
         "◆　商店会との意見交換会を来月開催する。\n"
         "◇　夜間景観の方針も盛り込むべきである。\n")


def test_a_legend_after_the_turns_is_believed_from_the_start(tmp_path):
    parsed = _parse(tmp_path, _HEAD + _BODY + "\n※　記号の意味　◇：委員の意見　◆：事務局の回答\n")
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [
        ("委員", "member"), ("事務局", "secretariat"), ("委員", "member")]
    assert _fates(parsed) == "ffpppbf"


def test_a_legend_whose_bracket_was_never_closed_is_one_line(tmp_path):
    """A public 議事録 prints 「７．議　事（◎は委員長、○は委員、●は事務局の発言」 with no closing
    bracket: the line is the legend, the heading below it no part of it."""
    turns = "".join(f"○第{n}の論点について意見を述べる。\n" for n in range(12))  # far from the end
    parsed = _parse(tmp_path, _HEAD + "７．議　事（◎は委員長、○は委員、●は事務局の発言\n＜開　会＞\n"
                    "●定刻となりましたので、会議を開催いたします。\n◎それでは議事に入ります。\n" + turns)
    assert parsed.legend is not None and parsed.legend.line == 3
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points][:3] == [
        ("事務局", 5), ("委員長", 6), ("委員", 7)]


def test_a_legend_between_the_turns_is_no_legend(tmp_path):
    """Quoted in a speech after the turns began, 「◇は委員、◆は事務局の発言」 changes no reading."""
    parsed = _parse(tmp_path, _HEAD + "○山田会長　ただいまから会議を開きます。\n"
                    "○北川委員　◇は委員、◆は事務局の発言、と書く表は分かりにくい。\n" + _BODY)
    assert parsed.legend is None
    assert {p.speaker.label for p in parsed.points} == {"山田会長", "北川委員"}


def test_a_question_and_answer_legend_names_the_groups_not_the_letters(tmp_path):
    """Ｑ and Ａ alone are labels of their own (the members ask, the secretariat answers); under
    「【凡例】Ｑ＝委員の質問　Ａ＝事務局の回答」 they are the legend's groups, a wrapped question
    goes on, and Ｑ（委員長） names the chair."""
    parsed = _parse(tmp_path, _HEAD + "【凡例】Ｑ＝委員の質問　Ａ＝事務局の回答\n"
                    "Ｑ　民生委員のなり手不足について、市はどのような対策を考え\n"
                    "ているか。\n"
                    "Ａ　地区の自治会と連携し、候補者の推薦を早めに依頼している。\n"
                    "Ｑ（委員長）　見守り活動の担い手を増やす工夫が必要ではないか。\n")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("委員", "member", 4, 5), ("事務局", "secretariat", 6, 6), ("委員長", "chair", 7, 7)]
    assert _fates(parsed) == "fffpppp"


def test_a_mark_a_bullet_is_elsewhere_is_the_legend_s_group_and_the_middle_dot_is_no_mark(tmp_path):
    """（凡例）　●：委員　○：事務局（こども未来課）: ○ and ● are the groups (the unit kept in the
    label); ・ is named by no legend here, so a ・ line stays a bullet of the speaker above."""
    parsed = _parse(tmp_path, _HEAD + "（凡例）　●：委員　　○：事務局（こども未来課）\n"
                    "●　保育所の定員の見直しは考えているか。\n"
                    "○　来年度、１歳児の定員を１０人増やす。\n"
                    "・　資料は後日送付する。\n")
    assert [(p.speaker.label, p.speaker.title, p.speaker.role) for p in parsed.points] == [
        ("委員", "委員", "member"), ("事務局（こども未来課）", "事務局", "secretariat"),
        ("事務局（こども未来課）", "事務局", "secretariat")]


@pytest.mark.parametrize("line", [
    "※　◇は委員からの意見・質問、◆は市からの回答を示す。",
    "（凡例）　●：委員　　○：事務局（こども未来課）",
    "【凡例】Ｑ＝委員の質問　Ａ＝事務局の回答",
    "（■は委員の発言、⇒は事務局の説明・回答。発言者の氏名は省略）",
    "問：委員の質問　答：県の回答",
    "（➡は委員の意見、⇨は事務局の説明）",
    "★＝会長　☆＝委員　◆＝事務局",
])
def test_legends_in_many_shapes_are_read(line):
    assert len(legend.parse_legend(line, load_roles())) >= 2


@pytest.mark.parametrize("line", [
    "◎部会長、○副部会長",                          # an attendee list's marks: no speech, no secretariat
    "◎山田会長　○佐藤副会長　事務局",               # people, not groups
    "○委員長　ただいまから会議を開きます。",          # a turn
    "■開会　■議事　■閉会",                          # an agenda
    "◇は委員、◆は事務局の発言とする表は分かりにくいと思う。",  # a sentence that quotes a legend
    "・は委員の意見、・は事務局",                      # the middle dot twice: no mark
    "○北川委員　◇は委員、◆は事務局の発言",            # a turn that quotes a legend: a person is no group
])
def test_lines_that_are_no_legend(line):
    assert legend.parse_legend(line, load_roles()) == {}
