"""The dialogs of co-operation networks: a network, a member, a meeting with its attendance."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.support_dialogs import StaleNotice, date_field
from ui.widgets.date_edit import from_qdate
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.services import networks, schools
from wsparcie_desktop.services.networks import MeetingData, MemberData, NetworkData


class NetworkDialog(StaleNotice, FormDialog):
    def __init__(self, ctx: AppContext, jst_id: int, network: NetworkData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, 680)
        self.setWindowTitle(self.tr("Edit network") if network else self.tr("Add network"))
        self.jst_id = jst_id
        self.network = network or NetworkData(school_year=networks.school_year_of(dt.date.today()))
        self.name = self.form.add_field("name", self.tr("&Name:"), QLineEdit(self.network.name))
        self.name.setObjectName("network_name")
        self.provider = self.form.add_field("provider_code", self.tr("&Provider:"), QComboBox())
        self.provider.setObjectName("network_provider")
        for code, name in networks.provider_options(ctx.db):
            self.provider.addItem(name, code)
        self.provider.setCurrentIndex(max(0, self.provider.findData(self.network.provider_code)))
        self.provider_name = self.form.add_field("provider_name", self.tr("Provider's n&ame:"),
                                                 QLineEdit(self.network.provider_name))  # fmt: skip
        self.provider_name.setObjectName("network_provider_name")
        self.coordinator = self.form.add_field("coordinator", self.tr("&Coordinator:"),
                                               QLineEdit(self.network.coordinator))  # fmt: skip
        self.coordinator.setObjectName("network_coordinator")
        self.school_year = self.form.add_field("school_year", self.tr("School &year:"),
                                               QLineEdit(self.network.school_year))  # fmt: skip
        self.school_year.setObjectName("network_school_year")
        self.school_year.setPlaceholderText("2026/2027")
        self.planned = self.form.add_field("planned_meetings", self.tr("&Planned meetings:"), QSpinBox())
        self.planned.setObjectName("network_planned")
        self.planned.setRange(0, 100)
        self.planned.setValue(self.network.planned_meetings)
        self.needs = self.form.add_field("needs_diagnosis", self.tr("Needs &diagnosis:"), text_box("network_needs", 3))
        self.needs.setPlainText(self.network.needs_diagnosis)
        self.goals = self.form.add_field("goals", self.tr("&Goals:"), text_box("network_goals", 3))
        self.goals.setPlainText(self.network.goals)
        self.conclusions = self.form.add_field("conclusions", self.tr("Conclusions of the &year:"),
                                               text_box("network_conclusions", 2))  # fmt: skip
        self.conclusions.setPlainText(self.network.conclusions)
        self.finish()

    def save(self, db) -> Change:
        return networks.save_network(db, self.jst_id, dataclasses.replace(
            self.network, name=self.name.text(), provider_code=self.provider.currentData() or "",
            provider_name=self.provider_name.text(), coordinator=self.coordinator.text(),
            school_year=self.school_year.text(), planned_meetings=self.planned.value(),
            needs_diagnosis=self.needs.toPlainText(), goals=self.goals.toPlainText(),
            conclusions=self.conclusions.toPlainText()))  # fmt: skip


class MemberDialog(StaleNotice, FormDialog):
    def __init__(self, ctx: AppContext, jst_id: int, network_id: int, member: MemberData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, 600)
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add member"))
        self.network_id = network_id
        self.member = member or MemberData(joined_on=dt.date.today())
        self.full_name = self.form.add_field("full_name", self.tr("First name and &surname:"),
                                             QLineEdit(self.member.full_name))  # fmt: skip
        self.full_name.setObjectName("member_name")
        self.school = self.form.add_field("school_id", self.tr("S&chool:"), QComboBox())
        self.school.setObjectName("member_school")
        self.school.addItem(self.tr("(from elsewhere — type the workplace below)"), None)
        for row in schools.list_schools(ctx.db, jst_id):
            self.school.addItem(row.name, row.id)
        self.school.setCurrentIndex(max(0, self.school.findData(self.member.school_id)))
        self.institution = self.form.add_field("institution", self.tr("&Workplace (from elsewhere):"),
                                               QLineEdit(self.member.institution))  # fmt: skip
        self.institution.setObjectName("member_institution")
        self.joined = self.form.add_field("joined_on", self.tr("&Joined:"), OptionalDateEdit("member_joined"))
        self.joined.set_value(self.member.joined_on)
        self.left = self.form.add_field("left_on", self.tr("&Left:"), OptionalDateEdit("member_left"))
        self.left.set_value(self.member.left_on)
        self.finish()

    def save(self, db) -> Change:
        return networks.save_member(db, self.network_id, dataclasses.replace(
            self.member, full_name=self.full_name.text(), school_id=self.school.currentData(),
            institution=self.institution.text(), joined_on=self.joined.value(), left_on=self.left.value()))  # fmt: skip


class MeetingDialog(StaleNotice, FormDialog):
    def __init__(self, ctx: AppContext, network_id: int, meeting: MeetingData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, 640)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("Add meeting"))
        self.network_id = network_id
        self.meeting = meeting or MeetingData(held_on=dt.date.today())
        self.held_on = self.form.add_field("held_on", self.tr("&Date:"), date_field("meeting_date",
                                                                                  self.meeting.held_on))  # fmt: skip
        self.topic = self.form.add_field("topic", self.tr("&Topic:"), QLineEdit(self.meeting.topic))
        self.topic.setObjectName("meeting_topic")
        self.expert = self.form.add_field("expert", self.tr("Invited &expert:"), QLineEdit(self.meeting.expert))
        self.expert.setObjectName("meeting_expert")
        self.kind = self.form.add_field("form", self.tr("&Form:"), QComboBox())
        self.kind.setObjectName("meeting_form")
        for code, label in networks.MEETING_FORM_LABELS.items():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.meeting.form)))
        self.held = self.form.add_field("held", self.tr("Held:"), QCheckBox(self.tr("the meeting took place")))
        self.held.setObjectName("meeting_held")
        self.held.setChecked(self.meeting.held)
        self.attendees = self.form.add_field("attendees", self.tr("&Attendance:"), QListWidget())
        self.attendees.setObjectName("meeting_attendees")
        for member in networks.list_members(ctx.db, network_id):
            item = QListWidgetItem(f"{member.full_name} — {member.workplace}" if member.workplace else member.full_name)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in self.meeting.attendee_ids
                               else Qt.CheckState.Unchecked)  # fmt: skip
            self.attendees.addItem(item)
        self.attendees.setEnabled(self.meeting.held)
        self.held.toggled.connect(self.attendees.setEnabled)
        self.notes = self.form.add_field("notes", self.tr("&Notes:"), text_box("meeting_notes", 2))
        self.notes.setPlainText(self.meeting.notes)
        self.finish()

    def checked_ids(self) -> list[int]:
        return [self.attendees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attendees.count())
                if self.attendees.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def save(self, db) -> Change:
        return networks.save_meeting(db, self.network_id, dataclasses.replace(
            self.meeting, held_on=from_qdate(self.held_on.date()), topic=self.topic.text(), expert=self.expert.text(),
            form=self.kind.currentData(), held=self.held.isChecked(), notes=self.notes.toPlainText(),
            attendee_ids=self.checked_ids()))  # fmt: skip
