"""Build the seat-label records of session 18 (fictional bodies, names and sentences): a town
農業委員会's 総会 議事録 and, written apart, a town 議会's 常任委員会 記録, each typed in Word as
a clerk types them — the speaker's label, a TAB to a tab stop, the speech in a hanging indent —
with members named by the seat and the surname (``３番（小室）委員``, ``３番　小室委員``,
``３番（小室委員）``, ``推進委員（須藤）``). LibreOffice prints them to PDF; the fixtures are the
PDF itself (read by assembler/ingest/pdf.py) and its text as pdftotext gives it (default
reading order, -layout), kept as CP932 with CRLF and as UTF-8 with a BOM (``KEPT``):

    python tests/tools/make_assembly18.py OUTDIR      (writes OUTDIR/*.docx, *.pdf, *.txt)
    cp OUTDIR/town-*-seat-labels*.txt OUTDIR/town-*-seat-labels.pdf tests/fixtures/minutes/
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm  # noqa: E402

from word_pages import a4, flows, printed  # noqa: E402

#: (stem, running head, front lines, tab stop in mm, turns: (label, speech paragraphs))
NOGYO = ("town-nogyo-seat-labels", None, [
    "令和８年５月　さくら町農業委員会総会議事録",
    "１　開催日時　令和８年５月２５日（月）午後１時３０分から午後２時４０分まで",
    "２　開催場所　さくら町役場　第２会議室",
    "３　出席委員（８名）",
    "　１番　大久保　正人（会長）　　２番　石黒　ふみ",
    "　３番　小室　健二　　　　　　　５番　野々村　勇",
    "　７番　桑田　早苗　　　　　　　１２番　大久保　隆（会長職務代理者）",
    "４　出席した農地利用最適化推進委員　須藤　光男",
    "５　事務局職員　事務局長　金井　利明　　主査　江藤　みのり",
    "６　議事",
    "　議案第１号　農地法第３条の規定による許可申請について",
    "　議案第２号　農用地利用集積計画の決定について",
], 30, [
    ("議長（会長）", ["ただいまから令和８年５月のさくら町農業委員会総会を開会いたします。本日の出席委員は８名で、"
                     "定足数に達しております。",
                     "議案第１号、農地法第３条の規定による許可申請について、事務局から説明をお願いします。"]),
    ("事務局長", ["議案第１号について説明いたします。申請地は字北原の田２筆で、合計１，２００平方メートルです。"
                 "譲受人は隣接地で水稲を耕作しており、取得後も引き続き水稲を作付けする計画です。"]),
    ("議長（会長）", ["現地を確認された委員から報告をお願いします。"]),
    ("３番（小室）委員", ["３番小室です。５月２０日に事務局と現地を確認しました。周辺の農地への支障はなく、"
                         "耕作は適正に行われる見込みです。"]),
    ("１２番（大久保）委員", ["１２番大久保です。譲受人の経営面積と、農作業に常時従事する人数はどうなっていますか。"]),
    ("事務局長", ["経営面積は取得後に２．４ヘクタールとなり、常時従事者は本人と長男の２名です。"]),
    ("３番　小室委員", ["補足しますと、隣の農地の所有者からも異議はないと聞いております。"]),
    ("推進委員（須藤）", ["推進委員の須藤です。北原地区では担い手への集積を進めておりますので、"
                         "今回の取得はその方針にも沿うものと考えます。"]),
    ("議長（会長）", ["ほかに質疑はありませんか。",
                     "質疑がないようですので、採決いたします。議案第１号は原案のとおり許可することに賛成の委員は挙手願います。",
                     "全員賛成で、議案第１号は原案のとおり許可することに決定しました。",
                     "次に、議案第２号、農用地利用集積計画の決定について、事務局から説明をお願いします。"]),
    ("主査", ["議案第２号について説明いたします。今回の計画は、利用権の設定が５件、合計３．１ヘクタールです。"]),
    ("５番（野々村委員）", ["５番野々村です。設定期間が１０年を超えるものはありますか。"]),
    ("主査", ["１件ございます。期間は１５年で、貸し手と借り手の双方が合意しております。"]),
    ("７番（桑田）委員", ["長期の設定は借り手にとって安心材料になります。賛成いたします。"]),
    ("議長（会長）", ["それでは、議案第２号は原案のとおり決定することに賛成の委員は挙手願います。",
                     "全員賛成で、議案第２号は原案のとおり決定しました。以上で本日の総会を閉会いたします。"]),
])

#: written apart: another body, other names and seats, a running head, seats written １０番
SANGYO = ("town-sangyo-seat-labels", "みなと町議会　産業建設常任委員会記録", [
    "みなと町議会産業建設常任委員会記録",
    "１　日　時　令和８年６月１７日（水）午前１０時００分",
    "２　場　所　みなと町役場　第１委員会室",
    "３　出席委員　委員長　４番　真壁　直樹　　副委員長　９番　早乙女　蘭",
    "　　　　　　　委員　　２番　鴨志田　亘　　委員　１０番　宇佐美　潤一",
    "　　　　　　　委員　　６番　二階堂　結子",
    "４　説明のため出席した者　建設課長　浜口　康之　　産業振興課長　大河原　聡子",
    "５　付託事件　陳情第３号　町道港線の歩道整備を求める陳情",
], 34, [
    ("委員長（真壁）", ["ただいまから産業建設常任委員会を開会いたします。本日は陳情第３号の審査を行います。"
                       "初めに、建設課長から現況の説明をお願いします。"]),
    ("建設課長", ["町道港線は延長８５０メートルのうち、歩道が整備されているのは３２０メートルでございます。"
                 "残る区間は幅員が狭く、用地の取得が課題となっております。"]),
    ("１０番（宇佐美）委員", ["１０番宇佐美です。通学路に指定されている区間はどこまでですか。",
                             "あわせて、過去５年間の事故の件数もお示しください。"]),
    ("建設課長", ["通学路は港小学校から漁協前の交差点までの４６０メートルです。事故は人身事故が２件でございます。"]),
    ("２番　鴨志田委員", ["用地の取得について、地権者との話し合いはどこまで進んでいるのでしょうか。"]),
    ("建設課長", ["地権者は１１名で、このうち７名からは前向きなお話をいただいております。"]),
    ("６番（二階堂委員）", ["歩道の整備までの間、路肩のカラー舗装など、すぐにできる対策も考えるべきです。"]),
    ("産業振興課長", ["港線は水産加工場への搬入路でもございますので、大型車の時間帯の調整について、"
                     "事業者と協議してまいります。"]),
    ("副委員長（早乙女）", ["陳情の趣旨は妥当と考えます。採択すべきものと考えます。"]),
    ("委員長（真壁）", ["ほかにございませんか。",
                       "それでは、陳情第３号は採択すべきものと決定することに御異議ありませんか。",
                       "（「異議なし」と呼ぶ者あり）",
                       "御異議なしと認めます。よって、陳情第３号は採択すべきものと決定しました。"
                       "以上で本日の委員会を閉会いたします。"]),
])


def borderless(table) -> None:
    """No rule around or inside the table (a clerk's layout grid)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        rule = OxmlElement(f"w:{side}")
        rule.set(qn("w:val"), "nil")
        borders.append(rule)
    table._tbl.tblPr.append(borders)


def widths(table, mm: tuple[int, ...]) -> None:
    """The columns' widths in mm."""
    table.autofit = False
    for k, w in enumerate(mm):
        for cell in table.columns[k].cells:
            cell.width = Mm(w)


#: a town 議会's 定例会 (the rule's record): the lists and the labels in borderless cells
MISAKI_TOP = ["令和８年第２回みさき町議会定例会会議録（第１号）", "",
              "招集年月日　令和８年６月９日（火）", "招集の場所　みさき町議会議場", "開　　　会　６月９日　午前１０時００分宣告", ""]
MISAKI_MEMBERS = [("１番", "早瀬", "聡君"), ("２番", "篠塚", "美穂君"), ("３番", "今泉", "茂樹君"), ("４番", "織田", "康平君"),
                  ("５番", "河村", "千晶君"), ("６番", "乙部", "亮君")]
MISAKI_OFFICIALS = [("町長", "岸本　和之君"), ("副町長", "坂上　洋介君"), ("総務課長", "宮内　聖子君"), ("教育長", "三国　隆君")]
MISAKI_STAFF = [("事務局長", "戸田　悦郎君"), ("書記", "柏木　沙耶君")]
MISAKI_AGENDA = [("日程第１", "会議録署名議員の指名"), ("日程第２", "会期の決定")]
MISAKI_TURNS = [
    ("○議長（今泉　茂樹君）", ["ただいまから令和８年第２回みさき町議会定例会を開会いたします。本日の会議を開きます。",
                              "本日の議事日程は、お手元に配付のとおりであります。"]),
    ("", ["◎会議録署名議員の指名"]),
    ("○議長（今泉　茂樹君）", ["日程第１、会議録署名議員の指名を行います。会議録署名議員は、会議規則第１２７条の規定により、"
                              "１番、早瀬聡君、２番、篠塚美穂君を指名いたします。"]),
    ("", ["◎会期の決定"]),
    ("○議長（今泉　茂樹君）", ["日程第２、会期の決定を議題といたします。議会運営委員長の報告を求めます。"]),
    ("○議会運営委員長（織田　康平君）", ["議会運営委員会の協議の結果を報告いたします。今期定例会の会期は、本日から６月１９日までの"
                                        "１１日間とすることに決定いたしました。"]),
    ("○議長（今泉　茂樹君）", ["お諮りいたします。会期は、本日から６月１９日までの１１日間といたしたいと思います。これに御異議ありませんか。",
                              "（「異議なし」と呼ぶ者あり）"]),
    ("○議長（今泉　茂樹君）", ["御異議なしと認めます。よって、会期は１１日間に決定いたしました。"]),
    ("○町長（岸本　和之君）", ["おはようございます。定例会の開会に当たり、一言御挨拶を申し上げます。"]),
    ("○５番（河村　千晶君）", ["５番、河村です。行政報告にありました防災行政無線の更新について伺います。"]),
    ("○総務課長（宮内　聖子君）", ["お答えいたします。防災行政無線は、本年度から２か年で更新する計画でございます。"]),
    ("○議長（今泉　茂樹君）", ["以上で本日の日程は全部終了いたしました。本日はこれにて散会いたします。"]),
]

#: written apart: a 広域連合議会's 定例会, other names, seats and posts, a narrower label cell
KOIKI_TOP = ["令和８年第１回ひがし野広域連合議会定例会会議録", "",
             "招集年月日　令和８年２月２０日（金）", "招集の場所　ひがし野広域連合　大会議室",
             "開　　　会　２月２０日　午後２時００分宣告", ""]
KOIKI_MEMBERS = [("１番", "大谷", "順一君"), ("２番", "能登", "ゆかり君"), ("３番", "設楽", "健吾君"), ("４番", "桧山", "真澄君")]
KOIKI_OFFICIALS = [("広域連合長", "久我　修一君"), ("事務局長", "長谷部　誠君")]
KOIKI_STAFF = [("議会書記長", "滝口　亜美君"), ("議会書記", "白石　譲君")]
KOIKI_AGENDA = [("日程第１", "会期の決定"), ("日程第２", "議案第１号　令和８年度ひがし野広域連合一般会計予算")]
KOIKI_TURNS = [
    ("○議長（大谷　順一君）", ["これより令和８年第１回ひがし野広域連合議会定例会を開会いたします。直ちに本日の会議を開きます。"]),
    ("○議長（大谷　順一君）", ["日程第１、会期の決定を議題といたします。会期は本日１日限りといたしたいと思いますが、御異議ありませんか。",
                              "（「異議なし」と呼ぶ者あり）"]),
    ("○議長（大谷　順一君）", ["御異議なしと認めます。日程第２、議案第１号を議題といたします。提案理由の説明を求めます。"]),
    ("○広域連合長（久我　修一君）", ["議案第１号について御説明申し上げます。ごみ処理施設の長寿命化工事に伴い、"
                                    "歳出の総額を前年度より１割増やしております。"]),
    ("○３番（設楽　健吾君）", ["工事の期間中、ごみの受入れに支障は出ないのでしょうか。"]),
    ("○事務局長（長谷部　誠君）", ["炉を１基ずつ止めて工事を行いますので、受入れは続けられる見込みでございます。"]),
    ("○２番（能登　ゆかり君）", ["構成市町の負担金の割合は、どのように決めているのですか。"]),
    ("○事務局長（長谷部　誠君）", ["均等割と人口割を半分ずつとして算定しております。"]),
    ("○議長（大谷　順一君）", ["ほかに質疑はありませんか。これをもって質疑を終結いたします。議案第１号は原案のとおり可決されました。"
                              "以上で本日の会議を閉じ、定例会を閉会いたします。"]),
]

#: (stem, the lines above the lists, 出席議員, 説明のため出席した者, 事務局職員, 議事日程, turns, the label cell in mm)
GIKAI = (("town-gikai-split-cells", MISAKI_TOP, MISAKI_MEMBERS, MISAKI_OFFICIALS, MISAKI_STAFF, MISAKI_AGENDA,
          MISAKI_TURNS, 32),
         ("koiki-gikai-split-cells", KOIKI_TOP, KOIKI_MEMBERS, KOIKI_OFFICIALS, KOIKI_STAFF, KOIKI_AGENDA,
          KOIKI_TURNS, 28))


def grid(doc, rows: list[tuple[str, ...]], mm: tuple[int, ...]) -> None:
    """A borderless table of the rows (a list's entries), its columns ``mm`` wide."""
    table = doc.add_table(rows=0, cols=len(mm))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    borderless(table)
    widths(table, mm)


def build_gikai(record: tuple, folder: str) -> Path:
    """A 議会 record: the attendance lists, the agenda and the proceedings in borderless cells."""
    stem, top, members, officials, staff, agenda, turns, label_mm = record
    doc = a4(10.5, 25, 22, None)
    for text in top:
        flows(doc.add_paragraph(text))
    flows(doc.add_paragraph(f"出席議員（{len(members)}名）"))
    grid(doc, [members[i] + members[i + 1] for i in range(0, len(members), 2)], (12, 18, 25, 12, 18, 25))
    flows(doc.add_paragraph("欠席議員（なし）"))
    flows(doc.add_paragraph("地方自治法第１２１条の規定により説明のため出席した者"))
    grid(doc, [officials[i] + officials[i + 1] for i in range(0, len(officials), 2)], (25, 35, 25, 35))
    flows(doc.add_paragraph("職務のため出席した議会事務局職員"))
    grid(doc, [staff[0] + staff[1]], (25, 35, 25, 35))
    flows(doc.add_paragraph("議事日程"))
    grid(doc, agenda, (25, 100))
    flows(doc.add_paragraph(""))
    table = doc.add_table(rows=0, cols=2)
    for label, paras in turns:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = paras[0]
        for para in paras[1:]:
            cells[1].add_paragraph(para)
    borderless(table)
    widths(table, (label_mm, 160 - label_mm))
    return printed(doc, folder, stem)


RECORDS = (NOGYO, SANGYO)


def build(record: tuple, folder: str) -> Path:
    stem, head, front, stop_mm, turns = record
    doc = a4(10.5, 25, 22, head)
    for text in front:
        flows(doc.add_paragraph(text))
    doc.add_paragraph("")
    for label, paras in turns:
        for k, speech in enumerate(paras):
            p = doc.add_paragraph(f"{label}\t{speech}" if k == 0 else f"\t{speech}")
            fmt = p.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Mm(stop_mm), Mm(-stop_mm)
            fmt.tab_stops.add_tab_stop(Mm(stop_mm), WD_TAB_ALIGNMENT.LEFT)
            flows(p)
    return printed(doc, folder, stem)


#: the fixtures: (stem, pdftotext's flags, the name it is kept under, encoding, line ending)
KEPT = (("town-nogyo-seat-labels", [], "town-nogyo-seat-labels-pdftotext.txt", "utf-8", "\n"),
        ("town-nogyo-seat-labels", ["-layout"], "town-nogyo-seat-labels-layout-cp932.txt", "cp932", "\r\n"),
        ("town-sangyo-seat-labels", ["-layout"], "town-sangyo-seat-labels-layout-bom.txt", "utf-8-sig", "\n"),
        ("town-gikai-split-cells", [], "town-gikai-split-cells-pdftotext.txt", "utf-8", "\n"),
        ("town-gikai-split-cells", ["-layout"], "town-gikai-split-cells-layout.txt", "utf-8", "\n"),
        ("koiki-gikai-split-cells", [], "koiki-gikai-split-cells-pdftotext-cp932.txt", "cp932", "\r\n"))


def main() -> None:
    folder = sys.argv[1]
    for record in (NOGYO, SANGYO):
        build(record, folder)
    for record in GIKAI:
        build_gikai(record, folder)
    for stem, flags, name, encoding, ending in KEPT:
        pdf = Path(folder) / f"{stem}.pdf"
        text = subprocess.run(["pdftotext", *flags, str(pdf), "-"], check=True, capture_output=True).stdout.decode()
        (Path(folder) / name).write_bytes(text.replace("\n", ending).encode(encoding))


if __name__ == "__main__":
    main()
