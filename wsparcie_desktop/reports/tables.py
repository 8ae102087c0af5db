"""Tables that run over pages: the header row repeats, and a row taller than a page still prints.

ReportLab splits a table between rows (``splitByRow``) and, with ``splitInRow``, inside a row whose cells are
lists of flowables. Left alone, the two together print a stray copy of the header row in the middle of a
page: after a page is filled row by row, the rest of the table (which starts with the repeated header) is
offered the few points left at the bottom of that same page, and if its first row is too tall to fit anywhere
it is split right there — header, two lines, page break. :class:`PageTable` refuses that: the rest of a table
is split inside a row only when it stands at the top of a fresh page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.styles import HEADER_FILL, MUTED, RULE, ZEBRA_FILL, cell_style
from wsparcie_desktop.reports.text import Markup, escape, printable

Align = Literal["left", "right", "center"]
Cell = str | Markup | Flowable | Sequence[Flowable] | None

# A row is split across pages only where at least this many points of it fit; otherwise it moves on whole.
SPLIT_IN_ROW_MIN = 24
PADDING_X = 3
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Column:
    """A table column: its header, its share of the table's width and how its cells align."""

    header: str
    width: float = 1.0
    align: Align = "left"


class PageTable(Table):
    """A Table that splits inside a row only where that cannot print a stray header (see the module doc)."""

    _continuation = False

    def split(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        frame = getattr(self, "_frame", None)
        if self._continuation and frame is not None and not getattr(frame, "_atTop", 1):
            return []  # the rest of the table goes to the next page, where it may split inside a row
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[1]._continuation = True
        return parts


class CellParagraph(Paragraph):
    """A Paragraph that remembers its line breaks for the width it was last wrapped to.

    A table wraps every cell two or three times at the same width (measuring, splitting, drawing) and line
    breaking is most of a table's cost; the result depends only on the width, so it is kept.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        if availWidth == self._wrapped_width:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        if availWidth >= 1:  # below that ReportLab answers "does not fit" without laying anything out
            self._wrapped_width = availWidth
        return result


def cell(
    value: Cell, align: Align = "left", bold: bool = False, size: float = 8.5, width: float | None = None
) -> str | list[Flowable]:
    """A table cell: plain text when it fits on one line of ``width``, else a list of paragraphs (splittable).

    Plain text needs no markup parsing and no line breaking, which makes long tables about twice as fast;
    it is drawn as is, so it is only cleaned of characters the face lacks (no escaping needed).
    """
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)):
        return list(value)
    style = cell_style(align, bold, size)
    if width is not None and value is not None and not isinstance(value, Markup):
        text = _SPACES.sub(" ", printable(str(value), style.fontName)).strip(" ")
        if "\n" not in text and stringWidth(text, style.fontName, size) <= width:
            return text
    return [CellParagraph(escape(value, style.fontName), style)]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    width: float,
    *,
    totals: Sequence[Cell] | None = None,
    font_size: float = 8.5,
) -> PageTable:
    """A grid filling ``width``: a shaded header row repeated on each page, zebra rows, an optional totals row."""
    share = sum(c.width for c in columns)
    widths = [width * c.width / share for c in columns]
    header = [[Paragraph(escape(c.header, fonts.BOLD), cell_style(c.align, True, font_size))] for c in columns]
    data = [header]
    for values in rows:
        data.append(_row(values, columns, widths, font_size, bold=False))
    if totals is not None:
        data.append(_row(totals, columns, widths, font_size, bold=True))
    commands: list[tuple] = [
        # for cells given as plain text (see cell()): the same face, size and leading as the paragraphs
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), cell_style("left", False, font_size).leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), c.align.upper()) for i, c in enumerate(columns) if c.align != "left"]
    if rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, len(rows)), [None, ZEBRA_FILL]))
    if totals is not None:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 1, MUTED),
            ("FONTNAME", (0, -1), (-1, -1), fonts.BOLD),
        ]
    table = PageTable(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=SPLIT_IN_ROW_MIN,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table


def layout_table(rows: list[list[list[Flowable]]], col_widths: Sequence[float], commands: list[tuple]) -> PageTable:
    """A borderless table for laying parts side by side (label and value, signature blocks)."""
    table = PageTable(rows, colWidths=list(col_widths), splitByRow=1, splitInRow=SPLIT_IN_ROW_MIN, hAlign="LEFT")
    # FONT too: a cell's default is Helvetica, which the PDF would then name although nothing prints in it.
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
                               *commands]))  # fmt: skip
    return table


def _row(
    values: Sequence[Cell], columns: Sequence[Column], widths: Sequence[float], size: float, bold: bool
) -> list[str | list[Flowable]]:
    if len(values) != len(columns):
        raise ValueError(f"row has {len(values)} cells for {len(columns)} columns")
    return [
        cell(value, column.align, bold, size, width - 2 * PADDING_X)
        for value, column, width in zip(values, columns, widths)
    ]
