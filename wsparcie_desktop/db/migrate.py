"""Open the store: refuse files of a newer version, back up, migrate to head, load reference data.

Alembic is imported only when a file actually needs migrating, and SQLAlchemy only when something must
be written: a SQLite file already at head with the current reference data is checked with plain sqlite3
(its revision and the reference data's digest), which keeps the program's start-up close to that of a
bare Qt window.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from wsparcie_desktop.db.backup import timestamped_backup
from wsparcie_desktop.db.database import BUSY_TIMEOUT_MS, Database, sqlite_file, to_url
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.paths import migrations_dir, resource

if TYPE_CHECKING:
    from sqlalchemy import Engine

REFERENCE_FILES = ("catalogues.json", "areas.json")
REFERENCE_KEY = "reference_data_sha256"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*(?:#.*)?$", re.MULTILINE)


def _literal(text: str) -> str | None:
    if text == "None":
        return None
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    import ast  # anything else (a merge's tuple): rare, so parsed properly

    return ast.literal_eval(text)


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration scripts' assignments (without importing Alembic)."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        values = {name: _literal(value) for name, value in _ASSIGNMENT.findall(script.read_text(encoding="utf-8"))}
        if "revision" in values:
            graph[values["revision"]] = values.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """Read the file's revision without changing it (no WAL switch, read-only). Returns (revision, has_tables)."""
    revision, has_tables, _reference = _sqlite_state(path)
    return revision, has_tables


def _sqlite_state(path: Path) -> tuple[str | None, bool, str | None]:
    """(revision, has_tables, digest of the reference data it holds), read-only and without changing the file."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = reference = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if "setting" in tables:
                row = conn.execute("SELECT value FROM setting WHERE key = ?", (REFERENCE_KEY,)).fetchone()
                reference = row[0] if row else None
            return revision, bool(tables), reference
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError(
            f"Plik „{path}” nie jest bazą danych programu Wsparcie JST albo jest uszkodzony ({exc}). "
            "Plik pozostawiono bez zmian."
        ) from exc


def check_revision(revision: str | None, has_tables: bool, where: str, server: bool = False) -> None:
    """Refuse a store of another program, or one a newer version of this program has migrated."""
    if server:
        if revision is None and has_tables:
            raise DomainError(
                f"Baza danych „{where}” zawiera tabele innego programu. Pozostawiono ją bez zmian; podaj pustą bazę "
                "albo bazę programu Wsparcie JST."
            )
        if revision is not None and revision not in _revision_graph():
            raise DomainError(
                f"Baza danych „{where}” została zaktualizowana przez nowszą wersję programu Wsparcie JST (wersja "
                f"bazy {revision}). Zaktualizuj program, aby z niej korzystać. Bazę pozostawiono bez zmian."
            )
        return
    if revision is None and has_tables:
        raise DomainError(
            f"Plik „{where}” zawiera bazę danych innego programu. Plik pozostawiono bez zmian; wybierz inny plik."
        )
    if revision is not None and revision not in _revision_graph():
        raise DomainError(
            f"Plik „{where}” został zapisany przez nowszą wersję programu Wsparcie JST (wersja bazy {revision}). "
            "Zaktualizuj program, aby go otworzyć. Plik pozostawiono bez zmian."
        )


def open_store(path_or_url: str | Path, backup: bool = True, lock: bool = True) -> Database:
    """Open (and create or migrate) the store. Raises DomainError with a Polish message.

    With ``lock`` (the default) the file is kept off other programs while it is open: a second
    program gets ``StoreInUse`` naming the file, before anything is read or migrated.
    """
    url = to_url(path_or_url)
    file = sqlite_file(url)
    revision = reference = None
    if file is not None:
        if not file.exists():
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DomainError(f"Nie można utworzyć folderu „{file.parent}”: {exc.strerror}.") from exc
    db = Database(url)
    if db.on_server:
        from wsparcie_desktop.db.postgres import open_server_store

        try:
            open_server_store(db)
        except Exception:
            db.close()
            raise
        return db
    try:
        if lock:
            db.hold_lock()
        if file is not None:
            if file.exists() and file.stat().st_size > 0:
                revision, has_tables, reference = _sqlite_state(file)
                check_revision(revision, has_tables, str(file))
                if revision == head_revision() and reference == _reference_digest():
                    return db  # nothing to migrate or load: SQLAlchemy is not needed yet
            else:
                private_file(file)
        else:
            from sqlalchemy import text

            with db.engine.connect() as conn:
                tables = conn.dialect.get_table_names(conn)
                if "alembic_version" in tables:
                    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            check_revision(revision, bool(tables), url)
        if revision != head_revision():
            if backup and file is not None and revision is not None:
                timestamped_backup(file, "przed-aktualizacja")
            upgrade(db)
        sync_reference_data(db)
    except Exception:
        db.close()
        raise
    return db


def open_snapshot(file: Path) -> Database:
    """Open a file that another program holds, read-only: consistent reads, its WAL never touched.

    Used by command-line printing while the program has the file open. The file must be at the head
    revision (the program that holds it has migrated it); anything else is refused in Polish.
    """
    revision, has_tables = _sqlite_revision(file)
    check_revision(revision, has_tables, str(file))
    if revision != head_revision():
        raise DomainError(
            f"Plik „{file}” jest otwarty w programie Wsparcie JST w innej wersji (wersja bazy {revision}). "
            "Zamknij program i spróbuj ponownie."
        )
    return Database(file, read_only=True)


def open_for_reading(path_or_url: str | Path) -> Database:
    """Open the store for a command that only reads (printing): normally, or as a snapshot while a program has it."""
    from wsparcie_desktop.db.lock import StoreInUse

    try:
        return open_store(path_or_url)
    except StoreInUse:
        return open_snapshot(sqlite_file(to_url(path_or_url)))


def private_file(file: Path) -> None:
    """A new store is readable by its owner only (it holds names, phones and e-mails): 0600 on POSIX."""
    if os.name != "posix":
        return
    try:
        fd = os.open(file, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(file, 0o600)
    except OSError as exc:
        raise DomainError(f"Nie można utworzyć pliku danych „{file}”: {exc.strerror}.") from exc


def upgrade(db: Database, revision: str = "head") -> None:
    """Run the migrations in one transaction; on SQLite with foreign keys off, checked before commit.

    SQLite cannot ALTER most things, so Alembic's batch mode re-creates tables; with foreign keys on,
    the DROP of the old table cascades and silently deletes every child row. So the scripts run with
    foreign keys off, and ``foreign_key_check`` and ``integrity_check`` must pass before the commit:
    a violation rolls everything back (SQLite's DDL is transactional) and the file stays as it was.
    """
    from alembic import command

    config = alembic_config(db.url)
    if db.engine.dialect.name != "sqlite":
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        return
    engine = migration_engine(db.url)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            _check_after_migration(conn)
    finally:
        engine.dispose()


def migration_engine(url: str) -> Engine:
    """A SQLite engine whose transactions are real (BEGIN IMMEDIATE, DDL included) and whose foreign keys are off.

    The sqlite3 module begins a transaction only before INSERT/UPDATE/DELETE, so by default a DROP TABLE
    would commit on its own; here the driver's own handling is switched off and SQLAlchemy emits BEGIN.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _check_after_migration(conn) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DomainError(
            f"Aktualizacja bazy danych została przerwana: {len(broken)} wierszy straciłoby powiązanie "
            f"(klucz obcy) w tabelach: {', '.join(tables)}. Plik pozostawiono bez zmian; zgłoś ten błąd."
        )
    result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        raise DomainError(
            "Aktualizacja bazy danych została przerwana: sprawdzenie spójności pliku wykazało błędy "
            f"({'; '.join(result[:3])}). Plik pozostawiono bez zmian; zgłoś ten błąd."
        )


def _reference_digest() -> str:
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update(resource("reference", name).read_bytes())
    return digest.hexdigest()


def sync_reference_data(db: Database, force: bool = False) -> None:
    """Bring the reference files into the store, unless the store already holds exactly these files."""
    from sqlalchemy import select

    from wsparcie_desktop.db.models import Setting

    digest = _reference_digest()
    with db.transaction() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == REFERENCE_KEY))
        if stored == digest and not force:
            return
        from wsparcie_desktop.db.reference import sync_all

        sync_all(session)
        row = session.get(Setting, REFERENCE_KEY)
        if row is None:
            session.add(Setting(key=REFERENCE_KEY, value=digest))
        else:
            row.value = digest
