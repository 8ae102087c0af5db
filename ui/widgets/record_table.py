"""A read-only table of records: one row per record, its id kept in the first cell, picked by clicking.

The sections of school support, networks and the fund list their records with it; editing happens in dialogs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#666666")
WARNING = QColor("#b00020")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROWS_MEASURED = 200  # up to this many rows Qt measures every row's height; a longer table only the rows that wrap
CELL_PAD = 12  # a cell's margins and the grid line


class RecordTable(QTableWidget):
    """``set_rows([(id, [cell, …]), …])``; numbers given as ``right`` columns are aligned right."""

    picked = Signal(object)  # the id of the row now selected (None when none)

    def __init__(self, name: str, headers: Sequence[str], right: Sequence[int] = (), parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.right = set(right)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._quiet = 0
        self.itemSelectionChanged.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        if not self._quiet:
            self.picked.emit(self.selected_id())

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """No ``picked`` while filling and selecting: the section shows the chosen record once, afterwards."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def set_rows(self, rows: Sequence[tuple[object, Sequence[str]]], muted: set[object] = frozenset(),
                 alarming: set[object] = frozenset()) -> None:  # fmt: skip
        """Fill the table, keeping the selected record selected when it is still there."""
        keep = self.selected_id()
        self.blockSignals(True)
        self.setRowCount(len(rows))
        warning, quiet = QBrush(WARNING), QBrush(MUTED)
        self._ids = {}
        for r, (row_id, cells) in enumerate(rows):
            self._ids.setdefault(row_id, r)
            colour = warning if row_id in alarming else quiet if row_id in muted else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row_id)
                if c in self.right:
                    item.setTextAlignment(RIGHT)
                if colour is not None:
                    item.setForeground(colour)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        for c in range(self.columnCount() - 1):
            self.setColumnWidth(c, min(self.columnWidth(c), 230))
        self._fit_rows(rows)
        self.blockSignals(False)
        if keep is not None and not self.select(keep):
            self.clearSelection()
        if not self._quiet:
            self.picked.emit(self.selected_id())

    def _fit_rows(self, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
        """Each row as high as its texts need. A long table (2,000 schools) measures only the rows with a text
        that does not fit its column on one line; the others take the height of a one-line row."""
        if len(rows) <= ROWS_MEASURED:
            self.resizeRowsToContents()
            return
        metrics = self.fontMetrics()
        widest = max(metrics.maxWidth(), 1)
        room = [self.columnWidth(c) - CELL_PAD for c in range(self.columnCount())]
        header = self.verticalHeader()
        one_line = None
        for r, (_row_id, cells) in enumerate(rows):
            if any(len(text) * widest > room[c] and ("\n" in text or metrics.horizontalAdvance(text) > room[c])
                   for c, text in enumerate(cells)):  # fmt: skip
                self.resizeRowToContents(r)
                continue
            if one_line is None:
                one_line = max(self.sizeHintForRow(r), header.sectionSizeHint(r))
            if header.sectionSize(r) != one_line:
                header.resizeSection(r, one_line)

    def selected_id(self) -> object:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def select(self, row_id: object) -> bool:
        r = self.row_of(row_id)
        if r < 0:
            return False
        self.selectRow(r)
        return True

    def row_of(self, row_id: object) -> int:
        r = getattr(self, "_ids", {}).get(row_id, -1)
        if 0 <= r < self.rowCount() and self.item(r, 0) is not None and self.item(r, 0).data(ID_ROLE) == row_id:
            return r
        for r in range(self.rowCount()):  # the rows were set otherwise than by set_rows
            item = self.item(r, 0)
            if item is not None and item.data(ID_ROLE) == row_id:
                return r
        return -1

    def texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]
