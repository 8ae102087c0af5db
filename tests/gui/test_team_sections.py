"""The education team and the stakeholders driven like a user: the person dialog, the list, the store.

Message boxes are patched (they would block); everything else is real widgets in the main window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow
from wsparcie_desktop.services import people
from wsparcie_desktop.services.people import PersonData

NAME, ROLE, POSITION, INSTITUTION, EMAIL = range(5)


@pytest.fixture
def window(qtbot, db, jst_id) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """The questions asked; each is answered with ``questions.answer`` (Yes unless a test says otherwise)."""

    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    asked = Asked()
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a: asked.append(text) or asked.answer)
    return asked


def open_section(window: MainWindow, key: str):
    window.show_section(key)
    section = window.current_section()
    assert section.key == key
    return section


def rows(section) -> list[list[str]]:
    table = section.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def shown_dialog(section) -> PersonDialog:
    """The person dialog on screen (a closed one lingers until Qt deletes it)."""
    [dialog] = [d for d in section.findChildren(PersonDialog) if d.isVisible()]
    return dialog


def click_ok(qtbot, dialog: PersonDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select_row(qtbot, section, row: int) -> None:
    rect = section.table.visualItemRect(section.table.item(row, NAME))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_person(qtbot, section, type_text, name: str, role: str, **fields: str) -> PersonDialog:
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(section)
    type_text(dialog.full_name, name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    for field, text in fields.items():
        type_text(getattr(dialog, field), text)
    return dialog


def test_a_person_added_edited_and_deleted_in_the_education_team(qtbot, window, db, jst_id, type_text, questions):
    section = open_section(window, "team_education")
    assert section.table.rowCount() == 0 and section.empty.isVisible()
    assert not section.edit_button.isEnabled() and not section.delete_button.isEnabled()

    dialog = add_person(qtbot, section, type_text, "Grażyna Łęcka", "naczelnik_oswiaty",
                        position="Naczelnik Wydziału Oświaty", email="g.lecka@zalesie.pl")  # fmt: skip
    click_ok(qtbot, dialog)
    [stored] = people.list_people(db, jst_id, "education")
    assert (stored.full_name, stored.role_code, stored.position, stored.email) == (
        "Grażyna Łęcka", "naczelnik_oswiaty", "Naczelnik Wydziału Oświaty", "g.lecka@zalesie.pl")  # fmt: skip
    assert not dialog.isVisible()
    assert rows(section)[0][:3] == ["Grażyna Łęcka", "naczelnik / inspektor ds. oświaty", "Naczelnik Wydziału Oświaty"]
    assert section.selected_id() == stored.id, "the person just saved stays selected"
    assert not section.empty.isVisible() and section.edit_button.isEnabled()

    qtbot.mouseClick(section.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(section)
    assert dialog.windowTitle() == "Edit person" and dialog.full_name.text() == "Grażyna Łęcka"
    dialog.position.selectAll()
    type_text(dialog.position, "Inspektor ds. oświaty")
    click_ok(qtbot, dialog)
    assert people.get_person(db, stored.id).position == "Inspektor ds. oświaty"
    assert rows(section)[0][POSITION] == "Inspektor ds. oświaty" and section.table.rowCount() == 1

    questions.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert questions == ["Delete Grażyna Łęcka from the team?"]
    assert len(people.list_people(db, jst_id)) == 1 and section.table.rowCount() == 1  # "No" deletes nothing
    questions.answer = QMessageBox.StandardButton.Yes
    select_row(qtbot, section, 0)
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert people.list_people(db, jst_id) == []
    assert section.table.rowCount() == 0 and section.empty.isVisible()


def test_a_refused_person_stays_in_the_dialog_with_everything_typed(qtbot, window, db, jst_id, type_text):
    section = open_section(window, "team_education")
    dialog = add_person(qtbot, section, type_text, "Zdzisław Żak", "skarbnik", position="Skarbnik Gminy",
                        email="zdzisław@", phone="22 123 45 67")  # fmt: skip
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "adres e-mail" in dialog.form.error_text("email")
    typed = [dialog.full_name.text(), dialog.role.currentData(), dialog.position.text(), dialog.email.text(),
             dialog.phone.text()]  # fmt: skip
    assert typed == ["Zdzisław Żak", "skarbnik", "Skarbnik Gminy", "zdzisław@", "22 123 45 67"]
    assert people.list_people(db, jst_id) == [] and section.table.rowCount() == 0

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "z.zak@zalesie.pl")
    click_ok(qtbot, dialog)
    [stored] = people.list_people(db, jst_id)
    assert (stored.full_name, stored.position, stored.phone) == ("Zdzisław Żak", "Skarbnik Gminy", "22 123 45 67")
    assert rows(section)[0][EMAIL] == "z.zak@zalesie.pl"


def test_a_person_without_a_role_is_refused_under_the_role(qtbot, window, db, jst_id, type_text):
    section = open_section(window, "stakeholders")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(section)
    type_text(dialog.full_name, "Anna Nowak")
    dialog.role.setCurrentIndex(-1)
    click_ok(qtbot, dialog)
    assert dialog.form.error_text("role_code") == "Wybierz rolę w zespole."
    assert dialog.full_name.text() == "Anna Nowak" and people.list_people(db, jst_id) == []


def test_esc_after_typing_asks_to_save_and_discard_stores_nothing(qtbot, window, db, jst_id, type_text, questions):
    section = open_section(window, "team_education")
    dialog = add_person(qtbot, section, type_text, "Piotr Sęk", "analityk")
    questions.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == ["Save the changes?"] and dialog.isVisible() and dialog.full_name.text() == "Piotr Sęk"
    questions.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and people.list_people(db, jst_id) == []
    questions.answer = QMessageBox.StandardButton.Save
    dialog = add_person(qtbot, section, type_text, "Piotr Sęk", "analityk")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert [p.full_name for p in people.list_people(db, jst_id, "education")] == ["Piotr Sęk"]
    assert rows(section)[0][NAME] == "Piotr Sęk"


def test_a_stakeholders_institution_is_stored_and_listed_in_its_own_team(qtbot, window, db, jst_id, type_text):
    people.save_person(db, jst_id, PersonData(full_name="Jan Wójcik", role_code="skarbnik"))
    section = open_section(window, "stakeholders")
    assert section.table.rowCount() == 0, "the education team's people are not stakeholders"
    dialog = add_person(qtbot, section, type_text, "Ewa Mazur", "placowka_wsparcia", position="Psycholog",
                        institution="Poradnia Psychologiczno-Pedagogiczna w Zalesiu")  # fmt: skip
    click_ok(qtbot, dialog)
    [stored] = people.list_people(db, jst_id, "stakeholder")
    assert stored.institution == "Poradnia Psychologiczno-Pedagogiczna w Zalesiu"
    assert rows(section) == [["Ewa Mazur", "przedstawiciel ODN, PPP lub BP", "Psycholog",
                              "Poradnia Psychologiczno-Pedagogiczna w Zalesiu", "", ""]]  # fmt: skip

    qtbot.mouseClick(section.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(section)
    assert dialog.institution.text() == "Poradnia Psychologiczno-Pedagogiczna w Zalesiu"
    dialog.institution.selectAll()
    type_text(dialog.institution, "Ośrodek Doskonalenia Nauczycieli w Siedlcach")
    click_ok(qtbot, dialog)
    assert people.get_person(db, stored.id).institution == "Ośrodek Doskonalenia Nauczycieli w Siedlcach"
    assert rows(section)[0][INSTITUTION] == "Ośrodek Doskonalenia Nauczycieli w Siedlcach"
    education = open_section(window, "team_education")
    assert [r[NAME] for r in rows(education)] == ["Jan Wójcik"]


def test_the_team_lists_follow_a_person_saved_by_another_screen(qtbot, window, db, jst_id):
    education = open_section(window, "team_education")
    other = window.sections[[s.key for s in window.sections].index("team_advisory")]  # another screen asks
    change = window.ctx.run(other, people.save_person, jst_id, PersonData(full_name="Maria Kos", role_code="sekretarz"))
    assert [r[NAME] for r in rows(education)] == ["Maria Kos"], "the list on screen follows at once"
    window.ctx.run(other, people.save_person, jst_id, PersonData(full_name="Adam Lis", role_code="radny"))
    stakeholders = open_section(window, "stakeholders")
    assert [r[NAME] for r in rows(stakeholders)] == ["Adam Lis"], "a hidden list reads again when shown"

    person = people.get_person(db, change.id)
    person.position = "Sekretarz Gminy"
    window.ctx.run(other, people.save_person, jst_id, person)
    education = open_section(window, "team_education")
    assert rows(education) == [["Maria Kos", "sekretarz gminy / powiatu", "Sekretarz Gminy", "", "", ""]]
    window.ctx.run(other, people.delete_person, change.id)
    assert education.table.rowCount() == 0 and education.empty.isVisible()


def test_a_person_of_another_local_government_does_not_reach_the_list(qtbot, window, db, jst_id):
    from wsparcie_desktop.services import jst as jst_service

    other_jst = jst_service.create_jst(db, "Gmina Druga", "gmina_miejska").id
    window.reload_jst_list(select_id=jst_id)
    education = open_section(window, "team_education")
    window.ctx.run(None, people.save_person, other_jst, PersonData(full_name="Z Innej Gminy", role_code="skarbnik"))
    assert education.table.rowCount() == 0
    window.select_jst(other_jst)
    assert [r[NAME] for r in rows(education)] == ["Z Innej Gminy"]


def test_every_name_and_role_fits_its_column_on_one_line(qtbot, window, db, jst_id):
    from PySide6.QtGui import QFontMetricsF

    names = ["Anna Żółkiewska-Wiśniewska", "Jan Ił", "Małgorzata Brzęczyszczykiewicz"]
    for name in names:
        people.save_person(db, jst_id, PersonData(full_name=name, role_code="sekretarz", position="Sekretarz Gminy"))
    education = open_section(window, "team_education")
    qtbot.waitExposed(education.table)
    table, metrics = education.table, QFontMetricsF(education.table.font())
    for column in range(table.columnCount() - 1):  # the last one stretches over the room left
        widest = max(metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount()))
        assert table.columnWidth(column) >= widest, f"column {column} cuts its widest text"
    assert table.columnWidth(NAME) < metrics.horizontalAdvance(names[-1]) + 40, "no wider than the name needs"
