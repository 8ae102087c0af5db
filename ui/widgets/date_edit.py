"""A date field that takes dates typed the Polish way (5.9.2026, 05.09.2026, 15.10.2026), and the one pair of
conversions between Python dates and Qt's (``to_qdate``, ``from_qdate``) every screen uses.

QDateEdit jumps to the next part of the date by itself once a day or month cannot take another digit
("5", "09"); the dot the user then types jumps once more, so "05.09.2026" became "05.09.00009.2026" and
"5.9.2026" the year 9202. Here a dot (or comma, dash, slash) right after such a jump is taken as the jump
itself and swallowed; a dash or a slash counts as a dot.

A field whose date is optional (:meth:`DateEdit.allow_none`) shows "— nie podano —" while it holds none,
instead of a date nobody chose; the field's lowest date stands for none. Typing a digit over it starts a
date (the first digit kept), the calendar opens on a suggested month, and Delete over the whole text
empties it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

SEPARATORS = frozenset(".,-/ ")


def to_qdate(value: dt.date) -> QDate:
    """The one conversion of a date for a Qt date field."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate | dt.date | None) -> dt.date | None:
    """A Qt date field's date as a date (None when it holds none); a date passes through unchanged."""
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value if isinstance(value, dt.date) else None


NO_DATE = to_qdate(dt.date(2000, 1, 1))  # an optional date's "none": below any date the program plans


class DateEdit(QDateEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self._jumped = False
        self._suggest: Callable[[], dt.date | None] | None = None

    # --- an optional date ------------------------------------------------------------------------------------
    def allow_none(self, text: str, suggest: Callable[[], dt.date | None] | None = None) -> None:
        """Let the field hold no date, shown as ``text``; ``suggest`` gives the date typing or the calendar
        starts from while it holds none (today when it gives none)."""
        self._suggest = suggest or (lambda: None)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(text)
        self.calendarWidget().installEventFilter(self)

    def is_none(self) -> bool:
        return self._suggest is not None and self.date() == NO_DATE

    def set_date_or_none(self, value: dt.date | None) -> None:
        self.setDate(NO_DATE if value is None else to_qdate(value))

    def date_or_none(self) -> dt.date | None:
        return None if self.is_none() else from_qdate(self.date())

    def _suggested(self) -> QDate:
        value = self._suggest() if self._suggest else None
        return to_qdate(value or dt.date.today())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.is_none():
            suggested = self._suggested()
            self.calendarWidget().setCurrentPage(suggested.year(), suggested.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        text = event.text()
        if self.is_none() and text and text.isdigit():
            self.setDate(self._suggested())  # a date to type over, from its first part
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        elif (self._suggest is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
              and self.lineEdit().selectedText() == self.text()):  # fmt: skip
            self.setDate(NO_DATE)
            event.accept()
            return
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
