"""A read-only table of records: one row per record, its id kept with the row, picked by clicking.

The sections of school support, networks and the fund list their records with it; editing happens in dialogs.
A powiat lists its 2,000 schools in school support and as many allocations in the fund, so the table is a view
over a model of plain rows (each row's texts, its id and its colour) rather than a widget item for every cell:
Qt asks only for the cells it paints. A row is as high as its wrapped texts; its height is measured when it
first comes into view (measuring 2,000 rows took most of the time the screens needed to open), and again when
its texts or the columns' widths change. A column is as wide as its widest text (of its 200 longest different
texts; of texts differing only in their digits, one), up to 230 px; the last one takes the room left.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from ui.widgets.fitted_columns import digits_alike, shapes
from ui.widgets.row_heights import text_height

ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#666666")
WARNING = QColor("#b00020")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WIDEST = 230  # px: a column (but the last) is no wider; a longer text wraps
MEASURED_TEXTS = 200  # a column is as wide as the widest of its 200 longest different texts
KEPT_WIDTHS = 50_000  # texts' widths kept per font for the next table that shows them (the next opening)
_WIDTHS: dict[str, dict[str, float]] = {}

PLAIN, QUIET, ALARM = 0, 1, 2  # a row's colour
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class RecordModel(QAbstractTableModel):
    """The rows as given to :meth:`RecordTable.set_rows`: texts, id and colour of each."""

    def __init__(self, headers: Sequence[str], right: Sequence[int], parent=None):
        super().__init__(parent)
        self._headers = tuple(headers)
        self._right = frozenset(right)
        self._brushes = (None, QBrush(MUTED), QBrush(WARNING))
        self.ids: list = []
        self.texts: list[tuple[str, ...]] = []
        self.colours: list[int] = []
        self._rows_of: dict | None = None  # id -> its first row, made when first asked

    def put(self, ids: list, texts: list[tuple[str, ...]], colours: list[int]) -> list[int] | None:
        """The rows now. With as many rows as before only the rows that differ are shown again (their numbers are
        returned); otherwise the model is reset (None is returned)."""
        if len(ids) != len(self.ids):
            self.beginResetModel()
            self.ids, self.texts, self.colours, self._rows_of = ids, texts, colours, None
            self.endResetModel()
            return None
        old_ids, old_texts, old_colours = self.ids, self.texts, self.colours
        changed = [r for r in range(len(ids))
                   if texts[r] != old_texts[r] or ids[r] != old_ids[r] or colours[r] != old_colours[r]]  # fmt: skip
        self.ids, self.texts, self.colours = ids, texts, colours
        if any(ids[r] != old_ids[r] for r in changed):
            self._rows_of = None
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self._headers) - 1))
        return changed

    def row_of(self, row_id: object) -> int:
        if self._rows_of is None:
            rows: dict = {}
            for r, key in enumerate(self.ids):
                rows.setdefault(key, r)
            self._rows_of = rows
        return self._rows_of.get(row_id, -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if role != _DISPLAY:  # the hidden row numbers are asked for when a row is measured
            return None
        return self._headers[section] if orientation == Qt.Orientation.Horizontal else section + 1

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role == _DISPLAY:  # the view asks for a dozen roles per cell it paints: the usual ones first
            return self.texts[index.row()][index.column()]
        if role == _FOREGROUND:
            return self._brushes[self.colours[index.row()]]
        if role == _ALIGNMENT:
            return RIGHT if index.column() in self._right else None
        if role == _ID:
            return self.ids[index.row()]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class RecordTable(QTableView):
    """``set_rows([(id, [cell, …]), …])``; numbers given as ``right`` columns are aligned right."""

    picked = Signal(object)  # the id of the row now selected (None when none)

    def __init__(self, name: str, headers: Sequence[str], right: Sequence[int] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.right = set(right)
        self._model = RecordModel(headers, right, self)
        self.setModel(self._model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._column_resized)
        self._measured = bytearray()  # 1 for a row whose height was measured for its texts and the widths now
        self._fitted = False  # the columns were sized once
        self._one_line = 0  # the height of a row of one line, the height of a row not measured yet
        self._last_page = False  # the last rows are to be measured, so that the scroll bar's range is right
        self._margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        self._quiet = 0
        self._filling = 0
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def _selection_changed(self, *_args) -> None:
        if not self._quiet and not self._filling:
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
        ids = [row_id for row_id, _cells in rows]
        texts = [tuple(cells) for _row_id, cells in rows]
        if muted or alarming:
            colours = [ALARM if row_id in alarming else QUIET if row_id in muted else PLAIN for row_id in ids]
        else:
            colours = [PLAIN] * len(ids)
        self._filling += 1
        try:
            changed = self._model.put(ids, texts, colours)
            if changed is None:
                self._measured = bytearray(len(ids))
                if not self._one_line and ids:
                    self._fit_one_line()
                self._last_page = True
            else:
                for r in changed:
                    self._measured[r] = 0
            if changed is None or changed or not self._fitted:
                self._fit_columns()
                self._fitted = True
            if keep is not None and self.selected_id() != keep and not self.select(keep):
                self.clearSelection()
        finally:
            self._filling -= 1
        self.viewport().update()
        if not self._quiet:
            self.picked.emit(self.selected_id())

    # ------------------------------------------------------------ sizes

    def _fit_columns(self) -> None:
        """Each column but the last as wide as Qt's resizeColumnsToContents made it, at most WIDEST: the widest text
        is found by measuring the longest different texts once each, and Qt sizes the cell holding it."""
        model, header = self._model, self.horizontalHeader()
        metrics = QFontMetricsF(self.font())
        widths = self._text_widths()
        grid = 1 if self.showGrid() else 0
        alike = digits_alike(metrics)
        last = model.columnCount() - 1
        for column in range(last):  # the last column takes the room left (stretched), as before
            rows_of = {texts[column]: r for r, texts in enumerate(model.texts)}  # a text -> a row showing it
            longest = heapq.nlargest(MEASURED_TEXTS, rows_of, key=len)
            widest, widest_row = -1.0, -1
            for text in shapes(longest) if alike else longest:  # "nr 17", "nr 18": one of them is measured
                width = widths.get(text)
                if width is None:
                    width = widths[text] = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if width > widest:
                    widest, widest_row = width, rows_of[text]
            content = self.sizeHintForIndex(model.index(widest_row, column)).width() + grid if widest_row >= 0 else 0
            header.resizeSection(column, min(max(content, header.sectionSizeHint(column)), WIDEST))

    def _fit_one_line(self) -> None:
        """Rows not measured yet (out of view) take the height resizeRowToContents gives a row of one line."""
        model = self._model
        cell = next(((r, c) for r, texts in enumerate(model.texts[:50]) for c, text in enumerate(texts)
                     if text and "\n" not in text), None)  # fmt: skip
        if cell is None:
            return
        content = self.sizeHintForIndex(model.index(*cell)).height() + (1 if self.showGrid() else 0)
        self._one_line = max(content, self.verticalHeader().sectionSizeHint(cell[0]))
        self.verticalHeader().setDefaultSectionSize(self._one_line)

    def _column_resized(self, *_args) -> None:
        """A column of another width wraps its texts otherwise: the rows are measured again as they are shown."""
        self._measured = bytearray(len(self._measured))

    def _rows_in_view(self) -> int:
        """At most this many rows are in view (each at least one line high)."""
        return self.viewport().height() // max(self._one_line, 1) + 1

    def _fit_rows(self, first: int, end: int) -> None:
        measured = self._measured
        for row in range(max(first, 0), min(end, len(measured))):
            if not measured[row]:
                self._fit_row(row)
                measured[row] = 1

    def _text_widths(self) -> dict[str, float]:
        """Texts' widths in the table's font, kept for every table (a network's members are shown again at the
        next opening) and read anew in another font (the large type of workshop mode)."""
        widths = _WIDTHS.setdefault(self.font().key(), {})
        if len(widths) > KEPT_WIDTHS:
            widths.clear()
        return widths

    def _fit_row(self, row: int) -> None:
        """A row whose texts each fit their column on one line (with a few pixels to spare) takes the height of a
        row of one line; any other is as high as its tallest text laid out in its column, as resizeRowToContents
        makes it (which asked the model for a dozen values of every cell: most of the time a screen took to open),
        each text's height kept for the next table showing it."""
        one_line = self._one_line
        if not one_line:
            self.resizeRowToContents(row)
            return
        widths, metrics = self._text_widths(), None
        header = self.horizontalHeader()
        grid = 1 if self.showGrid() else 0
        spare = 2 * self._margin + 2 + grid
        texts = self._model.texts[row]
        for column, text in enumerate(texts):
            width = widths.get(text)
            if width is None:
                metrics = metrics or QFontMetricsF(self.font())
                width = widths[text] = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if width + spare > header.sectionSize(column) or "\n" in text:
                break
        else:
            if self.rowHeight(row) != one_line:
                self.verticalHeader().resizeSection(row, one_line)
            return
        font = self.font()
        key, plain = font.key(), QFontMetrics(font)
        high = max((text_height(plain, key, False, header.sectionSize(column) - 2 * self._margin - grid, text)
                    for column, text in enumerate(texts) if text), default=0)  # fmt: skip
        self.verticalHeader().resizeSection(row, max(one_line, high + grid))

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        """Qt places the row by the heights of the rows about it: those are measured first."""
        if index.isValid():
            around = self._rows_in_view()
            self._fit_rows(index.row() - around, index.row() + around + 1)
        super().scrollTo(index, hint)

    def _fit_rows_in_view(self) -> None:
        """The rows in view, each as high as its texts need (as resizeRowToContents makes it), once."""
        measured = self._measured
        header = self.verticalHeader()
        if self._last_page:
            self._last_page = False
            self._fit_rows(len(measured) - self._rows_in_view(), len(measured))
        row = header.logicalIndexAt(0)
        if row < 0:
            return
        height = self.viewport().height()
        count = len(measured)
        while row < count:
            if not measured[row]:
                self._fit_row(row)
                measured[row] = 1
            if header.sectionViewportPosition(row) + header.sectionSize(row) >= height:
                break
            row += 1

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Another type (the large type of workshop mode): the height of one line, the columns and the rows are
        measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._measured = bytearray(len(self._measured))
            self._one_line = 0
            if self._model.ids:
                self._fit_one_line()
                self._fit_columns()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._fit_rows_in_view()
        super().paintEvent(event)

    # ------------------------------------------------------------ the records

    def selected_id(self) -> object:
        selection = self.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self._model.ids[rows[0].row()] if rows else None

    def select(self, row_id: object) -> bool:
        r = self.row_of(row_id)
        if r < 0:
            return False
        self.selectRow(r)
        return True

    def row_of(self, row_id: object) -> int:
        return self._model.row_of(row_id)

    def rowCount(self) -> int:  # noqa: N802 (as QTableWidget's)
        return self._model.rowCount()

    def columnCount(self) -> int:  # noqa: N802
        return self._model.columnCount()

    def text(self, row: int, column: int) -> str:
        return self._model.texts[row][column]

    def texts(self) -> list[list[str]]:
        return [list(texts) for texts in self._model.texts]
