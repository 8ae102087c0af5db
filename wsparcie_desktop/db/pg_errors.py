"""What went wrong on a PostgreSQL server, as one of the causes the store's messages are written for.

The PostgreSQL counterpart of db/sqlite_errors.py: the saves (db/database.py) read a server error through
here, by its SQLSTATE (the five-character code every server error carries) or, for a connection that broke
before the server could say anything, by the driver's own words.
"""

from __future__ import annotations

LOCKED, READ_ONLY, DENIED, FULL, CONNECTION, DAMAGED = (
    "locked", "read_only", "denied", "full", "connection", "damaged",
)  # fmt: skip

_EXACT = {
    "42501": DENIED,  # insufficient_privilege (no right on the table, or a row-level security policy)
    "25006": READ_ONLY,  # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "55P03": LOCKED,  # lock_not_available (lock_timeout)
    "57014": LOCKED,  # query_canceled (statement_timeout)
    "40001": LOCKED,  # serialization_failure
    "40P01": LOCKED,  # deadlock_detected
    "53100": FULL,  # disk_full
    "XX001": DAMAGED,  # data_corrupted
    "XX002": DAMAGED,  # index_corrupted
}
_CLASSES = {
    "08": CONNECTION,  # connection_exception
    "57": CONNECTION,  # operator_intervention: admin_shutdown, crash_shutdown, cannot_connect_now
    "53": FULL,  # insufficient_resources
}
_WORDS = {  # a connection lost without a server message
    "server closed the connection": CONNECTION,
    "connection refused": CONNECTION,
    "terminating connection": CONNECTION,
    "connection is closed": CONNECTION,
    "connection timed out": CONNECTION,
    "could not connect": CONNECTION,
    "could not receive data": CONNECTION,
    "could not send data": CONNECTION,
    "consuming input failed": CONNECTION,
    "connection to server": CONNECTION,
    "the connection is lost": CONNECTION,
}


def sqlstate(error: BaseException) -> str:
    return getattr(error, "sqlstate", None) or ""


def cause(error: BaseException, disconnected: bool = False) -> str | None:
    """One of the causes above, or None when the error is none of them (a broken rule of ours, a bug)."""
    code = sqlstate(error)
    if code in _EXACT:
        return _EXACT[code]
    if code[:2] in _CLASSES:
        return _CLASSES[code[:2]]
    if disconnected:
        return CONNECTION
    words = str(error).lower()
    return next((found for needle, found in _WORDS.items() if needle in words), None)
