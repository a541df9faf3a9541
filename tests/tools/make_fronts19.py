"""Write the records of session 19's fronts19 — front-matter lists in the shapes Word files give them
(fictional bodies, names and sentences; no source fetched). Run from the repository:
``python tests/tools/make_fronts19.py`` (needs python-docx; soffice and pdftotext for the PDF ones).

- ``fronts19-heads.docx``: a 検討会's 議事録 typed in Word: a list's head and its first entry on one line,
  the rest one a paragraph indented under it (``構成員: 北川　健（みなと大学大学院教授）`` /
  ``　　　　南　千尋（…）``), ``オブザーバー: 総務省自治行政局``, ``出席者：北川座長、…``, and the
  attendance by place (``【会議室】…`` / ``【オンライン】…``), ``事務局：`` with posts and names, ``欠席：…``;
  then ``出席委員：`` and its entries in a Word table's cells, and the turns ``座長：…``.
- ``fronts19-heads.pdf``: that .docx made into a PDF by LibreOffice (read from the .pdf);
  ``fronts19-heads-pdftotext.txt`` (plain pdftotext) and ``fronts19-heads-layout.txt`` (pdftotext -layout).
- ``fronts19-seats-cp932.txt``: a 審議会's 会議録 in CP932 with CRLF: ``（会場出席）`` / ``（Web出席）`` heads with
  lists under them, ``事務局：`` posts and names over lines, ``欠席：…``.
- ``fronts19-seats-pypdf-bom.txt``: the same kind of front in pypdf's shape (UTF-8 with BOM, CRLF; written
  here in that shape: pypdf is not installed where this was written).
- ``fronts19-apart-*``: written apart after the rules (other heads: 委員：/ 出席者（五十音順）, other names).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def docx(name: str, parts: list) -> None:
    """Paragraphs (str), a paragraph in a list style (("List Number", text)) or a table (a list of rows)."""
    from docx import Document
    d = Document()
    for p in parts:
        if isinstance(p, str):
            d.add_paragraph(p)
        elif isinstance(p, tuple):
            d.add_paragraph(p[1], style=p[0])
        else:
            t = d.add_table(rows=len(p), cols=len(p[0]))
            for r, row in enumerate(p):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    d.save(OUT / name)


def pdf_of(docx_name: str, pdf_name: str, text_name: str, layout_name: str) -> None:
    """The .docx made into a PDF by LibreOffice and read by plain pdftotext (make_fates18's), then read by
    ``pdftotext -layout`` into ``layout_name``."""
    from make_fates18 import OUT as fates18_out, pdf_of as fates18_pdf
    assert fates18_out == OUT
    fates18_pdf(docx_name, pdf_name, text_name)
    subprocess.run(["pdftotext", "-layout", str(OUT / pdf_name), str(OUT / layout_name)], check=True)


HEADS = ("fronts19-heads.docx", [
    "第３回　地域交通あり方検討会　議事録",
    "日時：令和７年１０月９日（木）１４時００分～１６時００分",
    "場所：みなと市役所　第１会議室",
    "構成員: 北川　健（みなと大学大学院教授）【座長】",
    "　　　　南　千尋（株式会社さくら総研主任研究員）",
    "　　　　東山　亮（弁護士）",
    "　　　　西野　まどか（みなと市民活動センター長）",
    "オブザーバー: 総務省自治行政局",
    "出席者：北川座長、南委員、東山委員",
    "【会議室】北川座長、南委員",
    "【オンライン】東山委員、西野委員",
    "事務局：",
    ("List Bullet", "都市交通課長　村田　一郎"),
    ("List Bullet", "都市交通課主査　小池　葵"),
    "欠席：なし",
    [["出席委員：", "北川座長"], ["", "南委員"], ["", "東山委員"]],
    ("List Number", "開会"),
    ("List Number", "議事"),
    "座長：ただいまから第３回検討会を開会します。本日は、バス路線の再編案について御議論いただきます。",
    "事務局：資料１により再編案を御説明します。利用の少ない三路線を、予約制の乗合タクシーに切り替える案です。",
    "南委員：予約の方法が電話だけでは、若い世代が使いにくいのではないか。",
    "事務局：スマートフォンからの予約も受け付ける予定です。",
    "東山委員：運行の事業者を選ぶ手続を、早めに示してほしい。",
    "座長：本日の御意見を踏まえて、再編案を修正します。以上で閉会します。",
])

SEATS = ("fronts19-seats-cp932.txt", "cp932", """\
令和７年度第２回あおぞら市環境審議会　会議録

開催日時：令和７年１１月５日（水）午後２時～午後３時３０分

開催場所：あおぞら市役所　本庁舎５階　大会議室

出席委員
（会場出席）
井上会長
岡田副会長
片山委員
（Web出席）
久保委員
小島委員

事務局
環境部長　坂本　紀子
環境政策課長　島田　浩

欠席
高野委員

会長：ただいまから審議会を開会します。本日は、ごみ減量の計画について御意見をいただきます。

環境政策課長：資料２により、計画の素案を御説明します。家庭ごみの量を五年で一割減らす目標です。

片山委員：事業所のごみの目標も、あわせて示すべきではないか。

環境政策課長：事業所分は、次回の審議会でお示しします。

会長：以上で本日の審議会を終了します。
""")

SEATS_PYPDF = ("fronts19-seats-pypdf-bom.txt", "utf-8-sig", """\
令和７年度第１回はやて町公共交通会議　議事要旨
１　日時　令和７年８月２０日（水）１０：００～１１：３０
２　場所　はやて町役場　第２会議室
３　出席者
委員：中村 修　はやて町商工会長（会長）
野口 さやか　はやて町区長会
浜田 進　はやてバス株式会社
【会議室】
中村会長
野口委員
【オンライン】
浜田委員
事務局：まちづくり課長　藤本　誠
欠席
平野委員
４　議事
会長：ただいまから会議を開会します。
まちづくり課長：資料１により、町営バスの運行計画を御説明します。朝の便を一本増やす案です。
浜田委員：増やす便の時刻は、高校の始業に合わせてほしい。
1
はやて町公共交通会議　議事要旨
まちづくり課長：高校と相談して決めます。
会長：以上で本日の会議を終了します。
2
""")


# written apart, after the rules (other heads, other names, other words): a 文化振興審議会's 議事録 typed in Word,
# 出席者（五十音順）： with its first entry and the seat after it, the rest under it; 委員： over a Word list;
# 【会場】 / 【Web】 in a table's cells with a member named alone a cell; 事務局 and 欠席委員 alone over their entries
APART_DOCX = ("fronts19-apart-culture.docx", [
    "令和７年度第４回さくら台市文化振興審議会　議事録",
    "開催日時：令和７年１２月１２日（金）午前１０時～正午",
    "開催場所：さくら台市民会館　２階　研修室",
    "出席者（五十音順）：相川　美帆（さくら台芸術大学准教授）（会長）",
    "　　　　　　　　　　石田　宗一郎（さくら台市文化協会理事）",
    "　　　　　　　　　　上野　菜々子（公募市民）",
    "委員：",
    ("List Bullet", "江口　勝（さくら台商工会議所）"),
    ("List Bullet", "大塚　ひとみ（ＮＰＯ法人まちとアート）"),
    [["【会場】", "相川会長"], ["", "石田委員"], ["【Web】", "上野委員"]],
    "事務局",
    ("List Bullet", "文化スポーツ部長　川村　亜紀"),
    ("List Bullet", "文化振興課長　菊池　大地"),
    "欠席委員",
    "江口委員",
    "会長：おはようございます。ただいまから第４回審議会を始めます。",
    "文化振興課長：資料１に沿って、文化振興計画の中間評価を御報告いたします。",
    "石田委員：若い世代の参加を数字で示してほしい。",
    "文化振興課長：次回、年代別の参加者数をお示しします。",
    "上野委員：市民会館の予約をインターネットでできるようにしてほしい。",
    "会長：それでは、本日の審議を終わります。",
])

# written apart, after the rules: a 防災会議's 会議要旨 saved as UTF-8 with a BOM and CRLF: 委員：name, post and
# seat on the head's line, （会場出席者） / （オンライン出席者） over lists, 事務局： posts and names over lines, 欠席：
APART_TXT = ("fronts19-apart-disaster-bom.txt", "utf-8-sig", """\
みずほ町防災会議　令和７年度第１回　会議要旨

日時　令和７年６月３日（火）午後３時から午後４時まで
場所　みずほ町役場　３階　会議室

委員：森本　和夫　みずほ町長（会長）
　　　安藤　里美　みずほ消防署長
　　　柳田　悟　みずほ町社会福祉協議会事務局長
（会場出席者）
　森本会長、安藤委員
（オンライン出席者）
　柳田委員
事務局：総務課長　吉岡　隆
　　　　総務課防災係長　渡部　みのり
欠席：なし

会長：ただいまから防災会議を開会いたします。

総務課防災係長：資料１により、地域防災計画の修正案を御説明します。避難所の数を二か所増やします。

安藤委員：新しい避難所までの道に、夜間の照明が足りないのではないか。

総務課長：照明の設置は、来年度の予算で対応いたします。

会長：以上で会議を終わります。
""")


def main() -> None:
    docx(*HEADS)
    docx(*APART_DOCX)
    if "--no-pdf" not in sys.argv:
        pdf_of("fronts19-heads.docx", "fronts19-heads.pdf", "fronts19-heads-pdftotext.txt", "fronts19-heads-layout.txt")
        pdf_of("fronts19-apart-culture.docx", "fronts19-apart-culture.pdf", "fronts19-apart-culture-pdftotext.txt",
               "fronts19-apart-culture-layout.txt")
    for name, encoding, text in (SEATS, SEATS_PYPDF, APART_TXT):
        (OUT / name).write_bytes(text.replace("\n", "\r\n").encode(encoding))


if __name__ == "__main__":
    main()
