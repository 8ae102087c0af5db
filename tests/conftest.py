"""Shared fixtures: a fresh store per test, migrated by the real migrations (copied from a template)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest  # noqa: E402

from wsparcie_desktop.db.migrate import open_store  # noqa: E402


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
def db(db_path):
    store = open_store(db_path)
    yield store
    store.close()


@pytest.fixture
def jst_id(db) -> int:
    from wsparcie_desktop.services import jst

    return jst.create_jst(
        db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie", city="Zalesie"
    ).id


@pytest.fixture
def demo_db(db):
    """A store holding the whole demo gmina (every feature's part of it)."""
    from wsparcie_desktop.demo import build_demo

    demo = build_demo(db)
    return db, demo


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
