"""Shared fixtures: a fresh store per test, migrated by the real migrations (copied from a template).

The service and rule tests (tests/unit, through the ``db`` fixture) run on SQLite and on PostgreSQL: the
server is named by ``WSPARCIE_TEST_PG`` (a SQLAlchemy URL of a superuser, e.g.
``postgresql+psycopg://postgres@127.0.0.1:54318/postgres``), which ``tools/bootstrap.py test`` sets after
starting a throwaway cluster. ``--backend sqlite|postgresql|both`` (or ``WSPARCIE_TEST_BACKEND``) chooses.
Tests that work on the file itself (``db_path``) or are marked ``sqlite_only`` stay on SQLite.
"""

from __future__ import annotations

import atexit
import copy
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Each test process (each xdist worker too) keeps the program's settings (QSettings) and its default data folder
# in a folder of its own: the tests never see the user's real ones, nor another worker's.
_OWN_HOME = Path(tempfile.mkdtemp(prefix="wsparcie-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_OWN_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_OWN_HOME / "data")
atexit.register(shutil.rmtree, _OWN_HOME, True)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest  # noqa: E402

from wsparcie_desktop.db.migrate import open_store  # noqa: E402

pytest_plugins = [
    "tests.pg_support",  # the back-end option, and the PostgreSQL test server's databases
    "tests.keyrings",  # the system keyring in memory (memory_keyring), or none (no_keyring)
]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_store(path)
    db.close()
    return path


@pytest.fixture
def db_path(tmp_path, template_db) -> Path:
    path = tmp_path / "wsparcie.sqlite"
    shutil.copy(template_db, path)
    return path


@pytest.fixture(scope="session")
def demo_file_template(tmp_path_factory, template_db) -> tuple[Path, object]:
    """A file holding the whole demo, built once per test process, and the demo's ids."""
    from wsparcie_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(template_db, path)
    store = open_store(path)
    try:
        demo = build_demo(store)
    finally:
        store.close()
    return path, demo


@pytest.fixture
def db(request, backend):
    # the demo (demo_db) is built once per run, then copied: a database on the server, a file on SQLite
    wants_demo = "demo_db" in request.fixturenames
    if backend == "postgresql":
        if wants_demo:
            url, request.node.demo = request.getfixturevalue("pg_demo_database")
        else:
            url = request.getfixturevalue("pg_database")
        store = open_store(url)
    else:
        path = request.getfixturevalue("db_path")
        if wants_demo:
            template, demo = request.getfixturevalue("demo_file_template")
            shutil.copy(template, path)
            request.node.demo = copy.deepcopy(demo)
        store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def jst_id(db) -> int:
    from wsparcie_desktop.services import jst

    return jst.create_jst(
        db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie", city="Zalesie"
    ).id


@pytest.fixture
def demo_db(request, db):
    """A store holding the whole demo gmina (every feature's part of it), copied from one built once."""
    return db, request.node.demo


@pytest.fixture
def ctx(db, qapp):
    from ui.context import AppContext, AppSignals

    return AppContext(db=db, signals=AppSignals())


def type_into(widget, text: str) -> None:
    """Type text key by key, Polish letters included.

    QTest.keyClicks asserts on characters outside ASCII (qasciikey.cpp), so every character is sent
    as a real key press/release carrying its text, as a keyboard with a Polish layout does.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        if char == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def type_text():
    """``type_text(widget, "Zażółć gęślą jaźń")`` — use instead of qtbot.keyClicks for non-ASCII text."""
    return type_into
