"""Lines in the wrong place (fates15): lines that are no speech read as points, or speech left
unread. Issue 10's principle: every line ends in exactly one place.

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread).

1. A running head of several lines atop each page (pdftotext of a 国会-style 会議録:
   ``第２１８回国会`` / blank / ``環境委員会議録第６号`` / blank / ``令和８年５月１３日``): only its
   first line was furniture, the others glued into the point going on across the page
   (``furniture._head_blocks``).
2. A section of the record after the last turn (``６．今後の予定`` / ``次回の部会は…予定。``; ``Ⅴ
   報告``, ``５　連絡事項`` numbered in the front matter's series): the sentence was unread ("text
   with no speaker above it") or the heading and its sentences the last speaker's point; now the
   heading is the agenda's and what stands under it the record's narrative
   (``front_steps.ends_proceedings``, ``last_section_step``).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 衆議院-style 委員会議録 in pdftotext shape, three pages: the head of three lines with blank
    # lines between them atop pages 2 and 3, the page number at the foot, a sentence of the
    # minister's answer broken by the page. Before: the head's second and third lines (30, 32; 49,
    # 51) were points, 環境委員会議録第６号令和８年５月１３日 inside the answer of lines 24-34
    "fates-diet-heads-pdftotext.txt": [
        ("堀之内委員長", "堀之内", "委員長", "chair", "これより会議を開きます。", 17, 17),
        ("堀之内委員長", "堀之内", "委員長", "chair", "地球温暖化対策の推進に関する件", 18, 18),
        ("堀之内委員長", "堀之内", "委員長", "chair", "質疑の申出がありますので、", 19, 19),
        ("石動委員", "石動", "委員", "member", "石動勇作です。", 20, 20),
        ("石動委員", "石動", "委員", "member", "まず、地域の脱炭素化に向けた交付金", 21, 23),
        ("大河内国務大臣", "大河内", "国務大臣", "government", "お答えいたします。脱炭素先行地域の", 24, 34),
        ("石動委員", "石動", "委員", "member", "人材の確保は地方にとって", 35, 36),
        ("石動委員", "石動", "委員", "member", "次に、家庭部門の省エネについて", 37, 38),
        ("大河内国務大臣", "大河内", "国務大臣", "government", "賃貸住宅向けの支援については", 39, 40),
        ("堀之内委員長", "堀之内", "委員長", "chair", "次に、片桐美里君。", 41, 41),
        ("片桐委員", "片桐", "委員", "member", "片桐でございます。", 42, 42),
        ("片桐委員", "片桐", "委員", "member", "住宅の断熱改修の補助について", 43, 44),
        ("大河内国務大臣", "大河内", "国務大臣", "government", "御指摘の点は重要であり", 53, 54),
        ("片桐委員", "片桐", "委員", "member", "ありがとうございます。終わります。", 55, 55),
        ("堀之内委員長", "堀之内", "委員長", "chair", "本日は、これにて散会いたします。", 56, 56),
    ],
    # a prefecture's 部会 議事要旨 in pdftotext shape saved as CP932 with CRLF: the front's
    # numbered sections, opinions under labels, a page break, then ６．今後の予定 after the last
    # turn, a sentence and a bullet under it, （以上） and the contact footer. Before: lines 20-21
    # unread (text / a bullet with no speaker above it)
    "fates-closing-section-cp932.txt": [
        ("委員", "", "委員", "member", "井戸ごとの揚水量の報告を義務化し", 11, 11),
        ("委員", "", "委員", "member", "湧水の水質調査は", 12, 12),
        ("事務局", "", "事務局", "secretariat", "揚水量の報告は、関係部局と調整の上", 14, 14),
        ("委員", "", "委員", "member", "農業用の井戸は届出がないものも多い。", 18, 18),
    ],
}

LINE_FATES = {
    "fates-diet-heads-pdftotext.txt": "fbfbffffffffFffF" "pppppppppbFFbFbFb" "pppppppppppbFFbFbFb" "ppppnbFb",
    "fates-closing-section-cp932.txt": "fbffffannpppppbF" "ppannFbFFFbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


_LETTER = {"front": "f", "agenda": "a", "narrative": "n", "point": "p", "stage": "s",
           "furniture": "F", "blank": "b", "unread": "u"}


def _fates(parsed: minutes.Minutes) -> str:
    return "".join(_LETTER[d] for d in parsed.lines)


def test_the_head_is_no_part_of_the_answer_it_crosses() -> None:
    parsed = minutes.parse_file(MINUTES / "fates-diet-heads-pdftotext.txt")
    answer = parsed.points[5].text
    assert "環境委員会議録" not in answer and "令和８年５月１３日" not in answer
    assert answer.endswith("図ってまいります。また、複数の自治体が共同で人材を確保する仕組みについても検討してまいります。")


def test_a_head_of_several_lines_written_apart() -> None:
    # written apart (a 参議院-style 会議録, other names and words): the head's lines are the house
    # and the record's name with its date on one line, right-aligned, a page number 「－２－」.
    # Before: the second line of the head (lines 16, 27) glued to the speech going on
    page = ("　　　　　　　　　　　　　第２１９回国会　参議院\n\n"
            "国土交通委員会会議録第３号　　　　令和８年１１月２０日　【参議院】\n\n")
    text = ("第２１９回国会　参議院\n国土交通委員会会議録第三号\n令和八年十一月二十日（木曜日）\n"
            "○委員長（三好千代美君） ただいまから国土交通委員会を開会いたします。\n"
            "○柏木健吾君 路線バスの運転士不足が深刻化しております。国の補助を地方の実情に合わせて\n"
            "拡充すべきではないでしょうか。大臣の認識を伺います。\n"
            "○国務大臣（桐生雅彦君） 運転士の確保は喫緊の課題と認識しております。免許取得への支\n\n"
            "                                    －１－\n\f" + page +
            "援に加え、待遇改善につながる運賃制度の見直しを進めてまいります。\n"
            "○柏木健吾君 次に、鉄道の上下分離について伺います。財政力の弱い自治体には負担が重\n\n"
            "                                    －２－\n\f" + page +
            "過ぎるのではないかと懸念しております。\n"
            "○委員長（三好千代美君） これにて散会いたします。\n\n"
            "                                    －３－\n")
    parsed = _parse(text)
    assert _fates(parsed) == "Fffpppp" "bFFbFb" "ppbFFbFb" "pp" "bF"  # line 1: the head over the title
    assert [p.text for p in parsed.points][2] == ("運転士の確保は喫緊の課題と認識しております。免許取得への支"
                                                  "援に加え、待遇改善につながる運賃制度の見直しを進めてまいります。")


def test_a_page_whose_first_line_is_speech_keeps_it() -> None:
    # the block starts at a page's first line only: a line of speech there (a piece of the
    # title's words but no head: 委員会) stays the speaker's
    text = ("あおば市環境審議会　議事録\n令和８年５月１３日\n○会長　開会します。\n○西委員　温暖化対策の\n\n"
            "－１－\n\f委員会\nを設けるべきだ。\n\n－２－\n\f○会長　閉会します。\n\n－３－\n")
    parsed = _parse(text)
    assert [p.text for p in parsed.points][1] == "温暖化対策の委員会を設けるべきだ。"


@pytest.mark.parametrize("text, fates", [
    # written apart: the front's sections numbered Ⅰ…Ⅳ, then Ⅴ and Ⅵ after the last turn with
    # no word of a closing section in Ⅳ (報告); before, lines 9-14 the secretariat's points
    ("令和８年度　第１回あおば市子ども・子育て会議　会議概要\nⅠ　開催日時　令和８年６月１０日（水）\n"
     "Ⅱ　出席委員　１１名\nⅢ　会議の内容\n【三浦委員】\n　放課後児童クラブの待機児童が増えている。\n"
     "【事務局】\n　学校の余裕教室の活用と合わせて検討します。\nⅣ　報告\n"
     "　令和７年度の保育所等利用状況は、資料３のとおり。\n\nⅤ　次回開催\n　令和８年８月下旬を予定\n"
     "　・第２期計画の骨子案について\n", "ffffppppanbann"),
    # written apart: ○ turns, then 連絡事項 numbered in the front's series with bullets and 閉会;
    # before, lines 9-11 the chair's points
    ("あおば町地域福祉推進協議会（第２回）会議録\n１　日時　令和８年１１月４日（水）\n２　出席者　委員１２名\n"
     "３　議事\n○会長　それでは議事に入ります。\n○石田委員　見守り活動の担い手が高齢化している。\n"
     "○会長　以上で議事を終わります。\n４　連絡事項\n・次回の協議会は２月上旬に開催します。\n"
     "・会議録は町ホームページで公開します。\n５　閉会\n", "ffffpppanna"),
])
def test_a_section_after_the_last_turn_is_the_records_own(text: str, fates: str) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())


def test_a_heading_of_the_agenda_with_a_turn_below_is_no_end() -> None:
    # ２．議題 goes on the front's series (１．開会) but a speaker's header stands below: the turns
    # go on, and the bullets with no speaker above them stay unread (tests/test_minutes.py)
    parsed = _parse("テスト懇談会（第３回）\n議事要旨\n１．開会\n（飯島委員）\n・見出しの後の箇条。\n２．議題\n"
                    "・発言者の見出しのない箇条。\n（小林委員）\n・人材の確保が課題である。\n")
    assert _fates(parsed) == "ffappaupp"
