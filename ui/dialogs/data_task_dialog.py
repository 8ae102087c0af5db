"""A data collection task: what, from where, who, by when, how far, what was found — and its files.

Files are stored in the database with the task (so the whole process travels in one file). A new task is
saved first when the user adds its first file, so a file is never attached to nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.base import FormDialog, confirm_delete
from ui.widgets import file_dialogs
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate  # takes dates typed the Polish way (5.9.2026)
from ui.widgets.forms import ErrorLine
from ui.widgets.stale_edit import show_stale, unsaved_values
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import data_tasks, people
from wsparcie_desktop.services.data_tasks import (
    MAX_ATTACHMENT_BYTES,
    SOURCE_LABELS,
    STATUS_LABELS,
    DataTaskData,
    file_size_text,
)


class DataTaskDialog(FormDialog):
    def __init__(self, ctx, jst_id: int, process_id: int, task: DataTaskData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=760)
        self.jst_id, self.process_id = jst_id, process_id
        self.saved_id: int | None = task.id if task else None
        self.version: int | None = task.version if task else None  # of the stored task the form shows
        self.setObjectName("data_task_dialog")
        self.setWindowTitle(self.tr("Data collection task"))
        self.what = text_box("task_what", 2)
        self.source = QComboBox()
        self.source.setObjectName("task_source")
        for code, label in SOURCE_LABELS.items():
            self.source.addItem(label, code)
        self.collector = QComboBox()
        self.collector.setObjectName("task_collector")
        self.collector.setEditable(True)
        self.collector.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.collector.addItem("")
        for person in people.list_people(ctx.db, jst_id):
            if person.team != "advisory":
                self.collector.addItem(person.full_name)
        self.has_due = QCheckBox(self.tr("by"))
        self.has_due.setObjectName("task_has_due")
        self.due = DateEdit()
        self.due.setObjectName("task_due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget()
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addStretch()
        self.status = QComboBox()
        self.status.setObjectName("task_status")
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.findings = text_box("task_findings", 4)
        self.figures = text_box("task_figures", 2)
        self.form.add_field("what", self.tr("What data:"), self.what)
        self.form.add_field("source", self.tr("Source:"), self.source)
        self.form.add_field("collector", self.tr("Who collects it:"), self.collector)
        self.form.add_field("due_on", self.tr("Due date:"), due_row)
        self.form.add_field("status", self.tr("Status:"), self.status)
        self.form.add_field("findings", self.tr("Findings:"), self.findings)
        self.form.add_field("key_figures", self.tr("Key figures:"), self.figures)

        files = QGroupBox(self.tr("Files (kept in the program, up to %1 each)").replace(
            "%1", file_size_text(MAX_ATTACHMENT_BYTES)))  # fmt: skip
        self.files = QListWidget()
        self.files.setObjectName("task_files")
        self.files.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.add_file_button = QPushButton(self.tr("&Add a file…"))
        self.add_file_button.setObjectName("task_add_file")
        self.add_file_button.clicked.connect(self.add_file)
        self.save_file_button = QPushButton(self.tr("Save the file &to disk…"))
        self.save_file_button.setObjectName("task_save_file")
        self.save_file_button.clicked.connect(self.save_file)
        self.remove_file_button = QPushButton(self.tr("&Remove the file…"))
        self.remove_file_button.setObjectName("task_remove_file")
        self.remove_file_button.clicked.connect(self.remove_file)
        self.file_error = ErrorLine("task_file_error")
        file_buttons = QHBoxLayout()
        for button in (self.add_file_button, self.save_file_button, self.remove_file_button):
            button.setAutoDefault(False)
            file_buttons.addWidget(button)
        file_buttons.addStretch()
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(self.files)
        files_layout.addLayout(file_buttons)
        files_layout.addWidget(self.file_error)

        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.body.addWidget(files)
        self.show_task(task)
        self.finish()

    def show_task(self, task: DataTaskData | None) -> None:
        self.what.setPlainText(task.what if task else "")
        self.source.setCurrentIndex(max(0, self.source.findData(task.source if task else "other")))
        self.collector.setCurrentText(task.collector if task else "")
        has_due = bool(task and task.due_on)
        self.has_due.setChecked(has_due)
        self.due.setEnabled(has_due)
        due = task.due_on if has_due else dt.date.today() + dt.timedelta(days=14)
        self.due.setDate(to_qdate(due))
        self.status.setCurrentIndex(max(0, self.status.findData(task.status if task else "planned")))
        self.findings.setPlainText(task.findings if task else "")
        self.figures.setPlainText(task.key_figures if task else "")
        self.reload_files()
        self.mark_clean()

    def _typed(self) -> DataTaskData:
        """What the form holds, apart from which row it is (adding the first file stores a new task)."""
        return replace(self.data(), id=None)

    def data(self) -> DataTaskData:
        return DataTaskData(
            what=self.what.toPlainText(), source=self.source.currentData(), collector=self.collector.currentText(),
            due_on=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            status=self.status.currentData(), findings=self.findings.toPlainText(),
            key_figures=self.figures.toPlainText(), id=self.saved_id, version=self.version,
        )  # fmt: skip

    def save(self, db) -> Change:
        change = data_tasks.save_task(db, self.process_id, self.data())
        self.saved_id = change.id
        self.version = data_tasks.get_task(db, change.id).version  # the next save names it
        return change

    def store(self) -> bool:
        """Save the task and keep the dialog open (a new task is stored before its first file)."""
        result = self.ctx.run(self, self.save, form=self.form, on_stale=self.on_stale)
        if result is FAILED:
            return False
        self.saved = result
        self.form.clear_errors()
        self.mark_clean()
        return True

    def on_stale(self, error: StaleEditError) -> None:
        """The task was changed elsewhere since the form was filled: show it as stored, keep the dialog open."""
        labels = {name: self.form.label_text(name) for name in
                  ("what", "source", "collector", "due_on", "status", "findings", "key_figures")}  # fmt: skip
        unsaved = unsaved_values(self._shown, self._typed(), labels,
                                 {"source": SOURCE_LABELS.get, "status": STATUS_LABELS.get})  # fmt: skip
        current = self.ctx.run(self, data_tasks.get_task, self.saved_id, form=self.form)  # gone: said under the form
        if current is FAILED:
            return
        self.version = current.version
        self.show_task(current)
        self.form.show_error(DomainError(self.tr("Not saved — this task was changed elsewhere; the current data "
                                                 "is shown.")))  # fmt: skip
        show_stale(self, error, unsaved)

    # Esc or Cancel after typing asks first (the findings may be a page of notes from a meeting); what counts
    # as typed is the task's fields, not the list of files, which is stored as it changes.
    def is_dirty(self) -> bool:
        return self._typed() != self._shown

    def mark_clean(self) -> None:
        self._shown = self._typed()

    # --- files ------------------------------------------------------------------------------------------------
    def reload_files(self, select_id: int | None = None) -> None:
        self.files.clear()
        if self.saved_id is not None:
            for info in data_tasks.list_attachments(self.ctx.db, self.saved_id):
                added = format_date_short(info.added_at.date()) if info.added_at else ""
                item = QListWidgetItem(f"{info.filename}   ({info.size_text}, {added})")
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self.files.addItem(item)
                if info.id == select_id:
                    self.files.setCurrentItem(item)
        if self.files.count() and self.files.currentItem() is None:
            self.files.setCurrentRow(0)
        has = self.files.count() > 0
        self.save_file_button.setEnabled(has)
        self.remove_file_button.setEnabled(has)

    def show_file_error(self, message: str) -> None:
        self.file_error.show_error(message)

    def _attach(self, db, path: Path) -> Change:
        """The size is checked before the file is read: a scan of 200 MB is refused without loading it."""
        data_tasks.check_attachment_size(path.name, path.stat().st_size)
        return data_tasks.add_attachment(db, self.saved_id, path.name, path.read_bytes())

    def add_file(self) -> int | None:
        if self.saved_id is None and not self.store():  # a new task is stored before its first file
            return None
        chosen = file_dialogs.open_file_name(self, self.tr("Add a file to the task"), str(Path.home()))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            change = self.ctx.run(self, self._attach, path, form=self.file_error)
        except OSError as exc:
            self.show_file_error(self.tr("The file “%1” could not be read: %2").replace("%1", path.name)
                                 .replace("%2", exc.strerror or str(exc)))  # fmt: skip
            return None
        if change is FAILED:
            return None
        self.show_file_error("")
        self.reload_files(change.id)
        return change.id

    def selected_file(self) -> int | None:
        item = self.files.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def save_file(self) -> Path | None:
        attachment_id = self.selected_file()
        if attachment_id is None:
            return None
        name, content = data_tasks.attachment_content(self.ctx.db, attachment_id)
        chosen = file_dialogs.save_file_name(self, self.tr("Save the file to disk"), str(Path.home() / name))
        if not chosen:
            return None
        target = Path(chosen)
        try:
            target.write_bytes(content)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the file to disk"),
                                self.tr("The file could not be saved in “%1”: %2. Choose another place.")
                                .replace("%1", str(target.parent)).replace("%2", exc.strerror or str(exc)))  # fmt: skip
            return None
        return target

    def remove_file(self) -> bool:
        attachment_id = self.selected_file()
        if attachment_id is None:
            return False
        name = self.files.currentItem().text().split("   ")[0]
        if not confirm_delete(self, self.tr("Remove the file"),
                              self.tr("Remove the file “%1” from the task?").replace("%1", name), []):  # fmt: skip
            return False
        if self.ctx.run(self, data_tasks.delete_attachment, attachment_id, form=self.file_error) is FAILED:
            return False
        self.show_file_error("")
        self.reload_files()
        return True
