"""The shapes of minutes lines: built-in patterns, and the ones a user adds in YAML.

A user's file (``assembler parse --patterns FILE``) may hold::

    speaker_headers:          # regular expressions matched on a stripped line
      - '^◎(?P<label>[^\\s：]+)[\\s　]+(?P<text>.*)$'   # (?P<label>) required, (?P<text>) optional
    bullets:
      chars: "▶►"             # extra bullet glyphs
      patterns:               # extra bullet regexes (matched at the start of a line)
        - '^[ａ-ｚ][．.]'
    front_labels:             # extra front-matter labels
      date: [開催年月日]
      place: [開催地]
      attendees: [出席者等]

A speaker label must still end with a title from the role table (extend it with --roles).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import check_keys, load_yaml_text
from ..limits import check_file
from ..errors import ConfigError
from ..i18n import _

#: what ends a sentence: before a label on a point's line (``trailing``), at a paragraph's end
#: (``paragraphs.ends_sentence``); one home for both (parsed imports trailing, and paragraphs
#: imports parsed: neither can import the other)
SENTENCE_STOPS = frozenset("。．！？!?」』")
#: the bullets: symbols, and the dashes a list is led by (－ and −, written for the same key:
#: text.DASHES)
BULLET_CHARS = "\uf09e\uf0a7\uf0b7\uf06c\uf0d8\uf0fc・●◆◇■□▪▫•◦‣－−"
# Numbered items: １． 1. （１） (1) ⑴ ① Ⅱ． II.; agenda lines look the same and are told apart
# by the parser (開会, 議題 ... and no speaker).
NUMBERED = re.compile(
    r"^\s*(?:[0-9０-９]{1,2}\s*[．.)）]|[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[）)]"
    r"|[\u2474-\u2487]|[\u2460-\u2473]|[\u2160-\u216b]\s*[．.、]"
    r"|(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[．.](?=\s*[^\x00-\x7f]))\s*"
)
FRONT_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("日時", "開催日時", "日 時", "開催日", "開催日程", "日程", "日時及び場所", "開催日時及び場所",
             "日時・場所", "開催日時・場所", "招集日時", "開会日時", "開議日時", "招集年月日",
             # an assembly's 会議録: 開会の日時, 招集の年月日
             "開会の日時", "開議の日時", "招集の日時", "開催の日時", "招集の年月日", "開会年月日", "開会の年月日",
             # the day of an assembly's questions or hearing (一般質問 要旨: 質問日　令和８年３月５日)
             "質問日", "質疑日", "審査日", "会議日", "開会日"),
    "place": ("場所", "開催場所", "場 所", "会場", "招集場所", "招集の場所", "開催の場所", "会議の場所",
              "開会の場所"),
    # who attended, as an assembly's 委員会記録 lists them (出席委員, 欠席委員, 委員外出席者,
    # 説明のため出席した者, 事務局職員出席者 …): each label opens a group of the attendees
    "attendees": ("出席者", "出席", "出 席 者", "出席委員", "参加者", "欠席委員", "欠席者", "欠席",
                  "出席議員", "欠席議員", "応招議員", "不応招議員",
                  "委員外出席者", "委員外議員", "説明のため出席した者", "説明のため出席した理事者", "説明のため出席した職員",
                  "説明員", "出席説明員", "事務局職員出席者", "職務のため出席した事務局職員",
                  "職務のため出席した者", "出席事務局職員", "事務局出席者", "その他の出席者",
                  "出席理事者", "陪席者", "事務局職員", "出席職員", "関係職員", "出席国務大臣", "出席副大臣", "出席大臣政務官", "政府参考人",
                  "出席政府参考人", "委員外の出席者",
                  # the bodies a council of an area's bodies is made of (構成団体：みなみ郡医師会、…)
                  "構成団体", "構成機関", "参加団体", "参加機関",
                  # the 参議院 record: 「出席者は左のとおり。」 above the roster
                  "出席者は左のとおり", "出席者は左のとおり。"),
    # the council named by a label, as forms of local bodies print it (附属機関等の名称 …)
    "council": ("会議名", "会議の名称", "会議名称", "附属機関等の名称", "附属機関の名称", "審議会等の名称",
                "審議会名", "協議会名", "委員会名"),
    "other": ("議題", "議事", "議事次第", "次第", "配布資料", "資料", "配付資料", "会議に付した事件",
              "本日の会議に付した事件", "付議事件", "議事日程", "本日の会議に付した案件", "審査事件",
              "付託事件", "付託案件", "審査案件", "会議に付した案件",
              # the heading of the proceedings themselves (４　会議の内容, 審議の経過)
              "会議の内容", "会議内容", "議事の内容", "議事内容", "審議の内容", "審議内容", "会議の経過",
              "会議経過", "議事の経過", "議事経過", "審議の経過", "審議経過", "会議の概要", "議事の概要"),
}

_KEYS = {
    "": ("speaker_headers", "bullets", "front_labels"),
    "bullets": ("chars", "patterns"),
    "front_labels": ("date", "place", "attendees"),
}

@dataclass(frozen=True)
class Patterns:
    """Extra shapes from a user's file, added to the built-in ones (the user's tried first)."""

    headers: tuple[re.Pattern[str], ...] = ()
    bullet_chars: str = ""
    bullets: tuple[re.Pattern[str], ...] = ()
    front_labels: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    source: str | None = None

    def labels(self) -> dict[str, tuple[str, ...]]:
        """Front-matter labels by field: the user's added to the built-in ones."""
        out = dict(FRONT_LABELS)
        for name, extra in self.front_labels:
            out[name] = tuple(dict.fromkeys(extra + out[name]))
        return out

def _regex(text: object, where: str, file: str) -> re.Pattern[str]:
    if not isinstance(text, str):
        raise ConfigError(_("{where}: expected a regular expression in quotes").format(where=where), file=file)
    try:
        return re.compile(text)
    except re.error as e:
        raise ConfigError(_("{where}: not a valid regular expression ({msg} at position {pos})").format(where=where, msg=e.msg, pos=e.pos),
                          file=file, hint=_('check the brackets and escape \\ in YAML quotes')) from None

def _list(value: object, where: str, file: str) -> list[Any]:  # Any: entries of a YAML list
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(_("{where}: expected a list").format(where=where), file=file)
    return value

def load_patterns(path: str | Path | None) -> Patterns:
    """Read and check a user's patterns file; None gives the built-in patterns only."""
    if path is None:
        return Patterns()
    file = str(path)
    try:
        check_file(path, config=True)
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(_("cannot read the patterns file ({strerror})").format(strerror=e.strerror), file=file) from None
    data = load_yaml_text(text, file) or {}
    if not isinstance(data, dict):
        raise ConfigError(_("expected a mapping with speaker_headers, bullets or front_labels"),
                          file=file)
    check_keys(data, _KEYS[""], "", file)
    headers = []
    for i, raw in enumerate(_list(data.get("speaker_headers"), "speaker_headers", file)):
        where = f"speaker_headers[{i}]"
        rx = _regex(raw, where, file)
        if "label" not in rx.groupindex:
            raise ConfigError(_("{where}: the pattern has no (?P<label>...) group for the speaker").format(where=where),
                              file=file, hint=_("name the group that holds 飯島委員 'label'"))
        headers.append(rx)
    bullets = data.get("bullets") or {}
    if not isinstance(bullets, dict):
        raise ConfigError(_("bullets: expected a mapping with 'chars' and 'patterns'"), file=file)
    check_keys(bullets, _KEYS["bullets"], "bullets", file)
    chars = bullets.get("chars") or ""
    if not isinstance(chars, str):
        raise ConfigError(_("bullets.chars: expected a string of bullet characters"), file=file)
    bullet_rx = tuple(_regex(raw, f"bullets.patterns[{i}]", file)
                      for i, raw in enumerate(_list(bullets.get("patterns"), "bullets.patterns", file)))
    labels = data.get("front_labels") or {}
    if not isinstance(labels, dict):
        raise ConfigError(_("front_labels: expected a mapping of date/place/attendees -> labels"),
                          file=file)
    check_keys(labels, _KEYS["front_labels"], "front_labels", file)
    front = []
    for name, values in labels.items():
        values = _list(values, f"front_labels.{name}", file)
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise ConfigError(_("front_labels.{name}: expected a list of labels").format(name=name), file=file)
        front.append((name, tuple(values)))
    return Patterns(headers=tuple(headers), bullet_chars=chars, bullets=bullet_rx,
                    front_labels=tuple(front), source=file)
