"""A section as a user who only reads its JST sees it: everything shown, nothing that would change it.

On a PostgreSQL store the server refuses such a user's saves anyway (row-level security); this only keeps the
screen from offering what would be refused. Push and tool buttons are hidden except those that only read or leave
the data as it is (``READING_BUTTONS``, by their attribute name in the section, or a widget's ``reads``
property, as a search box has); fields become read-only, lists to choose from are disabled (a filter marked ``reads`` stays) and
tables stop editing in place.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

# Buttons that export, print or choose what to look at: they stay.
READING_BUTTONS = frozenset({"export_button", "current_button", "print_button", "preview_button"})


def _reading(owner: QWidget, widget: QWidget) -> bool:
    if widget.property("reads"):
        return True
    return any(getattr(owner, name, None) is widget for name in READING_BUTTONS)


def show_read_only(section: QWidget) -> None:
    for button in section.findChildren(QPushButton) + section.findChildren(QToolButton):
        if not _reading(section, button):
            button.setVisible(False)
    fields = section.findChildren(QLineEdit) + section.findChildren(QAbstractSpinBox)
    for field in fields + section.findChildren(QPlainTextEdit) + section.findChildren(QTextEdit):
        if not field.property("reads"):
            field.setReadOnly(True)
    for combo in section.findChildren(QComboBox):
        if not combo.property("reads"):
            combo.setEnabled(False)
    for view in section.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
