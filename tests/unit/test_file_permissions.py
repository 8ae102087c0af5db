"""The store and what the program writes are readable by their owner only: the data holds names, phones, e-mails."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.services import jst

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_and_its_wal_are_owner_only_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        db = open_store(tmp_path / "nowy.sqlite", backup=False)
        jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052")
        assert mode(tmp_path / "nowy.sqlite") == 0o600
        assert mode(tmp_path / "nowy.sqlite-wal") == 0o600
        db.close()
    finally:
        os.umask(old)


def test_a_printed_document_is_owner_only(db_path, tmp_path):
    db = open_store(db_path)
    jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052")
    db.close()
    out = tmp_path / "karta.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "print", "karta-samorzadu", "--db", str(db_path), "--jst", "Zalesie",
         "--out", str(out)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o600
