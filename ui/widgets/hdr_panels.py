"""What the HDR editor shows under its table: the chart, the checklist, and the changes since approval.

The panels only show and point: a click on a bar, a checklist item or a change says which activity (or which
finding) the user means, and the editor does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.gantt import FIT, MONTH, WEEK, GanttView
from wsparcie_desktop.i18n import format_date, format_date_short
from wsparcie_desktop.services.hdr import HdrPlan
from wsparcie_desktop.services.hdr_baseline import Baseline, compare
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.services.hdr_projection import Actuals, GanttRow, gantt_row, gantt_rows
from wsparcie_desktop.services.hdr_validation import Finding

CHART_TAB, CHECKLIST_TAB, CHANGES_TAB = range(3)


class HdrPanels(QTabWidget):
    activity_chosen = Signal(int)  # a bar or a change was clicked
    activity_opened = Signal(int)  # a bar was double-clicked
    finding_chosen = Signal(object)  # a checklist item was clicked
    finding_activated = Signal(object)  # … or opened with Enter / a double click

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._findings: list[Finding] | None = None  # what the checklist shows
        chart = QWidget()
        layout = QVBoxLayout(chart)
        layout.setContentsMargins(0, 4, 0, 0)
        controls = QHBoxLayout()
        self.zoom_month = QRadioButton(self.tr("&Months"))
        self.zoom_month.setObjectName("hdr_zoom_month")
        self.zoom_week = QRadioButton(self.tr("&Weeks"))
        self.zoom_week.setObjectName("hdr_zoom_week")
        self.zoom_month.setChecked(True)
        group = QButtonGroup(chart)
        self.zoom_fit = QRadioButton(self.tr("Fit to the &period"))
        self.zoom_fit.setObjectName("hdr_zoom_fit")
        group.addButton(self.zoom_month)
        group.addButton(self.zoom_week)
        group.addButton(self.zoom_fit)
        self.zoom_month.toggled.connect(lambda on: on and self.chart.set_zoom(MONTH))
        self.zoom_week.toggled.connect(lambda on: on and self.chart.set_zoom(WEEK))
        self.zoom_fit.toggled.connect(lambda on: on and self.chart.set_zoom(FIT))
        today = QPushButton(self.tr("&Today"))
        today.clicked.connect(lambda: self.chart.show_today())
        controls.addWidget(QLabel(self.tr("Zoom:")))
        controls.addWidget(self.zoom_month)
        controls.addWidget(self.zoom_week)
        controls.addWidget(self.zoom_fit)
        controls.addWidget(today)
        controls.addStretch()
        self.chart = GanttView()
        self.chart.activity_selected.connect(self.activity_chosen)
        self.chart.activity_activated.connect(self.activity_opened)
        legend = QLabel(
            self.tr(
                "Blue: the current plan · grey: the approved plan · green: as carried out · "
                "◆ milestone · red line: today"
            )
        )
        legend.setWordWrap(True)
        legend.setObjectName("hdr_chart_legend")
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(legend)

        self.checklist = QListWidget()
        self.checklist.setObjectName("hdr_checklist")
        self.checklist.setWordWrap(True)
        # laid out a hundred items at a time between events: a plan of thousands of findings shows at once
        self.checklist.setLayoutMode(QListView.LayoutMode.Batched)
        self.checklist.setBatchSize(100)
        self.checklist.itemClicked.connect(lambda item: self._finding(item, self.finding_chosen))
        self.checklist.itemActivated.connect(lambda item: self._finding(item, self.finding_activated))

        changes = QWidget()
        layout = QVBoxLayout(changes)
        self.changes_summary = QLabel()
        self.changes_summary.setObjectName("hdr_changes_summary")
        self.changes_summary.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("hdr_changes")
        self.changes.setWordWrap(True)
        self.changes.setLayoutMode(QListView.LayoutMode.Batched)
        self.changes.setBatchSize(100)
        self.changes.itemClicked.connect(lambda item: self.activity_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.changes_summary)
        layout.addWidget(self.changes, 1)

        self.addTab(chart, self.tr("Chart"))
        self.addTab(self.checklist, self.tr("Checklist"))
        self.addTab(changes, self.tr("Changes against the approved plan"))

    def _finding(self, item: QListWidgetItem, signal) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            signal.emit(finding)

    def activity_changed(self, plan: HdrPlan, baseline: Baseline | None, findings: list[Finding],
                         activity_id: int, actuals: Actuals | None = None) -> None:  # fmt: skip
        """One activity stored: its bar is redrawn, the checklist only if it says something else now."""
        row = gantt_row(plan, activity_id, baseline, actuals)
        if row is None or self.chart.item_for(activity_id) is None:
            self.show_plan(plan, baseline, findings, actuals)
            return
        self.chart.update_bar(row, tooltips=lambda r: self.tooltip(plan, r, _person_of(plan, r.id)))
        if findings != self._findings:
            self._show_checklist(findings)
        if baseline is not None:
            self._show_changes(plan, baseline)

    def show_plan(self, plan: HdrPlan, baseline: Baseline | None, findings: list[Finding],
                  actuals: Actuals | None = None) -> None:  # fmt: skip
        data = plan.hdr
        rows = gantt_rows(plan, baseline, actuals)  # the rows the PDF's chart draws, numbered as in the table
        people = {a.id: a.responsible_id for a in plan.activities}
        self.chart.set_bars(
            rows, (data.period_start, data.period_end), tooltips=lambda row: self.tooltip(plan, row, people.get(row.id))
        )  # for the bar pointed at
        self._show_checklist(findings)
        self._show_changes(plan, baseline)

    # --- the chart ------------------------------------------------------------------------------------------
    def tooltips(self, plan: HdrPlan, rows: list[GanttRow]) -> dict[int, str]:
        """What each bar says when pointed at, by activity id."""
        people = {a.id: a.responsible_id for a in plan.activities}
        return {row.id: self.tooltip(plan, row, people.get(row.id)) for row in rows}

    def tooltip(self, plan: HdrPlan, row: GanttRow, person: int | None) -> str:
        """What a bar says when pointed at: number, dates, person, the approved dates, what was carried out."""
        tip = [
            f"{row.number}. {row.name}",
            self.tr("%1 – %2 (%n day(s))", "", inclusive_days(row.starts_on, row.ends_on))
            .replace("%1", format_date_short(row.starts_on))
            .replace("%2", format_date_short(row.ends_on)),
        ]
        if person:
            tip.append(self.tr("Responsible: %1").replace("%1", plan.person_name(person)))
        if row.baseline and row.baseline != (row.starts_on, row.ends_on):
            tip.append(self.tr("Approved plan: %1 – %2").replace("%1", format_date_short(row.baseline[0]))
                       .replace("%2", format_date_short(row.baseline[1])))  # fmt: skip
        if row.actual_start:
            tip.append(self.tr("Carried out: %1 – %2").replace("%1", format_date_short(row.actual_start))
                       .replace("%2", format_date_short(row.actual_end) if row.actual_end else self.tr("under way")))  # fmt: skip
        return "\n".join(tip)

    # --- the checklist --------------------------------------------------------------------------------------
    def _show_checklist(self, findings: list[Finding]) -> None:
        self._findings = list(findings)
        self.checklist.clear()
        style = self.style()
        error = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)  # once, not once per item
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in findings:
            item = QListWidgetItem(error if finding.is_error else warning, finding.message)
            item.setData(Qt.ItemDataRole.UserRole, finding)
            if finding.goal_id is not None:
                item.setToolTip(self.tr("Press Enter or double-click to add an activity for this goal."))
            self.checklist.addItem(item)
        if not findings:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   self.tr("Everything required is in place: the HDR can be approved."))  # fmt: skip
            self.checklist.addItem(item)
        errors = sum(f.is_error for f in findings)
        self.setTabText(CHECKLIST_TAB, self.tr("Checklist (errors: %1, warnings: %2)")
                        .replace("%1", str(errors)).replace("%2", str(len(findings) - errors)))  # fmt: skip

    # --- the changes since approval -------------------------------------------------------------------------
    def _show_changes(self, plan: HdrPlan, baseline: Baseline | None) -> None:
        self.changes.clear()
        if baseline is None:
            self.changes_summary.setText(self.tr("The HDR has not been approved yet. Once it is, the changes "
                                                 "against the approved plan are listed here."))  # fmt: skip
            self.setTabText(CHANGES_TAB, self.tr("Changes against the approved plan"))
            return
        comparison = compare(baseline, plan.activities, {p.id: p.full_name for p in plan.people})
        self.changes_summary.setText(self.tr("Approved on %1 by %2.").replace("%1", format_date(
            comparison.approved_on)).replace("%2", comparison.approved_by) + " " + comparison.summary)  # fmt: skip
        for change in comparison.changes:
            item = QListWidgetItem(change.text)
            item.setData(Qt.ItemDataRole.UserRole, change.activity_id)
            self.changes.addItem(item)
        self.setTabText(CHANGES_TAB, self.tr("Changes against the approved plan (%1)")
                        .replace("%1", str(len(comparison.changes))))  # fmt: skip


def _person_of(plan: HdrPlan, activity_id: int | None) -> int | None:
    return next((a.responsible_id for a in plan.activities if a.id == activity_id), None)
