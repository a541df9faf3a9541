"""Press conferences (記者会見): who asks and who answers.

A record of a press conference (``大臣記者会見``, ``知事定例記者会見　会見録``, ``…委員長記者会見
要旨``) prints its exchange as question and answer (``（問）…`` / ``（答）…``, ``Ｑ：…`` / ``Ａ：…``,
``（記者）…``), as a council's summary does — but the one who asks is a reporter, not a member
of a council, and the one who answers is the official whose conference it is, named in the
title, not a secretariat. The labels stay as written; their roles are read from the record:

- the asker (問, 質問, Ｑ, 記者, 質問者; no name) is ``other``;
- the answerer (答, 回答, Ａ; no name) takes the role of the official the title names before
  ``記者会見`` / ``会見`` (大臣 → government, 委員長 → chair); with no official in the title, the
  role the record's named speakers share (``（大臣）…`` above the questions), else unchanged.

The evidence is the point's ``role_why``. A record is a press conference when its title says
so (記者会見, 会見録, 会見要旨, 定例会見 …); the minutes of a meeting are never read so.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Point, Role, Speaker
from .roles import RoleTable

__all__ = ["asks_or_answers", "is_press", "is_reporter", "official", "opens_questions", "reporter", "settle"]

#: the title of a press conference's record (a meeting's 会見 with the press, not 面会)
_PRESS = re.compile(r"(?:記者会見|(?<!面)会見(?:録|要旨|概要|記録)?)(?![室場])")  # not the room (記者会見室)
#: what stands between the official and 会見 in a title: 定例記者会見, 閣議後記者会見, 就任会見
_BEFORE_PRESS = re.compile(r"(?:の|・)?(?:定例|臨時|緊急|閣議後|就任|退任|年頭|年末|月例)*(?:記者)?$")
_ASKERS = frozenset(("問", "質問", "Ｑ", "Q", "記者", "質問者"))
_ANSWERERS = frozenset(("答", "回答", "Ａ", "A"))
ASKS = "press conference: a reporter asks"
#: a news organization, by the word its name ends in (Ａ新聞, あおば日報, みなと新聞社, 北光テレビ,
#: 共同通信, ＮＨＫ) or the reporters' club's turn (幹事社)
_MEDIA = re.compile(r"(?:新聞(?:社)?|日報|新報|日日|通信(?:社)?|タイムス|タイムズ|テレビ|ＴＶ|TV|放送|ラジオ|"
                    r"ＮＨＫ|NHK|ケーブル|ＣＡＴＶ|CATV|幹事社)$")
#: a reporter's label: the organization, with 記者 before it in brackets (記者（Ａ新聞）) or
#: after it (Ａ新聞記者, Ａ新聞・田中記者, Ａ新聞の記者)
_REPORTER = re.compile(r"記者[（(](?P<org>[^（）()]{1,24})[）)]"
                       r"|(?P<org2>[^（）()]{1,24}?)(?:(?:の|・)?(?P<who>[^（）()・]{0,6})記者)?")
ANSWERS = "press conference: {who} answers ({where})"


def is_press(title: str) -> bool:
    """The record's title says it is a press conference's.

    >>> [is_press(t) for t in ("大臣記者会見", "みどり県知事定例記者会見会見録", "河上委員長会見要旨",
    ...     "あおば市交通政策審議会", "市長面会記録", "場所　本庁舎４階　記者会見室")]
    [True, True, True, False, False, False]
    """
    return _PRESS.search(title) is not None


def official(title: str, roles: RoleTable) -> Speaker | None:
    """The official whose press conference the title names: the longest run before 記者会見 /
    会見 (定例, 閣議後 … aside) that ends in a title of the role table.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.title, s.role) for s in (official(x, t) for x in ("みどり県知事定例記者会見会見録", "大島副大臣記者会見要旨",
    ...     "河上消費者委員会委員長記者会見"))]
    [('知事', 'government'), ('副大臣', 'government'), ('消費者委員会委員長', 'chair')]
    >>> official("財政制度分科会記者会見", t), official("あおば市交通政策審議会", t)
    (None, None)
    """
    m = _PRESS.search(title)
    if m is None:
        return None
    before = title[:m.start()]
    extra = _BEFORE_PRESS.search(before)  # always found (it may be empty)
    before = before[:extra.start()] if extra is not None else before
    for k in range(max(0, len(before) - 24), len(before)):
        sp = roles.split(before[k:])
        if sp is not None:
            return sp
    return None


#: the heading that opens the reporters' questions (質疑応答, 【質疑】, ２　記者質問, 質疑応答の概要)
_QUESTIONS = re.compile(r"^(?:[0-9０-９]{1,2}[．.　 ]*|[（(][0-9０-９]{1,2}[）)]|[■◆●○◇□【〔［＜<]\s*)?"
                        r"(?:記者)?(?:質疑(?:応答)?|質問(?:事項)?|一問一答)(?:の(?:概要|要旨))?[】〕］＞>]?$")


def opens_questions(text: str) -> bool:
    """The line is the heading of a press conference's questions, its number or brackets aside.

    >>> [opens_questions(t) for t in ("質疑応答", "【質疑応答】", "２　記者質問", "質疑応答の概要", "質問があります。")]
    [True, True, True, True, False]
    """
    return len(text) <= 16 and _QUESTIONS.match(text.replace("\u3000", "").replace(" ", "")) is not None


def is_reporter(sp: Speaker) -> bool:
    """A reporter named by their organization (``reporter``): many ask under 記者, none holds it."""
    return sp.title == "記者"


def reporter(label: str) -> Speaker | None:
    """The asker a press conference's record names by their news organization (（Ａ新聞）,
    （あおば日報）, 記者（みなと新聞）：, Ａ新聞・田中記者): a reporter (title 記者, role other),
    named by the organization, so each paper's questions are its own; None for any other label.

    >>> [(s.name, s.title, s.role) for s in map(reporter, ("Ａ新聞", "記者（みなと新聞）", "北光テレビ・田中記者"))]
    [('Ａ新聞', '記者', 'other'), ('みなと新聞', '記者', 'other'), ('北光テレビ', '記者', 'other')]
    >>> reporter("市長"), reporter("新聞"), reporter("記者（市長）")
    (None, None, None)
    """
    m = _REPORTER.fullmatch(label)
    org = m and (m["org"] or m["org2"])
    if not org or len(org) < 3 or _MEDIA.search(org) is None:
        return None
    return Speaker(label, org, "記者", "other")


def settle(points: Sequence[Point], title: str, roles: RoleTable) -> list[Point]:
    """The points of a press conference with the roles of its askers and answerers read as
    above; the points of any other record as they are."""
    if not is_press(title) or not any(_unnamed(p.speaker, _ASKERS | _ANSWERERS) or is_reporter(p.speaker)
                                      for p in points):
        return list(points)
    answer = _answerer(points, title, roles)
    out: list[Point] = []
    for p in points:
        sp = p.speaker
        if _unnamed(sp, _ASKERS) or is_reporter(sp):
            out.append(replace(p, speaker=replace(sp, role="other"), role_why=ASKS))
        elif answer is not None and _unnamed(sp, _ANSWERERS):
            # the answer's mark alone (Ａ, （答）) is the host's: the official, by title
            host = answer[0] if answer[0].label else replace(sp, role=answer[0].role)
            out.append(replace(p, speaker=host, role_why=answer[1]))
        else:
            out.append(p)
    return out


def asks_or_answers(sp: Speaker) -> bool:
    """The speaker is a question's or an answer's mark (問, 答, Ｑ, 記者 …), no one named."""
    return _unnamed(sp, _ASKERS | _ANSWERERS)


def _unnamed(sp: Speaker, titles: frozenset[str]) -> bool:
    return not sp.name and (sp.title in titles or sp.label in titles)


def _answerer(points: Sequence[Point], title: str, roles: RoleTable) -> tuple[Speaker, str] | None:
    """Who answers under the answer's mark alone, and why: the official the title names (by
    title: 市長, 知事 — the words before it may be the city's name or the date), else the one
    speaker the record's named speakers share a role with (none of them asking or answering
    by a mark), or that role under the mark when they are several."""
    off = official(title, roles)
    if off is not None:
        return Speaker(off.title, "", off.title, off.role), ANSWERS.format(who=off.title, where="the title")
    named: dict[Role, dict[str, Speaker]] = {}
    for p in points:
        if not _unnamed(p.speaker, _ASKERS | _ANSWERERS) and p.speaker.role != "other":
            named.setdefault(p.speaker.role, {}).setdefault(p.speaker.label, p.speaker)
    if len(named) == 1:
        (role, speakers), = named.items()
        first = next(iter(speakers.values()))
        host = first if len(speakers) == 1 else Speaker("", "", "", role)
        return host, ANSWERS.format(who=first.label, where="the record's other speaker")
    return None
