"""Records of hearings and examinations (session 16, hearings16), written by ``tests/tools/make_hearings.py``
(fictional bodies, names and sentences) in the shapes such records arrive in:

- ``hearing-roudou-pdftotext`` — a 労働委員会's 審問調書, pdftotext: the participants as a table of heads
  (審査委員 / 公益委員 / 申立人 / 被申立人代理人) over names, the parties' labels unmarked with the person in
  brackets and a wide space (申立人代理人（葛城）　…), one alone on its line above its speech, 証人 alone with a
  blank line below it, the witness's はい。, （証人宣誓） and （休憩） between turns, a page break.
- ``selection-lettered-cp932`` — a 選定委員会 with applicants' presentations, CP932 with CRLF: ●申請団体Ａ,
  ●評価者Ｃ, （資料配付）, （申請者入室）/（申請者退室）, 【参考】 at the end.
- ``review-oral-pypdf`` — a 行政不服審査会's 口頭意見陳述, pypdf (no blank lines): 請求人代理人, 処分庁（介護保険課長）,
  参考人（竹中）, （説明者入室）.

Before (main d8d68a6; speaker label, role and lines of each turn): the 審問 11/16 (the parties' turns
opening with では/はい glued to the turn above, 証人 alone in the text, （証人宣誓） back matter), the 選定委員会
7/15 (each applicant's and scorer's words the chair's), the 口頭意見陳述 4/10 (請求人代理人 the chair's, 処分庁
government); after, 41/41.

Written apart, after the rules (other bodies, names, words, layouts): ``hearing-koukaishinri-apart`` (a
公平委員会's 口頭審理: 審理員, 証人 with a half-width space, 補佐人（今泉） alone, 処分者代理人, 鑑定人,
（宣誓書朗読）, （証人交代）, （鑑定人入室）, （別紙） back matter) and ``proposal-lettered-apart`` (a
プロポーザル審査会, pypdf: ○応募者Ａ, ○申請者２, ○傍聴人１, 審査員長, （写真撮影）, （審査員協議）): 8/20 on
main; at first sight 20/20 turns but 処分者代理人 read as a person 処分者, 審査員長 as 審査, and （審査員協議）
back matter (協議 a section's word) — mended by concept (a party's noun before 代理人/補佐人; a section's word
only alone) and the title 審査員長.

Rows: speaker label, role, start of the text, first line, last line; then every line's fate (f front,
a agenda, n narrative, p point, s stage, F furniture, b blank, u unread) and the stage directions.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.minutes.closing_steps import _acted
from conftest import FIXTURES
from test_forms2 import _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    "hearing-roudou-pdftotext.txt": (
        [
            ('審査委員長', 'chair', 'ただいまから第２回審', 14, 15),
            ('証人', 'other', '良心に従って真実を述', 19, 19),
            ('審査委員長', 'chair', '偽証の罪についても先', 21, 22),
            ('申立人代理人（葛城）', 'other', 'では主尋問を始めます', 24, 24),
            ('証人', 'other', '令和５年の春からです', 26, 26),
            ('申立人代理人（葛城）', 'other', '本年３月の団体交渉で', 28, 28),
            ('証人', 'other', '賃金の資料は出せない', 30, 30),
            ('被申立人代理人（真島）', 'other', '異議があります。ただ', 36, 36),
            ('審査委員長', 'chair', '異議は認めません。証', 38, 38),
            ('証人', 'other', 'はい。その後も資料は', 42, 42),
            ('審査委員長', 'chair', '再開します。次に反対', 46, 46),
            ('被申立人代理人（真島）', 'other', '証人は、会社が資料の', 48, 49),
            ('証人', 'other', 'そのような説明はなか', 51, 51),
            ('公益委員', 'member', '一点だけ確認します。', 53, 53),
            ('証人', 'other', '毎回、会社側から日程', 55, 55),
            ('審査委員長', 'chair', '以上で本日の審問を終', 57, 57),
        ],
        'fbfbffbffbffbppbsbpbppbpbpbpbpbFFbppbpbpbpbsbpbppbpbpbpbpbF',
        ['（証人宣誓）', '（休憩）']),
    "selection-lettered-cp932.txt": (
        [
            ('委員長', 'chair', 'それでは第２回の選定', 7, 8),
            ('事務局', 'secretariat', 'お手元の資料１が評価', 12, 12),
            ('委員長', 'chair', '申請団体Ａの方、説明', 16, 16),
            ('申請団体Ａ', 'other', '私たちは高齢者の見守', 18, 19),
            ('評価者Ｃ', 'other', '訪問する人の確保はど', 21, 21),
            ('申請団体Ａ', 'other', '町会の回覧で募集して', 23, 23),
            ('評価者Ｅ', 'other', '助成が終わった後はど', 25, 25),
            ('申請団体Ａ', 'other', '会費と地元の商店の協', 27, 27),
            ('委員長', 'chair', '続いて申請団体Ｂの方', 33, 33),
            ('申請団体Ｂ', 'other', '子ども食堂を月に４回', 35, 35),
            ('評価者Ａ', 'other', '衛生の管理は誰が担当', 37, 37),
            ('申請団体Ｂ', 'other', '調理師の資格を持つ会', 39, 39),
            ('委員長', 'chair', '再開します。採点の集', 45, 45),
            ('事務局', 'secretariat', '集計の結果、申請団体', 47, 47),
            ('委員長', 'chair', '以上で本日の委員会を', 49, 49),
        ],
        'fbfffbppbsbpbsbpbppbpbpbpbpbsbsbpbpbpbpbsbsbpbpbpbff',
        ['（資料配付）', '（申請者入室）', '（申請者退室）', '（申請者入室）', '（申請者退室）', '（休憩）']),
    "review-oral-pypdf.txt": (
        [
            ('部会長', 'chair', 'これより口頭意見陳述', 4, 4),
            ('請求人代理人', 'other', '本件の処分は、請求人', 6, 7),
            ('処分庁（介護保険課長）', 'other', '収入の計算は申告書に', 8, 8),
            ('委員', 'member', '申告書の提出の時期を', 9, 9),
            ('処分庁（介護保険課長）', 'other', '本年の５月です。', 10, 10),
            ('参考人（竹中）', 'other', '請求人の主治医として', 11, 11),
            ('部会長', 'chair', '請求人代理人から、処', 12, 12),
            ('請求人代理人', 'other', '再計算を行う予定はあ', 13, 13),
            ('処分庁（介護保険課長）', 'other', '現時点ではその予定は', 14, 14),
            ('部会長', 'chair', '以上で口頭意見陳述を', 16, 16),
        ],
        'fffpspppppppppsp',
        ['（説明者入室）', '（説明者退室）']),
    "hearing-koukaishinri-apart.txt": (
        [
            ('審理員', 'chair', 'ただいまから口頭審理', 6, 7),
            ('証人', 'other', '宣誓書のとおり誓いま', 11, 11),
            ('請求人代理人', 'other', '証人は、当時の勤務の', 13, 13),
            ('証人', 'other', '係長が毎週月曜日に決', 15, 15),
            ('補佐人（今泉）', 'other', '補足して伺います。休', 19, 19),
            ('証人', 'other', 'いいえ、ありませんで', 21, 21),
            ('審理員', 'chair', '鑑定人から、勤務時間', 30, 30),
            ('鑑定人', 'other', '記録を照合したところ', 32, 33),
            ('処分者代理人', 'other', 'その差には、自主的な', 35, 35),
            ('鑑定人', 'other', 'はい、その可能性は否', 37, 37),
            ('審理員', 'chair', '以上で本日の口頭審理', 39, 39),
        ],
        'fbffbppbsbpbpbpbpbpbpbFFbsbsbpbppbpbpbpbff',
        ['（宣誓書朗読）', '（証人交代）', '（鑑定人入室）']),
    "proposal-lettered-apart.txt": (
        [
            ('審査員長', 'chair', 'これより応募者による', 3, 3),
            ('応募者Ａ', 'other', '当社は、隣の市で同様', 5, 5),
            ('審査員長', 'chair', 'ありがとうございまし', 6, 6),
            ('申請者２', 'other', '補足ですが、調査には', 7, 7),
            ('傍聴人１', 'other', '調査の結果は公開され', 8, 8),
            ('審査員長', 'chair', '傍聴の方の発言は、後', 9, 9),
            ('応募者Ｂ', 'other', '当社は、デマンド型の', 11, 11),
            ('申請者２', 'other', 'もちろん、費用の見積', 12, 12),
            ('審査員長', 'chair', '以上で審査会を終了し', 14, 14),
        ],
        'ffpspppppsppsp',
        ['（写真撮影）', '（応募者交代）', '（審査員協議）']),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hearing_reads_its_parties_and_every_line_ends_in_its_place(name: str) -> None:
    rows, fates, directions = EXPECTED[name]
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.role, p.text, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert [(g[0], g[1], g[3], g[4]) for g in got] == [(e[0], e[1], e[3], e[4]) for e in rows]
    for g, e in zip(got, rows):
        assert g[2].startswith(e[2]), (g, e)
    assert _fates(parsed) == fates
    assert [d.text for d in parsed.directions] == directions
    assert parsed.unread == ()


def test_a_bracketed_act_is_a_stage_direction_and_the_reading_goes_on() -> None:
    """（証人宣誓） between the chair and the witness: a stage direction; the witness's oath below it
    is theirs (back matter until hearings16: the oath and the chair's next words vanished)."""
    parsed = minutes.parse_file(MINUTES / "hearing-roudou-pdftotext.txt")
    oath = parsed.lines.index("stage")
    assert parsed.lines[oath + 2] == "point"
    assert [p.speaker.label for p in parsed.points if p.source.line_start == oath + 3] == ["証人"]


def test_only_a_part_of_the_document_opens_back_matter() -> None:
    """【参考】 and （別紙） under the last turn are back matter (front), the acts in round brackets are
    not; a section of the proceedings named alone in round brackets keeps its reading."""
    for name, head in (("selection-lettered-cp932.txt", "【参考】"), ("hearing-koukaishinri-apart.txt", "（別紙）")):
        parsed = minutes.parse_file(MINUTES / name)
        assert list(parsed.lines[-2:]) == ["front", "front"], name
        assert head not in [d.text for d in parsed.directions]
    assert [_acted(w) for w in ("証人宣誓", "説明者入室", "申請者退室", "休憩", "審査員協議")] == [True] * 5
    assert [_acted(w) for w in ("参考", "別紙", "資料２", "添付資料", "付録", "議題２", "別添", "質疑応答")] == [False] * 8


def test_lettered_labels_are_distinct_speakers_of_role_other() -> None:
    for name in ("selection-lettered-cp932.txt", "proposal-lettered-apart.txt"):
        parsed = minutes.parse_file(MINUTES / name)
        lettered = {p.speaker.label: p.speaker for p in parsed.points if p.speaker.name}
        assert len(lettered) >= 4
        assert len({sp.name + sp.title for sp in lettered.values()}) == len(lettered)
        assert {sp.role for sp in lettered.values()} == {"other"}


def test_the_parties_are_other_and_the_tribunal_s_chair_the_chair() -> None:
    for name in ("hearing-roudou-pdftotext.txt", "review-oral-pypdf.txt", "hearing-koukaishinri-apart.txt"):
        parsed = minutes.parse_file(MINUTES / name)
        roles = {p.speaker.title: p.speaker.role for p in parsed.points}
        parties = {t for t in roles if t.endswith(("人", "庁"))}
        assert parties and {roles[t] for t in parties} == {"other"}, roles
        assert "chair" in roles.values()
        # 申立人代理人（葛城）: the person in brackets is the name; 処分者代理人 has none (the party spoken for)
        assert all(p.speaker.name in ("", "葛城", "真島", "竹中", "今泉") for p in parsed.points)
