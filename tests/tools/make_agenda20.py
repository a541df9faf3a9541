"""Write the records of session 20's agenda20 — an agenda's number and its item on lines of their own,
blank lines between, before the first turn and after the last (fictional bodies, names and sentences; no
source fetched). Run from the repository: ``python tests/tools/make_agenda20.py`` (needs python-docx,
soffice and pdftotext).

- ``agenda20-council.docx``: a city 男女共同参画審議会's 会議録 typed in Word: its 会議次第 a table of two
  columns (``１`` | ``開会``, ``２`` | ``議題``, ``（１）`` | ``第３次プランの進捗について`` …), the turns
  ``○label　speech``, then the record's closing sections as rows of the same table after the turns
  (``３`` | ``その他``, ``４`` | ``閉会``) with the narrated close below (``会長から、…旨の発言があり、閉会と
  なった。``), a running head (``みずほ市男女共同参画審議会（第２回）``) and a footer with the page's number alone
  (``1``, ``2``: a page's number where it stands, no item's).
- ``agenda20-council.pdf``: the same .docx made a PDF by LibreOffice (read from the .pdf);
  ``agenda20-council-pdftotext.txt``: that PDF read by plain pdftotext (each cell a line, a blank line
  between: ``３`` / / ``閉会``); ``agenda20-council-layout.txt``: read by ``pdftotext -layout`` (the row on
  one line); ``agenda20-council-pypdf.txt``: the plain text in pypdf's shape (pypdf is not installed where
  this was written: the blank lines and the form feed taken out, the page's number left in the flow).
- ``agenda20-transport-apart-utf16.txt``: written apart by hand in plain pdftotext's shape (UTF-16 with a BOM, CRLF: CP932 has no ⑴): a town
  地域公共交通会議's 議事要旨 that narrates who spoke (``委員から、…との意見があった。``), its 次第 numbered 第1 … 第4
  with ⑴ ⑵ under 第2, each number and item apart (``第1`` / / ``開会``), the second item's heading again atop page 2
  under the running head, ``第3`` / / ``報告事項`` and ``第4`` / / ``閉会`` after the reports, the pages' numbers bare
  at their feet (``1``, ``2``), the close narrated with its speaker (``最後に、副会長から、…との挨拶があり、閉会した。``).
"""
from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from make_agenda19 import document
from make_heads17 import page_field

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"

#: the running head atop each page
HEAD = "みずほ市男女共同参画審議会（第２回）"
COUNCIL = [
    ("p", "第２回みずほ市男女共同参画審議会　会議録"),
    ("p", "日時　令和８年７月８日（水）午後２時から午後３時３０分まで"),
    ("p", "場所　みずほ市役所　３階　第２会議室"),
    ("p", "出席委員　北条会長、井上副会長、三木委員、沢田委員、野口委員、堀田委員"),
    ("p", "事務局　市民協働課長、同課男女共同参画係長"),
    ("p", "会議次第"),
    ("table", [("１", "開会"), ("２", "議題"), ("（１）", "第３次プランの進捗について"),
               ("（２）", "市民意識調査の項目について"), ("３", "その他"), ("４", "閉会")]),
    ("p", "○会長　ただいまから第２回審議会を開会します。本日は議題が二つあります。まず、第３次プランの進捗について、"
          "事務局から説明をお願いします。"),
    ("p", "○市民協働課長　資料１に基づき、プランの進捗状況を説明いたします。昨年度は三十の事業のうち二十五の事業が"
          "計画どおりに進みました。残る五つの事業は、担当課の人員の不足により一部を来年度に繰り越しております。"
          "特に、事業所向けの出前講座は、申込みが想定を下回りました。"),
    ("p", "○三木委員　計画どおりでない五つの事業について、来年度はどのように進めるのでしょうか。人員が足りないので"
          "あれば、外部の団体との協働も考えてはどうかと思います。"),
    ("p", "○市民協働課長　御指摘のとおり、地域の女性団体やＮＰＯとの協働を検討しております。来年度の予算要求に"
          "合わせて、具体的な役割分担をお示ししたいと考えております。"),
    ("p", "○沢田委員　出前講座の申込みが少ないのは、事業所に情報が届いていないからではないでしょうか。商工会議所の"
          "会報に載せていただくなど、周知の方法を変えるべきだと思います。"),
    ("p", "○男女共同参画係長　商工会議所とは来月に打合せを予定しておりますので、会報への掲載をお願いしてまいります。"),
    ("p", "○会長　次に、市民意識調査の項目について、事務局から説明をお願いします。"),
    ("p", "○男女共同参画係長　資料２を御覧ください。前回の調査から五年がたちますので、設問を見直しました。"
          "新たに、家事の分担と働き方について、それぞれ二問ずつ加えております。"),
    ("p", "○野口委員　若い世代の回答が前回は少なかったと聞いています。ウェブで回答できるようにするなど、"
          "答えやすくする工夫が必要だと思います。"),
    ("p", "○堀田委員　設問の数が多いと途中でやめてしまう人が出ます。全体の数を減らすことも考えていただきたい。"),
    ("p", "○男女共同参画係長　ウェブでの回答は今回から導入いたします。設問の数については、いただいた御意見を"
          "踏まえて絞り込みます。"),
    ("p", "○会長　ほかに御意見がなければ、本日の議題は以上とします。"),
    ("table", [("３", "その他")]),
    ("p", "事務局から、次回の審議会は１１月に開催する予定である旨の連絡があった。"),
    ("table", [("４", "閉会")]),
    ("p", "会長から、本日の意見を踏まえて今後の運営に生かしてほしい旨の発言があり、閉会となった。"),
]


#: written apart, by hand, in plain pdftotext's shape (form feeds, bare page numbers, a running head)
TRANSPORT = """\
ひかり町地域公共交通会議（令和８年度第１回）議事要旨

日 時：令和８年５月２０日（水）１０時００分～１１時３０分

場 所：ひかり町役場 ２階 大会議室

出席者：委員１２名（うち代理出席２名）、事務局（企画課）４名

次第

第1

開会

第2

協議事項

⑴

デマンド交通の運行区域の拡大について

⑵

バス停留所の移設について

第3

報告事項

第4

閉会

議事の概要

事務局（企画課）より、資料１に基づき、デマンド交通の運行区域を令和９年度から東地区まで
広げる案について説明があった。

委員から、東地区は高齢者の世帯が多く、予約の電話がつながりにくいとの声があるため、受付の
時間を延ばしてほしいとの意見があった。

事務局から、受付の時間は運行事業者と協議のうえ、朝７時からとする方向で調整しているとの回
答があった。

1

\fひかり町地域公共交通会議

⑵

バス停留所の移設について

事務局より、町立病院前の停留所を病院の正面玄関の前に移す案について説明があった。

委員から、移設に伴い道路の幅が狭くなる区間があるため、安全の確保を警察と相談してほしいと
の意見があった。

第3

報告事項

事務局より、昨年度の路線バスの利用者数が前年度より４パーセント増えた旨の報告があった。

第4

閉会

最後に、副会長から、町民の足を守るため引き続き協力をお願いしたいとの挨拶があり、閉会した。

2

\f"""


def write_docx(path: Path, spec: list) -> None:
    """A Word file of ``spec``'s paragraphs and tables (one row a tuple of cells: make_agenda19's), the running
    head ``HEAD`` and a footer with the page's number alone."""
    doc = document(spec)
    doc.sections[0].header.paragraphs[0].text = HEAD
    page_field(doc.sections[0].footer.paragraphs[0].add_run())
    doc.save(str(path))


def pypdf_shape(text: str) -> str:
    """pdftotext's plain text as pypdf gives a page's text: no blank line, no form feed (the page's number in
    the flow, the next page's first line right below it)."""
    lines = [t.replace("\f", "") for t in text.split("\n")]
    return "\n".join(t for t in lines if t.strip()) + "\n"


def main() -> None:
    name = "agenda20-council"
    write_docx(OUT / f"{name}.docx", COUNCIL)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(OUT / f"{name}.docx")],
                       check=True, capture_output=True)
        pdf = Path(tmp) / f"{name}.pdf"
        (OUT / f"{name}.pdf").write_bytes(pdf.read_bytes())
        subprocess.run(["pdftotext", str(pdf), str(OUT / f"{name}-pdftotext.txt")], check=True)
        subprocess.run(["pdftotext", "-layout", str(pdf), str(OUT / f"{name}-layout.txt")], check=True)
    plain = (OUT / f"{name}-pdftotext.txt").read_text(encoding="utf-8")
    (OUT / f"{name}-pypdf.txt").write_text(pypdf_shape(plain), encoding="utf-8")
    assert re.search(r"^４\n\n閉会$", plain, re.M), "the closing row as pdftotext gives it: ４ / / 閉会"
    (OUT / "agenda20-transport-apart-utf16.txt").write_bytes(TRANSPORT.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    main()
