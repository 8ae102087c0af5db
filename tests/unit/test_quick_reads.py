"""The first window's quick reads (plain sqlite3) give exactly what the ORM services give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.demo import build_demo
from wsparcie_desktop.services import dashboard, jst, processes, quick_reads, schools

ROOT = Path(__file__).resolve().parents[2]


def assert_same_as_orm(db) -> int:
    """Every quick read against its ORM twin, for every JST and process; returns how many processes were compared."""
    assert quick_reads.list_jst(db) == jst.list_jst(db)
    compared = 0
    for row in jst.list_jst(db):
        assert quick_reads.jst_name(db, row.id) == jst.get_profile(db, row.id).name
        assert quick_reads.school_totals(db, row.id) == schools.totals(schools.list_schools(db, row.id))
        latest = dashboard.latest_process_id(db, row.id)
        assert quick_reads.current_process(db, row.id, None) == latest
        assert quick_reads.dashboard(db, row.id) == dashboard.dashboard(db, row.id)
        for process in processes.list_processes(db, row.id):
            assert quick_reads.current_process(db, row.id, process.id) == process.id
            with db.quick_reader() as conn:
                assert quick_reads.process_counts(conn, process.id) == dashboard.process_counts(db, process.id)
            assert quick_reads.dashboard(db, row.id, process.id) == dashboard.dashboard(db, row.id, process.id)
            compared += 1
    return compared


def test_quick_reads_equal_the_orm_on_the_demo(db):
    demo = build_demo(db)
    assert assert_same_as_orm(db) >= 1
    counts = dashboard.process_counts(db, dashboard.latest_process_id(db, demo.jst_id))
    # the demo reaches far into the model, so the comparison covers counts that are not zero
    assert counts.respondents and counts.tasks and counts.gaps and counts.goals and counts.activities
    totals = quick_reads.school_totals(db, demo.jst_id)
    assert totals.count > 0 and totals.teachers_fte > 0


def test_quick_reads_equal_the_orm_on_an_empty_store(db):
    assert quick_reads.list_jst(db) == [] == jst.list_jst(db)
    jst_id = jst.create_jst(db, "Gmina Pusta", "gmina_wiejska").id
    assert assert_same_as_orm(db) == 0
    assert quick_reads.dashboard(db, jst_id).process_id is None
    assert quick_reads.school_totals(db, jst_id).count == 0


def test_a_chosen_process_of_another_jst_is_not_taken(db):
    demo = build_demo(db)
    other = jst.create_jst(db, "Gmina Druga", "gmina_wiejska").id
    chosen = dashboard.latest_process_id(db, demo.jst_id)
    assert quick_reads.current_process(db, other, chosen) is None


def test_a_store_at_head_opens_and_is_read_without_sqlalchemy(db_path):
    store = open_store(db_path)
    jst.create_jst(store, "Gmina Zalesie", "gmina_wiejska")
    store.close()
    code = (
        "import sys\n"
        "from wsparcie_desktop.db.migrate import open_store\n"
        "from wsparcie_desktop.services import quick_reads\n"
        f"db = open_store({str(db_path)!r})\n"
        "[row] = quick_reads.list_jst(db)\n"
        "print(row.name, quick_reads.dashboard(db, row.id).stages[0].state, quick_reads.school_totals(db, row.id).count)\n"
        "db.close()\n"
        "print(sorted({n.split('.')[0] for n in sys.modules if n.startswith(('sqlalchemy', 'alembic'))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Gmina Zalesie not_started 0", "[]"]


@pytest.mark.parametrize("url", ["sqlite://", "postgresql+psycopg://user@host/db"])
def test_only_a_sqlite_file_is_read_quickly(url):
    from wsparcie_desktop.db.database import Database

    store = Database(url)
    with store.quick_reader() as conn:
        assert conn is None
