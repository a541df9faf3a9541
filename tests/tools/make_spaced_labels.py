"""Build the Word file behind tests/fixtures/minutes/election-spaced-labels-layout.txt
(fictional names and sentences): a city 選挙管理委員会's 会議録 typed in Word with hanging-indent
paragraphs, each label aligned to one width by spacing its characters (委　員　長：, 斎 藤 委 員：,
書　記　長：, 事 務 局 長　…) among unspaced ones (書記（中原）：). The fixture is the text of the PDF
LibreOffice prints from it:

    python tests/tools/make_spaced_labels.py OUTDIR
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/election.docx
    pdftotext -layout OUTDIR/election.pdf election-spaced-labels-layout.txt

The check written after the rule, agriculture-spaced-labels-cp932.txt (a town 農業委員会's 総会, typed
as text and saved in CP932 with CRLF: 議　　長：, 事 務 局 長：, 農 地 係 長：), was typed by hand.
"""
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

FRONT = ("令和７年第４回みどり野市選挙管理委員会　会議録", "", "１　日時　令和７年７月１５日（火）午前１０時",
         "２　場所　みどり野市役所　第１委員会室",
         "３　出席者　委員長　高橋　正人　　委員長職務代理者　斎藤　恵子", "　　　　　　委員　大森　一郎　　委員　柳田　和美",
         "　　　　　　事務局長　小野寺　修　　書記長　中原　智子", "", "４　議事の経過")
TURNS = [
    ("委　員　長：", "ただいまから令和７年第４回みどり野市選挙管理委員会を開会いたします。本日の案件は、"
                    "期日前投票所の増設についてであります。事務局から説明をお願いします。"),
    ("事 務 局 長　", "期日前投票所の増設について御説明いたします。前回の市長選挙では、期日前投票の利用者が"
                     "全体の４割を超え、本庁舎の投票所で最大４０分の待ち時間が生じました。"),
    ("事 務 局 長　", "このため、次の選挙からは駅前の商業施設に投票所を１か所設けたいと考えております。"),
    ("斎 藤 委 員：", "商業施設の中に投票所を置く場合、投票の秘密が守られるような仕切りの配置が必要だと思います。"
                    "また、施設の営業時間との調整はどうなっていますか。"),
    ("書　記　長：", "仕切りは本庁舎と同じものを用意いたします。営業時間については、施設の管理者と協議を"
                    "進めておりまして、午前９時半から午後８時までで調整しております。"),
    ("大 森 委 員：", "投票管理者と立会人の確保は間に合うのでしょうか。"),
    ("書記（中原）：", "立会人は、市内の大学の学生に協力をお願いする予定です。"),
    ("委　員　長：", "ほかに御意見がなければ、原案のとおり決定してよろしいでしょうか。"),
    ("", "（「異議なし」の声あり）"),
    ("委　員　長：", "それでは、原案のとおり決定いたします。以上で本日の委員会を閉会いたします。"),
]


def build(out: Path) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "IPAMincho"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAMincho")
    for text in FRONT:
        doc.add_paragraph(text)
    for label, speech in TURNS:
        para = doc.add_paragraph(label + speech)
        if label:
            # a hanging indent: the speech's wrapped lines stand under its first word
            para.paragraph_format.left_indent = Pt(10.5 * 6)
            para.paragraph_format.first_line_indent = Pt(-10.5 * 6)
    doc.save(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) / "election.docx")
