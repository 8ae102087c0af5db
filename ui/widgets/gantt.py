"""The HDR's Gantt chart on screen: zoom by month, by week or to fit the HDR's period, a line for today,
milestones, the approved plan and what was carried out.

The chart paints only what is on screen: the bars of the rows in view are drawn from the chart's rows
(``GanttRow``, the same the PDF draws), so a plan of 5,000 activities shows, scrolls and zooms as quickly as one
of 20, and a change to one activity redraws one row (``update_bar``). Scene x is measured in days from the
chart's first day and y in pixels; outlines are cosmetic (one pixel wide at every zoom) and milestone diamonds
are drawn in screen pixels, so they stay square. Each row holds up to three bars: the current plan (blue), the
approved plan (grey, thin) and what was carried out (green, thin; up to today while still under way). The time
scale above the chart and the activity names at its left are separate widgets in the view's margins, so they
stay in place while the chart scrolls under them; at week zoom the month and year of the first week in view
stay in sight at the scale's left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolTip, QWidget

from wsparcie_desktop.services.hdr_dates import ONE_DAY, inclusive_days, months_in
from wsparcie_desktop.services.hdr_projection import GanttRow  # the one row type, shared with the PDF's chart

MONTH = "month"
WEEK = "week"
FIT = "fit"  # the whole HDR period across the view
PIXELS_PER_DAY = {MONTH: 4.0, WEEK: 22.0}
WEEK_SCALE_FROM = 10.0  # pixels per day from which the time scale shows weeks
PADDING_DAYS = 14
HIT_PIXELS = 3  # a click this close to a bar's end still hits it

CURRENT = QColor("#2f6db5")
CURRENT_EDGE = QColor("#1d4a80")
SELECTED_EDGE = QColor("#f0a000")
BASELINE = QColor("#8a94a0")
ACTUAL = QColor("#2e7d32")
ACTUAL_ONGOING = QColor("#81c784")
MILESTONE = QColor("#c0561b")
SHADE = QColor("#f1f3f6")
GRID = QColor("#c9ced6")
TODAY = QColor("#c62828")
OUTSIDE = QColor("#e6e6e6")

# Where each bar sits in its row, as (top, height) in parts of the row's height.
CURRENT_BAND = (0.14, 0.38)
BASELINE_BAND = (0.58, 0.13)
ACTUAL_BAND = (0.76, 0.14)

Tooltips = dict[int, str] | Callable[[GanttRow], str] | None


class BarHandle:
    """One activity's bars on the chart: where they are (scene coordinates) and what they say when pointed at."""

    def __init__(self, view: GanttView, row: int):
        self.view, self.row = view, row
        self.bar = view.bar(row)

    def rect(self) -> QRectF:
        """The bar of the current plan."""
        return self.view.band_rect(self.row, self.bar.starts_on, self.bar.ends_on, CURRENT_BAND)

    def baseline_rect(self) -> QRectF | None:
        if self.bar.baseline is None:
            return None
        return self.view.band_rect(self.row, *self.bar.baseline, BASELINE_BAND)

    def actual_rect(self) -> QRectF | None:
        span = self.view.actual_span(self.bar)
        return self.view.band_rect(self.row, *span, ACTUAL_BAND) if span else None

    def toolTip(self) -> str:  # noqa: N802 — as a graphics item's
        return self.view.tooltip_of(self.bar)


def _diamond(centre: QPointF, radius: float) -> QPolygonF:
    x, y = centre.x(), centre.y()
    return QPolygonF([QPointF(x, y - radius), QPointF(x + radius, y), QPointF(x, y + radius), QPointF(x - radius, y)])


class GanttView(QGraphicsView):
    """The chart. ``activity_selected`` follows clicks on bars; ``activity_activated`` is a double click."""

    activity_selected = Signal(int)
    activity_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hdr_gantt")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.zoom = MONTH
        self.first_day = dt.date.today()
        self.last_day = dt.date.today()
        self.period: tuple[dt.date, dt.date] | None = None
        self.today = dt.date.today()
        self.bars: list[GanttRow | None] = []  # None: a row not read yet (see set_start)
        self._rows: dict[int, int] = {}  # activity id -> row
        self._rest_needed: Callable[[], None] | None = None
        self._selected: int | None = None
        self._tooltips: Tooltips = None
        self.row_height = max(26, int(self.fontMetrics().height() * 1.7))
        self.header = _TimeScale(self)
        self.names = _Names(self)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.verticalScrollBar().valueChanged.connect(self.names.update)
        self._layout_margins()
        self._apply_zoom()

    # --- data -----------------------------------------------------------------------------------------------
    def set_bars(self, bars: list[GanttRow], period: tuple[dt.date, dt.date] | None,
                 today: dt.date | None = None, tooltips: Tooltips = None) -> None:  # fmt: skip
        """Show these rows; the zoom, the scroll position and the selection (if still there) are kept.

        ``bars`` are the core's chart rows (the PDF draws the same ones); ``tooltips`` say what a bar says when
        pointed at: by activity id, or a function of the row (asked only for the bar pointed at).
        """
        self._tooltips = tooltips
        self.today = today or dt.date.today()
        self.bars = list(bars)
        self._rows = {bar.id: row for row, bar in enumerate(self.bars)}
        self._rest_needed = None
        self.period = period
        self._fit_range()
        if self.zoom == FIT:
            self._apply_zoom()
        self._changed()

    def set_start(self, bars: dict[int, GanttRow], ids: list[int], period: tuple[dt.date, dt.date] | None,
                  days: list[dt.date], rest_needed: Callable[[], None], tooltips: Tooltips = None) -> None:  # fmt: skip
        """Show the first rows of a long plan: ``bars`` by row, ``ids`` every activity's in the chart's order, ``days``
        the first and last date of every kind the whole chart shows (so its time scale is the whole plan's at
        once). Any other row asked for (scrolled to, pointed at) is read first by ``rest_needed``, which ends with
        :meth:`set_bars` of every row."""
        self._tooltips = tooltips
        self.today = dt.date.today()
        self.bars = [bars.get(row) for row in range(len(ids))]
        self._rows = {activity_id: row for row, activity_id in enumerate(ids)}
        self._rest_needed = rest_needed
        self.period = period
        self._fit_range(days)
        if self.zoom == FIT:
            self._apply_zoom()
        self._changed()

    def bar(self, row: int) -> GanttRow | None:
        """The chart's row ``row``; one not read yet is read first (with every other: see set_start)."""
        bar = self.bars[row] if 0 <= row < len(self.bars) else None
        if bar is None and self._rest_needed is not None:
            self._rest_needed()
            bar = self.bars[row] if 0 <= row < len(self.bars) else None
        return bar

    def update_bar(self, bar: GanttRow, tooltips: Tooltips = None) -> None:
        """One activity changed: its row is replaced and redrawn (the range grows if it ran out of it)."""
        if self._rest_needed is not None:  # every row first: the range is the whole chart's
            self._rest_needed()
        row = self._rows.get(bar.id)
        if row is None:
            return
        self.bars[row] = bar
        if tooltips is not None:
            self._tooltips = tooltips
        days = [d for d in (bar.starts_on, bar.ends_on, *(bar.baseline or ())) if d is not None]
        if min(days) < self.first_day + dt.timedelta(days=PADDING_DAYS) or max(days) > self.last_day - dt.timedelta(
            days=PADDING_DAYS
        ):
            self._fit_range()
        self._changed()

    def chart_days(self, bars) -> list[dt.date]:
        """The first and last of each kind of date of these rows (planned, approved, carried out): the days the
        chart must show for them. A plan of 5,000 rows is not made into a list of days."""
        days = []
        for dates in ([b.starts_on for b in bars], [b.ends_on for b in bars],
                      [d for b in bars if b.baseline for d in b.baseline],
                      [d for b in bars if b.actual_start is not None for d in (self.actual_span(b) or ())]):  # fmt: skip
            if dates:
                days += (min(dates), max(dates))
        return days

    def _fit_range(self, days: list[dt.date] | None = None) -> None:
        """The chart's days: those of its rows (or ``days``, given for rows not all read yet) and the period."""
        days = list(days) if days is not None else self.chart_days(self.bars)
        if self.period:
            days += list(self.period)
        if not days:
            days = [self.today, self.today + dt.timedelta(days=365)]
        self.first_day = min(days) - dt.timedelta(days=PADDING_DAYS)
        self.last_day = max(days) + dt.timedelta(days=PADDING_DAYS)
        width = (self.last_day - self.first_day).days + 1
        self.scene().setSceneRect(QRectF(0, 0, width, max(len(self.bars), 1) * self.row_height))

    def _changed(self) -> None:
        self.resetCachedContent()
        self.viewport().update()
        self.header.update()
        self.names.update()

    def x_of(self, day: dt.date) -> float:
        return float((day - self.first_day).days)

    def day_at(self, x: float) -> dt.date:
        return self.first_day + dt.timedelta(days=int(x // 1))

    def band_rect(self, row: int, start: dt.date, end: dt.date, band: tuple[float, float]) -> QRectF:
        h = self.row_height
        return QRectF(self.x_of(start), row * h + h * band[0], inclusive_days(start, end), h * band[1])

    def actual_span(self, bar: GanttRow) -> tuple[dt.date, dt.date] | None:
        """What was carried out: from its start to its end, or to today while it is still under way."""
        return self.carried_out(bar.actual_start, bar.actual_end)

    def carried_out(self, start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date] | None:
        """The span of :meth:`actual_span` for these actual dates."""
        if start is None:
            return None
        end = end or max(self.today, start)
        return (start, end) if end >= start else None

    def item_for(self, activity_id: int | None) -> BarHandle | None:
        row = self._rows.get(activity_id)
        return BarHandle(self, row) if row is not None else None

    def tooltip_of(self, bar: GanttRow) -> str:
        tips = self._tooltips
        if callable(tips):
            return tips(bar)
        return tips.get(bar.id, "") if tips else ""

    # --- zoom and scrolling ---------------------------------------------------------------------------------
    def pixels_per_day(self) -> float:
        if self.zoom != FIT:
            return PIXELS_PER_DAY[self.zoom]
        first, last = self.period or (self.first_day, self.last_day)
        return max(self.viewport().width() - 2, 50) / inclusive_days(first, last)

    def set_zoom(self, zoom: str) -> None:
        """Month, week, or the whole period; at month and week the day in the middle of the screen stays there."""
        if zoom not in (MONTH, WEEK, FIT) or zoom == self.zoom:
            return
        middle = self.mapToScene(self.viewport().rect().center())
        self.zoom = zoom
        self._apply_zoom()
        if zoom == FIT:
            start = self.period[0] if self.period else self.first_day
            self.horizontalScrollBar().setValue(int(self.x_of(start) * self.pixels_per_day()))
        else:
            selected = self.item_for(self._selected)
            if selected is not None:  # the activity the user is looking at stays in sight
                self.centerOn(selected.rect().center().x(), middle.y())
                self.ensureVisible(selected.rect(), 40, 10)
            else:
                self.centerOn(middle.x(), middle.y())
        self.header.update()

    def _apply_zoom(self) -> None:
        self.setTransform(QTransform.fromScale(self.pixels_per_day(), 1.0))
        self.resetCachedContent()

    def show_today(self) -> None:
        self.centerOn(self.x_of(self.today), self.mapToScene(self.viewport().rect().center()).y())

    def select_activity(self, activity_id: int | None) -> None:
        """Select the bar (without emitting activity_selected) and scroll it into view."""
        self._selected = activity_id if activity_id in self._rows else None
        handle = self.item_for(self._selected)
        if handle is not None:
            self.ensureVisible(handle.rect(), 40, 10)
        self.viewport().update()
        self.names.update()

    def selected_id(self) -> int | None:
        return self._selected

    def activity_at(self, pos) -> int | None:
        """The activity whose bar (any of its three, or its milestone) is at this point of the viewport."""
        point = self.mapToScene(pos)
        row = int(point.y() // self.row_height)
        if point.y() < 0 or not 0 <= row < len(self.bars):
            return None
        bar = self.bar(row)
        if bar is None:
            return None
        slack = HIT_PIXELS / self.pixels_per_day()
        spans = [(bar.starts_on, bar.ends_on), bar.baseline, self.actual_span(bar)]
        for span in spans:
            if span and self.x_of(span[0]) - slack <= point.x() <= self.x_of(span[1]) + 1 + slack:
                return bar.id
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        activity_id = self.activity_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and activity_id is not None:
            changed = activity_id != self._selected
            self._selected = activity_id
            self.viewport().update()
            self.names.update()
            if changed:
                self.activity_selected.emit(activity_id)
            event.accept()
            return
        super().mousePressEvent(event)  # elsewhere: drag the chart

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 — Qt's name
        activity_id = self.activity_at(event.position().toPoint())
        if activity_id is not None:
            self.activity_activated.emit(activity_id)
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.ToolTip:
            activity_id = self.activity_at(event.pos())
            text = self.tooltip_of(self.bar(self._rows[activity_id])) if activity_id is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # --- painting of what is on screen ------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 — Qt's name
        painter.fillRect(rect, QColor("white"))
        first = self.day_at(max(rect.left(), 0))
        last = self.day_at(max(rect.right(), 0))
        if self.period:  # days outside the HDR's period are greyed
            start_x, end_x = self.x_of(self.period[0]), self.x_of(self.period[1] + ONE_DAY)
            if rect.left() < start_x:
                painter.fillRect(QRectF(rect.left(), rect.top(), start_x - rect.left(), rect.height()), OUTSIDE)
            if rect.right() > end_x:
                painter.fillRect(QRectF(end_x, rect.top(), rect.right() - end_x, rect.height()), OUTSIDE)
        grid = QPen(GRID, 1)
        grid.setCosmetic(True)
        for year, month in months_in(first, last):
            left = self.x_of(dt.date(year, month, 1))
            if month % 2 == 0 and (not self.period or self.period[0] <= dt.date(year, month, 1) <= self.period[1]):
                following = dt.date(year + (month == 12), month % 12 + 1, 1)
                painter.fillRect(QRectF(left, rect.top(), self.x_of(following) - left, rect.height()), SHADE)
        painter.setPen(grid)
        if self.pixels_per_day() >= WEEK_SCALE_FROM:
            monday = first - dt.timedelta(days=first.weekday())
            week_pen = QPen(GRID, 1, Qt.PenStyle.DotLine)
            week_pen.setCosmetic(True)
            painter.setPen(week_pen)
            while monday <= last:
                x = self.x_of(monday)
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
                monday += dt.timedelta(days=7)
            painter.setPen(grid)
        for year, month in months_in(first, last):
            x = self.x_of(dt.date(year, month, 1))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        row_pen = QPen(QColor("#e3e6ea"), 1)
        row_pen.setCosmetic(True)
        painter.setPen(row_pen)
        h = self.row_height
        for row in range(max(int(rect.top() // h), 0), int(rect.bottom() // h) + 2):
            painter.drawLine(QPointF(rect.left(), row * h), QPointF(rect.right(), row * h))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 — Qt's name
        self._paint_bars(painter, rect)
        x = self.x_of(self.today) + 0.5
        if rect.left() <= x <= rect.right():
            pen = QPen(TODAY, 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _paint_bars(self, painter: QPainter, rect: QRectF) -> None:
        """The bars of the rows in ``rect`` only: however long the plan, a repaint draws what is on screen."""
        h = self.row_height
        first_row = max(int(rect.top() // h), 0)
        last_row = min(int(rect.bottom() // h), len(self.bars) - 1)
        edge = QPen(CURRENT_EDGE, 1)
        edge.setCosmetic(True)
        selected_edge = QPen(SELECTED_EDGE, 3)
        selected_edge.setCosmetic(True)
        no_pen = QPen(Qt.PenStyle.NoPen)
        diamonds: list[tuple[QPointF, float, QColor, QColor]] = []
        for row in range(first_row, last_row + 1):
            bar = self.bar(row)
            if bar is None:
                break
            if bar.baseline is not None:
                base = self.band_rect(row, *bar.baseline, BASELINE_BAND)
                painter.fillRect(base, BASELINE)
                if bar.baseline_milestone:
                    diamonds.append(
                        (QPointF(base.right() - 0.5, base.center().y()), h * 0.13, QColor("white"), BASELINE)
                    )
            actual = self.actual_span(bar)
            if actual is not None:
                done = bar.actual_end is not None
                painter.fillRect(self.band_rect(row, *actual, ACTUAL_BAND), ACTUAL if done else ACTUAL_ONGOING)
            current = self.band_rect(row, bar.starts_on, bar.ends_on, CURRENT_BAND)
            if current.right() < rect.left() or current.left() > rect.right():
                continue
            painter.setBrush(QBrush(CURRENT))
            painter.setPen(selected_edge if bar.id == self._selected else edge)
            painter.drawRect(current)
            if bar.is_milestone:
                diamonds.append((QPointF(current.right() - 0.5, current.center().y()), h * 0.22, MILESTONE,
                                 QColor("#1a1a1a")))  # fmt: skip
        painter.setPen(no_pen)
        if diamonds:  # in screen pixels, so they stay square at every zoom
            transform = painter.worldTransform()
            painter.save()
            painter.resetTransform()
            for centre, radius, fill, outline in diamonds:
                painter.setBrush(QBrush(fill))
                painter.setPen(QPen(outline, 1))
                painter.drawPolygon(_diamond(transform.map(centre), radius))
            painter.restore()

    # --- margins: the time scale and the names ----------------------------------------------------------------
    def _layout_margins(self) -> None:
        self.names_width = max(240, self.fontMetrics().horizontalAdvance("M" * 18))
        self.header_height = int(self.fontMetrics().height() * 2.4)
        self.setViewportMargins(self.names_width, self.header_height, 0, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.header.setGeometry(rect.left(), rect.top() - self.header_height, rect.width(), self.header_height)
        self.names.setGeometry(rect.left() - self.names_width, rect.top(), self.names_width, rect.height())
        if self.zoom == FIT:  # the period keeps filling the view
            self._apply_zoom()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 — Qt's name
        super().scrollContentsBy(dx, dy)
        if dx:
            self.header.update()
        if dy:
            self.names.update()


def month_name(month: int) -> str:
    """The short name of the month in the program's language ('wrz' in Polish)."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat).rstrip(".")


class _TimeScale(QWidget):
    """Years and months (month zoom) or months and week starts (week zoom) above the chart, and today."""

    def __init__(self, view: GanttView):
        super().__init__(view)
        self.view = view
        self.today_text = self.tr("today")

    def month_labels(self) -> list[tuple[QRectF, str]]:
        """At week zoom: 'wrz 2026' over each month in view. The label of a month begun before the view's left edge
        stays at that edge (until the month's end pushes it away), so the month and year are always in sight."""
        view = self.view
        left_scene = view.mapToScene(0, 0).x()
        right_scene = view.mapToScene(view.viewport().width(), 0).x()
        first, last = view.day_at(max(left_scene, 0)), view.day_at(max(right_scene, 0))
        half = self.height() // 2
        metrics = self.fontMetrics()
        labels = []
        for year, month in months_in(first, last):
            start = dt.date(year, month, 1)
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            a = view.mapFromScene(QPointF(view.x_of(start), 0)).x()
            b = view.mapFromScene(QPointF(view.x_of(following), 0)).x()
            text = f"{month_name(month)} {year}"
            width = metrics.horizontalAdvance(text) + 8
            left = min(max(a, 0), b - width)  # held at the left edge, pushed off by the next month
            labels.append((QRectF(left + 4, 0, width, half), text))
        return labels

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        view = self.view
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e4e8ee"))
        left_scene = view.mapToScene(0, 0).x()
        right_scene = view.mapToScene(view.viewport().width(), 0).x()
        first, last = view.day_at(max(left_scene, 0)), view.day_at(max(right_scene, 0))
        half = self.height() // 2
        metrics = self.fontMetrics()
        painter.setPen(QColor("#8c8c8c"))
        painter.drawLine(0, half, self.width(), half)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

        def x_of(day: dt.date) -> int:
            return view.mapFromScene(QPointF(view.x_of(day), 0)).x()

        painter.setPen(QColor("#1a1a1a"))
        if view.pixels_per_day() < WEEK_SCALE_FROM:  # months (and years) above them
            for year in range(first.year, last.year + 1):
                a, b = x_of(max(first, dt.date(year, 1, 1))), x_of(min(last, dt.date(year, 12, 31)) + ONE_DAY)
                painter.drawText(QRectF(a, 0, b - a, half), Qt.AlignmentFlag.AlignCenter, str(year))
            for year, month in months_in(first, last):
                start = dt.date(year, month, 1)
                following = dt.date(year + (month == 12), month % 12 + 1, 1)
                a, b = x_of(start), x_of(following)
                painter.drawLine(a, half, a, self.height())
                name = month_name(month)
                if metrics.horizontalAdvance(name) + 4 < b - a:
                    painter.drawText(QRectF(a, half, b - a, half), Qt.AlignmentFlag.AlignCenter, name)
        else:
            for year, month in months_in(first, last):
                painter.drawLine(x_of(dt.date(year, month, 1)), 0, x_of(dt.date(year, month, 1)), half)
            for rect, text in self.month_labels():
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
            monday = first - dt.timedelta(days=first.weekday())
            while monday <= last:
                a = x_of(monday)
                painter.drawLine(a, half, a, self.height())
                painter.drawText(QRectF(a + 3, half, x_of(monday + dt.timedelta(days=7)) - a - 3, half),
                                 Qt.AlignmentFlag.AlignVCenter, monday.strftime("%d.%m"))  # fmt: skip
                monday += dt.timedelta(days=7)
        x = x_of(view.today)
        if 0 <= x <= self.width():
            painter.setPen(QPen(TODAY, 2))
            painter.drawLine(x, half, x, self.height())
            painter.drawText(QRectF(x + 3, half, metrics.horizontalAdvance(self.today_text) + 6, half),
                             Qt.AlignmentFlag.AlignVCenter, self.today_text)  # fmt: skip
        painter.end()


class _Names(QWidget):
    """The activities' numbers and names beside their rows; only the rows on screen are painted."""

    def __init__(self, view: GanttView):
        super().__init__(view)
        self.view = view

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        view = self.view
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fafbfc"))
        h = view.row_height
        top_scene = view.mapToScene(0, 0).y()
        first_row = max(int(top_scene // h), 0)
        offset = view.mapFromScene(QPointF(0, first_row * h)).y()
        metrics = self.fontMetrics()
        selected = view.selected_id()
        row = first_row
        y = offset
        while y < self.height() and row < len(view.bars):
            bar = view.bar(row)
            if bar is None:
                break
            if bar.id == selected:
                painter.fillRect(0, y, self.width(), h, QColor("#fde7b0"))
            painter.setPen(QColor("#e3e6ea"))
            painter.drawLine(0, y, self.width(), y)
            painter.setPen(QColor("#1a1a1a"))
            text = metrics.elidedText(f"{bar.number}. {bar.name}", Qt.TextElideMode.ElideRight, self.width() - 12)
            painter.drawText(QRectF(6, y, self.width() - 12, h), Qt.AlignmentFlag.AlignVCenter, text)
            row += 1
            y += h
        painter.setPen(QColor("#8c8c8c"))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        painter.end()
