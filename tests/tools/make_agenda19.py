"""Build the 議会 records of session 19 (agenda19; fictional bodies, names and sentences) whose
議事日程, 本日の会議に付した事件 and rolls (出席議員, 説明のため出席した者, 職務のため出席した議会事務局職員)
stand before the first turn: a town 議会's 一般質問 day and, written apart, a city 議会's 代表質問 day,
and a 一部事務組合 議会's 定例会 (the Word file: its agenda a table of item numbers), each typed in Word
as a clerk types them — the agenda and the rolls in tables (日程第１ | 一般質問,
１番 | 三　浦　健　太　君 | ２番 | …, 町　　　長 | 北　村　正　人 君 | …), names and posts spaced out with
U+3000. LibreOffice prints them to PDF; the fixtures are the PDF itself, its text as default pdftotext
gives it (each cell a piece of its own, blank lines between: the reading order that made ``一般質問``,
``修 君`` and ``事務局長`` speakers) and the Word file:

    python tests/tools/make_agenda19.py OUTDIR      (writes OUTDIR/*.docx, *.pdf, *.txt)

then the default pdftotext text kept as CP932 with CRLF (the town) and as UTF-8 with a BOM (the city).
"""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

TOWN = [
 ('p', '令和８年第２回すずかけ町議会定例会会議録（第２号）'),
 ('p', '議　事　日　程（第２号）'),
 ('p', '令和８年６月１０日（水）午前１０時開議'),
 ('table', [('日程第１', '一般質問'),
            ('日程第２', '議案第３４号　すずかけ町税条例の一部を改正する条例について'),
            ('日程第３', '議案第３５号　令和８年度すずかけ町一般会計補正予算（第１号）')]),
 ('p', '本日の会議に付した事件'),
 ('p', '日程第１から日程第３まで'),
 ('p', '出席議員（８名）'),
 ('table', [('１番', '三　浦　健　太　君', '２番', '小　田　陽　子　君'),
            ('３番', '杉　山　一　郎　君', '４番', '森　川　二　郎　君'),
            ('５番', '谷　　　直　美　君', '６番', '松　原　和　也　君'),
            ('７番', '岡　　　誠　司　君', '８番', '浅　野　　　修　君')]),
 ('p', '欠席議員（なし）'),
 ('p', '説明のため出席した者の職氏名'),
 ('table', [('町　　　長', '北　村　正　人 君', '副　町　長', '大　島　智　子 君'),
            ('教　育　長', '南　　和　夫 君', '総務課長', '川　上　三　郎 君'),
            ('建設課長', '野　口　　茂 君', '', '')]),
 ('p', '職務のため出席した議会事務局職員'),
 ('table', [('事務局長', '西　田　一　郎'), ('書　　記', '東　　良　子')]),
 ('p', '○議長（浅野　修君）'),
 ('p', '　おはようございます。ただいまの出席議員は８名です。定足数に達していますので、ただいまから本日の会議を開きます。本日の議事日程はお手元に配付のとおりです。'),
 ('p', '日程第１　一般質問'),
 ('p', '○議長（浅野　修君）　日程第１、一般質問を行います。通告順に発言を許します。１番、三浦健太君。'),
 ('p', '○１番（三浦健太君）　通告に従い、町の防災対策について質問いたします。避難所の備蓄はどの程度見直されたのでしょうか。また、自主防災組織への支援はどうなっていますか。'),
 ('p', '○議長（浅野　修君）　町長、北村正人君。'),
 ('p', '○町長（北村正人君）　お答えいたします。備蓄品は昨年度に全ての避難所で点検を終え、本年度中に計画を見直します。自主防災組織には資機材の購入費を助成しております。'),
 ('p', '○１番（三浦健太君）　助成の周知が十分でないと感じます。地区の回覧で知らせていただきたい。'),
 ('p', '○議長（浅野　修君）　総務課長、川上三郎君。'),
 ('p', '○総務課長（川上三郎君）　回覧での周知を来月から始めます。'),
 ('p', '○議長（浅野　修君）　以上で三浦健太君の一般質問を終わります。'),
 ('p', '日程第２　議案第３４号'),
 ('p', '○議長（浅野　修君）　日程第２、議案第３４号を議題とします。提案理由の説明を求めます。町長。'),
 ('p', '○町長（北村正人君）　議案第３４号について説明いたします。国の税制改正に合わせて規定を整えるものです。'),
 ('p', '○議長（浅野　修君）　これより質疑を行います。質疑はありませんか。'),
 ('p', '〔「なし」と呼ぶ者あり〕'),
 ('p', '○議長（浅野　修君）　質疑なしと認めます。これで本日の日程は全部終了しました。本日はこれで散会します。'),
 ('p', '午前１１時４０分散会'),
]

CITY = [
 ('p', '令和８年第１回くすのき市議会定例会会議録'),
 ('p', '第３日　令和８年３月４日（水曜日）'),
 ('p', '議　事　日　程　（第３号）'),
 ('p', '令和８年３月４日（水）午前１０時開議'),
 ('table', [('第１', '会議録署名議員の指名'), ('第２', '代表質問'), ('第３', '議案第１２号から議案第１５号まで（質疑）')]),
 ('p', '本日の会議に付した事件'),
 ('p', '議事日程に同じ'),
 ('p', '出　席　議　員（９名）'),
 ('table', [('１番', '相　沢　真　理　君', '２番', '井　上　　　勝　君', '３番', '宇　野　さやか　君'),
            ('４番', '江　藤　隆　之　君', '５番', '大　西　美　穂　君', '６番', '片　岡　　　昇　君'),
            ('７番', '木　下　千　秋　君', '８番', '久　保　政　信　君', '９番', '北　条　武　史　君')]),
 ('p', '欠　席　議　員（１名）'),
 ('table', [('１０番', '小　松　　　瞳　君')]),
 ('p', '説明のため出席した者'),
 ('table', [('市　　　　　長', '高　村　宏　明　君', '副　市　長', '千　葉　恵　子　君'),
            ('企画政策部長', '土　屋　康　夫　君', '総務部長', '中　野　　　隆　君'),
            ('教　育　長', '二　宮　文　江　君', '', '')]),
 ('p', '事務局職員出席者'),
 ('table', [('局　　　　　長', '根　本　　　実', '議事課長', '野　村　由　香'), ('主　　　　　査', '長谷川　　亮', '書　　　　　記', '浜　田　　　蓮')]),
 ('p', '◎開議の宣告'),
 ('p', '○議長（北条武史君）　皆さん、おはようございます。ただいまから本日の会議を開きます。'),
 ('p', '◎会議録署名議員の指名'),
 ('p', '○議長（北条武史君）　日程第１、会議録署名議員の指名を行います。本日の会議録署名議員に、４番江藤隆之君、５番大西美穂君を指名いたします。'),
 ('p', '◎代表質問'),
 ('p', '○議長（北条武史君）　日程第２、代表質問を行います。会派みらいの代表、２番井上勝君。'),
 ('p', '○２番（井上　勝君）　会派みらいを代表して質問いたします。第一に、新年度予算の重点について市長の考えを伺います。物価の上昇が続くなか、市民生活への支援をどう位置づけたのでしょうか。'),
 ('p', '○議長（北条武史君）　市長。'),
 ('p', '○市長（高村宏明君）　井上議員の御質問にお答えいたします。新年度予算では子育てと交通の二つを重点に据えました。生活支援は補正予算でも機動的に対応してまいります。'),
 ('p', '○２番（井上　勝君）　交通については、バス路線の維持を具体的にお示しください。'),
 ('p', '○議長（北条武史君）　企画政策部長。'),
 ('p', '○企画政策部長（土屋康夫君）　路線の維持のため、事業者への運行補助を継続いたします。'),
 ('p', '○議長（北条武史君）　以上で会派みらいの代表質問を終わります。'),
 ('p', '◎散会の宣告'),
 ('p', '○議長（北条武史君）　本日はこれで散会いたします。'),
 ('p', '午前１１時５２分散会'),
]

#: written apart for the Word reader's rule (an agenda's table of item numbers is no speaker table): a
#: 一部事務組合 議会, its 議事日程 a two-column table 日程第１ | 議席の指定 …, 応招議員 and 説明のため出席した者 tables
UNION = [
 ('p', '令和８年第１回ひなげし地区衛生施設組合議会定例会会議録'),
 ('p', '１　招集年月日　令和８年２月２０日（金）'),
 ('p', '２　招集場所　ひなげし地区衛生施設組合　管理棟会議室'),
 ('p', '議事日程'),
 ('table', [('日程第１', '議席の指定'), ('日程第２', '会議録署名議員の指名'), ('日程第３', '会期の決定'),
            ('日程第４', '諸般の報告'), ('日程第５', '議案第１号　令和８年度ひなげし地区衛生施設組合一般会計予算'),
            ('日程第６', '一般質問')]),
 ('p', '応招議員（５名）'),
 ('table', [('１番', '羽　田　　　悟', '２番', '日　野　加代子'), ('３番', '深　町　　　剛', '４番', '堀　江　由利子'),
            ('５番', '真　壁　洋　平', '', '')]),
 ('p', '不応招議員（なし）'),
 ('p', '地方自治法第１２１条の規定により説明のため出席した者'),
 ('table', [('管　理　者', '宮　本　　　隆', '副管理者', '村　瀬　和　美'), ('事務局長', '森　下　　　進', '施設課長', '矢　口　洋　子')]),
 ('p', '本会議に職務のため出席した者'),
 ('table', [('書記長', '山　内　　　学'), ('書　記', '横　山　ゆ　り')]),
 ('p', '○議長（真壁洋平君）'),
 ('p', 'ただいまの出席議員は５名であります。定足数に達しておりますので、これより令和８年第１回ひなげし地区衛生施設組合議会定例会を開会いたします。'),
 ('p', '○議長（真壁洋平君）　日程第１、議席の指定を行います。議席はただいま着席のとおり指定いたします。'),
 ('p', '○議長（真壁洋平君）　日程第５、議案第１号を議題といたします。提案理由の説明を求めます。管理者。'),
 ('p', '○管理者（宮本隆君）　議案第１号について御説明申し上げます。ごみ処理施設の延命化工事に係る経費を計上いたしました。'),
 ('p', '○議長（真壁洋平君）　質疑を行います。２番、日野加代子君。'),
 ('p', '○２番（日野加代子君）　延命化工事の期間中、ごみの受け入れに支障はないのでしょうか。'),
 ('p', '○議長（真壁洋平君）　施設課長。'),
 ('p', '○施設課長（矢口洋子君）　炉を一基ずつ止めて工事を行いますので、受け入れは続けられます。'),
 ('p', '○議長（真壁洋平君）　日程第６、一般質問を行います。３番、深町剛君。'),
 ('p', '○３番（深町剛君）　構成町の負担金の算定方法について伺います。人口割の比率を見直す考えはありますか。'),
 ('p', '○管理者（宮本隆君）　次年度の予算編成に向け、構成町と協議してまいります。'),
 ('p', '○議長（真壁洋平君）　以上で本定例会に付議された事件は全て終了しました。これをもって閉会いたします。'),
]


def document(spec: list) -> Document:
    """A Word document of ``spec``: ``('p', text)`` a paragraph, ``('table', rows)`` a table, one row a tuple
    of cells (also make_agenda20's)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Sans CJK JP"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK JP")
    st.font.size = Pt(10.5)
    for kind, payload in spec:
        if kind == "p":
            doc.add_paragraph(payload)
        else:  # a table: one row a tuple of cells
            table = doc.add_table(rows=0, cols=max(len(r) for r in payload))
            for row in payload:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
    return doc


def build(spec: list, out: Path) -> None:
    document(spec).save(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(out)],
                   check=True, capture_output=True)
    pdf = out.with_suffix(".pdf")
    subprocess.run(["pdftotext", str(pdf), str(out.with_name(out.stem + "-pdftotext.txt"))], check=True)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out.with_name(out.stem + "-layout.txt"))], check=True)


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    build(TOWN, outdir / "assembly-agenda-rolls-town.docx")
    build(CITY, outdir / "assembly-agenda-rolls-city.docx")
    build(UNION, outdir / "assembly-agenda-table-union.docx")
