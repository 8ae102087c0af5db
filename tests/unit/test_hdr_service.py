"""The HDR's activities: saving, copying, moving, shifting, deleting, and finish-to-start dependencies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.hdr_support import PERIOD, add_goal, stage2
from wsparcie_desktop.db.models import ActivityPartner, HdrActivity
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import hdr, processes
from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData

D = dt.date


@pytest.fixture
def plan(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD)).id
    return db, s2, hdr_id


def act(name, start, end, **kw):
    return ActivityData(name=name, starts_on=start, ends_on=end, **kw)


def test_period_end_before_start_is_refused(db, jst_id):
    s2 = stage2(db, jst_id)
    with pytest.raises(DomainError) as err:
        hdr.save_hdr(db, s2.process_id, HdrData(D(2027, 1, 1), D(2026, 12, 31)))
    assert err.value.field == "period_end"
    assert hdr.get_hdr(db, s2.process_id) is None


def test_one_hdr_per_process(plan):
    db, s2, hdr_id = plan
    again = hdr.save_hdr(db, s2.process_id, HdrData(D(2026, 10, 1), D(2027, 6, 30), ore_form_code="minireportaz")).id
    assert again == hdr_id
    data = hdr.get_hdr(db, s2.process_id)
    assert (data.period_start, data.ore_form_code) == (D(2026, 10, 1), "minireportaz")


def test_unknown_ore_form_refused(plan):
    db, s2, _ = plan
    with pytest.raises(DomainError) as err:
        hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD, ore_form_code="list_do_ore"))
    assert err.value.field == "ore_form_code"


def test_activity_round_trip_with_links(plan):
    db, s2, hdr_id = plan
    goal = s2.goal_ids[0]
    data = act(
        "Szkolenie dyrektorów",
        D(2026, 9, 1),
        D(2026, 9, 30),
        form="szkolenie",
        description="Opis",
        responsible_id=s2.person_ids[0],
        cost=Decimal("1234.5"),
        financing="budzet_jst",
        expected_result="Dyrektorzy znają procedurę",
        is_milestone=True,
        goal_ids=[goal],
        indicator_ids=s2.indicator_ids[goal],
        partners=[PartnerData("ppp", None, "PPP w Węgrowie")],
    )
    activity_id = hdr.save_activity(db, hdr_id, data).id
    stored = hdr.get_activity(db, activity_id)
    assert stored.cost == Decimal("1234.50")
    assert stored.days == 30
    assert stored.goal_ids == [goal]
    assert stored.indicator_ids == sorted(s2.indicator_ids[goal])
    assert stored.partners == [PartnerData("ppp", None, "PPP w Węgrowie")]
    assert stored.is_milestone and stored.position == 1


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(name="  "), "name"),
        (dict(ends_on=D(2026, 8, 31)), "ends_on"),
        (dict(starts_on=None), "starts_on"),
        (dict(cost=Decimal("-1"), financing="budzet_jst"), "cost"),
        (dict(cost=Decimal("10"), financing="bez_kosztow"), "financing"),
        (dict(form="wyklad"), "form"),
        (dict(partners=[PartnerData("ngo", None, " ")]), "partners"),
    ],
)
def test_bad_activity_input_is_refused_at_its_field(plan, change, field):
    db, _, hdr_id = plan
    data = act("Warsztat", D(2026, 9, 1), D(2026, 9, 30))
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(DomainError) as err:
        hdr.save_activity(db, hdr_id, data)
    assert err.value.field == field
    assert hdr.list_activities(db, hdr_id) == []


def test_goal_of_another_process_refused(plan, jst_id):
    db, _, hdr_id = plan
    other = processes.save_process(db, jst_id, processes.ProcessData(name="Inny proces", started_on=D(2025, 1, 1))).id
    foreign_goal, _ = add_goal(db, other, "Cel innego procesu")
    with pytest.raises(DomainError) as err:
        hdr.save_activity(db, hdr_id, act("X", D(2026, 9, 1), D(2026, 9, 2), goal_ids=[foreign_goal]))
    assert err.value.field == "goal_ids"


def test_dependency_refuses_start_on_or_before_predecessor_end(plan):
    db, _, hdr_id = plan
    first = hdr.save_activity(db, hdr_id, act("Diagnoza", D(2026, 9, 1), D(2026, 9, 30))).id
    with pytest.raises(DomainError) as err:
        hdr.save_activity(db, hdr_id, act("Szkolenie", D(2026, 9, 30), D(2026, 10, 5), depends_on_id=first))
    assert err.value.field == "starts_on"
    assert "01.10.2026" in err.value.message
    second = hdr.save_activity(db, hdr_id, act("Szkolenie", D(2026, 10, 1), D(2026, 10, 5), depends_on_id=first)).id
    assert hdr.get_activity(db, second).depends_on_id == first


def test_predecessor_cannot_be_extended_over_its_successor(plan):
    db, _, hdr_id = plan
    first = hdr.save_activity(db, hdr_id, act("Diagnoza", D(2026, 9, 1), D(2026, 9, 30))).id
    hdr.save_activity(db, hdr_id, act("Szkolenie", D(2026, 10, 1), D(2026, 10, 5), depends_on_id=first))
    data = hdr.get_activity(db, first)
    data.ends_on = D(2026, 10, 1)
    with pytest.raises(DomainError) as err:
        hdr.save_activity(db, hdr_id, data)
    assert err.value.field == "ends_on"
    assert hdr.get_activity(db, first).ends_on == D(2026, 9, 30)


def test_dependency_cycles_refused(plan):
    db, _, hdr_id = plan
    a = hdr.save_activity(db, hdr_id, act("A", D(2026, 9, 1), D(2026, 9, 2))).id
    b = hdr.save_activity(db, hdr_id, act("B", D(2026, 9, 3), D(2026, 9, 4), depends_on_id=a)).id
    c = hdr.save_activity(db, hdr_id, act("C", D(2026, 9, 5), D(2026, 9, 6), depends_on_id=b)).id
    data = hdr.get_activity(db, a)
    data.depends_on_id = c
    with pytest.raises(DomainError) as err:
        hdr.save_activity(db, hdr_id, data)
    assert "w koło" in err.value.message
    data.depends_on_id = a
    with pytest.raises(DomainError):
        hdr.save_activity(db, hdr_id, data)


def test_duplicate_places_copy_after_original_with_links(plan):
    db, s2, hdr_id = plan
    goal = s2.goal_ids[0]
    a = hdr.save_activity(
        db,
        hdr_id,
        act("A", D(2026, 9, 1), D(2026, 9, 2), goal_ids=[goal], partners=[PartnerData("odn", None, "ODN Siedlce")]),
    ).id
    b = hdr.save_activity(db, hdr_id, act("B", D(2026, 9, 3), D(2026, 9, 4))).id
    copy = hdr.duplicate_activity(db, a).id
    names = [x.name for x in hdr.list_activities(db, hdr_id)]
    assert names == ["A", "A (kopia)", "B"]
    copied = hdr.get_activity(db, copy)
    assert copied.goal_ids == [goal] and copied.partners[0].name == "ODN Siedlce"
    assert hdr.get_activity(db, b).position == 3


def test_move_up_and_down(plan):
    db, _, hdr_id = plan
    ids = [hdr.save_activity(db, hdr_id, act(n, D(2026, 9, 1), D(2026, 9, 2))).id for n in "ABC"]
    hdr.move_activity(db, ids[2], -1)
    assert [a.name for a in hdr.list_activities(db, hdr_id)] == ["A", "C", "B"]
    hdr.move_activity(db, ids[0], +5)
    assert [a.name for a in hdr.list_activities(db, hdr_id)] == ["C", "B", "A"]
    hdr.reorder_activities(db, hdr_id, [ids[0], ids[1], ids[2]])
    assert [a.position for a in hdr.list_activities(db, hdr_id)] == [1, 2, 3]


def test_shift_keeps_duration_and_respects_dependencies(plan):
    db, _, hdr_id = plan
    a = hdr.save_activity(db, hdr_id, act("A", D(2026, 9, 1), D(2026, 9, 30))).id
    b = hdr.save_activity(db, hdr_id, act("B", D(2026, 10, 1), D(2026, 10, 10), depends_on_id=a)).id
    c = hdr.save_activity(db, hdr_id, act("C", D(2026, 10, 11), D(2026, 10, 20), depends_on_id=b)).id
    with pytest.raises(DomainError) as err:
        hdr.shift_activity(db, a, 3)
    assert "razem z działaniami zależnymi" in err.value.message
    assert hdr.get_activity(db, a).starts_on == D(2026, 9, 1)
    with pytest.raises(DomainError):
        hdr.shift_activity(db, b, -1)  # would start on A's last day
    hdr.shift_activity(db, a, 7, with_dependents=True)
    moved = {x.name: (x.starts_on, x.ends_on, x.days) for x in hdr.list_activities(db, hdr_id)}
    assert moved["A"] == (D(2026, 9, 8), D(2026, 10, 7), 30)
    assert moved["B"][0] == D(2026, 10, 8) and moved["C"][0] == D(2026, 10, 18)
    hdr.shift_activity(db, c, 30)
    assert hdr.get_activity(db, c).days == 10


def test_delete_clears_dependency_and_renumbers(plan):
    db, _, hdr_id = plan
    a = hdr.save_activity(
        db, hdr_id, act("A", D(2026, 9, 1), D(2026, 9, 2), partners=[PartnerData("ngo", None, "Stowarzyszenie")])
    ).id
    b = hdr.save_activity(db, hdr_id, act("B", D(2026, 9, 3), D(2026, 9, 4), depends_on_id=a)).id
    assert hdr.activity_dependants(db, a) == ["B"]
    hdr.delete_activity(db, a)
    remaining = hdr.get_activity(db, b)
    assert remaining.depends_on_id is None and remaining.position == 1
    with db.transaction() as s:
        assert s.query(ActivityPartner).count() == 0
        assert s.query(HdrActivity).count() == 1


def test_load_plan_lists_goals_people_and_priorities(plan):
    db, s2, _ = plan
    loaded = hdr.load_plan(db, s2.process_id)
    assert [g.is_priority for g in loaded.goals] == [True, True, False]
    assert len(loaded.priority_goals) == 2
    assert loaded.goals[0].indicators[0].name == "Wskaźnik 1a"
    assert {p.full_name for p in loaded.people} >= {"Anna Nowak", "Jan Wójcik"}
