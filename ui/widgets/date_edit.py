"""A date field that takes dates typed the Polish way (5.9.2026, 05.09.2026, 15.10.2026), and the one pair of
conversions between Python dates and Qt's (``to_qdate``, ``from_qdate``) every screen uses.

QDateEdit jumps to the next part of the date by itself once a day or month cannot take another digit
("5", "09"); the dot the user then types jumps once more, so "05.09.2026" became "05.09.00009.2026" and
"5.9.2026" the year 9202. Here a dot (or comma, dash, slash) right after such a jump is taken as the jump
itself and swallowed; a dash or a slash counts as a dot.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

SEPARATORS = frozenset(".,-/ ")


def to_qdate(value: dt.date) -> QDate:
    """The one conversion of a date for a Qt date field."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate | dt.date | None) -> dt.date | None:
    """A Qt date field's date as a date (None when it holds none); a date passes through unchanged."""
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value if isinstance(value, dt.date) else None


class DateEdit(QDateEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self._jumped = False

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        text = event.text()
        if text and text in SEPARATORS and self._jumped:
            self._jumped = False
            event.accept()
            return
        if text and text in SEPARATORS and text != ".":  # 1-2-2027, 1/2/2027: the dot the format knows
            event = QKeyEvent(event.type(), Qt.Key.Key_Period, event.modifiers(), ".")
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._jumped = bool(text) and text.isdigit() and self.currentSectionIndex() != section

    def focusInEvent(self, event) -> None:  # noqa: N802
        self._jumped = False
        super().focusInEvent(event)
