"""One reading of SQLite's and the disk's errors, shared by the saves and the backups."""

from __future__ import annotations

import errno
import sqlite3

from wsparcie_desktop.db import sqlite_errors


def test_codes_words_and_os_errors_give_the_same_causes(tmp_path):
    conn = sqlite3.connect(tmp_path / "a.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    other = sqlite3.connect(tmp_path / "a.sqlite", timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    try:
        other.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as locked:
        assert sqlite_errors.cause(locked) == sqlite_errors.LOCKED
    finally:
        conn.rollback()
        conn.close()
        other.close()
    assert sqlite_errors.cause(sqlite3.OperationalError("database or disk is full")) == sqlite_errors.FULL
    assert sqlite_errors.cause(sqlite3.DatabaseError("database disk image is malformed")) == sqlite_errors.DAMAGED
    assert sqlite_errors.cause(OSError(errno.ENOSPC, "No space left")) == sqlite_errors.FULL
    assert sqlite_errors.cause(OSError(errno.ENOTDIR, "Not a directory")) == sqlite_errors.NOT_A_FOLDER
    assert sqlite_errors.cause(ValueError("something else")) is None
