"""School process support: the 7-month rule, the June–September hint, the steps, the overview, the RPW and its copy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.support_fixtures import make_gmina
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import rpw, school_support
from wsparcie_desktop.services.rpw import RpwItemData
from wsparcie_desktop.services.school_support import StepData, SupportData

D = dt.date


@pytest.fixture
def gmina(db, jst_id):
    return make_gmina(db, jst_id)


def new_support(db, gmina, school=0, starts=D(2026, 9, 1), ends=D(2027, 6, 30), **kw) -> int:
    data = SupportData(school_id=gmina.school_ids[school], provider_code="PPP", provider_name="PPP w Węgrowie",
                       area="Motywowanie uczniów", starts_on=starts, ends_on=ends, process_id=gmina.process_id, **kw)  # fmt: skip
    return school_support.save_support(db, gmina.jst_id, data).id


# ---------------------------------------------------------------- 7 months, counted with the last day


@pytest.mark.parametrize(
    ("starts", "earliest"),
    [
        (D(2026, 9, 1), D(2027, 3, 31)),
        (D(2026, 9, 15), D(2027, 4, 14)),
        (D(2026, 7, 31), D(2027, 2, 27)),  # 31 July + 7 months is 28 February (shorter month), less a day
        (D(2027, 7, 31), D(2028, 2, 28)),  # 2028 is a leap year: 29 February, less a day
        (D(2026, 1, 1), D(2026, 7, 31)),
    ],
)
def test_the_earliest_end_is_seven_months_with_the_last_day_counted(starts, earliest):
    assert school_support.earliest_end(starts) == earliest


def test_a_support_shorter_than_seven_months_is_refused_at_the_end_date_and_nothing_is_stored(db, gmina):
    with pytest.raises(DomainError) as refused:
        new_support(db, gmina, ends=D(2027, 3, 30))
    assert refused.value.field == "ends_on"
    assert "co najmniej 7 miesięcy" in refused.value.message and "31.03.2027" in refused.value.message
    assert school_support.list_supports(db, gmina.jst_id) == []
    assert new_support(db, gmina, ends=D(2027, 3, 31))


def test_missing_dates_and_years_out_of_range_are_refused(db, gmina):
    for starts, ends, field in ((None, D(2027, 6, 30), "starts_on"), (D(2026, 9, 1), None, "ends_on"),
                                (D(1999, 9, 1), D(2000, 6, 30), "starts_on")):  # fmt: skip
        with pytest.raises(DomainError) as refused:
            new_support(db, gmina, starts=starts, ends=ends)
        assert refused.value.field == field


def test_a_start_outside_june_to_september_is_stored_with_a_hint(db, gmina):
    data = SupportData(school_id=gmina.school_ids[0], provider_code="ODN", starts_on=D(2026, 11, 2),
                       ends_on=D(2027, 6, 30))  # fmt: skip
    saved = school_support.save_support(db, gmina.jst_id, data)
    assert saved.id and "między czerwcem a wrześniem" in saved.warnings[0]
    assert saved.changes[0].kind is Kind.SUPPORT
    june = school_support.save_support(db, gmina.jst_id, SupportData(
        school_id=gmina.school_ids[1], provider_code="ODN", starts_on=D(2026, 6, 15), ends_on=D(2027, 6, 30)))  # fmt: skip
    assert june.warnings == []


def test_another_provider_needs_a_name_and_a_school_must_be_of_the_register(db, gmina, jst_id):
    school_support.save_support(db, jst_id, SupportData(school_id=gmina.school_ids[1], provider_code="PPP",
                                                        starts_on=D(2026, 9, 1), ends_on=D(2027, 6, 30)))  # fmt: skip
    with pytest.raises(DomainError) as refused:  # a PPP without a name is fine, another provider is not
        school_support.save_support(db, jst_id, SupportData(school_id=gmina.school_ids[0], provider_code="OTHER",
                                                            starts_on=D(2026, 9, 1), ends_on=D(2027, 6, 30)))  # fmt: skip
    assert refused.value.field == "provider_name"
    with pytest.raises(DomainError) as refused:
        school_support.save_support(db, jst_id, SupportData(school_id=9999, starts_on=D(2026, 9, 1),
                                                            ends_on=D(2027, 6, 30)))  # fmt: skip
    assert refused.value.field == "school_id"


def test_a_negative_or_malformed_cost_is_refused_and_a_typed_one_is_a_decimal(db, gmina):
    for cost in ("-1,00", "12,345", "dużo"):
        with pytest.raises(DomainError) as refused:
            new_support(db, gmina, cost=cost)
        assert refused.value.field == "cost"
    support_id = new_support(db, gmina, cost="12 500,10")
    assert school_support.get_support(db, support_id).cost == Decimal("12500.10")


def test_a_new_support_has_the_four_steps_whose_dates_stay_inside_it(db, gmina):
    support_id = new_support(db, gmina)
    steps = school_support.get_support(db, support_id).steps
    assert [s.number for s in steps] == [1, 2, 3, 4] and {s.state for s in steps} == {"planned"}
    assert steps[0].title.startswith("Pomoc w diagnozowaniu")
    school_support.save_step(db, support_id, StepData(1, D(2026, 9, 1), D(2026, 10, 15), "done", "Warsztat diagnozy",
                                                      version=steps[0].version))  # fmt: skip
    assert school_support.get_support(db, support_id).steps[0].state == "done"
    with pytest.raises(DomainError) as refused:
        school_support.save_step(db, support_id, StepData(2, D(2026, 8, 20), None, "in_progress"))
    assert refused.value.field == "starts_on"
    with pytest.raises(DomainError):
        school_support.save_step(db, support_id, StepData(2, D(2026, 10, 1), D(2026, 9, 20), "in_progress"))


def test_the_overview_lists_every_school_against_the_declared_number(db, gmina):
    new_support(db, gmina, 0)
    school_support.set_declared_schools(db, gmina.process_id, 2)
    view = school_support.overview(db, gmina.jst_id, gmina.process_id)
    assert len(view.rows) == 3 and view.declared == 2 and view.covered == 1 and view.schools == 3
    assert [r.state for r in view.rows].count("bez wspomagania") == 2
    assert view.text() == "Objęte wspomaganiem: 1 z 2 zadeklarowanych (w rejestrze 3). Brakuje jeszcze 1 szkoły."
    with pytest.raises(DomainError) as refused:
        school_support.set_declared_schools(db, gmina.process_id, -1)
    assert refused.value.field == "declared"


def test_months_left():
    assert school_support.months_left(D(2027, 6, 30), D(2026, 12, 1)) == 6
    assert school_support.months_left(D(2027, 6, 1), D(2026, 12, 15)) == 5
    assert school_support.months_left(D(2026, 6, 1), D(2026, 12, 15)) == 0


def test_deleting_a_support_takes_its_plan_and_says_so(db, gmina):
    support_id = new_support(db, gmina)
    rpw.save_item(db, support_id, RpwItemData("Szkolenie rady", "szkolenie", D(2026, 10, 1), D(2026, 10, 1)))
    assert school_support.support_dependants(db, support_id) == ["1 działanie rocznego planu wspomagania"]
    change = school_support.delete_support(db, support_id)
    assert change.deleted and rpw.list_items(db, support_id) == []


# ---------------------------------------------------------------- the RPW


def test_rpw_activities_lie_inside_the_support_and_a_change_of_dates_may_not_leave_them_out(db, gmina):
    support_id = new_support(db, gmina)
    with pytest.raises(DomainError) as refused:
        rpw.save_item(db, support_id, RpwItemData("Warsztat", "warsztat", D(2026, 8, 31), D(2026, 9, 2)))
    assert refused.value.field == "starts_on" and "01.09.2026–30.06.2027" in refused.value.message
    with pytest.raises(DomainError) as refused:
        rpw.save_item(db, support_id, RpwItemData("Warsztat", "warsztat", D(2027, 6, 1), D(2027, 7, 2)))
    assert refused.value.field == "ends_on"
    with pytest.raises(DomainError) as refused:
        rpw.save_item(db, support_id, RpwItemData("Warsztat", "warsztat", None, D(2027, 7, 2)))
    assert refused.value.field == "starts_on"
    rpw.save_item(db, support_id, RpwItemData("Warsztat", "warsztat", D(2027, 6, 1), D(2027, 6, 20)))
    support = school_support.get_support(db, support_id)
    support.ends_on = D(2027, 6, 10)
    with pytest.raises(DomainError, match="poza okres wspomagania"):
        school_support.save_support(db, gmina.jst_id, support)
    assert school_support.get_support(db, support_id).ends_on == D(2027, 6, 30)


def test_an_activity_is_marked_done_only_once_the_director_approved_the_plan(db, gmina):
    support_id = new_support(db, gmina)
    item_id = rpw.save_item(db, support_id, RpwItemData("Obserwacje", "obserwacja_kolezenska", D(2026, 10, 1),
                                                        D(2026, 11, 30)))  # fmt: skip
    item = rpw.list_items(db, support_id)[0]
    with pytest.raises(DomainError) as refused:
        rpw.mark_done(db, item.id)
    assert refused.value.field == "done" and "po zatwierdzeniu planu" in refused.value.message
    item.done = True
    with pytest.raises(DomainError):
        rpw.save_item(db, support_id, item)
    assert not rpw.list_items(db, support_id)[0].done
    rpw.approve_rpw(db, support_id, "Joanna Król", D(2026, 9, 20))
    assert item_id.kind is Kind.SUPPORT
    rpw.mark_done(db, item.id)
    assert rpw.list_items(db, support_id)[0].done


def test_approval_needs_who_when_and_activities(db, gmina):
    support_id = new_support(db, gmina)
    with pytest.raises(DomainError) as refused:
        rpw.approve_rpw(db, support_id, " ", D(2026, 9, 20))
    assert refused.value.field == "approved_by"
    with pytest.raises(DomainError) as refused:
        rpw.approve_rpw(db, support_id, "Joanna Król", None)
    assert refused.value.field == "approved_on"
    with pytest.raises(DomainError, match="nie ma jeszcze żadnego działania"):
        rpw.approve_rpw(db, support_id, "Joanna Król", D(2026, 9, 20))
    assert school_support.get_support(db, support_id).rpw_approved_on is None


def test_the_approval_freezes_a_copy_and_later_changes_are_compared_with_it(db, gmina):
    support_id = new_support(db, gmina)
    assert rpw.compare_with_approved(db, support_id) is None
    for name, form, start, end, who in (
        ("Szkolenie rady pedagogicznej", "szkolenie", D(2026, 10, 5), D(2026, 10, 5), "trener PPP"),
        ("Obserwacje koleżeńskie", "obserwacja_kolezenska", D(2026, 11, 2), D(2026, 12, 18), "lider zespołu"),
        ("Kurs online", "kurs_online", D(2027, 1, 11), D(2027, 2, 26), "PPP"),
    ):
        rpw.save_item(db, support_id, RpwItemData(name, form, start, end, who))
    rpw.approve_rpw(db, support_id, "Joanna Król", D(2026, 9, 25))
    unchanged = rpw.compare_with_approved(db, support_id)
    assert unchanged.changes == [] and unchanged.summary == "Plan nie zmienił się od zatwierdzenia."
    assert (unchanged.approved_by, unchanged.approved_on) == ("Joanna Król", D(2026, 9, 25))

    items = {i.activity: i for i in rpw.list_items(db, support_id)}
    moved = items["Obserwacje koleżeńskie"]
    moved.starts_on, moved.ends_on, moved.form = D(2026, 11, 9), D(2026, 12, 18), "obserwacja_lekcji"
    rpw.save_item(db, support_id, moved)
    rpw.delete_item(db, items["Kurs online"].id)
    rpw.save_item(db, support_id, RpwItemData("Spotkanie ewaluacyjne", "spotkanie_ewaluacyjne", D(2027, 6, 14),
                                              D(2027, 6, 14), "dyrektor"))  # fmt: skip
    comparison = rpw.compare_with_approved(db, support_id)
    texts = [c.text for c in comparison.changes]
    assert "Przesunięto: „Obserwacje koleżeńskie” — początek +7 dni (02.11.2026 → 09.11.2026)." in texts
    assert ("Zmieniono formę: „Obserwacje koleżeńskie” — obserwacja koleżeńska → obserwacja lekcji z informacją "
            "zwrotną eksperta.") in texts  # fmt: skip
    assert "Dodano: „Spotkanie ewaluacyjne” (14.06.2027–14.06.2027, spotkanie ewaluacyjne)." in texts
    assert "Usunięto: „Kurs online” (planowane 11.01.2027–26.02.2027)." in texts
    assert comparison.summary == "Zmiany od zatwierdzenia — przesunięte: 1, dodane: 1, usunięte: 1, inne zmiany: 1."

    rpw.approve_rpw(db, support_id, "Joanna Król", D(2026, 11, 5))  # approved again: the copy is the plan as it is
    assert rpw.compare_with_approved(db, support_id).changes == []


def test_the_support_summary_for_the_annual_report(db, gmina):
    new_support(db, gmina, 0, cost=Decimal("9000.00"))
    finished = new_support(db, gmina, 1, starts=D(2025, 9, 1), ends=D(2026, 6, 19), cost=Decimal("8000.50"))
    support = school_support.get_support(db, finished)
    support.status, support.conclusions = "finished", "Nauczyciele częściej stosują ocenianie kształtujące."
    school_support.save_support(db, gmina.jst_id, support)
    summary = school_support.support_summary(db, gmina.jst_id, D(2025, 9, 1), D(2026, 8, 31))
    assert [s.id for s in summary.supports] == [finished]
    assert (summary.finished, summary.with_report, summary.cost) == (1, 1, Decimal("8000.50"))
    everything = school_support.support_summary(db, gmina.jst_id, process_id=gmina.process_id)
    assert everything.covered == 2 and everything.cost == Decimal("17000.50")
