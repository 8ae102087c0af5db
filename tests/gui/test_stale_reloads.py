"""The screens whose saves now name a version: a refusal shows the stored record afresh and says so.

The other program is a second ``Database`` on the same file; the message box is patched, so the tests see
exactly what the user would read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.new_jst_dialog import RenameJstDialog
from ui.dialogs.process_dialog import ProcessDialog
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import people, processes
from wsparcie_desktop.services.people import PersonData

STALE = "Te dane zmieniły się w międzyczasie (w innym oknie lub programie)."


@pytest.fixture
def other(db_path, db):
    second = Database(db_path)
    yield second
    second.close()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    return shown


def test_a_rename_after_another_program_renamed_the_jst_shows_its_name_and_what_was_typed(
    qtbot, ctx, jst_id, other, warnings
):
    dialog = RenameJstDialog(ctx, jst_id)
    qtbot.addWidget(dialog)
    jst_service.rename_jst(other, jst_id, "Gmina Nowe Zalesie")

    dialog.name.setText("Gmina Stare Zalesie")
    dialog.accept()

    assert len(warnings) == 1 and warnings[0].startswith(STALE) and "Name: Gmina Stare Zalesie" in warnings[0]
    assert dialog.result() == 0, "the dialog stays open"
    assert dialog.name.text() == "Gmina Nowe Zalesie"
    assert jst_service.get_profile(other, jst_id).name == "Gmina Nowe Zalesie"
    dialog.name.setText("Gmina Stare Zalesie")  # typed again over the current name: stored
    dialog.accept()
    assert len(warnings) == 1 and jst_service.get_profile(other, jst_id).name == "Gmina Stare Zalesie"


def test_a_process_saved_after_another_program_changed_it_shows_the_stored_one(qtbot, ctx, jst_id, other, warnings):
    advisor = people.save_person(ctx.db, jst_id, PersonData(full_name="Ewa Lis", role_code="doradca_rozwoj")).id
    process_id = processes.save_process(ctx.db, jst_id, processes.ProcessData(
        name="Proces 2026", started_on=dt.date(2026, 3, 1))).id  # fmt: skip
    dialog = ProcessDialog(ctx, jst_id, processes.get_process(ctx.db, process_id))
    qtbot.addWidget(dialog)
    changed = processes.get_process(other, process_id)
    changed.advisor_ids = [advisor]
    processes.save_process(other, jst_id, changed)

    dialog.name.setText("Proces doradczy 2026/27")
    dialog.accept()

    assert len(warnings) == 1 and warnings[0].startswith(STALE)
    assert "Name: Proces doradczy 2026/27" in warnings[0]
    assert dialog.result() == 0, "the dialog stays open"
    assert dialog.name.text() == "Proces 2026"
    assert dialog.advisors.item(0).checkState() == Qt.CheckState.Checked, "the other program's advisor is shown"
    assert processes.get_process(other, process_id).name == "Proces 2026"
    dialog.name.setText("Proces doradczy 2026/27")
    dialog.accept()
    stored = processes.get_process(other, process_id)
    assert len(warnings) == 1 and (stored.name, stored.advisor_ids) == ("Proces doradczy 2026/27", [advisor])
