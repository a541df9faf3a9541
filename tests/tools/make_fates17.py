"""Write the records of session 17's fates17 — front matter shaped like labels read as speech
(fictional bodies, names and sentences; no source fetched). Run from the repository:
``python tests/tools/make_fates17.py`` (needs python-docx; soffice and pdftotext for the PDF one).

- ``fates17-front-table.docx``: a 部会's 議事録 typed in Word, its front matter in a 2-column table
  (``１日時 | 令和…``, ``３出席者 | 部会長：…`` with the rows of people in one cell, ``５傍聴者 | １名``),
  a second table of post | name (``教育長 | 平井　克己``), the turns ``label：speech``, the recorder's line
  at the end.
- ``fates17-front-fields-pdftotext.txt``: a 教育委員会's 会議録 as an HTML page made into a PDF with
  LibreOffice and read back with plain pdftotext: ``日時：``, ``場所：``, each member ``post：name``,
  ``コーディネーター：地方行財政アドバイザー``, ``担当課：…（課長、内藤係長）``, a short first turn.
- ``fates17-attendees-pypdf.txt``: a 審議会's 議事録 in pypdf's shape (written here in that shape: no
  blank lines, the table's cells one a line, the attendee rows run together on one line, the page's
  number and the running head inside the flow) — pypdf is not installed where this was written.
- ``fates17-seats-cp932.txt``: a 子ども議会's 会議録 saved as CP932 with CRLF: a seat list
  (``１番　日高　陽菜（…）　２番　…``), ``議題：``, ``傍聴者：``, the recorder's line at the end.
- ``fates17-closing-attendees-eucjp.txt``: a 図書館協議会's 会議録 saved as EUC-JP, its attendees listed
  after the last turn under 【出席者】, ``post：name`` a line.
- ``fates17-apart-*``: written apart after the rules (other fields, other list layouts).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"


def docx(name: str, title: str, tables: list[list[tuple[str, str]]], body: list[str]) -> None:
    from docx import Document
    d = Document()
    d.add_paragraph(title)
    for rows in tables:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            cells = t.add_row().cells
            cells[0].text = a
            cells[1].text = b
        d.add_paragraph("")
    for p in body:
        d.add_paragraph(p)
    d.save(OUT / name)


def pdftotext(name: str, paragraphs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "r.html"
        html.write_text('<html><head><meta charset="utf-8"></head><body><p>&nbsp;</p>'
                        + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>", encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(html)],
                       check=True, capture_output=True)
        subprocess.run(["pdftotext", str(html.with_suffix(".pdf")), str(OUT / name)], check=True)


TABLE = ("fates17-front-table.docx", "みなと県環境審議会水辺部会　議事録",
         [[("１日時", "令和７年１２月２日（火）午後２時から午後３時３０分まで"),
           ("２場所", "県庁東庁舎３階第１会議室"),
           ("３出席者", "部会長：樫村 直哉\n委員：宗像 礼子、大原 健\n専門委員：土肥 昭彦、桐生 さやか"),
           ("４議題", "水辺の利用ルールについて"),
           ("５傍聴者", "１名")],
          [("環境政策課長", "岩渕　誠"), ("環境政策課長補佐", "西尾　篤志")]],
         ["部会長：ただいまから部会を開きます。",
          "事務局：資料１により水辺の利用ルール案を御説明いたします。夏季の利用者が増えています。",
          "宗像委員：子どもの安全のため、監視員の配置を検討してほしい。",
          "事務局：関係機関と協議してまいります。",
          "部会長：以上で本日の部会を終わります。",
          "記録者　環境政策課　新庄　なつみ"])

FIELDS = ("fates17-front-fields-pdftotext.txt", [
    "あさひ市教育委員会１１月定例会　会議録",
    "日時：令和７年１１月２５日（火）午後１時３０分～午後２時４５分",
    "場所：市役所本庁舎５階第２委員会室",
    "教育長：平井　克己",
    "委員：大橋　千尋（教育長職務代理者）",
    "委員：森田　和人",
    "委員：石井　美咲",
    "事務局：教育部長　川村　悟、学校教育課長　中野　恵",
    "コーディネーター：地方行財政アドバイザー",
    "担当課：都市建設部公園緑地課（課長、内藤係長）",
    "教育長：開会します。",
    "教育長：議案第１号について、事務局から説明をお願いします。",
    "学校教育課長：議案第１号は、学校給食費の改定についてです。食材の価格の上昇を受けて、一食当たり二十円を改定するものです。",
    "大橋委員：保護者への周知はいつ頃を予定していますか。",
    "学校教育課長：１月の広報とホームページでお知らせする予定です。",
    "教育長：それでは採決します。原案のとおり可決しました。以上で閉会します。",
])

PYPDF = ("fates17-attendees-pypdf.txt", "utf-8", """\
令和７年度第２回みなと県河川環境審議会　議事録
１日時
令和７年１２月９日（火）午前１０時から正午まで
２場所
県庁東庁舎３階大会議室
３出席者
出席委員：樫村 直哉（会長）、宗像 礼子、大原 健専門委員：土肥 昭彦、桐生 さやか
環境森林部水環境課長：岩渕 誠、同課長補佐 西尾 篤志
４傍聴者
１名
会長：ただいまから審議会を開会します。本日は、河川環境保全計画の改定について御審議いただきます。
河川課長：資料１により御説明いたします。主な河川の水質は、この十年で改善が進んでおります。一方で、
支流の一部では夏季に基準を超える地点が残っております。
宗像委員：支流の調査地点を増やすべきではないか。
1
令和７年度第２回みなと県河川環境審議会　議事録
河川課長：来年度から調査地点を三か所増やす予定です。
土肥専門委員：住民が参加する水辺の観察会も、計画に位置付けてほしい。
会長：以上で本日の審議会を閉会します。
2
""")

SEATS = ("fates17-seats-cp932.txt", "cp932", """\
みどり町子ども議会　会議録

日時：令和７年８月５日（火）午前１０時

場所：町議会議場

出席議員：１番　日高　陽菜（東小学校６年）　２番　堀　蒼真（西小学校６年）

　　　　　３番　千葉　結衣（南小学校６年）　４番　藤井　湊（北小学校６年）

議題：町への提案について

傍聴者：１５名

議長（日高陽菜さん）：ただいまから子ども議会を開会します。

２番（堀蒼真さん）：公園に遊具を増やしてほしいです。

町長：ご提案ありがとうございます。来年度に公園の点検をして、検討してまいります。

４番（藤井湊さん）：通学路に街灯を増やしてください。

町長：暗い場所を調べて、順番に設置します。

議長（日高陽菜さん）：以上で閉会します。

記録者　議会事務局　新庄　なつみ
""")


CLOSING = ("fates17-closing-attendees-eucjp.txt", "euc-jp", """\
第３回ひかり市図書館協議会　会議録
令和７年１２月２日（火）午後２時〜午後４時

委員長：ただいまから協議会を開会します。
館長：資料１により説明します。貸出冊数は前年より増えています。
岡本委員：電子書籍の利用状況はどうか。
館長：登録者は約２千人です。
委員長：以上で閉会します。

【出席者】
委員長：水野　大輔
委員：岡本　由美、川口　翔太
事務局：館長　吉岡　礼、奉仕係長　宮田　健
""")


# written apart, after the rules: a 農業委員会's 総会 typed in Word as one table, the front matter's rows
# (開催日時, 会場, 出席委員 by seat, 欠席委員 | なし, 事務局, 傍聴人 | ２人) above the turns' rows, the
# record's maker in a paragraph at the end
APART_TABLE = ("fates17-apart-board-table.docx", "第５回さくら町農業委員会総会　会議録",
               [[("開催日時", "令和７年１１月１４日（金）　午後１時３０分〜午後２時２０分"),
                 ("会場", "さくら町役場　２階　大会議室"),
                 ("出席委員", "１番　村上　達也　　２番　小西　ゆかり　　３番　遠藤　浩"),
                 ("欠席委員", "なし"),
                 ("事務局", "事務局長　佐久間　徹、主査　平野　ちひろ"),
                 ("傍聴人", "２人"),
                 ("会長", "ただいまから第５回総会を開会します。"),
                 ("事務局長", "議案第１号、農地法第３条の規定による許可申請について御説明します。申請地は畑一筆です。"),
                 ("２番", "申請者は営農の経験がありますか。"),
                 ("事務局長", "隣の集落で十年以上耕作しております。"),
                 ("会長", "原案のとおり許可することに決しました。以上で閉会します。")]],
               ["会議録作成者　農業委員会事務局　平野　ちひろ"])

# written apart, after the rules: a 地域公共交通会議 as a page with a 2-column table of its fields made into
# a PDF by LibreOffice and read back by pdftotext (each cell its own block), members listed post　name,
# the turns marked ○, the attendees once more after the last turn under （出席者）
def _cells(rows: list[tuple[str, str]]) -> str:
    return '<table border="1" cellpadding="2">' + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


APART_FIELDS = ("fates17-apart-transport-pdftotext.txt", [
    "はやせ市地域公共交通会議（第３回）議事録",
    _cells([("会議名", "はやせ市地域公共交通会議"),
            ("開催日", "令和７年１０月２８日（火）"),
            ("開催場所", "はやせ市役所　第１会議室"),
            ("会長", "島田　浩一（はやせ大学教授）"),
            ("委員", "はやせ交通　運行課長　吉村　亮／市民代表　土屋　かなえ"),
            ("オブザーバー", "運輸支局　首席運輸企画専門官")]),
    "○会長　ただいまから第３回の会議を開会します。",
    "○交通政策課長　資料１により、路線バスの再編案を御説明します。利用の少ない２路線をデマンド交通に切り替えます。",
    "○土屋委員　予約の方法が電話だけでは、若い人が使いにくいのではないか。",
    "○交通政策課長　来年度からスマートフォンでも予約できるようにします。",
    "○会長　以上で本日の会議を終わります。",
    "（出席者）",
    "会長　島田　浩一",
    "委員　吉村　亮、土屋　かなえ",
    "記録者：交通政策課　長尾　舞",
])


def main() -> None:
    docx(*TABLE)
    docx(*APART_TABLE)
    if "--no-pdf" not in sys.argv:
        pdftotext(*FIELDS)
        pdftotext(*APART_FIELDS)
    for name, encoding, text in (PYPDF, SEATS, CLOSING):
        data = text.replace("\n", "\r\n") if encoding == "cp932" else text
        (OUT / name).write_bytes(data.encode(encoding))


if __name__ == "__main__":
    main()
