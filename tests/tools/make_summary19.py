"""Write the summary19 records: who said each opinion in a 議事要旨 whose turns a mark of their kind
leads (``（問）北川委員　…``) or whose answers an arrow leads inside a bullet list (``→ 事務局：…``).

- ``summary19-kind-marks-pdftotext.txt`` (written with the rules): a 科学技術振興懇談会's 議事要旨 typed in
  Word, printed by LibreOffice, read by default pdftotext: ``（問）``, ``（答）``, ``（意見）``, ``（回答）``,
  ``【質問】``, ``【回答】``, ``Ｑ：``/``Ａ：`` before who speaks, a space or a colon, then the words (lines
  broken at the page's width);
- ``summary19-arrows.docx`` (written with the rules): a 地域づくり会議's 議事要旨 in Word, each member's
  view a List Bullet paragraph ``委員Ａ：…``, the answer below it a paragraph led by an arrow
  (``→ 事務局：…``, ``⇒事務局：…``, ``（→事務局）…``, ``→事務局）…``); ``summary19-arrows-layout.txt`` is
  the same document printed by LibreOffice and read by ``pdftotext -layout``;
- ``summary19-numbered-opinions-pdftotext.txt``: numbered opinions with sub-points, the speaker in brackets after
  the last (``（事務局：`` / ``道路課）`` broken at the width), Word → LibreOffice → pdftotext;
- ``summary19-hearing-heads-pdftotext.txt``: a 観光戦略会議 with ■ heads, then ``２　関係団体ヒアリング`` and the
  section's word ``ヒアリング`` alone above the bodies' heads ``＜全国観光協議会（栗栖事務局長）＞``.

Every name and sentence is fictional (written for this project).

    python tests/tools/make_summary19.py tests/fixtures/minutes

needs python-docx (``word_pages.py``), soffice and pdftotext (poppler-utils).
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from word_pages import a4, flows, printed

KIND_MARKS = """\
第２回ひばり市科学技術振興懇談会　議事要旨
日時：令和８年６月１２日（金）１４時００分～１６時００分
場所：ひばり市役所　第３会議室
出席者：北川委員、南委員、東委員、西岡委員（座長）
事務局：理事、企画課長、研究推進課長
議事
（１）研究費の配分方針について
事務局から資料１に基づき説明があった。
（問）北川委員　研究費の配分方針について、若手研究者への配慮はどのように考えているのか。応募の要件が厳しいとの声を聞いている。
（答）理事　若手研究者のための枠を新たに設けることを検討している。応募の要件も緩める方向で見直したい。
（意見）南委員　地域の大学や高等専門学校との連携を一層強化すべきである。
（問）東委員　採択された研究の成果は、どのように公表するのか。
（回答）事務局　年度末に報告書として取りまとめ、市のホームページで公表する予定である。
（２）産学連携の推進について
【質問】西岡座長　企業との共同研究は、現在何件あるのか。
【回答】研究推進課長：今年度は７件であり、昨年度より２件増えている。
Ｑ：北川委員　知的財産の扱いについて、企業側から不安の声はないのか。
Ａ：研究推進課長　契約のひな形を示し、事前に協議する仕組みとしている。
（意見）東委員　中小企業が参加しやすいよう、相談窓口を設けてほしい。
以上
"""

ARROWS_FRONT = """\
第３回あおば町地域づくり会議　議事要旨
日時：令和８年７月３日（金）１０時００分～１２時００分
場所：あおば町役場　大会議室
出席者：委員Ａ、委員Ｂ、委員Ｃ、委員Ｄ
事務局：まちづくり推進課
議事
１　地域連携の取組について
事務局から資料２に基づき説明し、以下の意見があった。"""

#: (a member's bullet, the answer led by an arrow below it or "")
ARROWS = (
    ("委員Ａ：地域の企業や大学との連携を強化し、若い世代が地域の活動に関わる機会を増やす必要がある。",
     "→ 事務局：来年度から連携窓口を設置し、学生の参加を呼びかける予定である。"),
    ("委員Ｂ：高齢者の移動手段の確保が課題である。",
     "⇒事務局：デマンド交通の導入に向けて、運行事業者と協議を始めている。"),
    ("委員Ｃ：空き家の活用を進めてほしい。", "（→事務局）空き家バンクの登録件数を増やすため、所有者への案内を送付する。"),
    ("委員Ｄ：防災訓練への参加者が固定化している。", ""),
    ("委員Ａ：子育て世代が参加しやすい時間帯にしてはどうか。", "→事務局）休日の午前に開催することを検討したい。"),
)
NUMBERED = """\
第１回ひかり市自転車活用推進会議　議事要旨
日時：令和８年９月２日（水）１５時００分～１７時００分
場所：ひかり市役所　５階会議室
出席者：北村会長、東山委員、西田委員、南野委員
事務局：道路課、交通政策課
議事
１　開会
２　意見交換
事務局から資料に基づき説明があった後、意見交換を行った。主な意見は次のとおり。
①　駐輪場の不足が深刻であり、早急な対策が必要である。
　・特に駅の北側の駐輪場が不足している。
　※　通勤・通学の時間帯に利用が集中する。（東山委員）
②　自転車通行帯の整備を進めてほしい。歩行者との接触事故が増えている。（西田委員）
③　通行帯については、現在、市全体の整備計画を策定しているところである。
　・来年度の早い時期に計画案を公表し、市民の意見を聞く予定。（事務局：道路課）
④　シェアサイクルの導入を検討してはどうか。
　・観光客の利用も見込める。
　・民間事業者の参入を促すべきである。（南野委員）
３　閉会
"""

HEARING = """\
第４回みなと市観光戦略会議　議事要旨
日時：令和８年１０月１日（木）１３時００分～１５時００分
場所：みなと市役所　第１会議室
出席者：北原会長、西委員、東委員、南委員
事務局：観光課長、南雲課長補佐
議事
１　観光戦略の見直しについて
■事務局（南雲課長補佐）
資料１に基づき、観光客数の推移と今年度の取組を説明した。
■北原会長
インバウンド対策を強化すべきである。特に案内表示の多言語化を急いでほしい。
■事務局（観光課長）
多言語の案内板を、来年度までに主要な駅に整備する予定である。
２　関係団体ヒアリング
ヒアリング
＜全国観光協議会（栗栖事務局長）＞
地域の受入体制の整備が重要であり、観光ガイドの育成に取り組んでいる。
＜みなと旅館組合（大川組合長）＞
宿泊施設の人手不足が深刻であり、外国人材の受入れを検討している。
■西委員
人手不足への支援策を市としても考えるべきではないか。
３　閉会
以上
"""

ARROWS_END = "２　その他\n次回は９月に開催する。\n以上"


def arrows() -> object:
    doc = a4(12, 35, 30)
    for line in ARROWS_FRONT.splitlines():
        flows(doc.add_paragraph(line))
    for view, answer in ARROWS:
        flows(doc.add_paragraph(view, style="List Bullet"))
        if answer:
            p = doc.add_paragraph("　" + answer)
            flows(p)
    for line in ARROWS_END.splitlines():
        flows(doc.add_paragraph(line))
    return doc


def lines_doc(text: str) -> object:
    doc = a4(12, 35, 30)
    for line in text.splitlines():
        flows(doc.add_paragraph(line))
    return doc


def main(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = printed(lines_doc(HEARING), tmp, "summary19-hearing-heads")
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(folder / "summary19-hearing-heads-pdftotext.txt")],
                       check=True)
        pdf = printed(lines_doc(NUMBERED), tmp, "summary19-numbered-opinions")
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(folder / "summary19-numbered-opinions-pdftotext.txt")],
                       check=True)
        pdf = printed(lines_doc(KIND_MARKS), tmp, "summary19-kind-marks")
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(folder / "summary19-kind-marks-pdftotext.txt")],
                       check=True)
        pdf = printed(arrows(), tmp, "summary19-arrows")
        (folder / "summary19-arrows.docx").write_bytes(pdf.with_suffix(".docx").read_bytes())
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), str(folder / "summary19-arrows-layout.txt")],
                       check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
