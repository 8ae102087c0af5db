"""Backups through SQLite's backup API, rotated so the folder does not grow without end."""

from __future__ import annotations

import sqlite3

from wsparcie_desktop.db.backup import backups_dir, timestamped_backup
from wsparcie_desktop.services import jst


def test_backup_of_a_live_wal_store_holds_the_latest_rows(db, db_path):
    jst.create_jst(db, "Gmina Świeża", "gmina_wiejska")  # still in the WAL file, not yet checkpointed
    copy = timestamped_backup(db_path, "test")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM jst").fetchall() == [("Gmina Świeża",)]
    conn.close()


def test_backups_rotate_keeping_the_newest(db, db_path):
    made = [timestamped_backup(db_path, "zamkniecie", keep=3) for _ in range(5)]
    kept = sorted(backups_dir(db_path).glob("*-zamkniecie-*.sqlite"))
    assert kept == made[-3:]
