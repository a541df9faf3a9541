"""The line forms the line parser's steps share: regular expressions and word lists that more than one
of its modules tests lines against (a form used in one module only lives in that module).

Moved from ``parser.py`` (where ``LineParser`` reads the lines).
"""
from __future__ import annotations

import operator
import re
import re._parser as sre_parse  # the regex parser, to know how wide a pattern's match can be

from ..model import Speaker
from . import prose
from ..text import DASHES, PLACE_ENDS
from .patterns import BULLET_CHARS


class AtEnd:
    """A pattern that matches only at the text's end (``…$``), searched from where its widest
    match can start: a search from the text's start tries each of its words at every position
    (``NARRATIVE_VOICE``: 40 alternatives, ~40k instructions a line of 80 characters, where
    the last 12 characters hold any match). The match is the one a search of the whole text
    finds (tests/test_parse_fast_paths.py holds them together)."""

    __slots__ = ("rx", "width")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        # the widest match, and one character more: $ matches before a line break that ends the text
        self.width = sre_parse.parse(rx.pattern).getwidth()[1] + 1

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(text, max(0, len(text) - self.width))



#: one space, ASCII or ideographic, as a regex's class (to build patterns with)
SPACE_CLASS = r"[\s\u3000]"
_TEXT, LINE_PAGE = operator.attrgetter("text"), operator.attrgetter("page")  # a line's, in a C-level map
#: the marks a speaker's header may open with (○飯島委員, ◆事務局)
MARKS = "○〇◯◎●◆◇■□▲△☆★"
#: an agenda item numbered with a full stop (１．開会, 2. 議事)
AGENDA = re.compile(r"^\s*[0-9０-９]+\s*[．.]\s*\S")
AGENDA_SPACED = re.compile(r"^\s*[0-9０-９]{1,2}[\s\u3000]+\S")  # ３ 閉会: a number, spaces, the item
#: the words of an agenda's items (開会, 議題, 報告 …)
AGENDA_WORDS = ("開会", "閉会", "議題", "議事", "意見交換", "討議", "報告", "協議", "審議", "挨拶", "その他")
#: a heading that names what the section records (会議の要旨, 発言の概要, 議事の経過, 会議要旨), its mark
#: and spaces taken off: no label and no attendee ends so, whatever the word before it
RECORD_HEADING = re.compile(r"(?:の|^(?:会議|発言|会議録|議事録))(?:概要|経過|要旨|内容|結果|要点)$")
#: a ○ opening a line, the spaces about it included
CIRCLE = re.compile(rf"^{SPACE_CLASS}*[○〇◯]{SPACE_CLASS}*")
#: a rule between turns or sections: ────, ――――◇――――, ＝＝＝, ＊＊＊
RULE_CHARS = "─━" + DASHES + "＝=＿_◇◆＊*〜~"
#: the dashes that frame a note or a label on both sides (－北村委員－, ―以上―, −北村委員−), inside a
#: regex's [...]: text.DASHES, not the long vowel ー
DASH_CLASS = re.escape(DASHES)
# A stage direction inside a line: a bracket holding one of the words of a stage direction.
STAGE_WORDS = (r"(?:拍手|笑|声あり|声有り|者あり|者有り|異議なし|異議なし」|発言する者|速記|休憩|退室|退席|入室|"
                r"中断|再開|報道関係者|プレス|カメラ|傍聴|資料配付|資料配布|音声|聴取不能|聞き取り不能|マイク|"
                r"投影|画面共有|映像|動画|上映|放映|着席|離席|復席|入場|退場|登壇|降壇|交代|交替|挙手|起立)")
#: a stage event's word alone (休憩, 再開, 中断): a recess is no section of the programme (headed.timed)
STAGE_WORD = re.compile(STAGE_WORDS)
#: the stars that frame a note of the record (＊＊＊（…省略）＊＊＊): closing_steps.framed_stage_step
FRAME_STARS = "＊*★☆"
#: a stage direction inside a line: a bracket holding a stage word (（拍手）, （笑）), a clock or 了
INLINE_STAGE = re.compile(
    rf"[（(][^（）()]{{0,30}}?{STAGE_WORDS}"
    r"[^（）()]{0,30}?[）)]"
    # the clock in a line (（10:00）), and 了 (agreed) in brackets
    r"|[（(]\s*(?:[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}|了)\s*[）)]")
# The sentence reports what the speaker said: the words are quoted before the noun of
# speaking (…との意見, …という指摘, …旨の発言, …するよう事務局に指示) or are a clause on it (…点を
# 指摘する発言; not …に関する説明, which names a topic), then it was made (あった, 出された …).
SPEECH_NOUN = (r"(?:御|ご)?(?:意見|指摘|発言|質問|要望|提案|コメント|提言|回答|説明|報告|指示|要請|依頼|懸念|"
                r"主張|見解|感想|補足|答弁|問題提起|申し出|声|紹介|確認|質疑|要求)")
# The secretariat's narrating voice: what happened, in the past tense or as a heading, or a
# note's ending after a noun of speaking (…との意見有り。 …の質問あり。)
NARRATIVE_VOICE = AtEnd(re.compile(
    r"(?:あった|された|なされた|行った|行われた|示された|得られた|了承された|承認された|決定した|"
    r"確認した|閉会した|開会した|述べた|以下のとおり|次のとおり|下記のとおり|説明|報告|紹介|連絡"
    # a vote's result (採決の結果：全員一致, 賛成多数で可決)
    r"|全員一致|賛成多数|可決|否決|意見交換|質疑応答|自由討議"
    rf"|{SPEECH_NOUN}(?:等|など)?{prose.NOTE_END})[。．]?$"))
#: the words of speaking in a narrator's sentence (発言, 説明, 質問, 述べ…): someone spoke — a noun or a verb, in any
#: form (…を説明。 …説明があった。 …が述べられた。 …の方向が示された。 …を発表。)
SPEECH_ACT = re.compile(
    r"(?:発言|挨拶|あいさつ|説明|報告|連絡|案内|コメント|意見|総括|紹介|講評|述べ|話が|話し|発表|提案|"
    r"質問|回答|言及|指摘|要望|答弁|補足|所感|謝辞|問題提起|申し(?:述べ|上げ)|指示|要請|依頼|懸念|主張|見解|感想|求め"
    r"|示され|示し|提示)")
#: Words a speech opens with whose first character is a particle's (は, で, も, と): はい, では, でも,
#: もちろん, ところで — a witness's はい。, counsel's では主尋問を… after a label and a space, or
#: alone below a label (``証人`` / ``はい。…``). A particle first (委員 の皆様, 会長 から) still makes
#: no turn: these words are told from it by the word as a whole, never by its first character.
SPEECH_OPENER = (r"(?:(?:はい|いいえ|では|でも)(?=[、。，．,！!？?\s\u3000\u3400-\u9fff\u30a1-\u30fa])"
                 r"|ところで|もちろん|やはり|はじめに|もしよろしければ)")
SPACE_RUN = re.compile(rf"{SPACE_CLASS}{SPACE_CLASS}*")  # a run, led by its class (text.SPACES says why)
#: the characters of a line's indent
INDENTS = frozenset(" \u3000\t")
# Numbering that is part of a sentence: （５）が、… ①は… refers to an item, is no bullet.
NUMBER_IN_SENTENCE = re.compile(r"^[がはをのにでとも、，,・]")
# What follows the last turn: the closing time, 以上, the ministry's contact footer.
# The meeting is over, in a stage direction's brackets: （閉会）, 〔散会〕, (延会) — they end the
# turns as 午後３時閉会 does (＜閉会＞, 【閉会】 are the headings of a section, read as such)
ADJOURNED = re.compile(r"^[（(〔][\s\u3000]*(?:閉会|閉議|散会|延会)[\s\u3000]*[）)〕]$")
#: 以上 (or 了) alone on its line, in brackets or between dashes: the record ends
END_MARK = re.compile(rf"^[（(〔ー─━＝=‑‒﹣〜~{DASH_CLASS}\s\u3000]*(?:以\s*上|了)[）)〕ー─━＝=‑‒﹣〜~{DASH_CLASS}\s\u3000]*$")
# The signature block after the last turn: 「上記のとおり相違ないことを証するため、ここに署名
# する。」, 会議録署名委員, and a title with the signer's name alone (委員長　岸　本　孝　之).
# A company's or a corporation's board words it as what the signing is for: 「上記の決議を明確にする
# ため、議長及び出席取締役並びに出席監査役は次に記名押印する。」, 「…を証するため、…署名押印する。」
SIGN_SENTENCE = re.compile(r"(?:証する|証します|ここに|規定により)[^。]{0,30}?(?:署名|記名|押印)"
                            r"|相違ない(?:こと)?を証する|^[^。]{0,4}(?:署名|記名押印)(?:する|します|いたします)"
                            r"|(?:明確にする|明らかにする|証明する)ため[^。]{0,60}?(?:署名|記名|押印|捺印)(?:する|します|いたします"
                            # … or its verb cut by the line's end (pdftotext: …次に記名押印す / る。)
                            r"|(?:す|し|しま|いた|いたし|いたしま)?$)")


#: a label's character, as a regex's class: no space, no colon, no sentence's punctuation
LABEL = r"[^\s\u3000：:、。,，「」『』【】]"
#: Brackets a header may stand in, by pairs: （飯島委員）, 【飯島委員】, 〔飯島委員〕, ［…］,
#: ＜飯島委員＞, 〈…〉, 《…》, ≪…≫ — any of them, as the minutes of different bodies use.
OPEN, CLOSE = "（(【〔［[＜<〈《≪『", "）)】〕］]＞>〉》≫』"
#: The heavy ones, inside which a qualifier in round brackets may stand: 【渡邉(光)会長】.
HEAVY_OPEN, HEAVY_CLOSE = "【〔＜<〈《≪", "】〕＞>〉》≫"
#: OPEN, CLOSE as regex classes, and a character inside a pair of them
OPEN_CLASS, CLOSE_CLASS, INSIDE_CLASS = (f"[{re.escape(OPEN)}]", f"[{re.escape(CLOSE)}]",
               f"[^{re.escape(OPEN + CLOSE)}]")
#: a stage direction alone on its line (（拍手）, 〔休憩〕)
STAGE_LINE = re.compile(rf"^{OPEN_CLASS}{INSIDE_CLASS}{{0,30}}?{STAGE_WORDS}{INSIDE_CLASS}{{0,30}}?{CLOSE_CLASS}$")
#: stage directions side by side on a line of their own (〔２２番　笹倉千晶議員登壇〕（拍手）)
STAGE_RUN = re.compile(rf"^(?:{OPEN_CLASS}{INSIDE_CLASS}{{0,30}}?{STAGE_WORDS}{INSIDE_CLASS}{{0,30}}?{CLOSE_CLASS}[\s\u3000]*){{2,4}}$")
#: a short word spelled apart (挨　拶, 閉 会 の 辞)
SPACED_WORD = re.compile(r"^(?:[^\s\u3000][\s\u3000]+){1,4}[^\s\u3000]$")
#: a speaker as a sentence's subject (ある委員は、, 何人かの委員は、, 座長は、), and a predicate
#: saying they spoke (…と述べた, …と指摘した, …との見方を示した, …で一致した)
SUBJECT = re.compile(rf"^(?:{prose.CONNECTIVE}[、,，]?)?"
                      # a topic before the subject (海外経済について、委員は、…: the 日本銀行's form)
                      r"(?:[^。、，,「」]{1,30}?(?:について|に関して|に関し|をめぐって|をめぐり|の点では?)[、,，])?"
                      rf"{prose.DETERMINER}?"
                      r"(?P<who>[^\s\u3000、。，,「」『』はがをにのも]{1,20}?)(?:は|からは)[、,，]")
SUBJECT_HINT = re.compile("は[、，,]")  # what a line holds when SUBJECT can match it
#: what a header, or a header the extractor broke over two lines, starts with
HEADER_OPENERS = frozenset(MARKS + OPEN)
#: a hiragana
HIRAGANA = re.compile(r"[\u3041-\u309f]")
#: an item, a gap of two spaces or more, then who presents it (２．会長挨拶　　山田会長); the gap
ITEM_PRESENTER = re.compile(r"^(?P<item>[^\s\u3000。、（()）][^。、]{1,30}?)[ \u3000]{2,}(?P<who>[^\s\u3000。、（()）]{2,16})$")
#: the words of an item someone presents (挨拶, 開会, 議案, …について): ITEM_PRESENTER's item
PRESENTED_ITEM = re.compile(r"挨拶|あいさつ|開会|閉会|の言葉|議案|報告|説明|について$|の件$")
#: how a sentence introducing a group's points ends (主な意見は以下のとおり。)
GROUP_SENTENCE_END = ("とおり。", "通り。", "とおりである。", "とおりです。", "とおりであった。", "とおり", "通り")
#: the marks of a topic's heading under a group (a bullet's ・ or ○ is no heading's)
TOPIC_MARKS = frozenset("■□◆◇▼▽▲△【〔＜［<《〈(（")
#: the longest line tried as a heading between turns with no heading's mark (意見交換, 質疑応答)
SECTION_WORD_MAX = 10
#: a government's one-character name (市, 県, 町): local_government
LOCAL_GOVERNMENTS = frozenset(PLACE_ENDS + "国")


def local_government(label: str) -> Speaker:
    """The government that holds a meeting with the public (住民説明会, 意見交換会, タウンミーティング)
    answering under its name alone, one character: ``市：工事は平日の日中のみです。``, ``（県）…``,
    ``【町】``. Read only after a colon or in brackets: a character alone is no title where a
    title is spelled apart (``町　　長``, a table's cell ``町`` / ``長（岸本和之）``). It answers
    for the executive: ``government`` (settle_roles may read it as the secretariat).

    >>> sp = local_government("市"); sp.label, sp.name, sp.title, sp.role
    ('市', '', '市', 'government')
    """
    return Speaker(label, "", label, "government")
#: a person's name alone: kanji and kana, ten characters at the most
PERSON = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u3041-\u3096\u30a1-\u30faー・]{1,10}$")
#: one space, ASCII or ideographic
SPACE_CHAR = re.compile(r"[\s\u3000]")
#: what a surname starts with (a kanji or katakana), and a particle a speech cannot start with
SURNAME_START = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々\u30a1-\u30fa]")
#: three hiragana in a row (a sentence's, seldom a name's)
KANA_RUN = re.compile(r"[\u3041-\u3096]{3}")
#: the paragraphs a label after them can give a speaker (an agenda item only when a bullet opened it)
SPOKEN = frozenset(("point", "orphan", "circle", "narrative", "agenda"))
#: what a point opens with: a bullet or a ○
POINT_MARKS = frozenset(BULLET_CHARS + "○〇◯")
#: a body's name alone (総務委員会, 株式会社みどり)
BODY_NAME = re.compile(r"^[\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ（）()]{2,30}$")


#: what separates the names of a list (、 ， ・ spaces)
LIST_SEP = re.compile(r"[、，,・\s\u3000]+")
#: a comma, Japanese or ASCII
COMMAS = re.compile(r"[、，,]")
SEAT = re.compile(r"[0-9０-９]{1,2}番")  # ２番委員: an assembly member by seat number
# A heading between turns (■議事（１）…, ◆在宅医療, ２．会長あいさつ, （３）その他, 〔意見等〕):
# a heading mark, a number or brackets before a short label that is no sentence.
HEADING_MARKS = "■□◆◇▲△▼▽◎★☆"
HEADING = re.compile(
    rf"^(?:[{HEADING_MARKS}]{SPACE_CLASS}*|[0-9０-９]{{1,2}}{SPACE_CLASS}+|[〔［\[【＜〈《≪](?=[^。、]{{1,30}}[〕］\]】＞〉》≫]$)"
    # framed by dashes (-質疑・意見-, as a web page's record heads its sections)
    rf"|[{DASH_CLASS}]{SPACE_CLASS}*(?=[^。、\d０-９{DASH_CLASS}]{{2,30}}[{DASH_CLASS}]$))"
    rf"(?P<label>[^。]{{1,40}})$")
#: what a stage direction opens with
STAGE_START = frozenset("（(")
# what a numbered item (patterns.NUMBERED) starts with: digits, brackets, ⑴…⒇, ①…⑳
#: Roman numerals heading a summary's parts (Ⅰ．開催要領, Ⅳ．採決: the Bank of Japan's, the
#: Cabinet Office's), read as a number is (``numbering.item``: level 0)
ROMAN = "".join(map(chr, range(0x2160, 0x216c))) + "IVX"  # and in Latin letters, as NFKC writes them
NUMBER_START = "0123456789０１２３４５６７８９（(" + "".join(map(chr, range(0x2460, 0x2488))) + ROMAN  # ①…⒇, Ⅰ…Ⅻ
HEADING_START = frozenset(HEADING_MARKS + NUMBER_START + "〔［[【＜〈《≪" + DASHES)
#: An item of business as a record's heading (第２号議案　計算書類の承認について, 議案第３号
#: …の件, 報告第１号, 日程第２): a body's 理事会, 取締役会 and assemblies head each item so, in
#: the body as before it. No sentence, no comma, no particle at its end (日程第１、議案第１号を
#: is the chair's speech).
_ITEM_NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}"
_ITEM = (rf"(?:第{_ITEM_NUMBER}号?議案|議案第{_ITEM_NUMBER}号|(?:報告|諮問|承認|認定|審議|協議|決議)(?:事項)?第?{_ITEM_NUMBER}号?"
         rf"|(?:報告|審議|協議|決議|承認|連絡)事項"
         rf"|日程第{_ITEM_NUMBER})")
#: the narrator's record of a result, on a line of its own (議案第４２号は原案のとおり可決された。, 本件は全員
#:異議なく承認された。, 第３号議案は、賛成多数で可決した。): an item (or 本案, 本件) as the subject, then the
#: result of the vote in the plain past — no speaker's words (a speaker says 可決されました)
RESULT_LINE = re.compile(
    rf"^(?:(?:{_ITEM}|本案|本件|本議案|同議案|各議案|以上の議案)(?:[\s\u3000][^。、は]{{1,40}}?)?(?:は|について(?:は)?)[、，]?"
    # or the vote named before it (採決の結果、全員賛成で…, 審議の結果、…, 全員異議なく…)
    r"|(?:採決|審議|挙手採決|起立採決)の結果[、，]|(?=全員|賛成多数|異議なく|挙手全員|起立全員|起立多数))[^。「」]{0,40}?"
    r"(?:可決|否決|承認|採択|不採択|認定|同意|了承|決定|継続審査|撤回)(?:と)?(?:され|し|なっ)た。$")
#: a part of the proceedings as a heading (第２部　部会報告及び意見交換, 第１部　議案審議): a heading as an item is
_PART = rf"第{_ITEM_NUMBER}部"
#: a bracketed note before an item's heading (【非公開】議案第４３号　…, 〔秘密会〕報告第２号): the heading's
_ITEM_TAG = r"(?:[【〔［][^】〕］。、\s\u3000]{1,8}[】〕］][\s\u3000]*)"
ITEM_HEADING = re.compile(rf"^(?:{_ITEM_TAG}?{_ITEM}|{_PART}(?=[\s\u3000：:]))(?:[\s\u3000：:]+[^。、]{{0,40}}(?<![をにがはとでも]))?$")
#: how an item of business opens, its title after a space (日程第３　報告第５号　…): a heading broken
#: at the page's width is told by its lines joined (``closing_steps.wrapped_item_step``)
ITEM_OPENING = re.compile(rf"^{_ITEM}[\s\u3000：:]")
#: what ITEM_HEADING starts with (the cheap test before it)
ITEM_START = frozenset("第議報諮承認審協決日【〔［")


def heading_like(text: str) -> bool:
    """The cheap test before ``heading_step``: a mark, a number or a bracket first, a word
    spelled apart (挨　拶), or an item of business (第２号議案　…)."""
    return (text[0] in HEADING_START or len(text) <= 9 and SPACED_WORD.match(text) is not None
            or text[0] in ITEM_START and ITEM_HEADING.match(text) is not None)

BRACKET_NUMBER_START = "（(" + "".join(map(chr, range(0x2474, 0x2488)))  # （３）, ⑶
AGENDA_START = "議報審協第" + BRACKET_NUMBER_START + ROMAN  # an agenda line starts with a digit or one of these (第２　協議事項)
#: how much further in than the line above a paragraph's first line may stand: one character
#: of the text (the two to four spaces pdftotext -layout gives a full-width character); a
#: deeper indent is a column or a centred line
PARAGRAPH_INDENT = 4
