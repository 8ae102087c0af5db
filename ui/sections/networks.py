"""Sieci współpracy: the JST's networks, and for the one selected its members and meetings with attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.dialogs.network_dialogs import MeetingDialog, MemberDialog, NetworkDialog
from ui.widgets.forms import ErrorLine
from ui.widgets.record_table import RecordTable
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import networks

DOCUMENT_ID = "plan-pracy-sieci"


def _button(name: str, text: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class NetworksSection(Section):
    key = "networks"
    watches = frozenset({Kind.NETWORK, Kind.SCHOOL})

    def title(self) -> str:
        return self.tr("Co-operation networks")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.summary: networks.NetworkSummary | None = None
        self.error = ErrorLine("network_error")
        self.add_button = _button("network_add", self.tr("&Add network…"), self.add)
        self.edit_button = _button("network_edit", self.tr("&Edit…"), self.edit)
        self.delete_button = _button("network_delete", self.tr("&Delete"), self.delete)
        self.table = RecordTable("network_table", [
            self.tr("Network"), self.tr("Provider"), self.tr("Coordinator"), self.tr("School year"),
            self.tr("Meetings held / planned"), self.tr("Members"),
        ], right=(4, 5))  # fmt: skip
        self.table.setMinimumHeight(140)
        self.table.picked.connect(self._picked)
        self.table.doubleClicked.connect(self.edit)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("network_summary")
        self.summary_label.setWordWrap(True)

        self.members = RecordTable("network_members", [
            self.tr("First name and surname"), self.tr("School or workplace"), self.tr("Member"),
            self.tr("Attendance"),
        ], right=(3,))  # fmt: skip
        self.members.doubleClicked.connect(self.edit_member)
        self.member_buttons = [
            _button("member_add", self.tr("Add &member…"), self.add_member),
            _button("member_edit", self.tr("Edit member…"), self.edit_member),
            _button("member_delete", self.tr("Delete member"), self.delete_member),
        ]
        self.meetings = RecordTable("network_meetings", [
            self.tr("Date"), self.tr("Topic"), self.tr("Form"), self.tr("Expert"), self.tr("Held"),
            self.tr("Present"),
        ], right=(5,))  # fmt: skip
        self.meetings.doubleClicked.connect(self.edit_meeting)
        self.meeting_buttons = [
            _button("meeting_add", self.tr("Add meeting…"), self.add_meeting),
            _button("meeting_edit", self.tr("Edit meeting…"), self.edit_meeting),
            _button("meeting_delete", self.tr("Delete meeting"), self.delete_meeting),
        ]
        self.output = DocumentOutput(ctx.db, DOCUMENT_ID, lambda: self.jst_id, self, options=self._document_options)

        layout = QVBoxLayout(self)
        heading = self.tr("Co-operation and self-study networks")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        note = QLabel(self.tr("A network is run by a coordinator from an ODN, a PPP or a BP, with goals set from a "
                              "needs diagnosis and usually five meetings a school year. Membership is voluntary."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("network_tabs")
        for table, buttons, label in ((self.members, self.member_buttons, self.tr("Members")),
                                      (self.meetings, self.meeting_buttons, self.tr("Meetings"))):  # fmt: skip
            page = QWidget()
            page_layout = QVBoxLayout(page)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch()
            page_layout.addLayout(row)
            page_layout.addWidget(table, 1)
            self.tabs.addTab(page, label)
        self.tabs.setMinimumHeight(300)
        layout.addWidget(self.tabs, 2)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.output.spec.title + ":"))
        documents.addWidget(DocumentOutputBar(self.output, self))
        documents.addStretch()
        layout.addLayout(documents)

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.error.clear_errors()
        rows = networks.list_networks(self.ctx.db, self.jst_id)
        with self.table.quiet():  # the chosen network's members and meetings are read once, below
            self.table.set_rows([(n.id, [n.name, n.provider_label, n.coordinator, n.school_year,
                                         f"{n.meetings_held} / {n.planned_meetings}", str(n.members)]) for n in rows])  # fmt: skip
            if rows and self.table.selected_id() is None:
                self.table.selectRow(0)
        self._picked()

    def own_change(self, change: Change) -> None:
        super().own_change(change)
        if not change.deleted and change.ids:
            self.table.select(change.ids[0])

    def _picked(self, *_args) -> None:
        network_id = self.table.selected_id()
        has = network_id is not None
        for button in (self.edit_button, self.delete_button, *self.member_buttons, *self.meeting_buttons):
            button.setEnabled(has)
        self.tabs.setEnabled(has)
        if not has:
            self.summary = None
            self.members.set_rows([])
            self.meetings.set_rows([])
            self.summary_label.setText(self.tr("No network yet — add the first one.") if not self.table.rowCount()
                                       else "")  # fmt: skip
            return
        self.summary = networks.network_summary(self.ctx.db, network_id)
        self.summary_label.setText(self.summary.text())
        self.members.set_rows([(a.member.id, [
            a.member.full_name, a.member.workplace, _membership(a.member),
            f"{a.attended} / {a.possible}" + (f" ({a.percent} %)" if a.percent is not None else ""),
        ]) for a in self.summary.attendance])  # fmt: skip
        self.meetings.set_rows([(m.id, [
            format_date_short(m.held_on), m.topic, m.form_label, m.expert, self.tr("yes") if m.held else self.tr("no"),
            str(len(m.attendee_ids)) if m.held else "—",
        ]) for m in self.summary.meetings], muted={m.id for m in self.summary.meetings if not m.held})  # fmt: skip

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ networks

    def add(self) -> NetworkDialog | None:
        return self._open(NetworkDialog(self.ctx, self.jst_id, parent=self)) if self.jst_id is not None else None

    def edit(self, *_args) -> NetworkDialog | None:
        network_id = self.table.selected_id()
        if network_id is None:
            return None
        return self._open(NetworkDialog(self.ctx, self.jst_id, networks.get_network(self.ctx.db, network_id), self))

    def delete(self) -> None:
        network_id = self.table.selected_id()
        if network_id is None:
            return
        network = networks.get_network(self.ctx.db, network_id)
        if confirm_delete(self, self.tr("Delete network"),
                          self.tr("Delete the network „%1” (%2)?").replace("%1", network.name).replace(
                              "%2", network.school_year), networks.network_dependants(self.ctx.db, network_id)):  # fmt: skip
            self.ctx.run(self, networks.delete_network, network_id, form=self.error)

    # ------------------------------------------------------------ members and meetings

    def add_member(self) -> MemberDialog | None:
        network_id = self.table.selected_id()
        return self._open(MemberDialog(self.ctx, self.jst_id, network_id, parent=self)) if network_id else None

    def edit_member(self, *_args) -> MemberDialog | None:
        network_id, member_id = self.table.selected_id(), self.members.selected_id()
        if network_id is None or member_id is None or self.summary is None:
            return None
        member = next(a.member for a in self.summary.attendance if a.member.id == member_id)
        return self._open(MemberDialog(self.ctx, self.jst_id, network_id, member, self))

    def delete_member(self) -> None:
        member_id = self.members.selected_id()
        if member_id is None or self.summary is None:
            return
        member = next(a.member for a in self.summary.attendance if a.member.id == member_id)
        if confirm_delete(self, self.tr("Delete member"),
                          self.tr("Remove %1 from the network? Their attendance goes too.").replace(
                              "%1", member.full_name)):  # fmt: skip
            self.ctx.run(self, networks.delete_member, member_id, form=self.error)

    def add_meeting(self) -> MeetingDialog | None:
        network_id = self.table.selected_id()
        return self._open(MeetingDialog(self.ctx, network_id, parent=self)) if network_id else None

    def edit_meeting(self, *_args) -> MeetingDialog | None:
        network_id, meeting_id = self.table.selected_id(), self.meetings.selected_id()
        if network_id is None or meeting_id is None or self.summary is None:
            return None
        meeting = next(m for m in self.summary.meetings if m.id == meeting_id)
        return self._open(MeetingDialog(self.ctx, network_id, meeting, self))

    def delete_meeting(self) -> None:
        meeting_id = self.meetings.selected_id()
        if meeting_id is None or self.summary is None:
            return
        meeting = next(m for m in self.summary.meetings if m.id == meeting_id)
        if confirm_delete(self, self.tr("Delete meeting"),
                          self.tr("Delete the meeting of %1 „%2”?").replace("%1", format_date_short(meeting.held_on))
                          .replace("%2", meeting.topic)):  # fmt: skip
            self.ctx.run(self, networks.delete_meeting, meeting_id, form=self.error)

    def _document_options(self) -> dict:
        network_id = self.table.selected_id()
        return {"network_id": network_id} if network_id is not None else {}


def _membership(member) -> str:
    if member.joined_on and member.left_on:
        return f"{format_date_short(member.joined_on)}–{format_date_short(member.left_on)}"
    if member.left_on:
        return "– " + format_date_short(member.left_on)
    return format_date_short(member.joined_on) + " –" if member.joined_on else ""


SECTION = NetworksSection
