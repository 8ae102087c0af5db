"""Section "Realizacja HDR": carrying out the approved schedule, monitored against the plan.

Tab "Activities": one table of plan against reality (approved dates, current plan, actual dates, status, cost
planned and spent) with filters (overdue, this month, the next 30 days, per person) and keyboard entry as fast
as the rating sheet: 1–6 set the status of the selected activity and move to the next one, Enter records
today as its actual end (it is then done), Ctrl+E opens the full record, Ctrl+Ś the chain ("Ścieżka").
Tab "Indicators": measurements of every indicator and its progress towards the target. Tab "ORE report":
the report's editor. Tab "Conclusions": what the team concludes, and the documents of stage 3.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.models.realisation_model import (
    APPROVED,
    ID_ROLE,
    NAME,
    NUMBER,
    PERSON,
    PLANNED_COST,
    SPENT,
    STATUS,
    RealisationModel,
    RealisationProxy,
)
from ui.widgets.fitted_columns import ColumnFitter
from ui.widgets.forms import ErrorLine
from ui.widgets.section import USER_INPUT, Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.collector import collections_paused
from wsparcie_desktop.i18n import format_date, format_money, format_number
from wsparcie_desktop.services import hdr_progress
from wsparcie_desktop.services.hdr_plan import START_ROWS
from wsparcie_desktop.services.hdr_progress import Realisation

# The status keys, in the order of the model's statuses (as the rating sheet's 1–4).
STATUS_KEYS = {
    Qt.Key.Key_1: "planned", Qt.Key.Key_2: "in_progress", Qt.Key.Key_3: "done", Qt.Key.Key_4: "delayed",
    Qt.Key.Key_5: "cancelled", Qt.Key.Key_6: "moved",
}  # fmt: skip


def _spent(progress) -> tuple:
    """What the cost comparison takes from an activity's progress."""
    return progress.actual_cost, progress.actual_start, progress.actual_end


class RealisationSection(Section):
    key = "realisation"
    watches = frozenset({Kind.HDR, Kind.HDR_ACTIVITY, Kind.HDR_PROGRESS, Kind.MEASUREMENT, Kind.ORE_REPORT,
                         Kind.GOALS, Kind.PERSON, Kind.PROCESS, Kind.DIAGNOSIS, Kind.DATA_TASK})  # fmt: skip
    follows_process = True

    def title(self) -> str:
        return self.tr("Carrying out the HDR")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.process_id: int | None = None
        self.realisation: Realisation | None = None
        self._reading = 0  # the reading of a long plan's rest that is due (one more each time another begins)
        self._rest_due = False  # only the first rows of a long plan are shown: the rest is read after the paint
        self._painted = False  # those first rows were painted: the rest is read at the next turn of the event loop
        self.heading = QLabel(f"<h2>{self.tr('Carrying out the HDR')}</h2>")
        self.summary = QLabel()
        self.summary.setObjectName("realisation_summary")
        self.summary.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("realisation_notice")
        self.notice.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("realisation_tabs")
        self.tabs.addTab(self._activities_tab(), self.tr("&Activities"))
        from ui.widgets.indicators_panel import IndicatorsPanel
        from ui.widgets.monitoring_panel import MonitoringPanel
        from ui.widgets.ore_report_editor import OreReportEditor

        self.indicators = IndicatorsPanel(ctx, self)
        self.tabs.addTab(self.indicators, self.tr("&Indicators"))
        self.ore = OreReportEditor(ctx, self)
        self.tabs.addTab(self.ore, self.tr("&ORE report"))
        self.monitoring = MonitoringPanel(ctx, self)
        self.tabs.addTab(self.monitoring, self.tr("Conclusions and &documents"))
        self._stale_tabs: set[QWidget] = set()  # tabs read when next shown
        self.tabs.currentChanged.connect(lambda _index: self._show_tab())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    def _activities_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        filters = QHBoxLayout()
        self.when = QComboBox()
        self.when.setObjectName("realisation_when")
        for code, text in (("all", self.tr("All activities")), ("overdue", self.tr("Overdue")),
                           ("this_month", self.tr("This month")), ("next_30_days", self.tr("The next 30 days"))):  # fmt: skip
            self.when.addItem(text, code)
        self.person = QComboBox()
        self.person.setObjectName("realisation_person")
        self.when.currentIndexChanged.connect(self._filter)
        self.person.currentIndexChanged.connect(self._filter)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.when)
        who = QLabel(self.tr("&Responsible:"))
        who.setBuddy(self.person)
        filters.addWidget(show)
        filters.addWidget(self.when)
        filters.addWidget(who)
        filters.addWidget(self.person)
        filters.addStretch()
        self.edit_button = QPushButton(self.tr("&Record…"))
        self.edit_button.setObjectName("realisation_edit")
        self.edit_button.setToolTip("Ctrl+E")
        self.edit_button.clicked.connect(self.edit_progress)
        self.path_button = QPushButton(self.tr("Pa&th…"))
        self.path_button.setObjectName("realisation_path")
        self.path_button.setToolTip(self.tr("Which goal, gap, causes and data this activity answers"))
        self.path_button.clicked.connect(self.open_path)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.path_button)
        layout.addLayout(filters)

        self.model = RealisationModel(self)
        self.proxy = RealisationProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("realisation_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _index: self.edit_progress())
        self.table.installEventFilter(self)
        self.hidden_columns = QLabel()
        self.hidden_columns.setObjectName("realisation_hidden_columns")
        self.hidden_columns.setWordWrap(True)
        self.hidden_columns.setStyleSheet("color: #444;")
        self.hidden_columns.hide()
        # the name stretches; with too little room the approved plan (also in the current plan's tooltip) and
        # the person give way to it
        self.columns = ColumnFitter(self.table, NAME, note=self.hidden_columns, give_way=(APPROVED, PERSON),
                                    one_line=(NUMBER, PLANNED_COST, SPENT), bold=(STATUS,), fixed=(NUMBER,))  # fmt: skip
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden_columns)
        self.keys = QLabel(self.tr("Keys on a row: 1 planned · 2 in progress · 3 done · 4 delayed · 5 cancelled · "
                                   "6 moved · Enter: ended today · Ctrl+E: record · ↑ ↓ move"))  # fmt: skip
        self.keys.setObjectName("realisation_keys")
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #444;")
        self.error = ErrorLine("realisation_error")
        self.costs = QLabel()
        self.costs.setObjectName("realisation_costs")
        self.costs.setWordWrap(True)
        layout.addWidget(self.keys)
        layout.addWidget(self.error)
        layout.addWidget(self.costs)
        for keys, slot in (("Ctrl+E", self.edit_progress), ("Ctrl+Shift+S", self.open_path)):
            shortcut = QShortcut(QKeySequence(keys), box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return box

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_filters()
        super().changeEvent(event)

    def _fit_filters(self) -> None:
        """The filters keep their longest entry readable in any type size (workshop mode's too)."""
        for combo in (self.when, self.person):
            texts = [combo.itemText(i) for i in range(combo.count())] or [""]
            widest = max(combo.fontMetrics().horizontalAdvance(t) for t in texts)
            combo.setMinimumWidth(widest + 3 * combo.fontMetrics().height())

    # --- showing --------------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A long plan shown from its first rows, the rest still to be read on the event loop."""
        return self._rest_due

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        with collections_paused():  # tens of thousands of objects made at once (5,000 activities, their rows)
            self._refresh()

    def _refresh(self) -> None:
        self._stop_reading()
        keep = self.current_id()
        self.process_id = self.ctx.current_process(self.jst_id)
        self.realisation = None
        if self.process_id is None:
            self._show_empty(self.tr("No advisory process yet. Start one in the section “Advisory process”."))
            return
        realisation, read = None, False
        if self._from_first_rows():  # a long plan's first rows painted at once, the rest read after (_read_rest)
            realisation, read = hdr_progress.find_realisation_start(self.ctx.db, self.process_id, START_ROWS), True
            if realisation is not None and not realisation.whole and keep is not None and realisation.row(keep) is None:
                read = False  # the activity chosen is further down: all of it is read now
        if not read:
            realisation = hdr_progress.find_realisation(self.ctx.db, self.process_id, brief=True)
        self.realisation = realisation
        if self.realisation is None:  # no HDR yet: nothing to carry out
            self._show_empty(self.tr("The process has no HDR yet. Plan it in the section “Development schedule "
                                     "(HDR)”; it is carried out here once approved."))  # fmt: skip
            return
        plan = self.realisation.plan
        self.tabs.show()
        if plan.hdr.approved_on is None:
            self.notice.setText(self.tr("The HDR has not been approved yet: the approved plan is compared once the "
                                        "wójt approves it (section HDR)."))  # fmt: skip
            self.notice.show()
        else:
            self.notice.hide()
        self._fill_people(plan)
        self.model.set_realisation(self.realisation)
        self._show_summary()
        if not self.realisation.whole:
            self._begin_reading()
        self.select_activity(keep if keep is not None else (plan.activities[0].id if plan.activities else None))
        self._stale_tabs = {self.indicators, self.ore, self.monitoring}
        self._show_tab()

    # --- a long plan: its first rows at once, the rest read once they are painted ------------------------------
    def _from_first_rows(self) -> bool:
        """Shown now, in the plan's own order, unfiltered, with fewer rows in view than the first ones read: a
        long plan then shows its first rows at once (a plan of 5,000 activities takes a tenth of a second more
        to read and sum up)."""
        in_view = self.table.viewport().height() // max(self.table.verticalHeader().defaultSectionSize(), 1) + 1
        return (self.isVisible() and self.model.sort_column == NUMBER
                and self.model.sort_order == Qt.SortOrder.AscendingOrder and self.model.when == "all"
                and self.model.person_id is None and in_view < START_ROWS)  # fmt: skip

    def _begin_reading(self) -> None:
        """The rest is read once the first rows are painted (or soon, should they not be); whatever needs more
        before (a click or a key anywhere, a sort, a filter, a status set, another tab) has it read at once
        first: the user never acts on part of a plan."""
        self._rest_due, self._painted = True, False
        self.model.rest_needed = self.finish_reading
        QApplication.instance().installEventFilter(self)
        reading = self._reading
        QTimer.singleShot(250, self, lambda: self._read_rest(reading))

    def _read_rest(self, reading: int) -> None:
        if reading == self._reading and self._rest_due:
            self.finish_reading()

    def _stop_reading(self) -> None:
        self._reading += 1
        if self._rest_due:
            self._rest_due = False
            self.model.rest_needed = None
            QApplication.instance().removeEventFilter(self)

    def finish_reading(self) -> None:
        """The whole plan read and shown now, in place of its first rows (nothing when it is all read)."""
        if not self._rest_due:
            return
        self._stop_reading()
        keep = self.current_id()
        with collections_paused():
            realisation = hdr_progress.find_realisation(self.ctx.db, self.process_id, brief=True)
            if realisation is None:  # the HDR went meanwhile (another program)
                self._refresh()
                return
            self.realisation = realisation
            self._fill_people(realisation.plan)
            self.model.set_realisation(realisation)
            self._show_summary()
            self.select_activity(keep)

    def _show_tab(self) -> None:
        """The indicators, the ORE report and the conclusions are read when their tab is shown (the report's
        texts alone take a second to gather from a plan of 5,000 activities), once after each reload."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale_tabs or self.realisation is None:
            return
        self.finish_reading()
        self._stale_tabs.discard(tab)
        if tab is self.indicators:
            self.indicators.show_process(self.process_id, self.realisation.plan)
        elif tab is self.ore:
            self.ore.show_process(self.process_id)
        elif tab is self.monitoring:
            self.monitoring.show_process(self.jst_id, self.process_id)

    def _show_empty(self, text: str) -> None:
        self._stop_reading()
        self.summary.clear()
        self.notice.setText(text)
        self.notice.show()
        self.tabs.hide()
        self._stale_tabs = set()
        self.model.set_realisation(None)

    def _fill_people(self, plan) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("everyone"), None)
        used = {a.responsible_id for a in plan.activities if a.responsible_id is not None}
        for person in plan.people:
            if person.id in used:
                self.person.addItem(person.full_name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self._fit_filters()
        self._filter()

    def _show_summary(self) -> None:
        r = self.realisation
        plan = r.plan
        if not r.whole:  # the counts and the costs are the whole plan's: shown once it is read
            self.summary.setText(self.tr("Activities: %1 — reading the rest of the plan…").replace("%1", str(r.total)))
            self.costs.clear()
            return
        text = r.summary
        if plan.hdr.approved_on:
            text = self.tr("Approved on %1 by %2.").replace("%1", format_date(plan.hdr.approved_on)) \
                .replace("%2", plan.hdr.approved_by) + " " + text  # fmt: skip
        self.summary.setText(text)
        c = r.costs
        share = format_number(c.spent_total * 100 / c.planned_total, 1) if c.planned_total else "—"
        lines = [self.tr("Cost planned %1, spent %2 (%3%).").replace("%1", format_money(c.planned_total))
                 .replace("%2", format_money(c.spent_total)).replace("%3", share)]  # fmt: skip
        for source in c.sources:
            lines.append(f"{c.label(source)}: {format_money(c.spent_by_source(source))} / "
                         f"{format_money(c.planned_by_source(source))}")  # fmt: skip
        self.costs.setText(lines[0] + "  " + " · ".join(lines[1:]))

    def _filter(self) -> None:
        keep = self.current_id()
        self.proxy.set_filter(self.when.currentData() or "all", self.person.currentData())
        if keep is not None:
            self.select_activity(keep)  # still chosen if the filter shows it

    # --- selection ------------------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_activity(self, activity_id: int | None) -> None:
        row = self.model.row_of(activity_id)
        if row < 0 and activity_id is not None and self._rest_due:  # further down than the first rows
            self.finish_reading()
            row = self.model.row_of(activity_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current_row(self):
        activity_id = self.current_id()
        return self.realisation.row(activity_id) if self.realisation and activity_id is not None else None

    # --- keyboard -------------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if self._rest_due:
            if event.type() in USER_INPUT:
                self.finish_reading()
            elif event.type() == QEvent.Type.Paint and watched is self.table.viewport() and not self._painted:
                self._painted = True  # the rest once this paint is done
                reading = self._reading
                QTimer.singleShot(0, self, lambda: self._read_rest(reading))
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):  # fmt: skip
            if event.key() in STATUS_KEYS:
                self.set_status(STATUS_KEYS[event.key()])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.ended_today()
                return True
        return super().eventFilter(watched, event)

    def set_status(self, status: str) -> bool:
        self.finish_reading()
        row = self.current_row()
        if row is None:
            return False
        reason = ""
        if status == "cancelled" and not row.progress.reason:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel the activity"),
                                              self.tr("Why is “%1” cancelled?").replace("%1", row.activity.name))  # fmt: skip
            if not ok:
                return False
        saved = self.ctx.run(self, hdr_progress.set_status, row.activity.id, status, reason=reason,
                             version=row.progress.version, form=self.error)  # fmt: skip
        if saved is FAILED:
            return False
        self._stored(saved.progress, move_on=True)
        return True

    def ended_today(self) -> bool:
        self.finish_reading()
        row = self.current_row()
        if row is None:
            return False
        saved = self.ctx.run(self, hdr_progress.record_end_today, row.activity.id, version=row.progress.version,
                             form=self.error)  # fmt: skip
        if saved is FAILED:
            return False
        self._stored(saved.progress, move_on=True)
        return True

    def _stored(self, progress, move_on: bool = False) -> None:
        """A status stored from this table: its row, the counts and the costs follow from what came back."""
        self.error.clear_errors()
        before = self.realisation.row(progress.activity_id)
        self.model.show_progress(progress)
        self.realisation.rows = list(self.model.all_rows)
        if before is None or _spent(before.progress) != _spent(
            progress
        ):  # a status alone leaves the costs as they were
            self.realisation.costs = hdr_progress.cost_comparison(self.realisation.rows, self.realisation.baseline)
        self._show_summary()
        if move_on:
            current = self.table.currentIndex()
            below = self.proxy.index(current.row() + 1, current.column())
            if below.isValid():
                self.table.setCurrentIndex(below)

    def own_change(self, change: Change) -> None:
        if change.kind is Kind.HDR_PROGRESS and change.ids and self.realisation and self.realisation.row(change.ids[0]):
            return  # a status or an end stored from the table: its row is drawn already (``_stored``)
        super().own_change(change)

    # --- dialogs --------------------------------------------------------------------------------------------
    def edit_progress(self):
        self.finish_reading()
        row = self.current_row()
        if row is None:
            return None
        from ui.dialogs.progress_dialog import ProgressDialog

        dialog = ProgressDialog(self.ctx, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._stored(dialog.progress))
        dialog.open()
        return dialog

    def open_path(self, kind: str = "activity", item_id: int | None = None):
        from ui.dialogs.path_dialog import open_path

        return open_path(self.ctx, self.process_id, kind, item_id if item_id is not None else self.current_id(), self)

    def _index(self, activity_id: int) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index(self.model.row_of(activity_id), NAME))


SECTION = RealisationSection
