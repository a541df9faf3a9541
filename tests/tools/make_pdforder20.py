"""Write the records of session 20's pdforder20 (fictional councils, names and sentences): verbatim 議事録 of
national councils typed in Word (python-docx), printed to PDF by LibreOffice and read back with pdftotext, as
such records arrive. Run from the repository: ``python tests/tools/make_pdforder20.py OUT`` (needs python-docx,
soffice and pdftotext; the .txt, .docx and .pdf it writes are the fixtures, committed).

``stacked``: turns typed ``label<TAB>speech`` with a hanging indent (the speech's lines under its first), a title
spaced with U+3000: plain pdftotext reads the labels as a column of their own — the labels stacked, then the
speeches, a speech's wrapped last line (``す。``) on a line of its own; a turn typed without the hanging indent
puts its wrapped tail (``ります。``) among the labels; a label broken by a line break (``司会（事務局`` /
``宮下室長）``) two lines of the stack. ``stacked-apart`` is the record written apart, after the rules (other
names, words and tails).

``attend`` / ``attend-apart``: a 出席者 table in the front matter (.docx, .pdf, plain pdftotext, ``-layout``).
``omitted`` / ``omitted-apart``: the record's note of a part left out, framed by stars
(``＊＊＊（非公開部分は掲載を省略）＊＊＊``). ``boldmark`` / ``boldmark-apart``: a .docx whose label is a bold run that
begins with its mark (``○白井大臣``), then the speech.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx.shared import Mm

from word_pages import a4, flows

def _bold(stem: str, size: float, head: list[str], turns: list[tuple[str, str]]) -> dict:
    """A record of a Word document only: its head's lines, then each turn's label in bold, then the speech."""
    return {"stem": stem, "size": size, "head": head, "bold": turns}


#: a label's parts parted by "|" (a line break typed inside the label); "*" before it: no hanging indent
RECORDS: dict[str, dict] = {
    "stacked": {
        "stem": "national-kotsu-stacked-pdftotext",
        "size": 10.5, "indent": 25,
        "title": ["地域交通のあり方に関する検討会（第３回）\u3000\u3000議事録"],
        "turns": [
            ("山田座長", "それでは、定刻となりましたので、ただいまから第３回の検討会を開会いたします。"),
                        ("山田座長", "ありがとうございます。それでは、議事に入ります。資料１について、事務局から説明をお願いします。"),
            ("宮下室長", "資料１を御覧ください。乗合タクシーの実証運行は、北部、東部、南部の三つの地区で、昨年の十月から三か月間行いました。"),
            ("*小川構成員", "ありがとうございます。実証の結果は地区ごとに示していただけると助かっております。"),
            ("谷口構成員", "承知しました。私からは一点だけ。"),
            ("*司会（事務局|宮下室長）", "承知しました。次回までに整理いたします。"),
            ("谷口構成員", "運転手の確保について、事業者の声も聞いていただきたいと思います。"),
            ("山田座長", "ほかに御意見がなければ、本日の検討会はこれで閉会といたします。"),
        ],
        "foot": ["（以上）"],
    },
    "stacked-apart": {
        "stem": "national-kasen-stacked-apart-pdftotext",
        "size": 10.5, "indent": 25,
        "title": ["河川環境の保全に関する小委員会（第７回）\u3000\u3000議事録"],
        "turns": [
            ("石原委員長", "おはようございます。時間になりましたので、第７回の小委員会を始めます。"),
            ("原田補佐", "資料の確認をいたします。議事次第のとおりです。"),
            ("石原委員長", "では、議事に入ります。資料２について、森本委員から御説明をお願いします。"),
            ("*森本委員", "資料２の３ページを御覧ください。堤防の除草は年に二回、業者に委託して行っております。"),
            ("*西田委員", "ありがとうございます。除草の回数を増やせないかという声を地元から聞いております。"),
            ("*進行（事務局|原田補佐）", "御指摘の点は、次回お示しします。"),
            ("石原委員長", "本日はここまでといたします。"),
        ],
        "foot": ["（了）"],
    },
    "attend": {
        "stem": "national-kaigo-attendance",
        "size": 10.5,
        "title": ["介護人材の確保に関する有識者会議（第２回）", "議事録", "",
                  "１．日時　令和７年１１月１８日（火）１０時００分～１２時００分",
                  "２．場所　中央合同庁舎第５号館　専用第１２会議室", "３．出席者"],
        "table": [("座長", "山田　一郎\u3000東都大学教授"),
                  ("委員", "井上　さやか\u3000全国介護事業者協議会常務理事|木村　大輔\u3000北陵大学准教授|"
                           "清水　麻衣\u3000介護福祉士会副会長"),
                  ("オブザーバー", "長尾　健\u3000日本介護研修所代表理事"),
                  ("事務局", "藤田老健局長、中島企画官、原口補佐")],
        "after": ["", "４．配付資料", "資料１　介護人材の需給の見通し", "資料２　処遇改善の取組状況",
                  "参考資料　委員名簿", "", "５．議事"],
        "turns": [
            ("山田座長", "ただいまから第２回の有識者会議を開会いたします。本日は、資料１と資料２について御議論いただきます。"),
            ("中島企画官", "資料１を御覧ください。二〇四〇年度には、約五十七万人の介護職員が不足すると見込まれます。"),
            ("井上委員", "地方の小規模な事業所ほど、採用の広告にかける費用が負担になっております。"
                       "共同で採用する仕組みへの支援を検討していただきたいと思います。"),
            ("木村委員", "外国人の介護人材については、日本語の学習の支援が定着の鍵になると考えます。"),
            ("中島企画官", "御指摘の点は、次回までに整理してお示しいたします。"),
            ("山田座長", "本日の議論はここまでといたします。ありがとうございました。"),
        ],
        "foot": ["（以上）"],
    },
    "attend-apart": {
        "stem": "national-gyogyo-attendance-apart",
        "size": 11, "grid": True,
        "title": ["水産資源の管理に関する検討会", "第４回議事録", "",
                  "日時：令和８年２月３日（火）１４時～１６時", "場所：農林水産省　第２特別会議室", "",
                  "【出席者】"],
        "table": [("座長", "大谷　誠\u3000沿岸漁業研究所長"),
                  ("構成員", "桜井　ゆり子\u3000国立海洋大学大学院水産学研究科教授|新田　剛\u3000県漁業協同組合連合会専務理事|"
                             "松浦　かな\u3000水産流通研究所主任研究員")],
        "after": ["オブザーバー：水産研究機構　堀内　直人", "事務局：水産庁　三宅資源管理部長、柏木課長、西村室長", "",
                  "【配付資料】", "資料１　資源評価の結果について", "資料２　漁獲可能量の設定の考え方", ""],
        "turns": [
            ("大谷座長", "それでは、ただいまから第４回の検討会を開催いたします。"),
            ("西村室長", "資料１に沿って、今年度の資源評価の結果を御報告いたします。"
                       "主要な八魚種のうち、三魚種で資源の水準が低位と判断されました。"),
            ("桜井委員", "低位とされた魚種について、回復の目標の年次を示していただきたいと思います。"),
            ("新田委員", "漁業者にとっては、漁獲の制限が続くと経営が成り立ちません。支援策とあわせて議論すべきです。"),
            ("柏木課長", "経営の支援については、次回、資料を用意いたします。"),
            ("大谷座長", "本日はこれで閉会といたします。"),
        ],
        "foot": ["（了）"],
    },
    "omitted": {
        "stem": "national-kowan-omitted-pdftotext",
        "size": 10.5,
        "paragraphs": ["港湾の将来像に関する検討会（第６回）議事録", "", "１．日時　令和８年１月２０日（火）１３時～１５時",
                       "２．場所　国土交通省　第４会議室", "",
                       "○石井座長　それでは、議事（１）に入ります。事務局から説明をお願いします。",
                       "○森港湾計画課長　資料１に基づき、岸壁の更新の計画を御説明します。老朽化した岸壁のうち、"
                       "十二か所を優先して更新いたします。",
                       "○石井座長　ありがとうございました。議事（２）は個別の事業者の情報を含むため、非公開とします。", "",
                       "＊＊＊（非公開部分は掲載を省略）＊＊＊", "",
                       "○石井座長　それでは、公開の議事に戻ります。議事（３）について御意見をお願いします。",
                       "○小松委員　防災の拠点としての役割も、計画に位置付けるべきだと思います。",
                       "○石井座長　本日はこれで閉会します。"],
    },
    "omitted-apart": {
        "stem": "national-kuko-omitted-apart-pdftotext",
        "size": 11,
        "paragraphs": ["空港の運用に関する有識者会合", "第３回　議事録", "", "日時：令和８年３月５日（木）１０時～１２時", "",
                       "【藤本座長】　おはようございます。ただいまから第３回の会合を始めます。",
                       "【関航空局企画官】　本日は、騒音の対策と、運用の時間の延長について御報告します。",
                       "【藤本座長】　運用の時間の議題は、交渉中の事項を含みますので、ここからは非公開で行います。",
                       "＊　＊　＊　（以下、非公開のため省略）　＊　＊　＊",
                       "【藤本座長】　再開いたします。騒音の対策について、御意見をお願いします。",
                       "【丸山委員】　夜間の発着の回数を、地域ごとに公表していただきたい。",
                       "【藤本座長】　以上で本日の会合を終わります。"],
    },
    # a Word document only: each label a bold run that begins with its mark, then the speech
    "boldmark": _bold("national-kanko-bold-mark", 10.5,
                      ["観光立国推進閣僚会議（第８回）議事録", "", "日時：令和８年４月１０日（金）８時３０分～９時"],
                      [("○白井大臣", "ただいまから第８回の会議を開催いたします。"),
                       ("○原田観光庁長官", "資料１に基づき、訪日客の動向を御報告します。三月の訪日客数は、過去最高となりました。"),
                       ("○石川大臣", "地方への誘客については、交通の事業者とも連携して取り組みます。"),
                       ("○白井大臣", "ありがとうございました。以上で本日の会議を終わります。")]),
    "boldmark-apart": _bold("national-nogyo-bold-mark-apart", 11, ["食料安全保障に関する関係省庁連絡会議", "第２回　議事録", ""],
                            [("◆中西議長（農林水産審議官）", "それでは、第２回の連絡会議を始めます。"),
                             ("◆松井課長", "資料に沿って、肥料の価格の動向を御説明します。"),
                             ("◇岡野委員", "備蓄の水準について、目標を示していただきたい。"),
                             ("◆中西議長（農林水産審議官）", "本日の議事は以上です。")]),
}


def document(rec: dict):
    doc = a4(rec["size"], 25, 25)
    for line in rec["title"]:
        doc.add_paragraph(line)
    for label, speech in rec["turns"]:
        p = doc.add_paragraph()
        flows(p)
        fmt = p.paragraph_format
        if label.startswith("*"):
            label = label[1:]
            fmt.tab_stops.add_tab_stop(Mm(rec["indent"]))
        else:
            fmt.left_indent, fmt.first_line_indent = Mm(rec["indent"]), Mm(-rec["indent"])
        parts = label.split("|")
        for n, part in enumerate(parts):
            run = p.add_run(part)
            if n < len(parts) - 1:
                run.add_break()
        p.add_run("\t" + speech)
    for line in rec["foot"]:
        doc.add_paragraph(line)
    return doc


def attendance_document(rec: dict):
    """Front matter with an attendance table (post | names, a cell's names one a paragraph; or post | name | body),
    then the distributed papers, then turns ``label　speech`` (U+3000)."""
    doc = a4(rec["size"], 25, 25)
    for line in rec["title"]:
        doc.add_paragraph(line)
    cols = len(rec["table"][0])
    table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid" if rec.get("grid") else None
    widths = (Mm(30), Mm(130)) if cols == 2 else (Mm(25), Mm(45), Mm(90))
    for cells in rec["table"]:
        row = table.add_row().cells
        for cell, text, width in zip(row, cells, widths):
            parts = text.split("|")
            cell.text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)
            cell.width = width
    for line in rec["after"]:
        doc.add_paragraph(line)
    for label, speech in rec["turns"]:
        p = doc.add_paragraph(label + "\u3000" + speech)
        flows(p)
    for line in rec["foot"]:
        doc.add_paragraph(line)
    return doc


def main(name: str, out: Path) -> None:
    rec = RECORDS[name]
    stem = rec["stem"]
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{stem}.docx"
        if "bold" in rec:  # a Word document only: the label a bold run that begins with its mark, then the speech
            doc = a4(rec["size"], 25, 25)
            for text in rec["head"]:
                doc.add_paragraph(text)
            for label, speech in rec["bold"]:
                p = doc.add_paragraph()
                p.add_run(label).bold = True
                p.add_run("\u3000" + speech)
            doc.save(out / f"{stem}.docx")
            return
        if "paragraphs" in rec:
            doc = a4(rec["size"], 25, 25)
            for text in rec["paragraphs"]:
                flows(doc.add_paragraph(text))
            doc.save(docx)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                            "--outdir", tmp, str(docx)], check=True, capture_output=True)
            subprocess.run(["pdftotext", str(docx.with_suffix(".pdf")), str(out / f"{stem}.txt")], check=True)
            return
        if "table" not in rec:
            document(rec).save(docx)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                            "--outdir", tmp, str(docx)], check=True, capture_output=True)
            subprocess.run(["pdftotext", str(docx.with_suffix(".pdf")), str(out / f"{stem}.txt")], check=True)
            return
        docx = out / f"{stem}.docx"
        attendance_document(rec).save(docx)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], check=True, capture_output=True)
        pdf = docx.with_suffix(".pdf")
        for flag, suffix in ((["-layout"], "layout"), ([], "pdftotext")):
            subprocess.run(["pdftotext", *flag, str(pdf), str(out / f"{stem}-{suffix}.txt")], check=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
