"""Build the Word files behind tests/fixtures/minutes/transport-clock-column-layout.txt and
welfare-clock-column-layout.txt, and (the check, written after the rule)
port-clock-column-layout.txt (fictional bodies, names and
sentences): a city 地域公共交通会議's and a town 地域福祉計画策定委員会's 会議録 typed as a borderless
Word table with no heading row — a clock column first, mostly empty (``10:02`` on some rows),
the speaker (a role word with the body the person represents in brackets: 委員（みどり交通）,
事務局（企画課）), then the speech wrapped over several lines in its column. The fixtures are
the text of the PDFs LibreOffice prints from them:

    python tests/tools/make_clock_column.py OUTDIR
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/*.docx
    pdftotext -layout OUTDIR/transport.pdf transport-clock-column-layout.txt
    pdftotext -layout OUTDIR/welfare.pdf welfare-clock-column-layout.txt
    pdftotext -layout OUTDIR/port.pdf port-clock-column-layout.txt
"""
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

TRANSPORT = ("みどり市地域公共交通会議（令和７年度第２回）　会議録",
             ("日時　令和７年８月２６日（火）午前１０時", "場所　みどり市役所　第３会議室"), [
    ("10:00", "会長", "ただいまから令和７年度第２回みどり市地域公共交通会議を開会します。本日は委員２０名のうち"
                      "１６名の出席があり、会議は成立しております。"),
    ("", "事務局（企画課）", "資料１により、コミュニティバスの利用状況について御説明します。昨年度の利用者数は約４万２千人で、"
                            "前年度に比べ８％増加しました。特に北部循環線の伸びが大きくなっております。"),
    ("", "委員（みどり交通）", "運転士の確保が年々難しくなっています。北部循環線の増便には、運転士の養成に対する市の支援が"
                              "欠かせません。"),
    ("10:12", "委員（運輸支局）", "国の補助制度では、運転士の確保に向けた取組も対象になり得ます。市と事業者で計画に位置付けて"
                                 "いただければ、相談に応じます。"),
    ("", "事務局（企画課）", "ありがとうございます。次回の会議までに、事業者と支援の内容を整理いたします。"),
    ("", "委員（商工会）", "商店街の利用者からは、バス停の近くにベンチがほしいという声が多く寄せられています。"),
    ("", "会長", "ほかに御意見はございますか。なければ、本日の議事は以上とします。"),
    ("10:41", "事務局（企画課）", "次回は１１月に開催する予定です。日程は改めて御連絡いたします。"),
], 15, 35)
WELFARE = ("令和７年度　第１回あおば町地域福祉計画策定委員会　会議録",
           ("開催日時　令和７年６月３日（火）午後１時３０分", "開催場所　あおば町保健福祉センター"), [
    ("13:30", "委員長", "定刻となりましたので、第１回あおば町地域福祉計画策定委員会を始めます。"),
    ("", "事務局（福祉課）", "計画の策定の日程について、資料２により説明いたします。アンケートは７月に実施し、"
                            "結果を９月の委員会でお示しします。"),
    ("", "委員（社会福祉協議会）", "アンケートの対象に、ひとり暮らしの高齢者を必ず含めていただきたい。回答の手助けも必要です。"),
    ("", "委員（民生委員協議会）", "民生委員が訪問するときに、調査票の記入をお手伝いすることもできます。"),
    ("13:52", "事務局（福祉課）", "御協力いただけると助かります。依頼の方法は、改めて御相談いたします。"),
    ("", "副委員長", "若い世代の声も聞けるよう、インターネットでも回答できるようにしてはどうか。"),
    ("", "事務局（福祉課）", "二次元コードを調査票に載せ、スマートフォンからも回答できるようにいたします。"),
    ("14:05", "委員長", "以上で本日の委員会を終了します。"),
], 14, 40)


def build(title: str, front: tuple[str, ...], rows: list[tuple[str, str, str]], clock_mm: int, label_mm: int,
          out: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(25)
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "IPAMincho"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAMincho")
    for text in (title, *front, ""):
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=3)
    for clock, label, speech in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = clock, label, speech
    table.autofit = False
    widths = (Mm(clock_mm), Mm(label_mm), Mm(160 - clock_mm - label_mm))
    for k, width in enumerate(widths):
        table.columns[k].width = width
        for cell in table.columns[k].cells:
            cell.width = width
    doc.save(out)


# the check, written after the rule: other widths (a wider clock column, a label column wide
# enough for most labels), full-width clocks, a long turn running over a page break
PORT = ("令和７年度　みなと市港湾振興懇談会　議事録",
        ("日　時　令和７年１０月７日（火）１５：００～", "場　所　みなと市港湾会館　２階ホール"), [
    ("１５：００", "座長", "皆様お集まりですので、懇談会を始めます。本日は、クルーズ船の受入れと、港の周辺のにぎわいづくりについて"
                         "御意見を伺います。"),
    ("", "事務局（港湾振興課）", "資料１を御覧ください。今年度のクルーズ船の寄港は１８回を予定しており、昨年度より５回増えております。"
                               "寄港の日には、岸壁の近くに観光案内所を臨時に設けております。" * 3),
    ("", "委員（みなと市観光協会）", "寄港の日に、商店街まで足を延ばしてもらう工夫が必要です。シャトルバスの案内を、"
                                   "もっと分かりやすくしていただきたい。"),
    ("１５：２４", "委員（港運協会）", "大型船が入る日は、荷役の車両と観光客の動線が重なります。岸壁の安全対策を、"
                                     "事業者と一緒に検討させてください。"),
    ("", "事務局（港湾振興課）", "動線の分離については、次回までに案を作成いたします。"),
    ("", "委員（市民公募）", "港の夜景を楽しめる場所が少ないと感じます。照明の整備を検討してほしい。"),
    ("１５：５８", "座長", "多くの御意見をいただきました。本日の懇談会はこれで終了します。"),
], 20, 45)


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    build(*TRANSPORT, outdir / "transport.docx")
    build(*WELFARE, outdir / "welfare.docx")
    build(*PORT, outdir / "port.docx")
