"""Boxes of one cell drawn in text around a line that is no table (ingest/texttable.py,
minutes/framed.py): an agenda item, a quoted petition, a stage direction framed inside the
proceedings are what they would be without the frame — never the words of the turn the box
follows unless they are speech. Fates: f front, a agenda, n narrative, p point, s stage,
F furniture, b blank, u unread.
"""
from __future__ import annotations

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.ingest.texttable import rewrite
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_town_committees_record_with_framed_items_reads_each_box_as_what_it_holds():
    # a town assembly's 常任委員会 会議録 exported as text (CP932, CRLF): the title in a box,
    # the items put on the agenda in boxes (one wrapped over two lines, one in ASCII +--+),
    # a petition quoted in a box with its signature, （傍聴者退席） in a box, a page break
    # (page number, form feed, running head) between turns
    parsed = minutes.parse_file(MINUTES / "assembly-framed-items.txt")
    assert (parsed.meeting.council, parsed.meeting.date) == ("みなと町議会産業建設常任委員会", "2024-06-14")
    got = [(p.speaker.label, p.text[:11], p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == [
        ("委員長（高松聡君）", "ただいまから産業建設常", 12, 13),
        ("委員長（高松聡君）", "産業振興課長から説明を", 18, 18),
        ("産業振興課長（小池誠君）", "議案第３８号について御", 19, 20),
        ("原田委員", "改修の補助は、若い事業", 22, 23),
        ("産業振興課長（小池誠君）", "家賃補助との組合せは来", 24, 25),
        ("委員長（高松聡君）", "ほかに質疑はありません", 28, 29),
        ("委員長（高松聡君）", "陳情の趣旨は次のとおり", 33, 33),
        # not the chair's, not 南北線沿線自治会長's: the petition's signature is the petition's
        ("杉本委員", "地元の要望は切実です。", 41, 42),
        ("委員長（高松聡君）", "以上で本日の日程は全て", 46, 47),
    ]
    assert _fates(parsed) == "FfFbffffbfbppFaaFpppbppppFFppFaFpFnnnbnFppFsFppbn"
    assert [d.text for d in parsed.directions] == ["（傍聴者退席）"]


def test_a_framed_agenda_item_keeps_the_floor_and_framed_speech_is_the_turns_point():
    text = ("第２回 かえで市交通会議 議事録\n\n○会長　次の議題に移ります。\n"
            "┌────────────────┐\n│議題２　バス路線の再編について│\n└────────────────┘\n"
            "事務局から説明をお願いします。\n○事務局　資料２を御覧ください。\n"
            "+----------------------------+\n| 本日の説明は以上でございます。ご意見をお願いします。 |\n"
            "+----------------------------+\n○大野委員　再編の前に利用者の声を聞くべきだ。\n")
    parsed = _parse(text)
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("会長", "次の議題に移ります。"),
        ("会長", "事務局から説明をお願いします。"),  # the box was an item: the chair still speaks
        ("事務局", "資料２を御覧ください。"),
        ("事務局", "本日の説明は以上でございます。ご意見をお願いします。"),  # speech in a box
        ("大野委員", "再編の前に利用者の声を聞くべきだ。"),
    ]
    assert _fates(parsed)[3:6] == "FaF"


def test_one_cell_boxes_are_cued_as_frames_and_tables_stay_tables():
    raw = ["┌──────┐", "│日程第１　開会│", "│　　　　　　│", "│（挨拶）│", "└──────┘"]
    assert rewrite(raw) == {0: (raw[0], "rule"), 1: ("日程第１\u3000開会", "frame"), 2: ("\u3000", None),
                            3: ("（挨拶）", "frame"), 4: (raw[4], "rule")}
    # two cells: a table's row, not a frame; a box left open at the bottom is no frame
    assert rewrite(["┌──┬──┐", "│日時│令和６年│", "└──┴──┘"])[1][1] == "cells"
    assert rewrite(["┌──────┐", "│日程第１　開会│", "本文が続く。"]) == {}
