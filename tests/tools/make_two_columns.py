"""Write ``assembly-two-columns-layout.txt`` — a prefectural assembly's 会議録 as pdftotext -layout
gives pages printed in two text columns: the front matter across the page, then on each line
the left column's text, spaces, the right column's at character column 40; a turn going on
from the foot of the left column to the top of the right one, a blank line inside a left
paragraph (the right column's line alone), running heads, page numbers, form feeds, a last
page with the left column only. Every name and sentence is fictional (written for this project).

    python tests/tools/make_two_columns.py tests/fixtures/minutes/assembly-two-columns-layout.txt
"""
import sys
C = 40
def page(front, left, right, foot):
    out = list(front)
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [""] * (n - len(right))
    for l, r in zip(left, right):
        out.append(l + " " * (C - len(l)) + r if r else l.rstrip())
    out += foot
    return out
front1 = [
"              令和７年第２回みなと県議会定例会会議録（第３号）",
"",
"令和７年６月１８日（水曜日）",
"",
"  出席議員（４２名）",
"   １番  青 木  一 郎 君          ２番  井 上  春 美 君          ３番  上 田  聡 君",
"   ２２番  森 田  和 也 君        ３０番  北 村  由 紀 君",
"",
"  説明のため出席した者",
"   知事          平 井  守 君            健康福祉部長    大 西  健 二 君",
"   県土整備部長  片 岡  誠 君",
"",
"                        午前１０時開議",
"",
]
left1 = [
"○議長（川村正志君）　ただいまから本日の会",
"議を開きます。",
"  日程第１、一般質問を行います。通告によ",
"り、順次発言を許します。森田和也君。",
"○２２番（森田和也君）　おはようござい",
"ます。通告に従い、二点伺います。",
"  まず、地域医療の確保についてでありま",
"す。県北部では、産婦人科の診療所が相次",
"いで閉院し、出産できる施設が一つしか残",
"っておりません。県として、周産期医療の",
"体制をどのように守っていくのか、知事の",
"",
"考えを伺います。",
"  次に、県道の老朽化した橋の点検について",
]
right1 = [
"伺います。点検の結果、早期に補修が必要",
"とされた橋は何か所あり、いつまでに対策",
"を終える見込みか、県土整備部長にお尋ね",
"します。",
"○議長（川村正志君）　知事平井守君。",
"○知事（平井守君）　森田議員の御質問にお",
"答えいたします。",
"  周産期医療の体制につきましては、県北",
"部の拠点病院に産科医を派遣する大学への",
"寄附講座を、来年度から設ける方向で調整",
"しております。あわせて、妊婦の方の通院",
"にかかる交通費の助成を検討いたします。",
"○議長（川村正志君）　県土整備部長片岡誠",
"君。",
]
foot1 = ["", "                                  － １２ －"]
head2 = ["令和７年６月１８日（水曜日）                                  みなと県議会会議録", ""]
left2 = [
"○県土整備部長（片岡誠君）　お答えいた",
"します。",
"  早期に補修が必要とされた橋は、３８か所",
"でございます。このうち２０か所は今年度",
"中に工事に着手し、残りも令和９年度まで",
"に対策を終える計画であります。",
"○議長（川村正志君）　森田和也君。",
"○２２番（森田和也君）　御答弁ありがと",
"うございました。寄附講座による医師の派",
"遣は、早期の実現をお願いいたします。ま",
"た、橋の補修は、通学路にかかるものを優",
"先して進めていただきたい。",
"○議長（川村正志君）　以上で森田和也君の",
"一般質問を終わります。",
]
right2 = [
"  次に、北村由紀君。",
"○３０番（北村由紀君）　子育て支援につい",
"て伺います。県の第２子以降の保育料の軽",
"減は、所得の制限があるため、対象になら",
"ない世帯が多いと聞いております。制限を",
"撤廃すべきではないでしょうか。",
"○議長（川村正志君）　健康福祉部長大西健",
"二君。",
"○健康福祉部長（大西健二君）　お答えいた",
"します。所得の制限の撤廃には、年に約８",
]
left3 = [
"億円が必要となります。市町村の意見も伺",
"いながら、検討してまいります。",
"○議長（川村正志君）　本日はこれにて散会",
"いたします。",
]
foot2 = ["", "                                  － １３ －"]
foot3 = ["", "                        午前１１時２分散会", "", "                                  － １４ －"]
lines = (page(front1, left1, right1, foot1) + ["\f" + head2[0]] + head2[1:] + page([], left2, right2, foot2)
         + ["\f" + head2[0]] + head2[1:] + page([], left3, [], foot3))
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
