"""Press conferences and Q&A sessions as they arrive (pressqa): the question's and the answer's
marks with who asks and who answers on the label line (``Q 記者（みなと新聞）``, ``A 市長``,
``Ｑ（北浜日報）財源の内訳は…``, ``Ａ：市長　一般財源は…``, ``問（幹事社）``, ``質問者（ひかりテレビ）…``,
``A`` alone: the host).

The fixture press-qa-titled-labels-pdftotext.txt, with its expected parse and line fates, is in
test_forms_press.EXPECTED; here, the same forms on text the rules were not built from.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates


def _parse(text: str) -> list[tuple[str, str, str, str]]:
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    return [(p.speaker.label, p.speaker.name, p.speaker.role, p.text) for p in parsed.points]


def test_the_label_line_read_on_another_body_and_other_papers() -> None:
    """Not the fixture's words: a town's 町長記者会見要旨, ＮＨＫ and 共同通信 and a タイムス, the
    official in brackets (Ａ（町長）…, 答（町長）), a colon before the paper (Ｑ：（ＮＨＫ）)."""
    text = ("みずほ町長記者会見要旨\n\n１　町長からの発表\n　新年度予算案の概要を発表します。一般会計は８５億円です。\n"
            "２　質疑\nＱ：（ＮＨＫ）\n　過去最大となった理由は何でしょうか。\nＡ（町長）庁舎の耐震化工事が本格化するためです。\n"
            "Ａ：総務課長\n　工事費は３年間で約２０億円を見込んでいます。\nＱ　（共同通信）町債の発行額はどのくらいですか。\n"
            "Ａ\n　今年度より３億円ほど増える見込みです。\n問（南海タイムス）ふるさと納税の目標額はありますか。\n"
            "答（町長）\n　５億円を目標としております。\n")
    assert [(label, name, role) for label, name, role, _ in _parse(text)] == [
        ("町長", "", "government"), ("Ｑ：（ＮＨＫ）", "ＮＨＫ", "other"), ("Ａ（町長）", "", "government"),
        ("総務課長", "", "government"), ("Ｑ（共同通信）", "共同通信", "other"), ("町長", "", "government"),
        ("問（南海タイムス）", "南海タイムス", "other"), ("答（町長）", "", "government")]


def test_a_mark_alone_in_a_meetings_qa_heads_the_speech_below_when_the_other_mark_stands_so_too() -> None:
    """Outside a press conference a lone Ｑ / Ａ is a label only where the record asks and
    answers so (both marks alone on their lines): a letter a line wrapped stays text."""
    text = ("みどり市地域交通説明会　議事録\n\n質疑応答\nＱ\n　バスの本数は増えますか。\nＡ\n　朝夕の便を増やす予定です。\n")
    assert [(label, role) for label, _, role, _ in _parse(text)] == [("Ｑ", "member"), ("Ａ", "secretariat")]
    wrapped = ("みどり市地域交通説明会　議事録\n\n○事務局\n　国の補助制度であるＯＤ\nＡ\nを活用して整備します。\n")
    assert [label for label, *_ in _parse(wrapped)] == ["事務局"]


#: press-qa-pypdf-utf16.txt (made by tests/tools/make_press_pypdf.py: Word -> LibreOffice's PDF ->
#: pypdf, saved as UTF-16): a mayor's 定例記者会見録 on three pages, no blank lines, the running
#: head (the title and the date) first on every page, the first one's above the title, and the
#: page's foot and the next page's head in the middle of a turn (lines 43-44, 86-87); labels
#: alone on their lines (記者（あさひ新聞）, 市長, A), with their speech, and set in bold run into it
#: (市長概算で…, 市長週末には…). Rows: label, name, role, the text's first and last words, lines.
#: At first sight (a39b9a1) 6 of 15 turns right: the title glued to the running head, the
#: questions' heading and the first exchange read as front matter, Ａ：市長 read as Ａ, the
#: glued 市長 and A alone and 質問者（ひかり通信） glued to the turns above.
PYPDF = [
    ("市長", "", "government", "おはようございます。", "私からは以上です。", 6, 20),
    ("記者（あさひ新聞）", "あさひ新聞", "other", "バスの再編で、", "増えるのかも教えてください。", 23, 26),
    ("市長", "", "government", "郊外の団地につきましては、", "お願いしているところでございます。", 28, 37),
    ("Ｑ（港北テレビ）", "港北テレビ", "other", "乗合タクシーの運行は、", "調整は済んでいますか。", 38, 39),
    # across the page's foot (- 1 -) and the next page's head: one turn, the furniture out
    ("市長", "", "government", "運行は市内の", "研修の費用を支援することも考えております。協議が", 40, 46),
    ("都市交通課長", "", "government", "補足いたします。", "見直してまいります。", 48, 52),
    ("問（幹事社）", "幹事社", "other", "倉庫の交流拠点について", "想定していますか。", 54, 60),
    ("市長", "", "government", "外観につきましては、", "決めてまいります。", 61, 67),
    ("港湾振興課長", "", "government", "補足いたします。", "区画といたします。", 68, 71),
    ("記者", "", "other", "倉庫の改修の総事業費は", "なりますか。", 72, 72),
    ("市長", "", "government", "概算で二十四億円", "工夫してまいります。", 73, 77),
    ("記者", "", "other", "ホールの使い方について、", "聞くのですか。", 79, 79),
    ("市長", "", "government", "来月から、", "お示しいたします。", 81, 84),
    ("質問者（ひかり通信）", "ひかり通信", "other", "最後に一点、", "どのように考えていますか。", 85, 88),
    ("市長", "", "government", "週末には港の", "進めてまいります。", 89, 92),
]
PYPDF_FATES = "FfffapppppppppppppppapppppppppppppppppppppFFpppppppppppppppppppppppppppppppppppppppppFFpppppFF"


def test_a_press_conference_as_pypdf_gives_it_keeps_each_turn_across_the_pages() -> None:
    parsed = minutes.parse_file(FIXTURES / "minutes" / "press-qa-pypdf-utf16.txt")
    assert (parsed.meeting.council, parsed.meeting.kind, parsed.meeting.date) == (
        "みなと市長定例記者会見", "記者会見録", "2025-10-08")
    got = [(p.speaker.label, p.speaker.name, p.speaker.role, p.source.line_start, p.source.line_end)
           for p in parsed.points]
    assert got == [(label, name, role, a, b) for label, name, role, _, _, a, b in PYPDF]
    for p, (*_, head, tail, _a, _b) in zip(parsed.points, PYPDF):
        assert p.text.startswith(head) and (tail in p.text), (p.text[:20], head, tail)
        assert "定例記者会見録" not in p.text and "- 1 -" not in p.text and "- 2 -" not in p.text
    assert _fates(parsed) == PYPDF_FATES
    assert not parsed.unread


def test_a_title_run_into_the_speech_is_the_answer_only_after_a_turn_ends() -> None:
    """市長概算で… opens the mayor's answer after a question's last sentence; 市長の… or a line
    that goes on a sentence (no full stop above) stays the words it is in."""
    head = "あおば市長定例記者会見録\n\n【市長発表】\n本日は一点お知らせします。\n【質疑応答】\n記者\n予算はいくらですか。\n"
    assert [label for label, *_ in _parse(head + "市長約２億円を見込んでおります。\n")][-1] == "市長"
    rows = _parse(head + "市長の考えをお聞かせください。\n")
    assert rows[-1][:1] == ("記者",) and rows[-1][3].endswith("市長の考えをお聞かせください。")
    rows = _parse(head.replace("予算はいくらですか。", "予算について、") + "市長約２億円は妥当ですか。\n")
    assert rows[-1][:1] == ("記者",) and rows[-1][3].endswith("市長約２億円は妥当ですか。")


#: A heading or a note that says who asks and who answers (a legend of the question's and the
#: answer's marks, legend.py): rows of speaker label, role, text, first line, last line.
ROLES_HEADING = {
    # a town's 説明会 記録 in pdftotext's shape (wrapped lines, the page's foot, a form feed and
    # the running head inside an answer): 「３　質疑応答（質問は参加者、回答は上下水道課）」 gives
    # 問 and 答 their speakers. At first sight (a39b9a1) 1 of 7 turns right (問 a member, 答 the
    # secretariat, by the marks' own roles)
    "qa-session-roles-heading-pdftotext.txt": (
        [("上下水道課", "government", "上下水道課から、資料に基づき下水道使用料の改定案を説明した。", 9, 10),
         ("参加者", "member", "使用料はどのくらい上がるのですか。一般的な４人家族の場合で教えてください。", 12, 13),
         ("上下水道課", "government", "月に２０立方メートルを使う御家庭で、２か月あたり約６００円の値上げとなる見込みです。",
          14, 15),
         ("参加者", "member", "値上げの理由は何ですか。", 16, 16),
         ("上下水道課", "government", "下水管の多くが設置から４０年を超え、更新の費用が増えているためです。あわせて、処理場の"
          "電気代も上がっております。", 17, 21),
         ("参加者", "member", "高齢者の世帯への配慮はありますか。", 22, 22),
         ("上下水道課", "government", "減免の制度を設けており、対象となる世帯には個別にお知らせいたします。", 23, 24)],
        "fbfffbaappappppppbFFppppaF"),
    # a city's 子ども・子育て会議 議事要旨 saved from Word as Shift_JIS (CRLF): the note
    # 「＜質問：委員　回答：事務局＞」 under an item gives Ｑ： and Ａ： their speakers. At first sight
    # the note was read as a speaker (質問：委員回答：事務局) of the reports, Ｑ and Ａ by the
    # marks' own roles
    "council-qa-roles-note-sjis.txt": (
        [("事務局", "secretariat", "事務局より資料１に基づき説明。", 8, 8),
         ("委員", "member", "４月の入所の申込みは、昨年と比べて増えていますか。", 10, 10),
         ("事務局", "secretariat", "申込みは昨年より約５％増えております。特に１歳児の申込みが多くなっております。", 11, 12),
         ("委員", "member", "保育士の確保の見通しはいかがですか。", 13, 13),
         ("事務局", "secretariat", "就職の説明会を年３回に増やし、市内の養成校とも連携して確保に努めております。", 14, 15),
         ("事務局", "secretariat", "次回は令和８年２月に開催する予定である旨、事務局より連絡があった。", 17, 17)],
        "fbfffbapappppppap"),
}


@pytest.mark.parametrize("name", sorted(ROLES_HEADING))
def test_a_heading_that_says_who_asks_and_who_answers_gives_the_marks_their_speakers(name: str) -> None:
    rows, fates = ROLES_HEADING[name]
    parsed = minutes.parse_file(FIXTURES / "minutes" / name)
    assert [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end)
            for p in parsed.points] == rows
    assert _fates(parsed) == fates
    assert not parsed.unread and len(parsed.legends) == 1


@pytest.mark.parametrize("note, asker, answerer", [
    # other words and forms than the fixtures': marks in the note, words of each side, who they
    # are (the city, an office of it at its own 懇談会: its secretariat, roles.settle_roles)
    ("【質疑応答】（問：住民、答：市）", ("住民", "member"), ("市", "secretariat")),
    ("質疑（質問者は委員、回答者は事務局）", ("委員", "member"), ("事務局", "secretariat")),
    ("＜問い＝委員　答え＝事務局＞", ("委員", "member"), ("事務局", "secretariat")),
    ("（質問は委員、回答は子育て支援課）", ("委員", "member"), ("子育て支援課", "secretariat")),
])
def test_the_sides_named_in_other_words_and_the_marks_in_brackets(note: str, asker: tuple[str, str],
                                                                   answerer: tuple[str, str]) -> None:
    text = (f"みどり市地域懇談会　記録\n\n１　開会\n２　{note}\n（問）バスの本数は増えますか。\n"
            "（答）朝夕の便を増やす予定です。\n質問：停留所は増えますか。\n回答：２か所増やします。\n")
    assert [(label, role) for label, _, role, _ in _parse(text)] == [asker, answerer] * 2


def test_a_press_note_names_the_reporters_and_the_host() -> None:
    """（以下、問は記者、答は知事）: the reporters ask (role other, as a press conference's askers),
    the governor answers; a paper in brackets after the mark is that paper's reporter (labelled
    by the bracket's name, as a mark before a label in brackets is under a legend)."""
    text = ("あけぼの県知事記者会見録\n\n質疑応答\n（以下、問は記者、答は知事）\n問　予算の規模は。\n答　約３億円です。\n"
            "問（東西日報）開始の時期は。\n答　来年４月です。\n")
    assert [(label, name, role) for label, name, role, _ in _parse(text)] == [
        ("記者", "", "other"), ("知事", "", "government"), ("東西日報", "東西日報", "other"), ("知事", "", "government")]


def test_half_width_marks_and_the_questions_heading_right_under_the_title() -> None:
    """NFKC's half-width forms (Q(北浜日報)…, A:市長 …) read as the full-width; 質疑応答 right
    under the title, no statement before it, is the questions' heading, no part of the name."""
    text = ("ひかり市長定例記者会見録\n\n質疑応答\nQ(北浜日報)財源の内訳はどのようになっていますか。\n"
            "A:市長 一般財源のほか、国の交付金を活用いたします。\nQ 記者(みなと新聞)\n補助の対象に所得の制限はありますか。\n"
            "A 財政課長\n所得の制限は設けません。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert parsed.meeting.council == "ひかり市長定例記者会見"
    assert [(p.speaker.label, p.speaker.name, p.speaker.role) for p in parsed.points] == [
        ("Q(北浜日報)", "北浜日報", "other"), ("市長", "", "government"), ("記者(みなと新聞)", "みなと新聞", "other"),
        ("財政課長", "", "government")]
