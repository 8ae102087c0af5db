"""The one document engine every printout goes through.

A :class:`Document` collects parts (title block, paragraphs, tables, signatures, charts) as plain Python values
and lays them out with ReportLab Platypus on A4, portrait or landscape, switching between the two per section.
Every page gets the same frame (see :mod:`.page`): a header with the JST's name and coat of arms, and a footer
with the document title and "Strona X z Y". Tables repeat their header and split rows taller than a page
(see :mod:`.tables`). User text is escaped on the way in (see :mod:`wsparcie_desktop.reports.text`), so
callers pass what the user typed and never markup, unless they wrap it in :class:`Markup` on purpose.

Minimal use::

    doc = Document("Wykaz szkół i placówek", jst_name="Gmina Zalesie", orientation="landscape")
    doc.place_and_date("Zalesie", dt.date.today())
    doc.title_block(subtitle="Organ prowadzący: Gmina Zalesie")
    doc.table([Column("Nazwa", 3), Column("Uczniowie", 1, "right")], [["SP nr 1", "120"]])
    doc.signatures([Signature("Sporządził(a)", "Anna Nowak", "inspektor ds. oświaty")])
    doc.write("wykaz.pdf")
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import ActionFlowable, LayoutError
from reportlab.platypus.flowables import _Container, _listWrapOn

from wsparcie_desktop import APP_NAME
from wsparcie_desktop.collector import collections_paused
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import place_and_date
from wsparcie_desktop.images import PictureError
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.output import write_atomically
from wsparcie_desktop.reports.page import (
    PAGE_SIZES,
    Orientation,
    PageDecorator,
    fit,
    frame_height,
    frame_width,
    page_template,
    printable_picture,
)
from wsparcie_desktop.reports.styles import RULE, styles
from wsparcie_desktop.reports.tables import (
    Align,
    Cell,
    Column,
    PagedTable,
    PageTable,
    data_table,
    layout_table,
    plain_paragraph,
)
from wsparcie_desktop.reports.text import Markup, escape, printable

# Streams written as deflated bytes, not again as ASCII85 text (ReportLab's default, for 7-bit channels that PDF
# files no longer pass through): a sixth smaller, and a third less time to write a long document's pages.
rl_config.useA85 = 0

TITLE_PICTURE_MM = 24  # a coat of arms beside the title fits a square of this size

LEAD_IN_PARAGRAPHS = 3  # at most this many short paragraphs just before the signatures travel with them

log = logging.getLogger(__name__)

__all__ = ["Align", "Cell", "Column", "Document", "Markup", "Orientation", "Signature"]


@dataclass(frozen=True)
class Signature:
    """A signature block: 'Sporządził(a)' with a name and position printed under the line."""

    label: str
    name: str = ""
    position: str = ""


class Document:
    """A document under construction. Parts are added in reading order; :meth:`write` lays them out."""

    def __init__(
        self,
        title: str,
        *,
        jst_name: str = "",
        coat_of_arms: bytes | None = None,
        orientation: Orientation = "portrait",
        subject: str = "",
        author: str = "",
    ):
        fonts.register_fonts()
        _check_orientation(orientation)
        self.title = title
        self.jst_name = jst_name
        self.subject = subject
        self.author = author
        self.coat_of_arms = coat_of_arms
        self._left_out: list[str] = []  # notes on pictures that could not be printed, for the first page
        self._first_orientation: Orientation = orientation
        self._orientation: Orientation = orientation
        self._story: list[Flowable] = []
        self.signature_only_pages: list[int] = []  # pages holding only a signature block, known after layout
        arms = self._picture(coat_of_arms)
        self._arms = arms[1] if arms else None

    # --- layout facts a caller may need -------------------------------------------------------------------
    @property
    def orientation(self) -> Orientation:
        """The orientation of the section being added to."""
        return self._orientation

    @property
    def frame_width(self) -> float:
        """Points available across the page of the current section."""
        return frame_width(self._orientation)

    @property
    def frame_height(self) -> float:
        return frame_height(self._orientation)

    def height_since_page_break(self) -> float:
        """The height the parts added since the last page break take (with their spaces), so that a caller
        can size what follows to the room left on that page. Only right after :meth:`page_break` or
        :meth:`section`, when those parts start the page."""
        used = 0.0
        for flowable in reversed(self._story):
            if isinstance(flowable, (PageBreak, ActionFlowable)):
                break
            used += flowable.wrap(self.frame_width, self.frame_height)[1]
            used += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return used

    # --- parts ----------------------------------------------------------------------------------------------
    def add(self, *flowables: Flowable) -> None:
        """Any ReportLab flowable, for the rare part the helpers below do not cover."""
        self._story.extend(flowables)

    def section(self, orientation: Orientation) -> None:
        """Continue on a new page in ``orientation`` (the HDR schedule, for example, needs a landscape table)."""
        _check_orientation(orientation)
        if not self._story:
            self._first_orientation = orientation
        else:
            self._drop_trailing_space()  # a table's space after it could start a page of its own before the break
            self._story += [NextPageTemplate(orientation), PageBreak()]
        self._orientation = orientation

    def _drop_trailing_space(self) -> None:
        while self._story and type(self._story[-1]) is Spacer:
            self._story.pop()

    def page_break(self) -> None:
        self._drop_trailing_space()
        self._story.append(PageBreak())

    def spacer(self, height_mm: float = 4) -> None:
        self._story.append(Spacer(1, height_mm * mm))

    def place_and_date(self, place: str, date: dt.date) -> None:
        """'Zalesie, 21 listopada 2026 r.' at the right margin, as in Polish official letters."""
        self._story.append(self.paragraph_flowable(place_and_date((place or "").strip(), date), "place_date"))

    def title_block(
        self, subtitle: str | Sequence[str] = (), title: str | None = None, picture: bytes | None = None
    ) -> None:
        """The document's title, centred, with optional lines under it (whose document, which year).

        ``picture`` (a coat of arms) stands at the left of the title, the title staying centred on the page;
        an unreadable picture is left out.
        """
        lines = [subtitle] if isinstance(subtitle, str) else list(subtitle)
        parts = [self.paragraph_flowable(self.title if title is None else title, "title")]
        parts += [self.paragraph_flowable(line, "subtitle") for line in lines if line and str(line).strip()]
        ready = self._picture(picture)
        side = TITLE_PICTURE_MM * mm
        middle = self.frame_width - 2 * (side + 4 * mm)
        if ready is None:
            self._story += [*parts, Spacer(1, 5 * mm)]
            return
        width, height = fit(*ready[1].getSize(), side, side)
        image = Image(io.BytesIO(ready[0]), width=width, height=height)
        if sum(p.wrap(middle, self.frame_height)[1] for p in parts) > self.frame_height / 3:
            # A title this long cannot sit beside a picture (a table row cannot split around it): stack them.
            image.hAlign = "CENTER"
            self._story += [image, Spacer(1, 3 * mm), *parts, Spacer(1, 5 * mm)]
            return
        self._story.append(
            layout_table(
                [[[image], parts, []]],
                [side + 4 * mm, middle, side + 4 * mm],
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ],
            )  # fmt: skip
        )
        self._story.append(Spacer(1, 4 * mm))

    def heading(self, text: str | Markup, level: int = 1) -> None:
        self._story.append(self.paragraph_flowable(text, "heading1" if level <= 1 else "heading2"))

    def paragraph(self, text: str | Markup, style: str = "body") -> None:
        """A paragraph in one of the named styles of :func:`.styles.styles` (body, body_justified, note, ...)."""
        self._story.append(self.paragraph_flowable(text, style))

    def note(self, text: str | Markup) -> None:
        """Small italic text: explanations under a table, 'no entries yet'."""
        self.paragraph(text, "note")

    def image(self, data: bytes | None, max_width_mm: float, max_height_mm: float, align: Align = "center") -> bool:
        """A picture scaled into the box; False (and nothing added) when ``data`` is missing or unreadable."""
        ready = self._picture(data)
        if ready is None:
            return False
        width, height = fit(*ready[1].getSize(), max_width_mm * mm, max_height_mm * mm)
        picture = Image(io.BytesIO(ready[0]), width=width, height=height)
        picture.hAlign = align.upper()
        self._story.append(picture)
        return True

    def drawing(self, drawing: Drawing, caption: str | None = None) -> None:
        """A ReportLab graphics Drawing (a chart), shrunk to fit the frame if it is larger; never enlarged."""
        scale = min(1.0, self.frame_width / drawing.width, (self.frame_height - 20 * mm) / drawing.height)
        if scale < 1.0:
            drawing.scale(scale, scale)
            drawing.width *= scale
            drawing.height *= scale
        drawing.hAlign = "CENTER"
        parts: list[Flowable] = [drawing]
        if caption:
            parts.append(self.paragraph_flowable(caption, "caption"))
        self._story.append(KeepTogether(parts))

    def fields(self, rows: Iterable[tuple[str, str | Markup | None]], label_share: float = 0.3) -> None:
        """Labels and values in two columns (a profile card); rows whose value is empty are left out."""
        st = styles()
        data = [
            [[self.paragraph_flowable(label, st.field_label)], [self.paragraph_flowable(value, st.field_value)]]
            for label, value in rows
            if value is not None and str(value).strip()
        ]
        if not data:
            return
        width = self.frame_width
        self._story.append(
            layout_table(
                data,
                [width * label_share, width * (1 - label_share)],
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ],
            )
        )

    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Cell]],
        *,
        totals: Sequence[Cell] | None = None,
        empty_text: str = "Brak pozycji.",
        font_size: float = 8.5,
    ) -> PageTable | PagedTable | None:
        """A table across the frame; its header row repeats on every page it runs onto.

        A row taller than a page is split between pages; long words wrap inside their column. ``totals`` is a
        last, bold row. With no rows, ``empty_text`` is printed instead of an empty table.
        """
        body = list(rows)
        if not body:
            self.note(empty_text)
            return None
        table = data_table(columns, body, self.frame_width, totals=totals, font_size=font_size)
        self._story += [table, Spacer(1, 3 * mm)]
        return table

    def signatures(self, blocks: Sequence[Signature]) -> None:
        """Signature blocks side by side: the label, room to sign, a dotted line, then name and position."""
        if not blocks:
            return
        st = styles()
        cells = []
        for block in blocks:
            cell: list[Flowable] = [self.paragraph_flowable(block.label + ":", st.signature_label), Spacer(1, 14 * mm)]
            cell.append(Paragraph("." * 44, st.signature_name))
            if block.name.strip():
                cell.append(self.paragraph_flowable(block.name, st.signature_name))
            else:
                cell.append(Paragraph("(imię i nazwisko, podpis)", st.signature_position))
            if block.position.strip():
                cell.append(self.paragraph_flowable(block.position, st.signature_position))
            cells.append(cell)
        width = self.frame_width
        table = layout_table(
            [cells],
            [width / len(blocks)] * len(blocks),
            [("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12)],
        )
        self._keep_with_content_before([Spacer(1, 6 * mm), table])

    def _keep_with_content_before(self, block: list[Flowable]) -> None:
        """Add a signature block so that it never stands alone on a page.

        Its lead-in (a heading and up to :data:`LEAD_IN_PARAGRAPHS` paragraphs just before it: "Zatwierdzenie",
        "Harmonogram zatwierdził(a)…") is kept with it, and so is the end of the content before that: when they
        do not fit under it, the last rows of the table or the last lines of the text before move to the next
        page with them (see :class:`_KeepEnd`).
        """
        for part in block:
            part._signature_part = "block"
        tail = list(block)
        paragraphs = 0
        while self._story and paragraphs < LEAD_IN_PARAGRAPHS:
            last = self._story[-1]
            if isinstance(last, Spacer):
                tail.insert(0, self._story.pop())
            elif isinstance(last, Paragraph) and not getattr(last.style, "keepWithNext", 0):
                tail.insert(0, self._story.pop())
                paragraphs += 1
            elif isinstance(last, Paragraph):  # a heading: the lead-in starts here
                tail.insert(0, self._story.pop())
                break
            else:
                break
        while self._story and isinstance(self._story[-1], Spacer):
            tail.insert(0, self._story.pop())
        for part in tail:
            if not hasattr(part, "_signature_part"):
                part._signature_part = "lead"
        before = self._story[-1] if self._story else None
        if before is None or isinstance(before, (ActionFlowable, PageBreak, Spacer)):
            self._story.append(KeepTogether(tail))
        else:
            self._story[-1] = _KeepEnd(self._story[-1], tail)

    # --- helpers ----------------------------------------------------------------------------------------------
    def _picture(self, data: bytes | None) -> tuple[bytes, ImageReader] | None:
        """What to embed for ``data`` and its reader; None when there is none or it cannot be printed.

        Every picture of every document passes here. A damaged one must not stop a council from getting its
        document: it is left out, and the first page says so (once), so nobody mistakes the gap for the design.
        """
        if not data:
            return None
        try:
            return printable_picture(data)
        except PictureError as exc:
            what = "herbu" if data == self.coat_of_arms else "obrazu"
            note = f"Nie udało się wydrukować {what}: {exc.reason}."
            if note not in self._left_out:
                self._left_out.append(note)
                # Polish: with no logging set up (the command line) Python prints this line on stderr as it is
                log.warning("Uwaga: %s Dokument „%s” powstał bez niego.", note, self.title)
                log.debug("The picture could not be printed", exc_info=True)
            return None

    def paragraph_flowable(self, text: object, style: str | object = "body") -> Paragraph:
        """A Paragraph of user text (escaped for the style's face) or of :class:`Markup`."""
        para_style = getattr(styles(), style) if isinstance(style, str) else style
        if isinstance(text, Markup):
            return Paragraph(text, para_style)
        # no parsing needed; its lines are kept for the width it was wrapped to (a frame, a KeepTogether and a
        # split each wrap it again: the HDR's chart has a caption on each of its hundreds of pages)
        return plain_paragraph(escape(text, para_style.fontName), para_style)

    # --- output -----------------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Lay the document out and return the PDF. Build each Document once: layout consumes the parts."""
        buffer = io.BytesIO()
        template = _Template(
            buffer,
            pagesize=PAGE_SIZES[self._first_orientation],
            title=printable(self.title),
            author=printable(self.author or APP_NAME),
            subject=printable(self.subject or self.jst_name),
            creator=APP_NAME,
            initialFontName=fonts.REGULAR,  # else every page names Helvetica, even with nothing drawn in it
            initialFontSize=10,
        )
        order = [self._first_orientation] + [o for o in PAGE_SIZES if o != self._first_orientation]
        template.addPageTemplates([page_template(o) for o in order])
        decorator = PageDecorator(self.title, self.jst_name, self._arms)
        notes = [self.paragraph_flowable(note, "note") for note in self._left_out]
        # laying out a long document makes millions of objects that live until it is written (its rows, lines and
        # pages): the collector's passes over them find nothing to free, and took a tenth of a large HDR's time
        try:
            with collections_paused():
                template.build(notes + self._story or [Spacer(1, 1)], canvasmaker=decorator.canvas_maker())
        except LayoutError as exc:
            raise DomainError(
                f"Nie udało się złożyć dokumentu „{self.title}”: część treści nie mieści się na stronie."
            ) from exc
        self.signature_only_pages = template.signature_only_pages()
        return buffer.getvalue()

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Write the PDF to ``path`` atomically; DomainError with a Polish message when that fails."""
        return write_atomically(path, self.to_bytes())


class _Stack(_Container, Flowable):
    """Flowables drawn one under another, as a frame would (ReportLab's container drawing)."""

    def __init__(self, content: list[Flowable]):
        self._content = content


class _KeepEnd(Flowable):
    """A flowable (a table, a paragraph) whose end must share a page with the ``tail`` after it.

    When both fit, they are drawn as they are. When the content runs over the page, it is split as usual and
    its last part stays tied to the tail. When the content fits but the tail does not, the content is split
    a little before its end (a table's last row whole, under its repeated header; a paragraph's last lines),
    so the next page starts with real content and not with the signatures alone. Content that cannot be split
    moves to the next page with the tail. Not a ReportLab container, so that a heading before it is kept with
    it (ReportLab's keepWithNext leaves containers out).
    """

    def __init__(self, content: Flowable, tail: list[Flowable]):
        self._content = [content, *tail]
        self._stack = _Stack(self._content)

    def getSpaceBefore(self):  # noqa: N802 — ReportLab's names
        return self._stack.getSpaceBefore()

    def getSpaceAfter(self):  # noqa: N802
        return self._stack.getSpaceAfter()

    def wrap(self, aW, aH):
        _, height = _listWrapOn(self._content, aW, self.canv)
        self.width, self.height = aW, height
        self._stack.width, self._stack.height = aW, height
        return aW, height

    def drawOn(self, canv, x, y, _sW=0):  # noqa: N803
        self._stack._frame = getattr(self, "_frame", None)
        self._stack.drawOn(canv, x, y, _sW)

    def split(self, aW, aH):
        content, tail = self._content[0], self._content[1:]
        canv = self.canv
        if isinstance(content, PagedTable):  # its last rows, when they fit here, as the one table they make
            content.canv = canv
            content = content.whole(aW, aH) or content
        _, content_height = content.wrapOn(canv, aW, aH)
        if isinstance(content, KeepTogether):  # a chart with its caption: it moves whole unless it must split
            content_height = content._H
            parts = content.splitOn(canv, aW, aH) if content_height > aH else []
        elif content_height > aH:
            parts = content.splitOn(canv, aW, aH)
        elif isinstance(content, Table) and len(content._rowHeights) > 1:
            # between the last two rows: the last row moves whole (too little of it is left to split inside it)
            parts = content.splitOn(canv, aW, content_height - content._rowHeights[-1] + 1)
        else:
            parts = content.splitOn(canv, aW, content_height - 1)
        if len(parts) >= 2:
            return [*parts[:-1], _KeepEnd(parts[-1], tail)]
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", False):
            return []  # the content and the tail move to the next page together
        return [content, KeepTogether(tail)]  # cannot be helped: content taller than a page that cannot split


class _Template(BaseDocTemplate):
    """Notes what each page holds, so that a page holding only a signature block can be found."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._page_parts: dict[int, list[str]] = {}

    def afterFlowable(self, flowable):
        if isinstance(flowable, (ActionFlowable, Spacer)):
            return
        self._page_parts.setdefault(self.page, []).append(getattr(flowable, "_signature_part", "content"))

    def signature_only_pages(self) -> list[int]:
        """Pages whose every part belongs to a signature block or its lead-in, while content came before.

        A signature's lead-in paragraphs alone with it are the document's only content when nothing precedes
        them (a one-page note); after other content they mean the content was left behind on the page before.
        """
        lonely, content_before = [], False
        for page, parts in sorted(self._page_parts.items()):
            if parts and "content" not in parts and (content_before or "lead" not in parts):
                lonely.append(page)
            content_before = content_before or "content" in parts
        return lonely


def _check_orientation(orientation: str) -> None:
    if orientation not in PAGE_SIZES:
        raise ValueError(f"orientation must be portrait or landscape, not {orientation!r}")
