"""Forms found by surveying public minutes of many kinds of bodies, one fixture per concept.

Each fixture is written here (fictional names and sentences) in the shape real files arrive
in — pdftotext text with form feeds, page numbers and blank lines inside paragraphs — with
its expected parse (rows: speaker label, role, start of the text, first line, last line) and
the fate of every line (f front, a agenda, n narrative, p point, s stage, F furniture,
b blank, u unread). tests/fixtures/minutes/SOURCES.md says which public form each imitates.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 部会's 議事要旨 that anonymises its members: the title, then a letter or a number
    # (委員Ａ：, 委員１０：, half-width 委員3：) — each tag is one speaker; a paragraph broken by
    # a blank line, a page number and a form feed
    "summary-anonymised.txt": [
        ("委員Ａ", "member", "救急搬送の受入れ困難事例が増えている。圏域を越えた連携の仕組みが必要である。", 8, 10),
        ("委員Ｂ", "member", "医師の働き方改革の影響を", 11, 11),
        ("事務局", "secretariat", "各医療機関への調査を", 12, 12),
        ("委員Ｃ", "member", "在宅医療を担う診療所が", 13, 13),
        ("委員１０", "member", "訪問看護ステーションの", 16, 16),
        ("委員3", "member", "オンライン診療の活用を", 17, 17),
        ("部会長", "chair", "本日の意見を踏まえ", 18, 18),
    ],
    # a city 審議会's 議事概要 in pdftotext shape that narrates who said what: bullets that
    # name the speaker inside the sentence (・委員から、…との意見があった。, one wrapped over a
    # blank line; ・会長から、…するよう事務局に指示があった。), ○ sentences reporting a remark
    # (…点を指摘する発言があった。) over two lines, the secretariat's answer on a plain line
    # (これに対し、事務局より、…との回答があった。); an introducer's bullets stay its speaker's
    # even when they name a body with から (・国から示された指針に沿って…)
    "summary-narrated.txt": [
        # a plain sentence reporting the secretariat's act (…説明があった。) is its procedural point
        ("事務局", "secretariat", "事務局から資料１に基づき説明があった。", 8, 8),
        ("委員", "member", "人口減少の見通しを計画の前提に明記すべき", 10, 10),
        ("委員", "member", "中山間地域の移動手段について、デマンド交通の実証結果を踏まえて検討してほしい", 11, 13),
        ("会長", "chair", "次回までに論点を整理するよう", 14, 14),
        ("Ａ委員", "member", "観光振興の指標に宿泊者数だけでなく消費額を加えるべき", 17, 18),
        ("Ｂ委員", "member", "Ｂ委員より、担い手の確保について、地域おこし協力隊の定着率が低い点を指摘する発言", 19, 20),
        ("事務局", "secretariat", "定着支援の補助を来年度拡充する予定", 21, 21),
        ("事務局", "secretariat", "国から示された指針に沿って、秋に市民アンケートを行う。", 25, 25),
        ("事務局", "secretariat", "結果は第４回の審議会で報告する。", 26, 26),
    ],
    # a city 審議会's 議事概要 in pdftotext shape whose questions and answers are marked, not
    # named: （質問）…／（回答）… (an answer broken by a blank line, one across a page break) and
    # Ｑ：…／Ａ：… under a 【質疑応答】 heading — the members ask, the secretariat answers
    # (narrated20: 事務局から資料に沿って説明した後、質疑応答を行った。 is the secretariat's act, as …説明を行った後、
    # is — it was narrative)
    "summary-qa.txt": [
        ("事務局", "secretariat", "事務局から資料に沿って説明した後、", 8, 8),
        ("質問", "member", "プラスチックの分別収集は", 10, 10),
        ("回答", "secretariat", "令和７年度から段階的に始め、令和８年度に全市で実施する予定である。", 11, 13),
        ("質問", "member", "収集の回数が増えると", 14, 15),
        ("回答", "secretariat", "収集運搬の委託料は", 18, 18),
        ("Ｑ", "member", "食品ロスの削減目標の根拠は何か。", 22, 22),
        ("Ａ", "secretariat", "国の基本方針に合わせ", 23, 23),
        ("Ｑ", "member", "事業者向けの啓発も", 24, 24),
        ("Ａ", "secretariat", "商工会議所と連携して", 25, 25),
    ],
    # a ward's 会議録 in pdftotext shape (layout spaces) whose turns open with a form's field
    # naming the speaker on its own line (発言者：佐伯会長, 発言者名：…), the speech indented
    # below — broken by a blank line, and across a page break
    "verbatim-speaker-field.txt": [
        ("佐伯会長", "chair", "それでは定刻になりましたので", 7, 8),
        ("事務局（子ども政策課長）", "secretariat", "資料２に沿って御説明いたします。居場所の数は区内に２４か所ございまして、そのうち", 11, 13),
        ("山田委員", "member", "居場所の情報が保護者に届いていないと感じます。学校を通じた周知を強めるべき", 16, 19),
        ("佐伯会長", "chair", "ありがとうございました。", 22, 22),
        ("ジョン・スミス委員", "member", "中高生が放課後に", 25, 25),
    ],
    # a 懇話会's 会議録 in pdftotext shape whose marks are □ ▲ △ ☆ ★, not ○ ◎ ●: a legend says
    # which mark alone means whom (□ chair, ▲ member, ☆ secretariat); a mark before a name is
    # a header whatever the mark (▲山田委員, ★川村事務局長, △北野委員) and is no part of it
    "verbatim-other-marks.txt": [
        ("会長", "chair", "本日は文化施設の再編について", 6, 6),
        ("委員", "member", "ホールの稼働率が低いのは", 7, 7),
        ("事務局", "secretariat", "オンライン予約を", 8, 8),
        ("山田委員", "member", "若い世代向けの企画を増やすべきだと思います。子ども向けの鑑賞事業も広げてほしい。", 9, 12),
        ("川村事務局長", "secretariat", "検討いたします。", 13, 13),
        ("北野委員", "member", "市外からの来場者の交通手段も考えてほしい。", 14, 16),
    ],
    # a 参議院 committee's 会議録 in pdftotext shape: the chair, the government's officials and
    # ministers under their title with the person in brackets (○委員長（川上一郎君）,
    # ○政府参考人（森下二郎君）, ○国務大臣（林田三郎君）), members under their name and 君 alone
    # (○山田太郎君); the closing time in kanji numerals (午後零時十分散会) ends the turns
    "diet-sangiin.txt": [
        ("委員長（川上一郎君）", "chair", "ただいまから国土交通委員会を開会いたします。", 17, 17),
        ("委員長（川上一郎君）", "chair", "政府参考人の出席要求に関する件", 18, 18),
        ("山田太郎君", "member", "ありがとうございます。", 20, 20),
        ("山田太郎君", "member", "運転者の不足で", 21, 21),
        ("政府参考人（森下二郎君）", "government", "お答えいたします。地域公共交通の再構築を支援しております。", 24, 25),
        ("国務大臣（林田三郎君）", "government", "地域の足を守ることは", 26, 26),
        ("田中花子君", "member", "関連して、", 27, 27),
        ("委員長（川上一郎君）", "chair", "本日の調査はこの程度にとどめ", 28, 28),
    ],
    # a town 農業委員会's 総会会議録 in pdftotext shape: a column of speakers whose titles are
    # spelled a character apart (会　長, 議 長, 事 務 局) before the speech, the speech's wrapped
    # lines indented under it (a hanging indent, one after a blank line), words of the agenda
    # spelled apart (開　会, 挨　拶, 閉　会) between the turns
    "record-spaced-titles.txt": [
        ("会長", "chair", "定刻になったことを確認し、出席委員の人数を確認し、定足数に達しているとして、第１０回", 8, 9),
        ("議長", "chair", "改めまして、あけましておめでとうございます。本年もよろしくお願いいたします。", 11, 12),
        ("議長", "chair", "議案第１号、農地法第３条の規定による許可申請について、事務局から説明をお願いします。", 15, 16),
        ("事務局", "secretariat", "議案第１号について説明します。申請地は畑２筆で、申請者は経営面積の要件を満たして", 17, 18),
        ("３番委員", "member", "現地を確認しましたが、問題はないと思います。ただ、水路の管理については、隣接する", 19, 21),
        ("議長", "chair", "ほかに意見はありませんか。", 22, 22),
    ],
    # a city 教育委員会's 会議録 as pypdf extracts it (no blank lines, page numbers between the
    # lines): each header a title alone after ○ and the person with 君 on the next line
    # (○教育長 / 笹山忠則君) — one speaker, the title's; the record's clock alone (13時16分) ends
    # the attendee list above the proceedings
    # the board's officials are its secretariat (行政委員会), whatever the 君 of its labels says
    # (they were read as the executive answering an assembly; changed deliberately with
    # tests/test_forms_assembly8.py)
    "record-title-above-name.txt": [
        ("教育政策係長（大園健朗君）", "secretariat", "それでは、皆さんお揃いのようですので", 10, 11),
        ("教育長（笹山忠則君）", "government", "それでは、開会させていただきます。", 14, 14),
        ("委員（水谷知子君）", "member", "通学路の安全点検の結果を、保護者にも知らせるべきではないでしょうか。地域の見守り活動", 19, 20),
        ("学校教育課長（中村浩二君）", "secretariat", "点検結果は、", 23, 23),
    ],
    # a city assembly's 議会運営委員会 saved from a 会議録検索 site: the chair's and officials'
    # headers a title, then the person, with the opening bracket lost (○委員長佐々木克敏),
    # ○議会事務局長田中一夫)), △ headings and rules between the turns, the clock at both ends
    "assembly-lost-bracket.txt": [
        ("委員長佐々木克敏)", "chair", "ただいまから、議会運営委員会を開会する。", 7, 7),
        ("委員長佐々木克敏)", "chair", "会期を２４日間としたいが、いかがか。", 10, 10),
        ("鈴木和美委員", "member", "異議はない。ただし、一般質問の日程には余裕を持たせてほしい。", 11, 13),
        ("議会事務局長田中一夫)", "secretariat", "一般質問は３日間を予定しております。", 14, 14),
    ],
    # a 検討会's 議事概要 in pdftotext shape that narrates each view with its speaker as the
    # subject (ある委員は、…と述べた。, 何人かの委員は、…と指摘した。, ○座長は、…との見方を示した。,
    # 委員は、…との認識で一致した。) on bullets, ○ lines and plain lines, one wrapped over a page
    # break, one over a blank line; the secretariat's answer (これに対し、事務局は、…と回答した。)
    "summary-subject-said.txt": [
        # （１）事務局から資料に基づき説明があった。 a numbered report line: read as an
        # unnumbered one is, its number dropped (it was agenda)
        ("事務局", "secretariat", "事務局から資料に基づき説明があった。", 7, 7),
        ("委員", "member", "路線バスの減便が通院に影響している", 11, 11),
        ("委員", "member", "運転士の確保に向けて待遇の改善を支援する必要がある", 12, 14),
        ("座長", "chair", "座長は、地域ごとに", 15, 15),
        ("Ａ委員", "member", "スクールバスの空席を住民の移動に生かす工夫が必要だ", 18, 19),
        ("事務局", "secretariat", "これに対し、事務局は、来年度に実証を行う予定と回答した。", 20, 20),
        ("委員", "member", "委員は、計画の見直しを急ぐべきとの認識で一致した。", 21, 21),
    ],
}

LINE_FATES = {
    "summary-subject-said.txt": "fbffb" "apanb" "ppbppbF" "ppppbF",
    "assembly-lost-bracket.txt": "ffffff" "pFa" "ppbpp" "Fn",
    "record-title-above-name.txt": "fffffff" "ppppppp" "sF" "ppppppp" "F",
    "record-spaced-titles.txt": "fbfffbf" "ppapp" "bF" "pppppbpp" "abF",
    "diet-sangiin.txt": "ffbffFfffffffffF" "ppsppbF" "pppppnbF",
    "verbatim-other-marks.txt": "ffffb" "ppppbF" "pppbpbF",
    "verbatim-speaker-field.txt": "fbffb" "pppb" "ppbpb" "ppbF" "pbppbppbF",
    # 【質疑応答】 above the Ｑ/Ａ labels: the agenda's heading (closing_steps.heads_below), not back matter
    "summary-qa.txt": "fbffb" "fapb" "ppbpppbF" "pb" "aa" "ppppbF",
    "summary-narrated.txt": "fbffb" "fapb" "ppbppbF" "ppppp" "b" "anpp" "babF",
    "summary-anonymised.txt": "fbffbfb" "pbppppbF" "pppbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def test_an_anonymised_member_is_each_tag_of_a_title():
    parsed = minutes.parse_file(MINUTES / "summary-anonymised.txt")
    names = {(p.speaker.name, p.speaker.title) for p in parsed.points if p.speaker.title == "委員"}
    assert names == {("Ａ", "委員"), ("Ｂ", "委員"), ("Ｃ", "委員"), ("１０", "委員"), ("3", "委員")}


@pytest.mark.parametrize(("sentence", "reported"), [
    ("委員から、計画の前提を明記すべきとの意見があった。", True),
    ("委員より、定着率が低い点を指摘する発言があった。", True),
    ("会長から、論点を整理するよう事務局に指示があった。", True),
    ("事務局より、補助を拡充する予定との回答があった。", True),
    # an introducer: the bullets below carry the words
    ("事務局から、以下の説明があった。", False),
    ("事務局から資料１に関する説明があった。", False),
    ("事務局から、資料１に沿って、施策の取組状況が説明された。", False),
])
def test_a_sentence_reports_a_remark_when_it_quotes_the_words(sentence, reported):
    from assembler.minutes.parser import REPORTED_END

    assert bool(REPORTED_END.search(sentence)) is reported


@pytest.mark.parametrize(("label", "name", "role"), [
    ("海野政府参考人", "海野", "government"),  # the Diet: an official answering for the government
    ("佐藤教育長職務代理者", "佐藤", "member"),  # a 教育委員会's member acting for the head (教育長職務代理者 is the title)
    ("山本校長", "山本", "government"),  # a 学校運営協議会: the school explains
    ("植田総裁", "植田", "chair"),  # the Bank of Japan's Policy Board
    ("中村指導主事", "中村", "secretariat"),
])
def test_titles_the_survey_met_have_their_role(label, name, role):
    from assembler.minutes.roles import load_roles

    sp = load_roles().split(label)
    assert sp is not None and (sp.name, sp.role) == (name, role)


@pytest.mark.parametrize(("title", "council"), [
    ("環境委員会議録　第五号", "第二百十三回国会衆議院環境委員会"),  # 委員会 + 会議録 share their 会
    ("予算委員会第一分科会議録　第二号", "第二百十三回国会衆議院予算委員会第一分科会"),
    ("環境委員会会議録　第五号", "第二百十三回国会衆議院環境委員会"),
])
def test_a_diet_record_s_title_names_the_committee(title, council):
    from assembler.ingest.text import split_lines

    text = (f"第二百十三回国会　衆議院\n{title}\n令和六年四月十日（水曜日）\n    午前九時開議\n"
            "○大川委員長　これより会議を開きます。\n")
    parsed = minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))
    assert (parsed.meeting.council, parsed.meeting.kind) == (council, "会議録")


def test_the_roster_under_the_sangiin_s_sentence_is_attendees_not_the_council_s_name():
    parsed = minutes.parse_file(MINUTES / "diet-sangiin.txt")
    assert parsed.meeting.council == "第二百十三回国会参議院国土交通委員会"
    assert "山田\u3000太郎君" in parsed.meeting.attendees[0].names


def test_a_word_wrapped_before_its_last_letter_is_no_one_letter_speaker(tmp_path):
    """pdftotext wraps ODA as OD|A: the line 「A DXの…」 goes on with the bullet. A title of one
    character (Ａ, Ｑ, 問) heads a turn with its colon (Ａ：…), not before a space."""
    path = tmp_path / "wrapped.txt"
    path.write_text(" 地域振興懇話会（第１回）\n議事要旨\n\n日時；令和６年５月１０日１０時００分～１２時００分\n"
                    "場所；県庁本館\n\n２．議題\n\n（青木委員）\n\n 海外展開の支援には、JICAや民間の資金に加えてOD\n\n"
                    "A DXの活用も欠かせない。 \n\n 人材の育成も重要である。\n", encoding="utf-8")
    parsed = minutes.parse_file(path)
    assert [(p.speaker.label, p.text.replace(" ", "")) for p in parsed.points] == [
        ("青木委員", "海外展開の支援には、JICAや民間の資金に加えてODADXの活用も欠かせない。"),
        ("青木委員", "人材の育成も重要である。")]


def test_the_record_s_clock_under_the_attendees_ends_their_list_and_is_no_title():
    parsed = minutes.parse_file(MINUTES / "record-title-above-name.txt")
    assert parsed.meeting.council == "令和６年ゆきはし市教育委員会"
    assert [g.names[-1] for g in parsed.meeting.attendees] == ["委員\u3000水谷\u3000知子\u3000金澤\u3000精子"]


def _bold_minutes(path):
    """Word minutes whose speakers are the bold words a paragraph starts with, the speech after
    them in plain type (no mark, no bracket), as many councils' Word minutes are typed."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("ひまわり市観光振興懇談会（第２回）議事録")
    doc.add_paragraph("日時：令和６年９月３日（火）１０時～１２時")
    doc.add_paragraph("場所：ひまわり市役所　第１会議室")
    doc.add_paragraph("")
    # the speech right after the name, no space between (the bold type is the only border)
    for label, speech in [("佐藤会長", "それでは、第２回の懇談会を始めます。"),
                          ("山田委員", "宿泊客の滞在時間を延ばす仕掛けが必要ではないでしょうか。"),
                          ("事務局（観光課長）", "　夜の催しを来年度から増やす予定です。"),
                          ("重要", "なのは、駅からの二次交通だと思います。"),
                          ("鈴木委員：", "案内表示の多言語化も進めてほしい。")]:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(speech)
    doc.add_paragraph().add_run("２．その他").bold = True
    doc.save(path)
    return path


def test_a_speaker_s_name_in_bold_before_the_speech_heads_the_turn(tmp_path):
    parsed = minutes.parse_file(_bold_minutes(tmp_path / "bold.docx"))
    got = [(p.speaker.label, p.speaker.role, p.text, p.source.line_start) for p in parsed.points]
    assert got == [
        ("佐藤会長", "chair", "それでは、第２回の懇談会を始めます。", 5),
        ("山田委員", "member", "宿泊客の滞在時間を延ばす仕掛けが必要ではないでしょうか。", 6),
        ("事務局（観光課長）", "secretariat", "夜の催しを来年度から増やす予定です。", 7),
        # words in bold that name no one are the speech's own
        ("事務局（観光課長）", "secretariat", "重要なのは、駅からの二次交通だと思います。", 8),
        ("鈴木委員", "member", "案内表示の多言語化も進めてほしい。", 9),
    ]
    assert parsed.unread == ()
