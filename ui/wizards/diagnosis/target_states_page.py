"""Page 3: "Jak chcemy, żeby było?" — the target state answering each statement of the current state."""

from __future__ import annotations

from dataclasses import dataclass

from ui.widgets.record_editor import RecordEditor
from ui.widgets.text_fields import display_box, text_box
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import diagnosis
from wsparcie_desktop.services.diagnosis import TargetStateData


@dataclass
class Pair:
    current_id: int
    current_text: str
    target_id: int | None
    target_text: str
    target_version: int | None = None  # the target's version when read (None: no target yet)


class TargetStatesEditor(RecordEditor):
    allow_new = False

    def __init__(self, page: DiagnosisPage):
        super().__init__([self.tr("No."), self.tr("How is it now?"), self.tr("How do we want it to be?")])
        self.page = page
        self.table.setObjectName("target_table")
        self.fit_column(0)
        self.current = display_box("target_current")
        self.text = text_box("target_text")
        self.form.add_field("current_state_id", self.tr("How is it now?"), self.current)
        self.form.add_field("text", self.tr("How do we want it to be?"), self.text)
        self.watch(self.text.textChanged)
        self.delete_button.setText(self.tr("&Delete the target state…"))

    def key(self, record):
        return record.current_id

    def fetch(self):
        targets = {t.current_state_id: t for t in diagnosis.list_target_states(self.page.db, self.page.process_id)}
        pairs = []
        for state in diagnosis.list_current_states(self.page.db, self.page.process_id):
            target = targets.get(state.id)
            pairs.append(Pair(state.id, state.text, target.id if target else None, target.text if target else "",
                              target.version if target else None))  # fmt: skip
        return pairs

    def row_values(self, number, record):
        return [f"{number}.", record.current_text, record.target_text or self.tr("— not written yet —")]

    def fill(self, record):
        self.current.setPlainText(record.current_text if record else "")
        self.text.setPlainText(record.target_text if record else "")
        self.text.setEnabled(record is not None)

    def store(self, record):
        if record is None:
            raise DomainError(self.tr("Pick the statement this target state answers."), "current_state_id")
        if record.target_id is None and not self.text.toPlainText().strip():
            return record.current_id  # nothing typed for a statement without a target: nothing to store
        data = TargetStateData(self.text.toPlainText(), record.current_id, record.target_id, record.target_version)
        return diagnosis.save_target_state(self.page.db, self.page.process_id, data)

    def stored_key(self, change, record):
        return record.current_id  # a row is its statement of the current state

    def dependants(self, record):
        return diagnosis.target_state_dependants(self.page.db, record.target_id) if record.target_id else []

    def remove(self, record):
        return diagnosis.delete_target_state(self.page.db, record.target_id) if record.target_id else None

    def describe(self, record):
        return diagnosis.short(record.target_text)

    def delete_current(self) -> None:
        record = self.current_record()
        if record is not None and record.target_id is None:
            self.fill(record)
            return
        super().delete_current()

    def box_title(self, record):
        if record is None:
            return self.tr("Write the statements “How is it now?” first.")
        number = next(i for i, r in enumerate(self.records, start=1) if r.current_id == record.current_id)
        return self.tr("Target state for statement %1").replace("%1", str(number))


class TargetStatesPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("How do we want it to be?"),
                         self.tr("For each statement of the current state, the state the local government wants "
                                 "to reach. Pick a row and write its target state."))  # fmt: skip
        self.editor = TargetStatesEditor(self)
        self.body.addWidget(self.editor, 1)

    def load(self) -> None:
        self.editor.reload(select_key=self.editor.current_key)

    def leave(self) -> bool:
        return self.editor.commit()

    def check(self, db) -> None:
        diagnosis.check_target_states(db, self.process_id)
