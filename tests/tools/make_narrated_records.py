"""Write two narrated records as they arrive from PDF (Word → LibreOffice PDF → pdftotext, default
mode: lines broken at the page's width, indents lost, ``- 1 -`` at each page's foot and a form feed):

- ``welfare-board-acted-opening-pdftotext.txt``: a 社会福祉法人's 理事会 議事録 written wholly in the third
  person — the opening (``定刻、事務局長菅原俊也が開会を宣し、…理事長真柴恵子が議長となった。``), the
  chair's quorum report (``議長は、…有効に成立する旨を述べ、議事に入った。``), titles glued to full
  names (``理事宇野誠から、``), two speakers in one sentence, votes, 【第１号議案】 heads and the
  記名押印 block.
- ``anon-narrated-headings-pdftotext.txt``: an anonymous 議事要旨 whose 議事の概要 is numbered
  narrative under headings (``（２）会長あいさつ`` / ``会長から、…とのあいさつがあった。``), bullets of
  ``（委員）`` / ``（会長）`` and, after a heading ``ウ　その他``, the secretariat's notice.

Every name and sentence is fictional (written for this project).

    python tests/tools/make_narrated_records.py tests/fixtures/minutes

needs python-docx (``word_pages.py``), soffice and pdftotext (poppler-utils).
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from word_pages import a4, flows, printed

BOARD = """\
社会福祉法人ひだまり福祉会　令和８年度第１回理事会議事録
１　日時　令和８年５月２６日（火）午後２時００分から午後３時３０分まで
２　場所　ひだまり福祉会本部　２階会議室
３　理事総数　６名
４　出席理事　５名
　　理事長　真柴　恵子、常務理事　大谷　信夫、理事　宇野　誠、理事　小池　良子、理事　日高　純一
５　欠席理事　１名　理事　長谷部　修
６　出席監事　監事　牧野　直人、監事　柏木　由美
７　事務局　事務局長　菅原　俊也、総務係長　平田　千春
８　議事録作成者　事務局長　菅原　俊也
９　議事の経過の概要及びその結果
　定刻、事務局長菅原俊也が開会を宣し、定款第２４条の規定により理事長真柴恵子が議長となった。
　議長は、本日の出席理事は理事総数６名中５名であり、定款第２５条に定める定足数を満たしているので本理事会は有効に成立する旨を述べ、議事に入った。
【第１号議案】令和７年度事業報告の承認について
　議長は、第１号議案について事務局長に説明を求めた。
　事務局長菅原俊也から、資料１に基づき、令和７年度はグループホームの定員を４名増やし、就労継続支援の工賃が前年度より月額平均で８００円上がった旨の説明があった。
　理事宇野誠から、「工賃の引上げは来年度も続けられる見込みか。」との質問があり、事務局長から「新たな受託作業が決まっており、続けられる見込みである。」との回答があった。
　理事小池良子から、グループホームの夜間の見守りに転倒を知らせるセンサーを入れてはどうかとの意見があった。
　議長が本案を諮ったところ、全員異議なく承認可決した。
【第２号議案】令和７年度計算書類及び財産目録の承認について
　議長は、第２号議案について総務係長に説明を求めた。
　総務係長平田千春から、資料２に基づき計算書類の概要について説明があった。
　監事牧野直人から、監査の結果、計算書類は法人の財産及び収支の状況を適正に示しているとの報告があった。
　監事　柏木由美から、建物の修繕積立ての計画を毎年度理事会で確認してほしいとの意見があった。
　議長が本案を諮ったところ、全員異議なく承認可決した。
【報告事項】職務の執行状況について
　常務理事大谷信夫から、資料３に基づき、前回の理事会以降の職務の執行状況について報告があった。
　理事日高純一から、職員の採用が難しくなっている中で、外国人の介護人材の受入れも検討すべきではないかとの意見があった。
　議長は、以上をもって本日の議事を全て終了した旨を述べ、午後３時３０分、閉会を宣した。
　以上の議事の経過及び結果を明確にするため、議長及び出席した監事は次に記名押印する。
令和８年５月２６日
議長　理事長　真柴　恵子　印
監事　牧野　直人　印
監事　柏木　由美　印
"""

ANON = """\
令和８年度第１回みずほ市子ども・子育て会議　議事要旨
１　日時　令和８年６月１０日（水）午前１０時００分から正午まで
２　場所　みずほ市役所本庁舎　第２会議室
３　出席者　委員１２名（欠席２名）
　　事務局　こども未来部長、子育て支援課長、保育課長ほか
４　議事の概要
（１）開会
　事務局から、委員１４名中１２名の出席があり、会議が成立している旨の報告があった。
（２）会長あいさつ
　会長から、子育て世帯を取り巻く環境は大きく変わってきており、本日は計画の中間見直しに向けて、委員の皆様から率直な意見をいただきたいとのあいさつがあった。
（３）議事
ア　第３期子ども・子育て支援事業計画の中間見直しについて
　事務局から、資料１に基づき、保育の需要量の見込みと見直しの方向性について説明があった。
（委員）０歳児の申込みが見込みを上回っている地区があり、地区ごとに見込みを立て直す必要があるのではないか。
（事務局）地区ごとの申込みの推移を整理し、次回の会議でお示ししたい。
（委員）保育士の確保が難しい中で、定員を増やすだけでは受入れは進まない。処遇の改善とあわせて検討してほしい。
（会長）地区ごとの見込みと保育士の確保は一体で考える必要があるので、事務局で整理をお願いしたい。
イ　放課後児童クラブの運営について
　事務局から、資料２に基づき、令和７年度の利用状況について報告があった。
　委員から、夏休みの間だけ利用したい家庭も多く、長期休暇中の受入れ枠を設けるべきとの意見があった。また、支援員の研修の機会を増やしてほしいとの意見もあった。
　委員から、学校の空き教室をもっと活用すべきとの意見や、クラブまでの移動の安全を確保してほしいとの意見があった。
（会長）いただいた意見は計画の見直しの中で検討するよう、事務局にお願いしたい。
ウ　その他
　事務局から、次回会議は８月下旬に開催する予定であり、日程は改めて調整の上で連絡する旨の連絡があった。
（４）閉会
以上
"""


def document(text: str):
    doc = a4(12, 45, 35)
    for line in text.splitlines():
        flows(doc.add_paragraph(line))
    return doc


def main(folder: Path) -> None:
    for stem, text in (("welfare-board-acted-opening", BOARD), ("anon-narrated-headings", ANON)):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = printed(document(text), tmp, stem)
            out = folder / f"{stem}-pdftotext.txt"
            subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(out)], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
