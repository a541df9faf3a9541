"""Build ``bodies-liaison.docx`` — a city's 子ども・若者支援地域連絡会 議事要旨 typed in Word
(List Bullet), the bodies it is made of listed under 出席機関 (one wrapped onto a line of its
own): under ■主な意見 each bullet ends with the body that said it in brackets — bodies no
ending names (あおば市教育委員会, あおば公共職業安定所, あおば地区保護司会, which ends as 司会
does) — and one bullet names none; under ２　意見交換 each body heads its bullets in 【】 alone on
a line. ``bodies-liaison.pdf`` is the same file printed to PDF by LibreOffice
(``soffice --headless --convert-to pdf``). Every name and sentence is fictional (written for
this project, apart from the rules it checks).

    python tests/tools/make_bodies_liaison.py tests/fixtures/minutes
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FRONT = ["あおば市子ども・若者支援地域連絡会　議事要旨",
         "開催日時：令和６年９月５日（木）１０時～１１時４５分", "開催場所：あおば市役所本庁舎５階　第一会議室",
         "出席機関：あおば市教育委員会、あおば公共職業安定所、NPO法人あおばユースネット、あおば地区保護司会、",
         "　　　　　あおば市民生委員児童委員協議会、ひだまり若者サポートステーション",
         "事務局：あおば市こども若者課", "１　報告事項",
         "事務局から、令和５年度の相談件数の推移と支援の実績について報告を行った。", "■主な意見"]
VIEWS = ["不登校から引きこもりに移行する事例が増えており、中学校卒業後の情報の引継ぎが課題である。（あおば市教育委員会）",
         "就労に向けた準備段階の支援メニューが不足している。（あおば公共職業安定所）",
         "相談窓口の周知には、SNSの活用も検討すべきではないか。",
         "地域で見守る大人の数を増やすため、研修の機会を設けてほしい。（あおば地区保護司会）"]
HEADS = [("【NPO法人あおばユースネット】", ["居場所事業の利用者の半数以上が、学校以外の相談先を持っていない。",
                                     "夜間に開所できる居場所を増やしたい。"]),
         ("【ひだまり若者サポートステーション】", ["保護者向けの相談会を定期的に開催しているが、参加者が固定化している。"]),
         ("【あおば市民生委員児童委員協議会】", ["家庭訪問の際に把握した情報を、どこにつなげばよいか分かりにくいとの声がある。"])]
END = ["３　その他", "次回の連絡会は令和７年２月頃に開催する予定である。"]


def main(out: Path) -> None:
    from docx import Document

    d = Document()
    for t in FRONT:
        d.add_paragraph(t)
    for t in VIEWS:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("２　意見交換")
    for head, bullets in HEADS:
        d.add_paragraph(head)
        for t in bullets:
            d.add_paragraph(t, style="List Bullet")
    for t in END:
        d.add_paragraph(t)
    d.save(out / "bodies-liaison.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(out / "bodies-liaison.docx")],
                   check=True, capture_output=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
