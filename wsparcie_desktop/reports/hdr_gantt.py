"""The HDR's Gantt chart for paper: months as columns, split across pages by rows and by time.

A long plan does not shrink into an unreadable strip: the chart is cut into pages of at most as many
activities as fit and, when the period is longer than ``MONTHS_PER_PAGE`` months, into time slices, each
printed on its own page with the same month grid, legend and activity numbers as the table. Bars use inclusive
dates: an activity from 1 to 30 September fills the whole of September.

Each page is a flowable drawing straight on the canvas (rectangles, lines, text): a chart of 120 activities
has a few thousand marks, and the graphics-shapes route costs several times more per mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.replay import replayed
from wsparcie_desktop.reports.styles import INK, MUTED  # one palette for every document
from wsparcie_desktop.reports.tables import line_code
from wsparcie_desktop.reports.text import printable
from wsparcie_desktop.services.hdr_dates import (
    ONE_DAY,
    inclusive_days,
    month_end,
    month_start,
    months_in,
    slices_of_months,
)
from wsparcie_desktop.services.hdr_projection import GanttRow  # the one row type, shared with the screen's chart

MONTHS_PER_PAGE = 12
ROW_HEIGHT = 13.0
HEADER_HEIGHT = 26.0
LEGEND_HEIGHT = 20.0
LABEL_WIDTH = 70 * mm
LABEL_SIZE = 7.0
MONTH_NAMES = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")

CURRENT = colors.HexColor("#2f6db5")
CURRENT_EDGE = colors.HexColor("#1d4a80")
BASELINE = colors.HexColor("#8a94a0")
MILESTONE = colors.HexColor("#c0561b")
GRID = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#f1f3f6")


@dataclass(frozen=True)
class GanttPage:
    rows: tuple[GanttRow, ...]
    start: dt.date
    end: dt.date  # inclusive
    slice_number: int
    slice_count: int


def paginate(rows: Sequence[GanttRow], start: dt.date, end: dt.date, rows_per_page: int,
             months_per_page: int = MONTHS_PER_PAGE) -> list[GanttPage]:  # fmt: skip
    """Pages in reading order: all rows of the first time slice, then all rows of the next one."""
    slices = slices_of_months(start, end, months_per_page)
    pages = []
    for number, (slice_start, slice_end) in enumerate(slices, 1):
        for i in range(0, max(len(rows), 1), rows_per_page):
            pages.append(GanttPage(tuple(rows[i : i + rows_per_page]), slice_start, slice_end, number, len(slices)))
    return pages


def rows_fitting(height: float) -> int:
    """How many activity rows fit in a chart of ``height`` points (header and legend included)."""
    return max(1, int((height - HEADER_HEIGHT - LEGEND_HEIGHT - 4) // ROW_HEIGHT))


def fit_text(text: str, width: float, font: str = fonts.REGULAR, size: float = LABEL_SIZE) -> str:
    """``text`` on one line of ``width`` points, cut at the end with '…' when longer."""
    text = " ".join(printable(text, font).split())
    whole = stringWidth(text, font, size)
    if whole <= width:
        return text

    def fits(length: int) -> bool:
        return stringWidth(text[:length] + "…", font, size) <= width

    # the longest start that fits with its '…' (a longer start is never narrower): looked for from where the
    # text's average letter puts it, a letter or two away, instead of by halves of the whole (a 5,000-row chart)
    length = max(0, min(len(text) - 1, int(len(text) * width / whole)))
    if fits(length):
        while length + 1 < len(text) and fits(length + 1):
            length += 1
    else:
        while length > 0 and not fits(length - 1):
            length -= 1
        length = max(length - 1, 0)
    return text[:length].rstrip() + "…"


class GanttFlowable(Flowable):
    """One page of the chart, ``width`` points wide; its height follows from the number of rows.

    ``labels`` maps an activity number to its label already fitted to the label column, so a label is
    measured once however many time slices repeat it.
    """

    def __init__(self, page: GanttPage, width: float, show_baseline: bool, labels: dict[int, str],
                 drawn: dict | None = None):  # fmt: skip
        super().__init__()
        self.drawn = drawn if drawn is not None else {}  # month columns and legends as drawn, shared by the pages
        self.page = page
        self.width = width
        self.height = HEADER_HEIGHT + max(len(page.rows), 1) * ROW_HEIGHT + LEGEND_HEIGHT
        self.show_baseline = show_baseline
        self.labels = labels
        self.hAlign = "CENTER"

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        page, width, height = self.page, self.width, self.height
        chart_x, chart_w = LABEL_WIDTH, width - LABEL_WIDTH
        per_day = chart_w / ((page.end - page.start).days + 1)
        top, bottom = height - HEADER_HEIGHT, LEGEND_HEIGHT

        def x_of(day: dt.date) -> float:
            return chart_x + (day - page.start).days * per_day

        c.saveState()
        replayed(c, self.drawn, ("months", page.start, page.end, width, height),
                 lambda: self._months(c, x_of, top, bottom, height))  # fmt: skip
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(chart_x + chart_w, bottom, chart_x + chart_w, height - 12)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.line(0, top, width, top)
        c.line(0, bottom, width, bottom)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.25)
        for index in range(1, len(page.rows)):
            c.line(0, top - index * ROW_HEIGHT, width, top - index * ROW_HEIGHT)
        c.setFont(fonts.REGULAR, LABEL_SIZE)
        c.setFillColor(INK)
        self._labels(c, top)
        if self.show_baseline:
            c.setFillColor(BASELINE)
            for index, row in enumerate(page.rows):
                if row.baseline is not None:
                    self._bar(c, row.baseline, x_of, top - index * ROW_HEIGHT - ROW_HEIGHT / 2 - 5.4, 3.0, False)
        c.setFillColor(CURRENT)
        c.setStrokeColor(CURRENT_EDGE)
        c.setLineWidth(0.4)
        for index, row in enumerate(page.rows):
            self._bar(c, (row.starts_on, row.ends_on), x_of, top - index * ROW_HEIGHT - ROW_HEIGHT / 2 - 1.8, 6.0,
                      True)  # fmt: skip
        for index, row in enumerate(page.rows):
            middle = top - index * ROW_HEIGHT - ROW_HEIGHT / 2
            old = row.baseline if self.show_baseline and row.baseline_milestone else None
            if old and page.start <= old[1] <= page.end:
                _diamond(c, x_of(old[1]) + per_day / 2, middle - 3.5, 3.2, colors.white, BASELINE)
            if row.is_milestone and page.start <= row.ends_on <= page.end:
                _diamond(c, x_of(row.ends_on) + per_day / 2, middle + 1.2, 4.2, MILESTONE, INK)
        if not page.rows:
            c.setFont(fonts.ITALIC, LABEL_SIZE)
            c.setFillColor(MUTED)
            c.drawString(chart_x + 4, top - ROW_HEIGHT / 2 - 2.4, "Brak działań.")
        replayed(c, self.drawn, ("legend", self.show_baseline, page.slice_number, page.slice_count, width),
                 lambda: self._legend(c))  # fmt: skip
        c.restoreState()

    def _labels(self, c, top: float) -> None:
        """Each row's label, as canvas.drawString would place it, all in one text object (see tables.line_code)."""
        font = pdfmetrics.getFont(fonts.REGULAR)
        text = c.beginText()
        text.setFont(fonts.REGULAR, LABEL_SIZE)
        size_code = f"{fp_str(LABEL_SIZE)} Tf {fp_str(text._leading)} TL"
        for index, row in enumerate(self.page.rows):
            text.setTextOrigin(2, top - index * ROW_HEIGHT - ROW_HEIGHT / 2 - 2.4)
            text._code.append(line_code(text, font, c, size_code, self.labels[row.number]))
        c.drawText(text)

    def _months(self, c, x_of, top: float, bottom: float, height: float) -> None:
        """Month columns (alternately shaded), their names, and the year over each run of months."""
        page = self.page
        years: dict[int, tuple[float, float]] = {}
        columns = []
        for index, (year, month) in enumerate(months_in(page.start, page.end)):
            left = x_of(max(page.start, month_start(year, month)))
            right = x_of(min(page.end, month_end(year, month)) + ONE_DAY)
            columns.append((index, month, left, right))
            first, _ = years.get(year, (left, right))
            years[year] = (first, right)
        c.setFillColor(SHADE)
        for index, _month, left, right in columns:
            if index % 2:
                c.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.setFillColor(INK)
        c.setFont(fonts.REGULAR, 7)
        for _index, month, left, right in columns:
            c.line(left, bottom, left, height - 12)
            label = MONTH_NAMES[month - 1] if right - left > 14 else MONTH_NAMES[month - 1][0]
            c.drawCentredString((left + right) / 2, top + 3, label)
        c.setFont(fonts.BOLD, 7.5)
        for year, (left, right) in years.items():
            c.drawCentredString((left + right) / 2, height - 10, str(year))

    def _bar(self, c, dates: tuple[dt.date, dt.date], x_of, y: float, h: float, stroke: bool) -> None:
        start, end = dates
        page = self.page
        if end < page.start or start > page.end:
            return
        first, last = max(start, page.start), min(end, page.end)
        width = inclusive_days(first, last) * (x_of(first + ONE_DAY) - x_of(first))  # 1–30 September: 30 days wide
        c.rect(x_of(first), y, max(width, 0.8), h, stroke=1 if stroke else 0, fill=1)

    def _legend(self, c) -> None:
        y, x = 6, 2
        c.setFont(fonts.REGULAR, 7)
        c.setFillColor(CURRENT)
        c.setStrokeColor(CURRENT_EDGE)
        c.setLineWidth(0.4)
        c.rect(x, y, 16, 6.0, stroke=1, fill=1)
        x += 20
        current = "plan obecny" if self.show_baseline else "działanie (od pierwszego do ostatniego dnia)"
        c.setFillColor(INK)
        c.drawString(x, y + 0.8, current)
        x += stringWidth(current, fonts.REGULAR, 7) + 14
        if self.show_baseline:
            c.setFillColor(BASELINE)
            c.rect(x, y + 1.3, 16, 3.0, stroke=0, fill=1)
            x += 20
            c.setFillColor(INK)
            c.drawString(x, y + 0.8, "plan zatwierdzony (bazowy)")
            x += stringWidth("plan zatwierdzony (bazowy)", fonts.REGULAR, 7) + 14
        _diamond(c, x + 4, y + 2.8, 4.2, MILESTONE, INK)
        x += 12
        c.setFillColor(INK)
        c.drawString(x, y + 0.8, "kamień milowy (w dniu zakończenia)")
        if self.page.slice_count > 1:
            c.setFont(fonts.ITALIC, 7)
            c.setFillColor(MUTED)
            c.drawRightString(
                self.width - 2, y + 0.8, f"Część {self.page.slice_number} z {self.page.slice_count} okresu"
            )


def _diamond(c, x: float, y: float, r: float, fill, stroke) -> None:
    c.saveState()
    c.setFillColor(fill)
    c.setStrokeColor(stroke)
    c.setLineWidth(0.6)
    path = c.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    c.drawPath(path, stroke=1, fill=1)
    c.restoreState()


def chart_pages(rows: Sequence[GanttRow], start: dt.date, end: dt.date, width: float, height: float,
                show_baseline: bool) -> list[GanttFlowable]:  # fmt: skip
    """The flowables of the whole chart: pages of at most as many rows as fit in ``height``."""
    labels = {row.number: fit_text(f"{row.number}. {row.name}", LABEL_WIDTH - 6) for row in rows}
    pages = paginate(rows, start, end, rows_fitting(height))
    drawn: dict = {}
    return [GanttFlowable(page, width, show_baseline, labels, drawn) for page in pages]
