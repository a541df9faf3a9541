"""Each style of minutes (header, bullet, front matter) on a small fixture, with its parse.

Rows of EXPECTED: (speaker, role, kind, start of the text, first line, last line).
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from assembler import minutes
from assembler.errors import ConfigError
from assembler.cli import main
from conftest import FIXTURES

MINUTES = FIXTURES / "minutes"
PATTERNS = MINUTES / "user-patterns.yaml"

MEETINGS = {
    # file: (id, council, session, date, time, place, kind, attendee groups)
    "summary-paren.txt": ("m03", "テスト推進懇談会", 3, "2020-06-01", "10:00–11:00",
                          "中央合同庁舎第８号館 会議室", "議事要旨",
                          [("委員", ("飯島委員", "小林委員", "高橋座長")), ("幹事", ("山田審議官",)),
                           ("代理出席", ("佐藤参事官（鈴木局長代理）",))]),
    "summary-bracket-numbered.txt": ("m04", "テスト推進懇談会", 4, "2020-07-01", "14:00–16:00",
                                     "オンライン", "議事要旨", []),
    "summary-colon.txt": ("m05", "テスト推進懇談会", 5, "2020-08-03", "10:00–12:00", "オンライン",
                          "議事要旨", []),
    "summary-reported.txt": ("m06", "テスト推進懇談会", 6, "2020-09-01", None, "オンライン",
                             "議事要旨", []),
    "summary-name-alone.txt": ("m07", "テスト推進懇談会", 7, "2019-07-26", "14:00–15:56",
                               "オンライン", "議事要旨", [("委員", ("飯島委員", "小林委員"))]),
    "verbatim.txt": ("m02", "テスト推進本部", 2, "2022-03-01", "10:00–10:30", None, "議事録",
                     [("委員", ("東会長", "飯島委員")), ("政府", ("河野大臣", "宮腰大臣"))]),
    "verbatim-pdftotext.txt": ("m03", "地域交通再生検討会", 3, "2024-01-29", "09:30–11:56",
                               "合同庁舎４号館 共用会議室", "議事録", []),
    "verbatim-legend.txt": ("m04", "データ連携推進委員会", 4, "2023-10-03", "14:00–15:30",
                            "本部 第２会議室", "議事録", []),
    "assembly-verbatim.txt": ("m02", "令和５年みどり市議会定例会", 2, "2023-06-12", None, None,
                              "会議録", []),
    "summary-inline-brackets.txt": ("m01", "令和６年度みどり市子ども・若者会議", 1, "2024-05-10",
                                    "18:30–20:30", "防災センター４０２会議室", "会議録",
                                    [("委員", ("加藤会長", "市川副会長", "松田委員")),
                                     ("事務局", ("冨田子ども家庭部長",))]),
    "committee-qa.txt": ("m20240214", "令和６年２月みどり県議会環境委員会", None, "2024-02-14",
                         "10:02–11:30", "第３委員会室", "会議記録", []),
    "web-page-text.txt": ("m20231120", "みどり県森林・林業審議会企画部会", None, "2023-11-20", None,
                          None, "議事録", []),
    "summary-angle-brackets.txt": ("m03", "水道事業経営検討会", 3, "2025-05-12", "10:00–11:30",
                                   "中央合同庁舎第４号館\u3000共用会議室", "議事要旨", []),
    "user-patterns.txt": ("m08", "テスト推進懇談会", 8, "2023-01-10", None, None, "議事要旨", []),
    "summary-officials-pdftotext.txt": ("m02", "水辺空間活用検討会", 2, "2024-08-20", "14:00–16:00",
                                        "中央合同庁舎３号館 第１会議室", "議事要旨", []),
    "verbatim-broken-headers.txt": ("m04", "公共交通データ連携会議", 4, "2024-11-06", "10:00–11:30", None,
                                    "議事録", []),
    "summary-agenda-headings-pypdf.txt": ("m02", "漁港活用検討会", 2, "2025-01-21", "10:00–12:00",
                                          "中央合同庁舎１号館 第３会議室", "議事要旨",
                                          [("委員", ("浜口座長", "秋山委員", "古田委員")),
                                           ("事務局", ("水産庁漁港漁場整備部計画課長 ほか",))]),
    # 第２１２回国会 is the Diet's session, not the meeting's: the meeting is known by its date
    "diet-committee.txt": ("m20231114", "第２１２回国会環境委員会", None, "2023-11-14", None, None, "議事要旨",
                           [("出席委員", ("委員長\u3000西川\u3000一郎君", "理事\u3000東\u3000花子君",
                                          "理事\u3000南\u3000三郎君", "北山\u3000四郎君", "中島\u3000五郎君")),
                            ("出席国務大臣", ("環境大臣\u3000大沢\u3000六郎君",)),
                            ("政府参考人", ("（環境省水・大気環境局長）\u3000松井\u3000七郎君",))]),
    "assembly-stenographic.txt": ("m20240611", "環境・建設委員会", None, "2024-06-11", None, None, "速記録",
                                  [("出席委員", ("委員長長谷\u3000勇君", "副委員長井上\u3000さくら君",
                                                 "理事大田\u3000誠君", "木村\u3000ゆかり君")),
                                   ("欠席委員", ())]),
    "assembly-committee-record.txt": (
        "m20240216", "みどり県議会農政水産委員会", None, "2024-02-16", None, "第４委員会室", "記録",
        [("出席委員", ("委員長\u3000青木\u3000健一君", "副委員長\u3000永井\u3000里美君",
                       "委員\u3000石田\u3000浩二君", "宇野\u3000久美子君", "江口\u3000大樹君",
                       "小川\u3000誠君")),
         ("欠席委員", ()),
         ("説明のため出席した者", ("農政部長\u3000加納\u3000伸也君", "水産振興課長\u3000菊池\u3000和子君")),
         ("職務のため出席した事務局職員", ("議事課主査\u3000工藤\u3000学君",))]),
}

EXPECTED = {
    # pdftotext of a 議事録: 「議 事 録」 spaced, 日時 split one character a line, agenda
    # bullets before the first speaker, titles not in the role table, a paragraph broken by a
    # blank line and by a page break, （５）が inside a sentence, an inline （拍手）, two
    # headers in a row, the chair handing over the floor, 以上 / 閉会 / the contact footer
    "verbatim-pdftotext.txt": [
        ("東岡計画官", "secretariat", "procedural", "ただいまから第３回地域交通再生検討会を", 17, 18),
        ("川端座長", "chair", "procedural", "ありがとうございました。それでは、議事に入ります。", 20, 21),
        ("髙橋（清）委員", "member", "opinion",
         "髙橋でございます。地方の路線バスは、運転手の不足が深刻になっており、減便が続いている"
         "状況です。このため、自動運転の実証を早期に本格運行へつなげる仕組みが必要だと考えます。"
         "（５）が、引き続き課題が残る部分でして、財源の確保について国の支援をお願いしたいと思います。",
         23, 29),
        ("川端座長", "chair", "procedural", "ありがとうございました。清水委員、お願いいたします。", 30, 30),
        ("清水委員", "member", "opinion", "乗合タクシーの運賃制度を柔軟にすべきです。", 33, 33),
        ("中西委員", "member", "opinion", "デマンド交通の予約システムを共通化すべきです。", 34, 34),
        ("川端座長", "chair", "procedural", "ありがとうございます。本日の議論はここまで", 35, 35),
    ],
    # （飯島委員） headers; ・ ● － U+F09E bullets; a bullet wrapped over two lines
    "summary-paren.txt": [
        ("飯島委員", "member", "opinion", "デジタル人材の育成が急務である。特に地方では、人材", 15, 16),
        ("飯島委員", "member", "opinion", "中小企業への支援を強化すべき。", 17, 17),
        ("飯島委員", "member", "opinion", "規制改革を進めるべき。", 18, 18),
        ("飯島委員", "member", "opinion", "データ連携の基盤を整備すべき。", 19, 19),
        ("高橋座長", "chair", "opinion", "本日の議論を踏まえ", 21, 21),
    ],
    # 【飯島委員】 headers; １． （１） ⑴ ① bullets; １．開会 / ３．閉会 stay agenda lines
    "summary-bracket-numbered.txt": [
        ("飯島委員", "member", "opinion", "人材育成が重要である。", 8, 8),
        ("飯島委員", "member", "opinion", "データ連携を進めるべき。", 9, 9),
        ("飯島委員", "member", "opinion", "地方の事例を集めるべき。", 10, 10),
        ("飯島委員", "member", "opinion", "国際標準に合わせるべき。", 11, 11),
        ("飯島委員", "member", "opinion", "予算を確保すべき。", 12, 12),
        ("東原部会長", "chair", "opinion", "次回までに論点を整理したい。", 14, 14),
    ],
    # 飯島委員：text (wrapped), 小林委員： alone with ○ bullets, 事務局：text
    "summary-colon.txt": [
        ("飯島委員", "member", "opinion", "デジタル化の遅れを取り戻すには、行政手続", 5, 6),
        ("小林委員", "member", "opinion", "人への投資を強化すべき。", 8, 8),
        ("小林委員", "member", "opinion", "研究開発の予算を増やすべき。", 9, 9),
        ("事務局", "secretariat", "opinion", "本日の意見を取りまとめる。", 10, 10),
    ],
    # ○飯島委員より、…との意見があった。 is a point; ○ 事務局から、…説明された。 is narrative
    "summary-reported.txt": [
        # a report of words is the words (its sentence the narration)
        ("飯島委員", "member", "opinion", "地方の中小企業のデジタル化を支援", 7, 8),
        ("委員", "member", "opinion", "国際標準化を主導すべき", 9, 9),
        ("小林委員", "member", "opinion", "研究開発の成果を社会実装につなげるべき。", 11, 11),
    ],
    # a name alone on a line, paragraphs indented with U+3000; １ 日 時  value on one line
    "summary-name-alone.txt": [
        ("飯島委員", "member", "opinion", "地域の交通をデジタルで支えるべき。", 9, 9),
        ("飯島委員", "member", "opinion", "データの標準化を急ぐべき。", 10, 10),
        ("小林委員", "member", "opinion", "人材の流動化を促すべき。", 13, 13),
    ],
    # ○東会長　… (U+25CB, full-width space), 〇河野大臣： alone (U+3007), stage directions
    "verbatim.txt": [
        ("東会長", "chair", "procedural", "それでは、ただいまから第２回会合を開催いたします。", 11, 11),
        ("東会長", "chair", "procedural", "本日は、重点計画について御議論いただきます。", 12, 12),
        ("河野大臣", "government", "opinion", "デジタル庁では、", 14, 14),
        ("河野大臣", "government", "opinion", "また、行政手続のオンライン化を進めます。", 15, 15),
        ("宮腰大臣", "government", "opinion", "地方創生の観点から", 17, 17),
        ("飯島委員", "member", "opinion", "人材育成の予算を増やすべきだと考えます。地方大学", 19, 20),
        ("東会長", "chair", "procedural", "以上の方針でよろしいでしょうか。", 21, 21),
        ("東会長", "chair", "procedural", "ありがとうございます。", 23, 23),
    ],
    # a legend line (◎は委員長、○は委員、●は事務局の発言): the mark alone names the speaker
    "verbatim-legend.txt": [
        ("事務局", "secretariat", "procedural", "定刻となりましたので、第４回委員会を開催", 11, 12),
        ("委員長", "chair", "procedural", "それでは議事に入る。", 14, 14),
        # the plain style's 「…を説明する」 is the polite 「…を説明します」: announcing the papers
        ("事務局", "secretariat", "procedural", "資料１に沿って、前回の議論の整理を説明する。", 15, 15),
        ("委員", "member", "opinion", "資料１の３ページについて、中小事業者の負担をもう少し", 16, 17),
        ("事務局", "secretariat", "procedural", "次回までに費用の試算をお示しする。", 18, 18),
        ("委員長", "chair", "procedural", "ほかに御意見がなければ、本日はこれで閉会とする。", 19, 19),
    ],
    # a local assembly: 議長（川端宏明君）, １番（中村六郎君）, spaces inside a name, 散会
    "assembly-verbatim.txt": [
        ("議長（川端宏明君）", "chair", "procedural", "ただいまから本日の会議を開きます。", 5, 6),
        ("議長（川端宏明君）", "chair", "procedural", "１番、中村六郎議員の質問を許します。", 7, 7),
        ("１番（中村六郎君）", "member", "procedural", "おはようございます。地域公共交通について", 8, 8),
        ("１番（中村六郎君）", "member", "opinion", "コミュニティバスの利用者が減っており、", 9, 10),
        # a paragraph that only announces the answer heads it (one point; changed deliberately
        # with tests/test_forms_assembly8.py: it was a procedural point of its own)
        ("市長（田中一郎君）", "government", "opinion", "お答えいたします。路線の見直しについては、利用実態の調査", 11, 13),
        ("議長（川端宏明君）", "chair", "procedural", "以上で一般質問を終わります。", 14, 14),
        ("議長（川端宏明君）", "chair", "procedural", "本日はこれにて散会いたします。", 15, 15),
    ],
    # 【委員】 alone on a line, （事務局）… with the speech on the same line, 議事１ as agenda,
    # two attendee groups on one line, 午後 times
    "summary-inline-brackets.txt": [
        # 「事務局より資料１の説明」 reports the secretariat's act: its procedural point (prose.py)
        ("事務局", "secretariat", "procedural", "事務局より資料１の説明", 8, 8),
        ("委員", "member", "opinion", "計画の指標が多すぎて、何を優先するのかが見えにくい。", 11, 12),
        ("会長", "chair", "opinion", "指標の整理については、次回までに事務局で案を", 14, 14),
        ("事務局", "secretariat", "opinion", "承知しました。", 15, 15),
        ("委員", "member", "opinion", "子どもの意見を聴く機会を、学校以外の場にも", 16, 16),
    ],
    # 【渡邉(光)委員長】 with the speech on its line; Ｑ/Ａ marks before the speaker
    "committee-qa.txt": [
        ("渡邉(光)委員長", "chair", "procedural", "それでは、ただいまから環境委員会を開会", 9, 9),
        # announcing the sitting's business is procedural (it was read as an opinion before
        # the kind corpus of tests/fixtures/kind)
        ("渡邉(光)委員長", "chair", "procedural", "本日は、所管事務の調査を行います。", 10, 10),
        ("片山委員", "member", "opinion", "里山の保全について、担い手の確保が", 13, 14),
        # an official answering a committee, who runs no part of the meeting: government
        ("森林整備課長", "government", "opinion", "来年度から、活動団体の資機材購入への", 17, 17),
        ("片山委員", "member", "opinion", "補助の対象に若い世代の団体も含めるよう", 20, 20),
    ],
    # a web page saved as text: • before a speaker's name alone, a title then spaces then the
    # speech (林務課長 資料１に…, 委員 公共建築物…), the date in the title's brackets
    "web-page-text.txt": [
        ("高山林務課課長補佐", "secretariat", "procedural", "予定の時刻になりましたので、", 13, 14),
        ("川口部会長", "chair", "procedural", "それでは議事に入ります。", 16, 17),
        ("林務課長", "secretariat", "procedural", "資料１に沿って、県産材の利用拡大の方針を", 18, 18),
        ("委員", "member", "opinion", "公共建築物での利用目標を、もう少し高く", 19, 19),
    ],
    # pdftotext of a 議事要旨 whose headers stand in other brackets: ＜…＞, 〈…〉, 《…》, ≪…≫
    # (a qualifier inside), a bullet wrapped without indent, a page number and a form feed
    "summary-angle-brackets.txt": [
        ("小田座長", "chair", "opinion", "本日は料金体系の見直しについて", 7, 7),
        ("岸本委員", "member", "opinion", "老朽管の更新には長期の投資計画が欠かせず、料金の段階的な改定を検討すべき。", 10, 11),
        ("岸本委員", "member", "opinion", "小規模な事業体の広域連携を後押しする仕組みが必要。", 12, 12),
        ("松浦委員", "member", "opinion", "漏水対策にセンサーを活用し", 15, 15),
        ("森委員", "member", "opinion", "人口減少を見据えて", 19, 19),
        # ≪事務局（水道課長）≫: the post in the group's brackets is the speaker's (labels15)
        ("事務局（水道課長）", "secretariat", "procedural", "御指摘の点は、次回までに試算を", 22, 22),
    ],
    # an assembly's 委員会記録 (pdftotext): ◎ labels of the front matter, rosters of names
    # with 君 (出席委員, 欠席委員, 説明のため出席した者 …), 午前１０時０２分開議, a name with a
    # space inside the header (○青木　健一委員長), a running head and page numbers
    "assembly-committee-record.txt": [
        ("青木健一委員長", "chair", "procedural", "ただいまから農政水産委員会を開会いたします。", 20, 20),
        ("青木健一委員長", "chair", "procedural", "本日は、所管事務の調査を行います。", 21, 21),
        ("石田委員", "member", "opinion", "漁業の担い手について伺います。新規に就業した方のうち、５年後も続けている", 22, 23),
        # the executive answering the committee (説明のため出席した者) is government
        ("菊池水産振興課長", "government", "opinion", "お答えいたします。おおむね６割でございます。", 26, 26),
        ("石田委員", "member", "opinion", "定着を高めるため、住まいの確保も含めた支援を求めます。", 27, 27),
        ("青木健一委員長", "chair", "procedural", "以上で本日の委員会を閉会いたします。", 28, 28),
    ],
    # pdftotext of a 議事要旨 whose officials speak under their office: ＜office（person
    # title）＞ over 30 characters, one broken over two lines by the extractor, an unknown
    # title (河川環境保全調整官: the role of the table's titles that end so, 企画調整官 — an
    # official, who presents here: government; it was other), 【吉川 / 委員】 broken, the running head 検討会（第２回）, a blank
    # line inside a bullet; after the last turn 【参考】 and （別紙） are back matter
    "summary-officials-pdftotext.txt": [
        ("国土交通省水管理・国土保全局河川環境課（三宅河川環境保全調整官）", "government", "opinion",
         "資料１に基づき、かわまちづくりの登録状況と、民間事業者による河川敷の", 8, 9),
        # another ministry's official presenting to the council: government, not its secretariat
        ("農林水産省農村振興局整備部水資源課農業用水対策室（大槻室長）", "government", "opinion",
         "農業用水路の多面的な活用について説明。", 11, 11),
        ("吉川委員", "member", "opinion", "河川敷の占用は手続に時間がかかりすぎており、民間の参入を妨げている。審査の", 15, 16),
        ("吉川委員", "member", "opinion", "水辺の賑わいは夜間の照明や防犯とも関係するので、自治体の警察や消防との連携", 19, 21),
        ("水野委員", "member", "opinion", "小さな町では担い手が足りないので", 23, 23),
        ("津田座長", "chair", "opinion", "本日の意見を踏まえ、事務局で論点を整理していただきたい。", 25, 25),
    ],
    # pdftotext of a 議事録 with headers the extractor broke (○( / 増井座長) …, ○ / 増井座長　…),
    # an office then a person (○国土交通省…推進課　菅原課長補佐　…), numbered paragraphs in a
    # turn that start with words of an agenda (１．報告書の…), a header atop two pages (no
    # running head), a turn's paragraphs across a blank line, ＜参考＞ after the last turn
    "verbatim-broken-headers.txt": [
        ("増井座長", "chair", "procedural", "それでは、第４回の会議を始めます。", 7, 7),
        ("増井座長", "chair", "procedural", "まず、事務局から資料の説明をお願いします。", 8, 8),
        ("国土交通省総合政策局モビリティサービス推進課菅原課長補佐", "secretariat", "opinion",
         "資料１を御覧ください。バスの運行データの共通形式について", 9, 10),
        ("増井座長", "chair", "procedural", "ありがとうございました。御意見をお願いします。", 12, 12),
        ("丹羽委員", "member", "procedural", "２点申し上げます。", 13, 13),
        ("丹羽委員", "member", "opinion", "報告書の構成について、利用者の視点からの章を加えるべき", 14, 14),
        ("丹羽委員", "member", "opinion", "その他の論点として、データの更新頻度を定める必要があります。", 15, 15),
        ("増井座長", "chair", "procedural", "ありがとうございます。", 18, 18),
        ("丹羽委員", "member", "opinion", "補足しますと、地方の事業者には、データを作る人手がありません。", 20, 20),
        ("丹羽委員", "member", "opinion", "国による作成の支援を、来年度から始めていただきたい", 22, 22),
        ("増井座長", "chair", "procedural", "ほかにいかがでしょうか。", 25, 25),
    ],
    # an assembly's 速記録 saved as text: the date in kanji numerals, 出席委員 with names whose
    # title is glued on, rules between turns (furniture), paragraphs indented by one space,
    # the clock in a line （13:00） and 「異議なし」と呼ぶ者あり (stage), 休憩 / 再開 / 散会 lines
    "assembly-stenographic.txt": [
        ("長谷委員長", "chair", "procedural", "ただいまから環境・建設委員会を開会いたします。", 17, 17),
        ("長谷委員長", "chair", "opinion", "本日は、お手元配布の会議日程のとおり", 18, 18),
        ("長谷委員長", "chair", "procedural", "報告事項に入ります。", 20, 20),
        ("長谷委員長", "chair", "procedural", "理事者から説明願います。", 21, 21),
        # the announcing paragraph heads the explanation it announces (was a point of its own)
        ("宮下下水道局長", "government", "opinion", "下水道の耐震化について御説明申し上げます。本計画は、幹線管路の点検結果を踏まえ",
         22, 23),
        ("宮下下水道局長", "government", "procedural", "以上で説明を終わります。", 25, 25),
        ("木村委員", "member", "opinion", "避難所につながる管路を先に対策すべきだと考えます。", 27, 27),
        ("長谷委員長", "chair", "procedural", "休憩いたします。", 28, 28),
        ("長谷委員長", "chair", "procedural", "委員会を再開いたします。", 32, 32),
        ("宮下下水道局長", "government", "opinion", "対象はおよそ百二十キロメートルでございます。", 33, 33),
        ("長谷委員長", "chair", "procedural", "以上で報告事項の聴取を終わります。", 34, 34),
    ],
    # pypdf of a ministry's 議事要旨: attendee groups in brackets on the label's line and the
    # next ((事務局)水産庁… ほか is no speaker), numbered agenda headings before and after
    # the turns ((３)閉会 ends the last turn), the narrative after it, the contact footer
    "summary-agenda-headings-pypdf.txt": [
        # …説明があった後、意見交換が行われた。: the secretariat's act, a procedural point (prose._JOINT)
        ("事務局", "secretariat", "procedural", "事務局より資料１について説明があった後、意見交換が行われた。", 9, 9),
        ("秋山委員", "member", "opinion", "使われなくなった漁港の用地を、釣りや体験漁業の拠点として貸し出す仕組みを整えるべき。", 12, 13),
        ("秋山委員", "member", "opinion", "地元の漁協が窓口を担えるよう", 14, 14),
        ("事務局", "secretariat", "opinion", "占用の手続については", 17, 17),
        ("古田委員", "member", "opinion", "海業の取組は、漁業者の所得の向上につながることを示さなければ、地元の理解が得られない。", 19, 20),
        # the chair's instruction reported after （３）閉会 is the chair's (procedural: next steps);
        # it was the narrator's before the narrative summaries were read (prose.py)
        ("浜口座長", "chair", "procedural", "本日の意見を踏まえて次回までに論点を整理するよう", 22, 23),
    ],
    # pdftotext of a Diet committee's record: 出席委員 / 出席国務大臣 / 政府参考人 rosters
    # with 君 and an office in brackets, rules (―――◇―――), ○西川委員長 / ○大沢国務大臣 /
    # ○松井政府参考人 turns, paragraphs indented with U+3000, a turn across a page break
    "diet-committee.txt": [
        ("西川委員長", "chair", "procedural", "これより会議を開きます。", 17, 17),
        ("西川委員長", "chair", "opinion", "環境の基本施策に関する件について", 18, 18),
        ("西川委員長", "chair", "opinion", "質疑の申出がありますので", 19, 19),
        ("東委員", "member", "opinion", "おはようございます。海洋ごみについて伺います。", 20, 20),
        ("東委員", "member", "opinion", "漂着ごみの回収は自治体の負担が大きく、国の支援を拡充すべきだと考えますが、大臣の見解をお尋ねします。", 21, 22),
        # the announcing paragraph heads the answer (was a procedural point of its own)
        ("大沢国務大臣", "government", "opinion", "お答えいたします。回収と処理の費用については", 24, 25),
        # a 政府参考人 answers for the government (roles.yaml)
        ("松井政府参考人", "government", "opinion", "補足して御説明いたします。", 26, 26),
        ("東委員", "member", "procedural", "ありがとうございました。終わります。", 27, 27),
        ("西川委員長", "chair", "procedural", "本日は、これにて散会いたします。", 28, 28),
    ],
    # a user's YAML: ◎飯島委員　… turns, ▶ bullets, 開催年月日 for the date
    "user-patterns.txt": [
        ("飯島委員", "member", "opinion", "自治体の共通基盤を整備すべき。", 3, 3),
        ("飯島委員", "member", "opinion", "標準仕様を早く示すべき。", 4, 4),
        ("小林委員", "member", "opinion", "人材の確保が課題である。", 5, 5),
    ],
}


def _parse(name: str):
    return minutes.parse_file(MINUTES / name, patterns=PATTERNS if name.startswith("user") else None)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_style_parses_to_its_expected_points(name):
    parsed = _parse(name)
    got = [(p.speaker.label, p.speaker.role, p.kind, p.text, p.source.line_start,
            p.source.line_end) for p in parsed.points]
    want = EXPECTED[name]
    assert [g[:3] + g[4:] for g in got] == [w[:3] + w[4:] for w in want]
    for g, w in zip(got, want):
        assert g[3].startswith(w[3]), (g[3], w[3])


@pytest.mark.parametrize("name", sorted(MEETINGS))
def test_each_style_front_matter(name):
    m = _parse(name).meeting
    got = (m.id, m.council, m.session, m.date, m.time, m.place, m.kind,
           [(g.group, g.names) for g in m.attendees])
    assert got == MEETINGS[name]


# Where each line of a fixture ends: f front, a agenda, n narrative, p point, s stage,
# F furniture, b blank, u unread (one letter a line, in order).
LINE_FATES = {
    "summary-reported.txt": "ffffbnpppnp",
    "verbatim.txt": "fffffffffbpppppsp" "sppps" "p",
    "verbatim-pdftotext.txt": "fbfbffffbfbf" "aaab" "ppbppbpbpppFp" "pppppp" "FnFFFF",
    "verbatim-legend.txt": "fbfbfbfbfb" "ppbpppppp" "bF",
    "assembly-verbatim.txt": "fff" "bpppppppppppn",
    "summary-inline-brackets.txt": "fbfffb" "apb" "pppppppbF",
    "committee-qa.txt": "fbfbfbfb" "ppbpppbppbpp",
    "summary-angle-brackets.txt": "fbffb" "ppbppppbppbFppbpp" "bF",
    "web-page-text.txt": "fbfbffbabnb" "pppppppp" "bF",
    "assembly-committee-record.txt": "fbffffffffffffff" "abf" "ppppFF" "pppnF",
    "summary-officials-pdftotext.txt": "fbffb" "ppppppbpppp" "FFpbppppp" "bffffffF",
    "verbatim-broken-headers.txt": "ffbfb" "pppppppppp" "Fppppbp" "Fppbf" "fF",
    "assembly-stenographic.txt": "fbfffffffbfbffab" "ppFppppspF" "ppnbnpppn",
    "summary-agenda-headings-pypdf.txt": "fffff" "aaapn" "ppppFppppp" "appF" "FFFF",
    "diet-committee.txt": "fffffffffffFfffF" "ppppppFppppp" "nF",
}
_LETTER = {"front": "f", "agenda": "a", "narrative": "n", "point": "p", "stage": "s",
           "furniture": "F", "blank": "b", "unread": "u"}


@pytest.mark.parametrize("name", sorted(LINE_FATES))
def test_every_line_of_a_fixture_ends_in_its_place(name):
    parsed = _parse(name)
    assert "".join(_LETTER[d] for d in parsed.lines) == LINE_FATES[name]


def test_stage_directions_are_recorded_with_their_line():
    got = [(d.line, d.text) for d in _parse("verbatim.txt").directions]
    assert got == [(16, "（拍手）"), (18, "（宮腰大臣退室）"), (22, "（「異議なし」と声あり）")]
    assert [(d.line, d.text) for d in _parse("verbatim-pdftotext.txt").directions] == [(29, "（拍手）")]
    assert [(d.line, d.text) for d in _parse("assembly-stenographic.txt").directions] == [
        (17, "（13:00）"), (24, "（「異議なし」と呼ぶ者あり）")]


def test_pages_of_pdftotext_form_feeds():
    assert [p.source.page for p in _parse("verbatim-pdftotext.txt").points] == [1, 1, 1, 2, 2, 2, 2]


def test_stage_directions_and_narrative_are_never_points():
    texts = [p.text for n in EXPECTED for p in _parse(n).points]
    for fragment in ("拍手", "退室", "異議なし", "説明された", "以下の発言", "１．開会", "３．閉会",
                     "分閉会", "分散会", "問い合わせ", "内線", "（以上）"):
        assert not any(fragment in t for t in texts), fragment


def test_without_the_user_patterns_that_file_loses_its_bullet_and_date():
    # ◎ turns are read on their form; the ▶ bullet and the 開催年月日 label need the patterns
    parsed = minutes.parse_file(MINUTES / "user-patterns.txt")
    assert [p.speaker.label for p in parsed.points] == ["飯島委員", "小林委員"]
    assert parsed.points[0].text == "自治体の共通基盤を整備すべき。▶ 標準仕様を早く示すべき。"
    assert parsed.meeting.date is None
    with_patterns = minutes.parse_file(MINUTES / "user-patterns.txt", patterns=PATTERNS)
    assert len(with_patterns.points) == 3 and with_patterns.meeting.date == "2023-01-10"


def test_patterns_option_on_the_command_line(in_root):
    r = CliRunner().invoke(main, ["parse", "tests/fixtures/minutes/user-patterns.txt",
                                  "--patterns", "tests/fixtures/minutes/user-patterns.yaml"])
    assert r.exit_code == 0, r.output
    assert "3 points (0 procedural) from 2 speakers" in r.output


BAD_PATTERNS = [
    ("speaker_headers:\n  - '^◎(?P<label>[^）+$'\n",
     "speaker_headers[0]: not a valid regular expression (unterminated character set at "
     "position 12); check the brackets and escape \\ in YAML quotes"),
    ("speaker_headers:\n  - '^◎(\\S+)$'\n",
     "speaker_headers[0]: the pattern has no (?P<label>...) group for the speaker; name the "
     "group that holds 飯島委員 'label'"),
    ("speaker_header:\n  - '^x'\n", "speaker_header: unknown key; did you mean 'speaker_headers'?"),
    ("bullets:\n  char: '▶'\n", "bullets.char: unknown key; did you mean 'chars'?"),
    ("bullets:\n  patterns:\n    - '(('\n",
     "bullets.patterns[0]: not a valid regular expression (missing ), unterminated subpattern "
     "at position 1); check the brackets and escape \\ in YAML quotes"),
    ("front_labels:\n  dates: [開催日]\n", "front_labels.dates: unknown key; did you mean 'date'?"),
    ("front_labels:\n  place: 会場\n", "front_labels.place: expected a list"),
    ("- a\n", "expected a mapping with speaker_headers, bullets or front_labels"),
    ("bullets: [\n", "line 2: invalid YAML: expected the node content, but found '<stream end>'; check the "
     "indentation and the ': ' after each key on this line and the ones before it; put a value that holds ': ' "
     "or ' #' in quotes"),
]


@pytest.mark.parametrize("text, message", BAD_PATTERNS)
def test_bad_patterns_name_the_file_and_key(tmp_path, text, message):
    f = tmp_path / "patterns.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        minutes.load_patterns(f)
    assert str(e.value) == f"{f}: {message}"


def test_a_colon_header_with_the_office_before_the_name():
    from assembler.ingest.text import split_lines

    src = split_lines("検討会（第１回）議事録\n\n厚生労働省健康局健康課・山本課長補佐:\n"
                      " ただ今より第１回検討会を開催いたします。\n", "x.txt", encoding="utf-8")
    (p,) = minutes.parse_source(src).points
    assert (p.speaker.label, p.speaker.role, p.source.line_start) == (
        "厚生労働省健康局健康課・山本課長補佐", "secretariat", 4)
