"""Text in a frame: a box of one cell drawn around a line of the proceedings.

Records typed or exported as text draw a box around what they set apart from the speech —
an item put on the agenda, a notice, a resolution or a petition read out::

    ○議長　日程第２を議題といたします。
    ┌────────────────────────────┐
    │日程第２　議案第45号　さくら市環境基本計画の改定について│
    └────────────────────────────┘

The reader of tables drawn in text (``ingest.texttable``) takes the bars off and cues the lines
``frame``; this module says what the framed text is, read whole (the consecutive lines of the
box up to an empty line or a rule across it):

- ``agenda``: no sentence in it (``日程第２　議案第45号…``, ``【非公開】``, ``諮問第２号…について``)
  — an item or a heading; the speaker keeps the floor around it;
- ``stage``: every line a stage direction in brackets (``（傍聴者退席）``);
- ``speech``: sentences in the polite style of speech (…ます。 …です。 …ください。) — a point
  of the speaker whose turn the box stands in;
- ``narrative``: any other sentences — a text quoted in the record (a resolution's
  …を強く求めるものである。, a notice), no one's point.
"""
from __future__ import annotations

import re

__all__ = ["reading"]

_SENTENCE = re.compile(r"[^。．？?！!]+[。．？?！!]")
#: the polite style of speech at a sentence's end (an ending particle after it)
_POLITE = re.compile(r"(?:ます|です|ました|でした|ません|ましょう|ください|下さい|ございます)"
                     r"(?:か|ね|よ|が|けれども)?[」』）)]*[。．？?！!]$")
_DIRECTION = re.compile(r"^[（(][^（）()]{1,30}[）)]$")


def reading(lines: list[str]) -> str:
    """What the text of a frame is (its lines, bars taken off): agenda, stage, speech or
    narrative (see the module's docstring).

    >>> reading(["日程第２　議案第45号　さくら市環境基本計画の", "改定について"])
    'agenda'
    >>> reading(["（傍聴者退席）"]), reading(["以上の提案について御審議をお願いいたします。"])
    ('stage', 'speech')
    >>> reading(["本市議会は、国に対し、地域公共交通への支援の拡充を", "強く求めるものである。以上、決議する。"])
    'narrative'
    """
    if all(_DIRECTION.match(t) for t in lines):
        return "stage"
    text = "".join(lines)
    if "。" not in text and "．" not in text:
        return "agenda"
    sentences = [s.strip() for s in _SENTENCE.findall(text)]
    polite = sum(1 for s in sentences if _POLITE.search(s))
    return "speech" if polite * 2 >= len(sentences) > 0 else "narrative"
