"""The schools register as a Qt table model, and the proxy that sorts and filters it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services.schools import SchoolData, polish_sort_key, search_text, search_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
NUMERIC = {"pupils", "teachers_fte"}


class SchoolsTableModel(QAbstractTableModel):
    COLUMNS = ("name", "type_label", "rspo", "city", "director", "pupils", "teachers_fte", "is_public")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SchoolData] = []
        self._search: list[str] = []
        self._headers = (self.tr("Name"), self.tr("Type"), self.tr("RSPO no."), self.tr("Town"),
                         self.tr("Director"), self.tr("Pupils"), self.tr("Teachers (posts)"),
                         self.tr("Public"))  # fmt: skip

    def set_schools(self, rows: list[SchoolData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [search_text(s) for s in rows]
        self.endResetModel()

    def put_school(self, school: SchoolData) -> None:
        """One school saved: its row is replaced (or added at the end; the proxy sorts it into place)."""
        row = self.row_of(school.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(school)
            self._search.append(search_text(school))
            self.endInsertRows()
            return
        self._rows[row] = school
        self._search[row] = search_text(school)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove_school(self, school_id: int) -> None:
        row = self.row_of(school_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row], self._search[row]
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
        if not index.isValid():
            return None
        school = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        value = getattr(school, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "pupils":
                return "" if value is None else format_number(value)
            if key == "teachers_fte":
                return "" if value is None else format_number(value, 2)
            if key == "is_public":
                return self.tr("yes") if value else self.tr("no")
            return value
        if role == SORT_ROLE:
            if key in NUMERIC:
                return -1.0 if value is None else float(value)
            if key == "rspo":
                return int(value) if value.isdigit() else -1
            return polish_sort_key(str(value))
        if role == ID_ROLE:
            return school.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [school.name, school.address]
            if school.regon:
                lines.append(f"REGON {school.regon}")
            if school.notes:
                lines.append(school.notes)
            return "\n".join(line for line in lines if line)
        return None


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
