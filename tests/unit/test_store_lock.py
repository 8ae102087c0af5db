"""db/lock.py: the store's lock file, taken with the OS calls filelock makes, so the two see each other's locks;
a reader (``main.py print``) leaves nothing beside the data file, and a writer still keeps a second program off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

import main
from wsparcie_desktop.db import lock
from wsparcie_desktop.db.migrate import open_for_reading, open_store
from wsparcie_desktop.services import jst

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys
from wsparcie_desktop.db import lock
lock.acquire(__import__("pathlib").Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


def test_a_lock_held_by_filelock_refuses_the_store_and_its_release_frees_it(tmp_path):
    store = tmp_path / "dane.sqlite"
    held = FileLock(lock.lock_path(store), timeout=0)
    held.acquire()
    with pytest.raises(lock.StoreInUse, match="jest już otwarty"):
        lock.acquire(store)
    assert lock.is_held(lock.lock_path(store))
    held.release()
    key = lock.acquire(store)
    with pytest.raises(Timeout):
        FileLock(lock.lock_path(store), timeout=0).acquire()  # filelock sees our lock too
    lock.release(key)
    assert not lock.is_held(lock.lock_path(store))


def test_another_process_holding_the_store_refuses_it_until_it_ends(tmp_path):
    store = tmp_path / "dane.sqlite"
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert other.stdout.readline().strip() == "held"
        with pytest.raises(lock.StoreInUse):
            lock.acquire(store)
    finally:
        other.communicate("", timeout=30)
    lock.release(lock.acquire(store))  # the lock ended with the process


def test_in_one_process_the_lock_is_counted(tmp_path):
    store = tmp_path / "dane.sqlite"
    first = lock.acquire(store)
    second = lock.acquire(store)
    lock.release(second)
    assert lock.is_held(lock.lock_path(store))  # still held after one of the two releases
    assert lock.lock_path(store).stat().st_mode & 0o077 == 0  # owner only
    lock.release(first)
    assert not lock.is_held(lock.lock_path(store))
    assert not lock.lock_path(store).exists(), "the last release leaves nothing beside the store"


def test_a_folder_one_cannot_write_in_gets_a_polish_message(tmp_path):
    folder = tmp_path / "tylko_odczyt"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if lock.os.access(folder, lock.os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(lock.DomainError, match="Nie można zablokować pliku danych"):
            lock.acquire(folder / "dane.sqlite")
    finally:
        folder.chmod(0o700)


def _other_program_opens(path: Path) -> subprocess.CompletedProcess:
    code = f"from wsparcie_desktop.db.migrate import open_store; open_store({str(path)!r}, backup=False).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)


def _gmina(db_path: Path) -> Path:
    db = open_store(db_path, backup=False)
    jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", city="Zalesie")
    db.close()
    return db_path


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_print_reads_the_store_and_leaves_nothing_beside_it(db_path, tmp_path):
    path = _gmina(db_path)
    before = _beside(path)
    assert before == [path.name]
    out = tmp_path.parent / f"{tmp_path.name}-karta.pdf"  # outside the store's folder, so the listing is the store's
    args = ["print", "karta-samorzadu", "--db", str(path), "--jst", "Zalesie", "--out", str(out)]
    try:
        assert main.main(args) == 0
        assert out.read_bytes().startswith(b"%PDF")
    finally:
        out.unlink(missing_ok=True)
    assert _beside(path) == before


def test_open_for_reading_then_close_leaves_no_lock_file(db_path):
    path = _gmina(db_path)
    db = open_for_reading(path)
    assert jst.list_jst(db)[0].name == "Gmina Zalesie"
    db.close()
    assert not lock.lock_path(path).exists()


def test_a_writer_keeps_a_second_program_off_until_it_closes(db_path):
    path = _gmina(db_path)
    db = open_store(path, backup=False)
    try:
        assert lock.lock_path(path).exists()
        refused = _other_program_opens(path)
        assert refused.returncode != 0 and "StoreInUse" in refused.stderr
    finally:
        db.close()
    assert not lock.lock_path(path).exists()
    allowed = _other_program_opens(path)
    assert allowed.returncode == 0, allowed.stderr
    assert not lock.lock_path(path).exists()


def test_reading_beside_a_writer_keeps_the_writers_lock(db_path):
    """A print while the program has the file reads a snapshot and never removes the program's lock file."""
    path = _gmina(db_path)
    db = open_store(path, backup=False)
    try:
        reader = subprocess.run(
            [sys.executable, "-c", f"from wsparcie_desktop.db.migrate import open_for_reading; "
             f"from wsparcie_desktop.services import jst; d = open_for_reading({str(path)!r}); "
             "print(d.read_only, jst.list_jst(d)[0].name); d.close()"],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )  # fmt: skip
        assert reader.returncode == 0, reader.stderr
        assert reader.stdout.split() == ["True", "Gmina", "Zalesie"]
        assert lock.lock_path(path).exists()
        refused = _other_program_opens(path)
        assert refused.returncode != 0 and "StoreInUse" in refused.stderr
    finally:
        db.close()


def test_opened_twice_in_one_process_the_lock_stays_until_the_last_close(db_path):
    path = _gmina(db_path)
    first = open_store(path, backup=False)
    second = open_store(path, backup=False)
    second.close()
    assert lock.lock_path(path).exists()
    assert _other_program_opens(path).returncode != 0
    first.close()
    assert not lock.lock_path(path).exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX removes the name while the lock is held")
def test_a_lock_won_on_a_file_removed_meanwhile_is_taken_again_on_the_new_file(tmp_path, monkeypatch):
    """The race the removal opens: this program opened the lock file, then its holder removed it and let go."""
    store = tmp_path / "dane.sqlite"
    name = lock.lock_path(store)
    name.touch(mode=0o600)
    real, calls = lock._try_lock_once, []

    def opened_just_before_the_holder_let_go(file):
        calls.append(file)
        fd = real(file)
        if len(calls) == 1:
            file.unlink()  # the holder's release, between our open and our flock
        return fd

    monkeypatch.setattr(lock, "_try_lock_once", opened_just_before_the_holder_let_go)
    key = lock.acquire(store)
    try:
        assert len(calls) == 2, "the lock on the file without a name was given up and taken on the new one"
        assert name.exists()
        monkeypatch.setattr(lock, "_try_lock_once", real)
        assert lock.try_lock(name) is None, "the file that has the name now is the one held"
    finally:
        lock.release(key)
    assert not name.exists()
