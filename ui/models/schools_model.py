"""The schools register as a Qt table model, and the proxy that sorts and filters it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from wsparcie_desktop import i18n
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services.schools import SchoolData, polish_sort_key, search_text, search_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
NUMERIC = {"pupils", "teachers_fte"}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, ID_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                   Qt.ItemDataRole.ToolTipRole})  # fmt: skip


@lru_cache(maxsize=4096)
def _number(value, decimals: int, _locale: str) -> str:
    """Numbers of pupils and posts repeat across a register; Babel formats each value once."""
    return format_number(value, decimals) if decimals else format_number(value)


@dataclass
class _Cells:
    """One row's formatted texts and tooltip; its sort keys are made when the list is first sorted."""

    texts: tuple
    tooltip: str
    sort_keys: tuple | None = None


class SchoolsTableModel(QAbstractTableModel):
    COLUMNS = ("name", "type_label", "rspo", "city", "director", "pupils", "teachers_fte", "is_public")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SchoolData] = []
        self._search: list[str] = []
        self._cells: list[_Cells | None] = []  # each row's texts, formatted when first shown
        self._headers = (self.tr("Name"), self.tr("Type"), self.tr("RSPO no."), self.tr("Town"),
                         self.tr("Director"), self.tr("Pupils"), self.tr("Teachers (posts)"),
                         self.tr("Public"))  # fmt: skip

    def set_schools(self, rows: list[SchoolData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [search_text(s) for s in rows]
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    def put_school(self, school: SchoolData) -> None:
        """One school saved: its row is replaced (or added at the end; the proxy sorts it into place)."""
        row = self.row_of(school.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(school)
            self._search.append(search_text(school))
            self._cells.append(None)
            self.endInsertRows()
            return
        self._rows[row] = school
        self._search[row] = search_text(school)
        self._cells[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove_school(self, school_id: int) -> None:
        row = self.row_of(school_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row], self._search[row], self._cells[row]
        self.endRemoveRows()

    def row_of(self, school_id: int) -> int | None:
        return next((r for r, school in enumerate(self._rows) if school.id == school_id), None)

    def schools(self) -> list[SchoolData]:
        return list(self._rows)

    def school_at(self, row: int) -> SchoolData:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ROLES or not index.isValid():  # the view asks for a dozen roles per cell: most are none
            return None
        row, column = index.row(), index.column()
        if role == ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.COLUMNS[column] in NUMERIC else None
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self._format(self._rows[row])
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.texts[column]
        if role == SORT_ROLE:
            if cells.sort_keys is None:
                cells.sort_keys = self._sort_keys(self._rows[row])
            return cells.sort_keys[column]
        return cells.tooltip

    def _format(self, school: SchoolData) -> _Cells:
        """The texts a row shows, formatted once (until the school changes), not at every repaint."""
        texts = []
        for key in self.COLUMNS:
            value = getattr(school, key)
            if key == "pupils":
                texts.append("" if value is None else _number(value, 0, i18n.LOCALE))
            elif key == "teachers_fte":
                texts.append("" if value is None else _number(value, 2, i18n.LOCALE))
            elif key == "is_public":
                texts.append(self.tr("yes") if value else self.tr("no"))
            else:
                texts.append(value)
        lines = [school.name, school.address]
        if school.regon:
            lines.append(f"REGON {school.regon}")
        if school.notes:
            lines.append(school.notes)
        return _Cells(tuple(texts), "\n".join(line for line in lines if line))

    def _sort_keys(self, school: SchoolData) -> tuple:
        keys = []
        for key in self.COLUMNS:
            value = getattr(school, key)
            if key in NUMERIC:
                keys.append(-1.0 if value is None else float(value))
            elif key == "rspo":
                keys.append(int(value) if value.isdigit() else -1)
            else:
                keys.append(polish_sort_key(str(value)))
        return tuple(keys)


class SchoolsFilterProxy(QSortFilterProxyModel):
    """Filters by the search box (name, town, RSPO number, director) and by type; sorts the Polish way."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._type: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = search_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_type(self, school_type: str | None) -> None:
        self.beginFilterChange()
        self._type = school_type or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._words or self._type)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model: SchoolsTableModel = self.sourceModel()
        if self._type and model.school_at(source_row).school_type != self._type:
            return False
        text = model.search_text(source_row)
        return all(word in text for word in self._words)

    def visible_schools(self) -> list[SchoolData]:
        model: SchoolsTableModel = self.sourceModel()
        return [model.school_at(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]
