"""Fixtures of the screen tests that more than one file uses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from wsparcie_desktop.db.database import Database


@pytest.fixture
def other(db_path, db):
    """Another program on the same file: a second ``Database`` that changes rows behind the screen's back."""
    second = Database(db_path)
    yield second
    second.close()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The texts of the warning boxes shown, instead of boxes waiting for a click."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    return shown
