"""Online meetings' transcripts (``ingest/transcript.py``): the record Teams, Zoom, Webex or an AI
minute-taker writes, saved as .vtt, .srt, .txt or .docx. Six fixtures written here in the shapes
they arrive in (``tests/tools/make_transcripts.py``: UTF-16LE with a byte-order mark and CRLF, UTF-8
with a byte-order mark, CP932 and CRLF, a Word document; fictional bodies, names and sentences),
with the expected parse — rows: (speaker label, name, title, role, start of the text, first line,
last line) — and the fate of every line (f front, a agenda, n narrative, p point, s stage, F
furniture, b blank, u unread); two transcripts written apart from the rules (a Zoom cloud
recording's WebVTT with the name before a colon in every cue and a speech over five cues; a Teams
text with the clock before the name, affiliations after a slash, CP932); a timetable and ordinary
minutes with clocks are no transcript.

Before (main cefdf2d), by turns found with the right speaker at the turn's first line: the Teams
text 0/6 (every entry's line glued onto the speech above, all 事務局's), the Teams WebVTT 0/5
(``v森下彩(会長)`` labels, a point a cue, the markup in the text), the Zoom text 0/6 and the AI
minutes 0/4 (refused: no speaker found), the SRT 1/3 (the cues' timings the front matter), the
Word document refused; the records written apart 0/5 (refused) and 2/5. Added after (main e3e492b,
which read the forms above): Teams copied from its window (the clock on the line under the name) and
Google Meet (``名前: …`` between clocks alone) were refused (no speaker found).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assembler import minutes
from assembler.ingest import iter_input_files, read_source
from assembler.ingest.text import split_lines
from assembler.ingest.transcript import read_transcript
from conftest import FIXTURES
from test_forms8 import check_fixture

sys.path.insert(0, str(Path(__file__).parent / "tools"))

MINUTES = FIXTURES / "minutes"

EXPECTED = {
    # Teams saved as text: 会議名 / 開始時刻 the meeting's name and day, each entry ``名前 (所属)   0:41``
    # above its speech; 事務局 as the name is the secretariat, (座長) and (委員) titles of the role
    # table, a name alone of role other; a blank line inside an entry parts two points of its turn
    "transcript-teams-utf16.txt": [
        ("事務局（あさひ町防災安全課）", "", "事務局", "secretariat", "それでは定刻となりましたので、", 6, 7),
        ("井上修一（座長）", "井上修一", "座長", "chair", "座長の井上です。", 10, 11),
        ("事務局（あさひ町防災安全課）", "", "事務局", "secretariat", "資料２を御覧ください。", 14, 15),
        ("事務局（あさひ町防災安全課）", "", "事務局", "secretariat", "今年度は地区の自主防災組織に", 17, 17),
        ("原田千尋（委員）", "原田千尋", "委員", "member", "鍵を預ける方式には賛成です。ただ、預かる側の負担が大きくならないよう、町が", 20, 21),
        ("小野寺健", "小野寺健", "", "other", "福祉避難所の指定が", 24, 25),
        ("井上修一（座長）", "井上修一", "座長", "chair", "ありがとうございました。", 28, 28),
    ],
    # Teams WebVTT: the header and the cues' ids and timings furniture, a NOTE's 会議名 / 開始時刻 the
    # meeting's; the cues of one speaker in a row one turn, one point (five cues of 桑原誠), the
    # markup off the text; an affiliation after a slash read as in brackets
    "transcript-teams-cues.vtt": [
        ("河合悠斗（みどり市河川課）", "河合悠斗", "", "other",
         "それでは、第４回みどり川流域水害対策協議会を始めさせていただきます。", 9, 13),
        ("森下彩（会長）", "森下彩", "会長", "chair", "会長の森下です。本日は、流域の遊水地の候補地について、各委員から", 17, 21),
        ("桑原誠（委員）", "桑原誠", "委員", "member", "候補地の三か所のうち、下流の農地については、耕作を続けながら洪水時だけ"
         "水を入れる方式にすれば、地権者の理解も得やすいのではないかと思います。その場合、収穫前の浸水に対する"
         "補償の仕組みを、あらかじめ決めておくべきです。", 25, 41),
        ("西村ひかり", "西村ひかり", "", "other", "上流の候補地は住宅に近いので、説明会を", 45, 46),
        ("森下彩（会長）", "森下彩", "会長", "chair", "ありがとうございます。", 50, 50),
    ],
    # Zoom's transcript copied into a text file, then its chat: ``[名前] 10:03:21`` above the speech,
    # ``10:21:40 From 名前 to Everyone:`` above the message, ``10:22:05 From 名前 : …`` with it
    "transcript-zoom-cp932.txt": [
        ("長谷川直子", "長谷川直子", "", "other", "皆さん、おはようございます。", 4, 4),
        ("松本亮（資産経営課）", "松本亮", "", "other", "資産経営課の松本です。", 7, 8),
        ("高木さくら", "高木さくら", "", "other", "図書館の分館が遠くなる", 11, 12),
        ("長谷川直子", "長谷川直子", "", "other", "ほかにいかがでしょうか。", 15, 15),
        ("岡田勇", "岡田勇", "", "other", "建物をまとめるなら、", 18, 18),
        ("高木さくら", "高木さくら", "", "other", "夜間も使えるようにしてほしいです。", 19, 19),
    ],
    # SubRip: numbers and timings furniture, ``名前：`` where the speaker changes, a cue with no
    # speaker going on the turn above (its sentence and the next cue's joined)
    "transcript-captions.srt": [
        ("小川", "小川", "", "other", "ただいまから青葉区まちづくり協議会を開会します。本日は", 3, 7),
        ("菅原", "菅原", "", "other", "空き店舗を子育て世代の交流の場として使えるようにしてはどうか", 11, 15),
        ("事務局", "", "事務局", "secretariat", "家賃の補助制度については、", 19, 19),
    ],
    # an AI minute-taker: unnamed speakers the recording numbered, each its own, role other
    "transcript-ai-minutes-bom.txt": [
        ("話者1", "話者1", "", "other", "本日はお集まりいただき", 6, 6),
        ("話者2", "話者2", "", "other", "朝の便が少なく、", 9, 9),
        ("話者3", "話者3", "", "other", "乗合タクシーの予約が", 12, 12),
        ("話者1", "話者1", "", "other", "ありがとうございました。", 15, 15),
    ],
    # Teams downloaded as Word: the recording's name (the meeting's, its day and 会議の録音 taken
    # off), the day, the length and who started and stopped the transcription furniture, the
    # clock after the name or before it
    "transcript-teams-word.docx": [
        ("西岡遥（ひかり市こども未来課）", "西岡遥", "", "other", "おはようございます。", 6, 6),
        ("前川孝之（会長）", "前川孝之", "会長", "chair", "会長の前川です。", 8, 8),
        ("西岡遥（ひかり市こども未来課）", "西岡遥", "", "other", "今年の四月時点で、", 10, 10),
        ("前川孝之（会長）", "前川孝之", "会長", "chair", "ありがとうございます。", 12, 12),
        ("Ruth Okada", "Ruth Okada", "", "other", "学校の空き教室を", 14, 14),
    ],
    # Teams copied from its window: the name (and affiliation) alone, the clock alone below it
    # (furniture), the speech below that
    "transcript-teams-window-crlf.txt": [
        ("大塚裕子（つばさ町商工観光課）", "大塚裕子", "", "other", "皆さん、おはようございます。", 5, 5),
        ("三浦大地（会長）", "三浦大地", "会長", "chair", "会長の三浦です。", 9, 9),
        ("桜井恵美", "桜井恵美", "", "other", "駐車場が足りず、毎年渋滞が起きています。臨時の", 13, 14),
        ("三浦大地（会長）", "三浦大地", "会長", "chair", "ありがとうございます。", 18, 18),
    ],
    # Google Meet: the meeting's name before ``- トランスクリプト``, clocks alone between the blocks,
    # ``名前: …`` an utterance a line (a speaker's two lines in a row two points)
    "transcript-meet-colons.txt": [
        ("森すみれ", "森すみれ", "", "other", "それでは、第２回の若者会議を始めます。", 5, 5),
        ("森すみれ", "森すみれ", "", "other", "今日はまちのイベントの広報について", 6, 6),
        ("青山拓海", "青山拓海", "", "other", "高校生にはSNSでの告知が", 7, 7),
        ("中川遼", "中川遼", "", "other", "紙のチラシも、", 11, 11),
        ("森すみれ", "森すみれ", "", "other", "ありがとうございます。", 12, 12),
    ],
}

LINE_FATES = {
    "transcript-teams-utf16.txt": "fffbpppbpppbpppbpbpppbpppbpp",
    "transcript-teams-cues.vtt": "FbFffbFFpbFFpbFFpbFFpbFFpbFFpbFFpbFFpbFFpbFFppbFFp",
    "transcript-zoom-cp932.txt": "fbppbpppbpppbppbppp",
    "transcript-captions.srt": "FFpbFFpbFFpbFFpbFFp",
    "transcript-ai-minutes-bom.txt": "fffbppbppbppbpp",
    "transcript-teams-word.docx": "ffFFppppppppppF",
    "transcript-teams-window-crlf.txt": "fbpFpbpFpbpFppbpFp",
    "transcript-meet-colons.txt": "fbFbpppbFbpp",
}

#: the meeting each fixture names (council, session, date): from the transcript's own header
MEETINGS = {
    "transcript-teams-utf16.txt": ("あさひ町地域防災計画検討会議", 2, "2026-10-21"),
    "transcript-teams-cues.vtt": ("みどり川流域水害対策協議会", 4, "2026-09-30"),
    "transcript-ai-minutes-bom.txt": ("ひばり台地区公共交通意見交換会", None, "2026-11-05"),
    "transcript-teams-word.docx": ("ひかり市子ども・子育て会議", 3, "2026-07-14"),
    "transcript-teams-window-crlf.txt": ("つばさ町観光振興会議", 1, None),
    "transcript-meet-colons.txt": ("しらかば市若者会議", None, None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_parses_as_expected_and_every_line_ends_in_its_place(name: str) -> None:
    check_fixture(MINUTES / name, EXPECTED[name], LINE_FATES[name])


@pytest.mark.parametrize("name", sorted(MEETINGS))
def test_the_meeting_is_the_one_the_transcript_header_names(name: str) -> None:
    m = minutes.parse_file(MINUTES / name).meeting
    assert (m.council, m.session, m.date) == MEETINGS[name]


@pytest.mark.parametrize("name,encoding", [
    ("transcript-teams-utf16.txt", "utf-16"), ("transcript-teams-cues.vtt", "utf-8-sig"),
    ("transcript-zoom-cp932.txt", "cp932"), ("transcript-ai-minutes-bom.txt", "utf-8-sig")])
def test_the_encodings_transcripts_are_saved_in_are_read(name: str, encoding: str) -> None:
    assert read_source(MINUTES / name).encoding == encoding


def test_the_reading_is_the_evidence_of_the_form() -> None:
    parsed = minutes.parse_file(MINUTES / "transcript-teams-cues.vtt")
    (reading,) = parsed.readings
    assert (reading.first, reading.last, reading.labels) == (9, 50, 5)
    assert "transcript" in reading.why


def test_vtt_and_srt_files_are_minutes_in_a_folder(tmp_path: Path) -> None:
    for name in ("a.vtt", "b.srt", "c.txt", "d.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [f.name for f in iter_input_files([tmp_path])] == ["a.vtt", "b.srt", "c.txt"]


def _rows(path: Path) -> list[tuple[str, str, str, str, int]]:
    return [(p.speaker.label, p.speaker.name, p.speaker.title, p.speaker.role, p.source.line_start)
            for p in minutes.parse_file(path).points]


# written apart from the fixtures and the rules (other names, another tool's layout)
ZOOM_CLOUD = [
    ("田村 恵", "おはようございます。ただいまから、ゆずの木市図書館協議会を開会します。"),
    ("田村 恵", "本日は新しい中央図書館の開館時間について、"),
    ("田村 恵", "委員の皆様から御意見をいただきます。"),
    ("吉岡 蓮 (図書館長)", "図書館長の吉岡です。現在の開館時間は午前九時から午後七時までですが、"),
    ("吉岡 蓮 (図書館長)", "平日の夜に利用したいという声が多く寄せられています。"),
    ("吉岡 蓮 (図書館長)", "そこで、金曜日だけ午後九時まで延長する案を考えております。"),
    ("吉岡 蓮 (図書館長)", "職員の配置については、会計年度任用職員を二名増やすことで"),
    ("吉岡 蓮 (図書館長)", "対応したいと考えております。"),
    ("中野 由紀子", "夜間の延長には賛成です。ただ、帰り道の安全のために、"),
    ("中野 由紀子", "駐輪場と歩道の照明を明るくしていただきたいと思います。"),
    ("Kenji Sato", "学生としては、試験期間だけでも毎日延長してもらえると助かります。"),
    ("田村 恵", "ありがとうございます。事務局で検討をお願いします。"),
]


def _zoom_cloud_vtt() -> str:
    out = ["WEBVTT", ""]
    for k, (who, said) in enumerate(ZOOM_CLOUD):
        start = k * 4.5
        out += [str(k + 1), f"00:00:{start:06.3f} --> 00:00:{start + 4.2:06.3f}", f"{who}: {said}", ""]
    return "\n".join(out)


def test_a_zoom_cloud_recordings_vtt_written_apart(tmp_path: Path) -> None:
    # first sight: 5/5 turns; the name before a colon in every cue, one speech over five cues
    path = tmp_path / "zoom.vtt"
    path.write_text(_zoom_cloud_vtt(), encoding="utf-8")
    assert _rows(path) == [("田村恵", "田村恵", "", "other", 5), ("吉岡蓮（図書館長）", "吉岡蓮", "図書館長", "government", 17),
                           ("中野由紀子", "中野由紀子", "", "other", 37), ("Kenji Sato", "Kenji Sato", "", "other", 45),
                           ("田村恵", "田村恵", "", "other", 49)]
    points = minutes.parse_file(path).points
    assert points[1].text == "".join(said for who, said in ZOOM_CLOUD[3:8])
    assert points[1].source.line_end == 33


TEAMS_CLOCK_FIRST = """\
さくら台小学校区地域協議会（令和８年度第１回）
開始時刻：2026/05/18 19:00

0:00:12 宮本 和也/会長
皆さんこんばんは。定刻になりましたので始めます。
今日は通学路の見守りについて話し合います。

0:01:40 清水 美穂/学校運営協議会
見守りボランティアの登録者が年々減っていて、
特に朝の時間帯が足りていません。
保護者の皆さんにも交代で参加していただけないでしょうか。

0:05:03 スピーカー3
旗当番の日程をアプリで調整できるようにすれば、
働いている保護者も参加しやすくなると思います。

0:07:45 宮本 和也/会長
ありがとうございます。次回までに事務局で案をまとめてください。

0:08:10 事務局（地域振興課）
承知しました。
"""


def test_a_teams_text_with_the_clock_first_written_apart(tmp_path: Path) -> None:
    # first sight: 5/5 turns (the clock before the name, affiliations after a slash, CP932, CRLF)
    path = tmp_path / "teams.txt"
    path.write_bytes(TEAMS_CLOCK_FIRST.replace("\n", "\r\n").encode("cp932"))
    assert [(label, line) for label, _n, _t, _r, line in _rows(path)] == [
        ("宮本和也（会長）", 5), ("清水美穂（学校運営協議会）", 9), ("スピーカー3", 14), ("宮本和也（会長）", 18),
        ("事務局（地域振興課）", 21)]
    parsed = minutes.parse_file(path)
    assert parsed.meeting.date == "2026-05-18" and not parsed.unread


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_transcript(split_lines(text, "x.txt", encoding="utf-8"))


def test_a_timetable_and_ordinary_minutes_are_no_transcript() -> None:
    # a timetable's clocks say nothing below them; ○ labels with a clock in brackets are the
    # record's own form (header_steps.clocked); one speaker's line with a clock is no form
    assert _read("次第\n10:00 開会\n10:05 あいさつ\n10:10 意見交換\n10:50 まとめ\n11:30 閉会\n") is None
    assert _read("第１回会議\n\n○山田会長（10:02）\nただいまから開会します。\n\n○佐藤委員（10:05）\n意見です。\n"
                 "\n○事務局（10:07）\nお答えします。\n") is None
    assert _read("山田 太郎   0:03\nそれでは始めます。\n\n○佐藤委員　意見です。\n") is None
    for name in ("board-clock-labels-pdftotext.txt", "welfare-clock-column-layout.txt",
                 "committee-field-export-separators-eucjp.txt"):
        assert read_transcript(read_source(MINUTES / name)) is None, name


def test_cues_of_one_speaker_are_one_turn_and_a_new_speaker_opens_the_next() -> None:
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v 北 一郎>それでは、\n\n"
           "00:00:02.000 --> 00:00:03.000\n<v 北 一郎>始めます。</v>\n\n"
           "00:00:03.000 --> 00:00:04.000\n<v 南 花子>意見があります。</v>\n\n"
           "00:00:04.000 --> 00:00:05.000\n<v 北 一郎>どうぞ。</v>\n")
    parsed = minutes.parse_source(_read(vtt))
    assert [(p.speaker.label, p.text) for p in parsed.points] == [
        ("北一郎", "それでは、始めます。"), ("南花子", "意見があります。"), ("北一郎", "どうぞ。")]


def test_more_forms_written_apart() -> None:
    # written after the rules, other names and words: an AI minute-taker's clock in brackets and
    # the speech after a colon; Zoom's chat in Japanese (差出人 … 宛先 全員:), the message on the
    # line or below it; Zoom's name in brackets and the speech on the clock's line
    ai = "話者1 (00:00:03): 皆さんこんにちは。\n話者2 (00:00:10): 今日は交通の話ですね。\n話者1 (00:00:20): はい、そうです。\n"
    assert [(p.speaker.label, p.text) for p in minutes.parse_source(_read(ai)).points] == [
        ("話者1", "皆さんこんにちは。"), ("話者2", "今日は交通の話ですね。"), ("話者1", "はい、そうです。")]
    zoom = ("[原田 美咲] 13:00:05 はい、皆さんこんにちは。\n\n[Tom Hill (国際交流員)] 13:02:10\n外国人住民への情報発信について"
            "意見を述べます。\n\n13:05:00 差出人 石田 悟 宛先 全員: 資料のリンクを共有します。\n"
            "13:06:12 差出人 原田 美咲 宛先 全員:\n\tありがとうございます。\n")
    parsed = minutes.parse_source(_read(zoom))
    assert [(p.speaker.label, p.text, p.source.line_start) for p in parsed.points] == [
        ("原田美咲", "はい、皆さんこんにちは。", 1), ("Tom Hill（国際交流員）", "外国人住民への情報発信について意見を述べます。", 4),
        ("石田悟", "資料のリンクを共有します。", 6), ("原田美咲", "ありがとうございます。", 8)]


def test_colon_lines_need_the_clocks_of_a_transcript() -> None:
    # 名前: … lines alone are no transcript (ordinary minutes' 日時：… / 委員：… lines); nor with one clock
    assert _read("山本 和子: 始めます。\n川口 健: どうぞ。\n山本 和子: 御意見を。\n") is None
    assert _read("00:00:00\n山本 和子: 始めます。\n川口 健: どうぞ。\n山本 和子: 御意見を。\n") is None


def test_sounds_in_cues_are_stage_directions_and_a_captions_dash_is_no_name() -> None:
    # written after the rule: [音楽] before the first turn, （拍手） between one speaker's cues (the
    # turn goes on over it), [拍手] before speech is no speaker, ［聴取不能］ inside speech stays, a
    # caption's "- 名前：" names the speaker
    vtt = ("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n[音楽]\n\n00:00:02.000 --> 00:00:05.000\n<v 山田 太郎>それでは始めます。</v>\n\n"
           "00:00:05.000 --> 00:00:07.000\n（拍手）\n\n00:00:07.000 --> 00:00:09.000\n[拍手] ありがとうございます。\n\n"
           "00:00:09.000 --> 00:00:12.000\n<v 佐藤 花子>［聴取不能］の件です。</v>\n\n"
           "00:00:12.000 --> 00:00:14.000\n- 山田：お答えします。\n")
    parsed = minutes.parse_source(_read(vtt))
    assert [(p.speaker.label, p.text, p.source.line_start, p.source.line_end) for p in parsed.points] == [
        ("山田太郎", "それでは始めます。[拍手] ありがとうございます。", 7, 13), ("佐藤花子", "［聴取不能］の件です。", 16, 16),
        ("山田", "お答えします。", 19, 19)]
    assert [(d.line, d.text) for d in parsed.directions] == [(4, "[音楽]"), (10, "（拍手）")]
    assert not parsed.unread


def test_a_display_name_that_opens_with_a_title_is_that_office_s() -> None:
    # written after the rule: a tool's display name with the title first (事務局 山田, 座長 小松 健二,
    # 総務課長 山田 太郎), a speaker in 【】 in a caption; a name that only begins like a title
    # (長田 一郎, 会田 太郎) stays the person's
    srt = "".join(f"{k}\n00:00:{k:02d},000 --> 00:00:{k + 1:02d},000\n{who}：{said}\n\n" for k, (who, said) in enumerate((
        ("事務局 山田", "始めます。"), ("座長 小松 健二", "議事に入ります。"), ("総務課長 山田 太郎", "説明します。"),
        ("長田 一郎", "質問です。"), ("会田 太郎", "意見です。")), start=1)) + "6\n00:00:07,000 --> 00:00:08,000\n【議長】以上です。\n"
    assert [(p.speaker.name, p.speaker.title, p.speaker.role) for p in minutes.parse_source(_read(srt)).points] == [
        ("山田", "事務局", "secretariat"), ("小松健二", "座長", "chair"), ("山田太郎", "総務課長", "government"),
        ("長田一郎", "", "other"), ("会田太郎", "", "other"), ("", "議長", "chair")]


def test_teams_older_word_transcript_and_spans_of_the_recording(tmp_path: Path) -> None:
    # written after the rule: Teams' older Word transcript (a paragraph each: the timing
    # 0:0:2.150 --> 0:0:6.800, the name alone, the speech; the title right above the first timing is
    # the front matter's, no cue id); an AI minute-taker's span 00:00:03 - 00:00:15 after the name
    from docx import Document

    doc = Document()
    doc.add_paragraph("いちょう区地域福祉推進会議")
    for timing, who, said in (("0:0:2.150 --> 0:0:6.800", "石原 真一", "それでは始めます。"),
                              ("0:0:6.800 --> 0:0:11.300", "石原 真一", "今日は見守り活動について話し合います。"),
                              ("0:0:12.010 --> 0:0:18.400", "松井 友美 (民生委員)", "若い世代に声をかけるべきだと思います。"),
                              ("0:0:23.500 --> 0:0:29.900", "Lee Min", "大学のサークルと連携できると思います。")):
        for text in (timing, who, said, ""):
            doc.add_paragraph(text)
    doc.save(str(tmp_path / "teams.docx"))
    parsed = minutes.parse_file(tmp_path / "teams.docx")
    assert [(p.speaker.label, p.speaker.role, p.source.line_start) for p in parsed.points] == [
        ("石原真一", "other", 4), ("石原真一", "other", 8), ("松井友美（民生委員）", "member", 12), ("Lee Min", "other", 16)]
    assert parsed.meeting.council == "いちょう区地域福祉推進会議" and not parsed.unread
    span = ("話者1 00:00:03 - 00:00:15\n今日はありがとうございます。\n\n話者2 00:00:16 - 00:00:40\n遊具の更新をお願いしたいです。\n\n"
            "話者1 00:00:41 - 00:00:50\n市に伝えます。\n")
    assert [(p.speaker.label, p.text) for p in minutes.parse_source(_read(span)).points] == [
        ("話者1", "今日はありがとうございます。"), ("話者2", "遊具の更新をお願いしたいです。"), ("話者1", "市に伝えます。")]
