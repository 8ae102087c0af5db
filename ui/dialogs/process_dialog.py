"""Start an advisory process (or change one): its name, start date and the advisors assigned to it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate  # takes dates typed the Polish way (5.9.2026)
from ui.widgets.stale_edit import show_stale, shown_value, unsaved_values
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import people, processes
from wsparcie_desktop.services.processes import ProcessData


class ProcessDialog(FormDialog):
    def __init__(self, ctx: AppContext, jst_id: int, process: ProcessData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=820)  # the advisors’ role names are long
        self.setWindowTitle(self.tr("Change the advisory process") if process else self.tr("Start an advisory process"))
        self.jst_id = jst_id
        self.process = process or ProcessData(name=f"Proces doradczy {dt.date.today().year}",
                                              started_on=dt.date.today())  # fmt: skip
        self.name = self.form.add_field("name", self.tr("Name:"), QLineEdit(self.process.name))
        self.name.setObjectName("process_name")
        self.started_on = self.form.add_field("started_on", self.tr("Start date:"), DateEdit())
        self.started_on.setObjectName("process_started_on")
        self.started_on.setCalendarPopup(True)
        self.started_on.setDisplayFormat("dd.MM.yyyy")
        start = self.process.started_on or dt.date.today()
        self.started_on.setDate(to_qdate(start))
        self.advisors = self.form.add_field("advisors", self.tr("Advisors:"), QListWidget())
        self.advisors.setObjectName("process_advisors")
        self.advisors.setWordWrap(True)
        self.advisors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for person in people.list_people(ctx.db, jst_id, "advisory"):
            item = QListWidgetItem(f"{person.full_name} — {person.role_name}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in self.process.advisor_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.advisors.addItem(item)
        self.advisors.setMaximumHeight(max(80, 40 * min(self.advisors.count(), 5) + 10))
        self.no_advisors = QLabel(
            self.tr(
                "The advisory team is empty — add the advisors in the section "
                "“Advisory team”; you can assign them here later."
            )
        )
        self.no_advisors.setWordWrap(True)
        self.no_advisors.setVisible(self.advisors.count() == 0)
        hint = QLabel(self.tr("Space ticks the advisor under the cursor."))
        hint.setStyleSheet("color: #555;")
        hint.setVisible(self.advisors.count() > 0)
        self.body.addWidget(hint)
        self.body.addWidget(self.no_advisors)
        self.finish()
        self.name.selectAll()

    @property
    def saved_id(self) -> int | None:
        """The process stored by OK (a new one's id), or None before."""
        return self.saved.id if self.saved else None

    def advisor_ids(self) -> list[int]:
        return [
            self.advisors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.advisors.count())
            if self.advisors.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self, db) -> Change:
        data = ProcessData(name=self.name.text(), started_on=from_qdate(self.started_on.date()),
                           advisor_ids=self.advisor_ids(), id=self.process.id,
                           version=self.process.version)  # fmt: skip
        return processes.save_process(db, self.jst_id, data)

    def on_stale(self, error: StaleEditError) -> None:
        """The process was changed elsewhere since the dialog opened: show the stored one, keep the dialog open."""
        typed = ProcessData(name=self.name.text(), started_on=from_qdate(self.started_on.date()),
                            advisor_ids=self.advisor_ids())  # fmt: skip
        unsaved = unsaved_values(self.process, typed, {
            "name": self.tr("Name:"), "started_on": self.tr("Start date:"), "advisor_ids": self.tr("Advisors:"),
        }, {"advisor_ids": self._advisor_names})  # fmt: skip
        self.process = processes.get_process(self.ctx.db, self.process.id)
        self.name.setText(self.process.name)
        self.started_on.setDate(to_qdate(self.process.started_on or dt.date.today()))
        for i in range(self.advisors.count()):
            item = self.advisors.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in self.process.advisor_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.mark_clean()
        self.form.clear_errors()
        self.form.show_error(DomainError(self.tr("Not saved — this process was changed elsewhere; the current data "
                                                 "is shown.")))  # fmt: skip
        show_stale(self, error, unsaved)

    def _advisor_names(self, ids: list[int]) -> str:
        names = [self.advisors.item(i).text().split(" — ")[0] for i in range(self.advisors.count())
                 if self.advisors.item(i).data(Qt.ItemDataRole.UserRole) in ids]  # fmt: skip
        return ", ".join(names) or shown_value(None)
