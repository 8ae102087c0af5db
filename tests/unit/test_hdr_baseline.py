"""Approval fixes a baseline; later changes are compared against it (also for stage 3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData
from wsparcie_desktop.services.hdr_baseline import (
    approve_hdr,
    changes_since_approval,
    compare_with_baseline,
    latest_baseline,
)

D = dt.date


@pytest.fixture
def approved(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(
        db,
        s2.process_id,
        HdrData(
            *PERIOD,
            ore_form_code="studium_refleksji",
            ore_form_due_on=D(2027, 6, 30),
            ore_form_responsible_id=s2.person_ids[0],
        ),
    ).id
    ids = {}
    for n, goal in enumerate(s2.goal_ids[:2]):
        ids[n] = hdr.save_activity(
            db,
            hdr_id,
            ActivityData(
                name=f"Działanie {n}",
                starts_on=D(2026, 10, 1),
                ends_on=D(2026, 10, 31),
                goal_ids=[goal],
                responsible_id=s2.person_ids[0],
                cost=Decimal("1000"),
                financing="budzet_jst",
            ),
        ).id
    approve_hdr(db, s2.process_id, "Jan Wójcik, Wójt Gminy", D(2026, 8, 25))
    return db, s2, hdr_id, ids


def test_approval_snapshots_baseline(approved):
    db, s2, hdr_id, ids = approved
    stored = hdr.get_hdr(db, s2.process_id)
    assert (stored.approved_by, stored.approved_on) == ("Jan Wójcik, Wójt Gminy", D(2026, 8, 25))
    baseline = latest_baseline(db, hdr_id)
    assert set(baseline.activities) == set(ids.values())
    assert baseline.activities[ids[0]].cost == Decimal("1000.00")
    assert compare_with_baseline(db, s2.process_id).changes == []


def test_approval_refused_with_checklist_errors(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD))
    with pytest.raises(DomainError) as err:
        approve_hdr(db, s2.process_id, "Wójt", D(2026, 8, 25))
    assert "lista kontrolna" in err.value.message
    assert hdr.get_hdr(db, s2.process_id).approved_on is None
    with pytest.raises(DomainError) as err:
        approve_hdr(db, s2.process_id, " ", D(2026, 8, 25))
    assert err.value.field == "approved_by"


def test_moves_additions_removals_costs_and_people_are_reported(approved):
    db, s2, hdr_id, ids = approved
    moved = hdr.get_activity(db, ids[0])
    moved.starts_on, moved.ends_on = D(2026, 10, 15), D(2026, 11, 14)  # +14 days both ends
    moved.cost = Decimal("1500")
    moved.responsible_id = s2.person_ids[1]
    hdr.save_activity(db, hdr_id, moved)
    hdr.delete_activity(db, ids[1])
    added = hdr.save_activity(db, hdr_id, ActivityData(name="Nowe", starts_on=D(2027, 1, 4), ends_on=D(2027, 1, 8))).id
    comparison = compare_with_baseline(db, s2.process_id)
    by_kind = {c.kind: c for c in comparison.changes}
    assert set(by_kind) == {"moved", "cost", "responsible", "removed", "added"}
    move = by_kind["moved"]
    assert (move.activity_id, move.start_delta, move.end_delta) == (ids[0], 14, 14)
    assert "+14 dni" in move.text and "01.10.2026 → 15.10.2026" in move.text
    assert by_kind["cost"].old == Decimal("1000.00") and by_kind["cost"].new == Decimal("1500.00")
    assert "Anna Nowak → Jan Wójcik" in by_kind["responsible"].text
    assert by_kind["removed"].activity_id == ids[1] and by_kind["removed"].name == "Działanie 1"
    assert by_kind["added"].activity_id == added
    assert changes_since_approval(db, s2.process_id) == comparison.changes
    assert "przesunięte: 1" in comparison.summary and "usunięte: 1" in comparison.summary


def test_shortening_reports_only_the_end(approved):
    db, s2, hdr_id, ids = approved
    data = hdr.get_activity(db, ids[0])
    data.ends_on = D(2026, 10, 30)
    hdr.save_activity(db, hdr_id, data)
    (change,) = changes_since_approval(db, s2.process_id)
    assert (change.start_delta, change.end_delta) == (0, -1)
    assert "koniec −1 dzień" in change.text and "początek" not in change.text


def test_reapproval_makes_a_new_baseline(approved):
    db, s2, hdr_id, ids = approved
    hdr.shift_activity(db, ids[0], 7)
    assert len(changes_since_approval(db, s2.process_id)) == 1
    approve_hdr(db, s2.process_id, "Jan Wójcik", D(2026, 11, 2))
    assert changes_since_approval(db, s2.process_id) == []
    assert latest_baseline(db, hdr_id).approved_on == D(2026, 11, 2)


def test_never_approved_has_no_comparison(db, jst_id):
    s2 = stage2(db, jst_id)
    hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD))
    assert compare_with_baseline(db, s2.process_id) is None
    assert changes_since_approval(db, s2.process_id) == []


def test_reapproval_with_an_earlier_date_is_the_one_compared_against(approved):
    """The clerk recorded today's date by mistake, edited, then recorded the approval again with the real date."""
    db, s2, hdr_id, ids = approved
    hdr.shift_activity(db, ids[0], 7)
    approve_hdr(db, s2.process_id, "Jan Wójcik, Wójt Gminy", D(2026, 8, 20))
    assert latest_baseline(db, hdr_id).approved_on == D(2026, 8, 20)
    assert changes_since_approval(db, s2.process_id) == []  # the plan as just approved, not the older snapshot
