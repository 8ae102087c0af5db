"""A save refused because the record changed elsewhere: say so, and show what the user had typed.

The form is reloaded with the stored data before the message appears (so what it says — current data shown —
is already true), and the message lists the values the user had changed, so they can be typed in again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wsparcie_desktop.errors import StaleEditError
from wsparcie_desktop.i18n import format_date_short, format_money


def shown_value(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("StaleEdit", "(empty)")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("StaleEdit", "yes")
        return QCoreApplication.translate("StaleEdit", "no")
    if isinstance(value, dt.date):
        return format_date_short(value)
    if isinstance(value, Decimal):
        return format_money(value)
    return " ".join(str(value).split())


def unsaved_values(read: Any, typed: Any, labels: Mapping[str, str],
                   shown: Mapping[str, Callable[[Any], str]] | None = None) -> list[str]:  # fmt: skip
    """'Town: Nowe Zalesie' for each field whose typed value differs from the value the form read.

    ``labels`` are the form's own labels (an ending colon and the & of an access key are dropped); ``shown``
    turns a stored code into the words the form showed (a kind code into its name).
    """
    lines = []
    for name, label in labels.items():
        before, after = getattr(read, name, None), getattr(typed, name, None)
        if _same(before, after):
            continue
        text = (shown or {}).get(name, shown_value)(after)
        lines.append(f"{label.replace('&', '').rstrip(': ')}: {text}")
    return lines


def _same(before: Any, after: Any) -> bool:
    if isinstance(before, list) and isinstance(after, list):  # ticked goals, partners: the order is not a change
        return sorted(map(repr, before)) == sorted(map(repr, after))
    if isinstance(after, str):
        return after.strip() == str(before or "").strip()
    return (before or None) == (after or None)


def stale_message(error: StaleEditError, unsaved: list[str]) -> str:
    if not unsaved:
        return error.message
    heading = QCoreApplication.translate("StaleEdit", "What you had typed (not saved):")
    return f"{error.message}\n\n{heading}\n• " + "\n• ".join(unsaved)


def show_stale(parent: QWidget, error: StaleEditError, unsaved: list[str]) -> str:
    """The warning, with the typed values; returns its text (for a label beside the form, or a test)."""
    text = stale_message(error, unsaved)
    QMessageBox.warning(parent, QCoreApplication.translate("StaleEdit", "Changed in the meantime"), text)
    return text
