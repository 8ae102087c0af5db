"""Dates typed the Polish way (5.9.2026) land as typed in every dialog with a date, not only in the HDR."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
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
