"""Speaker labels whose shape the parse misread: where the label stands and what it is made of
(labels14).

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread).

1. A label alone on its line above the speech (pdftotext -layout of a city assembly's committee):
   the chair calling on whom answers by the title alone, with no full stop (``○北沢委員長`` /
   ``子育て支援課長`` / ``○子育て支援課長``), was read as one more label in a row, and the answer
   below went to the chair (``header_steps.calls_on``: the line is the chair's words when the
   label below names the same one, when the labels around it have a mark and it has none, or
   when the layout indents it as the speech); a title with ・ in its office's words alone on its
   line with no mark (``子ども・若者支援課長``) was no label (``_NOT_BARE``, the bare shape).
2. A place or a body before the title and the name (``東地区自治会連合会長　宮坂：``: the body is
   the title's, ``roles.yaml`` offices and ``roles._office_start``), an organisation's head
   (``社会福祉協議会長　石黒：``: not the council's chair, role other), the public named with の方
   (``住民の方（男性）：``, ``roles._POLITE_PERSON``), a title with kana before the surname and the
   speech after a space with no colon (``こども家庭課長　平松　お答えします。``), who runs the
   meeting with the official in brackets (``司会（市民課長）``: title 司会, the official kept).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city assembly's 委員会記録 in pdftotext -layout shape: ○ labels alone above the speech
    # indented by six, the chair calling on the official by title or by surname with no full
    # stop, one ○ label indented by the layout, a title with ・, running heads, right-aligned page
    # numbers, a form feed. Before: 13 points, two answers the chair's (lines 41-42, 53), the
    # calls 藤井課長 and 障がい福祉課長 read as labels
    "committee-called-labels-layout.txt": [
        ("北沢委員長", "北沢", "委員長", "chair", "ただいまから健康福祉委員会を開会いた", 16, 18),
        ("子ども・若者支援課長", "藤井里美", "子ども・若者支援課長", "government", "それでは、若者の居場所づくり事業につ", 20, 21),
        ("北沢委員長", "北沢", "委員長", "chair", "説明が終わりました。質疑はありません", 23, 23),
        ("東山委員", "東山", "委員", "member", "利用者の年齢層はどうなっていますか。", 25, 26),
        ("北沢委員長", "北沢", "委員長", "chair", "子ども・若者支援課長", 28, 28),
        ("子ども・若者支援課長", "藤井里美", "子ども・若者支援課長", "government", "利用者の６割が高校生で、中学生は１割", 30, 31),
        ("西田委員", "西田", "委員", "member", "開設時間を夜間まで延ばすことは検討し", 37, 37),
        ("北沢委員長", "北沢", "委員長", "chair", "藤井課長", 39, 39),
        ("子ども・若者支援課長", "藤井里美", "子ども・若者支援課長", "government", "現在は午後７時までとしておりますが、", 41, 42),
        ("北沢委員長", "北沢", "委員長", "chair", "次に、障がい福祉課から報告をお願いし", 44, 44),
        ("障がい福祉課長", "小松達也", "障がい福祉課長", "government", "グループホームの整備状況について御報", 46, 47),
        ("南野副委員長", "南野", "副委員長", "member", "待機している方は何人いますか。", 49, 49),
        ("北沢委員長", "北沢", "委員長", "chair", "障がい福祉課長", 51, 51),
        ("障がい福祉課長", "小松達也", "障がい福祉課長", "government", "８月末現在で１１名でございます。", 53, 53),
        ("北沢委員長", "北沢", "委員長", "chair", "以上で本日の委員会を閉会いたします。", 55, 55),
    ],
    # the same kind of record with no marks: labels indented by two, the speech by six, the
    # chair's call indented by eight (木下課長), titles with ・ (こども・若者支援課長, 小・中学校連携担当
    # 課長). Before: 9 points, the first report the chair's, the answers of lines 21, 31-32 the
    # chair's, 小・中学校連携担当課長's supplement 学校教育課長's
    "committee-unmarked-labels-layout.txt": [
        ("堀内委員長", "堀内", "委員長", "chair", "ただいまから文教子ども委員会を開会い", 9, 9),
        ("堀内委員長", "堀内", "委員長", "chair", "本日は、放課後の居場所づくりについて", 10, 10),
        ("こども・若者支援課長", "", "こども・若者支援課長", "government", "御報告いたします。今年度は小学校４校", 12, 13),
        ("堀内委員長", "堀内", "委員長", "chair", "報告が終わりました。質疑はありません", 15, 15),
        ("桑田委員", "桑田", "委員", "member", "登録した児童のうち、実際に毎日来てい", 17, 17),
        ("堀内委員長", "堀内", "委員長", "chair", "木下課長", 19, 19),
        ("こども・若者支援課長", "", "こども・若者支援課長", "government", "平均しますと、登録児童の４割程度が毎", 21, 21),
        ("大森副委員長", "大森", "副委員長", "member", "指導に当たる方の人数は足りていますか", 23, 23),
        ("堀内委員長", "堀内", "委員長", "chair", "学校教育課長", 29, 29),
        ("学校教育課長", "", "学校教育課長", "government", "各校に２名ずつ配置しておりますが、夏", 31, 32),
        ("小・中学校連携担当課長", "", "小・中学校連携担当課長", "government", "補足いたします。中学生のボランティア", 34, 34),
        ("堀内委員長", "堀内", "委員長", "chair", "以上で本日の委員会を閉会いたします。", 36, 36),
    ],
    # a city's まちづくり懇談会 in pdftotext shape: key：value fields, label：speech turns, a page
    # number and a form feed. Before: 8 points — 宮坂 lost (「宮坂：本日は…」 as the speech of
    # 東地区自治会連合会長, name 東地区自治会), 住民の方（男性）/（女性） glued to the turns above,
    # 石黒 the chair, 平松 lost (「平松　お答えします。…」), 司会's title 市民課長
    "townmeeting-body-labels-pdftotext.txt": [
        ("司会（市民課長）", "市民課長", "司会", "secretariat", "皆様、こんばんは。定刻となりましたの", 8, 9),
        ("宮坂東地区自治会連合会長", "宮坂", "東地区自治会連合会長", "member", "本日はお忙しい中、多くの皆様にお集ま", 10, 11),
        ("市長", "", "市長", "government", "皆さん、こんばんは。本日は地区の皆様", 12, 12),
        ("住民の方（男性）", "", "男性", "member", "駅の東口に駐輪場が足りず、歩道に自転", 13, 13),
        ("都市整備部長", "", "都市整備部長", "secretariat", "東口の駐輪場は、来年度に２００台分を", 18, 18),
        ("石黒社会福祉協議会長", "石黒", "社会福祉協議会長", "other", "一人暮らしの高齢者の見守りについて、", 19, 20),
        ("参加者Ａ", "Ａ", "参加者", "member", "子どもの遊び場が少ないので、公園を増", 21, 21),
        ("平松こども家庭課長", "平松", "こども家庭課長", "secretariat", "お答えします。公園の遊具の更新を順に", 22, 22),
        ("住民の方（女性）", "", "女性", "member", "放課後に子どもが過ごせる場所も欲しい", 23, 23),
        ("司会（市民課長）", "市民課長", "司会", "secretariat", "以上をもちまして、本日の懇談会を終了", 24, 24),
    ],
}

LINE_FATES = {
    "committee-called-labels-layout.txt": "FbfbfffffffffbpppppppppppppppppbFFbppppppppppppppppppppbnbF",
    "committee-unmarked-labels-layout.txt": "FbfbffbppppppppppppppppbFFbpppppppppbF",
    "townmeeting-body-labels-pdftotext.txt": "fbffffbppppppbFFbpppppppbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _who(text: str) -> list[tuple[str, str, int]]:
    return [(p.speaker.label, p.text, p.source.line_start) for p in _parse(text).points]


# written after the rule, apart from the fixtures: another city and committee, ◯ marks, a call by
# title with no full stop at the top of a page (under the running head), a call by surname and
# title, an official whose title is not the one called, a labels' mark the layout indented by
# two. Before: 4 of 8 turns right (the three answers the chair's, one label lost)
_CALLED = """                               みずなぎ市議会　環境建設委員会記録

◯高畑委員長
      ただいまから環境建設委員会を開会いたします。
◯沖田委員
      ごみの収集日の変更はいつからですか。
◯高畑委員長
      ごみ減量推進課長

                                                                      － 1 －
\f                               みずなぎ市議会　環境建設委員会記録

◯ごみ減量推進課長
      来年４月からを予定しております。
◯沖田委員
      周知はどのように行いますか。
◯高畑委員長
      三宅ごみ減量推進課長
◯ごみ減量推進課長
      広報紙と説明会で周知してまいります。
  ◯三好委員
      道路の補修の要望も多く寄せられています。
◯高畑委員長
      土木管理課長
◯道路維持担当課長
      補修は優先順位をつけて順次行っております。
"""


def test_a_committee_written_apart_calls_on_the_officials_who_answer() -> None:
    got = [(label, line) for label, _text, line in _who(_CALLED)]
    assert got == [("高畑委員長", 4), ("沖田委員", 6), ("高畑委員長", 8), ("ごみ減量推進課長", 14),
                   ("沖田委員", 16), ("高畑委員長", 18), ("ごみ減量推進課長", 20), ("三好委員", 22),
                   ("高畑委員長", 24), ("道路維持担当課長", 26)]
    texts = [text for _label, text, _line in _who(_CALLED)]
    assert texts[2] == "ごみ減量推進課長" and texts[5] == "三宅ごみ減量推進課長" and texts[8] == "土木管理課長"


# no marks, labels flush left, the speech indented by four: the call indented as the speech
# names another title than the label below (a surname), and titles with ・ alone on the line.
# Before: 3 of 7 turns right
_UNMARKED = """文化スポーツ委員会記録

大和田委員長
    ただいまから委員会を開会します。
杉浦委員
    体育館の予約の方法を教えてください。
大和田委員長
    森本課長
スポーツ・文化振興課長
    インターネットで予約ができます。
観光・交流推進課長
    補足いたします。窓口でも予約を受け付けております。
大和田委員長
    以上で閉会します。
"""


def test_an_unmarked_committee_written_apart_reads_calls_and_titles_with_a_dot() -> None:
    assert [(label, line) for label, _text, line in _who(_UNMARKED)] == [
        ("大和田委員長", 4), ("杉浦委員", 6), ("大和田委員長", 8), ("スポーツ・文化振興課長", 10),
        ("観光・交流推進課長", 12), ("大和田委員長", 14)]


@pytest.mark.parametrize("text", [
    # a label alone between two labels with the same mark and the same indent, naming no one of
    # them: still the call (it has no mark)
    "委員会記録\n\n○北川委員長\n    質疑はありませんか。\n○東委員\n    予算の内訳は。\n○北川委員長\n森課長\n○財政課長\n    お答えします。内訳は資料のとおりです。\n",
    # no marks, the same indent: the label above is the chair's, who says nothing but whom it calls on
    "委員会記録\n\n北川委員長\n    質疑はありませんか。\n東委員\n    予算の内訳は。\n北川委員長\n森課長\n財政課長\n    お答えします。内訳は資料のとおりです。\n",
])
def test_a_call_between_labels_is_the_chairs(text: str) -> None:
    got = [p.speaker.label for p in _parse(text).points]
    assert got == ["北川委員長", "東委員", "北川委員長", "財政課長"]


@pytest.mark.parametrize("text, labels", [
    # two members' labels in a row with their paragraphs below (marked): still two labels in a row
    ("委員会記録\n\n○北川委員長\n    次に移ります。\n○東委員\n○西委員\n    賛成です。\n    反対です。\n",
     ["北川委員長", "東委員", "西委員"]),
    # a heading with ・ alone (no title of the table) stays no label
    ("委員会記録\n\n○北川委員長\n    次に移ります。\n予算・決算\n    説明は以上です。\n", ["北川委員長"]),
    # a name with ・ before a title is no office's title: no label
    ("委員会記録\n\n○北川委員長\n    次に移ります。\nマリア・森委員\n    説明は以上です。\n", ["北川委員長"]),
])
def test_what_is_no_call_and_no_label(text: str, labels: list[str]) -> None:
    assert sorted({p.speaker.label for p in _parse(text).points}) == sorted(labels)


# written after the rule, apart from the fixture: another district, bodies named with a place in
# kana, a 観光協会's and a 商工会's head, the public named with の方 and a letter, a title with
# kana before the surname and the speech after a space, 進行役 with the official in brackets.
# Before: 3 of 8 turns right
_TOWN = """令和７年度　みなみ台地区タウンミーティング　記録

日時：令和７年５月１５日（木）午後６時３０分～午後８時
場所：みなみ台公民館

進行役（地域協働課長）：それでは、ただいまからタウンミーティングを始めます。
みなみ台町内会長　小野寺：町内会を代表して御挨拶申し上げます。
観光協会長　矢島：駅前の案内板を新しくしてほしいと思います。
参加者の方Ｂ：バスの本数を増やしてほしい。
まちづくり推進課長　石田　お答えします。バスの本数は事業者と協議しております。
商工会長　堀江：商店街の空き店舗の活用も検討してほしい。
会場の方（女性）：公民館の駐車場が狭いです。
進行役（地域協働課長）：以上で終了いたします。
"""


def test_a_town_meeting_written_apart_reads_bodies_titles_and_the_public() -> None:
    got = [(p.speaker.name, p.speaker.title, p.speaker.role, p.text[:6]) for p in _parse(_TOWN).points]
    assert got == [
        ("地域協働課長", "進行役", "secretariat", "それでは、た"),
        ("小野寺", "みなみ台町内会長", "member", "町内会を代表"),
        ("矢島", "観光協会長", "other", "駅前の案内板"),
        ("Ｂ", "参加者", "member", "バスの本数を"),
        ("石田", "まちづくり推進課長", "government", "お答えします"),  # an official answering
        ("堀江", "商工会長", "other", "商店街の空き"),
        ("", "女性", "member", "公民館の駐車"),
        ("地域協働課長", "進行役", "secretariat", "以上で終了い"),
    ]


@pytest.mark.parametrize("label, name, title, role", [
    ("北地区自治会連合会長", "", "北地区自治会連合会長", "member"),
    ("みどり台町内会長", "", "みどり台町内会長", "member"),
    ("田中自治会長", "田中", "自治会長", "member"),  # a surname before a body's head stays a name
    ("山田会長", "山田", "会長", "chair"),
    ("社会福祉協議会長", "", "社会福祉協議会長", "other"),
])
def test_a_body_before_its_heads_title_is_the_titles(label: str, name: str, title: str, role: str) -> None:
    from assembler.minutes.roles import load_roles
    sp = load_roles().split(label)
    assert sp is not None and (sp.name, sp.title, sp.role) == (name, title, role)


# 4. The days of one session (a 定例会's records a day): each its own meeting, not one refused as
# given twice. Before: refused (this is the same meeting (m03) as …), in both fixtures' forms.
def test_the_days_of_a_session_named_in_their_titles_are_meetings_apart() -> None:
    parsed = minutes.parse_paths([MINUTES / "assembly-session-day1-pdftotext.txt",
                                  MINUTES / "assembly-session-day2-pdftotext.txt"])
    assert [(m.meeting.id, m.meeting.council, m.meeting.session, m.meeting.date) for m in parsed] == [
        ("m03d1", "令和６年みさき町議会定例会", 3, "2024-09-03"), ("m03d2", "令和６年みさき町議会定例会", 3, "2024-09-04")]
    assert all(p.id.startswith(m.meeting.id + "_") and p.meeting == m.meeting.id for m in parsed for p in m.points)


def test_the_days_of_a_session_in_one_export_are_meetings_apart_by_their_dates() -> None:
    parsed = minutes.parse_paths([MINUTES / "assembly-session-days-export.txt"])
    assert [(m.meeting.id, m.meeting.date, len(m.points)) for m in parsed] == [
        ("m03", "2024-09-03", 3), ("m03_20240904", "2024-09-04", 3)]
    assert [p.id[:13] for p in parsed[1].points] == ["m03_20240904_"] * 3


_DAY = """令和７年第２回あおい市議会定例会会議録{day}

日　時　令和７年６月{date}日　午前１０時開議

○議長（岩田真一君）　ただいまから本日の会議を開きます。
○{member}　{text}
"""


@pytest.mark.parametrize("days, ids", [
    # written after the rule: dates alone (no day in the title), in a folder
    (("", ""), ["m02", "m02_20250611"]),  # the first day keeps the session's id
    # ２日目 and （第３号） in the title
    (("（１日目）", "（２日目）"), ["m02d1", "m02d2"]),
    (("（第２号）", "（第３号）"), ["m02d2", "m02d3"]),
])
def test_days_written_apart_are_meetings_apart(tmp_path, days: tuple[str, str], ids: list[str]) -> None:
    for n, (day, date, member, text) in enumerate(zip(days, ("１０", "１１"), ("２番（村井聡君）", "７番（野口彩君）"),
                                                      ("防災倉庫の備蓄を伺います。", "学校給食の無償化を伺います。"))):
        (tmp_path / f"day{n}.txt").write_text(_DAY.format(day=day, date=date, member=member, text=text), encoding="utf-8")
    parsed = minutes.parse_paths([tmp_path])
    assert [m.meeting.id for m in parsed] == ids
    assert {m.meeting.council for m in parsed} == {"令和７年あおい市議会定例会"}


def test_one_day_given_twice_is_still_refused(tmp_path) -> None:
    from assembler.errors import InputError
    for n in (1, 2):
        (tmp_path / f"copy{n}.txt").write_text(_DAY.format(day="", date="１０", member="２番（村井聡君）",
                                                           text="防災倉庫の備蓄を伺います。"), encoding="utf-8")
    with pytest.raises(InputError):
        minutes.parse_paths([tmp_path])


# 5. pdftotext's running head first on page 1, the record's title below it: the head is furniture
# there too, not part of the title. Before: the council's name was the head and the title run
# together (あさぎ市議会健康福祉委員会健康福祉委員会).
@pytest.mark.parametrize("name, council, first", [
    ("committee-called-labels-layout.txt", "健康福祉委員会", "furniture"),
    ("committee-unmarked-labels-layout.txt", "文教子ども委員会", "furniture"),
    # its PDF, the head with the date and 第３回 over the committee's title (was the two run together);
    # since 457d94b the PDF reader leaves out the head over both pages: the first line is the title
    ("town-kessan-qa-table.pdf", "令和７年さくら町議会定例会決算審査特別委員会", "front"),
])
def test_the_running_head_atop_page_one_is_no_part_of_the_title(name: str, council: str, first: str) -> None:
    parsed = minutes.parse_paths([MINUTES / name])[0]
    assert parsed.meeting.council == council and parsed.lines[0] == first


# written after the rule: another head (the date and the committee), the title and its number on
# two lines below it, three pages
_HEADED = ("        令和７年１２月３日　建設環境委員会\n\n              建設環境委員会会議録\n                （第４号）\n\n"
           "日時　令和７年１２月３日（水）午前１０時\n\n○岡部委員長　ただいまから委員会を開きます。\n"
           "○北村委員　歩道の整備について伺います。\n\n                    － 1 －\n"
           "\f        令和７年１２月３日　建設環境委員会\n\n○道路課長　歩道の整備は来年度に着手いたします。\n\n"
           "                    － 2 －\n"
           "\f        令和７年１２月３日　建設環境委員会\n\n○岡部委員長　以上で閉会します。\n\n                    － 3 －\n")


def test_a_head_written_apart_is_furniture_atop_page_one() -> None:
    parsed = _parse(_HEADED)
    assert (parsed.meeting.council, parsed.meeting.date, parsed.lines[0]) == ("建設環境委員会", "2025-12-03", "furniture")
    assert [p.speaker.label for p in parsed.points] == ["岡部委員長", "北村委員", "道路課長", "岡部委員長"]


@pytest.mark.parametrize("text, council", [
    # the title atop every page, its kind alone on the line below: the title's (the council kept)
    ("第２回 みなと交通会議\n議事録\n\n日時：令和７年５月１日\n\n○森座長　開会します。\n\n－１－\n"
     "\f第２回 みなと交通会議\n○森座長　閉会します。\n－２－\n", "みなと交通会議"),
])
def test_what_is_no_head_over_the_title(text: str, council: str) -> None:
    assert _parse(text).meeting.council == council


@pytest.mark.parametrize("call", ["子ども・若者支援課長", "障がい福祉課長", "ごみ減量推進課長", "こども家庭課長。",
                                  "三宅ごみ減量推進課長", "こども・若者支援課長、この点はいかがですか。"])
def test_the_chairs_call_by_a_title_with_kana_is_procedural(call: str) -> None:
    # before: an opinion (kind's names held no kana), a point of the chair in the draft
    assert minutes.decide_kind(call) == ("procedural", "nomination")


@pytest.mark.parametrize("sentence", ["それは課長", "次は課長。", "私が課長です。"])
def test_a_particle_before_the_title_is_no_call(sentence: str) -> None:
    assert minutes.decide_kind(sentence)[0] == "opinion"


def test_the_calls_in_the_committee_fixture_are_procedural() -> None:
    parsed = minutes.parse_file(MINUTES / "committee-called-labels-layout.txt")
    calls = [(p.text, p.kind) for p in parsed.points if p.speaker.label == "北沢委員長" and len(p.text) < 15]
    assert calls == [("子ども・若者支援課長", "procedural"), ("藤井課長", "procedural"), ("障がい福祉課長", "procedural")]


# written apart after item 2's rules, in CP932 with CRLF and pdftotext's page break: a residents'
# body's head and an association's (民生委員児童委員協議会長), the public named with の方, a kana title,
# the surname and the speech after a space, the speech wrapped onto the next line, and the city's
# attendees by title with the part one plays in brackets (地域協働課長（司会）). Before (main cefdf2d, 7 points):
# 3 of 8 turns right (横山 and 荒井 lost, 三浦 the chair, 住民の方 and 会場の方 glued above) and the
# attendee line a turn of 市側 (also after items 1-5: the bracket made it no list of titles)
_WEST = """令和７年度　西部地区住民懇談会　記録

日時：令和７年６月５日（木）午後７時～午後８時３０分
会場：西部地区センター
出席者：住民２１名
市側：市長、副市長、都市計画課長、こども未来課長、地域協働課長（司会）
司会（地域協働課長）：お待たせいたしました。ただいまから西部地区住民懇談会を始め
ます。
西部地区自治会連合会長　横山：本日は市長にお越しいただき、ありがとうございます。地
区を代表して御礼申し上げます。
住民の方（女性）：通学路の歩道が狭く、子どもが車道にはみ出して歩いています。早急
に対策をお願いしたい。
都市計画課長：通学路の歩道は、来年度に測量を行う予定です。

                               － 1 －
令和７年度　西部地区住民懇談会　記録

民生委員児童委員協議会長　三浦：一人暮らしの高齢者が増えており、見守りの担い手が
足りません。
こども未来課長　荒井　お答えします。児童館の開館時間は、来年度から午後７時まで延
長します。
会場の方（男性）：公園のトイレが古いので、建て替えてほしい。
司会（地域協働課長）：以上で本日の懇談会を終わります。

                               － 2 －
"""


def test_a_town_meeting_written_apart_in_cp932_reads_every_label(tmp_path) -> None:
    path = tmp_path / "west.txt"
    path.write_bytes(_WEST.replace("\n", "\r\n").encode("cp932"))
    parsed = minutes.parse_file(path)
    assert [(g.group, g.names) for g in parsed.meeting.attendees][-1] == (
        "市側", ("市長", "副市長", "都市計画課長", "こども未来課長", "地域協働課長（司会）"))
    assert [(p.speaker.name, p.speaker.title, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("地域協働課長", "司会", "secretariat", 7), ("横山", "西部地区自治会連合会長", "member", 9),
        ("", "女性", "member", 11), ("", "都市計画課長", "secretariat", 13),
        ("三浦", "民生委員児童委員協議会長", "other", 18), ("荒井", "こども未来課長", "secretariat", 20),
        ("", "男性", "member", 22), ("地域協働課長", "司会", "secretariat", 23)]


def _days_without_their_day(folder) -> list:
    """The two day records of the fixture with the day taken off their titles (dates alone)."""
    out = []
    for n, day in ((1, "（第１日）"), (2, "（第２日）")):
        text = (MINUTES / f"assembly-session-day{n}-pdftotext.txt").read_text(encoding="utf-8").replace(day, "")
        path = folder / f"day{n}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def test_a_project_adds_the_days_of_a_session_one_by_one_or_together(tmp_path) -> None:
    from assembler import project
    from assembler.errors import InputError
    day1, day2 = _days_without_their_day(tmp_path)
    root = project.init(tmp_path / "proj", title="骨子")
    project.add(root, day1)
    project.add(root, day2)  # before: 第３回 (2024-09-04) is already in the project as …/day1.txt
    with pytest.raises(InputError):
        project.add(root, day1)  # the same day again: still the same meeting
    assert [m.meeting.id for m in minutes.parse_paths([root / "minutes"])] == ["m03", "m03_20240904"]
    other = project.init(tmp_path / "other", title="骨子")
    project.add_many(other, [day1, day2])  # before: the same meeting (第３回) as …/day1.txt
    assert sorted(p.name for p in (other / "minutes").iterdir()) == ["day1.txt", "day2.txt"]
    third = project.init(tmp_path / "third", title="骨子")
    moved = _days_without_their_day(tmp_path / "third")  # minutes lying in the new project's folder
    assert [a.problem for a in project.adopt(third, moved)] == [None, None]  # before: the same meeting
