"""Build ``summary-qa-table.docx`` — a prefecture's 会議要旨 typed in Word whose views and answers
stand in a table, one exchange a row, the heading row naming who speaks in each column
(委員の主な意見・質問 | 事務局の回答): the member named at the cell's start as （岡田委員） or
岡田委員：, a cell of two paragraphs, a row with no name (an unnamed member), an answer cell left
empty (―). Every name and sentence is fictional (written for this project).

The same document printed to PDF (LibreOffice) is ``summary-qa-table.pdf`` (ruled); and
``summary-qa-names.pdf``, the check written apart after the PDF rule: a table without rules, its
heading row centred, 委員名 | 意見 | 市の対応, a row broken by a page.

    python tests/tools/make_qa_table.py tests/fixtures/minutes
"""
from __future__ import annotations

import subprocess
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


NAMES_TITLE = ["みなと市公共交通会議（令和７年度第３回）　会議概要", "",
               "日時　令和７年１２月２日（火）午後２時から", "場所　みなと市役所　第１会議室", "",
               "議題　みなと市地域公共交通計画の改定について", "",
               "意見交換の概要"]
NAMES_ROWS = [
    ("松井委員", "デマンド交通の予約が前日までとなっているが、当日の予約もできるようにしてほしい。",
     "運行事業者と協議し、当日の午前中までの予約に対応できるよう調整する。"),
    ("", "路線バスの運転士が不足していると聞いている。減便の予定はあるのか。", "―"),
    ("柴田委員", "駅前のバス乗り場の案内が分かりにくい。初めて来た人は、どの乗り場から目的の方面へ行くバス"
     "が出るのか、すぐには分からない。高齢者や外国人の利用者にも分かるよう、案内板を増やし、多言語で表示"
     "すべきだ。乗り場の番号と行き先を色で分けることも検討してほしい。また、時刻表の文字が小さく、夜は"
     "照明が暗いため読みにくい。ベンチと屋根のある待合所も、雨の日に待つ人のために増やしてほしい。",
     "案内板の更新は来年度の予算で対応する予定である。色分けと多言語の表示も、あわせて検討する。"
     "待合所の照明は、今年度中に明るいものへ取り替える。"),
    ("", "通学の時間帯の便を増やしてほしいという声が、保護者から寄せられている。",
     "学校と協議し、朝の便の時刻を見直す。"),
]


def build_names_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for text in NAMES_TITLE:
        doc.add_paragraph(text)
    for _ in range(9):
        doc.add_paragraph("")
    table = doc.add_table(rows=1, cols=3)  # no style: no rules
    for cell, text in zip(table.rows[0].cells, ("委員名", "意見", "市の対応")):
        cell.text = text
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in NAMES_ROWS:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_paragraph("")
    doc.add_paragraph("次回は令和８年２月に開催する。")
    doc.save(path)


def to_pdf(docx: Path, out: Path) -> None:
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-make-qa-table", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)], check=True, capture_output=True)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    build_docx(out / "summary-qa-table.docx")
    to_pdf(out / "summary-qa-table.docx", out)
    build_names_docx(out / "summary-qa-names.docx")
    to_pdf(out / "summary-qa-names.docx", out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
