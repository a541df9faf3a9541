# mypy: disable-error-code="misc"
"""Speaker headers and labels: the shapes a label takes, the label split into office, title and name, a
header's speech, the steps that open a turn at a header.

Steps of ``LineParser`` (a mixin; parser.py says how the steps share its state).

Attributes of the parser it sets:

    _qa_asked, _turn_marks, _panel_labels, at, back, clock_cut, closed, group, header_speaker, label_clock,
    label_line, last_speaker, last_was_header, legend_para, pending, seen_speaker, skip_to,
    speaker, turn_no, turns

and reads (set in ``LineParser.__init__`` or by other steps):

    acted, bare, cur, front_block, glued, glued_turns, heads, holders, in_body, labels, legend,
    listed, named_at, out, press, roles, spoke, src, trail, user_shapes, wrap
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..i18n import N_
from ..model import Direction, Line, Speaker, SpeakerReading
from . import groups, headed, numbering, press
from .patterns import BULLET_CHARS, NUMBERED
from ..text import DASHES, NAME_CHARS, UNIT_ALONE_ENDS, UNIT_ENDS
from .forms import (
    CLOSE, HEADER_OPENERS, HEADING_START, LABEL, NUMBER_START, LOCAL_GOVERNMENTS, MARKS, OPEN, SPACE_CLASS, TOPIC_MARKS,
    local_government
)
from . import forms as _forms
from .furniture import body_speaker, person_for_body
from .closing_steps import section_word
from .legend import opening_mark, side_mark, unboxed
from .paragraphs import balanced, unclosed, ends_sentence, indent_width
from .parsed import Para
from .roles import HONORIFIC, UNIT_HEAD, after_unit, office_person
from .title_first import (body_then_name, proceedings, spoken_title_first, surname, title_then_name,
                          typed_title_first)
from .view import LineStart
from .shapes import BUILTIN_SHAPES, BARE_NAME, BULLET_NAME, MARK_SHAPE, Shape, builtin_shapes, needs_held
from .native import trait

if TYPE_CHECKING:
    from .parser import LineParser

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_CIRCLE = _forms.CIRCLE
#: how a heading between turns opens: a mark, a number, a bracket, or an item's or a part's heading
_HEADED_START = HEADING_START | _forms.ITEM_START
_COMMAS = _forms.COMMAS
_END_MARK = _forms.END_MARK
_HIRAGANA = _forms.HIRAGANA
_ITEM_PRESENTER = _forms.ITEM_PRESENTER
_KANA_RUN = _forms.KANA_RUN
_LIST_SEP = _forms.LIST_SEP
_NARRATIVE_VOICE = _forms.NARRATIVE_VOICE
_PERSON = _forms.PERSON
_PRESENTED_ITEM = _forms.PRESENTED_ITEM
_SEAT = _forms.SEAT
_SPACES = _forms.SPACE_RUN
_STAGE_LINE = _forms.STAGE_LINE
_SURNAME_START = _forms.SURNAME_START
_WHITESPACE = _forms.SPACE_CHAR


#: what the brackets after a group's label say of the turn, not who speaks (【委員（書面）】,
#: 【座長（代読）】, 【事務局（補足）】, 【委員（オンライン）】, 【事務局（続き）】)
_GROUP_NOTE = re.compile(r"書面|代読|代理|補足|続き|追加|欠席|遅参|途中|説明|報告|回答|質問|意見|発言|資料|"
                         r"オンライン|リモート|ウェブ|[Ww][Ee][Bb]|ＷＥＢ|Ｗｅｂ|会場|再掲|抜粋|要旨|概要")
#: a group's label with a post and a person in its brackets, a space between them (事務局（課長　鈴木）)
_POST_PERSON = re.compile(r"^(?P<out>[^\s\u3000（()）]{1,12})[（(](?P<inner>[^（()）]{1,24}[ \u3000][^（()）]{1,8})[）)]$")
#: a panel's line (a symposium's, a forum's record): a name-like head — a surname in kanji, a name in
#: katakana —, the body or the post in brackets, then a space or a colon and the speech
#: (森下（空き家相談員） 相談員の森下です。, 佐々木（まちの縁側 代表）：…); labels where the shape recurs
_PANEL_LINE = re.compile(
    r"^[ \u3000]*(?P<label>(?P<name>[\u3400-\u9fff\uf900-\ufaff々ヶ]{1,4}|[\u30a1-\u30faー]{2,8}(?:・[\u30a1-\u30faー]{1,8}){0,2})"
    r"[（(](?P<inner>[^（）()\n。、「」：:]{1,24})[）)])[ \u3000：:]+(?=[^\s\u3000])", re.M)
_PANEL_LINES, _PANEL_PEOPLE = 3, 2
#: a head that names what is done or discussed, not who speaks (資料（案）, 議題（１）, 質疑（…）)
_ACT_NAME = re.compile(r"資料|議題|議事|次第|報告|説明|質疑|質問|回答|答弁|意見|要望|提案|補足|挨拶|その他|参考|別紙")
#: what stands between a group's label and the post that speaks for it (【事務局：課長補佐】,
#: 事務局／企画官, 【事務局・課長補佐】)
_GROUP_SEPARATOR = re.compile(r"[：:／/・]")
#: a unit of an office (企画課, 運輸支局, 総務部: ``text.UNIT_ENDS``; 市民活動センター): who speaks for it is its staff
_UNIT = re.compile(rf"^[\u3400-\u9fff々ヶ\u30a1-\u30faー]{{1,14}}(?:[{UNIT_ENDS}]|センター)$")
_NOBODY = Speaker("", "", "", "other")  # a title held by several people: it names nobody alone
_HEADER_START = frozenset(MARKS + OPEN + "QＱAＡ問答")


_OFFICE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a0-\u30ffー・（）()A-Za-zＡ-Ｚａ-ｚ0-9０-９]{5,45}$")
#: a sentence about who attends (…の２名が欠席した。, …は遅れて出席): an attendee list's, no speech
_ATTENDANCE = re.compile(r"(?:出席|欠席|遅参|遅刻|途中退席|早退)(?:し|した|する|され|です|。|$)|[0-9０-９]+[\s\u3000]*名")
#: an organisation, a space, a person (a surname and a title), a colon, the speech: 社会福祉協議会　森田主任：…
_BODY_THEN_PERSON = re.compile(r"^(?P<body>[^\s\u3000：:、。,，「」『』【】（）()]{2,30})[ \u3000]+"
                               r"(?P<person>[^\s\u3000：:、。,，「」『』【】（）()]{2,12})[ \u3000]*[：:][ \u3000]*(?P<text>\S.*)$")
_OFFICE_PERSON = re.compile(r"^[^（）()、。]{2,60}[（(](?P<person>[^（）()、。]{2,20})[）)]$")
#: a label spelled a character apart (会　長, 議 長, 事 務 局), then the speech
LETTER_SPACED = re.compile(r"^(?P<label>(?:(?:[0-9０-９]{1,3}|[^\s\u3000])[\s\u3000]+){1,5}[^\s\u3000])[\s\u3000]+"
                            r"(?P<text>[^\s\u3000]{2}.*)$")  # 会　長, 事 務 局, １１　番
#: a form's field that names who speaks (発言者：山田委員, 【発言者】事務局（子ども政策課長）)
_SPEAKER_FIELD = re.compile(rf"^[【［\[]?(?:発言者|話者)(?:名)?[】］\]]?{SPACE_CLASS}*[：:]?{SPACE_CLASS}*(?P<label>[^\s\u3000：:、。]{{1,40}})$")
_FIELD_START = frozenset("発話【［[")
#: a line longer than 20 characters can be a header only when it starts with one of these
#: (or a digit) or holds one of the characters below in its first 32 (see ``candidates``, and
#: ``title_person``: an opening bracket in the first 24)
NO_HEADER_FIRST = _HEADER_START | _FIELD_START
#: the characters below: a colon, a space or a bracket in a line's first 32 (a header's, or its label's end)
HEADER_HINT = re.compile(r"[：: \u3000)）(（]")
#: the bullets that mark no turn (``bullet_sentence``); what a label's brackets or colon need;
#: a character a label cannot hold (the complement of the shapes' ``LABEL``)
_SENTENCE_BULLETS = frozenset(BULLET_CHARS) - NO_HEADER_FIRST
_LABEL_MARKS = re.compile(r"[（(：:]")
_NOT_LABEL = re.compile("[" + LABEL[2:])
# An utterance's number before its header's mark or heavy bracket (1: ◯委員長（…君）, ２５：○…,
# 3. ○…, 1640【福田まちづくり調整担当部長】 …, as 会議録検索 sites number each utterance)
UTTERANCE_NUMBER = re.compile(rf"[0-9０-９]{{1,5}}\s*[:：.．]?\s*(?=[{MARKS}【〔])")
#: a question or an answer marked by its letter and a full stop, a number between or not
#: (Ｑ．…, Ａ．…, Q1. …, Ａ２．…): not a decimal (Q1.5), the text after it
_QA_NUMBERED = re.compile(r"^(?P<letter>[QＱAＡ]|質問|回答|意見|要望|問|答)[0-9０-９]{0,3}[．.](?![0-9０-９])"
                          r"[\s\u3000]*(?P<text>\S.*)$")
#: … or the letter and its number before a space or a colon (Ｑ１　…, Ａ１：…), as press
#: conferences number them (the letters only: 問１　… may be a survey's question quoted)
_QA_SPACED = re.compile(r"^(?P<letter>[QＱAＡ])[0-9０-９]{1,3}(?:[:：]|[ \u3000])(?![0-9０-９])[\s\u3000]*(?P<text>\S.*)$")
_QA_ASKED = LineStart(r"[ \t\u3000]*(?:(?:[QＱ]|質問|意見|要望|問)[0-9０-９]{0,3}[．.]|[QＱ][0-9０-９]{1,3}(?:[:：]|[ \u3000]))"
                      r"(?![0-9０-９])")
_QA_START = frozenset("QＱAＡ質回意要問答")
#: … and what a line a Q&A reading is tried on starts with (記者（あさひ新聞）… too: ``qa_labelled``)
QA_HEAD = _QA_START | frozenset("記")
#: a question's or an answer's mark, then who asks or answers in brackets, the speech after
#: it or below (Ｑ（北浜日報）財源は…, 問（幹事社）, 質問者（ひかりテレビ）…, Ａ（市長）…); 記者 before
#: the paper marks the asker as Ｑ does (記者（あさひ新聞）バスの路線について…: the label glued to the
#: question), never before a colon and a title (記者：市長… is no answer)
_QA_MARK = r"(?P<letter>[QＱAＡ問答]|質問者?|回答者?)"
_QA_BRACKETED = re.compile(r"^(?P<letter>[QＱAＡ問答]|質問者?|回答者?|記者)[ \u3000]*[：:]?[ \u3000]*"
                           r"[（(](?P<who>[^（）()、。，,\s\u3000]{1,24})[）)][ \u3000]*[：:]?[ \u3000]*(?P<text>.*)$")
#: … or the mark, a colon and the answering official's title, a space, the speech
#: (Ａ：市長　一般財源は…, Ａ：こども政策課長): the title a label of the role table
_QA_COLON_TITLE = re.compile(rf"^{_QA_MARK}[ \u3000]*[：:][ \u3000]*(?P<who>[^\s\u3000：:、。,，（）()「」]{{1,20}}?)"
                             r"(?:[ \u3000]+(?P<text>\S.*))?$")
#: the marks that alone on a line head the speech below (Ａ / 答: the answer of the official)
_QA_ALONE = frozenset(("Q", "Ｑ", "A", "Ａ", "問", "答"))
_QA_OTHER = {"Q": frozenset("AＡ"), "Ｑ": frozenset("AＡ"), "A": frozenset("QＱ"), "Ａ": frozenset("QＱ"),
             "問": frozenset("答"), "答": frozenset("問")}
_ANSWER_MARKS = frozenset(("A", "Ａ", "答", "回答", "回答者"))
#: what after a title says it is no label run into speech: a bracket, a colon, a space, a mark
_NOT_SPEECH_START = frozenset("（(「『：:、。・ \u3000)）")
#: a view or a request answered in turn, the word alone as the label (（意見）, 【要望】, 意見２：):
#: the asking side of a 懇談会's or 説明会's record, as 質問 is (the table's; these words head
#: groups' headings too — 委員の主な意見 — so only the word alone, with its number, is a label)
_ASKING = re.compile(r"(?P<word>意見|要望)(?P<number>[0-9０-９]{1,3})?")
_ASKING_WORDS = frozenset(("意見", "要望"))
#: a mark of what kind of turn follows (問, 答, Ｑ, Ａ, 質問, 回答, 意見, 要望), by its title,
#: and what it says the turn is (``kind_marked``); a mark's name is none or its number (問１)
_KIND_MEANING = {"問": "question", "質問": "question", "Ｑ": "question", "Q": "question",
                 "答": "answer", "回答": "answer", "Ａ": "answer", "A": "answer",
                 "意見": "opinion", "要望": "request"}
_KIND_TITLES = frozenset(_KIND_MEANING)
#: how ``speaker_why`` opens for a turn whose label follows a mark of its kind
KIND_MARK_WHY = "kind mark: "
#: an arrow before who answers the bullet above (→ 事務局：…, ⇒事務局：…, （→事務局）…)
ARROWS = frozenset("→⇒⇨➡➔➜")
_ARROW_GAP = "→⇒⇨➡➔➜ \u3000"
_NO_NAME_OR_TAG = frozenset("0123456789０１２３４５６７８９") | {""}
#: who speaks after a kind's mark: a label (no space, no sentence's mark), then a colon or a
#: space before the speech, or nothing after it (the speech below)
_AFTER_KIND_MARK = re.compile(r"^[ \u3000]*(?P<who>[^\s\u3000：:、。，,「」『』]{2,24}?)"
                              r"(?:[ \u3000]*[：:][ \u3000]*|[ \u3000]+|$)(?P<text>.*)$")
#: the number or letter after a title that tells its labels apart (回答１, 委員Ａ): no person
_NUMBER_TAG = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]{1,3}")
#: a heading in brackets naming whose words follow (【会長より】, （事務局から）, 【会長まとめ】, as
#: school councils' and small bodies' records head each speaker's paragraphs): the speaker, then
#: from (より, から) or a noun of summing up
#: what a header's speech would open with when its label is the subject of a narrated sentence: から/より (not からの,
#: which modifies a noun), then a comma or a speech act in the clause (○ 事務局 より、資料３を説明。 ○ 村田座長 より開会の
#: 挨拶。); speech opens so never (より一層…, より良い… name no act)
_SUBJECT_FROM = re.compile(rf"(?:から|より)(?!の)(?:[はも]?[、，,]|[^、。]*?{_forms.SPEECH_ACT.pattern})")
_SAID_BY = re.compile(r"(?P<who>[^\s\u3000：:、。,，]{1,30}?)(?:より|から|の?(?:まとめ|総括|講評|所感))")
#: an item of the agenda, then who presents it in brackets (会長　挨拶（秋山会長）)
_PRESENTED = re.compile(r"^(?P<item>[^（()）。]{2,40}?)[\s\u3000]*[（(](?P<who>[^（()）、。]{2,20})[）)]$")
#: the honorific an assembly's roll ends each member with (…　議員, …　君), no sentence before it
_HONORED = re.compile(r"^[^。、，,「」：:]{1,80}?[\s\u3000]*(?:議員|君)$")
#: the last word of an item after a gap (１．開会挨拶　　司会): the title of who presents it
_TITLE_AFTER_GAP = re.compile(r"[ \u3000]{2,}(?P<title>[^\s\u3000。、]{1,10})$")
_ITEM_GAP = re.compile(r"\S[ \u3000]{2,}\S")


def _after_arrow(raw: str) -> str:
    """A label without the arrow before it (（→事務局）, → 事務局：): who answers the bullet above."""
    return raw.lstrip(_ARROW_GAP) if raw[:1] in ARROWS else raw


def _two_spaces(text: str) -> bool:
    """Two spaces side by side, half- or full-width: what ``_ITEM_GAP`` cannot match without
    (four scans in C, where a search of the regex costs as much as ten)."""
    return "  " in text or "\u3000\u3000" in text or " \u3000" in text or "\u3000 " in text
#: a name the record withholds, a mark for each character (■■会長, ○○委員, ＊＊部長)
_MASKED_NAME = re.compile(r"[■□●○〇◯×✕＊*△▲]{1,4}(?=[^■□●○〇◯×✕＊*△▲])")
#: what such an item's words are: a greeting, an opening's or a closing's words, a bill, a report
#: who presents what follows, in brackets alone on the line: （説明：地域交通対策監）, （資料説明　推進監）,
#: （報告者：山田委員）: the act, a colon or a space, then the presenter
_PRESENTER = re.compile(r"^[（(](?:資料|議案|事業|計画|事務局)?(?:説明|報告|発表|回答|答弁|挨拶|あいさつ)(?:者)?"
                        r"[\s\u3000]*[：:・\s\u3000][\s\u3000]*(?P<who>[^（()）、。：:\s\u3000]{2,24})[）)]$")
#: an office's title no table knows, written in kanji and kana (まちづくり推進監, 地域交通対策監)
#: (a title's end, 担当's, or a unit's: ``text.UNIT_ENDS``)
_OFFICE_TITLE = re.compile(rf"^[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々・]{{1,23}}[官長員者事査理佐監役当{UNIT_ENDS}]$")
#: how a unit's name ends before the person it names (…広報評価課　中村課長補佐, …市民活動センター　…):
#: ``text.UNIT_ENDS``, or katakana's long vowel (センター, グループ)
_UNIT_OR_KATAKANA_END = UNIT_ENDS + "ー"
#: a transcript's time stamp before a speaker's label: 10:05, １０：０５, 0:12:31, [00:12:31]
_CLOCK_LABEL = re.compile(r"^[\[［(（]?[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?[\]］)）]?[\s\u3000]+")
#: what a time stamp before a label starts with: the cheap test before _CLOCK_LABEL (``stamped``)
CLOCK_START = frozenset("0123456789０１２３４５６７８９[［")
#: a label framed by dashes, alone on its line or before the speech (－北村委員－, ―　北村委員　―,
#: - 北村委員 -): one or two dashes each side, the label no sentence and no dash
_DASH_CLASS = _forms.DASH_CLASS
#: a person's name as an attendee list prints it: the surname, a space, the given name (大賀 りつ子,
#: 日高　陽菜), or character by character (大 賀 り つ 子, 大 賀 りつ子) — a space in it, no word of a
#: predicate at its end; a note in brackets after it (（東小学校６年）) is no part of it
_NAME_SPACED = rf"[{NAME_CHARS}](?:[ \u3000]?[{NAME_CHARS}\u3041-\u3096]){{1,7}}(?<!ます)(?<!です)(?<!した)"
_LISTED_NAME = re.compile(rf"^(?=\S+[ \u3000]){_NAME_SPACED}$")
_LIST_NOTE = re.compile(r"[（(][^（）()。]{1,20}[）)]")
_LIST_GAP = re.compile(r"[ \u3000]{2,}|[、，,]")
_DASHED = re.compile(rf"^[{_DASH_CLASS}]{{1,2}}{SPACE_CLASS}*(?P<label>[^\s\u3000{_DASH_CLASS}。、，,「」]{{1,20}}?)"
                     rf"{SPACE_CLASS}*[{_DASH_CLASS}]{{1,2}}(?:{SPACE_CLASS}*(?P<text>\S.*))?$")
#: … its closing dash moved by the extractor to the line's end or lost (― 小島委員　分別の…。 ―,
#: - 環境課長 御指摘の…: a dash set in another font is a text run of its own): the label, spaces,
#: then the speech
_DASH_LED = re.compile(rf"^[{_DASH_CLASS}]{{1,2}}{SPACE_CLASS}*(?P<label>[^\s\u3000{_DASH_CLASS}。、，,「」]{{1,20}})"
                       rf"{SPACE_CLASS}+(?P<text>[^\s\u3000{_DASH_CLASS}].*?)(?:{SPACE_CLASS}*[{_DASH_CLASS}]{{1,2}})?$")
_DASH_START = frozenset(DASHES)
#: the clock after a speaker's label alone on its line (大河内教育長（10:02）, 水谷課長〔１０：０２〕,
#: 早川委員 [10:06], 大河内教育長　午前10時02分), as a board's 会議録 typed in Word prints it: the
#: label's furniture, no speech
_CLOCK_AFTER = re.compile(r"(?:[\s\u3000]*[（(〔［\[【][\s\u3000]*(?:午前|午後)?[\s\u3000]*"
                          r"[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時[0-9０-９]{1,2}分|時)[\s\u3000]*[）)〕］\]】]"
                          r"|[\s\u3000]+(?:午前|午後)?[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時[0-9０-９]{1,2}分|時))$")
#: what a clock after a label ends with: the cheap test before _CLOCK_AFTER (``clocked``)
CLOCK_END = frozenset("）)〕］]】分時0123456789０１２３４５６７８９")
#: a part of a name on a line of its own, as a table of attendees' narrow cell wraps it: a
#: kanji or katakana or a few, no kana of speech, no number (a page's)
_NAME_PART = re.compile(r"[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc]{1,4}")
#: a surname then a colon, after a title and its brackets (委員（学内）岩舘：…)
_NAME_COLON = re.compile(r"^(?P<name>[\u3400-\u9fff\uf900-\ufaff々ヶ]{1,4})[ \u3000]*[：:][ \u3000]*")
#: a title, then the person in brackets (会長(三上康之君), 職員（平野ゆかり）), an item's number
#: before it, the speech after a space or at once
TITLE_PERSON = re.compile(
    r"(?:[0-9０-９]{1,3}[．.、][\s\u3000]*)?"
    # the title may be spelled a character apart (会 長（北村康）, 事 務 局（坂井）: 農業委員会 records)
    r"(?P<title>(?:[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ][ \u3000]){1,4}[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]"
    r"|[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a1-\u30faー・]{1,20})[\s\u3000]*"
    r"[（(][\s\u3000]*(?P<person>[\u3400-\u9fff\uf900-\ufaff々\u30a1-\u30faー][^（）()、。，,「」]{0,14}?)"
    r"[\s\u3000]*(?P<close>[）)])[\s\u3000]*(?P<text>.*)$")
#: a seat, the member's surname in brackets, 委員 or 議員 (or 君) after it or in them, then the speech
#: (３番（小室）委員３番小室です。, ６番（二階堂委員）歩道の…)
_SEAT_PERSON_LINE = re.compile(
    r"(?P<label>(?P<seat>第?[0-9０-９]{1,3}番)[ \u3000]?[（(][ \u3000]?(?P<person>[\u3400-\u9fff\uf900-\ufaff々]"
    r"[\u3400-\u9fff\uf900-\ufaff々\u3041-\u309f\u30a0-\u30ffー]{0,5}?)[ \u3000]?(?:(?:委員|議員|君)[）)]|[）)][ \u3000]?(?:委員|議員)))"
    r"[\s\u3000]*(?P<text>.*)$")
#: the label after a turn's mark, up to a space, a colon or a bracket (●久道家庭支援課長)
_MARK_LINE = LineStart(rf"[ \t\u3000]*([{MARKS}])[ \t\u3000]*([^\s\u3000：:、。,，（）()「」]{{2,30}})")


def _name_and_title(name: str, word: str, title: Speaker) -> Speaker:
    """The speaker of a name's words, then a word the role table reads (``title``): 北条 農政課長
    (北条, 農政課長: the word's own start names the unit), 関 三郎委員長 (関三郎, 委員長: the word's
    start is the name's), 市民活動センター　山本所長 (山本, 所長: the words before are a unit's)."""
    if title.name and (person := after_unit(f"{name}\u3000{title.name}")) is not None:
        return Speaker(label=name + word, name=person, title=title.title, role=title.role)
    if title.name and not title.title.startswith(UNIT_HEAD):
        name, word = name + title.name, title.title  # 関 三郎委員長: 三郎 is the name's
    return Speaker(label=name + word, name=name, title=word, role=title.role)


def _no_spaced_turn(sp: Speaker, rest: str | None, text: str) -> bool:
    """A known title, spaces, then words that make no turn: a lone letter (``_lone_letter``), or
    what the meeting does to the title (会長　選出, 委員長　挨拶: a heading)."""
    return _lone_letter(sp.label, text) or rest is not None and proceedings(rest.strip())


def _lone_letter(label: str, text: str) -> bool:
    """A label of one character before spaces that heads no turn: OD|A DX… (a word wrapped
    before its last letter; Ａ heads a turn as Ａ：…); a kanji title and a full-width space
    (問　…？ / 答　…。, a summary's questions and answers) do."""
    return len(label) == 1 and not ("\u4e00" <= label <= "\u9fff" and text[1:2] == "\u3000")
_COLON_SHAPE = BUILTIN_SHAPES[7]
#: bullets that are no speaker's mark, before which a colon label may stand (・山田委員：…)
_COLON_BULLETS = frozenset("・•◦‣\uf09e\uf0a7\uf0b7\uf06c\uf0d8\uf0fc")
#: what a label led by a bullet or framed by dashes starts with (``led_label``)
LED_START = _COLON_BULLETS | _DASH_START
#: the shapes in which a government named by one character speaks: 市：…, （県）…, 【町】
_BODY_SHAPES = frozenset({_COLON_SHAPE, BUILTIN_SHAPES[0], BUILTIN_SHAPES[2], BUILTIN_SHAPES[3]})
# The words of a spaced label (◆北浦雅人 委員　…) and the name they may spell.
_WORD = re.compile(r"[^\s\u3000]+")
#: a particle first (の皆様, から説明): no speech of a turn starts so; a word of speech that starts
#: with a particle's character (はい、, では) is none (``forms.SPEECH_OPENER``)
PARTICLE_START = re.compile(rf"(?!{_forms.SPEECH_OPENER})(?:[のはがをにもとへでや、。]|から|より|まで)")
#: a roster's entry in columns: a name (a surname of kanji, a space or none, a given name), a
#: wide gap, then where the person comes from, no sentence (西条　康彦　　みどり大学経済学部教授)
_NAME_THEN_WHERE = re.compile(r"^[\u3400-\u9fff々ヶ]{1,4}[ \u3000]?[\u3400-\u9fff々ヶ\u3041-\u3096]{1,4}"
                              r"(?:\u3000|[ \u3000]{2,})[^。、，,]+$")
_KANA_PAIR = re.compile(r"[\u3041-\u3096]{2}")
#: a character no bare name holds (a ・ only at either end: 子ども・若者支援課長 is an office's title)
#: a particle right after a bracketed label, no space between (○　事務局（都市計画課）より、… / ○山田委員（副会長）は、…):
#: the label is the subject of a narrated sentence, not a header before speech
_SUBJECT_AFTER_BRACKET = re.compile(r"(?:から|より)(?!の)|[はが][、，]")


def _subject_after_bracket(label: str, text: str) -> bool:
    """The label a shape matched in ``text`` ends in a bracket and より/から or は、/が、 follow it with no
    space (``_SUBJECT_AFTER_BRACKET``): the subject of a narrated sentence, not a label before speech."""
    at = text.find(label) if label[-1:] in ("）", ")") else -1
    return at >= 0 and _SUBJECT_AFTER_BRACKET.match(text, at + len(label)) is not None


_NOT_BARE = re.compile(r"[\s\u3000：:、。,，（）()「」『』【】]|^・|・$")


@trait
class HeaderSteps:
    # the parser's attributes these steps set (their types, for mypy: LineParser.__init__ sets them)
    _qa_asked: bool | None
    _qa_lone: frozenset[str] | None
    _press_titles: dict[str, tuple[str, ...]] | None
    _turn_marks: frozenset[str] | None
    _panel_labels: frozenset[str] | None
    _panel_acts: bool
    at: int
    back: bool
    clock_cut: tuple[int, str] | None
    closed: bool
    group: Speaker | None
    header_speaker: Speaker | None
    label_clock: tuple[int, str] | None
    label_line: tuple[int, str] | None
    last_speaker: Speaker | None
    last_was_header: bool
    legend_para: Para | None
    pending: list[Speaker]
    seen_speaker: bool
    skip_to: int
    speaker: Speaker | None
    turns: bool

    # classification ----------------------------------------------------------------------
    def split_label(self: LineParser, raw: str, marked: bool) -> Speaker | None:
        raw = _after_arrow(raw)  # （→事務局）: who answers the bullet above
        label = _SPACES.sub("", raw)
        sp = self.group_parts(raw, label, self.legend_side(label) or self.table_speaker(raw, label))
        if sp is None and label[:2] in _ASKING_WORDS and (asked := _ASKING.fullmatch(label)) is not None:
            return Speaker(label, asked["number"] or "", asked["word"], "member")  # （意見）…（回答）…
        if sp is None and label[-1:] in "）)" and (found := self.bracketed_person(label, raw)) is not None:
            return found  # 石井（青葉市）：… a person and their body: a speaker in the front matter too
        if sp is None and self.press and (sp := press.reporter(label)) is not None:
            return sp  # （Ａ新聞）, 記者（みなと新聞）： — a reporter at a press conference
        if sp is None:
            sp = (marked and self.listed_body(label)) or self.roles.guess(label) or self.official(label)
            if sp is not None and not marked and sp.role == "other" and not self.in_body:
                return None  # 主催者：内閣府 — a front-matter label, not a speaker
        return sp

    def listed_body(self: LineParser, label: str) -> Speaker | None:
        """A bracketed label naming a body (``body_speaker``), or — ＜ＪＡみなみ＞ — a body no
        ending names, that the attendee list names and that heads bullets alone on its line
        (``trailing._Listed``, read before the lines)."""
        found = body_speaker(label, self.roles)
        if found is not None:
            return found
        trail = self.trail
        return Speaker(label, label, "", "other") if trail is not None and label in trail.listed else None

    def bracketed_person(self: LineParser, label: str, raw: str = "") -> Speaker | None:
        """A person named by name alone, then their body or post in brackets: a body known
        (``person_for_body``: 石井（青葉市）), or in a panel's record (``panel_person``: 古川（高校生））;
        or who does a ceremony's act (``ceremony_speaker``: 開会あいさつ（実行委員長　田村）, ``raw`` its
        spaces as written)."""
        acted = self.roles.ceremony_speaker(raw or label)
        if acted is not None:
            return acted
        return person_for_body(label, self.roles) or self.panel_person(label)

    def panel_person(self: LineParser, label: str) -> Speaker | None:
        """A panel's label (``森下（空き家相談員）``, ``古川（高校生）``, ``佐々木（まちの縁側代表）``: a name, then
        the body or the post in brackets that no table knows) where the file labels its turns so
        (``panel_labels``): the person is the name; the role the bracket's title where it is one
        of the role table (no name), else other. None for any other label."""
        if label not in self.panel_labels():
            return None
        name, _, inner = label.partition("（") if "（" in label else label.partition("(")
        sp = self.roles.split(inner[:-1])
        if sp is not None and not sp.name:
            return Speaker(label, name, sp.title, sp.role)
        return Speaker(label, name, "", "other")

    def panel_labels(self: LineParser) -> frozenset[str]:
        """The labels of a panel's record: lines that open with a name-like head (a surname in
        kanji, a name in katakana; no title — 教員, 代表 read on their form too —, act, item or local
        government), the body or the post
        in brackets, then a space or a colon and the speech — taken as labels only when the shape
        recurs in the file (``_PANEL_LINES`` lines, ``_PANEL_PEOPLE`` people at least: one such
        line is no label) — two lines, or one with a colon after its brackets, in a programme's
        record, whose talks are headed by who gives them (``act_heading_step``: its 意見交換, its
        パネル討論, its 質疑 are a panel's). Read once, on
        first need, by one search of the file's text (again once a talk's heading was read)."""
        if self._panel_labels is None or self._panel_acts != bool(self.act_lines):
            self._panel_acts = bool(self.act_lines)
            found: list[tuple[str, str]] = []
            colon = False  # a label with a colon after its brackets (井上（３班）：…)
            for m in _PANEL_LINE.finditer(self.src_text()):
                name, inner = m["name"], m["inner"]
                if (self.roles.guess(name) is not None or proceedings(name) or name in LOCAL_GOVERNMENTS
                        or _ACT_NAME.search(name) is not None or inner.strip().isdigit()):
                    continue
                found.append((name, _SPACES.sub("", m["label"])))
                colon = colon or m[0].rstrip()[-1] in "：:"
            people = {name for name, _ in found}
            enough = len(found) >= _PANEL_LINES and len(people) >= _PANEL_PEOPLE or self._panel_acts and (
                len(found) >= 2 or colon)
            self._panel_labels = frozenset(label for _, label in found) if enough else frozenset()
        return self._panel_labels

    def legend_side(self: LineParser, label: str) -> Speaker | None:
        """（問）, 質問： under 「質問は参加者、回答は建設課」: the side the legend names."""
        return self.legend.get(side_mark(label)) if self.legend and len(label) <= 3 else None

    def table_speaker(self: LineParser, raw: str, label: str) -> Speaker | None:
        """The role table's reading of a label (``label``: ``raw`` without its spaces), a unit
        before the person read by the space between them (``unit_person``: 市民活動センター　山本所長)."""
        sp = self.roles.split(label)
        if sp is not None and not sp.name and (person := self.unit_person(raw)) is not None:
            return person
        return sp

    def unit_person(self: LineParser, raw: str) -> Speaker | None:
        """A label of a unit, a space, then a person's surname and title (``市民活動センター　山本所長``,
        ``こども未来課　佐々木係長``: ``roles._after_unit``, the space its evidence): the person, the
        label without the space; None for any other label."""
        raw = raw.strip()
        if _WHITESPACE.search(raw) is None:
            return None
        sp = self.roles.split(_SPACES.sub("\u3000", raw))
        if sp is None or not sp.name or _WHITESPACE.search(sp.name) is not None:
            return None
        return Speaker(_SPACES.sub("", raw), sp.name, sp.title, sp.role)

    def office_then_person(self: LineParser, text: str, gaps: list[re.Match[str]],
                           start: int = 1) -> tuple[Shape, Speaker, str | None] | None:
        """○内閣府政策統括官（経済社会システム担当）付　山口企画官　資料を…: an office (no kana),
        a space, then a name with a title of the role table (the label from ``start``, past
        the mark and the spaces after it)."""
        office = text[start:gaps[0].start()].strip()
        if not _OFFICE.match(office):
            return None
        end = gaps[1].start() if len(gaps) > 1 else len(text)
        sp = self.roles.split(text[gaps[0].end():end])
        if sp is None or not 0 < len(sp.name) <= 8:
            return None
        rest = text[gaps[1].end():] if len(gaps) > 1 else ""
        return MARK_SHAPE, Speaker(_SPACES.sub("", text[start:end]), sp.name, sp.title, sp.role), rest or None

    def official(self: LineParser, label: str) -> Speaker | None:
        """An official named after a long office: 農林水産省大臣官房…食品企業行動室（山田室長）,
        the person in brackets with a title of the role table."""
        m = _OFFICE_PERSON.match(label)
        sp = (self.roles.split(m["person"]) or self.roles.guess(m["person"])) if m else None
        if sp is None or not 0 < len(sp.name) <= 8:
            return None
        return Speaker(label, sp.name, sp.title, sp.role)

    def header(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """The first header shape that matches with a speaker label: shape, speaker, rest; a mark
        of the turn's kind before who speaks (``（問）北川委員　…``) gives the label after it (``kind_marked``)."""
        if text[0] in ARROWS and (body := text[1:].lstrip(_ARROW_GAP)):
            # → 事務局：…, ⇒事務局）…: the answer to the bullet above, a turn; →事務局（産業振興課） alone too
            found = self.header(body)
            if found is None and self.unit_label(body) and (sp := self.split_label(body, True)) is not None:
                return MARK_SHAPE, sp, None
            return found
        found = self.header_shape(text)
        if found is None or found[2] is None or found[1].name[:1] not in _NO_NAME_OR_TAG \
                or found[1].title not in _KIND_TITLES:
            return found
        return self.kind_marked(text, found)

    def kind_marked(self: LineParser, text: str, found: tuple[Shape, Speaker, str | None]
                    ) -> tuple[Shape, Speaker, str | None]:
        """A mark of what kind of turn follows (（問）, （答）, （意見）, 【質問】, Ｑ：, （回答）, 問１),
        then the label of who speaks and a space or a colon (``（問）北川委員　研究費の…``,
        ``【回答】教育総務課長：…``): the speaker is that label — the mark says what the turn is
        (question, answer, opinion, request), the label who says it. The mark is kept as the
        turn's evidence (``kind_marks``: the point's ``speaker_why``). A mark before words no label
        of the role table opens (``（問）研究費の配分は…``) stays the speaker, as before."""
        shape, mark, rest = found
        assert rest is not None
        m = _AFTER_KIND_MARK.match(rest)
        if m is None:
            return found
        who = m["who"]
        sp = self.roles.split(who) or (who[-1] in "）)" and self.roles.guess(who)) or None
        if sp is None or sp.title in _KIND_TITLES or (sp.role == "other" and not sp.name):
            return found
        sp = Speaker(sp.label, sp.name, sp.title, sp.role)  # its own object: its mark below
        written = text[:len(text) - len(rest)].strip(" \u3000：:")
        self.kind_marks[id(sp)] = (sp, f"{KIND_MARK_WHY}{written} ({_KIND_MEANING[mark.title]}) before the label {sp.label}")
        return shape, sp, m["text"] or None

    def header_shape(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``header``'s shapes: the first that matches with a speaker label."""
        if self.bare is not None and (named := self.bare.by_text.get(text)) is not None:
            return _COLON_SHAPE, named[0], named[1]  # 目黒：… — a listed person's name alone (names.py)
        first, last = text[0], text[-1]  # each a new string at each index: taken once
        if first in QA_HEAD and (qa := self.qa_numbered(text) or self.qa_labelled(text)) is not None:
            return qa  # Ｑ．… / A1. … / Ｑ（北浜日報）… / Ａ：市長　…
        if self.press and first in self.press_titles() and (glued := self.press_glued(text)) is not None:
            return glued  # 市長概算で…: the official's title run into the answer (pypdf)
        if last in CLOCK_END and (clocked := self.clocked(text)) is not None:
            return clocked  # 大河内教育長（10:02）
        if last in "）)" and "。" not in text and (item := self.presented_item(text)) is not None:
            return item  # 会長　挨拶（秋山会長）, （説明：地域交通対策監）
        if first in CLOCK_START and (stamped := self.stamped(text)) is not None:
            return stamped  # 10:05 佐藤委員
        if first in LED_START and (found := self.led_label(text, first)) is not None:
            return found  # ・（委員）…, －北村委員－
        return None if self.headless(text) or self.bullet_sentence(text) else self.header_before_speech(text)

    def header_before_speech(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``read_header``'s header, unless its speech opens with から/より and a comma or a speech act
        (``_SUBJECT_FROM``): ``○ 事務局 より、資料３を説明。`` — the label is the subject of a narrated
        sentence, no speaker's speech (speech never opens so)."""
        found = self.read_header(text)
        if found is not None and found[2] and _SUBJECT_FROM.match(found[2]):
            return None
        return found

    def led_label(self: LineParser, text: str, first: str) -> tuple[Shape, Speaker, str | None] | None:
        """A label after a bullet (``bulleted_label``) or framed by dashes (``dashed``)."""
        return self.bulleted_label(text) if first in _COLON_BULLETS else self.dashed(text)

    def dashed(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A label framed by dashes (``－北村委員－``, ``―　北村委員　―``, ``- 北村委員 -``) alone on
        its line or before the speech, as a bracketed label is: a speaker's label with no kana (a
        note framed so, －資料１に基づき事務局から説明－, ―以上―, names no speaker; a rule or a page
        number, －－－－－ and －１－, is page furniture before it is asked)."""
        m = _DASHED.match(text)
        if m is None:
            return self.dash_led(text)
        if _HIRAGANA.search(m["label"]):
            return None
        sp = self.split_label(m["label"], True)
        return (BUILTIN_SHAPES[2 if m["text"] else 0], sp, m["text"]) if sp is not None else None

    def dash_led(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A label framed by dashes whose closing dash the extractor moved to the line's end or
        lost (``― 小島委員　分別の…。 ―``, ``- 環境課長 御指摘の…``): the dash, a title of the role
        table (as the spaced header ``会長　定刻に…`` needs), spaces, then speech that opens with no
        particle."""
        m = _DASH_LED.match(text)
        if m is None or _HIRAGANA.search(m["label"]) or PARTICLE_START.match(m["text"]):
            return None
        sp = self.roles.split(m["label"])
        return (BUILTIN_SHAPES[2], sp, m["text"]) if sp is not None else None

    def bulleted_label(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A bullet before a bracketed speaker and the speech (``・（委員）分科会の人数が…``,
        ``• (事務局)…``, as a web page lists a meeting's exchanges), or before a label and a colon
        (``bulleted_colon``)."""
        body = text[1:].lstrip(" \t\u3000")
        if body and body[0] in OPEN:
            found = self.first_header((BUILTIN_SHAPES[2],), body, False)
            if found is not None and found[2]:
                return found
        if "：" in (head := text[1:33]) or ":" in head:
            return self.bulleted_colon(text, not self.seen_speaker and self.front_block == "attendees")
        return None

    def read_header(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``header`` past its cheap test."""
        numbered = text[0].isdigit() and UTTERANCE_NUMBER.match(text)
        if numbered:
            # a record's utterance number before the mark (12: ◯委員（…君）, as saved from a
            # 会議録検索 web page): the header is what follows it
            return self.header(text[numbered.end():])
        if text[0] in NUMBER_START and (listed := self.listed_turn(text)) is not None:
            return listed  # １．事務局（企画課）：資料１に基づき… — a list's number before the label
        if text[0] in _FIELD_START and (field := _SPEAKER_FIELD.match(text)):
            # 発言者：山田委員 — a form's field naming who speaks; the speech is below
            sp = self.split_label(field["label"], True)
            return (BUILTIN_SHAPES[0], sp, None) if sp is not None else None
        in_attendees = not self.seen_speaker and self.front_block == "attendees"  # self.in_attendees()
        if (found := self.label_first(text, in_attendees)) is not None:
            return found
        shapes = self.candidates(text)
        users = len(self.user_shapes)
        found = (users and self.first_header(shapes[:users], text, in_attendees)
                 or (text[0] in MARKS and self.spaced_header(text, in_attendees))
                 or self.first_header(shapes[users:], text, in_attendees))
        if found or in_attendees:
            return found
        if text[0] not in MARKS:
            return None if text[0] in OPEN else self.unmarked_headers(text)
        body = text[1:].lstrip()
        if body and body[0] in OPEN:
            return self.header(body)  # ○（西村座長）本日は…: a mark before a bracketed label
        return self.spaced_name(text)

    def listed_turn(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A turn written as an item of a numbered list (Word's automatic numbering, which a
        reader gives as the item's number: ``１．事務局（企画課）：資料１に基づき…``, ``(3) 北川委員：…``,
        ``②会長：…``): the number, then a label closed by a colon and the speech on the line — a
        sentence (``。``) or words going on — that the label is a speaker's as it would be without
        the number. An item of the agenda or the front matter (``１．日時：令和…``, ``２．議題：…``,
        ``３．出席者：北川委員、南委員``) names no speaker, or no sentence follows its colon."""
        num = numbering.item(text)
        if num is None or num.level > 3:
            return None
        body = text[num.end:]
        colon = next((k for k, c in enumerate(body[:24]) if c in "：:"), -1)
        if colon < 1 or "。" not in body[colon:] and len(body) - colon < 20:
            return None
        found = self.header(body)
        return found if found is not None and found[2] else None

    def qa_numbered(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``Ｑ．工事の期間中…`` / ``Ａ．片側交互通行とし…``, ``Q1. …`` / ``A1. …``: a question and
        its answer marked by the letter and a full stop (a number between or not), as records of
        explanatory meetings and FAQ-like summaries print them — in a record that asks so at
        least once (a Ｑ line), so that ``A．`` heading an outline elsewhere stays a heading. The
        speaker is the letter's (Ｑ: the members or the public, unnamed; Ａ: the secretariat);
        the question's number names nobody."""
        m = _QA_NUMBERED.match(text) or _QA_SPACED.match(text)
        if m is None:
            return None
        if self._qa_asked is None:
            self._qa_asked = _QA_ASKED.search(self.src_text()) is not None
        sp = self.split_label(m["letter"], True) if self._qa_asked else None
        return (BUILTIN_SHAPES[4], sp, m["text"]) if sp is not None else None

    def qa_labelled(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A question's or an answer's mark with who asks or answers (press conferences and
        Q&A sessions): ``Ｑ（北浜日報）財源の内訳は…``, ``問（幹事社）`` (a reporter of the paper in
        brackets, at a press conference), ``Ａ（市長）…``, ``Ａ：市長　一般財源は…`` (the official
        the role table reads, then a space and the speech), or the mark alone on its line above
        the speech (``Ａ``) in a record that asks and answers so. The label is as written, the
        mark and the bracket (``Ｑ（北浜日報）``) or the official alone (``市長``)."""
        if text in _QA_ALONE:
            return self.qa_alone(text)
        m = _QA_BRACKETED.match(text)
        if m is not None:
            label = text[:text.index(m["who"]) + len(m["who"]) + 1].replace(" ", "").replace("\u3000", "")
            sp = ((self.press and m["letter"] not in _ANSWER_MARKS and press.reporter(f"記者（{m['who']}）"))
                  or m["letter"] != "記者" and self.roles.split(m["who"]))
            if not sp or press.asks_or_answers(sp):
                return None
            if sp.name and not self.press:
                # 質問（住民Ａ）, 回答（岡野議員） (a 議会報告会): the act, then the person who does it — the
                # person's label (as 報告（岡野議員） reads: roles._acted_by), the act no speaker
                label = sp.label
            return BUILTIN_SHAPES[4], Speaker(label, sp.name, sp.title, sp.role), m["text"] or None
        m = _QA_COLON_TITLE.match(text)
        if m is None or (sp := self.roles.split(m["who"])) is None or press.asks_or_answers(sp):
            return None
        return BUILTIN_SHAPES[4], sp, m["text"]

    def press_titles(self: LineParser) -> dict[str, tuple[str, ...]]:
        """The titles that answer at this press conference, by their first character: the
        official's the title names, and every title of the role table that stands alone on a
        line of the record as a header does (市長, 都市交通課長), the longest first. Read once."""
        if self._press_titles is None:
            titles = {self.press.title} if isinstance(self.press, Speaker) and self.press.title else set()
            for t in self.view.stripped:
                if 2 <= len(t) <= 12 and t[0] not in _QA_START and (sp := self.roles.split(t)) is not None \
                        and not sp.name and sp.role in ("government", "chair"):
                    titles.add(t)
            by_first: dict[str, list[str]] = {}
            for t in sorted(titles, key=len, reverse=True):
                by_first.setdefault(t[0], []).append(t)
            self._press_titles = {k: tuple(v) for k, v in by_first.items()}
        return self._press_titles

    def press_glued(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``市長概算で二十四億円ほどを…``: at a press conference, an answering official's title
        (``press_titles``) run into the speech with nothing between, as pypdf gives a label set in
        bold before its words — after a line that ends a sentence (a turn is over), and with
        no particle after the title (``市長の考えは…``, ``市長から…`` are sentences about them)."""
        if not self.here(text):
            return None
        for title in self.press_titles().get(text[0], ()):
            rest = text[len(title):]
            if not text.startswith(title) or len(rest) < 2:
                continue
            if PARTICLE_START.match(rest) or rest[0] in _NOT_SPEECH_START:
                return None
            prev = self.text_above(self.at)
            if not prev or prev[-1] not in "。？?！!」":
                return None
            sp = self.split_label(title, True)
            return (BUILTIN_SHAPES[4], sp, rest) if sp is not None else None
        return None

    def qa_alone(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``Ａ`` alone on its line, the speech below: the answer's (or the question's) mark in a
        press conference's record, or in any record whose other mark stands so too (``Ｑ`` /
        ``Ａ`` each on a line of its own); never a letter a line wrapped (the speech below must
        be a sentence's start)."""
        if self._qa_lone is None:
            self._qa_lone = frozenset(t for line in self.src.lines if (t := line.text.strip()) in _QA_ALONE)
        if not self.press and not self._qa_lone & _QA_OTHER[text]:
            return None
        lines = self.src.lines
        below = self.text_below(self.at) if 0 <= self.at < len(lines) and lines[self.at].text.strip() == text else ""
        if not below or _HIRAGANA.search(below) is None or below[0] in _QA_START:
            return None
        sp = self.split_label(text, True)
        return (BUILTIN_SHAPES[4], sp, None) if sp is not None else None

    def presented_item(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``会長　挨拶（秋山会長）``, ``第１号議案　令和５年度活動報告（内山総務部長）``: an item of the
        agenda (a greeting, an opening's or a closing's words, a bill, a report, …について) with
        who presents it in brackets, as the records of 総会 print each item, the speech in the
        paragraphs below: it heads them as that speaker's turn. Only where speech follows (an
        agenda's list of items, one a line, stays the agenda) and the brackets name a speaker
        of the role table; the item's words are no part of the label."""
        if text[0] in "（(":
            return self.presenter_alone(text)
        m = _PRESENTED.match(text)
        if m is None or text[0] in BULLET_CHARS or not _PRESENTED_ITEM.search(_SPACES.sub("", m["item"])):
            return None  # ・理事長あいさつ（森理事長）: an item of the agenda's list
        who = _SPACES.sub("", m["who"])
        if (gap := _TITLE_AFTER_GAP.search(m["item"])) is not None and self.roles.split(gap["title"]) is not None:
            who = f"{gap['title']}（{who}）"  # １．開会挨拶　　司会（■■さん）: the title, the person in brackets
        return self.presented_below(text, self.presenter(who))

    def presenter_alone(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``（説明：地域交通対策監）``, ``（資料説明　まちづくり推進監）``: who presents what follows,
        in brackets alone on the line after the act (説明, 報告, 回答 …), as municipal records
        print who explains an item; the speech below is theirs. The act says the bracket
        names a speaker, so an office no table knows (推進監) is read too: the table's role for
        a title that ends as it does, else ``other``."""
        m = _PRESENTER.match(text)
        return None if m is None else self.presented_below(text, self.presenter(m["who"]))

    def presents(self: LineParser, text: str) -> bool:
        """An item of the agenda with who presents it (in brackets or after a gap), the speech below."""
        return (text[-1] in "）)" and "。" not in text and self.presented_item(text) is not None
                or self.item_then_presenter(text) is not None)

    def item_then_presenter(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``２．会長挨拶　　山田会長``, ``開会の言葉　　■■副会長``: an item of the agenda, a gap of
        two spaces or more, then who presents it with no brackets (自治会, PTA and 総会 records):
        heads the speech below as the bracketed form does (``presented_item``)."""
        if "。" in text or text[0] in BULLET_CHARS or not _two_spaces(text) or _ITEM_GAP.search(text) is None:
            return None  # the cheap tests first: this is asked of most lines
        m = _ITEM_PRESENTER.match(text)
        if m is None or not _PRESENTED_ITEM.search(_SPACES.sub("", m["item"])):
            return None
        return self.presented_below(text, self.presenter(m["who"]))

    def presenter(self: LineParser, who: str) -> Speaker | None:
        """Who an item's brackets say presents it: a speaker of the role table, a label of a
        speaker's form (``roles.guess``), or an office's title no table knows, in kanji and
        kana ending as titles do (まちづくり推進監: the role of the table's titles that end
        as it does, else ``other``); not a word (省略, 会計). A name the record withholds
        (■■会長, ○○委員, ＊＊部長: a mark for each character) is the title's speaker, the
        marks the name."""
        sp = self.roles.split(who) or self.roles.guess(who)
        if sp is None and (masked := _MASKED_NAME.search(who)) is not None:
            # read with a name of one character in the marks' place (司会（■■さん）: 司会（某さん）)
            read = self.presenter(who.replace(masked[0], "某", 1))
            sp = read and Speaker(who, read.name.replace("某", masked[0], 1), read.title, read.role)
        if sp is None and _OFFICE_TITLE.match(who):
            sp = Speaker(who, "", who, self.roles.role_by_ending(who))
        return sp

    def presented_below(self: LineParser, text: str, sp: Speaker | None) -> tuple[Shape, Speaker, str | None] | None:
        """The presenter ``sp`` of the item ``text`` heads the speech below it, if speech follows."""
        lines = self.src.lines
        # the line asked of: the one read, or one a look-ahead (turn_follows) reached
        at = next((k for k in range(max(self.at, 0), min(self.at + 9, len(lines))) if lines[k].text.strip() == text), -1)
        if sp is None or at < 0:
            return None
        nxt = self.text_below(at)  # a page's foot and the next page's head between: the speech is below them
        if (not nxt or _HIRAGANA.search(nxt) is None or "。" not in nxt and len(nxt) < 20 or nxt[0] in HEADER_OPENERS
                or self.bullet(nxt) is not None or _PRESENTED.match(nxt) or _NARRATIVE_VOICE.search(nxt)):
            return None  # speech below: a sentence, or a line the extractor wrapped; no list's next item,
            # no sentence of the record's own (以上、いずれも拍手で承認された。)
        return BUILTIN_SHAPES[0], sp, None

    def stamped(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``10:05 佐藤委員`` / ``[00:12:31] 事務局：…``: the clock of a record made from a
        recording (a transcript's time stamp) before the speaker's label — the header is what
        follows the clock, alone on its line (the speech below it) or with the speech."""
        m = _CLOCK_LABEL.match(text)
        return self.header(text[m.end():]) if m is not None and m.end() < len(text) else None

    def clocked(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``大河内教育長（10:02）`` / ``水谷学校教育課長　午前10時02分``: a speaker's label alone on
        its line with the clock after it, the speech below (a board's 会議録 typed in Word) — the
        header is the label; the clock is its furniture, never speech, kept with its line as the
        clock in a line is (``parse --json``'s ``directions``: ``take_header``). Only a label
        alone: a line with anything between the label and the clock is none."""
        m = _CLOCK_AFTER.search(text)
        if m is None or m.start() == 0:
            return None
        label = text[:m.start()]
        found = None
        # the clock marks the line a label as a mark would: a title alone (教育長（10:00）) or a
        # name apart from its title (大河内　教育長（10:00）) is read as after ○
        for form in (label, "○" + label):
            self.clock_cut = (self.at, form)
            try:
                found = self.header(form)
            finally:
                self.clock_cut = None
            if found is not None or label[0] in MARKS:
                break
        if found is None or found[2]:
            return None
        self.label_clock = (self.at, text[m.start():].strip(" \u3000"))
        return found

    def here(self: LineParser, text: str) -> bool:
        """``text`` is the line being read (not one looked at ahead): the line itself, or its
        label before the clock (``clocked``)."""
        return (0 <= self.at < len(self.src.lines)) and (
            self.src.lines[self.at].text.strip() == text or self.clock_cut == (self.at, text))

    def bulleted_colon(self: LineParser, text: str, in_attendees: bool) -> tuple[Shape, Speaker, str | None] | None:
        """A bullet before a speaker's label and a colon, as summaries list who said what
        (``・山田委員：…``, ``・中村（みどり町）：…``, ``・事務局：…``): the label is read as it is
        without the bullet (a colon header), never with the bullet in its name; a bullet
        before a word that names no speaker (``・課題：人材の不足``) is a bullet. Asked of a line
        with a bullet first and a colon near it (``header``)."""
        body = text[1:].lstrip(" \t\u3000")
        return self.first_header((_COLON_SHAPE,), body, in_attendees) if body else None

    def title_person(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A title, then the person in brackets, at the start of a paragraph or line with no
        mark and no colon, the speech after a space or at once: ``会長(三上康之君) 本日は…``,
        ``都市計画課長（西尾達也君）それでは…``, ``委員(須藤　光男君)``, ``職員（平野ゆかり） …``,
        an item's number before it (``１．委員(岡部真澄君) …``), as Word records of local
        assemblies and their councils type them. With 君 (氏, さん) the form is the speaker's;
        without it the title must be one of the table's (or end as one does).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> _, sp, rest = p.title_person("１．委員(須藤　光男君)　変更によって、周辺の住環境は…")
        >>> sp.label, sp.name, sp.title, sp.role, rest
        ('委員(須藤光男君)', '須藤光男', '委員', 'member', '変更によって、周辺の住環境は…')
        >>> [p.title_person(t) for t in ("議案第１号(用途地域の変更) について", "みどり市(ひらがな)では、",
        ...     "東京都（都庁） において", "市長（山田太郎）は、次のように述べた。")]
        [None, None, None, None]
        """
        if not ("（" in text or "(" in text) or text[0] in MARKS or text[0] in OPEN:
            return None  # the cheap test first: this is asked of most lines
        m = TITLE_PERSON.match(text)
        if m is None:
            return None
        label = _SPACES.sub("", m[0][m.start("title"):m.end("close")])
        if (named := self.name_after_bracket(m, label)) is not None:
            return named
        if not self.title_person_fits(m, text):
            return None
        rest = m["text"] or None
        sp = self.roles.guess(label)
        if sp is None or not sp.name or sp.title in HONORIFIC:
            return None
        if _WHITESPACE.search(m["person"]) is not None:
            # 事務局（中小企業相談所　村井）, 事務局（課長　鈴木）: the person after the space, not the body or the post
            sp = self.post_then_person(m[0][m.start("title"):m.end("close")]) or sp
        return MARK_SHAPE, sp, rest

    def label_first(self: LineParser, text: str, in_attendees: bool) -> tuple[Shape, Speaker, str | None] | None:
        """A label read before the shapes: one that opens with a title (``title_before``) or an
        organisation then its person (``body_then_person``); under the attendee list only a label
        typed so with speech after it (``spoken_value``: the first turn right under the list, as
        pypdf prints it with no blank line between)."""
        if not in_attendees:
            return self.title_before(text) or self.body_then_person(text)
        found = self.typed_title_first(text) or self.body_then_person(text)
        return found if found is not None and self.spoken_value(text, found[2]) else None

    def title_before(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A label that opens with a title, read before the shapes: the person in brackets
        (``title_person``), an item then its presenter (``item_then_presenter``), the surname
        after a space (``typed_title_first``)."""
        return (self.title_person(text) or self.seat_person(text) or self.item_then_presenter(text)
                or self.typed_title_first(text))

    def seat_person(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A member named by the seat and the surname in brackets, 委員 or 議員 after it or in them, then the speech
        after a TAB, a space or at once, as a LibreOffice PDF of a 農業委員会's or an assembly
        committee's record gives it when the label fills its tab stop (``３番（小室）委員３番小室です。``,
        ``１２番（大久保）委員　…``, ``６番（二階堂委員）歩道の…``): the surname is the speaker, a member
        (``RoleTable.guess`` of the label: the seat the title of ``３番（小室）委員``). A seat's
        label is never the chair's, so ``７番（桑田）委員長期の…`` is 委員 and its speech.

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> [(sp.label, sp.name, sp.title, sp.role, rest) for _, sp, rest in (p.seat_person("３番（小室）委員３番小室です。"),
        ...     p.seat_person("７番（桑田）委員長期の設定は安心です。"))]
        [('３番（小室）委員', '小室', '３番', 'member', '３番小室です。'), ('７番（桑田）委員', '桑田', '７番', 'member', '長期の設定は安心です。')]
        >>> _, sp, rest = p.seat_person("６番（二階堂委員）歩道の整備までの間、")
        >>> sp.label, sp.name, sp.title, rest
        ('６番（二階堂委員）', '二階堂', '委員', '歩道の整備までの間、')
        >>> p.seat_person("３番（小室）委員から報告があった。"), p.seat_person("３番（小室）委員")
        (None, None)
        """
        m = _SEAT_PERSON_LINE.match(text) if text[0].isdigit() or text[0] == "第" else None
        if m is None or not m["text"] or PARTICLE_START.match(m["text"]) or self.roles.split(m["person"]) is not None:
            return None  # ３番（小室）委員から…: a sentence; alone on its line the shapes read it
        if not (self.in_body or self.speech_before_body(text, m["text"])):
            return None
        sp = self.roles.guess(_SPACES.sub("", m["label"]))
        return (MARK_SHAPE, sp, m["text"]) if sp is not None and sp.role == "member" and sp.name else None

    def typed_title_first(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A label typed title first with no mark (``委員長　藤森：ただいまから…``, ``副会長 田村：``,
        ``委員長　藤森`` alone; ``title_first.typed_title_first``): the person with that title,
        when a colon closes the label and the speech follows it, or the label stands alone on
        its line (after the colon or not: in the proceedings, or with a colon before them) and
        the next line is speech (kana, no header, no field, no agenda item).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.ingest.text import split_lines
        >>> src = split_lines("会議録\\n\\n委員長　藤森\\n　ただいまから始めます。\\n委員長　挨拶\\n　本日は…\\n",
        ...                   "x.txt", encoding="utf-8")
        >>> p = LineParser(src, load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> p.at = 2; p.typed_title_first("委員長　藤森")[1].label
        '藤森委員長'
        >>> p.at = 4; p.typed_title_first("委員長　挨拶") is None
        True
        """
        if text[0] in HEADER_OPENERS or _WHITESPACE.search(text, 1, 18) is None:
            return None  # the cheap test first: this is asked of most lines
        typed = typed_title_first(text, self.roles.split, self.unit_person)
        if typed is None:
            return self.spoken_title_first(text)
        sp, rest, colon = typed
        if rest is not None:
            return MARK_SHAPE, sp, rest
        if not (colon or self.in_body) or not self.here(text):
            return None  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        if (not nxt or _HIRAGANA.search(nxt) is None or nxt[0] in HEADER_OPENERS or self.labels.field(nxt) is not None
                or self.is_agenda(nxt)):
            return None
        return MARK_SHAPE, sp, None

    def spoken_title_first(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A label typed title first, a space and the speech with no colon (``会長　中島　ただいまから…``:
        ``title_first.spoken_title_first``): the person with that title, when the speech opens
        with no particle and, before the proceedings, is a sentence (``speech_before_body``)."""
        found = spoken_title_first(text, self.roles.split)
        if found is None or PARTICLE_START.match(found[1]) or not (self.in_body or self.speech_before_body(text, found[1])):
            return None
        return MARK_SHAPE, found[0], found[1]

    def name_after_bracket(self: LineParser, m: re.Match[str], label: str) -> tuple[Shape, Speaker, str | None] | None:
        """A title, a qualifier in brackets, then the person's surname and a colon (``委員（学内）岩舘：…``,
        ``委員（公募）細川：``; ``title_person``'s match ``m``, ``label`` its title and brackets): the person
        is the speaker, the title the one before the brackets; before, the bracket's words were the
        name (学内) and 岩舘： the first words of the speech."""
        after = _NAME_COLON.match(m["text"])
        if after is None or not surname(after["name"], self.roles.split):
            return None
        sp = self.roles.split(_SPACES.sub("", m["title"]))
        if sp is None or sp.name:
            return None
        rest = m["text"][after.end():]
        return MARK_SHAPE, Speaker(label + after["name"], after["name"], sp.title, sp.role), rest or None

    def title_person_fits(self: LineParser, m: re.Match[str], text: str) -> bool:
        """Whether a title and a person in brackets head a turn here: with 君 or a title of
        the table, speech after it (or nothing, in the proceedings, with 君), no particle."""
        person = m["person"].rstrip()
        honorific = person[-1] in "君氏" or person.endswith("さん")
        rest = m["text"]
        if rest[:1] in ("：", ":") or rest and PARTICLE_START.match(rest):
            return False  # 事務局（防災安全課長）：… a colon header; 市長（…）は、… a sentence
        if not rest:
            return honorific and self.in_body  # 職員（平野ゆかり） alone names no one for sure
        title = _SPACES.sub("", m["title"])
        if not honorific and self.roles.split(title) is None and self.roles.role_by_ending(title) == "other":
            return False  # 東京都（都庁） …: without 君 only a title names a speaker
        return self.in_body or self.speech_before_body(text, rest)

    def headless(self: LineParser, text: str) -> bool:
        """The cheap test of most lines: none of what a built-in shape needs (a mark, a
        bracket, a digit or a field's start first; a colon, a space or a bracket in the first
        32: ``candidates``, ``title_person``, ``unmarked_headers``), and no user's shape to
        try; then over 20 characters, or (the end of a sentence wrapped onto a line of its
        own: ``たい。``) a short line that is no name alone either: no bullet first (``・山田``),
        no space of another kind (a tab), and a character no bare name holds (、。「」・…)."""
        first = text[0]
        return (first not in NO_HEADER_FIRST and not self.user_shapes and not first.isdigit()
                and not HEADER_HINT.search(text, 0, 32)
                and (len(text) > 20 or first not in BULLET_CHARS and _NOT_BARE.search(text) is not None
                     and _WHITESPACE.search(text) is None))

    def bullet_sentence(self: LineParser, text: str) -> bool:
        """The cheap test of a summary's bullets (``・ 前回に引き続き、…``), which ``headless``
        leaves to ``read_header`` for the space after the bullet: a bullet that marks no turn,
        a space, then more than a name alone — over 20 characters, no bracket and no colon
        (``title_person``, the colon shape), no space among the first characters after the
        bullet's (a title written a character apart: ``・ 会 長　…``), and more than 30 of
        them or a character no label holds (a bullet before a name alone: ``・ 近藤課長``).
        No header shape reads such a line (``read_header`` is None on it: a test holds the
        two together); no user's shape is to be tried."""
        return (text[0] in _SENTENCE_BULLETS and text[1:2].isspace() and len(text) > 20 and not self.user_shapes
                and _LABEL_MARKS.search(text) is None and _WHITESPACE.search(rest := text[1:].lstrip(), 0, 4) is None
                and (len(rest) > 31 or _NOT_LABEL.search(rest, 0, len(rest) - 1) is not None))

    def spaced_header(self: LineParser, text: str, in_attendees: bool) -> tuple[Shape, Speaker, str | None] | None:
        """A mark, a name, a space, a title, then the speech: ``◆北浦雅人 委員　　…``,
        ``◎北条 農政課長　…``, ``○岸　本　孝　之 委員長``. The label is the shortest run of
        words that ends in a title of the role table; the name is the words before it, and
        the start of the title's word unless the title names a unit (課長, 部長: 農政課長).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> _, sp, rest = p.spaced_header("◎北条 農政課長　　お答えします。", False)
        >>> sp.name, sp.title, sp.role, rest
        ('北条', '農政課長', 'secretariat', 'お答えします。')
        """
        found = self.name_then_title(text, 1)
        if found is None:
            return None
        sp, rest = found
        return (MARK_SHAPE, sp, rest) if self.believed(MARK_SHAPE, sp, rest, text, in_attendees) else None

    def name_then_title(self: LineParser, text: str, start: int) -> tuple[Speaker, str | None] | None:
        """The shortest run of words from ``start`` that is a name's parts and then a word
        that is a title of the role table (the whole word: 委員, 農政課長), and the rest."""
        words = list(_WORD.finditer(text, start, 40))
        if len(words) < 2 or words[0].start() > start + 2 or not _PERSON.match(words[0][0]) or len(words[0][0]) > 8:
            return None  # no name's part first (the cheap test of the loop below: 河野大臣：)
        if self.labelled_first(words[0][0]):
            return None
        for k in range(1, min(len(words), 8)):
            name = "".join(w[0] for w in words[:k])
            if not _PERSON.match(name) or len(name) > 8 or k > 1 and len(words[k - 1][0]) > 4:
                return None  # a name in parts (南 陽子, 岸　本　孝　之) has short parts
            word = words[k][0]
            title = self.roles.split(word) if len(word) <= 16 and "、" not in word and "。" not in word else None
            if title is None:
                continue  # 議　　長　　それでは、…５番委員: a sentence that ends in a title is no title
            return _name_and_title(name, word, title), text[words[k].end():].strip() or None
        return None

    def labelled_first(self: LineParser, word: str) -> bool:
        """The first word is a label already, no name's part: a title of the role table (○東会長
        それでは…), or a unit that speaks (○総務部財政課　北川係長　…: the person after it is read by
        ``roles.office_person``)."""
        if self.roles.split(word) is not None:
            return True
        return word[-1] in UNIT_ALONE_ENDS and (unit := self.roles.guess(word)) is not None and not unit.name

    def unmarked_headers(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A header with no mark and a space near its start: a name and a title apart, or a
        title written a character apart (the cheap test first: this is asked of most lines)."""
        head = text[1:10]
        if not (" " in head or "\u3000" in head):
            return None
        found = self.unmarked_header(text)
        return found if found or not (text[1].isspace() or text[0].isdigit()) else self.letter_spaced_header(text)

    def unmarked_header(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """No mark, a name (its parts apart or not), a space, a title of the role table as a
        word of its own, then the speech on the line or nothing: ``柴田智恵美 委員  本市の…``,
        ``柴田 智恵美 委員　…``, ``北条 農政課長　お答えします。``.

        A sentence that happens to start with a word and a space is no header: the first
        word (a surname) has no hiragana, the speech starts with no particle (委員 の皆様,
        会長 から), and before the proceedings only a line with speech in it is a turn
        (``青木一郎 委員　　佐藤花子 委員`` there is a list of attendees).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> _, sp, rest = p.unmarked_header("柴田 智恵美 委員　本市の新規就農者について伺います。")
        >>> sp.label, sp.role, rest
        ('柴田智恵美委員', 'member', '本市の新規就農者について伺います。')
        >>> [p.unmarked_header(t) for t in ("次に 会長 から説明があった。", "本日 委員 の皆様に",
        ...     "青木一郎 委員　　佐藤花子 委員", "林　正男　　　会長")]
        [None, None, None, None]
        """
        gap = _SPACES.search(text, 1, 10) if _SURNAME_START.match(text) else None
        if gap is None or _HIRAGANA.search(text, 0, gap.start()):
            return None  # kana in the first word: asked before the title is looked for, it refuses what that finds
        found = self.name_then_title(text, 0)
        if found is None:
            return None
        sp, rest = found
        if rest and PARTICLE_START.match(rest):
            return None
        if not self.in_body and not self.speech_before_body(text, rest):
            return None
        if rest and not _HIRAGANA.search(rest) and self.name_then_title(rest, 0) is not None:
            return None  # 林正男 会長　　青木一郎 委員　…: names and titles, a list of people
        return MARK_SHAPE, sp, rest

    def body_then_person(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """No mark, an organisation, a space, then a person — a surname and a title of the role
        table — before a colon and the speech (``社会福祉協議会　森田主任：…``, ``ときわ商工会　岡本事務局長：…``,
        as the records of 懇談会 and councils with outside bodies label them): the person speaking
        for the body, read as the body with the person in brackets is (``furniture.body_speaker``:
        社会福祉協議会（森田主任）, role other), or a unit of the administration then its official
        (``保育課　佐藤主査：…``: ``roles.office_person``); the label as written, the space out.

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> [(sp.label, sp.name, sp.title, sp.role, rest) for _, sp, rest in (p.body_then_person(t) for t in (
        ...     "社会福祉協議会　森田主任：担い手が不足しています。", "保育課 佐藤主査：資料２を御説明します。"))]
        [('社会福祉協議会森田主任', '森田', '主任', 'other', '担い手が不足しています。'), ('保育課佐藤主査', '佐藤', '主査', 'secretariat', '資料２を御説明します。')]
        >>> [p.body_then_person(t) for t in ("本日の議題　森田主任：", "社会福祉協議会　主任：担い手が", "資料１　説明：概要")]
        [None, None, None]
        """
        if text[0] in HEADER_OPENERS or "：" not in text[:44] and ":" not in text[:44]:
            return None  # the cheap test first: a mark or a bracket is another form's, no colon no label
        m = _BODY_THEN_PERSON.match(text)
        if m is None:
            return None
        person = self.roles.split(m["person"])
        if person is None or not 0 < len(person.name) <= 8 or not (self.in_body or self.speech_before_body(text, m["text"])):
            return None
        label = m["body"] + m["person"]
        found = body_speaker(f"{m['body']}（{m['person']}）", self.roles)
        if found is None or found.name != person.name:
            unit = self.roles.guess(m["body"])
            official = office_person(unit, f"{m['person']}\u3000{m['text']}", self.roles) if unit is not None else None
            found = official[0] if official is not None else None
        return (MARK_SHAPE, Speaker(label, found.name, found.title, found.role), m["text"]) if found is not None else None

    def letter_spaced_header(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """A title written a character apart, then the speech (会　長　定刻になり…, 議 長　改め
        まして…), as a form's column of speakers prints it (a 農業委員会's 総会議事録).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.in_body = True
        >>> _, sp, rest = p.letter_spaced_header("議　長　ほかに意見はありませんか。")
        >>> sp.label, sp.role, rest
        ('議長', 'chair', 'ほかに意見はありませんか。')
        >>> [p.letter_spaced_header(t) for t in ("開　会", "挨　拶", "日 時　令和６年", "会　長")]
        [None, None, None, None]
        """
        m = LETTER_SPACED.match(text)
        if m is None:
            return None
        label = _SPACES.sub("", m["label"])
        sp = self.roles.split(label) or (self.roles.guess(label) if _SEAT.fullmatch(label) else None)
        rest = m["text"]
        if sp is None or len(sp.name) > 8 or PARTICLE_START.match(rest):
            return None
        if not self.in_body and not (self.speech_before_body(text, rest) or len(rest) >= 15 and not _SPACES.search(
                rest, 0, 15) and _HIRAGANA.search(rest) is not None):
            return None  # 委 員 長　琴 尾 みさと: an attendee, not a remark
        return MARK_SHAPE, sp, rest

    def speech_before_body(self: LineParser, text: str, rest: str | None) -> bool:
        """Before the proceedings, what follows a label with spaces is speech only when it
        ends a sentence, or goes on (a comma, or a line the extractor broke at the page
        width) with words (kana) that are no list of people: else it is an attendee list
        (委員 東裕 若柳善朗)."""
        if not rest:
            return False
        if rest.rstrip().endswith("。"):
            return True
        going_on = (rest.rstrip().endswith("、") or self.wrap is not None and len(text) >= self.wrap
                    or "、" in rest and _KANA_RUN.search(rest) is not None  # clauses of a sentence
                    or self.hanging_speech(text, rest))
        return going_on and _KANA_PAIR.search(rest) is not None and not self.roster(rest) and not self.group_value(rest)

    def spoken_value(self: LineParser, text: str, rest: str | None) -> bool:
        """The value after a label's colon in the front matter is speech, not a field's value nor
        a list of people: a sentence (it ends in 。 — a greeting, thanks — or goes on with kana,
        a comma or onto the lines below: ``speech_before_body``), where records of town meetings
        and small councils print the first turn under the attendee list in the fields' form
        (``司会（市民課長）：皆様、こんばんは。…`` under ``市出席者：市長、…``) — not a sentence about the
        attendance itself (``委員：青木、佐藤の２名が欠席した。``: the list's)."""
        if not rest:
            return False
        return self.labels.field(text) is None and self.speech_before_body(text, rest) and _ATTENDANCE.search(rest) is None

    def speech_words(self: LineParser, rest: str) -> bool:
        """Words of a speech, not a list of people: a run of kana, no roster, no count, not a
        person's name then, past a wide gap, where they come from (``西条　康彦　　みどり大学教授``:
        a roster's columns, the kana of a place or a company's name in them)."""
        return (_KANA_RUN.search(rest) is not None and not self.roster(rest) and not self.group_value(rest)
                and _NAME_THEN_WHERE.match(rest) is None)

    def hanging_speech(self: LineParser, text: str, rest: str | None) -> bool:
        """A label, spaces, then speech that goes on below: in the lines indented under it (a
        hanging indent: ``事務局長　　定刻となりましたので、…総`` / ``　　　　　　会を開会…``),
        as a record in a column of speakers prints its first turn right under the attendees, or
        broken at the page's width onto a line that finishes a sentence (``○大川会長　ただいまから
        第４回あおば県環境`` / ``審議会を開会いたします。…``, as pdftotext and pypdf print a first
        turn right under the attendees with no blank line between) — where a group of attendees
        would have more people below."""
        if not rest or not (0 <= self.at < len(self.src.lines) - 1) or not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        below = self.src.lines[self.at + 1].text
        if below[:1] in (" ", "\u3000"):
            return bool(below.strip()) and self.speech_words(rest)
        nxt = self.next_text(self.at)
        return ("。" in nxt and nxt[0] not in HEADER_OPENERS and self.bullet(nxt) is None
                and self.speech_words(rest))

    def first_header(self: LineParser, shapes: tuple[Shape, ...], text: str,
                     in_attendees: bool) -> tuple[Shape, Speaker, str | None] | None:
        for shape in shapes:
            m = shape.rx.match(text)
            if not m:
                continue
            label, rest = m["label"], m.groupdict().get("text") or None
            if rest and rest[0] in "）)" and unclosed(label):
                # ◯答弁（住宅課政策監（耐震化担当））令和…: the label's brackets nest, and a shape
                # that knows one level stopped at the inner close; the label ends where they balance
                label, rest = balanced(label, rest)
            if label[0] in OPEN and CLOSE[OPEN.index(label[0])] not in label:
                continue  # （事務局：市民部…: a label never opens with a bracket it does not close
            if shape.spaced and _lone_letter(label, text):
                continue  # the cheap test first: loose_plausible would refuse it
            if shape.spaced and unclosed(label):
                continue  # ○事務局（交通政策課長　鈴木）: the space is inside the label's brackets
            sp = self.shape_speaker(shape, label, text)
            if sp is None:
                continue
            if shape is BUILTIN_SHAPES[1] and sp.title == "":
                # 【全国…連絡会（村木常務理事）】: the bracket names who speaks for the body
                sp = body_speaker(_SPACES.sub("", text[1:-1]), self.roles) or sp
            elif shape is BUILTIN_SHAPES[1] and not sp.name:
                sp = self.group_post(text[1:-1].strip(), sp)
            if self.believed(shape, sp, rest, text, in_attendees):
                return shape, sp, rest
        return None

    def group_parts(self: LineParser, raw: str, label: str, sp: Speaker | None) -> Speaker | None:
        """``sp`` (the role table's reading of ``label``, ``raw`` without its spaces), or the
        reading of a group's label with its post apart (``group_then_post``: 事務局：課長補佐) or
        with a post and a surname in its brackets (``post_then_person``: 事務局（課長　鈴木）)."""
        if _GROUP_SEPARATOR.search(label if sp is None else sp.name) is not None:
            sp = self.group_then_post(label) or sp
        if (sp is None or sp.name) and _WHITESPACE.search(raw) is not None:
            sp = self.post_then_person(raw) or sp  # 事務局（中小企業相談所　村井）: not 中小企業相談所村井
        return sp

    def post_then_person(self: LineParser, raw: str) -> Speaker | None:
        """A label with a post, a space and the surname in its brackets (``事務局（課長　鈴木）``,
        ``○事務局（交通政策課長　鈴木）``, ``説明員（道路課長 森田）``): the person with that post
        (鈴木, 課長: ``title_first.title_then_name``, as ``委員長　藤森：`` is read), the role the
        label before the brackets gives (事務局: secretariat), as ``事務局（鈴木課長）`` is read.
        Before, the post and the surname were one name (課長鈴木), or the label ended at the space."""
        m = _POST_PERSON.match(raw.strip())
        if m is None:
            return None
        # … or the unit, a space and the person with their post (市（都市計画課 野口課長）, 県（河川課　佐藤主幹）:
        # the government that holds a public meeting answering by its unit's official, ``unit_person``)
        person = title_then_name(m["inner"], self.roles.split) or self.unit_person(m["inner"])
        out = _SPACES.sub("", m["out"])
        outer = self.roles.split(out) or (local_government(out) if out in LOCAL_GOVERNMENTS else None)
        if outer is None or outer.name:
            return None
        if person is None:
            # … or a body, a space and the person who speaks for it (事務局（中小企業相談所　村井）,
            # 会員（いろは旅館 井川）): the person, titled by the outer word (事務局, 会員)
            name = body_then_name(m["inner"], self.roles.split)
            return Speaker(_SPACES.sub("", raw), name, outer.title, outer.role) if name else None
        return Speaker(_SPACES.sub("", raw), person.name, person.title, outer.role)

    def group_then_post(self: LineParser, label: str) -> Speaker | None:
        """A group's label, a colon, a slash or a dot, then the post or the person who speaks
        for it (``【事務局：課長補佐】``, ``（事務局：鈴木参事官）``, ``事務局／企画官``,
        ``【事務局・課長補佐】``): read as the same label with the post in brackets is
        (``事務局（課長補佐）``: ``group_post``), the label as written; None when the words before
        the separator are no group of the role table (a title with no name: not ``マリア・森委員``)
        or the whole reads as no speaker. Before, the group and the separator were the
        speaker's name (``事務局：``)."""
        parts = _GROUP_SEPARATOR.split(label, 1)
        if len(parts) != 2 or not parts[1]:
            return None
        group, post = parts
        head = self.roles.split(group)
        if head is None or head.name:
            return None
        whole = self.roles.guess(f"{group}（{post}）")
        return Speaker(label, whole.name, whole.title, whole.role) if whole is not None else None

    def group_post(self: LineParser, label: str, group: Speaker) -> Speaker:
        """A group's label with who speaks for it in brackets of its own, alone in its brackets
        (``【事務局（課長補佐）】``, ``（事務局（鈴木参事官））``, ``【オブザーバー（全国乗合交通協会）】``):
        read as the same label is before its speech or after a mark (``事務局（課長補佐）：…``,
        ``○事務局（課長補佐）``) — the post, the person or the body in the brackets is the speaker's,
        so two posts of the secretariat are two speakers. ``group`` (the label before the
        brackets, read alone: 事務局) when the brackets hold a note (``【委員（書面）】``,
        ``【座長（代読）】``: ``_GROUP_NOTE``) or nothing a speaker's label reads."""
        whole = self.split_label(label, True)
        if whole is None or whole.role != group.role and group.role != "other":
            return group
        if whole.title != group.title and not whole.title.startswith(group.title):
            return whole  # a post: 事務局（課長補佐）, 事務局（鈴木参事官）
        name = whole.name
        if not name or _GROUP_NOTE.search(name) is not None:
            return group
        if body_speaker(name, self.roles) is not None or _UNIT.match(name) or _PERSON.match(name):
            return whole  # a body (全国乗合交通協会, 運輸支局, 企画課) or a person (事務局（佐藤）)
        return group

    def shape_speaker(self: LineParser, shape: Shape, label: str, text: str) -> Speaker | None:
        """The speaker a shape's label names: the label read as a speaker's; in brackets, the
        speaker before より/から or a noun of summing up (【会長より】, （事務局から）, 【会長まとめ】);
        a local government's one character (市：, （町）); none for a label with brackets that is the subject of
        the sentence it opens (``○　事務局（都市計画課）より、…を説明。``: a report, read as one)."""
        if _subject_after_bracket(label, text):
            return None
        sp = self.split_label(label, shape.marked)
        if sp is None and text[0] in OPEN and (said := _SAID_BY.fullmatch(_SPACES.sub("", label))):
            sp = self.split_label(said["who"], True)
        if sp is None and len(label) == 1 and label in LOCAL_GOVERNMENTS and shape in _BODY_SHAPES:
            sp = local_government(label)
        return sp

    def spaced_name(self: LineParser, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """〇関 三郎委員長 これより… / ○山田 太郎 委員: a name with spaces inside, then a
        title of the role table (the words before it short enough to be a name's parts). A
        space after the mark (○ 山田 太郎 委員, ○ 国土交通省…課　菅原課長補佐　…) only sets the
        label off from the mark: the label's words are counted from its first character."""
        start = len(text) - len(text[1:].lstrip())
        gaps = list(_SPACES.finditer(text, start, 60))
        if gaps and gaps[0].start() - start > 4:
            return self.office_then_person(text, gaps, start)
        for k in (1, 2):
            if len(gaps) < k or gaps[k - 1].start() - (gaps[k - 2].end() if k > 1 else start) > 4:
                return None
            end = gaps[k].start() if len(gaps) > k else len(text)
            label = _SPACES.sub("", text[start:end])
            sp = self.roles.split(label) if len(label) <= 20 else None
            if sp is not None and 0 < len(sp.name) <= 8:
                rest = text[gaps[k].end():] if len(gaps) > k else ""
                return MARK_SHAPE, sp, rest or None
        return None

    def candidates(self: LineParser, text: str) -> tuple[Shape, ...]:
        """The shapes the line may have: a user's always; the built-in ones need a mark, a
        bracket, a colon or a space near the start, and a short line without them can only
        be a name alone (after a bullet mark or not)."""
        head = text[:32]
        if (text[0] in _HEADER_START or "：" in head or ":" in head or " " in head or "\u3000" in head
                or ")" in head or "）" in head):
            return self.user_shapes + builtin_shapes(text[0], text[-1] in ")）" and len(text) <= 52,
                                                      text[1:2].isspace(), needs_held(text))  # str.isspace is \s
        if len(text) > 20:
            return self.user_shapes
        if _WHITESPACE.search(text):
            return self.user_shapes + builtin_shapes(text[0])
        found = self.user_shapes
        if text[0] in BULLET_CHARS:
            found += (BULLET_NAME,)
        if not _NOT_BARE.search(text):
            found += (BARE_NAME,)
        return found

    def believed(self: LineParser, shape: Shape, sp: Speaker, rest: str | None, text: str,
                 in_attendees: bool) -> bool:
        """Whether a label that has the form of a header is a speaker here."""
        if shape.alone:
            return self.label_alone(sp, text, in_attendees)
        if shape.loose and not self.loose_plausible(shape, sp, rest, text, in_attendees):
            return False
        unknown = self.unknown_title(shape, sp)
        if shape.spaced and (unknown or not self.in_body and not self.speech_before_body(text, rest)):
            return False  # 委員 東裕 若柳善朗 … in the front matter is a list, not a remark
        if unknown and (in_attendees or not self.in_body and not rest):
            return False  # an unknown title in the front matter is a label, not a speaker
        if rest and not self.in_body and self.roster(rest):
            return False  # （委員）小野寺座長、田辺委員 … before the body: a group of attendees
        if shape is BARE_NAME and (not self.in_body and self.label_below() or not self.dotted_title(sp)):
            return False  # 会議の庶務を行う課名 / 選挙管理委員会事務局 / 開催日時: a field's value; 予算・決算
        return bool(rest) or not self.bullet_label(sp, text)

    def dotted_title(self: LineParser, sp: Speaker) -> bool:
        """A bare label with no ・, or one whose ・ stands in an office's words before a title of the
        table, no name (子ども・若者支援課長; not マリア・森委員, nor 予算・決算)."""
        return "・" not in sp.label or not sp.name and self.roles.split(sp.title) is not None

    def label_below(self: LineParser) -> bool:
        """The next line of the line read is a label of the front matter (開催日時, 出席者)."""
        return 0 <= self.at < len(self.src.lines) and self.labels.field(self.next_text(self.at)) is not None

    def bullet_label(self: LineParser, sp: Speaker, text: str) -> bool:
        """A label read on its form alone after a bullet mark, or after a ○ where ○ marks
        the bullets of a bracketed speaker: a bullet, not a header — unless the mark is one
        this file heads its turns with (●久道家庭支援課長 alone on its line) and speech follows."""
        return self.roles.split(sp.label) is None and not self.unit_label(sp.label) and (
            text[0] in BULLET_CHARS and not self.turn_mark_alone(text)
            or text[0] in MARKS and self.speaker is not None and not self.turns)

    def unit_label(self: LineParser, label: str) -> bool:
        """A label of the role table with its unit or person in brackets after it (``事務局（産業振興課）``,
        ``事務局（課長　鈴木）``): who answers, not an item's words, whatever mark stands before it
        (``◆事務局（産業振興課）`` alone under ``【北陵大学（杉浦教授）】``'s bullets)."""
        cut = label.find("（") if "（" in label else label.find("(")
        return cut > 0 and label[-1] in "）)" and self.roles.split(label[:cut]) is not None

    def turn_mark_alone(self: LineParser, text: str) -> bool:
        """``●岩渕病院事業管理者`` alone on its line is a header by its form and position: its
        mark (● ◆ ■ …, a bullet's too) heads other turns of the file with a title of the role
        table, and the next line is speech, not another marked line or a bullet."""
        if not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        return (bool(nxt) and nxt[0] not in HEADER_OPENERS and self.bullet(nxt) is None
                and text[0] in self.turn_marks())

    def turn_marks(self: LineParser) -> frozenset[str]:
        """The marks that head a turn in this file: a mark before a label with a title of the
        role table (●久道家庭支援課長, ◆北浦委員：…). Read once, on first need, from the lines
        that start with a mark (one search over the text, not a look at every line)."""
        if self._turn_marks is None:
            marks = set()
            text = self.src_text()
            for m in _MARK_LINE.finditer(text):
                if m[1] not in marks and self.roles.split(m[2]) is not None:
                    marks.add(m[1])
            self._turn_marks = frozenset(marks)
        return self._turn_marks

    def src_text(self: LineParser) -> str:
        """The file's text, its lines joined by line breaks (the view's: ``view.py``)."""
        return self.view.joined

    def label_alone(self: LineParser, sp: Speaker, text: str, in_attendees: bool) -> bool:
        """A label with brackets alone on its line (事務局（保育課長）, 保育課長（山田）,
        委員長（山田太郎）, 山田委員（副会長）) heads the speech below it when its title is in
        the role table (or a seat number), it stands outside an attendee list, and the next
        line is speech: kana, no header, no heading, no field of the front matter
        (議事（１）, スケジュール（案）, 会長の選出（互選） are none).

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> from assembler.ingest.text import split_lines
        >>> src = split_lines("会議録\\n\\n事務局（保育課長）\\n　資料１を御覧ください。\\n"
        ...                   "副会長選出（互選）\\n　互選により選出した。\\n", "x.txt", encoding="utf-8")
        >>> p = LineParser(src, load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.at = 2; p.header("事務局（保育課長）")[1].role
        'secretariat'
        >>> p.at = 4; p.header("副会長選出（互選）") is None
        True
        """
        if in_attendees or (self.roles.split(sp.title) is None and not _SEAT.fullmatch(sp.title)
                            and not press.is_reporter(sp)):  # 記者（あさひ新聞）: a paper's reporter
            return False
        if not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.text_below(self.at)  # past a page break too (司会（三浦議員） / 1/9 / the next page's speech)
        return (bool(nxt) and _HIRAGANA.search(nxt) is not None and nxt[0] not in HEADER_OPENERS
                and self.labels.field(nxt) is None and not self.is_agenda(nxt))

    def loose_plausible(self: LineParser, shape: Shape, sp: Speaker, rest: str | None, text: str,
                        in_attendees: bool) -> bool:
        """A colon or bare-name header is plausible (``plausible``); a title alone with a
        colon and nothing after it is when speech stands below it (``speech_below``)."""
        if shape.spaced and _no_spaced_turn(sp, rest, text):
            return False
        alone = self.alone_above_speech(shape, sp, rest, text, in_attendees)
        if shape.spaced and (in_attendees or not self.in_body) and self.hanging_speech(text, rest):
            return self.plausible(sp, rest, False, bare=True)  # the first turn under the attendees
        if in_attendees and shape is _COLON_SHAPE and self.spoken_value(text, rest):
            return self.plausible(sp, rest, False)  # 司会（市民課長）：皆様、こんばんは。…: the first turn
        return self.plausible(sp, rest, in_attendees and not alone, bare=shape.spaced or alone)

    def alone_above_speech(self: LineParser, shape: Shape, sp: Speaker, rest: str | None, text: str,
                           in_attendees: bool) -> bool:
        """A label alone on its line with the speech below it: a title alone before a colon, a
        named member right under the list of people, a title alone at a press conference (pypdf
        puts no blank line between), a title alone above a sentence (``title_over_speech``)."""
        if shape is _COLON_SHAPE and not sp.name and not rest and self.speech_below(text):
            return True
        if in_attendees and shape is BARE_NAME and sp.name and self.speech_under(text):
            return True  # 飯島委員 alone right under the list of people (pypdf: no blank line), speech below
        if shape is not BARE_NAME or sp.name:
            return False
        # 市長 alone at a press conference, the answer below (pypdf: no blank line); 教育長 alone
        # on its line, the speech below (a Word label broken by Shift+Enter, printed)
        return bool(self.press) and self.speech_below(text) or self.title_over_speech(sp, text, in_attendees)

    def title_over_speech(self: LineParser, sp: Speaker, text: str, in_attendees: bool) -> bool:
        """A title of the role table alone on its line (``教育長``, ``教育長職務代理者``: no name) heads
        the speech below it where the point open above it ends a sentence (no word the page's
        width cut off a sentence) and the next line is a sentence of speech (kana, a full stop or
        a line as wide as the page, no particle first, no mark, no field) — as a Word paragraph
        of a label, a line break and the speech prints and pdftotext reads it."""
        if sp.name or in_attendees or self.roles.split(sp.label) is None or sp.title != sp.label or not self.here(text):
            return False
        if self.cur is not None and self.cur.kind == "point" and not ends_sentence(self.tail()):
            return False
        nxt = self.next_text(self.at)
        return (bool(nxt) and nxt[0] not in HEADER_OPENERS and PARTICLE_START.match(nxt) is None
                and _HIRAGANA.search(nxt) is not None and ("。" in nxt or self.wrap is not None and len(nxt) >= self.wrap)
                and self.labels.field(nxt) is None)

    def speech_below(self: LineParser, text: str) -> bool:
        """A title alone with a colon (委員：, 副会長：) heads the speech below it: after the
        turns began, or where the next line is speech (no list of people, no count, no
        label); before them, with people below it, it is a group of attendees."""
        if not self.here(text):
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        if not nxt or nxt[0] in HEADER_OPENERS or self.group_value(nxt) or self.labels.field(nxt):
            return False
        return self.in_body and self.seen_speaker or _HIRAGANA.search(nxt) is not None and (
            "。" in nxt or self.wrap is not None and len(nxt) >= self.wrap)

    def speech_under(self: LineParser, text: str) -> bool:
        """A name alone in an attendee list (飯島委員) heads the speech below it, as pypdf prints
        the first turn right under the list with no blank line between: the next line is speech
        (a sentence, or one going on past the line: a comma, kana, no list of people, no count),
        not one more entry of the list (小林委員, 事務局：…課長)."""
        if self.speech_below(text):
            return True
        if not (0 <= self.at < len(self.src.lines)) or self.src.lines[self.at].text.strip() != text:
            return False  # asked of a line being looked at ahead: no view below it
        nxt = self.next_text(self.at)
        return (bool(nxt) and nxt[0] not in HEADER_OPENERS and self.labels.field(nxt) is None
                and self.speech_before_body(nxt, nxt))

    def next_text(self: LineParser, i: int) -> str:
        """The next non-blank line after line ``i`` (blank lines between, up to three), stripped."""
        lines = self.src.lines
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].text.strip():
            j += 1
        return lines[j].text.strip() if j < len(lines) else ""

    def text_below(self: LineParser, i: int) -> str:
        """The next line with text after line ``i``, past blank lines, page numbers and running
        heads (five lines at most), stripped."""
        return self.text_past(i, 1)

    def text_above(self: LineParser, i: int) -> str:
        """The line with text before line ``i``, as ``text_below`` looks after it."""
        return self.text_past(i, -1)

    def text_past(self: LineParser, i: int, step: int) -> str:
        """The first line with text from line ``i`` on in the direction ``step`` (1 down, -1 up),
        past blank lines, page numbers and running heads (five lines at most), stripped."""
        lines = self.src.lines
        for j in range(i + step, i + 6 * step, step):
            if not 0 <= j < len(lines):
                break
            t = lines[j].text.strip()
            if t and j not in self.heads and j not in self.view.page_numbers:
                return t
        return ""

    def roster(self: LineParser, text: str) -> bool:
        """The text is a list of people with their titles (小野寺座長、田辺委員、松浦委員), no speech.

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> p.roster("小野寺座長、田辺委員、松浦委員"), p.roster("それでは、始めます")
        (True, False)
        >>> p.roster("市長、副市長、地域協働課長（司会）")
        True
        """
        if "。" in text:
            return False
        if _HONORED.search(text) and all(len(w) <= 5 for w in _SPACES.split(text.strip())):
            return True  # 宇　野　光　一　議員　　　４番　遠　藤　ゆかり　議員: an assembly's roll, seat by seat
        items = [t for t in _LIST_SEP.split(text.strip()) if t]
        if len(items) >= 2 and all(len(t) <= 16 and self.listed_title(t) for t in items):
            return True
        entries = [t for t in _COMMAS.split(text.strip()) if t]  # 防災安全課長　高岡宏、主査　近藤まゆみ
        return len(entries) >= 2 and all(len(t) <= 24 and self.person_entry(t) for t in entries)

    def names_alone(self: LineParser, rest: str) -> bool:
        """What follows a label is people's names alone, as an attendee list prints them (``柴田 光``,
        ``日高 陽菜（東小学校６年）``, ``大森 幸雄　　　副 町 長　水野 久美``): each piece apart a name
        with a space between surname and given name, or a title of the role table — no words of a
        speech.

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> [p.names_alone(t) for t in ("柴田 光", "日高 陽菜（東小学校６年）", "大森 幸雄　　　副 町 長　水野 久美",
        ...                              "異議なし", "開会します", "柴田光", "大森 幸雄　来年度に点検します",
        ...                              "大 賀 りつ子　　　副市長　森　一郎", "開会 します")]
        [True, True, True, False, False, False, False, True, False]
        """
        if len(rest) > 60 or "。" in rest:
            return False
        pieces = [t for t in _LIST_GAP.split(_LIST_NOTE.sub("", rest).strip()) if t]
        return bool(pieces) and all(map(self.listed_piece, pieces))

    def listed_piece(self: LineParser, piece: str) -> bool:
        """A piece of an attendee list's line: a name (``大森 幸雄``), or a title of the role table
        then a name (``副 町 長　水野 久美``: the title's characters may be spaced)."""
        if _LISTED_NAME.match(piece):
            return True
        return any(piece[k] in " \u3000" and _LISTED_NAME.match(piece[k + 1:]) is not None
                   and self.roles.split(_SPACES.sub("", piece[:k])) is not None for k in range(1, len(piece) - 2))

    def listed_title(self: LineParser, item: str) -> bool:
        """An item of a list of attendees by title: a title of the role table (副市長), or one with
        the part it plays in brackets (地域協働課長（司会）)."""
        return self.roles.split(item) is not None or item[-1] in "）)" and self.roles.guess(item) is not None

    def person_entry(self: LineParser, text: str) -> bool:
        """An attendee as a list gives one: a title and a name apart (防災安全課長　高岡宏,
        主査　近藤まゆみ, 高岡宏　課長)."""
        return any(self.roles.split(w) is not None for w in _SPACES.split(text) if w)

    def unknown_title(self: LineParser, shape: Shape, sp: Speaker) -> bool:
        """The label's title is not in the role table; an office with its person in brackets,
        or a person with the body they speak for, is a speaker by its form all the same."""
        return (sp.role == "other" and self.roles.split(sp.title or sp.label) is None
                and not (shape.marked and (_OFFICE_PERSON.match(sp.label) or body_speaker(sp.label, self.roles)))
                and not (not sp.title and person_for_body(sp.label, self.roles))  # 石井（あおば市）
                and not (sp.label[-1:] in "）)" and sp.label in self.panel_labels()))  # 古川（高校生）, recurring

    @staticmethod
    def plausible(sp: Speaker, rest: str | None, in_attendees: bool, bare: bool = False) -> bool:
        """A colon or bare-name header: a short name (or a chair/secretariat title alone, or
        any title alone before its speech: 委員　…); in an attendee list only a sentence after
        the colon makes it a remark — a whole one, or one ended before the extractor wrapped
        the line (``石井（あおば市）：市内の路線は減った。来年度から…``)."""
        if in_attendees and not (rest and "。" in rest and "、" not in rest[:12]):
            return False
        if not sp.name:
            # a title alone (副会長：…), or a body with its part (社会福祉協議会（オブザーバー）：…),
            # speaking in the body; a member's title alone before the turns is a list label
            return bare or sp.role in ("chair", "secretariat") or bool(rest) and len(sp.label) <= 24

        # 厚生労働省健康局健康課・山本課長補佐: the person after ・; 次長兼道路管理課長,
        # 副参事兼駅周辺整備推進室長: offices held concurrently (兼) name an official, no person
        name = sp.name.rpartition("・")[2]
        if name.endswith("兼") or "兼" in name and len(name) > 8:
            return True
        return 0 < len(name) <= 8 and (not any(ch.isdigit() for ch in name)
                                       or _SEAT.fullmatch(name) is not None or sp.label.endswith(name))

    def names_below(self: LineParser, i: int) -> bool:
        """Below a heading that names no group (（２）意見交換), a speaker's header or a heading
        that names the group (各委員の主な意見は以下のとおり。) says whose the words are."""
        return self.header_below(i) or groups.group_heading(self.next_text(i), self.roles) is not None

    def first_official(self: LineParser, i: int) -> Speaker | None:
        """The first speaker a header names below line ``i`` who is no asker or answerer by a
        mark (（大臣）under 質疑応答): whose press conference it is, when the title names no one."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 200, len(lines))):
            t = lines[j].text.strip()
            found = self.header(t) if t and t[0] in _HEADER_START else None
            if found is not None and not press.asks_or_answers(found[1]):
                return found[1]
        return None

    def header_below(self: LineParser, i: int) -> bool:
        """The first line with text below line ``i``, past topics' headings (◆在宅医療の推進), is a
        speaker's header: a heading that names no group above it (２．意見交換, 主な意見) is the
        agenda's, the header says whose words follow."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 9, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or j in self.view.page_numbers:
                continue
            if self.header_at(j, t) is not None:
                return True
            if not groups.topic_heading(t, t[0] in TOPIC_MARKS or NUMBERED.match(t) is not None):
                return False
        return False

    def header_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A speaker header: the turns (and headers in a row) that follow are theirs."""
        first = self.first
        if first in OPEN and self.label_tail_step(i, stripped):
            return True
        found, marked = self.legend_read(stripped, self.header(stripped))
        if self.label_runs_on(i, stripped, found):
            return True
        if not found:
            self.last_was_header = False
            return first in HEADER_OPENERS and (
                self.broken_header_step(i, stripped) or self.section_step(i, line, stripped))
        if not marked and self.in_attendees() and self.attendee_group(i, found[2]):
            return False  # （事務局）林野庁木材利用課長 ほか: a group of the attendee list
        if found[2] is None and not self.spoke and self.broken_entry_step(i, line, stripped):
            return True
        if self.person_below_title(i, found):
            return True
        if self.calls_on(i, first, found):
            self.last_was_header = False
            return False  # the chair's words, calling on whom the label below names: read as speech
        self.take_header(i, line, first, found)
        self.legend_para = self.cur if marked else None  # unmarked paragraphs below go on it
        return True

    def programme_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A programme's heading: an act and who does it above a talk (``act_heading_step``), or a
        heading that names no one under a talk or after a turn (``talk_section_step``)."""
        return (i in self.act_heads and self.act_heading_step(i, line, stripped)
                or (self.act_talk is not None or stripped[-1] in "）)" and self.seen_speaker)
                and self.talk_section_step(i, line, stripped))

    def act_heading_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A heading that names an act and who does it (■開会あいさつ　市民協働課長　浜野, ■報告１「…」
        商店会　会長　矢吹　正志; ``headed.find`` found its form) above a talk with no label: the
        person (or the post) it names takes the floor, the act no part of the speaker, and the
        paragraphs below are their turn until a label or a heading naming no one (``talk_section_step``).
        Not when the talk does not follow (an agenda's list: another heading or a label below), nor
        when a header reads the line alone as a label with no act in it (２．会長挨拶　　山田会長:
        ``item_then_presenter``, 開会あいさつ（実行委員長　田村）: ``ceremony_speaker``)."""
        heading = self.act_heads[i]
        if not self.talk_below(heading.end) or heading.end > i and self.speaks_below(heading.end):
            return False  # no talk below; or the line below the act is a label of its own
        found = self.header(stripped)
        if found is not None and found[2] is None and (heading.act not in found[1].label or stripped[-1] in "）)"):
            return False  # a label alone with no act in it, or the act then who in brackets (roles._acted_by)
        self.close()
        self.last_was_header = False
        for k in range(i + 1, heading.end + 1):
            self.set_fate(k, "point" if self.view.stripped[k] else "blank")  # who does it, on its line
        self.skip_to = max(self.skip_to, heading.end)
        self.take_header(i, line, "", (_COLON_SHAPE, heading.speaker, None))
        self.act_talk = self.speaker
        if self.speaker is not None:
            words = stripped if heading.end == i else f"{stripped} / {self.view.stripped[heading.end]}"
            self.act_lines.setdefault(id(self.speaker), f"act heading: {words} (line {line.number})")
        return True

    def speaks_below(self: LineParser, j: int) -> bool:
        """Line ``j``, below an act alone, is a label with its speech — not a field naming who does
        the act (講師：東山大学　教授　ジョンソン　ケイト　様: the words after the colon name a person)."""
        found = self.header_at(j, self.view.stripped[j])
        return found is not None and not (found[2] and "。" not in found[2]
                                          and headed.speaker(found[2], self.roles) is not None)

    def talk_below(self: LineParser, i: int) -> bool:
        """Below line ``i`` (past blank lines and page furniture) a talk begins: words that are no
        heading of an act or a section and no label — a sentence, or a line as long as one."""
        texts = self.view.stripped
        for j in range(i + 1, min(i + 12, len(texts))):
            t = texts[j]
            if not t or j in self.heads or j in self.view.page_numbers:
                continue
            return (j not in self.act_heads and not headed.section(t) and ("。" in t or len(t) >= 20)
                    and self.header_at(j, t) is None)
        return False

    def talk_section_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """Under a talk an act's heading opened, a heading that names no one (■意見交換, ３．質疑応答,
        グループワーク（約40分）, 第２部　パネル討論（14:10～）): the talk ends there, the heading is the
        agenda's, nobody holds the floor (the labels below name who speaks)."""
        if self.act_talk is not None and self.speaker is not self.act_talk:
            self.act_talk = None  # a label took the floor: the talk ended there
        timed = headed.timed(stripped)
        if not (self.act_talk is not None or timed) or not headed.section(stripped):
            return False
        if self.cur is not None and not ends_sentence(self.tail()):
            return False  # the words of a sentence going on
        found = self.header(stripped)  # (sets ``label_clock`` when a clock follows a label)
        clocked = self.label_clock is not None and self.label_clock[0] == i
        if found is not None and not (timed and not clocked):
            return False  # a label (■山田委員), or one with its clock (大河内教育長（10:02）)
        self.act_talk = None
        return self.agenda_heading(i, line)

    def act_evidence(self: LineParser) -> None:
        """Each paragraph of a talk an act's heading opened carries the heading and its line
        (``speaker_why``)."""
        for para in self.out.paras:
            if para.speaker is not None and para.kind == "point" and not para.why:
                why = self.act_lines.get(id(para.speaker))
                if why is not None:
                    para.why = why

    def label_runs_on(self: LineParser, i: int, stripped: str, found: tuple[Shape, Speaker, str | None] | None) -> bool:
        """A label alone that leaves its bracket open (◎来賓あいさつ（南部市長 / 大森）): pdftotext broke it
        inside the bracket, the person on the next line — one label (``broken_header_step``)."""
        return bool(found and found[2] is None and unclosed(found[1].label) and self.broken_header_step(i, stripped))

    def listed_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A line whose label names a person of the record's list: by their name alone
        (``names.py``) or glued to the speech (``glued.py``)."""
        if self.listed is None or i not in self.listed:
            return False
        if self.bare is not None and i in self.bare.at:
            self.bare_name_step(i, line, stripped)
            return True
        return self.glued_step(i, line, stripped)

    def bare_name_step(self: LineParser, i: int, line: Line, stripped: str) -> None:
        """A listed person's name alone as the label (目黒：…, 西川(阿) …, → 名取(や) …): they
        take the floor, as after any header (``names.read`` found the line)."""
        sp, rest = self.bare.at[i] if self.bare is not None else (None, None)
        if sp is not None:
            self.take_header(i, line, stripped[0], (_COLON_SHAPE, sp, rest))

    def glued_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """A listed person's label glued to the speech (村瀬会長おはようございます。…): they take
        the floor, as after any header, unless another header form reads the line
        (``glued.read`` found it; the list's line that vouches for the label is the point's
        ``speaker_why``)."""
        if self.glued is None or self.header(stripped) is not None:
            return False
        sp, rest, why = self.glued.at[i]
        self.take_header(i, line, "", (_COLON_SHAPE, sp, rest))
        if self.speaker is not None:
            self.glued_turns[id(self.speaker)] = (self.speaker, why)  # the same for each label of one person
        return True

    def quoted_speaker(self: LineParser, label: str) -> Speaker | None:
        """The speaker a label before 「 names (``quoted.read`` asks): a speaker's label, or a local
        government by its one character (市「…」, 町「…」, as 市： is)."""
        if len(label) == 1 and label in LOCAL_GOVERNMENTS:
            return local_government(label)
        return self.split_label(label, True)

    def quoted_step(self: LineParser, i: int, line: Line, stripped: str) -> None:
        """A line of a turn written as its label glued to the speech in 「」 (司会「…」, ``quoted.py``
        found it): the label's line gives the speaker the floor and opens the speech, each line
        below adds its part of the speech (brackets off), page furniture inside a speech crossing
        a page is furniture, and the speech's last line closes the turn (a stage direction after
        the 」 recorded as one): the floor is nobody's until the next label. A speech whose 」 is
        missing is reported (``readings``)."""
        assert self.quoted is not None
        turn = self.quoted.at[i]
        piece = turn.speech[i - turn.start]
        if i == turn.start:
            self.last_was_header = False
            self.take_header(i, line, "", (_COLON_SHAPE, turn.speaker, piece.strip() or None))
            if not turn.closed:
                self.out.readings += (SpeakerReading(line.number, self.src.lines[turn.end].number, 1, False,
                                                     N_("the speech in 「」 after the label has no closing 」: "
                                                        "it is read up to the next label or the end of its "
                                                        "paragraph")),)
        elif i in self.heads or i in self.view.page_numbers:
            self.set_fate(i, "furniture")  # a page number inside a speech crossing a page
        elif self.cur is not None and self.cur.kind == "point":
            self.extend(i, replace(line, text=piece))  # 」 alone on its line: no words, the turn's line
        elif not piece.strip():
            self.set_fate(i, "point")
        else:
            self.open("point", i, replace(line, text=piece), piece.strip())
        if self.cur is not None and self.cur.idx[0] == turn.start and not self.cur.why:
            self.cur.why = f"label glued to its speech in 「」: {turn.speaker.label} (line {line.number})"
        if i == turn.end:
            if turn.tail:
                self.out.directions.append(Direction(line.number, turn.tail))
            # the 」 ends the turn: up to the next label no one speaks, a line there is the record's
            # narrative (議題「…」については、…こととした。)
            self.end_turns()
            self.last_was_header = False

    def glued_evidence(self: LineParser) -> None:
        """Each paragraph of a turn a glued label opened carries the list's line that vouches for
        the label (``speaker_why``)."""
        for para in self.out.paras:
            turn = self.glued_turns.get(id(para.speaker))
            if turn is not None and turn[0] is para.speaker and not para.why and para.kind == "point":
                para.why = turn[1]

    def label_tail_step(self: LineParser, i: int, stripped: str) -> bool:
        """The rest of a speaker's label, wrapped in its table cell, beside the speech: as
        pdftotext gives a Word table (発言者 | 発言内容), ``事務局`` / ``資料１の概要を説明する。排出量は
        …２割減`` / ``（環境政策課長）`` / ``少している。``. A bracketed line right below the first line
        of a turn, which it interrupts mid-sentence, is the label's second line when the two
        make one speaker's label (事務局（環境政策課長）): the turn is that speaker's, the speech
        runs on across it."""
        head = self.label_line
        cur = self.cur
        if (head is None or head[0] != i - 2 or cur is None or cur.idx != [i - 1] or cur.speaker is None
                or cur.speaker is not self.speaker or ends_sentence(cur.lines[0].text.strip())
                or len(stripped) > 24 or stripped[-1] not in CLOSE or _STAGE_LINE.match(stripped)):
            return False  # （拍手） is a stage direction, never a label's part
        joined = self.split_label(head[1] + stripped, True)
        if joined is None:
            return False
        sp = self.holder(joined)
        self.speaker = self.last_speaker = self.header_speaker = cur.speaker = sp
        self.pending = [sp]
        self.label_line = None
        self.set_fate(i, "point")
        return True

    def broken_entry_step(self: LineParser, i: int, line: Line, stripped: str) -> bool:
        """``1番`` / ``竹`` / ``内`` / ``力``, ``事務局長`` / ``作田`` / ``勝弥``: before anyone has
        spoken, a seat or a title alone whose next lines are only the parts of a name (a
        character or a few a line, no kana, as pypdf and pdftotext give a table of attendees
        whose narrow cells wrap) is an attendee of the front matter, not a turn: the label and
        the name's parts are front matter, no speaker's."""
        lines = self.src.lines
        j = i + 1
        parts = 0
        while j < len(lines) and _NAME_PART.fullmatch(part := _SPACES.sub("", lines[j].text)):
            if self.roles.split(part) is not None:
                break  # the next entry's title (事務局長 below 山下 / 英二)
            parts += len(part)
            j += 1
        if not 0 < parts <= 10:
            return False
        self.close()
        entry = Para(kind="front", lines=list(lines[i:j]), idx=list(range(i, j)), first=stripped)
        self.settle(entry)  # its lines front matter
        self.skip_to = max(self.skip_to, j - 1)
        return True

    def person_below_title(self: LineParser, i: int, found: tuple[Shape, Speaker, str | None]) -> bool:
        """○教育長 / 笹山忠則君: a header of a title alone, then the person's name with 君 (氏,
        さん) alone on the next line — one speaker, the title's, named by the second line."""
        sp = found[1]
        if not (self.last_was_header and found[2] is None and sp.title in HONORIFIC and self.pending
                and self.pending[-1].title not in HONORIFIC and self.out.fate[i - 1] == "point"):
            return False
        title = self.pending[-1]  # the whole label is the title: 教育政策係長 names an office
        person = Speaker(f"{title.label}（{sp.label}）", sp.name, title.label, title.role)
        self.pending[-1] = self.speaker = person
        self.set_fate(i, "point")
        return True

    def legend_read(self: LineParser, stripped: str, found: tuple[Shape, Speaker, str | None] | None
                    ) -> tuple[tuple[Shape, Speaker, str | None] | None, bool]:
        """The header ``found`` on the line, or the legend's reading of its mark, and whether a
        mark of the legend opens it."""
        mark = (opening_mark(stripped, self.legend) if self.legend else None) or ""
        marked = bool(mark) and len(stripped) > len(mark)
        if marked and (found is None or found[1].label.startswith(unboxed(mark))):
            # ◇　… is the legend's 委員 (Ｑ　… under 「Ｑ＝委員の質問」 too, 委　… under 「委＝委員」);
            # ⇒施設課長：… names 施設課長
            found = self.legend_header(stripped, mark)
        return found, marked

    def calls_on(self: LineParser, i: int, first: str, found: tuple[Shape, Speaker, str | None]) -> bool:
        """``○北沢委員長`` / ``子育て支援課長`` / ``○子育て支援課長`` / ``お答えいたします。…``: a label
        with no mark alone on its line, right above another label, is the turn's words — the
        chair calling on whom speaks next, with no full stop — when the label below names the
        same one; right under a label alone (nothing said yet), also when the labels around it
        have a mark and it has none, or when the layout indents it as the speech (deeper than
        both labels: pdftotext -layout keeps the indents). Read as a header it made three
        labels in a row, and the answer below went to the chair.
        """
        if found[2] is not None or first in HEADER_OPENERS or self.speaker is None:
            return False  # speech after the label, a mark or a bracket, or no turn open yet
        sp = found[1]
        lines = self.src.lines
        j = i + 1  # the next line with text, past blank lines, page numbers and running heads
        while j < len(lines) and j <= i + 5 and (not lines[j].text.strip() or j in self.heads or j in self.view.page_numbers):
            j += 1
        below = lines[j].text if j < len(lines) and j <= i + 5 else ""
        label = below.strip().lstrip(MARKS).strip()
        if not label or len(label) > 30 or (named := self.split_label(label, True)) is None:
            return False
        return _SPACES.sub("", named.label) == _SPACES.sub("", sp.label) or self.call_between_labels(i, below)

    def call_between_labels(self: LineParser, i: int, below: str) -> bool:
        """Line ``i``, a label with no mark between a label alone (nothing said yet) and the
        label ``below``, is the first one's words: the label above is the chair's (the chair
        says something: whom it calls on), the labels around it have the file's mark and it has
        none, or the layout indents it deeper than both."""
        if not self.last_was_header or self.label_line is None or self.label_line[0] != i - 1:
            return False
        if self.header_speaker is not None and self.header_speaker.role == "chair":
            return True  # the chair's label, then nothing but whom it calls on
        lines = self.src.lines
        above = lines[i - 1].text.strip()
        if above[:1] in MARKS and below.strip()[:1] == above[:1]:
            return True
        width = indent_width(lines[i].text)
        return width > indent_width(lines[i - 1].text) and width > indent_width(below)

    def take_header(self: LineParser, i: int, line: Line, first: str,
                    found: tuple[Shape, Speaker, str | None]) -> None:
        """The header's speaker takes the floor; the speech after it on ``line`` opens a point."""
        _shape, sp, rest = found
        if self.front_entry_step(i, line, sp.label, rest):
            return  # 日時：…, 教育長：平井　克己 before the turns: the front matter's, no turn
        if rest and sp.label[-1:] == "番":
            sp, rest = self.seat_named(sp, rest, first in MARKS)
        elif rest and not (sp.name and sp.title) and sp.label[-1:] in _UNIT_OR_KATAKANA_END:
            sp, rest = office_person(sp, rest, self.roles) or (sp, rest)  # ○…広報評価課　中村課長補佐　…
        marked = self.kind_marks.get(id(sp))
        sp = self.holder(sp)
        self.start_body()
        self.turn_no += 1
        self.turn_why = (self.turn_no, sp, marked[1] + f" (line {line.number})") if marked else (0, None, "")
        self.back = False
        self.group = None  # a speaker's header ends a group's opinions
        self.closed = False
        if self.last_was_header and not rest:
            self.pending.append(sp)  # headers in a row: each keeps a paragraph below
        else:
            self.pending = [sp]
        self.speaker = self.last_speaker = self.header_speaker = sp
        self.label_line = None if rest else (i, self.src.lines[i].text.strip())
        self.seen_speaker = True
        self.turns = first in MARKS  # ○ marks turns here, not bullets
        self.set_fate(i, "point")
        if self.label_clock is not None and self.label_clock[0] == i:
            self.out.directions.append(Direction(line.number, self.label_clock[1]))  # 大河内教育長（10:02）
        if rest:
            rest, _dirs = self.directions(line, rest)
            if rest.strip():
                self.open("point", i, line, rest, labelled=first in "（(")
        self.last_was_header = not rest

    def holder(self: LineParser, sp: Speaker) -> Speaker:
        """The speaker named earlier under the title this label is alone: 議長 after 議長（堀井
        正道）, 町長 after 町長（岸本和之）, １番 after １番（木村陽子）, 委員長 after 高森委員長 — when
        one person held that title so far. A title many hold (委員) names nobody by itself;
        a seat number (１番) is one member's."""
        key = _SPACES.sub("", sp.label)
        held = self.holders.get(key)
        if held is not None and held is not _NOBODY:
            return held
        if sp.name and sp.name != key and sp.title and not _NUMBER_TAG.fullmatch(sp.name):
            title = _SPACES.sub("", sp.title)
            if (sp.role != "member" or _SEAT.match(title)) and not press.is_reporter(sp):
                held = self.holders.get(title)
                self.holders[title] = sp if held is None or held == sp else _NOBODY
                if held is None:
                    self.named_at[title] = self.src.lines[self.at].number
        return sp

    def name_forward(self: LineParser) -> None:
        """A title alone before the label that names its holder (``○委員長　…`` above
        ``○委員長（山田花子君）``): that person, as a title alone after it is (``holder``) —
        when one person is named under the title in the whole record; with two (防災係長
        （小野寺亮君）, 防災係長（今井陽子君）) it names nobody and stays as written. The
        evidence, the line that named them, goes in ``why`` (the point's ``speaker_why``)."""
        if not self.holders:
            return
        # by speaker: a file has few and many paragraphs. Keyed by the object (its id: the paragraphs
        # hold it meanwhile), not by its value: a Speaker's hash is its fields' tuple hashed anew at
        # each look-up; equal speakers that are other objects are each read once, to the same answer
        named: dict[int, Speaker | None] = {}
        for para in self.out.paras:
            sp = para.speaker
            if sp is None or para.kind not in ("point", "reported") or para.why:
                continue
            held = named.get(id(sp), _NOBODY)
            if held is _NOBODY:  # (never a value kept: it names nobody, kept as None)
                held = self.holders.get(_SPACES.sub("", sp.label))
                held = named[id(sp)] = None if held is None or held is _NOBODY or held == sp else held
            if held is None:
                continue
            key = _SPACES.sub("", sp.label)
            para.speaker = held
            para.why = f"the only {key} named (line {self.named_at[key]}: {held.label})"

    def seat_named(self: LineParser, sp: Speaker, rest: str, marked: bool) -> tuple[Speaker, str | None]:
        """A seat number, then the member's name as a word of its own (``５番　山田委員　…``,
        ``５番 山田太郎君 …``; after a mark a name alone: ``◯１２番　佐藤花子　…``): one member,
        named by the name and titled by the seat, as ``５番（山田太郎君）`` is.

        >>> from assembler.minutes.parser import FrontLabels, LineParser, Patterns
        >>> from assembler.minutes.roles import load_roles
        >>> from assembler.model import SourceText
        >>> p = LineParser(SourceText("x", ()), load_roles(), Patterns(), FrontLabels.build({}))
        >>> seat = load_roles().guess("５番")
        >>> [(s.label, s.name, s.title, s.role, r) for s, r in (p.seat_named(seat, "山田委員　伺います。", False),
        ...     p.seat_named(seat, "佐藤花子　伺います。", True), p.seat_named(seat, "質問します。", True))]
        [('５番山田委員', '山田', '５番', 'member', '伺います。'), ('５番佐藤花子', '佐藤花子', '５番', 'member', '伺います。'), ('５番', '５番', '', 'member', '質問します。')]
        """
        word = _WORD.match(rest)
        after = rest[word.end():].strip() if word else ""
        if word is None or not after or len(word[0]) > 10 or word.end() == len(rest) or not rest[word.end()].isspace():
            return sp, rest
        named = self.roles.split(word[0]) or (self.roles.guess(word[0]) if word[0][-1] in "君氏" else None)
        if named is not None and named.name and named.role == "member":
            name = named.name
        elif marked and 3 <= len(word[0]) <= 6 and _PERSON.match(word[0]) and not _HIRAGANA.search(word[0]):
            name = word[0]  # ◯１２番　佐藤花子　再質問します。
        else:
            return sp, rest
        return Speaker(sp.label + word[0], name, sp.label, "member"), after

    def turn_follows(self: LineParser, i: int) -> bool:
        """The next lines (past blanks, page numbers and other headings) open a turn: a
        speaker header, an introducer, or the end of the file."""
        lines = self.src.lines
        for j in range(i + 1, min(i + 8, len(lines))):
            t = lines[j].text.strip()
            if not t or j in self.heads or j in self.view.page_numbers:
                continue
            if (lines[j].cue in ("speaker", "turn") or self.trail is not None and j in self.trail.firsts
                    or j in self.acted):
                return True  # a Word table's speaker cell, a list's top item, a point named after it, a narrated act
            if self.header_at(j, t) is not None:
                return True
            if self.passed_over(j, t):
                continue  # (an item's or a part's heading too: 【非公開】議案第４３号　… / 第２部　…)
            if _CIRCLE.match(t) or ("から" in t or "より" in t):
                return self.introduced(t) is not None or self.agent_of(t) is not None
            if "。" not in t:  # a report whose speaker stands past its first line
                sentence = self.first_sentence(j)
                if "から" in sentence or "より" in sentence:
                    return self.agent_of(sentence) is not None
            return bool(_END_MARK.match(t))
        return i + 1 >= len(lines) or j + 1 >= len(lines)

    def passed_over(self: LineParser, j: int, t: str) -> bool:
        """A line ``turn_follows`` looks past: a heading, or a section's word alone (ヒアリング,
        意見聴取) above the turn."""
        return t[0] in _HEADED_START and self.heading_form(t, j, chained=True) or section_word(t)

    def header_at(self: LineParser, j: int, text: str) -> tuple[Shape, Speaker, str | None] | None:
        """``header`` of line ``j`` as when the parse stands on it: a title alone with a colon
        (``記者：``, ``大臣:``) heads the speech below it only where the lines below are seen."""
        at, self.at = self.at, j
        try:
            return self.header(text)
        finally:
            self.at = at

    def apart(self: LineParser, i: int) -> bool:
        """The line stands apart: a blank line or a page break before it."""
        if i == 0:
            return True
        before, line = self.src.lines[i - 1], self.src.lines[i]
        return not before.text.strip() or before.page != line.page or i - 1 in self.view.page_numbers
