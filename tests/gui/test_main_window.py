"""The main window driven like a user: typing, clicking, restarting on the same file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.new_jst_dialog import NewJstDialog
from ui.main_window import MainWindow
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import people


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_create_jst_by_typing_restart_and_see_it_back(qtbot, qapp, db_path, type_text):
    db = open_store(db_path)
    window = open_window(qtbot, db)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewJstDialog)
    type_text(dialog.name, "Gmina Łąkowa Wola")
    dialog.kind.setCurrentIndex(dialog.kind.findText("gmina wiejska"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    profile = window.sections[[s.key for s in window.sections].index("profile")]
    assert window.current_section() is profile
    teryt = profile.edits["teryt"]
    teryt.setFocus()
    qtbot.keyClicks(teryt, "1434062")
    qtbot.keyClick(teryt, Qt.Key.Key_Return)
    city = profile.edits["city"]
    city.setFocus()
    type_text(city, "Łąkowa Wola")
    qtbot.keyClick(city, Qt.Key.Key_Tab)
    window.close()
    window.close_store()

    db2 = open_store(db_path)
    window2 = open_window(qtbot, db2)
    assert window2.jst_list.count() == 1
    assert window2.jst_list.item(0).text().startswith("Gmina Łąkowa Wola")
    stored = jst_service.get_profile(db2, window2.current_jst_id())
    assert (stored.teryt, stored.city, stored.kind_code) == ("1434062", "Łąkowa Wola", "gmina_wiejska")
    window2.close_store()


def test_wrong_teryt_shows_message_next_to_the_field_and_stores_nothing(qtbot, db, jst_id):
    window = open_window(qtbot, db)
    window.show_section("profile")
    profile = window.current_section()
    teryt = profile.edits["teryt"]
    teryt.selectAll()
    teryt.setFocus()
    qtbot.keyClicks(teryt, "1434051")
    qtbot.keyClick(teryt, Qt.Key.Key_Return)
    message = profile.form.error_text("teryt")
    assert "powinna to być 2" in message
    assert profile.findChild(type(profile.form.general_error), "error_teryt").isVisible()
    assert jst_service.get_profile(db, jst_id).teryt == "1434052"


def test_deleting_asks_first_and_says_what_goes(qtbot, db, jst_id, monkeypatch):
    people.save_person(db, jst_id, people.PersonData(full_name="Anna Nowak", role_code="skarbnik"))
    window = open_window(qtbot, db)
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or next(answers))
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert "1 osoba z zespołów" in asked[0]
    assert jst_service.list_jst(db) != []
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert jst_service.list_jst(db) == []
    assert window.jst_list.count() == 0
    assert window.stack.currentWidget() is window.welcome


def test_add_person_to_the_advisory_team(qtbot, db, jst_id, type_text):
    from ui.dialogs.person_dialog import PersonDialog

    window = open_window(qtbot, db)
    window.show_section("team_advisory")
    section = window.current_section()

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(PersonDialog)
    type_text(dialog.full_name, "Ewa Szczepańska")
    dialog.role.setCurrentIndex(dialog.role.findData("doradca_samorzad"))
    type_text(dialog.email, "zły-adres")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert "adres e-mail" in dialog.form.error_text("email")
    assert people.list_people(db, jst_id, "advisory") == []
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ewa@doradcy.pl")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    stored = people.list_people(db, jst_id, "advisory")
    assert [(p.full_name, p.role_name, p.email) for p in stored] == [
        ("Ewa Szczepańska", "doradca z doświadczeniem samorządowym", "ewa@doradcy.pl")
    ]
    assert section.table.rowCount() == 1


@pytest.mark.parametrize("key", ["dashboard", "profile", "team_education", "team_advisory", "stakeholders"])
def test_every_section_shows_for_the_demo(qtbot, demo_db, key):
    db, _demo = demo_db
    window = open_window(qtbot, db)
    window.show_section(key)
    assert window.current_section().key == key


def test_profile_typed_for_one_jst_never_lands_in_another(qtbot, db, jst_id, type_text):
    other = jst_service.create_jst(db, "Gmina Druga", "gmina_miejska").id
    window = open_window(qtbot, db)
    window.reload_jst_list(select_id=jst_id)
    window.show_section("profile")
    profile = window.current_section()
    city = profile.edits["city"]
    city.selectAll()
    type_text(city, "Nowe Zalesie")
    window.reload_jst_list(select_id=other)  # the user picks another JST while the field is still being typed
    window.close()
    assert jst_service.get_profile(db, other).city == ""
    assert jst_service.get_profile(db, other).name == "Gmina Druga"
    assert jst_service.get_profile(db, jst_id).name == "Gmina Zalesie"


def test_rename_keeps_a_refused_name_in_the_dialog_and_every_screen_follows_the_new_one(qtbot, db, jst_id, type_text):
    from ui.dialogs.new_jst_dialog import RenameJstDialog

    other = jst_service.create_jst(db, "Gmina Druga", "gmina_miejska").id
    window = open_window(qtbot, db)
    window.reload_jst_list(select_id=jst_id)
    window.show_section("profile")
    profile = window.current_section()
    qtbot.mouseClick(window.rename_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RenameJstDialog)
    assert dialog.isVisible() and dialog.name.text() == "Gmina Zalesie"
    dialog.name.clear()
    type_text(dialog.name, "   ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Nazwa" in dialog.form.error_text("name")
    assert dialog.name.text() == "   " and jst_service.get_profile(db, jst_id).name == "Gmina Zalesie"

    dialog.name.clear()
    type_text(dialog.name, "Gmina Zalesie Duże")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible() and jst_service.get_profile(db, jst_id).name == "Gmina Zalesie Duże"
    names = [window.jst_list.item(r).text().split("\n")[0] for r in range(window.jst_list.count())]
    assert names == ["Gmina Druga", "Gmina Zalesie Duże"], "the list follows, in order"
    assert window.current_jst_id() == jst_id, "and keeps the JST chosen"
    assert profile.edits["name"].text() == "Gmina Zalesie Duże"
    window.show_section("dashboard")
    assert "Gmina Zalesie Duże" in window.current_section().heading.text()
    assert jst_service.get_profile(db, other).name == "Gmina Druga"


def test_a_name_changed_in_the_profile_shows_in_the_list(qtbot, db, jst_id, type_text):
    window = open_window(qtbot, db)
    window.show_section("profile")
    profile = window.current_section()
    name = profile.edits["name"]
    name.setFocus()
    name.selectAll()
    type_text(name, "Gmina Zalesie Małe")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.jst_list.item(0).text().startswith("Gmina Zalesie Małe\n")
    assert window.current_section() is profile and profile.saved_label.text() == "Saved."


def test_a_refused_new_jst_keeps_what_was_typed(qtbot, db, jst_id, type_text):
    window = open_window(qtbot, db)
    dialog = window.add_jst()
    qtbot.waitExposed(dialog)
    too_long = "Gmina Zalesie Nowe " + "i Okolice " * 19  # 209 characters
    type_text(dialog.name, too_long)
    dialog.kind.setCurrentIndex(dialog.kind.findText("gmina miejska"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form.error_text("name") == "Nazwa może mieć najwyżej 200 znaków."
    assert dialog.name.text() == too_long and dialog.kind.currentText() == "gmina miejska"
    assert len(jst_service.list_jst(db)) == 1
    dialog.name.setCursorPosition(len(too_long))
    for _ in range(len(too_long) - len("Gmina Zalesie Nowe")):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [row.name for row in jst_service.list_jst(db)] == ["Gmina Zalesie", "Gmina Zalesie Nowe"]
    assert jst_service.get_profile(db, window.current_jst_id()).kind_code == "gmina_miejska"
    assert window.jst_list.currentItem().text().startswith("Gmina Zalesie Nowe\n")
    profile = window.current_section()
    assert profile.key == "profile" and profile.edits["name"].text() == "Gmina Zalesie Nowe"


def test_a_jst_another_screen_deletes_leaves_the_list_and_its_sections(qtbot, db, jst_id):
    other = jst_service.create_jst(db, "Gmina Druga", "gmina_miejska").id
    window = open_window(qtbot, db)
    window.reload_jst_list(select_id=other)
    window.show_section("profile")
    window.ctx.run(None, jst_service.delete_jst, other)
    assert window.jst_list.count() == 1 and window.current_jst_id() == jst_id
    assert window.current_section().edits["name"].text() == "Gmina Zalesie"
    window.ctx.run(None, jst_service.delete_jst, jst_id)
    assert window.jst_list.count() == 0 and window.stack.currentWidget() is window.welcome
    window.close()  # nothing left to save the profile into: closing asks nothing and saves nothing
    assert jst_service.list_jst(db) == []


def test_the_data_file_stays_in_the_status_line_after_a_passing_message(qtbot, db):
    window = open_window(qtbot, db)
    assert str(db.file) in window.store_label.text() and window.store_label.isVisible()
    window.statusBar().showMessage("Podpowiedź menu")  # what hovering a menu does
    window.statusBar().clearMessage()
    assert window.store_label.isVisible() and str(db.file) in window.store_label.text()
