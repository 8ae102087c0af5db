"""What went wrong in SQLite or on the disk, as one of a few causes that the store's messages are written for.

Both the saves (db/database.py) and the backups (db/backup.py) turn an error into Polish; they share this one
reading of SQLite's error codes, of its English texts (for errors that carry no code) and of the OS error numbers.
"""

from __future__ import annotations

import errno

LOCKED, READ_ONLY, FULL, IO, CANNOT_OPEN, DAMAGED, NOT_A_FOLDER = (
    "locked", "read_only", "full", "io", "cannot_open", "damaged", "not_a_folder",
)  # fmt: skip

_CODES = {  # sqlite3 exceptions' sqlite_errorname, and the extended codes under each
    "SQLITE_BUSY": LOCKED,
    "SQLITE_LOCKED": LOCKED,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_PERM": READ_ONLY,
    "SQLITE_FULL": FULL,
    "SQLITE_IOERR": IO,
    "SQLITE_CANTOPEN": CANNOT_OPEN,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
}
_WORDS = {  # errors without a code (raised by Python's sqlite3 itself, or wrapped)
    "database is locked": LOCKED,
    "database is busy": LOCKED,
    "database table is locked": LOCKED,
    "readonly database": READ_ONLY,
    "read-only": READ_ONLY,
    "database or disk is full": FULL,
    "disk is full": FULL,
    "disk i/o error": IO,
    "unable to open database file": CANNOT_OPEN,
    "malformed": DAMAGED,
    "not a database": DAMAGED,
    "file is encrypted": DAMAGED,
}
_ERRNOS = {
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EROFS: READ_ONLY,
    errno.ENOSPC: FULL,
    errno.EIO: IO,
    errno.EEXIST: NOT_A_FOLDER,
    errno.ENOTDIR: NOT_A_FOLDER,
}


def cause(error: BaseException) -> str | None:
    """One of the causes above, or None when the error is none of them."""
    if isinstance(error, OSError):
        return _ERRNOS.get(error.errno)
    name = getattr(error, "sqlite_errorname", "") or ""
    for code, found in _CODES.items():
        if name == code or name.startswith(code + "_"):
            return found
    words = str(error).lower()
    return next((found for needle, found in _WORDS.items() if needle in words), None)
