"""Two small HDR dialogs: moving an activity's dates by a number of days, and recording the approval."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QSpinBox, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.forms import FieldForm
from ui.widgets.section import Section
from ui.widgets.stale_edit import show_stale
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError, StoreError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrPlan
from wsparcie_desktop.services.hdr_baseline import approve_hdr
from wsparcie_desktop.services.hdr_dates import inclusive_days, shift_dates

MAX_SHIFT_DAYS = 3 * 366
APPROVER_ROLES = ("decydent", "zastepca")


class _DaysForm(FieldForm):
    """A shift is refused for the dates it would give (this activity's or a dependent's): the one thing the user
    changes is the number of days, so every refusal is shown under it."""

    def show_error(self, error: DomainError) -> None:
        if isinstance(error, StoreError):
            super().show_error(error)
            return
        super().show_error(DomainError(error.message, "days"))


class ShiftDialog(FormDialog):
    """Move the first and last day together by N days (negative: earlier); the duration stays the same."""

    def __init__(self, ctx: AppContext, activity: ActivityData, dependents: list[str], parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=620, form=_DaysForm())
        self.activity = activity
        self.setObjectName("shift_dialog")
        self.setWindowTitle(self.tr("Move the activity's dates"))
        intro = QLabel(self.tr("“%1” runs %2 – %3. By how many days should it move? A negative number moves it "
                               "earlier.").replace("%1", activity.name).replace("%2", format_date_short(
                               activity.starts_on)).replace("%3", format_date_short(activity.ends_on)))  # fmt: skip
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.days = self.form.add_field("days", self.tr("&Days"), QSpinBox())
        self.days.setObjectName("shift_days")
        self.days.setRange(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS)
        self.days.setValue(7)
        self.days.valueChanged.connect(self._preview)
        self.with_dependents = QCheckBox(self.tr("Move the activities that depend on it too (%n)", "",
                                                 len(dependents)))  # fmt: skip
        self.with_dependents.setObjectName("shift_with_dependents")
        self.with_dependents.setEnabled(bool(dependents))
        self.with_dependents.setChecked(bool(dependents))
        if dependents:
            self.with_dependents.setToolTip("\n".join(dependents))
        self.form.addRow("", self.with_dependents)
        self.preview = QLabel()
        self.preview.setObjectName("shift_preview")
        self.form.addRow(self.tr("New dates"), self.preview)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        self._preview()
        self.finish()
        self.days.selectAll()
        self.days.setFocus()

    def _preview(self) -> None:
        start, end = shift_dates(self.activity.starts_on, self.activity.ends_on, self.days.value())
        self.preview.setText(
            self.tr("%1 – %2 (%n day(s))", "", inclusive_days(start, end))
            .replace("%1", format_date_short(start))
            .replace("%2", format_date_short(end))
        )

    def save(self, db) -> Change:
        return hdr.shift_activity(db, self.activity.id, self.days.value(), self.with_dependents.isChecked())


class ApprovalDialog(FormDialog):
    """Who approved the HDR (usually the wójt) and when; the plan as it is becomes the baseline."""

    def __init__(self, ctx: AppContext, plan: HdrPlan, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=640)
        self.plan = plan
        self.setObjectName("approval_dialog")
        self.setWindowTitle(self.tr("Record the approval of the HDR"))
        intro = QLabel(self.tr("The plan as it is now becomes the approved plan (the baseline). Later changes "
                               "remain possible and are shown against it."))  # fmt: skip
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.who = self.form.add_field("approved_by", self.tr("Approved &by"), QComboBox())
        self.who.setObjectName("approval_who")
        self.who.setEditable(True)
        approvers = [p for p in plan.people if p.role_code in APPROVER_ROLES] + [
            p for p in plan.people if p.role_code not in APPROVER_ROLES and p.team == "education"
        ]
        for person in approvers:
            self.who.addItem(f"{person.full_name}, {person.position or person.role_name}")
        if plan.hdr and plan.hdr.approved_by:
            self.who.setEditText(plan.hdr.approved_by)
        self.on = self.form.add_field("approved_on", self.tr("&Date"), DateEdit())
        self.on.setObjectName("approval_on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.on.setDate(to_qdate(dt.date.today()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        self.finish()

    def save(self, db) -> Change:
        version = self.plan.hdr.version if self.plan.hdr else None
        return approve_hdr(db, self.plan.process_id, self.who.currentText(), from_qdate(self.on.date()),
                           version=version)  # fmt: skip

    def on_stale(self, error: StaleEditError) -> None:
        """The HDR changed elsewhere since it was shown: the screen shows it afresh, the dialog stays open."""
        self.plan = hdr.load_plan(self.ctx.db, self.plan.process_id)
        parent = self.parentWidget()
        if isinstance(parent, Section):
            parent.refresh()
        self.form.clear_errors()
        self.form.show_error(DomainError(self.tr("Not approved — the HDR was changed elsewhere; the current plan is "
                                                 "shown. Check it and approve again.")))  # fmt: skip
        show_stale(self, error, [])
