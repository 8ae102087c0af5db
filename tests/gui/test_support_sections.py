"""School support, networks and the fund driven like a user: typing and clicking in the main window, then the store.

Message boxes are patched (they would block); everything else is real widgets.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox, QMessageBox

from tests.support_fixtures import make_gmina
from ui.dialogs.base import FormDialog
from ui.main_window import MainWindow
from wsparcie_desktop.services import fund, networks, rpw, school_support

D = dt.date


@pytest.fixture
def gmina(db, jst_id):
    return make_gmina(db, jst_id)


@pytest.fixture
def window(qtbot, db, gmina) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes)  # fmt: skip
    return asked


def open_section(window: MainWindow, key: str):
    window.show_section(key)
    section = window.current_section()
    assert section.key == key
    return section


def shown_dialog(section) -> FormDialog:
    [dialog] = [d for d in section.findChildren(FormDialog) if d.isVisible()]
    return dialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_date(qtbot, edit, typed: str) -> None:
    edit.setFocus()
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, typed)


def retype(type_text, widget, text: str) -> None:
    widget.selectAll()
    type_text(widget, text)


def test_school_support_started_refused_when_short_edited_planned_approved_and_deleted(
    qtbot, window, db, gmina, type_text, questions
):
    section = open_section(window, "school_support")
    assert section.table.rowCount() == 3 and {r[1] for r in section.table.texts()} == {"bez wspomagania"}

    section.declared.setValue(2)
    click(qtbot, section.declared_save)
    assert school_support.overview(db, gmina.jst_id, gmina.process_id).declared == 2
    assert (
        section.coverage.text()
        == "Objęte wspomaganiem: 0 z 2 zadeklarowanych (w rejestrze 3). Brakuje jeszcze 2 szkół."
    )

    click_row(qtbot, section.table, 1)  # Szkoła Podstawowa w Borowinie, not covered yet
    click(qtbot, section.add_button)
    dialog = shown_dialog(section)
    assert dialog.school.currentData() == gmina.school_ids[1], "the school picked in the table is proposed"
    dialog.provider.setCurrentIndex(dialog.provider.findData("PPP"))
    type_text(dialog.provider_name, "Poradnia Psychologiczno-Pedagogiczna w Węgrowie")
    type_text(dialog.area, "Praca w klasach łączonych")
    type_date(qtbot, dialog.starts_on, "1.10.2026")
    type_date(qtbot, dialog.ends_on, "30.4.2027")
    assert "najlepiej rozpocząć" in dialog.hint.text().lower()
    dialog.ends_on.setDate(dialog.ends_on.date().addDays(-1))  # 29.04.2027: one day short of 7 months
    type_text(dialog.cost, "9 000,00")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "co najmniej 7 miesięcy" in dialog.form.error_text("ends_on")
    assert school_support.list_supports(db, gmina.jst_id) == []
    type_date(qtbot, dialog.ends_on, "18.6.2027")
    click_ok(qtbot, dialog)
    [stored] = school_support.list_supports(db, gmina.jst_id)
    assert (stored.school_id, stored.provider_code, stored.area, stored.starts_on, stored.ends_on, stored.cost) == (
        gmina.school_ids[1], "PPP", "Praca w klasach łączonych", D(2026, 10, 1), D(2027, 6, 18), Decimal("9000.00"))  # fmt: skip
    assert stored.process_id == gmina.process_id
    assert (
        section.coverage.text()
        == "Objęte wspomaganiem: 1 z 2 zadeklarowanych (w rejestrze 3). Brakuje jeszcze 1 szkoły."
    )
    assert section.selected_support().id == stored.id, "the support just started stays selected"

    click(qtbot, section.edit_button)
    dialog = shown_dialog(section)
    retype(type_text, dialog.area, "Klasy łączone i uczniowie ze SPE")
    dialog.status.setCurrentIndex(dialog.status.findData("activities"))
    click_ok(qtbot, dialog)
    stored = school_support.get_support(db, stored.id)
    assert (stored.area, stored.status) == ("Klasy łączone i uczniowie ze SPE", "activities")

    click(qtbot, section.rpw_buttons["add"])
    dialog = shown_dialog(section)
    type_text(dialog.activity, "Szkolenie rady: metody pracy w klasach łączonych")
    type_date(qtbot, dialog.starts_on, "21.10.2026")
    type_date(qtbot, dialog.ends_on, "21.10.2026")
    type_text(dialog.responsible, "PPP")
    click(qtbot, dialog.done_box)
    click_ok(qtbot, dialog)
    assert "po zatwierdzeniu planu" in dialog.form.error_text("done"), "done before approval is refused"
    click(qtbot, dialog.done_box)
    click_ok(qtbot, dialog)
    [item] = rpw.list_items(db, stored.id)
    assert (item.activity, item.starts_on, item.done) == ("Szkolenie rady: metody pracy w klasach łączonych",
                                                          D(2026, 10, 21), False)  # fmt: skip
    assert section.items.rowCount() == 1

    click(qtbot, section.rpw_buttons["approve"])
    dialog = shown_dialog(section)
    retype(type_text, dialog.who, "Krzysztof Mazur, dyrektor szkoły")
    type_date(qtbot, dialog.on, "16.10.2026")
    click_ok(qtbot, dialog)
    support = school_support.get_support(db, stored.id)
    assert (support.rpw_approved_by, support.rpw_approved_on) == ("Krzysztof Mazur, dyrektor szkoły", D(2026, 10, 16))
    assert section.comparison.text() == "Plan nie zmienił się od zatwierdzenia."
    click_row(qtbot, section.items, 0)
    click(qtbot, section.rpw_buttons["done"])
    assert rpw.list_items(db, stored.id)[0].done

    click_row(qtbot, section.items, 0)
    click(qtbot, section.rpw_buttons["edit"])
    dialog = shown_dialog(section)
    type_date(qtbot, dialog.starts_on, "28.10.2026")
    type_date(qtbot, dialog.ends_on, "28.10.2026")
    click_ok(qtbot, dialog)
    assert "Przesunięto" in section.comparison.text() and "+7 dni" in section.comparison.text()

    click(qtbot, section.delete_button)
    assert questions and "Szkoła Podstawowa w Borowinie" in questions[-1]
    assert school_support.list_supports(db, gmina.jst_id) == []
    assert {r[1] for r in section.table.texts()} == {"bez wspomagania"}


def test_a_network_added_with_a_member_and_a_meeting_edited_and_deleted(qtbot, window, db, gmina, type_text,
                                                                          questions):  # fmt: skip
    section = open_section(window, "networks")
    assert section.table.rowCount() == 0
    click(qtbot, section.add_button)
    dialog = shown_dialog(section)
    type_text(dialog.name, "Sieć nauczycieli matematyki")
    dialog.provider.setCurrentIndex(dialog.provider.findData("ODN"))
    type_text(dialog.coordinator, "Ewa Żak")
    retype(type_text, dialog.school_year, "2026/2027")
    assert dialog.planned.value() == 5
    click_ok(qtbot, dialog)
    [network] = networks.list_networks(db, gmina.jst_id)
    assert (network.name, network.provider_code, network.coordinator, network.planned_meetings) == (
        "Sieć nauczycieli matematyki", "ODN", "Ewa Żak", 5)  # fmt: skip

    click(qtbot, section.edit_button)
    dialog = shown_dialog(section)
    retype(type_text, dialog.school_year, "2026/2028")
    click_ok(qtbot, dialog)
    assert "dwa kolejne lata" in dialog.form.error_text("school_year")
    retype(type_text, dialog.school_year, "2026/2027")
    dialog.planned.setValue(6)
    click_ok(qtbot, dialog)
    assert networks.get_network(db, network.id).planned_meetings == 6

    for name in ("Anna Łęcka", "anna łęcka"):
        click(qtbot, section.member_buttons[0])
        dialog = shown_dialog(section)
        type_text(dialog.full_name, name)
        dialog.school.setCurrentIndex(dialog.school.findData(gmina.school_ids[0]))
        click_ok(qtbot, dialog)
    assert "jest już członkiem" in dialog.form.error_text("full_name"), "the same person twice is refused"
    dialog.mark_clean()  # nothing to keep: closing asks no question
    dialog.reject()
    [member] = networks.list_members(db, network.id)
    assert member.school_id == gmina.school_ids[0] and section.members.rowCount() == 1

    section.tabs.setCurrentIndex(1)
    click(qtbot, section.meeting_buttons[0])
    dialog = shown_dialog(section)
    type_date(qtbot, dialog.held_on, "8.10.2026")
    type_text(dialog.topic, "Diagnoza potrzeb uczniów")
    click(qtbot, dialog.held)
    dialog.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    click_ok(qtbot, dialog)
    [meeting] = networks.list_meetings(db, network.id)
    assert (meeting.held_on, meeting.held, meeting.attendee_ids) == (D(2026, 10, 8), True, [member.id])
    assert section.summary_label.text() == "Odbyło się 1 z 6 planowanych spotkań; średnia frekwencja 100 %."

    click_row(qtbot, section.meetings, 0)
    click(qtbot, section.meeting_buttons[2])
    assert networks.list_meetings(db, network.id) == []
    section.tabs.setCurrentIndex(0)
    click_row(qtbot, section.members, 0)
    click(qtbot, section.member_buttons[2])
    assert networks.list_members(db, network.id) == []
    click(qtbot, section.delete_button)
    assert networks.list_networks(db, gmina.jst_id) == [] and section.table.rowCount() == 0


def test_a_fund_year_planned_per_school_allocated_over_the_fund_edited_and_deleted(qtbot, window, db, gmina,
                                                                                   type_text, questions):  # fmt: skip
    section = open_section(window, "fund")
    click(qtbot, section.add_button)
    dialog = shown_dialog(section)
    dialog.year.setValue(2026)
    assert dialog.rate.text() == "0,8"
    dialog.mode.setCurrentIndex(1)
    a, b, _c = gmina.school_ids
    type_text(dialog.school_edits[a], "1 250 000,00")
    type_text(dialog.school_edits[b], "980 500,50")
    assert (
        dialog.fund_label.text().replace("\xa0", " ").startswith("<b>17 844,00 zł")
    )  # 2 230 500,50 × 0,8 % = 17 844,004
    click_ok(qtbot, dialog)
    [line] = fund.list_years(db, gmina.jst_id)
    assert (line.year, line.salaries, line.rate, line.fund) == (2026, Decimal("2230500.50"), Decimal("0.800"),
                                                                Decimal("17844.00"))  # fmt: skip

    click(qtbot, section.allocation_buttons[0])
    dialog = shown_dialog(section)
    dialog.category.setCurrentIndex(dialog.category.findData("studies"))
    type_text(dialog.purpose, "Studia podyplomowe z edukacji włączającej")
    type_text(dialog.amount, "18 000,00")
    click_ok(qtbot, dialog)
    [allocation] = fund.fund_plan(db, gmina.jst_id, 2026).allocations
    assert (allocation.category, allocation.amount) == ("studies", Decimal("18000.00"))
    assert "przekraczają fundusz" in section.warnings.text() and section.warnings.isVisible()

    click_row(qtbot, section.allocations, 0)
    click(qtbot, section.allocation_buttons[1])
    dialog = shown_dialog(section)
    retype(type_text, dialog.amount, "-5")
    assert dialog.amount.text() != "-5", "the money field refuses a minus sign"
    retype(type_text, dialog.amount, "17 000,00")
    click_ok(qtbot, dialog)
    assert fund.fund_plan(db, gmina.jst_id, 2026).left == Decimal("844.00")
    assert not section.warnings.isVisible()

    click(qtbot, section.edit_button)
    dialog = shown_dialog(section)
    retype(type_text, dialog.rate, "12")
    click_ok(qtbot, dialog)
    assert dialog.form.error_text("rate_percent") == "Stawka musi wynosić od 0 do 10 %."
    retype(type_text, dialog.rate, "0,8")
    click(qtbot, dialog.consulted.check)
    type_text(dialog.unions, "ZNP")
    click_ok(qtbot, dialog)
    assert fund.find_year(db, gmina.jst_id, 2026).unions == "ZNP"

    click(qtbot, section.delete_button)
    assert questions and "2026" in questions[-1]
    assert fund.list_years(db, gmina.jst_id) == [] and section.table.rowCount() == 0


def test_the_fund_reads_the_hdrs_fund_costs_again_only_after_a_change_that_may_alter_them(qtbot, window, db, gmina,
                                                                                           monkeypatch):  # fmt: skip
    from dataclasses import replace

    from wsparcie_desktop.services import hdr
    from wsparcie_desktop.services.fund import FundYearData
    from wsparcie_desktop.services.hdr import ActivityData, HdrData

    hdr_id = hdr.save_hdr(db, gmina.process_id, HdrData(D(2026, 9, 1), D(2027, 8, 31))).id
    activity = hdr.get_activity(db, hdr.save_activity(db, hdr_id, ActivityData(
        "Szkolenie rady", D(2026, 10, 1), D(2026, 10, 20), form="szkolenie", cost=Decimal("4000.00"),
        financing="fundusz_doskonalenia")).id)  # fmt: skip
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="2 500 000,00")).id
    reads = []
    real = fund.hdr_fund_costs
    monkeypatch.setattr(fund, "hdr_fund_costs", lambda *args: reads.append(args) or real(*args))
    section = open_section(window, "fund")
    section.table.select(year_id)
    assert len(reads) == 1 and section.hdr_table.text(0, 0) == "Szkolenie rady"
    data = fund.get_year(db, year_id)
    data.union_opinion = "Pozytywna"
    window.ctx.run(section, fund.save_year, gmina.jst_id, data)  # the fund's own change: the costs as read
    assert len(reads) == 1 and section.hdr_table.text(0, 0) == "Szkolenie rady"
    window.ctx.run(None, hdr.save_activity, hdr_id, replace(activity, name="Szkolenie rady pedagogicznej"))
    assert len(reads) == 2 and section.hdr_table.text(0, 0) == "Szkolenie rady pedagogicznej"
    assert section.hdr_table.text(0, 1).replace("\xa0", " ") == "4 000,00 zł"
