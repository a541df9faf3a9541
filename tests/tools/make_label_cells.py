"""Build the minutes whose proceedings are a table with no heading row, the speaker in the left
cell on two or three lines (title over surname: 委員長 / 藤森; surname over title: 早川 / 委員;
office / title / surname: 環境政策課 / 課長補佐 / 宮下), the speech in the right cell, as municipal
審議会 minutes typed in Word and printed to PDF are: the .docx, its PDF (LibreOffice) and the
PDF's text through pdftotext (default and -layout). A row with an empty left cell holds a stage
direction （休憩）; a long speech runs over a page break inside its row. Every name and sentence
is fictional (written for this project).

- ``council-label-cells``: borderless, each label line a paragraph of its own (the form the
  rule was built from);
- ``board-label-cells``: the check, written apart with other wording — ruled (Table Grid),
  the label lines broken by Shift+Enter in one paragraph, a member listed in the front matter
  by surname and given name.

    python tests/tools/make_label_cells.py tests/fixtures/minutes
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

COUNCIL_TITLE = [
    "令和７年度第２回ひばり市環境審議会　会議録", "",
    "１　日　時　令和７年１１月５日（水）午前１０時００分から午前１１時３０分まで",
    "２　場　所　ひばり市役所　本庁舎３階　第２会議室",
    "３　出席委員　藤森　健一（委員長）、松浦　美和（副委員長）、早川　聡、小野寺　恵子、竹内　隆",
    "４　事務局　環境政策課長　石黒　修、環境政策課課長補佐　宮下　彩",
    "５　議　事",
    "（１）ひばり市環境基本計画の中間見直しについて",
    "（２）その他", "",
    "６　会議の経過",
]

# (label cell lines, speech paragraphs); an empty label: the row's text is no one's speech
COUNCIL_ROWS = [
    (["委員長", "藤森"], [
        "ただいまから令和７年度第２回ひばり市環境審議会を開会いたします。本日は委員６名中５名の出席があり、"
        "ひばり市環境審議会条例第６条第２項の規定により、会議が成立していることを御報告いたします。",
        "それでは、議事（１）ひばり市環境基本計画の中間見直しについて、事務局から説明をお願いします。"]),
    (["環境政策課長", "石黒"], [
        "資料１について御説明いたします。現行の環境基本計画は令和３年度から令和１２年度までの１０年間を"
        "計画期間としており、本年度がちょうど中間の年に当たります。",
        "見直しの主な点は三つございます。一つ目は温室効果ガスの削減目標の引上げ、二つ目は生物多様性の"
        "保全に関する施策の追加、三つ目は指標の見直しでございます。"]),
    (["委員", "早川"], [
        "削減目標の引上げについて伺います。国の目標に合わせるということですが、市として達成の見通しは"
        "立っているのでしょうか。家庭部門の排出が減っていないように見えます。"]),
    (["委員", "小野寺"], [
        "市内の里山では、管理する人がいなくなり、竹林が広がっていると聞いております。竹林の拡大は在来の"
        "植物を減らし、生き物のすむ場所も狭めてしまいます。計画の中で、里山の管理を担う団体への支援を"
        "具体的に書いていただきたいと思います。",
        "また、小学校の環境学習で里山を使う取組は、子どもたちが自然に触れる良い機会です。学校と地域の"
        "団体をつなぐ役割を、市が担っていただけないでしょうか。",
        "さらに、外来種の駆除についても、市民が参加できる日を設けて、広く呼びかけていただくと、関心が"
        "高まると思います。毎年同じ時期に行えば、参加する人も予定を立てやすくなります。",
        "最後に、計画の指標として、里山の保全活動に参加した市民の数を加えることを提案いたします。"
        "数字で示すことで、取組の広がりが分かりやすくなると考えます。"]),
    (["環境政策課", "課長補佐", "宮下"], [
        "家庭部門につきましては、太陽光発電設備と蓄電池の設置補助を拡充し、年間３００件の導入を見込んで"
        "おります。あわせて、省エネ家電への買換えを促す啓発を続けてまいります。"]),
    (["早川", "委員"], ["分かりました。補助の実績は毎年報告してください。"]),
    (["委員", "竹内"], [
        "指標の見直しについてですが、市民の意識調査の結果も指標に入れてはどうでしょうか。"
        "数値だけでは見えない変化もあると思います。"]),
    (["環境政策課長", "石黒"], [
        "意識調査は３年ごとに実施しておりますので、その結果を参考指標として計画に載せる方向で検討いたします。"]),
    ([], ["（休憩）"]),
    (["委員長", "藤森"], [
        "再開いたします。引き続き、御意見をお願いします。"]),
    (["環境政策課長", "石黒"], [
        "里山の管理を担う団体への支援は、計画の施策に明記いたします。学校と団体をつなぐ窓口は、環境政策課"
        "が務めることを検討いたします。参加者数の指標も加える方向で整理いたします。"]),
    (["副委員長", "松浦"], [
        "指標を増やすのは良いことですが、毎年確実に集計できるものに絞っていただきたい。"]),
    (["委員長", "藤森"], [
        "ほかに御意見はございませんか。なければ、本日いただいた御意見を踏まえ、事務局で修正案を作成して"
        "いただきます。以上で本日の議事は全て終了いたしました。これをもちまして閉会いたします。"]),
]

BOARD_TITLE = [
    "あおば町都市計画審議会（令和７年度第１回）議事録", "",
    "開催日時　令和７年７月２２日（火）午後２時から",
    "開催場所　あおば町役場　２階　大会議室",
    "出席委員　会長　川久保　誠、委員　樋口　みのり、委員　大沢　浩二、委員　森本　亜希",
    "事務局　　まちづくり課長　新田　肇、まちづくり課　主査　山内　純",
    "",
    "議事の経過",
]

BOARD_ROWS = [
    (["会長", "川久保"], [
        "それでは定刻となりましたので、あおば町都市計画審議会を開会します。本日の案件は、用途地域の変更"
        "の１件です。事務局から説明をお願いします。"]),
    (["まちづくり課", "課長", "新田"], [
        "用途地域の変更について御説明します。駅の東側の区域を、第一種住居地域から近隣商業地域に変更する"
        "ものです。駅前に日用品の店舗を誘導し、歩いて暮らせるまちをつくることを目的としております。"]),
    (["樋口", "委員"], [
        "近隣商業地域になると、建物の高さはどこまで認められるのでしょうか。周りの住宅の日当たりが心配です。"]),
    (["まちづくり課", "主査", "山内"], [
        "高さは地区計画で２０メートルまでに制限いたします。"]),
    (["委員", "大沢"], [
        "駐車場が足りなくなり、周りの道路に車があふれることがないよう、対策をお願いしたい。"]),
    ([], ["（資料２を配付）"]),
    (["会長", "川久保"], [
        "ほかに御意見がなければ、本件は原案のとおり適当と認める旨、答申することでよろしいでしょうか。"]),
    (["委員", "森本"], ["異議ありません。"]),
    (["会長", "川久保"], ["それでは原案のとおり答申します。本日の審議会を閉会します。"]),
]


def build_docx(path: Path, title: list[str], rows: list[tuple[list[str], list[str]]],
               ruled: bool, line_breaks: bool) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    for text in title:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=2)
    if ruled:
        table.style = "Table Grid"
    for label, speech in rows:
        cells = table.add_row().cells
        if line_breaks and label:
            run = cells[0].paragraphs[0].add_run(label[0])
            for piece in label[1:]:
                run.add_break()
                run.add_text(piece)
        else:
            for k, piece in enumerate(label):
                (cells[0].paragraphs[0] if k == 0 else cells[0].add_paragraph()).add_run(piece)
        for k, para in enumerate(speech):
            (cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()).add_run(para)
    table.autofit = False
    for column, w in zip(table.columns, (Pt(78), Pt(366))):
        column.width = w
        for cell in column.cells:
            cell.width = w
    doc.add_paragraph("")
    doc.add_paragraph("（午前１１時３０分　閉会）" if not ruled else "以上")
    doc.save(path)


def convert(docx: Path, out: Path) -> None:
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-make-label-cells", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True)
    pdf = docx.with_suffix(".pdf")
    stem = docx.stem
    subprocess.run(["pdftotext", str(pdf), str(out / f"{stem}-pdftotext.txt")], check=True)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out / f"{stem}-layout.txt")], check=True)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    council = out / "council-label-cells.docx"
    build_docx(council, COUNCIL_TITLE, COUNCIL_ROWS, ruled=False, line_breaks=False)
    convert(council, out)
    board = out / "board-label-cells.docx"
    build_docx(board, BOARD_TITLE, BOARD_ROWS, ruled=True, line_breaks=True)
    convert(board, out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
