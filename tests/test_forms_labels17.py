"""Speaker labels in shapes the parse still misread (labels17).

One fixture per form, written here (fictional bodies, names and sentences) in the shape real
files arrive in, with its expected parse — rows: (speaker label, name, title, role, start of the
text, first line, last line) — and the fate of every line (f front, a agenda, n narrative, p
point, s stage, F furniture, b blank, u unread). A fixture named ``…-apart`` was written after the
rule, apart from the one it was written from (other names, bodies, layout details).

6. An OCR read the mark ○ as the digit 0 before a name and a title set apart by a wide space
   (``0仁科　委員　…`` beside ``○池田　委員長　…``, a scanned record in CP932 with hard wraps): a label, by
   the evidence ``ocr.read_marks`` takes for O-for-○ (two such lines whose words the role table reads
   as a speaker) — its label's words may now be joined by a wide space (``ocr._labels``). Before: no
   header, the turn went on the speaker above.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms8 import check_fixture

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
}

LINE_FATES = {
    "ocr-zero-mark-cp932.txt": "fbffffbppppppppppppbF",
    "ocr-zero-mark-apart.txt": "fbfffbppppppppppsp",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])
