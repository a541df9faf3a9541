"""Write the records of session 20's roles20 (who a label names: a unit in brackets is the post, a spaced full
name's surname is its first piece, a name glued to a post split where the record's own lists split it, a front
table's row of the secretariat's posts and names is front matter). Every name, body and sentence is fictional
(written for this project; no source fetched).

- ``roles20-labels-pdftotext-cp932.txt``: a city's 景観審議会 議事録 as pdftotext prints it (a page number
  ``－ 1 －``, a form feed, lines broken at the width), saved as CP932 with CRLF; ``label：speech`` turns.
- ``roles20-labels-apart-pypdf-eucjp.txt``: written apart, a town's 森林・林業審議会 林業部会 as pypdf gives it
  (no blank lines, the page's foot and the next page's head inside a turn), EUC-JP; ``○label　speech`` turns.
- ``roles20-glued-unit-person-pdftotext.txt``: a town's 子ども・子育て会議 会議録 as pdftotext prints it (UTF-8, a
  page number), ○label over its speech, the unit and the person glued in 事務局's brackets (事務局（子育て支援課水野）),
  a label broken inside its bracket (事務局（子育て支援課 / 北原）).
- ``roles20-glued-unit-person-apart-pypdf-utf16.txt``: written apart, a city's 観光振興協議会 議事要旨 as pypdf gives it
  (UTF-16 with CRLF, the page's foot ``1/2`` and head inside), label：speech, 事務局（商工観光課田村）,
  事務局（観光案内センター浜口）, 説明員（港湾事務所伊藤）.
- ``roles20-front-row.docx``: a Word record, a two-column front table whose last row is 事務局 | its posts and
  names, then a 時刻 | 発言者 | 発言内容 table (``make_section_rows.record``).
- ``roles20-front-row-apart.docx``: written apart, 説明員 | its posts and names, then 番号 | 発言者 | 発言内容.

    python tests/tools/make_roles20.py OUTDIR    (the .docx need python-docx)
"""
import sys
from pathlib import Path

LABELS = """令和８年度第２回　みどり市景観審議会　議事録

１　日時　　令和８年５月１２日（火）午前１０時から午前１１時３０分まで

２　場所　　みどり市役所本庁舎　第３会議室

３　出席者
　委員　　乙部　和彦（会長）、北川　恵、南　大輔、長谷部　修一
　事務局　森　一郎（下水道課長）、水野　誠（都市計画課長）、北村　里美（都市計画課主査）

４　議事
（１）景観計画の見直しについて
（２）屋外広告物の基準について

５　議事の経過

会長（乙部　和彦）：ただいまから令和８年度第２回みどり市景観審議会を開会します。本日は委員４名全員の
出席をいただいております。
事務局（都市計画課）：資料１に基づきまして、景観計画の見直しの方針をご説明します。重点地区を３か所から
５か所に広げることを考えております。
委員（北川　恵）：重点地区を広げると、届出の件数も増えると思います。窓口の体制はどうなりますか。
事務局（水野）：届出の審査は、来年度から担当を２名に増やして対応します。
委員（長谷部　修一）：川沿いの地区では、下水道の工事とあわせて電線の地中化を進められないでしょうか。

－ 1 －
\f森下水道課長：下水道の工事の時期は、地区ごとに異なります。地中化とあわせられる区間を調べて、次回
お示しします。
会長（乙部　和彦）：それでは、議事（２）に移ります。
南委員：屋外広告物の基準について、色の決まりをもう少し分かりやすくしてほしいです。
事務局（都市計画課　北村）：色の基準は、見本の図を付けた手引きを作ります。
事務局（水野課長）：補足いたします。手引きは秋までにお示しします。
会長（乙部　和彦）：以上で本日の審議会を閉会します。

－ 2 －
"""

APART = """あおば町森林・林業審議会　林業部会　議事録
日　時　令和８年７月２２日（水）１４時００分から１５時４０分まで
場　所　あおば町役場　２階大会議室
出席委員　氷室 恵（部会長）、阿部 誠、川口 純子、大西 健太
説明員　林政課長　藤森　健、田園整備課長
事務局　産業振興課長　長谷部　透、同課主事　杉山　葵
議　題
１　町有林の間伐計画について
２　その他
○部会長（氷室 恵）　ただいまから林業部会を開会いたします。本日は委員全員が出席しております。
○藤森林政課長　資料１により、今年度の間伐計画を御説明いたします。対象は北地区の町有林、約３０ヘクタールでござ
います。
○委員（阿部 誠）　間伐した木の搬出は、どの道を使う予定でしょうか。
○説明員（林業振興センター）　搬出には林道東線を使います。路面の補修は７月中に終える予定です。
○委員（川口 純子）　田んぼの近くを通る区間がありますので、農家の方への周知をお願いします。
- 1 -
あおば町森林・林業審議会　林業部会
○石田園整備課長　田んぼの脇の区間は、地元の農家組合に文書でお知らせいたします。
○事務局（長谷部）　補足いたします。周知の文書は来週お配りします。
○部会長（氷室 恵）　ほかにございませんか。なければ、以上で本日の部会を閉会いたします。
- 2 -
"""

GLUED = """令和８年度第１回　さくら町子ども・子育て会議　会議録

日時　令和８年６月３日（水）午後２時～午後３時３０分
場所　さくら町役場　３階会議室
出席者　委員　東　真理子（会長）、西田　亮、北野　涼子
　　　　事務局　子育て支援課長　水野　誠、子育て支援課係長　北原　舞

○会長（東　真理子）
　ただいまから第１回子ども・子育て会議を開会します。
○事務局（子育て支援課水野）
　資料１により、計画の進み具合を御説明します。放課後児童クラブの定員を、
来年度は４０人増やす予定です。
○西田委員
　定員を増やしても、指導員が足りなければ受け入れられないと思います。
○事務局（子育て支援課
北原）
　指導員は、町の広報で募集を続けております。今年度は３人採用しました。

－ 1 －

○北野委員
　病児保育の利用の方法を、もっと分かりやすく知らせてください。
○事務局（子育て支援課水野）
　利用の手順をまとめたちらしを、保育所と小学校で配ります。
○会長（東　真理子）
　以上で本日の会議を閉会します。
"""

GLUED_APART = """みなと市観光振興協議会（第２回）議事要旨
１ 日時 令和８年９月１７日（木）１０時から１１時まで
２ 場所 みなと市役所 第２会議室
３ 出席者 委員６名、事務局３名、説明員１名
４ 議事 観光案内の多言語化について
【質疑】
大谷会長：本日は観光案内の多言語化について意見を伺います。事務局から説明をお願いします。
事務局（商工観光課田村）：資料２のとおり、案内板の表示を４か国語にする計画です。今年度は駅前の
１０か所を改めます。
森本委員：外国人の観光客は、スマートフォンで調べる方が多いと思います。案内板だけでなく、ウェブ
の情報も充実させてほしい。
事務局（観光案内センター浜口）：観光案内所のウェブページも、来月から４か国語で公開します。
1/2
みなと市観光振興協議会（第２回）議事要旨
説明員（港湾事務所伊藤）：客船の寄港日には、岸壁に臨時の案内所を置く予定です。
大谷会長：それでは、本日の意見を踏まえて進めてください。
"""

FRONT = [("日時", "令和８年１０月１４日（水）１０時００分～１１時３０分"), ("場所", "町役場　第１会議室"),
         ("出席委員", "乙部会長、北川副会長、岡部委員、南委員"), ("事務局", "企画課長　水野、企画課主査　北村")]
TURNS = [
    ("時刻", "発言者", "発言内容"),
    ("10:00", "会長", "ただいまから第３回地域公共交通会議を開会します。本日は乗合タクシーの見直しについて御意見をいただきます。"),
    ("10:02", "事務局（企画課）", "資料１により御説明します。予約の受付を前日の夕方までとし、運行の区域を東地区まで広げる案です。"),
    ("10:15", "委員（岡部　健）", "東地区は坂が多く、高齢の方の利用が見込まれます。乗降の場所を多めに設けてください。"),
    ("10:18", "事務局（水野課長）", "乗降の場所は、地区の自治会と相談して決めてまいります。"),
    ("11:25", "会長", "本件は事務局の案のとおり進めることとします。以上で閉会します。"),
]
FRONT_APART = [("開催日", "令和８年１２月３日（木）"), ("会場", "かもめ市役所　第４委員会室"),
               ("出席者", "浜田委員長、岸副委員長、磯部委員"), ("説明員", "建設部長　高田　進、道路維持課長　浜口　亮")]
TURNS_APART = [
    ("番号", "発言者", "発言内容"),
    ("1", "委員長", "それでは第３回公共施設評価委員会を始めます。本日は橋の長寿命化計画について審議します。"),
    ("2", "説明員（道路維持課）", "計画の概要を御説明します。点検の結果、早めに補修が必要な橋は１２か所でございます。"),
    ("3", "委員（磯部 亮子）", "１２か所のうち、通学路にかかる橋はいくつありますか。優先して直していただきたいです。"),
    ("4", "説明員（浜口）", "通学路にかかる橋は４か所で、来年度に着手する予定でございます。"),
    ("5", "委員長", "計画は原案のとおり妥当とします。以上で本日の委員会を閉じます。"),
]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "roles20-labels-pdftotext-cp932.txt").write_bytes(LABELS.replace("\n", "\r\n").encode("cp932"))
    (out / "roles20-labels-apart-pypdf-eucjp.txt").write_bytes(APART.encode("euc_jp"))
    (out / "roles20-glued-unit-person-pdftotext.txt").write_text(GLUED, encoding="utf-8")
    (out / "roles20-glued-unit-person-apart-pypdf-utf16.txt").write_bytes(
        GLUED_APART.replace("\n", "\r\n").encode("utf-16"))
    from make_section_rows import record as docx_record  # the same Word layout: a front table, then the turns

    docx_record(out / "roles20-front-row.docx", "第３回　みどり町地域公共交通会議　会議録", FRONT, TURNS, "以上")
    docx_record(out / "roles20-front-row-apart.docx", "第３回　かもめ市公共施設評価委員会　議事録", FRONT_APART,
                TURNS_APART, "（午前１１時３０分　閉会）")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
