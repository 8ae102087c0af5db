"""The three tabs of a meeting: the agenda per day, the participants with attendance ticks, and the minutes.

Every edit is stored as it is made, through the runner: a cell of the agenda when the user leaves it, a tick
of attendance when Space (or a click) sets it. The tables keep their place and focus, so a room's worth of
attendance is ticked with the arrow keys and Space alone. A refused edit is explained in the tab's red line and
the stored value is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.dialogs.meeting_dialogs import DecisionDialog, MeetingTaskDialog, ParticipantDialog, PeoplePickerDialog
from ui.widgets.forms import ErrorLine
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import meetings
from wsparcie_desktop.services.meetings import AgendaItemData, MeetingData

ID_ROLE = Qt.ItemDataRole.UserRole


def rows_follow_columns(table: QTableWidget, fit=None) -> None:
    """Measure the rows again whenever a column changes width (a wider window, the large type of workshop mode),
    once the columns have settled, so wrapped text is never cut; ``fit`` measures them (by default Qt's
    ``resizeRowsToContents``)."""
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(fit or table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_a: timer.start())


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    rows_follow_columns(table)
    return table


def _item(text: str, editable: bool = False, item_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    item.setData(ID_ROLE, item_id)
    return item


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class MeetingPanel(QWidget):
    """What the three tabs share: the meeting shown and the section's context (store, runner, JST)."""

    def __init__(self, section, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.ctx = section.ctx
        self.meeting: MeetingData | None = None
        self.error = ErrorLine()
        self._stale = False  # a meeting was chosen while this tab was not in view: read when it is shown

    def show_meeting(self, meeting: MeetingData | None) -> None:
        """Show this meeting: read now when the tab is in view, else when it is next shown (choosing a meeting
        reads only the tab the user looks at)."""
        self.meeting = meeting
        self.error.clear_errors()
        self._stale = not self.isVisible()
        if not self._stale:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        raise NotImplementedError


# ---------------------------------------------------------------- the agenda

DAY, FROM, TO, TOPIC, LEADER = range(5)


class AgendaPanel(MeetingPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, parent)
        self.error.setObjectName("agenda_error")
        self.items: list[AgendaItemData] = []
        self.table = _table("agenda_table", [self.tr("Day"), self.tr("From"), self.tr("To"), self.tr("Topic"),
                                             self.tr("Led by")])  # fmt: skip
        header = self.table.horizontalHeader()
        for column in (DAY, FROM, TO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEADER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LEADER, 180)
        self.table.itemChanged.connect(self._edited)
        self.add_button = _button(self.tr("Add a point"), "agenda_add", self.add_item)
        self.delete_button = _button(self.tr("Delete the point…"), "agenda_delete", self.delete_item)
        hint = QLabel(self.tr("Type in the cells: day (1–3), times as 09:30, the topic and who leads it. Each cell is "
                              "stored when you leave it."))  # fmt: skip
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.items = meetings.list_agenda(self.ctx.db, self.meeting.id) if self.meeting else []
        current = (self.table.currentRow(), self.table.currentColumn())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            day = self.meeting.days[item.day - 1] if item.day <= len(self.meeting.days) else None
            values = [str(item.day), item.starts_at, item.ends_at, item.topic, item.leader]
            for column, value in enumerate(values):
                cell = _item(value, True, item.id)
                if column == DAY and day is not None:
                    cell.setToolTip(format_date_short(day))
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if 0 <= current[0] < self.table.rowCount():
            self.table.setCurrentCell(current[0], max(0, current[1]))
        self.delete_button.setEnabled(bool(self.items))
        self.add_button.setEnabled(self.meeting is not None)

    def _edited(self, cell: QTableWidgetItem) -> None:
        item = next((i for i in self.items if i.id == cell.data(ID_ROLE)), None)
        if item is None:
            return
        row = cell.row()
        text = [self.table.item(row, c).text() if self.table.item(row, c) else "" for c in range(5)]
        try:
            day = int(text[DAY].strip() or "0")
        except ValueError:
            day = 0
        data = AgendaItemData(text[TOPIC], day, text[FROM], text[TO], text[LEADER], item.discussion, item.id,
                              item.position, item.version)  # fmt: skip
        result = self.ctx.run(self, meetings.save_agenda_item, self.meeting.id, data, form=self.error)
        if result is not FAILED:
            self.error.clear_errors()
        self.reload()  # the stored values (a time as 09:30, the order by day and time) or, refused, the old ones

    def add_item(self) -> None:
        if self.meeting is None:
            return
        day = 1
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            day = self.items[row].day
        data = AgendaItemData(self.tr("New point"), day)
        change = self.ctx.run(self, meetings.save_agenda_item, self.meeting.id, data, form=self.error)
        if change is FAILED:
            return
        self.reload()
        new = next((r for r, i in enumerate(self.items) if i.id not in {None} and i.topic == data.topic), None)
        if new is not None:
            self.table.setCurrentCell(new, TOPIC)
            self.table.editItem(self.table.item(new, TOPIC))

    def delete_item(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        if not confirm_delete(self, self.tr("Delete the point"),
                              self.tr("Delete the point “%1”?").replace("%1", item.topic)):  # fmt: skip
            return
        self.ctx.run(self, meetings.delete_agenda_item, item.id, form=self.error)
        self.reload()


# ---------------------------------------------------------------- participants and attendance

NAME, INSTITUTION = range(2)


class AttendancePanel(MeetingPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, parent)
        self.error.setObjectName("attendance_error")
        self.rows: list[meetings.ParticipantData] = []
        self.table = _table("attendance_table", [self.tr("First name and surname"), self.tr("Institution")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._ticked)
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        self.summary.setWordWrap(True)
        self.pick_button = _button(self.tr("Add from the &teams…"), "attendance_pick", self.pick_people)
        self.guest_button = _button(self.tr("Add a &guest…"), "attendance_guest", self.add_guest)
        self.remove_button = _button(self.tr("Remove…"), "attendance_remove", self.remove)
        self.output = DocumentOutput(self.ctx.db, "lista-obecnosci", lambda: self.section.jst_id, self,
                                     options=lambda: {"meeting_id": self.meeting.id} if self.meeting else {})  # fmt: skip
        self.output_bar = DocumentOutputBar(self.output, self)
        hint = QLabel(self.tr("Tick who came on each day: arrows move between the cells, Space ticks. The printed "
                              "attendance list (a page per day, to sign) is below."))  # fmt: skip
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.pick_button, self.guest_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        printing = QHBoxLayout()
        printing.addWidget(QLabel(self.tr("Attendance list:")))
        printing.addWidget(self.output_bar, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addLayout(printing)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        days = self.meeting.days if self.meeting else []
        self.rows = meetings.list_participants(self.ctx.db, self.meeting.id) if self.meeting else []
        current = (self.table.currentRow(), self.table.currentColumn())
        self.table.blockSignals(True)
        self.table.setColumnCount(2 + len(days))
        self.table.setHorizontalHeaderLabels([self.tr("First name and surname"), self.tr("Institution")] + [
            self.tr("Day %1 (%2)").replace("%1", str(n)).replace("%2", format_date_short(day))
            for n, day in enumerate(days, start=1)])  # fmt: skip
        self.table.setRowCount(len(self.rows))
        for row, participant in enumerate(self.rows):
            self.table.setItem(row, NAME, _item(participant.full_name, item_id=participant.id))
            self.table.setItem(row, INSTITUTION, _item(participant.institution or "—", item_id=participant.id))
            for n, day in enumerate(days):
                came = day in participant.days_present
                tick = _item(self._tick_text(came), item_id=participant.id)
                tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                tick.setCheckState(Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)
                tick.setData(Qt.ItemDataRole.UserRole + 1, day)
                self.table.setItem(row, 2 + n, tick)
        self.table.blockSignals(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(INSTITUTION, QHeaderView.ResizeMode.Stretch)
        for n in range(len(days)):
            header.setSectionResizeMode(2 + n, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        if 0 <= current[0] < self.table.rowCount() and current[1] < self.table.columnCount():
            self.table.setCurrentCell(current[0], max(0, current[1]))
        elif self.rows and days:
            self.table.setCurrentCell(0, 2)
        self._summarise()
        self.remove_button.setEnabled(bool(self.rows))
        for button in (self.pick_button, self.guest_button):
            button.setEnabled(self.meeting is not None)

    def _tick_text(self, present: bool) -> str:
        return self.tr("present") if present else self.tr("absent")

    def _summarise(self) -> None:
        if self.meeting is None:
            self.summary.clear()
            return
        parts = []
        for n, day in enumerate(self.meeting.days, start=1):
            present = sum(day in p.days_present for p in self.rows)
            parts.append(self.tr("day %1: %2 of %3 present").replace("%1", str(n)).replace("%2", str(present))
                         .replace("%3", str(len(self.rows))))  # fmt: skip
        self.summary.setText(self.tr("Participants: %1").replace("%1", str(len(self.rows))) + " · " + " · ".join(parts))

    def _ticked(self, cell: QTableWidgetItem) -> None:
        day = cell.data(Qt.ItemDataRole.UserRole + 1)
        if day is None:
            return
        present = cell.checkState() == Qt.CheckState.Checked
        result = self.ctx.run(self, meetings.set_attendance, cell.data(ID_ROLE), day, present, form=self.error)
        if result is FAILED:
            self.reload()
            return
        self.error.clear_errors()
        self.table.blockSignals(True)
        cell.setText(self._tick_text(present))  # the word follows the tick, so an absence reads as one
        self.table.blockSignals(False)
        participant = next(p for p in self.rows if p.id == cell.data(ID_ROLE))
        (participant.days_present.add if present else participant.days_present.discard)(day)
        self._summarise()

    def pick_people(self) -> PeoplePickerDialog | None:
        if self.meeting is None:
            return None
        listed = {p.person_id for p in self.rows if p.person_id is not None}
        dialog = PeoplePickerDialog(self.ctx, self.section.jst_id, self.meeting.id, listed, self)
        dialog.accepted.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_guest(self) -> ParticipantDialog | None:
        if self.meeting is None:
            return None
        dialog = ParticipantDialog(self.ctx, self.meeting.id, None, self)
        dialog.accepted.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        participant = self.rows[row]
        if not confirm_delete(self, self.tr("Remove participant"), self.tr("Remove %1 from the meeting (with the "
                              "attendance ticked)?").replace("%1", participant.full_name)):  # fmt: skip
            return
        self.ctx.run(self, meetings.delete_participant, participant.id, form=self.error)
        self.reload()


# ---------------------------------------------------------------- the minutes

M_DAY, M_TOPIC, M_DISCUSSION = range(3)
T_WHAT, T_WHO, T_DUE, T_STATUS, T_MOVED = range(5)


class MinutesPanel(MeetingPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, parent)
        self.error.setObjectName("minutes_error")
        self.items: list[AgendaItemData] = []
        self.tasks: list[meetings.MeetingTaskData] = []
        self.decisions_data: list[meetings.DecisionData] = []
        self.discussion = _table("minutes_discussion", [self.tr("Day, time"), self.tr("Point of the agenda"),
                                                        self.tr("What was discussed (type here)")])  # fmt: skip
        header = self.discussion.horizontalHeader()
        header.setSectionResizeMode(M_DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M_TOPIC, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(M_TOPIC, 260)
        header.setSectionResizeMode(M_DISCUSSION, QHeaderView.ResizeMode.Stretch)
        self.discussion.itemChanged.connect(self._discussed)
        self.decisions = QListWidget()
        self.decisions.setObjectName("minutes_decisions")
        self.decisions.setWordWrap(True)
        self.decisions.itemDoubleClicked.connect(lambda *_: self.edit_decision())
        self.tasks_table = _table("minutes_tasks", [self.tr("Task"), self.tr("Who"), self.tr("By"), self.tr("Status"),
                                                    self.tr("Carried over to")])  # fmt: skip
        self.tasks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_table.doubleClicked.connect(lambda *_: self.edit_task())
        header = self.tasks_table.horizontalHeader()
        header.setSectionResizeMode(T_WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (T_WHO, T_DUE, T_STATUS, T_MOVED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.output = DocumentOutput(self.ctx.db, "protokol-spotkania", lambda: self.section.jst_id, self,
                                     options=lambda: {"meeting_id": self.meeting.id} if self.meeting else {})  # fmt: skip
        self.output_bar = DocumentOutputBar(self.output, self)

        decision_buttons = QHBoxLayout()
        for text, name, slot in ((self.tr("Add a decision…"), "decision_add", self.add_decision),
                                 (self.tr("Edit…"), "decision_edit", self.edit_decision),
                                 (self.tr("Delete…"), "decision_delete", self.delete_decision)):  # fmt: skip
            decision_buttons.addWidget(_button(text, name, slot))
        decision_buttons.addStretch()
        task_buttons, convert_buttons = QHBoxLayout(), QHBoxLayout()
        self.task_buttons = {}
        for row, text, name, slot in ((task_buttons, self.tr("Add a task…"), "mtask_add", self.add_task),
                                      (task_buttons, self.tr("Edit…"), "mtask_edit", self.edit_task),
                                      (task_buttons, self.tr("Delete…"), "mtask_delete", self.delete_task),
                                      (convert_buttons, self.tr("a data collection task"), "mtask_to_data",
                                       self.to_data_task),
                                      (convert_buttons, self.tr("an HDR activity"), "mtask_to_hdr",
                                       self.to_activity)):  # fmt: skip
            self.task_buttons[name] = _button(text, name, slot)
            row.addWidget(self.task_buttons[name])
        task_buttons.addStretch()
        convert_buttons.insertWidget(0, QLabel(self.tr("Turn the chosen task into:")))
        convert_buttons.addStretch()
        printing = QHBoxLayout()
        printing.addWidget(QLabel(self.tr("Minutes:")))
        printing.addWidget(self.output_bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(printing)
        layout.addWidget(self.error)
        layout.addWidget(QLabel("<b>" + self.tr("Discussion per point of the agenda") + "</b>"))
        layout.addWidget(self.discussion, 2)
        layout.addWidget(QLabel("<b>" + self.tr("Decisions") + "</b>"))
        layout.addLayout(decision_buttons)
        layout.addWidget(self.decisions, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Tasks agreed (shown on the dashboard until done)") + "</b>"))
        layout.addLayout(task_buttons)
        layout.addLayout(convert_buttons)
        layout.addWidget(self.tasks_table, 1)

    def reload(self) -> None:
        db = self.ctx.db
        mid = self.meeting.id if self.meeting else None
        self.items = meetings.list_agenda(db, mid) if mid else []
        self.decisions_data = meetings.list_decisions(db, mid) if mid else []
        self.tasks = meetings.list_meeting_tasks(db, mid) if mid else []
        current = (self.discussion.currentRow(), self.discussion.currentColumn())
        self.discussion.blockSignals(True)
        self.discussion.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            times = "–".join(t for t in (item.starts_at, item.ends_at) if t)
            when = self.tr("day %1").replace("%1", str(item.day)) + (f", {times}" if times else "")
            self.discussion.setItem(row, M_DAY, _item(when, item_id=item.id))
            self.discussion.setItem(row, M_TOPIC, _item(item.topic, item_id=item.id))
            self.discussion.setItem(row, M_DISCUSSION, _item(item.discussion, True, item.id))
        self.discussion.blockSignals(False)
        self.discussion.resizeRowsToContents()
        if 0 <= current[0] < self.discussion.rowCount():
            self.discussion.setCurrentCell(current[0], M_DISCUSSION)
        self.decisions.clear()
        for n, decision in enumerate(self.decisions_data, start=1):
            entry = QListWidgetItem(f"{n}. {decision.text}")
            entry.setData(ID_ROLE, decision.id)
            self.decisions.addItem(entry)
        self.tasks_table.setRowCount(len(self.tasks))
        for row, task in enumerate(self.tasks):
            due = format_date_short(task.due_on) if task.due_on else self.tr("no date")
            values = [task.what, task.who or "—", due, task.status_label, task.converted_to or "—"]
            for column, value in enumerate(values):
                self.tasks_table.setItem(row, column, _item(value, item_id=task.id))
        self.tasks_table.resizeRowsToContents()

    def _discussed(self, cell: QTableWidgetItem) -> None:
        item = next((i for i in self.items if i.id == cell.data(ID_ROLE)), None)
        if item is None:
            return
        item.discussion = cell.text()
        self.ctx.run(self, meetings.save_agenda_item, self.meeting.id, item, form=self.error)
        self.reload()

    def _open(self, dialog) -> object:
        dialog.accepted.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _decision(self):
        row = self.decisions.currentRow()
        return self.decisions_data[row] if 0 <= row < len(self.decisions_data) else None

    def add_decision(self):
        return self._open(DecisionDialog(self.ctx, self.meeting.id, None, self)) if self.meeting else None

    def edit_decision(self):
        decision = self._decision()
        return self._open(DecisionDialog(self.ctx, self.meeting.id, decision, self)) if decision else None

    def delete_decision(self) -> None:
        decision = self._decision()
        if decision and confirm_delete(self, self.tr("Delete decision"), self.tr("Delete the decision “%1”?")
                                       .replace("%1", decision.text)):  # fmt: skip
            self.ctx.run(self, meetings.delete_decision, decision.id, form=self.error)
            self.reload()

    def _task(self):
        row = self.tasks_table.currentRow()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def add_task(self):
        if self.meeting is None:
            return None
        return self._open(MeetingTaskDialog(self.ctx, self.section.jst_id, self.meeting.id, None, self))

    def edit_task(self):
        task = self._task()
        if task is None:
            return None
        return self._open(MeetingTaskDialog(self.ctx, self.section.jst_id, self.meeting.id, task, self))

    def delete_task(self) -> None:
        task = self._task()
        if task and confirm_delete(self, self.tr("Delete task"), self.tr("Delete the task “%1”?")
                                   .replace("%1", task.what)):  # fmt: skip
            self.ctx.run(self, meetings.delete_meeting_task, task.id, form=self.error)
            self.reload()

    def to_data_task(self) -> object:
        task = self._task()
        if task is None:
            return FAILED
        result = self.ctx.run(self, meetings.make_data_task, task.id, task.version, form=self.error)
        if result is not FAILED:
            self.error.clear_errors()
        self.reload()
        return result

    def to_activity(self) -> object:
        task = self._task()
        if task is None:
            return FAILED
        result = self.ctx.run(self, meetings.make_hdr_activity, task.id, task.version, form=self.error)
        if result is not FAILED:
            self.error.clear_errors()
        self.reload()
        return result
