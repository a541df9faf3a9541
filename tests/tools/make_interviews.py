"""Write the fixtures of published interviews and dialogues (fictional bodies, names and
sentences), each in the shape and encoding it arrives in:

``interview-dash-pdftotext.txt``: a city's 広報誌 interview with its 教育長 printed to a PDF of two
pages and read with pdftotext: the magazine's running head on each page, ``－ ４ －`` page numbers, a
form feed, the title naming the person (``教育長に聞く　宮坂 冬美 教育長``), the interviewer in the
front matter (``（聞き手：広報課 堀内）``), questions after ``――`` (one wrapped over two lines), the
answers unlabelled in paragraphs with a full-width indent, a blank line inside a sentence, a sentence
crossing the page, the profile (【プロフィール】) under the last answer.
``interview-labels.docx``: a town's interview with its mayor as a Word document: the title
(``町長インタビュー``), a lead paragraph, the person in the front matter (``話し手：あさひ町長　桐生 正樹さん``),
labels ``聞き手：`` and the surname ``桐生：`` before each paragraph, an answer going on in a
paragraph with no label, the profile (略歴) above the turns.
``interview-qa-cp932.txt``: a 広報誌's page as text in CP932 with CRLF: ``議長に聞く`` with no name,
``Ｑ　…`` / ``Ａ　…`` (the answer's second paragraph with no mark).
``interview-teidan-pdftotext.txt``: a 鼎談 in a 広報誌, pdftotext of two pages: 出席者 with their
titles in brackets, a moderator (``司会　企画課 村岡``), surnames before a colon, a label once only
(the third guest), a page number and form feed inside a turn.
``interview-unnamed-bom.txt``: an interview on a web page saved as text (UTF-8 with a byte-order
mark): ``【問】`` / ``【答】`` and no one who answers named anywhere (回答者).

    python tests/tools/make_interviews.py tests/fixtures/minutes
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_transcripts import write  # noqa: E402  (the same writer)

DASH = """\
広報あおば　２０２６年６月号

教育長に聞く　宮坂 冬美 教育長

（聞き手：広報課 堀内）

――本日はよろしくお願いします。四月に就任されて二か月がたちました。まず、
いまの率直なお気持ちをお聞かせください。

　学校を回るたびに、子どもたちの元気な声に励まされています。一方で、先生方が
忙しすぎるという声も多く聞きました。

　その声に応えるのが、私の最初の仕事だと考え

ています。

――先生方の働き方について、具体的にはどのような取組を進めますか。

　まず、出欠の連絡や成績の処理をデジタル化します。今年度中に全ての小中学校で使
えるようにする予定で
－ ４ －
\f広報あおば　２０２６年６月号

す。また、部活動の指導を地域の方にお願いする取組も、二つの中学校で始めました。

――最後に、市民の皆さんへのメッセージをお願いします。

　学校は地域の宝です。授業参観や行事に、ぜひ気軽に足を運んでください。

【プロフィール】
みやさか・ふゆみ　１９６７年あおば市生まれ。市内の小学校長、教育委員会学校教育
課長などを経て、２０２６年４月から現職。
－ ５ －
"""

WORD = """\
町長インタビュー
新しい総合計画がめざすもの
話し手：あさひ町長　桐生 正樹さん
略歴：１９６９年あさひ町生まれ。町議会議員を経て２０２２年から町長。
聞き手：新しい総合計画が四月から始まりました。どんな町をめざしますか。
桐生：子どもからお年寄りまで、誰もが住み続けたいと思える町です。
そのために、まず公共交通を見直します。
聞き手：町民の声はどのように計画に生かしたのですか。
桐生：中学生から八十代まで、千人を超える方にアンケートに答えていただきました。
"""

QA = """\
広報みどり　議会だより

議長に聞く

　今年度の議会の取組について、議長に伺いました。

Ｑ　議会改革の一番の柱は何ですか。
Ａ　住民の皆さんとの意見交換会です。年に二回、各地区で開くことにしま
した。

　意見交換会でいただいた声は、委員会で取り上げて町に伝えます。

Ｑ　若い世代に議会を知ってもらうには。
Ａ　高校生との座談会を今年から始めます。
"""

TEIDAN = """\
広報ひばり　１０月号　特集

鼎談　川と暮らすまち

出席者　大野 健太郎（市長）　戸田 みさき（ひばり川を守る会代表）
　　　　小西 亮（市立博物館学芸員）
司会　企画課 村岡

村岡：本日はお集まりいただきありがとうございます。まず、ひばり川の魅力をお聞か
せください。

大野：市の真ん中を流れ、四季ごとに表情が変わるところです。

戸田：私たちは毎月、川の清掃をしています。参加者は年々増えて、昨年は延べ八百人
になりました。
－ ２ －
\f広報ひばり　１０月号　特集

小西：博物館では、川と人の歴史を伝える企画展を秋に開きます。

村岡：これからの川との付き合い方について、一言ずつお願いします。

大野：河川敷の公園を、もっと使いやすく整えます。

戸田：子どもたちが安心して遊べる川にしたいです。
－ ３ －
"""

UNNAMED = """\
インタビュー　商店街のこれから

【問】商店街の空き店舗が増えていると聞きます。
【答】この五年で三軒が閉じました。ただ、昨年は若い人が二人、店を開いてくれました。
【問】にぎわいを取り戻すために何が必要ですか。
【答】店どうしが一緒に催しを開くことだと思います。
"""

FILES = (
    ("interview-dash-pdftotext.txt", DASH, "utf-8", b"", "\n"),
    ("interview-qa-cp932.txt", QA, "cp932", b"", "\r\n"),
    ("interview-teidan-pdftotext.txt", TEIDAN, "utf-8", b"", "\n"),
    ("interview-unnamed-bom.txt", UNNAMED, "utf-8", b"\xef\xbb\xbf", "\n"),
)


def main(out: Path) -> None:
    write(out, FILES, WORD, "interview-labels.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
