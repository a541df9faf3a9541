"""Write the fixtures of minutes exported as blocks of ``key：value`` field lines, one block an
utterance, as 会議録検索 systems give a meeting for download as text (fictional bodies, names and
sentences). Each export is written from its records (``MEETINGS``: the meeting's name and date,
then (name, office, speech) a record), so a test can write the same records as a CSV and compare.

``committee-field-export-separators-eucjp.txt``: EUC-JP, CRLF; the meeting's fields once at the
top with the export's own date, a separator above every block, 発言番号 / 発言者 (a full name) /
役職 / 発言内容 each on its line, the speech below its field in paragraphs with a full-width
indent, a clock record with empty speaker fields, the closing count.
``assembly-field-export-blank-lines-cp932.txt``: CP932, CRLF; no separators, a blank line between
blocks, other field names (発言者名 / 発言者役職 / 本文), the record's number as ［3］, the meeting's
fields repeated in every block, two sessions of the committee in one export (会議名 and 開催日 change), a
record with a speaker and no speech, a record with no speaker's field (the floor's voice).
``board-field-export-inline-eucjp.txt``: EUC-JP, CRLF; bracketed keys (【発言者】), the office
in the speaker's field (堀真由美教育長) or alone (学校教育課長), No.3 numbers, the speech on the
speech's field line (【発言】ただいま…) going on below, a separator of ＝.

    python tests/tools/make_field_exports.py tests/fixtures/minutes
"""
from __future__ import annotations

import sys
from pathlib import Path

# (meeting, date, [(name, office, speech)]): an empty name and office is a record nobody speaks
SEPARATED = [("令和８年第３回定例会　建設常任委員会", "2026-09-14", [
    ("", "", "（午前１０時００分開会）"),
    ("浅野　浩一", "委員長", "　ただいまから建設常任委員会を開会いたします。\n"
                            "　本日の案件は、お手元に配付の日程のとおり、所管事務の報告１件です。"),
    ("浅野　浩一", "委員長", "　道路改良事業の進捗について、当局の報告を求めます。"),
    ("杉本　涼子", "道路課長", "　道路改良事業の進捗について御報告いたします。\n"
                              "　市道３号線の拡幅は、用地の取得が全体の８割まで進んでおります。\n"
                              "　残る用地につきましても、年度内の契約を目指して地権者の方と協議を重ねております。"),
    ("浅野　浩一", "委員長", "　報告が終わりました。質疑はありませんか。"),
    ("川島　大輔", "委員", "　用地の取得が遅れている区間では、通学路の安全をどう確保するのか伺います。\n"
                          "　歩道のない区間が残るのであれば、仮の防護柵を設けるべきではないか。"),
    ("杉本　涼子", "道路課長", "　御指摘の区間には、工事に先立ち仮設の防護柵を設置する予定です。"),
    ("", "", "（午前１０時２５分休憩）"),
    ("", "", "（午前１０時３５分再開）"),
    ("野口　美咲", "副委員長", "　工事中の迂回路について、地域への周知を早めに行っていただきたい。"),
    ("浅野　浩一", "委員長", "　以上で本日の委員会を閉会いたします。"),
    ("", "", "（午前１０時５０分閉会）"),
])]

BLANK_LINES = [
    ("令和８年第２回定例会　総務委員会", "2026-06-10", [
        ("", "", "（午後１時３０分開会）"),
        ("石田　和也", "委員長", "ただいまから総務委員会を開会します。\n議案第３０号を議題とし、当局の説明を求めます。"),
        ("松尾　隆", "総務部長", "議案第３０号は、市税条例の一部を改正するものでございます。\n"
                               "国の法改正に合わせ、納期限の規定を整えるものです。"),
        ("石田　和也", "委員長", ""),  # a record with a speaker and no speech (the export's fault)
        ("石田　和也", "委員長", "説明が終わりました。質疑はありませんか。"),
        ("", "", "（「なし」と呼ぶ者あり）"),
        ("石田　和也", "委員長", "質疑なしと認めます。議案第３０号は原案のとおり可決すべきものと決定しました。"),
    ]),
    ("令和８年第３回定例会　総務委員会", "2026-09-15", [
        ("石田　和也", "委員長", "ただいまから総務委員会を再開します。\n陳情第２号を議題とします。"),
        ("大塚　健一", "委員", "防災行政無線が聞き取りにくい地区があると聞いております。\n"
                              "戸別受信機の配布を広げるべきではないか。"),
        ("松尾　隆", "総務部長", "聞き取りにくい地区の調査を今年度中に行い、対策をまとめてまいります。"),
        ("石田　和也", "委員長", "以上で本日の総務委員会を閉会します。"),
    ]),
]

INLINE = [("令和８年度第２回あおば市教育委員会定例会", "令和８年５月２２日", [
    ("堀　真由美", "教育長", "ただいまから定例会を開会します。\n本日は議案２件と報告１件です。"),
    ("", "学校教育課長", "議案第５号、学区の見直しについて御説明いたします。\n"
                        "児童数の偏りを和らげるため、二つの小学校の境界を改めるものです。"),
    ("小池　昭", "委員", "境界が変わる地区の保護者への説明会は、いつ頃を予定していますか。"),
    ("", "学校教育課長", "来月中に二回、それぞれの小学校で開く予定です。"),
    ("堀　真由美", "教育長", "ほかにございませんか。なければ、議案第５号は原案のとおり決定します。"),
])]


def separated(meetings: list[tuple[str, str, list[tuple[str, str, str]]]]) -> str:
    """A separator above every block, the meeting's fields once at the top, the speech below its field."""
    rule = "-" * 60
    out = []
    n = 0
    for meeting, date, records in meetings:
        out += [f"会議名：{meeting}", f"開催日：{date}", "出力日時：2026/10/02 15:31"]
        for name, office, speech in records:
            n += 1
            out += [rule, f"発言番号：{n}", f"発言者：{name}", f"役職：{office}", "発言内容：", *speech.split("\n")]
    out += [rule, f"以上　{n}件"]
    return "\r\n".join(out) + "\r\n"


def blank_lines(meetings: list[tuple[str, str, list[tuple[str, str, str]]]]) -> str:
    """No separators, a blank line between blocks, the meeting's fields in every block."""
    out = []
    n = 0
    for meeting, date, records in meetings:
        for name, office, speech in records:
            n += 1
            out += [f"［{n}］", f"会議名：{meeting}", f"開催日：{date}"]
            if name or office:
                out += [f"発言者名：{name}", f"発言者役職：{office}"]
            out += ["本文：", *(speech.split("\n") if speech else []), ""]
    out += [f"以上　{n}件"]
    return "\r\n".join(out) + "\r\n"


def inline(meetings: list[tuple[str, str, list[tuple[str, str, str]]]]) -> str:
    """Bracketed keys, the office in the speaker's field, the speech on its field's line."""
    out = []
    n = 0
    for meeting, date, records in meetings:
        out += [f"【会議名】{meeting}", f"【開催日】{date}", ""]
        for name, office, speech in records:
            n += 1
            first, *rest = speech.split("\n")
            who = name.replace("\u3000", "") + office if name else office
            out += ["＝" * 30, f"No.{n}", f"【発言者】{who}", f"【発言】{first}", *rest]
    out += ["＝" * 30]
    return "\r\n".join(out) + "\r\n"


FIXTURES = {
    "committee-field-export-separators-eucjp.txt": (separated, SEPARATED, "euc_jp"),
    "assembly-field-export-blank-lines-cp932.txt": (blank_lines, BLANK_LINES, "cp932"),
    "board-field-export-inline-eucjp.txt": (inline, INLINE, "euc_jp"),
}


def write(out: Path) -> None:
    for name, (form, meetings, encoding) in FIXTURES.items():
        (out / name).write_bytes(form(meetings).encode(encoding))


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
