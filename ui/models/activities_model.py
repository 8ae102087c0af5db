"""The HDR's activities as a table edited in place: name, form, dates, person, cost, financing, milestone.

Every edit is stored at once through the service (one transaction per cell); a refused value (an end before
the start, dates that break a dependency, a cost without a source) is not stored, and its Polish message is
announced with ``save_failed`` so the screen can show it beside the table. Cells that the checklist flags
(an activity outside the period, no responsible person) are tinted and carry the message as a tooltip.
Goals, partners, indicators and the dependency are edited in the activity's dialog, not in the table.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QStyledItemDelegate, QWidget

from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.stale_edit import stale_message
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.i18n import format_date_short, format_money
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import FINANCING_LABELS, FORM_LABELS, ActivityData, HdrPlan
from wsparcie_desktop.services.hdr_costs import PendingCosts, parse_cost
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.services.hdr_projection import activity_numbers

NUMBER, NAME, FORM, START, END, DAYS, PERSON, COST, FINANCING, MILESTONE, GOALS, DEPENDS = range(12)
EDITABLE = {NAME, FORM, START, END, PERSON, COST, FINANCING}
FIELD_OF_COLUMN = {NAME: "name", FORM: "form", START: "starts_on", END: "ends_on", PERSON: "responsible_id",
                   COST: "cost", FINANCING: "financing", MILESTONE: "is_milestone", GOALS: "goal_ids",
                   DEPENDS: "depends_on_id"}  # fmt: skip
COLUMN_OF_FIELD = {f: c for c, f in FIELD_OF_COLUMN.items()}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FLAGGED = QColor("#fde2e1")


@lru_cache(maxsize=4096)
def _money(value: Decimal) -> str:
    """'1 250,00 zł' — Babel takes a fraction of a millisecond per amount, and a plan repeats its amounts."""
    return format_money(value)


class ActivitiesModel(QAbstractTableModel):
    save_failed = Signal(str, int, int)  # message, row, column
    saved = Signal(int)  # activity id
    stale = Signal(int)  # activity id: changed elsewhere, the edit refused and the row reloaded as stored

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.plan: HdrPlan | None = None
        self.activities: list[ActivityData] = []
        self.flags_by_cell: dict[tuple[int, str], str] = {}
        self._numbers: dict[int, int] = {}
        self._goal_numbers: dict[int, int] = {}
        self._texts: list[list[str]] = []  # what each cell shows, worked out once per plan (views ask often)
        self.pending_costs = PendingCosts()  # typed for an activity "bez kosztów": kept till a source is chosen

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Activity"), self.tr("Form"), self.tr("Start"), self.tr("End (inclusive)"),
                self.tr("Days"), self.tr("Responsible person"), self.tr("Cost"), self.tr("Financing"),
                self.tr("Milestone"), self.tr("Goals"), self.tr("After activity")]  # fmt: skip

    # --- data in ----------------------------------------------------------------------------------------------
    def set_plan(self, plan: HdrPlan, findings=()) -> None:
        """Show this plan; ``findings`` (the checklist) tint the cells they are about."""
        self.beginResetModel()
        self.plan = plan
        self.activities = list(plan.activities)
        self._numbers = activity_numbers(self.activities)  # as in the chart, the PDF and the XLSX
        self._goal_numbers = {g.id: g.number for g in plan.goals}
        self._texts = [[self._display(a, c) for c in range(DEPENDS + 1)] for a in self.activities]
        self.flags_by_cell = {}
        for finding in findings:
            if finding.activity_id is not None and finding.field:
                self.flags_by_cell.setdefault((finding.activity_id, finding.field), finding.message)
        self.endResetModel()

    def activity_at(self, row: int) -> ActivityData:
        return self.activities[row]

    def row_of(self, activity_id: int | None) -> int:
        return next((r for r, a in enumerate(self.activities) if a.id == activity_id), -1)

    # --- Qt model -------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 — Qt's name
        return 0 if parent.isValid() else len(self.activities)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else DEPENDS + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        if index.column() == MILESTONE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.activities[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(a, column)
        if role == SORT_ROLE:
            return self._sort_key(a, column, index.row())
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.CheckStateRole and column == MILESTONE:
            return Qt.CheckState.Checked if a.is_milestone else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, DAYS, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flagged = self.flags_by_cell.get((a.id, FIELD_OF_COLUMN.get(column, "")))
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QBrush(FLAGGED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if flagged:
                return flagged
            if column == NAME:
                return "\n\n".join(part for part in (a.name, a.description, a.expected_result) if part)
            if column in (FORM, PERSON, FINANCING):
                return self._texts[index.row()][column]
        return None

    def _display(self, a: ActivityData, column: int) -> str:
        plan = self.plan
        if column == NUMBER:
            return str(self._numbers[a.id])
        if column == NAME:
            return a.name
        if column == FORM:
            return a.form_label
        if column == START:
            return format_date_short(a.starts_on)
        if column == END:
            return format_date_short(a.ends_on)
        if column == DAYS:
            return str(inclusive_days(a.starts_on, a.ends_on))
        if column == PERSON:
            return plan.person_name(a.responsible_id) or self.tr("— none —")
        if column == COST:
            return _money(a.cost)
        if column == FINANCING:
            return a.financing_label
        if column == GOALS:
            return ", ".join(str(self._goal_numbers[g]) for g in a.goal_ids if g in self._goal_numbers) or "—"
        if column == DEPENDS:
            return str(self._numbers[a.depends_on_id]) if a.depends_on_id in self._numbers else ""
        return ""

    def _edit_value(self, a: ActivityData, column: int):
        return {NAME: a.name, FORM: a.form, START: to_qdate(a.starts_on), END: to_qdate(a.ends_on),
                PERSON: a.responsible_id, COST: a.cost, FINANCING: a.financing}.get(column)  # fmt: skip

    def _sort_key(self, a: ActivityData, column: int, row: int):
        if column in (NUMBER, GOALS, DEPENDS):
            return self._numbers[a.id] if column == NUMBER else self._texts[row][column]
        if column == START:
            return a.starts_on.toordinal()
        if column == END:
            return a.ends_on.toordinal()
        if column == DAYS:
            return inclusive_days(a.starts_on, a.ends_on)
        if column == COST:
            return int(a.cost * 100)  # grosze: exact, and a number Qt compares
        if column == MILESTONE:
            return int(a.is_milestone)
        return self._texts[row][column].casefold()

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.plan is None or self.plan.hdr is None:
            return False
        column = index.column()
        a = self.activities[index.row()]
        changed = copy.deepcopy(a)
        if role == Qt.ItemDataRole.CheckStateRole and column == MILESTONE:
            changed.is_milestone = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        elif column == NAME:
            changed.name = str(value or "")
        elif column in (FORM, FINANCING):
            setattr(changed, FIELD_OF_COLUMN[column], str(value))
            waiting = self.pending_costs.take(a.id, changed.financing) if column == FINANCING else None
            if waiting is not None:
                changed.cost = waiting
        elif column in (START, END):
            setattr(changed, FIELD_OF_COLUMN[column], from_qdate(value))
        elif column == PERSON:
            changed.responsible_id = int(value) if value not in (None, "", -1) else None
        elif column == COST:
            try:
                changed.cost = parse_cost(value)  # the text typed, or a Decimal: never a float
            except DomainError as error:
                self.save_failed.emit(error.message, index.row(), column)
                return False
            if self.pending_costs.keep(a.id, changed.financing, changed.cost):  # the cost column comes first
                self.save_failed.emit(self.tr("The cost %1 will be stored with its source of financing — choose "
                                              "it in the column “Financing”.").replace("%1", _money(changed.cost)),
                                      index.row(), FINANCING)  # fmt: skip
                return False
        if changed == a:
            return True
        try:
            hdr.save_activity(self.db, self.plan.hdr.id, changed)
        except StaleEditError as error:
            typed = f"{self.headers()[column]}: {self._display(changed, column)}"
            self._show_row(index.row(), self._stored(a))
            self.save_failed.emit(stale_message(error, [typed]), index.row(), column)
            self.stale.emit(a.id)
            return False
        except DomainError as error:
            self.save_failed.emit(error.message, index.row(), column)
            return False
        self._show_row(index.row(), self._stored(changed))  # as stored, with the version the next edit names
        self.saved.emit(changed.id)
        return True

    def _stored(self, activity: ActivityData) -> ActivityData:
        try:
            return hdr.get_activity(self.db, activity.id)
        except DomainError:  # deleted meanwhile; the screen's reload takes the row away
            return activity

    def _show_row(self, row: int, activity: ActivityData) -> None:
        self.activities[row] = activity
        self._texts[row] = [self._display(activity, c) for c in range(DEPENDS + 1)]
        self.dataChanged.emit(self.index(row, 0), self.index(row, DEPENDS))


class ActivitiesProxy(QSortFilterProxyModel):
    """Sorting by real values (dates, money), not by their text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


class ActivityDelegate(QStyledItemDelegate):
    """Editors for the table: a date field with a calendar, lists of forms, people and sources, a money field."""

    def __init__(self, model: ActivitiesModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option, index) -> QWidget:  # noqa: N802 — Qt's name
        column = index.column()
        if column in (START, END):
            editor = DateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd.MM.yyyy")
            return editor
        if column == COST:
            return MoneyEdit(parent)  # the core's reading of amounts and its limit
        if column in (FORM, FINANCING, PERSON):
            editor = QComboBox(parent)
            for label, value in self.choices(column):
                editor.addItem(label, value)
            return editor
        if column == NAME:
            editor = QLineEdit(parent)
            editor.setMaxLength(300)
            return editor
        return super().createEditor(parent, option, index)

    def choices(self, column: int) -> list[tuple[str, object]]:
        if column == FORM:
            return [(label, code) for code, label in FORM_LABELS.items()]
        if column == FINANCING:
            return [(label, code) for code, label in FINANCING_LABELS.items()]
        people = self.model.plan.people if self.model.plan else []
        return [(self.tr("— none —"), None)] + [(p.label, p.id) for p in people]

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(value)
        elif isinstance(editor, MoneyEdit):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, MoneyEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # read by the core, to a Decimal
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
