"""Costs typed in the HDR's table and in the activity dialog reach the store exactly as typed (Decimal, no float)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.hdr_support import PERIOD, stage2
from ui.models.activities_model import COST
from ui.sections.hdr import HdrSection
from ui.widgets.money_edit import MoneyEdit
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_costs import MAX_COST

D = dt.date


@pytest.fixture
def section(qtbot, ctx, db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    ids = [hdr.save_activity(db, hdr_id, ActivityData(name=f"Działanie {n}", starts_on=D(2026, 9, n),
                                                      ends_on=D(2026, 9, 10 + n), responsible_id=s2.person_ids[0],
                                                      financing="budzet_jst")).id
           for n in (1, 2)]  # fmt: skip
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.resize(1400, 900)
    section.set_jst(jst_id)
    section.show()
    section.ids = ids
    return section


def type_cost(qtbot, section, row: int, typed: str) -> MoneyEdit:
    table = section.table
    index = section.proxy.index(row, COST)
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = [e for e in table.findChildren(MoneyEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    return editor


def test_ten_and_twenty_grosze_typed_in_the_table_are_stored_as_thirty(qtbot, ctx, db, section):
    first, second = section.ids
    for row, typed in ((0, "0,10"), (1, "0,20")):
        editor = type_cost(qtbot, section, row, typed)
        with qtbot.waitSignal(ctx.signals.changed):
            qtbot.keyClick(editor, Qt.Key.Key_Return)
    costs = [hdr.get_activity(db, first).cost, hdr.get_activity(db, second).cost]
    assert costs == [Decimal("0.10"), Decimal("0.20")] and str(sum(costs, Decimal("0"))) == "0.30"
    qtbot.waitUntil(lambda: section.proxy.index(1, COST).data() == "0,20\xa0zł")


def test_twelve_digit_amount_round_trips_through_the_table_cell(qtbot, ctx, db, section):
    first, _ = section.ids
    editor = type_cost(qtbot, section, 0, "12 345 678 901,23")
    with qtbot.waitSignal(ctx.signals.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    stored = hdr.get_activity(db, first).cost
    assert stored == Decimal("12345678901.23") and str(stored) == "12345678901.23"
    qtbot.waitUntil(lambda: section.proxy.index(0, COST).data() == "12\xa0345\xa0678\xa0901,23\xa0zł")
    editor = type_cost(qtbot, section, 0, "")  # opened again, the editor shows the stored amount to the grosz
    assert editor.text() == "12\xa0345\xa0678\xa0901,23" and editor.value() == stored


def test_the_editor_refuses_what_the_store_cannot_hold(qtbot, section):
    editor = type_cost(qtbot, section, 0, "9999999999999")  # 13 digits: the column holds 12 before the comma
    assert editor.text() == "999999999999"
    qtbot.keyClicks(editor, ",999")  # a third decimal is refused too
    assert editor.text() == "999999999999,99" and editor.value() == MAX_COST
    editor.selectAll()
    qtbot.keyClicks(editor, "12a-")
    assert editor.text() == "12"


def test_the_dialog_stores_and_shows_amounts_exactly(qtbot, ctx, db, section):
    first, _ = section.ids
    dialog = section.edit_activity(first)
    assert dialog.cost.text() == "0,00"
    dialog.cost.selectAll()
    qtbot.keyClicks(dialog.cost, "12 345 678 901,23")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hdr.get_activity(db, first).cost == Decimal("12345678901.23"))
    assert str(hdr.get_activity(db, first).cost) == "12345678901.23"

    qtbot.waitUntil(lambda: section.plan.activity(first).cost == Decimal("12345678901.23"))
    again = section.edit_activity(first)
    assert again.cost.text() == "12\xa0345\xa0678\xa0901,23" and again.value().cost == Decimal("12345678901.23")
    again.cost.selectAll()
    qtbot.keyClicks(again.cost, "0,1")
    assert again.value().cost == Decimal("0.10")
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hdr.get_activity(db, first).cost == Decimal("0.10"))


def test_a_half_typed_amount_is_refused_under_the_cost_field(qtbot, db, section):
    first, _ = section.ids
    dialog = section.edit_activity(first)
    dialog.cost.selectAll()
    qtbot.keyClicks(dialog.cost, "12 z")  # on the way to "12 zł", then Save
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "kwotą w złotych" in dialog.error_text("cost")
    assert hdr.get_activity(db, first).cost == Decimal("0")
