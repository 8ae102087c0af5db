"""The development fund: the computation to the grosz (ROUND_HALF_UP) against hand-computed values, the rate's
history, the rules of a year and of an allocation, the over-allocation and HDR warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.support_fixtures import make_gmina
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import fund, hdr
from wsparcie_desktop.services.fund import AllocationData, FundYearData, RateData
from wsparcie_desktop.services.fund_money import format_rate, fund_amount, parse_rate
from wsparcie_desktop.services.hdr import ActivityData, HdrData

D = dt.date
M = Decimal


def plain(lines: list[str]) -> list[str]:
    """Messages with the no-break spaces of Polish amounts as plain ones, to compare with text typed here."""
    return [line.replace("\xa0", " ") for line in lines]


@pytest.fixture
def gmina(db, jst_id):
    return make_gmina(db, jst_id)


@pytest.mark.parametrize(
    ("salaries", "rate", "expected"),
    [
        ("2500000.00", "0.8", "20000.00"),  # 2 500 000 × 0,008 = 20 000 exactly
        ("1234567.89", "0.8", "9876.54"),  # 9 876,54312 → 9 876,54
        ("1000000.63", "0.8", "8000.01"),  # 8 000,00504 → 8 000,01
        ("100.50", "1", "1.01"),  # 1,005: half a grosz goes up (ROUND_HALF_UP; half-even would give 1,00)
        ("100.30", "1", "1.00"),  # 1,003 → 1,00
        ("1000.00", "0.875", "8.75"),
        ("0.00", "0.8", "0.00"),
        ("999999999999.99", "0.8", "8000000000.00"),  # 7 999 999 999,99992 → 8 000 000 000,00, no float on the way
        ("999999999999.99", "0.001", "10000000.00"),  # 9 999 999,9999999 → 10 000 000,00
    ],
)
def test_the_fund_is_the_rate_of_the_salaries_to_the_grosz(salaries, rate, expected):
    assert fund_amount(M(salaries), M(rate)) == M(expected)


def test_rates_are_read_the_polish_way_between_0_and_10_percent():
    assert parse_rate("0,8") == M("0.800") and parse_rate("1 %") == M("1.000") and parse_rate("10") == M("10.000")
    for bad in ("10,001", "-0,1", "osiem", "", "0,8125"):
        with pytest.raises(DomainError) as refused:
            parse_rate(bad)
        assert refused.value.field == "rate_percent"
    assert format_rate(M("0.800")) == "0,8 %" and format_rate(M("1.000")) == "1 %"


def test_the_rate_history_gives_each_year_its_rate_and_keeps_the_setting_in_step(db):
    assert [(r.from_year, r.rate_percent) for r in fund.list_rates(db)] == [(2000, M("1.000")), (2018, M("0.800"))]
    assert fund.year_rate(db, 2017) == M("1.000")
    assert fund.year_rate(db, 2018) == M("0.800") and fund.year_rate(db, 2026) == M("0.800")
    change = fund.save_rate(db, RateData(2028, "1,2", "zmiana ustawy (przykład)"))
    assert change.kind is Kind.FUND_RATE
    assert fund.year_rate(db, 2027) == M("0.800") and fund.year_rate(db, 2030) == M("1.200")
    from wsparcie_desktop.db.models import Setting

    with db.transaction() as s:
        assert s.get(Setting, "fund_rate_percent").value == "1.2"
    with pytest.raises(DomainError) as refused:
        fund.save_rate(db, RateData(2028, "1,0"))
    assert refused.value.field == "from_year"
    with pytest.raises(DomainError) as refused:
        fund.save_rate(db, RateData(2101, "1,0"))
    assert refused.value.field == "from_year"
    fund.delete_rate(db, change.id)
    with db.transaction() as s:
        assert s.get(Setting, "fund_rate_percent").value == "0.8"


def test_a_year_takes_the_rate_in_force_and_keeps_it_when_the_rate_changes_later(db, gmina):
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="2 500 000,00")).id
    fund.save_rate(db, RateData(2026, "1,0"))
    stored = fund.get_year(db, year_id)
    assert stored.rate_percent == M("0.800") and stored.fund == M("20000.00")
    assert fund.save_year(db, gmina.jst_id, FundYearData(2027, planned_salaries="100 000")).id
    assert fund.find_year(db, gmina.jst_id, 2027).rate_percent == M("1.000")


@pytest.mark.parametrize(("data", "field"), [
    (FundYearData(1999, planned_salaries="1000"), "year"),
    (FundYearData(2101, planned_salaries="1000"), "year"),
    (FundYearData("dwa tysiące", planned_salaries="1000"), "year"),
    (FundYearData(2026, planned_salaries="-1,00"), "planned_salaries"),
    (FundYearData(2026, planned_salaries="1000,001"), "planned_salaries"),
    (FundYearData(2026, planned_salaries="1000", rate_percent="10,5"), "rate_percent"),
    (FundYearData(2026, planned_salaries="1000", rate_percent="-1"), "rate_percent"),
])  # fmt: skip
def test_a_year_breaking_a_rule_is_refused_at_its_field_and_nothing_stored(db, gmina, data, field):
    with pytest.raises(DomainError) as refused:
        fund.save_year(db, gmina.jst_id, data)
    assert refused.value.field == field
    assert fund.list_years(db, gmina.jst_id) == []


def test_a_year_twice_is_refused(db, gmina):
    fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="1000"))
    with pytest.raises(DomainError) as refused:
        fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="2000"))
    assert refused.value.field == "year"


def test_salaries_per_school_are_summed_and_the_fund_computed_from_the_sum(db, gmina):
    a, b, c = gmina.school_ids
    data = FundYearData(2026, per_school=True, school_salaries={a: "1 250 000,00", b: "980 500,50", c: "412 345,67"})
    year_id = fund.save_year(db, gmina.jst_id, data).id
    stored = fund.get_year(db, year_id)
    # 2 642 846,17 × 0,8 % = 21 142,76936 → 21 142,77
    assert stored.planned_salaries == M("2642846.17") and stored.fund == M("21142.77")
    assert stored.school_salaries == {a: M("1250000.00"), b: M("980500.50"), c: M("412345.67")}
    stored.school_salaries = {a: M("1250000.00"), b: M("0")}  # a school left out or at 0 has no line
    fund.save_year(db, gmina.jst_id, stored)
    again = fund.get_year(db, year_id)
    assert again.school_salaries == {a: M("1250000.00")} and again.fund == M("10000.00")
    again.school_salaries = {a: "-5"}
    with pytest.raises(DomainError) as refused:
        fund.save_year(db, gmina.jst_id, again)
    assert refused.value.field == "school_salaries"
    assert fund.get_year(db, year_id).planned_salaries == M("1250000.00")


def test_allocations_show_what_is_left_and_warn_when_they_exceed_the_fund(db, gmina):
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="2 500 000,00")).id  # 20 000,00
    first = fund.save_allocation(db, year_id, AllocationData("courses", "Kursy doskonalące", "15 000,00"))
    assert first.warnings == [] and first.changes[0].kind is Kind.FUND
    second = fund.save_allocation(db, year_id, AllocationData("conferences", "Konferencja", "5 000,00"))
    assert second.warnings == []
    plan = fund.fund_plan(db, gmina.jst_id, 2026)
    assert (plan.fund, plan.allocated, plan.left) == (M("20000.00"), M("20000.00"), M("0.00"))
    over = fund.save_allocation(db, year_id, AllocationData("other", "Materiały", "0,01"))
    assert plain(over.warnings) == [
        "Przydziały (20 000,01 zł) przekraczają fundusz na 2026 r. (20 000,00 zł) o 0,01 zł."
    ]
    assert fund.fund_plan(db, gmina.jst_id, 2026).left == M("-0.01")
    fund.delete_allocation(db, over.id)
    assert fund.fund_plan(db, gmina.jst_id, 2026).warnings == []
    assert fund.fund_summary(db, gmina.jst_id, 2026).left == M("0.00")
    assert not fund.fund_summary(db, gmina.jst_id, 2031).planned


@pytest.mark.parametrize(("data", "field"), [
    (AllocationData("courses", " ", "100"), "purpose"),
    (AllocationData("courses", "Kursy", "-100"), "amount"),
    (AllocationData("courses", "Kursy", "sto"), "amount"),
    (AllocationData("wycieczki", "Kursy", "100"), "category"),
    (AllocationData("support", "Wspomaganie", "100", support_id=999), "support_id"),
    (AllocationData("network", "Sieć", "100", network_id=999), "network_id"),
    (AllocationData("courses", "Kursy", "100", school_id=999), "school_id"),
    (AllocationData("courses", "Kursy", "100", hdr_activity_id=999), "hdr_activity_id"),
])  # fmt: skip
def test_an_allocation_breaking_a_rule_is_refused_at_its_field(db, gmina, data, field):
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="1000000")).id
    with pytest.raises(DomainError) as refused:
        fund.save_allocation(db, year_id, data)
    assert refused.value.field == field
    assert fund.fund_plan(db, gmina.jst_id, 2026).allocations == []


def test_the_hdr_spending_more_from_the_fund_than_the_year_allocates_is_warned_about(db, gmina):
    hdr_id = hdr.save_hdr(db, gmina.process_id, HdrData(D(2026, 9, 1), D(2027, 8, 31))).id
    # 40 days, 30 in 2026 and 10 in 2027: 4 000,00 zł → 3 000,00 and 1 000,00
    activity_id = hdr.save_activity(db, hdr_id, ActivityData(
        "Szkolenie rady", D(2026, 12, 2), D(2027, 1, 10), form="szkolenie", cost=M("4000.00"),
        financing="fundusz_doskonalenia")).id  # fmt: skip
    hdr.save_activity(db, hdr_id, ActivityData("Spotkanie", D(2026, 10, 1), D(2026, 10, 1), cost=M("500.00"),
                                               financing="budzet_jst"))  # fmt: skip
    assert fund.hdr_years_without_plan(db, gmina.jst_id) == [(2026, M("3000.00")), (2027, M("1000.00"))]
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="2 500 000,00")).id
    saved = fund.save_allocation(db, year_id, AllocationData("courses", "Szkolenie rady z HDR", "2 000,00",
                                                             hdr_activity_id=activity_id))  # fmt: skip
    assert plain(saved.warnings) == [
        "Działania HDR finansowane z funduszu doskonalenia kosztują w 2026 r. 3 000,00 zł, a plan dofinansowania "
        "przydziela tylko 2 000,00 zł."]  # fmt: skip
    plan = fund.fund_plan(db, gmina.jst_id, 2026)
    assert plan.hdr_cost == M("3000.00")
    assert [(h.name, h.part, h.allocated) for h in plan.hdr_activities] == [("Szkolenie rady", M("3000.00"),
                                                                             M("2000.00"))]  # fmt: skip
    assert plan.allocations[0].tied_to == "HDR: Szkolenie rady"
    plan_row = plan.allocations[0]
    plan_row.amount = "3 000,00"
    assert fund.save_allocation(db, year_id, plan_row).warnings == []
    assert fund.hdr_years_without_plan(db, gmina.jst_id) == [(2027, M("1000.00"))]


def test_the_unions_opinion_is_kept_with_the_year_and_deleting_the_year_says_what_goes(db, gmina):
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(
        2026, planned_salaries="1000000", unions_consulted_on=D(2026, 2, 10), unions="ZNP, NSZZ „Solidarność”",
        union_opinion="Pozytywna, z uwagą o szkoleniach dla przedszkoli.")).id  # fmt: skip
    stored = fund.get_year(db, year_id)
    assert (stored.unions_consulted_on, stored.unions) == (D(2026, 2, 10), "ZNP, NSZZ „Solidarność”")
    fund.save_allocation(db, year_id, AllocationData("courses", "Kursy", "1 000,00"))
    assert plain(fund.year_dependants(db, year_id)) == ["przydziały planu: 1 na 1 000,00 zł"]
    assert fund.delete_year(db, year_id).deleted and fund.list_years(db, gmina.jst_id) == []


def test_supports_and_networks_running_in_the_year_show_against_what_the_plan_allocates_to_them(db, gmina):
    from wsparcie_desktop.services import networks, school_support
    from wsparcie_desktop.services.networks import NetworkData
    from wsparcie_desktop.services.school_support import SupportData

    # 1 Sept 2026 – 31 March 2027 is 212 days, 122 of them in 2026: 7 000,00 zł × 122/212 = 4 028,30 (to the grosz)
    support_id = school_support.save_support(db, gmina.jst_id, SupportData(
        school_id=gmina.school_ids[0], provider_code="PPP", starts_on=D(2026, 9, 1), ends_on=D(2027, 3, 31),
        cost="7 000,00")).id  # fmt: skip
    network_id = networks.save_network(db, gmina.jst_id, NetworkData("Sieć", "BP", school_year="2026/2027")).id
    networks.save_network(db, gmina.jst_id, NetworkData("Sieć dawna", "BP", school_year="2023/2024"))
    year_id = fund.save_year(db, gmina.jst_id, FundYearData(2026, planned_salaries="1 000 000,00")).id
    fund.save_allocation(db, year_id, AllocationData("support", "Wspomaganie", "4 000,00", support_id=support_id))
    fund.save_allocation(db, year_id, AllocationData("network", "Sieć", "1 500,00", network_id=network_id))
    works = fund.fund_plan(db, gmina.jst_id, 2026).works
    assert [(w.kind, w.part, w.allocated) for w in works] == [("support", M("4028.30"), M("4000.00")),
                                                             ("network", None, M("1500.00"))]  # fmt: skip
    assert fund.fund_plan(db, gmina.jst_id, 2026).allocations[0].tied_to.startswith("wspomaganie: Szkoła Podstawowa")
