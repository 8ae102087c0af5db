"""The Meetings and Remote advice sections driven like a user: a meeting made from its template, people added
from the teams, attendance ticked by keyboard, the attendance list printed, minutes with a task turned into a data
collection task, the rules changed only on purpose, and remote advice refused at the field and then stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.diagnosis_support import make_process
from tests.hdr_support import add_person
from tests.unit.reports_pdf import needs_poppler, text
from ui.context import AppContext, AppSignals
from ui.sections.meetings import MeetingsSection
from ui.sections.remote_advice import RemoteAdviceSection
from ui.widgets.date_edit import to_qdate
from wsparcie_desktop.services import charters, data_tasks, meetings, remote_advice


@pytest.fixture
def setup(qtbot, db, jst_id, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    pid = make_process(db, jst_id)
    advisor = add_person(db, jst_id, "Ewa Szczepańska", role="doradca_rozwoj")
    clerk = add_person(db, jst_id, "Małgorzata Zając")
    wojt = add_person(db, jst_id, "Andrzej Kowalczyk", role="decydent")
    ctx = AppContext(db=db, signals=AppSignals())
    return ctx, pid, advisor, clerk, wojt


def section(qtbot, ctx, jst_id, cls=MeetingsSection):
    screen = cls(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_jst(jst_id)
    return screen


@needs_poppler
def test_a_meeting_from_the_template_attendance_by_keyboard_and_the_printed_list(qtbot, setup, db, jst_id,
                                                                                 monkeypatch, type_text):  # fmt: skip
    ctx, pid, advisor, clerk, wojt = setup
    screen = section(qtbot, ctx, jst_id)
    dialog = screen.add_meeting()
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting_1"))
    assert dialog.title_edit.text() == "Spotkanie 1 w JST", "the title comes from the kind's template"
    dialog.starts.setDate(to_qdate(dt.date(2026, 3, 9)))
    dialog.ends.setDate(to_qdate(dt.date(2026, 3, 12)))
    dialog.accept()
    assert dialog.isVisible() and "od 1 do 3 dni" in dialog.form.error_text("ends_on"), "refused at the field"
    dialog.ends.setDate(to_qdate(dt.date(2026, 3, 10)))
    type_text(dialog.place, "Urząd Gminy, sala narad")
    dialog.accept()
    assert not dialog.isVisible()
    stored = meetings.list_meetings(db, pid)
    assert [s.meeting.title for s in stored] == ["Spotkanie 1 w JST"] and stored[0].leaders == ["Ewa Szczepańska"]
    meeting_id = stored[0].meeting.id
    screen.tabs.setCurrentWidget(screen.agenda)  # a tab is read when it is shown
    assert "wójtem" in screen.agenda.table.item(0, 3).text(), "the agenda is the template's"

    picker = screen.attendance.pick_people()
    assert picker.people.count() == 3
    picker.accept()
    table = screen.attendance.table
    assert table.rowCount() == 3 and table.columnCount() == 4
    screen.tabs.setCurrentWidget(screen.attendance)
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Andrzej Kowalczyk, day 1
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # day 2
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Ewa Szczepańska, day 2
    present = {p.full_name: p.days_present for p in meetings.list_participants(db, meeting_id)}
    assert present == {"Andrzej Kowalczyk": {dt.date(2026, 3, 9), dt.date(2026, 3, 10)},
                       "Ewa Szczepańska": {dt.date(2026, 3, 10)}, "Małgorzata Zając": set()}  # fmt: skip
    assert table.currentRow() == 1 and table.currentColumn() == 3, "the place is kept after each tick"
    assert "day 2: 2 of 3 present" in screen.attendance.summary.text()

    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(Path(url.toLocalFile()))
                                                                  or True))  # fmt: skip
    screen.attendance.output_bar.buttons["preview"].click()
    assert len(opened) == 1
    content = " ".join(text(opened[0]).split())
    assert "Lista obecności" in content and "Dzień 1 z 2: poniedziałek, 9 marca 2026 r." in content
    assert "Dzień 2 z 2: wtorek, 10 marca 2026 r." in content and "Andrzej Kowalczyk" in content


def test_minutes_a_task_becomes_a_data_collection_task_with_one_action(qtbot, setup, db, jst_id, type_text):
    ctx, pid, advisor, clerk, wojt = setup
    meeting_id = meetings.save_meeting(db, pid, meetings.MeetingData("meeting_1", "Spotkanie 1", dt.date(2026, 3, 9),
                                                                     dt.date(2026, 3, 10))).id  # fmt: skip
    screen = section(qtbot, ctx, jst_id)
    minutes = screen.minutes
    assert screen.tabs.currentWidget() is screen.agenda and screen.agenda.table.rowCount() > 0
    screen.tabs.setCurrentWidget(minutes)  # the minutes of the chosen meeting are read when their tab is shown
    assert minutes.meeting.id == meeting_id and minutes.discussion.rowCount() == screen.agenda.table.rowCount()
    cell = minutes.discussion.item(0, 2)
    cell.setText("Wójt zadeklarował udział.")
    assert meetings.list_agenda(db, meeting_id)[0].discussion == "Wójt zadeklarował udział."
    dialog = minutes.add_decision()
    type_text(dialog.text, "Zespół przyjmuje kodeks etyczny.")
    dialog.accept()
    assert [d.text for d in meetings.list_decisions(db, meeting_id)] == ["Zespół przyjmuje kodeks etyczny."]
    dialog = minutes.add_task()
    type_text(dialog.what, "Zebrać dane SIO o kadrze")
    dialog.who.setCurrentText("Małgorzata Zając")
    dialog.due.setDate(to_qdate(dt.date(2026, 3, 27)))
    dialog.accept()
    assert minutes.tasks_table.rowCount() == 1
    minutes.tasks_table.selectRow(0)
    minutes.task_buttons["mtask_to_data"].click()
    tasks = data_tasks.list_tasks(db, pid)
    assert [(t.what, t.collector, t.due_on) for t in tasks] == [("Zebrać dane SIO o kadrze", "Małgorzata Zając",
                                                                  dt.date(2026, 3, 27))]  # fmt: skip
    assert minutes.tasks_table.item(0, 4).text() == "zadanie zbierania danych"
    minutes.tasks_table.selectRow(0)
    minutes.task_buttons["mtask_to_hdr"].click()
    assert "już przeniesione" in minutes.error.text(), "a task is carried over once"
    assert meetings.open_tasks(db, pid)[0].what == "Zebrać dane SIO o kadrze", "on the dashboard until done"


def test_an_agreed_rule_is_changed_only_with_the_box_ticked(qtbot, setup, db, jst_id):
    ctx, pid, *_ = setup
    meeting_id = meetings.save_meeting(db, pid, meetings.MeetingData("meeting_1", "Spotkanie 1", dt.date(2026, 3, 9),
                                                                     dt.date(2026, 3, 10))).id  # fmt: skip
    charters.agree_charter(db, pid, "rules", dt.date(2026, 3, 10), meeting_id)
    screen = section(qtbot, ctx, jst_id)
    box = screen.charters.boxes["rules"]
    assert "10.03.2026" in box.state.text()
    box.text.setPlainText(box.text.toPlainText() + "\n8. Nowa zasada.")
    box.save_button.click()
    assert "uzgodniono 10.03.2026" in box.error.text()
    assert "8. Nowa zasada." not in charters.get_charter(db, pid, "rules").text
    box.change_agreed.setChecked(True)
    box.save_button.click()
    stored = charters.get_charter(db, pid, "rules")
    assert stored.changed_since_agreed and "8. Nowa zasada." not in stored.agreed.text
    assert "8. Nowa zasada." in screen.charters.boxes["rules"].state.text()


def test_remote_advice_refused_at_the_field_then_stored_and_summed(qtbot, setup, db, jst_id, type_text):
    ctx, pid, advisor, *_ = setup
    screen = section(qtbot, ctx, jst_id, RemoteAdviceSection)
    dialog = screen.add_entry()
    dialog.held_on.setDate(to_qdate(dt.date(2026, 3, 31)))
    dialog.minutes.setValue(0)
    type_text(dialog.topic, "Zbieranie danych")
    dialog.accept()
    assert dialog.isVisible() and "od 1 do 1440 minut" in dialog.form.error_text("minutes")
    dialog.minutes.setValue(75)
    dialog.accept()
    assert not dialog.isVisible()
    assert [(e.minutes, e.topic) for e in remote_advice.list_advice(db, pid)] == [(75, "Zbieranie danych")]
    assert screen.entries.model().rowCount() == 1
    march = next(r for r in range(screen.months.rowCount()) if screen.months.item(r, 0).text() == "marzec 2026")
    assert "75 / 60" in screen.months.item(march, 1).text() and "OVER" in screen.months.item(march, 1).text()
    screen.allowance.setValue(90)
    screen.allowance_button.click()
    assert remote_advice.allowance(db) == 90
    assert "OVER" not in screen.months.item(march, 1).text()


def test_the_list_wraps_only_long_texts_and_an_edit_redraws_its_row(qtbot, setup, db, jst_id):
    ctx, pid, advisor, _clerk, _wojt = setup
    long_title = ("Spotkanie zespołu " + "z dyrektorami szkół i przedszkoli gminy " * 5).strip()
    for n, title in enumerate(("Krótkie spotkanie", long_title, "Drugie krótkie")):
        day = dt.date(2026, 3, 9) + dt.timedelta(days=7 * n)
        meetings.save_meeting(db, pid, meetings.MeetingData("other", title, day, day, "Sala 1", [advisor]))
    screen = section(qtbot, ctx, jst_id)
    table = screen.table
    qtbot.waitUntil(lambda: table.rowHeight(1) > table.rowHeight(0))
    heights = [table.rowHeight(r) for r in range(3)]
    table.resizeRowsToContents()  # Qt's own measure of every cell: the same heights
    assert heights == [table.rowHeight(r) for r in range(3)] and heights[0] == heights[2] < heights[1]
    model = table.model()
    drawn, resets = [], []
    model.dataChanged.connect(lambda top, bottom, *_: drawn.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: resets.append(True))
    first, chosen = screen.rows[0].meeting, screen.selected_id()
    edited = meetings.get_meeting(db, first.id)
    edited.place = "Aula szkoły"
    ctx.run(screen, meetings.save_meeting, pid, edited)
    assert model.index(0, 3).data() == "Aula szkoły" and model.index(1, 2).data() == long_title
    assert drawn == [(0, 0)] and not resets, "only the edited row drawn again"
    assert screen.rows[0].meeting.place == "Aula szkoły" and screen.selected_id() == chosen
    later = meetings.get_meeting(db, first.id)
    later.starts_on = later.ends_on = dt.date(2026, 4, 30)  # moved after the others: the list is read again
    ctx.run(screen, meetings.save_meeting, pid, later)
    assert [model.index(r, 2).data() for r in range(3)] == [long_title, "Drugie krótkie", "Krótkie spotkanie"]
    assert screen.selected_id() == chosen, "the chosen meeting stays chosen"


def test_the_latest_held_meeting_is_chosen_and_in_view_once_the_rows_are_fitted(qtbot, setup, db, jst_id, monkeypatch):
    ctx, pid, advisor, _clerk, _wojt = setup
    for n in range(15):
        day = dt.date(2025, 1, 6) + dt.timedelta(days=7 * n)  # all held: the last of the list is chosen
        meetings.save_meeting(db, pid, meetings.MeetingData("other", f"Spotkanie robocze nr {n + 1}", day, day, "Sala"))
    screen = section(qtbot, ctx, jst_id)
    table = screen.table

    def chosen_in_view() -> bool:
        rows = table.selectionModel().selectedRows()
        return bool(rows) and table.viewport().rect().contains(table.visualRect(rows[0]))

    qtbot.waitUntil(chosen_in_view)
    assert table.selectionModel().selectedRows()[0].data() == "14.04.2025" and table.verticalScrollBar().value() > 0
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up)  # the meeting before, chosen by keyboard: the tab in view shows it
    assert screen.selected_meeting().title == "Spotkanie robocze nr 14"
    assert [panel.meeting.title for panel in (screen.agenda, screen.minutes)] == ["Spotkanie robocze nr 14"] * 2
    opened = []
    monkeypatch.setattr(MeetingsSection, "_open", lambda self, meeting: opened.append(meeting))
    where = table.visualRect(table.currentIndex()).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt opens on the second of two clicks
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [m.title for m in opened] == ["Spotkanie robocze nr 14"], "a double click opens the chosen meeting"
