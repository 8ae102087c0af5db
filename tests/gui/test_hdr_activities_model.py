"""The HDR's activities table model on its own, as a view would use it: rows, roles, sorting, edits of each column.

Each edit goes through the runner and the store; the model then shows the row as the service stored it. A
refused edit leaves the store as it was and says why (with what was typed) through ``save_failed``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.hdr_support import PERIOD, stage2
from ui.models.activities_model import (
    COST,
    DAYS,
    DEPENDS,
    END,
    FINANCING,
    FLAGGED,
    FORM,
    GOALS,
    ID_ROLE,
    MILESTONE,
    NAME,
    NUMBER,
    PERSON,
    SORT_ROLE,
    START,
    ActivitiesModel,
    ActivitiesProxy,
)
from ui.widgets.date_edit import to_qdate
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.errors import StoreError
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_validation import check_plan

D = dt.date
NBSP = "\xa0"


class Table:
    """The model under a widget (the screen that asks for the saves), with what it announced and refused."""

    def __init__(self, ctx, qtbot, process_id: int):
        self.ctx, self.process_id = ctx, process_id
        self.owner = QWidget()
        qtbot.addWidget(self.owner)
        self.model = ActivitiesModel(ctx, self.owner)
        self.failures: list[tuple[str, int, int]] = []
        self.saved: list[int] = []
        self.resets = 0
        self.changed_rows: list[tuple[int, int]] = []
        self.announced: list[tuple[Change, object]] = []
        self.model.save_failed.connect(lambda message, row, column: self.failures.append((message, row, column)))
        self.model.saved.connect(self.saved.append)
        self.model.modelReset.connect(self._reset)
        self.model.dataChanged.connect(lambda top, bottom, *_: self.changed_rows.append((top.row(), bottom.row())))
        ctx.signals.changed.connect(lambda change, origin: self.announced.append((change, origin)))
        plan = hdr.load_plan(ctx.db, process_id)
        self.model.set_plan(plan, check_plan(plan))
        self.resets = 0
        self.changed_rows.clear()

    def _reset(self) -> None:
        self.resets += 1

    def index(self, row: int, column: int) -> QModelIndex:
        return self.model.index(row, column)

    def shown(self, row: int, column: int):
        return self.model.index(row, column).data()

    def stored(self, row: int) -> ActivityData:
        return hdr.get_activity(self.ctx.db, self.model.activity_at(row).id)


@pytest.fixture
def table(qtbot, ctx, db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    first = hdr.save_activity(db, hdr_id, ActivityData(
        name="Diagnoza potrzeb", starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 30), responsible_id=s2.person_ids[0],
        goal_ids=[s2.goal_ids[0]], description="Ankiety w szkołach",
    )).id  # fmt: skip
    hdr.save_activity(db, hdr_id, ActivityData(
        name="Szkolenie rad pedagogicznych", form="szkolenie", starts_on=D(2026, 10, 1), ends_on=D(2026, 10, 5),
        responsible_id=s2.person_ids[1], goal_ids=[s2.goal_ids[1]], cost=Decimal("100"), financing="budzet_jst",
        depends_on_id=first,
    ))  # fmt: skip
    hdr.save_activity(db, hdr_id, ActivityData(
        name="bez osoby", starts_on=D(2026, 11, 2), ends_on=D(2026, 11, 2), is_milestone=True,
        goal_ids=[s2.goal_ids[0]],
    ))  # fmt: skip
    t = Table(ctx, qtbot, s2.process_id)
    t.s2 = s2
    return t


def test_rows_columns_and_headers(table):
    model = table.model
    assert model.rowCount() == 3 and model.columnCount() == 12
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0  # a flat table
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers == ["No.", "Activity", "Form", "Start", "End (inclusive)", "Days", "Responsible person", "Cost",
                       "Financing", "Milestone", "Goals", "After activity"]  # fmt: skip
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert [model.activity_at(r).name for r in range(3)] == ["Diagnoza potrzeb", "Szkolenie rad pedagogicznych",
                                                             "bez osoby"]  # fmt: skip
    assert model.row_of(model.activity_at(2).id) == 2 and model.row_of(None) == -1


def test_data_for_each_role(table):
    shown = [table.shown(1, c) for c in range(12)]
    assert shown == ["2", "Szkolenie rad pedagogicznych", "szkolenie", "01.10.2026", "05.10.2026", "5", "Jan Wójcik",
                     f"100,00{NBSP}zł", "budżet JST", "", "2", "1"]  # fmt: skip
    assert table.shown(2, PERSON) == "— none —" and table.shown(0, DEPENDS) == ""
    edit = [table.index(1, c).data(Qt.ItemDataRole.EditRole) for c in (NAME, FORM, START, END, PERSON, COST, FINANCING)]
    assert edit == ["Szkolenie rad pedagogicznych", "szkolenie", to_qdate(D(2026, 10, 1)), to_qdate(D(2026, 10, 5)),
                    table.s2.person_ids[1], Decimal("100.00"), "budzet_jst"]  # fmt: skip
    assert table.index(1, DAYS).data(Qt.ItemDataRole.EditRole) is None  # worked out, not typed
    assert table.index(1, NAME).data(ID_ROLE) == table.model.activity_at(1).id
    check = Qt.ItemDataRole.CheckStateRole
    assert table.index(2, MILESTONE).data(check) == Qt.CheckState.Checked
    assert table.index(1, MILESTONE).data(check) == Qt.CheckState.Unchecked and table.index(1, NAME).data(check) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    alignment = [table.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in (NUMBER, DAYS, COST, NAME)]
    assert alignment == [right, right, right, None]
    assert table.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole) == "Diagnoza potrzeb\n\nAnkiety w szkołach"
    assert table.index(1, FINANCING).data(Qt.ItemDataRole.ToolTipRole) == "budżet JST"  # elided columns: in full
    # the checklist's finding tints its cell and is its tooltip
    brush = table.index(2, PERSON).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == FLAGGED
    assert "nie ma osoby odpowiedzialnej" in table.index(2, PERSON).data(Qt.ItemDataRole.ToolTipRole)
    assert table.index(1, PERSON).data(Qt.ItemDataRole.BackgroundRole) is None
    assert table.index(0, NAME).data(Qt.ItemDataRole.UserRole + 40) is None and QModelIndex().data() is None


def test_flags_say_which_cells_are_edited_in_place(table):
    model = table.model
    editable = {c for c in range(12) if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable}
    assert editable == {NAME, FORM, START, END, PERSON, COST, FINANCING}
    assert model.flags(model.index(0, MILESTONE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert all(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsSelectable for c in range(12))


def test_sorting_roles_are_the_values_not_their_text(table):
    def key(row, column):
        return table.index(row, column).data(SORT_ROLE)

    assert [key(r, NUMBER) for r in range(3)] == [1, 2, 3]
    assert key(1, START) == D(2026, 10, 1).toordinal() and key(1, END) == D(2026, 10, 5).toordinal()
    assert [key(r, DAYS) for r in range(3)] == [30, 5, 1]
    assert [key(r, COST) for r in range(3)] == [0, 10000, 0]  # grosze, exact
    assert [key(r, MILESTONE) for r in range(3)] == [0, 0, 1]
    assert key(2, NAME) == "bez osoby" and key(0, NAME) == "diagnoza potrzeb"  # case folded
    assert key(1, GOALS) == "2"
    proxy = ActivitiesProxy()
    proxy.setSourceModel(table.model)
    proxy.sort(COST, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, NAME).data() == "Szkolenie rad pedagogicznych"
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)  # "bez osoby" first, although lower-case
    assert [proxy.index(r, NAME).data() for r in range(3)] == ["bez osoby", "Diagnoza potrzeb",
                                                               "Szkolenie rad pedagogicznych"]  # fmt: skip


@pytest.mark.parametrize(
    ("row", "column", "value", "field", "expected"),
    [
        (0, NAME, "Diagnoza potrzeb szkół", "name", "Diagnoza potrzeb szkół"),
        (0, FORM, "warsztat", "form", "warsztat"),
        (0, START, to_qdate(D(2026, 9, 7)), "starts_on", D(2026, 9, 7)),
        (1, END, to_qdate(D(2026, 10, 9)), "ends_on", D(2026, 10, 9)),
        (2, PERSON, "person:2", "responsible_id", "person:2"),
        (0, PERSON, None, "responsible_id", None),
        (1, COST, "1 250,50", "cost", Decimal("1250.50")),
        (1, FINANCING, "fundusze_ue", "financing", "fundusze_ue"),
    ],
)
def test_each_editable_column_is_stored_and_its_row_shows_it_as_stored(table, row, column, value, field, expected):
    if value == "person:2":
        value = expected = table.s2.person_ids[2]
    activity_id = table.model.activity_at(row).id
    before = table.stored(row)
    assert table.model.setData(table.index(row, column), value) is True
    stored = table.stored(row)
    assert getattr(stored, field) == expected and stored.version == before.version + 1
    assert table.model.activity_at(row) == stored  # the row shows what the service stored, its version too
    assert table.model.plan.activity(activity_id) == stored  # … and so does the plan the screen holds
    assert table.saved == [activity_id] and table.failures == []
    assert table.resets == 0 and table.changed_rows == [(row, row)]  # that row only, no reset
    change = Change(Kind.HDR_ACTIVITY, table.model.plan.jst_id, table.process_id, (activity_id,))
    assert table.announced == [(change, table.owner)]  # once, naming the screen that asked


def test_the_milestone_is_ticked_through_its_check_state(table):
    assert table.model.setData(table.index(0, MILESTONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert table.stored(0).is_milestone and table.index(0, MILESTONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert table.model.setData(table.index(0, MILESTONE), True) is False  # not an EditRole column
    assert table.model.setData(table.index(0, NUMBER), "7") is False  # worked out, not edited
    assert table.model.setData(QModelIndex(), "x") is False


def test_a_value_left_as_it_was_stores_nothing(table):
    version = table.stored(0).version
    assert table.model.setData(table.index(0, NAME), "Diagnoza potrzeb") is True
    assert table.stored(0).version == version and table.announced == [] and table.saved == []


@pytest.mark.parametrize(
    ("row", "column", "value", "says", "typed"),
    [
        (0, NAME, "", "Nazwa działania", "Activity: "),
        (1, END, to_qdate(D(2026, 9, 20)), "przed swoim początkiem", "End (inclusive): 20.09.2026"),
        (0, END, to_qdate(D(2026, 10, 2)), "musi się skończyć najpóźniej 30.09.2026", "End (inclusive): 02.10.2026"),
        (1, START, to_qdate(D(2026, 9, 15)), "najwcześniej 01.10.2026", "Start: 15.09.2026"),
        (1, COST, "12,345", "kwotą w złotych", "Cost: 12,345"),
        (1, COST, "-5", "nie może być ujemny", "Cost: -5"),
        (1, FORM, "nieznana", "formę działania", "Form: nieznana"),
    ],
)
def test_a_refused_cell_leaves_the_store_and_the_row_as_they_were_and_says_what_was_typed(
    table, row, column, value, says, typed
):
    before = table.stored(row)
    assert table.model.setData(table.index(row, column), value) is False
    ((message, failed_row, failed_column),) = table.failures
    assert says in message and message.endswith("\n\nWhat you had typed (not saved):\n• " + typed)
    assert (failed_row, failed_column) == (row, column)
    assert table.stored(row) == before and table.model.activity_at(row) == before
    assert table.announced == [] and table.saved == [] and table.resets == 0


def test_a_locked_store_is_said_in_a_box_and_the_typed_name_is_kept_in_the_message(table, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))

    def locked(*_a, **_k):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(hdr, "save_activity", locked)
    assert table.model.setData(table.index(0, NAME), "Diagnoza potrzeb w przedszkolach") is False
    assert boxes == ["Plik danych jest chwilowo zajęty."]
    ((message, _row, column),) = table.failures
    assert message == ("Plik danych jest chwilowo zajęty.\n\nWhat you had typed (not saved):\n"
                       "• Activity: Diagnoza potrzeb w przedszkolach")  # fmt: skip
    assert column == NAME and table.shown(0, NAME) == "Diagnoza potrzeb"


def test_a_cost_typed_before_its_source_waits_for_it_and_goes_into_the_same_save(table, monkeypatch):
    activity_id = table.model.activity_at(0).id  # "bez kosztów"
    assert table.model.setData(table.index(0, COST), "1 234,50") is False
    ((message, row, column),) = table.failures
    assert f"1{NBSP}234,50" in message and (row, column) == (0, FINANCING)  # the screen asks for the source next
    assert activity_id in table.model.pending_costs
    assert table.stored(0).cost == 0 and table.announced == []  # nothing half-written
    assert table.model.setData(table.index(0, FINANCING), "bez_kosztow") is True  # still none: it keeps waiting
    assert activity_id in table.model.pending_costs

    # a source refused by a locked store: the cost still waits for the next choice
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    save = hdr.save_activity

    def locked(*_a, **_k):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(hdr, "save_activity", locked)
    assert table.model.setData(table.index(0, FINANCING), "budzet_jst") is False
    assert activity_id in table.model.pending_costs
    monkeypatch.setattr(hdr, "save_activity", save)

    assert table.model.setData(table.index(0, FINANCING), "budzet_jst") is True
    stored = table.stored(0)
    assert (stored.cost, stored.financing) == (Decimal("1234.50"), "budzet_jst")
    assert activity_id not in table.model.pending_costs
    assert table.shown(0, COST) == f"1{NBSP}234,50{NBSP}zł" and table.shown(0, FINANCING) == "budżet JST"
    assert len(table.announced) == 1  # one save for the cost and its source


def test_a_cost_on_a_paid_activity_is_stored_at_once_and_zero_may_go_back_to_no_cost(table):
    assert table.model.setData(table.index(1, COST), Decimal("0.10")) is True
    assert table.stored(1).cost == Decimal("0.10")
    assert table.model.setData(table.index(1, COST), "") is True  # an empty cell is no cost
    assert table.model.setData(table.index(1, FINANCING), "bez_kosztow") is True
    assert (table.stored(1).cost, table.stored(1).financing) == (Decimal("0"), "bez_kosztow")


def test_the_row_patched_after_a_save_carries_the_version_for_the_next_edit(table):
    for name in ("Diagnoza 1", "Diagnoza 2", "Diagnoza 3"):  # each edit names the version the last one left
        assert table.model.setData(table.index(0, NAME), name) is True
    assert table.stored(0).name == "Diagnoza 3" and table.failures == [] and len(table.saved) == 3
    assert table.shown(0, NAME) == "Diagnoza 3" and table.shown(0, NUMBER) == "1" and table.resets == 0


def test_new_findings_tint_again_only_the_rows_whose_flags_changed(table):
    assert table.model.setData(table.index(2, PERSON), table.s2.person_ids[0]) is True
    assert table.changed_rows == [(2, 2)]  # the row stored
    table.model.set_findings(check_plan(table.model.plan))
    assert table.index(2, PERSON).data(Qt.ItemDataRole.BackgroundRole) is None
    assert table.resets == 0 and table.changed_rows == [(2, 2), (2, 2)]  # its tint gone, the others untouched
    table.model.set_findings(check_plan(table.model.plan))  # nothing new: nothing redrawn
    assert table.changed_rows == [(2, 2), (2, 2)]


def test_an_overload_tints_every_overlapping_activity_not_only_the_first(table):
    from wsparcie_desktop.services.hdr_validation import Finding

    rows = table.model.rowCount()
    ids = [table.index(r, NAME).data(ID_ROLE) for r in range(rows)]
    overload = Finding("warning", "overload", "Za dużo naraz", ids[0], "responsible_id", also=tuple(ids[1:]))
    table.model.set_findings([overload])
    assert all(table.index(r, PERSON).data(Qt.ItemDataRole.BackgroundRole) is not None for r in range(rows))
