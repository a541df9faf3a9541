"""The heading words of a table of the proceedings (発言者 | 発言内容): one home for every reader.

A record kept as a table — in Word (``docx.py``), in a PDF (``pdf.py``), drawn in a .txt
(``texttable.py``) — is found by its heading row: a column headed by the speaker's word, the
column after it headed by the remark's; the columns before the speaker's (日程 | 発言者 | 発言)
name the item or the clock a row opens. The three readers ask the same words, so a table
reads the same whichever form it came in.
"""
from __future__ import annotations

import re
import unicodedata

from typing import NamedTuple

from ..text import DASHES, SPACES

#: an item of the day's agenda named alone in a cell (日程第１, 第１, 議案第３４号, 報告第２号): a 議会's 議事日程
#: typed as a table (日程第１ | 一般質問) names its items so — the item a row names, no speaker
AGENDA_ITEM_CELL = re.compile(r"^(?:日程|議案|報告|発議|請願|陳情|諮問|同意|承認|認定|選挙|意見書案)?[ \u3000]*第[ \u3000]*"
                              r"[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*号?$")
#: the words of a speaker column's heading (the remark is the column after it)
SPEAKER_HEADS = ("発言者", "発言者名", "氏名", "委員名", "名前")
#: the words of a remark column's heading
REMARK_HEADS = ("発言", "発言内容", "発言の内容", "発言要旨", "発言の要旨", "内容", "意見", "主な意見", "意見等",
                "意見の要旨", "要旨", "質疑内容", "質疑応答")
#: headings of columns before the speaker's in a record laid out as a table (議事の経過:
#: 日程 | 発言者 | 発言): their cells name the item or the clock a row opens
LEAD_HEADS = ("日程", "議事", "事項", "項目", "案件", "時刻", "時間", "番号", "No", "No.")
#: any word of a speaker | remark heading row (a two-column table's heading: 発言者 | 発言内容)
HEAD_WORDS = SPEAKER_HEADS + REMARK_HEADS


def headed_speaker_column(heads: list[str], remark_heads: tuple[str, ...] = REMARK_HEADS) -> int | None:
    """日程 | 発言者 | 発言 (a heading row's words, spaces removed): the speaker's column — the
    one headed 発言者, with a remark's heading after it and only columns of the item before
    it; None for any other row. Every reader (Word, PDF, text tables) asks it.

    >>> headed_speaker_column(["日程", "発言者", "発言"]), headed_speaker_column(["発言者", "発言"])
    (1, None)
    >>> headed_speaker_column(["番号", "名前", "質疑内容"]), headed_speaker_column(["日程", "発言者", "備考"])
    (1, None)
    """
    at = next((k for k, h in enumerate(heads) if h in SPEAKER_HEADS), -1)
    if 0 < at < len(heads) - 1 and heads[at + 1] in remark_heads and all(lead_head(h) for h in heads[:at]):
        return at
    return None


def two_column_heads(first: str, second: str) -> bool:
    """発言者 | 発言内容, 名前 | 質疑内容: the heading row of a two-column table of the proceedings.

    >>> two_column_heads("発言者", "発言内容"), two_column_heads("名前", "質疑内容"), two_column_heads("会議名", "内容")
    (True, True, False)
    """
    return first in SPEAKER_HEADS and second in REMARK_HEADS


# A record exported as a delimited table of utterances (CSV, TSV: ``ingest.delimited``), one row
# per utterance, or as blocks of ``key：value`` field lines, one block per utterance
# (``ingest.fields``): the same words name the columns and the fields; the first word in each
# list that heads a column is taken.
#: the speaker's column (the name, or the whole label)
TABLE_SPEAKER_HEADS = SPEAKER_HEADS + ("話者", "話者名", "発言者氏名", "発言委員", "質問者")
#: the title's column (役職 beside 発言者: the label is the name and the title)
TABLE_TITLE_HEADS = ("役職", "役職名", "肩書", "肩書き", "職名", "発言者役職", "発言者肩書")
#: the speech's column
TABLE_REMARK_HEADS = ("発言内容", "発言本文", "本文", "発言", "発言の内容", "内容", "発言要旨", "発言の要旨",
                      "要旨", "意見", "主な意見", "意見等", "意見の要旨", "質疑内容", "質疑応答", "テキスト")
#: the meeting's name and its date (the front matter, from the first row)
TABLE_MEETING_HEADS = ("会議名", "会議", "会議体", "委員会名", "会議の名称", "名称")
TABLE_DATE_HEADS = ("開催日", "開催日時", "開催年月日", "会議日", "日付", "年月日")
#: the record's number (read by no one: an export's furniture)
TABLE_NUMBER_HEADS = ("発言番号", "発言No", "発言No.", "発言順", "番号", "通番", "No", "No.")
#: the export's own fields, no meeting's: when and how it was made (furniture)
EXPORT_HEADS = ("出力日時", "出力日", "印刷日時", "印刷日", "ダウンロード日時", "検索語", "検索キーワード", "検索条件",
                "ヒット件数", "表示件数", "件数")


#: a column after the remark's whose heading names who answers it: 事務局の回答・対応, 市の考え方,
#: 回答（事務局）, 回答 — the answerer (the secretariat when the heading names nobody)
ANSWER_HEAD = re.compile(r"^(?:(?P<who>[^のによ（(]{1,12})(?:の|による))?(?:回答|対応|考え方|見解|答弁)"
                         r"(?:[・、](?:回答|対応|考え方|見解|方針))*(?:の?(?:要旨|内容|概要))?"
                         r"(?:[（(](?P<who2>[^）)]{1,12})[）)])?$")
#: an answer cell that holds no answer
NO_ANSWER = frozenset(("", *DASHES, "ー", "なし", "特になし", "－－"))
#: how a table row's words end, as plain pdftotext gives a cell's last line (the readers of cells given apart
#: from their rows: apartcells, numbercells, answercells)
ROW_ENDS = ("。", "」", "？", "?", "）", ")")
#: a column's heading naming the views or questions put (委員の主な意見・質問, 主な意見, 質問, 意見・要望):
#: the asking side — who, when the heading names them (委員), else the members (委員)
ASK_HEAD = re.compile(r"^(?:(?P<who>[^のによ（(]{1,12}?)(?:からの|の|から|による))?(?:主な)?"
                      r"(?:意見|質問|質疑|要望|提言)(?:[・、](?:意見|質問|質疑|要望|提言))*等?"
                      r"(?:の?(?:要旨|内容|事項|項目|概要))?(?:[（(](?P<who2>[^）)]{1,12})[）)])?$")
#: an asking column's heading that names the question's subject (質問事項, 質問項目): before a column
#: of the question's words (質問の要旨, 質問内容) its cells are the items the questions are asked
#: under, no one's words
TOPIC_HEAD = re.compile(r"(?:事項|項目|件名|題目|表題|案件)$")
#: the asker's seat before their name in a column naming them (２番 / 小野寺　美和)
_SEAT = re.compile(r"^[0-9０-９]{1,2}番[\s\u3000]*")
#: a note in brackets after a heading's word: 発言要旨（意見・質問） → 発言要旨
HEAD_NOTE = re.compile(r"[（(][^（）()]{1,15}[）)]$")

#: a column naming who asks, before the asking column: 質疑者, 質問者 (as well as 委員名, 氏名)
ASKER_HEADS = SPEAKER_HEADS + ("質疑者", "質問者", "質問議員", "質疑委員", "質問委員", "質疑議員", "議員名", "質問議員名",
                               "質問者名", "質疑者名", "議員氏名", "委員氏名")
#: a column naming who answers, before an answering column: 答弁者 (財政課長, 教育長 in its cells)
ANSWERER_HEADS = ("答弁者", "回答者", "説明者", "答弁職員", "答弁者職名", "答弁者名")


class Asking(NamedTuple):
    """A table of exchanges read from its heading row: the asking column, who asks (the
    heading's word, 委員 when it names nobody), the columns before it naming the member (委員名,
    質疑者); the answering columns -> who their heading names (事務局 when none), and each
    answering column -> the column before it naming who answers there (答弁者), if any."""

    ask: int
    asker: str
    names: frozenset[int]
    answers: dict[int, str]
    answerers: dict[int, int]
    topics: frozenset[int] = frozenset()  # columns of the question's subject (質問事項) before the asking one


def asking_columns(heads: list[str]) -> Asking | None:
    """A heading row that names who speaks in each column, one exchange a row (委員の主な意見・質問 |
    事務局の回答, 質問 | 回答, 意見 | 県の考え方, 委員名 | 意見 | 回答; a question-and-answer table
    質疑者 | 質疑の要旨 | 答弁者 | 答弁の要旨, 番号 | 質問者 | 質問事項 | 答弁者 | 答弁): the asking
    column, its speaker and the columns before it that name the member (委員名, 質疑者); the
    answering columns after it -> who their heading names, and the column naming the answerer
    before each (答弁者); None for any other row. ``heads``: the cells' words, spaces removed. Word
    (``docx.py``) and PDF (``pdf.py``) ask it.

    >>> asking_columns(["委員の主な意見・質問", "事務局の回答"])[:4], asking_columns(["委員名", "意見", "市の対応"])[:4]
    ((0, '委員', frozenset(), {1: '事務局'}), (1, '委員', frozenset({0}), {2: '市'}))
    >>> asking_columns(["番号", "質問者", "質問事項", "答弁者", "答弁"])
    Asking(ask=2, asker='委員', names=frozenset({1}), answers={4: '事務局'}, answerers={4: 3}, topics=frozenset())
    >>> asking_columns(["発言者", "発言内容"]), asking_columns(["質問", "備考"])
    (None, None)
    >>> asking_columns(["質問議員", "質問事項", "質問の要旨", "答弁者", "答弁の要旨"])  # doctest: +NORMALIZE_WHITESPACE
    Asking(ask=2, asker='議員', names=frozenset({0}), answers={4: '事務局'}, answerers={4: 3},
           topics=frozenset({1}))
    """
    ask = next((k for k, h in enumerate(heads) if ASK_HEAD.match(h)), None)
    if ask is None:
        return None
    chain = _topics(heads, ask)
    ask += len(chain)
    m = ASK_HEAD.match(heads[ask])
    assert m is not None
    answers, answerers = {}, {}
    for c in range(ask + 1, len(heads)):
        a = ANSWER_HEAD.match(heads[c])
        if a:
            answers[c] = a["who"] or a["who2"] or "事務局"
            if c - 1 > ask and HEAD_NOTE.sub("", heads[c - 1]) in ANSWERER_HEADS:
                answerers[c] = c - 1
    names = frozenset(k for k in range(ask) if HEAD_NOTE.sub("", heads[k]) in ASKER_HEADS)
    # the subject's columns: 質問事項 before 質問の要旨, or 件名 / 項目 between the askers' and the question's
    topics = chain | {k for k in range(ask) if k not in names and TOPIC_HEAD.search(HEAD_NOTE.sub("", heads[k]))}
    who = m["who"] or m["who2"] or _asker_title(heads, names)
    return Asking(ask, who, names, answers, answerers, topics) if answers else None


def answered_columns(heads: list[str]) -> Asking | None:
    """発言者 | 発言要旨 | 事務局の回答・対応 (a No. column first allowed): the speaker's column, the remark's
    (a remark's or a question's heading), then a column of the answers of the one its heading names (事務局
    when it names no one) — asked with no asking side (asker ""): the speaker's cell says who speaks. The
    text readers (``qatext``) and the PDF's (``pdf``) ask it.

    >>> answered_columns(["発言者", "発言要旨", "事務局の回答・対応"])
    Asking(ask=1, asker='', names=frozenset({0}), answers={2: '事務局'}, answerers={}, topics=frozenset())
    >>> answered_columns(["No.", "発言者", "意見・質問", "市の考え方"])[:4], answered_columns(["発言者", "発言内容", "備考"])
    ((2, '', frozenset({1}), {3: '市'}), None)
    """
    if not 3 <= len(heads) <= 4 or len(heads) == 4 and not number_head(heads[0]):
        return None
    speaker, remark, answer = heads[-3:]
    a = ANSWER_HEAD.match(answer)
    if speaker not in SPEAKER_HEADS or not (remark in REMARK_HEADS or ASK_HEAD.match(remark)) or a is None:
        return None
    k = len(heads) - 3
    return Asking(k + 1, "", frozenset({k}), {k + 2: a["who"] or a["who2"] or "事務局"}, {}, frozenset())


def _topics(heads: list[str], ask: int) -> frozenset[int]:
    """質問事項 | 質問の要旨: the columns from ``ask`` on that name the question's subject, each right
    before another asking column (the question's words are the last's)."""
    out: set[int] = set()
    while ask + 1 < len(heads) and TOPIC_HEAD.search(heads[ask]) and ASK_HEAD.match(heads[ask + 1]):
        out.add(ask)
        ask += 1
    return frozenset(out)


#: the title a column naming the askers gives them (質問議員, 質疑委員)
_ASKER_TITLES = ("議員", "委員")


def _asker_title(heads: list[str], names: frozenset[int]) -> str:
    """Who asks when the asking column's heading names no one: the title the column naming them
    gives (質問議員, 議員名: 議員), else 委員."""
    return next((w for k in sorted(names) for w in _ASKER_TITLES if w in HEAD_NOTE.sub("", heads[k])), "委員")


#: a label that already says who the person is: a title, an honorific, brackets (山本委員,
#: 議長, 山本君, 委員長（藤森）); else a name alone
_TITLED = re.compile(r"(?:[長員君氏官者監]|さん)$|[（(]")
_NAME_ALONE = re.compile(r"^[\u4e00-\u9fff々〆ヶ\u3040-\u30ff]{1,8}$")


def names_alone(label: str) -> bool:
    """A name alone (山本, 山本浩): no title, honorific nor brackets after it."""
    return bool(_NAME_ALONE.match(label)) and not _TITLED.search(label)


def asker_label(cell: str, asker: str) -> str:
    """The asking member's label from a cell of the column naming them (質疑者): a name alone is a
    member — the surname and the asking side's word (山本 → 山本委員; a full name parted by a
    space, its surname: 山本　浩 → 山本委員); a label that says who they are stays as written
    (山本委員, 山本議員, 委員長).

    >>> asker_label("山本", "委員"), asker_label("山本　浩", "委員"), asker_label("山本議員", "委員")
    ('山本委員', '山本委員', '山本議員')
    >>> asker_label("委員長（藤森）", "委員"), asker_label("", "委員"), asker_label("２番　小野寺　美和", "議員")
    ('委員長（藤森）', '', '小野寺議員')
    """
    words = [w for w in SPACES.split(_SEAT.sub("", cell.strip())) if w]  # ２番　小野寺　美和: the seat left
    joined = "".join(words)
    if not names_alone(joined):
        return joined
    return words[0] + asker


def seat_alone(piece: str) -> bool:
    """２番, １０番 alone: an asker's seat on a line of its own above the name (no name itself)."""
    return bool(_SEAT.match(piece.strip())) and not _SEAT.sub("", piece.strip())


#: a line that is a label alone: a short name-like word in brackets or not, no sentence
_LABEL_ALONE = re.compile(r"^[（(【〔]?(?P<label>[^\s。、，．：:（）()【】〔〕「」]{2,15})[）)】〕]?$")
#: the end of an answering official's label: a title (財政課長, 教育長, 危機管理監, 企画官, 事務局,
#: 防災担当参事, 主幹, 病院事業管理者), no member's (委員)
_OFFICIAL = re.compile(r"(?:長|官|監|局|参事|主幹|主査|理事|担当|管理者)$")


def label_alone(line: str, asker: str | None) -> str | None:
    """The speaker's label a cell of a table of exchanges opens with on a line alone, the words
    on the lines below (質疑 | 答弁 with the speaker inside the cell: 山本委員 / 防災行政無線の…,
    財政課長 / 屋外の…): in an asking cell a short word ending with the title its heading names
    (``asker``: 委員 → 山本委員, （岡島委員）), in an answering cell (``asker`` None) one ending with an
    official's title; None for any other line.

    >>> label_alone("（岡島委員）", "委員"), label_alone("危機管理課長", None), label_alone("山本委員", None)
    ('岡島委員', '危機管理課長', None)
    >>> label_alone("予算の内訳を伺う。", "委員"), label_alone("以上です", None)
    (None, None)
    """
    if asker is None:
        return official_label(line)
    m = _LABEL_ALONE.match(SPACES.sub("", line))
    return m["label"] if m is not None and m["label"].endswith(asker) else None


def official_label(line: str) -> str | None:
    """An answering official's label alone (財政課長, （教育長）: its title last); None otherwise."""
    m = _LABEL_ALONE.match(SPACES.sub("", line))
    return m["label"] if m is not None and _OFFICIAL.search(m["label"]) else None


def number_head(word: str) -> bool:
    """No., Ｎｏ．, 番号: the heading of a column of the rows' numbers (every reader of a numbered table
    asks it: the text tables' and the PDF's)."""
    return unicodedata.normalize("NFKC", word) in TABLE_NUMBER_HEADS


def lead_head(word: str) -> bool:
    """日程, No., 事項 and any subject's heading (審査事項, 審議項目, 件名): a column before the speaker's."""
    return word in LEAD_HEADS or bool(TOPIC_HEAD.search(word))


#: a section's row across a table: its title in brackets (【申立ての内容の聴取】, 〔閉会〕) or after its number
#: (（１）開会, 2. 説明, １　開会) — no subject's number (議案第５号), no speaker's cell
SECTION_TITLE = re.compile(r"^(?:[【〔［][^【】〔〕［］]{1,30}[】〕］]$|(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}(?:[.．、]|[\s\u3000]))\s*\S)")
