"""Names shared by everything that writes or reads the draft's WordprocessingML."""
from __future__ import annotations

#: The WordprocessingML main namespace.
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Clark-notation prefix for w: names (``W + "p"`` is ``{…}p``).
W = f"{{{W_NS}}}"
#: Each point's paragraph in the draft carries a bookmark named this prefix + its anchor
#: (the point id of the group's representative); the read-back keys edits by it.
BOOKMARK_PREFIX = "d_"


def w(tag: str) -> str:
    """Clark name of a w: element or attribute."""
    return f"{W}{tag}"


#: U+2060 WORD JOINER: no line break on either side. The renderer puts one between the
#: characters of a unit that must stay on one line (a citation, a name, a file name); the
#: readers drop it, so text read back is the text that was written.
WORD_JOINER = "\u2060"


def visible(text: str) -> str:
    """Text without the renderer's word joiners.

    >>> visible("第\u2060２\u2060回")
    '第２回'
    """
    return text.replace(WORD_JOINER, "")
