"""Engine, sessions and transactions.

Everything specific to SQLite (pragmas, file paths, the backup API) lives in db/, so the rest
of the program can later run on PostgreSQL with only a different URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def to_url(path_or_url: str | Path) -> str:
    """Accept a plain file path or a SQLAlchemy URL."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for other back-ends and in-memory stores."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


class Database:
    """The open store. Pass it to services; each service call runs in one ``transaction()``."""

    def __init__(self, url: str | Path):
        self.url = to_url(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll back on any error: a service call stores all of its changes or none."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
