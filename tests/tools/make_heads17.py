"""Write the records of session 17's heads17 (fictional bodies, names and sentences; no source fetched):
programmes whose parts are headings naming the act and who does it, the talk below in plain paragraphs
with no label, later parts with inline labels. Run from the repository: ``python tests/tools/make_heads17.py``
(needs python-docx, soffice and pdftotext; the files it writes are the fixtures, committed).

- ``heads-forum-word.docx``: a city's 市民フォーラム typed in Word (■ headings, the body, the post and
  the name apart, a 「title」, ■意見交換 then a panel's labels, ◆閉会あいさつ).
- ``heads-symposium-pdftotext.txt``: a シンポジウム typed in Word with a running head and a － n －
  footer, made a PDF with LibreOffice and read back with plain pdftotext (blank lines inside a
  paragraph, a talk over a page break): ●主催者あいさつ with a post alone, ●基調講演「…」 with 氏,
  a section with a duration (グループワーク（約40分）) and one with a clock (第２部　パネル討論（14:10～））
  above labelled turns.
- ``heads-soukai-cp932.txt``: a 町内会連合会's 定期総会, numbered headings (１．開会のことば　副会長
  坂口, （１）令和６年度事業報告　事務局長　増田), saved as CP932 with CRLF.

The three were written before the rules (the parse measured on main first); the ``*-apart`` records
after them, with other acts, marks, numbering and names, to check the rules on text they were not
written from.
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"

FORUM = [
    "令和７年度　まちなか再生市民フォーラム　記録",
    "日時：令和７年１０月１８日（土）　１３時３０分～１６時００分",
    "場所：みなと市中央公民館　大ホール",
    "参加者：市民５８名、関係団体１２名",
    "■開会あいさつ　市民協働課長　浜野",
    "皆さん、こんにちは。本日は休日にもかかわらず、多くの方にお集まりいただき、ありがとうございます。",
    "中心市街地では空き店舗が増え、人通りも年々少なくなっています。市としても、商店街の皆さんや地域の皆さんと"
    "一緒に、まちなかのにぎわいをどう取り戻すかを考えていきたいと思っております。",
    "■報告１「空き店舗を使ったチャレンジショップ」　駅前通り商店会　会長　矢吹　正志",
    "駅前通り商店会の矢吹でございます。私どもの商店会では、３年前から空き店舗を借り上げ、開業を目指す若い方に"
    "半年間、低い家賃で貸し出すチャレンジショップを続けてまいりました。",
    "これまでに１１組が出店し、そのうち６組が商店街の中で本格的に開業しています。",
    "課題は、建物の老朽化と、貸主の方の御理解です。改修の費用をどう分担するかが、毎回の悩みでございます。",
    "■報告２「学生が運営するまちなかラウンジ」　みなと大学　准教授　千葉",
    "みなと大学の千葉です。ゼミの学生と一緒に、商店街の一角でラウンジを運営しています。",
    "学生が卒業すると担い手がいなくなるので、引継ぎの仕組みが大事だと考えています。",
    "■意見交換",
    "栗原（自治会連合会）　空き店舗を使う取組は良いと思うが、駐車場が少ないので高齢者は行きにくい。",
    "矢吹（駅前通り商店会）　駐車場は商店会でも課題と考えており、共同の駐車場を検討している。",
    "白石（高校生）　ラウンジはよく使っている。夜もう少し遅くまで開いていると助かる。",
    "千葉（みなと大学）　学生の当番を増やせるか、ゼミで相談してみたい。",
    "◆閉会あいさつ　副市長　岩城",
    "本日は、長時間にわたり熱心に御議論いただき、ありがとうございました。いただいた御意見は、来年度の中心市街地"
    "活性化の計画づくりに生かしてまいります。",
]

SYMPOSIUM = [
    "子育て応援シンポジウム　記録",
    "日時：令和７年１１月２２日（土）　１３時００分～１６時３０分",
    "会場：あおば市民会館　小ホール",
    "●主催者あいさつ　こども家庭課長",
    "本日は、子育て応援シンポジウムにお越しいただき、ありがとうございます。市では昨年度から、地域の子育て"
    "サロンへの補助を始めました。今日は、地域で子育てを支える仕組みについて、皆さんと一緒に考えたいと思います。",
    "昨年度のアンケートでは、子育て中の保護者の約４割が、身近に相談できる人がいないと答えています。特に、"
    "市外から転入してきた方や、一人で子育てをしている方に、その傾向が強く見られました。",
    "市としては、相談窓口の充実とあわせて、地域の皆さんによる見守りや居場所づくりを応援してまいります。"
    "本日の議論を、来年度の事業に生かしていきたいと考えております。どうぞよろしくお願いいたします。",
    "●基調講演「地域で支える子育て」　あおば大学　教育学部　教授　森田　浩　氏",
    "御紹介いただきました森田です。今日は、地域で子育てを支えるということについて、三つの点からお話しします。",
    "一つ目は、親が孤立しないことです。転勤で引っ越してきた家庭では、近くに頼れる親族がいないことが多く、"
    "相談できる相手を見つけるまでに時間がかかります。子育てサロンは、そうした家庭が最初に地域とつながる入口に"
    "なります。",
    "二つ目は、支える側の負担を一部の人に集めないことです。民生委員や主任児童委員の方に頼りきりになると、"
    "長続きしません。",
    "三つ目は、子ども自身の声を聞くことです。小学生や中学生が、地域の大人とどんな関わりを望んでいるのかを"
    "知ることから始めてはどうでしょうか。",
    "具体的な例を一つ御紹介します。ある団地では、集会所で月に一度、親子の昼食会を開いています。調理は"
    "地域の高齢者の方が担い、若い親は片付けを手伝います。世代の違う人が一緒に食事をすることで、顔見知りが"
    "増え、困ったときに声をかけやすくなったそうです。",
    "また、ある小学校区では、中学生が放課後に小学生の宿題を見る取組を始めました。中学生にとっても、"
    "頼られる経験が自信につながっています。",
    "こうした取組に共通するのは、特別な資格や大きな予算がなくても始められるということです。まずは、"
    "身近な場所で、できることから始めていただければと思います。",
    "最後に、行政の役割についても触れておきます。場所の確保や保険の手続など、地域だけでは難しい部分を"
    "支えていただくことが、活動を長く続けるための鍵になります。",
    "以上、簡単ですが私からの話とさせていただきます。",
    "グループワーク（約40分）",
    "Ａグループ発表（小松さん）：私たちのグループでは、父親が参加しやすい土曜日のサロンが欲しいという意見が多く"
    "出ました。",
    "Ｂグループ発表（細川さん）：祖父母世代の方が、孫の世話の経験を生かせる場があるとよいという話になりました。",
    "●講評　子育て支援アドバイザー　今泉",
    "どちらのグループも、すぐに始められそうな具体的な提案でした。土曜日のサロンは、保育園の園庭を借りる方法も"
    "あります。",
    "第２部　パネル討論（14:10～）",
    "コーディネーター（森田）：それでは、パネル討論を始めます。まず、サロンの運営についてお話しください。",
    "大塚（ひだまりサロン代表）：週に２回、公民館の和室でサロンを開いています。毎回１０組ほどの親子が来ます。",
    "こども家庭課長：市の補助は、会場費と保険料に使っていただけます。",
    "大塚（ひだまりサロン代表）：ボランティアの高齢化が進んでおり、若い世代の担い手を探しています。",
    "コーディネーター（森田）：以上でパネル討論を終わります。",
]

SOUKAI = [
    "令和７年度　北浜町内会連合会　定期総会　議事録",
    "",
    "日時：令和７年５月１８日（日）　午前１０時～午前１１時３０分",
    "場所：北浜コミュニティセンター　多目的ホール",
    "出席：代議員３２名（委任状８名を含む）",
    "",
    "１．開会のことば　副会長　坂口",
    "　ただいまから、令和７年度北浜町内会連合会定期総会を開会いたします。",
    "　本日の出席者は、委任状を含めて３２名であり、規約に定める定足数を満たしております。",
    "",
    "２．会長あいさつ　会長　大西　秀明",
    "　皆さん、おはようございます。日頃から連合会の活動に御協力をいただき、ありがとうございます。",
    "　昨年度は、夏祭りを４年ぶりに通常の規模で開くことができました。各町内会の皆さんのおかげです。",
    "",
    "　今年度は、防災訓練を全町内会合同で行う予定です。御協力をお願いいたします。",
    "",
    "３．来賓祝辞　北浜市長　石原",
    "　定期総会の開催、誠におめでとうございます。",
    "　連合会の皆さんには、見守り活動や清掃活動で大変お世話になっております。",
    "",
    "４．議事",
    "（１）令和６年度事業報告　事務局長　増田",
    "　お手元の資料１を御覧ください。令和６年度は、総会、役員会６回のほか、夏祭り、防災講習会、",
    "地域清掃を実施しました。",
    "　防災講習会には、１２の町内会から８５名の参加がありました。",
    "",
    "（２）令和６年度決算報告　会計　野口",
    "　資料２を御覧ください。収入の合計は３２４万円、支出の合計は２９８万円で、２６万円を次年度に繰り越します。",
    "",
    "質疑",
    "井上（３班）：防災講習会の参加者が少ない町内会への働きかけはどうするのか。",
    "増田事務局長：今年度は、各町内会の集会所に出向いて開くことを考えています。",
    "",
    "５．閉会のことば　副会長　坂口",
    "　以上をもちまして、定期総会を閉会いたします。ありがとうございました。",
]


def write_docx(path: Path, paras: list[str], head: str | None = None) -> None:
    """A Word file of ``paras``, one a paragraph; ``head`` the running head, a － n － footer."""
    from docx import Document

    doc = Document()
    for text in paras:
        doc.add_paragraph(text)
    if head is not None:
        section = doc.sections[0]
        section.header.paragraphs[0].text = head
        foot = section.footer.paragraphs[0]
        foot.add_run("－ ")
        page_field(foot.add_run())
        foot.add_run(" －")
    doc.save(str(path))


def page_field(run) -> None:
    """The page's number as a field in ``run`` (a footer's: Word and LibreOffice print each page's own)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def pdftotext(paras: list[str], head: str) -> str:
    """The text pdftotext reads from the PDF LibreOffice makes of a Word file of ``paras``."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "record.docx"
        write_docx(src, paras, head)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)
        subprocess.run(["pdftotext", str(Path(tmp) / "record.pdf"), str(Path(tmp) / "record.txt")], check=True)
        return (Path(tmp) / "record.txt").read_text(encoding="utf-8")


def main() -> None:
    write_docx(OUT / "heads-forum-word.docx", FORUM)
    (OUT / "heads-symposium-pdftotext.txt").write_text(pdftotext(SYMPOSIUM, "子育て応援シンポジウム記録"),
                                                      encoding="utf-8")
    (OUT / "heads-soukai-cp932.txt").write_bytes("\r\n".join(SOUKAI).encode("cp932") + b"\r\n")


if __name__ == "__main__":
    main()
