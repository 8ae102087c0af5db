"""Section "Proces doradczy": starting a process with its advisors, choosing the current one, stage 1 at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from ui.sections import module_names
from ui.sections.process import ProcessSection
from ui.wizards import area_choice_wizard as wz
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services import people, processes
from wsparcie_desktop.services.people import PersonData
from wsparcie_desktop.services.processes import ProcessData


def make_section(qtbot, ctx, jst_id) -> ProcessSection:
    section = ProcessSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    return section


def test_registered_in_the_main_window():
    assert "ui.sections.process" in module_names()


def test_start_a_process_with_advisors_from_the_advisory_team(qtbot, ctx, db, jst_id):
    ewa = people.save_person(db, jst_id, PersonData(full_name="Ewa Szczepańska", role_code="doradca_rozwoj")).id
    grzegorz = people.save_person(db, jst_id, PersonData(full_name="Grzegorz Łukasiewicz",
                                                         role_code="doradca_samorzad")).id  # fmt: skip
    people.save_person(db, jst_id, PersonData(full_name="Andrzej Kowalczyk", role_code="decydent"))
    section = make_section(qtbot, ctx, jst_id)
    assert section.empty.isVisible() and not section.stage.isVisible()

    dialog = section.new_process()
    qtbot.waitExposed(dialog)
    offered = [dialog.advisors.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.advisors.count())]
    assert offered == [ewa, grzegorz]  # only the advisory team
    dialog.name.clear()
    dialog.accept()  # an empty name is refused under the field
    assert dialog.isVisible()
    assert "Nazwa procesu" in dialog.form.error_text("name")

    qtbot.keyClicks(dialog.name, "Proces doradczy 2026")
    dialog.started_on.setDate(QDate(2026, 2, 2))
    dialog.advisors.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.advisors.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(ctx.signals.changed):
        dialog.accept()
    [saved] = processes.list_processes(db, jst_id)
    assert (saved.name, saved.started_on, sorted(saved.advisor_ids)) == (
        "Proces doradczy 2026",
        dt.date(2026, 2, 2),
        sorted([ewa, grzegorz]),
    )
    assert ctx.current_process(jst_id) == saved.id
    assert section.table.rowCount() == 1
    assert "Ewa Szczepańska, Grzegorz Łukasiewicz" in section.table.item(0, 2).text()
    assert section.stage.isVisible()
    assert not section.output_bar.isEnabled()  # nothing to print before anyone fills in a sheet


def test_choose_the_process_to_work_on(qtbot, ctx, db, jst_id):
    old = processes.save_process(db, jst_id, ProcessData("Proces 2024", dt.date(2024, 3, 1))).id
    new = processes.save_process(db, jst_id, ProcessData("Proces 2026", dt.date(2026, 2, 2))).id
    section = make_section(qtbot, ctx, jst_id)
    assert ctx.current_process(jst_id) == new  # the latest by default
    row = next(r for r in range(section.table.rowCount())
               if section.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == old)  # fmt: skip
    section.table.selectRow(row)
    with qtbot.waitSignal(ctx.signals.process_selected):
        qtbot.mouseClick(section.current_button, Qt.MouseButton.LeftButton)
    assert ctx.current_process(jst_id) == old
    assert "Proces 2024" in section.stage_text.text()
    assert section.output._options() == {"process_id": old}


def test_stage_one_summary_and_the_wizard_opened_from_the_section(qtbot, ctx, db, jst_id, monkeypatch):
    pid = processes.save_process(db, jst_id, ProcessData("Proces doradczy 2026", dt.date(2026, 2, 2))).id
    areas = {a.number: a for a in ac.load_areas(db)}
    rid = ac.add_respondent(db, pid, "Anna Nowak").id
    for statement in areas[8].statements:
        ac.set_answer(db, rid, statement.id, 1)
    section = make_section(qtbot, ctx, jst_id)
    assert "Pierwsze" in section.stage_text.text() or "First in the ranking" in section.stage_text.text()
    assert section.output_bar.isEnabled()

    wizard = section.open_wizard()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == wz.INTRO
    assert section.open_wizard() is wizard  # a second click brings the same window forward
    ctx.run(wizard, ac.choose_area, pid, areas[8].id, "Najpilniejsze.")  # as the wizard's last page does
    wizard.close()
    qtbot.waitUntil(lambda: section.wizard is None)
    text = section.stage_text.text()
    assert "8. System wspomagania szkół" in text and "Najpilniejsze." in text


def test_delete_a_process_after_a_question(qtbot, ctx, db, jst_id, monkeypatch):
    processes.save_process(db, jst_id, ProcessData("Proces 2026", dt.date(2026, 2, 2)))
    section = make_section(qtbot, ctx, jst_id)
    section.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    section.delete_process()
    assert len(processes.list_processes(db, jst_id)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.delete_process()
    assert processes.list_processes(db, jst_id) == []
    assert section.empty.isVisible() and not section.stage.isVisible()


def test_an_advisor_renamed_in_another_section_shows_in_the_process_table(qtbot, ctx, db, jst_id):
    ewa = people.save_person(db, jst_id, PersonData(full_name="Ewa Szczepańska", role_code="doradca_rozwoj"))
    processes.save_process(db, jst_id, ProcessData("Proces 2026", dt.date(2026, 2, 2), advisor_ids=[ewa.id]))
    section = make_section(qtbot, ctx, jst_id)
    assert section.table.item(0, 2).text() == "Ewa Szczepańska"
    person = people.get_person(db, ewa.id)
    person.full_name = "Ewa Szczepańska-Nowak"
    ctx.run(None, people.save_person, jst_id, person)  # as the advisory team's dialog saves it
    assert section.table.item(0, 2).text() == "Ewa Szczepańska-Nowak"


def test_a_process_saved_in_the_dialog_becomes_the_one_the_stage_two_screens_show(qtbot, ctx, db, jst_id):
    from ui.sections.data_collection import DataCollectionSection

    processes.save_process(db, jst_id, ProcessData("Proces 2024", dt.date(2024, 3, 1)))
    section = make_section(qtbot, ctx, jst_id)
    data = DataCollectionSection(ctx)
    qtbot.addWidget(data)
    data.set_jst(jst_id)
    assert "Proces 2024" in data.notice.text()
    section.table.selectRow(0)
    dialog = section.edit_process()
    dialog.name.setText("Proces doradczy 2024/2025")
    dialog.accept()
    assert not dialog.isVisible()
    assert "Proces doradczy 2024/2025" in section.table.item(0, 0).text()
    assert "Proces doradczy 2024/2025" in data.notice.text(), "the other screens follow without a refresh"


def test_a_refused_process_keeps_the_dialog_open_with_what_was_typed(qtbot, ctx, db, jst_id, monkeypatch):
    section = make_section(qtbot, ctx, jst_id)
    dialog = section.new_process()
    dialog.name.setText("Proces doradczy 2026")
    dialog.started_on.setDate(QDate(1999, 1, 1))
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append(change))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)

    def locked(*_args, **_kwargs):
        from wsparcie_desktop.errors import StoreError

        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(processes, "save_process", locked)
    dialog.accept()
    assert dialog.isVisible() and seen == []
    assert (dialog.name.text(), dialog.started_on.date()) == ("Proces doradczy 2026", QDate(1999, 1, 1))
    assert dialog.form.general_error.text() == "Plik danych jest chwilowo zajęty."
