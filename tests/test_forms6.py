"""Forms of real minutes a held-out set showed the parser missing (issue 10, batch 6), one
fixture per concept, each written here (fictional names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, role, kind, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative,
p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.minutes.kind import decide, inner_speech
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a board of education's 会議録 (テキスト版) in pdftotext shape: each turn's whole speech
    # in 「…」 after the speaker (the outer pair off the point: quoted.unwrapped, fixes7), over
    # several lines, a blank line inside a paragraph, a
    # page break (page number, form feed, running head) inside the quote; the closing stage
    # lines （閉会）, 午後３時０５分閉会 and the office's footer after the last turn
    "board-quoted-speech.txt": [
        ("山田教育長", "chair", "procedural", "ただいまから、令和６年第４回", 8, 9),
        ("山田教育長", "chair", "procedural", "それでは、議案第８号、", 11, 12),
        ("高橋教育総務課長", "secretariat", "opinion", "教育総務課長の高橋でございます。", 14, 18),
        ("鈴木委員", "member", "opinion", "通学距離が長くなる児童への配慮", 20, 21),
        ("高橋教育総務課長", "secretariat", "opinion", "今後、地域説明会を開催して、", 23, 27),
        ("山田教育長", "chair", "procedural", "ほかに御意見はありませんか。", 29, 30),
        ("山田教育長", "chair", "procedural", "以上で、本日の日程は全て終了しました。", 34, 35),
    ],
    # a town 農業委員会's 議事録 as pdftotext -layout extracts a two-column record: the label
    # at the margin with its characters spread by spaces (議   長, 事 務 局, １１ 番), two
    # spaces or more, the speech at a column its wrapped lines are indented to (the column
    # counts characters, so the gap after a label is as wide as the label is short); members
    # by seat number (１１ 番, ７番委員, ３番（田中） wrapped in its cell over two lines); front
    # matter in the same two columns; a blank line inside a paragraph; stage directions
    # further in; a page number and a form feed
    "left-column-layout.txt": [
        ("議長", "chair", "procedural", "ただいまから、令和６年第５回みどり町", 8, 11),
        ("事務局", "secretariat", "opinion", "議案第１号について御説明いたします。", 13, 16),
        ("議長", "chair", "procedural", "ただいまの説明について、", 18, 19),
        ("１１番", "member", "opinion", "現地を確認しました。", 21, 22),
        ("議長", "chair", "procedural", "質疑はありませんか。", 24, 24),
        ("７番委員", "member", "opinion", "取得後の水路の管理は", 26, 27),
        ("事務局", "secretariat", "opinion", "水路の利用については、", 29, 29),
        ("議長", "chair", "procedural", "ほかにありませんか。", 32, 32),
        ("議長", "chair", "procedural", "それでは、議案第１号は", 34, 34),
        ("議長", "chair", "procedural", "異議なしと認め、", 36, 36),
        ("３番（田中）", "member", "opinion", "遊休農地の解消について、農地中間管理機構との連携を強めるべきだと思います。", 38, 39),
        ("会長", "chair", "procedural", "御意見として承ります。", 41, 42),
    ],
    # a board of education's 会議録 in pdftotext shape (a blank line inside a paragraph, a
    # page break inside a turn): the 教育長 presides over the board (opens, calls on the
    # secretariat, puts the question: chair); the member acting for them (職務代理者) gives a
    # view as a member; the board's officials are its secretariat — listed under 事務局出席職員
    # or, unlisted (生涯学習課長), because the body is an 行政委員会
    "board-of-education-roles.txt": [
        ("教育長", "chair", "procedural", "皆さん、こんにちは。", 11, 12),
        ("教育長", "chair", "procedural", "日程第１、", 13, 14),
        ("学校教育課長", "secretariat", "opinion", "報告第１２号について御説明いたします。", 15, 18),
        ("教育長", "chair", "procedural", "説明が終わりました。", 19, 19),
        ("野口職務代理者", "member", "opinion", "中学校の数学の結果については、", 20, 24),
        ("教育次長", "secretariat", "opinion", "御指摘のとおり、", 25, 26),
        ("杉本委員", "member", "opinion", "図書館の学習室が", 27, 28),
        ("生涯学習課長", "secretariat", "opinion", "開館時間の延長につきましては、", 29, 30),
        ("教育長", "chair", "procedural", "ほかにございませんか。", 31, 32),
        ("教育長", "chair", "procedural", "以上で、", 34, 35),
    ],
}

LINE_FATES = {
    "left-column-layout.txt": "fbffffb" "ppppbppbpbppbppbpbppbpbF" "pspsp" "bppbppbF",
    "board-of-education-roles.txt": "fbfffffffb" "pppppbpppppbF" "pppppppppsppbF",
    "board-quoted-speech.txt": "fbffffb" "ppbppbppbppbppbpb" "FF" "pb" "ppbsb" "ppb" "Fnb" "FFbF",
}


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, int, int]]:
    return [(p.speaker.label, p.speaker.role, p.kind, p.text, p.source.line_start, p.source.line_end)
            for p in parsed.points]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    got = _rows(parsed)
    assert len(got) == len(EXPECTED[name]), got
    for g, e in zip(got, EXPECTED[name]):
        assert (g[0], g[1], g[2], g[4], g[5]) == (e[0], e[1], e[2], e[4], e[5]), g
        assert g[3].startswith(e[3]), g
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_quoted_turn_keeps_its_wording_and_its_kind_reads_inside_the_quotes():
    # written apart from the fixture: no space before the quote, the speech below the
    # header, a turn quoted over two paragraphs, a quote inside a speech; the pair that wraps
    # a turn's whole speech is off its points (quoted.unwrapped, fixes7), a quote inside stays
    parsed = _parse("農業委員会 会議録\n\n○川口会長「これより総会を開会します。」\n"
                    "○西田委員「『農地バンク』の活用を急ぐべきだ。」\n○川口会長\n"
                    "「次に、議案第２号に移ります。\n\n　事務局から説明願います。」\n")
    assert [(p.speaker.label, p.kind, p.text) for p in parsed.points] == [
        ("川口会長", "procedural", "これより総会を開会します。"),
        ("西田委員", "opinion", "『農地バンク』の活用を急ぐべきだ。"),
        ("川口会長", "procedural", "次に、議案第２号に移ります。"),
        ("川口会長", "procedural", "事務局から説明願います。"),
    ]


def test_inner_speech_takes_off_only_the_marks_around_the_turn():
    assert inner_speech("「開会します。」") == "開会します。"
    assert inner_speech("「見守り隊」の協力を得たい。") == "「見守り隊」の協力を得たい。"
    assert inner_speech("「『A』と「B」を比べる。」") == "『A』と「B」を比べる。"
    assert inner_speech("「Aは「B」だ。") == "Aは「B」だ。"
    assert inner_speech("終わります。」") == "終わります。"
    assert inner_speech("「A」と「B」") == "「A」と「B」"
    # the cue at the start is seen through the bracket
    assert decide("「ありがとうございました。清水委員、お願いいたします。」")[0] == "procedural"


def test_a_sentence_closing_a_quoted_turn_is_no_footer():
    # the last turn's last line ends 。」 and is short: the contact footer below starts after it
    parsed = _parse("教育委員会 会議録\n\n○山田教育長 「開会します。」\n○鈴木委員 「配慮が必要だ。」\n"
                    "○山田教育長 「以上で、本日の日程は終了しました。\nこれで閉会いたします。」\n（閉会）\n"
                    "午後３時閉会\nさくら市教育委員会事務局\n電話 0123-45-6789\n")
    assert parsed.points[-1].text == "以上で、本日の日程は終了しました。これで閉会いたします。"
    assert _fates(parsed)[-5:] == "pFnFF"


def _column_record(column: int, rows: list[tuple[str, list[str]]]) -> str:
    out = ["農業委員会 議事録", ""]
    for label, speech in rows:
        out.append(label + " " * (column - len(label)) + speech[0])
        out.extend(" " * column + t for t in speech[1:])
    return "\n".join(out) + "\n"


def test_the_speech_column_is_found_from_the_layout_whatever_the_labels():
    # written apart from the fixture: another column, labels of other titles, a seat number
    # with the name in brackets, a secretariat's chief; no blank lines between the turns
    text = _column_record(14, [
        ("会    長", ["皆さん、おそろいですので、これより定例総会を開会いたします。"]),
        ("事務局長", ["議案第３号の農用地利用集積計画について御説明いたします。今回は",
                     "５件、合計で３．２ヘクタールでございます。"]),
        ("１２番（山本）", ["担い手への集積が進んでいることは評価できますが、",
                         "中山間地の農地の受け手の確保が課題だと考えます。"]),
        ("会    長", ["ほかに御意見はありませんか。なければ、議案第３号は原案のとおり決定",
                     "してよろしいでしょうか。"]),
    ])
    parsed = _parse(text)
    assert [(p.speaker.label, p.speaker.role, p.text) for p in parsed.points] == [
        ("会長", "chair", "皆さん、おそろいですので、これより定例総会を開会いたします。"),
        ("事務局長", "secretariat",
         "議案第３号の農用地利用集積計画について御説明いたします。今回は５件、合計で３．２ヘクタールでございます。"),
        ("１２番（山本）", "member",
         "担い手への集積が進んでいることは評価できますが、中山間地の農地の受け手の確保が課題だと考えます。"),
        ("会長", "chair", "ほかに御意見はありませんか。なければ、議案第３号は原案のとおり決定してよろしいでしょうか。"),
    ]


def test_indented_paragraphs_are_no_speech_column():
    # a record whose paragraphs are indented (no label at the margin before the indent) keeps
    # its reading: the headers decide, not the indent
    text = ("検討会 議事録\n\n○山田座長　開会します。\n    本日は三つの議題があります。\n"
            "    最初の議題に入ります。\n○鈴木委員　財源の確保が必要だ。\n    地方の負担も重い。\n")
    parsed = _parse(text)
    assert [p.speaker.label for p in parsed.points] == ["山田座長", "山田座長", "鈴木委員", "鈴木委員"] or \
        [p.speaker.label for p in parsed.points] == ["山田座長", "鈴木委員"]
    from assembler.minutes.parser import speech_column
    assert speech_column(split_lines(text, "x.txt", encoding="utf-8").lines) is None


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [(p.speaker.label, p.speaker.role, p.role_why) for p in _parse(text).points]


def test_who_presides_over_an_administrative_board_and_who_serves_it():
    # written apart from the fixture: an election board with no attendance list; the head of
    # a board is the chair only where they preside; the member acting for the head presides
    # when the head is away; the officials of a city assembly's committee hearing the board
    # of education answer as the executive (government)
    got = _roles("あおば市選挙管理委員会 会議録\n\n○委員長　ただいまから会議を開きます。\n"
                 "○選挙課長　投票所の統合について御説明します。投票率の低下が課題でございます。\n"
                 "○山下委員　移動期日前投票所の導入を検討すべきだ。\n")
    assert [r[:2] for r in got] == [("委員長", "chair"), ("選挙課長", "secretariat"), ("山下委員", "member")]
    got = _roles("あおば市教育委員会臨時会 会議録\n\n○野口教育長職務代理者　教育長が欠席のため、私が進行"
                 "いたします。ただいまから臨時会を開会します。\n○学校教育課長　議案について説明します。"
                 "通学路の安全点検が必要です。\n○野口教育長職務代理者　ほかに御意見はありませんか。\n")
    assert [r[:2] for r in got] == [("野口教育長職務代理者", "chair"), ("学校教育課長", "secretariat"),
                                    ("野口教育長職務代理者", "chair")]
    got = _roles("あおば市議会文教常任委員会 会議録\n\n○委員長　ただいまから委員会を開会します。\n"
                 "○教育長　学力調査の結果について、本市は全国平均を上回りました。\n"
                 "○学校教育課長　数学は２ポイント下回っており、対策が必要でございます。\n")
    assert [r[:2] for r in got] == [("委員長", "chair"), ("教育長", "government"),
                                    ("学校教育課長", "government")]
    # a 総合教育会議: the mayor convenes and presides
    got = _roles("あおば市総合教育会議 会議録\n\n○市長　ただいまから総合教育会議を開会します。"
                 "教育長、お願いします。\n○教育長　不登校の児童生徒への支援を強化すべきと考えます。\n")
    assert [r[:2] for r in got] == [("市長", "chair"), ("教育長", "government")]


@pytest.mark.parametrize("text, kind", [
    # an official's explanation: self-introduction and the paper's page, then substance
    ("農政課の田中です。資料２を御覧ください。補助の対象は、新たに就農する４９歳以下の方でございます。", "opinion"),
    ("資料３の２ページを御覧ください。記載のとおり、補助率は２分の１でございます。", "opinion"),
    # answers promising work: an event or a measure named, a time to come, others' views heard
    ("説明会は来月、各地区で開催いたします。", "opinion"),
    ("新しい助成制度は４月から開始いたします。", "opinion"),
    ("地域説明会を開催し、住民の意見を伺います。", "opinion"),
    ("保護者の皆様の御意見を伺いながら進めてまいります。", "opinion"),
    ("秋頃に意見交換会を開催する予定でございます。", "opinion"),
    # the meeting's own business stays procedural
    ("ただいまから説明会を開催いたします。", "procedural"),
    ("それでは、意見交換を始めます。", "procedural"),
    ("次回は２月に開催いたします。", "procedural"),
    ("委員の皆様から御意見を伺いたいと思います。", "procedural"),
    ("詳細は資料に記載のとおりです。", "procedural"),
    ("休憩前に引き続き、会議を再開いたします。", "procedural"),
])
def test_the_kind_of_an_officials_explanation_or_promise(text, kind):
    assert minutes.decide_kind(text)[0] == kind


def test_a_group_word_and_spaces_start_an_attendee_group_after_a_list():
    # 事務局 with no colon after a list of members is a group of its own, so the official
    # listed there is the secretariat (not the executive answering)
    parsed = _parse("ひかり市景観審議会 会議録\n\n出席委員 高木会長、石田委員\n事務局 景観課長 森 直樹、"
                    "景観課主幹 青山 沙織\n\n○高木会長 始めます。\n○森景観課長 景観計画の改定案は、"
                    "重点地区を２か所増やすものでございます。\n")
    assert [g.group for g in parsed.meeting.attendees] == ["出席委員", "事務局"]
    assert [(p.speaker.label, p.speaker.role, p.role_why) for p in parsed.points][1] == (
        "森景観課長", "secretariat", "attendance list: 事務局")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler is not installed")
def test_a_two_column_record_through_a_real_pdf_and_pdftotext_layout(tmp_path):
    # the form as it really arrives: a borderless two-column table printed to PDF by
    # LibreOffice, extracted with pdftotext -layout (the label's spaces, the column, a label
    # wrapped in its cell all come from the extractor, not from this test)
    rows = [("議　　長", "ただいまから、令和６年第５回みどり町農業委員会総会を開会いたします。本日の議事録署名"
                        "委員は、７番委員と１１番委員にお願いします。それでは、議案第１号について事務局から"
                        "説明をお願いします。"),
            ("事 務 局", "議案第１号について御説明いたします。資料の１ページを御覧ください。番号１、譲受人は"
                        "北原地区で水稲を経営する方で、規模拡大のため隣接する田２筆を取得するものです。"),
            ("１１番", "現地を確認しました。耕作は適正に行われており、許可要件を満たしていると考えます。"),
            ("３番（田中）", "遊休農地の解消について、農地中間管理機構との連携を強めるべきだと思います。")]
    cells = "".join(f"<tr><td width=90 valign=top>{a}</td><td width=500>{b}</td></tr>" for a, b in rows)
    html = tmp_path / "r.html"
    html.write_text(f"<html><head><meta charset='utf-8'></head><body><table style='border:none' "
                    f"cellspacing=0 cellpadding=2>{cells}</table></body></html>", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(html)],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    parsed = _parse("みどり町農業委員会 議事録\n\n" + text)
    assert [(p.speaker.label, p.speaker.role) for p in parsed.points] == [
        ("議長", "chair"), ("事務局", "secretariat"), ("１１番", "member"), ("３番（田中）", "member")]
    assert [p.text for p in parsed.points] == [b for _a, b in rows]
