"""Write ``kyoiku-two-columns.pdf`` and ``kumiai-two-columns-apart.pdf`` — records whose front matter
runs across the page and whose proceedings run in two text columns (a Word section of two columns
after a continuous section break), printed to PDF by LibreOffice: a town 教育委員会's 会議録 with item
headings broken at the column's width (``日程第２　議案第７号　…の一部改`` / ``正について``), stage lines,
a signer under the right column; written apart, a 土地改良区 総代会 record of other labels (``議長（総代）``,
``理事長``) and other headings. Every name and sentence is fictional (written for this project).

    python tests/tools/make_pdf_columns.py OUTDIR    (needs python-docx and soffice)
"""
import subprocess
import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from word_pages import a4, flows  # noqa: E402

KYOIKU = (
    ["みなみ野町教育委員会　１２月定例会　会議録", "",
     "１　日　時　令和８年１２月１６日（水）午前９時３０分開会",
     "２　場　所　みなみ野町役場　２階　第２会議室",
     "３　出席者　教育長　西條　昌宏",
     "　　　　　　委員　有沢　早苗（教育長職務代理者）、日下部　聡、桑原　美帆",
     "４　説明のため出席した職員　教育課長　柳瀬　透、社会教育課長　千葉　亜紀",
     "５　日　程　日程第１　教育長報告　日程第２　議案第７号　日程第３　報告第３号", ""],
    ["【開会　午前９時３０分】",
     "○教育長　ただいまから１２月定例会を開会いたします。会議録署名委員は、有沢委員と桑原委員にお願いいたします。",
     "日程第１　教育長報告",
     "○教育長　前回以降の主な事項を報告します。１２月５日に町の駅伝大会が開催され、小中学生あわせて２００人が参加しました。",
     "○有沢委員　駅伝大会では、けが人はいなかったのでしょうか。",
     "○教育課長　転倒した児童が１名おりましたが、擦り傷のみで、その場で手当てをいたしました。",
     "日程第２　議案第７号　みなみ野町立図書館条例施行規則の一部改正について",
     "○社会教育課長　本案は、電子書籍の貸出しを始めるにあたり、貸出期間の規定を整えるものです。",
     "○日下部委員　電子書籍の利用には、利用者カードの再登録が必要になるのでしょうか。",
     "○社会教育課長　現在のカードのままで、ウェブ上でパスワードを設定していただければ利用できます。",
     "○教育長　ほかに質疑はございませんか。",
     "（「なし」の声）",
     "○教育長　議案第７号は原案のとおり可決することに御異議ございませんか。",
     "（「異議なし」の声）",
     "日程第３　報告第３号　町民体育館の冬季の利用時間について",
     "○社会教育課長　１月から２月までの間、平日の夜間の利用時間を午後９時までとする予定です。",
     "○桑原委員　夜間に利用する団体への周知は、いつごろ行う予定でしょうか。",
     "○社会教育課長　今月中に、登録団体へ文書でお知らせいたします。",
     "○教育長　以上で本日の日程は全て終了しました。これをもって閉会いたします。",
     "【閉会　午前１０時４５分】"],
    ["", "会議録署名委員　有沢　早苗"],
)

KUMIAI = (
    ["あおい川土地改良区　令和８年度　第２回総代会　議事録", "",
     "日　時　令和８年１１月２８日（土）午後１時３０分",
     "場　所　あおい川土地改良区　事務所　２階会議室",
     "出席者　総代３２名中２７名（うち書面出席５名）",
     "理事長　瀬川　誠一郎　　事務局長　小野田　恵", ""],
    ["○事務局長　定刻になりましたので、ただいまから第２回総代会を開会いたします。定足数を満たしていることを御報告いたします。",
     "○議長（総代）　議長を務めます仁木でございます。議事に入ります前に、議事録署名人を指名いたします。",
     "第１号議案　令和９年度事業計画について",
     "○理事長　来年度は、幹線用水路の東工区の改修を進めてまいります。総事業費は約２億円を見込んでおります。",
     "○総代（北条）　改修工事の期間中、かんがい用水の供給は止まるのでしょうか。",
     "○事務局長　工事は非かんがい期の１１月から３月に行いますので、用水の供給には影響ございません。",
     "○総代（水野）　賦課金の見直しは、来年度も予定されていないという理解でよろしいでしょうか。",
     "○理事長　来年度は据え置きといたしますが、再来年度以降については改めて御相談いたします。",
     "（挙手全員）",
     "第２号議案　令和９年度収支予算及び賦課金の徴収方法について",
     "○事務局長　予算の総額は１億２，４００万円で、前年度とほぼ同額となっております。",
     "○議長（総代）　以上で本日の議事は全て終了いたしました。御協力ありがとうございました。"],
    ["", "議事録署名人　北条　稔"],
)


def columns(doc, n: int) -> None:
    """A continuous section break; the section after it in ``n`` columns (LibreOffice balances
    the columns of a section that ends on the page)."""
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "425")


def build(record, out: Path, stem: str, profile: str) -> Path:
    front, body, foot = record
    doc = a4(10.5, 20, 20)
    for text in front:
        flows(doc.add_paragraph(text))
    columns(doc, 2)
    for text in body:
        p = doc.add_paragraph(text)
        flows(p)
        p.paragraph_format.space_after = Pt(4)
    columns(doc, 1)
    for text in foot:
        flows(doc.add_paragraph(text))
    docx = out / f"{stem}.docx"
    doc.save(docx)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(docx)], check=True, capture_output=True)
    docx.unlink()
    return docx.with_suffix(".pdf")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    build(KYOIKU, out, "kyoiku-two-columns", "/tmp/make-pdf-columns-lo")
    build(KUMIAI, out, "kumiai-two-columns-apart", "/tmp/make-pdf-columns-lo")
