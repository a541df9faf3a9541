"""Build ``board-word-breaks.docx`` — a city board of education's 会議録 typed in Word the way
clerks often type it: the speaker in bold, a manual line break (Shift+Enter, ``w:br``), then
the speech, all in one paragraph; the speech with line breaks of its own (``w:br``, once
``w:cr``, once an empty line), a page break inside one turn (``w:br w:type="page"``), a label
with a space typed after it, a bold heading of the agenda with the narrative after a break, and
the front matter typed the same way (a bold field, a break, its people). Every name and
sentence is fictional (written for this project).

    python tests/tools/make_word_breaks.py tests/fixtures/minutes
"""
from __future__ import annotations

import sys
from pathlib import Path

#: (bold first line or None, lines after it, each a (break before it, text)); a str is a plain paragraph
BR, CR, PAGE = "br", "cr", "page"
BODY: list[object] = [
    "令和６年度第８回みどり市教育委員会定例会　会議録",
    "",
    "１　日　時　令和６年１１月２１日（木）午後１時３０分～午後２時５０分",
    "２　場　所　みどり市役所本庁舎４階　教育委員会室",
    ("３　出席委員", [(BR, "教育長　高木　誠"), (BR, "教育長職務代理者　川村　洋子"), (BR, "委員　石田　健一"),
                   (BR, "委員　中野　美和")]),
    ("４　説明のため出席した者", [(BR, "教育部長　森本　隆、学校教育課長　岡田　亮、生涯学習課長　西村　早苗")]),
    "５　傍聴者　２名",
    "",
    "６　会議の経過",
    ("教育長", [(BR, "ただいまから令和６年度第８回みどり市教育委員会定例会を開会いたします。"),
              (BR, "本日の会議録署名委員は、中野委員にお願いいたします。")]),
    ("日程第１　議案第２３号　みどり市立学校の通学区域の変更について", []),
    ("教育長", [(BR, "議案第２３号について、学校教育課長から説明をお願いします。")]),
    ("学校教育課長", [(BR, "議案第２３号について御説明いたします。"),
                    (BR, "来年度から、東小学校の通学区域の一部を西小学校の通学区域に変更するものです。"),
                    (CR, "対象となる地区は、資料１の地図に斜線で示した範囲です。")]),
    "",
    ("教育長職務代理者", [(BR, "確認ですが、変更の対象となる児童は何人でしょうか。")]),
    ("学校教育課長\u3000", [(BR, "現在の１年生から４年生までで、１８人が対象となります。"),
                          (PAGE, "在学中の児童は、希望すれば卒業まで今の学校に通うことができます。")]),
    ("石田委員", [(BR, "兄弟で別の学校に通うことにならないよう、配慮をお願いしたいと思います。"), (BR, ""),
                (BR, "また、通学路の安全点検も合わせて行ってください。")]),
    ("学校教育課長", [(BR, "兄弟の在籍については、申出により指定校の変更を認める方向で検討しております。")]),
    ("教育長", [(BR, "ほかに御意見がなければ、議案第２３号を原案のとおり可決してよろしいでしょうか。")]),
    "（「異議なし」の声あり）",
    ("教育長", [(BR, "異議なしと認め、議案第２３号は原案のとおり可決いたしました。")]),
    "",
    ("日程第２　報告第７号　公民館講座の受講状況について", [(BR, "生涯学習課長から、資料２に基づき報告があった。")]),
    ("中野委員", [(BR, "若い世代の受講者が少ないように思います。夜間や休日の講座を増やしてはどうでしょうか。")]),
    ("生涯学習課長", [(BR, "来年度は、土曜日の午後に子育て世代向けの講座を設ける予定です。")]),
    ("教育長", [(BR, "以上で本日の定例会を閉会いたします。")]),
    "（午後２時５０分閉会）",
]


def add_broken(doc: object, first: str, rest: list[tuple[str, str]], bold: bool = True) -> None:
    """A paragraph: ``first`` (bold), then each line after its break."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    p = doc.add_paragraph()  # type: ignore[attr-defined]
    run = p.add_run(first)
    run.bold = bold
    for kind, text in rest:
        if kind == BR:
            run.add_break()
        elif kind == PAGE:
            run.add_break(WD_BREAK.PAGE)
        else:
            run._r.append(OxmlElement("w:cr"))
        run = p.add_run(text)


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    for item in BODY:
        if isinstance(item, str):
            doc.add_paragraph(item)
        else:
            first, rest = item  # type: ignore[misc]
            add_broken(doc, first, rest)
    doc.core_properties.author = "assembler tests"
    doc.save(str(path))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/minutes")
    build_docx(out / "board-word-breaks.docx")
