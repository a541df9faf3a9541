"""Write the Word records whose proceedings are a speaker table with heading rows merged across it
(the lead, session 19): ``section-rows-table.docx`` — a prefecture's 環境影響評価審査会: front matter in a
two-column table (its last row the secretariat's posts and names), then 時刻 | 発言者 | 発言要旨 with a row merged across the three columns for the agenda's
item (２　議事（１）…について), speaker cells of two lines joined by Shift+Enter (事業者 / （北陵風力開発　坂口）,
環境政策課 / （村上課長）), a title alone (副会長) — and, written apart, ``section-rows-table-apart.docx``: a
city's 公共事業評価委員会, 番号 | 発言者 | 発言内容, merged rows 【審議案件１】… and 【休憩】, speaker cells of two
paragraphs (説明者 / （みどり建設コンサルタント　石井）). Every name and sentence is fictional (written for
this project).

    python tests/tools/make_section_rows.py OUTDIR    (needs python-docx)
"""
import sys
from pathlib import Path

from docx import Document

ASSESSMENT = [
    ("時刻", "発言者", "発言要旨"),
    ("14:00", "会長", "ただいまから第３回審査会を開会します。本日は風力発電事業の準備書について審議します。"),
    ("", "２　議事（１）みなと北風力発電事業に係る環境影響評価準備書について", ""),
    ("14:03", "事業者\n（北陵風力開発　坂口）", "準備書の概要をご説明します。風車は最大１２基、総出力は約５万キロワットを計画しております。"),
    ("14:15", "岡委員", "鳥類の調査は春と秋の渡りの時期を十分に押さえていますか。特に猛禽類の飛行経路が気になります。"),
    ("14:18", "事業者\n（北陵風力開発　坂口）", "渡りの時期は各３回の定点調査を行っております。猛禽類は追加調査を予定しております。"),
    ("14:25", "副会長", "騒音の予測地点に、近くの集落が入っていないように見えます。確認をお願いします。"),
    ("14:27", "環境政策課\n（村上課長）", "予測地点の選び方については、事業者に確認し、次回までに整理いたします。"),
    ("15:28", "会長", "本日の意見は答申案に反映します。以上で閉会します。"),
]

APART = [
    ("番号", "発言者", "発言内容"),
    ("1", "委員長", "それでは第２回公共事業評価委員会を始めます。本日は再評価の案件が二件ございます。"),
    ("", "【審議案件１】市道北浜線道路改良事業（再評価）", ""),
    ("2", "説明者|（みどり建設コンサルタント　石井）", "事業の進み具合をご説明します。用地の取得は全体の８割まで進んでおり、残りは三筆でございます。"),
    ("3", "浅野委員", "残る三筆の見通しはいかがでしょうか。事業の完了が遅れると費用も膨らむと思います。"),
    ("4", "道路課|（小山課長）", "所有者の方とは協議を続けております。年度内の契約を目指しております。"),
    ("", "【休憩】", ""),
    ("5", "副委員長", "再開します。費用便益比が前回より下がっている理由を教えてください。"),
    ("6", "説明者|（みどり建設コンサルタント　石井）", "資材の価格が上がったためでございます。それでも１．０は上回っております。"),
    ("7", "委員長", "本案件は継続が妥当とすることでよろしいでしょうか。それでは以上で本日の委員会を閉じます。"),
]


def _cell(cell, value: str) -> None:
    if "|" in value:  # two paragraphs
        first, second = value.split("|")
        cell.text = first
        cell.add_paragraph(second)
        return
    lines = value.split("\n")
    cell.text = lines[0]
    for extra in lines[1:]:  # Shift+Enter
        run = cell.paragraphs[0].add_run()
        run.add_break()
        run.add_text(extra)


def record(path: Path, title: str, front: list[tuple[str, str]], rows, closing: str) -> None:
    doc = Document()
    doc.add_paragraph(title)
    table = doc.add_table(rows=len(front), cols=2)
    table.style = "Table Grid"
    for r, (a, b) in enumerate(front):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    doc.add_paragraph("")
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if not row[0] and not row[2]:
            table.cell(r, 0).merge(table.cell(r, 2)).text = row[1]
            continue
        for c, value in enumerate(row):
            _cell(table.cell(r, c), value)
    doc.add_paragraph(closing)
    doc.save(str(path))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    record(out / "section-rows-table.docx", "令和８年度第３回　みなと県環境影響評価審査会　会議録",
           [("日時", "令和８年９月１０日（木）１４時００分～１５時３０分"), ("場所", "県庁本館５階　第一会議室"),
            ("出席委員", "新田会長、守谷副会長、岡委員、滝本委員"), ("事務局", "環境政策課　課長　村上、主査　川口")], ASSESSMENT, "以上")
    record(out / "section-rows-table-apart.docx", "第２回　かもめ市公共事業評価委員会　議事録",
           [("開催日", "令和８年１１月５日（木）"), ("会場", "かもめ市役所　第２委員会室"),
            ("出席者", "北条委員長、杉田副委員長、浅野委員"), ("説明員", "道路課　小山課長、同課　林主幹")], APART, "（午前１１時４０分　閉会）")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
