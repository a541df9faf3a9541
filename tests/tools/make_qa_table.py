"""Build ``summary-qa-table.docx`` — a prefecture's 会議要旨 typed in Word whose views and answers
stand in a table, one exchange a row, the heading row naming who speaks in each column
(委員の主な意見・質問 | 事務局の回答): the member named at the cell's start as （岡田委員） or
岡田委員：, a cell of two paragraphs, a row with no name (an unnamed member), an answer cell left
empty (―). Every name and sentence is fictional (written for this project).

    python tests/tools/make_qa_table.py tests/fixtures/minutes
"""
from __future__ import annotations

import sys
from pathlib import Path

TITLE = ["令和７年度第２回あおば県地域医療構想調整会議　会議要旨", "",
         "１　日時　令和７年１０月２０日（月）午後３時から午後４時３０分まで",
         "２　場所　あおば県庁　本館５階　大会議室",
         "３　出席者　委員１２名（別紙のとおり）、事務局（医療政策課）", "",
         "４　議事", "（１）病床機能の再編について", "（２）外来医療計画の進捗について", "",
         "５　主な意見・質問と回答"]

# (left cell paragraphs, right cell paragraphs)
ROWS = [
    (["（岡田委員）病床の転換は、地域の医療機関だけでは進まない。県として転換の費用をどこまで支援するのか。"],
     ["施設整備の補助を来年度も継続する。補助の上限額の引上げも検討している。"]),
    (["森委員：回復期の病床が足りないという話は以前からある。",
      "数字だけでなく、実際に退院先が見つからない患者の状況を把握してほしい。"],
     ["医療機関への調査で、退院調整に要した日数を把握する予定である。", "結果は次回の会議で報告する。"]),
    (["在宅医療を担う診療所の医師が高齢化している。後継者の確保に向けた対策が必要ではないか。"],
     ["医師会と連携し、開業を希望する医師への相談窓口を設けている。"]),
    (["（山口委員）外来機能報告の結果は、住民にも分かる形で公表すべきだ。"],
     ["―"]),
]


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    for text in TITLE:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("委員の主な意見・質問", "事務局の回答")):
        cell.text = text
    for left, right in ROWS:
        cells = table.add_row().cells
        for cell, paras in zip(cells, (left, right)):
            for k, para in enumerate(paras):
                (cell.paragraphs[0] if k == 0 else cell.add_paragraph()).add_run(para)
    doc.add_paragraph("")
    doc.add_paragraph("６　閉会")
    doc.add_paragraph("以上")
    doc.save(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    build_docx(out / "summary-qa-table.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
