"""One program per data file; file dialogs leave the store's locks alone; printing beside a running program."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from ui.widgets import file_dialogs
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.services import jst

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")


def posix_locks(store: Path) -> int:
    """How many POSIX (fcntl) locks this process holds on the store and its -shm: SQLite's own locks."""
    pid = str(os.getpid())
    inodes = {str(path.stat().st_ino) for path in (store, store.with_name(store.name + "-shm")) if path.exists()}
    with open("/proc/locks") as handle:
        fields = [line.split() for line in handle]
    return sum(1 for f in fields if f[1] == "POSIX" and f[4] == pid and f[5].rsplit(":", 1)[-1] in inodes)


def run_main(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)  # fmt: skip


def print_card(path: Path, out: Path) -> str:
    result = run_main("print", "karta-samorzadu", "--db", str(path), "--jst", "Zalesie", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return text


def change(db, jst_id: int, **values: str) -> None:
    jst.save_profile(db, replace(jst.get_profile(db, jst_id), **values))


@pytest.fixture
def store(db_path):
    path = db_path.with_name("gmina.sqlite")
    db_path.rename(path)
    db = open_store(path, backup=False)
    jst_id = jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", city="Zalesie").id
    yield db, path, jst_id
    db.close()


def test_a_second_program_on_the_same_file_is_refused_and_names_the_file(store):
    _db, path, _jst_id = store
    result = run_main("--self-test", "--db", str(path))
    assert result.returncode == 2
    assert "jest już otwarty" in result.stderr and str(path) in result.stderr
    probe = subprocess.run(
        [sys.executable, "-c", f"from wsparcie_desktop.db.migrate import open_store; open_store({str(path)!r})"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert probe.returncode != 0 and "StoreInUse" in probe.stderr


def test_the_lock_ends_with_the_store(store, tmp_path):
    db, path, _jst_id = store
    db.close()
    again = open_store(path, backup=False)
    again.close()
    other = subprocess.run(
        [sys.executable, "-c", f"from wsparcie_desktop.db.migrate import open_store; open_store({str(path)!r}).close()"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert other.returncode == 0, other.stderr


def test_in_one_process_the_store_may_be_opened_twice(store):
    _db, path, jst_id = store
    second = open_store(path, backup=False)  # a restore or a reload reopens the file the program holds
    assert jst.get_profile(second, jst_id).city == "Zalesie"
    second.close()


def _list_folder_in_a_file_dialog(qapp, folder: Path, opener) -> None:
    """Open a file dialog on the folder and wait until it has listed (and typed) every file, then cancel it."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                model = widget.findChild(QFileSystemModel)
                if model is not None:
                    parent = model.index(str(folder))
                    rows = model.rowCount(parent)
                    if rows >= 3:  # the store, its -wal and -shm (and the lock file)
                        for row in range(rows):
                            for column in range(model.columnCount(parent)):
                                model.data(model.index(row, column, parent))
                            model.fileIcon(model.index(row, 0, parent))
                        qapp.processEvents()
                        widget.reject()
                        return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    assert opener(None, "Wybierz plik", str(folder), "Wszystkie pliki (*)") == ""


@posix_only
def test_a_file_dialog_on_the_store_folder_keeps_every_lock_and_printing_sees_the_newest_data(qapp, store, tmp_path):
    db, path, jst_id = store
    change(db, jst_id, city="Nowe Zalesie")  # committed to the WAL, not yet checkpointed
    before = posix_locks(path)
    assert before >= 1 and path.with_name(path.name + "-wal").exists()

    _list_folder_in_a_file_dialog(qapp, path.parent, file_dialogs.open_file_name)

    assert posix_locks(path) == before
    text = print_card(path, tmp_path / "karta.pdf")
    assert "Nowe Zalesie" in text
    assert path.with_name(path.name + "-wal").exists() and path.with_name(path.name + "-shm").exists()
    change(db, jst_id, phone="22 123 45 67")  # the program goes on writing after the printout
    assert jst.get_profile(db, jst_id).city == "Nowe Zalesie"
    db.close()
    reopened = open_store(path, backup=False)
    profile = jst.get_profile(reopened, jst_id)
    assert (profile.city, profile.phone) == ("Nowe Zalesie", "22 123 45 67")
    reopened.close()


@posix_only
def test_printing_beside_a_program_whose_locks_were_lost_never_deletes_its_wal(store, tmp_path):
    """Even if something in the process drops SQLite's POSIX locks, the printout reads without touching the WAL."""
    db, path, jst_id = store
    change(db, jst_id, city="Nowe Zalesie")
    os.close(os.open(path, os.O_RDONLY))  # what Qt's own dialog did: POSIX drops every lock on the file
    os.close(os.open(path.with_name(path.name + "-shm"), os.O_RDONLY))
    assert posix_locks(path) == 0

    assert "Nowe Zalesie" in print_card(path, tmp_path / "karta.pdf")
    assert path.with_name(path.name + "-wal").exists() and path.with_name(path.name + "-shm").exists()
    change(db, jst_id, phone="22 123 45 67")
    db.close()
    reopened = open_store(path, backup=False)
    profile = jst.get_profile(reopened, jst_id)
    assert (profile.city, profile.phone) == ("Nowe Zalesie", "22 123 45 67")
    reopened.close()


def test_the_store_files_cannot_be_chosen_in_a_file_dialog(store):
    db, path, _jst_id = store
    file_dialogs.watch_store(db)
    for suffix in ("", "-wal", "-shm", ".lock"):
        assert file_dialogs.is_store_file(str(path) + suffix)
    assert not file_dialogs.is_store_file(path.with_name("herb.png"))
