"""Preview, save and print a document: the one piece every screen uses to put a document on paper.

A screen creates :class:`DocumentOutput` with the store, a document id from the registry and the JST, then
connects its actions (or shows :class:`DocumentOutputBar`, three buttons). The simplest reliable paths are used:
the preview opens the system's PDF viewer; printing uses Windows' "print" verb for PDF files and elsewhere opens
the viewer, whose print dialog knows the printers. A write failure shows its Polish message and the save
dialog opens again, so the user can choose another place. Any other failure, a fault of the program included,
is shown too (:func:`show_failure`, which the XLSX exports use as well): a document action never ends in silence.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import file_dialogs
from wsparcie_desktop import APP_ID
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import get_document, list_documents
from wsparcie_desktop.reports.output import write_error_message
from wsparcie_desktop.reports.registry import DocumentSpec
from wsparcie_desktop.temp_folders import PREVIEW_PREFIX, new_folder

if TYPE_CHECKING:
    from wsparcie_desktop.db.database import Database

LAST_FOLDER_KEY = "documents/last_folder"
SAVED_MESSAGE_MS = 30_000  # how long the status line says where a saved PDF went
_FORBIDDEN_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')

_preview_folder: Path | None = None


def preview_folder() -> Path:
    """A private temporary folder for previews, removed when the program ends (what a viewer still holds stays)."""
    global _preview_folder
    if _preview_folder is None or not _preview_folder.is_dir():
        _preview_folder = new_folder(PREVIEW_PREFIX)
        atexit.register(shutil.rmtree, _preview_folder, True)
    return _preview_folder


def suggested_file_name(spec: DocumentSpec, jst_name: str) -> str:
    """'Wykaz szkół i placówek - Gmina Zalesie.pdf': readable, and valid on Windows."""
    stem = f"{spec.title} - {jst_name}" if jst_name else spec.title
    stem = " ".join(_FORBIDDEN_IN_FILE_NAMES.sub(" ", stem).split()).strip(" .")[:120] or spec.id
    return f"{stem}.pdf"


def show_failure(parent: QWidget | None, title: str, exc: Exception, target: Path | None = None) -> bool:
    """Tell the user why writing ``target`` (a document, an export) failed; True when choosing another place may help.

    The one place where a document action's failures end: a broken rule or a refused write says its Polish message,
    an error of the system while writing names the file and the reason, and anything else (a fault of the program)
    gets a Polish message too, with its traceback on stderr for whoever looks into it.
    """
    if isinstance(exc, DomainError):
        QMessageBox.warning(parent, title, exc.message)
        return True
    if isinstance(exc, OSError) and exc.errno is not None and target is not None and _about(exc, target):
        QMessageBox.critical(parent, title, write_error_message(target, exc))
        return True
    traceback.print_exception(exc, file=sys.stderr)
    details = " ".join(f"{type(exc).__name__}: {exc}".split())
    text = QCoreApplication.translate(
        "DocumentOutput",
        "The file could not be created because of an unexpected error in the program:\n%1\n\n"
        "Nothing was saved. Please report this error together with this message.",
    )
    QMessageBox.critical(parent, title, text.replace("%1", details))
    return False


def confirm_saved(parent: QWidget | None, title: str, text: str) -> None:
    """Say where a file went: in the main window's status line (always in view), or in a message without one."""
    window = parent
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    if window is not None:
        window.statusBar().showMessage(text, SAVED_MESSAGE_MS)
    else:
        QMessageBox.information(parent, title, text)


def _never_silent(action: Callable[..., Path | None]) -> Callable[..., Path | None]:
    """A document action whose failure outside the writing itself (the store, the viewer) is shown, not swallowed."""

    @functools.wraps(action)
    def guarded(self: DocumentOutput, *args) -> Path | None:
        try:
            return action(self)
        except Exception as exc:
            show_failure(self.parent_widget, self.spec.title, exc)
            return None

    return guarded


def _about(exc: OSError, target: Path) -> bool:
    """Whether the system error concerns writing ``target`` (or the temporary file beside it), not another file."""
    return exc.filename is None or Path(os.fsdecode(exc.filename)).parent == target.parent


class DocumentOutput(QObject):
    """The three ways out for one document of one JST.

    ``jst_id`` may be a callable returning the current JST (None: nothing chosen). Build options go as keywords
    (``date=…``) or, when they change while the screen is open, as ``options``, a callable returning them.
    """

    def __init__(self, db: Database, document_id: str, jst_id: int | Callable[[], int | None],
                 parent: QWidget | None = None, options: Callable[[], dict] | None = None,
                 **fixed_options: object):  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.spec = get_document(document_id)
        self._jst_id = jst_id
        self._options = options
        self.fixed_options = fixed_options
        self.parent_widget = parent
        self.preview_action = QAction(self.tr("Pre&view"), self)
        self.preview_action.triggered.connect(self.preview)
        self.save_action = QAction(self.tr("&Save as PDF…"), self)
        self.save_action.triggered.connect(self.save_as)
        self.print_action = QAction(self.tr("&Print"), self)
        self.print_action.triggered.connect(self.print_document)

    def actions(self) -> list[QAction]:
        return [self.preview_action, self.save_action, self.print_action]

    def jst_id(self) -> int | None:
        return self._jst_id() if callable(self._jst_id) else self._jst_id

    # ------------------------------------------------------------ the three actions

    @_never_silent
    def preview(self) -> Path | None:
        """Write to a temporary file and open it in the system's PDF viewer."""
        path = self._write_temporary()
        if path is not None:
            self._open_in_viewer(path)
        return path

    @_never_silent
    def save_as(self) -> Path | None:
        """Ask where, write there; on a write error say why and ask again. None when the user cancels."""
        jst_id = self._require_jst()
        if jst_id is None:
            return None
        settings = QSettings(APP_ID, APP_ID)
        folder = Path(str(settings.value(LAST_FOLDER_KEY, "") or Path.home()))
        suggestion = folder / suggested_file_name(self.spec, self._jst_name(jst_id))
        while True:
            chosen = file_dialogs.save_file_name(
                self.parent_widget, self.tr("Save document as PDF"), str(suggestion), self.tr("PDF documents (*.pdf)")
            )
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            try:
                written = self._build(jst_id, target)
            except Exception as exc:
                if show_failure(self.parent_widget, self.spec.title, exc, target):
                    suggestion = target
                    continue
                return None
            settings.setValue(LAST_FOLDER_KEY, str(written.parent))
            self._confirm_saved(written)
            return written

    @_never_silent
    def print_document(self) -> Path | None:
        """Windows: hand the PDF to the default PDF program's print command; elsewhere open it in the viewer."""
        path = self._write_temporary()
        if path is None:
            return None
        if sys.platform.startswith("win"):
            try:
                os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
                return path
            except OSError:
                pass  # no program registered to print PDFs: the viewer still has a print button
        self._open_in_viewer(path)
        return path

    # ------------------------------------------------------------ helpers

    def _require_jst(self) -> int | None:
        jst_id = self.jst_id()
        if jst_id is None:
            self._warn(self.tr("Choose a local government first."))
        return jst_id

    def _jst_name(self, jst_id: int) -> str:
        """For the suggested file name; empty for a JST deleted meanwhile (building the document then says so)."""
        from wsparcie_desktop.services import jst as jst_service

        return next((row.name for row in jst_service.list_jst(self.db) if row.id == jst_id), "")

    def _write_temporary(self) -> Path | None:
        jst_id = self._require_jst()
        if jst_id is None:
            return None
        target = None
        try:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            # A new name each time: on Windows the viewer keeps the previous preview locked.
            target = preview_folder() / f"{self.spec.id}-{stamp}.pdf"
            return self._build(jst_id, target)
        except Exception as exc:
            show_failure(self.parent_widget, self.spec.title, exc, target)
            return None

    def _build(self, jst_id: int, target: Path) -> Path:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            options = {**self.fixed_options, **(self._options() if self._options else {})}
            return self.spec.build(self.db, jst_id, target, **options)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _open_in_viewer(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._warn(
                self.tr("No program for PDF files was found. The document was saved as:\n%1").replace("%1", str(path))
            )

    def _confirm_saved(self, path: Path) -> None:
        confirm_saved(self.parent_widget, self.spec.title,
                      self.tr("Saved “%1” as %2").replace("%1", self.spec.title).replace("%2", str(path)))  # fmt: skip

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.spec.title, message)


class DocumentOutputBar(QWidget):
    """Three buttons — Preview, Save as PDF…, Print — for a screen that prints one document."""

    def __init__(self, output: DocumentOutput, parent: QWidget | None = None):
        super().__init__(parent)
        self.output = output
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key, action in zip(("preview", "save", "print"), output.actions()):
            button = QPushButton(action.text())
            button.setObjectName(f"document_{key}")
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)


class DocumentsDialog(QDialog):
    """Every registered document in one list, with the three ways out: the 'Documents' menu entry."""

    def __init__(self, db: Database, jst_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.jst_id = db, jst_id
        self.setWindowTitle(self.tr("Documents"))
        self.setMinimumWidth(520)
        self.choice = QComboBox()
        self.choice.setObjectName("document_choice")
        for spec in list_documents():
            self.choice.addItem(spec.title, spec.id)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.outputs = {spec.id: DocumentOutput(db, spec.id, jst_id, self) for spec in list_documents()}
        self.bar_holder = QVBoxLayout()
        self.bar: DocumentOutputBar | None = None
        self.choice.currentIndexChanged.connect(self._chosen)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Document:")))
        layout.addWidget(self.choice)
        layout.addWidget(self.description)
        layout.addLayout(self.bar_holder)
        layout.addWidget(close)
        self._chosen()

    def current_output(self) -> DocumentOutput:
        return self.outputs[self.choice.currentData()]

    def _chosen(self, *_args) -> None:
        output = self.current_output()
        self.description.setText(output.spec.description)
        if self.bar is not None:
            self.bar_holder.removeWidget(self.bar)
            self.bar.deleteLater()
        self.bar = DocumentOutputBar(output, self)
        self.bar_holder.addWidget(self.bar)
