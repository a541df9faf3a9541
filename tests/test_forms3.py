"""Forms of real minutes a held-out set showed the parser missing, one fixture per concept.

Each fixture is written here (fictional names and sentences) in the shape real files arrive
in — pypdf text with no blank lines, fixed-width wrapping, a page number and the running
head run into the text; pdftotext text with form feeds and page numbers — with its expected
parse (rows: speaker label, role, start of the text, first line, last line) and the fate of
every line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread).
"""
from __future__ import annotations

import pytest

from assembler import minutes
from conftest import FIXTURES
from test_forms2 import _check, _fates

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a prefectural committee's 会議要録 as pypdf extracts it: ◆ member, ◎ official,
    # ○ chair with no legend; a space between the name and the title inside the header
    # (◆北浦雅人 委員, ◎北条 農政課長, ◆南 陽子 委員, ○岸　本　孝　之 委員長), the speech
    # after wide spaces on the same line; 閉会宣告 and the time close the meeting
    "yoroku-spaced-names.txt": [
        ("北浦雅人委員", "member", "説明のあった実証事業ですが、参加した農家の数と、", 19, 20),
        # the executive answering the committee (当局説明) is government (roles.settle_roles)
        ("北条農政課長", "government", "昨年度の実証には２３の経営体が参加し、", 21, 22),
        ("北浦雅人委員", "member", "導入に至らなかった理由は何でしょうか。", 23, 24),
        ("北条農政課長", "government", "主な理由は初期費用でございます。", 27, 28),
        ("南陽子委員", "member", "ドローンの操縦者の確保も課題です。", 29, 30),
        ("北条農政課長", "government", "研修の回数を増やす方向で調整しております。", 31, 31),
        ("岸本孝之委員長", "chair", "ほかに質疑はありませんか。", 32, 32),
        ("岸本孝之委員長", "chair", "以上で、スマート農業の推進についての質疑を終わります。", 34, 34),
    ],
    # a 検討会 議事録 in pdftotext shape (blank lines inside a paragraph, a page number, a form
    # feed): stage directions naming a person on their own line in any brackets
    # (（村木常務理事　入室）, （古賀参考人　着席）, 〔古賀参考人 退席〕) are recorded, start no
    # turn and end none; the attendees' group in brackets （委員）… is no header
    "hearing-stage-directions.txt": [
        ("小野寺座長", "chair", "それでは、議事に入ります。", 9, 9),
        ("村木常務理事", "member", "全国中学校体育団体連絡会の村木でございます。", 13, 15),
        ("田辺委員", "member", "指導者への謝金は、", 16, 16),
        ("村木常務理事", "member", "一時間当たり二千円程度を想定しております。", 17, 17),
        ("小野寺座長", "chair", "続きまして、古賀参考人からお願いいたします。", 22, 22),
        ("古賀参考人", "other", "休日の大会運営は、", 23, 23),
        ("松浦委員", "member", "遅れて申し訳ありません。会場の確保についても、学校施設の開放を進めていただきたい。",
         25, 27),
        ("小野寺座長", "chair", "以上で本日の議事を終了します。", 29, 29),
    ],
    # a city assembly committee's 会議録 in pdftotext shape: after the last turn an end mark
    # (――　了　――), the certifying sentence wrapped over two lines, a date, the committee's
    # name and the signers (委員長　岸　本　孝　之, 会議録署名委員　南　陽子): no one's points
    "record-signature-block.txt": [
        ("岸本委員長", "chair", "ただいまから建設常任委員会を開会いたします。本日は、市道の維持管理について報告を受けます。",
         7, 9),
        # the executive reporting to the committee is government (roles.settle_roles)
        ("道路課長", "government", "市道の舗装の補修は、", 10, 10),
        ("北浦委員", "member", "通学路の補修を優先すべきではないか。", 11, 11),
        ("道路課長", "government", "通学路は点検結果に基づき、", 12, 12),
        ("岸本委員長", "chair", "以上で本日の委員会を閉会いたします。", 15, 15),
    ],
    # a 検討会's hearing 議事要旨 in pdftotext shape (a bullet wrapped at the width, a page
    # number, a form feed): headers naming a body, not a person — a municipality, a company,
    # an association with the person who speaks for it, a ministry's bureau — then a member
    "hearing-bodies.txt": [
        ("みずなみ市", "other", "市内の路線バスは５年間で３割減便となり、通院や買物の足の確保が課題となっている。",
         14, 15),
        ("みずなみ市", "other", "デマンド交通を導入したが、", 16, 16),
        ("株式会社ひばり交通", "other", "運転士の確保が最大の課題であり、", 18, 18),
        ("株式会社ひばり交通", "other", "路線の維持には、", 19, 19),
        ("全国中学校体育団体連絡会（村木常務理事）", "other", "部活動の送迎に", 23, 23),
        ("鉄道局", "government", "地域の協議会での再構築の議論を、", 25, 25),
        ("片岡委員", "member", "交通事業者と自治体が", 27, 27),
        ("片岡委員", "member", "スクールバスと路線バスの統合は、", 28, 28),
    ],
}

LINE_FATES = {
    "yoroku-spaced-names.txt": "ffffffffffffffff" "aa" "pppppp" "FF" "pppppp" "s" "p" "n" "F",
    "hearing-stage-directions.txt": "ffbffffb" "pbsbpbpppbF" "ss" "pp" "s" "pbp" "s" "pbF",
    "hearing-bodies.txt": "ffbfffffbffb" "pppppppbF" "pppppppbFbF",
    "record-signature-block.txt": "fbfffb" "pbppppbF" "p" "F" "bFFbFbFFFbF",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    parsed = minutes.parse_file(MINUTES / name)
    _check(parsed, EXPECTED[name])
    assert (_fates(parsed), parsed.unread) == (LINE_FATES[name], ())


def _speakers(text: str) -> list[tuple[str, str, str, str]]:
    from assembler.ingest.text import split_lines

    src = split_lines(text, "x.txt", encoding="utf-8")
    return [(p.speaker.name, p.speaker.title, p.speaker.role, p.text) for p in minutes.parse_source(src).points]


def test_a_spaced_label_is_a_name_and_a_title_of_the_role_table():
    # written apart from the fixture: other marks, other titles, the speech below the header
    got = _speakers("環境委員会 会議要録\n\n● 早川 千晴 副委員長\n森林の整備を急ぐべきである。\n"
                    "◇ 村瀬 環境政策課長　　　整備計画を見直します。\n"
                    "○東会長　それでは始めます。\n")
    # roles as the minutes show them (roles.settle_roles): a deputy giving a view speaks as a
    # member, an official answering is government
    assert got == [("早川千晴", "副委員長", "member", "森林の整備を急ぐべきである。"),
                   ("村瀬", "環境政策課長", "government", "整備計画を見直します。"),
                   ("東", "会長", "chair", "それでは始めます。")]


def test_words_of_a_speech_after_a_header_are_no_spaced_name():
    # the label is whole before the spaces: 各 委員 in the speech names nobody
    got = _speakers("検討会 議事録\n\n○東岡計画官　各 委員 の皆様に御礼申し上げます。\n")
    assert [(n, t) for n, t, _r, _x in got] == [("東岡", "計画官")]


def test_end_matter_and_stage_lines_by_their_form():
    # written apart from the fixtures: no end mark, the signer right after the last turn;
    # a signer after 以上 in the middle of a file; a stage direction in 【】 naming a person
    got = _speakers("環境委員会 会議録\n\n○早川委員長　始めます。\n【村瀬参考人　入場】\n"
                    "○村瀬参考人　森林の整備を急ぐべきである。\n委 員 長　早　川　千　晴\n")
    assert got == [("早川", "委員長", "chair", "始めます。"),
                   ("村瀬", "参考人", "other", "森林の整備を急ぐべきである。")]
    got = _speakers("環境委員会 会議録\n\n○早川委員長　始めます。\n－以上－\n委員長　早川千晴\n"
                    "（別紙）\n")
    assert [t for *_s, t in got] == ["始めます。"]


def test_a_body_speaks_by_its_form_and_its_kind_gives_the_role():
    # written apart from the fixture: other bodies and marks; labels that name no body
    got = _speakers("懇談会 議事要旨\n\n○座長　始めます。\n【さくら県】\n・山間部の医師が不足している。\n"
                    "〔一般社団法人みなと観光協会〕\n・外国人客が増えている。\n【水産庁（山口課長）】\n"
                    "・漁港の整備を進める。\n【下水道】\n・老朽化が進んでいる。\n")
    assert [(n, t, r) for n, t, r, _x in got] == [
        ("", "座長", "chair"), ("さくら県", "", "other"), ("一般社団法人みなと観光協会", "", "other"),
        ("山口", "課長", "government")]  # a ministry's official presenting: government (roles.settle_roles)
