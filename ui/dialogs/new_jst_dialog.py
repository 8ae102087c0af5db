"""Add a local government (its name and kind; the rest is filled in on the profile), or give it a new name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.stale_edit import show_stale
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError
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
        self.read = jst_service.get_profile(ctx.db, jst_id)  # its version is the one the new name is saved over
        self.name.setText(self.read.name)
        self.name.selectAll()
        self.finish()

    def save(self, db) -> tuple[Change, ...]:
        return jst_service.rename_jst(db, self.jst_id, self.name.text(), version=self.read.version)

    def on_stale(self, error: StaleEditError) -> None:
        """The JST was changed elsewhere since the dialog opened: show its stored name, keep the dialog open."""
        typed = self.name.text()
        label = self.tr("Name")  # outside the f-string, where lupdate finds it
        unsaved = [] if typed.strip() == self.read.name.strip() else [f"{label}: {typed.strip()}"]
        self.read = jst_service.get_profile(self.ctx.db, self.jst_id)
        self.name.setText(self.read.name)
        self.mark_clean()
        self.form.clear_errors()
        self.form.show_error(DomainError(self.tr("Not saved — this local government was changed elsewhere; the "
                                                 "current name is shown.")))  # fmt: skip
        show_stale(self, error, unsaved)
