"""The wizard for the HDR's first draft: each page stored as it is left, resumed where the user stopped."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.hdr_support import stage2
from ui.wizards.hdr_wizard import ACTIVITIES, ORE, PERIOD, HdrWizard
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import StoreError
from wsparcie_desktop.services import hdr, processes
from wsparcie_desktop.services.hdr_validation import check_hdr

D = dt.date


def open_wizard(qtbot, ctx, jst_id, process_id) -> HdrWizard:
    wizard = HdrWizard(ctx, jst_id, process_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_first_draft_page_by_page_and_resumed(qtbot, ctx, db, jst_id):
    s2 = stage2(db, jst_id)
    wizard = open_wizard(qtbot, ctx, jst_id, s2.process_id)
    page = wizard.currentPage()
    assert wizard.currentId() == PERIOD
    page.start.setDate(QDate(2026, 9, 1))
    page.end.setDate(QDate(2026, 8, 1))
    wizard.next()  # the end before the start: refused under the field, the page stays
    assert wizard.currentId() == PERIOD
    assert "przed jego początkiem" in page.form.error_text("period_end")
    assert hdr.get_hdr(db, s2.process_id) is None
    page.end.setDate(QDate(2027, 6, 30))
    wizard.next()
    assert wizard.currentId() == ORE
    assert (hdr.get_hdr(db, s2.process_id).period_start, hdr.get_hdr(db, s2.process_id).period_end) == (
        D(2026, 9, 1),
        D(2027, 6, 30),
    )

    ore = wizard.currentPage()
    assert ore.due.text() == ore.due.specialValueText() and ore.due.date_or_none() is None  # looks empty
    radio = wizard.findChild(type(ore.choices.buttons()[0]), "wizard_ore_minireportaz")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))  # on its circle
    ore.due.setDate(QDate(2027, 6, 15))
    ore.person.setCurrentIndex(ore.person.findData(s2.person_ids[0]))
    wizard.next()
    assert wizard.currentId() == ACTIVITIES
    stored = hdr.get_hdr(db, s2.process_id)
    assert (stored.ore_form_code, stored.ore_form_due_on, stored.ore_form_responsible_id) == (
        "minireportaz",
        D(2027, 6, 15),
        s2.person_ids[0],
    )

    wizard.close()  # closing half-way: reopening lands on the same page
    assert processes.wizard_page(db, s2.process_id, "hdr")[0] == ACTIVITIES
    wizard = open_wizard(qtbot, ctx, jst_id, s2.process_id)
    assert wizard.currentId() == ACTIVITIES
    page = wizard.currentPage()
    assert len(page.rows) == 3 and page.rows[0].goal_id == s2.goal_ids[0]  # priority goals first
    for index, row in enumerate(page.rows[:2]):
        qtbot.keyClicks(row.name, f"Pierwsze dzialanie {index + 1}")
        assert row.use.isChecked()
        row.person.setCurrentIndex(row.person.findData(s2.person_ids[1]))
    page.rows[1].end.setDate(QDate(2026, 9, 2))
    page.rows[1].start.setDate(QDate(2026, 9, 10))
    assert not page.validatePage()  # the second row is refused, the first is stored once
    assert "przed swoim początkiem" in page.error.text() and "Cel priorytetowy 2" in page.error.text()
    page.rows[1].end.setDate(QDate(2026, 9, 30))
    assert page.validatePage()
    activities = hdr.list_activities(db, stored.id)
    assert [(a.name, a.goal_ids) for a in activities] == [
        ("Pierwsze dzialanie 1", [s2.goal_ids[0]]),
        ("Pierwsze dzialanie 2", [s2.goal_ids[1]]),
    ]
    assert page.validatePage() and len(hdr.list_activities(db, stored.id)) == 2  # nothing stored twice
    wizard.accept()
    codes = {f.code for f in check_hdr(db, s2.process_id)}
    assert not codes & {"goal_without_activity", "ore_form", "ore_due", "ore_responsible", "no_responsible"}


def test_without_goals_the_wizard_offers_activities_without_a_goal(qtbot, ctx, db, jst_id):
    process_id = processes.save_process(db, jst_id, processes.ProcessData(name="Proces", started_on=D(2026, 1, 1))).id
    wizard = open_wizard(qtbot, ctx, jst_id, process_id)
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == ACTIVITIES
    assert all(row.goal_id is None for row in page.rows)
    assert "stage 2" in page.note.text() or "etap 2" in page.note.text()
    qtbot.keyClicks(page.rows[0].name, "Spotkanie zespolu")
    assert page.validatePage()
    (activity,) = hdr.list_activities(db, hdr.get_hdr(db, process_id).id)
    assert activity.goal_ids == [] and activity.days == 30


def test_a_page_refused_by_a_locked_store_stays_with_what_was_typed(qtbot, ctx, db, jst_id, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))
    s2 = stage2(db, jst_id)
    wizard = open_wizard(qtbot, ctx, jst_id, s2.process_id)
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append(change.kind))
    page = wizard.currentPage()
    page.start.setDate(QDate(2026, 9, 1))
    page.end.setDate(QDate(2027, 6, 30))
    save = hdr.save_hdr

    def locked(*_a, **_k):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(hdr, "save_hdr", locked)
    wizard.next()
    assert wizard.currentId() == PERIOD and boxes == ["Plik danych jest chwilowo zajęty."]
    assert page.form.general_error.text() == boxes[0] and seen == []
    assert (page.start.date(), page.end.date()) == (QDate(2026, 9, 1), QDate(2027, 6, 30))
    assert hdr.get_hdr(db, s2.process_id) is None
    monkeypatch.setattr(hdr, "save_hdr", save)
    wizard.next()  # the store free again: the same dates are stored as the page is left
    assert wizard.currentId() == ORE and hdr.get_hdr(db, s2.process_id).period_end == D(2027, 6, 30)
    assert seen == [Kind.HDR, Kind.WIZARD]  # announced: the HDR, then the page reached


def test_the_ore_page_stores_no_due_date_while_none_is_given(qtbot, ctx, db, jst_id):
    s2 = stage2(db, jst_id)
    hdr.save_hdr(db, s2.process_id, hdr.HdrData(D(2026, 9, 1), D(2027, 6, 30)))
    wizard = open_wizard(qtbot, ctx, jst_id, s2.process_id)
    while wizard.currentId() != ORE:
        wizard.next()
    ore = wizard.currentPage()
    assert ore.due.text() == ore.due.specialValueText()  # "— nie podano —"
    ore.choices.buttons()[0].setChecked(True)
    ore.validatePage()
    assert hdr.get_hdr(db, s2.process_id).ore_form_due_on is None  # not a date nobody chose
    qtbot.mouseClick(
        ore.due, Qt.MouseButton.LeftButton, pos=QPoint(ore.due.width() - 5, ore.due.height() // 2)
    )  # the arrow
    assert (ore.due.calendarWidget().yearShown(), ore.due.calendarWidget().monthShown()) == (2027, 5)
    ore.due.calendarWidget().window().hide()
    wizard.close()
