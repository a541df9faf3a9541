"""Build the Word files behind tests/fixtures/minutes/record-split-labels-layout.txt and
board-split-labels-layout.txt (fictional names and sentences): a city 都市計画審議会's and a town
教育委員会's 会議録 typed as a borderless Word table, a narrow column of speakers beside the
speech, so that a long speaker's label wraps in its cell (久保都市 / 計画課長, 山田　委 / 員,
中村まち / づくり推 / 進課長). The fixtures are the text of the PDFs LibreOffice prints from them:

    python tests/tools/make_split_labels.py OUTDIR
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/*.docx
    pdftotext -layout OUTDIR/council.pdf record-split-labels-layout.txt
    pdftotext -layout OUTDIR/board.pdf board-split-labels-layout.txt
"""
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

COUNCIL = ("あおば市都市計画審議会　会議録", [
    ("会長", "ただいまから第４０回あおば市都市計画審議会を開会します。本日は委員１５名のうち１２名の出席をいただいており、"
             "条例の定める定足数に達しております。それでは、議案第１号について事務局から説明をお願いします。"),
    ("久保都市計画課長", "用途地域の変更案について御説明します。対象は駅の北側の約４ヘクタールで、現在の第一種住居地域を"
                        "近隣商業地域に変更するものでございます。"),
    ("山田　委員", "駅の北側は住宅が多く、高さの制限を緩めることには慎重であるべきだ。日照への影響も説明してほしい。"),
    ("久保都市計画課長", "高さの制限は現行のままといたします。日照の検討結果は、冬至の日の日影図として次回の審議会で"
                        "お示しします。あわせて、周辺の住宅地への影響についても資料を用意いたします。"),
    ("副会長", "地元の説明会ではどのような意見が出たのか。また、説明会に参加できなかった方への周知はどのように行ったのか伺いたい。"),
    ("中村まちづくり推進課長", "商店の再開発を望む声が多く、反対の意見はございませんでした。"),
    ("会長", "ほかに御意見がなければ、採決に移ります。"),
], 20)
BOARD = ("みどり町教育委員会　定例会　会議録", [
    ("教育長", "ただいまから令和６年第５回みどり町教育委員会定例会を開会します。本日は委員全員の出席をいただいております。"
               "議案第１２号について、事務局から説明をお願いします。"),
    ("学校教育課長補佐", "議案第１２号は、町立小学校の通学区域の見直しについてでございます。来年度から東地区の一部を、"
                        "みどり第二小学校の通学区域に変更するものでございます。"),
    ("教育長職務代理者", "変更の対象となる児童は何人いるのか。兄弟で別の学校に通うことにならないよう、配慮してほしい。"),
    ("学校教育課長補佐", "対象は現在の１年生から４年生までの１２人でございます。兄弟姉妹がいる場合は、希望により従前の学校に"
                        "通学できるようにいたします。"),
    ("大西　委員", "通学路の安全について、地域の見守り隊と事前に話し合っておくべきだ。"),
    ("教育長", "それでは、議案第１２号を原案のとおり可決してよろしいでしょうか。"),
], 24)


def build(title: str, rows: list[tuple[str, str]], label_mm: int, out: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(25)
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "IPAMincho"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAMincho")
    for text in (title, "日時　令和６年９月１２日（木）午前１０時", "場所　あおば市役所　大会議室", ""):
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=2)
    for label, speech in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, speech
    table.autofit = False
    widths = (Mm(label_mm), Mm(160 - label_mm))
    for k, width in enumerate(widths):
        table.columns[k].width = width
        for cell in table.columns[k].cells:
            cell.width = width
    doc.save(out)


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    build(*COUNCIL, outdir / "council.docx")
    build(*BOARD, outdir / "board.docx")
