"""What the first window shows, read with plain sqlite3, so that it appears before SQLAlchemy is imported.

The list of local governments and the dashboard (the JST's name, its schools' totals, the three stages of
its latest process) are read here for a SQLite store. Any other store (PostgreSQL, in memory) is read
through the usual services, which give the same answers: tests/unit/test_quick_reads.py compares both on
the demo and on an empty store. The rules stay in the services: the dashboard's stages come from
``dashboard.stages_of`` and the totals from ``summaries.SchoolTotals``; only the counting is done here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from typing import TYPE_CHECKING

from wsparcie_desktop.services.dashboard import Dashboard, ProcessCounts, no_process, stages_of
from wsparcie_desktop.services.dashboard_stage3 import stage3_counts_sqlite
from wsparcie_desktop.services.summaries import JstSummary, SchoolTotals

if TYPE_CHECKING:
    from wsparcie_desktop.db.database import Database

_CENT = Decimal("0.01")


def list_jst(db: Database) -> list[JstSummary]:
    with db.quick_reader() as conn:
        if conn is None:
            from wsparcie_desktop.services import jst

            return jst.list_jst(db)
        rows = conn.execute(
            "SELECT jst.id, jst.name, jst_kind.name FROM jst JOIN jst_kind ON jst_kind.code = jst.kind_code"
        ).fetchall()
        from wsparcie_desktop.text import polish_sort_key  # the order jst.list_jst gives on every store

        return [JstSummary(*row) for row in sorted(rows, key=lambda r: (polish_sort_key(r[1]), r[0]))]


def jst_name(db: Database, jst_id: int) -> str:
    """The JST's name ("" when it was deleted meanwhile)."""
    with db.quick_reader() as conn:
        if conn is None:
            from wsparcie_desktop.services import jst

            return jst.get_profile(db, jst_id).name
        row = conn.execute("SELECT name FROM jst WHERE id = ?", (jst_id,)).fetchone()
        return row[0] if row else ""


def school_totals(db: Database, jst_id: int) -> SchoolTotals:
    with db.quick_reader() as conn:
        if conn is None:
            from wsparcie_desktop.services import schools

            return schools.totals(schools.list_schools(db, jst_id))
        rows = conn.execute("SELECT pupils, teachers_fte FROM school WHERE jst_id = ?", (jst_id,)).fetchall()
    pupils = [row[0] for row in rows]
    fte = [_decimal(row[1]) for row in rows]
    return SchoolTotals(
        count=len(rows), pupils=sum(p for p in pupils if p is not None),
        teachers_fte=sum((f for f in fte if f is not None), Decimal(0)),
        without_pupils=sum(1 for p in pupils if p is None), without_fte=sum(1 for f in fte if f is None),
    )  # fmt: skip


def _decimal(value) -> Decimal | None:
    """A Numeric(…, 2) as SQLAlchemy reads it from SQLite: the stored number to two decimal places."""
    return None if value is None else Decimal(str(value)).quantize(_CENT)


def current_process(db: Database, jst_id: int, chosen: int | None) -> int | None:
    """The chosen process if it still belongs to the JST, else the latest one (as ``AppContext.current_process``)."""
    with db.quick_reader() as conn:
        if conn is None:
            from wsparcie_desktop.services.dashboard import latest_process_id
            from wsparcie_desktop.services.processes import list_processes

            if chosen is not None and any(p.id == chosen for p in list_processes(db, jst_id)):
                return chosen
            return latest_process_id(db, jst_id)
        if chosen is not None:
            found = conn.execute("SELECT 1 FROM advisory_process WHERE id = ? AND jst_id = ?", (chosen, jst_id))
            if found.fetchone():
                return chosen
        return _latest_process(conn, jst_id)


def _latest_process(conn: sqlite3.Connection, jst_id: int) -> int | None:
    row = conn.execute(
        "SELECT id FROM advisory_process WHERE jst_id = ? ORDER BY started_on DESC, id DESC LIMIT 1", (jst_id,)
    ).fetchone()
    return row[0] if row else None


def dashboard(db: Database, jst_id: int, process_id: int | None = None) -> Dashboard:
    """As ``services.dashboard.dashboard``: the same counts, read without the ORM."""
    with db.quick_reader() as conn:
        if conn is None:
            from wsparcie_desktop.services import dashboard as orm_dashboard

            return orm_dashboard.dashboard(db, jst_id, process_id)
        process_id = process_id or _latest_process(conn, jst_id)
        counts = process_counts(conn, process_id) if process_id is not None else None
    return stages_of(counts) if counts is not None else no_process()


def process_counts(conn: sqlite3.Connection, process_id: int) -> ProcessCounts | None:
    def count(sql: str, *args) -> int:
        return conn.execute(f"SELECT count(*) FROM {sql}", args or (process_id,)).fetchone()[0]

    def of_process(table: str) -> int:
        return count(f"{table} WHERE process_id = ?")

    process = conn.execute(
        "SELECT name, choice_outdated, chosen_area_id FROM advisory_process WHERE id = ?", (process_id,)
    ).fetchone()
    if process is None:
        return None
    name, outdated, area_id = process
    area = conn.execute("SELECT number, name FROM area WHERE id = ?", (area_id,)).fetchone() if area_id else None
    hdr = conn.execute("SELECT id, approved_on FROM hdr WHERE process_id = ?", (process_id,)).fetchone()
    today = dt.date.today().isoformat()
    gaps = "development_gap WHERE process_id = ?"
    return ProcessCounts(
        process_id=process_id, process_name=name, choice_outdated=bool(outdated),
        area=tuple(area) if area else None,
        respondents=of_process("sheet_respondent"),
        tasks=of_process("data_task"),
        tasks_done=count("data_task WHERE process_id = ? AND status IN ('done', 'cancelled')"),
        tasks_overdue=count("data_task WHERE process_id = ? AND due_on < ? AND status IN ('planned', 'in_progress')",
                            process_id, today),
        has_hdr=hdr is not None, hdr_approved=bool(hdr and hdr[1]),
        activities=count("hdr_activity WHERE hdr_id = ?", hdr[0]) if hdr else 0,
        participants=of_process("diagnosis_participant"), current_states=of_process("current_state"),
        target_states=of_process("target_state"), causes=of_process("cause"),
        gaps=count(gaps),
        priorities=count(f"{gaps} AND is_priority"),
        unrated=count(f"{gaps} AND (importance IS NULL OR feasibility IS NULL)"),
        goals=of_process("development_goal"),
        priorities_without_goal=count(f"{gaps} AND is_priority AND NOT EXISTS "
                                      "(SELECT 1 FROM development_goal g WHERE g.gap_id = development_gap.id)"),
        goals_without_indicator=count("development_goal WHERE process_id = ? AND NOT EXISTS "
                                      "(SELECT 1 FROM indicator i WHERE i.goal_id = development_goal.id)"),
        meetings=of_process("meeting"), remote_advice=of_process("remote_advice"),
        held=frozenset(row[0] for row in conn.execute(
            "SELECT kind FROM meeting WHERE process_id = ? AND ends_on <= ?", (process_id, today))),
        agreed=frozenset(row[0] for row in conn.execute(
            "SELECT c.kind FROM process_charter c JOIN charter_agreement a ON a.charter_id = c.id "
            "WHERE c.process_id = ?", (process_id,))),
        advice_given=count("remote_advice WHERE process_id = ? AND held_on <= ?", process_id, today) > 0,
        carried=stage3_counts_sqlite(conn, process_id),
    )  # fmt: skip
