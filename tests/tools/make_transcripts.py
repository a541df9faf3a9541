"""Write the fixtures of online meetings' transcripts as secretariats receive them (fictional
bodies, names and sentences), each in the encoding and line ends its tool saves it in:

``transcript-teams-utf16.txt``: a Teams transcript saved as text, UTF-16LE with a byte-order mark,
CRLF: the meeting's name and start time above, each entry a line ``名前 (所属)   4:25`` (the
affiliation in brackets or none, 事務局 as the name), the speech on the lines below (a long one over
two lines, one in two paragraphs).
``transcript-teams-cues.vtt``: a Teams WebVTT, UTF-8 with a byte-order mark, LF: GUID/n-n cue ids,
the speaker in ``<v …>`` (``名前 (所属)``, ``名前 / 所属``), one speech cut into five cues, a cue of two
lines, a NOTE block with the meeting's name and start, a cue with no closing ``</v>``.
``transcript-zoom-cp932.txt``: a Zoom transcript copied into a text file, CP932, CRLF: ``[名前] 10:03:21``
above the speech, then the chat saved under it: ``10:21:40 From 名前 to Everyone:`` with the message
indented below, ``10:22:05 From 名前 : …`` on one line.
``transcript-captions.srt``: SubRip captions, UTF-8, CRLF: cue numbers and timings, ``名前：`` before
the speech when the speaker changes, cues with no speaker going on the turn above.
``transcript-teams-window-crlf.txt``: a Teams transcript copied from its window into a text file, UTF-8,
CRLF: the name (and affiliation) on a line, the clock on the line below, the speech below that.
``transcript-meet-colons.txt``: a Google Meet transcript saved as text, UTF-8: the meeting's name before
``- トランスクリプト``, clocks alone between blocks, ``名前: …`` a line each utterance.
``transcript-teams-word.docx``: a Teams transcript downloaded as Word: the recording's name, its day and
length, who started the transcription, each entry a paragraph ``名前 (所属)   0:05`` or ``0:01:12 名前 (会長)``
above the speech's paragraph, a Latin name, who stopped it.
``transcript-ai-minutes-bom.txt``: an AI minute-taker's record, UTF-8 with a byte-order mark, LF: a
title and the date, ``話者1  00:01:23`` (unnamed speakers) above the speech.

    python tests/tools/make_transcripts.py tests/fixtures/minutes
"""
from __future__ import annotations

import sys
from pathlib import Path

TEAMS = """\
会議名: あさひ町地域防災計画検討会議（第２回）
開始時刻: 2026/10/21 13:30:12
期間: 1時間12分

事務局 (あさひ町 防災安全課)   0:04
それでは定刻となりましたので、第２回あさひ町地域防災計画検討会議を開会いたします。
本日はオンラインでの開催です。

井上 修一 (座長)   0:41
座長の井上です。本日は避難所の運営について御議論いただきます。
まず事務局から資料の説明をお願いします。

事務局 (あさひ町 防災安全課)   1:15
資料２を御覧ください。昨年度の訓練では、避難所の開設に平均で四十分かかっており、
鍵の管理と職員の参集が課題となりました。

今年度は地区の自主防災組織に鍵を預ける方式を試行したいと考えております。

原田 千尋 (委員)   6:02
鍵を預ける方式には賛成です。ただ、預かる側の負担が大きくならないよう、
町が保険や研修を用意するべきだと思います。

小野寺 健   8:47
福祉避難所の指定が足りていないと感じています。
要配慮者の名簿を平時から地区と共有しておくべきではないでしょうか。

井上 修一 (座長)   11:20
ありがとうございました。本日の御意見を踏まえて、事務局で案を修正してください。
"""

VTT = """\
WEBVTT

NOTE
会議名：みどり川流域水害対策協議会（第４回）
開始時刻：2026/09/30 10:00:00

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/11-0
00:00:02.480 --> 00:00:06.910
<v 河合 悠斗 (みどり市 河川課)>それでは、第４回みどり川流域水害対策協議会を</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/11-1
00:00:06.910 --> 00:00:10.050
<v 河合 悠斗 (みどり市 河川課)>始めさせていただきます。</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/14-0
00:00:11.200 --> 00:00:15.730
<v 森下 彩 (会長)>会長の森下です。本日は、流域の遊水地の候補地について、</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/14-1
00:00:15.730 --> 00:00:19.400
<v 森下 彩 (会長)>各委員から御意見を伺いたいと思います。</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/20-0
00:00:20.010 --> 00:00:24.880
<v 桑原 誠 / 委員>候補地の三か所のうち、下流の農地については、</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/20-1
00:00:24.880 --> 00:00:29.120
<v 桑原 誠 / 委員>耕作を続けながら洪水時だけ水を入れる方式にすれば、</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/20-2
00:00:29.120 --> 00:00:33.640
<v 桑原 誠 / 委員>地権者の理解も得やすいのではないかと思います。</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/20-3
00:00:33.640 --> 00:00:38.020
<v 桑原 誠 / 委員>その場合、収穫前の浸水に対する補償の仕組みを、</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/20-4
00:00:38.020 --> 00:00:41.500
<v 桑原 誠 / 委員>あらかじめ決めておくべきです。</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/25-0
00:00:42.300 --> 00:00:47.990
<v 西村 ひかり>上流の候補地は住宅に近いので、
説明会を早い段階で開いていただきたいです。</v>

5f3c9a12-7d41-4b8e-a2f0-6c1d2e3f4a5b/29-0
00:00:48.500 --> 00:00:52.100
<v 森下 彩 (会長)>ありがとうございます。事務局で整理をお願いします。
"""

ZOOM = """\
みなと市公共施設再編市民会議　第３回（Zoom）

[長谷川 直子] 10:03:21
皆さん、おはようございます。第３回の市民会議を始めます。

[松本 亮 (資産経営課)] 10:04:02
資産経営課の松本です。画面に資料を共有いたします。
公民館と図書館の分館を一つの建物にまとめる案について説明いたします。

[高木 さくら] 10:12:45
図書館の分館が遠くなる地区の子どもたちのために、
移動図書館の巡回を増やしてほしいと思います。

[長谷川 直子] 10:18:30
ほかにいかがでしょうか。チャットでも御意見をお寄せください。

10:21:40 From 岡田 勇 to Everyone:
\t建物をまとめるなら、駐車場を広く確保してください。
10:22:05 From 高木 さくら : 夜間も使えるようにしてほしいです。
"""

SRT = """\
1
00:00:01,200 --> 00:00:04,800
小川：ただいまから青葉区まちづくり協議会を開会します。

2
00:00:05,000 --> 00:00:09,300
本日は商店街の空き店舗の活用について話し合います。

3
00:00:09,800 --> 00:00:13,100
菅原：空き店舗を子育て世代の交流の場として

4
00:00:13,100 --> 00:00:16,900
使えるようにしてはどうかと考えています。

5
00:00:17,400 --> 00:00:21,000
事務局：家賃の補助制度については、来年度の予算で検討します。
"""

AI = """\
会議: ひばり台地区公共交通意見交換会
日時: 2026年11月5日 15:00
※この記録は自動で作成したものです。

話者1  00:00:05
本日はお集まりいただきありがとうございます。意見交換会を始めます。

話者2  00:01:23
朝の便が少なく、駅まで歩いている高齢者が多いので、増便をお願いしたいです。

話者3  00:03:40
乗合タクシーの予約が前日までなのは不便なので、当日でも予約できるようにすべきだと思います。

話者1  00:05:12
ありがとうございました。いただいた御意見は市に伝えます。
"""

WORD = """\
ひかり市子ども・子育て会議（第３回）-20260714_100003-会議の録音
2026年7月14日 10:00:03
1時間 5分 41秒
西岡 遥 が文字起こしを開始しました
西岡 遥 (ひかり市 こども未来課)   0:05
おはようございます。第３回ひかり市子ども・子育て会議を始めます。本日は放課後児童クラブの待機児童について御議論をお願いします。
0:01:12 前川 孝之 (会長)
会長の前川です。まず事務局から現状の説明をお願いします。
西岡 遥 (ひかり市 こども未来課)   1:30
今年の四月時点で、待機児童は三つの小学校区で合わせて四十二人となっております。
前川 孝之 (会長)   6:48
ありがとうございます。委員の皆様、御意見をお願いします。
Ruth Okada   7:05
学校の空き教室を使えるように、教育委員会と早めに調整していただきたいです。
西岡 遥 が文字起こしを停止しました
"""

WINDOW = """\
つばさ町観光振興会議（第１回）

大塚 裕子 (つばさ町 商工観光課)
0:06
皆さん、おはようございます。ただいまから第１回つばさ町観光振興会議を始めます。

三浦 大地 (会長)
0:58
会長の三浦です。本日は、夏の花火大会の運営について御意見を伺います。

桜井 恵美
2:31
駐車場が足りず、毎年渋滞が起きています。
臨時のシャトルバスを出してはどうでしょうか。

三浦 大地 (会長)
5:10
ありがとうございます。事務局で検討してください。
"""

MEET = """\
しらかば市若者会議 - トランスクリプト

00:00:00

森 すみれ: それでは、第２回の若者会議を始めます。
森 すみれ: 今日はまちのイベントの広報について話し合います。
青山 拓海: 高校生にはSNSでの告知が一番届くと思います。

00:05:00

中川 遼: 紙のチラシも、図書館や駅に置いてほしいです。
森 すみれ: ありがとうございます。次回までに案をまとめます。
"""

FILES = (
    ("transcript-teams-utf16.txt", TEAMS, "utf-16-le", b"\xff\xfe", "\r\n"),
    ("transcript-teams-cues.vtt", VTT, "utf-8", b"\xef\xbb\xbf", "\n"),
    ("transcript-zoom-cp932.txt", ZOOM, "cp932", b"", "\r\n"),
    ("transcript-captions.srt", SRT, "utf-8", b"", "\r\n"),
    ("transcript-ai-minutes-bom.txt", AI, "utf-8", b"\xef\xbb\xbf", "\n"),
    ("transcript-teams-window-crlf.txt", WINDOW, "utf-8", b"", "\r\n"),
    ("transcript-meet-colons.txt", MEET, "utf-8", b"", "\n"),
)


def write(out: Path, files: tuple[tuple[str, str, str, bytes, str], ...], word: str, word_name: str) -> None:
    """Each text in its encoding, byte-order mark and line ends, and ``word`` a Word document of a
    paragraph a line (``make_interviews.py`` writes its fixtures so too)."""
    for name, text, encoding, bom, newline in files:
        (out / name).write_bytes(bom + text.replace("\n", newline).encode(encoding))
    from docx import Document

    doc = Document()
    for paragraph in word.splitlines():
        doc.add_paragraph(paragraph)
    doc.save(str(out / word_name))


def main(out: Path) -> None:
    write(out, FILES, WORD, "transcript-teams-word.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
