"""The pages of a long table whose rows are all pre-broken lines (the HDR's activities), drawn without a Table each.

A :class:`.tables.PagedTable` whose rows hold only :class:`.hdr_cells.TextLines` knows every row's height before
layout, so a page of it needs neither measuring nor splitting: the rows that fit are counted as ReportLab's
Table counts them, and :class:`LinesPage` draws them. It draws what a Table of those rows draws, in the same
order: the backgrounds (header, zebra, totals row), the header's and the totals row's cells, the rules, then
every line of text in one text object (as :class:`.tables.PageTable` does). The backgrounds, rules and those
two rows' cells are drawn by ReportLab's own Table code, given the geometry worked out here, so a page prints
exactly as the table would; what is left out is making a Table of each page's rows, measuring it and splitting
it, and visiting each cell — most of a long HDR's time (a 5,000-activity plan runs to 600 pages of this table).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from wsparcie_desktop.reports.hdr_cells import TextLines
from wsparcie_desktop.reports.replay import replayed


def is_lines_row(row) -> bool:
    """Whether every cell of ``row`` is a list of TextLines (a row a LinesPage can draw)."""
    for value in row:
        if value.__class__ is not list or not value:
            return False
        for part in value:
            if part.__class__ is not TextLines:
                return False
    return True


def positions(heights: list[float]) -> tuple[list[float], float]:
    """The rows' top edges, the bottom edge last, and the table's height: the sums of Table._calc_height, in the
    same order (from the last row up, compensated), so that every figure is ReportLab's to the last bit."""
    out: list[float] = []
    height = carry = 0.0
    for index in range(len(heights) - 1, -1, -1):
        out.append(height)
        y = heights[index] - carry
        total = height + y
        carry = (total - height) - y
        height = total
    out.append(height)
    out.reverse()
    return out, height


class LinesPage(Table):
    """One page of a table of TextLines rows: the header, the rows that fit there, and the totals row if it is the
    last page. Only a Table's drawing of backgrounds, rules and cells is used (with the geometry given here);
    it is never measured or split, being made for the room it fills."""

    def __init__(self, header: list, rows: list[list], heights: list[float], styles: list[list],
                 col_widths: list[float], col_positions: list[float], backgrounds: list[tuple],
                 rules: list[tuple], totals: bool, header_drawn: dict | None = None):  # fmt: skip
        Flowable.__init__(self)
        # the header row's operators as first drawn in a document, shared by the table's pages (see _draw_header)
        self._header_drawn = header_drawn if header_drawn is not None else {}
        self.hAlign = "LEFT"
        self._cellvalues = [header, *rows]
        self._cellStyles = styles
        self._rowHeights = heights  # the header's first
        self._colWidths = col_widths
        self._colpositions = col_positions
        self._nrows, self._ncols = len(heights), len(col_widths)
        self._rowpositions, self._height = positions(heights)
        self._width = col_positions[-1]
        self._bkgrndcmds = backgrounds
        self._linecmds = rules
        self._spanCmds = []
        self._spanRects = None
        self._roundingRectDef = None
        self._totals = totals

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        return self._width, self._height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []  # made for the room it fills

    def draw(self) -> None:
        from wsparcie_desktop.reports.tables import _draw_text_lines  # (tables imports this module)

        canvas = self.canv
        canvas.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._drawBkgrnd()
        rowpositions, heights, widths = self._rowpositions, self._rowHeights, self._colWidths
        columns = list(zip(self._colpositions, widths))
        placed: list[tuple[TextLines, float, float]] = []
        last = len(self._cellvalues) - 1
        self._draw_header(columns)
        for index, (row, styles) in enumerate(zip(self._cellvalues, self._cellStyles)):
            bottom, height = rowpositions[index + 1], heights[index]
            if index == 0:
                continue
            if index == last and self._totals:  # the totals row: as a Table draws it
                for value, style, (x, width) in zip(row, styles, columns):
                    self._drawCell(value, style, (x, bottom), (width, height))
                continue
            # the lines of each cell where PageTable._drawCell places them, drawn after the rules
            for value, style, (x, width) in zip(row, styles, columns):
                y = bottom + height - style.topPadding
                if style.alignment == "LEFT":
                    left = x + style.leftPadding
                    for part in value:
                        y -= part.height
                        placed.append((part, left, y))
                else:
                    for part in value:
                        y -= part.height
                        placed.append((part, x + width - style.rightPadding - part.width, y))
        self._drawLines()
        canvas.restoreState()
        if placed:
            _draw_text_lines(canvas, placed)

    def _draw_header(self, columns: list[tuple[float, float]]) -> None:
        """The header row's cells as a Table draws them, drawn at the foot of the header row once per document and
        size: every later page writes the same operators again there (9 paragraphs on each of hundreds of pages).
        The state they set is undone after them, so the totals row sets its own (as for the first cell a Table
        draws)."""
        canvas, height = self.canv, self._rowHeights[0]
        canvas.saveState()
        canvas.translate(0, self._rowpositions[1])

        def draw() -> None:
            for value, style, (x, width) in zip(self._cellvalues[0], self._cellStyles[0], columns):
                self._drawCell(value, style, (x, 0), (width, height))

        replayed(canvas, self._header_drawn, (height, tuple(columns)), draw)
        canvas.restoreState()
        self._curcellstyle = None
