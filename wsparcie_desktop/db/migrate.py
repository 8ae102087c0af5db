"""Open the store: refuse files of a newer version, back up, migrate to head, load reference data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from wsparcie_desktop.db.backup import timestamped_backup
from wsparcie_desktop.db.database import Database, sqlite_file, to_url
from wsparcie_desktop.db.reference import sync_all
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.paths import migrations_dir


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def _sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """Read the file's revision without changing it (no WAL switch, read-only). Returns (revision, has_tables)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return revision, bool(tables)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError(
            f"Plik „{path}” nie jest bazą danych programu Wsparcie JST albo jest uszkodzony ({exc}). "
            "Plik pozostawiono bez zmian."
        ) from exc


def _check_revision(revision: str | None, has_tables: bool, where: str) -> None:
    if revision is None and has_tables:
        raise DomainError(
            f"Plik „{where}” zawiera bazę danych innego programu. Plik pozostawiono bez zmian; wybierz inny plik."
        )
    if revision is not None and revision not in _known_revisions():
        raise DomainError(
            f"Plik „{where}” został zapisany przez nowszą wersję programu Wsparcie JST (wersja bazy {revision}). "
            "Zaktualizuj program, aby go otworzyć. Plik pozostawiono bez zmian."
        )


def open_store(path_or_url: str | Path, backup: bool = True) -> Database:
    """Open (and create or migrate) the store. Raises DomainError with a Polish message."""
    url = to_url(path_or_url)
    file = sqlite_file(url)
    needs_backup = False
    if file is not None:
        if file.exists() and file.stat().st_size > 0:
            revision, has_tables = _sqlite_revision(file)
            _check_revision(revision, has_tables, str(file))
            needs_backup = backup and revision is not None and revision != head_revision()
        else:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DomainError(f"Nie można utworzyć folderu „{file.parent}”: {exc.strerror}.") from exc
    db = Database(url)
    try:
        if file is None:
            with db.engine.connect() as conn:
                revision = MigrationContext.configure(conn).get_current_revision()
            _check_revision(revision, False, url)
        if needs_backup:
            timestamped_backup(file, "przed-aktualizacja")
        upgrade(db)
        with db.transaction() as session:
            sync_all(session)
    except Exception:
        db.close()
        raise
    return db


def upgrade(db: Database, revision: str = "head") -> None:
    config = alembic_config(db.url)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
