"""Backup copies of the store in ``kopie/`` beside it, and restoring the store from one of them.

A copy is made with SQLite's online backup API (a plain file copy of a WAL database can miss data) into a
hidden temporary name, checked, flushed to disk and only then renamed to its final name, so a copy under a
final name is always whole: a program killed half-way leaves only a hidden temporary file, which nothing
counts as a copy and a later rotation removes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from wsparcie_desktop.db import sqlite_errors
from wsparcie_desktop.errors import DomainError

KEEP_AUTOMATIC = 10

REASON_NAMES = {
    "przed-aktualizacja": "przed aktualizacją",
    "automatyczna": "automatyczna",
    "zamkniecie": "przy zamknięciu",
    "reczna": "ręczna",
    "przed-przywroceniem": "przed przywróceniem",
    "przed-importem": "przed importem samorządu",
}
# The user made these on purpose: the program never deletes them.
NEVER_ROTATED = frozenset({"reczna"})

# Leftovers of a killed backup are removed only when nothing has written them for this long, so a rotation
# never deletes the temporary file of a backup another running copy of the program is making right now.
ORPHAN_AGE_S = 3600

SQLITE_MAGIC = b"SQLite format 3\x00"
TEMP_SUFFIX = ".tmp"
SIDE_FILES = ("-journal", "-wal", "-shm")
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NAME_TAIL = re.compile(r"(?P<reason>[a-z]+(?:-[a-z]+)*)-(?P<stamp>\d{8}-\d{6}-\d{6})")

STATE_OK = "ok"
STATE_DAMAGED = "damaged"
STATE_NEWER = "newer"
STATE_FOREIGN = "foreign"
STATE_PROBLEMS = {
    STATE_DAMAGED: "kopia uszkodzona",
    STATE_NEWER: "kopia z nowszej wersji programu",
    STATE_FOREIGN: "to nie jest kopia bazy programu Wsparcie JST",
}
SUMMARY_TABLES = {"jst": "jst", "schools": "school", "activities": "hdr_activity"}


@dataclass(frozen=True)
class BackupCopy:
    """One copy as the list of copies shows it; counts are None when the copy could not be read."""

    path: Path
    reason: str  # the code in the file name ("" for a file named otherwise)
    made_at: dt.datetime
    size: int
    state: str = STATE_OK
    revision: str | None = None
    jst: int | None = None
    schools: int | None = None
    activities: int | None = None

    @property
    def kind(self) -> str:
        """The kind in Polish: "ręczna", "przy zamknięciu", ..."""
        return REASON_NAMES.get(self.reason, self.reason)

    @property
    def restorable(self) -> bool:
        return self.state == STATE_OK

    @property
    def problem(self) -> str:
        """Why the copy cannot be restored, in Polish; empty when it can."""
        return STATE_PROBLEMS.get(self.state, "")


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupCopy
    safety_copy: Path  # the state from just before the restore
    migrated: bool  # the copy came from an older version of the program and was brought up to date


def backups_dir(db_file: Path) -> Path:
    return Path(db_file).parent / "kopie"


# ------------------------------------------------------------ making a copy


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live SQLite database into ``target`` consistently (even while it is in use), or not at all.

    Raises DomainError with a Polish message naming the folder and the reason; nothing is left behind then.
    """
    source, target = Path(source), Path(target)
    folder = target.parent
    try:
        _private_dir(folder)
    except OSError as exc:
        raise DomainError(_failure_message(folder, exc)) from exc
    temp = folder / f".{target.name}{TEMP_SUFFIX}"
    try:
        _write_checked_copy(source, temp)
        os.replace(temp, target)
        _fsync_dir(folder)
    except BaseException as exc:
        _discard(temp)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise DomainError(_failure_message(folder, exc)) from exc
        raise
    return target


def timestamped_backup(db_file: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> Path:
    """Write ``kopie/<name>-<reason>-<time>.sqlite`` beside the store and keep only the newest few of that kind.

    Manual copies ("reczna") are never rotated away. Raises DomainError (Polish) when the copy cannot be made.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"backup reason must be lowercase words joined by '-': {reason!r}")
    db_file = Path(db_file)
    stamp = dt.datetime.now().strftime(STAMP_FORMAT)
    target = backups_dir(db_file) / f"{db_file.stem}-{reason}-{stamp}.sqlite"
    backup_file(db_file, target)
    try:
        _rotate(db_file, reason, keep)
    except OSError:
        pass  # housekeeping only: the copy itself is made, and the next backup tries again
    return target


def _write_checked_copy(source: Path, temp: Path) -> None:
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)  # SQLite takes an empty file as an empty database; created by us, it is private from the start
    src = sqlite3.connect(_uri(source, mode="ro"), uri=True)
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            # The copy inherits the store's WAL flag; a rollback-journal copy is one self-contained file.
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise sqlite3.DatabaseError("the copy failed its integrity check")
            if dst.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0] != 1:
                raise sqlite3.DatabaseError("the copy has no alembic_version")
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(temp, 0o600)
    fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_dir(folder: Path) -> None:
    """``kopie/`` readable by its owner only (the copies hold names, phones and e-mails)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass  # someone else's folder: the copies themselves are still 0600


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard(path: Path) -> None:
    for name in (path.name, *(path.name + side for side in SIDE_FILES)):
        try:
            (path.parent / name).unlink(missing_ok=True)
        except OSError:
            pass


_REASONS = {
    sqlite_errors.LOCKED: "baza danych jest zajęta przez inny program",
    sqlite_errors.READ_ONLY: "brak prawa zapisu",
    sqlite_errors.FULL: "brak miejsca na dysku",
    sqlite_errors.IO: "błąd odczytu lub zapisu dysku",
    sqlite_errors.CANNOT_OPEN: "nie można utworzyć ani otworzyć pliku",
    sqlite_errors.DAMAGED: "baza danych jest uszkodzona",
    sqlite_errors.NOT_A_FOLDER: "w tym miejscu jest plik, a nie folder",
}


def _reason_text(exc: BaseException) -> str:
    """The cause in Polish; the system's or SQLite's own text where it is none of the known causes."""
    known = _REASONS.get(sqlite_errors.cause(exc) or "")
    if known:
        return known
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"błąd bazy danych ({exc})"


def _failure_message(folder: Path, exc: BaseException) -> str:
    return f"Nie udało się zapisać kopii zapasowej w folderze „{folder}”: {_reason_text(exc)}."


# ------------------------------------------------------------ rotation


def _parse_name(name: str, stem: str) -> tuple[str, dt.datetime] | None:
    """(reason, time) from ``<stem>-<reason>-<time>.sqlite``, or None for any other name."""
    prefix, suffix = f"{stem}-", ".sqlite"
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return None
    match = _NAME_TAIL.fullmatch(name[len(prefix) : -len(suffix)])
    if not match:
        return None
    try:
        return match["reason"], dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None


def _looks_whole(path: Path) -> bool:
    """A constant-time check that a file is a finished SQLite database: the header, a size matching the page
    count the header records, and no journal of an unfinished transaction beside it.

    Copies the program writes now are checked in full before they get their final name; this catches the ones
    killed half-way by earlier versions, which wrote straight to the final name.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
        journal = Path(f"{path}-journal")
        if journal.exists() and journal.stat().st_size > 0:
            return False
    except OSError:
        return False
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size < 512 or pages == 0 or header[24:28] != header[92:96]:
        return False  # the page count in the header is valid only when both change counters agree
    return size == pages * page_size


def _stale(*paths: Path, now: float) -> bool:
    times = []
    for path in paths:
        try:
            times.append(path.stat().st_mtime)
        except FileNotFoundError:
            continue
    return bool(times) and now - max(times) > ORPHAN_AGE_S


def _rotate(db_file: Path, reason: str, keep: int) -> None:
    """Remove leftovers of killed backups, then keep the ``keep`` newest whole copies of this kind."""
    folder, stem, now = backups_dir(db_file), Path(db_file).stem, time.time()
    copies: list[tuple[dt.datetime, Path]] = []
    for path in folder.iterdir():
        name = path.name
        base = next((name[: -len(side)] for side in SIDE_FILES if name.endswith(side)), name)
        if base.startswith(".") and base.endswith(TEMP_SUFFIX):  # a temporary copy, or its journal
            family = [folder / (base + side) for side in ("", *SIDE_FILES)]
            if _parse_name(base[1 : -len(TEMP_SUFFIX)], stem) and _stale(*family, now=now):
                path.unlink(missing_ok=True)
            continue
        parsed = _parse_name(base, stem)
        if parsed is None:
            continue
        if base != name:  # a journal whose copy is gone
            if not (folder / base).exists() and _stale(path, now=now):
                path.unlink(missing_ok=True)
            continue
        if parsed[0] == reason:
            copies.append((parsed[1], path))
    if reason in NEVER_ROTATED:
        return
    whole = []
    for _made_at, path in sorted(copies):
        if _looks_whole(path):
            whole.append(path)
        elif _stale(path, *(Path(f"{path}{side}") for side in SIDE_FILES), now=now):
            _discard(path)  # never finished: it holds nothing to restore
    for path in whole[:-keep] if keep else []:
        _discard(path)


# ------------------------------------------------------------ listing and restoring


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return Path(path).resolve().as_uri() + (f"?{query}" if query else "")


def _open_copy(path: Path) -> sqlite3.Connection:
    """Read-only, and ``immutable`` so that reading a copy never creates files beside it."""
    return sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True)


def inspect_backup(path: Path, reason: str = "", made_at: dt.datetime | None = None) -> BackupCopy:
    """What a copy holds (the counts the list of copies shows), never raising for a damaged one."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return BackupCopy(path, reason, made_at or dt.datetime.now(), 0, STATE_DAMAGED)
    made_at = made_at or dt.datetime.fromtimestamp(stat.st_mtime)
    if not _looks_whole(path):
        return BackupCopy(path, reason, made_at, stat.st_size, STATE_DAMAGED)
    counts: dict[str, int | None] = {}
    try:
        conn = _open_copy(path)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            for key, table in SUMMARY_TABLES.items():
                counts[key] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in tables else None
        finally:
            conn.close()
    except sqlite3.Error:
        return BackupCopy(path, reason, made_at, stat.st_size, STATE_DAMAGED)
    from wsparcie_desktop.db import migrate

    if revision is None:
        state = STATE_FOREIGN
    elif revision not in migrate._revision_graph():
        state = STATE_NEWER
    else:
        state = STATE_OK
    return BackupCopy(path, reason, made_at, stat.st_size, state, revision, **counts)


def list_backups(db_file: Path) -> list[BackupCopy]:
    """The copies of this store in ``kopie/``, newest first (temporary files of unfinished backups left out)."""
    folder, stem = backups_dir(db_file), Path(db_file).stem
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in paths:
        parsed = _parse_name(path.name, stem)
        if parsed and parsed[0] in REASON_NAMES and path.is_file():
            found.append(inspect_backup(path, *parsed))
    return sorted(found, key=lambda copy: copy.made_at, reverse=True)


def restore_backup(db_file: Path, copy: Path) -> RestoreResult:
    """Put the copy's contents into the store, after saving the current state as a "przed-przywroceniem" copy.

    The contents go through SQLite's backup API into the store file itself (not a file copy), so the store's
    WAL stays consistent and open connections see the new contents. A copy from an older version is brought
    up to date afterwards; one from a newer version, or a damaged one, is refused and the store left as it was.
    Connections of the caller's store should hold no transaction while this runs. Another program that has
    the store open makes this refuse (StoreInUse); the caller's own open store does not.
    """
    from wsparcie_desktop.db import lock

    db_file, copy = Path(db_file), Path(copy)
    if not db_file.is_file():
        raise DomainError(f"Nie ma pliku bazy danych „{db_file}”.")
    key = lock.acquire(db_file)
    try:
        return _restore(db_file, copy)
    finally:
        lock.release(key)


def _restore(db_file: Path, copy: Path) -> RestoreResult:
    from wsparcie_desktop.db import migrate

    if not copy.is_file():
        raise DomainError(f"Nie ma pliku kopii „{copy}”.")
    if copy.resolve() == db_file.resolve():
        raise DomainError("Wskazano sam plik bazy danych, a nie jego kopię. Baza pozostała bez zmian.")
    parsed = _parse_name(copy.name, db_file.stem)
    info = inspect_backup(copy, *(parsed or ()))
    unchanged = "Baza pozostała bez zmian."
    if info.state == STATE_NEWER:
        raise DomainError(
            f"Kopia „{copy.name}” została zapisana przez nowszą wersję programu Wsparcie JST (wersja bazy "
            f"{info.revision}). Zaktualizuj program, aby ją przywrócić. {unchanged}"
        )
    if info.state == STATE_FOREIGN:
        raise DomainError(f"Plik „{copy.name}” nie jest kopią bazy programu Wsparcie JST. {unchanged}")
    if info.state != STATE_OK or not _integrity_ok(copy):
        raise DomainError(f"Kopia „{copy.name}” jest uszkodzona i nie można jej przywrócić. {unchanged}")
    safety = timestamped_backup(db_file, "przed-przywroceniem")
    try:
        _copy_into(copy, db_file)
    except (sqlite3.Error, OSError) as exc:
        raise DomainError(f"Nie udało się przywrócić kopii „{copy.name}”: {_reason_text(exc)}. {unchanged}") from exc
    try:
        migrate.open_store(db_file, backup=False).close()  # migrates an older copy, refreshes reference data
    except Exception as exc:
        detail = exc.message if isinstance(exc, DomainError) else str(exc)
        problem = f"Kopii „{copy.name}” nie udało się dostosować do tej wersji programu ({detail})."
        try:
            _copy_into(safety, db_file)
        except (sqlite3.Error, OSError) as again:
            raise DomainError(f"{problem} Stan sprzed przywracania jest w kopii „{safety}”.") from again
        raise DomainError(f"{problem} Przywrócono stan sprzed przywracania.") from exc
    return RestoreResult(info, safety, info.revision != migrate.head_revision())


def _integrity_ok(path: Path) -> bool:
    try:
        conn = _open_copy(path)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _copy_into(copy: Path, db_file: Path) -> None:
    src = _open_copy(copy)
    try:
        dst = sqlite3.connect(db_file, timeout=5)
        try:
            src.backup(dst)  # one step, one transaction: on failure the store keeps its contents
        finally:
            dst.close()
    finally:
        src.close()
