"""Speaker forms a survey of public minutes found unread (issue 10, batch 9), one fixture per
concept, each written here (fictional names and sentences) in the shape real files arrive in,
with its expected parse — rows: (speaker label, name, title, role, start of the text, first
line, last line) — and the fate of every line (f front, a agenda, n narrative, p point,
s stage, F furniture, b blank, u unread).

The meetings a local government holds with the public (住民説明会, 意見交換会, ワークショップ)
name their speakers as no council does: the government under its name alone (市：, （町）,
行政側：) or a unit of it (子育て支援課：), the public as participants (参加者Ａ：, 住民：,
町民：) or by name with a courtesy (林さん, 山口様).
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from test_forms2 import _fates
from test_forms8 import _parse, _speakers, check_fixture

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # a city's 住民説明会 as pdftotext gives it (a break every ~32 characters, a blank line
    # inside a sentence, page numbers, a form feed, 以上 after the last turn): the city and
    # the prefecture answer under their names alone (市：, 県：), the residents ask as
    # 参加者Ａ： and 住民：, the contractor explains (事業者：); 参加者：, 説明者：, 事業者：
    # above the agenda are the front matter's
    "meeting-public-explanation.txt": [
        ("市", "", "市", "government", "本日はお忙しい中お集まりいただき", 14, 16),
        ("事業者", "", "事業者", "other", "工事は令和７年４月から約１８か月", 19, 20),
        ("市", "", "市", "government", "説明は以上です。", 21, 21),
        ("参加者Ａ", "Ａ", "参加者", "member", "工事の期間中、公園は全く使えなく", 22, 23),
        ("市", "", "市", "government", "工事の安全上、全面的に閉鎖させて", 24, 26),
        ("参加者Ｂ", "Ｂ", "参加者", "member", "令和４年の大雨では、", 27, 28),
        ("県", "", "県", "government", "上流の河川改修と合わせて、", 29, 30),
        ("住民", "", "住民", "member", "工事車両の騒音と振動が心配だ。", 32, 33),
        ("事業者", "", "事業者", "other", "工事の前に、周辺の家屋の調査を", 34, 34),
        ("参加者Ｃ", "Ｃ", "参加者", "member", "説明会の資料を、", 35, 35),
        ("市", "", "市", "government", "資料は市のホームページに掲載し、", 36, 37),
    ],
    # a town's ワークショップ 記録 saved from its web page (CP932, CRLF, the wrapped lines
    # indented by full-width spaces): the parents named with a courtesy after a mark (○林さん,
    # a one-character surname; ○佐藤みさとさん, a given name in kana; ○グエンさん; ○大西様),
    # the town's unit that runs the workshop answering under its name (子育て支援課：)
    "meeting-courtesy-names-cp932.txt": [
        ("林さん", "林", "さん", "member", "保育園の送り迎えの時間に、", 12, 13),
        ("佐藤みさとさん", "佐藤みさと", "さん", "member", "一時預かりの予約がいつも埋まって", 14, 15),
        ("グエンさん", "グエン", "さん", "member", "外国から来た親のために、", 16, 17),
        ("大西様", "大西", "様", "member", "祖父母世代も参加できる子育て講座", 18, 19),
        ("子育て支援課", "", "子育て支援課", "government", "一時預かりの枠は、来年度から", 20, 21),
        ("林さん", "林", "さん", "member", "公園のトイレにおむつ替えの台を", 22, 22),
    ],
}

LINE_FATES = {
    "meeting-public-explanation.txt": "fbffffffbannb" "pppbsppppppbpppppF" "ppppppFF",
    "meeting-courtesy-names-cp932.txt": "fbffffbannb" "pppppppppppba",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name):
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


def test_the_government_and_the_public_speak_under_the_names_a_public_meeting_gives_them():
    # written apart from the fixture: the town in brackets, a participant in heavy brackets,
    # a numbered 町民, 行政側, 区民; before the turns 町民：１２名 and 県：土木事務所… are the
    # front matter's (a count, an attendee), not speakers
    parsed = _parse("あおば町 新庁舎建設に関する町民意見交換会 記録\n\n日時 令和６年５月１１日（土）１９時\n"
                    "町民：１２名\n県：土木事務所 清水主幹\n\n（町）　新庁舎の基本設計について説明いたします。\n"
                    "町民Ａ：駐車場は何台分を確保するのか。\n（町）　現在と同じ１２０台を確保します。\n"
                    "【参加者】　防災拠点としての機能を重視してほしい。\n行政側：非常用電源は７２時間分を備えます。\n"
                    "区民：バスの便も増やしてほしい。\n")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("町", "government", 7), ("町民Ａ", "member", 8), ("町", "government", 9),
        ("参加者", "member", 10), ("行政側", "government", 11), ("区民", "member", 12)]
    assert _fates(parsed) == "fbfffb" "pppppp"


def test_a_government_of_one_character_is_read_only_after_a_colon_or_in_brackets():
    # a title spelled apart stays one title (町　　長, its cell broken over lines), and a
    # character alone on its line or before spaces names no one
    got = _speakers("くろかわ町議会 会議録\n\n○議長（堀井正道）　町長。\n町　　長　　お答えいたします。\n"
                    "町\n長（岸本和之）　補足いたします。\n市　道の補修は来年度に行います。\n")
    assert [r[:4] for r in got] == [("議長（堀井正道）", "堀井正道", "議長", "chair"),
                                    ("町長", "", "町長", "government")]
    assert "長（岸本和之）" in got[1][4] and "市　道の補修" in got[1][4]


def test_people_named_with_a_courtesy_speak_and_words_of_address_do_not():
    # written apart from the fixture: a name alone on its line with the speech below, 様 after
    # a colon, units of the city in brackets and after a colon; 皆さん alone and お客様： are
    # words of the speech above, not speakers
    got = _speakers("ひばり市 公園づくりワークショップ 記録\n\n日時：令和６年９月１日（日）\n\n林さん\n"
                    "砂場を残してほしいです。\n皆さん\nそれぞれの意見を付箋に書いてください、と説明があった。\n"
                    "山口様：ベンチを日陰に置いてほしい。\nお客様：駐車場が狭い。\n【公園緑地課】　いただいた意見は設計に反映します。\n"
                    "環境政策室：樹木の伐採は最小限にします。\n市長さん：来年度の予算に計上します。\n")
    assert [r[:4] for r in got] == [("林さん", "林", "さん", "member"), ("山口様", "山口", "様", "member"),
                                    ("公園緑地課", "", "公園緑地課", "government"),
                                    ("環境政策室", "", "環境政策室", "government"),
                                    ("市長さん", "", "市長", "government")]
    assert got[0][4].startswith("砂場を残してほしいです。皆さん") and "お客様：駐車場が狭い。" in got[1][4]
