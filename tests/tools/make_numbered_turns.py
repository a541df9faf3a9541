"""Write the records whose turns are items of a Word numbered list (the lead, session 19):
``numbered-turns.docx`` (a town's 地域公共交通会議: the agenda one numbered list, every turn
``label：speech`` an item of a second, restarted list; a footer ``－ n －``; two pages) with its
LibreOffice PDF read by default pdftotext and saved as CP932 with CRLF
(``numbered-turns-pdftotext-cp932.txt``), and, written apart, ``numbered-turns-apart.docx`` (a
prefecture's 森林審議会 部会: front matter numbered by hand, the turns a numbered list, a speaker's
points a list of their own whose items open with a heading and a colon — 指定の目的：… — which are
no labels) with its PDF read by ``pdftotext -layout`` (``numbered-turns-apart-layout.txt``).
Every name and sentence is fictional (written for this project).

    python tests/tools/make_numbered_turns.py OUTDIR    (needs python-docx, soffice and pdftotext)
"""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

TURNS = [
    ("会長", "ただいまから令和８年度第２回地域公共交通会議を開会いたします。本日は委員１５名中１２名のご出席を"
             "いただいており、会議は成立しております。"),
    ("事務局（企画課）", "資料１に基づきまして、デマンド交通の運行状況をご説明いたします。今年度上半期の利用者は"
                       "延べ４，２００人で、前年同期より約１割増えております。予約の７割は電話によるものでございます。"),
    ("北川委員", "予約の受付時間について、夕方の通院の帰りに使いたいという声を地区の集まりでよく聞きます。受付を"
                 "午後五時まで延ばすことはできないでしょうか。"),
    ("事務局（企画課）", "受付時間の延長につきましては、運行事業者と協議のうえ、来年度の見直しに合わせて検討いたします。"),
    ("南副会長", "スマートフォンでの予約は若い世代には便利ですが、高齢の方には難しいところもあります。両方を残して"
                 "いただきたいと思います。"),
    ("北川委員", "路線バスとの乗り継ぎについてもお願いがあります。" * 16),
    ("事務局（企画課）", "乗り継ぎの時刻は、バス事業者と調整を続けてまいります。" * 14),
    ("会長", "ほかにご意見はございませんか。それでは、本日いただいたご意見を踏まえて、事務局で整理をお願いします。"
             "以上で本日の会議を閉会いたします。"),
]

APART_FRONT = ("第５回　ひがし県森林審議会　保全部会　議事録", "１　日時：令和８年１０月１５日（木）　１３時３０分～１５時",
               "２　場所：県庁東棟　第３会議室", "３　出席委員：大野部会長、菅原委員、小松委員、戸田委員", "４　議事",
               "（１）保安林の指定について", "（２）その他", "５　議事の経過")


def _restarted(doc) -> int:
    """A new numbering instance of the List Number style's list, restarting at 1: its numId."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    abstract = numbering.num_having_numId(doc.styles["List Number"].element.pPr.numPr.numId.val).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _item(doc, text: str, num_id: int) -> None:
    p = doc.add_paragraph(text, style="List Number")
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _page_footer(doc) -> None:
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    fp._p.append(field)
    fp.add_run(" －")


def town(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "IPAexMincho"
    doc.styles["Normal"].font.size = Pt(10.5)
    for line in ("令和８年度第２回　みなみ町地域公共交通会議　会議録", "日時：令和８年８月４日（火）午前１０時から午前１１時３０分まで",
                 "場所：みなみ町役場　大会議室", "出席者：北川委員、南副会長ほか１０名", "議題"):
        doc.add_paragraph(line)
    for item in ("デマンド交通の運行状況について", "予約方法の見直しについて", "その他"):
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph("会議の経過")
    turns = _restarted(doc)
    for who, words in TURNS:
        _item(doc, f"{who}：{words}", turns)
    _page_footer(doc)
    doc.add_paragraph("以上")
    doc.save(str(path))


def apart(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "IPAexGothic"
    for line in APART_FRONT:
        doc.add_paragraph(line)
    turns = _restarted(doc)
    _item(doc, "大野部会長：定刻となりましたので、第５回保全部会を始めます。本日は議事が一つでございます。"
               "事務局から説明をお願いします。", turns)
    _item(doc, "森林保全課長：お手元の資料２をご覧ください。今回指定を予定しております保安林は、次の三点で"
               "整理しております。", turns)
    points = _restarted(doc)
    for line in ("指定の目的：土砂の流出を防ぐため、下流の集落を守ることを目的としております。",
                 "対象の区域：上川地区の山林、約４２ヘクタールでございます。",
                 "今後の日程：来月に地元説明会を開き、年度内の指定を目指します。"):
        _item(doc, line, points)
    _item(doc, "菅原委員：地元説明会では、所有者の方の負担がどうなるのかを丁寧に説明していただきたい。伐採の"
               "制限について不安の声があると聞いております。", turns)
    _item(doc, "森林保全課長：ご指摘のとおり、伐採の届出の手続を含めて、説明資料に分かりやすく記載いたします。", turns)
    _item(doc, "小松委員：意見ではございませんが、区域図の縮尺をもう少し大きくしていただけると助かります。", turns)
    _item(doc, "大野部会長：それでは、本件は原案のとおり了承することといたします。以上で本日の部会を終わります。", turns)
    doc.add_paragraph("（午後２時４５分閉会）")
    doc.save(str(path))


def _pdftotext(docx: Path, out: Path, *options: str) -> str:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return subprocess.run(["pdftotext", *options, str(docx.with_suffix(".pdf")), "-"], check=True,
                          capture_output=True, text=True).stdout


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    town(out / "numbered-turns.docx")
    apart(out / "numbered-turns-apart.docx")
    text = _pdftotext(out / "numbered-turns.docx", out)
    (out / "numbered-turns-pdftotext-cp932.txt").write_bytes(text.replace("\n", "\r\n").encode("cp932"))
    text = _pdftotext(out / "numbered-turns-apart.docx", out, "-layout")
    (out / "numbered-turns-apart-layout.txt").write_text(text, encoding="utf-8")
    for pdf in out.glob("numbered-turns*.pdf"):
        pdf.unlink()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
