"""Section "Proces doradczy": the JST's advisory processes, the one being worked on, and where stage 1 stands."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.dialogs.process_dialog import ProcessDialog
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.i18n import format_date
from wsparcie_desktop.services import area_choice, people, processes

DOCUMENT_ID = "diagnoza-wstepna"


if TYPE_CHECKING:
    from ui.wizards.area_choice_wizard import AreaChoiceWizard


class ProcessSection(Section):
    key = "process"
    # The processes, their advisors (named from the advisory team) and where stage 1 stands.
    watches = frozenset({Kind.PROCESS, Kind.PERSON, Kind.AREA_CHOICE})
    follows_process = True

    def title(self) -> str:
        return self.tr("Advisory process")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rows: list[processes.ProcessData] = []
        self.wizard: AreaChoiceWizard | None = None
        self._area_titles: dict[int, str] | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("process_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Started"), self.tr("Advisors"),
                                              self.tr("Chosen area")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.make_current)
        self.new_button = QPushButton(self.tr("&Start a new process…"))
        self.new_button.setObjectName("process_new")
        self.new_button.clicked.connect(self.new_process)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_process)
        self.current_button = QPushButton(self.tr("&Work on this process"))
        self.current_button.setObjectName("process_make_current")
        self.current_button.clicked.connect(self.make_current)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_process)
        self.empty = QLabel(self.tr("No advisory process yet. Start one to carry the local government through "
                                    "the three stages of the model."))  # fmt: skip
        self.empty.setWordWrap(True)

        self.stage = QGroupBox(self.tr("Stage 1: choosing the area (initial diagnosis)"))
        self.stage_text = QLabel()
        self.stage_text.setObjectName("stage1_text")
        self.stage_text.setWordWrap(True)
        self.stage_text.setTextFormat(Qt.TextFormat.RichText)
        self.stage_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wizard_button = QPushButton(self.tr("&Open the wizard “Choosing the area”"))
        self.wizard_button.setObjectName("stage1_open_wizard")
        self.wizard_button.clicked.connect(self.open_wizard)
        # The document of the process shown here (the one being worked on), not just the JST's latest.
        self.output = DocumentOutput(ctx.db, DOCUMENT_ID, lambda: self.jst_id, self,
                                     options=lambda: {"process_id": self.current_id()})  # fmt: skip
        self.output_bar = DocumentOutputBar(self.output, self)
        stage_layout = QVBoxLayout(self.stage)
        stage_layout.addWidget(self.stage_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.wizard_button)
        buttons.addStretch()
        document_row = QHBoxLayout()
        document_row.addWidget(QLabel(self.tr("Document “Initial diagnosis – choice of the area”:")))
        document_row.addWidget(self.output_bar)
        document_row.addStretch()
        stage_layout.addLayout(buttons)
        stage_layout.addLayout(document_row)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Advisory process')}</h2>"))
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.current_button, self.delete_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.stage)
        layout.addStretch()

    # --- showing ------------------------------------------------------------------------------------------

    def own_change(self, change: Change) -> None:
        """A process started or changed here becomes the one worked on (which shows everywhere)."""
        if change.kind is Kind.PROCESS and change.deleted:
            self.ctx.chosen_processes.pop(self.jst_id, None)
        elif change.kind is Kind.PROCESS and change.id is not None:
            self.ctx.choose_process(self.jst_id, change.id)
            return
        super().own_change(change)

    def current_id(self) -> int | None:
        return self.ctx.current_process(self.jst_id)

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.rows = processes.list_processes(self.ctx.db, self.jst_id)
        current = self.current_id()
        names = {p.id: p.full_name for p in people.list_people(self.ctx.db, self.jst_id, "advisory")}
        areas = self.area_titles() if self.rows else {}
        self.table.setRowCount(len(self.rows))
        for r, process in enumerate(self.rows):
            name = process.name + (" " + self.tr("(being worked on)") if process.id == current else "")
            values = [name, format_date(process.started_on),
                      ", ".join(names.get(i, "") for i in process.advisor_ids) or "—",
                      areas.get(process.chosen_area_id, "—")]  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, process.id)
                if process.id == current:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
            if process.id == current:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(min(240, self.table.horizontalHeader().sizeHint().height() + rows_height + 6))
        has = bool(self.rows)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        for button in (self.edit_button, self.current_button, self.delete_button):
            button.setEnabled(has)
        self.stage.setVisible(current is not None)
        if current is not None:
            self.show_stage(current)

    def area_titles(self) -> dict[int, str]:
        """The 12 areas are reference data, read once: the section reloads at each answer given in stage 1."""
        if self._area_titles is None:
            self._area_titles = {a.id: a.title for a in area_choice.load_areas(self.ctx.db)}
        return self._area_titles

    def show_stage(self, process_id: int) -> None:
        state = area_choice.stage_state(self.ctx.db, process_id)
        process = processes.get_process(self.ctx.db, process_id)
        lines = [self.tr("Process: <b>%1</b>").replace("%1", escape(process.name))]
        if state.respondents:
            lines.append(self.tr("Respondents: %1; areas rated: %2 of %3; complete sheets: %4.")
                         .replace("%1", str(state.respondents)).replace("%2", str(state.areas_answered))
                         .replace("%3", str(state.areas_total)).replace("%4", str(state.sheets_complete)))  # fmt: skip
        else:
            lines.append(self.tr("The diagnostic sheet has not been started."))
        if state.done:
            lines.append(self.tr("<b>Chosen area: %1</b> (%2)").replace("%1", escape(state.chosen_area_title))
                         .replace("%2", format_date(state.chosen_on)))  # fmt: skip
            if state.justification:
                lines.append(self.tr("Justification: %1").replace("%1", escape(state.justification)))
            if state.outdated:
                lines.append("<span style='color:#b00020'>" + self.tr(
                    "The answers were changed after the choice — the choice rests on earlier answers. Open the "
                    "wizard to confirm or change it.") + "</span>")  # fmt: skip
        elif state.top_area_title:
            lines.append(self.tr("No area chosen yet. First in the ranking so far: %1.")
                         .replace("%1", escape(state.top_area_title)))  # fmt: skip
        self.stage_text.setText("<br>".join(lines))
        self.output_bar.setEnabled(state.respondents > 0)
        self.wizard_button.setText(self.tr("&Continue the wizard “Choosing the area”") if state.respondents
                                   else self.tr("&Open the wizard “Choosing the area”"))  # fmt: skip

    # --- actions ------------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def new_process(self) -> ProcessDialog:
        dialog = ProcessDialog(self.ctx, self.jst_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_process(self) -> ProcessDialog | None:
        process_id = self.selected_id()
        if process_id is None:
            return None
        dialog = ProcessDialog(self.ctx, self.jst_id, processes.get_process(self.ctx.db, process_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_current(self, *_args) -> None:
        process_id = self.selected_id()
        if process_id is not None:
            self.ctx.choose_process(self.jst_id, process_id)

    def delete_process(self) -> None:
        process_id = self.selected_id()
        if process_id is None:
            return
        process = processes.get_process(self.ctx.db, process_id)
        text = self.tr("Delete the process “%1” with everything recorded in it (sheets, diagnosis, schedule)? "
                       "This cannot be undone.").replace("%1", process.name)  # fmt: skip
        if confirm_delete(self, self.tr("Delete process"), text):
            self.ctx.run(self, processes.delete_process, process_id)

    def open_wizard(self) -> AreaChoiceWizard | None:
        process_id = self.current_id()
        if process_id is None:
            return None
        if self.wizard is not None and self.wizard.isVisible() and self.wizard.process_id == process_id:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from ui.wizards.area_choice_wizard import AreaChoiceWizard  # loaded when first opened: a quicker start

        self.wizard = AreaChoiceWizard(self.ctx, self.jst_id, process_id, self.window())
        room = self.screen().availableGeometry()  # a laptop, or a 1280×720 projector
        self.wizard.resize(min(1500, int(room.width() * 0.95)), min(980, int(room.height() * 0.92)))
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.destroyed.connect(self._wizard_gone)
        self.wizard.open()
        return self.wizard

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None


SECTION = ProcessSection
