"""Engine, sessions and transactions.

Everything specific to SQLite (pragmas, file paths, the backup API) lives in db/, and so does everything
specific to PostgreSQL (db/postgres.py, db/pg_errors.py, db/row_security.py): the rest of the program runs on
either with only a different URL.

SQLAlchemy is imported when the store is first used through it (its first transaction), not when a
``Database`` is made: a store already at head opens, and the first window shows, without it
(see :func:`Database.quick_reader` and services/quick_reads.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from wsparcie_desktop.db import pg_errors, sqlite_errors
from wsparcie_desktop.errors import StaleEditError, StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 5000
# FULL syncs the WAL at every commit, so a power cut loses nothing that was saved; NORMAL syncs it only at a
# checkpoint and may lose the last saves. FULL costs about 0.6 ms more per save here (bench/store_save.py).
SYNCHRONOUS = "FULL"


def to_url(path_or_url: str | Path) -> str:
    """Accept a plain file path or a SQLAlchemy URL."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for other back-ends and in-memory stores."""
    backend = url.split("://", 1)[0].split("+", 1)[0]
    if backend != "sqlite":
        return None
    if url.startswith("sqlite:///") and not any(mark in url for mark in "?%"):  # the usual file URL: no parsing
        database = url[len("sqlite:///") :]
        return Path(database) if database and database != ":memory:" else None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.close()


def is_server(url: str) -> bool:
    """A PostgreSQL server rather than a file: no file lock, no file copies, migrations under a server lock."""
    return url.split("://", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def make_engine(url: str) -> Engine:
    if is_server(url):
        from wsparcie_desktop.db import postgres

        return postgres.make_engine(url)
    from sqlalchemy import create_engine, event

    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def make_snapshot_engine(file: Path) -> Engine:
    """Read-only access to a file another program has open: consistent snapshots, nothing ever written.

    ``mode=ro`` never checkpoints the other program's WAL and never deletes its -wal/-shm when closing;
    ``readonly_shm`` keeps this process from re-initialising the other program's shared memory even if
    the other program's POSIX locks were lost.
    """

    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(f"{file.as_uri()}?mode=ro&readonly_shm=1", uri=True, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


# What SQLite says, in words a clerk can act on. The edit stays on screen; the message says what to do.
_STORE_MESSAGES = {
    sqlite_errors.LOCKED:
        "Plik danych jest chwilowo zajęty przez inny program (na przykład drukowanie albo kopię). Zmiana nie "
        "została zapisana, ale została w oknie — spróbuj zapisać ponownie za chwilę.",
    sqlite_errors.READ_ONLY:
        "Plik danych jest tylko do odczytu, więc zmiany nie można zapisać (została w oknie). Sprawdź uprawnienia "
        "do pliku albo zapisz dane w innym folderze.",
    sqlite_errors.FULL:
        "Na dysku zabrakło miejsca i zmiany nie zapisano (została w oknie). Zwolnij miejsce na dysku i zapisz "
        "ponownie.",
    sqlite_errors.IO:
        "Błąd odczytu lub zapisu dysku; zmiany nie zapisano (została w oknie). Sprawdź, czy dysk lub pendrive "
        "z plikiem danych jest podłączony, i zapisz ponownie.",
    sqlite_errors.CANNOT_OPEN:
        "Nie można otworzyć pliku danych (usunięty, przeniesiony albo odłączony dysk). Zmiany nie zapisano; "
        "została w oknie.",
    sqlite_errors.DAMAGED:
        "Plik danych jest uszkodzony i zmiany nie zapisano. Zamknij program i przywróć dane z kopii "
        "(Plik → Przywróć z kopii…).",
}  # fmt: skip

# What a PostgreSQL server says, the same way. A lost connection is re-made at the next save (pool_pre_ping).
_SERVER_MESSAGES = {
    pg_errors.CONNECTION:
        "Połączenie z serwerem bazy danych zostało przerwane i zmiany nie zapisano, ale została w oknie. Program "
        "połączy się ponownie przy następnym zapisie — sprawdź sieć i zapisz jeszcze raz.",
    pg_errors.DENIED:
        "Masz w tej bazie danych tylko prawo odczytu (albo nie masz dostępu do tego samorządu), więc serwer nie "
        "przyjął zmiany; została w oknie. O prawo do edycji poproś administratora bazy.",
    pg_errors.READ_ONLY:
        "Serwer bazy danych przyjmuje teraz tylko odczyt, więc zmiany nie zapisano (została w oknie). Spróbuj "
        "później albo zapytaj administratora serwera.",
    pg_errors.LOCKED:
        "Te dane zapisuje właśnie ktoś inny i serwer nie mógł poczekać dłużej. Zmiana nie została zapisana, ale "
        "została w oknie — spróbuj zapisać ponownie za chwilę.",
    pg_errors.FULL:
        "Na serwerze bazy danych zabrakło miejsca albo zasobów i zmiany nie zapisano (została w oknie). Zgłoś to "
        "administratorowi serwera i zapisz ponownie później.",
    pg_errors.DAMAGED:
        "Serwer zgłosił uszkodzenie danych i zmiany nie zapisano (została w oknie). Zgłoś to administratorowi "
        "serwera.",
}  # fmt: skip


def _is_server_error(error: DBAPIError) -> bool:
    return type(error.orig).__module__.split(".")[0] == "psycopg"


def server_cause(error: DBAPIError) -> str | None:
    return pg_errors.cause(error.orig, disconnected=bool(getattr(error, "connection_invalidated", False)))


def store_error(error: DBAPIError) -> StoreError:
    """A Polish StoreError for a database error that is not a broken rule of ours (locked, full, read-only…)."""
    reason = str(error.orig).lower()
    if _is_server_error(error):
        message = _SERVER_MESSAGES.get(server_cause(error) or "")
    else:
        message = _STORE_MESSAGES.get(sqlite_errors.cause(error.orig) or "")
    if message is None:
        message = (
            f"Błąd bazy danych: {error.orig}. Zmiany nie zapisano; została w oknie. Spróbuj ponownie, a jeśli błąd "
            "się powtarza, zamknij program i przywróć dane z kopii."
        )
    return StoreError(message, reason=reason)


class Database:
    """The open store. Pass it to services; each service call runs in one ``transaction()``."""

    def __init__(self, url: str | Path, read_only: bool = False):
        self.url = to_url(url)
        self.read_only = read_only
        self._file = sqlite_file(self.url)
        self._engine: Engine | None = None
        self._sessions = None
        self._lock = None
        self._shared_reader: sqlite3.Connection | None = None

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            file = self._file
            self._engine = make_snapshot_engine(file) if self.read_only and file else make_engine(self.url)
        return self._engine

    @property
    def file(self) -> Path | None:
        return self._file

    @property
    def on_server(self) -> bool:
        """PostgreSQL: backups are the server's job, and who may see and edit what is the server's to say."""
        return is_server(self.url)

    @contextmanager
    def quick_reader(self) -> Iterator[sqlite3.Connection | None]:
        """A plain sqlite3 connection for reads that must not wait for SQLAlchemy (the first window), or None.

        None for other back-ends and in-memory stores: the caller then reads through the services as usual.
        The connection only reads: one consistent snapshot of the file, closed afterwards.
        """
        file = self._file
        if file is None or not file.exists():
            yield None
            return
        shared = self._shared_reader
        conn = shared if shared is not None else self._open_reader(file)
        try:
            conn.execute("BEGIN")
            yield conn
        finally:
            if shared is None:
                conn.close()
            else:
                conn.rollback()

    def _open_reader(self, file: Path) -> sqlite3.Connection:
        if self.read_only:  # another program holds the file: as the snapshot engine does
            conn = sqlite3.connect(f"{file.as_uri()}?mode=ro&readonly_shm=1", uri=True)
        else:
            conn = sqlite3.connect(file)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn

    @contextmanager
    def quick_reads_together(self) -> Iterator[None]:
        """Within it, every :meth:`quick_reader` shares one connection (the first window's several reads: one open
        and one close of the file instead of one per read). Each read is still its own snapshot."""
        file = self._file
        if self._shared_reader is not None or file is None or not file.exists():
            yield
            return
        self._shared_reader = self._open_reader(file)
        try:
            yield
        finally:
            conn, self._shared_reader = self._shared_reader, None
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll back on any error: a service call stores all of its changes or none.

        Store errors (locked, read-only, disk full, I/O) become a Polish ``StoreError``, a ``DomainError``,
        so every screen shows them where the edit was made and keeps what was typed.
        """
        from sqlalchemy import exc
        from sqlalchemy.orm.exc import StaleDataError

        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from wsparcie_desktop.db import (
                tombstones,  # noqa: F401 (every deletion leaves a tombstone for the exchange file)
            )

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError as error:  # the row's version moved on between reading and writing it
            raise StaleEditError() from error
        except (exc.OperationalError, exc.DatabaseError) as error:
            if _is_server_error(error) and server_cause(error) is not None:
                raise store_error(error) from error  # a refused right (42501) is a ProgrammingError there
            if isinstance(error, (exc.IntegrityError, exc.ProgrammingError)):
                raise
            raise store_error(error) from error

    def hold_lock(self) -> None:
        """Keep other programs off this file for as long as the store is open (see db/lock.py)."""
        from wsparcie_desktop.db import lock

        if self.file is not None and self._lock is None:
            self._lock = lock.acquire(self.file)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._lock is not None:
            from wsparcie_desktop.db import lock

            lock.release(self._lock)
            self._lock = None
