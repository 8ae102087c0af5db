"""Add or edit a person of a team; errors appear under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.stale_edit import show_stale, unsaved_values
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import people
from wsparcie_desktop.services.people import PersonData

TEXT_FIELDS = ("full_name", "position", "institution", "email", "phone")


class PersonDialog(FormDialog):
    def __init__(self, ctx: AppContext, jst_id: int, team: str, person: PersonData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=600)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.jst_id, self.team = jst_id, team
        self.person = person or PersonData()
        self.labels = {
            "full_name": self.tr("First name and surname:"), "role_code": self.tr("Role in the team:"),
            "position": self.tr("Position:"), "institution": self.tr("Institution:"), "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
        }  # fmt: skip
        self.full_name = self.form.add_field("full_name", self.labels["full_name"], QLineEdit())
        self.role = self.form.add_field("role_code", self.labels["role_code"], QComboBox())
        for option in people.roles(ctx.db, team):
            self.role.addItem(option.name, option.code)
        self.position = self.form.add_field("position", self.labels["position"], QLineEdit())
        self.institution = self.form.add_field("institution", self.labels["institution"], QLineEdit())
        self.email = self.form.add_field("email", self.labels["email"], QLineEdit())
        self.phone = self.form.add_field("phone", self.labels["phone"], QLineEdit())
        for name in TEXT_FIELDS:
            getattr(self, name).setObjectName(f"person_{name}")
        self.role.setObjectName("person_role")
        self.fill(self.person)
        self.finish()

    def fill(self, person: PersonData) -> None:
        self.person = person
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(person, name))
        if person.role_code:
            self.role.setCurrentIndex(max(0, self.role.findData(person.role_code)))

    def data(self) -> PersonData:
        return PersonData(
            id=self.person.id, full_name=self.full_name.text(), role_code=self.role.currentData() or "",
            position=self.position.text(), institution=self.institution.text(), email=self.email.text(),
            phone=self.phone.text(), version=self.person.version,
        )  # fmt: skip

    @property
    def saved_id(self) -> int | None:
        """The stored person's id once OK saved it."""
        return self.saved.id if self.saved else None

    def save(self, db) -> Change:
        return people.save_person(db, self.jst_id, self.data(), team=self.team)

    def on_stale(self, error: StaleEditError) -> None:
        """The person was changed elsewhere since the dialog opened: show the stored data, keep the dialog open."""
        unsaved = unsaved_values(self.person, self.data(), self.labels, {
            "role_code": lambda code: self.role.itemText(max(0, self.role.findData(code))),
        })  # fmt: skip
        self.fill(people.get_person(self.ctx.db, self.person.id))
        self.mark_clean()
        self.form.clear_errors()
        self.form.show_error(DomainError(self.tr("Not saved — this person was changed elsewhere; the current data "
                                                 "is shown.")))  # fmt: skip
        show_stale(self, error, unsaved)
