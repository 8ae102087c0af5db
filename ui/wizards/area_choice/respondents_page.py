"""Who fills in a sheet: typed by name or picked from the local government's team; each change is stored at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.context import FAILED
from ui.dialogs.base import confirm_delete
from ui.widgets.forms import ErrorLine, FieldForm
from ui.widgets.stale_edit import show_stale
from ui.wizards.area_choice import rating_page
from wsparcie_desktop.errors import StaleEditError
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services import people


class EnterLineEdit(QLineEdit):
    """Enter adds the name typed here instead of pressing the wizard's Next button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt's name
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class RespondentsPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Respondents"))
        self.setSubTitle(self.tr("Each member of the team fills in their own sheet. Pick them from the team or "
                                 "type their names."))  # fmt: skip
        self.list = QListWidget()
        self.list.setObjectName("respondent_list")
        self.form = FieldForm()
        self.team = QComboBox()
        self.team.setObjectName("respondent_team")
        self.add_team_button = QPushButton(self.tr("Add from the &team"))
        self.add_team_button.setObjectName("respondent_add_team")
        self.add_team_button.clicked.connect(self.add_from_team)
        team_row = QWidget()
        row = QHBoxLayout(team_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.team, 1)
        row.addWidget(self.add_team_button)
        self.form.add_field("person", self.tr("From the team:"), team_row)
        self.name = EnterLineEdit()
        self.name.setObjectName("respondent_name")
        self.name.setPlaceholderText(self.tr("first name and surname"))
        self.name.returnPressed.connect(self.add_by_name)
        self.add_name_button = QPushButton(self.tr("&Add"))
        self.add_name_button.setObjectName("respondent_add_name")
        self.add_name_button.setAutoDefault(False)
        self.add_name_button.clicked.connect(self.add_by_name)
        name_row = QWidget()
        row = QHBoxLayout(name_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_name_button)
        self.form.add_field("full_name", self.tr("Another person:"), name_row)
        self.rename_button = QPushButton(self.tr("&Correct the name…"))
        self.rename_button.clicked.connect(self.rename)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("respondent_remove")
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_team_button, self.rename_button, self.remove_button):
            button.setAutoDefault(False)
        self.error = ErrorLine("respondents_error")

        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Respondents:")))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    @property
    def ctx(self):
        return self.wizard().ctx

    @property
    def db(self):
        return self.wizard().ctx.db

    @property
    def process_id(self) -> int:
        return self.wizard().process_id

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        respondents = ac.list_respondents(self.db, self.process_id)
        progress = ac.sheet_progress(self.db, self.process_id)
        self.list.clear()
        for respondent in respondents:
            text = respondent.full_name + (f" — {respondent.job}" if respondent.job else "")
            areas = progress.get(respondent.id, {})
            done = sum(p.complete for p in areas.values())
            text += "   " + self.tr("(sheet: %1 of %2 areas complete)").replace("%1", str(done)).replace(
                "%2", str(len(areas)))  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, respondent.id)
            self.list.addItem(item)
            if respondent.id == select_id:
                self.list.setCurrentItem(item)
        taken = {r.person_id for r in respondents if r.person_id}
        names = {r.full_name.casefold() for r in respondents}  # typed in by hand before being picked
        self.team.clear()
        team = [p for p in people.list_people(self.db, self.wizard().jst_id) if p.team != "advisory"]
        for person in team:
            if person.id not in taken and person.full_name.casefold() not in names:
                label = person.full_name + (f" — {person.position or person.role_name}")
                self.team.addItem(label, person.id)
        self.team.setEnabled(self.team.count() > 0)
        self.add_team_button.setEnabled(self.team.count() > 0)
        if self.team.count() == 0 and not team:
            self.team.addItem(self.tr("(no one in the team yet — type the names below)"))
        elif self.team.count() == 0:
            self.team.addItem(self.tr("(everyone from the team is already on the list)"))
        has = bool(respondents)
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has:
            self.error.hide()

    def add_from_team(self) -> None:
        person_id = self.team.currentData()
        if person_id is None:
            return
        self._add(person_id=person_id)

    def add_by_name(self) -> None:
        self._add_typed()
        self.name.setFocus()

    def _add_typed(self) -> bool:
        if self._add(full_name=self.name.text()):
            self.name.clear()
            return True
        self.name.setFocus()
        return False

    def _add(self, **who) -> bool:
        """Add a respondent (``full_name`` typed, or ``person_id`` from the team); a refusal goes under its field."""
        change = self.ctx.run(self, ac.add_respondent, self.process_id, form=self.form, **who)
        if change is FAILED:
            return False
        self.form.clear_errors()
        self.reload(select_id=change.id)
        return True

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def rename(self) -> None:
        respondent_id = self.selected_id()
        if respondent_id is None:
            return
        read = next(r for r in ac.list_respondents(self.db, self.process_id) if r.id == respondent_id)
        name = read.full_name
        while True:  # a refused name is said in a box, then offered again as typed, to be corrected
            name, ok = QInputDialog.getText(self, self.tr("Correct the name"), self.tr("First name and surname:"),
                                            text=name)  # fmt: skip
            if not ok:
                return
            stale: list[StaleEditError] = []
            if self.ctx.run(self, ac.rename_respondent, respondent_id, name, version=read.version,
                            on_stale=stale.append) is not FAILED:  # fmt: skip
                break
            if stale:  # renamed (or removed) elsewhere since it was read: show the list as stored, say what was typed
                self.reload(select_id=respondent_id)
                show_stale(self, stale[0], [f"{self.tr('First name and surname:').rstrip(': ')}: {name.strip()}"])
                return
        self.reload(select_id=respondent_id)

    def remove(self) -> None:
        respondent_id = self.selected_id()
        if respondent_id is None:
            return
        name = next(r.full_name for r in ac.list_respondents(self.db, self.process_id) if r.id == respondent_id)
        answers = ac.respondent_answer_count(self.db, respondent_id)
        if answers:
            text = self.tr("Remove %1 together with their sheet (%2 answers)?").replace("%1", name).replace(
                "%2", str(answers))  # fmt: skip
            if not confirm_delete(self, self.tr("Remove respondent"), text):
                return
        decision = None
        state = ac.choice_status(self.db, self.process_id)
        if answers and state.chosen_area_id is not None and not state.outdated:
            decision = rating_page.ask_reopen(self)  # the same question as when an answer changes
            if decision == rating_page.CANCEL:
                return
        if self.ctx.run(self, ac.remove_respondent, respondent_id) is FAILED:
            return
        if decision == rating_page.REOPEN:
            self.ctx.run(self, ac.reopen_choice, self.process_id)
        self.reload()

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        if self.name.text().strip() and not self._add_typed():
            return False  # the name typed but not added yet is added now; if it cannot be, say why and stay
        if self.list.count() == 0:
            self.error.show_error(self.tr("Add at least one respondent — the sheet is filled in by people."))
            self.name.setFocus()
            return False
        return True

    def leave(self) -> None:
        """Every respondent is stored when added; a name typed but not added yet is added on closing."""
        if self.name.text().strip():
            self._add_typed()
