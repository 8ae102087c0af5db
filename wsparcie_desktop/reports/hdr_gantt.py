"""The HDR's Gantt chart for paper: months as columns, split across pages by rows and by time.

A long plan does not shrink into an unreadable strip: the chart is cut into pages of at most
``ROWS_PER_PAGE`` activities and, when the period is longer than ``MONTHS_PER_PAGE`` months, into time slices,
each printed on its own page with the same month grid, legend and activity numbers as the table.
Bars use inclusive dates: an activity from 1 to 30 September fills the whole of September.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.text import printable
from wsparcie_desktop.services.hdr_dates import ONE_DAY, month_end, month_start, months_in, slices_of_months

MONTHS_PER_PAGE = 12
ROW_HEIGHT = 13.0
HEADER_HEIGHT = 26.0
LEGEND_HEIGHT = 20.0
LABEL_WIDTH = 70 * mm
MONTH_NAMES = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")

CURRENT = colors.HexColor("#2f6db5")
CURRENT_EDGE = colors.HexColor("#1d4a80")
BASELINE = colors.HexColor("#a7afb8")
MILESTONE = colors.HexColor("#c0561b")
GRID = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#f1f3f6")
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class GanttRow:
    number: int
    name: str
    starts_on: dt.date
    ends_on: dt.date  # inclusive
    is_milestone: bool = False
    baseline: tuple[dt.date, dt.date] | None = None
    baseline_milestone: bool = False


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


def _fit_text(text: str, width: float, font: str, size: float) -> str:
    text = " ".join(printable(text, font).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _diamond(x: float, y: float, r: float, fill, stroke) -> Polygon:
    return Polygon([x, y + r, x + r, y, x, y - r, x - r, y], fillColor=fill, strokeColor=stroke, strokeWidth=0.6)


def draw_page(page: GanttPage, width: float, show_baseline: bool = True) -> Drawing:
    """One page of the chart, ``width`` points wide; its height follows from the number of rows.

    ``show_baseline`` False (a plan never approved) leaves the baseline out of the legend.
    """
    rows = page.rows
    height = HEADER_HEIGHT + max(len(rows), 1) * ROW_HEIGHT + LEGEND_HEIGHT
    d = Drawing(width, height)
    chart_x = LABEL_WIDTH
    chart_w = width - LABEL_WIDTH
    days = (page.end - page.start).days + 1
    per_day = chart_w / days
    top = height - HEADER_HEIGHT  # y of the first row's top edge
    bottom = LEGEND_HEIGHT

    def x_of(day: dt.date) -> float:
        return chart_x + (day - page.start).days * per_day

    # month columns: shading, grid and names; the year over each run of months
    years: dict[int, tuple[float, float]] = {}
    for index, (year, month) in enumerate(months_in(page.start, page.end)):
        left = x_of(max(page.start, month_start(year, month)))
        right = x_of(min(page.end, month_end(year, month)) + ONE_DAY)
        if index % 2:
            d.add(Rect(left, bottom, right - left, top - bottom, fillColor=SHADE, strokeColor=None))
        d.add(Line(left, bottom, left, height - 12, strokeColor=GRID, strokeWidth=0.5))
        label = MONTH_NAMES[month - 1] if right - left > 14 else MONTH_NAMES[month - 1][0]
        d.add(String((left + right) / 2, top + 3, label, fontName=fonts.REGULAR, fontSize=7, fillColor=INK,
                     textAnchor="middle"))  # fmt: skip
        first, _ = years.get(year, (left, right))
        years[year] = (first, right)
    d.add(Line(chart_x + chart_w, bottom, chart_x + chart_w, height - 12, strokeColor=GRID, strokeWidth=0.5))
    for year, (left, right) in years.items():
        d.add(String((left + right) / 2, height - 10, str(year), fontName=fonts.BOLD, fontSize=7.5, fillColor=INK,
                     textAnchor="middle"))  # fmt: skip
    d.add(Line(0, top, width, top, strokeColor=MUTED, strokeWidth=0.6))
    d.add(Line(0, bottom, width, bottom, strokeColor=MUTED, strokeWidth=0.6))

    for index, row in enumerate(rows):
        row_top = top - index * ROW_HEIGHT
        middle = row_top - ROW_HEIGHT / 2
        if index:
            d.add(Line(0, row_top, width, row_top, strokeColor=GRID, strokeWidth=0.25))
        label = _fit_text(f"{row.number}. {row.name}", LABEL_WIDTH - 6, fonts.REGULAR, 7)
        d.add(String(2, middle - 2.4, label, fontName=fonts.REGULAR, fontSize=7, fillColor=INK))
        if row.baseline is not None:
            _bar(d, row.baseline, page, x_of, middle - 4.6, 2.2, BASELINE, None)
            if row.baseline_milestone and page.start <= row.baseline[1] <= page.end:
                d.add(_diamond(x_of(row.baseline[1]) + per_day / 2, middle - 3.5, 3.2, colors.white, BASELINE))
        _bar(d, (row.starts_on, row.ends_on), page, x_of, middle - 1.6, 5.6, CURRENT, CURRENT_EDGE)
        if row.is_milestone and page.start <= row.ends_on <= page.end:
            d.add(_diamond(x_of(row.ends_on) + per_day / 2, middle + 1.2, 4.2, MILESTONE, INK))
    if not rows:
        d.add(String(chart_x + 4, top - ROW_HEIGHT / 2 - 2.4, "Brak działań.", fontName=fonts.ITALIC, fontSize=7,
                     fillColor=MUTED))  # fmt: skip
    _legend(d, page, show_baseline)
    return d


def _bar(d: Drawing, dates: tuple[dt.date, dt.date], page: GanttPage, x_of, y: float, h: float, fill, stroke) -> None:
    start, end = dates
    if end < page.start or start > page.end:
        return
    left = x_of(max(start, page.start))
    right = x_of(min(end, page.end) + ONE_DAY)
    d.add(Rect(left, y, max(right - left, 0.8), h, fillColor=fill, strokeColor=stroke, strokeWidth=0.4))


def _legend(d: Drawing, page: GanttPage, show_baseline: bool) -> None:
    y = 6
    x = 2
    d.add(Rect(x, y, 16, 5.6, fillColor=CURRENT, strokeColor=CURRENT_EDGE, strokeWidth=0.4))
    x += 20
    current = "plan obecny" if show_baseline else "działanie (od pierwszego do ostatniego dnia)"
    d.add(String(x, y + 0.8, current, fontName=fonts.REGULAR, fontSize=7, fillColor=INK))
    x += stringWidth(current, fonts.REGULAR, 7) + 14
    if show_baseline:
        d.add(Rect(x, y + 1.6, 16, 2.2, fillColor=BASELINE, strokeColor=None))
        x += 20
        d.add(String(x, y + 0.8, "plan zatwierdzony (bazowy)", fontName=fonts.REGULAR, fontSize=7, fillColor=INK))
        x += stringWidth("plan zatwierdzony (bazowy)", fonts.REGULAR, 7) + 14
    d.add(_diamond(x + 4, y + 2.8, 4.2, MILESTONE, INK))
    x += 12
    d.add(String(x, y + 0.8, "kamień milowy (w dniu zakończenia)", fontName=fonts.REGULAR, fontSize=7, fillColor=INK))
    if page.slice_count > 1:
        note = f"Część {page.slice_number} z {page.slice_count} okresu"
        d.add(String(d.width - 2, y + 0.8, note, fontName=fonts.ITALIC, fontSize=7, fillColor=MUTED,
                     textAnchor="end"))  # fmt: skip
