"""Table columns fitted to the room and the type size (the Realizacja HDR table, the indicators' lists).

Every column but the stretching one (an activity's or an indicator's name) is as wide as its content needs on
two lines (a date range breaks after its dash, a person between first name and surname, a status between its
words; an amount stays on one line), measured in the table's current font, so workshop mode's larger type (F11)
widens them too. The stretching column takes the rest. When the rest would leave it fewer than
``least_characters`` characters a line (a 1280×720 projector with the navigation shown), the ``give_way``
columns are hidden in that order, and a line under the table says so. The header's context menu then shows or
hides any column; what the user chose there stays. Rows are two lines high in the current type.

The widths are measured when the texts or the type change (a new model, rows added, a cell grown wider, F11) and
kept otherwise: resizing the table or sorting it (the same texts in another order), or showing it again when
no cell changed, only shares the room out again. Each text is measured once per type size. A model may offer ``cell_text(row,
column)``, the text a cell shows, read without a QModelIndex (the Realizacja HDR model does).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTableView

BREAK = "\u200b"  # a zero-width space: where a two-line cell may break
CELL_PAD = 12  # the cell's margins and the grid line
LINES = 2
ALL_ROWS = 600  # up to this many rows every cell is measured; a longer table is sampled (see rows_measured)
SAMPLE = 500


def rows_measured(count: int) -> range | list[int]:
    """The rows whose texts fit the columns: all of a table of up to ALL_ROWS rows; of a longer one (a plan of
    5,000 activities) the first hundred and SAMPLE rows spread evenly over the rest, so fitting stays as quick as
    showing the screen. Its columns hold dates, names of people, statuses and amounts of a few forms each."""
    if count <= ALL_ROWS:
        return range(count)
    step = count / SAMPLE
    return sorted(set(range(100)) | {int(n * step) for n in range(SAMPLE)})


_DIGITS = bytes.maketrans(b"123456789", b"000000000")  # on the UTF-8 bytes: str.translate is ~20 times slower


def digits_alike(metrics: QFontMetrics | QFontMetricsF) -> bool:
    """Whether the digits are all as wide in the type (tabular figures, as in DejaVu Sans and most faces): then
    texts differing only in their digits ("07.09.2026", "16.10.2027") are as wide, and one of them is measured."""
    return len({metrics.horizontalAdvance(digit) for digit in "0123456789"}) == 1


def shapes(texts: Iterable[str]) -> list[str]:
    """One text of each shape: the texts with every digit read as 0 (see :func:`digits_alike`)."""
    return list({text.encode().translate(_DIGITS): text for text in texts}.values())


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The least width in which ``text`` takes at most two lines, breaking at a space or a zero-width space."""
    whole = text.replace(BREAK, "")
    best = metrics.horizontalAdvance(whole)
    for i, char in enumerate(text):
        if char in (" ", BREAK):
            first, second = text[:i].replace(BREAK, ""), text[i + 1 :].replace(BREAK, "")
            best = min(best, max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return best


class ColumnFitter(QObject):
    """Keeps ``table``'s columns fitted; ``note`` (if any) shows which columns were hidden for want of room."""

    def __init__(self, table: QTableView, stretch: int, *, note: QLabel | None = None, give_way: Iterable[int] = (),
                 one_line: Iterable[int] = (), bold: Iterable[int] = (), least_characters: int = 26,
                 fixed: Iterable[int] = ()):  # fmt: skip
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.note = note
        self.give_way = tuple(give_way)
        self.one_line = frozenset(one_line)  # numbers never break
        self.bold = frozenset(bold)  # columns whose cells may be in bold (a late status)
        self.fixed = frozenset(fixed)  # columns the menu does not offer (the number, the name)
        self.least_characters = least_characters
        self.chosen: dict[int, bool] = {}  # column -> shown, as the user chose in the header's menu
        self.auto_hidden: list[int] = []
        self._pending = False
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        if self.give_way:
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(self.menu)
        table.installEventFilter(self)
        self._fitted: dict[int, int] | None = None  # the widths measured last, kept while the texts are the same
        self._sizes: dict[tuple[bool, bool, str], int] = {}  # (bold, one line, text) -> its width in the type
        self._alike: dict[bool, bool] = {}  # bold -> whether the digits are alike in that type (digits_alike)
        self._type: tuple[str, str] | None = None  # the type those widths are in (the table's and the header's)
        self._narrower = False  # a cell changed to a text no wider: the widths are measured again at the next show
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self.remeasure)
        model.layoutChanged.connect(self.later)  # sorted: the same texts in another order
        model.dataChanged.connect(self._rows_changed)

    # --- when ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if watched is self.table and (event.type() == QEvent.Type.FontChange
                                      or (event.type() == QEvent.Type.Show and self._narrower)):  # fmt: skip
            self.remeasure()
        elif watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def remeasure(self, *_args) -> None:
        """The texts changed: the next fit measures them."""
        self._fitted = None
        self._narrower = False
        self.later()

    def later(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def _rows_changed(self, top, bottom, _roles=()) -> None:
        """A few rows changed (a status set from the keyboard): the columns are fitted again only when one of
        their texts no longer fits; measuring those rows is enough to know."""
        if self._fitted is None or bottom.row() - top.row() >= 50:
            self.remeasure()
            return
        wider = self.widths(range(top.row(), bottom.row() + 1))
        if any(width > self._fitted.get(column, 0) for column, width in wider.items()):
            self.remeasure()
        else:  # a column may now be wider than its texts need: measured when the table is next shown
            self._narrower = True

    # --- what ---------------------------------------------------------------------------------------------
    def widths(self, rows: Iterable[int] | None = None) -> dict[int, int]:
        """Each column's width but the stretching one's, from its header and its cells (``rows``, or those
        :func:`rows_measured` picks), in the current fonts."""
        model = self.table.model()
        rows = list(rows_measured(model.rowCount()) if rows is None else rows)
        header = self.table.horizontalHeader()
        face = (self.table.font().key(), header.font().key())
        if face != self._type:  # another type size (workshop mode): every text is measured anew
            self._type, self._sizes, self._alike = face, {}, {}
        cells = QFontMetrics(self.table.font())
        bold = QFont(self.table.font())
        bold.setBold(True)
        strong = QFontMetrics(bold)
        heads = QFontMetrics(header.font())
        cell_text = getattr(model, "cell_text", None)
        sizes = self._sizes
        found = {}
        for column in range(model.columnCount()):
            if column == self.stretch:
                continue
            # the title's widest line, with the header's margins and sort indicator (Qt measures it as one line)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            lines = [heads.horizontalAdvance(line) for line in title.split("\n")]
            extra = header.sectionSizeFromContents(column).width() - heads.horizontalAdvance(title.replace("\n", " "))
            width = max(lines, default=0) + max(extra, 0)
            strong_type, one_line = column in self.bold, column in self.one_line
            metrics = strong if strong_type else cells
            if cell_text is not None:
                texts = {cell_text(row, column) for row in rows}
            else:
                texts = {str(model.index(row, column).data() or "") for row in rows}
            if (alike := self._alike.get(strong_type)) is None:
                alike = self._alike[strong_type] = digits_alike(metrics)
            if alike:  # dates, numbers and amounts: a few shapes of many texts
                texts = shapes(texts)
            for text in texts:  # each distinct text measured once, and kept for the next fit in this type
                content = sizes.get((strong_type, one_line, text))
                if content is None:
                    content = sizes[(strong_type, one_line, text)] = (
                        metrics.horizontalAdvance(text) if one_line else two_line_width(metrics, text))  # fmt: skip
                width = max(width, content + CELL_PAD)
            found[column] = width
        return found

    def fit(self) -> None:
        self._pending = False
        header = self.table.horizontalHeader()
        face = (self.table.font().key(), header.font().key())
        if self._fitted is None or face != self._type:
            self._fitted = self.widths()
        widths = self._fitted
        room = self.table.viewport().width()
        least = self.table.fontMetrics().averageCharWidth() * self.least_characters + CELL_PAD
        hidden = {c for c, shown in self.chosen.items() if not shown}
        self.auto_hidden = []
        for column in self.give_way:
            used = sum(w for c, w in widths.items() if c not in hidden)
            if room - used >= least:
                break
            if column not in self.chosen:
                hidden.add(column)
                self.auto_hidden.append(column)
        for column in range(self.table.model().columnCount()):
            self.table.setColumnHidden(column, column in hidden)
            if column in widths:
                header.resizeSection(column, widths[column])
        header.setMinimumSectionSize(min(least // 2, 60))
        # two lines a row in the current type (workshop mode's too); a row sized to its contents (workshop mode
        # measures every table's rows) gets two lines again; the others have it already
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(LINES * self.table.fontMetrics().lineSpacing() + 8)
        height = rows.defaultSectionSize()
        if rows.length() != height * (self.table.model().rowCount() - rows.hiddenSectionCount()):
            for row in range(self.table.model().rowCount()):
                if rows.sectionSize(row) != height:
                    rows.resizeSection(row, height)
        self._show_note()

    def _show_note(self) -> None:
        if self.note is None:
            return
        model = self.table.model()
        if not self.auto_hidden:
            self.note.hide()
            return
        names = ", ".join("„" + str(model.headerData(c, Qt.Orientation.Horizontal)).replace("-\n", "").replace("\n", " ") + "”"
                          for c in self.auto_hidden)  # fmt: skip
        self.note.setText(self.tr("Columns hidden for want of room: %1 (right-click the header to choose).")
                          .replace("%1", names))  # fmt: skip
        self.note.show()

    def menu(self, position) -> QMenu:
        """The header's menu: a tick for each column but the fixed ones."""
        model = self.table.model()
        menu = QMenu(self.table)
        menu.setObjectName("columns_menu")
        for column in range(model.columnCount()):
            if column in self.fixed or column == self.stretch:
                continue
            action = menu.addAction(
                str(model.headerData(column, Qt.Orientation.Horizontal)).replace("-\n", "").replace("\n", " ")
            )
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.choose(c, shown))
        if position is not None:
            menu.popup(self.table.horizontalHeader().mapToGlobal(position))
        return menu

    def choose(self, column: int, shown: bool) -> None:
        self.chosen[column] = shown
        self.fit()
