"""Add or edit a person of a team; errors appear under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.widgets.forms import FieldForm
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import people
from wsparcie_desktop.services.people import PersonData


class PersonDialog(QDialog):
    def __init__(self, ctx: AppContext, jst_id: int, team: str, person: PersonData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx, self.jst_id, self.team = ctx, jst_id, team
        self.person = person or PersonData()
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.setMinimumWidth(600)
        self.form = FieldForm()
        self.full_name = self.form.add_field("full_name", self.tr("First name and surname:"), QLineEdit())
        self.role = self.form.add_field("role_code", self.tr("Role in the team:"), QComboBox())
        for option in people.roles(ctx.db, team):
            self.role.addItem(option.name, option.code)
        self.position = self.form.add_field("position", self.tr("Position:"), QLineEdit())
        self.institution = self.form.add_field("institution", self.tr("Institution:"), QLineEdit())
        self.email = self.form.add_field("email", self.tr("E-mail:"), QLineEdit())
        self.phone = self.form.add_field("phone", self.tr("Phone:"), QLineEdit())
        for name in ("full_name", "position", "institution", "email", "phone"):
            widget = getattr(self, name)
            widget.setObjectName(f"person_{name}")
            widget.setText(getattr(self.person, name))
        self.role.setObjectName("person_role")
        if self.person.role_code:
            self.role.setCurrentIndex(max(0, self.role.findData(self.person.role_code)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        data = PersonData(
            id=self.person.id, full_name=self.full_name.text(), role_code=self.role.currentData() or "",
            position=self.position.text(), institution=self.institution.text(), email=self.email.text(),
            phone=self.phone.text(),
        )  # fmt: skip
        try:
            self.saved_id = people.save_person(self.ctx.db, self.jst_id, data, team=self.team)
        except DomainError as exc:
            self.form.show_error(exc)
            return
        super().accept()
