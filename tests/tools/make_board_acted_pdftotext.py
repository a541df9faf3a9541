"""Write ``board-acted-speakers-pdftotext.txt`` — a 公益財団法人's 理事会 議事録 kept in Word in
the third person (no labels: who spoke is the subject of each sentence, several speakers in one
sentence or paragraph: 「…との提案があり、議長は、…と述べた。」), printed to PDF by LibreOffice and
read back by pdftotext (default mode): lines broken at the page's width, a page number at the
foot (``- 2 -``) and a form feed inside a paragraph, the 記名押印 block after the last item.
Every name and sentence is fictional (written for this project).

    python tests/tools/make_board_acted_pdftotext.py tests/fixtures/minutes/board-acted-speakers-pdftotext.txt

needs python-docx (``word_pages.py``), soffice and pdftotext (poppler-utils).
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from word_pages import a4, flows, printed

#: a paragraph a line, as the clerk typed it (U+3000 before a paragraph of the proceedings)
PARAGRAPHS = """\
公益財団法人あおぞら文化振興財団　令和７年度第２回理事会議事録
１　開催日時　令和７年１１月１８日（火）午後２時００分から午後３時４０分まで
２　開催場所　あおぞら文化会館　第一研修室
３　理事の現在数及び定足数　理事の現在数７名、定足数４名
４　出席者
　　理事（６名）　理事長　大森　一郎、常務理事　桜井　直子、中川　和子、藤田　昭、三好　健太、今井　由紀
　　監事（２名）　岡本　健二、北野　佳代
　　事務局　事務局長　村井　聡、総務課長　西山　亜紀
５　議長　理事長　大森　一郎
６　議事の経過の要領及びその結果
　定刻、村井事務局長から、理事の現在数７名のうち６名が出席しており、定款第３３条に定める定足数を満たしているため、本理事会は有効に成立している旨の報告があった。定款第３２条の規定により大森理事長が議長となり、開会を宣した。
第１号議案　令和８年度事業計画（案）の承認の件
　議長の指名により、桜井常務理事から、資料１に基づき、令和８年度は子ども向けの鑑賞事業を拡充し、市内の全ての小学校で出前公演を行う計画である旨の説明があった。
　中川理事から、「出前公演の後に、子どもたちが楽器に触れる時間を設けてはどうか。」との提案があり、議長は、事務局で実施方法を検討の上、次回の理事会に報告させることとしたいと述べた。
　藤田理事から公演を行う学校の選び方について質問があり、村井事務局長から、教育委員会を通じて全ての学校に希望を聞き、希望の多い学校から順に日程を調整する旨の回答があった。続いて、同理事から、先ほどの中川理事の提案のとおり体験の時間を設けるのであれば、楽器の運搬や保険の費用も予算に見込んでおくべきではないかとの意見があり、桜井常務理事は、運搬と保険の費用は補正で対応できるよう積算し直すと答えた。
　ある理事より、事務局が作成した日程表について、夏休み前の６月と７月に公演が集中しているとの指摘があり、これに対し、村井事務局長から、学校行事の少ない時期に希望が集まったためであるが、秋以降にも分散できるよう学校と相談するとの説明があった。また、今井理事は、公演の様子を財団のホームページで紹介すれば寄付を募る際の材料にもなると述べ、三好理事は、紹介する際には子どもの顔が写らないよう配慮すべきであると述べた。
　議長は、本議案について賛否を諮ったところ、全員異議なくこれを原案のとおり承認した。
第２号議案　令和８年度収支予算（案）の承認の件
　議長の指名により、西山総務課長から、資料２に基づき収支予算の概要について説明があった。
　岡本監事から、基本財産の運用益が前年度より減っている理由について質問があり、西山総務課長から、満期を迎えた債券を利率の低い債券に買い替えたことによるものである旨の回答があった。北野監事より、「運用の方針は理事会で定めた規程に沿っているのか。」との確認があり、大森理事長が「規程の範囲内で運用しており、半年ごとに理事会へ報告する。」と答えた。
　理事から、会館の修繕に充てる特定資産の積立てを増やすべきではないかとの意見が出され、議長は、修繕の計画を次年度中にまとめるよう事務局に指示した。
　議長がこれを議場に諮ったところ、全員賛成で原案のとおり承認された。
報告事項　理事長及び常務理事の職務執行状況の報告
　大森理事長及び桜井常務理事から、資料３に基づき、前回の理事会以降の職務の執行の状況について報告があった。
　以上をもって本日の議事を全て終了したので、議長は午後３時４０分に閉会を宣した。
　上記の議決を明確にするため、議長及び出席した監事は、次に記名押印する。
令和７年１１月１８日
公益財団法人あおぞら文化振興財団　理事会
議長　理事長　大森　一郎　印
監事　岡本　健二　印
監事　北野　佳代　印
"""


def document():
    doc = a4(12, 35, 30)
    for line in PARAGRAPHS.splitlines():
        flows(doc.add_paragraph(line))
    return doc


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(printed(document(), tmp, "board")), str(out)], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
