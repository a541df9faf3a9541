"""Write the records of hearings and selections of session 16 (hearings16): fictional bodies, names and
sentences, in the shapes such records arrive in (pdftotext of a printed 調書 with form feeds, page
numbers and a running head; a web page saved as CP932 with CRLF; a Word file printed and read with
pypdf, no blank lines). Run from the repository: ``python tests/tools/make_hearings.py``.

The first three were measured before the rules; the two ``*-apart`` records were written after them,
with other bodies, names, words and layouts, to check the rules on text they were not written from.
"""
from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
FF = "\f"

# a prefectural 労働委員会's 審問調書, pdftotext (default order): the participants as a table of heads
# and names, the chair marked ○, the parties' labels unmarked with the person in brackets and a wide
# space, one alone on its line above its speech, the witness as 証人 (alone on its line once),
# （証人宣誓） and （休憩） between turns, a page number and a form feed, the running head on page 2
ROUDOU = """令和８年（不）第３号　かもめ運輸不当労働行為救済申立事件

第２回審問調書

日　時　令和８年９月１６日（水）午後１時３０分
場　所　県労働委員会　審問室

　審査委員　　　公益委員　　　労働者委員　　使用者委員
　堀口　典子　　沢井　亮　　　三田　一郎　　北条　ゆかり

　申立人　　　　申立人代理人　被申立人　　　被申立人代理人
　かもめ運輸労組　葛城　周平　かもめ運輸㈱　真島　礼子

○審査委員長　ただいまから第２回審問を開きます。本日は申立人側の証人として、組合書記長の
　尋問を行います。

（証人宣誓）

証人　良心に従って真実を述べ、何事も隠さず、偽りを述べないことを誓います。

○審査委員長　偽証の罪についても先ほど説明したとおりです。では、申立人代理人から主尋問を
　お願いします。

申立人代理人（葛城）　では主尋問を始めます。証人は、いつから組合の書記長を務めていますか。

証人　令和５年の春からです。

申立人代理人（葛城）　本年３月の団体交渉で、会社側はどのような回答をしましたか。

証人　賃金の資料は出せないという回答でした。理由は示されませんでした。

－ １ －
""" + FF + """第２回審問調書

被申立人代理人（真島）
　異議があります。ただいまの質問は誘導にあたります。

○審査委員長　異議は認めません。証人は続けてください。

証人

　はい。その後も資料は一度も示されず、交渉は打ち切られました。

（休憩）

○審査委員長　再開します。次に反対尋問をお願いします。

被申立人代理人（真島）　証人は、会社が資料の準備に時間を要すると説明したことを覚えて
いますか。

証人　そのような説明はなかったと記憶しています。

○公益委員　一点だけ確認します。交渉の日程は誰が決めていたのですか。

証人　毎回、会社側から日程が示されていました。

○審査委員長　以上で本日の審問を終わります。次回は被申立人側の証人を尋問します。

－ ２ －
"""

# a ward's 選定委員会 for grants, a web page saved as CP932 with CRLF: ● labels, the applicants and the
# scorers kept anonymous by a letter (申請団体Ａ, 評価者Ｃ), （資料配付）, （申請者入室）/（申請者退室）,
# （休憩）, 【参考】 at the end (back matter)
SELECTION = """令和８年度　みなと区地域活動助成事業選定委員会（第２回）議事録

１　日時　令和８年６月４日（木）午前１０時から正午まで
２　場所　みなと区役所　第３会議室
３　出席者　委員５名（評価者Ａ～Ｅ）、申請団体３団体

●委員長　それでは第２回の選定委員会を始めます。本日は３団体のプレゼンテーションを行い
　ます。

（資料配付）

●事務局　お手元の資料１が評価の基準、資料２が申請団体の一覧です。

（申請者入室）

●委員長　申請団体Ａの方、説明を１０分以内でお願いします。

●申請団体Ａ　私たちは高齢者の見守りを行う団体です。月に２回、町内の一人暮らしの方を訪問
　しています。

●評価者Ｃ　訪問する人の確保はどうしていますか。

●申請団体Ａ　町会の回覧で募集しています。今は１２名が登録しています。

●評価者Ｅ　助成が終わった後はどのように続けますか。

●申請団体Ａ　会費と地元の商店の協賛で続ける計画です。

（申請者退室）

（申請者入室）

●委員長　続いて申請団体Ｂの方、お願いします。

●申請団体Ｂ　子ども食堂を月に４回開いています。食材の多くは農家からの寄付です。

●評価者Ａ　衛生の管理は誰が担当していますか。

●申請団体Ｂ　調理師の資格を持つ会員が責任者です。

（申請者退室）

（休憩）

●委員長　再開します。採点の集計を事務局から報告してください。

●事務局　集計の結果、申請団体Ａ、申請団体Ｂともに基準点を上回りました。

●委員長　以上で本日の委員会を終了します。

【参考】
　評価基準表（資料１）
"""

# a city's 行政不服審査会 口頭意見陳述, a Word file printed and read with pypdf (no blank lines): the
# parties named by their part alone (請求人代理人) or with the office or the person in brackets
# (処分庁（介護保険課長）, 参考人（竹中）), （説明者入室）/（説明者退室）
REVIEW = """令和８年第４回　行政不服審査会　第２部会　口頭意見陳述記録
日時：令和８年１０月２日（金）午後２時
場所：市役所本庁舎５階　会議室Ｂ
○部会長　これより口頭意見陳述を行います。請求人代理人から陳述をお願いします。
（説明者入室）
請求人代理人　本件の処分は、請求人の事情を全く考慮していません。収入の計算に誤りがある
と考えます。
処分庁（介護保険課長）　収入の計算は申告書に基づいており、誤りはないと考えています。
○委員　申告書の提出の時期を教えてください。
処分庁（介護保険課長）　本年の５月です。
参考人（竹中）　請求人の主治医として申し上げます。病状からみて就労は困難です。
○部会長　請求人代理人から、処分庁に質問はありますか。
請求人代理人　再計算を行う予定はあるのでしょうか。
処分庁（介護保険課長）　現時点ではその予定はありません。
（説明者退室）
○部会長　以上で口頭意見陳述を終わります。
"""

# written apart: a town's 人事委員会 公平審理 (口頭審理), pdftotext: 審理員 as the chair, 請求人 and
# 処分者代理人 with a half-width space, 補佐人（今泉） alone on its line, 鑑定人, （宣誓書朗読）,
# （鑑定人入室）, （証人交代）, a page break inside a turn, （別紙） at the end (back matter)
APART_HEARING = """あさぎ町公平委員会　第１回口頭審理記録

日時　令和８年１１月５日（木）午前９時３０分
場所　あさぎ町役場　２階会議室

○審理員　ただいまから口頭審理を開始します。最初に、請求人から証人として申請のあった方に
　ついて尋問を行います。

（宣誓書朗読）

証人 宣誓書のとおり誓います。

請求人代理人 証人は、当時の勤務の割り振りを誰が決めていたか知っていますか。

証人 係長が毎週月曜日に決めていました。

補佐人（今泉）

　補足して伺います。休日の勤務について、事前の相談はありましたか。

証人 いいえ、ありませんでした。

－ ３ －
""" + FF + """あさぎ町公平委員会　第１回口頭審理記録

（証人交代）

（鑑定人入室）

○審理員　鑑定人から、勤務時間の記録の分析について説明をお願いします。

鑑定人 記録を照合したところ、申告と実際の退庁時刻に平均で
４０分の差がありました。

処分者代理人 その差には、自主的な学習の時間も含まれているのではありませんか。

鑑定人 はい、その可能性は否定できません。

○審理員 以上で本日の口頭審理を終了します。

（別紙）
　証拠説明書
"""

# written apart: a town's プロポーザル審査会, pypdf of a Word file (no blank lines): ○ labels, 応募者Ｂ /
# 申請者２ / 傍聴人１ / 審査員長, （応募者交代）, （写真撮影）, （審査員協議）
APART_PROPOSAL = """ひばり町　地域交通計画策定業務プロポーザル審査会　会議録
日時　令和８年５月２０日（水）午後１時
○審査員長　これより応募者によるプレゼンテーションを行います。
（写真撮影）
○応募者Ａ　当社は、隣の市で同様の計画を三件手がけてきました。住民の移動の調査を重視します。
○審査員長　ありがとうございました。質問のある方はどうぞ。
○申請者２　補足ですが、調査には地元の大学の学生も参加する予定です。
○傍聴人１　調査の結果は公開されるのでしょうか。
○審査員長　傍聴の方の発言は、後ほど時間を設けます。
（応募者交代）
○応募者Ｂ　当社は、デマンド型の交通の運行の実績を重視した提案を行います。
○申請者２　もちろん、費用の見積もりも添えております。
（審査員協議）
○審査員長　以上で審査会を終了します。
"""


def main() -> None:
    (OUT / "hearing-roudou-pdftotext.txt").write_text(ROUDOU, encoding="utf-8")
    (OUT / "selection-lettered-cp932.txt").write_bytes(SELECTION.replace("\n", "\r\n").encode("cp932"))
    (OUT / "review-oral-pypdf.txt").write_text(REVIEW, encoding="utf-8")
    (OUT / "hearing-koukaishinri-apart.txt").write_text(APART_HEARING, encoding="utf-8")
    (OUT / "proposal-lettered-apart.txt").write_text(APART_PROPOSAL, encoding="utf-8")


if __name__ == "__main__":
    main()
