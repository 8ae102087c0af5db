"""The small editing dialogs of the Meetings section: the meeting, a participant typed by hand, people picked from
the teams, a decision, an agreed task, and the agreement of the rules or the code of ethics."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ui.dialogs.base import FormDialog
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.services import charters, meetings, people
from wsparcie_desktop.services.data_tasks import STATUS_LABELS
from wsparcie_desktop.services.meetings import DecisionData, MeetingData, MeetingTaskData, ParticipantData


def _date_edit(name: str, value: dt.date | None) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class MeetingDialog(FormDialog):
    """Kind, title, first and last day (1–3 days), place, the advisors who lead it, notes for the minutes."""

    def __init__(self, ctx, jst_id: int, process_id: int, meeting: MeetingData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=640)
        self.setObjectName("meeting_dialog")
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.process_id = process_id
        self.meeting = meeting or MeetingData()
        self.kind = QComboBox()
        self.kind.setObjectName("meeting_kind")
        for code in meetings.KIND_LABELS:
            self.kind.addItem(meetings.kind_label(code), code)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("meeting_title")
        self.starts = _date_edit("meeting_starts", self.meeting.starts_on)
        self.ends = _date_edit("meeting_ends", self.meeting.ends_on)
        self.place = QLineEdit()
        self.place.setObjectName("meeting_place")
        self.leaders = QListWidget()
        self.leaders.setObjectName("meeting_leaders")
        for person in people.list_people(ctx.db, jst_id, "advisory"):
            # the name, with the role in the tooltip: "name — role" made the list scroll sideways
            item = QListWidgetItem(person.full_name)
            item.setToolTip(person.role_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Checked if person.id in self.meeting.leader_ids or
                               (meeting is None) else Qt.CheckState.Unchecked)  # fmt: skip
            self.leaders.addItem(item)
        self.leaders.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes = text_box("meeting_notes", 3)
        self.form.add_field("kind", self.tr("Kind:"), self.kind)
        self.form.add_field("title", self.tr("Title:"), self.title_edit)
        self.form.add_field("starts_on", self.tr("First day:"), self.starts)
        self.form.add_field("ends_on", self.tr("Last day (at most 3 days):"), self.ends)
        self.form.add_field("place", self.tr("Place:"), self.place)
        self.form.add_field("leaders", self.tr("Led by (advisors):"), self.leaders)
        self.form.add_field("notes", self.tr("General notes for the minutes:"), self.notes)
        if meeting is None:
            self.kind.currentIndexChanged.connect(self._kind_chosen)
            self._kind_chosen()
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
            self.title_edit.setText(meeting.title)
            self.place.setText(meeting.place)
            self.notes.setPlainText(meeting.notes)
            for line in (self.title_edit, self.place):
                line.setCursorPosition(0)  # a long place shows its beginning, not its last words
        self.finish()

    def _kind_chosen(self, *_args) -> None:
        """A new meeting takes the template's title and length; the agenda follows from the template on saving."""
        kind = self.kind.currentData()
        self.title_edit.setText(meetings.template_title(kind))
        start = from_qdate(self.starts.date())
        self.ends.setDate(to_qdate(start + dt.timedelta(days=meetings.template_days(kind) - 1)))

    def data(self) -> MeetingData:
        leaders = [self.leaders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.leaders.count())
                   if self.leaders.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        return MeetingData(self.kind.currentData(), self.title_edit.text(), from_qdate(self.starts.date()),
                           from_qdate(self.ends.date()), self.place.text(), leaders, self.notes.toPlainText(),
                           self.meeting.id, self.process_id, self.meeting.uid, self.meeting.version)  # fmt: skip

    def save(self, db) -> Change:
        return meetings.save_meeting(db, self.process_id, self.data())


class ParticipantDialog(FormDialog):
    """A participant typed by hand, with their institution (a guest from outside the teams)."""

    def __init__(self, ctx, meeting_id: int, participant: ParticipantData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=520)
        self.setObjectName("participant_dialog")
        self.setWindowTitle(self.tr("Participant"))
        self.meeting_id = meeting_id
        self.participant = participant or ParticipantData()
        self.full_name = self.form.add_field("full_name", self.tr("First name and surname:"), QLineEdit())
        self.full_name.setObjectName("participant_name")
        self.institution = self.form.add_field("institution", self.tr("Institution:"), QLineEdit())
        self.institution.setObjectName("participant_institution")
        self.full_name.setText(self.participant.full_name)
        self.institution.setText(self.participant.institution)
        self.finish()

    def save(self, db) -> Change:
        p = self.participant
        return meetings.save_participant(db, self.meeting_id, ParticipantData(
            self.full_name.text(), self.institution.text(), p.person_id, p.id, version=p.version))  # fmt: skip


class PeoplePickerDialog(FormDialog):
    """Tick people of the education team, the advisory team and the stakeholders to add them at once."""

    def __init__(self, ctx, jst_id: int, meeting_id: int, listed: set[int], parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=560)
        self.setObjectName("people_picker")
        self.setWindowTitle(self.tr("Add participants from the teams"))
        self.meeting_id = meeting_id
        self.people = QListWidget()
        self.people.setObjectName("picker_people")
        teams = {"education": self.tr("education team"), "advisory": self.tr("advisory team"),
                 "stakeholder": self.tr("stakeholders")}  # fmt: skip
        for person in people.list_people(ctx.db, jst_id):
            if person.id in listed:
                continue
            item = QListWidgetItem(f"{person.full_name} — {person.role_name} ({teams.get(person.team, '')})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.form.add_field("people", self.tr("People (Space ticks):"), self.people)
        self.finish()
        self.mark_clean()

    def chosen(self) -> list[int]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def save(self, db) -> Change:
        return meetings.add_people(db, self.meeting_id, self.chosen())


class DecisionDialog(FormDialog):
    def __init__(self, ctx, meeting_id: int, decision: DecisionData | None = None, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=560)
        self.setObjectName("decision_dialog")
        self.setWindowTitle(self.tr("Decision"))
        self.meeting_id = meeting_id
        self.decision = decision or DecisionData()
        self.text = self.form.add_field("text", self.tr("Decision:"), text_box("decision_text", 4))
        self.text.setPlainText(self.decision.text)
        self.finish()

    def save(self, db) -> Change:
        d = self.decision
        return meetings.save_decision(db, self.meeting_id, DecisionData(self.text.toPlainText(), d.id, d.position,
                                                                         d.version))  # fmt: skip


class MeetingTaskDialog(FormDialog):
    """A task agreed at the meeting: what, who, by when, status."""

    def __init__(self, ctx, jst_id: int, meeting_id: int, task: MeetingTaskData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=600)
        self.setObjectName("meeting_task_dialog")
        self.setWindowTitle(self.tr("Agreed task"))
        self.meeting_id = meeting_id
        self.task = task or MeetingTaskData()
        self.what = self.form.add_field("what", self.tr("Task:"), text_box("mtask_what", 2))
        self.who = QComboBox()
        self.who.setObjectName("mtask_who")
        self.who.setEditable(True)
        self.who.addItem("")
        for person in people.list_people(ctx.db, jst_id):
            self.who.addItem(person.full_name)
        self.form.add_field("who", self.tr("Who:"), self.who)
        self.has_due = QCheckBox(self.tr("by"))
        self.has_due.setObjectName("mtask_has_due")
        self.due = _date_edit("mtask_due", self.task.due_on)
        self.has_due.toggled.connect(self.due.setEnabled)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.has_due)
        layout.addWidget(self.due)
        layout.addStretch()
        self.form.add_field("due_on", self.tr("Due date:"), row)
        self.status = QComboBox()
        self.status.setObjectName("mtask_status")
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.form.add_field("status", self.tr("Status:"), self.status)
        self.what.setPlainText(self.task.what)
        self.who.setCurrentText(self.task.who)
        self.has_due.setChecked(self.task.due_on is not None or task is None)
        self.due.setEnabled(self.has_due.isChecked())
        self.status.setCurrentIndex(max(0, self.status.findData(self.task.status)))
        self.finish()

    def data(self) -> MeetingTaskData:
        t = self.task
        due = from_qdate(self.due.date()) if self.has_due.isChecked() else None
        return MeetingTaskData(self.what.toPlainText(), self.who.currentText(), due, self.status.currentData(), t.id,
                               self.meeting_id, version=t.version)  # fmt: skip

    def save(self, db) -> Change:
        return meetings.save_meeting_task(db, self.meeting_id, self.data())


class AgreeDialog(FormDialog):
    """Record the rules (or the code) as agreed on a date at one of the process's meetings."""

    def __init__(self, ctx, process_id: int, charter: charters.CharterData, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=560)
        self.setObjectName("agree_dialog")
        self.setWindowTitle(self.tr("Record as agreed"))
        self.process_id, self.charter = process_id, charter
        self.meeting = QComboBox()
        self.meeting.setObjectName("agree_meeting")
        self.meeting.addItem(self.tr("(not at a meeting)"), None)
        rows = meetings.list_meetings(ctx.db, process_id)
        for summary in rows:
            self.meeting.addItem(f"{summary.meeting.title} ({summary.meeting.dates_text})", summary.meeting.id)
        held = [s for s in rows if s.held]
        self.on = _date_edit("agree_on", held[-1].meeting.ends_on if held else dt.date.today())
        if held:
            self.meeting.setCurrentIndex(self.meeting.findData(held[-1].meeting.id))
        self.form.add_field("meeting", self.tr("At the meeting:"), self.meeting)
        self.form.add_field("agreed_on", self.tr("Agreed on:"), self.on)
        self.finish()
        self.mark_clean()

    def save(self, db) -> Change:
        return charters.agree_charter(db, self.process_id, self.charter.kind, from_qdate(self.on.date()),
                                      self.meeting.currentData(), self.charter.version)  # fmt: skip
