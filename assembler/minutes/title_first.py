"""A speaker's label written title first, the surname after it: ``委員長　藤森``.

Municipal 審議会 minutes typed in Word as a table put the speaker in the left cell on two
lines, the title above and the surname below (委員長 / 藤森), or the office, the title and the
surname on three (環境政策課 / 課長補佐 / 宮下); the readers give such a cell as one line, its
lines apart by U+3000 (``ingest/pdf.py``, ``ingest/docx.py``). Read whole, ``委員長藤森`` has no
title at its end and would be nobody; read by its pieces, the last piece is the person and the
pieces before it the title: 藤森, 委員長. (Surname over title, 早川 / 委員, reads as 早川委員 anyway.)

Evidence: the pieces before the last make a title of the role table with no name in it, and
the last piece has the form of a surname (kanji, or katakana, at most six characters) and is no
title nor office (環境政策課 / 課長 is an office and its title, no person).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Speaker
from ..text import SPACES as _SPACES

#: a surname or a full name: kanji (々 ヶ) or katakana, at most six characters
_NAME = re.compile(r"^(?:[\u3400-\u9fff\uf900-\ufaff々ヶ]{1,6}|[\u30a1-\u30fa\u30fc]{2,6})$")
#: the endings of an office (a unit of the administration) — never a person
_OFFICE_END = ("課", "部", "局", "室", "係", "所", "館", "庁", "省", "センター", "事務局", "班", "グループ")


def title_then_name(label: str, split: Callable[[str], Speaker | None]) -> Speaker | None:
    """The speaker of ``委員長　藤森`` (title, a space, the surname): 藤森, title 委員長; None when the
    label is not so made. ``split`` is the role table's (title at the end of a label).

    >>> from assembler.minutes.roles import load_roles
    >>> split = load_roles().split
    >>> [(s.label, s.name, s.title, s.role) for s in (title_then_name(t, split) for t in (
    ...     "委員長　藤森", "環境政策課　課長補佐　宮下", "副委員長 松浦"))]
    [('藤森委員長', '藤森', '委員長', 'chair'), ('宮下環境政策課課長補佐', '宮下', '環境政策課課長補佐', 'secretariat'), ('松浦副委員長', '松浦', '副委員長', 'chair')]
    >>> [title_then_name(t, split) for t in ("早川　委員", "委員長", "環境政策課　課長", "会長　森田委員", "委員　まちづくり課")]
    [None, None, None, None, None]
    """
    pieces = _SPACES.split(label.strip())
    if not 2 <= len(pieces) <= 3:
        return None
    name = pieces[-1]
    if not _NAME.match(name) or name.endswith(_OFFICE_END) or split(name) is not None:
        return None
    title = "".join(pieces[:-1])
    sp = split(title)
    if sp is None or sp.name or sp.title != title:
        return None
    # the label as the other forms write it, name then title (藤森委員長): one person is cited one way
    # in a draft whose other tables or turns read 早川　委員 / 早川委員
    return Speaker(name + title, name, sp.title, sp.role)
