"""File dialogs that never open the store's own files.

Qt's own file dialog guesses each listed file's type by opening and reading it (QMimeDatabase, for the
icon and the "type" column). On Linux, closing that descriptor drops every POSIX lock the process holds on
the file, so a dialog that merely lists the data file's folder left the open store with no SQLite locks.
Here the dialog takes its icons and type names from the file name alone, and refuses the store's files as a
choice. Windows and macOS keep their native dialogs (their locks belong to a handle, not the process).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileIconProvider, QWidget

if TYPE_CHECKING:
    from wsparcie_desktop.db.database import Database

STORE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")
_current_store: Path | None = None


def watch_store(db: Database) -> None:
    """The file dialogs guard this store's files (set by the main window when it opens a store)."""
    global _current_store
    _current_store = db.file


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the name only: no file is opened to guess its content."""

    def icon(self, what):  # noqa: ANN001 — Qt overloads icon(IconType) and icon(QFileInfo)
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix().upper()
        return QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", suffix) if suffix else ""


def _use_qt_dialog() -> bool:
    """Qt's own dialog where the locks are POSIX ones (Linux and the other Unixes); the native one elsewhere."""
    return not sys.platform.startswith(("win", "darwin"))


def is_store_file(path: str | Path, store: Path | None = None) -> bool:
    store = store or _current_store
    if store is None or not path:
        return False
    chosen = Path(path).resolve()
    return any(chosen == store.with_name(store.name + suffix) for suffix in STORE_SUFFIXES)


def _run(parent: QWidget | None, title: str, folder: str, filters: str, save: bool) -> str:
    from PySide6.QtWidgets import QFileDialog, QMessageBox  # when a dialog opens: the main window imports this module

    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if _use_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog._provider = provider  # the dialog does not own it; keep it alive as long as the dialog
    while dialog.exec():
        chosen = dialog.selectedFiles()[0] if dialog.selectedFiles() else ""
        if not is_store_file(chosen):
            return chosen
        QMessageBox.warning(
            dialog,
            title,
            QCoreApplication.translate(
                "FileDialogs",
                "This is the program's own data file, which is open now. Choose another file.",
            ),
        )
    return ""


def open_file_name(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """The chosen file to read, or "" when cancelled."""
    return _run(parent, title, folder, filters, save=False)


def save_file_name(parent: QWidget | None, title: str, suggestion: str = "", filters: str = "") -> str:
    """The chosen file to write, or "" when cancelled."""
    return _run(parent, title, suggestion, filters, save=True)
