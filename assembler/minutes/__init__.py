"""Minutes -> a Meeting and its Points (speaker, role, kind, exact source span).

``parse_paths`` reads files (txt in any Japanese encoding, docx, pdf), ``parse_source``
parses lines already read. The line shapes are in ``parser`` (speaker headers, bullets,
turns, stage directions), the front matter in ``front``, the role table in ``roles`` and
a user's extra patterns in ``patterns``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from pathlib import Path

import re._parser as sre_parse  # the regex parser, to know how wide a pattern's match can be

from .. import collector
from ..errors import InputError
from ..ingest import iter_input_files, read_source, read_sources
from ..ingest.text import without_margin
from ..model import AttendeeGroup, JSONObject, Kind, Line, Meeting, Minutes, Point, SourceSpan, SourceText
from ..text import digest, key, terminal_width, wrap
from .kind import WordScan, decide
from .front import FrontLabels, front_matter, parse_date, parse_time
from . import acted, columns, groups, leadcolumn, posts, press, prose, quoted, spacedlabels, splitcells
from .paragraphs import join_lines
from .parsed import Parsed, Said, Para
from .parser import LineParser
from .header_steps import KIND_MARK_WHY
from .view import FileView
from .patterns import Patterns, load_patterns
from .roles import RoleTable, load_roles, name_elected, name_holders, settle_roles
from ..i18n import _, ngettext, pgettext

__all__ = [
    "RoleTable", "Patterns", "load_roles", "load_patterns", "parse_source", "parse_file", "parse_meetings",
    "parse_paths", "in_order", "to_dict", "is_procedural", "parse_date", "parse_time",
    "accounting", "unread_warning", "unread_report", "unnamed_note",
]

# Remarks that carry no opinion: every sentence only announces, opens, closes or thanks.
_PROCEDURAL = tuple(re.compile(p) for p in (
    r"[0-9０-９一二三四五六七八九十]+\s*点(?:の)?(?:コメント|意見|質問|指摘)?(?:を)?申し上げ(?:る|たい|ます)$",
    r"について(?:お?話し|申し上げ|述べ|コメントし)(?:たい|ます|させていただく)$",
    r"(?:ご|御)?議論を(?:賜り|いただき|お願いし)たい$",
    # announcing what one will say, presenting a paper, asking for views, the next steps
    r"(?:感想|考え|所感|意見|コメント|点)を?[、，]?[^。、]{0,8}?(?:申し上げ|述べ)"
    r"(?:る|たい|ます|させていただ(?:く|きたい))$",
    r"(?:[0-9０-９一二三四五六七八九十]+\s*|べき)点(?:を|に)?[、，]?[^。]{0,12}?(?:整理|まとめ)(?:し)?(?:てお(?:き|く))?(?:たい|る|ます)$",
    r"^本日[はも、][^。]*をお示し(?:する|したい|します|いたします)$",
    r"(?:資料|お手元)[^。]{0,20}をお示し(?:する|したい|します|いたします)$",
    r"(?:ご|御)?(?:意見|議論|発言|質問|助言)を(?:頂戴し|いただき|賜り|お願いし)(?:たい|ます)$",
    r"次回(?:の[^、。]{0,12})?(?:で|に|まで)[^。]{0,12}(?:お示し|御報告|ご報告|提示|お諮り|御議論|ご議論)"
    r"(?:し|いただき)?(?:たい|する|します)$",
    r"議論を(?:更に|さらに)?(?:進め|深め)て(?:いき|まいり)たい$",
    r"^(?:以上です|以上)$",
    # the chair's and the secretariat's words in a verbatim record (議事録)
    r"^(?:どうも|誠に)?ありがとうございま(?:す|した)$",
    r"^(?:よろしく)?お願い(?:いた)?します$",
    r"^お忙しい中.*ありがとうございま(?:す|した)$",
    r"を?(?:開催|開会|再開)(?:いた)?します$",
    r"閉会(?:いた)?(?:します|したいと(?:存じ|思い)ます)$",
    r"議事に入(?:る|ります)$",
    r"(?:から|より)[^。]{0,24}(?:説明|報告|発言|紹介|挨拶)を?(?:お願い(?:いた)?(?:します|したい)|いただ(?:きたい|きます))$",
    r"(?:閉会|散会)(?:と|に)?(?:する|します|いたします)$",
    r"定足数を満たして",
    r"^(?:おはようございます|こんにちは|こんばんは)$",
    r"^お答え(?:いた)?します$",
    r"について(?:質問|お尋ね|お伺い|伺い)(?:いた)?します$",
    # the order of business of an assembly: 会議を開きます, 日程第１, 質問を許します
    r"会議を開き(?:ます|たいと思います)$",
    r"^日程第[0-9０-９一二三四五六七八九十]+",
    r"(?:質問|発言|質疑)を許します$",
    r"^以上で[^。]{0,20}を?終わ(?:ります|りたいと思います)$",
    r"(?:一般質問|質疑|討論|採決)(?:を|に)(?:行います|入ります|終結します)$",
    r"(?:御|ご)?出席(?:を)?いただ(?:いて|き)(?:おり)?ます$",
    # handing over the floor: 清水委員、お願いいたします / 次に、〇〇委員から御発言をお願いします
    r"^(?:それでは|では|続きまして|続いて|次に|引き続き|最後に)?、?[^、。]{1,16}?"
    r"(?:委員|座長|会長|大臣|先生|さん|様|事務局|議員|参考人|構成員|官|長)(?:から|より)?、?"
    r"(?:(?:御|ご)?(?:発言|説明|意見|報告|質問)を?)?(?:お願い(?:いた)?します|お願いできますか|どうぞ)$",
    r"(?:本日の)?(?:議論|議事|会議|審議)は(?:これで|ここまで)(?:と|で)?(?:いた)?します$",
    r"^[^。]{0,20}ありがとうございま(?:す|した)$",
    r"(?:御|ご)?発言をお願い(?:いた)?します$",
    r"よろしいでしょうか$",
    r"説明は以上(?:です|となります)$",
    r"(?:御|ご)?挨拶を(?:いただきます|お願いしたいと思います)$",
    r"(?:御|ご)?退室(?:願います|をお願いします)$",
    r"しばらくお待ちください$",
))


def is_procedural(text: str) -> bool:
    """A remark whose every sentence only opens, announces, closes or thanks (``kind.decide``).

    >>> is_procedural("３点コメントを申し上げる。")
    True
    >>> is_procedural("２点申し上げたい。１点目は、コロナの影響によりDX化が加速すること。")
    False
    >>> is_procedural("ありがとうございます。それでは、議事１について、了承ということでよろしいでしょうか。")
    True
    """
    return decide_kind(text)[0] == "procedural"


def decide_kind(text: str) -> tuple[Kind, str]:
    """The kind of a remark and its evidence: the speech act of each sentence
    (``kind.decide``), the fixed formulas of summaries below counted as procedural."""
    return decide(text, _procedural_sentence)


def _widest(rx: re.Pattern[str]) -> int:
    """The most characters a match can span (its regex's width), capped at 64."""
    widest: int = sre_parse.parse(rx.pattern).getwidth()[1]  # re._parser has no types: Any
    return min(64, widest)


# The words each formula above cannot match without (in the order of _PROCEDURAL): a sentence
# is tried only against the formulas whose words it holds (one scan instead of 38 searches).
_FORMULA_WORDS = (
    "申し上げ", "話し|申し上げ|述べ|コメントし", "議論を", "申し上げ|述べ", "整理|まとめ", "お示し", "お示し",
    "頂戴し|いただき|賜り|お願いし", "次回", "進め|深め", "以上", "ありがとう", "お願い", "ありがとう",
    "開催|開会|再開", "閉会", "議事に入", "説明|報告|発言|紹介|挨拶", "閉会|散会", "定足数を満たして",
    "おはようございます|こんにちは|こんばんは", "お答え", "質問|お尋ね|伺い", "会議を開き", "日程第", "許します",
    "終わ", "一般質問|質疑|討論|採決", "出席", "お願い|どうぞ", "議論|議事|会議|審議", "ありがとう", "お願い",
    "よろしいでしょうか", "以上", "挨拶", "退室", "お待ち")


def _formula_index() -> tuple[WordScan, dict[str, tuple[tuple[re.Pattern[str], int, str], ...]]]:
    """The formulas to try for each word found (a found word stands for every word inside it)."""
    needs = [set(w.split("|")) for w in _FORMULA_WORDS]
    words = sorted(set().union(*needs), key=len, reverse=True)
    tries = {w: tuple(_HOW[n] for n, ws in enumerate(needs) if any(k in w for k in ws)) for w in words}
    return WordScan(words), tries


def _how(p: re.Pattern[str]) -> tuple[re.Pattern[str], int, str]:
    where = "start" if p.pattern.startswith("^") else "end" if p.pattern.endswith("$") else "anywhere"
    return p, _widest(p), where


_HOW = tuple(_how(p) for p in _PROCEDURAL)
_FORMULA_SCAN, _FORMULA_TRIES = _formula_index()


def _procedural_sentence(s: str) -> bool:
    """The sentence is one of the fixed formulas above."""
    tried: set[int] = set()
    for w in _FORMULA_SCAN.words(s):
        for p, width, where in _FORMULA_TRIES[w]:
            if id(p) in tried:
                continue
            tried.add(id(p))
            if formula_hit(p, width, where, s):
                return True
    return False


def formula_hit(p: re.Pattern[str], width: int, where: str, s: str) -> bool:
    """Whether a procedural formula matches where it may stand: at the start, within the
    last ``width`` characters, or anywhere."""
    if where == "end":
        return p.search(s, max(0, len(s) - width)) is not None
    return (p.match(s) if where == "start" else p.search(s)) is not None


def _meeting_id(session: int | None, date: str | None, file: str, day: int | None = None) -> str:
    """``m03`` (the session), ``m03d2`` (its second day's record: 第２日, ２日目, 第２号 in the title),
    ``m20240612`` (the date, with no session), else the file name's digest."""
    if session is not None:
        return f"m{session:02d}" + (f"d{day}" if day is not None else "")
    if date:
        return "m" + date.replace("-", "")
    return "m" + digest(Path(file).name)


def _patterns(patterns: Patterns | str | Path | None) -> Patterns:
    return patterns if isinstance(patterns, Patterns) else load_patterns(patterns)


@functools.lru_cache(maxsize=8)
def _front_labels(patterns: Patterns) -> FrontLabels:
    """The front-matter labels' regex, built once for the patterns of a run (not per file)."""
    return FrontLabels.build(patterns.labels())


def parse_source(src: SourceText, roles: RoleTable | None = None,
                 patterns: Patterns | str | Path | None = None) -> Minutes:
    """Parse lines already read from a file into a Meeting and its Points.

    The cyclic garbage collector is paused meanwhile (``collector.paused``): parsing makes a
    few small objects per line and no reference cycles (a test holds it to that), and each
    of the collector's passes would walk them all (6 % of the parse of 105k points, 3 % of
    one record, measured with ``gc.disable()`` around ``parse_paths``).
    """
    with collector.paused():
        return _parse_source(*_from_the_edge(src), roles, patterns)


def _from_the_edge(src: SourceText) -> tuple[SourceText, FileView]:
    """A text's lines read from the page's edge: without the left margin every line keeps
    (``ingest.text.without_margin``; pdftotext -layout keeps the page's) and without a
    borderless table's clock column (``leadcolumn.read``). A PDF's lines are
    measured from the margin as they are read, a Word document's have none. With the view
    of the lines (``view.py``: the passes before the parse read the file's text joined once)."""
    if src.format != "txt":
        return src, FileView(src.lines)
    lines = without_margin(src.lines)
    view = FileView(lines)
    # a borderless table's clock column first, mostly empty: taken off, the clocks the rows' leads
    lines = leadcolumn.read(lines, view.joined)
    src = src if lines is src.lines else replace(src, lines=lines)
    return src, FileView.of(src.lines, view)


def _parse_source(src: SourceText, view: FileView, roles: RoleTable | None,
                  patterns: Patterns | str | Path | None) -> Minutes:
    roles = roles or load_roles()
    patterns = _patterns(patterns)
    labels = _front_labels(patterns)
    # 委　員　長：…, 斎 藤 委 員：…: a label spaced out to one width
    src = spacedlabels.read(src, roles, view.joined)
    parsed = _parse_lines(src, roles, patterns, labels, FileView.of(src.lines, view))
    first_point = next((i for i, p in enumerate(parsed.paras) if p.kind in ("point", "reported")),
                       len(parsed.paras))
    preamble = [l for p in parsed.paras[:first_point] for l in p.lines]
    fm = front_matter(parsed.front, preamble, labels, frozenset(parsed.groups))
    meeting = Meeting(
        id=_meeting_id(fm["session"], fm["date"], src.file, fm["day"]),
        council=fm["council"],
        session=fm["session"],
        date=fm["date"],
        time=fm["time"],
        place=fm["place"],
        attendees=fm["attendees"],
        source=src.file,
        kind=fm["kind"],
    )
    points: list[Point] = []
    seen: dict[str, int] = {}
    actors: dict[str, str] = {}  # a point read from a record that narrates who acted: the actor and act
    grouped = _group_evidence(parsed)
    # 主な意見 with no group named, under an attendee list of 委員 alone: the 委員's (groups.attendees_kind)
    _name_attendees(parsed, grouped, meeting.attendees, roles)
    for para, whole in _texts(parsed.paras):
        assert para.speaker is not None
        speaker_why = para.why or (grouped.get(id(para.speaker), "") if grouped else "")
        for text, narration, (kind, why) in _reports(para, whole, speaker_why):
            pid = f"{meeting.id}_{digest(para.speaker.label, key(text))}"
            seen[pid] = seen.get(pid, 0) + 1
            if seen[pid] > 1:
                pid = f"{pid}_{seen[pid]}"
            actors[pid] = getattr(para, "actor", "")  # a report of a record that narrates who acted
            points.append(Point.made(
                pid, meeting.id, para.speaker, kind, text, _span(src.file, para.lines),
                kind_why=why, role_why="", speaker_why=speaker_why, narration=narration,
            ))
    points = name_elected(points, src.lines, roles)  # 議長 after 互選により田村理事を議長に選出した: 田村
    # 森下水道課長 split where the record's lists split it (森　一郎（下水道課長）: 森 | 下水道課長), a bracket's
    # surname the list names (事務局（長谷部）: 長谷部　透)
    points = posts.split_by_record(points, meeting.attendees, roles)
    points = settle_roles(name_holders(points, meeting.attendees, roles), meeting.attendees, roles,
                          meeting.council or "")
    # 問/答 of a press conference, as its title says (the council's name and the kind of record:
    # 河上委員長 + 会見要旨)
    points = press.settle(points, (meeting.council or "") + meeting.kind, roles)
    points = _actors_first(points, actors)
    if not points:
        raise _no_speaker(src.file, parsed.fate)
    return Minutes(meeting=meeting, points=tuple(points), lines=tuple(parsed.fate),
                   unread=tuple(parsed.unread), directions=tuple(parsed.directions),
                   readings=src.readings + parsed.readings, legends=tuple(sorted(parsed.legends, key=lambda g: g.line)))


def _reports(para: Para, text: str, speaker_why: str) -> list[tuple[str, str, tuple[Kind, str]]]:
    """The points a paragraph gives: text, narration, kind and its evidence. A report read by
    the parser (``Said``) is its own; a bullet under a group's heading that reports words
    (・…との指摘があった。) is those words (``acted.report_words``) with the bullet as written its
    narration — one point for each report it holds (・…との意見があった一方、…との意見もあった。:
    ``prose.unnamed_reports``), each of the group; any other paragraph is its text.

    >>> from assembler.model import Speaker
    >>> sp = Speaker("委員", "", "委員", "member")
    >>> para = Para(kind="point", lines=[Line("・", 9)], idx=[0], speaker=sp)
    >>> [r[:2] for r in _reports(para, "財源が必要との指摘があった。", "group heading: 主な意見 (line 8)")]
    [('財源が必要', '財源が必要との指摘があった。')]
    >>> [r[:2] for r in _reports(para, "Ａを急ぐべきとの意見があった一方、Ｂに配慮すべきとの意見もあった。", "group heading: x")]
    [('Ａを急ぐべき', 'Ａを急ぐべきとの意見があった一方、'), ('Ｂに配慮すべき', 'Ｂに配慮すべきとの意見もあった。')]
    >>> [r[:2] for r in _reports(para, "財源が必要との指摘があった。", "")]
    [('財源が必要との指摘があった。', '')]
    """
    if not text:
        return []
    if isinstance(para, Said):
        return [(text, para.narration, para.judged)]
    if speaker_why.startswith(_GROUP_WHY):
        clauses = prose.unnamed_reports(text)
        said = [acted.report_words(c, 0) for c in clauses]
        if all(said):
            return [(w, c, decide_kind(c)) for w, c in zip(said, clauses)]
    return [(text, "", decide_kind(text))]


def _texts(paras: list[Para]) -> list[tuple[Para, str]]:
    """The points' paragraphs and their texts; a turn whose whole speech one 「…」 wraps loses
    the outer pair (``quoted.unwrapped``: its paragraphs are the points a header opened, one
    ``Para.turn``, one speaker)."""
    found = [(p, p.text if isinstance(p, Said) else join_lines(p.first, p.lines[1:]))
             for p in paras if p.kind in ("point", "reported")]
    k = 0
    while k < len(found):
        para = found[k][0]
        end = k + 1
        if para.turn and not isinstance(para, Said):
            while (end < len(found) and found[end][0].turn == para.turn
                   and found[end][0].speaker is para.speaker and not isinstance(found[end][0], Said)):
                end += 1
            if found[k][1].startswith("「") and (bare := quoted.unwrapped([t for _, t in found[k:end]])):
                found[k:end] = list(zip([p for p, _ in found[k:end]], bare))
        k = end
    return found


def _span(file: str, lines: list[Line]) -> SourceSpan:
    """Where a paragraph stands in its file: its first line to its last, or — when it was read
    out of the file's order (a turn going on from the foot of a left column to the top of the
    right one: ``columns.py``) — the first to the last line of the file that any of its lines
    is, so that the span holds every line the point came from (never a start after its end).

    >>> _span("a.txt", [Line("a", 28, 2), Line("b", 29, 2), Line("c", 17, 2), Line("d", 18, 2)])
    SourceSpan(file='a.txt', line_start=17, line_end=29, page=2)
    >>> _span("a.txt", [Line("a", 3, None), Line("b", 5, None)])
    SourceSpan(file='a.txt', line_start=3, line_end=5, page=None)
    """
    numbers = [line.number for line in lines]
    return SourceSpan.made(file, min(numbers), max(numbers), lines[0].page)


def _parse_lines(src: SourceText, roles: RoleTable, patterns: Patterns, labels: FrontLabels,
                 view: FileView) -> Parsed:
    """The parser's reading of the lines; a 議会 record's cells split one piece a line read whole
    (``splitcells.py``), pages in two text columns read each column down in
    turn (``columns.py``), the places folded back to one a line of the file. ``view``: the
    lines' view (``view.py``)."""
    cells = splitcells.read(src, roles, view)  # a 議会 record's cells one piece a line (default pdftotext)
    if cells is not None:
        parsed = LineParser(cells.src, roles, patterns, labels, FileView.of(cells.src.lines, None)).run()
        parsed.fate = cells.fates(parsed.fate, len(src.lines))
        parsed.unread = sorted(parsed.unread + cells.unread_lines(src.lines), key=lambda u: u.line)
        return parsed
    read, origin = columns.read(src, view)
    parsed = LineParser(read, roles, patterns, labels, FileView.of(read.lines, view)).run()
    if origin is not None:
        parsed.fate = columns.fates(parsed.fate, origin, len(src.lines))
    return parsed


def _name_attendees(parsed: Parsed, grouped: dict[int, str], attendees: tuple[AttendeeGroup, ...],
                    roles: RoleTable) -> None:
    """The paragraphs a heading of no group gave the attendees (出席者) given to the one kind of
    person the attendee list holds (``groups.attendees_kind``), the heading still their evidence."""
    if not parsed.anonymous or (kind := groups.attendees_kind(attendees, roles)) is None:
        return
    for para in parsed.paras:
        sp = para.speaker
        if sp is not None and sp.label == groups.ATTENDEES and not sp.name:
            para.why = f"{para.why or grouped.get(id(sp), '')}; {_ATTENDEES_WHY}{kind.label}"
            para.speaker = kind


def _group_evidence(parsed: Parsed) -> dict[int, str]:
    """The evidence for the speaker of a point no label above it named, by the speaker
    object's id: the heading of the group it was published under, or the legend whose mark
    stands for the speaker."""
    grouped = {id(sp): _GROUP_WHY + why for sp, why in parsed.anonymous}
    for legend in parsed.legends:
        grouped.update((id(sp), f"{_LEGEND_WHY}{legend.text} (line {legend.line})") for _mark, sp in legend.marks)
    return grouped


def _actors_first(points: list[Point], actors: dict[str, str]) -> list[Point]:
    """The evidence of a point read from a record that narrates who acted (``acted.py``: the
    actor and the act as written) first in its ``speaker_why``, then how a title alone was
    named (the attendee list, the holder of the title)."""
    return [replace(p, speaker_why="; ".join(filter(None, (actors[p.id], p.speaker_why)))) if actors.get(p.id) else p
            for p in points]


#: how ``speaker_why`` opens for a point published under a group's heading
_GROUP_WHY = "group heading: "
#: how ``speaker_why`` goes on for a group heading's point whose group the attendee list names
_ATTENDEES_WHY = "every attendee but the officials is "
#: how ``speaker_why`` opens for a point led by a mark a legend names
_LEGEND_WHY = "legend: "


def _no_speaker(file: str, fates: list[str]) -> InputError:
    """The refusal of a file in which no reading found a speaker (headers above the points,
    labels after them, introducers, reports, a group's heading): where its lines went
    instead, so the user sees what was read (all narrative, all agenda …)."""
    counts = {d: fates.count(d) for d in ("front", "agenda", "narrative", "unread") if d in fates}
    read = ", ".join(f"{pgettext('line', d)} {n}" for d, n in counts.items())
    return InputError(
        _("no speaker found (lines read as {read})").format(read=read) if read else _("no speaker found"),
        file=file,
        hint=_("speakers are written as （飯島委員） or 〇河野大臣： above their words, or as …。（飯島委員） "
               "after them; add a pattern if this council writes them differently"),
    )


def parse_file(path: str | Path, *, encoding: str | None = None,
               roles: RoleTable | None = None,
               patterns: Patterns | str | Path | None = None) -> Minutes:
    """Read and parse one minutes file (.txt in any Japanese encoding, .docx, .pdf)."""
    return parse_source(read_source(Path(path), encoding=encoding), roles, patterns)


def parse_meetings(path: str | Path, *, encoding: str | None = None,
                   roles: RoleTable | None = None,
                   patterns: Patterns | str | Path | None = None) -> tuple[Minutes, ...]:
    """Read and parse one minutes file into its meetings: one, or several for an export of
    utterances whose meeting column changes (``ingest.delimited``)."""
    return tuple(parse_source(src, roles, patterns) for src in read_sources(Path(path), encoding=encoding))


def parse_paths(paths: Iterable[str | Path], *, encoding: str | None = None, roles: RoleTable | None = None,
                patterns: Patterns | str | Path | None = None) -> tuple[Minutes, ...]:
    """Parse every minutes file named (folders are expanded), ordered by session and date."""
    roles = roles or load_roles()
    patterns = _patterns(patterns)
    return in_order([m for p in iter_input_files(paths)
                     for m in parse_meetings(p, encoding=encoding, roles=roles, patterns=patterns)])


def in_order(parsed: Iterable[Minutes]) -> tuple[Minutes, ...]:
    """The minutes of the files read, ordered by session and date; a meeting given twice is
    refused (the second file named)."""
    parsed = _days_apart(list(parsed))
    by_id: dict[str, Minutes] = {}
    for m in parsed:
        other = by_id.get(m.meeting.id)
        if other is not None:
            raise InputError(
                _("this is the same meeting ({id}) as {source}").format(id=m.meeting.id, source=other.meeting.source),
                file=m.meeting.source, hint=_("give each meeting's minutes once"),
            )
        by_id[m.meeting.id] = m
    return tuple(sorted(parsed, key=lambda m: (
        m.meeting.session if m.meeting.session is not None else 10**6,
        m.meeting.date or "", m.meeting.source)))


def _days_apart(parsed: list[Minutes]) -> list[Minutes]:
    """Meetings given at once that share an id (their session's) but not a date are the days of
    one session (the days of a 定例会 exported in one file, a folder of its records a day, no day
    named in their titles): each is its own meeting — the first day keeps the session's id
    (``m03``), each later day has the session's id and its date (``m03_20240904``), its points'
    ids with it, so that a day added after the first changes no id a project's decisions name.
    Two records of one id and one date (or none) stay the same meeting given twice (``in_order``
    refuses it)."""
    by_id: dict[str, list[Minutes]] = {}
    for m in parsed:
        by_id.setdefault(m.meeting.id, []).append(m)
    later = {id(m) for ms in by_id.values() if len(ms) > 1 and all(m.meeting.date for m in ms)
             and len({m.meeting.date for m in ms}) == len(ms)
             for m in sorted(ms, key=lambda m: m.meeting.date or "")[1:]}
    return [_dated_id(m) if id(m) in later else m for m in parsed] if later else parsed


def _dated_id(m: Minutes) -> Minutes:
    """The minutes with the date after the meeting's id (``m03`` → ``m03_20240904``), in its
    points' ids too."""
    old = m.meeting.id
    new = f"{old}_{(m.meeting.date or '').replace('-', '')}"
    points = tuple(replace(p, id=new + p.id[len(old):], meeting=new) for p in m.points)
    return replace(m, meeting=replace(m.meeting, id=new), points=points)


def to_dict(parsed: tuple[Minutes, ...]) -> dict[str, Any]:
    """The parse contract: ``{"meetings": [...], "points": [...], "lines": [...], "unread": [...]}``.

    Its values are Any, not object: the command line adds to the points it holds (each
    point's placement, or its group) before it writes them.

    ``lines`` says, for each file, how many of its lines ended in each place (they add up
    to ``total``); ``unread`` lists every line the parser could not place, with the reason.
    """
    return {
        "meetings": [m.meeting.to_dict() for m in parsed],
        "points": [p.to_dict() for m in parsed for p in m.points],
        **accounting(parsed),
    }


def accounting(parsed: tuple[Minutes, ...]) -> JSONObject:
    """Where the input lines went: per-file counts by disposition, and the unread lines."""
    readings = [{"file": m.meeting.source, **r.to_dict()} for m in parsed for r in m.readings]
    legends = [{"file": m.meeting.source, **g.to_dict()} for m in parsed for g in m.legends]
    return {
        "lines": [{"file": m.meeting.source, "total": len(m.lines), **m.line_counts()}
                  for m in parsed],
        "unread": [u.to_dict() for m in parsed for u in m.unread],
        **({"readings": readings} if readings else {}),
        **({"legends": legends} if legends else {}),
    }


def unread_warning(parsed: tuple[Minutes, ...], shown: int = 3) -> str | None:
    """One line naming how many lines were unread and the first few ``file:line``s, or None.

    >>> from assembler.model import Unread
    >>> m = Minutes(None, (), unread=tuple(Unread("a.txt", n, "x", "why") for n in (3, 9, 12, 20)))
    >>> unread_warning((m,))
    '4 lines unread (a.txt:3, a.txt:9, a.txt:12, …); `assembler review` lists them'
    """
    unread = [u for m in parsed for u in m.unread]
    if not unread:
        return None
    where = ", ".join(u.where for u in unread[:shown]) + (", …" if len(unread) > shown else "")
    return ngettext("{n} line unread ({where}); `assembler review` lists them",
                    "{n} lines unread ({where}); `assembler review` lists them",
                    len(unread)).format(n=len(unread), where=where)


def readings_report(parsed: tuple[Minutes, ...]) -> list[str]:
    """How the speaker labels were read where a document had to decide: after their points
    (・…である。（野々村構成員）) or above them as headers, where and why."""
    rows = [(m.meeting.source, r) for m in parsed for r in m.readings]
    if not rows:
        return []
    cols = terminal_width()
    out = wrap(_("speaker labels read where the minutes had to decide (after their points or above them):"), cols)
    for file, r in rows:
        read = (ngettext("{n} label names the point above it", "{n} labels name the point above each",
                         r.labels) if r.after else
                ngettext("{n} label heads the points below it", "{n} labels head the points below each",
                         r.labels)).format(n=r.labels)
        out.append(f"  {file}:{r.first}-{r.last}")  # where, whole: a location clipped is lost
        out += ["    " + line for line in wrap(f"{read}: {_(r.why)}", cols - 4)]
    return out


def legends_report(parsed: tuple[Minutes, ...]) -> list[str]:
    """The legends of marks read in each file (``※　◇は委員からの意見・質問、◆は町からの回答を示す。``):
    where each stands and the speaker each mark stands for.

    >>> from assembler.model import Legend, Meeting, Speaker
    >>> m = Minutes(Meeting("m01", "", None, None, None, None, (), "a.txt"), (), legends=(Legend(
    ...     2, "◇は委員、◆は町の回答", (("◇", Speaker("委員", "", "委員", "member")),
    ...                              ("◆", Speaker("町", "", "町", "government")))),))
    >>> for line in legends_report((m,)): print(line)
    legend of marks read at a.txt:2: ◇は委員、◆は町の回答
      ◇ = 委員 (member), ◆ = 町 (government)
    """
    out = []
    for m in parsed:
        for legend in m.legends:
            out.append(_("legend of marks read at {where}: {text}").format(
                where=f"{m.meeting.source}:{legend.line}", text=legend.text))
            out.append("  " + ", ".join(f"{mark} = {sp.label} ({sp.role})" for mark, sp in legend.marks))
    return out


def unread_report(parsed: tuple[Minutes, ...]) -> str:
    """How speaker labels were read where a document had to decide (``readings_report``), the
    legend of marks read, every unread line (file:line, why, text) and every speaker of role
    ``other``."""
    out: list[str] = readings_report(parsed) + legends_report(parsed)
    unread = [u for m in parsed for u in m.unread]
    if unread:
        out.append(_("unread lines ({n}): not in the draft; fix the file or add a pattern").format(
            n=len(unread)))
        for u in unread:
            text = u.text if len(u.text) <= 40 else u.text[:39] + "…"
            out.append(f"  {u.where}  {_(u.why)}: {text}")
    out += unnamed_note([p for m in parsed for p in m.points])
    other = dict.fromkeys(p.speaker.label for m in parsed for p in m.points
                          if p.speaker.role == "other")
    if other:
        out.append(_("speakers of role other (invited speakers such as 参考人, and titles not in "
                     "the role table): {names}; they are cited in the draft; if one is a member, "
                     "add the title with --roles").format(names="、".join(other)))
    return "\n".join(out)



def unnamed_note(points: Iterable[Point]) -> list[str]:
    """A line for each speaker the minutes name by a title many hold and no name (委員, 構成員,
    問, Ｑ — a group's opinions under 委員からの主な意見, or labels such as 委員：): their points
    may be several people's, cited by the group's word. Under a heading, the heading says so.

    >>> from assembler.model import Speaker
    >>> pt = Point("m01_a", "m01", Speaker("委員", "", "委員", "member"), "opinion", "x",
    ...            SourceSpan("a.txt", 8, 8), speaker_why="group heading: 委員からの主な意見 (line 6)")
    >>> print(unnamed_note([pt, pt])[0])
    no name in the minutes: 委員 (2 points; under the heading 委員からの主な意見 (line 6)): not one person; cited as 委員
    """
    counts: dict[str, list[int | str]] = {}
    for p in points:
        if p.speaker.unnamed:
            seen = counts.setdefault(p.speaker.label, [0, p.speaker_why])
            seen[0] = int(seen[0]) + 1
            seen[1] = seen[1] or p.speaker_why
    out = []
    for label, (n, why) in counts.items():
        what = ngettext("{n} point", "{n} points", int(n)).format(n=n)
        if str(why).startswith(_LEGEND_WHY):
            what += "; " + _("as the legend says: {legend}").format(legend=str(why).removeprefix(_LEGEND_WHY))
        elif why and not str(why).startswith(KIND_MARK_WHY):
            what += "; " + _("under the heading {heading}").format(heading=str(why).removeprefix(_GROUP_WHY))
        out.append(_("no name in the minutes: {label} ({what}): not one person; cited as {label}").format(
            label=label, what=what))
    return out
