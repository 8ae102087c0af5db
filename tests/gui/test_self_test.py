"""`python main.py --self-test` opens the store and the main window offscreen and checks the installation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_self_test_passes_on_a_new_file(tmp_path):
    result = run_main("--self-test", "--db", str(tmp_path / "new.sqlite"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "zakończony pomyślnie" in result.stdout
    assert (tmp_path / "new.sqlite").exists()


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_mode, p.read_bytes() if p.is_file() else b"")
            for p in sorted(folder.rglob("*"))}  # fmt: skip


def test_self_test_without_db_leaves_the_user_data_folder_untouched(tmp_path, template_db):
    data = tmp_path / "data" / "wsparcie-jst"
    (data / "kopie").mkdir(parents=True)
    shutil.copy(template_db, data / "wsparcie.sqlite")
    for n in range(10):  # the user's real closing copies, which a self-test must not push out
        shutil.copy(template_db, data / "kopie" / f"wsparcie-zamkniecie-20260101-0000{n:02d}-000000.sqlite")
    before = snapshot(data)
    result = run_main("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "zakończony pomyślnie" in result.stdout
    assert snapshot(data) == before


def test_self_test_without_db_on_a_new_machine_creates_no_data_folder(tmp_path):
    result = run_main("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data" / "wsparcie-jst").exists()


def test_self_test_with_db_writes_no_closing_backup(tmp_path, template_db):
    path = tmp_path / "gmina.sqlite"
    shutil.copy(template_db, path)
    result = run_main("--self-test", "--db", str(path), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "kopie").exists()


def test_self_test_with_the_demo(tmp_path):
    result = run_main("--self-test", "--demo", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr


def test_newer_file_is_refused_with_a_polish_message(tmp_path):
    import sqlite3

    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.close()
    result = run_main("--self-test", "--db", str(path), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "nowszą wersję programu" in result.stderr
