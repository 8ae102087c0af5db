"""Plan against reality, one row per activity: approved dates, current plan, actual dates, status, costs.

A late activity says so in words and in red ("opóźnione — po terminie (12 dni)"), as overdue data tasks do.
The model shows what a clerk asks for (overdue, this month, the next 30 days, one responsible person) in the
order asked for: both are one pass of Python over the rows (a plan may hold 5,000), and a cell's text is worked
out when a view first asks for it, then kept. The proxy over it only hands sorting and filtering to it. The model
is read-only; the section stores a status or an end date through the runner and hands the stored progress back
with :meth:`RealisationModel.show_progress`, which redraws that one row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.widgets.fitted_columns import BREAK
from wsparcie_desktop.i18n import format_money
from wsparcie_desktop.services.hdr_progress import (
    ProgressData,
    Realisation,
    RealisationRow,
    days_late,
    is_delayed,
    late_text,
)

NUMBER, NAME, PERSON, APPROVED, CURRENT, ACTUAL, STATUS, PLANNED_COST, SPENT = range(9)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#b00020")
DONE = QColor("#2e7d32")
MUTED = QColor("#757575")
# The roles as plain numbers, looked up once: a view asks data() for a dozen roles of every cell it paints.
DISPLAY, FOREGROUND, FONT, ALIGNMENT, TOOLTIP = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole))  # fmt: skip
ROLES = frozenset({DISPLAY, FOREGROUND, FONT, ALIGNMENT, TOOLTIP, int(ID_ROLE), int(SORT_ROLE)})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMNS = 9


def short_range(start: dt.date | None, end: dt.date | None) -> str:
    """'07.09.2026–16.10.2026', '07.09.2026–…' (the Polish way); the line may break after the dash in a table cell."""
    if start is None and end is None:
        return ""
    if start is None:
        return f"…–{BREAK}{end:%d.%m.%Y}"
    if end is None:
        return f"{start:%d.%m.%Y}–{BREAK}…"
    if start == end:
        return f"{start:%d.%m.%Y}"
    return f"{start:%d.%m.%Y}–{BREAK}{end:%d.%m.%Y}"


class RealisationModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_rows: list[RealisationRow] = []  # every activity, in the plan's order
        self.rows: list[RealisationRow] = []  # those the filter lets through, in the sort order
        self.today = dt.date.today()
        self.when, self.person_id = "all", None
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self._rows_by_id: dict[int, int] | None = None
        self._texts: dict[int, list[str | None]] = {}  # activity id -> its cells' texts, each made when first shown
        self._bold: QFont | None = None
        # set while only a long plan's first rows are shown: it reads the rest (the section's) before the rows
        # are filtered or sorted
        self.rest_needed: Callable[[], None] | None = None

    def set_realisation(self, realisation: Realisation | None) -> None:
        self.beginResetModel()
        self.all_rows = list(realisation.rows) if realisation else []
        self.today = realisation.today if realisation else dt.date.today()
        self._texts = {}
        self._choose_rows()
        self.endResetModel()

    def set_filter(self, when: str, person_id: int | None) -> None:
        """Show only the rows of a time filter (see :func:`matches`) and of one person (None: everyone's)."""
        if (when, person_id) == (self.when, self.person_id):
            return
        if self.rest_needed is not None:
            self.rest_needed()
        self.beginResetModel()
        self.when, self.person_id = when, person_id
        self._choose_rows()
        self.endResetModel()

    def _choose_rows(self) -> None:
        self.rows = [r for r in self.all_rows if self._shown(r)] if self._filtered() else list(self.all_rows)
        self._order_rows()

    def _filtered(self) -> bool:
        return self.when != "all" or self.person_id is not None

    def _shown(self, r: RealisationRow) -> bool:
        if self.person_id is not None and r.activity.responsible_id != self.person_id:
            return False
        return matches(r, self.when, self.today)

    def row_of(self, activity_id: int | None) -> int:
        """The row showing the activity; -1 when it is not shown (or not in the plan)."""
        if self._rows_by_id is None:
            self._rows_by_id = {r.activity.id: i for i, r in enumerate(self.rows)}
        return self._rows_by_id.get(activity_id, -1)

    # --- sorting: one Python sort of the column's keys --------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.rest_needed is not None:
            self.rest_needed()
        self.sort_column, self.sort_order = column, Qt.SortOrder(order)
        self._relayout()

    def _order_rows(self) -> None:
        self._rows_by_id = None
        if self.sort_column < 0:
            return
        key = _SORT_KEYS.get(self.sort_column, _SORT_KEYS[NUMBER])
        self.rows.sort(key=_SORT_KEYS[NUMBER])  # equal keys keep the plan's order, in both directions
        self.rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _relayout(self) -> None:
        """Rows put in the sort order, with the view's persistent indexes (the selection) moved along."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.rows[i.row()].activity.id if 0 <= i.row() < len(self.rows) else None, i.column())
                for i in persistent]  # fmt: skip
        self._order_rows()
        self.changePersistentIndexList(persistent, [
            self.index(self.row_of(activity_id), column) if activity_id is not None else QModelIndex()
            for activity_id, column in kept
        ])  # fmt: skip
        self.layoutChanged.emit()

    def show_progress(self, progress: ProgressData) -> None:
        """One activity's progress as stored: its row is redrawn (or leaves a filter it no longer meets), nothing
        else is read."""
        index = next((i for i, r in enumerate(self.all_rows) if r.activity.id == progress.activity_id), -1)
        if index < 0:
            return
        old = self.all_rows[index]
        ends = old.activity.ends_on
        new = replace(old, progress=progress, delayed=is_delayed(ends, progress.status, self.today),
                      days_late=days_late(ends, progress.status, self.today))  # fmt: skip
        self.all_rows[index] = new
        self._texts.pop(progress.activity_id, None)
        row = self.row_of(progress.activity_id)
        if row < 0:
            return
        self.rows[row] = new
        if self._filtered() and not self._shown(new):  # done: no longer overdue — it leaves the list, as asked
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self._rows_by_id = None
            self.endRemoveRows()
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if self.sort_column in (ACTUAL, STATUS, SPENT):  # its place may change, as a sorted proxy would move it
            key = _SORT_KEYS[self.sort_column]
            if key(old) != key(new):
                self._relayout()

    # --- Qt -------------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("RealisationModel", "No."),
            QCoreApplication.translate("RealisationModel", "Activity"),
            QCoreApplication.translate("RealisationModel", "Responsible"),
            QCoreApplication.translate("RealisationModel", "Approved plan"),
            QCoreApplication.translate("RealisationModel", "Current plan"),
            QCoreApplication.translate("RealisationModel", "Actual dates"),
            QCoreApplication.translate("RealisationModel", "Status"),
            QCoreApplication.translate("RealisationModel", "Planned cost"),
            QCoreApplication.translate("RealisationModel", "Spent"),
        )
        return headers[section]

    def text(self, row: int, column: int) -> str:
        """What the cell shows, worked out the first time a view asks for it."""
        r = self.rows[row]
        cells = self._texts.get(r.activity.id)
        if cells is None:
            cells = self._texts[r.activity.id] = [None] * COLUMNS
        text = cells[column]
        if text is None:
            text = cells[column] = self._text(r, column)
        return text

    def data(self, index: QModelIndex, role=DISPLAY):
        if role not in ROLES:  # most of the roles a view asks for are answered here at once
            return None
        row, column = index.row(), index.column()
        if row < 0:
            return None
        if role == DISPLAY:
            return self.text(row, column)
        r = self.rows[row]
        if role == ID_ROLE:
            return r.activity.id
        if role == SORT_ROLE:
            return _SORT_KEYS.get(column, _SORT_KEYS[NUMBER])(r)
        if role == FOREGROUND:
            if column != STATUS:
                return None
            if r.delayed:
                return QBrush(LATE)
            if r.progress.status == "done":
                return QBrush(DONE)
            if r.progress.status == "cancelled":
                return QBrush(MUTED)
            return None
        if role == FONT:
            if column == STATUS and r.delayed:
                if self._bold is None:
                    self._bold = QFont()
                    self._bold.setBold(True)
                return self._bold
            return None
        if role == ALIGNMENT:
            return RIGHT if column in (NUMBER, PLANNED_COST, SPENT) else None
        return self._tooltip(r, column)

    def _tooltip(self, r: RealisationRow, column: int) -> str | None:
        if column == NAME:
            return r.activity.name
        if column == STATUS:
            return r.status_text + (f"\n{r.progress.reason}" if r.progress.reason else "")
        if column == ACTUAL and r.progress.result:
            return r.progress.result
        if column in (APPROVED, CURRENT):  # the approved plan stays at hand when its column is hidden
            approved = (short_range(*r.baseline) if r.baseline else
                        QCoreApplication.translate("RealisationModel", "not in the approved plan"))  # fmt: skip
            return (QCoreApplication.translate("RealisationModel", "Approved plan: %1\nCurrent plan: %2")
                    .replace("%1", approved.replace(BREAK, ""))
                    .replace("%2", short_range(r.activity.starts_on, r.activity.ends_on).replace(BREAK, "")))  # fmt: skip
        if column == PERSON and r.responsible:
            return r.responsible
        return None

    def _text(self, r: RealisationRow, column: int) -> str:
        p = r.progress
        if column == NUMBER:
            return f"{r.number}."
        if column == NAME:
            return r.activity.name + (
                "  · " + QCoreApplication.translate("RealisationModel", "files: %1").replace("%1", str(r.attachments))
                if r.attachments
                else ""
            )
        if column == PERSON:
            return r.responsible or "—"
        if column == APPROVED:
            return (
                short_range(*r.baseline)
                if r.baseline
                else QCoreApplication.translate("RealisationModel", "not in the approved plan")
            )
        if column == CURRENT:
            return short_range(r.activity.starts_on, r.activity.ends_on)
        if column == ACTUAL:
            return short_range(p.actual_start, p.actual_end) or "—"
        if column == STATUS:  # a late one says how late in the words of the data tasks; the tooltip says all
            return late_text(r.days_late) if r.days_late else r.status_text
        if column == PLANNED_COST:  # the header says "(zł)": the cell keeps its room for the number
            return format_money(r.planned_cost).removesuffix("zł").rstrip()
        if column == SPENT:
            return format_money(p.actual_cost).removesuffix("zł").rstrip() if p.actual_cost is not None else "—"
        return ""


# each column's sort key of a row
_SORT_KEYS = {
    NUMBER: lambda r: r.number,
    NAME: lambda r: r.activity.name.lower(),
    PERSON: lambda r: r.responsible.lower(),
    APPROVED: lambda r: r.baseline[0].toordinal() if r.baseline else 0,
    CURRENT: lambda r: r.activity.starts_on.toordinal(),
    ACTUAL: lambda r: r.progress.actual_start.toordinal() if r.progress.actual_start else 0,
    STATUS: lambda r: (r.shown_status, -r.days_late),
    PLANNED_COST: lambda r: float(r.planned_cost),
    SPENT: lambda r: float(r.progress.actual_cost or 0),
}


FILTERS = ("all", "overdue", "this_month", "next_30_days")


class RealisationProxy(QIdentityProxyModel):
    """What the table shows: the model's rows. Filtering by time (overdue, this month, the next 30 days) and by
    the person responsible, and sorting, are the model's (one pass of Python over the rows): a
    QSortFilterProxyModel asked ``filterAcceptsRow`` of every row again at each sort, and ``data`` twice per
    comparison when it sorted."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 — as QSortFilterProxyModel's
        return self.sourceModel().sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self.sourceModel().sort_order

    def set_filter(self, when: str, person_id: int | None) -> None:
        self.sourceModel().set_filter(when, person_id)

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows, without a QModelIndex (the column fitter reads hundreds of them)."""
        return self.sourceModel().text(row, column)


def matches(r: RealisationRow, when: str, today: dt.date) -> bool:
    """Whether a row belongs to the time filter: overdue; running this month; running in the next 30 days."""
    a = r.activity
    if when == "overdue":
        return r.delayed
    if when == "this_month":
        first = today.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return a.starts_on <= last and a.ends_on >= first and r.progress.status != "cancelled"
    if when == "next_30_days":
        return (a.starts_on <= today + dt.timedelta(days=30) and a.ends_on >= today
                and r.progress.status not in ("done", "cancelled"))  # fmt: skip
    return True
