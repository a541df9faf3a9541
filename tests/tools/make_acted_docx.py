"""Build ``board-acted.docx`` — a city board of education's 会議録 kept in Word by a clerk who
writes the meeting in である style, each paragraph saying who did what (午後２時、篠原教育長が開会
を宣言。 / …について、学校教育課長が資料に基づき説明。 / 川越委員が、…と質問。), two turns kept
verbatim (a title, a space, the words), a table of attendees (区分 | 職名 | 氏名) and one
sentence naming no actor. Every name and sentence is fictional (written for this project).

    python tests/tools/make_acted_docx.py tests/fixtures/minutes
"""
from __future__ import annotations

import sys
from pathlib import Path

TITLE = ["令和７年第１０回あおい市教育委員会定例会会議録", "",
         "１　日　時　令和７年１０月２３日（木）午後２時００分～午後３時１５分",
         "２　場　所　あおい市役所４階教育委員室", "３　出席者"]

ATTENDEES = [("区分", "職名", "氏名"),
             ("委員", "教育長", "篠原　直樹"),
             ("委員", "教育長職務代理者", "森田　和代"),
             ("委員", "委員", "川越　悟"),
             ("委員", "委員", "三浦　玲子"),
             ("事務局", "教育部長", "高梨　健"),
             ("事務局", "学校教育課長", "浜田　真一")]

BODY = ["", "４　議事の経過",
        "午後２時００分、篠原教育長が開会を宣言。",
        "日程第１　会議録署名委員の指名について、教育長が森田委員及び三浦委員を指名。",
        "日程第２　議案第２１号　あおい市立小学校の通学区域の変更について、学校教育課長が資料に基づき説明。",
        "川越委員が、通学区域の変更によって通学距離が長くなる児童にはどのような配慮をするのかと質問。",
        "学校教育課長が、通学路の安全点検を行い、必要な箇所には見守り員を配置する予定であると回答。",
        "三浦委員　変更の対象となる地区の保護者には、いつ説明するのでしょうか。",
        "学校教育課長　来月中に説明会を二回開く予定です。",
        "三浦委員は、説明会は共働きの家庭も参加できるよう、休日にも設けるべきであるとの意見を述べた。",
        "教育長が採決に諮り、全員異議なく原案のとおり可決。",
        "日程第３　報告第５号　令和７年度全国学力・学習状況調査の結果について、教育部長が報告。",
        "森田委員は、家庭での学習時間が短い傾向が続いていることから、学校と家庭が連携した取組を強めてほしいと要望。",
        "これに対し、教育部長は、来年度から家庭学習の手引きを全家庭に配布する旨を説明。",
        "以上で本日の日程を全て終了。",
        "午後３時１５分、教育長、閉会を宣する。"]


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    for text in TITLE:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in ATTENDEES:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    for text in BODY:
        doc.add_paragraph(text)
    doc.core_properties.author = "assembler tests"
    doc.save(str(path))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/minutes")
    build_docx(out / "board-acted.docx")
