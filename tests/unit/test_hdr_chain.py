"""The chain from evidence to result, both ways, and the warnings about its gaps; measurements and their progress."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import hdr_chain, measurements
from wsparcie_desktop.services.hdr_chain import Chain, chain_findings, path_of
from wsparcie_desktop.services.measurements import MeasurementData, progress_share

D = dt.date
AS_OF = D(2026, 11, 30)


def _ids(demo):
    return demo.extra["hdr_activity_ids"]


def test_from_an_activity_up_to_its_goal_gap_causes_states_and_data_tasks(demo_db):
    db, demo = demo_db
    chain = hdr_chain.load_chain(db, demo.process_id)
    path = path_of(chain, "activity", _ids(demo)["diagnoza"])
    goal = chain.text("goal", path.ids("goal")[0])
    assert path.ids("goal") == [demo.extra["goal_ids"][0]] and goal.startswith("Wprowadzić coroczną diagnozę")
    gap = path.ids("gap")[0]
    assert chain.gap_priority[gap] and path.items["gap"][0].detail == "priorytet"
    causes = [chain.text("cause", c) for c in path.ids("cause")]
    assert any(c.startswith("Gmina nie diagnozuje potrzeb") for c in causes)
    assert [chain.text("state", s) for s in path.ids("state")] == [
        "Żadna szkoła nie prowadzi procesowego wspomagania ani nie ma rocznego planu wspomagania."
    ]
    assert path.ids("activity") == [_ids(demo)["diagnoza"]]
    assert path.items["indicator"][0].detail.startswith("pomiary od zatwierdzenia HDR: 2 (30.10.2026); 3 (27.11.2026)")


def test_from_a_data_task_down_to_the_goals_and_activities_that_act_on_it_and_what_was_measured(demo_db):
    db, demo = demo_db
    chain = hdr_chain.load_chain(db, demo.process_id)
    survey = next(t for t in chain.tasks if chain.text("task", t).startswith("Ankieta dla nauczycieli"))
    alone = path_of(chain, "task", survey)  # its statement became no gap: the chain stops there, and says so
    assert [chain.text("state", s)[:28] for s in alone.ids("state")] == ["Tylko 12% nauczycieli uczest"]
    assert alone.ids("gap") == [] and alone.ids("activity") == []
    budget = next(t for t in chain.tasks if chain.text("task", t).startswith("Plan i wykonanie środków"))
    path = path_of(chain, "task", budget)
    assert path.ids("goal") == [demo.extra["goal_ids"][2]]
    assert set(path.ids("activity")) == {
        _ids(demo)[k] for k in ("zarzadzenie", "plan_finansowy", "rejestr", "raport_ore", "rada_gminy")
    }
    measured = {i.text[:20]: i.detail for i in path.items["indicator"]}
    assert measured["Wykorzystanie środkó"] == "brak pomiarów od zatwierdzenia HDR"
    share = path_of(chain, "indicator", demo.extra["indicator_ids"][1])
    assert share.items["indicator"][0].detail == "pomiary od zatwierdzenia HDR: 24 (13.11.2026)"


def test_from_a_cause_to_the_goals_and_activities_that_act_on_it(demo_db):
    db, demo = demo_db
    chain = hdr_chain.load_chain(db, demo.process_id)
    cause = next(c for c in chain.cause_parent if chain.text("cause", c).startswith("Gmina nie diagnozuje"))
    path = path_of(chain, "cause", cause)
    assert cause in path.ids("cause") and path.ids("gap")
    assert _ids(demo)["diagnoza"] in path.ids("activity") and path.ids("goal")
    # and back: every activity found from the cause finds the cause again
    for activity in path.ids("activity"):
        assert cause in path_of(chain, "activity", activity).ids("cause")


def test_the_demo_shows_the_warnings_of_its_chain(demo_db):
    db, demo = demo_db
    found = chain_findings(hdr_chain.load_chain(db, demo.process_id), AS_OF)
    codes = [f.code for f in found]
    assert codes.count("chain_indicator_unmeasured") == 2  # five indicators, three measured
    assert "chain_cause_without_goal" in codes and all(f.severity == "warning" for f in found)
    assert "chain_gap_without_activity" not in codes and "chain_activity_without_goal" not in codes


def _tree(causes: int = 200) -> Chain:
    """A tree of ``causes`` causes under 10 roots, three gaps (two priority), goals, indicators, activities."""
    chain = Chain(approved_on=D(2026, 9, 1))
    chain.tasks = [1]
    chain.states = [1, 2, 3]
    chain.texts.update({("task", 1): "Zadanie", ("state", 1): "S1", ("state", 2): "S2", ("state", 3): "S3"})
    chain.state_task = {1: 1, 2: None, 3: None}
    for c in range(1, causes + 1):
        parent = None if c <= 10 else (c - 1) // 10  # 11–20 under 1, 21–30 under 2, 111–120 under 11, ...
        chain.cause_parent[c] = parent
        chain.cause_influence[c] = "yes" if c % 7 else "no"
        chain.texts[("cause", c)] = f"Przyczyna {c}"
    for gap, state, priority, roots in ((1, 1, True, {1, 2}), (2, 2, True, {3}), (3, 3, False, {4})):
        chain.gap_state[gap], chain.gap_priority[gap], chain.gap_causes[gap] = state, priority, set(roots)
        chain.texts[("gap", gap)] = f"Luka {gap}"
    chain.goal_gap = {1: 1, 3: 3}  # gap 2 (a priority) has no goal, so no activity
    chain.texts.update({("goal", 1): "Cel 1", ("goal", 3): "Cel 3"})
    chain.indicator_goal = {1: 1, 2: 3}
    chain.indicator_first = {1: D(2026, 3, 1), 2: D(2026, 3, 1)}
    chain.texts.update({("indicator", 1): "W1", ("indicator", 2): "W2"})
    from wsparcie_desktop.services.hdr_chain import Measured

    chain.measurements = {1: [Measured(1, D(2026, 12, 1), Decimal("3"))], 2: []}
    chain.activity_order = [1, 2, 3]
    chain.activity_goals = {1: {1}, 2: set(), 3: {3}}
    chain.activity_indicators = {1: set(), 2: set(), 3: set()}
    chain.texts.update({("activity", 1): "A1", ("activity", 2): "A2", ("activity", 3): "A3"})
    return chain


def test_a_200_cause_tree_both_ways():
    chain = _tree()
    deep = 150  # 150 → 14 → 1, under gap 1
    assert chain.ancestors(deep) == [14, 1]
    down = path_of(chain, "cause", deep)
    assert down.ids("gap") == [1] and down.ids("goal") == [1] and down.ids("activity") == [1]
    up = path_of(chain, "activity", 1)
    assert deep in up.ids("cause") and 2 in up.ids("cause") and 3 not in up.ids("cause")
    # the causes of gap 1 are roots 1 and 2 with their whole subtrees: children 11–30, grandchildren 111–200
    assert set(up.ids("cause")) == {1, 2} | set(range(11, 31)) | set(range(111, 201))
    assert up.ids("task") == [1] and up.ids("state") == [1]
    assert path_of(chain, "task", 1).ids("activity") == [1]


def test_each_warning_of_the_chain_on_the_200_cause_tree():
    found = chain_findings(_tree(), D(2027, 2, 1))
    codes = {f.code for f in found}
    assert codes == set(hdr_chain.CHAIN_CODES)
    messages = [f.message for f in found]
    assert "Luka priorytetowa bez żadnego działania: Luka 2" in messages
    assert "„A2” nie służy żadnemu celowi rozwojowemu." in messages
    assert any(m.startswith("Wskaźnika nie zmierzono ani razu po dacie bazowej (01.03.2026): W2") for m in messages)
    causes = [f for f in found if f.code == "chain_cause_without_goal"]
    # the causes the JST influences outside the trees of roots 1, 2 (gap 1) and 4 (gap 3), which have goals
    tree = _tree()
    addressed = {c for c in tree.cause_parent if {c, *tree.ancestors(c)} & {1, 2, 4}}
    expected = [c for c in tree.cause_parent if c % 7 and c not in addressed]
    assert [f.message for f in causes] == [
        f"Przyczyna w zasięgu wpływu JST, na którą nie odpowiada żaden cel: Przyczyna {c}" for c in expected
    ]
    assert 3 in expected and 150 not in expected and len(expected) > 50
    assert not [f for f in chain_findings(_tree(), D(2027, 2, 1), activities=False) if f.activity_id]


def test_no_measurement_warning_before_the_hdr_is_approved():
    chain = _tree()
    chain.approved_on = None
    assert "chain_indicator_unmeasured" not in {f.code for f in chain_findings(chain, D(2027, 2, 1))}


def test_the_hdr_checklist_lists_the_chain_warnings(demo_db):
    db, demo = demo_db
    codes = [f.code for f in hdr_chain.checklist_findings(db, demo.process_id, AS_OF)]
    assert "chain_indicator_unmeasured" in codes and "chain_activity_without_goal" not in codes


def test_the_chain_built_with_the_plans_activities_is_the_chain_read_whole(demo_db):
    """The HDR screen hands over the activities it has just read; the chain must be the same as read alone."""
    from wsparcie_desktop.services import hdr

    db, demo = demo_db
    plan = hdr.load_plan(db, demo.process_id)
    read = hdr_chain.load_chain(db, demo.process_id)
    given = hdr_chain.load_chain(db, demo.process_id, hdr_chain.chain_activities(plan.activities))
    assert given == read and read.activity_order and any(read.activity_goals.values())
    assert read.measurements and read.gap_causes and read.texts
    assert hdr_chain.checklist_findings(db, demo.process_id, AS_OF, hdr_chain.chain_activities(plan.activities)) \
        == hdr_chain.checklist_findings(db, demo.process_id, AS_OF)  # fmt: skip


# ---------------------------------------------------------------- measurements


def test_a_measurement_is_stored_and_its_rules_refused_at_the_field(demo_db):
    db, demo = demo_db
    indicator = demo.extra["indicator_ids"][3]
    change = measurements.save_measurement(db, MeasurementData(indicator, D(2026, 11, 25), "71,5", "sprawozdanie",
                                                               "skarbnik"), today=AS_OF)  # fmt: skip
    assert change.process_id == demo.process_id
    stored = measurements.list_measurements(db, indicator)
    assert [(m.measured_on, m.value) for m in stored] == [(D(2026, 11, 25), Decimal("71.5000"))]
    for data, field in (
        (MeasurementData(indicator, None, "1"), "measured_on"),
        (MeasurementData(indicator, D(2026, 2, 1), "1"), "measured_on"),  # before the process started (2 February)
        (MeasurementData(indicator, D(2030, 3, 1), "1"), "measured_on"),
        (MeasurementData(indicator, D(2026, 11, 2), "dużo"), "value"),
        (MeasurementData(indicator, D(2026, 11, 2), ""), "value"),
    ):
        with pytest.raises(DomainError) as refused:
            measurements.save_measurement(db, data, today=AS_OF)
        assert refused.value.field == field
    assert len(measurements.list_measurements(db, indicator)) == 1


def test_progress_from_baseline_to_target():
    assert progress_share(Decimal(12), Decimal(50), Decimal(31)) == Decimal("50.0")
    assert progress_share(Decimal(58), Decimal(90), Decimal(50)) == Decimal("-25.0")
    assert progress_share(Decimal(10), Decimal(2), Decimal(4)) == Decimal("75.0")  # a falling target
    assert progress_share(Decimal(5), Decimal(5), Decimal(5)) is None


def test_indicator_progress_on_the_demo(demo_db):
    db, demo = demo_db
    found = {p.indicator.id: p for p in measurements.indicator_progress(db, demo.process_id, AS_OF)}
    first, _share, network, _fund, order = (found[i] for i in demo.extra["indicator_ids"])
    assert first.share == Decimal("50.0") and first.state_text == "50,0% drogi do celu"
    assert network.latest.value == 2 and [n for n, _ in network.activities] == [8]
    assert not order.target_passed and order.state_text.startswith("nie zmierzono")
    later = {p.indicator.id: p for p in measurements.indicator_progress(db, demo.process_id, D(2026, 12, 15))}
    order = later[demo.extra["indicator_ids"][4]]  # its target date, 30 November, has passed by then
    assert order.target_passed and order.state_text == "nie zmierzono, termin docelowy minął"
