"""A locked, full or read-only store: a Polish message where the edit was made, the edit kept, nothing half-written."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from ui import error_report
from ui.main_window import MainWindow
from wsparcie_desktop.db import database
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.errors import DomainError, StoreError
from wsparcie_desktop.services import jst as jst_service


@pytest.fixture
def short_busy_timeout(db, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()  # new connections take the shorter wait


def test_a_locked_store_shows_the_message_under_the_form_and_keeps_the_edit(qtbot, db, jst_id, short_busy_timeout,
                                                                           monkeypatch):  # fmt: skip
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_section("profile")
    profile = window.current_section()
    profile.edits["city"].setText("Nowe Zalesie")

    other = sqlite3.connect(db.file, isolation_level=None)  # another program writing (a backup, a printout)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert profile.save() is False
        assert "chwilowo zajęty" in profile.form.general_error.text() and profile.form.general_error.isVisible()
        assert len(boxes) == 1 and "chwilowo zajęty" in boxes[0], "a store error is urgent: a box as well"
        assert profile.edits["city"].text() == "Nowe Zalesie"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert jst_service.get_profile(db, jst_id).city == "Zalesie"
    assert profile.save() is True  # the same edit, saved once the store is free
    assert jst_service.get_profile(db, jst_id).city == "Nowe Zalesie"


def test_a_full_disk_is_a_polish_store_error_and_nothing_is_half_written(db, jst_id):
    with db.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    filler = "x" * 50_000

    def on_connect(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # the disk is full at today's size

    from sqlalchemy import event

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()
    profile = jst_service.get_profile(db, jst_id)
    from dataclasses import replace

    with pytest.raises(StoreError, match="zabrakło miejsca") as caught:
        jst_service.save_profile(db, replace(profile, city="Nowe Zalesie", website=filler))
    assert isinstance(caught.value, DomainError)
    event.remove(db.engine, "connect", on_connect)
    db.engine.dispose()
    assert jst_service.get_profile(db, jst_id).city == "Zalesie"


def test_writing_through_a_read_only_snapshot_is_a_polish_store_error(db, jst_id):
    snapshot = Database(db.file, read_only=True)
    try:
        from dataclasses import replace

        with pytest.raises(StoreError, match="tylko do odczytu"):
            jst_service.save_profile(snapshot, replace(jst_service.get_profile(snapshot, jst_id), city="X"))
    finally:
        snapshot.close()


def test_an_error_no_screen_handled_is_shown_in_polish(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, message: shown.append(message))
    error_report._show(StoreError, StoreError("Plik danych jest chwilowo zajęty."), None)
    error_report._show(ValueError, ValueError("x"), None)
    assert shown[0] == "Plik danych jest chwilowo zajęty."
    assert "ValueError: x" in shown[1]
