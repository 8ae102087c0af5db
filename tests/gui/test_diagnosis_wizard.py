"""The wizard "Diagnoza pogłębiona" driven like a user: a small diagnosis built by clicking and typing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from tests.diagnosis_support import make_process, small_diagnosis
from ui.wizards.diagnosis_wizard import CAUSES, CURRENT, GAPS, GOALS, PARTICIPANTS, PRIORITIES, TARGET, DiagnosisWizard
from wsparcie_desktop.services import causes, diagnosis, gaps, goals, people, processes
from wsparcie_desktop.services.people import PersonData

LEFT = Qt.MouseButton.LeftButton


def open_wizard(qtbot, ctx, jst_id, process_id) -> DiagnosisWizard:
    wizard = DiagnosisWizard(ctx, jst_id, process_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def next_page(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def test_a_small_diagnosis_built_by_clicking_and_typing(qtbot, ctx, db, jst_id, type_text):
    people.save_person(db, jst_id, PersonData(full_name="Anna Nowak", role_code="naczelnik_oswiaty",
                                              position="Inspektor ds. oświaty"))  # fmt: skip
    pid = make_process(db, jst_id)
    wizard = open_wizard(qtbot, ctx, jst_id, pid)
    assert wizard.currentId() == PARTICIPANTS

    # 1. participants: one from the team, one typed
    page = wizard.currentPage()
    next_page(qtbot, wizard)
    assert wizard.currentId() == PARTICIPANTS and "uczestnika" in page.error.text(), "no participant yet"
    click(qtbot, page.add_team)
    type_text(page.editor.name, "Jan Łęcki")
    type_text(page.editor.role, "radny, rodzic")
    click(qtbot, page.editor.save_button)
    assert [(p.full_name, p.person_id is not None) for p in diagnosis.list_participants(db, pid)] == [
        ("Anna Nowak", True),
        ("Jan Łęcki", False),
    ]
    next_page(qtbot, wizard)

    # 2. "Jak jest?": a statement needs its evidence — shown under the field
    assert wizard.currentId() == CURRENT
    editor = wizard.currentPage().editor
    type_text(editor.text, "Tylko 12% nauczycieli we wspomaganiu")
    editor.source.setCurrentIndex(editor.source.findData("survey"))
    click(qtbot, editor.save_button)
    assert "dowód" in editor.form.error_text("evidence").lower()
    type_text(editor.evidence, "11 z 94 nauczycieli")
    next_page(qtbot, wizard)  # leaving the page stores the form
    [state] = diagnosis.list_current_states(db, pid)
    assert (state.text, state.source, state.evidence) == (
        "Tylko 12% nauczycieli we wspomaganiu",
        "survey",
        "11 z 94 nauczycieli",
    )

    # 3. "Jak chcemy?": the only statement is picked; its target is typed
    assert wizard.currentId() == TARGET
    editor = wizard.currentPage().editor
    assert editor.current.toPlainText() == state.text
    type_text(editor.text, "Połowa nauczycieli we wspomaganiu")
    next_page(qtbot, wizard)
    [target] = diagnosis.list_target_states(db, pid)
    assert (target.current_state_id, target.text) == (state.id, "Połowa nauczycieli we wspomaganiu")

    # 4. causes: typed into the entry line, a sub-cause, one outside the JST's influence
    assert wizard.currentId() == CAUSES
    tree = wizard.currentPage().tree
    type_text(tree.entry, "Brak diagnozy potrzeb")
    qtbot.keyClick(tree.entry, Qt.Key.Key_Return)
    type_text(tree.entry, "Brak ankiety dla nauczycieli")
    click(qtbot, tree.child_button)
    type_text(tree.entry, "Przepisy o awansie")
    qtbot.keyClick(tree.entry, Qt.Key.Key_Return)
    assert [(c.depth, c.text) for c in causes.list_causes(db, pid)] == [
        (0, "Brak diagnozy potrzeb"),
        (1, "Brak ankiety dla nauczycieli"),
        (1, "Przepisy o awansie"),
    ]
    tree.view.setFocus()
    qtbot.keyClick(tree.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # one level out
    law = tree.selected()
    assert (law.text, law.parent_id) == ("Przepisy o awansie", None)
    index = tree.model.index_of(law.id, 2)
    tree.view.setCurrentIndex(index)
    tree.view.edit(index)
    combo = tree.view.indexWidget(index)
    combo.setCurrentIndex(combo.findData("no"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: tree.model.data(tree.model.index_of(law.id)) == "Przepisy o awansie (poza wpływem JST)")
    assert [c.influence for c in causes.list_causes(db, pid)] == ["yes", "yes", "no"]
    next_page(qtbot, wizard)

    # 5. a gap: the statement with its target, one sentence, two causes ticked
    assert wizard.currentId() == GAPS
    editor = wizard.currentPage().editor
    assert editor.target.toPlainText() == "Połowa nauczycieli we wspomaganiu"
    type_text(editor.description, "Mało wspomagania, bo nikt nie bada potrzeb")
    click(qtbot, editor.save_button)
    assert "przyczynę" in editor.form.error_text("causes")
    items = list(editor._items())
    items[0].setCheckState(0, Qt.CheckState.Checked)
    items[1].setCheckState(0, Qt.CheckState.Checked)
    next_page(qtbot, wizard)
    [gap] = gaps.list_gaps(db, pid)
    assert gap.description == "Mało wspomagania, bo nikt nie bada potrzeb" and len(gap.cause_ids) == 2

    # 6. priorities: rate and mark
    assert wizard.currentId() == PRIORITIES
    page = wizard.currentPage()
    next_page(qtbot, wizard)
    assert "Oceń" in page.error.text()
    page.table.cellWidget(0, 2).setValue(5)
    qtbot.waitUntil(lambda: page.table.item(0, 4).text() == "—")  # the table is read back after each rating
    page.table.cellWidget(0, 3).setValue(4)
    qtbot.waitUntil(lambda: page.table.item(0, 4).text() == "20")
    click(qtbot, page.table.cellWidget(0, 5))
    assert gaps.list_gaps(db, pid)[0].is_priority
    next_page(qtbot, wizard)

    # 7. a goal and its indicator, then Finish
    assert wizard.currentId() == GOALS
    page = wizard.currentPage()
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    click(qtbot, page.new_goal_button)
    type_text(page.goal_text, "Objąć wspomaganiem połowę nauczycieli")
    click(qtbot, page.new_indicator_button)  # stores the goal first
    [goal] = goals.list_goals(db, pid)
    assert goal.text == "Objąć wspomaganiem połowę nauczycieli" and goal.warnings == []
    fields = page.ind
    for name, text in (
        ("name", "Odsetek nauczycieli we wspomaganiu"),
        ("unit", "%"),
        ("baseline_value", "12"),
        ("target_value", "50"),
        ("method", "ankieta"),
        ("measured_by", "inspektor ds. oświaty"),
    ):
        type_text(fields[name], text)
    fields["baseline_on"].setDate(QDate(2026, 6, 30))
    fields["target_on"].setDate(QDate(2026, 6, 1))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.isVisible(), "a target date before the baseline keeps the wizard open"
    assert "późniejsza" in page.indicator_form.error_text("target_on")
    fields["target_on"].setDate(QDate(2027, 6, 30))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()
    [goal] = goals.list_goals(db, pid)
    [indicator] = goal.indicators
    assert (indicator.name, str(indicator.baseline_value), indicator.target_on) == (
        "Odsetek nauczycieli we wspomaganiu",
        "12.0000",
        dt.date(2027, 6, 30),
    )
    assert all(step.done for step in diagnosis.diagnosis_progress(db, pid).steps)


def test_closing_keeps_what_is_typed_and_reopening_resumes(qtbot, ctx, db, jst_id, type_text):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, 0)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    next_page(qtbot, wizard)
    editor = wizard.currentPage().editor
    click(qtbot, editor.new_button)
    type_text(editor.text, "Brak sieci współpracy")
    type_text(editor.evidence, "0 sieci")
    wizard.reject()  # the user closes the wizard mid-sentence
    assert "Brak sieci współpracy" in [s.text for s in diagnosis.list_current_states(db, d.process_id)]
    assert processes.wizard_page(db, d.process_id, diagnosis.WIZARD)[0] == CURRENT

    again = open_wizard(qtbot, ctx, jst_id, d.process_id)
    assert again.currentId() == CURRENT
    assert again.currentPage().editor.table.rowCount() == 3
    click(qtbot, again.button(QWizard.WizardButton.BackButton))
    assert again.currentId() == PARTICIPANTS, "the pages before the resumed one are reachable"
    next_page(qtbot, again)
    next_page(qtbot, again)
    next_page(qtbot, again)
    assert processes.wizard_page(db, d.process_id, diagnosis.WIZARD)[0] == CAUSES


def test_deleting_a_statement_names_its_dependants_and_asks_first(qtbot, ctx, db, jst_id, monkeypatch):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, CURRENT)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    editor = wizard.currentPage().editor
    editor.table.selectRow(0)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: (asked.append(args[2]), answer[0])[1])
    click(qtbot, editor.delete_button)
    assert "luka rozwojowa „Za mało wspomagania”" in asked[0]
    assert "cel rozwojowy „Objąć wspomaganiem połowę nauczycieli”" in asked[0]
    assert len(diagnosis.list_current_states(db, d.process_id)) == 2, "No keeps everything"
    answer[0] = QMessageBox.StandardButton.Yes
    click(qtbot, editor.delete_button)
    assert len(diagnosis.list_current_states(db, d.process_id)) == 1
    assert goals.list_goals(db, d.process_id) == [] and len(gaps.list_gaps(db, d.process_id)) == 1
    assert editor.table.rowCount() == 1


def test_cause_tree_keyboard_and_drag_and_drop(qtbot, ctx, db, jst_id, type_text, monkeypatch):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, CAUSES)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    tree = wizard.currentPage().tree
    root, child, law = d.cause_ids
    view = tree.view
    view.setFocus()
    view.setCurrentIndex(tree.model.index_of(root))
    qtbot.keyClick(view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # a sub-cause, opened for typing
    editor = view.indexWidget(view.currentIndex())
    editor.selectAll()
    type_text(editor, "Brak czasu inspektora")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Brak czasu inspektora" in [c.text for c in causes.list_causes(db, d.process_id)])
    added = next(c for c in causes.list_causes(db, d.process_id) if c.text == "Brak czasu inspektora")
    assert added.parent_id == root
    view.setCurrentIndex(tree.model.index_of(added.id))

    def shape():
        return [(c.depth, c.text) for c in causes.list_causes(db, d.process_id)][:3]

    assert shape() == [(0, "Brak diagnozy potrzeb"), (1, "Brak ankiety"), (1, "Brak czasu inspektora")]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shape() == [(0, "Brak diagnozy potrzeb"), (1, "Brak czasu inspektora"), (1, "Brak ankiety")]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # under the sibling above
    assert shape() == [(0, "Brak diagnozy potrzeb"), (1, "Brak ankiety"), (2, "Brak czasu inspektora")]
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert shape() == [(0, "Brak diagnozy potrzeb"), (1, "Brak ankiety"), (1, "Brak czasu inspektora")]
    assert tree.selected().id == added.id, "the moved cause stays selected for the next key"
    # drag the law cause onto the root cause: it becomes its last sub-cause
    model = tree.model
    data = model.mimeData([model.index_of(law)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(root))
    qtbot.waitUntil(lambda: next(c for c in causes.list_causes(db, d.process_id) if c.id == law).parent_id == root)
    # dropping a cause into its own sub-cause is refused with a message
    data = model.mimeData([model.index_of(root)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(child))
    assert "podprzyczynę" in tree.error.text()
    # Delete asks, naming the gap that uses the cause
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: (asked.append(args[2]), QMessageBox.StandardButton.Yes)[1])  # fmt: skip
    view.setCurrentIndex(model.index_of(law))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Brak planu" in asked[0]
    assert law not in [c.id for c in causes.list_causes(db, d.process_id)]


def test_priorities_can_be_reordered_by_hand(qtbot, ctx, db, jst_id):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, PRIORITIES)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    page = wizard.currentPage()
    assert "ważność × wykonalność" in page.rule.text()
    assert [page.table.item(r, 1).text() for r in range(2)] == ["Za mało wspomagania", "Brak planu"]
    page.table.selectRow(1)
    click(qtbot, page.up_button)
    assert [g.id for g in gaps.ranking(db, d.process_id)] == [d.gap_ids[1], d.gap_ids[0]]
    assert [page.table.item(r, 1).text() for r in range(2)] == ["Brak planu", "Za mało wspomagania"]
    assert page.reset_button.isEnabled()
    click(qtbot, page.reset_button)
    assert [g.id for g in gaps.ranking(db, d.process_id)] == d.gap_ids


def test_a_goal_on_causes_outside_influence_shows_a_warning(qtbot, ctx, db, jst_id, type_text):
    d = small_diagnosis(db, jst_id)
    gaps.set_priority(db, d.gap_ids[1], True)  # its only cause is outside the JST's influence
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, GOALS)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    page = wizard.currentPage()
    second = page.tree.topLevelItem(1)
    page.tree.setCurrentItem(second)
    click(qtbot, page.new_goal_button)
    type_text(page.goal_text, "Zmienić przepisy o awansie")
    click(qtbot, page.findChild(type(page.new_goal_button), "goal_save"))
    assert page.goal_warning.isVisible() and "nie ma wpływu" in page.goal_warning.text()
    assert "Zmienić przepisy o awansie" in [g.text for g in goals.list_goals(db, d.process_id)]


@pytest.mark.parametrize("area", [None])
def test_the_wizard_is_not_offered_without_an_area(qtbot, ctx, db, jst_id, area):
    from ui.sections.diagnosis import DiagnosisSection

    section = DiagnosisSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    assert (
        section.notice.isVisibleTo(section)
        and "Proces doradczy" in section.notice.text()
        or "Advisory process" in section.notice.text()
    )
    make_process(db, jst_id, area_number=area)
    section.refresh()
    assert "has no area" in section.notice.text() or "nie ma wybranego obszaru" in section.notice.text()
    assert section.open_wizard() is None


def test_saving_a_new_row_twice_changes_it_instead_of_adding_another(qtbot, ctx, db, jst_id, type_text):
    pid = make_process(db, jst_id)
    processes.set_wizard_page(db, pid, diagnosis.WIZARD, CURRENT)
    diagnosis.save_participant(db, pid, diagnosis.ParticipantData("Anna Nowak", "inspektor"))
    wizard = open_wizard(qtbot, ctx, jst_id, pid)
    editor = wizard.currentPage().editor
    type_text(editor.text, "Mało wspomagania")
    type_text(editor.evidence, "12%")
    click(qtbot, editor.save_button)
    type_text(editor.evidence, " nauczycieli")
    qtbot.keyClick(editor.evidence, Qt.Key.Key_Return)
    [state] = diagnosis.list_current_states(db, pid)
    assert state.evidence == "12% nauczycieli"
    assert editor.table.rowCount() == 1 and editor.current_key == state.id


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_closing_with_a_form_that_cannot_be_stored_asks_before_dropping_it(
    qtbot, ctx, db, jst_id, type_text, monkeypatch, answer
):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, GOALS)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    page = wizard.currentPage()
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    click(qtbot, page.new_indicator_button)
    type_text(page.ind["name"], "Liczba szkoleń w gminie")  # the values come later, the meeting ends now
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    wizard.reject()
    assert asked, "closing asks instead of dropping the typed indicator"
    if answer == QMessageBox.StandardButton.No:
        assert wizard.isVisible() and page.ind["name"].text() == "Liczba szkoleń w gminie"
        assert page.indicator_form.error_text("unit"), "the reason (no unit yet) is under its field"
    else:
        assert not wizard.isVisible()


def test_the_diagnosis_section_follows_what_the_wizard_stores(qtbot, ctx, db, jst_id, type_text):
    from ui.sections.diagnosis import DiagnosisSection

    pid = make_process(db, jst_id)
    section = DiagnosisSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    assert "0 z 7" in section.progress.text() or "0 of 7" in section.progress.text()
    wizard = section.open_wizard()  # a child of the section, deleted when it closes (not closed again by qtbot)
    editor = wizard.currentPage().editor
    type_text(editor.name, "Jan Łęcki")
    type_text(editor.role, "radny")
    click(qtbot, editor.save_button)
    assert "1 osoba" in section.progress.text(), "the section shows the participant without a refresh"
    next_page(qtbot, wizard)
    assert wizard.currentId() == CURRENT
    assert "Jak jest?" in section.open_button.text(), "the page reached is the one the wizard resumes on"
    editor = wizard.currentPage().editor
    type_text(editor.text, "Mało wspomagania")
    type_text(editor.evidence, "12%")
    wizard.reject()
    assert "1 stwierdzenie" in section.progress.text()
    assert [s.text for s in diagnosis.list_current_states(db, pid)] == ["Mało wspomagania"]


def test_a_locked_store_on_leaving_a_page_keeps_the_page_and_what_was_typed(qtbot, ctx, db, jst_id, type_text,
                                                                           monkeypatch):  # fmt: skip
    from wsparcie_desktop.errors import StoreError

    pid = make_process(db, jst_id)
    diagnosis.save_participant(db, pid, diagnosis.ParticipantData("Anna Nowak", "inspektor"))
    processes.set_wizard_page(db, pid, diagnosis.WIZARD, CURRENT)
    wizard = open_wizard(qtbot, ctx, jst_id, pid)
    editor = wizard.currentPage().editor
    type_text(editor.text, "Tylko 12% nauczycieli we wspomaganiu")
    type_text(editor.evidence, "11 z 94 nauczycieli")
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))

    def locked(*_args, **_kwargs):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(diagnosis, "save_current_state", locked)
    next_page(qtbot, wizard)
    assert wizard.currentId() == CURRENT and boxes == ["Plik danych jest chwilowo zajęty."]
    assert (editor.text.toPlainText(), editor.evidence.text()) == ("Tylko 12% nauczycieli we wspomaganiu",
                                                                   "11 z 94 nauczycieli")  # fmt: skip
    assert editor.form.general_error.text() == "Plik danych jest chwilowo zajęty."
    monkeypatch.undo()
    next_page(qtbot, wizard)
    assert wizard.currentId() == TARGET
    assert [s.evidence for s in diagnosis.list_current_states(db, pid)] == ["11 z 94 nauczycieli"]


def test_a_page_not_complete_keeps_the_user_on_it_and_announces_nothing(qtbot, ctx, db, jst_id):
    d = small_diagnosis(db, jst_id)
    gaps.rate_gap(db, d.gap_ids[1], None, None)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, PRIORITIES)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    page = wizard.currentPage()
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append(change))
    next_page(qtbot, wizard)
    assert wizard.currentId() == PRIORITIES and "Brak planu" in page.error.text()
    assert seen == [], "the page reached is not stored when the page refuses to be left"
    row = next(r for r in range(2) if page.table.item(r, 1).text() == "Brak planu")
    page.table.cellWidget(row, 2).setValue(2)
    qtbot.waitUntil(lambda: not page.error.isVisible())
    page.table.cellWidget(row, 3).setValue(2)
    qtbot.waitUntil(lambda: page.table.item(row, 4).text() == "4")
    next_page(qtbot, wizard)
    assert wizard.currentId() == GOALS
    assert processes.wizard_page(db, d.process_id, diagnosis.WIZARD)[0] == GOALS


def test_unticking_a_priority_with_goals_is_refused_on_the_page(qtbot, ctx, db, jst_id):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, PRIORITIES)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    page = wizard.currentPage()
    click(qtbot, page.table.cellWidget(0, 5))
    assert "Objąć wspomaganiem połowę nauczycieli" in page.error.text()
    qtbot.waitUntil(lambda: page.table.cellWidget(0, 5).isChecked())  # the tick as stored
    assert gaps.list_gaps(db, d.process_id)[0].is_priority


def test_a_cause_refused_in_the_tree_keeps_the_typed_text_and_the_page(qtbot, ctx, db, jst_id, type_text,
                                                                       monkeypatch):  # fmt: skip
    from wsparcie_desktop.errors import StoreError

    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, CAUSES)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    tree = wizard.currentPage().tree
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))

    def read_only(*_args, **_kwargs):
        raise StoreError("Plik danych jest tylko do odczytu.", reason="attempt to write a readonly database")

    monkeypatch.setattr(causes, "save_cause", read_only)
    type_text(tree.entry, "Brak czasu dyrektorów")
    qtbot.keyClick(tree.entry, Qt.Key.Key_Return)
    assert tree.error.text() == "Plik danych jest tylko do odczytu." and tree.entry.text() == "Brak czasu dyrektorów"
    assert wizard.currentId() == CAUSES and len(boxes) == 1, "Enter in the entry line does not turn the page"
    next_page(qtbot, wizard)  # leaving stores what is typed in the entry line; refused, the page stays
    assert wizard.currentId() == CAUSES and tree.entry.text() == "Brak czasu dyrektorów" and len(boxes) == 2
    monkeypatch.undo()
    next_page(qtbot, wizard)
    assert wizard.currentId() == GAPS
    assert "Brak czasu dyrektorów" in [c.text for c in causes.list_causes(db, d.process_id)]


def test_enter_in_a_form_stores_it_and_stays_on_the_page(qtbot, ctx, db, jst_id, type_text):
    d = small_diagnosis(db, jst_id)
    processes.set_wizard_page(db, d.process_id, diagnosis.WIZARD, CAUSES)
    wizard = open_wizard(qtbot, ctx, jst_id, d.process_id)
    tree = wizard.currentPage().tree
    type_text(tree.entry, "Brak czasu dyrektorów")
    qtbot.keyClick(tree.entry, Qt.Key.Key_Return)
    assert "Brak czasu dyrektorów" in [c.text for c in causes.list_causes(db, d.process_id)]
    assert wizard.currentId() == CAUSES, "the next cause can be typed at once"
    wizard.back()
    wizard.back()
    assert wizard.currentId() == CURRENT
    editor = wizard.currentPage().editor
    editor.table.selectRow(0)
    editor.evidence.setFocus()
    type_text(editor.evidence, " w 2025")
    qtbot.keyClick(editor.evidence, Qt.Key.Key_Return)
    assert diagnosis.list_current_states(db, d.process_id)[0].evidence == "12% (SIO) w 2025"
    assert wizard.currentId() == CURRENT
