"""The one shape of an editing dialog: a form, OK and Cancel, saving through the runner, asking before losing edits.

A subclass adds its fields to ``self.form`` (and anything else to ``self.body``), calls ``self.finish()``, and
implements ``save(db)`` — the one service call that stores the form. OK runs it through ``ctx.run``: a refusal
appears under its field and the dialog stays open with everything typed; a success closes the dialog and keeps
the service's result in ``self.saved``. Esc, Cancel or the window's close button after a change ask whether to
save it, as a clerk expects from an office program.

``confirm_delete`` is the one question asked before anything is deleted, with what goes (or changes) with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext, show_refusal
from ui.widgets.forms import FieldForm
from ui.workshop import current_zoom
from wsparcie_desktop.errors import StaleEditError


def confirm_delete(parent: QWidget, title: str, question: str, dependants: Sequence[str] = (),
                   intro: str | None = None) -> bool:  # fmt: skip
    """Ask before deleting; when other records go (or change) with it, list them under ``intro``.

    ``dependants`` is what the service's ``*_dependants`` function says in words. "No" is the default button,
    so Enter pressed out of habit deletes nothing.
    """
    text = question
    if dependants:
        heading = intro or QCoreApplication.translate("confirm_delete", "Together with it:")
        text += "\n\n" + heading + "\n• " + "\n• ".join(dependants)
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def _widened(width: int) -> int:
    """The dialog's least width for the current type: wider in workshop mode (F11), never wider than the screen."""
    wanted = round(width * current_zoom())
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().width() - 40 if screen is not None else wanted
    return max(min(wanted, room), min(width, room))


class FormDialog(QDialog):
    """``form`` replaces the plain FieldForm, for a dialog whose refusals go elsewhere (to a field on a tab)."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None, min_width: int = 600,
                 form: FieldForm | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(_widened(min_width))
        self.form = form if form is not None else FieldForm()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.form.general_error)
        self.body.addLayout(self.form)
        self._clean: tuple = ()

    def finish(self) -> None:
        """Put the buttons under what the subclass added, and remember the fields as loaded."""
        self.body.addWidget(self.buttons)
        self.mark_clean()

    # ------------------------------------------------------------ for subclasses

    def save(self, db) -> Any:
        """Store the form with one service call and return its result (a Change)."""
        raise NotImplementedError

    def on_stale(self, error: StaleEditError) -> None:
        """The record changed elsewhere since the dialog opened; subclasses reload it and list what was typed."""
        show_refusal(self, error, self.form)

    # ------------------------------------------------------------ behaviour

    def accept(self) -> None:
        result = self.ctx.run(self, self.save, form=self.form, on_stale=self.on_stale)
        if result is FAILED:
            self.grow_to_fit()
            return
        self.saved = result
        self.mark_clean()
        super().accept()

    def grow_to_fit(self) -> None:
        """A refusal shown under a field makes the dialog taller, instead of squeezing the fields below it."""
        layout = self.layout()
        layout.activate()
        needed = max(layout.totalMinimumSize().height(), layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Save the changes?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def is_dirty(self) -> bool:
        return self._values() != self._clean

    def mark_clean(self) -> None:
        self._clean = self._values()

    def _values(self) -> tuple:
        """What the user can change, read from the dialog's own input widgets."""
        values = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not widget.isReadOnly():
                values.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractSpinBox):
                values.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
            elif isinstance(widget, QListWidget):
                values.append(tuple(widget.item(i).checkState().value for i in range(widget.count())))
        return tuple(values)
