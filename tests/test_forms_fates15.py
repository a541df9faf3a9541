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
3. Stage directions on lines of their own after the chair's call: two side by side
   (``〔２２番　笹倉千晶議員登壇〕（拍手）``) or one broken over two lines (``〔寺内委員長代理退席、委員`` /
   ``長着席〕``) were the chair's points (``forms._STAGE_RUN``, ``report_steps.broken_stage_step``);
   the chair's call by seat and name (``２２番笹倉千晶議員。``, ``次に、３番 川原 誠議員。``) was read
   as words of substance (``kind``: nomination), and the 副議長 in the chair a member there; with no
   chair proper speaking in the record, a deputy who ran the sitting holds the chair in every turn
   (``roles._deputy_turn``, ``sole``).
4. The list of what a press conference's statement announces (``発表事項`` / ``１　「…」の発足について``
   / ``２　…について``) under the statement's heading, before the first line of speech, was the
   official's first point; now agenda (``report_steps.statement_item_step``). A heading of the
   statement with such a list below and then speech with no label (冒頭発言 / （１）… / （２）… /
   １０月から…) opens the statement there (``list_then_speech``; before, the speech was narrative).
5. The front matter's fields in brackets with the value right after the bracket (``【事務局】都市
   整備部交通政策課 3名``, ``【傍聴者】3名``, ``〈出席委員〉１２名``) were turns of 事務局, 傍聴者… — now fields
   (``front.FrontLabels``: the value may follow the label's closing bracket); a marked heading of the
   proceedings (``■議事概要``, ``◆議事の経過``, ``■審議の内容``) above a label：speech line was read as
   the label's first half (議事概要会長; ``stacked_steps._SUMMARY_OF``).
6. Transcripts (``ingest/transcript.py``): a cue ``結論：…`` or ``決定事項: …`` was a turn of 結論; what
   an AI minute-taker writes under the transcript (【要約】, 会議の要点, アクションアイテム, 決定事項：)
   was front matter or the points of a label inside it (・事務局：…). Now a note in a cue is the
   record's narrative (cue ``note``, the turn goes on over it) and the summary, from its first
   heading after the last speaker's line on, narrative (cue ``summary``: the turns are over).
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
    # (narrated20: 事務局から…に基づき説明した後、意見交換を行った。 is the secretariat's act, as …説明を行った後、 is —
    # it was narrative)
    "fates-closing-section-cp932.txt": [
        ("事務局", "", "事務局", "secretariat", "事務局から資料１及び資料２に基づき説明した後、", 8, 8),
        ("委員", "", "委員", "member", "井戸ごとの揚水量の報告を義務化し", 11, 11),
        ("委員", "", "委員", "member", "湧水の水質調査は", 12, 12),
        ("事務局", "", "事務局", "secretariat", "揚水量の報告は、関係部局と調整の上", 14, 14),
        ("委員", "", "委員", "member", "農業用の井戸は届出がないものも多い。", 18, 18),
    ],
    # a prefectural assembly's 本会議 in pdftotext shape, the 副議長 in the chair all day (the 議長
    # never speaks): two stage directions on a line of their own (〔２２番　笹倉千晶議員登壇〕（拍手）,
    # 〔３番 川原 誠議員登壇〕 （拍手）), one broken over two lines at the page width (〔議長　大沢正道君
    # 退席、副議長　西園寺浩一君着 / 席〕), calls by seat and name (２２番笹倉千晶議員。, 次に、３番 川原 誠議員。),
    # a page break inside the governor's answer. Before: lines 12, 31-32, 34 points (31-32 a speaker
    # 〔議長), and the 副議長 a member in 4 of its 8 points (11, 33, 34, 37)
    "fates-assembly-stage-deputy-pdftotext.txt": [
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "これより本日の会議を開きます。", 8, 8),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "日程第１、一般質問を行います。", 10, 10),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "通告に基づき、順次発言を許します。", 11, 11),
        ("２２番（笹倉千晶君）", "笹倉千晶", "２２番", "member", "おはようございます。", 13, 14),
        ("２２番（笹倉千晶君）", "笹倉千晶", "２２番", "member", "北部医療圏では", 15, 16),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "大河内知事。", 17, 17),
        ("知事（大河内正人君）", "大河内正人", "知事", "government", "笹倉議員の御質問にお答えします。", 19, 23),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "笹倉千晶議員。", 24, 24),
        ("２２番（笹倉千晶君）", "笹倉千晶", "２２番", "member", "前向きな答弁をいただきました。", 26, 27),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "笹倉議員に申し上げます。", 28, 29),
        ("２２番（笹倉千晶君）", "笹倉千晶", "２２番", "member", "以上で質問を終わります。", 30, 30),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "次に、３番 川原 誠議員。", 33, 33),
        ("３番（川原誠君）", "川原誠", "３番", "member", "川原誠です。", 35, 36),
        ("副議長（西園寺浩一君）", "西園寺浩一", "副議長", "chair", "この際、暫時休憩いたします。", 37, 37),
    ],
    # a prefecture's 知事定例記者会見 in pdftotext shape: 【知事発表】, then 発表事項 and its two
    # items (the second wrapped at the width), blank lines between, the statement with no label,
    # a page break inside it, 【質疑応答】 and labels alone above the speech. Before: 発表事項 and
    # the items (lines 7-12) the governor's first point, read with the greeting below
    "fates-press-announcements-pdftotext.txt": [
        ("知事", "", "知事", "government", "おはようございます。本日は２点発表", 14, 14),
        ("知事", "", "知事", "government", "まず１点目、あおば県子ども未来会議", 15, 17),
        ("知事", "", "知事", "government", "２点目は、観光客数の速報値です。", 18, 21),
        ("記者（あおば日報）", "あおば日報", "記者", "other", "子ども未来会議の委員は", 26, 26),
        ("知事", "", "知事", "government", "公募と学校からの推薦を", 29, 29),
    ],
    # a city's 地域公共交通会議 会議録 saved as EUC-JP with CRLF: the front's fields in 【】 with the
    # value right after the bracket (【事務局】都市整備部交通政策課 3名, 【傍聴者】3名), the agenda,
    # ■議事概要, label：speech turns, a page number and a form feed. Before: 【事務局】 and 【傍聴者】
    # the secretariat's and 傍聴者's opinions, the date unread and the fields run into the council's
    # name, ■議事概要 glued to the chair's label (議事概要会長)
    "fates-front-bracket-fields-eucjp.txt": [
        ("会長", "", "会長", "chair", "ただいまから令和８年度第２回", 12, 13),
        ("事務局", "", "事務局", "secretariat", "資料１に基づき、計画の中間評価", 14, 15),
        ("上野委員", "上野", "委員", "member", "利用者数が伸びない理由を", 16, 16),
        ("荒木委員", "荒木", "委員", "member", "北部循環線は通院の時間帯に", 19, 19),
        ("会長", "", "会長", "chair", "以上で本日の議事を終了します。", 20, 20),
    ],
    # an AI minute-taker's text export saved as UTF-16 with a BOM and CRLF: 話者N with the clock,
    # then what it wrote under the transcript — 【要約】 (a paragraph wrapped at the width), 会議の要点,
    # アクションアイテム with ・事務局：… and ・話者3：…, 決定事項：. Before: the summary's lines front
    # matter, the action items three points of 事務局 (lines 25-29)
    "transcript-ai-summary-utf16.txt": [
        ("話者1", "話者1", "", "other", "それでは第２回の検討会を始めます", 5, 5),
        ("話者2", "話者2", "", "other", "駅の東口は朝の７時台に満車になっ", 8, 8),
        ("話者3", "話者3", "", "other", "西口は空きが多いので、案内表示を", 11, 11),
        ("話者1", "話者1", "", "other", "ありがとうございます。では、東口", 14, 14),
    ],
    # a WebVTT with numbered cues, the speaker before a colon, and two cues that note what the
    # meeting reached (結論：…, 決定事項: …). Before: turns of 結論 and 決定事項
    "transcript-notes-cues.vtt": [
        ("山田太郎", "山田太郎", "", "other", "それでは会議を始めます。", 5, 5),
        ("佐藤花子", "佐藤花子", "", "other", "駐輪場の収容台数を増やすべきだと", 9, 9),
        ("山田太郎", "山田太郎", "", "other", "では次回までに案を作ります。", 17, 17),
    ],
}

LINE_FATES = {
    "transcript-ai-summary-utf16.txt": "ffbppbppbppbppb" "nnnbnnnbnnnbnn",
    "transcript-notes-cues.vtt": "FbFFpbFFpbFFnbFFpbFFn",
    "fates-front-bracket-fields-eucjp.txt": "fffffffaaaapppppbFpp",
    "fates-press-announcements-pdftotext.txt": "fbfbabababaab" "pppppbFpbabppbppbF",
    "fates-assembly-stage-deputy-pdftotext.txt": "fbffffFpFpps" "pppppspp" "bFppsppppp" "ssps" "pppnbFb",
    "fates-diet-heads-pdftotext.txt": "fbfbffffffffFffF" "pppppppppbFFbFbFb" "pppppppppppbFFbFbFb" "ppppnbFb",
    "fates-closing-section-cp932.txt": "fbffffapnpppppbF" "ppannFbFFFbF",
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


def test_a_head_of_several_lines_atop_page_one_too(tmp_path) -> None:
    # the fixture with its head atop page 1 too, over the title. Before: only the head's first line
    # furniture, the council 環境委員会第２１８回国会衆議院環境委員会令和八年五月十三日（水曜日）
    head = "第２１８回国会　　　　　　　　　　　　　　　　　　　\n\n環境委員会議録第６号　　　　　　　　　　　　\n\n令和８年５月１３日\n\n"
    f = tmp_path / "diet.txt"
    f.write_text(head + (MINUTES / "fates-diet-heads-pdftotext.txt").read_text(encoding="utf-8"), encoding="utf-8")
    parsed = minutes.parse_file(f)
    assert _fates(parsed)[:8] == "FbFbFbfb" and parsed.meeting.council == "第２１８回国会衆議院環境委員会"
    assert len(parsed.points) == 15


def test_a_head_of_several_lines_in_pypdf_text(tmp_path) -> None:
    # the fixture as pypdf gives it: no form feeds, no blank lines, the head's lines right after the
    # page number. Before: the head's second and third lines glued into the minister's answer and
    # into the member's question
    f = tmp_path / "diet-pypdf.txt"
    text = (MINUTES / "fates-diet-heads-pdftotext.txt").read_text(encoding="utf-8").replace("\f", "")
    f.write_text("\n".join(line for line in text.split("\n") if line.strip()) + "\n", encoding="utf-8")
    parsed = minutes.parse_file(f)
    assert _fates(parsed)[23:27] == "FFFF" and _fates(parsed)[38:42] == "FFFF"
    answer = parsed.points[5].text
    assert "環境委員会議録" not in answer and answer.endswith("仕組みについても検討してまいります。")


def test_a_title_like_the_head_below_it_is_no_head() -> None:
    # page 1's first lines the same as the head atop page 2, but no title below them (the roster):
    # the block is the title itself (its first line the head over the title, furniture._head_over_title)
    page = "第５回あおば市議会\n\n総務委員会記録\n\n"
    parsed = _parse(page + "出席委員　６名\n○委員長　開会します。\n○北委員　防災無線の更新を\n\n－１－\n\f"
                    + page + "急ぐべきだ。\n○委員長　閉会します。\n\n－２－\n")
    assert _fates(parsed)[:4] == "Fbfb" and "総務委員会" in parsed.meeting.council


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


def _roles(parsed: minutes.Minutes) -> list[tuple[int, str]]:
    return [(p.source.line_start, p.speaker.role) for p in parsed.points]


def test_stage_directions_and_the_deputy_in_the_chair_written_apart() -> None:
    # written apart (a city assembly, other names, square brackets, a stage direction after
    # spaces, a voice of the floor broken over two lines, a name spaced inside the call).
    # Before: lines 10, 15, 16, 18 points (10 a speaker 〔市長), the 副議長 a member at 4, 13, 17
    parsed = _parse(
        "令和８年９月あさひ市議会定例会会議録（第２号）\n令和８年９月８日（火曜日）\n"
        "○副議長（森田恵子君）　ただいまから本日の会議を開きます。\n"
        "　これより一般質問を行います。順次発言を許します。１５番岡島千鶴議員。\n"
        "　　　　［１５番　岡島千鶴議員登壇］\n　　　　（拍手）\n"
        "○１５番（岡島千鶴君）　公明党の岡島です。通学路の安全対策について伺います。ガードレール\n"
        "の設置が進んでいない区間があり、早急に整備すべきではないでしょうか。\n"
        "○副議長（森田恵子君）　藤堂市長。\n　　　　〔市長　藤堂勝彦君登壇〕　（拍手）\n"
        "○市長（藤堂勝彦君）　岡島議員の御質問にお答えします。本年度中に危険箇所の点検を終え、来年\n"
        "度から順次整備してまいります。\n○副議長（森田恵子君）　岡島議員に申し上げます。残り時間は３分です。\n"
        "○１５番（岡島千鶴君）　ありがとうございました。\n　　　　（「異議なし」と呼ぶ者\n　　　　あり）\n"
        "○副議長（森田恵子君）　次に、７番　堀　健太議員。\n　　　　［７番　堀　健太議員登壇］（拍手）\n"
        "○７番（堀健太君）　堀です。空き家対策について伺います。\n○副議長（森田恵子君）　本日はこれで散会します。\n")
    assert _fates(parsed) == "ffppsspppsppppsspspp"
    assert [d.line for d in parsed.directions] == [5, 6, 10, 15, 18]
    assert _roles(parsed) == [(3, "chair"), (4, "chair"), (7, "member"), (9, "chair"), (11, "government"),
                              (13, "chair"), (14, "member"), (17, "chair"), (19, "member"), (20, "chair")]


def test_a_deputy_chairing_a_committee_all_day_written_apart() -> None:
    # the 副委員長 presides, the 委員長 absent: a call after a word to the answerer (答弁は簡潔に
    # お願いします。次に、１２番 大野 綾委員。) is the chair's (before: a member's opinion)
    parsed = _parse("あさひ市議会予算特別委員会記録\n令和８年３月１０日\n"
                    "○副委員長（北村）　委員長が所用のため、私が委員長の職務を行います。ただいまから委員会を開会します。\n"
                    "　質疑を行います。佐伯委員。\n○佐伯委員　図書館の開館時間の延長について伺います。\n"
                    "○副委員長（北村）　生涯学習課長。\n○生涯学習課長　来年度から試行いたします。\n"
                    "○副委員長（北村）　答弁は簡潔にお願いします。次に、１２番 大野 綾委員。\n"
                    "○大野委員　公民館の耐震化について伺います。\n○副委員長（北村）　以上で本日の委員会を閉会します。\n")
    assert [r for r in _roles(parsed) if r[0] in (3, 4, 6, 8, 10)] == [
        (3, "chair"), (4, "chair"), (6, "chair"), (8, "chair"), (10, "chair")]


def test_a_deputy_with_the_chair_proper_speaking_stays_a_member_when_giving_views() -> None:
    # the 委員長 speaks in the record: the 副委員長's question is a member's, as before
    parsed = _parse("文教委員会記録\n○委員長（寺内）　開会します。質疑を行います。\n"
                    "○副委員長（北村）　給食費の無償化の財源について伺いたい。段階的に実施すべきではないか。\n"
                    "○委員長（寺内）　閉会します。\n")
    assert _roles(parsed) == [(2, "chair"), (3, "member"), (4, "chair")]


@pytest.mark.parametrize("text, fates, first", [
    # written apart: 市長からの報告 and three marked items, the statement with no label
    ("みなと市長定例記者会見　会見録\n日時：令和８年１１月１２日（木）午後２時\n市長からの報告\n"
     "　・みなと市ゼロカーボン推進本部の設置について\n　・市民プールの冬季開放について\n"
     "　・年末年始のごみ収集日程について\n"
     "　本日は３点御報告いたします。まず、ゼロカーボン推進本部を１２月１日に設置いたします。\n"
     "質疑応答\n（記者）推進本部の本部長はどなたですか。\n（市長）私が務めます。\n",
     "ffaaaapapp", (7, "市長", "government")),
    # written apart: 冒頭発言 and two numbered items, then the statement (before: narrative)
    ("かもめ町長記者会見要旨\n令和８年１０月１日\n冒頭発言\n（１）かもめ町デジタル窓口の開設\n"
     "（２）秋の交通安全運動\n　１０月から役場にデジタル窓口を開設します。\n"
     "【質問】デジタル窓口の利用は予約制ですか。\n【回答】予約は不要です。\n",
     "ffaaappp", (6, "かもめ町長", "government")),
])
def test_what_a_statement_announces_is_agenda_written_apart(text: str, fates: str,
                                                            first: tuple[int, str, str]) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())
    p = parsed.points[0]
    assert (p.source.line_start, p.speaker.label, p.speaker.role) == first


@pytest.mark.parametrize("text, fates, first", [
    # written apart: 〈〉 fields, 説明員 with two offices, 傍聴 なし, ◆議事の経過 (before: fffppppppp,
    # the first turn 議事の経過委員長)
    ("あおば町道路整備検討委員会（第３回）記録\n〈開催日時〉令和８年１０月２日（金）１３時３０分から\n"
     "〈会場〉あおば町役場　第１会議室\n〈出席委員〉１２名\n〈説明員〉建設部道路課２名、まちづくり課１名\n〈傍聴〉なし\n"
     "◆議事の経過\n委員長：それでは始めます。道路課から説明をお願いします。\n"
     "道路課長：資料に基づき、町道の舗装状況を説明します。\n北原委員：通学路の補修を優先すべきだ。\n",
     "fffffffppp", "委員長"),
    # written apart: ＜＞ fields, the agenda's value on the label's line, ■審議の内容 (before: fffppppp)
    ("あおば町道路整備検討委員会（第３回）記録\n＜日時＞令和８年１０月２日（金）\n＜出席者＞委員１２名\n"
     "＜事務局＞建設部道路課　２名\n＜議題＞町道の維持管理計画について\n■審議の内容\n委員長：始めます。\n"
     "北原委員：通学路の補修を優先すべきだ。\n", "ffffffpp", "委員長"),
])
def test_bracketed_fields_of_the_front_matter_written_apart(text: str, fates: str, first: str) -> None:
    parsed = _parse(text)
    assert (_fates(parsed), parsed.unread) == (fates, ())
    assert parsed.points[0].speaker.label == first and parsed.meeting.date is not None


def test_a_summary_and_notes_in_transcripts_written_apart(tmp_path) -> None:
    # written apart: Zoom's [名前] clock lines, ■ まとめ（AI生成） and Next steps with - 事務局: …;
    # an SRT with 合意事項：… and 宿題：… cues. Before: the summary the chair's point (lines 9-13),
    # turns of 合意事項 and 宿題
    zoom = tmp_path / "zoom.txt"
    zoom.write_text("あおば町図書館協議会　オンライン会議\n[北川 直子] 10:03:21\n"
                    "おはようございます。本日は開館時間の延長について御意見をいただきます。\n[村田 健] 10:04:02\n"
                    "平日の夜８時まで開けてほしいという声が多いです。試行から始めてはどうでしょうか。\n[北川 直子] 10:05:40\n"
                    "では、来年度に試行する方向で事務局に検討をお願いします。\n\n■ まとめ（AI生成）\n"
                    "開館時間の延長について、来年度の試行に向けて事務局が検討することとなった。\nNext steps\n"
                    "- 事務局: 試行案の作成\n- 村田委員: 利用者アンケートの案\n", encoding="utf-8")
    parsed = minutes.parse_file(zoom)
    assert (_fates(parsed), [p.speaker.label for p in parsed.points]) == ("fppppppbnnnnn", ["北川直子", "村田健", "北川直子"])
    srt = tmp_path / "notes.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:04,000\n北川：始めます。\n\n2\n00:00:05,000 --> 00:00:09,000\n"
                   "村田：夜８時まで開けてほしいです。\n\n3\n00:00:10,000 --> 00:00:14,000\n合意事項：来年度に試行する。\n\n"
                   "4\n00:00:15,000 --> 00:00:18,000\n北川：ではそのようにします。\n\n5\n00:00:19,000 --> 00:00:22,000\n"
                   "宿題：事務局が試行案を作る。\n", encoding="utf-8")
    parsed = minutes.parse_file(srt)
    assert (_fates(parsed), [p.speaker.label for p in parsed.points]) == ("FFpbFFpbFFnbFFpbFFn", ["北川", "村田", "北川"])


def test_a_heading_like_word_inside_the_last_speech_is_no_summary(tmp_path) -> None:
    # the summary begins only at a heading after a blank line: まとめ inside the last speech, or a
    # line of speech after a blank line, stays the speaker's
    f = tmp_path / "t.txt"
    f.write_text("話者1  00:00:03\n始めます。\n話者2  00:00:21\n東口を増やすべきです。\n話者1  00:01:05\n"
                 "では、まとめます。\n\n東口の拡張を優先します。\n", encoding="utf-8")
    parsed = minutes.parse_file(f)
    assert "n" not in _fates(parsed) and parsed.points[-1].text.endswith("東口の拡張を優先します。")
