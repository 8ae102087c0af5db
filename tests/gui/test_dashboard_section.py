"""The dashboard follows what other screens change: the schools it counts, the process and its stage cards.

The schools are added through the schools section's own form, as a user does; the process steps are asked for
through the runner by the screens that make them, so the dashboard sees the same Change those screens announce.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.dialogs.school_dialog import SchoolDialog
from ui.main_window import MainWindow
from wsparcie_desktop.services import area_choice, data_tasks, meetings, processes, schools
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services.data_tasks import DataTaskData
from wsparcie_desktop.services.meetings import MeetingData
from wsparcie_desktop.services.processes import ProcessData
from wsparcie_desktop.services.schools import SchoolData

NO_SCHOOLS = "No schools on the list yet (section Schools)."
NO_PROCESS = "No advisory process has been started for this local government yet."


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch):
    """No refusal is expected here: a message box would be a failure (and would block the test)."""

    def box(_parent, _title, text, *_args):
        raise AssertionError(f"unexpected message box: {text}")

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box)


@pytest.fixture
def window(qtbot, db, jst_id) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def section(window: MainWindow, key: str):
    return window.sections[[s.key for s in window.sections].index(key)]


def show(window: MainWindow, key: str):
    window.show_section(key)
    assert window.current_section() is section(window, key)
    return window.current_section()


def states(dashboard) -> list[str]:
    return [card.state.text() for card in dashboard.cards]


def test_the_schools_added_in_the_schools_section_are_counted_on_the_dashboard(qtbot, window, db, jst_id,
                                                                                type_text):  # fmt: skip
    dashboard = show(window, "dashboard")
    assert dashboard.schools_label.text() == NO_SCHOOLS
    assert "Gmina Zalesie" in dashboard.heading.text()

    register = show(window, "schools")
    qtbot.mouseClick(register.add_button, Qt.MouseButton.LeftButton)
    [dialog] = register.findChildren(SchoolDialog)
    type_text(dialog.name, "Szkoła Podstawowa w Borowinie")
    qtbot.keyClicks(dialog.pupils, "96")
    qtbot.keyClicks(dialog.teachers_fte, "12,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [s.name for s in schools.list_schools(db, jst_id)] == ["Szkoła Podstawowa w Borowinie"]

    dashboard = show(window, "dashboard")
    assert dashboard.schools_label.text() == "1 szkoła lub placówka: 96 uczniów, 12,5 etatu nauczycieli."

    # the dashboard on screen follows a school another screen stores (the RSPO import, the schools section)
    window.ctx.run(register, schools.save_school, jst_id, SchoolData(name="Przedszkole w Olszance", pupils=40))
    assert dashboard.schools_label.text() == "2 szkoły lub placówki: 136 uczniów, 12,5 etatu nauczycieli " \
                                             "(liczby etatów nie podano dla 1)."  # fmt: skip
    [first, second] = schools.list_schools(db, jst_id)
    window.ctx.run(register, schools.delete_school, second.id, confirmed=True)
    window.ctx.run(register, schools.delete_school, first.id, confirmed=True)
    assert dashboard.schools_label.text() == NO_SCHOOLS


def test_the_stage_cards_follow_the_process_steps_done_elsewhere(qtbot, window, db, jst_id):
    dashboard = show(window, "dashboard")
    assert dashboard.process_label.text() == NO_PROCESS
    assert states(dashboard) == ["<b style='color:#757575'>○ Not started</b>"] * 3
    process_screen = section(window, "process")

    started = window.ctx.run(process_screen, processes.save_process, jst_id,
                             ProcessData(name="Proces doradczy 2026", started_on=dt.date(2026, 3, 1)))  # fmt: skip
    assert dashboard.process_label.text() == "Advisory process: Proces doradczy 2026"

    respondent = window.ctx.run(process_screen, area_choice.add_respondent, started.id, "Jan Kowalski")
    card = dashboard.cards[0]
    assert "● In progress" in card.state.text() and card.summary.text() == "Arkusze wypełnia 1 os."
    assert card.steps.text() == ("○ Konferencja otwierająca odbyta<br>✔ Respondenci arkusza diagnostycznego"
                                 "<br>○ Wybrany obszar")  # fmt: skip

    wizard = QWidget()  # the stage 1 wizard is a window of its own
    qtbot.addWidget(wizard)
    area = area_choice.load_areas(db)[7]
    for statement in area.statements:  # the sheet filled in: every statement rated 1 (most needed)
        window.ctx.run(wizard, area_choice.set_answer, respondent.id, statement.id, 1)
    window.ctx.run(wizard, area_choice.set_area_rating, respondent.id, area.id, importance=3, influence="yes")
    window.ctx.run(wizard, area_choice.choose_area, started.id, area.id, "")
    assert "● In progress" in dashboard.cards[0].state.text(), "the opening conference is not recorded yet"
    held = dt.date.today() - dt.timedelta(days=1)
    window.ctx.run(process_screen, meetings.save_meeting, started.id,
                   MeetingData("conference", "Konferencja otwierająca", held, held))  # fmt: skip
    assert "✔ Done" in dashboard.cards[0].state.text()
    assert dashboard.cards[0].summary.text() == f"Wybrany obszar: {area.number}. {area.name}"

    show(window, "schools")  # the dashboard hidden: it reads again when next shown
    data_collection = section(window, "data_collection")
    window.ctx.run(data_collection, data_tasks.save_task, started.id,
                   DataTaskData(what="Wyniki egzaminu ósmoklasisty", status="done"))  # fmt: skip
    dashboard = show(window, "dashboard")
    assert "● In progress" in dashboard.cards[1].state.text()
    assert dashboard.cards[1].summary.text() == "Ukończono 1 z 12 kroków."
    assert dashboard.cards[1].steps.text().startswith("✔ Plan zbierania danych")


def test_the_dashboard_shows_the_process_the_user_chose_and_the_jsts_new_name(qtbot, window, db, jst_id):
    dashboard = show(window, "dashboard")
    process_screen = section(window, "process")
    older = window.ctx.run(process_screen, processes.save_process, jst_id,
                           ProcessData(name="Proces 2025", started_on=dt.date(2025, 3, 1))).id  # fmt: skip
    window.ctx.run(process_screen, processes.save_process, jst_id,
                   ProcessData(name="Proces 2026", started_on=dt.date(2026, 3, 1)))  # fmt: skip
    assert dashboard.process_label.text() == "Advisory process: Proces 2026"
    window.ctx.choose_process(jst_id, older)
    assert dashboard.process_label.text() == "Advisory process: Proces 2025"

    window.ctx.run(window, jst_service.rename_jst, jst_id, "Gmina Zalesie Duże")
    assert "Gmina Zalesie Duże" in dashboard.heading.text()


def test_a_change_of_another_local_government_leaves_the_dashboard_as_it_is(qtbot, window, db, jst_id, monkeypatch):
    other = jst_service.create_jst(db, "Gmina Druga", "gmina_miejska").id
    window.reload_jst_list(select_id=jst_id)
    dashboard = show(window, "dashboard")
    reads = []
    monkeypatch.setattr(type(dashboard), "refresh", lambda self: reads.append(self.jst_id))
    window.ctx.run(window, schools.save_school, other, SchoolData(name="Szkoła w Drugiej"))
    window.ctx.run(window, processes.save_process, other, ProcessData(name="Proces", started_on=dt.date(2026, 3, 1)))
    assert reads == []
    window.ctx.run(window, schools.save_school, jst_id, SchoolData(name="Szkoła w Zalesiu"))
    assert reads == [jst_id]
