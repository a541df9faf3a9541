"""Write the CSV fixtures of a 会議録検索 system's export (fictional bodies, names, sentences).

``minutes-search-export-cp932.csv``: CP932, CRLF, every cell quoted, the heading row
会議名 | 開催日 | 発言番号 | 発言者 | 役職 | 発言内容, one row per utterance, the front matter and the
clock lines rows without a speaker, speeches with line breaks inside their quoted cell.
``open-data-export-utf8bom.tsv``: the check written after the rule — UTF-8 with a BOM, tab-separated,
other column names (会議 | 日付 | 話者 | 肩書 | 本文), the role and the name in one cell in some rows.
``minutes-search-export-two-meetings-cp932.csv``: a search's hits in two meetings of one
committee in one export (the export's shape above): 会議名 (第２回, 第３回定例会) and 開催日 change
between rows, each meeting with its own front matter and clock rows.
``assembly-export.xlsx``: the second check, an .xlsx written after the rule — a title row above
the heading, 会議名 | 年月日 (a date cell) | 発言者名 | 役職名 | 発言, an assembly's names with 君.

    python tests/tools/make_csv_minutes.py tests/fixtures/minutes
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

MEETING = "令和７年第２回定例会　総務委員会"
DATE = "2025-06-12"

CSV_ROWS = [
    ("", "", "令和７年６月１２日（木曜日）\n出席委員（５名）\n　委員長　石川　恭子　　副委員長　川端　修\n"
             "　委員　　大野　真一　　委員　　森下　由美\n説明のため出席した者\n　総務部長　　坂口　誠"),
    ("", "", "（午前１０時００分開会）"),
    ("石川", "委員長", "ただいまから総務委員会を開会します。\n本日の案件は、議案第４５号みどり野市職員の"
                       "勤務時間に関する条例の一部改正についての１件です。"),
    ("石川", "委員長", "議案第４５号を議題とし、当局の説明を求めます。"),
    ("坂口", "総務部長", "議案第４５号について御説明いたします。\n国の制度改正に合わせ、育児のための短時間勤務の"
                        "対象を小学校３年生までの子を持つ職員に広げるものでございます。\n施行は令和７年１０月１日を予定しております。"),
    ("石川", "委員長", "説明が終わりました。質疑はありませんか。"),
    ("大野", "委員", "対象となる職員はどの程度いるのか伺います。\nまた、代わりの職員の確保はどうするのか。"),
    ("坂口", "総務部長", "対象は約１２０人と見込んでおります。\n代替の職員は会計年度任用職員の募集で対応いたします。"),
    ("森下", "委員", "窓口の職場で人が足りなくならないよう、配置を工夫していただきたい。"),
    ("", "", "（「異議なし」と呼ぶ者あり）"),
    ("石川", "委員長", "異議なしと認め、議案第４５号は原案のとおり可決すべきものと決定しました。\n"
                       "以上で本日の総務委員会を閉会します。"),
    ("", "", "（午前１０時４２分閉会）"),
]

TSV_ROWS = [
    ("", "", "令和７年度第１回あおば町農業委員会総会\n日時　令和７年４月２５日（金）午後２時"),
    ("会長（北村）", "", "定刻になりましたので、総会を開会します。\n議事録署名委員に３番と５番の委員を指名します。"),
    ("", "事務局長", "議案第１号　農地法第３条の規定による許可申請について説明します。\n申請は２件で、いずれも要件を満たしております。"),
    ("田島", "委員", "２件目の申請地は、先月現地を確認しました。\n耕作の計画に問題はないと考えます。"),
    ("", "", "（全員挙手）"),
    ("会長（北村）", "", "全員賛成で、議案第１号は許可相当と決定しました。\nこれで本日の総会を閉会します。"),
]


XLSX_ROWS = [
    ("", "", "（午前１０時開議）"),
    ("森本和夫君", "議長", "ただいまから本日の会議を開きます。\n日程第１、一般質問を行います。"),
    ("小田切恵君", "３番", "通告に従い、空き家の対策について伺います。\n空き家バンクの登録が伸びない理由をどう見ているか。"),
    ("森本和夫君", "議長", "町長。"),
    ("堀内誠一君", "町長", "お答えいたします。\n所有者への案内が届いていないことが大きいと考えております。"),
    ("", "", "（「なし」と呼ぶ者あり）"),
    ("森本和夫君", "議長", "以上で本日の日程は全て終了しました。本日はこれで散会します。"),
    ("", "", "（午前１１時１５分散会）"),
]


def write_xlsx(path: Path) -> None:
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["令和７年第１回みなと町議会定例会　会議録（第２号）"])
    sheet.append(["会議名", "年月日", "発言者名", "役職名", "発言"])
    for name, title, speech in XLSX_ROWS:
        sheet.append(["令和７年第１回みなと町議会定例会", datetime.datetime(2025, 3, 10), name, title, speech])
    book.save(path)


def write_csv(path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["会議名", "開催日", "発言番号", "発言者", "役職", "発言内容"])
    for n, (name, title, speech) in enumerate(CSV_ROWS, 1):
        # a line break inside a cell is CRLF too, as Excel and the export systems write it
        w.writerow([MEETING, DATE, str(n), name, title, speech.replace("\n", "\r\n")])
    path.write_bytes(buf.getvalue().encode("cp932"))


DAYS = [
    ("令和７年第２回定例会　文教委員会", "2025-06-13", [
        ("", "", "令和７年６月１３日（金曜日）\n出席委員（５名）\n　委員長　青木　拓海　　副委員長　黒田　莉子"),
        ("", "", "（午前１０時００分開会）"),
        ("青木", "委員長", "ただいまから文教委員会を開会します。\n本日は、通学路の安全についての報告を受けます。"),
        ("村井", "教育部長", "御報告いたします。\n地域の方の協力で、全ての小学校に見守りを置いております。"),
        ("黒田", "副委員長", "見守りの方の高齢化が進んでいると聞きます。\n担い手を広げる工夫が必要ではないか。"),
        ("青木", "委員長", "以上で本日の文教委員会を閉会します。"),
        ("", "", "（午前１０時４０分閉会）"),
    ]),
    ("令和７年第３回定例会　文教委員会", "2025-09-12", [
        ("", "", "令和７年９月１２日（金曜日）\n出席委員（５名）"),
        ("", "", "（午後１時３０分開会）"),
        ("青木", "委員長", "ただいまから文教委員会を開会します。\n議案第６０号を議題とします。"),
        ("村井", "教育部長", "議案第６０号は、公民館の使用料を改めるものです。\n施行は来年４月を予定しております。"),
        ("白石", "委員", "値上げの幅が大きい部屋があります。\n利用団体への説明はどうするのか。"),
        ("青木", "委員長", "以上で本日の文教委員会を閉会します。"),
        ("", "", "（午後２時１５分閉会）"),
    ]),
]


def write_days(path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["会議名", "開催日", "発言番号", "発言者", "役職", "発言内容"])
    for meeting, date, rows in DAYS:
        for n, (name, title, speech) in enumerate(rows, 1):
            w.writerow([meeting, date, str(n), name, title, speech.replace("\n", "\r\n")])
    path.write_bytes(buf.getvalue().encode("cp932"))


def write_tsv(path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(["会議", "日付", "話者", "肩書", "本文"])
    for name, title, speech in TSV_ROWS:
        w.writerow(["令和７年度第１回あおば町農業委員会総会", "2025/4/25", name, title, speech])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    write_csv(out / "minutes-search-export-cp932.csv")
    write_tsv(out / "open-data-export-utf8bom.tsv")
    write_days(out / "minutes-search-export-two-meetings-cp932.csv")
    write_xlsx(out / "assembly-export.xlsx")
