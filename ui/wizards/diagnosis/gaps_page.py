"""Page 5: "Luka rozwojowa" — a current state, its target state and the causes behind the difference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QTreeWidget, QTreeWidgetItem

from ui.widgets.record_editor import RecordEditor
from ui.widgets.text_fields import display_box
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import causes, diagnosis, gaps
from wsparcie_desktop.services.causes import OUTSIDE_MARK, CauseData
from wsparcie_desktop.services.gaps import GapData


class GapsEditor(RecordEditor):
    def __init__(self, page: DiagnosisPage):
        super().__init__([self.tr("No."), self.tr("Development gap"), self.tr("How is it now?"), self.tr("Causes")])
        self.page = page
        self.table.setObjectName("gap_table")
        self.fit_column(0)
        self.state = QComboBox()
        self.state.setObjectName("gap_state")
        self.target = display_box("gap_target")
        self.description = QLineEdit()
        self.description.setObjectName("gap_description")
        self.description.setPlaceholderText(self.tr("one sentence: what is missing, and why"))
        self.causes = QTreeWidget()
        self.causes.setObjectName("gap_causes")
        self.causes.setHeaderHidden(True)
        self.causes.setMinimumHeight(180)
        self.form.add_field("current_state_id", self.tr("How is it now?"), self.state)
        self.form.add_field("target_state_id", self.tr("How do we want it to be?"), self.target)
        self.form.add_field("description", self.tr("The gap in one sentence:"), self.description)
        self.form.add_field("causes", self.tr("Its causes (tick at least one):"), self.causes)
        self.watch(self.state.currentIndexChanged, self.description.textChanged, self.causes.itemChanged)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self._targets: dict[int, tuple[int, str]] = {}

    def load_choices(self) -> None:
        targets = {t.current_state_id: t for t in diagnosis.list_target_states(self.page.db, self.page.process_id)}
        self._targets = {sid: (t.id, t.text) for sid, t in targets.items()}
        self._loading = True
        self.state.clear()
        for number, state in enumerate(diagnosis.list_current_states(self.page.db, self.page.process_id), start=1):
            if state.id in targets:
                self.state.addItem(f"{number}. {diagnosis.short(state.text, 90)}", state.id)
        self.causes.clear()
        self._add_causes(self.causes.invisibleRootItem(), causes.cause_tree(self.page.db, self.page.process_id))
        self.causes.expandAll()
        self._loading = False

    def _add_causes(self, parent: QTreeWidgetItem, nodes: list[CauseData]) -> None:
        for cause in nodes:
            item = QTreeWidgetItem(parent, [f"{cause.text} {OUTSIDE_MARK}" if cause.outside_influence else cause.text])
            item.setData(0, Qt.ItemDataRole.UserRole, cause.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if cause.outside_influence:
                item.setForeground(0, QBrush(QColor("#6b6b6b")))
            self._add_causes(item, cause.children)

    def _items(self):
        stack = [self.causes.topLevelItem(i) for i in range(self.causes.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack[0:0] = [item.child(i) for i in range(item.childCount())]

    def checked_causes(self) -> list[int]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState(0) == Qt.CheckState.Checked]  # fmt: skip

    def _state_chosen(self) -> None:
        target = self._targets.get(self.state.currentData())
        self.target.setPlainText(target[1] if target else self.tr("— this statement has no target state —"))

    def fetch(self):
        return gaps.list_gaps(self.page.db, self.page.process_id)

    def row_values(self, number, record):
        return [f"{number}.", record.description, record.current_text, "\n".join(record.cause_texts)]

    def fill(self, record):
        self.state.setCurrentIndex(max(0, self.state.findData(record.current_state_id)) if record else 0)
        self._state_chosen()
        self.description.setText(record.description if record else "")
        wanted = set(record.cause_ids) if record else set()
        for item in self._items():
            checked = item.data(0, Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_blank(self):
        return not self.description.text().strip() and not self.checked_causes()

    def store(self, record):
        state_id = self.state.currentData()
        if state_id is None:
            raise DomainError(self.tr("Write a target state for a statement first (page 3)."), "current_state_id")
        data = GapData(self.description.text(), state_id, self._targets[state_id][0], self.checked_causes(),
                       record.id if record else None, version=record.version if record else None)  # fmt: skip
        return gaps.save_gap(self.page.db, self.page.process_id, data)

    def dependants(self, record):
        return gaps.gap_dependants(self.page.db, record.id)

    def remove(self, record):
        return gaps.delete_gap(self.page.db, record.id)

    def describe(self, record):
        return diagnosis.short(record.description)

    def box_title(self, record):
        if record is None:
            return self.tr("New development gap")
        number = next(i for i, r in enumerate(self.records, start=1) if r.id == record.id)
        return self.tr("Development gap %1").replace("%1", str(number))


class GapsPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("Development gap"),
                         self.tr("Each gap joins a statement of the current state with its target state and the "
                                 "causes behind the difference, in one sentence."))  # fmt: skip
        self.editor = GapsEditor(self)
        self.body.addWidget(self.editor, 1)

    def load(self) -> None:
        self.editor.load_choices()
        self.editor.reload(select_key=self.editor.current_key)

    def leave(self) -> bool:
        return self.editor.commit()

    def check(self, db) -> None:
        gaps.check_gaps(db, self.process_id)
