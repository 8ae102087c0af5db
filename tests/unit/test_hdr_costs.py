"""An activity's cost: one limit (what the store's column holds), Polish amounts read as Decimal, and a cost
typed before its source of financing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.db.models import HdrActivity
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import parse_money
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_costs import MAX_COST, NO_COST, PendingCosts, needs_source, parse_cost

D = dt.date


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1 234,50", "1234.50"),
        ("1234,5", "1234.50"),
        ("1.234,50 zł", "1234.50"),
        ("12\u00a0345\u00a0678\u00a0901,23", "12345678901.23"),
        ("0,10", "0.10"),
        ("999 999 999 999,99 zł", "999999999999.99"),
        ("2500", "2500.00"),
        ("12.5", "12.50"),
    ],
)
def test_polish_amounts_are_read_to_the_grosz(typed, expected):
    value = parse_money(typed)
    assert isinstance(value, Decimal) and value == Decimal(expected) and str(value) == expected


@pytest.mark.parametrize("typed", ["", "abc", "12,345", "1e5", "NaN", "1,2,3", "zł", "12 zł 50"])
def test_text_that_is_not_an_amount_is_never_guessed(typed):
    with pytest.raises(ValueError):
        parse_money(typed)


def test_the_limit_is_what_the_column_holds():
    column = HdrActivity.__table__.c.cost.type
    assert (column.precision, column.scale) == (14, 2)
    assert MAX_COST == Decimal("999999999999.99")
    assert hdr.MAX_COST is MAX_COST  # one limit: the service's rule and the editors use this one


def test_parse_cost_applies_the_rules_in_polish():
    assert parse_cost("") == Decimal("0.00") and parse_cost(None) == Decimal("0.00")
    assert parse_cost("999 999 999 999,99") == MAX_COST
    for typed, message in (("1 000 000 000 000,00", "najwyżej"), ("-5", "ujemny"), ("dużo", "kwotą")):
        with pytest.raises(DomainError) as err:
            parse_cost(typed)
        assert err.value.field == "cost" and message in err.value.message
    with pytest.raises(TypeError):
        parse_cost(0.1)  # a float has lost the grosze before it arrives


@pytest.fixture
def plan(db, jst_id):
    s2 = stage2(db, jst_id)
    return db, hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id


@pytest.mark.parametrize("typed", ["0,10", "0,20", "12 345 678 901,23", "999 999 999 999,99"])
def test_amounts_come_back_from_the_store_exactly(plan, typed):
    db, hdr_id = plan
    cost = parse_cost(typed)
    activity_id = hdr.save_activity(db, hdr_id, ActivityData(name="Szkolenie", starts_on=D(2026, 9, 1),
                                                             ends_on=D(2026, 9, 2), cost=cost,
                                                             financing="budzet_jst")).id  # fmt: skip
    stored = hdr.get_activity(db, activity_id).cost
    assert stored == cost and str(stored) == str(cost)


def test_ten_and_twenty_grosze_add_up_to_thirty(plan):
    db, hdr_id = plan
    for typed in ("0,10", "0,20"):
        hdr.save_activity(db, hdr_id, ActivityData(name=typed, starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 2),
                                                   cost=parse_cost(typed), financing="budzet_jst"))  # fmt: skip
    total = sum((a.cost for a in hdr.list_activities(db, hdr_id)), Decimal("0"))
    assert total == Decimal("0.30") and str(total) == "0.30"


def test_a_cost_over_the_limit_is_refused_by_the_service(plan):
    db, hdr_id = plan
    with pytest.raises(DomainError) as err:
        hdr.save_activity(db, hdr_id, ActivityData(name="Za drogo", starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 2),
                                                   cost=MAX_COST + Decimal("0.01"), financing="budzet_jst"))  # fmt: skip
    assert err.value.field == "cost"


def test_a_cost_typed_before_its_source_waits_for_it():
    pending = PendingCosts()
    assert needs_source(Decimal("5"), NO_COST) and not needs_source(Decimal("0"), NO_COST)
    assert not needs_source(Decimal("5"), "budzet_jst")
    assert pending.keep(7, NO_COST, Decimal("1234.50")) and 7 in pending
    assert pending.take(7, NO_COST) is None and 7 in pending  # "bez kosztów" again: still waiting
    assert pending.take(7, "budzet_jst") == Decimal("1234.50") and 7 not in pending
    assert not pending.keep(8, "budzet_jst", Decimal("10")) and 8 not in pending
    assert pending.keep(9, NO_COST, Decimal("3")) and not pending.keep(9, NO_COST, Decimal("0"))
    assert 9 not in pending  # the cost typed again as zero: nothing waits
