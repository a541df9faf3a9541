"""Write the records of session 18's fates18 — front matter read as speech in the shapes Word and
PDF give it (fictional bodies, names and sentences; no source fetched). Run from the repository:
``python tests/tools/make_fates18.py`` (needs python-docx; soffice and pdftotext for the PDF ones).

- ``fates18-members.docx``: a 検討会's 議事録 typed in Word, its attendee list one paragraph a member
  under list heads with a colon (``構成員:`` / ``　宮坂 昇（東海情報大学 教授）【座長】`` …,
  ``オブザーバー：`` / ``総務省情報流通行政局　西田 康介 課長``, ``内閣府：`` / ``副大臣、沢村 審議官、…ほか``),
  the record's title ``議事録`` below the list, then ``１．開会`` and the turns ``label：speech``.
- ``fates18-members.pdf``: the same .docx converted to PDF by LibreOffice (read from the .pdf), and
  ``fates18-members-pdftotext.txt``: that PDF read by plain pdftotext.
- ``fates18-rooms-pypdf.txt``: a 委員会's 議事要旨 in pypdf's shape (written here in that shape: pypdf
  is not installed where this was written): the attendance by place in brackets run together on one
  line (``【本会議室】…委員長、…【ウェブ会議】…``), （説明者） rows two to a line, ``事務局：…事務局長、…参事官``.
- ``fates18-posts-cp932.txt``: a 協議会's 会議録 saved as CP932 with CRLF: a role head over a list
  of posts going on over lines (``（事務局）`` / ``地域振興部交通政策課長、交通政策課企画官、``), a
  count of attendees, the narrated close after the last turn (``会長が閉会を宣し、…散会した。``).
- ``fates18-apart-*``: written apart after the rules (other list heads, other layouts).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"


def docx(name: str, paragraphs: list[str]) -> None:
    from docx import Document
    d = Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(OUT / name)


def pdf_of(docx_name: str, pdf_name: str, text_name: str | None) -> None:
    """The .docx made into a PDF by LibreOffice, kept as ``pdf_name``; read by plain pdftotext
    into ``text_name``."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(OUT / docx_name)],
                       check=True, capture_output=True)
        made = Path(tmp) / Path(docx_name).with_suffix(".pdf").name
        shutil.copyfile(made, OUT / pdf_name)
        if text_name:
            subprocess.run(["pdftotext", str(made), str(OUT / text_name)], check=True)


MEMBERS = ("fates18-members.docx", [
    "第４回　地域データ連携検討会",
    "日時：令和７年１１月１８日（火）１０時００分～１２時００分",
    "場所：中央合同庁舎第８号館　共用会議室",
    "構成員:",
    "　宮坂 昇（みなと情報大学 教授）【座長】",
    "　有村 千夏（弁護士・あおば法律事務所）",
    "　桑原 徹（みなと市 デジタル推進課長）",
    "　日比野 彩（一般社団法人まちづくりデータ協会 理事）",
    "オブザーバー：",
    "総務省情報流通行政局　西田 康介 課長",
    "株式会社ひまわり総研　岸 早苗 主任研究員",
    "内閣府：",
    "副大臣、沢村審議官、小野寺参事官ほか",
    "議事録",
    "１．開会",
    "座長：ただいまから第４回検討会を開会します。本日は、報告書の骨子案について御議論いただきます。",
    "事務局：資料１により骨子案を御説明します。自治体が持つデータを共通の形式で公開する仕組みを柱としています。",
    "有村構成員：個人が特定されない加工の基準を、骨子の段階で明記すべきではないか。",
    "事務局：加工の基準は、次回までに案をお示しします。",
    "桑原構成員：小さな自治体には人手がないので、国の支援を書き込んでほしい。",
    "座長：本日の御意見を踏まえて、骨子案を修正します。以上で閉会します。",
    "座長が閉会を宣し、午前１１時５０分に散会した。",
])

ROOMS = ("fates18-rooms-pypdf.txt", "utf-8", """\
第９回データ流通委員会　議事要旨
１．日時　令和７年１０月２２日（水）１４：００～１６：００
２．場所　本会議室及びウェブ会議
【本会議室】相馬委員長、上条委員長代理、穂積委員【ウェブ会議】天野委員、北条委員、三輪委員
（説明者）株式会社データみらい研究所　真田研究員一般社団法人データ流通推進協会　大西専務理事
事務局：笠井事務局長、宮内参事官ほか
３．議事
（１）データ取引市場の現状について
相馬委員長：それでは、本日の議事に入ります。まず、説明者から御説明をお願いします。
真田研究員：資料１により、データ取引市場の現状を御説明します。取引の件数は三年で二倍に増えております。
大西専務理事：協会では、取引の契約のひな形を公開しております。
天野委員：中小企業が参加しやすい仕組みが必要ではないか。
1
第９回データ流通委員会　議事要旨
真田研究員：来年度に、中小企業向けの相談窓口を設ける予定です。
相馬委員長：以上で本日の委員会を終了します。
出席：委員６名（うちウェブ会議３名）、説明者２名
2
""")

POSTS = ("fates18-posts-cp932.txt", "cp932", """\
令和７年度第２回みどり地域交通協議会　会議録

日　時：令和７年９月１０日（水）午後１時３０分～午後３時

場　所：みどり市役所　大会議室

概　要：事務局から資料に基づき説明を行った後、意見交換を行った。

ヒアリング対象者：丸山氏

（事務局）
地域振興部交通政策課長、交通政策課企画官、
交通政策課主査

会長：ただいまから協議会を開会します。

事務局：資料１により、バス路線の利用状況を御説明します。昨年度より利用者が一割増えました。

吉川委員：高齢者の利用が増えているのではないか。

事務局：七十歳以上の利用が特に増えております。

会長：それでは、以上で本日の議事を終了します。

会長が閉会を宣し、午後３時に散会した。
""")

# written apart, after the rules (other list heads, other layouts, other names): a 子ども・子育て会議's
# 会議録 typed in Word, the list heads 委員：/ 説明者：/ 事務局： one member a paragraph, a body's name in
# kana (社会福祉法人ひばり福祉会, ＮＰＯ法人こどもの森), 【会長】 after a member, ほか２名, the narrated close
APART_DOCX = ("fates18-apart-children.docx", [
    "令和７年度第３回ひばり市子ども・子育て会議　会議録",
    "開催日時：令和７年１２月３日（水）午後６時３０分～午後８時",
    "開催場所：ひばり市役所　３階　第２会議室",
    "委員：",
    "堀田 真理子（ひばり短期大学 教授）【会長】",
    "三宅 健吾（社会福祉法人ひばり福祉会 理事長）",
    "ＮＰＯ法人こどもの森　代表理事　須藤 ゆかり",
    "ひばり市ＰＴＡ連合会　会長　戸田 亮",
    "説明者：",
    "株式会社あすなろ計画研究所　主任研究員　関 大輔",
    "事務局：",
    "こども未来部長、子育て支援課長ほか２名",
    "会議録",
    "会長：ただいまから第３回会議を開会します。",
    "子育て支援課長：資料１により、放課後児童クラブの利用状況を御説明します。待機児童が三十人おります。",
    "三宅委員：夏休みだけの利用を受け入れる仕組みを検討してほしい。",
    "子育て支援課長：来年度に試行する方向で調整しております。",
    "会長：以上で本日の会議を終わります。",
    "会長が閉会を宣言し、午後７時５０分に散会した。",
])

# written apart, after the rules: a 審議会's 議事概要 in pypdf's shape, the attendance by place in 〔〕 run
# together with the members (〔会場〕…〔オンライン〕…), （オブザーバー） rows two to a line, the absentees
# counted after the last turn
APART_PYPDF = ("fates18-apart-council-pypdf.txt", "utf-8", """\
第５回まちなか景観審議会　議事概要
日時：令和７年１１月２７日（木）１０：００～１１：３０
〔会場〕今井会長、小山副会長、千田委員〔オンライン〕松尾委員、みなみ野 委員、塚本委員
（オブザーバー）
株式会社さくらまち設計　藤井技術部長国土交通省都市局　西村課長補佐
（事務局）都市整備部長、景観まちづくり課長ほか
議事
今井会長：それでは、第５回の審議会を始めます。
景観まちづくり課長：資料１により、駅前通りの景観計画の変更案を御説明します。看板の高さの基準を見直すものです。
千田委員：既存の看板はいつまでに直す必要がありますか。
1
第５回まちなか景観審議会　議事概要
景観まちづくり課長：五年の猶予期間を設ける予定です。
今井会長：本日の審議はここまでとします。
欠席：委員２名
2
""")


def main() -> None:
    docx(*MEMBERS)
    docx(*APART_DOCX)
    if "--no-pdf" not in sys.argv:
        pdf_of("fates18-members.docx", "fates18-members.pdf", "fates18-members-pdftotext.txt")
        pdf_of("fates18-apart-children.docx", "fates18-apart-children.pdf", None)
    for name, encoding, text in (ROOMS, POSTS, APART_PYPDF):
        data = text.replace("\n", "\r\n") if encoding == "cp932" else text
        (OUT / name).write_bytes(data.encode(encoding))


if __name__ == "__main__":
    main()
