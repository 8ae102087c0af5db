"""A long plan in the HDR section: painted from its first rows, the rest read in steps on the event loop.

Whatever the screen shows once the steps are done is what a whole reading shows; and whatever the user (or a
caller) does before they are done (a sort, an edit, the checklist's tab, a row further down, a click) finds
the whole plan there first.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QEventLoop, QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.hdr_support import PERIOD, stage2
from ui.models.activities_model import DEPENDS, NAME, NUMBER, PERSON, START
from ui.sections.hdr import HdrSection
from ui.widgets.hdr_panels import CHANGES_TAB, CHECKLIST_TAB
from wsparcie_desktop.db.models import ActivityGoal, ActivityPartner, ActivityProgress, HdrActivity
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import HdrData
from wsparcie_desktop.services.hdr_baseline import approve_hdr

D = dt.date
COUNT = hdr.START_ROWS + 50  # more than the first rows read at once
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole)  # fmt: skip


@pytest.fixture
def long_plan(db, jst_id):
    """An approved plan of COUNT activities, changed since: tints (outside the period, one person carrying too
    much at once), a dependency on an activity far down the list, the approved plan's bars and the changes
    against it, what was carried out; the longest activity, the dearest and the one with most goals far down."""
    s2 = stage2(db, jst_id)
    process_id = s2.process_id
    hdr_id = hdr.save_hdr(db, process_id, HdrData(*PERIOD, ore_form_code="dobra_praktyka",
                                                  ore_form_due_on=D(2027, 6, 30),
                                                  ore_form_responsible_id=s2.person_ids[0])).id  # fmt: skip
    with db.transaction() as s:
        rows = []
        for n in range(COUNT):
            start = PERIOD[0] + dt.timedelta(days=(n * 7) % 300)
            row = HdrActivity(hdr_id=hdr_id, position=n, name=f"Działanie {n + 1}", description=f"Opis {n + 1}",
                              form="warsztat", starts_on=start, ends_on=start + dt.timedelta(days=10),
                              responsible_id=s2.person_ids[n % 3], cost=Decimal(100 + n), financing="budzet_jst",
                              is_milestone=n % 9 == 0, expected_result="Wynik")  # fmt: skip
            s.add(row)
            rows.append(row)
        s.flush()
        for n, row in enumerate(rows):
            s.add(ActivityGoal(activity_id=row.id, goal_id=s2.goal_ids[n % 2]))
            s.add(ActivityPartner(activity_id=row.id, kind="odn", name=f"Ośrodek {n}"))
        ids = [row.id for row in rows]
    approve_hdr(db, process_id, "Wójt Gminy", D(2026, 8, 20))
    with db.transaction() as s:
        rows = [s.get(HdrActivity, i) for i in ids]
        rows[14].ends_on = PERIOD[1] + dt.timedelta(days=5)  # after the period: an error, a tint
        rows[COUNT - 10].starts_on = PERIOD[0] - dt.timedelta(days=30)  # the chart begins earlier
        rows[COUNT - 20].ends_on = rows[COUNT - 20].starts_on + dt.timedelta(days=200)  # the longest
        rows[COUNT - 30].cost = Decimal("1234567.89")  # the dearest
        for goal_id in s2.goal_ids:  # the most goals
            if goal_id != s2.goal_ids[(COUNT - 40) % 2]:
                s.add(ActivityGoal(activity_id=rows[COUNT - 40].id, goal_id=goal_id))
        for row in rows[:12]:  # one person with a dozen at once: a warning on the first rows
            row.responsible_id, row.starts_on, row.ends_on = s2.person_ids[0], D(2026, 10, 1), D(2026, 10, 20)
        rows[4].depends_on_id = rows[COUNT - 1].id  # "after activity COUNT", far down
        s.add(ActivityProgress(activity_id=rows[1].id, status="done", actual_start=D(2026, 10, 2),
                               actual_end=D(2026, 10, 25)))  # fmt: skip
        s.add(ActivityProgress(activity_id=rows[COUNT - 5].id, status="in_progress",
                               actual_start=PERIOD[0] - dt.timedelta(days=40)))  # fmt: skip
    return s2, hdr_id, ids


def drained() -> None:
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5000)


def shown_from_its_start(qtbot, ctx, jst_id) -> HdrSection:
    """As the main window shows it: hidden when told the JST, read when shown; painted once, the steps not run."""
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.resize(1400, 900)
    section.set_jst(jst_id, lazy=True)
    section.show()
    QApplication.processEvents()  # the first paint (the steps wait for it, so none has run yet)
    section.table.viewport().repaint()
    assert section.loading and not section.model.complete
    return section


def read_whole(qtbot, ctx, jst_id) -> HdrSection:
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.resize(1400, 900)
    section.set_jst(jst_id)  # hidden: read at once, the whole plan
    section.show()
    QApplication.processEvents()
    assert not section.loading
    return section


def cells(section, rows=None) -> list:
    proxy = section.proxy
    rows = range(proxy.rowCount()) if rows is None else rows
    return [[[proxy.index(r, c).data(role) for role in ROLES] for c in range(DEPENDS + 1)] for r in rows]


def widths(section) -> list[int]:
    """The widths of the columns sized to their texts. (The name takes what the others leave and the last one
    stretches: those follow the window, and differ between a screen read before it is shown and one read as it
    is shown, as the main window does, whatever the plan's length.)"""
    header = section.table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count()) if c not in (NAME, DEPENDS)]


def screen(section) -> dict:
    """What the screen shows: every cell of the table, its columns, the chart, the checklist and the changes."""
    panels = section.panels
    return {
        "cells": cells(section),
        "widths": widths(section),
        "bars": list(section.chart.bars),
        "scene": section.chart.sceneRect(),
        "days": (section.chart.first_day, section.chart.last_day),
        "status": section.status.text(),
        "tabs": [panels.tabText(i) for i in range(panels.count())],
        "checklist": [panels.checklist.item(i).text() for i in range(panels.checklist.count())],
        "changes": [panels.changes.item(i).text() for i in range(panels.changes.count())],
        "summary": panels.changes_summary.text(),
        "selected": (section.current_id(), section.chart.selected_id()),
    }


def test_the_first_rows_are_shown_at_once_and_once_the_rest_is_read_the_screen_is_as_a_whole_reading(
    qtbot, ctx, db, jst_id, long_plan
):  # fmt: skip
    whole = read_whole(qtbot, ctx, jst_id)
    expected = screen(whole)
    section = shown_from_its_start(qtbot, ctx, jst_id)
    in_view = range(20)
    first = cells(section, in_view)
    # the rows on screen before the rest is read: their texts as a whole reading gives them (the tints follow)
    assert [[cell[0] for cell in row] for row in first] == [[cell[0] for cell in row] for row in expected["cells"][:20]]
    assert first[4][DEPENDS][0] == str(COUNT)  # the number of an activity not read yet
    assert section.status.text() == expected["status"]  # the count of every activity
    assert (section.chart.first_day, section.chart.last_day) == expected["days"]  # the whole plan's time scale
    assert section.chart.sceneRect() == expected["scene"]
    assert widths(section) == expected["widths"]  # sized for every row, the widest far down
    header = section.table.horizontalHeader()
    before = [header.sectionSize(c) for c in range(header.count())]
    qtbot.waitUntil(lambda: not section.loading)
    assert section.model.complete
    assert screen(section) == expected
    assert [header.sectionSize(c) for c in range(header.count())] == before  # nothing moved as the rest came


@pytest.mark.parametrize("act", ["sort", "edit", "checklist", "changes", "last row", "chart", "click", "plan"])
def test_whatever_needs_more_than_the_first_rows_has_the_rest_read_first(qtbot, ctx, db, jst_id, long_plan, act):
    s2, _hdr_id, ids = long_plan
    section = shown_from_its_start(qtbot, ctx, jst_id)
    if act == "sort":
        section.table.sortByColumn(START, Qt.SortOrder.DescendingOrder)
    elif act == "edit":
        assert section.proxy.setData(section.proxy.index(0, PERSON), s2.person_ids[1])
    elif act == "checklist":
        section.panels.setCurrentIndex(CHECKLIST_TAB)
    elif act == "changes":
        section.panels.setCurrentIndex(CHANGES_TAB)
    elif act == "last row":
        section.select_activity(ids[-1])
        section.table.viewport().repaint()
    elif act == "chart":
        section.chart.verticalScrollBar().setValue(section.chart.verticalScrollBar().maximum())
        section.chart.viewport().repaint()
    elif act == "click":
        qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 45))
    elif act == "plan":
        assert len(section.plan.activities) == COUNT
    assert not section.loading and section.model.complete  # read at once, not left for the event loop
    drained()
    done = screen(section)
    whole = read_whole(qtbot, ctx, jst_id)  # the store as it is now (the edit made)
    if act == "sort":
        whole.table.sortByColumn(START, Qt.SortOrder.DescendingOrder)
    elif act == "last row":
        whole.select_activity(ids[-1])
    elif act == "click":
        whole.select_activity(section.current_id())
    if act in ("checklist", "changes"):
        whole.panels.setCurrentIndex(section.panels.currentIndex())
    expected = screen(whole)
    if act == "chart":
        done.pop("selected"), expected.pop("selected")
    assert done == expected


def test_an_edit_before_the_rest_is_read_keeps_the_checklist_and_the_chart_right(qtbot, ctx, db, jst_id, long_plan):
    section = shown_from_its_start(qtbot, ctx, jst_id)
    assert section.proxy.index(14, NUMBER).data() == "15"  # after the period
    assert section.proxy.setData(section.proxy.index(14, NAME), "Działanie piętnaste")
    assert not section.loading
    messages = [f.message for f in section.findings]
    assert any("Działanie piętnaste" in m and "kończy się" in m for m in messages)
    assert any("Działanie piętnaste" in section.panels.checklist.item(i).text()
               for i in range(section.panels.checklist.count()))  # fmt: skip
    assert section.chart.bars[14].name == "Działanie piętnaste" and len(section.chart.bars) == COUNT
    assert hdr.load_plan(db, section.process_id).activities[14].name == "Działanie piętnaste"


def test_a_plan_of_few_activities_is_read_whole_at_once(qtbot, ctx, db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    for n in range(5):
        hdr.save_activity(db, hdr_id, hdr.ActivityData(name=f"D{n}", starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 9)))
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id, lazy=True)
    section.show()
    assert not section.loading and section.model.complete and len(section.chart.bars) == 5
