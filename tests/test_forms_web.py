"""A committee record saved from a 会議録検索 web page: the site's name, a breadcrumb, skip
links with page numbers (本文へ移動:1|2|3) and rules are page furniture, not the council's
name; each utterance numbered before its mark (1: ◯委員長（高梨 俊介君）　…) is a header;
a voice from the floor in brackets (〔「なし」と呼ぶ者あり〕) is a stage direction that
leaves the turns going on. The fixture is CRLF-ended as such pages are saved.

Before: the file was refused ('no speaker found'), and with the numbers gone, everything
after the 〔「なし」…〕 line was read as back matter under a bracketed label.
"""
from __future__ import annotations

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _fates, _rows

WEB = FIXTURES / "minutes" / "assembly-numbered-web.txt"

# (speaker label, role or None where another concept decides it, start of text, first, last line)
EXPECTED = [
    ("委員長（高梨俊介君）", "chair", "ただいまから建設常任委員会を開会いたします。本日は、", 8, 9),
    # an executive's official answering in an assembly: its role is the roles table's concept
    ("公園緑地課長（森千夏君）", None, "それでは、資料に基づき御報告いたします。北公園の遊具は設置から３０年", 10, 11),
    ("委員長（高梨俊介君）", "chair", "報告が終わりました。質疑はありませんか。", 12, 12),
    ("委員（大和田誠君）", "member", "遊具の更新に当たっては、障害のある子どもも一緒に遊べるインクルーシブ", 13, 14),
    ("公園緑地課長（森千夏君）", None, "御指摘の点も含め、", 15, 15),
    ("委員長（高梨俊介君）", "chair", "ほかに質疑はありませんか。", 16, 16),
    ("委員長（高梨俊介君）", "chair", "質疑なしと認めます。以上で本日の委員会を閉会いたします。", 18, 18),
]


def test_numbered_utterances_of_a_saved_web_page_are_turns():
    parsed = minutes.parse_file(WEB)
    got = _rows(parsed)
    assert len(got) == len(EXPECTED), got
    for (label, role, text, first, last), e in zip(got, EXPECTED):
        assert (label, first, last) == (e[0], e[3], e[4])
        assert e[1] is None or role == e[1], (label, role)
        assert text.startswith(e[2]), text
    assert not parsed.unread


def test_the_page_s_navigation_is_furniture_and_the_floor_s_voice_a_stage_direction():
    parsed = minutes.parse_file(WEB)
    # site name, breadcrumb, skip links: furniture; title and date: front; the rules: furniture
    assert _fates(parsed) == "FFF" "b" "ff" "F" "ppppppppp" "s" "p" "F"
    assert [d.text for d in parsed.directions] == ["〔「なし」と呼ぶ者あり〕"]
    assert parsed.meeting.council == "令和６年建設常任委員会"
    assert parsed.meeting.date == "2024-09-12"


def test_a_number_before_a_bullet_or_in_a_sentence_is_no_utterance_number():
    from assembler.minutes.parser import UTTERANCE_NUMBER, web_navigation
    from assembler.model import Line

    assert UTTERANCE_NUMBER.match("12: ◯委員（大和田 誠君）")
    assert UTTERANCE_NUMBER.match("３　○委員長")
    assert not UTTERANCE_NUMBER.match("12: 委員長から説明があった。")
    assert not UTTERANCE_NUMBER.match("2024年 ○月")
    lines = tuple(Line(t, n) for n, t in enumerate([
        "トップページ ＞ 委員会 ＞ 建設常任委員会", "本文へ移動:1|2|3", "ページの先頭へ戻る",
        "市民の声を聞く場として、Ａ＞Ｂの関係にある。", "議事録", "検索の方法について説明があった。"], 1))
    assert web_navigation(lines) == {0, 1, 2}
