"""Add a local government: its name and kind; the rest is filled in on the profile."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.widgets.forms import FieldForm
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import jst as jst_service


class NewJstDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New local government"))
        self.setMinimumWidth(520)
        self.form = FieldForm()
        self.name = self.form.add_field("name", self.tr("Name:"), QLineEdit())
        self.name.setObjectName("new_jst_name")
        self.name.setPlaceholderText(self.tr("e.g. Gmina Zalesie"))
        self.kind = self.form.add_field("kind_code", self.tr("Kind:"), QComboBox())
        for option in jst_service.kinds(ctx.db):
            self.kind.addItem(option.name, option.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.created_id = jst_service.create_jst(self.ctx.db, self.name.text(), self.kind.currentData()).id
        except DomainError as exc:
            self.form.show_error(exc)
            return
        super().accept()
