"""Backups made with SQLite's online backup API (a plain copy of a WAL database can miss data)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP_AUTOMATIC = 10


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live SQLite database into ``target`` consistently, even while it is in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backups_dir(db_file: Path) -> Path:
    return db_file.parent / "kopie"


def timestamped_backup(db_file: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> Path:
    """Write ``kopie/<name>-<reason>-<time>.sqlite`` beside the store and keep only the newest few."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir(db_file) / f"{db_file.stem}-{reason}-{stamp}.sqlite"
    backup_file(db_file, target)
    _rotate(db_file, reason, keep)
    return target


def _rotate(db_file: Path, reason: str, keep: int) -> None:
    old = sorted(backups_dir(db_file).glob(f"{db_file.stem}-{reason}-*.sqlite"))
    for path in old[:-keep] if keep else []:
        path.unlink(missing_ok=True)
