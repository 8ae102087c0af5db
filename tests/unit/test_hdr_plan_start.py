"""The start of a long plan (``hdr.load_plan_start``): what a screen paints before the rest is read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.db.models import HdrActivity
from wsparcie_desktop.db.sql_dates import days_between
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData

D = dt.date


@pytest.fixture
def plan(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    specs = [  # (start, days, cost, goals): the longest, the dearest and the one with most goals far down
        (D(2026, 9, 1), 10, "100", 1), (D(2026, 9, 5), 10, "100", 1), (D(2026, 10, 1), 10, "100", 0),
        (D(2026, 9, 20), 10, "100", 1), (D(2026, 8, 1), 3, "50", 1), (D(2026, 9, 1), 120, "100", 1),
        (D(2026, 9, 1), 120, "100", 1), (D(2026, 11, 1), 10, "98765.43", 1), (D(2026, 11, 1), 10, "200", 3),
        (D(2027, 5, 1), 200, "100", 3),
    ]  # fmt: skip
    for n, (start, days, cost, goals) in enumerate(specs):
        hdr.save_activity(db, hdr_id, ActivityData(
            name=f"Działanie {n + 1}", starts_on=start, ends_on=start + dt.timedelta(days=days - 1),
            cost=Decimal(cost), financing="budzet_jst", goal_ids=s2.goal_ids[:goals], responsible_id=s2.person_ids[0],
            indicator_ids=[s2.indicator_ids[s2.goal_ids[0]][0]] if goals else [],
            partners=[PartnerData("odn", None, f"Ośrodek {n}")],
        ))  # fmt: skip
    hdr.move_activity(db, hdr.load_plan(db, s2.process_id).activities[9].id, -9)  # the last one first: plan order
    return s2


def test_the_start_holds_the_first_rows_and_the_widest_as_the_whole_plan_has_them(db, plan):
    whole = hdr.load_plan(db, plan.process_id)
    start = hdr.load_plan_start(db, plan.process_id, first=3)
    assert not start.whole
    assert start.ids == [a.id for a in whole.activities]
    assert start.plan.activities == whole.activities[:3]
    assert start.widest == {"days": 0, "cost": 8, "goals": 0}  # the first of the longest (in the plan's order)
    assert all(start.rows[place] == whole.activities[place] for place in (*range(3), *start.widest.values()))
    assert set(start.rows) == {0, 1, 2, 8}
    days = [d for a in whole.activities for d in (a.starts_on, a.ends_on)]
    assert (start.first_day, start.last_day) == (min(days), max(days)) == (D(2026, 8, 1), D(2027, 11, 16))
    assert (start.plan.process_name, start.plan.hdr, start.plan.goals, start.plan.people, start.plan.ore_forms) == (
        whole.process_name, whole.hdr, whole.goals, whole.people, whole.ore_forms)  # fmt: skip


def test_the_widest_are_the_first_of_their_kind_in_the_plan_order(db, plan):
    hdr.move_activity(db, hdr.load_plan(db, plan.process_id).activities[0].id, 9)  # the longest now last
    whole = hdr.load_plan(db, plan.process_id)
    start = hdr.load_plan_start(db, plan.process_id, first=2)
    lengths = [a.ends_on.toordinal() - a.starts_on.toordinal() for a in whole.activities]
    assert start.widest["days"] == lengths.index(max(lengths)) == 9
    goals = [len(a.goal_ids) for a in whole.activities]
    assert start.widest["goals"] == goals.index(max(goals)) == 8
    assert start.rows[9] == whole.activities[9] and start.rows[8] == whole.activities[8]


def test_a_plan_no_longer_than_the_first_rows_is_read_whole(db, plan):
    whole = hdr.load_plan(db, plan.process_id)
    start = hdr.load_plan_start(db, plan.process_id, first=10)
    assert start.whole and start.plan == whole and start.rows == dict(enumerate(whole.activities))


def test_a_process_without_an_hdr_has_an_empty_start(db, jst_id):
    s2 = stage2(db, jst_id)
    start = hdr.load_plan_start(db, s2.process_id)
    assert start.plan.hdr is None and start.ids == [] and start.whole


def test_days_between_counts_the_days_from_one_date_to_another(db, plan):
    with db.transaction() as s:
        found = s.execute(select(HdrActivity.starts_on, HdrActivity.ends_on,
                                 days_between(HdrActivity.starts_on, HdrActivity.ends_on))).all()  # fmt: skip
    assert found and all(days == (end - start).days for start, end, days in found)
