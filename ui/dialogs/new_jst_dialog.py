"""Add a local government (its name and kind; the rest is filled in on the profile), or give it a new name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from wsparcie_desktop.changes import Change
from wsparcie_desktop.services import jst as jst_service


class NewJstDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=520)
        self.setWindowTitle(self.tr("New local government"))
        self.name = self.form.add_field("name", self.tr("Name:"), QLineEdit())
        self.name.setObjectName("new_jst_name")
        self.name.setPlaceholderText(self.tr("e.g. Gmina Zalesie"))
        self.kind = self.form.add_field("kind_code", self.tr("Kind:"), QComboBox())
        for option in jst_service.kinds(ctx.db):
            self.kind.addItem(option.name, option.code)
        self.finish()

    @property
    def created_id(self) -> int | None:
        """The new local government's id once OK stored it."""
        return self.saved.id if self.saved else None

    def save(self, db) -> Change:
        return jst_service.create_jst(db, self.name.text(), self.kind.currentData())


class RenameJstDialog(FormDialog):
    """A refused name (an empty one) is explained under the field and stays there to be corrected."""

    def __init__(self, ctx: AppContext, jst_id: int, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=520)
        self.setWindowTitle(self.tr("Rename"))
        self.jst_id = jst_id
        self.name = self.form.add_field("name", self.tr("New name:"), QLineEdit())
        self.name.setObjectName("rename_jst_name")
        self.name.setText(jst_service.get_profile(ctx.db, jst_id).name)
        self.name.selectAll()
        self.finish()

    def save(self, db) -> tuple[Change, ...]:
        return jst_service.rename_jst(db, self.jst_id, self.name.text())
