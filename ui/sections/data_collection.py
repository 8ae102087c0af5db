"""Section "Zbieranie danych": the data collection tasks of the process, overdue ones marked in colour AND words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.base import confirm_delete
from ui.dialogs.data_task_dialog import DataTaskDialog
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.models.rows_model import ID_ROLE, Look, RowsModel
from ui.sections.stage2 import Stage2Section
from ui.widgets.row_heights import RowHeights
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
        # a process may gather hundreds of tasks: a model whose rows' texts and colours are made when shown
        self.model = RowsModel([self.tr("What data"), self.tr("Source"), self.tr("Who collects it"),
                                self.tr("Due date"), self.tr("Status"), self.tr("Files")], self._texts,
                               look=self._look, tooltips=True, parent=self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("data_task_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table_rows = RowHeights(self.table, (WHAT, *NARROW), self.model.column, icon_columns=(WHAT,),
                                     marked=lambda row: self.model.row_at(row).overdue)  # fmt: skip
        self._warning = None  # the overdue icon, made when first shown
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
        self.model.update_rows(self.rows)  # after an edit only the task changed is drawn again
        if selected is not None and self.selected_id() != selected:
            row = self.model.row_of(selected)
            if row is not None:
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

    def _texts(self, task: DataTaskData) -> tuple[str, ...]:
        due = format_date_short(task.due_on) if task.due_on else self.tr("no date")
        status = task.status_label
        if task.overdue:
            due = f"{due} — {overdue_text(task.days_overdue).upper()}"
            status = self.tr("%1 (overdue)").replace("%1", status)
        return (task.what, task.source_label, task.collector or "—", due, status,
                str(task.attachments) if task.attachments else "—")  # fmt: skip

    def _look(self, task: DataTaskData) -> Look | None:
        """An overdue task in red, its name and date in bold, a warning sign before its name (colour AND words)."""
        if not task.overdue:
            return None
        if self._warning is None:
            self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return Look(QBrush(OVERDUE_INK), QBrush(OVERDUE_FILL), frozenset({WHAT, DUE}), ((WHAT, self._warning),),
                    ((WHAT, self.tr("Overdue: %1").replace("%1", task.what)),))  # fmt: skip

    def fit_columns(self) -> None:
        """Source, collector, due date and status as wide as their texts but never wider than a share of the
        table: long ones wrap, so on a 1366-pixel laptop the due date and the status stay in sight. Measured over
        the columns' different texts (a few: sources, people, statuses), in bold where a task is overdue."""
        cap = max(120, int(self.table.viewport().width() * NARROW_SHARE))
        header = self.table.horizontalHeader()
        plain = QFontMetricsF(self.table.font())
        bold_font = self.table.font()
        bold_font.setBold(True)
        bold = QFontMetricsF(bold_font)
        rows = range(self.model.rowCount())
        pad = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 1
        for column in (*NARROW, FILES):
            texts = self.model.column(column)
            found = {(texts[r], column == DUE and self.model.row_at(r).overdue) for r in rows}
            widest = max(((bold if heavy else plain).horizontalAdvance(text) for text, heavy in found), default=0)
            wanted = max(int(widest + 0.999) + pad, header.sectionSizeHint(column))
            header.resizeSection(column, wanted if column == FILES else min(wanted, cap))

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

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
