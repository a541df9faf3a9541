"""Write ``press-qa-pypdf-utf16.txt`` — a city mayor's 定例記者会見録 typed in Word (a running head
with the date, a page number at the foot), printed to PDF by LibreOffice and read back by pypdf
(``PdfReader(...).pages[i].extract_text()``, the pages joined by a line break), saved as UTF-16:
no blank lines, lines broken where the PDF's text runs break, the foot and the head of the next
page in the middle of a turn, labels alone on their lines (記者（あさひ新聞）, 市長, A), with the
speech (Ｑ（港北テレビ）…, Ａ：市長　…, 答 市長 …) and a label set in bold run into its speech
(市長概算で…: no space between). Every name and sentence is fictional (written for this project).

    python tests/tools/make_press_pypdf.py tests/fixtures/minutes/press-qa-pypdf-utf16.txt

needs python-docx, pypdf (not a dependency of the project: ``pip install pypdf``) and soffice.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdf
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HEAD = "みなと市長定例記者会見録　令和７年１０月８日"
#: a paragraph a line; *label* is a label set in bold, its speech right after it
PARAGRAPHS = """\
みなと市長定例記者会見録
日時　令和７年１０月８日（水）午前１１時～午前１１時５０分
場所　みなと市役所本庁舎５階　特別会議室
【市長発表】
おはようございます。本日は二点お知らせいたします。一点目は、市内の公共交通の再編についてであります。来年四月から、市内を走る路線バスを七つの系統に整理し、駅と病院、商業施設を結ぶ幹線の便数を一時間に四本まで増やします。あわせて、山あいの地域には予約制の乗合タクシーを導入し、自宅の近くから乗り降りできるようにいたします。運賃は、幹線と乗合タクシーを乗り継いでも、現在と同じ二百円で移動できるようにいたします。
二点目は、港の倉庫群を活用した新しい交流拠点の整備であります。古い倉庫三棟を改修し、市民の皆様が使えるホールと、地元の事業者が出店できる市場を設けます。設計は今年度中にまとめ、再来年の春の開業を目指してまいります。財源には国の地域再生の交付金を充てる考えであり、市の負担は全体の三分の一程度になる見込みです。詳しくは担当からお配りした資料を御覧いただければと思います。工事の期間中は、倉庫の前の広場で朝市を続けられるよう、事業者の皆様と調整してまいります。私からは以上です。
【質疑応答】
記者（あさひ新聞）
バスの再編で、便数が減る地域はあるのでしょうか。特に郊外の団地からは、朝の通勤時間帯の便が減るのではないかという不安の声を聞いていますが、いかがですか。あわせて、運賃を二百円に据え置くことで、市の財政の負担はどのくらい増えるのかも教えてください。
市長
郊外の団地につきましては、朝の七時台と八時台の便は現在の本数を維持いたします。昼間の時間帯は利用が少ないため、一部を乗合タクシーに切り替えますが、予約は前日までではなく、乗る三十分前まで受け付ける仕組みにいたします。団地の自治会には、来月から説明に伺う予定でおります。また、高齢の方が電話で予約できるよう、専用の窓口を設けます。スマートフォンをお持ちでない方にも不便がないよう、丁寧に進めてまいりたいと考えております。利用の状況は毎月確かめ、必要があれば便数を見直すこともいたします。なお、通学の時間帯につきましては、教育委員会とも相談し、中学校や高校の始業の時刻に間に合う便を確保するよう、事業者にお願いしているところでございます。
Ｑ（港北テレビ）乗合タクシーの運行は、どこが担うのでしょうか。市内のタクシー事業者との調整は済んでいますか。
Ａ：市長　運行は市内のタクシー事業者三社にお願いする方向で、現在協議を進めております。事業者の皆様からは、運転手の確保が課題だというお話を伺っておりますので、市として運転手の募集や研修の費用を支援することも考えております。協議がまとまり次第、改めてお知らせいたします。車両には、車いすのまま乗れるものも含める考えです。
A 都市交通課長
補足いたします。乗合タクシーの車両は、十人乗りのワゴン車を八台用意する計画です。車両の購入費は国の補助金の対象となりますので、市の負担はおよそ半分になる見込みです。運行を始めてから一年間は試行期間とし、利用者の方の御意見を伺いながら、停留所の位置や運行する時間帯を見直してまいります。
問（幹事社）
倉庫の交流拠点について伺います。倉庫は昭和の初めに建てられたもので、市民の皆様にも親しまれてきた建物ですが、改修に当たって外観はどの程度残すのでしょうか。港の近くにお住まいの方からは、れんがの壁や古い看板を残してほしいという声が多く寄せられていると聞いております。また、倉庫の中にある古い機械を展示してはどうかという提案もあるようです。市場に出店する事業者はどのように選ぶのですか。また、出店料はどのくらいを想定していますか。
答	市長	外観につきましては、れんがの壁と屋根の形をできる限り残したいと考えております。耐震の補強は内側から行い、港の景観を損なわないよう、専門家の御意見も伺いながら設計を進めてまいります。出店する事業者は公募で選びたいと考えております。地元の農家や漁業者の方々、市内の若い起業家の方々に広く手を挙げていただけるよう、出店料は近隣の商業施設よりも低く抑える考えです。具体的な額は、来年度の予算の編成の中で決めてまいります。
Ａ　港湾振興課長　補足いたします。公募は来年の秋に行う予定で、説明会を市内の三か所で開きます。出店の区画は四十ほどを考えており、そのうち十区画は、初めて店を持つ方のために一年単位で借りられる区画といたします。
【記者】	倉庫の改修の総事業費はどのくらいになりますか。
*市長*概算で二十四億円ほどを見込んでおります。このうち国の交付金で三分の二程度を賄いたいと考えております。なお、金額は設計の中で精査いたしますので、変わる可能性がございます。改修の工事は二年ほどかかる見込みであり、その間も倉庫の前の広場は、これまでどおりイベントなどにお使いいただけるよう工夫してまいります。
【記者】
ホールの使い方について、市民の方の声はどのように聞くのですか。
A
来月から、市民の皆様に集まっていただくワークショップを三回開きます。若い世代にも参加していただけるよう、一回は土曜日の夕方に開く予定です。いただいた御意見は設計に反映し、来年の三月に案をお示しいたします。
質問者（ひかり通信）最後に一点、港の周辺の渋滞対策はどのように考えていますか。
*市長*週末には港の周辺の道路が混み合いますので、交流拠点の開業に合わせて、駅から港までの臨時のシャトルバスを走らせたいと考えています。駐車場も百台分を増やす計画であり、警察とも相談しながら、信号の時間の調整などを進めてまいります。
（以上）
"""


def field(paragraph, instr: str) -> None:
    for kind, text in (("begin", None), (None, instr), ("end", None)):
        run = paragraph.add_run()
        if kind is None:
            el = OxmlElement("w:instrText")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def a4(head: str, top: int, side: int) -> Document:
    """A Word document on A4 in IPAex明朝 14 pt, margins ``top`` (and bottom) and ``side`` mm, the
    running head ``head``, the page's number centred at the foot (「- 1 -」)."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "IPAexMincho", Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin = sec.bottom_margin = Mm(top)
    sec.left_margin = sec.right_margin = Mm(side)
    sec.header.paragraphs[0].text = head
    foot = sec.footer.paragraphs[0]
    foot.add_run("- ")
    field(foot, "PAGE")
    foot.add_run(" -")
    foot.alignment = 1
    return doc


def document() -> Document:
    doc = a4(HEAD, 30, 25)
    for line in PARAGRAPHS.splitlines():
        if line.startswith("*"):
            label, speech = line[1:].split("*", 1)
            para = doc.add_paragraph()
            para.add_run(label).bold = True
            para.add_run(speech)
        else:
            para = doc.add_paragraph(line)
        fmt = para.paragraph_format
        fmt.keep_together, fmt.widow_control, fmt.space_after = False, False, Pt(0)
    return doc


def pypdf_text(doc: Document) -> str:
    """The document printed to PDF by LibreOffice and read back by pypdf, its pages joined by a
    line break (as a user's script joins ``extract_text()`` of each page)."""
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "record.docx"
        doc.save(docx)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, capture_output=True)
        reader = pypdf.PdfReader(Path(tmp) / "record.pdf")
        return "\n".join(page.extract_text() for page in reader.pages)


def main(out: Path) -> None:
    out.write_text(pypdf_text(document()) + "\n", encoding="utf-16")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
