"""The screens whose saves now name a version: a refusal shows the stored record afresh and says so.

The other program is a second ``Database`` on the same file; the message box is patched, so the tests see
exactly what the user would read.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.diagnosis_support import small_diagnosis
from ui.dialogs.new_jst_dialog import RenameJstDialog
from ui.dialogs.process_dialog import ProcessDialog
from ui.wizards.diagnosis_wizard import CAUSES, CURRENT, DiagnosisWizard
from wsparcie_desktop.services import causes, diagnosis, people, processes
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services.people import PersonData

STALE = "Te dane zmieniły się w międzyczasie (w innym oknie lub programie)."


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


def test_a_statement_saved_after_another_program_changed_it_shows_the_stored_one(qtbot, ctx, jst_id, other, warnings):
    d = small_diagnosis(ctx.db, jst_id)
    processes.set_wizard_page(ctx.db, d.process_id, diagnosis.WIZARD, CURRENT)
    wizard = DiagnosisWizard(ctx, jst_id, d.process_id)
    qtbot.addWidget(wizard)
    wizard.show()
    editor = wizard.currentPage().editor
    editor.reload(select_key=d.current_ids[0])
    changed = next(c for c in diagnosis.list_current_states(other, d.process_id) if c.id == d.current_ids[0])
    changed.evidence = "14% (SIO, 2026)"
    diagnosis.save_current_state(other, d.process_id, changed)

    editor.evidence.setText("15% (SIO)")
    assert editor.commit() is False

    assert len(warnings) == 1 and warnings[0].startswith(STALE)
    assert editor.evidence.text() == "14% (SIO, 2026)", "the stored record is shown again"
    assert editor.current_key == d.current_ids[0]
    editor.evidence.setText("15% (SIO)")  # typed again over the current data: stored
    assert editor.commit() is True and len(warnings) == 1
    assert (
        next(c for c in diagnosis.list_current_states(other, d.process_id) if c.id == d.current_ids[0]).evidence
        == "15% (SIO)"
    )


def test_a_cause_changed_in_the_tree_after_another_program_changed_it_shows_the_stored_tree(
    qtbot, ctx, jst_id, other, warnings
):
    d = small_diagnosis(ctx.db, jst_id)
    processes.set_wizard_page(ctx.db, d.process_id, diagnosis.WIZARD, CAUSES)
    wizard = DiagnosisWizard(ctx, jst_id, d.process_id)
    qtbot.addWidget(wizard)
    wizard.show()
    tree = wizard.currentPage().tree
    shown = next(c for c in causes.walk(causes.cause_tree(ctx.db, d.process_id)) if c.id == d.cause_ids[0])
    changed = next(c for c in causes.walk(causes.cause_tree(other, d.process_id)) if c.id == d.cause_ids[0])
    changed.text = "Brak diagnozy potrzeb szkół"
    causes.save_cause(other, d.process_id, changed)

    assert tree.change(shown, "text", "Brak diagnozy potrzeb nauczycieli") is False
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert warnings[0].startswith(STALE) and "Brak diagnozy potrzeb nauczycieli" in warnings[0]
    assert "changed elsewhere" in tree.error.text()
    assert tree.selected().text == "Brak diagnozy potrzeb szkół", "the stored tree is shown"
    assert tree.change(tree.selected(), "text", "Brak diagnozy potrzeb nauczycieli") is True
    assert causes.cause_tree(other, d.process_id)[0].text == "Brak diagnozy potrzeb nauczycieli"
