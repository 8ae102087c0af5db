"""Section "HDR": the development schedule of the process being worked on, edited in place.

The period and the ORE report are stored as each field is left; the activities are a sortable table edited
in place, with buttons to add, edit, copy, move (in the list or in time) and delete. Under the table: the
Gantt chart, the checklist (click an item to go to the activity and field it is about) and the changes since
the plan was approved. Every change goes through the runner (``ctx.run``). A cell stored in the table redraws
its own row, and the checklist and the chart follow from the plan in memory: one transaction, nothing read
again. Anything else this screen asks for, and any change made elsewhere to what it shows, reads it again.
Shown by the main window, a long plan is painted from its first rows and the rest read in steps on the event
loop; whatever needs more before they are done (a click, a sort, an edit, a row further down) reads it first.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar, confirm_saved, show_failure
from ui.dialogs.hdr_dialogs import ApprovalDialog, ShiftDialog
from ui.models.activities_model import (
    COLUMN_OF_FIELD,
    COST,
    DAYS,
    DEPENDS,
    END,
    FINANCING,
    FORM,
    GOALS,
    ID_ROLE,
    MILESTONE,
    NAME,
    NUMBER,
    PERSON,
    START,
    ActivitiesModel,
    ActivitiesProxy,
    ActivityDelegate,
)
from ui.widgets import file_dialogs
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.hdr_panels import HdrPanels
from ui.widgets.hdr_settings import HdrSettingsBox
from ui.widgets.section import USER_INPUT, Section
from wsparcie_desktop import APP_ID
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.collector import collections_paused
from wsparcie_desktop.i18n import format_date, format_date_short
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import HdrPlan
from wsparcie_desktop.services.hdr_baseline import Baseline, latest_baseline
from wsparcie_desktop.services.hdr_chain import chain_activities, checklist_findings
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.services.hdr_progress import actual_dates
from wsparcie_desktop.services.hdr_validation import Finding, check_plan

if TYPE_CHECKING:
    from ui.wizards.hdr_wizard import HdrWizard


SPLITTER_KEY = "hdr/splitter"  # the table/chart split as the user left it
SIZED_TO_TEXTS = (NUMBER, START, END, DAYS, COST, MILESTONE, GOALS, DEPENDS)  # the others are elided (tooltips)


class ReadFirst:
    """An attribute of the section read whole first: while a long plan is still being read on the event loop,
    asking for it finishes the reading; setting it sets the stored value."""

    def __init__(self, stored: str):
        self.stored = stored

    def __get__(self, section, owner=None):
        if section is None:
            return self
        section.finish_reading()
        return getattr(section, self.stored)

    def __set__(self, section, value) -> None:
        setattr(section, self.stored, value)


class HdrSection(Section):
    key = "hdr"
    # the HDR, its activities, and what the plan shows beside them: the process (its name, its chosen area),
    # the goals of stage 2 with their gaps, the team (responsible people) and the schools (partners)
    watches = frozenset({Kind.HDR, Kind.HDR_ACTIVITY, Kind.PROCESS, Kind.AREA_CHOICE, Kind.DIAGNOSIS, Kind.GOALS,
                         Kind.PERSON, Kind.SCHOOL, Kind.MEASUREMENT, Kind.HDR_PROGRESS})  # fmt: skip
    follows_process = True

    def title(self) -> str:
        return self.tr("Development schedule (HDR)")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._plan: HdrPlan | None = None
        self.baseline: Baseline | None = None
        self.actuals: dict = {}  # activity id -> (actual start, actual end), drawn as the chart's third bar
        self._findings: list[Finding] = []
        self._chain_findings: list[Finding] = []
        # A long plan is shown from its first rows and read on in steps on the event loop (see _show_start):
        # what is left to do, in order; anything that needs more (see finish_reading) does it all at once.
        self._steps: list = []
        self._reading = 0  # which reading the steps belong to: a step posted for an earlier one does nothing
        self._painted = True  # False: the steps wait for the table's first paint (see _show_start)
        self._showing = False  # shown by the main window (Section.showEvent): a long plan is read in steps
        self.process_id: int | None = None
        self.wizard: HdrWizard | None = None
        self._select_after: int | None = None

        self.heading = QLabel(f"<h2>{self.tr('Development schedule (HDR)')}</h2>")
        self.status = QLabel()
        self.status.setObjectName("hdr_status")
        self.status.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("hdr_notice")
        self.notice.setWordWrap(True)
        self.wizard_button = QPushButton(self.tr("Plan the HDR with the &wizard…"))
        self.wizard_button.setObjectName("hdr_open_wizard")
        self.wizard_button.clicked.connect(self.open_wizard)
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        self._settings: HdrSettingsBox | None = None  # built when its tab is first shown: see ``settings``
        editor.addLayout(self._toolbar())
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("hdr_splitter")
        splitter.addWidget(self._table_box())
        self.panels = HdrPanels()
        self.panels.activity_chosen.connect(self.select_activity)
        self.panels.activity_opened.connect(lambda activity_id: self.edit_activity(activity_id))
        self.panels.finding_chosen.connect(self.go_to_finding)
        self.panels.finding_activated.connect(self._finding_activated)
        self.chart = self.panels.chart
        # On a 1366×768 laptop the table and the chart share the height: the period and the ORE report, set once,
        # are a tab beside the chart, and where the user drags the splitter is remembered.
        self.settings_tab = self.panels.add_lazy_tab(self._build_settings, self.tr("Period and ORE report"))
        splitter.addWidget(self.panels)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        state = QSettings(APP_ID, APP_ID).value(SPLITTER_KEY)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda *_: QSettings(APP_ID, APP_ID).setValue(SPLITTER_KEY, splitter.saveState())
        )
        editor.addWidget(splitter, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        row = QHBoxLayout()  # what acts on the whole plan sits above it; the editing buttons sit on the table
        row.addWidget(self.wizard_button)
        row.addStretch()
        row.addWidget(self.approve_button)
        row.addWidget(self.export_button)
        row.addWidget(self.output_bar)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)

    # --- what is shown, all of it read --------------------------------------------------------------------
    # the plan shown, its checklist (the tints of its cells, the list under the chart) and its chain findings;
    # a plan still being read (see _show_start) is read to its end first
    plan = ReadFirst("_plan")
    findings = ReadFirst("_findings")
    chain_findings = ReadFirst("_chain_findings")

    @property
    def loading(self) -> bool:
        """A long plan shown from its first rows is still being read on the event loop."""
        return bool(self._steps)

    # --- building -------------------------------------------------------------------------------------------
    @property
    def settings(self) -> HdrSettingsBox:
        """The period and the ORE report (a tab beside the chart), built when first shown or asked for."""
        if self._settings is None:
            self.panels.build_page(self.settings_tab)
        return self._settings

    def _build_settings(self) -> HdrSettingsBox:
        box = self._settings = HdrSettingsBox(self.ctx)
        box.setTitle("")  # it is a tab of its own
        if self._plan is not None and self._plan.hdr is not None:  # the period and the ORE report: no activities
            box.show_plan(self._plan)
        if self.jst_id is not None and not self.ctx.may_edit(self.jst_id):  # as apply_access left the rest
            from ui.widgets.read_only import show_read_only

            show_read_only(box)
        return box

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [
            ("add", self.tr("&Add activity…"), self.add_activity, "Ins"),
            ("edit", self.tr("&Edit…"), self.edit_activity, "Ctrl+E"),
            ("copy", self.tr("Cop&y"), self.copy_activity, "Ctrl+D"),
            ("up", self.tr("Move &up"), lambda: self.move_activity(-1), "Alt+Up"),
            ("down", self.tr("Move dow&n"), lambda: self.move_activity(1), "Alt+Down"),
            ("shift", self.tr("S&hift dates…"), self.shift_activity, "Ctrl+T"),
            ("delete", self.tr("De&lete…"), self.delete_activity, "Del"),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shortcut in specs:
            button = QPushButton(text)
            button.setObjectName(f"hdr_{key}")
            button.clicked.connect(slot)
            button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch()
        self.approve_button = QPushButton(self.tr("A&pprove…"))
        self.approve_button.setObjectName("hdr_approve")
        self.approve_button.clicked.connect(self.approve)
        self.export_button = QPushButton(self.tr("E&xport to XLSX…"))
        self.export_button.setObjectName("hdr_export")
        self.export_button.clicked.connect(self.export_xlsx)
        self.output = DocumentOutput(self.ctx.db, "hdr", lambda: self.jst_id, self,
                                     options=lambda: {"process_id": self.process_id})  # fmt: skip
        self.output_bar = DocumentOutputBar(self.output, self)
        return row

    def _table_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = ActivitiesModel(self.ctx, self)
        self.model.save_failed.connect(self._edit_refused)
        self.model.stale.connect(lambda _id: QTimer.singleShot(0, self.refresh))  # the others may have moved too
        self.model.saved.connect(self._row_saved)
        self.proxy = ActivitiesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("hdr_table")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ActivityDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized to their texts: _size_columns
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("m")
        for column, width in ((NAME, 26), (FORM, 10), (PERSON, 11), (FINANCING, 11)):  # elided; full in tooltips
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * em)
        self.table.viewport().installEventFilter(self)  # the name column takes what the others leave
        self.table.installEventFilter(self)  # a larger type widens the columns sized to their texts
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Osoba odpowie…", not cut at both ends
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        # Ins and Del act on the table itself, never inside a cell being edited
        for keys, owner, slot, context in (
            ("Ins", self.table, self.add_activity, Qt.ShortcutContext.WidgetShortcut),
            ("Del", self.table, self.delete_activity, Qt.ShortcutContext.WidgetShortcut),
            ("Ctrl+E", self, self.edit_activity, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Ctrl+D", self, self.copy_activity, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Alt+Up", self, lambda: self.move_activity(-1), Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Alt+Down", self, lambda: self.move_activity(1), Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Ctrl+T", self, self.shift_activity, Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.table_error = QLabel()
        self.table_error.setObjectName("hdr_table_error")
        self.table_error.setStyleSheet(ERROR_STYLE)
        self.table_error.setWordWrap(True)
        self.table_error.hide()
        layout.addWidget(self.table_error)
        layout.addWidget(self.table, 1)
        return box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if self._steps:
            kind = event.type()
            if kind in USER_INPUT and isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched)):
                self.finish_reading()  # the user acts on the screen: all of the plan is there first
            elif kind == QEvent.Type.Paint and watched is self.table.viewport() and not self._painted:
                self._painted = True
                self._post_step()  # handled after this paint: the first rows are on screen before the rest is read
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        elif watched is self.table and event.type() == QEvent.Type.FontChange:  # workshop mode's larger type
            self._size_columns()
            self._fit_name_column()
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """The number, dates, days, cost, milestone, goals and dependency columns as wide as their widest text or
        their heading, as Qt's ResizeToContents made them; that asked the model for a dozen values of each cell
        of the rows it measured, at every layout. Here the texts the model picks (``width_texts``: the first rows
        and the longest values) are measured, once each."""
        header = self.table.horizontalHeader()
        metrics = QFontMetricsF(self.table.font())
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        grid = 1 if self.table.showGrid() else 0
        rows = self.model.rowCount()
        in_view = max(self.height(), self.table.height()) // max(self.table.verticalHeader().defaultSectionSize(), 1)
        for column in SIZED_TO_TEXTS:
            if column == MILESTONE:  # a check box: the delegate's own measure of one cell
                content = self.table.sizeHintForIndex(self.proxy.index(0, MILESTONE)).width() + grid if rows else 0
            else:
                texts = self.model.width_texts(column, first_rows=in_view + 1)
                widest = max((math.ceil(metrics.horizontalAdvance(t)) for t in set(texts)), default=0)
                content = widest + margin + grid + 1 if rows else 0  # a pixel for rounding: never clipped
            header.resizeSection(column, max(content, header.sectionSizeHint(column)))

    def _fit_name_column(self) -> None:
        """The name is as wide as the columns after it leave, so the days and costs need no sideways scrolling;
        never narrower than about 16 letters (the whole name is in its tooltip)."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != NAME and not header.isSectionHidden(c)
        )
        em = self.fontMetrics().horizontalAdvance("m")
        header.resizeSection(NAME, max(16 * em, self.table.viewport().width() - others))

    # --- showing --------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._showing = True  # a reload the base class makes now paints a long plan from its first rows
        try:
            super().showEvent(event)
        finally:
            self._showing = False

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        with collections_paused():  # tens of thousands of objects made at once (5,000 activities, their rows)
            self._refresh()

    def _refresh(self) -> None:
        self._stop_reading()
        keep = self._select_after if self._select_after is not None else self.current_id()
        self._select_after = None
        self.process_id = self.ctx.current_process(self.jst_id)
        if self.process_id is None:
            self._plan = None
            self._show_empty(self.tr("No advisory process yet. Start one in the section “Advisory process”; "
                                     "the HDR belongs to a process."))  # fmt: skip
            return
        # Shown by the main window, in the plan's own order: a long plan is painted from its first rows and the
        # rest is read in steps after (_show_start).
        in_view = max(self.height(), self.table.height()) // max(self.table.verticalHeader().defaultSectionSize(), 1)
        start = None
        if self._showing and self.model.sort_column == NUMBER \
                and self.model.sort_order == Qt.SortOrder.AscendingOrder and in_view + 1 <= hdr.START_ROWS:  # fmt: skip
            start = hdr.load_plan_start(self.ctx.db, self.process_id, hdr.START_ROWS)
            plan = start.plan
        else:
            plan = hdr.load_plan(self.ctx.db, self.process_id)
        self._plan = plan
        if plan.hdr is None:
            self._show_empty(self.tr("The process “%1” has no HDR yet. The wizard helps with the first draft: "
                                     "the period, the report for ORE and a first activity for each goal.")
                             .replace("%1", plan.process_name), wizard=True)  # fmt: skip
            return
        self.baseline = latest_baseline(self.ctx.db, plan.hdr.id)
        self.actuals = actual_dates(self.ctx.db, plan.hdr.id)  # the chart's third bar: what really ran
        if start is not None and not start.whole:
            self._show_start(start, keep, in_view)
            return
        self._chain_findings = checklist_findings(  # gaps in the evidence-to-result chain; the activities as read
            self.ctx.db, self.process_id, activities=chain_activities(plan.activities)
        )
        self._findings = check_plan(plan) + self._chain_findings
        self._show_status(len(plan.activities))
        if self._settings is not None:
            self._settings.show_plan(plan)
        self.model.set_plan(plan, self._findings)
        self._size_columns()
        self._fit_name_column()
        self.panels.show_plan(plan, self.baseline, self._findings, self.actuals)
        self.editor.show()
        self.wizard_button.setVisible(not plan.activities)
        if keep is None and plan.activities:
            keep = plan.activities[0].id  # something is always selected, so the buttons act on it
        self.select_activity(keep)
        self._update_buttons()

    # --- a long plan: its first rows at once, the rest read in steps ------------------------------------------
    def _show_start(self, start: hdr.PlanStart, keep: int | None, in_view: int) -> None:
        """The first rows of the table and the chart painted at once; the rest of the plan (every activity, the
        checklist and its tints, the chain of evidence, the chart's other rows and the changes since approval)
        read in small steps on the event loop. Whatever needs more before the steps are done (a row scrolled
        to, a sort, an edit, the checklist's tab, a click or a key anywhere on the screen) has the rest read
        at once first: the user never sees or acts on half a plan."""
        plan = start.plan
        self._findings, self._chain_findings = [], []
        self._show_status(len(start.ids))
        if self._settings is not None:
            self._settings.show_plan(plan)
        self.model.set_start(start, self.finish_reading)
        self._size_columns()
        self._fit_name_column()
        self.panels.show_start(start, self.baseline, self.actuals, self.finish_reading)
        self.editor.show()
        self.wizard_button.setVisible(False)
        whole: dict = {}

        def read() -> None:
            whole["plan"] = hdr.load_plan(self.ctx.db, self.process_id)

        def chain() -> None:  # the gaps in the evidence-to-result chain
            plan = whole["plan"]
            if plan.hdr is not None:
                whole["chain"] = checklist_findings(self.ctx.db, self.process_id,
                                                    activities=chain_activities(plan.activities))  # fmt: skip

        def check() -> None:
            plan = whole["plan"]
            if plan.hdr is not None:
                whole["findings"] = check_plan(plan) + whole["chain"]

        def show() -> None:
            self._show_rest(whole["plan"], whole.get("findings", []), whole.get("chain", []))

        self._steps = [read, chain, check, show]
        self._painted = False  # the first step once the table is painted (or soon, should it not be painted)
        reading = self._reading
        QTimer.singleShot(250, self, lambda: self._first_step(reading))
        place = start.ids.index(keep) if keep in start.ids else 0  # the activity selected stays so
        if place + in_view >= hdr.START_ROWS:  # further down than the rows read: the rest is read now
            self.finish_reading()
        self.select_activity(start.ids[place])
        self._update_buttons()

    def _show_rest(self, plan: HdrPlan, findings: list[Finding], chain: list[Finding]) -> None:
        """The whole plan, read after its first rows were shown: the same rows now all known, their tints, the
        chart's other rows, the checklist and the changes. Another plan than the one begun (changed meanwhile
        by another program) is shown afresh."""
        if plan.hdr is None or not self.model.take_rest(plan, findings):
            self._steps = []
            self.model.rest_needed = None  # until then the rows not read show nothing
            QTimer.singleShot(0, self, self.refresh)
            return
        self._plan, self._findings, self._chain_findings = plan, findings, chain
        self.panels.show_plan(plan, self.baseline, findings, self.actuals)
        self.chart.select_activity(self.current_id())
        self._show_status(len(plan.activities))

    def _first_step(self, reading: int) -> None:
        if not self._painted and reading == self._reading:
            self._painted = True
            self._post_step()

    def _post_step(self) -> None:
        """The next step once the events already waiting (a paint, a click) are handled: one step each turn.
        Meanwhile any click or key on the screen has the rest read first (see eventFilter)."""
        QApplication.instance().installEventFilter(self)  # once only, however often it is installed
        reading = self._reading
        QTimer.singleShot(0, self, lambda: self._next_step(reading))

    def _next_step(self, reading: int) -> None:
        if reading != self._reading or not self._steps:
            return
        with collections_paused():  # as a whole reading is: thousands of objects made at once
            self._steps.pop(0)()
        if self._steps:
            self._post_step()
        else:
            self._stop_reading()

    def finish_reading(self) -> None:
        """Whatever is left of reading the plan shown, done now (nothing when it is all read)."""
        with collections_paused():
            while self._steps:
                self._steps.pop(0)()
        self._stop_reading()

    def _stop_reading(self) -> None:
        self._steps = []
        self._reading += 1
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _show_empty(self, text: str, wizard: bool = False) -> None:
        self.status.clear()
        self.notice.setText(text)
        self.notice.show()
        self.editor.hide()
        self.wizard_button.setVisible(wizard)

    def _show_status(self, count: int) -> None:
        plan, data = self._plan, self._plan.hdr
        days = inclusive_days(data.period_start, data.period_end)
        text = self.tr("Process: %1 · period %2 – %3 (%4 days) · activities: %5").replace("%1", plan.process_name) \
            .replace("%2", format_date_short(data.period_start)).replace("%3", format_date_short(data.period_end)) \
            .replace("%4", str(days)).replace("%5", str(count))  # fmt: skip
        if data.approved_on:
            text += "\n" + self.tr("Approved on %1 by %2.").replace("%1", format_date(data.approved_on)) \
                .replace("%2", data.approved_by)  # fmt: skip
        else:
            text += "\n" + self.tr("Draft — not approved yet.")
        self.status.setText(text)
        if not plan.goals:
            self.notice.setText(self.tr("The process has no development goals yet (stage 2). You can plan "
                                        "activities now; the checklist shows those without a goal."))  # fmt: skip
            self.notice.show()
        else:
            self.notice.hide()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for key in ("edit", "copy", "up", "down", "shift", "delete"):
            self.buttons[key].setEnabled(has)

    # --- selection ------------------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex() if hasattr(self, "table") else QModelIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_activity(self, activity_id: int | None, column: int = NAME) -> None:
        row = self.model.row_of(activity_id)
        if row < 0:
            self.chart.select_activity(None)
            self._update_buttons()
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if self.table.currentIndex() != index:
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.chart.select_activity(activity_id)
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chart.select_activity(current.data(ID_ROLE))
        self._update_buttons()

    # --- changes --------------------------------------------------------------------------------------------
    def own_change(self, change: Change) -> None:
        """What this screen stored: a cell shows itself (``_row_saved``); anything else reads the plan again."""
        if self.model.saving:  # the model redraws the row from what the save returns
            return
        self.table_error.hide()
        if change.kind is Kind.HDR_ACTIVITY and change.ids and not change.deleted and self._select_after is None:
            self._select_after = change.ids[0]  # the activity added, edited, copied, moved or shifted
        super().own_change(change)

    def _row_saved(self, activity_id: int) -> None:
        """One cell stored and its row redrawn: the tints, the checklist and the chart follow from memory."""
        self.table_error.hide()
        self.findings = check_plan(self.plan) + self.chain_findings
        self.model.set_findings(self.findings)
        self._size_columns()  # a longer amount or more goals widen their column
        self._fit_name_column()
        self.panels.activity_changed(self.plan, self.baseline, self.findings, activity_id, self.actuals)
        self.chart.select_activity(self.current_id())

    # --- activities -----------------------------------------------------------------------------------------
    def _edit_refused(self, message: str, row: int, column: int) -> None:
        self.table_error.setText(message)
        self.table_error.show()
        if column == FINANCING and self.model.activity_at(row).id in self.model.pending_costs:
            index = self.proxy.mapFromSource(self.model.index(row, FINANCING))
            QTimer.singleShot(0, lambda: self._edit_cell(index))  # once the cost's editor has closed

    def _edit_cell(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def add_activity(self, goal_ids: tuple[int, ...] = ()) -> ActivityDialog | None:
        if self.plan is None or self.plan.hdr is None:
            return None
        dialog = ActivityDialog(self.ctx, self.plan, None, self, goal_ids=tuple(goal_ids or ()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_activity(self, activity_id: int | None = None) -> ActivityDialog | None:
        activity = self.plan.activity(activity_id or self.current_id()) if self.plan else None
        if activity is None:
            return None
        dialog = ActivityDialog(self.ctx, self.plan, activity, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def copy_activity(self) -> None:
        activity_id = self.current_id()
        if activity_id is not None:
            self.ctx.run(self, hdr.duplicate_activity, activity_id)  # the copy is selected (the change's first id)

    def move_activity(self, steps: int) -> None:
        activity_id = self.current_id()
        if activity_id is None:
            return
        if self.proxy.sortColumn() != NUMBER or self.proxy.sortOrder() != Qt.SortOrder.AscendingOrder:
            self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)  # moving is about the list's own order
        self.ctx.run(self, hdr.move_activity, activity_id, steps)

    def shift_activity(self) -> ShiftDialog | None:
        activity = self.plan.activity(self.current_id()) if self.plan else None
        if activity is None:
            return None
        dialog = ShiftDialog(self.ctx, activity, hdr.activity_dependants(self.ctx.db, activity.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_activity(self) -> None:
        activity = self.plan.activity(self.current_id()) if self.plan else None
        if activity is None:
            return
        question = self.tr("Delete the activity “%1”?").replace("%1", activity.name)
        followers = hdr.activity_dependants(self.ctx.db, activity.id)
        intro = self.tr("These activities depend on it and will keep their dates without the dependency:")
        if confirm_delete(self, self.tr("Delete activity"), question, followers, intro):
            row = self.table.currentIndex().row()  # the row on screen: the table may be sorted by date or cost
            after = row + 1 if row + 1 < self.proxy.rowCount() else row - 1  # the last one: the row above it
            self._select_after = self.proxy.index(after, NUMBER).data(ID_ROLE) if after >= 0 else None
            if self.ctx.run(self, hdr.delete_activity, activity.id) is FAILED:
                self._select_after = None

    def approve(self) -> ApprovalDialog | None:
        if self.plan is None or self.plan.hdr is None:
            return None
        dialog = ApprovalDialog(self.ctx, self.plan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_xlsx(self) -> Path | None:
        if self.plan is None or self.plan.hdr is None:
            return None
        suggested = str(Path.home() / f"HDR {self.plan.process_name}.xlsx")
        path = file_dialogs.save_file_name(self, self.tr("Export the activities to a spreadsheet"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            from wsparcie_desktop.exporters.hdr_xlsx import export_hdr_xlsx  # openpyxl on first use

            written = export_hdr_xlsx(self.ctx.db, self.process_id, path)
        except Exception as error:  # show_failure says why, whatever it was: an export never fails silently
            show_failure(self, self.tr("Export"), error, Path(path))
            return None
        confirm_saved(self, self.tr("Export"), self.tr("Saved: %1").replace("%1", str(written)))
        return written

    # --- the checklist --------------------------------------------------------------------------------------
    def go_to_finding(self, finding: Finding) -> None:
        """Take the user to what a checklist item is about: the activity's cell, or the field above the table."""
        if finding.activity_id is not None:
            self.select_activity(finding.activity_id, COLUMN_OF_FIELD.get(finding.field or "", NAME))
            self.table.setFocus()
        elif not self.settings.focus_field(finding.field) and finding.code == "no_activities":
            self.buttons["add"].setFocus()

    def _finding_activated(self, finding: Finding) -> None:
        if finding.goal_id is not None:
            self.add_activity((finding.goal_id,))
        else:
            self.go_to_finding(finding)

    # --- the wizard -----------------------------------------------------------------------------------------
    def open_wizard(self) -> HdrWizard | None:
        if self.process_id is None:
            return None
        if self.wizard is not None and self.wizard.isVisible() and self.wizard.process_id == self.process_id:
            self.wizard.raise_()
            return self.wizard
        from ui.wizards.hdr_wizard import HdrWizard  # loaded when first opened: a quicker start

        self.wizard = HdrWizard(self.ctx, self.jst_id, self.process_id, self.window())
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.destroyed.connect(self._wizard_gone)
        self.wizard.open()
        return self.wizard

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None

    def commit_pending(self) -> None:
        """The main window is closing: store the period and ORE fields if one is still being typed in."""
        if self._settings is not None:  # never shown: nothing typed
            self._settings.save()


SECTION = HdrSection
