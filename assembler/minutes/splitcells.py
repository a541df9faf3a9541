"""A 議会 record's cells that default pdftotext gives one piece a line, in its reading order.

Town and city assemblies print their 会議録 from Word with the attendance lists and the
speakers' labels in cells; a name holds a U+3000 (``今泉　茂樹君``), which the PDF sets as a gap,
so pdftotext without ``-layout`` reads each side of the gap as a block of its own:

- **The attendance lists** (``出席議員（１０名）`` / ``１番`` / ``早瀬`` / ``聡君`` / ``２番`` / …,
  ``職務のため出席した議会事務局職員`` / ``事務局長`` / ``戸田 悦郎君`` / ``書記`` / …, ``議事日程`` /
  ``日程第１`` / ``会議録署名議員の指名``): one entry's pieces, one a line, each of which a reader
  of labels takes for a speaker (``聡君``, ``書記``). ``read`` joins each entry's pieces on the
  line of its first piece (``１番　早瀬　聡君``): the front matter the parser reads as a list.
- **A speaker's label** ``○議長（今泉　茂樹君）``: its first half ``○議長（今泉`` on one line, the
  closing piece ``茂樹君）`` a few lines below, the speech's first lines, blank lines and pieces
  of another cell between. A label opened (a mark, a title, ``（``, a surname) and left unclosed,
  whose closing piece (a given name, 君, ``）``) comes within a few lines, is one label, read on
  the line of its first half. A closing piece closes the one open label whose surname it can
  belong to: the name the record gives whole elsewhere (the roll, a label on one line) decides
  between two; where nothing does, the region is left as it is.
  Labels opened one after another before any speech (the labels' cells read down, then the
  speech's) take the blocks of speech that follow in order, a block ending where a line ends a
  sentence; where the blocks are not as many as the labels, whose each is cannot be told: the
  lines are unread, not guessed. A piece between the halves that is no speech (a name's word
  from another cell) is unread too.

- **The blank lines between a roll's pieces** (``出席議員（８名）`` / ``１番`` / (blank) / ``三 浦 健 太 君`` /
  (blank) / …, ``議事日程`` / ``日程第１`` / (blank) / ``一般質問`` / …, ``書記`` / (blank) / ``○議長（浅野　修君）``):
  the blank that pdftotext sets between two cells ends a list of the front matter for the parser, and
  the pieces after it — a name with 君 (``修君``), a post (``事務局長``, ``書記``), the agenda's item
  (``一般質問``) — were read as speakers' labels: the next piece's lines, or the chair's first turn,
  theirs. From the first heading of the agenda or the rolls to the record's first marked line (its
  first turn, ``○議長（…）``, or a heading ``◎開議の宣告``), when no line there is a sentence, the lines
  are the front matter's: their blank lines are left out (``Cells.fates``: blank), so the lists go
  on to the first turn.

``read`` gives the parser the lines in that order, each a line under its line's number (as
``columns.read`` does), and ``fates`` folds the places back to one a line of the file: a closing
piece or an entry's piece takes the place of the line it was joined to. **Decision — only on
strong evidence**: a roll is rewritten only under a heading of the attendance lists, when three of
its lines at least are a piece alone (a seat, a word of a name, a title) and a seat, a name with 君
or the agenda's item number is among them; a label only when its closing piece is
found. ``-layout`` keeps these on one line: nothing is read so there.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..model import Line, SourceText, Unread
from ..text import is_page_number
from .roles import RoleTable
from .view import FileView

__all__ = ["Cells", "holds_cells", "read"]

_KANJI = r"\u3400-\u9fff\uf900-\ufaff々〆ヵヶ"
_NAME = rf"[{_KANJI}\u3041-\u3096\u30a1-\u30faー]"
#: a label's first half, left unclosed: a mark, a title, a bracket, a surname (and the speech beside it)
_OPEN = re.compile(rf"^(?P<head>[○◯〇][ \u3000]?(?P<title>[^\s\u3000（）()。、]{{1,20}})[（(])(?P<surname>[{_KANJI}]{{1,4}})"
                   r"(?:[ \u3000]+(?P<rest>[^）)].*))?$")
#: a label's closing piece: a given name, 君, the bracket
_CLOSE = re.compile(rf"^(?P<given>{_NAME}{{1,4}}?)君?[）)]$")
#: a person named whole with 君 (the roll's ３番　今泉　茂樹君, a label's 議長（今泉　茂樹君）)
_WHOLE = re.compile(rf"(?P<surname>[{_KANJI}]{{1,4}})[ \u3000]+(?P<given>{_NAME}{{1,4}}?)君")
#: a line that opens a turn or a heading between turns: the speech above it has ended
_MARK_START = frozenset("○◯〇◎●◆■")
#: how far below its first half a label's closing piece may stand (lines with text)
_REACH = 8

#: the headings of the attendance lists and the agenda (出席議員（１０名）, …のため出席した者, 議事日程)
_ROLL_HEAD = re.compile(r"^(?:出席議員|欠席議員|出席委員|欠席委員|議事日程|.{0,40}出席した(?:者|職員|議会事務局職員)"
                        r"|.{0,20}事務局職員)(?:[（(][^）)]*[）)])?$")
#: a character each heading of the lists or the agenda holds, spaced out or not (``_front_head``: 出席…, 欠席…,
#: 議事日程, …事務局職員, 本日の会議に付した事件, 付議事件) and the marks a label's first half opens with (``_opens``):
#: the lines ``read`` asks are those holding one (``holds_cells``)
_ROLL_CHARS = "席程職付"
_OPEN_CHARS = "○◯〇"
#: the headings of the business put to the sitting (本日の会議に付した事件, 付議事件)
_AGENDA_HEADS = ("本日の会議に付した事件", "本日の会議に付した案件", "付議事件")
_GAPS = re.compile(r"[ \u3000]+")
#: entries set apart on one line by a run of spaces (-layout's ``１番  青 木  一 郎 君          ２番 …``)
_ENTRIES_APART = re.compile(r"[ \u3000]{3,}| \u3000|\u3000 |\u3000\u3000")
#: a roll's pieces: a seat, the agenda's item number, a name's word, a name with 君
_SEAT = re.compile(r"^第?[0-9０-９]{1,3}番$")
_ITEM = re.compile(r"^日程第[0-9０-９一二三四五六七八九十]{1,3}$")
_WORD = re.compile(rf"^{_NAME}{{1,8}}$")
#: (or spaced out a character apart, as a roll's table spaces a name: 三 浦 健 太 君, 浅 野 修 君)
_KUN = re.compile(rf"^(?:{_NAME}{{1,5}}(?:[ \u3000]{_NAME}{{1,5}})?|(?:{_NAME}[ \u3000]){{1,7}}{_NAME}?[ \u3000]?)君$")
_SPACED = re.compile(rf"^[{_KANJI}]{{1,4}}[ \u3000]{_NAME}{{1,5}}$")
#: a roll is rewritten when this many of its lines at least are a piece alone (a seat, a name's word, a title)
_LONE_PIECES = 3


@dataclass
class Cells:
    """The lines in reading order (``src``), the index of the file's line each came from
    (``origin``); the file's lines joined to another (``joined``: line -> the line it was read
    on) and the ones left unread, with why (``unread``)."""

    src: SourceText
    origin: list[int]
    joined: dict[int, int] = field(default_factory=dict)
    unread: dict[int, str] = field(default_factory=dict)
    #: the blank lines left out between the pieces of the front matter's rolls (``_front_blanks``)
    blanks: set[int] = field(default_factory=set)

    def fates(self, fate: list[str], n: int) -> list[str]:
        """The place of each of the file's ``n`` lines: its own, the place of the line it was
        joined to, unread, or blank (a blank line left out)."""
        out = ["blank"] * n
        for f, k in zip(fate, self.origin):
            out[k] = f
        for k, to in self.joined.items():
            out[k] = out[to]
        for k in self.unread:
            out[k] = "unread"
        return out

    def unread_lines(self, lines: tuple[Line, ...]) -> list[Unread]:
        """The lines left unread, as the parser reports its own."""
        return [Unread(self.src.file, lines[k].number, lines[k].text.strip(), why, lines[k].page)
                for k, why in sorted(self.unread.items())]


def read(src: SourceText, roles: RoleTable, view: FileView | None = None) -> Cells | None:
    """The file with its split cells read whole (see the module's text), or None when it has
    none (``src`` unchanged).

    >>> from assembler.minutes.roles import load_roles
    >>> texts = ["出席議員（３名）", "１番", "", "早瀬", "", "聡君", "", "２番", "", "今泉", "", "茂樹君", "",
    ...          "○議長（今泉", "", "茂樹君）", "", "ただいまから会議を開きます。"]
    >>> cells = read(SourceText("x", tuple(Line(t, n) for n, t in enumerate(texts, 1))), load_roles())
    >>> [line.text for line in cells.src.lines if line.text]
    ['出席議員（３名）', '１番\u3000早瀬\u3000聡君', '２番\u3000今泉\u3000茂樹君', '○議長（今泉\u3000茂樹君）', 'ただいまから会議を開きます。']
    """
    if src.format == "docx":
        return None
    if not holds_cells(FileView.of(src.lines, view)):
        return None  # (``view``: the caller's view of the lines, ``FileView``)
    texts = [line.text.strip() for line in src.lines]
    out: dict[int, list[tuple[int, str]]] = {}  # a file line -> the lines read in its place ([]: read elsewhere)
    cells = Cells(src, [])
    _rolls(texts, roles, out, cells)
    _labels(texts, out, cells)
    _front_blanks(texts, cells)
    if not cells.joined and not cells.unread and not cells.blanks:
        return None
    order = _ordered(texts, src, out, cells)
    lines = src.lines
    cells.src = SourceText(src.file, tuple(Line(t, lines[k].number, lines[k].page, lines[k].cue) for k, t in order),
                           src.encoding, src.format)
    cells.origin = [k for k, _t in order]
    return cells


def _ordered(texts: list[str], src: SourceText, out: dict[int, list[tuple[int, str]]],
             cells: Cells) -> list[tuple[int, str]]:
    """The lines in reading order, each with the file's line it came from: the lines read in a line's
    place, the others as they stand, none joined to another, unread or a blank left out."""
    order: list[tuple[int, str]] = []
    gone = cells.joined.keys() | cells.unread.keys() | cells.blanks
    for k in range(len(texts)):
        if k in out:
            order += out[k]
        elif k not in gone:
            order.append((k, src.lines[k].text))
    return order


# --- the attendance lists ------------------------------------------------------------------


def _rolls(texts: list[str], roles: RoleTable, out: dict[int, list[tuple[int, str]]], cells: Cells) -> None:
    """Each list under a heading of the attendance lists, its entries' pieces one a line, read
    as entries (``１番　早瀬　聡君``) on the line of their first piece."""
    first_turn = next((k for k, t in enumerate(texts) if t and t[0] in "○◯〇"), len(texts))
    k = 0
    while k < first_turn:
        head = _GAPS.sub("", texts[k])  # 出 席 議 員（２名）: a heading spaced out
        if not _ROLL_HEAD.match(head):
            k += 1
            continue
        k = _roll(texts, roles, k + 1, first_turn, head.startswith("議事日程"), out, cells)


def _front_blanks(texts: list[str], cells: Cells) -> None:
    """The blank lines between the pieces of the agenda and the rolls (see the module's text): from
    the first heading of them to the first marked line, when no line there is a sentence."""
    first_mark = next((k for k, t in enumerate(texts) if t and t[0] in _MARK_START), None)
    if first_mark is None:
        return
    head = next((k for k in range(first_mark) if texts[k] and _front_head(texts[k])), None)
    if head is None:
        return
    region = range(head + 1, first_mark)
    # one piece a line: no sentence, no line of several entries apart by a run of spaces (-layout's)
    if any("。" in texts[k] or _ENTRIES_APART.search(texts[k]) for k in region):
        return
    if sum(bool(texts[k]) and " " not in texts[k] and "\u3000" not in texts[k] for k in region) >= _LONE_PIECES:
        cells.blanks.update(k for k in region if not texts[k] and k not in cells.joined and k not in cells.unread)


def _front_head(text: str) -> bool:
    """A heading of the agenda or the attendance lists, spaced out or not (議　事　日　程（第２号）,
    本日の会議に付した事件, 出席議員（８名）)."""
    compact = _GAPS.sub("", text)
    return _ROLL_HEAD.match(compact) is not None or compact.startswith(_AGENDA_HEADS)


def _roll(texts: list[str], roles: RoleTable, start: int, stop: int, agenda: bool,
          out: dict[int, list[tuple[int, str]]], cells: Cells) -> int:
    """The list below a heading at ``start``: its entries, when its pieces stand alone; the line
    where the list ends."""
    entries: list[list[int]] = []
    lone = 0
    kinds: set[str] = set()
    k = start
    while k < stop:
        t = texts[k]
        if not t:
            k += 1
            continue
        kind = _piece(t, roles, agenda, bool(entries) and _ITEM.match(texts[entries[-1][0]]) is not None)
        if kind is None:
            break
        lone += " " not in t and "\u3000" not in t  # a piece alone: a seat, a word of a name, a title
        kinds.add(kind)
        if kind in ("seat", "item", "title") or not entries:
            entries.append([k])
        else:
            entries[-1].append(k)
        k += 1
    # an assembly's roll: a seat, a name with 君 or the agenda's item marks where each entry ends; names
    # alone one a line (山田 / 佐藤, a member list of another record) are entries each, read as they stand
    if lone >= _LONE_PIECES and any(len(e) > 1 for e in entries) and kinds & {"seat", "kun", "item"}:
        for entry in entries:
            out[entry[0]] = [(entry[0], "\u3000".join(texts[j] for j in entry))]
            cells.joined.update((j, entry[0]) for j in entry[1:])
    return k


def _piece(text: str, roles: RoleTable, agenda: bool, after_item: bool) -> str | None:
    """What a line of a split roll is: a seat (１番), an agenda's item number (日程第１) or the item
    after it, a title of the table (町長, 書記), a name's word or a name with 君; None for no piece
    (a sentence, a mark, another heading: the list has ended)."""
    if _front_head(text) or text[0] in _MARK_START or "。" in text:
        return None
    if _SEAT.match(text):
        return "seat"
    if agenda and _ITEM.match(text):
        return "item"
    if after_item and len(text) <= 40:
        return "name"  # 会議録署名議員の指名: the item's title
    if _KUN.match(text):
        return "kun"
    if _WORD.match(text) or _SPACED.match(text):
        sp = roles.split(text)
        return "title" if sp is not None and not sp.name else "name"
    return None


# --- the speakers' labels ------------------------------------------------------------------


def _labels(texts: list[str], out: dict[int, list[tuple[int, str]]], cells: Cells) -> None:
    """Every region of labels split at their name's space, read whole with their speech."""
    known = _known_names(texts)
    k = 0
    while k < len(texts):
        if _opens(texts[k]) is not None:
            k = _region(texts, k, known, out, cells)
        else:
            k += 1


def holds_cells(view: FileView) -> bool:
    """A line of the file is a heading of the attendance lists or the agenda (``_front_head``) or a
    label's first half left open (``_opens``): the lines holding a character each needs (``_ROLL_CHARS``,
    ``_OPEN_CHARS``: ``FileView.holding``) asked, not every line (tests/test_reader_gates.py holds it to
    both tests asked of every line)."""
    texts = view.texts
    return (any(_front_head(texts[k].strip()) for k in view.holding(_ROLL_CHARS))
            or any(_opens(texts[k].strip()) for k in view.holding(_OPEN_CHARS)))


def _opens(text: str) -> re.Match[str] | None:
    """A label's first half left unclosed (○議長（今泉), with the speech beside it or not."""
    if not text or text[0] not in "○◯〇" or ")" in text or "）" in text:
        return None
    return _OPEN.match(text)


def _known_names(texts: list[str]) -> dict[str, set[str]]:
    """The given names the record writes whole after each surname (the roll, labels on one line)."""
    known: dict[str, set[str]] = {}
    for t in texts:
        for m in _WHOLE.finditer(t):
            known.setdefault(m["surname"], set()).add(m["given"])
    return known


@dataclass
class _Region:
    """Labels opened one after another and closed: each label's first half in order (``opens``),
    the closing piece each was told (``closed``: first half -> its piece), the pieces told only
    at the region's end (``deferred``: line, given name), the lines of speech and of other cells
    between the halves, and the line after the region (``end``)."""

    opens: list[tuple[int, re.Match[str]]]
    closed: dict[int, int]
    deferred: list[tuple[int, str]]
    speech: list[int]
    stray: list[int]
    end: int

    def unclosed(self) -> bool:
        """A label opened has no closing piece yet."""
        return len(self.closed) + len(self.deferred) < len(self.opens)

    def take(self, t: str, known: dict[str, set[str]]) -> bool:
        """Line ``end`` (its text ``t``) taken into the region; False where the region ended above it."""
        unclosed = self.unclosed()
        if (m := _opens(t)) is not None:
            if not unclosed and (self.speech or any(o["rest"] for _j, o in self.opens)):
                return False  # the labels above have their speech: this one opens the next region
            self.opens.append((self.end, m))
        elif t and unclosed and (c := _CLOSE.match(t)) is not None:
            at = _closes(c["given"], [(o, m) for o, m in self.opens if o not in self.closed], known)
            if at is None:
                self.deferred.append((self.end, c["given"]))
            else:
                self.closed[at] = self.end
        elif t and unclosed:
            (self.speech if _speech(t) else self.stray).append(self.end)
        elif t:
            return False  # every label closed: the speech below is theirs
        return True


def _region(texts: list[str], k: int, known: dict[str, set[str]], out: dict[int, list[tuple[int, str]]],
            cells: Cells) -> int:
    """The labels opened from line ``k`` on, closed, and their speech: read whole where each
    piece's place can be told. The line after the region."""
    r = _scan(texts, k, known)
    if r is None:
        return k + 1
    if r.deferred and not _match(r.deferred, [(o, m) for o, m in r.opens if o not in r.closed], known, r.closed):
        for o in range(k, r.end):
            if texts[o]:
                cells.unread[o] = "labels split by the extractor whose closing pieces cannot be told apart"
        return r.end
    for o, m in r.opens:
        given = texts[r.closed[o]].rstrip("）)").removesuffix("君")
        known.setdefault(m["surname"], set()).add(given)
    _place(texts, r.opens, r.closed, r.speech, r.stray, r.end, out, cells)
    return r.end


def _scan(texts: list[str], k: int, known: dict[str, set[str]]) -> _Region | None:
    """The region of labels from line ``k``: None where a half is never closed (no label split)."""
    r = _Region([], {}, [], [], [], k)
    seen = 0
    while r.end < len(texts) and r.take(texts[r.end], known):
        seen += bool(texts[r.end])
        if r.unclosed() and seen > _REACH * len(r.opens):
            return None
        r.end += 1
    return r if r.opens and not r.unclosed() else None


def _closes(given: str, open_: list[tuple[int, re.Match[str]]], known: dict[str, set[str]]) -> int | None:
    """The open label a closing piece (its given name) closes: the one whose surname the record
    names with it, else the one open label no whole name rules out; None when that is not one."""
    named = [o for o, m in open_ if given in known.get(m["surname"], ())]
    if len(named) == 1:
        return named[0]
    free = [o for o, m in open_ if not known.get(m["surname"])] if not named else named
    return free[0] if len(free) == 1 else None


def _match(deferred: list[tuple[int, str]], open_: list[tuple[int, re.Match[str]]], known: dict[str, set[str]],
           closed: dict[int, int]) -> bool:
    """The closing pieces left over matched to the labels left open when one way only fits: each
    surname takes one given name, as many pieces of it as the surname has labels open, none the
    record names with another (長谷部 twice, 能登 once; 誠君） twice, ゆかり君） once). Each label
    takes its name's pieces in order (into ``closed``); False when no one way fits."""
    surnames = sorted({m["surname"] for _o, m in open_})
    givens = sorted({g for _j, g in deferred})
    if len(surnames) != len(givens) or len(surnames) > 6:
        return False
    fits = [dict(zip(surnames, order)) for order in itertools.permutations(givens)
            if all(sum(m["surname"] == s for _o, m in open_) == sum(g == d for _j, d in deferred)
                   and (g in known.get(s, {g})) for s, g in zip(surnames, order))]
    if len(fits) != 1:
        return False
    for s, g in fits[0].items():
        pieces = [j for j, d in deferred if d == g]
        for (o, _m), j in zip([(o, m) for o, m in open_ if m["surname"] == s], pieces):
            closed[o] = j
    return True


def _speech(text: str) -> bool:
    """A line of speech, not a piece of another cell (宮内, 聖子君: a name's word)."""
    return not (_WORD.match(text) or _KUN.match(text)) or len(text) > 8


def _place(texts: list[str], opens: list[tuple[int, re.Match[str]]], closed: dict[int, int], speech: list[int],
           stray: list[int], end: int, out: dict[int, list[tuple[int, str]]], cells: Cells) -> None:
    """Read the region's labels whole, each with its speech, from line ``end`` on where the
    labels were opened one after another."""
    def label(o: int, m: re.Match[str]) -> str:
        whole = f"{m['head']}{m['surname']}\u3000{texts[closed[o]]}"
        return f"{whole}\u3000{m['rest']}" if m["rest"] else whole

    for k in stray:
        cells.unread[k] = "a piece of another cell between a label's halves (pdftotext's reading order)"
    for o, _m in opens:
        cells.joined[closed[o]] = o
    if len(opens) == 1:
        o, m = opens[0]
        out[o] = [(o, label(o, m))] + [(j, texts[j]) for j in speech]
        for j in speech:
            out[j] = []  # read below its label
        return
    tail = _tail(texts, end)
    blocks = _blocks(texts, speech + tail)
    o0 = opens[0][0]
    if len(blocks) != len(opens) or any(m["rest"] for _o, m in opens):
        for j in [o for o, _m in opens] + list(closed.values()) + speech + tail:
            cells.unread[j] = "labels the extractor read one after another, then their speech: whose it is cannot be told"
        return
    out[o0] = [piece for (o, m), block in zip(opens, blocks) for piece in [(o, label(o, m))] + [(j, texts[j]) for j in block]]
    for j in [o for o, _m in opens[1:]] + speech + tail:
        out[j] = []  # read in the order above


def _tail(texts: list[str], end: int) -> list[int]:
    """The lines of speech from ``end`` to the next turn's mark (or the file's end)."""
    tail = []
    for j in range(end, len(texts)):
        t = texts[j]
        if t and t[0] in _MARK_START:
            break
        if t and not is_page_number(t):  # a page's number: read where it stands
            tail.append(j)
    return tail


def _blocks(texts: list[str], lines: list[int]) -> list[list[int]]:
    """The lines cut into blocks, each ending where a line ends a sentence; a stage direction on
    a line of its own (（「異議なし」と呼ぶ者あり）) goes with the block above it."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for j in lines:
        t = texts[j]
        if t[0] in "（(" and t[-1] in "）)" and blocks and not current:
            blocks[-1].append(j)
            continue
        current.append(j)
        if t[-1] in "。？！":
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks
