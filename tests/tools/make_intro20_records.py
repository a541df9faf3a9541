"""Write intro20's record in Word (session 20; fictional body, names and sentences; no source fetched).

``intro20-tourism-council-spaced-apart.docx``: a 町's 観光振興協議会 議事概要, a paragraph a line, written apart after
steps 1 and 2 landed: ○ sentences whose speaker stands before a space and から/より (``○ 大野会長　より、…``,
``○ 白石委員　から、…との意見があった。``), lead-ins, units glued before a surname, the narrator's ○ heading.

    .venv/bin/python tests/tools/make_intro20_records.py tests/fixtures/minutes

needs python-docx (``word_pages.py``).
"""
from __future__ import annotations

import sys
from pathlib import Path

from make_narrated_records import document  # the same page: A4, 12 pt, paragraphs that flow

TOURISM = """令和７年度 第２回 しおかぜ町観光振興協議会 議事概要
日時　令和７年９月３日（水）午後１時３０分から午後３時まで
場所　しおかぜ町役場 ２階 大会議室
出席者　大野会長、白石委員、吉沢委員、内田委員
事務局　産業観光課
議事概要
○ 大野会長　より、開会のあいさつ。
・ 夏の観光客は昨年並みだったが、宿泊は減っている。
○ 報告事項について、事務局　から資料１に基づき説明があった。
・ 海水浴場の入込客数は前年より５％増えた。
・ 町営駐車場の有料化の効果は秋に検証する。
○ 続いて、観光協会（石橋事務局長）より、秋のイベントの計画の紹介。
・ 港まつりは１０月１２日に開く。
○ 白石委員　から、空き家を民泊に使う仕組みを検討すべきとの意見があった。
○ これに対し、事務局より、来年度に調査を行う旨の回答があった。
○ 委員からの主な意見は以下のとおり。
（吉沢委員）
・ 外国人の観光客向けに、案内表示を増やしてほしい。
（内田委員）
・ 観光客の車で生活道路が渋滞している。
○ 協議事項　次年度の事業計画
○ 県観光局国際誘客課松井主任より、海外向けの宣伝事業の案内がなされた。
・ 補助の申請は１１月末が締め切りである。
○ 最後に事務局　から、次回は１２月に開催する旨を連絡した。"""


def main(folder: Path) -> None:
    document(TOURISM).save(folder / "intro20-tourism-council-spaced-apart.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
