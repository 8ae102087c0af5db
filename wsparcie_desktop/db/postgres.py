"""The store on a PostgreSQL server: connecting, migrating under a server lock, who the user is there.

A shared store is opened with a SQLAlchemy URL, ``postgresql+psycopg://user@host/dbname`` (psycopg 3). The
password is never kept by the program in a file: libpq reads the standard ``PGPASSFILE``/``~/.pgpass``
itself, and otherwise the program asks for it (or takes it from the operating system's keyring, see
db/credentials.py) and keeps it in memory for as long as the store is open.

Two programs starting at once must not both migrate: the check of the revision, the migrations and the
reference data run under one PostgreSQL advisory lock, so the second waits and then finds the store at head.
A server at a revision this program does not know is refused, as a newer file is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wsparcie_desktop.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is imported when a server is actually used: the first window of a file goes without
    from sqlalchemy import Engine
    from sqlalchemy.exc import DBAPIError

# pg_advisory_lock's key for "the schema is being migrated": any 64-bit number the program keeps to itself.
MIGRATION_LOCK = 0x5753_4A53_5400_0001  # "WSJST", 1
CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_MS = 5000  # a row held by another clerk's save is waited for this long, like SQLite's busy timeout
APPLICATION_NAME = "Wsparcie JST"


class PasswordNeeded(DomainError):
    """The server asks for a password the program was not given (nor found in PGPASSFILE/.pgpass)."""


def make_url(url: str):
    from sqlalchemy.engine import make_url as parse

    return parse(url)


def parsed_url(url: str):
    """The URL's parts (SQLAlchemy's URL), or None when it is no URL at all."""
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url)
    except ArgumentError:
        return None


def display_url(url: str) -> str:
    """The URL as a message may show it: the password, if any, masked."""
    return make_url(url).render_as_string(hide_password=True)


def with_password(url: str, password: str) -> str:
    """The URL with the password typed at the prompt (kept in memory only, never written anywhere)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    """Connections that check themselves before use, so a dropped one is re-made at the next save."""
    from sqlalchemy import create_engine

    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c timezone=UTC",
        },
    )


def connect_error(error: DBAPIError, url: str) -> DomainError:
    """Why the program could not reach the store, in Polish, naming the server (never the password)."""
    words = str(error.orig).lower()
    where = display_url(url)
    if "no password supplied" in words or "password authentication failed" in words:
        if make_url(url).password:
            return PasswordNeeded(f"Serwer bazy danych „{where}” nie przyjął hasła. Wpisz je ponownie.")
        return PasswordNeeded(f"Serwer bazy danych „{where}” wymaga hasła.")
    if "does not exist" in words and "database" in words:
        return DomainError(
            f"Na serwerze nie ma bazy danych „{make_url(url).database}” ({where}). Poproś administratora serwera o "
            "jej utworzenie (createdb) albo sprawdź nazwę."
        )
    if "role" in words and "does not exist" in words:
        return DomainError(f"Serwer bazy danych „{where}” nie zna takiego użytkownika. Sprawdź nazwę użytkownika.")
    return DomainError(
        f"Nie można połączyć się z serwerem bazy danych „{where}”: {str(error.orig).strip()}. Sprawdź adres serwera, "
        "sieć i nazwę bazy, i spróbuj ponownie."
    )


def _revision(conn) -> tuple[str | None, bool]:
    from sqlalchemy import text

    tables = set(conn.dialect.get_table_names(conn))
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision, bool(tables)


def administers(conn) -> bool:
    """The user owns the store's tables (or is a superuser): may migrate and grant; row security does not bind."""
    from sqlalchemy import text

    return bool(
        conn.execute(
            text(
                "SELECT r.rolsuper OR coalesce(pg_has_role(current_user, t.tableowner, 'USAGE'), true) "
                "FROM pg_roles r LEFT JOIN pg_tables t ON t.schemaname = current_schema() "
                "AND t.tablename = 'alembic_version' WHERE r.rolname = current_user"
            )
        ).scalar()
    )


def open_server_store(db) -> None:
    """Refuse a newer server, migrate an older or empty one, bring in the reference data: all under one lock."""
    from sqlalchemy import exc, text

    from wsparcie_desktop.db import migrate, row_security

    where = display_url(db.url)
    try:
        conn = db.engine.connect()
    except exc.DBAPIError as error:
        raise connect_error(error, db.url) from error
    with conn:
        # Another program migrating may take longer than a save's lock_timeout: this one waits for it.
        conn.execute(text("SET lock_timeout = 0"))
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        conn.commit()
        try:
            revision, has_tables = _revision(conn)
            conn.commit()
            migrate.check_revision(revision, has_tables, where, server=True)
            admin = administers(conn)
            conn.commit()
            if revision != migrate.head_revision():
                if not admin:
                    raise DomainError(
                        f"Baza danych „{where}” jest w starszej wersji (wersja bazy {revision}) niż ten program. "
                        "Zaktualizować ją może tylko jej właściciel: poproś administratora bazy o jednorazowe "
                        "uruchomienie programu na tej bazie."
                    )
                _upgrade(conn, db.url)
            if admin:
                with conn.begin():
                    row_security.apply(conn)
                migrate.sync_reference_data(db)
        finally:
            conn.rollback()
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            conn.execute(text("RESET lock_timeout"))
            conn.commit()


def _upgrade(conn, url: str) -> None:
    """All revisions in one transaction (PostgreSQL's DDL is transactional): a failure leaves the server as it was."""
    from alembic import command

    from wsparcie_desktop.db.migrate import alembic_config

    config = alembic_config(url)
    with conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
