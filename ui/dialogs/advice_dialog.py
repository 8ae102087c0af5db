"""An entry of the remote advice log: advisor, date, minutes, channel, topic, notes and what was agreed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from ui.dialogs.base import FormDialog
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.services import people, remote_advice
from wsparcie_desktop.services.remote_advice import CHANNEL_LABELS, MAX_MINUTES, AdviceData


class AdviceDialog(FormDialog):
    def __init__(self, ctx, jst_id: int, process_id: int, entry: AdviceData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=600)
        self.setObjectName("advice_dialog")
        self.setWindowTitle(self.tr("Remote advice"))
        self.process_id = process_id
        self.entry = entry or AdviceData(held_on=dt.date.today())
        self.advisor = QComboBox()
        self.advisor.setObjectName("advice_advisor")
        for person in people.list_people(ctx.db, jst_id, "advisory"):
            self.advisor.addItem(person.full_name, person.id)
        self.held_on = DateEdit()
        self.held_on.setObjectName("advice_held_on")
        self.held_on.setDate(to_qdate(self.entry.held_on or dt.date.today()))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("advice_minutes")
        self.minutes.setRange(0, MAX_MINUTES + 1)  # the service says why 0 or over a day is refused
        self.minutes.setSuffix(" min")
        self.channel = QComboBox()
        self.channel.setObjectName("advice_channel")
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, code)
        self.topic = QLineEdit()
        self.topic.setObjectName("advice_topic")
        self.notes = text_box("advice_notes", 3)
        self.agreed = text_box("advice_agreed", 2)
        self.form.add_field("advisor", self.tr("Advisor:"), self.advisor)
        self.form.add_field("held_on", self.tr("Date:"), self.held_on)
        self.form.add_field("minutes", self.tr("Time (minutes, 1–1440):"), self.minutes)
        self.form.add_field("channel", self.tr("Channel:"), self.channel)
        self.form.add_field("topic", self.tr("Topic:"), self.topic)
        self.form.add_field("notes", self.tr("Notes:"), self.notes)
        self.form.add_field("agreed", self.tr("Agreed:"), self.agreed)
        e = self.entry
        if e.advisor_id is not None:
            self.advisor.setCurrentIndex(max(0, self.advisor.findData(e.advisor_id)))
        self.minutes.setValue(e.minutes)
        self.channel.setCurrentIndex(max(0, self.channel.findData(e.channel)))
        self.topic.setText(e.topic)
        self.notes.setPlainText(e.notes)
        self.agreed.setPlainText(e.agreed)
        self.finish()

    def data(self) -> AdviceData:
        e = self.entry
        return AdviceData(self.advisor.currentData(), from_qdate(self.held_on.date()), self.minutes.value(),
                          self.channel.currentData(), self.topic.text(), self.notes.toPlainText(),
                          self.agreed.toPlainText(), e.id, self.process_id, version=e.version)  # fmt: skip

    def save(self, db) -> Change:
        return remote_advice.save_advice(db, self.process_id, self.data())
