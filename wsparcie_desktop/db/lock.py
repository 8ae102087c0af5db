"""One program per data file: a lock file beside the store, held while the program has it open.

SQLite's own locks on Linux are POSIX fcntl locks, which the kernel drops as soon as *any* descriptor of
the file is closed in the process (a file dialog listing the folder is enough), so they cannot tell a
second program that the file is in use. Instead the program holds an OS lock on ``<file>.lock`` that
belongs to its own descriptor only and ends with the process, so a crash never leaves a stale lock behind:
``flock`` on POSIX, ``msvcrt.locking`` of the first byte (LockFileEx) on Windows. These are the calls the
``filelock`` package makes, so the two see each other's locks; the package itself is not imported because
its import alone took about a quarter of the program's start-up (it loads logging, inspect, secrets, ast
and urllib), for two system calls. Within one process the store may be opened more than once (a restore,
tests): the lock is counted, not taken twice.

The last release removes ``<file>.lock``, so a program that has closed the store, or ``main.py print`` that
only read it, leaves nothing beside the data file. On POSIX the name is unlinked while the lock is still held,
and whoever takes a lock checks afterwards that its descriptor is still the file of that name: a second
program that opened the old file just before the unlink gets its flock on a file without a name, sees that,
and tries again on the new one, so two programs never both think they hold the store. Windows cannot delete a
file another program has open: there the name is removed after unlocking, and left if someone has it open.
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

from wsparcie_desktop.errors import DomainError

_held: dict[Path, tuple[int, int]] = {}  # the store's resolved path: (the lock file's descriptor, count)
_guard = threading.Lock()
_WINDOWS = os.name == "nt"  # fixed at import: a test pretending to be on Windows must not reach msvcrt
_BUSY = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK})  # some file systems say EACCES when held


class StoreInUse(DomainError):
    """Another program has this data file open."""


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


def try_lock(file: Path) -> int | None:
    """The descriptor of ``file``, created if missing (owner only) and locked by this process; None when
    another process holds it. Other OS errors (a read-only folder) are raised as OSError."""
    while True:
        fd = _try_lock_once(file)
        if fd is None or _WINDOWS or _still_named(fd, file):
            return fd
        os.close(fd)  # the holder removed this file as it let go: lock the one that has the name now


def _still_named(fd: int, file: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(file))
    except FileNotFoundError:
        return False


def _try_lock_once(file: Path) -> int | None:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(file, flags, 0o600)
    try:
        if _WINDOWS:
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _BUSY:
            return None
        raise
    return fd


def unlock(fd: int) -> None:
    """Give up a lock taken by :func:`try_lock` (closing the descriptor alone would do; this is explicit)."""
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def is_held(file: Path) -> bool:
    """Whether a running program holds the lock file ``file`` (a missing file is not held)."""
    if not file.exists():
        return False
    fd = try_lock(file)
    if fd is None:
        return True
    unlock(fd)
    return False


def acquire(db_file: Path) -> Path:
    """Take the file's lock for this process, or raise StoreInUse naming the file."""
    key = Path(db_file).resolve()
    with _guard:
        if key in _held:
            fd, count = _held[key]
            _held[key] = (fd, count + 1)
            return key
        try:
            fd = try_lock(lock_path(key))
        except OSError as exc:
            raise DomainError(
                f"Nie można zablokować pliku danych „{key}” ({exc.strerror or exc}). Sprawdź, czy folder "
                "nie jest tylko do odczytu."
            ) from exc
        if fd is None:
            raise StoreInUse(
                f"Plik danych „{key}” jest już otwarty w innym oknie programu Wsparcie JST (na tym lub innym "
                "koncie). Przejdź do tamtego okna albo zamknij je i spróbuj ponownie. Dwa programy na jednym "
                "pliku nadpisywałyby sobie nawzajem zmiany."
            )
        _held[key] = (fd, 1)
        return key


def release(key: Path) -> None:
    with _guard:
        fd, count = _held.get(key, (None, 0))
        if fd is None:
            return
        if count > 1:
            _held[key] = (fd, count - 1)
            return
        del _held[key]
        name = lock_path(key)
        if not _WINDOWS:
            _remove(name)  # still held: see the module's notes
        unlock(fd)
        if _WINDOWS:
            _remove(name)


def _remove(name: Path) -> None:
    """Remove the lock file's name; one that cannot go (a read-only folder, open elsewhere) stays, harmless."""
    try:
        name.unlink()
    except OSError:
        pass
