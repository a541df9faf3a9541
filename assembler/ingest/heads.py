"""The heading words of a table of the proceedings (発言者 | 発言内容): one home for every reader.

A record kept as a table — in Word (``docx.py``), in a PDF (``pdf.py``), drawn in a .txt
(``texttable.py``) — is found by its heading row: a column headed by the speaker's word, the
column after it headed by the remark's; the columns before the speaker's (日程 | 発言者 | 発言)
name the item or the clock a row opens. The three readers ask the same words, so a table
reads the same whichever form it came in.
"""
from __future__ import annotations

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
    if 0 < at < len(heads) - 1 and heads[at + 1] in remark_heads and all(h in LEAD_HEADS for h in heads[:at]):
        return at
    return None


def two_column_heads(first: str, second: str) -> bool:
    """発言者 | 発言内容, 名前 | 質疑内容: the heading row of a two-column table of the proceedings.

    >>> two_column_heads("発言者", "発言内容"), two_column_heads("名前", "質疑内容"), two_column_heads("会議名", "内容")
    (True, True, False)
    """
    return first in SPEAKER_HEADS and second in REMARK_HEADS


# A record exported as a delimited table of utterances (CSV, TSV: ``ingest.delimited``), one row
# per utterance; the first word in each list that heads a column is taken.
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
