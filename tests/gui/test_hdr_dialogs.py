"""The HDR's dialogs on the one dialog base: saved through the runner, a refusal keeps them open with what was typed,
Esc after a change asks whether to save it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.hdr_support import PERIOD, stage2
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.base import FormDialog
from ui.dialogs.hdr_dialogs import ApprovalDialog, ShiftDialog
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.errors import DomainError, StoreError
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData

D = dt.date


@pytest.fixture
def plan(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    first = hdr.save_activity(db, hdr_id, ActivityData(name="Diagnoza", starts_on=D(2026, 9, 1),
                                                       ends_on=D(2026, 9, 30))).id  # fmt: skip
    second = hdr.save_activity(db, hdr_id, ActivityData(name="Szkolenie", starts_on=D(2026, 10, 1),
                                                        ends_on=D(2026, 10, 2), depends_on_id=first)).id  # fmt: skip
    loaded = hdr.load_plan(db, s2.process_id)
    loaded.ids = (first, second)
    return loaded


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The 'Save the changes?' questions, answered Discard."""
    questions: list[str] = []

    def question(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def test_all_three_are_form_dialogs(qtbot, ctx, plan):
    dialogs = [ActivityDialog(ctx, plan, plan.activity(plan.ids[0])), ShiftDialog(ctx, plan.activities[0], []),
               ApprovalDialog(ctx, plan)]  # fmt: skip
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert isinstance(dialog, FormDialog) and not dialog.is_dirty()
    assert [d.objectName() for d in dialogs] == ["activity_dialog", "shift_dialog", "approval_dialog"]
    assert dialogs[1].buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "&Move"
    assert dialogs[2].buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "&Approve"


def test_a_refused_shift_stays_open_under_the_days_with_the_number_typed(qtbot, ctx, db, plan):
    first, _second = plan.ids
    dialog = ShiftDialog(ctx, plan.activity(first), [], None)  # without the activity that depends on it
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.with_dependents.setChecked(False)
    dialog.days.setValue(5)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None and dialog.days.value() == 5
    assert "zależne od niego działanie „Szkolenie”" in dialog.form.error_text("days")
    assert hdr.get_activity(db, first).starts_on == D(2026, 9, 1)
    dialog.days.setValue(-5)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.saved.kind is Kind.HDR_ACTIVITY
    assert hdr.get_activity(db, first).starts_on == D(2026, 8, 27)


def test_a_shift_refused_by_a_locked_store_is_said_in_a_box_too(qtbot, ctx, db, plan, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))

    def locked(*_a, **_k):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(hdr, "shift_activity", locked)
    dialog = ShiftDialog(ctx, plan.activity(plan.ids[1]), [])
    qtbot.addWidget(dialog)
    dialog.days.setValue(3)
    dialog.accept()
    assert boxes == ["Plik danych jest chwilowo zajęty."] and dialog.form.general_error.text() == boxes[0]
    assert dialog.days.value() == 3 and dialog.result() != FormDialog.DialogCode.Accepted


def test_esc_in_the_approval_after_typing_asks_and_discarding_stores_nothing(qtbot, ctx, db, plan, asked):
    dialog = ApprovalDialog(ctx, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who.currentText() == "Jan Wójcik, Wójt Gminy"  # the wójt is offered first
    dialog.who.setEditText("Maria Zielińska, Zastępca Wójta")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Save the changes?"] and not dialog.isVisible()
    assert hdr.get_hdr(db, plan.process_id).approved_by in ("", None)


def test_the_approval_refused_by_the_checklist_stays_open_then_is_stored_and_announced_once(
    qtbot, ctx, db, plan, monkeypatch
):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text))
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append((change, origin)))
    dialog = ApprovalDialog(ctx, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.who.setEditText("Maria Zielińska, Zastępca Wójta")
    dialog.accept()  # the checklist still has errors (no ORE report, nobody responsible)
    assert dialog.isVisible() and "lista kontrolna zawiera błędy" in dialog.form.general_error.text()
    assert dialog.who.currentText() == "Maria Zielińska, Zastępca Wójta" and seen == []

    s2_people = [p.id for p in plan.people]
    data = hdr.get_hdr(db, plan.process_id)
    data.ore_form_code, data.ore_form_due_on, data.ore_form_responsible_id = "minireportaz", D(2027, 6, 1), s2_people[0]
    hdr.save_hdr(db, plan.process_id, data)
    for activity_id, goal in zip(plan.ids, plan.goals, strict=False):
        activity = hdr.get_activity(db, activity_id)
        activity.responsible_id, activity.goal_ids = s2_people[0], [goal.id]
        hdr.save_activity(db, hdr.get_hdr(db, plan.process_id).id, activity)
    dialog.accept()  # the HDR changed since the dialog read it (stored without this screen): said, and shown afresh
    assert dialog.isVisible() and seen == [] and len(warnings) == 1
    assert warnings[0].startswith("Te dane zmieniły się w międzyczasie")
    assert "changed elsewhere" in dialog.form.general_error.text()
    assert dialog.plan.hdr.version == hdr.get_hdr(db, plan.process_id).version
    dialog.accept()  # approved over the HDR as it is now
    hdr_id = hdr.get_hdr(db, plan.process_id).id
    assert not dialog.isVisible() and seen == [(Change(Kind.HDR, plan.jst_id, plan.process_id, (hdr_id,)), dialog)]
    assert hdr.get_hdr(db, plan.process_id).approved_by == "Maria Zielińska, Zastępca Wójta"


def test_esc_in_the_activity_dialog_after_typing_asks_to_save(qtbot, ctx, db, plan, monkeypatch):
    first = plan.ids[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)
    dialog = ActivityDialog(ctx, plan, plan.activity(first))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("Ankiety dla dyrektorów")
    assert dialog.is_dirty()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved_id == first
    assert hdr.get_activity(db, first).description == "Ankiety dla dyrektorów"


def test_a_refusal_about_a_field_on_another_tab_brings_that_tab_forward(qtbot, ctx, db, plan, monkeypatch):
    def refuse(*_a, **_k):
        raise DomainError("Działanie może służyć tylko celom rozwojowym tego procesu.", "goal_ids")

    monkeypatch.setattr(hdr, "save_activity", refuse)
    dialog = ActivityDialog(ctx, plan, plan.activity(plan.ids[0]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Diagnoza w szkołach")
    assert dialog.tabs.currentIndex() == 0
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert dialog.error_text("goal_ids") == "Działanie może służyć tylko celom rozwojowym tego procesu."
    assert dialog.name.text() == "Diagnoza w szkołach" and dialog.saved_id is None

    def no_hdr(*_a, **_k):
        raise DomainError("Ten HDR nie istnieje — mógł zostać usunięty.")

    monkeypatch.setattr(hdr, "save_activity", no_hdr)
    dialog.accept()  # about no field: above the tabs, on whichever tab is shown
    assert dialog.form.general_error.text() == "Ten HDR nie istnieje — mógł zostać usunięty."
    assert dialog.error_text("goal_ids") == ""
