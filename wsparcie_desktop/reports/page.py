"""The page every document shares: A4 in either orientation, a header with the JST's name and coat of arms,
and a footer with the document's title and "Strona X z Y".

The page count is known only when the last page is done, so the canvas keeps each finished page aside and
draws the header and footer on all of them at save time — one layout pass instead of two.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from typing import Literal

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph

from wsparcie_desktop.images import DAMAGED, MAX_SIDE_PX, PictureError, checked_picture
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.replay import replayed
from wsparcie_desktop.reports.styles import MUTED, RULE, styles
from wsparcie_desktop.reports.tables import Replayed, forget_operators
from wsparcie_desktop.reports.text import escape, printable

Orientation = Literal["portrait", "landscape"]

PAGE_SIZES: dict[str, tuple[float, float]] = {"portrait": portrait(A4), "landscape": landscape(A4)}
MARGIN_X = 16 * mm
MARGIN_TOP = 30 * mm  # the header band sits above this
MARGIN_BOTTOM = 18 * mm  # the footer band sits below this
HEADER_TOP = 9 * mm  # from the top edge of the paper
ARMS_BOX = 16 * mm  # the coat of arms is scaled to fit a square of this size
FOOTER_BASELINE = 10 * mm
TITLE_SHARE = 0.32  # of the header's width, for the document's title at the right
HEADER_MAX_CHARS = 1000  # more than three header lines can hold; longer names are cut before measuring


def frame_width(orientation: Orientation) -> float:
    return PAGE_SIZES[orientation][0] - 2 * MARGIN_X


def frame_height(orientation: Orientation) -> float:
    return PAGE_SIZES[orientation][1] - MARGIN_TOP - MARGIN_BOTTOM


def page_template(orientation: Orientation) -> PageTemplate:
    width, height = PAGE_SIZES[orientation]
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        frame_width(orientation),
        frame_height(orientation),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"body-{orientation}",
    )
    return PageTemplate(id=orientation, frames=[frame], pagesize=(width, height))


MAX_PICTURE_PX = MAX_SIDE_PX  # pictures larger than this are printed scaled down to it


@functools.lru_cache(maxsize=4)
def print_size(data: bytes) -> bytes:
    """``data`` itself, or for a picture larger than MAX_PICTURE_PX a copy scaled down to it.

    A coat of arms taken from a camera or a scan (several MB, thousands of pixels) would otherwise be
    embedded whole on every page's header, making a one-page document megabytes large and slow to write.
    Transparency is kept (PNG); photographs stay JPEG. :class:`PictureError` when it cannot be printed.
    """
    return checked_picture(data, max_side=MAX_PICTURE_PX, formats=None).data


def printable_picture(data: bytes) -> tuple[bytes, ImageReader]:
    """The bytes to embed and ReportLab's reader of them, decoded now as drawing will decode them.

    ReportLab reads only the header when a picture is added and the rest when the page is drawn, so a damaged
    picture used to stop the whole document at the end; here it fails early, with a reason, and can be left out.
    """
    ready = print_size(data)
    try:
        reader = ImageReader(io.BytesIO(ready))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
        reader.getRGBData()  # the decoding drawing does; the reader keeps its result for the header
    except Exception as exc:  # Pillow and ReportLab raise many types for damaged files
        raise PictureError(DAMAGED) from exc
    return ready, reader


def fit(width: float, height: float, max_width: float, max_height: float) -> tuple[float, float]:
    """The size of a ``width`` × ``height`` picture scaled, keeping its proportions, into the box."""
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


class PageDecorator:
    """Draws the header and footer of every page; gives ReportLab a canvas class that defers them to save()."""

    def __init__(self, title: str, jst_name: str, arms: ImageReader | None):
        self.title = title
        self.jst_name = jst_name
        self.arms = arms
        self._header_cache: dict[float, tuple[Flowable, float, Flowable, float]] = {}
        self._drawn: dict = {}  # what every page of a size draws alike, as drawn on the first (reports/replay.py)
        self._titles: dict[float, str] = {}

    def canvas_maker(self) -> Callable[..., Canvas]:
        """What ReportLab makes the document's canvas with: a :class:`DecoratedCanvas` drawing with this decorator."""
        return functools.partial(DecoratedCanvas, decorator=self)

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        """The header and footer of page ``number``.

        All but the page number is the same on every page of a size: it is drawn on the first such page and its
        operators are written again on the others, with the coat of arms it names (ReportLab's drawImage hashes
        the whole picture on every call to find it already embedded: seconds over a thousand pages).
        """
        width, height = canvas._pagesize
        page_text = f"Strona {number} z {total}"
        title = self._footer_title(width - 2 * MARGIN_X - stringWidth(page_text, fonts.REGULAR, 8) - 10 * mm)
        canvas.saveState()
        replayed(canvas, self._drawn, ("frame", width, height), lambda: self._draw_frame(canvas, width, height))
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_X, FOOTER_BASELINE, page_text)
        replayed(canvas, self._drawn, ("title", width, height, title),
                 lambda: canvas.drawString(MARGIN_X, FOOTER_BASELINE, title))  # fmt: skip
        canvas.restoreState()

    def _footer_title(self, room: float) -> str:
        title = self._titles.get(room)
        if title is None:
            title = self._titles[room] = shorten(printable(self.title, fonts.REGULAR), room, 8)
        return title

    def _draw_header(self, canvas: Canvas, width: float, height: float) -> None:
        top = height - HEADER_TOP
        left = MARGIN_X
        if self.arms is not None:
            w, h = fit(*self.arms.getSize(), ARMS_BOX, ARMS_BOX)
            canvas.drawImage(
                self.arms, left + (ARMS_BOX - w) / 2, top - ARMS_BOX + (ARMS_BOX - h) / 2, w, h, mask="auto"
            )
            left += ARMS_BOX + 4 * mm
        inner = width - 2 * MARGIN_X
        name, name_h, title, title_h = self._header_parts(width - MARGIN_X - left, inner)
        middle = top - ARMS_BOX / 2
        name.drawOn(canvas, left, middle - name_h / 2)
        title.drawOn(canvas, width - MARGIN_X - inner * TITLE_SHARE, middle - title_h / 2)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = top - ARMS_BOX - 2.5 * mm
        canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)

    def _header_parts(self, space: float, inner: float) -> tuple[Flowable, float, Flowable, float]:
        """The JST's name and the document's title, cut with '…' to fit the header band (cached per width)."""
        cached = self._header_cache.get(space)
        if cached is None:
            st = styles()
            title_width = inner * TITLE_SHARE
            name_width = space - title_width - 6 * mm
            # drawn on every page: each is drawn once and its operators written again on the other pages
            name = Replayed(fitted_paragraph(self.jst_name, st.header_name, name_width, ARMS_BOX))
            title = Replayed(fitted_paragraph(self.title, st.header_title, title_width, ARMS_BOX))
            cached = (name, name.wrap(name_width, ARMS_BOX)[1], title, title.wrap(title_width, ARMS_BOX)[1])
            self._header_cache[space] = cached
        return cached

    def _draw_frame(self, canvas: Canvas, width: float, height: float) -> None:
        """The header, and the rule above the footer."""
        self._draw_header(canvas, width, height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, FOOTER_BASELINE + 4 * mm, width - MARGIN_X, FOOTER_BASELINE + 4 * mm)


class DecoratedCanvas(Canvas):
    """A canvas that keeps each finished page aside and has ``decorator`` draw its header and footer at save().

    Once saved it lets go of the pages and of the operators kept for the document's cells, so that they are freed
    at once and not left to the garbage collector: ReportLab leaves objects in reference cycles that hold the
    canvas (its template, some text objects), and a collection walking all of a large document's cells and lines
    took ~100 ms after each HDR of 5,000 activities.
    """

    def __init__(self, *args, decorator: PageDecorator, **kwargs):
        super().__init__(*args, **kwargs)
        self._decorator = decorator
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 — ReportLab's name
        state = dict(self.__dict__)
        state.pop("_doctemplate", None)  # set while the template builds; it holds this canvas
        self._pages.append(state)
        self._startPage()

    def save(self):
        pages, decorator = self._pages, self._decorator
        for number, state in enumerate(pages, start=1):
            self.__dict__.update(state)
            decorator.draw(self, number, len(pages))
            Canvas.showPage(self)
        self._pages = self._decorator = None
        pages.clear()
        Canvas.save(self)
        forget_operators(self._doc)


def fitted_paragraph(text: str, style, width: float, max_height: float) -> Paragraph:
    """A paragraph of ``text`` no taller than ``max_height``, cut and ended with '…' when needed.

    The header repeats on every page and has room for two or three lines; the full name is in the body.
    """
    clean = " ".join(printable(text, style.fontName).split())[:HEADER_MAX_CHARS]
    para = Paragraph(escape(clean, style.fontName), style)
    if para.wrap(width, max_height)[1] <= max_height:
        return para
    low, high = 0, len(clean)
    while low < high:  # the longest prefix that fits, by bisection: names may be thousands of characters
        middle = (low + high + 1) // 2
        candidate = Paragraph(escape(clean[:middle].rstrip() + "…", style.fontName), style)
        if candidate.wrap(width, max_height)[1] <= max_height:
            low = middle
        else:
            high = middle - 1
    return Paragraph(escape(clean[:low].rstrip() + "…", style.fontName), style)


def shorten(text: str, room: float, size: float) -> str:
    """``text`` cut to one line of ``room`` points, ended with '…' when cut."""
    if stringWidth(text, fonts.REGULAR, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", fonts.REGULAR, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
