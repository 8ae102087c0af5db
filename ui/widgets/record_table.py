"""A read-only table of records: one row per record, its id kept in the first cell, picked by clicking.

The sections of school support, networks and the fund list their records with it; editing happens in dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#666666")
WARNING = QColor("#b00020")


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
        self.itemSelectionChanged.connect(lambda: self.picked.emit(self.selected_id()))

    def set_rows(self, rows: Sequence[tuple[object, Sequence[str]]], muted: set[object] = frozenset(),
                 alarming: set[object] = frozenset()) -> None:  # fmt: skip
        """Fill the table, keeping the selected record selected when it is still there."""
        keep = self.selected_id()
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row_id)
                if c in self.right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row_id in alarming:
                    item.setForeground(QBrush(WARNING))
                elif row_id in muted:
                    item.setForeground(QBrush(MUTED))
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        for c in range(self.columnCount() - 1):
            self.setColumnWidth(c, min(self.columnWidth(c), 230))
        self.resizeRowsToContents()
        self.blockSignals(False)
        if keep is not None and not self.select(keep):
            self.clearSelection()
        self.picked.emit(self.selected_id())

    def selected_id(self) -> object:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def select(self, row_id: object) -> bool:
        for r in range(self.rowCount()):
            if self.item(r, 0).data(ID_ROLE) == row_id:
                self.selectRow(r)
                return True
        return False

    def row_of(self, row_id: object) -> int:
        for r in range(self.rowCount()):
            if self.item(r, 0).data(ID_ROLE) == row_id:
                return r
        return -1

    def texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]
