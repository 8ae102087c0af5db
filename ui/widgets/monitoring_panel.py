"""The team's conclusions and recommendations, and the three documents of stage 3 (preview, PDF, print)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import FAILED
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.widgets.forms import FieldForm
from ui.widgets.text_fields import text_box
from wsparcie_desktop.services import hdr_monitoring

DOCUMENTS = ("monitorowanie-hdr", "raport-ore", "logika-zmiany")


class MonitoringPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.jst_id: int | None = None
        self.process_id: int | None = None
        self.version: int | None = None
        self.form = FieldForm()
        self.conclusions = text_box("monitoring_conclusions", 5)
        self.recommendations = text_box("monitoring_recommendations", 5)
        self.form.add_field("conclusions", self.tr("Conclusions:"), self.conclusions)
        self.form.add_field("recommendations", self.tr("Recommendations:"), self.recommendations)
        self.save_button = QPushButton(self.tr("&Save the conclusions"))
        self.save_button.setObjectName("monitoring_save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("monitoring_saved")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What the team concludes after monitoring the HDR; printed in the "
                                        "monitoring report for the wójt and the council.")))  # fmt: skip
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        layout.addLayout(row)
        titles = {
            "monitorowanie-hdr": self.tr("Monitoring report (for the wójt and the council)"),
            "raport-ore": self.tr("Report to ORE"),
            "logika-zmiany": self.tr("Logic of change (the chain from evidence to result)"),
        }
        self.outputs: dict[str, DocumentOutput] = {}
        # one line a document (its name, then preview, PDF, print), so the three fit a projector's 720 lines
        box = QGroupBox(self.tr("Documents of stage 3"))
        rows = QGridLayout(box)
        for line, document_id in enumerate(DOCUMENTS):
            output = DocumentOutput(ctx.db, document_id, lambda: self.jst_id, self,
                                    options=lambda: {"process_id": self.process_id})  # fmt: skip
            self.outputs[document_id] = output
            name = QLabel(titles[document_id])
            name.setWordWrap(True)
            bar = DocumentOutputBar(output, box)
            bar.setObjectName(f"bar_{document_id}")
            rows.addWidget(name, line, 0)
            rows.addWidget(bar, line, 1)
        rows.setColumnStretch(0, 1)
        layout.addWidget(box)
        layout.addStretch()

    def show_process(self, jst_id: int, process_id: int) -> None:
        self.jst_id, self.process_id = jst_id, process_id
        notes = hdr_monitoring.get_notes(self.ctx.db, process_id)
        self.version = notes.version
        self.conclusions.setPlainText(notes.conclusions)
        self.recommendations.setPlainText(notes.recommendations)
        self.saved_label.clear()
        self.form.clear_errors()

    def save(self) -> bool:
        if self.process_id is None:
            return False
        notes = hdr_monitoring.MonitoringNotes(self.conclusions.toPlainText(), self.recommendations.toPlainText(),
                                               self.version)  # fmt: skip
        change = self.ctx.run(self, hdr_monitoring.save_notes, self.process_id, notes, form=self.form)
        if change is FAILED:
            return False
        self.version = hdr_monitoring.get_notes(self.ctx.db, self.process_id).version
        self.form.clear_errors()
        self.saved_label.setText(self.tr("Saved."))
        return True
