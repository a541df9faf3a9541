"""The front matter of minutes: title, session, kind, date, time, place and attendees.

Labels come in many forms: ``日時；…``, ``日 時：…``, ``１ 開催日時`` with the value on the
next line, ``１ 日 時  令和元年７月26日（金）14：00～15：56``, ``【日時】…``. Attendees come
in groups (``委員：``, ``幹事：``, ``【代理出席】``) with notes such as ``（敬称略・50音順）``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TypedDict

from ..model import AttendeeGroup, Line
from .forms import DASH_CLASS
from .numbering import Numbered, item as numbered_item
from ..text import PLACE_ENDS, UNIT_ENDS, to_int
from ..text import SPACES as _SPACES


_SESSION = re.compile(r"[（(]?\s*第\s*(?P<n>[0-9０-９一二三四五六七八九十]+)\s*回\s*[）)]?(?!\s*国会)")
MINUTES_KIND = re.compile(r"(議[\s\u3000]*事[\s\u3000]*要[\s\u3000]*旨|議[\s\u3000]*事[\s\u3000]*録"
                          r"|議[\s\u3000]*事[\s\u3000]*概[\s\u3000]*要|会[\s\u3000]*議[\s\u3000]*記?[\s\u3000]*録"
                          # 記録 after the meeting's 会 or the bracket closing its name (懇談会記録,
                          # 市長と語る会（南部地区）記録, ワークショップ（第３回）記録)
                          r"|速[\s\u3000]*記[\s\u3000]*録|(?<=[会）)])[\s\u3000]*記[\s\u3000]*録"
                          # 会議要録, 要点記録, 議事要点: records of the points, by their names
                          r"|会[\s\u3000]*議[\s\u3000]*要[\s\u3000]*録|要[\s\u3000]*点[\s\u3000]*記[\s\u3000]*録"
                          r"|議[\s\u3000]*事[\s\u3000]*要[\s\u3000]*点"
                          # 会議要旨, 会議概要: the summaries of a town's or a city's councils
                          r"|会[\s\u3000]*議[\s\u3000]*要[\s\u3000]*旨|会[\s\u3000]*議[\s\u3000]*概[\s\u3000]*要"
                          # 記者会見録, 会見録, 会見要旨: the records of a press conference (press.py)
                          r"|(?:記[\s\u3000]*者[\s\u3000]*)?会[\s\u3000]*見[\s\u3000]*"
                          r"(?:録|要[\s\u3000]*旨|概[\s\u3000]*要|記[\s\u3000]*録))")
_KN = "0-9〇一二三四五六七八九十"  # digits, or kanji numerals (令和五年三月八日)
#: the year in the other calendar, in brackets after 年 (令和８年（２０２６年）, 2026年（令和８年）)
_OTHER_YEAR = rf"(?:\s*[（(](?:令和|平成|昭和)?\s*[元{_KN}]{{1,4}}\s*年?[）)])?"
_DATE_ERA = re.compile(
    rf"(?P<era>令和|平成|昭和)\s*(?P<y>[元{_KN}]+)\s*年{_OTHER_YEAR}\s*(?P<m>[{_KN}]+)\s*月\s*(?P<d>[{_KN}]+)\s*日"
)
#: the era by its letter, as ministries' web pages and forms date a record (R6.10.22, H30.4.1, R6/11/5)
_DATE_ERA_LETTER = re.compile(r"(?<![A-Za-z0-9])(?P<era>[RHS])\.?\s*(?P<y>[0-9]{1,2})[./](?P<m>[0-9]{1,2})[./](?P<d>[0-9]{1,2})(?![0-9])")
_ERA_LETTER = {"R": "令和", "H": "平成", "S": "昭和"}
_DATE_AD = re.compile(rf"(?P<y>(?:19|20)[0-9]{{2}})\s*(?:年{_OTHER_YEAR}\s*(?P<m>[0-9]+)\s*月\s*(?P<d>[0-9]+)\s*日"
                      r"|[/.](?P<m2>[0-9]{1,2})[/.](?P<d2>[0-9]{1,2})(?![0-9])"
                      r"|-(?P<m3>[0-9]{1,2})-(?P<d3>[0-9]{1,2})(?![0-9]))")  # 2024-06-12: a table's date cell
_TIME = re.compile(
    r"(?P<ap1>午前|午後)?\s*(?P<h1>[0-9]{1,2})\s*(?:時|:)\s*(?:(?P<m1>[0-9]{1,2})\s*分?)?\s*"
    rf"(?:から)?\s*[～〜~{DASH_CLASS}]?\s*(?P<ap2>午前|午後)?\s*"
    r"(?P<h2>[0-9]{1,2})\s*(?:時|:)\s*(?:(?P<m2>[0-9]{1,2})\s*分?)?"
)
#: 午前１０時開議, 午前10時00分 開 議, （午後２時閉会）, 11:56閉会した: the record's clock — no part
#: of the title, the end of an attendee list before the body, the end of the turns after it
CLOCK_LINE = re.compile(
    r"^[（(]?\s*(?:午前|午後)?\s*[0-9０-９零一二三四五六七八九十〇]{1,3}\s*[時:：][^。]{0,12}?"
    r"(?P<word>開[\s\u3000]*議|開[\s\u3000]*会|開[\s\u3000]*始|再[\s\u3000]*開|散[\s\u3000]*会"
    r"|閉[\s\u3000]*会|閉[\s\u3000]*議|終[\s\u3000]*了|休[\s\u3000]*憩)(?:した)?\s*[）)]?$"
    # 閉会宣告　１１時４１分, 開会 10時02分 (a prefectural 会議要録): the word first, then the time
    r"|^(?:開会|閉会|散会|開議|再開|休憩)(?:宣告)?[\s\u3000]*(?:午前|午後)?\s*[0-9０-９零一二三四五六七八九十〇]{1,3}"
    r"\s*[時:：]\s*[0-9０-９零一二三四五六七八九十〇]{0,3}\s*分?$")
# the record's clock alone on a line (13時16分, 午後２時): under the attendees it ends their list
TIME_ALONE = re.compile(r"^[（(]?(?:午前|午後)?[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*(?:時[\s\u3000]*(?:[0-9０-９]{1,2}[\s\u3000]*分)?"
                         r"|[:：][\s\u3000]*[0-9０-９]{2})[）)]?$")
#: a time range alone on its line (１４：００～１６：００, 午後２時から４時まで), as a record's date,
#: time and place stand right-aligned under its title, one a line, with no label
_TIME_RANGE = re.compile(r"^[（(]?(?:午前|午後)?[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*[:：時][\s\u3000]*(?:[0-9０-９]{1,2}[\s\u3000]*分?)?"
                         rf"[\s\u3000]*(?:[～〜~{DASH_CLASS}]|から)[\s\u3000]*(?:午前|午後)?[\s\u3000]*[0-9０-９]{{1,2}}[\s\u3000]*[:：時]"
                         r"[\s\u3000]*(?:[0-9０-９]{1,2}[\s\u3000]*分?)?[\s\u3000]*(?:まで)?[）)]?$")
#: a place's words (a room, a building, a floor, online), for a place line with no label
_PLACE_WORDS = re.compile(r"会議室|庁舎|号館|会館|ホール|講堂|ビル|センター|会場|[0-9０-９]+階|オンライン|ウェブ会議|Web会議|WEB会議")
_SHARES_KAI = re.compile(r"(?:委員|分科|小委員|調査|審査|公聴|協議|審議|懇談|懇話|研究)[\s\u3000]*$")
#: the day of a session the record is (令和６年第３回定例会（第２日）, ２日目, 会議録（第２号）): one
#: record a day, each its own meeting — and no part of the council's name (速記録第五号 its number)
_DAY = re.compile(r"[（(]?(?:第[\s\u3000]*(?P<n>[0-9０-９一二三四五六七八九十]+)[\s\u3000]*(?:日(?!程)|号)"
                  r"|(?P<m>[0-9０-９一二三四五六七八九十]+)[\s\u3000]*日目)[）)]?")
# A form's number (様式第２号（第５条関係）, 別記様式第１号): the form the record is written on
_FORM_NUMBER = re.compile(r"^(?:別記|別紙)?[\s\u3000]*様式[\s\u3000]*(?:第[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]*号"
                          r"(?:の[0-9０-９一二三四五六七八九十]+)?)?[\s\u3000]*(?:[（(][^（）()]*[）)])?$"
                          r"|^[（(]第[0-9０-９一二三四五六七八九十]+条(?:の[0-9０-９]+)?関係[）)]$")
#: the last words after a space: the place of a date line (…〜１０時４０分　市役所本庁舎３階会見室)
_PLACE_AFTER_DATE = re.compile(r"[\s\u3000]+(?P<place>[^\s\u3000]{2,30})$")
_DATE_REST = re.compile(rf"[（(][^）)]*[）)]|[\s0-9〇一二三四五六七八九十:：～〜~{DASH_CLASS}、,]|午前|午後|時|分|から|まで")
_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
_NUMBER = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[（(][0-9０-９]{1,2}[）)])[\s\u3000]*[．.、]?"
_GROUP = re.compile(r"^(?P<label>[^；;：:、。]{1,20}?)[\s\u3000]*[；;：:][\s\u3000]*(?P<value>.*)$")
_BRACKET_GROUP = re.compile(r"^[【（(＜〈〔［](?P<label>[^】）)＞〉〕］]{1,20})[】）)＞〉〕］][\s\u3000]*(?P<value>.*)$")
_DATED = re.compile(r"[（(][^（）()]*(?:令和|平成|昭和|20[0-9]{2}|２０[０-９]{2})[^（）()]*[年月日][^（）()]*[）)]")
#: a group named by its word and spaces, no colon: 事務局　都市計画課長 森 直樹、…, 構成員 みどり市医師会、…; or the
#: word alone, its people on the lines below (a front table's row 事務局 | 環境政策課　課長　村上、…: roles20)
_SPACED_GROUP = re.compile(r"^(?P<label>事務局|事務方|説明員|説明者|オブザーバー|随行者?|構成員|構成団体|構成機関)"
                           r"(?:[\s\u3000]+(?P<value>\S.*))?$")
#: a group numbered under the attendee label: （１）委員　森下委員長、…, ②事務局：福祉課長 (the
#: number names no group: the word after it does; its people after spaces or a colon, or below)
_NUMBERED_GROUP = re.compile(r"^(?:[（(][0-9０-９]{1,2}[）)]|[\u2460-\u2473])[\s\u3000]*"
                            r"(?P<label>[^\s\u3000：:、，,。（）()]{1,12})"
                            r"(?:(?:[\s\u3000]*[：:][\s\u3000]*|[\s\u3000]+)(?P<value>\S.*))?$")
#: the same words spelled a character apart (事 務 局), the people after spaces or nothing
_SPACED_WORD = re.compile(
    "^(?P<label>" + "|".join(r"[\s\u3000]?".join(w) for w in ("事務局", "事務方", "説明員", "説明者", "オブザーバー", "随行者", "随行"))
    + r")(?:[\s\u3000]+(?P<value>\S.*))?$")
_INLINE_GROUP = re.compile(r"(?:^|(?<=[\s\u3000]))(?P<label>[^\s\u3000：:、，,。]{1,10})[：:]")
#: a note on a list, not an entry: （敬称略）, (五十音順), （順不同）, its count after the last name (14名)
LIST_NOTE = re.compile(r"[（(][^（）()]*(?:敬称略|音順|順不同)[^（）()]*[）)]|[（(][0-9０-９]{1,3}[\s\u3000]*[名人][）)]$")


#: an agenda item the extractor glued to the title (…会議録１ 開会, …会議要録１．開会, …議事録（１）開会)
_GLUED_AGENDA = re.compile(r"[\s\u3000]*(?:[0-9０-９]{1,2}(?![0-9０-９]|[\s\u3000]*[年月日回号時:：])[\s\u3000．.、]*|[（(][0-9０-９]{1,2}[）)]|[\u2460-\u2473\u2474-\u2487])"
                           r"[\s\u3000]*\S")


def _press_kept(before: str, kind: str) -> str:
    """What of a press conference's kind of record stays in its title, the name of what was
    held: 記者会見 of 記者会見録 (大臣記者会見録: 大臣記者会見), 会見 of 会見要旨 — unless the title says
    it before (…定例記者会見　会見録); "" for any other kind.

    >>> _press_kept("大臣", "記者会見録"), _press_kept("河上委員長", "会見要旨"), _press_kept("知事定例記者会見　", "会見録")
    ('記者会見', '会見', '')
    """
    at = kind.find("会見")
    if at < 0 or _SPACES.sub("", before).endswith("会見"):
        return ""
    return kind[:at + 2]


#: a section's heading in brackets after the title, a space between (市長定例記者会見　【市長発表】)
_TITLE_HEADING = re.compile(r"[\s\u3000]+[【〔［＜<][^【】〔〕［］＜＞<>]{1,16}[】〕］＞>]$")


def title_heading(text: str) -> int | None:
    """Where a section's heading in brackets after the title starts (its space included), or None.

    >>> title_heading("あさひ市長定例記者会見　【市長発表】"), title_heading("【市長発表】"), title_heading("会議録")
    (11, None, None)
    """
    m = _TITLE_HEADING.search(text)
    return m.start() if m is not None and m.start() > 0 else None


def title_without_agenda(text: str) -> str:
    """A title line without the first agenda item the extractor glued to it, or the section's
    heading in brackets after it (``…記者会見　【市長発表】``).

    >>> title_without_agenda("ひかり市都市計画審議会会議録１ 開会"), title_without_agenda("北浦県審議会 会議要録１．開会")
    ('ひかり市都市計画審議会会議録', '北浦県審議会 会議要録')
    >>> title_without_agenda("第１回 あおば県審議会議事録"), title_without_agenda("会議録（第２回）")
    ('第１回 あおば県審議会議事録', '会議録（第２回）')
    >>> title_without_agenda("総務委員会会議録 ３月１５日"), title_without_agenda("議事録 10:00")
    ('総務委員会会議録 ３月１５日', '議事録 10:00')
    """
    if text[-1:] in "】〕］＞>" and (tail := title_heading(text)) is not None:
        return text[:tail]
    m = MINUTES_KIND.search(text)
    if m is None or not _GLUED_AGENDA.match(text, m.end()):
        return text
    return text[:m.end()]


def parse_date(text: str) -> str | None:
    """The first Japanese-era or western date in the text, as ISO.

    >>> parse_date("令和２年５月１２日（火）"), parse_date("平成31年4月1日"), parse_date("令和元年7月26日")
    ('2020-05-12', '2019-04-01', '2019-07-26')
    >>> parse_date("令和五年三月八日（水曜日）"), parse_date("2025/02/05 本文"), parse_date("平成三十年十二月一日")
    ('2023-03-08', '2025-02-05', '2018-12-01')
    >>> parse_date("2024-06-12"), parse_date("2024-6-1 10:00"), parse_date("2024-06/12")
    ('2024-06-12', '2024-06-01', None)
    >>> parse_date("R6.10.22(火)09:05～09:16"), parse_date("H30/4/1"), parse_date("ＲＥＰ6.1.2"), parse_date("資料R6")
    ('2024-10-22', '2018-04-01', None, None)
    >>> parse_date("令和８年（２０２６年）１１月２０日（金）"), parse_date("2026年（令和8年）11月20日"), parse_date("平成３１年(2019)4月1日")
    ('2026-11-20', '2026-11-20', '2019-04-01')
    """
    t = unicodedata.normalize("NFKC", text)
    m = _DATE_ERA.search(t) or _DATE_ERA_LETTER.search(t)
    if m:
        era = _ERA_LETTER.get(m["era"], m["era"])
        y, mo, d = _ERA_BASE[era] + to_int(m["y"]), to_int(m["m"]), to_int(m["d"])
    else:
        m = _DATE_AD.search(t)
        if not m:
            return None
        y, mo, d = int(m["y"]), int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def is_date_line(text: str) -> bool:
    """A short line that is a date (and maybe a time) without a label: the meeting's date.

    >>> is_date_line("令和６年１月２９日（月）９：３０～１１：５６"), is_date_line("令和６年度の予算について議論した。")
    (True, False)
    >>> is_date_line("令和五年三月八日（水曜日）"), is_date_line("2025/02/05 令和7年文教委員会本文")
    (True, False)
    """
    t = text.strip().strip("\u3000")
    if len(t) > 70 or "。" in t or not parse_date(t):
        return False
    n = unicodedata.normalize("NFKC", t)
    m = _first_date(n)
    if m is None or m.start() > 2:
        return False
    # the rest is a weekday, a time, a place in brackets: a few words at most, no title — or,
    # after a space, the place (…１０時４０分　市役所本庁舎３階会見室: ``place_after_date``)
    return _few_words(n[m.end():]) or len(t) <= 60 and place_after_date(t) is not None


def _first_date(n: str) -> re.Match[str] | None:
    """The first date of a text (NFKC): by era (令和６年…, R6.…), else AD (2024-06-12)."""
    return _DATE_ERA.search(n) or _DATE_ERA_LETTER.search(n) or _DATE_AD.search(n)


def _few_words(rest: str) -> bool:
    """What follows a date on its line is a weekday, a time, a place in brackets: a few words
    at most, no title."""
    return len(_DATE_REST.sub("", rest)) <= 6


def place_after_date(text: str) -> str | None:
    """The place after a date line's date and time and a space (…１０時４０分　市役所本庁舎
    ３階会見室): a short phrase naming a room, a building, a floor or online; None for anything else.

    >>> place_after_date("令和７年１２月１０日（水）１０時００分〜１０時４０分　市役所本庁舎３階会見室")
    '市役所本庁舎３階会見室'
    >>> place_after_date("令和７年１２月１０日（水）　あおば市交通政策審議会"), place_after_date("令和７年１２月１０日")
    (None, None)
    """
    m = _PLACE_AFTER_DATE.search(text)
    if m is None or "。" in m["place"] or not _PLACE_WORDS.search(m["place"]):
        return None
    head = unicodedata.normalize("NFKC", text[:m.start()])
    d = _first_date(head)
    return m["place"] if d is not None and _few_words(head[d.end():]) else None


def _fragments_joined(texts: list[str]) -> list[str]:
    """Labels that pdftotext split into one character a line (日 / 時) joined again.

    >>> _fragments_joined(["日", "時", "令和２年"])
    ['日時', '令和２年']
    """
    out: list[str] = []
    run: list[str] = []
    for t in [*texts, None]:
        if t is not None and 0 < len(t) <= 2 and not re.search(r"[。、，：:；;]", t):
            run.append(t)
            continue
        if run:
            out.extend(["".join(run)] if len(run) > 1 else run)
            run = []
        if t is not None:
            out.append(t)
    return out


def parse_time(text: str) -> str | None:
    """Start and end time as ``HH:MM–HH:MM``.

    >>> parse_time("１６時００分～１７時００分"), parse_time("14:00～15:56"), parse_time("８：４５～８：５５")
    ('16:00–17:00', '14:00–15:56', '08:45–08:55')
    >>> parse_time("午後６時３０分～８時３０分"), parse_time("午前１０時から午後０時１０分まで")
    ('18:30–20:30', '10:00–12:10')
    """
    m = _TIME.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    h1, h2 = int(m["h1"]), int(m["h2"])
    if m["ap1"] == "午後" and h1 < 12:
        h1 += 12
    if (m["ap2"] == "午後" or m["ap1"] == "午後" and not m["ap2"]) and h2 < 12:
        h2 += 12
    return f"{h1:02d}:{int(m['m1'] or 0):02d}–{h2:02d}:{int(m['m2'] or 0):02d}"


#: a label of who attended or not that no list names: 出席 or 欠席, then who (出席理事, 出席監事,
#: 欠席評議員, 出席した委員等, 出席した関係職員等)
_ATTENDED = r"(?:出席|欠席)(?:した)?[\u3400-\u9fff]{1,6}?等?"
#: what an attendee label may say it lists, as assemblies' records word it: 説明のため出席した者
#: の職氏名, 出席委員の氏名, 職務のため出席した者の職・氏名, 出席者名簿 — the label, then the roll
#: the body whose staff a label lists, before it (農業委員会事務局職員, 教育委員会事務局出席者, 議会事務局職員)
_BODY = r"[\u4e00-\u9fff]{0,10}?(?:委員会|審議会|協議会|議会|組合)(?=事務局)"
_ROLL = r"[\s\u3000]*の?[\s\u3000]*(?:職[・･\s\u3000]*氏[\s\u3000]*名|氏[\s\u3000]*名|職[\s\u3000]*名|名[\s\u3000]*簿|一覧)"


@dataclass(frozen=True)
class FrontLabels:
    """Recognises a front-matter label line and says which field it is."""

    rx: re.Pattern[str]
    names: dict[str, str]  # a label as written, spaces removed -> the field it names

    @classmethod
    def build(cls, labels: dict[str, tuple[str, ...]]) -> "FrontLabels":
        names: dict[str, str] = {}
        for name, values in labels.items():
            for v in values:
                names.setdefault(_SPACES.sub("", v), name)
        alts = sorted(names, key=len, reverse=True)
        # any label of who attended or not, after the ones listed: 出席理事, 出席監事, 欠席評議員,
        # 出席した委員等, 出席した関係職員等 (an academic society's 理事会, a 審議会 総会)
        spaced = "|".join([*(r"[\s\u3000]*".join(map(re.escape, a)) for a in alts), _ATTENDED])
        rx = re.compile(
            rf"^(?:{_NUMBER})?[\s\u3000]*[【〈＜<■◆◎○〇●◇□]?[\s\u3000]*"
            rf"(?P<whence>[^\s\u3000：:、。]{{1,10}}?(?:から|より)の[\s\u3000]*)?(?:{_BODY})?(?P<label>{spaced})"
            rf"(?P<roll>{_ROLL})?[\s\u3000]*(?:[（(][^）)]*[）)])?[\s\u3000]*[】〉＞>]?"
            # the value after a colon, a space, or right after the label's closing bracket (【日時】令和…)
            r"(?:[\s\u3000]*[；;：:]|(?=[\s\u3000])|$|(?<=[】〉＞>]))[\s\u3000]*(?P<value>.*)$"
        )
        return cls(rx=rx, names=names)

    def field(self, text: str) -> tuple[str, str] | None:
        """('date', '令和…') for a label line, None for anything else.

        >>> from assembler.minutes.patterns import FRONT_LABELS
        >>> f = FrontLabels.build(FRONT_LABELS)
        >>> f.field("１ 日 時  令和元年７月26日（金）"), f.field("日時；令和２年"), f.field("１ 開催日時")
        (('date', '令和元年７月26日（金）'), ('date', '令和２年'), ('date', ''))
        >>> f.field("出席者（敬称略・50音順）："), f.field("資料１－１：説明資料"), f.field("日時は未定")
        (('attendees', ''), None, None)
        >>> f.field("４　地方自治法第１２１条の規定により説明のため出席した者の職氏名")
        ('attendees', '')
        >>> f.field("１．本会議に職務のため出席した者の職氏名"), f.field("委員会に説明のため出席した者")
        (('attendees', ''), ('attendees', ''))
        >>> f.field("出席理事：中原（会長），吉田"), f.field("第2 出席した委員等(敬称略)"), f.field("出席した委員からは、")
        (('attendees', '中原（会長），吉田'), ('attendees', ''), None)
        """
        found = self.parts(text)
        return None if found is None else (found[0], found[2])

    def parts(self, text: str) -> tuple[str, str, str] | None:
        """The field, the label (spaces removed) and the value of a label line, or None. The
        label may be numbered in any style an item is (``numbering.item``: ① 日時, 1) 場所)."""
        text = text.strip().strip("\u3000")
        m = self.rx.match(text)
        if not m and (n := numbered_item(text)) is not None:
            text = text[n.end:]
            m = self.rx.match(text)
        if not m and (cut := text.find("の規定により")) > 0:
            # ４　地方自治法第１２１条の規定により説明のため出席した者: the law that calls them, then the label
            m = self.rx.match(text[cut + 6:])
        if not m and (cut := text.find("に職務のため")) > 0 or not m and (cut := text.find("に説明のため")) > 0:
            # １．本会議に職務のため出席した者の職氏名: the sitting they attend, then the label
            m = self.rx.match(text[cut + 1:])
        if not m:
            return None
        label = _SPACES.sub("", m["label"])
        field = self.names.get(label, "attendees")  # not listed: _ATTENDED, who attended
        if (m["roll"] or m["whence"]) and field != "attendees":
            return None  # 日時の氏名, 事務局からの資料: only a list of people is a roll or says whence
        return field, label, m["value"].strip()


def split_names(text: str) -> list[str]:
    """Attendee names separated by 、 (line breaks already removed), notes dropped.

    >>> split_names("高橋座長、飯島委員（敬称略・50音順）"), split_names("青木一郎、石川花子(2名)")
    (['高橋座長', '飯島委員'], ['青木一郎', '石川花子'])
    >>> split_names("出席者は別紙のとおり。"), split_names("委員名簿のとおり")
    ([], [])
    """
    return [n for n in (n.strip().strip("\u3000") for n in re.split(r"[、，,]", LIST_NOTE.sub("", text)))
            if n and not _NOT_A_NAME.search(n)]


#: what stands under an attendee label but names nobody: a sentence (出席者は別紙のとおり。,
#: 委員１２名が出席した。) or a pointer to a list elsewhere (名簿のとおり, 左記の通り)
_NOT_A_NAME = re.compile(r"[。．]$|(?:の|記の)?(?:とおり|通り)$")


def roster(text: str) -> list[str] | None:
    """The entries of a roster line (an assembly's 出席委員: titles and names apart, no 、):
    each entry runs to a name with an honorific (君, 氏 …), the title before it joined to
    it; without honorifics, the entries are what wide gaps separate. None for other lines.

    >>> roster("委員長　　山田太郎君　　　副委員長　佐藤花子君")
    ['委員長\u3000山田太郎君', '副委員長\u3000佐藤花子君']
    >>> roster("環境部長　　　中村　一君"), roster("教育長    浦田一郎   総務課長  佐藤二郎")
    (['環境部長\u3000中村\u3000一君'], ['教育長', '浦田一郎', '総務課長', '佐藤二郎'])
    >>> roster("飯島委員、小林委員")
    """
    if "、" in text or "，" in text or "," in text:
        return None
    text = text.strip().strip("\u3000")
    tokens = _SPACES.split(text)
    if len(tokens) < 2:
        return None
    if any(t.endswith(_NAME_END) for t in tokens):
        out: list[str] = []
        run: list[str] = []
        for t in tokens:
            run.append(t)
            if t.endswith(_NAME_END):
                out.append("\u3000".join(run))
                run = []
        return out + ["\u3000".join(run)] if run else out
    wide = [t for t in _ROSTER_GAP.split(text) if t]
    return wide if len(wide) >= 2 else None


_ROSTER_GAP = re.compile(r"[\s\u3000]{2,}")
_NAME_END = ("君", "氏", "さん", "様")
#: the value of a group label that only counts or says none: 出席委員（７名）, 欠席委員 なし
_COUNT_ONLY = re.compile(r"^[（(]?[\s\u3000]*(?:[0-9０-９一二三四五六七八九十]+[\s\u3000]*[名人]|な[\s\u3000]*し)"
                         r"[\s\u3000]*[）)]?(?:[\s\u3000]*[（(][^（）()]{0,20}[）)])?$")


def is_count(text: str) -> bool:
    """The value of a group only counts its people or says there are none.

    >>> [is_count(t) for t in ("１２名", "（７名）", "なし", "１２名（欠席２名）", "１２名の委員が出席した。")]
    [True, True, True, True, False]
    """
    return bool(_COUNT_ONLY.match(text.strip()))
#: labels that name the whole list, not one group of it
_LIST_LABELS = ("出席者", "出席", "参加者")


class _Attendees:
    """Attendee groups as they are read, line by line."""

    def __init__(self) -> None:
        self.groups: list[AttendeeGroup] = []
        self.glue = False  # the last line was a list cut by a line break

    def labelled(self, label: str, value: str) -> None:
        """A front-matter label of attendees (出席者, 欠席委員, 説明のため出席した者 …)."""
        if _COUNT_ONLY.match(value):
            value = ""
        if label not in _LIST_LABELS:
            self.groups.append(AttendeeGroup(label, ()))
            self.glue = False
        m = _BRACKET_GROUP.match(value)
        if m:
            self.group(m["label"], m["value"])  # 出席者：（委員）上田座長、… — a group opens here
        elif value:
            self.names(value)

    def group(self, label: str, value: str) -> None:
        label = LIST_NOTE.sub("", label).strip()
        if _COUNT_ONLY.match(value):
            value = ""  # 委員：１２名 — the group, its people not named
        self.groups.append(AttendeeGroup(label, tuple(split_names(value))))
        self.glue = "、" in value and not value.rstrip().endswith("、")

    def names(self, text: str) -> None:
        inline = list(_INLINE_GROUP.finditer(text))
        if inline and inline[0].start() == 0:
            # 委員：加藤会長、松田委員 事務局：冨田部長 — several groups on one line
            for m, nxt in zip(inline, [*inline[1:], None]):
                self.group(m["label"], text[m.end(): nxt.start() if nxt else len(text)].strip())
            return
        if not self.groups:
            self.groups.append(AttendeeGroup("出席者", ()))
        last = self.groups[-1]
        entries = roster(text)
        if entries is not None:
            self.groups[-1] = AttendeeGroup(last.group, last.names + tuple(entries))
            self.glue = False
            return
        if self.glue and last.names:
            merged = "、".join(last.names) + text
        else:
            merged = "、".join(last.names + (text,))
        self.groups[-1] = AttendeeGroup(last.group, tuple(split_names(merged)))
        self.glue = "、" in text and not text.rstrip().endswith("、")

    def numbered(self, label: str, value: str) -> None:
        """A group an item number opens (（１）委員　森下委員長、…, ４　事務局　事務局長　松本和彦):
        its people read as the lines under a label are (a list, or a roster)."""
        self.groups.append(AttendeeGroup(LIST_NOTE.sub("", label).strip(), ()))
        self.glue = False
        if value and not _COUNT_ONLY.match(value):
            self.names(value)

    def add(self, text: str) -> None:
        if LIST_NOTE.fullmatch(text) or _COUNT_ONLY.match(text.strip()):
            return  # （敬称略）, or なし / ５名 on its own line under the group's label
        numbered = _NUMBERED_GROUP.match(text)
        if numbered is not None:
            self.numbered(numbered["label"], numbered["value"] or "")
            return
        m = _BRACKET_GROUP.match(text) or _GROUP.match(text) or _SPACED_GROUP.match(text)
        if m and self.groups and (m["value"] or "").rstrip().endswith(_NAME_END) and "、" not in m["value"]:
            m = None  # （環境省水・大気環境局長）松井 七郎君: one person and the office, in the group
        if m:
            self.group(m["label"], m["value"] or "")
        else:
            self.names(text)


class FrontMatter(TypedDict):
    """What the lines before the first point say about the meeting (``model.Meeting``'s fields)."""

    council: str
    session: int | None
    #: the day of the session the record is (第２日, ２日目, 第２号), None when it names none
    day: int | None
    kind: str
    date: str | None
    time: str | None
    place: str | None
    attendees: tuple[AttendeeGroup, ...]


class _Front:
    """The front matter as it is read, line by line (``front_matter``)."""

    def __init__(self, labels: FrontLabels, n_title: int, groups: frozenset[str] = frozenset()) -> None:
        self.labels = labels
        self.groups = groups  # lines the parser read as a group of attendees (委員：青木、佐藤…)
        self.n_title = n_title
        self.title_parts: list[str] = []
        self.kind = "議事要旨"
        self.kind_named = False  # 議事録 alone on its line (kind_line)
        self.fields: dict[str, str] = {}
        self.attendees = _Attendees()
        self.pending: str | None = None  # a label whose value is on the next line
        self.block: str | None = None  # the field the last label opened
        self.item: Numbered | None = None  # how the front's last numbered label was numbered
        # labels alone on their lines in a row (開会日時 / 場所 / 出席委員 …), then their values in
        # the same order: a two-column table whose label column pdftotext prints before the values
        self.alone: list[tuple[str, str]] = []
        self.stacked: list[tuple[str, str]] = []

    def read(self, n: int, text: str) -> None:
        if n == self.n_title and self.block == "attendees":
            self.block = None  # the body ends the attendee list
        if not text:
            return
        if _FORM_NUMBER.match(text):
            return  # 様式第２号（第５条関係）: the form's number, no part of the title
        if CLOCK_LINE.match(text):
            self.block = None  # 午前１０時開議: no part of the title, and the attendee list is over
            return
        if self.block == "attendees" and TIME_ALONE.match(text):
            self.block = "clock"  # 13時16分 under the attendees: the proceedings start (開会 is no title)
            return
        if self.block == "attendees" and (found := self.next_item(text)) is not None:
            rest = text[found.end:]
            group = _SPACED_WORD.match(rest)
            if group is None:
                self.block = "item"  # ４ 傍聴者 under ３ 出席者: the front's next item, no attendee
            elif not self.label_line(n, text):
                # ４　事 務 局　事務局長　松本和彦: the next item is a group of attendees itself
                self.attendees.numbered(_SPACES.sub("", group["label"]), group["value"] or "")
                return
        for step in (self.kind_line, self.dated_line, self.stacked_line, self.label_line, self.group_line, self.value_line,
                     self.attendee_line, self.date_line):
            if step(n, text):
                return
        if n >= self.n_title or self.block or self.titled():
            return
        self.title_parts.append(title_without_agenda(text))

    def titled(self) -> bool:
        """The title is whole once it has named the record's kind (議事録) and a date stood below
        it: the lines after are a second head (the agenda's: …分科会　議事次第, its date and room),
        no part of the council's name."""
        return "date" in self.fields and (self.kind_named or any(MINUTES_KIND.search(t) for t in self.title_parts))

    def kind_line(self, n: int, text: str) -> bool:
        """議事録 alone on its line (議 事 録 too)."""
        mk = MINUTES_KIND.search(text)
        if mk and n < self.n_title and not text.replace(mk.group(1), "").strip():
            self.kind = _SPACES.sub("", mk.group(1))
            self.kind_named = True
            return True
        return False

    def next_item(self, text: str) -> Numbered | None:
        """The line's number when it is the front matter's next numbered item: numbered as its
        last numbered label was (３ 出席者 → ４ …, （３）→（４）…) with a higher number
        (``numbering.item``). Sub-items numbered otherwise (（１）委員 under ３ 出席者) stay in the
        field above."""
        found = numbered_item(text)
        if found is None or self.item is None or found.style != self.item.style or found.value <= self.item.value:
            return None
        return found

    def label_line(self, n: int, text: str) -> bool:
        f = self.labels.parts(text)
        if not f:
            self.alone = []
            return False
        self.item = numbered_item(text) or self.item
        self.block, label, value = f
        bare = not value and self.block != "other" and _SPACES.sub("", text).endswith(label)  # no note, no count
        self.alone = [*self.alone, (self.block, label)] if bare else []
        if self.block == "attendees":
            self.pending = None
            self.attendees.labelled(label, value)
        else:
            self.fields.setdefault(self.block, value)
            self.pending = None if value else self.block
        return True

    def stacked_line(self, n: int, text: str) -> bool:
        """A value of a table's label column printed before its values (``label_line``: labels
        alone in a row, bare — no note, no count — the first a date's or a place's, not a list of
        people's, whose names would be read below it): the next label's; a date label takes a
        date line. The first label of attendees takes the
        people below (which cell ends where is lost in the text): the stack ends there."""
        if len(self.alone) >= 2 and self.alone[0][0] != "attendees" and self.labels.parts(text) is None:
            # the first value under labels alone in a row: they are a column, their values follow
            self.stacked, self.alone = self.alone, []
            labels = {label for _b, label in self.stacked}
            self.attendees.groups = [g for g in self.attendees.groups if g.names or g.group not in labels]
        if not self.stacked:
            return False
        block, label = self.stacked[0]
        if block == "attendees":
            self.stacked = []
            self.block, self.pending = "attendees", None
            self.attendees.labelled(label, "")
            return False  # the people: attendee_line
        if block == "date" and not is_date_line(text):
            self.stacked = []
            return False
        self.stacked = self.stacked[1:]
        self.fields[block] = text
        self.block, self.pending = block, None
        return True

    def group_line(self, n: int, text: str) -> bool:
        """A title and its people (委員：青木、佐藤…, 委員：１２名), as the parser read it: a
        group of attendees, even with no attendee label above it."""
        if text not in self.groups:
            return False
        self.block, self.pending = "attendees", None
        self.attendees.add(text)
        return True

    def value_line(self, n: int, text: str) -> bool:
        """The value of a label that stood alone on the line before."""
        if not self.pending:
            return False
        self.fields[self.pending] = text
        self.pending = None
        return True

    def attendee_line(self, n: int, text: str) -> bool:
        if self.block != "attendees":
            return False
        self.attendees.add(text)
        return True

    def date_line(self, n: int, text: str) -> bool:
        """A date line without a label is the date; the same day again with its time (a cover's
        date, then the agenda's head dated to the minute) gives the time."""
        if not is_date_line(text):
            return False
        if "date" in self.fields:
            was = self.fields["date"]
            if parse_time(was) is not None or parse_time(text) is None or parse_date(was) != parse_date(text):
                return False
        self.fields["date"] = text
        if "place" not in self.fields and (place := place_after_date(text)) is not None:
            self.fields["place"] = place
        if n < self.n_title and not self.block:
            self.block = "dated"  # the time and the place may stand alone below it (dated_line)
        return True

    def dated_line(self, n: int, text: str) -> bool:
        """Right under a date line alone, before any label: a time range alone (１４：００～１６：００)
        is the meeting's time, a short line naming a room, a building or online its place — the
        block of a record's date, time and place, one a line with no label, as pdftotext -layout
        gives them right-aligned under the title (or above it). Anything else ends the block."""
        if self.block != "dated":
            return False
        if _TIME_RANGE.match(text):
            self.fields["date"] += " " + text
            return True
        if len(text) <= 40 and "。" not in text and _PLACE_WORDS.search(text):
            # a second line goes on the place: （オンライン併用）, the room under the building
            self.fields["place"] = f"{self.fields['place']}{text}" if "place" in self.fields else text
            return True
        self.block = None
        return False

    def result(self) -> FrontMatter:
        # a label naming the council (附属機関等の名称　…) is its name; the title lines may
        # still hold the session and the kind
        named = self.fields.get("council")
        parts = _said_once("".join(self.title_parts))
        if named:
            parts = named + "".join(m.group(0) for m in (_SESSION.search(parts), MINUTES_KIND.search(parts))
                                    if m is not None and m.group(0) not in named)
        day = _DAY.search(parts)
        title = _DATED.sub("", parts)  # （令和５年…開催） is no part of the name
        title = _DAY.sub("", title)  # （第２日）, （２日目）, 速記録第五号: the record's day or number, not the council's
        kind = self.kind
        mk = MINUTES_KIND.search(title)
        if mk:
            kind = _SPACES.sub("", mk.group(1))
            # 環境委員会議録, 第一分科会議録 (the Diet's records): the body's 会 is the record's
            shared = kind == "会議録" and _SHARES_KAI.search(title, 0, mk.start())
            title = title.replace(mk.group(1), "会" if shared else _press_kept(title[:mk.start()], kind))
        session = None
        m = _SESSION.search(title)
        if m:
            session = to_int(m["n"])
            title = title[: m.start()] + title[m.end():]
        # no date label and no date line: the date in the title (総務委員会　令和５年９月１４日)
        date_text = self.fields.get("date") or (self.title_parts[0] if self.title_parts else "")
        return {
            "council": _SPACES.sub("", title).strip(),
            "session": session,
            "day": to_int(day["n"] or day["m"]) if day is not None else None,
            "kind": kind,
            "date": parse_date(date_text) if date_text else None,
            "time": parse_time(date_text) if date_text else None,
            "place": self.fields.get("place") or None,
            "attendees": tuple(self.attendees.groups),
        }


def _said_once(parts: str) -> str:
    """The title as said once, when a cover page and the first page's head both name the body
    (産業構造審議会 / 製造産業分科会 … then 産業構造審議会 製造産業分科会 … 議事録): the repeat of the
    title's opening, spaces aside, is dropped; any other title is kept as it is.

    >>> _said_once("港湾審議会（第２回）港湾審議会 （第２回）議事録"), _said_once("審議会審議会")
    ('港湾審議会（第２回）議事録', '審議会審議会')
    >>> _said_once("国土審議会　計画部会　議事録")
    '国土審議会　計画部会　議事録'
    """
    c = _SPACES.sub("", parts)
    for k in range(len(c) // 2, 3, -1):
        if c.startswith(c[:k], k):
            return c[k:]
    return parts


def front_matter(title_lines: list[Line], other_lines: list[Line], labels: FrontLabels,
                 groups: frozenset[str] = frozenset()) -> FrontMatter:
    """Title, council, session, kind, date, time, place and attendee groups.

    ``title_lines`` are the lines before the body; ``other_lines`` the body's lines before
    its first point (an agenda may come before the date).
    """
    texts = _fragments_joined([t for t in (l.text.strip().strip("\u3000") for l in title_lines) if t])
    front = _Front(labels, len(texts), groups)
    texts += [l.text.strip().strip("\u3000") for l in other_lines]
    for n, text in enumerate(texts):
        front.read(n, text)
    return front.result()


# -- front matter shaped like a speaker's label (fates17) ---------------------------------------
#: labels of a field of the front matter that no one speaks under, whatever follows them: the
#: date, the place (not 会場: a town meeting's floor speaks as 会場), the council, the agenda, who
#: attended or not (not 参加者: a workshop's participants speak; nor 傍聴人: a hearing's listeners
#: may), who kept the record
_NEVER_SPEAKS = re.compile(r"出席|欠席|応招")
_FIELD_WORDS = re.compile(r"^(?:[0-9０-９]{1,2}[\s\u3000．.、]*)?(?:記[\s\u3000]*録[\s\u3000]*者|(?:会議録|記録)作成者)")
#: a note in brackets inside an entry (（教育長職務代理者）, （課長、内藤係長）), read apart from it
_ENTRY_NOTE = re.compile(r"[（(][^（）()。]*[）)]")
#: a unit of an office that ends a body's name after two kanji (…広報課, …総務部): ``text.UNIT_ENDS`` but 所 and
#: 班, on purpose — 所 ends everyday words (場所, 住所, 開催場所) and 班 a group's (第３班): a body's name
#: ending so is read by its word (事務所, 研究所, 会議所)
_BODY_UNIT_ENDS = "".join(c for c in UNIT_ENDS if c not in "所班")
#: a body's name whose kana are its own (株式会社まちづくりラボ, 一般社団法人まちづくり協会, あおば法律事務所,
#: ひかり大学): a corporate form before it, or the kind of body at its end — fates18
_KANA_BODY = re.compile(
    r"(?:株式会社|有限会社|合同会社|(?:一般|公益)?(?:社団|財団)法人|(?:ＮＰＯ|NPO|特定非営利活動|学校|社会福祉|医療|独立行政|国立大学)法人)"
    r"[^\s\u3000、，,／/・（）()]+"
    r"|[^\s\u3000、，,／/・（）()]+?(?:株式会社|大学|大学院|協会|センター|研究所|総研|事務所|組合|機構|財団|病院|銀行|会議所"
    rf"|[\u4e00-\u9fff]{{2}}[{_BODY_UNIT_ENDS}])")
#: what a body's name (``_KANA_BODY``) cannot be written without: a corporate form (…会社, …法人) or the kind
#: of body at its end (a word, or a unit of an office after two kanji) — the pattern's lazy run before the
#: kind is tried at every start of a piece of speech (…の実現に向けて: ~100 µs), asked only of a piece
#: that holds one (tests/test_reader_gates.py holds the two together)
_BODY_HINT = re.compile(rf"会社|法人|大学|協会|センター|研究所|総研|事務所|組合|機構|財団|病院|銀行|会議所|[{_BODY_UNIT_ENDS}]")
#: others not named after the last (沢村審議官、小野寺参事官ほか, 田原 統括官 ほか２名): the list's end
_ENTRY_MORE = re.compile(r"(?<=[^\u3041-\u3096])[ \u3000]*(?:ほか|外)(?:[0-9０-９一二三四五六七八九十]+名)?$")
_ENTRY_SEP = re.compile(r"[、，,／/・]|[ \u3000]{2,}")
#: a town's name written in kana before its unit (あさひ市, みなと県): no speech's kana
_KANA_PLACE = re.compile(rf"[\u3041-\u3096]+(?=[{PLACE_ENDS}郡])")
_KANA = re.compile(r"[\u3041-\u3096]")
_KANJI_WORD = re.compile(r"^[\u3400-\u9fff々〆ヶ]{1,4}$")
#: a member named by a surname and the seat (上野委員, 相川会長, 北川座長): a person, not an act — nor a title
#: alone (副会長, 部会長, 分科会長, 全委員, 各委員) (fronts19)
_NAMED_MEMBER = re.compile(r"^(?![副各全前元新両])[\u3400-\u9fff々〆ヶ]{1,3}(?<![部科会議])(?:委員|会長|座長|議長)$")
#: what no entry holds: a sentence's end, a quotation, a label's colon (役職：委員長 is one more field)
_SENTENCE_MARK = re.compile(r"[。？！?!「」：:]")
#: the glue of a sentence, never of a name or a body's name (ただいまから…定例, 資料により…; から after a
#: time is a range's, 午後２時から): words broken at the width before the sentence's 。 are no entry,
#: whatever body's word they end on
_SENTENCE_GLUE = re.compile(r"(?<![0-9０-９時分日])(?:から|より)|ので|について|として|により|ただいま|いたし|します|ました")


def field_label(label: str, labels: FrontLabels) -> str | None:
    """The field a speaker's label names when it is a field of the front matter no one speaks
    under (``日時``, ``１日時``, ``議題``, ``出席委員``, ``傍聴者``, ``記録者　議会事務局``), else None.

    >>> from assembler.minutes.patterns import FRONT_LABELS
    >>> f = FrontLabels.build(FRONT_LABELS)
    >>> [field_label(t, f) for t in ("１日時", "場所", "４議題", "出席委員", "記録者議会事務局")]
    ['date', 'place', 'other', 'attendees', 'record']
    >>> [field_label(t, f) for t in ("会場", "参加者", "傍聴人１", "説明員", "議長", "事務局", "政府参考人")]
    [None, None, None, None, None, None, None]
    """
    if _FIELD_WORDS.match(label):
        return "record"
    found = labels.parts(label)
    if found is None or found[1] in ("会場", "参加者"):
        return None
    field = found[0]
    return field if field != "attendees" or _NEVER_SPEAKS.search(found[1]) else None


def _kanji_of(m: re.Match[str]) -> str:
    """A body's name with its kana taken off (``_KANA_BODY``): what is left reads as any post's."""
    return _KANA.sub("", m.group()) or "団体"


def names_body(text: str) -> bool:
    """``text`` holds a word a body's name needs (``_BODY_HINT``: one search of a piece's few
    characters): the cheap test before ``_KANA_BODY``."""
    return _BODY_HINT.search(text) is not None


def _entry_piece(piece: str, people: bool = False) -> bool:
    """One entry of a list of the front matter: a name, a post, a body, a place, a date, a time
    or a count (``people``: no date, no time) — its kana only a given name after a space
    (桐生 さやか) or a town's name before its unit (あさひ市); no speech's words."""
    piece = piece.strip(" \u3000")
    if not piece or is_count(piece):
        return True
    if parse_date(piece) or _TIME.search(unicodedata.normalize("NFKC", piece)) or TIME_ALONE.match(piece):
        return not people
    piece = _ENTRY_MORE.sub("", piece)
    if _KANA.search(piece):  # kana: a body's own, a town's, a given name's, or speech's
        piece = _KANA_PLACE.sub("", piece)
        if names_body(piece):
            piece = _KANA_BODY.sub(_kanji_of, piece)
    words = [w for w in _SPACES.split(piece) if w]
    return all(not _KANA.search(w) or k > 0 and len(w) <= 5 and not _KANA.search(words[k - 1])
               for k, w in enumerate(words))


def listing(text: str, people: bool = False) -> bool:
    """What follows a label is no sentence but an entry of the front matter: names, posts, a date,
    a time, a place, a count, the record's kind, or a list of those (``平井　克己``,
    ``大橋　千尋（教育長職務代理者）``, ``地方行財政アドバイザー``, ``都市建設部公園緑地課（課長、内藤係長）``,
    ``１名``, ``会見録``); a word alone of four kanji or fewer (開会, 賛成, 異議) is an act, not an entry.
    ``people``: only people and counts (no date, no time: a transcript's stamp ２時３分 under a name).

    >>> [listing(t) for t in ("平井　克己", "大橋　千尋（教育長職務代理者）", "土肥 昭彦、桐生 さやか",
    ...                       "地方行財政アドバイザー", "都市建設部公園緑地課（課長、内藤係長）", "１名", "会見録",
    ...                       "１番　日高　陽菜（東小学校６年）　２番　堀　蒼真", "令和７年１２月２日（火）午後２時から")]
    [True, True, True, True, True, True, True, True, True]
    >>> [listing(t) for t in ("ただいまから会議を開きます。", "開会します", "開会", "はい", "異議なし",
    ...                       "それでは始めます", "日高さん", "事務局から説明をお願いします",
    ...                       "ただいまから令和８年第１回みどり地区広域組合議会定例")]
    [False, False, False, False, False, False, False, False, False]
    >>> listing("午後２時"), listing("午後２時", people=True), listing("令和７年１２月２日", people=True), listing("役職：委員長")
    (True, False, False, False)
    >>> listing("上野委員"), listing("相川会長"), listing("副会長"), listing("部会長"), listing("委員長")
    (True, True, False, False, False)
    """
    text = text.strip(" \u3000")
    if not text or len(text) > 120 or _SENTENCE_MARK.search(text):
        return False
    if MINUTES_KIND.fullmatch(_SPACES.sub("", text)) or is_count(text):
        return True
    bare = _ENTRY_NOTE.sub("", text).strip(" \u3000")
    if _SENTENCE_GLUE.search(bare):
        return False  # ただいまから令和７年第２回…組合議会定例 (broken at the width): a sentence's start
    if _KANJI_WORD.match(bare) and bare[-1] not in "氏様" and len(bare) == len(text) and not _NAMED_MEMBER.match(bare):
        return False  # 開会, 異議: an act; 丸山氏, 宮坂昇（みなと情報大学教授） a person (PDF's text: no space)
    return all(_entry_piece(p, people) for p in _ENTRY_SEP.split(bare))



def no_sentence(text: str) -> bool:
    """The text holds no sentence's mark (。？！「」：) nor its glue (から, ので, について, いたし…): no speech
    broken off before its 。 (the words of a list's entry, however they are cut)."""
    return _SENTENCE_MARK.search(text) is None and _SENTENCE_GLUE.search(text) is None

#: a list's head before its first entry on one line (構成員: 北川　健（…）, 出席者：北川座長、…, 【会議室】北川座長、…,
#: （会場出席）井上会長、…): a word and a colon (a note in brackets before it: 出席者（五十音順）：), or a word in
#: brackets, no sentence (fronts19)
_ENTRY_HEAD = re.compile(r"^(?:[^\s\u3000、。：:（）()【】「」]{1,15}(?:[（(][^\s\u3000、。（）()]{1,10}[）)])?[\s\u3000]*[：:]"
                         r"|[（(【〔][^\s\u3000、。（）()【】〔〕]{1,12}[）)】〕])[\s\u3000]*")


def headed_listing(text: str, people: bool = False) -> bool:
    """A list's head and its first entry on one line, the rest of the list one a line below it (a Word
    file's 構成員: 北川　健（みなと大学大学院教授） / 　　　　南　千尋（…）): the words after the head are an entry
    (``listing``) — a seat in brackets after it (【座長】, （座長）) names the member's seat, no speaker (fronts19).

    >>> [headed_listing(t) for t in ("構成員: 北川　健（みなと大学大学院教授）", "【会議室】北川座長、南委員",
    ...                              "（Web出席）久保委員、小島委員", "出席者（五十音順）：北川座長、南委員")]
    [True, True, True, True]
    >>> [headed_listing(t) for t in ("北川　健（みなと大学大学院教授）", "委員：予約の方法を増やすべきだ", "構成員：")]
    [False, False, False]
    """
    m = _ENTRY_HEAD.match(text)
    return m is not None and m.end() < len(text) and listing(text[m.end():], people)


def continued_listing(text: str) -> bool:
    """A line that goes on a list broken at the page's width inside an entry's bracket above it (pdftotext: …、南
    千尋（まちづくりネットワ / ークみなと 代表）、東山 亮（弁護士）、西野 まどか): after the bracket it closes, the
    line's words are entries (``listing``) — a seat or a post in brackets after them names no speaker (fronts19).

    >>> continued_listing("ークみなと 代表）、東山 亮（弁護士）、西野 まどか"), continued_listing("員）、北野 一")
    (True, True)
    >>> continued_listing("東山 亮、西野 まどか"), continued_listing("ます）。今後も続けてまいります")
    (False, False)
    """
    depth = 0
    for k, c in enumerate(text):
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth == 0:
                rest = text[k + 1:].lstrip("、，,・ \u3000")
                return bool(rest) and listing(rest, people=True)
            depth -= 1
    return False

