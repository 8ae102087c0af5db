"""The wizard for the HDR's first draft: the period, the ORE report, and a first activity for each goal.

Each page stores its part through the runner as the user leaves it (``validatePage``; a refusal keeps the page
open with everything typed) and the page reached is kept in the process's wizard progress, so closing the
wizard, or the laptop, and opening it again resumes on the same page with everything stored. The runner
announces each change, so the editor (section "HDR") behind the wizard shows it; it takes over from there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.context import FAILED, AppContext
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.forms import ERROR_STYLE, FieldForm
from ui.widgets.hdr_settings import suggested_ore_due
from ui.widgets.wizard_header import keep_header_whole
from ui.widgets.wrapping_choice import wrapping_choice
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import hdr, processes
from wsparcie_desktop.services.hdr import FORM_LABELS, ActivityData, HdrData, HdrPlan
from wsparcie_desktop.services.hdr_dates import inclusive_days

WIZARD = "hdr"
PERIOD, ORE, ACTIVITIES = range(3)
BLANK_ROWS_WITHOUT_GOALS = 3


def _date_edit(name: str) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The next school year: from 1 September to 31 August."""
    today = today or dt.date.today()
    year = today.year if today.month < 9 else today.year + 1
    return dt.date(year, 9, 1), dt.date(year + 1, 8, 31)


class HdrWizard(QWizard):
    def __init__(self, ctx: AppContext, jst_id: int, process_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.jst_id, self.process_id = ctx, jst_id, process_id
        self.setObjectName("hdr_wizard")
        self.setWindowTitle(self.tr("Development schedule (HDR) — first draft"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        keep_header_whole(self)  # long sub-titles wrap whole in large type and on narrow screens
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save and open the editor"))
        self.setMinimumSize(1000, 680)
        self.plan: HdrPlan = hdr.load_plan(ctx.db, process_id)
        self.setPage(PERIOD, PeriodPage())
        self.setPage(ORE, OrePage())
        self.setPage(ACTIVITIES, FirstActivitiesPage())
        self._resuming = True
        self.currentIdChanged.connect(self._page_changed)
        self.resume()

    def reload(self) -> HdrPlan:
        self.plan = hdr.load_plan(self.ctx.db, self.process_id)
        return self.plan

    def hdr_data(self) -> HdrData:
        return self.plan.hdr or HdrData()

    def resume(self) -> None:
        target, _ = processes.wizard_page(self.ctx.db, self.process_id, WIZARD)
        self._resuming = True
        self.restart()
        while self.currentId() < target and self.currentId() != -1:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break
        self._resuming = False

    def _page_changed(self, page_id: int) -> None:
        if page_id >= 0 and not self._resuming:
            self.ctx.run(self, processes.set_wizard_page, self.process_id, WIZARD, page_id)

    def done(self, result: int) -> None:
        if result == QWizard.DialogCode.Accepted:
            self.ctx.run(self, processes.set_wizard_page, self.process_id, WIZARD, ACTIVITIES)
        super().done(result)

    def save_hdr(self, page: QWizardPage, data: HdrData) -> bool:
        """Store a page's part of the HDR as the page is left; False keeps the page, with the refusal under its
        field (the HDR changed elsewhere: the page shows it as stored now)."""
        page.form.clear_errors()

        def stale(error: StaleEditError) -> None:
            self.reload()
            page.initializePage()
            page.form.show_error(error)

        if self.ctx.run(page, hdr.save_hdr, self.process_id, data, form=page.form, on_stale=stale) is FAILED:
            return False
        self.reload()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.key() == Qt.Key.Key_Escape:  # everything left behind is stored; close without a question
            self.reject()
            return
        super().keyPressEvent(event)


class PeriodPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The period of the schedule"))
        self.setSubTitle(self.tr("The local government decides how long its HDR runs — usually one school year."))
        self.form = FieldForm()
        self.start = self.form.add_field("period_start", self.tr("&From"), _date_edit("wizard_period_start"))
        self.end = self.form.add_field("period_end", self.tr("&To (last day)"), _date_edit("wizard_period_end"))
        self.days = QLabel()
        self.form.addRow(self.tr("Duration"), self.days)
        self.start.dateChanged.connect(self._update_days)
        self.end.dateChanged.connect(self._update_days)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        data = self.wizard().hdr_data()
        start, end = default_period()
        self.start.setDate(to_qdate(data.period_start or start))
        self.end.setDate(to_qdate(data.period_end or end))
        self._update_days()

    def _update_days(self) -> None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if end >= start:
            self.days.setText(self.tr("%n day(s), both dates included", "", inclusive_days(start, end)))
        else:
            self.days.setText(self.tr("the end is before the start"))

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        data = wizard.hdr_data()
        data.period_start, data.period_end = from_qdate(self.start.date()), from_qdate(self.end.date())
        return wizard.save_hdr(self, data)


class OrePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The report for ORE"))
        self.setSubTitle(self.tr("Exactly one of the three forms of reporting to ORE must be planned in the HDR, "
                                 "with a due date and a responsible person."))  # fmt: skip
        self.form = FieldForm()
        self.choices = QButtonGroup(self)
        self.forms_box = QWidget()
        self.forms_layout = QVBoxLayout(self.forms_box)
        self.forms_layout.setContentsMargins(0, 0, 0, 0)
        self.form.add_field("ore_form_code", self.tr("&Form of the report"), self.forms_box)
        self.due = self.form.add_field("ore_form_due_on", self.tr("&Due date"), _date_edit("wizard_ore_due"))
        self.due.allow_none(self.tr("— not set —"), self._suggested_due)  # nothing stored looks empty
        self.person = self.form.add_field("ore_form_responsible_id", self.tr("&Responsible person"), QComboBox())
        self.person.setObjectName("wizard_ore_person")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)

    def _suggested_due(self) -> dt.date | None:
        data = self.wizard().hdr_data()
        return suggested_ore_due(data.period_start, data.period_end)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        plan, data = wizard.plan, wizard.hdr_data()
        if not self.choices.buttons():
            for option in plan.ore_forms:
                button = QRadioButton()
                button.setObjectName(f"wizard_ore_{option.code}")
                button.setProperty("code", option.code)
                self.choices.addButton(button)
                self.forms_layout.addWidget(wrapping_choice(button, option.name)[0])  # wraps on a projector
        for button in self.choices.buttons():
            button.setChecked(button.property("code") == data.ore_form_code)
        self.due.set_date_or_none(data.ore_form_due_on)
        self.person.clear()
        self.person.addItem(self.tr("— choose from the team —"), None)
        for person in plan.people:
            self.person.addItem(person.label, person.id)
        self.person.setCurrentIndex(max(self.person.findData(data.ore_form_responsible_id), 0))

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        data = wizard.hdr_data()
        checked = self.choices.checkedButton()
        data.ore_form_code = checked.property("code") if checked else None
        data.ore_form_due_on = self.due.date_or_none() if checked else data.ore_form_due_on
        data.ore_form_responsible_id = self.person.currentData()
        return wizard.save_hdr(self, data)


class _Row:
    """One line of the first activities: for a goal (or none), its name, form, dates and person.

    As the runner's ``form`` it shows a refusal on the page, naming the line, and focuses the field it is about.
    """

    def __init__(self, grid: QGridLayout, row: int, goal_id: int | None, label: str, placeholder: str,
                 error: QLabel):  # fmt: skip
        self.goal_id = goal_id
        self.error = error
        self.label = label
        self.use = QCheckBox()
        self.use.setObjectName(f"wizard_activity_use_{row}")
        self.use_row, self.goal = wrapping_choice(self.use, label)  # a long goal never widens the page
        self.name = QLineEdit()
        self.name.setObjectName(f"wizard_activity_name_{row}")
        self.name.setPlaceholderText(placeholder)
        self.name.textEdited.connect(lambda text: self.use.setChecked(bool(text.strip())))
        self.form = QComboBox()
        for code, name in FORM_LABELS.items():
            self.form.addItem(name, code)
        self.start = _date_edit(f"wizard_activity_start_{row}")
        self.end = _date_edit(f"wizard_activity_end_{row}")
        self.person = QComboBox()
        self.person.setObjectName(f"wizard_activity_person_{row}")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("m") * 10)
        for combo, letters in ((self.form, 8), (self.person, 9)):  # long entries must not squeeze the name
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        grid.addWidget(self.use_row, 2 * row, 0, 1, 3)
        grid.addWidget(self.status, 2 * row, 3, 1, 2)
        for column, widget in enumerate((self.name, self.form, self.start, self.end, self.person)):
            grid.addWidget(widget, 2 * row + 1, column)

    def show_error(self, error: DomainError) -> None:
        self.error.setText(QCoreApplication.translate("FirstActivitiesPage", "%1: %2").replace("%1", self.label)
                           .replace("%2", error.message))  # fmt: skip
        self.error.show()
        {"name": self.name, "starts_on": self.start, "ends_on": self.end}.get(error.field, self.name).setFocus()


class FirstActivitiesPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("First activities"))
        self.setSubTitle(self.tr("Plan at least one activity for each goal. Everything else — partners, costs, "
                                 "indicators, dependencies — is added in the editor."))  # fmt: skip
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("wizard_activities_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self.rows: list[_Row] = []

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        plan = wizard.reload()
        if not self.rows:
            headers = (self.tr("Activity"), self.tr("Form"), self.tr("Start"), self.tr("End (inclusive)"),
                       self.tr("Responsible person"))  # fmt: skip
            goals = sorted(plan.goals, key=lambda g: not g.is_priority)
            specs = [(g.id, g.label + (" " + self.tr("(priority)") if g.is_priority else "")) for g in goals]
            if not specs:
                specs = [(None, self.tr("Activity without a goal")) for _ in range(BLANK_ROWS_WITHOUT_GOALS)]
            for column, text in enumerate(headers):
                heading = QLabel(f"<b>{text}</b>")
                heading.setWordWrap(True)  # a narrow column (a date) takes its title on two lines
                self.grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignBottom)
            for index, (goal_id, label) in enumerate(specs):
                self.rows.append(_Row(self.grid, index + 1, goal_id, label, self.tr("Name of the first activity"),
                                      self.error))  # fmt: skip
            self.grid.setColumnStretch(0, 3)
            self.grid.setRowStretch(2 * len(specs) + 2, 1)
        if plan.goals:
            self.note.setText(self.tr("Goals from stage 2 are listed with the priority goals first."))
        else:
            self.note.setText(self.tr("The process has no development goals yet (stage 2). You can still plan "
                                      "activities; the checklist will show those without a goal."))  # fmt: skip
        data = plan.hdr
        end = min(data.period_start + dt.timedelta(days=29), data.period_end)
        for row in self.rows:
            row.person.clear()
            row.person.addItem(self.tr("— choose from the team —"), None)
            for person in plan.people:
                row.person.addItem(person.label, person.id)
            if row.use.isEnabled():
                row.start.setDate(to_qdate(data.period_start))
                row.end.setDate(to_qdate(end))
            existing = [a.name for a in plan.activities if row.goal_id is not None and row.goal_id in a.goal_ids]
            if existing and row.use.isEnabled() and not row.name.text():
                row.status.setText(self.tr("already planned: %1").replace("%1", existing[0]))

    def validatePage(self) -> bool:  # noqa: N802
        """Store every ticked row; a row already stored is not stored twice when the user comes back."""
        wizard = self.wizard()
        self.error.hide()
        for row in self.rows:
            if not row.use.isChecked() or not row.use.isEnabled():
                continue
            data = ActivityData(
                name=row.name.text(), form=row.form.currentData(), starts_on=from_qdate(row.start.date()),
                ends_on=from_qdate(row.end.date()), responsible_id=row.person.currentData(),
                goal_ids=[row.goal_id] if row.goal_id is not None else [],
            )  # fmt: skip
            if wizard.ctx.run(self, hdr.save_activity, wizard.plan.hdr.id, data, form=row) is FAILED:
                return False
            for widget in (row.use, row.name, row.form, row.start, row.end, row.person):
                widget.setEnabled(False)
            row.status.setText(self.tr("saved"))
        wizard.reload()
        return True
