"""Write the fixtures of session 17's interviews: who answers named by the title's post with the
name in a subtitle or the lead, in a profile block with no heading, in a photo caption; the
questions found by their form where the bold they were set in is lost (fictional bodies, names
and sentences, written for this project).

The record (``KYOIKU``): an 教育委員会だより page typed in Word (the questions in bold, each after
``――``; a 小見出し ■ between turns; a photo caption; the profile block after the article with the
name and its reading in brackets; the credit line ``聞き手・構成：…`` last), printed to PDF by
LibreOffice and given as:

``interview17-kyoiku.pdf``           the PDF, read directly (pdfminer: the bold lost);
``interview17-kyoiku-pdftotext.txt`` pdftotext of it (form feeds, the page's number, blank lines);
``interview17-kyoiku-pypdf-cp932.txt`` pypdf of it (no blank lines, the pages joined by a line
                                     break), saved as CP932 with CRLF.

The second record (``TOSHOKAN``): ``インタビュー　西田 美和 さん（市立図書館長）`` over the lead, the profile
under ``【プロフィール】`` above the article, the questions a sentence alone in bold with no dash:

``interview17-toshokan.docx``          the Word document (its bold not read);
``interview17-toshokan-pdftotext.txt`` pdftotext of it printed by LibreOffice (the bold and the
                                       answers' indent lost, the lines broken at the page's width).

    python tests/tools/make_interviews17.py tests/fixtures/minutes

needs python-docx, pypdf (not a dependency of the project: ``pip install pypdf``), pdftotext and soffice.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pypdf
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from word_pages import a4, printed  # noqa: E402  (the same page as the other tools print)

#: a paragraph a line; ``*…`` a paragraph in bold (a question, a 小見出し)
KYOIKU = """\
教育長に聞く
学びをつなぐまちへ
この春就任した杉浦誠二教育長に、これからの学校づくりについて聞いた。
写真：中学校の生徒会役員と話す杉浦教育長
*■　就任の思い
*――就任から三か月がたちました。いまのお気持ちをお聞かせください。
　四月から市内の二十三の小中学校を全て回りました。どの学校でも子どもたちが元気にあいさつをしてくれて、とても心強く感じています。
　一方で、先生方からは授業の準備の時間が足りないという声を多くいただきました。まずはその声に応えたいと考えています。
*――具体的にはどのような取組を進めますか。
　出欠の連絡をアプリで受け付ける仕組みを、二学期から全校で使えるようにします。朝の電話対応の時間が減り、その分を子どもと向き合う時間に充てられます。
*■　不登校の子どもへの支援
*――学校に通えない子どもが増えていると聞きます。
　市の教育支援センターを、駅前の公民館の中に移して広げます。学校以外にも安心して過ごせる場所があることを、子どもにも保護者にも知ってほしいと思います。
*――部活動の地域移行はどう進めますか。
　来年度から、土曜日と日曜日の部活動を地域のスポーツクラブや文化団体にお願いします。指導する方の研修は市が受け持ち、保護者の負担が増えないよう会費の補助も考えています。
　まずは二つの中学校で試し、課題を確かめながら全ての中学校に広げていきます。
*――最後に、市民の皆さんへのメッセージをお願いします。
　学校は地域の皆さんに支えられています。登下校の見守りや学習の支援など、これからもお力添えをお願いします。
杉浦　誠二（すぎうら・せいじ）　みずなみ市出身。市内の中学校長、教育委員会学校教育課長を経て、２０２６年４月から現職。
聞き手・構成：広報係　上野
"""

#: the second record: the questions a sentence alone in bold, no dash
TOSHOKAN = """\
広報さくらだ　２０２６年１１月号
インタビュー　西田 美和 さん（市立図書館長）
開館五十年を迎えた市立図書館。この秋、館長に就いた西田美和さんに、これからの図書館について話を聞いた。
【プロフィール】
にしだ・みわ　さくらだ市生まれ。司書として市内の図書館に勤め、２０２６年４月から館長。
*館長になって半年、図書館の様子はいかがですか。
　平日の昼間は、小さなお子さんを連れた方の利用が増えました。絵本の貸出は昨年の一・三倍です。
　夕方には中学生や高校生が自習室を使ってくれています。
*これから力を入れたいことは何ですか。
　本を届ける移動図書館の車を、来年から二台にします。山あいの地区にも月に二回は伺えるようになります。
*五十周年の催しについて教えてください。
　十一月の三連休に、古い本の交換会と、作家の方の講演会を開きます。ぜひ足を運んでください。
"""


def typed(text: str, size: float, top: float, side: float, head: str):
    """The record on A4 (``word_pages.a4``), a paragraph a line, ``*…`` in bold."""
    doc = a4(size, top, side, head)
    for line in text.splitlines():
        para = doc.add_paragraph()
        para.add_run(line.lstrip("*")).bold = line.startswith("*")
        para.paragraph_format.space_after = Pt(0)
    return doc


def main(out: Path) -> None:
    doc = typed(KYOIKU, 16, 35, 25, "教育委員会だより　第５２号")  # two pages
    with tempfile.TemporaryDirectory() as tmp:
        pdf = printed(doc, tmp, "kyoiku")
        (out / "interview17-kyoiku.pdf").write_bytes(pdf.read_bytes())
        subprocess.run(["pdftotext", str(pdf), str(out / "interview17-kyoiku-pdftotext.txt")], check=True)
        pages = [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
        text = "\n".join(pages) + "\n"
        (out / "interview17-kyoiku-pypdf-cp932.txt").write_bytes(text.replace("\n", "\r\n").encode("cp932"))
    doc = typed(TOSHOKAN, 14, 30, 30, "広報さくらだ")
    doc.save(str(out / "interview17-toshokan.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = printed(doc, tmp, "toshokan")
        subprocess.run(["pdftotext", str(pdf), str(out / "interview17-toshokan-pdftotext.txt")], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
