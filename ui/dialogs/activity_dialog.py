"""The whole of one HDR activity: what, when, who, with whom, for how much, for which goals and indicators.

Opened window-modally (``open()``), so nothing typed is lost to a nested event loop; "Save" stores the activity
through the runner in one transaction, and a refused value keeps the dialog open with the Polish message under
the field it belongs to (switching to that tab first). Esc after a change asks whether to save it.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.forms import FieldForm
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.stale_edit import show_stale, unsaved_values
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import (
    FINANCING_LABELS,
    FORM_LABELS,
    PARTNER_KIND_LABELS,
    ActivityData,
    HdrPlan,
    PartnerData,
    SavedActivity,
)
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.services.hdr_projection import activity_numbers

DEFAULT_DAYS = 30


def _date_edit() -> QDateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class TabbedForm(FieldForm):
    """The dialog's form for the runner: a refusal goes under its field on whichever tab holds it (that tab is
    brought forward); one about no field goes above the tabs."""

    def __init__(self):
        super().__init__()
        self.tabs: QTabWidget | None = None
        self.pages: dict[str, tuple[int, FieldForm]] = {}

    def add_page(self, tab: int, form: FieldForm, fields: tuple[str, ...]) -> None:
        for name in fields:
            self.pages[name] = (tab, form)

    def clear_errors(self) -> None:
        super().clear_errors()
        for _tab, form in set(self.pages.values()):
            form.clear_errors()

    def show_error(self, error: DomainError) -> None:
        page = self.pages.get(error.field or "")
        if page is None:
            super().show_error(error)
            return
        self.clear_errors()
        tab, form = page
        if self.tabs is not None:
            self.tabs.setCurrentIndex(tab)
        form.show_error(error)

    def error_text(self, name: str) -> str:
        page = self.pages.get(name)
        return page[1].error_text(name) if page else super().error_text(name)

    def label_text(self, name: str) -> str:
        page = self.pages.get(name)
        return page[1].label_text(name) if page else super().label_text(name)


class ActivityDialog(FormDialog):
    def __init__(self, ctx: AppContext, plan: HdrPlan, activity: ActivityData | None = None,
                 parent: QWidget | None = None, goal_ids: tuple[int, ...] = ()):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=900, form=TabbedForm())
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("New activity"))
        self.plan = plan
        self.original = copy.deepcopy(activity) if activity else None
        self.setObjectName("activity_dialog")
        self.setMinimumHeight(680)
        self.tabs = QTabWidget()
        self.form.tabs = self.tabs
        self.tabs.addTab(self._basic_tab(), self.tr("&Activity"))
        self.tabs.addTab(self._goals_tab(), self.tr("&Goals and indicators"))
        self.tabs.addTab(self._partners_tab(), self.tr("&Partners"))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.body.addWidget(self.tabs)
        self._load(activity or self._new_activity(goal_ids))
        self.finish()
        self.name.setFocus()

    @property
    def saved_id(self) -> int | None:
        """The activity stored when the dialog was accepted (a new one's id), else None."""
        return self.saved.id if isinstance(self.saved, SavedActivity) else None

    # --- building -------------------------------------------------------------------------------------------
    def _basic_tab(self) -> QWidget:
        page = QWidget()
        form = FieldForm()
        self.name = form.add_field("name", self.tr("&Name"), QLineEdit())
        self.name.setObjectName("activity_name")
        self.name.setMaxLength(300)
        self.description = form.add_field("description", self.tr("&Description"), _text_edit())
        self.activity_form = form.add_field("form", self.tr("&Form"), QComboBox())
        for code, label in FORM_LABELS.items():
            self.activity_form.addItem(label, code)
        self.starts_on = form.add_field("starts_on", self.tr("&Start"), _date_edit())
        self.starts_on.setObjectName("activity_starts_on")
        self.ends_on = form.add_field("ends_on", self.tr("&End (last day)"), _date_edit())
        self.ends_on.setObjectName("activity_ends_on")
        self.days = QLabel()
        self.days.setObjectName("activity_days")
        form.addRow(self.tr("Duration"), self.days)
        self.starts_on.dateChanged.connect(self._update_days)
        self.ends_on.dateChanged.connect(self._update_days)
        self.person = form.add_field("responsible_id", self.tr("&Responsible person"), QComboBox())
        self.person.setObjectName("activity_person")
        self.person.addItem(self.tr("— choose from the team —"), None)
        for person in self.plan.people:
            self.person.addItem(person.label, person.id)
        self.cost = form.add_field("cost", self.tr("&Cost"), MoneyEdit())  # a Decimal, within the core's limit
        self.cost.setObjectName("activity_cost")
        self.financing = form.add_field("financing", self.tr("Source of &financing"), QComboBox())
        self.financing.setObjectName("activity_financing")
        for code, label in FINANCING_LABELS.items():
            self.financing.addItem(label, code)
        self.result = form.add_field("expected_result", self.tr("E&xpected result"), _text_edit())
        self.milestone = form.add_field("is_milestone", "", QCheckBox(self.tr("This activity is a &milestone")))
        self.depends_on = form.add_field("depends_on_id", self.tr("&After activity"), QComboBox())
        self.depends_on.setObjectName("activity_depends_on")
        self.depends_on.addItem(self.tr("— no dependency —"), None)
        own_id = self.original.id if self.original else None
        numbers = activity_numbers(self.plan.activities)  # as in the table
        for other in self.plan.activities:
            if other.id != own_id:
                self.depends_on.addItem(self.tr("%1. %2 (ends %3)").replace("%1", str(numbers[other.id]))
                                        .replace("%2", other.name).replace("%3", format_date_short(other.ends_on)),
                                        other.id)  # fmt: skip
        layout = QVBoxLayout(page)
        layout.addWidget(
            self._form_host(
                form,
                0,
                (
                    "name",
                    "description",
                    "form",
                    "starts_on",
                    "ends_on",
                    "responsible_id",
                    "cost",
                    "financing",
                    "expected_result",
                    "is_milestone",
                    "depends_on_id",
                ),
            )
        )
        return page

    def _form_host(self, form: FieldForm, tab: int, fields: tuple[str, ...]) -> QWidget:
        """The form on its tab; ``fields`` are the names whose errors the form shows."""
        self.form.add_page(tab, form, fields)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form.general_error)
        layout.addLayout(form)
        layout.addStretch()
        return host

    def _goals_tab(self) -> QWidget:
        page = QWidget()
        form = FieldForm()
        self.goals = QListWidget()
        self.goals.setObjectName("activity_goals")
        self.goals.setWordWrap(True)
        for goal in self.plan.goals:
            label = goal.label + (" " + self.tr("(priority)") if goal.is_priority else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.itemChanged.connect(self._goals_changed)
        self.indicators = QListWidget()
        self.indicators.setObjectName("activity_indicators")
        self.indicators.setWordWrap(True)
        for goal in self.plan.goals:
            for indicator in goal.indicators:
                item = QListWidgetItem(self.tr("Goal %1: %2").replace("%1", str(goal.number))
                                       .replace("%2", indicator.name))  # fmt: skip
                item.setData(Qt.ItemDataRole.UserRole, indicator.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, goal.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.indicators.addItem(item)
        if not self.plan.goals:
            note = QLabel(self.tr("The process has no development goals yet (stage 2). You can plan the activity "
                                  "now and link it to goals later."))  # fmt: skip
            note.setWordWrap(True)
            form.addRow(note)
        form.add_field("goal_ids", self.tr("Goals it &serves"), self.goals)
        form.add_field("indicator_ids", self.tr("&Indicators it should move"), self.indicators)
        layout = QVBoxLayout(page)
        layout.addWidget(self._form_host(form, 1, ("goal_ids", "indicator_ids")))
        return page

    def _partners_tab(self) -> QWidget:
        page = QWidget()
        form = FieldForm()
        self.partners = QListWidget()
        self.partners.setObjectName("activity_partners")
        self.partner_kind = QComboBox()
        self.partner_kind.setObjectName("partner_kind")
        for code, label in PARTNER_KIND_LABELS.items():
            self.partner_kind.addItem(label, code)
        self.partner_school = QComboBox()
        self.partner_school.setObjectName("partner_school")
        for school_id, name in self.plan.schools.items():
            self.partner_school.addItem(name, school_id)
        self.partner_name = QLineEdit()
        self.partner_name.setObjectName("partner_name")
        self.partner_name.setPlaceholderText(self.tr("Name of the institution or organisation"))
        self.partner_name.returnPressed.connect(self.add_partner)
        add = QPushButton(self.tr("A&dd partner"))
        add.setObjectName("partner_add")
        add.clicked.connect(self.add_partner)
        remove = QPushButton(self.tr("&Remove selected"))
        remove.clicked.connect(self.remove_partner)
        self.partner_kind.currentIndexChanged.connect(self._partner_kind_changed)
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.partner_kind)
        row.addWidget(self.partner_school, 1)
        row.addWidget(self.partner_name, 1)
        row.addWidget(add)
        form.add_field("partners", self.tr("&Partners"), self.partners)
        form.addRow("", remove)
        form.addRow(QLabel(self.tr("New partner")))  # on rows of their own: the chooser needs the whole width
        form.addRow(chooser)
        self._partner_kind_changed()
        layout = QVBoxLayout(page)
        layout.addWidget(self._form_host(form, 2, ("partners",)))
        return page

    # --- values ---------------------------------------------------------------------------------------------
    def _new_activity(self, goal_ids: tuple[int, ...]) -> ActivityData:
        hdr_data = self.plan.hdr
        start = hdr_data.period_start if hdr_data else dt.date.today()
        end = start + dt.timedelta(days=DEFAULT_DAYS - 1)
        if hdr_data and end > hdr_data.period_end:
            end = hdr_data.period_end
        return ActivityData(starts_on=start, ends_on=end, goal_ids=list(goal_ids))

    def _load(self, a: ActivityData) -> None:
        self.name.setText(a.name)
        self.description.setPlainText(a.description)
        self.activity_form.setCurrentIndex(max(self.activity_form.findData(a.form), 0))
        self.starts_on.setDate(to_qdate(a.starts_on))
        self.ends_on.setDate(to_qdate(a.ends_on))
        self.person.setCurrentIndex(max(self.person.findData(a.responsible_id), 0))
        self.cost.set_value(a.cost)
        self.financing.setCurrentIndex(max(self.financing.findData(a.financing), 0))
        self.result.setPlainText(a.expected_result)
        self.milestone.setChecked(a.is_milestone)
        self.depends_on.setCurrentIndex(max(self.depends_on.findData(a.depends_on_id), 0))
        for i in range(self.goals.count()):
            item = self.goals.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in a.goal_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for i in range(self.indicators.count()):
            item = self.indicators.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in a.indicator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.partners.clear()
        for partner in a.partners:
            self._add_partner_item(partner)
        self._goals_changed()
        self._update_days()

    def value(self) -> ActivityData:
        """The activity as the dialog shows it now."""
        base = copy.deepcopy(self.original) if self.original else ActivityData()
        base.name = self.name.text()
        base.description = self.description.toPlainText()
        base.form = self.activity_form.currentData()
        base.starts_on = from_qdate(self.starts_on.date())
        base.ends_on = from_qdate(self.ends_on.date())
        base.responsible_id = self.person.currentData()
        base.cost = self.cost.value()  # DomainError (field "cost") for text that is not an amount
        base.financing = self.financing.currentData()
        base.expected_result = self.result.toPlainText()
        base.is_milestone = self.milestone.isChecked()
        base.depends_on_id = self.depends_on.currentData()
        base.goal_ids = self._checked(self.goals)
        base.indicator_ids = self._checked(self.indicators)
        base.partners = [self.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.partners.count())]
        return base

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked and widget.item(i).flags()
                & Qt.ItemFlag.ItemIsEnabled]  # fmt: skip

    # --- reactions ------------------------------------------------------------------------------------------
    def _update_days(self) -> None:
        start, end = from_qdate(self.starts_on.date()), from_qdate(self.ends_on.date())
        if start and end and end >= start:
            self.days.setText(self.tr("%n day(s), both dates included", "", inclusive_days(start, end)))
            self.days.setStyleSheet("")
        else:
            self.days.setText(self.tr("the end is before the start"))
            self.days.setStyleSheet("color: #b00020; font-weight: bold;")

    def _goals_changed(self, *_args) -> None:
        """Indicators can be ticked only for the goals the activity serves."""
        chosen = set(self._checked(self.goals))
        for i in range(self.indicators.count()):
            item = self.indicators.item(i)
            enabled = item.data(Qt.ItemDataRole.UserRole + 1) in chosen
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled)

    def _partner_kind_changed(self, *_args) -> None:
        school = self.partner_kind.currentData() == "school"
        self.partner_school.setVisible(school)
        self.partner_name.setVisible(not school)

    def add_partner(self) -> None:
        kind = self.partner_kind.currentData()
        if kind == "school":
            if self.partner_school.currentData() is None:
                return
            partner = PartnerData("school", self.partner_school.currentData(), "")
        else:
            name = self.partner_name.text().strip()
            if not name:
                self.partner_name.setFocus()
                return
            partner = PartnerData(kind, None, name)
            self.partner_name.clear()
        self._add_partner_item(partner)

    def _add_partner_item(self, partner: PartnerData) -> None:
        item = QListWidgetItem(partner.label(self.plan.schools))  # the label the PDF and the XLSX print
        item.setData(Qt.ItemDataRole.UserRole, partner)
        self.partners.addItem(item)

    def remove_partner(self) -> None:
        for item in self.partners.selectedItems():
            self.partners.takeItem(self.partners.row(item))

    # --- saving ---------------------------------------------------------------------------------------------
    def save(self, db) -> SavedActivity:
        """The one service call OK makes (through the runner): a refusal is shown under its field."""
        typed = self.value()  # a cost that is not an amount is refused here, under the cost field
        return hdr.save_activity(db, self.plan.hdr.id, typed)

    def on_stale(self, error: StaleEditError) -> None:
        """The activity was changed elsewhere since the dialog opened: show it as stored, keep the dialog open."""
        if self.original is None:
            self.form.show_error(error)
            return
        typed = self.value()  # save() has just read the same fields without a refusal
        plan = self.plan
        labels = {name: form.label_text(name) for name, (_tab, form) in self.form.pages.items()}
        labels["is_milestone"] = self.milestone.text()
        shown = {
            "form": FORM_LABELS.get, "financing": FINANCING_LABELS.get,
            "responsible_id": lambda person_id: plan.person_name(person_id) or self.tr("— none —"),
            "depends_on_id": lambda other: plan.activity(other).name if plan.activity(other) else self.tr("— none —"),
            "goal_ids": lambda ids: "; ".join(goal.label for goal in plan.goals if goal.id in ids),
            "indicator_ids": lambda ids: "; ".join(i.name for goal in plan.goals for i in goal.indicators if i.id in ids),
            "partners": lambda partners: "; ".join(partner.label(plan.schools) for partner in partners),
        }  # fmt: skip
        unsaved = unsaved_values(self.original, typed, labels, shown)
        current = self.ctx.run(self, hdr.get_activity, self.original.id, form=self.form)
        if current is FAILED:  # deleted meanwhile: the message under the form says so, nothing to reload
            return
        self.original = copy.deepcopy(current)
        self._load(current)
        self.mark_clean()  # what is shown is what is stored
        self.form.show_error(DomainError(self.tr("Not saved — this activity was changed elsewhere; the current data "
                                                 "is shown.")))  # fmt: skip
        show_stale(self, error, unsaved)

    def show_error(self, error: DomainError) -> None:
        self.form.show_error(error)

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """For the screen and tests: put dates in the two fields."""
        self.starts_on.setDate(to_qdate(start))
        self.ends_on.setDate(to_qdate(end))
