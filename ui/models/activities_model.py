"""The HDR's activities as a table edited in place: name, form, dates, person, cost, financing, milestone.

Every edit is one service call through the runner, one transaction: the service hands the activity back as
stored (with its new version) and only that row is drawn again — nothing is read back, the model is not reset.
A refused value (an end before the start, dates that break a dependency, a locked store) is not stored; its
Polish message, with what was typed, is announced with ``save_failed`` so the screen can show it beside the
table. A cost typed while the activity is still "bez kosztów" waits (``PendingCosts``) for its source of
financing. Cells that the checklist flags (an activity outside the period, no responsible person) are tinted
and carry the message as a tooltip. Goals, partners, indicators and the dependency are edited in the activity's
dialog, not in the table.

A plan may hold thousands of activities, so the model works out only what is asked for: a cell's text when a view
first shows it (then kept), and the rows' order in one Python sort of their keys when the table is sorted — the
proxy (``ActivitiesProxy``) hands sorting to the model instead of asking it for every row's key.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QStyledItemDelegate, QWidget

from ui.context import FAILED, AppContext
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.stale_edit import shown_value, stale_message
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.i18n import format_date_short, format_money
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import (
    FINANCING_LABELS,
    FORM_LABELS,
    ActivityData,
    HdrPlan,
    PlanStart,
    SavedActivity,
)
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
# The roles as plain numbers, looked up once: a view asks data() for thousands of values while it paints.
DISPLAY, EDIT, CHECK = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                         Qt.ItemDataRole.CheckStateRole))  # fmt: skip
ALIGNMENT, BACKGROUND, TOOLTIP = (int(r) for r in (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
                                                   Qt.ItemDataRole.ToolTipRole))  # fmt: skip
ROLES = frozenset({DISPLAY, EDIT, int(SORT_ROLE), int(ID_ROLE), CHECK, ALIGNMENT, BACKGROUND, TOOLTIP})
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = [Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | (Qt.ItemFlag.ItemIsEditable if column in EDITABLE else Qt.ItemFlag.NoItemFlags)
          | (Qt.ItemFlag.ItemIsUserCheckable if column == MILESTONE else Qt.ItemFlag.NoItemFlags)
          for column in range(DEPENDS + 1)]  # each column's, made once  # fmt: skip
KEPT = "kept"  # a cost waiting for its source: nothing stored yet
UNCHANGED = "unchanged"  # the cell was left as it was: nothing to store


@lru_cache(maxsize=4096)
def _money(value: Decimal) -> str:
    """'1 250,00 zł' — Babel takes a fraction of a millisecond per amount, and a plan repeats its amounts."""
    return format_money(value)


class _Cell:
    """The one cell being stored, as the runner's ``form``: a refusal goes beside the table with what was typed."""

    def __init__(self, model: ActivitiesModel, row: int, column: int, activity: ActivityData, typed: str):
        self.model, self.row, self.column, self.activity, self.typed = model, row, column, activity, typed

    def show_error(self, error: DomainError) -> None:
        heading = QCoreApplication.translate("StaleEdit", "What you had typed (not saved):")  # as a stale save says
        self.model.save_failed.emit(f"{error.message}\n\n{heading}\n• {self.typed}", self.row, self.column)

    def stale(self, error: StaleEditError) -> None:
        """Changed elsewhere since the plan was read: the row as stored now, the message, what was typed."""
        model = self.model
        current = model.ctx.run(model.origin(), hdr.get_activity, self.activity.id, form=self)
        if current is FAILED:  # deleted meanwhile: said beside the table; the screen's reload takes the row away
            model.stale.emit(self.activity.id)
            return
        model.show_row(self.row, current)
        model.save_failed.emit(stale_message(error, [self.typed]), self.row, self.column)
        model.stale.emit(self.activity.id)


# What makes a column's text the longest (see ActivitiesModel.width_texts).
_WIDEST = {DAYS: lambda a: a.ends_on.toordinal() - a.starts_on.toordinal(), COST: attrgetter("cost"),
           GOALS: lambda a: len(a.goal_ids)}  # fmt: skip

# The keys of the columns sorted most (the dates, the name) without a call of _sort_key per row: the same order.
_QUICK_KEYS = {START: attrgetter("starts_on"), END: attrgetter("ends_on"), NAME: lambda a: a.name.casefold()}


class ActivitiesModel(QAbstractTableModel):
    save_failed = Signal(str, int, int)  # message, row, column
    saved = Signal(int)  # activity id: stored, and its row shows it as stored
    stale = Signal(int)  # activity id: changed elsewhere, the edit refused and the row reloaded as stored

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: HdrPlan | None = None
        self.activities: list[ActivityData] = []
        self.flags_by_cell: dict[tuple[int, str], str] = {}
        self._numbers: dict[int, int] = {}
        self._goal_numbers: dict[int, int] = {}
        self._texts: list[list[str | None] | None] = []  # what each cell shows, worked out when first asked for
        self._rows: dict[int, int] = {}  # activity id -> row
        self.sort_column, self.sort_order = NUMBER, Qt.SortOrder.AscendingOrder
        self.pending_costs = PendingCosts()  # typed for an activity "bez kosztów": kept till a source is chosen
        self.saving = False  # a cell is being stored: its change is this model's to show, row by row
        self._headers: list[str] | None = None
        # Shown from its first rows (set_start): the rows not read yet are None, ``_widest`` says which rows make
        # the widest texts, and ``rest_needed`` reads the rest (the screen's) when anything asks for more.
        self._widest: dict[int, int] | None = None
        self.rest_needed: Callable[[], None] | None = None
        self._start_ids: list[int] = []

    def headers(self) -> list[str]:
        if self._headers is None:  # a view asks for them hundreds of times while it lays out
            self._headers = self._titles()
        return self._headers

    def _titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Activity"), self.tr("Form"), self.tr("Start"), self.tr("End (inclusive)"),
                self.tr("Days"), self.tr("Responsible person"), self.tr("Cost"), self.tr("Financing"),
                self.tr("Milestone"), self.tr("Goals"), self.tr("After activity")]  # fmt: skip

    def origin(self) -> QWidget | None:
        """The widget that asks for the saves (the screen holding the table), so its change comes back to it."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # --- data in ----------------------------------------------------------------------------------------------
    def set_plan(self, plan: HdrPlan, findings=()) -> None:
        """Show this plan; ``findings`` (the checklist) tint the cells they are about."""
        self.beginResetModel()
        self.plan = plan
        self._widest, self.rest_needed = None, None
        self._numbers = activity_numbers(plan.activities)  # as in the chart, the PDF and the XLSX
        self._goal_numbers = {g.id: g.number for g in plan.goals}
        self.activities = self._sorted()
        self._texts = [None] * len(self.activities)
        self._index_rows()
        self._flag(findings)
        self.endResetModel()

    def set_start(self, start: PlanStart, rest_needed: Callable[[], None]) -> None:
        """Show the first rows of a plan (``hdr.load_plan_start``) in the plan's order; the others are read by
        ``rest_needed`` (which ends with ``take_rest``) as soon as anything asks for them: a view scrolled to
        them, a sort, an edit. Until then the cells have no checklist tints."""
        self.beginResetModel()
        self.plan = start.plan
        self.sort_column, self.sort_order = NUMBER, Qt.SortOrder.AscendingOrder
        self._numbers = {activity_id: number for number, activity_id in enumerate(start.ids, 1)}
        self._goal_numbers = {g.id: g.number for g in start.plan.goals}
        self.activities = [start.rows.get(row) for row in range(len(start.ids))]
        self._texts = [None] * len(self.activities)
        self._rows = {activity_id: row for row, activity_id in enumerate(start.ids)}
        self._start_ids = start.ids
        self._widest = {DAYS: start.widest["days"], COST: start.widest["cost"], GOALS: start.widest["goals"]}
        self.rest_needed = rest_needed
        self._flag(())
        self.endResetModel()

    def take_rest(self, plan: HdrPlan, findings=()) -> bool:
        """The whole plan, read after its first rows were shown: the same rows, each now known, and the tints.
        False (nothing done) when the plan is no longer the one shown (another order or other activities)."""
        if self.rest_needed is None or [a.id for a in plan.activities] != self._start_ids:
            return False
        for row, (shown, a) in enumerate(zip(self.activities, plan.activities)):
            if shown is not None and shown != a:  # changed elsewhere between the two readings
                self._texts[row] = None
        self.plan = plan
        self.activities = list(plan.activities)
        self._widest = None
        self.rest_needed = None
        self._flag(findings)
        if self.activities:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.activities) - 1, DEPENDS))
        return True

    @property
    def complete(self) -> bool:
        """Every row is read (no rows are waiting for ``rest_needed``)."""
        return self.rest_needed is None

    def _read_rest(self) -> None:
        """Anything that needs every row: the rest is read first (once)."""
        if self.rest_needed is not None:
            self.rest_needed()

    def _at(self, row: int) -> ActivityData | None:
        a = self.activities[row]
        if a is None:
            self._read_rest()
            a = self.activities[row] if row < len(self.activities) else None
        return a

    def _index_rows(self) -> None:
        self._rows = {a.id: row for row, a in enumerate(self.activities)}

    def text(self, row: int, column: int) -> str:
        """What the cell shows, worked out the first time a view asks for it."""
        a = self._at(row)  # first: a row not read yet is read (with the rest) before its texts are looked at
        if a is None:
            return ""
        cells = self._texts[row]
        if cells is None:
            cells = self._texts[row] = [None] * (DEPENDS + 1)
        text = cells[column]
        if text is None:
            text = cells[column] = self._display(a, column)
        return text

    def width_texts(self, column: int, first_rows: int = 50) -> list[str]:
        """What a column's width is measured from: the texts of the first rows in the table's order, and those of
        the rows whose values make the longest texts (the largest number, amount, duration, count of goals), found
        in one pass over the values: a plan of thousands of rows is not formatted cell by cell to size a column.
        (Dates are all ``dd.mm.rrrr``; digits are as wide as each other in the fonts the program uses.)"""
        activities = self.activities
        if not activities:
            return []
        rows = set(range(min(first_rows, len(activities))))
        if self._widest is not None and not all(activities[row] is not None for row in rows):
            self._read_rest()  # more first rows than were read
        key = _WIDEST.get(column)
        if key is not None and self._widest is not None:  # shown from its start: the widest row was read with it
            rows.add(self._widest[column])
        elif key is not None:
            values = list(map(key, activities))
            rows.add(max(range(len(values)), key=values.__getitem__))
        if column in (NUMBER, DEPENDS):
            return [self.text(row, column) for row in rows] + [str(max(self._numbers.values(), default=0))]
        return [self.text(row, column) for row in rows]

    # --- sorting --------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort (the header, ``sortByColumn``): the rows in the order of their values; ties keep the plan's."""
        self._read_rest()  # every row, before the view is told the layout changes
        self.sort_column, self.sort_order = column, Qt.SortOrder(order)
        if not self.activities:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.activities[i.row()].id, i.column()) for i in persistent]
        texts = {a.id: cells for a, cells in zip(self.activities, self._texts)}
        self.activities = self._sorted()
        self._texts = [texts.get(a.id) for a in self.activities]
        self._index_rows()
        self.changePersistentIndexList(persistent, [self.index(self._rows[i], c) for i, c in kept])
        self.layoutChanged.emit()

    def _sorted(self) -> list[ActivityData]:
        in_plan = list(self.plan.activities) if self.plan else []
        if self.sort_column == NUMBER:
            return in_plan[::-1] if self.sort_order == Qt.SortOrder.DescendingOrder else in_plan
        column = self.sort_column
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        key = _QUICK_KEYS.get(column) or (lambda a: self._sort_key(a, column))
        return sorted(in_plan, key=key, reverse=descending)  # stable: ties as planned

    def set_findings(self, findings) -> None:
        """The checklist again after one row changed: the tints and tooltips of the rows whose flags changed."""
        before = self.flags_by_cell
        self._flag(findings)
        changed = {activity_id for (activity_id, _field), _message in before.items() ^ self.flags_by_cell.items()}
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
        for row in sorted(self.row_of(activity_id) for activity_id in changed):
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, DEPENDS), roles)

    def _flag(self, findings) -> None:
        self.flags_by_cell = {}
        for finding in findings:
            if finding.activity_id is not None and finding.field:
                for activity_id in (finding.activity_id, *getattr(finding, "also", ())):  # every overlapping one
                    self.flags_by_cell.setdefault((activity_id, finding.field), finding.message)

    def activity_at(self, row: int) -> ActivityData:
        return self._at(row)

    def row_of(self, activity_id: int | None) -> int:
        return self._rows.get(activity_id, -1)

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
        return _FLAGS[index.column()]

    def data(self, index, role=DISPLAY):
        if role not in ROLES:  # a view asks for a dozen roles per cell: most are answered here at once
            return None
        row, column = index.row(), index.column()
        if row < 0:
            return None
        if role == DISPLAY:
            return self.text(row, column)
        a = self._at(row)
        if a is None:
            return None
        if role == EDIT:
            return self._edit_value(a, column)
        if role == SORT_ROLE:
            return self._sort_key(a, column)
        if role == ID_ROLE:
            return a.id
        if role == CHECK:
            return (CHECKED if a.is_milestone else UNCHECKED) if column == MILESTONE else None
        if role == ALIGNMENT:
            return RIGHT if column in (NUMBER, DAYS, COST) else None
        flagged = self.flags_by_cell.get((a.id, FIELD_OF_COLUMN.get(column, ""))) if self.flags_by_cell else None
        if role == BACKGROUND:
            return QBrush(FLAGGED) if flagged else None
        if role == TOOLTIP:
            if flagged:
                return flagged
            if column == NAME:
                return "\n\n".join(part for part in (a.name, a.description, a.expected_result) if part)
            if column in (FORM, PERSON, FINANCING):
                return self.text(row, column)
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

    def _sort_key(self, a: ActivityData, column: int):
        if column in (NUMBER, GOALS, DEPENDS):
            return self._numbers[a.id] if column == NUMBER else self._display(a, column)
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
        return self._display(a, column).casefold()

    # --- editing --------------------------------------------------------------------------------------------
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Store one cell (one service call); True when it is stored or was left as it was."""
        if not index.isValid() or self.plan is None or self.plan.hdr is None:
            return False
        self._read_rest()  # the checklist and the chart that follow a save need the whole plan
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == MILESTONE:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        a = self.activities[row]
        edited = self._edited(a, column, value)
        waiting = self.pending_costs.take(a.id, edited.financing) if column == FINANCING else None
        cell = _Cell(self, row, column, a, self._typed(edited, column, value))
        self.saving = True
        try:
            result = self.ctx.run(self.origin(), self._store, a, edited, column, value, waiting, form=cell,
                                  on_stale=cell.stale)  # fmt: skip
        finally:
            self.saving = False
        if result is FAILED:
            if waiting is not None:  # the source was refused: the cost typed for it still waits
                self.pending_costs.keep(a.id, a.financing, waiting)
            return False
        if result is KEPT:
            self.save_failed.emit(self.tr("The cost %1 will be stored with its source of financing — choose it in "
                                          "the column “Financing”.").replace("%1", _money(edited.cost)),
                                  row, FINANCING)  # fmt: skip
            return False
        if isinstance(result, SavedActivity):
            self.show_row(row, result.activity)  # as stored, with the version the next edit names
            self.saved.emit(a.id)
        return True

    def _edited(self, a: ActivityData, column: int, value) -> ActivityData:
        """The row with one cell as typed; a typed cost is read (and may be refused) when it is stored."""
        changed = copy.deepcopy(a)
        if column == MILESTONE:
            changed.is_milestone = bool(value)
        elif column == NAME:
            changed.name = str(value or "")
        elif column in (FORM, FINANCING):
            setattr(changed, FIELD_OF_COLUMN[column], str(value))
        elif column in (START, END):
            setattr(changed, FIELD_OF_COLUMN[column], from_qdate(value))
        elif column == PERSON:
            changed.responsible_id = int(value) if value not in (None, "", -1) else None
        return changed

    def _typed(self, edited: ActivityData, column: int, value) -> str:
        """'End (inclusive): 02.10.2026' — what the user typed, for a message saying it was not stored."""
        if column == COST:
            shown = value.strip() if isinstance(value, str) else _money(Decimal(value))
        elif column == MILESTONE:
            shown = shown_value(edited.is_milestone)
        else:
            shown = self._display(edited, column)
        return f"{self.headers()[column]}: {shown}"

    def _store(self, db, a: ActivityData, edited: ActivityData, column: int, value, waiting: Decimal | None):
        """The service call the runner makes for one cell (refusals raise DomainError, shown by the runner)."""
        if column == COST:
            edited.cost = parse_cost(value)  # the text typed, or a Decimal: never a float
            if self.pending_costs.keep(a.id, edited.financing, edited.cost):  # the cost column comes first
                return KEPT
        if waiting is not None:
            edited.cost = waiting
        if edited == a:
            return UNCHANGED
        return hdr.save_activity(db, self.plan.hdr.id, edited)

    def show_row(self, row: int, activity: ActivityData) -> None:
        """Show one row as stored; the plan the screen holds keeps the same activity."""
        if self.plan is not None:
            self.plan.activities = [activity if a.id == activity.id else a for a in self.plan.activities]
        self.activities[row] = activity
        self._texts[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, DEPENDS))
        if self.sort_column != NUMBER:  # sorted by a value that may have changed: the row goes to its place
            self.sort(self.sort_column, self.sort_order)


class ActivitiesProxy(QIdentityProxyModel):
    """What the table shows: the model's rows, sorted by the model by real values (dates, money), not their text."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 — as QSortFilterProxyModel's
        model = self.sourceModel()
        return model.sort_column if model is not None else -1

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        model = self.sourceModel()
        return model.sort_order if model is not None else Qt.SortOrder.AscendingOrder


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
