"""A read-only list as a Qt table model over plain rows (dataclasses read by a service).

A list of a thousand entries painted through QTableWidget made ten items per row up front, each with its brush
and font, before the first paint (a third of a second for the remote advice log). Here a row's texts are made by
the screen's ``texts`` function when a view first asks for one of its cells, and kept until the rows change; the
look of a row (an overdue task in red and bold) comes from ``look``, also asked only for rows shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon

ID_ROLE = Qt.ItemDataRole.UserRole
DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND, BACKGROUND, FONT, DECORATION = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole))  # fmt: skip
ROLES = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND, BACKGROUND, FONT, DECORATION, int(ID_ROLE)})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class Look:
    """How a row is drawn beside its texts: ink, fill, and per column a bold font, an icon or a tooltip."""

    ink: QBrush | None = None
    fill: QBrush | None = None
    bold: frozenset[int] = frozenset()
    icons: tuple[tuple[int, QIcon], ...] = ()
    tooltips: tuple[tuple[int, str], ...] = ()


PLAIN = Look()


class RowsModel(QAbstractTableModel):
    """``texts(row) -> tuple of str`` (one per header); ``row_id(row)`` for ID_ROLE; ``look(row) -> Look``."""

    def __init__(self, headers: Sequence[str], texts: Callable[[object], Sequence[str]],
                 row_id: Callable[[object], object] = lambda row: row.id, *, right: Iterable[int] = (),
                 look: Callable[[object], Look] | None = None, tooltips: bool = False, parent=None):  # fmt: skip
        super().__init__(parent)
        self._headers = list(headers)
        self._make_texts = texts
        self._row_id = row_id
        self._make_look = look
        self._right = frozenset(right)
        self._tooltips = tooltips  # each cell's text as its tooltip (a long text cut by a narrow column)
        self._rows: list = []
        self._texts: list[Sequence[str] | None] = []
        self._looks: list[Look | None] = []
        self._ids: dict[object, int] | None = None
        self._bold: QFont | None = None

    # ------------------------------------------------------------ the rows

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self._looks = [None] * len(self._rows)
        self._ids = None
        self.endResetModel()

    def update_rows(self, rows: Iterable) -> None:
        """The rows read again: when they are the same records in the same order only the changed ones are
        drawn again (an edit of one entry), else the table is filled anew."""
        rows = list(rows)
        if len(rows) != len(self._rows) or any(self._row_id(new) != self._row_id(old)
                                               for new, old in zip(rows, self._rows)):  # fmt: skip
            self.set_rows(rows)
            return
        last = len(self._headers) - 1
        for r, (new, old) in enumerate(zip(rows, self._rows)):
            if new != old:
                self._rows[r], self._texts[r], self._looks[r] = new, None, None
                self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def set_headers(self, headers: Sequence[str]) -> None:
        """Other headings (and so perhaps another number of columns: the months' table has one per advisor)."""
        self.beginResetModel()
        self._headers = list(headers)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, row_id: object) -> int | None:
        if self._ids is None:
            self._ids = {}
            for r, row in enumerate(self._rows):
                self._ids.setdefault(self._row_id(row), r)
        return self._ids.get(row_id)

    def texts(self, row: int) -> Sequence[str]:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._make_texts(self._rows[row])
        return texts

    def column(self, column: int) -> list[str]:
        """Every row's text in the column (its rows' texts made now)."""
        return [self.texts(row)[column] for row in range(len(self._rows))]

    def look(self, row: int) -> Look:
        if self._make_look is None:
            return PLAIN
        look = self._looks[row]
        if look is None:
            look = self._looks[row] = self._make_look(self._rows[row]) or PLAIN
        return look

    def bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    # ------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if role not in ROLES or not index.isValid():  # a view asks for a dozen roles per cell: most are none
            return None
        row, column = index.row(), index.column()
        if role == DISPLAY:
            return self.texts(row)[column]
        if role == ALIGNMENT:
            return RIGHT if column in self._right else None
        if role == ID_ROLE:
            return self._row_id(self._rows[row])
        look = self.look(row)
        if role == TOOLTIP:
            for c, tip in look.tooltips:
                if c == column:
                    return tip
            return self.texts(row)[column] if self._tooltips else None
        if role == FOREGROUND:
            return look.ink
        if role == BACKGROUND:
            return look.fill
        if role == FONT:
            return self.bold_font() if column in look.bold else None
        for c, icon in look.icons:  # DECORATION
            if c == column:
                return icon
        return None
