"""One program per data file: a lock file beside the store, held while the program has it open.

SQLite's own locks on Linux are POSIX fcntl locks, which the kernel drops as soon as *any* descriptor of
the file is closed in the process (a file dialog listing the folder is enough), so they cannot tell a
second program that the file is in use. The ``filelock`` package holds an OS lock on ``<file>.lock``
(flock on POSIX, LockFileEx on Windows) that belongs to our own descriptor only and ends with the process,
so a crash never leaves a stale lock behind. Within one process the store may be opened more than once
(a restore, tests): the lock is counted, not taken twice.
"""

from __future__ import annotations

import threading
from pathlib import Path

from filelock import FileLock, Timeout

from wsparcie_desktop.errors import DomainError

_held: dict[Path, tuple[FileLock, int]] = {}
_guard = threading.Lock()


class StoreInUse(DomainError):
    """Another program has this data file open."""


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


def acquire(db_file: Path) -> Path:
    """Take the file's lock for this process, or raise StoreInUse naming the file."""
    key = Path(db_file).resolve()
    with _guard:
        if key in _held:
            lock, count = _held[key]
            _held[key] = (lock, count + 1)
            return key
        lock = FileLock(lock_path(key), timeout=0, mode=0o600)
        try:
            lock.acquire()
        except Timeout:
            raise StoreInUse(
                f"Plik danych „{key}” jest już otwarty w innym oknie programu Wsparcie JST (na tym lub innym "
                "koncie). Przejdź do tamtego okna albo zamknij je i spróbuj ponownie. Dwa programy na jednym "
                "pliku nadpisywałyby sobie nawzajem zmiany."
            ) from None
        except OSError as exc:
            raise DomainError(
                f"Nie można zablokować pliku danych „{key}” ({exc.strerror or exc}). Sprawdź, czy folder "
                "nie jest tylko do odczytu."
            ) from exc
        _held[key] = (lock, 1)
        return key


def release(key: Path) -> None:
    with _guard:
        lock, count = _held.get(key, (None, 0))
        if lock is None:
            return
        if count > 1:
            _held[key] = (lock, count - 1)
            return
        del _held[key]
        lock.release()
