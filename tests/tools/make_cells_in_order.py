"""Write the records whose proceedings are a borderless speaker | speech table that plain pdftotext gives
row by row, in order (the lead, session 20): ``cells-in-order.docx`` — a city's 固定資産評価審査委員会 口頭審理:
front matter in a borderless two-column table, then the proceedings as a borderless table whose speaker
cells are a post alone (事務局, 審査申出人, 岡田委員) or a post over a name in brackets (委員長 / （北見）, 処分庁 /
（資産税課長）), rows merged across it for the sections (２　審査申出人の意見陳述) — and, written apart,
``cells-in-order-apart.docx``: a town's 開発審査会, a narrow speaker column (the post broken at its width:
請求人代理 / 人; the bracket broken over the page: （都市計画 … 課長）), cells of a post over a person with an
office (（弁護士　森脇）). Each is printed to PDF by LibreOffice and given by plain pdftotext (the fixtures
``cells-in-order-pdftotext.txt``, UTF-8, and ``cells-in-order-apart-pdftotext-cp932.txt``, CP932 with CRLF).
Every name and sentence is fictional (written for this project).

    python tests/tools/make_cells_in_order.py OUTDIR    (needs python-docx, LibreOffice, pdftotext)
"""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HEARING = [
 '１　開会',
 ('事務局', ['ただいまから、令和８年度第２回みずほ野市固定資産評価審査委員会の口頭審理を開会いたします。本日は委員３名全員の出席をいただいております。以後の進行は委員長にお願いいたします。']),
 ('委員長\n（北見）', ['委員長の北見でございます。本日は、審査申出第３号について、審査申出人から口頭で御意見を伺います。', '意見陳述の時間はおおむね十五分といたします。市の職員の方には、陳述の間は別室で控えていただきます。']),
 '２　審査申出人の意見陳述',
 ('審査申出人', ['私の店舗兼住宅の土地は、前面の道路が狭く、車がすれ違えないほどの幅しかありません。それにもかかわらず、隣の通りに面した土地と同じ路線価で評価されているのは納得がいきません。', '昨年、市道の拡幅計画が中止になったことも、評価に反映されていないように思います。']),
 ('岡田委員', ['委員の岡田です。前面道路の幅員について、市から説明を受けたことはありますか。']),
 ('審査申出人', ['税務課の窓口で一度聞きましたが、評価の基準に沿っているという答えだけでした。具体的な数字は示されませんでした。']),
 ('三宅委員', ['三宅です。拡幅計画の中止を知ったのはいつ頃でしょうか。時期によっては、今年度の評価の基準日との関係が問題になります。']),
 ('審査申出人', ['昨年の秋の説明会で知りました。基準日より前のことだと思います。']),
 ('委員長\n（北見）', ['それでは、審査申出人の陳述はここまでといたします。ありがとうございました。市の職員の方に入室していただきます。']),
 '３　処分庁の説明',
 ('処分庁\n（資産税課長）', ['資産税課長の村越でございます。本件土地の評価は、固定資産評価基準に基づき、路線価方式により行っております。前面道路の幅員は、画地計算法の補正で考慮しております。', 'なお、拡幅計画の中止は、路線価の付設の際の状況類似地域の区分に影響しないものと判断いたしました。']),
 ('岡田委員', ['幅員による補正率は、具体的にどの程度でしょうか。申出人の土地と隣の通りの土地とで、評価額にどれだけ差がありますか。']),
 ('処分庁\n（資産税課長）', ['補正率は〇・九七でございます。評価額の差は一平方メートル当たり約二千円となっております。']),
 ('三宅委員', ['拡幅計画が中止になれば、将来の利用の見込みも変わるはずです。状況類似地域の区分を見直す余地はないのでしょうか。']),
 ('処分庁\n（資産税課係長）', ['係長の大沢でございます。区分の見直しは次の評価替えの年度に行う予定で、現在、道路の状況の調査を進めております。']),
 ('委員長\n（北見）', ['以上で本日の口頭審理を終わります。次回は、本日の陳述と説明を踏まえて審議いたします。']),
 '４　閉会',
 ('事務局', ['次回の委員会は、十二月十日午後二時から第一会議室で開催いたします。よろしくお願いいたします。']),
]
HEARING_FRONT = [
    ('日　時', '令和８年11月12日（木）午後２時00分～午後３時10分'), ('場　所', 'みずほ野市役所　本庁舎３階　第１会議室'),
    ('出席委員', '北見　達也（委員長）、岡田　純子、三宅　亮'), ('審査申出人', '１名'),
    ('処分庁', '財務部資産税課長　村越　徹、同課係長　大沢　恵'), ('事務局', '総務部総務課　２名'),
    ('案　件', '審査申出第３号　令和８年度固定資産課税台帳に登録された価格に係る審査の申出'),
]

APART = [
 '（１）開会',
 ('司会\n（事務局）', ['定刻になりましたので、ただいまから第４回さくら台町開発審査会の公開による口頭審理を始めます。傍聴の方は、お配りした注意事項をお守りください。']),
 ('会長\n（宇野）', ['会長の宇野です。本日は、開発許可の取消しを求める審査請求について、双方から御意見を伺います。請求人代理人から、まず二十分程度で陳述をお願いします。']),
 '（２）請求人の陳述',
 ('請求人代理人\n（弁護士　森脇）', ['代理人の森脇です。本件の開発区域は、急傾斜地に接しており、造成による土砂の流出のおそれがあります。', '許可に当たって、排水施設の能力が十分に審査されたとは言えません。下流の水路は、昨年の大雨でもあふれています。', '以上の理由から、本件許可は取り消されるべきであると考えます。']),
 ('篠田委員', ['篠田です。下流の水路があふれた状況について、写真などの記録はお持ちですか。']),
 ('請求人代理人\n（弁護士　森脇）', ['請求人が撮影した写真が六枚ございます。次回までに証拠として提出いたします。']),
 ('会長\n（宇野）', ['ありがとうございました。続いて、処分庁から弁明をお願いします。']),
 '（３）処分庁の弁明',
 ('処分庁\n（都市計画課長）', ['都市計画課長の安西でございます。本件の排水計画は、技術基準に定める降雨強度により流量を算定し、調整池を設けることで下流への影響を抑える内容となっております。', '急傾斜地については、県の担当部局とも協議を行い、擁壁の構造を確認しております。']),
 ('浜口委員', ['浜口です。調整池の容量は、近年の短時間の強い雨に対しても十分なのでしょうか。基準の見直しの動きもあると聞いています。']),
 ('処分庁\n（都市計画課長）', ['基準の見直しは、現在、県で検討中と承知しております。本件は現行の基準で審査しておりますが、事業者には余裕のある容量とするよう指導いたしました。']),
 ('篠田委員', ['指導の内容は文書で残っていますか。残っていれば、審査会に提出していただきたいと思います。']),
 ('処分庁\n（開発指導係長）', ['開発指導係長の鶴田でございます。協議の記録がございますので、来週中に提出いたします。']),
 ('会長\n（宇野）', ['それでは、本日の口頭審理はこれで終わります。双方から提出される資料を確認の上、次回、審議を行います。']),
 '（４）閉会',
 ('司会\n（事務局）', ['以上をもちまして、本日の審査会を閉会いたします。ありがとうございました。']),
]
APART_FRONT = [
    ('開催日時', '令和８年10月２日（金）　午前10時～午前11時20分'), ('開催場所', 'さくら台町役場　３階　大会議室'),
    ('出席委員', '宇野　健吾（会長）、篠田　美沙、浜口　誠'), ('請求人', '代理人　弁護士　森脇　隆'),
    ('処分庁', '都市計画課長　安西　博、開発指導係長　鶴田　聡'), ('事務局', '総務課　法規係'),
    ('議題', '開発許可処分に対する審査請求（第２号）'),
]


def _borderless(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    table._tbl.tblPr.append(borders)


def _widths(table, left: float, right: float) -> None:
    """A fixed layout, the speaker's column ``left`` cm wide (Word's grid and each cell's width)."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), (left, right)):
        col.set(qn("w:w"), str(int(width * 567)))
    for row in table.rows:
        cells = row.cells
        if cells[0]._tc is not cells[-1]._tc:
            cells[0].width, cells[1].width = Cm(left), Cm(right)


def build(path: Path, title: list[str], front, rows, head: str, left: float | None) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "IPAMincho", Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAMincho")
    doc.sections[0].header.paragraphs[0].text = head
    for line in title:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=2)
    _borderless(table)
    for label, value in front:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("")
    table = doc.add_table(rows=0, cols=2)
    _borderless(table)
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):  # a section's row merged across the table
            cells[0].merge(cells[1]).text = row
            continue
        speaker, paragraphs = row
        cells[0].text, cells[1].text = speaker, paragraphs[0]
        for paragraph in paragraphs[1:]:
            cells[1].add_paragraph(paragraph)
    if left is not None:
        _widths(table, left, 16.0 - left)
    doc.save(path)


def _text(docx: Path, out: Path, encoding: str, newline: str) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(docx.with_suffix(".pdf")), "-"], check=True, capture_output=True).stdout
    out.write_bytes(text.decode("utf-8").replace("\n", newline).encode(encoding))


def main(outdir: str) -> None:
    out = Path(outdir)
    build(out / "cells-in-order.docx", ["みずほ野市固定資産評価審査委員会", "口頭審理記録"], HEARING_FRONT, HEARING,
          "みずほ野市固定資産評価審査委員会（令和８年度第２回）", None)
    build(out / "cells-in-order-apart.docx", ["第４回さくら台町開発審査会", "口頭審理の記録"], APART_FRONT, APART,
          "さくら台町開発審査会　第４回口頭審理", 2.6)
    _text(out / "cells-in-order.docx", out / "cells-in-order-pdftotext.txt", "utf-8", "\n")
    _text(out / "cells-in-order-apart.docx", out / "cells-in-order-apart-pdftotext-cp932.txt", "cp932", "\r\n")


if __name__ == "__main__":
    main(sys.argv[1])
