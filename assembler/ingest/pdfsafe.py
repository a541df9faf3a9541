"""pdfminer with bounds: no stream inflates past the limits, no page draws without end.

pdfminer inflates every stream it reads in one call (``zlib.decompress``, LZW, RunLength),
so a 2 MB file can ask for gigabytes (a "flate bomb"), and it keeps an object per character
of a page. ``iter_pages`` is ``pdfminer.high_level.extract_pages`` with three bounds from
``assembler.limits``:

- while it runs, the decoders pdfminer's ``PDFStream.decode`` calls are replaced by ones that
  stop at the limit (``part_mb`` for one stream, ``unpacked_mb`` for the file); they return
  the same bytes otherwise (a truncated zlib stream still raises ``zlib.error``, so pdfminer's
  own recovery runs, bounded as well). Other filters (ASCIIHex, ASCII85) never grow the
  data; image filters (DCT, JPX, JBIG2, CCITT) are not decoded when text is extracted;
- characters drawn on one page (``page_chars``);
- text lines over the whole file (``lines``), counted page by page.

The replacement is undone when the pages are consumed or the reading fails. It is global
for that time (the tool reads one file at a time, in one thread).
"""
from __future__ import annotations

import zlib
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from ..i18n import _
from .. import limits

if TYPE_CHECKING:  # pdfminer is imported when a PDF is read, not at start-up
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTComponent, LTPage
    from pdfminer.pdfpage import PDFPage
    from pdfminer.utils import Matrix

_Decoder = Callable[[bytes], bytes]


class _Budget:
    """Bytes a file's streams may still unpack to; refuses past the limits."""

    def __init__(self, file: str) -> None:
        lim = limits.current()
        self.file = file
        self.part = lim.bytes("part_mb")
        self.left = lim.bytes("unpacked_mb")

    def cap(self) -> int:
        """The most one stream may unpack to now."""
        return min(self.part, self.left)

    def spend(self, n: int) -> None:
        if n > self.cap():
            raise self.refusal()
        self.left -= n

    def refusal(self) -> limits.LimitError:
        lim = limits.current()
        name, what = (("part_mb", _("one stream")) if self.part <= self.left
                      else ("unpacked_mb", _("the streams of the file together")))
        return limits.LimitError(
            _("{what} would unpack to more than the limit of {limit} MB (a decompression bomb?)")
            .format(what=what, limit=f"{getattr(lim, name):g}"), file=self.file,
            hint=_("open it and save it again as PDF, or raise the limit: assembler --limit {setting} …")
            .format(setting=f"{name}={getattr(lim, name) * 4:g}"))


class _Inflater:
    """``zlib.decompressobj()`` whose output counts against the budget (pdfminer feeds it
    byte by byte to recover a stream with a bad checksum)."""

    def __init__(self, budget: _Budget) -> None:
        self._d = zlib.decompressobj()
        self._budget = budget
        self._out = 0

    def decompress(self, data: bytes) -> bytes:
        out = self._d.decompress(data, self._budget.cap() - self._out + 1)
        self._out += len(out)
        if self._out > self._budget.cap():
            raise self._budget.refusal()
        return out


class _Zlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error

    def __init__(self, budget: _Budget) -> None:
        self._budget = budget

    def decompress(self, data: bytes) -> bytes:
        """``zlib.decompress`` that stops one byte past the budget instead of filling memory."""
        d = zlib.decompressobj()
        out = d.decompress(data, self._budget.cap() + 1)
        self._budget.spend(len(out))
        if not d.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def decompressobj(self) -> _Inflater:
        return _Inflater(self._budget)


def _lzw(budget: _Budget) -> _Decoder:
    from pdfminer.lzw import LZWDecoder

    def lzwdecode(data: bytes) -> bytes:
        cap, n, out = budget.cap(), 0, []
        for chunk in LZWDecoder(BytesIO(data)).run():
            n += len(chunk)
            if n > cap:
                raise budget.refusal()
            out.append(chunk)
        budget.spend(n)
        return b"".join(out)

    return lzwdecode


def _runlength(budget: _Budget) -> _Decoder:
    def rldecode(data: bytes) -> bytes:
        """RunLengthDecode (PDF 1.7, 7.4.5): a length byte, then 1–128 literal bytes or one
        byte repeated 2–128 times; 128 ends the data."""
        cap, out, i = budget.cap(), bytearray(), 0
        while i < len(data) and data[i] != 128:
            length = data[i]
            if length < 128:
                out += data[i + 1:i + 2 + length]
                i += length + 2
            else:
                out += data[i + 1:i + 2] * (257 - length)
                i += 2
            if len(out) > cap:
                raise budget.refusal()
        budget.spend(len(out))
        return bytes(out)

    return rldecode


@contextmanager
def bounded_streams(file: str) -> Iterator[None]:
    """While the block runs, pdfminer unpacks streams only within the limits."""
    from pdfminer import pdftypes

    budget = _Budget(file)
    # the names pdftypes imported (the zlib module, two functions), replaced by setattr: they
    # are not its public interface, and _Zlib is not a module
    names = ("zlib", "lzwdecode", "rldecode")
    saved = [getattr(pdftypes, name) for name in names]
    for name, value in zip(names, (_Zlib(budget), _lzw(budget), _runlength(budget))):
        setattr(pdftypes, name, value)
    try:
        yield
    finally:
        for name, value in zip(names, saved):
            setattr(pdftypes, name, value)


def _aggregator(file: str) -> type[PDFPageAggregator]:
    from pdfminer.converter import PDFPageAggregator

    class CountingAggregator(PDFPageAggregator):
        """Refuses a page that draws more characters than the limit."""

        page_no = 0
        chars = 0
        cap = 0

        def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
            self.page_no += 1
            self.chars = 0
            self.cap = limits.current().page_chars
            super().begin_page(page, ctm)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.chars += 1
            if self.chars > self.cap:
                limits.check_count("page_chars", self.chars, file,
                                   _("page {page}: the number of characters drawn").format(
                                       page=self.page_no), _("split the PDF"))
            return super().render_char(*args, **kwargs)

    return CountingAggregator


def _text_lines(layout: LTPage) -> int:
    from pdfminer.layout import LTTextLine

    count = 0
    stack: list[LTComponent] = [layout]
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTTextLine):
            count += 1
        elif hasattr(obj, "__iter__"):
            stack.extend(obj)
    return count


def iter_pages(path: str | Path, laparams: LAParams | None) -> Iterator[LTPage]:
    """The laid-out pages of a PDF (``LTPage``), like pdfminer's ``extract_pages``, bounded."""
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    file = str(path)
    lines = 0
    with bounded_streams(file), open(path, "rb") as fp:
        manager = PDFResourceManager(caching=True)
        device = _aggregator(file)(manager, laparams=laparams)
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.get_pages(fp, caching=True):
            interpreter.process_page(page)
            layout = device.get_result()
            lines += _text_lines(layout)
            limits.check_lines(lines, file, what=_("the number of text lines"))
            yield layout
