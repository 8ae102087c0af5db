"""The last line of defence: an error no screen handled reaches the user as a Polish message, not a traceback.

Screens show a ``DomainError`` (a broken rule, a stale edit, a locked or full store) next to the field
being edited. Anything that escapes a slot arrives here: a ``DomainError`` is shown as it is, any other
error as a plain sentence, with the details on stderr. The widgets are left as they were, so whatever
the user typed stays on screen to try again.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from wsparcie_desktop import APP_NAME
from wsparcie_desktop.errors import DomainError


def message_for(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return str(error)
    return QCoreApplication.translate(
        "ErrorReport",
        "Something went wrong and this action was not completed: %1. What you typed is still on screen; "
        "try again, and if it happens again, make a backup copy (File → Make a backup copy now) and report the problem.",
    ).replace("%1", f"{type(error).__name__}: {error}")


def _show(kind, error, tb) -> None:
    if issubclass(kind, (KeyboardInterrupt, SystemExit)):
        sys.__excepthook__(kind, error, tb)
        return
    if not isinstance(error, DomainError):
        traceback.print_exception(kind, error, tb, file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox  # not imported before the first window: see ui/context.py

    parent = QApplication.activeWindow()
    QMessageBox.critical(parent, APP_NAME, message_for(error))


def install() -> None:
    """Route every unhandled error of the GUI to one Polish message box."""
    sys.excepthook = _show
