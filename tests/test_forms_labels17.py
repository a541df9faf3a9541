"""Speaker labels in shapes the parse still misread (labels17).

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread). A fixture named ``…-apart`` was written after the
rule, apart from the one it was written from (other names, bodies, layout details).

1. A Web meeting's transcript, the speakers as its app shows them (display name, a colon): a full
   name (``宮坂 恵（北辰大学）：``, ``鶴田 健：``; read from LibreOffice's PDF the space is lost, 宮坂恵,
   鶴田健), a body joined by an underscore (``事務局_総務課 松永：``), a device with the person in
   brackets (``iPad（杉浦）：``), Latin letters (``Yuko Hatano（オブザーバー）：``, ``MURAKAMI Aya``), beside
   the parser's own ``土屋（機構）：`` (``names.display``): the speaker the family name (宮坂, 鶴田,
   Hatano, MURAKAMI), the person after the body (松永, role from 事務局) or at the device (杉浦: the
   device no part of the label), the bracket a title of the role table (オブザーバー) or a body (no
   title). Before: those turns glued onto the speaker above, 宮坂恵 a name, iPad a title.
2. A label with a body and a person in its brackets, a space between them, then a space and the
   speech (``事務局（中小企業相談所　村井）　…``, ``会員（いろは旅館　井川）　…``; pdftotext -layout writes each
   U+3000 as one ASCII space): the person is the speaker (村井), titled by the outer word (事務局:
   secretariat, 会員: member), the body no part of the name (``title_first.body_then_name``, read by
   ``title_person`` and ``post_then_person``). Before: the name 中小企業相談所村井 (or, with a body in
   hiragana first, no label: the turn went to the speaker above).
3. A title, a qualifier in brackets, then the surname and a colon (``委員（学内）岩舘：…``): the speaker
   岩舘, title 委員 (``name_after_bracket``). Before: the name 学内, 岩舘： the first words of the text.
4. A name with a long role in brackets and a colon in a record that labels its turns by names
   alone (``中西：`` … ``塩谷（調査補助者・弁護士）：``): a label like the others though the list does not
   name the person (``names._bracketed_role``; a bracket of up to 16 characters): 塩谷, title the
   bracket's words, role the role table's reading of them or of a word apart by ・, else other.
   Before: the turn glued onto the speaker above.
5. A Word label set in a bold run, the colon in the plain run after it, then the speech (``学長``
   bold, ``：`` plain): the colon is the label's (``ingest/docx._bold_label``; ``：``, ``:``, spaces
   around it). Before: every point's text began with a stray ``：``.
6. An OCR read the mark ○ as the digit 0 before a name and a title set apart by a wide space
   (``0仁科　委員　…`` beside ``○池田　委員長　…``, a scanned record in CP932 with hard wraps): a label, by
   the evidence ``ocr.read_marks`` takes for O-for-○ (two such lines whose words the role table reads
   as a speaker) — its label's words may now be joined by a wide space (``ocr._labels``). Before: no
   header, the turn went on the speaker above.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import _parse, check_fixture
from test_forms_labels15 import _who

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a town's 教育委員会 定例会 会議録 scanned and read by an OCR, saved as CP932 with CRLF: ○ read
    # right on some lines and as 0 on others, a name and its title apart by a wide space, hard
    # wraps inside the turns, a page number. Before: 5 points, 3 of 9 turns right (0森, 0仁科 and
    # 0堀内 glued onto the speaker above)
    "ocr-zero-mark-cp932.txt": [
        ("池田委員長", "池田", "委員長", "chair", "ただいまから第５回定例会を開会します。", 8, 9),
        ("森教育長", "森", "教育長", "government", "資料１により説明いたします。", 10, 11),
        ("仁科委員", "仁科", "委員", "member", "統合について意見を申し上げます。", 12, 13),
        ("森教育長", "森", "教育長", "government", "スクールバスについては、", 14, 14),
        ("堀内委員", "堀内", "委員", "member", "地域の方への説明会は、", 15, 15),
        ("森教育長", "森", "教育長", "government", "１１月中に各地区で", 16, 16),
        ("池田委員長", "池田", "委員長", "chair", "ほかにありませんか。", 17, 17),
        ("仁科委員", "仁科", "委員", "member", "ありません。", 18, 18),
        ("池田委員長", "池田", "委員長", "chair", "以上で本日の定例会を閉会します。", 19, 19),
    ],
    # written apart after the rule: a 社会福祉協議会 理事会 in UTF-8, the full-width ０ and the
    # letter Ｏ for ○, the chair's first turn the first label, a stage line. Before: 3 points, 3 of 8
    "ocr-zero-mark-apart.txt": [
        ("菅野会長", "菅野", "会長", "chair", "定刻となりましたので", 7, 8),
        ("大沢事務局長", "大沢", "事務局長", "secretariat", "平成２９年度の事業報告", 9, 10),
        ("桐山理事", "桐山", "理事", "member", "サロンの参加者が", 11, 12),
        ("大沢事務局長", "大沢", "事務局長", "secretariat", "チラシを回覧板で", 13, 13),
        ("有馬理事", "有馬", "理事", "member", "配食サービスの", 14, 14),
        ("大沢事務局長", "大沢", "事務局長", "secretariat", "ボランティアの募集", 15, 15),
        ("菅野会長", "菅野", "会長", "chair", "それでは、事業報告は", 16, 16),
        ("菅野会長", "菅野", "会長", "chair", "以上で理事会を終わります。", 18, 18),
    ],
    # item 1: a Web meeting's 議事録 typed in Word, made a PDF by LibreOffice and read by the project's
    # PDF reader (the spaces inside the names lost). Before: 6 points, 2 of 11 turns right (鶴田健,
    # 松永 and Hatano glued onto the speaker above, 宮坂恵 the name, iPad a title)
    "online-display-names.pdf": [
        ("宮坂恵（北辰大学）", "宮坂", "", "other", "皆様、聞こえておりますでしょうか。", 3, 3),
        ("鶴田健", "鶴田", "", "other", "はい、聞こえております。", 4, 4),
        ("土屋（機構）", "土屋", "", "other", "それでは定刻となりましたので、", 5, 6),
        ("宮坂恵（北辰大学）", "宮坂", "", "other", "資料１について説明いたします。", 7, 8),
        ("鶴田健", "鶴田", "", "other", "質問ですが、", 9, 9),
        ("宮坂恵（北辰大学）", "宮坂", "", "other", "はい、県内が七割を占めております。", 10, 10),
        ("事務局_総務課松永", "松永", "事務局", "secretariat", "事務局から補足いたします。", 11, 12),
        ("杉浦", "杉浦", "", "other", "杉浦です。", 13, 14),
        ("事務局_総務課松永", "松永", "事務局", "secretariat", "人材交流の実績は", 15, 15),
        ("Yuko Hatano（オブザーバー）", "Hatano", "オブザーバー", "other", "オブザーバーの波多野です。", 16, 17),
        ("土屋（機構）", "土屋", "", "other", "ありがとうございました。", 18, 18),
    ],
    # written apart after the rule, the same way: a prefecture's 部会, iPhone（野々宮）, MURAKAMI Aya, a
    # given name in katakana heading one line (小田切エミ). Before: 5 points, 1 of 9 right
    "online-display-names-apart.pdf": [
        ("山際直子（南都大学）", "山際", "", "other", "音声は届いていますでしょうか。", 2, 2),
        ("北条（県立大学）", "北条", "", "other", "届いております。", 3, 4),
        ("事務局_環境政策課高津", "高津", "事務局", "secretariat", "資料２により、", 5, 6),
        ("小田切エミ", "小田切", "", "other", "運輸部門の削減が", 7, 7),
        ("事務局_環境政策課高津", "高津", "事務局", "secretariat", "自家用車の保有台数が", 8, 8),
        ("野々宮", "野々宮", "", "other", "移動中のため", 9, 10),
        ("MURAKAMI Aya（オブザーバー）", "MURAKAMI", "オブザーバー", "other", "国の補助制度も", 11, 11),
        ("山際直子（南都大学）", "山際", "", "other", "家庭部門については、", 12, 13),
        ("北条（県立大学）", "北条", "", "other", "本日の御意見は", 14, 14),
    ],
    # item 4: a 第三者調査委員会 in UTF-8 with CRLF, hard wraps, a page number and a form feed: the
    # members by their names alone (listed), the investigator not listed, her role in brackets.
    # Before: 5 points, 塩谷's two turns glued onto the turns above
    "chosa-surname-role-labels-crlf.txt": [
        ("中西", "中西", "", "member", "それでは、第二回の調査委員会を始めます。", 7, 8),
        ("塩谷（調査補助者・弁護士）", "塩谷", "調査補助者・弁護士", "other", "前回の会議以降に", 9, 10),
        ("中西", "中西", "", "member", "ありがとうございます。", 11, 11),
        ("岡部", "岡部", "", "member", "退職者の方からは、", 12, 12),
        ("塩谷（調査補助者・弁護士）", "塩谷", "調査補助者・弁護士", "other", "二名からは書面でも", 13, 13),
        ("三輪", "三輪", "", "member", "聞き取りの記録は、", 14, 14),
        ("中西", "中西", "", "member", "では、記録は事務局で保管し、", 17, 17),
    ],
    # written apart after the rule: a 管理組合 理事会 in CP932, the management company's staff in
    # brackets (担当: the role table's secretariat). Before: 5 points, 菅生's turns glued
    "kumiai-surname-role-labels-apart.txt": [
        ("堀田", "堀田", "", "member", "定刻になりましたので、", 6, 6),
        ("小松", "小松", "", "member", "修繕積立金の見直し", 7, 7),
        ("菅生（管理会社フロント担当）", "菅生", "管理会社フロント担当", "secretariat", "資料の２ページを", 8, 9),
        ("森下", "森下", "", "member", "値上げの幅は、", 10, 10),
        ("菅生（管理会社フロント担当）", "菅生", "管理会社フロント担当", "secretariat", "段階的に引き上げる案も、", 11, 11),
        ("安西", "安西", "", "member", "総会の前に、", 12, 12),
        ("堀田", "堀田", "", "member", "説明会は１月に", 13, 13),
    ],
    # item 5: a 大学運営会議's 議事要旨 typed in Word, each label a bold run, the colon a plain run of
    # its own (tests/tools/make_labels17.py). Before: 5 of 5 points' texts opened with ：
    "word-colon-run.docx": [
        ("学長", "", "学長", "member", "それでは第２回の会議を始めます。", 3, 3),
        ("理事", "", "理事", "member", "資料１について説明いたします。", 4, 4),
        ("学長", "", "学長", "member", "ありがとうございました。", 5, 5),
        ("副学長", "", "副学長", "member", "留学生の受入れ体制を", 6, 6),
        ("学長", "", "学長", "member", "以上で終わります。", 7, 7),
    ],
    # written apart after the rule: a 社会福祉法人's 理事会, a half-width colon and spaces in the plain
    # run (" : ", "： "). Before: 5 of 5 texts opened with the colon
    "word-colon-run-apart.docx": [
        ("理事長", "", "理事長", "member", "定刻となりましたので、", 3, 3),
        ("高木理事", "高木", "理事", "member", "施設の建替えの時期", 4, 4),
        ("事務局長", "", "事務局長", "secretariat", "令和９年度の着工", 5, 5),
        ("高木理事", "高木", "理事", "member", "資金計画も併せて", 6, 6),
        ("理事長", "", "理事長", "member", "以上で閉会します。", 7, 7),
    ],
    # items 2 and 3: a 商店街 懇談会 typed in Word, made a PDF by LibreOffice, read by pdftotext -layout,
    # saved as UTF-16 (tests/tools/make_labels17.py). Before: 8 points, the labels whole but 0 of 8
    # with the right person (いろは商店会北村, 中小企業相談所村井, 学内 and 岩舘： in the text)
    "kondankai-bracket-space-layout-utf16.txt": [
        ("会長（いろは商店会北村）", "北村", "会長", "chair", "ただいまから懇談会を開催します。", 5, 6),
        ("事務局（中小企業相談所村井）", "村井", "事務局", "secretariat", "資料１について説明いたします。", 8, 9),
        ("会員（いろは旅館井川）", "井川", "会員", "member", "宿泊のお客様が", 11, 12),
        ("事務局（中小企業相談所村井）", "村井", "事務局", "secretariat", "ありがとうございます。", 14, 14),
        ("会員（さくら薬局原田）", "原田", "会員", "member", "駐車場の案内が", 16, 16),
        ("委員（学内）岩舘", "岩舘", "委員", "member", "学生の目線から申し上げると、", 18, 18),
        ("事務局（中小企業相談所村井）", "村井", "事務局", "secretariat", "営業時間の延長は、", 20, 21),
        ("会長（いろは商店会北村）", "北村", "会長", "chair", "以上で懇談会を終了します。", 23, 23),
    ],
    # written apart after the rules, the same shape: a 自治会 役員会, bodies in hiragana and katakana
    # (みなと台地区まちづくりセンター), 委員（公募）細川：, 委員（学識）桑折：. Before: 5 points, 0 of 7 right
    # (会長 and 事務局 no label, their turns the speaker's above or the front matter)
    "yakuinkai-bracket-space-apart.txt": [
        ("会長（みなと台自治会小野寺）", "小野寺", "会長", "chair", "おはようございます。", 5, 6),
        ("事務局（みなと台地区まちづくりセンター相沢）", "相沢", "事務局", "secretariat", "お手元の案について", 8, 9),
        ("委員（公募）細川", "細川", "委員", "member", "高齢の方が多い班では、", 11, 11),
        ("班長（東町三丁目石動）", "石動", "班長", "member", "避難の呼びかけを", 13, 13),
        ("事務局（みなと台地区まちづくりセンター相沢）", "相沢", "事務局", "secretariat", "班ごとの分担表を", 15, 16),
        ("委員（学識）桑折", "桑折", "委員", "member", "要配慮者の名簿の扱いは、", 18, 18),
        ("会長（みなと台自治会小野寺）", "小野寺", "会長", "chair", "それでは、本日の役員会を終わります。", 20, 20),
    ],
}

LINE_FATES = {
    "word-colon-run.docx": "ffpppppppppp",
    "word-colon-run-apart.docx": "ffpppppppppp",
    "chosa-surname-role-labels-crlf.txt": "fbfffbppppppppbFp",
    "kumiai-surname-role-labels-apart.txt": "fbffbpppppppp",
    "online-display-names.pdf": "ffpppppppppppppppp",
    "online-display-names-apart.pdf": "fppppppppppppp",
    "kondankai-bracket-space-layout-utf16.txt": "fbfbppbppbppbpbpbpbppbpb",
    "yakuinkai-bracket-space-apart.txt": "fbfbppbppbpbpbppbpbpb",
    "ocr-zero-mark-cp932.txt": "fbffffbppppppppppppbF",
    "ocr-zero-mark-apart.txt": "fbfffbppppppppppsp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _speaker_of(line: str) -> tuple[str, str, str, str] | None:
    """The speaker of a line heading a turn in a small record (label, name, title, role)."""
    got = _who(_parse(f"会議録\n\n会長　ただいまから開会します。\n{line}\n会長　以上です。\n"))
    return next((row[:4] for row in got if row[4] == 4), None)


@pytest.mark.parametrize("line, speaker", [
    ("事務局（中小企業相談所　村井）　資料について説明します。", ("事務局（中小企業相談所村井）", "村井", "事務局", "secretariat")),
    ("会員（NPO法人 まちの縁側 原田） 駐車場が分かりにくいと思います。", ("会員（NPO法人まちの縁側原田）", "原田", "会員", "member")),
    # a full name spaced, a post and a person: no body before a name
    ("委員（須藤　光男）　変更によって住環境が変わります。", ("委員（須藤光男）", "須藤光男", "委員", "member")),
    ("事務局（課長　鈴木）　御説明します。", ("事務局（課長鈴木）", "鈴木", "課長", "secretariat")),
    ("委員（公募）細川：高齢の方が多いと思います。", ("委員（公募）細川", "細川", "委員", "member")),
])
def test_the_person_in_or_after_a_labels_brackets(line: str, speaker: tuple[str, str, str, str]) -> None:
    assert _speaker_of(line) == speaker


def test_what_names_no_one_in_a_web_meetings_transcript() -> None:
    # the front matter's fields, a word alone in Latin letters, a word of two kanji: no display name;
    # a record with no Web meeting's evidence reads its lines as before (課題：… is no speaker)
    text = ("第１回 会議 議事録\n\n日時：令和６年１０月３日\nURL：https://example.jp/\n\n"
            "宮坂 恵（北辰大学）：北辰大学の宮坂です。\n鶴田 健：質問です。\nZoom：接続が切れました。\n"
            "課題：人手が足りない。\n宮坂 恵（北辰大学）：ありがとうございます。\n")
    assert [row[:4] for row in _who(_parse(text))] == [
        ("宮坂恵（北辰大学）", "宮坂", "", "other"), ("鶴田健", "鶴田", "", "other"),
        ("宮坂恵（北辰大学）", "宮坂", "", "other")]
    plain = "検討会 議事録\n\n○座長　開会します。\n課題：人手が足りない。\n課題：予算が少ない。\n"
    assert [row[0] for row in _who(_parse(plain))] == ["座長"]


def test_a_title_and_a_name_spaced_is_no_full_name_in_a_web_meetings_transcript() -> None:
    # 委員長　藤森： beside display names is the chair (title_first.py's reading), not a person 委員長藤森
    text = ("第１回 会議 議事録（オンライン）\n\n委員長　藤森：それでは始めます。\n宮坂 恵（北辰大学）：宮坂です。\n"
            "鶴田 健：質問です。\n宮坂 恵（北辰大学）：お答えします。\n委員長　藤森：以上で終わります。\n")
    assert [row[:4] for row in _who(_parse(text))][::4] == [("藤森委員長", "藤森", "委員長", "chair")] * 2
