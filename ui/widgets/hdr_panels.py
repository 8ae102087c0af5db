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
from wsparcie_desktop.services.hdr import HdrPlan, PlanStart
from wsparcie_desktop.services.hdr_baseline import Baseline, compare
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.services.hdr_projection import Actuals, GanttRow, gantt_row, gantt_rows, gantt_rows_at
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

        self._checklist = QListWidget()
        self._checklist.setObjectName("hdr_checklist")
        self._checklist.setWordWrap(True)
        # laid out a hundred items at a time between events: a plan of thousands of findings shows at once
        self._checklist.setLayoutMode(QListView.LayoutMode.Batched)
        self._checklist.setBatchSize(100)
        self._checklist.itemClicked.connect(lambda item: self._finding(item, self.finding_chosen))
        self._checklist.itemActivated.connect(lambda item: self._finding(item, self.finding_activated))

        changes = QWidget()
        layout = QVBoxLayout(changes)
        self._changes_summary = QLabel()
        self._changes_summary.setObjectName("hdr_changes_summary")
        self._changes_summary.setWordWrap(True)
        self._changes = QListWidget()
        self._changes.setObjectName("hdr_changes")
        self._changes.setWordWrap(True)
        self._changes.setLayoutMode(QListView.LayoutMode.Batched)
        self._changes.setBatchSize(100)
        self._changes.itemClicked.connect(lambda item: self.activity_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self._changes_summary)
        layout.addWidget(self._changes, 1)

        self.addTab(chart, self.tr("Chart"))
        self.addTab(self._checklist, self.tr("Checklist"))
        self.addTab(changes, self.tr("Changes against the approved plan"))
        # The checklist's and the changes' items are made when their tab is shown (or a caller asks for the list):
        # a plan of 5,000 activities has a thousand findings nobody sees on opening. The tabs' titles, with their
        # counts, are set at once. A tab added with add_lazy_tab is built when first shown.
        self._comparison = None  # the changes since approval, as last compared (None: not approved)
        self._unfilled: set[int] = set()  # tabs whose list does not show the plan yet
        self._pages: dict[int, object] = {}  # tab -> what builds its content
        self._rest_needed = None  # shown from the plan's start: reads the rest (see show_start)
        self.currentChanged.connect(self._tab_shown)

    def add_lazy_tab(self, build, title: str) -> int:
        """A tab whose content ``build()`` makes when it is first shown (or :meth:`build_page` is called)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        index = self.addTab(page, title)
        self._pages[index] = build
        return index

    def build_page(self, index: int) -> None:
        """Build the content of tab ``index`` now, if it was added with add_lazy_tab and is not built yet."""
        build = self._pages.pop(index, None)
        if build is not None:
            content = build()
            self.widget(index).layout().addWidget(content)
            content.show()  # added to a page already on screen (its tab just chosen), it would stay hidden

    def _tab_shown(self, index: int) -> None:
        self.build_page(index)
        self._fill(index)

    def _fill(self, index: int) -> None:
        if index in (CHECKLIST_TAB, CHANGES_TAB) and self._rest_needed is not None:
            self._rest_needed()  # the whole plan first: its findings and changes (ends with show_plan)
        if index in self._unfilled:
            self._unfilled.discard(index)
            if index == CHECKLIST_TAB:
                self._fill_checklist()
            else:
                self._fill_changes()

    def _later(self, index: int) -> None:
        """The list of tab ``index`` shows the plan now if it is on screen, else when it is shown."""
        self._unfilled.add(index)
        if self.currentIndex() == index and self.isVisible():
            self._fill(index)

    @property
    def checklist(self) -> QListWidget:
        """The checklist, its items made if they were not yet."""
        self._fill(CHECKLIST_TAB)
        return self._checklist

    @property
    def changes(self) -> QListWidget:
        self._fill(CHANGES_TAB)
        return self._changes

    @property
    def changes_summary(self) -> QLabel:
        self._fill(CHANGES_TAB)
        return self._changes_summary

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

    def show_start(self, start: PlanStart, baseline: Baseline | None, actuals: Actuals | None,
                   rest_needed) -> None:  # fmt: skip
        """The first rows of a long plan (``hdr.load_plan_start``) on the chart, across the whole plan's time scale;
        the checklist and the changes wait for the rest, which ``rest_needed`` reads (ending with ``show_plan``)
        when they or any other row are asked for."""
        plan, ids = start.plan, set(start.ids)
        actuals = actuals or {}
        days = [d for d in (start.first_day, start.last_day) if d is not None]
        approved = [d for i, b in baseline.activities.items() if i in ids for d in (b.starts_on, b.ends_on)] \
            if baseline else []  # fmt: skip
        carried = [d for i, (s, e) in actuals.items() if i in ids for d in (self.chart.carried_out(s, e) or ())]
        days += [d for dates in (approved, carried) if dates for d in (min(dates), max(dates))]
        people = {a.id: a.responsible_id for a in start.rows.values()}
        self._rest_needed = rest_needed
        self.chart.set_start(gantt_rows_at(start.rows, baseline, actuals), start.ids,
                             (plan.hdr.period_start, plan.hdr.period_end), days, rest_needed,
                             tooltips=lambda row: self.tooltip(plan, row, people.get(row.id)))  # fmt: skip
        self._findings = None
        self.setTabText(CHECKLIST_TAB, self.tr("Checklist"))
        self.setTabText(CHANGES_TAB, self.tr("Changes against the approved plan"))
        self._unfilled.update((CHECKLIST_TAB, CHANGES_TAB))
        if self.currentIndex() in (CHECKLIST_TAB, CHANGES_TAB) and self.isVisible():
            rest_needed()

    def show_plan(self, plan: HdrPlan, baseline: Baseline | None, findings: list[Finding],
                  actuals: Actuals | None = None) -> None:  # fmt: skip
        self._rest_needed = None
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
        errors = sum(f.is_error for f in findings)
        self.setTabText(CHECKLIST_TAB, self.tr("Checklist (errors: %1, warnings: %2)")
                        .replace("%1", str(errors)).replace("%2", str(len(findings) - errors)))  # fmt: skip
        self._later(CHECKLIST_TAB)

    def _fill_checklist(self) -> None:
        findings, checklist = self._findings, self._checklist
        checklist.clear()
        style = self.style()
        error = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)  # once, not once per item
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        goal_tip = self.tr("Press Enter or double-click to add an activity for this goal.")
        for finding in findings:
            item = QListWidgetItem(error if finding.is_error else warning, finding.message)
            item.setData(Qt.ItemDataRole.UserRole, finding)
            if finding.goal_id is not None:
                item.setToolTip(goal_tip)
            checklist.addItem(item)
        if not findings:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   self.tr("Everything required is in place: the HDR can be approved."))  # fmt: skip
            checklist.addItem(item)

    # --- the changes since approval -------------------------------------------------------------------------
    def _show_changes(self, plan: HdrPlan, baseline: Baseline | None) -> None:
        if baseline is None:
            self._comparison = None
            self.setTabText(CHANGES_TAB, self.tr("Changes against the approved plan"))
        else:
            self._comparison = compare(baseline, plan.activities, {p.id: p.full_name for p in plan.people})
            self.setTabText(CHANGES_TAB, self.tr("Changes against the approved plan (%1)")
                            .replace("%1", str(len(self._comparison.changes))))  # fmt: skip
        self._later(CHANGES_TAB)

    def _fill_changes(self) -> None:
        comparison = self._comparison
        self._changes.clear()
        if comparison is None:
            self._changes_summary.setText(self.tr("The HDR has not been approved yet. Once it is, the changes "
                                                  "against the approved plan are listed here."))  # fmt: skip
            return
        self._changes_summary.setText(self.tr("Approved on %1 by %2.").replace("%1", format_date(
            comparison.approved_on)).replace("%2", comparison.approved_by) + " " + comparison.summary)  # fmt: skip
        for change in comparison.changes:
            item = QListWidgetItem(change.text)
            item.setData(Qt.ItemDataRole.UserRole, change.activity_id)
            self._changes.addItem(item)


def _person_of(plan: HdrPlan, activity_id: int | None) -> int | None:
    return next((a.responsible_id for a in plan.activities if a.id == activity_id), None)
