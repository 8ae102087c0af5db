"""File → Restore from a backup, and backups that fail, driven like a user (message boxes patched)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.restore_dialog import RestoreDialog
from ui.main_window import MainWindow
from wsparcie_desktop.changes import changes_of
from wsparcie_desktop.db.backup import backups_dir, list_backups, timestamped_backup
from wsparcie_desktop.services import jst as jst_service


class Boxes:
    """Records QMessageBox calls instead of showing them; ``answer`` is what question() returns."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):
        self.shown: list[tuple[str, str]] = []
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, lambda *args, _k=kind, **kw: self.shown.append((_k, args[2])))
        monkeypatch.setattr(
            QMessageBox, "question", lambda *args, **kw: self.shown.append(("question", args[2])) or answer
        )

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, text in self.shown if shown_kind == kind]


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def open_dialog(window: MainWindow) -> RestoreDialog:
    window.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def cells(dialog: RestoreDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_restore_from_the_file_menu_brings_the_copy_back_on_every_screen(qtbot, demo_db, db_path, monkeypatch):
    db, demo = demo_db
    window = open_window(qtbot, db)
    window.backup_now(reason="reczna")
    for change in changes_of(jst_service.rename_jst(db, demo.jst_id, "Gmina Po Kopii")):
        window.ctx.announce(change)
    window.ctx.announce(jst_service.create_jst(db, "Gmina Nowa", "gmina_miejska"))
    window.show_section("profile")
    profile = window.current_section()
    assert profile.edits["name"].text() == "Gmina Po Kopii"
    boxes = Boxes(monkeypatch)

    dialog = open_dialog(window)
    assert dialog.table.rowCount() == 1
    assert cells(dialog, 0)[1:] == ["manual", "1", "6", "16", "can be restored"]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert "The current data is first saved" in boxes.texts("question")[0]
    assert [row.name for row in jst_service.list_jst(db)] == ["Gmina Zalesie"]
    assert window.jst_list.count() == 1 and window.jst_list.item(0).text().startswith("Gmina Zalesie")
    assert window.current_section() is profile and profile.edits["name"].text() == "Gmina Zalesie"
    kinds = [copy.reason for copy in list_backups(db_path)]
    assert kinds == ["przed-przywroceniem", "reczna"]
    assert list_backups(db_path)[0].jst == 2  # the state just before, with the new JST
    assert "to undo the restore, choose that copy" in boxes.texts("information")[0]
    assert not dialog.isVisible()


def test_answering_no_changes_nothing(qtbot, db, db_path, jst_id, monkeypatch):
    window = open_window(qtbot, db)
    window.backup_now(reason="reczna")
    jst_service.rename_jst(db, jst_id, "Gmina Po Kopii")
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.No)
    dialog = open_dialog(window)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts("question")) == 1
    assert [row.name for row in jst_service.list_jst(db)] == ["Gmina Po Kopii"]
    assert [copy.reason for copy in list_backups(db_path)] == ["reczna"]
    assert dialog.isVisible()


def test_a_damaged_copy_is_shown_but_cannot_be_restored(qtbot, db, db_path, jst_id, monkeypatch):
    older = timestamped_backup(db_path, "automatyczna")
    newer = timestamped_backup(db_path, "zamkniecie")
    newer.write_bytes(newer.read_bytes()[:10000])
    window = open_window(qtbot, db)
    dialog = open_dialog(window)
    assert cells(dialog, 0)[1:] == ["on closing", "", "", "", "damaged copy"]
    assert cells(dialog, 1)[1:] == ["automatic", "1", "0", "0", "can be restored"]
    assert dialog.chosen().path == older and dialog.restore_button.isEnabled()  # the newest whole copy is chosen
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    boxes = Boxes(monkeypatch)
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert boxes.shown == []


def test_without_copies_the_dialog_says_where_they_would_be(qtbot, db, db_path):
    window = open_window(qtbot, db)
    dialog = open_dialog(window)
    assert "There are no backup copies" in dialog.intro.text() and str(backups_dir(db_path)) in dialog.intro.text()
    assert not dialog.table.isVisible() and not dialog.restore_button.isVisible()


def test_a_failing_manual_backup_shows_the_polish_message(qtbot, db, db_path, monkeypatch):
    backups_dir(db_path).write_text("a file where the folder should be")
    window = open_window(qtbot, db)
    boxes = Boxes(monkeypatch)
    assert window.backup_now(reason="reczna") is None
    [message] = boxes.texts("warning")
    assert message.startswith(f"Nie udało się zapisać kopii zapasowej w folderze „{backups_dir(db_path)}”")
    assert window.statusBar().currentMessage() == message


def test_a_failing_automatic_backup_warns_once_then_only_in_the_status_line(qtbot, db, db_path, monkeypatch):
    backups_dir(db_path).write_text("a file where the folder should be")
    window = open_window(qtbot, db)
    boxes = Boxes(monkeypatch)
    window.backup_now(reason="automatyczna", quiet=True)
    window.backup_now(reason="automatyczna", quiet=True)
    assert len(boxes.texts("warning")) == 1
    assert window.statusBar().currentMessage().startswith("Nie udało się zapisać kopii zapasowej")


class FailingConnection(sqlite3.Connection):
    def backup(self, target, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failing_closing_backup_is_reported_and_the_store_closed_anyway(qtbot, db, db_path, monkeypatch):
    window = open_window(qtbot, db)
    closed = []
    real_close = db.close
    monkeypatch.setattr(db, "close", lambda: closed.append(True) or real_close())
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kw: real_connect(*args, factory=FailingConnection, **kw))
    boxes = Boxes(monkeypatch)
    window.close()
    window.close_store()
    assert boxes.texts("warning") == [
        f"Nie udało się zapisać kopii zapasowej w folderze „{backups_dir(db_path)}”: brak miejsca na dysku."
    ]
    assert closed == [True]
    assert list(backups_dir(db_path).iterdir()) == []


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_dialog_fits_a_small_screen(qtbot, demo_db, db_path, size):
    db, _demo = demo_db
    for reason in ("przed-aktualizacja", "automatyczna", "zamkniecie", "reczna", "przed-przywroceniem"):
        timestamped_backup(db_path, reason)
    window = open_window(qtbot, db)
    window.resize(*size)
    dialog = open_dialog(window)
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    header = dialog.table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(dialog.table.columnCount())) <= dialog.table.viewport().width()
