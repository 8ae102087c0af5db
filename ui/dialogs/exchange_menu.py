"""The exchange's entries in the main window's File menu: Export…, Import… and the conflicts' history.

Kept apart from ui/dialogs/exchange_dialog.py so that building the menu at start-up does not import the dialogs:
the dialogs' module is imported when one of them is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def _open(name: str, window) -> None:
    from ui.dialogs import exchange_dialog

    getattr(exchange_dialog, name)(window)


def add_actions(window, menu: QMenu) -> None:
    export = QAction(QCoreApplication.translate("ExchangeMenu", "&Export a local government…"), window)
    export.setObjectName("export_jst_action")
    export.triggered.connect(lambda: _open("open_export", window))
    menu.addAction(export)
    importing = QAction(QCoreApplication.translate("ExchangeMenu", "&Import a local government…"), window)
    importing.setObjectName("import_jst_action")
    importing.triggered.connect(lambda: _open("open_import", window))
    menu.addAction(importing)
    history = QAction(QCoreApplication.translate("ExchangeMenu", "Exchange &conflicts history…"), window)
    history.setObjectName("exchange_history_action")
    history.triggered.connect(lambda: _open("open_history", window))
    menu.addAction(history)
