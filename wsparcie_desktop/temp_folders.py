"""The program's temporary folders (previews, the demo) and the clean-up of ones a killed program left behind.

A program that ends normally removes its own folders. One that was killed (power cut, task manager, kill -9)
cannot, so every start removes what earlier programs left: a preview folder untouched for a day, and a demo
folder whose data file no running program holds (its lock file is free).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from wsparcie_desktop.db.lock import is_held

PREVIEW_PREFIX = "wsparcie-podglad-"
DEMO_PREFIX = "wsparcie-demo-"
STALE_AFTER_SECONDS = 24 * 3600


def new_folder(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))


def remove_stale(root: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove the folders earlier programs left in the temporary folder; the ones removed, for the log."""
    root = Path(tempfile.gettempdir()) if root is None else root
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = sorted(root.glob(PREVIEW_PREFIX + "*")) + sorted(root.glob(DEMO_PREFIX + "*"))
    except OSError:
        return removed
    for folder in candidates:
        try:
            if folder.is_symlink() or not folder.is_dir() or not _ours(folder):
                continue
            stale = _demo_is_abandoned(folder, now) if folder.name.startswith(DEMO_PREFIX) else _untouched(folder, now)
        except OSError:
            continue
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


def _ours(folder: Path) -> bool:
    """Another account's folders are left alone (Windows gives every account its own temporary folder)."""
    return os.name != "posix" or folder.stat().st_uid == os.getuid()


def _untouched(folder: Path, now: float) -> bool:
    newest = max([folder.stat().st_mtime] + [p.stat().st_mtime for p in folder.iterdir()])
    return now - newest > STALE_AFTER_SECONDS


def _demo_is_abandoned(folder: Path, now: float) -> bool:
    """True when no running program holds the demo file's lock (db/lock.py), so nobody is using it.

    A folder with no lock file yet may be one another program has just made (or a working folder of a demo
    being built, 'wsparcie-demo-cke-…'): it goes only once untouched for a day, like a preview."""
    lock_file = folder / "demo.sqlite.lock"
    if not lock_file.exists():
        return _untouched(folder, now)
    return not is_held(lock_file)
