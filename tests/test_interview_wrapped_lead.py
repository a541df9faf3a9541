"""An interview whose lead sentence pdftotext wrapped over two lines, the name spaced inside it.

`令和８年４月に着任した北条　真理子校長に、…` / `…広報委員が話を聞きました。`: the verb that says who
was asked stands on the second line, so the first was read as a head line of its own and 真理子校長
(the given name and the post) became who answers; the profile after the last thanks
(北条　真理子（ほうじょう・まりこ）　…出身。) was an answer; the credit's full name written apart
(広報委員　村瀬　孝之）gave the interviewer by the given name alone. The record below is in pdftotext's
shape (a form feed, a page number, a blank line inside the lead), written for this test.
"""
from __future__ import annotations

import pytest

from assembler import minutes

_RECORD = """\
みなと学園だより　第１２号（令和８年９月）

特集　新校長に聞く
「一人ひとりの居場所がある学校へ」
令和８年４月に着任した北条　真理子校長に、学校の目標や地域との連携などについて、
広報委員が話を聞きました。（取材は７月２日、校長室にて）

■着任して
――着任から三か月がたちました。学校の印象はいかがですか。
生徒たちがとても素直で、朝のあいさつが気持ちよいのが印象的でした。一方で、部活動と
塾とで忙しく、疲れている様子の生徒も少なくないと感じています。
――今年度、特に力を入れたいことは何ですか。
授業の中で生徒が自分の考えを話す時間を増やしたいと考えています。先生方とも、一方的
な講義を減らす工夫を話し合っているところです。
                                    －１－
\x0c――地域との連携については、どのようにお考えですか。
地域の方に職業講話をお願いするなど、学校の外の大人と出会う機会を広げたいですね。
――本日はありがとうございました。

北条　真理子（ほうじょう・まりこ）　みなと市出身。市内中学校教諭、教頭を経て、令和８年
４月から現職。
（聞き手・構成　広報委員　村瀬　孝之）
"""


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\n"), ("cp932", "\r\n")])
def test_the_wrapped_lead_names_who_answers_and_the_profile_and_credit_are_no_answer(tmp_path, encoding, newline):
    path = tmp_path / "interview.txt"
    path.write_bytes(_RECORD.replace("\n", newline).encode(encoding))
    parsed = minutes.parse_file(path)
    got = [(p.speaker.label, p.speaker.name, p.speaker.title, p.text[:8]) for p in parsed.points]
    asker = ("村瀬孝之", "村瀬孝之", "聞き手")
    answerer = ("北条真理子校長", "北条真理子", "校長")
    assert got == [
        (*asker, "着任から三か月が"), (*answerer, "生徒たちがとても"),
        (*asker, "今年度、特に力を"), (*answerer, "授業の中で生徒が"),
        (*asker, "地域との連携につ"), (*answerer, "地域の方に職業講"),
        (*asker, "本日はありがとう"),
    ]
    assert not any("ほうじょう" in p.text for p in parsed.points)
    assert not parsed.unread
