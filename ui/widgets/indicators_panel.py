"""The indicators of the development goals with their measurements and progress towards the target.

Left: every indicator with its baseline, target, latest value and the share of the way covered. Right: the
chosen indicator's small chart (baseline, measurements, target), the activities meant to move it, and its
measurements, added, changed and deleted through the runner.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.base import FormDialog, confirm_delete
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.fitted_columns import BREAK, ColumnFitter
from wsparcie_desktop.i18n import format_date_short, format_number
from wsparcie_desktop.services import measurements
from wsparcie_desktop.services.measurements import Axis, IndicatorProgress, MeasurementData, value_axis


class ProgressChart(QWidget):
    """Baseline, measurements and target of one indicator over time, drawn small."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(130)
        self.progress: IndicatorProgress | None = None

    def show_progress(self, progress: IndicatorProgress | None) -> None:
        self.progress = progress
        self.update()

    def points(self) -> list[tuple[dt.date, float, str]]:
        return [(d, float(v), k) for d, v, k in self.progress.chart_points()] if self.progress else []

    def axis(self) -> Axis | None:
        return value_axis([v for _d, v, _k in self.progress.chart_points()]) if self.progress else None

    def paintEvent(self, _event) -> None:  # noqa: N802
        points = self.points()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        axis = self.axis() if len(points) >= 2 else None
        labels = axis.labels if axis else []
        left = max((metrics.horizontalAdvance(t) for t in labels), default=0) + 10
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(left, line / 2 + 2, -10, -(line + 6))
        if axis is None:
            painter.setPen(QPen(QColor("#8c8c8c"), 1))
            painter.drawRect(area)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No chart yet: baseline and target needed"))
            return
        first, last = points[0][0].toordinal(), points[-1][0].toordinal()
        low, high = float(axis.low), float(axis.high)

        def at(day: dt.date, value: float) -> QPointF:
            x = area.left() + (day.toordinal() - first) / max(1, last - first) * area.width()
            y = area.bottom() - (value - low) / (high - low) * area.height()
            return QPointF(x, y)

        for tick, text in zip(axis.ticks, labels):  # round steps, each on a light line, labelled the Polish way
            y = at(points[0][0], float(tick)).y()
            painter.setPen(QPen(QColor("#d9d9d9"), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(0, y - line / 2, left - 6, line), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
        painter.setPen(QPen(QColor("#8c8c8c"), 1))
        painter.drawRect(area)
        target = next(((d, v) for d, v, k in points if k == "target"), None)
        if target:
            painter.setPen(QPen(QColor("#2e7d32"), 1, Qt.PenStyle.DashLine))
            y = at(*target).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        measured = [(d, v) for d, v, k in points if k != "target"]
        painter.setPen(QPen(QColor("#1a5fb4"), 2))
        for (d1, v1), (d2, v2) in zip(measured, measured[1:]):
            painter.drawLine(at(d1, v1), at(d2, v2))
        for d, v, kind in points:
            colour = {"baseline": "#757575", "measured": "#1a5fb4", "target": "#2e7d32"}[kind]
            painter.setBrush(QColor(colour))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(at(d, v), 4, 4)
        painter.setPen(QColor("#444444"))
        below = QRectF(area.left(), area.bottom() + 3, area.width(), line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, format_date_short(points[0][0]))
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, format_date_short(points[-1][0]))


class MeasurementDialog(FormDialog):
    def __init__(self, ctx, progress: IndicatorProgress, data: MeasurementData | None, parent=None):
        super().__init__(ctx, "", parent, min_width=520)
        self.setObjectName("measurement_dialog")
        self.data_in = data or MeasurementData(progress.indicator.id, dt.date.today())
        unit = f" ({progress.indicator.unit})" if progress.indicator.unit else ""
        self.setWindowTitle(self.tr("Measurement: %1").replace("%1", progress.indicator.name))
        self.measured_on = DateEdit()
        self.measured_on.setObjectName("measurement_date")
        self.measured_on.setDate(to_qdate(self.data_in.measured_on or dt.date.today()))
        self.value = QLineEdit(format_number(self.data_in.value) if self.data_in.value is not None else "")
        self.value.setObjectName("measurement_value")
        self.source = QLineEdit(self.data_in.source or progress.indicator.method)
        self.source.setObjectName("measurement_source")
        self.measured_by = QLineEdit(self.data_in.measured_by or progress.indicator.measured_by)
        self.measured_by.setObjectName("measurement_by")
        self.note = QLineEdit(self.data_in.note)
        self.note.setObjectName("measurement_note")
        self.form.add_field("measured_on", self.tr("Date:"), self.measured_on)
        self.form.add_field("value", self.tr("Value%1:").replace("%1", unit), self.value)
        self.form.add_field("source", self.tr("Source:"), self.source)
        self.form.add_field("measured_by", self.tr("Measured by:"), self.measured_by)
        self.form.add_field("note", self.tr("Note:"), self.note)
        self.finish()

    def save(self, db):
        return measurements.save_measurement(db, MeasurementData(
            self.data_in.indicator_id, from_qdate(self.measured_on.date()), self.value.text(), self.source.text(),
            self.measured_by.text(), self.note.text(), self.data_in.id, self.data_in.version,
        ))  # fmt: skip


class IndicatorsPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.process_id: int | None = None
        self.progress: list[IndicatorProgress] = []
        self.list = QTableWidget(0, 4)
        self.list.setObjectName("indicators_list")
        self.list.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Baseline → target"), self.tr("Latest"),
                                             self.tr("Progress")])  # fmt: skip
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        # the name stretches, the figures take two lines each ("3 szkoły / (27.11.2026)"): no sideways scrolling
        self.list_note = QLabel()
        self.list_note.setObjectName("indicators_hidden_columns")
        self.list_note.setWordWrap(True)
        self.list_note.setStyleSheet("color: #444;")
        self.list_note.hide()
        self.list_columns = ColumnFitter(self.list, 0, note=self.list_note, give_way=(1,), least_characters=20)
        self.list.currentCellChanged.connect(lambda *_: self._show_chosen())
        self.chart = ProgressChart()
        self.tied = QLabel()
        self.tied.setObjectName("indicator_activities")
        self.tied.setWordWrap(True)
        self.measurements = QTableWidget(0, 4)
        self.measurements.setObjectName("indicator_measurements")
        self.measurements.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value"), self.tr("Source"),
                                                     self.tr("Measured by")])  # fmt: skip
        self.measurements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measurements.verticalHeader().hide()
        self.measurement_columns = ColumnFitter(self.measurements, 2, least_characters=12)  # the source stretches
        self.measurements.doubleClicked.connect(lambda _i: self.edit_measurement())
        buttons = QHBoxLayout()
        for key, text, slot in (("add", self.tr("&Add a measurement…"), self.add_measurement),
                                ("edit", self.tr("&Change…"), self.edit_measurement),
                                ("delete", self.tr("De&lete…"), self.delete_measurement),
                                ("path", self.tr("Pa&th…"), self.open_path)):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"measurement_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.chart)
        side.addWidget(self.tied)
        side.addLayout(buttons)
        side.addWidget(self.measurements, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        listed = QWidget()
        column = QVBoxLayout(listed)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addWidget(self.list_note)
        splitter.addWidget(listed)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # three fifths for the list, whatever the window's size
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_process(self, process_id: int, plan=None) -> None:
        self.process_id = process_id
        chosen = self.chosen().indicator.id if self.chosen() else None
        self.progress = measurements.indicator_progress(self.ctx.db, process_id, plan=plan)
        self.list.setRowCount(len(self.progress))
        for row, p in enumerate(self.progress):
            latest = p.latest
            i = p.indicator
            texts = [f"{p.goal_number}. {i.name}",
                     f"{p.value_text(i.baseline_value)} → {p.value_text(i.target_value)}",
                     f"{p.value_text(latest.value)} ({format_date_short(latest.measured_on)})" if latest else "—",
                     self._short_state(p)]  # fmt: skip
            tips = [texts[0], self.tr("Baseline %1 (%2), target %3 (%4)").replace("%1", p.value_text(i.baseline_value))
                    .replace("%2", format_date_short(i.baseline_on) if i.baseline_on else "—")
                    .replace("%3", p.value_text(i.target_value))
                    .replace("%4", format_date_short(i.target_on) if i.target_on else "—"), texts[2], p.state_text]  # fmt: skip
            for column, (text, tip) in enumerate(zip(texts, tips)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column == 3 and p.target_passed and not p.reached:
                    item.setForeground(QColor("#b00020"))
                self.list.setItem(row, column, item)
        index = next((i for i, p in enumerate(self.progress) if p.indicator.id == chosen), 0)
        if self.progress:
            self.list.setCurrentCell(index, 0)
        self._show_chosen()

    def _short_state(self, p: IndicatorProgress) -> str:
        """The progress in few words for the list ("50,0% drogi do celu", "nie zmierzono, termin minął")."""
        if p.reached:
            return p.share_text + "," + BREAK + self.tr("target reached")
        if p.target_passed:
            return p.share_text + "," + BREAK + self.tr("deadline passed")
        return p.share_text

    def chosen(self) -> IndicatorProgress | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.progress[row] if 0 <= row < len(self.progress) else None

    def _show_chosen(self) -> None:
        p = self.chosen()
        self.chart.show_progress(p)
        if p is None:
            self.tied.clear()
            self.measurements.setRowCount(0)
            return
        # their numbers (as in the Activities tab) keep the line short on a projector; the names are in the tooltip
        tied = ", ".join(str(n) for n, _name in p.activities) or self.tr("none")
        self.tied.setText(self.tr("Activities meant to move it: %1").replace("%1", tied))
        self.tied.setToolTip("\n".join(f"{n}. {name}" for n, name in p.activities))
        self.measurements.setRowCount(len(p.measurements))
        for row, m in enumerate(reversed(p.measurements)):
            for column, text in enumerate((format_date_short(m.measured_on), p.value_text(m.value), m.source,
                                           m.measured_by)):  # fmt: skip
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                item.setToolTip(m.note or text)
                self.measurements.setItem(row, column, item)

    def _measurement(self) -> MeasurementData | None:
        p = self.chosen()
        item = self.measurements.item(self.measurements.currentRow(), 0) if p else None
        if item is None:
            return None
        return next((m for m in p.measurements if m.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def add_measurement(self) -> MeasurementDialog | None:
        return self._open(None)

    def edit_measurement(self) -> MeasurementDialog | None:
        data = self._measurement()
        return self._open(data) if data else None

    def _open(self, data) -> MeasurementDialog | None:
        p = self.chosen()
        if p is None:
            return None
        dialog = MeasurementDialog(self.ctx, p, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_measurement(self) -> bool:
        data = self._measurement()
        if data is None:
            return False
        question = self.tr("Delete the measurement of %1?").replace("%1", format_date_short(data.measured_on))
        if not confirm_delete(self, self.tr("Delete the measurement"), question):
            return False
        return self.ctx.run(self, measurements.delete_measurement, data.id) is not FAILED

    def open_path(self):
        p = self.chosen()
        section = self.parent()
        while section is not None and not hasattr(section, "open_path"):
            section = section.parent()
        return section.open_path("indicator", p.indicator.id) if p and section else None
