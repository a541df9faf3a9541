"""Write the frontturn fixtures in pypdf's shape — a record typed in Word (a running head, the page
number centred at the foot, the title and a heading centred, the turns ``label：speech`` right under
the front matter's ``key：value`` lines), printed to PDF by LibreOffice and read back by pypdf
(``PdfReader(...).pages[i].extract_text()``, the pages joined by a line break: no form feed, the foot
and the next page's head inside the flow), saved with a byte order mark:

    python tests/tools/make_front_turns_pypdf.py townmeeting tests/fixtures/minutes/townmeeting-front-turns-pypdf-utf16.txt
    python tests/tools/make_front_turns_pypdf.py press tests/fixtures/minutes/press-reporter-glued-pypdf-bom.txt

``townmeeting`` is saved as UTF-16 (its BOM), ``press`` as UTF-8 with a BOM. Every name and sentence
is fictional (written for this project). Needs python-docx, pypdf (not a dependency of the project:
``pip install pypdf``) and soffice.
"""
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

from make_press_pypdf import a4, pypdf_text  # the page, its head and foot; Word -> PDF -> pypdf

#: per record: the running head, the encoding it is saved in, and its paragraphs, one a line;
#: a line led by ^ is centred
RECORDS = {
    "townmeeting": ("みずほ市　市長と語る会（西部地区）記録", "utf-16", """\
^みずほ市　市長と語る会（西部地区）記録
日　時：令和７年１１月２０日（木）午後７時～午後８時４５分
会　場：西部コミュニティセンター　大会議室
参加者：３１名
市出席者：市長、副市長、都市計画部長、公園緑地課長、地域振興課長（司会）
司会（地域振興課長）：皆様、こんばんは。お時間になりましたので、ただいまから西部地区の市長と語る会を始めさせていただきます。本日の進め方ですが、初めに市長から御挨拶を申し上げ、続いて担当から西部地区の主な事業を御説明し、その後、皆様から御意見を伺います。終了は午後８時４５分を予定しております。
市長：皆さん、こんばんは。本日は冷え込みの厳しい中、大勢お集まりいただきまして、誠にありがとうございます。西部地区では、昨年から公園の再整備と駅前の道路の拡幅を進めております。今日は皆さんの率直な御意見を伺い、これからの市政に生かしてまいりたいと考えておりますので、どうぞよろしくお願いいたします。
公園緑地課長：私から、西部地区の主な事業について御説明いたします。お配りした資料の一ページを御覧ください。西部中央公園では、来年の春までに遊具を入れ替え、夜間の照明を増やします。また、公園の北側の駐車場を二十台分広げる計画であり、工事の期間中は一部の通路が通れなくなりますので、御理解をお願いいたします。
参加者Ａ（男性・７０代）：公園の照明が増えるのはありがたいが、夜にバイクで集まる若者がいて、音がうるさい。照明を増やすと、かえって人が集まるのではないか。警察と連携して見回りを増やしてもらえないか。
公園緑地課長：御指摘の件は、警察に情報を提供し、夜間の見回りを強化していただくようお願いしております。照明は明るさを抑えた器具を使い、住宅の側に光が向かないよう配慮いたします。
参加者Ｂ（女性・４０代）：駅前の道路の拡幅で、歩道はどのくらい広くなるのでしょうか。ベビーカーで通ると自転車とすれ違うのが怖いので、自転車の通る場所を分けてほしいと思います。
都市計画部長：拡幅後の歩道は、現在の二メートルから四メートルに広がります。このうち一メートル半を自転車の通行帯として色分けし、歩く方と分けることを考えております。
副市長：補足いたします。工事は再来年の夏までに終える予定ですが、途中の段階でも、通学路に当たる区間を先に仕上げるよう工夫してまいります。
参加者Ｃ（男性・５０代）：西部地区の集会所は古く、エレベーターがない。高齢者が二階の会議室に上がれないので、建て替えの予定を教えてほしい。
市長：集会所につきましては、地区の皆さんと相談しながら、来年度に改修の計画をまとめたいと考えております。建て替えか改修かは、費用と使い勝手の両方を見て決めてまいります。
司会（地域振興課長）：以上をもちまして、本日の市長と語る会を終了いたします。御参加いただき、ありがとうございました。
"""),
    "press": ("ひびき市長定例記者会見録　令和７年１２月３日", "utf-8-sig", """\
^ひびき市長定例記者会見録
日時　令和７年１２月３日（水）午前１０時～午前１０時４０分
場所　ひびき市役所本庁舎３階　会見室
【市長発表】
おはようございます。本日は一点お知らせいたします。冬の除雪の体制についてであります。今年度から、市内の除雪を地区ごとに地元の建設業者八社に委託し、早朝の五時までに主な道路の除雪を終える体制といたします。あわせて、除雪車の位置をスマートフォンで確かめられる仕組みを始めます。私からは以上です。
^【質疑応答】
記者（あさひ新聞）バスの路線について、来年度の見直しの方針を伺います。郊外の団地を通る路線は、便数が減るのではないかという声を聞いていますが、いかがですか。
市長：利用の少ない昼間の便は、予約制の乗合タクシーに切り替えることを検討しています。朝と夕方の通勤通学の時間帯の便は、今の本数を保つ考えです。
記者（ひびき日報）除雪の委託先は、八社で足りるのでしょうか。運転手の高齢化が進んでいると聞いています。
都市交通課長：昨年度と同じ事業者と契約を結ぶ予定です。運転手の育成のため、除雪車の運転の講習の費用を市が負担することにいたしました。
記者（北浜テレビ）除雪車の位置を確かめる仕組みは、いつから使えますか。
市長：今月の十五日から使えるようにいたします。市のホームページから御覧いただけます。通知の機能も付けており、自宅の前の道路の除雪が終わったときにお知らせが届くよう設定することもできます。
記者（あさひ新聞）乗合タクシーの運賃はいくらを考えていますか。バスと同じ運賃にするのか、それとも距離に応じた運賃にするのか、決まっていれば教えてください。
交通政策課長：運賃はバスと同じ二百円とする方向で、事業者と協議を進めております。乗り継ぎの割引も設け、バスと乗合タクシーを乗り継いでも二百円で移動できるようにしたいと考えております。協議がまとまりましたら、改めてお知らせいたします。
記者（ひびき日報）除雪の体制を変えることで、費用はどのくらい変わりますか。
市長：委託の費用は昨年度より一割ほど増える見込みですが、除雪の時間が短くなり、朝の渋滞が減る効果は大きいと考えております。費用と効果は冬が終わったところで検証し、議会にも御報告いたします。
記者（北浜テレビ）最後に、除雪の作業をする方の安全対策について伺います。夜中から早朝にかけての作業で、事故が心配だという声もありますが、どのような対策をとるのでしょうか。
市長：除雪車には後ろを映すカメラを付け、作業の前には必ず打合せを行うよう事業者にお願いしております。また、大雪の日には作業をする方の交代の人員を確保できるよう、市の職員も応援に入る体制をとります。
（以上）
"""),
}


def document(head: str, paragraphs: str) -> Document:
    doc = a4(head, 35, 30)
    doc.sections[0].header.paragraphs[0].alignment = 2  # the head at the right
    for line in paragraphs.splitlines():
        para = doc.add_paragraph(line.lstrip("^"))
        fmt = para.paragraph_format
        if line.startswith("^"):
            para.alignment = 1
        fmt.keep_together, fmt.widow_control, fmt.space_after = False, False, Pt(0)
    return doc


def main(name: str, out: Path) -> None:
    head, encoding, paragraphs = RECORDS[name]
    out.write_text(pypdf_text(document(head, paragraphs)) + "\n", encoding=encoding)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
