"""Write the narrated16 records: sentences that name the act without 旨/との, names inside the
words reported, a chair elected in the record, a labelled section after narrated reports.

- ``agri-board-acted-pdftotext.txt`` (written with the rules): an 農業協同組合's 理事会 議事録 typed in
  Word, printed by LibreOffice, read by pdftotext (lines broken at the page's width, ``- 1 -`` at
  each page's foot, a form feed): ``組合長があいさつした。``, ``…から…について説明があった。``,
  ``議長が…を上程し、…が説明した。``, ``理事から質問があり、…が回答した。``, ``…との発言があり、閉会した。``,
  ``互選により…を議長に選出した。``, a name inside the words (``「…理事の提案に賛成する」``), and a
  【主な意見】 section of （理事）/（専務理事） bullets after the narrated reports;
- ``council-acted-summary.docx`` (written apart, before the rules were run on it): a 協議会's 議事要旨
  as Word keeps it, other words and forms (``座長に…を選任した``, ``…より挨拶。``, ``…が…を報告し、…から
  質問がなされた。``, ``…から説明を受け、…``, ``…との要請があり、散会した。``).

Every name and sentence is fictional (written for this project).

    python tests/tools/make_narrated16_records.py tests/fixtures/minutes

needs python-docx (``word_pages.py``), soffice and pdftotext (poppler-utils).
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from make_narrated_records import document  # the same page: A4, 12 pt, paragraphs that flow
from word_pages import printed

AGRI = """\
みのり農業協同組合　令和８年度第３回理事会　議事録
１　日時　令和８年６月２４日（水）午前９時３０分から午前１１時４０分まで
２　場所　みのり農協本所　３階大会議室
３　理事定数　１５名　出席理事　１３名
４　出席監事　２名
５　事務局　総務部長　森田　和也、営農部長　宇佐美　聡
６　議事の経過
　定刻、総務部長が開会を告げた。
　組合長があいさつした。
　続いて、出席理事の互選により石原理事を議長に選出した。議長は、出席理事が定数の過半数に達しており、本会が成立している旨を述べた。
【第１号議案】令和８年度営農指導事業計画の変更について
　議長が第１号議案を上程し、営農部長が説明した。
　理事から質問があり、営農部長が回答した。
　理事から、「青木理事の提案に賛成する。育苗施設の更新は急ぐべきだ」との意見があった。
　Ａ理事から、Ｂ理事の指摘のとおり、集荷場の統合は地域の説明会を開いてから進めるべきとの発言があった。
　議長が本案を諮ったところ、全員異議なく原案のとおり承認された。
【第２号議案】固定資産の取得について
　議長が第２号議案を上程し、総務部長から資料２について説明があった。
　常務理事が補足の説明をし、理事から質問がなされた。
　議長が本案を諮ったところ、賛成多数で原案のとおり承認された。
【報告事項】
　営農部長から、水稲の生育状況について報告があった。
　総務部長から、貯金の残高の推移について報告があった。
【主な意見】
（理事）高温対策の講習会を地区ごとに開いてほしい。
（営農部長）７月中に各地区で開催する予定です。
（理事）貯金の金利の見直しを組合員に早めに知らせてほしい。
【その他】
　監事から、今後も内部監査の結果を理事会に報告してほしいとの発言があり、閉会した。
"""

COUNCIL = """\
令和８年度　第１回かすみ川流域治水協議会　議事要旨
日時：令和８年７月１４日（火）　１３時３０分～１５時３０分
場所：かすみ県合同庁舎　４階会議室
出席者：構成員１１名（代理出席２名を含む）
議事要旨
１．開会
　事務局から開会を宣した。
２．座長の選任
　構成員の互選により、座長に平井構成員を選任した。
３．座長挨拶
　座長より挨拶。
４．議事
（１）流域治水プロジェクトの進捗について
　河川課長が資料１により事業の進捗を報告し、構成員から質問がなされた。
　構成員から、田島構成員が述べたように、遊水地の用地交渉は地元の理解を得ながら進めてほしいとの意見があった。
　これに対し、河川課長が答えた。
（２）避難情報の伝え方について
　気象台から説明を受け、防災課長から補足の説明があった。
　町長から、「隣の市長の言うとおり、高齢者への伝達を最優先にすべきだ」との発言があった。
　座長が意見を取りまとめ、事務局が了承した。
５．閉会
　座長から、次回までに論点を整理するよう事務局に要請があり、散会した。
"""


def main(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = printed(document(AGRI), tmp, "agri-board-acted")
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(folder / "agri-board-acted-pdftotext.txt")],
                       check=True)
    document(COUNCIL).save(folder / "council-acted-summary.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
