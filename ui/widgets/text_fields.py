"""Multi-line text fields that behave inside forms: Tab moves on, and a form row never grows past its lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """An editable field ``lines`` high where Tab moves to the next field instead of typing a tab."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def display_box(name: str, lines: int = 2) -> QPlainTextEdit:
    """Read-only text shown in a form (the statement a field answers), scrolling when it is long."""
    box = text_box(name, lines)
    box.setReadOnly(True)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    box.setStyleSheet("QPlainTextEdit { background: palette(window); }")
    return box
