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
    # a prefecture's 審議会 議事録 as pdftotext gives it (wrapped lines, a blank line inside a
    # turn, page numbers, a form feed): each member's university, company or post in brackets
    # after their title (○北原委員（あおば大学大学院工学研究科教授）, ○南委員（…連合会副会長）,
    # the chair's too), once the council's own office held (○西田委員（副会長）)
    "record-member-affiliations.txt": [
        ("大川会長（あおば大学名誉教授）", "大川", "会長", "chair", "ただいまから第４回あおば県環境", 9, 11),
        ("事務局（環境政策課長）", "", "環境政策課長", "secretariat", "資料１により、骨子案の構成を", 12, 13),
        ("北原委員（あおば大学大学院工学研究科教授）", "北原", "委員", "member", "温室効果ガスの削減目標について", 15, 17),
        ("南委員（あおば県商工会連合会副会長）", "南", "委員", "member", "中小企業は省エネ設備への", 18, 20),
        ("西田委員（副会長）", "西田", "副会長", "member", "県民の行動を変えるには、", 22, 23),
        ("東山委員（ひばり銀行地域振興部長）", "東山", "委員", "member", "地域の金融機関として、脱炭素に", 24, 27),
        ("大川会長（あおば大学名誉教授）", "大川", "会長", "chair", "本日の御意見を踏まえ、", 28, 29),
    ],
    # a prefecture's 懇談会 議事要旨 as pypdf gives it (no blank lines, a break at the page's
    # width, page numbers): each person named by surname with the body they speak for in
    # brackets and a colon (石井（あおば市）：…, 山本（国土交通省あおば運輸支局）：…), the first
    # right under the attendee list, its sentence wrapped
    "summary-person-body-pypdf.txt": [
        ("石井（あおば市）", "石井", "", "other", "市内のバス路線は５年で３割減った。", 8, 9),
        ("長尾（ひばり交通株式会社）", "長尾", "", "other", "運転士の確保が最大の課題であり、", 10, 11),
        ("山本（国土交通省あおば運輸支局）", "山本", "", "government", "地域公共交通計画の見直しに", 12, 13),
        ("森田（あおば商工会議所）", "森田", "", "other", "観光客の二次交通として、", 15, 16),
        ("事務局（県交通政策課）", "", "県交通政策課", "secretariat", "各者の取組を次回までに整理し、", 17, 18),
    ],
    # a town 農業委員会's 総会会議録 typed as a Word table (the agenda's item | the speaker |
    # the speech) as pdftotext gives it: the narrow columns one character a line, the item
    # then the speaker stacked above the speech (開 / 会 / 会 / 長, 議 / 案 / 事 / 務 / 局,
    # ５ / 番, １ / １ / 番), a page number and a form feed
    "record-stacked-labels-pdftotext.txt": [
        ("会長", "", "会長", "chair", "定刻になったことを確認し、", 15, 16),
        ("議長", "", "議長", "chair", "改めまして、あけましておめでとう", 21, 22),
        ("事務局", "", "事務局", "secretariat", "議案第１号、農地法第３条の規定", 28, 29),
        ("５番", "５番", "", "member", "現地を確認しましたが、", 32, 32),
        ("議長", "", "議長", "chair", "ほかに御意見はありませんか。", 36, 36),
        ("１１番", "１１番", "", "member", "通作距離が長いので、", 40, 40),
        ("事務局", "", "事務局", "secretariat", "譲受人は軽トラックで通作しており、", 44, 44),
        ("議長", "", "議長", "chair", "以上で本日の総会を閉会いたします。", 49, 49),
    ],
    # a city 協働会議's 会議録（要旨） typed as a Word table (発言者 | 発言内容) as pdftotext
    # gives it: a speaker of one line above the speech (事務局), or each character of the
    # speaker beside a line of the speech (会 / それでは、… / 長 / 務局より…), a label wrapped
    # in its cell beside the speech (事務局 / 提言書（案）は、…中心 / （企画政策課長） / に行う。),
    # a heading of the agenda (■開会) above a speaker, a form feed inside the table
    "record-label-beside-speech-pdftotext.txt": [
        ("事務局", "", "事務局", "secretariat", "会議要綱第５条に基づき、", 14, 14),
        ("会長", "", "会長", "chair", "それでは、次第に従い会議を進める。まず、本日の会議資料について、事務局より説明", 16, 18),
        ("事務局（企画政策課長）", "", "企画政策課長", "secretariat",
         "提言書（案）は、第１章と第２章に分けて話し合う。発表は第２章を中心に行う。", 20, 22),
        ("委員", "", "委員", "member", "第２章の目標は、数値で示した方が分かりやすいのではないか。市民にとって成果", 24, 26),
        ("会長", "", "会長", "chair", "今日は提言書のまとめを中心に行う。最後まで活発な意見交換をお願いする。", 29, 31),
    ],
}

LINE_FATES = {
    "record-stacked-labels-pdftotext.txt": "ffffffffff" "aappppaappppaappppppppF" "pppppppppppaapppF",
    "record-label-beside-speech-pdftotext.txt": "fffffffffff" "appppppppppppppF" "pppp",
    "record-member-affiliations.txt": "fbfffffb" "pppppbppppppF" "pppbppppF",
    "summary-person-body-pypdf.txt": "fffffff" "ppppppF" "ppppF",
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


def test_where_a_named_member_comes_from_stays_out_of_their_name():
    # written apart from the fixture: heavy brackets around the label, a company and a post
    # apart by a space, a unit's head with the person in brackets (議事課長（今泉亮）: 議事
    # names the unit), a note (佐藤委員（欠席）) naming no speaker, an office held (副会長)
    got = _speakers("あおば県観光審議会 議事録\n\n日時　令和６年２月５日（月）\n\n"
                    "【山田座長（東京大学大学院教授）】\n　それでは、議事に入ります。\n"
                    "○西村委員（株式会社ひばり総研 主任研究員）　宿泊税の使途を明確にすべきだ。\n"
                    "○議事課長（今泉亮）　資料を配付しております。\n"
                    "佐藤委員（欠席）\n　書面の意見を事務局が代読した。\n"
                    "○大森委員（副会長）　賛成である。\n")
    assert [r[1:4] for r in got] == [("山田", "座長", "chair"), ("西村", "委員", "member"),
                                     ("今泉亮", "議事課長", "secretariat"), ("大森", "副会長", "member")]
    assert "佐藤委員（欠席）" in got[2][4]


def test_a_person_with_the_body_they_speak_for_is_a_speaker_of_that_body():
    # written apart from the fixture: after a mark, a ministry (government), a note in
    # brackets (田中（欠席）：, no body: the line above's text), a title with its person
    got = _speakers("物流の将来に関する懇談会 議事要旨\n\n日時：令和６年３月１日（金）\n出席者：別紙のとおり\n\n"
                    "○石井（みずなみ市）　山間部への配送が課題となっている。\n"
                    "山本（経済産業省）：物流の効率化への補助を検討している。\n"
                    "田中（欠席）：書面で意見を提出した。\n"
                    "会長（三上康之）：以上で本日の懇談会を終わります。\n")
    assert [r[:4] for r in got] == [("石井（みずなみ市）", "石井", "", "other"),
                                    ("山本（経済産業省）", "山本", "", "government"),
                                    ("会長（三上康之）", "三上康之", "会長", "chair")]
    assert "田中（欠席）：書面で" in got[1][4]


def test_a_label_stacked_one_character_a_line_is_read_above_or_beside_the_speech():
    # written apart from the fixtures: stacked labels of three characters (委員長, 副会長), one
    # beside three lines of speech (事 / … / 務 / … / 局 / …), a page number before a label;
    # labels of the front matter split so (日 / 時, 出 / 席 / 委 / 員 above names) stay front
    # matter: no speech follows them
    parsed = _parse("あおば町選挙管理委員会 会議録\n日\n時\n令和６年４月３日（水）午前１０時\n出\n席\n委\n員\n"
                    "北村 正一 田中 由美 森下 勇\n3\n委\n員\n長\n定刻になりましたので、ただいまから委員会を開きます。\n"
                    "副\n会\n長\n投票所の統合は、高齢者の移動手段と\n合わせて検討すべきである。\n"
                    "事\n期日前投票所を二か所増やす案を御説明します。商業施設の\n務\n協力を得て、駐車場を確保します。\n局\n以上です。\n"
                    "閉\n会\n委\n員\n長\n以上で閉会します。\n")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("委員長", "chair", 14, 14), ("副会長", "member", 18, 19), ("事務局", "secretariat", 21, 25),
        ("委員長", "chair", 31, 31)]
    assert parsed.points[2].text == "期日前投票所を二か所増やす案を御説明します。商業施設の協力を得て、駐車場を確保します。以上です。"
    assert _fates(parsed) == "fffffffff" "F" "ppppp" "ppppp" "ppppp" "aapppp"


def test_people_kept_anonymous_by_a_letter_and_a_courtesy_are_members():
    # Ａさん, Bさん as records of 座談会 print the public; Ａ alone still answers (Ｑ／Ａ)
    got = _speakers("まちづくり座談会 記録\n\n日時：令和６年６月１日（土）\n\nＡさん：駅前に広場がほしい。\n"
                    "Bさん：商店街の空き店舗を使うべきだ。\n参加者Ｃさん：ベンチを増やしてほしい。\nＡ：検討します。\n")
    assert [r[:4] for r in got] == [("Ａさん", "Ａ", "さん", "member"), ("Bさん", "B", "さん", "member"),
                                    ("参加者Ｃさん", "Ｃ", "参加者", "member"), ("Ａ", "", "Ａ", "secretariat")]


def test_an_utterance_number_before_a_heavy_bracket_is_no_part_of_the_header():
    # as a 会議録検索 site numbers each utterance before its 【speaker】 (up to five digits)
    got = _speakers("令和５年 総務委員会 ３月３日（金曜日）\n\n8120【吉野委員長】 ただいまから総務委員会を開会いたします。\n"
                    "8121【大野委員】 公会堂の説明会について伺います。\n12345〔吉田総合政策部長〕 説明会は必ず行います。\n")
    assert [r[:4] for r in got] == [("吉野委員長", "吉野", "委員長", "chair"), ("大野委員", "大野", "委員", "member"),
                                    ("吉田総合政策部長", "吉田", "総合政策部長", "government")]


def test_the_rest_of_a_label_wrapped_beside_the_speech_is_the_labels():
    # written apart from the fixture: the person in brackets under a title, the title's
    # qualifier; a stage direction there (（拍手）) and a bracket after a finished sentence are
    # no part of the label
    got = _speakers("会議録\n\n議長\n定刻となりましたので、ただいまから会議を開き\n（山本一郎）\nます。\n"
                    "環境政策課長\n排出量の推移を御説明いたします。前年度に比べて\n（脱炭素担当）\n３％減少しました。\n"
                    "石田委員\n削減の取組は評価できるが、\n（拍手）\n支援をさらに拡充すべきだ。\n"
                    "議長\n御意見として承ります。\n（山本一郎）\n")
    assert [r[:4] for r in got] == [("議長（山本一郎）", "山本一郎", "議長", "chair"),
                                    ("環境政策課長（脱炭素担当）", "", "環境政策課長", "government"),
                                    ("石田委員", "石田", "委員", "member"), ("石田委員", "石田", "委員", "member"),
                                    ("議長（山本一郎）", "山本一郎", "議長", "chair")]  # the holder rule
    assert [r[4] for r in got] == ["定刻となりましたので、ただいまから会議を開きます。",
                                   "排出量の推移を御説明いたします。前年度に比べて３％減少しました。",
                                   "削減の取組は評価できるが、", "支援をさらに拡充すべきだ。", "御意見として承ります。"]


def test_variants_of_a_public_meeting_written_after_the_rules():
    # written after the rules above as a check (at first sight 2 of 8 and 1 of 4 turns wrong):
    # the official in charge by office (県担当：), a courtesy with where the person comes from
    # (山本さん（みどり台自治会長）: no chair of anything here), who runs a workshop
    # (ファシリテーター：, as 司会), a unit after a colon, participants in heavy brackets
    got = _speakers("みどり台公園整備 地元説明会 会議録\n\n開催日時：令和６年１０月５日（土）午後２時\n"
                    "出 席 者：地元住民２５名、市（公園緑地課）３名\n\n【市】　資料に沿って整備計画を説明します。\n"
                    "【質問者１】　遊具はどのようなものを予定しているのか。\n○住民Ａ　夜間の照明が心配だ。\n"
                    "県担当：県道との交差点には信号機の設置を警察と協議しています。\n"
                    "山本さん（みどり台自治会長）：工事の日程は回覧板でも知らせてほしい。\n"
                    "ファシリテーター：ありがとうございました。\n企画課：いただいた提案は素案に反映します。\n")
    assert [r[:4] for r in got] == [("市", "", "市", "government"), ("質問者１", "１", "質問者", "member"),
                                    ("住民Ａ", "Ａ", "住民", "member"), ("県担当", "県", "担当", "government"),
                                    ("山本さん（みどり台自治会長）", "山本", "さん", "member"),
                                    ("ファシリテーター", "", "ファシリテーター", "secretariat"),
                                    ("企画課", "", "企画課", "government")]


def test_stacked_labels_written_after_the_rules():
    # written after the stacked and beside rules as a check (at first sight 1 of 5 turns wrong
    # in each): a seat then a title stacked (７ / 番 / 委 / 員: ７番委員), an item of the agenda
    # with its number (議 / 案 / 第 / １ / 号), a title of three characters beside the speech
    # whose last line beside it is short (副 / … / 会 / … / 長 beside しい。)
    stacked = _parse("あさひ村農業委員会総会 議事録\n日\n時\n平成３０年７月１０日（火）\n開\n会\n事\n務\n局\n長\n"
                     "ただいまから総会を開会いたします。\n議\n案\n第\n１\n号\n事\n務\n局\n"
                     "議案第１号は農地法第５条の規定による許可申請です。\n７\n番\n委\n員\n"
                     "現地を確認しました。周辺農地への影響はないと思います。\n")
    assert [(p.speaker.label, p.speaker.name, p.speaker.title, p.source.line_start) for p in stacked.points] == [
        ("事務局長", "", "事務局長", 11), ("事務局", "", "事務局", 20), ("７番委員", "７番", "委員", 25)]
    beside = _speakers("景観審議会 会議録（要点）\n開催日 令和６年８月２０日\n発言者\n発言内容\n"
                       "委\n重点地区の追加は評価できるが、住民への説明が不足しているのではないか。説明\n員\n会を開くべきだ。\n"
                       "副\n広告物の基準は、観光客にとって分かりやすい案内表示を妨げないよう配慮してほ\n会\nしい。\n長\n"
                       "会長\n御意見を踏まえ、事務局で修正してください。\n")
    assert [r[0] for r in beside] == ["委員", "副会長", "会長"]
    assert beside[0][4].endswith("説明会を開くべきだ。") and beside[1][4].endswith("配慮してほしい。")


def test_a_bullet_before_a_speakers_label_and_a_colon():
    # written after the person-with-body rule as a check (at first sight refused: no speaker):
    # summaries that list who said what as bullets — the bullet is no part of the label, and a
    # bullet before a word that names no speaker (・課題：…) stays the speaker's bullet
    got = _speakers("地域交通意見交換会 議事要旨\n日時 令和６年５月１５日\n出席者 別紙のとおり\n【意見交換】\n"
                    "・中村（みどり町）：町営バスの運転士が不足しており、来年度の減便を検討している。\n"
                    "・大橋（みどり交通株式会社）：路線の維持には、運賃の改定も必要と考えている。\n"
                    "• 山田委員：通学の足を確保すべきだ。\n・課題：人材の不足が深刻である。\n"
                    "・事務局：次回までに各者の取組を一覧にします。\n")
    assert [r[:4] for r in got] == [("中村（みどり町）", "中村", "", "other"),
                                    ("大橋（みどり交通株式会社）", "大橋", "", "other"),
                                    ("山田委員", "山田", "委員", "member"), ("山田委員", "山田", "委員", "member"),
                                    ("事務局", "", "事務局", "secretariat")]
    assert got[3][4] == "課題：人材の不足が深刻である。"
