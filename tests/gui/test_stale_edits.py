"""A form saved after another program changed its record: the message, the current data, what was typed.

The other program is a second ``Database`` on the same file; the message box is patched, so the tests see
exactly what the user would read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.diagnosis_support import make_process
from tests.hdr_support import PERIOD, stage2
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.data_task_dialog import DataTaskDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.school_dialog import SchoolDialog
from ui.models.activities_model import NAME, ActivitiesModel
from ui.sections.hdr import HdrSection
from ui.sections.profile import ProfileSection
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services import data_tasks, hdr, people, schools
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services.data_tasks import DataTaskData
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.people import PersonData
from wsparcie_desktop.services.schools import SchoolData

STALE = "Te dane zmieniły się w międzyczasie (w innym oknie lub programie)."


def test_the_profile_saved_after_another_program_changed_the_city_shows_the_new_city(
    qtbot, ctx, jst_id, other, warnings
):
    section = ProfileSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    assert section.edits["city"].text() == "Zalesie"

    profile = jst_service.get_profile(other, jst_id)  # the other program, on its own copy of the form
    profile.city = "Nowe Zalesie"
    jst_service.save_profile(other, profile)

    section.edits["phone"].setText("22 123 45 67")
    section.edits["phone"].editingFinished.emit()

    assert len(warnings) == 1 and warnings[0].startswith(STALE)
    assert "Phone: 22 123 45 67" in warnings[0], "what was typed is listed, to be typed again"
    assert section.edits["city"].text() == "Nowe Zalesie"
    assert section.edits["phone"].text() == ""
    assert "changed elsewhere" in section.saved_label.text()
    stored = jst_service.get_profile(ctx.db, jst_id)
    assert (stored.city, stored.phone) == ("Nowe Zalesie", "")

    section.edits["phone"].setText("22 123 45 67")  # typed again over the current data: stored
    section.edits["phone"].editingFinished.emit()
    assert len(warnings) == 1
    stored = jst_service.get_profile(other, jst_id)
    assert (stored.city, stored.phone) == ("Nowe Zalesie", "22 123 45 67")


def test_a_coat_of_arms_chosen_in_the_profile_does_not_make_the_next_field_stale(qtbot, ctx, jst_id, warnings):
    section = ProfileSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    assert section.load_arms_file(resource("demo", "herb_zalesie.png"))
    section.edits["phone"].setText("22 123 45 67")
    section.edits["phone"].editingFinished.emit()
    assert warnings == []
    assert jst_service.get_profile(ctx.db, jst_id).phone == "22 123 45 67"


def test_a_person_changed_elsewhere_is_reloaded_in_the_open_dialog(qtbot, ctx, jst_id, other, warnings):
    person_id = people.save_person(ctx.db, jst_id, PersonData(full_name="Anna Nowak", role_code="naczelnik_oswiaty")).id
    dialog = PersonDialog(ctx, jst_id, "education", people.get_person(ctx.db, person_id))
    qtbot.addWidget(dialog)
    changed = people.get_person(other, person_id)
    changed.position = "Naczelnik Wydziału Oświaty"
    people.save_person(other, jst_id, changed)

    dialog.phone.setText("600 100 200")
    dialog.accept()

    assert len(warnings) == 1 and warnings[0].startswith(STALE) and "Phone: 600 100 200" in warnings[0]
    assert dialog.result() == 0, "the dialog stays open"
    assert (dialog.position.text(), dialog.phone.text()) == ("Naczelnik Wydziału Oświaty", "")
    dialog.phone.setText("600 100 200")
    dialog.accept()
    stored = people.get_person(ctx.db, person_id)
    assert (stored.position, stored.phone) == ("Naczelnik Wydziału Oświaty", "600 100 200")


def test_a_school_changed_elsewhere_is_reloaded_in_the_open_form(qtbot, ctx, jst_id, other, warnings):
    school_id = schools.save_school(ctx.db, jst_id, SchoolData(name="Szkoła Podstawowa w Zalesiu", pupils=240)).id
    dialog = SchoolDialog(ctx, jst_id, schools.get_school(ctx.db, school_id))
    qtbot.addWidget(dialog)
    changed = schools.get_school(other, school_id)
    changed.director = "Maria Król"
    schools.save_school(other, jst_id, changed)

    dialog.pupils.setText("251")
    dialog.accept()

    assert len(warnings) == 1 and warnings[0].startswith(STALE)
    assert "Number of pupils: 251" in warnings[0] and "Director" not in warnings[0]
    assert (dialog.director.text(), dialog.pupils.text()) == ("Maria Król", "240")
    assert schools.get_school(ctx.db, school_id).pupils == 240


@pytest.fixture
def activity(db, jst_id):
    plan = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, plan.process_id, HdrData(period_start=PERIOD[0], period_end=PERIOD[1])).id
    activity_id = hdr.save_activity(db, hdr_id, ActivityData(
        name="Szkolenie dyrektorów", starts_on=dt.date(2026, 10, 1), ends_on=dt.date(2026, 10, 31),
    )).id  # fmt: skip
    return plan.process_id, hdr_id, activity_id


def rename_elsewhere(other, hdr_id: int, activity_id: int, name: str) -> None:
    changed = hdr.get_activity(other, activity_id)
    changed.name = name
    hdr.save_activity(other, hdr_id, changed)


def test_an_hdr_cell_edited_after_another_program_changed_the_activity_shows_the_stored_row(
    qtbot, ctx, db, other, activity
):
    process_id, hdr_id, activity_id = activity
    model = ActivitiesModel(ctx)
    model.set_plan(hdr.load_plan(db, process_id))
    failures, stale = [], []
    model.save_failed.connect(lambda message, row, column: failures.append(message))
    model.stale.connect(stale.append)
    rename_elsewhere(other, hdr_id, activity_id, "Szkolenie dyrektorów szkół")

    assert model.setData(model.index(0, NAME), "Szkolenie rad pedagogicznych") is False

    assert len(failures) == 1 and failures[0].startswith(STALE) and "Szkolenie rad pedagogicznych" in failures[0]
    assert stale == [activity_id]
    assert model.index(0, NAME).data() == "Szkolenie dyrektorów szkół"
    assert hdr.get_activity(db, activity_id).name == "Szkolenie dyrektorów szkół"
    assert model.setData(model.index(0, NAME), "Szkolenie rad pedagogicznych") is True  # now on the current row
    assert model.setData(model.index(0, NAME), "Szkolenie rad pedagogicznych i dyrektorów") is True  # and again
    assert hdr.get_activity(db, activity_id).name == "Szkolenie rad pedagogicznych i dyrektorów"


def test_the_hdr_screen_reloads_after_a_stale_cell_and_keeps_the_message(qtbot, ctx, jst_id, other, activity):
    _process_id, hdr_id, activity_id = activity
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    rename_elsewhere(other, hdr_id, activity_id, "Szkolenie dyrektorów szkół")
    section.proxy.setData(section.proxy.index(0, NAME), "Szkolenie rad pedagogicznych")
    qtbot.waitUntil(lambda: section.table_error.isVisible())
    assert section.table_error.text().startswith(STALE)
    assert section.proxy.index(0, NAME).data() == "Szkolenie dyrektorów szkół"


def test_the_hdr_period_saved_after_another_program_changed_it_shows_the_stored_period(
    qtbot, ctx, jst_id, other, activity
):
    process_id, _hdr_id, _activity_id = activity
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    changed = hdr.get_hdr(other, process_id)
    changed.period_end = dt.date(2027, 6, 30)
    hdr.save_hdr(other, process_id, changed)

    section.settings.period_start.setDate(dt.date(2026, 9, 15))
    section.settings.period_start.editingFinished.emit()

    assert section.settings.error.text().startswith(STALE)
    assert section.settings.period_end.date().toPython() == dt.date(2027, 6, 30)
    assert section.settings.period_start.date().toPython() == PERIOD[0]
    assert hdr.get_hdr(ctx.db, process_id).period_start == PERIOD[0]
    section.settings.period_start.setDate(dt.date(2026, 9, 15))  # once more, over the current data: stored
    section.settings.period_start.editingFinished.emit()
    qtbot.waitUntil(lambda: hdr.get_hdr(ctx.db, process_id).period_start == dt.date(2026, 9, 15))
    assert hdr.get_hdr(ctx.db, process_id).period_end == dt.date(2027, 6, 30)


def test_an_activity_dialog_saved_after_another_program_changed_it_reloads(qtbot, ctx, db, other, activity, warnings):
    process_id, hdr_id, activity_id = activity
    plan = hdr.load_plan(db, process_id)
    dialog = ActivityDialog(ctx, plan, plan.activity(activity_id))
    qtbot.addWidget(dialog)
    rename_elsewhere(other, hdr_id, activity_id, "Szkolenie dyrektorów szkół")

    dialog.description.setPlainText("Dwa dni warsztatów")
    dialog.accept()  # Save

    assert len(warnings) == 1 and warnings[0].startswith(STALE) and "Description: Dwa dni warsztatów" in warnings[0]
    assert dialog.saved_id is None and dialog.name.text() == "Szkolenie dyrektorów szkół"
    assert dialog.description.toPlainText() == ""
    dialog.description.setPlainText("Dwa dni warsztatów")
    dialog.accept()
    stored = hdr.get_activity(db, activity_id)
    assert (stored.name, stored.description) == ("Szkolenie dyrektorów szkół", "Dwa dni warsztatów")


def test_a_data_task_changed_elsewhere_is_reloaded_in_the_open_dialog(qtbot, ctx, jst_id, other, warnings):
    process_id = make_process(ctx.db, jst_id)
    task_id = data_tasks.save_task(
        ctx.db, process_id, DataTaskData(what="Wyniki egzaminu ósmoklasisty", source="cke")
    ).id
    dialog = DataTaskDialog(ctx, jst_id, process_id, data_tasks.get_task(ctx.db, task_id))
    qtbot.addWidget(dialog)
    changed = data_tasks.get_task(other, task_id)
    changed.status = "done"
    data_tasks.save_task(other, process_id, changed)

    dialog.findings.setPlainText("Matematyka poniżej średniej powiatu")
    assert dialog.store() is False

    assert len(warnings) == 1 and warnings[0].startswith(STALE) and "Findings: Matematyka" in warnings[0]
    assert dialog.status.currentData() == "done" and dialog.findings.toPlainText() == ""
    dialog.findings.setPlainText("Matematyka poniżej średniej powiatu")
    assert dialog.store() is True
    assert dialog.store() is True, "a second save names the version the first one left"
    stored = data_tasks.get_task(ctx.db, task_id)
    assert (stored.status, stored.findings) == ("done", "Matematyka poniżej średniej powiatu")
