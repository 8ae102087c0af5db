"""The read-only record table of school support, networks and the fund: its rows as high as Qt makes them."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.widgets.record_table import RecordTable

LONG = "Szkoła Podstawowa nr 1 im. Marii Skłodowskiej-Curie w Zalesiu Górnym, filia w Zalesiu Dolnym"


def shown(qtbot, rows) -> RecordTable:
    table = RecordTable("records", ["Name", "Workplace", "Attendance"], right=(2,))
    qtbot.addWidget(table)
    table.resize(700, 400)
    table.show()
    table.set_rows(rows)
    painted(table)
    return table


def painted(table: RecordTable) -> None:
    QApplication.processEvents()
    table.viewport().repaint()  # the rows in view are fitted as they are painted


def test_a_row_whose_text_wraps_is_as_high_as_qt_makes_it_and_the_others_one_line(qtbot):
    rows = [(1, ["Anna Nowak", "Urząd", "3 / 5"]), (2, ["Jan Kowalski", LONG, "1 / 5"]),
            (3, ["Ewa Wrona", "Poradnia\nfilia", "0 / 5"]), (4, ["Piotr Zając", "Biblioteka", "5 / 5"]),
            (5, ["Sieć współpracy i samokształcenia nauczycieli edukacji wczesnoszkolnej", "Urząd", "2 / 5"])]  # fmt: skip
    table = shown(qtbot, rows)
    heights = [table.rowHeight(r) for r in range(5)]
    table.resizeRowsToContents()  # Qt's own measure of every cell: the same heights
    assert heights == [table.rowHeight(r) for r in range(5)]
    assert heights[0] == heights[3] < heights[2] < heights[1], "one line; two lines; the long text's three or more"
    assert heights[4] > heights[2], "a name that fills its column to the last pixel of a line takes one line more"


def test_a_larger_type_measures_the_texts_again(qtbot):
    rows = [(1, ["Anna Nowak", LONG, "3 / 5"]), (2, ["Jan Kowalski", "Urząd", "1 / 5"])]
    table = shown(qtbot, rows)
    small = table.rowHeight(0)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)  # the large type of workshop mode
    table.setFont(font)
    painted(table)
    heights = [table.rowHeight(r) for r in range(2)]
    table.resizeRowsToContents()
    assert heights == [table.rowHeight(r) for r in range(2)] and heights[0] > small
