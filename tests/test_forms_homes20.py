"""One home for each concern (homes20): the last characters of an office's unit and of a place's name.

``text.UNIT_ENDS`` (課部局室所班係), ``text.UNIT_ALONE_ENDS`` (課室係: a unit named alone as a speaker),
``text.PLACE_ENDS`` (市町村区県都府道) and ``text.PLACE_ONLY_ENDS`` (市区県都府: the places' ends no surname
shares) are spelled once; every reader that tells an office or a place from a person takes them from
there, adding what its form needs beside them (センター, 事務局, a body's 会 団) or, where it needs fewer,
saying why at the use (roles._OFFICE_END: 課 局 only, a surname ends in 部 or 室).

Spelled once, the readers' sets could be set side by side: ``roles._surname_before`` took a surname
ending in 村 or 町 (中村, 大町) for a place before a bracketed post (中村（河川課長）: the post, no name)
while ``headed`` had read 中村 as a surname all along.
"""
from __future__ import annotations

import re

from conftest import ROOT
from test_forms2 import _fates
from test_forms8 import _parse
from test_forms_labels15 import _who

# the rule's record: 中村（河川課長） twice, a member 木村 (a pdftotext-like summary, blank line under the title)
_RIVER = ("第３回　みなと市河川整備懇話会　議事要旨\n\n日時：令和８年６月２日（火）１０時～１１時\n\n"
          "○会長　それでは始めます。河川の整備計画について、事務局から説明をお願いします。\n"
          "○中村（河川課長）　資料１により、整備計画の概要を説明します。\n"
          "○木村委員　堤防の点検はどの程度の頻度で行っていますか。\n"
          "○中村（河川課長）　年に二回、出水期の前と後に行っています。\n○会長　ありがとうございました。\n")
# written apart: another body, numbered front matter, a turn broken at the width, a page's number and a form
# feed between turns, 大町 (町), and a place before a bracketed post (桜台市: still no one's name)
_WATER = ("令和８年度　第２回　みどり町上下水道事業運営審議会　会議録\n\n１　日時　令和８年８月４日（火）午後２時から\n"
          "２　場所　町役場３階　第１会議室\n\n○会長　ただいまから審議会を開会します。料金の改定について、事務局から説明願います。\n"
          "○大町（上下水道課長）　資料２を御覧ください。改定は令和９年４月からを予定して\nいます。\n"
          "○北村委員　改定の幅はどの程度ですか。\n\n－ 1 －\n\f○大町（上下水道課長）　平均で８％程度を見込んでいます。\n"
          "○桜台市（企画課長）　近隣市の状況を補足します。\n○会長　以上で本日の審議を終わります。\n")


def test_a_surname_ending_as_a_place_does_before_a_bracketed_post_is_the_speakers_name() -> None:
    parsed = _parse(_RIVER)
    nakamura = ("中村（河川課長）", "中村", "河川課長", "secretariat")
    assert _who(parsed) == [("会長", "", "会長", "chair", 5), (*nakamura, 6), ("木村委員", "木村", "委員", "member", 7),
                            (*nakamura, 8), ("会長", "", "会長", "chair", 9)]
    assert (_fates(parsed), parsed.unread) == ("fbfbppppp", ())


def test_written_apart_a_town_surname_and_a_place_before_a_bracketed_post() -> None:
    parsed = _parse(_WATER)
    omachi = ("大町（上下水道課長）", "大町", "上下水道課長", "secretariat")
    assert _who(parsed) == [("会長", "", "会長", "chair", 6), (*omachi, 7), ("北村委員", "北村", "委員", "member", 9),
                            (*omachi, 12), ("桜台市（企画課長）", "", "企画課長", "secretariat", 13),
                            ("会長", "", "会長", "chair", 14)]
    assert (_fates(parsed), parsed.unread) == ("fbffbppppbFppp", ())


#: three of an office's unit's ends in a row (課室係, 部課局…), four of a place's (市町村区…): a set spelled again
_UNIT_RUN = re.compile(r"[課部局室所班係]{3,}")
_PLACE_RUN = re.compile(r"[市町村区県都府道]{4,}")
#: words that are such runs and no set (市町村, 都道府県 named as words: roles._NOT_PLACE)
_WORDS_RUN = re.compile("区市町村|市町村|都道府県")
#: what stands between the characters of a set spelled as choices or as a list's strings
_FLAT = re.compile(r"[|\"', ]")
#: a set that parts a home's on purpose, said at its use: roles._PLACE (PLACE_ENDS by the shortest name before each
#: end), roles._RUN_HEADS (UNIT_ENDS but the three no post runs through)
_ON_PURPOSE = frozenset({("assembler/minutes/roles.py", "市町村区"), ("assembler/minutes/roles.py", "所班係")})


def test_the_ends_of_an_office_and_of_a_place_are_spelled_in_text_alone() -> None:
    spelled = []
    for path in sorted((ROOT / "assembler").rglob("*.py")):
        if path.name == "text.py" and path.parent.name == "assembler":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = path.relative_to(ROOT).as_posix()
            if line.lstrip().startswith("#"):
                continue  # a comment's words (…都, 道, 府, 県 …), no set
            # as a class (課室係), as choices (課|室|係) or as a list's strings ("課", "室", "係"): the words aside
            flat = _FLAT.sub("", _WORDS_RUN.sub("", line))
            runs = [m[0] for r in (_UNIT_RUN, _PLACE_RUN) for m in r.finditer(flat) if (where, m[0]) not in _ON_PURPOSE]
            spelled.extend(f"{where}:{n}: {run}" for run in runs)
    assert spelled == []


def test_the_spelled_once_check_bites() -> None:
    line = '_ENDS = ("課", "部", "局")  _OFFICE = r"(?:課|室|係)"  _LOCAL = "市県町村区都府道"  _WORD = "市町村"'
    flat = _FLAT.sub("", _WORDS_RUN.sub("", line))
    assert [m[0] for r in (_UNIT_RUN, _PLACE_RUN) for m in r.finditer(flat)] == ["課部局", "課室係", "市県町村区都府道"]


#: the readers that spelled fewer ends than an office's unit has, now taking text.UNIT_ENDS: a footer in
#: brackets naming the office in charge after the last turn (furniture.footer: 保健所, 班 were the chair's point),
#: the office that wrote the record under 以上 (closing_steps: 防災対策班 was a narrative line)
_FOOTER = ("第１回　みなと市食品衛生推進会議　議事要旨\n\n日時：令和８年７月１日（水）１４時～１５時\n\n"
           "○会長　開会します。事務局から報告をお願いします。\n○事務局　食中毒の発生状況を報告します。\n"
           "○山口委員　飲食店への指導を強めてください。\n○会長　以上で閉会します。\n\n（担当：みなと市保健所　食品衛生班）\n")
_AUTHOR = ("第４回　あおば町防災会議　会議録\n\n○会長　開会します。\n○事務局　避難所の運営訓練について報告します。\n"
           "○西田委員　訓練には多くの住民が参加できるよう工夫してください。\n○会長　これで閉会します。\n\n以上\n\n"
           "あおば町役場\n防災対策班\n")


def test_an_office_ending_in_any_units_end_is_the_footers_and_the_authors() -> None:
    footer = _parse(_FOOTER)
    assert (_fates(footer), footer.points[-1].text) == ("fbfbppppbF", "以上で閉会します。")
    author = _parse(_AUTHOR)
    # the town's office (町役場) no unit: read as before
    assert (_fates(author), author.points[-1].text) == ("fbppppbFbnf", "これで閉会します。")
