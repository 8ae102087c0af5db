"""Page 2: "Jak jest?" — statements of the current state, each with its evidence from the data collected."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.widgets.record_editor import RecordEditor
from ui.widgets.text_fields import text_box
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.services import data_tasks, diagnosis
from wsparcie_desktop.services.data_tasks import SOURCE_LABELS
from wsparcie_desktop.services.diagnosis import CurrentStateData


class CurrentStatesEditor(RecordEditor):
    def __init__(self, page: DiagnosisPage):
        super().__init__([self.tr("No."), self.tr("How is it now?"), self.tr("Source"), self.tr("Evidence")])
        self.page = page
        self.table.setObjectName("current_table")
        self.fit_column(0)
        self.text = text_box("current_text")
        self.source = QComboBox()
        self.source.setObjectName("current_source")
        for code, label in SOURCE_LABELS.items():
            self.source.addItem(label, code)
        self.task = QComboBox()
        self.task.setObjectName("current_task")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("current_evidence")
        self.evidence.setPlaceholderText(self.tr("a figure from the data or a quote, e.g. “12% of teachers (SIO)”"))
        self.form.add_field("text", self.tr("How is it now?"), self.text)
        self.form.add_field("data_task_id", self.tr("Data collection task:"), self.task)
        self.form.add_field("source", self.tr("Data source:"), self.source)
        self.form.add_field("evidence", self.tr("Evidence (figure or quote):"), self.evidence)
        self.watch(self.text.textChanged, self.source.currentIndexChanged, self.task.currentIndexChanged,
                   self.evidence.textChanged)  # fmt: skip
        self.task.currentIndexChanged.connect(self._task_chosen)
        self.evidence.returnPressed.connect(self.commit)
        self._task_sources: dict[int, str] = {}

    def load_tasks(self) -> None:
        tasks = data_tasks.list_tasks(self.page.db, self.page.process_id)
        self._task_sources = {t.id: t.source for t in tasks}
        self.task.blockSignals(True)
        self.task.clear()
        self.task.addItem(self.tr("— none —"), None)
        for task in tasks:
            self.task.addItem(f"{task.what} ({task.source_label})", task.id)
        self.task.blockSignals(False)

    def _task_chosen(self) -> None:
        source = self._task_sources.get(self.task.currentData())
        if source and not self._loading:
            self.source.setCurrentIndex(self.source.findData(source))

    def fetch(self):
        return diagnosis.list_current_states(self.page.db, self.page.process_id)

    def row_values(self, number, record):
        return [f"{number}.", record.text, SOURCE_LABELS.get(record.source, record.source), record.evidence]

    def fill(self, record):
        self.text.setPlainText(record.text if record else "")
        self.source.setCurrentIndex(max(0, self.source.findData(record.source if record else "other")))
        self.task.setCurrentIndex(max(0, self.task.findData(record.data_task_id if record else None)))
        self.evidence.setText(record.evidence if record else "")

    def is_blank(self):
        return not (self.text.toPlainText().strip() or self.evidence.text().strip())

    def store(self, record):
        data = CurrentStateData(self.text.toPlainText(), self.source.currentData(), self.evidence.text(),
                                self.task.currentData(), record.id if record else None,
                                version=record.version if record else None)  # fmt: skip
        return diagnosis.save_current_state(self.page.db, self.page.process_id, data)

    def dependants(self, record):
        return diagnosis.current_state_dependants(self.page.db, record.id)

    def remove(self, record):
        return diagnosis.delete_current_state(self.page.db, record.id)

    def describe(self, record):
        return diagnosis.short(record.text)

    def box_title(self, record):
        if record is None:
            return self.tr("New statement")
        number = next(i for i, r in enumerate(self.records, start=1) if r.id == record.id)
        return self.tr("Statement %1").replace("%1", str(number))


class CurrentStatesPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("How is it now?"),
                         self.tr("Statements about the current state of the chosen area. Each rests on evidence: "
                                 "where the data comes from (a data collection task, if there is one) and a "
                                 "figure or a quote."))  # fmt: skip
        self.editor = CurrentStatesEditor(self)
        self.body.addWidget(self.editor, 1)

    def load(self) -> None:
        self.editor.load_tasks()
        self.editor.reload()

    def leave(self) -> bool:
        return self.editor.commit()

    def check(self, db) -> None:
        diagnosis.check_current_states(db, self.process_id)
