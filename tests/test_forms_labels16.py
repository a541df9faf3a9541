"""Speaker labels in shapes the parse still misread (labels16).

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread).

1. A name with the body or the post in brackets, a space, then the speech on the same line — a
   symposium's or a panel's record (``長尾（NPO法人 みどり） はい、…``, ``戸田（ひなげし市建築住宅課長） 市の…``,
   ``コーディネーター（川辺） それでは…``): a space inside the brackets cut the label (the turn went
   to the speaker above), a speech that opens with はい、 or では、 was no speech (は, で read as a
   particle), the surname before a bracketed post was lost (name empty), and a section's heading
   alone above the first label (■パネルディスカッション) was joined to it as one broken label
   (パネルディスカッションコーディネーター). コーディネーター presides (chair), パネリスト is a member.
2. The audience named by where they sit (``会場Ａ``, ``フロア１``, ``会場参加者（女性）``): role member, as
   the role table reads 来場者 and 参加者 (the public whose views the meeting gathers),
   distinct letters distinct speakers (before: no label; 会場参加者（女性） a person 会場).
3. A section's heading glued before the first label under it on one line (``■パネルディスカッション
   司会（森下）：それでは…``, ``◆質疑応答 司会：…``): the line is read as its pieces, the heading then
   the turn (``joined.split_turns``; before, the turn went to the speaker above).
4. A label that names an act with the person in brackets (``報告（岡野議員）``, ``補足（北川議員）``,
   ``質問（住民Ａ）``, ``回答（岡野議員）``; a 議会報告会, UTF-16): the person is the speaker, labelled as their
   own label is (``roles._acted_by``, ``qa_labelled``) — before, 補足（北川議員） was no label and each act
   made a speaker of its own (回答（岡野議員） apart from 岡野議員).
5. A stage line framed by dashes (``――グループワーク――``, ``―休憩―``): a stage direction
   (``closing_steps.framed_stage_step``; before, the words of the speaker above) — and a workshop's
   司会：… lines between officials' answers with such lines is no interview (``ingest/interview.py``
   read it as one on main d8d68a6: the officials nameless, role other, 司会 the chair).
6. A label with the unit and the person in brackets (``市（都市計画課 野口課長）：``, ``県（河川課　佐藤主幹）``
   alone on its line): the person is the speaker (野口, 課長; ``post_then_person`` reading the unit
   then the person as ``unit_person`` does, 市 and 県 the local government) — before, no name.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _parse, check_fixture
from test_forms_labels15 import _crlf, _who

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city's シンポジウム 記録 in pdftotext shape: a panel's labels name then body in brackets and
    # the speech after a space, a space inside the brackets (NPO法人 みどり), ■ headings alone above
    # a label, the audience (会場Ａ, 会場参加者（女性）), a blank line inside a paragraph, page numbers,
    # a form feed and a running head. Before: 11 points, 9 of 16 turns with the right label (長尾's
    # three turns lost, the coordinator's first and third labels glued to the heading above, 会場Ａ
    # and 会場Ｂ lost, 戸田 no name)
    "symposium-panel-affiliation-labels-pdftotext.txt": [
        ("コーディネーター（川辺）", "川辺", "コーディネーター", "chair", "それでは、パネルディスカッションを始", 7, 8),
        ("森下（県立大学）", "森下", "", "other", "県立大学の森下です。空き家の活用につ", 9, 11),
        ("長尾（NPO法人みどり）", "長尾", "", "other", "はい、NPO法人みどりの長尾です。私", 12, 13),
        ("戸田（ひなげし市建築住宅課長）", "戸田", "ひなげし市建築住宅課長", "government", "市の建築住宅課の戸田です。市では空き", 14, 15),
        ("コーディネーター（川辺）", "川辺", "コーディネーター", "chair", "ありがとうございます。森下先生、所有", 19, 20),
        ("森下（県立大学）", "森下", "", "other", "相続の段階で、御家族で話し合っておい", 21, 21),
        ("長尾（NPO法人みどり）", "長尾", "", "other", "補足しますと、片付けの費用が大きな壁", 22, 22),
        ("戸田（ひなげし市建築住宅課長）", "戸田", "ひなげし市建築住宅課長", "government", "片付けについては、来年度から補助を始", 23, 23),
        ("コーディネーター（川辺）", "川辺", "コーディネーター", "chair", "会場から御質問をお受けします。", 25, 25),
        ("会場Ａ", "Ａ", "会場", "member", "空き家バンクに登録すると、固定資産税", 26, 26),
        ("戸田（ひなげし市建築住宅課長）", "戸田", "ひなげし市建築住宅課長", "government", "登録しただけでは変わりません。", 27, 27),
        ("会場参加者（女性）", "", "女性", "member", "片付けの補助は、いくらまで出るのでし", 28, 28),
        ("戸田（ひなげし市建築住宅課長）", "戸田", "ひなげし市建築住宅課長", "government", "上限は２０万円を予定しております。", 29, 29),
        ("会場Ｂ", "Ｂ", "会場", "member", "長尾さんの団体では、ボランティアを募", 30, 30),
        ("長尾（NPO法人みどり）", "長尾", "", "other", "はい、随時募集しております。", 31, 31),
        ("コーディネーター（川辺）", "川辺", "コーディネーター", "chair", "以上でシンポジウムを終わります。", 32, 32),
    ],
    # a city's フォーラム 記録 typed in Word, saved as CP932 with CRLF: each section's heading glued
    # before the first label under it (■開会あいさつ　司会（森下）：…, ◆質疑応答 司会：…, ◇閉会　司会：…),
    # パネリスト（佐伯）, the floor numbered (フロア１, フロア２). Before: 8 points, 4 of 11 turns right
    # (the first turn in the front matter, the turns under the headings the speaker's above, フロア
    # lost)
    "forum-headed-labels-cp932.txt": [
        ("司会（森下）", "森下", "司会", "secretariat", "ただいまからフォーラムを開会します。", 6, 7),
        ("市長", "", "市長", "government", "本日はお集まりいただき、ありがとうご", 8, 8),
        ("司会（森下）", "森下", "司会", "secretariat", "それでは、パネルディスカッションに移", 9, 9),
        ("パネリスト（佐伯）", "佐伯", "パネリスト", "member", "バスの本数を増やしてほしいという声が", 10, 10),
        ("交通政策課長", "", "交通政策課長", "government", "来年度のダイヤ改正で検討いたします。", 11, 11),
        ("司会（森下）", "森下", "司会", "secretariat", "会場から質問を受け付けます。", 12, 12),
        ("フロア１", "１", "フロア", "member", "デマンドタクシーの予約は何日前からで", 13, 13),
        ("交通政策課長", "", "交通政策課長", "government", "１週間前から予約できます。", 14, 14),
        ("フロア２", "２", "フロア", "member", "停留所にベンチを置いてほしい。", 15, 15),
        ("交通政策課長", "", "交通政策課長", "government", "利用の多い停留所から設置してまいりま", 16, 16),
        ("司会（森下）", "森下", "司会", "secretariat", "以上でフォーラムを終わります。", 17, 17),
    ],
    # a city assembly's 議会報告会 記録 saved as UTF-16 with CRLF: acts with the member or the resident in
    # brackets alone above the speech, numbered agenda headings, 司会（三浦議員）. Before: 9 points, 4 of 10
    # turns with the person's label (補足（北川議員） lost into 岡野's report, 質問（住民Ａ）, 回答（岡野議員）…
    # speakers of their own)
    "assembly-report-act-labels-utf16.txt": [
        ("司会（三浦議員）", "三浦", "司会", "secretariat", "ただいまから議会報告会を始めます。は", 9, 9),
        ("岡野議員", "岡野", "議員", "member", "３月定例会の主な議案について御報告し", 12, 13),
        ("北川議員", "北川", "議員", "member", "予算のうち、子育て支援の拡充について", 15, 15),
        ("住民Ａ", "Ａ", "住民", "member", "南地区の公民館の建替えはいつになりま", 18, 18),
        ("岡野議員", "岡野", "議員", "member", "建替えについては、来年度に基本計画を", 20, 20),
        ("住民Ｂ", "Ｂ", "住民", "member", "議員の皆さんの報酬について教えてくだ", 22, 22),
        ("北川議員", "北川", "議員", "member", "報酬は条例で定められておりまして、今", 24, 24),
        ("住民Ａ", "Ａ", "住民", "member", "報告会は土曜日の昼にも開いてほしいで", 26, 26),
        ("三浦議員", "三浦", "議員", "member", "次回は土曜日の開催を検討いたします。", 28, 28),
        ("司会（三浦議員）", "三浦", "司会", "secretariat", "以上で議会報告会を終わります。", 31, 31),
    ],
    # a city's ワークショップ 記録 as pypdf gives it (no blank lines, lines wrapped at the width):
    # ――グループワーク――, ―休憩―, （休憩 14:05～14:15）, ― グループ討議 ― (one dash a side, no stage word: a
    # heading). Before (main d8d68a6): read as an interview, every official nameless and role other,
    # 司会 the chair; before that (4b8b971) ――グループワーク―― and ―休憩― the words of the speaker above
    "workshop-dash-stage-lines-pypdf.txt": [
        ("司会", "", "司会", "secretariat", "それでは、第２回のワークショップを始", 4, 5),
        ("公園緑地課長", "", "公園緑地課長", "secretariat", "前回は、公園の使い方について御意見を", 6, 7),
        ("司会", "", "司会", "secretariat", "時間になりましたので、各グループから", 9, 9),
        ("参加者Ａ", "Ａ", "参加者", "member", "Ａグループでは、遊具を西側にまとめる", 10, 10),
        ("参加者Ｂ", "Ｂ", "参加者", "member", "Ｂグループは、芝生の広場を広く取りた", 11, 11),
        ("司会", "", "司会", "secretariat", "再開いたします。公園緑地課長から、発", 14, 14),
        ("公園緑地課長", "", "公園緑地課長", "secretariat", "いただいた御意見は、次回までに一つの", 15, 15),
        ("参加者Ｃ", "Ｃ", "参加者", "member", "トイレの位置も決めてほしいです。", 17, 17),
        ("公園緑地課長", "", "公園緑地課長", "secretariat", "トイレは駐車場の近くを考えております", 18, 18),
        ("司会", "", "司会", "secretariat", "以上で本日のワークショップを終わりま", 19, 19),
    ],
    # a 住民説明会 typed in Word and saved as text: the prefecture's and the city's officials labelled
    # by the government, then the unit and the person in brackets with a space (県（河川課　佐藤主幹）
    # alone above the speech, 市（都市計画課 野口課長）： with the speech below), 司会（防災課 主任）：.
    # Before: the four officials' turns found, none with the person's name (title 都市計画課野口課長)
    "briefing-unit-person-labels-word.txt": [
        ("司会（防災課主任）", "防災課主任", "司会", "secretariat", "ただいまから説明会を始めます。はじめ", 7, 8),
        ("県（河川課佐藤主幹）", "佐藤", "主幹", "government", "県河川課の佐藤でございます。ひなげし", 10, 11),
        ("市（都市計画課野口課長）", "野口", "課長", "government", "都市計画課の野口です。浸水想定区域で", 13, 13),
        ("住民Ａ", "Ａ", "住民", "member", "工事の間、川沿いの道は通れますか。", 14, 14),
        ("県（河川課佐藤主幹）", "佐藤", "主幹", "government", "片側の通行は確保いたします。", 16, 16),
        ("住民Ｂ", "Ｂ", "住民", "member", "開発の制限は、今ある住宅にもかかるの", 17, 17),
        ("市（都市計画課野口課長）", "野口", "課長", "government", "既存の住宅にはかかりません。建て替え", 19, 19),
        ("司会（防災課主任）", "防災課主任", "司会", "secretariat", "以上で説明会を終わります。", 20, 20),
    ],
    # a city's フォーラム 記録 in pdftotext shape: a panel whose brackets hold what no table knows (空き家相談員,
    # みどりの会, まちの縁側 代表, 高校生) — read because the shape (a name, a bracket, a space, the speech)
    # recurs in the file (header_steps.panel_labels) —, a blank line inside a paragraph, page numbers,
    # a form feed and a running head. Before: 5 points, 5 of 13 turns (the coordinator's first two
    # turns swallowing the four panelists' and 森下's answer; only the city's official by a body)
    "forum-panel-recurring-labels-pdftotext.txt": [
        ("コーディネーター（鶴田）", "鶴田", "コーディネーター", "chair", "それでは、パネルディスカッションを始", 6, 7),
        ("森下（空き家相談員）", "森下", "", "other", "相談員の森下です。空き家の相談を受け", 8, 10),
        ("長尾（みどりの会）", "長尾", "", "other", "私たちは子ども食堂を月に２回、公民館", 11, 11),
        ("佐々木（まちの縁側代表）", "佐々木", "", "other", "縁側の佐々木です。高齢の方と子どもが", 12, 13),
        ("古川（高校生）", "古川", "", "other", "高校生の古川です。放課後に勉強できる", 14, 14),
        ("大森（くるみ市こども家庭課）", "大森", "", "other", "こども家庭課の大森です。市では居場所", 18, 19),
        ("コーディネーター（鶴田）", "鶴田", "コーディネーター", "chair", "ありがとうございます。森下さん、空き", 20, 21),
        ("森下（空き家相談員）", "森下", "", "other", "はい、昨年度は２件ありました。", 22, 22),
        ("長尾（みどりの会）", "長尾", "", "other", "食材の寄付が足りないのが悩みです。", 23, 23),
        ("佐々木（まちの縁側代表）", "佐々木", "", "other", "送迎があると助かります。", 24, 24),
        ("古川（高校生）", "古川", "", "other", "夜９時まで開いているとうれしいです。", 25, 25),
        ("大森（くるみ市こども家庭課）", "大森", "", "other", "開館時間の延長を検討いたします。", 26, 26),
        ("コーディネーター（鶴田）", "鶴田", "コーディネーター", "chair", "以上でパネルディスカッションを終わり", 27, 27),
    ],
}

LINE_FATES = {
    "symposium-panel-affiliation-labels-pdftotext.txt": "fbffbapppbpppppbFFpppppappppppppbF",
    # a line of a heading and a turn is the turn's (its place counted once, as joined.py's lines)
    "forum-headed-labels-cp932.txt": "fbffbpppppppppppp",
    "assembly-report-act-labels-utf16.txt": "fbfffbappapppppappppppppppppapp",
    "workshop-dash-stage-lines-pypdf.txt": "fffppppspppssppappp",
    "briefing-unit-person-labels-word.txt": "fbfffbpppppppppppppp",
    "forum-panel-recurring-labels-pdftotext.txt": "fbffbpppbpppppbFFppppppppppbF",
}


def test_the_workshops_stage_lines_are_its_directions() -> None:
    parsed = minutes.parse_file(MINUTES / "workshop-dash-stage-lines-pypdf.txt")
    assert [(d.line, d.text) for d in parsed.directions] == [
        (8, "――グループワーク――"), (12, "―休憩―"), (13, "（休憩 14:05～14:15）")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


# written after the rules of 1–3, apart from the fixtures: a town's フォーラム in EUC-JP with CRLF,
# half-width brackets, a heading of two words above the first label (◆基調講演を受けて パネルディスカッション),
# a heading glued before a label and a colon (■会場との意見交換 コーディネーター(石黒)：…), speech that opens
# with では、 and はい、, フロアＡ, 会場参加者(高校生), a katakana name with ・ before a company's brackets.
# Before the rules: 8 points, 5 of 14 turns right. At first sight: 12 of 14 — the two turns of
# ヴァン・デル・ベルク(まちづくり会社 ほたる) went to the speaker above: a company named by its kind
# then its name (まちづくり会社 ほたる) is no body furniture.body_speaker knows; read since the panel's
# shape recurs in the file (header_steps.panel_labels): 14/14
_FORUM = """第２回 みずかげ町まちなか再生フォーラム 会議録

日時 令和８年２月８日（日）１３時３０分から
場所 みずかげ町文化センター 小ホール

◆基調講演を受けて パネルディスカッション
コーディネーター(石黒) では、パネルディスカッションを始めたいと思います。
波多野(みずかげ商工会) 商工会の波多野です。空き店舗は、この５年で１２軒増えました。
ヴァン・デル・ベルク(まちづくり会社 ほたる) 私どもは空き店舗を改修して貸し出しています。
蔵本(みずかげ町商工観光課長) 町では家賃の補助を行っております。
コーディネーター(石黒) 波多野さん、補助の効果はいかがでしょうか。
波多野(みずかげ商工会) はい、出店の相談は増えております。
■会場との意見交換 コーディネーター(石黒)：会場の皆さんからお願いします。
フロアＡ：駐車場が少ないのが一番の問題だと思います。
蔵本(みずかげ町商工観光課長) 町営駐車場の拡張を検討しております。
会場参加者(高校生)：若い人が集まれる場所がほしいです。
ヴァン・デル・ベルク(まちづくり会社 ほたる) 高校生の皆さんと一緒に考える場を作りたいですね。
フロアＢ：イベントの情報はどこで見られますか。
蔵本(みずかげ町商工観光課長) 町のホームページと広報誌でお知らせしています。
コーディネーター(石黒) 本日はありがとうございました。
"""


def test_a_forum_written_apart_reads_its_panel_and_floor_labels(tmp_path) -> None:
    chair = ("コーディネーター(石黒)", "石黒", "コーディネーター", "chair")
    merchant = ("波多野(みずかげ商工会)", "波多野", "", "other")
    town = ("蔵本(みずかげ町商工観光課長)", "蔵本", "みずかげ町商工観光課長", "government")
    firm = ("ヴァン・デル・ベルク(まちづくり会社ほたる)", "ヴァン・デル・ベルク", "", "other")
    assert _who(_crlf(tmp_path, _FORUM, "euc_jp")) == [
        (*chair, 7), (*merchant, 8), (*firm, 9), (*town, 10), (*chair, 11), (*merchant, 12), (*chair, 13),
        ("フロアＡ", "Ａ", "フロア", "member", 14), (*town, 15),
        ("会場参加者(高校生)", "高校生", "会場参加者", "member", 16), (*firm, 17),
        ("フロアＢ", "Ｂ", "フロア", "member", 18), (*town, 19), (*chair, 20)]


@pytest.mark.parametrize("line, speaker", [
    ("長尾（NPO法人 みどり） はい、そう思います。", ("長尾（NPO法人みどり）", "長尾", "", "other")),
    ("森下（県立大学）　では、私から申し上げます。", ("森下（県立大学）", "森下", "", "other")),
    ("戸田（建築住宅課長） 空き家バンクを運営しております。", ("戸田（建築住宅課長）", "戸田", "建築住宅課長", "government")),
    ("会場Ｃ 駐車場はありますか。", ("会場Ｃ", "Ｃ", "会場", "member")),
    ("フロア３：駐車場はありますか。", ("フロア３", "３", "フロア", "member")),
])
def test_a_panels_label_then_a_space_and_the_speech(line: str, speaker: tuple) -> None:
    parsed = _parse(f"シンポジウム　記録\n\nコーディネーター（川辺） それでは始めます。\n{line}\n"
                    "コーディネーター（川辺） ありがとうございました。\n")
    assert _who(parsed)[1] == (*speaker, 4)


@pytest.mark.parametrize("line", [
    # a particle after a title cut by a space is no speech; an act before a bracketed post no surname
    "会長 は、次のように述べた。",
    "答弁（河川課長） 河川の改修は来年度からです。",
])
def test_what_opens_no_panel_turn(line: str) -> None:
    parsed = _parse(f"シンポジウム　記録\n\nコーディネーター（川辺） それでは始めます。\n{line}\n")
    assert all(p.speaker.name != line.split("（")[0] for p in parsed.points)
    assert "会長" not in {p.speaker.label for p in parsed.points}


def test_a_heading_glued_before_a_name_spaced_from_its_title_is_one_label() -> None:
    # ◆北浦雅人 委員　　…: the line read whole opens a turn (the name, a space, the title): no heading
    parsed = _parse("委員会　要録\n\n◎委員長　開会します。\n◆北浦雅人 委員　　説明のあった事業について伺います。\n")
    assert [(p.speaker.label, p.source.line_start) for p in parsed.points][1] == ("北浦雅人委員", 4)


# written after the rules of 4–6, apart from the fixtures: a town's 議会と語る会 in CP932 with CRLF,
# half-width brackets (報告(千田議員), 質問(参加者Ａ), 県(土木事務所　高田所長)), a label with a colon and the
# speech below (町（建設課 石井課長）：), stage lines with three dashes and spaced (――― 意見交換 ―――, － 休憩 －).
# Before the rules: 3 of 9 turns with the person's label (補足（森議員） lost, the acts speakers of their
# own, the officials nameless); at first sight: 9/9, both stage lines directions
_TALK = """やまびこ町議会 議会と語る会 記録

日時 令和８年１０月１７日（土）午前１０時から
会場 やまびこ町東公民館

司会(森議員)：ただいまから議会と語る会を開会いたします。
報告(千田議員)
  ９月定例会では、町道の改良工事の補正予算を可決しました。
補足（森議員）
  工事は１２月から始まる予定です。
――― 意見交換 ―――
質問(参加者Ａ)
  町道の工事の間、スクールバスはどこを通りますか。
町（建設課 石井課長）：
  工事の間は、県道を迂回していただく予定です。
県(土木事務所　高田所長)
  県道の交通規制は行いませんので、通行いただけます。
－ 休憩 －
意見(参加者Ｂ)
  語る会の案内を、回覧板でも回してほしいです。
回答(千田議員)
  次回から回覧板でもお知らせします。
司会(森議員)：以上で終わります。
"""


def test_a_talk_written_apart_reads_acts_units_and_stage_lines(tmp_path) -> None:
    parsed = _crlf(tmp_path, _TALK, "cp932")
    chair, senda = ("司会(森議員)", "森", "司会", "secretariat"), ("千田議員", "千田", "議員", "member")
    assert _who(parsed) == [
        (*chair, 6), (*senda, 8), ("森議員", "森", "議員", "member", 10), ("参加者Ａ", "Ａ", "参加者", "member", 13),
        ("町（建設課石井課長）", "石井", "課長", "government", 15),
        ("県(土木事務所高田所長)", "高田", "所長", "government", 17),
        ("参加者Ｂ", "Ｂ", "参加者", "member", 20), (*senda, 22), (*chair, 23)]
    assert [d.line for d in parsed.directions] == [11, 18]


@pytest.mark.parametrize("line, kind", [
    ("――グループワーク――", "stage"), ("―休憩―", "stage"), ("－ 休憩 －", "stage"),
    # one dash a side and no stage word: a section's heading; a label framed by dashes; the end mark
    ("―意見交換―", "agenda"), ("－北村委員－", "point"), ("――以上――", "furniture"),
])
def test_a_line_framed_by_dashes(line: str, kind: str) -> None:
    parsed = _parse(f"会議録\n\n○会長　開会します。\n{line}\n○北村委員　質問します。\n")
    assert _fate_of(parsed, 4) == kind


def _fate_of(parsed: minutes.Minutes, number: int) -> str:
    return {"s": "stage", "a": "agenda", "p": "point", "F": "furniture", "n": "narrative", "f": "front",
            "b": "blank", "u": "unread"}[_fates(parsed)[number - 1]]


# written after the rule of recurring panel labels, apart from the fixture: a town's 意見交換会 saved as
# UTF-8 with a BOM and CRLF, half-width brackets before a colon, a katakana name (ジョンソン(英語講師)), a
# surname of one kanji (東(漁協青年部)). Before: 2 of 8 turns right (栗原's two lost, ジョンソン named 英語,
# 東 a title with 漁協青年部 the name); at first sight: 8/8
_EXCHANGE = """第３回 うみべ町移住定住を考える意見交換会 会議録

日時：令和８年１２月５日（土）１４時００分～１５時３０分
場所：うみべ町役場 ３階 第１会議室

司会(企画課 主事)：それでは、意見交換会を始めます。最初に、皆様から一言ずつお願いします。
栗原(移住者の会)：東京から移って３年になります栗原です。仕事を探すのが大変でした。
ジョンソン(英語講師)：アメリカから来ましたジョンソンです。町の人はとても親切です。
東(漁協青年部)：漁協青年部の東です。後継者が足りません。
栗原(移住者の会)：空き家の情報が、もっとまとめて見られるとよいと思います。
東(漁協青年部)：漁業の体験を、移住の入口にしてはどうでしょうか。
ジョンソン(英語講師)：子どもの学校のことが一番心配でした。
司会(企画課 主事)：ありがとうございました。以上で終わります。
"""


def test_an_exchange_written_apart_reads_its_recurring_panel_labels(tmp_path) -> None:
    path = tmp_path / "exchange.txt"
    path.write_bytes(b"\xef\xbb\xbf" + _EXCHANGE.replace("\n", "\r\n").encode("utf-8"))
    chair = ("司会(企画課主事)", "企画課主事", "司会", "secretariat")
    assert _who(minutes.parse_file(path)) == [
        (*chair, 6), ("栗原(移住者の会)", "栗原", "", "other", 7), ("ジョンソン(英語講師)", "ジョンソン", "", "other", 8),
        ("東(漁協青年部)", "東", "", "other", 9), ("栗原(移住者の会)", "栗原", "", "other", 10),
        ("東(漁協青年部)", "東", "", "other", 11), ("ジョンソン(英語講師)", "ジョンソン", "", "other", 12), (*chair, 13)]


def test_one_line_of_the_panels_shape_is_no_label() -> None:
    # a council's record whose one line opens with a name and a bracket (山田（晴） 補足ですが…): the
    # shape does not recur, the line goes on the turn above
    parsed = _parse("環境審議会　議事録\n\n会長：開会します。\n山田委員：質問します。\n事務局：お答えします。\n"
                    "山田（晴） 補足ですが、前回の資料と数字が違います。\n事務局：速報値でした。\n")
    assert [p.speaker.label for p in parsed.points] == ["会長", "山田委員", "事務局", "事務局"]
