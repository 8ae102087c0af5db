"""Shared fixtures: a fresh store per test, migrated by the real migrations (copied from a template).

The service and rule tests (tests/unit, through the ``db`` fixture) run on SQLite and on PostgreSQL: the
server is named by ``WSPARCIE_TEST_PG`` (a SQLAlchemy URL of a superuser, e.g.
``postgresql+psycopg://postgres@127.0.0.1:54318/postgres``), which ``tools/bootstrap.py test`` sets after
starting a throwaway cluster. ``--backend sqlite|postgresql|both`` (or ``WSPARCIE_TEST_BACKEND``) chooses.
Tests that work on the file itself (``db_path``) or are marked ``sqlite_only`` stay on SQLite.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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


@pytest.fixture
def db(request, backend):
    if backend == "postgresql":
        if "demo_db" in request.fixturenames:  # the demo is built once per run on the server, then copied
            url, request.node.pg_demo = request.getfixturevalue("pg_demo_database")
        else:
            url = request.getfixturevalue("pg_database")
        store = open_store(url)
    else:
        store = open_store(request.getfixturevalue("db_path"))
    yield store
    store.close()


@pytest.fixture
def jst_id(db) -> int:
    from wsparcie_desktop.services import jst

    return jst.create_jst(
        db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie", city="Zalesie"
    ).id


@pytest.fixture
def demo_db(request, db, backend):
    """A store holding the whole demo gmina (every feature's part of it)."""
    from wsparcie_desktop.demo import build_demo

    if backend == "postgresql":
        return db, request.node.pg_demo
    return db, build_demo(db)


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
