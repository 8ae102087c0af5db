"""Page 1: who took part in the deep diagnosis — team members and stakeholders, each with their role."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from ui.context import FAILED
from ui.widgets.record_editor import RecordEditor
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.services import diagnosis, people
from wsparcie_desktop.services.diagnosis import ParticipantData


class ParticipantsEditor(RecordEditor):
    def __init__(self, page: ParticipantsPage):
        super().__init__([self.tr("First name and surname"), self.tr("Role in the diagnosis")])
        self.page = page
        self.table.setObjectName("participant_table")
        self.name = QLineEdit()
        self.name.setObjectName("participant_name")
        self.role = QLineEdit()
        self.role.setObjectName("participant_role")
        self.role.setPlaceholderText(self.tr("e.g. school director, councillor, parent, PPP"))
        self.form.add_field("full_name", self.tr("First name and surname:"), self.name)
        self.form.add_field("role", self.tr("Role in the diagnosis:"), self.role)
        self.watch(self.name.textChanged, self.role.textChanged)
        self.role.returnPressed.connect(self.commit)
        self.person_id: int | None = None

    def fetch(self):
        return diagnosis.list_participants(self.page.db, self.page.process_id)

    def row_values(self, number, record):
        return [record.full_name, record.role]

    def fill(self, record):
        self.name.setText(record.full_name if record else "")
        self.role.setText(record.role if record else "")
        self.person_id = record.person_id if record else None

    def is_blank(self):
        return not (self.name.text().strip() or self.role.text().strip())

    def store(self, record):
        data = ParticipantData(self.name.text(), self.role.text(), self.person_id, record.id if record else None,
                               record.version if record else None)  # fmt: skip
        return diagnosis.save_participant(self.page.db, self.page.process_id, data)

    def remove(self, record):
        return diagnosis.delete_participant(self.page.db, record.id)

    def describe(self, record):
        return record.full_name

    def box_title(self, record):
        return (
            self.tr("New participant") if record is None else self.tr("Participant: %1").replace("%1", record.full_name)
        )


class ParticipantsPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("Participants"),
                         self.tr("Who takes part in the deep diagnosis: the education team and the stakeholders, "
                                 "each with their role. Pick people from the local government's teams or type "
                                 "other names."))  # fmt: skip
        self.team = QComboBox()
        self.team.setObjectName("participant_team")
        self.add_team = QPushButton(self.tr("Add from the &team"))
        self.add_team.setObjectName("participant_add_team")
        self.add_team.setAutoDefault(False)
        self.add_team.clicked.connect(self.add_from_team)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From the teams:")))
        row.addWidget(self.team, 1)
        row.addWidget(self.add_team)
        self.editor = ParticipantsEditor(self)
        self.body.addLayout(row)
        self.body.addWidget(self.editor, 1)
        self._people: dict[int, people.PersonData] = {}
        self.editor.records_changed.connect(self.fill_team)

    def load(self) -> None:
        self.editor.reload()

    def fill_team(self) -> None:
        taken = {r.person_id for r in self.editor.records if r.person_id}
        self._people = {p.id: p for p in people.list_people(self.db, self.jst_id)}
        self.team.clear()
        for person in self._people.values():
            if person.id not in taken:
                self.team.addItem(f"{person.full_name} — {person.position or person.role_name}", person.id)
        self.add_team.setEnabled(self.team.count() > 0)
        if self.team.count() == 0:
            self.team.addItem(self.tr("(everyone from the teams is already on the list)"))

    def add_from_team(self) -> None:
        person = self._people.get(self.team.currentData())
        if person is None or not self.editor.commit():
            return
        role = ", ".join(part for part in (person.role_name, person.position) if part)
        change = self.ctx.run(self, diagnosis.save_participant, self.process_id,
                              ParticipantData(person.full_name, role, person.id), form=self)  # fmt: skip
        if change is FAILED:
            return
        self.show_error(None)
        # The form stays on a new participant, so the next name can be typed straight away.
        self.editor.reload()
        self.editor.scroll_to(change.id)

    def leave(self) -> bool:
        return self.editor.commit()

    def check(self, db) -> None:
        diagnosis.check_participants(db, self.process_id)
