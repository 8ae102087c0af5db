"""The schools register as a Qt table model, and the proxy that sorts and filters it.

A powiat's register holds 2,000 schools, so nothing here asks Python once per row per comparison: the model
formats a row's texts when it is first shown and works out one column's sort keys for every row in one pass
(kept until a school changes); the proxy filters with one test per row and sorts with one Python sort of those
keys, where Qt's QSortFilterProxyModel asked the model for two values at every comparison (a second to sort).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QAbstractProxyModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services.schools import SchoolData, polish_sort_key, search_text, search_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
NUMERIC = {"pupils", "teachers_fte"}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, ID_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                   Qt.ItemDataRole.ToolTipRole})  # fmt: skip
FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


@lru_cache(maxsize=4096)
def _number(value, decimals: int) -> str:
    """Numbers of pupils and posts repeat across a register; each value is formatted once."""
    return format_number(value, decimals) if decimals else format_number(value)


@dataclass
class _Cells:
    """One row's formatted texts and tooltip."""

    texts: tuple
    tooltip: str


class SchoolsTableModel(QAbstractTableModel):
    COLUMNS = ("name", "type_label", "rspo", "city", "director", "pupils", "teachers_fte", "is_public")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SchoolData] = []
        self._search: list[str | None] = []  # each row's folded search text, made when first searched
        self._cells: list[_Cells | None] = []  # each row's texts, formatted when first shown
        self._keys: dict[int, list] = {}  # column -> every row's sort key, made when first sorted by it
        self._ids: dict[int, int] | None = None  # school id -> row, made when first asked
        self._headers = (self.tr("Name"), self.tr("Type"), self.tr("RSPO no."), self.tr("Town"),
                         self.tr("Director"), self.tr("Pupils"), self.tr("Teachers (posts)"),
                         self.tr("Public"))  # fmt: skip

    def set_schools(self, rows: list[SchoolData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [None] * len(self._rows)
        self._cells = [None] * len(self._rows)
        self._keys, self._ids = {}, None
        self.endResetModel()

    def put_school(self, school: SchoolData) -> None:
        """One school saved: its row is replaced (or added at the end; the proxy sorts it into place)."""
        row = self.row_of(school.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(school)
            self._search.append(None)
            self._cells.append(None)
            self._keys, self._ids = {}, None
            self.endInsertRows()
            return
        self._rows[row] = school
        self._search[row] = None
        self._cells[row] = None
        for column, keys in self._keys.items():
            keys[row] = self._sort_key(school, column)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove_school(self, school_id: int) -> None:
        row = self.row_of(school_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row], self._search[row], self._cells[row]
        for keys in self._keys.values():
            del keys[row]
        self._ids = None
        self.endRemoveRows()

    def row_of(self, school_id: int) -> int | None:
        if self._ids is None:
            self._ids = {school.id: r for r, school in enumerate(self._rows)}
        return self._ids.get(school_id)

    def schools(self) -> list[SchoolData]:
        return list(self._rows)

    def school_at(self, row: int) -> SchoolData:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            text = self._search[row] = search_text(self._rows[row])
        return text

    def sort_keys(self, column: int) -> list:
        """Every row's sort key in the column (the value of SORT_ROLE), worked out once for all rows."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self._sort_key(school, column) for school in self._rows]
        return keys

    def texts(self, row: int) -> tuple:
        """The row's texts as shown, column by column."""
        return self._cells_of(row).texts

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
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int):
        """What ``data`` gives for a role it serves (the proxy asks here directly)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells_of(row).texts[column]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.COLUMNS[column] in NUMERIC else None
        if role == SORT_ROLE:
            return self.sort_keys(column)[row]
        return self._cells_of(row).tooltip

    def _cells_of(self, row: int) -> _Cells:
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self._format(self._rows[row])
        return cells

    def _format(self, school: SchoolData) -> _Cells:
        """The texts a row shows, formatted once (until the school changes), not at every repaint."""
        texts = tuple(self._text(school, key) for key in self.COLUMNS)
        lines = [school.name, school.address]
        if school.regon:
            lines.append(f"REGON {school.regon}")
        if school.notes:
            lines.append(school.notes)
        return _Cells(texts, "\n".join(line for line in lines if line))

    def _text(self, school: SchoolData, key: str) -> str:
        value = getattr(school, key)
        if key == "pupils":
            return "" if value is None else _number(value, 0)
        if key == "teachers_fte":
            return "" if value is None else _number(value, 2)
        if key == "is_public":
            return self.tr("yes") if value else self.tr("no")
        return value

    def column_texts(self, column: int) -> set[str]:
        """Every different text the column shows (to size it), without formatting whole rows."""
        key = self.COLUMNS[column]
        values = {getattr(school, key) for school in self._rows}
        if key in NUMERIC or key == "is_public":  # a few different values: each formatted once
            return {self._text(SchoolData(**{key: value}), key) for value in values}
        return values

    def _sort_key(self, school: SchoolData, column: int):
        key = self.COLUMNS[column]
        value = getattr(school, key)
        if key in NUMERIC:
            return -1.0 if value is None else float(value)
        if key == "rspo":
            return int(value) if value.isdigit() else -1
        return polish_sort_key(str(value))


class SchoolsFilterProxy(QAbstractProxyModel):
    """Filters by the search box (name, town, RSPO number, director) and by type; sorts the Polish way.

    It behaves as QSortFilterProxyModel did with its dynamic sorting: rows stay sorted and filtered as schools
    are added, changed or removed; equal keys keep the register's order, in both directions; a row that stays
    visible keeps its selection through a sort, a search or a change. Each change of what is shown is one layout
    change of the view (with every persistent index, the selection's, moved along), not a reset.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._type: str | None = None
        self._order: list[int] = []  # the source rows shown, top to bottom
        self._positions: dict[int, int] | None = None  # source row -> row here, made when first asked
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._source: SchoolsTableModel | None = None

    # ------------------------------------------------------------ the source

    def setSourceModel(self, model: SchoolsTableModel) -> None:  # noqa: N802 (Qt override)
        self.beginResetModel()
        if self._source is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._source = model
        for signal, slot in self._connections():
            signal.connect(slot)
        self._order, self._positions = self._wanted(), None
        self.endResetModel()

    def _connections(self):
        model = self._source
        return ((model.modelAboutToBeReset, self.beginResetModel), (model.modelReset, self._source_reset),
                (model.dataChanged, self._source_changed), (model.rowsInserted, self._source_inserted),
                (model.rowsRemoved, self._source_removed))  # fmt: skip

    def _source_reset(self) -> None:
        self._order, self._positions = self._wanted(), None
        self.endResetModel()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        self._relayout(lambda row: row)
        positions = self._position_of()
        for source_row in range(top.row(), bottom.row() + 1):
            row = positions.get(source_row)
            if row is not None:
                self.dataChanged.emit(self.index(row, top.column()), self.index(row, bottom.column()), roles)

    def _source_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._relayout(lambda row: row + count if row >= first else row)

    def _source_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1

        def moved(row: int) -> int | None:
            if row < first:
                return row
            return None if row <= last else row - count

        self._relayout(moved)

    # ------------------------------------------------------------ what is shown

    def _accepts(self, row: int) -> bool:
        model = self._source
        if self._type and model.school_at(row).school_type != self._type:
            return False
        if not self._words:
            return True
        text = model.search_text(row)
        return all(word in text for word in self._words)

    def _wanted(self) -> list[int]:
        """The source rows to show, in order: the ones the filters let through, sorted by the sort column."""
        model = self._source
        if model is None:
            return []
        rows = [row for row in range(model.rowCount()) if self._accepts(row)] if self.active else \
            list(range(model.rowCount()))  # fmt: skip
        if self._sort_column >= 0:
            keys = model.sort_keys(self._sort_column)
            rows.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return rows

    def _relayout(self, moved) -> None:
        """Show the rows wanted now; ``moved`` maps an old source row to its row in the source now (or None)."""
        wanted = self._wanted()
        old = [moved(row) for row in self._order]
        if wanted == old:
            self._order, self._positions = wanted, None
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(old[index.row()] if 0 <= index.row() < len(old) else None, index.column()) for index in persistent]
        self._order, self._positions = wanted, None
        positions = self._position_of()
        self.changePersistentIndexList(persistent, [
            self.index(positions[row], column) if row is not None and row in positions else QModelIndex()
            for row, column in kept
        ])  # fmt: skip
        self.layoutChanged.emit()

    def _position_of(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {source_row: row for row, source_row in enumerate(self._order)}
        return self._positions

    def set_text(self, text: str) -> None:
        self._words = search_words(text)
        self._relayout(lambda row: row)

    def set_type(self, school_type: str | None) -> None:
        self._type = school_type or None
        self._relayout(lambda row: row)

    @property
    def active(self) -> bool:
        return bool(self._words or self._type)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, Qt.SortOrder(order)
        self._relayout(lambda row: row)

    def sortColumn(self) -> int:  # noqa: N802 (as QSortFilterProxyModel's)
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._sort_order

    def visible_schools(self) -> list[SchoolData]:
        model = self._source
        return [model.school_at(row) for row in self._order] if model is not None else []

    def row_of_id(self, school_id: int) -> int | None:
        """The row here of the school, or None when it is not shown."""
        source_row = self._source.row_of(school_id) if self._source is not None else None
        return None if source_row is None else self._position_of().get(source_row)

    def source_rows(self) -> list[int]:
        return list(self._order)

    # ------------------------------------------------------------ QAbstractProxyModel

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._order)) or not (0 <= column < len(SchoolsTableModel.COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: QModelIndex | None = None):
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._source is None else len(SchoolsTableModel.COLUMNS)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and bool(self._order)

    def mapToSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not index.isValid() or self._source is None or not (0 <= index.row() < len(self._order)):
            return QModelIndex()
        return self._source.index(self._order[index.row()], index.column())

    def mapFromSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        row = self._position_of().get(index.row())
        return QModelIndex() if row is None else self.createIndex(row, index.column())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ROLES or not index.isValid() or index.model() is not self:
            return None
        return self._source.cell(self._order[index.row()], index.column(), role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self._source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._source.headerData(section, orientation, role)
