"""A producer's layer around every line of the record (session 18, wrappers18; ``ingest/wrapped.py``).

1. **Line numbers in the margin** (a 議会's 速記録 with a number column: ``  1  ◯千葉委員長　…``,
   `` 25  を開催する…``, restarting at 1 on each page or running through the file): the number and
   its gap are furniture of their line, the record under them read as the plain one. Before: the
   speakers were found but every wrapped line's number stayed in the point (``…つい11  てご報告``),
   the first turn was read into the record's name (``1みなみ市議会…``).
2. **An e-mail that forwards the minutes** (the record quoted ``> `` on every line, ``>`` alone on a
   blank one, ``>>`` a level deeper, ``＞`` full-width, under the mail's header, the forwarder's note and
   signature, an ``-----Original Message-----`` block; a comment left unquoted inside): the quote marks
   are furniture of their line, the mail around the quote furniture, the comment a note. Before: the
   whole mail one front matter and one point (``＞○堀委員``), or refused (no speaker).
3. **A Markdown note** (``# …`` heads, ``**事務局（…）**：…`` and ``- **杉浦委員長**: …`` turns, ``- **日時**: …``
   front fields, ``---`` rules, ``> ※…`` notes, a ``- [ ] …`` task list at the end): the markup is
   layout, the labels in bold read as labels, the task list (and its heading) no one's words. Before:
   one point (``## TODO- [ ] …`` under 事務局), or refused (no speaker).
"""
from __future__ import annotations

import re

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from assembler.ingest.wrapped import margin_numbers
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a 市議会 委員会's 速記録 through pdftotext, CP932 with CRLF: a number column restarting on each
    # page, running heads （第１日）/（第２日） and page numbers outside the column, numbered blank lines,
    # lines wrapped mid-word, two days in one file. Before: 4 of 14 turns right (a stray number in each
    # wrapped turn's text, the first turn in the record's name); after 14 of 14
    "council-margin-line-numbers-cp932.txt": [
        ("千葉委員長", "千葉", "委員長", "chair", "ただいまから総務文教委員会を開会いたします。", 7, 8),
        ("千葉委員長", "千葉", "委員長", "chair", "本日は、公民館の運営について報告を受けます。生涯学習課長", 9, 10),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "それでは、公民館の運営状況についてご報告", 11, 13),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "特に夜間の講座が好評でございます。", 15, 15),
        ("千葉委員長", "千葉", "委員長", "chair", "報告が終わりました。", 16, 16),
        ("森下委員", "森下", "委員", "member", "公民館の夜間利用について伺います。夜間の貸出しはどのような形で", 17, 19),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "夜間は午後９時まで貸し出しております。", 20, 21),
        ("森下委員", "森下", "委員", "member", "２０代の利用者を", 22, 22),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "若い世代向けの講座を今年度から始めて", 25, 26),
        ("千葉委員長", "千葉", "委員長", "chair", "以上で本日の委員会を散会いたします。", 27, 27),
        ("千葉委員長", "千葉", "委員長", "chair", "ただいまから委員会を開きます。", 33, 33),
        ("大野委員", "大野", "委員", "member", "図書館の開館時間について伺います。休日の開館", 34, 35),
        ("石井生涯学習課長", "石井", "生涯学習課長", "government", "来年度から１時間延長する予定でございます。", 36, 37),
        ("千葉委員長", "千葉", "委員長", "chair", "以上で散会いたします。", 38, 38),
    ],
    # a mail forwarding a 会議's 議事録, UTF-8 LF: 件名:/差出人:/送信日時:/宛先:/CC:, the forwarder's note
    # and signature (--, TEL), an -----Original Message----- block, the record quoted "> " and wrapped at
    # ~25 characters, ">" alone, one ">>" line, one "＞" line, 【佐藤】… unquoted between two turns.
    # Before: 0 of 9 turns right (one point ＞○堀委員 over the last lines); after 9 of 9
    "mail-forwarded-minutes-utf8.txt": [
        ("杉浦会長", "杉浦", "会長", "chair", "ただいまから第２回会議を開会します。本日は、読書週間", 29, 31),
        ("北原係長", "北原", "係長", "secretariat", "事務局から報告いたします。読書週間には小学校", 32, 34),
        ("北原係長", "北原", "係長", "secretariat", "中学生向けのビブリオバトルも", 36, 36),
        ("岡田委員", "岡田", "委員", "member", "ビブリオバトルは大変好評だったと聞いています。来年度", 37, 38),
        ("北原係長", "北原", "係長", "secretariat", "高校との連携について検討いたします。", 40, 40),
        ("村井委員", "村井", "委員", "member", "学校図書館の司書の配置について伺います。現在何校", 41, 42),
        ("北原係長", "北原", "係長", "secretariat", "現在は小学校８校、中学校３校でございます。", 43, 44),
        ("堀委員", "堀", "委員", "member", "配置校を増やすよう要望します。", 45, 45),
        ("杉浦会長", "杉浦", "会長", "chair", "本日の議事は以上です。閉会します。", 46, 46),
    ],
    # written apart: a mail in CP932 with CRLF, Date:/From:/To:/Subject: first, a ----- Forwarded message -----
    # with 差出人:/日付:/件名:, every line quoted "＞" with no space, 【町長】 labels, （山口注：…） unquoted, the
    # signature after a rule of dashes. Before: refused (no speaker); after 6 of 6 turns right
    "mail-forwarded-apart-cp932.txt": [
        ("町長", "", "町長", "chair", "皆さんおはようございます。本日は地域防災計画の見直し", 21, 22),
        ("今村課長", "今村", "課長", "secretariat", "見直しの要点を説明します。避難所の数を２か所", 23, 24),
        ("消防団長", "", "消防団長", "other", "団員の確保が課題であると考えます。若い世代", 25, 26),
        ("今村課長", "今村", "課長", "secretariat", "広報紙で募集を強化いたします。", 28, 28),
        ("民生委員代表", "", "民生委員代表", "other", "要支援者の名簿の更新を早めていただきたい。", 29, 30),
        # (消防団長, 民生委員代表: posts, no names — roles19: a unit's words and a group's voice are the title's)
        ("町長", "", "町長", "chair", "それでは本日の会議を終わります。", 31, 31),
    ],
    # a Markdown note saved as .md in UTF-8 with a BOM: the front as - **日時**: … bullets, ### 次第 with
    # nested 1. lists, ---, > ※…, ## heads, **label**：… turns, - **label**: … bullets, a paragraph
    # wrapped over two lines, ## TODO with - [ ] / - [x]. Before: 0 of 9 turns right (one point under
    # 事務局: ## TODO- [ ] …); after 9 of 9, the tasks and their heading narrative
    "markdown-note-bom.md": [
        ("事務局（図書館北原係長）", "図書館北原", "係長", "secretariat", "ただいまから令和8年度第1回図書館協議会", 24, 24),
        ("館長", "", "館長", "government", "本日はお忙しいところ", 26, 26),
        ("事務局（図書館北原係長）", "図書館北原", "係長", "secretariat", "資料1に基づき報告します。貸出冊数は", 32, 33),
        ("杉浦委員長", "杉浦", "委員長", "chair", "貸出冊数が伸びた要因は何か。", 35, 35),
        ("事務局（図書館北原係長）", "図書館北原", "係長", "secretariat", "移動図書館の巡回先を", 36, 36),
        ("山本委員", "山本", "委員", "member", "学校との連携をさらに進めてほしい。", 37, 37),
        ("川口委員", "川口", "委員", "member", "電子書籍の利用状況を教えてください。", 41, 41),
        ("館長", "", "館長", "government", "登録者は約1,500人です。今後はタイトル数", 43, 44),
        ("杉浦委員長", "杉浦", "委員長", "chair", "以上で本日の協議会を閉会します。", 50, 50),
    ],
}

LINE_FATES = {
    "council-margin-line-numbers-cp932.txt": "FfbffbpppppppbppppppppFFpppnFsnnppppppF",
    # the mail's header, note, signature, Original Message block: furniture; the record's front inside
    # the quote; the comment (line 39) narrative
    "mail-forwarded-minutes-utf8.txt": "FFFFFbFbFFFbFFFbFFFFFbfbfffbppppppbpppnpppppppbF",
    "mail-forwarded-apart-cp932.txt": "FFFFbFbFFbFFFFbfbffbppppppnppppbFFFF",
    # the title and the - **日時**: … fields front matter, --- furniture, the 次第 agenda, > ※… narrative,
    # ## TODO and its tasks narrative
    "markdown-note-bom.md": "fbfffffbFbfbaaaaabnnbabpbpbababppbpppbabpbppbFbabpbnbnn",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_margin_numbers_are_said_in_the_readings() -> None:
    parsed = minutes.parse_file(MINUTES / "council-margin-line-numbers-cp932.txt")
    assert [(r.first, r.last, r.labels) for r in parsed.readings] == [(2, 38, 33)]
    assert not any(re.search(r"[0-9] ", p.text) for p in parsed.points)


def _parse(text: str) -> minutes.Minutes:
    return minutes.parse_source(split_lines(text, "x.txt", encoding="utf-8"))


def _rows(parsed: minutes.Minutes) -> list[tuple[str, str, int, int]]:
    return [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]


# written apart: a 区議会 委員会's 記録, numbers running through the file in a wider column, labels
# 委員長（水野　早苗）, numbered blank lines, a line of speech opening with digits (300人)
_WARD = """令和８年９月定例会　区民委員会記録

日時　令和８年９月２４日
場所　第３委員会室

○委員長（水野　早苗）　ただいまから区民委員会を開会し
ます。本日は請願の審査を行います。
○区民課長（今井　実）　請願第５号について説明いたしま
す。
300人を超える署名が寄せられております。

○委員（黒田　直人）　署名の内容を確認したいと思いま
す。どの地区からのものでしょうか。
○区民課長（今井　実）　主に北地区からでございます。
○委員（小池　玲奈）　採択すべきと考えます。
○委員長（水野　早苗）　以上で審査を終わります。
"""


def _numbered(text: str, width: int, gap: int, restart_every: int = 0) -> str:
    out = []
    for k, line in enumerate(text.split("\n")[:-1]):
        n = k % restart_every + 1 if restart_every else k + 1
        out.append(f"{n:>{width}}{' ' * gap if line else ''}{line}")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width,gap,every", [(5, 4, 0), (3, 2, 0), (3, 1, 7)])
def test_a_record_written_apart_reads_under_its_numbers_as_it_reads_plain(width: int, gap: int, every: int) -> None:
    plain = _parse(_WARD)
    numbered = _parse(_numbered(_WARD, width, gap, every))
    assert _rows(numbered) == _rows(plain)
    assert len(plain.points) == 6 and plain.points[1].text.endswith("300人を超える署名が寄せられております。")
    assert numbered.lines == plain.lines and numbered.meeting.council == plain.meeting.council


def test_a_numbered_list_or_a_page_number_is_no_margin() -> None:
    # a record whose agenda is numbered (1 開会 …) and whose speech has a line opening with a number
    text = ("協議会会議録\n\n次第\n1 開会\n2 議事\n3 閉会\n\n○会長　開会します。\n○委員　意見です。\n"
            "10 月に実施します。\n○会長　閉会します。\n")
    src = split_lines(text, "x.txt", encoding="utf-8")
    assert [l.text for l in src.lines] == text.split("\n")[:-1] and src.readings == ()
    assert margin_numbers(src.lines) is None  # 4 numbers of 9 lines with text: no column


def test_a_quoted_record_reads_as_the_plain_one_and_its_meeting_is_the_records() -> None:
    mail = (MINUTES / "mail-forwarded-minutes-utf8.txt").read_text(encoding="utf-8")
    # the same record plain: the quoted lines without their marks, every other line blank
    plain = "".join((re.sub(r"^(?:[>＞] ?)+", "", t) if t[:1] in ">＞" else "") + "\n" for t in mail.split("\n")[:-1])
    got, want = _parse(mail), _parse(plain)
    assert _rows(got) == _rows(want)
    assert (got.meeting.council, got.meeting.date, got.meeting.place) == (
        "みどり市子ども読書推進会議", "2026-11-12", "中央図書館２階会議室")
    assert [(r.first, r.last, r.labels) for r in got.readings] == [(23, 48, 25)]
    assert not any("【佐藤】" in p.text or "Subject" in p.text for p in got.points)


def test_a_few_quote_marks_in_a_record_are_no_mail() -> None:
    # ＞ as a record's own mark on a few lines (an answer's arrow), most lines unquoted: read as before
    text = ("検討会議事要旨\n\n○座長　開会します。\n" + "".join(f"＞{k}点目の回答です。\n○委員　質問{k}です。\n" for k in range(9)))
    src = split_lines(text, "x.txt", encoding="utf-8")
    assert [l.text for l in src.lines] == text.split("\n")[:-1] and src.readings == ()


def test_a_forwards_header_quoted_with_the_record_is_the_mails_not_the_records() -> None:
    # written apart: the Original Message block quoted at the quote's top (a reply-style forward)
    text = ("転送します。\n\n> -----Original Message-----\n> From: 北原 修\n> Sent: Monday, May 11, 2026 10:00 AM\n"
            "> To: 西田\n> Subject: 議事録\n>\n> 第３回ひかり町景観協議会議事録\n>\n> ○会長　開会します。\n"
            "> ○西田委員　看板の色について意見です。\n> ○会長　閉会します。\n")
    got = _parse(text)
    assert _fates(got) == "FbFFFFFbfbppp" and got.meeting.council == "ひかり町景観協議会"
    assert [r[0] for r in _rows(got)] == ["会長", "西田委員", "会長"]


def _plain_markdown(text: str) -> str:
    # the same note as a plain text would write it: the marks off by hand, a bullet ・, tasks dropped; a
    # label in bold before a colon marked ○ (the bold marks the label: roles19)
    out = []
    for t in text.split("\n"):
        t = re.sub(r"^#+ ", "", t)
        t = re.sub(r"^[*-] (?=__|\*\*)", "", t)
        t = re.sub(r"^(__|\*\*)([^*_：:]+)\1[：:]", r"○\2　", t) if not t.startswith(("__日時", "__会場", "__出席")) else t
        rule = re.fullmatch(r"\*\*\*|---", t)
        t = re.sub(r"\*\*|__", "", re.sub(r"\[([^]]+)\]\([^)]+\)", r"\1", t))
        out.append("" if rule else t)
    return "\n".join(out)


def test_a_markdown_note_written_apart_reads_as_its_plain_text() -> None:
    # written apart: a 自治会 役員会 in CP932 with CRLF, ## title, * __日時__： fields, *** rules, #### heads,
    # __label__：… turns, * __label__：… bullets, a link, no blank lines between some turns. Before: refused
    # (no speaker); after 5 of 7 turns right — the two labels a plain text would not read either (3班長,
    # 5班長: a number first) went on the turn above; since roles19 the bold marks the label (cue mdlabel,
    # table_steps.md_label_step): 7 of 7, as the plain text with ○ before each label reads
    raw = (MINUTES / "markdown-apart-cp932.txt").read_bytes().decode("cp932").replace("\r\n", "\n")
    got, want = _parse(raw), _parse(_plain_markdown(raw))
    assert _rows(got) == _rows(want)
    assert [r[0] for r in _rows(got)] == ["会長", "副会長", "会計", "3班長", "会長", "副会長", "5班長"]
    assert (got.meeting.council, got.meeting.date, got.meeting.place) == ("ひばりが丘自治会役員会", "2026-07-05", "集会所")
    assert not any("__" in p.text or "](" in p.text for p in got.points)


def test_markup_in_a_plain_record_is_no_markdown_note() -> None:
    # a # and ** in a record that is no Markdown note (a heading mark alone, bold on two lines): as written
    text = "# 会議録\n\n○会長　**重要**な点です。\n○委員　**確認**します。\n○会長　閉会します。\n"
    src = split_lines(text, "x.txt", encoding="utf-8")
    assert [l.text for l in src.lines] == text.split("\n")[:-1] and src.readings == ()
