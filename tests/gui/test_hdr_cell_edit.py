"""One cell edited in the HDR's table costs one transaction: the save. Nothing is read back, the model is not reset.

Counted with SQLAlchemy's events on the store's engine, around one real edit on the screen, made both as a view
makes it (``setData`` on the table's proxy) and as a user does (the cell's editor, Enter). Before the edits went
through the runner the same edit cost 5 transactions and 28 statements (on the demo gmina 37): the save, reading
the activity back, the latest process, the whole plan and the baseline, the plan again on the next tick.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import event

from tests.hdr_support import PERIOD, stage2
from ui.models.activities_model import ID_ROLE, NAME, PERSON
from ui.sections.hdr import HdrSection
from ui.widgets.hdr_panels import CHECKLIST_TAB
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData

D = dt.date
TRANSACTIONS = 1  # the save
STATEMENTS = 10  # the save's checks (HDR, process, person, goals, dependants, the row, its links) and one UPDATE


@contextmanager
def counted(engine):
    """Statements sent to SQLite, transactions begun and committed, while the block runs."""
    counts = Counter()

    def statement(*_args, **_kwargs):
        counts["statements"] += 1

    def begin(_connection):
        counts["transactions"] += 1

    def commit(_connection):
        counts["commits"] += 1

    listeners = (("before_cursor_execute", statement), ("begin", begin), ("commit", commit))
    for name, listener in listeners:
        event.listen(engine, name, listener)
    try:
        yield counts
    finally:
        for name, listener in listeners:
            event.remove(engine, name, listener)


class Dashboard(Section):
    """Stands for any other screen that shows the HDR's activities (the start page counts them)."""

    key = "watcher"
    watches = frozenset({Kind.HDR_ACTIVITY})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.reloads = 0

    def title(self) -> str:
        return "watcher"

    def refresh(self) -> None:
        self.reloads += 1


@pytest.fixture
def screen(qtbot, ctx, db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    for n in range(1, 6):
        hdr.save_activity(db, hdr_id, ActivityData(
            name=f"Działanie {n}", starts_on=D(2026, 9, n), ends_on=D(2026, 9, 20 + n), responsible_id=s2.person_ids[0],
        ))  # fmt: skip
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.set_jst(jst_id)
    section.show()
    other = Dashboard(ctx)
    qtbot.addWidget(other)
    other.set_jst(jst_id, lazy=True)  # hidden, as every section but the one shown
    section.resets = []
    section.model.modelReset.connect(lambda: section.resets.append(1))
    section.announced = []
    ctx.signals.changed.connect(lambda change, origin: section.announced.append((change, origin)))
    section.other = other
    section.s2 = s2
    return section


def settle(qtbot) -> None:
    """Let the next ticks run: the old screen read the plan again one tick after the save."""
    qtbot.wait(50)


def test_one_cell_stored_through_the_table_is_one_transaction(qtbot, ctx, screen):
    index = screen.proxy.index(0, NAME)
    activity_id = index.data(ID_ROLE)
    with counted(ctx.db.engine) as counts:
        assert screen.proxy.setData(index, "Diagnoza potrzeb w szkołach")
        settle(qtbot)
    assert counts == Counter(statements=STATEMENTS, transactions=TRANSACTIONS, commits=TRANSACTIONS)
    assert hdr.get_activity(ctx.db, activity_id).name == "Diagnoza potrzeb w szkołach"
    assert screen.proxy.index(0, NAME).data() == "Diagnoza potrzeb w szkołach" and screen.resets == []
    assert screen.announced == [(Change(Kind.HDR_ACTIVITY, screen.jst_id, screen.process_id, (activity_id,)), screen)]
    assert screen.other.reloads == 0  # hidden: the other screen reads again only when it is shown
    screen.other.show()
    assert screen.other.reloads == 1


def test_one_cell_typed_in_its_editor_is_one_transaction(qtbot, ctx, screen):
    table = screen.table
    index = screen.proxy.index(1, NAME)
    activity_id = index.data(ID_ROLE)
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, "Warsztat dla dyrektorow")
    with counted(ctx.db.engine) as counts:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(qtbot)
    assert counts == Counter(statements=STATEMENTS, transactions=TRANSACTIONS, commits=TRANSACTIONS)
    assert hdr.get_activity(ctx.db, activity_id).name == "Warsztat dla dyrektorow"
    assert screen.proxy.index(1, NAME).data() == "Warsztat dla dyrektorow" and screen.resets == []
    assert table.currentIndex().data(ID_ROLE) == activity_id  # the selection stays on the row edited
    assert [change.ids for change, _origin in screen.announced] == [(activity_id,)]


def test_the_checklist_and_the_chart_follow_a_cell_without_reading_the_plan(qtbot, ctx, screen, monkeypatch):
    def errors() -> int:
        text = screen.panels.tabText(CHECKLIST_TAB)  # "Checklist (errors: 6, warnings: 6)"
        return int(text.split("errors: ")[1].split(",")[0])

    def listed() -> list[str]:
        return [screen.panels.checklist.item(i).text() for i in range(screen.panels.checklist.count())]

    activity_id = screen.proxy.index(2, NAME).data(ID_ROLE)
    before = errors()
    assert screen.proxy.setData(screen.proxy.index(2, PERSON), None)  # nobody responsible: the checklist says so
    assert "„Działanie 3” nie ma osoby odpowiedzialnej." in listed() and errors() == before + 1
    assert screen.proxy.index(2, PERSON).data(Qt.ItemDataRole.BackgroundRole) is not None  # the cell is tinted

    def no_reading(*_args):
        raise AssertionError("the plan was read again")

    monkeypatch.setattr(hdr, "load_plan", no_reading)
    assert screen.proxy.setData(screen.proxy.index(2, PERSON), screen.s2.person_ids[1])
    settle(qtbot)
    assert hdr.get_activity(ctx.db, activity_id).responsible_id == screen.s2.person_ids[1]
    assert "„Działanie 3” nie ma osoby odpowiedzialnej." not in listed() and errors() == before
    assert screen.proxy.index(2, PERSON).data(Qt.ItemDataRole.BackgroundRole) is None
    assert screen.plan.activity(activity_id).responsible_id == screen.s2.person_ids[1]  # the plan the dialogs use
    assert screen.chart.selected_id() == screen.current_id()
    bar = screen.chart.item_for(activity_id)
    assert "Jan Wójcik" in bar.toolTip() and screen.resets == []


def test_a_refused_cell_keeps_the_screen_and_says_what_was_typed(qtbot, ctx, screen):
    activity_id = screen.proxy.index(0, NAME).data(ID_ROLE)
    with counted(ctx.db.engine) as counts:
        assert not screen.proxy.setData(screen.proxy.index(0, NAME), "")
        settle(qtbot)
    assert counts["transactions"] == 0  # refused by the rule before the store is asked
    assert screen.table_error.isVisible() and "Nazwa działania" in screen.table_error.text()
    assert hdr.get_activity(ctx.db, activity_id).name == "Działanie 1" and screen.announced == []
    assert screen.proxy.setData(screen.proxy.index(0, NAME), "Działanie pierwsze")
    assert not screen.table_error.isVisible()


@pytest.mark.parametrize(("typed", "expected"), [("2.9.2026", D(2026, 9, 2)), ("15.09.2026", D(2026, 9, 15))])
def test_typing_over_a_date_cell_keeps_the_first_digit(qtbot, ctx, screen, typed, expected):
    """The key that opens the editor is the date's first digit, as in a spreadsheet."""
    from ui.models.activities_model import START

    table = screen.table
    index = screen.proxy.index(0, START)
    activity_id = index.data(ID_ROLE)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClicks(table, typed[0])  # opens the editor with this key
    editor = table.focusWidget() if table.focusWidget() is not table else None
    editor = editor or next(w for w in table.findChildren(QLineEdit) if w.hasFocus())
    qtbot.keyClicks(editor, typed[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert hdr.get_activity(ctx.db, activity_id).starts_on == expected
