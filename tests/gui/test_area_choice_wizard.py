"""The wizard "Wybór obszaru" driven like a user would: keys on the sheet, closing half-way, the choice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from ui.wizards import area_choice_wizard as wz
from ui.wizards.area_choice import rating_page
from ui.wizards.area_choice.choice_row import NOTHING
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services import people, processes
from wsparcie_desktop.services.people import PersonData
from wsparcie_desktop.services.processes import ProcessData


@pytest.fixture
def process_id(db, jst_id) -> int:
    return processes.save_process(db, jst_id, ProcessData("Proces doradczy 2026", dt.date(2026, 2, 2))).id


@pytest.fixture
def areas(db) -> dict[int, ac.AreaInfo]:
    return {a.number: a for a in ac.load_areas(db)}


def open_wizard(qtbot, ctx, jst_id, process_id) -> wz.AreaChoiceWizard:
    wizard = wz.AreaChoiceWizard(ctx, jst_id, process_id)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):  # shortcuts (PgDown, Ctrl+Enter) act in the active window only
        wizard.show()
        wizard.activateWindow()
    return wizard


def press(qtbot, wizard, *keys) -> None:
    """Keys go to whatever has the focus, exactly as typed at the conference table."""
    for key in keys:
        qtbot.keyClick(wizard.focusWidget(), key)


def test_respondents_added_from_the_team_and_by_name_with_enter(qtbot, ctx, db, jst_id, process_id):
    wojt = people.save_person(db, jst_id, PersonData(full_name="Andrzej Kowalczyk", role_code="decydent",
                                                     position="Wójt Gminy Zalesie")).id  # fmt: skip
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == wz.RESPONDENTS

    wizard.next()  # nobody yet: the page says why and stays
    assert wizard.currentId() == wz.RESPONDENTS
    assert "co najmniej" in page.error.text() or "at least" in page.error.text()

    page.team.setCurrentIndex(page.team.findData(wojt))
    qtbot.mouseClick(page.add_team_button, Qt.MouseButton.LeftButton)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Anna Nowak")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert wizard.currentId() == wz.RESPONDENTS  # Enter added the name, it did not leave the page
    assert page.name.text() == ""
    qtbot.keyClicks(page.name, "Anna Nowak")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # the same name twice: refused under the field
    assert "już na liście" in page.form.error_text("full_name")

    listed = ac.list_respondents(db, process_id)
    assert [(r.full_name, r.person_id) for r in listed] == [("Andrzej Kowalczyk", wojt), ("Anna Nowak", None)]
    assert page.team.findData(wojt) == -1  # no one is offered twice


def test_sheet_filled_by_keyboard_only(qtbot, ctx, db, jst_id, process_id, areas):
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == wz.RATING
    assert page.respondent_id == anna and page.current_area.number == 1
    assert wizard.focusWidget() is page.rows[0]

    K = Qt.Key
    # Area 1: five statements, importance, influence; each key stores and moves on.
    press(qtbot, wizard, K.Key_3, K.Key_2, K.Key_N, K.Key_4, K.Key_1, K.Key_3, K.Key_T)
    assert wizard.focusWidget() is page.next_button
    press(qtbot, wizard, K.Key_PageDown)
    assert page.current_area.number == 2
    # Area 2: 0 is "nie wiem" too; Up goes back to correct an answer, Delete takes one back.
    press(qtbot, wizard, K.Key_1, K.Key_1, K.Key_0, K.Key_2, K.Key_2, K.Key_Up, K.Key_4)
    press(qtbot, wizard, K.Key_Up, K.Key_Up, K.Key_Delete)
    page.importance_row.setFocus()
    press(qtbot, wizard, K.Key_2, K.Key_C)
    press(qtbot, wizard, K.Key_PageUp)
    assert page.current_area.number == 1
    assert [row.value() for row in page.rows] == [3, 2, None, 4, 1]

    one, two = areas[1], areas[2]
    sheet = ac.area_sheet(db, anna, one.id)
    assert [sheet.ratings[s.id] for s in one.statements] == [3, 2, None, 4, 1]
    assert (sheet.importance, sheet.influence) == (3, "yes")
    sheet = ac.area_sheet(db, anna, two.id)
    ids = [s.id for s in two.statements]
    assert sheet.ratings == {ids[0]: 1, ids[1]: 1, ids[2]: None, ids[4]: 4}  # the fourth was taken back
    assert (sheet.importance, sheet.influence) == (2, "partly")
    assert ac.area_sheet(db, jan, one.id).ratings == {}  # the other respondent's sheet is untouched


def test_respondent_switched_by_keyboard_keeps_the_area(qtbot, ctx, db, jst_id, process_id, areas):
    ac.add_respondent(db, process_id, "Anna Nowak")
    jan = ac.add_respondent(db, process_id, "Jan Wojcik").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, area_number=6))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    assert wizard.focusWidget() is page.respondent
    press(qtbot, wizard, Qt.Key.Key_Down)  # the next person, the same area; the focus stays in the list
    assert page.respondent_id == jan and page.current_area.number == 6
    assert wizard.focusWidget() is page.respondent
    press(qtbot, wizard, Qt.Key.Key_Return)  # to the sheet, not to the next page of the wizard
    assert wizard.currentId() == wz.RATING
    assert wizard.focusWidget() is page.rows[0]
    press(qtbot, wizard, Qt.Key.Key_4)
    assert ac.area_sheet(db, jan, areas[6].id).ratings == {areas[6].statements[0].id: 4}


def test_page_down_after_the_last_area_goes_to_the_next_respondent(qtbot, ctx, db, jst_id, process_id):
    ac.add_respondent(db, process_id, "Anna Nowak")
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, area_number=12))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    assert page.current_area.number == 12
    page.rows[0].setFocus()
    press(qtbot, wizard, Qt.Key.Key_PageDown)
    assert page.respondent_id == jan and page.current_area.number == 1


def test_closing_half_way_and_reopening_lands_on_the_same_sheet(qtbot, ctx, db, jst_id, process_id, areas):
    ac.add_respondent(db, process_id, "Anna Nowak")
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    page.respondent.setCurrentIndex(page.respondent.findData(jan))
    page.area.setCurrentIndex(4)  # area 5
    page.rows[0].setFocus()
    press(qtbot, wizard, Qt.Key.Key_2, Qt.Key.Key_3)
    wizard.close()  # the window's × (or Esc, or "Zamknij")
    assert not wizard.isVisible()

    again = open_wizard(qtbot, ctx, jst_id, process_id)
    page = again.currentPage()
    assert again.currentId() == wz.RATING
    assert page.respondent_id == jan
    assert page.current_area.number == 5
    assert [row.value() for row in page.rows] == [2, 3, NOTHING, NOTHING, NOTHING]
    assert again.focusWidget() is page.rows[2]  # the statement that was next
    statement_ids = [s.id for s in areas[5].statements]
    assert ac.area_sheet(db, jan, areas[5].id).ratings == {statement_ids[0]: 2, statement_ids[1]: 3}


def fill(db, respondent_id, area, rating, importance=3, influence="yes"):
    for statement in area.statements:
        ac.set_answer(db, respondent_id, statement.id, rating)
    ac.set_area_rating(db, respondent_id, area.id, importance=importance, influence=influence)


def test_choosing_other_than_the_top_area_needs_a_justification(qtbot, ctx, db, jst_id, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)  # top
    fill(db, rid, areas[4], 2)
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RESULTS))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    results = wizard.currentPage()
    assert results.table.item(0, 1).text().startswith("8. ")
    assert "Remisy" in results.tie_rule.text() and results.tie_rule.isVisible()  # in view, not in the box
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == wz.CHOICE
    assert page.picked_area_id() == areas[8].id  # the top one is offered first
    page.areas.setCurrentRow(1)
    assert page.picked_area_id() == areas[4].id
    page.justification.clear()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert "napisz, dlaczego" in page.error_text("justification")
    assert ac.stage_state(db, process_id).chosen_area_id is None

    page.justification.setFocus()
    qtbot.keyClicks(page.justification, "Budzet 2027 trzeba zaplanowac inaczej.")  # QTest types ASCII only
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    state = ac.stage_state(db, process_id)
    assert state.chosen_area_id == areas[4].id
    assert state.justification == "Budzet 2027 trzeba zaplanowac inaczej."


def test_justification_typed_then_closed_is_kept(qtbot, ctx, db, jst_id, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.CHOICE))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.justification.setFocus()
    qtbot.keyClicks(page.justification, "Szkoly czekaja na plan doskonalenia.")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert ac.stage_state(db, process_id).justification == "Szkoly czekaja na plan doskonalenia."
    again = open_wizard(qtbot, ctx, jst_id, process_id)
    assert again.currentPage().justification.toPlainText() == "Szkoly czekaja na plan doskonalenia."


@pytest.mark.parametrize("decision", [rating_page.REOPEN, rating_page.KEEP, rating_page.CANCEL])
def test_changing_an_answer_after_the_choice_asks_first(qtbot, ctx, db, jst_id, process_id, areas, monkeypatch,
                                                        decision):  # fmt: skip
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[1], 1)
    ac.choose_area(db, process_id, areas[1].id, "")
    asked = []
    monkeypatch.setattr(rating_page, "ask_reopen", lambda parent: asked.append(parent) or decision)
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, respondent_id=rid, area_number=1))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.rows[0].setFocus()
    press(qtbot, wizard, Qt.Key.Key_4)
    assert len(asked) == 1
    state = ac.stage_state(db, process_id)
    first = areas[1].statements[0].id
    if decision == rating_page.REOPEN:
        assert state.chosen_area_id is None and ac.area_sheet(db, rid, areas[1].id).ratings[first] == 4
    elif decision == rating_page.KEEP:
        assert state.chosen_area_id == areas[1].id and state.outdated
        assert ac.area_sheet(db, rid, areas[1].id).ratings[first] == 4
        press(qtbot, wizard, Qt.Key.Key_4)  # already marked as resting on older answers: no second question
        assert len(asked) == 1
    else:
        assert state.chosen_area_id == areas[1].id and not state.outdated
        assert ac.area_sheet(db, rid, areas[1].id).ratings[first] == 1
        assert page.rows[0].value() == 1


def test_text_written_for_another_area_does_not_replace_the_saved_justification(qtbot, ctx, db, jst_id, process_id,
                                                                                areas):  # fmt: skip
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    fill(db, rid, areas[4], 2)
    ac.choose_area(db, process_id, areas[8].id, "Szkoly czekaja na plan doskonalenia.")
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.CHOICE))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.areas.setCurrentRow(1)  # the team considers area 4 instead
    page.justification.clear()
    page.justification.setFocus()
    qtbot.keyClicks(page.justification, "Budzet trzeba zaplanowac inaczej.")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # closed before saving the choice
    state = ac.stage_state(db, process_id)
    assert state.chosen_area_id == areas[8].id
    assert state.justification == "Szkoly czekaja na plan doskonalenia."  # what the document prints for area 8

    again = open_wizard(qtbot, ctx, jst_id, process_id)
    page = again.currentPage()
    assert page.picked_area_id() == areas[4].id
    assert page.justification.toPlainText() == "Budzet trzeba zaplanowac inaczej."  # the draft is not lost
    qtbot.mouseClick(again.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    state = ac.stage_state(db, process_id)
    assert (state.chosen_area_id, state.justification) == (areas[4].id, "Budzet trzeba zaplanowac inaczej.")
    assert ac.wizard_place(db, process_id).draft is None


def test_name_typed_but_not_added_is_not_lost(qtbot, ctx, db, jst_id, process_id, type_text):
    """The clerk types a name and goes on with Next (or closes) without pressing Add: the person is added."""
    ac.add_respondent(db, process_id, "Anna Nowak")
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RESPONDENTS))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.name.setFocus()
    type_text(page.name, "Łucja Żółkiewska")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wz.RATING
    assert [r.full_name for r in ac.list_respondents(db, process_id)] == ["Anna Nowak", "Łucja Żółkiewska"]

    wizard.back()
    type_text(page.name, "Anna Nowak")  # already on the list: said under the field, the page stays
    wizard.next()
    assert wizard.currentId() == wz.RESPONDENTS
    assert "już na liście" in page.form.error_text("full_name")
    page.name.clear()
    type_text(page.name, "Jan Wójcik")
    wizard.close()
    assert [r.full_name for r in ac.list_respondents(db, process_id)][-1] == "Jan Wójcik"


@pytest.mark.parametrize("decision", [rating_page.REOPEN, rating_page.KEEP, rating_page.CANCEL])
def test_removing_a_respondent_after_the_choice_asks_about_the_choice(qtbot, ctx, db, jst_id, process_id, areas,
                                                                       monkeypatch, decision):  # fmt: skip
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    fill(db, anna, areas[8], 1)
    fill(db, jan, areas[8], 2)
    ac.choose_area(db, process_id, areas[8].id, "")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(rating_page, "ask_reopen", lambda parent: asked.append(parent) or decision)
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RESPONDENTS))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.list.setCurrentRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    state = ac.stage_state(db, process_id)
    names = [r.full_name for r in ac.list_respondents(db, process_id)]
    if decision == rating_page.CANCEL:
        assert names == ["Anna Nowak", "Jan Wójcik"] and state.chosen_area_id == areas[8].id and not state.outdated
    elif decision == rating_page.KEEP:
        assert names == ["Anna Nowak"] and state.chosen_area_id == areas[8].id and state.outdated
    else:
        assert names == ["Anna Nowak"] and state.chosen_area_id is None


def test_after_a_crash_the_sheet_reopens_on_the_next_statement(qtbot, ctx, db, jst_id, process_id, areas):
    """The program is killed mid-area (no closing at all): the next key press must not overwrite an answer."""
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, respondent_id=anna, area_number=3))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    assert wizard.focusWidget() is page.rows[0]
    press(qtbot, wizard, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
    wizard.hide()  # gone without done(): nothing saved on the way out

    again = open_wizard(qtbot, ctx, jst_id, process_id)
    page = again.currentPage()
    assert page.current_area.number == 3
    assert again.focusWidget() is page.rows[3]
    press(qtbot, again, Qt.Key.Key_4)
    ratings = ac.area_sheet(db, anna, areas[3].id).ratings
    assert [ratings.get(s.id) for s in areas[3].statements[:4]] == [1, 2, 3, 4]


def test_an_empty_team_is_not_described_as_everyone_already_listed(qtbot, ctx, db, jst_id, process_id):
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RESPONDENTS))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    assert not page.team.isEnabled()
    assert "already on the list" not in page.team.currentText() and "już na liście" not in page.team.currentText()
    assert "type the names" in page.team.currentText() or "wpisz" in page.team.currentText()


def test_next_area_starts_with_its_title_in_sight(qtbot, ctx, db, jst_id, process_id):
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, respondent_id=anna, area_number=1))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    wizard.resize(1000, 600)  # a small screen: the sheet scrolls
    page = wizard.currentPage()
    page.influence_row.setFocus()
    page._step(page.influence_row, 0)  # scrolled down to the last row
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().value() > 0)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_PageDown)
    assert page.current_area.number == 2
    assert wizard.focusWidget() is page.rows[0]
    assert page.scroll.verticalScrollBar().value() == 0


@pytest.fixture
def program_font(qapp):
    """The program's own font and size (DejaVu Sans 11 pt), as on the projector; the default one after."""
    from PySide6.QtGui import QFont

    from ui.app import BASE_POINT_SIZE, load_fonts

    load_fonts()
    old = qapp.font()
    qapp.setFont(QFont("DejaVu Sans", BASE_POINT_SIZE))
    yield
    qapp.setFont(old)


@pytest.mark.parametrize("width", [1000, 1216])  # 1216: the wizard on a 1280×720 projector
def test_sheet_is_never_cut_on_the_left_on_a_small_screen(qtbot, program_font, ctx, db, jst_id, process_id, width):
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, respondent_id=anna, area_number=10))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    wizard.resize(width, 662)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.scroll.viewport().width() < width)
    page.go_area(1)
    qtbot.wait(20)
    assert page.scroll.horizontalScrollBar().maximum() == 0  # the five answers fit; the lists beside give way
    assert page.panel.width() > 200


def open_from_the_section(qtbot, ctx, jst_id):
    from ui.sections.process import ProcessSection

    section = ProcessSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    wizard = section.open_wizard()
    qtbot.addWidget(wizard)
    return section, wizard


def test_the_area_chosen_in_the_wizard_shows_in_the_process_section(qtbot, ctx, db, jst_id, process_id, areas):
    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    fill(db, rid, areas[4], 2)
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.CHOICE))
    section, wizard = open_from_the_section(qtbot, ctx, jst_id)
    assert "No area chosen yet" in section.stage_text.text()
    page = wizard.currentPage()
    page.areas.setCurrentRow(1)  # area 4, not the first in the ranking
    page.justification.setPlainText("Budzet 2027 trzeba zaplanowac inaczej.")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    text = section.stage_text.text()
    assert f"Chosen area: {areas[4].title}" in text and "Budzet 2027 trzeba zaplanowac inaczej." in text
    assert areas[4].title in section.table.item(0, 3).text()


def test_answers_given_in_the_wizard_show_in_the_process_section_as_they_are_given(qtbot, ctx, db, jst_id,
                                                                                   process_id):  # fmt: skip
    anna = ac.add_respondent(db, process_id, "Anna Nowak").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RATING, respondent_id=anna, area_number=1))
    section, wizard = open_from_the_section(qtbot, ctx, jst_id)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    assert "areas rated: 0 of 12" in section.stage_text.text()
    press(qtbot, wizard, Qt.Key.Key_3)
    assert "areas rated: 1 of 12" in section.stage_text.text()


def test_a_refused_choice_keeps_the_page_and_the_justification(qtbot, ctx, db, jst_id, process_id, areas,
                                                               monkeypatch):  # fmt: skip
    from wsparcie_desktop.errors import StoreError

    rid = ac.add_respondent(db, process_id, "Anna Nowak").id
    fill(db, rid, areas[8], 1)
    fill(db, rid, areas[4], 2)
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.CHOICE))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.areas.setCurrentRow(1)
    page.justification.setFocus()
    qtbot.keyClicks(page.justification, "Budzet 2027 trzeba zaplanowac inaczej.")
    boxes, seen = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))
    ctx.signals.changed.connect(lambda change, origin: seen.append(change.kind))

    def locked(*_args, **_kwargs):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(ac, "choose_area", locked)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentId() == wz.CHOICE
    assert boxes == ["Plik danych jest chwilowo zajęty."] and page.error_text("") == boxes[0]
    assert page.justification.toPlainText() == "Budzet 2027 trzeba zaplanowac inaczej."
    assert page.picked_area_id() == areas[4].id and Kind.AREA_CHOICE in seen, "the text is kept as a draft"
    state = ac.stage_state(db, process_id)
    assert state.chosen_area_id is None and state.justification == "Budzet 2027 trzeba zaplanowac inaczej."
    monkeypatch.undo()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and ac.stage_state(db, process_id).chosen_area_id == areas[4].id


def test_a_refused_new_name_is_offered_again_as_typed(qtbot, ctx, db, jst_id, process_id, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ac.add_respondent(db, process_id, "Anna Nowak")
    jan = ac.add_respondent(db, process_id, "Jan Wójcik").id
    ac.save_wizard_place(db, process_id, ac.WizardPlace(page=wz.RESPONDENTS))
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    page = wizard.currentPage()
    page.list.setCurrentRow(1)
    offered, answers = [], [("Anna Nowak", True), ("Jan Wójcik-Nowak", True)]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, text="": offered.append(text) or answers.pop(0))
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert offered == ["Jan Wójcik", "Anna Nowak"], "after the refusal the name typed is offered to be corrected"
    assert len(boxes) == 1 and "już na liście" in boxes[0]
    assert [r.full_name for r in ac.list_respondents(db, process_id)] == ["Anna Nowak", "Jan Wójcik-Nowak"]
    assert "Jan Wójcik-Nowak" in page.list.currentItem().text() and page.selected_id() == jan


def test_the_intro_gives_the_scales_before_the_first_rating(qtbot, ctx, db, jst_id, process_id):
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    assert wizard.currentId() == wz.INTRO
    text = wizard.currentPage().scale.text()
    assert "1 – nie realizujemy" in text and "4 – realizujemy w pełni i systematycznie" in text
    assert "„nie wiem”" in text and "3 – duża" in text and "częściowo" in text
