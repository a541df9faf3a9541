"""Minutes exported as blocks of ``key：value`` field lines, one block an utterance, as 会議録検索
systems give a meeting for download as text (often EUC-JP or CP932, CRLF):

    会議名：令和８年　建設常任委員会          ← the meeting's fields, once at the top or in every block
    開催日：2026-09-14
    出力日時：2026/10/02 15:31               ← the export's own field: furniture
    ----------------------------------       ← a separator between blocks: furniture
    発言番号：1                              ← the record's number (No.1, ［1］): furniture
    発言者：浅野　浩一                       ← the speaker's name (発言者名, 氏名, 【発言者】…)
    役職：委員長                             ← the speaker's office (発言者役職, 職名…): furniture, read into the label
    発言内容：                               ← the speech's field (発言, 本文, 内容…), the speech on it or below
    　ただいまから建設常任委員会を開会いたします。
    …
    以上　16件                               ← the closing: the turns are over (furniture)

It is the same table of utterances the CSV/TSV exports give (``ingest.delimited``), each row written
as a block: the fields are the columns, named by the same words (``heads``: one table of field names
for both), and the block is read as the delimited reader reads a row — the speaker's label from the
name and the office (``delimited.speaker_label``: 浅野委員長), the speech's lines the turn going on, a
block with no speaker read as it stands (before the first turn the front matter; after it nobody
holds the floor), the meeting's name and date as the front matter, a change of either a new meeting
(one ``SourceText`` each, the file's own line numbers). This is the ingest stage's concern, not a
pass of the parser's: it is how the export lays out its records (as a CSV's quoting is), it names
its fields with the delimited reader's words, and only the ingest stage parts a file into meetings.

The lines are given to the parser one per line of the file, cued as a table drawn in text is
(``model.Line``): the speaker's field line becomes the row (cue ``row``: the label alone, the
speech on the lines below it), the block's other field lines and its number ``field`` (furniture,
the turn going on), a separator ``rule``, the closing count ``closing``; the speech's lines and the
front matter's other lines stand as written (the key taken off the speech's field line).

A line may hold several fields parted by spaces (``［3］　発言者：浅野　浩一　役職：委員長　発言内容：…``,
``会議名：…　開催日：…``) when every piece of it is a field the table knows, each of another meaning:
each is read as on a line of its own (the speech on the speaker's line goes on the row, as a
CSV row's first line does).

The form is decided from the repeated block structure, never from one line: at least two blocks
whose speaker's field (or office's) is followed by the speech's field, the speaker's key spelled
alike in them. An ordinary 会議録 (日時：… / 場所：… in the front matter, ``○浅野委員長　…`` turns)
has no such blocks and is left as it was read. Bad blocks get a reading, never a refusal: a block
with a speaker and no speech is the speaker's label with nothing said; a speech with no speaker's
field is read as a row with no speaker.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import N_
from ..model import Line, SourceText, SpeakerReading
from ..text import DASHES
from .delimited import front_lines, speaker_label
from .heads import (EXPORT_HEADS, TABLE_DATE_HEADS, TABLE_MEETING_HEADS, TABLE_NUMBER_HEADS, TABLE_REMARK_HEADS,
                    TABLE_SPEAKER_HEADS, TABLE_TITLE_HEADS)

#: what each field's key means, by the words of ``heads`` (a word in two lists: the first)
_KINDS: dict[str, str] = {}
for _kind, _words in (("speaker", TABLE_SPEAKER_HEADS), ("title", TABLE_TITLE_HEADS), ("remark", TABLE_REMARK_HEADS),
                      ("meeting", TABLE_MEETING_HEADS), ("date", TABLE_DATE_HEADS), ("number", TABLE_NUMBER_HEADS),
                      ("export", EXPORT_HEADS)):
    for _word in _words:
        _KINDS.setdefault(_word, _kind)

_SP = "[ \u3000\t]"
#: a field line: ``key：value``, ``key: value``, ``【key】value``, ``［key］value`` (a key of a few
#: characters, no sentence in it)
_FIELD = re.compile(rf"^{_SP}*(?:[【［\[〔＜<](?P<bk>[^】］\]〕＞>。、]{{1,12}})[】］\]〕＞>]|"
                    rf"(?P<ck>[^：:【［\[〔＜<。、\s\u3000][^：:。、]{{0,11}}?){_SP}*[：:])(?P<value>.*)$")
#: a record's number alone: No.3, Ｎｏ．３, ［3］, [3], 【3】, #3 (not （3）: a speech's item may stand so)
_NUMBER = re.compile(rf"^{_SP}*(?:(?:No|NO|no|Ｎｏ|ＮＯ)[.．]?{_SP}*[0-9０-９]+|[［\[【〔]{_SP}*[0-9０-９]+{_SP}*[］\]】〕]|"
                     rf"[#＃]{_SP}*[0-9０-９]+){_SP}*$")
#: a separator between blocks: a line of one rule character
_SEPARATOR = re.compile(rf"^{_SP}*([{re.escape(DASHES)}─━=＝＿_*＊~〜・･※])\1{{2,}}{_SP}*$")
#: the export's closing count: 以上　16件, 全16件, 16件, （以上　16件）
_CLOSING = re.compile(rf"^{_SP}*[（(]?{_SP}*(?:以上|全|計|合計|検索結果)?{_SP}*[0-9０-９]+{_SP}*件"
                      rf"(?:{_SP}*(?:表示|出力|です))?{_SP}*[）)]?{_SP}*$")
#: the keys the table knows, longest first (a regex's alternatives)
_KEYS = "|".join(sorted((re.escape(w) for w in _KINDS), key=len, reverse=True))
#: where a line holding several fields parts: the spaces before a known key and its colon or brackets
_SPLIT = re.compile(rf"{_SP}+(?=(?:{_KEYS}){_SP}*[：:]|[【［\[](?:{_KEYS})[】］\]])")
#: the cheap gate: a line opening with a speaker's or the record number's key (a literal line
#: break first: one search)
_GATE = re.compile("\n" + _SP + "*[【［\\[〔＜<]?(?:" + "|".join(
    sorted((re.escape(w) for w in TABLE_SPEAKER_HEADS + TABLE_TITLE_HEADS + TABLE_NUMBER_HEADS), key=len, reverse=True))
                   + "|Ｎｏ|NO|(?<=[［\\[【〔])[0-9０-９])")
_SPACES = re.compile(r"[ \u3000\t]+")
#: the longest value of a header's field (a longer line under the header is its speech)
_FIELD_VALUE_MAX = 40
#: how many blocks make the form (one or two field lines are no export)
_LEAST_BLOCKS = 2


class _Field:
    """A field line: its key's meaning (``speaker``, ``title``, ``remark``, ``meeting``, ``date``,
    ``number``, ``export``; ``other`` for a key the table does not know), the key, the value;
    ``parts``: the fields of a line that holds several (発言番号：3　発言者：浅野　浩一　役職：委員長),
    the line's meaning the first that opens a block, else its first's."""

    __slots__ = ("kind", "key", "value", "parts")

    def __init__(self, kind: str, key: str, value: str, parts: tuple[_Field, ...] = ()) -> None:
        self.kind, self.key, self.value = kind, key, value
        self.parts = parts or (self,)

    def part(self, kind: str) -> _Field | None:
        """The line's field of this meaning."""
        return next((p for p in self.parts if p.kind == kind), None)


def _field(text: str) -> _Field | None:
    """The field a line holds (the fields, when every piece of it after a space is a field the
    table knows, each of another meaning), or None."""
    pieces = _SPLIT.split(text) if _SPLIT.search(text) else [text]
    if len(pieces) > 1:
        parts = [_one(piece) for piece in pieces]
        known = [p for p in parts if p is not None and p.kind != "other"]
        if len(known) == len(parts) and len({p.kind for p in known}) == len(known):
            head = next((p for p in known if p.kind in _OPENS), known[0])
            return _Field(head.kind, head.key, head.value, tuple(known))
    return _one(text)


def _one(text: str) -> _Field | None:
    """The one field a line (or a piece of it) holds, or None."""
    if _NUMBER.match(text):
        return _Field("number", "No", text.strip())
    m = _FIELD.match(text)
    if m is None:
        return None
    key = _SPACES.sub("", m["bk"] or m["ck"] or "")
    if key.isdigit():
        return None
    return _Field(_KINDS.get(key, "other"), key, m["value"].strip(" \u3000\t"))


class _Block:
    """One utterance's block: its field lines (index -> field), the speech's lines (indexes: the
    speech's field line itself when the speech starts on it), the speech's field line."""

    __slots__ = ("start", "fields", "speech", "remark")

    def __init__(self, start: int) -> None:
        self.start = start
        self.fields: dict[int, _Field] = {}
        self.speech: list[int] = []
        self.remark: int | None = None

    def of(self, kind: str) -> tuple[int, _Field] | None:
        """The block's first field of this meaning, with its line."""
        return next(((i, p) for i, f in self.fields.items() if (p := f.part(kind)) is not None), None)

    @property
    def label(self) -> str:
        """The speaker's label, as the delimited reader makes it from the name and the office."""
        name, title = self.of("speaker"), self.of("title")
        return speaker_label(name[1].value if name else "", title[1].value if title else "")

    @property
    def row(self) -> int | None:
        """The line that becomes the row: the speaker's field, else the office's (None: nobody named)."""
        at = self.of("speaker") or self.of("title")
        return at[0] if at is not None and self.label else None

    @property
    def kinds(self) -> set[str]:
        return {p.kind for f in self.fields.values() for p in f.parts}

    @property
    def key(self) -> str:
        """The key that names the speaker (発言者, 氏名, 【発言者】 alike), "" for none."""
        at = self.of("speaker") or self.of("title")
        return at[1].key if at is not None else ""


#: the fields that open a block: who speaks, the record's number
_OPENS = frozenset(("speaker", "title", "number"))
#: the meeting's fields (a block may repeat them above its header)
_MEETING = frozenset(("meeting", "date", "export"))


class _Scan:
    """The blocks of an export, read line by line (``scan``): where the front matter ends, each
    block's header (its field lines up to the speech's field), its speech (up to the next
    block's header, a meeting's fields after a break, or the closing), the closing lines."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.fields = [_field(t) if t.strip() else None for t in texts]
        self.blocks: list[_Block] = []
        self.closing: set[int] = set()
        self.cur: _Block | None = None
        self.state = "front"  # front, header, speech, between

    def broken(self, i: int) -> bool:
        """Line ``i`` follows a blank line, a separator or the file's start."""
        return i == 0 or not self.texts[i - 1].strip() or _SEPARATOR.match(self.texts[i - 1]) is not None

    def open(self, i: int) -> _Block:
        """A block opening at line ``i``; the meeting's fields right above it (no break between)
        that the speech above took are its header's."""
        start, prev = i, self.cur
        while (start > 0 and prev is not None and start - 1 in prev.speech
               and (g := self.fields[start - 1]) is not None and g.kind in _MEETING):
            start -= 1
            prev.speech.remove(start)
        block = _Block(start)
        for k in range(start, i):
            f = self.fields[k]
            assert f is not None
            block.fields[k] = f
        self.blocks.append(block)
        self.cur = block
        return block

    def scan(self) -> _Scan:
        for i, (t, f) in enumerate(zip(self.texts, self.fields)):
            self.step(i, t.strip(), f)
        return self

    def step(self, i: int, t: str, f: _Field | None) -> None:
        """Line ``i`` (its text stripped, its field) read in the scan's state."""
        if f is not None and f.kind in _OPENS and not (
                self.state == "header" and self.cur is not None and f.kind not in self.cur.kinds):
            block = self.open(i)
            block.fields[i] = f  # a block's first field, or the next block's (no speech above)
            self.state = "header"
            if (remark := f.part("remark")) is not None:
                self.take_remark(i, remark, block)  # the speech on the speaker's line
        elif self.state == "header":
            self.in_header(i, t, f)
        elif self.state == "gap":
            self.in_gap(i, t, f)
        elif not self.bare_remark(i, f) and self.state != "front" and not self.ended(i, t, f) and self.cur is not None:
            self.cur.speech.append(i)  # the speech going on (a separator, a blank line within it)

    def in_header(self, i: int, t: str, f: _Field | None) -> None:
        """A line under a block's fields: the speech's field, another field, a break (no speech's
        field yet), or the speech right under the header with no field of its own."""
        assert self.cur is not None
        if f is not None and f.kind == "remark":
            self.take_remark(i, f, self.cur)
        elif f is not None and len(f.value) <= _FIELD_VALUE_MAX:
            self.cur.fields[i] = f  # another field of the header (会派：…, 会議名：… repeated)
        elif not t or _SEPARATOR.match(t):
            self.state = "gap"
        else:
            self.cur.speech.append(i)
            self.state = "speech"

    def in_gap(self, i: int, t: str, f: _Field | None) -> None:
        """A line after a block's fields and a break: its speech's field after all, the closing
        or the next meeting's fields, or its speech with no field of its own."""
        assert self.cur is not None
        if f is not None and f.kind == "remark":
            self.take_remark(i, f, self.cur)
        elif t and not _SEPARATOR.match(t) and not self.ended(i, t, f):
            self.cur.speech.append(i)
            self.state = "speech"

    def bare_remark(self, i: int, f: _Field | None) -> bool:
        """The speech's field after a break with no header above it: a speech with no speaker's field."""
        if f is None or f.kind != "remark" or not self.broken(i):
            return False
        self.take_remark(i, f, self.open(i))
        return True

    def ended(self, i: int, t: str, f: _Field | None) -> bool:
        """The closing count, or the next meeting's fields after a break: the block is over."""
        if _CLOSING.match(t):
            self.closing.add(i)
        elif f is None or f.kind not in ("meeting", "date") or not self.broken(i):
            return False
        self.state, self.cur = "between", None
        return True

    def take_remark(self, i: int, f: _Field, block: _Block) -> None:
        """The speech's field: the speech on its line or below it."""
        block.fields.setdefault(i, f)
        block.remark = i
        if f.value:
            block.speech.append(i)
        self.state = "speech"

    def is_export(self) -> bool:
        """At least two blocks whose speaker's field (or office's) heads a speech's field, the
        speaker's key spelled alike in them."""
        keys: dict[str, int] = {}
        for b in self.blocks:
            if b.key and b.remark is not None:
                keys[b.key] = keys.get(b.key, 0) + 1
        return max(keys.values(), default=0) >= _LEAST_BLOCKS


def read_fields(src: SourceText) -> tuple[SourceText, ...] | None:
    """The meetings of an export of field blocks (see the module), one ``SourceText`` each under
    the file's own line numbers; None when the lines are no such export (read as they were)."""
    texts = [line.text for line in src.lines]
    joined = "\n" + "\n".join(texts)
    first = _GATE.search(joined)
    if first is None or _GATE.search(joined, first.end()) is None:
        return None  # one speaker's key at a line's start at most: no blocks
    scan = _Scan(texts).scan()
    if not scan.is_export():
        return None
    return tuple(replace(src, lines=tuple(lines), readings=_reading(lines)) for lines in _Lines(src.lines, scan).parts())


#: the evidence of the form's reading (``assembler review`` shows it with its lines)
_READ = N_("an export of utterances as blocks of key：value fields: the speaker's field (発言者, 氏名 …) and the office's "
           "head each block's speech (発言内容, 本文 …); read as the rows of a CSV export are")


def _reading(lines: list[Line]) -> tuple[SpeakerReading, ...]:
    """The labels the meeting's blocks give, from its first to its last: where the form was read."""
    rows = [line.number for line in lines if line.cue == "row"]
    return (SpeakerReading(rows[0], lines[-1].number, len(rows), False, _READ),) if rows else ()


class _Lines:
    """The lines the parser reads from an export's blocks, parted into meetings."""

    def __init__(self, lines: tuple[Line, ...], scan: _Scan) -> None:
        self.lines, self.scan = lines, scan
        self.header: dict[int, _Block] = {i: b for b in scan.blocks for i in b.fields}
        self.speech: dict[int, _Block] = {i: b for b in scan.blocks for i in b.speech}
        # the meeting's fields that are the meeting's front matter (the first of each kind in
        # its meeting) and the lines where a meeting starts (its name or date changed)
        self.front: set[tuple[int, str]] = set()
        self.starts = [0]
        self.meetings()

    def meetings(self) -> None:
        """Where each meeting starts (a field naming another meeting or day than the one above,
        after a block with a speaker of it), then in each meeting its name's and its date's
        first fields before its first turn: its front matter (the others are furniture)."""
        rows = sorted(b.row for b in self.scan.blocks if b.row is not None)
        named = [(i, p) for i, f in enumerate(self.scan.fields) if f is not None and i not in self.speech
                 for p in f.parts if p.kind in ("meeting", "date")]
        current: dict[str, str] = {}
        last_start = -1
        for i, f in named:
            value = _SPACES.sub("", f.value)
            if current.get(f.kind) not in (None, value) and any(last_start <= r < i for r in rows):
                last_start = self.run_start(i)
                self.starts.append(last_start)
            current[f.kind] = value
        bounds = [*self.starts, len(self.lines)]
        for a, b in zip(bounds, bounds[1:]):
            first_turn = next((r for r in rows if a <= r < b), b)
            seen: set[str] = set()
            for i, f in named:
                if a <= i < first_turn and f.kind not in seen and f.value:
                    self.front.add((i, f.kind))
                    seen.add(f.kind)

    def run_start(self, i: int) -> int:
        """Where the meeting that field ``i`` names starts: its block's start, or the first of
        the field lines right above it outside any block."""
        if i in self.header:
            return self.header[i].start
        fields = self.scan.fields
        while i > 0 and fields[i - 1] is not None and i - 1 not in self.speech and i - 1 not in self.header:
            i -= 1
        return i

    def parts(self) -> list[list[Line]]:
        bounds = [*self.starts, len(self.lines)]
        return [self.part(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def part(self, a: int, b: int) -> list[Line]:
        out: list[Line] = []
        spoken = False
        after: set[int] = set()  # the first line a block with no speaker says after a turn
        for block in self.scan.blocks:
            if a <= block.start < b:
                if block.row is None and spoken:
                    after.update(next(([i] for i in block.speech if self.lines[i].text.strip()), []))
                spoken = spoken or block.row is not None
        for i in range(a, b):
            out.extend(self.line(i, i in after))
        return out

    def line(self, i: int, after: bool) -> list[Line]:
        """Line ``i`` as the parser reads it (see the module): one line, or the front matter's
        lines of a line holding the meeting's name and date."""
        line, f = self.lines[i], self.scan.fields[i]
        if i in self.scan.closing:
            return [replace(line, cue="closing")]
        block = self.header.get(i)
        if block is not None and i == block.row:  # the speech after it when it stands on its line
            said = f.part("remark") if f is not None else None
            return [Line(f"{block.label}\u3000{said.value}" if said and said.value else block.label,
                         line.number, line.page, "row")]
        if i in self.speech:
            if f is not None and (said := f.part("remark")) is not None:  # the speech on its field's line
                return [Line(said.value, line.number, line.page, "after" if after else None)]
            if _SEPARATOR.match(line.text):
                return [replace(line, cue="rule")]
            return [replace(line, cue="after") if after else line]
        front = [replace(made, page=line.page) for p in (f.parts if f is not None else ()) if (i, p.kind) in self.front
                 for made in front_lines(*((p.value, "") if p.kind == "meeting" else ("", p.value)), line.number)]
        return front or [self.furniture(line, f, block)]

    @staticmethod
    def furniture(line: Line, f: _Field | None, block: _Block | None) -> Line:
        """A line that is no turn's, no speech and no front matter: as it stands or cued."""
        if block is not None:
            return replace(line, cue="field")  # the number, the office, the speech's key, a repeated field
        if f is not None and f.kind in ("export", "number", "meeting", "date"):
            return replace(line, cue="field")
        if _SEPARATOR.match(line.text):
            return replace(line, cue="rule")
        return line
