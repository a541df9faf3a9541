"""Write the narrated19 records: narrated sentences of summary minutes and 会議録 — who is narrated as
saying what, and narration that is nobody's speech. Four forms:

1. the words reported run over several sentences before their frame (``…急ぐべきである。特に…多い。
   との意見があった。``, ``…。旨の発言があった。``), on one line or across lines;
2. ○ heads over plain narrated lines (``○議事`` / ``事務局（…課）より、資料２に沿って…を説明。``,
   ``…説明を行った後、委員に意見をお願いした。``): the head a head, each line its speaker's turn;
3. closings narrated (``会長から、…旨が述べられ、閉会となった。``, ``会長が閉会を宣し、閉会した。``);
4. results and headings inside a verbatim turn's run (``議案第４２号は原案のとおり可決された。``,
   ``【非公開】議案第４３号　…``, ``第２部　部会報告及び意見交換``): narrative and agenda.

Written with the rules:

- ``park-committee-several-pdftotext.txt`` (1): a 公園整備検討委員会's 議事要旨 in pdftotext's shape, written
  by hand: ○ reports whose words hold sentences of their own, a line broken inside them, a blank line,
  ``－ 2 －`` and a form feed;
- ``reading-council-circle-heads-eucjp.txt`` (2, 3): a 子ども読書推進会議's 会議録 saved as EUC-JP with CRLF:
  ○ heads over the secretariat's narrated acts and the members' reports, the chair's closing;
- ``school-board-results-pdftotext.txt`` (4): a 教育委員会 定例会's 会議録 in pdftotext's shape: （label）
  turns, the vote's result on a line of its own, a private item's heading, a part's heading.

Written apart, after the rules and before they were run on them (other bodies, names, words, layout):

- ``library-review-several.docx`` (1): a 図書館協議会's 議事要旨 in Word, plain report paragraphs (no ○):
  ``…。…。旨の発言があった。``, ``…。…。との質問があり、…``;
- ``sports-council-circle-heads-utf16.txt`` (2, 3): a スポーツ推進審議会's 議事録 as UTF-16 with CRLF, ○ heads
  (``○開会``, ``○部会長報告``, ``○閉会``), ``…より、…について説明。``, ``…を宣し、閉会した。``;
- ``town-committee-results-cp932.txt`` (4): a 町議会 常任委員会's 会議録 as CP932 with CRLF, ``○委員長　…``
  turns, ``本案は全員賛成で原案のとおり可決された。``, ``〔秘密会〕報告第２号　…``, ``第３部　所管事務調査``.

Every name and sentence is fictional (written for this project).

    python tests/tools/make_narrated19_records.py tests/fixtures/minutes

needs python-docx (``word_pages.py``).
"""
import sys
from pathlib import Path

from make_narrated_records import document  # the same page: A4, 12 pt, paragraphs that flow

PARK = """\
第３回　さくら市公園整備検討委員会
議事要旨

１．日時
令和８年５月１２日（火）１４時００分～１６時００分
２．場所
さくら市役所３階 第１会議室
３．出席者
北川委員長、委員７名、事務局（公園緑地課）
４．議事概要
○事務局から、資料１に基づき、市内公園の遊具の点検結果について説明があった。
○北川委員長から、遊具の更新は急ぐべきである。特に幼児用の遊具は古いも
のが多い。との意見があった。
○事務局から、更新の計画を来年度の予算要求の中で示したい旨の回答があっ
た。
○南委員から、公園のトイレの改修が必要である。夜間の照明も足りない。利

用者からの苦情も多い。との発言があった。
○東委員から、防犯灯を増やすべきである。通学路に面した公園から優先して
ほしい。との要望があった。
－ 1 －
\f○事務局から、防犯灯は道路課と調整の上、順次設置していく予定である旨の
回答があった。
○西村委員から、利用者の声を聞く場を設けるべきである。アンケートだけで
は足りない。旨の発言があった。
○事務局から、次回は７月に開催する旨の連絡があった。
－ 2 －
"""

READING = """\
第１回　ひばり市子ども読書推進会議　会議録

日時：令和８年６月１０日（水）午後２時から３時３０分まで
場所：ひばり市立中央図書館２階研修室
出席者：山本会長、田村委員、林委員、大西委員、事務局（生涯学習課）

○開会
事務局から、配布資料の確認があった。

○会長あいさつ
山本会長から、子どもの読書の習慣づくりに力を入れたい旨のあいさつがあった。

○議事
事務局（生涯学習課）より、資料２に沿って第四次推進計画の概要を説明。
田村委員から、学校図書館との連携を強めるべきとの意見があった。
事務局から、来年度に学校司書との連絡会を設ける予定である旨の回答があった。
事務局より、資料３について説明を行った後、委員に意見をお願いした。
林委員から、読み聞かせボランティアの研修を増やしてほしいとの要望があった。
大西委員から、中学生の読書離れが目立つ。部活動で忙しい生徒も多い。との意見があった。

○その他
事務局から、次回は１０月に開催する旨の連絡があった。

○閉会
会長から、本日の意見を踏まえ次回までに計画案を整理したい旨が述べられ、閉会となった。
"""

SCHOOL = """\
令和８年第５回みずほ町教育委員会定例会
会議録

日時
令和８年８月２０日（木）午後１時３０分～３時
場所
みずほ町役場３階 教育委員会室
出席者
佐々木教育長、中島委員、森田委員、岡委員
事務局（教育総務課長、学校教育課長）
第１部 議案審議
（佐々木教育長） ただいまから定例会を開会します。議案第４２号を議題とします。
事務局から説明をお願いします。
（教育総務課長） 議案第４２号は、学校給食費の改定についてです。食材の価格の
上昇に対応するため、月額を２００円引き上げるものです。
（中島委員） 保護者への周知はどのように行いますか。
（教育総務課長） 来月の学校だよりと町の広報でお知らせします。
（佐々木教育長） ほかにありませんか。なければ採決します。原案のとおり可決して
よろしいですか。
議案第４２号は原案のとおり可決された。
【非公開】議案第４３号 教職員の人事について
－ 1 －
\f第２部 部会報告及び意見交換
（佐々木教育長） 次に、部会報告をお願いします。
（森田委員） 学校施設部会では、体育館の空調の整備について話し合いました。来年
度から順に設置する案がまとまりました。
（岡委員） 空調の整備は避難所の機能の面からも急ぐべきだと思います。
（佐々木教育長） 以上で本日の日程を終了します。
－ 2 －
"""

LIBRARY = """\
令和８年度第２回あおい市図書館協議会　議事要旨
日時：令和８年９月２日（水）１０時～１２時
場所：あおい市立図書館　視聴覚室
出席者：小松会長、委員９名、事務局（図書館）
議事概要
（１）図書館サービス計画の中間評価について
事務局から、資料１に基づき中間評価の結果について説明があった。
高橋委員から、電子書籍の貸出が伸びている。一方で高齢の利用者には使い方が難しい。講座を開いてはどうか。旨の発言があった。
事務局から、秋に使い方の講座を開く予定であるとの回答があった。
杉本委員から、移動図書館の停留所が減っている。山間部の利用者が困っているのではないか。との質問があり、事務局から、停留所の見直しは地区の要望を聞いて行うとの回答があった。
（２）その他
小松会長から、次回は１２月に開催する旨の連絡があった。
"""

SPORTS = """\
令和８年度第１回みなと市スポーツ推進審議会　議事録

開催日時：令和８年７月１５日（水）午後６時３０分～８時
開催場所：みなと市総合体育館　会議室
出席委員：岡田会長、清水副会長、石井委員、竹内委員
事務局：スポーツ振興課

○開会
事務局から、会議の成立について報告があった。

○部会長報告
清水副会長より、地域スポーツ部会の審議の経過について説明。

○議事
スポーツ振興課長より、資料１に沿って次期スポーツ推進計画の骨子について説明を行った後、委員に意見を求めた。
石井委員から、学校の部活動の地域移行が進んでいない。指導者が足りない。との意見があった。
スポーツ振興課長から、指導者の登録制度を来年度に設けたい旨の回答があった。
竹内委員から、障害のある人が参加できる教室を増やしてほしいとの要望があった。

○閉会
岡田会長が閉会を宣し、閉会した。
"""

TOWN = """\
令和８年９月　やまと町議会総務常任委員会　会議録

１　日時　令和８年９月１１日（金）午前１０時～午前１１時３０分
２　場所　やまと町役場　第１委員会室
３　出席委員　山口委員長、井上副委員長、松田委員、吉村委員
４　説明のため出席した者　総務課長、財政課長

第２部　付託議案の審査
○山口委員長　ただいまから総務常任委員会を開会いたします。議案第３１号を議題といたします。
○総務課長　議案第３１号は、町税条例の一部改正についてでございます。
○松田委員　改正による町民の負担の変化を伺います。
○総務課長　多くの町民の方の負担は変わりません。
○山口委員長　質疑を終わります。討論はありませんか。採決いたします。本案は原案のとおり可決すべきものと決定することに御異議ありませんか。
本案は全員賛成で原案のとおり可決された。
〔秘密会〕報告第２号　職員の懲戒処分について
第３部　所管事務調査
○山口委員長　次に、所管事務調査を行います。財政課長から説明をお願いします。
○財政課長　ふるさと納税の寄附額は、昨年度より２割増えております。
○吉村委員　返礼品の地元の事業者をもっと増やしてはいかがですか。
○山口委員長　以上で本日の委員会を閉会いたします。
"""


def main(folder: Path) -> None:
    (folder / "park-committee-several-pdftotext.txt").write_text(PARK, encoding="utf-8")
    (folder / "reading-council-circle-heads-eucjp.txt").write_bytes(READING.replace("\n", "\r\n").encode("euc-jp"))
    (folder / "school-board-results-pdftotext.txt").write_text(SCHOOL, encoding="utf-8")
    document(LIBRARY).save(folder / "library-review-several.docx")
    (folder / "sports-council-circle-heads-utf16.txt").write_bytes(SPORTS.replace("\n", "\r\n").encode("utf-16"))
    (folder / "town-committee-results-cp932.txt").write_bytes(TOWN.replace("\n", "\r\n").encode("cp932"))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
