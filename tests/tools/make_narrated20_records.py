"""Write the narrated20 records: a narrated sentence read by its acts and its subject, whatever the
punctuation around the subject. Three forms:

1. two acts of two speakers in one sentence (``会長からあいさつがあり、続いて事務局から…を報告した。``,
   ``…から…が示された後、…から…について補足があった。``, ``…説明があり、これに対し…から…との意見があった。``):
   a speaker named with から/より and a speech act, a clause joint (…があり、 …た後、 …の後、 …、続いて
   …、これに対し), then a second speaker and their act — two turns, on a ○ line, a bullet or in a paragraph;
2. a unit in brackets right before より/から (``○　事務局（都市計画課）より、資料２に基づき…を説明。``,
   ``○ 事務局（建築指導課）から、…との回答があった。``): the sentence's subject, not a label before speech;
3. a head naming a body and a person (``【北陵大学（杉浦教授）】``) over bullets, then an answer's label alone
   after a mark (``◆事務局（産業振興課）``, ``→事務局（商工観光課）``): the answer the label's turn.

Written with the rules:

- ``civic-council-two-acts-pdftotext.txt`` (1): a 市民協働推進会議's 議事要旨 in pdftotext's shape, written by
  hand: ○ sentences of two acts broken across lines, a blank line inside one, ``－ 1 －`` and a form feed, an
  indented paragraph after it;
- ``zoning-council-unit-subject-pdftotext.txt`` (2): a 都市計画審議会's 議事要旨 in pdftotext's shape: ○ lines
  whose subject is ``事務局（…課）`` before より/から, acts and words, a line broken, a blank line, a form feed;
- ``industry-hearing-answer-marks-pdftotext.txt`` (3): a 産業振興懇談会's 意見聴取 in pdftotext's shape:
  【body（person）】 heads over bullets, ``◆事務局（産業振興課）`` and ``◇事務局`` alone over the answers.

Written apart, after the rules and before they were run on them (other bodies, names, words, layout):

- ``harbor-council-two-acts.docx`` (1): a 港振興協議会's 議事概要 in Word, ・ bullets: ``…あいさつがあった後、``,
  ``…が提示され、続いて…``, ``…説明を行い、これに対して…``;
- ``welfare-council-unit-subject-eucjp.txt`` (2): a 高齢者福祉推進協議会's 会議録（要点） as EUC-JP with CRLF,
  〇 (U+3007) lines: ``〇事務局（高齢福祉課）から、資料１により…を報告。``, ``〇事務局（介護保険課長）から、…旨の説明が
  あった。``;
- ``tourism-hearing-answer-marks.docx`` (3): a 観光振興計画策定委員会's 議事録 in Word: ＜body（person）＞ heads
  over ○ bullets, ``→事務局（商工観光課）``, ``→事務局（商工観光課長）`` and ``◆事務局`` alone over the answers.

Every name and sentence is fictional (written for this project).

    python tests/tools/make_narrated20_records.py tests/fixtures/minutes

needs python-docx (``word_pages.py``).
"""
import sys
from pathlib import Path

from make_narrated_records import document  # the same page: A4, 12 pt, paragraphs that flow

CIVIC = """\
第２回　かもめ市市民協働推進会議
議事要旨

１．日時
令和８年６月１８日（木）１０時００分～１２時００分
２．場所
かもめ市役所４階 第２会議室
３．出席者
大野会長、委員８名、事務局（市民協働課）
４．議事概要
○大野会長からあいさつがあり、続いて事務局から資料１により協働事業の進捗を
報告した。
○事務局から資料２について説明があり、これに対し村上委員から、補助の申請
の手続が煩雑であるとの意見があった。
○事務局から補助制度の見直し案が示された後、大野会長から今後の進め方につい
て補足があった。
○小池委員から、地域の担い手が高齢化しているとの指摘があり、事務局から、

若い世代向けの講座を開く予定であるとの回答があった。
－ 1 －
\f　事務局から次回の日程について説明があり、続いて大野会長から本日の意見を
踏まえ計画案を整理したい旨の発言があった。
－ 2 －
"""

ZONING = """\
第４回　ひかり市都市計画審議会
議事要旨

１．日時　令和８年８月５日（水）１４時００分～１５時３０分
２．場所　ひかり市役所５階 大会議室
３．出席者　森本会長、委員１０名、事務局（都市計画課、建築指導課）
４．議事
（１）用途地域の見直しについて
○　事務局（都市計画課）より、資料２に基づき用途地域の見直し案を説
明。
○　河合委員から、幹線道路沿いの住宅地に配慮すべきとの意見があった。
○　事務局（都市計画課）より、沿道の高さ制限を併せて検討する旨の回答が
あった。
－ 1 －
\f（２）建築協定の運用について
○ 事務局（建築指導課）から資料３について説明があった。
○ 野口委員から、協定の更新の手続を周知してほしいとの要望があった。
○ 事務局（建築指導課）から、

地区ごとに説明会を開くとの回答があった。
－ 2 －
"""

INDUSTRY = """\
第２回　みなみ市産業振興懇談会
議事要旨

１．日時　令和８年７月２２日（水）１５時００分～１７時００分
２．場所　みなみ市役所２階 会議室Ａ
３．出席者　委員８名、事務局（産業振興課）
４．関係団体からの意見聴取
【北陵大学（杉浦教授）】
・地域の大学と企業が連携して人材を育てる仕組みが必要である。
・産学の共同研究を進めるため、市の窓口を一本化してほしい。
◆事務局（産業振興課）
・来年度から共同研究の補助を設ける予定である。
・窓口の一本化は庁内で検討する。
－ 1 －
\f【南港商工会議所（田中会頭）】
・中小企業の人手不足が深刻である。外国人材の受入れを支援してほしい。
◆事務局（産業振興課）
・受入れ企業向けの相談会を秋に開く。
【みなみ市農業協同組合（松井組合長）】
・農産物の加工品の販路を広げたい。
◇事務局
・道の駅での販売を支援したい。
－ 2 －
"""

HARBOR = """\
令和８年度第１回みさき港振興協議会　議事概要
日時：令和８年７月８日（水）１４時～１５時３０分
場所：みさき市港湾会館　大会議室
出席者：佐伯会長、委員１２名、オブザーバー（県港湾課）、事務局（港湾振興課）
議事
・佐伯会長から開会のあいさつがあった後、事務局から資料１に基づきクルーズ船の寄港実績を報告した。
・事務局から岸壁改修の工程表が提示され、続いて県港湾課から国の補助の見通しについて説明があった。
・中井委員から、観光客の受入れ体制が不十分であるとの意見があり、事務局から、案内所の増設を検討するとの回答があった。
・事務局から次期計画の骨子について説明を行い、これに対して藤田委員から、漁業者との調整を丁寧に進めてほしいとの要望があった。
・その他、事務局から次回は１１月に開催する旨の連絡があった。
"""

WELFARE = """\
令和８年度第２回つばさ市高齢者福祉推進協議会　会議録（要点）

日時：令和８年９月１６日（水）午後１時３０分から３時まで
場所：つばさ市保健センター　多目的室
出席者：石田会長、岡部副会長、委員７名、事務局（高齢福祉課、介護保険課）

議題１　介護予防事業の実施状況
〇事務局（高齢福祉課）から、資料１により今年度の介護予防教室の参加状況を報告。
〇岡部副会長から、男性の参加が少ない。参加しやすい時間帯を考えてほしい。との意見があった。
〇事務局（高齢福祉課長）より、夜間の教室を試行する予定であるとの回答があった。
議題２　介護保険料の見通し
〇事務局（介護保険課）より第９期の保険料の試算について説明があった。
〇委員から、所得の低い方への軽減を続けるべきとの意見があった。
〇事務局（介護保険課長）から、国の基準を踏まえ軽減を継続する旨の説明があった。
"""

TOURISM = """\
令和８年度　あさひ町観光振興計画策定委員会（第３回）議事録
日時：令和８年１０月７日（水）１０時～１２時
場所：あさひ町役場　会議室
出席者：委員９名、事務局（商工観光課）
２　関係団体ヒアリング
＜あさひ町観光協会（大塚会長）＞
○　冬の観光客が少ない。雪を生かした催しを増やしてほしい。
○　宿泊施設の人手が足りない。
→事務局（商工観光課）
○　冬の催しは来年度の予算で検討する。
＜あさひ温泉旅館組合（関口組合長）＞
○　町の案内表示を多言語にしてほしい。
→事務局（商工観光課長）
○　案内表示は順次多言語化を進める。
＜あさひ交通株式会社（西村社長）＞
○　路線バスの利用者が減っている。
◆事務局
○　観光と連携した乗車券を検討したい。
"""


def main(folder: Path) -> None:
    (folder / "civic-council-two-acts-pdftotext.txt").write_text(CIVIC, encoding="utf-8")
    (folder / "zoning-council-unit-subject-pdftotext.txt").write_text(ZONING, encoding="utf-8")
    (folder / "industry-hearing-answer-marks-pdftotext.txt").write_text(INDUSTRY, encoding="utf-8")
    document(HARBOR).save(folder / "harbor-council-two-acts.docx")
    (folder / "welfare-council-unit-subject-eucjp.txt").write_bytes(WELFARE.replace("\n", "\r\n").encode("euc-jp"))
    document(TOURISM).save(folder / "tourism-hearing-answer-marks.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
