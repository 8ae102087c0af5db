"""Tables that run over pages: the header row repeats, and a row taller than a page still prints.

ReportLab splits a table between rows (``splitByRow``) and, with ``splitInRow``, inside a row whose cells are
lists of flowables. Left alone, the two together print a stray copy of the header row in the middle of a
page: after a page is filled row by row, the rest of the table (which starts with the repeated header) is
offered the few points left at the bottom of that same page, and if its first row is too tall to fit anywhere
it is split right there — header, two lines, page break. :class:`PageTable` refuses that: the rest of a table
is split inside a row only when it stands at the top of a fresh page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Union

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.styles import HEADER_FILL, MUTED, RULE, ZEBRA_FILL, cell_style
from wsparcie_desktop.reports.text import Markup, escape

Align = Literal["left", "right", "center"]
Cell = Union[str, Markup, Flowable, Sequence[Flowable], None]

# A row is split across pages only where at least this many points of it fit; otherwise it moves on whole.
SPLIT_IN_ROW_MIN = 24


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


def cell(value: Cell, align: Align = "left", bold: bool = False, size: float = 8.5) -> list[Flowable]:
    """A table cell as a list of flowables: the form ReportLab can split between pages."""
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)):
        return list(value)
    style = cell_style(align, bold, size)
    return [Paragraph(escape(value, style.fontName), style)]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    width: float,
    *,
    totals: Sequence[Cell] | None = None,
    font_size: float = 8.5,
) -> PageTable:
    """A grid filling ``width``: a shaded header row repeated on each page, zebra rows, an optional totals row."""
    header = [[Paragraph(escape(c.header, fonts.BOLD), cell_style(c.align, True, font_size))] for c in columns]
    data = [header]
    for values in rows:
        data.append(_row(values, columns, font_size, bold=False))
    if totals is not None:
        data.append(_row(totals, columns, font_size, bold=True))
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, len(rows)), [None, ZEBRA_FILL]))
    if totals is not None:
        commands += [("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL), ("LINEABOVE", (0, -1), (-1, -1), 1, MUTED)]
    share = sum(c.width for c in columns)
    table = PageTable(
        data,
        colWidths=[width * c.width / share for c in columns],
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
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *commands]))
    return table


def _row(values: Sequence[Cell], columns: Sequence[Column], size: float, bold: bool) -> list[list[Flowable]]:
    if len(values) != len(columns):
        raise ValueError(f"row has {len(values)} cells for {len(columns)} columns")
    return [cell(value, column.align, bold, size) for value, column in zip(values, columns)]
