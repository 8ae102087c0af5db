"""The HDR's Gantt chart on screen: zoom by month or by week, a line for today, milestones, the approved plan.

The scene is built once per plan (``set_bars``); zooming only changes the view's horizontal scale, so even 200
activities zoom and scroll without rebuilding anything. Scene x is measured in days from the chart's first
day and y in pixels; bars use cosmetic pens so their outlines stay one pixel wide at every zoom, and
milestone diamonds ignore the view's scale so they stay square. The month shading, the week lines and the
today line are painted only for the part of the chart on screen. The time scale above the chart and the
activity names at its left are separate widgets in the view's margins, so they stay in place while the
chart scrolls under them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from wsparcie_desktop.services.hdr_dates import ONE_DAY, inclusive_days, months_in
from wsparcie_desktop.services.hdr_projection import GanttRow  # the one row type, shared with the PDF's chart

MONTH = "month"
WEEK = "week"
PIXELS_PER_DAY = {MONTH: 4.0, WEEK: 22.0}
PADDING_DAYS = 14

CURRENT = QColor("#2f6db5")
CURRENT_EDGE = QColor("#1d4a80")
SELECTED_EDGE = QColor("#f0a000")
BASELINE = QColor("#8a94a0")
MILESTONE = QColor("#c0561b")
SHADE = QColor("#f1f3f6")
GRID = QColor("#c9ced6")
TODAY = QColor("#c62828")
OUTSIDE = QColor("#e6e6e6")


class BarItem(QGraphicsRectItem):
    """A bar of the current plan; selectable, outlined in orange when selected instead of Qt's dashed frame."""

    def __init__(self, bar: GanttRow, rect: QRectF, tooltip: str = ""):
        super().__init__(rect)
        self.bar = bar
        self.setData(0, bar.id)
        self.setBrush(QBrush(CURRENT))
        pen = QPen(CURRENT_EDGE, 1)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(tooltip)
        self.setZValue(2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setBrush(self.brush())
        if self.isSelected():
            pen = QPen(SELECTED_EDGE, 3)
            pen.setCosmetic(True)
            painter.setPen(pen)
        else:
            painter.setPen(self.pen())
        painter.drawRect(self.rect())


def _diamond(radius: float) -> QPolygonF:
    return QPolygonF([QPointF(0, -radius), QPointF(radius, 0), QPointF(0, radius), QPointF(-radius, 0)])


class GanttView(QGraphicsView):
    """The chart. ``activity_selected`` follows clicks on bars; ``activity_activated`` is a double click."""

    activity_selected = Signal(int)
    activity_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hdr_gantt")
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self._selection_changed)
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
        self.bars: list[GanttRow] = []
        self.items: dict[int, BarItem] = {}
        self.row_height = max(26, int(self.fontMetrics().height() * 1.7))
        self.header = _TimeScale(self)
        self.names = _Names(self)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.verticalScrollBar().valueChanged.connect(self.names.update)
        self._layout_margins()
        self._apply_zoom()

    # --- data -----------------------------------------------------------------------------------------------
    def set_bars(self, bars: list[GanttRow], period: tuple[dt.date, dt.date] | None,
                 today: dt.date | None = None, tooltips: dict[int, str] | None = None) -> None:  # fmt: skip
        """Build the scene for this plan (once); the zoom and the scroll position are kept.

        ``bars`` are the core's chart rows (the PDF draws the same ones); ``tooltips`` are by activity id.
        """
        tooltips = tooltips or {}
        self.today = today or dt.date.today()
        self.bars = list(bars)
        self.period = period
        days = [d for b in bars for d in (b.starts_on, b.ends_on)]
        days += [d for b in bars if b.baseline for d in b.baseline]
        if period:
            days += list(period)
        if not days:
            days = [self.today, self.today + dt.timedelta(days=365)]
        self.first_day = min(days) - dt.timedelta(days=PADDING_DAYS)
        self.last_day = max(days) + dt.timedelta(days=PADDING_DAYS)
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        self.items = {}
        h = self.row_height
        for row, bar in enumerate(self.bars):
            top = row * h
            if bar.baseline is not None:
                start, end = bar.baseline
                base = QGraphicsRectItem(QRectF(self.x_of(start), top + h * 0.68, inclusive_days(start, end), h * 0.16))
                base.setBrush(QBrush(BASELINE))
                base.setPen(QPen(Qt.PenStyle.NoPen))
                base.setData(0, bar.id)
                base.setData(1, "baseline")
                base.setZValue(1)
                scene.addItem(base)
                if bar.baseline_milestone:
                    self._milestone(bar.id, end, top + h * 0.76, h * 0.14, QColor("white"), BASELINE)
            item = BarItem(bar, QRectF(self.x_of(bar.starts_on), top + h * 0.22,
                                       inclusive_days(bar.starts_on, bar.ends_on), h * 0.42),
                           tooltips.get(bar.id, ""))  # fmt: skip
            scene.addItem(item)
            self.items[bar.id] = item
            if bar.is_milestone:
                self._milestone(bar.id, bar.ends_on, top + h * 0.43, h * 0.24, MILESTONE, QColor("#1a1a1a"))
        width = (self.last_day - self.first_day).days + 1
        scene.setSceneRect(QRectF(0, 0, width, max(len(self.bars), 1) * h))
        scene.blockSignals(False)
        self.resetCachedContent()
        self.header.update()
        self.names.update()

    def _milestone(self, activity_id: int, day: dt.date, y: float, radius: float, fill: QColor, edge: QColor) -> None:
        item = QGraphicsPolygonItem(_diamond(radius))
        item.setBrush(QBrush(fill))
        pen = QPen(edge, 1)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        item.setPos(self.x_of(day) + 0.5, y)
        item.setData(0, activity_id)
        item.setData(1, "milestone")
        item.setZValue(3)
        self.scene().addItem(item)

    def x_of(self, day: dt.date) -> float:
        return float((day - self.first_day).days)

    def day_at(self, x: float) -> dt.date:
        return self.first_day + dt.timedelta(days=int(x // 1))

    def item_for(self, activity_id: int) -> BarItem | None:
        return self.items.get(activity_id)

    # --- zoom and scrolling ---------------------------------------------------------------------------------
    def set_zoom(self, zoom: str) -> None:
        """Month or week; the day in the middle of the screen stays in the middle."""
        if zoom not in PIXELS_PER_DAY or zoom == self.zoom:
            return
        middle = self.mapToScene(self.viewport().rect().center())
        self.zoom = zoom
        self._apply_zoom()
        selected = self.items.get(self.selected_id())
        if selected is not None:  # the activity the user is looking at stays in sight
            self.centerOn(selected.rect().center().x(), middle.y())
            self.ensureVisible(selected, 40, 10)
        else:
            self.centerOn(middle.x(), middle.y())
        self.header.update()

    def _apply_zoom(self) -> None:
        self.setTransform(self.transform().fromScale(PIXELS_PER_DAY[self.zoom], 1.0))
        self.resetCachedContent()

    def show_today(self) -> None:
        self.centerOn(self.x_of(self.today), self.mapToScene(self.viewport().rect().center()).y())

    def select_activity(self, activity_id: int | None) -> None:
        """Select the bar (without emitting activity_selected) and scroll it into view."""
        scene = self.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        item = self.items.get(activity_id) if activity_id is not None else None
        if item is not None:
            item.setSelected(True)
            self.ensureVisible(item, 40, 10)
        scene.blockSignals(False)
        self.viewport().update()
        self.names.update()

    def selected_id(self) -> int | None:
        selected = [i for i in self.scene().selectedItems() if isinstance(i, BarItem)]
        return selected[0].bar.id if selected else None

    def _selection_changed(self) -> None:
        activity_id = self.selected_id()
        self.names.update()
        if activity_id is not None:
            self.activity_selected.emit(activity_id)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 — Qt's name
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(0) is not None:
            self.activity_activated.emit(int(item.data(0)))
            return
        super().mouseDoubleClickEvent(event)

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
        if self.zoom == WEEK:
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
        x = self.x_of(self.today) + 0.5
        if rect.left() <= x <= rect.right():
            pen = QPen(TODAY, 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

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
        if view.zoom == MONTH:
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
                start = dt.date(year, month, 1)
                following = dt.date(year + (month == 12), month % 12 + 1, 1)
                a, b = x_of(start), x_of(following)
                painter.drawLine(a, 0, a, half)
                painter.drawText(QRectF(a + 4, 0, b - a - 8, half), Qt.AlignmentFlag.AlignVCenter,
                                 f"{month_name(month)} {year}")  # fmt: skip
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
            bar = view.bars[row]
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
