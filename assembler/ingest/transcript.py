"""The transcript of an online meeting, as Teams, Zoom, Webex or an AI minute-taker writes it and a
secretariat receives it (.vtt, .srt, .txt, .docx, in any of the encodings ``ingest.text`` reads):

    WEBVTT                                    ← the file's header: furniture
                                              ← (between cues of one speaker: the turn goes on)
    3a1b…/12-0                                ← a cue's id (a GUID, 1, 2, 3 …): furniture
    00:00:03.120 --> 00:00:07.450             ← the cue's timing: furniture
    <v 山田 太郎>それでは始めます。</v>         ← the speaker in <v …>, the speech in the cue

    1 / 00:00:01,000 --> 00:00:04,000 / 山田：…   (.srt: the speaker before a colon, or none: the
                                                    speaker of the cue above goes on)
    山田 太郎 (総務課)   4:25                  ← Teams (.docx, copied text): the name, the clock;
    0:03:15 山田 太郎                             the speech on the lines below, up to the next
    [山田 太郎] 10:03:21                       ← Zoom's transcript
    10:03:21 From 山田 太郎 : …                 ← Zoom's chat: the message on the line
    話者1  00:01:23                            ← an AI minute-taker's unnamed speaker
    0:0:2.150 --> 0:0:6.800 / 山田 太郎 / …       ← Teams' older Word transcript: the name above the speech
    山田 太郎 / 4:25                            ← Teams copied from its window: the clock under the name
    00:05:00 / 山田 太郎: …                     ← Google Meet: clocks alone between the blocks

Each speaker's line becomes a row (cue ``row``: the label, U+3000, the speech on its line), as a
table of utterances' rows are (``ingest.delimited``, ``ingest.fields``): the label is the name as
written with the spaces inside it taken out, and the affiliation in brackets after it
(``山田太郎（総務課）``: the parser reads a title of the role table there, else the person is of role
other); cues of the same speaker in a row are one turn (the blank lines between them cued
``field``: the turn goes on), a cue with no speaker goes on the turn above it. Time stamps, cue ids
and the file's header are ``field`` (furniture, the turn going on). The lines before the first turn
are the front matter as they stand (a Teams header's 会議名 and 開始時刻 read as the meeting's name
and date).

The form is decided from the file, never from one line: two cue timings (``-->``) or more, or
three speaker's lines with a clock or more that say something (two when they are most of what
opens the text's blocks); ``名前: …`` lines only between two clocks alone or more, a speaker named
twice or more. Ordinary minutes (``○浅野委員長　…``, ``10:02 交通政策課長`` in a 会議録 typed from a
recording) are left as read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import N_
from ..model import Line, SourceText, SpeakerReading
from .delimited import front_lines

_SP = "[ \u3000\t]"
#: a clock as the recording writes it: 4:25, 0:03:15, 10:03:21, 00:01:23.450
_CLOCK = r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?"
#: a clock or a span of the recording: 4:25, 00:01:23 - 00:01:40
_STAMP = rf"{_CLOCK}(?:{_SP}*[-–~〜～]{_SP}*{_CLOCK})?"
#: a cue's timing line (WebVTT, SRT; Teams' older Word transcript writes 0:0:3.120 --> 0:0:7.450):
#: 00:00:03.120 --> 00:00:07.450 (settings after it)
_TIME = r"[0-9]{1,2}(?::[0-9]{1,2}){1,2}(?:[.,][0-9]{1,3})?"
_TIMING = re.compile(rf"^{_SP}*{_TIME}{_SP}*-->{_SP}*{_TIME}(?:{_SP}.*)?$")
#: a name: pieces parted by single spaces, no sentence, no clock, no bracket (話者1, 山田 太郎, Taro Yamada)
_NAME = r"[^\s\u3000\d:：。、,，\[\]［］()（）<>＜＞/／「」『』【】][^\t\u3000:：。、，\[\]［］()（）<>＜＞/／「」『』【】]{0,23}?"
#: an affiliation after the name: in brackets (総務課), （座長）, or after a slash (/ 総務課)
_AFFILIATION = rf"(?:{_SP}*[(（](?P<aff>[^()（）\n]{{1,30}})[)）]|{_SP}*[/／]{_SP}*(?P<aff2>[^:：。\n]{{1,30}}?))?"
_WHO = rf"(?P<name>{_NAME}){_AFFILIATION}"
#: a speaker's line with the clock: 山田 太郎 (総務課)   4:25, 0:03:15 山田 太郎, [山田 太郎] 10:03:21,
#: 話者1  00:01:23, 話者1 (00:01:23); or the clock, the speaker and the speech: [00:01:23] 話者1：…,
#: Zoom's chat 10:03:21 From 山田 太郎 : … (to Everyone)
_SPEAKER_LINES = tuple(re.compile(p) for p in (
    rf"^{_SP}*{_WHO}{_SP}+[\[(（]?{_STAMP}[\])）]?{_SP}*$",
    rf"^{_SP}*{_WHO}{_SP}*[\[(（]{_STAMP}[\])）]{_SP}*[:：]{_SP}*(?P<said>\S.*)$",
    rf"^{_SP}*[\[［【]{_WHO}[\]］】]{_SP}*[\[(（]?{_STAMP}[\])）]?{_SP}*(?:[:：]?{_SP}*(?P<said>\S.*))?$",
    rf"^{_SP}*[\[(（]?{_STAMP}[\])）]?{_SP}+{_WHO}{_SP}*$",
    rf"^{_SP}*[\[(（]?{_CLOCK}[\])）]?{_SP}+(?:From|from|送信者|送信元|差出人){_SP}+(?P<name>.+?)"
    rf"(?:{_SP}+(?:to|To|宛先){_SP}+[^:：]+?)?{_SP}*[:：](?P<said>.*)$",
    rf"^{_SP}*(?:{_CLOCK}{_SP}+|[\[(（［]{_CLOCK}[\])）］]{_SP}*){_WHO}{_SP}*[:：]{_SP}*(?P<said>\S.*)$",
))
#: a clock alone on its line: under the name (Teams copied from its window: 山田 太郎 / 4:25), or
#: between a Google Meet transcript's blocks (00:05:00)
_CLOCK_ALONE = re.compile(rf"^{_SP}*[\[(（]?{_STAMP}[\])）]?{_SP}*$")
#: a clock in brackets before words that name no speaker, on a line after the first turn (［00:02:42］特に、…:
#: a turn going on, the clock a line the secretariat kept while editing a recognizer's text): the clock is off
#: the words
_CLOCK_LEAD = re.compile(rf"^{_SP}*[\[(（［]{_STAMP}[\])）］]{_SP}*")
#: a name alone on its line (above its clock)
_NAME_ALONE = re.compile(rf"^{_SP}*{_WHO}{_SP}*$")
#: the speaker before a colon, the speech after it (Google Meet: 山本 和子: それでは…)
_COLON_LINE = re.compile(rf"^{_SP}*{_WHO}{_SP}*[:：]{_SP}*(?P<said>\S.*)$")
#: a cue's speaker: <v 山田 太郎>…, <v.loud 山田>…
_VOICE = re.compile(r"<v(?:\.[^\s>]+)?[ \t]+(?P<who>[^>]+)>")
#: the speaker before the speech in a cue: 山田：…, 山田 太郎: …, [山田] …, （山田）…
_CUE_LABELS = (re.compile(rf"^{_SP}*{_WHO}{_SP}*[:：]{_SP}*(?P<said>\S.*)$"),
               re.compile(rf"^{_SP}*[\[［(（【]{_WHO}[\]］)）】]{_SP}*(?P<said>\S.*)$"))
#: markup inside a cue: voice, class, italics … and a karaoke time stamp
_TAGS = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<[0-9:.]+>")
#: the lines of a WebVTT file that are no cue: its header, NOTE, STYLE and REGION blocks
_VTT_BLOCK = re.compile(r"^\ufeff?(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)")
#: a cue's id right above its timing: a number (.srt), a GUID, 3a1b…/12-0 — no words of the record
#: (a title right above the first timing is the front matter's)
_CUE_ID = re.compile(r"^[ \t]*[0-9A-Za-z][0-9A-Za-z/_.:-]*[ \t]*$")
_SPACES = re.compile(r"[ \u3000\t]+")
#: the spaces inside a name between characters that are not Latin (山田 太郎 -> 山田太郎; Taro Yamada stays)
_NAME_SPACE = re.compile(r"(?<=[^\x00-\x7f])[ \u3000\t]+|[ \u3000\t]+(?=[^\x00-\x7f])")
#: the header's fields a Teams transcript writes above the turns: the meeting's name and its start
_MEETING_FIELD = re.compile(rf"^{_SP}*(?P<key>会議名|会議|会議のタイトル|タイトル|Meeting title|Title){_SP}*[:：]{_SP}*(?P<value>\S.*)$")
_DATE_FIELD = re.compile(rf"^{_SP}*(?P<key>開始時刻|開始日時|日時|開催日時|Start time|Date){_SP}*[:：]{_SP}*(?P<value>\S.*)$")
#: the tool's own lines: who started or stopped the transcription or the recording, the recording's length
_TOOL_LINE = re.compile(rf"^{_SP}*(?:.{{1,40}}?{_SP}*が(?:文字起こし|トランスクリプト|トランスクリプション|レコーディング|録画|記録)"
                        rf"を(?:開始|停止|終了)しました。?|.{{1,40}}?{_SP}+(?:started|stopped){_SP}+(?:transcription|recording)\.?|"
                        rf"(?:[0-9]+{_SP}*時間{_SP}*)?[0-9]+{_SP}*分(?:{_SP}*[0-9]+{_SP}*秒)?|"
                        rf"(?:[0-9]+h{_SP}*)?[0-9]+m(?:{_SP}*[0-9]+s)?|トランスクリプト|文字起こし|Transcript){_SP}*$")
#: the recording's name Teams heads its transcript with: the meeting's, then the day and 会議の録音
_RECORDING = re.compile(rf"^{_SP}*(?P<value>\S.*?)(?:-[0-9]{{8}}_[0-9]{{6}}-(?:会議の録音|Meeting Recording|会議のレコーディング)|"
                        rf"{_SP}*[-－–―]{_SP}*(?:トランスクリプト|文字起こし|Transcript)){_SP}*$")
#: a clock anywhere in the text (the gate: a transcript holds two at least)
_CLOCK_GATE = re.compile(r"[0-9]:[0-9]{2}")
#: the clock after a start time's day: 2026/11/12 14:00:05 -> 2026/11/12
_CLOCK_AFTER = re.compile(rf"{_SP}+{_CLOCK}.*$")
#: how many speaker's lines with a clock make the form (two when they open most of the text's blocks)
_LEAST_TURNS = 3
#: a heading of what an AI minute-taker writes under the transcript (要約, 会議の要点, アクションアイテム,
#: 決定事項, 【まとめ】, ## Summary): short, no sentence, marks and brackets aside
_SUMMARY_HEAD = re.compile(rf"^{_SP}*(?:#+|[■□◆◇●○◎・]|[【\[［(（〔<＜])?{_SP}*"
                           r"(?:AI(?:による)?|ＡＩ(?:による)?|会議の|本日の)?"
                           r"(?:要約|要点|まとめ|サマリー?|概要|議事メモ|アクションアイテム|アクション項目|次のステップ|ネクストステップ"
                           r"|決定事項|決まったこと|宿題事項|ToDo|TODO|タスク|フォローアップ"
                           r"|Summary|Meeting notes|Action items|Next steps|Key points|Decisions)"
                           rf"(?:{_SP}*[（(][^）)]{{0,20}}[）)])?{_SP}*[】\]］)）〕>＞]?{_SP}*[:：]?{_SP}*$")
#: a cue's line that notes what the meeting reached (結論：…, 決定事項：…): no one's words, the turn goes on
_NOTE_LINE = re.compile(rf"^{_SP}*(?:結論|決定事項|決定|要約|要点|まとめ|合意事項|宿題|アクション|TODO|ToDo){_SP}*[:：]")
_LEAST_CUES = 2

#: the evidence of the form's reading (``assembler review`` shows it with its lines)
_READ = N_("an online meeting's transcript (Teams, Zoom, WebVTT, SRT, an AI minute-taker's): each speaker's line "
           "with the recording's clock (or a cue's <v name>) opens a turn, the speech on it or below it; cues of "
           "one speaker in a row are one turn; clocks, cue numbers and timings are furniture")


def label(name: str, affiliation: str = "") -> str:
    """The speaker's label: the name with the spaces inside it taken out (not between Latin
    words), the affiliation after it in brackets.

    >>> label("山田 太郎"), label("山田 太郎", "みなと市 総務課"), label("Taro Yamada"), label("話者1")
    ('山田太郎', '山田太郎（みなと市総務課）', 'Taro Yamada', '話者1')
    """
    name = _NAME_SPACE.sub("", name.strip(" \u3000\t"))
    affiliation = _NAME_SPACE.sub("", affiliation.strip(" \u3000\t"))
    return f"{name}（{affiliation}）" if affiliation else name


def _who(m: re.Match[str]) -> str:
    groups = m.groupdict()
    return label(groups["name"] or "", groups.get("aff") or groups.get("aff2") or "")


def speaker_line(text: str) -> tuple[str, str | None] | None:
    """The label and the speech (None: the speech is below) of a speaker's line with the clock.

    >>> speaker_line("山田 太郎 (総務課)   4:25"), speaker_line("[山田 太郎] 10:03:21")
    (('山田太郎（総務課）', None), ('山田太郎', None))
    >>> speaker_line("10:03:21 From 山田 太郎 : 資料をお願いします。"), speaker_line("10:00　開会")
    (('山田太郎', '資料をお願いします。'), None)
    >>> speaker_line("【話者2】 00:01:23"), speaker_line("話者1 [00:01:23]"), speaker_line("話者1 (00:00:03): はい。")
    (('話者2', None), ('話者1', None), ('話者1', 'はい。'))
    """
    if ":" not in text:
        return None
    for rx in _SPEAKER_LINES:
        m = rx.match(text)
        if m is not None:
            who = _who(m)
            if _plausible_name(who):
                said = m.groupdict().get("said")
                return who, (said.strip(" \u3000\t") if said is not None else None)
    return None


#: words that stand after a clock in ordinary minutes, no speaker's name: 10:00 開会, 11:30 閉会
_NOT_NAME = re.compile(r"開会|閉会|散会|休憩|再開|開始|終了|開議|延会|会議|議事|議題|資料|日時|場所|出席|欠席|件名|開催|日程|次第|"
                       r"備考|参考|時間|時刻|午前|午後|^[0-9０-９]"
                       # what the meeting reached, noted in a cue or under the transcript (結論：…, 決定事項：)
                       r"|結論|決定|要約|要点|まとめ|課題|宿題|論点|合意|補足|メモ|アクション|タスク|TODO|ToDo")


#: a sound the captions note in brackets, no one's name: [音楽], （拍手）, (笑), [聴取不能], ♪
_SOUND_WORD = r"拍手|音楽|笑|聴取不能|聞き取り不能|不明瞭|雑音|無音|沈黙|BGM|[Mm]usic|[Aa]pplause|[Ll]aughter|[Ii]naudible"
_SOUND = re.compile(rf"^{_SP}*(?:[\[［(（〔](?:{_SOUND_WORD})[\]］)）〕]|[♪♫]+.*){_SP}*$")
#: the dash captions open a line with when the speaker changes (- 山田：…)
_CHANGE = re.compile(rf"^{_SP}*[-－‐―]{_SP}+")


def _plausible_name(who: str) -> bool:
    return bool(who) and _NOT_NAME.search(who) is None and "。" not in who and re.fullmatch(_SOUND_WORD, who) is None


def cue_speech(text: str) -> tuple[str | None, str]:
    """A cue's line: its speaker (None: none named) and its speech, the markup taken out.

    >>> cue_speech("<v 山田 太郎>それでは始めます。</v>"), cue_speech("山田：はい。"), cue_speech("続けます。")
    (('山田太郎', 'それでは始めます。'), ('山田', 'はい。'), (None, '続けます。'))
    >>> cue_speech("- 佐藤：お答えします。"), cue_speech("[拍手] ありがとうございます。")
    (('佐藤', 'お答えします。'), (None, '[拍手] ありがとうございます。'))
    """
    m = _VOICE.search(text)
    if m is not None:
        inner = re.match(_WHO + "$", m["who"].strip())
        who = _who(inner) if inner is not None else label(m["who"])
        return who, _TAGS.sub("", text).strip(" \u3000\t")
    plain = _TAGS.sub("", text)
    for rx in _CUE_LABELS:
        m2 = rx.match(_CHANGE.sub("", plain, count=1))
        if m2 is not None and _plausible_name(who := _who(m2)):
            return who, m2["said"].strip(" \u3000\t")
    return None, plain.strip(" \u3000\t")


def read_transcript(src: SourceText) -> SourceText | None:
    """The lines of an online meeting's transcript (see the module), cued for the parser; None
    when the file is no transcript (read as it was)."""
    joined = "\n".join(line.text for line in src.lines)
    first = _CLOCK_GATE.search(joined)
    if first is None or _CLOCK_GATE.search(joined, first.end()) is None:
        return None  # one clock at most: no transcript (the cheap gate every text goes through)
    made = (_Cues(src.lines).read() if "-->" in joined else None) or _Turns(src.lines).read()
    if made is None:
        return None
    rows = [line.number for line in made if line.cue == "transcript"]
    reading = (SpeakerReading(rows[0], made[-1].number, len(rows), False, _READ),) if rows else ()
    return replace(src, lines=tuple(made), readings=src.readings + reading)


class _Cues:
    """A WebVTT or SRT file: cues of timed text, the speaker in ``<v …>`` or before a colon."""

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.texts = [line.text for line in lines]
        self.fate: dict[int, Line] = {}  # a line's reading, where it is not as read
        self.front: dict[int, list[Line]] = {}  # a NOTE's 会議名 / 開始時刻: the meeting's lines

    def read(self) -> list[Line] | None:
        timings = [i for i, t in enumerate(self.texts) if "-->" in t and _TIMING.match(t)]
        if len(timings) < _LEAST_CUES:
            return None
        self.blocks()
        cues = [self.cue(i) for i in timings]
        self.turns(cues, self.named_above(cues))
        lines = self.lines
        return [made for i in range(len(lines)) for made in self.front.get(i) or [self.fate.get(i, lines[i])]]

    def blocks(self) -> None:
        """The file's header and its NOTE, STYLE and REGION blocks (up to a blank line): furniture,
        a meeting's name or start in them the front matter."""
        inside = False
        for i, text in enumerate(self.texts):
            inside = bool(text.strip()) and (inside or _VTT_BLOCK.match(text) is not None)
            if inside:
                self.fate[i] = replace(self.lines[i], cue="field")
                if made := _front(self.lines[i]):
                    self.front[i] = made

    def cue(self, i: int) -> list[int]:
        """The cue whose timing is line ``i``: its id above (furniture, as the timing) and its
        text's lines, up to a blank line or the next cue's id."""
        texts = self.texts
        if i > 0 and _CUE_ID.match(texts[i - 1]) and i - 1 not in self.fate:
            self.fate[i - 1] = replace(self.lines[i - 1], cue="field")
        self.fate[i] = replace(self.lines[i], cue="field")
        body: list[int] = []
        j = i + 1
        while j < len(texts) and texts[j].strip() and not (j + 1 < len(texts) and _TIMING.match(texts[j + 1])):
            body.append(j)
            j += 1
        return body

    def named_above(self, cues: list[list[int]]) -> dict[int, str]:
        """The cues' first lines that name the speaker alone above the speech (Teams' older Word
        transcript: the timing, ``山田 太郎``, the speech), by the label: when most cues of two
        lines or more open so and a name comes back; else none."""
        texts = self.texts
        longer = [body for body in cues if len(body) >= 2]
        named: dict[int, str] = {}
        for body in longer:
            m = _NAME_ALONE.match(texts[body[0]]) if "<" not in texts[body[0]] else None
            if m is not None and _plausible_name(who := _who(m)):
                named[body[0]] = who
        names = list(named.values())
        return named if 2 * len(named) > len(longer) and len(set(names)) < len(names) else {}

    def turns(self, cues: list[list[int]], named: dict[int, str]) -> None:
        """The cues' text: a speaker other than the one speaking opens a turn; the same speaker's
        and a cue with no speaker go on it, the blank lines between them within it."""
        lines, current, last = self.lines, None, -1  # the speaker, the last line of the turn
        for j in (j for body in cues for j in body):
            who, said = (named[j], "") if j in named else cue_speech(self.texts[j])
            if who is None and _NOTE_LINE.match(said):
                self.fate[j] = Line(said, lines[j].number, lines[j].page, "note")  # the turn goes on
                last = j
                continue
            if said and _SOUND.match(said):
                self.fate[j] = Line(said, lines[j].number, lines[j].page, "stage")  # the turn goes on
                continue
            if who is not None and who != current:
                self.fate[j] = Line(f"{who}\u3000{said}".rstrip("\u3000"), lines[j].number, lines[j].page, "transcript")
                current = who
            else:
                # the speech going on, or the name above it again (furniture: the turn goes on)
                self.fate[j] = replace(lines[j], cue="field") if j in named else Line(said, lines[j].number, lines[j].page)
                if current is not None:
                    self.fate.update((k, replace(lines[k], text="", cue="field"))
                                     for k in range(last + 1, j) if not self.texts[k].strip())
            last = j


class _Turns:
    """Speakers' lines with the recording's clock (Teams, Zoom, an AI minute-taker), the speech on
    the lines below each up to the next; a name with its clock on the line below (Teams copied from
    its window); speakers before a colon between clocks alone (Google Meet)."""

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.texts = [line.text for line in lines]
        self.found: dict[int, tuple[str, str | None]] = {}  # a speaker's line: the label, the speech on it
        self.clocks: set[int] = set()  # the clocks alone on their lines (furniture)

    def read(self) -> list[Line] | None:
        texts, found = self.texts, self.found
        for i, text in enumerate(texts):
            if ":" in text and (sp := speaker_line(text)) is not None:
                found[i] = sp
        self.clocks = {i for i, t in enumerate(texts) if ":" in t and _CLOCK_ALONE.match(t)}
        self.named_above_clocks()
        self.colon_lines()
        if not self.is_transcript():
            return None
        first = min(found)
        summary = self.summary(max(found))
        out: list[Line] = []
        for i, line in enumerate(self.lines):
            if i >= summary:
                out.append(replace(line, cue="summary") if line.text.strip() else line)
            elif i in found:
                who, said = found[i]
                out.append(Line(f"{who}\u3000{said}" if said else who, line.number, line.page, "transcript"))
            elif i in self.clocks or _TOOL_LINE.match(line.text):
                out.append(replace(line, cue="field"))  # a clock alone, the tool's own line: furniture
            elif i < first:
                out.extend(_front(line) or [line])
            elif (m := _CLOCK_LEAD.match(line.text)) is not None and line.text[m.end():].strip():
                out.append(replace(line, text=line.text[m.end():]))  # the clock before words going on
            else:
                out.append(line)
        return out

    def summary(self, last: int) -> int:
        """Where what an AI minute-taker writes under the transcript begins (len(lines) when
        nothing): after the last speaker's line, the first heading of a summary (要約, 会議の要点,
        アクションアイテム, 決定事項: ``_SUMMARY_HEAD``) standing after a blank line — no one's
        words, though it stands under the last turn."""
        texts = self.texts
        for i in range(last + 1, len(texts)):
            if texts[i].strip() and not texts[i - 1].strip() and _SUMMARY_HEAD.match(texts[i]):
                return i
        return len(texts)

    def named_above_clocks(self) -> None:
        """A name alone on the line above a clock alone: a speaker's line (山田 太郎 / 4:25)."""
        for i in sorted(self.clocks):
            if i > 0 and i - 1 not in self.found and (m := _NAME_ALONE.match(self.texts[i - 1])) is not None \
                    and _plausible_name(who := _who(m)):
                self.found[i - 1] = (who, None)

    def colon_lines(self) -> None:
        """Speakers before a colon, when clocks alone part the text's blocks (two or more, no
        name above them) and a speaker speaks twice or more: Google Meet's transcript."""
        free = sorted(i for i in self.clocks if i - 1 not in self.found)
        if len(free) < 2:
            return
        said: dict[int, tuple[str, str | None]] = {}
        for i in range(free[0] + 1, len(self.texts)):
            if i not in self.found and (m := _COLON_LINE.match(self.texts[i])) is not None and _plausible_name(who := _who(m)):
                said[i] = (who, m["said"].strip(" \u3000\t"))
        names = [who for who, _said in said.values()]
        if len(said) >= _LEAST_TURNS and len(set(names)) < len(names):
            self.found.update(said)

    def is_transcript(self) -> bool:
        """Three speakers' lines or more that say something (the speech on the line or right
        below it, or below its clock: a timetable's ``10:05 あいさつ`` / ``10:10 意見交換`` says
        nothing), or two that open most of the text's blocks (the first line after a blank line)."""
        texts, found = self.texts, self.found
        if not found:
            return False

        def says(i: int) -> bool:
            below = i + 2 if i + 1 in self.clocks else i + 1
            return below < len(texts) and bool(texts[below].strip()) and below not in found

        spoken = [i for i, (_who, said) in found.items() if said or says(i)]
        if len(spoken) >= _LEAST_TURNS:
            return True
        if len(spoken) < 2:
            return False
        opening = [i for i, t in enumerate(texts) if t.strip() and (i == 0 or not texts[i - 1].strip())]
        after = [i for i in opening if i >= min(found)]
        return 2 * sum(1 for i in after if i in found) > len(after)


def _front(line: Line) -> list[Line]:
    """A transcript header's meeting name or start time (会議名: …, 開始時刻: …) as the front
    matter's lines (the start's clock left off: it is the recording's); [] for any other line."""
    if (m := _MEETING_FIELD.match(line.text) or _RECORDING.match(line.text)) is not None:
        return [replace(made, page=line.page) for made in front_lines(m["value"], "", line.number)]
    if (m := _DATE_FIELD.match(line.text)) is not None:
        return [replace(made, page=line.page) for made in front_lines("", _CLOCK_AFTER.sub("", m["value"]), line.number)]
    return []
