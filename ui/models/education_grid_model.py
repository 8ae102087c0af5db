"""The schools' figures of a school year as a table typed in place (the annual report on education).

A powiat types the figures of 2,000 schools, so the model keeps the rows as the service read them and makes a
row's texts when a view first shows it. What the user types is kept as typed (``pending``), per school and
figure, until it is stored: a refused figure stays in its cell, tinted, with the refusal as its tooltip, and a
reading of the store again (another window's change) keeps it. A stored row replaces only itself (``put_rows``).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services.education_data import STAT_LABELS, SchoolYearRow

NAME = 0
KEYS = tuple(STAT_LABELS)  # column 1 + n shows KEYS[n]
DISPLAY, EDIT, TOOLTIP, ALIGNMENT, BACKGROUND = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole))  # fmt: skip
ROLES = frozenset({DISPLAY, EDIT, TOOLTIP, ALIGNMENT, BACKGROUND})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NAME_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
FIGURE_FLAGS = NAME_FLAGS | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
TYPED = QBrush(QColor("#fff6d5"))  # typed, not stored yet
REFUSED = QBrush(QColor("#fde2e1"))  # typed, and the store refused it


@lru_cache(maxsize=4096)
def figure_text(value) -> str:
    """'245', '27,50': the figures of 2,000 schools repeat, each value is formatted once."""
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else format_number(value, 2)


class EducationGridModel(QAbstractTableModel):
    """Column 0 the school's name, then one column per figure of STAT_LABELS; ``edited`` gives the school typed in."""

    edited = Signal(int)

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._rows: list[SchoolYearRow] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._ids: dict[int, int] = {}
        self.school_year: str | None = None
        self.pending: dict[int, dict[str, str]] = {}  # school id -> figure -> the text typed
        self.refusals: dict[int, str] = {}  # school id -> why its typed figures were not stored

    # ------------------------------------------------------------ the rows

    def set_rows(self, school_year: str, rows: list[SchoolYearRow]) -> None:
        """The year's rows as stored; figures typed and not stored stay, for the schools still listed."""
        self.beginResetModel()
        if school_year != self.school_year:
            self.pending, self.refusals = {}, {}
        self.school_year = school_year
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self._ids = {row.school_id: r for r, row in enumerate(self._rows)}
        self.pending = {sid: typed for sid, typed in self.pending.items() if sid in self._ids}
        self.refusals = {sid: why for sid, why in self.refusals.items() if sid in self.pending}
        self.endResetModel()

    def put_rows(self, rows: list[SchoolYearRow]) -> None:
        """These rows were stored: each replaces its row and forgets what was typed in it."""
        for stored in rows:
            r = self._ids.get(stored.school_id)
            if r is None:
                continue
            self._rows[r] = stored
            self._texts[r] = None
            self.pending.pop(stored.school_id, None)
            self.refusals.pop(stored.school_id, None)
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(KEYS)))

    def refused(self, school_ids, message: str) -> None:
        """What was typed in these schools was not stored: their typed cells show it."""
        for school_id in school_ids:
            if school_id in self.pending:
                self.refusals[school_id] = message
                r = self._ids[school_id]
                self.dataChanged.emit(self.index(r, 1), self.index(r, len(KEYS)))

    def pending_rows(self, school_ids=None) -> list[SchoolYearRow]:
        """The rows with something typed (of ``school_ids`` only, when given), the typed texts in place."""
        chosen = self.pending if school_ids is None else [sid for sid in school_ids if sid in self.pending]
        rows = [self._with_typed(self._rows[self._ids[sid]]) for sid in chosen]
        return sorted(rows, key=lambda row: self._ids[row.school_id])

    def _with_typed(self, row: SchoolYearRow) -> SchoolYearRow:
        typed = self.pending[row.school_id]
        return dataclasses.replace(row, **{key: (text or None) for key, text in typed.items()})

    def rows(self) -> list[SchoolYearRow]:
        return list(self._rows)

    def row_at(self, r: int) -> SchoolYearRow:
        return self._rows[r]

    def typed_in(self, key: str) -> bool:
        """Whether a figure of ``key`` is typed and not stored, in any school."""
        return any(key in typed for typed in self.pending.values())

    def names(self) -> list[str]:
        return [row.school_name for row in self._rows]

    def row_of(self, school_id: int) -> int | None:
        return self._ids.get(school_id)

    def texts(self, r: int) -> tuple[str, ...]:
        """The row's texts as stored (for sizing its height: what is typed is a figure, it never wraps)."""
        texts = self._texts[r]
        if texts is None:
            row = self._rows[r]
            texts = self._texts[r] = (row.school_name, *(figure_text(getattr(row, key)) for key in KEYS))
        return texts

    def column_texts(self, column: int) -> set[str]:
        """Every different text the column shows as stored (to size it)."""
        if column == NAME:
            return {row.school_name for row in self._rows}
        return {figure_text(value) for value in set(map(attrgetter(KEYS[column - 1]), self._rows))}

    # ------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return NAME_FLAGS if index.column() == NAME else FIGURE_FLAGS

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if role not in ROLES or not index.isValid():  # a view asks for a dozen roles per cell: most are none
            return None
        r, column = index.row(), index.column()
        if role == ALIGNMENT:
            return RIGHT if column else None
        typed = self.pending.get(self._rows[r].school_id) if column else None
        key = KEYS[column - 1] if column else None
        if role in (DISPLAY, EDIT):
            if typed is not None and key in typed:
                return typed[key]
            return self.texts(r)[column]
        if role == TOOLTIP:
            if column == NAME:
                return self._rows[r].school_name
            return self.refusals.get(self._rows[r].school_id) if typed is not None and key in typed else None
        if typed is not None and key in typed:  # BACKGROUND
            return REFUSED if self._rows[r].school_id in self.refusals else TYPED
        return None

    def setData(self, index: QModelIndex, value, role: int = EDIT) -> bool:  # noqa: N802
        """A figure typed: kept as typed until stored (the screen stores it as the user leaves the cell)."""
        if role != EDIT or not index.isValid() or index.column() == NAME:
            return False
        r = index.row()
        school_id = self._rows[r].school_id
        key = KEYS[index.column() - 1]
        text = "" if value is None else str(value).strip()
        typed = self.pending.get(school_id, {})
        if text == typed.get(key, self.texts(r)[index.column()]):
            return True  # left as it was: nothing to store
        typed = self.pending.setdefault(school_id, {})
        if text == self.texts(r)[index.column()]:
            typed.pop(key, None)  # typed back to what is stored
            if not typed:
                del self.pending[school_id]
                self.refusals.pop(school_id, None)
        else:
            typed[key] = text
        self.dataChanged.emit(index, index)
        self.edited.emit(school_id)
        return True
