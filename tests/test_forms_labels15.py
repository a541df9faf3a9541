"""Speaker labels whose inner parts the parse dropped or misread: a group's label with the post,
the person or the body in brackets of its own, a space inside a label's brackets, an OCR's stray
spaces inside labels (labels15).

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread).

1. A group's label with who speaks for it in brackets, alone in its own brackets above the
   speech (``【事務局（課長補佐）】``, ``（事務局（鈴木参事官））``, ``【オブザーバー（全国…協会）】``):
   the brackets were read as a note (the shape of ``（山田委員（欠席のため書面で提出））``) and the
   speaker was 事務局 — two posts of the secretariat one speaker, the observer's body lost. Now
   the label reads as it does before its speech or after a mark (``事務局（課長補佐）：…``,
   ``○事務局（課長補佐）``: ``header_steps.group_post``); a note stays a note (【委員（書面）】).
2. A space inside a label's brackets, between the unit and the post (``司会（環境施設課 主査）：…``,
   ``事務局（企画課　主事）``, ``司会(市民課 係長):``, pypdf's and Word's text): the turn was missed
   (the label ended at the space; the colon shape and the bracketed label alone, ``shapes._POST``).
4. A group's label and its post apart by a colon, a slash or a dot (``【事務局：課長補佐】``,
   ``（事務局：鈴木参事官）``, ``○事務局／主査``): the group and the separator were the speaker's
   name (事務局：), the role the post's alone (主査: chair); a post, a space and the surname in the
   brackets (``事務局（課長　鈴木）``): the post and the surname were one name (課長鈴木), or, after a
   ○, the label ended at the space (``header_steps.group_then_post``, ``post_then_person``).
3. An OCR's stray spaces inside labels after a ○ read right (``〇議 長（長谷部）``, ``〇公述人（浅 沼
   裕）``, ``〇司 会``, ``〇委 員 長``) and 〇傍聴者 (no title of the table): the turns went to the
   speaker above (``ocr.read_stray_spaces``; 傍聴者 in ``roles.yaml``, role other).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms8 import _parse, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city's 検討会 議事録 in pdftotext shape: 【】 labels alone above the speech, the
    # secretariat's two posts in brackets (課長補佐, 企画官), an observer's body, a blank line
    # inside a paragraph, a page number, a form feed and a running head. Before: 10 points, the
    # four secretariat turns one speaker 事務局, the observer オブザーバー with no body (5 of 10 right)
    "council-group-post-labels-pdftotext.txt": [
        ("石動座長", "石動", "座長", "chair", "それでは、定刻となりましたので、第２", 11, 12),
        ("事務局（課長補佐）", "", "課長補佐", "secretariat", "資料１を御覧ください。前回の御意見を", 15, 18),
        ("川嶋委員", "川嶋", "委員", "member", "デマンド化する地区の選び方について、", 21, 22),
        ("事務局（企画官）", "", "企画官", "secretariat", "御指摘のとおり、高齢化率と病院までの", 25, 25),
        ("オブザーバー（全国路線バス事業者協会）", "全国路線バス事業者協会", "オブザーバー", "other",
         "事業者としては、運転士の確保が最も大", 31, 32),
        ("二宮委員", "二宮", "委員", "member", "乗継ぎの改善については、時刻表の調整", 35, 36),
        ("事務局（課長補佐）", "", "課長補佐", "secretariat", "待合環境については、屋根とベンチの設", 39, 39),
        ("真柴委員", "真柴", "委員", "member", "運転士の確保については、市としても何", 42, 42),
        ("事務局（企画官）", "", "企画官", "secretariat", "国の補助制度の活用も含めて、次回まで", 45, 45),
        ("石動座長", "石動", "座長", "chair", "本日の議論を踏まえて、事務局で骨子案", 48, 49),
    ],
    # an OCR'd 公聴会 会議録: 〇 labels alone with stray spaces (〇司 会, 〇議 長（長谷部）, 〇公述人
    # （浅 沼 裕）, 〇事 務 局), 〇傍聴者, ー for 一 (第ー会議室, ー番目), lines wrapped at 22
    # characters, page numbers, a form feed before a label. Before: 8 points, 2 of 11 turns right
    # (司会 and 議長's first turn lost, the other 議 長 turns and 傍聴者 the speaker's above)
    "hearing-ocr-spaced-labels.txt": [
        ("司会", "", "司会", "secretariat", "ただいまから、かざはや町都市計画マス", 14, 16),
        ("議長（長谷部）", "長谷部", "議長", "chair", "議長の長谷部でございます。公述人の方", 18, 20),
        ("公述人（浅沼裕）", "浅沼裕", "公述人", "other", "浅沼です。駅前の商業地域の拡大につい", 22, 24),
        ("議長（長谷部）", "長谷部", "議長", "chair", "ありがとうございました。次に、２番目", 26, 27),
        ("公述人（木戸美和）", "木戸美和", "公述人", "other", "木戸です。通学路の安全について意見を", 29, 31),
        ("議長（長谷部）", "長谷部", "議長", "chair", "ありがとうございました。ただいまの公", 35, 36),
        ("事務局", "", "事務局", "secretariat", "歩道の整備については、第ー章の交通の", 38, 40),
        ("議長（長谷部）", "長谷部", "議長", "chair", "傍聴者の方から御意見があれば挙手をお", 42, 43),
        ("傍聴者", "", "傍聴者", "other", "計画の案はいつまで閲覧できるのでしょ", 45, 45),
        ("事務局", "", "事務局", "secretariat", "１１月１日まで役場の窓口とホームペー", 47, 48),
        ("議長（長谷部）", "長谷部", "議長", "chair", "以上で公聴会を閉会いたします。", 50, 50),
    ],
    # a city's 住民説明会 as pypdf gives it: no blank lines, label：speech with a space inside the
    # label's brackets (司会（環境施設課 主査）, 事務局（企画課　主事）), the page's number and the next
    # page's running head inside the record. Before: 5 points, 2 of 9 turns right (the four
    # turns of 司会 and 事務局 lost, their lines the speech of the speaker above or front matter)
    "townmeeting-spaced-post-labels-pypdf.txt": [
        ("司会（環境施設課主査）", "環境施設課主査", "司会", "secretariat", "ただいまから、新ごみ処理施設整備に関", 5, 7),
        ("環境部長", "", "環境部長", "government", "環境部長の岩城でございます。本日は、", 8, 9),
        ("事務局（企画課主事）", "", "企画課主事", "secretariat", "お手元の資料の２ページを御覧ください", 10, 11),
        ("住民Ａ", "Ａ", "住民", "member", "工事の車両はどの道を通るのでしょうか", 12, 12),
        ("環境施設課長", "", "環境施設課長", "government", "工事車両は県道を通行し、登下校の時間", 13, 14),
        ("住民Ｂ", "Ｂ", "住民", "member", "煙突からの排ガスについて、測定の結果", 17, 17),
        ("事務局（企画課主事）", "", "企画課主事", "secretariat", "測定の結果は毎月、市のホームページで", 18, 18),
        ("住民Ａ", "Ａ", "住民", "member", "説明会は今後も開いてもらえますか。", 19, 19),
        ("司会（環境施設課主査）", "環境施設課主査", "司会", "secretariat", "工事の節目ごとに説明会を開く予定です", 20, 21),
    ],
}

LINE_FATES = {
    "council-group-post-labels-pdftotext.txt": "ffbfffffbpppbpppbpbpppbppbFbFpppbpppbppbppbppbpppbF",
    "hearing-ocr-spaced-labels.txt": "ffbffbfffffbpppppppppppppppppppbFpppppppppppppppppbF",
    "townmeeting-spaced-post-labels-pypdf.txt": "ffffppppppppppFFpppppF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _crlf(tmp_path, text: str, encoding: str) -> minutes.Minutes:
    """``text`` saved with CRLF in ``encoding`` and read back as a file."""
    path = tmp_path / "record.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return minutes.parse_file(path)


def _who(parsed: minutes.Minutes) -> list[tuple[str, str, str, str, int]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.source.line_start)
            for p in parsed.points]


# written after the rule, apart from the fixtures: a prefecture's 懇談会 in pdftotext -layout
# shape with CRLF, round brackets inside round ones (（事務局（水資源計画係長））), a person and a
# post (森本参事), an observer's body in 〔〕. At first sight: 7 of 7 turns (before: 3 of 7, the
# three secretariat turns 事務局, the observer's body lost). 水資源計画係長 is one post (roles19: 水資源 in
# the office vocabulary of roles.yaml; before, 水資源 was read as a surname)
_ROUND = """令和８年度第１回 しろがね県水資源保全懇談会 議事概要

    日時：令和８年５月２８日（木）10:00～11:45
    場所：しろがね県庁 西館８階 特別会議室

（小野寺会長）
    開会に当たり、一言御挨拶申し上げます。本日は地下水の保全方針について
    御意見を頂きたい。

（事務局（水資源計画係長））
    資料２に基づき、県内の地下水位の推移を御説明します。平野部では水位が
    回復傾向にあります。

（桐生委員）
    山間部の湧水が減っているとの声を聞くが、調査はしているのか。

（事務局（森本参事））
    湧水については、来年度から市町村と共同で調査を始めます。

〔オブザーバー（しろがね県土地改良事業団体連合会）〕
    農業用水の取水量のデータは、当連合会からも提供できます。

（事務局（水資源計画係長））
    ありがとうございます。データの提供について、別途御相談させてください。

（小野寺会長）
    以上で本日の懇談会を閉会します。
"""


def test_a_council_written_apart_reads_the_post_in_a_groups_brackets(tmp_path) -> None:
    assert _who(_crlf(tmp_path, _ROUND, "utf-8")) == [
        ("小野寺会長", "小野寺", "会長", "chair", 7),
        ("事務局（水資源計画係長）", "", "水資源計画係長", "secretariat", 11),
        ("桐生委員", "桐生", "委員", "member", 15),
        ("事務局（森本参事）", "森本", "参事", "secretariat", 18),
        ("オブザーバー（しろがね県土地改良事業団体連合会）", "しろがね県土地改良事業団体連合会", "オブザーバー", "other", 21),
        ("事務局（水資源計画係長）", "", "水資源計画係長", "secretariat", 24),
        ("小野寺会長", "小野寺", "会長", "chair", 27)]


@pytest.mark.parametrize("label, speaker", [
    ("【事務局（課長補佐）】", ("事務局（課長補佐）", "", "課長補佐", "secretariat")),
    ("【事務局（鳴海課長）】", ("事務局（鳴海課長）", "鳴海", "課長", "secretariat")),
    ("（事務局（佐藤））", ("事務局（佐藤）", "佐藤", "事務局", "secretariat")),
    ("【委員（運輸支局）】", ("委員（運輸支局）", "", "運輸支局", "member")),
    ("≪事務局（水道課長）≫", ("事務局（水道課長）", "", "水道課長", "secretariat")),
    # a note in the brackets names no one: the group's label alone, as before
    ("【委員（書面）】", ("委員", "", "委員", "member")),
    ("【座長（代読）】", ("座長", "", "座長", "chair")),
    ("【事務局（補足）】", ("事務局", "", "事務局", "secretariat")),
    ("（山田委員（欠席のため書面で提出））", ("山田委員", "山田", "委員", "member")),
])
def test_a_groups_label_alone_reads_its_brackets_as_before_its_speech(label: str, speaker: tuple) -> None:
    assert _second_speaker(label, "【{}】") == (*speaker, 7)


def _second_speaker(label: str, marks: str) -> tuple[str, str, str, str, int]:
    """The speaker of ``label`` alone above its speech, between two labels marked as ``marks``
    says (``【{}】``, ``○{}``), and the line it speaks on."""
    chair, member = marks.format("座長"), marks.format("木村委員")
    parsed = _parse(f"第３回　みなと市地域交通検討会　議事録\n\n{chair}\n　開会します。\n\n{label}\n"
                    f"　資料１に沿って御説明いたします。\n\n{member}\n　質問します。\n")
    return _who(parsed)[1]


# written after the rule: a town's 意見交換会 typed in Word, saved as text: half-width brackets and
# colon with a space inside (司会(子育て支援課 係長):), a label alone above its paragraph
# (事務局（都市整備課　技師）), the same label before a colon. At first sight: 7 of 7 turns, 技師
# (no title of the table then) read as a name — 技師 and 専門員 added to roles.yaml (before the
# rule: 2 of 7)
_EXCHANGE = """たちばな町 こども広場整備に関する意見交換会 記録

日時 令和８年８月２３日（日）１０時～１１時３０分
会場 たちばな町 中央公民館

司会(子育て支援課 係長):皆様、おはようございます。ただいまから意見交換会を始めます。
事務局（都市整備課　技師）
　広場の整備案について御説明します。遊具は年齢別に三つのエリアに分けて配置する計画です。
参加者Ａ：小さい子ども向けの遊具の近くに、日陰になる場所を作ってほしいです。
事務局（都市整備課　技師）：東屋を二か所設ける予定です。
参加者Ｂ:駐車場は何台分ありますか。
事務局（子育て支援課 主任）
　駐車場は３０台分を予定しております。
司会(子育て支援課 係長):以上で意見交換会を終わります。ありがとうございました。
"""


def test_an_exchange_written_apart_reads_labels_with_a_space_in_their_brackets() -> None:
    assert _who(_parse(_EXCHANGE)) == [
        ("司会(子育て支援課係長)", "子育て支援課係長", "司会", "secretariat", 6),
        ("事務局（都市整備課技師）", "", "都市整備課技師", "secretariat", 8),
        ("参加者Ａ", "Ａ", "参加者", "member", 9),
        ("事務局（都市整備課技師）", "", "都市整備課技師", "secretariat", 10),
        ("参加者Ｂ", "Ｂ", "参加者", "member", 11),
        ("事務局（子育て支援課主任）", "", "子育て支援課主任", "secretariat", 13),
        ("司会(子育て支援課係長)", "子育て支援課係長", "司会", "secretariat", 14)]


# written after the rule: a city's 公聴会 OCR'd, CP932 with CRLF: 〇委 員 長, 公述人 numbered with
# the person spaced (〇公述人１（須 藤 和 也）), a space before a title's last character (〇都市計画課
# 長), 〇傍 聴 者, ー for 一 opening a line. At first sight: 7 of 9 turns (〇都市計画課 長 not
# closed up: the rule then wanted words of two characters on both sides; a character alone is now
# enough), then 9/9 (before the rule: 2 of 9)
_HEARING = """          いずみ野市景観計画の変更に関する公聴会
                   会 議 録

１ 日 時  令和８年１１月７日（土）午前１０時
２ 場 所  いずみ野市役所 本庁舎 ７階 会議室

〇委 員 長
  ただいまから公聴会を開会いたします。本日は
公述人２名の方から御意見を伺います。公述人１
の方、お願いします。
〇公述人１（須 藤 和 也）
  須藤でございます。川沿いの建物の高さの制限
について、現在の案では緩すぎると考えます。
ー方で、商店街の看板の規制は厳しすぎます。
〇委 員 長
  ありがとうございました。公述人２の方、お願
いします。
〇公述人２（小 椋 千 里）
  小椋です。夜間の照明についての基準を計画に
加えていただきたいと思います。

                    － １ －
\f〇委 員 長
  事務局から説明をお願いします。
〇都市計画課 長
  照明の基準については、次の改定で検討いたし
ます。
〇傍 聴 者
  公述人の意見は計画にどう反映されるのですか。
〇都市計画課 長
  いただいた御意見は、審議会に報告いたします。
〇委 員 長
  以上で閉会いたします。
"""


def test_a_hearing_written_apart_in_cp932_closes_up_the_ocrs_spaces(tmp_path) -> None:
    parsed = _crlf(tmp_path, _HEARING, "cp932")
    assert _who(parsed) == [
        # the person after the number is the name (labels15 item 4; it was the number, １)
        ("委員長", "", "委員長", "chair", 8), ("公述人１（須藤和也）", "須藤和也", "公述人", "other", 12),
        ("委員長", "", "委員長", "chair", 16), ("公述人２（小椋千里）", "小椋千里", "公述人", "other", 19),
        ("委員長", "", "委員長", "chair", 24), ("都市計画課長", "", "都市計画課長", "secretariat", 26),
        ("傍聴者", "", "傍聴者", "other", 29), ("都市計画課長", "", "都市計画課長", "secretariat", 31),
        ("委員長", "", "委員長", "chair", 33)]
    assert parsed.unread == ()


def test_one_spaced_label_in_a_file_is_a_label() -> None:
    # the mark read right is the evidence: one 〇議 長 among labels written whole is the chair's
    # (before: 「議 長閉会します。」 the member's)
    text = "公聴会　会議録\n\n〇議長\n　開会します。\n〇委員\n　質問です。\n〇議 長\n　閉会します。\n"
    assert [(p.speaker.label, p.text) for p in _parse(text).points] == [
        ("議長", "開会します。"), ("委員", "質問です。"), ("議長", "閉会します。")]


@pytest.mark.parametrize("line", ["〇会長 長谷部", "〇長谷部 委員長", "〇国 の 方 針 に つ い て"])
def test_a_name_and_a_title_apart_or_a_sentence_keep_their_spaces(line: str) -> None:
    from assembler.minutes import load_roles, ocr
    from assembler.model import Line, SourceText
    texts = ["〇議 長", "開会します。", "〇委 員 長", "質問します。", line]
    src = SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1)))
    assert ocr.read_stray_spaces(src, load_roles(), texts)[1] == ["〇議長", "開会します。", "〇委員長", "質問します。", line]


@pytest.mark.parametrize("label, speaker", [
    ("【事務局：課長補佐】", ("事務局：課長補佐", "", "課長補佐", "secretariat")),
    ("（事務局：鈴木参事官）", ("事務局：鈴木参事官", "鈴木", "参事官", "secretariat")),
    ("【事務局・課長補佐】", ("事務局・課長補佐", "", "課長補佐", "secretariat")),
    ("○事務局／企画官", ("事務局／企画官", "", "企画官", "secretariat")),
    ("【事務局（課長　鈴木）】", ("事務局（課長鈴木）", "鈴木", "課長", "secretariat")),
    ("○事務局（交通政策課長　鈴木）", ("事務局（交通政策課長鈴木）", "鈴木", "交通政策課長", "secretariat")),
    ("事務局（交通政策課 課長補佐 鈴木）：", ("事務局（交通政策課課長補佐鈴木）", "鈴木", "交通政策課課長補佐", "secretariat")),
    # a dot inside a name, no group before it: as before
    ("○マリア・森委員", ("マリア・森委員", "マリア・森", "委員", "member")),
])
def test_a_groups_label_and_its_post_apart_are_one_speaker(label: str, speaker: tuple) -> None:
    assert _second_speaker(label, "○{}") == (*speaker, 7)


def test_a_label_cut_by_a_space_inside_its_brackets_is_no_label() -> None:
    # a ○ label in a record of 【】 labels (○ there opens no turn): the words before the space
    # (○事務局（交通政策課長) were a speaker of their own; then the line went on the turn above; now
    # (narrated20) a label of the role table with its post in brackets is a label whatever mark stands
    # before it: the secretariat's words are its turn
    parsed = _parse("検討会　議事録\n\n【座長】\n　開会します。\n\n○事務局（交通政策課長　鈴木）\n"
                    "　資料１に沿って御説明いたします。\n\n【木村委員】\n　質問します。\n")
    assert [p.speaker.label for p in parsed.points] == ["座長", "事務局（交通政策課長鈴木）", "木村委員"]


# written after the rules of 4, apart: a town's 協議会 typed in Word with ○ labels alone — the post
# and the surname in brackets with a space (福祉課長　坂井, 主査　中西), a group and a post apart by
# a slash (事務局／主査), an observer's body after a dot. At first sight: 7 of 7 (before: 3 of 7 —
# 福祉課長坂井 and 主査中西 one name each, 事務局／ a name with 主査 the chair, the body no name)
_COUNCIL = """令和８年度第３回　ゆうなぎ町地域福祉計画推進協議会　会議録

日時：令和８年１１月１９日（木）午後１時３０分
場所：ゆうなぎ町保健センター　研修室

○会長
　それでは、第３回協議会を始めます。事務局から説明をお願いします。
○事務局（福祉課長　坂井）
　資料１について御説明いたします。見守り協定の締結先は、今年度１２事業所に増えました。
○三上委員
　協定先の事業所からの通報は、実際にあったのでしょうか。
○事務局／主査
　今年度は３件の通報がありまして、いずれも安否の確認ができております。
○オブザーバー・ゆうなぎ町社会福祉協議会
　社協としても、見守りの担い手の研修を行っております。
○事務局（主査　中西）
　研修の日程は、町の広報でもお知らせいたします。
○会長
　以上で本日の協議会を終わります。
"""


def test_a_council_written_apart_reads_groups_posts_and_persons() -> None:
    assert _who(_parse(_COUNCIL)) == [
        ("会長", "", "会長", "chair", 7),
        ("事務局（福祉課長坂井）", "坂井", "福祉課長", "secretariat", 9),
        ("三上委員", "三上", "委員", "member", 11),
        ("事務局／主査", "", "主査", "secretariat", 13),
        ("オブザーバー・ゆうなぎ町社会福祉協議会", "ゆうなぎ町社会福祉協議会", "オブザーバー", "other", 15),
        ("事務局（主査中西）", "中西", "主査", "secretariat", 17),
        ("会長", "", "会長", "chair", 19)]


def test_a_number_after_the_title_and_the_person_after_it() -> None:
    # 公述人 numbered, the OCR's space before the number (〇公述人 ２: before, ２ went into the
    # speech), the person in brackets after the number the name (before: the number)
    text = ("公聴会　会議録\n\n〇議 長\n　開会します。\n〇公述人 １（須 藤 和 也）\n　須藤です。\n"
            "〇公述人 ２\n　小椋です。\n○委員Ａ（山田）\n　賛成です。\n○北原委員（あおば大学教授）\n　反対です。\n")
    assert [(label, name, title) for label, name, title, _, _ in _who(_parse(text))] == [
        ("議長", "", "議長"), ("公述人１（須藤和也）", "須藤和也", "公述人"), ("公述人２", "２", "公述人"),
        ("委員Ａ（山田）", "山田", "委員"), ("北原委員（あおば大学教授）", "北原", "委員")]


def test_a_space_before_the_bracket_or_the_tag_is_the_ocrs() -> None:
    # 〇議 長 （長谷部）: before, no label (the first turn lost to the front matter); 〇傍 聴 者 Ａ:
    # before, name 傍聴者 and title Ａ (the answer's mark), role secretariat
    text = "公聴会　会議録\n\n〇議 長 （長谷部）\n  ただいまから開会します。\n〇傍 聴 者 Ａ\n  質問です。\n"
    assert [(label, name, title, role) for label, name, title, role, _ in _who(_parse(text))] == [
        ("議長（長谷部）", "長谷部", "議長", "chair"), ("傍聴者Ａ", "Ａ", "傍聴者", "other")]


def test_the_speech_after_one_space_past_the_ocrs_bracket_is_the_labels() -> None:
    # 〇議 長（北村） 議長の…: the label closed by its bracket, then a half-width space and the speech on
    # the same line (an OCR's line). Before, no label: the chair's words went to the speaker above.
    # Written apart (fictional), the OCR's wrap at a fixed width as the scan gives it.
    text = ("さくら市都市計画公聴会記録\n\n〇司会（吉田主幹） ただいまから公聴会を開会いたします。\n"
            "〇議 長（北村） 議長の北村でございます。それでは公述人１番、山本太郎さん、お願いし\nます。\n"
            "〇公述人（山本 太郎） 東地区に住んでおります山本です。歩道の整備を先に行っていただ\nきたい。\n"
            "〇議 長（北村） 山本さん、ありがとうございました。\n")
    assert [(label, name, role) for label, name, _, role, _ in _who(_parse(text))] == [
        ("司会（吉田主幹）", "吉田主幹", "secretariat"), ("議長（北村）", "北村", "chair"),
        ("公述人（山本太郎）", "山本太郎", "other"), ("議長（北村）", "北村", "chair")]
