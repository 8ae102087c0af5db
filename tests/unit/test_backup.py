"""Backups through SQLite's backup API: whole or absent, rotated without losing manual copies, and restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wsparcie_desktop.db import backup
from wsparcie_desktop.db.backup import backups_dir, list_backups, restore_backup, timestamped_backup
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.migrate import _revision_graph, head_revision, open_store, upgrade
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import jst

ROOT = Path(__file__).resolve().parents[2]
LONG_AGO = time.time() - 2 * backup.ORPHAN_AGE_S


def usable(path: Path) -> bool:
    """A copy one could restore: whole, checked in full, with the program's tables in it."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                return False
            return conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def final_copies(db_path: Path, reason: str) -> list[Path]:
    """What the rotation of every version counted as copies of this kind: the final names."""
    return sorted(backups_dir(db_path).glob(f"{db_path.stem}-{reason}-*.sqlite"))


def age(folder: Path) -> None:
    for path in folder.iterdir():
        os.utime(path, (LONG_AGO, LONG_AGO))


def all_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def run_python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env, **kwargs)


# ------------------------------------------------------------ making copies


def test_backup_of_a_live_wal_store_holds_the_latest_rows(db, db_path):
    jst.create_jst(db, "Gmina Świeża", "gmina_wiejska")  # still in the WAL file, not yet checkpointed
    copy = timestamped_backup(db_path, "test")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM jst").fetchall() == [("Gmina Świeża",)]
    conn.close()


def test_a_copy_is_one_self_contained_file(db, db_path):
    copy = timestamped_backup(db_path, "reczna")
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: no -wal/-shm ever needed
    assert sorted(p.name for p in backups_dir(db_path).iterdir()) == [copy.name]


def test_backups_rotate_keeping_the_newest(db, db_path):
    made = [timestamped_backup(db_path, "zamkniecie", keep=3) for _ in range(5)]
    assert final_copies(db_path, "zamkniecie") == made[-3:]


def test_manual_copies_are_never_rotated(db, db_path):
    made = [timestamped_backup(db_path, "reczna", keep=3) for _ in range(5)]
    timestamped_backup(db_path, "automatyczna", keep=1)
    assert final_copies(db_path, "reczna") == made


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_copies_are_readable_by_their_owner_only(db, db_path):
    backups_dir(db_path).mkdir(mode=0o755)
    os.chmod(backups_dir(db_path), 0o755)  # a folder made by an earlier version
    copy = timestamped_backup(db_path, "reczna")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert backups_dir(db_path).stat().st_mode & 0o777 == 0o700


def test_a_new_kopie_folder_is_private(db, db_path):
    timestamped_backup(db_path, "reczna")
    if os.name == "posix":
        assert backups_dir(db_path).stat().st_mode & 0o777 == 0o700


# ------------------------------------------------------------ killed or failing backups


KILLED_BEFORE_RENAME = """
import os, sys
from pathlib import Path
from wsparcie_desktop.db import backup
os.replace = lambda *args: os._exit(9)  # the program dies after the copy is written, before it is renamed
backup.timestamped_backup(Path(sys.argv[1]), "automatyczna")
"""

BACKUPS_FOREVER = """
import sys
from pathlib import Path
from wsparcie_desktop.db.backup import timestamped_backup
while True:
    timestamped_backup(Path(sys.argv[1]), "automatyczna")
"""


def test_a_backup_killed_before_its_rename_leaves_no_copy_that_counts(db, db_path):
    db.close()
    process = run_python(KILLED_BEFORE_RENAME, str(db_path))
    assert process.wait(timeout=60) == 9
    assert final_copies(db_path, "automatyczna") == []
    assert list_backups(db_path) == []
    leftovers = [p.name for p in backups_dir(db_path).iterdir()]
    assert leftovers and all(name.startswith(".") for name in leftovers)


def big_store(db_path: Path) -> None:
    """A store whose copy takes long enough to be caught half-written."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE ballast (data BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(1048576))", [()] * 24)
    conn.close()


def kill_while_writing(db_path: Path, written_at_least: int) -> bool:
    """Start backups in a loop and kill -9 the process while SQLite writes a copy of at least this size.

    A copy is being written while its journal exists; journals left by earlier kills do not count.
    """
    folder = backups_dir(db_path)
    before = set(os.listdir(folder)) if folder.is_dir() else set()
    process = run_python(BACKUPS_FOREVER, str(db_path))
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            journals = [e.name for e in os.scandir(folder) if e.name.endswith("-journal")] if folder.is_dir() else []
            for name in set(journals) - before:
                try:
                    if (folder / name.removesuffix("-journal")).stat().st_size >= written_at_least:
                        return True
                except FileNotFoundError:
                    continue
        return False
    finally:
        process.kill()
        process.wait(timeout=30)


def test_backups_killed_while_the_copy_is_written_leave_no_broken_copy(db, db_path):
    db.close()
    big_store(db_path)
    folder = backups_dir(db_path)
    for written in (0, 4 << 20, 12 << 20, 20 << 20):  # killed just after it starts, and further on
        assert kill_while_writing(db_path, written), "the backups ran but were never caught half-written"
        counted = final_copies(db_path, "automatyczna")
        assert all(usable(path) for path in counted), [p.name for p in counted if not usable(p)]
        assert all(copy.restorable for copy in list_backups(db_path))
    assert any(name.startswith(".") for name in os.listdir(folder))  # the killed copies' leftovers, hidden
    age(folder)
    newest = timestamped_backup(db_path, "automatyczna")
    names = os.listdir(folder)
    assert not [name for name in names if name.startswith(".") or name.endswith("-journal")]
    assert newest.name in names and all(usable(folder / name) for name in names)


def test_rotation_counts_only_whole_copies_and_removes_what_killed_backups_left(db, db_path):
    good = [timestamped_backup(db_path, "automatyczna", keep=3) for _ in range(3)]
    folder = backups_dir(db_path)
    # What earlier versions left when killed: copies under final names, newer than the good ones.
    truncated = folder / f"{db_path.stem}-automatyczna-20990101-000000-000001.sqlite"
    truncated.write_bytes(good[0].read_bytes()[:8192])
    with_journal = folder / f"{db_path.stem}-automatyczna-20990101-000000-000002.sqlite"
    shutil.copy(good[0], with_journal)
    Path(f"{with_journal}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    empty = folder / f"{db_path.stem}-automatyczna-20990101-000000-000003.sqlite"
    empty.write_bytes(b"")
    orphan_journal = folder / f"{db_path.stem}-zamkniecie-20200101-000000-000000.sqlite-journal"
    orphan_journal.write_bytes(b"\0" * 512)
    temp = folder / f".{db_path.stem}-automatyczna-20200101-000000-000000.sqlite.tmp"
    temp.write_bytes(good[0].read_bytes()[:4096])
    Path(f"{temp}-journal").write_bytes(b"\0" * 512)
    broken = {truncated, with_journal, empty}

    newest = timestamped_backup(db_path, "automatyczna", keep=3)
    assert set(final_copies(db_path, "automatyczna")) - broken == {good[1], good[2], newest}
    assert {copy.path for copy in list_backups(db_path) if copy.restorable} == {good[1], good[2], newest}
    assert {copy.path for copy in list_backups(db_path) if not copy.restorable} == broken  # shown, not restorable

    age(folder)  # nothing has written the leftovers for long: no backup is still making them
    latest = timestamped_backup(db_path, "automatyczna", keep=3)
    assert sorted(os.listdir(folder)) == sorted(p.name for p in (good[2], newest, latest))


def test_a_backup_into_a_file_instead_of_a_folder_fails_in_polish_and_leaves_nothing(db, db_path):
    backups_dir(db_path).write_text("not a folder")
    before = sorted(os.listdir(db_path.parent))
    with pytest.raises(DomainError) as raised:
        timestamped_backup(db_path, "reczna")
    assert raised.value.message.startswith(f"Nie udało się zapisać kopii zapasowej w folderze „{backups_dir(db_path)}”")
    assert "jest plik, a nie folder" in raised.value.message
    assert sorted(os.listdir(db_path.parent)) == before


class FailingConnection(sqlite3.Connection):
    def backup(self, target, **kwargs):
        super().backup(target, pages=1)  # a page or so is written, then the disk fails
        raise sqlite3.OperationalError("disk I/O error")


def test_a_backup_failing_inside_sqlite_fails_in_polish_and_leaves_nothing(db, db_path, monkeypatch):
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kw: real_connect(*args, factory=FailingConnection, **kw))
    with pytest.raises(DomainError) as raised:
        timestamped_backup(db_path, "zamkniecie")
    assert raised.value.message == (
        f"Nie udało się zapisać kopii zapasowej w folderze „{backups_dir(db_path)}”: błąd odczytu lub zapisu dysku."
    )
    assert os.listdir(backups_dir(db_path)) == []


# ------------------------------------------------------------ listing and restoring


def test_the_list_shows_every_kind_newest_first_with_what_each_copy_holds(demo_db, db_path):
    db, _demo = demo_db
    reasons = ["przed-aktualizacja", "automatyczna", "zamkniecie", "reczna", "przed-przywroceniem"]
    made = [timestamped_backup(db_path, reason) for reason in reasons]
    damaged = made[1]
    damaged.write_bytes(damaged.read_bytes()[:20000])
    copies = list_backups(db_path)
    assert [copy.path for copy in copies] == made[::-1]
    assert [copy.kind for copy in copies] == [
        "przed przywróceniem", "ręczna", "przy zamknięciu", "automatyczna", "przed aktualizacją",
    ]  # fmt: skip
    whole = [copy for copy in copies if copy.path != damaged]
    assert {(c.jst, c.schools, c.activities, c.restorable) for c in whole} == {(1, 6, 16, True)}
    broken = copies[3]
    assert (broken.restorable, broken.problem, broken.jst) == (False, "kopia uszkodzona", None)


def test_restore_brings_back_every_row_of_every_table(demo_db, db_path):
    db, demo = demo_db
    copy = timestamped_backup(db_path, "reczna")
    expected = all_rows(copy)
    jst.rename_jst(db, demo.jst_id, "Gmina Zmieniona")
    jst.create_jst(db, "Gmina Nowa", "gmina_miejska")
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM hdr_activity")
        conn.execute("DELETE FROM school WHERE id = (SELECT min(id) FROM school)")
    conn.close()
    changed = all_rows(db_path)
    assert changed != expected

    db.engine.dispose()
    result = restore_backup(db_path, copy)

    assert all_rows(db_path) == expected
    assert all_rows(result.safety_copy) == changed  # the state from before, kept as a copy
    assert result.safety_copy.name.startswith(f"{db_path.stem}-przed-przywroceniem-")
    assert result.migrated is False
    assert [row.name for row in jst.list_jst(db)] == ["Gmina Zalesie"]  # the open store sees the copy
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_a_copy_from_a_newer_version_is_refused_and_the_store_kept(db, db_path, jst_id):
    copy = timestamped_backup(db_path, "reczna")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert [c.problem for c in list_backups(db_path)] == ["kopia z nowszej wersji programu"]
    jst.rename_jst(db, jst_id, "Gmina Po Kopii")
    before = all_rows(db_path)
    with pytest.raises(DomainError, match="nowszą wersję programu"):
        restore_backup(db_path, copy)
    assert all_rows(db_path) == before
    assert [c.path for c in list_backups(db_path)] == [copy]  # refused before any copy of the current state


def test_a_damaged_copy_is_refused_and_the_store_kept(db, db_path, jst_id):
    copy = timestamped_backup(db_path, "reczna")
    data = bytearray(copy.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # a page in the middle spoilt: header and size still fine
    copy.write_bytes(bytes(data))
    before = all_rows(db_path)
    with pytest.raises(DomainError, match="jest uszkodzona"):
        restore_backup(db_path, copy)
    assert all_rows(db_path) == before


def test_a_copy_from_an_older_version_is_brought_up_to_date(db, db_path, jst_id, tmp_path):
    older = _revision_graph()[head_revision()]
    old = tmp_path / "old.sqlite"
    store = Database(old)
    upgrade(store, older)
    store.close()
    copy = backups_dir(db_path) / f"{db_path.stem}-reczna-20200101-120000-000000.sqlite"
    backups_dir(db_path).mkdir()
    shutil.copy(old, copy)
    assert list_backups(db_path)[0].revision == older

    db.engine.dispose()
    result = restore_backup(db_path, copy)
    assert result.migrated is True
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    conn.close()
    assert jst.list_jst(db) == []
    open_store(db_path).close()  # opens as any store at head


def test_the_store_itself_is_not_a_copy(db, db_path):
    with pytest.raises(DomainError, match="sam plik bazy danych"):
        restore_backup(db_path, db_path)
