"""An agenda's number and its item are one entry wherever the extractor puts them (session 20, agenda20).

pdftotext's default text of a Word table or a numbered list gives each cell a line with a blank line between:
``１`` / / ``開会``, ``（１）`` / / ``第３次プランの進捗について`` in the 会議次第 before the turns, and again after
them (the record's closing sections: ``４`` / / ``閉会`` / / ``会長から、…旨の発言があり、閉会となった。``). Before,
the number's item was taken only from the very next line (``item_below``): past a blank line the number stood
alone and its item was read elsewhere — the 次第's items front matter or narrative, and after the turns
``３`` / ``その他`` glued to the chair's last point and ``４`` / ``閉会`` to the narrated close, whose speaker became
``閉会会長``. Now (``front_steps.lone_entries``, ``entry_step``) a number alone on its line and the line of its
item below — past blank lines and the page's furniture; the item short, no sentence, no number nor mark of its
own, no header — are read as the one line ``４　閉会`` is before the first turn and after the last (the agenda,
a section of the record ending the proceedings: ``ends_proceedings``), the paragraph keeping both lines; between
the turns an agenda's number takes its item past blank lines too (``item_below``). A number that is a page's
number where it stands (``FileView.page_numbers``: the ``1`` at a page's foot) is no item's.

Fixtures (tests/tools/make_agenda20.py, fictional): a city 男女共同参画審議会's 会議録 typed in Word (its 次第 a
table of numbers and items, two rows of it again after the turns), made a PDF by LibreOffice: read from the
.pdf, by plain pdftotext, by ``pdftotext -layout`` and in pypdf's shape.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.minutes import numbering
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

KACHO = ("市民協働課長", "secretariat")
KAKARI = ("男女共同参画係長", "secretariat")
#: the council's turns, the same in every shape: (label, role, first words)
COUNCIL = [
    ("会長", "chair", "ただいまから第２回審議会を開会"), (*KACHO, "資料１に基づき、"), ("三木委員", "member", "計画どおりでない五つ"),
    (*KACHO, "御指摘のとおり、"), ("沢田委員", "member", "出前講座の申込み"), (*KAKARI, "商工会議所とは"),
    ("会長", "chair", "次に、市民意識調査"), (*KAKARI, "資料２を御覧ください。"), ("野口委員", "member", "若い世代の回答"),
    ("堀田委員", "member", "設問の数が多い"), (*KAKARI, "ウェブでの回答は"), ("会長", "chair", "ほかに御意見がなければ、本日の議題は以上とします。"),
    # after the turns: the record's sections (３ その他, ４ 閉会) and the reports under them
    ("事務局", "secretariat", "次回の審議会は１１月に開催する予定である"), ("会長", "chair", "本日の意見を踏まえて今後の運営に生かしてほしい"),
]
#: every line's place (test_forms2._LETTER): the 次第's numbers and items ``a``, the page's number ``F``
FATES = {
    "agenda20-council-pdftotext.txt": (
        "FffffffababababababababababababppppppppppppppppppppFbFpppppa"
        "babpababppbFbb"
    ),
    "agenda20-council-layout.txt": (
        "FbbfbfbfbfbfbfbababababababppbppppbppbppbpppbppbpbppbppbbFFb"
        "bppbppbpbabpbabppbbbbFb"
    ),
    "agenda20-council-pypdf.txt": (
        "FffffffaaaaaaaaaaaappppppppppppppppppppFFpppppaapaappF"
    ),
    # the Word file: each row of the 次第's table one line (１　開会), as the PDF's reader gives it (agenda20, step 2)
    "agenda20-council.docx": (
        "ffffffaaaaaappppppppppppapap"
    ),
    "agenda20-council.pdf": (
        "ffffffaaaaaapppppppppppppppppppppppppapapp"
    ),
}


@pytest.mark.parametrize("name", sorted(FATES))
def test_the_council_reads_its_agenda_and_closing_sections_in_every_shape(name: str) -> None:
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points]
    assert [g[:2] for g in got] == [c[:2] for c in COUNCIL], got
    for g, c in zip(got, COUNCIL):
        assert g[2].startswith(c[2]), (g, c)
    assert (_fates(parsed), parsed.unread) == (FATES[name], ())
    # the narrated close keeps its speaker and its words: no 閉会会長, no ４閉会 in its text
    last = parsed.points[-1]
    assert (last.speaker.title, last.narration[:4]) == ("会長", "会長から")


#: the town's reports, written apart (agenda20-transport-apart-utf16.txt): (label, role, first words)
TRANSPORT = [
    ("事務局（企画課）", "secretariat", "事務局（企画課）より、資料１に基づき、デマンド交通"), ("委員", "member", "東地区は高齢者の世帯"),
    ("事務局", "secretariat", "受付の時間は運行事業者と"), ("事務局", "secretariat", "事務局より、町立病院前の停留所"),
    ("委員", "member", "移設に伴い道路の幅"), ("事務局", "secretariat", "昨年度の路線バスの利用者数"),
    ("副会長", "member", "町民の足を守るため"),
]


def test_the_town_apart_reads_its_items_numbered_dai_and_in_circles() -> None:
    """Written apart after the rule: a 地域公共交通会議's 議事要旨 narrating who spoke, its 次第 numbered 第1 … 第4 with
    ⑴ ⑵ under 第2 (pdftotext: each number and item apart), page 2 opening with the running head over ``⑵`` / /
    ``バス停留所の移設について``, ``第3`` / / ``報告事項`` and ``第4`` / / ``閉会`` after the reports, bare page numbers
    at the pages' feet. Before: the 次第's 第3 … 第4 and the heading 議事の概要 were narrative and the first report
    with them (lost), ``第3報告事項`` a point of the member above (no one said it), ``第4閉会`` at the head of the
    副会長's close; ``第n　item`` is now an item of the agenda (``dai_agenda``), as ``３　閉会`` is."""
    parsed = minutes.parse_file(MINUTES / "agenda20-transport-apart-utf16.txt")
    got = [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points]
    assert [g[:2] for g in got] == [t[:2] for t in TRANSPORT], got
    for g, t in zip(got, TRANSPORT):
        assert g[2].startswith(t[2]), (g, t)
    assert (_fates(parsed), parsed.unread) == (
        "fbfbfbfbfb" "ababababababababababababab" "ppbppbppb" "FbFb" "abab" "pbppb" "abab" "pb" "abab" "pb" "Fbb", ())


def test_before_the_turns_a_long_item_numbered_dai_goes_on_the_agenda() -> None:
    """第２　議案第１２号　農地法第３条第１項の規定による許可申請について under 第１　議事録署名委員の指名: the
    agenda's next item, however long (a 農業委員会's 議事日程), not narrative."""
    parsed = minutes.parse_file(MINUTES / "agriculture-spaced-title-person-pdftotext.txt")
    assert _fates(parsed)[10:13] == "aaa", _fates(parsed)


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


#: an item's number in each style, the next one, as the 次第 and the closing section write them
STYLES = [("１", "２", "３"), ("（１）", "（２）", "（３）"), ("⑴", "⑵", "⑶"), ("1.", "2.", "3."), ("１．", "２．", "３．")]


@pytest.mark.parametrize("one,two,three", STYLES)
def test_a_lone_number_and_its_item_in_any_style_are_one_entry_before_and_after_the_turns(one: str, two: str, three: str) -> None:
    """Written apart from the council: a 運営協議会's 会議録, numbers in each style, blank lines between the number
    and its item (two after the last turn), the closing narrated with its speaker."""
    text = (f"さくら台地区運営協議会　会議録\n\n日時　令和８年９月３日\n\n次第\n\n{one}\n\n開会\n\n{two}\n\n協議\n\n{three}\n\n"
            "閉会\n\n○議長　これより協議会を始めます。\n\n○川村委員　夏祭りの警備の人数を増やしてほしい。\n\n"
            f"○事務局　来年は二人増やします。\n\n{three}\n\n\n閉会\n\n議長から、各委員の協力に感謝する旨のあいさつがあり、閉会した。\n")
    parsed = _parse(text)
    got = [(p.speaker.label, p.speaker.role, p.text[:10]) for p in parsed.points]
    assert got == [("議長", "chair", "これより協議会を始め"), ("川村委員", "member", "夏祭りの警備の人数を"),
                   ("事務局", "secretariat", "来年は二人増やします"), ("議長", "chair", "各委員の協力に感謝す")], got
    # the 次第's numbers and items ``a``; after the turns ``３`` / / / ``閉会`` the agenda's, the close the 議長's
    assert _fates(parsed) == "fbfbfb" "abababababab" "pbpbpb" "abbab" "p", _fates(parsed)


def test_a_page_number_at_the_page_foot_is_no_items_number() -> None:
    """A bare page number at a page's foot (the last line before a form feed) and a short line atop the next page
    (the next item's heading ``協議`` between the turns, the record's section ``連絡事項`` after the last): the number
    stays the page's (furniture), no entry ``3　連絡事項`` (the section's word the page's furniture with it); the
    heading alone is the agenda's as before."""
    text = ("みどり台自治会　役員会記録\n\n日時　令和８年４月５日\n\n○会長　始めます。\n\n○副会長　清掃の日程を決めたい。\n\n2\n\n"
            "\f協議\n\n○会計　予算は足ります。\n\n○会長　以上で終わります。\n\n3\n\n\f連絡事項\n\n"
            "事務局から、次回は６月に開く旨の連絡があった。\n")
    parsed = _parse(text)
    assert [p.speaker.label for p in parsed.points] == ["会長", "副会長", "会計", "会長", "事務局"]
    assert _fates(parsed) == "fbfbpbpb" "Fb" "ab" "pbpb" "Fb" "ab" "p", _fates(parsed)


def test_between_the_turns_an_agenda_number_takes_its_item_past_a_blank_line() -> None:
    """Written apart: a 流域協議会's 会議録 whose 議事 numbers its items in brackets, each number and item apart
    (pdftotext), the second item's heading again between the turns: before, its item 避難訓練について was unread
    there (and narrative in the 議事 above); now the agenda's (``item_below`` past the blank line)."""
    text = ("あおば川流域協議会　会議録\n\n議事\n\n（１）\n\n堤防の点検結果について\n\n（２）\n\n避難訓練について\n\n"
            "○座長　はじめに、堤防の点検結果について説明をお願いします。\n\n○河川課長　三か所で補修が必要です。\n\n"
            "（２）\n\n避難訓練について\n\n○河川課長　十月に合同で行います。\n\n○座長　以上で終わります。\n")
    parsed = _parse(text)
    assert [p.speaker.label for p in parsed.points] == ["座長", "河川課長", "河川課長", "座長"]
    assert (_fates(parsed), parsed.unread) == ("fbfb" "abababab" "pbpb" "abab" "pbp", ())


def test_a_number_alone_is_read_as_written() -> None:
    got = [(n.style, n.value) if n else None for n in map(numbering.alone, ("３", "（１）", "⑴", "1.", "第1", "Ⅲ"))]
    assert got == [("space", 3), ("paren", 1), ("pcircled", 1), ("dot", 1), ("dai", 1), ("roman", 3)]
    assert [numbering.alone(t) for t in ("３　閉会", "ア", "2026", "第1回", "3時")] == [None] * 5
