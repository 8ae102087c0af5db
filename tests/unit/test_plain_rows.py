"""db/plain_rows.py gives exactly SQLAlchemy's rows (dates, booleans, money, nulls), on the demo's HDR plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from wsparcie_desktop.db.models import ActivityGoal, Hdr, HdrActivity, School
from wsparcie_desktop.db.plain_rows import plain_rows
from wsparcie_desktop.services import hdr


def test_plain_rows_are_sqlalchemys_rows(demo_db):
    db, demo = demo_db
    a = HdrActivity
    with db.transaction() as s:
        hdr_id = s.scalar(select(Hdr.id).where(Hdr.process_id == demo.process_id))
        statements = [
            select(a.id, a.name, a.starts_on, a.ends_on, a.cost, a.is_milestone, a.depends_on_id, a.responsible_id)
            .where(a.hdr_id == hdr_id).order_by(a.position, a.id),
            select(a.id, a.starts_on).where(a.starts_on >= dt.date(2026, 10, 1), a.is_milestone.is_(False)),
            select(ActivityGoal.activity_id, ActivityGoal.goal_id)
            .where(ActivityGoal.activity_id.in_(select(a.id).where(a.hdr_id == hdr_id))),
            select(School.id, School.name, School.teachers_fte, School.is_public, School.regon),
            select(a.id).where(a.hdr_id == -1),
        ]  # fmt: skip
        for statement in statements:
            expected = [tuple(row) for row in s.execute(statement)]
            got = plain_rows(s, statement)
            assert got == expected
            assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in expected]
        assert any(isinstance(row[2], dt.date) for row in plain_rows(s, statements[0]))
        assert plain_rows(s, statements[1]) and not plain_rows(s, statements[4])


def test_the_plan_read_through_it_is_the_plan(demo_db):
    db, demo = demo_db
    plan = hdr.load_plan(db, demo.process_id)
    one = hdr.get_activity(db, plan.activities[0].id)
    assert one == plan.activities[0] and plan.activities[0].goal_ids and isinstance(one.starts_on, dt.date)
