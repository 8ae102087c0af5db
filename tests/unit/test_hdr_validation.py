"""The HDR checklist: each rule is found when broken and gone when fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_validation import check_hdr, errors_of

D = dt.date


@pytest.fixture
def setup(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(
        db,
        s2.process_id,
        HdrData(
            *PERIOD,
            ore_form_code="dobra_praktyka",
            ore_form_due_on=D(2027, 6, 30),
            ore_form_responsible_id=s2.person_ids[0],
        ),
    ).id
    return db, s2, hdr_id


def codes(findings):
    return sorted(f.code for f in findings)


def add(db, hdr_id, name, start, end, person, goals=(), **kw):
    return hdr.save_activity(
        db,
        hdr_id,
        ActivityData(name=name, starts_on=start, ends_on=end, responsible_id=person, goal_ids=list(goals), **kw),
    ).id


def test_a_complete_plan_has_no_findings(setup):
    db, s2, hdr_id = setup
    for n, goal in enumerate(s2.goal_ids):
        add(db, hdr_id, f"Działanie {n}", D(2026, 9, 1), D(2026, 9, 30), s2.person_ids[0], [goal])
    assert check_hdr(db, s2.process_id) == []


def test_no_hdr_and_empty_hdr(db, jst_id):
    s2 = stage2(db, jst_id)
    assert codes(check_hdr(db, s2.process_id)) == ["no_hdr"]
    hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD))
    found = codes(check_hdr(db, s2.process_id))
    assert "no_activities" in found
    assert found.count("goal_without_activity") == 2  # the two priority goals, not the third
    assert {"ore_form", "ore_due", "ore_responsible"} <= set(found)


def test_priority_goal_without_activity_names_the_goal(setup):
    db, s2, hdr_id = setup
    add(db, hdr_id, "A", D(2026, 9, 1), D(2026, 9, 2), s2.person_ids[0], [s2.goal_ids[0]])
    found = [f for f in check_hdr(db, s2.process_id) if f.code == "goal_without_activity"]
    assert len(found) == 1
    assert found[0].goal_id == s2.goal_ids[1] and found[0].is_error
    assert "Cel priorytetowy 2" in found[0].message


def test_activity_outside_period_and_without_person(setup):
    db, s2, hdr_id = setup
    early = add(db, hdr_id, "Za wcześnie", D(2026, 8, 31), D(2026, 9, 5), None, s2.goal_ids[:1])
    late = add(db, hdr_id, "Za późno", D(2027, 8, 1), D(2027, 9, 1), s2.person_ids[1], s2.goal_ids[1:2])
    found = {(f.code, f.activity_id, f.field) for f in check_hdr(db, s2.process_id)}
    assert ("starts_before_period", early, "starts_on") in found
    assert ("no_responsible", early, "responsible_id") in found
    assert ("ends_after_period", late, "ends_on") in found
    # the last day of the period is still inside it
    data = hdr.get_activity(db, late)
    data.ends_on = D(2027, 8, 31)
    hdr.save_activity(db, hdr_id, data)
    assert "ends_after_period" not in codes(check_hdr(db, s2.process_id))


def test_activity_without_goal_is_a_warning(setup):
    db, s2, hdr_id = setup
    for goal in s2.goal_ids[:2]:
        add(db, hdr_id, "Z celem", D(2026, 9, 1), D(2026, 9, 2), s2.person_ids[0], [goal])
    loose = add(db, hdr_id, "Bez celu", D(2026, 9, 1), D(2026, 9, 2), s2.person_ids[0])
    found = check_hdr(db, s2.process_id)
    assert [(f.code, f.activity_id, f.severity) for f in found] == [("no_goal", loose, "warning")]
    assert errors_of(found) == []


def test_ore_form_due_date_and_person_required(setup):
    db, s2, hdr_id = setup
    hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD, ore_form_code="minireportaz"))
    found = {f.code: f.field for f in check_hdr(db, s2.process_id)}
    assert found["ore_due"] == "ore_form_due_on"
    assert found["ore_responsible"] == "ore_form_responsible_id"
    assert "ore_form" not in found


def test_more_than_three_concurrent_activities_of_one_person_warns(setup):
    db, s2, hdr_id = setup
    person = s2.person_ids[2]
    goals = s2.goal_ids[:1]
    # Three running together, and a fourth that only meets them on 30 September (inclusive end).
    for n in range(3):
        add(db, hdr_id, f"Równoległe {n}", D(2026, 9, 1), D(2026, 9, 30), person, goals)
    fourth = add(db, hdr_id, "Czwarte", D(2026, 10, 1), D(2026, 10, 31), person, goals)
    assert "overload" not in codes(check_hdr(db, s2.process_id))
    data = hdr.get_activity(db, fourth)
    data.starts_on = D(2026, 9, 30)
    hdr.save_activity(db, hdr_id, data)
    found = [f for f in check_hdr(db, s2.process_id) if f.code == "overload"]
    assert len(found) == 1
    assert found[0].severity == "warning" and found[0].person_id == person
    assert "Ewa Lis" in found[0].message and "4 działania" in found[0].message
    assert "30.09.2026" in found[0].message
    marked = {found[0].activity_id, *found[0].also}  # every one of the four, not only the first
    assert len(marked) == 4 and fourth in marked


def test_three_at_once_is_fine(setup):
    db, s2, hdr_id = setup
    for n in range(3):
        add(db, hdr_id, f"R{n}", D(2026, 9, 1), D(2026, 9, 30), s2.person_ids[2], s2.goal_ids[:1])
    assert "overload" not in codes(check_hdr(db, s2.process_id))


def test_process_without_goals_still_allows_planning(db, jst_id):
    from wsparcie_desktop.services import processes

    process_id = processes.save_process(
        db, jst_id, processes.ProcessData(name="Bez celów", started_on=D(2026, 1, 1))
    ).id
    hdr_id = hdr.save_hdr(db, process_id, HdrData(*PERIOD)).id
    hdr.save_activity(db, hdr_id, ActivityData(name="Spotkanie", starts_on=D(2026, 9, 1), ends_on=D(2026, 9, 1)))
    found = codes(check_hdr(db, process_id))
    assert "no_goals" in found and "no_goal" not in found


def test_each_activity_is_checked_against_its_own_predecessor_whatever_the_ids_and_order(setup):
    import random

    from wsparcie_desktop.services.hdr import load_plan
    from wsparcie_desktop.services.hdr_validation import check_plan

    db, s2, _hdr_id = setup
    plan = load_plan(db, s2.process_id)
    rng = random.Random(7)
    ids = rng.sample(range(1, 1_000_000), 300)
    activities = []
    for n, activity_id in enumerate(ids):
        start = D(2026, 9, 1) + dt.timedelta(days=n % 200)
        activities.append(ActivityData(name=f"Działanie {activity_id}", starts_on=start,
                                       ends_on=start + dt.timedelta(days=n % 7), responsible_id=s2.person_ids[0],
                                       goal_ids=list(s2.goal_ids), id=activity_id))  # fmt: skip
    for a in activities:
        a.depends_on_id = rng.choice([*ids, None, 1_000_001])  # an id no longer in the plan counts as none
    rng.shuffle(activities)
    plan.activities = activities
    by_id = {a.id: a for a in activities}
    expected = {(a.id, by_id[a.depends_on_id].name) for a in activities
                if a.depends_on_id in by_id and a.starts_on <= by_id[a.depends_on_id].ends_on}  # fmt: skip
    found = [f for f in check_plan(plan) if f.code == "dependency_broken"]
    assert expected and len(found) == len(expected)
    assert {(f.activity_id, f.message.split("„")[2].split("”")[0]) for f in found} == expected
