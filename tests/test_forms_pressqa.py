"""Press conferences and Q&A sessions as they arrive (pressqa): the question's and the answer's
marks with who asks and who answers on the label line (``Q 記者（みなと新聞）``, ``A 市長``,
``Ｑ（北浜日報）財源の内訳は…``, ``Ａ：市長　一般財源は…``, ``問（幹事社）``, ``質問者（ひかりテレビ）…``,
``A`` alone: the host).

The fixture press-qa-titled-labels-pdftotext.txt, with its expected parse and line fates, is in
test_forms_press.EXPECTED; here, the same forms on text the rules were not built from.
"""
from __future__ import annotations

from assembler import minutes
from assembler.ingest.text import split_lines


def _parse(text: str) -> list[tuple[str, str, str, str]]:
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.speaker.name, p.speaker.role, p.text) for p in parsed.points]


def test_the_label_line_read_on_another_body_and_other_papers() -> None:
    """Not the fixture's words: a town's 町長記者会見要旨, ＮＨＫ and 共同通信 and a タイムス, the
    official in brackets (Ａ（町長）…, 答（町長）), a colon before the paper (Ｑ：（ＮＨＫ）)."""
    text = ("みずほ町長記者会見要旨\n\n１　町長からの発表\n　新年度予算案の概要を発表します。一般会計は８５億円です。\n"
            "２　質疑\nＱ：（ＮＨＫ）\n　過去最大となった理由は何でしょうか。\nＡ（町長）庁舎の耐震化工事が本格化するためです。\n"
            "Ａ：総務課長\n　工事費は３年間で約２０億円を見込んでいます。\nＱ　（共同通信）町債の発行額はどのくらいですか。\n"
            "Ａ\n　今年度より３億円ほど増える見込みです。\n問（南海タイムス）ふるさと納税の目標額はありますか。\n"
            "答（町長）\n　５億円を目標としております。\n")
    assert [(label, name, role) for label, name, role, _ in _parse(text)] == [
        ("町長", "", "government"), ("Ｑ：（ＮＨＫ）", "ＮＨＫ", "other"), ("Ａ（町長）", "", "government"),
        ("総務課長", "", "government"), ("Ｑ（共同通信）", "共同通信", "other"), ("町長", "", "government"),
        ("問（南海タイムス）", "南海タイムス", "other"), ("答（町長）", "", "government")]


def test_a_mark_alone_in_a_meetings_qa_heads_the_speech_below_when_the_other_mark_stands_so_too() -> None:
    """Outside a press conference a lone Ｑ / Ａ is a label only where the record asks and
    answers so (both marks alone on their lines): a letter a line wrapped stays text."""
    text = ("みどり市地域交通説明会　議事録\n\n質疑応答\nＱ\n　バスの本数は増えますか。\nＡ\n　朝夕の便を増やす予定です。\n")
    assert [(label, role) for label, _, role, _ in _parse(text)] == [("Ｑ", "member"), ("Ａ", "secretariat")]
    wrapped = ("みどり市地域交通説明会　議事録\n\n○事務局\n　国の補助制度であるＯＤ\nＡ\nを活用して整備します。\n")
    assert [label for label, *_ in _parse(wrapped)] == ["事務局"]
