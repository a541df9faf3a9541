"""Tests that bite (session 15, bite15): the decisions of the readers added in sessions 12-14 that
a deliberate break (``tools/mutations.py``, the rows named in each test) left unnoticed — each
break survived every test before, and each test here fails under it.

Written here, fictional names and sentences, in the shapes the records arrive in: a database's
field blocks with its record numbers, a record of proceedings with clocks over its items, pypdf's
cells of a Q&A table wrapped at the column's width with half-width spaces around a number,
pdftotext -layout's columns with an answerer's cell merged down, quoted turns with a quotation
that is narration, a speech whose 」 is missing and a member quoting a resident on a line of its
own, a legend of kanji abbreviations above the front matter's spaced labels, a facilitator calling
on an official by name, the days of a session added again.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assembler import minutes
from assembler.ingest.fields import read_fields
from assembler.ingest.qatext import read_qa_text
from assembler.ingest.text import split_lines
from assembler.ingest.transcript import read_transcript
from test_forms2 import _fates
from test_forms_labels14 import _days_without_their_day


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _said(parsed: minutes.Minutes) -> list[tuple[str, str]]:
    return [(p.speaker.label, p.text) for p in parsed.points]


# --- ingest/fields.py ------------------------------------------------------------------------

#: one block of a database's fields quoted in an ordinary record (its number and the office
#: give the cheap gate two keys): one block is no export (row fields-least-blocks)
ONE_NUMBERED_BLOCK = ("令和９年度　みどり町子ども議会　会議録\n日時：令和９年８月３日\n\n"
                      "発言番号：1\n発言者：山口　達也\n役職：町長\n発言内容：\n　皆さんの意見を聞かせてください。\n\n"
                      "○議長（児童Ａ）　公園に屋根のある遊び場がほしいです。\n○町長　調べてお答えします。\n")


def test_one_numbered_block_in_an_ordinary_record_is_no_export() -> None:
    assert read_fields(split_lines(ONE_NUMBERED_BLOCK, "x.txt", encoding="utf-8")) is None


def test_a_speech_with_no_speaker_s_field_after_a_turn_is_nobody_s() -> None:
    """A block whose speech has no speaker's field, after the turns began, is the clerk's
    narrative, not the words of the speaker above (row fields-unnamed-after-turn)."""
    text = ("会議名：令和９年　ふたば町議会　産業建設委員会\n開催日：2027-06-20\n"
            "発言番号：1\n発言者：浅野　浩一\n役職：委員長\n発言内容：\n　資料の説明を求めます。\n"
            "発言番号：2\n発言内容：\n　ここで追加の資料が配付された。\n"
            "発言番号：3\n発言者：杉本　涼子\n役職：農林課長\n発言内容：\n　お手元の資料で御説明いたします。\n")
    src = split_lines(text, "x.txt", encoding="utf-8")
    (got,) = (minutes.parse_source(s) for s in read_fields(src) or ())
    assert _said(got) == [("浅野委員長", "資料の説明を求めます。"), ("杉本農林課長", "お手元の資料で御説明いたします。")]
    assert _fates(got) == "ffFpFFpFFnFpFFp" and got.unread == ()


# --- ingest/transcript.py --------------------------------------------------------------------

def test_a_record_with_clocks_over_its_items_is_no_transcript() -> None:
    """A record of the proceedings with the clock before each item (14:00　開会) and the clerk's
    paragraph below it: the items' words are no speakers' names (row transcript-not-a-name)."""
    text = ("第３回　ひなた町景観審議会　会議録\n\n14:00　開会\n　事務局が開会を告げ、会長があいさつを行った。\n\n"
            "14:05　議事\n　景観計画の見直し案について、事務局から説明があった。\n\n"
            "15:20　閉会\n　次回の日程を確認し、閉会した。\n")
    assert read_transcript(split_lines(text, "x.txt", encoding="utf-8")) is None


def test_a_programme_with_clocks_and_roles_before_colons_is_no_transcript() -> None:
    """A record whose programme lists clocks alone and who does what before a colon (受付: …,
    司会: …, 講師: …): nobody named twice, no transcript's speakers (row
    transcript-colon-names-repeat)."""
    text = ("令和９年度　ひばり市市民活動フォーラム　記録\n\n13:00\n受付: 市民協働課\n司会: 北野 まゆみ\n"
            "講師: 森田 教授\n\n13:30\n○司会　ただいまからフォーラムを始めます。\n"
            "○森田教授　地域の活動についてお話しします。\n")
    assert read_transcript(split_lines(text, "x.txt", encoding="utf-8")) is None


def test_a_caption_s_first_line_with_no_stop_is_no_speaker_s_name() -> None:
    """Captions broken where the speech runs on (本日は三つの案件について / 御意見を…): the first
    line of a cue is no name above its speech unless most cues open so and a name comes back
    (row transcript-named-above); the cue with no speaker goes on 山田's turn."""
    text = ("1\n00:00:01,000 --> 00:00:04,000\n山田：それでは定刻になりましたので\n会議を始めます。\n\n"
            "2\n00:00:04,500 --> 00:00:08,000\n本日は三つの案件について\n御意見をいただきます。\n\n"
            "3\n00:00:08,500 --> 00:00:12,000\n佐藤：駅前の駐輪場が\n足りていません。\n")
    made = read_transcript(split_lines(text, "x.srt", encoding="utf-8"))
    assert made is not None
    got = minutes.parse_source(made)
    assert _said(got) == [("山田", "それでは定刻になりましたので会議を始めます。本日は三つの案件について御意見をいただきます。"),
                          ("佐藤", "駅前の駐輪場が足りていません。")]
    assert _fates(got) == "FFppbFFppbFFpp"


# --- ingest/qatext.py ------------------------------------------------------------------------

def _qa(text: str) -> minutes.Minutes:
    made = read_qa_text(split_lines(text, "x.txt", encoding="utf-8"))
    assert made is not None
    return minutes.parse_source(made)


def test_a_cell_s_line_that_opens_with_a_word_and_a_space_goes_on_the_cell() -> None:
    """pypdf's cells wrapped at the column's width: a line of the answer going on (the line above
    ended no sentence) that opens with 令和 and a half-width space is the answer's, not a member
    令和委員's label (row qatext-label-after-ended)."""
    text = ("ひばり町議会　令和９年第２回定例会　決算審査特別委員会記録\n"
            "質疑者 質疑の要旨 答弁者 答弁の要旨\n"
            "山本委員 町営住宅の空き部屋が増えて\nいる。募集の方法を見直す考え\nはあるか。\n"
            "建設課長 募集は年二回としているが、\n令和 10 年度から随時の募集に\n改める予定である。\n"
            "佐藤 給食センターの調理員の確保\nの見通しを伺う。\n"
            "教育次長 調理員は二名が不足して\nおり、派遣の活用を\n検討している。\n")
    got = _qa(text)
    assert [(p.speaker.label, p.speaker.role) for p in got.points] == [
        ("山本委員", "member"), ("建設課長", "government"), ("佐藤委員", "member"), ("教育次長", "government")]
    assert got.points[1].text == "募集は年二回としているが、令和 10 年度から随時の募集に改める予定である。"
    assert "u" not in _fates(got) and got.unread == ()


def _row(*cells: str) -> str:
    return "".join(c.ljust(w) for c, w in zip(cells, (10, 18, 10, 18))).rstrip()


def test_an_answerer_s_cell_merged_down_answers_again() -> None:
    """pdftotext -layout of a table whose answerer's cell is merged over two rows (printed once,
    at the top): the second row's answer is the same answerer's again, not the words of the
    member who asked (row qatext-merged-answerer-cell)."""
    text = "\n".join([
        "ひばり村議会   予算審査特別委員会", "", "",
        _row("委員名", "質疑内容", "答弁者", "答弁内容"),
        _row("野口委員", "村営バスの運行を土日にも", "住民課長", "利用の見込みを調べたうえで、"),
        _row("", "広げられないか。", "", "来年度に試験運行を行う。"),
        _row("竹内委員", "試験運行の間の運賃は", "", "運賃は平日と同じ百円とし、"),
        _row("", "どうなるのか。", "", "回数券も使えるようにする。"),
        _row("小松委員", "停留所の屋根の修繕は。", "建設課長", "傷みの大きい三か所から直す。"),
        "", "（午前１１時２０分　休憩）", ""])
    got = _qa(text)
    assert _said(got) == [
        ("野口委員", "村営バスの運行を土日にも広げられないか。"),
        ("住民課長", "利用の見込みを調べたうえで、来年度に試験運行を行う。"),
        ("竹内委員", "試験運行の間の運賃はどうなるのか。"),
        ("住民課長", "運賃は平日と同じ百円とし、回数券も使えるようにする。"),
        ("小松委員", "停留所の屋根の修繕は。"), ("建設課長", "傷みの大きい三か所から直す。")]
    assert "u" not in _fates(got) and got.unread == ()


# --- minutes/acted.py, prose.py ----------------------------------------------------------------

def test_the_member_a_narrated_record_refers_back_to_is_the_one_named_before() -> None:
    """さらに同委員から、…: the 委員 named just before (菅野委員), not an anonymous 委員 (row
    acted-refers-back)."""
    got = _parse("令和９年第４回ひばり町農業委員会総会　議事録\n\n午後２時、三輪会長、開会を宣する。\n"
                 "議案第５号について、農地課長が資料に基づき説明。\n菅野委員が、通作距離に問題はないか質問。\n"
                 "これに対し、農地課長が、現地を確認済みであると回答。\n"
                 "さらに同委員から、水路の管理も確認するよう要望があった。\n全員異議なく原案のとおり可決。\n")
    assert [(p.speaker.label, p.kind, p.text) for p in got.points][2:] == [
        ("菅野委員", "opinion", "通作距離に問題はないか"), ("農地課長", "opinion", "現地を確認済みである"),
        ("菅野委員", "opinion", "水路の管理も確認するよう")]
    assert _fates(got) == "fbpppppn"


_SUMMARY = "令和９年度　第２回ひばり市環境審議会　会議要旨\n\n　事務局から、ごみ処理基本計画の改定案について説明があった。\n"


def test_a_report_that_names_its_speaker_after_the_words_is_theirs() -> None:
    """…との意見が矢吹委員からあった。: the speaker named after the words (row prose-after-agent)."""
    got = _parse(_SUMMARY + "　ごみの分別の区分を減らすべきではないかとの意見が矢吹委員からあった。\n"
                 "　これに対して事務局から、来年度に検討するとの回答があった。\n")
    assert [(p.speaker.label, p.kind, p.text) for p in got.points][1:] == [
        ("矢吹委員", "opinion", "ごみの分別の区分を減らすべきではないか"), ("事務局", "opinion", "来年度に検討する")]


def test_the_narrator_s_own_sentence_after_a_report_is_no_part_of_it() -> None:
    """矢吹委員から、…との意見があった。改定案は原案のとおり承認された。: the approval is the
    narrator's, not the member's report going on (row prose-narrator-own)."""
    got = _parse(_SUMMARY + "　矢吹委員から、分別の区分を減らすべきではないかとの意見があった。改定案は原案のとおり承認された。\n"
                 "　続いて、事務局から次回の日程について連絡があった。\n")
    member = got.points[1]
    assert (member.speaker.label, member.kind, member.text) == ("矢吹委員", "opinion", "分別の区分を減らすべきではないか")
    assert member.narration == "矢吹委員から、分別の区分を減らすべきではないかとの意見があった。"


# --- minutes/quoted.py -----------------------------------------------------------------------

_MEETING = "ひばり地区道路計画説明会　記録\n\n司会「定刻になりましたので、説明会を始めます。」\n"


def test_a_quotation_with_words_after_it_is_narration() -> None:
    """会長「…」と述べ、閉会した。: the clerk's sentence quoting the 会長, no turn of theirs (row
    quoted-narration-tail)."""
    got = _parse(_MEETING + "住民１「交差点の信号の時間を見直してほしい。」\n道路課長「来年度に交通量を調べます。」\n"
                 "会長「以上で説明会を終わります」と述べ、閉会した。\n")
    assert _said(got) == [("司会", "定刻になりましたので、説明会を始めます。"),
                          ("住民１", "交差点の信号の時間を見直してほしい。"), ("道路課長", "来年度に交通量を調べます。")]
    assert _fates(got) == "fbpppn"


def test_a_speech_whose_closing_bracket_is_missing_ends_at_the_next_label() -> None:
    """住民２「… with no 」, then ○司会 on the next line: the facilitator's line is theirs, not the
    resident's words (row quoted-unclosed-ends-at-label)."""
    got = _parse(_MEETING + "住民２「バス停に屋根をつけてほしい。\n○司会　ほかに御意見はございませんか。\n"
                 "道路課長「屋根は来年度に設置します。」\n")
    assert _said(got) == [("司会", "定刻になりましたので、説明会を始めます。"), ("住民２", "バス停に屋根をつけてほしい。"),
                          ("司会", "ほかに御意見はございませんか。"), ("道路課長", "屋根は来年度に設置します。")]


def test_one_quoted_line_in_a_marked_record_stays_the_speaker_s() -> None:
    """A member quotes a resident on a line of its own (住民「…」) in a ○ record: one such line
    makes no record of quoted turns; the quotation and the question after it stay the member's
    (row quoted-enough)."""
    got = _parse("令和９年第２回ひばり町議会総務委員会　会議録\n\n○北川委員長　質疑はありませんか。\n"
                 "○東委員　先日の説明会で、住民の方がこう話していた。\n住民「朝のバスを一本増やしてほしい。」\n"
                 "これに町はどう答えるのか。\n○企画課長　運行事業者と協議しております。\n")
    assert [p.speaker.label for p in got.points] == ["北川委員長", "東委員", "企画課長"]
    assert got.points[1].text.endswith("住民「朝のバスを一本増やしてほしい。」これに町はどう答えるのか。")


# --- minutes/legend.py -----------------------------------------------------------------------

def test_a_spaced_label_of_the_front_matter_is_no_abbreviation_s_turn() -> None:
    """Under （凡例）会＝会長、…, the front matter's 会　場：… (a spaced label) is the meeting's
    place, not a turn of the 会長 (the row legend-bare-mark-spaced-label was dropped in session 16: the
    spaced front label is read before the legend's guard, which no input reached); the turns opening with
    会　, 事　, 委　 are the legend's groups."""
    got = _parse("第２回　みどり町公民館運営審議会　会議要旨\n（凡例）会＝会長、委＝委員、事＝事務局\n"
                 "日　時：令和９年７月１０日（木）午後２時\n会　場：みどり町中央公民館　第１会議室\n"
                 "出席者：委員８名、事務局３名\n議事\n会　ただいまから審議会を始めます。\n事　資料１について説明します。\n"
                 "委　講座の定員を増やしてほしい。\n事　来年度の計画で検討します。\n")
    assert _said(got) == [("会長", "ただいまから審議会を始めます。"), ("事務局", "資料１について説明します。"),
                          ("委員", "講座の定員を増やしてほしい。"), ("事務局", "来年度の計画で検討します。")]
    assert _fates(got) == "ffffffpppp"


# --- minutes/header_steps.py (calls_on) ------------------------------------------------------

@pytest.mark.parametrize("text", [
    # ○ labels around it, the call with none: the facilitator (no chair) calling on 森課長 (row
    # calls-between-marks)
    "地区懇談会記録\n\n○司会\n    ただいまから懇談会を始めます。御質問のある方はどうぞ。\n○住民Ａ\n"
    "    通学路に街灯を増やしてほしい。\n○司会\n森課長\n○道路課長\n    お答えします。来年度に二基を設置します。\n",
    # no marks: the call indented deeper than the labels above and below it (pdftotext -layout;
    # row calls-between-indent)
    "地区懇談会記録\n\n司会\n    ただいまから懇談会を始めます。御質問のある方はどうぞ。\n住民Ａ\n"
    "    通学路に街灯を増やしてほしい。\n司会\n        森課長\n道路課長\n    お答えします。来年度に二基を設置します。\n",
])
def test_a_facilitator_s_call_between_labels_is_their_words(text: str) -> None:
    got = _parse(text)
    assert [(p.speaker.label, p.text) for p in got.points][2:] == [
        ("司会", "森課長"), ("道路課長", "お答えします。来年度に二基を設置します。")]


# --- project.py (_held) ----------------------------------------------------------------------

def test_a_day_of_a_session_given_again_is_refused_once_both_days_are_in(tmp_path: Path) -> None:
    """Both days of 第３回 in the project (or in one batch): the second day given again, under
    another file name, is the same meeting — refused, not kept twice (row held-day-key)."""
    from assembler import project
    from assembler.errors import InputError
    day1, day2 = _days_without_their_day(tmp_path)
    again = tmp_path / "day2-again.txt"
    shutil.copy(day2, again)
    root = project.init(tmp_path / "proj", title="骨子")
    project.add_many(root, [day1, day2])
    with pytest.raises(InputError):
        project.add(root, again)
    other = project.init(tmp_path / "other", title="骨子")
    with pytest.raises(InputError):
        project.add_many(other, [day1, day2, again])
    assert sorted(p.name for p in (root / "minutes").iterdir()) == ["day1.txt", "day2.txt"]
