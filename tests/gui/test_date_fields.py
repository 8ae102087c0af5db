"""Dates typed the Polish way (5.9.2026) land as typed in every dialog with a date, not only in the HDR."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from ui.dialogs.process_dialog import ProcessDialog
from wsparcie_desktop.services import processes


def type_date(qtbot, edit, typed: str) -> None:
    edit.setFocus()
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as a click on the day or Tab into it does
    qtbot.keyClicks(edit, typed)


@pytest.mark.parametrize(("typed", "expected"), [("5.9.2026", dt.date(2026, 9, 5)), ("15.10.2026", dt.date(2026, 10, 15)),
                                                 ("1-2-2027", dt.date(2027, 2, 1))])  # fmt: skip
def test_process_start_date_typed_the_polish_way(qtbot, ctx, db, jst_id, typed, expected):
    dialog = ProcessDialog(ctx, jst_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Proces 2026")
    type_date(qtbot, dialog.started_on, typed)
    dialog.accept()
    (stored,) = processes.list_processes(db, jst_id)
    assert stored.started_on == expected


def test_an_optional_date_shows_empty_takes_typing_and_empties_with_delete(qtbot):
    from ui.widgets.date_edit import DateEdit

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.allow_none("— nie podano —", lambda: dt.date(2027, 5, 31))
    edit.set_date_or_none(None)
    edit.show()
    assert edit.text() == "— nie podano —" and edit.date_or_none() is None
    for typed, expected in (("15.06.2027", dt.date(2027, 6, 15)), ("1.6.2027", dt.date(2027, 6, 1))):
        edit.set_date_or_none(None)
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)  # the first digit starts the date, nothing is lost
        assert edit.date_or_none() == expected, edit.text()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.date_or_none() is None and edit.text() == "— nie podano —"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 5, edit.height() // 2))  # the arrow
    assert (edit.calendarWidget().yearShown(), edit.calendarWidget().monthShown()) == (2027, 5)
    edit.calendarWidget().window().hide()
