"""Where the turns end, on both sides (doubts of the last session settled).

After the turns: a stage direction that says the meeting is over — （閉会）, 〔散会〕 on its own line after the
last turn — is recorded as a stage direction (fate ``stage``, ``Minutes.directions``) and ends
the turns, as 午後３時閉会 does: what stands below it (the signatures, the office's address)
is nobody's speech. Before, it was read as a bracketed section label and kept as back matter
(fate ``front``), as if it were 【参考】. Written here in pdftotext shape (a page number, a form
feed, a blank line inside the last paragraph); fictional names.

Before the turns: a sentence under the attendee label (出席者は別紙のとおり。) is front matter
but names nobody; it was kept as an attendee's name.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from test_forms2 import _fates

RECORD = (
    "第３回　みなと市景観審議会　議事録\n"
    "\n"
    "日時：令和７年５月１２日（月）１４時００分～１５時３０分\n"
    "\n"
    "○会長　ただいまから第３回景観審議会を開会いたします。\n"
    "○島田委員　色彩の基準について、もう少し具体的な例を\n"
    "\n"
    "示すべきだと思います。\n"
    "－１－\n"
    "\f○会長　ありがとうございました。以上で本日の議事を終わります。\n"
    "\n"
    "{mark}\n"
    "\n"
    "上記のとおり相違ないことを証するため、ここに署名する。\n"
    "\n"
    "　　会長　　島田　一郎\n"
)


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "minutes.txt", encoding="utf-8"))


@pytest.mark.parametrize("mark", ["（閉会）", "（散会）", "〔閉会〕", "(閉会)", "（　閉会　）"])
def test_an_adjourning_stage_direction_ends_the_turns(mark: str) -> None:
    parsed = _parse(RECORD.format(mark=mark))
    assert [(p.speaker.label, p.text[:8]) for p in parsed.points] == [
        ("会長", "ただいまから第３"), ("島田委員", "色彩の基準につい"), ("会長", "ありがとうござい")]
    assert [d.text for d in parsed.directions] == [mark]
    assert _fates(parsed) == "fbfbppbpFpbsbFbF"


def test_a_bracketed_heading_after_the_turns_is_still_back_matter() -> None:
    # 【参考】 is no stage direction: what stands under it is back matter, as before
    parsed = _parse(RECORD.format(mark="【参考】"))
    assert parsed.directions == ()
    assert _fates(parsed)[10:12] == "bf"


@pytest.mark.parametrize("line, names", [
    ("　出席者は別紙のとおり。", ()),
    ("　委員１２名が出席した。", ()),
    ("　別添名簿のとおり", ()),
    ("　会長　田中一郎、委員　村井花子", ("会長\u3000田中一郎", "委員\u3000村井花子")),
])
def test_a_sentence_under_the_attendee_label_names_nobody(line: str, names: tuple[str, ...]) -> None:
    # the sentence stays front matter (every line accounted for) but is no attendee's name
    parsed = _parse(f"第２回　かわせ町防災会議　議事録\n\n１　日時　令和７年６月３日（火）午後２時～午後３時\n"
                    f"２　出席者\n{line}\n３　議事\n○会長　それでは会議を始めます。\n")
    assert [g.names for g in parsed.meeting.attendees] == [names]
    assert _fates(parsed) == "fbfffff"[:5] + "fp"


def test_a_closing_heading_is_a_section_and_the_chair_s_turn_under_it_is_read():
    # ＜閉会＞ heads the section whose turn closes the meeting: a heading, not a stage direction
    parsed = _parse("第２回　かわせ町防災会議　議事録\n\n○会長　それでは会議を始めます。\n"
                    "○村井委員　避難所の備蓄を増やすべきだ。\n＜閉会＞\n○会長　これで閉会とします。\n")
    assert [p.speaker.label for p in parsed.points] == ["会長", "村井委員", "会長"]
    assert parsed.directions == ()


ANNOUNCEMENT = (
    "令和８年度第２回さくら市景観審議会　会議録\n\n日時　令和８年１１月５日（木）午後２時から\n\n"
    "会長\n　ただいまから審議会を開会します。本日は議題が１件です。\n\n"
    "北村委員\n　色彩の基準は、商業地域でも一律に適用するのでしょうか。\n\n"
    "事務局\n　商業地域は別の基準を設ける予定です。\n\n"
    "会長\n　以上をもちまして、本日の審議会を閉会いたします。\n\n"
    "（午後３時１０分閉会）\n\n"
    "事務局\n　次回の審議会は１月中旬に開催する予定です。日程は追って御連絡いたします。\n\n"
    "以上\nさくら市都市計画課\n"
)


def test_a_label_after_the_close_with_speech_below_is_a_turn_and_the_office_under_the_end_back_matter():
    # 事務局 over the secretariat's announcement after （…閉会） is its turn; the office alone under
    # 以上 is who wrote the record (back matter). 457d94b took both for the office (the secretariat's
    # last words lost as narrative); closing_steps now asks for no sentence below the office's name.
    parsed = _parse(ANNOUNCEMENT)
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points][-1] == ("事務局", "secretariat")
    assert parsed.points[-1].text.startswith("次回の審議会は１月中旬")
    assert _fates(parsed)[-6:] == "bppbFf"
