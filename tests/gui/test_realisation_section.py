"""Section "Realizacja HDR": an activity recorded as done by keyboard shows in the table, the Gantt and the dashboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from wsparcie_desktop.services import hdr_progress
from wsparcie_desktop.services.hdr import load_plan
from wsparcie_desktop.services.hdr_projection import gantt_rows


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch):
    def box(_parent, _title, text, *_args):
        raise AssertionError(f"unexpected message box: {text}")

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box)


@pytest.fixture
def window(qtbot, demo_db):
    db, demo = demo_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.select_jst(demo.jst_id)
    return window


def section(window, key):
    return window.sections[[s.key for s in window.sections].index(key)]


def test_an_activity_recorded_done_by_keyboard_shows_in_the_table_the_gantt_and_the_dashboard(qtbot, window, demo_db):
    db, demo = demo_db
    window.show_section("realisation")
    realisation = section(window, "realisation")
    activity_id = demo.extra["hdr_activity_ids"]["konsultacje_rad"]  # planned, not started
    realisation.select_activity(activity_id)
    table = realisation.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2)  # in progress: the actual start is today
    assert hdr_progress.get_progress(db, activity_id).status == "in_progress"
    realisation.select_activity(activity_id)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # ended today: done
    stored = hdr_progress.get_progress(db, activity_id)
    today = dt.date.today()
    assert (stored.status, stored.actual_end) == ("done", today)
    row = realisation.model.row_of(activity_id)
    status = realisation.model.index(row, 6).data()
    actual = realisation.model.index(row, 5).data()
    assert status == "zrealizowane" and today.strftime("%d.%m.%Y") in actual
    # the next row is selected, ready for the next key
    assert realisation.current_id() != activity_id
    # the Gantt rows carry the actuals
    actuals = hdr_progress.actual_dates(db, demo.extra["hdr_id"])
    gantt = {r.id: r for r in gantt_rows(load_plan(db, demo.process_id), actuals=actuals)}
    assert (gantt[activity_id].actual_start, gantt[activity_id].actual_end) == (stored.actual_start, today)
    window.show_section("dashboard")
    card = section(window, "dashboard").cards[2]
    assert "zrealizowane 6 z 16" in card.summary.text()


def test_a_cancel_key_asks_for_the_reason_and_the_overdue_filter_shows_it_late(qtbot, window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    db, demo = demo_db
    window.show_section("realisation")
    realisation = section(window, "realisation")
    activity_id = demo.extra["hdr_activity_ids"]["ewaluacja"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Brak ewaluatora", True))
    realisation.select_activity(activity_id)
    qtbot.keyClick(realisation.table, Qt.Key.Key_5)
    assert hdr_progress.get_progress(db, activity_id).reason == "Brak ewaluatora"
    realisation.when.setCurrentIndex(realisation.when.findData("overdue"))
    shown = [
        realisation.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(realisation.proxy.rowCount())
    ]
    assert demo.extra["hdr_activity_ids"]["zarzadzenie"] in shown and activity_id not in shown
