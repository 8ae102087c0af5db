"""The HDR's period and planned ORE report, stored as each field is left (a refused value says why beside them).

Each save goes through the runner; the screen holding the box reads the plan again when it is stored (the
period moves the checklist and the chart), so the box shows the HDR as stored, with the version to save over.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from ui.context import FAILED, AppContext
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.stale_edit import stale_message
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import HdrData, HdrPlan
from wsparcie_desktop.services.hdr_dates import inclusive_days


def suggested_ore_due(start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """A month before the HDR's period ends (not before it starts): the date the ORE due date starts from."""
    if end is None:
        return None
    return max(end - dt.timedelta(days=30), start or end)


def date_edit(name: str) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class HdrSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: HdrPlan | None = None
        self._loading = False
        self.setTitle(self.tr("Period and the report for ORE"))
        self.period_start = date_edit("hdr_period_start")
        self.period_end = date_edit("hdr_period_end")
        self.period_days = QLabel()
        self.ore_form = QComboBox()
        self.ore_form.setObjectName("hdr_ore_form")
        self.ore_form.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ore_due = date_edit("hdr_ore_due")
        # no due date stored shows as "— nie podano —", not as a date nobody chose
        self.ore_due.allow_none(self.tr("— not set —"), self._suggested_due)
        self.ore_person = QComboBox()
        self.ore_person.setObjectName("hdr_ore_person")
        self.ore_person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never "— wybierz z"
        self.error = QLabel()
        self.error.setObjectName("hdr_settings_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.fields = {"period_start": self.period_start, "period_end": self.period_end, "ore_form_code": self.ore_form,
                       "ore_form_due_on": self.ore_due, "ore_form_responsible_id": self.ore_person}  # fmt: skip
        grid = QGridLayout(self)  # one field a row, at the top of its tab, each list as wide as its longest entry
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_end)
        period.addWidget(self.period_days)
        period.addStretch(1)
        rows = [(self.tr("Period:"), period), (self.tr("ORE report:"), self.ore_form), (self.tr("due"), self.ore_due),
                (self.tr("responsible:"), self.ore_person)]  # fmt: skip
        for row, (label, field) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                line = QHBoxLayout()
                line.addWidget(field)
                line.addStretch(1)
                grid.addLayout(line, row, 1)
        grid.addWidget(self.error, len(rows), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rows) + 1, 1)
        for edit in (self.period_start, self.period_end, self.ore_due):
            edit.editingFinished.connect(self.save)
            edit.calendarWidget().clicked.connect(lambda *_: self.save())
        self.ore_form.activated.connect(self.save)
        self.ore_person.activated.connect(self.save)

    def _suggested_due(self) -> dt.date | None:
        """Where typing or the calendar starts over an empty due date: a month before the period ends."""
        hdr_data = self.plan.hdr if self.plan else None
        return suggested_ore_due(hdr_data.period_start, hdr_data.period_end) if hdr_data else None

    def show_plan(self, plan: HdrPlan) -> None:
        self._loading = True
        try:
            self.plan = plan
            data = plan.hdr
            self.period_start.setDate(to_qdate(data.period_start))
            self.period_end.setDate(to_qdate(data.period_end))
            self.period_days.setText(self.tr("%n day(s)", "", inclusive_days(data.period_start, data.period_end)))
            self.ore_form.clear()
            self.ore_form.addItem(self.tr("— not planned —"), None)
            for option in plan.ore_forms:
                self.ore_form.addItem(option.name, option.code)
            self.ore_form.setCurrentIndex(max(self.ore_form.findData(data.ore_form_code), 0))
            self.ore_due.set_date_or_none(data.ore_form_due_on)
            self.ore_person.clear()
            self.ore_person.addItem(self.tr("— choose from the team —"), None)
            for person in plan.people:
                self.ore_person.addItem(person.label, person.id)
            self.ore_person.setCurrentIndex(max(self.ore_person.findData(data.ore_form_responsible_id), 0))
            self.error.hide()
        finally:
            self._loading = False

    def value(self) -> HdrData:
        data = HdrData(**vars(self.plan.hdr))
        data.period_start, data.period_end = from_qdate(self.period_start.date()), from_qdate(self.period_end.date())
        data.ore_form_code = self.ore_form.currentData()
        due = self.ore_due.date_or_none()
        data.ore_form_due_on = due if data.ore_form_code else data.ore_form_due_on
        data.ore_form_responsible_id = self.ore_person.currentData()
        return data

    def save(self) -> None:
        """Store what the fields show, if it differs from what is stored."""
        if self._loading or self.plan is None or self.plan.hdr is None:
            return
        data = self.value()
        if data == self.plan.hdr:
            return
        if self.ctx.run(self, hdr.save_hdr, self.plan.process_id, data, form=self, on_stale=self._stale):
            self.error.hide()

    def show_error(self, error: DomainError) -> None:
        """A refusal (as the runner's form): beside the fields, the field it is about focused."""
        self.error.setText(error.message)
        self.error.show()
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def _stale(self, error: StaleEditError) -> None:
        """Changed in another window or program: show the HDR as stored now, and say so."""
        plan = self.ctx.run(self, hdr.load_plan, self.plan.process_id, form=self)
        if plan is FAILED:  # the process is gone meanwhile: the message says so
            return
        self.show_plan(plan)
        self.error.setText(stale_message(error, []))
        self.error.show()

    def focus_field(self, name: str | None) -> bool:
        widget = self.fields.get(name or "")
        if widget is not None:
            widget.setFocus()
        return widget is not None
