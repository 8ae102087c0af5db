"""Section "Zbieranie danych": the data collection tasks of the process, overdue ones marked in colour AND words."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.base import confirm_delete
from ui.dialogs.data_task_dialog import DataTaskDialog
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.sections.stage2 import Stage2Section
from ui.widgets.table_fill import filling
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import data_tasks
from wsparcie_desktop.services.data_tasks import DataTaskData, overdue_text

DOCUMENT_ID = "plan-zbierania-danych"
OVERDUE_INK = QColor("#9a0007")
OVERDUE_FILL = QColor("#fde7e9")
NARROW_SHARE = 0.16  # of the table's width, at most, for each column beside "What data"
WHAT, SOURCE, COLLECTOR, DUE, STATUS, FILES = range(6)
NARROW = (SOURCE, COLLECTOR, DUE, STATUS)


class DataCollectionSection(Stage2Section):
    key = "data_collection"
    watches = Stage2Section.watches | {Kind.DATA_TASK}

    def title(self) -> str:
        return self.tr("Data collection")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "data_notice", parent)
        self.rows: list[DataTaskData] = []
        self.summary = QLabel()
        self.summary.setObjectName("data_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("data_task_table")
        self.table.setHorizontalHeaderLabels([self.tr("What data"), self.tr("Source"), self.tr("Who collects it"),
                                              self.tr("Due date"), self.tr("Status"), self.tr("Files")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FILES, QHeaderView.ResizeMode.ResizeToContents)
        for column in NARROW:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_a: self._rows_timer.start())
        self.table.doubleClicked.connect(self.edit_task)
        self.add_button = QPushButton(self.tr("&Add a task…"))
        self.add_button.setObjectName("data_add")
        self.add_button.clicked.connect(self.add_task)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("data_edit")
        self.edit_button.clicked.connect(self.edit_task)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("data_delete")
        self.delete_button.clicked.connect(self.delete_task)
        self.path_button = QPushButton(self.tr("Pa&th…"))  # the chain from this task's data to goals and activities
        self.path_button.setObjectName("data_path")
        self.path_button.setToolTip(self.tr("Which goals and activities act on what this task gathers, and what has "
                                            "been measured since"))  # fmt: skip
        self.path_button.clicked.connect(self.open_path)
        self.output = DocumentOutput(ctx.db, DOCUMENT_ID, lambda: self.jst_id, self, options=self._document_options)
        self.output_bar = DocumentOutputBar(self.output, self)
        self.empty = QLabel(self.tr("No data collection task yet. Add what the team will gather in the chosen area, "
                                    "from which source, who does it and by when."))  # fmt: skip
        self.empty.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.context_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.path_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("Document “Data collection plan”:")))
        buttons.addWidget(self.output_bar)
        body.addLayout(buttons)
        body.addWidget(self.summary)
        body.addWidget(self.empty)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Data collection") + "</h2>"))
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)

    # --- showing ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.load_context():
            return
        selected = self.selected_id()
        self.rows = data_tasks.list_tasks(self.ctx.db, self.context.process_id)
        with filling(self.table):  # the files column measured once, not after every cell
            self.table.setRowCount(len(self.rows))
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for row, task in enumerate(self.rows):
                due = format_date_short(task.due_on) if task.due_on else self.tr("no date")
                status = task.status_label
                if task.overdue:
                    due = f"{due} — {overdue_text(task.days_overdue).upper()}"
                    status = self.tr("%1 (overdue)").replace("%1", status)
                values = [task.what, task.source_label, task.collector or "—", due, status,
                          str(task.attachments) if task.attachments else "—"]  # fmt: skip
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, task.id)
                    item.setToolTip(value)
                    if task.overdue:
                        item.setForeground(QBrush(OVERDUE_INK))
                        item.setBackground(QBrush(OVERDUE_FILL))
                        if column in (WHAT, DUE):
                            font = QFont(item.font())
                            font.setBold(True)
                            item.setFont(font)
                        if column == WHAT:
                            item.setIcon(warning)
                            item.setToolTip(self.tr("Overdue: %1").replace("%1", value))
                    self.table.setItem(row, column, item)
                if task.id == selected:
                    self.table.selectRow(row)
        self.fit_columns()
        overdue = sum(t.overdue for t in self.rows)
        done = sum(t.status == "done" for t in self.rows)
        text = self.tr("Tasks: %1 · done: %2").replace("%1", str(len(self.rows))).replace("%2", str(done))
        if overdue:
            text += " · " + self.tr("⚠ OVERDUE: %1 (marked in red and with the words “PO TERMINIE”)").replace(
                "%1", str(overdue))  # fmt: skip
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #9a0007; font-weight: bold;" if overdue else "")
        has = bool(self.rows)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.output_bar.setEnabled(True)

    def fit_columns(self) -> None:
        """Source, collector, due date and status as wide as their texts but never wider than a share of the
        table: long ones wrap, so on a 1366-pixel laptop the due date and the status stay in sight."""
        cap = max(120, int(self.table.viewport().width() * NARROW_SHARE))
        header = self.table.horizontalHeader()
        for column in NARROW:
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, cap))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- actions ------------------------------------------------------------------------------------------
    def _open(self, task: DataTaskData | None) -> DataTaskDialog | None:
        if self.context is None or self.context.area_id is None:
            return None
        dialog = DataTaskDialog(self.ctx, self.jst_id, self.context.process_id, task, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_task(self) -> DataTaskDialog | None:
        return self._open(None)

    def edit_task(self, *_args) -> DataTaskDialog | None:
        task_id = self.selected_id()
        if task_id is None:
            return None
        return self._open(data_tasks.get_task(self.ctx.db, task_id))

    def open_path(self, *_args):
        """The "Ścieżka" panel from the selected task (ui/dialogs/path_dialog.py)."""
        from ui.dialogs.path_dialog import open_path

        process_id = self.context.process_id if self.context else None
        return open_path(self.ctx, process_id, "task", self.selected_id(), self)

    def delete_task(self) -> bool:
        task_id = self.selected_id()
        if task_id is None:
            return False
        task = data_tasks.get_task(self.ctx.db, task_id)
        dependants = data_tasks.task_dependants(self.ctx.db, task_id)
        if task.attachments:
            dependants.insert(0, self.tr("%n attached file(s)", "", task.attachments))
        if not confirm_delete(self, self.tr("Delete task"),
                              self.tr("Delete the task “%1”?").replace("%1", task.what), dependants):  # fmt: skip
            return False
        change = self.ctx.run(self, data_tasks.delete_task, task_id)
        if change and change.jst_id is None:  # it was already deleted elsewhere: show the list as it is stored
            self.refresh()
        return bool(change)


SECTION = DataCollectionSection
