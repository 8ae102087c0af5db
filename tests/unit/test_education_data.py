"""The annual report's figures and narratives: the rules, one transaction per grid, the sections' choices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.cke_support import lipno
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import education_data, education_report
from wsparcie_desktop.services.education_data import JstYearData, SupervisionData


@pytest.fixture
def gmina(db):
    return lipno(db)


@pytest.mark.parametrize("typed, stored", [("2025/2026", "2025/2026"), (" 2024 / 2025 ", "2024/2025")])
def test_school_year_is_two_following_years(typed, stored):
    assert education_data.check_school_year(typed) == stored


@pytest.mark.parametrize("typed", ["2025", "2025/2027", "2025-2026", "25/26", "", "1999/2000"])
def test_school_year_refused(typed):
    with pytest.raises(DomainError, match="np. 2025/2026"):
        education_data.check_school_year(typed)


def test_report_year_and_deadline():
    assert education_data.report_school_year(dt.date(2026, 9, 15)) == "2025/2026"
    assert education_data.report_school_year(dt.date(2026, 8, 31)) == "2024/2025"
    assert education_report.deadline("2025/2026") == dt.date(2026, 10, 31)
    assert education_data.state_funding_label(2024) == "subwencja oświatowa"
    assert education_data.state_funding_label(2025) == "potrzeby oświatowe"


def _rows(db, jst_id, year="2025/2026"):
    return {r.school_name: r for r in education_data.school_year_rows(db, jst_id, year)}


def test_grid_is_stored_and_read_back(db, gmina):
    rows = _rows(db, gmina)
    row = rows["Szkoła Podstawowa w Lipnie"]
    row.pupils, row.classes, row.teachers, row.appointed, row.chartered = "245", 12, 30, 10, "15"
    row.posts, row.special_needs = "27,5", 4
    change = education_data.save_school_year_rows(db, gmina, "2025/2026", list(rows.values()))
    assert change.kind == Kind.EDUCATION_DATA and change.ids == (row.school_id,)
    again = _rows(db, gmina)["Szkoła Podstawowa w Lipnie"]
    assert (again.pupils, again.teachers, again.chartered, again.posts) == (245, 30, 15, Decimal("27.50"))
    assert again.version == 1 and _rows(db, gmina)["Przedszkole w Lipnie"].is_empty
    assert education_data.school_years(db, gmina) == ["2025/2026"]
    again.pupils = again.classes = again.teachers = again.appointed = again.chartered = None
    again.posts = again.special_needs = None
    education_data.save_school_year_rows(db, gmina, "2025/2026", [again])  # an emptied row is removed
    assert education_data.school_years(db, gmina) == []


@pytest.mark.parametrize("field, value, message", [
    ("pupils", -1, "nie może być mniejsze od zera"),
    ("classes", "dwa", "to ma być liczba całkowita"),
    ("posts", "-0,5", "nie może być mniejsze od zera"),
    ("posts", "1,234", "najwyżej dwa miejsca"),
    ("special_needs", 2.5, "liczba całkowita"),
])  # fmt: skip
def test_numbers_must_be_whole_and_not_negative(db, gmina, field, value, message):
    rows = list(_rows(db, gmina).values())
    setattr(rows[0], field, value)
    with pytest.raises(DomainError, match=message) as caught:
        education_data.save_school_year_rows(db, gmina, "2025/2026", rows)
    assert caught.value.field == field


def test_grades_cannot_exceed_the_total_and_nothing_is_stored(db, gmina):
    rows = _rows(db, gmina)
    good, bad = rows["Szkoła Podstawowa w Brzozie"], rows["Szkoła Podstawowa w Lipnie"]
    good.pupils = 80
    bad.teachers, bad.beginning, bad.appointed, bad.chartered = 10, 3, 4, 5
    with pytest.raises(DomainError) as caught:
        education_data.save_school_year_rows(db, gmina, "2025/2026", [good, bad])
    assert caught.value.message == ("Szkoła Podstawowa w Lipnie: nauczycieli według stopni awansu (12) jest więcej niż "
                                    "nauczycieli ogółem (10).")  # fmt: skip
    assert _rows(db, gmina)["Szkoła Podstawowa w Brzozie"].pupils is None  # the good row was not stored either
    bad.teachers = None  # without a total there is nothing to compare with
    education_data.save_school_year_rows(db, gmina, "2025/2026", [good, bad])


def test_stale_grid_row_is_refused(db, gmina):
    rows = _rows(db, gmina)
    row = rows["Szkoła Podstawowa w Lipnie"]
    row.pupils = 10
    education_data.save_school_year_rows(db, gmina, "2025/2026", [row])
    fresh = _rows(db, gmina)["Szkoła Podstawowa w Lipnie"]
    fresh.pupils = 11
    education_data.save_school_year_rows(db, gmina, "2025/2026", [fresh])
    fresh.version = 1  # a form that read the first version
    fresh.pupils = 12
    with pytest.raises(DomainError, match="zmieni"):
        education_data.save_school_year_rows(db, gmina, "2025/2026", [fresh])


def test_jst_year_money_and_budget_year(db, gmina):
    data = JstYearData("2025/2026", None, "1 234 567,89", "0", "900000", "41", "123 000,00 zł")
    education_data.save_jst_year(db, gmina, data)
    stored = education_data.jst_year(db, gmina, "2025/2026")
    assert stored.budget_year == 2025 and stored.state_funding_label == "potrzeby oświatowe"
    assert stored.spending_current == Decimal("1234567.89") and stored.transport_cost == Decimal("123000.00")
    assert stored.transported_pupils == 41
    with pytest.raises(DomainError, match="mniejsze od zera") as caught:
        education_data.save_jst_year(db, gmina, JstYearData("2025/2026", 2024, "-5"))
    assert caught.value.field == "spending_current"
    assert education_data.jst_year(db, gmina, "2025/2026").spending_current == Decimal("1234567.89")


def test_supervision_entries(db, gmina):
    [school] = [r for r in education_data.school_year_rows(db, gmina, "2025/2026") if "Brzozie" in r.school_name]
    change = education_data.save_supervision(db, gmina, SupervisionData(school.school_id, "2025/2026",
                                                                      "Ewaluacja: procesy", "ewaluacja", "spełnione"))  # fmt: skip
    [entry] = education_data.list_supervision(db, gmina, "2025/2026")
    assert (entry.id, entry.school_name, entry.result) == (change.id, "Szkoła Podstawowa w Brzozie", "spełnione")
    with pytest.raises(DomainError, match="czego dotyczyła"):
        education_data.save_supervision(db, gmina, SupervisionData(school.school_id, "2025/2026", "  "))
    education_data.delete_supervision(db, gmina, entry.id)
    assert education_data.list_supervision(db, gmina, "2025/2026") == []


def test_sections_narratives_and_the_required_ones(db, gmina):
    education_report.save_section(db, gmina, "2024/2025", "network", "Sieć bez zmian.")
    education_report.save_section(db, gmina, "2024/2025", "transport", "", included=False)
    with pytest.raises(DomainError, match="nie można pominąć") as caught:
        education_report.save_section(db, gmina, "2024/2025", "exams", "x", included=False)
    assert caught.value.field == "included"
    texts = {t.key: t for t in education_report.sections(db, gmina, "2024/2025")}
    assert texts["network"].narrative == "Sieć bez zmian." and not texts["transport"].included
    assert [t.key for t in texts.values()][:4] == ["network", "pupils", "teachers", "exams"]


def test_copy_previous_years_narratives_fills_only_empty_sections(db, gmina):
    with pytest.raises(DomainError, match="nie ma czego skopiować"):
        education_report.copy_previous_narratives(db, gmina, "2025/2026")
    education_report.save_section(db, gmina, "2024/2025", "network", "Sieć bez zmian.")
    education_report.save_section(db, gmina, "2024/2025", "conclusions", "Wnioski zeszłoroczne.")
    education_report.save_section(db, gmina, "2025/2026", "conclusions", "Tegoroczne wnioski.")
    change = education_report.copy_previous_narratives(db, gmina, "2025/2026")
    assert len(change.ids) == 1
    texts = {t.key: t.narrative for t in education_report.sections(db, gmina, "2025/2026")}
    assert texts["network"] == "Sieć bez zmian." and texts["conclusions"] == "Tegoroczne wnioski."


def test_report_status_from_september_to_october(db, gmina):
    assert education_report.report_status(db, gmina, dt.date(2026, 8, 31)) is None
    status = education_report.report_status(db, gmina, dt.date(2026, 9, 1))
    assert (status.school_year, status.deadline, status.days_left) == ("2025/2026", dt.date(2026, 10, 31), 60)
    assert education_report.report_status(db, gmina, dt.date(2026, 11, 1)) is None
