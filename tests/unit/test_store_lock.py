"""db/lock.py: the store's lock file, taken with the OS calls filelock makes, so the two see each other's locks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from wsparcie_desktop.db import lock

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
    lock.release(first)
    assert not lock.is_held(lock.lock_path(store))
    assert lock.lock_path(store).stat().st_mode & 0o077 == 0  # owner only


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
