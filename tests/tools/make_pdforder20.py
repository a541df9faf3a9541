"""Write the records of session 20's pdforder20 (fictional councils, names and sentences): verbatim 議事録 of
national councils typed in Word (python-docx), printed to PDF by LibreOffice and read back with pdftotext, as
such records arrive. Run from the repository: ``python tests/tools/make_pdforder20.py OUT`` (needs python-docx,
soffice and pdftotext; the .txt, .docx and .pdf it writes are the fixtures, committed).

``stacked``: turns typed ``label<TAB>speech`` with a hanging indent (the speech's lines under its first), a title
spaced with U+3000: plain pdftotext reads the labels as a column of their own — the labels stacked, then the
speeches, a speech's wrapped last line (``す。``) on a line of its own; a turn typed without the hanging indent
puts its wrapped tail (``ります。``) among the labels; a label broken by a line break (``司会（事務局`` /
``宮下室長）``) two lines of the stack. ``stacked-apart`` is the record written apart, after the rules (other
names, words, type size and indent).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx.shared import Mm

from word_pages import a4, flows

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


def main(name: str, out: Path) -> None:
    rec = RECORDS[name]
    stem = rec["stem"]
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{stem}.docx"
        document(rec).save(docx)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx)], check=True, capture_output=True)
        subprocess.run(["pdftotext", str(docx.with_suffix(".pdf")), str(out / f"{stem}.txt")], check=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
