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
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
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
}

LINE_FATES = {
    "symposium-panel-affiliation-labels-pdftotext.txt": "fbffbapppbpppppbFFpppppappppppppbF",
    # a line of a heading and a turn is the turn's (its place counted once, as joined.py's lines)
    "forum-headed-labels-cp932.txt": "fbffbpppppppppppp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


# written after the rules of 1–3, apart from the fixtures: a town's フォーラム in EUC-JP with CRLF,
# half-width brackets, a heading of two words above the first label (◆基調講演を受けて パネルディスカッション),
# a heading glued before a label and a colon (■会場との意見交換 コーディネーター(石黒)：…), speech that opens
# with では、 and はい、, フロアＡ, 会場参加者(高校生), a katakana name with ・ before a company's brackets.
# Before the rules: 8 points, 5 of 14 turns right. At first sight: 12 of 14 — the two turns of
# ヴァン・デル・ベルク(まちづくり会社 ほたる) go to the speaker above: a company named by its kind
# then its name (まちづくり会社 ほたる) is no body furniture.body_speaker knows (known, left)
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
    assert _who(_crlf(tmp_path, _FORUM, "euc_jp")) == [
        (*chair, 7), (*merchant, 8), (*town, 10), (*chair, 11), (*merchant, 12), (*chair, 13),
        ("フロアＡ", "Ａ", "フロア", "member", 14), (*town, 15),
        ("会場参加者(高校生)", "高校生", "会場参加者", "member", 16),
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
