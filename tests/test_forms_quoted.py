"""Labels glued to 「quoted speech」 (司会「…」) and labels framed by dashes (－北村委員－): session 12's
"quoted" concepts, each with a fixture in the shape files arrive in, its expected parse and its
line fates, and checks on text the rule was not written from.
Rows of EXPECTED: (speaker label, role, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.errors import InputError
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

# 1. A label glued to its speech in 「」 (minutes/quoted.py). Before: the file was refused whole
# (no speaker found). pdftotext: a title in 「」 in the front matter (テーマ「…」), a stage
# direction quoting a paper, a speech crossing a page inside a quotation of its own (a blank
# line, the page number, a form feed), nested 『』 and
# 「」 inside a speech, a missing 」 recovered at the next label, a line of narration quoting
# (議題「…」については、…こととした。) between turns, a stage direction after the 」.
EXPLANATORY = [
    ("司会", "secretariat", "定刻になりましたので、ただいまから", 9, 10),
    ("道路課長", "government", "道路課長でございます。", 11, 12),
    ("司会", "secretariat", "それでは、皆様から御質問をお受けします。", 16, 16),
    ("参加者Ａ", "member", "駅前の交差点が朝夕とても混雑しています。信号の時間を見直してもらえませんか。特に夕方は", 17, 18),
    ("道路課長", "government", "ご指摘の交差点については、来年度に交通量調査を行う予定です。調査の結果を見て", 19, 20),
    ("住民１", "member", "歩道が狭くて、子どもたちが『怖い』と言っています。学校からも「通学路を見直してほしい」"
                         "という声が出ていると聞きました。計画の中で歩道を広げることはできませんか。", 21, 25),
    ("道路課計画係長", "government", "計画（案）では、", 26, 27),
    ("質問者②", "member", "工事の期間はどのくらいになりますか。", 28, 28),
    ("道路課長", "government", "工事は令和８年度から", 29, 30),
    ("事務局", "secretariat", "本日いただいた御意見は持ち帰って検討いたします。", 31, 31),
    ("司会", "secretariat", "以上で説明会を終わります。ありがとうございました。", 35, 35),
]


def test_labels_glued_to_speech_in_corner_brackets():
    parsed = minutes.parse_file(MINUTES / "explanatory-quoted-speech-pdftotext.txt")
    _check(parsed, EXPLANATORY)
    texts = [p.text for p in parsed.points]
    assert not any(t.startswith("「") or t.endswith("」") for t in texts)  # the brackets are off
    assert texts[-1] == "以上で説明会を終わります。ありがとうございました。"  # （拍手） after the 」 is a direction
    assert _fates(parsed) == "fbfffffbppppbsbppppppbFppppppppbnbpbF"  # －１－ inside 住民１'s speech: furniture
    assert not parsed.unread
    # the speech of 道路課計画係長 has no closing 」: read up to the next label, and reported
    [reading] = parsed.readings
    assert (reading.first, reading.last, reading.after) == (26, 27, False)
    assert "no closing" in reading.why
    assert [d.text for d in parsed.directions] == ["（道路課計画係長が資料「北浜地区の道路計画（案）」に基づき説明）", "（拍手）"]
    assert parsed.points[0].speaker_why == "label glued to its speech in 「」: 司会 (line 9)"


# The check, typed after the rule: a workshop's record as Word's text in CP932 with CRLF, each
# label in its own brackets before the speech (（ファシリテーター）「…」), a title with kana
# (子育て支援課長), a 」 alone on its line, narration quoting between turns (町長は「…」と述べた。).
# Before: the labels were read (the bracketed header) but every text kept its 「」 and the
# narration went to 町内会長 as a point of theirs.
WORKSHOP = [
    ("ファシリテーター", "secretariat", "おはようございます。第３回のワークショップを始めます。前回は『放課後の居場所』", 8, 9),
    ("参加者Ｂ", "member", "放課後に子どもが集まれる場所が", 10, 11),
    ("町内会長", "member", "町内会の集会所なら", 12, 13),
    ("参加者Ｄ", "member", "見守りのボランティアを募ってはどうでしょうか。子どもたちからも「宿題を", 17, 19),
    ("子育て支援課長", "government", "空き教室の利用については", 20, 21),
    ("ファシリテーター", "secretariat", "本日の意見は、次回までに事務局で整理します。お疲れさまでした。", 22, 22),
]


def test_quoted_speech_in_a_record_the_rule_was_not_written_from():
    parsed = minutes.parse_file(MINUTES / "workshop-quoted-speech-cp932.txt")
    _check(parsed, WORKSHOP)
    assert not any(p.text.startswith("「") or p.text.endswith("」") for p in parsed.points)
    assert _fates(parsed) == "fbffffbppppppbnbppppppbF"
    assert not parsed.unread and not parsed.readings


def _record(tmp_path, body: str, name: str = "record.txt") -> minutes.Minutes:
    text = ("みなと地区　公園再整備意見交換会　記録\n\n日時：令和６年６月１日（土）１４時～１５時３０分\n"
            "場所：みなと公民館\n\n" + body)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return minutes.parse_file(path)


@pytest.mark.parametrize("司会, 住民", [("司会", "住民Ａ"), ("（司会）", "（住民Ａ）"), ("司会：", "住民Ａ："),
                                       ("司会　", "住民Ａ　"), ("田中さん", "住民Ａ")])
def test_the_forms_a_quoted_turn_is_written_in(tmp_path, 司会, 住民):
    parsed = _record(tmp_path, f"{司会}「始めます。」\n{住民}「遊具を新しくしてほしい。ベンチも\n"
                               f"増やしてほしい。」\n事務局「検討します。」\n")
    got = [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == [(司会.strip("（）：　"), "始めます。", 6, 6), ("住民Ａ", "遊具を新しくしてほしい。ベンチも増やしてほしい。", 7, 8),
                   ("事務局", "検討します。", 9, 9)]


@pytest.mark.parametrize("label, role", [("男性", "member"), ("女性Ａ", "member"), ("参加者（男性）", "member"),
                                         ("Ａさん", "member"), ("参加者①", "member"), ("住民 1", "member"),
                                         ("市", "government"), ("町内会長", "member"), ("まちづくり課長", "government")])
def test_the_labels_a_quoted_turn_may_have(tmp_path, label, role):
    # anonymous participants as records of public meetings write them, the government by its
    # one character (as 市： is), a space pdftotext set inside a label (住民 1), a title with kana
    parsed = _record(tmp_path, f"司会「始めます。」\n{label}「遊具を新しくしてほしい。」\n司会「以上です。」\n")
    [_, point, _] = parsed.points
    assert (point.speaker.label, point.speaker.role, point.text) == (label.replace(" ", ""), role, "遊具を新しくしてほしい。")


def test_a_quotation_in_narration_or_the_front_matter_is_no_turn(tmp_path):
    # 市長は「…」と述べた。 (a particle ends the label), 議題「…」について (議題 names no speaker,
    # words after the 」), 演題「…」 in the front matter: no turn; one line so written is not
    # enough to read a file so (the record's turns below are read as before)
    parsed = _record(tmp_path, "演題「みなと地区の公園の将来」\n\n○司会　始めます。\n"
                               "市長は「公園を大切にしたい」と述べた。\n議題「公園の再整備」について意見交換を行った。\n"
                               "○住民Ａ　遊具を新しくしてほしい。\n")
    assert [p.speaker.label for p in parsed.points][:1] == ["司会"]
    assert all(p.speaker.label in ("司会", "住民Ａ") for p in parsed.points)
    assert not any(p.text.startswith(("公園を大切に", "公園の再整備")) for p in parsed.points)
    with pytest.raises(InputError, match="no speaker"):
        _record(tmp_path, "市長は「公園を大切にしたい」と述べた。\n議題「公園の再整備」について意見交換を行った。\n"
                          "テーマ「公園の将来」\n", "narration.txt")


def test_a_missing_closing_bracket_ends_the_speech_at_the_next_label(tmp_path):
    parsed = _record(tmp_path, "司会「始めます。\n住民Ａ「遊具を新しくしてほしい。」\n事務局「検討します。\n\n以上\n")
    got = [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == [("司会", "始めます。", 6, 6), ("住民Ａ", "遊具を新しくしてほしい。", 7, 7), ("事務局", "検討します。", 8, 8)]
    assert [(r.first, r.last) for r in parsed.readings] == [(6, 6), (8, 8)]
    assert _fates(parsed) == "fbffbpppbF"


# 2. Labels framed by dashes (－北村委員－ alone, ―　佐々木委員　―　… opening the line, - 事務局 -),
# in pdftotext's shape; a rule of dashes, －１－ page numbers, ―以上―, a note framed by dashes
# (－資料１に基づき事務局から説明－) are no labels. Before: the file was refused whole.
DASHES = [
    ("山田会長", "chair", "ただいまから第４回", 13, 14),
    ("北村委員", "member", "見守り活動の担い手が高齢化しており", 19, 20),
    ("佐々木委員", "member", "民生委員の欠員が続いている地区がある。", 23, 24),
    ("事務局", "secretariat", "欠員の状況は", 26, 26),
    ("東委員", "member", "相談窓口が分かりにくいという声を聞く。", 27, 27),
    ("山田会長", "chair", "本日の議事は以上です。", 32, 32),
]


def test_labels_framed_by_dashes():
    parsed = minutes.parse_file(MINUTES / "council-dash-labels-pdftotext.txt")
    _check(parsed, DASHES)
    assert _fates(parsed) == "fbffffbFbabpppbnbpppbFpppppbFbppbFbF"
    assert not parsed.unread


@pytest.mark.parametrize("label", ["－北村委員－", "―北村委員―", "―　北村委員　―", "- 北村委員 -", "――北村委員――",
                                   "—北村委員—", "－北村委員－　"])
def test_the_dashes_a_label_is_framed_by(tmp_path, label):
    parsed = _record(tmp_path, f"○司会　始めます。\n{label}\n　遊具を新しくしてほしい。\n"
                               f"{label.strip()}ベンチも増やしてほしい。\n")
    got = [(p.speaker.label, p.text) for p in parsed.points]
    assert got == [("司会", "始めます。"), ("北村委員", "遊具を新しくしてほしい。"), ("北村委員", "ベンチも増やしてほしい。")]


@pytest.mark.parametrize("line", ["－－－－－", "－１－", "―以上―", "－資料１に基づき事務局から説明－", "- 2 -",
                                  "―休憩―"])
def test_dashes_around_no_label(tmp_path, line):
    parsed = _record(tmp_path, f"○司会　始めます。\n{line}\n○住民Ａ　遊具を新しくしてほしい。\n")
    assert [p.speaker.label for p in parsed.points] == ["司会", "住民Ａ"]
    assert parsed.lines[6] != "point"  # the line (7th) is in no one's turn


@pytest.mark.parametrize("line, label, text", [
    ("― 小島委員\u3000分別の案内を外国語でも出してほしい。 ―", "小島委員", "分別の案内を外国語でも出してほしい。"),
    ("- 環境課長 御指摘の点は、来年度の計画に反映させます。", "環境課長", "御指摘の点は、来年度の計画に反映させます。"),
    ("－ 会長 の挨拶があった。", None, None), ("－ 資料１ 説明", None, None), ("- 保護者 から意見", None, None),
])
def test_a_dash_frame_the_extractor_broke(tmp_path, line, label, text):
    # LibreOffice's PDF of a record framing its labels by dashes, read by pdftotext and by
    # pdfminer: the closing dash (a run of another font) went to the line's end or was lost
    parsed = _record(tmp_path, f"○司会　始めます。\n{line}\n")
    got = [(p.speaker.label, p.text) for p in parsed.points if p.source.line_start == 7]
    if label:
        assert got == [(label, text)]
    else:  # no label: the line is no one's turn of its own (司会's bullet, as before)
        assert all(speaker == "司会" for speaker, _ in got)
