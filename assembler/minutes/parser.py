"""Lines of minutes -> a Meeting and its Points (speaker, role, kind, exact source span).

The parser reads the minutes in one pass. Each line is first classified (separator,
agenda item, speaker header, narrative ``○`` line, bullet start, plain text); paragraphs
are then assembled from a start line and its continuation lines, so the hard line breaks
that PDF extraction leaves inside sentences disappear while every point keeps the exact
lines it came from.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .errors import ConfigError, InputError
from .ingest import iter_input_files, read_source
from .model import AttendeeGroup, Line, Meeting, Minutes, Point, SourceSpan, SourceText, Speaker
from .text import digest, key, to_int

# --- the speaker table ---------------------------------------------------------------------


@dataclass(frozen=True)
class RoleTable:
    """Titles (ending of a speaker label) -> role, and the words that belong to a title."""

    titles: tuple[tuple[str, str], ...]
    prefixes: tuple[str, ...]

    def split(self, label: str) -> Speaker | None:
        """Split 和泉内閣総理大臣補佐官 into name 和泉 and title 内閣総理大臣補佐官.

        Returns None when the label ends with no known title.
        """
        for title, role in self.titles:
            if label.endswith(title):
                name = label[: -len(title)]
                full_title = title
                stripped = True
                while stripped and name:
                    stripped = False
                    for prefix in self.prefixes:
                        if name.endswith(prefix) and len(name) > len(prefix):
                            name = name[: -len(prefix)]
                            full_title = prefix + full_title
                            stripped = True
                            break
                return Speaker(label=label, name=name, title=full_title, role=role)  # type: ignore[arg-type]
        return None


def _load_role_yaml(text: str, source: str) -> dict:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        line = getattr(getattr(e, "problem_mark", None), "line", None)
        raise ConfigError(f"not valid YAML ({getattr(e, 'problem', e)})", file=source,
                          line=None if line is None else line + 1) from None
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with 'titles' and 'prefixes'", file=source)
    for k in data:
        if k not in ("titles", "prefixes"):
            raise ConfigError(f"{k}: unknown key; expected 'titles' or 'prefixes'", file=source)
    titles = data.get("titles") or {}
    if not isinstance(titles, dict):
        raise ConfigError("titles: expected a mapping of title -> role", file=source)
    for title, role in titles.items():
        if role not in ("member", "chair", "government", "secretariat"):
            raise ConfigError(f"titles.{title}: role {role!r} is not one of member, chair, "
                              "government, secretariat", file=source)
    prefixes = data.get("prefixes") or []
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise ConfigError("prefixes: expected a list of words", file=source)
    return {"titles": {str(k): v for k, v in titles.items()}, "prefixes": prefixes}


@lru_cache(maxsize=None)
def _builtin_roles() -> dict:
    text = resources.files("assembler").joinpath("data/roles.yaml").read_text(encoding="utf-8")
    return _load_role_yaml(text, "assembler/data/roles.yaml")


def load_roles(extra: str | Path | None = None) -> RoleTable:
    """The built-in role table, extended (and overridden) by a user's YAML file."""
    base = _builtin_roles()
    titles = dict(base["titles"])
    prefixes = list(base["prefixes"])
    if extra is not None:
        p = Path(extra)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"cannot read the role table ({e.strerror})", file=str(p)) from None
        user = _load_role_yaml(text, str(p))
        titles.update(user["titles"])
        prefixes = list(dict.fromkeys(user["prefixes"] + prefixes))
    ordered = tuple(sorted(titles.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return RoleTable(titles=ordered, prefixes=tuple(sorted(prefixes, key=len, reverse=True)))


# --- line classification -----------------------------------------------------------------

BULLETS = "\uf09e\uf0a7\uf0b7\uf06c\uf0d8\uf0fc・●◆◇■□▪▫•◦‣"
_BULLET = re.compile(rf"^\s*[{BULLETS}]\s*")
_AGENDA = re.compile(r"^\s*[0-9０-９]+\s*[．.]\s*\S")
_AGENDA_WORDS = ("開会", "閉会", "議題", "議事", "意見交換", "討議", "報告", "挨拶", "その他")
_HEADER = re.compile(r"^\s*[（(【]\s*(?P<label>[^（）()【】]{1,30}?)\s*[）)】]\s*$")
_NARRATIVE = re.compile(r"^\s*[○〇◯]\s*")
_INTRODUCED = re.compile(
    r"^\s*[○〇◯]\s*(?P<label>[^、。,，]{1,40}?)(?:から|より)、?\s*以下の(?:とおり)?"
    r"(?:挨拶|発言|説明|コメント|意見|総括|報告)(?:等)?があった。?\s*$"
)
_FRONT_LABEL = re.compile(r"^\s*(?P<label>[^；;：:\s][^；;：:]{0,14}?)\s*[；;：:]\s*(?P<value>.*)$")
_SESSION = re.compile(r"[（(]?\s*第\s*(?P<n>[0-9０-９一二三四五六七八九十]+)\s*回\s*[）)]?")
_MINUTES_KIND = re.compile(r"(議事要旨|議事録|議事概要)")
_DATE_ERA = re.compile(
    r"(?P<era>令和|平成|昭和)\s*(?P<y>[元0-9０-９]+)\s*年\s*(?P<m>[0-9０-９]+)\s*月\s*(?P<d>[0-9０-９]+)\s*日"
)
_DATE_AD = re.compile(r"(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?P<m>[0-9]+)\s*月\s*(?P<d>[0-9]+)\s*日")
_TIME = re.compile(
    r"(?P<h1>[0-9]{1,2})\s*(?:時|:)\s*(?:(?P<m1>[0-9]{1,2})\s*分?)?\s*[～〜~\-－―‐]\s*"
    r"(?P<h2>[0-9]{1,2})\s*(?:時|:)\s*(?:(?P<m2>[0-9]{1,2})\s*分?)?"
)
_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}

# Remarks that carry no opinion: one sentence that only announces, opens or closes.
_PROCEDURAL = tuple(re.compile(p) for p in (
    r"[0-9０-９一二三四五六七八九十]+\s*点(?:の)?(?:コメント|意見|質問|指摘)?(?:を)?申し上げ(?:る|たい|ます)。?$",
    r"について(?:お?話し|申し上げ|述べ|コメントし)(?:たい|ます|させていただく)。?$",
    r"(?:ご|御)?議論を(?:賜り|いただき|お願いし)たい。?$",
    r"議論を(?:更に|さらに)?(?:進め|深め)て(?:いき|まいり)たい。?$",
    r"^(?:以上です|以上)。?$",
))

FRONT_LABELS = {
    "date": ("日時", "開催日時", "日 時", "開催日"),
    "place": ("場所", "開催場所", "場 所", "会場"),
    "attendees": ("出席者", "出席", "出 席 者", "出席委員"),
}


@dataclass(frozen=True)
class _Para:
    """A paragraph being assembled: its kind, the speaker it belongs to and its lines."""

    kind: str  # "point" | "narrative" | "front"
    lines: tuple[Line, ...]
    speaker: Speaker | None = None
    label: str | None = None


def _is_double_spaced(lines: tuple[Line, ...]) -> bool:
    """PDF extraction often puts an empty line after every line: then they mean nothing."""
    n = len(lines)
    if n < 6:
        return False
    empty = sum(1 for l in lines if l.text == "")
    adjacent = sum(1 for a, b in zip(lines, lines[1:]) if a.text.strip() and b.text.strip())
    return empty >= 0.35 * n and adjacent <= 0.15 * (n - empty)


def _join(lines: tuple[Line, ...]) -> str:
    """Join wrapped lines: no separator in Japanese, one space between two Latin words."""
    out = ""
    for line in lines:
        t = line.text.strip().strip("\u3000")
        if not t:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            out += " "
        out += t
    return out


def _strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1)


def is_procedural(text: str) -> bool:
    """A one-sentence remark that only opens, announces or closes.

    >>> is_procedural("３点コメントを申し上げる。")
    True
    >>> is_procedural("２点申し上げたい。１点目は、コロナの影響によりDX化が加速すること。")
    False
    """
    t = text.strip()
    sentences = [s for s in t.split("。") if s.strip()]
    if len(sentences) != 1:
        return False
    return any(p.search(t) for p in _PROCEDURAL)


def parse_date(text: str) -> str | None:
    """The first Japanese-era or western date in the text, as ISO.

    >>> parse_date("令和２年５月１２日（火）"), parse_date("平成31年4月1日"), parse_date("令和元年7月26日")
    ('2020-05-12', '2019-04-01', '2019-07-26')
    """
    t = unicodedata.normalize("NFKC", text)
    m = _DATE_ERA.search(t)
    if m:
        y = _ERA_BASE[m["era"]] + to_int(m["y"])
        return f"{y:04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    m = _DATE_AD.search(t)
    if m:
        return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    return None


def parse_time(text: str) -> str | None:
    """Start and end time as ``HH:MM–HH:MM``.

    >>> parse_time("１６時００分～１７時００分"), parse_time("14:00～15:56")
    ('16:00–17:00', '14:00–15:56')
    """
    m = _TIME.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    return (f"{int(m['h1']):02d}:{int(m['m1'] or 0):02d}–"
            f"{int(m['h2']):02d}:{int(m['m2'] or 0):02d}")


# --- the parser ------------------------------------------------------------------------------


class _Parser:
    """One pass over the lines of one file."""

    def __init__(self, src: SourceText, roles: RoleTable) -> None:
        self.src = src
        self.roles = roles
        self.double = _is_double_spaced(src.lines)
        self.paras: list[_Para] = []
        self.cur: _Para | None = None
        self.speaker: Speaker | None = None
        self.in_body = False
        self.front: list[_Para] = []

    # classification ----------------------------------------------------------------------
    def speaker_of(self, label: str) -> Speaker | None:
        label = re.sub(r"\s+", "", label)
        return self.roles.split(label)

    def is_agenda(self, text: str) -> bool:
        if not _AGENDA.match(text):
            return False
        body = text.strip()
        return any(w in body for w in _AGENDA_WORDS) or (len(body) <= 20 and "。" not in body)

    # assembly -------------------------------------------------------------------------------
    def close(self) -> None:
        if self.cur is not None:
            (self.paras if self.in_body else self.front).append(self.cur)
            self.cur = None

    def open(self, kind: str, line: Line, **kw) -> None:
        self.close()
        self.cur = _Para(kind=kind, lines=(line,), **kw)

    def extend(self, line: Line) -> None:
        assert self.cur is not None
        self.cur = replace(self.cur, lines=self.cur.lines + (line,))

    def feed(self, line: Line) -> None:
        text = line.text
        stripped = text.strip().strip("\u3000")
        if not stripped:
            # An empty line is noise in double-spaced PDF text; a line of spaces always
            # separates blocks (it is what the extractor leaves between paragraphs).
            if text != "" or not self.double:
                self.close()
            return
        if self.is_agenda(stripped):
            self.close()
            self.in_body = True
            self.speaker = None
            self.paras.append(_Para(kind="agenda", lines=(line,)))
            return
        m = _HEADER.match(stripped)
        if m:
            sp = self.speaker_of(m["label"])
            if sp is not None:
                self.close()
                self.in_body = True
                self.speaker = sp
                return
        m = _INTRODUCED.match(stripped)
        if m:
            sp = self.speaker_of(m["label"])
            if sp is not None:
                self.close()
                self.in_body = True
                self.speaker = sp
                self.paras.append(_Para(kind="narrative", lines=(line,)))
                return
        if _NARRATIVE.match(stripped) and self.in_body:
            self.speaker = None if self.cur is None or self.cur.kind != "point" else self.speaker
            self.open("narrative", line)
            return
        if _BULLET.match(text):
            if not self.in_body and self.speaker is None and self.front:
                self.in_body = True
            if self.speaker is None:
                raise InputError(
                    "a bullet before any speaker header", file=self.src.file, line=line.number,
                    hint="is the speaker line written as （○○委員）?",
                )
            self.open("point", line, speaker=self.speaker)
            return
        if self.cur is not None:
            self.extend(line)
            return
        if self.in_body and self.speaker is not None:
            self.open("point", line, speaker=self.speaker)
            return
        self.open("narrative" if self.in_body else "front", line)

    def run(self) -> tuple[list[_Para], list[_Para]]:
        for line in self.src.lines:
            self.feed(line)
        self.close()
        return self.front, self.paras


def _front_matter(front: list[_Para], file: str) -> dict:
    """Title, council, session, date, time, place and attendee groups from the front block."""
    title_parts: list[str] = []
    kind = "議事要旨"
    fields: dict[str, str] = {}
    groups: list[AttendeeGroup] = []
    pending_label: str | None = None
    in_attendees = False

    def label_of(raw: str) -> str | None:
        compact = re.sub(r"[\s\u3000]+", "", raw)
        compact = re.sub(r"^[0-9０-９]+[．.]?", "", compact)
        for name, labels in FRONT_LABELS.items():
            if compact in {re.sub(r"\s+", "", l) for l in labels}:
                return name
        return None

    for para in front:
        for line in para.lines:
            text = line.text.strip().strip("\u3000")
            if not text:
                continue
            m = _FRONT_LABEL.match(text)
            if m:
                name = label_of(m["label"])
                value = m["value"].strip()
                if name == "attendees":
                    in_attendees = True
                    pending_label = None
                    if value:
                        groups.append(AttendeeGroup("出席者", tuple(_split_names(value))))
                    continue
                if name:
                    in_attendees = False
                    fields[name] = value
                    pending_label = None if value else name
                    continue
                if in_attendees:
                    groups.append(AttendeeGroup(m["label"].strip(), tuple(_split_names(value))))
                    continue
            if pending_label:
                fields[pending_label] = text
                pending_label = None
                continue
            if in_attendees:
                if groups:
                    last = groups[-1]
                    groups[-1] = AttendeeGroup(last.group, tuple(_split_names(
                        "、".join(last.names) + text if last.names else text)))
                else:
                    groups.append(AttendeeGroup("出席者", tuple(_split_names(text))))
                continue
            mk = _MINUTES_KIND.search(text)
            if mk and len(text.replace(mk.group(1), "").strip()) == 0:
                kind = mk.group(1)
                continue
            if not fields:
                title_parts.append(text)
    title = "".join(title_parts)
    mk = _MINUTES_KIND.search(title)
    if mk:
        kind = mk.group(1)
        title = title.replace(mk.group(1), "")
    session = None
    m = _SESSION.search(title)
    if m:
        session = to_int(m["n"])
        title = title[: m.start()] + title[m.end():]
    council = re.sub(r"[\s\u3000]+", "", title).strip()
    return {
        "council": council,
        "session": session,
        "kind": kind,
        "date": parse_date(fields.get("date", "")) if fields.get("date") else None,
        "time": parse_time(fields.get("date", "")) if fields.get("date") else None,
        "place": fields.get("place") or None,
        "attendees": tuple(groups),
    }


def _split_names(text: str) -> list[str]:
    """Attendee names separated by 、 (line breaks already removed)."""
    return [n.strip() for n in re.split(r"[、，,]", text) if n.strip()]


def _meeting_id(session: int | None, date: str | None, file: str) -> str:
    if session is not None:
        return f"m{session:02d}"
    if date:
        return "m" + date.replace("-", "")
    return "m" + digest(Path(file).name)


def parse_source(src: SourceText, roles: RoleTable | None = None) -> Minutes:
    """Parse lines already read from a file into a Meeting and its Points."""
    roles = roles or load_roles()
    front, paras = _Parser(src, roles).run()
    fm = _front_matter(front, src.file)
    meeting = Meeting(
        id=_meeting_id(fm["session"], fm["date"], src.file),
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
    for para in paras:
        if para.kind != "point":
            continue
        assert para.speaker is not None
        text = _join((replace(para.lines[0], text=_strip_bullet(para.lines[0].text)),)
                     + para.lines[1:])
        if not text:
            continue
        pid = f"{meeting.id}_{digest(para.speaker.label, key(text))}"
        seen[pid] = seen.get(pid, 0) + 1
        if seen[pid] > 1:  # the same words twice from one speaker: still 6 hex digits
            pid = f"{meeting.id}_{digest(para.speaker.label, key(text), str(seen[pid]))}"
        first, last = para.lines[0], para.lines[-1]
        points.append(Point(
            id=pid,
            meeting=meeting.id,
            speaker=para.speaker,
            kind="procedural" if is_procedural(text) else "opinion",
            text=text,
            source=SourceSpan(file=src.file, line_start=first.number, line_end=last.number,
                              page=first.page),
        ))
    if not points:
        raise InputError(
            "no speaker found", file=src.file,
            hint="speakers are written as （飯島委員） or 〇河野大臣：; add a pattern if this "
                 "council writes them differently",
        )
    return Minutes(meeting=meeting, points=tuple(points))


def parse_file(path: str | Path, *, encoding: str | None = None,
               roles: RoleTable | None = None) -> Minutes:
    """Read and parse one minutes file."""
    return parse_source(read_source(Path(path), encoding=encoding), roles)


def parse_paths(paths, *, encoding: str | None = None,
                roles: RoleTable | None = None) -> tuple[Minutes, ...]:
    """Parse every minutes file named (folders are expanded), ordered by session and date."""
    roles = roles or load_roles()
    parsed = [parse_file(p, encoding=encoding, roles=roles) for p in iter_input_files(paths)]
    by_id: dict[str, Minutes] = {}
    for m in parsed:
        other = by_id.get(m.meeting.id)
        if other is not None:
            raise InputError(
                f"this is the same meeting ({m.meeting.id}) as {other.meeting.source}",
                file=m.meeting.source, hint="give each meeting's minutes once",
            )
        by_id[m.meeting.id] = m
    return tuple(sorted(parsed, key=lambda m: (
        m.meeting.session if m.meeting.session is not None else 10**6,
        m.meeting.date or "", m.meeting.source)))


def to_dict(parsed: tuple[Minutes, ...]) -> dict:
    """The parse contract: ``{"meetings": [...], "points": [...]}``."""
    return {
        "meetings": [m.meeting.to_dict() for m in parsed],
        "points": [p.to_dict() for m in parsed for p in m.points],
    }


def summary(parsed: tuple[Minutes, ...]) -> str:
    """A readable summary: each meeting, its attendees and each point with its lines."""
    out: list[str] = []
    for m in parsed:
        mt = m.meeting
        out.append(f"{mt.council} {mt.label} {mt.kind} ({mt.date or '日付不明'} {mt.time or ''})".rstrip())
        out.append(f"  file: {mt.source}   place: {mt.place or '-'}")
        for g in mt.attendees:
            out.append(f"  {g.group}: {len(g.names)}名 ({'、'.join(g.names)})")
        speakers = list(dict.fromkeys(p.speaker.label for p in m.points))
        n_proc = sum(1 for p in m.points if p.kind == "procedural")
        out.append(f"  points: {len(m.points)} ({n_proc} procedural) from {len(speakers)} speakers")
        for p in m.points:
            mark = "＊" if p.kind == "procedural" else "・"
            span = f"{p.source.line_start}-{p.source.line_end}"
            text = p.text if len(p.text) <= 40 else p.text[:39] + "…"
            out.append(f"  {p.id}  {p.speaker.label:<12}{mark}{text}  [{span}]")
    return "\n".join(out)
