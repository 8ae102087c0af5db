"""The demo gmina's HDR: about 15 activities over 12 months, approved by the wójt, then changed."""

from __future__ import annotations

import datetime as dt

from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr_baseline import compare_with_baseline
from wsparcie_desktop.services.hdr_validation import check_hdr, errors_of


def test_demo_hdr(demo_db):
    db, demo = demo_db
    plan = hdr.load_plan(db, demo.process_id)
    assert (plan.hdr.period_start, plan.hdr.period_end) == (dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    assert 14 <= len(plan.activities) <= 18
    assert plan.hdr.approved_by.startswith("Andrzej Kowalczyk") and plan.hdr.approved_on == dt.date(2026, 8, 28)
    assert plan.ore_form_name == "opis dobrej praktyki" and plan.hdr.ore_form_responsible_id is not None
    assert errors_of(check_hdr(db, demo.process_id)) == []
    kinds = {p.kind for a in plan.activities for p in a.partners}
    assert {"school", "ppp", "odn"} <= kinds
    assert {a.responsible_id for a in plan.activities} <= set(demo.people.values())
    if demo.extra.get("goal_ids"):
        assert all(any(g.id in a.goal_ids for a in plan.activities) for g in plan.priority_goals)
    comparison = compare_with_baseline(db, demo.process_id)
    assert {c.kind for c in comparison.changes} >= {"moved", "cost", "added"}
