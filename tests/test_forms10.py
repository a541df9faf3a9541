"""Speaker forms a survey of public minutes found unread (issue 10, batch 10), one fixture per
concept, each written here (fictional names and sentences) in the shape real files arrive in,
with its expected parse — rows: (speaker label, name, title, role, start of the text, first
line, last line) — and the fate of every line (f front, a agenda, n narrative, p point,
s stage, F furniture, b blank, u unread).

The records of associations — a corporation's or an NPO's 理事会 and 運営委員会, a 社会福祉協議会,
a residents' 役員会 or 町会の総会 — name who spoke by the person's name alone (目黒：…,
西川(み) with the group they belong to), since everyone in the room is a member; the names
are the record's list of its people (``assembler/minutes/names.py``).
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _parse, _speakers, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # an association's 理事会 議事録 as pdftotext gives it (a break every ~30 characters, a
    # blank line inside a sentence, page numbers, a form feed, 以上 after the last turn): the
    # directors by their names alone and a colon, listed under 出席者 (the list cut by the
    # line's end inside a bracket: 白石（事務 / 局長）), the chair given by a field of the
    # front matter (４ 議 長 岡本), the secretariat's narrative sentences between the turns,
    # （２）… going on the agenda's series below a turn
    "board-names-alone-pdftotext.txt": [
        ("林理事長", "林", "理事長", "member", "林理事長よりあいさつがあった。", 13, 13),
        ("白石事務局長", "白石", "事務局長", "secretariat", "白石事務局長より資料１に基づき説明", 16, 16),
        ("目黒", "目黒", "", "member", "会費の区分が三つもあると、入会を考える人には分かりにくい。", 17, 18),
        ("大野", "大野", "", "member", "学生の会費を下げるのは賛成だが、その分の収入をどこで補う", 19, 21),
        ("白石", "白石", "事務局長", "secretariat", "寄付の受け皿を広げることで、", 22, 23),
        ("林", "林", "理事長", "member", "会員が増えなければ活動が続かない。", 26, 27),
        ("岡本", "岡本", "議長", "chair", "それでは、会費の区分を二つとする案で", 28, 29),
        ("小川", "小川", "", "member", "昨年は雨で参加者が半分になった。", 32, 33),
        ("五十嵐", "五十嵐", "", "member", "屋内なら市民活動センターのホールが", 34, 35),
        ("岡本", "岡本", "議長", "chair", "ほかに意見がなければ、本日の理事会を閉会します。", 36, 36),
    ],
    # an NPO's 運営委員会 記録 saved from its web page as CP932 with CRLF: each person by name
    # with the group they belong to in half-width brackets (倉田(育)), alone on the line above
    # the speech (indented by full-width spaces) or before it after a space, a reply marked
    # with an arrow (→ 西川(み) …), （敬称略） after the list, 議題① / 議題② between the turns
    "committee-names-groups-cp932.txt": [
        ("西川(み)", "西川", "", "member", "定款の変更については、", 10, 10),
        ("西川(み)", "西川", "", "member", "臨時総会で承認を得てから、", 11, 11),
        ("永井(個)", "永井", "", "member", "本会は市の連絡会の一員でもあるので、", 14, 14),
        ("西川(み)", "西川", "", "member", "市の担当課とも打ち合わせを重ねており、", 15, 15),
        ("名取(や)", "名取", "", "member", "予算書の様式も、今回から会計基準に", 18, 18),
        ("松下(平)", "松下", "", "member", "参加者の保険は、", 22, 22),
        ("西川(み)", "西川", "", "member", "昨年と同じ保険に団体で加入する。", 23, 23),
        ("倉田(育)", "倉田", "", "member", "子ども会にも声をかけたい。", 24, 24),
        ("西川(み)", "西川", "", "member", "学校には事務局から相談する。", 25, 25),
    ],
    # a city's 工事説明会 記録 as pdftotext gives it (a break every ~25 characters, a blank line
    # inside a question, page numbers, a form feed, 以上 after the last answer): the residents'
    # questions and the city's answers marked by the letter and a full stop (Ｑ．/Ａ．)
    "meeting-qa-period-pdftotext.txt": [
        ("Ｑ", "", "Ｑ", "member", "工事の期間中、家の前の道路は通行止めになるのか。", 11, 12),
        ("Ａ", "", "Ａ", "secretariat", "片側交互通行とし、", 13, 14),
        ("Ｑ", "", "Ｑ", "member", "騒音や振動のひどい作業がいつになるのか、前もって知らせてほしい。", 15, 17),
        ("Ａ", "", "Ａ", "secretariat", "作業の工程表を自治会の回覧でお知らせいたします。", 18, 19),
        ("Ｑ", "", "Ｑ", "member", "宅内の配管工事の費用は、", 21, 21),
        ("Ａ", "", "Ａ", "secretariat", "接続工事には１か所あたり", 22, 24),
        ("Ｑ", "", "Ｑ", "member", "受益者負担金はいつ払うのか。", 25, 25),
        ("Ａ", "", "Ａ", "secretariat", "工事が終わった翌年度から、", 26, 27),
    ],
    # a town 農業委員会's 総会議事録 as pypdf gives it (no blank lines, page numbers, the
    # running head again on each page): the tables of attendees broken one cell's line a line
    # (1番 / 石 / 田 / 敦, あおば町長 / 山下 / 英二, 主 / 査 / 戸井 / 裕之), then the turns
    # under a title or a seat alone (作田局長, 会長, 2番)
    "record-roster-broken-pypdf.txt": [
        ("作田局長", "作田", "局長", "secretariat", "午前9時30分、第４回総会開会宣言", 37, 38),
        ("会長", "", "会長", "chair", "皆様おはようございます。", 40, 41),
        ("作田局長", "作田", "局長", "secretariat", "それでは議案第１号について御説明", 43, 44),
        ("2番", "2番", "", "member", "申請者の住まいから農地までの距離", 46, 46),
        ("作田局長", "作田", "局長", "secretariat", "車で１０分ほどでございます。", 48, 48),
        ("会長", "", "会長", "chair", "ほかに質疑がなければ、", 52, 53),
        ("会長", "", "会長", "chair", "以上で本日の総会を閉会いたします。", 56, 56),
    ],
    # a council's 会議録 made from the recording of an online meeting, typed in Word
    # (tests/tools/make_transcript_stamps.py): each turn opened by the recording's clock and
    # the speaker (10:02 交通政策課長) with the speech in the paragraphs below, or the clock in
    # brackets and the speech after a colon ([10:15] 佐藤委員：…), empty paragraphs between
    "transcript-stamps.docx": [
        ("事務局", "", "事務局", "secretariat", "定刻となりましたので、", 7, 7),
        ("山田会長", "山田", "会長", "chair", "それでは議事に入ります。", 9, 9),
        ("交通政策課長", "", "交通政策課長", "secretariat", "資料１に基づき、", 12, 12),
        ("交通政策課長", "", "交通政策課長", "secretariat", "特に朝の通勤時間帯の利用が伸びております。", 13, 13),
        ("佐藤委員", "佐藤", "委員", "member", "利用が増えたのは良いことだが、", 15, 15),
        ("交通政策課長", "", "交通政策課長", "secretariat", "朝の便については、", 17, 17),
        ("鈴木委員", "鈴木", "委員", "member", "停留所に屋根がない所が多いので、", 19, 19),
        ("山田会長", "山田", "会長", "chair", "本日の議事は以上です。", 21, 21),
    ],
    # a 町会's 定期総会 議事録 as pdftotext gives it (wrapped lines, a blank line inside a
    # sentence, page numbers, a form feed): each item of the agenda with who presents it in
    # brackets (開会の言葉（鴨田副会長）, 会長 挨拶（秋山会長）, 第１号議案 …（内田総務部長）), the
    # speech below it
    "meeting-items-presenters-pdftotext.txt": [
        ("鴨田副会長", "鴨田", "副会長", "chair", "本日はお忙しい中、総会にお集まり", 9, 11),
        ("秋山会長", "秋山", "会長", "chair", "今年は大雨による被害が各地で続きました。", 13, 15),
        ("内田総務部長", "内田", "総務部長", "secretariat", "資料１のとおり、防災訓練を２回", 18, 19),
        ("斎藤理事", "斎藤", "理事", "member", "会費の収入は前年と同じ額を見込んでいます。", 21, 22),
        ("鴨田副会長", "鴨田", "副会長", "chair", "以上で本日の総会を終わります。", 24, 25),
    ],
}

LINE_FATES = {
    "meeting-items-presenters-pdftotext.txt": "fbffffbppppppbpFpppppppppF",
    "transcript-stamps.docx": "fbffbppppbpppbppppppp",
    "record-roster-broken-pypdf.txt": "ffaffffffffffffffffffaffffffffffFFspppppppppppppFFpppspp",
    "board-names-alone-pdftotext.txt": "ffbffffffbfapaappppbpppbF" "ppppsapppppbFF",
    "committee-names-groups-cp932.txt": "fbfffbabpppbpppbppbabppppbF",
    "meeting-qa-period-pdftotext.txt": "fbffffbannpppppbpppF" "pppppppabFF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_a_residents_committee_names_its_people_alone_and_their_offices_in_the_list():
    # written apart from the fixtures: a 自治会 役員会 whose list gives offices in brackets
    # (山口（会長）: the chair, 藤本（書記）), full-width colons, turns indented under an
    # agenda item, the next numbered item of the agenda below a turn
    parsed = _parse("第５回　あおば自治会　役員会　議事録\n\n日時：令和６年５月１２日（日）１０時\n"
                    "出席者：山口（会長）、木村（副会長）、斎藤（会計）、中島、小野\n\n１．夏祭りについて\n"
                    "山口：今年の夏祭りは８月の第１土曜日に行いたい。\n木村：雨の場合の予備日も決めておいた方が良い。\n"
                    "　中島：模擬店の数を去年より増やしたいという声がある。\n山口：では予備日は翌日の日曜日とする。\n"
                    "２．防災訓練について\n小野：訓練の参加者が年々減っている。子ども向けの催しを入れてはどうか。\n")
    assert [(p.speaker.label, p.speaker.title, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("山口", "会長", "chair", 7), ("木村", "副会長", "member", 8), ("中島", "", "member", 9),
        ("山口", "会長", "chair", 10), ("小野", "", "member", 12)]
    assert _fates(parsed) == "fbffba" "ppppap"


def test_a_name_alone_is_a_speaker_only_when_the_record_lists_that_person():
    # words with a colon (課題：, 結論：) and names the list does not hold stay the text of the
    # speaker above; a sentence the line's end cut (…安全上、全面的に…) lists nobody
    got = _speakers("あおば会 役員会 記録\n\n出席者：石田、上野、江口\n\n石田：会費の値上げは避けたい。\n"
                    "課題：会場の確保が難しい。\n上野：会場は公民館を使えばよい。\n"
                    "森本：私は欠席の予定です。\n江口：次回は６月に開く。\n")
    assert [r[:4] for r in got] == [("石田", "石田", "", "member"), ("上野", "上野", "", "member"),
                                    ("江口", "江口", "", "member")]
    assert "課題：会場の確保" in got[0][4] and "森本：私は欠席" in got[1][4]


def test_one_name_labelled_once_is_no_form_of_the_record():
    # a single line with a listed name and a colon is no more than a line of speech: the
    # record does not label its speakers by name (at least two lines do), so it is refused as
    # before, with the message that says how speakers are written
    from assembler.errors import InputError
    with pytest.raises(InputError, match="no speaker found"):
        _parse("あおば会 役員会 記録\n\n出席者：石田、上野、江口\n\n石田：会費の値上げは避けたい。\n"
               "会場は公民館を使うことになった。\n")


def test_the_officials_of_an_association_explain_and_answer_as_its_secretariat():
    # written apart from the fixtures: a 社会福祉協議会's 理事会 — its 課長 who presents and
    # answers is the association's own official (no government is there), with the reason
    parsed = _parse("社会福祉法人あおば町社会福祉協議会\n令和５年度　第２回　理事会議事録\n\n"
                    "１　開催年月日　令和５年１０月１４日（木）\n\n議長\n　事務局から提案願います。\n"
                    "谷口課長\n　顧問の任期が満了することに伴い、町長を顧問として選任したいものでございます。\n"
                    "長谷川理事\n　顧問にはどのような役割をお願いするのか。\n"
                    "谷口課長\n　事業の方針について、年に一度ご意見をいただく予定です。\n")
    official = [p for p in parsed.points if p.speaker.label == "谷口課長"]
    assert [p.speaker.role for p in official] == ["secretariat", "secretariat"]
    assert "no government is there" in official[0].role_why


def test_questions_and_answers_numbered_with_a_full_stop_are_the_askers_and_the_answerers():
    # written apart from the fixture: half-width Q1. / A1., a full-width number (Ｑ２．), a
    # decimal (Q1.5 is no mark) inside the answer; the number names nobody: every question is
    # the unnamed askers', every answer the secretariat's
    got = _speakers("あおば町 説明会 記録\n\n日時：令和６年７月６日（土）\n\nQ1. 負担金はいつ支払うのか。\n"
                    "A1. 工事が終わった翌年度から払います。\nＱ２．分割の利息はかかるのか。\n"
                    "Ａ２．利息はかかりません。金利は\nQ1.5%の想定でした。\n")
    assert [r[:4] for r in got] == [("Q", "", "Q", "member"), ("A", "", "A", "secretariat"),
                                    ("Ｑ", "", "Ｑ", "member"), ("Ａ", "", "Ａ", "secretariat")]
    assert got[3][4] == "利息はかかりません。金利はQ1.5%の想定でした。"


def test_a_letter_heading_an_outline_is_no_answer_where_nothing_is_asked():
    # A．/ B． number the headings of an outline in a record that asks nothing as Ｑ．: they
    # stay the speaker's text (no Ｑ line, no answer)
    got = _speakers("あおば市 審議会 議事録\n\n日時：令和６年２月１日（木）\n\n○会長　論点を整理する。\n"
                    "Ａ．地域の担い手について\nＢ．財源について\n")
    assert [r[:4] for r in got] == [("会長", "", "会長", "chair")]
    assert "Ａ．地域の担い手について" in got[0][4]


def test_a_table_of_attendees_broken_a_cell_a_line_names_no_speaker():
    # written apart from the fixture, as pdftotext gives such a table: a seat and a name
    # spaced apart (１１番 / 佐 藤 / 和 子), a title spelled apart (事 務 局 長), a name of
    # one character a line; the first turn's label alone above its speech is a turn, and once
    # the turns began a title above a short reply of kanji (議長 / 了承) is one
    parsed = _parse("あおば市農業委員会 定例総会 会議録\n\n1.出席委員は次のとおりである。\n１１番\n佐 藤\n和 子\n"
                    "１２番\n北\n村\n誠\n1.出席した事務局職員は次のとおりである。\n事 務 局 長\n遠\n山\n昭\n"
                    "事務局長\nただいまから定例総会を開会いたします。\n１１番\n議案に賛成します。\n議長\n了承\n")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points] == [
        ("事務局長", 17), ("１１番", 19), ("議長", 21)]
    # the list's sentences and the spaced title with its name's parts are the record's own
    # words (front matter or narrative), no point
    assert "p" not in _fates(parsed)[:15] and "u" not in _fates(parsed)


def test_a_transcripts_clock_before_the_label_is_no_part_of_it():
    # written apart from the fixture, as pdftotext gives such a record: full-width clocks
    # (１０：０５), a clock with seconds and the speech after a colon, a wrapped speech line;
    # a clock before an item of a schedule in the front matter (13:30 受付, 14:00 開会) is none
    got = _speakers("あおば町 意見交換会 記録\n\n日時：令和６年９月１日（日）\n13:30 受付\n14:00 開会\n\n"
                    "１４：００　事務局\n定刻になりましたので、ただいまから意見交換会を始めます。\n"
                    "0:12:31 森委員：空き家の情報をもっと早く知らせてほしい。移住を考える人が\n物件を探しても見つからない。\n"
                    "１４：２０　事務局\n毎月載せるようにいたします。\n")
    assert [r[:4] for r in got] == [("事務局", "", "事務局", "secretariat"), ("森委員", "森", "委員", "member"),
                                    ("事務局", "", "事務局", "secretariat")]
    assert got[1][4] == "空き家の情報をもっと早く知らせてほしい。移住を考える人が物件を探しても見つからない。"


def test_an_item_of_the_agenda_with_its_presenter_heads_the_speech_below_it():
    # written apart from the fixture: a 社会福祉協議会's 評議員会 whose items name their
    # presenter in half-width brackets (議案第１号 …について(事務局長)), a greeting (理事長あいさつ
    # (森理事長)); the agenda's list above, one item a line with its presenter, stays agenda
    parsed = _parse("あおば町社会福祉協議会 評議員会 議事録\n\n日時：令和６年６月１０日（月）\n議事次第\n"
                    "・理事長あいさつ(森理事長)\n・議案第１号 事業報告について(事務局長)\n\n"
                    "理事長あいさつ(森理事長)\n本日はお集まりいただきありがとうございます。\n"
                    "議案第１号 事業報告について(事務局長)\n資料のとおり、配食サービスの利用者が１割増えました。\n")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("森理事長", "member", 9), ("事務局長", "secretariat", 11)]
    assert _fates(parsed)[4:7] == "aab"


def test_a_list_of_whole_names_gives_the_people_their_labels_by_surname():
    # the list gives the whole name (五十嵐誠, its number glued to the label: ３．出席理事), the
    # labels the surname; a surname two listed people share (山田) names neither, and the
    # person the list's field makes the chair (４．議長　高橋美和) presides
    got = _speakers("ＮＰＯ法人あおば 理事会議事録\n\n３．出席理事　五十嵐誠、山田太郎、山田花子、高橋美和\n"
                    "４．議長　高橋美和\n\n五十嵐：冷蔵庫の購入を検討してほしい。\n山田：助成金を確認する。\n"
                    "高橋：では次回までにまとめる。\n")
    assert [r[:4] for r in got] == [("五十嵐", "五十嵐誠", "", "member"), ("高橋", "高橋美和", "議長", "chair")]
    assert "山田：助成金を確認する。" in got[0][4]
