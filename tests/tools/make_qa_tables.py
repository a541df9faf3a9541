"""Build the question-and-answer table fixtures — a town's 決算審査特別委員会 record typed in Word as
a table of exchanges, one a row, 質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨 (the heading row repeated on
every page, the asker's cell merged down over the rows of one question answered by several, cells
wrapped over several lines, a row broken by a page), printed to PDF by LibreOffice, and the PDF's
text as the usual extractors give it:

    python tests/tools/make_qa_tables.py kessan tests/fixtures/minutes

writes ``town-kessan-qa-table.docx``, ``.pdf``, ``-layout.txt`` (``pdftotext -layout``: the columns
side by side, a wrapped cell's lines interleaved with its neighbours'), ``-pdftotext.txt`` (plain
``pdftotext``: cells in reading order), ``-pypdf.txt`` (pypdf 7's ``extract_text()`` of each page,
joined by a line break). ``ippan`` is a city's 一般質問 通告・答弁 summary (質問者 | 質問要旨 | 答弁者 |
答弁要旨) and ``twocol`` a 2-column 質疑 | 答弁 table with the speaker inside the cell; ``yosan``
(委員名 | 質疑内容 | 答弁者 | 答弁内容, other widths) and ``bango`` (番号 | 質問者 | 質問事項 | 答弁者 | 答弁)
are the records written apart to check the rules on. Every name and sentence is fictional (written
for this project). Needs python-docx, soffice, pdftotext and pypdf (not a dependency of the project).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from word_pages import a4  # the A4 page, IPAex明朝, the running head, the page number at the foot

#: a cell's text: paragraphs parted by "|"; "^" (alone) continues the merged cell above (w:vMerge)
Row = tuple[str, ...]

RECORDS: dict[str, dict] = {
    "kessan": {
        "head": "令和７年第３回さくら町議会定例会　決算審査特別委員会記録",
        "title": ["令和７年第３回さくら町議会定例会", "決算審査特別委員会記録（第２号）", "",
                  "１　日時　令和７年９月１６日（火）午前９時３０分開議",
                  "２　場所　さくら町役場　議会議場",
                  "３　審査事項　認定第１号　令和６年度さくら町一般会計歳入歳出決算の認定について", "",
                  "４　質疑の要旨"],
        "heads": ("質疑者", "質疑の要旨", "答弁者", "答弁の要旨"),
        "widths": (22, 62, 22, 64),
        "rows": [
            ("山本委員", "町税の収入未済額が前年度より増えている。その理由と、滞納の解消に向けた取組を伺う。",
             "税務課長", "個人町民税の滞納が増えたことが主な理由である。納付の相談を夜間にも受け付け、分割での納付を勧めている。"),
            ("^", "", "副町長", "県の滞納整理機構とも連携し、悪質な滞納には差押えも含めて厳正に対応していく。"),
            ("佐藤", "ふるさと納税の寄附額が大きく伸びたが、返礼品の経費を差し引いた実質の収入はいくらか。",
             "企画課長", "寄附額三億二千万円に対し、返礼品と送料、事務の経費を差し引いた実質の収入は約一億四千万円である。"),
            ("中川　浩", "財政調整基金の残高が減っている。今後の財政の見通しをどう考えているのか。"
             "学校の改修や庁舎の耐震化など大きな事業が控えている中で、基金をどこまで取り崩す考えか。"
             "将来の世代に負担を残さないよう、計画的な運営を求める。",
             "財政課長", "基金の残高は標準財政規模の二割程度を保つことを目安としている。"
             "大きな事業には交付税の措置のある町債を充て、基金の取崩しは必要最小限にとどめる。"
             "中期の財政計画を来年度の予算の前に見直し、議会にお示しする。"),
            ("^", "", "町長", "財政の健全化は私の公約でもある。事業の優先順位を見極め、身の丈に合った財政の運営に努める。"),
            ("山本委員", "小中学校の給食費の無償化の効果をどう評価しているか。",
             "教育長", "子育て世帯の負担が軽くなったとの声を多くいただいている。保護者への調査で効果を確かめ、報告する。"),
            ("佐藤", "町営バスの利用者数の推移と、一人当たりの運行経費を伺う。"
             "利用の少ない路線の見直しの考えはあるか。",
             "担当課長", "利用者は年間約二万一千人で、前年度より五パーセント増えた。"
             "一人当たりの経費は約八百円である。路線の見直しは、地域の皆さんと協議しながら進める。"),
            ("中川　浩", "消防団の団員の確保に向けた取組の成果を伺う。",
             "総務課長", "団員の報酬を引き上げ、機能別の団員の制度を設けた結果、団員は十二名増えた。"),
            ("^", "", "消防長", "若い世代に向けて、消防団の活動を紹介する動画を作り、町のホームページで公開している。"),
            ("山本", "空き家の改修の補助の利用件数が少ない。制度の周知をどう進めるのか。",
             "まちづくり課長", "利用は八件にとどまった。広報紙と不動産の事業者を通じて周知し、相談会を開く。"),
            ("佐藤委員", "農業の担い手の支援について、新規の就農者は何人か。",
             "産業振興課長", "新規の就農者は五名で、うち三名は町外からの移住者である。"),
            ("中川　浩", "介護保険の特別会計で、介護予防の教室の参加者が減っている理由を伺う。",
             "福祉課長", "会場が遠いという声があり、来年度は各地区の集会所で開く回数を増やす。"),
        ],
        "foot": ["", "（午前１１時４５分　休憩）"],
    },
    "twocol": {
        "stem": "city-yosan-qa-twocol",
        "head": "みどり市議会　予算審査特別委員会（総務分科会）",
        "title": ["みどり市議会予算審査特別委員会　総務分科会", "質疑の概要", "",
                  "日時　令和８年３月９日（月）午前１０時", "場所　第２委員会室", ""],
        "heads": ("質疑", "答弁"),
        "widths": (85, 85),
        "rows": [
            ("山本委員|防災行政無線の更新の事業費が前年度の倍になっている。その内訳を伺う。",
             "危機管理課長|屋外の拡声子局の更新が四十か所あり、その工事費が大半を占めている。"),
            ("森田委員|職員の時間外勤務の縮減について、目標と実績を伺う。部署によって差が大きいのではないか。",
             "人事課長|目標は一人当たり月十時間以内で、実績は月十二時間であった。"
             "税務と福祉の部署が多く、応援の体制を見直している。"),
            ("山本委員|ふるさと納税の返礼品の開拓に、地元の事業者はどの程度参加しているのか。",
             "企画政策課長|今年度は新たに十八の事業者に参加していただいた。|事業者向けの説明会も年に二回開いている。"),
            ("川村委員|庁舎の照明のＬＥＤ化はいつ終わるのか。", "財政課長|来年度の工事で、本庁舎の全ての照明が終わる予定である。"),
        ],
        "foot": ["", "以上"],
    },
    "ippan": {
        "stem": "city-ippan-qa-table",
        "head": "令和７年第４回ひかり市議会定例会　一般質問　通告・答弁要旨",
        "title": ["令和７年第４回ひかり市議会定例会", "一般質問　通告・答弁要旨（１２月８日）", ""],
        "heads": ("質問者", "質問要旨", "答弁者", "答弁要旨"),
        "widths": (24, 60, 24, 62),
        "rows": [
            ("大西　美咲", "１　子どもの居場所づくりについて|放課後の子どもの居場所が不足している。児童館の増設の考えを伺う。",
             "市長", "児童館は来年度に一か所の設計に着手する。小学校の空き教室の活用もあわせて進める。"),
            ("^", "２　通学路の安全について|通学路の危険な箇所の点検の結果と、対策の進み具合を伺う。",
             "教育部長", "点検で見つかった八十二か所のうち、六十か所で対策を終えた。残る箇所も今年度中に終える。"),
            ("^", "", "建設部長", "ガードレールの設置には用地の協力が要る箇所があり、地権者と協議している。"),
            ("石田議員", "１　地域公共交通について|コミュニティバスの運賃の見直しの考えを伺う。",
             "都市整備部長", "運賃は当面据え置く。利用の状況を見ながら、来年度に検討する。"),
            ("岡本", "１　農業の振興について|耕作放棄地の解消に向けた取組と成果を伺う。"
             "担い手への農地の集積はどこまで進んだのか。",
             "農政課長", "耕作放棄地は昨年度より十二ヘクタール減った。担い手への集積率は五十八パーセントである。"),
        ],
        "foot": ["", "以上"],
    },
    # written apart, after the rules: other columns' words, other widths, a 5-column table; a
    # 2-column table of other words, the member's label in brackets, an answer of two paragraphs
    "twocol2": {
        "stem": "town-kyogikai-qa-twocol",
        "head": "こだま町　総合教育会議",
        "title": ["令和７年度第１回こだま町総合教育会議　質疑応答の記録", "", "開催日　令和７年７月２日（水）", ""],
        "heads": ("質問", "回答"),
        "widths": (80, 90),
        "size": 11,
        "rows": [
            ("（田村委員）|部活動の地域移行の受け皿となる団体は、町内にいくつあるのか。",
             "教育長|現在、五つの団体と協議を進めている。|指導者の確保が課題であり、県の人材バンクを活用したい。"),
            ("（小野委員）|不登校の児童生徒の居場所として、教育支援センターの利用は増えているか。",
             "学校教育課長|昨年度の利用は二十三名で、前年度より八名増えた。"),
            ("（田村委員）|図書館の開館時間を延ばす予定はあるか。",
             "生涯学習課長|来年度から、平日は午後七時まで開館する予定である。"),
        ],
        "foot": ["", "以上"],
    },
    "yosan": {
        "stem": "village-yosan-qa-table",
        "head": "あすなろ村議会　予算審査特別委員会",
        "title": ["令和８年３月あすなろ村議会定例会", "予算審査特別委員会　質疑記録", "",
                  "開会　令和８年３月１２日（木）午前１０時", ""],
        "heads": ("委員名", "質疑内容", "答弁者", "答弁内容"),
        "widths": (18, 70, 18, 64),
        "size": 11,
        "rows": [
            ("小松委員", "村営住宅の修繕費が大きく増えている。どの団地の、どのような修繕か。",
             "建設課長", "昭和に建てた東団地の屋根と外壁の修繕であり、三棟分を予定している。"),
            ("^", "入居者の方の仮住まいはどうするのか。", "^", "工事は住みながら行えるもので、仮住まいの必要はない。"),
            ("野口　一郎", "地域おこし協力隊の募集の人数と、任期を終えた隊員の定住の状況を伺う。",
             "総務課長", "募集は三名である。これまでの隊員九名のうち、六名が村内に定住している。"),
            ("^", "", "村長", "隊員が起業する際の支援金を新たに設け、定住につなげたい。"),
            ("小松委員", "スクールバスの運行の委託料が増えた理由は何か。", "教育次長",
             "運転手の人件費と燃料費の上昇によるものである。|路線と便数は変わらない。"),
            ("竹内", "ごみの収集の回数を減らす検討をしていると聞くが、住民への説明はどうするのか。",
             "住民課長", "回数は変えない方針である。分別の徹底について、各地区で説明会を開く。"),
        ],
        "foot": ["", "（午後０時　休憩）"],
    },
    "bango": {
        "stem": "town-bango-qa-table",
        "head": "ふたば町議会　令和７年１２月定例会　一般質問",
        "title": ["ふたば町議会　令和７年１２月定例会", "一般質問の質問と答弁", ""],
        "heads": ("番号", "質問者", "質問事項", "答弁者", "答弁"),
        "widths": (12, 20, 58, 20, 60),
        "rows": [
            ("１", "西村議員", "町立病院の医師の確保について、来年度の見通しを伺う。",
             "町長", "大学の医局に派遣をお願いしており、内科の医師一名の着任が決まった。"),
            ("２", "西村議員", "病院の経営の改善に向けた計画の進み具合を伺う。",
             "病院事務長", "病床の利用率は七十八パーセントに上がり、赤字は前年度より縮んだ。"),
            ("３", "松下　由紀", "子育て支援センターの開館の時間を延ばしてほしいという声がある。町の考えを伺う。",
             "福祉保健課長", "来年度から、土曜日も午後五時まで開けることとした。"),
            ("４", "松下　由紀", "学校の部活動の地域への移行について、保護者の負担はどうなるのか。"
             "送迎や会費の負担が増えることを心配する声が多い。",
             "教育長", "会費の一部を町が補助する。送迎は、町のバスを使えるよう調整している。"),
            ("５", "高田", "町道の除雪の体制について伺う。", "建設課長", "除雪の委託先を一社増やし、早朝の出動の体制を強めた。"),
        ],
        "foot": ["", "以上"],
    },
}


def _repeat_header(row) -> None:
    pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    pr.append(el)


def _merge_continue(cell) -> None:
    pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:vMerge")
    pr.append(el)


def _merge_restart(cell) -> None:
    pr = cell._tc.get_or_add_tcPr()
    if pr.find(qn("w:vMerge")) is None:
        el = OxmlElement("w:vMerge")
        el.set(qn("w:val"), "restart")
        pr.append(el)


def document(rec: dict) -> Document:
    """A Word document on A4 in IPAex明朝 (12 pt unless the record says): the title lines, the table
    (ruled, its heading row repeated on each page), the lines after it; a running head and the page
    number at the foot."""
    doc = a4(rec.get("size", 12), rec.get("margin", 30), 20, rec["head"])
    for line in rec["title"]:
        doc.add_paragraph(line)
    heads, rows = rec["heads"], rec["rows"]
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = rec.get("style", "Table Grid")
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
        cell.paragraphs[0].alignment = 1
    _repeat_header(table.rows[0])
    above = None
    for row in rows:
        cells = table.add_row().cells
        for c, (cell, text) in enumerate(zip(cells, row)):
            if text == "^":
                _merge_restart(above[c])
                _merge_continue(cell)
                continue
            for k, para in enumerate(text.split("|") if text else [""]):
                (cell.paragraphs[0] if k == 0 else cell.add_paragraph()).add_run(para)
        above = cells
    for column, width in zip(table.columns, rec["widths"]):
        column.width = Mm(width)  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = Mm(width)
    for line in rec["foot"]:
        doc.add_paragraph(line)
    return doc


def main(name: str, out: Path) -> None:
    import pypdf

    rec = RECORDS[name]
    stem = rec.get("stem", f"town-{name}-qa-table")
    out.mkdir(parents=True, exist_ok=True)
    docx = out / f"{stem}.docx"
    document(rec).save(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], check=True, capture_output=True)
    pdf = out / f"{stem}.pdf"
    for flag, suffix in ((["-layout"], "layout"), ([], "pdftotext")):
        subprocess.run(["pdftotext", *flag, str(pdf), str(out / f"{stem}-{suffix}.txt")], check=True)
    reader = pypdf.PdfReader(pdf)
    (out / f"{stem}-pypdf.txt").write_text("\n".join(p.extract_text() for p in reader.pages) + "\n",
                                           encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
