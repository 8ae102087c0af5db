"""Inclusive dates: one helper counts days for the chart, the document and the spreadsheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsparcie_desktop.services.hdr import ActivityData
from wsparcie_desktop.services.hdr_budget import budget
from wsparcie_desktop.services.hdr_dates import (
    inclusive_days,
    max_concurrent,
    months_in,
    overlap_days,
    shift_dates,
    slices_of_months,
    split_by_year,
)

D = dt.date


def test_september_lasts_thirty_days():
    assert inclusive_days(D(2026, 9, 1), D(2026, 9, 30)) == 30


def test_one_day_activity_lasts_one_day():
    assert inclusive_days(D(2026, 9, 1), D(2026, 9, 1)) == 1


def test_whole_leap_year_and_reversed_dates():
    assert inclusive_days(D(2028, 1, 1), D(2028, 12, 31)) == 366
    with pytest.raises(ValueError):
        inclusive_days(D(2026, 9, 2), D(2026, 9, 1))


def test_activity_data_days_use_the_helper():
    assert ActivityData(name="x", starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 30)).days == 30


def test_ranges_touching_on_the_last_day_overlap_one_day():
    assert overlap_days(D(2026, 9, 1), D(2026, 9, 30), D(2026, 9, 30), D(2026, 10, 5)) == 1
    assert overlap_days(D(2026, 9, 1), D(2026, 9, 30), D(2026, 10, 1), D(2026, 10, 5)) == 0


def test_shift_keeps_duration():
    start, end = shift_dates(D(2026, 9, 1), D(2026, 9, 30), 14)
    assert (start, end) == (D(2026, 9, 15), D(2026, 10, 14))
    assert inclusive_days(start, end) == 30


def test_cost_split_by_days_in_each_year():
    # 1-31 December 2026 (31 days) and 1-9 January 2027 (9 days): 40 days.
    parts = split_by_year(D(2026, 12, 1), D(2027, 1, 9), Decimal("400.00"))
    assert parts == {2026: Decimal("310.00"), 2027: Decimal("90.00")}


def test_cost_split_parts_add_up_to_the_grosz():
    parts = split_by_year(D(2026, 12, 31), D(2027, 1, 2), Decimal("100.00"))
    assert sum(parts.values()) == Decimal("100.00")
    assert parts == {2026: Decimal("33.33"), 2027: Decimal("66.67")}  # the grosz goes to the larger remainder


@settings(max_examples=40, deadline=None)
@given(st.dates(D(2025, 1, 1), D(2030, 1, 1)), st.integers(0, 900), st.decimals(0, 100000, places=2))
def test_split_always_sums_to_cost(start, length, cost):
    parts = split_by_year(start, start + dt.timedelta(days=length), cost)
    assert sum(parts.values()) == cost
    assert all(p >= 0 for p in parts.values())


def test_max_concurrent_counts_inclusive_ends():
    ranges = [
        (1, D(2026, 9, 1), D(2026, 9, 30)),
        (2, D(2026, 9, 30), D(2026, 10, 10)),  # meets activity 1 on 30 September
        (3, D(2026, 10, 1), D(2026, 10, 31)),
    ]
    count, day, ids = max_concurrent(ranges)
    assert count == 2
    assert day == D(2026, 9, 30)
    assert sorted(ids) == [1, 2]


def test_max_concurrent_next_day_is_free():
    count, _, _ = max_concurrent([(1, D(2026, 9, 1), D(2026, 9, 30)), (2, D(2026, 10, 1), D(2026, 10, 2))])
    assert count == 1


def test_months_and_slices():
    assert months_in(D(2026, 9, 15), D(2027, 1, 2)) == [(2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1)]
    slices = slices_of_months(D(2026, 9, 1), D(2028, 8, 31), 12)
    assert slices == [(D(2026, 9, 1), D(2027, 8, 31)), (D(2027, 9, 1), D(2028, 8, 31))]


def test_budget_by_source_and_year():
    acts = [
        ActivityData(
            name="a", starts_on=D(2026, 12, 1), ends_on=D(2027, 1, 9), cost=Decimal("400"), financing="budzet_jst"
        ),
        ActivityData(
            name="b", starts_on=D(2027, 3, 1), ends_on=D(2027, 3, 2), cost=Decimal("50"), financing="fundusze_ue"
        ),
    ]
    result = budget(acts)
    assert result.total == Decimal("450")
    assert result.by_source == {"budzet_jst": Decimal("400"), "fundusze_ue": Decimal("50")}
    assert result.by_year == {2026: Decimal("310.00"), 2027: Decimal("140.00")}
    assert result.cells[(2027, "budzet_jst")] == Decimal("90.00")
