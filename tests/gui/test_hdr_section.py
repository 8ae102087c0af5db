"""Section "HDR" driven like a user would: adding, editing in place, the checklist, copying, moving, approving."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDialogButtonBox, QLabel, QMessageBox

from tests.hdr_support import PERIOD, stage2
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.hdr_dialogs import ApprovalDialog, ShiftDialog
from ui.models.activities_model import COST, END, FINANCING, MILESTONE, NAME, NUMBER, PERSON, START
from ui.sections.hdr import HdrSection
from ui.widgets.gantt import WEEK
from ui.widgets.hdr_panels import CHANGES_TAB, CHECKLIST_TAB
from ui.widgets.money_edit import MoneyEdit
from wsparcie_desktop.services import hdr, processes
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_baseline import approve_hdr

D = dt.date


@pytest.fixture
def setup(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(
        db,
        s2.process_id,
        HdrData(
            *PERIOD,
            ore_form_code="dobra_praktyka",
            ore_form_due_on=D(2027, 6, 30),
            ore_form_responsible_id=s2.person_ids[0],
        ),
    ).id
    return s2, hdr_id


def show(qtbot, ctx, jst_id) -> HdrSection:
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.resize(1400, 900)
    section.set_jst(jst_id)
    section.show()
    return section


def add(db, hdr_id, name, start, end, person=None, goals=(), **kw) -> int:
    return hdr.save_activity(
        db,
        hdr_id,
        ActivityData(name=name, starts_on=start, ends_on=end, responsible_id=person, goal_ids=list(goals), **kw),
    ).id


def table_names(section) -> list[str]:
    proxy = section.proxy
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def test_adding_an_activity_shows_it_in_the_table_and_in_the_chart(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    section = show(qtbot, ctx, jst_id)
    assert section.editor.isVisible() and table_names(section) == []
    qtbot.mouseClick(section.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = section.findChild(ActivityDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Warsztat dla ")  # QTest types Latin-1 only; the rest as a paste would
    dialog.name.insert("dyrektorów szkół")
    dialog.set_dates(D(2026, 9, 1), D(2026, 9, 30))
    assert "30" in dialog.days.text()
    dialog.person.setCurrentIndex(dialog.person.findData(s2.person_ids[0]))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_names(section) == ["Warsztat dla dyrektorów szkół"])

    (stored,) = hdr.list_activities(db, hdr_id)
    assert (stored.name, stored.starts_on, stored.ends_on, stored.responsible_id) == (
        "Warsztat dla dyrektorów szkół",
        D(2026, 9, 1),
        D(2026, 9, 30),
        s2.person_ids[0],
    )
    bar = section.chart.item_for(stored.id)
    assert bar is not None and bar.bar == next(b for b in section.chart.bars if b.id == stored.id)
    assert bar.rect().width() == 30  # inclusive: 1–30 September is 30 days wide
    assert section.chart.x_of(D(2026, 9, 1)) == bar.rect().left()
    assert section.current_id() == stored.id


def test_a_refused_dialog_keeps_what_was_typed(qtbot, ctx, db, jst_id, setup):
    _, hdr_id = setup
    section = show(qtbot, ctx, jst_id)
    dialog = section.add_activity()
    qtbot.keyClicks(dialog.name, "Szkolenie")
    dialog.set_dates(D(2026, 10, 10), D(2026, 10, 1))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "przed swoim początkiem" in dialog.error_text("ends_on")
    assert dialog.name.text() == "Szkolenie"
    assert hdr.list_activities(db, hdr_id) == []


def test_edit_in_place_and_a_refused_date(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    first = add(db, hdr_id, "Diagnoza", D(2026, 9, 1), D(2026, 9, 30), s2.person_ids[0], s2.goal_ids[:1])
    second = add(
        db, hdr_id, "Szkolenie", D(2026, 10, 1), D(2026, 10, 5), s2.person_ids[0], s2.goal_ids[1:2], depends_on_id=first
    )
    section = show(qtbot, ctx, jst_id)
    table = section.table

    def edit_end(row: int, date: D) -> None:
        index = section.proxy.index(row, END)
        table.setCurrentIndex(index)
        table.edit(index)
        (editor,) = [e for e in table.findChildren(QDateEdit) if e.isVisible()]  # the old one may await deletion
        editor.setDate(date)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    edit_end(0, D(2026, 10, 2))  # would run into the activity that depends on it
    qtbot.waitUntil(lambda: section.table_error.isVisible())
    assert "musi się skończyć najpóźniej 30.09.2026" in section.table_error.text()
    assert hdr.get_activity(db, first).ends_on == D(2026, 9, 30)

    edit_end(1, D(2026, 10, 9))
    qtbot.waitUntil(lambda: hdr.get_activity(db, second).ends_on == D(2026, 10, 9))
    qtbot.waitUntil(lambda: not section.table_error.isVisible())
    assert section.proxy.index(1, END).data() == "09.10.2026"
    assert section.chart.item_for(second).rect().width() == 9

    # the milestone box is ticked where it is shown, as the view does on a click
    assert section.proxy.setData(section.proxy.index(1, MILESTONE), Qt.CheckState.Checked.value,
                                 Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    qtbot.waitUntil(lambda: hdr.get_activity(db, second).is_milestone)


def test_sorting_by_date_and_moving_in_the_list(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    late = add(db, hdr_id, "Późne", D(2027, 3, 1), D(2027, 3, 2), s2.person_ids[0])
    add(db, hdr_id, "Wczesne", D(2026, 9, 1), D(2026, 9, 2), s2.person_ids[0])
    section = show(qtbot, ctx, jst_id)
    section.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by start date
    assert table_names(section) == ["Wczesne", "Późne"]
    section.select_activity(late)
    qtbot.mouseClick(section.buttons["down"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [a.name for a in hdr.list_activities(db, hdr_id)] == ["Wczesne", "Późne"])
    assert section.proxy.sortColumn() == NUMBER  # the list's own order is shown again
    assert table_names(section) == ["Wczesne", "Późne"] and section.current_id() == late


def test_copy_shift_and_delete(qtbot, ctx, db, jst_id, setup, monkeypatch):
    s2, hdr_id = setup
    original = add(
        db,
        hdr_id,
        "Warsztat",
        D(2026, 9, 1),
        D(2026, 9, 30),
        s2.person_ids[0],
        cost=Decimal("100"),
        financing="budzet_jst",
    )
    section = show(qtbot, ctx, jst_id)
    section.select_activity(original)
    qtbot.mouseClick(section.buttons["copy"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_names(section) == ["Warsztat", "Warsztat (kopia)"])
    copy_id = section.current_id()
    assert copy_id != original

    qtbot.mouseClick(section.buttons["shift"], Qt.MouseButton.LeftButton)
    dialog = section.findChild(ShiftDialog)
    dialog.days.setValue(14)
    assert "15.09.2026 – 14.10.2026" in dialog.preview.text()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: hdr.get_activity(db, copy_id).starts_on == D(2026, 9, 15))
    assert hdr.get_activity(db, copy_id).days == 30

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.select_activity(copy_id)
    qtbot.mouseClick(section.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_names(section) == ["Warsztat"])
    assert [a.id for a in hdr.list_activities(db, hdr_id)] == [original]
    assert section.chart.item_for(copy_id) is None


def test_checklist_item_takes_the_user_to_the_activity_and_field(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    add(db, hdr_id, "Z osobą", D(2026, 9, 1), D(2026, 9, 2), s2.person_ids[0], s2.goal_ids[:2])
    nobody = add(db, hdr_id, "Bez osoby", D(2026, 9, 1), D(2026, 9, 2), None, s2.goal_ids[:1])
    section = show(qtbot, ctx, jst_id)
    items = [section.panels.checklist.item(i) for i in range(section.panels.checklist.count())]
    item = next(i for i in items if "nie ma osoby odpowiedzialnej" in i.text())
    rect = section.panels.checklist.visualItemRect(item)
    section.panels.setCurrentIndex(CHECKLIST_TAB)
    qtbot.mouseClick(section.panels.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = section.table.currentIndex()
    assert current.data(Qt.ItemDataRole.UserRole + 2) == nobody and current.column() == PERSON
    assert section.chart.selected_id() == nobody
    assert "errors: 1" in section.panels.tabText(CHECKLIST_TAB)


def test_approval_and_the_changes_panel(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    ids = [
        add(db, hdr_id, f"Działanie {n}", D(2026, 10, 1), D(2026, 10, 31), s2.person_ids[0], [g])
        for n, g in enumerate(s2.goal_ids[:2])
    ]
    section = show(qtbot, ctx, jst_id)
    qtbot.mouseClick(section.approve_button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(ApprovalDialog)
    dialog.who.setEditText("Jan Wójcik, Wójt Gminy")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: hdr.get_hdr(db, s2.process_id).approved_by == "Jan Wójcik, Wójt Gminy")
    assert section.panels.changes.count() == 0
    ctx.announce(hdr.shift_activity(db, ids[0], 7))  # as another screen's change reaches this one
    assert section.panels.changes.count() == 1
    assert "Przesunięto" in section.panels.changes.item(0).text() and "+7 dni" in section.panels.changes.item(0).text()
    assert "(1)" in section.panels.tabText(CHANGES_TAB)
    assert section.chart.bars[0].baseline == (D(2026, 10, 1), D(2026, 10, 31))


def test_period_and_ore_fields_are_stored_when_left(qtbot, ctx, db, jst_id, setup):
    s2, _ = setup
    section = show(qtbot, ctx, jst_id)
    section.settings.period_end.setFocus()
    section.settings.period_end.setDate(D(2026, 8, 1))  # before the start: refused next to the fields
    section.settings.period_end.editingFinished.emit()
    assert "nie może być przed jego początkiem" in section.settings.error.text()
    assert hdr.get_hdr(db, s2.process_id).period_end == PERIOD[1]
    section.settings.period_end.setDate(D(2027, 6, 30))
    section.settings.period_end.editingFinished.emit()
    qtbot.waitUntil(lambda: hdr.get_hdr(db, s2.process_id).period_end == D(2027, 6, 30))
    section.settings.ore_form.setCurrentIndex(section.settings.ore_form.findData("minireportaz"))
    section.settings.ore_form.activated.emit(section.settings.ore_form.currentIndex())
    qtbot.waitUntil(lambda: hdr.get_hdr(db, s2.process_id).ore_form_code == "minireportaz")


def test_without_process_or_goals_the_section_says_so(qtbot, ctx, db, jst_id):
    section = show(qtbot, ctx, jst_id)
    assert (
        not section.editor.isVisible()
        and "Advisory process" in section.notice.text()
        or "Proces doradczy" in section.notice.text()
    )
    started = processes.save_process(db, jst_id, processes.ProcessData(name="Proces", started_on=D(2026, 1, 1)))
    ctx.announce(started)  # as the section "Advisory process" announces it
    assert section.wizard_button.isVisible() and not section.editor.isVisible()
    ctx.announce(hdr.save_hdr(db, started.process_id, HdrData(*PERIOD)))
    assert section.editor.isVisible()
    assert "stage 2" in section.notice.text() or "etap 2" in section.notice.text()
    assert section.buttons["add"].isEnabled()


def test_chart_zoom_keeps_the_chart_as_it_is(qtbot):
    from ui.widgets.gantt import GanttView
    from wsparcie_desktop.services.hdr_projection import GanttRow

    view = GanttView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    bars = [GanttRow(i, i, f"Działanie {i}", D(2026, 9, 1) + dt.timedelta(days=i), D(2026, 9, 20) +
                     dt.timedelta(days=i), i % 10 == 0, (D(2026, 9, 1), D(2026, 9, 5)) if i % 3 == 0 else None)
            for i in range(1, 201)]  # fmt: skip
    view.set_bars(bars, PERIOD, today=D(2026, 11, 2))
    view.show()
    assert view.scene().items() == []  # nothing built per bar: the rows in view are painted
    left = view.item_for(150).rect()
    view.set_zoom(WEEK)
    assert view.transform().m11() == 22.0
    assert view.item_for(150).rect() == left and view.bars == bars
    view.select_activity(150)
    assert view.selected_id() == 150


def test_dates_typed_the_polish_way_in_the_table(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    first = add(db, hdr_id, "Diagnoza", D(2026, 9, 1), D(2026, 9, 30), s2.person_ids[0], s2.goal_ids[:1])
    section = show(qtbot, ctx, jst_id)
    table = section.table
    for typed, expected in (("5.9.2026", D(2026, 9, 5)), ("1-9-2026", D(2026, 9, 1)), ("07.09.2026", D(2026, 9, 7))):
        index = section.proxy.index(0, START)
        table.setCurrentIndex(index)
        table.edit(index)  # as a double click or F2 does
        (editor,) = [e for e in table.findChildren(QDateEdit) if e.isVisible()]
        # the field takes the focus and selects the day, as in the program's active window (offscreen may
        # leave the window inactive once other tests have run)
        QApplication.sendEvent(editor, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
        qtbot.keyClicks(editor, typed)
        with qtbot.waitSignal(ctx.signals.changed):  # stored, and the change announced
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert hdr.get_activity(db, first).starts_on == expected
    assert not section.table_error.isVisible()


@pytest.fixture
def polish_locale():
    """Numbers typed as the program reads them (ui.app sets this locale): a decimal comma."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    yield
    QLocale.setDefault(previous)


def test_a_cost_typed_before_its_source_is_kept_until_the_source_is_chosen(
    qtbot, ctx, db, jst_id, setup, polish_locale
):
    s2, hdr_id = setup
    first = add(db, hdr_id, "Szkolenie", D(2026, 9, 1), D(2026, 9, 30), s2.person_ids[0], s2.goal_ids[:1])
    section = show(qtbot, ctx, jst_id)
    table = section.table
    index = section.proxy.index(0, COST)
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = [e for e in table.findChildren(MoneyEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, "1234,50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.table_error.isVisible())
    assert "1\xa0234,50" in section.table_error.text()
    assert hdr.get_activity(db, first).cost == 0  # nothing half-written
    qtbot.waitUntil(lambda: any(c.isVisible() for c in table.findChildren(QComboBox)))  # the source is asked for
    (combo,) = [c for c in table.findChildren(QComboBox) if c.isVisible()]
    assert table.currentIndex().column() == FINANCING
    combo.setCurrentIndex(combo.findData("budzet_jst"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hdr.get_activity(db, first).financing == "budzet_jst")
    assert hdr.get_activity(db, first).cost == Decimal("1234.50")
    qtbot.waitUntil(lambda: section.proxy.index(0, COST).data() == "1\xa0234,50\xa0zł")


def test_delete_in_a_sorted_table_selects_the_row_below_on_screen(qtbot, ctx, db, jst_id, setup, monkeypatch):
    s2, hdr_id = setup
    early = add(db, hdr_id, "Wczesne", D(2026, 9, 1), D(2026, 9, 5), s2.person_ids[0])
    late = add(db, hdr_id, "Późne", D(2027, 3, 1), D(2027, 3, 5), s2.person_ids[0])
    middle = add(db, hdr_id, "Środkowe", D(2026, 12, 1), D(2026, 12, 5), s2.person_ids[0])
    section = show(qtbot, ctx, jst_id)
    section.table.sortByColumn(START, Qt.SortOrder.AscendingOrder)
    assert table_names(section) == ["Wczesne", "Środkowe", "Późne"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.select_activity(early)
    qtbot.mouseClick(section.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_names(section) == ["Środkowe", "Późne"])
    assert section.current_id() == middle  # the row that was below it on screen, not the next in the list
    last = add(db, hdr_id, "Ostatnie", D(2027, 6, 1), D(2027, 6, 5), s2.person_ids[0])
    section.refresh()
    section.select_activity(last)
    qtbot.mouseClick(section.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_names(section) == ["Środkowe", "Późne"])
    assert section.current_id() == late  # the last row on screen gone: the one above it, not the first


def test_the_dashboard_shows_the_approval_when_it_is_next_shown(qtbot, ctx, db, jst_id, setup):
    from ui.sections.dashboard import DashboardSection

    s2, hdr_id = setup
    for n, goal in enumerate(s2.goal_ids[:2]):
        add(db, hdr_id, f"Działanie {n}", D(2026, 10, 1), D(2026, 10, 31), s2.person_ids[0], [goal])
    dashboard = DashboardSection(ctx)
    qtbot.addWidget(dashboard)
    dashboard.set_jst(jst_id)
    assert "○ HDR zatwierdzony" in dashboard.cards[1].steps.text()
    dashboard.set_jst(jst_id, lazy=True)  # hidden, as the main window keeps every section but the one shown
    section = show(qtbot, ctx, jst_id)
    dialog = section.approve()
    dialog.who.setEditText("Jan Wójcik, Wójt Gminy")
    dialog.accept()
    assert hdr.get_hdr(db, s2.process_id).approved_on is not None
    assert "○ HDR zatwierdzony" in dashboard.cards[1].steps.text()  # not read while hidden
    dashboard.show()
    assert "✔ HDR zatwierdzony" in dashboard.cards[1].steps.text()
    assert "✔ HDR zatwierdzony" in dashboard.cards[2].steps.text()


def test_the_table_and_chart_split_is_remembered_and_the_period_is_a_tab(qtbot, ctx, db, jst_id, setup):
    from PySide6.QtCore import QSettings

    from ui.sections.hdr import SPLITTER_KEY

    QSettings("wsparcie-jst", "wsparcie-jst").remove(SPLITTER_KEY)
    first = show(qtbot, ctx, jst_id)
    last = first.panels.widget(first.panels.count() - 1)
    assert last.isAncestorOf(first.settings)  # beside the chart, not above it
    total = sum(first.splitter.sizes())
    first.splitter.moveSplitter(total // 4, 1)  # the user gives the chart three quarters
    chosen = first.splitter.sizes()
    assert chosen[0] < chosen[1]
    second = show(qtbot, ctx, jst_id)  # the next time the screen is built (another start of the program)
    assert second.splitter.sizes() == chosen
    QSettings("wsparcie-jst", "wsparcie-jst").remove(SPLITTER_KEY)


def test_the_days_column_is_in_view_without_scrolling_on_a_laptop(qtbot, ctx, db, jst_id, setup):
    from ui.models.activities_model import DAYS

    s2, hdr_id = setup
    add(db, hdr_id, "Diagnoza potrzeb doskonalenia nauczycieli we wszystkich szkołach gminy " * 2,
        D(2026, 9, 1), D(2026, 9, 30), s2.person_ids[0])  # fmt: skip
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.resize(1000, 700)  # what a 1366×768 window leaves the section
    section.set_jst(jst_id)
    section.show()
    header = section.table.horizontalHeader()
    right_edge = header.sectionPosition(DAYS) + header.sectionSize(DAYS)
    assert right_edge <= section.table.viewport().width()


def test_no_ore_due_date_stored_shows_none_and_stays_none(qtbot, ctx, db, jst_id, setup):
    s2, hdr_id = setup
    data = HdrData(*PERIOD, ore_form_code="dobra_praktyka", ore_form_due_on=None)
    hdr.save_hdr(db, s2.process_id, data)
    section = show(qtbot, ctx, jst_id)
    assert section.settings.ore_due.text() == section.settings.ore_due.specialValueText()  # "— not set —"
    assert section.settings.value().ore_form_due_on is None
    section.settings.ore_due.setDate(D(2027, 6, 1))
    section.settings.ore_due.editingFinished.emit()
    assert hdr.load_plan(db, s2.process_id).hdr.ore_form_due_on == D(2027, 6, 1)


def test_a_refused_approval_grows_the_dialog_so_every_field_stays_whole(qtbot, ctx, db, jst_id, setup):
    section = show(qtbot, ctx, jst_id)
    dialog = section.approve()
    qtbot.waitExposed(dialog)
    dialog.who.setEditText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # refused: who approved is missing
    error = dialog.findChild(QLabel, "error_approved_by")
    assert error.isVisible() and error.text()
    assert error.height() >= error.heightForWidth(error.width())  # every line of the message shows
    bottom = dialog.on.mapTo(dialog, dialog.on.rect().bottomLeft()).y()
    assert bottom <= dialog.buttons.geometry().top() and dialog.on.height() >= dialog.on.sizeHint().height()
    dialog.mark_clean()  # leave without the "Save the changes?" question
    dialog.close()


def test_the_tabs_beside_the_chart_are_built_when_first_shown_with_the_plan_as_read(qtbot, ctx, db, jst_id, setup):
    """The checklist's and the changes' items are not made on opening (a plan of 5,000 activities has a thousand
    findings nobody sees then), nor the period's fields; each shows what it would have shown when its tab is chosen."""
    s2, hdr_id = setup
    first = add(db, hdr_id, "Z osobą", D(2026, 9, 1), D(2026, 9, 2), s2.person_ids[0], s2.goal_ids)
    approve_hdr(db, s2.process_id, "Jan Wójcik, Wójt Gminy", D(2026, 8, 20))
    hdr.shift_activity(db, first, 7)
    add(db, hdr_id, "Bez osoby", D(2026, 9, 1), D(2026, 9, 2), None, s2.goal_ids[:1])  # added since: a change
    section = show(qtbot, ctx, jst_id)
    panels = section.panels
    assert panels._checklist.count() == 0 and panels._changes.count() == 0 and section._settings is None
    errors = sum(f.is_error for f in section.findings)
    assert panels.tabText(CHECKLIST_TAB) == f"Checklist (errors: {errors}, warnings: {len(section.findings) - errors})"
    assert panels.tabText(CHANGES_TAB) == "Changes against the approved plan (2)"  # the titles count from the start

    panels.setCurrentIndex(CHECKLIST_TAB)
    assert panels._checklist is not None and panels.checklist.isVisible()
    shown = [panels.checklist.item(i).text() for i in range(panels.checklist.count())]
    assert shown == [f.message for f in section.findings] and any("nie ma osoby odpowiedzialnej" in t for t in shown)

    panels.setCurrentIndex(CHANGES_TAB)
    changes = [panels.changes.item(i).text() for i in range(panels.changes.count())]
    assert panels.changes.isVisible() and len(changes) == 2 and "Jan Wójcik" in panels.changes_summary.text()
    assert any("Przesunięto" in t and "+7 dni" in t for t in changes)

    panels.setCurrentIndex(section.settings_tab)
    assert section._settings is not None and section.settings.isVisible()
    assert (section.settings.period_start.date().toPython(), section.settings.period_end.date().toPython()) == PERIOD
    assert section.settings.ore_form.currentData() == "dobra_praktyka"
    assert section.settings.ore_person.currentData() == s2.person_ids[0]

    ctx.announce(hdr.shift_activity(db, first, 7))  # once built, they follow every change as before
    assert any("+14 dni" in panels.changes.item(i).text() for i in range(panels.changes.count()))


def test_the_period_tab_built_late_is_read_only_for_a_reader(qtbot, ctx, db, jst_id, setup, monkeypatch):
    monkeypatch.setattr(type(ctx), "may_edit", lambda self, jst_id=None: False)
    section = show(qtbot, ctx, jst_id)
    assert section._settings is None
    section.panels.setCurrentIndex(section.settings_tab)
    assert section.settings.period_start.isReadOnly() and not section.settings.ore_form.isEnabled()
