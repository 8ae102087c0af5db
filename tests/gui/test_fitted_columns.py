"""Fitted columns (the Realizacja HDR table, the record tables): texts differing only in their digits are measured
once, and every text still fits its column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from ui.widgets.fitted_columns import BREAK, CELL_PAD, ColumnFitter, digits_alike, shapes, two_line_width

TEXTS = [[f"{n}.", f"Działanie {n}", f"{1 + n % 28:02d}.09.2026–{BREAK}{1 + n % 30:02d}.10.2027", f"{n * 37} 000,00"]
         for n in range(1, 400)]  # fmt: skip


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else len(TEXTS)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return TEXTS[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return "" if role == Qt.ItemDataRole.DisplayRole else None


def test_one_text_of_each_shape_is_measured_and_the_columns_are_as_wide_as_every_text_needs(qtbot):
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(Model())
    fitter = ColumnFitter(table, 1, one_line=(0, 3))
    metrics = QFontMetrics(table.font())
    assert digits_alike(metrics)  # the type of the tests (and the program's DejaVu Sans) has tabular figures
    assert len(shapes(row[2] for row in TEXTS)) == 1 and len(shapes(row[3] for row in TEXTS)) == 4
    widths = fitter.widths()
    for column, one_line in ((0, True), (2, False), (3, True)):
        every = max(metrics.horizontalAdvance(row[column]) if one_line else two_line_width(metrics, row[column])
                    for row in TEXTS)  # fmt: skip
        assert widths[column] >= every + CELL_PAD
        assert widths[column] <= every + CELL_PAD + 1 or column == 0  # the number's column: its header may be wider


def test_a_record_tables_column_fits_its_widest_text_of_many_differing_in_their_digits(qtbot):
    from ui.widgets.record_table import WIDEST, RecordTable

    table = RecordTable("records", ["Amount", "Purpose"], right=(0,))
    qtbot.addWidget(table)
    amounts = [f"{1000 + 7 * n} {n % 100:02d},00 zł" for n in range(2000)]
    table.set_rows([(n, [amount, f"Szkolenie nr {n}"]) for n, amount in enumerate(amounts)])
    metrics = QFontMetrics(table.font())
    widest = max(metrics.horizontalAdvance(text) for text in amounts)
    assert widest + 2 <= table.columnWidth(0) <= min(widest + 40, WIDEST)
