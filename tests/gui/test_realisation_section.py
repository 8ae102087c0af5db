"""Section "Realizacja HDR": an activity recorded as done by keyboard shows in the table, the Gantt and the dashboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.main_window import MainWindow
from wsparcie_desktop.services import hdr_progress
from wsparcie_desktop.services.hdr import load_plan
from wsparcie_desktop.services.hdr_projection import gantt_rows


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch):
    def box(_parent, _title, text, *_args):
        raise AssertionError(f"unexpected message box: {text}")

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box)


@pytest.fixture
def window(qtbot, demo_db):
    db, demo = demo_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.select_jst(demo.jst_id)
    return window


def section(window, key):
    return window.sections[[s.key for s in window.sections].index(key)]


def test_an_activity_recorded_done_by_keyboard_shows_in_the_table_the_gantt_and_the_dashboard(qtbot, window, demo_db):
    db, demo = demo_db
    window.show_section("realisation")
    realisation = section(window, "realisation")
    activity_id = demo.extra["hdr_activity_ids"]["konsultacje_rad"]  # planned, not started
    realisation.select_activity(activity_id)
    table = realisation.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2)  # in progress: the actual start is today
    assert hdr_progress.get_progress(db, activity_id).status == "in_progress"
    realisation.select_activity(activity_id)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # ended today: done
    stored = hdr_progress.get_progress(db, activity_id)
    today = dt.date.today()
    assert (stored.status, stored.actual_end) == ("done", today)
    row = realisation.model.row_of(activity_id)
    status = realisation.model.index(row, 6).data()
    actual = realisation.model.index(row, 5).data()
    assert status == "zrealizowane" and today.strftime("%d.%m.%Y") in actual
    # the next row is selected, ready for the next key
    assert realisation.current_id() != activity_id
    # the Gantt rows carry the actuals
    actuals = hdr_progress.actual_dates(db, demo.extra["hdr_id"])
    gantt = {r.id: r for r in gantt_rows(load_plan(db, demo.process_id), actuals=actuals)}
    assert (gantt[activity_id].actual_start, gantt[activity_id].actual_end) == (stored.actual_start, today)
    # and the HDR screen's chart draws them as the third bar
    window.show_section("hdr")
    bar = section(window, "hdr").chart.item_for(activity_id)
    assert bar is not None and bar.actual_rect() is not None and bar.actual_rect().width() > 0
    window.show_section("dashboard")
    card = section(window, "dashboard").cards[2]
    assert "zrealizowane 5 z 16" in card.summary.text()


def test_a_cancel_key_asks_for_the_reason_and_the_overdue_filter_shows_it_late(qtbot, window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    db, demo = demo_db
    window.show_section("realisation")
    realisation = section(window, "realisation")
    activity_id = demo.extra["hdr_activity_ids"]["ewaluacja"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Brak ewaluatora", True))
    realisation.select_activity(activity_id)
    qtbot.keyClick(realisation.table, Qt.Key.Key_5)
    assert hdr_progress.get_progress(db, activity_id).reason == "Brak ewaluatora"
    realisation.when.setCurrentIndex(realisation.when.findData("overdue"))
    shown = [
        realisation.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(realisation.proxy.rowCount())
    ]
    assert demo.extra["hdr_activity_ids"]["zarzadzenie"] in shown and activity_id not in shown


def test_an_overdue_report_to_ore_is_listed_on_its_own_on_the_dashboard_until_it_is_sent(qtbot, window, demo_db):
    from sqlalchemy import update

    from wsparcie_desktop.db.models import Hdr
    from wsparcie_desktop.services import dashboard, ore_report, quick_reads

    db, demo = demo_db
    due = dt.date.today() - dt.timedelta(days=3)
    with db.transaction() as s:  # the HDR planned the report for three days ago
        s.execute(update(Hdr).where(Hdr.id == demo.extra["hdr_id"]).values(ore_form_due_on=due))
    window.show_section("dashboard")
    board = section(window, "dashboard")
    board.refresh()
    line = board.overdue_label.text()
    assert board.overdue_label.isVisibleTo(window)
    assert "Po terminie: raport dla ORE (opis dobrej praktyki)" in line and due.strftime("%d.%m.%Y") in line
    assert "odpowiada:" in line and "stan: w przygotowaniu" in line
    # the start-up read (plain sqlite3) and the ORM service say the same
    orm = dashboard.dashboard(db, demo.jst_id, demo.process_id).overdue
    assert orm == quick_reads.dashboard(db, demo.jst_id, demo.process_id).overdue and len(orm) == 1
    ore_report.set_report_state(db, demo.process_id, "sent", sent_on=dt.date.today())
    board.refresh()
    assert not board.overdue_label.isVisibleTo(window)
    assert dashboard.dashboard(db, demo.jst_id, demo.process_id).overdue == []


def test_the_path_opens_from_a_cause_of_the_tree_and_from_a_data_task(qtbot, window, demo_db):
    from ui.widgets.cause_tree import CauseTreeEditor

    db, demo = demo_db
    editor = CauseTreeEditor()
    qtbot.addWidget(editor)
    editor.set_process(window.ctx, demo.process_id)
    model = editor.model
    cause = next(
        model.cause(model.index(r, 0)) for r in range(model.rowCount())
        if model.cause(model.index(r, 0)).text.startswith("Gmina nie diagnozuje")
    )  # fmt: skip
    editor.view.setCurrentIndex(model.index_of(cause.id))
    dialog = editor.open_path()
    qtbot.addWidget(dialog)
    assert dialog.choice.currentData() == ("cause", cause.id)
    assert demo.extra["hdr_activity_ids"]["diagnoza"] in dialog.path.ids("activity")
    dialog.close()

    window.show_section("data_collection")
    tasks = section(window, "data_collection")
    table = tasks.table
    cells = table.model()
    row = next(r for r in range(cells.rowCount()) if any(
        (cells.index(r, c).data() or "").startswith("Plan i wykonanie środków")
        for c in range(cells.columnCount())))  # fmt: skip
    table.selectRow(row)
    task_id = tasks.selected_id()
    qtbot.mouseClick(tasks.path_button, Qt.MouseButton.LeftButton)
    dialog = tasks.findChild(type(dialog), "path_dialog")
    assert dialog is not None and dialog.choice.currentData() == ("task", task_id)
    assert demo.extra["hdr_activity_ids"]["plan_finansowy"] in dialog.path.ids("activity")
    assert dialog.path.ids("goal") == [demo.extra["goal_ids"][2]]
    dialog.close()

    window.show_section("realisation")  # and from an activity of the plan against reality
    realisation = section(window, "realisation")
    realisation.select_activity(demo.extra["hdr_activity_ids"]["siec"])
    dialog = realisation.open_path()
    qtbot.addWidget(dialog)
    assert dialog.choice.currentData() == ("activity", demo.extra["hdr_activity_ids"]["siec"])


def _settle(qtbot, window):
    for _ in range(3):
        qtbot.wait(20)  # the columns are fitted once the resize and the new type have been handled


@pytest.mark.parametrize("workshop", [False, True], ids=["normal", "workshop"])
def test_at_1280_by_720_the_activity_names_are_readable_and_no_list_scrolls_sideways(qtbot, window, workshop):
    """A projector's 1280×720, with the navigation shown and in workshop mode (F11): the activity's name gets
    room for 26 characters a line (the approved plan, also in the current plan's tooltip, gives way and the
    line under the table says so), no column is cut, and the indicator list fits without sideways scrolling."""
    from ui.models.realisation_model import APPROVED, CURRENT, NAME, STATUS

    window.resize(1280, 720)
    if workshop:
        window.workshop.toggle()
        window.resize(1280, 720)
    try:
        window.show_section("realisation")
        realisation = section(window, "realisation")
        _settle(qtbot, window)
        table, header = realisation.table, realisation.table.horizontalHeader()
        assert header.sectionSize(NAME) >= 26 * table.fontMetrics().averageCharWidth()
        assert table.isColumnHidden(APPROVED) and realisation.hidden_columns.isVisibleTo(window)
        approved = realisation.model.headerData(APPROVED, Qt.Orientation.Horizontal).replace("\n", " ")
        assert approved in realisation.hidden_columns.text()
        tip = realisation.proxy.index(0, CURRENT).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.splitlines()[0].endswith("07.09.2026–16.10.2026")  # the approved plan of activity 1
        assert not table.horizontalScrollBar().isVisible()
        late = next(r for r in range(realisation.proxy.rowCount())
                    if "po terminie" in realisation.proxy.index(r, STATUS).data())  # fmt: skip
        status = realisation.proxy.index(late, STATUS).data()
        assert header.sectionSize(STATUS) >= table.fontMetrics().horizontalAdvance(status.split(" (")[0])
        # the user may bring the approved plan back from the header's menu; the choice stays
        realisation.columns.choose(APPROVED, True)
        assert not table.isColumnHidden(APPROVED)
        realisation.columns.fit()
        assert not table.isColumnHidden(APPROVED)

        realisation.tabs.setCurrentWidget(realisation.indicators)
        _settle(qtbot, window)
        listed = realisation.indicators.list
        assert listed.horizontalScrollBar().maximum() == 0
        assert listed.horizontalHeader().sectionSize(0) >= 20 * listed.fontMetrics().averageCharWidth()
        assert realisation.indicators.measurements.horizontalScrollBar().maximum() == 0

        realisation.tabs.setCurrentWidget(realisation.ore)  # the report's sections wrap in their column
        _settle(qtbot, window)
        sections = realisation.ore.sections
        assert sections.horizontalScrollBar().maximum() == 0 and sections.wordWrap()
        assert realisation.ore.title.cursorPosition() == 0  # a long title shows from its beginning
        realisation.tabs.setCurrentWidget(realisation.monitoring)  # the three documents within the 720 lines
        _settle(qtbot, window)
        last = realisation.monitoring.findChild(QWidget, "bar_logika-zmiany")
        assert last.mapTo(window, QPoint(0, last.height())).y() <= window.height()
    finally:
        if workshop:
            window.workshop.toggle()


def test_a_filter_keeps_the_chosen_activity_and_one_done_leaves_the_overdue_list(qtbot, window, demo_db):
    from ui.models.realisation_model import NAME, STATUS

    db, demo = demo_db
    window.show_section("realisation")
    realisation = section(window, "realisation")
    _settle(qtbot, window)
    late = demo.extra["hdr_activity_ids"]["zarzadzenie"]  # overdue in the demo
    realisation.select_activity(late)
    realisation.when.setCurrentIndex(realisation.when.findData("overdue"))
    assert realisation.current_id() == late, "still chosen: the filter shows it"
    _settle(qtbot, window)
    shown = realisation.proxy.rowCount()
    assert 0 < shown < len(realisation.realisation.rows)
    assert all("po terminie" in realisation.proxy.index(r, STATUS).data() or
               "opóźnione" in realisation.proxy.index(r, STATUS).data() for r in range(shown))  # fmt: skip
    widths = [realisation.table.columnWidth(c) for c in range(9)]
    realisation.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)  # sorted: the same texts, the same widths
    _settle(qtbot, window)
    names = [realisation.proxy.index(r, NAME).data() for r in range(shown)]
    assert names == sorted(names, key=str.lower, reverse=True)
    assert [realisation.table.columnWidth(c) for c in range(9)] == widths
    realisation.select_activity(late)
    assert realisation.ended_today()  # done: no longer overdue, so it leaves the list
    assert hdr_progress.get_progress(db, late).status == "done"
    ids = [
        realisation.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(realisation.proxy.rowCount())
    ]
    assert late not in ids and len(ids) == shown - 1
    assert realisation.realisation.row(late).progress.status == "done", "the counts follow the stored status"
    realisation.when.setCurrentIndex(realisation.when.findData("all"))
    row = realisation.model.row_of(late)
    assert realisation.model.index(row, STATUS).data() == "zrealizowane"


def _lengthen_plan(db, process_id: int, count: int) -> None:
    """The demo's HDR made long: ``count`` more activities after its own (as many as a large powiat plans)."""
    from decimal import Decimal

    from wsparcie_desktop.db.models import HdrActivity
    from wsparcie_desktop.services.hdr import get_hdr

    hdr_id = get_hdr(db, process_id).id
    with db.transaction() as s:
        for n in range(count):
            s.add(HdrActivity(hdr_id=hdr_id, position=1000 + n, name=f"Warsztaty nr {n + 1}", description="",
                              form="warsztat", starts_on=dt.date(2026, 10, 1), ends_on=dt.date(2026, 10, 2),
                              cost=Decimal("100.00"), financing="budzet_jst", expected_result=""))  # fmt: skip


def test_a_long_plan_shows_its_first_rows_at_once_and_the_rest_before_anything_acts_on_it(qtbot, window, demo_db):
    from ui.models.realisation_model import NAME
    from wsparcie_desktop.services.hdr_plan import START_ROWS

    db, demo = demo_db
    _lengthen_plan(db, demo.process_id, 400)
    whole = hdr_progress.find_realisation(db, demo.process_id)
    total = len(whole.rows)
    window.show_section("realisation")
    realisation = section(window, "realisation")
    assert realisation.loading and realisation.model.rowCount() == START_ROWS
    assert str(total) in realisation.summary.text() and realisation.costs.text() == ""
    qtbot.waitUntil(lambda: not realisation.loading)  # read on the event loop
    assert realisation.model.rowCount() == total and realisation.summary.text().endswith(whole.summary)
    assert realisation.costs.text() != ""

    realisation.refresh()  # shown afresh: the first rows again, and a key on a row reads the rest first
    assert realisation.loading
    first = realisation.current_id()
    realisation.table.setFocus()
    qtbot.keyClick(realisation.table, Qt.Key.Key_2)
    assert not realisation.loading and realisation.model.rowCount() == total
    assert hdr_progress.get_progress(db, first).status == "in_progress"
    assert realisation.realisation.row(first).progress.status == "in_progress"  # its row shows what was stored
    assert realisation.realisation.counts == hdr_progress.find_realisation(db, demo.process_id).counts

    realisation.refresh()  # a sort asks for every row
    assert realisation.loading
    realisation.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert not realisation.loading and realisation.proxy.rowCount() == total
    names = [realisation.proxy.index(r, NAME).data() for r in range(total)]
    assert names == sorted(names, key=str.lower, reverse=True)
