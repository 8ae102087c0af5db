"""Row heights of a long table: one line, and measured only where a text wraps.

Qt's ResizeToContents measures every cell of every row, and again at every change (seconds for 2,000 schools).
Here a row is one line high unless one of its texts may be wider than its column: that is judged from the widths
of the text's letters (kept per letter and per text, so a column of 2,000 names is judged in a millisecond once
its texts are known), and only such a row's texts are laid out, with the font's own wrapping (Qt's
resizeRowToContents asked the model for a dozen values of every cell of the row). A wider or narrower column,
other rows or a changed row are fitted again; a hidden table is fitted when shown (its columns have their widths
only then).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

CELL_PAD = 12  # a cell's margins and the grid line
TALL = 1_000_000
WRAP = int(Qt.TextFlag.TextWordWrap)
# Kept for every table and read again at the next opening: a font's letters' and texts' widths, and the height
# of a text laid out in a room (the texts of a process's lists are read again after every edit).
_WIDTHS: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
_HEIGHTS: dict[tuple, int] = {}
KEPT_HEIGHTS = 50_000
BOLD_SLACK = 0.85  # a row is measured when its text takes 85% of the room: bold type is up to ~12% wider


def text_height(metrics: QFontMetrics, font_key: str, bold: bool, room: int, text: str) -> int:
    """The height of ``text`` laid out with the font's own wrapping in ``room`` pixels (``metrics`` of the font
    whose key is ``font_key``, in bold or not), kept for the next table that shows it. A cell's room is its
    column's width less its text margins and the grid line (Qt wraps a text one pixel wider than that)."""
    key = (font_key, bold, room, text)
    height = _HEIGHTS.get(key)
    if height is None:
        if len(_HEIGHTS) > KEPT_HEIGHTS:
            _HEIGHTS.clear()
        height = _HEIGHTS[key] = metrics.boundingRect(QRect(0, 0, max(room, 1), TALL), WRAP, text).height()
    return height


class RowHeights(QObject):
    """Keeps ``view``'s rows as high as their texts need. ``texts(column)`` gives the texts of that column's
    cells, every row's in order; ``columns`` are the columns whose texts may wrap (the others never do: numbers,
    dates). ``marked(row)`` says whether a row is marked: its texts in bold and an icon before the text of its
    ``icon_columns`` (an overdue task). ``fitted()`` is called after each fit of every row (to bring a chosen row
    into view, once the rows have their heights)."""

    def __init__(self, view: QTableView, columns: Iterable[int], texts: Callable[[int], Sequence[str]],
                 icon_columns: Iterable[int] = (), marked: Callable[[int], bool] | None = None,
                 fitted: Callable[[], None] | None = None):  # fmt: skip
        super().__init__(view)
        self.view = view
        self.columns = tuple(columns)
        self.icon_columns = frozenset(icon_columns)
        self._texts = texts
        self._marked = marked
        self._fitted = fitted
        self._widths: dict[str, float] = {}  # a letter's width in the view's font
        self._text_widths: dict[str, float] = {}  # a text's, as the sum of its letters'
        self._font_key = None
        self._one_line = 0
        self._measured: set[int] = set()  # rows given a height of their own
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.setWordWrap(True)
        view.installEventFilter(self)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        model = view.model()
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self.later)
        model.rowsInserted.connect(self.later)
        model.rowsRemoved.connect(self.later)
        model.dataChanged.connect(self._changed)

    def later(self, *_args) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.view and event.type() == QEvent.Type.Show:
            self.later()
        return False

    def _reset(self) -> None:
        self._measured.clear()  # the view made every row of the default height again
        self.later()  # once the screen has sized its columns for the new rows

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if column in self.columns and old != new:
            self.later()

    def _changed(self, top, bottom, _roles=()) -> None:
        rows = range(top.row(), bottom.row() + 1)
        if len(rows) > 50:
            self.later()
            return
        wrapping = self._wrapping(rows)
        self._apply(rows, wrapping)

    def _prepare(self) -> None:
        font = self.view.font()
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._widths, self._text_widths = _WIDTHS.setdefault(key, ({}, {}))
            self._metrics = QFontMetricsF(font)
            self._plain = QFontMetrics(font)
            bold = QFont(font)
            bold.setBold(True)
            self._bold_metrics = QFontMetrics(bold)
            self._one_line = 0

    def _width(self, text: str) -> float:
        widths = self._widths
        total = 0.0
        for letter in text:
            width = widths.get(letter)
            if width is None:
                width = widths[letter] = self._metrics.horizontalAdvance(letter)
            total += width
        self._text_widths[text] = total
        return total

    def _wrapping(self, rows: range) -> set[int]:
        """The rows (of ``rows``) with a text that may not fit its column on one line."""
        self._prepare()
        view = self.view
        icon = view.iconSize().width() + 4
        count = view.model().columnCount()
        found: set[int] = set()
        known = self._text_widths
        for column in self.columns:
            if column >= count or view.isColumnHidden(column):
                continue
            room = (view.columnWidth(column) - CELL_PAD) * BOLD_SLACK
            marked_room = room - (icon if column in self.icon_columns else 0)
            texts = self._texts(column)
            for row in rows:
                text = texts[row]
                if not text:
                    continue
                width = known.get(text)
                if width is None:
                    width = self._width(text)
                if width > room or "\n" in text or (width > marked_room and self._marked and self._marked(row)):
                    found.add(row)
        return found

    def _apply(self, rows: Iterable[int], wrapping: set[int]) -> None:
        view = self.view
        header = view.verticalHeader()
        if not self._one_line:  # as high as Qt makes a row of one line (its text or icon, and the grid line)
            line = math.ceil(self._metrics.height())
            if self.icon_columns:
                line = max(line, view.iconSize().height())
            self._one_line = max(line + (1 if view.showGrid() else 0), header.minimumSectionSize())
            header.setDefaultSectionSize(self._one_line)
        for row in sorted(self._measured.difference(wrapping).intersection(rows)):
            header.resizeSection(row, self._one_line)
            self._measured.discard(row)
        if not wrapping:
            return
        grid = 1 if view.showGrid() else 0
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + grid
        icon = view.iconSize().width() + 4
        rooms = [(column, view.columnWidth(column) - margin, icon if column in self.icon_columns else 0)
                 for column in self.columns if not view.isColumnHidden(column)]  # fmt: skip
        texts = {column: self._texts(column) for column, _room, _icon in rooms}
        for row in sorted(wrapping):
            bold = self._marked is not None and self._marked(row)
            metrics = self._bold_metrics if bold else self._plain
            high = 0
            for column, room, icon in rooms:
                text = texts[column][row]
                if not text:
                    continue
                if bold:
                    room -= icon
                high = max(high, text_height(metrics, self._font_key, bold, room, text))
            header.resizeSection(row, max(self._one_line, high + grid))
            self._measured.add(row)

    def fit(self) -> None:
        """Every row: one line, or measured when a text may wrap (a hidden table: when it is shown)."""
        self._timer.stop()
        if not self.view.isVisible():
            return
        rows = range(self.view.model().rowCount())
        self._apply(rows, self._wrapping(rows))
        if self._fitted is not None:
            self._fitted()
