"""Filling a QTableWidget whose columns are sized to their contents, at the cost of one measurement.

A column in ``ResizeToContents`` mode is measured again over all its rows after every ``setItem``: filling 500
meetings took 2,500 such measurements (2.4 s). Within ``with filling(table):`` those columns are Interactive,
and they are measured once, when the block ends and their mode comes back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget

FITTED = QHeaderView.ResizeMode.ResizeToContents


@contextmanager
def filling(table: QTableWidget) -> Iterator[None]:
    header = table.horizontalHeader()
    fitted = [column for column in range(header.count()) if header.sectionResizeMode(column) == FITTED]
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for column in fitted:
            header.setSectionResizeMode(column, FITTED)


class RowFitter(QObject):
    """Each row of a QTableWidget of plain texts as high as its wrapped text needs, as ``resizeRowsToContents``
    makes it, with Qt laying out only the rows where a text may not fit its column on one line: the others take
    the height of one line, measured once. ``resizeRowsToContents`` lays out every cell, and did so at each
    column resize (2,500 layouts for 500 meetings, five times while the screen opened). A fit with the same
    texts, columns and type as the last one does nothing; a hidden table is fitted when shown, in its real
    widths."""

    def __init__(self, table: QTableWidget, fitted=None):
        super().__init__(table)
        self.table = table
        self.fitted = fitted  # called after each fit of the whole table (e.g. to bring the chosen row into view)
        self._last: tuple | None = None
        self.generation = 0  # raised by the owner whenever it changes the texts (see changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if watched is self.table and event.type() == QEvent.Type.Show:
            self.later()
        return False

    def later(self) -> None:
        """Fit once the columns have settled (after the layout that a change of texts or a first show brings)."""
        self._timer.start()

    def changed(self) -> None:
        self.generation += 1

    def fit(self, rows: range | None = None) -> None:
        table = self.table
        header = table.horizontalHeader()
        if not table.isVisible() or (header.stretchSectionCount() and header.length() < table.viewport().width()):
            return  # not laid out yet: the stretching columns, once widened, bring the fit (sectionResized)
        widths = [None if header.isSectionHidden(c) else header.sectionSize(c) for c in range(table.columnCount())]
        key = (self.generation, tuple(widths), table.font().key(), table.rowCount())
        if rows is None:
            if key == self._last:
                return
            self._last = key
        metrics = QFontMetrics(table.font())
        focus = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        # the room for a text on one line: the cell's text margins off, and a few pixels more to be safe; a column
        # sized to its contents holds its widest text on one line
        room = [None if w is None or header.sectionResizeMode(c) == FITTED else w - 2 * (focus + 1) - 6
                for c, w in enumerate(widths)]  # fmt: skip
        vertical = table.verticalHeader()
        single = None
        for row in rows if rows is not None else range(table.rowCount()):
            if self._may_wrap(row, room, metrics):
                table.resizeRowToContents(row)
                continue
            if single is None:  # one row of one line measured by Qt: the others have its height
                table.resizeRowToContents(row)
                single = vertical.sectionSize(row)
            elif vertical.sectionSize(row) != single:
                vertical.resizeSection(row, single)
        if rows is None and self.fitted is not None:
            self.fitted()

    def _may_wrap(self, row: int, room: list[int | None], metrics: QFontMetrics) -> bool:
        table = self.table
        for column, width in enumerate(room):
            item = table.item(row, column)
            if item is None or width is None:
                continue
            text = item.text()
            if "\n" in text or metrics.horizontalAdvance(text) > width or item.data(FONT) is not None:
                return True
        return False


FONT = Qt.ItemDataRole.FontRole
